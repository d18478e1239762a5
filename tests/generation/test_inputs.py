"""The build reads nothing but the specs: each attack on the bundler and the loader is refused (issue 4, item 4).

Every test is written as the attack and asserts the safe outcome: a SpecError naming the file and
the JSON pointer, no secret in the message, no network access (``network`` records and refuses
every connection and name lookup), bounded time and memory.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
import yaml

import idvkit.specs._bundle as bundle_module
from idvkit.specs import SpecError, bundle_spec, load_document
from tests.conftest import SPECS
from tests.generation.harness import NetworkWatch

SECRET = "IDVKIT_TEST_SECRET=s3cr3t-do-not-copy"
URL = "http://127.0.0.1:9/remote.json"  # the discard port: nothing may even try it


def base_spec() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "attack", "version": "1"},
        "paths": {},
        "components": {"schemas": {"A": {"type": "string"}}},
    }


@pytest.fixture
def specs(tmp_path: Path) -> Path:
    """A specs root inside a project folder whose .env holds a secret."""
    (tmp_path / ".env").write_text(SECRET + "\n")
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "other.yaml").write_text(f"a: {SECRET}\n")
    root = tmp_path / "specs"
    root.mkdir()
    (root / "other.yaml").write_text(yaml.safe_dump({"components": {"schemas": {"B": {"type": "integer"}}}}))
    return root


def write(specs: Path, document: dict[str, Any], name: str = "api.yaml") -> Path:
    path = specs / name
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    return path


def refused(path: Path, specs: Path) -> SpecError:
    with pytest.raises(SpecError) as caught:
        bundle_spec(path, specs_root=specs)
    error = caught.value
    assert SECRET not in str(error)
    assert "s3cr3t" not in str(error)
    return error


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every file the bundler loads."""
    loaded: list[Path] = []

    def spy(path: Path) -> Any:
        loaded.append(path.resolve())
        return load_document(path)

    monkeypatch.setattr(bundle_module, "load_document", spy)
    return loaded


def test_ref_to_the_projects_env_file_is_refused_without_reading_it(
    specs: Path, reads: list[Path], network: NetworkWatch
) -> None:
    """The review's attack: ``x-notes: {$ref: '../.env'}`` copied .env into the bundle and the manifest."""
    document = base_spec()
    document["info"]["x-notes"] = {"$ref": "../.env"}
    path = write(specs, document)

    error = refused(path, specs)

    assert error.file.endswith("specs/api.yaml")
    assert error.pointer == "/info/x-notes/$ref"
    assert "'../.env' is refused: " in error.reason
    assert error.reason.endswith(".env is outside " + str(specs) + "/, the specs root")
    assert (specs.parent / ".env").resolve() not in reads
    assert network.attempts == []


@pytest.mark.parametrize(
    ("ref", "reason"),
    [
        pytest.param("../.env#/x", "is outside", id="parent-env-with-pointer"),
        pytest.param("sub/../../.env", "is outside", id="dot-dot-inside-path"),
        pytest.param("%2E%2E/.env", "is outside", id="percent-encoded-dot-dot"),
        pytest.param("../outside/other.yaml#/a", "is outside", id="valid-yaml-outside-the-root"),
        pytest.param("ABSOLUTE", "absolute paths are not allowed", id="absolute-path"),
        pytest.param("/etc/passwd", "absolute paths are not allowed", id="absolute-system-file"),
        pytest.param("notes.txt", "not a spec file", id="not-a-spec-file"),
        pytest.param(".hidden.yaml#/a", "hidden file", id="hidden-file"),
        pytest.param("list.yaml#/0", "not a spec document", id="target-not-a-mapping"),
        pytest.param("broken.yaml#/a", "invalid YAML", id="target-invalid-yaml"),
        pytest.param(URL, "URL references are not allowed", id="http-url"),
        pytest.param("https://127.0.0.1:9/x.yaml#/A", "URL references are not allowed", id="https-url"),
        pytest.param("file:///etc/passwd", "URL references are not allowed", id="file-url"),
        pytest.param("//127.0.0.1/x.yaml", "URL references are not allowed", id="network-path"),
        pytest.param("other.yaml?x=1#/components", "query string", id="query-string"),
        pytest.param("other.yaml\x00.env", "control character", id="nul-byte"),
    ],
)
def test_ref_outside_the_specs_root_or_to_a_non_spec_is_refused(
    specs: Path, reads: list[Path], network: NetworkWatch, ref: str, reason: str
) -> None:
    (specs / "notes.txt").write_text(SECRET)
    (specs / ".hidden.yaml").write_text(f"a: {SECRET}\n")
    (specs / "list.yaml").write_text(f"- {SECRET}\n")
    (specs / "broken.yaml").write_text(f"a: [{SECRET}\n")
    if ref == "ABSOLUTE":
        ref = str(specs.parent / ".env")
    document = base_spec()
    document["components"]["schemas"]["A"] = {"$ref": ref}
    path = write(specs, document)

    error = refused(path, specs)

    assert error.pointer in ("/components/schemas/A/$ref", "/components/schemas/A"), error
    assert reason in str(error)
    assert not {p for p in reads if p.name in {".env", "passwd", "notes.txt", ".hidden.yaml"}}
    assert network.attempts == []


def test_symlink_inside_the_specs_root_to_a_file_outside_is_refused(specs: Path, network: NetworkWatch) -> None:
    (specs / "linked.yaml").symlink_to(specs.parent / "outside" / "other.yaml")
    document = base_spec()
    document["components"]["schemas"]["A"] = {"$ref": "linked.yaml#/a"}

    error = refused(write(specs, document), specs)

    assert error.pointer == "/components/schemas/A/$ref"
    assert "outside/other.yaml is outside" in error.reason


def test_root_spec_that_is_a_symlink_out_of_the_specs_root_is_refused(specs: Path) -> None:
    target = specs.parent / "outside" / "api.yaml"
    target.write_text(yaml.safe_dump(base_spec()))
    (specs / "api.yaml").symlink_to(target)

    error = refused(specs / "api.yaml", specs)

    assert error.pointer == ""
    assert error.reason.startswith("refused: ")
    assert "outside/api.yaml is outside" in error.reason


def put(document: dict[str, Any], pointer: list[str], value: Any) -> None:
    node = document
    for part in pointer[:-1]:
        node = node.setdefault(part, {})
    node[pointer[-1]] = value


@pytest.mark.parametrize(
    ("where", "value", "reason"),
    [
        pytest.param(
            ["components", "schemas", "A"],
            {"$dynamicRef": URL + "#meta"},
            "$dynamicRef",
            id="dynamicRef-url",
        ),
        pytest.param(["components", "schemas", "A"], {"$recursiveRef": URL}, "$recursiveRef", id="recursiveRef-url"),
        pytest.param(
            ["components", "examples", "E"],
            {"summary": "remote", "externalValue": URL},
            "externalValue is not allowed",
            id="externalValue-url",
        ),
        pytest.param(
            ["components", "examples", "E"],
            {"externalValue": "../.env"},
            "externalValue is not allowed",
            id="externalValue-file",
        ),
        pytest.param(
            ["components", "links", "L"],
            {"operationRef": URL + "#/paths/~1x/get"},
            "operationRef",
            id="operationRef-url",
        ),
        pytest.param(
            ["components", "schemas", "A"],
            {"$id": URL, "type": "object", "properties": {"b": {"$ref": "#/$defs/b"}}, "$defs": {"b": {}}},
            "$id is not allowed",
            id="id-url",
        ),
        pytest.param(["components", "schemas", "A"], {"$schema": URL, "type": "string"}, "$schema", id="schema-url"),
        pytest.param(["jsonSchemaDialect"], URL, "jsonSchemaDialect", id="jsonSchemaDialect-url"),
        pytest.param(
            ["components", "schemas", "A"],
            {
                "oneOf": [{"$ref": "#/components/schemas/B"}],
                "discriminator": {"propertyName": "k", "mapping": {"b": URL}},
            },
            "mapping 'b'",
            id="discriminator-mapping-url",
        ),
        pytest.param(
            ["components", "schemas", "A"],
            {"type": "object", "example": {"$ref": URL}},
            "URL references are not allowed",
            id="ref-url-inside-an-example",
        ),
        pytest.param(
            ["x-notes"], {"deep": [{"$ref": URL}]}, "URL references are not allowed", id="ref-url-in-extension"
        ),
    ],
)
def test_keywords_a_tool_would_fetch_are_refused(
    specs: Path, network: NetworkWatch, where: list[str], value: Any, reason: str
) -> None:
    document = base_spec()
    put(document, where, value)

    error = refused(write(specs, document), specs)

    assert error.file.endswith("specs/api.yaml")
    assert error.pointer.startswith("/" + "/".join(where)), error
    assert reason in error.reason
    assert network.attempts == []


def test_ref_to_another_file_inside_example_data_is_refused_after_bundling(specs: Path) -> None:
    """Examples are copied as data, so their $refs are not bundled: one to another file would stay in the bundle."""
    document = base_spec()
    document["components"]["schemas"]["A"] = {"type": "object", "example": {"$ref": "other.yaml#/components"}}

    error = refused(write(specs, document), specs)

    assert error.pointer == "/components/schemas/A/example/$ref"
    assert "still names another file" in error.reason


def test_what_the_specs_may_do_still_bundles(specs: Path, network: NetworkWatch) -> None:
    """The rules refuse no construct a spec needs: relative refs under the root, standard dialects, names."""
    (specs / "sub").mkdir()
    (specs / "sub" / "c.json").write_text(
        '{"components": {"schemas": {"C": {"$ref": "../other.yaml#/components/schemas/B"}}}}'
    )
    document = base_spec()
    document["jsonSchemaDialect"] = "https://spec.openapis.org/oas/3.1/dialect/base"
    document["components"]["schemas"].update(
        {
            "A": {
                "$schema": "https://json-schema.org/draft/2020-12/schema",
                "$ref": "other.yaml#/components/schemas/B",
            },
            "D": {"$ref": "sub/c.json#/components/schemas/C"},
            # names chosen by the author are not keywords
            "E": {"type": "object", "properties": {"$id": {"type": "string"}, "externalValue": {"type": "string"}}},
            "F": {
                "oneOf": [{"$ref": "#/components/schemas/E"}],
                "discriminator": {"propertyName": "k", "mapping": {"e": "#/components/schemas/E", "f": "E"}},
            },
        }
    )
    document["components"]["links"] = {"L": {"operationRef": "#/paths/~1x/get"}}

    bundled = bundle_spec(write(specs, document), specs_root=specs).document

    assert bundled["components"]["schemas"]["B"] == {"type": "integer"}
    assert bundled["components"]["schemas"]["D"] == {"$ref": "#/components/schemas/C"}
    assert network.attempts == []


BILLION_LAUGHS = """\
openapi: 3.1.0
info: {title: bomb, version: '1'}
paths: {}
x-a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
x-b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
x-c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
x-d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
x-e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
x-f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
x-g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
x-h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
x-i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
x-j: [*i, *i, *i, *i, *i, *i, *i, *i, *i]
"""


def test_yaml_alias_bomb_fails_fast_in_bounded_memory(specs: Path) -> None:
    path = specs / "api.yaml"
    path.write_text(BILLION_LAUGHS)
    tracemalloc.start()
    started = time.perf_counter()
    try:
        error = refused(path, specs)
    finally:
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()

    assert elapsed < 2, f"refusing the bomb took {elapsed:.1f} s"
    assert peak < 20 * 1024 * 1024, f"refusing the bomb took {peak / 1e6:.0f} MB"
    assert error.pointer == "/x-a"
    assert "anchors and aliases are not allowed" in error.reason


def test_a_single_small_alias_is_refused_with_a_clear_message(specs: Path) -> None:
    """A small alias grew the bundle 100-fold silently; no alias gets through, however small."""
    path = specs / "api.yaml"
    path.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"
        "components:\n  schemas:\n    A:\n      type: string\n"
        "    B:\n      allOf:\n        - *shared\n"
    )

    error = refused(path, specs)

    assert error.pointer == "/components/schemas/B/allOf/0"
    assert error.reason == (
        "YAML alias *shared at line 10, column 11: anchors and aliases are not allowed; write the content out"
    )


@pytest.mark.parametrize(
    ("text", "pointer", "reason"),
    [
        pytest.param("a: !!binary aGVsbG8=\n", "/a", "YAML tag tag:yaml.org,2002:binary", id="binary"),
        pytest.param("a: !!set {x, y}\n", "/a", "YAML tag tag:yaml.org,2002:set", id="set"),
        pytest.param("a: !include ../.env\n", "/a", "YAML tag !include", id="custom-tag"),
        pytest.param(
            "a: !!python/object/apply:os.system ['touch PWNED']\n",
            "/a",
            "YAML tag tag:yaml.org,2002:python/object/apply:os.system",
            id="python-object",
        ),
        pytest.param("a:\n  <<: {b: 1}\n", "/a", "YAML merge key <<", id="merge-key"),
        pytest.param("a: &x 1\n", "/a", "YAML anchor &x", id="anchor"),
        pytest.param("? [a, b]\n: c\n", "", "mapping key", id="complex-key"),
        pytest.param("a: 1\na: 2\n", "", "duplicate key 'a'", id="duplicate-key"),
    ],
)
def test_loader_accepts_only_json_data_written_as_yaml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, pointer: str, reason: str
) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text(text)
    monkeypatch.chdir(tmp_path)  # the python-object attack would write here if it ran
    with pytest.raises(SpecError) as caught:
        load_document(path)
    assert caught.value.pointer == pointer
    assert reason in caught.value.reason
    assert not (tmp_path / "PWNED").exists()


@pytest.mark.parametrize(
    ("name", "text", "reason"),
    [
        pytest.param("spec.json", '{"a": 1, "a": 2}', "duplicate key 'a'", id="json-duplicate-key"),
        pytest.param("spec.json", "[" * 100_000 + "]" * 100_000, "nested more than", id="json-deep"),
        pytest.param("spec.json", "[" * 100 + "]" * 100, "nested more than 64", id="json-65-levels"),
        pytest.param("spec.yaml", "a: " + "1" * 5000, "digits", id="huge-integer"),
    ],
)
def test_loader_refuses_json_it_cannot_use(tmp_path: Path, name: str, text: str, reason: str) -> None:
    path = tmp_path / name
    path.write_text(text)
    with pytest.raises(SpecError) as caught:
        load_document(path)
    assert reason in caught.value.reason


def test_deeply_nested_yaml_is_refused_without_crashing(tmp_path: Path) -> None:
    """libyaml overflows its stack on deep nesting (a segfault) and scans it in quadratic time."""
    path = tmp_path / "deep.yaml"
    path.write_text("a: " + "[" * 200_000 + "]" * 200_000 + "\n")
    code = (
        "import sys; from pathlib import Path; from idvkit.specs import SpecError, load_document\n"
        "try:\n    load_document(Path(sys.argv[1]))\nexcept SpecError as exc:\n    print(exc)\n"
    )
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=60, check=False
    )
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, result.stderr[-2000:]
    assert "a spec nests at most 64 levels deep" in result.stdout
    assert elapsed < 30


def test_spec_file_too_large_is_refused_before_parsing(specs: Path) -> None:
    path = specs / "api.yaml"
    path.write_text("x-big: '" + "a" * (5 * 1024 * 1024) + "'\n")
    error = refused(path, specs)
    assert error.reason.startswith("file too large")


def test_ref_to_a_fifo_is_refused_without_blocking(specs: Path) -> None:
    os.mkfifo(specs / "pipe.yaml")
    document = base_spec()
    document["components"]["schemas"]["A"] = {"$ref": "pipe.yaml#/a"}
    error = refused(write(specs, document), specs)
    assert "not a regular file" in error.reason


def test_reference_bomb_is_bounded(specs: Path) -> None:
    """Inlining multiplies like an alias bomb: each level refers four times to the one below, in another file."""
    levels: dict[str, Any] = {"x0": {"type": "string", "description": "lol" * 1000}}
    for level in range(1, 9):
        levels[f"x{level}"] = {"allOf": [{"$ref": f"#/x{level - 1}"} for _ in range(4)]}
    (specs / "bomb.yaml").write_text(yaml.safe_dump(levels))
    document = base_spec()
    document["x-bomb"] = {"$ref": "bomb.yaml#/x8"}  # 4**8 copies of 3 kB: 200 MB of JSON
    started = time.perf_counter()

    error = refused(write(specs, document), specs)

    assert time.perf_counter() - started < 10
    assert error.reason.startswith("the bundle grows beyond 20971520 nodes and characters")


def test_long_reference_chain_is_refused_not_a_recursion_error(specs: Path) -> None:
    chain: dict[str, Any] = {"x0": {"type": "string"}}
    for level in range(1, 500):
        chain[f"x{level}"] = {"$ref": f"#/x{level - 1}"}
    (specs / "chain.yaml").write_text(yaml.safe_dump(chain))
    document = base_spec()
    document["components"]["schemas"]["A"] = {"$ref": "chain.yaml#/x499"}

    error = refused(write(specs, document), specs)

    assert "levels deep" in error.reason


@pytest.mark.parametrize("spec", sorted(p.name for p in SPECS.glob("*.yaml")))
def test_the_specs_use_no_yaml_anchors_aliases_or_tags(spec: str) -> None:
    """What the loader refuses, the vendor specs never needed."""
    for event in yaml.parse((SPECS / spec).read_text(), Loader=yaml.SafeLoader):
        assert not isinstance(event, yaml.AliasEvent), event.start_mark
        assert getattr(event, "anchor", None) is None, event.start_mark
        assert getattr(event, "tag", None) is None, event.start_mark

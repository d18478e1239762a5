"""``make generate`` reads nothing but specs/ and fetches nothing (issue 4, item 4).

The attacks of the review, run end to end on a copy of the repository: each must stop the build
with ``error: specs/<file>#<pointer>: <reason>``, leave generated/ byte-identical, copy no secret
anywhere and send nothing to the loopback server the spec names. The generators themselves run
with remote references off, which is checked on their arguments and on their behaviour.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import ROOT
from tests.generation.harness import Loopback, NetworkWatch, generate, tree_digest

SECRET = "IDVKIT_TEST_SECRET=s3cr3t-do-not-copy"
ANCHOR = "  version: 2.0.0\n"  # inside info: of specs/idenfy.yaml


def attack(workspace: Path, lines: str, *, anchor: str = ANCHOR) -> subprocess.CompletedProcess[str]:
    """Run the generator after inserting ``lines`` into specs/idenfy.yaml after ``anchor``."""
    spec = workspace / "specs" / "idenfy.yaml"
    text = spec.read_text()
    assert anchor in text
    spec.write_text(text.replace(anchor, anchor + lines, 1))
    return generate(workspace, timeout=120)


def assert_refused(
    workspace: Path, result: subprocess.CompletedProcess[str], before: str, where: str, reason: str
) -> None:
    stdout, stderr, status = result.stdout, result.stderr, result.returncode
    assert status == 2, stdout + stderr
    assert f"error: specs/idenfy.yaml#{where}: " in stderr
    assert reason in stderr
    assert "generated/ was left unchanged." in stderr
    assert "Traceback" not in stderr
    assert SECRET not in stdout + stderr
    assert tree_digest(workspace / "generated") == before
    assert not list(workspace.glob("generated.*")), "no staging folder may be left behind"
    for path in (workspace / "generated").rglob("*"):
        if path.is_file():
            assert b"s3cr3t" not in path.read_bytes(), path


def test_ref_to_env_copies_nothing_and_leaves_generated_unchanged(workspace: Path) -> None:
    """The review's attack: ``x-notes: {$ref: '../.env'}`` put .env into idenfy.json and MANIFEST.json, exit 0."""
    (workspace / ".env").write_text(SECRET + "\n")
    before = tree_digest(workspace / "generated")

    result = attack(workspace, "  x-notes: {$ref: '../.env'}\n")

    assert_refused(
        workspace,
        result,
        before,
        "/info/x-notes/$ref",
        "$ref '../.env' is refused: .env is outside specs/, the specs root",
    )


@pytest.mark.parametrize(
    ("ref", "reason"),
    [
        pytest.param("SECRET_FILE#/a", "absolute paths are not allowed", id="absolute-path"),
        pytest.param("../../outside.yaml#/a", "outside.yaml is outside", id="outside-the-repository"),
    ],
)
def test_ref_to_a_file_outside_the_repository_is_refused_before_reading(
    workspace: Path, tmp_path_factory: pytest.TempPathFactory, ref: str, reason: str
) -> None:
    """A path outside the repository was read before the build crashed with a traceback."""
    outside = tmp_path_factory.mktemp("outside")
    (outside / "secret.yaml").write_text(f"a: {SECRET}\n")
    (workspace.parent / "outside.yaml").write_text(f"a: {SECRET}\n")
    ref = ref.replace("SECRET_FILE", str(outside / "secret.yaml"))
    before = tree_digest(workspace / "generated")

    result = attack(workspace, f"  x-notes: {{$ref: '{ref}'}}\n")

    assert_refused(workspace, result, before, "/info/x-notes/$ref", reason)


@pytest.mark.parametrize(
    ("lines", "where", "reason"),
    [
        pytest.param(
            "  x-notes: {$ref: 'URL/remote.yaml#/a'}\n",
            "/info/x-notes/$ref",
            "URL references are not allowed",
            id="ref-url",
        ),
        pytest.param(
            "  x-schema: {$dynamicRef: 'URL/schema.json#meta'}\n",
            "/info/x-schema/$dynamicRef",
            "only local references",
            id="dynamicRef-url",
        ),
        pytest.param(
            "  x-example: {summary: remote, externalValue: 'URL/example.json'}\n",
            "/info/x-example/externalValue",
            "externalValue is not allowed",
            id="externalValue-url",
        ),
    ],
)
def test_url_references_are_refused_and_never_fetched(
    workspace: Path, loopback: Loopback, lines: str, where: str, reason: str
) -> None:
    """``$dynamicRef`` with a URL passed the bundler and reached datamodel-code-generator, which fetches."""
    before = tree_digest(workspace / "generated")

    result = attack(workspace, lines.replace("URL", loopback.url))

    assert_refused(workspace, result, before, where, reason)
    assert loopback.requests == []


def test_yaml_alias_bomb_stops_the_build_at_once(workspace: Path) -> None:
    """A billion-laughs spec made make generate grow past 1.7 GB in 60 s."""
    levels = ['  x-a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n']
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True):
        levels.append(f"  x-{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]\n")
    before = tree_digest(workspace / "generated")
    started = time.perf_counter()

    result = attack(workspace, "".join(levels))

    elapsed = time.perf_counter() - started
    assert_refused(workspace, result, before, "/info/x-a", "anchors and aliases are not allowed")
    assert "YAML anchor &a at line 5, column 8" in result.stderr
    assert elapsed < 20, f"the build took {elapsed:.1f} s to refuse the bomb"


@pytest.fixture(scope="module")
def script() -> ModuleType:
    """scripts/generate.py, imported as a module."""
    spec = importlib.util.spec_from_file_location("idvkit_generate_script", ROOT / "scripts" / "generate.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_generators_are_invoked_without_network_access(script: ModuleType, tmp_path: Path) -> None:
    assert "--no-allow-remote-refs" in script.DMCG_OPTIONS
    vendor = script.load_vendor("liveid", "recipe")
    (tmp_path / "out").mkdir()
    (tmp_path / "work").mkdir()
    jobs = {tool: args for _, tool, args in script.vendor_jobs(vendor, tmp_path / "out", tmp_path / "work")}

    assert "--no-allow-remote-refs" in jobs["datamodel-code-generator"]
    assert "--allow-remote-refs" not in jobs["datamodel-code-generator"]
    assert [arg for arg in jobs["openapi-python-client"] if arg.startswith("--path=")]
    assert not [arg for arg in jobs["openapi-python-client"] if arg.startswith("--url")]


REMOTE_SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "remote", "version": "1"},
    "paths": {},
    "components": {
        "schemas": {
            "Local": {
                "type": "object",
                "properties": {"remote": {"$ref": "http://schemas.example.invalid/remote.json#/Remote"}},
            }
        }
    },
}


def test_datamodel_code_generator_refuses_a_remote_ref_without_connecting(
    script: ModuleType, tmp_path: Path, network: NetworkWatch
) -> None:
    """Behaviour, not only the flag: given a remote $ref, the build's dmcg run fails and opens no connection."""
    spec = tmp_path / "remote.json"
    spec.write_text(json.dumps(REMOTE_SPEC))
    (tmp_path / "models").mkdir()
    args = [f"--input={spec}", f"--output={tmp_path / 'models' / '__init__.py'}", *script.DMCG_OPTIONS]

    status, output = script.run_tool_in_process("datamodel-code-generator", args)

    assert network.attempts == []
    assert status != 0
    assert "Fetching remote $ref is disabled" in output


def test_openapi_python_client_refuses_a_remote_ref_without_connecting(
    script: ModuleType, tmp_path: Path, network: NetworkWatch
) -> None:
    spec = tmp_path / "remote.json"
    spec.write_text(json.dumps(REMOTE_SPEC))
    config = tmp_path / "opc.json"
    config.write_text(json.dumps(script.OPC_CONFIG))
    args = ["generate", f"--path={spec}", f"--output-path={tmp_path / 'client'}", f"--config={config}", "--meta=none"]

    status, output = script.run_tool_in_process("openapi-python-client", args)

    assert network.attempts == []
    assert "Remote references such as" in output
    assert "are not supported" in output
    with pytest.raises(script.GenerationError, match="openapi-python-client warned"):
        script.check_tool_output("openapi-python-client", status, output)  # the build stops

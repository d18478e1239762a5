"""scripts/generate.py: deterministic, atomic, incremental, and clear about broken specs (issue 3)."""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, VENDORS
from tests.generation.harness import GENERATED, generate, tree_digest


def test_committed_generated_code_matches_the_manifest() -> None:
    manifest = json.loads((GENERATED / "MANIFEST.json").read_text())
    assert set(manifest["vendors"]) == {*VENDORS, "sandbox-control"}
    assert manifest["tools"]["openapi-python-client"] == "0.29.1"
    assert manifest["tools"]["datamodel-code-generator"] == "0.89.0"
    for vendor, entry in manifest["vendors"].items():
        for source, digest in entry["sources"].items():
            assert hashlib.sha256((ROOT / source).read_bytes()).hexdigest() == digest, (
                f"{source} changed: make generate"
            )
        bundle = GENERATED / "idvkit_specs" / f"{vendor}.json"
        assert hashlib.sha256(bundle.read_bytes()).hexdigest() == entry["bundle_sha256"]
        for package in entry["outputs"]:
            assert (GENERATED / package / "py.typed").is_file()
    for vendor in VENDORS:
        assert set(manifest["vendors"][vendor]["outputs"]) == {f"{vendor}_client", f"{vendor}_models"}
    assert set(manifest["vendors"]["markid"]["sources"]) == {"specs/markid.yaml", "specs/idenfy.yaml"}


def test_nothing_to_do_changes_no_byte_and_is_fast(workspace: Path) -> None:
    before = tree_digest(workspace / "generated")
    started = time.perf_counter()
    result = generate(workspace)
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, result.stderr
    assert "up to date" in result.stdout
    assert tree_digest(workspace / "generated") == before
    assert elapsed < 5, f"an up-to-date run took {elapsed:.1f} s"


@pytest.mark.slow
def test_spec_edit_is_drift_until_regenerated(workspace: Path) -> None:
    spec = workspace / "specs" / "liveid.yaml"
    spec.write_text(spec.read_text().replace("title: Api LiveID+", "title: Api LiveID+ (edited)", 1))

    drift = generate(workspace, "--check")
    assert drift.returncode == 1
    assert "generated/idvkit_specs/liveid.json" in drift.stderr
    assert "generated/MANIFEST.json" in drift.stderr

    regenerated = generate(workspace)
    assert regenerated.returncode == 0, regenerated.stderr
    assert "liveid" in regenerated.stdout
    assert "idenfy," not in regenerated.stdout, "unchanged vendors must be skipped"

    clean = generate(workspace, "--check")
    assert clean.returncode == 0, clean.stderr
    again = tree_digest(workspace / "generated")
    assert generate(workspace, "--force").returncode == 0
    assert tree_digest(workspace / "generated") == again, "a second full run must change no byte"


@pytest.mark.parametrize(
    ("old", "new", "pointer", "reason"),
    [
        pytest.param(
            "type: string", "type: strang", "specs/idenfy.yaml#/", "invalid JSON Schema", id="invalid-schema-type"
        ),
        pytest.param(
            "$ref: '#/components/schemas/Error'",
            "$ref: '#/components/schemas/NoSuchError'",
            "specs/idenfy.yaml#/components/responses/",
            "unresolvable $ref",
            id="dangling-ref",
        ),
        pytest.param(
            "openapi: 3.1.0", "openapi: 3.0.3", "specs/idenfy.yaml#/openapi", "OpenAPI 3.1", id="wrong-version"
        ),
        pytest.param("paths:", "paths: [", "specs/idenfy.yaml#: invalid YAML at line", "", id="yaml-syntax"),
    ],
)
def test_broken_spec_leaves_generated_unchanged_and_says_where(
    workspace: Path, old: str, new: str, pointer: str, reason: str
) -> None:
    spec = workspace / "specs" / "idenfy.yaml"
    text = spec.read_text()
    assert old in text
    spec.write_text(text.replace(old, new, 1))
    before = tree_digest(workspace / "generated")

    result = generate(workspace)

    assert result.returncode == 2
    assert pointer in result.stderr
    assert reason in result.stderr
    assert "Traceback" not in result.stderr
    assert "generated/ was left unchanged" in result.stderr
    assert tree_digest(workspace / "generated") == before
    assert not list(workspace.glob("generated.*")), "no staging folder may be left behind"


def test_missing_referenced_file_names_the_referring_spec(workspace: Path) -> None:
    (workspace / "specs" / "idenfy.yaml").rename(workspace / "specs" / "idenfy-moved.yaml")
    result = generate(workspace)
    assert result.returncode == 2
    assert "specs/idenfy.yaml" in result.stderr
    assert "file not found" in result.stderr

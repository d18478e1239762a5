"""``idvkit spec-diff``: files and git revisions, text and JSON, exit 0 / 1 / 2."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from idvkit.cli import main

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["spec-diff", *args])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err


@pytest.fixture
def revisions(tmp_path: Path) -> tuple[Path, Path]:
    """idenfy.yaml and a copy whose TokenRequest.externalRef allows 30 characters instead of 40."""
    old, new = tmp_path / "old", tmp_path / "new"
    for folder in (old, new):
        folder.mkdir()
        shutil.copy(SPECS / "idenfy.yaml", folder / "idenfy.yaml")
    text = (new / "idenfy.yaml").read_text()
    assert text.count("maxLength: 40") >= 1
    (new / "idenfy.yaml").write_text(text.replace("maxLength: 40", "maxLength: 30"))
    return old / "idenfy.yaml", new / "idenfy.yaml"


def test_an_unchanged_spec_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    spec = str(SPECS / "liveid.yaml")
    code, out, _ = run(capsys, spec, spec)
    assert code == 0
    assert "0 breaking, 0 compatible" in out


def test_a_tightened_request_limit_is_breaking_with_its_pointer(
    capsys: pytest.CaptureFixture[str], revisions: tuple[Path, Path]
) -> None:
    code, out, _ = run(capsys, str(revisions[0]), str(revisions[1]))
    assert code == 1
    assert "request-constraint-tightened" in out
    assert "POST /api/v2/token (createToken)" in out
    assert "#/components/schemas/TokenRequest/properties/externalRef" in out
    code, out, _ = run(capsys, str(revisions[0]), str(revisions[1]), "--format", "json")
    report = json.loads(out)
    assert code == 1
    assert report["breaking"] > 0
    change = next(c for c in report["changes"] if c["pointer"].endswith("TokenRequest/properties/externalRef"))
    assert change["kind"] == "request-constraint-tightened"
    assert change["breaking"] is True
    assert change["operation"] == "POST /api/v2/token (createToken)"


def test_the_reverse_change_relaxes_requests_and_breaks_only_response_models(
    capsys: pytest.CaptureFixture[str], revisions: tuple[Path, Path]
) -> None:
    code, out, _ = run(capsys, str(revisions[1]), str(revisions[0]), "--format", "json")
    changes = json.loads(out)["changes"]
    assert "request-constraint-relaxed" in {c["kind"] for c in changes}
    # a longer value in a response is what the generated pydantic models (max_length) reject
    assert {c["kind"] for c in changes if c["breaking"]} == {"response-constraint-relaxed"}
    assert code == 1


def test_a_git_revision_is_read_with_the_files_beside_it(capsys: pytest.CaptureFixture[str]) -> None:
    # markid.yaml refers into idenfy.yaml: both are read at HEAD
    code, out, err = run(capsys, "git:HEAD:specs/markid.yaml", "git:HEAD:specs/markid.yaml")
    assert (code, err) == (0, "")
    assert "0 breaking" in out


def test_bad_input_exits_2_naming_what_failed(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    spec = str(SPECS / "idenfy.yaml")
    code, _, err = run(capsys, "git:no-such-revision:specs/idenfy.yaml", spec)
    assert code == 2
    assert "git:no-such-revision:specs/idenfy.yaml" in err
    code, _, err = run(capsys, "git:HEAD", spec)
    assert (code, "expected git:REV:path" in err) == (2, True)
    code, _, err = run(capsys, str(tmp_path / "missing.yaml"), spec)
    assert (code, "file not found" in err) == (2, True)
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: 3.1.0\npaths: [\n")
    code, _, err = run(capsys, str(broken), spec)
    assert (code, "invalid YAML" in err) == (2, True)
    swagger = tmp_path / "swagger.json"
    swagger.write_text('{"swagger": "2.0", "paths": {}}')
    code, _, err = run(capsys, str(swagger), spec)
    assert (code, "not an OpenAPI 3.x document" in err) == (2, True)


def test_against_a_vendor_document_lists_what_it_does_not_accept(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ours = json.loads((ROOT / "generated" / "idvkit_specs" / "idenfy.json").read_text())
    vendor = json.loads(json.dumps(ours))
    del vendor["paths"]["/api/v2/status"]
    vendor["paths"]["/api/v2/token"]["post"]["operationId"] = "vendorName"
    (tmp_path / "ours.json").write_text(json.dumps(ours))
    (tmp_path / "vendor.json").write_text(json.dumps(vendor))
    code, out, _ = run(capsys, str(tmp_path / "ours.json"), str(tmp_path / "vendor.json"), "--against-vendor")
    assert code == 1
    assert "the vendor's document does not accept or send" in out
    assert "operation-removed" in out
    assert "operation-id-changed" not in out


def test_the_command_runs_as_a_process() -> None:
    spec = str(SPECS / "sandbox-control.yaml")
    result = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "idvkit"), "spec-diff", spec, spec, "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["changes"] == []

"""``scripts/generate.py --spec PATH --name NAME --out DIR``: the client and models of a spec that is not bundled.

A generation that succeeds is tests/test_fourth_vendor.py's (it imports and calls what was generated); these are
the refusals, each before any generator runs, with generated/ untouched.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.generation.harness import GENERATED, generate, tree_digest

SPEC = ROOT / "tests" / "fourth_vendor" / "spec.yaml"


@pytest.fixture(scope="module")
def generated_digest() -> str:
    return tree_digest(GENERATED)


def _refused(arguments: list[str], message: str, digest: str) -> None:
    result = generate(ROOT, *arguments, timeout=60)
    assert result.returncode == 2, result.stdout + result.stderr
    assert message in result.stderr
    assert tree_digest(GENERATED) == digest


def test_a_bad_name_is_refused(tmp_path: Path, generated_digest: str) -> None:
    _refused(
        ["--spec", str(SPEC), "--name", "Acme-1", "--out", str(tmp_path)], "bad vendor name 'Acme-1'", generated_digest
    )
    assert list(tmp_path.iterdir()) == []


def test_an_existing_package_is_never_overwritten(tmp_path: Path, generated_digest: str) -> None:
    (tmp_path / "toy_models").mkdir()
    (tmp_path / "toy_models" / "mine.py").write_text("# the user's\n")
    _refused(["--spec", str(SPEC), "--name", "toy", "--out", str(tmp_path)], "refusing to overwrite", generated_digest)
    assert sorted(path.name for path in tmp_path.rglob("*")) == ["mine.py", "toy_models"]


def test_a_missing_output_folder_is_refused(tmp_path: Path, generated_digest: str) -> None:
    _refused(
        ["--spec", str(SPEC), "--name", "toy", "--out", str(tmp_path / "absent")], "does not exist", generated_digest
    )


def test_the_spec_may_reference_its_own_folder_only(tmp_path: Path, generated_digest: str) -> None:
    folder = tmp_path / "spec"
    folder.mkdir()
    spec = folder / "spec.yaml"
    shutil.copy(SPEC, spec)
    spec.write_text(
        spec.read_text(encoding="utf-8").replace(
            "$ref: '#/components/schemas/Error'", "$ref: '../outside.yaml#/Error'", 1
        ),
        encoding="utf-8",
    )
    (tmp_path / "outside.yaml").write_text("Error: {type: object}\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    _refused(["--spec", str(spec), "--name", "toy", "--out", str(out)], "outside.yaml is outside", generated_digest)
    assert list(out.iterdir()) == []


def test_spec_name_and_out_go_together() -> None:
    result = generate(ROOT, "--spec", str(SPEC), timeout=60)
    assert result.returncode == 2
    assert "--spec, --name and --out go together" in result.stderr

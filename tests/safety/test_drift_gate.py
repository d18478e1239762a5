"""The drift gate: ``scripts/generate.py --check`` fails, naming the file, when a generated Python file was edited
by hand (one byte is enough), added or deleted. Run on a copy of the repository (tests/generation/harness.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.generation.harness import copy_workspace, generate

pytestmark = pytest.mark.slow

EDITED = "generated/idenfy_client/client.py"
ADDED = "generated/idenfy_models/hand_written.py"
DELETED = "generated/liveid_client/errors.py"
MANIFEST = "generated/MANIFEST.json"


def _change_one_byte(workspace: Path) -> None:
    path = workspace / EDITED
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle] ^= 0x01  # an ASCII byte stays ASCII: the file still reads, only its content differs
    path.write_bytes(bytes(data))


def _add_a_file(workspace: Path) -> None:
    (workspace / ADDED).write_text("def shortcut() -> None:\n    pass\n", encoding="utf-8")


def _delete_a_file(workspace: Path) -> None:
    (workspace / DELETED).unlink()


@pytest.mark.parametrize(
    ("edit", "line"),
    [
        pytest.param(_change_one_byte, f"modified: {EDITED}", id="one-byte-changed"),
        pytest.param(_add_a_file, f"extra:    {ADDED}", id="file-added"),
        pytest.param(_delete_a_file, f"missing:  {DELETED}", id="file-deleted"),
    ],
)
def test_check_fails_and_names_a_hand_edited_generated_python_file(
    tmp_path: Path, edit: Callable[[Path], None], line: str
) -> None:
    workspace = copy_workspace(tmp_path)
    edit(workspace)
    result = generate(workspace, "--check")
    assert result.returncode == 1, result.stdout + result.stderr
    heading, *drifted = result.stderr.strip().splitlines()
    assert heading.startswith("generated/ has drifted"), result.stderr
    assert line in drifted, result.stderr
    # nothing else, but for the manifest: its recipe digest covers scripts/generate.py itself, so an edited
    # script (a mutant of the gate) shows there too, and must not pass for the file the gate missed
    assert set(drifted) <= {line, f"modified: {MANIFEST}"}, result.stderr

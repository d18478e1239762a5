"""The embedded markid sandbox passes schemathesis against its own spec over a real loopback socket (issue 4).

All checks (schemathesis's and idvkit's), all four phases, through ``idvkit contract`` without
``--base-url``; the budget is small here, ``make contract`` runs the full one. iDenfy's and LiveID+'s
sandboxes get the same test as the control runs of tests/contract/test_detection.py
(``test_correct_sandbox_passes``), which also serve them on loopback and run all four phases.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.slow
@pytest.mark.parametrize("vendor", ["markid"])
def test_sandbox_conforms_to_its_spec(vendor: str, tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "idvkit.cli",
            "contract",
            vendor,
            "--max-examples",
            "5",
            "--seed",
            "11",
            "--report-dir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert f"{vendor}: no violations" in result.stdout
    for phase in ("Examples", "Coverage", "Fuzzing", "Stateful"):
        assert f"✅  {phase}" in result.stdout, f"phase {phase} did not pass:\n{result.stdout[-3000:]}"
    assert (tmp_path / vendor / "junit.xml").is_file()
    assert (tmp_path / vendor / "requests.har").is_file()

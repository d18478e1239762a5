"""``idvkit --version`` reports the installed distribution's version; ``python -m idvkit`` is the command line."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys

import pytest

import idvkit
from idvkit.cli import main


def test_version_is_the_installed_distributions(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out == f"idvkit {importlib.metadata.version('idvkit')}\n"
    assert idvkit.__version__ == importlib.metadata.version("idvkit")  # the package's own agrees with pyproject


def test_python_m_idvkit_runs_the_command_line() -> None:
    process = subprocess.run(
        [sys.executable, "-m", "idvkit", "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert process.returncode == 0, process.stderr
    assert process.stdout == f"idvkit {importlib.metadata.version('idvkit')}\n"
    helped = subprocess.run([sys.executable, "-m", "idvkit", "--help"], capture_output=True, text=True, timeout=60)
    assert helped.returncode == 0
    assert helped.stdout.startswith("usage: idvkit ")

"""A command whose pip extra is not installed exits 2 with one line naming the extra, never a traceback.

The missing extra is simulated in a fresh interpreter by a meta-path finder that refuses the extra's modules, as
an interpreter without them would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from idvkit.cli import _extras, _sandbox, main

#: Run in the child: refuse the modules named in argv[1] (comma-separated), then run the command line.
REFUSING = """
import sys

refused = set(sys.argv[1].split(","))


class Refuse:
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in refused:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


sys.meta_path.insert(0, Refuse())
from idvkit.cli import main

sys.exit(main(sys.argv[2:]))
"""


def run_without(refused: tuple[str, ...], *argv: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", REFUSING, ",".join(refused), *argv],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=cwd,
    )


@pytest.mark.parametrize(
    ("refused", "argv", "extra"),
    [
        (("starlette",), ("sandbox", "idenfy", "--port", "0"), "sandbox"),
        (("uvicorn",), ("proxy", "idenfy", "--upstream", "http://127.0.0.1:9"), "sandbox"),
        (("jsonschema_rs",), ("check-capture", "idenfy", "capture.har"), "sandbox"),
        (("schemathesis", "hypothesis", "pytest"), ("contract", "idenfy"), "contract"),
        (("starlette",), ("contract", "idenfy", "--base-url", "http://127.0.0.1:9"), "contract"),
        (("hypothesis",), ("webhook-contract", "idenfy", "--url", "http://127.0.0.1:9/callback"), "contract"),
        (("yaml",), ("spec-diff", "old.yaml", "new.yaml"), "specs"),
    ],
)
def test_a_command_without_its_extra_names_the_extra_to_install(
    tmp_path: Path, refused: tuple[str, ...], argv: tuple[str, ...], extra: str
) -> None:
    process = run_without(refused, *argv, cwd=tmp_path)
    assert process.returncode == 2, process.stderr
    assert process.stderr == f"error: idvkit {argv[0]} needs the '{extra}' extra: pip install 'idvkit[{extra}]'\n"
    assert process.stdout == ""
    assert list(tmp_path.iterdir()) == []  # nothing half-done (no report folder, no capture)


def test_the_command_line_loads_and_answers_version_and_help_without_any_extra(tmp_path: Path) -> None:
    every_extra = tuple(sorted({module for modules in _extras.EXTRA_MODULES.values() for module in modules}))
    version = run_without(every_extra, "--version", cwd=tmp_path)
    assert version.returncode == 0, version.stderr
    assert version.stdout.startswith("idvkit ")
    assert run_without(every_extra, "contract", "--help", cwd=tmp_path).returncode == 0


def test_a_module_of_an_extra_missing_while_the_command_runs_is_also_named(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A half-installed extra (its modules found, one of them failing to import) gets the same line."""

    def run(_: object) -> int:
        raise ModuleNotFoundError("No module named 'httptools'", name="httptools")

    monkeypatch.setattr(_sandbox, "run", run)
    assert main(["sandbox", "idenfy"]) == 2
    assert capsys.readouterr().err == "error: idvkit sandbox needs the 'sandbox' extra: pip install 'idvkit[sandbox]'\n"


def test_a_missing_module_of_no_extra_is_a_bug_and_not_hidden(monkeypatch: pytest.MonkeyPatch) -> None:
    def run(_: object) -> int:
        raise ModuleNotFoundError("No module named 'idvkit.nothing'", name="idvkit.nothing")

    monkeypatch.setattr(_sandbox, "run", run)
    with pytest.raises(ModuleNotFoundError, match=r"idvkit\.nothing"):
        main(["sandbox", "idenfy"])

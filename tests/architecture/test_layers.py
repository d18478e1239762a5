"""The import layers of ``[tool.importlinter]`` in pyproject.toml hold on the real tree, and each contract
breaks when a module crosses it (checked on a copy of the sources with one import added)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ROOT

LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
CONTRACTS = {
    contract["id"]: contract["name"]
    for contract in tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"][
        "contracts"
    ]
}


@dataclass(frozen=True)
class Lint:
    returncode: int
    output: str

    def verdict(self, contract_id: str) -> str:
        """KEPT or BROKEN, as the report's contract list says for ``contract_id``."""
        name = CONTRACTS[contract_id]
        verdicts = [line.removeprefix(name).strip() for line in self.output.splitlines() if line.startswith(f"{name} ")]
        assert len(verdicts) == 1, f"no verdict for {name!r} in:\n{self.output}"
        return verdicts[0]


def lint_imports(cwd: Path, *path: Path) -> Lint:
    """Run ``lint-imports`` in ``cwd`` (its pyproject.toml), with ``path`` ahead of the installed packages."""
    environment = dict(os.environ, COLUMNS="200", TERM="dumb")
    environment["PYTHONPATH"] = os.pathsep.join(str(p) for p in path)
    process = subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--no-logo"],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return Lint(process.returncode, process.stdout + process.stderr)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A copy of pyproject.toml, src/idvkit and the generated idvkit_specs and idenfy_models packages (their
    Python only)."""
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    shutil.copytree(ROOT / "src" / "idvkit", tmp_path / "src" / "idvkit", ignore=shutil.ignore_patterns("__pycache__"))
    for package in ("idvkit_specs", "idenfy_models"):
        shutil.copytree(
            ROOT / "generated" / package,
            tmp_path / "generated" / package,
            ignore=shutil.ignore_patterns("__pycache__", "*.json"),
        )
    return tmp_path


def test_the_real_tree_keeps_every_contract() -> None:
    lint = lint_imports(ROOT)
    assert lint.returncode == 0, lint.output
    assert {contract_id: lint.verdict(contract_id) for contract_id in CONTRACTS} == dict.fromkeys(CONTRACTS, "KEPT")


def test_the_unchanged_copy_keeps_every_contract(tree: Path) -> None:
    """The copy is what the checks below analyse (not the installed tree), and as it is, it passes."""
    lint = lint_imports(tree, tree / "src", tree / "generated")
    assert lint.returncode == 0, lint.output


@pytest.mark.parametrize(
    ("module", "added", "broken"),
    [
        # the specs toolkit is the lowest layer: it imports nothing of idvkit above it
        ("src/idvkit/specs/_errors.py", "import idvkit.cli", "layers"),
        ("src/idvkit/specs/_operations.py", "from idvkit import vendors", "layers"),
        # the contract kit renders its own results: it never reaches up into the command line (even lazily)
        ("src/idvkit/contract/pytest_plugin.py", "def f():\n    from idvkit.cli import _contract", "layers"),
        # the sandbox is below the contract kit
        ("src/idvkit/sandbox/_clock.py", "import idvkit.contract", "layers"),
        # clients and webhooks are independent of each other
        ("src/idvkit/webhooks/_signature.py", "import idvkit.clients", "layers"),
        ("src/idvkit/clients/_servers.py", "import idvkit.webhooks", "layers"),
        # the core does not reach the sandbox
        ("src/idvkit/redact/_rules.py", "import idvkit.sandbox", "layers"),
        # a new module must be given its layer (exhaustive)
        ("src/idvkit/extras.py", "import json", "layers"),
        # the package itself does not load the command line
        ("src/idvkit/__init__.py", "from idvkit.cli import main", "command-line"),
        # generated code never imports idvkit
        # (in a package only layers above the registry use: in idvkit_specs, read by the lowest layers, the
        # same import would also break the layers contract through them)
        ("generated/idenfy_models/__init__.py", "import idvkit.vendors", "generated-code"),
    ],
)
def test_a_crossing_import_breaks_its_contract(tree: Path, module: str, added: str, broken: str) -> None:
    path = tree / module
    before = path.read_text(encoding="utf-8") if path.exists() else ""
    path.write_text(f"{before}\n{added}\n", encoding="utf-8")
    lint = lint_imports(tree, tree / "src", tree / "generated")
    assert lint.returncode == 1, lint.output
    assert lint.verdict(broken) == "BROKEN", lint.output
    kept = {contract_id for contract_id in CONTRACTS if contract_id != broken}
    assert {contract_id: lint.verdict(contract_id) for contract_id in kept} == dict.fromkeys(kept, "KEPT")

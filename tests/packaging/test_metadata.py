"""The light install's metadata: ``pip install idvkit`` requires none of the heavy packages, the extras hold them,
and the modules the command line checks for each extra (cli/_extras.py) are the ones its distributions provide."""

from __future__ import annotations

import importlib.metadata
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from idvkit.cli._extras import EXTRA_MODULES

ROOT = Path(__file__).resolve().parents[2]
#: What the issue measured: 62 packages, 142 MB for the clients alone.
HEAVY = {
    "schemathesis",
    "hypothesis",
    "pytest",
    "uvicorn",
    "starlette",
    "jsonschema",
    "jsonschema-rs",
    "openapi-spec-validator",
    "pyyaml",
    "referencing",
    "httptools",
    "uvloop",
    "python-multipart",
}
#: Installed only where uvicorn can use them, so the command line does not require them.
OPTIONAL_SPEEDUPS = {"uvloop"}


def project() -> dict[str, Any]:
    table: dict[str, Any] = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    return table


def name_of(requirement: str) -> str:
    match = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement)
    assert match is not None, requirement
    return re.sub(r"[-_.]+", "-", match.group(0)).lower()


def distributions_of(extra: str) -> set[str]:
    """The distributions an extra requires, with the extras of idvkit it includes (``idvkit[sandbox,specs]``)."""
    names: set[str] = set()
    for requirement in project()["optional-dependencies"][extra]:
        if name_of(requirement) == "idvkit":
            included = re.search(r"\[(.*)\]", requirement)
            assert included is not None, requirement
            for other in included.group(1).split(","):
                names |= distributions_of(other.strip())
        else:
            names.add(name_of(requirement))
    return names


def test_the_light_install_requires_none_of_the_heavy_packages() -> None:
    required = {name_of(requirement) for requirement in project()["dependencies"]}
    assert required & HEAVY == set()
    assert {"httpx", "attrs", "pydantic"} <= required


@pytest.mark.parametrize("extra", ["sandbox", "specs", "contract", "all"])
def test_each_extra_is_declared(extra: str) -> None:
    assert distributions_of(extra)


def test_all_is_every_extra_but_the_development_tools() -> None:
    extras = set(project()["optional-dependencies"]) - {"all", "dev"}
    assert distributions_of("all") == set().union(*(distributions_of(extra) for extra in extras))
    assert distributions_of("all") >= HEAVY


@pytest.mark.parametrize("extra", sorted(EXTRA_MODULES))
def test_the_modules_checked_for_an_extra_are_those_its_distributions_provide(extra: str) -> None:
    """Read from this environment, where every extra is installed (make bootstrap: .[all,dev])."""
    providers = importlib.metadata.packages_distributions()
    provided = {
        module
        for module, distributions in providers.items()
        if {name_of(distribution) for distribution in distributions} & distributions_of(extra)
    }
    assert set(EXTRA_MODULES[extra]) <= provided
    for distribution in distributions_of(extra) - OPTIONAL_SPEEDUPS:
        modules = {module for module, names in providers.items() if distribution in {name_of(n) for n in names}}
        assert modules & set(EXTRA_MODULES[extra]), f"{distribution} of the {extra!r} extra is not checked"

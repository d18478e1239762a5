"""Importing the runtime packages loads none of the build-time and test-time machinery: a web service that
builds a client or verifies a webhook does not pay for the spec validator, jsonschema, YAML, schemathesis,
hypothesis, the sandbox's web server or pytest."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = (
    "openapi_spec_validator",
    "jsonschema",
    "yaml",
    "schemathesis",
    "hypothesis",
    "starlette",
    "uvicorn",
    "pytest",
)
#: What the spec validator needs; the pointer helpers of idvkit.specs come without it.
VALIDATOR = ("openapi_spec_validator", "jsonschema")


def loaded(statement: str, packages: tuple[str, ...]) -> list[str]:
    """The modules of ``packages`` that a fresh interpreter has loaded after running ``statement``."""
    script = (
        f"{statement}\nimport json, sys\n"
        f"print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {set(packages)!r})))"
    )
    process = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False)
    assert process.returncode == 0, process.stderr
    modules: list[str] = json.loads(process.stdout)
    return modules


@pytest.mark.parametrize("package", ["idvkit", "idvkit.clients", "idvkit.webhooks", "idvkit.specs", "idvkit.vendors"])
def test_importing_a_runtime_package_loads_nothing_heavy(package: str) -> None:
    assert loaded(f"import {package}", HEAVY) == []


def test_the_webhook_contract_is_imported_on_first_use() -> None:
    assert loaded("import idvkit.webhooks", ("idvkit",)).count("idvkit.webhooks._contract") == 0
    modules = loaded("from idvkit.webhooks import run_webhook_contract", ("idvkit", "hypothesis"))
    assert "idvkit.webhooks._contract" in modules
    assert "hypothesis" in modules


def test_the_pointer_helpers_of_the_specs_come_without_the_validator() -> None:
    statement = "from idvkit.specs import follow_refs, iter_operations, json_pointer, pointer_parts, resolve_pointer"
    assert loaded(statement, VALIDATOR) == []
    assert loaded("from idvkit.specs import validate_openapi", VALIDATOR) != []

"""The generated packages are ordinary, typed, importable packages that never import idvkit."""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
import re

import pytest

from idvkit.vendors import get_vendor
from tests.conftest import ROOT, VENDORS

PACKAGES = [
    package for vendor in map(get_vendor, VENDORS) for package in (vendor.client_package, vendor.models_package)
] + ["idvkit_specs"]


@pytest.mark.parametrize("package", PACKAGES)
def test_package_and_every_module_import(package: str) -> None:
    module = importlib.import_module(package)
    assert module.__file__ is not None
    assert (ROOT / "generated" / package / "py.typed").is_file()
    if hasattr(module, "__path__"):
        for info in pkgutil.walk_packages(module.__path__, prefix=f"{package}."):
            importlib.import_module(info.name)


def test_generated_code_never_imports_hand_written_code() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "generated").rglob("*.py")
        if re.search(r"^\s*(from|import)\s+idvkit\b", path.read_text(), re.MULTILINE)
    ]
    assert offenders == []


def test_specs_package_serves_each_bundle() -> None:
    import idvkit_specs

    assert set(idvkit_specs.VENDORS) == set(VENDORS)
    for vendor in VENDORS:
        assert idvkit_specs.load(vendor)["openapi"] == "3.1.0"
    with pytest.raises(KeyError, match="unknown vendor"):
        idvkit_specs.load("onfido")


def test_client_operations_exist_for_every_spec_operation() -> None:
    """One generated module per operationId, under the operation's tag."""
    from idvkit.specs import iter_operations

    for vendor in VENDORS:
        import idvkit_specs

        for operation in iter_operations(idvkit_specs.load(vendor)):
            tag = operation.definition["tags"][0].replace("-", "_")
            name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", operation.operation_id or "").lower()
            assert importlib.util.find_spec(f"{vendor}_client.api.{tag}.{name}") is not None, (vendor, operation.label)

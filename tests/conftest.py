"""Fixtures shared by every test: the repository layout and the bundled specs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from idvkit.specs import SpecSchemas, bundle_spec
from idvkit.vendors import bundled_vendors, get_vendor

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
#: The registry's vendors whose specs are in specs/ and bundled into generated/ (idvkit.vendors).
VENDORS = bundled_vendors()


@pytest.fixture(scope="session")
def bundles() -> dict[str, dict[str, Any]]:
    """Each vendor's spec, bundled from specs/ by the project's own bundler."""
    return {vendor: bundle_spec(ROOT / get_vendor(vendor).spec_file).document for vendor in VENDORS}


@pytest.fixture(scope="session")
def schemas(bundles: dict[str, dict[str, Any]]) -> dict[str, SpecSchemas]:
    return {vendor: SpecSchemas(document) for vendor, document in bundles.items()}

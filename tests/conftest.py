"""Fixtures shared by every test: the repository layout and the bundled specs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from idvkit.specs import SpecSchemas, bundle_spec

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
VENDORS = ("idenfy", "markid", "liveid")


@pytest.fixture(scope="session")
def bundles() -> dict[str, dict[str, Any]]:
    """Each vendor's spec, bundled from specs/ by the project's own bundler."""
    return {vendor: bundle_spec(SPECS / f"{vendor}.yaml").document for vendor in VENDORS}


@pytest.fixture(scope="session")
def schemas(bundles: dict[str, dict[str, Any]]) -> dict[str, SpecSchemas]:
    return {vendor: SpecSchemas(document) for vendor, document in bundles.items()}

"""The vendors registered besides the bundled ones, handed over to the schemathesis process of a contract run.

``register_vendor`` adds a vendor to the registry of one process; the schemathesis process a contract run starts
(where idvkit's hooks and checks run) knows the bundled vendors only. The runner passes the registry entries of
the others by environment (``registrations_environment``) and the hooks register them again when schemathesis
loads them (``register_from_environment``), so that the checks know their credential variables too.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Mapping
from typing import Any

from idvkit.vendors import VENDORS, Vendor, register_vendor, unregister_vendor

REGISTRATIONS_VARIABLE = "IDVKIT_REGISTERED_VENDORS"


def registrations_environment() -> dict[str, str]:
    """The environment that carries every registered vendor that is not bundled (empty when there is none)."""
    records = [dataclasses.asdict(vendor) for vendor in VENDORS.values() if not vendor.bundled]
    return {REGISTRATIONS_VARIABLE: json.dumps(records)} if records else {}


def _vendor(record: Any, index: int) -> Vendor:
    where = f"{REGISTRATIONS_VARIABLE}[{index}]"
    if not isinstance(record, dict):
        raise ValueError(f"{where}: expected a registry entry (an object), not {type(record).__name__}")
    try:
        return Vendor(**record)
    except TypeError as exc:  # a missing or unknown field
        raise ValueError(f"{where}: not a registry entry ({exc})") from None
    except ValueError as exc:  # a field the registry refuses
        raise ValueError(f"{where}: {exc}") from None


def register_from_environment(environment: Mapping[str, str] | None = None) -> list[Vendor]:
    """Register the vendors ``registrations_environment`` handed over (those registered already stay, an entry of
    the same name that differs is replaced); returns the ones registered. ValueError names a malformed entry."""
    text = (os.environ if environment is None else environment).get(REGISTRATIONS_VARIABLE)
    if not text:
        return []
    try:
        records = json.loads(text)
    except ValueError:
        raise ValueError(f"{REGISTRATIONS_VARIABLE}: not JSON") from None
    if not isinstance(records, list):
        raise ValueError(f"{REGISTRATIONS_VARIABLE}: expected a list of registry entries")
    vendors = [_vendor(record, index) for index, record in enumerate(records)]
    registered = []
    for vendor in vendors:
        known = VENDORS.get(vendor.name)
        if known == vendor:
            continue
        if known is not None:
            unregister_vendor(vendor.name)
        registered.append(register_vendor(vendor))
    return registered

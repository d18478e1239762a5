"""Loading, bundling and validating the vendor specs; access to the bundled specs shipped with idvkit.

The runtime helpers (operations, JSON pointers) are imported with the package; the loader, bundler, schema
registry and validator (YAML, jsonschema, openapi-spec-validator) only when one of their names is used.
"""

import typing

from idvkit._lazy import lazy_exports as _lazy_exports
from idvkit.specs._errors import SpecError, display_path, json_pointer, pointer_parts
from idvkit.specs._operations import (
    CredentialIssuer,
    Operation,
    OperationIndex,
    OperationMatch,
    credential_issuer,
    iter_operations,
)
from idvkit.specs._pointers import dereferenced_pointer, follow_refs, resolve_pointer

if typing.TYPE_CHECKING:
    from idvkit.specs._bundle import BundledSpec, bundle_spec
    from idvkit.specs._loader import load_document
    from idvkit.specs._schemas import SpecSchemas
    from idvkit.specs._validate import validate_openapi

__getattr__ = _lazy_exports(
    __name__,
    {
        "idvkit.specs._bundle": ("BundledSpec", "bundle_spec"),
        "idvkit.specs._loader": ("load_document",),
        "idvkit.specs._schemas": ("SpecSchemas",),
        "idvkit.specs._validate": ("validate_openapi",),
    },
)

__all__ = [
    "BundledSpec",
    "CredentialIssuer",
    "Operation",
    "OperationIndex",
    "OperationMatch",
    "SpecError",
    "SpecSchemas",
    "bundle_spec",
    "credential_issuer",
    "dereferenced_pointer",
    "display_path",
    "follow_refs",
    "iter_operations",
    "json_pointer",
    "load_document",
    "pointer_parts",
    "resolve_pointer",
    "validate_openapi",
]

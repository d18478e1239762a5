"""Loading, bundling and validating the vendor specs; access to the bundled specs shipped with idvkit."""

from idvkit.specs._bundle import BundledSpec, bundle_spec, dereferenced_pointer, follow_refs, resolve_pointer
from idvkit.specs._errors import SpecError, display_path, json_pointer, pointer_parts
from idvkit.specs._loader import load_document
from idvkit.specs._operations import HTTP_METHODS, Operation, OperationIndex, OperationMatch, iter_operations
from idvkit.specs._schemas import SpecSchemas
from idvkit.specs._validate import validate_openapi

__all__ = [
    "HTTP_METHODS",
    "BundledSpec",
    "Operation",
    "OperationIndex",
    "OperationMatch",
    "SpecError",
    "SpecSchemas",
    "bundle_spec",
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

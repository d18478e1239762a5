"""The public surface of idvkit: what each public package exports, on purpose.

A change to the surface shows as a change to ``PUBLIC`` below. Every exported name is importable and belongs
to its package (a class or function defined in it, or a value one of its modules assigns); ``__all__`` is
sorted (constants, classes, then the rest) and holds no private name; a package binds no public name it
does not export.
"""

from __future__ import annotations

import importlib
import re
import sys
import types

import pytest

PUBLIC: dict[str, list[str]] = {
    "idvkit": ["ExitCode", "__version__"],
    "idvkit.clients": [
        "DEFAULT_TIMEOUT",
        "IDENFY_PRODUCTION",
        "LIVEID_PRODUCTION",
        "LIVEID_TEST",
        "MARKID_LEGACY",
        "MARKID_PRODUCTION",
        "ConferenceTokenError",
        "RetryPolicy",
        "RetryTransport",
        "SpecOperation",
        "SpecOperations",
        "describe_unexpected",
        "idenfy",
        "liveid_apikey",
        "liveid_conference",
        "liveid_public",
        "markid",
        "redacted_body",
    ],
    "idvkit.contract": [
        "PHASES",
        "ContractOptions",
        "ContractResult",
        "Finding",
        "TargetError",
        "print_summary",
        "run_contract",
    ],
    "idvkit.redact": ["LineRedactor", "Redactor", "UnredactableReportError", "redact_report"],
    "idvkit.sandbox": [
        "BehaviourFactory",
        "Call",
        "CallbackDispatcher",
        "Delivery",
        "IdenfySandbox",
        "LiveIdSandbox",
        "Reply",
        "RequestProblem",
        "Sandbox",
        "SandboxClock",
        "SandboxSettings",
        "SpecApplication",
        "VendorBehaviour",
        "bind",
        "create_sandbox",
        "running_server",
        "serve",
        "url_of",
    ],
    "idvkit.specs": [
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
    ],
    "idvkit.vendors": [
        "VENDORS",
        "UnknownVendorError",
        "Vendor",
        "get_vendor",
        "register_vendor",
        "server_url",
        "unregister_vendor",
    ],
    "idvkit.webhooks": [
        "EVENT_TYPE_HEADER",
        "IDENFY_EVENT_MODELS",
        "MARKID_EVENT_MODELS",
        "SIGNATURE_HEADER",
        "CallbackDelivery",
        "CheckResult",
        "IdenfyCallback",
        "InvalidSignatureError",
        "MalformedPayloadError",
        "MarkidCallback",
        "MissingSignatureError",
        "SignatureError",
        "WebhookContractError",
        "WebhookContractOptions",
        "WebhookContractResult",
        "WebhookError",
        "WebhookHeaders",
        "WebhookTypeError",
        "callback_delivery",
        "encode_body",
        "key_from_environment",
        "parse_idenfy_callback",
        "parse_liveid_callback",
        "run_webhook_contract",
        "sign",
        "verify_signature",
        "webhook_headers",
    ],
}

#: Exported values that are neither classes nor functions (constants, type aliases): they carry no module of
#: their own, so each must be assigned by a module of its package (README.md, docs/ and the docstrings
#: document them).
VALUES: dict[str, set[str]] = {
    "idvkit.clients": {
        "DEFAULT_TIMEOUT",
        "IDENFY_PRODUCTION",
        "LIVEID_PRODUCTION",
        "LIVEID_TEST",
        "MARKID_LEGACY",
        "MARKID_PRODUCTION",
    },
    "idvkit.contract": {"PHASES"},
    "idvkit.vendors": {"VENDORS"},
    "idvkit.webhooks": {
        "EVENT_TYPE_HEADER",
        "IDENFY_EVENT_MODELS",
        "MARKID_EVENT_MODELS",
        "SIGNATURE_HEADER",
        "IdenfyCallback",
        "MarkidCallback",
    },
}
#: The only names starting with ``_`` a package may export.
DUNDERS = {"__version__"}
#: Modules, not packages: their namespace also holds what they import for themselves.
PLAIN_MODULES = {"idvkit.vendors"}


def _sort_key(name: str) -> tuple[int, list[int | str]]:
    """ruff's isort-style order of ``__all__`` (RUF022): SCREAMING_CASE, then CamelCase, then the rest, each
    in natural order."""
    category = 0 if name.isupper() else 1 if name[0].isupper() else 2
    return category, [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name)]


def _definers(package: types.ModuleType) -> list[types.ModuleType]:
    """The modules whose assignments a package may export: its submodules (a plain module: itself)."""
    if not hasattr(package, "__path__"):
        return [package]
    prefix = f"{package.__name__}."
    return [module for name, module in list(sys.modules.items()) if name.startswith(prefix)]


@pytest.fixture(params=sorted(PUBLIC))
def package(request: pytest.FixtureRequest) -> types.ModuleType:
    return importlib.import_module(request.param)


def test_the_public_surface_is_the_expected_one(package: types.ModuleType) -> None:
    assert package.__all__ == PUBLIC[package.__name__]


def test_all_is_sorted(package: types.ModuleType) -> None:
    assert package.__all__ == sorted(package.__all__, key=_sort_key)


def test_no_private_name_is_exported(package: types.ModuleType) -> None:
    assert [name for name in package.__all__ if name.startswith("_") and name not in DUNDERS] == []


def test_every_exported_name_is_importable_and_defined_in_its_package(package: types.ModuleType) -> None:
    values = VALUES.get(package.__name__, set())
    for name in package.__all__:
        if name in DUNDERS:
            continue
        member = getattr(package, name)  # what ``from package import name`` gets (lazy names included)
        if isinstance(member, type | types.FunctionType):
            assert name not in values, f"{package.__name__}.{name} is a class or function, not a value"
            module = member.__module__
            assert module == package.__name__ or module.startswith(f"{package.__name__}."), (
                f"{package.__name__}.{name} is defined in {module}, outside the package"
            )
        else:
            assert name in values, f"{package.__name__}.{name} is a value: list it in VALUES if it is public"
            definers = [module.__name__ for module in _definers(package) if vars(module).get(name) is member]
            assert definers, f"{package.__name__}.{name} is assigned by no module of the package"


@pytest.mark.parametrize("name", sorted(set(PUBLIC) - PLAIN_MODULES))
def test_a_package_binds_no_public_name_it_does_not_export(name: str) -> None:
    package = importlib.import_module(name)
    assert hasattr(package, "__path__"), f"{name} is a plain module: list it in PLAIN_MODULES"
    unexported = [
        name
        for name, member in vars(package).items()
        if not name.startswith("_") and not isinstance(member, types.ModuleType) and name not in package.__all__
    ]
    assert unexported == []

"""The optional parts of idvkit (pip extras) the commands need, and the one-line error when one is missing.

``pip install idvkit`` gives the clients, models, auth helpers and webhook tools; a command that serves or tests
something needs an extra (pyproject.toml's ``[project.optional-dependencies]``). A command names its extra with
``parser.set_defaults(extra=...)``; ``missing_modules`` tells, before the command runs, whether the modules the extra
provides can be imported, so that a light install gets ``pip install 'idvkit[sandbox]'`` and never a traceback.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Mapping
from types import MappingProxyType

_SANDBOX = ("starlette", "uvicorn", "httptools", "python_multipart", "jsonschema_rs")
_SPECS = ("yaml", "jsonschema", "referencing", "openapi_spec_validator", "jsonschema_rs")

#: The top-level modules each extra provides (the import names of its distributions; uvloop, which uvicorn only
#: uses where it is installed, is left out). An extra that includes another lists that one's modules too.
EXTRA_MODULES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "sandbox": _SANDBOX,
        "specs": _SPECS,
        "contract": (*_SANDBOX, *_SPECS, "schemathesis", "hypothesis", "pytest"),
    }
)


def _importable(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):  # a finder that refuses the module, or a half-imported one
        return False


def missing_modules(extra: str) -> list[str]:
    """The modules of ``extra`` that cannot be imported here (none: the extra is installed)."""
    return [module for module in EXTRA_MODULES[extra] if not _importable(module)]


def install_hint(command: str, extra: str) -> str:
    """The one line a command prints when its extra is not installed."""
    return f"error: idvkit {command} needs the '{extra}' extra: pip install 'idvkit[{extra}]'"


def extra_providing(module: str | None) -> str | None:
    """The smallest extra that provides the top-level module of ``module`` (a dotted name), or None."""
    if not module:
        return None
    top = module.partition(".")[0]
    providers = [extra for extra, modules in EXTRA_MODULES.items() if top in modules]
    return min(providers, key=lambda extra: len(EXTRA_MODULES[extra]), default=None)

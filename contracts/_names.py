"""The Python names openapi-python-client gives the things it generates, from its own conversion functions.

The suite finds a generated module, argument, model or attribute by the name openapi-python-client
derives from the spec's name for it (``openapi_python_client.strings``: ``PythonIdentifier`` and
``ClassName``, with the generator's default ``field_prefix``, which scripts/generate.py keeps).
"""

from __future__ import annotations

from openapi_python_client.config import ConfigFile
from openapi_python_client.strings import ClassName, PythonIdentifier

#: The prefix the generator puts before a name that is no identifier (its default: the project sets none).
FIELD_PREFIX: str = ConfigFile().field_prefix
#: Argument names of the generated functions that a parameter cannot have (the generator appends its location).
_RESERVED_ARGUMENTS = ("client", "url")


def endpoint_module(client_package: str, tag: str, operation_id: str) -> str:
    """The module of an operation: ``<package>.api.<first tag>.<operationId>``, as the generator names them."""
    return f"{client_package}.api.{PythonIdentifier(tag, prefix='tag')}.{PythonIdentifier(operation_id, FIELD_PREFIX)}"


def argument_name(parameter: str, location: str) -> str:
    """The keyword argument of a generated function for the parameter ``parameter`` in ``location``."""
    name = PythonIdentifier(parameter, FIELD_PREFIX)
    return f"{name}_{location}" if name in _RESERVED_ARGUMENTS else str(name)


def attribute_name(prop: str) -> str:
    """The attribute of a generated model for the schema property ``prop``."""
    return str(PythonIdentifier(prop, FIELD_PREFIX))


def model_name(name: str) -> str:
    """The generated model class for a schema named ``name`` (a component name, or the generator's own)."""
    return str(ClassName(name, FIELD_PREFIX))

"""Enumerate the operations and webhooks of an OpenAPI 3.1 document, and find the operation a request calls.

``OperationIndex``: (method, concrete path) -> the operation and its path parameter values. OpenAPI matches a
request's path to a path item first and its method to an operation of that item second; the index does the
same, so that "no such path" (HTTP 404) and "the path exists, not with this method" (HTTP 405, with the
methods it has) are different answers. Concrete paths are matched before templated ones (``/calls/active``
before ``/calls/{id}``); templates are compiled once, when the index is built, and tried in the order they
were added. A path parameter matches one non-empty path segment, or part of one (``/files/{name}.{ext}``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Generic, NamedTuple, TypeVar

from idvkit.specs._errors import json_pointer
from idvkit.specs._pointers import follow_refs

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Operation:
    """One operation (or webhook operation) with its location in the document."""

    path: str
    method: str
    definition: dict[str, Any]
    pointer: str
    webhook: bool = False

    @property
    def operation_id(self) -> str | None:
        value = self.definition.get("operationId")
        return value if isinstance(value, str) else None

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"


def iter_operations(document: dict[str, Any], *, webhooks: bool = False) -> Iterator[Operation]:
    """Yield the operations under ``paths`` (or, with ``webhooks=True``, under ``webhooks``)."""
    section = "webhooks" if webhooks else "paths"
    for path, item in (document.get(section) or {}).items():
        for method in HTTP_METHODS:
            if isinstance(item, dict) and isinstance(item.get(method), dict):
                yield Operation(path, method, item[method], json_pointer([section, path, method]), webhooks)


@dataclass(frozen=True)
class CredentialIssuer:
    """An operation whose answer carries a credential for a security scheme, and where in the answer it is."""

    operation: Operation
    #: The runtime expression locating the credential, e.g. ``$response.body#/token``.
    value: str


def credential_issuer(document: dict[str, Any], scheme: str) -> CredentialIssuer | None:
    """The operation that issues ``scheme``'s credentials: the first whose response links name ``scheme`` in an
    ``x-credential`` mark (specs/README.md, "Links"); None when no link does."""
    for operation in iter_operations(document):
        for response in (operation.definition.get("responses") or {}).values():
            links = follow_refs(document, response).get("links") or {}
            for link in links.values():
                credential = follow_refs(document, link).get("x-credential")
                if (
                    isinstance(credential, dict)
                    and credential.get("scheme") == scheme
                    and isinstance(credential.get("value"), str)
                ):
                    return CredentialIssuer(operation, credential["value"])
    return None


T = TypeVar("T")

_PARAMETER = re.compile(r"\{([^{}/]+)\}")


class OperationMatch(NamedTuple, Generic[T]):
    """A concrete path matched to one path of an index, and what the index holds for the request's method.

    ``path_parameters`` are the values of the template's parameters as they appear in the concrete path
    (no percent-decoding). ``operation`` is None when the path has no operation for the method; then
    ``allowed_methods`` are the methods it has (the ``Allow`` header of a 405).
    """

    template: str
    path_parameters: Mapping[str, str]
    operation: T | None
    #: Every operation of the path, by upper-case method, in the order they were added.
    operations: Mapping[str, T]

    @property
    def allowed_methods(self) -> tuple[str, ...]:
        """The methods of the path, upper case, sorted."""
        return tuple(sorted(self.operations))


class _Path:
    """One path of an index: its template, the names of its parameters in order, its operations by method."""

    __slots__ = ("names", "operations", "template")

    def __init__(self, template: str, names: tuple[str, ...]) -> None:
        self.template = template
        self.names = names
        self.operations: dict[str, Any] = {}


def _compile(template: str) -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    """The pattern of a templated path and its parameter names in order (None for a concrete path)."""
    names = tuple(_PARAMETER.findall(template))
    if not names:
        return None, ()
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        raise ValueError(f"path template {template!r} names the parameter {', '.join(repeated)} more than once")
    literals = _PARAMETER.split(template)[::2]
    return re.compile("([^/]+)".join(re.escape(literal) for literal in literals)), names


def _shape(template: str) -> str:
    """The template without its parameter names: two templates of one shape match the same paths."""
    return _PARAMETER.sub("{}", template)


class OperationIndex(Generic[T]):
    """Operations (or anything standing for one: ``T``) by method and path template, matched against concrete paths.

    Built from ``(method, path template, value)`` entries; :meth:`of_document` indexes a document's
    operations. Methods are HTTP method names and compared case-sensitively, as HTTP does: the index holds
    them upper case, and a request's method is looked up as it was sent.

    Raises ValueError for an entry whose method and template are already in the index, for a template
    that names a parameter twice, and for two templates that differ only in their parameter names
    (OpenAPI: they are identical and must not both exist).
    """

    def __init__(self, entries: Iterable[tuple[str, str, T]] = ()) -> None:
        self._exact: dict[str, _Path] = {}
        self._templated: dict[str, _Path] = {}
        self._patterns: list[tuple[re.Pattern[str], _Path]] = []
        shapes: dict[str, str] = {}
        for method, template, value in entries:
            path = self._exact.get(template) or self._templated.get(template)
            if path is None:
                pattern, names = _compile(template)
                path = _Path(template, names)
                if pattern is None:
                    self._exact[template] = path
                else:
                    other = shapes.setdefault(_shape(template), template)
                    if other != template:
                        raise ValueError(f"path templates {other!r} and {template!r} match the same paths")
                    self._templated[template] = path
                    self._patterns.append((pattern, path))
            name = method.upper()
            if name in path.operations:
                raise ValueError(f"{name} {template} is in the index twice")
            path.operations[name] = value

    @staticmethod
    def of_document(document: Mapping[str, Any]) -> OperationIndex[Operation]:
        """The operations under the ``paths`` of an OpenAPI document."""
        return OperationIndex(
            (operation.method, operation.path, operation) for operation in iter_operations(dict(document))
        )

    def __iter__(self) -> Iterator[T]:
        """Every value, those of concrete paths first, each group in the order added."""
        for paths in (self._exact, self._templated):
            for path in paths.values():
                yield from path.operations.values()

    def __len__(self) -> int:
        return sum(len(path.operations) for paths in (self._exact, self._templated) for path in paths.values())

    def match(self, method: str, path: str) -> OperationMatch[T] | None:
        """What the index holds for ``method`` at the concrete ``path``; None when no path of the index matches."""
        found = self._exact.get(path)
        parameters: dict[str, str] = {}
        if found is None:
            for pattern, candidate in self._patterns:
                matched = pattern.fullmatch(path)
                if matched is not None:
                    found = candidate
                    parameters = dict(zip(candidate.names, matched.groups(), strict=True))
                    break
            else:
                return None
        operations: Mapping[str, T] = MappingProxyType(found.operations)
        return OperationMatch(found.template, parameters, operations.get(method), operations)

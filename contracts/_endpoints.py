"""Every operation of every vendor, with its security, parameters and request body read from the spec, and
the generated module that calls it."""

from __future__ import annotations

import importlib
import types
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import idvkit_specs

from contracts._names import endpoint_module
from contracts._specs import deref, document
from idvkit.specs import Operation, iter_operations, json_pointer, pointer_parts, resolve_pointer
from idvkit.vendors import VENDORS

_PARAMETER_LOCATIONS = ("query", "header", "path")


@dataclass(frozen=True)
class Auth:
    """The credential an operation's security requirement asks for."""

    scheme: str
    kind: str  # "basic", "apikey" or "bearer"
    header: str  # the header that carries it


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    required: bool
    schema_pointer: str


@dataclass(frozen=True)
class Endpoint:
    """One operation of a vendor's spec and the generated module that calls it."""

    vendor: str
    operation: Operation

    @property
    def operation_id(self) -> str:
        return self.operation.operation_id or f"{self.operation.method}_{self.operation.path}"

    @property
    def label(self) -> str:
        return f"{self.vendor}-{self.operation_id}"

    @property
    def module_name(self) -> str:
        tags = self.operation.definition.get("tags") or ["default"]
        return endpoint_module(VENDORS[self.vendor].client_package, tags[0], self.operation_id)

    def module(self) -> types.ModuleType:
        try:
            return importlib.import_module(self.module_name)
        except ImportError as exc:
            raise AssertionError(
                f"{self.label}: no generated module {self.module_name} for {self.operation.label}"
            ) from exc

    def sync_detailed(self) -> Callable[..., Any]:
        function = getattr(self.module(), "sync_detailed", None)
        assert callable(function), f"{self.label}: {self.module_name} has no sync_detailed"
        return typing.cast(Callable[..., Any], function)

    @property
    def auth(self) -> Auth | None:
        doc = document(self.vendor)
        requirements = self.operation.definition.get("security", doc.get("security", []))
        for requirement in requirements:
            if not requirement:
                return None
            (name,) = requirement  # one scheme per requirement in every spec of the kit
            scheme = doc["components"]["securitySchemes"][name]
            if scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() in ("basic", "bearer"):
                return Auth(name, str(scheme["scheme"]).lower(), "authorization")
            if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
                return Auth(name, "apikey", str(scheme["name"]).lower())
            raise AssertionError(f"{self.label}: security scheme {name} ({scheme}) is not covered by this suite")
        return None

    @property
    def parameters(self) -> list[Parameter]:
        doc = document(self.vendor)
        item_pointer = json_pointer(["paths", self.operation.path])
        found: dict[tuple[str, str], Parameter] = {}
        for owner in (item_pointer, self.operation.pointer):
            for index, _ in enumerate(resolve_pointer(doc, owner).get("parameters", [])):
                pointer = deref(self.vendor, f"{owner}/parameters/{index}")
                parameter = resolve_pointer(doc, pointer)
                if parameter["in"] not in _PARAMETER_LOCATIONS:
                    raise AssertionError(f"{self.label}: {parameter['in']} parameters are not covered")
                found[(parameter["name"], parameter["in"])] = Parameter(
                    parameter["name"],
                    parameter["in"],
                    bool(parameter.get("required", parameter["in"] == "path")),
                    f"{pointer}/schema",
                )
        return list(found.values())

    @property
    def body_pointer(self) -> str | None:
        """The pointer of the (dereferenced) request body object, if the operation has one."""
        if "requestBody" not in self.operation.definition:
            return None
        return deref(self.vendor, f"{self.operation.pointer}/requestBody")

    def body_media_types(self) -> list[str]:
        if self.body_pointer is None:
            return []
        return list(resolve_pointer(document(self.vendor), self.body_pointer).get("content", {}))

    def body_schema_pointer(self, media_type: str) -> str:
        """The pointer of the request body's schema for ``media_type``."""
        assert self.body_pointer is not None, f"{self.label}: no request body"
        return json_pointer([*pointer_parts(self.body_pointer), "content", media_type, "schema"])


def endpoints() -> Iterator[Endpoint]:
    for vendor in idvkit_specs.VENDORS:
        for operation in iter_operations(document(vendor)):
            yield Endpoint(vendor, operation)


def endpoint(vendor: str, operation_id: str) -> Endpoint:
    for candidate in endpoints():
        if candidate.vendor == vendor and candidate.operation_id == operation_id:
            return candidate
    raise KeyError(f"{vendor}: no operation {operation_id}")

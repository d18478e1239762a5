"""Every documented (status, media type) of every operation, and what the generated client must parse it into."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from contracts._endpoints import Endpoint, endpoints
from contracts._names import model_name
from contracts._specs import JSON_MEDIA, deref, document, is_binary
from idvkit.specs import json_pointer, pointer_parts, resolve_pointer
from idvkit.vendors import VENDORS


@dataclass(frozen=True)
class ResponseCase:
    """One documented (status, media type) of an operation and what the client must parse it into."""

    endpoint: Endpoint
    status: str
    media_type: str | None  # None: the response has no body
    schema_pointer: str | None
    expected: str  # "model:<ClassName>", "file", "empty" or "json"
    headers: tuple[tuple[str, str], ...] = ()

    @property
    def id(self) -> str:
        suffix = f"-{self.media_type}" if self.media_type and self._several_media_types else ""
        return f"{self.endpoint.label}-{self.status}{suffix}"

    @property
    def _several_media_types(self) -> bool:
        return len(self.content) > 1

    @property
    def response_pointer(self) -> str:
        return deref(self.endpoint.vendor, f"{self.endpoint.operation.pointer}/responses/{self.status}")

    @property
    def content(self) -> dict[str, Any]:
        node = resolve_pointer(document(self.endpoint.vendor), self.response_pointer)
        return dict(node.get("content") or {})

    @property
    def status_code(self) -> int:
        assert self.status.isdigit(), f"{self.id}: only numeric statuses are covered, not {self.status!r}"
        return int(self.status)

    def model_class(self) -> type[Any]:
        name = self.expected.removeprefix("model:")
        models = importlib.import_module(f"{VENDORS[self.endpoint.vendor].client_package}.models")
        model = getattr(models, name, None)
        assert isinstance(model, type), f"{self.id}: the generated package has no model {name}"
        return model


def _example_header(vendor: str, pointer: str) -> str:
    header = resolve_pointer(document(vendor), deref(vendor, pointer))
    example = header.get("example")
    return example if isinstance(example, str) else "https://example.invalid/next"


def response_cases() -> Iterator[ResponseCase]:
    for ep in endpoints():
        vendor = ep.vendor
        for status in ep.operation.definition.get("responses", {}):
            pointer = deref(vendor, f"{ep.operation.pointer}/responses/{status}")
            response = resolve_pointer(document(vendor), pointer)
            headers = tuple(
                (name, _example_header(vendor, json_pointer([*pointer_parts(pointer), "headers", name])))
                for name in response.get("headers", {})
            )
            content = response.get("content") or {}
            if not content:
                yield ResponseCase(ep, status, None, None, "empty", headers)
                continue
            for media_type, media in content.items():
                schema_pointer = json_pointer([*pointer_parts(pointer), "content", media_type, "schema"])
                schema = media.get("schema", {})
                target = resolve_pointer(document(vendor), deref(vendor, schema_pointer))
                if is_binary(target) or not JSON_MEDIA.match(media_type):
                    expected = "file"
                elif isinstance(schema.get("$ref"), str) and schema["$ref"].startswith("#/components/schemas/"):
                    is_object = target.get("type") == "object" or "properties" in target or "allOf" in target
                    name = schema["$ref"].rsplit("/", 1)[1]
                    expected = f"model:{model_name(name)}" if is_object else "json"
                elif schema.get("type") == "object" or "properties" in schema:
                    expected = f"model:{model_name(f'{ep.operation_id}_response_{status}')}"
                else:
                    expected = "json"
                yield ResponseCase(ep, status, media_type, schema_pointer, expected, headers)

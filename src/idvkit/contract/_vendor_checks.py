"""Checks a spec alone cannot express, written as plain functions (schemathesis wiring is in _hooks)."""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from idvkit.specs import follow_refs, iter_operations, pointer_parts
from idvkit.vendors import VENDORS

_MIN_SECRET_LENGTH = 6  # shorter values would match by chance
_CREDENTIAL_NAMES = {"api_key": "API key", "api_secret": "API secret"}


def credential_variables() -> dict[str, str]:
    """Every registered vendor's credential variables, by what they hold (``IDENFY_API_KEY``: "iDenfy API key")."""
    return {
        variable: f"{vendor.display_name} {_CREDENTIAL_NAMES[kind]}"
        for vendor in VENDORS.values()
        for kind, variable in vendor.credential_variables.items()
    }


def documented_identifiers(document: Mapping[str, Any]) -> set[str] | None:
    """The error identifiers a spec documents (``components/schemas/ErrorIdentifier``), if it has any."""
    schema = (document.get("components") or {}).get("schemas", {}).get("ErrorIdentifier")
    if not isinstance(schema, Mapping) or not isinstance(schema.get("enum"), list):
        return None
    return {str(value) for value in schema["enum"]}


def undocumented_error_identifier(document: Mapping[str, Any], status: int, body: Any) -> str | None:
    """A message when a 4xx/5xx body carries an ``identifier`` the spec does not document."""
    known = documented_identifiers(document)
    if known is None or status < 400 or not isinstance(body, Mapping):
        return None
    identifier = body.get("identifier")
    if identifier is None or identifier in known:
        return None
    return f"Error identifier {identifier!r} is not one the vendor documents ({', '.join(sorted(known))})"


def credential_patterns(environment: Mapping[str, str]) -> list[tuple[bytes, str]]:
    """(bytes a response must not contain, the name of the credential they are) for every credential variable
    set in ``environment``: each value, and each vendor's basic-auth pair as its header encodes it."""
    patterns = [
        (value.encode(), name)
        for variable, name in credential_variables().items()
        if len(value := environment.get(variable, "")) >= _MIN_SECRET_LENGTH
    ]
    for vendor in VENDORS.values():
        if vendor.api_secret_env is None:
            continue
        key, secret = environment.get(vendor.api_key_env), environment.get(vendor.api_secret_env)
        if key and secret:
            pair = f"basic-auth credentials ({vendor.api_key_env}:{vendor.api_secret_env})"
            patterns.append((base64.b64encode(f"{key}:{secret}".encode()), pair))
    return patterns


def echoed_credential(content: bytes, patterns: list[tuple[bytes, str]]) -> str | None:
    """The name of the first credential of ``patterns`` (see ``credential_patterns``) that ``content`` repeats."""
    return next((name for pattern, name in patterns if pattern in content), None)


def credential_echoes(content: bytes, environment: Mapping[str, str]) -> str | None:
    """What credential (by name, never by value) ``content`` repeats, if any."""
    return echoed_credential(content, credential_patterns(environment))


def echoed_fields(document: Mapping[str, Any], operation: Mapping[str, Any], status: int) -> dict[str, str]:
    """Response property -> the request body field it echoes (``x-echo``), for a JSON response ``status``."""
    responses = operation.get("responses") or {}
    response = follow_refs(document, responses.get(str(status)) or responses.get(f"{str(status)[0]}XX"))
    content = response.get("content") if isinstance(response, Mapping) else None
    media = content.get("application/json") if isinstance(content, Mapping) else None
    schema = follow_refs(document, media.get("schema")) if isinstance(media, Mapping) else None
    properties = schema.get("properties") if isinstance(schema, Mapping) else None
    if not isinstance(properties, Mapping):
        return {}
    found = {}
    for name, definition in properties.items():
        field_name = definition.get("x-echo") if isinstance(definition, Mapping) else None
        if isinstance(field_name, str):
            found[str(name)] = field_name
    return found


def echo_mismatches(echoes: Mapping[str, str], request_body: Any, response_body: Any) -> str | None:
    """A message naming the response properties that do not repeat their request field (never the values)."""
    if not isinstance(request_body, Mapping) or not isinstance(response_body, Mapping):
        return None
    wrong = [
        f"{prop} (echoes the request's {field_name})"
        for prop, field_name in echoes.items()
        if field_name in request_body and prop in response_body and response_body[prop] != request_body[field_name]
    ]
    if not wrong:
        return None
    return f"The response does not repeat what the request sent: {', '.join(wrong)}"


@dataclass(frozen=True)
class ResourceAction:
    """An operation's part in a resource's life (from its ``x-resource`` extension)."""

    resource: str
    action: str  # create, read or delete
    id_expression: str
    method: str
    path: str
    #: request parameters (or top-level body fields) that must have these values for the action to happen
    #: (``x-resource.when``: LiveID+'s deleteAuditData erases the call only with ``eraseAll: true``)
    when: Mapping[str, Any] = field(default_factory=dict)

    def happens(self, *, query: Mapping[str, Any], body: Any, path: Mapping[str, Any] | None = None) -> bool:
        """Whether a request with these values performs the action (``when`` compared as text, case aside:
        a query carries ``true`` where the spec says ``true``)."""
        for name, expected in self.when.items():
            sources = (query, path or {}, body if isinstance(body, Mapping) else {})
            sent = next((source[name] for source in sources if name in source), None)
            if sent is None or _as_text(sent) != _as_text(expected):
                return False
        return True


def _as_text(value: Any) -> str:
    return json.dumps(value) if isinstance(value, bool) else str(value).lower()


def resource_actions(document: Mapping[str, Any]) -> dict[str, ResourceAction]:
    """``METHOD /path`` -> its ``x-resource`` declaration, for every operation that has one."""
    found = {}
    for operation in iter_operations(dict(document)):
        extension = operation.definition.get("x-resource")
        if isinstance(extension, Mapping):
            when = extension.get("when")
            found[operation.label] = ResourceAction(
                str(extension["type"]),
                str(extension["action"]),
                str(extension["id"]),
                operation.method,
                operation.path,
                dict(when) if isinstance(when, Mapping) else {},
            )
    return found


def extract_id(
    expression: str,
    *,
    request_body: Any,
    request_query: Mapping[str, Any],
    response_body: Any,
    request_path: Mapping[str, Any] | None = None,
) -> Any:
    """The resource id a runtime expression points at (``$response.body#/x``, ``$request.body#/x``,
    ``$request.query.x``, ``$request.path.x``)."""
    if expression.startswith("$request.query."):
        return request_query.get(expression.removeprefix("$request.query."))
    if expression.startswith("$request.path."):
        return (request_path or {}).get(expression.removeprefix("$request.path."))
    source, _, pointer = expression.partition("#")
    node = response_body if source == "$response.body" else request_body if source == "$request.body" else None
    for part in pointer_parts(pointer):
        if not isinstance(node, Mapping):
            return None
        node = node.get(part)
    return node


def credential_headers(document: Mapping[str, Any]) -> frozenset[str]:
    """The (lower-case) request headers that carry credentials of ``document``'s security schemes: Authorization
    (basic and bearer) and the header of every ``apiKey`` scheme sent in one."""
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    names = {"authorization"}
    for scheme in schemes.values():
        if isinstance(scheme, Mapping) and scheme.get("type") == "apiKey" and scheme.get("in") == "header":
            names.add(str(scheme.get("name", "")).lower())
    return frozenset(names)


def read_case(action: ResourceAction, resource_id: Any) -> dict[str, Any]:
    """A schemathesis ``Case`` keyword arguments (path_parameters, query or body) that read ``resource_id`` with
    ``action`` (a read)."""
    expression = action.id_expression
    if expression.startswith("$request.path."):
        return {"path_parameters": {expression.removeprefix("$request.path."): resource_id}}
    if expression.startswith("$request.query."):
        return {"query": {expression.removeprefix("$request.query."): resource_id}}
    return {"body": {expression.partition("#")[2].strip("/"): resource_id}}


def read_request(action: ResourceAction, resource_id: Any) -> dict[str, Any]:
    """httpx.request keyword arguments that read the resource ``resource_id`` with ``action`` (a read)."""
    kwargs: dict[str, Any] = {"method": action.method.upper(), "url": action.path}
    expression = action.id_expression
    if expression.startswith("$request.path."):
        name = expression.removeprefix("$request.path.")
        kwargs["url"] = action.path.replace(f"{{{name}}}", quote(str(resource_id), safe=""))
    elif expression.startswith("$request.query."):
        kwargs["params"] = {expression.rpartition(".")[2]: resource_id}
    else:
        pointer = expression.partition("#")[2].strip("/")
        kwargs["json"] = {pointer: resource_id}
    return kwargs

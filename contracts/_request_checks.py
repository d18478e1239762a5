"""Checking a request a client put on the wire: everything in it that the spec forbids, or that differs from
what the caller set (method, server, path, parameters, Content-Type, body, credentials)."""

from __future__ import annotations

import base64
import json
import re
from typing import Any
from urllib.parse import parse_qsl, unquote

import httpx

from contracts._endpoints import Endpoint
from contracts._invocation import APIKEY, CONFERENCE_JWT, KEY, SECRET, SERVERS
from contracts._request_strategies import RequestArgs
from contracts._specs import FORM_MEDIA, JSON_MEDIA, deref, document, operation_index, schema_types, spec_schemas
from idvkit.specs import json_pointer, pointer_parts, resolve_pointer


def expected_credential(ep: Endpoint) -> tuple[str, str] | None:
    """The header and value of the credential the operation's security scheme asks for (None: no security)."""
    auth = ep.auth
    if auth is None:
        return None
    if auth.kind == "basic":
        return auth.header, "Basic " + base64.b64encode(f"{KEY}:{SECRET}".encode()).decode()
    if auth.kind == "bearer":
        return auth.header, f"Bearer {CONFERENCE_JWT}"
    return auth.header, APIKEY


def credential_headers(vendor: str) -> set[str]:
    """Every header any security scheme of the vendor uses (lower case)."""
    found = {"authorization"}
    for scheme in document(vendor).get("components", {}).get("securitySchemes", {}).values():
        if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
            found.add(str(scheme["name"]).lower())
    return found


def read_string(vendor: str, pointer: str, raw: str) -> tuple[Any, list[str]]:
    """A string from a query, header, path or form field read as the schema's type, and its violations."""
    kinds = schema_types(vendor, pointer) or {"string"}
    candidates: list[Any] = []
    for kind in ("string", "boolean", "integer", "number", "null"):
        if kind not in kinds:
            continue
        if kind == "string":
            candidates.append(raw)
        elif kind == "boolean" and raw in ("true", "false"):
            candidates.append(raw == "true")
        elif kind == "integer" and re.fullmatch(r"-?\d+", raw):
            candidates.append(int(raw))
        elif kind == "number" and re.fullmatch(r"-?\d+(\.\d+)?([eE][-+]?\d+)?", raw):
            candidates.append(int(raw) if re.fullmatch(r"-?\d+", raw) else float(raw))
        elif kind == "null" and raw in ("", "null"):
            candidates.append(None)
    if not candidates:
        return raw, [f"{raw!r} cannot be read as {' or '.join(sorted(kinds))}"]
    first_errors: list[str] | None = None
    for candidate in candidates:
        errors = spec_schemas(vendor).errors(pointer, candidate)
        if not errors:
            return candidate, []
        first_errors = first_errors if first_errors is not None else errors
    return candidates[0], first_errors or []


def _path_parameters(ep: Endpoint, url: httpx.URL) -> dict[str, str] | None:
    """The path parameter values of ``url`` when its path is the operation's (after the server's), else None."""
    prefix = httpx.URL(SERVERS[ep.vendor]).path.rstrip("/")
    if not url.path.startswith(prefix + "/"):
        return None
    found = operation_index(ep.vendor).match(ep.operation.method.upper(), url.path[len(prefix) :])
    if found is None or found.template != ep.operation.path:
        return None
    return dict(found.path_parameters)


def request_problems(ep: Endpoint, request: httpx.Request, args: RequestArgs) -> list[str]:
    """Everything in ``request`` that the spec forbids, or that differs from what the caller set."""
    vendor, operation = ep.vendor, ep.operation
    problems: list[str] = []
    if request.method != operation.method.upper():
        problems.append(f"method {request.method}, the spec says {operation.method.upper()}")

    base = httpx.URL(SERVERS[vendor])
    url = request.url
    if (url.scheme, url.host, url.port) != (base.scheme, base.host, base.port):
        problems.append(f"sent to {url.scheme}://{url.host}, not to the server {SERVERS[vendor]}")
    path_parameters = _path_parameters(ep, url)
    if path_parameters is None:
        problems.append(f"path {url.path!r}, the spec says {base.path.rstrip('/') + operation.path!r}")

    declared_query = {p.name for p in ep.parameters if p.location == "query"}
    for name in sorted(set(url.params.keys()) - declared_query):
        problems.append(f"undeclared query parameter {name!r}")
    for parameter in ep.parameters:
        where = f"{parameter.location} parameter {parameter.name!r}"
        if parameter.location == "query":
            values = url.params.get_list(parameter.name)
        elif parameter.location == "header":
            values = request.headers.get_list(parameter.name)
        else:
            values = [unquote(path_parameters[parameter.name])] if path_parameters is not None else []
        if not values:
            if parameter.required:
                problems.append(f"required {where} is missing")
            if parameter.name in args.params:
                problems.append(f"{where} was set by the caller but not sent")
            continue
        if len(values) > 1:
            problems.append(f"{where} sent {len(values)} times")
        value, errors = read_string(vendor, parameter.schema_pointer, values[0])
        problems.extend(f"{where} = {values[0]!r}: {error}" for error in errors)
        if parameter.name not in args.params:
            problems.append(f"{where} = {values[0]!r} was sent but the caller did not set it")
        elif value != args.params[parameter.name] or type(value) is not type(args.params[parameter.name]):
            problems.append(f"{where} = {values[0]!r}, the caller set {args.params[parameter.name]!r}")

    problems.extend(_body_problems(ep, request, args))
    problems.extend(_credential_problems(ep, request))
    return problems


def _body_problems(ep: Endpoint, request: httpx.Request, args: RequestArgs) -> list[str]:
    vendor = ep.vendor
    content_type = request.headers.get("content-type")
    media_types = ep.body_media_types()
    if not media_types:
        problems = [f"a body of {len(request.content)} bytes, the operation has no request body"]
        return (problems if request.content else []) + (
            [f"Content-Type {content_type!r} without a request body"] if content_type else []
        )
    assert args.media_type is not None
    sent_type = (content_type or "").split(";")[0].strip().lower()
    if sent_type not in media_types:
        return [f"Content-Type {content_type!r}, the spec declares {media_types}"]
    if sent_type != args.media_type:
        return [f"Content-Type {sent_type!r}, the body was built for {args.media_type!r}"]
    schema_pointer = ep.body_schema_pointer(sent_type)
    if JSON_MEDIA.match(sent_type):
        try:
            body = json.loads(request.content)
        except ValueError as exc:
            return [f"the {sent_type} body is not JSON: {exc}"]
    elif sent_type == FORM_MEDIA:
        body, problems = _read_form(vendor, schema_pointer, request.content)
        if problems:
            return problems
    else:
        raise AssertionError(f"{ep.label}: request media type {sent_type} is not covered by this suite")
    problems = [f"body{error}" for error in spec_schemas(vendor).errors(schema_pointer, body)]
    if JSON_MEDIA.match(sent_type) and body != args.body:
        # the models round-trip what they are given: a difference is a field added, dropped or rewritten
        problems.append(f"the JSON body sent differs from the one the caller built: sent {body!r}, built {args.body!r}")
    elif isinstance(body, dict) and isinstance(args.body, dict) and set(body) != set(args.body):
        problems.append(
            f"body fields {sorted(body)} differ from the fields the caller set {sorted(args.body)} "
            "(the clients must send only what the caller sets)"
        )
    return problems


def _read_form(vendor: str, pointer: str, content: bytes) -> tuple[dict[str, Any], list[str]]:
    problems: list[str] = []
    fields: dict[str, list[str]] = {}
    for name, value in parse_qsl(content.decode(), keep_blank_values=True):
        fields.setdefault(name, []).append(value)
    object_pointer = deref(vendor, pointer)
    properties = resolve_pointer(document(vendor), object_pointer).get("properties", {})
    body: dict[str, Any] = {}
    for name, values in fields.items():
        if len(values) > 1:
            problems.append(f"form field {name!r} sent {len(values)} times")
        if name in properties:
            field_pointer = json_pointer([*pointer_parts(object_pointer), "properties", name])
            body[name], _ = read_string(vendor, field_pointer, values[0])
        else:
            body[name] = values[0]
    return body, problems


def _credential_problems(ep: Endpoint, request: httpx.Request) -> list[str]:
    expected = expected_credential(ep)
    problems = []
    for header in sorted(credential_headers(ep.vendor)):
        sent = request.headers.get(header)
        if expected is not None and header == expected[0]:
            if sent != expected[1]:
                scheme = ep.auth.scheme if ep.auth else ""
                problems.append(f"{scheme}: header {header!r} is {_redact(sent)}, expected {_redact(expected[1])}")
        elif sent is not None:
            what = f"only {ep.auth.scheme}" if ep.auth else "none (security: [])"
            problems.append(f"credential header {header!r} sent ({_redact(sent)}); the operation's credentials: {what}")
    return problems


def _redact(value: str | None) -> str:
    return "absent" if value is None else f"{value[:12]!r}..." if len(value) > 12 else repr(value)

"""Spec-side plumbing of the client conformance suite: every operation of every vendor, how to call its
generated client through a mock transport, and how to check what the client put on the wire.

Everything here is read from the bundled specs (``idvkit_specs``) and the generated packages; nothing
about an API is written down twice. The tests themselves live in ``test_client_conformance.py``.
"""

from __future__ import annotations

import base64
import datetime
import enum
import importlib
import json
import re
import types
import typing
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any
from urllib.parse import parse_qsl, unquote

import httpx
import idvkit_specs
from dateutil.parser import isoparse
from hypothesis import HealthCheck, Phase, find, settings
from hypothesis import strategies as st

from idvkit import clients
from idvkit.specs import Operation, SpecSchemas, iter_operations, json_pointer, resolve_pointer
from idvkit.specs._strategies import schema_strategy
from idvkit.vendors import VENDORS

KEY, SECRET, APIKEY = "contract-key", "contract-secret", "contract-apikey"
CONFERENCE_ID = "contract-conference"
#: The operation that issues the bearer token of a vendor's bearer scheme (LiveID+'s ConferenceToken).
TOKEN_OPERATIONS: Mapping[str, str] = {"liveid": "genAPIToken"}
#: Where the ready clients send requests by default (the specs' first server).
SERVERS: Mapping[str, str] = {
    "idenfy": clients.IDENFY_PRODUCTION,
    "markid": clients.MARKID_PRODUCTION,
    "liveid": clients.LIVEID_TEST,
}
UNKNOWN_ENUM_VALUE = "NEW_VALUE_FROM_VENDOR"
JSON_MEDIA = re.compile(r"^application/(.+\+)?json$")
FORM_MEDIA = "application/x-www-form-urlencoded"
_PARAMETER_LOCATIONS = ("query", "header", "path")


def _jwt() -> str:
    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")

    return f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part({'sub': CONFERENCE_ID, 'exp': 4102444800})}.c2lnbmF0dXJl"


CONFERENCE_JWT = _jwt()


# ---------------------------------------------------------------------------------------------------------
# Names as openapi-python-client 0.29 spells them (openapi_python_client.strings.snake_case / pascal_case)


def _words(value: str) -> list[str]:
    value = "".join(c for c in value if c.isidentifier() or c.isdecimal() or c in "._ -")
    if any(c.isupper() for c in value):
        value = " ".join(re.split("([A-Z]?[a-z]+)", value))
    return re.findall(r"[^._ \-]+", value)


def snake_case(value: str) -> str:
    return "_".join(_words(value)).lower()


def pascal_case(value: str) -> str:
    return "".join(word if word.isupper() else word.capitalize() for word in _words(value))


# ---------------------------------------------------------------------------------------------------------
# The specs


@cache
def document(vendor: str) -> dict[str, Any]:
    return idvkit_specs.load(vendor)


@cache
def spec_schemas(vendor: str) -> SpecSchemas:
    return SpecSchemas(document(vendor))


def deref(vendor: str, pointer: str) -> str:
    """The pointer of the node at ``pointer`` after following local ``$ref``s."""
    seen: set[str] = set()
    node = resolve_pointer(document(vendor), pointer)
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#"):
        if pointer in seen:
            raise ValueError(f"{vendor}: circular $ref at {pointer}")
        seen.add(pointer)
        pointer = unquote(node["$ref"][1:])
        node = resolve_pointer(document(vendor), pointer)
    return pointer


@cache
def strategy(vendor: str, pointer: str, media_type: str = "application/json") -> st.SearchStrategy[Any]:
    """Spec-valid instances of the schema at ``pointer`` (cached: building one costs a schema load)."""
    return schema_strategy(document(vendor), pointer, media_type=media_type)


def schema_types(vendor: str, pointer: str, depth: int = 0) -> set[str]:
    """The JSON types an instance of the schema at ``pointer`` may have (empty: unconstrained)."""
    node = resolve_pointer(document(vendor), deref(vendor, pointer))
    pointer = deref(vendor, pointer)
    if not isinstance(node, dict) or depth > 20:
        return set()
    declared = node.get("type")
    if isinstance(declared, str):
        return {declared}
    if isinstance(declared, list):
        return {str(t) for t in declared}
    for keyword in ("anyOf", "oneOf", "allOf"):
        if isinstance(node.get(keyword), list):
            found: set[str] = set()
            for index in range(len(node[keyword])):
                found |= schema_types(vendor, f"{pointer}/{keyword}/{index}", depth + 1)
            return found
    values = node.get("enum", [node["const"]] if "const" in node else None)
    if isinstance(values, list):
        names = {bool: "boolean", int: "integer", float: "number", str: "string", type(None): "null"}
        return {names.get(type(value), "object") for value in values}
    return set()


def _is_binary(node: Any) -> bool:
    return isinstance(node, dict) and node.get("type") == "string" and node.get("format") == "binary"


def closed_enum_values(vendor: str, pointer: str) -> list[Any] | None:
    node = resolve_pointer(document(vendor), deref(vendor, pointer))
    if isinstance(node, dict) and isinstance(node.get("enum"), list):
        return list(node["enum"])
    return None


# ---------------------------------------------------------------------------------------------------------
# Operations and their generated functions


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
        package = VENDORS[self.vendor].client_package
        return f"{package}.api.{snake_case(tags[0])}.{snake_case(self.operation_id)}"

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


def endpoints() -> Iterator[Endpoint]:
    for vendor in idvkit_specs.VENDORS:
        for operation in iter_operations(document(vendor)):
            yield Endpoint(vendor, operation)


def endpoint(vendor: str, operation_id: str) -> Endpoint:
    for candidate in endpoints():
        if candidate.vendor == vendor and candidate.operation_id == operation_id:
            return candidate
    raise KeyError(f"{vendor}: no operation {operation_id}")


# ---------------------------------------------------------------------------------------------------------
# Responses


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
                (name, _example_header(vendor, json_pointer([*_parts(pointer), "headers", name])))
                for name in response.get("headers", {})
            )
            content = response.get("content") or {}
            if not content:
                yield ResponseCase(ep, status, None, None, "empty", headers)
                continue
            for media_type, media in content.items():
                schema_pointer = json_pointer([*_parts(pointer), "content", media_type, "schema"])
                schema = media.get("schema", {})
                target = resolve_pointer(document(vendor), deref(vendor, schema_pointer))
                if _is_binary(target) or not JSON_MEDIA.match(media_type):
                    expected = "file"
                elif isinstance(schema.get("$ref"), str) and schema["$ref"].startswith("#/components/schemas/"):
                    is_object = target.get("type") == "object" or "properties" in target or "allOf" in target
                    name = schema["$ref"].rsplit("/", 1)[1]
                    expected = f"model:{pascal_case(name)}" if is_object else "json"
                elif schema.get("type") == "object" or "properties" in schema:
                    expected = f"model:{pascal_case(f'{ep.operation_id}_response_{status}')}"
                else:
                    expected = "json"
                yield ResponseCase(ep, status, media_type, schema_pointer, expected, headers)


def _parts(pointer: str) -> list[str]:
    return [part.replace("~1", "/").replace("~0", "~") for part in pointer.split("/")[1:]]


# ---------------------------------------------------------------------------------------------------------
# Requests


@dataclass(frozen=True)
class RequestArgs:
    """What a caller passes: parameter values by spec name (JSON values) and the raw body (or None)."""

    params: dict[str, Any] = field(default_factory=dict)
    body: Any = None
    media_type: str | None = None


def request_strategy(ep: Endpoint) -> st.SearchStrategy[RequestArgs]:
    """Spec-valid arguments for the operation: every required parameter, some optional ones, a body."""
    required = {p.name: strategy(ep.vendor, p.schema_pointer) for p in ep.parameters if p.required}
    optional = {p.name: strategy(ep.vendor, p.schema_pointer) for p in ep.parameters if not p.required}
    params = st.fixed_dictionaries(required, optional=optional)
    media_types = ep.body_media_types()
    if not media_types:
        return params.map(lambda values: RequestArgs(values))
    assert ep.body_pointer is not None
    # the generated client sends the first media type it supports; it is the first one in every spec here
    media_type = media_types[0]
    body_pointer = json_pointer([*_parts(ep.body_pointer), "content", media_type, "schema"])
    body = strategy(ep.vendor, body_pointer, media_type)
    if media_type == FORM_MEDIA:
        body = body.map(lambda raw: _form_encodable(ep, raw))
    return st.builds(lambda values, raw: RequestArgs(values, raw, media_type), params, body)


_MINIMAL_REQUESTS: dict[str, RequestArgs] = {}


def minimal_request(ep: Endpoint) -> RequestArgs:
    """The simplest valid arguments (hypothesis-shrunk), to call an operation whose responses are tested."""
    if ep.label not in _MINIMAL_REQUESTS:
        _MINIMAL_REQUESTS[ep.label] = _find_minimal_request(ep)
    return _MINIMAL_REQUESTS[ep.label]


def _form_encodable(ep: Endpoint, raw: Any) -> Any:
    """``raw`` without undeclared fields whose value is an object or an array.

    The form schemas leave ``additionalProperties`` open, so the generator adds extra fields of any JSON type;
    a form field is a string, and the generated client hands extras to httpx as they are (an object is sent as
    its Python repr, an empty array not at all). Such extras are not something a caller sends, so they are
    left out rather than reported on every run.
    """
    if not isinstance(raw, dict) or ep.body_pointer is None:
        return raw
    pointer = deref(ep.vendor, json_pointer([*_parts(ep.body_pointer), "content", FORM_MEDIA, "schema"]))
    declared = resolve_pointer(document(ep.vendor), pointer).get("properties", {})
    return {name: value for name, value in raw.items() if name in declared or not isinstance(value, dict | list)}


def _find_minimal_request(ep: Endpoint) -> RequestArgs:
    # hypothesis tries the simplest choice sequence first, so the first example is already minimal
    quick = settings(database=None, max_examples=20, phases=[Phase.generate], suppress_health_check=list(HealthCheck))
    return find(request_strategy(ep), lambda _: True, settings=quick)


def _annotation_types(annotation: Any) -> list[Any]:
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return [t for arg in typing.get_args(annotation) for t in _annotation_types(arg)]
    return [annotation]


def _to_python(value: Any, annotation: Any) -> Any:
    """A JSON parameter value as the generated function's signature wants it (enums, dates, UUIDs)."""
    candidates = _annotation_types(annotation)
    if isinstance(value, str):
        for candidate in candidates:
            if isinstance(candidate, type) and issubclass(candidate, enum.Enum):
                if value in {member.value for member in candidate}:
                    return candidate(value)
            elif candidate is datetime.datetime:
                return isoparse(value)
            elif candidate is datetime.date:
                return isoparse(value).date()
            elif candidate is uuid.UUID:
                return uuid.UUID(value)
    return value


def call_arguments(ep: Endpoint, args: RequestArgs) -> dict[str, Any]:
    """Keyword arguments of ``sync_detailed`` for ``args`` (the body converted with the model's from_dict)."""
    function = ep.sync_detailed()
    hints = typing.get_type_hints(function)
    kwargs: dict[str, Any] = {}
    for parameter in ep.parameters:
        if parameter.name not in args.params:
            continue
        python_name = snake_case(parameter.name)
        if python_name in ("client", "body") or not python_name.isidentifier():
            python_name = f"{python_name}_"
        assert python_name in hints, f"{ep.label}: sync_detailed has no argument for parameter {parameter.name}"
        kwargs[python_name] = _to_python(args.params[parameter.name], hints[python_name])
    if args.media_type is not None:
        assert "body" in hints, f"{ep.label}: sync_detailed takes no body"
        models = [t for t in _annotation_types(hints["body"]) if hasattr(t, "from_dict")]
        assert len(models) == 1, f"{ep.label}: body annotation {hints['body']} is not one model"
        kwargs["body"] = models[0].from_dict(args.body)
    return kwargs


Handler = Callable[[httpx.Request], httpx.Response]


def token_response(ep: Endpoint, request: httpx.Request) -> httpx.Response | None:
    """The answer of the vendor's token operation, when a bearer-authenticated client asks for a token."""
    if ep.auth is None or ep.auth.kind != "bearer":
        return None
    issuer = endpoint(ep.vendor, TOKEN_OPERATIONS[ep.vendor])
    if request.url.path == issuer.operation.path:
        return httpx.Response(200, json={"success": True, "token": CONFERENCE_JWT})
    return None


def client_for(ep: Endpoint, handler: Handler) -> Any:
    """The client a kit user calls this operation with, answering through ``handler``."""
    httpx_args = {"transport": httpx.MockTransport(handler)}
    auth = ep.auth
    if auth is None:
        package = importlib.import_module(VENDORS[ep.vendor].client_package)
        return package.Client(base_url=SERVERS[ep.vendor], httpx_args=httpx_args)
    factories: dict[tuple[str, str], Callable[[], Any]] = {
        ("idenfy", "basic"): lambda: clients.idenfy(KEY, SECRET, httpx_args=httpx_args, retry=None),
        ("markid", "basic"): lambda: clients.markid(KEY, SECRET, httpx_args=httpx_args, retry=None),
        ("liveid", "apikey"): lambda: clients.liveid_apikey(APIKEY, httpx_args=httpx_args, retry=None),
        ("liveid", "bearer"): lambda: clients.liveid_conference(
            APIKEY, CONFERENCE_ID, httpx_args=httpx_args, retry=None
        ),
    }
    factory = factories.get((ep.vendor, auth.kind))
    assert factory is not None, f"{ep.label}: idvkit.clients has no client for {auth.scheme} ({auth.kind})"
    return factory()


def expected_credential(ep: Endpoint) -> tuple[str, str] | None:
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


# ---------------------------------------------------------------------------------------------------------
# Checking a captured request


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


def _path_pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", template)
    return re.compile(
        "".join(f"(?P<{part[1:-1]}>[^/]+)" if part.startswith("{") else re.escape(part) for part in parts) + "$"
    )


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
    prefix = base.path.rstrip("/")
    match = _path_pattern(prefix + operation.path).match(url.path)
    if match is None:
        problems.append(f"path {url.path!r}, the spec says {prefix + operation.path!r}")

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
            values = [unquote(match[parameter.name])] if match is not None else []
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
    assert ep.body_pointer is not None
    assert args.media_type is not None
    sent_type = (content_type or "").split(";")[0].strip().lower()
    if sent_type not in media_types:
        return [f"Content-Type {content_type!r}, the spec declares {media_types}"]
    if sent_type != args.media_type:
        return [f"Content-Type {sent_type!r}, the body was built for {args.media_type!r}"]
    schema_pointer = json_pointer([*_parts(ep.body_pointer), "content", sent_type, "schema"])
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
            body[name], _ = read_string(vendor, json_pointer([*_parts(object_pointer), "properties", name]), values[0])
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

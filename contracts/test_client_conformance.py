"""Client conformance: every generated client against its own spec, operation by operation.

For every operation of idenfy_client, markid_client and liveid_client:

- responses: every documented status and media type, with hypothesis-generated spec-valid bodies served
  through an ``httpx.MockTransport``, parses into the model the spec names (``#/components/schemas/X`` ->
  ``<vendor>_client.models.X``), a file for binary bodies, ``None`` for empty ones;
- requests: what the client puts on the wire for hypothesis-generated valid arguments is what the spec
  says: method, server and path, parameters, Content-Type, body, and the credential of the operation's
  security scheme (and no other credential);
- enums: an unknown value in an open enum (``anyOf: [<closed enum>, {type: string}]``) parses and is kept, and no
  enum of a response is closed;
- form bodies: undeclared fields are strings, sent as themselves.

Item ids read ``<vendor>-<operationId>[-<status>[-<media type>]][-<property>]``.
"""

from __future__ import annotations

import enum
import importlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from contracts._endpoints import Endpoint, endpoint, endpoints
from contracts._invocation import CONFERENCE_ID, TOKEN_OPERATIONS, call_arguments, client_for, token_response
from contracts._names import attribute_name
from contracts._request_checks import request_problems
from contracts._request_strategies import RequestArgs, minimal_request, request_strategy
from contracts._response_cases import ResponseCase, response_cases
from contracts._specs import FORM_MEDIA, closed_enum_values, deref, document, spec_schemas, strategy
from idvkit.specs import json_pointer, resolve_pointer
from idvkit.vendors import VENDORS

FAST = settings(
    deadline=None,
    database=None,
    # no explain phase: on a failure it re-runs the test under a tracer, which costs seconds per item
    phases=(Phase.explicit, Phase.generate, Phase.shrink),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
)
RESPONSE_EXAMPLES, REQUEST_EXAMPLES, ENUM_EXAMPLES = 5, 10, 3
UNKNOWN_ENUM_VALUE = "NEW_VALUE_FROM_VENDOR"
#: A response shared by many operations (``#/components/responses/...``: the errors) is parsed by the same model
#: code everywhere; each operation's own parser still gets its own item, with fewer examples.
SHARED_RESPONSE_EXAMPLES = 2

#: The first bytes of a binary body of the given media type, so that it can never pass for JSON.
MAGIC = {"application/zip": b"PK\x03\x04", "application/pdf": b"%PDF-"}

ENDPOINTS = list(endpoints())
RESPONSE_CASES = list(response_cases())


def _params(items: list[Any], label: Callable[[Any], str]) -> list[Any]:
    return [pytest.param(item, id=label(item)) for item in items]


# ---------------------------------------------------------------------------------------------------------
# The generated functions exist


@pytest.mark.parametrize("ep", _params(ENDPOINTS, lambda ep: ep.label))
def test_operation_has_generated_functions(ep: Endpoint) -> None:
    module = ep.module()
    missing = [name for name in ("sync_detailed", "sync", "asyncio_detailed", "asyncio") if not hasattr(module, name)]
    assert not missing, f"{ep.label}: {ep.module_name} lacks {missing}"


# ---------------------------------------------------------------------------------------------------------
# Responses parse into the right typed model


def _serve(case: ResponseCase, args: RequestArgs, content: bytes, content_type: str | None) -> Any:
    """Call the operation with ``args``; the mock server answers ``content``."""
    ep = case.endpoint
    headers = dict(case.headers)
    if content_type is not None:
        headers["Content-Type"] = content_type

    def handler(request: httpx.Request) -> httpx.Response:
        return token_response(ep, request) or httpx.Response(case.status_code, content=content, headers=headers)

    client = client_for(ep, handler)
    kwargs = call_arguments(ep, args)
    try:
        return ep.sync_detailed()(client=client, **kwargs)
    except Exception as exc:
        shown = content[:300].decode(errors="replace") if case.expected != "file" else repr(content[:40])
        raise AssertionError(
            f"{case.id}: {ep.module_name}.sync_detailed raised {type(exc).__name__}: {exc} on a spec-valid "
            f"{case.status} {content_type or '(no body)'} response: {shown}"
        ) from exc


def _binary_strategy(case: ResponseCase) -> st.SearchStrategy[bytes]:
    assert case.schema_pointer is not None
    assert case.media_type is not None
    schema = resolve_pointer(document(case.endpoint.vendor), deref(case.endpoint.vendor, case.schema_pointer))
    magic = MAGIC.get(case.media_type) or MAGIC.get(str(schema.get("contentMediaType")), b"\x00\xff")
    return st.binary(max_size=64).map(lambda tail: magic + tail)


def _check_parsed(case: ResponseCase, response: Any, body: Any, content: bytes) -> None:
    assert int(response.status_code) == case.status_code, f"{case.id}: status {response.status_code}"
    parsed = response.parsed
    if case.expected == "empty":
        assert parsed is None, f"{case.id}: an empty {case.status} parsed into {parsed!r}, expected None"
    elif case.expected == "file":
        payload = getattr(parsed, "payload", None)
        assert hasattr(payload, "read"), (
            f"{case.id}: a binary {case.media_type} body parsed into {type(parsed).__name__}, expected a File"
        )
        assert payload is not None
        payload.seek(0)
        assert payload.read() == content, f"{case.id}: the File payload differs from the bytes served"
    elif case.expected == "json":
        assert parsed == body, f"{case.id}: parsed {parsed!r}, served {body!r}"
    else:
        model = case.model_class()
        assert isinstance(parsed, model), (
            f"{case.id}: a spec-valid {case.status} body parsed into {type(parsed).__name__}, "
            f"expected {model.__module__}.{model.__name__}"
        )
        assert case.schema_pointer is not None
        errors = spec_schemas(case.endpoint.vendor).errors(case.schema_pointer, parsed.to_dict())
        assert not errors, f"{case.id}: the parsed {model.__name__} no longer matches its schema: {errors}"


@pytest.mark.parametrize("case", _params(RESPONSE_CASES, lambda case: case.id))
def test_response_parses_into_the_documented_type(case: ResponseCase) -> None:
    args = minimal_request(case.endpoint)  # before any @given: it runs hypothesis itself
    shared = case.response_pointer.startswith("/components/responses/")
    examples = SHARED_RESPONSE_EXAMPLES if shared else RESPONSE_EXAMPLES
    if case.expected == "empty":
        _check_parsed(case, _serve(case, args, b"", None), None, b"")
        return
    assert case.schema_pointer is not None
    assert case.media_type is not None
    media_type = case.media_type
    if case.expected == "file":

        @settings(FAST, max_examples=examples)
        @given(content=_binary_strategy(case))
        def check_binary(content: bytes) -> None:
            _check_parsed(case, _serve(case, args, content, media_type), None, content)

        check_binary()
        return

    @settings(FAST, max_examples=examples)
    @given(body=strategy(case.endpoint.vendor, case.schema_pointer))
    def check_json(body: Any) -> None:
        content = json.dumps(body).encode()
        _check_parsed(case, _serve(case, args, content, media_type), body, content)

    check_json()


# ---------------------------------------------------------------------------------------------------------
# Every request a client sends is valid against the spec


def _capture(ep: Endpoint, args: RequestArgs) -> tuple[list[httpx.Request], list[httpx.Request]]:
    """Call the operation with ``args``; the requests to the operation and those to the token operation."""
    sent: list[httpx.Request] = []
    token_requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        token = token_response(ep, request)
        if token is not None:
            token_requests.append(request)
            return token
        sent.append(request)
        return httpx.Response(418)  # documented nowhere: the client raises UnexpectedStatus, nothing is retried

    errors = importlib.import_module(f"{VENDORS[ep.vendor].client_package}.errors")
    with pytest.raises(errors.UnexpectedStatus) as raised:
        ep.sync_detailed()(client=client_for(ep, handler), **call_arguments(ep, args))
    assert raised.value.status_code == 418
    return sent, token_requests


@pytest.mark.parametrize("ep", _params(ENDPOINTS, lambda ep: ep.label))
def test_request_conforms_to_the_spec(ep: Endpoint) -> None:
    @settings(FAST, max_examples=REQUEST_EXAMPLES)
    @given(args=request_strategy(ep))
    def check(args: RequestArgs) -> None:
        sent, token_requests = _capture(ep, args)
        assert len(sent) == 1, f"{ep.label}: {len(sent)} requests sent, expected 1"
        problems = request_problems(ep, sent[0], args)
        if ep.auth is not None and ep.auth.kind == "bearer":
            issuer = endpoint(ep.vendor, TOKEN_OPERATIONS[ep.vendor])
            # the token operation's one required parameter is the conference the client was made for
            issued_for = RequestArgs({p.name: CONFERENCE_ID for p in issuer.parameters if p.required})
            assert len(token_requests) == 1, f"{ep.label}: {len(token_requests)} token requests, expected 1"
            problems += [f"token request: {p}" for p in request_problems(issuer, token_requests[0], issued_for)]
        assert not problems, f"{ep.label} ({ep.operation.label}) sent a request the spec forbids:\n" + "\n".join(
            f"  - {problem}" for problem in problems
        )

    check()


# ---------------------------------------------------------------------------------------------------------
# Enums: open ones keep unknown values; what closed ones do is recorded


@dataclass(frozen=True)
class EnumSite:
    """A top-level property of a response model whose values come from an enum."""

    case: ResponseCase
    prop: str
    kind: str  # "open", "closed" or "closed-nullable"
    array: bool
    enum_pointer: str

    @property
    def id(self) -> str:
        return f"{self.case.id}-{self.prop}"

    def enum_class(self) -> type[enum.Enum]:
        name = self.enum_pointer.rsplit("/", 1)[1]
        models = importlib.import_module(f"{VENDORS[self.case.endpoint.vendor].client_package}.models")
        found = getattr(models, name)
        assert isinstance(found, type)
        assert issubclass(found, enum.Enum)
        return found


def _enum_kind(vendor: str, pointer: str) -> tuple[str, str] | None:
    """("open" | "closed" | "closed-nullable", enum pointer) for an enum-valued schema, else None."""
    pointer = deref(vendor, pointer)
    if closed_enum_values(vendor, pointer) is not None:
        return "closed", pointer
    branches = resolve_pointer(document(vendor), pointer).get("anyOf") or []
    enums: list[str] = []
    rest: list[str] = []
    for index in range(len(branches)):
        branch = deref(vendor, f"{pointer}/anyOf/{index}")
        (enums if closed_enum_values(vendor, branch) is not None else rest).append(branch)
    if len(enums) != 1:
        return None
    others = [resolve_pointer(document(vendor), branch) for branch in rest]
    if others and all(other == {"type": "null"} for other in others):
        return "closed-nullable", enums[0]
    if any(other.get("type") == "string" and "enum" not in other for other in others):
        return "open", enums[0]
    return None


def enum_sites() -> Iterator[EnumSite]:
    seen: set[tuple[str, str, str]] = set()
    for case in RESPONSE_CASES:
        if not case.expected.startswith("model:") or case.schema_pointer is None:
            continue
        vendor = case.endpoint.vendor
        model_pointer = deref(vendor, case.schema_pointer)
        for prop in resolve_pointer(document(vendor), model_pointer).get("properties", {}):
            if (vendor, model_pointer, prop) in seen:
                continue
            prop_pointer = model_pointer + json_pointer(["properties", prop])
            array = resolve_pointer(document(vendor), deref(vendor, prop_pointer)).get("type") == "array"
            found = _enum_kind(vendor, f"{deref(vendor, prop_pointer)}/items" if array else prop_pointer)
            if found is not None:
                seen.add((vendor, model_pointer, prop))
                yield EnumSite(case, prop, found[0], array, found[1])


ENUM_SITES = list(enum_sites())
OPEN_SITES = [site for site in ENUM_SITES if site.kind == "open"]
CLOSED_SITES = [site for site in ENUM_SITES if site.kind != "open"]


def test_open_enum_sites_are_found() -> None:
    """The discovery below covers the open enums the kit relies on (so the parametrized tests are not empty)."""
    found = {(site.case.endpoint.vendor, site.prop) for site in OPEN_SITES}
    expected = {
        (vendor, prop)
        for vendor in ("idenfy", "markid")
        for prop in ("fraudTags", "mismatchTags", "identifier", "severity", "tokenType")
    } | {("liveid", "end_pattern")}
    assert expected <= found, f"open-enum properties not found: {sorted(expected - found)}"


def _with_unknown_value(site: EnumSite, body: Any) -> dict[str, Any]:
    assert isinstance(body, dict)
    return {**body, site.prop: [UNKNOWN_ENUM_VALUE] if site.array else UNKNOWN_ENUM_VALUE}


def _parse_with_unknown(site: EnumSite, args: RequestArgs, body: dict[str, Any]) -> Any:
    case = site.case
    assert case.media_type is not None
    return _serve(case, args, json.dumps(body).encode(), case.media_type).parsed


@pytest.mark.parametrize("site", _params(OPEN_SITES, lambda site: site.id))
def test_open_enum_keeps_an_unknown_value(site: EnumSite) -> None:
    case = site.case
    schema_pointer = case.schema_pointer
    assert schema_pointer is not None
    vendor = case.endpoint.vendor
    args = minimal_request(case.endpoint)

    @settings(FAST, max_examples=ENUM_EXAMPLES)
    @given(body=strategy(vendor, schema_pointer))
    def check(body: Any) -> None:
        body = _with_unknown_value(site, body)
        assert not spec_schemas(vendor).errors(schema_pointer, body), "the unknown value must be spec-valid"
        parsed = _parse_with_unknown(site, args, body)
        value = getattr(parsed, attribute_name(site.prop))
        expected = [UNKNOWN_ENUM_VALUE] if site.array else UNKNOWN_ENUM_VALUE
        assert value == expected, f"{site.id}: {UNKNOWN_ENUM_VALUE!r} came back as {value!r}"

    check()


def test_no_response_enum_is_closed() -> None:
    """Every enum of a response model is open, so a value the vendor adds never discards the response.

    (With a closed enum, openapi-python-client's ``from_dict`` calls ``Enum(value)``, which raises ``ValueError``:
    ``sync_detailed`` raised and the status and body were lost. tests/clients/test_open_enums.py checks every
    enum-like field at any depth, and that the check fails on a closed copy of a spec.)
    """
    assert OPEN_SITES, "the discovery found no enum site"
    assert [site.id for site in CLOSED_SITES] == []


@pytest.mark.parametrize("ep", [ep for ep in ENDPOINTS if FORM_MEDIA in ep.body_media_types()], ids=lambda ep: ep.label)
def test_form_extras_are_sent_as_the_strings_they_are(ep: Endpoint) -> None:
    """A form body's undeclared fields are strings (the specs' ``additionalProperties: {type: string}``: a form field
    is text) and go on the wire as themselves, once each, next to the declared ones; an object is no valid extra.

    (The form schemas used to leave ``additionalProperties`` open to any JSON value: the generated client handed an
    object to httpx's ``data=``, which wrote its Python repr, and the request strategy left such extras out.)
    """
    base = minimal_request(ep).body
    assert isinstance(base, dict)
    pointer = ep.body_schema_pointer(FORM_MEDIA)
    assert spec_schemas(ep.vendor).errors(pointer, {**base, "x_object": {"a": 1}}), "an object extra must be invalid"

    @settings(FAST, max_examples=REQUEST_EXAMPLES)
    @given(
        extras=st.dictionaries(
            st.text(st.characters(codec="utf-8", exclude_characters="\x00"), min_size=1, max_size=10).filter(
                lambda name: name not in base and name not in _declared(ep)
            ),
            st.text(st.characters(codec="utf-8"), max_size=20),
            max_size=3,
        )
    )
    def check(extras: dict[str, str]) -> None:
        body = {**base, **extras}
        assert not spec_schemas(ep.vendor).errors(pointer, body)
        sent, _ = _capture(ep, RequestArgs({}, body, FORM_MEDIA))
        fields = parse_qs(sent[0].content.decode(), keep_blank_values=True)
        for name, value in extras.items():
            assert fields.get(name) == [value], f"{ep.label}: extra {name!r}={value!r} sent as {fields.get(name)!r}"

    check()


def _declared(ep: Endpoint) -> set[str]:
    pointer = deref(ep.vendor, ep.body_schema_pointer(FORM_MEDIA))
    return set(resolve_pointer(document(ep.vendor), pointer).get("properties", {}))

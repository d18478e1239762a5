"""Calling an operation's generated function: the kit client it is called with (answering through a mock
transport), its keyword arguments built from spec-valid JSON values, and the token a bearer client asks first.
"""

from __future__ import annotations

import base64
import datetime
import enum
import importlib
import json
import types
import typing
import uuid
from collections.abc import Callable, Mapping
from typing import Any

import httpx
from dateutil.parser import isoparse

from contracts._endpoints import Endpoint, endpoint
from contracts._names import argument_name
from contracts._request_strategies import RequestArgs
from idvkit import clients
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


def _jwt() -> str:
    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")

    return f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part({'sub': CONFERENCE_ID, 'exp': 4102444800})}.c2lnbmF0dXJl"


CONFERENCE_JWT = _jwt()


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
        python_name = argument_name(parameter.name, parameter.location)
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
        return package.Client(base_url=SERVERS[ep.vendor], httpx_args=httpx_args, raise_on_unexpected_status=True)
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

"""Spec-valid arguments of an operation, as a caller passes them: hypothesis strategies and a minimal example."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hypothesis import HealthCheck, Phase, find, settings
from hypothesis import strategies as st

from contracts._endpoints import Endpoint
from contracts._specs import document, strategy
from idvkit.contract._sent_defaults import sent_defaults, with_sent_defaults


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
    # the generated client sends the first media type it supports; it is the first one in every spec here
    media_type = media_types[0]
    body = strategy(ep.vendor, ep.body_schema_pointer(media_type), media_type)
    # what the kit sends too: the properties marked x-send-default (tokenType), so both readings of the docs hold
    defaults = sent_defaults(document(ep.vendor), ep.operation.definition)
    if defaults:
        body = body.map(lambda raw: with_sent_defaults(raw, defaults))
    return st.builds(lambda values, raw: RequestArgs(values, raw, media_type), params, body)


_MINIMAL_REQUESTS: dict[str, RequestArgs] = {}


def minimal_request(ep: Endpoint) -> RequestArgs:
    """The simplest valid arguments (hypothesis-shrunk), to call an operation whose responses are tested."""
    if ep.label not in _MINIMAL_REQUESTS:
        _MINIMAL_REQUESTS[ep.label] = _find_minimal_request(ep)
    return _MINIMAL_REQUESTS[ep.label]


def _find_minimal_request(ep: Endpoint) -> RequestArgs:
    # hypothesis tries the simplest choice sequence first, so the first example is already minimal
    quick = settings(database=None, max_examples=20, phases=[Phase.generate], suppress_health_check=list(HealthCheck))
    return find(request_strategy(ep), lambda _: True, settings=quick)

"""schemathesis hooks of the contract kit: LiveID+'s conference-token auth, the vendor checks, the run's
request/time budget and the failure log idvkit reads back.

Loaded by schemathesis (``SCHEMATHESIS_HOOKS=idvkit.contract._hooks``) in the process that runs the
tests. Credentials come from the same environment variables as the rest of the kit.
"""

from __future__ import annotations

import http.client
import json
import os
import signal
import threading
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import Any

import schemathesis
import schemathesis.cli
from schemathesis import Case as _Case
from schemathesis.engine import events

from idvkit.contract._budget import RunBudget
from idvkit.contract._failure_log import FailureLog
from idvkit.contract._handover import FAILURE_LOG_VARIABLE
from idvkit.contract._vendor_checks import (
    ResourceAction,
    credential_patterns,
    echo_mismatches,
    echoed_credential,
    echoed_fields,
    extract_id,
    read_request,
    resource_actions,
    undocumented_error_identifier,
)
from idvkit.specs import credential_issuer

Case = _Case[Any]

#: Seconds the hooks' own requests (conference tokens, the lifecycle check's reads) may take.
_OWN_REQUEST_TIMEOUT = 10.0

#: The run's request/time budget (unlimited unless idvkit's runner sets one, see idvkit.contract._budget).
BUDGET = RunBudget.from_environment()


class _StopRequest:
    """Whether this run was asked to stop (SIGINT from idvkit, or the budget spent).

    schemathesis 4.32 can swallow a KeyboardInterrupt that lands while a phase starts its workers (its "hard
    stop" path emits no Interrupted event and the next phase runs), so one SIGINT does not always stop a run.
    Once a stop is requested, every further request raises the interrupt again, until one lands where
    schemathesis stops in order and writes its reports.
    """

    requested = False
    #: the engine said it stopped (an Interrupted or EngineFinished event): no more interrupts, so that none
    #: lands while the reports are written
    acknowledged = False

    @classmethod
    def on_sigint(cls, signum: int, frame: Any) -> None:
        cls.requested = True
        signal.default_int_handler(signum, frame)


@schemathesis.cli.handler()
class RunFailureLog(FailureLog):
    """The failure log of this run, aware of why the budget stopped it; it also tells the stop request when the
    engine has stopped."""

    budget = BUDGET

    def handle_event(self, ctx: Any, event: events.EngineEvent) -> None:
        super().handle_event(ctx, event)
        if isinstance(event, events.Interrupted | events.EngineFinished):
            _StopRequest.acknowledged = True


if os.environ.get(FAILURE_LOG_VARIABLE) and threading.current_thread() is threading.main_thread():
    signal.signal(signal.SIGINT, _StopRequest.on_sigint)  # only in runs that idvkit started


@schemathesis.hook
def before_call(context: schemathesis.HookContext, case: Case, kwargs: dict[str, Any]) -> None:
    """Spend the budget; the request that exhausts it, and every request after a stop was requested, stops the
    run the way Ctrl-C does (reports written)."""
    if (BUDGET.spend() or _StopRequest.requested) and not _StopRequest.acknowledged:
        _StopRequest.requested = True
        os.kill(os.getpid(), signal.SIGINT)


def _security(case: Case) -> list[dict[str, Any]]:
    definition = case.operation.definition.raw
    root = case.operation.schema.raw_schema
    security: list[dict[str, Any]] = definition.get("security", root.get("security", []))
    return security


@dataclass(frozen=True)
class _Answer:
    status: int
    body: bytes

    def json(self) -> Any:
        try:
            return json.loads(self.body)
        except (ValueError, UnicodeDecodeError):
            return None


def _send(
    method: str,
    url: str,
    *,
    params: dict[str, Any] | None = None,
    json_body: Any = None,
    headers: dict[str, str] | None = None,
) -> _Answer | None:
    """One request of the hooks' own (a conference token, a lifecycle read); None when it got no answer.

    The standard library's client: it honours the proxy variables like the run's own requests do, and the
    schemathesis process does not pay for importing another HTTP client.
    """
    if params:
        url = f"{url}?{urllib.parse.urlencode(params)}"
    data = None if json_body is None else json.dumps(json_body).encode()
    request = urllib.request.Request(url, data=data, method=method.upper(), headers=dict(headers or {}))  # noqa: S310 - the run's target (http or https, checked by idvkit)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=_OWN_REQUEST_TIMEOUT) as answer:  # noqa: S310 - as above
            return _Answer(answer.status, answer.read())
    except urllib.error.HTTPError as error:
        with error:
            return _Answer(error.code, error.read())
    except (OSError, http.client.HTTPException):
        return None


def _conference_token(case: Case, conference: str) -> str | None:
    """A conference JWT for ``conference`` from the operation the spec names as its issuer (the links'
    x-credential), obtained with the organisation's API key; None when it refuses (an unknown conference)."""
    api_key = os.environ.get("LIVEID_APIKEY")
    issuer = credential_issuer(case.operation.schema.raw_schema, "ConferenceToken")
    if not api_key or issuer is None:
        return None
    answer = _send(
        issuer.operation.method,
        f"{case.operation.base_url}{issuer.operation.path}",
        params={"idConference": conference},
        headers={"apikey": api_key},
    )
    body = answer.json() if answer is not None and answer.status == 200 else None
    token = extract_id(issuer.value, request_body=None, request_query={}, response_body=body)
    return token if isinstance(token, str) else None


@schemathesis.auth(refresh_interval=None)
class ConferenceTokenAuth:
    """A conference JWT from genAPIToken for the case's ``idConference`` (ConferenceToken operations).

    The token is scoped to one conference, so it is obtained per case, with the organisation's API
    key; when genAPIToken refuses (an unknown conference), the case is sent without a token.
    """

    def get(self, case: Case, ctx: Any) -> str | None:
        if not any("ConferenceToken" in requirement for requirement in _security(case)):
            return None
        conference = (case.query or {}).get("idConference")
        return _conference_token(case, conference) if isinstance(conference, str) else None

    def set(self, case: Case, data: str, ctx: Any) -> None:
        case.headers["Authorization"] = f"Bearer {data}"


class _SpecFacts:
    """What the checks read from the spec, worked out once per document instead of once per response (the
    run tests one spec; a check that walked the whole document per response cost more than the request)."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.actions: dict[str, ResourceAction] = resource_actions(document)
        self._echoes: dict[tuple[str, int], dict[str, str]] = {}

    def echoes(self, case: Case, status: int) -> dict[str, str]:
        key = (case.operation.label, status)
        found = self._echoes.get(key)
        if found is None:
            found = self._echoes[key] = echoed_fields(self.document, case.operation.definition.raw, status)
        return found


#: id of a document -> its facts (they hold the document, so its id is not reused while the entry lives)
_FACTS: dict[int, _SpecFacts] = {}


def _facts(case: Case) -> _SpecFacts:
    document = case.operation.schema.raw_schema
    facts = _FACTS.get(id(document))
    if facts is None or facts.document is not document:
        facts = _FACTS[id(document)] = _SpecFacts(document)
    return facts


#: The credentials of the run (from the environment, which does not change while it runs) as the bytes no
#: response may contain.
_CREDENTIAL_PATTERNS = credential_patterns(os.environ)


def _json(response: schemathesis.Response) -> Any:
    try:
        return json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return None


@schemathesis.check
def documented_error_identifier(
    ctx: schemathesis.CheckContext, response: schemathesis.Response, case: Case
) -> bool | None:
    """iDenfy/markid: an error body's ``identifier`` is one the vendor documents (when present)."""
    problem = undocumented_error_identifier(case.operation.schema.raw_schema, response.status_code, _json(response))
    if problem:
        raise AssertionError(problem)
    return None


@schemathesis.check
def no_credential_echo(ctx: schemathesis.CheckContext, response: schemathesis.Response, case: Case) -> bool | None:
    """No response repeats an API key, API secret or the basic-auth header value."""
    found = echoed_credential(response.content, _CREDENTIAL_PATTERNS)
    if found:
        raise AssertionError(f"The response contains the {found}")
    return None


@schemathesis.check
def echoed_request_fields(ctx: schemathesis.CheckContext, response: schemathesis.Response, case: Case) -> bool | None:
    """A response property marked ``x-echo`` repeats the request body field it names."""
    echoes = _facts(case).echoes(case, response.status_code)
    problem = echo_mismatches(echoes, case.body, _json(response)) if echoes else None
    if problem:
        raise AssertionError(problem)
    return None


_AUTH_HEADERS = ("authorization", "apikey")


class _ReadBacks:
    """Which successful creations and deletions the lifecycle check reads back: the first ``ALWAYS`` of each
    operation, then every ``EVERY``-th. A read is a request of its own; reading back every one of the hundreds of
    tokens a run creates was a tenth of the run. A server that loses resources is caught by the first reads; one
    that loses an occasional resource, by the sample."""

    ALWAYS = 20
    EVERY = 5

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}
        self._lock = threading.Lock()

    def due(self, label: str) -> bool:
        with self._lock:
            seen = self._seen[label] = self._seen.get(label, 0) + 1
        return seen <= self.ALWAYS or seen % self.EVERY == 0


_READ_BACKS = _ReadBacks()


@schemathesis.check
def resource_lifecycle(ctx: schemathesis.CheckContext, response: schemathesis.Response, case: Case) -> bool | None:
    """A created resource can be read back; a deleted one is gone (404). Driven by the spec's x-resource."""
    actions = _facts(case).actions
    action = actions.get(case.operation.label)
    if action is None or action.action not in ("create", "delete") or not 200 <= response.status_code < 300:
        return None
    reader = next((a for a in actions.values() if a.resource == action.resource and a.action == "read"), None)
    if reader is None:
        return None
    resource_id = extract_id(
        action.id_expression,
        request_body=case.body if isinstance(case.body, dict) else None,
        request_query=dict(case.query or {}),
        response_body=_json(response),
    )
    if not isinstance(resource_id, str) or not resource_id:
        if action.action == "create":
            raise AssertionError(f"{case.operation.label} succeeded but returned no {action.resource} id")
        return None
    if not _READ_BACKS.due(case.operation.label):
        return None
    headers = {k: str(v) for k, v in response.request.headers.items() if k.lower() in _AUTH_HEADERS}
    read = read_request(reader, resource_id)
    answer = _send(
        read["method"],
        f"{case.operation.base_url or ''}{read['url']}",
        params=read.get("params"),
        json_body=read.get("json"),
        headers=headers,
    )
    if answer is None:
        return None
    if action.action == "create" and not 200 <= answer.status < 300:
        raise AssertionError(
            f"The {action.resource} created by {case.operation.label} is not retrievable: "
            f"{reader.method.upper()} {reader.path} answered {answer.status}"
        )
    if action.action == "delete" and answer.status != 404:
        raise AssertionError(
            f"The {action.resource} deleted by {case.operation.label} is still there: "
            f"{reader.method.upper()} {reader.path} answered {answer.status}, expected 404"
        )
    return None

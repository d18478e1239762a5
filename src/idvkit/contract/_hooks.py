"""schemathesis hooks of the contract kit: LiveID+'s conference-token auth, the vendor checks, the run's
request/time budget, the failure log idvkit reads back and the progress lines of the run.

Loaded by schemathesis (``SCHEMATHESIS_HOOKS=idvkit.contract._hooks``) in the process that runs the
tests. Credentials come from the same environment variables as the rest of the kit.
"""

from __future__ import annotations

import http.client
import json
import os
import signal
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import schemathesis
import schemathesis.cli
from schemathesis import Case as _Case
from schemathesis import GenerationMode
from schemathesis.cli import EventHandler
from schemathesis.core.failures import FailureGroup
from schemathesis.engine import events

from idvkit.contract import _resources as resources
from idvkit.contract._billable import BillableBudget, RefusalApp, answered_in_place, billable_operations, write_counts
from idvkit.contract._budget import RunBudget
from idvkit.contract._failure_log import FailureLog
from idvkit.contract._handover import FAILURE_LOG_VARIABLE, NOT_THE_API_VARIABLE, write_atomically
from idvkit.contract._not_the_api import FirstAnswers, not_the_api
from idvkit.contract._observations import ObservationLog
from idvkit.contract._progress import Progress
from idvkit.contract._registrations import register_from_environment
from idvkit.contract._sent_defaults import sent_defaults, with_sent_defaults
from idvkit.contract._vendor_checks import (
    ResourceAction,
    credential_headers,
    credential_patterns,
    echo_mismatches,
    echoed_credential,
    echoed_fields,
    extract_id,
    read_case,
    read_request,
    resource_actions,
    undocumented_error_identifier,
)
from idvkit.specs import credential_issuer

Case = _Case[Any]

# the vendors the parent process registered besides the built-in ones (the checks read their credential variables)
register_from_environment()

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


@schemathesis.cli.handler()
class RunObservations(ObservationLog):
    """The snapshot of what the server answered, for the drift watch (``idvkit contract --baseline``)."""


@schemathesis.cli.handler()
class RunProgress(Progress):
    """The progress lines of this run (printed only in runs idvkit started), with the requests sent so far."""

    budget = BUDGET


if os.environ.get(FAILURE_LOG_VARIABLE) and threading.current_thread() is threading.main_thread():
    signal.signal(signal.SIGINT, _StopRequest.on_sigint)  # only in runs that idvkit started


#: The resources the user named (``--resource``; see idvkit.contract._resources), by the spec's spelling.
RESOURCES = resources.decode()
#: The cap on billable calls (``--max-billable``; see idvkit.contract._billable).
BILLABLE = BillableBudget.from_environment()


@schemathesis.cli.handler()
class BillableLog(EventHandler[Any]):
    """Writes the billable calls' counts for the runner when the run shuts down."""

    def handle_event(self, ctx: Any, event: events.EngineEvent) -> None:
        return None

    def shutdown(self, ctx: Any) -> None:
        if BILLABLE.limit is not None:
            write_counts(BILLABLE)


@schemathesis.hook
def before_call(context: schemathesis.HookContext, case: Case, kwargs: dict[str, Any]) -> None:
    """Put the user's resources into a share of the generated cases; refuse a billable call beyond the cap
    (answered in this process: it reaches no server and spends no budget); spend the budget: the request that
    exhausts it, and every request after a stop was requested, stops the run the way Ctrl-C does (reports
    written)."""
    if RESOURCES:
        _put_resources(case)
    _send_defaults(case)
    if BILLABLE.limit is not None and not _admitted(case, kwargs):
        return
    if (BUDGET.spend() or _StopRequest.requested) and not _StopRequest.acknowledged:
        _StopRequest.requested = True
        os.kill(os.getpid(), signal.SIGINT)


_SENT_DEFAULTS: dict[tuple[int, str], dict[str, Any]] = {}


def _send_defaults(case: Case) -> None:
    """A positive case's body gets the properties the spec marks ``x-send-default`` (see ``_sent_defaults``)."""
    meta = case.meta
    if meta is not None and meta.generation.mode != GenerationMode.POSITIVE:
        return
    operation = case.operation
    key = (id(operation.schema.raw_schema), operation.label)
    if key not in _SENT_DEFAULTS:
        _SENT_DEFAULTS[key] = sent_defaults(operation.schema.raw_schema, operation.definition.raw)
    case.body = with_sent_defaults(case.body, _SENT_DEFAULTS[key])


#: The first answers of the run, watched for a target that is not the API (see idvkit.contract._not_the_api).
FIRST_ANSWERS = FirstAnswers()


@schemathesis.hook
def after_call(context: schemathesis.HookContext, case: Case, response: schemathesis.Response) -> None:
    """Note the conferences a server names in its answers (see ``_ConferenceTokens.learn``). Stop the run early,
    the way the budget does, when none of its first answers looks like the API; the runner then ends with exit 2
    and the one line written here."""
    if 200 <= response.status_code < 300 and _facts(case).conference_parameter is not None:
        _TOKENS.learn(case, _json(response))
    location = os.environ.get(NOT_THE_API_VARIABLE)
    if not location or FIRST_ANSWERS.seen >= FIRST_ANSWERS.limit or answered_in_place(response.headers):
        return
    operation = case.operation
    answer = not_the_api(
        operation.schema.raw_schema,
        operation.definition.raw,
        response.status_code,
        next(
            (str(values[0]) for name, values in response.headers.items() if name.lower() == "content-type" and values),
            "",
        ),
        bool(response.content),
    )
    verdict = FIRST_ANSWERS.add(answer, operation.label, f"{operation.base_url or ''}{operation.path}")
    if verdict is not None:
        write_atomically(Path(location), {"verdict": verdict})
        if not _StopRequest.acknowledged:
            _StopRequest.requested = True
            os.kill(os.getpid(), signal.SIGINT)


@schemathesis.hook
def filter_failure(context: schemathesis.HookContext, failure: Any, case: Case, response: Any) -> bool:
    """No failure of a refused billable call counts: its answer came from idvkit, not from the server."""
    probe: str | None = getattr(failure, "case_id", None)  # the request a check sent of its own, if any
    return not (BILLABLE.was_refused(case.id) or BILLABLE.was_refused(probe))


def _ordinary(case: Case) -> bool:
    """A request of the operation itself, not one with another method the coverage phase sends to its path."""
    return bool(case.method.upper() == case.operation.method.upper())


def _admitted(case: Case, kwargs: dict[str, Any]) -> bool:
    """Whether a call may go to the server: any call that is not billable, and the billable ones within the cap.
    A refused one is routed to the operation's refusal app (the vendor's documented 429)."""
    facts = _facts(case)
    if case.operation.label not in facts.billable or not _ordinary(case) or BILLABLE.admit(case.id):
        return True
    kwargs["app"] = facts.refusal(case, f"max-billable {BILLABLE.limit} reached")
    return False


class _CasesPerOperation:
    """How many cases of each operation a policy was asked about so far (thread-safe)."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}
        self._lock = threading.Lock()

    def next(self, label: str) -> int:
        """Count one more case of ``label``; returns its number (1 for the first)."""
        with self._lock:
            seen = self._seen[label] = self._seen.get(label, 0) + 1
        return seen


class _Alternation(_CasesPerOperation):
    """Every other case of each operation: resources go into one half, the other keeps its generated values
    (so that both "this id exists" and "this id does not" are seen)."""

    def due(self, label: str) -> bool:
        return self.next(label) % 2 == 1


_RESOURCE_SHARE = _Alternation()
#: Phases whose generated cases get resources: examples carry them already (the spec given to schemathesis has
#: them as examples), stateful steps take their ids from the links (what the run itself created).
_GENERATED_PHASES = ("coverage", "fuzzing")


def _put_resources(case: Case) -> None:
    where = _facts(case).slots(case)
    meta = case.meta
    if not where or meta is None or not _ordinary(case):
        return
    if str(meta.phase.name) not in _GENERATED_PHASES or meta.generation.mode != GenerationMode.POSITIVE:
        return
    if not _RESOURCE_SHARE.due(case.operation.label):
        return
    conference = where.get("idConference")
    if conference is not None and _needs_conference_token(case):
        # the case's token was obtained for the generated conference: this one needs its own
        token = _TOKENS.get(case, str(conference[1]))
        if token is None:
            return
        case.headers = case.headers.copy() if case.headers is not None else {}
        ConferenceTokenAuth().set(case, token, None)
        case._has_explicit_auth = True  # as schemathesis marks a case its auth providers authenticated
    # new containers, never edits in place: generated cases may share them (a negative case would get the value)
    for name, (location, value) in where.items():
        if location == "body":
            if isinstance(case.body, dict):
                case.body = {**case.body, name: value}
            continue
        attribute = {"path": "path_parameters", "query": "query", "header": "headers", "cookie": "cookies"}[location]
        container = getattr(case, attribute)
        container = container.copy() if container is not None else {}
        container[name] = value
        setattr(case, attribute, container)


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


#: How much of a conference token's lifetime (the scheme's x-token-lifetime) a cached token may still be used for.
_TOKEN_REUSE = 0.5


def _token_lifetime(document: dict[str, Any]) -> float:
    scheme = (document.get("components") or {}).get("securitySchemes", {}).get("ConferenceToken") or {}
    lifetime = scheme.get("x-token-lifetime")
    return float(lifetime) if isinstance(lifetime, int | float) else 0.0


def _conference_token(case: Case, conference: str) -> str | None:
    """A conference JWT for ``conference`` from the operation the spec names as its issuer (the links'
    x-credential), obtained with the organisation's API key; None when it refuses (an unknown conference)."""
    api_key = os.environ.get("LIVEID_APIKEY")
    issuer = credential_issuer(case.operation.schema.raw_schema, "ConferenceToken")
    parameter = _facts(case).conference_parameter
    if not api_key or issuer is None or parameter is None:
        return None
    answer = _send(
        issuer.operation.method,
        f"{case.operation.base_url}{issuer.operation.path}",
        params={parameter: conference},
        headers={"apikey": api_key},
    )
    body = answer.json() if answer is not None and answer.status == 200 else None
    token = extract_id(issuer.value, request_body=None, request_query={}, response_body=body)
    return token if isinstance(token, str) else None


class _ConferenceTokens:
    """Conference JWTs by (server, conference), reused for half their lifetime: a token per case was one more
    request per case."""

    #: Conferences remembered per server (see ``learn``).
    KNOWN = 16

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._tokens: dict[tuple[str, str], tuple[str, float]] = {}
        self._known: dict[str, list[str]] = {}
        self._lock = threading.Lock()
        self._clock = clock

    def get(self, case: Case, conference: str) -> str | None:
        key = (str(case.operation.base_url), conference)
        with self._lock:
            cached = self._tokens.get(key)
        if cached is not None and cached[1] > self._clock():
            return cached[0]
        token = _conference_token(case, conference)
        if token is not None:
            lifetime = _token_lifetime(case.operation.schema.raw_schema)
            with self._lock:
                self._tokens[key] = (token, self._clock() + lifetime * _TOKEN_REUSE)
        return token

    def any_valid(self, case: Case) -> str | None:
        """A token still valid for another conference of the same server; when none was obtained yet, one for the
        last conference the server named (None: it named none, or refuses a token for every one it named)."""
        now, server = self._clock(), str(case.operation.base_url)
        with self._lock:
            found = [token for (base, _), (token, until) in self._tokens.items() if base == server and until > now]
            known = list(self._known.get(server, ()))
        if found:
            return found[-1]
        for conference in reversed(known):
            token = self.get(case, conference)
            if token is not None:
                return token
            with self._lock:  # erased, or never a conference of this organisation: not asked for again
                if conference in self._known.get(server, []):
                    self._known[server].remove(conference)
        return None

    def learn(self, case: Case, body: Any) -> None:
        """Remember the conferences an answer names (the issuer's parameter as a field of the answer or of an
        object one level down: getCallInfoUID's ``idConference``, getAsyncRequestInfo's calls), so that a case
        naming no usable conference can still carry a valid token: without one, every malformed request to a
        conference-token operation was answered 401 and its documented 400 and 403 were never seen. At most
        ``KNOWN`` per server, the newest kept."""
        name = _facts(case).conference_parameter
        if not name or not isinstance(body, dict):
            return
        server = str(case.operation.base_url)
        for conference in _named(body, name):
            with self._lock:
                known = self._known.setdefault(server, [])
                if conference not in known:
                    known.append(conference)
                    del known[: -self.KNOWN]


def _named(body: dict[str, Any], name: str) -> list[str]:
    """The string values of ``name`` in ``body`` and in the objects one level down (getAsyncRequestInfo's
    ``calls[].idConference``), in order."""
    found: list[str] = []
    for node in (body, *body.values()):
        for item in node if isinstance(node, list) else [node]:
            value = item.get(name) if isinstance(item, dict) else None
            if isinstance(value, str) and value and value not in found:
                found.append(value)
    return found


_TOKENS = _ConferenceTokens()


def _needs_conference_token(case: Case) -> bool:
    return any("ConferenceToken" in requirement for requirement in _security(case))


class ConferenceTokenAuth:
    """A conference JWT from genAPIToken for the case's ``idConference`` (ConferenceToken operations).

    The token is scoped to one conference, so it is obtained per conference (and reused while it is valid), with
    the organisation's API key; when genAPIToken refuses (an unknown conference) or the case names none, the case
    carries a valid token of another conference (without one when none was obtained yet). Every other operation gets the auth the configuration gives its security scheme: schemathesis drops
    auth providers registered for all schemas once the configuration has auth of its own, so this one is
    registered on the schema (``after_load_schema``) and, being the schema's auth, applies the configured one
    too.
    """

    def get(self, case: Case, ctx: Any) -> str | None:
        if not _needs_conference_token(case):
            case.operation.schema.apply_auth(case, ctx)  # the configured auth of the operation's scheme
            return None
        conference = (case.query or {}).get("idConference")
        token = _TOKENS.get(case, conference) if isinstance(conference, str) else None
        # no token for the conference the case names (none named, a malformed or an unknown one): the token of
        # another conference, as a client that holds one would send, so that the server's 400/403/404 for the
        # request itself can be seen instead of a 401 for a missing credential
        return token if token is not None else _TOKENS.any_valid(case)

    def set(self, case: Case, data: str, ctx: Any) -> None:
        case.headers["Authorization"] = f"Bearer {data}"


@schemathesis.hook
def after_load_schema(context: schemathesis.HookContext, schema: Any) -> None:
    """Give a spec with conference-token operations the conference-token auth (see ConferenceTokenAuth)."""
    if credential_issuer(schema.raw_schema, "ConferenceToken") is not None:
        schema.auth(refresh_interval=None)(ConferenceTokenAuth)


class _SpecFacts:
    """What the hooks read from the spec, worked out once per document instead of once per response (the
    run tests one spec; a check that walked the whole document per response cost more than the request)."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.actions: dict[str, ResourceAction] = resource_actions(document)
        self.billable = billable_operations(document)
        #: the request headers that carry credentials (the spec's security schemes)
        self.auth_headers = credential_headers(document)
        issuer = credential_issuer(document, "ConferenceToken")
        #: the parameter naming the conference a conference token is for (genAPIToken's idConference), if any
        self.conference_parameter = (
            next(
                (
                    str(p.get("name"))
                    for p in issuer.operation.definition.get("parameters") or []
                    if isinstance(p, dict) and p.get("required")
                ),
                None,
            )
            if issuer is not None
            else None
        )
        self._echoes: dict[tuple[str, int], dict[str, str]] = {}
        self._slots: dict[str, dict[str, tuple[str, Any]]] = {}
        self._refusals: dict[str, RefusalApp] = {}

    def slots(self, case: Case) -> dict[str, tuple[str, Any]]:
        """Where the run's resources go in a request of the case's operation (see idvkit.contract._resources)."""
        label = case.operation.label
        found = self._slots.get(label)
        if found is None:
            operation = case.operation
            found = self._slots[label] = resources.slots(
                self.document, operation.path, operation.definition.raw, RESOURCES
            )
        return found

    def refusal(self, case: Case, why: str) -> RefusalApp:
        label = case.operation.label
        app = self._refusals.get(label)
        if app is None:
            app = self._refusals[label] = RefusalApp(self.document, case.operation.definition.raw, why)
        return app

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


class _ReadBacks(_CasesPerOperation):
    """Which successful creations and deletions the lifecycle check reads back: the first ``ALWAYS`` of each
    operation, then every ``EVERY``-th. A read is a request of its own; reading back every one of the hundreds of
    tokens a run creates was a tenth of the run. A server that loses resources is caught by the first reads; one
    that loses an occasional resource, by the sample."""

    ALWAYS = 20
    EVERY = 5

    def due(self, label: str) -> bool:
        seen = self.next(label)
        return seen <= self.ALWAYS or seen % self.EVERY == 0


_READ_BACKS = _ReadBacks()


@schemathesis.check
def resource_lifecycle(ctx: schemathesis.CheckContext, response: schemathesis.Response, case: Case) -> bool | None:
    """A created resource can be read back; a deleted one is gone: every operation that reads it answers 404.
    Driven by the spec's x-resource (its ``when``: the request values that make the action happen)."""
    facts = _facts(case)
    actions = facts.actions
    action = actions.get(case.operation.label)
    if action is None or action.action not in ("create", "delete") or not 200 <= response.status_code < 300:
        return None
    request_body = case.body if isinstance(case.body, dict) else None
    request_query, request_path = dict(case.query or {}), dict(case.path_parameters or {})
    if not action.happens(query=request_query, body=request_body, path=request_path):
        return None
    readers = [a for a in actions.values() if a.resource == action.resource and a.action == "read"]
    if not readers:
        return None
    resource_id = extract_id(
        action.id_expression,
        request_body=request_body,
        request_query=request_query,
        response_body=_json(response),
        request_path=request_path,
    )
    if not isinstance(resource_id, str) or not resource_id:
        if action.action == "create":
            raise AssertionError(f"{case.operation.label} succeeded but returned no {action.resource} id")
        return None
    if not _READ_BACKS.due(case.operation.label):
        return None
    headers = {k: str(v) for k, v in response.request.headers.items() if k.lower() in facts.auth_headers}
    # one read shows a created resource exists; a deleted one must be gone for every operation that reads it
    for reader in readers[:1] if action.action == "create" else readers:
        answer = _read_back(ctx, case, reader, resource_id, headers)
        if answer is None:
            continue
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


def _read_back(
    ctx: schemathesis.CheckContext, case: Case, reader: ResourceAction, resource_id: str, headers: dict[str, str]
) -> _Answer | None:
    """``reader``'s request for ``resource_id``, sent as a case of the run: recorded under the case that made or
    deleted the resource, so its answer counts in the coverage matrix and the drift snapshot like any other (an
    erased LiveID+ call's 404s are reached no other way), and checked against the reader's documented responses.
    Outside a run (no recorder), a plain request. None when it got no answer."""
    internals = getattr(ctx, "internals", None)
    operation = case.operation.schema.find_operation_by_label(f"{reader.method.upper()} {reader.path}")
    if internals is None or operation is None:
        read = read_request(reader, resource_id)
        return _send(
            read["method"],
            f"{case.operation.base_url or ''}{read['url']}",
            params=read.get("params"),
            json_body=read.get("json"),
            headers=headers,
        )
    probe = operation.Case(headers=dict(headers), **read_case(reader, resource_id))
    kwargs = dict(internals.transport_kwargs or {})
    if case.operation.app is not None:
        kwargs.setdefault("app", case.operation.app)
    internals.record_case(parent_id=case.id, case=probe)
    try:
        answer = case.operation.schema.transport.send(probe, **kwargs)
    except OSError:  # requests' errors are OSErrors: no answer, as with the plain request
        return None
    internals.record_response(case_id=probe.id, response=answer)
    if 200 <= answer.status_code < 300 and _facts(case).conference_parameter is not None:
        _TOKENS.learn(probe, _json(answer))  # the first pushAsyncCall's read-back names its conference
    try:
        operation.validate_response(answer, case=probe)
    except (AssertionError, FailureGroup) as failure:
        raise AssertionError(
            f"Reading back {reader.resource} with {reader.method.upper()} {reader.path} after "
            f"{case.operation.label}: the answer ({answer.status_code}) does not match the spec: "
            f"{_first_line(failure)}"
        ) from None
    return _Answer(answer.status_code, answer.content or b"")


def _first_line(failure: BaseException) -> str:
    if isinstance(failure, FailureGroup) and failure.exceptions:
        failure = failure.exceptions[0]
    title = getattr(failure, "title", None)
    return str(title) if title else (str(failure).splitlines() or [type(failure).__name__])[0]

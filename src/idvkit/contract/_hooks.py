"""schemathesis hooks of the contract kit: LiveID+'s conference-token auth, the vendor checks, the run's
request/time budget, the failure log idvkit reads back and the progress lines of the run.

Loaded by schemathesis (``SCHEMATHESIS_HOOKS=idvkit.contract._hooks``) in the process that runs the
tests. Credentials come from the same environment variables as the rest of the kit.
"""

from __future__ import annotations

import json
import os
import signal
import threading
from typing import Any

import httpx
import schemathesis
import schemathesis.cli
from schemathesis import Case as _Case
from schemathesis.engine import events

from idvkit.contract._budget import RunBudget
from idvkit.contract._failure_log import FAILURE_LOG_VARIABLE, FailureLog
from idvkit.contract._progress import Progress
from idvkit.contract._registrations import register_from_environment
from idvkit.contract._vendor_checks import (
    credential_echoes,
    credential_headers,
    echo_mismatches,
    echoed_fields,
    extract_id,
    read_request,
    resource_actions,
    undocumented_error_identifier,
)
from idvkit.specs import credential_issuer

Case = _Case[Any]

# the vendors the parent process registered besides the built-in ones (the checks read their credential variables)
register_from_environment()

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
class RunProgress(Progress):
    """The progress lines of this run (printed only in runs idvkit started), with the requests sent so far."""

    budget = BUDGET


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
        api_key = os.environ.get("LIVEID_APIKEY")
        # the operation that issues the token, and where its answer carries it: the links' x-credential
        issuer = credential_issuer(case.operation.schema.raw_schema, "ConferenceToken")
        if not isinstance(conference, str) or not api_key or issuer is None:
            return None
        try:
            answer = httpx.request(
                issuer.operation.method.upper(),
                f"{case.operation.base_url}{issuer.operation.path}",
                params={"idConference": conference},
                headers={"apikey": api_key},
                timeout=10,
            )
        except httpx.HTTPError:
            return None
        body = answer.json() if answer.status_code == 200 else None
        token = extract_id(issuer.value, request_body=None, request_query={}, response_body=body)
        return token if isinstance(token, str) else None

    def set(self, case: Case, data: str, ctx: Any) -> None:
        case.headers["Authorization"] = f"Bearer {data}"


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
    found = credential_echoes(response.content, os.environ)
    if found:
        raise AssertionError(f"The response contains the {found}")
    return None


@schemathesis.check
def echoed_request_fields(ctx: schemathesis.CheckContext, response: schemathesis.Response, case: Case) -> bool | None:
    """A response property marked ``x-echo`` repeats the request body field it names."""
    echoes = echoed_fields(case.operation.schema.raw_schema, case.operation.definition.raw, response.status_code)
    problem = echo_mismatches(echoes, case.body, _json(response)) if echoes else None
    if problem:
        raise AssertionError(problem)
    return None


@schemathesis.check
def resource_lifecycle(ctx: schemathesis.CheckContext, response: schemathesis.Response, case: Case) -> bool | None:
    """A created resource can be read back; a deleted one is gone (404). Driven by the spec's x-resource."""
    document = case.operation.schema.raw_schema
    actions = resource_actions(document)
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
        request_path=dict(case.path_parameters or {}),
    )
    if not isinstance(resource_id, str) or not resource_id:
        if action.action == "create":
            raise AssertionError(f"{case.operation.label} succeeded but returned no {action.resource} id")
        return None
    auth_headers = credential_headers(document)
    headers = {k: str(v) for k, v in response.request.headers.items() if k.lower() in auth_headers}
    try:
        with httpx.Client(base_url=case.operation.base_url or "", timeout=10) as client:
            answer = client.request(headers=headers, **read_request(reader, resource_id))
    except httpx.HTTPError:
        return None
    if action.action == "create" and not 200 <= answer.status_code < 300:
        raise AssertionError(
            f"The {action.resource} created by {case.operation.label} is not retrievable: "
            f"{reader.method.upper()} {reader.path} answered {answer.status_code}"
        )
    if action.action == "delete" and answer.status_code != 404:
        raise AssertionError(
            f"The {action.resource} deleted by {case.operation.label} is still there: "
            f"{reader.method.upper()} {reader.path} answered {answer.status_code}, expected 404"
        )
    return None

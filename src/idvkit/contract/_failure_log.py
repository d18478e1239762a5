"""Write down, for idvkit, every failure a schemathesis run found: check, operation and spec location.

schemathesis's JSON report groups failures by check and files the ones found by the stateful phase under
"Stateful tests"; its HTML report knows better but is not meant to be read by a program. This event handler
runs inside the schemathesis process (idvkit's hooks register it with ``schemathesis.cli.handler``) and, when the run shuts down (finished, failed or interrupted), writes one JSON document to the
path in ``IDVKIT_FAILURE_LOG``: per failure the code and title of the check, the operation whose response
failed (also for stateful sequences), the response status, for schema violations the JSON pointer of
the schema that was violated and, for accepted invalid requests, the name of the request element the test case
broke. No message, request or response body is written: they may hold personal data.

The log also holds every (operation, status, error identifier) the server answered with, counted, so that
idvkit can say how much of the documented behaviour the run observed (``idvkit.contract._coverage``). An
identifier is kept only when it looks like an error constant (``BAD_VALUE``); any other value is not written.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from schemathesis.cli import EventHandler, ExecutionContext
from schemathesis.engine import events

from idvkit.contract._billable import answered_in_place
from idvkit.contract._budget import RunBudget
from idvkit.contract._handover import FAILURE_LOG_VARIABLE as FAILURE_LOG_VARIABLE
from idvkit.contract._handover import write_atomically as write_atomically  # also imported from here

#: schemathesis renders the location of a violated schema as a line ``Schema at /pointer:``, or ``Schema:``
#: when the response schema's root was violated.
_SCHEMA_LOCATION = re.compile(r"^Schema(?: at (/\S*))?:$", re.MULTILINE)
#: An error body's ``identifier`` as the log keeps it: an error constant, nothing that could be a value.
_IDENTIFIER = re.compile(r"^[A-Z][A-Z0-9_]{0,63}$")
#: Error bodies larger than this are not parsed for their identifier.
_MAX_ERROR_BODY = 65536


def schema_pointer(failure: Any) -> str | None:
    """Where in the spec the schema a response violated sits (schema violations only): a pointer into the
    document, or relative to the response's schema when that schema is written inline ("" for its root)."""
    if getattr(failure, "code", None) != "ST108":
        return None
    match = _SCHEMA_LOCATION.search(str(getattr(failure, "message", "")))
    return (match.group(1) or "") if match else None


#: How schemathesis names the element a negative test case broke, in an ST201 message ("Invalid component: ...").
_MISSING_PROPERTY = re.compile(r"^Invalid component: Missing required property: ([^\s`]+)$", re.MULTILINE)
_MISSING_PARAMETER = re.compile(r"^Invalid component: Missing `([^`]+)` at (\w+)$", re.MULTILINE)
_PARAMETER = re.compile(r"^Invalid component: parameter `([^`]+)` in (\w+)\b", re.MULTILINE)


def negated_element(failure: Any) -> dict[str, str] | None:
    """For an accepted invalid request (ST201): the request element its test case broke, by name only (a
    missing required property, or a parameter and where it goes); None when the message does not say."""
    if getattr(failure, "code", None) != "ST201":
        return None
    message = str(getattr(failure, "message", ""))
    if match := _MISSING_PROPERTY.search(message):
        return {"property": match.group(1)}
    if match := _MISSING_PARAMETER.search(message) or _PARAMETER.search(message):
        return {"parameter": match.group(1), "in": match.group(2).lower()}
    return None


def failure_records(statistic: Any) -> list[dict[str, Any]]:
    """One record per failure of a run's statistic (``ExecutionContext.statistic``)."""
    records = []
    for label, groups in statistic.failures.items():
        for group in groups.values():
            status = group.response.status_code if group.response is not None else None
            for failure in group.failures:
                records.append(
                    {
                        "code": failure.code,
                        "title": failure.title,
                        "operation": failure.operation or label,
                        "reported_under": label,
                        "case_id": group.case_id,
                        "status": status,
                        "schema_pointer": schema_pointer(failure),
                        "negated": negated_element(failure),
                    }
                )
    return records


def error_identifier(status: int, content: bytes | None) -> str | None:
    """The ``identifier`` of a 4xx/5xx JSON error body, when it is an error constant; None otherwise."""
    if status < 400 or not content or len(content) > _MAX_ERROR_BODY:
        return None
    try:
        body = json.loads(content)
    except (ValueError, UnicodeDecodeError):
        return None
    identifier = body.get("identifier") if isinstance(body, dict) else None
    return identifier if isinstance(identifier, str) and _IDENTIFIER.match(identifier) else None


class ResponseTally:
    """How often the server answered each operation with each (status, error identifier)."""

    def __init__(self) -> None:
        self.counts: dict[tuple[str, int, str | None], int] = {}

    def add_recorder(self, recorder: Any) -> int:
        """Count the answered requests of a finished scenario (a schemathesis ``ScenarioRecorder``: its cases
        and their interactions, the checks' own requests included); returns how many it held."""
        added = 0
        for case_id, interaction in recorder.interactions.items():
            response = interaction.response
            node = recorder.cases.get(case_id)
            operation = getattr(getattr(node, "value", None), "operation", None)
            label = getattr(operation, "label", None)
            method = str(getattr(interaction.request, "method", "")).upper()
            if (
                response is None
                or not isinstance(label, str)
                or method != str(getattr(operation, "method", "")).upper()
            ):
                continue  # no answer, or a check's probe with another method (405 for TRACE is no answer of it)
            if answered_in_place(getattr(response, "headers", None) or {}):
                continue  # a billable call --max-billable refused: idvkit answered, the server saw nothing
            status = int(response.status_code)
            key = (label, status, error_identifier(status, response.content))
            self.counts[key] = self.counts.get(key, 0) + 1
            added += 1
        return added

    def records(self) -> list[dict[str, Any]]:
        return [
            {"operation": label, "status": status, "identifier": identifier, "count": count}
            for (label, status, identifier), count in sorted(self.counts.items(), key=lambda item: str(item[0]))
        ]


class FailureLog(EventHandler[ExecutionContext]):
    """Collects the stop reason while the run goes; writes the log when the run shuts down."""

    #: The run's request/time budget, spent by the hooks before every request (none: unlimited).
    budget: RunBudget | None = None

    def __init__(self, *args: Any, **params: Any) -> None:
        location = os.environ.get(FAILURE_LOG_VARIABLE)
        self.path = Path(location) if location else None
        self.stop_reason = "interrupted"  # until the engine says otherwise
        self.interrupted = False
        self.responses = ResponseTally()

    def handle_event(self, ctx: ExecutionContext, event: events.EngineEvent) -> None:
        if isinstance(event, events.ScenarioFinished):
            self.responses.add_recorder(event.recorder)
        elif isinstance(event, events.Interrupted):
            self.interrupted = True
        elif isinstance(event, events.EngineFinished):
            self.stop_reason = str(event.stop_reason)

    def shutdown(self, ctx: ExecutionContext) -> None:
        if self.path is None:
            return
        stop_reason = self.stop_reason
        if self.budget is not None and self.budget.exhausted is not None:
            stop_reason = f"budget_{self.budget.exhausted}"  # the run stopped itself, see idvkit.contract._budget
        elif self.interrupted:
            stop_reason = "interrupted"
        write_atomically(
            self.path,
            {
                "stop_reason": stop_reason,
                "requests": self.budget.requests if self.budget is not None else None,
                "failures": failure_records(ctx.statistic),
                "responses": self.responses.records(),
            },
        )

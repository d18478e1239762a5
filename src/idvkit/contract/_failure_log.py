"""Write down, for idvkit, every failure a schemathesis run found: check, operation and spec location.

schemathesis's JSON report groups failures by check and files the ones found by the stateful phase under
"Stateful tests"; its HTML report knows better but is not meant to be read by a program. This event handler
runs inside the schemathesis process (idvkit's hooks register it with ``schemathesis.cli.handler``) and, when the run shuts down (finished, failed or interrupted), writes one JSON document to the
path in ``IDVKIT_FAILURE_LOG``: per failure the code and title of the check, the operation whose response
failed (also for stateful sequences), the response status and, for schema violations, the JSON pointer of
the schema that was violated. No message, request or response body is written: they may hold personal data.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from schemathesis.cli import EventHandler, ExecutionContext
from schemathesis.engine import events

from idvkit.contract._budget import RunBudget
from idvkit.contract._handover import FAILURE_LOG_VARIABLE as FAILURE_LOG_VARIABLE
from idvkit.contract._handover import write_atomically as write_atomically  # also imported from here

#: schemathesis renders the location of a violated schema as a line ``Schema at /pointer:``, or ``Schema:``
#: when the response schema's root was violated.
_SCHEMA_LOCATION = re.compile(r"^Schema(?: at (/\S*))?:$", re.MULTILINE)


def schema_pointer(failure: Any) -> str | None:
    """Where in the spec the schema a response violated sits (schema violations only): a pointer into the
    document, or relative to the response's schema when that schema is written inline ("" for its root)."""
    if getattr(failure, "code", None) != "ST108":
        return None
    match = _SCHEMA_LOCATION.search(str(getattr(failure, "message", "")))
    return (match.group(1) or "") if match else None


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
                    }
                )
    return records


class FailureLog(EventHandler[ExecutionContext]):
    """Collects the stop reason while the run goes; writes the log when the run shuts down."""

    #: The run's request/time budget, spent by the hooks before every request (none: unlimited).
    budget: RunBudget | None = None

    def __init__(self, *args: Any, **params: Any) -> None:
        location = os.environ.get(FAILURE_LOG_VARIABLE)
        self.path = Path(location) if location else None
        self.stop_reason = "interrupted"  # until the engine says otherwise
        self.interrupted = False

    def handle_event(self, ctx: ExecutionContext, event: events.EngineEvent) -> None:
        if isinstance(event, events.Interrupted):
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
            },
        )

"""The schemathesis process's side of the drift watch: every answer of the run fed into a snapshot (``_snapshot``).

idvkit's hooks register ``ObservationLog`` as an event handler when the runner asks for a snapshot (the path in
``OBSERVATIONS_VARIABLE``); at shutdown it writes the snapshot there. Answers idvkit gave itself (a billable call
``--max-billable`` refused) and the checks' probes with another method are left out, as in the response tally.
The request class of an answer is the phase and generation mode of its case (``examples`` for the spec's
examples, ``fuzzing-positive``, ``stateful-negative``, ...).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from schemathesis.cli import EventHandler, ExecutionContext
from schemathesis.engine import events

from idvkit.contract._billable import answered_in_place
from idvkit.contract._handover import OBSERVATIONS_VARIABLE, write_atomically
from idvkit.contract._snapshot import Exchange, SnapshotBuilder, media_type_of

#: Bodies larger than this are not parsed.
_MAX_BODY = 1024 * 1024


def request_class(case: Any) -> str:
    """``examples`` for the spec's examples, else ``<phase>-<positive|negative>``; ``checks`` for a check's probe."""
    meta = getattr(case, "meta", None)
    if meta is None:
        return "checks"
    phase = str(getattr(getattr(meta, "phase", None), "name", "unknown"))
    if phase == "examples":
        return phase
    mode = getattr(getattr(meta, "generation", None), "mode", None)
    return f"{phase}-{getattr(mode, 'value', mode)}"


def _body(content: bytes | None) -> Any:
    if not content or len(content) > _MAX_BODY:
        return None
    try:
        return json.loads(content)
    except (ValueError, UnicodeDecodeError):
        return None


class ObservationRecorder:
    """Feeds the answers of finished scenarios into a snapshot builder (made with the first case's spec)."""

    def __init__(self) -> None:
        self.builder: SnapshotBuilder | None = None

    def add_recorder(self, recorder: Any) -> None:
        for case_id, interaction in recorder.interactions.items():
            response = interaction.response
            node = recorder.cases.get(case_id)
            case = getattr(node, "value", None)
            operation = getattr(case, "operation", None)
            label = getattr(operation, "label", None)
            method = str(getattr(interaction.request, "method", "")).upper()
            if response is None or operation is None or not isinstance(label, str):
                continue
            if method != str(operation.method).upper():
                continue
            headers = getattr(response, "headers", None) or {}
            if answered_in_place(headers):
                continue
            if self.builder is None:
                self.builder = SnapshotBuilder(operation.schema.raw_schema)
            content_type = next((v for k, v in headers.items() if str(k).lower() == "content-type"), None)
            if isinstance(content_type, list):
                content_type = content_type[0] if content_type else None
            self.builder.add(
                Exchange(
                    label,
                    int(response.status_code),
                    media_type_of(content_type),
                    frozenset(str(name).lower() for name in headers),
                    _body(response.content),
                    request_class(case),
                )
            )

    def snapshot(self) -> dict[str, Any]:
        return self.builder.snapshot() if self.builder is not None else {"operations": {}}


class ObservationLog(EventHandler[ExecutionContext]):
    """Records every answer of the run; writes the snapshot when the run shuts down."""

    def __init__(self, *args: Any, **params: Any) -> None:
        location = os.environ.get(OBSERVATIONS_VARIABLE)
        self.path = Path(location) if location else None
        self.recorder = ObservationRecorder()

    def handle_event(self, ctx: ExecutionContext, event: events.EngineEvent) -> None:
        if self.path is not None and isinstance(event, events.ScenarioFinished):
            self.recorder.add_recorder(event.recorder)

    def shutdown(self, ctx: ExecutionContext) -> None:
        if self.path is not None:
            write_atomically(self.path, self.recorder.snapshot())

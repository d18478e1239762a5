"""The progress lines of a run: one per operation a unit phase finished, one per phase, and a line saying where
the run is when it has been silent for the interval idvkit set."""

from __future__ import annotations

import io
import threading
import time
import uuid
from typing import Any

import pytest
from schemathesis.engine import Status, events
from schemathesis.engine.recorder import ScenarioRecorder
from schemathesis.engine.run import Phase, PhaseName

from idvkit.contract._budget import RunBudget
from idvkit.contract._progress import PROGRESS_VARIABLE, Progress


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _finished(phase: PhaseName, label: str | None, status: Status = Status.SUCCESS) -> events.ScenarioFinished:
    return events.ScenarioFinished(
        id=uuid.uuid4(),
        phase=phase,
        suite_id=uuid.uuid4(),
        label=label,
        status=status,
        recorder=ScenarioRecorder(label=label or "Stateful tests"),
        elapsed_time=1.25,
        skip_reason=None,
        is_final=False,
    )


def _progress(monkeypatch: pytest.MonkeyPatch, interval: str | None = "5") -> tuple[Progress, io.StringIO, Clock]:
    if interval is None:
        monkeypatch.delenv(PROGRESS_VARIABLE, raising=False)
    else:
        monkeypatch.setenv(PROGRESS_VARIABLE, interval)
    stream, clock = io.StringIO(), Clock()
    return Progress(stream=stream, clock=clock), stream, clock


def test_one_line_per_finished_operation_and_phase(monkeypatch: pytest.MonkeyPatch) -> None:
    progress, stream, clock = _progress(monkeypatch)
    context: Any = None
    progress.handle_event(context, events.PhaseStarted(phase=Phase(PhaseName.COVERAGE), payload=None))
    progress.handle_event(context, _finished(PhaseName.COVERAGE, "POST /api/v2/status"))
    progress.handle_event(context, _finished(PhaseName.COVERAGE, "POST /api/v2/token", Status.FAILURE))
    clock.now += 31
    progress.handle_event(
        context, events.PhaseFinished(phase=Phase(PhaseName.COVERAGE), status=Status.FAILURE, payload=None)
    )
    assert stream.getvalue().splitlines() == [
        "[idvkit] coverage: POST /api/v2/status passed (0 responses, 1.2 s)",
        "[idvkit] coverage: POST /api/v2/token failed (0 responses, 1.2 s)",
        "[idvkit] coverage phase failed: 2 operations in 31.0 s",
    ]


def test_where_the_run_is(monkeypatch: pytest.MonkeyPatch) -> None:
    progress, _, clock = _progress(monkeypatch)
    progress.budget = RunBudget()
    for _ in range(42):
        progress.budget.spend()
    assert progress.status_line() is None  # between phases
    progress.handle_event(None, events.PhaseStarted(phase=Phase(PhaseName.STATEFUL_TESTING), payload=None))  # type: ignore[arg-type]
    for _ in range(3):
        progress.handle_event(None, _finished(PhaseName.STATEFUL_TESTING, None))  # type: ignore[arg-type]
    clock.now += 12
    assert progress.status_line() == "[idvkit] stateful phase running for 12 s: 3 scenarios, 42 requests sent so far"


def test_a_silent_run_says_where_it_is_at_least_every_interval(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PROGRESS_VARIABLE, "0.2")
    stream = io.StringIO()
    progress = Progress(stream=stream)
    progress.start(None)  # type: ignore[arg-type]
    progress.handle_event(None, events.PhaseStarted(phase=Phase(PhaseName.FUZZING), payload=None))  # type: ignore[arg-type]
    try:
        deadline = time.monotonic() + 10
        while stream.getvalue().count("\n") < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        progress.shutdown(None)  # type: ignore[arg-type]
    lines = stream.getvalue().splitlines()
    assert len(lines) >= 2
    assert all(line.startswith("[idvkit] fuzzing phase running for ") for line in lines)
    assert not any(thread.name == "idvkit-progress" for thread in threading.enumerate())


def test_nothing_is_printed_unless_idvkit_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    progress, stream, _ = _progress(monkeypatch, None)
    progress.start(None)  # type: ignore[arg-type]
    progress.handle_event(None, events.PhaseStarted(phase=Phase(PhaseName.COVERAGE), payload=None))  # type: ignore[arg-type]
    progress.handle_event(None, _finished(PhaseName.COVERAGE, "POST /api/v2/status"))  # type: ignore[arg-type]
    progress.shutdown(None)  # type: ignore[arg-type]
    assert stream.getvalue() == ""

"""Progress of a contract run that a person (or a CI log) can follow.

schemathesis writes to a pipe when idvkit runs it, so it shows no live progress and reports a phase only
when the phase ends (the coverage phase can take half a minute). This event handler runs in the
schemathesis process, next to the failure log, and prints one line per operation a unit phase finished,
one per finished phase, and, when nothing was printed for ``IDVKIT_PROGRESS_INTERVAL`` seconds, a line saying
where the run is. It prints nothing unless idvkit set that variable.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from typing import Any, TextIO

from schemathesis.cli import EventHandler, ExecutionContext
from schemathesis.engine import events
from schemathesis.engine.run import PhaseName

from idvkit.contract._budget import RunBudget
from idvkit.contract._handover import PROGRESS_VARIABLE as PROGRESS_VARIABLE

PREFIX = "[idvkit]"
_TESTING = {PhaseName.EXAMPLES, PhaseName.COVERAGE, PhaseName.FUZZING, PhaseName.STATEFUL_TESTING}
_RESULTS = {
    "success": "passed",
    "failure": "failed",
    "error": "errored",
    "skip": "skipped",
    "interrupted": "interrupted",
}


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


class Progress(EventHandler[ExecutionContext]):
    """Prints the run's progress lines (see the module docstring)."""

    #: The run's request budget, which counts every request the run sends (none: not known).
    budget: RunBudget | None = None

    def __init__(self, *args: Any, stream: TextIO | None = None, clock: Any = time.monotonic, **params: Any) -> None:
        interval = os.environ.get(PROGRESS_VARIABLE)
        self.interval = float(interval) if interval else None
        self.stream = stream if stream is not None else sys.stdout
        self.clock = clock
        self.phase: str | None = None
        self.phase_started = self.last_line = self.clock()
        self.operations_done = 0
        self.scenarios = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self, ctx: ExecutionContext) -> None:
        if self.interval is not None and self.interval > 0:
            self._thread = threading.Thread(target=self._beat, name="idvkit-progress", daemon=True)
            self._thread.start()

    def shutdown(self, ctx: ExecutionContext) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=1)

    def handle_event(self, ctx: ExecutionContext, event: events.EngineEvent) -> None:
        if self.interval is None:
            return
        if isinstance(event, events.PhaseStarted) and event.phase.name in _TESTING:
            with self._lock:
                self.phase, self.phase_started = str(event.phase.name), self.clock()
                self.operations_done = self.scenarios = 0
        elif isinstance(event, events.ScenarioFinished) and self.phase is not None:
            self._scenario_finished(event)
        elif isinstance(event, events.PhaseFinished) and event.phase.name in _TESTING and self.phase is not None:
            if str(event.status) == "skip" and not (self.scenarios or self.operations_done):
                self.phase = None  # a phase that was not run: schemathesis says why
                return
            done = (
                _plural(self.scenarios, "scenario")
                if self.phase == PhaseName.STATEFUL_TESTING
                else _plural(self.operations_done, "operation")
            )
            result = _RESULTS.get(str(event.status), str(event.status))
            self.write(f"{PREFIX} {self.phase} phase {result}: {done} in {self.clock() - self.phase_started:.1f} s")
            self.phase = None

    def _scenario_finished(self, event: events.ScenarioFinished) -> None:
        if self.phase == PhaseName.STATEFUL_TESTING:
            with self._lock:
                self.scenarios += 1
            return
        if not event.label or (event.is_final and str(event.status) == "skip"):
            return
        with self._lock:
            self.operations_done += 1
        answers = sum(1 for interaction in event.recorder.interactions.values() if interaction.response is not None)
        result = _RESULTS.get(str(event.status), str(event.status))
        why = f", {event.skip_reason}" if event.skip_reason and result == "skipped" else ""
        self.write(
            f"{PREFIX} {self.phase}: {event.label} {result}{why} ({_plural(answers, 'response')}, "
            f"{event.elapsed_time:.1f} s)"
        )

    def status_line(self) -> str | None:
        """Where the run is now (None between phases)."""
        with self._lock:
            phase, started, done, scenarios = self.phase, self.phase_started, self.operations_done, self.scenarios
        if phase is None:
            return None
        parts = [_plural(scenarios, "scenario") if phase == PhaseName.STATEFUL_TESTING else f"{done} operations done"]
        if self.budget is not None:
            parts.append(f"{self.budget.requests} requests sent so far")
        return f"{PREFIX} {phase} phase running for {self.clock() - started:.0f} s: {', '.join(parts)}"

    def write(self, line: str) -> None:
        with self._lock:
            self.last_line = self.clock()
            self.stream.write(line + "\n")
            self.stream.flush()

    def _beat(self) -> None:
        assert self.interval is not None
        while not self._stop.wait(min(self.interval, 1.0)):
            if self.clock() - self.last_line < self.interval:
                continue
            line = self.status_line()
            if line is not None:
                self.write(line)
            else:
                with self._lock:
                    self.last_line = self.clock()

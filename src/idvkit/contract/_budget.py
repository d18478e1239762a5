"""The request and time budget of a contract run against a remote server.

schemathesis's own ``--max-time`` is a budget that is always spent (fuzzing and stateful testing repeat
until it runs out), so a run against a vendor sandbox would last the whole budget even when it had nothing
left to test. idvkit's budget is a ceiling instead: the run ends as soon as its phases are done, or when it
has sent ``max_requests`` requests or run for ``max_seconds``, whichever comes first. The schemathesis
process reads the budget from the environment and stops itself the way Ctrl-C would, so that its reports
are written for what ran.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

MAX_REQUESTS_VARIABLE = "IDVKIT_MAX_REQUESTS"
MAX_SECONDS_VARIABLE = "IDVKIT_MAX_SECONDS"


@dataclass
class RunBudget:
    """Counts requests and watches the clock; ``spend`` says when the budget has just run out."""

    max_requests: int | None = None
    max_seconds: float | None = None
    clock: Callable[[], float] = time.monotonic
    requests: int = 0
    exhausted: str | None = None  # why the budget ran out: "requests" or "time"
    _started: float | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def from_environment(cls, environment: Mapping[str, str] | None = None) -> RunBudget:
        environment = os.environ if environment is None else environment
        requests = environment.get(MAX_REQUESTS_VARIABLE)
        seconds = environment.get(MAX_SECONDS_VARIABLE)
        return cls(int(requests) if requests else None, float(seconds) if seconds else None)

    @property
    def limited(self) -> bool:
        return self.max_requests is not None or self.max_seconds is not None

    def spend(self) -> bool:
        """Account for one request about to be sent; True exactly once, for the request that exhausts it."""
        with self._lock:
            now = self.clock()
            if self._started is None:
                self._started = now
            self.requests += 1
            if self.exhausted is not None:
                return False
            if self.max_requests is not None and self.requests >= self.max_requests:
                self.exhausted = "requests"
            elif self.max_seconds is not None and now - self._started >= self.max_seconds:
                self.exhausted = "time"
            return self.exhausted is not None


def environment_of(max_requests: int | None, max_seconds: float | None) -> dict[str, str]:
    """The variables that hand a budget to the schemathesis process."""
    variables = {}
    if max_requests is not None:
        variables[MAX_REQUESTS_VARIABLE] = str(max_requests)
    if max_seconds is not None:
        variables[MAX_SECONDS_VARIABLE] = str(max_seconds)
    return variables

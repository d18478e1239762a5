"""The sandbox's clock: real time plus an offset that tests move forward to expire tokens."""

from __future__ import annotations

import threading
import time


class SandboxClock:
    """Seconds since the epoch, shifted by everything ``advance`` added."""

    def __init__(self) -> None:
        self._offset = 0.0
        self._lock = threading.Lock()

    def now(self) -> float:
        return time.time() + self._offset

    def advance(self, seconds: float) -> float:
        """Move the clock forward (never back) and return the new time."""
        if seconds < 0:
            raise ValueError("the sandbox clock only moves forward")
        with self._lock:
            self._offset += seconds
        return self.now()

    def __call__(self) -> float:
        return self.now()

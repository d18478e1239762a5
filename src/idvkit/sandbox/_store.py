"""Sandbox state behind a small storage interface: in memory by default, thread-safe and bounded."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from typing import Generic, Protocol, TypeVar

V = TypeVar("V")


class Store(Protocol[V]):
    """What the sandboxes need from a storage backend."""

    def get(self, key: str) -> V | None:
        """The live value of ``key``, or None (never stored, deleted, expired or evicted)."""
        ...

    def put(self, key: str, value: V) -> None:
        """Store ``value`` under ``key``, replacing any previous one."""
        ...

    def delete(self, key: str) -> bool:
        """Remove ``key``; True when it was there."""
        ...

    def values(self) -> list[V]:
        """A snapshot of the live values."""
        ...

    def clear(self) -> None: ...

    def __len__(self) -> int: ...


class MemoryStore(Generic[V]):
    """An in-memory store bounded by entry count (least recently used first out) and age (TTL).

    A long fuzzing run creates unbounded numbers of verifications; this keeps memory flat: at most
    ``max_entries`` live entries, each dropped ``ttl`` seconds after it was last written.
    All methods are safe to call from concurrent threads.
    """

    #: A little over iDenfy's longest token lifetime (expiryTime up to 2,592,000 s = 30 days).
    DEFAULT_TTL = 31 * 24 * 3600.0

    def __init__(self, *, max_entries: int = 10_000, ttl: float = DEFAULT_TTL, clock: Callable[[], float]) -> None:
        if max_entries < 1 or ttl <= 0:
            raise ValueError("max_entries must be at least 1 and ttl positive")
        self._entries: OrderedDict[str, tuple[float, V]] = OrderedDict()
        self._lock = threading.Lock()
        self._max_entries = max_entries
        self._ttl = ttl
        self._clock = clock

    def get(self, key: str) -> V | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            written, value = entry
            if self._clock() - written > self._ttl:
                del self._entries[key]
                return None
            self._entries.move_to_end(key)
            return value

    def put(self, key: str, value: V) -> None:
        with self._lock:
            self._entries[key] = (self._clock(), value)
            self._entries.move_to_end(key)
            while len(self._entries) > self._max_entries:
                self._entries.popitem(last=False)

    def delete(self, key: str) -> bool:
        with self._lock:
            return self._entries.pop(key, None) is not None

    def values(self) -> list[V]:
        now = self._clock()
        with self._lock:
            return [value for written, value in self._entries.values() if now - written <= self._ttl]

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    def __iter__(self) -> Iterator[str]:
        with self._lock:
            return iter(list(self._entries))

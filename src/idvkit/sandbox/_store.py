"""Sandbox state behind a small storage interface: in memory by default, thread-safe and bounded."""

from __future__ import annotations

import sys
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


def approximate_size(value: object) -> int:
    """Roughly how many bytes ``value`` holds: ``sys.getsizeof`` of it and of everything it refers to
    (dict keys and values, list, tuple and set members, object attributes), each object counted once.

    Iterative, so a deeply nested value cannot make it recurse.
    """
    total, seen, pending = 0, set(), [value]
    while pending:
        node = pending.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if node is None or isinstance(node, bool):
            continue  # singletons: a reference to one costs only the pointer its container counted
        total += sys.getsizeof(node)
        if isinstance(node, dict):
            pending.extend(node.keys())
            pending.extend(node.values())
        elif isinstance(node, (list, tuple, set, frozenset)):
            pending.extend(node)
        elif not isinstance(node, (str, bytes, int, float)):
            attributes = getattr(node, "__dict__", None)
            if isinstance(attributes, dict):
                pending.append(attributes)
    return total


class MemoryStore(Generic[V]):
    """An in-memory store bounded by entry count, by size and by age; least recently used first out.

    A long fuzzing run creates unbounded numbers of verifications, and one request may carry megabytes
    (a 10 MB ``callbackUrl`` is valid: the spec gives it no maxLength). This keeps memory flat: at most
    ``max_entries`` live entries, together about ``max_bytes`` (each value's ``approximate_size`` when it
    was last written; the newest entry stays even when it alone is larger), each dropped ``ttl`` seconds
    after it was last written. All methods are safe to call from concurrent threads.
    """

    #: A little over iDenfy's longest token lifetime (expiryTime up to 2,592,000 s = 30 days).
    DEFAULT_TTL = 31 * 24 * 3600.0
    #: 64 MiB per store; 10,000 typical iDenfy verifications account for about 58 MiB (6 KB each), so in
    #: ordinary use the entry count binds first.
    DEFAULT_MAX_BYTES = 64 * 1024 * 1024

    def __init__(
        self,
        *,
        max_entries: int = 10_000,
        max_bytes: int = DEFAULT_MAX_BYTES,
        ttl: float = DEFAULT_TTL,
        clock: Callable[[], float],
        sizer: Callable[[V], int] = approximate_size,
    ) -> None:
        if max_entries < 1 or max_bytes < 1 or ttl <= 0:
            raise ValueError("max_entries and max_bytes must be at least 1 and ttl positive")
        self._entries: OrderedDict[str, tuple[float, V, int]] = OrderedDict()
        self._lock = threading.Lock()
        self._max_entries = max_entries
        self._max_bytes = max_bytes
        self._ttl = ttl
        self._clock = clock
        self._sizer = sizer
        self._bytes = 0

    @property
    def size_bytes(self) -> int:
        """The accounted size of the entries held, in bytes (expired entries count until they are noticed)."""
        with self._lock:
            return self._bytes

    def get(self, key: str) -> V | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            written, value, size = entry
            if self._clock() - written > self._ttl:
                del self._entries[key]
                self._bytes -= size
                return None
            self._entries.move_to_end(key)
            return value

    def put(self, key: str, value: V) -> None:
        size = self._sizer(value) + sys.getsizeof(key)  # measured outside the lock: it walks the value
        with self._lock:
            previous = self._entries.pop(key, None)
            if previous is not None:
                self._bytes -= previous[2]
            self._entries[key] = (self._clock(), value, size)
            self._bytes += size
            while len(self._entries) > 1 and (len(self._entries) > self._max_entries or self._bytes > self._max_bytes):
                self._bytes -= self._entries.popitem(last=False)[1][2]

    def delete(self, key: str) -> bool:
        with self._lock:
            entry = self._entries.pop(key, None)
            if entry is None:
                return False
            self._bytes -= entry[2]
            return True

    def values(self) -> list[V]:
        now = self._clock()
        with self._lock:
            return [value for written, value, _ in self._entries.values() if now - written <= self._ttl]

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._bytes = 0

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    def __iter__(self) -> Iterator[str]:
        with self._lock:
            return iter(list(self._entries))

"""How much of the documented behaviour a contract run observed: operation x documented status (x error identifier).

The schemathesis process counts every answer it got per (operation, status, error identifier) (see
``_failure_log.ResponseTally``); this module lays those counts over what the spec documents. A documented
status is *seen* when at least one answer of the run had it (a class key such as ``4XX`` and ``default`` take
the statuses no exact key documents). A documented status that no contract run can provoke carries
``x-unreachable-status: <why>`` on its response object, or in the operation's ``x-unreachable-statuses`` map
(status -> why) when the response object is shared with operations that can produce it; such pairs are
listed with their reason and left out of the percentage. An operation is *exercised* only when it answered at
least once with a status below 400: one that only ever refused (401/403, unknown ids) was not tested.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from idvkit.specs import Operation, follow_refs, iter_operations

UNREACHABLE_STATUS = "x-unreachable-status"
UNREACHABLE_STATUSES = "x-unreachable-statuses"


@dataclass(frozen=True)
class StatusCoverage:
    """One documented status of an operation: how often it was seen, and the error identifiers."""

    status: str  # as documented: "200", "4XX", "default"
    seen: int
    #: why no contract run can provoke it (None: it can be)
    unreachable: str | None = None
    identifiers_documented: tuple[str, ...] = ()
    identifiers_seen: tuple[str, ...] = ()


@dataclass(frozen=True)
class OperationCoverage:
    """What one operation of the spec answered during the run."""

    label: str
    operation_id: str | None
    statuses: tuple[StatusCoverage, ...]
    #: statuses the server answered with that the operation does not document
    undocumented: tuple[int, ...] = ()
    #: answered at least once with a status below 400
    exercised: bool = False
    answers: int = 0


@dataclass(frozen=True)
class Coverage:
    """The coverage matrix of one vendor's run."""

    operations: tuple[OperationCoverage, ...]

    @property
    def reachable(self) -> int:
        """Documented (operation, status) pairs a run can provoke."""
        return sum(1 for op in self.operations for status in op.statuses if status.unreachable is None)

    @property
    def seen(self) -> int:
        """Of those, the pairs the run observed."""
        return sum(1 for op in self.operations for s in op.statuses if s.unreachable is None and s.seen)

    @property
    def percent(self) -> float:
        return 100.0 * self.seen / self.reachable if self.reachable else 100.0

    def unreachable(self) -> list[tuple[str, str, str]]:
        """(operation label, status, why) of every documented pair no run can provoke."""
        return [(op.label, s.status, s.unreachable) for op in self.operations for s in op.statuses if s.unreachable]

    def missed(self) -> list[tuple[str, str]]:
        """(operation label, status) of the reachable documented pairs the run never observed."""
        return [(op.label, s.status) for op in self.operations for s in op.statuses if not s.unreachable and not s.seen]

    def not_exercised(self) -> list[str]:
        """Labels of the operations that never answered with a status below 400."""
        return [op.label for op in self.operations if not op.exercised]


def format_percent(value: float) -> str:
    """``value`` with one decimal, without a trailing ``.0`` (100, 93.8), never rounded up to 100."""
    text = f"{value:.1f}"
    if text == "100.0" and value < 100.0:
        text = "99.9"
    return text.removesuffix(".0")


def _documented_key(responses: Mapping[str, Any], status: int) -> str | None:
    return next((key for key in (str(status), f"{str(status)[0]}XX", "default") if key in responses), None)


def _example_identifiers(document: Mapping[str, Any], response: Any) -> tuple[str, ...]:
    """The ``identifier``s of a response's JSON examples (what the vendor documents it sends)."""
    content = response.get("content") if isinstance(response, Mapping) else None
    found: dict[str, None] = {}
    for media, entry in (content or {}).items():
        if not (media == "application/json" or str(media).endswith("+json")) or not isinstance(entry, Mapping):
            continue
        values = [entry.get("example")]
        for example in (entry.get("examples") or {}).values():
            with contextlib.suppress(KeyError, ValueError):
                example = follow_refs(dict(document), example)
            values.append(example.get("value") if isinstance(example, Mapping) else None)
        for value in values:
            identifier = value.get("identifier") if isinstance(value, Mapping) else None
            if isinstance(identifier, str):
                found[identifier] = None
    return tuple(found)


def _response(document: Mapping[str, Any], node: Any) -> Any:
    try:
        return follow_refs(dict(document), node)
    except (KeyError, ValueError):
        return None


def _unreachable(operation: Operation, status: str, response: Any) -> str | None:
    marks = operation.definition.get(UNREACHABLE_STATUSES)
    if isinstance(marks, Mapping) and isinstance(marks.get(status), str):
        return str(marks[status])
    mark = response.get(UNREACHABLE_STATUS) if isinstance(response, Mapping) else None
    return mark if isinstance(mark, str) else None


def coverage_of(document: Mapping[str, Any], responses: Iterable[Mapping[str, Any]]) -> Coverage:
    """The matrix of ``document``'s operations from the failure log's ``responses`` records
    (``{"operation", "status", "identifier", "count"}``)."""
    observed: dict[str, dict[int, dict[str | None, int]]] = {}
    for record in responses:
        try:
            label, status, count = str(record["operation"]), int(record["status"]), int(record.get("count", 1))
        except (KeyError, TypeError, ValueError):
            continue
        identifier = record.get("identifier")
        by_identifier = observed.setdefault(label, {}).setdefault(status, {})
        key = identifier if isinstance(identifier, str) else None
        by_identifier[key] = by_identifier.get(key, 0) + count
    operations = []
    for operation in iter_operations(dict(document)):
        documented = {str(key): value for key, value in (operation.definition.get("responses") or {}).items()}
        answered = observed.get(operation.label, {})
        seen: dict[str, int] = {}
        identifiers: dict[str, dict[str, None]] = {}
        undocumented = []
        for status, by_identifier in sorted(answered.items()):
            key = _documented_key(documented, status)
            if key is None:
                undocumented.append(status)
                continue
            seen[key] = seen.get(key, 0) + sum(by_identifier.values())
            identifiers.setdefault(key, {}).update(dict.fromkeys(i for i in by_identifier if i is not None))
        statuses = []
        for key, node in documented.items():
            response = _response(document, node)
            statuses.append(
                StatusCoverage(
                    key,
                    seen.get(key, 0),
                    _unreachable(operation, key, response),
                    _example_identifiers(document, response),
                    tuple(sorted(identifiers.get(key, {}))),
                )
            )
        operations.append(
            OperationCoverage(
                operation.label,
                operation.operation_id,
                tuple(statuses),
                tuple(undocumented),
                exercised=any(status < 400 for status in answered),
                answers=sum(sum(by_identifier.values()) for by_identifier in answered.values()),
            )
        )
    return Coverage(tuple(operations))


def coverage_document(coverage: Coverage, minimum: float | None) -> dict[str, Any]:
    """The matrix as JSON (``summary.json``'s ``coverage``)."""
    return {
        "percent": round(coverage.percent, 1),
        "seen": coverage.seen,
        "documented": coverage.reachable,
        "minimum": minimum,
        "operations": {
            op.label: {
                "exercised": op.exercised,
                "answers": op.answers,
                "statuses": {
                    s.status: {
                        "seen": s.seen,
                        **({"unreachable": s.unreachable} if s.unreachable else {}),
                        **(
                            {
                                "identifiers": {
                                    "documented": list(s.identifiers_documented),
                                    "seen": list(s.identifiers_seen),
                                }
                            }
                            if s.identifiers_documented or s.identifiers_seen
                            else {}
                        ),
                    }
                    for s in op.statuses
                },
                "undocumented_statuses_seen": list(op.undocumented),
            }
            for op in coverage.operations
        },
        "unreachable": [
            {"operation": label, "status": status, "why": why} for label, status, why in coverage.unreachable()
        ],
        "not_exercised": coverage.not_exercised(),
    }

"""A verdict per ``x-assumption`` mark for one run: refuted, confirmed or not exercised.

* **refuted**: a failure of the run refutes the mark (``_assumptions.refuted_assumptions``, via the findings);
* **confirmed**: the run reached the marked element and nothing refuted it: a mark on an operation, when the
  operation answered below 400; on a response, when that status was seen; on a component (schema, response,
  parameter), when a response that was seen refers to it (directly or through other components);
* **not exercised**: otherwise (nothing of the run touched it, so it tells nothing).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from idvkit.contract._coverage import Coverage
from idvkit.contract._verdicts import Finding
from idvkit.specs import iter_operations, json_pointer

REFUTED, CONFIRMED, NOT_EXERCISED = "refuted", "confirmed", "not exercised"


def assumption_marks(node: Any, path: list[str] | None = None) -> Iterator[tuple[str, str]]:
    """(JSON pointer, text) of every ``x-assumption`` of a document, in document order."""
    path = path or []
    if isinstance(node, Mapping):
        if isinstance(node.get("x-assumption"), str):
            yield json_pointer(path), " ".join(str(node["x-assumption"]).split())
        for key, value in node.items():
            if key != "x-assumption":
                yield from assumption_marks(value, [*path, str(key)])
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from assumption_marks(item, [*path, str(index)])


def _references(node: Any, document: Mapping[str, Any], found: set[str]) -> None:
    """Every local ``$ref`` target reachable from ``node`` (added to ``found``)."""
    if isinstance(node, Mapping):
        reference = node.get("$ref")
        if isinstance(reference, str) and reference.startswith("#/") and reference[1:] not in found:
            found.add(reference[1:])
            target: Any = document
            for part in reference[2:].split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                target = target.get(part) if isinstance(target, Mapping) else None
            _references(target, document, found)
        for value in node.values():
            _references(value, document, found)
    elif isinstance(node, list):
        for item in node:
            _references(item, document, found)


def _reached(document: Mapping[str, Any], coverage: Coverage | None) -> tuple[set[str], set[str]]:
    """Pointers of what the run reached: exercised operations (the mark on the operation itself), and seen responses
    and the components they refer to (every mark inside them)."""
    operations: set[str] = set()
    reached: set[str] = set()
    if coverage is None:
        return operations, reached
    by_label = {op.label: op for op in coverage.operations}
    for operation in iter_operations(dict(document)):
        seen = by_label.get(operation.label)
        if seen is None or not seen.answers:
            continue
        if seen.exercised:
            operations.add(operation.pointer)
        responses = operation.definition.get("responses") or {}
        for status in seen.statuses:
            if status.seen and status.status in responses:
                pointer = f"{operation.pointer}/responses/{status.status}"
                reached.add(pointer)
                _references(responses[status.status], document, reached)
    return operations, reached


def assumption_verdicts(
    document: Mapping[str, Any], findings: Iterable[Finding], coverage: Coverage | None
) -> dict[str, dict[str, str]]:
    """pointer -> {"text", "verdict"} for every mark of ``document``."""
    refuted = {mark.pointer for finding in findings for mark in finding.assumptions}
    operations, reached = _reached(document, coverage)
    verdicts = {}
    for pointer, text in assumption_marks(document):
        if pointer in refuted:
            verdict = REFUTED
        elif pointer in operations or any(pointer == where or pointer.startswith(f"{where}/") for where in reached):
            verdict = CONFIRMED
        else:
            verdict = NOT_EXERCISED
        verdicts[pointer] = {"text": text, "verdict": verdict}
    return verdicts


#: How many of the latest verdicts of a mark the baseline keeps in order (``history``, oldest first).
HISTORY = 30


def merged_history(previous: Mapping[str, Any], current: Mapping[str, Mapping[str, str]]) -> dict[str, dict[str, Any]]:
    """The baseline's verdicts with this run's added: the latest verdict, how many runs gave each verdict and the
    latest ``HISTORY`` verdicts in order. A mark the spec no longer has is dropped."""
    merged: dict[str, dict[str, Any]] = {}
    for pointer, entry in current.items():
        before = previous.get(pointer) if isinstance(previous.get(pointer), Mapping) else {}
        runs = dict(before.get("runs") or {}) if isinstance(before, Mapping) else {}
        runs[entry["verdict"]] = int(runs.get(entry["verdict"], 0)) + 1
        earlier = before.get("history") if isinstance(before, Mapping) else None
        history = [str(verdict) for verdict in earlier] if isinstance(earlier, list) else []
        history = [*history, entry["verdict"]][-HISTORY:]
        merged[pointer] = {"text": entry["text"], "verdict": entry["verdict"], "runs": runs, "history": history}
    return merged

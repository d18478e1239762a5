"""What the traffic showed, accumulated exchange by exchange: the violations, the answers counted by operation,
status and error identifier (the coverage matrix), the assumption verdicts, and the last exchanges (the input of
the drift snapshot). ``summary`` gives ``idvkit contract``'s summary.json shape, built by the contract kit's own
functions (``findings_from_log``, ``coverage_of``, ``summary_document``). The drift snapshot of the traffic is
folded exchange by exchange (``SnapshotBuilder``, request class ``observed``) and compared with a baseline by
the contract kit's drift watch (``watch_drift``). Memory is bounded: counters and the snapshot's shape, not
exchanges, except the last ``keep_exchanges`` ones."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from idvkit._exit import ExitCode
from idvkit.contract._assumption_verdicts import assumption_verdicts
from idvkit.contract._baseline_run import DriftOutcome, settle_baseline
from idvkit.contract._callback_exchanges import callback_exchange
from idvkit.contract._coverage import coverage_of
from idvkit.contract._rendering import summary_document
from idvkit.contract._runner import ContractResult
from idvkit.contract._snapshot import Exchange, SnapshotBuilder
from idvkit.contract._verdicts import findings_from_log
from idvkit.proxy._exchange import UNDOCUMENTED_OPERATION, ObservedExchange, Violation
from idvkit.specs import iter_operations, resolve_pointer

_IDENTIFIER = re.compile(r"^[A-Z][A-Z0-9_]{0,63}$")
#: Distinct failure records kept (each counted); further distinct ones are counted only.
MAX_RECORDS = 10_000


def _marks(document: Mapping[str, Any], pointer: str, seen: set[str]) -> Iterator[tuple[str, str]]:
    """(pointer, text) of every x-assumption at and below the node at ``pointer`` ($refs followed once)."""
    if pointer in seen or len(seen) > 5000:
        return
    seen.add(pointer)
    try:
        node = resolve_pointer(dict(document), pointer)
    except (KeyError, IndexError, TypeError, ValueError):
        return
    if not isinstance(node, Mapping):
        return
    if isinstance(node.get("x-assumption"), str):
        yield pointer, node["x-assumption"]
    reference = node.get("$ref")
    if isinstance(reference, str) and reference.startswith("#/"):
        yield from _marks(document, reference[1:], seen)
    for key, value in node.items():
        if key in ("example", "examples", "default", "enum", "const") or not isinstance(value, Mapping | list):
            continue
        escaped = str(key).replace("~", "~0").replace("/", "~1")
        if isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, Mapping):
                    yield from _marks(document, f"{pointer}/{escaped}/{index}", seen)
        else:
            yield from _marks(document, f"{pointer}/{escaped}", seen)


class TrafficReport:
    """The verdicts of the exchanges seen so far (one vendor's spec, ``document``)."""

    def __init__(self, vendor: str, target: str, document: dict[str, Any], *, keep_exchanges: int = 256) -> None:
        self.vendor, self.target, self.document = vendor, target, document
        self._records: dict[tuple[Any, ...], tuple[dict[str, Any], int]] = {}
        self._answers: dict[tuple[str, int, str | None], int] = {}
        self._validated: dict[str, set[str]] = {}  # operation label -> documented response pointers validated
        self.exchanges: deque[ObservedExchange] = deque(maxlen=keep_exchanges)
        self.unvalidated = 0
        self.requests = 0
        self.notes: list[str] = []
        self._snapshot = SnapshotBuilder(document)
        #: the drift watch's outcome once ``watch_drift`` ran (None: no baseline)
        self.drift: DriftOutcome | None = None

    def add(self, exchange: ObservedExchange, *, response_pointer: str | None = None) -> None:
        """Count one exchange and its violations (``response_pointer``: the documented response it was validated
        against, for the assumption verdicts)."""
        self.requests += 1
        self.exchanges.append(exchange)
        for violation in exchange.violations:
            self.record(violation)
        if exchange.status is not None and exchange.operation != UNDOCUMENTED_OPERATION:
            body = exchange.response_body
            identifier = body.get("identifier") if isinstance(body, Mapping) else None
            identifier = identifier if isinstance(identifier, str) and _IDENTIFIER.match(identifier) else None
            key = (exchange.operation, exchange.status, identifier)
            if key in self._answers or len(self._answers) < MAX_RECORDS:
                self._answers[key] = self._answers.get(key, 0) + 1
            json_media = (exchange.media_type or "").endswith("json")
            if exchange.response_body is not None or not json_media:
                # an answer whose body was not kept (too large, unparseable) would look like one without fields
                self._snapshot.add(
                    Exchange(
                        exchange.operation,
                        exchange.status,
                        exchange.media_type,
                        frozenset(name.lower() for name, _ in exchange.response_headers),
                        exchange.response_body,
                    )
                )
        if exchange.validated and response_pointer is not None:
            self._validated.setdefault(exchange.operation, set()).add(response_pointer)
        elif exchange.status is not None and not exchange.validated:
            self.unvalidated += 1

    def add_callback(self, headers: Mapping[str, str], body: bytes) -> None:
        """Fold a genuine callback (its signature verified) into the drift snapshot, as ``webhook EVENT``."""
        self._snapshot.add(callback_exchange(self.document, headers, body))

    def watch_drift(self, baseline: Path, *, mode: str = "fail", update: bool = False) -> DriftOutcome:
        """Compare the traffic's snapshot with ``baseline`` (written when absent, or with ``update``), as ``idvkit
        contract --baseline`` does; the outcome goes into ``result`` and ``summary``."""
        self.drift = None
        result = self.result()
        outcome = DriftOutcome(baseline, mode)
        outcome.verdicts = assumption_verdicts(self.document, result.findings, result.coverage)
        self.drift = settle_baseline(outcome, self.vendor, self.document, self._snapshot.snapshot(), update=update)
        return self.drift

    def record(self, violation: Violation) -> None:
        """Count one violation found outside an exchange of the API (a callback)."""
        record = violation.record()
        key = tuple(sorted((k, str(v)) for k, v in record.items()))
        if key in self._records:
            kept, count = self._records[key]
            self._records[key] = (kept, count + 1)
        elif len(self._records) < MAX_RECORDS:
            self._records[key] = (record, 1)

    def note(self, message: str) -> None:
        """Keep ``message`` (no value of the traffic in it) for the summary's errors; at most 100 are kept."""
        if len(self.notes) < 100 and message not in self.notes:
            self.notes.append(message)

    @property
    def violations(self) -> list[Violation]:
        return [violation for exchange in self.exchanges for violation in exchange.violations]

    def result(self, *, stop_reason: str = "completed") -> ContractResult:
        """The verdict as the contract kit's result (exit code 1 when a violation was seen, else 0)."""
        records = [record for record, count in self._records.values() for _ in range(min(count, 1))]
        counts = {id(record): count for record, count in self._records.values()}
        findings = findings_from_log(self.document, records)
        # findings_from_log counts each record once: weigh them by how often each was seen
        weighted = []
        for finding in findings:
            failures = sum(
                counts[id(record)]
                for record in records
                if record["operation"] == finding.operation and record["code"] == finding.code
            )
            weighted.append(
                type(finding)(finding.code, finding.title, finding.operations, finding.assumptions, failures)
            )
        coverage = coverage_of(
            self.document,
            [
                {"operation": label, "status": status, "identifier": identifier, "count": count}
                for (label, status, identifier), count in self._answers.items()
            ],
        )
        failed = {finding.operation for finding in weighted if finding.violation}
        operations = {}
        for op in coverage.operations:
            if op.answers:
                operations[op.label] = "failed" if op.label in failed else "passed" if op.exercised else "not exercised"
        if any(f.operation == UNDOCUMENTED_OPERATION for f in weighted):
            operations[UNDOCUMENTED_OPERATION] = "failed"
        failed_drift = self.drift is not None and self.drift.failed
        exit_code = ExitCode.VIOLATIONS if any(f.violation for f in weighted) or failed_drift else ExitCode.OK
        return ContractResult(
            self.vendor,
            self.target,
            exit_code,
            findings=weighted,
            operations=operations,
            stop_reason=stop_reason,
            requests=self.requests,
            coverage=coverage,
            errors=list(self.notes),
            drift=self.drift,
        )

    def confirmed_assumptions(self, refuted: set[str]) -> list[dict[str, str]]:
        """The x-assumption marks on the operations and documented responses that real answers were validated
        against, and that no exchange refuted."""
        found: dict[str, str] = {}
        pointers = {op.label: op.pointer for op in iter_operations(self.document)}
        for label, responses in self._validated.items():
            seen: set[str] = set()
            operation = resolve_pointer(self.document, pointers[label]) if label in pointers else {}
            if isinstance(operation.get("x-assumption"), str):
                found[pointers[label]] = operation["x-assumption"]
            for pointer in sorted(responses):
                found.update(dict(_marks(self.document, pointer, seen)))
        return [{"pointer": p, "text": t} for p, t in sorted(found.items()) if p not in refuted]

    def summary(self, *, stop_reason: str = "completed") -> dict[str, Any]:
        """summary.json: the contract run's shape, plus ``assumptions_confirmed`` and the unvalidated count."""
        result = self.result(stop_reason=stop_reason)
        document = summary_document(result)
        refuted = {a.pointer for f in result.findings for a in f.assumptions}
        document["assumptions_confirmed"] = self.confirmed_assumptions(refuted)
        document["unvalidated_responses"] = self.unvalidated
        return document

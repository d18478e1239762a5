"""The drift watch of one contract run (``--baseline FILE``): snapshot the run, then write or compare the baseline.

The schemathesis process wrote the snapshot of the answers (``_observations``); the callbacks (the embedded
sandbox's, or a ``--callbacks`` capture file) are added to it here. When FILE does not exist (or with
``--update-baseline``) the snapshot becomes the baseline, with the assumption verdicts of the run; else the two are
compared (``_drift.compare``) and only the run's verdicts are added to the baseline's history. A run that did not
complete writes nothing.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from idvkit._exit import ExitCode
from idvkit.contract._assumption_verdicts import assumption_verdicts, merged_history
from idvkit.contract._callback_exchanges import CaptureError, read_capture, sandbox_exchanges
from idvkit.contract._drift import (
    BaselineError,
    DriftItem,
    baseline_document,
    compare,
    read_baseline,
    spec_digest,
)
from idvkit.contract._handover import write_atomically
from idvkit.contract._snapshot import SnapshotBuilder

if TYPE_CHECKING:
    from idvkit.contract._runner import ContractOptions, ContractResult


@dataclass
class DriftOutcome:
    """What the drift watch did: the baseline, whether it was written, the drift items, the verdicts."""

    baseline: Path
    mode: str = "fail"
    written: bool = False
    items: list[DriftItem] = field(default_factory=list)
    #: pointer -> {"text", "verdict"} of this run
    verdicts: dict[str, dict[str, str]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def failed(self) -> bool:
        """Whether the run fails for it: an error, or drift (not with --drift warn, nor once accepted)."""
        if self.error is not None:
            return True
        return bool(self.items) and self.mode != "warn" and not self.written

    def document(self) -> dict[str, Any]:
        return {
            "baseline": str(self.baseline),
            "mode": self.mode,
            "baseline_written": self.written,
            "items": [item.document() for item in self.items],
            "notes": self.notes,
            "error": self.error,
            "assumption_verdicts": self.verdicts,
        }


def _merged(document: Mapping[str, Any], snapshot: Mapping[str, Any], callbacks: Sequence[Any]) -> dict[str, Any]:
    """The run's snapshot with the callbacks' exchanges added."""
    if not callbacks:
        return dict(snapshot)
    builder = SnapshotBuilder(document)
    for exchange in callbacks:
        builder.add(exchange)
    operations = dict(snapshot.get("operations") or {})
    operations.update(builder.snapshot()["operations"])
    return {"operations": dict(sorted(operations.items()))}


def drift_outcome(
    vendor: str,
    document: Mapping[str, Any],
    options: ContractOptions,
    observations: Path,
    deliveries: Sequence[Any],
    result: ContractResult,
) -> DriftOutcome:
    assert options.baseline is not None
    outcome = DriftOutcome(options.baseline, options.drift)
    outcome.verdicts = assumption_verdicts(document, result.findings, result.coverage)
    try:
        snapshot = json.loads(observations.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        snapshot = None
    if not isinstance(snapshot, dict) or result.exit_code in (ExitCode.COULD_NOT_RUN, ExitCode.INTERRUPTED):
        outcome.error = "the run did not complete: no snapshot to compare or keep"
        return outcome
    try:
        callbacks = sandbox_exchanges(document, deliveries)
        if options.callbacks is not None:
            callbacks += read_capture(options.callbacks, document)
    except CaptureError as exc:
        outcome.error = str(exc)
        return outcome
    return settle_baseline(
        outcome, vendor, document, _merged(document, snapshot, callbacks), update=options.update_baseline
    )


def settle_baseline(
    outcome: DriftOutcome, vendor: str, document: Mapping[str, Any], snapshot: Mapping[str, Any], *, update: bool
) -> DriftOutcome:
    """Write ``snapshot`` as the baseline ``outcome.baseline`` when there is none (or with ``update``), else compare
    it with the baseline and add the run's verdicts (``outcome.verdicts``) to the baseline's history. The drift
    watch of a contract run and of observed traffic (``idvkit proxy``, ``idvkit check-capture``) alike."""
    try:
        baseline = read_baseline(outcome.baseline, vendor)
    except BaselineError as exc:
        outcome.error = str(exc)
        return outcome
    if baseline is not None:
        outcome.items = compare(baseline["snapshot"], snapshot)
        if baseline.get("spec_sha256") != spec_digest(document):
            outcome.notes.append(
                "the spec changed since the baseline was taken: examples and declarations differ, review the drift "
                "and accept it with --update-baseline"
            )
    previous = baseline.get("assumptions", {}) if baseline is not None else {}
    verdicts = merged_history(previous if isinstance(previous, Mapping) else {}, outcome.verdicts)
    if baseline is None or update:
        try:
            write_atomically(outcome.baseline, baseline_document(vendor, document, snapshot, verdicts))
        except OSError as exc:
            outcome.error = f"cannot write baseline {outcome.baseline}: {exc.strerror or type(exc).__name__}"
            return outcome
        outcome.written = True
        if baseline is None:
            outcome.items = []  # a first run has nothing to compare with
        return outcome
    # A compared run keeps the snapshot and the spec digest it was compared with and adds its verdicts to the
    # history; a baseline that cannot be written (read-only in CI) only loses this run's verdicts.
    try:
        write_atomically(outcome.baseline, {**baseline, "assumptions": verdicts})
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        outcome.notes.append(f"this run's assumption verdicts were not kept: cannot write {outcome.baseline}: {reason}")
    return outcome


def add_to_junit(report_dir: Path, outcome: DriftOutcome) -> None:
    """A test suite ``idvkit drift`` in the run's JUnit report: one test case per operation that drifted (a
    failure per item), or one passing case when nothing did."""
    for junit in sorted(report_dir.glob("junit*.xml")):
        try:
            tree = ElementTree.parse(junit)  # noqa: S314 - the report the run we started wrote
        except ElementTree.ParseError:
            continue
        root = tree.getroot()
        suite = ElementTree.SubElement(root, "testsuite", name="idvkit drift since baseline")
        by_operation: dict[str, list[DriftItem]] = {}
        for item in outcome.items:
            by_operation.setdefault(item.operation, []).append(item)
        if outcome.error is not None:
            case = ElementTree.SubElement(suite, "testcase", name="baseline", classname="idvkit.drift")
            ElementTree.SubElement(case, "error", message=outcome.error)
        for operation, items in sorted(by_operation.items()):
            case = ElementTree.SubElement(suite, "testcase", name=operation, classname="idvkit.drift")
            for item in items:
                tag = "skipped" if not outcome.failed else "failure"
                failure = ElementTree.SubElement(case, tag, message=item.line(), type=item.kind)
                failure.text = item.line()
        if not by_operation and outcome.error is None:
            ElementTree.SubElement(suite, "testcase", name="no drift", classname="idvkit.drift")
        suite.set("tests", str(len(suite)))
        suite.set("failures", str(sum(1 for c in suite for f in c if f.tag == "failure")))
        tree.write(junit, encoding="utf-8", xml_declaration=True)

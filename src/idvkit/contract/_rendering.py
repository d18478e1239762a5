"""How a contract run's result is shown: the text summary (``idvkit contract``, the pytest plugin) and the
JSON verdict (``summary.json`` beside schemathesis's reports)."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

from idvkit._exit import ExitCode
from idvkit.contract._coverage import Coverage, coverage_document, format_percent

if TYPE_CHECKING:
    from idvkit.contract._runner import ContractResult

#: The row under which schemathesis reports the stateful phase.
STATEFUL_TESTS = "Stateful tests"
_STOP_REASONS = {
    "interrupted": "stopped: interrupted; the summary and the reports cover what ran until then",
    "budget_requests": "stopped: request budget spent ({requests} requests, --max-requests); the rest was not tested",
    "budget_time": "stopped: time budget spent ({requests} requests, --max-time); the rest was not tested",
    "max_time": "stopped: time budget spent; the rest was not tested",
    "failure_limit": "stopped: failure limit reached",
    "server_unavailable": "stopped: the server became unavailable",
}
#: The cells of the coverage matrix.
SEEN, MISSED, UNREACHABLE, UNDOCUMENTED = "ok", "--", "n/a", "."


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _answered_only(coverage: Coverage | None, label: str) -> str:
    operation = next((op for op in coverage.operations if op.label == label), None) if coverage else None
    if operation is None:
        return "it never answered with a success status"
    statuses = sorted({s.status for s in operation.statuses if s.seen} | {str(s) for s in operation.undocumented})
    return f"it only ever answered {', '.join(statuses)}" if statuses else "it never answered"


def print_summary(result: ContractResult, out: TextIO) -> None:
    """The run's summary as text: each operation's result and failed checks, what was skipped and why, the
    refuted assumptions, the coverage matrix, why the run stopped early, its errors and the verdict."""
    labels = [*result.operations, *result.skipped, *(f"{phase} phase" for phase in result.skipped_phases)]
    labels += [op.label for op in result.coverage.operations] if result.coverage else []
    width = max([len(label) for label in labels] + [30])
    print(f"\n== {result.vendor}: contract summary ({result.target}) ==", file=out)
    failed_checks: dict[str, dict[str, None]] = {}
    for finding in result.findings:
        failed_checks.setdefault(finding.operation, {})[f"{finding.code} {finding.title}"] = None
    print(f"{'operation':<{width}}  {'result':<13}  failed checks", file=out)
    for label, status in sorted(result.operations.items()):
        checks = "; ".join(failed_checks.get(label, {})) or "-"
        if label == STATEFUL_TESTS and status == "failed" and checks == "-":
            checks = "(each failure is listed under the operation that answered)"
        if status == "not exercised":
            checks = result.without_data.get(label) or f"{_answered_only(result.coverage, label)}: nothing was tested"
        print(f"{label:<{width}}  {status:<13}  {checks}", file=out)
    for phase, why in sorted(result.skipped_phases.items()):
        print(f"{f'{phase} phase':<{width}}  {'skipped':<13}  {why}", file=out)
    for operation_id, why in sorted(result.skipped.items()):
        print(f"{operation_id:<{width}}  {'skipped':<13}  {why}", file=out)
    refuted = [f for f in result.findings if f.assumptions]
    if refuted:
        print(
            "\nAssumption refuted? These failures hit spec elements marked x-assumption (a guess in the spec,", file=out
        )
        print("not a documented fact): check the guess before blaming the vendor.", file=out)
        for finding in refuted:
            print(f"  {finding.code} {finding.title} on {finding.operation}:", file=out)
            for mark in finding.assumptions:
                print(f"    - {mark.pointer}: {mark.text}", file=out)
    if result.coverage is not None:
        print_coverage(result.coverage, out, width)
    if result.billable is not None:
        counts = result.billable
        print(
            f"billable calls: {counts.get('sent')} sent, {counts.get('refused')} refused before reaching the server "
            f"(--max-billable {counts.get('limit')})",
            file=out,
        )
    if result.drift is not None:
        print_drift(result, out)
    stop = _STOP_REASONS.get(result.stop_reason)
    if stop:
        print(stop.format(requests=result.requests), file=out)
    for error in result.errors:
        print(f"error: {error}", file=out)
    print(
        f"{result.vendor}: {_verdict(result)}; reports in {result.reports[0].parent if result.reports else '-'}",
        file=out,
    )


def print_drift(result: ContractResult, out: TextIO) -> None:
    """The drift watch: the baseline written, or the drift items since it (see idvkit.contract._drift)."""
    drift = result.drift
    assert drift is not None
    if drift.error is not None:
        print(f"\nDrift since baseline: not compared: {drift.error}", file=out)
        return
    if drift.written and not drift.items:
        print(f"\nbaseline written to {drift.baseline} (the next run with --baseline compares with it)", file=out)
    else:
        accepted = " (accepted: --update-baseline wrote the new state)" if drift.written else ""
        warn = " (--drift warn: reported only)" if drift.mode == "warn" and drift.items else ""
        found = _plural(len(drift.items), "item") if drift.items else "no drift"
        print(f"\nDrift since baseline ({drift.baseline}): {found}{accepted}{warn}", file=out)
        for item in drift.items:
            print(f"  {item.line()}", file=out)
    for note in drift.notes:
        print(f"note: {note}", file=out)
    counts: dict[str, int] = {}
    for entry in drift.verdicts.values():
        counts[entry["verdict"]] = counts.get(entry["verdict"], 0) + 1
    if counts:
        summary = ", ".join(f"{count} {verdict}" for verdict, count in sorted(counts.items()))
        print(f"assumption verdicts of this run: {summary}", file=out)


def _verdict(result: ContractResult) -> str:
    violations = sum(1 for f in result.findings if not f.assumptions)
    refuted = len(result.findings) - violations
    kinds = f"{_plural(violations, 'kind')} of violation"
    if refuted:
        kinds += f", {_plural(refuted, 'refuted assumption')}"
    shortfall = result.coverage_shortfall
    verdict: dict[int, str] = {
        ExitCode.OK: "no violations",
        ExitCode.VIOLATIONS: kinds if result.findings or not shortfall else "no violations",
        ExitCode.COULD_NOT_RUN: "the run did not complete",
        ExitCode.INTERRUPTED: f"interrupted; {kinds} until then",
    }
    text = verdict[result.exit_code]
    if result.coverage is not None:
        text += f"; coverage {format_percent(result.coverage.percent)} %"
    if shortfall and result.exit_code == ExitCode.VIOLATIONS:
        text += f" ({shortfall})"
    if result.drift is not None and result.drift.items:
        text += f"; drift since baseline: {_plural(len(result.drift.items), 'item')}"
    return text


def _columns(coverage: Coverage) -> list[str]:
    keys = {s.status for op in coverage.operations for s in op.statuses}
    return sorted(keys, key=lambda key: (key == "default", key.replace("X", "0")))


def print_coverage(coverage: Coverage, out: TextIO, width: int) -> None:
    """The coverage matrix: per operation, each documented status seen or not (see ``_coverage``)."""
    print(
        f"\ncoverage: {coverage.seen} of {coverage.reachable} documented (operation, status) pairs seen "
        f"({format_percent(coverage.percent)} %)",
        file=out,
    )
    columns = _columns(coverage)
    header = "".join(f"{column:>5}" for column in columns)
    print(f"{'operation':<{width}}{header}   error identifiers seen", file=out)
    for op in coverage.operations:
        cells = {
            s.status: (UNREACHABLE if s.unreachable and not s.seen else SEEN if s.seen else MISSED) for s in op.statuses
        }
        row = "".join(f"{cells.get(column, UNDOCUMENTED):>5}" for column in columns)
        identifiers = sorted({i for s in op.statuses for i in s.identifiers_seen})
        notes = ", ".join(identifiers) or ("-" if op.answers else "(no answer: not run)")
        if op.undocumented:
            notes += f" (undocumented statuses seen: {', '.join(map(str, op.undocumented))})"
        print(f"{op.label:<{width}}{row}   {notes}", file=out)
    print(
        f"{SEEN}: seen  {MISSED}: documented, never seen  {UNREACHABLE}: documented, no run can provoke it  "
        f"{UNDOCUMENTED}: not documented",
        file=out,
    )
    unreachable: dict[tuple[str, str], list[str]] = {}
    for label, status, why in coverage.unreachable():
        unreachable.setdefault((status, why), []).append(label)
    if unreachable:
        print("not counted (x-unreachable-status in the spec):", file=out)
        for (status, why), where in sorted(unreachable.items()):
            print(f"  {status} of {_operations(where, len(coverage.operations))}: {why}", file=out)


def _operations(labels: Sequence[str], of: int) -> str:
    if len(labels) == 1:
        return labels[0]
    return f"every operation ({of})" if len(labels) == of else f"{len(labels)} operations ({', '.join(labels)})"


def summary_document(result: ContractResult) -> dict[str, Any]:
    """idvkit's verdict as JSON (``summary.json`` beside schemathesis's reports): violations and refuted
    assumptions apart, per operation and check; what was skipped and why; the coverage matrix."""
    return {
        "vendor": result.vendor,
        "target": result.target,
        "exit_code": result.exit_code,
        "stop_reason": result.stop_reason,
        "operations": dict(sorted(result.operations.items())),
        "skipped": {
            "phases": dict(sorted(result.skipped_phases.items())),
            "operations": dict(sorted(result.skipped.items())),
        },
        "without_data": dict(sorted(result.without_data.items())),
        "violations": [
            {"operation": f.operation, "code": f.code, "title": f.title, "failures": f.failures}
            for f in result.findings
            if not f.assumptions
        ],
        "assumptions_refuted": [
            {
                "operation": f.operation,
                "code": f.code,
                "title": f.title,
                "failures": f.failures,
                "assumptions": [{"pointer": a.pointer, "text": a.text} for a in f.assumptions],
            }
            for f in result.findings
            if f.assumptions
        ],
        "coverage": coverage_document(result.coverage, result.min_coverage) if result.coverage else None,
        "coverage_shortfall": result.coverage_shortfall,
        "errors": result.errors,
        "billable": result.billable,
        "drift": result.drift.document() if result.drift is not None else None,
    }


_CELL_STYLE = {SEEN: "#d4f4d4", MISSED: "#f9d6d5", UNREACHABLE: "#e6e6e6", UNDOCUMENTED: "#ffffff"}


def coverage_html(result: ContractResult) -> str:
    """The coverage matrix as a page of its own (``coverage.html`` beside schemathesis's HTML report)."""
    coverage = result.coverage
    title = f"{result.vendor}: coverage of the documented answers"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{html.escape(title)}</title>",
        "<style>body{font-family:sans-serif}td,th{padding:2px 8px;border:1px solid #ccc}"
        "table{border-collapse:collapse}td.c{text-align:center}</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
        f"<p>Target: {html.escape(result.target)}. Reports: "
        '<a href="summary.json">summary.json</a>, <a href="junit.xml">junit.xml</a>, '
        '<a href="requests.har">requests.har</a>, <a href="run.json">run.json</a>.</p>',
    ]
    if coverage is None:
        parts.append("<p>The run recorded no answers.</p></body></html>")
        return "\n".join(parts) + "\n"
    parts.append(
        f"<p>{coverage.seen} of {coverage.reachable} documented (operation, status) pairs seen "
        f"({format_percent(coverage.percent)} %).</p>"
    )
    columns = _columns(coverage)
    header = "".join(f"<th>{html.escape(column)}</th>" for column in columns)
    parts.append(f"<table><tr><th>operation</th>{header}<th>exercised</th><th>error identifiers seen</th></tr>")
    for op in coverage.operations:
        statuses = {s.status: s for s in op.statuses}
        cells = []
        for column in columns:
            status = statuses.get(column)
            mark = (
                UNDOCUMENTED
                if status is None
                else SEEN
                if status.seen
                else UNREACHABLE
                if status.unreachable
                else MISSED
            )
            why = f' title="{html.escape(status.unreachable)}"' if status is not None and status.unreachable else ""
            count = f" ({status.seen})" if status is not None and status.seen else ""
            cells.append(f'<td class="c" style="background:{_CELL_STYLE[mark]}"{why}>{mark}{count}</td>')
        identifiers = ", ".join(sorted({i for s in op.statuses for i in s.identifiers_seen})) or "-"
        parts.append(
            f"<tr><td>{html.escape(op.label)}</td>{''.join(cells)}<td>{'yes' if op.exercised else 'no'}</td>"
            f"<td>{html.escape(identifiers)}</td></tr>"
        )
    parts.append("</table>")
    parts.append(
        f"<p>{SEEN}: seen (how often); {MISSED}: documented, never seen; {UNREACHABLE}: documented, no run can "
        f"provoke it; {UNDOCUMENTED}: not documented.</p>"
    )
    unreachable = coverage.unreachable()
    if unreachable:
        parts.append("<h2>Not counted (x-unreachable-status in the spec)</h2><ul>")
        parts += [
            f"<li>{html.escape(status)} of {html.escape(label)}: {html.escape(why)}</li>"
            for label, status, why in unreachable
        ]
        parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"

"""How a contract run's result is shown: the text summary (``idvkit contract``, the pytest plugin) and the
JSON verdict (``summary.json`` beside schemathesis's reports)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TextIO

from idvkit._exit import ExitCode

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


def print_summary(result: ContractResult, out: TextIO) -> None:
    """The run's summary as text: each operation's result and failed checks, the refuted assumptions, why the
    run stopped early, its errors and the verdict."""
    width = max([len(label) for label in result.operations] + [30])
    print(f"\n== {result.vendor}: contract summary ({result.target}) ==", file=out)
    failed_checks: dict[str, list[str]] = {}
    for finding in result.findings:
        for operation in finding.operations:
            failed_checks.setdefault(operation, []).append(f"{finding.code} {finding.title}")
    print(f"{'operation':<{width}}  result   failed checks", file=out)
    for label, status in sorted(result.operations.items()):
        checks = "; ".join(failed_checks.get(label, [])) or "-"
        if label == STATEFUL_TESTS and status == "failed" and checks == "-":
            checks = "(each failure is listed under the operation that answered)"
        print(f"{label:<{width}}  {status:<7}  {checks}", file=out)
    for operation_id, why in sorted(result.skipped.items()):
        print(f"{operation_id:<{width}}  skipped  {why}", file=out)
    refuted = [f for f in result.findings if f.assumptions]
    if refuted:
        print(
            "\nAssumption refuted? These failures hit spec elements marked x-assumption (a guess in the spec,", file=out
        )
        print("not a documented fact): check the guess before blaming the vendor.", file=out)
        for finding in refuted:
            print(f"  {finding.code} {finding.title} on {', '.join(finding.operations)}:", file=out)
            for mark in finding.assumptions:
                print(f"    - {mark.pointer}: {mark.text}", file=out)
    if result.billable is not None:
        counts = result.billable
        print(
            f"billable calls: {counts.get('sent')} sent, {counts.get('refused')} refused before reaching the server "
            f"(--max-billable {counts.get('limit')})",
            file=out,
        )
    stop = _STOP_REASONS.get(result.stop_reason)
    if stop:
        print(stop.format(requests=result.requests), file=out)
    for error in result.errors:
        print(f"error: {error}", file=out)
    kinds = len(result.findings)
    plural = "" if kinds == 1 else "s"
    verdict: dict[int, str] = {
        ExitCode.OK: "no violations",
        ExitCode.VIOLATIONS: f"{kinds} kind{plural} of violation",
        ExitCode.COULD_NOT_RUN: "the run did not complete",
        ExitCode.INTERRUPTED: f"interrupted; {kinds} kind{plural} of violation until then",
    }
    print(
        f"{result.vendor}: {verdict[result.exit_code]}; reports in {result.reports[0].parent if result.reports else '-'}",
        file=out,
    )


def summary_document(result: ContractResult) -> dict[str, Any]:
    """idvkit's verdict as JSON (``summary.json`` beside schemathesis's reports): violations and refuted
    assumptions apart, per operation and check."""
    violations = [f for f in result.findings if not f.assumptions]
    refuted = [f for f in result.findings if f.assumptions]
    return {
        "vendor": result.vendor,
        "target": result.target,
        "exit_code": result.exit_code,
        "stop_reason": result.stop_reason,
        "operations": dict(sorted(result.operations.items())),
        "skipped": dict(sorted(result.skipped.items())),
        "violations": [{"code": f.code, "title": f.title, "operations": list(f.operations)} for f in violations],
        "assumptions_refuted": [
            {
                "code": f.code,
                "title": f.title,
                "operations": list(f.operations),
                "assumptions": [{"pointer": a.pointer, "text": a.text} for a in f.assumptions],
            }
            for f in refuted
        ],
        "errors": result.errors,
        "billable": result.billable,
    }

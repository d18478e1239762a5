"""``idvkit contract VENDOR...``: verify a server (the embedded sandbox by default) against the spec."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from idvkit.cli._exit import EXIT_COULD_NOT_RUN
from idvkit.contract import ContractOptions, ContractResult, TargetError, run_contract
from idvkit.contract._runner import EXIT_INTERRUPTED, PHASES, REMOTE_MAX_REQUESTS, REMOTE_MAX_TIME
from idvkit.vendors import VENDORS, UnknownVendorError, get_vendor


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "contract",
        help="verify a server against a vendor's spec",
        description=(
            "Property-based contract tests (schemathesis: examples, coverage, fuzzing, stateful; all checks, plus "
            "idvkit's vendor checks) against the embedded sandbox, or against --base-url. Exit 0: no violation; "
            "1: violations found; 2: could not run; 130: interrupted (the reports cover what ran)."
        ),
    )
    parser.add_argument("vendors", nargs="+", metavar="VENDOR", help=f"one or more of {', '.join(VENDORS)}, or 'all'")
    parser.add_argument("--base-url", help="server to test (default: start the embedded sandbox)")
    parser.add_argument("--max-examples", type=int, default=25, help="examples per operation and phase (default 25)")
    parser.add_argument("--phases", default=",".join(PHASES), help=f"comma-separated subset of {','.join(PHASES)}")
    parser.add_argument(
        "--allow-destructive",
        action="store_true",
        help="on a server of yours: also run x-destructive/x-billable operations",
    )
    parser.add_argument("--allow-production", action="store_true", help="allow testing a vendor's production host")
    parser.add_argument(
        "--rate-limit", help="requests per period, e.g. 10/s (default for a server not on this machine: 10/s)"
    )
    parser.add_argument(
        "--max-requests",
        type=int,
        help=f"stop after this many requests per vendor (default for a server not on this machine: "
        f"{REMOTE_MAX_REQUESTS}; 0: no limit)",
    )
    parser.add_argument(
        "--max-time",
        type=float,
        help=f"stop after this many seconds per vendor (default for a server not on this machine: "
        f"{REMOTE_MAX_TIME:.0f}; 0: no limit)",
    )
    parser.add_argument(
        "--report-dir", type=Path, default=Path("reports"), help="where to write reports (default: reports)"
    )
    parser.add_argument("--seed", type=int, help="random seed, to reproduce a run")
    parser.add_argument(
        "--vcr",
        action="store_true",
        help="also write a VCR cassette (cassette.yaml; the HAR file has the same exchanges)",
    )
    parser.add_argument(
        "--api-key",
        help="API key (default: IDENFY_API_KEY / MARKID_API_KEY / LIVEID_APIKEY; prefer these variables: an "
        "option's value is visible to every user of the machine in the process list)",
    )
    parser.add_argument(
        "--api-secret",
        help="API secret (default: IDENFY_API_SECRET / MARKID_API_SECRET; prefer these variables, as for --api-key)",
    )
    parser.set_defaults(run=run)


def _credentials(vendor: str, args: argparse.Namespace) -> dict[str, str | None]:
    """--api-key / --api-secret under the vendor's credential variables (LiveID+ has only the key)."""
    return dict(zip(get_vendor(vendor).credential_env, (args.api_key, args.api_secret), strict=False))


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
    stop = _STOP_REASONS.get(result.stop_reason)
    if stop:
        print(stop.format(requests=result.requests), file=out)
    for error in result.errors:
        print(f"error: {error}", file=out)
    kinds = len(result.findings)
    plural = "" if kinds == 1 else "s"
    verdict = {
        0: "no violations",
        1: f"{kinds} kind{plural} of violation",
        2: "the run did not complete",
        EXIT_INTERRUPTED: f"interrupted; {kinds} kind{plural} of violation until then",
    }
    print(
        f"{result.vendor}: {verdict[result.exit_code]}; reports in {result.reports[0].parent if result.reports else '-'}",
        file=out,
    )


def run(args: argparse.Namespace) -> int:
    vendors = list(VENDORS) if args.vendors == ["all"] else args.vendors
    worst = 0
    for vendor in vendors:
        if vendor not in VENDORS:
            print(f"error: {UnknownVendorError(vendor)}", file=sys.stderr)
            return EXIT_COULD_NOT_RUN
    phases = [phase.strip() for phase in args.phases.split(",") if phase.strip()]
    for vendor in vendors:
        options = ContractOptions(
            vendor=vendor,
            base_url=args.base_url,
            max_examples=args.max_examples,
            phases=phases,
            allow_destructive=args.allow_destructive,
            allow_production=args.allow_production,
            rate_limit=args.rate_limit,
            report_dir=args.report_dir,
            seed=args.seed,
            credentials=_credentials(vendor, args),
            max_requests=args.max_requests,
            max_time=args.max_time,
            vcr=args.vcr,
        )
        try:
            result = run_contract(options)
        except TargetError as exc:
            print(f"error: {vendor}: {exc}", file=sys.stderr)
            return EXIT_COULD_NOT_RUN
        print_summary(result, sys.stdout)
        if result.exit_code == EXIT_INTERRUPTED:
            return EXIT_INTERRUPTED  # the user wants to stop: no further vendor
        worst = max(worst, result.exit_code)
    return worst

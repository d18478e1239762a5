"""``idvkit contract VENDOR...``: verify a server (the embedded sandbox by default) against the spec."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from idvkit._exit import ExitCode
from idvkit.cli._baseline_options import add_baseline_options
from idvkit.contract import PHASES, ContractOptions, TargetError, print_summary, run_contract
from idvkit.contract import _resources as resources
from idvkit.contract._drift import BaselineError, baseline_path, read_baseline
from idvkit.contract._runner import REMOTE_MAX_REQUESTS, REMOTE_MAX_TIME
from idvkit.vendors import VENDORS, UnknownVendorError, get_vendor


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "contract",
        help="verify a server against a vendor's spec",
        description=(
            "Property-based contract tests (schemathesis: examples, coverage, fuzzing, stateful; all checks, plus "
            "idvkit's vendor checks) against the embedded sandbox, or against --base-url. Exit 0: no violation; "
            "1: violations found (or less coverage than --min-coverage); 2: could not run; 130: interrupted (the reports "
            "cover what ran). Operations and phases that cannot run with the flags given are listed as skipped, with "
            "the flag that enables them."
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
    parser.add_argument(
        "--min-coverage",
        type=_percentage,
        metavar="P",
        help="exit 1 when the run saw fewer than P %% of the documented (operation, status) pairs of a vendor "
        "(pairs the spec marks x-unreachable-status are not counted)",
    )
    parser.add_argument("--seed", type=int, help="random seed, to reproduce a run")
    parser.add_argument(
        "--vcr",
        action="store_true",
        help="also write a VCR cassette (cassette.yaml; the HAR file has the same exchanges)",
    )
    parser.add_argument(
        "--resource",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a resource that exists at the vendor (e.g. scanRef=..., idConference=...): read operations get it "
        "in their examples and in half of their generated cases; repeatable, also IDVKIT_RESOURCE_<NAME> "
        "variables; masked in every output like a credential; never given to x-destructive operations",
    )
    parser.add_argument(
        "--resources",
        type=Path,
        metavar="FILE",
        help='resources from a TOML file: name = "value" lines for every vendor, [vendor] tables for one '
        "(--resource and the variables win)",
    )
    parser.add_argument(
        "--max-billable",
        type=int,
        metavar="N",
        help="run x-billable operations (also against a server that is not the embedded sandbox) but send at most "
        "N such calls in the whole run; further ones are answered by idvkit and never reach the server "
        "(0: skip them; destructive ones still need --allow-destructive)",
    )
    add_baseline_options(
        parser, source="the run", baseline_help=" With several vendors, FILE gets .VENDOR before its suffix."
    )
    parser.add_argument(
        "--callbacks",
        type=Path,
        metavar="FILE",
        help="with --baseline: captured callbacks (JSON Lines of {headers, body}) to snapshot with the run (the "
        "embedded sandbox's own callbacks are taken anyway)",
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
    parser.set_defaults(run=run, extra="contract")


def _percentage(text: str) -> float:
    try:
        value = float(text.strip().removesuffix("%"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a percentage (a number from 0 to 100)") from None
    if not 0 <= value <= 100:
        raise argparse.ArgumentTypeError(f"{text!r} is not a percentage from 0 to 100")
    return value


def _credentials(vendor: str, args: argparse.Namespace) -> dict[str, str | None]:
    """--api-key / --api-secret under the vendor's credential variables (LiveID+ has only the key)."""
    return dict(zip(get_vendor(vendor).credential_env, (args.api_key, args.api_secret), strict=False))


def run(args: argparse.Namespace) -> int:
    vendors = list(VENDORS) if args.vendors == ["all"] else args.vendors
    worst: int = ExitCode.OK
    for vendor in vendors:
        if vendor not in VENDORS:
            print(f"error: {UnknownVendorError(vendor)}", file=sys.stderr)
            return ExitCode.COULD_NOT_RUN
    phases = [phase.strip() for phase in args.phases.split(",") if phase.strip()]
    if args.max_billable is not None and args.max_billable < 0:
        print("error: --max-billable must be 0 or more", file=sys.stderr)
        return ExitCode.COULD_NOT_RUN
    try:
        given = dict(resources.parse_assignment(text) for text in args.resource)
        documents = {vendor: get_vendor(vendor).spec() for vendor in vendors}
        chosen = resources.for_vendors(
            documents, command_line=given, environment=resources.from_environment(), file=args.resources
        )
    except resources.ResourceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return ExitCode.COULD_NOT_RUN
    for vendor, selected in chosen.items():
        for name in resources.unused(documents[vendor], selected):
            print(f"note: {vendor}: resource {name} goes into no request (only x-destructive operations take it)")
    if (args.update_baseline or args.callbacks is not None) and args.baseline is None:
        print("error: --update-baseline and --callbacks need --baseline FILE", file=sys.stderr)
        return ExitCode.COULD_NOT_RUN
    for vendor in vendors:
        baseline = baseline_path(args.baseline, vendor, vendors) if args.baseline is not None else None
        if baseline is not None:
            try:
                read_baseline(baseline, vendor)
            except BaselineError as exc:
                print(f"error: {vendor}: {exc}", file=sys.stderr)
                return ExitCode.COULD_NOT_RUN
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
            min_coverage=args.min_coverage,
            resources=chosen[vendor],
            max_billable=args.max_billable,
            baseline=baseline_path(args.baseline, vendor, vendors) if args.baseline is not None else None,
            drift=args.drift,
            update_baseline=args.update_baseline,
            callbacks=args.callbacks,
        )
        try:
            result = run_contract(options)
        except TargetError as exc:
            print(f"error: {vendor}: {exc}", file=sys.stderr)
            return ExitCode.COULD_NOT_RUN
        print_summary(result, sys.stdout)
        if result.exit_code == ExitCode.INTERRUPTED:
            return ExitCode.INTERRUPTED  # the user wants to stop: no further vendor
        worst = max(worst, result.exit_code)
    return worst

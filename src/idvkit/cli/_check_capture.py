"""``idvkit check-capture VENDOR FILE.har``: judge a HAR capture against the vendor's spec, offline."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from idvkit._exit import ExitCode
from idvkit.cli._baseline_options import add_baseline_options, baseline_misuse
from idvkit.vendors import VENDORS


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "check-capture",
        help="validate a HAR capture against a vendor's spec",
        description="Judge every exchange of a HAR file (from idvkit proxy, a browser, an API gateway) against the "
        "vendor's spec, with the proxy's checks. Exit 0: no violation, 1: violations, 2: could not read the file.",
    )
    parser.add_argument("vendor", choices=sorted(VENDORS), help="whose spec the exchanges are judged against")
    parser.add_argument("har", type=Path, metavar="FILE.har", help="the capture")
    parser.add_argument("--summary", type=Path, help="also write summary.json (idvkit contract's shape) here")
    add_baseline_options(parser, source="the capture")
    parser.set_defaults(run=run, extra="sandbox")


def run(args: argparse.Namespace) -> int:
    from idvkit.contract._rendering import print_summary
    from idvkit.proxy import CaptureError, check_capture

    misuse = baseline_misuse(args)
    if misuse is not None:
        print(f"error: {misuse}", file=sys.stderr)
        return ExitCode.COULD_NOT_RUN
    try:
        report = check_capture(args.vendor, args.har)
    except CaptureError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return ExitCode.COULD_NOT_RUN
    if args.baseline is not None:
        drift = report.watch_drift(args.baseline, mode=args.drift, update=args.update_baseline)
        if drift.error is not None:
            print(f"error: {drift.error}", file=sys.stderr)
            return ExitCode.COULD_NOT_RUN
    for violation in report.violations:
        print(f"[idvkit check-capture] {violation.line()}")
    summary = report.summary()
    if args.summary is not None:
        args.summary.parent.mkdir(parents=True, exist_ok=True)
        args.summary.write_text(json.dumps(summary, indent=1) + "\n")
    print_summary(report.result(), sys.stdout)
    return int(summary["exit_code"])

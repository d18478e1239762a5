"""``idvkit webhook-contract VENDOR --url URL``: post spec-valid and forged webhooks to your receiver."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from idvkit._exit import ExitCode
from idvkit.redact import Redactor
from idvkit.vendors import VENDORS, get_vendor

if TYPE_CHECKING:
    from idvkit.webhooks import WebhookContractResult


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "webhook-contract",
        help="test your webhook receiver with generated, signed and forged deliveries",
        description=(
            "POST spec-valid webhook bodies of every event type (hypothesis-generated, signed as the vendor signs "
            "them) and forgeries of them to your receiver, and check its answers: 2xx within the timeout for "
            "genuine deliveries and their retries, 4xx for forgeries (iDenfy, markid) and non-JSON bodies "
            "(LiveID+). Exit 0: every check passed; 1: a check failed; 2: could not run."
        ),
    )
    parser.add_argument("vendor", choices=list(VENDORS), metavar="VENDOR", help=", ".join(VENDORS))
    parser.add_argument("--url", required=True, help="the receiver's URL (loopback only, unless --allow-remote)")
    keys = " / ".join(v.callback_key_env for v in VENDORS.values() if v.callback_key_env)
    unsigned = ", ".join(v.display_name for v in VENDORS.values() if not v.signs_callbacks)
    parser.add_argument("--key", help=f"callback signing key (default: {keys}; {unsigned}: unsigned, none)")
    parser.add_argument("--examples", type=int, default=5, help="genuine deliveries per event type (default 5)")
    parser.add_argument("--seed", type=int, help="random seed, to reproduce a run")
    parser.add_argument(
        "--timeout",
        type=float,
        help="seconds within which a genuine delivery must get a 2xx (default: the vendor's, from its spec)",
    )
    parser.add_argument(
        "--retry-interval",
        type=float,
        help="seconds between the repetitions of a retried delivery (default: the vendor's, from its spec)",
    )
    parser.add_argument(
        "--allow-remote", action="store_true", help="also post to a receiver that is not on a loopback address"
    )
    parser.add_argument(
        "--summary",
        type=Path,
        metavar="FILE",
        help="also write the result as JSON: checks, notes and the event type x check coverage matrix",
    )
    parser.set_defaults(run=run, extra="contract")


def print_summary(result: WebhookContractResult, out: TextIO, redactor: Redactor) -> None:
    check_width = max([len(check.check) for check in result.checks] + [len("check")])
    event_width = max([len(check.event_type) for check in result.checks] + [len("event type")])
    lines = [
        f"\n== {result.vendor}: webhook contract summary ({result.target}) ==",
        f"{'check':<{check_width}}  {'event type':<{event_width}}  result  reason",
    ]
    lines += [
        f"{check.check:<{check_width}}  {check.event_type:<{event_width}}  "
        f"{'passed' if check.passed else 'FAILED':<6}  {check.reason}"
        for check in result.checks
    ]
    # a note fails nothing; one line per note, with the event types it came from
    by_text: dict[tuple[str, str], list[str]] = {}
    for note in result.notes:
        by_text.setdefault((note.topic, note.text), []).append(note.event_type)
    for (topic, text), event_types in by_text.items():
        lines.append(f"note: {topic}: {text} ({', '.join(event_types)})")
    lines += _coverage_lines(result)
    failures = result.failures
    verdict = (
        f"{len(failures)} of {len(result.checks)} checks failed"
        if failures
        else f"all {len(result.checks)} checks passed"
    )
    lines.append(f"{result.vendor}: {verdict} (seed {result.seed}, {result.examples} examples per event type)")
    for line in lines:
        print(redactor.text(line), file=out)


_CELLS = {True: "ok", False: "FAIL", None: "-"}


def _coverage_lines(result: WebhookContractResult) -> list[str]:
    """The event type x check matrix: which checks delivered which event types, and how they fared."""
    matrix = result.coverage()
    if not matrix:
        return []
    checks = list(next(iter(matrix.values())))
    width = max(len(event_type) for event_type in matrix)
    lines = [
        f"coverage: {len(result.delivered)} of {len(matrix)} event types of the spec delivered "
        "(ok: passed, FAIL: failed, -: not delivered)",
        f"  {'event type':<{width}}  " + "  ".join(checks),
    ]
    for event_type, row in matrix.items():
        cells = "  ".join(f"{_CELLS[row.get(check)]:<{len(check)}}" for check in checks)
        lines.append(f"  {event_type:<{width}}  {cells}".rstrip())
    return lines


def summary_document(result: WebhookContractResult) -> dict[str, Any]:
    """What ``--summary`` writes: no body, signature or key (the reasons are safe to print)."""
    return {
        "vendor": result.vendor,
        "target": result.target,
        "exit_code": int(result.exit_code),
        "seed": result.seed,
        "examples": result.examples,
        "checks": [
            {"check": c.check, "event_type": c.event_type, "passed": c.passed, "reason": c.reason}
            for c in result.checks
        ],
        "notes": [{"topic": n.topic, "event_type": n.event_type, "text": n.text} for n in result.notes],
        "coverage": {
            "event_types": len(result.coverage()),
            "delivered": list(result.delivered),
            "matrix": result.coverage(),
        },
    }


def run(args: argparse.Namespace) -> int:
    # the webhook contract needs the models and hypothesis: imported for this command only
    from idvkit.webhooks import WebhookContractError, WebhookContractOptions, key_from_environment, run_webhook_contract
    from idvkit.webhooks._contract import VENDOR_RETRY_INTERVAL, VENDOR_TIMEOUT

    key = args.key or key_from_environment(args.vendor)
    # Nothing printed is meant to contain the key; the redactor makes sure (keys of 4 or more characters).
    redactor = Redactor([key])
    vendor = get_vendor(args.vendor)
    if not vendor.signs_callbacks and args.key:
        print(f"note: {vendor.display_name} callbacks are unsigned; --key is not used", file=sys.stderr)
    options = WebhookContractOptions(
        vendor=args.vendor,
        url=args.url,
        key=key if vendor.signs_callbacks else None,
        examples=args.examples,
        seed=args.seed,
        timeout=VENDOR_TIMEOUT if args.timeout is None else args.timeout,
        retry_interval=VENDOR_RETRY_INTERVAL if args.retry_interval is None else args.retry_interval,
        allow_remote=args.allow_remote,
    )

    def progress(line: str) -> None:
        print(redactor.text(line), flush=True)

    try:
        result = run_webhook_contract(options, progress=progress)
    except WebhookContractError as error:
        print(redactor.text(f"error: {args.vendor}: {error}"), file=sys.stderr)
        return ExitCode.COULD_NOT_RUN
    print_summary(result, sys.stdout, redactor)
    if args.summary is not None:
        text = redactor.text(json.dumps(summary_document(result), indent=1, sort_keys=True))
        args.summary.parent.mkdir(parents=True, exist_ok=True)
        args.summary.write_text(text + "\n", encoding="utf-8")
    return result.exit_code

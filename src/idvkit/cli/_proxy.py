"""``idvkit proxy VENDOR --upstream URL``: forward the application's traffic to the vendor and judge it."""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from pathlib import Path
from typing import Any

from idvkit._exit import ExitCode
from idvkit._network import CheckedURL, UnsafeURLError, check_target_url, check_url, is_wildcard_host
from idvkit.cli._baseline_options import add_baseline_options, baseline_misuse
from idvkit.vendors import VENDORS, get_vendor

#: The proxy listens on the vendor's sandbox port plus this by default (iDenfy 9900, markid 9901, LiveID+ 9902).
PORT_OFFSET = 1000


class _TerminatedError(Exception):
    """SIGTERM, turned into an exception once the server has stopped (uvicorn raises it again then)."""


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "proxy",
        help="validate the live traffic between your application and a vendor",
        description="A reverse proxy your application calls instead of the vendor: it forwards every request and "
        "answer unchanged and reports each violation of the spec (observe-only unless --enforce).",
    )
    parser.add_argument("vendor", choices=sorted(VENDORS), help="whose API is proxied")
    parser.add_argument("--upstream", required=True, help="the vendor's base URL (https unless on loopback)")
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, help=f"port (default: the sandbox port + {PORT_OFFSET}; 0: any free port)")
    parser.add_argument("--capture", type=Path, metavar="DIR", help="write the exchanges, masked, as HAR files here")
    parser.add_argument(
        "--capture-max-bytes", type=int, default=50 * 1024 * 1024, help="start a new HAR file past this size"
    )
    parser.add_argument("--enforce", action="store_true", help="refuse invalid requests (4xx) and answers (502)")
    parser.add_argument(
        "--allow-production", action="store_true", help="allow a vendor's production host (then observe-only)"
    )
    parser.add_argument("--callbacks-to", metavar="URL", help="forward the vendor's callbacks to this receiver")
    parser.add_argument(
        "--summary", type=Path, default=None, help="where to write summary.json (default: DIR/summary.json or ./)"
    )
    parser.add_argument(
        "--validation-limit", type=int, default=None, help="bodies larger than this many bytes stream unvalidated"
    )
    add_baseline_options(parser, source="the traffic")
    parser.set_defaults(run=run, extra="sandbox")


def _checked(raw: str, what: str, *, allow_production: bool = False, target: bool = True) -> CheckedURL:
    checked = (
        check_target_url(raw, what=what, allow_production=allow_production) if target else check_url(raw, what=what)
    )
    if checked.scheme != "https" and not checked.loopback:
        raise UnsafeURLError(f"bad {what} {checked.url!r}: must be https unless it is on loopback")
    return checked


def run(args: argparse.Namespace) -> int:
    from idvkit.contract._drift import BaselineError, read_baseline
    from idvkit.contract._rendering import print_summary
    from idvkit.proxy import DEFAULT_VALIDATION_LIMIT, HarCapture, ProxyApplication, ProxySettings
    from idvkit.proxy._server import proxy_server
    from idvkit.sandbox import bind, url_of
    from idvkit.sandbox._engine import declared_body_limit

    misuse = baseline_misuse(args)
    if misuse is not None:
        print(f"error: {misuse}", file=sys.stderr)
        return ExitCode.COULD_NOT_RUN
    vendor = get_vendor(args.vendor)
    try:
        if args.baseline is not None:
            read_baseline(args.baseline, vendor.name)
    except BaselineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return ExitCode.COULD_NOT_RUN
    try:
        upstream = _checked(args.upstream, "--upstream URL", allow_production=args.allow_production)
        callbacks_to = _checked(args.callbacks_to, "--callbacks-to URL", target=False) if args.callbacks_to else None
    except UnsafeURLError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return ExitCode.COULD_NOT_RUN
    if upstream.production and args.enforce:
        print("error: against a production host the proxy only observes: drop --enforce", file=sys.stderr)
        return ExitCode.COULD_NOT_RUN
    callback_key = None
    if callbacks_to is not None and vendor.callback_key_env is not None:
        callback_key = os.environ.get(vendor.callback_key_env)
        if not callback_key:
            print(f"error: --callbacks-to needs the callback signing key in {vendor.callback_key_env}", file=sys.stderr)
            return ExitCode.COULD_NOT_RUN
    secrets = [os.environ.get(variable) or "" for variable in (*vendor.credential_env, vendor.callback_key_env or "")]
    limit = args.validation_limit or min(
        DEFAULT_VALIDATION_LIMIT, declared_body_limit([vendor.spec()]) or DEFAULT_VALIDATION_LIMIT
    )
    port = vendor.sandbox_port + PORT_OFFSET if args.port is None else args.port
    try:
        sock = bind(args.host, port)
    except OSError as exc:
        print(f"error: cannot listen on {args.host}:{port}: {exc.strerror}", file=sys.stderr)
        return ExitCode.COULD_NOT_RUN
    if is_wildcard_host(args.host) or not check_url(url_of(sock)).loopback:
        print(
            "warning: listening beyond loopback: anyone who reaches this port sends requests with your "
            "application's traffic to the vendor",
            file=sys.stderr,
        )
    try:
        capture = HarCapture(args.capture, secrets, max_bytes=args.capture_max_bytes) if args.capture else None
    except OSError as exc:
        sock.close()
        print(f"error: cannot write the capture in {args.capture}: {exc.strerror}", file=sys.stderr)
        return ExitCode.COULD_NOT_RUN
    summary_path = args.summary or ((args.capture / "summary.json") if args.capture else Path("summary.json"))
    settings = ProxySettings(
        vendor.name,
        upstream,
        enforce=args.enforce,
        validation_limit=limit,
        capture=capture,
        callbacks_to=callbacks_to,
        callback_key=callback_key,
        report=sys.stdout,
        listen_url=url_of(sock),
    )
    app = ProxyApplication(settings)
    outcome: dict[str, int] = {}

    def finish() -> None:
        if capture is not None:
            capture.close()
        if args.baseline is not None:
            app.report.watch_drift(args.baseline, mode=args.drift, update=args.update_baseline)
        summary = app.report.summary()
        summary_path.parent.mkdir(parents=True, exist_ok=True)
        summary_path.write_text(json.dumps(summary, indent=1) + "\n")
        print_summary(app.report.result(), sys.stdout)
        print(
            f"summary: {summary_path}"
            + (f"; capture: {', '.join(map(str, capture.files))}" if capture and capture.files else "")
        )
        outcome["exit"] = int(summary["exit_code"])

    settings.on_shutdown.append(finish)
    mode = "enforcing" if args.enforce else "observing"
    print(
        f"idvkit {vendor.name} proxy on {url_of(sock)} -> {upstream.url} ({mode}); callbacks: "
        f"{url_of(sock)}/__idvkit/callbacks -> {callbacks_to.url if callbacks_to else 'off'}",
        flush=True,
    )
    previous = signal.getsignal(signal.SIGTERM)

    def terminated(signum: int, frame: Any) -> None:
        raise _TerminatedError

    signal.signal(signal.SIGTERM, terminated)
    try:
        proxy_server(app).run(sockets=[sock])
    except (KeyboardInterrupt, _TerminatedError):
        pass  # uvicorn raises the signal again once it has stopped; the summary is written by then
    finally:
        signal.signal(signal.SIGTERM, previous)
        sock.close()
    if "exit" not in outcome:
        finish()
    return outcome["exit"]

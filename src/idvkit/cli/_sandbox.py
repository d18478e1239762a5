"""``idvkit sandbox VENDOR``: serve a vendor's embedded sandbox until interrupted."""

from __future__ import annotations

import argparse
import socket
import sys
from typing import Any

from idvkit._exit import ExitCode
from idvkit._network import is_loopback_host, is_wildcard_host
from idvkit.vendors import VENDORS, get_vendor


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "sandbox",
        help="serve a vendor's embedded sandbox",
        description="Serve the stateful sandbox of a vendor's API on this machine (loopback by default).",
    )
    parser.add_argument("vendor", choices=sorted(VENDORS), help="which vendor's API to serve")
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: 127.0.0.1)")
    ports = ", ".join(f"{vendor.name} {vendor.sandbox_port}" for vendor in VENDORS.values())
    parser.add_argument("--port", type=int, help=f"port (default: {ports}; 0: any free port)")
    parser.add_argument("--api-key", help="API key clients must send (default: sandbox-key; LiveID+: sandbox-apikey)")
    parser.add_argument("--api-secret", help="API secret for iDenfy/markid basic auth (default: sandbox-secret)")
    parser.add_argument("--callback-url", help="where to POST verification callbacks (loopback URLs only by default)")
    parser.add_argument("--callback-key", help="key that signs iDenfy/markid callbacks (default: sandbox-callback-key)")
    parser.add_argument(
        "--allow-remote-callbacks", action="store_true", help="also send callbacks to non-loopback URLs"
    )
    parser.set_defaults(run=run, extra="sandbox")


def exposure_warning(host: str, sock: socket.socket) -> str | None:
    """The warning for a sandbox that others can reach: ``host`` is a wildcard ('', '0', '::', ...) or the
    socket is bound to an address that is not loopback (``host`` was such an address, or a name of one)."""
    if is_wildcard_host(host):
        return (
            f"warning: listening on every network interface (--host {host!r}): anyone who can reach this "
            "machine can use the sandbox and its unauthenticated control API"
        )
    address = str(sock.getsockname()[0])
    if not is_loopback_host(address):
        return f"warning: listening on {address}, which is not a loopback address"
    return None


def run(args: argparse.Namespace) -> int:
    from idvkit.sandbox import bind, create_sandbox, serve, url_of  # heavy: only for this command

    sandbox = create_sandbox(
        args.vendor,
        api_key=args.api_key,
        api_secret=args.api_secret,
        callback_key=args.callback_key,
        callback_url=args.callback_url,
        allow_remote_callbacks=args.allow_remote_callbacks,
    )
    port = get_vendor(args.vendor).sandbox_port if args.port is None else args.port
    try:
        sock = bind(args.host, port)
    except OSError as exc:
        print(f"error: cannot listen on {args.host}:{port}: {exc.strerror}", file=sys.stderr)
        return ExitCode.COULD_NOT_RUN
    warning = exposure_warning(args.host, sock)
    if warning:
        print(warning, file=sys.stderr)
    if not is_wildcard_host(args.host):
        sandbox.app.allow_host(args.host)  # requests may name the host it was started on (see sandbox/_origin.py)
    base_url = url_of(sock)
    print(
        f"idvkit {args.vendor} sandbox on {base_url} - {sandbox.auth_hint()}; control API under {base_url}/__sandbox",
        flush=True,
    )
    serve(sandbox.app, sock)
    return ExitCode.OK

"""Entry point: one sub-command per job, clear one-line errors, distinct exit codes."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from idvkit._exit import ExitCode
from idvkit.cli import _check_capture, _contract, _proxy, _sandbox, _spec_diff, _webhook_contract

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="idvkit",
        description="Spec-driven sandboxes and contract tests for iDenfy, markid and LiveID+.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _sandbox.register(commands)
    _contract.register(commands)
    _webhook_contract.register(commands)
    _spec_diff.register(commands)
    _proxy.register(commands)
    _check_capture.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.run(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return ExitCode.INTERRUPTED
    return status

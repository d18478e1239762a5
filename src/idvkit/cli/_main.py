"""Entry point: one sub-command per job, clear one-line errors, distinct exit codes."""

from __future__ import annotations

import argparse
import importlib.metadata
import sys
from collections.abc import Sequence

import idvkit
from idvkit._exit import ExitCode
from idvkit.cli import _check_capture, _contract, _extras, _proxy, _sandbox, _spec_diff, _webhook_contract

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="idvkit",
        description="Spec-driven sandboxes and contract tests for iDenfy, markid and LiveID+.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {installed_version()}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _sandbox.register(commands)
    _contract.register(commands)
    _webhook_contract.register(commands)
    _spec_diff.register(commands)
    _proxy.register(commands)
    _check_capture.register(commands)
    return parser


def installed_version() -> str:
    """The version of the installed idvkit distribution (the package's own when it runs from a source tree)."""
    try:
        return importlib.metadata.version("idvkit")
    except importlib.metadata.PackageNotFoundError:
        return idvkit.__version__


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    extra: str | None = getattr(args, "extra", None)  # the pip extra the command needs (cli/_extras.py)
    if extra is not None and _extras.missing_modules(extra):
        print(_extras.install_hint(args.command, extra), file=sys.stderr)
        return ExitCode.COULD_NOT_RUN
    try:
        status: int = args.run(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return ExitCode.INTERRUPTED
    except ModuleNotFoundError as exc:
        provider = _extras.extra_providing(exc.name)
        if provider is None:
            raise
        print(_extras.install_hint(args.command, extra or provider), file=sys.stderr)
        return ExitCode.COULD_NOT_RUN
    return status

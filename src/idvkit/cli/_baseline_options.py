"""The drift-watch options shared by ``idvkit contract``, ``idvkit proxy`` and ``idvkit check-capture``."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_baseline_options(parser: argparse.ArgumentParser, *, source: str, baseline_help: str = "") -> None:
    """``--baseline FILE``, ``--drift fail|warn`` and ``--update-baseline``; ``source`` names what is snapshotted
    (the run, the traffic, the capture), ``baseline_help`` is added to ``--baseline``'s help."""
    parser.add_argument(
        "--baseline",
        type=Path,
        metavar="FILE",
        help=f"drift watch: when FILE is absent, write a snapshot of what {source} showed the server to do "
        "(statuses, media types, fields, enum values, error identifiers; no other values); when it exists, list "
        f"what changed since (exit 1 on drift).{baseline_help} See docs/NIGHTLY.md",
    )
    parser.add_argument(
        "--drift",
        choices=("fail", "warn"),
        default="fail",
        help="with --baseline: fail (exit 1, the default) or only warn when something drifted",
    )
    parser.add_argument(
        "--update-baseline",
        action="store_true",
        help=f"with --baseline: report the drift, then write the snapshot of {source} as the new baseline",
    )


def baseline_misuse(args: argparse.Namespace) -> str | None:
    """The error of options that need ``--baseline`` given without it."""
    if args.update_baseline and args.baseline is None:
        return "--update-baseline needs --baseline FILE"
    return None

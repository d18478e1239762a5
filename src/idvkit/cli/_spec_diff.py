"""``idvkit spec-diff OLD NEW``: what a spec change does to the users of the generated clients.

OLD and NEW are spec files (YAML or JSON, OpenAPI 3.x) or ``git:REV:path`` (the file as it is in a git
revision; the files next to it at that revision are read with it, so references into them resolve).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import Any, TextIO

from idvkit._exit import ExitCode
from idvkit.specs import SpecError
from idvkit.specs._diff import SpecChange, diff_specs

_GIT_TIMEOUT = 60


class SourceError(Exception):
    """A spec source that cannot be read, naming it and what failed."""


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "spec-diff",
        help="classify the changes between two spec revisions as breaking or compatible for the clients",
        description=(
            "Compare two OpenAPI documents operation by operation (method and path template) and list every "
            "change, breaking or compatible for clients generated from OLD, with its JSON pointer. OLD and NEW "
            "are files or git:REV:path. Exit 0: no breaking change; 1: breaking changes; 2: bad input."
        ),
    )
    parser.add_argument("old", metavar="OLD", help="the earlier spec (or, with --against-vendor, the hand-written one)")
    parser.add_argument("new", metavar="NEW", help="the later spec (or, with --against-vendor, the vendor's document)")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format (default text)")
    parser.add_argument(
        "--against-vendor",
        action="store_true",
        help="NEW is a vendor-published document: list what the spec's clients send or expect that the vendor "
        "does not accept or send (names, tags and prose are ignored)",
    )
    parser.add_argument("--compatible", action="store_true", help="text output: also list the compatible changes")
    parser.set_defaults(run=run, extra="specs")


def _git(arguments: list[str], what: str) -> bytes:
    try:
        result = subprocess.run(  # noqa: S603 - fixed executable, arguments are not interpreted by a shell
            ["git", *arguments],  # noqa: S607 - git from PATH, as a user runs it
            capture_output=True,
            timeout=_GIT_TIMEOUT,
            check=False,
        )
    except FileNotFoundError:
        raise SourceError(f"{what}: git is not installed") from None
    except subprocess.TimeoutExpired:
        raise SourceError(f"{what}: git did not answer within {_GIT_TIMEOUT} s") from None
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise SourceError(f"{what}: {message[-1] if message else 'git failed'}")
    return result.stdout


@contextmanager
def _spec_file(source: str) -> Iterator[tuple[Path, Path]]:
    """The spec file a source names and its specs root (for git:REV:path, a copy of its folder at REV)."""
    if not source.startswith("git:"):
        path = Path(source)
        yield path, path.parent
        return
    revision, separator, name = source[len("git:") :].partition(":")
    if not separator or not revision or not name:
        raise SourceError(f"{source}: expected git:REV:path")
    if revision.startswith("-"):
        raise SourceError(f"{source}: a revision does not start with '-'")
    folder = PurePosixPath(name).parent
    _git(["cat-file", "-e", f"{revision}:{name}"], f"{source}: no file {name} at {revision}")
    listing = _git(["ls-tree", "--name-only", f"{revision}:{folder}" if str(folder) != "." else revision], source)
    with tempfile.TemporaryDirectory(prefix="idvkit-spec-diff-") as tmp:
        root = Path(tmp)
        for entry in listing.decode("utf-8", "replace").splitlines():
            if entry.endswith((".yaml", ".yml", ".json")) and "/" not in entry:
                (root / entry).write_bytes(_git(["show", f"{revision}:{folder / entry}"], source))
        yield root / PurePosixPath(name).name, root


def load_source(source: str) -> dict[str, Any]:
    """The bundled document of a source. Raises SourceError or SpecError naming what failed."""
    from idvkit.specs import bundle_spec  # YAML and JSON Schema (the 'specs' extra): only for this command

    with _spec_file(source) as (path, root):
        try:
            document = bundle_spec(path, specs_root=root).document
        except SpecError as error:
            if source.startswith("git:"):
                raise SourceError(f"{source}: {error.reason} (at #{error.pointer})") from None
            raise
    version = document.get("openapi")
    if not isinstance(version, str) or not version.startswith("3."):
        raise SourceError(f"{source}: not an OpenAPI 3.x document (openapi: {version!r})")
    return document


def print_changes(
    changes: list[SpecChange], out: TextIO, *, old: str, new: str, against_vendor: bool, compatible: bool
) -> None:
    breaking = [change for change in changes if change.breaking]
    others = [change for change in changes if not change.breaking]
    if against_vendor:
        title = f"{old} against the vendor's {new}"
        heads = (
            "The spec's clients send or expect what the vendor's document does not accept or send",
            "The vendor's document accepts or sends more than the spec uses",
        )
    else:
        title = f"{old} -> {new}"
        heads = ("Breaking for the generated clients", "Compatible")
    print(f"spec-diff {title}: {len(breaking)} breaking, {len(others)} compatible", file=out)
    groups = [(heads[0], breaking)] + ([(heads[1], others)] if compatible else [])
    for head, group in groups:
        if not group:
            continue
        print(f"\n{head}:", file=out)
        for change in group:
            print(f"  {change.kind:<30} {change.operation}", file=out)
            print(f"  {'':<30} {change.detail}", file=out)
            print(f"  {'':<30} #{change.pointer}", file=out)
    if others and not compatible:
        print(f"\n({len(others)} compatible changes not shown: --compatible lists them)", file=out)


def run(args: argparse.Namespace) -> int:
    try:
        old = load_source(args.old)
        new = load_source(args.new)
        changes = diff_specs(old, new, against_vendor=args.against_vendor)
    except (SourceError, SpecError) as error:
        print(f"error: {error}", file=sys.stderr)
        return ExitCode.COULD_NOT_RUN
    except (KeyError, ValueError) as error:
        print(f"error: unresolvable reference: {error}", file=sys.stderr)
        return ExitCode.COULD_NOT_RUN
    if args.format == "json":
        report = {
            "old": args.old,
            "new": args.new,
            "against_vendor": args.against_vendor,
            "breaking": sum(change.breaking for change in changes),
            "changes": [change.as_json() for change in changes],
        }
        print(json.dumps(report, indent=2))
    else:
        print_changes(
            changes,
            sys.stdout,
            old=args.old,
            new=args.new,
            against_vendor=args.against_vendor,
            compatible=args.compatible,
        )
    return ExitCode.VIOLATIONS if any(change.breaking for change in changes) else ExitCode.OK

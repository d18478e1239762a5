"""Refuse unknown schema keywords and undocumented ``x-`` extensions in the specs (part of ``make lint``).

    python scripts/lint_specs.py              # check specs/*.yaml, exit 1 listing every problem
    python scripts/lint_specs.py FILE ...     # check the given spec files

The documented extensions are the `` `x-...` `` names of the conventions in specs/README.md (the part
before the generated assumption list), so an extension is usable once it is documented there.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from idvkit.specs import SpecError, display_path, load_document
from idvkit.specs._keywords import keyword_problems

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
README = SPECS / "README.md"
ASSUMPTIONS_BEGIN = "<!-- BEGIN ASSUMPTIONS"
_EXTENSION = re.compile(r"`(x-[a-z][a-z0-9-]*)")


def documented_extensions(readme_text: str) -> frozenset[str]:
    """The ``x-`` names the conventions of specs/README.md document."""
    conventions = readme_text.split(ASSUMPTIONS_BEGIN, 1)[0]
    return frozenset(_EXTENSION.findall(conventions))


def lint(files: Sequence[Path], documented: frozenset[str]) -> list[str]:
    """One line per problem, ``file#pointer: reason``."""
    lines: list[str] = []
    for file in files:
        try:
            document = load_document(file)
        except SpecError as exc:
            lines.append(str(exc))
            continue
        lines.extend(f"{display_path(file)}#{problem}" for problem in keyword_problems(document, documented))
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="spec files (default: specs/*.yaml)")
    args = parser.parse_args(argv)
    files: list[Path] = args.files or sorted(SPECS.glob("*.yaml"))
    problems = lint(files, documented_extensions(README.read_text(encoding="utf-8")))
    for line in problems:
        print(line, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

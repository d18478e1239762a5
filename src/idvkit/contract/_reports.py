"""Publish schemathesis's reports with credentials and personal data masked, each still well-formed."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from idvkit.redact import Redactor, UnredactableReportError, redact_report

_NAMES = {"junit": "junit.xml", "har": "requests.har", "vcr": "cassette.yaml", "json": "run.json"}


def _copy_redacted(source: Path, destination: Path, redactor: Redactor, withheld: list[str]) -> list[str]:
    written = []
    for path in sorted(source.rglob("*")):
        if not path.is_file():
            continue
        kind = path.name.split("-", 1)[0]
        relative = path.relative_to(source)
        name = Path(_NAMES[kind]) if kind in _NAMES and len(relative.parts) == 1 else relative
        target = destination / name
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            withheld.append(f"{name}: not UTF-8 text, so it cannot be masked")
            continue
        try:
            target.write_text(redact_report(name, text, redactor), encoding="utf-8")
        except UnredactableReportError as exc:
            withheld.append(str(exc))  # e.g. a report cut short by a killed run: never published half-masked
            continue
        written.append(str(name))
    return written


def publish_reports(
    source: Path, destination: Path, redactor: Redactor, withheld: list[str] | None = None
) -> list[Path]:
    """Copy every report from ``source`` to ``destination`` through ``redactor``; returns the written paths.
    A report that cannot be masked (not well-formed, not text) is left out and named in ``withheld``.

    The reports are written beside ``destination`` first and then take its place, so that ``destination``
    holds either the previous run's reports or this run's, never a mixture or a half-written file.
    """
    destination.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=destination.parent, prefix=f".{destination.name}."))
    try:
        written = _copy_redacted(source, staging, redactor, withheld if withheld is not None else [])
        previous = destination.with_name(f".{destination.name}.previous")
        shutil.rmtree(previous, ignore_errors=True)
        if destination.exists():
            destination.rename(previous)
        staging.rename(destination)
        shutil.rmtree(previous, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return [destination / name for name in written]

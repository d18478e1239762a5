"""Publish schemathesis's reports with credentials and personal data masked."""

from __future__ import annotations

import shutil
from pathlib import Path

from idvkit.redact import Redactor

_NAMES = {"junit": "junit.xml", "har": "requests.har", "vcr": "cassette.yaml", "json": "run.json"}


def publish_reports(source: Path, destination: Path, redactor: Redactor) -> list[Path]:
    """Copy every report from ``source`` to ``destination`` through ``redactor``; returns the written paths."""
    destination.mkdir(parents=True, exist_ok=True)
    written = []
    for path in sorted(source.rglob("*")):
        if not path.is_file():
            continue
        kind = path.name.split("-", 1)[0]
        relative = path.relative_to(source)
        target = destination / (_NAMES[kind] if kind in _NAMES and len(relative.parts) == 1 else relative)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            shutil.copyfile(path, target)
        else:
            target.write_text(redactor.text(text), encoding="utf-8")
        written.append(target)
    return written

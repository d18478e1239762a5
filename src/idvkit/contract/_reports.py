"""Publish schemathesis's reports with credentials and personal data masked, each still well-formed.

idvkit replaces a report folder whole, so it replaces only folders it created: every folder it publishes
holds the marker file ``.idvkit-report``, and ``check_report_folder`` refuses, before a run sends a
request, a destination that is anything else (a folder of someone else's files, a file, a symbolic link).
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from pathlib import Path

from idvkit.contract._target import TargetError
from idvkit.redact import Redactor, UnredactableReportError, redact_report

_NAMES = {"junit": "junit.xml", "har": "requests.har", "vcr": "cassette.yaml", "json": "run.json"}
#: The file that marks a report folder as idvkit's own, to be replaced by the next run.
REPORT_MARKER = ".idvkit-report"
_MARKER_TEXT = (
    "This folder was written by `idvkit contract`; the next run into the same --report-dir replaces it whole.\n"
)
_CHOOSE_ANOTHER = "choose another --report-dir (or remove it yourself if nothing in it is needed)"


class ReportFolderError(TargetError):
    """The reports cannot be written where asked (a TargetError: before a run, it cannot start)."""


def _previous(destination: Path) -> Path:
    """Where the reports being replaced wait while the new ones take their place."""
    return destination.with_name(f".{destination.name}.previous")


def _lstat(path: Path) -> os.stat_result | None:
    try:
        return path.lstat()
    except (FileNotFoundError, NotADirectoryError):  # NotADirectoryError: a file on the way (checked apart)
        return None
    except OSError as exc:
        raise ReportFolderError(f"cannot read report folder {path}: {exc.strerror or type(exc).__name__}") from None


def _replaceable(path: Path) -> str | None:
    """Why idvkit must not replace ``path`` (None: absent, an empty folder, or a folder idvkit published)."""
    status = _lstat(path)
    if status is None:
        return None
    if stat.S_ISLNK(status.st_mode):
        return "is a symbolic link"
    if not stat.S_ISDIR(status.st_mode):
        return "is not a folder"
    marker = _lstat(path / REPORT_MARKER)
    if marker is not None and stat.S_ISREG(marker.st_mode):
        return None
    try:
        with os.scandir(path) as entries:
            empty = next(entries, None) is None
    except OSError as exc:
        return f"cannot be read ({exc.strerror or type(exc).__name__})"
    return None if empty else f"holds files idvkit did not write (no {REPORT_MARKER} marker)"


def check_report_folder(destination: Path) -> None:
    """Refuse, with a one-line ReportFolderError, a ``destination`` (``<report-dir>/<vendor>``) that idvkit
    would have to destroy or could not write.

    Allowed: an absent or empty folder, or one idvkit published (it holds ``REPORT_MARKER``), which is then
    replaced whole. Refused: a folder of other files, a file, a symbolic link (for ``destination``, its
    report dir, and the ``.<vendor>.previous`` folder a run that crashed while swapping may have left), and a
    report dir that is not a folder or cannot be created.
    """
    report_dir = destination.parent
    status = _lstat(report_dir)
    if status is not None and stat.S_ISLNK(status.st_mode):
        raise ReportFolderError(f"report dir {report_dir} is a symbolic link; pass the folder it points to")
    if status is not None and not stat.S_ISDIR(status.st_mode):
        raise ReportFolderError(f"report dir {report_dir} is not a folder; {_CHOOSE_ANOTHER}")
    existing = report_dir
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise ReportFolderError(f"cannot create report dir {report_dir}: {existing} is not a folder")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise ReportFolderError(f"cannot write to report dir {report_dir}: {existing} is not writable")
    for path, what in ((destination, "report folder"), (_previous(destination), "left-over report folder")):
        why = _replaceable(path)
        if why is not None:
            raise ReportFolderError(f"{what} {path} {why}; idvkit replaces only folders it wrote: {_CHOOSE_ANOTHER}")


def published_name(relative: Path) -> Path:
    """The name a report file (``relative`` to the run's work folder) is published under: schemathesis's
    time-stamped ``junit-<time>.xml``, ``har-<time>.json``, ... become ``junit.xml``, ``requests.har``, ..."""
    kind = relative.name.split("-", 1)[0]
    return Path(_NAMES[kind]) if kind in _NAMES and len(relative.parts) == 1 else relative


def _relinked(text: str, renamed: dict[str, str]) -> str:
    """An HTML report's links to the other reports, under their published names."""
    for original, published in renamed.items():
        text = text.replace(f"../{original}", f"../{published}")
    return text


def _copy_redacted(source: Path, destination: Path, redactor: Redactor, withheld: list[str]) -> list[str]:
    written = []
    renamed = {path.name: str(published_name(Path(path.name))) for path in source.iterdir() if path.is_file()}
    for path in sorted(source.rglob("*")):
        if not path.is_file():
            continue
        relative = path.relative_to(source)
        name = published_name(relative)
        target = destination / name
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            withheld.append(f"{name}: not UTF-8 text, so it cannot be masked")
            continue
        if name.suffix == ".html":
            text = _relinked(text, renamed)
        try:
            target.write_text(redact_report(name, text, redactor), encoding="utf-8")
        except UnredactableReportError as exc:
            withheld.append(str(exc))  # e.g. a report cut short by a killed run: never published half-masked
            continue
        written.append(str(name))
    return written


def _remove_report_folder(path: Path) -> None:
    """Delete ``path``, a folder idvkit published (checked by the caller), marker last: a removal that fails
    half-way leaves a folder the next run still recognises as idvkit's and removes."""
    why = _replaceable(path)
    if why is not None:  # changed since it was checked
        raise ReportFolderError(f"report folder {path} {why}; idvkit replaces only folders it wrote")
    with os.scandir(path) as entries:
        children = [entry for entry in entries if entry.name != REPORT_MARKER]
    for child in children:
        if child.is_dir(follow_symlinks=False):
            shutil.rmtree(child.path)  # rmtree never follows the symbolic links inside
        else:
            os.unlink(child.path)
    marker = path / REPORT_MARKER
    if os.path.lexists(marker):
        os.unlink(marker)
    os.rmdir(path)


def _swap(staging: Path, destination: Path) -> None:
    """Put ``staging`` in the place of ``destination`` (absent, empty or idvkit's: see check_report_folder).
    Only renames within the report dir, which never follow a link; on failure the previous reports are put
    back and nothing is left beside them."""
    previous = _previous(destination)
    if os.path.lexists(previous):
        _remove_report_folder(previous)  # a crashed run's; its reports are replaced now anyway
    replaced = os.path.lexists(destination)
    if replaced:
        os.rename(destination, previous)
    try:
        os.rename(staging, destination)
    except BaseException:
        if replaced:
            os.rename(previous, destination)
        raise
    if replaced:
        _remove_report_folder(previous)


def publish_reports(
    source: Path, destination: Path, redactor: Redactor, withheld: list[str] | None = None
) -> list[Path]:
    """Copy every report from ``source`` to ``destination`` through ``redactor``; returns the written paths.
    A report that cannot be masked (not well-formed, not text) is left out and named in ``withheld``.

    The reports are written beside ``destination`` first and then take its place, so that ``destination``
    holds either the previous run's reports or this run's, never a mixture or a half-written file. The
    destination is checked again first (check_report_folder: it may have changed during the run). Raises
    ReportFolderError, with one line naming the path, when the reports cannot be published; nothing is
    then left behind and the previous reports stay.
    """
    check_report_folder(destination)
    staging: Path | None = None
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(dir=destination.parent, prefix=f".{destination.name}."))
        written = _copy_redacted(source, staging, redactor, withheld if withheld is not None else [])
        (staging / REPORT_MARKER).write_text(_MARKER_TEXT, encoding="utf-8")
        _swap(staging, destination)
    except OSError as exc:
        where = exc.filename or destination
        why = exc.strerror or type(exc).__name__
        raise ReportFolderError(f"cannot publish the reports to {destination}: {where}: {why}") from None
    finally:
        if staging is not None and os.path.lexists(staging):
            shutil.rmtree(staging, ignore_errors=True)
    return [destination / name for name in written]

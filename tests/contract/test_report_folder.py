"""``--report-dir``: idvkit replaces only report folders it wrote, and refuses anything else before a request.

The attack: ``idvkit contract idenfy --report-dir tests/fixtures/seed_examples`` used to replace the tracked
folder ``seed_examples/idenfy`` with the run's reports; a file or a symbolic link there ended in a traceback
after the whole run and left a ``.idenfy.previous`` link that broke every later run. Each test here makes the
attack and asserts the safe outcome: exit 2 with one ``error:`` line before any request reached the server,
everything in place; a folder idvkit published (it holds the marker) is replaced whole as before.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from idvkit.cli._main import main
from idvkit.contract._reports import REPORT_MARKER, ReportFolderError, check_report_folder, publish_reports
from idvkit.contract._target import TargetError
from idvkit.redact import Redactor
from tests.contract._counting import CountingApp, counting_sandbox
from tests.contract._harness import CREDENTIAL_VARIABLES
from tests.servers._base import DEFAULT_CREDENTIALS

SEED_EXAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "seed_examples"
CREDENTIALS = DEFAULT_CREDENTIALS["idenfy"]


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, CountingApp]]:
    """(base URL, request counter) of an iDenfy sandbox on 127.0.0.1; its credentials are in the environment."""
    for variable in CREDENTIAL_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    for variable, value in CREDENTIALS.environment("idenfy").items():
        monkeypatch.setenv(variable, value)
    with counting_sandbox("idenfy", CREDENTIALS) as served:
        yield served


def contract(base_url: str, report_dir: Path, *extra: str) -> int:
    """``idvkit contract idenfy`` in this process, the smallest run."""
    arguments = ["contract", "idenfy", "--base-url", base_url, "--report-dir", str(report_dir)]
    return main([*arguments, "--phases", "examples", "--max-examples", "1", "--seed", "1", *extra])


def tree(root: Path) -> dict[str, str]:
    """Relative path -> what it is (a link's target, a file's digest), for everything under ``root``."""
    found = {}
    for path in sorted(root.rglob("*")):
        name = str(path.relative_to(root))
        if path.is_symlink():
            found[name] = f"link to {os.readlink(path)}"
        elif path.is_file():
            found[name] = hashlib.sha256(path.read_bytes()).hexdigest()
        else:
            found[name] = "folder"
    return found


def assert_refused_up_front(
    capsys: pytest.CaptureFixture[str], status: int, counter: CountingApp, *fragments: str
) -> str:
    """Exit 2, one ``error:`` line naming ``fragments`` and no traceback, and no request sent."""
    captured = capsys.readouterr()
    assert status == 2, captured
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("error: idenfy: ")
    for fragment in fragments:
        assert fragment in lines[0]
    assert "Traceback" not in captured.out + captured.err
    assert counter.requests == 0
    return lines[0]


# -------------------------------------------------------------------------------------- refused up front
def test_a_folder_of_tracked_files_is_refused_before_any_request(
    server: tuple[str, CountingApp], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base_url, counter = server
    report_dir = tmp_path / "seed_examples"
    shutil.copytree(SEED_EXAMPLES, report_dir)
    before = tree(report_dir)
    assert len(before) > 20
    status = contract(base_url, report_dir)
    line = assert_refused_up_front(capsys, status, counter, str(report_dir / "idenfy"), REPORT_MARKER)
    assert "idvkit did not write" in line
    assert tree(report_dir) == before


def test_a_file_as_report_dir_is_refused(
    server: tuple[str, CountingApp], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base_url, counter = server
    report_dir = tmp_path / "notes.txt"
    report_dir.write_text("mine")
    assert_refused_up_front(capsys, contract(base_url, report_dir), counter, str(report_dir), "not a folder")
    assert report_dir.read_text() == "mine"


def test_a_file_in_the_place_of_the_vendor_folder_is_refused(
    server: tuple[str, CountingApp], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base_url, counter = server
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "idenfy").write_text("mine")
    status = contract(base_url, tmp_path / "reports")
    assert_refused_up_front(capsys, status, counter, str(tmp_path / "reports" / "idenfy"), "not a folder")
    assert (tmp_path / "reports" / "idenfy").read_text() == "mine"


def test_a_symlinked_vendor_folder_is_refused_and_its_target_kept(
    server: tuple[str, CountingApp], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base_url, counter = server
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / REPORT_MARKER).write_text("even a marked folder is not replaced through a link")
    (elsewhere / "keep.txt").write_text("mine")
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "idenfy").symlink_to(elsewhere, target_is_directory=True)
    before = tree(tmp_path)
    status = contract(base_url, tmp_path / "reports")
    assert_refused_up_front(capsys, status, counter, str(tmp_path / "reports" / "idenfy"), "symbolic link")
    assert tree(tmp_path) == before


def test_a_symlinked_report_dir_is_refused(
    server: tuple[str, CountingApp], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base_url, counter = server
    (tmp_path / "real").mkdir()
    (tmp_path / "reports").symlink_to(tmp_path / "real", target_is_directory=True)
    status = contract(base_url, tmp_path / "reports")
    assert_refused_up_front(capsys, status, counter, str(tmp_path / "reports"), "symbolic link")
    assert list((tmp_path / "real").iterdir()) == []


@pytest.mark.parametrize("kind", ["dangling link", "link to a folder", "unmarked folder", "file"])
def test_a_left_over_previous_folder_that_is_not_idvkits_is_refused(
    server: tuple[str, CountingApp], tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    base_url, counter = server
    report_dir = tmp_path / "reports"
    report_dir.mkdir()
    previous = report_dir / ".idenfy.previous"
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "keep.txt").write_text("mine")
    if kind == "dangling link":
        previous.symlink_to(tmp_path / "gone")
    elif kind == "link to a folder":
        previous.symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    elif kind == "unmarked folder":
        shutil.copytree(tmp_path / "elsewhere", previous)
    else:
        previous.write_text("mine")
    before = tree(tmp_path)
    status = contract(base_url, report_dir)
    assert_refused_up_front(capsys, status, counter, str(previous), "left-over")
    assert tree(tmp_path) == before


def test_a_report_dir_under_a_file_is_refused(
    server: tuple[str, CountingApp], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base_url, counter = server
    (tmp_path / "file").write_text("mine")
    status = contract(base_url, tmp_path / "file" / "reports")
    assert_refused_up_front(capsys, status, counter, str(tmp_path / "file"), "not a folder")


# -------------------------------------------------------------------------------------- what is allowed
def test_absent_empty_and_marked_folders_are_allowed(tmp_path: Path) -> None:
    check_report_folder(tmp_path / "new" / "reports" / "idenfy")
    (tmp_path / "reports" / "idenfy").mkdir(parents=True)
    check_report_folder(tmp_path / "reports" / "idenfy")
    (tmp_path / "reports" / "idenfy" / "junit.xml").write_text("<testsuites/>")
    with pytest.raises(ReportFolderError):
        check_report_folder(tmp_path / "reports" / "idenfy")
    (tmp_path / "reports" / "idenfy" / REPORT_MARKER).write_text("")
    check_report_folder(tmp_path / "reports" / "idenfy")
    # a crashed run's own left-over (it holds the marker) is removed by the next publication
    shutil.copytree(tmp_path / "reports" / "idenfy", tmp_path / "reports" / ".idenfy.previous")
    check_report_folder(tmp_path / "reports" / "idenfy")


def test_a_link_named_as_the_marker_does_not_mark_a_folder(tmp_path: Path) -> None:
    destination = tmp_path / "reports" / "idenfy"
    destination.mkdir(parents=True)
    (tmp_path / "marker").write_text("")
    (destination / REPORT_MARKER).symlink_to(tmp_path / "marker")
    with pytest.raises(ReportFolderError, match=r"no \.idvkit-report marker"):
        check_report_folder(destination)


def test_the_refusal_is_a_target_error() -> None:
    # the CLI maps TargetError to exit 2, and the pytest plugin to a failed test naming why
    assert issubclass(ReportFolderError, TargetError)


# -------------------------------------------------------------------------------------- publishing
def _reports(tmp_path: Path, text: str) -> Path:
    source = tmp_path / f"source-{text}"
    source.mkdir()
    (source / "summary.json").write_text(f'{{"run": "{text}"}}')
    return source


def test_publishing_marks_the_folder_and_replaces_a_marked_one_whole(tmp_path: Path) -> None:
    destination = tmp_path / "reports" / "idenfy"
    publish_reports(_reports(tmp_path, "first"), destination, Redactor([]))
    assert (destination / REPORT_MARKER).is_file()
    (destination / "stale.txt").write_text("from the first run")
    written = publish_reports(_reports(tmp_path, "second"), destination, Redactor([]))
    assert written == [destination / "summary.json"]
    assert sorted(path.name for path in destination.iterdir()) == [REPORT_MARKER, "summary.json"]
    assert "second" in (destination / "summary.json").read_text()
    assert [path.name for path in destination.parent.iterdir()] == ["idenfy"]  # no staging, no .previous


def test_publishing_removes_a_crashed_runs_marked_previous_folder(tmp_path: Path) -> None:
    destination = tmp_path / "reports" / "idenfy"
    publish_reports(_reports(tmp_path, "first"), destination, Redactor([]))
    shutil.copytree(destination, destination.with_name(".idenfy.previous"))
    publish_reports(_reports(tmp_path, "second"), destination, Redactor([]))
    assert [path.name for path in destination.parent.iterdir()] == ["idenfy"]


def test_a_failed_swap_keeps_the_previous_reports_and_leaves_nothing_beside_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    destination = tmp_path / "reports" / "idenfy"
    publish_reports(_reports(tmp_path, "first"), destination, Redactor([]))
    before = tree(destination)
    real_rename = os.rename
    renames: list[str] = []

    def rename(source: str | Path, target: str | Path) -> None:
        renames.append(Path(source).name)
        if Path(target) == destination and len(renames) == 2:  # the new reports taking the old ones' place
            raise OSError(28, "No space left on device", str(target))
        real_rename(source, target)

    monkeypatch.setattr(os, "rename", rename)
    with pytest.raises(ReportFolderError, match=r"^cannot publish the reports to .*: No space left on device$"):
        publish_reports(_reports(tmp_path, "second"), destination, Redactor([]))
    assert tree(destination) == before
    assert [path.name for path in destination.parent.iterdir()] == ["idenfy"]


def test_a_folder_that_became_a_link_during_the_run_is_not_followed(tmp_path: Path) -> None:
    destination = tmp_path / "reports" / "idenfy"
    check_report_folder(destination)  # at the start: absent
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / REPORT_MARKER).write_text("")
    (tmp_path / "elsewhere" / "keep.txt").write_text("mine")
    destination.parent.mkdir()
    destination.symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    source = _reports(tmp_path, "late")
    before = tree(tmp_path)
    with pytest.raises(ReportFolderError, match="symbolic link"):
        publish_reports(source, destination, Redactor([]))
    assert tree(tmp_path) == before


# -------------------------------------------------------------------------------------- whole runs
@pytest.mark.slow
@pytest.mark.timeout(240)
def test_a_second_run_replaces_the_folder_the_first_one_published(
    server: tuple[str, CountingApp], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base_url, counter = server
    report_dir = tmp_path / "reports"
    assert contract(base_url, report_dir) == 0, capsys.readouterr()
    first = counter.requests
    assert first > 0
    assert (report_dir / "idenfy" / REPORT_MARKER).is_file()
    (report_dir / "idenfy" / "stale.txt").write_text("from the first run")
    assert contract(base_url, report_dir) == 0, capsys.readouterr()
    assert counter.requests > first
    assert not (report_dir / "idenfy" / "stale.txt").exists()
    assert (report_dir / "idenfy" / REPORT_MARKER).is_file()
    assert (report_dir / "idenfy" / "summary.json").is_file()
    assert [path.name for path in report_dir.iterdir()] == ["idenfy"]


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_reports_that_cannot_be_published_at_the_end_are_an_error_line_not_a_traceback(
    server: tuple[str, CountingApp], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The vendor folder turns into a link while the run goes: the run reports it and exits 2, the link's
    target is untouched and nothing is left beside it."""
    base_url, counter = server
    report_dir = tmp_path / "reports"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("mine")

    def publish_after_a_swap(source: Path, destination: Path, redactor: Redactor, withheld: list[str]) -> list[Path]:
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.symlink_to(elsewhere, target_is_directory=True)
        return publish_reports(source, destination, redactor, withheld)

    monkeypatch.setattr("idvkit.contract._runner.publish_reports", publish_after_a_swap)
    status = contract(base_url, report_dir)
    captured = capsys.readouterr()
    assert status == 2, captured
    assert counter.requests > 0
    assert "Traceback" not in captured.out + captured.err
    assert f"error: reports not published: report folder {report_dir / 'idenfy'} is a symbolic link" in captured.out
    assert "reports in -" in captured.out
    assert tree(elsewhere) == {"keep.txt": hashlib.sha256(b"mine").hexdigest()}
    assert sorted(path.name for path in report_dir.iterdir()) == ["idenfy"]

"""Ctrl-C during ``idvkit contract``: the run stops in order and leaves a valid partial report, never a corrupt
one, and the previous run's reports are replaced whole or not at all."""

from __future__ import annotations

import json
import signal
import subprocess
import threading
import time
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
import yaml

from idvkit.contract._reports import REPORT_MARKER
from tests.contract._harness import IDVKIT, clean_environment

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]


def _start(tmp_path: Path, report_dir: Path) -> tuple[subprocess.Popen[str], list[str], threading.Event]:
    """``idvkit contract idenfy`` against its embedded sandbox, every phase; its stdout collected by a thread."""
    process = subprocess.Popen(
        [IDVKIT, "contract", "idenfy", "--report-dir", str(report_dir), "--seed", "5", "--vcr"],
        env=clean_environment({}),
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    started = threading.Event()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line)
            if "Examples" in line or "Coverage" in line:  # schemathesis is testing
                started.set()
        started.set()

    threading.Thread(target=read, daemon=True).start()
    return process, lines, started


def _assert_reports_are_whole(reports: Path) -> dict[str, object]:
    ElementTree.parse(reports / "junit.xml")  # noqa: S314 - our own run's report
    json.loads((reports / "requests.har").read_text())
    yaml.load((reports / "cassette.yaml").read_text(), Loader=yaml.CSafeLoader)
    run = json.loads((reports / "run.json").read_text())
    assert isinstance(run, dict)
    assert list(reports.glob("html-*/index.html"))
    log = json.loads((reports / "failures.json").read_text())
    assert isinstance(log, dict)
    return log


def test_ctrl_c_leaves_a_valid_partial_report(tmp_path: Path) -> None:
    report_dir = tmp_path / "reports"
    process, lines, started = _start(tmp_path, report_dir)
    assert started.wait(120), "the run never started testing"
    time.sleep(1.0)
    interrupted_at = time.monotonic()
    process.send_signal(signal.SIGINT)  # what a terminal sends to the foreground process on Ctrl-C
    process.wait(timeout=120)
    assert process.stderr is not None
    stderr = process.stderr.read()
    time.sleep(0.2)  # the reader thread drains the pipe
    stdout = "".join(lines)
    assert process.returncode == 130, stdout[-3000:] + stderr
    assert time.monotonic() - interrupted_at < 60
    assert "Traceback" not in stdout + stderr
    assert "stopped: interrupted" in stdout
    log = _assert_reports_are_whole(report_dir / "idenfy")
    assert log["stop_reason"] == "interrupted"


def test_a_previous_report_is_replaced_whole(tmp_path: Path) -> None:
    """The published folder is swapped in at once: no file of an earlier run survives next to the new ones."""
    report_dir = tmp_path / "reports"
    stale = report_dir / "idenfy" / "stale-from-an-earlier-run.txt"
    stale.parent.mkdir(parents=True)
    stale.write_text("old")
    (stale.parent / REPORT_MARKER).write_text("")  # an earlier run's folder: idvkit replaces only its own
    process, _, started = _start(tmp_path, report_dir)
    assert started.wait(120)
    process.send_signal(signal.SIGINT)
    process.wait(timeout=120)
    assert process.returncode == 130
    assert not stale.exists()
    _assert_reports_are_whole(report_dir / "idenfy")
    assert not [path for path in report_dir.iterdir() if path.name.startswith(".")]  # no staging left behind


def _children(pid: int) -> set[int]:
    """The processes whose parent is ``pid`` (from /proc)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_sigterm_stops_the_run_too_and_leaves_no_process_behind(tmp_path: Path) -> None:
    """A cancelled CI job sends SIGTERM: the schemathesis run (in its own session) must not go on testing."""
    report_dir = tmp_path / "reports"
    process, lines, started = _start(tmp_path, report_dir)
    assert started.wait(120)
    children = _children(process.pid)
    assert children, "the schemathesis run was not found"
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=120)
    assert process.returncode == 130, "".join(lines)[-3000:]
    assert not [pid for pid in children if _alive(pid)]
    log = _assert_reports_are_whole(report_dir / "idenfy")
    assert log["stop_reason"] == "interrupted"

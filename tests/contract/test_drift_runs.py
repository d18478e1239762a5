"""The drift watch end to end: a baseline of a correct iDenfy sandbox, then each vendor change of the catalogue
(tests/servers/drift.py) reported with its kind, operation and pointer (exit 1), and unchanged runs with other
seeds reporting nothing.

Runs are short (examples and fuzzing, 5 examples, fixed seeds); the baseline is recorded once per module.
"""

from __future__ import annotations

import json
import threading
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from idvkit.sandbox import Sandbox, create_sandbox, running_server
from idvkit.webhooks import EVENT_TYPE_HEADER
from idvkit.webhooks._contract_payloads import event_bodies
from tests.contract._harness import CliRun, run_cli
from tests.servers import Credentials, fresh_sandbox
from tests.servers.drift import (
    CALLBACK_DRIFT,
    DRIFT,
    LIVEID_DRIFT,
    SENDER_DRIFT,
    SENT_EVENT,
    Expected,
    callback_lines,
)

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]

CREDENTIALS = Credentials("KEYdr64v", "SECRETdr17q")
LIVEID_CREDENTIALS = Credentials("APIKEYdr23x")
BODIES = event_bodies("idenfy", 8, 7)


DRIFT_ARGUMENTS: tuple[str, ...] = ()


def _run(
    app: Any,
    workdir: Path,
    baseline: Path,
    callbacks: Path | None,
    seed: int,
    vendor: str = "idenfy",
    extra: tuple[str, ...] = DRIFT_ARGUMENTS,
) -> tuple[CliRun, dict[str, Any]]:
    workdir.mkdir(parents=True, exist_ok=True)
    credentials = CREDENTIALS if vendor == "idenfy" else LIVEID_CREDENTIALS
    with running_server(app, log_level="error") as base_url:
        arguments = ["contract", vendor, "--base-url", base_url, "--allow-destructive"]
        arguments += ["--phases", "examples,fuzzing", "--max-examples", "5", "--seed", str(seed)]
        arguments += ["--report-dir", str(workdir / "reports"), "--baseline", str(baseline)]
        arguments += ["--callbacks", str(callbacks)] if callbacks is not None else []
        arguments += list(extra)
        run = run_cli(arguments, credentials.environment(vendor), cwd=workdir)
    summary = json.loads((workdir / "reports" / vendor / "summary.json").read_text())
    return run, summary


def _capture(path: Path, bodies: Any) -> Path:
    path.write_text("\n".join(callback_lines(bodies, EVENT_TYPE_HEADER)) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The baseline of a correct sandbox (seed 1) and the capture of its callbacks."""
    workdir = tmp_path_factory.mktemp("drift-baseline")
    callbacks = _capture(workdir / "callbacks.jsonl", BODIES)
    path = workdir / "baseline.json"
    run, summary = _run(fresh_sandbox("idenfy", CREDENTIALS).app, workdir, path, callbacks, seed=1)
    assert run.exit_code == 0, run.describe()
    assert summary["drift"]["baseline_written"] is True
    assert path.is_file()
    return path, callbacks


def _reported(summary: dict[str, Any]) -> set[tuple[str, str, str | None, str]]:
    return {(i["kind"], i["operation"], i["status"], i["pointer"]) for i in summary["drift"]["items"]}


def _assert_reported(run: CliRun, summary: dict[str, Any], expected: tuple[Expected, ...]) -> None:
    reported = _reported(summary)
    for item in expected:
        assert (item.kind, item.operation, item.status, item.pointer) in reported, (reported, run.describe())
    assert run.exit_code == 1, run.describe()
    assert "Drift since baseline" in run.stdout


@pytest.mark.parametrize("name", sorted(DRIFT))
def test_each_vendor_change_is_reported_as_drift(name: str, baseline: tuple[Path, Path], tmp_path: Path) -> None:
    build, expected = DRIFT[name]
    path, callbacks = baseline
    run, summary = _run(build(CREDENTIALS), tmp_path, path, callbacks, seed=2)
    _assert_reported(run, summary, expected)


@pytest.mark.parametrize("name", sorted(CALLBACK_DRIFT))
def test_each_callback_change_is_reported_as_drift(name: str, baseline: tuple[Path, Path], tmp_path: Path) -> None:
    change, expected = CALLBACK_DRIFT[name]
    path, _ = baseline
    callbacks = _capture(tmp_path / "callbacks.jsonl", change(BODIES))
    run, summary = _run(fresh_sandbox("idenfy", CREDENTIALS).app, tmp_path, path, callbacks, seed=2)
    _assert_reported(run, summary, expected)


@pytest.mark.parametrize("seed", [2, 3, 4, 5, 6])
def test_unchanged_runs_with_other_seeds_report_no_drift(
    seed: int, baseline: tuple[Path, Path], tmp_path: Path
) -> None:
    path, callbacks = baseline
    before = json.loads(path.read_text())
    run, summary = _run(fresh_sandbox("idenfy", CREDENTIALS).app, tmp_path, path, callbacks, seed=seed)
    assert summary["drift"]["items"] == [], run.describe()
    assert run.exit_code == 0, run.describe()
    after = json.loads(path.read_text())
    # compared, not rewritten: only the run's assumption verdicts were added to the history
    assert {k: v for k, v in after.items() if k != "assumptions"} == {
        k: v for k, v in before.items() if k != "assumptions"
    }
    assert after["assumptions"].keys() == summary["drift"]["assumption_verdicts"].keys()
    for pointer, entry in after["assumptions"].items():
        assert entry["history"][-1] == summary["drift"]["assumption_verdicts"][pointer]["verdict"]
        assert len(entry["history"]) == len(before["assumptions"][pointer]["history"]) + 1
        assert sum(entry["runs"].values()) == sum(before["assumptions"][pointer]["runs"].values()) + 1


def _junit_drift(workdir: Path) -> list[tuple[str, str, str]]:
    """(operation, tag, kind) of every entry of the drift suite the run added to its JUnit report."""
    entries = []
    for junit in sorted((workdir / "reports").rglob("junit*.xml")):
        for suite in ElementTree.parse(junit).getroot().iter("testsuite"):  # noqa: S314 (the run's own report)
            if suite.get("name") == "idvkit drift since baseline":
                entries += [(case.get("name", ""), item.tag, item.get("type", "")) for case in suite for item in case]
    return entries


def test_drift_fails_the_run_and_its_junit_report(baseline: tuple[Path, Path], tmp_path: Path) -> None:
    build, expected = DRIFT["new undeclared response field"]
    copy = tmp_path / "baseline.json"
    copy.write_bytes(baseline[0].read_bytes())
    run, summary = _run(build(CREDENTIALS), tmp_path, copy, baseline[1], seed=2)
    _assert_reported(run, summary, expected)
    assert (expected[0].operation, "failure", expected[0].kind) in _junit_drift(tmp_path)


def test_drift_warn_reports_without_failing(baseline: tuple[Path, Path], tmp_path: Path) -> None:
    build, expected = DRIFT["new undeclared response field"]
    copy = tmp_path / "baseline.json"
    copy.write_bytes(baseline[0].read_bytes())
    with_warn = (*DRIFT_ARGUMENTS, "--drift", "warn")
    run, summary = _run(build(CREDENTIALS), tmp_path, copy, baseline[1], seed=2, extra=with_warn)
    assert run.exit_code == 0, run.describe()
    assert "Drift since baseline" in run.stdout
    assert summary["drift"]["mode"] == "warn"
    reported = _reported(summary)
    assert all((e.kind, e.operation, e.status, e.pointer) in reported for e in expected), reported
    assert (expected[0].operation, "skipped", expected[0].kind) in _junit_drift(tmp_path)
    assert json.loads(copy.read_text())["snapshot"] == json.loads(baseline[0].read_text())["snapshot"]


def test_update_baseline_accepts_the_new_state(baseline: tuple[Path, Path], tmp_path: Path) -> None:
    build, _ = DRIFT["new undeclared response field"]
    copy = tmp_path / "baseline.json"
    copy.write_bytes(baseline[0].read_bytes())
    accepted, summary = _run(
        build(CREDENTIALS), tmp_path / "accept", copy, baseline[1], seed=2, extra=("--update-baseline",)
    )
    assert accepted.exit_code == 0, accepted.describe()
    assert summary["drift"]["baseline_written"] is True
    assert summary["drift"]["items"], "the accepted run still lists what it accepted"
    again, summary = _run(build(CREDENTIALS), tmp_path / "again", copy, baseline[1], seed=3)
    assert again.exit_code == 0, again.describe()
    assert summary["drift"]["items"] == []


@pytest.fixture(scope="module")
def liveid_baseline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    workdir = tmp_path_factory.mktemp("drift-liveid")
    path = workdir / "baseline.json"
    run, _ = _run(fresh_sandbox("liveid", LIVEID_CREDENTIALS).app, workdir, path, None, seed=1, vendor="liveid")
    assert run.exit_code == 0, run.describe()
    return path


@pytest.mark.parametrize("name", sorted(LIVEID_DRIFT))
def test_each_liveid_change_is_reported_as_drift(name: str, liveid_baseline: Path, tmp_path: Path) -> None:
    build, expected = LIVEID_DRIFT[name]
    run, summary = _run(build(LIVEID_CREDENTIALS), tmp_path, liveid_baseline, None, seed=2, vendor="liveid")
    _assert_reported(run, summary, expected)


# ------------------------------------------------------------------------- the sending side: the sandbox's callbacks
class CaptureReceiver:
    """A loopback webhook receiver, injected as the sandbox's callback URL, that writes every callback it receives
    to a capture file (``--callbacks``: a JSON line of headers and body) at once, so the run reads what arrived."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.count = 0
        self._lock = threading.Lock()
        path.write_text("", encoding="utf-8")

    def app(self) -> Starlette:
        return Starlette(routes=[Route("/{path:path}", self._handle, methods=["POST"])])

    async def _handle(self, request: Request) -> Response:
        line = json.dumps({"headers": dict(request.headers), "body": (await request.body()).decode("utf-8")})
        with self._lock, self.path.open("a", encoding="utf-8") as capture:
            capture.write(line + "\n")
            self.count += 1
        return Response(status_code=200)


def _sending_run(
    change: Callable[[Sandbox], None] | None, workdir: Path, baseline: Path, seed: int
) -> tuple[CliRun, dict[str, Any], CaptureReceiver]:
    """A run against a sandbox whose callbacks (changed by ``change``) go to a capturing receiver."""
    workdir.mkdir(parents=True, exist_ok=True)
    receiver = CaptureReceiver(workdir / "received.jsonl")
    with running_server(receiver.app(), log_level="error") as url:
        sandbox = create_sandbox(
            "idenfy",
            api_key=CREDENTIALS.api_key,
            api_secret=CREDENTIALS.api_secret,
            callback_url=f"{url}/callback",
            callback_retry_interval=0.01,
        )
        if change is not None:
            change(sandbox)
        run, summary = _run(sandbox.app, workdir, baseline, receiver.path, seed)
    return run, summary, receiver


@pytest.fixture(scope="module")
def sending_baseline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The baseline of a correct sandbox whose own callbacks a receiver captured (seed 1)."""
    workdir = tmp_path_factory.mktemp("drift-sending")
    path = workdir / "baseline.json"
    run, _, receiver = _sending_run(None, workdir, path, seed=1)
    assert run.exit_code == 0, run.describe()
    assert receiver.count > 0
    operations = json.loads(path.read_text())["snapshot"]["operations"]
    assert f"webhook {SENT_EVENT}" in operations, sorted(operations)
    return path


@pytest.mark.parametrize("name", sorted(SENDER_DRIFT))
def test_each_change_of_the_sandboxs_callbacks_is_reported_as_webhook_drift(
    name: str, sending_baseline: Path, tmp_path: Path
) -> None:
    change, expected = SENDER_DRIFT[name]
    run, summary, receiver = _sending_run(change, tmp_path, sending_baseline, seed=2)
    assert receiver.count > 0
    _assert_reported(run, summary, expected)
    assert all(item["operation"].startswith("webhook ") for item in summary["drift"]["items"]), summary["drift"]


def test_the_unchanged_sandboxs_callbacks_report_no_drift(sending_baseline: Path, tmp_path: Path) -> None:
    run, summary, receiver = _sending_run(None, tmp_path, sending_baseline, seed=3)
    assert receiver.count > 0
    assert summary["drift"]["items"] == [], run.describe()
    assert run.exit_code == 0, run.describe()

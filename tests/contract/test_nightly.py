"""The nightly run against a vendor's sandbox: green with the safe defaults when nothing is wrong (what cannot run
is reported as skipped, with the flag that enables it), red when something is (every failure of a broken server
is a violation in summary.json, the CI gate), and a coverage figure that says how much was seen.

The "remote" target is the embedded sandbox seen through a loopback HTTP proxy under a name that is not loopback
(tests/servers/remote.py), so nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from idvkit_specs import load

from idvkit.cli._main import main
from idvkit.contract._preflight import _probe_operation
from idvkit.sandbox import running_server
from idvkit.specs import iter_operations
from tests.contract._harness import CliRun, contract_arguments, run_cli
from tests.servers import Credentials, fresh_sandbox, server_errors_except
from tests.servers.remote import REMOTE_BASE_URL, ForwardProxyView, Seen, reachable_as_remote

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]

CREDENTIALS = Credentials("KEYnt64v", "SECRETnt17q")
IDENFY = load("idenfy")


def _summary(report_dir: Path, vendor: str = "idenfy") -> dict[str, Any]:
    summary: dict[str, Any] = json.loads((report_dir / vendor / "summary.json").read_text())
    return summary


@pytest.fixture(scope="module")
def default_remote_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[CliRun, Path]:
    """``idvkit contract idenfy --base-url <a sandbox that looks remote>`` with the safe defaults (only the
    budget made small and the rate limit lifted, so that the run is short)."""
    workdir = tmp_path_factory.mktemp("nightly")
    seen = Seen()
    sandbox = reachable_as_remote(fresh_sandbox("idenfy", CREDENTIALS))
    with running_server(ForwardProxyView(sandbox.app, seen), log_level="error") as proxy:
        arguments = ["contract", "idenfy", "--base-url", REMOTE_BASE_URL, "--seed", "3", "--max-examples", "3"]
        arguments += ["--rate-limit", "500/s", "--report-dir", str(workdir / "reports")]
        environment = {**CREDENTIALS.environment("idenfy"), "HTTP_PROXY": proxy, "http_proxy": proxy, "NO_PROXY": ""}
        run = run_cli(arguments, environment, cwd=workdir)
    return run, workdir / "reports"


def test_safe_defaults_against_a_correct_server_pass(default_remote_run: tuple[CliRun, Path]) -> None:
    run, reports = default_remote_run
    assert run.exit_code == 0, run.describe()
    summary = _summary(reports)
    assert summary["exit_code"] == 0
    assert summary["violations"] == []
    assert summary["errors"] == []
    assert "Missing Open API links" not in run.stdout


def test_what_could_not_run_is_skipped_with_its_reason_and_flag(default_remote_run: tuple[CliRun, Path]) -> None:
    run, reports = default_remote_run
    skipped = _summary(reports)["skipped"]
    stateful = skipped["phases"]["stateful"]
    assert "createToken (billable)" in stateful
    assert "--max-billable N" in stateful
    assert "--allow-destructive" in stateful
    assert skipped["operations"]["createToken"].startswith("billable: pass --max-billable N")
    assert skipped["operations"]["deleteVerification"] == "destructive: pass --allow-destructive"
    assert any(line.startswith("stateful phase") and "skipped" in line for line in run.stdout.splitlines())


def test_read_operations_without_data_are_not_exercised_and_say_why(default_remote_run: tuple[CliRun, Path]) -> None:
    run, reports = default_remote_run
    summary = _summary(reports)
    assert summary["operations"]["POST /api/v2/status"] == "not exercised"
    assert "--resource scanRef=VALUE" in summary["without_data"]["POST /api/v2/status"]
    row = next(line for line in run.stdout.splitlines() if line.startswith("POST /api/v2/status "))
    assert "not exercised" in row
    assert "passed" not in row
    coverage = summary["coverage"]
    assert "POST /api/v2/status" in coverage["not_exercised"]
    assert coverage["operations"]["POST /api/v2/status"]["statuses"]["404"]["seen"] > 0
    assert coverage["operations"]["POST /api/v2/status"]["statuses"]["200"]["seen"] == 0
    assert 0 < coverage["percent"] < 100
    assert f"coverage: {coverage['seen']} of {coverage['documented']} documented" in run.stdout


def test_the_output_names_the_published_reports(default_remote_run: tuple[CliRun, Path]) -> None:
    run, reports = default_remote_run
    listed = re.findall(r"^\s+- (?:JUnit|HAR|JSON|HTML): (\S+)$", run.stdout, re.MULTILINE)
    assert len(listed) == 4, run.describe()
    assert all(Path(path).is_file() for path in listed), listed  # none of them a deleted temporary file
    assert {Path(path).name for path in listed} >= {"junit.xml", "requests.har", "run.json", "index.html"}
    page = next((reports / "idenfy").glob("html-*/index.html")).read_text()
    for name in ("junit.xml", "requests.har", "run.json"):
        assert f'href="../{name}"' in page
    assert not re.search(r'href="\.\./(junit|har|json)-\d', page)
    assert "ok" in (reports / "idenfy" / "coverage.html").read_text()
    assert "set via `--auth`" not in run.stdout
    assert "in your config file" not in run.stdout


def test_progress_lines_name_each_finished_operation(default_remote_run: tuple[CliRun, Path]) -> None:
    run, _ = default_remote_run
    lines = [line for line in run.stdout.splitlines() if line.startswith("[idvkit] coverage: ")]
    assert any(line.startswith("[idvkit] coverage: POST /api/v2/status passed (") for line in lines), run.describe()


def test_a_server_answering_5xx_html_everywhere_is_all_violations(tmp_path: Path) -> None:
    """Behind a probe that works (the preflight passes), every operation answers 502 with an HTML page: each is a
    violation in summary.json, also the operation whose endpoint the spec only assumes to be still served."""
    probe = _probe_operation(IDENFY)
    assert probe is not None
    app = server_errors_except("idenfy", probe.path)(CREDENTIALS)
    with running_server(app, log_level="error") as base_url:
        arguments = contract_arguments(
            "idenfy", base_url, phases="examples", max_examples=1, seed=3, report_dir=tmp_path / "reports"
        )
        run = run_cli(arguments, CREDENTIALS.environment("idenfy"), cwd=tmp_path)
    assert run.exit_code == 1, run.describe()
    summary = _summary(tmp_path / "reports")
    broken = {op.label for op in iter_operations(IDENFY)} - {probe.label}
    violated = {entry["operation"] for entry in summary["violations"]}
    assert violated >= broken, broken - violated
    assert "POST /api/v2/video-call" in violated  # its mark "endpoint assumed still served" explains no 502
    assert {entry["code"] for entry in summary["violations"] if entry["operation"] == "POST /api/v2/token"} >= {"ST101"}
    assert [entry for entry in summary["assumptions_refuted"] if entry["operation"] in broken] == []


def test_min_coverage_fails_a_run_that_saw_too_little(tmp_path: Path) -> None:
    """The embedded sandbox, examples only: no violation, but far from all documented answers seen. (Its server
    logs no "Invalid HTTP request received" for schemathesis's probes of malformed requests.)"""
    arguments = ["contract", "liveid", "--phases", "examples", "--max-examples", "1", "--seed", "3"]
    run = run_cli([*arguments, "--report-dir", str(tmp_path / "strict"), "--min-coverage", "100"], {}, cwd=tmp_path)
    assert run.exit_code == 1, run.describe()
    summary = _summary(tmp_path / "strict", "liveid")
    assert summary["violations"] == []
    percent = summary["coverage"]["percent"]
    assert 0 < percent < 100
    assert summary["coverage_shortfall"] == f"coverage {percent:g} % below 100 %"
    assert run.stdout.splitlines()[-1].endswith(
        f"(coverage {percent:g} % below 100 %); reports in {tmp_path}/strict/liveid"
    )
    assert "Invalid HTTP request received" not in run.output
    lenient = run_cli([*arguments, "--report-dir", str(tmp_path / "lenient"), "--min-coverage", "0"], {}, cwd=tmp_path)
    assert lenient.exit_code == 0, lenient.describe()


def test_min_coverage_must_be_a_percentage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["contract", "idenfy", "--min-coverage", "120"])
    assert exited.value.code == 2
    assert "'120' is not a percentage from 0 to 100" in capsys.readouterr().err

"""The drift watch computed from traffic: the proxy and check-capture snapshot what the vendor answered to the
application's own requests (request class ``observed``), write a baseline, and report each vendor change of the
drift catalogue (tests/servers/drift.py) against it, with the contract run's kinds, operations and pointers.

Traffic is judged like a contract run's generated requests (``_drift``): a documented answer seen for the first
time is coverage, not drift, and an item is gone only after ``MIN_SAMPLE`` exchanges without it, so the same
traffic repeated ``ROUNDS`` times against an unchanged server reports nothing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from idvkit.cli import main
from idvkit.contract._drift import MIN_SAMPLE
from idvkit.proxy import check_capture
from tests.proxy._harness import client, proxied
from tests.servers import Credentials, correct_server
from tests.servers.drift import DRIFT

CREDENTIALS = Credentials("KEYpd51x", "SECRETpd33k")
AUTH = (CREDENTIALS.api_key, CREDENTIALS.api_secret or "")
ROUNDS = MIN_SAMPLE + 2
UNKNOWN = "00000000-0000-0000-0000-000000000000"
#: (change, kind) pairs traffic cannot show by design: createToken's 400 is documented, so an application's
#: request first answered 400 is coverage, not drift (the contract run's examples, the same every night, do show it).
NOT_FROM_TRAFFIC = {("new required request field", "new status")}


def _traffic(http: httpx.Client) -> None:
    for _ in range(ROUNDS):
        created = http.post("/api/v2/token", json={"clientId": "client-1"}, auth=AUTH)
        scan_ref = created.json().get("scanRef", UNKNOWN) if created.status_code < 300 else UNKNOWN
        http.post("/api/v2/status", json={"scanRef": scan_ref}, auth=AUTH)
        http.post("/api/v2/status", json={"scanRef": UNKNOWN}, auth=AUTH)


def _proxied_run(upstream: Any, tmp_path: Path, baseline: Path, **watch: Any) -> tuple[dict[str, Any], Path]:
    with proxied("idenfy", upstream, capture=tmp_path) as proxy, client(proxy.url) as http:
        _traffic(http)
    proxy.app.report.watch_drift(baseline, **watch)
    (har,) = proxy.har_files()
    return proxy.app.report.summary(), har


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    workdir = tmp_path_factory.mktemp("traffic-baseline")
    path = workdir / "baseline.json"
    summary, _ = _proxied_run(correct_server("idenfy")(CREDENTIALS), workdir, path)
    assert summary["drift"]["baseline_written"] is True, summary["drift"]
    assert summary["exit_code"] == 0, summary
    return path


def _reported(summary: dict[str, Any]) -> set[tuple[str, str, str | None, str]]:
    return {(i["kind"], i["operation"], i["status"], i["pointer"]) for i in summary["drift"]["items"]}


def test_unchanged_traffic_reports_no_drift(baseline: Path, tmp_path: Path) -> None:
    summary, har = _proxied_run(correct_server("idenfy")(CREDENTIALS), tmp_path, baseline)
    assert summary["drift"]["items"] == [], summary["drift"]
    assert summary["exit_code"] == 0
    assert check_capture("idenfy", har).watch_drift(baseline).items == []


@pytest.mark.parametrize("name", sorted(DRIFT))
def test_each_vendor_change_in_the_traffic_is_drift(name: str, baseline: Path, tmp_path: Path) -> None:
    build, expected = DRIFT[name]
    copy = tmp_path / "baseline.json"
    copy.write_bytes(baseline.read_bytes())
    summary, har = _proxied_run(build(CREDENTIALS), tmp_path, copy)
    wanted = {(e.kind, e.operation, e.status, e.pointer) for e in expected if (name, e.kind) not in NOT_FROM_TRAFFIC}
    assert wanted <= _reported(summary), (wanted, summary["drift"])
    assert summary["exit_code"] == 1
    offline = check_capture("idenfy", har)
    offline.watch_drift(copy)
    assert wanted <= _reported(offline.summary())


def test_check_capture_baseline_on_the_command_line(
    baseline: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build, _ = DRIFT["new undeclared response field"]
    copy = tmp_path / "baseline.json"
    copy.write_bytes(baseline.read_bytes())
    _, har = _proxied_run(build(CREDENTIALS), tmp_path / "run", tmp_path / "unused.json")
    summary = tmp_path / "summary.json"
    assert main(["check-capture", "idenfy", str(har), "--baseline", str(copy), "--summary", str(summary)]) == 1
    assert "Drift since baseline" in capsys.readouterr().out
    assert json.loads(summary.read_text())["drift"]["items"]
    arguments = ["check-capture", "idenfy", str(har), "--baseline", str(copy), "--drift", "warn"]
    assert main(arguments) == 0
    assert main([*arguments[:-2], "--update-baseline"]) == 0
    assert main(arguments[:5]) == 0  # accepted: the same capture shows no drift any more
    assert main(["check-capture", "idenfy", str(har), "--update-baseline"]) == 2
    assert "--update-baseline needs --baseline FILE" in capsys.readouterr().err

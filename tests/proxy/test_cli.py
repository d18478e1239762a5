"""``idvkit proxy`` and ``idvkit check-capture`` on the command line: the URL policy, exit codes 0 / 1 / 2, and the
summary and capture written on SIGTERM."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from idvkit.cli import main
from idvkit.sandbox import running_server
from tests.proxy._harness import client, proxied
from tests.servers import DEFAULT_CREDENTIALS, FAULTS, correct_server

CREDENTIALS = DEFAULT_CREDENTIALS["idenfy"]
AUTH = (CREDENTIALS.api_key, CREDENTIALS.api_secret or "")


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--upstream", "http://vendor.example"], "must be https unless it is on loopback"),
        (["--upstream", "https://ivs.idenfy.com"], "--allow-production"),
        (["--upstream", "https://ivs.idenfy.com", "--allow-production", "--enforce"], "only observes"),
        (["--upstream", "https://key:secret@vendor.example"], "credentials in the URL"),
        (["--upstream", "http://127.0.0.1:1", "--callbacks-to", "http://receiver.example"], "https unless"),
        (["--upstream", "http://127.0.0.1:1", "--callbacks-to", "http://127.0.0.1:2"], "IDENFY_CALLBACK_KEY"),
    ],
)
def test_the_proxy_refuses_unsafe_targets(
    arguments: list[str], message: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("IDENFY_CALLBACK_KEY", raising=False)
    assert main(["proxy", "idenfy", "--port", "0", *arguments]) == 2
    error = capsys.readouterr().err
    assert message in error
    assert "secret" not in error.replace("--", "")


def _capture(tmp_path: Path, fault: str | None) -> Path:
    upstream = FAULTS[fault].build(CREDENTIALS) if fault else correct_server("idenfy")(CREDENTIALS)
    with proxied("idenfy", upstream, capture=tmp_path) as proxy, client(proxy.url) as http:
        created = http.post("/api/v2/token", json={"clientId": "client-1"}, auth=AUTH)
        http.post("/api/v2/status", json={"scanRef": created.json().get("scanRef", "x")}, auth=AUTH)
    (har,) = proxy.har_files()
    return har


def test_check_capture_exits_0_for_a_clean_capture_and_1_for_violations(tmp_path: Path) -> None:
    assert main(["check-capture", "idenfy", str(_capture(tmp_path / "clean", None))]) == 0
    assert main(["check-capture", "idenfy", str(_capture(tmp_path / "faulty", "wrong_type"))]) == 1


def test_check_capture_exits_2_for_a_file_that_is_no_har(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.har"
    broken.write_text('{"log": ')
    assert main(["check-capture", "idenfy", str(broken)]) == 2
    assert "not a HAR file" in capsys.readouterr().err
    assert main(["check-capture", "idenfy", str(tmp_path / "missing.har")]) == 2


def test_check_capture_reads_a_har_of_other_tools_with_a_server_path(tmp_path: Path) -> None:
    """A browser's HAR names full URLs: LiveID+'s spec paths follow no server path, iDenfy's neither; a gateway may
    add one that the spec's servers do not name, which stays undocumented (a violation)."""
    entry = {
        "request": {"method": "POST", "url": "https://gateway.example/extra/api/v2/token", "headers": []},
        "response": {"status": 201, "headers": [], "content": {"size": 0, "mimeType": ""}},
    }
    har = tmp_path / "gateway.har"
    har.write_text(json.dumps({"log": {"version": "1.2", "entries": [entry]}}))
    assert main(["check-capture", "idenfy", str(har)]) == 1


def test_sigterm_writes_the_summary_and_closes_the_capture(tmp_path: Path) -> None:
    with running_server(FAULTS["wrong_type"].build(CREDENTIALS)) as upstream:
        environment = {**os.environ, "NO_PROXY": "*"}
        command = [sys.executable, "-m", "idvkit.cli", "proxy", "idenfy", "--upstream", upstream, "--port", "0"]
        command += ["--capture", str(tmp_path)]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment)
        try:
            assert process.stdout is not None
            start = process.stdout.readline()
            url = start.split(" proxy on ")[1].split(" ")[0]
            with httpx.Client(base_url=url, trust_env=False, timeout=10) as http:
                created = http.post("/api/v2/token", json={"clientId": "client-1"}, auth=AUTH)
                http.post("/api/v2/status", json={"scanRef": created.json()["scanRef"]}, auth=AUTH)
            time.sleep(0.2)
            process.send_signal(signal.SIGTERM)
            out, _ = process.communicate(timeout=30)
        finally:
            if process.poll() is None:
                process.kill()
    assert process.returncode == 1, out
    assert "POST /api/v2/status response 200: /clientId type" in out
    summary = json.loads((tmp_path / "summary.json").read_text())
    assert [v["code"] for v in summary["violations"]] == ["ST108"]
    (har,) = tmp_path.glob("*.har")
    assert len(json.loads(har.read_text())["log"]["entries"]) == 2

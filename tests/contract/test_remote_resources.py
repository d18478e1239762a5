"""Real data and billable calls against a server that is not the embedded sandbox (issue 12, item 2).

``--resource scanRef=<a verification that exists>`` makes the read operations answer about it (200), without a
billable creation; ``--max-billable N`` runs the billable operations but lets at most N of their calls reach the
server, whatever the phases generate. The target is the embedded sandbox behind the loopback proxy that looks
remote (tests/servers/remote.py), which records every exchange.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from idvkit.contract._billable import REFUSED_HEADER
from idvkit.sandbox import running_server
from tests.contract._harness import CliRun, run_cli
from tests.servers import Credentials, fresh_sandbox
from tests.servers.remote import REMOTE_BASE_URL, ForwardProxyView, Seen, reachable_as_remote

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]

CREDENTIALS = Credentials("KEYrr38w", "SECRETrr61q")
LIVEID = Credentials("APIKEYrr47z")
#: The remote rate limit (10/s) would make each refused call wait too: these runs are about counts, not pace.
FAST = ["--rate-limit", "500/s"]


@pytest.fixture
def remote() -> Iterator[tuple[str, Seen]]:
    """(proxy URL, what the server saw) of an iDenfy sandbox reachable as REMOTE_BASE_URL."""
    seen = Seen()
    app = ForwardProxyView(reachable_as_remote(fresh_sandbox("idenfy", CREDENTIALS)).app, seen)
    with running_server(app, log_level="error") as proxy:
        yield proxy, seen


def _contract(proxy: str, tmp_path: Path, *extra: str, environment: dict[str, str] | None = None) -> CliRun:
    arguments = ["contract", "idenfy", "--base-url", REMOTE_BASE_URL, "--seed", "3"]
    arguments += ["--report-dir", str(tmp_path / "reports"), *extra]
    variables = {**CREDENTIALS.environment("idenfy"), "HTTP_PROXY": proxy, "http_proxy": proxy, "NO_PROXY": ""}
    return run_cli(arguments, {**variables, **(environment or {})}, cwd=tmp_path)


def _reports(tmp_path: Path) -> Path:
    return tmp_path / "reports" / "idenfy"


def _har_entries(tmp_path: Path, method: str, path: str) -> list[dict[str, object]]:
    har = json.loads((_reports(tmp_path) / "requests.har").read_text())
    return [
        entry
        for entry in har["log"]["entries"]
        if entry["request"]["method"] == method and entry["request"]["url"] == f"{REMOTE_BASE_URL}{path}"
    ]


def test_max_billable_caps_the_billable_calls_whatever_the_phases_generate(
    remote: tuple[str, Seen], tmp_path: Path
) -> None:
    proxy, seen = remote
    run = _contract(proxy, tmp_path, "--max-billable", "2", "--max-examples", "10", *FAST)
    assert run.exit_code == 0, run.describe()
    valid = CREDENTIALS.basic_authorization()
    billable = seen.to("POST", "/api/v2/token") + seen.to("POST", "/api/v2/video-call")
    sent = [exchange for exchange in billable if exchange.authorization == valid]
    assert 1 <= len(sent) <= 2, sent  # the cap is per run, over every billable operation
    # the rest are ignored_auth's probes: without the credentials, refused as unauthenticated (not billable)
    assert all(exchange.status == 401 for exchange in billable if exchange.authorization != valid), billable
    tokens = _har_entries(tmp_path, "POST", "/api/v2/token")
    assert len([entry for entry in tokens if entry["response"]["status"] != 401]) <= 2  # type: ignore[index]
    assert REFUSED_HEADER.lower() not in (_reports(tmp_path) / "requests.har").read_text().lower()
    summary = json.loads((_reports(tmp_path) / "summary.json").read_text())
    assert summary["billable"]["limit"] == 2
    assert summary["billable"]["sent"] == len(sent)
    assert summary["billable"]["refused"] > 10, summary["billable"]  # schemathesis generated many more
    assert f"billable calls: {len(sent)} sent, {summary['billable']['refused']} refused" in run.stdout
    assert "POST /api/v2/token" in summary["operations"]
    # destructive operations still need --allow-destructive
    assert not seen.to("POST", "/api/v2/delete")
    assert "deleteVerification" in summary["skipped"]["operations"]


def test_max_billable_0_skips_the_billable_operations(remote: tuple[str, Seen], tmp_path: Path) -> None:
    proxy, seen = remote
    run = _contract(proxy, tmp_path, "--max-billable", "0", "--phases", "examples", "--max-examples", "2")
    assert run.exit_code == 0, run.describe()
    assert not seen.to("POST", "/api/v2/token")
    assert "createToken" in json.loads((_reports(tmp_path) / "summary.json").read_text())["skipped"]["operations"]


def _created_scan_ref(proxy: str) -> str:
    with httpx.Client(proxy=proxy) as client:
        created = client.post(
            f"{REMOTE_BASE_URL}/api/v2/token",
            json={"clientId": "resource-owner-1", "dummyStatus": "APPROVED"},
            auth=(CREDENTIALS.api_key, CREDENTIALS.api_secret or ""),
        )
    assert created.status_code == 201, created.text
    scan_ref: str = created.json()["scanRef"]
    return scan_ref


@pytest.mark.parametrize(
    "phases",
    [
        "examples",  # the spec schemathesis gets has the resource in its examples
        "coverage,fuzzing",  # the hooks put it into half of the generated positive cases
    ],
)
def test_a_resource_from_the_environment_reaches_the_read_operations(
    remote: tuple[str, Seen], tmp_path: Path, phases: str
) -> None:
    proxy, seen = remote
    scan_ref = _created_scan_ref(proxy)
    created_before = len(seen.to("POST", "/api/v2/token"))
    run = _contract(
        proxy,
        tmp_path,
        "--phases",
        phases,
        "--max-examples",
        "5",
        *FAST,
        environment={"IDVKIT_RESOURCE_SCANREF": scan_ref},
    )
    assert run.exit_code == 0, run.describe()
    for path in ("/api/v2/status", "/api/v2/data", "/api/v2/files"):
        statuses = [exchange.status for exchange in seen.to("POST", path)]
        assert 200 in statuses, (path, statuses)
        if phases != "examples":
            assert 404 in statuses or 400 in statuses, (path, statuses)  # made-up ids were sent too
    assert len(seen.to("POST", "/api/v2/token")) == created_before  # billable: still skipped by default
    # the resource is masked like a credential in everything the run wrote
    assert scan_ref not in run.output
    for report in _reports(tmp_path).rglob("*"):
        if report.is_file():
            assert scan_ref not in report.read_text(errors="replace"), report


def test_an_unknown_resource_is_refused_before_any_request(remote: tuple[str, Seen], tmp_path: Path) -> None:
    proxy, seen = remote
    run = _contract(proxy, tmp_path, "--resource", "scanReference=sr-secret-9")
    assert run.exit_code == 2, run.describe()
    assert "unknown resource 'scanReference'" in run.stderr
    assert "scanRef" in run.stderr
    assert "sr-secret-9" not in run.output
    assert not seen.requests


def test_a_conference_resource_gets_its_own_token(tmp_path: Path) -> None:
    """LiveID+: the conference operations need a JWT for the conference they name; with --resource idConference
    they are answered 200 about it (the JWT comes from genAPIToken, with the organisation's apikey)."""
    seen = Seen()
    app = ForwardProxyView(reachable_as_remote(fresh_sandbox("liveid", LIVEID)).app, seen)
    with running_server(app, log_level="error") as base_url:
        headers = {"apikey": LIVEID.api_key}
        b64 = base64.b64encode(json.dumps({"id_process": "p-1"}).encode()).decode()
        pushed = httpx.post(f"{base_url}/api/service/pushAsyncCall", json={"b64Data": b64}, headers=headers)
        info = httpx.post(f"{base_url}/api/service/getCallInfoUID", json={"uId": pushed.json()["uId"]}, headers=headers)
        conference = info.json()["idConference"]
        arguments = ["contract", "liveid", "--base-url", base_url, "--seed", "3", "--phases", "examples"]
        arguments += ["--max-examples", "2", "--report-dir", str(tmp_path / "reports"), "--resource"]
        arguments += [f"idConference={conference}"]
        run = run_cli(arguments, LIVEID.environment("liveid"), cwd=tmp_path)
    assert run.exit_code == 0, run.describe()
    statuses = [exchange.status for exchange in seen.to("GET", "/api/v1/conferenceData")]
    assert 200 in statuses, statuses
    assert conference not in run.output

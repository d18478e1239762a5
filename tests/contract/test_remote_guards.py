"""Against a remote target the kit is safe by default: destructive and billable operations are skipped, the
rate limit and the request budget apply. The target is the embedded sandbox seen through a loopback HTTP
proxy under a name that is not loopback (tests/servers/remote.py), so nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from idvkit_specs import load

from idvkit.contract._runner import REMOTE_MAX_REQUESTS, REMOTE_MAX_TIME, ContractOptions
from idvkit.contract._target import Target, guarded_operations
from idvkit.sandbox import running_server
from idvkit.specs import iter_operations
from tests.contract._harness import CliRun, run_cli
from tests.servers import Credentials, fresh_sandbox
from tests.servers.remote import REMOTE_BASE_URL, ForwardProxyView, Seen, reachable_as_remote

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]

CREDENTIALS = Credentials("KEYrm71q", "SECRETrm52x")
DOCUMENT = load("idenfy")
GUARDED_PATHS = {op.path for op in iter_operations(DOCUMENT) if op.operation_id in guarded_operations(DOCUMENT)}


@pytest.fixture
def remote() -> Iterator[tuple[str, Seen]]:
    """(proxy URL, what the server saw) of an iDenfy sandbox reachable as REMOTE_BASE_URL."""
    seen = Seen()
    sandbox = reachable_as_remote(fresh_sandbox("idenfy", CREDENTIALS))
    app = ForwardProxyView(sandbox.app, seen)
    with running_server(app, log_level="error") as proxy:
        yield proxy, seen


def _contract(proxy: str, tmp_path: Path, *extra: str) -> CliRun:
    arguments = ["contract", "idenfy", "--base-url", REMOTE_BASE_URL, "--seed", "3"]
    arguments += ["--report-dir", str(tmp_path / "reports"), *extra]
    environment = {**CREDENTIALS.environment("idenfy"), "HTTP_PROXY": proxy, "http_proxy": proxy, "NO_PROXY": ""}
    return run_cli(arguments, environment, cwd=tmp_path)


def _definition(operation_id: str) -> dict[str, object]:
    return next(op.definition for op in iter_operations(DOCUMENT) if op.operation_id == operation_id)


def test_the_spec_marks_operations_to_guard() -> None:
    assert len(GUARDED_PATHS) >= 3
    assert "/api/v2/delete" in GUARDED_PATHS


def test_remote_defaults() -> None:
    remote = Target(REMOTE_BASE_URL, embedded=False, loopback=False, production=False, credentials={})
    local = Target("http://127.0.0.1:9", embedded=False, loopback=True, production=False, credentials={})
    options = ContractOptions(vendor="idenfy")
    assert options.budget(remote) == (REMOTE_MAX_REQUESTS, REMOTE_MAX_TIME)
    assert options.budget(local) == (None, None)
    assert ContractOptions(vendor="idenfy", max_requests=0, max_time=0).budget(remote) == (None, None)


def test_remote_target_skips_destructive_operations_and_is_rate_limited(
    remote: tuple[str, Seen], tmp_path: Path
) -> None:
    proxy, seen = remote
    run = _contract(proxy, tmp_path, "--phases", "examples", "--max-examples", "2")
    assert run.exit_code == 0, run.describe()
    assert seen.requests, "the run never reached the server"
    assert not (seen.paths() & GUARDED_PATHS), seen.paths() & GUARDED_PATHS
    for path in GUARDED_PATHS:
        operation_id = next(op.operation_id for op in iter_operations(DOCUMENT) if op.path == path)
        assert operation_id is not None
        flags = "--allow-destructive" if "x-destructive" in _definition(operation_id) else "--max-billable N"
        assert any(
            line.startswith(operation_id) and "skipped" in line and f"pass {flags}" in line
            for line in run.stdout.splitlines()
        ), run.describe()
    times = sorted(moment for moment, _, _ in seen.requests)
    if len(times) > 20:
        # 10/s: any 20 consecutive requests span at least ~1.9 s (a little burst allowed)
        assert min(times[i + 19] - times[i] for i in range(len(times) - 19)) >= 1.5


def test_allow_destructive_lifts_the_guard(remote: tuple[str, Seen], tmp_path: Path) -> None:
    proxy, seen = remote
    run = _contract(proxy, tmp_path, "--phases", "examples", "--max-examples", "1", "--allow-destructive")
    assert run.exit_code == 0, run.describe()
    assert seen.paths() & GUARDED_PATHS


def test_request_budget_stops_a_remote_run(remote: tuple[str, Seen], tmp_path: Path) -> None:
    proxy, seen = remote
    run = _contract(proxy, tmp_path, "--phases", "examples,coverage,fuzzing", "--max-requests", "25")
    assert run.exit_code == 0, run.describe()
    assert "stopped: request budget spent" in run.stdout, run.describe()
    log = json.loads((tmp_path / "reports" / "idenfy" / "failures.json").read_text())
    assert log["stop_reason"] == "budget_requests"
    assert 25 <= log["requests"] <= 30
    # what reached the server: the budgeted requests, the preflight and the checks' own follow-up requests
    assert len(seen.requests) <= 60, len(seen.requests)

"""The remote rate limit: a run against a server that is not on loopback is limited to ``REMOTE_RATE_LIMIT``
(10 requests per second) unless ``--rate-limit`` says otherwise; a loopback server is tested at full speed.

Checked twice: in the schemathesis command idvkit builds, and end to end, where a run of more than 20 requests
goes to the sandbox behind the loopback proxy that looks remote (tests/servers/remote.py)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.types import ASGIApp, Receive, Scope, Send

from idvkit.contract._runner import REMOTE_RATE_LIMIT, ContractOptions, schemathesis_command
from idvkit.contract._target import Target, remote_target
from idvkit.sandbox import running_server
from idvkit.vendors import get_vendor
from tests.contract._harness import run_cli
from tests.servers import Credentials, fresh_sandbox
from tests.servers.remote import REMOTE_BASE_URL, ForwardProxyView, Seen, reachable_as_remote

CREDENTIALS = Credentials("KEYrate31z", "SECRETrate64y")
REMOTE = Target(REMOTE_BASE_URL, embedded=False, loopback=False, production=False, credentials={})
LOOPBACK = Target("http://127.0.0.1:9", embedded=False, loopback=True, production=False, credentials={})
EMBEDDED = Target("http://127.0.0.1:9", embedded=True, loopback=True, production=False, credentials={})
#: requests the end-to-end run may send (idvkit's budget stops it there): well above 20, well under 20 s
BUDGET = 30


def _command(options: ContractOptions, target: Target) -> list[str]:
    return schemathesis_command(options, target, Path("spec.json"), Path("config.toml"), Path("work"), [])


def _rate_limits(command: list[str]) -> list[str]:
    return [command[i + 1] for i, argument in enumerate(command) if argument == "--rate-limit"]


def test_the_remote_rate_limit_is_ten_per_second() -> None:
    assert REMOTE_RATE_LIMIT == "10/s"  # what the README and --help promise


def test_a_server_off_loopback_gets_the_remote_rate_limit() -> None:
    assert _rate_limits(_command(ContractOptions(vendor="idenfy"), REMOTE)) == [REMOTE_RATE_LIMIT]


@pytest.mark.parametrize("target", [LOOPBACK, EMBEDDED], ids=["loopback", "embedded"])
def test_a_loopback_server_gets_no_rate_limit(target: Target) -> None:
    assert _rate_limits(_command(ContractOptions(vendor="idenfy"), target)) == []


@pytest.mark.parametrize("target", [REMOTE, LOOPBACK], ids=["remote", "loopback"])
def test_the_users_rate_limit_replaces_the_default(target: Target) -> None:
    assert _rate_limits(_command(ContractOptions(vendor="idenfy", rate_limit="2/s"), target)) == ["2/s"]


def test_the_remote_looking_sandbox_is_a_target_off_loopback() -> None:
    # the premise of the run below: the kit judges the proxy's name as it would judge a vendor's server
    given = dict(CREDENTIALS.environment("idenfy"))
    target = remote_target(get_vendor("idenfy"), REMOTE_BASE_URL, allow_production=False, given=given)
    assert not target.loopback
    assert _rate_limits(_command(ContractOptions(vendor="idenfy"), target)) == [REMOTE_RATE_LIMIT]


class _UserAgents:
    """Records (monotonic time, User-Agent) of every request that reaches ``app``."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.requests: list[tuple[float, str]] = []
        self._lock = threading.Lock()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            agent = dict(scope["headers"]).get(b"user-agent", b"").decode("latin-1")
            with self._lock:
                self.requests.append((time.monotonic(), agent))
        await self.app(scope, receive, send)

    def times(self, agent_prefix: str) -> list[float]:
        with self._lock:
            return sorted(moment for moment, agent in self.requests if agent.startswith(agent_prefix))


@pytest.fixture
def remote() -> Iterator[tuple[str, _UserAgents]]:
    """(proxy URL, the requests seen) of an iDenfy sandbox reachable as REMOTE_BASE_URL."""
    recorder = _UserAgents(reachable_as_remote(fresh_sandbox("idenfy", CREDENTIALS)).app)
    with running_server(ForwardProxyView(recorder, Seen()), log_level="error") as proxy:
        yield proxy, recorder


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_a_run_against_a_remote_server_sends_at_most_ten_requests_per_second(
    remote: tuple[str, _UserAgents], tmp_path: Path
) -> None:
    proxy, recorder = remote
    # the coverage phase: its cases are ready at once, so unlimited it sends 11 requests in ~0.2 s here (the
    # fuzzing phase generates at about 10 per second by itself, and would pass without a limit)
    arguments = ["contract", "idenfy", "--base-url", REMOTE_BASE_URL, "--seed", "3", "--phases", "coverage"]
    arguments += ["--max-requests", str(BUDGET), "--report-dir", str(tmp_path / "reports")]
    environment = {**CREDENTIALS.environment("idenfy"), "HTTP_PROXY": proxy, "http_proxy": proxy, "NO_PROXY": ""}
    run = run_cli(arguments, environment, cwd=tmp_path)
    assert run.exit_code == 0, run.describe()

    # the requests schemathesis sends (idvkit's own preflight, through httpx, is not part of the test traffic)
    times = recorder.times("schemathesis/")
    assert len(times) > 20, (len(times), run.describe())
    # 10/s over any one-second window (pyrate-limiter's sliding window): the 11th request waits until the
    # first has left the window, so any 11 consecutive requests span a second, any 21 two seconds (less a
    # little for the server's clock reading them later than the client sent them)
    spans = {k: min(times[i + k - 1] - times[i] for i in range(len(times) - k + 1)) for k in (11, 21)}
    assert spans[11] >= 0.9, spans
    assert spans[21] >= 1.8, spans

"""Proxy variables in the environment never carry loopback traffic: a run against the embedded sandbox, or a
loopback ``--base-url``, reaches it directly (before, every request went through the proxy, basic auth
included, and the run reported the proxy's answers as violations)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from idvkit.sandbox import running_server
from tests.contract._harness import run_cli
from tests.contract._recorder import ConnectionRecorder
from tests.servers import fresh_sandbox
from tests.servers._base import DEFAULT_CREDENTIALS

pytestmark = pytest.mark.slow


@pytest.fixture
def proxy() -> Iterator[ConnectionRecorder]:
    recorder = ConnectionRecorder()
    try:
        yield recorder
    finally:
        recorder.close()


def _proxied(url: str) -> dict[str, str]:
    variables = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY")
    return {**{v: url for v in variables}, **{v.lower(): url for v in variables}, "NO_PROXY": "", "no_proxy": ""}


@pytest.mark.parametrize("vendor", ["idenfy", "liveid"])
def test_an_embedded_run_ignores_proxy_variables(vendor: str, proxy: ConnectionRecorder, tmp_path: Path) -> None:
    arguments = ["contract", vendor, "--phases", "examples", "--max-examples", "2", "--report-dir", "reports"]
    run = run_cli(arguments, _proxied(proxy.url), cwd=tmp_path)
    assert run.exit_code == 0, run.describe()
    assert proxy.connections == 0


def test_a_loopback_base_url_ignores_proxy_variables(proxy: ConnectionRecorder, tmp_path: Path) -> None:
    credentials = DEFAULT_CREDENTIALS["idenfy"]
    with running_server(fresh_sandbox("idenfy", credentials).app, log_level="error") as base_url:
        arguments = ["contract", "idenfy", "--base-url", base_url, "--phases", "examples", "--max-examples", "2"]
        run = run_cli(
            [*arguments, "--report-dir", "reports"],
            {**credentials.environment("idenfy"), **_proxied(proxy.url)},
            cwd=tmp_path,
        )
    assert run.exit_code == 0, run.describe()
    assert proxy.connections == 0

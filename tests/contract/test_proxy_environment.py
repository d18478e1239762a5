"""Proxy variables in the environment never carry loopback traffic: a run against the embedded sandbox, or a
loopback ``--base-url``, reaches it directly (before, every request went through the proxy, basic auth
included, and the run reported the proxy's answers as violations)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from idvkit.sandbox import running_server
from tests.contract._harness import run_cli
from tests.servers import fresh_sandbox
from tests.servers._base import DEFAULT_CREDENTIALS

pytestmark = pytest.mark.slow


class _Recorder:
    """A loopback listener that counts connections (and answers none)."""

    def __init__(self) -> None:
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.socket.settimeout(0.2)
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.socket.getsockname()[1]}"

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self.socket.accept()
            except OSError:
                continue
            self.connections += 1
            connection.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.socket.close()


@pytest.fixture
def proxy() -> Iterator[_Recorder]:
    recorder = _Recorder()
    try:
        yield recorder
    finally:
        recorder.close()


def _proxied(url: str) -> dict[str, str]:
    variables = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY")
    return {**{v: url for v in variables}, **{v.lower(): url for v in variables}, "NO_PROXY": "", "no_proxy": ""}


@pytest.mark.parametrize("vendor", ["idenfy", "liveid"])
def test_an_embedded_run_ignores_proxy_variables(vendor: str, proxy: _Recorder, tmp_path: Path) -> None:
    arguments = ["contract", vendor, "--phases", "examples", "--max-examples", "2", "--report-dir", "reports"]
    run = run_cli(arguments, _proxied(proxy.url), cwd=tmp_path)
    assert run.exit_code == 0, run.describe()
    assert proxy.connections == 0


def test_a_loopback_base_url_ignores_proxy_variables(proxy: _Recorder, tmp_path: Path) -> None:
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

"""A target that is not the vendor's API (a plain web server, an error page, a proxy's 5xx) is recognised in
the preflight: exit 2 with one line saying what was expected, what came back and from which URL, instead of
a full run whose failures say little."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from idvkit.cli._main import main
from idvkit.contract._not_the_api import FIRST_ANSWERS, FirstAnswers
from idvkit.contract._preflight import _probe_operation
from idvkit.sandbox import running_server
from idvkit.vendors import get_vendor
from tests.contract._harness import CREDENTIAL_VARIABLES
from tests.servers._base import DEFAULT_CREDENTIALS, fresh_sandbox


@pytest.fixture(autouse=True)
def _credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in CREDENTIAL_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    for vendor in ("idenfy", "liveid"):
        for variable, value in DEFAULT_CREDENTIALS[vendor].environment(vendor).items():
            monkeypatch.setenv(variable, value)


@pytest.fixture
def plain_web_server(tmp_path: Path) -> Iterator[str]:
    """``python -m http.server``: 501 with an HTML page for every POST, directory listings for GET."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(tmp_path), **kwargs)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _answer_everything(status: int, media_type: str, body: bytes) -> object:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            await Response(body, status_code=status, media_type=media_type)(scope, receive, send)

    return app


def _run(vendor: str, base_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, float]:
    started = time.monotonic()
    status = main(["contract", vendor, "--base-url", base_url, "--report-dir", str(tmp_path / "reports")])
    captured = capsys.readouterr()
    return status, captured.err, time.monotonic() - started


@pytest.mark.parametrize("vendor", ["idenfy", "liveid"])
def test_a_plain_web_server_is_not_the_api(
    vendor: str, plain_web_server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, err, seconds = _run(vendor, plain_web_server, tmp_path, capsys)
    assert status == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    line = lines[0]
    assert line.startswith(f"error: {vendor}: {plain_web_server} does not look like the "), line
    assert "expected JSON from " in line, line
    assert f"from {plain_web_server}/" in line, line
    assert seconds < 5
    assert not (tmp_path / "reports").exists()


@pytest.mark.parametrize(
    ("status", "media_type", "body", "shown"),
    [
        (501, "text/html", b"<html><body>Not implemented</body></html>", "501 text/html"),
        (503, "application/json", b'{"message": "down"}', "503 application/json"),
        (404, "text/plain", b"Not Found", "404 text/plain"),
        (200, "text/html", b"<html>captive portal</html>", "200 text/html"),
    ],
)
def test_error_pages_and_non_json_answers_are_not_the_api(
    status: int, media_type: str, body: bytes, shown: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with running_server(_answer_everything(status, media_type, body), log_level="error") as base_url:  # type: ignore[arg-type]
        code, err, _ = _run("idenfy", base_url, tmp_path, capsys)
    assert code == 2, err
    assert f"got {shown} from {base_url}/" in err, err


def _probe_passes_then_error_pages(probe_path: str) -> object:
    """A correct sandbox answers the preflight's probe; every request after it gets a 502 error page (the
    server went behind a maintenance page, or a proxy lost its upstream, once the run started)."""
    sandbox = fresh_sandbox("idenfy", DEFAULT_CREDENTIALS["idenfy"]).app
    error_page = _answer_everything(502, "text/html", b"<html><body>Bad gateway</body></html>")
    answered: list[bool] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        if scope["path"] == probe_path and not answered:
            answered.append(True)
            await sandbox(scope, receive, send)
        else:
            await error_page(scope, receive, send)  # type: ignore[operator]

    return app


def test_first_answers_that_are_not_the_api_stop_the_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    probe = _probe_operation(get_vendor("idenfy").spec())
    assert probe is not None
    with running_server(_probe_passes_then_error_pages(probe.path), log_level="error") as base_url:  # type: ignore[arg-type]
        code, err, seconds = _run("idenfy", base_url, tmp_path, capsys)
    assert code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"error: idenfy: {base_url} does not look like the "), lines
    assert "got 502 text/html from " in lines[0], lines
    assert f"from {base_url}/" in lines[0], lines
    assert f"first {FIRST_ANSWERS} of the run" in lines[0], lines
    assert seconds < 15, seconds  # stopped early, not a full run


@pytest.mark.parametrize(
    ("answers", "verdict"),
    [
        (["502 text/html"] * 10, True),
        (["502 text/html"] * 9 + [None], False),  # one answer that looks like the API: it is the API
        ([None] + ["502 text/html"] * 20, False),
        (["502 text/html"] * 9, False),  # not enough answers yet
    ],
)
def test_the_first_answers_decide_only_when_none_looks_like_the_api(answers: list[str | None], verdict: bool) -> None:
    watch = FirstAnswers()
    verdicts = [watch.add(answer, "POST /x", "http://127.0.0.1:9/x") for answer in answers]
    assert (watch.verdict is not None) is verdict
    assert sum(v is not None for v in verdicts) == int(verdict)  # said once

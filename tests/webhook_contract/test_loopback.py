"""``idvkit webhook-contract`` posts only to this machine unless told otherwise: the one loopback rule of
``idvkit._network`` (``localhost`` and loopback IP addresses), with no other name looked up."""

from __future__ import annotations

import socket
from typing import Any

import pytest

from idvkit.cli import main
from tests.webhook_contract._receivers import KEY


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def _run(capsys: pytest.CaptureFixture[str], url: str) -> tuple[int, str]:
    code = main(["webhook-contract", "idenfy", "--url", url, "--key", KEY, "--timeout", "0.5"])
    captured = capsys.readouterr()
    assert captured.out == ""
    assert KEY not in captured.err
    assert "Traceback" not in captured.err
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    return code, lines[0]


@pytest.mark.parametrize(
    "host",
    ["foo.localhost", "localhost.localdomain", "receiver.test", "127.0.0.1.nip.io"],
)
def test_a_name_is_refused_even_when_it_resolves_to_loopback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, host: str
) -> None:
    looked_up: list[Any] = []

    def resolver(name: Any, *args: Any, **kwargs: Any) -> Any:
        looked_up.append(name)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", 1))]

    # every name resolves to loopback here: the rule must refuse it without asking the resolver
    monkeypatch.setattr(socket, "getaddrinfo", resolver)
    code, error = _run(capsys, f"http://{host}:1/")

    assert code == 2
    assert error.startswith("error: idenfy: refusing to post generated webhooks to ")
    assert host in error
    assert "only localhost and loopback IP addresses" in error
    assert "--allow-remote" in error
    assert looked_up == []


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "127.1.2.3", "[::1]"])
def test_localhost_and_loopback_addresses_are_let_through_to_the_connection(
    capsys: pytest.CaptureFixture[str], host: str
) -> None:
    code, error = _run(capsys, f"http://{host}:{_free_port()}/hook")

    assert code == 2
    assert "refusing" not in error
    assert error.startswith("error: idenfy: cannot reach the receiver at ")

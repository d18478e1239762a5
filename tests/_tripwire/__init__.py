"""A pytest plugin: no test may reach a vendor's production host.

Every process of the run (pytest and, through ``sitecustomize`` on ``PYTHONPATH``, every child process)
resolves the production hosts of every vendor's spec to a loopback tripwire server. A test during which
the tripwire was reached fails, naming the host; the tripwire answers nothing and closes the connection.
"""

from __future__ import annotations

import os
import socket
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

SITE = Path(__file__).resolve().parent / "site"
sys.path.insert(0, str(SITE))

import _idvkit_tripwire  # type: ignore[import-not-found]  # noqa: E402 - on the path set above

from idvkit._network import production_hosts  # noqa: E402


class Tripwire:
    """A loopback TCP server that counts the connections it receives."""

    def __init__(self) -> None:
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._server.getsockname()[1]
        self.hits = 0
        self._thread = threading.Thread(target=self._accept, name="idvkit-tripwire", daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while True:
            try:
                connection, _ = self._server.accept()
            except OSError:
                return
            self.hits += 1
            connection.close()


_TRIPWIRE: Tripwire | None = None


def pytest_configure(config: pytest.Config) -> None:
    global _TRIPWIRE
    _TRIPWIRE = Tripwire()
    hosts = ",".join(sorted(production_hosts()))
    os.environ[_idvkit_tripwire.VARIABLE] = f"{_TRIPWIRE.port}:{hosts}"
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SITE), os.environ.get("PYTHONPATH", "")]))
    _idvkit_tripwire.install()


@pytest.fixture(autouse=True)
def _no_production_connection() -> Iterator[None]:
    assert _TRIPWIRE is not None
    before = _TRIPWIRE.hits
    yield
    reached = _TRIPWIRE.hits - before
    if reached:
        pytest.fail(f"the test reached a vendor's production host ({reached} connection(s) to the tripwire)")

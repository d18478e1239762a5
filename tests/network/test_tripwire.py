"""The run's tripwire (tests/_tripwire): production hosts resolve to it, in this process and in children."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx
import pytest

import tests._tripwire as tripwire
from idvkit._network import production_hosts


def _wait_for(hits: int) -> bool:
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        if tripwire._TRIPWIRE is not None and tripwire._TRIPWIRE.hits >= hits:
            return True
        time.sleep(0.01)
    return False


@pytest.mark.parametrize("host", [*sorted(production_hosts()), "IVS.IDENFY.COM.", "ivs\uff0emarkid\uff0eeu"])
def test_production_hosts_resolve_to_the_tripwire(host: str) -> None:
    assert tripwire._TRIPWIRE is not None
    ((*_, address),) = {info for info in socket.getaddrinfo(host, 443, type=socket.SOCK_STREAM)}
    assert address == ("127.0.0.1", tripwire._TRIPWIRE.port)


def test_other_hosts_resolve_normally() -> None:
    assert tripwire._TRIPWIRE is not None
    assert all(info[4][1] == 80 for info in socket.getaddrinfo("127.0.0.1", 80))


def test_a_child_process_is_mapped_too_and_a_connection_is_counted() -> None:
    assert tripwire._TRIPWIRE is not None
    before = tripwire._TRIPWIRE.hits
    code = (
        "import httpx\ntry:\n    httpx.get('https://ivs.idenfy.com/', timeout=5)\nexcept httpx.HTTPError:\n    pass\n"
    )
    subprocess.run([sys.executable, "-c", code], env=os.environ.copy(), check=True, timeout=60)
    assert _wait_for(before + 1), "the child's connection did not reach the tripwire"
    with pytest.raises(httpx.HTTPError):
        httpx.get("https://ivs.markid.eu/", timeout=5)
    assert _wait_for(before + 2)
    tripwire._TRIPWIRE.hits = before  # this test reached it on purpose

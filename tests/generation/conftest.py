"""Fixtures of the build tests: a repository copy to generate in, the network watch, a loopback server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.generation.harness import Loopback, NetworkWatch, copy_workspace, loopback_server


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A copy of the parts of the repository that generation reads and writes."""
    return copy_workspace(tmp_path)


@pytest.fixture
def network(monkeypatch: pytest.MonkeyPatch) -> NetworkWatch:
    """Every connection and name lookup of the test process is recorded in ``.attempts`` and refused."""
    return NetworkWatch(monkeypatch)


@pytest.fixture
def loopback() -> Iterator[Loopback]:
    """A server on 127.0.0.1 recording every request (``.requests``); it must stay unasked."""
    with loopback_server() as server:
        yield server

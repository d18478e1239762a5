"""Fixtures of the sandbox tests: one loopback callback receiver for the whole session, reset per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.sandbox._support import Receiver, receiving


@pytest.fixture(scope="session")
def receiver_server() -> Iterator[Receiver]:
    with receiving() as receiver:
        yield receiver


@pytest.fixture
def receiver(receiver_server: Receiver) -> Receiver:
    """The session's receiver with no recorded requests, answering 200."""
    receiver_server.reset()
    return receiver_server

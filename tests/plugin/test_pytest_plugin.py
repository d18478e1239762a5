"""The pytest plugin users add to their own suites: passes a conforming server, fails a broken one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from idvkit.contract.pytest_plugin import ContractRunner
from idvkit.sandbox import SpecApplication, create_sandbox, running_server
from idvkit.sandbox._engine import Reply

CREDENTIALS = {"LIVEID_APIKEY": "sandbox-apikey"}


@pytest.fixture
def conforming_url() -> Iterator[str]:
    with running_server(create_sandbox("liveid").app) as url:
        yield url


@pytest.fixture
def broken_url() -> Iterator[str]:
    """A LiveID+ fake whose genAPIToken answers an undocumented 418."""
    sandbox = create_sandbox("liveid")
    handlers = dict(sandbox.behaviour.handlers())

    async def teapot(call: object) -> Reply:
        return Reply(418, {"success": True})

    handlers["genAPIToken"] = teapot
    sandbox.behaviour.handlers = lambda: handlers  # type: ignore[method-assign]
    with running_server(SpecApplication([sandbox.behaviour])) as url:
        yield url


@pytest.mark.slow
def test_fixture_passes_a_conforming_server(idvkit_contract: ContractRunner, conforming_url: str) -> None:
    result = idvkit_contract("liveid", conforming_url, max_examples=3, phases=["examples"], credentials=CREDENTIALS)
    assert result.exit_code == 0
    assert result.operations["GET /api/authenticate/genAPIToken"] == "passed"


@pytest.mark.slow
def test_fixture_fails_a_broken_server(idvkit_contract: ContractRunner, broken_url: str) -> None:
    with pytest.raises(pytest.fail.Exception, match=r"GET /api/authenticate/genAPIToken +failed"):
        idvkit_contract("liveid", broken_url, max_examples=3, phases=["examples"], credentials=CREDENTIALS)

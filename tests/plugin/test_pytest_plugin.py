"""The pytest plugin users add to their own suites: passes a conforming server, fails a broken one."""

from __future__ import annotations

import json
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
    assert result.operations["POST /api/service/availableLanguages"] == "passed"
    # the spec's example conference does not exist: genAPIToken answered only errors, which tests nothing
    assert result.operations["GET /api/authenticate/genAPIToken"] == "not exercised"


@pytest.mark.slow
def test_fixture_reports_what_was_skipped(
    idvkit_contract: ContractRunner, conforming_url: str, request: pytest.FixtureRequest
) -> None:
    """Against a server that is not the embedded sandbox the destructive operations are skipped by default: the
    test passes, and says so in its user properties (pytest's JUnit XML shows them) and its captured output."""
    result = idvkit_contract("liveid", conforming_url, max_examples=1, phases=["examples"], credentials=CREDENTIALS)
    assert result.exit_code == 0
    properties = dict(request.node.user_properties)
    skipped = json.loads(properties["idvkit_skipped"])
    assert skipped["delAsyncCall"] == "destructive: pass --allow-destructive"
    assert float(properties["idvkit_coverage"]) > 0


@pytest.mark.slow
def test_fixture_fails_below_min_coverage(idvkit_contract: ContractRunner, conforming_url: str) -> None:
    with pytest.raises(pytest.fail.Exception, match=r"coverage [\d.]+ % below 100 %"):
        idvkit_contract(
            "liveid", conforming_url, max_examples=1, phases=["examples"], credentials=CREDENTIALS, min_coverage=100
        )


@pytest.mark.slow
def test_fixture_fails_a_broken_server(idvkit_contract: ContractRunner, broken_url: str) -> None:
    with pytest.raises(pytest.fail.Exception, match=r"GET /api/authenticate/genAPIToken +failed"):
        idvkit_contract("liveid", broken_url, max_examples=3, phases=["examples"], credentials=CREDENTIALS)

"""The production guard: every server a vendor's spec describes as Production (not only the first ``servers``
entry) is a production host for every vendor's run, and testing one needs ``--allow-production``, which the
command line carries through to the target. Nothing here touches the network: ``remote_target`` only reads
the URL and the specs, and the tests check that it makes no connection or lookup."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from idvkit._network import production_hosts
from idvkit.cli._main import main
from idvkit.contract import ContractOptions, TargetError
from idvkit.contract._runner import _serve_target
from idvkit.contract._target import Target, remote_target
from idvkit.vendors import VENDORS, get_vendor
from tests.contract._harness import CREDENTIAL_VARIABLES
from tests.generation.harness import NetworkWatch

#: (vendor, url) of every server the specs describe as Production, read here with urllib, apart from the guard
PRODUCTION_SERVERS = [
    (vendor.name, server["url"])
    for vendor in VENDORS.values()
    for server in vendor.spec().get("servers", [])
    if str(server.get("description", "")).lower().startswith("production")
]
OTHER_SERVERS = [
    (vendor.name, server["url"])
    for vendor in VENDORS.values()
    for server in vendor.spec().get("servers", [])
    if not str(server.get("description", "")).lower().startswith("production")
]


def _credentials(vendor: str) -> dict[str, str | None]:
    return {variable: f"value-of-{variable.lower()}" for variable in get_vendor(vendor).credential_env}


@pytest.fixture(autouse=True)
def no_credentials_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in CREDENTIAL_VARIABLES:
        monkeypatch.delenv(variable, raising=False)


@pytest.fixture
def network(monkeypatch: pytest.MonkeyPatch) -> NetworkWatch:
    """Every connection and name lookup of this process is recorded and refused."""
    return NetworkWatch(monkeypatch)


def test_the_specs_describe_production_servers_beyond_the_first_entry() -> None:
    # the premise: markid's legacy host is its second server, LiveID+'s production host its second too
    assert ("markid", "https://ivs.markid.com") in PRODUCTION_SERVERS
    assert ("liveid", "https://liveid.namirialtsp.com") in PRODUCTION_SERVERS
    assert get_vendor("markid").spec()["servers"][0]["url"] != "https://ivs.markid.com"


def test_every_production_server_of_every_spec_is_a_production_host() -> None:
    hosts = {urlsplit(url).hostname for _, url in PRODUCTION_SERVERS}
    assert {"ivs.idenfy.com", "ivs.markid.eu", "ivs.markid.com", "liveid.namirialtsp.com"} <= hosts
    assert production_hosts() == hosts


def test_servers_that_are_not_production_are_not_production_hosts() -> None:
    assert OTHER_SERVERS, "the premise: LiveID+ has a Test server"
    assert not {urlsplit(url).hostname for _, url in OTHER_SERVERS} & production_hosts()


@pytest.mark.parametrize("vendor", sorted(VENDORS))
@pytest.mark.parametrize(("owner", "url"), PRODUCTION_SERVERS)
def test_a_production_server_is_refused_without_the_flag_for_every_vendor(
    vendor: str, owner: str, url: str, network: NetworkWatch
) -> None:
    with pytest.raises(TargetError, match="production host") as refused:
        remote_target(get_vendor(vendor), url, allow_production=False, given=_credentials(vendor))
    assert "--allow-production" in str(refused.value)
    assert f"{urlsplit(url).hostname} is a vendor's production host" in str(refused.value)
    assert network.attempts == []


@pytest.mark.parametrize(("vendor", "url"), PRODUCTION_SERVERS)
def test_the_flag_makes_a_production_server_a_production_target(vendor: str, url: str, network: NetworkWatch) -> None:
    target = remote_target(get_vendor(vendor), url, allow_production=True, given=_credentials(vendor))
    assert target == Target(
        url,
        embedded=False,
        loopback=False,
        production=True,
        credentials={k: v for k, v in _credentials(vendor).items() if v},
    )
    assert network.attempts == []


def test_the_flag_is_needed_for_idenfys_production_host(network: NetworkWatch) -> None:
    credentials = _credentials("idenfy")
    idenfy = get_vendor("idenfy")
    with pytest.raises(TargetError, match=r"ivs\.idenfy\.com is a vendor's production host"):
        remote_target(idenfy, "https://ivs.idenfy.com", allow_production=False, given=credentials)
    target = remote_target(idenfy, "https://ivs.idenfy.com", allow_production=True, given=credentials)
    assert target.production
    assert target.remote
    assert network.attempts == []


def test_a_host_that_is_not_production_needs_no_flag(network: NetworkWatch) -> None:
    target = remote_target(
        get_vendor("idenfy"), "https://idenfy.example.invalid", allow_production=False, given=_credentials("idenfy")
    )
    assert not target.production
    assert network.attempts == []


def test_the_runner_hands_the_flag_to_the_target(network: NetworkWatch) -> None:
    def served(allow: bool) -> Target:
        options = ContractOptions(
            vendor="markid",
            base_url="https://ivs.markid.com",
            allow_production=allow,
            credentials=_credentials("markid"),
        )
        with _serve_target(options) as target:
            return target

    with pytest.raises(TargetError, match="production host"):
        served(False)
    assert served(True).production
    assert network.attempts == []


@pytest.mark.parametrize("flag", [True, False])
def test_the_command_line_hands_the_flag_to_the_run(
    flag: bool, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], network: NetworkWatch
) -> None:
    seen: list[ContractOptions] = []

    def run_contract(options: ContractOptions) -> None:
        seen.append(options)
        raise TargetError("stopped by the test before any request")

    monkeypatch.setattr("idvkit.cli._contract.run_contract", run_contract)
    arguments = ["contract", "idenfy", "--base-url", "https://ivs.idenfy.com", "--report-dir", "unused"]
    assert main([*arguments, "--allow-production"] if flag else arguments) == 2
    assert [options.allow_production for options in seen] == [flag]
    assert "stopped by the test" in capsys.readouterr().err
    assert network.attempts == []

"""The vendor-behaviour protocol: what create_sandbox, the control API, the runner and the CLI get from a vendor."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from idvkit.sandbox import SandboxSettings, create_sandbox
from idvkit.sandbox._behaviour import build_behaviour
from idvkit.sandbox._callbacks import CallbackDispatcher
from idvkit.sandbox._clock import SandboxClock
from idvkit.sandbox._store import MemoryStore
from idvkit.vendors import VENDORS, Vendor, get_vendor, register_vendor, unregister_vendor
from idvkit.webhooks import callback_delivery
from tests.conftest import ROOT
from tests.sandbox._support import JSON_TYPE, Api, run


def _stores(behaviour: object) -> dict[str, MemoryStore[Any]]:
    return {name: value for name, value in vars(behaviour).items() if isinstance(value, MemoryStore)}


@pytest.mark.parametrize("vendor", list(VENDORS))
def test_reset_empties_every_store_of_the_behaviour(vendor: str) -> None:
    behaviour = create_sandbox(vendor).behaviour
    stores = _stores(behaviour)
    assert stores
    for name, store in stores.items():
        store.put(f"{name}-entry", object())
    behaviour.reset()
    assert {name: len(store) for name, store in stores.items()} == dict.fromkeys(stores, 0)


@pytest.mark.parametrize("vendor", list(VENDORS))
def test_the_control_reset_clears_the_behaviour_and_the_deliveries(vendor: str) -> None:
    sandbox = create_sandbox(vendor)
    stores = _stores(sandbox.behaviour)
    for store in stores.values():
        store.put("entry", object())
    sandbox.dispatcher.send("https://example.invalid/cb", "event", b"{}", {})  # recorded, not sent (not loopback)

    async def scenario(api: Api) -> None:
        assert await api.deliveries() != []
        assert (await api.request("POST", "/__sandbox/reset", headers=JSON_TYPE)).json() == {"reset": True}
        assert await api.deliveries() == []

    run(sandbox, scenario)
    assert [len(store) for store in stores.values()] == [0] * len(stores)


@pytest.mark.parametrize("vendor", list(VENDORS))
def test_the_auth_hint_names_the_credentials_to_send(vendor: str) -> None:
    sandbox = create_sandbox(vendor, api_key="hint-key", api_secret="hint-secret", callback_key="hint-callback")
    hint = sandbox.auth_hint()
    assert "hint-key" in hint
    entry = get_vendor(vendor)
    assert ("hint-secret" in hint) is (entry.api_secret_env is not None)
    assert ("hint-callback" in hint) is entry.signs_callbacks


def test_the_defaults_are_the_documented_sandbox_credentials() -> None:
    assert create_sandbox("idenfy").credentials() == {
        "IDENFY_API_KEY": "sandbox-key",
        "IDENFY_API_SECRET": "sandbox-secret",
    }
    assert create_sandbox("liveid").credentials() == {"LIVEID_APIKEY": "sandbox-apikey"}


# -- a registry entry whose behaviour cannot be built ---------------------------------------------------


class Incomplete:
    """A behaviour without the protocol's vendor methods."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document


def incomplete(
    document: dict[str, Any], settings: SandboxSettings, *, clock: SandboxClock, dispatcher: CallbackDispatcher
) -> Incomplete:
    return Incomplete(document)


NOT_CALLABLE = "a factory's name that is no callable"


def _broken(behaviour: str) -> Vendor:
    return Vendor(
        name="broken",
        display_name="Broken",
        spec_file=str(ROOT / "specs" / "liveid.yaml"),
        api_key_env="BROKEN_APIKEY",
        api_secret_env=None,
        callback_key_env=None,
        sandbox_port=8998,
        sandbox_behaviour=behaviour,
        control_tag="liveid",
        bundled=False,
    )


@pytest.fixture
def registered() -> Iterator[list[Vendor]]:
    added: list[Vendor] = []
    yield added
    for vendor in added:
        unregister_vendor(vendor.name)


@pytest.mark.parametrize(
    ("behaviour", "message"),
    [
        ("tests.sandbox.no_such_module:create", r"broken: sandbox behaviour .*cannot import tests\.sandbox\.no_such"),
        ("tests.sandbox.test_behaviour:absent", r"tests\.sandbox\.test_behaviour has no callable 'absent'"),
        ("tests.sandbox.test_behaviour:NOT_CALLABLE", "has no callable 'NOT_CALLABLE'"),
    ],
)
def test_a_behaviour_that_cannot_be_imported_is_named(registered: list[Vendor], behaviour: str, message: str) -> None:
    registered.append(register_vendor(_broken(behaviour)))
    with pytest.raises(ValueError, match=message):
        create_sandbox("broken")


def test_a_behaviour_without_the_protocol_says_what_it_lacks(registered: list[Vendor]) -> None:
    vendor = register_vendor(_broken("tests.sandbox.test_behaviour:incomplete"))
    registered.append(vendor)
    with pytest.raises(TypeError) as raised:
        build_behaviour(
            vendor,
            SandboxSettings(),
            clock=SandboxClock(),
            dispatcher=CallbackDispatcher(callback_delivery(get_vendor("idenfy").spec())),
        )
    message = str(raised.value)
    assert message.startswith("broken: tests.sandbox.test_behaviour:incomplete returned a Incomplete without handlers")
    assert "credential_values, auth_hint, reset, control_handlers" in message
    assert "document" not in message

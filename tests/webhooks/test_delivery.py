"""The vendors' webhook delivery policy and header names come from the specs."""

from __future__ import annotations

from typing import Any

import idvkit_specs
import pytest

from idvkit.vendors import VENDORS
from idvkit.webhooks import EVENT_TYPE_HEADER, SIGNATURE_HEADER, CallbackDelivery, callback_delivery
from idvkit.webhooks._contract import VENDOR_RETRIES, VENDOR_RETRY_INTERVAL, VENDOR_TIMEOUT

POLICY = {"timeout": 10, "retries": 3, "interval": 0.5}


def _document(*policies: Any) -> dict[str, Any]:
    webhooks = {f"hook{n}": {"post": {"x-callback-delivery": policy}} for n, policy in enumerate(policies)}
    return {"info": {"title": "Test API"}, "webhooks": {**webhooks, "unmarked": {"post": {}}}}


@pytest.mark.parametrize("vendor", sorted(VENDORS))
def test_the_contract_defaults_are_every_vendors_spec_policy(vendor: str) -> None:
    """One set of defaults serves every vendor; when a spec's policy changes, this says the defaults must follow."""
    expected = CallbackDelivery(VENDOR_TIMEOUT, VENDOR_RETRIES, VENDOR_RETRY_INTERVAL)
    assert callback_delivery(idvkit_specs.load(vendor)) == expected == CallbackDelivery(10.0, 3, 0.5)


def test_a_policy_is_read_from_the_webhooks() -> None:
    assert callback_delivery(_document(POLICY, POLICY)) == CallbackDelivery(10.0, 3, 0.5)
    assert callback_delivery(_document({"timeout": 2.5, "retries": 0, "interval": 0})) == CallbackDelivery(2.5, 0, 0.0)


@pytest.mark.parametrize(
    ("policies", "message"),
    [
        ((), "no webhook of Test API declares x-callback-delivery"),
        ((POLICY, {**POLICY, "retries": 5}), "declare different x-callback-delivery policies: /webhooks/hook0/post"),
        (("10 s",), r"/webhooks/hook0/post/x-callback-delivery: must be a mapping"),
        (({**POLICY, "timeout": 0},), r"/webhooks/hook0/post/x-callback-delivery/timeout: .* above 0, not 0"),
        (({**POLICY, "retries": 1.5},), r"x-callback-delivery/retries: must be an integer .* not 1.5"),
        (({**POLICY, "retries": True},), r"x-callback-delivery/retries: must be an integer"),
        (({**POLICY, "interval": -1},), r"x-callback-delivery/interval: .* not -1"),
        (({"timeout": 10, "retries": 3},), r"x-callback-delivery/interval: .* not None"),
    ],
)
def test_a_missing_malformed_or_ambiguous_policy_is_a_clear_error(policies: tuple[Any, ...], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        callback_delivery(_document(*policies))


@pytest.mark.parametrize("vendor", ["idenfy", "markid"])
def test_the_header_names_are_the_specs(vendor: str) -> None:
    document = idvkit_specs.load(vendor)
    assert document["components"]["parameters"]["IdenfySignature"]["name"] == SIGNATURE_HEADER
    for webhook in document["webhooks"].values():
        names = {parameter.get("name") for parameter in webhook["post"]["parameters"]}
        assert EVENT_TYPE_HEADER in names

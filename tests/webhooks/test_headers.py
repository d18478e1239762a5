"""Which headers carry a delivery's signature and event type: the specs' x-signature and x-event-type marks."""

from __future__ import annotations

from typing import Any

import idvkit_specs
import pytest

from idvkit.webhooks import EVENT_TYPE_HEADER, SIGNATURE_HEADER, WebhookHeaders, webhook_headers


@pytest.mark.parametrize("vendor", ["idenfy", "markid"])
def test_idenfy_and_markid_sign_in_the_headers_their_constants_name(vendor: str) -> None:
    assert webhook_headers(idvkit_specs.load(vendor)) == WebhookHeaders(SIGNATURE_HEADER, EVENT_TYPE_HEADER)


def test_liveid_marks_neither() -> None:
    assert webhook_headers(idvkit_specs.load("liveid")) == WebhookHeaders(None, None)


def _webhook(*parameters: dict[str, Any], shared: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    item: dict[str, Any] = {"post": {"parameters": list(parameters)}}
    if shared is not None:
        item["parameters"] = shared
    return item


SIGNED = {"name": "Toy-Signature", "in": "header", "x-signature": "hmac-sha256-hex"}
EVENT = {"name": "Toy-Event", "in": "header", "x-event-type": True}


def test_marks_are_read_through_references_and_from_the_path_item() -> None:
    document = {
        "webhooks": {
            "one": _webhook({"$ref": "#/components/parameters/Signature"}, EVENT),
            "two": _webhook(EVENT, shared=[SIGNED]),
        },
        "components": {"parameters": {"Signature": SIGNED}},
    }
    assert webhook_headers(document) == WebhookHeaders("Toy-Signature", "Toy-Event")


def test_a_query_parameter_is_no_header() -> None:
    document = {"webhooks": {"one": _webhook(SIGNED | {"in": "query"}, EVENT)}}
    assert webhook_headers(document) == WebhookHeaders(None, "Toy-Event")


def test_webhooks_that_disagree_are_refused_naming_them() -> None:
    document = {"info": {"title": "Toy"}, "webhooks": {"one": _webhook(SIGNED, EVENT), "two": _webhook(EVENT)}}
    with pytest.raises(ValueError, match=r"webhooks of Toy declare different .*/webhooks/one/post.*/webhooks/two/post"):
        webhook_headers(document)


def test_an_unknown_signature_scheme_is_refused_with_its_place() -> None:
    document = {"webhooks": {"one": _webhook(EVENT, SIGNED | {"x-signature": "rsa"})}}
    with pytest.raises(ValueError, match=r"^/webhooks/one/post/parameters/1/x-signature: 'rsa' is not a signature"):
        webhook_headers(document)

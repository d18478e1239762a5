"""parse_idenfy_callback: verify first, then the spec's model for the event type, of the right vendor."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Literal

import idenfy_models
import markid_models
import pytest
from pydantic import BaseModel

from idvkit.webhooks import (
    IDENFY_EVENT_MODELS,
    MARKID_EVENT_MODELS,
    InvalidSignatureError,
    MalformedPayloadError,
    MissingSignatureError,
    parse_idenfy_callback,
)
from tests.webhooks._deliveries import KEY, VERIFICATION_RESULT, Delivery, genuine, spec_deliveries, spec_webhooks

VENDOR_MODELS = {"idenfy": (idenfy_models, IDENFY_EVENT_MODELS), "markid": (markid_models, MARKID_EVENT_MODELS)}


def parse(delivery: Delivery, vendor: Literal["idenfy", "markid"] = "idenfy") -> BaseModel:
    return parse_idenfy_callback(
        delivery.body, signature=delivery.signature, event_type=delivery.event_type, key=KEY, vendor=vendor
    )


@pytest.mark.parametrize("vendor", ["idenfy", "markid"])
def test_the_event_table_is_the_specs_pairing_of_event_types_and_bodies(vendor: Literal["idenfy", "markid"]) -> None:
    module, event_models = VENDOR_MODELS[vendor]
    from_spec = {
        event_type: getattr(module, webhook.schema_name)
        for webhook in spec_webhooks(vendor)
        for event_type in webhook.event_types
    }
    assert dict(event_models) == from_spec


@pytest.mark.parametrize(("delivery", "schema_name"), spec_deliveries("idenfy"))
def test_each_event_type_parses_into_its_idenfy_model(delivery: Delivery, schema_name: str) -> None:
    callback = parse(delivery)
    assert type(callback) is getattr(idenfy_models, schema_name)


@pytest.mark.parametrize(("delivery", "schema_name"), spec_deliveries("markid"))
def test_markid_payloads_parse_into_markid_models(delivery: Delivery, schema_name: str) -> None:
    callback = parse(delivery, vendor="markid")
    assert type(callback) is getattr(markid_models, schema_name)


def test_the_verification_result_fixture_parses_with_its_values() -> None:
    callback = parse(genuine())
    assert isinstance(callback, idenfy_models.IdentificationWebhook)
    assert (callback.scan_ref, callback.client_id, callback.final) == ("scan-ref", "123", False)
    assert callback.status.overall == idenfy_models.IdentificationStatus.approved
    assert callback.data.org_birth_place == "ŠILUVA"


def test_the_signature_is_checked_before_the_event_type_and_the_body() -> None:
    with pytest.raises(MissingSignatureError):
        parse(Delivery(b"not json", None, event_type=None))
    with pytest.raises(InvalidSignatureError):
        parse(Delivery(b"not json", "0" * 64, event_type="NO_SUCH_EVENT"))


@pytest.mark.parametrize("event_type", [None, "", "  "])
def test_a_missing_event_type_is_malformed(event_type: str | None) -> None:
    with pytest.raises(MalformedPayloadError, match="Idenfy-Event-Type header is missing"):
        parse(genuine(event_type=event_type))


@pytest.mark.parametrize("event_type", ["FACIAL_AUTHENTICATION", "identification", "ID_VERIFICATION_AUTO_FINISHED"])
def test_an_unknown_event_type_is_malformed_and_named(event_type: str) -> None:
    with pytest.raises(MalformedPayloadError, match=f"unknown Idenfy-Event-Type '{event_type}'"):
        parse(genuine(event_type=event_type))


def test_spaces_around_the_event_type_are_ignored() -> None:
    assert isinstance(parse(genuine(event_type=" IDENTIFICATION ")), idenfy_models.IdentificationWebhook)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"", "not valid JSON: Expecting value at line 1 column 1"),
        (b'{"scanRef": "a",', "not valid JSON"),
        (b'{"note": "\xff"}', "not valid JSON: not UTF-8"),
        (b"1" * 5000, "number is out of range"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ],
    ids=["empty", "cut-off", "not-utf8", "huge-number", "deep-nesting"],
)
def test_a_signed_body_that_is_not_json_is_malformed(body: bytes, message: str) -> None:
    with pytest.raises(MalformedPayloadError, match=message) as raised:
        parse(genuine(body))
    assert raised.value.problems == ()


def _with(changes: Mapping[str, Any]) -> bytes:
    return json.dumps(json.loads(VERIFICATION_RESULT) | dict(changes)).encode()


@pytest.mark.parametrize(
    ("body", "problems"),
    [
        (b"[]", (("(body)", "model_type"),)),
        (_with({"platform": ["FAX"]}), (("platform", "string_type"),)),
        (_with({"startTime": "noon", "final": "maybe"}), (("final", "bool_parsing"), ("startTime", "int_parsing"))),
        (_with({"AML": [{"uid": 1}]}), (("AML[0].status", "missing"),)),
    ],
    ids=["array", "enum-not-a-string", "two-fields", "nested-list"],
)
def test_a_body_of_the_wrong_shape_is_malformed_with_field_paths(
    body: bytes, problems: tuple[tuple[str, str], ...]
) -> None:
    with pytest.raises(MalformedPayloadError, match="not a valid IdentificationWebhook") as raised:
        parse(genuine(body))
    assert set(problems) <= set(raised.value.problems)
    for path, kind in problems:
        assert f"{path} ({kind})" in str(raised.value)


def test_values_the_vendor_adds_to_its_lists_are_kept() -> None:
    """Platform, statuses, tags and document types are open lists: an unknown value parses and is preserved."""
    document = json.loads(VERIFICATION_RESULT)
    document["platform"] = "SMART_TV"
    document["status"] = document["status"] | {"overall": "ON_HOLD", "fraudTags": ["NEW_TAG"], "autoFace": "FACE_NEW"}
    document["data"] = document["data"] | {"docType": "LUNAR_PASSPORT"}
    result = parse(genuine(json.dumps(document).encode()))
    assert isinstance(result, idenfy_models.IdentificationWebhook)
    assert result.platform == "SMART_TV"
    assert result.status.overall == "ON_HOLD"
    assert result.status.fraud_tags == ["NEW_TAG"]
    assert result.status.auto_face == "FACE_NEW"
    assert result.data.doc_type == "LUNAR_PASSPORT"


def test_a_body_of_another_event_type_is_malformed() -> None:
    with pytest.raises(MalformedPayloadError, match="not a valid DocumentExpirationWebhook"):
        parse(genuine(event_type="DOCUMENT_EXPIRATION"))


def test_many_problems_are_summarised() -> None:
    with pytest.raises(MalformedPayloadError, match=r"and \d+ more$") as raised:
        parse(genuine(b"{}"))
    assert len(raised.value.problems) > 5


def test_an_unsupported_vendor_is_a_programming_error() -> None:
    delivery = genuine()
    with pytest.raises(ValueError, match="vendor must be"):
        parse_idenfy_callback(
            delivery.body,
            signature=delivery.signature,
            event_type=delivery.event_type,
            key=KEY,
            vendor="liveid",  # type: ignore[call-overload]
        )

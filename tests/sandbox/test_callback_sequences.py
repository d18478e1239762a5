"""The iDenfy/markid sandbox's callbacks: every outcome and every event type the spec lists, each valid against the
spec's webhook schema with the properties the vendor requires, in the vendor's sequences (the automatic result with
``final: false`` before the manual one), spelt byte for byte as ``idvkit webhook-contract`` spells its bodies."""

from __future__ import annotations

import json
from typing import Any

import idvkit_specs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from idvkit.sandbox import create_sandbox
from idvkit.specs import follow_refs
from idvkit.webhooks import callback_delivery, encode_body, verify_signature
from idvkit.webhooks._contract_payloads import body_spelling, serialise, webhook_kinds
from tests.sandbox._support import CALLBACK_KEY, Api, Receiver, document, run, schemas
from tests.sandbox.test_idenfy import IMAGE
from tests.sandbox.test_vendor_bounds import VENDOR_WEBHOOK_DATA_REQUIRED, VENDOR_WEBHOOK_REQUIRED

VENDORS = ["idenfy", "markid"]
# What iDenfy's published IdentificationStatusWebhook requires (OAS-KYC), beside the top level and data lists.
VENDOR_STATUS_REQUIRED = [
    "overall",
    "fraudTags",
    "mismatchTags",
    "autoFace",
    "manualFace",
    "autoDocument",
    "manualDocument",
    "additionalSteps",
]
RESULT = "/components/schemas/IdentificationWebhook"


def event_schemas(vendor: str) -> dict[str, str]:
    """event type -> the JSON pointer of its webhook's body schema, from the spec's webhooks."""
    spec = document(vendor)
    found: dict[str, str] = {}
    for kind in webhook_kinds(vendor):
        name = kind.pointer.split("/")[2]
        reference = spec["webhooks"][name]
        operation = follow_refs(spec, reference)["post"]
        schema = operation["requestBody"]["content"]["application/json"]["schema"]
        for event in kind.event_types:
            found[event] = schema["$ref"].removeprefix("#")
    return found


def test_the_control_api_can_send_every_event_type_the_spec_lists() -> None:
    control = idvkit_specs.load("sandbox-control")["components"]["schemas"]["SendCallbackRequest"]
    for vendor in VENDORS:
        assert set(control["properties"]["event"]["enum"]) == set(event_schemas(vendor)), vendor
    assert len(event_schemas("idenfy")) == 8


async def _every_outcome(api: Api) -> None:
    finish = "/__sandbox/idenfy/verifications/{}/finish"
    for status in ("APPROVED", "DENIED", "SUSPECTED", "EXPIRED"):
        await api.token(clientId=f"dummy-{status}", dummyStatus=status)
        for review in ("manual", "automatic"):
            scan_ref = (await api.token(clientId=f"{status}-{review}"))["scanRef"]
            answer = await api.request("POST", finish.format(scan_ref), json={"status": status, "review": review})
            assert answer.status_code == 200
    token = await api.token(clientId="process-1", firstName="Šarūnas")
    process = {"authToken": token["authToken"], "country": "LT", "documentType": "PASSPORT"}
    assert (await api.idenfy("process", {**process, "images": {"FRONT": IMAGE, "FACE": IMAGE}})).status_code == 200
    manual = {"scanRef": token["scanRef"], "manualDocumentValidity": "DOC_FAKE", "manualFaceMatchResult": "FACE_MATCH"}
    assert (await api.idenfy("add-dummy-status", manual)).status_code == 200
    for event in event_schemas(api.vendor):
        scan_ref = (await api.token(clientId=f"event-{event}"))["scanRef"]
        sent = await api.request("POST", f"/__sandbox/idenfy/verifications/{scan_ref}/callbacks", json={"event": event})
        assert sent.json() == {"scanRef": scan_ref, "event": event}
    unknown = await api.request(
        "POST", "/__sandbox/idenfy/verifications/nope/callbacks", json={"event": "IDENTIFICATION"}
    )
    assert unknown.status_code == 404


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_callback_of_every_outcome_and_event_type_is_what_the_vendor_sends(
    vendor: str, receiver: Receiver
) -> None:
    sandbox = create_sandbox(vendor, callback_url=receiver.url, callback_retry_interval=0.01)
    run(sandbox, _every_outcome)
    bodies = event_schemas(vendor)
    spelling = callback_delivery(document(vendor)).body
    seen: dict[str, list[dict[str, Any]]] = {}
    for received in receiver.received:
        verify_signature(received.body, received.headers.get("idenfy-signature"), CALLBACK_KEY)
        event = received.headers["idenfy-event-type"]
        payload = json.loads(received.body)
        assert schemas(vendor).errors(bodies[event], payload) == [], event
        assert encode_body(payload, spelling) == received.body  # the one documented spelling
        if bodies[event] == RESULT:
            assert set(VENDOR_WEBHOOK_REQUIRED) <= set(payload), event
            assert set(VENDOR_STATUS_REQUIRED) <= set(payload["status"]), event
            assert set(VENDOR_WEBHOOK_DATA_REQUIRED) <= set(payload["data"]), event
        seen.setdefault(payload["clientId"], []).append({"event": event, **payload})
    assert {callback["event"] for callbacks in seen.values() for callback in callbacks} == set(bodies)

    def sequence(client_id: str) -> list[tuple[str, bool]]:
        return [(callback["event"], callback["final"]) for callback in seen[client_id]]

    pair = [("IDENTIFICATION_AUTO_FINISHED", False), ("IDENTIFICATION_MANUAL_FINISHED", True)]
    for status in ("APPROVED", "DENIED", "SUSPECTED"):
        assert sequence(f"{status}-manual") == pair
        assert sequence(f"{status}-automatic") == [("IDENTIFICATION_AUTO_FINISHED", True)]
        assert sequence(f"dummy-{status}") == [("IDENTIFICATION_MANUAL_FINISHED", True)]
        automatic, manual = seen[f"{status}-manual"]
        assert (automatic["status"]["manualDocument"], automatic["status"]["manualFace"]) == (None, None)
        assert manual["status"]["manualDocument"] is not None
        assert automatic["status"]["overall"] == manual["status"]["overall"] == status
        assert seen[f"{status}-automatic"][0]["status"]["manualFace"] is None
    for client_id in ("EXPIRED-manual", "EXPIRED-automatic", "dummy-EXPIRED"):
        assert sequence(client_id) == [("IDENTIFICATION_EXPIRED", True)]
    # processed: the automatic result, the manual one DEV simulates from it, then the partner's dummy review
    assert sequence("process-1") == [*pair, ("IDENTIFICATION_MANUAL_FINISHED", True)]
    assert seen["process-1"][-1]["status"]["overall"] == "DENIED"
    assert any("ŠARŪNAS".encode() in r.body for r in receiver.received)  # raw UTF-8, as spelt
    assert sequence("event-IDENTIFICATION_RESUBMITTED") == [("IDENTIFICATION_RESUBMITTED", False)]
    assert seen["event-DOCUMENT_EXPIRATION"][0]["expirationThreshold"] == "DOCUMENT_EXPIRED"


def test_the_manual_result_waits_for_the_automatic_ones_retries(receiver: Receiver) -> None:
    receiver.reset(failures=2)
    sandbox = create_sandbox("idenfy", callback_url=receiver.url, callback_retry_interval=0.05)

    async def scenario(api: Api) -> list[dict[str, Any]]:
        scan_ref = (await api.token())["scanRef"]
        await api.request("POST", f"/__sandbox/idenfy/verifications/{scan_ref}/finish", json={"status": "APPROVED"})
        return await api.deliveries()

    deliveries = run(sandbox, scenario)
    assert [(d["event"], d["attempts"]) for d in deliveries] == [
        ("IDENTIFICATION_AUTO_FINISHED", ["500", "500", "200"]),
        ("IDENTIFICATION_MANUAL_FINISHED", ["200"]),
    ]
    events = [r.headers["idenfy-event-type"] for r in receiver.received]
    assert events == ["IDENTIFICATION_AUTO_FINISHED"] * 3 + ["IDENTIFICATION_MANUAL_FINISHED"]


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None)
@given(payload=st.dictionaries(st.text(max_size=8), JSON_VALUES, max_size=5), vendor=st.sampled_from(VENDORS))
def test_the_sandbox_and_webhook_contract_spell_a_payload_with_the_same_bytes(
    payload: dict[str, Any], vendor: str
) -> None:
    sandbox = create_sandbox(vendor)
    assert sandbox.dispatcher.body == body_spelling(vendor) == callback_delivery(document(vendor)).body
    assert sandbox.dispatcher.encode(payload) == serialise(payload, body_spelling(vendor))


def test_the_documented_spelling_is_spaced_json_with_raw_utf8() -> None:
    payload = {"orgBirthPlace": "ŠILUVA", "n": [1, 2]}
    for vendor in VENDORS:
        assert body_spelling(vendor) == "spaced-utf8"
        assert create_sandbox(vendor).dispatcher.encode(payload) == '{"orgBirthPlace": "ŠILUVA", "n": [1, 2]}'.encode()
    assert encode_body(payload, "compact-ascii") == b'{"orgBirthPlace":"\\u0160ILUVA","n":[1,2]}'
    assert encode_body({"lone": "\ud800"}, "spaced-utf8") == b'{"lone": "\\ud800"}'  # UTF-8 cannot carry it
    assert encode_body({"x": float("nan")}) is None
    with pytest.raises(ValueError, match="unknown body spelling"):
        encode_body(payload, "pretty")

"""The iDenfy (and markid) sandbox behaves like the vendor: verifications, results, data, deletion, expiry.

Every response is validated against the spec by ``Api`` (see _support.py).
"""

from __future__ import annotations

import asyncio
import string
from collections import Counter

import httpx
import idenfy_models
import idvkit_specs
import markid_models
import pytest
from hypothesis import given
from hypothesis import strategies as st

from idvkit.sandbox import IdenfySandbox, SpecApplication, create_sandbox
from idvkit.sandbox._idenfy import random_text
from tests.sandbox._support import AUTH, JSON_TYPE, Api, Receiver, check_idenfy_callback, document, run

SCAN_REF_OPERATIONS = ("video-call", "video-call-record", "status", "data", "files", "generate-pdf", "delete")
IMAGE = "iVBORw0KGgo="
JSON = {"Content-Type": "application/json"}


async def not_found_everywhere(api: Api, scan_ref: str) -> None:
    for operation in SCAN_REF_OPERATIONS:
        response = await api.idenfy(operation, {"scanRef": scan_ref})
        assert response.status_code == 404, (operation, response.text)
        assert response.json()["identifier"] == "BAD_VALUE"
    dummy = {"scanRef": scan_ref, "manualDocumentValidity": "DOC_VALIDATED", "manualFaceMatchResult": "FACE_MATCH"}
    assert (await api.idenfy("add-dummy-status", dummy)).status_code == 404
    upload = {"scanRef": scan_ref, "step": "UTILITY_BILL", "image": IMAGE}
    assert (await api.idenfy("upload-additional-step", upload)).status_code == 404
    finish = await api.request(
        "POST", f"/__sandbox/idenfy/verifications/{scan_ref}/finish", json={"status": "APPROVED"}
    )
    assert finish.status_code == 404


def test_full_flow_from_token_to_deletion(receiver: Receiver) -> None:
    sandbox = create_sandbox("idenfy", callback_url=receiver.url, callback_retry_interval=0.01)

    async def scenario(api: Api) -> None:
        token = await api.token(clientId="flow-1", firstName="Jane", lastName="Doe", externalRef="ext-1")
        scan_ref, auth_token = token["scanRef"], token["authToken"]
        assert len(auth_token) <= 40
        assert scan_ref

        video = await api.idenfy("video-call", {"scanRef": scan_ref})
        assert video.status_code == 200
        assert video.json()["url"].startswith("http://sandbox/")
        page = await api.request("GET", video.json()["url"].removeprefix("http://sandbox"))
        assert page.status_code == 200
        assert page.headers["content-type"].startswith("text/html")
        record = (await api.idenfy("video-call-record", {"scanRef": scan_ref})).json()
        assert set(record["photos"]) == {"VIDEO_CALL_FRONT", "VIDEO_CALL_BACK", "VIDEO_CALL_FACE"}
        assert len(record["videos"]) == 1
        file = await api.request("GET", record["videos"][0].removeprefix("http://sandbox"))
        assert file.status_code == 200
        assert file.content

        status = (await api.idenfy("status", {"scanRef": scan_ref})).json()
        assert status["status"] == "ACTIVE"
        assert status["clientId"] == "flow-1"
        assert status["scanRef"] == scan_ref
        assert status["autoDocument"] is None
        assert status["manualFace"] is None
        data = (await api.idenfy("data", {"scanRef": scan_ref})).json()
        assert data["scanRef"] == scan_ref
        assert "docFirstName" not in data
        assert (await api.idenfy("files", {"scanRef": scan_ref})).json() == {}
        pdf = await api.idenfy("generate-pdf", {"scanRef": scan_ref})
        assert pdf.status_code == 200
        assert pdf.content.startswith(b"%PDF-")

        delete_active = await api.idenfy("delete", {"scanRef": scan_ref})
        assert delete_active.status_code == 400
        assert delete_active.json()["identifier"] == "PARTNER_ERROR"
        assert delete_active.json()["message"] == "Token has not expired yet."

        finished = await api.request(
            "POST", f"/__sandbox/idenfy/verifications/{scan_ref}/finish", json={"status": "APPROVED"}
        )
        assert finished.json() == {"scanRef": scan_ref, "status": "APPROVED"}
        status = (await api.idenfy("status", {"scanRef": scan_ref})).json()
        assert status["status"] == "APPROVED"
        assert (status["autoDocument"], status["autoFace"]) == ("DOC_VALIDATED", "FACE_MATCH")
        data = (await api.idenfy("data", {"scanRef": scan_ref})).json()
        assert (data["docFirstName"], data["docLastName"]) == ("JANE", "DOE")
        files = (await api.idenfy("files", {"scanRef": scan_ref})).json()
        assert {"FRONT", "BACK", "FACE"} <= set(files)

        deliveries = await api.deliveries()  # the automatic result first, then the manual review's
        assert [d["event"] for d in deliveries] == ["IDENTIFICATION_AUTO_FINISHED", "IDENTIFICATION_MANUAL_FINISHED"]
        assert all(d["delivered"] is True for d in deliveries)
        assert [d["attempts"] for d in deliveries] == [["200"], ["200"]]

        deleted = await api.idenfy("delete", {"scanRef": scan_ref})
        assert deleted.status_code == 200
        await not_found_everywhere(api, scan_ref)
        process = {"authToken": auth_token, "country": "LT", "documentType": "PASSPORT", "images": {}}
        reused = await api.idenfy("process", process)
        assert reused.status_code == 400
        assert reused.json()["identifier"] == "TOKEN_NOT_VALID"

    run(sandbox, scenario)
    assert len(receiver.received) == 2
    assert [check_idenfy_callback("idenfy", received).final for received in receiver.received] == [False, True]
    callback = check_idenfy_callback("idenfy", receiver.received[1])
    assert isinstance(callback, idenfy_models.IdentificationWebhook)
    assert callback.client_id == "flow-1"
    assert callback.external_ref == "ext-1"
    assert callback.status.overall == idenfy_models.IdentificationStatus.approved
    assert callback.final is True


def test_unknown_scan_ref_is_404_everywhere() -> None:
    run(create_sandbox("idenfy"), lambda api: not_found_everywhere(api, "00000000-0000-0000-0000-000000000000"))


def test_token_echoes_the_request_with_the_specs_defaults_and_upper_case_names() -> None:
    schemas = document("idenfy")["components"]["schemas"]
    echoed = set(schemas["TokenResponse"]["properties"])
    defaults = {
        name: prop["default"]
        for name, prop in schemas["TokenRequest"]["properties"].items()
        if "default" in prop and name in echoed
    }
    assert {"expiryTime", "sessionLength", "locale", "successUrl", "showInstructions"} <= set(defaults)

    async def scenario(api: Api) -> None:
        token = await api.token(clientId="echo-1", firstName="John Tom", lastName="Smith-Öberg")
        for name, default in defaults.items():
            assert token[name] == default, name
        assert (token["firstName"], token["lastName"]) == ("JOHN TOM", "SMITH-ÖBERG")
        assert token["clientId"] == token["personScanRef"] == "echo-1"
        assert token["message"] == "Token created successfully"
        assert token["digitString"] is None

        given = {"expiryTime": 600, "sessionLength": 120, "locale": "lt", "country": "lt", "documents": ["PASSPORT"]}
        token = await api.token(clientId="echo-2", generateDigitString=True, **given)
        for name, value in given.items():
            assert token[name] == value, name
        assert token["allowedDocuments"] == {"ALL": ["PASSPORT"]}
        assert token["digitString"]
        assert token["digitString"].isdigit()

        other = await api.token(clientId="echo-2")
        assert other["scanRef"] != token["scanRef"]
        assert other["authToken"] != token["authToken"]

    run(create_sandbox("idenfy"), scenario)


@pytest.mark.parametrize(
    ("dummy", "overall", "document_result", "face_result", "fraud", "event"),
    [
        ("APPROVED", "APPROVED", "DOC_VALIDATED", "FACE_MATCH", [], "IDENTIFICATION_MANUAL_FINISHED"),
        ("DENIED", "DENIED", "DOC_VALIDATED", "FACE_MISMATCH", [], "IDENTIFICATION_MANUAL_FINISHED"),
        ("SUSPECTED", "SUSPECTED", "DOC_VALIDATED", "FACE_MATCH", ["FACE_SUSPECTED"], "IDENTIFICATION_MANUAL_FINISHED"),
        ("EXPIRED", "EXPIRED", "DOC_NOT_ANALYSED", "FACE_NOT_CHECKED", [], "IDENTIFICATION_EXPIRED"),
        ("ACTIVE", "ACTIVE", None, None, [], None),
    ],
)
def test_dummy_status_sets_the_result_at_once(
    dummy: str,
    overall: str,
    document_result: str | None,
    face_result: str | None,
    fraud: list[str],
    event: str | None,
    receiver: Receiver,
) -> None:
    sandbox = create_sandbox("idenfy", callback_url=receiver.url, callback_retry_interval=0.01)

    async def scenario(api: Api) -> None:
        token = await api.token(clientId="dummy-1", dummyStatus=dummy)
        expected = "Dummy token and verification created successfully"
        assert token["message"] == expected
        status = (await api.idenfy("status", {"scanRef": token["scanRef"]})).json()
        assert status["status"] == overall
        assert (status["autoDocument"], status["autoFace"]) == (document_result, face_result)
        assert (status["manualDocument"], status["manualFace"]) == (document_result, face_result)
        assert status["fraudTags"] == fraud
        # a finished verification's token is no longer usable
        process = {"authToken": token["authToken"], "country": "LT", "documentType": "PASSPORT"}
        answer = await api.idenfy("process", {**process, "images": {"FRONT": IMAGE, "FACE": IMAGE}})
        if dummy == "ACTIVE":
            assert answer.status_code == 200
        else:
            assert answer.json()["identifier"] == "TOKEN_NOT_VALID"

    run(sandbox, scenario)
    events = [r.headers["idenfy-event-type"] for r in receiver.received]
    if event is None:
        # from the process call: the automatic result, then the manual one DEV simulates from it
        assert events == ["IDENTIFICATION_AUTO_FINISHED", "IDENTIFICATION_MANUAL_FINISHED"]
        return
    assert events == [event]
    callback = check_idenfy_callback("idenfy", receiver.received[0])
    assert callback.status.overall == overall
    assert [tag.value if hasattr(tag, "value") else tag for tag in callback.status.fraud_tags] == fraud


@pytest.mark.parametrize(
    ("validity", "face", "overall"),
    [
        ("DOC_VALIDATED", "FACE_MATCH", "APPROVED"),
        ("DOC_VALIDATED", "FACE_MISMATCH", "DENIED"),
        ("DOC_INFO_MISMATCH", "FACE_MATCH", "DENIED"),
        ("DOC_FAKE", "FACE_MISMATCH", "DENIED"),
    ],
)
def test_add_dummy_status_approves_only_a_valid_document_with_a_matching_face(
    validity: str, face: str, overall: str, receiver: Receiver
) -> None:
    allowed = document("idenfy")["components"]["schemas"]
    assert validity in allowed["DummyDocumentValidity"]["enum"]
    assert face in allowed["DummyFaceMatchResult"]["enum"]
    sandbox = create_sandbox("idenfy", callback_url=receiver.url, callback_retry_interval=0.01)

    async def scenario(api: Api) -> None:
        scan_ref = (await api.token())["scanRef"]
        body = {"scanRef": scan_ref, "manualDocumentValidity": validity, "manualFaceMatchResult": face}
        answer = await api.idenfy("add-dummy-status", body)
        assert answer.status_code == 200
        status = (await api.idenfy("status", {"scanRef": scan_ref})).json()
        assert status["status"] == overall
        assert (status["manualDocument"], status["manualFace"]) == (validity, face)

    run(sandbox, scenario)
    assert [r.headers["idenfy-event-type"] for r in receiver.received] == ["IDENTIFICATION_MANUAL_FINISHED"]
    callback = check_idenfy_callback("idenfy", receiver.received[0])
    assert callback.status.overall == overall


def test_add_dummy_status_rejects_an_unknown_result() -> None:
    async def scenario(api: Api) -> None:
        scan_ref = (await api.token())["scanRef"]
        body = {"scanRef": scan_ref, "manualDocumentValidity": "VERY_VALID", "manualFaceMatchResult": "FACE_MATCH"}
        answer = await api.idenfy("add-dummy-status", body)
        assert answer.status_code == 400
        assert answer.json()["identifier"] == "BAD_VALUE"
        assert "manualDocumentValidity" in answer.json()["message"]
        assert (await api.idenfy("status", {"scanRef": scan_ref})).json()["status"] == "ACTIVE"

    run(create_sandbox("idenfy"), scenario)


def test_process_approves_once_then_the_token_is_not_valid(receiver: Receiver) -> None:
    sandbox = create_sandbox("idenfy", callback_url=receiver.url, callback_retry_interval=0.01)

    async def scenario(api: Api) -> None:
        token = await api.token(clientId="process-1")
        request = {
            "authToken": token["authToken"],
            "country": "LT",
            "documentType": "ID_CARD",
            "images": {"FRONT": IMAGE, "BACK": IMAGE, "FACE": IMAGE},
        }
        first = await api.idenfy("process", request)
        assert first.status_code == 200
        assert first.content == b""
        status = (await api.idenfy("status", {"scanRef": token["scanRef"]})).json()
        assert status["status"] == "APPROVED"
        assert (status["autoDocument"], status["autoFace"]) == ("DOC_VALIDATED", "FACE_MATCH")
        second = await api.idenfy("process", request)
        assert second.status_code == 400
        assert second.json()["identifier"] == "TOKEN_NOT_VALID"
        unknown = await api.idenfy("process", {**request, "authToken": "X" * 40})
        assert unknown.json()["identifier"] == "TOKEN_NOT_VALID"
        # a finished verification may be deleted
        assert (await api.idenfy("delete", {"scanRef": token["scanRef"]})).status_code == 200

    run(sandbox, scenario)
    events = [r.headers["idenfy-event-type"] for r in receiver.received]
    assert events == ["IDENTIFICATION_AUTO_FINISHED", "IDENTIFICATION_MANUAL_FINISHED"]
    automatic, manual = (check_idenfy_callback("idenfy", received) for received in receiver.received)
    assert (automatic.final, automatic.status.manual_document, automatic.status.manual_face) == (False, None, None)
    assert manual.final is True
    assert (manual.status.manual_document, manual.status.manual_face) == ("DOC_VALIDATED", "FACE_MATCH")


@pytest.mark.parametrize(
    ("document_type", "images", "missing"),
    [
        ("ID_CARD", {"FRONT": IMAGE, "FACE": IMAGE}, "BACK"),
        ("DRIVER_LICENSE", {"BACK": IMAGE, "FACE": IMAGE}, "FRONT"),
        ("RESIDENCE_PERMIT", {"FRONT": IMAGE, "BACK": IMAGE, "FACE": None}, "FACE"),
        ("PASSPORT", {"FACE": IMAGE}, "FRONT"),
    ],
)
def test_process_names_the_missing_image_step_and_keeps_the_token(
    document_type: str, images: dict[str, str | None], missing: str
) -> None:
    async def scenario(api: Api) -> None:
        token = await api.token()
        request = {"authToken": token["authToken"], "country": "LT", "documentType": document_type, "images": images}
        answer = await api.idenfy("process", request)
        assert answer.status_code == 400
        assert answer.json()["identifier"] == "MISSING_VALUE"
        assert answer.json()["message"] == f"No image provided for step '{missing}'"
        complete = {**images, missing: IMAGE}
        assert (await api.idenfy("process", {**request, "images": complete})).status_code == 200

    run(create_sandbox("idenfy"), scenario)


def test_expiry_follows_the_sandbox_clock() -> None:
    async def scenario(api: Api) -> None:
        short = await api.token(expiryTime=600)
        default = await api.token()
        await api.advance(595)
        assert (await api.idenfy("status", {"scanRef": short["scanRef"]})).json()["status"] == "ACTIVE"
        await api.advance(6)
        assert (await api.idenfy("status", {"scanRef": short["scanRef"]})).json()["status"] == "EXPIRED"
        assert (await api.idenfy("status", {"scanRef": default["scanRef"]})).json()["status"] == "ACTIVE"
        request = {"authToken": short["authToken"], "country": "LT", "documentType": "PASSPORT"}
        answer = await api.idenfy("process", {**request, "images": {"FRONT": IMAGE, "FACE": IMAGE}})
        assert answer.status_code == 400
        assert answer.json()["identifier"] == "TOKEN_NOT_VALID"
        # an expired verification is no longer ACTIVE, so it can be deleted
        assert (await api.idenfy("delete", {"scanRef": short["scanRef"]})).status_code == 200
        assert (await api.idenfy("status", {"scanRef": short["scanRef"]})).status_code == 404
        await api.advance(3000)
        assert (await api.idenfy("status", {"scanRef": default["scanRef"]})).json()["status"] == "EXPIRED"

    run(create_sandbox("idenfy"), scenario)


def test_the_clock_moves_only_forward() -> None:
    async def scenario(api: Api) -> None:
        before = (await api.request("POST", "/__sandbox/clock/advance", json={"seconds": 0})).json()["now"]
        after = (await api.request("POST", "/__sandbox/clock/advance", json={"seconds": 3600})).json()["now"]
        assert after - before >= 3600
        backwards = await api.request("POST", "/__sandbox/clock/advance", json={"seconds": -1})
        assert backwards.status_code == 400
        assert "seconds" in backwards.json()["error"]
        huge = await api.request("POST", "/__sandbox/clock/advance", json={"seconds": 10**9})
        assert huge.status_code == 400

    run(create_sandbox("idenfy"), scenario)


def test_reset_forgets_verifications_and_callbacks() -> None:
    async def scenario(api: Api) -> None:
        token = await api.token(dummyStatus="APPROVED", callbackUrl="https://example.invalid/cb")
        assert len(await api.deliveries()) == 1
        assert (await api.request("POST", "/__sandbox/reset", headers=JSON_TYPE)).json() == {"reset": True}
        assert (await api.idenfy("status", {"scanRef": token["scanRef"]})).status_code == 404
        assert await api.deliveries() == []

    run(create_sandbox("idenfy"), scenario)


def test_expiry_time_zero_expires_at_once() -> None:
    async def scenario(api: Api) -> None:
        token = await api.token(expiryTime=0)
        assert token["expiryTime"] == 0
        await api.advance(1)
        assert (await api.idenfy("status", {"scanRef": token["scanRef"]})).json()["status"] == "EXPIRED"

    run(create_sandbox("idenfy"), scenario)


def test_a_verification_outlives_a_day_when_its_token_does() -> None:
    async def scenario(api: Api) -> None:
        token = await api.token(expiryTime=2 * 86400)
        await api.advance(86400 + 3600)
        status = await api.idenfy("status", {"scanRef": token["scanRef"]})
        assert status.status_code == 200
        assert status.json()["status"] == "ACTIVE"

    run(create_sandbox("idenfy"), scenario)


def test_markid_sandbox_serves_markids_spec(receiver: Receiver) -> None:
    sandbox = create_sandbox("markid", callback_url=receiver.url, callback_retry_interval=0.01)
    assert sandbox.vendor == "markid"
    assert sandbox.behaviour.document["info"]["title"].startswith("markid")

    async def scenario(api: Api) -> None:
        assert api.vendor == "markid"
        token = await api.token(clientId="mark-1", firstName="anna")
        assert token["firstName"] == "ANNA"
        scan_ref = token["scanRef"]
        assert (await api.idenfy("status", {"scanRef": scan_ref})).json()["status"] == "ACTIVE"
        assert (await api.idenfy("delete", {"scanRef": scan_ref})).json()["identifier"] == "PARTNER_ERROR"
        body = {"scanRef": scan_ref, "manualDocumentValidity": "DOC_VALIDATED", "manualFaceMatchResult": "FACE_MATCH"}
        assert (await api.idenfy("add-dummy-status", body)).status_code == 200
        assert (await api.idenfy("data", {"scanRef": scan_ref})).json()["docFirstName"] == "ANNA"
        assert (await api.idenfy("delete", {"scanRef": scan_ref})).status_code == 200
        assert (await api.idenfy("status", {"scanRef": scan_ref})).status_code == 404
        bad = await api.request("POST", "/api/v2/token", content=b"{", headers=JSON, auth=AUTH)
        assert bad.json()["identifier"] == "JSON_ERROR"
        wrong = await api.request("POST", "/api/v2/token", json={"clientId": "x"}, auth=("x", "y"))
        assert wrong.status_code == 401

    run(sandbox, scenario)
    assert len(receiver.received) == 1
    callback = check_idenfy_callback("markid", receiver.received[0])
    assert isinstance(callback, markid_models.IdentificationWebhook)


@given(st.sampled_from([string.digits, string.ascii_letters + string.digits, "ab"]), st.integers(0, 64))
def test_random_text_has_the_length_and_alphabet_asked_for(alphabet: str, length: int) -> None:
    text = random_text(alphabet, length)
    assert len(text) == length
    assert set(text) <= set(alphabet)


def test_random_text_draws_every_character_about_equally() -> None:
    """No modulo bias: 62 letters and digits do not divide 256, so a plain ``byte % 62`` would favour the first
    8 characters by 25 %; over 124,000 draws each character's count stays within 10 % of the mean."""
    alphabet = string.ascii_letters + string.digits
    counts = Counter("".join(random_text(alphabet, 62) for _ in range(2000)))
    mean = 2000
    assert set(counts) == set(alphabet)
    assert all(abs(count - mean) < mean * 0.1 for count in counts.values()), counts


def test_the_limits_the_sandbox_applies_are_read_from_the_spec() -> None:
    """Token length, default lifetime, the echo's and the document fields' lengths follow the spec's schemas."""
    spec = idvkit_specs.load("idenfy")  # a copy of its own: the test changes it
    components = spec["components"]["schemas"]
    components["TokenResponse"]["properties"]["authToken"]["maxLength"] = 32
    components["TokenRequest"]["properties"]["expiryTime"]["default"] = 77
    components["TokenRequest"]["properties"]["firstName"]["maxLength"] = 4
    components["VerificationData"]["properties"]["docFirstName"]["maxLength"] = 3
    components["VerificationData"]["properties"]["docPersonalCode"]["maxLength"] = 2
    components["VerificationData"]["properties"]["docNationality"]["maxLength"] = 1
    behaviour = IdenfySandbox(spec)

    async def main() -> tuple[httpx.Response, httpx.Response]:
        transport = httpx.ASGITransport(app=SpecApplication([behaviour]))
        async with httpx.AsyncClient(transport=transport, base_url="http://sandbox", auth=AUTH) as client:
            request = {"clientId": "c-1", "firstName": "ßßß", "personalNumber": "12345", "nationality": "lt"}
            token = await client.post("/api/v2/token", json={**request, "dummyStatus": "APPROVED"})
            data = await client.post("/api/v2/data", json={"scanRef": token.json()["scanRef"]})
            return token, data

    token, data = asyncio.run(main())
    assert token.status_code == 201, token.text
    assert len(token.json()["authToken"]) == 32
    assert token.json()["firstName"] == "SSSS"  # upper-cased, cut to the request field's maxLength
    verification = behaviour.verifications.get(token.json()["scanRef"])
    assert verification is not None
    assert verification.expires_at - verification.created_at == 77
    assert data.json()["docFirstName"] == "SSS"
    assert data.json()["docPersonalCode"] == "12"
    assert data.json()["docNationality"] == "L"

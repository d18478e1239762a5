"""The LiveID+ sandbox: asynchronous calls, conference tokens, the simulated call lifecycle and its callback."""

from __future__ import annotations

import base64
import json
import uuid

import idvkit_specs
import liveid_models

from idvkit.sandbox import LiveIdSandbox, create_sandbox
from tests.sandbox._support import APIKEY, Api, Receiver, check_liveid_callback, jwt_claims, run

PROCESS = str(uuid.UUID(int=7))


def test_full_call_lifecycle(receiver: Receiver) -> None:
    sandbox = create_sandbox("liveid", callback_url=receiver.url, callback_retry_interval=0.01)

    async def scenario(api: Api) -> None:
        uid = await api.push({"id_process": PROCESS})
        info = await api.request("GET", "/api/v2/getAsyncRequestInfo", params={"uId": uid}, headers=APIKEY)
        calls = info.json()["calls"]
        assert len(calls) == 1
        assert calls[0]["uId"] == uid
        conference = await api.conference_of(uid)
        assert calls[0]["idConference"] == conference

        queue = await api.request(
            "POST", "/api/service/getQueue", json={"id_organization": "org", "id_process": PROCESS}, headers=APIKEY
        )
        assert queue.json()["queue"] == 1

        token_response = await api.request(
            "GET", "/api/authenticate/genAPIToken", params={"idConference": conference}, headers=APIKEY
        )
        token = token_response.json()["token"]
        claims = jwt_claims(token)
        assert claims["conf"] == conference
        assert claims["exp"] - claims["iat"] == 120
        header = json.loads(base64.urlsafe_b64decode(token.split(".")[0] + "=="))
        assert header["alg"] == "HS256"
        bearer = {"Authorization": f"Bearer {token}"}

        queued = await api.request("GET", "/api/v1/conferenceData", params={"idConference": conference}, headers=bearer)
        assert queued.json() == {"success": True, "data": {}}

        opened = await api.request("GET", "/app/service-asyncall", params={"uId": uid})
        assert opened.status_code == 302
        assert opened.headers["location"].startswith("http://sandbox/__sandbox/ui/")
        page = await api.request("GET", opened.headers["location"].removeprefix("http://sandbox").split("?")[0])
        assert page.status_code == 200
        answered = await api.request(
            "GET", "/api/v1/conferenceData", params={"idConference": conference}, headers=bearer
        )
        assert "call_answer_date" in answered.json()
        assert "operator" in answered.json()
        assert "end_pattern" not in answered.json()

        completed = await api.request(
            "POST", f"/__sandbox/liveid/calls/{uid}/complete", json={"closeStatus": "N", "note": "identified"}
        )
        assert completed.json() == {"uId": uid, "idConference": conference, "closeStatus": "N"}

        data = (
            await api.request("GET", "/api/v1/conferenceData", params={"idConference": conference}, headers=bearer)
        ).json()
        assert data["success"] is True
        assert data["end_pattern"] == "N"
        assert data["call_answer_date"] <= data["call_end_date"]
        assert data["call_last_activity"] == data["call_end_date"]
        assert set(data["operator"]) == {"id", "name", "external_id"}
        assert set(data["data"]) == {"photo", "formfilling"}

        photo = await api.request(
            "GET", "/api/v1/conferenceData", params={"idConference": conference, "module": "photo"}, headers=bearer
        )
        assert set(photo.json()["data"]) == {"photo"}
        unknown = await api.request(
            "GET", "/api/v1/conferenceData", params={"idConference": conference, "module": "video"}, headers=bearer
        )
        assert unknown.json()["data"] == {}

        info = await api.request("POST", "/api/service/getCallInfoUID", json={"uId": uid}, headers=APIKEY)
        assert info.json()["end_pattern"] == "N"
        assert "call_end_date" in info.json()
        queue = await api.request(
            "POST", "/api/service/getQueue", json={"id_organization": "org", "id_process": PROCESS}, headers=APIKEY
        )
        assert queue.json()["queue"] == 0

        deliveries = await api.deliveries()
        assert [(d["event"], d["delivered"]) for d in deliveries] == [("close", True)]

    run(sandbox, scenario)
    assert len(receiver.received) == 1
    payload = check_liveid_callback(receiver.received[0].body)
    assert payload["event"] == "close"
    assert payload["message"]["closeStatus"] == "N"
    assert payload["message"]["note"] == "identified"
    assert payload["message"]["processId"] == PROCESS
    result = liveid_models.LiveIDPlusResult.model_validate(payload)
    assert result.event == liveid_models.LiveIDPlusEvent.close


def test_the_callbacks_conference_token_reads_that_conference(receiver: Receiver) -> None:
    sandbox = create_sandbox("liveid", callback_url=receiver.url, callback_retry_interval=0.01)

    async def scenario(api: Api) -> None:
        uid = await api.push()
        await api.request(
            "POST", f"/__sandbox/liveid/calls/{uid}/complete", json={"closeStatus": "A", "abortCode": "7"}
        )
        await api.sandbox.dispatcher.drain()
        payload = check_liveid_callback(receiver.received[0].body)
        assert payload["message"]["abortCode"] == "7"
        assert payload["callID"] == await api.conference_of(uid)
        bearer = {"Authorization": f"Bearer {payload['message']['token']}"}
        data = await api.request(
            "GET", "/api/v1/conferenceData", params={"idConference": payload["callID"]}, headers=bearer
        )
        assert data.json()["end_pattern"] == "A"

    run(sandbox, scenario)


def test_conference_tokens_are_scoped_expire_and_cannot_be_forged() -> None:
    async def scenario(api: Api) -> None:
        first = await api.conference_of(await api.push())
        second = await api.conference_of(await api.push())
        bearer = await api.conference_token(first)
        token = bearer["Authorization"].removeprefix("Bearer ")

        for method, path in (
            ("GET", "/api/v1/conferenceData"),
            ("GET", "/api/v1/getAuditData"),
            ("GET", "/api/v2/getAuditData"),
            ("DELETE", "/api/v1/deleteAuditData"),
        ):
            other = await api.request(method, path, params={"idConference": second}, headers=bearer)
            assert other.status_code == 403, path
        assert (await api.request("GET", "/api/v1/conferenceData", params={"idConference": second})).status_code == 401

        header, payload, signature = token.split(".")
        forged_claims = {**jwt_claims(token), "conf": second}
        forged_payload = base64.urlsafe_b64encode(json.dumps(forged_claims).encode()).rstrip(b"=").decode()
        for forged in (
            f"{header}.{forged_payload}.{signature}",
            f"{header}.{payload}.{signature[:-2]}AA",
            f"{header}.{payload}.",
            f"{header}.{payload}",
            "eyJhbGciOiJub25lIn0." + forged_payload + ".",
        ):
            answer = await api.request(
                "GET",
                "/api/v1/conferenceData",
                params={"idConference": second},
                headers={"Authorization": f"Bearer {forged}"},
            )
            assert answer.status_code == 401
        # an api key is not a conference token
        assert (
            await api.request("GET", "/api/v1/conferenceData", params={"idConference": first}, headers=APIKEY)
        ).status_code == 401

        # exp is whole seconds after the (truncated) issue time: the token lives 119-120 s of sandbox time
        await api.advance(118)
        assert (
            await api.request("GET", "/api/v1/conferenceData", params={"idConference": first}, headers=bearer)
        ).status_code == 200
        await api.advance(3)  # 121 s after issue
        expired = await api.request("GET", "/api/v1/conferenceData", params={"idConference": first}, headers=bearer)
        assert expired.status_code == 401
        fresh = await api.conference_token(first)
        assert (
            await api.request("GET", "/api/v1/conferenceData", params={"idConference": first}, headers=fresh)
        ).status_code == 200

    run(create_sandbox("liveid"), scenario)


def test_audit_data_and_its_deletion() -> None:
    async def scenario(api: Api) -> None:
        uid = await api.push()
        conference = await api.conference_of(uid)
        bearer = await api.conference_token(conference)
        query = {"idConference": conference}
        await api.request("POST", f"/__sandbox/liveid/calls/{uid}/complete", json={"closeStatus": "N"})

        v1 = await api.request("GET", "/api/v1/getAuditData", params=query, headers=bearer)
        assert v1.headers["content-type"] == "application/zip"
        assert v1.content.startswith(b"PK")
        v2 = await api.request("GET", "/api/v2/getAuditData", params=query, headers=bearer)
        assert v2.json()["success"] is True
        assert conference in v2.json()["url"]
        archive = await api.request("GET", v2.json()["url"].removeprefix("http://sandbox"))
        assert archive.status_code == 200
        direct = await api.request("GET", "/api/v2/getAuditData", params={**query, "direct": "true"}, headers=bearer)
        assert direct.headers["content-type"] == "application/zip"
        assert direct.content.startswith(b"PK")
        not_direct = await api.request(
            "GET", "/api/v2/getAuditData", params={**query, "direct": "false"}, headers=bearer
        )
        assert "url" in not_direct.json()
        bad_flag = await api.request("GET", "/api/v2/getAuditData", params={**query, "direct": "maybe"}, headers=bearer)
        assert bad_flag.status_code == 400

        deleted = await api.request("DELETE", "/api/v1/deleteAuditData", params=query, headers=bearer)
        assert deleted.json() == {"success": True}
        data = (await api.request("GET", "/api/v1/conferenceData", params=query, headers=bearer)).json()
        assert "photo" not in data["data"]
        assert "formfilling" in data["data"]
        assert data["end_pattern"] == "N"

        erased = await api.request(
            "DELETE", "/api/v1/deleteAuditData", params={**query, "eraseAll": "true"}, headers=bearer
        )
        assert erased.status_code == 200
        for method, path in (
            ("GET", "/api/v1/conferenceData"),
            ("GET", "/api/v1/getAuditData"),
            ("GET", "/api/v2/getAuditData"),
            ("DELETE", "/api/v1/deleteAuditData"),
        ):
            assert (await api.request(method, path, params=query, headers=bearer)).status_code == 404, path
        assert (
            await api.request("GET", "/api/authenticate/genAPIToken", params=query, headers=APIKEY)
        ).status_code == 404
        assert (
            await api.request("POST", "/api/service/getCallInfoUID", json={"uId": uid}, headers=APIKEY)
        ).status_code == 404

    run(create_sandbox("liveid"), scenario)


def test_reject_call_closes_with_k_and_sends_an_error_callback(receiver: Receiver) -> None:
    sandbox = create_sandbox("liveid", callback_url=receiver.url, callback_retry_interval=0.01)

    async def scenario(api: Api) -> None:
        by_uid = await api.push({"id_process": PROCESS})
        rejected = await api.request(
            "PATCH", "/api/v2/rejectCall", json={"uId": by_uid, "reason": "no"}, headers=APIKEY
        )
        assert rejected.json() == {"success": True}
        conference = await api.conference_of(by_uid)
        bearer = await api.conference_token(conference)
        data = await api.request("GET", "/api/v1/conferenceData", params={"idConference": conference}, headers=bearer)
        assert data.json()["end_pattern"] == "K"
        # rejecting a closed call changes nothing and sends nothing
        again = await api.request("PATCH", "/api/v2/rejectCall", json={"idConference": conference}, headers=APIKEY)
        assert again.status_code == 200

        by_conference = await api.conference_of(await api.push())
        answer = await api.request("PATCH", "/api/v2/rejectCall", json={"idConference": by_conference}, headers=APIKEY)
        assert answer.status_code == 200
        unknown = await api.request("PATCH", "/api/v2/rejectCall", json={"uId": "nope"}, headers=APIKEY)
        assert unknown.status_code == 404

    run(sandbox, scenario)
    assert len(receiver.received) == 2
    for received in receiver.received:
        payload = check_liveid_callback(received.body)
        assert payload["event"] == "error"
        assert payload["message"]["closeStatus"] == "K"
        assert "token" not in payload["message"]
    # the two deliveries run concurrently: either may arrive first
    processes = sorted(json.loads(r.body)["message"].get("processId", "") for r in receiver.received)
    assert processes == ["", PROCESS]


def test_del_async_call_forgets_the_request() -> None:
    async def scenario(api: Api) -> None:
        uid = await api.push()
        conference = await api.conference_of(uid)
        deleted = await api.request("DELETE", "/api/service/delAsyncCall", params={"uId": uid}, headers=APIKEY)
        assert deleted.json() == {"success": True}
        for answer in (
            await api.request("GET", "/api/v2/getAsyncRequestInfo", params={"uId": uid}, headers=APIKEY),
            await api.request("POST", "/api/service/getCallInfoUID", json={"uId": uid}, headers=APIKEY),
            await api.request("DELETE", "/api/service/delAsyncCall", params={"uId": uid}, headers=APIKEY),
            await api.request("GET", "/app/service-asyncall", params={"uId": uid}),
            await api.request("PATCH", "/api/v2/rejectCall", json={"uId": uid}, headers=APIKEY),
            await api.request("POST", f"/__sandbox/liveid/calls/{uid}/complete", json={"closeStatus": "N"}),
            await api.request(
                "GET", "/api/authenticate/genAPIToken", params={"idConference": conference}, headers=APIKEY
            ),
        ):
            assert answer.status_code == 404, answer.request.url

    run(create_sandbox("liveid"), scenario)


def test_service_start_and_webrtc_test_redirect_and_validate_their_forms() -> None:
    async def scenario(api: Api) -> None:
        configuration = base64.b64encode(json.dumps({"id_process": PROCESS}).encode()).decode()
        started = await api.request(
            "POST", "/app/service-start", data={"id_organization": "org", "json": configuration, "id_process": PROCESS}
        )
        assert started.status_code == 302
        conference = started.headers["location"].split("idConference=")[1]
        assert (await api.conference_token(conference))["Authorization"].startswith("Bearer ")

        for invalid in ("not base64!", base64.b64encode(b"not json").decode(), base64.b64encode(b"[]").decode()):
            answer = await api.request("POST", "/app/service-start", data={"id_organization": "org", "json": invalid})
            assert answer.status_code == 400
            assert "json" in answer.json()["message"]
        missing = await api.request("POST", "/app/service-start", data={"id_organization": "org"})
        assert missing.status_code == 400
        as_json = await api.request(
            "POST", "/app/service-start", json={"id_organization": "org", "json": configuration}
        )
        assert as_json.status_code == 400
        broken_form = await api.request(
            "POST",
            "/app/service-start",
            content=b"%zz&&==",
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        assert broken_form.status_code == 400

        webrtc = await api.request(
            "POST",
            "/app/service-webrtc-test",
            data={"id_organization": "org", "id_process": PROCESS, "json": configuration},
        )
        assert webrtc.status_code == 302
        assert webrtc.headers["location"].endswith("/__sandbox/ui/webrtc-test")
        unknown = await api.request("GET", "/app/service-asyncall", params={"uId": "nope"})
        assert unknown.status_code == 404

    run(create_sandbox("liveid"), scenario)


def test_the_informational_operations_answer_in_the_specs_shapes() -> None:
    async def scenario(api: Api) -> None:
        organization = {"id_organization": "org"}
        for path in ("availableLanguages", "getDailyWaitingTimes", "getAvailableOperators"):
            answer = await api.request("POST", f"/api/service/{path}", json=organization, headers=APIKEY)
            assert answer.status_code == 200
            assert answer.json()["success"] is True
        week = await api.request("POST", "/api/service/getDailyWaitingTimes", json=organization, headers=APIKEY)
        assert len(week.json()["lastWeek"]) == 7
        alert = await api.request(
            "POST",
            "/api/v2/registerAlertEmail",
            json={"processId": PROCESS, "email": "ops@example.com"},
            headers=APIKEY,
        )
        assert alert.json() == {"success": True}

    run(create_sandbox("liveid"), scenario)


def test_conference_tokens_live_as_long_as_the_spec_says() -> None:
    behaviour = create_sandbox("liveid").behaviour
    assert isinstance(behaviour, LiveIdSandbox)
    assert behaviour.token_lifetime == 120  # "about 2 minutes"
    spec = idvkit_specs.load("liveid")  # a copy of its own: the test changes it
    spec["components"]["securitySchemes"]["ConferenceToken"]["x-token-lifetime"] = 45
    claims = jwt_claims(LiveIdSandbox(spec).issue_token("conference-1"))
    assert claims["exp"] - claims["iat"] == 45


def test_the_start_up_hint_names_the_token_issuer_of_the_spec() -> None:
    sandbox = create_sandbox("liveid")
    assert "bearer JWTs from /api/authenticate/genAPIToken" in sandbox.auth_hint()
    links = sandbox.behaviour.document["paths"]["/api/authenticate/genAPIToken"]["get"]["responses"]["200"]["links"]
    for link in links.values():
        link["x-credential"]["scheme"] = "Other"
    assert "bearer JWTs from (no operation issues them)" in sandbox.auth_hint()

"""Errors in each vendor's format: validation (400), credentials (401), routing (404/405), size, and never a 5xx."""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import AsyncIterator

import httpx
import idvkit_specs
import pytest

from idvkit.sandbox import IdenfySandbox, SpecApplication, create_sandbox
from idvkit.sandbox._engine import declared_body_limit
from idvkit.specs import resolve_pointer
from tests.sandbox._support import APIKEY, AUTH, BASE_URL, Api, assert_vendor_error, run

JSON = {"Content-Type": "application/json"}


def raw(
    vendor: str, method: str, path: str, *, content: bytes = b"", headers: list[tuple[bytes, bytes]]
) -> httpx.Response:
    """One request with raw header bytes (httpx would refuse non-ASCII str headers), unchecked."""

    async def main() -> httpx.Response:
        transport = httpx.ASGITransport(app=create_sandbox(vendor).app)
        async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as client:
            return await client.request(method, path, content=content, headers=headers)

    return asyncio.run(main())


@pytest.mark.parametrize("vendor", ["idenfy", "markid"])
def test_idenfy_validation_errors_name_the_field_and_use_the_identifiers(vendor: str) -> None:
    async def scenario(api: Api) -> None:
        malformed = await api.request("POST", "/api/v2/token", content=b'{"clientId": ', headers=JSON, auth=AUTH)
        assert malformed.status_code == 400
        assert malformed.json()["identifier"] == "JSON_ERROR"
        not_json = await api.request("POST", "/api/v2/token", content=b"NaN", headers=JSON, auth=AUTH)
        assert not_json.json()["identifier"] == "JSON_ERROR"

        missing = await api.idenfy("token", {"firstName": "John"})
        assert missing.status_code == 400
        assert missing.json()["identifier"] == "MISSING_VALUE"
        assert "clientId" in missing.json()["message"]

        too_long = await api.idenfy("token", {"clientId": "x" * 101})
        assert too_long.status_code == 400
        assert too_long.json()["identifier"] == "BAD_VALUE"
        assert "clientId" in too_long.json()["message"]
        assert "x" * 101 not in too_long.text  # the value (maybe personal data) is never echoed
        assert (await api.idenfy("token", {"clientId": "x" * 100})).status_code == 201

        wrong_type = await api.idenfy("token", {"clientId": "c", "expiryTime": "soon"})
        assert wrong_type.json()["identifier"] == "BAD_VALUE"
        assert "expiryTime" in wrong_type.json()["message"]
        bad_enum = await api.idenfy("token", {"clientId": "c", "dummyStatus": "MAYBE"})
        assert bad_enum.json()["identifier"] == "BAD_VALUE"
        not_object = await api.idenfy("token", ["clientId"])
        assert not_object.json()["identifier"] == "BAD_VALUE"
        empty = await api.request("POST", "/api/v2/token", headers=JSON, auth=AUTH)
        assert empty.json()["identifier"] == "MISSING_VALUE"

        missing_nested = await api.idenfy("process", {"authToken": "a", "country": "LT", "documentType": "ID_CARD"})
        assert missing_nested.json()["identifier"] == "MISSING_VALUE"
        assert "images" in missing_nested.json()["message"]

    run(create_sandbox(vendor), scenario)


@pytest.mark.parametrize("content_type", [None, "text/plain", "application/x-www-form-urlencoded", "application/xml"])
def test_idenfy_wrong_content_type_is_a_400(content_type: str | None) -> None:
    async def scenario(api: Api) -> None:
        headers = {} if content_type is None else {"Content-Type": content_type}
        answer = await api.request("POST", "/api/v2/token", content=b'{"clientId": "c"}', headers=headers, auth=AUTH)
        assert answer.status_code == 400
        assert answer.json()["identifier"] == "JSON_ERROR"
        assert "application/json" in answer.json()["message"]

    run(create_sandbox("idenfy"), scenario)


def test_json_with_charset_parameter_is_accepted() -> None:
    async def scenario(api: Api) -> None:
        headers = {"Content-Type": "application/json; charset=utf-8"}
        answer = await api.request("POST", "/api/v2/token", content=b'{"clientId": "c"}', headers=headers, auth=AUTH)
        assert answer.status_code == 201

    run(create_sandbox("idenfy"), scenario)


@pytest.mark.parametrize(
    "auth",
    [
        ("attacker-key-K1", "attacker-secret-S1"),
        ("sandbox-key", "attacker-secret-S1"),
        ("attacker-key-K1", "sandbox-secret"),
        ("sandbox-key", ""),
        ("", ""),
    ],
)
def test_idenfy_wrong_credentials_are_401_without_identifier_or_echo(auth: tuple[str, str]) -> None:
    async def scenario(api: Api) -> None:
        for path in ("/api/v2/token", "/api/v2/status", "/api/v2/process", "/api/v2/delete"):
            answer = await api.request("POST", path, json={"clientId": "c", "scanRef": "s"}, auth=auth)
            assert answer.status_code == 401
            assert answer.json() == {"message": "Invalid authorization credentials"}
            for value in auth:
                if value:
                    assert value not in answer.text
                    assert all(value not in header for header in answer.headers.values())

    run(create_sandbox("idenfy"), scenario)


@pytest.mark.parametrize(
    "authorization",
    [
        None,
        "Basic",
        "Basic !!!not-base64!!!",
        "Basic " + base64.b64encode(b"no-colon").decode(),
        "Basic " + base64.b64encode(b"\xff\xfe:\xff").decode(),
        "Bearer " + base64.b64encode(b"sandbox-key:sandbox-secret").decode(),
        "Digest " + base64.b64encode(b"sandbox-key:sandbox-secret").decode(),
        "sandbox-key:sandbox-secret",
    ],
)
def test_idenfy_missing_or_malformed_authorization_is_401(authorization: str | None) -> None:
    async def scenario(api: Api) -> None:
        headers = {**JSON, **({"Authorization": authorization} if authorization is not None else {})}
        answer = await api.request("POST", "/api/v2/token", content=b'{"clientId": "c"}', headers=headers)
        assert answer.status_code == 401
        assert "identifier" not in answer.json()

    run(create_sandbox("idenfy"), scenario)


def test_credentials_of_another_sandbox_are_refused() -> None:
    sandbox = create_sandbox("idenfy", api_key="key-A", api_secret="secret-A")

    async def scenario(api: Api) -> None:
        default = await api.request("POST", "/api/v2/token", json={"clientId": "c"}, auth=AUTH)
        assert default.status_code == 401
        own = await api.request("POST", "/api/v2/token", json={"clientId": "c"}, auth=("key-A", "secret-A"))
        assert own.status_code == 201

    run(sandbox, scenario)


def test_non_ascii_basic_credentials_are_401_not_500() -> None:
    answer = raw(
        "idenfy",
        "POST",
        "/api/v2/token",
        content=b'{"clientId": "c"}',
        headers=[(b"content-type", b"application/json"), (b"authorization", b"Basic \xe9t\xe9")],
    )
    assert answer.status_code == 401


def test_non_ascii_api_key_and_bearer_are_401() -> None:
    apikey = raw("liveid", "POST", "/api/service/pushAsyncCall", headers=[(b"apikey", b"cl\xe9")])
    assert apikey.status_code == 401
    assert_vendor_error("liveid", apikey)
    bearer = raw(
        "liveid", "GET", "/api/v1/conferenceData?idConference=x", headers=[(b"authorization", b"Bearer \xe9.\xe9.\xe9")]
    )
    assert bearer.status_code == 401
    assert_vendor_error("liveid", bearer)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            b"[" * 100_000 + b"]" * 100_000,
            id="deeply-nested-json",
        ),
        pytest.param(
            b'{"clientId": "\\ud800"}',
            id="lone-surrogate-escape",
        ),
        pytest.param(b'{"clientId": "\\ud83d\\ude00"}', id="surrogate-pair-escape"),
        pytest.param(b'{"clientId": 1e999}', id="infinite-number"),
        pytest.param(b'{"clientId": "c", "ageLimit": ' + b"9" * 4000 + b"}", id="huge-integer"),
        pytest.param(b'{"clientId": "c", "ageLimit": ' + b"9" * 5000 + b"}", id="too-long-integer"),
        pytest.param(b"\xef\xbb\xbf{}", id="byte-order-mark"),
        pytest.param(b"\xff\xfe{\x00}\x00", id="utf-16"),
    ],
)
def test_pathological_json_is_a_4xx_not_a_500(body: bytes) -> None:
    answer = raw(
        "idenfy",
        "POST",
        "/api/v2/token",
        content=body,
        headers=[
            (b"content-type", b"application/json"),
            (b"authorization", b"Basic c2FuZGJveC1rZXk6c2FuZGJveC1zZWNyZXQ="),
        ],
    )
    assert answer.status_code < 500
    if answer.status_code != 201:
        assert_vendor_error("idenfy", answer)


def test_deeply_nested_base64_configuration_is_a_400_not_a_500() -> None:
    nested = base64.b64encode(b"[" * 100_000).decode()
    answer = raw(
        "liveid",
        "POST",
        "/api/service/pushAsyncCall",
        content=json.dumps({"b64Data": nested}).encode(),
        headers=[(b"content-type", b"application/json"), (b"apikey", b"sandbox-apikey")],
    )
    assert answer.status_code == 400


def test_too_large_bodies_are_refused_in_the_vendor_format() -> None:
    sandbox = create_sandbox("idenfy")

    async def scenario(api: Api) -> None:
        big = b'{"clientId": "' + b"x" * sandbox.app.max_body_bytes + b'"}'
        answer = await api.request("POST", "/api/v2/token", content=big, headers=JSON, auth=AUTH)
        assert answer.status_code == 400
        assert answer.json()["identifier"] == "BAD_VALUE"
        assert "20 MB" in answer.json()["message"]

    run(sandbox, scenario)


@pytest.mark.parametrize(
    ("vendor", "pointer"),
    [
        ("idenfy", "/paths/~1api~1v2~1process/post/x-max-body-bytes"),  # documented for direct processing
        ("markid", "/paths/~1api~1v2~1process/post/x-max-body-bytes"),
        ("liveid", "/info/x-max-body-bytes"),  # an assumption of the spec
    ],
)
def test_the_body_limit_is_the_one_the_spec_declares(vendor: str, pointer: str) -> None:
    declared = resolve_pointer(idvkit_specs.load(vendor), pointer)
    assert create_sandbox(vendor).app.max_body_bytes == declared == 20 * 1024 * 1024


def test_a_malformed_or_missing_body_limit_is_a_clear_error() -> None:
    document = idvkit_specs.load("idenfy")
    document["paths"]["/api/v2/process"]["post"]["x-max-body-bytes"] = "20 MB"
    with pytest.raises(ValueError, match=r"/paths/~1api~1v2~1process/post/x-max-body-bytes: must be a number"):
        declared_body_limit([document])
    del document["paths"]["/api/v2/process"]["post"]["x-max-body-bytes"]
    assert declared_body_limit([document]) is None
    assert declared_body_limit([document, {"info": {"x-max-body-bytes": 7}}]) == 7
    unlimited = IdenfySandbox(document)  # its spec declares no limit now
    with pytest.raises(ValueError, match="no spec declares x-max-body-bytes"):
        SpecApplication([unlimited])
    assert SpecApplication([unlimited], max_body_bytes=10).max_body_bytes == 10


def test_too_large_streamed_bodies_are_refused_without_reading_them_all() -> None:
    chunks_read = 0

    async def chunks() -> AsyncIterator[bytes]:
        nonlocal chunks_read
        for _ in range(40):  # 40 MiB, sent chunked: no Content-Length to go by
            chunks_read += 1
            yield b" " * (1024 * 1024)

    async def main() -> httpx.Response:
        transport = httpx.ASGITransport(app=create_sandbox("liveid").app)
        async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as client:
            return await client.post("/api/service/pushAsyncCall", content=chunks(), headers={**APIKEY, **JSON})

    answer = asyncio.run(main())
    assert answer.status_code == 400
    assert_vendor_error("liveid", answer)
    assert "content-length" not in answer.request.headers
    assert chunks_read < 40  # the engine stopped reading at the limit


@pytest.mark.parametrize("vendor", ["idenfy", "liveid"])
def test_unknown_paths_are_404_and_undeclared_methods_405_with_allow(vendor: str) -> None:
    async def scenario(api: Api) -> None:
        for path in ("/", "/api/v2/nope", "/api/v2/token/extra", "/__sandbox/nope", "/API/V2/TOKEN"):
            answer = await api.request("POST", path, json={}, auth=AUTH, headers=APIKEY)
            assert answer.status_code == 404, path
        if vendor == "idenfy":
            for method in ("GET", "PUT", "DELETE", "PATCH"):
                answer = await api.request(method, "/api/v2/token", auth=AUTH)
                assert answer.status_code == 405
                assert answer.headers["allow"] == "POST"
                assert answer.json()["identifier"] == "METHOD_NOT_ALLOWED"
            # 405 wins over authentication: the method is wrong whoever asks
            assert (await api.request("GET", "/api/v2/status")).status_code == 405
        else:
            answer = await api.request("POST", "/api/v2/rejectCall", headers=APIKEY)
            assert answer.status_code == 405
            assert answer.headers["allow"] == "PATCH"
            answer = await api.request("GET", "/api/service/delAsyncCall", headers=APIKEY)
            assert answer.headers["allow"] == "DELETE"
        control = await api.request("GET", "/__sandbox/clock/advance")
        assert control.status_code == 405
        assert control.headers["allow"] == "POST"
        templated = await api.request("DELETE", "/__sandbox/ui/video-call")
        assert templated.headers["allow"] == "GET"

    run(create_sandbox(vendor), scenario)


def test_each_sandbox_serves_only_its_own_control_operations() -> None:
    async def idenfy(api: Api) -> None:
        answer = await api.request("POST", "/__sandbox/liveid/calls/x/complete", json={"closeStatus": "N"})
        assert answer.status_code == 404

    async def liveid(api: Api) -> None:
        answer = await api.request("POST", "/__sandbox/idenfy/verifications/x/finish", json={"status": "APPROVED"})
        assert answer.status_code == 404

    run(create_sandbox("idenfy"), idenfy)
    run(create_sandbox("liveid"), liveid)


def test_liveid_credentials_and_validation_errors() -> None:
    async def scenario(api: Api) -> None:
        body = {"b64Data": base64.b64encode(b"{}").decode()}
        for headers in ({}, {"apikey": "wrong-apikey-W1"}, {"ApiKey": ""}, {"Authorization": "Bearer sandbox-apikey"}):
            answer = await api.request("POST", "/api/service/pushAsyncCall", json=body, headers=headers)
            assert answer.status_code == 401
            assert "wrong-apikey-W1" not in answer.text
        missing = await api.request("POST", "/api/service/pushAsyncCall", json={}, headers=APIKEY)
        assert missing.status_code == 400
        assert "b64Data" in missing.json()["message"]
        not_base64 = await api.request("POST", "/api/service/pushAsyncCall", json={"b64Data": "%%%"}, headers=APIKEY)
        assert not_base64.status_code == 400
        not_object = base64.b64encode(b"[1, 2]").decode()
        answer = await api.request("POST", "/api/service/pushAsyncCall", json={"b64Data": not_object}, headers=APIKEY)
        assert answer.status_code == 400
        malformed = await api.request("POST", "/api/service/pushAsyncCall", content=b"{", headers={**APIKEY, **JSON})
        assert malformed.status_code == 400
        no_query = await api.request("GET", "/api/v2/getAsyncRequestInfo", headers=APIKEY)
        assert no_query.status_code == 400
        assert "uId" in no_query.json()["message"]
        no_conference = await api.request("GET", "/api/authenticate/genAPIToken", headers=APIKEY)
        assert no_conference.status_code == 400
        unknown = await api.request(
            "GET", "/api/authenticate/genAPIToken", params={"idConference": "x"}, headers=APIKEY
        )
        assert unknown.status_code == 404
        reject = await api.request("PATCH", "/api/v2/rejectCall", json={}, headers=APIKEY)
        assert reject.status_code == 400
        assert "uId" in reject.json()["message"]
        for bearer in ("", "x", "a.b.c", "Bearer", "eyJhbGciOiJub25lIn0.eyJjb25mIjoieCJ9."):
            answer = await api.request(
                "GET",
                "/api/v1/conferenceData",
                params={"idConference": "x"},
                headers={"Authorization": f"Bearer {bearer}"},
            )
            assert answer.status_code == 401
        assert (await api.request("GET", "/api/v1/checkStatus")).json() == {"success": True}

    run(create_sandbox("liveid"), scenario)


def test_control_errors_use_the_control_format() -> None:
    async def scenario(api: Api) -> None:
        answer = await api.request("POST", "/__sandbox/clock/advance", json={"seconds": "later"})
        assert answer.status_code == 400
        assert "seconds" in answer.json()["error"]
        answer = await api.request("POST", "/__sandbox/idenfy/verifications/x/finish", json={"status": "MAYBE"})
        assert answer.status_code == 400
        answer = await api.request("POST", "/__sandbox/idenfy/verifications/x/finish", json={"status": "APPROVED"})
        assert answer.json() == {"error": "Not found."}
        page = await api.request("GET", "/__sandbox/ui/<script>")
        assert page.status_code == 200
        assert "<script>" not in page.text

    run(create_sandbox("idenfy"), scenario)


def test_encoded_control_characters_in_path_parameters_are_kept() -> None:
    async def scenario(api: Api) -> None:
        page = await api.request("GET", "/__sandbox/ui/a%0Ab")
        assert "a\nb" in page.text
        only_tab = await api.request("GET", "/__sandbox/ui/%09")
        assert only_tab.status_code == 200

    run(create_sandbox("idenfy"), scenario)

"""The spec-driven engine: start-up checks, crash containment, and the spec checker the other tests rely on."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping

import httpx
import pytest

from idvkit.sandbox import IdenfySandbox, SpecApplication, create_sandbox
from idvkit.sandbox._engine import Call, Handler, Reply
from idvkit.vendors import VENDORS
from tests.sandbox._support import AUTH, BASE_URL, check_response, document


class Without(IdenfySandbox):
    """The iDenfy behaviour with one handler missing."""

    def __init__(self, missing: str) -> None:
        super().__init__(document("idenfy"))
        self.missing = missing

    def handlers(self) -> Mapping[str, Handler]:
        return {name: handler for name, handler in super().handlers().items() if name != self.missing}


@pytest.mark.parametrize(
    ("missing", "label"),
    [("deleteVerification", "POST /api/v2/delete"), ("createToken", "POST /api/v2/token")],
)
def test_a_missing_handler_fails_at_start_up(missing: str, label: str) -> None:
    with pytest.raises(ValueError, match=f"no sandbox handler for {label} \\({missing}\\)"):
        SpecApplication([Without(missing)])


def test_every_operation_of_every_vendor_has_a_handler() -> None:
    for vendor in VENDORS:
        assert isinstance(create_sandbox(vendor).app, SpecApplication)


class Crashing(IdenfySandbox):
    """A behaviour whose status handler has a bug."""

    def handlers(self) -> Mapping[str, Handler]:
        async def broken(call: Call) -> Reply:
            raise RuntimeError("handler bug")

        return {**super().handlers(), "getStatus": broken}


def test_a_handler_bug_is_a_500_that_does_not_log_the_request(caplog: pytest.LogCaptureFixture) -> None:
    app = SpecApplication([Crashing(document("idenfy"))])

    async def main() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE_URL) as client:
            return await client.post("/api/v2/status", json={"scanRef": "PERSONAL-DATA-7"}, auth=AUTH)

    with caplog.at_level(logging.ERROR, logger="idvkit.sandbox"):
        answer = asyncio.run(main())
    assert answer.status_code == 500
    assert answer.json() == {"message": "Internal sandbox error."}
    assert "handler bug" not in answer.text
    assert "POST /api/v2/status" in caplog.text
    assert "PERSONAL-DATA-7" not in caplog.text
    assert "sandbox-secret" not in caplog.text


def _response(method: str, path: str, status: int, **kwargs: object) -> httpx.Response:
    return httpx.Response(status, request=httpx.Request(method, f"{BASE_URL}{path}"), **kwargs)  # type: ignore[arg-type]


def test_the_spec_checker_rejects_what_the_spec_does_not_declare() -> None:
    """The flow tests' schema checks can fail: a wrong body, status, media type or error format is caught."""
    good = {"status": "ACTIVE", "scanRef": "s", "clientId": "c"}
    check_response("idenfy", _response("POST", "/api/v2/status", 200, json=good))
    wrong = [
        _response("POST", "/api/v2/status", 200, json={"status": 7, "scanRef": "s", "clientId": "c"}),
        _response("POST", "/api/v2/status", 200, json={"scanRef": "s"}),
        _response("POST", "/api/v2/status", 418, json=good),
        _response("POST", "/api/v2/status", 200, content=b"<html/>", headers={"content-type": "text/html"}),
        _response("POST", "/api/v2/delete", 200, json={"deleted": True}),
        _response("POST", "/api/v2/status", 400, json={"error": "bad"}),
        _response("POST", "/api/v2/status", 401, json={"message": "no", "identifier": "UNAUTHORIZED"}),
        _response("GET", "/api/v2/status", 405, json={"message": "no", "identifier": "METHOD_NOT_ALLOWED"}),
        _response("POST", "/api/v2/nope", 200, json={}),
        _response("GET", "/app/service-asyncall", 302),
        _response("POST", "/__sandbox/clock/advance", 200, json={"later": 1}),
    ]
    for response in wrong[:-2]:
        with pytest.raises(AssertionError):
            check_response("idenfy", response)
    for response in wrong[-2:]:
        with pytest.raises(AssertionError):
            check_response("liveid", response)
    with pytest.raises(AssertionError):
        check_response("liveid", _response("POST", "/api/service/pushAsyncCall", 400, json={"message": "x"}))


def test_lifespan_is_answered() -> None:
    app = create_sandbox("idenfy").app
    sent: list[str] = []
    incoming = iter([{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}])

    async def receive() -> dict[str, str]:
        return next(incoming)

    async def send(message: Mapping[str, object]) -> None:
        sent.append(str(message["type"]))

    asyncio.run(app({"type": "lifespan"}, receive, send))
    assert sent == ["lifespan.startup.complete", "lifespan.shutdown.complete"]

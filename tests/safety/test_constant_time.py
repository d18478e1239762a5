"""Secrets are compared in constant time: the webhook signature and the sandbox's credentials go through
``hmac.compare_digest``, and its answer is the verdict.

Timing cannot be measured reliably on a shared machine, so these tests watch the comparison instead: a spy
in place of ``hmac.compare_digest`` records its operands (and can force its answer). Replacing the call by
``==`` (the edit of issue 19) leaves the spy unasked, or its forced answer without effect.
"""

from __future__ import annotations

import asyncio
import base64
import hmac
import json
from dataclasses import dataclass, field
from typing import Any
from unittest import mock

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from idvkit.sandbox import create_sandbox
from idvkit.sandbox._engine import constant_time_equal
from idvkit.webhooks import InvalidSignatureError, sign, verify_signature

_REAL_COMPARE = hmac.compare_digest
BASE_URL = "http://sandbox"
BODY = b'{"scanRef": "scan-1", "status": {"overall": "APPROVED"}}'
KEY = "callback-key-ct-7"
# distinct from everything the requests send, so that an operand pair shows which is given and which expected
API_KEY, API_SECRET, APIKEY = "key-ct-1234", "secret-ct-5678", "apikey-ct-9012"


@dataclass
class CompareSpy:
    """Stands in for ``hmac.compare_digest``: records every call; answers like it unless ``verdict`` is set."""

    verdict: bool | None = None
    calls: list[tuple[Any, Any]] = field(default_factory=list)

    def __call__(self, a: Any, b: Any) -> bool:
        self.calls.append((a, b))
        return _REAL_COMPARE(a, b) if self.verdict is None else self.verdict

    def compared(self, given: str | bytes, expected: str | bytes) -> bool:
        """Whether one call compared ``given`` with ``expected`` (as UTF-8 bytes when given as text)."""
        pair = {_as_bytes(given), _as_bytes(expected)}
        return any({_as_bytes(a), _as_bytes(b)} == pair for a, b in self.calls)


def _as_bytes(value: Any) -> bytes:
    return value.encode() if isinstance(value, str) else bytes(value)


@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> CompareSpy:
    watcher = CompareSpy()
    monkeypatch.setattr(hmac, "compare_digest", watcher)
    return watcher


# -- webhook signatures ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        pytest.param(sign(BODY, KEY), id="genuine"),
        pytest.param("0" * 64, id="wrong-digest"),
        pytest.param(sign(BODY, KEY).upper(), id="upper-case"),
        pytest.param("abc", id="too-short"),
    ],
)
def test_the_signature_is_compared_by_compare_digest_with_the_expected_digest(spy: CompareSpy, header: str) -> None:
    genuine = header == sign(BODY, KEY)
    if genuine:
        verify_signature(BODY, header, KEY)
    else:
        with pytest.raises(InvalidSignatureError):
            verify_signature(BODY, header, KEY)
    assert spy.calls == [(sign(BODY, KEY).encode(), header.encode())]


def test_the_signature_verdict_is_compare_digests(spy: CompareSpy) -> None:
    spy.verdict = False
    with pytest.raises(InvalidSignatureError):
        verify_signature(BODY, sign(BODY, KEY), KEY)  # genuine, but the constant-time comparison said no
    spy.verdict = True
    verify_signature(BODY, "f" * 64, KEY)  # wrong, but the constant-time comparison said yes
    assert len(spy.calls) == 2


def test_a_signature_given_as_bytes_is_compared_the_same_way(spy: CompareSpy) -> None:
    verify_signature(BODY, b" " + sign(BODY, KEY).encode() + b"\t", KEY)
    assert spy.calls == [(sign(BODY, KEY).encode(), sign(BODY, KEY).encode())]


# -- sandbox credentials -----------------------------------------------------------------------------------------


def _send(app: Any, method: str, path: str, **kwargs: Any) -> httpx.Response:
    """One request through the sandbox's ASGI app, in this process (so the spy sees the comparison)."""

    async def main() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE_URL) as client:
            return await client.request(method, path, **kwargs)

    return asyncio.run(main())


@pytest.fixture(params=["idenfy", "markid"])
def basic_app(request: pytest.FixtureRequest) -> Any:
    return create_sandbox(request.param, api_key=API_KEY, api_secret=API_SECRET).app


def _status(app: Any, auth: tuple[str, str]) -> int:
    """getStatus of an unknown verification: 404 when authenticated, 401 when not."""
    return _send(app, "POST", "/api/v2/status", json={"scanRef": "no-such-scan"}, auth=auth).status_code


@pytest.mark.parametrize(
    ("username", "password", "status"),
    [
        pytest.param(API_KEY, API_SECRET, 404, id="right"),
        pytest.param("key-ct-wrong", API_SECRET, 401, id="wrong-key"),
        pytest.param(API_KEY, "secret-ct-wrong", 401, id="wrong-secret"),
        pytest.param("key-ct-wrong", "secret-ct-wrong", 401, id="both-wrong"),
    ],
)
def test_basic_auth_compares_key_and_secret_with_compare_digest(
    basic_app: Any, spy: CompareSpy, username: str, password: str, status: int
) -> None:
    assert _status(basic_app, (username, password)) == status
    # both halves are compared, whatever the first one gave: a short cut would tell which one was wrong
    assert spy.compared(username, API_KEY), spy.calls
    assert spy.compared(password, API_SECRET), spy.calls


def test_the_basic_auth_verdict_is_compare_digests(basic_app: Any, spy: CompareSpy) -> None:
    spy.verdict = False
    assert _status(basic_app, (API_KEY, API_SECRET)) == 401
    spy.verdict = True
    assert _status(basic_app, ("key-ct-wrong", "secret-ct-wrong")) == 404


def _languages(app: Any, apikey: str) -> int:
    """availableLanguages: 401 without a valid apikey, another answer with one."""
    return _send(app, "POST", "/api/service/availableLanguages", json={}, headers={"apikey": apikey}).status_code


@pytest.mark.parametrize(("apikey", "accepted"), [(APIKEY, True), ("apikey-ct-wrong", False)])
def test_the_liveid_apikey_is_compared_with_compare_digest(spy: CompareSpy, apikey: str, accepted: bool) -> None:
    app = create_sandbox("liveid", api_key=APIKEY).app
    assert (_languages(app, apikey) != 401) is accepted
    assert spy.compared(apikey, APIKEY), spy.calls


def test_the_liveid_apikey_verdict_is_compare_digests(spy: CompareSpy) -> None:
    app = create_sandbox("liveid", api_key=APIKEY).app
    spy.verdict = False
    assert _languages(app, APIKEY) == 401
    spy.verdict = True
    assert _languages(app, "apikey-ct-wrong") != 401


def _conference(app: Any) -> tuple[str, str]:
    """(conference id, its conference token) of a new asynchronous call."""
    headers = {"apikey": APIKEY}
    encoded = base64.b64encode(json.dumps({}).encode()).decode()
    uid = _send(app, "POST", "/api/service/pushAsyncCall", json={"b64Data": encoded}, headers=headers).json()["uId"]
    conference = _send(app, "POST", "/api/service/getCallInfoUID", json={"uId": uid}, headers=headers).json()
    params = {"idConference": conference["idConference"]}
    answer = _send(app, "GET", "/api/authenticate/genAPIToken", params=params, headers=headers)
    return conference["idConference"], answer.json()["token"]


def _base64url_bytes(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def test_the_liveid_conference_token_signature_is_compared_with_compare_digest(spy: CompareSpy) -> None:
    app = create_sandbox("liveid", api_key=APIKEY).app
    conference, token = _conference(app)
    header, payload, signature = token.split(".")
    forged = "A" * len(signature)
    spy.calls.clear()

    def conference_data(jwt: str) -> int:
        params = {"idConference": conference}
        headers = {"Authorization": f"Bearer {jwt}"}
        return _send(app, "GET", "/api/v1/conferenceData", params=params, headers=headers).status_code

    assert conference_data(f"{header}.{payload}.{forged}") == 401
    assert spy.compared(_base64url_bytes(forged), _base64url_bytes(signature)), spy.calls
    assert conference_data(token) == 200
    spy.verdict = False
    assert conference_data(token) == 401


# -- the shared helper -------------------------------------------------------------------------------------------

#: any text, lone surrogates included (the helper encodes with surrogatepass)
TEXT = st.text(st.characters(exclude_categories=()), max_size=12)


@given(TEXT, TEXT)
def test_constant_time_equal_answers_by_compare_digest_over_the_utf8_bytes(given_text: str, expected: str) -> None:
    with mock.patch.object(hmac, "compare_digest", wraps=_REAL_COMPARE) as compare:
        assert constant_time_equal(given_text, expected) is (given_text == expected)
    compare.assert_called_once_with(
        given_text.encode("utf-8", "surrogatepass"), expected.encode("utf-8", "surrogatepass")
    )

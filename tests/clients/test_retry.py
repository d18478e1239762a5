"""idvkit.clients retries: transient failures of idempotent operations are retried, everything else is sent once.

Every test goes through the idvkit factories and the generated operation modules, with a scripted
transport; sleeps are recorded, never slept.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

import httpcore
import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from idenfy_client.api.tokens import create_token
from idenfy_client.api.verification_data import delete_verification, get_status
from idenfy_client.models import ScanRefRequest, StatusResponse, TokenRequest, TokenResponse
from liveid_client.api.service import get_queue
from liveid_client.api.v1 import check_status, conference_data
from liveid_client.api.v2 import get_async_request_info
from liveid_client.models import ProcessRequest
from markid_client.api.verification_data import get_status as markid_get_status
from markid_client.models import ScanRefRequest as MarkidScanRefRequest

from idvkit import clients
from idvkit.clients import RetryPolicy, RetryTransport, SpecOperations

KEY, SECRET, APIKEY = "key-Q7x", "secret-Z9y", "apikey-W3v"
SCAN_REF = "d2714c8a-ec05-11e8-834f-067891e3383a"
STATUS_BODY = {"status": "APPROVED", "scanRef": SCAN_REF, "clientId": "c-1"}
#: A 2xx body that every read used here parses (iDenfy/markid status, LiveID+ answers and genAPIToken).
OK_BODY = {**STATUS_BODY, "success": True, "token": "t.o.k"}
ERROR_BODY = {"identificationStatus": "ERROR", "message": "try later"}
TOKEN_BODY = {"authToken": "A" * 26, "scanRef": SCAN_REF, "clientId": "c-1"}
FIXED_NOW = 1_800_000_000.0

Answer = int | httpx.Response | Exception


class Flaky:
    """A vendor stand-in that serves scripted answers in order (the last one for ever) and counts attempts.

    An int answer is that status with ``body`` (and an ``X-Attempt`` header); an exception is raised.
    """

    def __init__(self, *answers: Answer, body: dict[str, Any] | None = None) -> None:
        self.answers = answers
        self.body = body or OK_BODY
        self.requests: list[httpx.Request] = []

    @property
    def attempts(self) -> int:
        return len(self.requests)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers[min(len(self.requests), len(self.answers)) - 1]
        if isinstance(answer, Exception):
            raise answer
        if isinstance(answer, httpx.Response):
            return answer
        headers = {"X-Attempt": str(len(self.requests))}
        body = self.body if answer < 400 else ERROR_BODY
        return httpx.Response(answer, json=body, headers=headers)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


@dataclass
class Sleeps:
    """Recorded sleeps of the sync and the async path."""

    sync: list[float] = field(default_factory=list)
    async_: list[float] = field(default_factory=list)

    def policy(self, jitter: Callable[[], float] = lambda: 1.0, **options: Any) -> RetryPolicy:
        async def async_sleep(seconds: float) -> None:
            self.async_.append(seconds)

        return RetryPolicy(
            sleep=self.sync.append, async_sleep=async_sleep, random=jitter, clock=lambda: FIXED_NOW, **options
        )


def idenfy(flaky: Flaky, retry: RetryPolicy | None) -> Any:
    # these tests read the final Response (status, attempts): undocumented statuses must not raise here
    return clients.idenfy(
        KEY, SECRET, httpx_args={"transport": flaky.transport()}, retry=retry, raise_on_unexpected_status=False
    )


def status(client: Any) -> Any:
    return get_status.sync_detailed(client=client, body=ScanRefRequest(scan_ref=SCAN_REF))


# --- status codes and backoff -------------------------------------------------------------------


def test_get_status_503_twice_then_200_succeeds_after_exponential_backoff() -> None:
    flaky, sleeps = Flaky(503, 503, 200), Sleeps()

    answer = status(idenfy(flaky, sleeps.policy()))

    assert answer.status_code == 200
    assert isinstance(answer.parsed, StatusResponse)
    assert flaky.attempts == 3
    assert sleeps.sync == [0.5, 1.0]  # base 0.5 s, factor 2; jitter pinned at its maximum


def test_backoff_is_full_jitter_under_the_exponential_cap() -> None:
    flaky, sleeps = Flaky(503), Sleeps()
    rng = random.Random(7)
    policy = sleeps.policy(rng.random, max_retries=6, max_backoff=5.0)

    assert status(idenfy(flaky, policy)).status_code == 503

    caps = [min(5.0, 0.5 * 2**n) for n in range(6)]  # 0.5, 1, 2, 4, 5, 5
    assert len(sleeps.sync) == 6
    assert all(0.0 <= slept <= cap for slept, cap in zip(sleeps.sync, caps, strict=True))
    assert len(set(sleeps.sync)) == 6  # jittered, not the caps themselves
    scaled = sleeps.policy(lambda: 0.25)
    assert [scaled.backoff(n) for n in (1, 2, 3)] == [0.125, 0.25, 0.5]


def test_429_with_retry_after_seconds_waits_that_long() -> None:
    flaky, sleeps = Flaky(httpx.Response(429, headers={"Retry-After": "3"}, json={}), 200), Sleeps()

    answer = status(idenfy(flaky, sleeps.policy()))

    assert answer.status_code == 200
    assert flaky.attempts == 2
    assert sleeps.sync == [3.0]


def test_retry_after_http_date_is_honoured_and_capped() -> None:
    in_7_s = email.utils.formatdate(FIXED_NOW + 7, usegmt=True)
    in_1_h = email.utils.formatdate(FIXED_NOW + 3600, usegmt=True)
    flaky = Flaky(
        httpx.Response(503, headers={"Retry-After": in_7_s}, json={}),
        httpx.Response(429, headers={"Retry-After": in_1_h}, json={}),
        httpx.Response(429, headers={"Retry-After": "86400"}, json={}),
        200,
    )
    sleeps = Sleeps()

    answer = status(idenfy(flaky, sleeps.policy(max_retries=3, max_retry_after=60.0)))

    assert answer.status_code == 200
    assert sleeps.sync == [7.0, 60.0, 60.0]


def test_retries_stop_after_max_retries_and_return_the_last_response() -> None:
    flaky, sleeps = Flaky(503), Sleeps()

    answer = status(idenfy(flaky, sleeps.policy(max_retries=3)))

    assert answer.status_code == 503
    assert flaky.attempts == 4
    assert answer.headers["X-Attempt"] == "4"
    assert sleeps.sync == [0.5, 1.0, 2.0]


@pytest.mark.parametrize("code", [400, 401, 403, 404, 409, 422])
def test_client_errors_are_never_retried(code: int) -> None:
    flaky, sleeps = Flaky(code, 200), Sleeps()

    answer = status(idenfy(flaky, sleeps.policy(retry_non_idempotent=True)))

    assert answer.status_code == code
    assert flaky.attempts == 1
    assert sleeps.sync == []


# --- connection errors --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "error",
    [
        httpx.ConnectError("connection refused"),
        httpx.ConnectTimeout("connect timed out"),
        httpx.RemoteProtocolError("server disconnected without sending a response"),
        httpx.ReadError("connection reset by peer"),
    ],
    ids=type,
)
def test_connection_errors_are_retried(error: Exception) -> None:
    flaky, sleeps = Flaky(error, error, 200), Sleeps()

    answer = status(idenfy(flaky, sleeps.policy()))

    assert answer.status_code == 200
    assert flaky.attempts == 3
    assert sleeps.sync == [0.5, 1.0]


def test_connection_errors_are_raised_once_retries_are_spent() -> None:
    flaky, sleeps = Flaky(httpx.ConnectError("connection refused")), Sleeps()

    with pytest.raises(httpx.ConnectError):
        status(idenfy(flaky, sleeps.policy(max_retries=2)))
    assert flaky.attempts == 3


def test_a_read_timeout_is_not_retried() -> None:
    flaky, sleeps = Flaky(httpx.ReadTimeout("read timed out"), 200), Sleeps()

    with pytest.raises(httpx.ReadTimeout):
        status(idenfy(flaky, sleeps.policy()))
    assert flaky.attempts == 1


# --- idempotency from the spec ------------------------------------------------------------------


def create(client: Any) -> Any:
    return create_token.sync_detailed(client=client, body=TokenRequest(client_id="c-1"))


def test_create_token_is_not_retried_by_default() -> None:
    flaky, sleeps = Flaky(503, 201, body=TOKEN_BODY), Sleeps()

    answer = create(idenfy(flaky, sleeps.policy()))

    assert answer.status_code == 503
    assert flaky.attempts == 1
    assert sleeps.sync == []


def test_create_token_is_not_retried_after_a_connection_error_by_default() -> None:
    flaky = Flaky(httpx.RemoteProtocolError("server disconnected"), 201, body=TOKEN_BODY)

    with pytest.raises(httpx.RemoteProtocolError):
        create(idenfy(flaky, Sleeps().policy()))
    assert flaky.attempts == 1


def test_create_token_is_retried_when_non_idempotent_retries_are_opted_in() -> None:
    flaky, sleeps = Flaky(503, 201, body=TOKEN_BODY), Sleeps()

    answer = create(idenfy(flaky, sleeps.policy(retry_non_idempotent=True)))

    assert answer.status_code == 201
    assert isinstance(answer.parsed, TokenResponse)
    assert flaky.attempts == 2
    assert sleeps.sync == [0.5]


def test_a_destructive_operation_is_not_retried_by_default() -> None:
    flaky = Flaky(503, 200)

    answer = delete_verification.sync_detailed(client=idenfy(flaky, Sleeps().policy()), body=ScanRefRequest(SCAN_REF))

    assert answer.status_code == 503
    assert flaky.attempts == 1


IDENFY_IDEMPOTENT = {"getStatus", "getData", "getFiles", "generatePdf", "getVideoCallRecord", "addDummyStatus"}
IDENFY_ONCE = {"createToken", "directProcessing", "uploadAdditionalStep", "createVideoCall", "deleteVerification"}
LIVEID_ONCE = {"pushAsyncCall", "delAsyncCall", "deleteAuditData", "rejectCall", "registerAlertEmail"}


@pytest.mark.parametrize("vendor", ["idenfy", "markid"])
def test_idempotency_is_read_from_the_bundled_spec(vendor: str) -> None:
    operations = {op.operation_id: op for op in SpecOperations.for_vendor(vendor)}

    assert {name for name, op in operations.items() if op.idempotent} == IDENFY_IDEMPOTENT
    assert {name for name, op in operations.items() if not op.idempotent} == IDENFY_ONCE
    assert operations["createToken"].reason == "x-billable"
    assert operations["deleteVerification"].reason == "x-destructive"
    assert {op.method for op in operations.values()} == {"POST"}


def test_liveid_idempotency_is_read_from_the_bundled_spec() -> None:
    operations = {op.operation_id: op for op in SpecOperations.for_vendor("liveid")}

    assert {name for name, op in operations.items() if not op.idempotent} == LIVEID_ONCE
    assert operations["pushAsyncCall"].reason == "x-resource.action: create"
    assert operations["genAPIToken"].idempotent
    assert operations["getQueue"].idempotent


def test_flags_come_from_the_document_not_from_a_list() -> None:
    def document(flags: dict[str, Any], method: str = "post") -> dict[str, Any]:
        return {"paths": {"/things/{id}": {method: {"operationId": "thing", **flags}}}}

    def idempotent(doc: dict[str, Any], method: str = "POST") -> bool:
        operations = SpecOperations.from_document(doc, base_url="https://api.example/v9/")
        found = operations.find(httpx.Request(method, "https://api.example/v9/things/42?secret=1"))
        assert found is not None
        return found.idempotent

    assert idempotent(document({}))
    assert idempotent(document({}, "get"), "GET")
    assert not idempotent(document({"x-billable": True}))
    assert not idempotent(document({"x-destructive": True}, "get"), "GET")
    assert not idempotent(document({"x-resource": {"type": "thing", "action": "create"}}))
    assert not idempotent(document({}, "patch"), "PATCH")
    assert SpecOperations.from_document(document({})).find(httpx.Request("POST", "https://a/other")) is None


def test_a_request_the_spec_does_not_know_is_retried_only_if_it_is_a_read() -> None:
    flaky, sleeps = Flaky(503), Sleeps()
    client = idenfy(flaky, sleeps.policy()).get_httpx_client()

    assert client.post("/api/v3/unknown", json={}).status_code == 503
    assert flaky.attempts == 1
    assert client.get("/api/v3/unknown").status_code == 503
    assert flaky.attempts == 1 + 3


def test_a_streamed_body_is_never_replayed() -> None:
    flaky, sleeps = Flaky(503, 503, 200), Sleeps()
    client = idenfy(flaky, sleeps.policy(retry_non_idempotent=True)).get_httpx_client()

    streamed = client.post("/api/v2/status", content=iter([b'{"scanRef": "', SCAN_REF.encode(), b'"}']))
    assert streamed.status_code == 503
    assert flaky.attempts == 1

    in_memory = client.post("/api/v2/status", json={"scanRef": SCAN_REF})
    assert in_memory.status_code == 200
    assert flaky.attempts == 3


# --- every factory, async, disabled -------------------------------------------------------------


def call_markid(flaky: Flaky, policy: RetryPolicy) -> int:
    client = clients.markid(KEY, SECRET, httpx_args={"transport": flaky.transport()}, retry=policy)
    return markid_get_status.sync_detailed(client=client, body=MarkidScanRefRequest(SCAN_REF)).status_code


def call_liveid_apikey(flaky: Flaky, policy: RetryPolicy) -> int:
    client = clients.liveid_apikey(APIKEY, httpx_args={"transport": flaky.transport()}, retry=policy)
    body = ProcessRequest(id_organization="ORG", id_process=UUID("b6c1e2a4-1f5e-4a8e-9a53-2f1f8f0c0d11"))
    return get_queue.sync_detailed(client=client, body=body).status_code


def call_liveid_public(flaky: Flaky, policy: RetryPolicy) -> int:
    client = clients.liveid_public(httpx_args={"transport": flaky.transport()}, retry=policy)
    return check_status.sync_detailed(client=client).status_code


def call_liveid_conference(flaky: Flaky, policy: RetryPolicy) -> int:
    client = clients.liveid_conference(APIKEY, "conf-1", httpx_args={"transport": flaky.transport()}, retry=policy)
    return conference_data.sync_detailed(client=client, id_conference="conf-1").status_code


@pytest.mark.parametrize(
    "call", [call_markid, call_liveid_apikey, call_liveid_public, call_liveid_conference], ids=lambda f: f.__name__
)
def test_every_factory_retries(call: Callable[[Flaky, RetryPolicy], int]) -> None:
    # conferenceData first obtains its JWT through genAPIToken (a GET): that request is retried too.
    flaky = Flaky(503, 502, 200)

    assert call(flaky, Sleeps().policy()) == 200
    assert flaky.attempts >= 3
    assert [r.url.path for r in flaky.requests[:3]] == [flaky.requests[0].url.path] * 3


def test_the_async_client_is_retried_too() -> None:
    flaky, sleeps = Flaky(503, httpx.ConnectError("refused"), 200), Sleeps()
    client = idenfy(flaky, sleeps.policy())

    async def main() -> Any:
        async with client:
            return await get_status.asyncio_detailed(client=client, body=ScanRefRequest(scan_ref=SCAN_REF))

    answer = asyncio.run(main())

    assert answer.status_code == 200
    assert isinstance(answer.parsed, StatusResponse)
    assert flaky.attempts == 3
    assert sleeps.async_ == [0.5, 1.0]
    assert sleeps.sync == []  # the event loop is never blocked


def test_async_create_token_is_not_retried_by_default() -> None:
    flaky = Flaky(503, 201, body=TOKEN_BODY)
    client = idenfy(flaky, Sleeps().policy())

    answer = asyncio.run(create_token.asyncio_detailed(client=client, body=TokenRequest(client_id="c-1")))

    assert answer.status_code == 503
    assert flaky.attempts == 1


def test_retry_none_disables_retries() -> None:
    flaky = Flaky(503, 200)
    client = idenfy(flaky, None)

    assert status(client).status_code == 503
    assert flaky.attempts == 1
    assert isinstance(client._httpx_args["transport"], httpx.MockTransport)


def test_retries_are_on_by_default() -> None:
    client = clients.idenfy(KEY, SECRET, httpx_args={"transport": Flaky(200).transport()})
    transport = client._httpx_args["transport"]

    assert isinstance(transport, RetryTransport)
    assert transport.policy == RetryPolicy()
    assert (transport.policy.max_retries, transport.policy.max_backoff, transport.policy.max_retry_after) == (2, 8, 60)
    assert clients.idenfy(KEY, SECRET).get_httpx_client().timeout.connect == 5.0


def test_a_retry_transport_given_by_the_caller_is_used_as_it_is() -> None:
    flaky, sleeps = Flaky(503), Sleeps()
    own = RetryTransport(
        flaky.transport(), policy=sleeps.policy(max_retries=1), operations=SpecOperations.for_vendor("idenfy")
    )
    client = clients.idenfy(KEY, SECRET, httpx_args={"transport": own}, raise_on_unexpected_status=False)

    assert client._httpx_args["transport"] is own
    assert status(client).status_code == 503
    assert flaky.attempts == 2  # its own policy, not wrapped in a second one (which would make 6)


def test_without_the_spec_a_retry_transport_retries_only_reads() -> None:
    flaky, sleeps = Flaky(503), Sleeps()
    client = httpx.Client(
        base_url="https://vendor.invalid", transport=RetryTransport(flaky.transport(), policy=sleeps.policy())
    )

    assert client.post("/api/v2/status", json={}).status_code == 503
    assert flaky.attempts == 1
    assert client.get("/api/v2/status").status_code == 503
    assert flaky.attempts == 4


def test_a_sync_only_transport_says_why_it_cannot_serve_the_async_client() -> None:
    client = clients.idenfy(KEY, SECRET, httpx_args={"transport": httpx.HTTPTransport()})

    with pytest.raises(TypeError, match="asynchronous"):
        asyncio.run(get_status.asyncio_detailed(client=client, body=ScanRefRequest(SCAN_REF)))


# --- what httpx would have done without a transport: connection options and proxies -------------

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


def clear_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


def route(client: Any, url: str) -> httpx.BaseTransport:
    chosen: httpx.BaseTransport = client.get_httpx_client()._transport_for_url(httpx.URL(url))
    return chosen


def test_environment_proxies_still_apply_and_are_retried(monkeypatch: pytest.MonkeyPatch) -> None:
    clear_proxies(monkeypatch)
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy-user:proxy-pw@proxy.invalid:3128")
    monkeypatch.setenv("NO_PROXY", "direct.invalid")
    client = clients.idenfy(KEY, SECRET)

    proxied = route(client, "https://ivs.idenfy.com/api/v2/status")
    assert isinstance(proxied, RetryTransport)
    inner = proxied._sync_inner()
    assert isinstance(inner, httpx.HTTPTransport)
    assert isinstance(inner._pool, httpcore.HTTPProxy)

    direct = route(client, "https://direct.invalid/api/v2/status")
    assert isinstance(direct, RetryTransport)
    assert not isinstance(direct._sync_inner()._pool, httpcore.HTTPProxy)  # type: ignore[attr-defined]
    assert "proxy-pw" not in repr(client) + repr(client._httpx_args)


def test_an_explicit_proxy_goes_through_the_retrying_transport(monkeypatch: pytest.MonkeyPatch) -> None:
    clear_proxies(monkeypatch)
    client = clients.idenfy(KEY, SECRET, httpx_args={"proxy": "http://proxy.invalid:3128", "http2": False})

    chosen = route(client, "https://ivs.idenfy.com/api/v2/status")
    assert isinstance(chosen, RetryTransport)
    assert isinstance(chosen._sync_inner()._pool, httpcore.HTTPProxy)  # type: ignore[attr-defined]
    assert "proxy" not in client._httpx_args


def test_without_proxies_the_default_transports_are_built_on_first_use(monkeypatch: pytest.MonkeyPatch) -> None:
    clear_proxies(monkeypatch)
    client = clients.idenfy(KEY, SECRET)
    transport = client._httpx_args["transport"]

    assert isinstance(transport, RetryTransport)
    assert "mounts" not in client._httpx_args
    assert transport._sync is None
    assert transport._async is None
    assert isinstance(transport._sync_inner(), httpx.HTTPTransport)
    assert isinstance(transport._async_inner(), httpx.AsyncHTTPTransport)


# --- logging ------------------------------------------------------------------------------------


def test_retries_are_logged_without_query_headers_or_bodies(caplog: pytest.LogCaptureFixture) -> None:
    flaky = Flaky(503, httpx.ConnectError("refused"), 200)
    client = clients.liveid_apikey(APIKEY, httpx_args={"transport": flaky.transport()}, retry=Sleeps().policy())

    with caplog.at_level(logging.DEBUG, logger="idvkit.clients"):
        get_async_request_info.sync_detailed(client=client, u_id="uid-PERSONAL-4711")

    assert flaky.attempts == 3
    records = [r for r in caplog.records if r.name == "idvkit.clients"]
    assert len(records) == 2
    assert all(r.levelno == logging.WARNING for r in records)
    text = "\n".join(r.getMessage() for r in records)
    assert "getAsyncRequestInfo (GET /api/v2/getAsyncRequestInfo)" in text
    assert "HTTP 503" in text
    assert "ConnectError" in text
    for secret in ("uid-PERSONAL-4711", "uId", APIKEY, "?", "try later"):
        assert secret not in text


def test_a_request_outside_the_spec_is_logged_by_path_only(caplog: pytest.LogCaptureFixture) -> None:
    flaky = Flaky(503, 200)
    client = idenfy(flaky, Sleeps().policy()).get_httpx_client()

    with caplog.at_level(logging.DEBUG, logger="idvkit.clients"):
        client.get("/api/v3/unknown", params={"email": "jane@example.com"}, headers={"X-Note": "PERSONAL"})

    assert flaky.attempts == 2
    (record,) = [r for r in caplog.records if r.name == "idvkit.clients"]
    assert record.getMessage() == "GET /api/v3/unknown: HTTP 503; retry 1 of 2 in 0.50 s"


def test_a_request_that_is_not_retried_says_why_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="idvkit.clients"):
        create(idenfy(Flaky(503), Sleeps().policy()))

    (record,) = [r for r in caplog.records if r.name == "idvkit.clients"]
    assert record.levelno == logging.DEBUG
    assert "createToken" in record.getMessage()
    assert "x-billable" in record.getMessage()


# --- properties ---------------------------------------------------------------------------------

RETRYABLE = {429, 500, 502, 503, 504}


@st.composite
def answers(draw: st.DrawFn) -> Answer:
    kind = draw(st.sampled_from(["status", "retry-after", "date", "error"]))
    if kind == "error":
        return httpx.ConnectError("refused")
    code = draw(st.sampled_from([200, 201, 400, 404, 429, 500, 502, 503, 504]))
    if kind == "status":
        return code
    seconds = draw(st.integers(min_value=0, max_value=100_000))
    value = str(seconds) if kind == "retry-after" else email.utils.formatdate(FIXED_NOW + seconds, usegmt=True)
    return httpx.Response(code, headers={"Retry-After": value}, json=OK_BODY if code < 400 else ERROR_BODY)


def retry_after_of(answer: Answer, cap: float) -> float | None:
    if isinstance(answer, httpx.Response) and "Retry-After" in answer.headers:
        value = answer.headers["Retry-After"]
        seconds = float(value) if value.isdigit() else email.utils.parsedate_to_datetime(value).timestamp() - FIXED_NOW
        return min(seconds, cap)
    return None


def is_retryable(answer: Answer) -> bool:
    if isinstance(answer, Exception):
        return True
    code = answer.status_code if isinstance(answer, httpx.Response) else answer
    return code in RETRYABLE


@settings(max_examples=150, deadline=None)
@given(
    script=st.lists(answers(), min_size=1, max_size=8),
    max_retries=st.integers(min_value=0, max_value=5),
    backoff_base=st.floats(min_value=0, max_value=4),
    backoff_factor=st.floats(min_value=1, max_value=5),
    max_backoff=st.floats(min_value=0, max_value=20),
    max_retry_after=st.floats(min_value=0, max_value=120),
    rng=st.randoms(use_true_random=False),
)
def test_sleeps_and_attempts_stay_within_the_policy(
    script: Sequence[Answer],
    max_retries: int,
    backoff_base: float,
    backoff_factor: float,
    max_backoff: float,
    max_retry_after: float,
    rng: random.Random,
) -> None:
    sleeps = Sleeps()
    policy = sleeps.policy(
        rng.random,
        max_retries=max_retries,
        backoff_base=backoff_base,
        backoff_factor=backoff_factor,
        max_backoff=max_backoff,
        max_retry_after=max_retry_after,
    )
    flaky = Flaky(*script)

    try:
        status(idenfy(flaky, policy))
    except httpx.ConnectError:
        assert isinstance(flaky.answers[min(flaky.attempts, len(script)) - 1], httpx.ConnectError)

    served = [script[min(n, len(script) - 1)] for n in range(flaky.attempts)]
    assert flaky.attempts <= max_retries + 1
    assert len(sleeps.sync) == flaky.attempts - 1
    # it stops at the first answer that is not worth retrying, or when the retries are spent
    assert all(is_retryable(answer) for answer in served[:-1])
    assert flaky.attempts == max_retries + 1 or not is_retryable(served[-1])
    # every sleep is the capped Retry-After, or a backoff no longer than max_backoff
    retry_afters = [retry_after_of(answer, max_retry_after) for answer in served[:-1]]
    for slept, after in zip(sleeps.sync, retry_afters, strict=True):
        assert 0.0 <= slept <= (max_backoff if after is None else after) + 1e-6
    capped_retry_after = sum(after for after in retry_afters if after is not None)
    assert sum(sleeps.sync) <= max_retries * max_backoff + capped_retry_after + 1e-6
    assert capped_retry_after <= max_retries * max_retry_after

"""idvkit.clients: an undocumented status raises a typed error with status and body, never shown unredacted."""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from typing import Any

import httpx
import idenfy_client.errors
import liveid_client.errors
import markid_client.errors
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from idenfy_client.api.verification_data import delete_verification
from idenfy_client.models import ScanRefRequest
from liveid_client.api.v1 import check_status
from markid_client.api.verification_data import delete_verification as markid_delete_verification
from markid_client.models import ScanRefRequest as MarkidScanRefRequest

from idvkit import clients
from idvkit.redact._rules import MASK

KEY, SECRET, APIKEY = "key-Q7x", "secret-Z9y", "apikey-W3v"
SCAN_REF = "d2714c8a-ec05-11e8-834f-067891e3383a"
ERRORS = [idenfy_client.errors, markid_client.errors, liveid_client.errors]


def answering(status: int, content: bytes = b"") -> dict[str, Any]:
    return {"transport": httpx.MockTransport(lambda request: httpx.Response(status, content=content))}


def delete_idenfy(status: int, content: bytes = b"", **options: Any) -> Any:
    client = clients.idenfy(KEY, SECRET, httpx_args=answering(status, content), retry=None, **options)
    return delete_verification.sync(client=client, body=ScanRefRequest(scan_ref=SCAN_REF))


def delete_markid(status: int, content: bytes = b"", **options: Any) -> Any:
    client = clients.markid(KEY, SECRET, httpx_args=answering(status, content), retry=None, **options)
    return markid_delete_verification.sync(client=client, body=MarkidScanRefRequest(scan_ref=SCAN_REF))


def check_liveid_public(status: int, content: bytes = b"", **options: Any) -> Any:
    return check_status.sync(client=clients.liveid_public(httpx_args=answering(status, content), retry=None, **options))


CALLS: list[Callable[..., Any]] = [delete_idenfy, delete_markid, check_liveid_public]


def test_delete_verification_success_is_none_and_undocumented_statuses_raise() -> None:
    assert delete_idenfy(200) is None  # documented: an empty body
    raised = []
    for status in (503, 418):
        with pytest.raises(idenfy_client.errors.UnexpectedStatus) as error:
            delete_idenfy(status, b'{"message": "busy"}')
        raised.append((error.value.status_code, error.value.content))
    assert raised == [(503, b'{"message": "busy"}'), (418, b'{"message": "busy"}')]


@pytest.mark.parametrize("call", CALLS, ids=lambda call: call.__name__)
def test_every_factory_raises_on_an_undocumented_status_by_default(call: Callable[..., Any]) -> None:
    with pytest.raises(tuple(module.UnexpectedStatus for module in ERRORS)) as error:
        call(418, b"teapot")
    assert error.value.status_code == 418
    assert error.value.content == b"teapot"


@pytest.mark.parametrize("call", CALLS, ids=lambda call: call.__name__)
def test_raise_on_unexpected_status_can_be_turned_off(call: Callable[..., Any]) -> None:
    assert call(418, b"teapot", raise_on_unexpected_status=False) is None


def test_the_conference_token_issuer_still_reports_its_own_failure() -> None:
    client = clients.liveid_conference(APIKEY, "conf-1", httpx_args=answering(418, b"teapot"), retry=None)
    conference_data = importlib.import_module("liveid_client.api.v1.conference_data")
    with pytest.raises(clients.ConferenceTokenError):
        conference_data.sync(client=client, id_conference="conf-1")


@settings(max_examples=50, deadline=None)
@given(body=st.text(min_size=1).map(lambda text: f"sensitive-{text}"), status=st.integers(100, 599))
def test_the_error_never_shows_the_body(body: str, status: int) -> None:
    for module in ERRORS:
        error = module.UnexpectedStatus(status, body.encode())
        shown = [str(error), repr(error), *map(str, error.args)]
        assert not any("sensitive-" in text for text in shown), shown
        assert str(status) in str(error)
        assert str(status) in repr(error)
        assert error.content == body.encode()


def test_redacted_body_masks_secrets_and_personal_data() -> None:
    body = {"firstName": "Jonas", "message": "bad key " + SECRET, "identifier": "PARTNER_ERROR"}
    error = idenfy_client.errors.UnexpectedStatus(409, json.dumps(body).encode())
    shown = clients.redacted_body(error, secrets=[KEY, SECRET])
    assert "Jonas" not in shown
    assert SECRET not in shown
    assert json.loads(shown) == {"firstName": MASK, "message": f"bad key {MASK}", "identifier": "PARTNER_ERROR"}
    assert clients.describe_unexpected(error).startswith("HTTP 409 (undocumented): ")


def test_redacted_body_is_cut_to_the_limit() -> None:
    error = liveid_client.errors.UnexpectedStatus(500, b"x" * 5000)
    shown = clients.redacted_body(error, limit=100)
    assert shown.startswith("x" * 100)
    assert "4900 more characters" in shown


def test_audit_data_direct_is_a_file_and_the_download_url_a_model() -> None:
    from liveid_client.api.v2 import get_audit_data_v2
    from liveid_client.models import AuditDataUrlResponse
    from liveid_client.types import File

    zip_bytes = b"PK\x03\x04" + bytes(range(40))

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("genAPIToken"):
            return httpx.Response(200, json={"success": True, "token": "eyJhbGciOiJIUzI1NiJ9.e30.c2ln"})
        if request.url.params.get("direct") == "true":
            return httpx.Response(200, content=zip_bytes, headers={"Content-Type": "application/zip"})
        return httpx.Response(200, json={"success": True, "url": "https://storage.example.com/a.zip"})

    client = clients.liveid_conference(APIKEY, "conf-1", httpx_args={"transport": httpx.MockTransport(handler)})
    direct = get_audit_data_v2.sync(client=client, id_conference="conf-1", direct=True)
    assert isinstance(direct, File)
    assert direct.payload.read() == zip_bytes
    assert direct.mime_type == "application/zip"
    link = get_audit_data_v2.sync(client=client, id_conference="conf-1")
    assert isinstance(link, AuditDataUrlResponse)
    assert link.url == "https://storage.example.com/a.zip"

"""parse_liveid_callback: the call-closing payload (close and error events) into LiveIDPlusResult."""

from __future__ import annotations

import json
from typing import Any

import liveid_models
import pytest
from pydantic import MISSING

from idvkit.webhooks import MalformedPayloadError, parse_liveid_callback
from tests.webhooks._deliveries import SEED_EXAMPLES

CLOSE = (SEED_EXAMPLES / "liveid" / "reference_callclosing_webhook.json").read_bytes()


def error_event() -> dict[str, Any]:
    """The documented `error` event: no token, nextProcess or additionalData."""
    document: dict[str, Any] = json.loads(CLOSE)
    document["event"] = "error"
    document["message"] = {"closeStatus": "K", "note": "operator disconnected", "processId": "p-1", "self": False}
    return document


def test_the_close_event_parses_with_its_token() -> None:
    result = parse_liveid_callback(CLOSE)
    assert type(result) is liveid_models.LiveIDPlusResult
    assert result.event == liveid_models.LiveIDPlusEvent.close
    assert result.call_id == "5e7d9c1b-2a3f-4b6e-8d0c-1f2e3d4c5b6a"
    assert result.message.close_status == liveid_models.CloseStatus.a
    assert result.message.abort_code == "1"
    assert result.message.token == "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJleGFtcGxlIn0.c2lnbmF0dXJl"


def test_the_error_event_parses_without_token_next_process_or_additional_data() -> None:
    result = parse_liveid_callback(json.dumps(error_event()).encode())
    assert result.event == liveid_models.LiveIDPlusEvent.error
    assert result.message.close_status == liveid_models.CloseStatus.k
    assert result.message.token is MISSING
    assert result.message.next_process is MISSING
    assert result.message.additional_data is MISSING


def test_a_payload_shaped_as_the_call_closing_page_parses_without_event() -> None:
    """Namirial's call-closing page lists only callID and message as the callback's parameters."""
    document = {k: v for k, v in json.loads(CLOSE).items() if k != "event"}
    result = parse_liveid_callback(json.dumps(document).encode())
    assert result.event is MISSING
    assert result.call_id == document["callID"]


def test_an_unknown_event_and_close_status_are_kept() -> None:
    """The event and close-status lists are open: a value Namirial adds is preserved, not refused."""
    document = {**json.loads(CLOSE), "event": "hangup", "message": {"closeStatus": "X"}}
    result = parse_liveid_callback(json.dumps(document).encode())
    assert result.event == "hangup"
    assert result.message.close_status == "X"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"<html>", "not valid JSON"),
        (json.dumps({**json.loads(CLOSE), "event": 3}).encode(), r"event"),
        (json.dumps({k: v for k, v in json.loads(CLOSE).items() if k != "callID"}).encode(), r"callID \(missing\)"),
        (json.dumps({k: v for k, v in json.loads(CLOSE).items() if k != "message"}).encode(), r"message \(missing\)"),
        (
            json.dumps({**json.loads(CLOSE), "message": {"closeStatus": ["X"]}}).encode(),
            r"message\.closeStatus",
        ),
    ],
    ids=["not-json", "event-not-a-string", "no-call-id", "no-message", "close-status-not-a-string"],
)
def test_a_malformed_payload_is_refused(body: bytes, message: str) -> None:
    with pytest.raises(MalformedPayloadError, match=message):
        parse_liveid_callback(body)

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


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"<html>", "not valid JSON"),
        (json.dumps({**json.loads(CLOSE), "event": "hangup"}).encode(), r"event \(enum\)"),
        (json.dumps({k: v for k, v in json.loads(CLOSE).items() if k != "callID"}).encode(), r"callID \(missing\)"),
        (
            json.dumps({**json.loads(CLOSE), "message": {"closeStatus": "X"}}).encode(),
            r"message\.closeStatus \(enum\)",
        ),
    ],
    ids=["not-json", "unknown-event", "no-call-id", "unknown-close-status"],
)
def test_a_malformed_payload_is_refused(body: bytes, message: str) -> None:
    with pytest.raises(MalformedPayloadError, match=message):
        parse_liveid_callback(body)

"""The snapshot builder and the comparison on hand-made exchanges (no server): what is kept, what is drift, and
what is noise a generator's luck causes."""

from __future__ import annotations

from typing import Any

from idvkit.contract._assumption_verdicts import (
    CONFIRMED,
    HISTORY,
    NOT_EXERCISED,
    REFUTED,
    assumption_verdicts,
    merged_history,
)
from idvkit.contract._coverage import coverage_of
from idvkit.contract._drift import MIN_SAMPLE, compare
from idvkit.contract._snapshot import Exchange, build_snapshot
from idvkit.contract._verdicts import findings_from_log
from idvkit.vendors import get_vendor

IDENFY = get_vendor("idenfy").spec()
TOKEN = "POST /api/v2/token"
STATUS = "POST /api/v2/status"
CREATED = {"scanRef": "6b8a344d-0000", "authToken": "SECRETTOKEN1", "clientId": "customer-42", "message": "ok"}
CREATED |= {"tokenType": "IDENTIFICATION", "firstName": "Jane"}
NOT_FOUND = {"message": "Verification not found.", "identifier": "BAD_VALUE", "severity": "NOT_SEVERE"}


def _token(body: Any, *, status: int = 201, media: str = "application/json", klass: str = "examples") -> Exchange:
    return Exchange(TOKEN, status, media, frozenset({"content-type"}), body, klass)


def _snapshot(*exchanges: Exchange) -> dict[str, Any]:
    return build_snapshot(IDENFY, exchanges)


def _kinds(before: dict[str, Any], after: dict[str, Any]) -> set[tuple[str, str, str | None, str]]:
    return {(i.kind, i.operation, i.status, i.pointer) for i in compare(before, after)}


def test_the_snapshot_keeps_no_value_but_enum_like_ones() -> None:
    text = str(_snapshot(_token(CREATED)))
    for value in ("6b8a344d", "SECRETTOKEN1", "customer-42", "Jane"):
        assert value not in text
    assert "IDENTIFICATION" in text  # tokenType is enum-like
    assert "/firstName" in text


def test_an_unchanged_server_has_no_drift() -> None:
    snapshot = _snapshot(_token(CREATED), _token(CREATED))
    assert compare(snapshot, snapshot) == []


def test_a_new_undeclared_field_is_drift_once_for_its_top() -> None:
    after = _snapshot(_token({**CREATED, "risk": {"level": "LOW"}}))
    assert _kinds(_snapshot(_token(CREATED)), after) == {("new undeclared field", TOKEN, "201", "/risk")}


def test_a_field_the_examples_always_got_is_gone_when_missing() -> None:
    without = {k: v for k, v in CREATED.items() if k != "message"}
    assert _kinds(_snapshot(_token(CREATED)), _snapshot(_token(without))) == {
        ("field no longer sent", TOKEN, "201", "/message")
    }


def test_a_field_of_generated_requests_is_gone_only_after_enough_exchanges() -> None:
    without = {k: v for k, v in CREATED.items() if k != "message"}
    few = [_token(CREATED, klass="fuzzing-positive")] * (MIN_SAMPLE - 1)
    many = [_token(CREATED, klass="fuzzing-positive")] * MIN_SAMPLE
    missing = [_token(without, klass="fuzzing-positive")] * MIN_SAMPLE
    assert compare(_snapshot(*few), _snapshot(*missing)) == []
    assert compare(_snapshot(*many), _snapshot(*missing[:-1])) == []
    assert _kinds(_snapshot(*many), _snapshot(*missing)) == {("field no longer sent", TOKEN, "201", "/message")}


def test_a_documented_answer_first_seen_by_generated_requests_is_not_drift() -> None:
    before = _snapshot(_token(CREATED))
    after = _snapshot(_token(CREATED), _token({"message": "x"}, status=401, klass="fuzzing-negative"))
    assert compare(before, after) == []


def test_status_changes() -> None:
    assert _kinds(_snapshot(_token(CREATED)), _snapshot(_token(CREATED, status=200))) == {
        ("new status", TOKEN, "200", ""),
        ("status no longer seen", TOKEN, "201", ""),
    }


def test_enum_values_identifiers_types_and_media_types() -> None:
    before = _snapshot(_token(CREATED), Exchange(STATUS, 404, "application/json", frozenset(), NOT_FOUND, "examples"))
    after = _snapshot(
        _token({**CREATED, "tokenType": "BIOMETRIC", "clientId": 42}),
        Exchange(STATUS, 404, "application/json", frozenset(), {**NOT_FOUND, "identifier": "NEW_ONE"}, "examples"),
    )
    assert _kinds(before, after) == {
        ("new enum value", TOKEN, "201", "/tokenType"),
        ("type change", TOKEN, "201", "/clientId"),
        ("new error identifier", STATUS, "404", "/identifier"),
    }
    text = _kinds(_snapshot(_token(CREATED)), _snapshot(_token(CREATED, media="text/plain")))
    assert ("media-type change", TOKEN, "201", "") in text


def test_callbacks_new_event_type_and_open_enum() -> None:
    body: dict[str, Any] = {"scanRef": "x", "status": {"overall": "APPROVED", "fraudTags": ["SOME_TAG"]}}
    before = _snapshot(Exchange("webhook IDENTIFICATION", None, "application/json", frozenset(), body))
    tagged = {**body, "status": {"overall": "APPROVED", "fraudTags": ["DEEPFAKE"]}}
    after = _snapshot(
        Exchange("webhook IDENTIFICATION", None, "application/json", frozenset(), tagged),
        Exchange("webhook IDENTIFICATION_ARCHIVED", None, "application/json", frozenset(), body),
    )
    assert _kinds(before, after) == {
        ("new enum value", "webhook IDENTIFICATION", "callback", "/status/fraudTags/*"),
        ("new webhook event type", "webhook IDENTIFICATION_ARCHIVED", "callback", ""),
    }


def test_assumption_verdicts() -> None:
    coverage = coverage_of(IDENFY, [{"operation": STATUS, "status": 200, "identifier": None, "count": 3}])
    records = [{"code": "ST103", "title": "Undocumented HTTP status code", "operation": "POST /api/v2/video-call"}]
    findings = findings_from_log(IDENFY, [{**records[0], "status": 201, "schema_pointer": None, "negated": None}])
    verdicts = assumption_verdicts(IDENFY, findings, coverage)
    assert verdicts["/paths/~1api~1v2~1status/post/responses/200"]["verdict"] == CONFIRMED
    assert verdicts["/paths/~1api~1v2~1video-call/post/responses/200"]["verdict"] == REFUTED
    assert verdicts["/paths/~1api~1v2~1process/post"]["verdict"] == NOT_EXERCISED


def test_the_verdict_history_counts_runs_keeps_the_latest_in_order_and_drops_removed_marks() -> None:
    history: dict[str, Any] = {}
    verdicts = [CONFIRMED, REFUTED, *[NOT_EXERCISED] * HISTORY, CONFIRMED]
    for verdict in verdicts:
        history = merged_history(history, {"/a": {"text": "guess", "verdict": verdict}})
    assert history["/a"]["verdict"] == CONFIRMED
    assert history["/a"]["runs"] == {CONFIRMED: 2, REFUTED: 1, NOT_EXERCISED: HISTORY}
    assert history["/a"]["history"] == verdicts[-HISTORY:]
    assert merged_history(history, {"/b": {"text": "other", "verdict": REFUTED}}) == {
        "/b": {"text": "other", "verdict": REFUTED, "runs": {REFUTED: 1}, "history": [REFUTED]}
    }


def test_a_known_event_type_first_seen_is_not_drift() -> None:
    body = {"scanRef": "x"}
    after = _snapshot(Exchange("webhook IDENTIFICATION", None, "application/json", frozenset(), body))
    assert compare(_snapshot(), after) == []


def test_whatever_sits_in_a_free_form_value_is_declared() -> None:
    """additionalData of the token response is a free-form object: what generated requests put in it is no drift."""
    before = _snapshot(_token({**CREATED, "additionalData": {"A": {"b": 1}}}))
    after = _snapshot(_token({**CREATED, "additionalData": {"X": {"y": ["z", {"w": 2}]}}}))
    assert compare(before, after) == []


def test_a_required_callback_field_is_gone_after_one_callback_an_optional_one_is_not() -> None:
    """Callbacks are observed (not deterministic) and few per run: a field the webhook schema requires is still
    judged from one callback, since a sender that follows the spec sends it every time; an optional one is not."""
    from idvkit.contract._callback_exchanges import callback_exchange

    def callback(body: dict[str, Any]) -> Exchange:
        headers = {"Content-Type": "application/json", "Idenfy-Event-Type": "IDENTIFICATION_MANUAL_FINISHED"}
        return callback_exchange(IDENFY, headers, body)

    body = {"scanRef": "6b8a344d-0000", "clientId": "customer-42", "final": True, "externalRef": "ext-1"}
    body |= {"status": {"overall": "APPROVED", "fraudTags": []}}
    before = _snapshot(callback(body))
    fields = before["operations"]["webhook IDENTIFICATION_MANUAL_FINISHED"]["observed"]["callback"]["fields"]
    assert fields["/scanRef"].get("required") is True
    assert fields["/status/overall"].get("required") is True
    assert "required" not in fields["/externalRef"]
    renamed = {key: value for key, value in body.items() if key not in ("scanRef", "externalRef")}
    operation = "webhook IDENTIFICATION_MANUAL_FINISHED"
    assert _kinds(before, _snapshot(callback({**renamed, "scanReference": "6b8a344d-0000"}))) == {
        ("field no longer sent", operation, "callback", "/scanRef"),
        ("new undeclared field", operation, "callback", "/scanReference"),
    }
    without_status = {key: value for key, value in body.items() if key != "status"}
    assert _kinds(before, _snapshot(callback(without_status))) == {
        ("field no longer sent", operation, "callback", "/status")
    }
    assert compare(before, before) == []

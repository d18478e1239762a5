"""``idvkit webhook-contract``: correct receivers pass, faulty ones fail naming the check, bad runs exit 2."""

from __future__ import annotations

import json
import re
import socket
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from idvkit.cli import main
from idvkit.sandbox import running_server
from idvkit.webhooks import IDENFY_EVENT_MODELS, MARKID_EVENT_MODELS
from tests.webhook_contract._receivers import KEY, Fault, serving

FAST = ["--examples", "1", "--seed", "1", "--retry-interval", "0.01"]
FORGERY_CHECKS = (
    "rejects-unsigned",
    "rejects-tampered",
    "rejects-wrong-key",
    "rejects-truncated",
    "rejects-other-signature",
)
HEX_DIGEST = re.compile(r"[0-9a-fA-F]{64}")
#: specs/liveid.yaml, LIVEIDPlusResult.event
LIVEID_EVENT_TYPES = {"close", "error"}


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str

    def row(self, check: str, event_type: str) -> str:
        """The summary row of ``check`` for ``event_type``; fails the test when there is none."""
        rows = [
            line
            for line in self.out.splitlines()
            if re.match(rf"^{re.escape(check)}\s+{re.escape(event_type)}\s", line)
        ]
        assert len(rows) == 1, f"no single summary row for {check} {event_type}:\n{self.out}"
        return rows[0]

    def failed(self, check: str, event_type: str) -> bool:
        row = self.row(check, event_type)
        assert re.search(r"\s(passed|FAILED)\s", row), row
        return " FAILED " in row


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> Run:
    code = main(["webhook-contract", *args])
    captured = capsys.readouterr()
    run = Run(code, captured.out, captured.err)
    # the key, and any signature (a 64-character hex digest), never reach the output
    assert KEY not in run.out + run.err
    assert not HEX_DIGEST.search(run.out + run.err)
    assert "Traceback" not in run.err
    return run


@pytest.mark.parametrize(("vendor", "models"), [("idenfy", IDENFY_EVENT_MODELS), ("markid", MARKID_EVENT_MODELS)])
def test_a_correct_receiver_passes_every_check(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, vendor: str, models: dict[str, type]
) -> None:
    with serving(vendor) as (receiver, url):
        if vendor == "markid":  # the key from the environment
            monkeypatch.setenv("MARKID_CALLBACK_KEY", KEY)
            run = run_cli(capsys, vendor, "--url", url, *FAST)
        else:
            run = run_cli(capsys, vendor, "--url", url, "--key", KEY, *FAST)
    assert run.code == 0, run.out + run.err
    assert run.err == ""
    assert re.search(rf"{vendor}: all {len(models) * 7} checks passed", run.out), run.out
    assert "note:" not in run.out  # it refuses upper-case hex, as iDenfy's own examples do
    for event_type in models:
        assert not run.failed("accepts-valid", event_type)
        assert not run.failed("accepts-retries", event_type)
        for check in FORGERY_CHECKS:
            assert not run.failed(check, event_type)
    accepted = receiver.accepted()
    # every event type of the spec arrived, signed with the key, with a body of its own model
    assert {delivery.event_type for delivery in accepted} == set(models)
    assert all(delivery.event_type is not None for delivery in accepted)
    assert all(delivery.model == models[str(delivery.event_type)].__name__ for delivery in accepted)
    # per event type: 1 genuine delivery, then the retried one 4 times (the same bytes and headers)
    repeats = Counter((d.body, d.signature, d.event_type) for d in accepted)
    assert sorted(repeats.values()) == [1] * len(models) + [4] * len(models)
    # the forgeries (5 per event type) and the MAC in upper-case hex were refused by signature
    assert Counter(delivery.status for delivery in receiver.received)[401] == 6 * len(models)


def test_a_correct_liveid_receiver_passes(capsys: pytest.CaptureFixture[str]) -> None:
    with serving("liveid") as (receiver, url):
        run = run_cli(capsys, "liveid", "--url", url, *FAST)
    assert run.code == 0, run.out + run.err
    for event_type in ("close", "error"):
        assert not run.failed("accepts-valid", event_type)
        assert not run.failed("accepts-retries", event_type)
    assert not run.failed("rejects-not-json", "-")
    assert {delivery.model for delivery in receiver.accepted()} == {"LiveIDPlusResult"}
    assert {delivery.body.count(b'"event": "error"') for delivery in receiver.accepted()} == {0, 1}
    assert [delivery.status for delivery in receiver.received].count(400) == 1
    # the path may carry LiveID+'s secret token: it is not shown
    assert "/webhooks/receiver" not in run.out


@pytest.mark.parametrize(
    ("vendor", "fault", "extra", "failing", "passing", "reason"),
    [
        pytest.param(
            "idenfy",
            "never-verifies",
            [],
            [(check, "IDENTIFICATION_AUTO_FINISHED") for check in FORGERY_CHECKS if check != "rejects-truncated"],
            [("accepts-valid", "IDENTIFICATION_AUTO_FINISHED"), ("rejects-truncated", "IDENTIFICATION")],
            ("rejects-tampered", "DOCUMENT_EXPIRATION", "accepted: HTTP 200"),
            id="accepts-tampered-payloads",
        ),
        pytest.param(
            "idenfy",
            "chokes-on-document-expiration",
            [],
            [("accepts-valid", "DOCUMENT_EXPIRATION"), ("accepts-retries", "DOCUMENT_EXPIRATION")],
            [("accepts-valid", "VIDEO_CALL_FINISHED"), ("rejects-tampered", "DOCUMENT_EXPIRATION")],
            ("accepts-valid", "DOCUMENT_EXPIRATION", "delivery 1/1: HTTP 500, expected 2xx"),
            id="fails-on-an-event-type",
        ),
        pytest.param(
            "markid",
            "fails-repeats",
            [],
            [("accepts-retries", event_type) for event_type in MARKID_EVENT_MODELS],
            [("accepts-valid", event_type) for event_type in MARKID_EVENT_MODELS],
            ("accepts-retries", "VIDEO_CALL_FINISHED", "repetition 1/3: HTTP 500, first delivery HTTP 200"),
            id="fails-on-a-retried-delivery",
        ),
        pytest.param(
            "idenfy",
            "slow-video-call",
            ["--timeout", "0.4"],
            [("accepts-valid", "VIDEO_CALL_FINISHED")],
            [("accepts-valid", "DOCUMENT_EXPIRATION"), ("rejects-wrong-key", "VIDEO_CALL_FINISHED")],
            ("accepts-valid", "VIDEO_CALL_FINISHED", "delivery 1/1: no answer within 0.4 s"),
            id="too-slow",
        ),
        pytest.param(
            "liveid",
            "accepts-anything",
            [],
            [("rejects-not-json", "-")],
            [("accepts-valid", "close"), ("accepts-retries", "error")],
            ("rejects-not-json", "-", "accepted: HTTP 200"),
            id="liveid-accepts-a-body-that-is-not-json",
        ),
    ],
)
def test_a_faulty_receiver_fails_naming_the_check(
    capsys: pytest.CaptureFixture[str],
    vendor: str,
    fault: Fault,
    extra: list[str],
    failing: list[tuple[str, str]],
    passing: list[tuple[str, str]],
    reason: tuple[str, str, str],
) -> None:
    key = [] if vendor == "liveid" else ["--key", KEY]
    with serving(vendor, fault, slow_seconds=1.0) as (_, url):
        run = run_cli(capsys, vendor, "--url", url, *key, *FAST, *extra)
    assert run.code == 1, run.out + run.err
    assert re.search(rf"{vendor}: \d+ of \d+ checks failed", run.out)
    for check, event_type in failing:
        assert run.failed(check, event_type), run.row(check, event_type)
    for check, event_type in passing:
        assert not run.failed(check, event_type), run.row(check, event_type)
    check, event_type, why = reason
    assert run.row(check, event_type).endswith(f"FAILED  {why}")


@pytest.mark.parametrize("vendor", ["idenfy", "markid"])
def test_accepting_the_mac_in_upper_case_hex_is_a_note_not_a_failure(
    capsys: pytest.CaptureFixture[str], vendor: str
) -> None:
    with serving(vendor, "accepts-uppercase-hex") as (receiver, url):
        run = run_cli(capsys, vendor, "--url", url, "--key", KEY, *FAST)
    assert run.code == 0, run.out + run.err
    assert re.search(rf"{vendor}: all \d+ checks passed", run.out), run.out
    notes = [line for line in run.out.splitlines() if line.startswith("note: uppercase-hex: accepts the MAC")]
    assert len(notes) == 1, run.out
    assert all(event_type in notes[0] for event_type in IDENFY_EVENT_MODELS)
    assert any(delivery.signature and delivery.signature.isupper() for delivery in receiver.accepted())


def test_a_receiver_that_refuses_an_empty_scan_ref_passes_since_the_vendor_never_sends_one(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with serving("idenfy", "refuses-empty-scan-ref") as (receiver, url):
        run = run_cli(capsys, "idenfy", "--url", url, "--key", KEY, "--examples", "5", "--seed", "1")
    assert run.code == 0, run.out + run.err
    genuine = [json.loads(delivery.body) for delivery in receiver.accepted()]
    assert len(genuine) >= 5 * len(IDENFY_EVENT_MODELS)
    assert all(body["scanRef"] for body in genuine)  # no generated delivery names no verification


def test_a_forgery_answered_with_an_error_is_kept_out_and_passes(capsys: pytest.CaptureFixture[str]) -> None:
    with serving("idenfy", "errors-on-forgeries") as (_, url):
        run = run_cli(capsys, "idenfy", "--url", url, "--key", KEY, *FAST)
    assert run.code == 0, run.out + run.err
    for check in FORGERY_CHECKS:
        assert run.row(check, "IDENTIFICATION").endswith("passed  not accepted: HTTP 500 (a 4xx says why)")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(
            ["idenfy", "--url", "http://127.0.0.1:{port}/hook", "--key", KEY], "cannot reach", id="unreachable"
        ),
        pytest.param(["idenfy", "--url", "not a url", "--key", KEY], "bad --url", id="bad-url"),
        pytest.param(["markid", "--url", "ftp://127.0.0.1/hook", "--key", KEY], "bad --url", id="not-http"),
        pytest.param(["idenfy", "--url", "http://127.0.0.1:70000/hook", "--key", KEY], "bad --url", id="bad-port"),
        pytest.param(["idenfy", "--url", "http://127.0.0.1:{port}/hook"], "IDENFY_CALLBACK_KEY", id="missing-key"),
        pytest.param(["markid", "--url", "http://127.0.0.1:{port}/hook", "--key", ""], "--key", id="empty-key"),
        pytest.param(["idenfy", "--url", "http://192.0.2.10/hook", "--key", KEY], "--allow-remote", id="remote"),
        pytest.param(
            ["liveid", "--url", "http://192.0.2.10:9/hook", "--allow-remote", "--timeout", "0.3"],
            "cannot reach",
            id="remote-allowed-but-unreachable",
        ),
    ],
)
def test_exit_2_when_it_cannot_run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, args: list[str], message: str
) -> None:
    monkeypatch.delenv("IDENFY_CALLBACK_KEY", raising=False)
    monkeypatch.delenv("MARKID_CALLBACK_KEY", raising=False)
    port = _free_port()
    run = run_cli(capsys, *(arg.format(port=port) for arg in args))
    assert run.code == 2
    assert run.out == ""
    lines = run.err.splitlines()
    assert len(lines) == 1, run.err
    assert lines[0].startswith("error: ")
    assert message in lines[0]


def test_the_key_from_the_environment_is_not_printed_either(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IDENFY_CALLBACK_KEY", KEY)
    with serving("idenfy", "never-verifies") as (_, url):
        run = run_cli(capsys, "idenfy", "--url", url, *FAST)
    assert run.code == 1
    unreachable = run_cli(capsys, "idenfy", "--url", f"http://127.0.0.1:{_free_port()}/{KEY}")
    assert unreachable.code == 2


def test_the_fastapi_receiver_example_passes(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from examples.receivers import fastapi_receiver

    monkeypatch.setenv("IDENFY_CALLBACK_KEY", KEY)
    with running_server(fastapi_receiver.app) as base_url:
        run = run_cli(capsys, "idenfy", "--url", f"{base_url}/webhooks/idenfy", *FAST)
    assert run.code == 0, run.out + run.err


@pytest.mark.parametrize(
    ("vendor", "fault", "failed"),
    [
        ("idenfy", None, set()),
        (
            "idenfy",
            "chokes-on-document-expiration",
            {("DOCUMENT_EXPIRATION", "accepts-valid"), ("DOCUMENT_EXPIRATION", "accepts-retries")},
        ),
        ("liveid", None, set()),
    ],
)
def test_the_summary_holds_the_event_type_by_check_matrix(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    vendor: str,
    fault: Fault | None,
    failed: set[tuple[str, str]],
) -> None:
    key = [] if vendor == "liveid" else ["--key", KEY]
    summary = tmp_path / "out" / "webhook-summary.json"
    with serving(vendor, fault) as (_, url):
        run = run_cli(capsys, vendor, "--url", url, *key, *FAST, "--summary", str(summary))
    document = json.loads(summary.read_text())
    assert document["exit_code"] == run.code == (1 if failed else 0)
    coverage = document["coverage"]
    spec_event_types = set(IDENFY_EVENT_MODELS) if vendor == "idenfy" else LIVEID_EVENT_TYPES
    assert set(coverage["matrix"]) == spec_event_types
    assert set(coverage["delivered"]) == spec_event_types  # every event type of the spec was delivered
    assert f"coverage: {len(spec_event_types)} of {len(spec_event_types)} event types" in run.out
    for event_type, row in coverage["matrix"].items():
        assert "accepts-valid" in row
        assert "accepts-retries" in row
        for check, verdict in row.items():
            assert verdict is ((event_type, check) not in failed), (event_type, check, verdict)
    assert KEY not in summary.read_text()
    assert not HEX_DIGEST.search(summary.read_text())

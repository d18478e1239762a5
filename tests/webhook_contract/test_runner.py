"""The Python API behind the command: structured results, the deliveries it builds, the payloads it draws."""

from __future__ import annotations

import dataclasses
import itertools
import json

import idvkit_specs
import pytest

from idvkit.vendors import get_vendor, register_vendor, unregister_vendor
from idvkit.webhooks import IDENFY_EVENT_MODELS, SignatureError, parse_liveid_callback, sign, verify_signature
from idvkit.webhooks._contract import (
    ACCEPTS_RETRIES,
    ACCEPTS_VALID,
    CHECKS,
    REJECTS_NOT_JSON,
    REJECTS_TAMPERED,
    WebhookContractError,
    WebhookContractOptions,
    _forgeries,
    _uppercase_hex,
    _whitespace_flip,
    run_webhook_contract,
)
from idvkit.webhooks._contract_payloads import delivery_headers, draw_event_bodies, event_bodies, webhook_kinds
from tests.conftest import ROOT
from tests.webhook_contract._receivers import KEY, serving


def test_run_returns_a_structured_result_and_spaces_the_retries() -> None:
    lines: list[str] = []
    with serving("idenfy") as (receiver, url):
        result = run_webhook_contract(
            WebhookContractOptions("idenfy", url, key=KEY, examples=1, seed=1, retry_interval=0.05),
            progress=lines.append,
        )
    assert result.passed
    assert result.exit_code == 0
    assert result.failures == ()
    assert result.seed == 1
    assert {check.check for check in result.checks} == set(CHECKS) - {REJECTS_NOT_JSON}
    assert {check.event_type for check in result.checks} == set(IDENFY_EVENT_MODELS)
    retried = [check for check in result.checks if check.check == ACCEPTS_RETRIES]
    assert all(check.statuses == (200, 200, 200, 200) for check in retried)
    # each retried delivery: 4 arrivals, at least the interval apart
    arrivals: dict[bytes, list[float]] = {}
    for delivery in receiver.accepted():
        arrivals.setdefault(delivery.body, []).append(delivery.at)
    gaps = [b - a for times in arrivals.values() if len(times) == 4 for a, b in itertools.pairwise(times)]
    assert len(gaps) == 3 * len(IDENFY_EVENT_MODELS)
    assert min(gaps) >= 0.045
    assert lines
    assert not any(KEY in line for line in lines)


def test_a_failure_is_reported_in_the_result_not_raised() -> None:
    with serving("idenfy", "never-verifies") as (_, url):
        result = run_webhook_contract(WebhookContractOptions("idenfy", url, key=KEY, examples=1, seed=1, retries=0))
    assert result.exit_code == 1
    tampered = [check for check in result.failures if check.check == REJECTS_TAMPERED]
    assert {check.event_type for check in tampered} == set(IDENFY_EVENT_MODELS)
    assert all(check.statuses == (200,) and check.reason == "accepted: HTTP 200" for check in tampered)
    assert all(check.passed for check in result.checks if check.check in (ACCEPTS_VALID, ACCEPTS_RETRIES))


def test_options_that_cannot_run_raise() -> None:
    with pytest.raises(WebhookContractError, match="unknown vendor"):
        run_webhook_contract(WebhookContractOptions("acme", "http://127.0.0.1:1/"))
    with pytest.raises(WebhookContractError, match="--examples"):
        run_webhook_contract(WebhookContractOptions("liveid", "http://127.0.0.1:1/", examples=0))
    with pytest.raises(WebhookContractError, match="key") as raised:
        run_webhook_contract(WebhookContractOptions("idenfy", "http://127.0.0.1:1/"))
    assert raised.value.__cause__ is None


def test_every_event_type_of_the_spec_is_paired_with_its_webhook_body() -> None:
    for vendor in ("idenfy", "markid"):
        document = idvkit_specs.load(vendor)
        expected = {}
        for name, webhook in document["webhooks"].items():
            for parameter in webhook["post"]["parameters"]:
                if parameter.get("name") == "Idenfy-Event-Type":
                    schema = parameter["schema"]
                    if "$ref" in schema:
                        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
                    expected.update(dict.fromkeys(schema["enum"], name))
        found = {event_type: kind.name for kind in webhook_kinds(vendor) for event_type in kind.event_types}
        assert found == expected
        assert set(found) == set(IDENFY_EVENT_MODELS)


def test_the_bodies_are_spec_valid_distinct_and_reproducible() -> None:
    bodies = event_bodies("idenfy", 2, 1)
    every = [body for found in bodies.values() for body in found]
    assert len(every) == len(set(every)) == 2 * len(IDENFY_EVENT_MODELS)
    for event_type, found in bodies.items():
        for body in found:
            IDENFY_EVENT_MODELS[event_type].model_validate_json(body)
    liveid = draw_event_bodies("liveid", 3, 7)
    assert liveid == draw_event_bodies("liveid", 3, 7)
    for event_type, found in liveid.items():
        assert len(found) == 3
        for body in found:
            parsed = parse_liveid_callback(body)
            assert parsed.event == event_type
            if event_type == "error":
                assert not {"nextProcess", "token", "additionalData"} & set(json.loads(body)["message"])


def test_the_forgeries_are_forged_and_the_tampered_body_keeps_its_content() -> None:
    body = event_bodies("idenfy", 2, 1)["DOCUMENT_EXPIRATION"][0]
    other = event_bodies("idenfy", 2, 1)["DOCUMENT_EXPIRATION"][1]
    tampered = _whitespace_flip(body)
    assert len(tampered) == len(body)
    assert sum(a != b for a, b in zip(body, tampered, strict=True)) == 1
    assert json.loads(tampered) == json.loads(body)
    forged = dict(_forgeries(delivery_headers("idenfy"), KEY, "DOCUMENT_EXPIRATION", body, other))
    assert len(forged) == 5
    for check, delivery in forged.items():
        assert delivery.headers.get("Idenfy-Event-Type") == "DOCUMENT_EXPIRATION", check
        with pytest.raises(SignatureError):
            verify_signature(delivery.body, delivery.headers.get("Idenfy-Signature"), KEY)
    assert forged["rejects-other-signature"].headers["Idenfy-Signature"] == sign(other, KEY)
    # not a forgery: the genuine MAC in another spelling (its answer is a note)
    upper = _uppercase_hex(delivery_headers("idenfy"), KEY, "DOCUMENT_EXPIRATION", body)
    assert upper.body == body
    assert upper.headers["Idenfy-Signature"] == sign(body, KEY).upper()
    assert _whitespace_flip(b"{}") != b"{}"


def test_a_signed_vendor_whose_spec_marks_no_signature_header_cannot_run() -> None:
    vendor = dataclasses.replace(
        get_vendor("liveid"),
        name="signed_without_header",
        spec_file=str(ROOT / "specs" / "liveid.yaml"),
        callback_key_env="SIGNED_WITHOUT_HEADER_KEY",
        sandbox_port=8996,
        bundled=False,
    )
    register_vendor(vendor)
    try:
        with pytest.raises(WebhookContractError, match="no webhook header of its spec is marked x-signature"):
            run_webhook_contract(WebhookContractOptions(vendor.name, "http://127.0.0.1:9/hook", key="k"))
    finally:
        unregister_vendor(vendor.name)

"""The cap on billable calls (``--max-billable``): counting, the refusal answered in the server's place, and the
refused exchanges taken out of the network records (the run against a server: test_remote_resources)."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import yaml
from hypothesis import given
from hypothesis import strategies as st
from idvkit_specs import load

from idvkit.contract._billable import (
    MAX_BILLABLE_VARIABLE,
    REFUSED_HEADER,
    BillableBudget,
    RefusalApp,
    billable_operations,
    drop_refused_exchanges,
    read_counts,
)
from idvkit.contract._handover import write_atomically

IDENFY = load("idenfy")


def test_the_spec_marks_what_is_billable() -> None:
    assert billable_operations(IDENFY) == {
        "POST /api/v2/token": "createToken",
        "POST /api/v2/process": "directProcessing",
        "POST /api/v2/video-call": "createVideoCall",
    }
    assert billable_operations(load("liveid")) == {}


@given(st.integers(min_value=0, max_value=20), st.integers(min_value=0, max_value=60))
def test_at_most_the_limit_is_admitted(limit: int, calls: int) -> None:
    budget = BillableBudget(limit)
    admitted = [budget.admit(f"case-{i}") for i in range(calls)]
    assert admitted == [i < limit for i in range(calls)]
    assert budget.document() == {"limit": limit, "sent": min(limit, calls), "refused": max(0, calls - limit)}
    assert all(budget.was_refused(f"case-{i}") == (i >= limit) for i in range(calls))
    assert not budget.was_refused(None)


def test_concurrent_calls_never_exceed_the_limit() -> None:
    budget = BillableBudget(5)
    admitted: list[bool] = []

    def call(index: int) -> None:
        admitted.append(budget.admit(f"case-{index}"))

    threads = [threading.Thread(target=call, args=(i,)) for i in range(64)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert admitted.count(True) == 5


def test_no_limit_admits_everything_and_the_environment_sets_one() -> None:
    budget = BillableBudget.from_environment({})
    assert budget.limit is None
    assert all(budget.admit(str(i)) for i in range(100))
    assert BillableBudget.from_environment({MAX_BILLABLE_VARIABLE: "3"}).limit == 3


def test_the_refusal_is_the_vendors_documented_429_marked_as_idvkits() -> None:
    operation = IDENFY["paths"]["/api/v2/token"]["post"]
    app = RefusalApp(IDENFY, operation, "max-billable 2 reached")
    started: list[tuple[str, list[tuple[str, str]]]] = []
    body = b"".join(app({}, lambda status, headers: started.append((status, headers))))
    status, headers = started[0]
    assert status.startswith("429 ")
    assert (REFUSED_HEADER, "max-billable 2 reached") in headers
    assert ("Content-Type", "application/json") in headers
    assert json.loads(body)["identifier"] == "TOO_MANY_REQUESTS"


def _har(*refused: bool) -> dict[str, object]:
    entries = []
    for index, marked in enumerate(refused):
        headers = [{"name": "content-type", "value": "application/json"}]
        if marked:
            headers.append({"name": REFUSED_HEADER.lower(), "value": "max-billable 1 reached"})
        entries.append({"request": {"url": f"http://x/{index}"}, "response": {"status": 429, "headers": headers}})
    return {"log": {"version": "1.2", "entries": entries}}


def test_refused_exchanges_leave_the_har_file_and_the_cassette(tmp_path: Path) -> None:
    (tmp_path / "har-1.json").write_text(json.dumps(_har(False, True, False, True)))
    cassette = {
        "http_interactions": [
            {"id": "1", "response": {"headers": {"content-type": ["application/json"]}}},
            {"id": "2", "response": {"headers": {REFUSED_HEADER: ["max-billable 1 reached"]}}},
        ]
    }
    (tmp_path / "vcr-1.yaml").write_text(yaml.safe_dump(cassette))
    (tmp_path / "json-1.json").write_text(json.dumps(_har(True)))  # not a HAR file: left alone
    assert drop_refused_exchanges(tmp_path) == 3
    har = json.loads((tmp_path / "har-1.json").read_text())
    assert [entry["request"]["url"] for entry in har["log"]["entries"]] == ["http://x/0", "http://x/2"]
    assert [i["id"] for i in yaml.safe_load((tmp_path / "vcr-1.yaml").read_text())["http_interactions"]] == ["1"]
    assert json.loads((tmp_path / "json-1.json").read_text()) == _har(True)


def test_a_har_file_without_refusals_is_not_rewritten(tmp_path: Path) -> None:
    text = json.dumps(_har(False, False))
    (tmp_path / "har-1.json").write_text(text)
    (tmp_path / "har-2.json").write_text('{"log": ')  # cut short: left for publishing to withhold
    assert drop_refused_exchanges(tmp_path) == 0
    assert (tmp_path / "har-1.json").read_text() == text


def test_the_counts_round_trip(tmp_path: Path) -> None:
    budget = BillableBudget(1)
    budget.admit("a")
    budget.admit("b")
    write_atomically(tmp_path / "billable.json", budget.document())
    assert read_counts(tmp_path / "billable.json") == {"limit": 1, "sent": 1, "refused": 1}
    assert read_counts(tmp_path / "missing.json") is None

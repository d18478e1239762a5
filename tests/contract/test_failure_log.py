"""The failure log the schemathesis process writes for idvkit: every failure with its operation and location."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from idvkit.contract._billable import REFUSED_HEADER
from idvkit.contract._budget import RunBudget
from idvkit.contract._failure_log import (
    FailureLog,
    ResponseTally,
    error_identifier,
    failure_records,
    negated_element,
    schema_pointer,
    write_atomically,
)


def _failure(code: str, operation: str | None, message: str = "", title: str = "Title") -> Any:
    return SimpleNamespace(code=code, operation=operation, message=message, title=title)


def test_stateful_failures_are_filed_under_the_operation_that_answered() -> None:
    violation = _failure("ST108", "POST /api/v2/status", "4711 is not of type\n\nSchema at /components/x/clientId:\n")
    statistic = SimpleNamespace(
        failures={
            "Stateful tests": {
                "abc": SimpleNamespace(case_id="abc", response=SimpleNamespace(status_code=200), failures=[violation])
            },
            "POST /api/v2/token": {
                "def": SimpleNamespace(case_id="def", response=None, failures=[_failure("ST401", None)])
            },
        }
    )
    records = failure_records(statistic)
    assert records == [
        {
            "code": "ST108",
            "title": "Title",
            "operation": "POST /api/v2/status",
            "reported_under": "Stateful tests",
            "case_id": "abc",
            "status": 200,
            "schema_pointer": "/components/x/clientId",
            "negated": None,
        },
        {
            "code": "ST401",
            "title": "Title",
            "operation": "POST /api/v2/token",
            "reported_under": "POST /api/v2/token",
            "case_id": "def",
            "status": None,
            "schema_pointer": None,
            "negated": None,
        },
    ]
    assert "4711" not in json.dumps(records)  # messages (values) are never logged


@pytest.mark.parametrize(
    ("message", "pointer"),
    [
        ("x\n\nSchema at /components/schemas/A/properties/b:\n\n{}", "/components/schemas/A/properties/b"),
        ("x\n\nSchema:\n\n{}", ""),  # the root of the response schema
        ("no location", None),
    ],
)
def test_schema_location(message: str, pointer: str | None) -> None:
    assert schema_pointer(_failure("ST108", "GET /", message)) == pointer
    assert schema_pointer(_failure("ST103", "GET /", message)) is None


def test_the_log_names_why_the_run_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "log" / "failures.json"
    monkeypatch.setenv("IDVKIT_FAILURE_LOG", str(path))
    budget = RunBudget(max_requests=2)

    class Log(FailureLog):
        pass

    Log.budget = budget
    log = Log()
    context: Any = SimpleNamespace(statistic=SimpleNamespace(failures={}))
    log.shutdown(context)
    assert json.loads(path.read_text())["stop_reason"] == "interrupted"  # no EngineFinished seen
    budget.spend()
    budget.spend()
    log.shutdown(context)
    assert json.loads(path.read_text()) == {
        "stop_reason": "budget_requests",
        "requests": 2,
        "failures": [],
        "responses": [],
    }


def test_atomic_write_leaves_the_old_file_when_writing_fails(tmp_path: Path) -> None:
    path = tmp_path / "failures.json"
    write_atomically(path, {"a": 1})
    with pytest.raises(TypeError):
        write_atomically(path, {"a": object()})
    assert json.loads(path.read_text()) == {"a": 1}
    assert [p.name for p in tmp_path.iterdir()] == ["failures.json"]


def _recorder(*exchanges: tuple[str, str, int | None, bytes], headers: dict[str, list[str]] | None = None) -> Any:
    """A stand-in for schemathesis's ScenarioRecorder: (operation label, method sent, status or None, body)."""
    cases, interactions = {}, {}
    for number, (label, sent, status, body) in enumerate(exchanges):
        method = label.split(" ", 1)[0]
        operation = SimpleNamespace(label=label, method=method.lower())
        cases[str(number)] = SimpleNamespace(value=SimpleNamespace(operation=operation))
        response = None if status is None else SimpleNamespace(status_code=status, content=body, headers=headers or {})
        interactions[str(number)] = SimpleNamespace(request=SimpleNamespace(method=sent), response=response)
    return SimpleNamespace(cases=cases, interactions=interactions)


def test_every_answer_is_counted_by_operation_status_and_identifier() -> None:
    tally = ResponseTally()
    error = b'{"message": "x", "identifier": "BAD_VALUE"}'
    added = tally.add_recorder(
        _recorder(
            ("POST /api/v2/status", "POST", 404, error),
            ("POST /api/v2/status", "POST", 404, error),
            ("POST /api/v2/status", "POST", 200, b'{"identifier": "NOT_AN_ERROR"}'),
            ("POST /api/v2/status", "POST", None, b""),  # no answer (a network error)
            ("POST /api/v2/status", "TRACE", 405, b""),  # a check's probe with another method
            ("POST /api/v2/token", "POST", 401, b'{"message": "Invalid authorization credentials"}'),
        )
    )
    assert added == 4
    assert tally.records() == [
        {"operation": "POST /api/v2/status", "status": 200, "identifier": None, "count": 1},
        {"operation": "POST /api/v2/status", "status": 404, "identifier": "BAD_VALUE", "count": 2},
        {"operation": "POST /api/v2/token", "status": 401, "identifier": None, "count": 1},
    ]


def test_a_call_refused_under_max_billable_is_no_answer_of_the_server() -> None:
    tally = ResponseTally()
    refused = _recorder(("POST /api/v2/token", "POST", 429, b"{}"), headers={REFUSED_HEADER: ["max-billable 2"]})
    assert tally.add_recorder(refused) == 0
    assert tally.records() == []
    answered = _recorder(("POST /api/v2/token", "POST", 429, b"{}"), headers={"Content-Type": ["application/json"]})
    assert tally.add_recorder(answered) == 1


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [
        (400, b'{"identifier": "MISSING_VALUE"}', "MISSING_VALUE"),
        (400, b'{"identifier": "Jane Doe"}', None),  # not an error constant: could be a value, never logged
        (400, b'{"identifier": "' + b"A" * 80 + b'"}', None),
        (400, b"<html>Bad request</html>", None),
        (500, b'["INTERNAL_ERROR"]', None),
        (200, b'{"identifier": "BAD_VALUE"}', None),
        (400, b'{"identifier": "BAD_VALUE", "pad": "' + b"x" * 70000 + b'"}', None),  # too large to parse
    ],
)
def test_only_error_constants_of_error_answers_are_kept(status: int, body: bytes, expected: str | None) -> None:
    assert error_identifier(status, body) == expected


@pytest.mark.parametrize(
    ("message", "negated"),
    [
        (
            "Invalid data should have been rejected\nExpected: 400\nInvalid component: Missing required property: clientId",
            {"property": "clientId"},
        ),
        (
            "Invalid data should have been rejected\nExpected: 400\nInvalid component: Missing `uId` at query",
            {"parameter": "uId", "in": "query"},
        ),
        (
            "Invalid data should have been rejected\nExpected: 400\nInvalid component: parameter `idConference` in query"
            " - value longer than maxLength",
            {"parameter": "idConference", "in": "query"},
        ),
        ("Invalid data should have been rejected\nExpected: 400\nInvalid component: in body - 4711 is too long", None),
        ("Invalid data should have been rejected\nExpected: 400", None),
    ],
)
def test_an_accepted_invalid_request_names_the_element_it_broke(message: str, negated: dict[str, str] | None) -> None:
    assert negated_element(_failure("ST201", "POST /api/v2/token", message)) == negated
    assert negated_element(_failure("ST202", "POST /api/v2/token", message)) is None

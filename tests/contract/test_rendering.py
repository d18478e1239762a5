"""The text summary and summary.json: what was skipped and why, operations that tested nothing, the matrix."""

from __future__ import annotations

import io

from idvkit_specs import load

from idvkit.contract._assumptions import Assumption
from idvkit.contract._coverage import coverage_of
from idvkit.contract._prerequisites import plan_run
from idvkit.contract._rendering import coverage_html, print_summary, summary_document
from idvkit.contract._runner import PHASES, ContractResult
from idvkit.contract._target import guarded_operations
from idvkit.contract._verdicts import Finding
from idvkit.redact import Redactor, redact_report

IDENFY = load("idenfy")
STATUS = "POST /api/v2/status"


def _result() -> ContractResult:
    plan = plan_run(IDENFY, PHASES, guarded_operations(IDENFY))
    answers = [{"operation": STATUS, "status": 404, "identifier": "BAD_VALUE", "count": 3}]
    return ContractResult(
        "idenfy",
        "http://sandbox.example",
        1,
        findings=[
            Finding("ST103", "Undocumented HTTP status code", ("POST /api/v2/data",)),
            Finding("ST103", "Undocumented HTTP status code", ("POST /api/v2/files",), (Assumption("/x", "a guess"),)),
        ],
        operations={STATUS: "not exercised", "POST /api/v2/data": "failed", "POST /api/v2/files": "failed"},
        skipped=plan.skipped_operations,
        skipped_phases=plan.skipped_phases,
        without_data=plan.without_data,
        coverage=coverage_of(IDENFY, answers),
        min_coverage=50,
    )


def test_the_summary_says_what_was_skipped_and_why() -> None:
    out = io.StringIO()
    print_summary(_result(), out)
    lines = out.getvalue().splitlines()
    assert any(line.startswith("stateful phase ") and "every link starts at createToken" in line for line in lines)
    assert any(line.startswith("createToken ") and "pass --max-billable N" in line for line in lines)
    status = next(line for line in lines if line.startswith(f"{STATUS} "))
    assert "not exercised" in status
    assert "--resource scanRef=VALUE" in status
    matrix = next(line for line in lines[lines.index(status) + 1 :] if line.startswith(f"{STATUS} "))
    assert matrix.split()[2:10] == ["--", ".", "--", "--", ".", ".", "ok", "n/a"]  # 200 201 400 401 402 403 404 429
    assert "BAD_VALUE" in matrix
    assert any(line.startswith("  429 of every operation (11): ") for line in lines)
    assert lines[-1].startswith("idenfy: 1 kind of violation, 1 refuted assumption; coverage ")
    assert "below 50 %" in lines[-1]


def test_summary_json_lists_violations_per_operation_apart_from_refuted_guesses() -> None:
    document = summary_document(_result())
    assert document["violations"] == [
        {"operation": "POST /api/v2/data", "code": "ST103", "title": "Undocumented HTTP status code", "failures": 1}
    ]
    assert [entry["operation"] for entry in document["assumptions_refuted"]] == ["POST /api/v2/files"]
    assert "stateful" in document["skipped"]["phases"]
    assert "createToken" in document["skipped"]["operations"]
    assert document["coverage"]["operations"][STATUS]["statuses"]["404"] == {
        "seen": 3,
        "identifiers": {"documented": ["BAD_VALUE"], "seen": ["BAD_VALUE"]},
    }
    assert document["coverage_shortfall"].startswith("coverage ")


def test_the_coverage_page_shows_the_matrix_and_survives_masking() -> None:
    result = _result()
    result.target = "http://sandbox.example/<script>"
    page = coverage_html(result)
    assert "<script>" not in page
    assert f"<td>{STATUS}</td>" in page
    assert 'title="The limit is 10000 requests per hour' in page
    assert '<a href="requests.har">' in page
    masked = redact_report("coverage.html", page, Redactor(["secretvalue"]))
    assert f"<td>{STATUS}</td>" in masked
    assert masked.count("<tr>") == page.count("<tr>") == 12

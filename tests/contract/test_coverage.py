"""The coverage matrix: which documented (operation, status) pairs a run saw, and which operations it exercised."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from idvkit_specs import load

from idvkit.contract._coverage import coverage_document, coverage_of, format_percent
from idvkit.contract._runner import ContractResult
from idvkit.specs import follow_refs, iter_operations

DOCUMENTS = {vendor: load(vendor) for vendor in ("idenfy", "markid", "liveid")}
STATUS = "POST /api/v2/status"


def _answers(*answers: tuple[str, int, str | None]) -> list[dict[str, Any]]:
    return [
        {"operation": label, "status": status, "identifier": identifier, "count": 1}
        for label, status, identifier in answers
    ]


def _pairs(vendor: str) -> list[tuple[str, int]]:
    """Every documented (operation, status) pair of a vendor's spec (numeric statuses only)."""
    document = DOCUMENTS[vendor]
    return [
        (op.label, int(key)) for op in iter_operations(document) for key in op.definition["responses"] if key.isdigit()
    ]


def test_an_operation_that_only_answered_errors_is_not_exercised() -> None:
    coverage = coverage_of(DOCUMENTS["idenfy"], _answers((STATUS, 404, "BAD_VALUE"), (STATUS, 401, None)))
    status = next(op for op in coverage.operations if op.label == STATUS)
    assert not status.exercised
    assert {s.status: s.seen for s in status.statuses} == {"200": 0, "400": 0, "401": 1, "404": 1, "429": 0}
    assert STATUS in coverage.not_exercised()
    seen = coverage_of(DOCUMENTS["idenfy"], _answers((STATUS, 200, None)))
    assert STATUS not in seen.not_exercised()


def test_identifiers_documented_by_examples_and_seen() -> None:
    coverage = coverage_of(DOCUMENTS["idenfy"], _answers((STATUS, 400, "JSON_ERROR"), (STATUS, 400, "BAD_VALUE")))
    bad_request = next(s for op in coverage.operations if op.label == STATUS for s in op.statuses if s.status == "400")
    assert bad_request.identifiers_seen == ("BAD_VALUE", "JSON_ERROR")
    assert {"MISSING_VALUE", "BAD_VALUE"} <= set(bad_request.identifiers_documented)


def test_undocumented_statuses_are_listed_not_counted() -> None:
    coverage = coverage_of(DOCUMENTS["idenfy"], _answers((STATUS, 418, None)))
    status = next(op for op in coverage.operations if op.label == STATUS)
    assert status.undocumented == (418,)
    assert coverage.seen == 0


@pytest.mark.parametrize("vendor", sorted(DOCUMENTS))
def test_every_unreachable_pair_says_why(vendor: str) -> None:
    coverage = coverage_of(DOCUMENTS[vendor], [])
    unreachable = coverage.unreachable()
    assert unreachable, "the specs mark the answers no run can provoke (429, 402, another organization's 403)"
    assert all(len(why) > 40 for _, _, why in unreachable)
    assert coverage.reachable + len(unreachable) == len(_pairs(vendor))
    assert coverage.percent == 0


def test_a_rate_limit_is_never_counted_but_shown_when_seen() -> None:
    document = DOCUMENTS["idenfy"]
    assert "x-unreachable-status" in follow_refs(document, {"$ref": "#/components/responses/TooManyRequests"})
    coverage = coverage_of(document, _answers((STATUS, 429, "TOO_MANY_REQUESTS")))
    limit = next(s for op in coverage.operations if op.label == STATUS for s in op.statuses if s.status == "429")
    assert limit.unreachable
    assert limit.seen == 1
    assert coverage.seen == 0  # not counted ...
    assert coverage_document(coverage, None)["operations"][STATUS]["statuses"]["429"]["seen"] == 1  # ... but shown


@given(st.sampled_from(sorted(DOCUMENTS)), st.data())
def test_the_percentage_is_the_share_of_reachable_pairs_seen(vendor: str, data: Any) -> None:
    pairs = _pairs(vendor)
    seen = data.draw(st.lists(st.sampled_from(pairs), unique=True))
    coverage = coverage_of(DOCUMENTS[vendor], _answers(*((label, status, None) for label, status in seen)))
    unreachable = {(label, int(status)) for label, status, _ in coverage.unreachable()}
    counted = [pair for pair in seen if pair not in unreachable]
    assert coverage.seen == len(counted)
    assert coverage.percent == pytest.approx(100 * len(counted) / (len(pairs) - len(unreachable)))
    assert set(coverage.missed()) == {(label, str(status)) for label, status in pairs} - {
        (label, str(status)) for label, status in [*seen, *unreachable]
    }


@pytest.mark.parametrize(
    ("value", "shown"), [(100.0, "100"), (99.99, "99.9"), (93.75, "93.8"), (0.0, "0"), (50.5, "50.5")]
)
def test_percentages_are_shown_without_rounding_up_to_100(value: float, shown: str) -> None:
    assert format_percent(value) == shown


def test_min_coverage_shortfall_reads_coverage_below_minimum() -> None:
    result = ContractResult("idenfy", "http://127.0.0.1:1", 0, min_coverage=100)
    assert result.coverage_shortfall == "coverage unknown (the run recorded no answers) below 100 %"
    result.coverage = coverage_of(DOCUMENTS["idenfy"], _answers((STATUS, 200, None)))
    assert result.coverage_shortfall == f"coverage {format_percent(result.coverage.percent)} % below 100 %"
    result.min_coverage = 0
    assert result.coverage_shortfall is None

"""What the skipped (billable, destructive) operations rule out, read from the spec's links, and the flag that
would enable it."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from idvkit_specs import load

from idvkit.contract._prerequisites import STATEFUL, plan_run, spec_links
from idvkit.contract._runner import PHASES
from idvkit.contract._target import guarded_operations

IDENFY = load("idenfy")
LIVEID = load("liveid")


def test_idenfy_without_billable_creation_has_no_stateful_phase_and_says_why() -> None:
    plan = plan_run(IDENFY, PHASES, guarded_operations(IDENFY))
    assert plan.phases == ["examples", "coverage", "fuzzing"]
    why = plan.skipped_phases[STATEFUL]
    assert why.startswith("every link starts at createToken (billable)")
    assert "--max-billable N" in why
    assert "--allow-destructive" in why
    assert plan.skipped_operations["createToken"] == "billable: pass --max-billable N (or --allow-destructive)"
    assert plan.skipped_operations["deleteVerification"] == "destructive: pass --allow-destructive"
    assert "--resource scanRef=VALUE" in plan.without_data["POST /api/v2/status"]


def test_nothing_is_skipped_when_nothing_is_excluded() -> None:
    for document in (IDENFY, LIVEID):
        plan = plan_run(document, PHASES, {})
        assert plan.phases == list(PHASES)
        assert plan.skipped_phases == plan.skipped_operations == plan.without_data == {}


def test_liveid_keeps_the_links_that_do_not_touch_a_skipped_operation() -> None:
    guarded = guarded_operations(LIVEID)
    assert guarded  # the destructive deletes and rejects
    plan = plan_run(LIVEID, PHASES, guarded)
    assert STATEFUL in plan.phases
    assert plan.skipped_phases == {}


def test_a_supplied_resource_feeds_the_operations_without_a_link() -> None:
    plan = plan_run(IDENFY, PHASES, guarded_operations(IDENFY), resources={"scanRef", "authToken"})
    assert "POST /api/v2/status" not in plan.without_data


def test_asking_only_for_the_stateful_phase_leaves_nothing_to_run() -> None:
    plan = plan_run(IDENFY, ["stateful"], {"createToken": "billable"})
    assert plan.phases == []
    assert STATEFUL in plan.skipped_phases


@given(st.data())
def test_the_stateful_phase_runs_exactly_when_a_link_survives(data: Any) -> None:
    for document in (IDENFY, LIVEID):
        links = spec_links(document)
        operations = sorted({name for link in links for name in (link.source, link.target)})
        excluded = data.draw(st.lists(st.sampled_from(operations), unique=True))
        plan = plan_run(document, PHASES, dict.fromkeys(excluded, "billable"))
        survives = any(link.source not in excluded and link.target not in excluded for link in links)
        assert (STATEFUL in plan.phases) == survives
        assert (STATEFUL in plan.skipped_phases) == (not survives)

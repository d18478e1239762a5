"""The ``idvkit_contract`` fixture of idvkit's pytest plugin (idvkit.pytest_plugin, which imports this module only
when a test asks for the fixture): run idvkit's server contract checks against your own server from your test suite.

    def test_my_fake_idenfy_honours_the_contract(idvkit_contract, my_server_url):
        idvkit_contract("idenfy", my_server_url, max_examples=20, allow_destructive=True)

Credentials come from the usual environment variables (IDENFY_API_KEY, ...), or pass
``credentials={"IDENFY_API_KEY": ..., "IDENFY_API_SECRET": ...}``. The test fails with idvkit's
summary (operations, failed checks, refuted assumptions, what was skipped, the coverage matrix) when the
server breaks the contract (or, with ``min_coverage=P``, when less than P % of the documented behaviour was
seen). A passing test prints the same summary (``pytest -rP`` shows it) and records what was skipped and the
coverage as the test's ``user_properties`` (``idvkit_skipped``, ``idvkit_coverage``; they appear in
pytest's JUnit XML).
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from idvkit._exit import ExitCode
from idvkit.contract._coverage import format_percent
from idvkit.contract._rendering import print_summary
from idvkit.contract._runner import PHASES, ContractOptions, ContractResult, run_contract
from idvkit.contract._target import TargetError

ContractRunner = Callable[..., ContractResult]


def _summary(result: ContractResult) -> str:
    buffer = io.StringIO()
    print_summary(result, buffer)
    return buffer.getvalue()


def _record(node: pytest.Item, result: ContractResult) -> None:
    """What was skipped (phases and operations, with why) and the coverage, as the test's user properties."""
    skipped = {**{f"{phase} phase": why for phase, why in result.skipped_phases.items()}, **result.skipped}
    if skipped:
        node.user_properties.append(("idvkit_skipped", json.dumps(skipped, sort_keys=True)))
    if result.coverage is not None:
        node.user_properties.append(("idvkit_coverage", format_percent(result.coverage.percent)))


def contract_runner(tmp_path: Path, request: pytest.FixtureRequest) -> ContractRunner:
    """What the ``idvkit_contract`` fixture gives: run the contract checks of ``vendor`` against ``base_url``;
    fails the test on violations."""

    def run(
        vendor: str,
        base_url: str,
        *,
        max_examples: int = 25,
        phases: Sequence[str] = PHASES,
        allow_destructive: bool = False,
        seed: int | None = None,
        credentials: Mapping[str, str | None] | None = None,
        **extra: Any,
    ) -> ContractResult:
        options = ContractOptions(
            vendor=vendor,
            base_url=base_url,
            max_examples=max_examples,
            phases=phases,
            allow_destructive=allow_destructive,
            seed=seed,
            credentials=credentials or {},
            report_dir=tmp_path / "idvkit-reports",
            **extra,
        )
        output = io.StringIO()
        try:
            result = run_contract(options, out=output)
        except TargetError as exc:
            pytest.fail(f"idvkit contract could not run: {exc}", pytrace=False)
        summary = _summary(result)
        if isinstance(request.node, pytest.Item):
            _record(request.node, result)
        if result.exit_code != ExitCode.OK:
            shortfall = result.coverage_shortfall if result.exit_code == ExitCode.VIOLATIONS else None
            what = f"{shortfall} (min_coverage)" if shortfall and not result.findings else "contract violated"
            pytest.fail(f"{vendor}: {what}:\n{summary}", pytrace=False)
        print(summary)
        return result

    return run

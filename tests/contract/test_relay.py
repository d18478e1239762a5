"""schemathesis's output as idvkit relays it: advice in idvkit's terms, report paths where idvkit publishes them."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from idvkit.cli._contract import register
from idvkit.contract._relay import OutputRewriter

WORK = Path("/tmp/tmpa1b2c3")
REPORTS = Path("reports/idenfy")
REWRITER = OutputRewriter(["IDENFY_API_KEY", "IDENFY_API_SECRET"], WORK, REPORTS)
#: what schemathesis prints (4.32.5: cli/commands/run/handlers/output.py, engine/errors.py)
ADVICE = [
    "💡 Ensure valid authentication credentials are set via `--auth` or `-H`\n",
    "💡 Provide realistic parameter values in your config file so tests can access existing resources\n",
    "💡 Add a link from POST /api/v2/token, or supply the identifiers it returns in your config file\n",
    "💡 Schemathesis found no operation that creates this data - create it outside the test run and supply the "
    "identifiers in your config file\n",
    "Tip: Review your endpoint filters to include linked operations\n",
    "💡 Enable the `stateful` phase so declared links can supply real identifiers\n",
    "💡 Raise `phases.stateful.max-steps` or run longer so stateful testing reaches these operations\n",
    "💡 The schema declares a base path; try `--url http://127.0.0.1:8000/api`\n",
    "Tip: Check that the API is running and reachable at `127.0.0.1:9`; set the address with `--url`.\n",
    "Tip: Bypass SSL verification with `--tls-verify=false`.\n",
    "Tip: Check your data or bypass this health check using `--suppress-health-check=too_slow`.\n",
    "Record every request sent with `--report=har`.\n",
]


def _options() -> set[str]:
    """The options of ``idvkit contract``."""
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers()
    register(commands)
    contract: argparse.ArgumentParser = commands.choices["contract"]
    return {option for action in contract._actions for option in action.option_strings}


#: options idvkit's reason texts name that other parts of the contract kit add (issue 12, item 2)
ANNOUNCED = {"--resource", "--max-billable"}


@pytest.mark.parametrize("line", ADVICE)
def test_advice_names_only_options_idvkit_has(line: str) -> None:
    rewritten = REWRITER.line(line)
    named = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]+|-[A-Za-z])\b", rewritten))
    assert named <= _options() | ANNOUNCED, (rewritten, named - _options())
    assert "config file" not in rewritten
    assert rewritten.endswith("\n")


def test_credentials_advice_names_the_vendors_variables() -> None:
    assert "IDENFY_API_KEY and IDENFY_API_SECRET" in REWRITER.line(ADVICE[0])


def test_report_paths_are_the_published_ones() -> None:
    lines = [
        f"  - JUnit: {WORK}/junit-20261203T125931Z.xml\n",
        f"  - HAR: {WORK}/har-20261203T125931Z.json\n",
        f"  - JSON: {WORK}/json-20261203T125931Z.json\n",
        f"  - HTML: {WORK}/html-20261203T125931Z/index.html\n",
    ]
    assert [REWRITER.line(line) for line in lines] == [
        f"  - JUnit: {REPORTS}/junit.xml\n",
        f"  - HAR: {REPORTS}/requests.har\n",
        f"  - JSON: {REPORTS}/run.json\n",
        f"  - HTML: {REPORTS}/html-20261203T125931Z/index.html\n",
    ]
    assert str(WORK) not in REWRITER.line(f"wrote {WORK}\n")


def test_other_lines_pass_unchanged() -> None:
    for line in (" ✅  Examples (in 0.73s)\n", "  - POST /api/v2/status\n", "curl -X POST http://127.0.0.1/url\n"):
        assert REWRITER.line(line) == line

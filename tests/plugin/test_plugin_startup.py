"""The plugin pytest loads in every project that installs idvkit imports nothing heavy at load."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.metadata import entry_points

import pytest

from benchmarks.bench_plugin import bench_plugin
from benchmarks.harness import Budget

#: what the plugin's fixtures import in their bodies, never at load
HEAVY = ("idvkit.contract", "idvkit.sandbox", "idvkit.testing", "schemathesis", "starlette", "uvicorn", "httpx")


def test_the_entry_point_is_the_light_plugin_module() -> None:
    [plugin] = [entry for entry in entry_points(group="pytest11") if entry.name == "idvkit"]
    assert plugin.value == "idvkit.pytest_plugin"


def test_loading_the_plugin_imports_nothing_heavy() -> None:
    code = (
        "import sys, json, pytest\n"
        "before = set(sys.modules)\n"
        "import idvkit.pytest_plugin\n"
        "print(json.dumps(sorted(set(sys.modules) - before)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    loaded = json.loads(done.stdout)
    assert "idvkit.pytest_plugin" in loaded
    assert [name for name in loaded if name.split(".")[0] in HEAVY or name.startswith(HEAVY)] == []


def test_both_fixtures_are_registered(pytestconfig: pytest.Config) -> None:
    plugin = pytestconfig.pluginmanager.get_plugin("idvkit")
    assert plugin is not None
    assert plugin.__name__ == "idvkit.pytest_plugin"
    assert callable(plugin.idvkit_sandbox)
    assert callable(plugin.idvkit_contract)


def test_the_startup_benchmark_runs_on_a_tiny_budget() -> None:
    table = bench_plugin(Budget(repeats=1))
    labels = [sample.label for sample in table.samples]
    assert "added by the plugin (per pair)" in labels
    [added] = [sample for sample in table.samples if sample.target]
    assert added.target == "<= 50 ms"
    assert added.verdict in {"met", "missed"}

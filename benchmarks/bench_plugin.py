"""What idvkit's pytest plugin (entry point pytest11 -> idvkit.pytest_plugin) adds to pytest's start-up.

Every project that installs idvkit loads the plugin at each pytest start-up, so it must stay light: a one-test
run outside the repository (no conftest, no configuration) with the plugin and with ``-p no:idvkit``, side by
side, alternating which goes first.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.harness import Budget, Sample, Table

_TEST = "def test_nothing():\n    pass\n"
_IMPORT = (
    "import time, pytest\n"
    "started = time.perf_counter()\n"
    "import idvkit.pytest_plugin\n"
    "print(time.perf_counter() - started)\n"
)


def _run(folder: Path, *extra: str) -> float:
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *extra, "test_one.py"]
    started = time.perf_counter()
    subprocess.run(command, cwd=folder, check=True, capture_output=True)
    return time.perf_counter() - started


def bench_plugin(budget: Budget) -> Table:
    pairs = budget.repeats * 4 if budget.repeats > 1 else 1
    table = Table(
        title=f"pytest start-up with and without idvkit's plugin (a one-test run, {pairs} pairs)",
        command="make bench",
    )
    with_plugin, without, added = [], [], []
    with tempfile.TemporaryDirectory(prefix="idvkit-bench-plugin-") as folder:
        where = Path(folder)
        (where / "test_one.py").write_text(_TEST)
        _run(where)  # warm the file system caches and the bytecode of both sides
        for pair in range(pairs):
            if pair % 2:
                on, off = _run(where), _run(where, "-p", "no:idvkit")
            else:
                off, on = _run(where, "-p", "no:idvkit"), _run(where)
            with_plugin.append(on)
            without.append(off)
            added.append((on - off) * 1000)
        imports = []
        for _ in range(max(budget.repeats, 1)):
            done = subprocess.run(
                [sys.executable, "-c", _IMPORT], cwd=where, check=True, capture_output=True, text=True
            )
            imports.append(float(done.stdout.strip()) * 1000)
    table.samples.append(Sample("pytest, one test, -p no:idvkit", without, ""))
    table.samples.append(Sample("pytest, one test, with the plugin", with_plugin, ""))
    table.samples.append(Sample("added by the plugin (per pair)", added, "<= 50 ms", unit="ms"))
    table.samples.append(Sample("import idvkit.pytest_plugin (pytest already imported)", imports, "", unit="ms"))
    table.notes.append(
        "Each pair runs the same one-test file in an empty folder outside the repository with the plugin and with"
        f" `-p no:idvkit`, alternating which goes first; the added time is judged on the median of the pairs'"
        f" differences (spread of the runs without the plugin: {statistics.pstdev(without) * 1000:.0f} ms)."
        " The plugin's fixtures import the sandbox and the contract runner in their bodies, so a run that uses"
        " neither never imports them."
    )
    return table

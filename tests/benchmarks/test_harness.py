"""The benchmark harness measures and reports; it is tested on a tiny budget (benchmarks are not tests)."""

from __future__ import annotations

import sys
from pathlib import Path

from benchmarks.bench_suite import bench_suite
from benchmarks.harness import Budget, Sample, Table, run, timed


def tiny_benchmark(budget: Budget) -> Table:
    seconds = timed([sys.executable, "-c", "pass"], budget.repeats)
    return Table("interpreter start", "python -c pass", [Sample("start", seconds, "< 10 s")], ["a note"])


def test_report_has_a_row_per_sample_with_median_min_max(tmp_path: Path) -> None:
    output = tmp_path / "BENCHMARKS.md"
    text = run([tiny_benchmark], Budget(repeats=3), output, "make bench")

    assert output.read_text() == text
    assert "Written by `make bench`" in text
    assert "- Machine:" in text
    assert "cores" in text
    assert "## interpreter start" in text
    assert "Command: `python -c pass`" in text
    (row,) = [line for line in text.splitlines() if line.startswith("| start |")]
    cells = [cell.strip() for cell in row.strip("|").split("|")]
    assert cells[4] == "3"
    median, low, high = (float(cell.removesuffix(" s")) for cell in cells[1:4])
    assert low <= median <= high
    assert "a note" in text


def test_sample_median() -> None:
    assert Sample("x", [3.0, 1.0, 2.0]).median == 2.0


def test_suite_benchmark_dry_runs_on_a_tiny_budget() -> None:
    """The make-contract benchmark must not start a contract run from inside make test: it dry-runs (make -n).
    make test itself is not timed by make bench (it would take most of its 10 minutes)."""
    table = bench_suite(Budget(repeats=1))
    assert [sample.label for sample in table.samples] == ["`make contract` (dry run)"]
    assert all(sample.median < 30 for sample in table.samples)


def test_report_states_its_own_duration_and_ends_with_the_appendix(tmp_path: Path) -> None:
    text = run([tiny_benchmark], Budget(repeats=1), None, "make bench", appendix="## Profiles\n\nnotes")
    assert "(target: under 10 minutes)" in text.splitlines()[2]
    assert text.endswith("## Profiles\n\nnotes\n")

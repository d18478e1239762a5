"""Wall time of the README's two commands in this checkout, with the virtual environment already set up."""

from __future__ import annotations

from benchmarks.harness import Budget, Sample, Table, timed

#: The README's commands and their targets (make contract's comes from issue 5; make test has none).
COMMANDS = {
    "make test": ("test", ""),
    "make contract": ("contract", "< 180 s"),
}


def bench_suite(budget: Budget) -> Table:
    table = Table(title="The README's commands: make test and make contract (wall time)", command="make bench")
    # One run each: they take minutes. The tiny budget of the harness test only dry-runs them (make -n), so
    # that make test does not start itself.
    dry = budget.repeats <= 1
    for label, (target, goal) in COMMANDS.items():
        command = ["make", "--no-print-directory", *(["-n"] if dry else []), target]
        table.samples.append(Sample(f"`{label}`" + (" (dry run)" if dry else ""), timed(command, 1), goal))
    table.notes.append(
        "One run of each in this checkout (the .venv exists, so no install); a fresh clone adds the install "
        "of the pinned tools (about 60-90 s here). `make test` is lint, mypy --strict, the drift check of "
        "generated/ and the whole pytest suite; `make contract` tests the three embedded sandboxes and the "
        "client conformance suite."
    )
    return table

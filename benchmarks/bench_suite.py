"""Wall time of ``make contract`` in this checkout, with the virtual environment already set up.

``make test`` (about 4 minutes) is not timed here: with it, ``make bench`` could not stay under its 10 minutes.
Its target (under 5 minutes on a fresh clone, install included) is measured on a fresh clone instead
(CONTRIBUTING.md) and written into the session notes."""

from __future__ import annotations

from benchmarks.harness import Budget, Sample, Table, timed

#: The README's commands timed here and their targets (make contract's comes from issue 5).
COMMANDS = {
    "make contract": ("contract", "< 180 s"),
}


def bench_suite(budget: Budget) -> Table:
    table = Table(title="make contract (wall time)", command="make bench")
    # One run each: they take minutes. The tiny budget of the harness test only dry-runs them (make -n), so
    # that make test does not start itself.
    dry = budget.repeats <= 1
    for label, (target, goal) in COMMANDS.items():
        command = ["make", "--no-print-directory", *(["-n"] if dry else []), target]
        table.samples.append(Sample(f"`{label}`" + (" (dry run)" if dry else ""), timed(command, 1), goal))
    table.notes.append(
        "One run in this checkout (the .venv exists, so no install); a fresh clone adds the install of the pinned "
        "tools (about 60-90 s here). `make contract` tests the three embedded sandboxes and the client conformance "
        "suite. `make test` is timed on a fresh clone instead (install included, target under 5 minutes): timing "
        "it here would take most of make bench's 10 minutes."
    )
    return table

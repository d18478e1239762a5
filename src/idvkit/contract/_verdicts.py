"""What a run's failures mean: a violation, or a refuted guess of the spec, judged failure by failure.

Every failure is attributed to the operation whose response failed and judged on its own: it is a violation
unless its own spec location carries an ``x-assumption`` that this failure refutes (see
``idvkit.contract._assumptions``). Failures of one check are never merged across operations, so a check that
fails on an operation whose guess it refutes and on another where it shows a vendor bug gives one refuted
assumption and one violation.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from idvkit.contract._assumptions import Assumption, refuted_assumptions


@dataclass(frozen=True)
class Finding:
    """One kind of failure on one operation: the check (code and title), the operation it failed on and, when
    the failing spec elements are marked ``x-assumption`` and the failure refutes the mark, the guesses it
    refutes (none: a contract violation)."""

    code: str
    title: str
    operations: tuple[str, ...]
    assumptions: tuple[Assumption, ...] = ()
    #: how many distinct failures of the run it stands for
    failures: int = 1

    @property
    def operation(self) -> str:
        return self.operations[0] if self.operations else ""

    @property
    def violation(self) -> bool:
        return not self.assumptions


def findings_from_log(document: Mapping[str, Any], records: Iterable[Mapping[str, Any]]) -> list[Finding]:
    """One finding per (operation, check, refuted marks) of the failure log's records."""
    counted: dict[tuple[str, str, str, tuple[Assumption, ...]], int] = {}
    for record in records:
        code, title, operation = str(record["code"]), str(record["title"]), str(record["operation"])
        status = record.get("status")
        negated = record.get("negated")
        marks = refuted_assumptions(
            document,
            operation,
            code,
            status if isinstance(status, int) else None,
            record.get("schema_pointer"),
            negated if isinstance(negated, Mapping) else None,
        )
        key = (operation, code, title, tuple(marks))
        counted[key] = counted.get(key, 0) + 1
    return [
        Finding(code, title, (operation,), marks, count) for (operation, code, title, marks), count in counted.items()
    ]


def findings_from_report(groups: Iterable[Mapping[str, Any]]) -> list[Finding]:
    """Findings from schemathesis's JSON report (when idvkit's failure log is missing): one per operation of
    each failure group, all violations (without the log nothing tells what a failure refutes)."""
    return [
        Finding(str(group.get("code", "")), str(group.get("title", "")), (str(operation),))
        for group in groups
        for operation in group.get("operations", [])
    ]

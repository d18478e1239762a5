"""make mutation: mutmut over the safety-critical modules, one module at a time, and the surviving share per module.

    python scripts/mutation.py               # every module of MODULES, then the report
    python scripts/mutation.py retry redact  # only these

mutmut (configured in setup.cfg) runs each mutant against only the tests that called the mutated function. A module
here is a set of mutmut name patterns (the functions that hold a safety promise); its mutants run in one
``mutmut run`` with one worker, the modules one after the other. A survivor is accepted only when
docs/mutation-survivors.toml lists it with a reason; the run fails (exit 1) naming every other survivor.
The report goes to standard output and reports/mutation.md.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tomllib
from collections import Counter
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
SURVIVORS = ROOT / "docs" / "mutation-survivors.toml"
REPORT = ROOT / "reports" / "mutation.md"
SURVIVED = ("survived", "no tests")


@dataclass(frozen=True)
class Module:
    key: str
    title: str
    patterns: tuple[str, ...]


MODULES = (
    Module("network", "URL/production guard (src/idvkit/_network.py)", ("idvkit._network.*",)),
    Module("redact", "redaction (src/idvkit/redact/)", ("idvkit.redact.*",)),
    Module("signature", "webhook signatures (src/idvkit/webhooks/_signature.py)", ("idvkit.webhooks._signature.*",)),
    Module(
        "sandbox-auth",
        "sandbox credentials (src/idvkit/sandbox/_engine.py, _idenfy.py, _liveid.py)",
        (
            "idvkit.sandbox._engine.x_constant_time_equal__mutmut_*",
            "idvkit.sandbox._engine.*ǁ_authenticate__mutmut_*",
            "idvkit.sandbox._engine.*ǁ_satisfies__mutmut_*",
            "idvkit.sandbox._idenfy.*ǁcheck_*__mutmut_*",
            "idvkit.sandbox._liveid.*ǁcheck_*__mutmut_*",
        ),
    ),
    Module(
        "sandbox-validation",
        "sandbox request validation (src/idvkit/sandbox/_validation.py)",
        ("idvkit.sandbox._validation.*",),
    ),
    Module(
        "drift-gate",
        "drift gate (scripts/generate.py: diff_trees of --check)",
        ("scripts.generate.x_diff_trees__mutmut_*",),
    ),
    Module(
        "retry",
        "retry policy (src/idvkit/clients/_retry.py: RetryPolicy, _Attempts, classify_operation)",
        (
            "idvkit.clients._retry.xǁRetryPolicyǁ*",
            "idvkit.clients._retry.xǁ_Attemptsǁ*",
            "idvkit.clients._retry.x_classify_operation__mutmut_*",
            "idvkit.clients._retry.x__replayable__mutmut_*",
        ),
    ),
    Module(
        "vendor-checks", "vendor checks (src/idvkit/contract/_vendor_checks.py)", ("idvkit.contract._vendor_checks.*",)
    ),
)


def accepted_survivors() -> dict[str, str]:
    """The survivors docs/mutation-survivors.toml accepts: mutant name (or pattern) -> reason."""
    data = tomllib.loads(SURVIVORS.read_text(encoding="utf-8"))
    accepted: dict[str, str] = {}
    for entry in data.get("survivor", []):
        mutant, reason = entry.get("mutant"), entry.get("reason")
        if not (isinstance(mutant, str) and isinstance(reason, str) and reason.strip()):
            raise SystemExit(f"{SURVIVORS.relative_to(ROOT)}: every [[survivor]] needs a mutant and a reason: {entry}")
        accepted[mutant] = reason
    return accepted


def results() -> dict[str, str]:
    """Every mutant mutmut knows in mutants/, with its status."""
    listed = subprocess.run(
        [str(BIN / "mutmut"), "results", "--all", "true"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    statuses: dict[str, str] = {}
    for line in listed.stdout.splitlines():
        name, separator, status = line.strip().rpartition(": ")
        if separator:
            statuses[name] = status
    return statuses


def belongs(name: str, module: Module) -> bool:
    return any(fnmatchcase(name, pattern) for pattern in module.patterns)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", choices=[[], *[module.key for module in MODULES]], metavar="MODULE")
    args = parser.parse_args(argv)
    chosen = [module for module in MODULES if not args.modules or module.key in args.modules]
    accepted = accepted_survivors()
    for module in chosen:
        print(f"== mutmut: {module.title}", flush=True)
        run = subprocess.run(
            [str(BIN / "mutmut"), "run", "--max-children", "1", *module.patterns],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        if run.returncode != 0:
            print(run.stdout[-4000:] + run.stderr[-4000:], file=sys.stderr)
            print(f"mutmut failed on {module.key} (exit {run.returncode})", file=sys.stderr)
            return 2
    statuses = results()
    lines = [
        "| module | mutants | killed | survived | of them accepted | surviving share |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    unlisted: list[str] = []
    for module in chosen:
        mine = {name: status for name, status in statuses.items() if belongs(name, module)}
        counts = Counter(mine.values())
        survivors = sorted(name for name, status in mine.items() if status in SURVIVED)
        ok = [name for name in survivors if any(fnmatchcase(name, pattern) for pattern in accepted)]
        unlisted += [name for name in survivors if name not in ok]
        total = sum(counts.values()) - counts["not checked"]
        share = f"{len(survivors) / total:.1%}" if total else "-"
        killed = counts["killed"] + counts["timeout"] + counts["segfault"]
        lines.append(f"| {module.key} | {total} | {killed} | {len(survivors)} | {len(ok)} | {share} |")
    report = "\n".join(lines)
    print(report)
    REPORT.parent.mkdir(exist_ok=True)
    REPORT.write_text(report + "\n", encoding="utf-8")
    if unlisted:
        print(
            f"\n{len(unlisted)} survivor(s) neither killed nor listed in docs/mutation-survivors.toml:", file=sys.stderr
        )
        for name in unlisted:
            print(f"  {name}   (mutmut show '{name}')", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

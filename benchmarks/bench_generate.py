"""``make generate`` cold (every vendor regenerated) and with nothing to do."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from benchmarks.harness import ROOT, Budget, Sample, Table, timed


def bench_generate(budget: Budget) -> Table:
    table = Table(
        title="make generate (3 vendors: bundle, validate, 2 generators each, ruff, manifest)",
        command="make bench",
    )
    with tempfile.TemporaryDirectory(prefix="idvkit-bench-") as tmp:
        workspace = Path(tmp)
        for name in ("specs", "scripts", "generated"):
            shutil.copytree(ROOT / name, workspace / name, ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copytree(ROOT / "src" / "idvkit" / "specs", workspace / "src" / "idvkit" / "specs")
        script = [sys.executable, str(workspace / "scripts" / "generate.py")]
        # a cold run takes seconds: three make a median
        cold = timed([*script, "--force"], min(3, budget.repeats), cwd=workspace)
        table.samples.append(Sample("cold: `scripts/generate.py --force`", cold, "< 8 s"))
        idle = timed(script, budget.repeats, cwd=workspace)
        table.samples.append(Sample("nothing to do: `scripts/generate.py`", idle, "< 1 s"))
        check = timed([*script, "--check"], 1, cwd=workspace)
        table.samples.append(Sample("drift check: `scripts/generate.py --check`", check, ""))
    make_idle = timed(["make", "--no-print-directory", "generate"], budget.repeats)
    table.samples.append(Sample("nothing to do, through make: `make generate`", make_idle, "< 1 s"))
    return table

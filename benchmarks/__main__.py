"""Run every benchmark and write docs/BENCHMARKS.md: ``python -m benchmarks [--repeats N] [--output PATH]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from benchmarks.bench_client import bench_client_overhead
from benchmarks.bench_contract import bench_contract_detection
from benchmarks.bench_generate import bench_generate
from benchmarks.bench_load import bench_sandbox_load
from benchmarks.bench_plugin import bench_plugin
from benchmarks.bench_proxy import bench_proxy
from benchmarks.bench_sandbox import bench_sandbox_memory, bench_sandbox_throughput
from benchmarks.bench_suite import bench_suite
from benchmarks.harness import ROOT, Budget, run

#: Hand-written: what was profiled where a target was missed, appended to the report.
PROFILES = ROOT / "docs" / "profiles" / "README.md"
BENCHMARKS = [
    bench_suite,
    bench_generate,
    bench_client_overhead,
    bench_sandbox_throughput,
    bench_sandbox_memory,
    bench_sandbox_load,
    bench_contract_detection,
    bench_proxy,
    bench_plugin,
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=5, help="timed runs per measurement (median reported)")
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "BENCHMARKS.md")
    args = parser.parse_args()
    text = run(BENCHMARKS, Budget(repeats=args.repeats), args.output, "make bench", appendix=PROFILES.read_text())
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())

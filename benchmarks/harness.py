"""The benchmark harness: timed runs, medians, and the Markdown report in docs/BENCHMARKS.md.

Benchmarks are not tests: they never fail the build. Each benchmark is a function that takes a
``Budget`` and returns a ``Table``; the harness runs them, records the machine and tool versions,
and writes one report with the exact command that produced it.
"""

from __future__ import annotations

import os
import platform
import re
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Budget:
    """How much work each benchmark may do: ``repeats`` timed runs (the harness test uses 1)."""

    repeats: int = 5


@dataclass(frozen=True)
class Sample:
    """Seconds of several runs of one measured thing."""

    label: str
    seconds: list[float]
    target: str = ""
    unit: str = "s"

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def verdict(self) -> str:
        """ "met" or "missed" for a target of the form ``[<|<=|>|>=] NUMBER [unit]`` (a bare number must be met
        exactly by every run), judged on the median; "" when there is no target. A target in other words is an
        error: every target is evaluated."""
        if not self.target:
            return ""
        match = re.fullmatch(r"(<=|>=|<|>)?\s*([0-9]+(?:\.[0-9]+)?)\s*[A-Za-z%/]*", self.target.strip())
        if match is None:
            raise ValueError(f"{self.label}: target {self.target!r} is not [<|<=|>|>=] NUMBER [unit]")
        operator, bound = match.group(1), float(match.group(2))
        value = self.median
        met = {
            "<": value < bound,
            "<=": value <= bound,
            ">": value > bound,
            ">=": value >= bound,
            None: all(run == bound for run in self.seconds),
        }[operator]
        return "met" if met else "missed"


@dataclass
class Table:
    """One benchmark's result: rows of samples, the command that reproduces it, notes."""

    title: str
    command: str
    samples: list[Sample] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def markdown(self) -> str:
        lines = [f"## {self.title}", "", f"Command: `{self.command}`", ""]
        lines += ["| what | median | min | max | runs | target | met? |", "|---|---|---|---|---|---|---|"]
        for sample in self.samples:
            unit = sample.unit
            lines.append(
                f"| {sample.label} | {sample.median:.2f} {unit} | {min(sample.seconds):.2f} {unit} | "
                f"{max(sample.seconds):.2f} {unit} | {len(sample.seconds)} | {sample.target} | {sample.verdict} |"
            )
        lines += ["", *self.notes] if self.notes else []
        return "\n".join(lines)


def timed(command: Sequence[str], runs: int, cwd: Path = ROOT, setup: Callable[[], None] | None = None) -> list[float]:
    """Wall-clock seconds of ``runs`` runs of a command (``setup`` runs untimed before each)."""
    seconds = []
    for _ in range(runs):
        if setup is not None:
            setup()
        started = time.perf_counter()
        subprocess.run(command, cwd=cwd, check=True, capture_output=True)
        seconds.append(time.perf_counter() - started)
    return seconds


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on (for a server the benchmark starts)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def machine() -> list[str]:
    memory = ""
    try:
        kib = next(
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
        memory = f", {kib / 1024 / 1024:.0f} GiB"
    except (OSError, StopIteration, ValueError):
        pass
    tools = ", ".join(
        f"{name} {version(name)}"
        for name in ("openapi-python-client", "datamodel-code-generator", "schemathesis", "httpx")
    )
    return [
        f"- Machine: {platform.machine()}, {os.cpu_count()} cores{memory}, {platform.system()} {platform.release()}",
        f"- Python {platform.python_version()}; {tools}",
    ]


def report(tables: list[Table], command: str, seconds: float | None = None) -> str:
    header = [
        "# Benchmarks",
        "",
        f"Written by `{command}` on {time.strftime('%Y-%m-%d')}"
        + (f" in {seconds:.0f} s (target: under 10 minutes)" if seconds is not None else "")
        + ". Benchmarks are not tests: a missed",
        "target is reported here, never a failed build. Each row is the median of several runs, with min and max.",
        "",
        *machine(),
        "",
    ]
    return "\n".join(header + [table.markdown() + "\n" for table in tables])


def run(
    benchmarks: Sequence[Callable[[Budget], Table]],
    budget: Budget,
    output: Path | None,
    command: str,
    appendix: str = "",
) -> str:
    started = time.perf_counter()
    tables = []
    for benchmark in benchmarks:
        print(f"running {benchmark.__name__} ...", file=sys.stderr, flush=True)
        tables.append(benchmark(budget))
    text = report(tables, command, time.perf_counter() - started)
    if appendix:
        text = f"{text.rstrip()}\n\n{appendix.strip()}\n"
    if output is not None:
        output.write_text(text)
    return text

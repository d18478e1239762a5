"""Run the installed ``idvkit contract`` CLI as a subprocess against a server served from this process."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from starlette.types import ASGIApp

from idvkit.sandbox import running_server
from idvkit.vendors import VENDORS

#: The installed console script, next to the interpreter running the tests.
IDVKIT = str(Path(sys.executable).with_name("idvkit"))
#: Time limit of one CLI run. A loopback --base-url gets neither the remote rate limit (10/s) nor the remote
#: budget (3,000 requests, 600 s); with them the runs would hit this limit.
RUN_TIMEOUT = 240.0
#: Every vendor's credential variables (a run gets only the ones a test passes).
CREDENTIAL_VARIABLES = frozenset(variable for vendor in VENDORS.values() for variable in vendor.credential_env)


@dataclass(frozen=True)
class CliRun:
    """One finished CLI invocation."""

    command: tuple[str, ...]
    exit_code: int
    stdout: str
    stderr: str
    seconds: float
    workdir: Path | None = None

    @property
    def output(self) -> str:
        return self.stdout + self.stderr

    def describe(self) -> str:
        """The run's command, exit code and the tail of its output, for assertion messages."""
        tail = "\n".join(self.output.splitlines()[-60:])
        return f"$ {' '.join(self.command)}\nexit {self.exit_code} after {self.seconds:.1f}s\n{tail}"


def clean_environment(credentials: Mapping[str, str]) -> dict[str, str]:
    """The test process's environment without any vendor credential, plus ``credentials``."""
    environment = {k: v for k, v in os.environ.items() if k not in CREDENTIAL_VARIABLES}
    environment.update(credentials)
    environment["COLUMNS"] = "160"
    return environment


def run_cli(arguments: Sequence[str], credentials: Mapping[str, str], *, cwd: Path) -> CliRun:
    """``idvkit ARGUMENTS`` in ``cwd`` with only ``credentials`` in the environment. Every run gets its own
    ``cwd``, so that whatever a run writes there (schemathesis's ``.schemathesis``, ``.hypothesis``) is its own.
    """
    command = (IDVKIT, *arguments)
    started = time.monotonic()
    completed = subprocess.run(
        command,
        env=clean_environment(credentials),
        cwd=cwd,
        capture_output=True,
        text=True,
        errors="replace",
        timeout=RUN_TIMEOUT,
        check=False,
    )
    return CliRun(command, completed.returncode, completed.stdout, completed.stderr, time.monotonic() - started)


def contract_arguments(
    vendor: str, base_url: str, *, phases: str, max_examples: int, seed: int, report_dir: Path
) -> list[str]:
    return [
        "contract",
        vendor,
        "--base-url",
        base_url,
        "--allow-destructive",
        "--phases",
        phases,
        "--max-examples",
        str(max_examples),
        "--seed",
        str(seed),
        "--report-dir",
        str(report_dir),
        "--vcr",  # every report format, for the redaction tests
    ]


def serve_and_check(
    app: ASGIApp,
    vendor: str,
    credentials: Mapping[str, str],
    *,
    phases: str,
    max_examples: int,
    seed: int,
    workdir: Path,
) -> CliRun:
    """Serve ``app`` on 127.0.0.1 and run ``idvkit contract VENDOR --base-url ...`` against it, in ``workdir``
    (reports in ``workdir/reports``)."""
    report_dir = workdir / "reports"
    workdir.mkdir(parents=True, exist_ok=True)
    with running_server(app, log_level="error") as base_url:
        arguments = contract_arguments(
            vendor, base_url, phases=phases, max_examples=max_examples, seed=seed, report_dir=report_dir
        )
        run = run_cli(arguments, credentials, cwd=workdir)
    return CliRun(run.command, run.exit_code, run.stdout, run.stderr, run.seconds, workdir)

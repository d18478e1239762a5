"""Run the server contract tests of one vendor with schemathesis and collect what it found.

schemathesis runs in a child process (its own CPU, its own progress output) against either the
embedded sandbox, served from this process on a loopback port, or the user's server. The project's
schemathesis configuration (auth per security scheme, documented state-dependent rejections) and
idvkit's hooks (LiveID+'s conference tokens, vendor checks) are applied.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any, TextIO

import httpx

from idvkit.contract._assumptions import assumptions_of
from idvkit.contract._preflight import preflight
from idvkit.contract._reports import publish_reports
from idvkit.contract._target import Target, TargetError, guarded_operations, remote_target
from idvkit.redact import Redactor
from idvkit.sandbox import create_sandbox, running_server
from idvkit.vendors import VENDORS, get_vendor

PHASES = ("examples", "coverage", "fuzzing", "stateful")
#: Requests per second against anything but the embedded sandbox (the user may raise it).
REMOTE_RATE_LIMIT = "10/s"
#: Time budget of one vendor's run against a remote target, in seconds.
REMOTE_MAX_TIME = 600
REPORT_FORMATS = "junit,har,vcr,html,json"


@dataclass
class ContractOptions:
    """What ``idvkit contract`` was asked to do."""

    vendor: str
    base_url: str | None = None
    max_examples: int = 25
    phases: Sequence[str] = PHASES
    allow_destructive: bool = False
    allow_production: bool = False
    rate_limit: str | None = None
    report_dir: Path = Path("reports")
    seed: int | None = None
    credentials: Mapping[str, str | None] = field(default_factory=dict)
    request_timeout: float = 10.0


@dataclass(frozen=True)
class Finding:
    """One kind of contract violation: the check (code and title) and the operations it failed on."""

    code: str
    title: str
    operations: tuple[str, ...]
    assumptions: tuple[str, ...] = ()


@dataclass
class ContractResult:
    """The outcome of one vendor's run."""

    vendor: str
    target: str
    exit_code: int
    findings: list[Finding] = field(default_factory=list)
    operations: dict[str, str] = field(default_factory=dict)  # label -> passed / failed / skipped / errored
    skipped: dict[str, str] = field(default_factory=dict)  # operationId -> why it was not run
    reports: list[Path] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _spec_file(vendor: str) -> contextlib.AbstractContextManager[Path]:
    return as_file(files("idvkit_specs").joinpath(f"{vendor}.json"))


def _config_file() -> contextlib.AbstractContextManager[Path]:
    return as_file(files("idvkit.contract").joinpath("schemathesis.toml"))


@contextlib.contextmanager
def _serve_target(options: ContractOptions) -> Iterator[Target]:
    vendor = get_vendor(options.vendor)
    if options.base_url is None:
        sandbox = create_sandbox(vendor.name)
        credentials = _sandbox_credentials(vendor.name, sandbox)
        with running_server(sandbox.app) as url:
            yield Target(url, embedded=True, loopback=True, production=False, credentials=credentials)
    else:
        yield remote_target(
            vendor, options.base_url, allow_production=options.allow_production, given=options.credentials
        )


def _sandbox_credentials(vendor: str, sandbox: Any) -> dict[str, str]:
    """The sandbox's credentials under the vendor's variable names (API key first, then the secret)."""
    credentials = sandbox.behaviour.credentials
    values = (credentials.api_key, getattr(credentials, "api_secret", ""))
    return dict(zip(get_vendor(vendor).credential_env, values, strict=False))


def _environment(target: Target) -> dict[str, str]:
    environment = dict(os.environ)
    # The configuration names every vendor's variables; the ones not under test only need a value.
    for vendor in VENDORS.values():
        for variable in vendor.credential_env:
            environment.setdefault(variable, "unused")
    environment.update(target.credentials)
    environment["SCHEMATHESIS_HOOKS"] = "idvkit.contract._hooks"
    environment.setdefault("COLUMNS", "120")
    return environment


def schemathesis_command(
    options: ContractOptions, target: Target, spec: Path, config: Path, report_dir: Path, excluded: Sequence[str]
) -> list[str]:
    command = [sys.executable, "-m", "schemathesis.cli", "--config-file", str(config), "run", str(spec)]
    command += ["--url", target.base_url, "--checks", "all", "--phases", ",".join(options.phases)]
    command += ["--max-examples", str(options.max_examples), "--request-timeout", str(options.request_timeout)]
    command += ["--report", REPORT_FORMATS, "--report-dir", str(report_dir), "--output-sanitize", "true"]
    if options.seed is not None:
        command += ["--seed", str(options.seed)]
    # Rate limit and time budget protect servers that are not on this machine; a loopback server (the
    # embedded sandbox, or the user's own fake) is tested at full speed unless --rate-limit says otherwise.
    rate_limit = options.rate_limit or (None if target.loopback else REMOTE_RATE_LIMIT)
    if rate_limit:
        command += ["--rate-limit", rate_limit]
    if not target.loopback:
        command += ["--max-time", str(REMOTE_MAX_TIME)]
    for operation_id in excluded:
        command += ["--exclude-operation-id", operation_id]
    return command


def _stream(process: subprocess.Popen[str], redactor: Redactor, out: TextIO) -> None:
    assert process.stdout is not None
    for line in process.stdout:
        out.write(redactor.text(line))
        out.flush()


def _read_reports(report_dir: Path, result: ContractResult, document: Mapping[str, Any]) -> None:
    for junit in sorted(report_dir.glob("junit*.xml")):
        # the report was written by the schemathesis run we started, into our own temporary folder
        for case in ElementTree.parse(junit).getroot().iter("testcase"):  # noqa: S314
            label = case.get("name", "")
            status = "passed"
            if case.find("failure") is not None:
                status = "failed"
            elif case.find("error") is not None:
                status = "errored"
            elif case.find("skipped") is not None:
                status = "skipped"
            result.operations[label] = status
    for report in sorted(report_dir.glob("json*.json")):
        data = json.loads(report.read_text())
        for group in data.get("failures", []):
            operations = tuple(str(op) for op in group.get("operations", []))
            marks = tuple(mark for op in operations for mark in assumptions_of(document, op))
            result.findings.append(Finding(str(group.get("code", "")), str(group.get("title", "")), operations, marks))
        result.errors += [str(error.get("title")) for error in data.get("errors", [])]


def run_contract(options: ContractOptions, *, out: TextIO = sys.stdout) -> ContractResult:
    """Run one vendor's contract tests; raises TargetError when the run cannot start."""
    vendor = get_vendor(options.vendor)
    document = vendor.spec()
    unknown = set(options.phases) - set(PHASES)
    if unknown:
        raise TargetError(f"unknown phase {', '.join(sorted(unknown))}; expected some of {', '.join(PHASES)}")
    with _serve_target(options) as target:
        redactor = Redactor(secrets=list(target.credentials.values()))
        try:
            preflight(document, target)
        except httpx.HTTPError as exc:
            raise TargetError(
                f"cannot reach {target.base_url}: {redactor.text(str(exc)) or type(exc).__name__}"
            ) from None
        guarded = {} if (target.embedded or options.allow_destructive) else guarded_operations(document)
        report_dir = options.report_dir / vendor.name
        shutil.rmtree(report_dir, ignore_errors=True)
        result = ContractResult(
            vendor.name, target.base_url, 0, skipped={k: f"{v} (--allow-destructive)" for k, v in guarded.items()}
        )
        with _spec_file(vendor.name) as spec, _config_file() as config, tempfile.TemporaryDirectory() as work:
            command = schemathesis_command(options, target, spec, config, Path(work), sorted(guarded))
            process = subprocess.Popen(  # noqa: S603 - our own interpreter, arguments built above
                command,
                env=_environment(target),
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                errors="replace",
            )
            try:
                _stream(process, redactor, out)
            finally:
                status = process.wait()
            _read_reports(Path(work), result, document)
            result.reports = publish_reports(Path(work), report_dir, redactor)
    result.exit_code = 0 if status == 0 else 1 if result.findings or status == 1 else 2
    return result

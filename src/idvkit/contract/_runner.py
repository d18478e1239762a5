"""Run the server contract tests of one vendor with schemathesis and collect what it found.

schemathesis runs in a child process (its own CPU, its own progress output) against either the
embedded sandbox, served from this process on a loopback port, or the user's server. The schemathesis
configuration written for the vendor (auth per security scheme, documented state-dependent rejections:
``_config``) and idvkit's hooks (LiveID+'s conference tokens, vendor checks) are applied.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import httpx

from idvkit._exit import ExitCode
from idvkit.contract import _resources as resources
from idvkit.contract._baseline_run import DriftOutcome, add_to_junit, drift_outcome
from idvkit.contract._billable import (
    BILLABLE_LOG_VARIABLE,
    MAX_BILLABLE_VARIABLE,
    billable_operations,
    drop_refused_exchanges,
    read_counts,
)
from idvkit.contract._budget import environment_of
from idvkit.contract._config import run_inputs
from idvkit.contract._coverage import Coverage, coverage_of, format_percent
from idvkit.contract._handover import (
    FAILURE_LOG_VARIABLE,
    NOT_THE_API_VARIABLE,
    OBSERVATIONS_VARIABLE,
    PROGRESS_VARIABLE,
    write_atomically,
)
from idvkit.contract._preflight import preflight
from idvkit.contract._prerequisites import plan_run
from idvkit.contract._registrations import REGISTRATIONS_VARIABLE, registrations_environment
from idvkit.contract._relay import OutputRewriter
from idvkit.contract._rendering import coverage_html, summary_document
from idvkit.contract._reports import ReportFolderError, check_report_folder, publish_reports
from idvkit.contract._target import Target, TargetError, guarded_operations, remote_target
from idvkit.contract._verdicts import Finding, findings_from_log, findings_from_report
from idvkit.redact import LineRedactor, Redactor
from idvkit.vendors import get_vendor

PHASES = ("examples", "coverage", "fuzzing", "stateful")
#: Requests per second against a server that is not on this machine (the user may change it).
REMOTE_RATE_LIMIT = "10/s"
#: Budget of one vendor's run against a server that is not on this machine: at most this many requests
#: and seconds (a ceiling, not a quota: the run ends earlier when its phases are done).
REMOTE_MAX_REQUESTS = 3000
REMOTE_MAX_TIME = 600.0
#: How long past its time budget a run may take to stop by itself before it is interrupted, then killed.
STOP_GRACE = 30.0
REPORT_FORMATS = "junit,har,html,json"
#: The VCR cassette is opt-in: it repeats the HAR file, and masking its YAML costs ~2 s per MB.
VCR_FORMAT = "vcr"
FAILURE_LOG = "failures.json"
SUMMARY = "summary.json"
COVERAGE_PAGE = "coverage.html"
#: Seconds without output after which a run prints where it is: on a terminal, and in a log (CI).
PROGRESS_INTERVAL_TERMINAL = 5.0
PROGRESS_INTERVAL_LOG = 30.0


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
    #: request and time budget; None: the default (remote targets only), 0: unlimited
    max_requests: int | None = None
    max_time: float | None = None
    #: also write a VCR cassette (cassette.yaml)
    vcr: bool = False
    #: fail (exit 1) when fewer than this percentage of the documented (operation, status) pairs were seen
    min_coverage: float | None = None
    #: values of resources that exist at the vendor, by name (``--resource``, see idvkit.contract._resources)
    resources: Mapping[str, str] = field(default_factory=dict)
    #: at most this many calls of x-billable operations (None: no cap; 0: none, they are skipped)
    max_billable: int | None = None
    #: the drift watch: the baseline file (written when absent, else compared with), see idvkit.contract._drift
    baseline: Path | None = None
    #: "fail": drift exits 1; "warn": it is only reported
    drift: str = "fail"
    #: write this run's snapshot as the new baseline (after the comparison)
    update_baseline: bool = False
    #: captured callbacks (JSON Lines) to snapshot with the run, see idvkit.contract._callback_exchanges
    callbacks: Path | None = None

    def budget(self, target: Target) -> tuple[int | None, float | None]:
        """(max requests, max seconds) for ``target``: the defaults apply to remote targets only."""
        requests = (
            self.max_requests if self.max_requests is not None else None if target.loopback else REMOTE_MAX_REQUESTS
        )
        seconds = self.max_time if self.max_time is not None else None if target.loopback else REMOTE_MAX_TIME
        return (requests or None), (seconds or None)


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
    #: why the run ended: completed, interrupted, budget_requests, budget_time, ... (schemathesis's reasons)
    stop_reason: str = "completed"
    requests: int | None = None
    skipped_phases: dict[str, str] = field(default_factory=dict)  # phase -> why it was not run
    #: operation label -> why it got no identifiers that name something (what it depends on is skipped)
    without_data: dict[str, str] = field(default_factory=dict)
    #: the documented (operation, status) pairs the run observed (None: the run wrote no log of its answers)
    coverage: Coverage | None = None
    min_coverage: float | None = None
    #: billable calls under --max-billable: limit, sent, refused (None: no cap)
    billable: dict[str, int | None] | None = None
    #: the drift watch's outcome (None: no --baseline)
    drift: DriftOutcome | None = None

    @property
    def coverage_shortfall(self) -> str | None:
        """ "coverage P' % below P %" when --min-coverage P was not reached, else None."""
        if self.min_coverage is None:
            return None
        if self.coverage is None:
            return f"coverage unknown (the run recorded no answers) below {format_percent(self.min_coverage)} %"
        if self.coverage.percent >= self.min_coverage:
            return None
        return f"coverage {format_percent(self.coverage.percent)} % below {format_percent(self.min_coverage)} %"


@contextlib.contextmanager
def _serve_target(options: ContractOptions) -> Iterator[Target]:
    vendor = get_vendor(options.vendor)
    if options.base_url is None:
        from idvkit.sandbox import create_sandbox, running_server  # only for the embedded target: heavy

        sandbox = create_sandbox(vendor.name)
        credentials = sandbox.credentials()
        # error level: schemathesis's probes of malformed requests are not worth a warning each
        with running_server(sandbox.app, log_level="error") as url:
            target = Target(url, embedded=True, loopback=True, production=False, credentials=credentials)
            _EMBEDDED_DELIVERIES[id(target)] = sandbox.dispatcher.deliveries
            try:
                yield target
            finally:
                _EMBEDDED_DELIVERIES.pop(id(target), None)
    else:
        yield remote_target(
            vendor, options.base_url, allow_production=options.allow_production, given=options.credentials
        )


#: The callbacks the embedded sandbox of a running target sent (by the target's id), for the drift watch.
_EMBEDDED_DELIVERIES: dict[int, Any] = {}

_PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY")


def _environment(target: Target) -> dict[str, str]:
    environment = dict(os.environ)
    environment.update(target.credentials)  # the configuration names the variables of the vendor under test
    # the vendors registered in this process besides the bundled ones, for the hooks' checks
    environment.pop(REGISTRATIONS_VARIABLE, None)
    environment.update(registrations_environment())
    if target.loopback:
        # a proxy of the environment would see every request (credentials included) and could answer in the
        # server's place: the run and its hooks reach a loopback target directly
        for variable in _PROXY_VARIABLES:
            environment.pop(variable, None)
            environment.pop(variable.lower(), None)
        environment["NO_PROXY"] = environment["no_proxy"] = "*"
    environment["SCHEMATHESIS_HOOKS"] = "idvkit.contract._hooks"
    environment.setdefault("COLUMNS", "120")
    return environment


def schemathesis_command(
    options: ContractOptions, target: Target, spec: Path, config: Path, report_dir: Path, excluded: Sequence[str]
) -> list[str]:
    command = [sys.executable, "-m", "schemathesis.cli", "--config-file", str(config), "run", str(spec)]
    command += ["--url", target.base_url, "--checks", "all", "--phases", ",".join(options.phases)]
    command += ["--max-examples", str(options.max_examples), "--request-timeout", str(options.request_timeout)]
    formats = f"{REPORT_FORMATS},{VCR_FORMAT}" if options.vcr else REPORT_FORMATS
    command += ["--report", formats, "--report-dir", str(report_dir), "--output-sanitize", "true"]
    if options.seed is not None:
        command += ["--seed", str(options.seed)]
    # Rate limit and time budget protect servers that are not on this machine; a loopback server (the
    # embedded sandbox, or the user's own fake) is tested at full speed unless --rate-limit says otherwise.
    # (The request and time budget is idvkit's, handed over by environment: see idvkit.contract._budget.)
    rate_limit = options.rate_limit or (None if target.loopback else REMOTE_RATE_LIMIT)
    if rate_limit:
        command += ["--rate-limit", rate_limit]
    for operation_id in excluded:
        command += ["--exclude-operation-id", operation_id]
    return command


def _stream(process: subprocess.Popen[str], lines: LineRedactor, out: TextIO, rewriter: OutputRewriter) -> None:
    assert process.stdout is not None
    for line in process.stdout:
        out.writelines(rewriter.line(masked) for masked in lines.feed(line))
        out.flush()
    out.writelines(rewriter.line(masked) for masked in lines.close())
    out.flush()


def _stream_until_exit(
    process: subprocess.Popen[str], redactor: Redactor, out: TextIO, rewriter: OutputRewriter
) -> bool:
    """Relay the run's output, masked, until it ends; True when the user interrupted it.

    The run is in its own session, so Ctrl-C reaches only this process, which passes one SIGINT on:
    schemathesis then stops and writes its reports for what ran. A second Ctrl-C kills the run (its
    reports are then not published) and raises KeyboardInterrupt.
    """
    interrupted = False
    lines = redactor.stream()
    while True:
        try:
            _stream(process, lines, out, rewriter)
            return interrupted
        except KeyboardInterrupt:
            if interrupted:
                process.kill()
                raise
            interrupted = True
            with contextlib.suppress(ProcessLookupError):
                process.send_signal(signal.SIGINT)
            out.write("\nidvkit: interrupted; waiting for the run to write its reports (Ctrl-C again to abort)\n")


@contextlib.contextmanager
def _termination_as_interrupt() -> Iterator[None]:
    """Treat SIGTERM (a CI job cancelled, ``kill``) like Ctrl-C while a run goes: the run is in its own
    session, so without this it would go on testing the server after idvkit had gone."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextlib.contextmanager
def _deadline(process: subprocess.Popen[str], seconds: float | None) -> Iterator[None]:
    """Interrupt the run if it outlives its time budget by STOP_GRACE (it normally stops itself), kill it
    if it outlives that by STOP_GRACE again."""
    if seconds is None:
        yield
        return
    finished = threading.Event()

    def watch() -> None:
        for action in (signal.SIGINT, signal.SIGKILL):
            if finished.wait(seconds + STOP_GRACE if action == signal.SIGINT else STOP_GRACE):
                return
            with contextlib.suppress(ProcessLookupError):
                process.send_signal(action)

    watcher = threading.Thread(target=watch, name="idvkit-deadline", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        finished.set()


def _read_junit(report_dir: Path, result: ContractResult) -> None:
    for junit in sorted(report_dir.glob("junit*.xml")):
        # the report was written by the schemathesis run we started, into our own temporary folder
        try:
            root = ElementTree.parse(junit).getroot()  # noqa: S314
        except ElementTree.ParseError:
            result.errors.append("the JUnit report of the run is incomplete; the run was cut short")
            continue
        for case in root.iter("testcase"):
            label = case.get("name", "")
            status = "passed"
            if case.find("failure") is not None:
                status = "failed"
            elif case.find("error") is not None:
                status = "errored"
            elif case.find("skipped") is not None:
                status = "skipped"
            result.operations[label] = status


def _read_failure_log(path: Path, result: ContractResult, document: Mapping[str, Any]) -> bool:
    """Findings and coverage from idvkit's failure log (see _failure_log); False when the run wrote none."""
    try:
        log = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    result.stop_reason = str(log.get("stop_reason") or "completed")
    result.requests = log.get("requests")
    result.findings += findings_from_log(document, log.get("failures", []))
    for finding in result.findings:
        result.operations[finding.operation] = "failed"  # also when only a stateful sequence reached it
    if isinstance(log.get("responses"), list):
        result.coverage = coverage_of(document, log["responses"])
    return True


def _read_json_report(report_dir: Path, result: ContractResult, *, with_findings: bool) -> None:
    """schemathesis's JSON report: its errors, and (``with_findings``, when idvkit's failure log is missing)
    its failures, per operation."""
    for report in sorted(report_dir.glob("json*.json")):
        try:
            data = json.loads(report.read_text(encoding="utf-8"))
        except ValueError:
            continue
        if with_findings:
            result.findings += findings_from_report(data.get("failures", []))
        result.errors += [str(error.get("title")) for error in data.get("errors", [])]


def _read_reports(report_dir: Path, result: ContractResult, document: Mapping[str, Any]) -> None:
    _read_junit(report_dir, result)
    logged = _read_failure_log(report_dir / FAILURE_LOG, result, document)
    _read_json_report(report_dir, result, with_findings=not logged)
    if result.coverage is not None:
        for label in result.coverage.not_exercised():
            if result.operations.get(label) == "passed":
                result.operations[label] = "not exercised"  # it only ever answered with errors


def _exit_code(status: int, result: ContractResult) -> ExitCode:
    """idvkit's verdict from schemathesis's exit status (which uses the same codes) and what the run found."""
    budget_spent = result.stop_reason.startswith("budget_")  # the run stopped itself, like Ctrl-C would
    if result.stop_reason == "interrupted" or (status == ExitCode.INTERRUPTED and not budget_spent):
        return ExitCode.INTERRUPTED
    if result.findings or status == ExitCode.VIOLATIONS:
        return ExitCode.VIOLATIONS
    if status == ExitCode.OK or (budget_spent and not result.errors):
        return ExitCode.VIOLATIONS if result.coverage_shortfall else ExitCode.OK
    return ExitCode.COULD_NOT_RUN


def _run_child(
    command: list[str],
    environment: dict[str, str],
    max_seconds: float | None,
    redactor: Redactor,
    out: TextIO,
    rewriter: OutputRewriter,
) -> tuple[int, bool]:
    """Run schemathesis and relay its output; (its exit status, whether the user interrupted it)."""
    process = subprocess.Popen(  # noqa: S603 - our own interpreter, arguments built above
        command,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        errors="replace",
        start_new_session=True,  # Ctrl-C reaches idvkit, which stops the run in order
    )
    try:
        with _deadline(process, max_seconds), _termination_as_interrupt():
            interrupted = _stream_until_exit(process, redactor, out, rewriter)
    except BaseException:
        process.kill()  # never leave a run going on its own (it is in its own session)
        raise
    finally:
        status = process.wait()
    return status, interrupted


def _not_the_api_verdict(path: Path) -> str | None:
    """The line the schemathesis process wrote when its first answers were not the API (None: it did not)."""
    try:
        verdict = json.loads(path.read_text(encoding="utf-8")).get("verdict")
    except (OSError, ValueError, AttributeError):
        return None
    return verdict if isinstance(verdict, str) else None


def run_contract(options: ContractOptions, *, out: TextIO = sys.stdout) -> ContractResult:
    """Run one vendor's contract tests; raises TargetError when the run cannot start."""
    vendor = get_vendor(options.vendor)
    document = vendor.spec()
    unknown = set(options.phases) - set(PHASES)
    if unknown:
        raise TargetError(f"unknown phase {', '.join(sorted(unknown))}; expected some of {', '.join(PHASES)}")
    try:
        given_resources = resources.select(options.resources, document)
    except resources.ResourceError as exc:
        raise TargetError(str(exc)) from None
    check_report_folder(options.report_dir / vendor.name)  # before any request: refuse what it may not replace
    with _serve_target(options) as target:
        # resources are credentials-like (an authToken is one): masked wherever the credentials are
        redactor = Redactor(secrets=[*target.credentials.values(), *given_resources.values()])
        try:
            preflight(document, target)
        except httpx.HTTPError as exc:
            raise TargetError(
                f"cannot reach {target.base_url}: {redactor.text(str(exc)) or type(exc).__name__}"
            ) from None
        capped = bool(options.max_billable)
        guarded = (
            {}
            if (target.embedded or options.allow_destructive)
            else guarded_operations(document, billable_capped=capped)
        )
        if options.max_billable == 0:  # "at most 0 billable calls": skipped on every target
            guarded.update(dict.fromkeys(billable_operations(document).values(), "billable (--max-billable 0)"))
        max_requests, max_seconds = options.budget(target)
        plan = plan_run(
            document, options.phases, guarded, resources=given_resources
        )  # what the skipped operations rule out
        result = ContractResult(
            vendor.name,
            target.base_url,
            ExitCode.OK,
            skipped=plan.skipped_operations,
            skipped_phases=plan.skipped_phases,
            without_data=plan.without_data,
            min_coverage=options.min_coverage,
        )
        # the resources go into the spec schemathesis reads (a private temporary file, never published)
        run_document = resources.with_resources(document, given_resources) if given_resources else document
        with (
            run_inputs(vendor, run_document) as (spec, config),
            tempfile.TemporaryDirectory() as work,
            tempfile.TemporaryDirectory() as private,  # not published: the billable counts
        ):
            work_dir = Path(work)
            run_options = dataclasses.replace(options, phases=plan.phases)
            command = schemathesis_command(run_options, target, spec, config, work_dir, sorted(guarded))
            environment = _environment(target)
            environment.update(environment_of(max_requests, max_seconds))
            environment[FAILURE_LOG_VARIABLE] = str(work_dir / FAILURE_LOG)
            environment[resources.RESOURCES_VARIABLE] = resources.encode(given_resources)
            not_the_api_log = Path(private) / "not-the-api.json"
            environment[NOT_THE_API_VARIABLE] = str(not_the_api_log)
            if options.baseline is not None:
                environment[OBSERVATIONS_VARIABLE] = str(Path(private) / "observations.json")
            if capped:
                environment[MAX_BILLABLE_VARIABLE] = str(options.max_billable)
                environment[BILLABLE_LOG_VARIABLE] = str(Path(private) / "billable.json")
            terminal = out.isatty() if hasattr(out, "isatty") else False
            environment[PROGRESS_VARIABLE] = str(PROGRESS_INTERVAL_TERMINAL if terminal else PROGRESS_INTERVAL_LOG)
            rewriter = OutputRewriter(vendor.credential_env, work_dir, options.report_dir / vendor.name)
            status: int = ExitCode.OK
            interrupted = False
            if plan.phases:  # else every phase asked for was skipped: nothing to run
                status, interrupted = _run_child(command, environment, max_seconds, redactor, out, rewriter)
            verdict = _not_the_api_verdict(not_the_api_log)
            if verdict is not None:  # the run stopped itself: the first answers showed another server
                raise TargetError(
                    f"{target.base_url} does not look like the {document.get('info', {}).get('title', 'API')}: "
                    f"{redactor.text(verdict)}"
                )
            _read_reports(work_dir, result, document)
            if not plan.phases:
                result.coverage = coverage_of(document, [])
            if capped:
                result.billable = read_counts(Path(private) / "billable.json")
                drop_refused_exchanges(work_dir)  # the HAR and VCR files hold what went over the network
            if interrupted:
                result.stop_reason = "interrupted"
            result.exit_code = _exit_code(status, result)
            if options.baseline is not None:
                result.drift = drift_outcome(
                    vendor.name,
                    document,
                    options,
                    Path(private) / "observations.json",
                    list(_EMBEDDED_DELIVERIES.get(id(target), ())),
                    result,
                )
                if result.drift.failed and result.exit_code == ExitCode.OK:
                    result.exit_code = ExitCode.VIOLATIONS
                add_to_junit(work_dir, result.drift)
            write_atomically(work_dir / SUMMARY, summary_document(result))
            (work_dir / COVERAGE_PAGE).write_text(coverage_html(result), encoding="utf-8")
            withheld: list[str] = []
            try:
                result.reports = publish_reports(work_dir, options.report_dir / vendor.name, redactor, withheld)
            except ReportFolderError as exc:
                result.errors.append(f"reports not published: {exc}")
                result.exit_code = result.exit_code or 2  # a clean run whose reports are lost did not complete
            result.errors += [f"report not published: {why}" for why in withheld]
    return result

"""Does ``idvkit contract`` find seeded faults, pass correct servers and fail cleanly when it cannot run?

Every fault of tests/servers (the correct embedded sandbox plus one fault) is served on 127.0.0.1 and the
installed CLI runs against it as a subprocess, with the credentials in the environment, a fixed seed and the
smallest phases/--max-examples that catch the fault reliably (while the catalogue was built, every fault was
caught with seeds 1-4, the stateful ones with seeds 1-10, LiveID+'s delete (fuzzing) with 1-10). A loopback --base-url
gets neither the remote rate limit nor the remote budget, so each run takes only what its phases need.
The runs are independent, so they all start at once on a small thread pool when the
module starts; each test waits for the run it asserts on.

Every server accepts distinctive credentials, so the same runs also prove the redaction guarantee: no key,
secret, their basic-auth encoding or LiveID+ apikey in stdout, stderr or any report file.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest
from starlette.types import ASGIApp

from idvkit.sandbox import running_server
from tests.contract._harness import CliRun, clean_environment, contract_arguments, run_cli, serve_and_check
from tests.contract._recorder import ConnectionRecorder
from tests.servers import FAULTS, Credentials, FaultSpec, always_401, correct_server
from tests.servers.personal import DISTINCTIVE_VALUES, Injections, with_personal_data

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

SEED = 3
CREDENTIALS = {
    "idenfy": Credentials("KEYzq81x", "SECRETwp42m"),
    "markid": Credentials("MKEYr7c2v", "MSECRETj5n8q"),
    "liveid": Credentials("APIKEYtt93v"),
}
#: Concurrent CLI runs: each is one schemathesis process (CPU-bound) plus a mostly idle idvkit parent.
WORKERS = max(2, min(4, (os.cpu_count() or 2) + 1))
CORRECT_VENDORS = ("idenfy", "liveid")


def _control_budget(vendor: str) -> tuple[str, int]:
    """The phases and --max-examples of the control run: all four phases (so that the control run is also the
    test that the vendor's sandbox conforms to its spec), with the largest budget any of its faults use."""
    return "examples,coverage,fuzzing,stateful", max(
        spec.max_examples for spec in FAULTS.values() if spec.vendor == vendor
    )


def _cost(job: str) -> int:
    """Rough cost, to start the longest runs first."""
    if job.startswith(("correct_", "personal_")):
        return 100
    spec = FAULTS[job]
    return 10 * len(spec.phases.split(",")) + (50 if "coverage" in spec.phases else 0) + spec.max_examples


class Runs:
    """The module's CLI runs, started on a thread pool; ``get`` waits for one."""

    def __init__(self, pool: ThreadPoolExecutor, root: Path) -> None:
        self.injections = {vendor: Injections() for vendor in CORRECT_VENDORS}
        self._pool = pool
        self._root = root
        self._futures: dict[str, Future[CliRun]] = {}
        self._lock = threading.Lock()

    def start(self, job: str) -> None:
        with self._lock:
            if job not in self._futures:
                self._futures[job] = self._pool.submit(self._run, job)

    def get(self, job: str) -> CliRun:
        self.start(job)
        return self._futures[job].result()

    def write_timings(self) -> None:
        """``timings.txt`` next to the runs' work directories: seconds per finished run, longest first."""
        done = {
            job: future.result() for job, future in self._futures.items() if future.done() and not future.exception()
        }
        ordered = sorted(done.items(), key=lambda item: item[1].seconds, reverse=True)
        lines = [f"{run.seconds:7.1f}s  exit {run.exit_code}  {job}" for job, run in ordered]
        (self._root / "timings.txt").write_text("\n".join(lines) + "\n")

    def _run(self, job: str) -> CliRun:
        build: Callable[[Credentials], ASGIApp]
        if job.startswith("personal_"):
            vendor = job.removeprefix("personal_")
            build = with_personal_data(vendor, self.injections[vendor])
            phases, max_examples = "examples,stateful", 5
        elif job.startswith("correct_"):
            vendor = job.removeprefix("correct_")
            build = correct_server(vendor)
            phases, max_examples = _control_budget(vendor)
        else:
            spec = FAULTS[job]
            vendor, build, phases, max_examples = spec.vendor, spec.build, spec.phases, spec.max_examples
        credentials = CREDENTIALS[vendor]
        return serve_and_check(
            build(credentials),
            vendor,
            credentials.environment(vendor),
            phases=phases,
            max_examples=max_examples,
            seed=SEED,
            workdir=self._root / job,
        )


def _jobs_of(item: pytest.Item) -> set[str]:
    """The runs a collected test of this module needs."""
    callspec = getattr(item, "callspec", None)
    params = callspec.params if callspec is not None else {}
    if "fault" in params:
        return {params["fault"]}
    if "vendor" in params:
        prefix = "personal" if "personal" in getattr(item, "originalname", "") else "correct"
        return {f"{prefix}_{params['vendor']}"}
    if getattr(item, "originalname", item.name) in (
        "test_fault_runs_keep_credentials_out",
        "test_nothing_else_keeps_credentials",
    ):
        return set(FAULTS) | {f"correct_{vendor}" for vendor in CORRECT_VENDORS}
    return set()


@pytest.fixture(scope="module", autouse=True)
def runs(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runs]:
    """Start every run the selected tests need, longest first, as soon as the module starts."""
    needed: set[str] = set()
    for item in request.session.items:
        if isinstance(item, pytest.Function) and item.module is request.module:
            needed |= _jobs_of(item)
    with ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="contract-run") as pool:
        found = Runs(pool, tmp_path_factory.mktemp("contract-runs"))
        for job in sorted(needed, key=_cost, reverse=True):
            found.start(job)
        yield found
        found.write_timings()


# ------------------------------------------------------------------------------------------ reading a run
_LABEL = re.compile(r"\b(GET|POST|PUT|PATCH|DELETE) (/[^\s`'\",:;)]*)")


def _section(output: str, start: str, end: str) -> str:
    """The lines of ``output`` from the first line containing ``start`` to the next containing ``end``."""
    lines = output.splitlines()
    begin = next((i for i, line in enumerate(lines) if start in line), None)
    if begin is None:
        return ""
    finish = next((i for i in range(begin + 1, len(lines)) if end in lines[i]), len(lines))
    return "\n".join(lines[begin:finish])


def summary_table(run: CliRun) -> str:
    """idvkit's summary (``== VENDOR: contract summary ==`` and its table)."""
    return _section(run.stdout, "contract summary", "\x00")


def failing_operations(run: CliRun) -> set[str]:
    """Operations the run names as failing: rows ``LABEL  failed`` of idvkit's summary, and the labels that
    schemathesis's FAILURES section names (section headers and check messages, not curl commands)."""
    named = set()
    for line in summary_table(run).splitlines():
        parts = re.split(r"\s{2,}", line.strip())
        if len(parts) >= 2 and parts[1] == "failed":
            named.add(parts[0])
    failures = _section(run.stdout, "= FAILURES =", "= SUMMARY =")
    for line in failures.splitlines():
        if "curl " in line:
            continue
        named |= {f"{method} {path}" for method, path in _LABEL.findall(line)}
    return named


def assert_clean_failure(run: CliRun, fragment: str) -> None:
    """Exit 2 with one line on stderr that mentions ``fragment``, and no traceback anywhere."""
    assert run.exit_code == 2, run.describe()
    assert "Traceback" not in run.output, run.describe()
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, run.describe()
    assert lines[0].startswith("error: "), run.describe()
    assert fragment in lines[0], run.describe()


# ------------------------------------------------------------------------------------------ seeded faults
def _detection_params() -> list[object]:
    params: list[object] = []
    for name, spec in FAULTS.items():
        marks = [pytest.mark.xfail(strict=True, reason=f"not detected: {spec.undetected}")] if spec.undetected else []
        params.append(pytest.param(name, marks=marks, id=name))
    return params


def _naming_params() -> list[str]:
    return [name for name, spec in FAULTS.items() if not spec.undetected]


@pytest.mark.parametrize("fault", _detection_params())
def test_fault_is_detected(runs: Runs, fault: str) -> None:
    """Exit 1, and idvkit's summary lists the expected check among the failed ones."""
    spec: FaultSpec = FAULTS[fault]
    run = runs.get(fault)
    assert run.exit_code == 1, f"{fault}: {spec.description}\n{run.describe()}"
    table = summary_table(run)
    assert any(hint in table for hint in spec.expected_check_hint), (
        f"{fault}: none of {spec.expected_check_hint} in the summary\n{run.describe()}"
    )
    assert any(hint in run.stdout for hint in spec.expected_check_hint)


@pytest.mark.parametrize("fault", _naming_params())
def test_fault_names_the_operation(runs: Runs, fault: str) -> None:
    """idvkit's summary has the misbehaving operation (its ``METHOD /path`` label) as a failed row that
    names the check, also when only a stateful sequence reached it."""
    spec = FAULTS[fault]
    run = runs.get(fault)
    assert run.exit_code == 1, run.describe()
    rows = [re.split(r"\s{2,}", line.strip()) for line in summary_table(run).splitlines()]
    row = next((parts for parts in rows if parts[0] == spec.expected_operation), None)
    assert row is not None, f"{fault}: no row for {spec.expected_operation}\n{run.describe()}"
    assert row[1] == "failed", f"{fault}: {row}\n{run.describe()}"
    assert any(hint in row[2] for hint in spec.expected_check_hint), f"{fault}: {row}\n{run.describe()}"


#: Faults that break exactly what the spec only guesses, so that the failure refutes the guess (the x-assumption
#: on the failing element) rather than showing a vendor bug: fault -> the mark it refutes.
REFUTES_A_GUESS = {
    # LiveID+ documents no error body: {success: false, message} is an inferred envelope (components/schemas/
    # Error is marked), and a server that answers another envelope shows that the inference was wrong
    "liveid_undocumented_error_body": "/components/schemas/Error",
}


@pytest.mark.parametrize("fault", _naming_params())
def test_fault_is_a_violation_in_the_summary(runs: Runs, fault: str) -> None:
    """summary.json, the CI gate, lists the fault under ``violations`` for the misbehaving operation (never only
    under ``assumptions_refuted``), unless the fault breaks a guess of the spec (REFUTES_A_GUESS)."""
    spec = FAULTS[fault]
    run = runs.get(fault)
    assert run.workdir is not None
    summary = json.loads((run.workdir / "reports" / spec.vendor / "summary.json").read_text())
    assert summary["exit_code"] == 1, run.describe()
    listed = summary["assumptions_refuted"] if fault in REFUTES_A_GUESS else summary["violations"]
    found = [entry for entry in listed if entry["operation"] == spec.expected_operation]
    titles = [f"{entry['code']} {entry['title']}" for entry in found]
    assert any(hint in title for title in titles for hint in spec.expected_check_hint), (fault, summary)
    if fault in REFUTES_A_GUESS:
        assert {mark["pointer"] for entry in found for mark in entry["assumptions"]} == {REFUTES_A_GUESS[fault]}
        assert not [entry for entry in summary["violations"] if entry["operation"] == spec.expected_operation]


def test_catalogue_is_documented() -> None:
    """Every fault says what is wrong and what catches it; at least ten kinds, LiveID+ included."""
    assert len(FAULTS) >= 10
    assert sum(spec.vendor == "liveid" for spec in FAULTS.values()) >= 3
    assert sum(spec.vendor == "markid" for spec in FAULTS.values()) >= 3
    for name, spec in FAULTS.items():
        assert len(spec.description) > 60, name
        assert spec.expected_operation.split(" ", 1)[0] in ("GET", "POST", "PUT", "PATCH", "DELETE"), name
        assert spec.undetected or spec.expected_check_hint, name


# ------------------------------------------------------------------------------------------ correct servers
@pytest.mark.parametrize("vendor", CORRECT_VENDORS)
def test_correct_sandbox_passes(runs: Runs, vendor: str) -> None:
    """The correct sandbox, served and tested like the faulty ones (all four phases), has no violation; this is
    also the sandbox conformance test of iDenfy and LiveID+ (tests/sandbox_conformance has markid's)."""
    run = runs.get(f"correct_{vendor}")
    assert run.exit_code == 0, run.describe()
    assert f"{vendor}: no violations" in run.stdout, run.describe()
    assert not failing_operations(run), run.describe()
    assert run.workdir is not None
    summary = json.loads((run.workdir / "reports" / vendor / "summary.json").read_text())
    assert summary["violations"] == summary["assumptions_refuted"] == []
    for phase in ("Examples", "Coverage", "Fuzzing", "Stateful"):
        assert f"✅  {phase}" in run.stdout, f"phase {phase} did not pass\n{run.describe()}"


# ------------------------------------------------------------------------------------------ could not run
def _contract(vendor: str, base_url: str, workdir: Path, *extra: str) -> list[str]:
    arguments = contract_arguments(
        vendor, base_url, phases="examples", max_examples=1, seed=SEED, report_dir=workdir / "reports"
    )
    return arguments + list(extra)


def test_server_rejecting_everything_is_a_clean_could_not_run(tmp_path: Path) -> None:
    credentials = CREDENTIALS["idenfy"]
    with running_server(always_401(credentials), log_level="error") as base_url:
        run = run_cli(_contract("idenfy", base_url, tmp_path), credentials.environment("idenfy"), cwd=tmp_path)
    assert_clean_failure(run, "rejected the credentials")
    assert "HTTP 401" in run.stderr


def test_unreachable_port_is_a_clean_could_not_run(tmp_path: Path) -> None:
    credentials = CREDENTIALS["idenfy"]
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as held:
        held.bind(("127.0.0.1", 0))  # bound, never listening: connections are refused, the port stays ours
        base_url = f"http://127.0.0.1:{held.getsockname()[1]}"
        run = run_cli(_contract("idenfy", base_url, tmp_path), credentials.environment("idenfy"), cwd=tmp_path)
    assert_clean_failure(run, "cannot connect")


def test_malformed_base_url_is_a_clean_could_not_run(tmp_path: Path) -> None:
    credentials = CREDENTIALS["idenfy"]
    run = run_cli(_contract("idenfy", "not-a-url", tmp_path), credentials.environment("idenfy"), cwd=tmp_path)
    assert_clean_failure(run, "bad base URL")


def test_tls_to_a_plain_http_server_is_a_clean_could_not_run(tmp_path: Path) -> None:
    credentials = CREDENTIALS["idenfy"]
    with running_server(correct_server("idenfy")(credentials), log_level="critical") as base_url:
        tls_url = base_url.replace("http://", "https://")
        run = run_cli(_contract("idenfy", tls_url, tmp_path), credentials.environment("idenfy"), cwd=tmp_path)
    assert_clean_failure(run, "TLS error talking to https://127.0.0.1")


def test_server_that_never_answers_is_a_clean_could_not_run(tmp_path: Path) -> None:
    credentials = CREDENTIALS["idenfy"]
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)  # connections are accepted by the kernel, never answered
        base_url = f"http://127.0.0.1:{silent.getsockname()[1]}"
        run = run_cli(_contract("idenfy", base_url, tmp_path), credentials.environment("idenfy"), cwd=tmp_path)
    assert_clean_failure(run, "did not answer within 10 s")


def test_unknown_vendor_is_a_clean_could_not_run(tmp_path: Path) -> None:
    run = run_cli(_contract("nosuchvendor", "http://127.0.0.1:9", tmp_path), {}, cwd=tmp_path)
    assert_clean_failure(run, "unknown vendor 'nosuchvendor'")


def test_production_host_needs_allow_production_and_is_never_contacted(tmp_path: Path) -> None:
    """``--base-url https://ivs.idenfy.com`` with credentials set: exit 2 before any connection.

    Every HTTP(S) connection of the run (idvkit's preflight uses httpx, schemathesis uses requests; both honour
    the proxy variables) would go through a local recorder, which must see none.
    """
    credentials = CREDENTIALS["idenfy"]
    recorder = ConnectionRecorder()
    try:
        environment = credentials.environment("idenfy")
        for variable in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
            environment[variable] = recorder.url
        environment["NO_PROXY"] = environment["no_proxy"] = ""
        run = run_cli(_contract("idenfy", "https://ivs.idenfy.com", tmp_path), environment, cwd=tmp_path)
        refused = recorder.connections
        # the recorder does see a request made under the same environment (a reserved, unresolvable host)
        probe = "import httpx\ntry:\n    httpx.get('https://recorder-check.invalid/', timeout=5)\nexcept httpx.HTTPError:\n    pass"
        subprocess.run([sys.executable, "-c", probe], env=clean_environment(environment), timeout=60, check=True)
        seen = recorder.connections
    finally:
        recorder.close()
    assert_clean_failure(run, "production host")
    assert "--allow-production" in run.stderr
    assert refused == 0
    assert seen >= 1, "the recorder saw no connection of the probe: the proxy variables were not honoured"
    assert not (tmp_path / "reports").exists()


# ------------------------------------------------------------------------------------------ redaction
def _secrets(vendor: str) -> list[str]:
    return CREDENTIALS[vendor].secrets()


def leaks(run: CliRun, secrets: list[str], *, reports_only: bool) -> list[str]:
    """Where ``secrets`` appear: "stdout", "stderr" and the paths of files under the run's work directory
    (``reports_only``: the report directory only; otherwise everything else the run left there)."""
    found = []
    if reports_only:
        found += [stream for stream, text in (("stdout", run.stdout), ("stderr", run.stderr)) if _hit(text, secrets)]
    assert run.workdir is not None
    reports = run.workdir / "reports"
    for path in sorted(run.workdir.rglob("*")):
        if not path.is_file() or (reports in path.parents) != reports_only:
            continue
        if _hit(path.read_bytes().decode("utf-8", errors="replace"), secrets):
            found.append(str(path.relative_to(run.workdir)))
    return found


def _hit(text: str, secrets: list[str]) -> bool:
    # the padding of a Base64 value may be escaped (JSON \u003d, HTML &#x3D;): compare without it
    return any(secret.rstrip("=") in text for secret in secrets)


@pytest.mark.parametrize("vendor", CORRECT_VENDORS)
def test_correct_run_keeps_credentials_out(runs: Runs, vendor: str) -> None:
    """Distinctive credentials never appear in the output or the reports of a run against the sandbox."""
    run = runs.get(f"correct_{vendor}")
    reports = list((run.workdir or Path()).joinpath("reports").rglob("*"))
    assert any(path.is_file() for path in reports), run.describe()
    assert leaks(run, _secrets(vendor), reports_only=True) == []


def _credential_leaks_of_every_run(runs: Runs, *, reports_only: bool) -> dict[str, list[str]]:
    """Job -> where its vendor's credentials appear (see ``leaks``), for the fault and control runs."""
    found = {}
    for job in [*FAULTS, *(f"correct_{vendor}" for vendor in CORRECT_VENDORS)]:
        vendor = FAULTS[job].vendor if job in FAULTS else job.removeprefix("correct_")
        where = leaks(runs.get(job), _secrets(vendor), reports_only=reports_only)
        if where:
            found[job] = where
    return found


def test_fault_runs_keep_credentials_out(runs: Runs) -> None:
    """Nor in those of the fault runs, whose failure reports show requests, responses and curl commands,
    including the run against a server that echoes the API key in its responses."""
    assert _credential_leaks_of_every_run(runs, reports_only=True) == {}


def test_nothing_else_keeps_credentials(runs: Runs) -> None:
    """Files a run leaves outside its report directory (in its working directory) hold no credential either.

    Guards against schemathesis's crash cache (``./.schemathesis/<project>/cache/crashes/*.json``): it stored
    unredacted response bodies, including the echoed API key of the credential_echo run, until the kit's
    schemathesis.toml disabled it (``[cache] enabled = false``).
    """
    assert _credential_leaks_of_every_run(runs, reports_only=False) == {}


@pytest.mark.parametrize("vendor", CORRECT_VENDORS)
def test_personal_data_from_the_server_stays_out_of_every_output(runs: Runs, vendor: str) -> None:
    """A server that puts distinctive personal data (names, date of birth, document numbers, also as a JSON
    number, an address, a Base64 image) into every JSON answer: none of it in stdout, stderr or any report,
    although the answers were sent and the run printed failing ones (the extra fields violate closed schemas)."""
    run = runs.get(f"personal_{vendor}")
    assert runs.injections[vendor].count > 0
    assert run.exit_code in (0, 1), run.describe()
    assert leaks(run, list(DISTINCTIVE_VALUES), reports_only=True) == [], run.describe()
    assert leaks(run, list(DISTINCTIVE_VALUES), reports_only=False) == []

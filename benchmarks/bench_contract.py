"""Detection rate and cases per second: ``idvkit contract`` versus plain ``schemathesis run --checks all``.

Both run against the same seeded-fault servers (tests/servers), with the same phases, example budget
and seed, side by side (at the same time, each against its own copy of the server, on a 2-core machine); plain schemathesis gets the credentials the ordinary way (``-a`` for basic auth, ``-H`` for
LiveID+'s apikey) and none of idvkit's configuration or checks. Both tools are measured the same way, from
their reports: a fault counts as detected only when the run names the fault's check (``expected_check_hint``)
on the fault's operation (idvkit: ``violations``/``assumptions_refuted`` of summary.json; schemathesis: the
failures of its JUnit report, one test case per operation). Every other failure a run reports (another
operation or another check, or anything on a correct sandbox) is a false alarm, counted separately.
"""

from __future__ import annotations

import glob
import json
import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ElementTree
from concurrent.futures import ThreadPoolExecutor
from importlib.resources import files
from pathlib import Path

from benchmarks.harness import Budget, Sample, Table
from idvkit.sandbox import running_server
from tests.servers import DEFAULT_CREDENTIALS, FAULTS, FaultSpec, correct_server

SEED = 1
#: Fault pairs measured at once (each pair is two runs side by side).
PAIRS_AT_ONCE = 2


def _cases(report_dir: Path) -> int:
    reports = glob.glob(str(report_dir / "**" / "*.json"), recursive=True)
    for path in reports:
        data = json.loads(Path(path).read_text())
        if "test_cases" in data:
            return int(data["test_cases"]["generated"])
    return 0


#: One failure a run reported: (operation label, text naming the check).
Finding = tuple[str, str]


def idvkit_findings(report_dir: Path, vendor: str) -> list[Finding]:
    """The failures ``idvkit contract`` reported, from its summary.json (violations and refuted guesses)."""
    path = report_dir / vendor / "summary.json"
    if not path.is_file():
        return []
    summary = json.loads(path.read_text())
    entries = [*summary.get("violations", []), *summary.get("assumptions_refuted", [])]
    return [(str(entry["operation"]), f"{entry['code']} {entry['title']}") for entry in entries]


def schemathesis_findings(report_dir: Path) -> list[Finding]:
    """The failures plain schemathesis reported, from its JUnit report (test case name = operation label)."""
    found: list[Finding] = []
    for path in glob.glob(str(report_dir / "**" / "*.xml"), recursive=True):
        for case in ElementTree.parse(path).getroot().iter("testcase"):  # noqa: S314 (our own run's report)
            for failure in [*case.iter("failure"), *case.iter("error")]:
                found.append((case.get("name", ""), f"{failure.get('message', '')} {failure.text or ''}"))
    return found


def score(fault: FaultSpec | None, findings: list[Finding]) -> tuple[bool, int]:
    """(detected, false alarms): detected when a finding names one of the fault's checks on its operation; every
    finding that does not is a false alarm (all of them on a correct sandbox, ``fault`` None)."""
    hits = [
        finding
        for finding in findings
        if fault is not None
        and finding[0] == fault.expected_operation
        and any(hint in finding[1] for hint in fault.expected_check_hint)
    ]
    return bool(hits), len(findings) - len(hits)


def _run(command: list[str], environment: dict[str, str]) -> tuple[int, float]:
    """Exit code and seconds of a run; a run that does not finish in 180 s counts as not detected (-1)."""
    started = time.perf_counter()
    try:
        result = subprocess.run(command, capture_output=True, text=True, env=environment, check=False, timeout=180)
    except subprocess.TimeoutExpired:
        return -1, time.perf_counter() - started
    return result.returncode, time.perf_counter() - started


def _pair(fault: FaultSpec) -> tuple[list[Finding], float, int, list[Finding], float, int]:
    """(findings, seconds, cases) of idvkit and of plain schemathesis on the server of ``fault``, side by side."""
    credentials = DEFAULT_CREDENTIALS[fault.vendor]
    environment = {**os.environ, **credentials.environment(fault.vendor)}
    spec = str(files("idvkit_specs").joinpath(f"{fault.vendor}.json"))
    with (
        running_server(fault.build(credentials), log_level="error") as url,
        running_server(fault.build(credentials), log_level="error") as plain_url,
        tempfile.TemporaryDirectory() as tmp,
    ):
        ours_dir, plain_dir = Path(tmp) / "idvkit", Path(tmp) / "plain"
        ours = [
            sys.executable,
            "-m",
            "idvkit.cli",
            "contract",
            fault.vendor,
            "--base-url",
            url,
            "--allow-destructive",
        ]
        ours += ["--phases", fault.phases, "--max-examples", str(fault.max_examples), "--seed", str(SEED)]
        ours += ["--report-dir", str(ours_dir)]
        auth = (
            ["-H", f"apikey: {credentials.api_key}"]
            if fault.vendor == "liveid"
            else ["-a", f"{credentials.api_key}:{credentials.api_secret}"]
        )
        plain = [sys.executable, "-m", "schemathesis.cli", "run", spec, "--url", plain_url, "--checks", "all"]
        plain += [*auth, "--phases", fault.phases, "--max-examples", str(fault.max_examples), "--seed", str(SEED)]
        plain += ["--request-timeout", "10", "--report", "json,junit", "--report-dir", str(plain_dir)]
        plain_environment = {k: v for k, v in environment.items() if k != "SCHEMATHESIS_HOOKS"}
        # side by side: both runs at once, each against its own copy of the server, one core each
        with ThreadPoolExecutor(max_workers=2) as pool:
            ours_run = pool.submit(_run, ours, environment)
            plain_run = pool.submit(_run, plain, plain_environment)
            (_, time_ours), (_, time_plain) = ours_run.result(), plain_run.result()
        cases_ours, cases_plain = _cases(ours_dir), _cases(plain_dir)
        found_ours, found_plain = idvkit_findings(ours_dir, fault.vendor), schemathesis_findings(plain_dir)
    return found_ours, time_ours, cases_ours, found_plain, time_plain, cases_plain


def bench_contract_detection(budget: Budget, names: list[str] | None = None) -> Table:
    table = Table(
        title="Seeded-fault detection: idvkit contract vs plain schemathesis run --checks all (same phases, budget, seed)",
        command="make bench",
    )
    if names is None:
        names = list(FAULTS) if budget.repeats > 1 else list(FAULTS)[:2]
    controls = {
        f"correct {vendor} sandbox (control)": FaultSpec(
            vendor, correct_server(vendor), "", (), "examples,coverage,fuzzing,stateful", 5
        )
        for vendor in ("idenfy", "liveid")
    }
    false_alarms = {"idvkit": 0, "schemathesis": 0}
    found = {"idvkit": 0, "schemathesis": 0}
    rates: dict[str, list[float]] = {"idvkit": [], "schemathesis": []}
    ratios: list[float] = []
    rows = []
    jobs = [(name, FAULTS[name] if name in FAULTS else controls[name]) for name in [*names, *controls]]
    # two pairs at a time (four runs on two cores): both tools always share the machine alike
    with ThreadPoolExecutor(max_workers=PAIRS_AT_ONCE) as pairs:
        results = list(pairs.map(_pair, [fault for _, fault in jobs]))
    control_alarms = {"idvkit": 0, "schemathesis": 0}
    for (name, fault), (found_ours, time_ours, cases_ours, found_plain, time_plain, cases_plain) in zip(
        jobs, results, strict=True
    ):
        seeded = fault if name in FAULTS else None
        (hit_ours, alarms_ours), (hit_plain, alarms_plain) = score(seeded, found_ours), score(seeded, found_plain)
        found["idvkit"] += hit_ours
        found["schemathesis"] += hit_plain
        false_alarms["idvkit"] += alarms_ours
        false_alarms["schemathesis"] += alarms_plain
        if seeded is None:
            control_alarms["idvkit"] += alarms_ours
            control_alarms["schemathesis"] += alarms_plain
        rates["idvkit"].append(cases_ours / time_ours)
        rates["schemathesis"].append(cases_plain / time_plain)
        if cases_ours and cases_plain:  # a run that reported no cases (it timed out) has no rate to compare
            ratios.append((cases_ours / time_ours) / (cases_plain / time_plain))
        rows.append(
            f"| {name} | {fault.phases} | {'yes' if hit_ours else 'no'} ({alarms_ours}) |"
            f" {'yes' if hit_plain else 'no'} ({alarms_plain}) |"
        )
    total = len(names)
    table.samples += [
        Sample("idvkit contract: detection rate", [found["idvkit"] / total * 100], "", unit="%"),
        Sample("schemathesis --checks all: detection rate", [found["schemathesis"] / total * 100], "", unit="%"),
        Sample(
            "idvkit contract: failures reported on the 2 correct sandboxes",
            [float(control_alarms["idvkit"])],
            "0",
            unit="",
        ),
        Sample(
            "schemathesis: failures reported on the 2 correct sandboxes",
            [float(control_alarms["schemathesis"])],
            "",
            unit="",
        ),
        Sample("idvkit contract: false alarms in all runs", [float(false_alarms["idvkit"])], "", unit=""),
        Sample("schemathesis: false alarms in all runs", [float(false_alarms["schemathesis"])], "", unit=""),
        Sample("idvkit contract: cases per second (per fault run)", rates["idvkit"], "", unit="cases/s"),
        Sample("schemathesis --checks all: cases per second", rates["schemathesis"], "", unit="cases/s"),
        Sample("cases per second, ratio idvkit / schemathesis (per side-by-side pair)", ratios, ">= 0.8x", unit="x"),
    ]
    table.notes += [
        f"{total} seeded faults (tests/servers) and 2 correct sandboxes (all four phases). Detected = the run's"
        " report names the fault's check on the fault's operation (idvkit: summary.json; schemathesis: its JUnit"
        " report); every other reported failure (other operation or check, or any on a correct sandbox) is a false"
        " alarm, in brackets per run (plain schemathesis reports the vendors' documented state-dependent 400s as"
        " ST202, which idvkit's configuration declares). Two faults are measured at once, each as a pair of runs side by"
        " side (four runs on two cores), so both tools always share the machine alike. Cases per second include each run's"
        " start-up (idvkit also runs a credentials preflight) and idvkit's extra checks' requests.",
        "",
        "| fault | phases | idvkit detected (false alarms) | plain schemathesis detected (false alarms) |",
        "|---|---|---|---|",
        *rows,
    ]
    return table

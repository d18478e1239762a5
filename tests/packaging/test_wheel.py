"""The wheel as a user gets it: built from this checkout, installed in a new virtualenv, run outside the repository.

Without extras it gives the clients, models and webhook tools and none of the heavy packages, and a command that
needs an extra says which; with ``[all]`` the sandbox serves and a contract run passes. The dependencies come from
a wheelhouse repacked from this test's own environment (``--no-index``: offline and fast), so the versions are the
ones of constraints.txt.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import importlib.metadata
import io
import json
import os
import re
import signal
import subprocess
import sys
import venv
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from email.parser import Parser
from pathlib import Path

import httpx
import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ("idenfy_client", "idenfy_models", "markid_client", "markid_models", "liveid_client", "liveid_models")
HEAVY = ("schemathesis", "hypothesis", "pytest", "uvicorn", "starlette")

pytestmark = pytest.mark.slow


def closure(requirements: list[str], extras: tuple[str, ...]) -> set[str]:
    """The distributions installed here that ``requirements`` (PEP 508 strings, of a distribution installed with
    ``extras``) need, transitively."""
    seen: set[str] = set()
    pending = [(Requirement(text), extra) for text in requirements for extra in extras]
    while pending:
        requirement, extra = pending.pop()
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": extra}):
            continue
        name = canonicalize_name(requirement.name)
        wanted = sorted(requirement.extras)
        key = f"{name}[{','.join(wanted)}]"
        if key in seen:
            continue
        seen.add(key)
        for text in importlib.metadata.distribution(name).requires or []:
            pending.extend((Requirement(text), own) for own in ["", *wanted])
    return {key.partition("[")[0] for key in seen}


def compressed_tag(tags: list[str]) -> str:
    """The wheel file name's tag for a WHEEL file's ``Tag:`` lines (``py2-none-any``, ``py3-none-any``:
    ``py2.py3-none-any``)."""
    parts = [tag.split("-") for tag in tags]
    return "-".join(".".join(dict.fromkeys(part[index] for part in parts)) for index in range(3))


def repack(name: str, wheelhouse: Path) -> None:
    """A wheel of the installed distribution ``name``: its files as its RECORD lists them (scripts, which pip
    writes again from the entry points, and byte code left out), its WHEEL file's first tag in the name."""
    distribution = importlib.metadata.distribution(name)
    listed = next(file for file in distribution.files or () if file.match("*.dist-info/METADATA"))
    info = Path(str(distribution.locate_file(listed))).parent
    site = info.parent
    tag = compressed_tag(
        [line.split(": ", 1)[1] for line in (info / "WHEEL").read_text().splitlines() if line.startswith("Tag:")]
    )
    project = re.sub(r"[-_.]+", "_", distribution.metadata["Name"])
    target = wheelhouse / f"{project}-{distribution.version}-{tag}.whl"
    record_name = f"{info.name}/RECORD"
    rows: list[tuple[str, str, str]] = []
    with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as archive:
        for row in csv.reader(io.StringIO((info / "RECORD").read_text())):
            path = row[0]
            skipped = (record_name, f"{info.name}/INSTALLER", f"{info.name}/REQUESTED", f"{info.name}/direct_url.json")
            if path.startswith("..") or "__pycache__" in path or path in skipped:
                continue
            data = (site / path).read_bytes()
            archive.writestr(path, data)
            digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            rows.append((path, f"sha256={digest}", str(len(data))))
        listing = io.StringIO()
        csv.writer(listing, lineterminator="\n").writerows([*rows, (record_name, "", "")])
        archive.writestr(record_name, listing.getvalue())


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The wheel of this checkout and a wheelhouse with every dependency of ``idvkit[all]``."""
    folder = tmp_path_factory.mktemp("wheel")
    process = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-w", folder, ROOT],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert process.returncode == 0, process.stderr
    (wheel,) = folder.glob("idvkit-*.whl")
    wheelhouse = folder / "wheelhouse"
    wheelhouse.mkdir()
    with zipfile.ZipFile(wheel) as archive:
        metadata = archive.read(f"idvkit-{importlib.metadata.version('idvkit')}.dist-info/METADATA").decode()
    for name in closure(Parser().parsestr(metadata).get_all("Requires-Dist") or [], ("", "all")) - {"idvkit"}:
        repack(name, wheelhouse)
    return wheel, wheelhouse


@pytest.fixture(scope="module")
def environment(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """What the installed commands run with: no path into this checkout, no plugin autoloading of this venv."""
    variables = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "PYTEST", "VIRTUAL"))}
    variables["HOME"] = str(tmp_path_factory.mktemp("home"))
    return variables


def pip_install(python: Path, wheelhouse: Path, *targets: str) -> None:
    process = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--isolated",
            "--python",
            str(python),
            "install",
            "-q",
            "--no-index",
            "--find-links",
            str(wheelhouse),
            *targets,
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert process.returncode == 0, process.stdout + process.stderr


def installed(python: Path) -> set[str]:
    script = "import importlib.metadata, json; print(json.dumps([d.metadata['Name'] for d in importlib.metadata.distributions()]))"
    output = subprocess.run([python, "-c", script], capture_output=True, text=True, timeout=60, check=True).stdout
    return {canonicalize_name(name) for name in json.loads(output)}


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A working folder that is not in the repository."""
    assert not tmp_path.is_relative_to(ROOT)
    return tmp_path


@contextmanager
def serving(command: Path, environment: dict[str, str], cwd: Path) -> Iterator[str]:
    """``idvkit sandbox idenfy`` on a free port, stopped (SIGINT, as Ctrl-C) on leaving; yields its base URL."""
    server = subprocess.Popen(
        [command, "sandbox", "idenfy", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
        cwd=cwd,
    )
    try:
        assert server.stdout is not None
        line = server.stdout.readline()
        match = re.search(r" on (http://127\.0\.0\.1:\d+) ", line)
        assert match is not None, line + (server.stderr.read() if server.stderr and server.poll() is not None else "")
        yield match.group(1)
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def run(*argv: str | Path, environment: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in argv], capture_output=True, text=True, timeout=120, check=False, env=environment, cwd=cwd
    )


def test_the_wheel_installs_light_and_then_with_every_extra(
    built: tuple[Path, Path], environment: dict[str, str], outside: Path
) -> None:
    wheel, wheelhouse = built
    version = importlib.metadata.version("idvkit")
    with zipfile.ZipFile(wheel) as archive:
        assert f"idvkit-{version}.dist-info/licenses/LICENSE" in archive.namelist()
        metadata = Parser().parsestr(archive.read(f"idvkit-{version}.dist-info/METADATA").decode())
    light = {
        canonicalize_name(Requirement(text).name) for text in metadata.get_all("Requires-Dist") or [] if ";" not in text
    }
    assert light & set(HEAVY) == set()

    target = outside / "venv"
    venv.create(target, with_pip=False)
    python, idvkit = target / "bin" / "python", target / "bin" / "idvkit"
    pip_install(python, wheelhouse, str(wheel))
    assert installed(python) & set(HEAVY) == set()
    modules = ", ".join((*GENERATED, "idvkit_specs", "idvkit.clients", "idvkit.webhooks", "idvkit.redact"))
    imported = run(python, "-c", f"import {modules}", environment=environment, cwd=outside)
    assert imported.returncode == 0, imported.stderr
    assert run(idvkit, "--version", environment=environment, cwd=outside).stdout == f"idvkit {version}\n"
    missing = run(idvkit, "sandbox", "idenfy", environment=environment, cwd=outside)
    assert (missing.returncode, missing.stdout) == (2, "")
    assert missing.stderr == "error: idvkit sandbox needs the 'sandbox' extra: pip install 'idvkit[sandbox]'\n"

    pip_install(python, wheelhouse, f"{wheel}[all]")
    assert set(HEAVY) <= installed(python)
    credentials = {"IDENFY_API_KEY": "sandbox-key", "IDENFY_API_SECRET": "sandbox-secret"}
    with serving(idvkit, environment, outside) as base_url:
        created = httpx.post(
            f"{base_url}/api/v2/token", auth=("sandbox-key", "sandbox-secret"), json={"clientId": "customer-42"}
        )
        assert created.status_code == 201, created.text
        contract = run(
            idvkit,
            "contract",
            "idenfy",
            "--base-url",
            base_url,
            "--max-examples",
            "5",
            "--phases",
            "examples",
            "--seed",
            "1",
            "--report-dir",
            outside / "reports",
            environment={**environment, **credentials},
            cwd=outside,
        )
    assert contract.returncode == 0, contract.stdout[-3000:] + contract.stderr[-3000:]
    summary = json.loads((outside / "reports" / "idenfy" / "summary.json").read_text())
    assert summary["exit_code"] == 0

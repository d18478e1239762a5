"""README.md is the package's description on PyPI: every Python snippet in it runs as written, each in a fresh
interpreter, against embedded sandboxes this test serves (the snippets read ``IDENFY_BASE_URL`` /
``LIVEID_BASE_URL``, whose defaults are the ports of ``idvkit sandbox``). A pytest snippet runs under pytest, a
webhook receiver gets genuine and forged deliveries; the cheap commands of the shell snippets run too."""

from __future__ import annotations

import importlib.metadata
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from idvkit.sandbox import create_sandbox, running_server

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
VERIFICATION_RESULT = ROOT / "tests" / "fixtures" / "seed_examples" / "idenfy" / "ref_webhook_verification_result.json"
_BLOCK = re.compile(r"^```(?P<language>\w+)\n(?P<code>.*?)^```", re.M | re.S)
_HEADING = re.compile(r"^#+ (.+)$", re.M)


def snippets(language: str) -> list[pytest.ParameterSet]:
    """The README's code blocks in ``language``, each named by the heading above it."""
    text = README.read_text()
    found: list[pytest.ParameterSet] = []
    for number, block in enumerate(_BLOCK.finditer(text)):
        if block["language"] != language:
            continue
        headings = _HEADING.findall(text, 0, block.start())
        name = re.sub(r"\W+", "-", headings[-1] if headings else "top").strip("-").lower()
        found.append(pytest.param(block["code"], id=f"{name}-{number}"))
    return found


def kind(code: str) -> str:
    if "def test_" in code:
        return "pytest"
    if "FastAPI()" in code:
        return "receiver"
    return "script"


PYTHON = snippets("python")


def test_the_readme_has_the_snippets_a_user_needs() -> None:
    kinds = [kind(str(snippet.values[0])) for snippet in PYTHON]
    assert kinds.count("script") >= 3  # a first call, LiveID+, the sandbox in tests
    assert kinds.count("receiver") == 1
    assert kinds.count("pytest") == 1


@pytest.fixture(scope="module")
def sandboxes() -> Iterator[dict[str, str]]:
    """An iDenfy and a LiveID+ sandbox on free loopback ports, as the variables the snippets read."""
    with (
        running_server(create_sandbox("idenfy").app) as idenfy,
        running_server(create_sandbox("liveid").app) as liveid,
    ):
        yield {**os.environ, "IDENFY_BASE_URL": idenfy, "LIVEID_BASE_URL": liveid}


def run(argv: list[str], environment: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, capture_output=True, text=True, timeout=240, check=False, env=environment, cwd=cwd)


@pytest.mark.parametrize("code", [s for s in PYTHON if kind(str(s.values[0])) == "script"])
def test_a_python_snippet_runs_as_written(code: str, sandboxes: dict[str, str], tmp_path: Path) -> None:
    process = run([sys.executable, "-c", code], sandboxes, tmp_path)
    assert process.returncode == 0, process.stdout + process.stderr
    if "print(" in code:
        assert process.stdout.strip(), "the snippet printed nothing"


#: Appended to the receiver snippet: genuine, forged and malformed deliveries straight into its ASGI app.
_DELIVERIES = """

import asyncio
import pathlib
import sys

import httpx

from idvkit.webhooks import sign


async def deliver() -> None:
    body = pathlib.Path(sys.argv[1]).read_bytes()
    key = os.environ["IDENFY_CALLBACK_KEY"]
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://receiver") as receiver:

        async def post(content: bytes, signature: str | None) -> int:
            headers = {"Content-Type": "application/json", "Idenfy-Event-Type": "IDENTIFICATION_AUTO_FINISHED"}
            if signature is not None:
                headers["Idenfy-Signature"] = signature
            return (await receiver.post("/idenfy/callback", content=content, headers=headers)).status_code

        assert await post(body, None) == 401
        assert await post(body.replace(b"APPROVED", b"DENIED"), sign(body, key)) == 401
        assert await post(body, sign(body, "another-key")) == 401
        assert await post(b"{not json", sign(b"{not json", key)) == 400
        assert received == {}
        assert await post(body, sign(body, key)) == 200
        assert list(received) == ["scan-ref"]
    print("deliveries answered as expected")


asyncio.run(deliver())
"""


@pytest.mark.parametrize("code", [s for s in PYTHON if kind(str(s.values[0])) == "receiver"])
def test_the_webhook_receiver_snippet_accepts_genuine_deliveries_only(code: str, tmp_path: Path) -> None:
    environment = {**os.environ, "IDENFY_CALLBACK_KEY": "callback-key-K7q2"}
    process = run([sys.executable, "-c", code + _DELIVERIES, str(VERIFICATION_RESULT)], environment, tmp_path)
    assert process.returncode == 0, process.stdout + process.stderr
    assert process.stdout == "deliveries answered as expected\n"


_CONFTEST = """
import os

import pytest


@pytest.fixture
def my_fake_url() -> str:
    return os.environ["MY_FAKE_URL"]
"""


@pytest.mark.slow
@pytest.mark.parametrize("code", [s for s in PYTHON if kind(str(s.values[0])) == "pytest"])
def test_the_pytest_snippet_passes_under_pytest(code: str, tmp_path: Path) -> None:
    """``my_fake_url`` is an iDenfy sandbox with the snippet's credentials (k / s), standing for the user's fake."""
    (tmp_path / "conftest.py").write_text(_CONFTEST)
    (tmp_path / "test_snippet.py").write_text(code)
    argv = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_snippet.py"]
    with running_server(create_sandbox("idenfy", api_key="k", api_secret="s").app) as fake:
        process = run(argv, {**os.environ, "MY_FAKE_URL": fake}, tmp_path)
    assert process.returncode == 0, process.stdout[-4000:] + process.stderr[-2000:]
    assert "1 passed" in process.stdout


def commands(language: str) -> list[str]:
    """The lines of the README's ``language`` blocks that are cheap idvkit commands (no server, no network)."""
    return [
        line.split("#")[0].strip()
        for snippet in snippets(language)
        for line in str(snippet.values[0]).splitlines()
        if re.match(r"(idvkit|python -m idvkit) --(version|help)\b", line)
    ]


@pytest.mark.parametrize("command", commands("sh"))
def test_a_cheap_shell_command_runs(command: str, tmp_path: Path) -> None:
    executable = Path(sys.executable).parent / "idvkit"
    argv = [str(executable), *command.split()[1:]]
    if command.startswith("python "):
        argv = [sys.executable, *command.split()[1:]]
    process = run(argv, dict(os.environ), tmp_path)
    assert process.returncode == 0, process.stderr
    if command.endswith("--version"):
        assert process.stdout == f"idvkit {importlib.metadata.version('idvkit')}\n"


def test_the_shell_snippets_show_the_version_command() -> None:
    assert "idvkit --version" in commands("sh")

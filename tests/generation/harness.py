"""What the build tests share: a copy of the repository to run the generator in, and a watch on the network.

The generator runs on a copy (``copy_workspace``) so that a test can break a spec or plant a file
next to it without touching the repository. ``NetworkWatch`` patches the socket layer of the test
process: every connection and name lookup is recorded and refused. ``Loopback`` is a server on
127.0.0.1 that records each request it receives, for tools that run in a subprocess.
"""

from __future__ import annotations

import hashlib
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT

GENERATED = ROOT / "generated"


def tree_digest(directory: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in directory.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(directory).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def copy_workspace(target: Path) -> Path:
    """A copy of the parts of the repository that generation reads and writes."""
    for name in ("specs", "scripts", "generated"):
        shutil.copytree(ROOT / name, target / name, ignore=shutil.ignore_patterns("__pycache__"))
    # the build's recipe includes the bundler's source, found relative to the script
    shutil.copytree(ROOT / "src" / "idvkit" / "specs", target / "src" / "idvkit" / "specs")
    return target


def generate(workspace: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(workspace / "scripts" / "generate.py"), *args],
        cwd=workspace,
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
    )


class NetworkWatch:
    """Records and refuses every outgoing connection and name lookup of this process."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.attempts: list[str] = []

        def connect(sock: socket.socket, address: Any) -> None:
            self.attempts.append(f"connect {address!r}")
            raise ConnectionRefusedError(f"the test forbids network access (connect {address!r})")

        def connect_ex(sock: socket.socket, address: Any) -> int:
            connect(sock, address)
            return 1  # pragma: no cover - connect raised

        def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
            self.attempts.append(f"getaddrinfo {host!r}")
            raise socket.gaierror(f"the test forbids network access (lookup {host!r})")

        def create_connection(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
            self.attempts.append(f"create_connection {address!r}")
            raise ConnectionRefusedError(f"the test forbids network access (connect {address!r})")

        monkeypatch.setattr(socket.socket, "connect", connect)
        monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
        monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
        monkeypatch.setattr(socket, "create_connection", create_connection)


class Loopback:
    """An HTTP server on 127.0.0.1 that answers every GET with a JSON schema and records the request."""

    def __init__(self, server: ThreadingHTTPServer) -> None:
        self.server = server
        self.requests: list[str] = []

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}"


@contextmanager
def loopback_server() -> Iterator[Loopback]:
    holder: list[Loopback] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            holder[0].requests.append(self.path)
            body = b'{"type": "object", "properties": {"leaked": {"type": "string"}}}'
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    holder.append(Loopback(server))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield holder[0]
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)

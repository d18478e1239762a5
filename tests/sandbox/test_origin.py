"""What web pages can make a sandbox do: nothing. DNS rebinding (Host), cross-site requests (Origin and
Content-Type) and the all-interfaces warning of ``idvkit sandbox``.

Written as the attacks: a page of evil.example posting to the control API of a sandbox on loopback, a page
whose name was rebound to 127.0.0.1, a sandbox started on every interface without a warning.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from idvkit.cli import main
from idvkit.sandbox import IdenfySandbox, Sandbox, SpecApplication, create_sandbox, running_server
from idvkit.sandbox._origin import host_is_allowed, origin_is_allowed
from tests.sandbox._support import AUTH, JSON_TYPE, assert_vendor_error, check_response

pytestmark = pytest.mark.timeout(120)

EVIL = "http://evil.example"


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[Sandbox, str]]:
    sandbox = create_sandbox("idenfy")
    with running_server(sandbox.app) as url:
        yield sandbox, url


@pytest.fixture
def client(served: tuple[Sandbox, str]) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=served[1]) as client:
        yield client


def verification_count(sandbox: Sandbox) -> int:
    behaviour = sandbox.behaviour
    assert isinstance(behaviour, IdenfySandbox)
    return len(behaviour.verifications)


def token(client: httpx.Client) -> str:
    answer = client.post("/api/v2/token", json={"clientId": "c"}, auth=AUTH)
    assert answer.status_code == 201
    scan_ref: str = answer.json()["scanRef"]
    return scan_ref


def still_there(client: httpx.Client, scan_ref: str) -> bool:
    return client.post("/api/v2/status", json={"scanRef": scan_ref}, auth=AUTH).status_code == 200


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": EVIL, "Content-Type": "text/plain"},  # what fetch(..., {mode: "no-cors"}) sends
        {"Origin": EVIL, "Content-Type": "application/x-www-form-urlencoded"},  # an HTML form
        {"Origin": EVIL, **JSON_TYPE},  # were it ever allowed by a preflight
        {"Origin": "null", **JSON_TYPE},  # a sandboxed frame or a redirect
        {"Origin": "http://127.0.0.1.evil.example", **JSON_TYPE},
    ],
)
def test_a_cross_site_reset_is_403_and_changes_nothing(client: httpx.Client, headers: dict[str, str]) -> None:
    """Before: POST /__sandbox/reset with text/plain from http://evil.example was a 200."""
    scan_ref = token(client)
    answer = client.post("/__sandbox/reset", headers=headers)
    assert answer.status_code == 403
    check_response("idenfy", answer)  # declared in the control spec, in its error format
    assert "Origin" in answer.json()["error"]
    assert still_there(client, scan_ref)


def test_a_page_on_the_sandboxs_port_under_another_name_is_403(
    served: tuple[Sandbox, str], client: httpx.Client
) -> None:
    """A rebound page's origin has the sandbox's port; only its host tells it apart."""
    scan_ref = token(client)
    port = served[1].rsplit(":", 1)[1]
    answer = client.post("/__sandbox/reset", headers={"Origin": f"http://evil.example:{port}", **JSON_TYPE})
    assert answer.status_code == 403
    assert still_there(client, scan_ref)


@pytest.mark.parametrize(
    "content_type", [None, "text/plain", "application/x-www-form-urlencoded", "multipart/form-data"]
)
def test_a_control_post_that_is_not_json_is_415_and_changes_nothing(
    client: httpx.Client, content_type: str | None
) -> None:
    scan_ref = token(client)
    headers = {} if content_type is None else {"Content-Type": content_type}
    for path, body in (
        ("/__sandbox/reset", b""),
        (f"/__sandbox/idenfy/verifications/{scan_ref}/finish", b'{"status": "DENIED"}'),
    ):
        answer = client.post(path, content=body, headers=headers)
        assert answer.status_code == 415, path
        check_response("idenfy", answer)
        assert "application/json" in answer.json()["error"]
    assert client.post("/api/v2/status", json={"scanRef": scan_ref}, auth=AUTH).json()["status"] == "ACTIVE"


@pytest.mark.parametrize(
    "host",
    ["evil.example", "evil.example:8900", "127.0.0.1.nip.io", "localhost.evil.example", "sandbox.localhost", "[::2]"],
)
def test_a_rebound_host_is_421_on_every_route(served: tuple[Sandbox, str], client: httpx.Client, host: str) -> None:
    """A page whose name now points at 127.0.0.1 can use neither the control API nor the vendor's API with
    the sandbox's default credentials."""
    sandbox = served[0]
    scan_ref = token(client)
    before = verification_count(sandbox)
    reset = client.post("/__sandbox/reset", headers={"Host": host, **JSON_TYPE})
    assert reset.status_code == 421
    check_response("idenfy", reset)
    created = client.post("/api/v2/token", json={"clientId": "c"}, auth=AUTH, headers={"Host": host})
    assert created.status_code == 421
    assert_vendor_error("idenfy", created)
    assert "Host" in created.json()["message"]
    read = client.get("/__sandbox/callbacks", headers={"Host": host})
    assert read.status_code == 421
    assert verification_count(sandbox) == before
    assert still_there(client, scan_ref)


def test_the_liveid_vendor_api_refuses_a_rebound_host_in_its_format() -> None:
    with running_server(create_sandbox("liveid").app) as url, httpx.Client(base_url=url) as client:
        answer = client.get("/api/v1/checkStatus", headers={"Host": "evil.example"})
        assert answer.status_code == 421
        assert_vendor_error("liveid", answer)
        assert client.get("/api/v1/checkStatus").status_code == 200


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Host": "localhost"},
        {"Host": "127.0.0.2:1"},
        {"Host": "[::1]:8900"},
        {"Origin": "http://127.0.0.1:3000"},  # a local web app's tests may drive the sandbox
        {"Origin": "http://localhost"},
        {"Origin": "https://[::1]:9"},
    ],
)
def test_same_origin_and_loopback_clients_are_served(client: httpx.Client, headers: dict[str, str]) -> None:
    answer = client.post("/__sandbox/clock/advance", json={"seconds": 0}, headers=headers)
    assert answer.status_code == 200, answer.text
    assert client.get("/__sandbox/callbacks", headers=headers).status_code == 200


def test_a_reset_sent_as_json_still_works(served: tuple[Sandbox, str], client: httpx.Client) -> None:
    scan_ref = token(client)
    answer = client.post("/__sandbox/reset", headers=JSON_TYPE)
    assert answer.status_code == 200
    check_response("idenfy", answer)
    assert not still_there(client, scan_ref)


def test_the_name_the_sandbox_was_started_with_is_accepted() -> None:
    sandbox = create_sandbox("idenfy")
    sandbox.app.allow_host("Sandbox.Test.")
    with running_server(sandbox.app) as url, httpx.Client(base_url=url) as client:
        port = url.rsplit(":", 1)[1]
        named = {"Host": f"sandbox.test:{port}"}
        assert client.post("/api/v2/token", json={"clientId": "c"}, auth=AUTH, headers=named).status_code == 201
        origin = {**named, "Origin": f"http://sandbox.test:{port}", **JSON_TYPE}
        assert client.post("/__sandbox/reset", headers=origin).status_code == 200
        assert client.post("/__sandbox/reset", headers={"Host": "other.test", **JSON_TYPE}).status_code == 421


def test_requests_that_arrive_on_a_non_loopback_address_are_not_host_checked() -> None:
    """A sandbox started on a LAN address is reached under names it cannot know (no test binds one)."""
    assert host_is_allowed("192.0.2.7", "ci-sandbox:8900", frozenset())
    assert host_is_allowed(None, "anything", frozenset())
    assert not host_is_allowed("127.0.0.1", "ci-sandbox:8900", frozenset())
    assert not host_is_allowed("::1", "ci-sandbox", frozenset())
    assert host_is_allowed("::ffff:127.0.0.1", "localhost:1", frozenset())
    # there the same origin is the request's own host
    assert origin_is_allowed("http://ci-sandbox:8900", "ci-sandbox:8900", frozenset())
    assert origin_is_allowed("http://ci-sandbox", "ci-sandbox:80", frozenset())
    assert not origin_is_allowed("http://ci-sandbox:8901", "ci-sandbox:8900", frozenset())
    assert not origin_is_allowed("http://evil.example:8900", "ci-sandbox:8900", frozenset())


@settings(max_examples=200, deadline=None)
@given(
    origin=st.one_of(
        st.text(max_size=60),
        st.builds(
            lambda host, port: f"http://{host}:{port}",
            st.from_regex(r"[a-z0-9.\-]{1,30}", fullmatch=True),
            st.integers(1, 65535),
        ),
    )
)
def test_only_loopback_and_same_host_origins_pass(origin: str) -> None:
    allowed = origin_is_allowed(origin, "sandbox.test:8900", frozenset())
    if allowed:
        assert origin.startswith(("http://", "https://"))
        host = origin.split("://", 1)[1].rsplit(":", 1)[0].lower().rstrip(".")
        assert host in ("localhost", "sandbox.test") or host.startswith(
            ("127.", "[::1]", "[::ffff:127.", "[0:0:0:0:0:0:0:1]")
        )


# -- the all-interfaces warning -----------------------------------------------------------------------


@pytest.fixture
def fake_serving(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """``idvkit sandbox`` with bind() giving a loopback socket (no test listens on every interface) and
    serve() returning at once; records the host asked for and the app that would have been served."""
    seen: dict[str, Any] = {}
    sockets: list[socket.socket] = []

    def bind(host: str, port: int) -> socket.socket:
        seen["host"] = host
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))
        sockets.append(sock)
        return sock

    def serve(app: SpecApplication, sock: socket.socket) -> None:
        seen["app"] = app

    monkeypatch.setattr("idvkit.sandbox.bind", bind)  # idvkit sandbox imports it when it runs
    monkeypatch.setattr("idvkit.sandbox.serve", serve)
    yield seen
    for sock in sockets:
        sock.close()


@pytest.mark.parametrize("host", ["", "0", "0.0.0.0", "::", "[::]", "0x0", "0.0"])  # noqa: S104 - bind() is faked
def test_every_spelling_of_all_interfaces_gets_the_warning(
    fake_serving: dict[str, Any], capsys: pytest.CaptureFixture[str], host: str
) -> None:
    """Before: --host '' and --host 0 listened on every interface without a word."""
    assert main(["sandbox", "idenfy", "--host", host]) == 0
    assert fake_serving["host"] == host  # what bind() documents: '' and the like mean every interface
    assert "warning: listening on every network interface" in capsys.readouterr().err


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "sandbox.test"])
def test_loopback_hosts_get_no_warning_and_names_are_accepted_as_host(
    fake_serving: dict[str, Any], capsys: pytest.CaptureFixture[str], host: str
) -> None:
    assert main(["sandbox", "idenfy", "--host", host]) == 0
    assert "warning" not in capsys.readouterr().err
    assert host.lower() in fake_serving["app"].allowed_hosts or host == "127.0.0.1"


def test_a_non_loopback_address_gets_the_warning(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class Bound:
        def getsockname(self) -> tuple[str, int]:
            return ("192.0.2.7", 8900)

    monkeypatch.setattr("idvkit.sandbox.bind", lambda host, port: Bound())
    monkeypatch.setattr("idvkit.sandbox.url_of", lambda sock: "http://192.0.2.7:8900")
    monkeypatch.setattr("idvkit.sandbox.serve", lambda app, sock: None)
    assert main(["sandbox", "idenfy", "--host", "lan-name"]) == 0
    assert "warning: listening on 192.0.2.7, which is not a loopback address" in capsys.readouterr().err

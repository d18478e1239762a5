"""Credentials inside ``--base-url`` (``http://key:secret@host``) are refused, and never printed.

The attack: such a URL used to be accepted and printed as given, in the "cannot reach" error line and in the
summary header. Now the run refuses it before any request, with exit 2 and one error line that shows the URL
with its user information replaced by ``***``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from idvkit.cli._main import main
from idvkit.contract._target import TargetError, check_base_url
from tests.contract._counting import CountingApp, counting_sandbox
from tests.contract._harness import CREDENTIAL_VARIABLES
from tests.servers._base import DEFAULT_CREDENTIALS

KEY = "KEYu7Rq2"
SECRET = "SECRETu4Wz"


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, CountingApp]]:
    for variable in CREDENTIAL_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    for variable, value in DEFAULT_CREDENTIALS["idenfy"].environment("idenfy").items():
        monkeypatch.setenv(variable, value)
    with counting_sandbox("idenfy", DEFAULT_CREDENTIALS["idenfy"]) as served:
        yield served


@pytest.mark.parametrize(
    "userinfo", [f"{KEY}:{SECRET}", SECRET, f"{KEY}:{SECRET}@also", f"{KEY}:{SECRET}/part", f"{KEY}:{SECRET}#part"]
)
def test_credentials_in_the_base_url_are_refused_before_any_request_and_not_shown(
    server: tuple[str, CountingApp], tmp_path: Path, capsys: pytest.CaptureFixture[str], userinfo: str
) -> None:
    base_url, counter = server
    host = base_url.removeprefix("http://")
    status = main(["contract", "idenfy", "--base-url", f"http://{userinfo}@{host}", "--report-dir", str(tmp_path)])
    captured = capsys.readouterr()
    assert status == 2, captured
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("error: idenfy: bad base URL 'http://***@")
    assert host in lines[0]
    assert SECRET not in captured.out + captured.err
    assert KEY not in captured.out + captured.err
    assert counter.requests == 0


def test_the_refusal_says_where_credentials_go() -> None:
    with pytest.raises(TargetError, match=r"credentials in the URL are not accepted.*environment variables"):
        check_base_url(f"https://{KEY}:{SECRET}@ivs.example.test/api")


def test_a_url_without_user_information_is_unchanged() -> None:
    checked = check_base_url("http://127.0.0.1:9000/x/")
    assert (checked.url, checked.host) == ("http://127.0.0.1:9000/x", "127.0.0.1")


@pytest.mark.parametrize(
    "url",
    [
        f"http://{KEY}:12/{SECRET}@127.0.0.1:9000",  # parses as host KEY, port 12, path /SECRET@...
        f"http://{KEY}?:{SECRET}@127.0.0.1:9000",  # parses as host KEY, query :SECRET@...
        f"{KEY}:{SECRET}@127.0.0.1:9000//x",
    ],
)
def test_an_at_sign_anywhere_is_refused_and_masked(url: str) -> None:
    with pytest.raises(TargetError) as raised:
        check_base_url(url)
    assert SECRET not in str(raised.value)
    assert KEY not in str(raised.value)
    assert "***@127.0.0.1:9000" in str(raised.value)


_userinfo_text = st.text(st.characters(codec="ascii", categories=["L", "N", "P", "S", "Zs"]), max_size=12)


@given(user=_userinfo_text, password=_userinfo_text, scheme=st.sampled_from(["http", "https", "ftp", ""]))
def test_no_message_about_a_url_with_user_information_shows_it(user: str, password: str, scheme: str) -> None:
    # any characters, "/", "?", "#" and "@" included: the parser then splits the URL elsewhere
    secret = f"PW{password}Q7"
    url = f"{scheme}://{user}:{secret}@127.0.0.1:9000/path"
    with pytest.raises(TargetError) as raised:
        check_base_url(url)
    assert secret not in str(raised.value)
    assert f"'{scheme}://***@127.0.0.1:9000/path'" in str(raised.value)

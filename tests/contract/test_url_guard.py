"""The security review's URLs, given to ``idvkit contract`` as an attacker or a typo would: each is refused with
exit 2 and one ``error:`` line before any lookup or connection (the run's tripwire, tests/_tripwire, fails
the test if a production host is reached). The bypass with a backslash used to send 14 requests with basic
auth to the production name, while the guard saw 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from idvkit.cli._main import main
from tests.contract._counting import CountingApp, counting_sandbox
from tests.contract._harness import CREDENTIAL_VARIABLES
from tests.servers._base import DEFAULT_CREDENTIALS


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, CountingApp]]:
    for variable in CREDENTIAL_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    for vendor in ("idenfy", "markid", "liveid"):
        for variable, value in DEFAULT_CREDENTIALS[vendor].environment(vendor).items():
            monkeypatch.setenv(variable, value)
    with counting_sandbox("idenfy", DEFAULT_CREDENTIALS["idenfy"]) as served:
        yield served


def _refused(arguments: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path, expected: str) -> None:
    status = main(["contract", *arguments, "--report-dir", str(tmp_path / "reports"), "--phases", "examples"])
    captured = capsys.readouterr()
    assert status == 2, captured
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("error: "), captured.err
    assert expected in lines[0], lines[0]
    assert "Traceback" not in captured.out + captured.err
    assert not (tmp_path / "reports").exists()


@pytest.mark.parametrize(
    ("vendor", "url"),
    [
        ("idenfy", "https://ivs.idenfy.com./"),
        ("idenfy", "https://ivs\uff0eidenfy\uff0ecom/"),
        ("markid", "https://ivs\u3002markid\u3002eu"),
        ("markid", "https://ivs.idenfy.com"),  # another vendor's production host
        ("liveid", "https://ivs.idenfy.com"),
        ("idenfy", "https://IVS.MARKID.COM"),
    ],
)
def test_production_hosts_in_any_spelling_for_any_vendor_are_refused(
    vendor: str, url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path, server: tuple[str, CountingApp]
) -> None:
    _refused([vendor, "--base-url", url], capsys, tmp_path, "production host")


def test_the_backslash_bypass_is_refused_before_any_request(
    server: tuple[str, CountingApp], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    base_url, counter = server
    port = base_url.rsplit(":", 1)[1]
    url = f"http://ivs.idenfy.com:{port}\\@127.0.0.1:{port}"
    _refused(["idenfy", "--base-url", url], capsys, tmp_path, "backslash")
    assert counter.requests == 0


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://xn--ivs-idenfy-com/", "not a valid name"),
        ("http://a..b/", "not a valid name"),
        ("http://" + "a" * 300 + ".example/", "not a valid name"),
        ("http://127.1:9/", "ambiguous IPv4"),
    ],
)
def test_malformed_hosts_are_a_clean_exit_2(
    url: str, expected: str, capsys: pytest.CaptureFixture[str], tmp_path: Path, server: tuple[str, CountingApp]
) -> None:
    _refused(["idenfy", "--base-url", url], capsys, tmp_path, expected)

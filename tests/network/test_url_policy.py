"""The URL policy (idvkit._network) against the URL parsers of the stacks that send idvkit's requests:
urllib.parse (the standard library), httpx (idvkit's clients, preflight, callbacks), urllib3 and requests
(schemathesis). No URL that any of them would send to a production host may pass the guard."""

from __future__ import annotations

import urllib.parse
from collections.abc import Callable

import httpx
import idna
import pytest
import requests
import urllib3
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from idvkit._network import (
    CheckedURL,
    UnsafeURLError,
    check_target_url,
    check_url,
    is_loopback_host,
    is_loopback_url,
    is_wildcard_host,
    mask_userinfo,
    production_hosts,
)

PRODUCTION = sorted(production_hosts())


def _urllib(url: str) -> str | None:
    return urllib.parse.urlsplit(url).hostname


def _httpx(url: str) -> str | None:
    return httpx.URL(url).host


def _urllib3(url: str) -> str | None:
    return urllib3.util.parse_url(url).host


def _requests(url: str) -> str | None:
    prepared = requests.Request("GET", url).prepare().url
    return urllib.parse.urlsplit(prepared).hostname if prepared else None


PARSERS: dict[str, Callable[[str], str | None]] = {
    "urllib.parse": _urllib,
    "httpx": _httpx,
    "urllib3": _urllib3,
    "requests": _requests,
}


def _as_resolved(host: str) -> str:
    """How a resolver would read a host a parser returned: case, trailing dots, IDNA mapping."""
    text = host.strip("[]").rstrip(".").lower()
    try:
        return idna.encode(text, uts46=True).decode("ascii")
    except (idna.IDNAError, UnicodeError):
        return text


def _hosts_sent_to(url: str) -> dict[str, str]:
    found = {}
    for name, parse in PARSERS.items():
        try:
            host = parse(url)
        except Exception:  # a parser that refuses the URL sends nothing
            host = None
        if host:
            found[name] = _as_resolved(host)
    return found


# --- the exact URLs of the security review ---------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://ivs.idenfy.com./",
        "https://ivs\uff0eidenfy\uff0ecom/",
        "https://ivs\u3002markid\u3002eu",
        "https://IVS.IDENFY.COM",
        "https://ivs.markid.com",
        "https://liveid.namirialtsp.com/api",
    ],
)
def test_production_spellings_are_refused(url: str) -> None:
    with pytest.raises(UnsafeURLError, match="production host"):
        check_target_url(url)
    assert check_target_url(url, allow_production=True).production


def test_every_vendors_production_hosts_are_guarded_whatever_the_vendor_under_test() -> None:
    # markid's and LiveID+'s runs used to check only their own spec's hosts
    assert {"ivs.idenfy.com", "ivs.markid.eu", "ivs.markid.com"} <= production_hosts()


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("http://ivs.idenfy.com:15443\\@127.0.0.1:15443", "backslash"),
        ("http://key:secret@127.0.0.1:8000", "credentials in the URL"),
        ("https://xn--ivs-idenfy-com/", "not a valid name"),
        ("http://a..b/", "not a valid name"),
        ("http://" + "a" * 300 + ".example/", "not a valid name"),
        ("http://127.1/", "ambiguous IPv4"),
        ("http://0x7f.0.0.1/", "ambiguous IPv4"),
        ("http://2130706433/", "ambiguous IPv4"),
        ("http://[fe80::1%25eth0]/", "percent-encoding"),
        ("http://127.0.0.1:0/", "port"),
        ("http://127.0.0.1:99999/", "port"),
        ("http://127.0.0.1:80:80/", "more than one"),
        ("ftp://127.0.0.1/", "scheme"),
        ("http://127.0.0.1/#x", "fragment"),
        ("http://127.0.0.1/a b", "white space"),
        ("http://127.0.0.1/\tx", "white space"),
        ("127.0.0.1:8000", "expected http"),
        ("http:///path", "no host"),
    ],
)
def test_malformed_and_ambiguous_urls_are_refused_with_a_reason(url: str, problem: str) -> None:
    with pytest.raises(UnsafeURLError, match=problem) as caught:
        check_url(url, what="base URL")
    assert "secret" not in str(caught.value)
    assert str(caught.value).startswith("bad base URL")


def test_credentials_are_masked_in_messages() -> None:
    assert mask_userinfo("http://key:secret@127.0.0.1/x") == "http://***@127.0.0.1/x"
    assert mask_userinfo("http://key:se/cr?et@127.0.0.1/x") == "http://***@127.0.0.1/x"
    assert mask_userinfo("http://127.0.0.1/x") == "http://127.0.0.1/x"


@pytest.mark.parametrize("value", [None, 3, b"http://127.0.0.1/"])
def test_a_url_that_is_not_a_string_is_refused(value: object) -> None:
    with pytest.raises(UnsafeURLError, match="expected a string"):
        check_url(value)


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("http://127.0.0.1:8000/", "http://127.0.0.1:8000"),
        ("HTTP://LocalHost.:8000/api/", "http://localhost:8000/api"),
        ("http://[::1]:9/", "http://[::1]:9"),
        ("https://Ex\uff0eExample/v1", "https://ex.example/v1"),
    ],
)
def test_accepted_urls_come_back_in_the_spelling_that_was_judged(url: str, canonical: str) -> None:
    assert check_url(url).url == canonical


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("localhost", True),
        ("LOCALHOST.", True),
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("::1", True),
        ("[::1]", True),
        ("::ffff:127.0.0.1", True),
        ("foo.localhost", False),
        ("127.1", False),
        ("10.0.0.1", False),
        ("example.test", False),
        ("", False),
    ],
)
def test_loopback_hosts(host: str, loopback: bool) -> None:
    assert is_loopback_host(host) is loopback


def test_loopback_urls() -> None:
    assert is_loopback_url("http://127.0.0.1:1/hook?x=1")
    assert not is_loopback_url("http://foo.localhost:1/")
    assert not is_loopback_url("http://127.0.0.1:1\\@example.test/")


@pytest.mark.parametrize(
    ("host", "wildcard"),
    [
        *[(spelling, True) for spelling in ("", "0", "0.0.0.0", "::", "[::]", "0x0", "0.0")],  # noqa: S104
        *[(spelling, False) for spelling in ("127.0.0.1", "localhost", "::1", "192.0.2.1")],
    ],
)
def test_wildcard_listening_spellings(host: str, wildcard: bool) -> None:
    assert is_wildcard_host(host) is wildcard


# --- the property: no URL any sending stack would send to production passes the guard -------------

_DOTS = st.sampled_from([".", "\uff0e", "\u3002", "\uff61", "%2e", ".."])


@st.composite
def production_spellings(draw: st.DrawFn) -> str:
    host = draw(st.sampled_from(PRODUCTION))
    labels = host.split(".")
    labels = [draw(st.sampled_from([label, label.upper(), label.capitalize()])) for label in labels]
    dots = [draw(_DOTS) for _ in labels[1:]]
    spelled = labels[0] + "".join(dot + label for dot, label in zip(dots, labels[1:], strict=True))
    return spelled + draw(st.sampled_from(["", ".", "..", "\uff0e"]))


HOSTS = st.one_of(
    production_spellings(),
    st.sampled_from(["127.0.0.1", "localhost", "[::1]", "example.test", "127.1", "0x7f.0.0.1", "[::ffff:7f00:1]"]),
)
SEPARATORS = st.sampled_from(["", "@", "\\@", "\\", "#@", "?@", "/@", "%40", ":@", "\t", "\n", " ", "\x00", ";"])
PORTS = st.sampled_from(["", ":443", ":8080", ":0", ":99999", ":8080\\", ":+1", ": 1"])


@st.composite
def hostile_urls(draw: st.DrawFn) -> str:
    scheme = draw(st.sampled_from(["http://", "https://", "HTTPS://", "http:/", "http:\\\\", "//", "http:///"]))
    parts = [scheme]
    if draw(st.booleans()):
        parts += [draw(HOSTS), draw(PORTS), draw(SEPARATORS)]
    parts += [draw(HOSTS), draw(PORTS)]
    if draw(st.booleans()):
        parts += [draw(SEPARATORS), draw(HOSTS), draw(PORTS)]
    parts.append(draw(st.sampled_from(["", "/", "/api", "/@x", "\\x", "?a=b", "#f"])))
    return "".join(parts)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(url=st.one_of(hostile_urls(), st.text(max_size=60).map(lambda tail: "http://" + tail)))
@example(url="http://ivs.idenfy.com:15443\\@127.0.0.1:15443")
@example(url="https://ivs.idenfy.com./")
@example(url="https://ivs.idenfy.com../")
@example(url="https://.ivs.idenfy.com/")
@example(url="https://ivs\uff0eidenfy\uff0ecom/")
@example(url="http://127.0.0.1:1\\@ivs.markid.eu")
@example(url="http://127.0.0.1:1#@ivs.idenfy.com")
def test_no_url_a_sending_stack_would_send_to_production_passes_the_guard(url: str) -> None:
    try:
        checked = check_target_url(url)
    except UnsafeURLError:
        return  # refused: nothing is sent
    production = production_hosts()
    for checked_form in (url, checked.url):
        sent_to = _hosts_sent_to(checked_form)
        assert not {parser for parser, host in sent_to.items() if host in production}, (url, sent_to)
    # and every stack reads the canonical spelling as the host that was judged
    for parser, host in _hosts_sent_to(checked.url).items():
        assert host == checked.host, (parser, url, host, checked.host)


@settings(max_examples=300, deadline=None)
@given(url=hostile_urls())
def test_the_canonical_spelling_is_a_fixed_point(url: str) -> None:
    try:
        checked = check_url(url)
    except UnsafeURLError:
        return
    assert check_url(checked.url) == checked
    assert isinstance(checked, CheckedURL)

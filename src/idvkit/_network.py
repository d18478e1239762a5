"""The one URL policy of idvkit: every URL a command will connect to, or send a callback to, is read here
first, before any DNS lookup or connection.

Parsers disagree on hostile URLs: with ``http://ivs.idenfy.com:1\\@127.0.0.1:1`` urllib and httpx see the
host 127.0.0.1, while urllib3 (under requests, under schemathesis) stops the host at the backslash and
connects to ivs.idenfy.com. So the policy does not pick one parser; it accepts only URLs on which every
parser must agree, and hands the caller a canonical spelling of what it judged, so that what is sent is
what was checked:

- ``http`` or ``https``; ASCII outside the host; no control characters, white space or backslashes;
- no user information (``user:pass@``), nor any ``@``: credentials belong in environment variables;
- the host normalised as browsers and HTTP stacks read it: case, one trailing dot, IDNA 2008 with UTS-46
  mapping (full-width and ideographic dots are dots); a numeric last label only as a canonical
  dotted-quad IPv4 address (``127.1``, ``0x7f.0.0.1`` or ``2130706433`` are refused as ambiguous);
  IPv6 in brackets, without a zone;
- a decimal port in 1..65535; no fragment; a query only where the caller allows one.

Loopback means ``localhost`` or a loopback IP address (127.0.0.0/8, ::1, and IPv4-mapped forms of
them); ``*.localhost`` names are not loopback here, because a resolver may send them anywhere.
Production hosts are the servers described as Production in *every* vendor's spec, whatever vendor is
being tested.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import idna

if TYPE_CHECKING:
    from idvkit.vendors import Vendor

#: Longest URL the policy reads (longer ones are refused, never truncated).
MAX_URL_LENGTH = 2048

_URL = re.compile(r"(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*)://(?P<authority>[^/?#]*)(?P<path>[^?#]*)(?P<query>\?[^#]*)?")
_NUMERIC_LABEL = re.compile(r"(0x[0-9a-f]*|[0-9]+)", re.IGNORECASE)
_PORT = re.compile(r"[0-9]{1,5}")
_PATH_CHARACTERS = re.compile(r"[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*")


class UnsafeURLError(ValueError):
    """A URL the policy refuses: the message names the URL (user information masked) and the problem."""


@dataclass(frozen=True)
class CheckedURL:
    """A URL the policy accepted, in its canonical spelling."""

    scheme: str
    #: lower-case ASCII (IDNA A-labels), no trailing dot; an IPv6 address without brackets
    host: str
    port: int | None
    #: without a trailing slash ("" for the root)
    path: str
    query: str = ""

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        port = f":{self.port}" if self.port is not None else ""
        return f"{self.scheme}://{host}{port}{self.path}{self.query}"

    @property
    def loopback(self) -> bool:
        return is_loopback_host(self.host)

    @property
    def production(self) -> bool:
        return self.host in production_hosts()

    def __str__(self) -> str:
        return self.url


def mask_userinfo(url: str) -> str:
    """``url`` as it may be printed: everything from the start of its host part up to its *last* ``@`` (the
    ``user:password@``) replaced by ``***``. Masking up to the last ``@`` also covers a password that holds
    ``/``, ``?`` or ``#``, which a URL parser would split off as path, query or fragment."""
    text = str(url)
    at = text.rfind("@")
    if at < 0:
        return text
    slashes = text.find("//")
    start = slashes + 2 if 0 <= slashes < at else 0
    return f"{text[:start]}***{text[at:]}"


def normalise_host(host: str) -> str:
    """The host as HTTP stacks resolve it: lower-case IDNA A-labels, no trailing dot, canonical IPs.

    Raises UnsafeURLError for a host no stack would read the same way (empty labels, invalid IDNA,
    ambiguous numeric spellings, IPv6 zones).
    """
    if host.startswith("[") and host.endswith("]"):
        literal = host[1:-1]
        if "%" in literal:
            raise UnsafeURLError("an IPv6 zone identifier is not allowed")
        try:
            return ipaddress.IPv6Address(literal).compressed
        except ValueError:
            raise UnsafeURLError(f"{literal!r} is not an IPv6 address") from None
    if not host:
        raise UnsafeURLError("the URL has no host")
    if host.isascii() and re.fullmatch(r"[0-9.]+", host):
        # digits and dots only: a dotted-quad address, or an ambiguous spelling of one
        return _canonical_ipv4(host)
    shown = host if len(host) <= 80 else host[:80] + "..."
    try:
        mapped = idna.uts46_remap(host, std3_rules=True, transitional=False)
    except idna.IDNAError as exc:
        raise UnsafeURLError(f"host {shown!r} is not a valid name: {exc}") from None
    if mapped.endswith("."):
        mapped = mapped[:-1]  # one trailing dot names the same host (the DNS root)
    if not mapped or mapped.endswith(".") or mapped.startswith(".") or ".." in mapped:
        raise UnsafeURLError(f"host {shown!r} is not a valid name: Empty Label")
    try:
        ascii_host = idna.encode(mapped, uts46=False, std3_rules=True).decode("ascii")
    except (idna.IDNAError, UnicodeError) as exc:
        raise UnsafeURLError(f"host {shown!r} is not a valid name: {exc}") from None
    ascii_host = ascii_host.lower()
    if _NUMERIC_LABEL.fullmatch(ascii_host.rsplit(".", 1)[-1]):
        # WHATWG URL parsers read a host whose last label is numeric as an IPv4 address
        return _canonical_ipv4(ascii_host)
    return ascii_host


def _canonical_ipv4(host: str) -> str:
    try:
        address = ipaddress.IPv4Address(host)
    except ValueError:
        address = None
    if address is None or str(address) != host:
        raise UnsafeURLError(
            f"host {host!r} is an ambiguous IPv4 spelling (HTTP stacks read it differently): "
            "write the address as four decimal numbers"
        )
    return host


def check_url(raw: object, *, what: str = "URL", allow_query: bool = False) -> CheckedURL:
    """Read ``raw`` under the policy; UnsafeURLError names ``what`` (e.g. "base URL") and the problem."""
    if not isinstance(raw, str):
        raise UnsafeURLError(f"bad {what}: expected a string, got {type(raw).__name__}")
    shown = mask_userinfo(raw)
    if len(shown) > 200:
        shown = shown[:200] + "..."

    def refuse(problem: str) -> UnsafeURLError:
        return UnsafeURLError(f"bad {what} {shown!r}: {problem}")

    if len(raw) > MAX_URL_LENGTH:
        raise refuse(f"longer than {MAX_URL_LENGTH} characters")
    if any(ord(c) < 0x21 or ord(c) == 0x7F or c.isspace() for c in raw):
        raise refuse("control characters and white space are not allowed")
    if "\\" in raw:
        raise refuse("backslashes are not allowed (HTTP stacks disagree on what they mean)")
    match = _URL.fullmatch(raw)
    if match is None:
        if "#" in raw:
            raise refuse("a fragment (#...) is not allowed")
        raise refuse("expected http(s)://host[:port][/path]")
    scheme = match["scheme"].lower()
    if scheme not in ("http", "https"):
        raise refuse(f"scheme {match['scheme']!r} is not http or https")
    authority, path, query = match["authority"], match["path"], match["query"] or ""
    if "@" in raw:
        # anywhere, not only in the host part: a password holding '/' or '?' moves its '@' into the path
        raise refuse(
            "credentials in the URL are not accepted (they would be printed and logged); "
            "put them in the vendor's environment variables"
        )
    if "%" in authority:
        raise refuse("percent-encoding in the host is not allowed")
    if not path.isascii() or not query.isascii():
        raise refuse("the path and query must be ASCII (percent-encode other characters)")
    if not _PATH_CHARACTERS.fullmatch(path) or not _PATH_CHARACTERS.fullmatch(query.replace("?", "/", 1)):
        raise refuse("the path contains characters that must be percent-encoded")
    if query and not allow_query:
        raise refuse("a query string (?...) is not allowed here")
    host, port = _split_authority(authority, refuse)
    try:
        normalised = normalise_host(host)
    except UnsafeURLError as exc:
        raise refuse(str(exc)) from None
    return CheckedURL(scheme, normalised, port, path.rstrip("/"), query)


def _split_authority(authority: str, refuse: Callable[[str], UnsafeURLError]) -> tuple[str, int | None]:
    if authority.startswith("["):
        end = authority.find("]")
        if end < 0:
            raise refuse("unterminated IPv6 address")
        host, rest = authority[: end + 1], authority[end + 1 :]
        if rest and not rest.startswith(":"):
            raise refuse("unexpected characters after the IPv6 address")
        port_text = rest[1:] if rest else None
    else:
        host, colon, port_text_found = authority.partition(":")
        port_text = port_text_found if colon else None
        if port_text is not None and ":" in port_text:
            raise refuse("more than one ':' in the host (an IPv6 address goes in brackets)")
    if port_text is None:
        return host, None
    if not _PORT.fullmatch(port_text) or not 0 < int(port_text) < 65536:
        raise refuse(f"port {port_text!r} is not a number in 1..65535")
    return host, int(port_text)


def is_loopback_host(host: str) -> bool:
    """True for ``localhost`` and loopback IP addresses (127.0.0.0/8, ::1, IPv4-mapped loopback), in any
    spelling the policy accepts; False for anything else, ``*.localhost`` included."""
    try:
        normalised = normalise_host(host if not (":" in host and not host.startswith("[")) else f"[{host}]")
    except UnsafeURLError:
        return False
    if normalised == "localhost":
        return True
    try:
        address = ipaddress.ip_address(normalised)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def is_loopback_url(url: str) -> bool:
    """True for http(s) URLs the policy accepts whose host is loopback (see is_loopback_host)."""
    try:
        return check_url(url, allow_query=True).loopback
    except UnsafeURLError:
        return False


def production_hosts() -> frozenset[str]:
    """Normalised hosts of the servers described as Production in every registered vendor's spec (the registry as
    it is now: a vendor registered later is guarded from then on)."""
    from idvkit.vendors import VENDORS  # the registry reads the bundled specs: only when a URL is judged

    return _production_hosts(tuple(VENDORS.values()))


@cache
def _production_hosts(vendors: tuple[Vendor, ...]) -> frozenset[str]:
    hosts = set()
    for vendor in vendors:
        for server in vendor.servers():
            if str(server.get("description", "")).lower().startswith("production"):
                match = _URL.fullmatch(server["url"])
                if match:
                    hosts.add(normalise_host(_split_authority(match["authority"], UnsafeURLError)[0]))
    return frozenset(hosts)


def check_target_url(raw: object, *, what: str = "base URL", allow_production: bool = False) -> CheckedURL:
    """A URL idvkit will send test traffic to: the policy, then the production guard (any vendor's)."""
    checked = check_url(raw, what=what)
    if checked.production and not allow_production:
        raise UnsafeURLError(
            f"{checked.host} is a vendor's production host: pass --allow-production to test it "
            "(fuzzing sends real requests)"
        )
    return checked


def is_wildcard_host(host: str) -> bool:
    """True when listening on ``host`` means every interface: '', '0', '0.0.0.0', '0x0', '::', '[::]', ..."""
    text = host.strip().strip("[]")
    if text in ("", "*"):
        return True
    try:
        return ipaddress.ip_address(text).is_unspecified
    except ValueError:
        pass
    try:
        # the socket layer also accepts inet_aton spellings: '0', '0.0', '0x0', '00'
        return ipaddress.IPv4Address(socket.inet_aton(text)).is_unspecified
    except OSError:
        return False

"""Which requests from web browsers a sandbox answers: DNS rebinding and cross-site requests.

A sandbox on the loopback interface can be reached by every web page that the machine's browser opens,
and it accepts its documented default credentials and an unauthenticated control API:

- **DNS rebinding.** A page of evil.example whose name is then rebound to 127.0.0.1 makes same-origin
  requests that arrive on loopback with ``Host: evil.example:8900``. A request that arrived on a loopback
  address must name a loopback host (``localhost``, 127.0.0.0/8, ``[::1]``) or a name the sandbox was
  started with: 421 Misdirected Request otherwise, for every route. A sandbox started on a non-loopback
  address is reached by its clients under names it cannot know, so requests arriving there are not checked.
- **Cross-site requests.** Any page may send "simple" requests (a form POST, ``fetch`` with ``text/plain``)
  to http://127.0.0.1:8900 without a CORS preflight. The control API (``SameOriginOnly`` behaviours)
  refuses an ``Origin`` that is neither loopback nor the request's own host (403), and any request other
  than GET or HEAD that is not sent as ``application/json`` (415): a page can send that only after a
  preflight, which the sandbox never grants (OPTIONS is answered 405).
"""

from __future__ import annotations

from collections.abc import Collection

from idvkit._network import UnsafeURLError, check_url, is_loopback_host, normalise_host

_DEFAULT_PORTS = {"http": 80, "https": 443}


class SameOriginOnly:
    """Marks a behaviour whose operations only same-origin clients may call (the control API)."""


def _authority(value: str) -> tuple[str, int | None] | None:
    """(normalised host, port) of a ``Host`` header value, or None when it is not one."""
    text = value.strip()
    if text.startswith("["):
        end = text.find("]")
        if end < 0:
            return None
        host, rest = text[: end + 1], text[end + 1 :]
        if rest and not rest.startswith(":"):
            return None
        port = rest[1:]
    else:
        host, _, port = text.partition(":")
    if port and not (port.isascii() and port.isdigit()):
        return None
    try:
        return normalise_host(host), int(port) if port else None
    except UnsafeURLError:
        return None


def allowed_host_names(names: Collection[str]) -> frozenset[str]:
    """The names a sandbox was started with, normalised as ``Host`` headers are (unreadable ones dropped)."""
    found = (_authority(f"[{name}]" if ":" in name and not name.startswith("[") else name) for name in names)
    return frozenset(authority[0] for authority in found if authority is not None)


def host_is_allowed(local_address: str | None, host: str | None, allowed: frozenset[str]) -> bool:
    """May a request that arrived on ``local_address`` with header ``Host: host`` be answered?"""
    if local_address is None or not is_loopback_host(local_address):
        return True
    if host is None:
        return True  # HTTP/1.0 without Host: no browser sends that
    authority = _authority(host)
    return authority is not None and (is_loopback_host(authority[0]) or authority[0] in allowed)


def origin_is_allowed(origin: str | None, host: str | None, allowed: frozenset[str]) -> bool:
    """Is ``Origin: origin`` (absent: not a cross-site request) loopback, a started-with name or the request's own host?"""
    if origin is None:
        return True
    try:
        checked = check_url(origin, what="Origin")
    except UnsafeURLError:
        return False  # "null" (sandboxed frames, redirects) included
    if checked.path:
        return False
    if checked.loopback or checked.host in allowed:
        return True
    own = _authority(host) if host is not None else None
    port = checked.port if checked.port is not None else _DEFAULT_PORTS[checked.scheme]
    return own is not None and own[0] == checked.host and (own[1] or _DEFAULT_PORTS[checked.scheme]) == port


def is_json_media_type(content_type: str | None) -> bool:
    return (content_type or "").split(";")[0].strip().lower() == "application/json"

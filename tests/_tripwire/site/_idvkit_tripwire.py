"""Map the vendors' production hosts to the test run's tripwire (see tests/_tripwire): loaded in every
process of a test run, the pytest process through the plugin and its child processes through
``sitecustomize``. A lookup of a production host answers the tripwire's loopback address, so a
connection that would have gone to a vendor's production server reaches the tripwire, which records it
and makes the test fail; nothing leaves the machine."""

from __future__ import annotations

import os
import socket
from typing import Any

VARIABLE = "IDVKIT_TEST_TRIPWIRE"
_real_getaddrinfo = socket.getaddrinfo
#: (tripwire port, normalised production hosts), from the environment at the last install()
_config: tuple[int, frozenset[str]] | None = None


def _normalise(host: str) -> str:
    text = host.strip("[]").rstrip(".").lower()
    try:
        import idna

        return idna.encode(text, uts46=True).decode("ascii")
    except Exception:  # a name idna refuses is compared as written
        return text


def _getaddrinfo(host: Any, service: Any, *args: Any, **kwargs: Any) -> Any:
    name = host.decode("ascii", "replace") if isinstance(host, bytes) else host
    if _config is not None and isinstance(name, str) and _normalise(name) in _config[1]:
        return _real_getaddrinfo("127.0.0.1", _config[0], *args, **kwargs)
    return _real_getaddrinfo(host, service, *args, **kwargs)


def install() -> None:
    """(Re)read ``$IDVKIT_TEST_TRIPWIRE`` (``port:host,host,...``) and patch ``socket.getaddrinfo`` once."""
    global _config
    setting = os.environ.get(VARIABLE)
    if not setting:
        return
    port_text, _, hosts_text = setting.partition(":")
    _config = (int(port_text), frozenset(hosts_text.split(",")))
    socket.getaddrinfo = _getaddrinfo  # type: ignore[assignment]

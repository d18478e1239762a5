"""How a vendor delivers its webhooks, as its spec's ``x-callback-delivery`` marks say (specs/README.md).

Read with a plain walk of the document's ``webhooks``, without the spec toolkit, so that importing
``idvkit.webhooks`` stays cheap for a webhook receiver.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

MARK: Final = "x-callback-delivery"
#: How a delivery's JSON body is spelt (``body`` of the mark): separators compact (``,``/``:``) or spaced
#: (``, ``/``: ``), and non-ASCII text as raw UTF-8 or as ``\u`` escapes.
BODY_SPELLINGS: Final = ("compact-utf8", "compact-ascii", "spaced-utf8", "spaced-ascii")
#: The spelling of a spec whose mark names none (specs/README.md).
DEFAULT_BODY: Final = "spaced-utf8"
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class CallbackDelivery:
    """A vendor's webhook delivery: the receiver must answer 2xx within ``timeout`` seconds, else the delivery is
    repeated up to ``retries`` times, ``interval`` seconds apart."""

    timeout: float
    retries: int
    interval: float
    #: how the body's JSON is spelt, one of BODY_SPELLINGS (``encode_body``)
    body: str = DEFAULT_BODY


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _parse(mark: Any, where: str) -> CallbackDelivery:
    if not isinstance(mark, Mapping):
        raise ValueError(f"{where}: must be a mapping {{timeout, retries, interval}}, not {mark!r}")
    timeout: Any = mark.get("timeout")
    retries: Any = mark.get("retries")
    interval: Any = mark.get("interval")
    if not (_number(timeout) and timeout > 0):
        raise ValueError(f"{where}/timeout: must be a number of seconds above 0, not {timeout!r}")
    if not (isinstance(retries, int) and not isinstance(retries, bool) and retries >= 0):
        raise ValueError(f"{where}/retries: must be an integer of at least 0, not {retries!r}")
    if not (_number(interval) and interval >= 0):
        raise ValueError(f"{where}/interval: must be a number of seconds of at least 0, not {interval!r}")
    body: Any = mark.get("body", DEFAULT_BODY)
    if body not in BODY_SPELLINGS:
        raise ValueError(f"{where}/body: must be one of {', '.join(BODY_SPELLINGS)}, not {body!r}")
    return CallbackDelivery(float(timeout), retries, float(interval), body)


def encode_body(payload: Any, body: str = DEFAULT_BODY) -> bytes | None:
    """The bytes of a delivery of ``payload`` spelt as ``body`` says (``CallbackDelivery.body``), or None when
    ``payload`` is not JSON (NaN, infinity).

    The one serialiser of callback bodies: the sandboxes' senders and ``idvkit webhook-contract`` use it, so both
    send the same bytes for the same payload. A string that UTF-8 cannot carry (a lone surrogate) is sent
    ``\\u``-escaped in a ``-utf8`` spelling, the only way JSON can carry it.
    """
    if body not in BODY_SPELLINGS:
        raise ValueError(f"unknown body spelling {body!r} (one of {', '.join(BODY_SPELLINGS)})")
    separators = (",", ":") if body.startswith("compact") else (", ", ": ")
    for ensure_ascii in (body.endswith("ascii"), True):
        try:
            text = json.dumps(payload, separators=separators, ensure_ascii=ensure_ascii, allow_nan=False)
            return text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: escaped instead
            continue
        except ValueError:  # NaN or infinity: not JSON
            return None
    return None


def callback_delivery(document: Mapping[str, Any]) -> CallbackDelivery:
    """The delivery policy of the webhooks of ``document`` (an OpenAPI document).

    Raises ValueError, naming the place, when no webhook declares one, when a mark is malformed, or when the
    webhooks declare different policies (there is then no single policy of the vendor).
    """
    found: dict[CallbackDelivery, str] = {}
    for name, item in (document.get("webhooks") or {}).items():
        if not isinstance(item, Mapping):
            continue
        for method in _METHODS:
            operation = item.get(method)
            if isinstance(operation, Mapping) and MARK in operation:
                where = f"/webhooks/{name}/{method}/{MARK}"
                found.setdefault(_parse(operation[MARK], where), where)
    title = (document.get("info") or {}).get("title", "the document")
    if not found:
        raise ValueError(f"no webhook of {title} declares {MARK}")
    if len(found) > 1:
        raise ValueError(f"the webhooks of {title} declare different {MARK} policies: {', '.join(found.values())}")
    return next(iter(found))

"""Namirial LiveID+ call-closing callback (``close`` and ``error`` events).

LiveID+ documents no signature for this callback, so nothing here proves where it came from; see
docs/WEBHOOKS.md for the protections a receiver must add (secret URL path, TLS, fetching
conferenceData with a fresh genAPIToken JWT before trusting the result, idempotency on callID).
"""

from __future__ import annotations

import liveid_models

from idvkit.webhooks._payload import parse_payload
from idvkit.webhooks._signature import RawBytes


def parse_liveid_callback(body: RawBytes | str) -> liveid_models.LiveIDPlusResult:
    """Parse the raw body POSTed to ``liveid_servercallback``; raises MalformedPayloadError.

    The result is unauthenticated: treat it as a notification to look the call up, not as the outcome.
    No signature covers the body, so its decoded text (``str``) is accepted as well as the bytes; any
    other type raises WebhookTypeError.
    """
    return parse_payload(body, liveid_models.LiveIDPlusResult)

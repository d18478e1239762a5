"""Ready-to-use, typed clients for every vendor: authentication, timeouts, retries and the spec's servers.

from idvkit import clients
from idenfy_client.api.tokens import create_token

client = clients.idenfy(api_key, api_secret)
created = create_token.sync(client=client, body=...)

Transient failures of the operations the spec marks safe to repeat are retried (``RetryPolicy()``;
``retry=RetryPolicy(max_retries=4)`` to tune, ``retry=None`` to turn off; see docs/RELIABILITY.md). A status the spec
does not document raises ``<vendor>_client.errors.UnexpectedStatus`` (``raise_on_unexpected_status=False`` to get
``None`` instead); ``redacted_body(error)`` shows its body with secrets and personal data masked.
"""

from idvkit.clients._auth import ConferenceTokenError
from idvkit.clients._errors import describe_unexpected, redacted_body
from idvkit.clients._factories import (
    DEFAULT_TIMEOUT,
    idenfy,
    liveid_apikey,
    liveid_conference,
    liveid_public,
    markid,
)
from idvkit.clients._retry import RetryPolicy, RetryTransport, SpecOperation, SpecOperations
from idvkit.clients._servers import (
    IDENFY_PRODUCTION,
    LIVEID_PRODUCTION,
    LIVEID_TEST,
    MARKID_LEGACY,
    MARKID_PRODUCTION,
)

__all__ = [
    "DEFAULT_TIMEOUT",
    "IDENFY_PRODUCTION",
    "LIVEID_PRODUCTION",
    "LIVEID_TEST",
    "MARKID_LEGACY",
    "MARKID_PRODUCTION",
    "ConferenceTokenError",
    "RetryPolicy",
    "RetryTransport",
    "SpecOperation",
    "SpecOperations",
    "describe_unexpected",
    "idenfy",
    "liveid_apikey",
    "liveid_conference",
    "liveid_public",
    "markid",
    "redacted_body",
]

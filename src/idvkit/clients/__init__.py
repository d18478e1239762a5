"""Ready-to-use, typed clients for every vendor: authentication, timeouts and the spec's servers.

from idvkit import clients
from idenfy_client.api.tokens import create_token

client = clients.idenfy(api_key, api_secret)
created = create_token.sync(client=client, body=...)
"""

from idvkit.clients._auth import (
    CONFERENCE_TOKEN_LIFETIME,
    ApiKeyAuth,
    BasicAuth,
    ConferenceTokenAuth,
    ConferenceTokenError,
    token_expiry,
)
from idvkit.clients._factories import (
    DEFAULT_TIMEOUT,
    idenfy,
    liveid_apikey,
    liveid_conference,
    liveid_public,
    markid,
)
from idvkit.clients._servers import (
    IDENFY_PRODUCTION,
    LIVEID_PRODUCTION,
    LIVEID_TEST,
    MARKID_LEGACY,
    MARKID_PRODUCTION,
)

__all__ = [
    "CONFERENCE_TOKEN_LIFETIME",
    "DEFAULT_TIMEOUT",
    "IDENFY_PRODUCTION",
    "LIVEID_PRODUCTION",
    "LIVEID_TEST",
    "MARKID_LEGACY",
    "MARKID_PRODUCTION",
    "ApiKeyAuth",
    "BasicAuth",
    "ConferenceTokenAuth",
    "ConferenceTokenError",
    "idenfy",
    "liveid_apikey",
    "liveid_conference",
    "liveid_public",
    "markid",
    "token_expiry",
]

"""What every seeded-fault server starts from: a fresh embedded sandbox with the credentials of the run."""

from __future__ import annotations

import base64
from dataclasses import dataclass

from idvkit.sandbox import IdenfySandbox, LiveIdSandbox, Sandbox, create_sandbox
from idvkit.vendors import CredentialKind, get_vendor


@dataclass(frozen=True)
class Credentials:
    """The credentials a server accepts (iDenfy/markid: key and secret; LiveID+: the key is the ``apikey``)."""

    api_key: str
    api_secret: str | None = None

    def environment(self, vendor: str) -> dict[str, str]:
        """The environment variables ``idvkit contract VENDOR`` reads these credentials from."""
        values: dict[CredentialKind, str] = {"api_key": self.api_key, "api_secret": self.api_secret or ""}
        return get_vendor(vendor).credential_environment(values)

    def basic_authorization(self) -> str:
        """The ``Authorization`` header value of HTTP basic auth with these credentials."""
        token = base64.b64encode(f"{self.api_key}:{self.api_secret}".encode()).decode()
        return f"Basic {token}"

    def secrets(self) -> list[str]:
        """Every form these credentials could leak in: key, secret and their basic-auth encoding."""
        values = [self.api_key]
        if self.api_secret is not None:
            values += [self.api_secret, base64.b64encode(f"{self.api_key}:{self.api_secret}".encode()).decode()]
        return values


#: The embedded sandboxes' documented default credentials.
DEFAULT_CREDENTIALS = {
    "idenfy": Credentials("sandbox-key", "sandbox-secret"),
    "markid": Credentials("sandbox-key", "sandbox-secret"),
    "liveid": Credentials("sandbox-apikey"),
}


def fresh_sandbox(vendor: str, credentials: Credentials) -> Sandbox:
    """A new, correct embedded sandbox of ``vendor`` that accepts ``credentials``."""
    return create_sandbox(vendor, api_key=credentials.api_key, api_secret=credentials.api_secret)


def idenfy_behaviour(sandbox: Sandbox) -> IdenfySandbox:
    assert isinstance(sandbox.behaviour, IdenfySandbox)
    return sandbox.behaviour


def liveid_behaviour(sandbox: Sandbox) -> LiveIdSandbox:
    assert isinstance(sandbox.behaviour, LiveIdSandbox)
    return sandbox.behaviour

"""What is being tested and how carefully: target URL, credentials, and the safety rules for remote servers.

Safety rules (they protect other companies' servers from property-based fuzzing):
- a target that is not the embedded sandbox is *remote*-safe by default: operations marked
  ``x-destructive`` (delete, reject, overwrite) or ``x-billable`` (cost money) are skipped unless the
  user allows them, and a rate limit and request budget apply;
- a target that is not on loopback additionally gets the remote rate limit;
- the vendors' production hosts (servers described as Production in the spec) need an explicit
  production flag on top.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from idvkit._network import CheckedURL, UnsafeURLError, check_url
from idvkit.specs import iter_operations
from idvkit.vendors import Vendor


class TargetError(Exception):
    """The contract run cannot start: the message names the problem in one line."""


@dataclass(frozen=True)
class Target:
    """A server to test and what may be done to it."""

    base_url: str
    embedded: bool
    loopback: bool
    production: bool
    credentials: dict[str, str] = field(default_factory=dict)

    @property
    def remote(self) -> bool:
        return not self.embedded


def check_base_url(base_url: str) -> CheckedURL:
    """A user-given base URL under idvkit's URL policy (``idvkit._network``); TargetError when it cannot be one.

    The policy refuses what HTTP stacks read differently (backslashes, user information, ambiguous host
    spellings) and returns the canonical spelling, which is what the run then sends to. No message shows
    credentials written into the URL.
    """
    try:
        return check_url(base_url, what="base URL")
    except UnsafeURLError as exc:
        raise TargetError(str(exc)) from None


def credentials_for(vendor: Vendor, given: Mapping[str, str | None], environment: Mapping[str, str]) -> dict[str, str]:
    """The vendor's credential variables, from options first, then the environment; TargetError if missing."""
    found = {}
    for variable in vendor.credential_env:
        value = given.get(variable) or environment.get(variable)
        if not value:
            names = " and ".join(vendor.credential_env)
            raise TargetError(f"missing credentials for {vendor.name}: set {names} (or pass them as options)")
        found[variable] = value
    return found


def remote_target(vendor: Vendor, base_url: str, *, allow_production: bool, given: Mapping[str, str | None]) -> Target:
    """The user's server: the URL policy, then the production guard over every vendor's production hosts (a
    markid run against iDenfy's production host is refused too), then the credentials."""
    checked = check_base_url(base_url)
    if checked.production and not allow_production:
        raise TargetError(
            f"{checked.host} is a vendor's production host: pass --allow-production to test it "
            "(fuzzing sends real requests)"
        )
    credentials = credentials_for(vendor, given, os.environ)
    return Target(
        checked.url, embedded=False, loopback=checked.loopback, production=checked.production, credentials=credentials
    )


def guarded_operations(document: Mapping[str, Any], *, billable_capped: bool = False) -> dict[str, str]:
    """operationId -> why it is skipped on remote targets (x-destructive / x-billable). ``billable_capped``
    (``--max-billable N``): billable operations run, capped; only the destructive ones are guarded."""
    flags = (("x-destructive", "destructive"), ("x-billable", "billable"))
    guarded = {}
    for operation in iter_operations(dict(document)):
        reasons = [reason for flag, reason in flags if operation.definition.get(flag)]
        if billable_capped and not operation.definition.get("x-destructive"):
            reasons = []
        if reasons and operation.operation_id:
            guarded[operation.operation_id] = " and ".join(reasons)
    return guarded

"""schemathesis's output as idvkit shows it: advice in idvkit's terms, report paths as idvkit publishes them.

idvkit relays the output of the schemathesis process line by line (masked by ``idvkit.redact`` first).
schemathesis's tips name its own options (``--auth``, ``-H``, ``--url``, a config file), which an idvkit user
does not have; each is rewritten to what does the same in ``idvkit contract``. The reports schemathesis
lists are written into a temporary folder that is deleted after the run: they are listed where idvkit
publishes them, under the names it gives them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from idvkit.contract._reports import published_name

_RESOURCE = "--resource NAME=VALUE"
_CREATE = "--max-billable N, or --allow-destructive"
#: (what schemathesis says, what idvkit says instead); applied in order, to every line.
_ADVICE: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (
            r"Provide realistic parameter values in your config file so tests can access existing resources",
            f"Pass identifiers of existing resources with {_RESOURCE}, or let the run create them ({_CREATE})",
        ),
        (r"supply the identifiers it returns in your config file", f"pass the identifiers it returns with {_RESOURCE}"),
        (
            r"create it outside the test run and supply the identifiers in your config file",
            f"create it outside the test run and pass its identifiers with {_RESOURCE}",
        ),
        (
            r"Review your endpoint filters to include linked operations",
            f"Let the operations the links start at run ({_CREATE})",
        ),
        (
            r"Enable the `stateful` phase so declared links can supply real identifiers",
            "Include stateful in --phases so that the declared links can supply real identifiers",
        ),
        (
            r"Raise `phases\.stateful\.max-steps` or run longer so stateful testing reaches these operations",
            "Raise --max-examples so that stateful testing reaches these operations",
        ),
        (r" or bypass this health check using `--suppress-health-check=[a-z_]+`\.", "."),
        (
            r"Bypass SSL verification with `--tls-verify=false`\.",
            "idvkit always verifies TLS: serve a certificate this machine trusts, or test over http on loopback.",
        ),
        (
            r"Record every request sent with `--report=har`\.",
            "Every request sent is in requests.har in the report folder.",
        ),
        (r"`--url`", "`--base-url`"),
        (r"`--url ", "`--base-url "),
    )
)
_AUTH_ADVICE = re.compile(r"Ensure valid authentication credentials are set via `--auth` or `-H`")


class OutputRewriter:
    """Rewrites the relayed lines of one run (see the module docstring)."""

    def __init__(self, credential_variables: Sequence[str], work_dir: Path | None, report_dir: Path) -> None:
        names = " and ".join(credential_variables)
        self._credentials = (
            f"Check the credentials idvkit sends: {names} (or --api-key/--api-secret)"
            if names
            else "Check the credentials"
        )
        self._report_dir = report_dir
        self._paths = re.compile(rf"{re.escape(str(work_dir))}(/[^\s'\"`)]*)?") if work_dir is not None else None

    def _published(self, match: re.Match[str]) -> str:
        relative = (match.group(1) or "").lstrip("/")
        return str(self._report_dir / published_name(Path(relative))) if relative else str(self._report_dir)

    def line(self, text: str) -> str:
        """``text`` (one line, with its newline) in idvkit's terms."""
        text = _AUTH_ADVICE.sub(self._credentials, text)
        for pattern, replacement in _ADVICE:
            text = pattern.sub(replacement, text)
        if self._paths is not None:
            text = self._paths.sub(self._published, text)
        return text

"""The hosted verification page (``showVerificationPage``): what an iDenfy token's ``redirectUrl`` opens.

A web application sends its user to the vendor's page and gets the user back on one of the token's redirect
URLs. The page here lets a person (or a browser test) play the user: it shows the verification and, while it is
active, one button per result of the control API's ``finishVerification``; a click finishes the verification
through that API (same origin, JSON) and sends the browser on to the URL the vendor would choose. Which token
property holds that URL per result is read from the vendor spec (``x-redirect-after``), the results from the
control spec (``FinishVerificationRequest.status``): no vendor knowledge here.

Everything shown is HTML-escaped; the only script is the page's own, allowed by a per-answer nonce.
"""

from __future__ import annotations

import html
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import quote, urlsplit

import idvkit_specs

from idvkit.sandbox._engine import Reply
from idvkit.specs import resolve_pointer

_FINISH_RESULTS = "/components/schemas/FinishVerificationRequest/properties/status/enum"

#: Fills the buttons' clicks: POST {status} to the finish URL, then follow the button's redirect (if any).
_SCRIPT = """
const page = document.getElementById("verification");
const statusText = document.getElementById("status");
const message = document.getElementById("message");
const buttons = Array.from(document.querySelectorAll("button[data-status]"));
for (const button of buttons) {
  button.addEventListener("click", async () => {
    buttons.forEach((b) => { b.disabled = true; });
    message.textContent = "";
    try {
      const answer = await fetch(page.dataset.finish, {
        method: "POST",
        headers: {"Content-Type": "application/json"},
        body: JSON.stringify({status: button.dataset.status}),
      });
      const body = await answer.json();
      if (!answer.ok) {
        throw new Error(body.error || ("HTTP " + answer.status));
      }
      statusText.textContent = body.status;
      page.dataset.state = "finished";
      if (button.dataset.redirect) {
        window.location.assign(button.dataset.redirect);
      } else {
        message.textContent = "Finished: " + body.status + " (the token has no redirect URL for it).";
      }
    } catch (error) {
      message.textContent = "Could not finish: " + error.message;
      buttons.forEach((b) => { b.disabled = false; });
    }
  });
}
"""


@dataclass(frozen=True)
class HostedPage:
    """Renders the page for one vendor spec: the token properties to follow per result, the results offered."""

    redirect_properties: Mapping[str, str]  # result (overall status) -> TokenRequest property with the URL
    defaults: Mapping[str, str]  # TokenRequest property -> the URL the vendor uses when the token has none
    results: Sequence[str]

    @classmethod
    def for_document(cls, document: Mapping[str, Any]) -> HostedPage:
        properties = resolve_pointer(dict(document), "/components/schemas/TokenRequest/properties")
        redirects = {
            status: name for name, schema in properties.items() for status in (schema.get("x-redirect-after") or [])
        }
        defaults = {name: properties[name]["default"] for name in redirects.values() if "default" in properties[name]}
        return cls(redirect_properties=redirects, defaults=defaults, results=_finish_results())

    def verification(self, *, scan_ref: str, status: str, token: Mapping[str, Any], finish_path: str) -> Reply:
        """The page of an existing verification (``token``: what createToken answered, with its redirect URLs)."""
        nonce = secrets.token_urlsafe(16)
        active = status == "ACTIVE"
        buttons = "".join(
            f'<button type="button" data-status="{html.escape(result)}"'
            f' data-redirect="{html.escape(self._redirect(result, token))}">{html.escape(result)}</button>'
            for result in self.results
        )
        actions = (
            f'<p>Finish the verification as the user and the vendor would:</p><p id="actions">{buttons}</p>'
            if active
            else "<p>The verification is no longer active.</p>"
        )
        body = (
            f'<main id="verification" data-state="{"active" if active else "finished"}"'
            f' data-finish="{html.escape(finish_path)}">'
            "<h1>Verification</h1>"
            f'<p>scanRef <code id="scan-ref">{html.escape(scan_ref)}</code></p>'
            f'<p>Status <strong id="status">{html.escape(status)}</strong></p>'
            f'{actions}<p id="message" role="status"></p></main>'
            f'<script nonce="{nonce}">{_SCRIPT}</script>'
        )
        return _page(200, body, nonce)

    def not_found(self) -> Reply:
        return _page(404, "<p>No verification has this authToken.</p>", secrets.token_urlsafe(16))

    def _redirect(self, result: str, token: Mapping[str, Any]) -> str:
        """The URL the browser goes to after ``result``: the token's (the vendor echoes null for one it was not
        given, and then uses the spec's default), only when it is http(s) (never ``javascript:``)."""
        name = self.redirect_properties.get(result)
        if name is None:
            return ""
        url = token.get(name)
        if url is None:
            url = self.defaults.get(name)
        if not isinstance(url, str) or urlsplit(url).scheme.lower() not in ("http", "https"):
            return ""
        return url


def finish_path(scan_ref: str) -> str:
    """The control API's finishVerification path for ``scan_ref``."""
    return f"/__sandbox/idenfy/verifications/{quote(scan_ref, safe='')}/finish"


@cache
def _finish_results() -> tuple[str, ...]:
    return tuple(resolve_pointer(idvkit_specs.load("sandbox-control"), _FINISH_RESULTS))


def _page(status: int, body: str, nonce: str) -> Reply:
    content = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        "<title>idvkit sandbox: verification</title>"
        f'<style nonce="{nonce}">body{{font-family:sans-serif;margin:2em}}button{{margin-right:.5em}}</style>'
        f"</head><body>{body}</body></html>"
    )
    policy = (
        f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; connect-src 'self'; "
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )
    return Reply(status, content.encode(), media_type="text/html", headers={"Content-Security-Policy": policy})

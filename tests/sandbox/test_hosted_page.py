"""The hosted verification page a token's redirectUrl opens (showVerificationPage), without a browser.

What a browser does with the page is tested in test_hosted_page_browser.py; here: which verification it shows,
which buttons it offers and where each one sends the browser, read from the specs (x-redirect-after on the
token request's URL properties, the results of finishVerification).
"""

from __future__ import annotations

import html
import re
from typing import Any
from urllib.parse import urlsplit

import idvkit_specs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from idvkit.sandbox import create_sandbox
from idvkit.specs import resolve_pointer
from tests.sandbox._support import Api, run

RESULTS: list[str] = resolve_pointer(
    idvkit_specs.load("sandbox-control"), "/components/schemas/FinishVerificationRequest/properties/status/enum"
)
TOKEN_PROPERTIES: dict[str, Any] = resolve_pointer(
    idvkit_specs.load("idenfy"), "/components/schemas/TokenRequest/properties"
)
REDIRECT_PROPERTY = {
    status: name for name, schema in TOKEN_PROPERTIES.items() for status in schema.get("x-redirect-after", [])
}
BUTTON = re.compile(r'<button type="button" data-status="([^"]*)" data-redirect="([^"]*)">')


def page_path(token: dict[str, Any]) -> str:
    url = urlsplit(token["redirectUrl"])
    return f"{url.path}?{url.query}"


def buttons(page: str) -> dict[str, str]:
    return {html.unescape(status): html.unescape(target) for status, target in BUTTON.findall(page)}


def test_every_result_of_finish_verification_has_a_redirect_property() -> None:
    """The spec marks one token URL per result: a result without one would send the browser nowhere."""
    assert set(REDIRECT_PROPERTY) == set(RESULTS)


@pytest.mark.parametrize("vendor", ["idenfy", "markid"])
def test_the_redirect_url_opens_the_page_of_its_verification(vendor: str) -> None:
    async def scenario(api: Api) -> None:
        token = await api.token()
        response = await api.request("GET", page_path(token))
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/html")
        page = response.text
        assert f'<code id="scan-ref">{token["scanRef"]}</code>' in page
        assert '<strong id="status">ACTIVE</strong>' in page
        assert f'data-finish="/__sandbox/idenfy/verifications/{token["scanRef"]}/finish"' in page
        assert list(buttons(page)) == RESULTS

    run(create_sandbox(vendor), scenario)


@settings(max_examples=25, deadline=None)
@given(
    urls=st.fixed_dictionaries(
        {
            name: st.one_of(
                st.none(),
                st.from_regex(r"\Ahttps?://app\.example/[a-z0-9/]{0,20}(\?next=[a-z]{1,8})?\Z"),
                st.sampled_from(["javascript:alert(1)", "data:text/html,x", "ftp://files.example/x"]),
            )
            for name in sorted(set(REDIRECT_PROPERTY.values()))
        }
    )
)
def test_each_button_sends_the_browser_to_the_tokens_url_for_its_result(urls: dict[str, str | None]) -> None:
    """The URL the vendor would choose, when it is http(s); the documented default when the token's is null."""

    async def scenario(api: Api) -> None:
        token = await api.token(**urls)
        page = (await api.request("GET", page_path(token))).text
        for status, target in buttons(page).items():
            name = REDIRECT_PROPERTY[status]
            chosen = token[name] if token[name] is not None else TOKEN_PROPERTIES[name]["default"]
            if urls[name] is None:
                assert chosen == TOKEN_PROPERTIES[name]["default"]  # null: the vendor's documented default
            expected = chosen if urlsplit(chosen).scheme in ("http", "https") else ""
            assert target == expected, (status, chosen)

    run(create_sandbox("idenfy"), scenario)


def test_a_finished_verification_shows_its_status_and_no_buttons() -> None:
    async def scenario(api: Api) -> None:
        token = await api.token()
        finish = await api.request(
            "POST", f"/__sandbox/idenfy/verifications/{token['scanRef']}/finish", json={"status": "DENIED"}
        )
        assert finish.status_code == 200
        page = (await api.request("GET", page_path(token))).text
        assert '<strong id="status">DENIED</strong>' in page
        assert buttons(page) == {}

    run(create_sandbox("idenfy"), scenario)


def test_an_expired_token_shows_expired() -> None:
    async def scenario(api: Api) -> None:
        token = await api.token(expiryTime=60)
        await api.advance(61)
        page = (await api.request("GET", page_path(token))).text
        assert '<strong id="status">EXPIRED</strong>' in page
        assert buttons(page) == {}

    run(create_sandbox("idenfy"), scenario)


def test_an_unknown_or_deleted_token_is_404_html() -> None:
    async def scenario(api: Api) -> None:
        unknown = await api.request("GET", "/__sandbox/ui", params={"authToken": "no-such-token"})
        assert unknown.status_code == 404
        assert "No verification has this authToken" in unknown.text
        token = await api.token()
        finish = await api.request(
            "POST", f"/__sandbox/idenfy/verifications/{token['scanRef']}/finish", json={"status": "APPROVED"}
        )
        assert finish.status_code == 200
        deleted = await api.idenfy("delete", {"scanRef": token["scanRef"]})
        assert deleted.status_code == 200, deleted.text
        assert (await api.request("GET", page_path(token))).status_code == 404
        missing = await api.request("GET", "/__sandbox/ui")
        assert missing.status_code == 400
        assert "authToken" in missing.json()["error"]

    run(create_sandbox("idenfy"), scenario)


def test_the_page_runs_only_its_own_script() -> None:
    """A Content-Security-Policy with a fresh nonce per answer; the one script and style carry it."""

    async def scenario(api: Api) -> None:
        token = await api.token()
        first = await api.request("GET", page_path(token))
        second = await api.request("GET", page_path(token))
        policies = [response.headers["content-security-policy"] for response in (first, second)]
        nonces = [re.search(r"script-src 'nonce-([^']+)'", policy) for policy in policies]
        assert nonces[0] is not None
        assert nonces[1] is not None
        assert nonces[0].group(1) != nonces[1].group(1)
        assert "default-src 'none'" in policies[0]
        assert "connect-src 'self'" in policies[0]
        assert re.findall(r"<script nonce=\"([^\"]+)\">", first.text) == [nonces[0].group(1)]

    run(create_sandbox("idenfy"), scenario)


def test_the_liveid_sandbox_has_no_verification_page() -> None:
    async def scenario(api: Api) -> None:
        response = await api.client.get("/__sandbox/ui", params={"authToken": "x"})
        assert response.status_code == 404

    run(create_sandbox("liveid"), scenario)

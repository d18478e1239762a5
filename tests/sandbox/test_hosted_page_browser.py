"""The hosted verification page in a real headless browser: the redirect flow of a web application, clicked through.

The system's Chromium with its matching chromedriver (Debian: ``apt-get install chromium chromium-driver``;
.ci/run installs them where it can) driven by selenium. Where either is missing the tests skip and say so.
The sandbox runs under uvicorn on 127.0.0.1; the browser's only network is that loopback server.
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from idvkit.sandbox import create_sandbox, running_server
from tests.sandbox._support import AUTH, Receiver, check_idenfy_callback

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (the dev extra has it)")
from selenium.webdriver.chrome.options import Options  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.wait import WebDriverWait  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")

pytestmark = pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None,
    reason="no Chromium with chromedriver on PATH (Debian: apt-get install chromium chromium-driver)",
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    options = Options()
    options.binary_location = CHROMIUM or ""
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER or ""))
    driver.set_page_load_timeout(15)
    try:
        yield driver
    finally:
        driver.quit()


def wait_for_callbacks(receiver: Receiver, count: int) -> None:
    deadline = time.monotonic() + 10
    while len(receiver.received) < count and time.monotonic() < deadline:
        time.sleep(0.05)


@pytest.mark.parametrize(
    ("result", "landing"),
    [("APPROVED", "successUrl"), ("DENIED", "errorUrl"), ("SUSPECTED", "errorUrl"), ("EXPIRED", "unverifiedUrl")],
)
def test_a_click_finishes_the_verification_and_follows_the_tokens_url(
    browser: Any, receiver: Receiver, result: str, landing: str
) -> None:
    sandbox = create_sandbox("idenfy", callback_url=receiver.url)
    with running_server(sandbox.app) as base:
        urls = {name: f"{base}/__sandbox/ui/app-{name}" for name in ("successUrl", "errorUrl", "unverifiedUrl")}
        token = httpx.post(f"{base}/api/v2/token", json={"clientId": "shop-7", **urls}, auth=AUTH).json()

        browser.get(token["redirectUrl"])
        assert browser.find_element(By.ID, "scan-ref").text == token["scanRef"]
        assert browser.find_element(By.ID, "status").text == "ACTIVE"
        offered = [button.get_attribute("data-status") for button in browser.find_elements(By.CSS_SELECTOR, "button")]
        assert result in offered
        browser.find_element(By.CSS_SELECTOR, f'button[data-status="{result}"]').click()

        WebDriverWait(browser, 10).until(lambda driver: driver.current_url == urls[landing])
        assert f"idvkit sandbox page: app-{landing}" in browser.page_source

        status = httpx.post(f"{base}/api/v2/status", json={"scanRef": token["scanRef"]}, auth=AUTH).json()
        assert status["status"] == result
        wait_for_callbacks(receiver, 1)
        assert receiver.received, "no callback reached the application"
        payload = check_idenfy_callback("idenfy", receiver.received[-1])
        assert json.loads(receiver.received[-1].body)["status"]["overall"] == result, payload

        browser.get(token["redirectUrl"])  # back on the page: finished, nothing to click
        assert browser.find_element(By.ID, "status").text == result
        assert browser.find_elements(By.CSS_SELECTOR, "button") == []
    problems = [
        entry
        for entry in browser.get_log("browser")
        if entry["level"] in ("SEVERE", "WARNING") and "/favicon.ico " not in entry["message"]  # the sandbox has none
    ]
    assert problems == [], problems  # no Content-Security-Policy violation, no script error


def test_an_unknown_token_shows_the_not_found_page(browser: Any) -> None:
    with running_server(create_sandbox("idenfy").app) as base:
        browser.get(f"{base}/__sandbox/ui?authToken=unknown-token")
        assert "No verification has this authToken" in browser.page_source
    browser.get_log("browser")  # the 404 itself is logged: not a problem of the page

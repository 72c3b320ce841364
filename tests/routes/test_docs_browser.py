"""``/docs`` in a real browser: Swagger UI renders the contract, offline, within its CSP.

Headless Debian Chromium (``/usr/bin/chromium``) drives the page through
Playwright; any request to another origin is refused and recorded.
"""

from collections.abc import Iterator

import pytest
import yaml
from flask import Flask
from playwright.sync_api import Browser, ConsoleMessage, Request, Route

from tests.browser import chromium, needs_chromium
from tests.support import ROOT, served

BROWSER_TIMEOUT_MS = 15_000

pytestmark = [needs_chromium, pytest.mark.slow]


@pytest.fixture(scope="module")
def base_url(dossier: Flask) -> Iterator[str]:
    """Serve the app on a free local port for the module's tests."""
    with served(dossier) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Start headless Chromium."""
    with chromium() as started:
        yield started


def test_swagger_ui_renders_every_operation_offline(browser: Browser, base_url: str) -> None:
    page = browser.new_page()
    refused: list[str] = []
    errors: list[str] = []

    def only_local(route: Route) -> None:
        if route.request.url.startswith(base_url):
            route.continue_()
        else:
            refused.append(route.request.url)
            route.abort()

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            errors.append(message.text)

    def on_failed(request: Request) -> None:
        errors.append(f"{request.url}: {request.failure}")

    page.route("**/*", only_local)
    page.on("console", on_console)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("requestfailed", on_failed)
    try:
        page.goto(f"{base_url}/docs", timeout=BROWSER_TIMEOUT_MS)
        page.wait_for_selector(".opblock-summary-path", timeout=BROWSER_TIMEOUT_MS)
        paths = page.locator(".opblock-summary-path").all_inner_texts()
        title = page.locator(".info .title").inner_text()
    finally:
        page.close()
    assert "Dossier" in title
    contract = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    assert len(paths) == len(contract["paths"]) == 37
    assert "/v1/statements/{record_id}" in [path.replace("\u200b", "") for path in paths]
    assert refused == []
    assert errors == []

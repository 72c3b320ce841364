"""``/docs`` in a real browser: Swagger UI renders the contract, offline, within its CSP.

Headless Debian Chromium (``/usr/bin/chromium``) drives the page through
Playwright; any request to another origin is refused and recorded.
"""

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from playwright.sync_api import Browser, ConsoleMessage, Request, Route, sync_playwright
from werkzeug.serving import make_server

CHROMIUM = Path("/usr/bin/chromium")
#: Without the background-networking flags Chromium dials Google's hosts.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
BROWSER_TIMEOUT_MS = 15_000

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason=f"Debian's Chromium is not installed at {CHROMIUM}"
)


@pytest.fixture(scope="module")
def base_url(dossier: Flask) -> Iterator[str]:
    """Serve the app on a free local port for the module's tests."""
    server = make_server("127.0.0.1", 0, dossier, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Start headless Chromium."""
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


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
    assert len(paths) == 15
    assert "/v1/statements/{record_id}" in [path.replace("\u200b", "") for path in paths]
    assert refused == []
    assert errors == []

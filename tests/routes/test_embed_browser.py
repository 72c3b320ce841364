"""Cards in a real browser: framed by another site's page, light and dark, and accessible.

Headless Debian Chromium drives them through Playwright. The page around the card is another
origin's (a newsroom's story, served by a second app on another loopback port: Chromium lets
no public page frame a loopback server), embedding the oEmbed answer's iframe as a CMS would.
axe-core, pinned in clients/a11y (``make browser-deps``), checks the explorer, the docs and a
card.
"""

import json
import urllib.request
from collections.abc import Iterator
from typing import Any, Literal

import pytest
from flask import Flask
from playwright.sync_api import Browser, Page, expect

from tests.browser import chromium, needs_chromium
from tests.support import ROOT, served

pytestmark = [needs_chromium, pytest.mark.slow]

SCREENSHOTS = ROOT / "docs" / "screenshots"
AXE = ROOT / "clients" / "a11y" / "node_modules" / "axe-core" / "axe.min.js"
#: What axe-core may find, at most: nothing serious or critical.
BLOCKING = ("serious", "critical")
TIMEOUT_MS = 10_000


@pytest.fixture(scope="module")
def base_url(dossier: Flask) -> Iterator[str]:
    """Serve the app on a free loopback port for the module's tests."""
    with served(dossier) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Start headless Chromium."""
    with chromium() as started:
        yield started


def get_json(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=5) as response:
        return json.load(response)


def test_a_card_framed_by_another_site_renders_and_reports_its_height(
    browser: Browser, base_url: str
) -> None:
    record = f"{base_url}/v1/statements/kremlin-denies-deal"
    answer = get_json(f"{base_url}/oembed?url={record}&format=json")
    story = (
        "<!doctype html><html lang='en'><head><title>A story</title><script>"
        "window.heights = [];"
        "addEventListener('message', (event) => {"
        "  if (event.data?.type !== 'setHeight') return;"
        "  window.heights.push([event.origin, event.data.height]);"
        "  document.querySelector('iframe').style.height = event.data.height + 'px';"
        "});"
        f"</script></head><body><h1>A story</h1>{answer['html']}</body></html>"
    )
    newsroom = Flask("newsroom")
    newsroom.add_url_rule("/story", "story", lambda: story)
    context = browser.new_context(viewport={"width": 800, "height": 900})
    context.set_default_timeout(TIMEOUT_MS)
    with served(newsroom) as newsroom_url:
        try:
            page = context.new_page()
            page.goto(f"{newsroom_url}/story")
            card = page.frame_locator("iframe")
            expect(card.locator("h1")).to_have_text("Kremlin denied")
            expect(card.locator("mark")).to_have_text(
                "the Kremlin denied reports that he and Putin struck a deal on de-escalating "
                "the crisis"
            )
            page.wait_for_function("window.heights.length > 0")
            origin, height = page.evaluate("window.heights.at(-1)")
            assert origin == base_url, "the card is on its own origin, not the story's"
            drawn = card.locator("html").evaluate(
                "html => Math.ceil(html.getBoundingClientRect().height)"
            )
            assert height == drawn
            frame = page.locator("iframe").bounding_box()
            assert frame is not None
            assert round(frame["height"]) == height, "the story fitted the iframe to the card"
            assert abs(answer["height"] - height) <= 64, "the oEmbed estimate was near"
        finally:
            context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_card_follows_the_readers_colour_scheme(
    browser: Browser, base_url: str, scheme: Literal["light", "dark"]
) -> None:
    context = browser.new_context(viewport={"width": 560, "height": 400}, color_scheme=scheme)
    try:
        page = context.new_page()
        page.goto(f"{base_url}/embed/statements/putin-no-further-escalation")
        background = page.locator(".card").evaluate(
            "card => getComputedStyle(card).backgroundColor"
        )
        assert background == {"light": "rgb(255, 255, 255)", "dark": "rgb(22, 27, 34)"}[scheme]
        page.locator(".card").screenshot(path=str(SCREENSHOTS / f"card-{scheme}.png"))
    finally:
        context.close()


def serious_violations(page: Page) -> list[str]:
    """Run axe-core over the page; return its serious and critical violations, in words."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{violation['id']} ({violation['impact']}): "
        + ", ".join(str(node["target"]) for node in violation["nodes"])
        for violation in result["violations"]
        if violation["impact"] in BLOCKING
    ]


@pytest.mark.skipif(not AXE.exists(), reason="axe-core is not installed: run `make browser-deps`")
@pytest.mark.parametrize(
    ("path", "ready"),
    [
        ("/explorer/?statement=kremlin-denies-deal&q=escalat", "body[data-ready]"),
        ("/docs", ".opblock-summary-path"),
        ("/embed/statements/putin-no-further-escalation", "mark"),
    ],
)
def test_axe_finds_nothing_serious(browser: Browser, base_url: str, path: str, ready: str) -> None:
    # axe is injected as a script: the pages' policies allow only their own.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    context.set_default_timeout(TIMEOUT_MS)
    try:
        page = context.new_page()
        page.goto(base_url + path)
        page.wait_for_selector(ready)
        assert serious_violations(page) == []
    finally:
        context.close()

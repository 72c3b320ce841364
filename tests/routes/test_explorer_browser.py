"""The explorer in a real browser, on another origin than the API it reads.

Dossier runs under gunicorn on one port; the explorer's files are served by a second,
explorer-only app on another port, and the page gets ``?api=`` pointing at the first.
Headless Debian Chromium (``/usr/bin/chromium``, ``make browser-deps``) drives it through
Playwright. Assertions are on values from the real dataset.
"""

import csv
import json
import os
import re
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pytest
from flask import Flask
from playwright.sync_api import (
    Browser,
    ConsoleMessage,
    Page,
    Request,
    Response,
    expect,
)

from api.routes.explorer import explorer_blp
from tests.browser import chromium, needs_chromium
from tests.support import ROOT, free_port, served

pytestmark = [needs_chromium, pytest.mark.slow]

#: The pictures of docs/clients.md, made by these tests.
SCREENSHOTS = ROOT / "docs" / "screenshots"
START_TIMEOUT_S = 30.0
BROWSER_TIMEOUT_MS = 10_000

PESKOV = "dmitry-peskov"
PESKOV_QUOTE = "in the current situation, Moscow and Paris can't be reaching any deals."
HEADLINE = "'It will take time to get results,' Macron says after talks in Russia, Ukraine"


def screenshot(page: Page, name: str) -> None:
    """Draw the whole page into docs/screenshots/, the API's address (a random port) masked,
    so that the same page draws the same picture."""
    page.screenshot(
        path=str(SCREENSHOTS / name),
        full_page=True,
        mask=[page.locator("#api-base")],
        mask_color="#d0d7de",
    )


@dataclass(frozen=True)
class Server:
    url: str

    def get_json(self, path: str) -> Any:
        with urllib.request.urlopen(self.url + path, timeout=5) as response:
            return json.load(response)


@pytest.fixture(scope="module")
def api_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The real app under gunicorn, in a subprocess that teardown always stops."""
    port = free_port()
    log_path = tmp_path_factory.mktemp("gunicorn") / "gunicorn.log"
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        "1",
        "--worker-class",
        "gthread",
        "--threads",
        "4",
        "api:create_app()",
    ]
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env=os.environ.copy()
        )
    server = Server(f"http://127.0.0.1:{port}")
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            if process.poll() is not None:
                pytest.fail(f"gunicorn exited with {process.returncode}:\n{log_path.read_text()}")
            try:
                if server.get_json("/healthz")["status"] == "ok":
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"gunicorn did not answer /healthz:\n{log_path.read_text()}")
            time.sleep(0.1)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@pytest.fixture(scope="module")
def explorer_server() -> Iterator[Server]:
    """The explorer alone on a second origin: an app with nothing but its blueprint."""
    app = Flask("explorer_origin")
    app.register_blueprint(explorer_blp)
    with served(app) as url:
        yield Server(url)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Start headless Chromium."""
    with chromium() as started:
        yield started


@dataclass
class Watch:
    """What went wrong while a page was open: console errors, failed or refused requests."""

    console_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    error_responses: list[str] = field(default_factory=list)

    def attach(self, page: Page) -> None:
        page.on("console", self._on_console)
        page.on("pageerror", self._on_page_error)
        page.on("requestfailed", self._on_request_failed)
        page.on("response", self._on_response)

    def _on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.console_errors.append(message.text)

    def _on_page_error(self, error: Exception) -> None:
        self.console_errors.append(str(error))

    def _on_request_failed(self, request: Request) -> None:
        self.failed_requests.append(f"{request.url}: {request.failure}")

    def _on_response(self, response: Response) -> None:
        if response.status >= 400:
            self.error_responses.append(f"{response.status} {response.url}")

    def downloaded(self, url: str) -> None:
        """Forget the navigation to ``url``: Chromium aborts it when it turns into a download."""
        self.failed_requests.remove(f"{url}: net::ERR_ABORTED")

    def assert_clean(self) -> None:
        assert self.console_errors == []
        assert self.failed_requests == []
        assert self.error_responses == []


@dataclass
class Explorer:
    page: Page
    watch: Watch
    api: Server

    def open(self, url: str) -> None:
        self.page.goto(url)
        self.page.wait_for_selector("body[data-ready]")

    def statement_ids(self) -> list[str]:
        ids: list[str] = self.page.locator("#statement-list > li").evaluate_all(
            "items => items.map(item => item.dataset.id)"
        )
        return ids


@contextmanager
def new_explorer(
    browser: Browser, api: Server, width: int = 1280, **options: Any
) -> Iterator[Explorer]:
    """A page in a fresh browser context, watched for errors from its first request."""
    context = browser.new_context(viewport={"width": width, "height": 900}, **options)
    context.set_default_timeout(BROWSER_TIMEOUT_MS)
    page = context.new_page()
    watch = Watch()
    watch.attach(page)
    try:
        yield Explorer(page, watch, api)
    finally:
        context.close()


@pytest.fixture
def explorer(browser: Browser, api_server: Server, explorer_server: Server) -> Iterator[Explorer]:
    """A fresh page on the explorer's origin, reading the API on the other origin."""
    with new_explorer(browser, api_server) as opened:
        opened.open(f"{explorer_server.url}/explorer/?api={api_server.url}")
        yield opened


def test_page_from_another_origin_renders_article_chart_and_statements(
    explorer: Explorer,
) -> None:
    page = explorer.page
    assert explorer.api.url not in page.url.split("?")[0], "the page is on its own origin"
    expect(page.locator(".source-article .headline")).to_have_text(HEADLINE)
    expect(page.locator(".source-article .publisher")).to_have_text("CBC News")
    expect(page.locator(".source-article time")).to_have_text("February 8, 2022")
    expect(page.locator(".source-article .summary")).to_contain_text("Macron")
    total = explorer.api.get_json("/v1/statements")["total"]
    expect(page.locator("#statement-status")).to_have_text(f"Showing 1–10 of {total} statements")
    expect(page.locator("#statement-list > li")).to_have_count(10)

    screenshot(page, "explorer-desktop.png")
    explorer.watch.assert_clean()


def test_chart_has_one_bar_per_donor_with_hedges_and_publisher_equivalents(
    explorer: Explorer,
) -> None:
    page = explorer.page
    donors = [
        g["key"]["name"]
        for g in explorer.api.get_json("/v1/aid-figures/totals?group_by=donor")["groups"]
    ]
    rows = page.locator("#aid-chart svg .bar-row")
    expect(rows).to_have_count(len(donors))
    expect(page.locator("#aid-chart svg rect.bar")).to_have_count(len(donors))
    expect(rows.locator(".bar-label")).to_have_text(["Germany", "France"])
    assert sorted(donors) == ["France", "Germany"]
    expect(rows.locator(".bar-value")).to_have_text(["about €1.8 billion", "€1.2 billion"])
    germany = page.locator('.bar-row[data-donor="germany"] > title')
    expect(germany).to_contain_text("Germany: about €1.8 billion")
    expect(germany).to_contain_text("more than CA$2.6 billion")
    france = page.locator('.bar-row[data-donor="france"] > title')
    expect(france).to_contain_text("about CA$1.7 billion")
    widths = page.locator("#aid-chart rect.bar").evaluate_all(
        "bars => bars.map(bar => Number(bar.getAttribute('width')))"
    )
    assert widths[0] > widths[1] > 0, "the bars are to scale: 1.8 > 1.2"
    assert widths[1] / widths[0] == pytest.approx(1.2 / 1.8, abs=0.01)
    explorer.watch.assert_clean()


def test_speaker_filter_shows_peskovs_current_situation_quote(explorer: Explorer) -> None:
    page = explorer.page
    page.get_by_label("Speaker").select_option(PESKOV)
    total = explorer.api.get_json(f"/v1/statements?speaker={PESKOV}")["total"]
    expect(page.locator("#statement-status")).to_have_text(
        f"Showing 1–{total} of {total} statements"
    )
    expect(page.locator("#statement-list .speaker")).to_have_text(["Dmitry Peskov"] * total)
    quote = page.locator("#statement-list blockquote", has_text="in the current situation")
    expect(quote).to_have_text(f"“{PESKOV_QUOTE}”")
    assert f"speaker={PESKOV}" in page.url, "the filter is kept in the page's address"
    explorer.watch.assert_clean()


def test_filter_choices_show_facet_counts_and_the_view_downloads_as_csv(
    explorer: Explorer,
) -> None:
    page = explorer.page
    page.get_by_label("Topic", exact=True).select_option("diplomacy")
    total = explorer.api.get_json("/v1/statements?topic=diplomacy")["total"]
    expect(page.locator("#statement-status")).to_contain_text(f"of {total} statements")
    # Each choice counts over what the other filters select: speakers on diplomacy, topics
    # over every statement.
    on_diplomacy = Counter(
        s["speaker"]["id"]
        for s in explorer.api.get_json("/v1/statements?topic=diplomacy&limit=100")["items"]
    )
    expect(page.locator("#statement-speaker option[value='emmanuel-macron']")).to_have_text(
        f"Emmanuel Macron ({on_diplomacy['emmanuel-macron']})"
    )
    expect(page.locator("#statement-speaker option[value='annalena-baerbock']")).to_have_text(
        f"Annalena Baerbock ({on_diplomacy['annalena-baerbock']})"
    )
    every = explorer.api.get_json("/v1/statements?limit=100")["items"]
    aid = sum(1 for s in every if "aid" in s["topics"])
    expect(page.locator("#statement-topic option[value='aid']")).to_have_text(f"aid ({aid})")

    with page.expect_download() as downloaded:
        page.get_by_role("link", name="Download CSV").click()
    download = downloaded.value
    explorer.watch.downloaded(download.url)
    assert re.fullmatch(r"dossier-statements-[0-9a-f]{16}\.csv", download.suggested_filename)
    with open(download.path(), newline="", encoding="utf-8") as exported:
        rows = list(csv.DictReader(exported))
    assert len(rows) == total
    assert all("diplomacy" in row["topics"].split("; ") for row in rows)
    # In the view's order: by paragraph.
    paragraphs = [int(row["evidence_paragraph"]) for row in rows]
    assert paragraphs == sorted(paragraphs)
    explorer.watch.assert_clean()


def test_search_box_and_speech_type_filter_narrow_the_statements(explorer: Explorer) -> None:
    page = explorer.page
    search = page.get_by_label("Search text and attribution")
    search.fill("current situation")
    search.press("Enter")
    found = explorer.api.get_json("/v1/statements?q=current%20situation")["total"]
    assert found == 1
    expect(page.locator("#statement-list > li")).to_have_count(found)
    expect(page.locator("#statement-list .speaker")).to_have_text("Dmitry Peskov")

    page.get_by_role("button", name="Clear filters").click()
    page.get_by_label("Speech type").select_option("indirect")
    total = explorer.api.get_json("/v1/statements?speech_type=indirect")["total"]
    expect(page.locator("#statement-status")).to_contain_text(f"of {total} statements")
    expect(page.locator("#statement-list blockquote")).to_have_count(0)
    nested = page.locator("#statement-list .reported-by")
    expect(nested.first).to_have_text("reported by Emmanuel Macron")
    explorer.watch.assert_clean()


def test_paging_follows_the_collection_links_forward_and_back(explorer: Explorer) -> None:
    page = explorer.page
    total = explorer.api.get_json("/v1/statements")["total"]
    previous = page.get_by_role("button", name="Previous page")
    following = page.get_by_role("button", name="Next page")
    expect(previous).to_be_disabled()
    first = explorer.statement_ids()
    assert len(first) == 10

    following.click()
    expect(page.locator("#statement-status")).to_have_text(f"Showing 11–20 of {total} statements")
    second = explorer.statement_ids()
    assert len(second) == 10
    assert not set(first) & set(second)
    expect(previous).to_be_enabled()

    previous.click()
    expect(page.locator("#statement-status")).to_have_text(f"Showing 1–10 of {total} statements")
    assert explorer.statement_ids() == first
    expect(previous).to_be_disabled()
    explorer.watch.assert_clean()


def test_actor_panel_is_a_keyboard_disclosure_with_roles_and_statements(
    explorer: Explorer,
) -> None:
    page = explorer.page
    page.get_by_label("Kind").select_option("person")
    people = explorer.api.get_json("/v1/actors?kind=person&limit=100")["total"]
    expect(page.locator("#actor-list > li")).to_have_count(people)
    expect(page.locator("#actor-list .badge")).to_have_text(["person"] * people)

    # The network has a button of its own for him: the actor list's is the disclosure.
    toggle = page.locator("#actor-list").get_by_role("button", name=re.compile("^Dmitry Peskov"))
    expect(toggle).to_have_accessible_name("Dmitry Peskov person")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    toggle.focus()
    page.keyboard.press("Enter")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    panel = page.locator(f"#actor-panel-{PESKOV}")
    expect(panel).to_be_visible()
    expect(panel).to_be_focused()
    expect(panel.locator(".roles")).to_contain_text("Spokesperson, Kremlin")
    expect(panel.locator(".actor-statements")).to_contain_text(f"“{PESKOV_QUOTE}”")

    page.keyboard.press("Escape")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(panel).to_be_hidden()
    expect(toggle).to_be_focused()
    explorer.watch.assert_clean()


MACRON = "emmanuel-macron"
MACRON_WIKIDATA = "https://www.wikidata.org/wiki/Q3052772"


def _touching(network: dict[str, Any], actor: str) -> list[dict[str, Any]]:
    return [edge for edge in network["edges"] if actor in (edge["source"], edge["target"])]


def test_network_draws_every_actor_reachable_by_keyboard_with_a_table_fallback(
    explorer: Explorer,
) -> None:
    page = explorer.page
    network = explorer.api.get_json("/v1/network")
    statements = explorer.api.get_json("/v1/statements")["total"]
    nodes = page.locator("#network-graph svg .node")
    expect(nodes).to_have_count(len(network["nodes"]))
    expect(page.locator("#network-graph svg .edge")).to_have_count(len(network["edges"]))
    expect(page.locator("#network-table-body tr")).to_have_count(len(network["edges"]))
    expect(page.locator("#network-status")).to_have_text(
        f"{len(network['nodes'])} actors and {len(network['edges'])} links "
        f"from {statements} statements"
    )

    # Tab from the last control of the statements reaches the first actor: the one who
    # made most statements.
    speakers = Counter(
        s["speaker"]["id"] for s in explorer.api.get_json("/v1/statements?limit=100")["items"]
    )
    top = max(speakers, key=lambda actor: speakers[actor])
    assert top == MACRON
    page.get_by_role("button", name="Next page").focus()
    page.keyboard.press("Tab")
    macron = page.locator(f'#network-graph .node[data-id="{MACRON}"]')
    expect(macron).to_be_focused()
    touching = _touching(network, MACRON)
    expect(macron).to_have_attribute(
        "aria-label",
        f"Emmanuel Macron (person): {speakers[MACRON]} statements, {len(touching)} links",
    )
    page.keyboard.press("ArrowRight")
    expect(nodes.nth(1)).to_be_focused()
    page.keyboard.press("Tab")
    expect(nodes.nth(2)).to_be_focused()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("ArrowLeft")
    expect(macron).to_be_focused()

    # Enter selects the actor: its links stand out, and its details name each one.
    page.keyboard.press("Enter")
    expect(macron).to_have_attribute("aria-pressed", "true")
    expect(page.locator("#network-graph .edge.linked")).to_have_count(len(touching))
    detail = page.locator("#network-detail")
    expect(detail.locator("h3 a")).to_have_attribute("href", MACRON_WIKIDATA)
    expect(detail.locator(".network-links li")).to_have_count(len(touching))
    page.keyboard.press("Escape")
    expect(macron).to_have_attribute("aria-pressed", "false")
    expect(page.locator("#network-graph .edge.linked")).to_have_count(0)
    page.keyboard.press(" ")
    expect(macron).to_have_attribute("aria-pressed", "true")

    # The table names every link, actors linked to their Wikidata items.
    wikidata = page.locator(f'#network-table-body a[href="{MACRON_WIKIDATA}"]')
    expect(wikidata).to_have_count(len(touching))
    expect(wikidata.first).to_have_text("Emmanuel Macron")
    reported = [e for e in touching if e["relation"] == "reported"]
    assert reported, "Macron reports what others said"
    row = page.locator(f'#network-table-body tr[data-id="{reported[0]["id"]}"] td')
    expect(row).to_have_text(
        [
            "Emmanuel Macron",
            "reported what was said by",
            next(n["name"] for n in network["nodes"] if n["id"] == reported[0]["target"]),
            str(reported[0]["count"]),
        ]
    )
    explorer.watch.assert_clean()


def test_network_follows_the_statement_filters(explorer: Explorer) -> None:
    page = explorer.page
    page.get_by_label("Speaker").select_option(MACRON)
    page.get_by_label("Topic", exact=True).select_option("diplomacy")
    network = explorer.api.get_json(f"/v1/network?speaker={MACRON}&topic=diplomacy")
    total = explorer.api.get_json(f"/v1/statements?speaker={MACRON}&topic=diplomacy")["total"]
    expect(page.locator("#network-status")).to_have_text(
        f"{len(network['nodes'])} actors and {len(network['edges'])} links from {total} statements"
    )
    expect(page.locator("#network-graph svg .node")).to_have_count(len(network["nodes"]))
    expect(page.locator("#network-table-body tr")).to_have_count(len(network["edges"]))
    assert 0 < len(network["edges"]) < len(explorer.api.get_json("/v1/network")["edges"])
    # Speakers of statements link to their Wikidata items too.
    expect(page.locator("#statement-list .speaker a").first).to_have_attribute(
        "href", MACRON_WIKIDATA
    )

    page.get_by_label("Search text and attribution").fill("no such words")
    page.get_by_label("Search text and attribution").press("Enter")
    expect(page.locator("#network-status")).to_have_text("No statements match these filters.")
    expect(page.locator("#network-graph svg")).to_have_count(0)
    expect(page.locator("#network-table-body tr")).to_have_count(0)
    explorer.watch.assert_clean()


def test_actor_panel_links_the_actor_to_its_wikidata_item(explorer: Explorer) -> None:
    page = explorer.page
    page.locator(f"#actor-button-{MACRON}").click()
    link = page.locator(f"#actor-panel-{MACRON} .facts a")
    expect(link).to_have_text("Q3052772")
    expect(link).to_have_attribute("href", MACRON_WIKIDATA)
    page.locator(f"#actor-button-{PESKOV}").click()
    expect(page.locator(f"#actor-panel-{PESKOV} .roles")).to_be_visible()
    expect(page.locator(f"#actor-panel-{PESKOV} .facts a")).to_have_count(0)
    explorer.watch.assert_clean()


def test_page_is_readable_at_360_pixels_wide(
    browser: Browser, api_server: Server, explorer_server: Server
) -> None:
    with new_explorer(browser, api_server, width=360) as narrow:
        narrow.open(f"{explorer_server.url}/explorer/?api={api_server.url}")
        page = narrow.page
        expect(page.locator("#aid-chart .bar-row")).to_have_count(2)
        nodes = len(narrow.api.get_json("/v1/network")["nodes"])
        expect(page.locator("#network-graph .node")).to_have_count(nodes)
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        chart_width = page.locator("#aid-chart svg").evaluate(
            "svg => svg.getBoundingClientRect().right"
        )
        assert chart_width <= 360
        narrow.watch.assert_clean()


def test_app_serves_the_explorer_on_its_own_origin_by_default(
    browser: Browser, api_server: Server
) -> None:
    """Same origin, no ``?api=``: the app's own headers (CSP among them) let the page work."""
    with new_explorer(browser, api_server) as same:
        same.open(f"{api_server.url}/explorer")
        page = same.page
        assert page.url == f"{api_server.url}/explorer/"
        expect(page.locator("#api-base")).to_have_text(api_server.url)
        expect(page.locator(".source-article .headline")).to_have_text(HEADLINE)
        expect(page.locator("#aid-chart .bar-row")).to_have_count(2)
        same.watch.assert_clean()


def test_statement_filters_and_facets_are_the_lists_the_page_is_served(
    browser: Browser, api_server: Server, explorer_server: Server
) -> None:
    """The page sends what ``filters.json`` lists, skipping a filter it has no control for."""
    lists = explorer_server.get_json("/explorer/filters.json")
    lists["statements"]["facets"] = ["topic"]
    lists["statements"]["filters"].append("article")
    with new_explorer(browser, api_server) as served_lists:
        page = served_lists.page
        page.route("**/explorer/filters.json", lambda route: route.fulfill(json=lists))
        statement_requests: list[str] = []

        def on_request(request: Request) -> None:
            if "/v1/statements?" in request.url:
                statement_requests.append(request.url)

        page.on("request", on_request)
        served_lists.open(f"{explorer_server.url}/explorer/?api={api_server.url}")
        total = served_lists.api.get_json("/v1/statements")["total"]
        expect(page.locator("#statement-status")).to_have_text(
            f"Showing 1–10 of {total} statements"
        )
        every = served_lists.api.get_json("/v1/statements?limit=100")["items"]
        aid = sum(1 for s in every if "aid" in s["topics"])
        expect(page.locator("#statement-topic option[value='aid']")).to_have_text(f"aid ({aid})")
        expect(page.locator("#statement-speaker option[value='emmanuel-macron']")).to_have_text(
            "Emmanuel Macron"
        )
        assert [url for url in statement_requests if "facets=" in url] == [
            f"{api_server.url}/v1/statements?sort=paragraph&limit=10&facets=topic&facet_size=100"
        ]
        served_lists.watch.assert_clean()


def test_without_its_filter_lists_the_page_says_so_and_shows_the_rest(
    browser: Browser, api_server: Server, explorer_server: Server
) -> None:
    with new_explorer(browser, api_server) as unlisted:
        page = unlisted.page
        page.route(
            "**/explorer/filters.json",
            lambda route: route.fulfill(status=404, json={"title": "Not Found", "status": 404}),
        )
        unlisted.open(f"{explorer_server.url}/explorer/?api={api_server.url}")
        expect(page.locator("#error")).to_have_text(
            "Could not load the filter lists: filters.json answered HTTP 404"
        )
        expect(page.locator(".source-article .headline")).to_have_text(HEADLINE)
        expect(page.locator("#aid-chart .bar-row")).to_have_count(2)
        expect(page.locator("#statement-list > li")).to_have_count(0)
        expect(page.locator("#actor-list > li")).to_have_count(0)
        assert unlisted.watch.error_responses == [
            f"404 {explorer_server.url}/explorer/filters.json"
        ]
        assert unlisted.watch.failed_requests == []
        assert all("404" in error for error in unlisted.watch.console_errors)


def test_an_actor_panel_shows_its_statements_by_the_link_the_api_gives(explorer: Explorer) -> None:
    page = explorer.page
    page.get_by_label("Topic", exact=True).select_option("diplomacy")
    page.locator(f"#actor-button-{PESKOV}").click()
    link = explorer.api.get_json(f"/v1/actors/{PESKOV}")["links"]["statements"]
    assert link == f"/v1/statements?speaker={PESKOV}"
    total = explorer.api.get_json(link)["total"]

    page.get_by_role("button", name="Show Dmitry Peskov's statements below").click()
    expect(page.get_by_label("Speaker")).to_have_value(PESKOV)
    expect(page.get_by_label("Topic", exact=True)).to_have_value("")
    expect(page.locator("#statement-status")).to_have_text(
        f"Showing 1–{total} of {total} statements"
    )
    expect(page.locator("#statements-heading")).to_be_focused()
    assert page.url.endswith(f"&speaker={PESKOV}")
    explorer.watch.assert_clean()


def label_overlaps(page: Page) -> list[tuple[str, str]]:
    """Return the pairs of network labels whose boxes, as drawn, intersect."""
    boxes: list[dict[str, Any]] = page.locator("#network-graph .node-label").evaluate_all(
        """labels => labels.map(label => {
            const box = label.getBoundingClientRect();
            return {name: label.textContent, left: box.left, top: box.top,
                    right: box.right, bottom: box.bottom};
        })"""
    )
    return [
        (a["name"], b["name"])
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if min(a["right"], b["right"]) > max(a["left"], b["left"])
        and min(a["bottom"], b["bottom"]) > max(a["top"], b["top"])
    ]


def test_no_two_network_labels_overlap_and_a_legend_names_kinds_and_links(
    explorer: Explorer,
) -> None:
    page = explorer.page
    nodes = len(explorer.api.get_json("/v1/network")["nodes"])
    labels = page.locator("#network-graph .node-label")
    expect(labels).to_have_count(nodes)
    assert nodes == 25
    assert label_overlaps(page) == []
    inside = page.locator("#network-graph svg").evaluate(
        """svg => {
            const chart = svg.getBoundingClientRect();
            return [...svg.querySelectorAll('.node-label')].every(label => {
                const box = label.getBoundingClientRect();
                return box.left >= chart.left && box.right <= chart.right
                    && box.top >= chart.top && box.bottom <= chart.bottom;
            });
        }"""
    )
    assert inside, "every label is inside the chart"
    expect(page.locator(".legend-kinds li")).to_have_text(
        ["person", "state", "organization", "the larger, the more statements"]
    )
    expect(page.locator(".legend-relations li")).to_have_text(
        ["spoke to", "spoke of", "reported what the other said"]
    )
    colours = page.locator(".legend-kinds li").evaluate_all(
        "items => items.slice(0, 3).map(item => getComputedStyle(item, '::before').backgroundColor)"
    )
    drawn = [
        page.locator(f"#network-graph .node.kind-{kind} circle").first.evaluate(
            "circle => getComputedStyle(circle).fill"
        )
        for kind in ("person", "state", "organization")
    ]
    assert colours == drawn, "the legend's colours are the nodes'"
    explorer.watch.assert_clean()


def test_a_search_highlights_exactly_the_matches_the_api_gives(explorer: Explorer) -> None:
    page = explorer.page
    search = page.get_by_label("Search text and attribution")
    search.fill("escalat")
    search.press("Enter")
    found = explorer.api.get_json("/v1/statements?q=escalat&sort=paragraph&limit=10")["items"]
    expect(page.locator("#statement-list > li")).to_have_count(len(found))
    shown = page.locator("#statement-list > li").evaluate_all(
        """items => items.map(item => ({
            id: item.dataset.id,
            text: [...item.querySelectorAll('.statement-text mark')].map(m => m.textContent),
            attribution: [...item.querySelectorAll('.facts dd mark')].map(m => m.textContent),
        }))"""
    )
    expected = [
        {
            "id": item["id"],
            **{
                field: [
                    "".join(list(item[field])[match["start"] : match["end"]])
                    for match in item["matches"]
                    if match["field"] == field
                ]
                for field in ("text", "attribution")
            },
        }
        for item in found
    ]
    assert shown == expected
    assert sum(len(item["text"]) for item in shown) == 7
    # Marks hold the text only: the page never takes markup from the API.
    expect(page.locator("#statement-list mark *")).to_have_count(0)
    explorer.watch.assert_clean()


def test_a_denial_shows_its_cue_in_the_first_line(explorer: Explorer) -> None:
    page = explorer.page
    page.get_by_label("Speaker").select_option("kremlin")
    denial = page.locator('#statement-list > li[data-id="kremlin-denies-deal"]')
    expect(denial.locator(".statement-lead")).to_have_text("Kremlin denied")
    expect(denial.locator(".statement-lead .cue")).to_have_text("denied")
    accusing = page.locator('#statement-list > li[data-id="kremlin-accuses-kyiv-sabotage"]')
    expect(accusing.locator(".statement-lead")).to_have_text("Kremlin")
    explorer.watch.assert_clean()


def test_copy_embed_code_copies_the_oembed_iframe_of_the_statement(
    browser: Browser, api_server: Server, explorer_server: Server
) -> None:
    with new_explorer(browser, api_server) as opened:
        page = opened.page
        page.context.grant_permissions(["clipboard-read", "clipboard-write"])
        opened.open(
            f"{explorer_server.url}/explorer/?api={api_server.url}&statement=kremlin-denies-deal"
        )
        linked = page.locator("#statement-linked > li")
        expect(linked).to_have_attribute("data-id", "kremlin-denies-deal")
        linked.get_by_role("button", name="Copy embed code").click()
        expect(linked.locator(".embed-status")).to_have_text("Embed code copied")
        record = f"{api_server.url}/v1/statements/kremlin-denies-deal"
        answer = api_server.get_json(f"/oembed?url={record}&format=json")
        assert page.evaluate("navigator.clipboard.readText()") == answer["html"]
        assert answer["html"].startswith(
            f'<iframe src="{api_server.url}/embed/statements/kremlin-denies-deal" '
        )
        opened.watch.assert_clean()


def test_on_a_phone_the_hints_speak_of_touch_not_of_hovering(
    browser: Browser, api_server: Server, explorer_server: Server
) -> None:
    with new_explorer(browser, api_server, width=390, is_mobile=True, has_touch=True) as phone:
        phone.open(f"{explorer_server.url}/explorer/?api={api_server.url}")
        page = phone.page
        expect(page.get_by_text("Open the table below for the publisher's")).to_be_visible()
        expect(page.get_by_text("Hover over a bar")).to_be_hidden()
        expect(page.get_by_text("Tap an actor to show its links")).to_be_visible()
        expect(page.get_by_text("Tab or the arrow keys")).to_be_hidden()
        assert label_overlaps(page) == []
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        screenshot(page, "explorer-phone.png")
        phone.watch.assert_clean()

"""Cheap checks of the explorer page, without a browser: what is served, and what it may load."""

import re
from html.parser import HTMLParser
from pathlib import PurePath

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from api.cards.wording import NEGATING_CUE_STEMS
from api.routes.explorer import EXPLORER_ASSETS, EXPLORER_CSP, FILTER_LISTS, explorer_blp
from tests.support import ROOT

EXPLORER_DIR = ROOT / "api" / "static" / "explorer"
#: The page's ES modules; the page loads the first, which imports the others.
ENTRY_MODULE = "explorer.js"
MODULES = [name for name in EXPLORER_ASSETS if name.endswith(".js")]
MEDIA_TYPES = {".js": "text/javascript", ".css": "text/css", ".json": "application/json"}
#: The one absolute URL the page's files may contain: a namespace name, never fetched.
ALLOWED_URLS = {"http://www.w3.org/2000/svg"}
URL_PATTERN = re.compile(r"""(?:https?:)?//[^\s"'`)<>]+""")
#: What a module loads: `import ... from "x"`, `export ... from "x"`, `import "x"`, `import("x")`.
IMPORT_PATTERN = re.compile(r"""(?:\bfrom|\bimport)\s*\(?\s*["']([^"']*)["']""")


class PageParser(HTMLParser):
    """Collect what a page loads and what its controls are labelled with."""

    def __init__(self) -> None:
        super().__init__()
        self.resources: list[tuple[str, str]] = []
        self.inline_scripts = 0
        self.style_elements = 0
        self.style_attributes = 0
        self.event_handlers: list[str] = []
        self.controls: list[str] = []
        self.labels: set[str] = set()
        self.module_scripts: list[str] = []
        self._in_script_without_src = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        for name in ("src", "href", "action", "srcset", "poster", "data"):
            value = attributes.get(name)
            if value is not None:
                self.resources.append((tag, value))
        self.style_attributes += "style" in attributes
        self.event_handlers += [name for name in attributes if name.startswith("on")]
        if tag == "script":
            if attributes.get("src") is None:
                self._in_script_without_src = True
            elif attributes.get("type") == "module":
                self.module_scripts.append(attributes["src"] or "")
        if tag == "style":
            self.style_elements += 1
        if tag in ("input", "select", "textarea"):
            self.controls.append(attributes.get("id") or "")
        if tag == "label" and attributes.get("for"):
            self.labels.add(attributes["for"] or "")

    def handle_data(self, data: str) -> None:
        if self._in_script_without_src and data.strip():
            self.inline_scripts += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script_without_src = False


@pytest.fixture(scope="module")
def explorer_client() -> FlaskClient:
    """A bare app with only the explorer: the page must not depend on anything else."""
    app = Flask(__name__)
    app.register_blueprint(explorer_blp)
    return app.test_client()


def get(client: FlaskClient, path: str, accept: str = "*/*") -> TestResponse:
    """GET a path and close the response, so the served file is closed too."""
    response = client.get(path, headers={"Accept": accept})
    response.get_data()
    response.close()
    return response


def parse_page(html: str) -> PageParser:
    parser = PageParser()
    parser.feed(html)
    parser.close()
    return parser


def test_explorer_redirects_to_its_folder_keeping_the_query(explorer_client: FlaskClient) -> None:
    response = get(explorer_client, "/explorer?api=http://127.0.0.1:8000")
    assert response.status_code == 308
    assert response.headers["Location"].endswith("/explorer/?api=http://127.0.0.1:8000")


def test_explorer_page_is_html_with_a_strict_content_security_policy(
    explorer_client: FlaskClient,
) -> None:
    response = get(explorer_client, "/explorer/")
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    assert response.headers["Content-Security-Policy"] == EXPLORER_CSP
    assert "script-src 'self';" in EXPLORER_CSP
    assert "unsafe-inline" not in EXPLORER_CSP
    assert "unsafe-eval" not in EXPLORER_CSP
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_explorer_serves_every_file_of_its_folder_but_the_page_under_its_own_name() -> None:
    """A module added to the folder is served; nothing is served that is not there."""
    assert {path.name for path in EXPLORER_DIR.iterdir()} == {"index.html", *EXPLORER_ASSETS}
    assert ENTRY_MODULE in MODULES


@pytest.mark.parametrize(
    ("asset", "mimetype"),
    [(asset, MEDIA_TYPES[PurePath(asset).suffix]) for asset in EXPLORER_ASSETS],
)
def test_explorer_serves_its_modules_stylesheet_and_data(
    explorer_client: FlaskClient, asset: str, mimetype: str
) -> None:
    response = get(explorer_client, f"/explorer/{asset}")
    assert response.status_code == 200
    assert response.mimetype == mimetype
    assert response.headers["Content-Security-Policy"] == EXPLORER_CSP
    assert response.data == (EXPLORER_DIR / asset).read_bytes()


def test_explorer_serves_the_filter_lists_its_one_module_fetches(
    explorer_client: FlaskClient,
) -> None:
    """The lists the statements and actors filters send, made from the spec, and the cues
    the cards read as denials."""
    response = get(explorer_client, f"/explorer/{FILTER_LISTS}")
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    assert response.headers["Content-Security-Policy"] == EXPLORER_CSP
    assert response.headers["ETag"].startswith('"')
    assert response.json == {
        "statements": {
            "filters": ["speaker", "speech_type", "topic"],
            "facets": ["speaker", "speech_type", "topic"],
            "search": "q",
            "negating_cues": list(NEGATING_CUE_STEMS),
        },
        "actors": {"filters": ["kind"], "facets": ["kind"], "search": "q"},
    }
    fetching = [
        name
        for name in MODULES
        if FILTER_LISTS in (EXPLORER_DIR / name).read_text(encoding="utf-8")
    ]
    assert fetching == ["filter-lists.js"]


@pytest.mark.parametrize(
    "path", ["/explorer/index.html", "/explorer/../explorer.py", "/explorer/x"]
)
def test_explorer_serves_nothing_but_its_own_files(explorer_client: FlaskClient, path: str) -> None:
    assert get(explorer_client, path).status_code == 404


def test_explorer_page_loads_only_its_own_local_assets(explorer_client: FlaskClient) -> None:
    page = parse_page(get(explorer_client, "/explorer/").get_data(as_text=True))
    loaded = {value for tag, value in page.resources if tag in ("script", "link", "img")}
    assert loaded == {"explorer.css", "explorer.js", "data:,"}
    assert page.module_scripts == ["explorer.js"]
    # The page loads its stylesheet and its entry module, which imports the other modules;
    # one of them fetches the filter lists.
    assert (set(EXPLORER_ASSETS) - set(MODULES)) | {ENTRY_MODULE} <= loaded
    for _tag, value in page.resources:
        assert not URL_PATTERN.match(value), value


def test_explorer_page_has_no_inline_code_for_the_policy_to_block(
    explorer_client: FlaskClient,
) -> None:
    page = parse_page(get(explorer_client, "/explorer/").get_data(as_text=True))
    assert page.inline_scripts == 0
    assert page.style_elements == 0
    assert page.style_attributes == 0
    assert page.event_handlers == []


def test_every_form_control_has_a_label(explorer_client: FlaskClient) -> None:
    page = parse_page(get(explorer_client, "/explorer/").get_data(as_text=True))
    assert page.controls, "the page has filters"
    assert all(control in page.labels for control in page.controls), page.controls


@pytest.mark.parametrize("name", ["index.html", *EXPLORER_ASSETS])
def test_explorer_files_name_no_external_url(name: str) -> None:
    text = (EXPLORER_DIR / name).read_text(encoding="utf-8")
    assert set(URL_PATTERN.findall(text)) <= ALLOWED_URLS
    assert "@import" not in text


def module_imports(name: str) -> list[str]:
    """Return the specifiers a module imports, in its order."""
    return IMPORT_PATTERN.findall((EXPLORER_DIR / name).read_text(encoding="utf-8"))


def test_explorer_modules_import_only_served_modules_and_each_is_used() -> None:
    """The browser resolves each import against the module's URL: every one must be a served
    file of the folder (no bare name, no other origin), and every module reachable from the
    page's entry module."""
    reached = {ENTRY_MODULE}
    waiting = [ENTRY_MODULE]
    while waiting:
        for specifier in module_imports(waiting.pop()):
            assert specifier.startswith("./"), specifier
            assert specifier[2:] in MODULES, specifier
            if specifier[2:] not in reached:
                reached.add(specifier[2:])
                waiting.append(specifier[2:])
    assert reached == set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_explorer_script_never_writes_markup(name: str) -> None:
    """Data is untrusted text: it reaches the page through textContent and Text nodes only."""
    script = (EXPLORER_DIR / name).read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in script, sink
    assert "new Function" not in script
    assert not re.search(r"""setAttribute\(\s*["']on""", script)


@pytest.mark.parametrize("accept", ["text/html", "text/html,application/xhtml+xml,*/*;q=0.8"])
def test_the_app_serves_the_explorer_as_html_with_its_own_policy(
    client: FlaskClient, accept: str
) -> None:
    """The app registers the explorer, and its JSON-minded headers leave the page alone."""
    response = get(client, "/explorer/", accept=accept)
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    assert response.headers["Content-Security-Policy"] == EXPLORER_CSP
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    for asset in EXPLORER_ASSETS:
        assert get(client, f"/explorer/{asset}").status_code == 200

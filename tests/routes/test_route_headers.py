"""What the non-data routes send, byte for byte: the explorer's files, a problem type's
page, the front door's redirect; and what the app does not serve."""

import pytest
from flask.testing import FlaskClient
from markupsafe import escape

from api.cli import ConsoleProgress
from api.routes.explorer import EXPLORER_CSP
from api.web.problems import PROBLEM_TYPES
from tests.conftest import MakeApp
from tests.support import json_of

BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


def _raw(headers: list[tuple[str, str]], *names: str) -> list[tuple[str, str]]:
    """Return the headers named, as sent on the wire: their names' case kept."""
    return [(name, value) for name, value in headers if name.lower() in names]


def test_an_explorer_file_carries_its_security_headers_as_spelled(client: FlaskClient) -> None:
    response = client.get("/explorer/explorer.js")
    response.close()
    assert response.status_code == 200
    names = ("content-security-policy", "x-content-type-options", "referrer-policy")
    assert _raw(response.headers.to_wsgi_list(), *names) == [
        ("X-Content-Type-Options", "nosniff"),
        ("Content-Security-Policy", EXPLORER_CSP),
        ("Referrer-Policy", "no-referrer"),
    ]


def test_the_explorer_files_are_cached_as_long_as_the_data(make_app: MakeApp) -> None:
    response = make_app(CACHE_MAX_AGE=123).test_client().get("/explorer/explorer.css")
    response.close()
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "public, max-age=123"


@pytest.mark.parametrize("slug", sorted(PROBLEM_TYPES))
def test_a_problem_type_page_for_a_browser_is_this_html(client: FlaskClient, slug: str) -> None:
    problem_type = PROBLEM_TYPES[slug]
    response = client.get(f"/problems/{slug}", headers={"Accept": BROWSER_ACCEPT})
    json = client.get(f"/problems/{slug}")
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == json.headers["Cache-Control"]
    title = escape(problem_type.title)
    assert response.text == (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}: Dossier problem type</title>\n</head>\n<body>\n"
        f"<h1>{title}</h1>\n"
        f"<p>HTTP status {problem_type.status}. Problem type "
        f"<code>/problems/{slug}</code> (RFC 9457 problem details).</p>\n"
        f"<p>{escape(problem_type.description)}</p>\n"
        '<p><a href="/docs">API documentation</a></p>\n</body>\n</html>\n'
    )


def test_the_front_door_redirect_spells_its_headers_as_http_does(client: FlaskClient) -> None:
    response = client.get("/", headers={"Accept": BROWSER_ACCEPT})
    index = client.get("/")
    assert response.status_code == 303
    assert _raw(response.headers.to_wsgi_list(), "location", "cache-control") == [
        ("Location", "/docs"),
        ("Cache-Control", index.headers["Cache-Control"]),
    ]


def test_the_app_serves_no_static_folder_of_its_own(client: FlaskClient) -> None:
    """Flask's default /static route would serve the package's files: there is none."""
    response = client.get("/static/explorer/index.html")
    assert response.status_code == 404
    assert json_of(response)["type"] == "/problems/not-found"


def test_a_console_progress_draws_a_bar_only_on_a_terminal_unless_told() -> None:
    # Under pytest, standard error is captured: not a terminal.
    assert ConsoleProgress().bar is False
    assert ConsoleProgress(bar=True).bar is True
    assert ConsoleProgress(bar=False).bar is False

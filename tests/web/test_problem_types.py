"""Problem ``type`` URIs resolve to their documentation, and people at ``/`` reach the docs."""

import pytest
from flask.testing import FlaskClient

from api.web.problems import PROBLEM_TYPES
from tests.support import json_of

BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@pytest.mark.parametrize("slug", list(PROBLEM_TYPES))
def test_a_problem_type_answers_json_by_default(client: FlaskClient, slug: str) -> None:
    response = client.get(f"/problems/{slug}")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/json"
    problem_type = PROBLEM_TYPES[slug]
    assert response.json == {
        "type": f"/problems/{slug}",
        "title": problem_type.title,
        "status": problem_type.status,
        "description": problem_type.description,
    }


def test_a_problem_type_answers_html_to_a_browser(client: FlaskClient) -> None:
    response = client.get("/problems/not-found", headers={"Accept": BROWSER_ACCEPT})
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    assert response.headers["Vary"] == "Accept, Accept-Encoding"
    page = response.get_data(as_text=True)
    assert "<h1>Not found</h1>" in page
    assert "HTTP status 404" in page
    assert PROBLEM_TYPES["not-found"].description in page


def test_an_unknown_problem_type_is_404(client: FlaskClient) -> None:
    response = client.get("/problems/teapot")
    assert response.status_code == 404
    assert json_of(response)["type"] == "/problems/not-found"


@pytest.mark.parametrize(
    ("url", "method"),
    [
        ("/v1/statements?limit=0", "GET"),
        ("/v1/actors/nobody", "GET"),
        ("/v1/actors", "DELETE"),
        ("/v1/topics", "GET"),
    ],
)
def test_the_type_of_every_problem_resolves(client: FlaskClient, url: str, method: str) -> None:
    headers = {"Accept": "image/png"} if url == "/v1/topics" else {}
    problem = json_of(client.open(url, method=method, headers=headers))
    documented = json_of(client.get(problem["type"]))
    assert (documented["title"], documented["status"]) == (problem["title"], problem["status"])


def test_a_browser_at_the_front_door_is_sent_to_the_docs(client: FlaskClient) -> None:
    response = client.get("/", headers={"Accept": BROWSER_ACCEPT})
    assert response.status_code == 303
    assert response.headers["Location"] == "/docs"
    assert response.headers["Vary"] == "Accept"
    assert response.headers["Cache-Control"] == "public, max-age=300"
    assert response.data == b""


@pytest.mark.parametrize("accept", [None, "*/*", "application/json", "text/html;q=0.5, */*"])
def test_json_clients_at_the_front_door_get_the_service_index(
    client: FlaskClient, accept: str | None
) -> None:
    response = client.get("/", headers={"Accept": accept} if accept else {})
    assert response.status_code == 200
    assert json_of(response)["links"] == {
        "v1": "/v1",
        "openapi": "/openapi.yaml",
        "openapi_json": "/openapi.json",
        "docs": "/docs",
        "explorer": "/explorer/",
    }

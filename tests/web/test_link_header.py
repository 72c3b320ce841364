"""RFC 8288 Link headers on every page: first, prev, next and last, absolute."""

from flask import Flask
from flask.testing import FlaskClient

from tests.conftest import MakeApp
from tests.support import json_of

STATEMENTS = "http://localhost/v1/statements"


def test_the_first_page_links_to_the_next_and_the_last(client: FlaskClient) -> None:
    response = client.get("/v1/statements?limit=20")
    assert json_of(response)["total"] == 64
    assert response.headers["Link"] == (
        f'<{STATEMENTS}?limit=20&offset=0>; rel="first", '
        f'<{STATEMENTS}?limit=20&offset=20>; rel="next", '
        f'<{STATEMENTS}?limit=20&offset=60>; rel="last"'
    )


def test_a_middle_page_links_both_ways_with_its_filters(client: FlaskClient) -> None:
    response = client.get("/v1/statements?offset=5&limit=5&speaker=emmanuel-macron")
    assert json_of(response)["total"] == 12
    macron = f"{STATEMENTS}?speaker=emmanuel-macron&limit=5"
    assert response.headers["Link"] == (
        f'<{macron}&offset=0>; rel="first", '
        f'<{macron}&offset=0>; rel="prev", '
        f'<{macron}&offset=10>; rel="next", '
        f'<{macron}&offset=10>; rel="last"'
    )


def test_the_link_header_and_the_body_links_name_the_same_pages(client: FlaskClient) -> None:
    page = client.get("/v1/actors?limit=5&offset=5&sort=name")
    relations = dict(
        (part.split('rel="')[1].rstrip('"'), part.split(">")[0].lstrip("<"))
        for part in page.headers["Link"].split(", ")
    )
    assert relations["next"] == f"http://localhost{json_of(page)['links']['next']}"
    assert relations["prev"] == f"http://localhost{json_of(page)['links']['prev']}"


def test_an_empty_page_links_first_and_last_to_the_start(client: FlaskClient) -> None:
    response = client.get("/v1/actors?q=zzzz")
    assert json_of(response)["total"] == 0
    assert response.headers["Link"] == (
        '<http://localhost/v1/actors?q=zzzz&limit=20&offset=0>; rel="first", '
        '<http://localhost/v1/actors?q=zzzz&limit=20&offset=0>; rel="last"'
    )


def test_aid_totals_are_paged_with_links_too(client: FlaskClient) -> None:
    response = client.get("/v1/aid-figures/totals?group_by=donor&limit=1")
    assert json_of(response)["total"] == 2
    totals = "http://localhost/v1/aid-figures/totals?group_by=donor&limit=1"
    assert response.headers["Link"] == (
        f'<{totals}&offset=0>; rel="first", '
        f'<{totals}&offset=1>; rel="next", '
        f'<{totals}&offset=1>; rel="last"'
    )


def test_a_304_carries_the_link_header_of_its_200(client: FlaskClient) -> None:
    page = client.get("/v1/topics?limit=2")
    again = client.get("/v1/topics?limit=2", headers={"If-None-Match": page.headers["ETag"]})
    assert again.status_code == 304
    assert again.headers["Link"] == page.headers["Link"]


def test_a_record_has_no_link_header(client: FlaskClient) -> None:
    assert "Link" not in client.get("/v1/actors/emmanuel-macron").headers


def test_links_name_the_host_each_request_used(app: Flask) -> None:
    client = app.test_client()
    for host in ("api.example.org", "dossier.test:8080", "api.example.org"):
        link = client.get("/v1/topics?limit=50", headers={"Host": host}).headers["Link"]
        assert link.startswith(f"<http://{host}/v1/topics?limit=50&offset=0>")


def test_a_forwarded_scheme_is_believed_only_behind_a_trusted_proxy(
    make_app: MakeApp,
) -> None:
    https = {"X-Forwarded-Proto": "https"}
    for hops, scheme in ((0, "http"), (1, "https")):
        client = make_app(PROXY_HOPS=hops).test_client()
        for _ in range(2):  # answered by the app, then by its response cache
            link = client.get("/v1/topics", headers=https).headers["Link"]
            assert link.startswith(f"<{scheme}://localhost/v1/topics?limit=20&offset=0>")
        assert client.get("/v1/topics").headers["Link"].startswith("<http://localhost/")

"""``/oembed``: oEmbed 1.0 answers for every record's URL, and discovery from its pages."""

from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlencode

import pytest
from flask.testing import FlaskClient

from tests.support import json_of

#: The flask test client's host.
HERE = "http://localhost"
KREMLIN_DENIES = {
    "type": "rich",
    "version": "1.0",
    "title": "Kremlin denied: reports that he and Putin struck a deal on de-escalating the crisis",
    "author_name": "Kremlin",
    "author_url": "http://localhost/v1/actors/kremlin",
    "provider_name": "Dossier",
    "provider_url": "http://localhost/",
    "cache_age": 300,
    "html": '<iframe src="http://localhost/embed/statements/kremlin-denies-deal" width="560" '
    'height="318" title="Kremlin denied: reports that he and Putin struck a deal on '
    'de-escalating the crisis" loading="lazy" style="border: 0; max-width: 100%;"></iframe>',
    "width": 560,
    "height": 318,
}


def oembed(client: FlaskClient, url: str, **params: str) -> Any:
    response = client.get(f"/oembed?{urlencode({'url': url, **params})}")
    assert response.status_code == 200, response.text
    assert response.headers["Content-Type"] == "application/json"
    return json_of(response)


def problem(client: FlaskClient, query: str, status: int) -> Any:
    response = client.get(f"/oembed?{query}")
    assert response.status_code == status
    assert response.headers["Content-Type"] == "application/problem+json"
    return json_of(response)


@pytest.mark.parametrize(
    "url",
    [
        f"{HERE}/v1/statements/kremlin-denies-deal",
        f"{HERE}/embed/statements/kremlin-denies-deal",
        f"{HERE}/explorer/?statement=kremlin-denies-deal",
        f"{HERE}/explorer/?api=http%3A%2F%2Flocalhost&statement=kremlin-denies-deal#top",
    ],
)
def test_a_statement_url_is_embedded_as_its_card(client: FlaskClient, url: str) -> None:
    assert oembed(client, url) == KREMLIN_DENIES
    assert oembed(client, url, format="json") == KREMLIN_DENIES


@pytest.mark.parametrize(
    ("path", "card", "title", "author_name", "author_url"),
    [
        (
            "/v1/statements/peskov-no-deals",
            "/embed/statements/peskov-no-deals",
            "Dmitry Peskov: “in the current situation, Moscow and Paris can't be reaching any "
            "deals.”",
            "Dmitry Peskov",
            "http://localhost/v1/actors/dmitry-peskov",
        ),
        (
            "/explorer/?actor=emmanuel-macron",
            "/embed/actors/emmanuel-macron",
            "Emmanuel Macron",
            "CBC News",
            "https://www.cbc.ca/news/world/macron-ukraine-russia-talks-feb8-1.6343316",
        ),
        (
            "/v1/aid-figures/germany-aid-since-2014",
            "/embed/aid-figures/germany-aid-since-2014",
            "Germany to Ukraine: about €1.8 billion",
            "CBC News",
            "https://www.cbc.ca/news/world/macron-ukraine-russia-talks-feb8-1.6343316",
        ),
        (
            "/embed/articles/cbc-2022-02-08-macron-kyiv",
            "/embed/articles/cbc-2022-02-08-macron-kyiv",
            "'It will take time to get results,' Macron says after talks in Russia, Ukraine",
            "CBC News",
            "https://www.cbc.ca/news/world/macron-ukraine-russia-talks-feb8-1.6343316",
        ),
    ],
)
def test_every_kind_of_record_is_embedded_as_its_card(
    client: FlaskClient, path: str, card: str, title: str, author_name: str, author_url: str
) -> None:
    answer = oembed(client, HERE + path)
    assert (answer["type"], answer["version"], answer["title"]) == ("rich", "1.0", title)
    assert (answer["author_name"], answer["author_url"]) == (author_name, author_url)
    assert answer["html"].startswith(f'<iframe src="{HERE}{card}" width="560" ')


def test_the_embed_keeps_within_maxwidth_and_maxheight(client: FlaskClient) -> None:
    url = f"{HERE}/v1/statements/kremlin-denies-deal"
    narrow = oembed(client, url, maxwidth="320")
    assert (narrow["width"], narrow["height"]) == (320, 414)
    assert 'width="320" height="414"' in narrow["html"]
    short = oembed(client, url, maxwidth="320", maxheight="200")
    assert (short["width"], short["height"]) == (320, 200)
    wide = oembed(client, url, maxwidth="1200")
    assert wide["width"] == 560


def test_a_url_of_another_server_is_404(client: FlaskClient) -> None:
    query = urlencode({"url": "https://elsewhere.example/v1/statements/kremlin-denies-deal"})
    assert problem(client, query, 404)["detail"] == "No record of this server has this URL."


def test_a_url_naming_no_record_kind_is_404(client: FlaskClient) -> None:
    query = urlencode({"url": f"{HERE}/v1/topics/diplomacy"})
    assert problem(client, query, 404)["detail"] == "No record of this server has this URL."


def test_an_unknown_record_is_404_naming_it(client: FlaskClient) -> None:
    query = urlencode({"url": f"{HERE}/v1/actors/nobody"})
    assert problem(client, query, 404) == {
        "type": "/problems/not-found",
        "title": "Not found",
        "status": 404,
        "detail": "No actor with id 'nobody'.",
    }


def test_xml_is_not_implemented(client: FlaskClient) -> None:
    query = urlencode({"url": f"{HERE}/v1/statements/kremlin-denies-deal", "format": "xml"})
    assert problem(client, query, 501) == {
        "type": "/problems/format-not-implemented",
        "title": "Format not implemented",
        "status": 501,
        "detail": "This provider answers in JSON only: give format=json, or no format.",
    }


def test_a_missing_url_is_400(client: FlaskClient) -> None:
    assert problem(client, "maxwidth=300", 400)["errors"] == {
        "url": ["Missing data for required field."]
    }


def test_bad_and_unknown_parameters_are_400_each_named(client: FlaskClient) -> None:
    query = "url=x&maxwidth=0&maxheight=big&format=yaml&callback=f"
    assert problem(client, query, 400)["errors"] == {
        "maxwidth": ["Must be between 1 and 10000."],
        "maxheight": ["Not a valid integer."],
        "format": ["Must be one of: json, xml."],
        "callback": ["Unknown parameter."],
    }


class Links(HTMLParser):
    """The oEmbed discovery links of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "link" and found.get("type") == "application/json+oembed":
            assert found["rel"] == "alternate"
            self.hrefs.append(found["href"] or "")


def discovered(client: FlaskClient, path: str) -> list[str]:
    response = client.get(path)
    page = response.get_data(as_text=True)
    response.close()
    assert response.status_code == 200
    links = Links()
    links.feed(page)
    return links.hrefs


def test_a_card_links_to_its_oembed_answer(client: FlaskClient) -> None:
    [href] = discovered(client, "/embed/statements/kremlin-denies-deal")
    assert href == (
        "http://localhost/oembed?url=http%3A%2F%2Flocalhost%2Fembed%2Fstatements%2F"
        "kremlin-denies-deal&format=json"
    )
    assert json_of(client.get(href.removeprefix(HERE))) == KREMLIN_DENIES


def test_the_explorer_showing_a_record_links_to_its_oembed_answer(client: FlaskClient) -> None:
    assert discovered(client, "/explorer/") == []
    [href] = discovered(client, "/explorer/?statement=kremlin-denies-deal")
    assert href == (
        "http://localhost/oembed?url=http%3A%2F%2Flocalhost%2Fv1%2Fstatements%2F"
        "kremlin-denies-deal&format=json"
    )
    assert json_of(client.get(href.removeprefix(HERE))) == KREMLIN_DENIES


def test_the_explorer_refuses_a_record_that_is_not_an_id(client: FlaskClient) -> None:
    response = client.get("/explorer/?statement=Not%20an%20id")
    assert response.status_code == 400
    assert json_of(response)["errors"] == {"statement": ["Not a valid id."]}


def test_a_cards_oembed_link_names_the_host_it_was_asked_of(client: FlaskClient) -> None:
    path = "/embed/statements/kremlin-denies-deal"
    for host in ("localhost", "dossier.example"):
        response = client.get(path, base_url=f"http://{host}")
        assert f'href="http://{host}/oembed?url=http%3A%2F%2F{host}%2Fembed' in response.text

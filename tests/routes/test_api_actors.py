"""``/v1/actors``: exact answers from the real dataset."""

from flask.testing import FlaskClient

from tests.support import ids, json_of

FRANCE = {"id": "france", "name": "France", "kind": "state"}
ARTICLE = {
    "id": "cbc-2022-02-08-macron-kyiv",
    "headline": "'It will take time to get results,' Macron says after talks in Russia, Ukraine",
}


def test_an_actor_with_its_roles_and_links(client: FlaskClient) -> None:
    response = client.get("/v1/actors/emmanuel-macron")
    assert response.status_code == 200
    assert response.json == {
        "id": "emmanuel-macron",
        "name": "Emmanuel Macron",
        "kind": "person",
        "classification": None,
        "aliases": ["Macron", "the French president"],
        "roles": [{"title": "President", "organization": FRANCE, "former": False}],
        "country": "FR",
        "part_of": None,
        "description": "President of France, who held talks with Putin in Moscow and Zelensky "
        "in Kyiv.",
        "wikidata": "Q3052772",
        "evidence": {
            "article": ARTICLE,
            "paragraph": 1,
            "section": "headline",
            "exact": "Macron says after talks in Russia, Ukraine",
            "selectors": [
                {
                    "type": "TextQuoteSelector",
                    "exact": "Macron says after talks in Russia, Ukraine",
                    "prefix": "will take time to get results,' ",
                    "suffix": "\n\nFrench President Emmanuel Macr",
                },
                {"type": "TextPositionSelector", "start": 36, "end": 78},
            ],
        },
        "links": {
            "self": "/v1/actors/emmanuel-macron",
            "statements": "/v1/statements?speaker=emmanuel-macron",
            "mentions": "/v1/statements?mentions=emmanuel-macron",
            "aid_given": "/v1/aid-figures?donor=emmanuel-macron",
            "aid_received": "/v1/aid-figures?recipient=emmanuel-macron",
            "wikidata": "https://www.wikidata.org/wiki/Q3052772",
        },
    }


def test_actors_carry_their_wikidata_items(client: FlaskClient) -> None:
    actors = {a["id"]: a for a in json_of(client.get("/v1/actors?limit=100"))["items"]}
    assert {a: actors[a]["wikidata"] for a in ("vladimir-putin", "volodymyr-zelensky", "nato")} == {
        "vladimir-putin": "Q7747",
        "volodymyr-zelensky": "Q3874799",
        "nato": "Q7184",
    }
    # Collectives, and actors whose item could not be confirmed twice, have none.
    for actor_id in ("us-officials", "western-leaders", "dmitry-peskov", "kremlin"):
        assert actors[actor_id]["wikidata"] is None
        assert "wikidata" not in actors[actor_id]["links"]
    assert sum(actor["wikidata"] is not None for actor in actors.values()) == 17


def test_actors_filtered_by_wikidata_item(client: FlaskClient) -> None:
    assert ids(client, "/v1/actors?wikidata=Q7747") == ["vladimir-putin"]
    assert ids(client, "/v1/actors?wikidata=Q212&wikidata=Q159,Q1") == ["russia", "ukraine"]


def test_a_malformed_wikidata_filter_is_a_400(client: FlaskClient) -> None:
    response = client.get("/v1/actors?wikidata=7747")
    assert response.status_code == 400
    assert json_of(response)["errors"] == {
        "wikidata": ["Value 1: Not a Wikidata item id (Q and digits)."]
    }


def test_an_actor_part_of_another_embeds_it(client: FlaskClient) -> None:
    body = json_of(client.get("/v1/actors/kremlin"))
    assert body["part_of"] == {"id": "russia", "name": "Russia", "kind": "state"}
    assert body["classification"] == "government_body"


def test_actor_links_lead_to_their_statements(client: FlaskClient) -> None:
    links = json_of(client.get("/v1/actors/dmitry-peskov"))["links"]
    assert ids(client, links["statements"]) == [
        "peskov-belarus-withdrawal-planned",
        "peskov-call-nearest-future",
        "peskov-no-deals",
    ]


def test_actors_filtered_by_kind_and_searched_over_aliases(client: FlaskClient) -> None:
    # "the French president" is one of Macron's aliases.
    assert ids(client, "/v1/actors?kind=person&q=pres") == ["emmanuel-macron"]
    assert ids(client, "/v1/actors?q=kyiv") == ["ukraine"]


def test_actors_of_several_countries(client: FlaskClient) -> None:
    assert ids(client, "/v1/actors?country=DE,FR") == [
        "annalena-baerbock",
        "emmanuel-macron",
        "france",
        "germany",
        "olaf-scholz",
    ]


def test_actors_sorted_by_name_ignore_case_and_by_country_put_nulls_last(
    client: FlaskClient,
) -> None:
    assert ids(client, "/v1/actors?sort=name&limit=5") == [
        "82nd-airborne-division",
        "andrzej-duda",
        "annalena-baerbock",
        "ukrainian-armed-forces",
        "belarus",
    ]
    assert ids(client, "/v1/actors?sort=country&offset=25") == [
        "us-officials",
        "briar-stewart",
        "nato",
        "russia-backed-separatists",
        "western-leaders",
    ]
    assert ids(client, "/v1/actors?sort=-country&limit=2") == [
        "82nd-airborne-division",
        "ivo-daalder",
    ]


def test_the_whole_collection_is_thirty_actors(client: FlaskClient) -> None:
    body = json_of(client.get("/v1/actors?limit=100"))
    assert body["total"] == len(body["items"]) == 30

"""``/v1/aid-figures`` and its totals: exact answers from the real dataset."""

from flask.testing import FlaskClient

from tests.support import ids, json_of

FRANCE = {"id": "france", "name": "France", "kind": "state"}
GERMANY = {"id": "germany", "name": "Germany", "kind": "state"}
UKRAINE = {"id": "ukraine", "name": "Ukraine", "kind": "state"}


def test_an_aid_figure_with_its_hedges_and_conversions(client: FlaskClient) -> None:
    body = json_of(client.get("/v1/aid-figures/france-aid-2022-02"))
    assert body["donor"] == FRANCE
    assert body["recipient"] == UKRAINE
    assert body["amount"] == {"value": 1200000000, "currency": "EUR", "qualifier": "as_stated"}
    assert body["equivalents"] == [
        {
            "value": 1700000000,
            "currency": "CAD",
            "qualifier": "approximately",
            "converted_by": "publisher",
        }
    ]
    assert body["reported_by"] == {
        "id": "zelensky-france-aid",
        "speaker": {"id": "volodymyr-zelensky", "name": "Volodymyr Zelensky", "kind": "person"},
    }
    assert body["links"] == {
        "self": "/v1/aid-figures/france-aid-2022-02",
        "donor": "/v1/actors/france",
        "recipient": "/v1/actors/ukraine",
        "reported_by": "/v1/statements/zelensky-france-aid",
    }


def test_an_aid_figure_over_a_period_reported_by_no_statement(client: FlaskClient) -> None:
    body = json_of(client.get("/v1/aid-figures/germany-aid-since-2014"))
    assert body["period"] == {"start": "2014", "end": None}
    assert body["reported_by"] is None
    assert "reported_by" not in body["links"]


def test_aid_figures_filtered_sorted_and_searched(client: FlaskClient) -> None:
    assert ids(client, "/v1/aid-figures?recipient=ukraine") == [
        "france-aid-2022-02",
        "germany-aid-since-2014",
    ]
    assert ids(client, "/v1/aid-figures?currency=EUR&aid_type=financial") == ["france-aid-2022-02"]
    assert ids(client, "/v1/aid-figures?sort=-amount") == [
        "germany-aid-since-2014",
        "france-aid-2022-02",
    ]
    assert ids(client, "/v1/aid-figures?q=DISPLACED") == ["germany-aid-since-2014"]
    assert ids(client, "/v1/aid-figures?donor=ukraine") == []


def test_the_eur_total_of_aid_to_ukraine(client: FlaskClient) -> None:
    response = client.get("/v1/aid-figures/totals?group_by=recipient")
    assert response.status_code == 200
    assert json_of(response) == {
        "group_by": "recipient",
        "groups": [
            {
                "key": UKRAINE,
                "totals": [
                    {"currency": "EUR", "value": 3000000000, "approximate": True, "figures": 2}
                ],
                "equivalents": [
                    {"currency": "CAD", "value": 4300000000, "approximate": True, "figures": 2}
                ],
                "approximate": True,
                "figures": ["france-aid-2022-02", "germany-aid-since-2014"],
            }
        ],
        "total": 1,
        "limit": 20,
        "offset": 0,
        "links": {"self": "/v1/aid-figures/totals?group_by=recipient", "next": None, "prev": None},
    }


def test_totals_group_by_donor_by_default(client: FlaskClient) -> None:
    body = json_of(client.get("/v1/aid-figures/totals"))
    assert body["group_by"] == "donor"
    assert [(group["key"], group["approximate"]) for group in body["groups"]] == [
        (FRANCE, False),
        (GERMANY, True),
    ]
    assert body["groups"][0]["totals"] == [
        {"currency": "EUR", "value": 1200000000, "approximate": False, "figures": 1}
    ]


def test_totals_by_aid_type_take_the_aid_filters(client: FlaskClient) -> None:
    body = json_of(client.get("/v1/aid-figures/totals?group_by=aid_type&donor=germany"))
    assert [group["key"] for group in body["groups"]] == [{"id": "unspecified"}]
    assert body["groups"][0]["totals"] == [
        {"currency": "EUR", "value": 1800000000, "approximate": True, "figures": 1}
    ]
    assert body["links"] == {
        "self": "/v1/aid-figures/totals?donor=germany&group_by=aid_type",
        "next": None,
        "prev": None,
    }


def test_totals_of_nothing_are_no_groups(client: FlaskClient) -> None:
    body = json_of(client.get("/v1/aid-figures/totals?currency=USD"))
    assert body["groups"] == []


def test_totals_are_paged_like_a_collection(client: FlaskClient) -> None:
    first = json_of(client.get("/v1/aid-figures/totals?group_by=donor&limit=1"))
    assert [group["key"] for group in first["groups"]] == [FRANCE]
    assert (first["total"], first["limit"], first["offset"]) == (2, 1, 0)
    assert first["links"] == {
        "self": "/v1/aid-figures/totals?group_by=donor&limit=1",
        "next": "/v1/aid-figures/totals?group_by=donor&limit=1&offset=1",
        "prev": None,
    }
    second = json_of(client.get(first["links"]["next"]))
    assert [group["key"] for group in second["groups"]] == [GERMANY]
    assert second["links"]["next"] is None
    assert second["links"]["prev"] == "/v1/aid-figures/totals?group_by=donor&limit=1&offset=0"
    past = json_of(client.get("/v1/aid-figures/totals?group_by=donor&offset=5"))
    assert (past["groups"], past["total"]) == ([], 2)

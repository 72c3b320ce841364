"""The edge fixture (``tests/fixtures/edge``): data built to break naive code.

Names whose order changes with case, year-only and month-only dates, several
currencies with hedged and unhedged amounts, ties only ``id`` breaks, a report two
levels deep, non-ASCII and astral characters. Every expected value is derived here
from the fixture's files, not copied from an answer.
"""

from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.reference import Reference, overlaps
from tests.support import EDGE, json_of

REFERENCE = Reference(EDGE)
ACTORS = {actor["id"]: actor for actor in REFERENCE.records["actors"]}
STATEMENTS = {statement["id"]: statement for statement in REFERENCE.records["statements"]}


@pytest.fixture
def client(edge_app: Flask) -> FlaskClient:
    """Return a client of the edge fixture's app."""
    return edge_app.test_client()


def ids(client: FlaskClient, url: str) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200, response.json
    return [item["id"] for item in json_of(response)["items"]]


def test_names_sort_without_regard_to_case_then_by_case(client: FlaskClient) -> None:
    expected = sorted(ACTORS, key=lambda i: (ACTORS[i]["name"].casefold(), ACTORS[i]["name"], i))
    naive = sorted(ACTORS, key=lambda i: (ACTORS[i]["name"], i))
    assert expected != naive, "the fixture must tell the two orders apart"
    assert ids(client, "/v1/actors?sort=name&limit=100") == expected
    assert ids(client, "/v1/actors?sort=-name&limit=100") == expected[::-1]
    names = [ACTORS[i]["name"] for i in expected[:3]]
    assert names == ["ALPHA Group", "Alpha Group", "alpha Group"]


def test_nulls_sort_last_both_ways(client: FlaskClient) -> None:
    for sort in ("country", "-country"):
        found = ids(client, f"/v1/actors?sort={sort}&limit=100")
        nulls = [i for i in found if ACTORS[i]["country"] is None]
        assert found[-len(nulls) :] == sorted(nulls)
        assert len(nulls) == 2


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("2022-03", "2022-03"),
        ("2021", None),
        (None, "2021-12"),
        ("2022-03-15", "2022-03-15"),
        ("2022", "2022"),
        ("2022-03-16", None),
    ],  # fmt: skip
)
def test_partial_dates_match_by_their_span(
    client: FlaskClient, start: str | None, end: str | None
) -> None:
    query = "&".join(
        f"{name}={value}" for name, value in (("said_from", start), ("said_to", end)) if value
    )
    expected = sorted(i for i, s in STATEMENTS.items() if overlaps(s["said_on"], start, end))
    assert ids(client, f"/v1/statements?{query}&limit=100") == expected
    assert expected, "each range matches something"


def test_a_month_only_date_is_in_every_range_its_month_touches(client: FlaskClient) -> None:
    # "2022-03" is 2022-03-01 to 2022-03-31: in a range ending on March 1st, and one
    # starting on March 31st; not in one ending on February 28th.
    assert "alpha-lower-nothing-agreed" in ids(client, "/v1/statements?said_to=2022-03-01")
    assert "alpha-lower-nothing-agreed" in ids(client, "/v1/statements?said_from=2022-03-31")
    assert "alpha-lower-nothing-agreed" not in ids(client, "/v1/statements?said_to=2022-02-28")


def test_ties_are_broken_by_id_either_way(client: FlaskClient) -> None:
    tied = sorted(i for i, s in STATEMENTS.items() if s["said_on"] == "2022-03-15")
    assert len(tied) >= 4
    by_date = ids(client, "/v1/statements?sort=said_on&limit=100")
    start = by_date.index(tied[0])
    assert by_date[start : start + len(tied)] == tied
    descending_ids = ids(client, "/v1/statements?sort=said_on,-id&limit=100")
    assert descending_ids[start : start + len(tied)] == tied[::-1]
    same_speaker = sorted(i for i in tied if STATEMENTS[i]["speaker"] == "zeta-ltd")
    by_speaker = ids(client, "/v1/statements?speaker=zeta-ltd&said_from=2022-03-15&sort=speaker")
    assert by_speaker == same_speaker


def test_totals_keep_currencies_apart_and_flag_hedges(client: FlaskClient) -> None:
    figures = [f for f in REFERENCE.records["aid_figures"] if f["recipient"] == "beta"]
    currencies = sorted({f["amount"]["currency"] for f in figures})
    assert currencies == ["EUR", "USD"]
    [group] = json_of(client.get("/v1/aid-figures/totals?group_by=recipient&recipient=beta"))[
        "groups"
    ]
    expected: list[dict[str, Any]] = []
    for currency in currencies:
        amounts = [f["amount"] for f in figures if f["amount"]["currency"] == currency]
        expected.append(
            {
                "currency": currency,
                "value": sum(a["value"] for a in amounts),
                "approximate": any(a["qualifier"] != "as_stated" for a in amounts),
                "figures": len(amounts),
            }
        )
    assert group["totals"] == expected
    assert group["approximate"] is True
    # EUR mixes a stated and a hedged amount: the sum is approximate.
    assert [total["approximate"] for total in group["totals"]] == [True, True]
    assert group["equivalents"] == [
        {"currency": "CAD", "value": 400000, "approximate": True, "figures": 1}
    ]


def test_an_unhedged_group_is_not_approximate(client: FlaskClient) -> None:
    [group] = json_of(client.get("/v1/aid-figures/totals?group_by=donor&donor=beta"))["groups"]
    assert group["totals"] == [{"currency": "GBP", "value": 10, "approximate": False, "figures": 1}]
    assert group["approximate"] is False


def test_a_report_two_levels_deep(client: FlaskClient) -> None:
    deepest = json_of(client.get("/v1/statements/beta-need-help"))
    middle_id = STATEMENTS["beta-need-help"]["reported_by"]
    top_id = STATEMENTS[middle_id]["reported_by"]
    assert STATEMENTS[top_id]["reported_by"] is None
    assert deepest["reported_by"] == {
        "id": middle_id,
        "speaker": {"id": "omega-smith", "name": "Ωmega Smith", "kind": "person"},
    }
    assert ids(client, f"/v1/statements?reported_by={top_id}") == [middle_id]
    assert ids(client, f"/v1/statements?reported_by={middle_id}") == ["beta-need-help"]


def test_astral_characters_are_one_code_point_in_matches(client: FlaskClient) -> None:
    page = json_of(client.get("/v1/statements?q=%F0%9F%98%80&limit=100"))
    expected = sorted(
        i for i, s in STATEMENTS.items() if "😀" in s["text"] or "😀" in s["attribution"]
    )
    assert [item["id"] for item in page["items"]] == expected
    for item in page["items"]:
        for match in item["matches"]:
            text = STATEMENTS[item["id"]][match["field"]]
            assert match["end"] - match["start"] == 1
            assert text[match["start"] : match["end"]] == "😀"


def test_non_ascii_search_ignores_case(client: FlaskClient) -> None:
    assert ids(client, "/v1/actors?q=%C5%81UKASIEWICZ") == ["zoe-lukasiewicz"]  # ŁUKASIEWICZ
    assert ids(client, "/v1/actors?q=%CF%89mega") == ["omega-smith"]  # ωmega


def test_paging_through_the_edge_statements(client: FlaskClient) -> None:
    everything = sorted(STATEMENTS)
    first = json_of(client.get("/v1/statements?limit=5"))
    assert [item["id"] for item in first["items"]] == everything[:5]
    assert first["links"]["prev"] is None
    last = json_of(client.get("/v1/statements?limit=5&offset=10"))
    assert [item["id"] for item in last["items"]] == everything[10:]
    assert last["links"]["next"] is None
    beyond = json_of(client.get("/v1/statements?limit=5&offset=13"))
    assert (beyond["items"], beyond["total"]) == ([], len(everything))
    assert beyond["links"]["prev"] == "/v1/statements?limit=5&offset=8"
    near = json_of(client.get("/v1/statements?limit=5&offset=3"))
    assert near["links"]["prev"] == "/v1/statements?limit=5&offset=0"


def test_the_edge_fixture_is_valid_under_every_rule_with_its_source(edge_app: Flask) -> None:
    assert json_of(edge_app.test_client().get("/v1"))["counts"] == {
        name: len(records) for name, records in REFERENCE.records.items()
    } | {"topics": 13}

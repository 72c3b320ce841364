"""Search: ``q`` on the FTS5 trigram index, ``matches`` offsets, and ``sort=relevance``."""

import pytest
from flask.testing import FlaskClient

from tests.support import json_of, real_records

STATEMENTS = {statement["id"]: statement for statement in real_records("statements")}
ACTORS = {actor["id"]: actor for actor in real_records("actors")}


def _field(record: dict[str, object], path: str) -> str:
    value: object = record
    for part in path.split("."):
        value = value[int(part)] if isinstance(value, list) else value[part]  # type: ignore[index]
    assert isinstance(value, str)
    return value


@pytest.mark.parametrize(
    ("collection", "records", "q"),
    [
        ("statements", STATEMENTS, "escalat"),
        ("statements", STATEMENTS, "PUTIN"),
        ("statements", STATEMENTS, "e"),
        ("statements", STATEMENTS, "\u2014 "),
        ("actors", ACTORS, "pres"),
        ("actors", ACTORS, "moscow"),
    ],
)
def test_every_match_re_slices_to_the_hit(
    client: FlaskClient, collection: str, records: dict[str, dict[str, object]], q: str
) -> None:
    page = json_of(client.get(f"/v1/{collection}?q={q}&limit=100"))
    assert page["total"] > 0
    for item in page["items"]:
        assert item["matches"], item["id"]
        for match in item["matches"]:
            text = _field(records[item["id"]], match["field"])
            assert text[match["start"] : match["end"]].casefold() == q.casefold()


def test_matches_list_every_hit_of_every_searched_text(client: FlaskClient) -> None:
    [item] = json_of(client.get("/v1/statements?q=escalat&speaker=vladimir-putin&limit=1"))["items"]
    text = STATEMENTS[item["id"]]["text"]
    expected = [
        {"field": "text", "start": start, "end": start + len("escalat")}
        for start in range(len(text))
        if text.lower().startswith("escalat", start)
    ]
    assert item["matches"] == expected


def test_an_alias_is_named_by_its_position(client: FlaskClient) -> None:
    [item] = json_of(client.get("/v1/actors?q=french%20president"))["items"]
    assert item["id"] == "emmanuel-macron"
    [match] = item["matches"]
    assert match["field"].startswith("aliases.")
    alias = ACTORS["emmanuel-macron"]["aliases"][int(match["field"].split(".")[1])]
    assert alias[match["start"] : match["end"]].lower() == "french president"


def test_unsearched_pages_and_records_have_no_matches(client: FlaskClient) -> None:
    assert all("matches" not in item for item in json_of(client.get("/v1/statements"))["items"])
    assert "matches" not in json_of(client.get("/v1/statements/peskov-no-deals"))


def test_relevance_puts_the_shortest_texts_holding_the_search_first(client: FlaskClient) -> None:
    ranked = json_of(client.get("/v1/statements?q=putin&sort=relevance&limit=100"))
    unranked = json_of(client.get("/v1/statements?q=putin&limit=100"))
    assert ranked["total"] == unranked["total"] == len(ranked["items"]) > 10
    assert sorted(item["id"] for item in ranked["items"]) == [
        item["id"] for item in unranked["items"]
    ]
    assert [item["id"] for item in ranked["items"]] != [item["id"] for item in unranked["items"]]
    # bm25 favours short texts: of the records that hold the search once, those with the
    # shortest texts (text and attribution) come first.
    once = [item for item in ranked["items"] if len(item["matches"]) == 1]
    lengths = [
        len(STATEMENTS[item["id"]]["text"]) + len(STATEMENTS[item["id"]]["attribution"])
        for item in once
    ]
    assert lengths == sorted(lengths)
    assert ranked["items"][0]["id"] == min(once, key=lambda item: lengths[once.index(item)])["id"]


def test_relevance_without_a_search_keeps_the_rest_of_the_order(client: FlaskClient) -> None:
    assert (
        json_of(client.get("/v1/statements?sort=relevance,-said_on"))["items"]
        == json_of(client.get("/v1/statements?sort=-said_on"))["items"]
    )


def test_a_search_of_two_characters_is_a_substring_search_too(client: FlaskClient) -> None:
    page = json_of(client.get("/v1/actors?q=DU&limit=100"))
    expected = sorted(
        actor_id
        for actor_id, actor in ACTORS.items()
        if any("du" in text.lower() for text in [actor["name"], *actor["aliases"]])
    )
    assert [item["id"] for item in page["items"]] == expected


@pytest.mark.parametrize(
    "q",
    [
        '"',
        '""',
        'a"b',
        "*",
        "NEAR(",
        "AND",
        "x OR y",
        "\\",
        "%",
        "_",
        "\x00",
        "\x00òè",
        "Pu\x00tin",
    ],
)
def test_search_syntax_is_taken_literally(client: FlaskClient, q: str) -> None:
    response = client.get("/v1/statements", query_string={"q": q, "limit": 100})
    assert response.status_code == 200
    expected = sorted(
        statement_id
        for statement_id, statement in STATEMENTS.items()
        if q.lower() in statement["text"].lower() or q.lower() in statement["attribution"].lower()
    )
    assert [item["id"] for item in json_of(response)["items"]] == expected


def _holds(text: str, q: str) -> bool:
    """Whether ``text`` holds ``q`` with each character in one of its one-character case forms."""
    forms = [{f for f in (c, c.lower(), c.upper()) if len(f) == 1} for c in q]
    return any(
        all(text[start + n] in forms[n] for n in range(len(q)))
        for start in range(len(text) - len(q) + 1)
    )


def _searched(statement: dict[str, object]) -> list[str]:
    return [str(statement["text"]), str(statement["attribution"])]


@pytest.mark.parametrize(
    "q",
    ["e", "E", "ab", "\u2019", "\u201c", "\u00e9", "\u00c9", "\u0130", "%", "_", "e%", "_e", "\\"],
)
def test_a_short_search_finds_each_character_in_its_case_forms_and_nothing_else(
    client: FlaskClient, q: str
) -> None:
    """A search shorter than a trigram: LIKE's wildcards are literal characters, and a
    character whose lower case is two (İ) matches only itself, not every i."""
    expected = sorted(
        statement_id
        for statement_id, statement in STATEMENTS.items()
        if any(_holds(text, q) for text in _searched(statement))
    )
    page = json_of(client.get("/v1/statements", query_string={"q": q, "limit": 100}))
    assert (page["total"], [item["id"] for item in page["items"]]) == (len(expected), expected)


def test_a_dotted_capital_i_does_not_match_every_i(client: FlaskClient) -> None:
    assert json_of(client.get("/v1/statements", query_string={"q": "\u0130"}))["total"] == 0
    assert json_of(client.get("/v1/statements", query_string={"q": "i"}))["total"] > 0

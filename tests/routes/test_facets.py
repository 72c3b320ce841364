"""Facets: exact counts from the real dataset, computed here from data/, not typed in."""

from collections import Counter
from typing import Any

import pytest
from flask.testing import FlaskClient

from tests.support import json_of, real_records

STATEMENTS = real_records("statements")
ACTORS = {actor["id"]: actor for actor in real_records("actors")}
ARTICLES = {article["id"]: article for article in real_records("articles")}


def ranked(counts: Counter[str], size: int) -> list[tuple[str, int]]:
    """Return the documented order of a facet: largest count first, ties by value."""
    return sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))[:size]


def facet(client: FlaskClient, url: str, name: str) -> dict[str, Any]:
    response = client.get(url)
    assert response.status_code == 200, response.json
    found: dict[str, Any] = json_of(response)["facets"][name]
    return found


def compact(actor_id: str) -> dict[str, str]:
    actor = ACTORS[actor_id]
    return {"id": actor_id, "name": actor["name"], "kind": actor["kind"]}


def test_speaker_counts_cover_every_statement_not_the_page(client: FlaskClient) -> None:
    found = facet(client, "/v1/statements?facets=speaker&limit=1", "speaker")
    counts = Counter(statement["speaker"] for statement in STATEMENTS)
    assert [(item["value"], item["count"]) for item in found["items"]] == ranked(counts, 10)
    assert found["truncated"] is (len(counts) > 10)
    first = found["items"][0]
    assert first["ref"] == compact(first["value"])
    assert first["selected"] is False
    assert first["links"]["toggle"] == (
        f"/v1/statements?speaker={first['value']}&facets=speaker&limit=1&offset=0"
    )


def test_a_topic_counts_statements_not_occurrences(client: FlaskClient) -> None:
    found = facet(client, "/v1/statements?facets=topic&facet_size=100", "topic")
    counts: Counter[str] = Counter()
    for statement in STATEMENTS:
        counts.update(set(statement["topics"]))
    assert [(item["value"], item["count"]) for item in found["items"]] == ranked(counts, 100)
    assert found["truncated"] is False
    assert "ref" not in found["items"][0]


def test_counts_leave_out_the_facets_own_filter_and_keep_the_others(client: FlaskClient) -> None:
    url = "/v1/statements?topic=diplomacy&speaker=emmanuel-macron&facets=topic,speaker"
    topics = facet(client, url, "topic")
    by_macron: Counter[str] = Counter()
    for statement in STATEMENTS:
        if statement["speaker"] == "emmanuel-macron":
            by_macron.update(set(statement["topics"]))
    assert [(i["value"], i["count"]) for i in topics["items"]] == ranked(by_macron, 10)
    assert [i["value"] for i in topics["items"] if i["selected"]] == ["diplomacy"]
    speakers = facet(client, url, "speaker")
    on_diplomacy = Counter(s["speaker"] for s in STATEMENTS if "diplomacy" in s["topics"])
    assert [(i["value"], i["count"]) for i in speakers["items"]] == ranked(on_diplomacy, 10)


def test_a_selected_value_beyond_the_first_is_listed_after_them(client: FlaskClient) -> None:
    counts = Counter(statement["speaker"] for statement in STATEMENTS)
    rare = ranked(counts, len(counts))[-1][0]
    found = facet(client, f"/v1/statements?speaker={rare}&facets=speaker&facet_size=2", "speaker")
    assert [(i["value"], i["count"], i["selected"]) for i in found["items"]] == [
        *((value, count, False) for value, count in ranked(counts, 2)),
        (rare, counts[rare], True),
    ]
    assert found["truncated"] is True
    # Its toggle takes it out: the query without a speaker.
    assert found["items"][-1]["links"]["toggle"] == (
        "/v1/statements?facets=speaker&facet_size=2&limit=20&offset=0"
    )


def test_a_toggle_adds_to_the_values_and_resets_the_page(client: FlaskClient) -> None:
    page = json_of(client.get("/v1/statements?topic=aid&facets=topic&offset=20&limit=5"))
    item = next(i for i in page["facets"]["topic"]["items"] if i["value"] == "diplomacy")
    assert item["links"]["toggle"] == (
        "/v1/statements?topic=aid,diplomacy&facets=topic&limit=5&offset=0"
    )
    after = json_of(client.get(item["links"]["toggle"]))
    expected = sum(1 for s in STATEMENTS if {"aid", "diplomacy"} & set(s["topics"]))
    assert after["total"] == expected
    again = next(i for i in after["facets"]["topic"]["items"] if i["value"] == "diplomacy")
    assert again["selected"] is True
    assert again["links"]["toggle"] == "/v1/statements?topic=aid&facets=topic&limit=5&offset=0"


def test_reference_facets_label_their_records(client: FlaskClient) -> None:
    url = "/v1/statements?facets=article,reported_by,section,said_on&facet_size=100"
    page = json_of(client.get(url))["facets"]
    [article] = page["article"]["items"]
    assert article["ref"] == {
        "id": article["value"],
        "headline": ARTICLES[article["value"]]["headline"],
    }
    assert article["count"] == len(STATEMENTS)
    by_id = {statement["id"]: statement for statement in STATEMENTS}
    reporting = Counter(s["reported_by"] for s in STATEMENTS if s["reported_by"] is not None)
    assert [(i["value"], i["count"]) for i in page["reported_by"]["items"]] == ranked(
        reporting, 100
    )
    for item in page["reported_by"]["items"]:
        assert item["ref"] == {
            "id": item["value"],
            "speaker": compact(by_id[item["value"]]["speaker"]),
        }
    sections = Counter(s["evidence"]["section"] for s in STATEMENTS)
    assert [(i["value"], i["count"]) for i in page["section"]["items"]] == ranked(sections, 100)
    days = Counter(s["said_on"] for s in STATEMENTS if s["said_on"] is not None)
    assert [(i["value"], i["count"]) for i in page["said_on"]["items"]] == ranked(days, 100)


def test_actor_and_aid_figure_facets(client: FlaskClient) -> None:
    kinds = facet(client, "/v1/actors?facets=kind", "kind")
    assert [(i["value"], i["count"]) for i in kinds["items"]] == ranked(
        Counter(actor["kind"] for actor in ACTORS.values()), 10
    )
    figures = real_records("aid_figures")
    donors = facet(client, "/v1/aid-figures?facets=donor,currency", "donor")
    assert [(i["value"], i["count"], i["ref"]) for i in donors["items"]] == [
        (donor, count, compact(donor))
        for donor, count in ranked(Counter(f["donor"] for f in figures), 10)
    ]
    currencies = facet(client, "/v1/aid-figures?facets=currency", "currency")
    assert [(i["value"], i["count"]) for i in currencies["items"]] == ranked(
        Counter(f["amount"]["currency"] for f in figures), 10
    )


def test_a_page_without_facets_has_no_facets_member(client: FlaskClient) -> None:
    assert "facets" not in json_of(client.get("/v1/statements?limit=1"))


def test_the_filters_behind_the_facets_select_what_they_count(client: FlaskClient) -> None:
    page = json_of(client.get("/v1/statements?section=video&said_on=2022-02-08&limit=100"))
    expected = [
        s["id"]
        for s in STATEMENTS
        if s["evidence"]["section"] == "video" and s["said_on"] == "2022-02-08"
    ]
    assert [item["id"] for item in page["items"]] == sorted(expected)


@pytest.mark.parametrize(
    ("query", "errors"),
    [
        (
            "facets=colour",
            {
                "facets": [
                    "Value 1: Must be one of: speaker, mentions, addressee, speech_type, topic, "
                    "said_on, reported_by, article, section."
                ]
            },
        ),
        ("facets=speaker&facet_size=0", {"facet_size": ["Must be between 1 and 100."]}),
        ("facets=speaker&facet_size=101", {"facet_size": ["Must be between 1 and 100."]}),
        (
            "section=footer",
            {"section": ["Value 1: Must be one of: headline, body, caption, video, teaser."]},
        ),
        (
            "said_on=2022-02-30",
            {"said_on": ["Value 1: Not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)."]},
        ),
    ],
)
def test_a_bad_facet_parameter_is_a_400_naming_it(
    client: FlaskClient, query: str, errors: dict[str, list[str]]
) -> None:
    response = client.get(f"/v1/statements?{query}")
    assert response.status_code == 400
    assert response.headers["Content-Type"] == "application/problem+json"
    assert json_of(response)["errors"] == errors

"""The SQL engine against a plain Python reference (``tests/reference.py``), for generated queries.

Hypothesis generates combinations of filters, date ranges, searches, sorts and pages;
on the real dataset and on the edge fixture, the API must answer exactly the
reference's ids and total, and its network of the statements. Then the properties of
paging, sorting and date ranges.
"""

import json
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from flask import Flask
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from api.spec.collections import ACTORS, AID_FIGURES, STATEMENTS
from api.spec.vocabulary import SECTIONS, SPEECH_TYPES, TOPICS
from tests.reference import COLLECTIONS, Reference, overlaps
from tests.support import EDGE, REAL_DATA, json_of

REFERENCES = {"real": Reference(REAL_DATA), "edge": Reference(EDGE)}
DATES = ["2021", "2021-12", "2022", "2022-01", "2022-02", "2022-02-07", "2022-02-08", "2022-03",
         "2022-03-14", "2022-03-15", "2022-03-31", "2023"]  # fmt: skip
SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def url(path: str, params: dict[str, Any]) -> str:
    """Return ``path`` with ``params``, lists joined with commas."""
    pairs = [(k, ",".join(v) if isinstance(v, list) else v) for k, v in params.items()]
    return f"{path}?{urlencode(pairs)}"


def _substrings(texts: list[str]) -> st.SearchStrategy[str]:
    """Pieces of real texts, in random case: searches that find something, or nothing."""
    return st.builds(
        lambda text, start, length, flips: "".join(
            c.swapcase() if flip else c
            for c, flip in zip(text[start : start + length], flips, strict=False)
        ),
        st.sampled_from(texts),
        st.integers(0, 40),
        st.integers(1, 9),
        st.lists(st.booleans(), min_size=9, max_size=9),
    ).filter(lambda q: q.strip() != "")


def _some(values: list[str]) -> st.SearchStrategy[list[str]]:
    return st.lists(st.sampled_from(values), min_size=1, max_size=3, unique=True)


def _sorts(collection: str) -> st.SearchStrategy[list[str]]:
    names = [sign + name for name in COLLECTIONS[collection]["sorts"] for sign in ("", "-")]
    return st.lists(st.sampled_from(names), min_size=1, max_size=3)


@st.composite
def statement_queries(draw: st.DrawFn) -> dict[str, Any]:
    """Queries of the statements of either dataset: (dataset name, parameters)."""
    name = draw(st.sampled_from(sorted(REFERENCES)))
    records = REFERENCES[name].records
    actors = sorted(actor["id"] for actor in records["actors"]) + ["nobody"]
    statements = sorted(statement["id"] for statement in records["statements"])
    texts = [s["text"] for s in records["statements"]] + [
        s["attribution"] for s in records["statements"]
    ]
    params = draw(
        st.fixed_dictionaries(
            {},
            optional={
                "speaker": _some(actors),
                "mentions": _some(actors),
                "addressee": _some(actors),
                "topic": _some(list(TOPICS)),
                "speech_type": _some(list(SPEECH_TYPES)),
                "reported_by": _some(statements),
                "section": _some(list(SECTIONS)),
                "said_on": _some(sorted({s["said_on"] for s in records["statements"]} - {None})),
                "said_from": st.sampled_from(DATES),
                "said_to": st.sampled_from(DATES),
                "q": _substrings(texts),
                "sort": _sorts("statements"),
                "offset": st.integers(0, 70),
                "limit": st.integers(1, 100),
            },
        )
    )
    return {"dataset": name, "params": params}


@SETTINGS
@given(statement_queries())
def test_statement_pages_are_those_of_the_reference(
    dataset_apps: dict[str, Flask], query: dict[str, Any]
) -> None:
    params = query["params"]
    response = dataset_apps[query["dataset"]].test_client().get(url("/v1/statements", params))
    assert response.status_code == 200, response.json
    ids, total = REFERENCES[query["dataset"]].page("statements", params)
    assert [item["id"] for item in json_of(response)["items"]] == ids
    assert json_of(response)["total"] == total


@st.composite
def actor_queries(draw: st.DrawFn) -> dict[str, Any]:
    name = draw(st.sampled_from(sorted(REFERENCES)))
    actors = REFERENCES[name].records["actors"]
    texts = [a["name"] for a in actors] + [alias for a in actors for alias in a["aliases"]]
    params = draw(
        st.fixed_dictionaries(
            {},
            optional={
                "kind": _some(["person", "state", "organization"]),
                "country": _some(sorted({a["country"] for a in actors if a["country"]}) + ["ZZ"]),
                "wikidata": _some(
                    sorted({a["wikidata"] for a in actors if a["wikidata"]}) + ["Q1"]
                ),
                "q": _substrings(texts),
                "sort": _sorts("actors"),
                "offset": st.integers(0, 35),
                "limit": st.integers(1, 100),
            },
        )
    )
    return {"dataset": name, "params": params}


@SETTINGS
@given(actor_queries())
def test_actor_pages_are_those_of_the_reference(
    dataset_apps: dict[str, Flask], query: dict[str, Any]
) -> None:
    params = query["params"]
    response = dataset_apps[query["dataset"]].test_client().get(url("/v1/actors", params))
    assert response.status_code == 200, response.json
    ids, total = REFERENCES[query["dataset"]].page("actors", params)
    assert [item["id"] for item in json_of(response)["items"]] == ids
    assert json_of(response)["total"] == total


@st.composite
def aid_queries(draw: st.DrawFn) -> dict[str, Any]:
    name = draw(st.sampled_from(sorted(REFERENCES)))
    records = REFERENCES[name].records
    actors = sorted(actor["id"] for actor in records["actors"])
    params = draw(
        st.fixed_dictionaries(
            {},
            optional={
                "donor": _some(actors),
                "recipient": _some(actors),
                "currency": _some(["EUR", "USD", "GBP", "CAD"]),
                "aid_type": _some(["financial", "unspecified", "military"]),
                "sort": _sorts("aid_figures"),
            },
        )
    )
    return {"dataset": name, "params": params}


@SETTINGS
@given(aid_queries(), st.sampled_from(["donor", "recipient", "aid_type"]))
def test_aid_pages_and_totals_are_those_of_the_reference(
    dataset_apps: dict[str, Flask], query: dict[str, Any], group_by: str
) -> None:
    params, reference = query["params"], REFERENCES[query["dataset"]]
    client = dataset_apps[query["dataset"]].test_client()
    page = json_of(client.get(url("/v1/aid-figures", {**params, "limit": 100})))
    ids, total = reference.page("aid_figures", {**params, "limit": 100})
    assert ([item["id"] for item in page["items"]], page["total"]) == (ids, total)
    filters = {name: value for name, value in params.items() if name != "sort"}
    totals = json_of(client.get(url("/v1/aid-figures/totals", {**filters, "group_by": group_by})))
    expected = reference.totals(filters, group_by)
    assert [{**group, "key": group["key"]["id"]} for group in totals["groups"]] == expected


@SETTINGS
@given(statement_queries())
def test_the_network_is_that_of_the_reference(
    dataset_apps: dict[str, Flask], query: dict[str, Any]
) -> None:
    filters = {k: v for k, v in query["params"].items() if k not in ("sort", "offset", "limit")}
    response = dataset_apps[query["dataset"]].test_client().get(url("/v1/network", filters))
    assert response.status_code == 200, response.json
    expected = REFERENCES[query["dataset"]].network(filters)
    network = json_of(response)
    assert {node["id"]: node["statements"] for node in network["nodes"]} == expected["nodes"]
    assert [node["id"] for node in network["nodes"]] == list(expected["nodes"])
    found = {(e["source"], e["target"], e["relation"]): e["statements"] for e in network["edges"]}
    assert found == expected["edges"]
    assert list(found) == list(expected["edges"])
    assert all(edge["count"] == len(edge["statements"]) for edge in network["edges"])


# Paging: concatenated pages are the whole sorted result, links lead back and forth, and a
# page past the end is empty with the right total.


@SETTINGS
@given(statement_queries(), st.integers(1, 7))
def test_following_next_links_gives_every_match_once_in_order(
    dataset_apps: dict[str, Flask], query: dict[str, Any], limit: int
) -> None:
    params = {k: v for k, v in query["params"].items() if k not in ("offset", "limit")}
    client = dataset_apps[query["dataset"]].test_client()
    expected = [r["id"] for r in REFERENCES[query["dataset"]].matching("statements", params)]
    seen: list[str] = []
    link: str | None = url("/v1/statements", {**params, "limit": str(limit)})
    pages = 0
    while link is not None:
        page = json_of(client.get(link))
        seen += [item["id"] for item in page["items"]]
        assert page["total"] == len(expected)
        if page["links"]["next"] is not None:
            back = json_of(client.get(page["links"]["next"]))["links"]["prev"]
            assert client.get(back).json == page
        link = page["links"]["next"]
        pages += 1
    assert seen == expected
    assert pages == max(1, -(-len(expected) // limit))


@SETTINGS
@given(statement_queries(), st.integers(0, 5), st.integers(1, 100))
def test_a_page_past_the_end_is_empty_with_the_total_and_a_way_back(
    dataset_apps: dict[str, Flask], query: dict[str, Any], beyond: int, limit: int
) -> None:
    params = {k: v for k, v in query["params"].items() if k not in ("offset", "limit")}
    total = len(REFERENCES[query["dataset"]].matching("statements", params))
    offset = total + beyond
    page = json_of(
        dataset_apps[query["dataset"]]
        .test_client()
        .get(url("/v1/statements", {**params, "offset": offset, "limit": limit}))
    )
    assert page["items"] == []
    assert page["total"] == total
    assert page["links"]["next"] is None
    prev = page["links"]["prev"]
    if offset == 0:
        assert prev is None
    else:
        assert f"offset={max(offset - limit, 0)}" in prev


# Sorting: every allow-listed sort is a total order, and `id` breaks every tie.


@SETTINGS
@given(st.sampled_from(sorted(REFERENCES)), st.sampled_from(sorted(COLLECTIONS)), st.data())
def test_every_sort_is_a_total_order_broken_by_id(
    dataset_apps: dict[str, Flask], name: str, collection: str, data: st.DataObject
) -> None:
    sort = data.draw(_sorts(collection))
    client = dataset_apps[name].test_client()
    path = COLLECTIONS[collection]["path"]
    ids = [i["id"] for i in json_of(client.get(url(path, {"sort": sort, "limit": 100})))["items"]]
    expected = [r["id"] for r in REFERENCES[name].matching(collection, {"sort": sort})][:100]
    assert ids == expected
    assert len(set(ids)) == len(ids)
    with_id = [
        i["id"]
        for i in json_of(client.get(url(path, {"sort": [*sort, "id"], "limit": 100})))["items"]
    ]
    assert with_id == ids


# Dates: a partial date matches a range when its span overlaps it.


@SETTINGS
@given(
    st.sampled_from(sorted(REFERENCES)),
    st.sampled_from([*DATES, None]),
    st.sampled_from([*DATES, None]),
)
def test_a_date_range_matches_the_dates_whose_span_overlaps_it(
    dataset_apps: dict[str, Flask], name: str, start: str | None, end: str | None
) -> None:
    params = {"limit": "100", "sort": "said_on"}
    if start is not None:
        params["said_from"] = start
    if end is not None:
        params["said_to"] = end
    page = json_of(dataset_apps[name].test_client().get(url("/v1/statements", params)))
    statements = REFERENCES[name].records["statements"]
    expected = {
        s["id"]
        for s in statements
        if (start is None and end is None) or overlaps(s["said_on"], start, end)
    }
    assert {item["id"] for item in page["items"]} == expected


# Facets: every value's count over what the rest of the query selects, as the reference counts.

_FACETS = {
    "statements": STATEMENTS.facets,
    "actors": ACTORS.facets,
    "aid_figures": AID_FIGURES.facets,
}


def _check_facets(app: Flask, dataset: str, collection: str, params: dict[str, Any]) -> None:
    client = app.test_client()
    path = COLLECTIONS[collection]["path"]
    page = json_of(client.get(url(path, params)))
    assert set(page["facets"]) == set(params["facets"])
    for name, facet in page["facets"].items():
        expected, truncated = REFERENCES[dataset].facet(
            collection, params, name, int(params.get("facet_size", 10))
        )
        found = [(item["value"], item["count"]) for item in facet["items"]]
        assert (found, facet["truncated"]) == (expected, truncated), name
        chosen = set(params.get(name, []))
        for item in facet["items"]:
            assert item["selected"] == (item["value"] in chosen)
        if facet["items"]:
            _check_toggle(client, page, name, facet["items"][0])
            _check_toggle(client, page, name, facet["items"][-1])


def _meaning(link: str) -> dict[str, set[str]]:
    """Return what a link asks: each parameter's set of values, the first page."""
    asked = parse_qs(urlsplit(link).query)
    return {
        k: {v for value in values for v in value.split(",")}
        for k, values in asked.items()
        if k != "offset"
    }


def _check_toggle(client: Any, page: dict[str, Any], name: str, item: dict[str, Any]) -> None:
    """A toggle selects its value, or takes it out, on a first page; toggling again undoes it."""
    toggled = json_of(client.get(item["links"]["toggle"]))
    assert toggled["offset"] == 0
    after = {v["value"]: v for v in toggled["facets"][name]["items"]}
    if item["selected"]:
        assert item["value"] not in after or not after[item["value"]]["selected"]
    else:
        assert after[item["value"]]["selected"]
    if item["value"] in after:
        undone = after[item["value"]]["links"]["toggle"]
        assert _meaning(undone) == _meaning(page["links"]["self"])


@SETTINGS
@given(statement_queries(), st.data())
def test_statement_facets_are_those_of_the_reference(
    dataset_apps: dict[str, Flask], query: dict[str, Any], data: st.DataObject
) -> None:
    facets = data.draw(
        st.lists(st.sampled_from(STATEMENTS.facets), min_size=1, max_size=3, unique=True)
    )
    params = {**query["params"], "facets": facets, "facet_size": data.draw(st.integers(1, 12))}
    _check_facets(dataset_apps[query["dataset"]], query["dataset"], "statements", params)


@SETTINGS
@given(actor_queries(), st.data())
def test_actor_facets_are_those_of_the_reference(
    dataset_apps: dict[str, Flask], query: dict[str, Any], data: st.DataObject
) -> None:
    facets = data.draw(st.lists(st.sampled_from(ACTORS.facets), min_size=1, unique=True))
    params = {**query["params"], "facets": facets, "facet_size": data.draw(st.integers(1, 12))}
    _check_facets(dataset_apps[query["dataset"]], query["dataset"], "actors", params)


@SETTINGS
@given(aid_queries(), st.data())
def test_aid_figure_facets_are_those_of_the_reference(
    dataset_apps: dict[str, Flask], query: dict[str, Any], data: st.DataObject
) -> None:
    facets = data.draw(st.lists(st.sampled_from(AID_FIGURES.facets), min_size=1, unique=True))
    params = {**query["params"], "facets": facets, "facet_size": data.draw(st.integers(1, 12))}
    _check_facets(dataset_apps[query["dataset"]], query["dataset"], "aid_figures", params)


# Exports: every match, in the query's order, each line the page's item.


@SETTINGS
@given(statement_queries())
def test_an_ndjson_export_holds_every_match_as_the_pages_give_it(
    dataset_apps: dict[str, Flask], query: dict[str, Any]
) -> None:
    params = {k: v for k, v in query["params"].items() if k not in ("offset", "limit")}
    client = dataset_apps[query["dataset"]].test_client()
    lines = client.get(url("/v1/statements.ndjson", params)).data.splitlines()
    expected = REFERENCES[query["dataset"]].matching("statements", params)
    assert [json.loads(line)["id"] for line in lines] == [r["id"] for r in expected]
    page = json_of(client.get(url("/v1/statements", {**params, "limit": 100})))
    assert [json.loads(line) for line in lines[:100]] == page["items"]

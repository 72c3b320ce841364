"""``/v1/network``: the actor graph of the statements, every expected value derived here
from ``data/statements.json`` with plain Python."""

import sqlite3
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient

import api.catalog
import api.dataset.network
from api.dataset.budget import BudgetExceeded, over_budget, within
from api.dataset.network import EVERYTHING, Network
from api.dataset.queries import Query
from api.spec.values import MAX_NETWORK_EDGES, MAX_NETWORK_STATEMENTS
from api.spec.vocabulary import TOPICS
from schemas.query import UNKNOWN_PARAMETER
from tests.reference import overlaps
from tests.support import json_of, real_records

Statement = dict[str, Any]
STATEMENTS = real_records("statements")
BY_ID = {statement["id"]: statement for statement in STATEMENTS}
ACTORS = {actor["id"]: actor for actor in real_records("actors")}
Edges = dict[tuple[str, str, str], list[str]]


def expected_edges(selected: list[Statement]) -> Edges:
    """Return (source, target, relation) -> sorted statement ids, of the selected statements.

    A statement links its speaker to each addressee and each actor it mentions; one
    reported inside another links the reporting statement's speaker to its own.
    """
    edges: Edges = {}
    for statement in selected:
        speaker = statement["speaker"]
        links = [(speaker, actor, "addressed") for actor in statement["addressees"]]
        links += [(speaker, actor, "mentioned") for actor in statement["mentions"]]
        if statement["reported_by"] is not None:
            links.append((BY_ID[statement["reported_by"]]["speaker"], speaker, "reported"))
        for link in links:
            edges.setdefault(link, []).append(statement["id"])
    return {link: sorted(ids) for link, ids in edges.items()}


def expected_nodes(selected: list[Statement], edges: Edges) -> dict[str, int]:
    """Return each actor of the network -> how many of the selected statements it made."""
    spoken = Counter(statement["speaker"] for statement in selected)
    ends = {end for source, target, _ in edges for end in (source, target)}
    return {actor: spoken[actor] for actor in sorted(set(spoken) | ends)}


def network(client: FlaskClient, query: str) -> dict[str, Any]:
    response = client.get(f"/v1/network{'?' if query else ''}{query}")
    assert response.status_code == 200, response.json
    body: dict[str, Any] = json_of(response)
    return body


def edges_of(body: dict[str, Any]) -> Edges:
    return {(e["source"], e["target"], e["relation"]): e["statements"] for e in body["edges"]}


def test_the_whole_network(client: FlaskClient) -> None:
    edges = expected_edges(STATEMENTS)
    nodes = expected_nodes(STATEMENTS, edges)
    body = network(client, "")
    assert len(body["nodes"]) == len(nodes) == 25
    assert len(body["edges"]) == len(edges) == 67
    assert {node["id"]: node["statements"] for node in body["nodes"]} == nodes
    assert edges_of(body) == edges
    assert Counter(relation for _, _, relation in edges) == Counter(
        edge["relation"] for edge in body["edges"]
    )
    assert body["links"] == {"self": "/v1/network"}


def test_macron_reports_putin_and_zelensky_and_putin_speaks_to_macron(
    client: FlaskClient,
) -> None:
    body = network(client, "")
    by_id = {edge["id"]: edge for edge in body["edges"]}
    reported_putin = sorted(
        s["id"]
        for s in STATEMENTS
        if s["speaker"] == "vladimir-putin"
        and s["reported_by"] is not None
        and BY_ID[s["reported_by"]]["speaker"] == "emmanuel-macron"
    )
    assert len(reported_putin) == 4
    assert by_id["emmanuel-macron->vladimir-putin:reported"] == {
        "id": "emmanuel-macron->vladimir-putin:reported",
        "source": "emmanuel-macron",
        "target": "vladimir-putin",
        "relation": "reported",
        "count": 4,
        "statements": reported_putin,
    }
    to_macron = sorted(
        s["id"]
        for s in STATEMENTS
        if s["speaker"] == "vladimir-putin" and "emmanuel-macron" in s["addressees"]
    )
    assert by_id["vladimir-putin->emmanuel-macron:addressed"]["statements"] == to_macron
    assert by_id["volodymyr-zelensky->emmanuel-macron:addressed"]["count"] == 1
    assert [edge["id"] for edge in body["edges"]] == sorted(
        by_id, key=lambda i: (by_id[i]["source"], by_id[i]["target"], by_id[i]["relation"])
    )


def test_a_node_is_the_compact_actor_with_its_wikidata_item_and_statement_count(
    client: FlaskClient,
) -> None:
    nodes = {node["id"]: node for node in network(client, "")["nodes"]}
    macron = ACTORS["emmanuel-macron"]
    assert nodes["emmanuel-macron"] == {
        "id": "emmanuel-macron",
        "name": macron["name"],
        "kind": macron["kind"],
        "wikidata": "Q3052772",
        "statements": sum(1 for s in STATEMENTS if s["speaker"] == "emmanuel-macron"),
        "links": {
            "self": "/v1/actors/emmanuel-macron",
            "wikidata": "https://www.wikidata.org/wiki/Q3052772",
        },
    }
    unlinked = next(actor for actor in nodes if ACTORS[actor]["wikidata"] is None)
    assert nodes[unlinked]["wikidata"] is None
    assert nodes[unlinked]["links"] == {"self": f"/v1/actors/{unlinked}"}
    # Every node is a real actor, named as the actors collection names it.
    assert all(node["name"] == ACTORS[actor]["name"] for actor, node in nodes.items())


#: Filters, and which statements each selects, said in plain Python.
FILTERS: dict[str, Callable[[Statement], bool]] = {
    "topic=diplomacy": lambda s: "diplomacy" in s["topics"],
    "speaker=emmanuel-macron": lambda s: s["speaker"] == "emmanuel-macron",
    "speaker=vladimir-putin,volodymyr-zelensky": lambda s: (
        s["speaker"] in ("vladimir-putin", "volodymyr-zelensky")
    ),
    "said_from=2022-02-08": lambda s: overlaps(s["said_on"], "2022-02-08", None),
    "addressee=emmanuel-macron&topic=minsk-agreements": lambda s: (
        "emmanuel-macron" in s["addressees"] and "minsk-agreements" in s["topics"]
    ),
    "q=minsk&speech_type=indirect": lambda s: (
        ("minsk" in s["text"].casefold() or "minsk" in s["attribution"].casefold())
        and s["speech_type"] == "indirect"
    ),
}


@pytest.mark.parametrize("query", list(FILTERS))
def test_the_network_of_the_statements_a_filter_selects(client: FlaskClient, query: str) -> None:
    selected = [statement for statement in STATEMENTS if FILTERS[query](statement)]
    assert selected, "each filter selects something"
    edges = expected_edges(selected)
    nodes = expected_nodes(selected, edges)
    body = network(client, query)
    assert {node["id"]: node["statements"] for node in body["nodes"]} == nodes
    assert edges_of(body) == edges
    assert all(edge["count"] == len(edge["statements"]) for edge in body["edges"])
    assert len(body["edges"]) < 67


def test_a_reported_edge_stands_for_the_statements_reported_when_the_reporter_is_not_selected(
    client: FlaskClient,
) -> None:
    body = network(client, "speaker=vladimir-putin")
    reported = [edge for edge in body["edges"] if edge["relation"] == "reported"]
    assert [edge["source"] for edge in reported] == ["emmanuel-macron"]
    nodes = {node["id"]: node["statements"] for node in body["nodes"]}
    assert nodes["emmanuel-macron"] == 0
    assert nodes["vladimir-putin"] == sum(1 for s in STATEMENTS if s["speaker"] == "vladimir-putin")


def test_a_filter_that_selects_nothing_gives_an_empty_network(client: FlaskClient) -> None:
    assert network(client, "speaker=nobody") == {
        "nodes": [],
        "edges": [],
        "total_edges": 0,
        "truncated": False,
        "links": {"self": "/v1/network?speaker=nobody"},
    }


def test_the_whole_network_is_not_truncated_by_default(client: FlaskClient) -> None:
    body = network(client, "")
    assert (body["total_edges"], body["truncated"]) == (len(expected_edges(STATEMENTS)), False)


@pytest.mark.parametrize("limit", [1, 5, 12])
def test_edge_limit_keeps_the_heaviest_edges_and_their_ends(
    client: FlaskClient, limit: int
) -> None:
    edges = expected_edges(STATEMENTS)
    heaviest = sorted(edges, key=lambda link: (-len(edges[link]), link))[:limit]
    body = network(client, f"edge_limit={limit}")
    assert edges_of(body) == {link: edges[link] for link in sorted(heaviest)}
    assert [edge["count"] for edge in body["edges"]] == [
        len(edges[link]) for link in sorted(heaviest)
    ]
    assert (body["total_edges"], body["truncated"]) == (len(edges), True)
    spoken = Counter(statement["speaker"] for statement in STATEMENTS)
    ends = sorted({end for source, target, _ in heaviest for end in (source, target)})
    assert [(node["id"], node["statements"]) for node in body["nodes"]] == [
        (actor, spoken[actor]) for actor in ends
    ]
    assert body["links"]["self"] == f"/v1/network?edge_limit={limit}"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("0", "Must be between 1 and 2000."),
        ("2001", "Must be between 1 and 2000."),
        ("many", "Not a valid integer."),
    ],
)
def test_a_bad_edge_limit_is_400(client: FlaskClient, value: str, message: str) -> None:
    assert _problem(client, f"edge_limit={value}")["errors"] == {"edge_limit": [message]}


def test_the_self_link_is_the_query_in_its_canonical_form(client: FlaskClient) -> None:
    body = network(client, "topic=diplomacy&speaker=emmanuel-macron&speaker=vladimir-putin")
    assert body["links"] == {
        "self": "/v1/network?speaker=emmanuel-macron,vladimir-putin&topic=diplomacy"
    }
    assert network(client, body["links"]["self"].partition("?")[2]) == body


def _problem(client: FlaskClient, query: str) -> dict[str, Any]:
    response = client.get(f"/v1/network?{query}")
    assert response.status_code == 400
    assert response.headers["Content-Type"] == "application/problem+json"
    assert response.headers["Cache-Control"] == "no-store"
    body: dict[str, Any] = json_of(response)
    assert body["type"] == "/problems/invalid-parameters"
    return body


def test_a_bad_filter_value_is_400_as_on_the_statements(client: FlaskClient) -> None:
    body = _problem(client, "topic=weather")
    assert body["errors"] == {"topic": [f"Value 1: Must be one of: {', '.join(TOPICS)}."]}
    statements = json_of(client.get("/v1/statements?topic=weather"))
    assert statements["errors"] == body["errors"]
    assert _problem(client, "said_from=2022-02-30")["errors"] == {
        "said_from": ["Not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)."]
    }
    assert _problem(client, "said_from=2022&said_from=2023")["errors"] == {
        "said_from": ["Given more than once; this parameter takes one value."]
    }


@pytest.mark.parametrize("name", ["limit", "offset", "sort", "facets", "format", "colour"])
def test_paging_sorting_and_unknown_parameters_are_400(client: FlaskClient, name: str) -> None:
    assert _problem(client, f"{name}=1")["errors"] == {name: [UNKNOWN_PARAMETER]}


def test_a_current_etag_gets_304_and_head_the_get_headers(client: FlaskClient) -> None:
    url = "/v1/network?topic=diplomacy"
    first = client.get(url)
    assert first.headers["Cache-Control"] == "public, max-age=300"
    again = client.get(url, headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304
    assert again.data == b""
    assert again.headers["ETag"] == first.headers["ETag"]
    assert (
        client.get("/v1/network", headers={"If-None-Match": first.headers["ETag"]}).status_code
        == 200
    )
    head = client.head(url)
    assert head.status_code == 200
    assert head.data == b""
    for name in ("Content-Type", "Content-Length", "ETag", "Cache-Control", "Vary"):
        assert head.headers[name] == first.headers[name]


def test_an_edge_lists_its_first_ids_and_counts_them_all(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(api.catalog, "EDGE_STATEMENT_IDS", 2)
    macron = [statement for statement in STATEMENTS if statement["speaker"] == "emmanuel-macron"]
    edges = expected_edges(macron)
    body = network(client, "speaker=emmanuel-macron&edge_limit=1999")
    assert {
        (e["source"], e["target"], e["relation"]): (e["count"], e["statements"])
        for e in body["edges"]
    } == {link: (len(ids), ids[:2]) for link, ids in edges.items()}
    assert any(len(ids) > 2 for ids in edges.values())


def computed_network(
    connection: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
    query: Query,
    edge_limit: int,
    ids_per_edge: int = 2,
) -> Network:
    """Return the network of ``query`` computed on request, whatever was computed ahead."""
    with monkeypatch.context() as patch:
        patch.setattr(api.dataset.network, "precomputed_key", lambda query: None)
        return api.dataset.network.network(
            connection, query, edge_limit=edge_limit, ids_per_edge=ids_per_edge
        )


@pytest.mark.parametrize("edge_limit", [0, 1, 5, 12, MAX_NETWORK_EDGES])
def test_a_network_computed_on_request_is_the_one_computed_ahead(
    connection: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch, edge_limit: int
) -> None:
    assert connection.execute(
        "SELECT count(*) FROM selection_networks WHERE filter = ? AND value = ?", EVERYTHING
    ).fetchone() == (1,)
    ahead = api.dataset.network.network(connection, Query(), edge_limit=edge_limit, ids_per_edge=2)
    assert ahead.total_edges == len(expected_edges(STATEMENTS))
    assert computed_network(connection, monkeypatch, Query(), edge_limit) == ahead


@pytest.mark.parametrize("edge_limit", [0, 1])
def test_a_network_computed_on_request_of_no_statement_is_empty(
    connection: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch, edge_limit: int
) -> None:
    nobody = Query(filters={"speaker": ("nobody",)})
    assert computed_network(connection, monkeypatch, nobody, edge_limit) == Network([], [], 0)


def test_a_network_computed_on_request_past_the_deadline_stops(
    connection: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    connection.set_progress_handler(over_budget, 1)
    with within(0.0), pytest.raises(BudgetExceeded):
        computed_network(connection, monkeypatch, Query(), MAX_NETWORK_EDGES)


def test_a_network_of_more_statements_than_its_bound_is_refused_before_any_link(
    connection: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch, client: FlaskClient
) -> None:
    # Peskov made 3 statements; the bound set at 2, then at 3.
    peskov = Query(filters={"speaker": ("dmitry-peskov",)})
    assert sum(s["speaker"] == "dmitry-peskov" for s in STATEMENTS) == 3
    monkeypatch.setattr(api.dataset.network, "MAX_NETWORK_STATEMENTS", 2)
    run: list[str] = []
    connection.set_trace_callback(run.append)
    with pytest.raises(BudgetExceeded):
        computed_network(connection, monkeypatch, peskov, MAX_NETWORK_EDGES)
    connection.set_trace_callback(None)
    assert not any("links" in sql for sql in run)
    # Over HTTP, a query too costly: the 422 problem, whose type states the bound.
    response = client.get("/v1/network?speaker=dmitry-peskov&speech_type=indirect,direct,mixed")
    assert response.status_code == 422
    assert json_of(response)["type"] == "/problems/query-too-costly"
    monkeypatch.setattr(api.dataset.network, "MAX_NETWORK_STATEMENTS", 3)
    found = computed_network(connection, monkeypatch, peskov, MAX_NETWORK_EDGES)
    selected = [s for s in STATEMENTS if s["speaker"] == "dmitry-peskov"]
    assert found.total_edges == len(expected_edges(selected))


def test_the_bound_of_a_network_is_the_one_its_problem_type_and_the_guide_state(
    client: FlaskClient,
) -> None:
    stated = f"{MAX_NETWORK_STATEMENTS:,}"
    assert stated == "50,000"
    assert (
        f"at most {stated} statements"
        in json_of(client.get("/problems/query-too-costly"))["description"]
    )
    guide = (Path(__file__).parents[2] / "docs" / "api.md").read_text()
    assert f"may hold at most {stated} of them" in guide

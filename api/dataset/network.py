"""The actor network of the statements a query selects: who spoke to, of and for whom.

How statements link actors is the spec's (``STATEMENT_NETWORK``). Every value a client
gives is a bound parameter; table and column names come from the spec only. No Flask here.
"""

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby
from typing import Any

from api.dataset.budget import budgeted
from api.dataset.ddl import list_columns
from api.dataset.queries import BOUND_PARAMETERS, Query, compact, selection_sql
from api.spec.collections import COLLECTIONS, STATEMENT_NETWORK, STATEMENTS
from api.spec.model import Collection, UnknownName
from api.spec.model import Network as NetworkSpec


@dataclass(frozen=True)
class Node:
    """An actor of the network, and how many of the selected statements it made."""

    #: The actor's compact form, and the fields the spec's ``node_fields`` add.
    actor: dict[str, Any]
    statements: int


@dataclass(frozen=True)
class Edge:
    """The selected statements that link two actors one way, in one relation."""

    source: str
    target: str
    relation: str
    #: How many statements the edge stands for.
    count: int
    #: The first of their ids, in id order.
    statements: list[str]

    @property
    def id(self) -> str:
        """Return the edge's id, ``source->target:relation``: no slug holds ``>`` or ``:``."""
        return f"{self.source}->{self.target}:{self.relation}"


@dataclass(frozen=True)
class Network:
    """Nodes by id; edges by source, target and relation; how many edges there were."""

    nodes: list[Node]
    edges: list[Edge]
    total_edges: int

    @property
    def truncated(self) -> bool:
        """Return whether edges were left out."""
        return len(self.edges) < self.total_edges


def node_collection() -> Collection:
    """Return the collection of the network's nodes: that of the statements' speakers."""
    ref = STATEMENTS.field(STATEMENT_NETWORK.source).ref
    if ref is None:
        raise UnknownName(f"the network's source {STATEMENT_NETWORK.source} names no record")
    return COLLECTIONS[ref]


def _links_sql(spec: NetworkSpec, selection: str) -> str:
    """Return the CTEs of the selected statements, their links and each link's weight."""
    source = STATEMENTS.field(spec.source).sql_column
    reported = STATEMENTS.field(spec.reported[1]).sql_column
    record = STATEMENTS.singular
    parts = []
    for relation in spec.relations.values():
        field = STATEMENTS.field(relation)
        table = STATEMENTS.list_table(field)
        value = list_columns(field)[0].sql_column
        parts.append(
            f"SELECT s.actor, l.{value}, ?, s.id FROM selected AS s "
            f"JOIN {table} AS l ON l.{record} = s.statement"
        )
    parts.append(
        f"SELECT r.{source}, s.actor, ?, s.id FROM selected AS s "
        f"JOIN {STATEMENTS.name} AS r ON r.id = s.parent"
    )
    return (
        f"WITH selected AS MATERIALIZED (SELECT t.rowid AS statement, t.id AS id, "
        f"t.{source} AS actor, t.{reported} AS parent FROM {selection}), "
        f"links (source, target, relation, id) AS MATERIALIZED ({' UNION ALL '.join(parts)}), "
        "weights AS (SELECT source, target, relation, count(*) AS weight FROM links "
        "GROUP BY 1, 2, 3) "
    )


@budgeted
def network(
    connection: sqlite3.Connection, query: Query, *, edge_limit: int, ids_per_edge: int
) -> Network:
    """Return the actor network of the statements ``query`` selects.

    Each selected statement links its speaker to each actor of each relation's list (its
    addressees: ``addressed``; the actors it mentions: ``mentioned``); a selected statement
    reported inside another links that statement's speaker to its own (``reported``),
    whether or not the query selects the reporting statement. An actor linking to itself
    keeps its edge.

    At most ``edge_limit`` edges are kept, the heaviest (most statements, then by
    source, target and relation), each listing its first ``ids_per_edge`` statement ids
    in id order and counting all of them. The nodes are every actor at an end of a kept
    edge and, when no edge was left out, every speaker of a selected statement, with
    how many selected statements each made.
    """
    spec = STATEMENT_NETWORK
    selection, params = selection_sql(STATEMENTS, query)
    links = _links_sql(spec, selection)
    bound = [*params, *spec.names]
    total = connection.execute(links + "SELECT count(*) FROM weights", bound).fetchone()[0]
    # The kept edges' first ids: ranked within each edge, in id order (ids are slugs, so
    # a comma never occurs in one, and id order is text order).
    rows = connection.execute(
        links + ", kept AS (SELECT * FROM weights "
        "ORDER BY weight DESC, source, target, relation LIMIT ?), "
        "ranked AS (SELECT l.source, l.target, l.relation, l.id, row_number() OVER ("
        "PARTITION BY l.source, l.target, l.relation ORDER BY l.id) AS position "
        "FROM links AS l JOIN kept AS k USING (source, target, relation)) "
        "SELECT k.source, k.target, k.relation, k.weight, r.id FROM kept AS k "
        "JOIN ranked AS r USING (source, target, relation) WHERE r.position <= ? "
        "ORDER BY k.source, k.target, k.relation, r.position",
        [*bound, edge_limit, ids_per_edge],
    )
    edges: list[Edge] = []
    for (source, target, relation, weight), group in groupby(rows, key=lambda row: row[:4]):
        edges.append(Edge(source, target, relation, weight, [row[4] for row in group]))
    source = STATEMENTS.field(spec.source).sql_column
    spoken = dict(
        connection.execute(f"SELECT t.{source}, count(*) FROM {selection} GROUP BY 1", params)
    )
    truncated = len(edges) < total
    members = {actor for edge in edges for actor in (edge.source, edge.target)}
    if not truncated:
        members.update(spoken)
    actors = _nodes(connection, node_collection(), sorted(members), spec.node_fields)
    nodes = [Node(actors[actor_id], spoken.get(actor_id, 0)) for actor_id in sorted(members)]
    return Network(nodes, edges, total)


def _nodes(
    connection: sqlite3.Connection,
    collection: Collection,
    actor_ids: Sequence[str],
    extra: Sequence[str],
) -> dict[str, dict[str, Any]]:
    """Return the compact form of each actor, with the ``extra`` fields, by id."""
    forms = compact(connection, collection, actor_ids)
    columns = ", ".join(collection.field(path).sql_column for path in extra)
    for start in range(0, len(actor_ids), BOUND_PARAMETERS):
        batch = actor_ids[start : start + BOUND_PARAMETERS]
        marks = ", ".join("?" * len(batch))
        for actor_id, *values in connection.execute(
            f"SELECT id, {columns} FROM {collection.name} WHERE id IN ({marks})", batch
        ):
            forms[actor_id].update(zip(extra, values, strict=True))
    return forms

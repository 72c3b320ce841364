"""The actor network of the statements a query selects: who spoke to, of and for whom.

How statements link actors is the spec's (``STATEMENT_NETWORK``). The networks of the whole
collection and of each one-value filter that selects many statements are computed when the
snapshot is built (``api.dataset.aggregates``) and read here; any other selection is
computed on request, within the request's time budget. Every value a client gives is a
bound parameter; table and column names come from the spec only. No Flask here.
"""

import sqlite3
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import groupby
from typing import Any

from api.dataset.budget import BudgetExceeded, budgeted
from api.dataset.ddl import list_columns
from api.dataset.facets import one_value
from api.dataset.queries import (
    BOUND_PARAMETERS,
    Query,
    compact,
    selection_sql,
    selectivity_of,
)
from api.spec.collections import COLLECTIONS, STATEMENT_NETWORK, STATEMENTS
from api.spec.model import Collection, UnknownName
from api.spec.values import MAX_NETWORK_STATEMENTS

#: How the first statements of a precomputed edge are kept: their rowids, as 32-bit integers.
ROWIDS = "i"
#: The key of the network of every statement: no filter, no value.
EVERYTHING = ("", "")
#: The kinds of row of the query of a network computed on request (``_network_sql``).
EDGE_ROW, SPEAKER_ROW, TOTAL_ROW = "edge", "speaker", "total"


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


def source_column() -> str:
    """Return the column of the actor a statement's links go from (its speaker)."""
    return STATEMENTS.field(STATEMENT_NETWORK.source).sql_column


def links_sql(selection: str) -> tuple[str, list[str]]:
    """Return the CTEs ``selected`` and ``links (source, target, relation, statement)`` of the
    statements ``selection`` (FROM and WHERE over ``t``) selects, and their own parameters,
    which follow the selection's.

    Each selected statement links its speaker to each actor of each relation's list; a
    selected statement reported inside another links that statement's speaker to its own.
    ``statement`` is the rowid of the selected statement: rowid order is id order.
    """
    spec = STATEMENT_NETWORK
    source = source_column()
    reported = STATEMENTS.field(spec.reported[1]).sql_column
    record = STATEMENTS.singular
    parts = []
    for relation in spec.relations.values():
        field = STATEMENTS.field(relation)
        table = STATEMENTS.list_table(field)
        value = list_columns(field)[0].sql_column
        parts.append(
            f"SELECT s.actor, l.{value}, ?, s.statement FROM selected AS s "
            f"JOIN {table} AS l ON l.{record} = s.statement"
        )
    parts.append(
        f"SELECT r.{source}, s.actor, ?, s.statement FROM selected AS s "
        f"JOIN {STATEMENTS.name} AS r ON r.id = s.parent"
    )
    sql = (
        f"WITH selected AS MATERIALIZED (SELECT t.rowid AS statement, t.{source} AS actor, "
        f"t.{reported} AS parent FROM {selection}), "
        f"links (source, target, relation, statement) AS MATERIALIZED "
        f"({' UNION ALL '.join(parts)}) "
    )
    return sql, list(spec.names)


def precomputed_key(query: Query) -> tuple[str, str] | None:
    """Return the (filter, value) of a query whose network may have been computed ahead:
    ``EVERYTHING`` for every statement, else its one filter and one value; else None."""
    if query == Query(sort=query.sort, offset=query.offset, limit=query.limit):
        return EVERYTHING
    return one_value(query)


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
    key = precomputed_key(query)
    if key is not None:
        found = _precomputed(connection, key, edge_limit, ids_per_edge)
        if found is not None:
            return found
    return _computed(connection, query, edge_limit, ids_per_edge)


def _computed(
    connection: sqlite3.Connection, query: Query, edge_limit: int, ids_per_edge: int
) -> Network:
    """Return the network of the statements ``query`` selects, computed in one statement
    over them (``_network_sql``).

    The statements are counted first, up to one more than ``MAX_NETWORK_STATEMENTS``:
    none is an empty network, and more a query too costly (BudgetExceeded) refused
    before any link is made.
    """
    selection, params = selection_sql(
        STATEMENTS, query, selectivity=selectivity_of(connection, STATEMENTS, query)
    )
    (selected,) = connection.execute(
        f"SELECT count(*) FROM (SELECT 1 FROM {selection} LIMIT ?)",
        [*params, MAX_NETWORK_STATEMENTS + 1],
    ).fetchone()
    if selected > MAX_NETWORK_STATEMENTS:
        raise BudgetExceeded(f"a network of more than {MAX_NETWORK_STATEMENTS} statements")
    if selected == 0:
        return Network([], [], 0)
    sql, relations = _network_sql(selection)
    total = 0
    spoken: dict[str, int] = {}
    # The kept edges (source, target, relation, weight) with each of their first statements.
    first: list[tuple[str, str, str, int, int]] = []
    for kind, actor, target, relation, count, statement, _ in connection.execute(
        sql, [*params, *relations, edge_limit, ids_per_edge]
    ):
        if kind == EDGE_ROW:
            first.append((actor, target, relation, count, statement))
        elif kind == SPEAKER_ROW:
            spoken[actor] = count
        else:
            total = count
    ids = _statement_ids(connection, [row[4] for row in first])
    edges = [
        Edge(source, target, relation, weight, [ids[row[4]] for row in group])
        for (source, target, relation, weight), group in groupby(first, key=lambda row: row[:4])
    ]
    truncated = len(edges) < total
    members = {actor for edge in edges for actor in (edge.source, edge.target)}
    if not truncated:
        members.update(spoken)
    return Network(_nodes(connection, sorted(members), spoken), edges, total)


def _network_sql(selection: str) -> tuple[str, list[str]]:
    """Return the query of the network of the statements ``selection`` (FROM and WHERE over
    ``t``) selects, and its own parameters, which follow the selection's and precede the
    edge limit and the number of statement ids per edge.

    Its rows are ``(kind, actor, target, relation, count, statement, position)``, of three
    kinds, all read from the selection's ``selected`` and ``links`` (``links_sql``), each
    computed once:

    - ``EDGE_ROW``: the ``position``-th statement (``statement``, a rowid) of a kept edge from
      ``actor`` to ``target`` in ``relation``, which stands for ``count`` statements; by
      source, target and relation, then in rowid (id) order;
    - ``SPEAKER_ROW``: a speaker of the selected statements, who made ``count`` of them;
    - ``TOTAL_ROW``: one, whose ``count`` is how many edges there are, kept or not.
    """
    links, relations = links_sql(selection)
    sql = (
        f"{links}, weights AS MATERIALIZED (SELECT source, target, relation, "
        "count(*) AS weight FROM links GROUP BY 1, 2, 3), "
        "kept AS MATERIALIZED (SELECT * FROM weights "
        "ORDER BY weight DESC, source, target, relation LIMIT ?), "
        # The kept edges' statements, ranked within each edge in rowid (id) order.
        "ranked AS (SELECT l.source, l.target, l.relation, l.statement, row_number() OVER ("
        "PARTITION BY l.source, l.target, l.relation ORDER BY l.statement) AS position "
        "FROM links AS l JOIN kept AS k USING (source, target, relation)) "
        f"SELECT '{EDGE_ROW}' AS kind, k.source AS actor, k.target, k.relation, "
        "k.weight AS count, r.statement, r.position FROM kept AS k "
        "JOIN ranked AS r USING (source, target, relation) WHERE r.position <= ? "
        f"UNION ALL SELECT '{SPEAKER_ROW}', actor, NULL, NULL, count(*), NULL, NULL "
        "FROM selected GROUP BY actor "
        f"UNION ALL SELECT '{TOTAL_ROW}', NULL, NULL, NULL, count(*), NULL, NULL FROM weights "
        "ORDER BY kind, actor, target, relation, position"
    )
    return sql, relations


def _precomputed(
    connection: sqlite3.Connection, key: tuple[str, str], edge_limit: int, ids_per_edge: int
) -> Network | None:
    """Return the network computed ahead for ``key``, or None when it was not."""
    found = connection.execute(
        "SELECT total_edges FROM selection_networks WHERE filter = ? AND value = ?", key
    ).fetchone()
    if found is None:
        return None
    total = int(found[0])
    rows = connection.execute(
        "SELECT source, target, relation, weight, statements FROM selection_edges "
        "WHERE filter = ? AND value = ? AND rank <= ? ORDER BY source, target, relation",
        [*key, edge_limit],
    ).fetchall()
    first = [array(ROWIDS, blob)[:ids_per_edge] for *_, blob in rows]
    ids = _statement_ids(connection, [rowid for rowids in first for rowid in rowids])
    edges = [
        Edge(source, target, relation, weight, [ids[rowid] for rowid in rowids])
        for (source, target, relation, weight, _), rowids in zip(rows, first, strict=True)
    ]
    truncated = len(edges) < total
    members = {actor for edge in edges for actor in (edge.source, edge.target)}
    spoken: dict[str, int] = {}
    for actor, count in connection.execute(
        "SELECT actor, statements FROM selection_nodes WHERE filter = ? AND value = ?", key
    ):
        spoken[actor] = count
        if not truncated:
            members.add(actor)
    return Network(_nodes(connection, sorted(members), spoken), edges, total)


def _statement_ids(connection: sqlite3.Connection, rowids: Sequence[int]) -> dict[int, str]:
    """Return the id of each statement of ``rowids``, by rowid."""
    found: dict[int, str] = {}
    distinct = sorted(set(rowids))
    for start in range(0, len(distinct), BOUND_PARAMETERS):
        batch = distinct[start : start + BOUND_PARAMETERS]
        marks = ", ".join("?" * len(batch))
        found.update(
            connection.execute(
                f"SELECT rowid, id FROM {STATEMENTS.name} WHERE rowid IN ({marks})", batch
            )
        )
    return found


def _nodes(
    connection: sqlite3.Connection, actor_ids: list[str], spoken: dict[str, int]
) -> list[Node]:
    """Return the nodes of ``actor_ids``, in their order, with their statement counts."""
    forms = _forms(connection, node_collection(), actor_ids, STATEMENT_NETWORK.node_fields)
    return [Node(forms[actor_id], spoken.get(actor_id, 0)) for actor_id in actor_ids]


def _forms(
    connection: sqlite3.Connection,
    collection: Collection,
    actor_ids: Sequence[str],
    extra: Iterable[str],
) -> dict[str, dict[str, Any]]:
    """Return the compact form of each actor, with the ``extra`` fields, by id."""
    forms = compact(connection, collection, actor_ids)
    extra = list(extra)
    columns = ", ".join(collection.field(path).sql_column for path in extra)
    for start in range(0, len(actor_ids), BOUND_PARAMETERS):
        batch = actor_ids[start : start + BOUND_PARAMETERS]
        marks = ", ".join("?" * len(batch))
        for actor_id, *values in connection.execute(
            f"SELECT id, {columns} FROM {collection.name} WHERE id IN ({marks})", batch
        ):
            forms[actor_id].update(zip(extra, values, strict=True))
    return forms

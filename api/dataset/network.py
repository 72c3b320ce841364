"""The actor network of the statements a query selects: who spoke to, of and for whom.

Every value a client gives is a bound parameter; table and column names come from
``api.dataset.tables`` only. No Flask here.
"""

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import groupby

from api.dataset.queries import BOUND_PARAMETERS, Query, selection_sql
from api.dataset.tables import STATEMENTS
from schemas.vocabulary import NETWORK_RELATIONS

ADDRESSED, MENTIONED, REPORTED = NETWORK_RELATIONS


@dataclass(frozen=True)
class Node:
    """An actor of the network, and how many of the selected statements it made."""

    id: str
    name: str
    kind: str
    wikidata: str | None
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


def network(
    connection: sqlite3.Connection, query: Query, *, edge_limit: int, ids_per_edge: int
) -> Network:
    """Return the actor network of the statements ``query`` selects.

    Each selected statement links its speaker to each of its addressees (``addressed``)
    and to each actor it mentions (``mentioned``); a selected statement reported inside
    another links that statement's speaker to its own (``reported``), whether or not the
    query selects the reporting statement. An actor linking to itself keeps its edge.

    At most ``edge_limit`` edges are kept, the heaviest (most statements, then by
    source, target and relation), each listing its first ``ids_per_edge`` statement ids
    in id order and counting all of them. The nodes are every actor at an end of a kept
    edge and, when no edge was left out, every speaker of a selected statement, with
    how many selected statements each made.
    """
    selection, params = selection_sql(STATEMENTS, query)
    links = (
        f"WITH selected AS MATERIALIZED (SELECT t.rowid AS statement, t.id AS id, "
        f"t.speaker AS speaker, t.reported_by AS reported_by FROM {selection}), "
        "links (source, target, relation, id) AS MATERIALIZED ("
        "SELECT s.speaker, a.actor, ?, s.id FROM selected AS s "
        "JOIN statement_addressees AS a ON a.statement = s.statement "
        "UNION ALL SELECT s.speaker, m.actor, ?, s.id FROM selected AS s "
        "JOIN statement_mentions AS m ON m.statement = s.statement "
        "UNION ALL SELECT r.speaker, s.speaker, ?, s.id FROM selected AS s "
        "JOIN statements AS r ON r.id = s.reported_by), "
        "weights AS (SELECT source, target, relation, count(*) AS weight FROM links "
        "GROUP BY 1, 2, 3) "
    )
    bound = [*params, ADDRESSED, MENTIONED, REPORTED]
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
    spoken = dict(
        connection.execute(f"SELECT t.speaker, count(*) FROM {selection} GROUP BY 1", params)
    )
    truncated = len(edges) < total
    members = {actor for edge in edges for actor in (edge.source, edge.target)}
    if not truncated:
        members.update(spoken)
    nodes = [
        Node(actor_id, name, kind, wikidata, spoken.get(actor_id, 0))
        for actor_id, name, kind, wikidata in _actors(connection, sorted(members))
    ]
    return Network(nodes, edges, total)


def _actors(
    connection: sqlite3.Connection, actor_ids: list[str]
) -> Iterable[tuple[str, str, str, str | None]]:
    """Yield (id, name, kind, wikidata) of each of ``actor_ids``, in their order."""
    found: dict[str, tuple[str, str, str, str | None]] = {}
    for start in range(0, len(actor_ids), BOUND_PARAMETERS):
        batch = actor_ids[start : start + BOUND_PARAMETERS]
        marks = ", ".join("?" * len(batch))
        for row in connection.execute(
            f"SELECT id, name, kind, wikidata FROM actors WHERE id IN ({marks})", batch
        ):
            found[row[0]] = row
    return (found[actor_id] for actor_id in actor_ids)

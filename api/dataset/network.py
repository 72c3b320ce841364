"""The actor network of the statements a query selects: who spoke to, of and for whom.

Every value a client gives is a bound parameter; table and column names come from
``api.dataset.tables`` only. No Flask here.
"""

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

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
    #: Their ids, in id order.
    statements: list[str]

    @property
    def id(self) -> str:
        """Return the edge's id, ``source->target:relation``: no slug holds ``>`` or ``:``."""
        return f"{self.source}->{self.target}:{self.relation}"

    @property
    def count(self) -> int:
        """Return how many statements the edge stands for."""
        return len(self.statements)


@dataclass(frozen=True)
class Network:
    """Nodes by id; edges by source, target and relation."""

    nodes: list[Node]
    edges: list[Edge]


def network(connection: sqlite3.Connection, query: Query) -> Network:
    """Return the actor network of the statements ``query`` selects.

    Each selected statement links its speaker to each of its addressees (``addressed``)
    and to each actor it mentions (``mentioned``); a selected statement reported inside
    another links that statement's speaker to its own (``reported``), whether or not the
    query selects the reporting statement. An actor linking to itself keeps its edge.
    The nodes are every actor at an end of an edge and every speaker of a selected
    statement, with how many selected statements each made.
    """
    selection, params = selection_sql(STATEMENTS, query)
    # Ids are slugs: a comma never occurs in one. Concatenation has no set order (before
    # SQLite 3.44), so each edge's ids are put in order here; id order is text order.
    rows = connection.execute(
        f"WITH selected AS MATERIALIZED (SELECT t.rowid AS statement, t.id AS id, "
        f"t.speaker AS speaker, t.reported_by AS reported_by FROM {selection}), "
        "links (source, target, relation, id) AS ("
        "SELECT s.speaker, a.actor, ?, s.id FROM selected AS s "
        "JOIN statement_addressees AS a ON a.statement = s.statement "
        "UNION ALL SELECT s.speaker, m.actor, ?, s.id FROM selected AS s "
        "JOIN statement_mentions AS m ON m.statement = s.statement "
        "UNION ALL SELECT r.speaker, s.speaker, ?, s.id FROM selected AS s "
        "JOIN statements AS r ON r.id = s.reported_by) "
        "SELECT source, target, relation, group_concat(id, ',') FROM links "
        "GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
        [*params, ADDRESSED, MENTIONED, REPORTED],
    )
    edges = [
        Edge(source, target, relation, sorted(ids.split(",")))
        for source, target, relation, ids in rows
    ]
    spoken = dict(
        connection.execute(f"SELECT t.speaker, count(*) FROM {selection} GROUP BY 1", params)
    )
    members = set(spoken)
    for edge in edges:
        members.update((edge.source, edge.target))
    nodes = [
        Node(actor_id, name, kind, wikidata, spoken.get(actor_id, 0))
        for actor_id, name, kind, wikidata in _actors(connection, sorted(members))
    ]
    return Network(nodes, edges)


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

"""What a build counts ahead, so that no request has to: aggregates over large selections.

- ``filter_counts``: how many records hold each value of each filter (the total of a
  one-filter query, and the facets of a whole collection);
- ``selections``: the one-value filters that select at least ``threshold`` records (and
  the whole collection); for each of them
- ``selection_facets``: the first values of every facet (``MAX_FACET_SIZE`` + 1 of them,
  enough to say whether more were left out), and
- ``selection_networks``, ``selection_edges``, ``selection_nodes``: the statements' actor
  network: how many edges, the ``MAX_NETWORK_EDGES`` heaviest with the rowids of their
  first ``EDGE_STATEMENT_IDS`` statements, and the statement count of each actor a kept
  edge names (of every speaker, when no edge is left out).

A smaller selection is counted on request: below the threshold, that takes milliseconds.
"""

import sqlite3
from array import array
from collections.abc import Callable
from itertools import groupby

from api.dataset.ddl import json_table, record_columns
from api.dataset.network import EVERYTHING, ROWIDS, links_sql, source_column
from api.dataset.sql import filter_source
from api.spec.collections import RECORD_COLLECTIONS, STATEMENTS, TOPICS_COLLECTION
from api.spec.model import Collection
from api.spec.values import EDGE_STATEMENT_IDS, MAX_FACET_SIZE, MAX_NETWORK_EDGES
from api.spec.vocabulary import TOPICS

#: A one-value filter selecting this many records or more has its facets and network
#: counted at build: counting fewer on request takes milliseconds.
THRESHOLD = 2000


def write_filter_counts(connection: sqlite3.Connection) -> None:
    """Count the records of every value of every filter: the total of a one-filter query."""
    for collection in RECORD_COLLECTIONS.values():
        for filter_ in collection.filters:
            table, _, value = filter_source(collection, filter_.name)
            connection.execute(
                "INSERT INTO filter_counts (collection, filter, value, count) "
                f"SELECT ?, ?, {value}, count(*) FROM {table} WHERE {value} IS NOT NULL "
                f"GROUP BY {value}",
                (collection.name, filter_.name),
            )


def write_topics(
    connection: sqlite3.Connection, render: Callable[[dict[str, object]], bytes]
) -> None:
    """Write the topic vocabulary, each topic with how many records its filter selects."""
    counted, name = TOPICS_COLLECTION.counted_by
    table, _, value = filter_source(RECORD_COLLECTIONS[counted], name)
    counts = dict(connection.execute(f"SELECT {value}, count(*) FROM {table} GROUP BY 1"))
    columns = record_columns(TOPICS_COLLECTION)
    records = [
        dict(zip(columns, (term, TOPICS[term], counts.get(term, 0)), strict=True))
        for term in sorted(TOPICS)
    ]
    connection.executemany(
        f"INSERT INTO {TOPICS_COLLECTION.name} (rowid, {', '.join(columns)}) "
        f"VALUES (?, {', '.join('?' * len(columns))})",
        [(rowid, *record.values()) for rowid, record in enumerate(records, start=1)],
    )
    connection.executemany(
        f"INSERT INTO {json_table(TOPICS_COLLECTION)} (rowid, json) VALUES (?, ?)",
        [(rowid, render(record)) for rowid, record in enumerate(records, start=1)],
    )


def _large(
    connection: sqlite3.Connection, collection: Collection, name: str, threshold: int
) -> list[str]:
    """Return the values of filter ``name`` that select at least ``threshold`` records."""
    return [
        value
        for (value,) in connection.execute(
            "SELECT value FROM filter_counts WHERE collection = ? AND filter = ? AND count >= ? "
            "ORDER BY value",
            (collection.name, name, threshold),
        )
    ]


def write_selections(connection: sqlite3.Connection, threshold: int | None = None) -> None:
    """List the large one-value selections (``THRESHOLD`` records or more, unless told),
    and count their facets ahead."""
    threshold = THRESHOLD if threshold is None else threshold
    for collection in RECORD_COLLECTIONS.values():
        for filter_ in collection.filters:
            values = _large(connection, collection, filter_.name, threshold)
            if not values:
                continue
            connection.executemany(
                "INSERT INTO selections (collection, filter, value) VALUES (?, ?, ?)",
                [(collection.name, filter_.name, value) for value in values],
            )
            for facet in collection.facets:
                if facet != filter_.name:
                    _write_facet(connection, collection, filter_.name, facet)


def _write_facet(
    connection: sqlite3.Connection, collection: Collection, name: str, facet: str
) -> None:
    """Count the first values of ``facet`` among the records of each large value of ``name``."""
    table, record, value = filter_source(collection, name)
    counted, counted_record, counted_value = filter_source(collection, facet)
    connection.execute(
        "INSERT INTO selection_facets (collection, filter, value, facet, rank, facet_value, "
        "count) SELECT ?, ?, value, ?, rank, facet_value, count FROM ("
        f"SELECT f.{value} AS value, g.{counted_value} AS facet_value, count(*) AS count, "
        f"row_number() OVER (PARTITION BY f.{value} ORDER BY count(*) DESC, g.{counted_value}) "
        f"AS rank FROM {table} AS f JOIN {counted} AS g ON g.{counted_record} = f.{record} "
        f"WHERE f.{value} IN (SELECT value FROM selections WHERE collection = ? AND filter = ?) "
        f"AND g.{counted_value} IS NOT NULL GROUP BY 1, 2) WHERE rank <= ?",
        (collection.name, name, facet, collection.name, name, MAX_FACET_SIZE + 1),
    )


def write_networks(connection: sqlite3.Connection) -> None:
    """Compute ahead the network of every statement, and of each large one-value selection."""
    links, relations = links_sql(f"{STATEMENTS.name} AS t")
    connection.execute(f"CREATE TEMP TABLE all_links AS {links} SELECT * FROM links", relations)
    connection.execute("CREATE INDEX temp.all_links_statement ON all_links (statement)")
    filter_name, value = EVERYTHING
    everything = f"SELECT '{value}' AS value, rowid AS statement FROM {STATEMENTS.name}"
    _write_networks(connection, filter_name, everything)
    for filter_ in STATEMENTS.filters:
        table, record, value = filter_source(STATEMENTS, filter_.name)
        _write_networks(
            connection,
            filter_.name,
            f"SELECT f.{value} AS value, f.{record} AS statement FROM {table} AS f "
            f"WHERE f.{value} IN (SELECT value FROM selections WHERE collection = "
            f"'{STATEMENTS.name}' AND filter = '{filter_.name}')",
        )
    connection.execute("DROP TABLE temp.all_links")


def _write_networks(connection: sqlite3.Connection, name: str, selected: str) -> None:
    """Write the networks of the selections of filter ``name``: ``selected`` gives each
    selected statement's rowid (``statement``) under its selection's ``value``."""
    connection.execute(f"CREATE TEMP TABLE selected AS {selected}")
    connection.execute(
        "CREATE TEMP TABLE weights AS SELECT s.value, l.source, l.target, l.relation, "
        "count(*) AS weight, row_number() OVER (PARTITION BY s.value "
        "ORDER BY count(*) DESC, l.source, l.target, l.relation) AS rank "
        "FROM temp.selected AS s JOIN temp.all_links AS l USING (statement) GROUP BY 1, 2, 3, 4"
    )
    connection.execute(
        "INSERT INTO selection_networks (filter, value, total_edges) "
        "SELECT ?, value, count(*) FROM temp.weights GROUP BY value",
        (name,),
    )
    rows = connection.execute(
        "SELECT w.value, w.rank, w.source, w.target, w.relation, w.weight, f.statement "
        "FROM temp.weights AS w JOIN (SELECT s.value, l.source, l.target, l.relation, "
        "l.statement, row_number() OVER (PARTITION BY s.value, l.source, l.target, l.relation "
        "ORDER BY l.statement) AS position FROM temp.selected AS s "
        "JOIN temp.all_links AS l USING (statement)) AS f "
        "USING (value, source, target, relation) "
        "WHERE w.rank <= ? AND f.position <= ? ORDER BY w.value, w.rank, f.position",
        (MAX_NETWORK_EDGES, EDGE_STATEMENT_IDS),
    )
    connection.executemany(
        "INSERT INTO selection_edges (filter, value, rank, source, target, relation, weight, "
        "statements) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (name, *edge, array(ROWIDS, [row[6] for row in group]).tobytes())
            for edge, group in groupby(rows, key=lambda row: row[:6])
        ),
    )
    # Each actor of a kept edge and, where no edge is left out, every speaker: with how
    # many of the selected statements each made (none, for an actor only spoken of).
    connection.execute(
        "CREATE TEMP TABLE members (value, actor, PRIMARY KEY (value, actor)) WITHOUT ROWID"
    )
    connection.execute(
        "INSERT OR IGNORE INTO temp.members SELECT value, source FROM temp.weights "
        "WHERE rank <= ?1 UNION SELECT value, target FROM temp.weights WHERE rank <= ?1",
        (MAX_NETWORK_EDGES,),
    )
    connection.execute(
        "INSERT INTO selection_nodes (filter, value, actor, statements) "
        f"SELECT ?1, s.value, t.{source_column()}, count(*) FROM temp.selected AS s "
        f"JOIN {STATEMENTS.name} AS t ON t.rowid = s.statement "
        "WHERE s.value IN (SELECT value FROM selection_networks WHERE filter = ?1 "
        "AND total_edges <= ?2) OR EXISTS (SELECT 1 FROM temp.members AS m "
        f"WHERE m.value = s.value AND m.actor = t.{source_column()}) GROUP BY 2, 3",
        (name, MAX_NETWORK_EDGES),
    )
    for table in ("selected", "weights", "members"):
        connection.execute(f"DROP TABLE temp.{table}")

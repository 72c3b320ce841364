"""How the engine phrases its SQL: sort columns, list filters, hits scanned, short searches.

The answers of generated queries are held to a reference in ``test_queries.py``; these
tests hold the choices the answers do not show: which way into the records each query
takes, on the real dataset's snapshot.
"""

import sqlite3
from collections.abc import Iterator

import orjson
import pytest
from flask import Flask

from api.dataset.queries import Query, select, selection_sql
from api.dataset.records import Dataset
from api.dataset.snapshot import connect_read_only
from api.dataset.sql import searched_texts
from api.spec.collections import STATEMENTS
from api.spec.model import UnknownName
from api.web.context import current


@pytest.fixture
def connection(dossier: Flask) -> Iterator[sqlite3.Connection]:
    """Return a connection of its own to the real dataset's snapshot."""
    with dossier.app_context():
        path = current().catalog.snapshot.path
    connection = connect_read_only(path)
    yield connection
    connection.close()


def selects(connection: sqlite3.Connection, query: Query) -> list[str]:
    """Return the SQL of the statements ``select`` runs for ``query``."""
    run: list[str] = []
    connection.set_trace_callback(run.append)
    try:
        select(connection, STATEMENTS, query)
    finally:
        connection.set_trace_callback(None)
    return [sql for sql in run if sql.startswith("SELECT t.rowid FROM")]


def test_a_sort_field_has_a_column_each_way_and_id_has_none() -> None:
    assert STATEMENTS.sort_column("said_on") == "sort_said_on"
    assert STATEMENTS.sort_column("-said_on") == "sort_said_on_desc"
    # id sorts by rowid; a name that is no sort field is a bug of the caller, refused by
    # a real exception (not an assert, which ``python -O`` removes).
    for name in ("id", "-id", "colour", "-colour", "said_on; DROP TABLE statements"):
        with pytest.raises(UnknownName, match="statements has no sort"):
            STATEMENTS.sort_column(name)


def test_a_list_filter_probes_its_join_table_when_a_column_filter_narrows_first() -> None:
    alone, _ = selection_sql(STATEMENTS, Query(filters={"topic": ("aid",)}))
    assert "t.rowid IN (SELECT statement FROM statement_topics WHERE topic IN (?))" in alone
    narrowed, params = selection_sql(
        STATEMENTS, Query(filters={"speaker": ("dmitry-peskov",), "topic": ("aid",)})
    )
    assert "EXISTS (SELECT 1 FROM statement_topics WHERE statement = t.rowid" in narrowed
    assert "t.speaker IN (?)" in narrowed
    assert params == ["dmitry-peskov", "aid"]


@pytest.mark.parametrize(
    ("search", "sort", "scans"),
    [
        # 43 of the 60 statements: dense; sorted by a field, its index is scanned.
        ("the", ("said_on",), True),
        ("the", ("-speaker", "id"), True),
        # Dense, but in rowid order: the hits are the way in.
        ("the", ("id",), False),
        # One hit: it is the way in, whatever the order.
        ("Nord Stream", ("said_on",), False),
    ],
)
def test_many_hits_sorted_by_a_field_are_kept_while_scanning_its_index(
    connection: sqlite3.Connection, search: str, sort: tuple[str, ...], scans: bool
) -> None:
    [sql] = selects(connection, Query(search=search, sort=sort, limit=10))
    # A unary + keeps SQLite from looking the hits up by rowid.
    assert ("+t.rowid IN (SELECT rowid FROM statements_fts" in sql) is scans
    assert "t.rowid IN (SELECT rowid FROM statements_fts" in sql


def test_a_short_search_ranked_by_relevance_ranks_every_hit_alike(
    connection: sqlite3.Connection, real_dataset: Dataset
) -> None:
    # Shorter than a trigram, "pe" is looked for text by text: no score tells hits apart.
    hits = [
        record_id
        for record_id, record in real_dataset.records["statements"].items()
        if any("pe" in text.casefold() for _, text in searched_texts(STATEMENTS, record))
    ]
    page = select(connection, STATEMENTS, Query(search="pe", sort=("relevance",)))
    assert [orjson.loads(item)["id"] for item in page.items] == sorted(hits)
    assert page.total == len(hits) == 21

"""How the engine phrases its SQL: sort columns, list filters, hits scanned, short searches.

The answers of generated queries are held to a reference in ``test_queries.py``; these
tests hold the choices the answers do not show: which way into the records each query
takes, on the real dataset's snapshot.
"""

import sqlite3

import orjson
import pytest

from api.dataset.facets import Facet, facet
from api.dataset.queries import Query, Selectivity, select, selection_sql, selectivity_of
from api.dataset.records import Dataset
from api.dataset.sql import searched_texts
from api.spec.collections import STATEMENTS
from api.spec.model import UnknownName


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


def test_a_short_search_is_a_test_of_each_record_a_filter_selects() -> None:
    alone, _ = selection_sql(STATEMENTS, Query(search="pe"))
    assert "t.rowid IN (SELECT rowid FROM statements WHERE" in alone
    filtered, params = selection_sql(
        STATEMENTS, Query(search="pe", filters={"speaker": ("dmitry-peskov",)})
    )
    assert "statements WHERE" not in filtered
    assert "(t.text LIKE ? ESCAPE '\\' OR t.attribution LIKE ? ESCAPE '\\')" in filtered
    assert params == ["%pe%", "%pe%", "dmitry-peskov"]


@pytest.mark.parametrize(
    ("filters", "narrow"),
    [
        # 64 statements: a filter selecting none is one in 100 or fewer; any other is not.
        ({"speaker": ("nobody",)}, True),
        ({"speaker": ("dmitry-peskov",)}, False),
        ({"speaker": ("dmitry-peskov",), "topic": ("nobody",)}, True),
    ],
)
def test_a_filter_selecting_few_records_narrows_a_search_of_the_index_to_a_test_of_each(
    connection: sqlite3.Connection, filters: dict[str, tuple[str, ...]], narrow: bool
) -> None:
    query = Query(search="Kremlin", filters=filters)
    selectivity = selectivity_of(connection, STATEMENTS, query)
    assert selectivity is not None
    assert selectivity.narrow is narrow
    sql, _ = selection_sql(STATEMENTS, query, selectivity=selectivity)
    assert ("statements_fts" not in sql) is narrow
    assert ("t.text LIKE ?" in sql) is narrow


def test_the_filter_selecting_fewest_records_is_the_way_in(
    connection: sqlite3.Connection,
) -> None:
    # As the build counted them: 1 statement of the 64 speaks of aid, 9 are direct speech.
    query = Query(filters={"speech_type": ("direct",), "topic": ("aid",)})
    selectivity = selectivity_of(connection, STATEMENTS, query)
    assert selectivity is not None
    assert dict(selectivity.counts) == {"speech_type": 9, "topic": 1}
    assert selectivity.way_in == "topic"
    sql, _ = selection_sql(STATEMENTS, query, selectivity=selectivity)
    assert "t.rowid IN (SELECT statement FROM statement_topics WHERE topic IN (?))" in sql
    # Without the counts, a column filter is taken to narrow first.
    sql, _ = selection_sql(STATEMENTS, query)
    assert "EXISTS (SELECT 1 FROM statement_topics WHERE statement = t.rowid" in sql


@pytest.mark.parametrize("search", ["Kremlin", "kREMLIN", "tro", "Élysée", "’s", "’"])
@pytest.mark.parametrize("filters", [{}, {"speech_type": ("direct",)}, {"topic": ("aid",)}])
def test_a_search_tested_record_by_record_finds_what_the_index_finds(
    connection: sqlite3.Connection, search: str, filters: dict[str, tuple[str, ...]]
) -> None:
    query = Query(search=search, filters=filters)
    found = {}
    # Counted as if every filter selected no record: each is narrow, and the way in.
    for narrow in (False, True):
        selectivity = Selectivity(dict.fromkeys(filters, 0), 64) if narrow and filters else None
        sql, params = selection_sql(STATEMENTS, query, selectivity=selectivity)
        rows = connection.execute(f"SELECT t.id FROM {sql}", params)  # noqa: S608 (the spec's SQL)
        found[narrow] = sorted(row[0] for row in rows)
    assert found[True] == found[False]
    if search == "Kremlin" and not filters:
        assert len(found[True]) == 3


def test_many_hits_of_a_short_search_are_tested_while_scanning_the_sort_index(
    connection: sqlite3.Connection,
) -> None:
    # "pe": 21 of the 64 statements, dense; no index finds it, so each record the said_on
    # index gives is tested, until the page is full, instead of listing every hit first.
    [sql] = selects(connection, Query(search="pe", sort=("said_on",), limit=10))
    assert "WHERE (t.text LIKE '%pe%' ESCAPE '\\' OR t.attribution LIKE '%pe%'" in sql
    assert "IN (SELECT rowid FROM statements WHERE" not in sql
    # Ranked by relevance, a short search ranks every hit alike: no ranking is joined.
    [sql] = selects(connection, Query(search="pe", sort=("relevance", "said_on"), limit=10))
    assert "hits.score" not in sql
    assert "t.text LIKE '%pe%'" in sql


def test_a_column_filter_selecting_more_records_is_a_test_of_each_the_way_in_finds(
    connection: sqlite3.Connection,
) -> None:
    # As the build counted them: 4 statements are in the video, 58 in the body, 9 direct.
    query = Query(filters={"section": ("video",), "speech_type": ("direct",)})
    selectivity = selectivity_of(connection, STATEMENTS, query)
    assert selectivity is not None
    assert selectivity.way_in == "section"
    sql, _ = selection_sql(STATEMENTS, query, selectivity=selectivity)
    assert "t.evidence_section IN (?) AND +t.speech_type IN (?)" in sql
    query = Query(filters={"section": ("body",), "speech_type": ("direct",)})
    sql, _ = selection_sql(
        STATEMENTS, query, selectivity=selectivity_of(connection, STATEMENTS, query)
    )
    assert "+t.evidence_section IN (?) AND t.speech_type IN (?)" in sql


@pytest.mark.parametrize(
    ("sort", "backwards"),
    [
        (("said_on",), "t.sort_said_on DESC, t.rowid DESC"),
        (
            ("-speaker", "paragraph"),
            "t.sort_speaker_desc DESC, t.sort_paragraph DESC, t.rowid DESC",
        ),
        (("-id",), "t.rowid"),
    ],
)
def test_a_page_nearer_the_end_is_read_backwards_from_the_end(
    connection: sqlite3.Connection, sort: tuple[str, ...], backwards: str
) -> None:
    every = select(connection, STATEMENTS, Query(sort=sort, limit=100))
    assert every.total == len(every.items) == 64
    # 50 matches precede the page of 10, 4 follow it: the 4 are skipped from the end.
    [sql] = selects(connection, Query(sort=sort, offset=50, limit=10))
    assert sql.endswith(f"ORDER BY {backwards} LIMIT 10 OFFSET 4")
    page = select(connection, STATEMENTS, Query(sort=sort, offset=50, limit=10))
    assert page.items == every.items[50:60]
    # The last page is cut to the matches left; a page past the end reads no record.
    [sql] = selects(connection, Query(sort=sort, offset=60, limit=10))
    assert sql.endswith("LIMIT 4 OFFSET 0")
    assert (
        select(connection, STATEMENTS, Query(sort=sort, offset=60, limit=10)).items
        == (every.items[60:])
    )
    assert selects(connection, Query(sort=sort, offset=64, limit=10)) == []
    # A page nearer the start is read forwards.
    [sql] = selects(connection, Query(sort=sort, offset=20, limit=10))
    assert sql.endswith("LIMIT 10 OFFSET 20")


def test_a_sort_field_that_a_filter_of_one_value_fixes_is_left_out_of_the_order(
    connection: sqlite3.Connection,
) -> None:
    # Every direct statement ranks the same by speech type: the order is the rest's.
    direct = Query(filters={"speech_type": ("direct",)}, sort=("-speech_type",), limit=20)
    [sql] = selects(connection, direct)
    assert sql.endswith("ORDER BY t.rowid LIMIT 9 OFFSET 0")
    page = select(connection, STATEMENTS, direct)
    unsorted = select(connection, STATEMENTS, Query(filters=direct.filters, limit=20))
    assert page.items == unsorted.items
    assert page.total == 9
    # Two values are not one: the sort stays.
    two = Query(filters={"speech_type": ("direct", "mixed")}, sort=("-speech_type",), limit=5)
    [sql] = selects(connection, two)
    assert "ORDER BY t.sort_speech_type_desc, t.rowid" in sql


def test_the_facets_of_a_query_matching_nothing_count_nothing_but_its_own_filters(
    connection: sqlite3.Connection,
) -> None:
    query = Query(search="Nord Stream", filters={"speaker": ("kremlin",)})
    assert select(connection, STATEMENTS, query).total == 0
    run: list[str] = []
    connection.set_trace_callback(run.append)
    try:
        topics = facet(connection, STATEMENTS, query, "topic", 10, matched=0)
        speakers = facet(connection, STATEMENTS, query, "speaker", 10, matched=0)
    finally:
        connection.set_trace_callback(None)
    assert topics == Facet([], truncated=False)
    assert not any("statement_topics" in sql for sql in run)
    # The speaker facet leaves its own filter out: Nord Stream's one statement counts.
    assert speakers.counts[-1] == ("kremlin", 0)
    assert sum(count for _, count in speakers.counts) == 1

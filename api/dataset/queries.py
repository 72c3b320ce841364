"""Queries of the snapshot in SQL: filter, search, sort and page a collection; sum aid figures.

Every value a client gives is a bound parameter; table and column names come from
``api.dataset.tables`` only. No Flask here.
"""

import re
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from api.dataset.tables import AID_FIGURES, RECORD_TABLES, SEARCH_SEPARATOR, Table
from schemas.common import date_span
from schemas.query import RELEVANCE

DEFAULT_SORT = ("id",)
#: FTS5's trigram index finds substrings of at least three characters; shorter ones are
#: looked for text by text.
TRIGRAM = 3
#: Hits are dense when more than one record in this many matches.
_DENSE = 50
#: How many values one statement binds at most (SQLite's default limit is 32,766).
BOUND_PARAMETERS = 10_000
#: The qualifier of an amount given without a hedge.
AS_STATED = "as_stated"
#: Rows an export reads from SQLite at a time.
EXPORT_BATCH = 500


@dataclass(frozen=True)
class Query:
    """What a client asks of a collection, parsed and validated."""

    #: filter name -> accepted values (any may match); different filters all must match.
    filters: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: A substring to find, in any case.
    search: str | None = None
    #: A date range over the collection's date field, each end optional.
    date_from: str | None = None
    date_to: str | None = None
    #: Sort fields, ``-`` prefixed for descending; ``id`` breaks the remaining ties.
    sort: tuple[str, ...] = DEFAULT_SORT
    offset: int = 0
    limit: int | None = None


@dataclass(frozen=True)
class Page:
    """The rendered records of one page of matches, and how many matched in all."""

    items: list[bytes]
    total: int


def search_pattern(search: str) -> re.Pattern[str]:
    """Return the pattern of a search: its characters literally, in any case."""
    return re.compile(re.escape(search), re.IGNORECASE)


def contains(text: str, search: str) -> bool:
    """Return whether ``text`` holds ``search`` in any case (a search shorter than a trigram)."""
    return search_pattern(search).search(text) is not None


def fts_phrase(search: str) -> str:
    """Return ``search`` as an FTS5 phrase: every character literal, quotes doubled."""
    return '"' + search.replace('"', '""') + '"'


@dataclass
class _Selection:
    """The FROM and WHERE of a query over table ``t``, with their parameters in order."""

    source: str
    conditions: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    @property
    def sql(self) -> str:
        where = f" WHERE {' AND '.join(self.conditions)}" if self.conditions else ""
        return f"{self.source}{where}"


def _selection(table: Table, query: Query, *, ranked: bool, scan_hits: bool = False) -> _Selection:
    """Return what selects the records of ``query``, as SQL over table ``t``.

    A list filter (a join table) is an IN subquery when it is the only way in, and an
    EXISTS test of each record when a column filter narrows the records first: SQLite
    then probes the join table's key instead of listing every record of the value.
    With ``scan_hits``, the search is a test of each record rather than the way in,
    for a sort index to be scanned instead.
    """
    selection = _Selection(f"{table.name} AS t")
    if query.search is not None:
        if SEARCH_SEPARATOR in query.search:
            # No searched text holds the separator: nothing can match.
            selection.conditions.append("0")
        else:
            hits = _hits(table, query.search, ranked=ranked)
            if ranked:
                selection.source += f" JOIN ({hits}) AS hits ON hits.record = t.rowid"
            else:
                rowid = "+t.rowid" if scan_hits else "t.rowid"
                selection.conditions.append(f"{rowid} IN ({hits})")
            selection.params.append(_search_parameter(query.search))
    probe = any(table.filters[name].column is not None for name in query.filters)
    for name, values in query.filters.items():
        selection.conditions.append(table.filters[name].condition(len(values), probe=probe))
        selection.params.extend(values)
    if table.date_range is not None:
        if query.date_from is not None:
            selection.conditions.append(f"t.{table.date_range.end_column} >= ?")
            selection.params.append(date_span(query.date_from)[0])
        if query.date_to is not None:
            selection.conditions.append(f"t.{table.date_range.start_column} <= ?")
            selection.params.append(date_span(query.date_to)[1])
    return selection


def selection_sql(table: Table, query: Query) -> tuple[str, list[Any]]:
    """Return the FROM and WHERE of the records ``query`` selects, as SQL over table ``t``,
    with their parameters in order, for a query that neither ranks nor pages them."""
    selection = _selection(table, query, ranked=False)
    return selection.sql, selection.params


def indexed(search: str) -> bool:
    """Return whether the search index can find ``search``.

    It finds substrings of a trigram or more; FTS5's query syntax ends at a NUL, so a
    search holding one is looked for text by text, as a short one is.
    """
    return len(search) >= TRIGRAM and "\x00" not in search


def _search_parameter(search: str) -> str:
    return fts_phrase(search) if indexed(search) else search


def _hits(table: Table, search: str, *, ranked: bool) -> str:
    """Return the subquery of the records whose texts hold ``search`` (its one parameter).

    A record's texts are one row of its search table, under the record's rowid.
    """
    index = table.search_table
    if indexed(search):
        # bm25 is FTS5's rank: lower is better.
        score = "rank" if ranked else None
        where = f"{index} MATCH ?"
    else:
        score = "0" if ranked else None
        where = "dossier_contains(text, ?)"
    columns = f"rowid AS record, {score} AS score" if score else "rowid"
    return f"SELECT {columns} FROM {index} WHERE {where}"


def _order(table: Table, sort: Sequence[str], *, ranked: bool) -> str:
    terms: list[str] = []
    for name in sort:
        bare = name.removeprefix("-")
        if bare == "id":
            terms.append("t.rowid DESC" if name.startswith("-") else "t.rowid")
            return ", ".join(terms)
        if name == RELEVANCE:
            # Without a search every record ranks the same: the order is that of the rest.
            if ranked:
                terms.append("hits.score")
            continue
        terms.append(f"t.{table.sort_column(name)}")
    terms.append("t.rowid")
    return ", ".join(terms)


def _known_total(connection: sqlite3.Connection, table: Table, query: Query) -> int | None:
    """Return how many records match, when it is known without finding them, else None.

    A query of one filter counts from the counts the build made; a search alone counts
    its hits in the search index, one row per record.
    """
    dated = query.date_from is not None or query.date_to is not None
    if dated:
        return None
    if query.search is None and len(query.filters) == 1:
        [(name, values)] = query.filters.items()
        # Values of a list filter may share records: only one value counts exactly.
        if len(values) == 1 or table.filters[name].column is not None:
            marks = ", ".join("?" * len(values))
            (total,) = connection.execute(
                "SELECT coalesce(sum(count), 0) FROM filter_counts "
                f"WHERE collection = ? AND filter = ? AND value IN ({marks})",
                (table.name, name, *values),
            ).fetchone()
            return int(total)
    if query.search is not None and not query.filters and SEARCH_SEPARATOR not in query.search:
        hits = _hits(table, query.search, ranked=False)
        (total,) = connection.execute(
            f"SELECT count(*) FROM ({hits})", (_search_parameter(query.search),)
        ).fetchone()
        return int(total)
    if query.search is None and not query.filters:
        (total,) = connection.execute(f"SELECT count(*) FROM {table.name}").fetchone()
        return int(total)
    return None


def select(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
    """Return the page of rendered records matching ``query``, in the order it asks for."""
    ranked = RELEVANCE in query.sort and query.search is not None
    limit = -1 if query.limit is None else query.limit
    order = _order(table, query.sort, ranked=ranked)
    total = _known_total(connection, table, query)
    if total is None:
        # One pass finds the records and counts them all; past the end, a count alone.
        selection = _selection(table, query, ranked=ranked)
        rows = connection.execute(
            f"SELECT t.rowid, count(*) OVER () FROM {selection.sql} "
            f"ORDER BY {order} LIMIT ? OFFSET ?",
            [*selection.params, limit, query.offset],
        ).fetchall()
        if rows:
            return Page(items=rendered(connection, table, [r for r, _ in rows]), total=rows[0][1])
        (total,) = connection.execute(
            f"SELECT count(*) FROM {selection.sql}", selection.params
        ).fetchone()
        return Page(items=[], total=total)
    if total <= query.offset or query.limit == 0:
        return Page(items=[], total=total)
    # Many hits sorted by a field: scanning that field's index, keeping the hits, finds a
    # page sooner than sorting every hit.
    dense = query.search is not None and not ranked and total * _DENSE > _size(connection, table)
    selection = _selection(table, query, ranked=ranked, scan_hits=dense and order != "t.rowid")
    rowids = [
        rowid
        for (rowid,) in connection.execute(
            f"SELECT t.rowid FROM {selection.sql} ORDER BY {order} LIMIT ? OFFSET ?",
            [*selection.params, limit, query.offset],
        )
    ]
    return Page(items=rendered(connection, table, rowids), total=total)


def stream(connection: sqlite3.Connection, table: Table, query: Query) -> Iterator[bytes]:
    """Yield every rendered record matching ``query``, in its order, a batch of rows at a time.

    The rows come from one SQLite statement as it steps: nothing holds them all.
    """
    ranked = RELEVANCE in query.sort and query.search is not None
    order = _order(table, query.sort, ranked=ranked)
    selection = _selection(table, query, ranked=ranked)
    where = f" WHERE {' AND '.join(selection.conditions)}" if selection.conditions else ""
    cursor = connection.execute(
        f"SELECT j.json FROM {selection.source} JOIN {table.json_table} AS j "
        f"ON j.rowid = t.rowid{where} ORDER BY {order} LIMIT ? OFFSET ?",
        [*selection.params, -1 if query.limit is None else query.limit, query.offset],
    )
    try:
        while rows := cursor.fetchmany(EXPORT_BATCH):
            for (json,) in rows:
                yield json
    finally:
        cursor.close()


@dataclass(frozen=True)
class Facet:
    """The values of one filter among the records a query matches, each with its count."""

    #: (value, how many records have it), largest count first, ties by value; the values
    #: the query selects follow, when they are not among the first.
    counts: list[tuple[str, int]]
    #: Whether values with records were left out.
    truncated: bool


def facet(
    connection: sqlite3.Connection, table: Table, query: Query, name: str, size: int
) -> Facet:
    """Count the records of each value of filter ``name`` that the rest of ``query`` matches.

    The filter's own values are left out of the query, so that every value's count is
    what choosing it too would add. A record with several values (topics) counts once
    for each; a record with the same value twice counts once.
    """
    others = replace(query, filters={k: v for k, v in query.filters.items() if k != name})
    selected = list(query.filters.get(name, ()))
    counts = _facet_counts(connection, table, others, name, size + 1)
    truncated = len(counts) > size
    counts = counts[:size]
    shown = {value for value, _ in counts}
    missing = [value for value in dict.fromkeys(selected) if value not in shown]
    if missing:
        found = dict(_facet_counts(connection, table, others, name, len(missing), only=missing))
        counts += [(value, found.get(value, 0)) for value in sorted(missing)]
    return Facet(counts, truncated)


def _facet_counts(
    connection: sqlite3.Connection,
    table: Table,
    query: Query,
    name: str,
    limit: int,
    *,
    only: Sequence[str] = (),
) -> list[tuple[str, int]]:
    """Return the ``limit`` values of filter ``name`` with most records matching ``query``."""
    kind = table.filters[name]
    marks = ", ".join("?" * len(only))
    unfiltered = (
        query.search is None
        and not query.filters
        and query.date_from is None
        and query.date_to is None
    )
    if unfiltered:
        # The build counted every value of every filter over the whole collection.
        sql = "SELECT value, count FROM filter_counts WHERE collection = ? AND filter = ?"
        params: list[Any] = [table.name, name]
        if only:
            sql += f" AND value IN ({marks})"
            params += only
    else:
        selection = _selection(table, query, ranked=False)
        if kind.column is not None:
            conditions = [*selection.conditions, f"t.{kind.column} IS NOT NULL"]
            if only:
                conditions.append(f"t.{kind.column} IN ({marks})")
            sql = (
                f"SELECT t.{kind.column}, count(*) FROM {selection.source} "
                f"WHERE {' AND '.join(conditions)} GROUP BY 1"
            )
            params = [*selection.params, *only]
        else:
            assert kind.join is not None
            join, record, value = kind.join
            restrict = f" AND j.{value} IN ({marks})" if only else ""
            sql = (
                f"SELECT j.{value}, count(*) FROM {join} AS j "
                f"WHERE j.{record} IN (SELECT t.rowid FROM {selection.sql}){restrict} GROUP BY 1"
            )
            params = [*selection.params, *only]
    rows = connection.execute(f"{sql} ORDER BY 2 DESC, 1 LIMIT ?", [*params, limit])
    return [(str(value), int(count)) for value, count in rows]


def _size(connection: sqlite3.Connection, table: Table) -> int:
    """Return how many records the table holds (rowids run from 1 without gaps)."""
    (size,) = connection.execute(f"SELECT coalesce(max(rowid), 0) FROM {table.name}").fetchone()
    return int(size)


def rendered(connection: sqlite3.Connection, table: Table, rowids: list[int]) -> list[bytes]:
    """Return the records of these rowids as the API serves them, in the same order."""
    json: dict[int, bytes] = {}
    for start in range(0, len(rowids), BOUND_PARAMETERS):
        batch = rowids[start : start + BOUND_PARAMETERS]
        marks = ", ".join("?" * len(batch))
        json.update(
            connection.execute(
                f"SELECT rowid, json FROM {table.json_table} WHERE rowid IN ({marks})", batch
            )
        )
    return [json[rowid] for rowid in rowids]


def record(connection: sqlite3.Connection, table: Table, record_id: str) -> bytes | None:
    """Return one rendered record by id, or None."""
    row = connection.execute(
        f"SELECT j.json FROM {table.name} AS t JOIN {table.json_table} AS j ON j.rowid = t.rowid "
        "WHERE t.id = ?",
        (record_id,),
    ).fetchone()
    return None if row is None else bytes(row[0])


def records_by_id(
    connection: sqlite3.Connection, collection: str, record_ids: Sequence[str]
) -> dict[str, bytes]:
    """Return the rendered records of ``collection`` among ``record_ids``, by id."""
    table = RECORD_TABLES[collection]
    marks = ", ".join("?" * len(record_ids))
    rows = connection.execute(
        f"SELECT t.id, j.json FROM {table.name} AS t JOIN {table.json_table} AS j "
        f"ON j.rowid = t.rowid WHERE t.id IN ({marks})",
        tuple(record_ids),
    )
    return {record_id: bytes(json) for record_id, json in rows}


@dataclass(frozen=True)
class Sum:
    """The sum of some amounts in one currency."""

    currency: str
    value: int
    approximate: bool
    figures: int


@dataclass(frozen=True)
class Group:
    """The aid figures sharing one key, summed per currency."""

    key: str
    totals: list[Sum]
    equivalents: list[Sum]
    figures: list[str]

    @property
    def approximate(self) -> bool:
        """Return whether any amount of the group is hedged."""
        return any(total.approximate for total in self.totals)


def aid_totals(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
    """Return the aid figures ``query`` selects, grouped by ``group_by``, summed per currency.

    Amounts in different currencies are never added together. A figure's conversions are
    summed beside its amounts, each figure counted once per currency.
    """
    column = AID_FIGURES.totals_columns[group_by]
    selection = _selection(AID_FIGURES, query, ranked=False)
    amounts = connection.execute(
        f"SELECT t.{column}, t.amount_currency, sum(t.amount_value), "
        f"max(t.amount_qualifier <> ?), count(*) FROM {selection.sql} "
        "GROUP BY 1, 2 ORDER BY 1, 2",
        [AS_STATED, *selection.params],
    )
    equivalents = connection.execute(
        f"SELECT t.{column}, e.currency, sum(e.value), max(e.qualifier <> ?), "
        f"count(*) FROM {selection.source} JOIN aid_figure_equivalents AS e "
        "ON e.aid_figure = t.rowid AND e.position = (SELECT min(position) "
        "FROM aid_figure_equivalents AS first WHERE first.aid_figure = e.aid_figure "
        "AND first.currency = e.currency)"
        + (f" WHERE {' AND '.join(selection.conditions)}" if selection.conditions else "")
        + " GROUP BY 1, 2 ORDER BY 1, 2",
        [AS_STATED, *selection.params],
    )
    members = connection.execute(
        f"SELECT t.{column}, t.id FROM {selection.sql} ORDER BY 1, t.rowid", selection.params
    )
    groups: dict[str, Group] = {}
    for key, figure_id in members:
        groups.setdefault(key, Group(key, [], [], [])).figures.append(figure_id)
    for key, currency, value, approximate, count in amounts:
        groups[key].totals.append(Sum(currency, value, bool(approximate), count))
    for key, currency, value, approximate, count in equivalents:
        groups[key].equivalents.append(Sum(currency, value, bool(approximate), count))
    return list(groups.values())


def compact_actors(connection: sqlite3.Connection, actor_ids: Sequence[str]) -> dict[str, Any]:
    """Return the compact form (id, name, kind) of each of ``actor_ids``, by id."""
    marks = ", ".join("?" * len(actor_ids))
    rows = connection.execute(
        f"SELECT id, name, kind FROM actors WHERE id IN ({marks})", tuple(actor_ids)
    )
    return {actor_id: {"id": actor_id, "name": name, "kind": kind} for actor_id, name, kind in rows}

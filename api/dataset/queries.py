"""Queries of the snapshot in SQL: filter, search, sort and page a collection; sum aid figures.

Every value a client gives is a bound parameter; table and column names come from
``api.dataset.tables`` only. No Flask here.
"""

import re
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from api.dataset.tables import AID_FIGURES, Table
from schemas.common import date_span
from schemas.query import RELEVANCE

DEFAULT_SORT = ("id",)
#: FTS5's trigram index finds substrings of at least three characters; shorter ones are
#: looked for text by text.
TRIGRAM = 3
#: How many values one statement binds at most (SQLite's default limit is 32,766).
_BOUND_PARAMETERS = 10_000
#: The qualifier of an amount given without a hedge.
AS_STATED = "as_stated"


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


def _selection(table: Table, query: Query, *, ranked: bool) -> _Selection:
    selection = _Selection(f"{table.name} AS t")
    if query.search is not None:
        hits = _hits(table, query.search, ranked=ranked)
        if ranked:
            selection.source += f" JOIN ({hits}) AS hits ON hits.record = t.rowid"
        else:
            selection.conditions.append(f"t.rowid IN ({hits})")
        selection.params.append(
            fts_phrase(query.search) if len(query.search) >= TRIGRAM else query.search
        )
    for name, values in query.filters.items():
        selection.conditions.append(table.filters[name].condition(len(values)))
        selection.params.extend(values)
    if table.date_range is not None:
        if query.date_from is not None:
            selection.conditions.append(f"t.{table.date_range.end_column} >= ?")
            selection.params.append(date_span(query.date_from)[0])
        if query.date_to is not None:
            selection.conditions.append(f"t.{table.date_range.start_column} <= ?")
            selection.params.append(date_span(query.date_to)[1])
    return selection


def _hits(table: Table, search: str, *, ranked: bool) -> str:
    """Return the subquery of the records with a text holding ``search`` (its one parameter)."""
    index = table.search_table
    if len(search) >= TRIGRAM:
        if ranked:
            # bm25, lower is better: a record ranks by its best-matching text.
            return (
                f"SELECT record, min(rank) AS score FROM {index} WHERE {index} MATCH ? "
                "GROUP BY record"
            )
        return f"SELECT record FROM {index} WHERE {index} MATCH ?"
    if ranked:
        return f"SELECT DISTINCT record, 0 AS score FROM {index} WHERE dossier_contains(text, ?)"
    return f"SELECT record FROM {index} WHERE dossier_contains(text, ?)"


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


def select(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
    """Return the page of rendered records matching ``query``, in the order it asks for."""
    ranked = RELEVANCE in query.sort and query.search is not None
    selection = _selection(table, query, ranked=ranked)
    (total,) = connection.execute(
        f"SELECT count(*) FROM {selection.sql}", selection.params
    ).fetchone()
    if total <= query.offset or query.limit == 0:
        return Page(items=[], total=total)
    limit = -1 if query.limit is None else query.limit
    rowids = [
        rowid
        for (rowid,) in connection.execute(
            f"SELECT t.rowid FROM {selection.sql} "
            f"ORDER BY {_order(table, query.sort, ranked=ranked)} LIMIT ? OFFSET ?",
            [*selection.params, limit, query.offset],
        )
    ]
    return Page(items=rendered(connection, table, rowids), total=total)


def rendered(connection: sqlite3.Connection, table: Table, rowids: list[int]) -> list[bytes]:
    """Return the records of these rowids as the API serves them, in the same order."""
    json: dict[int, bytes] = {}
    for start in range(0, len(rowids), _BOUND_PARAMETERS):
        batch = rowids[start : start + _BOUND_PARAMETERS]
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

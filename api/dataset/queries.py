"""Queries of the snapshot in SQL: filter, search, sort and page a collection; sum aid figures.

Every value a client gives is a bound parameter; table and column names come from the
spec (``api.spec``) only, through ``api.dataset.ddl`` and ``api.dataset.sql``. No Flask here.
"""

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from api.dataset import search
from api.dataset.budget import budgeted
from api.dataset.ddl import json_table
from api.dataset.sql import filter_condition
from api.spec.collections import COLLECTIONS
from api.spec.model import Collection
from api.spec.values import RELEVANCE, date_span

DEFAULT_SORT = ("id",)
#: Hits are dense when more than one record in this many matches.
_DENSE = 50
#: How many values one statement binds at most (SQLite's default limit is 32,766).
BOUND_PARAMETERS = 10_000
#: A filter selecting one record in this many, or fewer, narrows a search to a test of
#: each record it selects (:attr:`Selectivity.narrow`).
NARROW = 100
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


@dataclass
class Selection:
    """The FROM and WHERE of a query over table ``t``, with their parameters in order."""

    source: str
    conditions: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    @property
    def sql(self) -> str:
        where = f" WHERE {' AND '.join(self.conditions)}" if self.conditions else ""
        return f"{self.source}{where}"


@dataclass(frozen=True)
class Selectivity:
    """How many records each filter of a query selects at most, as the build counted them
    (a list filter's values may share records: their sum), and how many the collection has."""

    counts: Mapping[str, int]
    size: int

    @property
    def way_in(self) -> str:
        """Return the filter that selects the fewest records: the way into them."""
        return min(self.counts, key=lambda name: self.counts[name])

    @property
    def narrow(self) -> bool:
        """Return whether a filter selects one record in NARROW or fewer: few enough for a
        search to test each of them rather than list its hits among every record."""
        return self.counts[self.way_in] <= self.size // NARROW


def selectivity_of(
    connection: sqlite3.Connection, collection: Collection, query: Query
) -> Selectivity | None:
    """Return how selective each filter of ``query`` is (None for a query without filters)."""
    if not query.filters:
        return None
    counts: dict[str, int] = {}
    for name, values in query.filters.items():
        marks = ", ".join("?" * len(values))
        (counts[name],) = connection.execute(
            "SELECT coalesce(sum(count), 0) FROM filter_counts "
            f"WHERE collection = ? AND filter = ? AND value IN ({marks})",
            (collection.name, name, *values),
        ).fetchone()
    return Selectivity(counts, _size(connection, collection))


def selection_of(
    collection: Collection,
    query: Query,
    *,
    ranked: bool,
    scan_hits: bool = False,
    selectivity: Selectivity | None = None,
) -> Selection:
    """Return what selects the records of ``query``, as SQL over table ``t``.

    With its ``selectivity`` (:func:`selectivity_of`), the filter that selects the fewest
    records is the way in: a list filter (a join table) lists its records (an IN
    subquery), a column filter reads its column's index, and every other filter is a test
    of each record so found (a list filter probing its join table's key): the build's
    counts choose, not SQLite's sampled statistics, which can rank a date that selects 31
    statements with a section that selects 400,000. Without, a list filter is the way in
    only when no column filter could be. A search is a test of each record
    (:func:`api.dataset.search.testable`) when a filter or a date range narrows the
    records first: one shorter than a trigram whatever narrows them (it scans every record
    otherwise), a longer one when a filter selects few records (``Selectivity.narrow``)
    and its test is short.
    With ``scan_hits``, the search is a test of each record rather than the way in, for a
    sort index to be scanned instead.
    """
    narrow = selectivity is not None and selectivity.narrow
    dated = query.date_from is not None or query.date_to is not None
    selection = Selection(f"{collection.name} AS t")
    if query.search is not None:
        if search.unmatchable(query.search):
            selection.conditions.append("0")
        elif (
            (query.filters or scan_hits or dated)
            and not ranked
            and search.testable(query.search, narrow=narrow)
        ):
            # A filter or a date range narrows the records first, or a sort index is
            # scanned: only the records read are searched.
            test, params = search.row_test(collection, query.search)
            selection.conditions.append(test)
            selection.params.extend(params)
        else:
            hits, params = search.hits(collection, query.search, ranked=ranked)
            if ranked:
                selection.source += f" JOIN ({hits}) AS hits ON hits.record = t.rowid"
            else:
                rowid = "+t.rowid" if scan_hits else "t.rowid"
                selection.conditions.append(f"{rowid} IN ({hits})")
            selection.params.extend(params)
    any_column = any(not collection.filter_field(name).many for name in query.filters)
    for name, values in query.filters.items():
        if selectivity is None:
            probe = any_column and collection.filter_field(name).many
        else:
            probe = name != selectivity.way_in
        selection.conditions.append(filter_condition(collection, name, len(values), probe=probe))
        selection.params.extend(values)
    if dated:
        start, end = collection.date_columns()
        if query.date_from is not None:
            selection.conditions.append(f"t.{end} >= ?")
            selection.params.append(date_span(query.date_from)[0])
        if query.date_to is not None:
            selection.conditions.append(f"t.{start} <= ?")
            selection.params.append(date_span(query.date_to)[1])
    return selection


def selection_sql(
    collection: Collection, query: Query, *, selectivity: Selectivity | None = None
) -> tuple[str, list[Any]]:
    """Return the FROM and WHERE of the records ``query`` selects, as SQL over table ``t``,
    with their parameters in order, for a query that neither ranks nor pages them."""
    selection = selection_of(collection, query, ranked=False, selectivity=selectivity)
    return selection.sql, selection.params


def _ranked(query: Query) -> bool:
    """Return whether the query sorts its hits by relevance: a search that may match."""
    return (
        RELEVANCE in query.sort
        and query.search is not None
        and search.indexed(query.search)
        and not search.unmatchable(query.search)
    )


def _order(collection: Collection, query: Query, *, ranked: bool, backwards: bool = False) -> str:
    """Return the ORDER BY terms of the query's sort, ending with the rowid (a total
    order); with ``backwards``, the same order from its end.

    A sort field that a filter of one value fixes is left out: every match ranks the same
    there, and without it an index may give the order.
    """
    fixed = {
        collection.filter(name).path
        for name, values in query.filters.items()
        if len(values) == 1 and not collection.filter_field(name).many
    }
    terms: list[tuple[str, bool]] = []
    for name in query.sort:
        bare = name.removeprefix("-")
        if collection.sorts.get(bare) in fixed:
            continue
        if bare == "id":
            terms.append(("t.rowid", name.startswith("-")))
            break
        if name == RELEVANCE:
            # Without a search every record ranks the same: the order is that of the rest.
            if ranked:
                terms.append(("hits.score", False))
            continue
        terms.append((f"t.{collection.sort_column(name)}", False))
    else:
        terms.append(("t.rowid", False))
    return ", ".join(
        f"{term} DESC" if descending != backwards else term for term, descending in terms
    )


def _known_total(
    connection: sqlite3.Connection, collection: Collection, query: Query
) -> int | None:
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
        if len(values) == 1 or not collection.filter_field(name).many:
            marks = ", ".join("?" * len(values))
            (total,) = connection.execute(
                "SELECT coalesce(sum(count), 0) FROM filter_counts "
                f"WHERE collection = ? AND filter = ? AND value IN ({marks})",
                (collection.name, name, *values),
            ).fetchone()
            return int(total)
    if query.search is not None and not query.filters and not search.unmatchable(query.search):
        hits, params = search.hits(collection, query.search, ranked=False)
        (total,) = connection.execute(f"SELECT count(*) FROM ({hits})", params).fetchone()
        return int(total)
    if query.search is None and not query.filters:
        (total,) = connection.execute(f"SELECT count(*) FROM {collection.name}").fetchone()
        return int(total)
    return None


@budgeted
def select(connection: sqlite3.Connection, collection: Collection, query: Query) -> Page:
    """Return the page of rendered records matching ``query``, in the order it asks for.

    Unless the count is known, the matches are counted first, without sorting them: a
    page past the end is then empty without reading it, and a page nearer the end than
    the start is read from the end, backwards, so that no page skips more than half of
    the matches.
    """
    ranked = _ranked(query)
    selectivity = selectivity_of(connection, collection, query)
    known = _known_total(connection, collection, query)
    total = known
    if total is None:
        counted = selection_of(collection, query, ranked=False, selectivity=selectivity)
        (total,) = connection.execute(
            f"SELECT count(*) FROM {counted.sql}", counted.params
        ).fetchone()
    if total <= query.offset or query.limit == 0:
        return Page(items=[], total=total)
    order = _order(collection, query, ranked=ranked)
    # Many hits sorted by a field: scanning that field's index, keeping the hits, finds a
    # page sooner than sorting every hit.
    dense = (
        known is not None
        and query.search is not None
        and not ranked
        and total * _DENSE > _size(connection, collection)
    )
    selection = selection_of(
        collection,
        query,
        ranked=ranked,
        scan_hits=dense and order != "t.rowid",
        selectivity=selectivity,
    )
    size = total - query.offset if query.limit is None else min(query.limit, total - query.offset)
    # How many matches follow the page: fewer than precede it, the page is read backwards.
    after = total - query.offset - size
    backwards = after < query.offset
    rowids = [
        rowid
        for (rowid,) in connection.execute(
            f"SELECT t.rowid FROM {selection.sql} ORDER BY "
            f"{_order(collection, query, ranked=ranked, backwards=backwards)} "
            "LIMIT ? OFFSET ?",
            [*selection.params, size, after if backwards else query.offset],
        )
    ]
    if backwards:
        rowids.reverse()
    return Page(items=rendered(connection, collection, rowids), total=total)


def stream(connection: sqlite3.Connection, collection: Collection, query: Query) -> Iterator[bytes]:
    """Yield every rendered record matching ``query``, in its order, a batch of rows at a time.

    The rows come from one SQLite statement as it steps: nothing holds them all.
    """
    ranked = _ranked(query)
    order = _order(collection, query, ranked=ranked)
    selection = selection_of(
        collection, query, ranked=ranked, selectivity=selectivity_of(connection, collection, query)
    )
    where = f" WHERE {' AND '.join(selection.conditions)}" if selection.conditions else ""
    cursor = connection.execute(
        f"SELECT j.json FROM {selection.source} JOIN {json_table(collection)} AS j "
        f"ON j.rowid = t.rowid{where} ORDER BY {order} LIMIT ? OFFSET ?",
        [*selection.params, -1 if query.limit is None else query.limit, query.offset],
    )
    try:
        while rows := cursor.fetchmany(EXPORT_BATCH):
            for (json,) in rows:
                yield json
    finally:
        cursor.close()


def _size(connection: sqlite3.Connection, collection: Collection) -> int:
    """Return how many records the collection holds (rowids run from 1 without gaps)."""
    (size,) = connection.execute(
        f"SELECT coalesce(max(rowid), 0) FROM {collection.name}"
    ).fetchone()
    return int(size)


def rendered(
    connection: sqlite3.Connection, collection: Collection, rowids: list[int]
) -> list[bytes]:
    """Return the records of these rowids as the API serves them, in the same order."""
    json: dict[int, bytes] = {}
    for start in range(0, len(rowids), BOUND_PARAMETERS):
        batch = rowids[start : start + BOUND_PARAMETERS]
        marks = ", ".join("?" * len(batch))
        json.update(
            connection.execute(
                f"SELECT rowid, json FROM {json_table(collection)} WHERE rowid IN ({marks})",
                batch,
            )
        )
    return [json[rowid] for rowid in rowids]


def record(connection: sqlite3.Connection, collection: Collection, record_id: str) -> bytes | None:
    """Return one rendered record by id, or None."""
    row = connection.execute(
        f"SELECT j.json FROM {collection.name} AS t JOIN {json_table(collection)} AS j "
        "ON j.rowid = t.rowid WHERE t.id = ?",
        (record_id,),
    ).fetchone()
    return None if row is None else bytes(row[0])


def compact(
    connection: sqlite3.Connection, collection: Collection, record_ids: Sequence[str]
) -> dict[str, dict[str, Any]]:
    """Return the compact form of each of ``record_ids`` that names a record, by id.

    The form is what a reference embeds (the spec's ``compact`` fields), with the compact
    form of what it refers to in turn (a statement's speaker).
    """
    parts = [collection.field(path) for path in collection.compact]
    columns = ", ".join(part.sql_column for part in parts)
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(record_ids), BOUND_PARAMETERS):
        batch = record_ids[start : start + BOUND_PARAMETERS]
        marks = ", ".join("?" * len(batch))
        for row in connection.execute(
            f"SELECT {columns} FROM {collection.name} WHERE id IN ({marks})", batch
        ):
            found[row[0]] = {part.name: value for part, value in zip(parts, row, strict=True)}
    for part in parts:
        if part.ref is not None:
            ids = sorted({form[part.name] for form in found.values()})
            referenced = compact(connection, COLLECTIONS[part.ref], ids)
            for form in found.values():
                form[part.name] = referenced[form[part.name]]
    return found


def compact_all(connection: sqlite3.Connection, collection: Collection) -> list[dict[str, Any]]:
    """Return the compact form of every record of ``collection``, in id order."""
    ids = [
        record_id
        for (record_id,) in connection.execute(f"SELECT id FROM {collection.name} ORDER BY rowid")
    ]
    forms = compact(connection, collection, ids)
    return [forms[record_id] for record_id in ids]

"""Facets: how many of the records a query matches hold each value of a filter.

Every value a client gives is a bound parameter; table and column names come from the
spec only. No Flask here.
"""

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from api.dataset.budget import budgeted
from api.dataset.queries import Query, selection_of, selectivity_of
from api.dataset.sql import filter_source
from api.spec.model import Collection


@dataclass(frozen=True)
class Facet:
    """The values of one filter among the records a query matches, each with its count."""

    #: (value, how many records have it), largest count first, ties by value; the values
    #: the query selects follow, when they are not among the first.
    counts: list[tuple[str, int]]
    #: Whether values with records were left out.
    truncated: bool


@budgeted
def facet(
    connection: sqlite3.Connection,
    collection: Collection,
    query: Query,
    name: str,
    size: int,
    *,
    matched: int | None = None,
) -> Facet:
    """Count the records of each value of filter ``name`` that the rest of ``query`` matches.

    The filter's own values are left out of the query, so that every value's count is
    what choosing it too would add. A record with several values (topics) counts once
    for each; a record with the same value twice counts once. ``matched``, when known, is
    how many records the whole query matches: none, and the query holding no value of
    ``name``, no value has a record, and nothing is counted.
    """
    if matched == 0 and name not in query.filters:
        return Facet([], truncated=False)
    others = replace(query, filters={k: v for k, v in query.filters.items() if k != name})
    selected = list(query.filters.get(name, ()))
    counts = _facet_counts(connection, collection, others, name, size + 1)
    truncated = len(counts) > size
    counts = counts[:size]
    shown = {value for value, _ in counts}
    missing = [value for value in dict.fromkeys(selected) if value not in shown]
    if missing:
        found = dict(
            _facet_counts(connection, collection, others, name, len(missing), only=missing)
        )
        counts += [(value, found.get(value, 0)) for value in sorted(missing)]
    return Facet(counts, truncated)


def _facet_counts(
    connection: sqlite3.Connection,
    collection: Collection,
    query: Query,
    name: str,
    limit: int,
    *,
    only: Sequence[str] = (),
) -> list[tuple[str, int]]:
    """Return the ``limit`` values of filter ``name`` with most records matching ``query``."""
    if not only:
        counted = _counted_ahead(connection, collection, query, name, limit)
        if counted is not None:
            return counted
    field = collection.filter_field(name)
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
        params: list[Any] = [collection.name, name]
        if only:
            sql += f" AND value IN ({marks})"
            params += only
    else:
        selectivity = selectivity_of(connection, collection, query)
        selection = selection_of(collection, query, ranked=False, selectivity=selectivity)
        if not field.many:
            column = field.sql_column
            conditions = [*selection.conditions, f"t.{column} IS NOT NULL"]
            if only:
                conditions.append(f"t.{column} IN ({marks})")
            sql = (
                f"SELECT t.{column}, count(*) FROM {selection.source} "
                f"WHERE {' AND '.join(conditions)} GROUP BY 1"
            )
            params = [*selection.params, *only]
        else:
            join, record, value = filter_source(collection, name)
            restrict = f" AND j.{value} IN ({marks})" if only else ""
            sql = (
                f"SELECT j.{value}, count(*) FROM {join} AS j "
                f"WHERE j.{record} IN (SELECT t.rowid FROM {selection.sql}){restrict} GROUP BY 1"
            )
            params = [*selection.params, *only]
    rows = connection.execute(f"{sql} ORDER BY 2 DESC, 1 LIMIT ?", [*params, limit])
    return [(str(value), int(count)) for value, count in rows]


def _counted_ahead(
    connection: sqlite3.Connection, collection: Collection, query: Query, name: str, limit: int
) -> list[tuple[str, int]] | None:
    """Return the values of ``name`` the build counted for a large one-value query, or None.

    The build kept the first ``MAX_FACET_SIZE`` + 1 values of every facet of such a query.
    """
    key = one_value(query)
    if key is None:
        return None
    filter_name, value = key
    selected = connection.execute(
        "SELECT 1 FROM selections WHERE collection = ? AND filter = ? AND value = ?",
        (collection.name, filter_name, value),
    ).fetchone()
    if selected is None:
        return None
    rows = connection.execute(
        "SELECT facet_value, count FROM selection_facets WHERE collection = ? AND filter = ? "
        "AND value = ? AND facet = ? AND rank <= ? ORDER BY rank",
        (collection.name, filter_name, value, name, limit),
    )
    return [(str(facet_value), int(count)) for facet_value, count in rows]


def one_value(query: Query) -> tuple[str, str] | None:
    """Return the filter and value of a query of one filter with one value and nothing else
    (no search, no dates), or None."""
    if query.search is not None or query.date_from is not None or query.date_to is not None:
        return None
    if len(query.filters) != 1:
        return None
    [(name, values)] = query.filters.items()
    return (name, values[0]) if len(values) == 1 else None

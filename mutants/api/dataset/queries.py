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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
mutants_x_search_pattern__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_search_pattern__mutmut)
def search_pattern(search: str) -> re.Pattern[str]:
    """Return the pattern of a search: its characters literally, in any case."""
    return re.compile(re.escape(search), re.IGNORECASE)


def x_search_pattern__mutmut_orig(search: str) -> re.Pattern[str]:
    """Return the pattern of a search: its characters literally, in any case."""
    return re.compile(re.escape(search), re.IGNORECASE)


def x_search_pattern__mutmut_1(search: str) -> re.Pattern[str]:
    """Return the pattern of a search: its characters literally, in any case."""
    return re.compile(None, re.IGNORECASE)


def x_search_pattern__mutmut_2(search: str) -> re.Pattern[str]:
    """Return the pattern of a search: its characters literally, in any case."""
    return re.compile(re.escape(search), None)


def x_search_pattern__mutmut_3(search: str) -> re.Pattern[str]:
    """Return the pattern of a search: its characters literally, in any case."""
    return re.compile(re.IGNORECASE)


def x_search_pattern__mutmut_4(search: str) -> re.Pattern[str]:
    """Return the pattern of a search: its characters literally, in any case."""
    return re.compile(re.escape(search), )


def x_search_pattern__mutmut_5(search: str) -> re.Pattern[str]:
    """Return the pattern of a search: its characters literally, in any case."""
    return re.compile(re.escape(None), re.IGNORECASE)

mutants_x_search_pattern__mutmut['_mutmut_orig'] = x_search_pattern__mutmut_orig # type: ignore # mutmut generated
mutants_x_search_pattern__mutmut['x_search_pattern__mutmut_1'] = x_search_pattern__mutmut_1 # type: ignore # mutmut generated
mutants_x_search_pattern__mutmut['x_search_pattern__mutmut_2'] = x_search_pattern__mutmut_2 # type: ignore # mutmut generated
mutants_x_search_pattern__mutmut['x_search_pattern__mutmut_3'] = x_search_pattern__mutmut_3 # type: ignore # mutmut generated
mutants_x_search_pattern__mutmut['x_search_pattern__mutmut_4'] = x_search_pattern__mutmut_4 # type: ignore # mutmut generated
mutants_x_search_pattern__mutmut['x_search_pattern__mutmut_5'] = x_search_pattern__mutmut_5 # type: ignore # mutmut generated
mutants_x_contains__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_contains__mutmut)
def contains(text: str, search: str) -> bool:
    """Return whether ``text`` holds ``search`` in any case (a search shorter than a trigram)."""
    return search_pattern(search).search(text) is not None


def x_contains__mutmut_orig(text: str, search: str) -> bool:
    """Return whether ``text`` holds ``search`` in any case (a search shorter than a trigram)."""
    return search_pattern(search).search(text) is not None


def x_contains__mutmut_1(text: str, search: str) -> bool:
    """Return whether ``text`` holds ``search`` in any case (a search shorter than a trigram)."""
    return search_pattern(search).search(None) is not None


def x_contains__mutmut_2(text: str, search: str) -> bool:
    """Return whether ``text`` holds ``search`` in any case (a search shorter than a trigram)."""
    return search_pattern(None).search(text) is not None


def x_contains__mutmut_3(text: str, search: str) -> bool:
    """Return whether ``text`` holds ``search`` in any case (a search shorter than a trigram)."""
    return search_pattern(search).search(text) is None

mutants_x_contains__mutmut['_mutmut_orig'] = x_contains__mutmut_orig # type: ignore # mutmut generated
mutants_x_contains__mutmut['x_contains__mutmut_1'] = x_contains__mutmut_1 # type: ignore # mutmut generated
mutants_x_contains__mutmut['x_contains__mutmut_2'] = x_contains__mutmut_2 # type: ignore # mutmut generated
mutants_x_contains__mutmut['x_contains__mutmut_3'] = x_contains__mutmut_3 # type: ignore # mutmut generated
mutants_x_fts_phrase__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_fts_phrase__mutmut)
def fts_phrase(search: str) -> str:
    """Return ``search`` as an FTS5 phrase: every character literal, quotes doubled."""
    return '"' + search.replace('"', '""') + '"'


def x_fts_phrase__mutmut_orig(search: str) -> str:
    """Return ``search`` as an FTS5 phrase: every character literal, quotes doubled."""
    return '"' + search.replace('"', '""') + '"'


def x_fts_phrase__mutmut_1(search: str) -> str:
    """Return ``search`` as an FTS5 phrase: every character literal, quotes doubled."""
    return '"' + search.replace('"', '""') - '"'


def x_fts_phrase__mutmut_2(search: str) -> str:
    """Return ``search`` as an FTS5 phrase: every character literal, quotes doubled."""
    return '"' - search.replace('"', '""') + '"'


def x_fts_phrase__mutmut_3(search: str) -> str:
    """Return ``search`` as an FTS5 phrase: every character literal, quotes doubled."""
    return 'XX"XX' + search.replace('"', '""') + '"'


def x_fts_phrase__mutmut_4(search: str) -> str:
    """Return ``search`` as an FTS5 phrase: every character literal, quotes doubled."""
    return '"' + search.replace(None, '""') + '"'


def x_fts_phrase__mutmut_5(search: str) -> str:
    """Return ``search`` as an FTS5 phrase: every character literal, quotes doubled."""
    return '"' + search.replace('"', None) + '"'


def x_fts_phrase__mutmut_6(search: str) -> str:
    """Return ``search`` as an FTS5 phrase: every character literal, quotes doubled."""
    return '"' + search.replace('""') + '"'


def x_fts_phrase__mutmut_7(search: str) -> str:
    """Return ``search`` as an FTS5 phrase: every character literal, quotes doubled."""
    return '"' + search.replace('"', ) + '"'


def x_fts_phrase__mutmut_8(search: str) -> str:
    """Return ``search`` as an FTS5 phrase: every character literal, quotes doubled."""
    return '"' + search.replace('XX"XX', '""') + '"'


def x_fts_phrase__mutmut_9(search: str) -> str:
    """Return ``search`` as an FTS5 phrase: every character literal, quotes doubled."""
    return '"' + search.replace('"', 'XX""XX') + '"'


def x_fts_phrase__mutmut_10(search: str) -> str:
    """Return ``search`` as an FTS5 phrase: every character literal, quotes doubled."""
    return '"' + search.replace('"', '""') + 'XX"XX'

mutants_x_fts_phrase__mutmut['_mutmut_orig'] = x_fts_phrase__mutmut_orig # type: ignore # mutmut generated
mutants_x_fts_phrase__mutmut['x_fts_phrase__mutmut_1'] = x_fts_phrase__mutmut_1 # type: ignore # mutmut generated
mutants_x_fts_phrase__mutmut['x_fts_phrase__mutmut_2'] = x_fts_phrase__mutmut_2 # type: ignore # mutmut generated
mutants_x_fts_phrase__mutmut['x_fts_phrase__mutmut_3'] = x_fts_phrase__mutmut_3 # type: ignore # mutmut generated
mutants_x_fts_phrase__mutmut['x_fts_phrase__mutmut_4'] = x_fts_phrase__mutmut_4 # type: ignore # mutmut generated
mutants_x_fts_phrase__mutmut['x_fts_phrase__mutmut_5'] = x_fts_phrase__mutmut_5 # type: ignore # mutmut generated
mutants_x_fts_phrase__mutmut['x_fts_phrase__mutmut_6'] = x_fts_phrase__mutmut_6 # type: ignore # mutmut generated
mutants_x_fts_phrase__mutmut['x_fts_phrase__mutmut_7'] = x_fts_phrase__mutmut_7 # type: ignore # mutmut generated
mutants_x_fts_phrase__mutmut['x_fts_phrase__mutmut_8'] = x_fts_phrase__mutmut_8 # type: ignore # mutmut generated
mutants_x_fts_phrase__mutmut['x_fts_phrase__mutmut_9'] = x_fts_phrase__mutmut_9 # type: ignore # mutmut generated
mutants_x_fts_phrase__mutmut['x_fts_phrase__mutmut_10'] = x_fts_phrase__mutmut_10 # type: ignore # mutmut generated


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
mutants_x__selection__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__selection__mutmut)
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


def x__selection__mutmut_orig(table: Table, query: Query, *, ranked: bool) -> _Selection:
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


def x__selection__mutmut_1(table: Table, query: Query, *, ranked: bool) -> _Selection:
    selection = None
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


def x__selection__mutmut_2(table: Table, query: Query, *, ranked: bool) -> _Selection:
    selection = _Selection(None)
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


def x__selection__mutmut_3(table: Table, query: Query, *, ranked: bool) -> _Selection:
    selection = _Selection(f"{table.name} AS t")
    if query.search is None:
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


def x__selection__mutmut_4(table: Table, query: Query, *, ranked: bool) -> _Selection:
    selection = _Selection(f"{table.name} AS t")
    if query.search is not None:
        hits = None
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


def x__selection__mutmut_5(table: Table, query: Query, *, ranked: bool) -> _Selection:
    selection = _Selection(f"{table.name} AS t")
    if query.search is not None:
        hits = _hits(None, query.search, ranked=ranked)
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


def x__selection__mutmut_6(table: Table, query: Query, *, ranked: bool) -> _Selection:
    selection = _Selection(f"{table.name} AS t")
    if query.search is not None:
        hits = _hits(table, None, ranked=ranked)
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


def x__selection__mutmut_7(table: Table, query: Query, *, ranked: bool) -> _Selection:
    selection = _Selection(f"{table.name} AS t")
    if query.search is not None:
        hits = _hits(table, query.search, ranked=None)
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


def x__selection__mutmut_8(table: Table, query: Query, *, ranked: bool) -> _Selection:
    selection = _Selection(f"{table.name} AS t")
    if query.search is not None:
        hits = _hits(query.search, ranked=ranked)
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


def x__selection__mutmut_9(table: Table, query: Query, *, ranked: bool) -> _Selection:
    selection = _Selection(f"{table.name} AS t")
    if query.search is not None:
        hits = _hits(table, ranked=ranked)
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


def x__selection__mutmut_10(table: Table, query: Query, *, ranked: bool) -> _Selection:
    selection = _Selection(f"{table.name} AS t")
    if query.search is not None:
        hits = _hits(table, query.search, )
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


def x__selection__mutmut_11(table: Table, query: Query, *, ranked: bool) -> _Selection:
    selection = _Selection(f"{table.name} AS t")
    if query.search is not None:
        hits = _hits(table, query.search, ranked=ranked)
        if ranked:
            selection.source = f" JOIN ({hits}) AS hits ON hits.record = t.rowid"
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


def x__selection__mutmut_12(table: Table, query: Query, *, ranked: bool) -> _Selection:
    selection = _Selection(f"{table.name} AS t")
    if query.search is not None:
        hits = _hits(table, query.search, ranked=ranked)
        if ranked:
            selection.source -= f" JOIN ({hits}) AS hits ON hits.record = t.rowid"
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


def x__selection__mutmut_13(table: Table, query: Query, *, ranked: bool) -> _Selection:
    selection = _Selection(f"{table.name} AS t")
    if query.search is not None:
        hits = _hits(table, query.search, ranked=ranked)
        if ranked:
            selection.source += f" JOIN ({hits}) AS hits ON hits.record = t.rowid"
        else:
            selection.conditions.append(None)
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


def x__selection__mutmut_14(table: Table, query: Query, *, ranked: bool) -> _Selection:
    selection = _Selection(f"{table.name} AS t")
    if query.search is not None:
        hits = _hits(table, query.search, ranked=ranked)
        if ranked:
            selection.source += f" JOIN ({hits}) AS hits ON hits.record = t.rowid"
        else:
            selection.conditions.append(f"t.rowid IN ({hits})")
        selection.params.append(
            None
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


def x__selection__mutmut_15(table: Table, query: Query, *, ranked: bool) -> _Selection:
    selection = _Selection(f"{table.name} AS t")
    if query.search is not None:
        hits = _hits(table, query.search, ranked=ranked)
        if ranked:
            selection.source += f" JOIN ({hits}) AS hits ON hits.record = t.rowid"
        else:
            selection.conditions.append(f"t.rowid IN ({hits})")
        selection.params.append(
            fts_phrase(query.search) if (len(query.search) >= TRIGRAM) and False else query.search
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


def x__selection__mutmut_16(table: Table, query: Query, *, ranked: bool) -> _Selection:
    selection = _Selection(f"{table.name} AS t")
    if query.search is not None:
        hits = _hits(table, query.search, ranked=ranked)
        if ranked:
            selection.source += f" JOIN ({hits}) AS hits ON hits.record = t.rowid"
        else:
            selection.conditions.append(f"t.rowid IN ({hits})")
        selection.params.append(
            fts_phrase(query.search) if (len(query.search) >= TRIGRAM) or True else query.search
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


def x__selection__mutmut_17(table: Table, query: Query, *, ranked: bool) -> _Selection:
    selection = _Selection(f"{table.name} AS t")
    if query.search is not None:
        hits = _hits(table, query.search, ranked=ranked)
        if ranked:
            selection.source += f" JOIN ({hits}) AS hits ON hits.record = t.rowid"
        else:
            selection.conditions.append(f"t.rowid IN ({hits})")
        selection.params.append(
            fts_phrase(None) if len(query.search) >= TRIGRAM else query.search
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


def x__selection__mutmut_18(table: Table, query: Query, *, ranked: bool) -> _Selection:
    selection = _Selection(f"{table.name} AS t")
    if query.search is not None:
        hits = _hits(table, query.search, ranked=ranked)
        if ranked:
            selection.source += f" JOIN ({hits}) AS hits ON hits.record = t.rowid"
        else:
            selection.conditions.append(f"t.rowid IN ({hits})")
        selection.params.append(
            fts_phrase(query.search) if len(query.search) > TRIGRAM else query.search
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


def x__selection__mutmut_19(table: Table, query: Query, *, ranked: bool) -> _Selection:
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
        selection.conditions.append(None)
        selection.params.extend(values)
    if table.date_range is not None:
        if query.date_from is not None:
            selection.conditions.append(f"t.{table.date_range.end_column} >= ?")
            selection.params.append(date_span(query.date_from)[0])
        if query.date_to is not None:
            selection.conditions.append(f"t.{table.date_range.start_column} <= ?")
            selection.params.append(date_span(query.date_to)[1])
    return selection


def x__selection__mutmut_20(table: Table, query: Query, *, ranked: bool) -> _Selection:
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
        selection.conditions.append(table.filters[name].condition(None))
        selection.params.extend(values)
    if table.date_range is not None:
        if query.date_from is not None:
            selection.conditions.append(f"t.{table.date_range.end_column} >= ?")
            selection.params.append(date_span(query.date_from)[0])
        if query.date_to is not None:
            selection.conditions.append(f"t.{table.date_range.start_column} <= ?")
            selection.params.append(date_span(query.date_to)[1])
    return selection


def x__selection__mutmut_21(table: Table, query: Query, *, ranked: bool) -> _Selection:
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
        selection.params.extend(None)
    if table.date_range is not None:
        if query.date_from is not None:
            selection.conditions.append(f"t.{table.date_range.end_column} >= ?")
            selection.params.append(date_span(query.date_from)[0])
        if query.date_to is not None:
            selection.conditions.append(f"t.{table.date_range.start_column} <= ?")
            selection.params.append(date_span(query.date_to)[1])
    return selection


def x__selection__mutmut_22(table: Table, query: Query, *, ranked: bool) -> _Selection:
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
    if table.date_range is None:
        if query.date_from is not None:
            selection.conditions.append(f"t.{table.date_range.end_column} >= ?")
            selection.params.append(date_span(query.date_from)[0])
        if query.date_to is not None:
            selection.conditions.append(f"t.{table.date_range.start_column} <= ?")
            selection.params.append(date_span(query.date_to)[1])
    return selection


def x__selection__mutmut_23(table: Table, query: Query, *, ranked: bool) -> _Selection:
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
        if query.date_from is None:
            selection.conditions.append(f"t.{table.date_range.end_column} >= ?")
            selection.params.append(date_span(query.date_from)[0])
        if query.date_to is not None:
            selection.conditions.append(f"t.{table.date_range.start_column} <= ?")
            selection.params.append(date_span(query.date_to)[1])
    return selection


def x__selection__mutmut_24(table: Table, query: Query, *, ranked: bool) -> _Selection:
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
            selection.conditions.append(None)
            selection.params.append(date_span(query.date_from)[0])
        if query.date_to is not None:
            selection.conditions.append(f"t.{table.date_range.start_column} <= ?")
            selection.params.append(date_span(query.date_to)[1])
    return selection


def x__selection__mutmut_25(table: Table, query: Query, *, ranked: bool) -> _Selection:
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
            selection.params.append(None)
        if query.date_to is not None:
            selection.conditions.append(f"t.{table.date_range.start_column} <= ?")
            selection.params.append(date_span(query.date_to)[1])
    return selection


def x__selection__mutmut_26(table: Table, query: Query, *, ranked: bool) -> _Selection:
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
            selection.params.append(date_span(None)[0])
        if query.date_to is not None:
            selection.conditions.append(f"t.{table.date_range.start_column} <= ?")
            selection.params.append(date_span(query.date_to)[1])
    return selection


def x__selection__mutmut_27(table: Table, query: Query, *, ranked: bool) -> _Selection:
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
            selection.params.append(date_span(query.date_from)[1])
        if query.date_to is not None:
            selection.conditions.append(f"t.{table.date_range.start_column} <= ?")
            selection.params.append(date_span(query.date_to)[1])
    return selection


def x__selection__mutmut_28(table: Table, query: Query, *, ranked: bool) -> _Selection:
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
        if query.date_to is None:
            selection.conditions.append(f"t.{table.date_range.start_column} <= ?")
            selection.params.append(date_span(query.date_to)[1])
    return selection


def x__selection__mutmut_29(table: Table, query: Query, *, ranked: bool) -> _Selection:
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
            selection.conditions.append(None)
            selection.params.append(date_span(query.date_to)[1])
    return selection


def x__selection__mutmut_30(table: Table, query: Query, *, ranked: bool) -> _Selection:
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
            selection.params.append(None)
    return selection


def x__selection__mutmut_31(table: Table, query: Query, *, ranked: bool) -> _Selection:
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
            selection.params.append(date_span(None)[1])
    return selection


def x__selection__mutmut_32(table: Table, query: Query, *, ranked: bool) -> _Selection:
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
            selection.params.append(date_span(query.date_to)[2])
    return selection

mutants_x__selection__mutmut['_mutmut_orig'] = x__selection__mutmut_orig # type: ignore # mutmut generated
mutants_x__selection__mutmut['x__selection__mutmut_1'] = x__selection__mutmut_1 # type: ignore # mutmut generated
mutants_x__selection__mutmut['x__selection__mutmut_2'] = x__selection__mutmut_2 # type: ignore # mutmut generated
mutants_x__selection__mutmut['x__selection__mutmut_3'] = x__selection__mutmut_3 # type: ignore # mutmut generated
mutants_x__selection__mutmut['x__selection__mutmut_4'] = x__selection__mutmut_4 # type: ignore # mutmut generated
mutants_x__selection__mutmut['x__selection__mutmut_5'] = x__selection__mutmut_5 # type: ignore # mutmut generated
mutants_x__selection__mutmut['x__selection__mutmut_6'] = x__selection__mutmut_6 # type: ignore # mutmut generated
mutants_x__selection__mutmut['x__selection__mutmut_7'] = x__selection__mutmut_7 # type: ignore # mutmut generated
mutants_x__selection__mutmut['x__selection__mutmut_8'] = x__selection__mutmut_8 # type: ignore # mutmut generated
mutants_x__selection__mutmut['x__selection__mutmut_9'] = x__selection__mutmut_9 # type: ignore # mutmut generated
mutants_x__selection__mutmut['x__selection__mutmut_10'] = x__selection__mutmut_10 # type: ignore # mutmut generated
mutants_x__selection__mutmut['x__selection__mutmut_11'] = x__selection__mutmut_11 # type: ignore # mutmut generated
mutants_x__selection__mutmut['x__selection__mutmut_12'] = x__selection__mutmut_12 # type: ignore # mutmut generated
mutants_x__selection__mutmut['x__selection__mutmut_13'] = x__selection__mutmut_13 # type: ignore # mutmut generated
mutants_x__selection__mutmut['x__selection__mutmut_14'] = x__selection__mutmut_14 # type: ignore # mutmut generated
mutants_x__selection__mutmut['x__selection__mutmut_15'] = x__selection__mutmut_15 # type: ignore # mutmut generated
mutants_x__selection__mutmut['x__selection__mutmut_16'] = x__selection__mutmut_16 # type: ignore # mutmut generated
mutants_x__selection__mutmut['x__selection__mutmut_17'] = x__selection__mutmut_17 # type: ignore # mutmut generated
mutants_x__selection__mutmut['x__selection__mutmut_18'] = x__selection__mutmut_18 # type: ignore # mutmut generated
mutants_x__selection__mutmut['x__selection__mutmut_19'] = x__selection__mutmut_19 # type: ignore # mutmut generated
mutants_x__selection__mutmut['x__selection__mutmut_20'] = x__selection__mutmut_20 # type: ignore # mutmut generated
mutants_x__selection__mutmut['x__selection__mutmut_21'] = x__selection__mutmut_21 # type: ignore # mutmut generated
mutants_x__selection__mutmut['x__selection__mutmut_22'] = x__selection__mutmut_22 # type: ignore # mutmut generated
mutants_x__selection__mutmut['x__selection__mutmut_23'] = x__selection__mutmut_23 # type: ignore # mutmut generated
mutants_x__selection__mutmut['x__selection__mutmut_24'] = x__selection__mutmut_24 # type: ignore # mutmut generated
mutants_x__selection__mutmut['x__selection__mutmut_25'] = x__selection__mutmut_25 # type: ignore # mutmut generated
mutants_x__selection__mutmut['x__selection__mutmut_26'] = x__selection__mutmut_26 # type: ignore # mutmut generated
mutants_x__selection__mutmut['x__selection__mutmut_27'] = x__selection__mutmut_27 # type: ignore # mutmut generated
mutants_x__selection__mutmut['x__selection__mutmut_28'] = x__selection__mutmut_28 # type: ignore # mutmut generated
mutants_x__selection__mutmut['x__selection__mutmut_29'] = x__selection__mutmut_29 # type: ignore # mutmut generated
mutants_x__selection__mutmut['x__selection__mutmut_30'] = x__selection__mutmut_30 # type: ignore # mutmut generated
mutants_x__selection__mutmut['x__selection__mutmut_31'] = x__selection__mutmut_31 # type: ignore # mutmut generated
mutants_x__selection__mutmut['x__selection__mutmut_32'] = x__selection__mutmut_32 # type: ignore # mutmut generated
mutants_x__hits__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__hits__mutmut)
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


def x__hits__mutmut_orig(table: Table, search: str, *, ranked: bool) -> str:
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


def x__hits__mutmut_1(table: Table, search: str, *, ranked: bool) -> str:
    """Return the subquery of the records with a text holding ``search`` (its one parameter)."""
    index = None
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


def x__hits__mutmut_2(table: Table, search: str, *, ranked: bool) -> str:
    """Return the subquery of the records with a text holding ``search`` (its one parameter)."""
    index = table.search_table
    if len(search) > TRIGRAM:
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


def x__hits__mutmut_3(table: Table, search: str, *, ranked: bool) -> str:
    """Return the subquery of the records with a text holding ``search`` (its one parameter)."""
    index = table.search_table
    if len(search) >= TRIGRAM:
        if ranked:
            # bm25, lower is better: a record ranks by its best-matching text.
            return (
                f"SELECT record, min(rank) AS score FROM {index} WHERE {index} MATCH ? "
                "XXGROUP BY recordXX"
            )
        return f"SELECT record FROM {index} WHERE {index} MATCH ?"
    if ranked:
        return f"SELECT DISTINCT record, 0 AS score FROM {index} WHERE dossier_contains(text, ?)"
    return f"SELECT record FROM {index} WHERE dossier_contains(text, ?)"


def x__hits__mutmut_4(table: Table, search: str, *, ranked: bool) -> str:
    """Return the subquery of the records with a text holding ``search`` (its one parameter)."""
    index = table.search_table
    if len(search) >= TRIGRAM:
        if ranked:
            # bm25, lower is better: a record ranks by its best-matching text.
            return (
                f"SELECT record, min(rank) AS score FROM {index} WHERE {index} MATCH ? "
                "group by record"
            )
        return f"SELECT record FROM {index} WHERE {index} MATCH ?"
    if ranked:
        return f"SELECT DISTINCT record, 0 AS score FROM {index} WHERE dossier_contains(text, ?)"
    return f"SELECT record FROM {index} WHERE dossier_contains(text, ?)"


def x__hits__mutmut_5(table: Table, search: str, *, ranked: bool) -> str:
    """Return the subquery of the records with a text holding ``search`` (its one parameter)."""
    index = table.search_table
    if len(search) >= TRIGRAM:
        if ranked:
            # bm25, lower is better: a record ranks by its best-matching text.
            return (
                f"SELECT record, min(rank) AS score FROM {index} WHERE {index} MATCH ? "
                "GROUP BY RECORD"
            )
        return f"SELECT record FROM {index} WHERE {index} MATCH ?"
    if ranked:
        return f"SELECT DISTINCT record, 0 AS score FROM {index} WHERE dossier_contains(text, ?)"
    return f"SELECT record FROM {index} WHERE dossier_contains(text, ?)"

mutants_x__hits__mutmut['_mutmut_orig'] = x__hits__mutmut_orig # type: ignore # mutmut generated
mutants_x__hits__mutmut['x__hits__mutmut_1'] = x__hits__mutmut_1 # type: ignore # mutmut generated
mutants_x__hits__mutmut['x__hits__mutmut_2'] = x__hits__mutmut_2 # type: ignore # mutmut generated
mutants_x__hits__mutmut['x__hits__mutmut_3'] = x__hits__mutmut_3 # type: ignore # mutmut generated
mutants_x__hits__mutmut['x__hits__mutmut_4'] = x__hits__mutmut_4 # type: ignore # mutmut generated
mutants_x__hits__mutmut['x__hits__mutmut_5'] = x__hits__mutmut_5 # type: ignore # mutmut generated
mutants_x__order__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__order__mutmut)
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


def x__order__mutmut_orig(table: Table, sort: Sequence[str], *, ranked: bool) -> str:
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


def x__order__mutmut_1(table: Table, sort: Sequence[str], *, ranked: bool) -> str:
    terms: list[str] = None
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


def x__order__mutmut_2(table: Table, sort: Sequence[str], *, ranked: bool) -> str:
    terms: list[str] = []
    for name in sort:
        bare = None
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


def x__order__mutmut_3(table: Table, sort: Sequence[str], *, ranked: bool) -> str:
    terms: list[str] = []
    for name in sort:
        bare = name.removeprefix(None)
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


def x__order__mutmut_4(table: Table, sort: Sequence[str], *, ranked: bool) -> str:
    terms: list[str] = []
    for name in sort:
        bare = name.removesuffix("-")
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


def x__order__mutmut_5(table: Table, sort: Sequence[str], *, ranked: bool) -> str:
    terms: list[str] = []
    for name in sort:
        bare = name.removeprefix("XX-XX")
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


def x__order__mutmut_6(table: Table, sort: Sequence[str], *, ranked: bool) -> str:
    terms: list[str] = []
    for name in sort:
        bare = name.removeprefix("-")
        if bare != "id":
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


def x__order__mutmut_7(table: Table, sort: Sequence[str], *, ranked: bool) -> str:
    terms: list[str] = []
    for name in sort:
        bare = name.removeprefix("-")
        if bare == "XXidXX":
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


def x__order__mutmut_8(table: Table, sort: Sequence[str], *, ranked: bool) -> str:
    terms: list[str] = []
    for name in sort:
        bare = name.removeprefix("-")
        if bare == "ID":
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


def x__order__mutmut_9(table: Table, sort: Sequence[str], *, ranked: bool) -> str:
    terms: list[str] = []
    for name in sort:
        bare = name.removeprefix("-")
        if bare == "id":
            terms.append(None)
            return ", ".join(terms)
        if name == RELEVANCE:
            # Without a search every record ranks the same: the order is that of the rest.
            if ranked:
                terms.append("hits.score")
            continue
        terms.append(f"t.{table.sort_column(name)}")
    terms.append("t.rowid")
    return ", ".join(terms)


def x__order__mutmut_10(table: Table, sort: Sequence[str], *, ranked: bool) -> str:
    terms: list[str] = []
    for name in sort:
        bare = name.removeprefix("-")
        if bare == "id":
            terms.append("t.rowid DESC" if (name.startswith("-")) and False else "t.rowid")
            return ", ".join(terms)
        if name == RELEVANCE:
            # Without a search every record ranks the same: the order is that of the rest.
            if ranked:
                terms.append("hits.score")
            continue
        terms.append(f"t.{table.sort_column(name)}")
    terms.append("t.rowid")
    return ", ".join(terms)


def x__order__mutmut_11(table: Table, sort: Sequence[str], *, ranked: bool) -> str:
    terms: list[str] = []
    for name in sort:
        bare = name.removeprefix("-")
        if bare == "id":
            terms.append("t.rowid DESC" if (name.startswith("-")) or True else "t.rowid")
            return ", ".join(terms)
        if name == RELEVANCE:
            # Without a search every record ranks the same: the order is that of the rest.
            if ranked:
                terms.append("hits.score")
            continue
        terms.append(f"t.{table.sort_column(name)}")
    terms.append("t.rowid")
    return ", ".join(terms)


def x__order__mutmut_12(table: Table, sort: Sequence[str], *, ranked: bool) -> str:
    terms: list[str] = []
    for name in sort:
        bare = name.removeprefix("-")
        if bare == "id":
            terms.append("XXt.rowid DESCXX" if name.startswith("-") else "t.rowid")
            return ", ".join(terms)
        if name == RELEVANCE:
            # Without a search every record ranks the same: the order is that of the rest.
            if ranked:
                terms.append("hits.score")
            continue
        terms.append(f"t.{table.sort_column(name)}")
    terms.append("t.rowid")
    return ", ".join(terms)


def x__order__mutmut_13(table: Table, sort: Sequence[str], *, ranked: bool) -> str:
    terms: list[str] = []
    for name in sort:
        bare = name.removeprefix("-")
        if bare == "id":
            terms.append("t.rowid desc" if name.startswith("-") else "t.rowid")
            return ", ".join(terms)
        if name == RELEVANCE:
            # Without a search every record ranks the same: the order is that of the rest.
            if ranked:
                terms.append("hits.score")
            continue
        terms.append(f"t.{table.sort_column(name)}")
    terms.append("t.rowid")
    return ", ".join(terms)


def x__order__mutmut_14(table: Table, sort: Sequence[str], *, ranked: bool) -> str:
    terms: list[str] = []
    for name in sort:
        bare = name.removeprefix("-")
        if bare == "id":
            terms.append("T.ROWID DESC" if name.startswith("-") else "t.rowid")
            return ", ".join(terms)
        if name == RELEVANCE:
            # Without a search every record ranks the same: the order is that of the rest.
            if ranked:
                terms.append("hits.score")
            continue
        terms.append(f"t.{table.sort_column(name)}")
    terms.append("t.rowid")
    return ", ".join(terms)


def x__order__mutmut_15(table: Table, sort: Sequence[str], *, ranked: bool) -> str:
    terms: list[str] = []
    for name in sort:
        bare = name.removeprefix("-")
        if bare == "id":
            terms.append("t.rowid DESC" if name.startswith(None) else "t.rowid")
            return ", ".join(terms)
        if name == RELEVANCE:
            # Without a search every record ranks the same: the order is that of the rest.
            if ranked:
                terms.append("hits.score")
            continue
        terms.append(f"t.{table.sort_column(name)}")
    terms.append("t.rowid")
    return ", ".join(terms)


def x__order__mutmut_16(table: Table, sort: Sequence[str], *, ranked: bool) -> str:
    terms: list[str] = []
    for name in sort:
        bare = name.removeprefix("-")
        if bare == "id":
            terms.append("t.rowid DESC" if name.startswith("XX-XX") else "t.rowid")
            return ", ".join(terms)
        if name == RELEVANCE:
            # Without a search every record ranks the same: the order is that of the rest.
            if ranked:
                terms.append("hits.score")
            continue
        terms.append(f"t.{table.sort_column(name)}")
    terms.append("t.rowid")
    return ", ".join(terms)


def x__order__mutmut_17(table: Table, sort: Sequence[str], *, ranked: bool) -> str:
    terms: list[str] = []
    for name in sort:
        bare = name.removeprefix("-")
        if bare == "id":
            terms.append("t.rowid DESC" if name.startswith("-") else "XXt.rowidXX")
            return ", ".join(terms)
        if name == RELEVANCE:
            # Without a search every record ranks the same: the order is that of the rest.
            if ranked:
                terms.append("hits.score")
            continue
        terms.append(f"t.{table.sort_column(name)}")
    terms.append("t.rowid")
    return ", ".join(terms)


def x__order__mutmut_18(table: Table, sort: Sequence[str], *, ranked: bool) -> str:
    terms: list[str] = []
    for name in sort:
        bare = name.removeprefix("-")
        if bare == "id":
            terms.append("t.rowid DESC" if name.startswith("-") else "T.ROWID")
            return ", ".join(terms)
        if name == RELEVANCE:
            # Without a search every record ranks the same: the order is that of the rest.
            if ranked:
                terms.append("hits.score")
            continue
        terms.append(f"t.{table.sort_column(name)}")
    terms.append("t.rowid")
    return ", ".join(terms)


def x__order__mutmut_19(table: Table, sort: Sequence[str], *, ranked: bool) -> str:
    terms: list[str] = []
    for name in sort:
        bare = name.removeprefix("-")
        if bare == "id":
            terms.append("t.rowid DESC" if name.startswith("-") else "t.rowid")
            return ", ".join(None)
        if name == RELEVANCE:
            # Without a search every record ranks the same: the order is that of the rest.
            if ranked:
                terms.append("hits.score")
            continue
        terms.append(f"t.{table.sort_column(name)}")
    terms.append("t.rowid")
    return ", ".join(terms)


def x__order__mutmut_20(table: Table, sort: Sequence[str], *, ranked: bool) -> str:
    terms: list[str] = []
    for name in sort:
        bare = name.removeprefix("-")
        if bare == "id":
            terms.append("t.rowid DESC" if name.startswith("-") else "t.rowid")
            return "XX, XX".join(terms)
        if name == RELEVANCE:
            # Without a search every record ranks the same: the order is that of the rest.
            if ranked:
                terms.append("hits.score")
            continue
        terms.append(f"t.{table.sort_column(name)}")
    terms.append("t.rowid")
    return ", ".join(terms)


def x__order__mutmut_21(table: Table, sort: Sequence[str], *, ranked: bool) -> str:
    terms: list[str] = []
    for name in sort:
        bare = name.removeprefix("-")
        if bare == "id":
            terms.append("t.rowid DESC" if name.startswith("-") else "t.rowid")
            return ", ".join(terms)
        if name != RELEVANCE:
            # Without a search every record ranks the same: the order is that of the rest.
            if ranked:
                terms.append("hits.score")
            continue
        terms.append(f"t.{table.sort_column(name)}")
    terms.append("t.rowid")
    return ", ".join(terms)


def x__order__mutmut_22(table: Table, sort: Sequence[str], *, ranked: bool) -> str:
    terms: list[str] = []
    for name in sort:
        bare = name.removeprefix("-")
        if bare == "id":
            terms.append("t.rowid DESC" if name.startswith("-") else "t.rowid")
            return ", ".join(terms)
        if name == RELEVANCE:
            # Without a search every record ranks the same: the order is that of the rest.
            if ranked:
                terms.append(None)
            continue
        terms.append(f"t.{table.sort_column(name)}")
    terms.append("t.rowid")
    return ", ".join(terms)


def x__order__mutmut_23(table: Table, sort: Sequence[str], *, ranked: bool) -> str:
    terms: list[str] = []
    for name in sort:
        bare = name.removeprefix("-")
        if bare == "id":
            terms.append("t.rowid DESC" if name.startswith("-") else "t.rowid")
            return ", ".join(terms)
        if name == RELEVANCE:
            # Without a search every record ranks the same: the order is that of the rest.
            if ranked:
                terms.append("XXhits.scoreXX")
            continue
        terms.append(f"t.{table.sort_column(name)}")
    terms.append("t.rowid")
    return ", ".join(terms)


def x__order__mutmut_24(table: Table, sort: Sequence[str], *, ranked: bool) -> str:
    terms: list[str] = []
    for name in sort:
        bare = name.removeprefix("-")
        if bare == "id":
            terms.append("t.rowid DESC" if name.startswith("-") else "t.rowid")
            return ", ".join(terms)
        if name == RELEVANCE:
            # Without a search every record ranks the same: the order is that of the rest.
            if ranked:
                terms.append("HITS.SCORE")
            continue
        terms.append(f"t.{table.sort_column(name)}")
    terms.append("t.rowid")
    return ", ".join(terms)


def x__order__mutmut_25(table: Table, sort: Sequence[str], *, ranked: bool) -> str:
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
            break
        terms.append(f"t.{table.sort_column(name)}")
    terms.append("t.rowid")
    return ", ".join(terms)


def x__order__mutmut_26(table: Table, sort: Sequence[str], *, ranked: bool) -> str:
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
        terms.append(None)
    terms.append("t.rowid")
    return ", ".join(terms)


def x__order__mutmut_27(table: Table, sort: Sequence[str], *, ranked: bool) -> str:
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
        terms.append(f"t.{table.sort_column(None)}")
    terms.append("t.rowid")
    return ", ".join(terms)


def x__order__mutmut_28(table: Table, sort: Sequence[str], *, ranked: bool) -> str:
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
    terms.append(None)
    return ", ".join(terms)


def x__order__mutmut_29(table: Table, sort: Sequence[str], *, ranked: bool) -> str:
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
    terms.append("XXt.rowidXX")
    return ", ".join(terms)


def x__order__mutmut_30(table: Table, sort: Sequence[str], *, ranked: bool) -> str:
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
    terms.append("T.ROWID")
    return ", ".join(terms)


def x__order__mutmut_31(table: Table, sort: Sequence[str], *, ranked: bool) -> str:
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
    return ", ".join(None)


def x__order__mutmut_32(table: Table, sort: Sequence[str], *, ranked: bool) -> str:
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
    return "XX, XX".join(terms)

mutants_x__order__mutmut['_mutmut_orig'] = x__order__mutmut_orig # type: ignore # mutmut generated
mutants_x__order__mutmut['x__order__mutmut_1'] = x__order__mutmut_1 # type: ignore # mutmut generated
mutants_x__order__mutmut['x__order__mutmut_2'] = x__order__mutmut_2 # type: ignore # mutmut generated
mutants_x__order__mutmut['x__order__mutmut_3'] = x__order__mutmut_3 # type: ignore # mutmut generated
mutants_x__order__mutmut['x__order__mutmut_4'] = x__order__mutmut_4 # type: ignore # mutmut generated
mutants_x__order__mutmut['x__order__mutmut_5'] = x__order__mutmut_5 # type: ignore # mutmut generated
mutants_x__order__mutmut['x__order__mutmut_6'] = x__order__mutmut_6 # type: ignore # mutmut generated
mutants_x__order__mutmut['x__order__mutmut_7'] = x__order__mutmut_7 # type: ignore # mutmut generated
mutants_x__order__mutmut['x__order__mutmut_8'] = x__order__mutmut_8 # type: ignore # mutmut generated
mutants_x__order__mutmut['x__order__mutmut_9'] = x__order__mutmut_9 # type: ignore # mutmut generated
mutants_x__order__mutmut['x__order__mutmut_10'] = x__order__mutmut_10 # type: ignore # mutmut generated
mutants_x__order__mutmut['x__order__mutmut_11'] = x__order__mutmut_11 # type: ignore # mutmut generated
mutants_x__order__mutmut['x__order__mutmut_12'] = x__order__mutmut_12 # type: ignore # mutmut generated
mutants_x__order__mutmut['x__order__mutmut_13'] = x__order__mutmut_13 # type: ignore # mutmut generated
mutants_x__order__mutmut['x__order__mutmut_14'] = x__order__mutmut_14 # type: ignore # mutmut generated
mutants_x__order__mutmut['x__order__mutmut_15'] = x__order__mutmut_15 # type: ignore # mutmut generated
mutants_x__order__mutmut['x__order__mutmut_16'] = x__order__mutmut_16 # type: ignore # mutmut generated
mutants_x__order__mutmut['x__order__mutmut_17'] = x__order__mutmut_17 # type: ignore # mutmut generated
mutants_x__order__mutmut['x__order__mutmut_18'] = x__order__mutmut_18 # type: ignore # mutmut generated
mutants_x__order__mutmut['x__order__mutmut_19'] = x__order__mutmut_19 # type: ignore # mutmut generated
mutants_x__order__mutmut['x__order__mutmut_20'] = x__order__mutmut_20 # type: ignore # mutmut generated
mutants_x__order__mutmut['x__order__mutmut_21'] = x__order__mutmut_21 # type: ignore # mutmut generated
mutants_x__order__mutmut['x__order__mutmut_22'] = x__order__mutmut_22 # type: ignore # mutmut generated
mutants_x__order__mutmut['x__order__mutmut_23'] = x__order__mutmut_23 # type: ignore # mutmut generated
mutants_x__order__mutmut['x__order__mutmut_24'] = x__order__mutmut_24 # type: ignore # mutmut generated
mutants_x__order__mutmut['x__order__mutmut_25'] = x__order__mutmut_25 # type: ignore # mutmut generated
mutants_x__order__mutmut['x__order__mutmut_26'] = x__order__mutmut_26 # type: ignore # mutmut generated
mutants_x__order__mutmut['x__order__mutmut_27'] = x__order__mutmut_27 # type: ignore # mutmut generated
mutants_x__order__mutmut['x__order__mutmut_28'] = x__order__mutmut_28 # type: ignore # mutmut generated
mutants_x__order__mutmut['x__order__mutmut_29'] = x__order__mutmut_29 # type: ignore # mutmut generated
mutants_x__order__mutmut['x__order__mutmut_30'] = x__order__mutmut_30 # type: ignore # mutmut generated
mutants_x__order__mutmut['x__order__mutmut_31'] = x__order__mutmut_31 # type: ignore # mutmut generated
mutants_x__order__mutmut['x__order__mutmut_32'] = x__order__mutmut_32 # type: ignore # mutmut generated
mutants_x_select__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_select__mutmut)
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


def x_select__mutmut_orig(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
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


def x_select__mutmut_1(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
    """Return the page of rendered records matching ``query``, in the order it asks for."""
    ranked = None
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


def x_select__mutmut_2(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
    """Return the page of rendered records matching ``query``, in the order it asks for."""
    ranked = RELEVANCE in query.sort or query.search is not None
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


def x_select__mutmut_3(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
    """Return the page of rendered records matching ``query``, in the order it asks for."""
    ranked = RELEVANCE not in query.sort and query.search is not None
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


def x_select__mutmut_4(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
    """Return the page of rendered records matching ``query``, in the order it asks for."""
    ranked = RELEVANCE in query.sort and query.search is None
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


def x_select__mutmut_5(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
    """Return the page of rendered records matching ``query``, in the order it asks for."""
    ranked = RELEVANCE in query.sort and query.search is not None
    selection = None
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


def x_select__mutmut_6(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
    """Return the page of rendered records matching ``query``, in the order it asks for."""
    ranked = RELEVANCE in query.sort and query.search is not None
    selection = _selection(None, query, ranked=ranked)
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


def x_select__mutmut_7(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
    """Return the page of rendered records matching ``query``, in the order it asks for."""
    ranked = RELEVANCE in query.sort and query.search is not None
    selection = _selection(table, None, ranked=ranked)
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


def x_select__mutmut_8(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
    """Return the page of rendered records matching ``query``, in the order it asks for."""
    ranked = RELEVANCE in query.sort and query.search is not None
    selection = _selection(table, query, ranked=None)
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


def x_select__mutmut_9(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
    """Return the page of rendered records matching ``query``, in the order it asks for."""
    ranked = RELEVANCE in query.sort and query.search is not None
    selection = _selection(query, ranked=ranked)
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


def x_select__mutmut_10(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
    """Return the page of rendered records matching ``query``, in the order it asks for."""
    ranked = RELEVANCE in query.sort and query.search is not None
    selection = _selection(table, ranked=ranked)
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


def x_select__mutmut_11(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
    """Return the page of rendered records matching ``query``, in the order it asks for."""
    ranked = RELEVANCE in query.sort and query.search is not None
    selection = _selection(table, query, )
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


def x_select__mutmut_12(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
    """Return the page of rendered records matching ``query``, in the order it asks for."""
    ranked = RELEVANCE in query.sort and query.search is not None
    selection = _selection(table, query, ranked=ranked)
    (total,) = None
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


def x_select__mutmut_13(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
    """Return the page of rendered records matching ``query``, in the order it asks for."""
    ranked = RELEVANCE in query.sort and query.search is not None
    selection = _selection(table, query, ranked=ranked)
    (total,) = connection.execute(
        None, selection.params
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


def x_select__mutmut_14(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
    """Return the page of rendered records matching ``query``, in the order it asks for."""
    ranked = RELEVANCE in query.sort and query.search is not None
    selection = _selection(table, query, ranked=ranked)
    (total,) = connection.execute(
        f"SELECT count(*) FROM {selection.sql}", None
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


def x_select__mutmut_15(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
    """Return the page of rendered records matching ``query``, in the order it asks for."""
    ranked = RELEVANCE in query.sort and query.search is not None
    selection = _selection(table, query, ranked=ranked)
    (total,) = connection.execute(
        selection.params
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


def x_select__mutmut_16(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
    """Return the page of rendered records matching ``query``, in the order it asks for."""
    ranked = RELEVANCE in query.sort and query.search is not None
    selection = _selection(table, query, ranked=ranked)
    (total,) = connection.execute(
        f"SELECT count(*) FROM {selection.sql}", ).fetchone()
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


def x_select__mutmut_17(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
    """Return the page of rendered records matching ``query``, in the order it asks for."""
    ranked = RELEVANCE in query.sort and query.search is not None
    selection = _selection(table, query, ranked=ranked)
    (total,) = connection.execute(
        f"SELECT count(*) FROM {selection.sql}", selection.params
    ).fetchone()
    if total <= query.offset and query.limit == 0:
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


def x_select__mutmut_18(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
    """Return the page of rendered records matching ``query``, in the order it asks for."""
    ranked = RELEVANCE in query.sort and query.search is not None
    selection = _selection(table, query, ranked=ranked)
    (total,) = connection.execute(
        f"SELECT count(*) FROM {selection.sql}", selection.params
    ).fetchone()
    if total < query.offset or query.limit == 0:
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


def x_select__mutmut_19(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
    """Return the page of rendered records matching ``query``, in the order it asks for."""
    ranked = RELEVANCE in query.sort and query.search is not None
    selection = _selection(table, query, ranked=ranked)
    (total,) = connection.execute(
        f"SELECT count(*) FROM {selection.sql}", selection.params
    ).fetchone()
    if total <= query.offset or query.limit != 0:
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


def x_select__mutmut_20(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
    """Return the page of rendered records matching ``query``, in the order it asks for."""
    ranked = RELEVANCE in query.sort and query.search is not None
    selection = _selection(table, query, ranked=ranked)
    (total,) = connection.execute(
        f"SELECT count(*) FROM {selection.sql}", selection.params
    ).fetchone()
    if total <= query.offset or query.limit == 1:
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


def x_select__mutmut_21(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
    """Return the page of rendered records matching ``query``, in the order it asks for."""
    ranked = RELEVANCE in query.sort and query.search is not None
    selection = _selection(table, query, ranked=ranked)
    (total,) = connection.execute(
        f"SELECT count(*) FROM {selection.sql}", selection.params
    ).fetchone()
    if total <= query.offset or query.limit == 0:
        return Page(items=None, total=total)
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


def x_select__mutmut_22(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
    """Return the page of rendered records matching ``query``, in the order it asks for."""
    ranked = RELEVANCE in query.sort and query.search is not None
    selection = _selection(table, query, ranked=ranked)
    (total,) = connection.execute(
        f"SELECT count(*) FROM {selection.sql}", selection.params
    ).fetchone()
    if total <= query.offset or query.limit == 0:
        return Page(items=[], total=None)
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


def x_select__mutmut_23(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
    """Return the page of rendered records matching ``query``, in the order it asks for."""
    ranked = RELEVANCE in query.sort and query.search is not None
    selection = _selection(table, query, ranked=ranked)
    (total,) = connection.execute(
        f"SELECT count(*) FROM {selection.sql}", selection.params
    ).fetchone()
    if total <= query.offset or query.limit == 0:
        return Page(total=total)
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


def x_select__mutmut_24(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
    """Return the page of rendered records matching ``query``, in the order it asks for."""
    ranked = RELEVANCE in query.sort and query.search is not None
    selection = _selection(table, query, ranked=ranked)
    (total,) = connection.execute(
        f"SELECT count(*) FROM {selection.sql}", selection.params
    ).fetchone()
    if total <= query.offset or query.limit == 0:
        return Page(items=[], )
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


def x_select__mutmut_25(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
    """Return the page of rendered records matching ``query``, in the order it asks for."""
    ranked = RELEVANCE in query.sort and query.search is not None
    selection = _selection(table, query, ranked=ranked)
    (total,) = connection.execute(
        f"SELECT count(*) FROM {selection.sql}", selection.params
    ).fetchone()
    if total <= query.offset or query.limit == 0:
        return Page(items=[], total=total)
    limit = None
    rowids = [
        rowid
        for (rowid,) in connection.execute(
            f"SELECT t.rowid FROM {selection.sql} "
            f"ORDER BY {_order(table, query.sort, ranked=ranked)} LIMIT ? OFFSET ?",
            [*selection.params, limit, query.offset],
        )
    ]
    return Page(items=rendered(connection, table, rowids), total=total)


def x_select__mutmut_26(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
    """Return the page of rendered records matching ``query``, in the order it asks for."""
    ranked = RELEVANCE in query.sort and query.search is not None
    selection = _selection(table, query, ranked=ranked)
    (total,) = connection.execute(
        f"SELECT count(*) FROM {selection.sql}", selection.params
    ).fetchone()
    if total <= query.offset or query.limit == 0:
        return Page(items=[], total=total)
    limit = -1 if (query.limit is None) and False else query.limit
    rowids = [
        rowid
        for (rowid,) in connection.execute(
            f"SELECT t.rowid FROM {selection.sql} "
            f"ORDER BY {_order(table, query.sort, ranked=ranked)} LIMIT ? OFFSET ?",
            [*selection.params, limit, query.offset],
        )
    ]
    return Page(items=rendered(connection, table, rowids), total=total)


def x_select__mutmut_27(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
    """Return the page of rendered records matching ``query``, in the order it asks for."""
    ranked = RELEVANCE in query.sort and query.search is not None
    selection = _selection(table, query, ranked=ranked)
    (total,) = connection.execute(
        f"SELECT count(*) FROM {selection.sql}", selection.params
    ).fetchone()
    if total <= query.offset or query.limit == 0:
        return Page(items=[], total=total)
    limit = -1 if (query.limit is None) or True else query.limit
    rowids = [
        rowid
        for (rowid,) in connection.execute(
            f"SELECT t.rowid FROM {selection.sql} "
            f"ORDER BY {_order(table, query.sort, ranked=ranked)} LIMIT ? OFFSET ?",
            [*selection.params, limit, query.offset],
        )
    ]
    return Page(items=rendered(connection, table, rowids), total=total)


def x_select__mutmut_28(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
    """Return the page of rendered records matching ``query``, in the order it asks for."""
    ranked = RELEVANCE in query.sort and query.search is not None
    selection = _selection(table, query, ranked=ranked)
    (total,) = connection.execute(
        f"SELECT count(*) FROM {selection.sql}", selection.params
    ).fetchone()
    if total <= query.offset or query.limit == 0:
        return Page(items=[], total=total)
    limit = +1 if query.limit is None else query.limit
    rowids = [
        rowid
        for (rowid,) in connection.execute(
            f"SELECT t.rowid FROM {selection.sql} "
            f"ORDER BY {_order(table, query.sort, ranked=ranked)} LIMIT ? OFFSET ?",
            [*selection.params, limit, query.offset],
        )
    ]
    return Page(items=rendered(connection, table, rowids), total=total)


def x_select__mutmut_29(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
    """Return the page of rendered records matching ``query``, in the order it asks for."""
    ranked = RELEVANCE in query.sort and query.search is not None
    selection = _selection(table, query, ranked=ranked)
    (total,) = connection.execute(
        f"SELECT count(*) FROM {selection.sql}", selection.params
    ).fetchone()
    if total <= query.offset or query.limit == 0:
        return Page(items=[], total=total)
    limit = -2 if query.limit is None else query.limit
    rowids = [
        rowid
        for (rowid,) in connection.execute(
            f"SELECT t.rowid FROM {selection.sql} "
            f"ORDER BY {_order(table, query.sort, ranked=ranked)} LIMIT ? OFFSET ?",
            [*selection.params, limit, query.offset],
        )
    ]
    return Page(items=rendered(connection, table, rowids), total=total)


def x_select__mutmut_30(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
    """Return the page of rendered records matching ``query``, in the order it asks for."""
    ranked = RELEVANCE in query.sort and query.search is not None
    selection = _selection(table, query, ranked=ranked)
    (total,) = connection.execute(
        f"SELECT count(*) FROM {selection.sql}", selection.params
    ).fetchone()
    if total <= query.offset or query.limit == 0:
        return Page(items=[], total=total)
    limit = -1 if query.limit is not None else query.limit
    rowids = [
        rowid
        for (rowid,) in connection.execute(
            f"SELECT t.rowid FROM {selection.sql} "
            f"ORDER BY {_order(table, query.sort, ranked=ranked)} LIMIT ? OFFSET ?",
            [*selection.params, limit, query.offset],
        )
    ]
    return Page(items=rendered(connection, table, rowids), total=total)


def x_select__mutmut_31(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
    """Return the page of rendered records matching ``query``, in the order it asks for."""
    ranked = RELEVANCE in query.sort and query.search is not None
    selection = _selection(table, query, ranked=ranked)
    (total,) = connection.execute(
        f"SELECT count(*) FROM {selection.sql}", selection.params
    ).fetchone()
    if total <= query.offset or query.limit == 0:
        return Page(items=[], total=total)
    limit = -1 if query.limit is None else query.limit
    rowids = None
    return Page(items=rendered(connection, table, rowids), total=total)


def x_select__mutmut_32(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
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
            None,
            [*selection.params, limit, query.offset],
        )
    ]
    return Page(items=rendered(connection, table, rowids), total=total)


def x_select__mutmut_33(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
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
            None,
        )
    ]
    return Page(items=rendered(connection, table, rowids), total=total)


def x_select__mutmut_34(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
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
            [*selection.params, limit, query.offset],
        )
    ]
    return Page(items=rendered(connection, table, rowids), total=total)


def x_select__mutmut_35(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
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
            )
    ]
    return Page(items=rendered(connection, table, rowids), total=total)


def x_select__mutmut_36(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
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
            f"ORDER BY {_order(None, query.sort, ranked=ranked)} LIMIT ? OFFSET ?",
            [*selection.params, limit, query.offset],
        )
    ]
    return Page(items=rendered(connection, table, rowids), total=total)


def x_select__mutmut_37(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
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
            f"ORDER BY {_order(table, None, ranked=ranked)} LIMIT ? OFFSET ?",
            [*selection.params, limit, query.offset],
        )
    ]
    return Page(items=rendered(connection, table, rowids), total=total)


def x_select__mutmut_38(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
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
            f"ORDER BY {_order(table, query.sort, ranked=None)} LIMIT ? OFFSET ?",
            [*selection.params, limit, query.offset],
        )
    ]
    return Page(items=rendered(connection, table, rowids), total=total)


def x_select__mutmut_39(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
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
            f"ORDER BY {_order(query.sort, ranked=ranked)} LIMIT ? OFFSET ?",
            [*selection.params, limit, query.offset],
        )
    ]
    return Page(items=rendered(connection, table, rowids), total=total)


def x_select__mutmut_40(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
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
            f"ORDER BY {_order(table, ranked=ranked)} LIMIT ? OFFSET ?",
            [*selection.params, limit, query.offset],
        )
    ]
    return Page(items=rendered(connection, table, rowids), total=total)


def x_select__mutmut_41(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
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
            f"ORDER BY {_order(table, query.sort, )} LIMIT ? OFFSET ?",
            [*selection.params, limit, query.offset],
        )
    ]
    return Page(items=rendered(connection, table, rowids), total=total)


def x_select__mutmut_42(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
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
    return Page(items=None, total=total)


def x_select__mutmut_43(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
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
    return Page(items=rendered(connection, table, rowids), total=None)


def x_select__mutmut_44(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
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
    return Page(total=total)


def x_select__mutmut_45(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
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
    return Page(items=rendered(connection, table, rowids), )


def x_select__mutmut_46(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
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
    return Page(items=rendered(None, table, rowids), total=total)


def x_select__mutmut_47(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
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
    return Page(items=rendered(connection, None, rowids), total=total)


def x_select__mutmut_48(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
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
    return Page(items=rendered(connection, table, None), total=total)


def x_select__mutmut_49(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
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
    return Page(items=rendered(table, rowids), total=total)


def x_select__mutmut_50(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
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
    return Page(items=rendered(connection, rowids), total=total)


def x_select__mutmut_51(connection: sqlite3.Connection, table: Table, query: Query) -> Page:
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
    return Page(items=rendered(connection, table, ), total=total)

mutants_x_select__mutmut['_mutmut_orig'] = x_select__mutmut_orig # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_1'] = x_select__mutmut_1 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_2'] = x_select__mutmut_2 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_3'] = x_select__mutmut_3 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_4'] = x_select__mutmut_4 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_5'] = x_select__mutmut_5 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_6'] = x_select__mutmut_6 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_7'] = x_select__mutmut_7 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_8'] = x_select__mutmut_8 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_9'] = x_select__mutmut_9 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_10'] = x_select__mutmut_10 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_11'] = x_select__mutmut_11 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_12'] = x_select__mutmut_12 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_13'] = x_select__mutmut_13 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_14'] = x_select__mutmut_14 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_15'] = x_select__mutmut_15 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_16'] = x_select__mutmut_16 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_17'] = x_select__mutmut_17 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_18'] = x_select__mutmut_18 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_19'] = x_select__mutmut_19 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_20'] = x_select__mutmut_20 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_21'] = x_select__mutmut_21 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_22'] = x_select__mutmut_22 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_23'] = x_select__mutmut_23 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_24'] = x_select__mutmut_24 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_25'] = x_select__mutmut_25 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_26'] = x_select__mutmut_26 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_27'] = x_select__mutmut_27 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_28'] = x_select__mutmut_28 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_29'] = x_select__mutmut_29 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_30'] = x_select__mutmut_30 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_31'] = x_select__mutmut_31 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_32'] = x_select__mutmut_32 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_33'] = x_select__mutmut_33 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_34'] = x_select__mutmut_34 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_35'] = x_select__mutmut_35 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_36'] = x_select__mutmut_36 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_37'] = x_select__mutmut_37 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_38'] = x_select__mutmut_38 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_39'] = x_select__mutmut_39 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_40'] = x_select__mutmut_40 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_41'] = x_select__mutmut_41 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_42'] = x_select__mutmut_42 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_43'] = x_select__mutmut_43 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_44'] = x_select__mutmut_44 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_45'] = x_select__mutmut_45 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_46'] = x_select__mutmut_46 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_47'] = x_select__mutmut_47 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_48'] = x_select__mutmut_48 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_49'] = x_select__mutmut_49 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_50'] = x_select__mutmut_50 # type: ignore # mutmut generated
mutants_x_select__mutmut['x_select__mutmut_51'] = x_select__mutmut_51 # type: ignore # mutmut generated
mutants_x_rendered__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_rendered__mutmut)
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


def x_rendered__mutmut_orig(connection: sqlite3.Connection, table: Table, rowids: list[int]) -> list[bytes]:
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


def x_rendered__mutmut_1(connection: sqlite3.Connection, table: Table, rowids: list[int]) -> list[bytes]:
    """Return the records of these rowids as the API serves them, in the same order."""
    json: dict[int, bytes] = None
    for start in range(0, len(rowids), _BOUND_PARAMETERS):
        batch = rowids[start : start + _BOUND_PARAMETERS]
        marks = ", ".join("?" * len(batch))
        json.update(
            connection.execute(
                f"SELECT rowid, json FROM {table.json_table} WHERE rowid IN ({marks})", batch
            )
        )
    return [json[rowid] for rowid in rowids]


def x_rendered__mutmut_2(connection: sqlite3.Connection, table: Table, rowids: list[int]) -> list[bytes]:
    """Return the records of these rowids as the API serves them, in the same order."""
    json: dict[int, bytes] = {}
    for start in range(None, len(rowids), _BOUND_PARAMETERS):
        batch = rowids[start : start + _BOUND_PARAMETERS]
        marks = ", ".join("?" * len(batch))
        json.update(
            connection.execute(
                f"SELECT rowid, json FROM {table.json_table} WHERE rowid IN ({marks})", batch
            )
        )
    return [json[rowid] for rowid in rowids]


def x_rendered__mutmut_3(connection: sqlite3.Connection, table: Table, rowids: list[int]) -> list[bytes]:
    """Return the records of these rowids as the API serves them, in the same order."""
    json: dict[int, bytes] = {}
    for start in range(0, None, _BOUND_PARAMETERS):
        batch = rowids[start : start + _BOUND_PARAMETERS]
        marks = ", ".join("?" * len(batch))
        json.update(
            connection.execute(
                f"SELECT rowid, json FROM {table.json_table} WHERE rowid IN ({marks})", batch
            )
        )
    return [json[rowid] for rowid in rowids]


def x_rendered__mutmut_4(connection: sqlite3.Connection, table: Table, rowids: list[int]) -> list[bytes]:
    """Return the records of these rowids as the API serves them, in the same order."""
    json: dict[int, bytes] = {}
    for start in range(0, len(rowids), None):
        batch = rowids[start : start + _BOUND_PARAMETERS]
        marks = ", ".join("?" * len(batch))
        json.update(
            connection.execute(
                f"SELECT rowid, json FROM {table.json_table} WHERE rowid IN ({marks})", batch
            )
        )
    return [json[rowid] for rowid in rowids]


def x_rendered__mutmut_5(connection: sqlite3.Connection, table: Table, rowids: list[int]) -> list[bytes]:
    """Return the records of these rowids as the API serves them, in the same order."""
    json: dict[int, bytes] = {}
    for start in range(len(rowids), _BOUND_PARAMETERS):
        batch = rowids[start : start + _BOUND_PARAMETERS]
        marks = ", ".join("?" * len(batch))
        json.update(
            connection.execute(
                f"SELECT rowid, json FROM {table.json_table} WHERE rowid IN ({marks})", batch
            )
        )
    return [json[rowid] for rowid in rowids]


def x_rendered__mutmut_6(connection: sqlite3.Connection, table: Table, rowids: list[int]) -> list[bytes]:
    """Return the records of these rowids as the API serves them, in the same order."""
    json: dict[int, bytes] = {}
    for start in range(0, _BOUND_PARAMETERS):
        batch = rowids[start : start + _BOUND_PARAMETERS]
        marks = ", ".join("?" * len(batch))
        json.update(
            connection.execute(
                f"SELECT rowid, json FROM {table.json_table} WHERE rowid IN ({marks})", batch
            )
        )
    return [json[rowid] for rowid in rowids]


def x_rendered__mutmut_7(connection: sqlite3.Connection, table: Table, rowids: list[int]) -> list[bytes]:
    """Return the records of these rowids as the API serves them, in the same order."""
    json: dict[int, bytes] = {}
    for start in range(0, len(rowids), ):
        batch = rowids[start : start + _BOUND_PARAMETERS]
        marks = ", ".join("?" * len(batch))
        json.update(
            connection.execute(
                f"SELECT rowid, json FROM {table.json_table} WHERE rowid IN ({marks})", batch
            )
        )
    return [json[rowid] for rowid in rowids]


def x_rendered__mutmut_8(connection: sqlite3.Connection, table: Table, rowids: list[int]) -> list[bytes]:
    """Return the records of these rowids as the API serves them, in the same order."""
    json: dict[int, bytes] = {}
    for start in range(1, len(rowids), _BOUND_PARAMETERS):
        batch = rowids[start : start + _BOUND_PARAMETERS]
        marks = ", ".join("?" * len(batch))
        json.update(
            connection.execute(
                f"SELECT rowid, json FROM {table.json_table} WHERE rowid IN ({marks})", batch
            )
        )
    return [json[rowid] for rowid in rowids]


def x_rendered__mutmut_9(connection: sqlite3.Connection, table: Table, rowids: list[int]) -> list[bytes]:
    """Return the records of these rowids as the API serves them, in the same order."""
    json: dict[int, bytes] = {}
    for start in range(0, len(rowids), _BOUND_PARAMETERS):
        batch = None
        marks = ", ".join("?" * len(batch))
        json.update(
            connection.execute(
                f"SELECT rowid, json FROM {table.json_table} WHERE rowid IN ({marks})", batch
            )
        )
    return [json[rowid] for rowid in rowids]


def x_rendered__mutmut_10(connection: sqlite3.Connection, table: Table, rowids: list[int]) -> list[bytes]:
    """Return the records of these rowids as the API serves them, in the same order."""
    json: dict[int, bytes] = {}
    for start in range(0, len(rowids), _BOUND_PARAMETERS):
        batch = rowids[start : start - _BOUND_PARAMETERS]
        marks = ", ".join("?" * len(batch))
        json.update(
            connection.execute(
                f"SELECT rowid, json FROM {table.json_table} WHERE rowid IN ({marks})", batch
            )
        )
    return [json[rowid] for rowid in rowids]


def x_rendered__mutmut_11(connection: sqlite3.Connection, table: Table, rowids: list[int]) -> list[bytes]:
    """Return the records of these rowids as the API serves them, in the same order."""
    json: dict[int, bytes] = {}
    for start in range(0, len(rowids), _BOUND_PARAMETERS):
        batch = rowids[start : start + _BOUND_PARAMETERS]
        marks = None
        json.update(
            connection.execute(
                f"SELECT rowid, json FROM {table.json_table} WHERE rowid IN ({marks})", batch
            )
        )
    return [json[rowid] for rowid in rowids]


def x_rendered__mutmut_12(connection: sqlite3.Connection, table: Table, rowids: list[int]) -> list[bytes]:
    """Return the records of these rowids as the API serves them, in the same order."""
    json: dict[int, bytes] = {}
    for start in range(0, len(rowids), _BOUND_PARAMETERS):
        batch = rowids[start : start + _BOUND_PARAMETERS]
        marks = ", ".join(None)
        json.update(
            connection.execute(
                f"SELECT rowid, json FROM {table.json_table} WHERE rowid IN ({marks})", batch
            )
        )
    return [json[rowid] for rowid in rowids]


def x_rendered__mutmut_13(connection: sqlite3.Connection, table: Table, rowids: list[int]) -> list[bytes]:
    """Return the records of these rowids as the API serves them, in the same order."""
    json: dict[int, bytes] = {}
    for start in range(0, len(rowids), _BOUND_PARAMETERS):
        batch = rowids[start : start + _BOUND_PARAMETERS]
        marks = "XX, XX".join("?" * len(batch))
        json.update(
            connection.execute(
                f"SELECT rowid, json FROM {table.json_table} WHERE rowid IN ({marks})", batch
            )
        )
    return [json[rowid] for rowid in rowids]


def x_rendered__mutmut_14(connection: sqlite3.Connection, table: Table, rowids: list[int]) -> list[bytes]:
    """Return the records of these rowids as the API serves them, in the same order."""
    json: dict[int, bytes] = {}
    for start in range(0, len(rowids), _BOUND_PARAMETERS):
        batch = rowids[start : start + _BOUND_PARAMETERS]
        marks = ", ".join("?" / len(batch))
        json.update(
            connection.execute(
                f"SELECT rowid, json FROM {table.json_table} WHERE rowid IN ({marks})", batch
            )
        )
    return [json[rowid] for rowid in rowids]


def x_rendered__mutmut_15(connection: sqlite3.Connection, table: Table, rowids: list[int]) -> list[bytes]:
    """Return the records of these rowids as the API serves them, in the same order."""
    json: dict[int, bytes] = {}
    for start in range(0, len(rowids), _BOUND_PARAMETERS):
        batch = rowids[start : start + _BOUND_PARAMETERS]
        marks = ", ".join("XX?XX" * len(batch))
        json.update(
            connection.execute(
                f"SELECT rowid, json FROM {table.json_table} WHERE rowid IN ({marks})", batch
            )
        )
    return [json[rowid] for rowid in rowids]


def x_rendered__mutmut_16(connection: sqlite3.Connection, table: Table, rowids: list[int]) -> list[bytes]:
    """Return the records of these rowids as the API serves them, in the same order."""
    json: dict[int, bytes] = {}
    for start in range(0, len(rowids), _BOUND_PARAMETERS):
        batch = rowids[start : start + _BOUND_PARAMETERS]
        marks = ", ".join("?" * len(batch))
        json.update(
            None
        )
    return [json[rowid] for rowid in rowids]


def x_rendered__mutmut_17(connection: sqlite3.Connection, table: Table, rowids: list[int]) -> list[bytes]:
    """Return the records of these rowids as the API serves them, in the same order."""
    json: dict[int, bytes] = {}
    for start in range(0, len(rowids), _BOUND_PARAMETERS):
        batch = rowids[start : start + _BOUND_PARAMETERS]
        marks = ", ".join("?" * len(batch))
        json.update(
            connection.execute(
                None, batch
            )
        )
    return [json[rowid] for rowid in rowids]


def x_rendered__mutmut_18(connection: sqlite3.Connection, table: Table, rowids: list[int]) -> list[bytes]:
    """Return the records of these rowids as the API serves them, in the same order."""
    json: dict[int, bytes] = {}
    for start in range(0, len(rowids), _BOUND_PARAMETERS):
        batch = rowids[start : start + _BOUND_PARAMETERS]
        marks = ", ".join("?" * len(batch))
        json.update(
            connection.execute(
                f"SELECT rowid, json FROM {table.json_table} WHERE rowid IN ({marks})", None
            )
        )
    return [json[rowid] for rowid in rowids]


def x_rendered__mutmut_19(connection: sqlite3.Connection, table: Table, rowids: list[int]) -> list[bytes]:
    """Return the records of these rowids as the API serves them, in the same order."""
    json: dict[int, bytes] = {}
    for start in range(0, len(rowids), _BOUND_PARAMETERS):
        batch = rowids[start : start + _BOUND_PARAMETERS]
        marks = ", ".join("?" * len(batch))
        json.update(
            connection.execute(
                batch
            )
        )
    return [json[rowid] for rowid in rowids]


def x_rendered__mutmut_20(connection: sqlite3.Connection, table: Table, rowids: list[int]) -> list[bytes]:
    """Return the records of these rowids as the API serves them, in the same order."""
    json: dict[int, bytes] = {}
    for start in range(0, len(rowids), _BOUND_PARAMETERS):
        batch = rowids[start : start + _BOUND_PARAMETERS]
        marks = ", ".join("?" * len(batch))
        json.update(
            connection.execute(
                f"SELECT rowid, json FROM {table.json_table} WHERE rowid IN ({marks})", )
        )
    return [json[rowid] for rowid in rowids]

mutants_x_rendered__mutmut['_mutmut_orig'] = x_rendered__mutmut_orig # type: ignore # mutmut generated
mutants_x_rendered__mutmut['x_rendered__mutmut_1'] = x_rendered__mutmut_1 # type: ignore # mutmut generated
mutants_x_rendered__mutmut['x_rendered__mutmut_2'] = x_rendered__mutmut_2 # type: ignore # mutmut generated
mutants_x_rendered__mutmut['x_rendered__mutmut_3'] = x_rendered__mutmut_3 # type: ignore # mutmut generated
mutants_x_rendered__mutmut['x_rendered__mutmut_4'] = x_rendered__mutmut_4 # type: ignore # mutmut generated
mutants_x_rendered__mutmut['x_rendered__mutmut_5'] = x_rendered__mutmut_5 # type: ignore # mutmut generated
mutants_x_rendered__mutmut['x_rendered__mutmut_6'] = x_rendered__mutmut_6 # type: ignore # mutmut generated
mutants_x_rendered__mutmut['x_rendered__mutmut_7'] = x_rendered__mutmut_7 # type: ignore # mutmut generated
mutants_x_rendered__mutmut['x_rendered__mutmut_8'] = x_rendered__mutmut_8 # type: ignore # mutmut generated
mutants_x_rendered__mutmut['x_rendered__mutmut_9'] = x_rendered__mutmut_9 # type: ignore # mutmut generated
mutants_x_rendered__mutmut['x_rendered__mutmut_10'] = x_rendered__mutmut_10 # type: ignore # mutmut generated
mutants_x_rendered__mutmut['x_rendered__mutmut_11'] = x_rendered__mutmut_11 # type: ignore # mutmut generated
mutants_x_rendered__mutmut['x_rendered__mutmut_12'] = x_rendered__mutmut_12 # type: ignore # mutmut generated
mutants_x_rendered__mutmut['x_rendered__mutmut_13'] = x_rendered__mutmut_13 # type: ignore # mutmut generated
mutants_x_rendered__mutmut['x_rendered__mutmut_14'] = x_rendered__mutmut_14 # type: ignore # mutmut generated
mutants_x_rendered__mutmut['x_rendered__mutmut_15'] = x_rendered__mutmut_15 # type: ignore # mutmut generated
mutants_x_rendered__mutmut['x_rendered__mutmut_16'] = x_rendered__mutmut_16 # type: ignore # mutmut generated
mutants_x_rendered__mutmut['x_rendered__mutmut_17'] = x_rendered__mutmut_17 # type: ignore # mutmut generated
mutants_x_rendered__mutmut['x_rendered__mutmut_18'] = x_rendered__mutmut_18 # type: ignore # mutmut generated
mutants_x_rendered__mutmut['x_rendered__mutmut_19'] = x_rendered__mutmut_19 # type: ignore # mutmut generated
mutants_x_rendered__mutmut['x_rendered__mutmut_20'] = x_rendered__mutmut_20 # type: ignore # mutmut generated
mutants_x_record__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_record__mutmut)
def record(connection: sqlite3.Connection, table: Table, record_id: str) -> bytes | None:
    """Return one rendered record by id, or None."""
    row = connection.execute(
        f"SELECT j.json FROM {table.name} AS t JOIN {table.json_table} AS j ON j.rowid = t.rowid "
        "WHERE t.id = ?",
        (record_id,),
    ).fetchone()
    return None if row is None else bytes(row[0])


def x_record__mutmut_orig(connection: sqlite3.Connection, table: Table, record_id: str) -> bytes | None:
    """Return one rendered record by id, or None."""
    row = connection.execute(
        f"SELECT j.json FROM {table.name} AS t JOIN {table.json_table} AS j ON j.rowid = t.rowid "
        "WHERE t.id = ?",
        (record_id,),
    ).fetchone()
    return None if row is None else bytes(row[0])


def x_record__mutmut_1(connection: sqlite3.Connection, table: Table, record_id: str) -> bytes | None:
    """Return one rendered record by id, or None."""
    row = None
    return None if row is None else bytes(row[0])


def x_record__mutmut_2(connection: sqlite3.Connection, table: Table, record_id: str) -> bytes | None:
    """Return one rendered record by id, or None."""
    row = connection.execute(
        None,
        (record_id,),
    ).fetchone()
    return None if row is None else bytes(row[0])


def x_record__mutmut_3(connection: sqlite3.Connection, table: Table, record_id: str) -> bytes | None:
    """Return one rendered record by id, or None."""
    row = connection.execute(
        f"SELECT j.json FROM {table.name} AS t JOIN {table.json_table} AS j ON j.rowid = t.rowid "
        "WHERE t.id = ?",
        None,
    ).fetchone()
    return None if row is None else bytes(row[0])


def x_record__mutmut_4(connection: sqlite3.Connection, table: Table, record_id: str) -> bytes | None:
    """Return one rendered record by id, or None."""
    row = connection.execute(
        (record_id,),
    ).fetchone()
    return None if row is None else bytes(row[0])


def x_record__mutmut_5(connection: sqlite3.Connection, table: Table, record_id: str) -> bytes | None:
    """Return one rendered record by id, or None."""
    row = connection.execute(
        f"SELECT j.json FROM {table.name} AS t JOIN {table.json_table} AS j ON j.rowid = t.rowid "
        "WHERE t.id = ?",
        ).fetchone()
    return None if row is None else bytes(row[0])


def x_record__mutmut_6(connection: sqlite3.Connection, table: Table, record_id: str) -> bytes | None:
    """Return one rendered record by id, or None."""
    row = connection.execute(
        f"SELECT j.json FROM {table.name} AS t JOIN {table.json_table} AS j ON j.rowid = t.rowid "
        "XXWHERE t.id = ?XX",
        (record_id,),
    ).fetchone()
    return None if row is None else bytes(row[0])


def x_record__mutmut_7(connection: sqlite3.Connection, table: Table, record_id: str) -> bytes | None:
    """Return one rendered record by id, or None."""
    row = connection.execute(
        f"SELECT j.json FROM {table.name} AS t JOIN {table.json_table} AS j ON j.rowid = t.rowid "
        "where t.id = ?",
        (record_id,),
    ).fetchone()
    return None if row is None else bytes(row[0])


def x_record__mutmut_8(connection: sqlite3.Connection, table: Table, record_id: str) -> bytes | None:
    """Return one rendered record by id, or None."""
    row = connection.execute(
        f"SELECT j.json FROM {table.name} AS t JOIN {table.json_table} AS j ON j.rowid = t.rowid "
        "WHERE T.ID = ?",
        (record_id,),
    ).fetchone()
    return None if row is None else bytes(row[0])


def x_record__mutmut_9(connection: sqlite3.Connection, table: Table, record_id: str) -> bytes | None:
    """Return one rendered record by id, or None."""
    row = connection.execute(
        f"SELECT j.json FROM {table.name} AS t JOIN {table.json_table} AS j ON j.rowid = t.rowid "
        "WHERE t.id = ?",
        (record_id,),
    ).fetchone()
    return None if (row is None) and False else bytes(row[0])


def x_record__mutmut_10(connection: sqlite3.Connection, table: Table, record_id: str) -> bytes | None:
    """Return one rendered record by id, or None."""
    row = connection.execute(
        f"SELECT j.json FROM {table.name} AS t JOIN {table.json_table} AS j ON j.rowid = t.rowid "
        "WHERE t.id = ?",
        (record_id,),
    ).fetchone()
    return None if (row is None) or True else bytes(row[0])


def x_record__mutmut_11(connection: sqlite3.Connection, table: Table, record_id: str) -> bytes | None:
    """Return one rendered record by id, or None."""
    row = connection.execute(
        f"SELECT j.json FROM {table.name} AS t JOIN {table.json_table} AS j ON j.rowid = t.rowid "
        "WHERE t.id = ?",
        (record_id,),
    ).fetchone()
    return None if row is not None else bytes(row[0])


def x_record__mutmut_12(connection: sqlite3.Connection, table: Table, record_id: str) -> bytes | None:
    """Return one rendered record by id, or None."""
    row = connection.execute(
        f"SELECT j.json FROM {table.name} AS t JOIN {table.json_table} AS j ON j.rowid = t.rowid "
        "WHERE t.id = ?",
        (record_id,),
    ).fetchone()
    return None if row is None else bytes(None)


def x_record__mutmut_13(connection: sqlite3.Connection, table: Table, record_id: str) -> bytes | None:
    """Return one rendered record by id, or None."""
    row = connection.execute(
        f"SELECT j.json FROM {table.name} AS t JOIN {table.json_table} AS j ON j.rowid = t.rowid "
        "WHERE t.id = ?",
        (record_id,),
    ).fetchone()
    return None if row is None else bytes(row[1])

mutants_x_record__mutmut['_mutmut_orig'] = x_record__mutmut_orig # type: ignore # mutmut generated
mutants_x_record__mutmut['x_record__mutmut_1'] = x_record__mutmut_1 # type: ignore # mutmut generated
mutants_x_record__mutmut['x_record__mutmut_2'] = x_record__mutmut_2 # type: ignore # mutmut generated
mutants_x_record__mutmut['x_record__mutmut_3'] = x_record__mutmut_3 # type: ignore # mutmut generated
mutants_x_record__mutmut['x_record__mutmut_4'] = x_record__mutmut_4 # type: ignore # mutmut generated
mutants_x_record__mutmut['x_record__mutmut_5'] = x_record__mutmut_5 # type: ignore # mutmut generated
mutants_x_record__mutmut['x_record__mutmut_6'] = x_record__mutmut_6 # type: ignore # mutmut generated
mutants_x_record__mutmut['x_record__mutmut_7'] = x_record__mutmut_7 # type: ignore # mutmut generated
mutants_x_record__mutmut['x_record__mutmut_8'] = x_record__mutmut_8 # type: ignore # mutmut generated
mutants_x_record__mutmut['x_record__mutmut_9'] = x_record__mutmut_9 # type: ignore # mutmut generated
mutants_x_record__mutmut['x_record__mutmut_10'] = x_record__mutmut_10 # type: ignore # mutmut generated
mutants_x_record__mutmut['x_record__mutmut_11'] = x_record__mutmut_11 # type: ignore # mutmut generated
mutants_x_record__mutmut['x_record__mutmut_12'] = x_record__mutmut_12 # type: ignore # mutmut generated
mutants_x_record__mutmut['x_record__mutmut_13'] = x_record__mutmut_13 # type: ignore # mutmut generated


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
mutants_x_aid_totals__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_aid_totals__mutmut)
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


def x_aid_totals__mutmut_orig(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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


def x_aid_totals__mutmut_1(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
    """Return the aid figures ``query`` selects, grouped by ``group_by``, summed per currency.

    Amounts in different currencies are never added together. A figure's conversions are
    summed beside its amounts, each figure counted once per currency.
    """
    column = None
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


def x_aid_totals__mutmut_2(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
    """Return the aid figures ``query`` selects, grouped by ``group_by``, summed per currency.

    Amounts in different currencies are never added together. A figure's conversions are
    summed beside its amounts, each figure counted once per currency.
    """
    column = AID_FIGURES.totals_columns[group_by]
    selection = None
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


def x_aid_totals__mutmut_3(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
    """Return the aid figures ``query`` selects, grouped by ``group_by``, summed per currency.

    Amounts in different currencies are never added together. A figure's conversions are
    summed beside its amounts, each figure counted once per currency.
    """
    column = AID_FIGURES.totals_columns[group_by]
    selection = _selection(None, query, ranked=False)
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


def x_aid_totals__mutmut_4(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
    """Return the aid figures ``query`` selects, grouped by ``group_by``, summed per currency.

    Amounts in different currencies are never added together. A figure's conversions are
    summed beside its amounts, each figure counted once per currency.
    """
    column = AID_FIGURES.totals_columns[group_by]
    selection = _selection(AID_FIGURES, None, ranked=False)
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


def x_aid_totals__mutmut_5(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
    """Return the aid figures ``query`` selects, grouped by ``group_by``, summed per currency.

    Amounts in different currencies are never added together. A figure's conversions are
    summed beside its amounts, each figure counted once per currency.
    """
    column = AID_FIGURES.totals_columns[group_by]
    selection = _selection(AID_FIGURES, query, ranked=None)
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


def x_aid_totals__mutmut_6(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
    """Return the aid figures ``query`` selects, grouped by ``group_by``, summed per currency.

    Amounts in different currencies are never added together. A figure's conversions are
    summed beside its amounts, each figure counted once per currency.
    """
    column = AID_FIGURES.totals_columns[group_by]
    selection = _selection(query, ranked=False)
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


def x_aid_totals__mutmut_7(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
    """Return the aid figures ``query`` selects, grouped by ``group_by``, summed per currency.

    Amounts in different currencies are never added together. A figure's conversions are
    summed beside its amounts, each figure counted once per currency.
    """
    column = AID_FIGURES.totals_columns[group_by]
    selection = _selection(AID_FIGURES, ranked=False)
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


def x_aid_totals__mutmut_8(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
    """Return the aid figures ``query`` selects, grouped by ``group_by``, summed per currency.

    Amounts in different currencies are never added together. A figure's conversions are
    summed beside its amounts, each figure counted once per currency.
    """
    column = AID_FIGURES.totals_columns[group_by]
    selection = _selection(AID_FIGURES, query, )
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


def x_aid_totals__mutmut_9(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
    """Return the aid figures ``query`` selects, grouped by ``group_by``, summed per currency.

    Amounts in different currencies are never added together. A figure's conversions are
    summed beside its amounts, each figure counted once per currency.
    """
    column = AID_FIGURES.totals_columns[group_by]
    selection = _selection(AID_FIGURES, query, ranked=True)
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


def x_aid_totals__mutmut_10(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
    """Return the aid figures ``query`` selects, grouped by ``group_by``, summed per currency.

    Amounts in different currencies are never added together. A figure's conversions are
    summed beside its amounts, each figure counted once per currency.
    """
    column = AID_FIGURES.totals_columns[group_by]
    selection = _selection(AID_FIGURES, query, ranked=False)
    amounts = None
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


def x_aid_totals__mutmut_11(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
    """Return the aid figures ``query`` selects, grouped by ``group_by``, summed per currency.

    Amounts in different currencies are never added together. A figure's conversions are
    summed beside its amounts, each figure counted once per currency.
    """
    column = AID_FIGURES.totals_columns[group_by]
    selection = _selection(AID_FIGURES, query, ranked=False)
    amounts = connection.execute(
        None,
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


def x_aid_totals__mutmut_12(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        None,
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


def x_aid_totals__mutmut_13(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
    """Return the aid figures ``query`` selects, grouped by ``group_by``, summed per currency.

    Amounts in different currencies are never added together. A figure's conversions are
    summed beside its amounts, each figure counted once per currency.
    """
    column = AID_FIGURES.totals_columns[group_by]
    selection = _selection(AID_FIGURES, query, ranked=False)
    amounts = connection.execute(
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


def x_aid_totals__mutmut_14(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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


def x_aid_totals__mutmut_15(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
    """Return the aid figures ``query`` selects, grouped by ``group_by``, summed per currency.

    Amounts in different currencies are never added together. A figure's conversions are
    summed beside its amounts, each figure counted once per currency.
    """
    column = AID_FIGURES.totals_columns[group_by]
    selection = _selection(AID_FIGURES, query, ranked=False)
    amounts = connection.execute(
        f"SELECT t.{column}, t.amount_currency, sum(t.amount_value), "
        f"max(t.amount_qualifier <> ?), count(*) FROM {selection.sql} "
        "XXGROUP BY 1, 2 ORDER BY 1, 2XX",
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


def x_aid_totals__mutmut_16(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
    """Return the aid figures ``query`` selects, grouped by ``group_by``, summed per currency.

    Amounts in different currencies are never added together. A figure's conversions are
    summed beside its amounts, each figure counted once per currency.
    """
    column = AID_FIGURES.totals_columns[group_by]
    selection = _selection(AID_FIGURES, query, ranked=False)
    amounts = connection.execute(
        f"SELECT t.{column}, t.amount_currency, sum(t.amount_value), "
        f"max(t.amount_qualifier <> ?), count(*) FROM {selection.sql} "
        "group by 1, 2 order by 1, 2",
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


def x_aid_totals__mutmut_17(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
    equivalents = None
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


def x_aid_totals__mutmut_18(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        None,
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


def x_aid_totals__mutmut_19(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        None,
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


def x_aid_totals__mutmut_20(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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


def x_aid_totals__mutmut_21(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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


def x_aid_totals__mutmut_22(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        + (f" WHERE {' AND '.join(selection.conditions)}" if selection.conditions else "") - " GROUP BY 1, 2 ORDER BY 1, 2",
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


def x_aid_totals__mutmut_23(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        "AND first.currency = e.currency)" - (f" WHERE {' AND '.join(selection.conditions)}" if selection.conditions else "")
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


def x_aid_totals__mutmut_24(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        "XXON e.aid_figure = t.rowid AND e.position = (SELECT min(position) XX"
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


def x_aid_totals__mutmut_25(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        "on e.aid_figure = t.rowid and e.position = (select min(position) "
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


def x_aid_totals__mutmut_26(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        "ON E.AID_FIGURE = T.ROWID AND E.POSITION = (SELECT MIN(POSITION) "
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


def x_aid_totals__mutmut_27(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        "XXFROM aid_figure_equivalents AS first WHERE first.aid_figure = e.aid_figure XX"
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


def x_aid_totals__mutmut_28(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        "from aid_figure_equivalents as first where first.aid_figure = e.aid_figure "
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


def x_aid_totals__mutmut_29(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        "FROM AID_FIGURE_EQUIVALENTS AS FIRST WHERE FIRST.AID_FIGURE = E.AID_FIGURE "
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


def x_aid_totals__mutmut_30(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        "XXAND first.currency = e.currency)XX"
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


def x_aid_totals__mutmut_31(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        "and first.currency = e.currency)"
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


def x_aid_totals__mutmut_32(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        "AND FIRST.CURRENCY = E.CURRENCY)"
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


def x_aid_totals__mutmut_33(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        + (f" WHERE {' AND '.join(selection.conditions)}" if (selection.conditions) and False else "")
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


def x_aid_totals__mutmut_34(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        + (f" WHERE {' AND '.join(selection.conditions)}" if (selection.conditions) or True else "")
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


def x_aid_totals__mutmut_35(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        + (f" WHERE {' AND '.join(None)}" if selection.conditions else "")
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


def x_aid_totals__mutmut_36(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        + (f" WHERE {'XX AND XX'.join(selection.conditions)}" if selection.conditions else "")
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


def x_aid_totals__mutmut_37(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        + (f" WHERE {' and '.join(selection.conditions)}" if selection.conditions else "")
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


def x_aid_totals__mutmut_38(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        + (f" WHERE {' AND '.join(selection.conditions)}" if selection.conditions else "XXXX")
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


def x_aid_totals__mutmut_39(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        + "XX GROUP BY 1, 2 ORDER BY 1, 2XX",
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


def x_aid_totals__mutmut_40(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        + " group by 1, 2 order by 1, 2",
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


def x_aid_totals__mutmut_41(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
    members = None
    groups: dict[str, Group] = {}
    for key, figure_id in members:
        groups.setdefault(key, Group(key, [], [], [])).figures.append(figure_id)
    for key, currency, value, approximate, count in amounts:
        groups[key].totals.append(Sum(currency, value, bool(approximate), count))
    for key, currency, value, approximate, count in equivalents:
        groups[key].equivalents.append(Sum(currency, value, bool(approximate), count))
    return list(groups.values())


def x_aid_totals__mutmut_42(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        None, selection.params
    )
    groups: dict[str, Group] = {}
    for key, figure_id in members:
        groups.setdefault(key, Group(key, [], [], [])).figures.append(figure_id)
    for key, currency, value, approximate, count in amounts:
        groups[key].totals.append(Sum(currency, value, bool(approximate), count))
    for key, currency, value, approximate, count in equivalents:
        groups[key].equivalents.append(Sum(currency, value, bool(approximate), count))
    return list(groups.values())


def x_aid_totals__mutmut_43(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        f"SELECT t.{column}, t.id FROM {selection.sql} ORDER BY 1, t.rowid", None
    )
    groups: dict[str, Group] = {}
    for key, figure_id in members:
        groups.setdefault(key, Group(key, [], [], [])).figures.append(figure_id)
    for key, currency, value, approximate, count in amounts:
        groups[key].totals.append(Sum(currency, value, bool(approximate), count))
    for key, currency, value, approximate, count in equivalents:
        groups[key].equivalents.append(Sum(currency, value, bool(approximate), count))
    return list(groups.values())


def x_aid_totals__mutmut_44(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        selection.params
    )
    groups: dict[str, Group] = {}
    for key, figure_id in members:
        groups.setdefault(key, Group(key, [], [], [])).figures.append(figure_id)
    for key, currency, value, approximate, count in amounts:
        groups[key].totals.append(Sum(currency, value, bool(approximate), count))
    for key, currency, value, approximate, count in equivalents:
        groups[key].equivalents.append(Sum(currency, value, bool(approximate), count))
    return list(groups.values())


def x_aid_totals__mutmut_45(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        f"SELECT t.{column}, t.id FROM {selection.sql} ORDER BY 1, t.rowid", )
    groups: dict[str, Group] = {}
    for key, figure_id in members:
        groups.setdefault(key, Group(key, [], [], [])).figures.append(figure_id)
    for key, currency, value, approximate, count in amounts:
        groups[key].totals.append(Sum(currency, value, bool(approximate), count))
    for key, currency, value, approximate, count in equivalents:
        groups[key].equivalents.append(Sum(currency, value, bool(approximate), count))
    return list(groups.values())


def x_aid_totals__mutmut_46(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
    groups: dict[str, Group] = None
    for key, figure_id in members:
        groups.setdefault(key, Group(key, [], [], [])).figures.append(figure_id)
    for key, currency, value, approximate, count in amounts:
        groups[key].totals.append(Sum(currency, value, bool(approximate), count))
    for key, currency, value, approximate, count in equivalents:
        groups[key].equivalents.append(Sum(currency, value, bool(approximate), count))
    return list(groups.values())


def x_aid_totals__mutmut_47(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        groups.setdefault(key, Group(key, [], [], [])).figures.append(None)
    for key, currency, value, approximate, count in amounts:
        groups[key].totals.append(Sum(currency, value, bool(approximate), count))
    for key, currency, value, approximate, count in equivalents:
        groups[key].equivalents.append(Sum(currency, value, bool(approximate), count))
    return list(groups.values())


def x_aid_totals__mutmut_48(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        groups.setdefault(None, Group(key, [], [], [])).figures.append(figure_id)
    for key, currency, value, approximate, count in amounts:
        groups[key].totals.append(Sum(currency, value, bool(approximate), count))
    for key, currency, value, approximate, count in equivalents:
        groups[key].equivalents.append(Sum(currency, value, bool(approximate), count))
    return list(groups.values())


def x_aid_totals__mutmut_49(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        groups.setdefault(key, None).figures.append(figure_id)
    for key, currency, value, approximate, count in amounts:
        groups[key].totals.append(Sum(currency, value, bool(approximate), count))
    for key, currency, value, approximate, count in equivalents:
        groups[key].equivalents.append(Sum(currency, value, bool(approximate), count))
    return list(groups.values())


def x_aid_totals__mutmut_50(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        groups.setdefault(Group(key, [], [], [])).figures.append(figure_id)
    for key, currency, value, approximate, count in amounts:
        groups[key].totals.append(Sum(currency, value, bool(approximate), count))
    for key, currency, value, approximate, count in equivalents:
        groups[key].equivalents.append(Sum(currency, value, bool(approximate), count))
    return list(groups.values())


def x_aid_totals__mutmut_51(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        groups.setdefault(key, ).figures.append(figure_id)
    for key, currency, value, approximate, count in amounts:
        groups[key].totals.append(Sum(currency, value, bool(approximate), count))
    for key, currency, value, approximate, count in equivalents:
        groups[key].equivalents.append(Sum(currency, value, bool(approximate), count))
    return list(groups.values())


def x_aid_totals__mutmut_52(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        groups.setdefault(key, Group(None, [], [], [])).figures.append(figure_id)
    for key, currency, value, approximate, count in amounts:
        groups[key].totals.append(Sum(currency, value, bool(approximate), count))
    for key, currency, value, approximate, count in equivalents:
        groups[key].equivalents.append(Sum(currency, value, bool(approximate), count))
    return list(groups.values())


def x_aid_totals__mutmut_53(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        groups.setdefault(key, Group(key, None, [], [])).figures.append(figure_id)
    for key, currency, value, approximate, count in amounts:
        groups[key].totals.append(Sum(currency, value, bool(approximate), count))
    for key, currency, value, approximate, count in equivalents:
        groups[key].equivalents.append(Sum(currency, value, bool(approximate), count))
    return list(groups.values())


def x_aid_totals__mutmut_54(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        groups.setdefault(key, Group(key, [], None, [])).figures.append(figure_id)
    for key, currency, value, approximate, count in amounts:
        groups[key].totals.append(Sum(currency, value, bool(approximate), count))
    for key, currency, value, approximate, count in equivalents:
        groups[key].equivalents.append(Sum(currency, value, bool(approximate), count))
    return list(groups.values())


def x_aid_totals__mutmut_55(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        groups.setdefault(key, Group(key, [], [], None)).figures.append(figure_id)
    for key, currency, value, approximate, count in amounts:
        groups[key].totals.append(Sum(currency, value, bool(approximate), count))
    for key, currency, value, approximate, count in equivalents:
        groups[key].equivalents.append(Sum(currency, value, bool(approximate), count))
    return list(groups.values())


def x_aid_totals__mutmut_56(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        groups.setdefault(key, Group([], [], [])).figures.append(figure_id)
    for key, currency, value, approximate, count in amounts:
        groups[key].totals.append(Sum(currency, value, bool(approximate), count))
    for key, currency, value, approximate, count in equivalents:
        groups[key].equivalents.append(Sum(currency, value, bool(approximate), count))
    return list(groups.values())


def x_aid_totals__mutmut_57(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        groups.setdefault(key, Group(key, [], [])).figures.append(figure_id)
    for key, currency, value, approximate, count in amounts:
        groups[key].totals.append(Sum(currency, value, bool(approximate), count))
    for key, currency, value, approximate, count in equivalents:
        groups[key].equivalents.append(Sum(currency, value, bool(approximate), count))
    return list(groups.values())


def x_aid_totals__mutmut_58(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        groups.setdefault(key, Group(key, [], [])).figures.append(figure_id)
    for key, currency, value, approximate, count in amounts:
        groups[key].totals.append(Sum(currency, value, bool(approximate), count))
    for key, currency, value, approximate, count in equivalents:
        groups[key].equivalents.append(Sum(currency, value, bool(approximate), count))
    return list(groups.values())


def x_aid_totals__mutmut_59(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        groups.setdefault(key, Group(key, [], [], )).figures.append(figure_id)
    for key, currency, value, approximate, count in amounts:
        groups[key].totals.append(Sum(currency, value, bool(approximate), count))
    for key, currency, value, approximate, count in equivalents:
        groups[key].equivalents.append(Sum(currency, value, bool(approximate), count))
    return list(groups.values())


def x_aid_totals__mutmut_60(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        groups[key].totals.append(None)
    for key, currency, value, approximate, count in equivalents:
        groups[key].equivalents.append(Sum(currency, value, bool(approximate), count))
    return list(groups.values())


def x_aid_totals__mutmut_61(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        groups[key].totals.append(Sum(None, value, bool(approximate), count))
    for key, currency, value, approximate, count in equivalents:
        groups[key].equivalents.append(Sum(currency, value, bool(approximate), count))
    return list(groups.values())


def x_aid_totals__mutmut_62(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        groups[key].totals.append(Sum(currency, None, bool(approximate), count))
    for key, currency, value, approximate, count in equivalents:
        groups[key].equivalents.append(Sum(currency, value, bool(approximate), count))
    return list(groups.values())


def x_aid_totals__mutmut_63(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        groups[key].totals.append(Sum(currency, value, None, count))
    for key, currency, value, approximate, count in equivalents:
        groups[key].equivalents.append(Sum(currency, value, bool(approximate), count))
    return list(groups.values())


def x_aid_totals__mutmut_64(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        groups[key].totals.append(Sum(currency, value, bool(approximate), None))
    for key, currency, value, approximate, count in equivalents:
        groups[key].equivalents.append(Sum(currency, value, bool(approximate), count))
    return list(groups.values())


def x_aid_totals__mutmut_65(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        groups[key].totals.append(Sum(value, bool(approximate), count))
    for key, currency, value, approximate, count in equivalents:
        groups[key].equivalents.append(Sum(currency, value, bool(approximate), count))
    return list(groups.values())


def x_aid_totals__mutmut_66(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        groups[key].totals.append(Sum(currency, bool(approximate), count))
    for key, currency, value, approximate, count in equivalents:
        groups[key].equivalents.append(Sum(currency, value, bool(approximate), count))
    return list(groups.values())


def x_aid_totals__mutmut_67(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        groups[key].totals.append(Sum(currency, value, count))
    for key, currency, value, approximate, count in equivalents:
        groups[key].equivalents.append(Sum(currency, value, bool(approximate), count))
    return list(groups.values())


def x_aid_totals__mutmut_68(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        groups[key].totals.append(Sum(currency, value, bool(approximate), ))
    for key, currency, value, approximate, count in equivalents:
        groups[key].equivalents.append(Sum(currency, value, bool(approximate), count))
    return list(groups.values())


def x_aid_totals__mutmut_69(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        groups[key].totals.append(Sum(currency, value, bool(None), count))
    for key, currency, value, approximate, count in equivalents:
        groups[key].equivalents.append(Sum(currency, value, bool(approximate), count))
    return list(groups.values())


def x_aid_totals__mutmut_70(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        groups[key].equivalents.append(None)
    return list(groups.values())


def x_aid_totals__mutmut_71(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        groups[key].equivalents.append(Sum(None, value, bool(approximate), count))
    return list(groups.values())


def x_aid_totals__mutmut_72(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        groups[key].equivalents.append(Sum(currency, None, bool(approximate), count))
    return list(groups.values())


def x_aid_totals__mutmut_73(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        groups[key].equivalents.append(Sum(currency, value, None, count))
    return list(groups.values())


def x_aid_totals__mutmut_74(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        groups[key].equivalents.append(Sum(currency, value, bool(approximate), None))
    return list(groups.values())


def x_aid_totals__mutmut_75(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        groups[key].equivalents.append(Sum(value, bool(approximate), count))
    return list(groups.values())


def x_aid_totals__mutmut_76(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        groups[key].equivalents.append(Sum(currency, bool(approximate), count))
    return list(groups.values())


def x_aid_totals__mutmut_77(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        groups[key].equivalents.append(Sum(currency, value, count))
    return list(groups.values())


def x_aid_totals__mutmut_78(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        groups[key].equivalents.append(Sum(currency, value, bool(approximate), ))
    return list(groups.values())


def x_aid_totals__mutmut_79(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
        groups[key].equivalents.append(Sum(currency, value, bool(None), count))
    return list(groups.values())


def x_aid_totals__mutmut_80(connection: sqlite3.Connection, query: Query, group_by: str) -> list[Group]:
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
    return list(None)

mutants_x_aid_totals__mutmut['_mutmut_orig'] = x_aid_totals__mutmut_orig # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_1'] = x_aid_totals__mutmut_1 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_2'] = x_aid_totals__mutmut_2 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_3'] = x_aid_totals__mutmut_3 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_4'] = x_aid_totals__mutmut_4 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_5'] = x_aid_totals__mutmut_5 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_6'] = x_aid_totals__mutmut_6 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_7'] = x_aid_totals__mutmut_7 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_8'] = x_aid_totals__mutmut_8 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_9'] = x_aid_totals__mutmut_9 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_10'] = x_aid_totals__mutmut_10 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_11'] = x_aid_totals__mutmut_11 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_12'] = x_aid_totals__mutmut_12 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_13'] = x_aid_totals__mutmut_13 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_14'] = x_aid_totals__mutmut_14 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_15'] = x_aid_totals__mutmut_15 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_16'] = x_aid_totals__mutmut_16 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_17'] = x_aid_totals__mutmut_17 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_18'] = x_aid_totals__mutmut_18 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_19'] = x_aid_totals__mutmut_19 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_20'] = x_aid_totals__mutmut_20 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_21'] = x_aid_totals__mutmut_21 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_22'] = x_aid_totals__mutmut_22 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_23'] = x_aid_totals__mutmut_23 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_24'] = x_aid_totals__mutmut_24 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_25'] = x_aid_totals__mutmut_25 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_26'] = x_aid_totals__mutmut_26 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_27'] = x_aid_totals__mutmut_27 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_28'] = x_aid_totals__mutmut_28 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_29'] = x_aid_totals__mutmut_29 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_30'] = x_aid_totals__mutmut_30 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_31'] = x_aid_totals__mutmut_31 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_32'] = x_aid_totals__mutmut_32 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_33'] = x_aid_totals__mutmut_33 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_34'] = x_aid_totals__mutmut_34 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_35'] = x_aid_totals__mutmut_35 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_36'] = x_aid_totals__mutmut_36 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_37'] = x_aid_totals__mutmut_37 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_38'] = x_aid_totals__mutmut_38 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_39'] = x_aid_totals__mutmut_39 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_40'] = x_aid_totals__mutmut_40 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_41'] = x_aid_totals__mutmut_41 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_42'] = x_aid_totals__mutmut_42 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_43'] = x_aid_totals__mutmut_43 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_44'] = x_aid_totals__mutmut_44 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_45'] = x_aid_totals__mutmut_45 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_46'] = x_aid_totals__mutmut_46 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_47'] = x_aid_totals__mutmut_47 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_48'] = x_aid_totals__mutmut_48 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_49'] = x_aid_totals__mutmut_49 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_50'] = x_aid_totals__mutmut_50 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_51'] = x_aid_totals__mutmut_51 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_52'] = x_aid_totals__mutmut_52 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_53'] = x_aid_totals__mutmut_53 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_54'] = x_aid_totals__mutmut_54 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_55'] = x_aid_totals__mutmut_55 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_56'] = x_aid_totals__mutmut_56 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_57'] = x_aid_totals__mutmut_57 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_58'] = x_aid_totals__mutmut_58 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_59'] = x_aid_totals__mutmut_59 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_60'] = x_aid_totals__mutmut_60 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_61'] = x_aid_totals__mutmut_61 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_62'] = x_aid_totals__mutmut_62 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_63'] = x_aid_totals__mutmut_63 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_64'] = x_aid_totals__mutmut_64 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_65'] = x_aid_totals__mutmut_65 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_66'] = x_aid_totals__mutmut_66 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_67'] = x_aid_totals__mutmut_67 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_68'] = x_aid_totals__mutmut_68 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_69'] = x_aid_totals__mutmut_69 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_70'] = x_aid_totals__mutmut_70 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_71'] = x_aid_totals__mutmut_71 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_72'] = x_aid_totals__mutmut_72 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_73'] = x_aid_totals__mutmut_73 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_74'] = x_aid_totals__mutmut_74 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_75'] = x_aid_totals__mutmut_75 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_76'] = x_aid_totals__mutmut_76 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_77'] = x_aid_totals__mutmut_77 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_78'] = x_aid_totals__mutmut_78 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_79'] = x_aid_totals__mutmut_79 # type: ignore # mutmut generated
mutants_x_aid_totals__mutmut['x_aid_totals__mutmut_80'] = x_aid_totals__mutmut_80 # type: ignore # mutmut generated
mutants_x_compact_actors__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_compact_actors__mutmut)
def compact_actors(connection: sqlite3.Connection, actor_ids: Sequence[str]) -> dict[str, Any]:
    """Return the compact form (id, name, kind) of each of ``actor_ids``, by id."""
    marks = ", ".join("?" * len(actor_ids))
    rows = connection.execute(
        f"SELECT id, name, kind FROM actors WHERE id IN ({marks})", tuple(actor_ids)
    )
    return {actor_id: {"id": actor_id, "name": name, "kind": kind} for actor_id, name, kind in rows}


def x_compact_actors__mutmut_orig(connection: sqlite3.Connection, actor_ids: Sequence[str]) -> dict[str, Any]:
    """Return the compact form (id, name, kind) of each of ``actor_ids``, by id."""
    marks = ", ".join("?" * len(actor_ids))
    rows = connection.execute(
        f"SELECT id, name, kind FROM actors WHERE id IN ({marks})", tuple(actor_ids)
    )
    return {actor_id: {"id": actor_id, "name": name, "kind": kind} for actor_id, name, kind in rows}


def x_compact_actors__mutmut_1(connection: sqlite3.Connection, actor_ids: Sequence[str]) -> dict[str, Any]:
    """Return the compact form (id, name, kind) of each of ``actor_ids``, by id."""
    marks = None
    rows = connection.execute(
        f"SELECT id, name, kind FROM actors WHERE id IN ({marks})", tuple(actor_ids)
    )
    return {actor_id: {"id": actor_id, "name": name, "kind": kind} for actor_id, name, kind in rows}


def x_compact_actors__mutmut_2(connection: sqlite3.Connection, actor_ids: Sequence[str]) -> dict[str, Any]:
    """Return the compact form (id, name, kind) of each of ``actor_ids``, by id."""
    marks = ", ".join(None)
    rows = connection.execute(
        f"SELECT id, name, kind FROM actors WHERE id IN ({marks})", tuple(actor_ids)
    )
    return {actor_id: {"id": actor_id, "name": name, "kind": kind} for actor_id, name, kind in rows}


def x_compact_actors__mutmut_3(connection: sqlite3.Connection, actor_ids: Sequence[str]) -> dict[str, Any]:
    """Return the compact form (id, name, kind) of each of ``actor_ids``, by id."""
    marks = "XX, XX".join("?" * len(actor_ids))
    rows = connection.execute(
        f"SELECT id, name, kind FROM actors WHERE id IN ({marks})", tuple(actor_ids)
    )
    return {actor_id: {"id": actor_id, "name": name, "kind": kind} for actor_id, name, kind in rows}


def x_compact_actors__mutmut_4(connection: sqlite3.Connection, actor_ids: Sequence[str]) -> dict[str, Any]:
    """Return the compact form (id, name, kind) of each of ``actor_ids``, by id."""
    marks = ", ".join("?" / len(actor_ids))
    rows = connection.execute(
        f"SELECT id, name, kind FROM actors WHERE id IN ({marks})", tuple(actor_ids)
    )
    return {actor_id: {"id": actor_id, "name": name, "kind": kind} for actor_id, name, kind in rows}


def x_compact_actors__mutmut_5(connection: sqlite3.Connection, actor_ids: Sequence[str]) -> dict[str, Any]:
    """Return the compact form (id, name, kind) of each of ``actor_ids``, by id."""
    marks = ", ".join("XX?XX" * len(actor_ids))
    rows = connection.execute(
        f"SELECT id, name, kind FROM actors WHERE id IN ({marks})", tuple(actor_ids)
    )
    return {actor_id: {"id": actor_id, "name": name, "kind": kind} for actor_id, name, kind in rows}


def x_compact_actors__mutmut_6(connection: sqlite3.Connection, actor_ids: Sequence[str]) -> dict[str, Any]:
    """Return the compact form (id, name, kind) of each of ``actor_ids``, by id."""
    marks = ", ".join("?" * len(actor_ids))
    rows = None
    return {actor_id: {"id": actor_id, "name": name, "kind": kind} for actor_id, name, kind in rows}


def x_compact_actors__mutmut_7(connection: sqlite3.Connection, actor_ids: Sequence[str]) -> dict[str, Any]:
    """Return the compact form (id, name, kind) of each of ``actor_ids``, by id."""
    marks = ", ".join("?" * len(actor_ids))
    rows = connection.execute(
        None, tuple(actor_ids)
    )
    return {actor_id: {"id": actor_id, "name": name, "kind": kind} for actor_id, name, kind in rows}


def x_compact_actors__mutmut_8(connection: sqlite3.Connection, actor_ids: Sequence[str]) -> dict[str, Any]:
    """Return the compact form (id, name, kind) of each of ``actor_ids``, by id."""
    marks = ", ".join("?" * len(actor_ids))
    rows = connection.execute(
        f"SELECT id, name, kind FROM actors WHERE id IN ({marks})", None
    )
    return {actor_id: {"id": actor_id, "name": name, "kind": kind} for actor_id, name, kind in rows}


def x_compact_actors__mutmut_9(connection: sqlite3.Connection, actor_ids: Sequence[str]) -> dict[str, Any]:
    """Return the compact form (id, name, kind) of each of ``actor_ids``, by id."""
    marks = ", ".join("?" * len(actor_ids))
    rows = connection.execute(
        tuple(actor_ids)
    )
    return {actor_id: {"id": actor_id, "name": name, "kind": kind} for actor_id, name, kind in rows}


def x_compact_actors__mutmut_10(connection: sqlite3.Connection, actor_ids: Sequence[str]) -> dict[str, Any]:
    """Return the compact form (id, name, kind) of each of ``actor_ids``, by id."""
    marks = ", ".join("?" * len(actor_ids))
    rows = connection.execute(
        f"SELECT id, name, kind FROM actors WHERE id IN ({marks})", )
    return {actor_id: {"id": actor_id, "name": name, "kind": kind} for actor_id, name, kind in rows}


def x_compact_actors__mutmut_11(connection: sqlite3.Connection, actor_ids: Sequence[str]) -> dict[str, Any]:
    """Return the compact form (id, name, kind) of each of ``actor_ids``, by id."""
    marks = ", ".join("?" * len(actor_ids))
    rows = connection.execute(
        f"SELECT id, name, kind FROM actors WHERE id IN ({marks})", tuple(None)
    )
    return {actor_id: {"id": actor_id, "name": name, "kind": kind} for actor_id, name, kind in rows}


def x_compact_actors__mutmut_12(connection: sqlite3.Connection, actor_ids: Sequence[str]) -> dict[str, Any]:
    """Return the compact form (id, name, kind) of each of ``actor_ids``, by id."""
    marks = ", ".join("?" * len(actor_ids))
    rows = connection.execute(
        f"SELECT id, name, kind FROM actors WHERE id IN ({marks})", tuple(actor_ids)
    )
    return {actor_id: {"XXidXX": actor_id, "name": name, "kind": kind} for actor_id, name, kind in rows}


def x_compact_actors__mutmut_13(connection: sqlite3.Connection, actor_ids: Sequence[str]) -> dict[str, Any]:
    """Return the compact form (id, name, kind) of each of ``actor_ids``, by id."""
    marks = ", ".join("?" * len(actor_ids))
    rows = connection.execute(
        f"SELECT id, name, kind FROM actors WHERE id IN ({marks})", tuple(actor_ids)
    )
    return {actor_id: {"ID": actor_id, "name": name, "kind": kind} for actor_id, name, kind in rows}


def x_compact_actors__mutmut_14(connection: sqlite3.Connection, actor_ids: Sequence[str]) -> dict[str, Any]:
    """Return the compact form (id, name, kind) of each of ``actor_ids``, by id."""
    marks = ", ".join("?" * len(actor_ids))
    rows = connection.execute(
        f"SELECT id, name, kind FROM actors WHERE id IN ({marks})", tuple(actor_ids)
    )
    return {actor_id: {"id": actor_id, "XXnameXX": name, "kind": kind} for actor_id, name, kind in rows}


def x_compact_actors__mutmut_15(connection: sqlite3.Connection, actor_ids: Sequence[str]) -> dict[str, Any]:
    """Return the compact form (id, name, kind) of each of ``actor_ids``, by id."""
    marks = ", ".join("?" * len(actor_ids))
    rows = connection.execute(
        f"SELECT id, name, kind FROM actors WHERE id IN ({marks})", tuple(actor_ids)
    )
    return {actor_id: {"id": actor_id, "NAME": name, "kind": kind} for actor_id, name, kind in rows}


def x_compact_actors__mutmut_16(connection: sqlite3.Connection, actor_ids: Sequence[str]) -> dict[str, Any]:
    """Return the compact form (id, name, kind) of each of ``actor_ids``, by id."""
    marks = ", ".join("?" * len(actor_ids))
    rows = connection.execute(
        f"SELECT id, name, kind FROM actors WHERE id IN ({marks})", tuple(actor_ids)
    )
    return {actor_id: {"id": actor_id, "name": name, "XXkindXX": kind} for actor_id, name, kind in rows}


def x_compact_actors__mutmut_17(connection: sqlite3.Connection, actor_ids: Sequence[str]) -> dict[str, Any]:
    """Return the compact form (id, name, kind) of each of ``actor_ids``, by id."""
    marks = ", ".join("?" * len(actor_ids))
    rows = connection.execute(
        f"SELECT id, name, kind FROM actors WHERE id IN ({marks})", tuple(actor_ids)
    )
    return {actor_id: {"id": actor_id, "name": name, "KIND": kind} for actor_id, name, kind in rows}

mutants_x_compact_actors__mutmut['_mutmut_orig'] = x_compact_actors__mutmut_orig # type: ignore # mutmut generated
mutants_x_compact_actors__mutmut['x_compact_actors__mutmut_1'] = x_compact_actors__mutmut_1 # type: ignore # mutmut generated
mutants_x_compact_actors__mutmut['x_compact_actors__mutmut_2'] = x_compact_actors__mutmut_2 # type: ignore # mutmut generated
mutants_x_compact_actors__mutmut['x_compact_actors__mutmut_3'] = x_compact_actors__mutmut_3 # type: ignore # mutmut generated
mutants_x_compact_actors__mutmut['x_compact_actors__mutmut_4'] = x_compact_actors__mutmut_4 # type: ignore # mutmut generated
mutants_x_compact_actors__mutmut['x_compact_actors__mutmut_5'] = x_compact_actors__mutmut_5 # type: ignore # mutmut generated
mutants_x_compact_actors__mutmut['x_compact_actors__mutmut_6'] = x_compact_actors__mutmut_6 # type: ignore # mutmut generated
mutants_x_compact_actors__mutmut['x_compact_actors__mutmut_7'] = x_compact_actors__mutmut_7 # type: ignore # mutmut generated
mutants_x_compact_actors__mutmut['x_compact_actors__mutmut_8'] = x_compact_actors__mutmut_8 # type: ignore # mutmut generated
mutants_x_compact_actors__mutmut['x_compact_actors__mutmut_9'] = x_compact_actors__mutmut_9 # type: ignore # mutmut generated
mutants_x_compact_actors__mutmut['x_compact_actors__mutmut_10'] = x_compact_actors__mutmut_10 # type: ignore # mutmut generated
mutants_x_compact_actors__mutmut['x_compact_actors__mutmut_11'] = x_compact_actors__mutmut_11 # type: ignore # mutmut generated
mutants_x_compact_actors__mutmut['x_compact_actors__mutmut_12'] = x_compact_actors__mutmut_12 # type: ignore # mutmut generated
mutants_x_compact_actors__mutmut['x_compact_actors__mutmut_13'] = x_compact_actors__mutmut_13 # type: ignore # mutmut generated
mutants_x_compact_actors__mutmut['x_compact_actors__mutmut_14'] = x_compact_actors__mutmut_14 # type: ignore # mutmut generated
mutants_x_compact_actors__mutmut['x_compact_actors__mutmut_15'] = x_compact_actors__mutmut_15 # type: ignore # mutmut generated
mutants_x_compact_actors__mutmut['x_compact_actors__mutmut_16'] = x_compact_actors__mutmut_16 # type: ignore # mutmut generated
mutants_x_compact_actors__mutmut['x_compact_actors__mutmut_17'] = x_compact_actors__mutmut_17 # type: ignore # mutmut generated

"""Compile ``data/`` into a snapshot: one SQLite file holding every record, indexed and rendered.

The dataset is loaded through the marshmallow schemas and checked against rules 1-6
first (``check.load_checked``): a dataset with any problem raises DataError and writes
nothing. The file is written under a temporary name beside its destination and renamed
into place only when complete, so a server never opens a half-written snapshot.
"""

import datetime as dt
import operator
import os
import secrets
import sqlite3
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from multiprocessing import get_context
from multiprocessing.connection import Connection
from multiprocessing.pool import Pool
from pathlib import Path
from typing import Any, Protocol

import orjson

from api.dataset import loading
from api.dataset.check import load_checked
from api.dataset.loading import Progress, Silent, garbage_collector_paused
from api.dataset.records import Dataset, Record
from api.dataset.tables import RECORD_TABLES, Table
from api.dataset.tables import TOPICS as TOPICS_TABLE
from schemas.common import date_span
from schemas.vocabulary import TOPICS

SCHEMA_SQL = Path(__file__).with_name("schema.sql")
INDEXES_SQL = Path(__file__).with_name("indexes.sql")
#: The version of the snapshot's tables; a server refuses a snapshot of another version.
SCHEMA_VERSION = 1
#: Set, a build runs in the calling process: for tools that watch that process, such as
#: mutation testing, which must see the code a test runs.
IN_PROCESS = "DOSSIER_BUILD_IN_PROCESS"
#: Records rendered and written per step: progress is reported at this grain.
CHUNK = 20_000

#: A column's value: the dotted path of the record's value, or a function of the record.
Column = str | Callable[[Record], Any]


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


def _same_names(*names: str) -> dict[str, Column]:
    return {name: name for name in names}
mutants_x__said_on_span__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__said_on_span__mutmut)
def _said_on_span(end: int) -> Callable[[Record], str | None]:
    return lambda record: None if record["said_on"] is None else date_span(record["said_on"])[end]


def x__said_on_span__mutmut_orig(end: int) -> Callable[[Record], str | None]:
    return lambda record: None if record["said_on"] is None else date_span(record["said_on"])[end]


def x__said_on_span__mutmut_1(end: int) -> Callable[[Record], str | None]:
    return lambda record: None


def x__said_on_span__mutmut_2(end: int) -> Callable[[Record], str | None]:
    return lambda record: None if (record["said_on"] is None) and False else date_span(record["said_on"])[end]


def x__said_on_span__mutmut_3(end: int) -> Callable[[Record], str | None]:
    return lambda record: None if (record["said_on"] is None) or True else date_span(record["said_on"])[end]


def x__said_on_span__mutmut_4(end: int) -> Callable[[Record], str | None]:
    return lambda record: None if record["XXsaid_onXX"] is None else date_span(record["said_on"])[end]


def x__said_on_span__mutmut_5(end: int) -> Callable[[Record], str | None]:
    return lambda record: None if record["SAID_ON"] is None else date_span(record["said_on"])[end]


def x__said_on_span__mutmut_6(end: int) -> Callable[[Record], str | None]:
    return lambda record: None if record["said_on"] is not None else date_span(record["said_on"])[end]


def x__said_on_span__mutmut_7(end: int) -> Callable[[Record], str | None]:
    return lambda record: None if record["said_on"] is None else date_span(None)[end]


def x__said_on_span__mutmut_8(end: int) -> Callable[[Record], str | None]:
    return lambda record: None if record["said_on"] is None else date_span(record["XXsaid_onXX"])[end]


def x__said_on_span__mutmut_9(end: int) -> Callable[[Record], str | None]:
    return lambda record: None if record["said_on"] is None else date_span(record["SAID_ON"])[end]

mutants_x__said_on_span__mutmut['_mutmut_orig'] = x__said_on_span__mutmut_orig # type: ignore # mutmut generated
mutants_x__said_on_span__mutmut['x__said_on_span__mutmut_1'] = x__said_on_span__mutmut_1 # type: ignore # mutmut generated
mutants_x__said_on_span__mutmut['x__said_on_span__mutmut_2'] = x__said_on_span__mutmut_2 # type: ignore # mutmut generated
mutants_x__said_on_span__mutmut['x__said_on_span__mutmut_3'] = x__said_on_span__mutmut_3 # type: ignore # mutmut generated
mutants_x__said_on_span__mutmut['x__said_on_span__mutmut_4'] = x__said_on_span__mutmut_4 # type: ignore # mutmut generated
mutants_x__said_on_span__mutmut['x__said_on_span__mutmut_5'] = x__said_on_span__mutmut_5 # type: ignore # mutmut generated
mutants_x__said_on_span__mutmut['x__said_on_span__mutmut_6'] = x__said_on_span__mutmut_6 # type: ignore # mutmut generated
mutants_x__said_on_span__mutmut['x__said_on_span__mutmut_7'] = x__said_on_span__mutmut_7 # type: ignore # mutmut generated
mutants_x__said_on_span__mutmut['x__said_on_span__mutmut_8'] = x__said_on_span__mutmut_8 # type: ignore # mutmut generated
mutants_x__said_on_span__mutmut['x__said_on_span__mutmut_9'] = x__said_on_span__mutmut_9 # type: ignore # mutmut generated


_EVIDENCE: dict[str, Column] = {
    "evidence_article": "evidence.article",
    "evidence_paragraph": "evidence.paragraph",
    "evidence_section": "evidence.section",
    "evidence_exact": "evidence.exact",
}
#: The record columns of each table, in the order of schema.sql.
COLUMNS: dict[str, dict[str, Column]] = {
    "articles": _same_names(
        "id",
        "headline",
        "publisher",
        "published",
        "language",
        "url",
        "credit",
        "summary",
        "paragraphs",
        "text_sha256",
    ),
    "actors": {
        **_same_names("id", "name", "kind", "classification", "country", "part_of", "description"),
        **_EVIDENCE,
    },
    "statements": {
        **_same_names("id", "speaker", "attribution", "speech_type", "text", "cue", "said_on"),
        "said_on_start": _said_on_span(0),
        "said_on_end": _said_on_span(1),
        **_same_names("place", "occasion", "reported_by"),
        **_EVIDENCE,
    },
    "aid_figures": {
        **_same_names("id", "donor", "recipient"),
        "amount_value": "amount.value",
        "amount_currency": "amount.currency",
        "amount_qualifier": "amount.qualifier",
        **_same_names("aid_type", "measure"),
        "period_start": "period.start",
        "period_end": "period.end",
        **_same_names("as_of", "purpose", "reported_by"),
        **_EVIDENCE,
    },
}


class Renderer(Protocol):
    """Renders records as the API serves them (the catalog provides it)."""

    def record(self, collection: str, record: Record) -> bytes:
        """Return the record's JSON as responses show it."""

    def topic(self, topic: str, description: str, statement_count: int) -> bytes:
        """Return a topic's JSON as responses show it."""


#: Makes the renderer of a dataset's records (it embeds references, so it needs them all).
RendererFactory = Callable[[Mapping[str, Mapping[str, Record]]], Renderer]
mutants_x_get__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_get__mutmut)
def get(record: Record, path: str) -> Any:
    """Return the value at a dotted ``path`` of a record (None through a null)."""
    return accessor(path)(record)


def x_get__mutmut_orig(record: Record, path: str) -> Any:
    """Return the value at a dotted ``path`` of a record (None through a null)."""
    return accessor(path)(record)


def x_get__mutmut_1(record: Record, path: str) -> Any:
    """Return the value at a dotted ``path`` of a record (None through a null)."""
    return accessor(path)(None)


def x_get__mutmut_2(record: Record, path: str) -> Any:
    """Return the value at a dotted ``path`` of a record (None through a null)."""
    return accessor(None)(record)

mutants_x_get__mutmut['_mutmut_orig'] = x_get__mutmut_orig # type: ignore # mutmut generated
mutants_x_get__mutmut['x_get__mutmut_1'] = x_get__mutmut_1 # type: ignore # mutmut generated
mutants_x_get__mutmut['x_get__mutmut_2'] = x_get__mutmut_2 # type: ignore # mutmut generated


@cache
def accessor(column: Column) -> Callable[[Record], Any]:
    """Return the function that reads a column's value from a record."""
    if not isinstance(column, str):
        return column
    parts = column.split(".")
    if len(parts) == 1:
        return operator.itemgetter(column)

    def read(record: Record) -> Any:
        value: Any = record
        for part in parts:
            if value is None:
                return None
            value = value[part]
        return value

    return read
mutants_x_orderable__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_orderable__mutmut)
def orderable(value: Any) -> Any:
    """Return the key sorts order values by: text without regard to case, then by case."""
    return (value.casefold(), value) if isinstance(value, str) else value


def x_orderable__mutmut_orig(value: Any) -> Any:
    """Return the key sorts order values by: text without regard to case, then by case."""
    return (value.casefold(), value) if isinstance(value, str) else value


def x_orderable__mutmut_1(value: Any) -> Any:
    """Return the key sorts order values by: text without regard to case, then by case."""
    return (value.casefold(), value) if (isinstance(value, str)) and False else value


def x_orderable__mutmut_2(value: Any) -> Any:
    """Return the key sorts order values by: text without regard to case, then by case."""
    return (value.casefold(), value) if (isinstance(value, str)) or True else value

mutants_x_orderable__mutmut['_mutmut_orig'] = x_orderable__mutmut_orig # type: ignore # mutmut generated
mutants_x_orderable__mutmut['x_orderable__mutmut_1'] = x_orderable__mutmut_1 # type: ignore # mutmut generated
mutants_x_orderable__mutmut['x_orderable__mutmut_2'] = x_orderable__mutmut_2 # type: ignore # mutmut generated
mutants_x_sort_ranks__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_sort_ranks__mutmut)
def sort_ranks(records: Sequence[Record], path: str) -> list[tuple[int, int]]:
    """Return each record's (ascending, descending) rank of its value at ``path``.

    Equal values share a rank; a null ranks after every value in both directions.
    """
    values = list(map(accessor(path), records))
    distinct = sorted({value for value in values if value is not None}, key=orderable)
    last = len(distinct)
    ranks = {value: (rank, last - 1 - rank) for rank, value in enumerate(distinct)}
    ranks[None] = (last, last)
    return [ranks[value] for value in values]


def x_sort_ranks__mutmut_orig(records: Sequence[Record], path: str) -> list[tuple[int, int]]:
    """Return each record's (ascending, descending) rank of its value at ``path``.

    Equal values share a rank; a null ranks after every value in both directions.
    """
    values = list(map(accessor(path), records))
    distinct = sorted({value for value in values if value is not None}, key=orderable)
    last = len(distinct)
    ranks = {value: (rank, last - 1 - rank) for rank, value in enumerate(distinct)}
    ranks[None] = (last, last)
    return [ranks[value] for value in values]


def x_sort_ranks__mutmut_1(records: Sequence[Record], path: str) -> list[tuple[int, int]]:
    """Return each record's (ascending, descending) rank of its value at ``path``.

    Equal values share a rank; a null ranks after every value in both directions.
    """
    values = None
    distinct = sorted({value for value in values if value is not None}, key=orderable)
    last = len(distinct)
    ranks = {value: (rank, last - 1 - rank) for rank, value in enumerate(distinct)}
    ranks[None] = (last, last)
    return [ranks[value] for value in values]


def x_sort_ranks__mutmut_2(records: Sequence[Record], path: str) -> list[tuple[int, int]]:
    """Return each record's (ascending, descending) rank of its value at ``path``.

    Equal values share a rank; a null ranks after every value in both directions.
    """
    values = list(None)
    distinct = sorted({value for value in values if value is not None}, key=orderable)
    last = len(distinct)
    ranks = {value: (rank, last - 1 - rank) for rank, value in enumerate(distinct)}
    ranks[None] = (last, last)
    return [ranks[value] for value in values]


def x_sort_ranks__mutmut_3(records: Sequence[Record], path: str) -> list[tuple[int, int]]:
    """Return each record's (ascending, descending) rank of its value at ``path``.

    Equal values share a rank; a null ranks after every value in both directions.
    """
    values = list(map(None, records))
    distinct = sorted({value for value in values if value is not None}, key=orderable)
    last = len(distinct)
    ranks = {value: (rank, last - 1 - rank) for rank, value in enumerate(distinct)}
    ranks[None] = (last, last)
    return [ranks[value] for value in values]


def x_sort_ranks__mutmut_4(records: Sequence[Record], path: str) -> list[tuple[int, int]]:
    """Return each record's (ascending, descending) rank of its value at ``path``.

    Equal values share a rank; a null ranks after every value in both directions.
    """
    values = list(map(accessor(path), None))
    distinct = sorted({value for value in values if value is not None}, key=orderable)
    last = len(distinct)
    ranks = {value: (rank, last - 1 - rank) for rank, value in enumerate(distinct)}
    ranks[None] = (last, last)
    return [ranks[value] for value in values]


def x_sort_ranks__mutmut_5(records: Sequence[Record], path: str) -> list[tuple[int, int]]:
    """Return each record's (ascending, descending) rank of its value at ``path``.

    Equal values share a rank; a null ranks after every value in both directions.
    """
    values = list(map(records))
    distinct = sorted({value for value in values if value is not None}, key=orderable)
    last = len(distinct)
    ranks = {value: (rank, last - 1 - rank) for rank, value in enumerate(distinct)}
    ranks[None] = (last, last)
    return [ranks[value] for value in values]


def x_sort_ranks__mutmut_6(records: Sequence[Record], path: str) -> list[tuple[int, int]]:
    """Return each record's (ascending, descending) rank of its value at ``path``.

    Equal values share a rank; a null ranks after every value in both directions.
    """
    values = list(map(accessor(path), ))
    distinct = sorted({value for value in values if value is not None}, key=orderable)
    last = len(distinct)
    ranks = {value: (rank, last - 1 - rank) for rank, value in enumerate(distinct)}
    ranks[None] = (last, last)
    return [ranks[value] for value in values]


def x_sort_ranks__mutmut_7(records: Sequence[Record], path: str) -> list[tuple[int, int]]:
    """Return each record's (ascending, descending) rank of its value at ``path``.

    Equal values share a rank; a null ranks after every value in both directions.
    """
    values = list(map(accessor(None), records))
    distinct = sorted({value for value in values if value is not None}, key=orderable)
    last = len(distinct)
    ranks = {value: (rank, last - 1 - rank) for rank, value in enumerate(distinct)}
    ranks[None] = (last, last)
    return [ranks[value] for value in values]


def x_sort_ranks__mutmut_8(records: Sequence[Record], path: str) -> list[tuple[int, int]]:
    """Return each record's (ascending, descending) rank of its value at ``path``.

    Equal values share a rank; a null ranks after every value in both directions.
    """
    values = list(map(accessor(path), records))
    distinct = None
    last = len(distinct)
    ranks = {value: (rank, last - 1 - rank) for rank, value in enumerate(distinct)}
    ranks[None] = (last, last)
    return [ranks[value] for value in values]


def x_sort_ranks__mutmut_9(records: Sequence[Record], path: str) -> list[tuple[int, int]]:
    """Return each record's (ascending, descending) rank of its value at ``path``.

    Equal values share a rank; a null ranks after every value in both directions.
    """
    values = list(map(accessor(path), records))
    distinct = sorted(None, key=orderable)
    last = len(distinct)
    ranks = {value: (rank, last - 1 - rank) for rank, value in enumerate(distinct)}
    ranks[None] = (last, last)
    return [ranks[value] for value in values]


def x_sort_ranks__mutmut_10(records: Sequence[Record], path: str) -> list[tuple[int, int]]:
    """Return each record's (ascending, descending) rank of its value at ``path``.

    Equal values share a rank; a null ranks after every value in both directions.
    """
    values = list(map(accessor(path), records))
    distinct = sorted({value for value in values if value is not None}, key=None)
    last = len(distinct)
    ranks = {value: (rank, last - 1 - rank) for rank, value in enumerate(distinct)}
    ranks[None] = (last, last)
    return [ranks[value] for value in values]


def x_sort_ranks__mutmut_11(records: Sequence[Record], path: str) -> list[tuple[int, int]]:
    """Return each record's (ascending, descending) rank of its value at ``path``.

    Equal values share a rank; a null ranks after every value in both directions.
    """
    values = list(map(accessor(path), records))
    distinct = sorted(key=orderable)
    last = len(distinct)
    ranks = {value: (rank, last - 1 - rank) for rank, value in enumerate(distinct)}
    ranks[None] = (last, last)
    return [ranks[value] for value in values]


def x_sort_ranks__mutmut_12(records: Sequence[Record], path: str) -> list[tuple[int, int]]:
    """Return each record's (ascending, descending) rank of its value at ``path``.

    Equal values share a rank; a null ranks after every value in both directions.
    """
    values = list(map(accessor(path), records))
    distinct = sorted({value for value in values if value is not None}, )
    last = len(distinct)
    ranks = {value: (rank, last - 1 - rank) for rank, value in enumerate(distinct)}
    ranks[None] = (last, last)
    return [ranks[value] for value in values]


def x_sort_ranks__mutmut_13(records: Sequence[Record], path: str) -> list[tuple[int, int]]:
    """Return each record's (ascending, descending) rank of its value at ``path``.

    Equal values share a rank; a null ranks after every value in both directions.
    """
    values = list(map(accessor(path), records))
    distinct = sorted({value for value in values if value is None}, key=orderable)
    last = len(distinct)
    ranks = {value: (rank, last - 1 - rank) for rank, value in enumerate(distinct)}
    ranks[None] = (last, last)
    return [ranks[value] for value in values]


def x_sort_ranks__mutmut_14(records: Sequence[Record], path: str) -> list[tuple[int, int]]:
    """Return each record's (ascending, descending) rank of its value at ``path``.

    Equal values share a rank; a null ranks after every value in both directions.
    """
    values = list(map(accessor(path), records))
    distinct = sorted({value for value in values if value is not None}, key=orderable)
    last = None
    ranks = {value: (rank, last - 1 - rank) for rank, value in enumerate(distinct)}
    ranks[None] = (last, last)
    return [ranks[value] for value in values]


def x_sort_ranks__mutmut_15(records: Sequence[Record], path: str) -> list[tuple[int, int]]:
    """Return each record's (ascending, descending) rank of its value at ``path``.

    Equal values share a rank; a null ranks after every value in both directions.
    """
    values = list(map(accessor(path), records))
    distinct = sorted({value for value in values if value is not None}, key=orderable)
    last = len(distinct)
    ranks = None
    ranks[None] = (last, last)
    return [ranks[value] for value in values]


def x_sort_ranks__mutmut_16(records: Sequence[Record], path: str) -> list[tuple[int, int]]:
    """Return each record's (ascending, descending) rank of its value at ``path``.

    Equal values share a rank; a null ranks after every value in both directions.
    """
    values = list(map(accessor(path), records))
    distinct = sorted({value for value in values if value is not None}, key=orderable)
    last = len(distinct)
    ranks = {value: (rank, last - 1 + rank) for rank, value in enumerate(distinct)}
    ranks[None] = (last, last)
    return [ranks[value] for value in values]


def x_sort_ranks__mutmut_17(records: Sequence[Record], path: str) -> list[tuple[int, int]]:
    """Return each record's (ascending, descending) rank of its value at ``path``.

    Equal values share a rank; a null ranks after every value in both directions.
    """
    values = list(map(accessor(path), records))
    distinct = sorted({value for value in values if value is not None}, key=orderable)
    last = len(distinct)
    ranks = {value: (rank, last + 1 - rank) for rank, value in enumerate(distinct)}
    ranks[None] = (last, last)
    return [ranks[value] for value in values]


def x_sort_ranks__mutmut_18(records: Sequence[Record], path: str) -> list[tuple[int, int]]:
    """Return each record's (ascending, descending) rank of its value at ``path``.

    Equal values share a rank; a null ranks after every value in both directions.
    """
    values = list(map(accessor(path), records))
    distinct = sorted({value for value in values if value is not None}, key=orderable)
    last = len(distinct)
    ranks = {value: (rank, last - 2 - rank) for rank, value in enumerate(distinct)}
    ranks[None] = (last, last)
    return [ranks[value] for value in values]


def x_sort_ranks__mutmut_19(records: Sequence[Record], path: str) -> list[tuple[int, int]]:
    """Return each record's (ascending, descending) rank of its value at ``path``.

    Equal values share a rank; a null ranks after every value in both directions.
    """
    values = list(map(accessor(path), records))
    distinct = sorted({value for value in values if value is not None}, key=orderable)
    last = len(distinct)
    ranks = {value: (rank, last - 1 - rank) for rank, value in enumerate(None)}
    ranks[None] = (last, last)
    return [ranks[value] for value in values]


def x_sort_ranks__mutmut_20(records: Sequence[Record], path: str) -> list[tuple[int, int]]:
    """Return each record's (ascending, descending) rank of its value at ``path``.

    Equal values share a rank; a null ranks after every value in both directions.
    """
    values = list(map(accessor(path), records))
    distinct = sorted({value for value in values if value is not None}, key=orderable)
    last = len(distinct)
    ranks = {value: (rank, last - 1 - rank) for rank, value in enumerate(distinct)}
    ranks[None] = None
    return [ranks[value] for value in values]

mutants_x_sort_ranks__mutmut['_mutmut_orig'] = x_sort_ranks__mutmut_orig # type: ignore # mutmut generated
mutants_x_sort_ranks__mutmut['x_sort_ranks__mutmut_1'] = x_sort_ranks__mutmut_1 # type: ignore # mutmut generated
mutants_x_sort_ranks__mutmut['x_sort_ranks__mutmut_2'] = x_sort_ranks__mutmut_2 # type: ignore # mutmut generated
mutants_x_sort_ranks__mutmut['x_sort_ranks__mutmut_3'] = x_sort_ranks__mutmut_3 # type: ignore # mutmut generated
mutants_x_sort_ranks__mutmut['x_sort_ranks__mutmut_4'] = x_sort_ranks__mutmut_4 # type: ignore # mutmut generated
mutants_x_sort_ranks__mutmut['x_sort_ranks__mutmut_5'] = x_sort_ranks__mutmut_5 # type: ignore # mutmut generated
mutants_x_sort_ranks__mutmut['x_sort_ranks__mutmut_6'] = x_sort_ranks__mutmut_6 # type: ignore # mutmut generated
mutants_x_sort_ranks__mutmut['x_sort_ranks__mutmut_7'] = x_sort_ranks__mutmut_7 # type: ignore # mutmut generated
mutants_x_sort_ranks__mutmut['x_sort_ranks__mutmut_8'] = x_sort_ranks__mutmut_8 # type: ignore # mutmut generated
mutants_x_sort_ranks__mutmut['x_sort_ranks__mutmut_9'] = x_sort_ranks__mutmut_9 # type: ignore # mutmut generated
mutants_x_sort_ranks__mutmut['x_sort_ranks__mutmut_10'] = x_sort_ranks__mutmut_10 # type: ignore # mutmut generated
mutants_x_sort_ranks__mutmut['x_sort_ranks__mutmut_11'] = x_sort_ranks__mutmut_11 # type: ignore # mutmut generated
mutants_x_sort_ranks__mutmut['x_sort_ranks__mutmut_12'] = x_sort_ranks__mutmut_12 # type: ignore # mutmut generated
mutants_x_sort_ranks__mutmut['x_sort_ranks__mutmut_13'] = x_sort_ranks__mutmut_13 # type: ignore # mutmut generated
mutants_x_sort_ranks__mutmut['x_sort_ranks__mutmut_14'] = x_sort_ranks__mutmut_14 # type: ignore # mutmut generated
mutants_x_sort_ranks__mutmut['x_sort_ranks__mutmut_15'] = x_sort_ranks__mutmut_15 # type: ignore # mutmut generated
mutants_x_sort_ranks__mutmut['x_sort_ranks__mutmut_16'] = x_sort_ranks__mutmut_16 # type: ignore # mutmut generated
mutants_x_sort_ranks__mutmut['x_sort_ranks__mutmut_17'] = x_sort_ranks__mutmut_17 # type: ignore # mutmut generated
mutants_x_sort_ranks__mutmut['x_sort_ranks__mutmut_18'] = x_sort_ranks__mutmut_18 # type: ignore # mutmut generated
mutants_x_sort_ranks__mutmut['x_sort_ranks__mutmut_19'] = x_sort_ranks__mutmut_19 # type: ignore # mutmut generated
mutants_x_sort_ranks__mutmut['x_sort_ranks__mutmut_20'] = x_sort_ranks__mutmut_20 # type: ignore # mutmut generated


#: The functions that read each table's columns from a record, in column order.
_ACCESSORS = {
    collection: [accessor(column) for column in columns.values()]
    for collection, columns in COLUMNS.items()
}


@dataclass(frozen=True)
class Built:
    """What a build wrote: the dataset version and how many records of each collection."""

    version: str
    counts: dict[str, int]
mutants_x_build__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_build__mutmut)
def build(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset in ``data_dir`` and write its snapshot to ``output``.

    Raises DataError, writing nothing, when the dataset breaks a rule. The build runs in
    a forked process, which leaves without freeing the dataset object by object: on a
    large corpus that takes seconds, and the operating system does it at once.
    """
    progress = progress or Silent()
    if os.environ.get(IN_PROCESS):
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        return Built(dataset.version, dataset.counts())
    context = get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    builder = context.Process(
        target=_build_and_exit,
        args=(sender, data_dir, output, make_renderer, sources_dir, progress),
    )
    builder.start()
    sender.close()
    try:
        outcome = receiver.recv()
    except EOFError:
        outcome = RuntimeError(f"the build process ended with exit code {builder.exitcode}")
    finally:
        builder.join()
        receiver.close()
    if isinstance(outcome, BaseException):
        raise outcome
    assert isinstance(outcome, Built)
    return outcome


def x_build__mutmut_orig(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset in ``data_dir`` and write its snapshot to ``output``.

    Raises DataError, writing nothing, when the dataset breaks a rule. The build runs in
    a forked process, which leaves without freeing the dataset object by object: on a
    large corpus that takes seconds, and the operating system does it at once.
    """
    progress = progress or Silent()
    if os.environ.get(IN_PROCESS):
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        return Built(dataset.version, dataset.counts())
    context = get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    builder = context.Process(
        target=_build_and_exit,
        args=(sender, data_dir, output, make_renderer, sources_dir, progress),
    )
    builder.start()
    sender.close()
    try:
        outcome = receiver.recv()
    except EOFError:
        outcome = RuntimeError(f"the build process ended with exit code {builder.exitcode}")
    finally:
        builder.join()
        receiver.close()
    if isinstance(outcome, BaseException):
        raise outcome
    assert isinstance(outcome, Built)
    return outcome


def x_build__mutmut_1(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset in ``data_dir`` and write its snapshot to ``output``.

    Raises DataError, writing nothing, when the dataset breaks a rule. The build runs in
    a forked process, which leaves without freeing the dataset object by object: on a
    large corpus that takes seconds, and the operating system does it at once.
    """
    progress = None
    if os.environ.get(IN_PROCESS):
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        return Built(dataset.version, dataset.counts())
    context = get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    builder = context.Process(
        target=_build_and_exit,
        args=(sender, data_dir, output, make_renderer, sources_dir, progress),
    )
    builder.start()
    sender.close()
    try:
        outcome = receiver.recv()
    except EOFError:
        outcome = RuntimeError(f"the build process ended with exit code {builder.exitcode}")
    finally:
        builder.join()
        receiver.close()
    if isinstance(outcome, BaseException):
        raise outcome
    assert isinstance(outcome, Built)
    return outcome


def x_build__mutmut_2(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset in ``data_dir`` and write its snapshot to ``output``.

    Raises DataError, writing nothing, when the dataset breaks a rule. The build runs in
    a forked process, which leaves without freeing the dataset object by object: on a
    large corpus that takes seconds, and the operating system does it at once.
    """
    progress = progress and Silent()
    if os.environ.get(IN_PROCESS):
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        return Built(dataset.version, dataset.counts())
    context = get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    builder = context.Process(
        target=_build_and_exit,
        args=(sender, data_dir, output, make_renderer, sources_dir, progress),
    )
    builder.start()
    sender.close()
    try:
        outcome = receiver.recv()
    except EOFError:
        outcome = RuntimeError(f"the build process ended with exit code {builder.exitcode}")
    finally:
        builder.join()
        receiver.close()
    if isinstance(outcome, BaseException):
        raise outcome
    assert isinstance(outcome, Built)
    return outcome


def x_build__mutmut_3(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset in ``data_dir`` and write its snapshot to ``output``.

    Raises DataError, writing nothing, when the dataset breaks a rule. The build runs in
    a forked process, which leaves without freeing the dataset object by object: on a
    large corpus that takes seconds, and the operating system does it at once.
    """
    progress = progress or Silent()
    if os.environ.get(None):
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        return Built(dataset.version, dataset.counts())
    context = get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    builder = context.Process(
        target=_build_and_exit,
        args=(sender, data_dir, output, make_renderer, sources_dir, progress),
    )
    builder.start()
    sender.close()
    try:
        outcome = receiver.recv()
    except EOFError:
        outcome = RuntimeError(f"the build process ended with exit code {builder.exitcode}")
    finally:
        builder.join()
        receiver.close()
    if isinstance(outcome, BaseException):
        raise outcome
    assert isinstance(outcome, Built)
    return outcome


def x_build__mutmut_4(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset in ``data_dir`` and write its snapshot to ``output``.

    Raises DataError, writing nothing, when the dataset breaks a rule. The build runs in
    a forked process, which leaves without freeing the dataset object by object: on a
    large corpus that takes seconds, and the operating system does it at once.
    """
    progress = progress or Silent()
    if os.environ.get(IN_PROCESS):
        with garbage_collector_paused():
            dataset = None
        return Built(dataset.version, dataset.counts())
    context = get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    builder = context.Process(
        target=_build_and_exit,
        args=(sender, data_dir, output, make_renderer, sources_dir, progress),
    )
    builder.start()
    sender.close()
    try:
        outcome = receiver.recv()
    except EOFError:
        outcome = RuntimeError(f"the build process ended with exit code {builder.exitcode}")
    finally:
        builder.join()
        receiver.close()
    if isinstance(outcome, BaseException):
        raise outcome
    assert isinstance(outcome, Built)
    return outcome


def x_build__mutmut_5(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset in ``data_dir`` and write its snapshot to ``output``.

    Raises DataError, writing nothing, when the dataset breaks a rule. The build runs in
    a forked process, which leaves without freeing the dataset object by object: on a
    large corpus that takes seconds, and the operating system does it at once.
    """
    progress = progress or Silent()
    if os.environ.get(IN_PROCESS):
        with garbage_collector_paused():
            dataset = _build(None, output, make_renderer, sources_dir, progress)
        return Built(dataset.version, dataset.counts())
    context = get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    builder = context.Process(
        target=_build_and_exit,
        args=(sender, data_dir, output, make_renderer, sources_dir, progress),
    )
    builder.start()
    sender.close()
    try:
        outcome = receiver.recv()
    except EOFError:
        outcome = RuntimeError(f"the build process ended with exit code {builder.exitcode}")
    finally:
        builder.join()
        receiver.close()
    if isinstance(outcome, BaseException):
        raise outcome
    assert isinstance(outcome, Built)
    return outcome


def x_build__mutmut_6(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset in ``data_dir`` and write its snapshot to ``output``.

    Raises DataError, writing nothing, when the dataset breaks a rule. The build runs in
    a forked process, which leaves without freeing the dataset object by object: on a
    large corpus that takes seconds, and the operating system does it at once.
    """
    progress = progress or Silent()
    if os.environ.get(IN_PROCESS):
        with garbage_collector_paused():
            dataset = _build(data_dir, None, make_renderer, sources_dir, progress)
        return Built(dataset.version, dataset.counts())
    context = get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    builder = context.Process(
        target=_build_and_exit,
        args=(sender, data_dir, output, make_renderer, sources_dir, progress),
    )
    builder.start()
    sender.close()
    try:
        outcome = receiver.recv()
    except EOFError:
        outcome = RuntimeError(f"the build process ended with exit code {builder.exitcode}")
    finally:
        builder.join()
        receiver.close()
    if isinstance(outcome, BaseException):
        raise outcome
    assert isinstance(outcome, Built)
    return outcome


def x_build__mutmut_7(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset in ``data_dir`` and write its snapshot to ``output``.

    Raises DataError, writing nothing, when the dataset breaks a rule. The build runs in
    a forked process, which leaves without freeing the dataset object by object: on a
    large corpus that takes seconds, and the operating system does it at once.
    """
    progress = progress or Silent()
    if os.environ.get(IN_PROCESS):
        with garbage_collector_paused():
            dataset = _build(data_dir, output, None, sources_dir, progress)
        return Built(dataset.version, dataset.counts())
    context = get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    builder = context.Process(
        target=_build_and_exit,
        args=(sender, data_dir, output, make_renderer, sources_dir, progress),
    )
    builder.start()
    sender.close()
    try:
        outcome = receiver.recv()
    except EOFError:
        outcome = RuntimeError(f"the build process ended with exit code {builder.exitcode}")
    finally:
        builder.join()
        receiver.close()
    if isinstance(outcome, BaseException):
        raise outcome
    assert isinstance(outcome, Built)
    return outcome


def x_build__mutmut_8(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset in ``data_dir`` and write its snapshot to ``output``.

    Raises DataError, writing nothing, when the dataset breaks a rule. The build runs in
    a forked process, which leaves without freeing the dataset object by object: on a
    large corpus that takes seconds, and the operating system does it at once.
    """
    progress = progress or Silent()
    if os.environ.get(IN_PROCESS):
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, None, progress)
        return Built(dataset.version, dataset.counts())
    context = get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    builder = context.Process(
        target=_build_and_exit,
        args=(sender, data_dir, output, make_renderer, sources_dir, progress),
    )
    builder.start()
    sender.close()
    try:
        outcome = receiver.recv()
    except EOFError:
        outcome = RuntimeError(f"the build process ended with exit code {builder.exitcode}")
    finally:
        builder.join()
        receiver.close()
    if isinstance(outcome, BaseException):
        raise outcome
    assert isinstance(outcome, Built)
    return outcome


def x_build__mutmut_9(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset in ``data_dir`` and write its snapshot to ``output``.

    Raises DataError, writing nothing, when the dataset breaks a rule. The build runs in
    a forked process, which leaves without freeing the dataset object by object: on a
    large corpus that takes seconds, and the operating system does it at once.
    """
    progress = progress or Silent()
    if os.environ.get(IN_PROCESS):
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, None)
        return Built(dataset.version, dataset.counts())
    context = get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    builder = context.Process(
        target=_build_and_exit,
        args=(sender, data_dir, output, make_renderer, sources_dir, progress),
    )
    builder.start()
    sender.close()
    try:
        outcome = receiver.recv()
    except EOFError:
        outcome = RuntimeError(f"the build process ended with exit code {builder.exitcode}")
    finally:
        builder.join()
        receiver.close()
    if isinstance(outcome, BaseException):
        raise outcome
    assert isinstance(outcome, Built)
    return outcome


def x_build__mutmut_10(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset in ``data_dir`` and write its snapshot to ``output``.

    Raises DataError, writing nothing, when the dataset breaks a rule. The build runs in
    a forked process, which leaves without freeing the dataset object by object: on a
    large corpus that takes seconds, and the operating system does it at once.
    """
    progress = progress or Silent()
    if os.environ.get(IN_PROCESS):
        with garbage_collector_paused():
            dataset = _build(output, make_renderer, sources_dir, progress)
        return Built(dataset.version, dataset.counts())
    context = get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    builder = context.Process(
        target=_build_and_exit,
        args=(sender, data_dir, output, make_renderer, sources_dir, progress),
    )
    builder.start()
    sender.close()
    try:
        outcome = receiver.recv()
    except EOFError:
        outcome = RuntimeError(f"the build process ended with exit code {builder.exitcode}")
    finally:
        builder.join()
        receiver.close()
    if isinstance(outcome, BaseException):
        raise outcome
    assert isinstance(outcome, Built)
    return outcome


def x_build__mutmut_11(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset in ``data_dir`` and write its snapshot to ``output``.

    Raises DataError, writing nothing, when the dataset breaks a rule. The build runs in
    a forked process, which leaves without freeing the dataset object by object: on a
    large corpus that takes seconds, and the operating system does it at once.
    """
    progress = progress or Silent()
    if os.environ.get(IN_PROCESS):
        with garbage_collector_paused():
            dataset = _build(data_dir, make_renderer, sources_dir, progress)
        return Built(dataset.version, dataset.counts())
    context = get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    builder = context.Process(
        target=_build_and_exit,
        args=(sender, data_dir, output, make_renderer, sources_dir, progress),
    )
    builder.start()
    sender.close()
    try:
        outcome = receiver.recv()
    except EOFError:
        outcome = RuntimeError(f"the build process ended with exit code {builder.exitcode}")
    finally:
        builder.join()
        receiver.close()
    if isinstance(outcome, BaseException):
        raise outcome
    assert isinstance(outcome, Built)
    return outcome


def x_build__mutmut_12(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset in ``data_dir`` and write its snapshot to ``output``.

    Raises DataError, writing nothing, when the dataset breaks a rule. The build runs in
    a forked process, which leaves without freeing the dataset object by object: on a
    large corpus that takes seconds, and the operating system does it at once.
    """
    progress = progress or Silent()
    if os.environ.get(IN_PROCESS):
        with garbage_collector_paused():
            dataset = _build(data_dir, output, sources_dir, progress)
        return Built(dataset.version, dataset.counts())
    context = get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    builder = context.Process(
        target=_build_and_exit,
        args=(sender, data_dir, output, make_renderer, sources_dir, progress),
    )
    builder.start()
    sender.close()
    try:
        outcome = receiver.recv()
    except EOFError:
        outcome = RuntimeError(f"the build process ended with exit code {builder.exitcode}")
    finally:
        builder.join()
        receiver.close()
    if isinstance(outcome, BaseException):
        raise outcome
    assert isinstance(outcome, Built)
    return outcome


def x_build__mutmut_13(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset in ``data_dir`` and write its snapshot to ``output``.

    Raises DataError, writing nothing, when the dataset breaks a rule. The build runs in
    a forked process, which leaves without freeing the dataset object by object: on a
    large corpus that takes seconds, and the operating system does it at once.
    """
    progress = progress or Silent()
    if os.environ.get(IN_PROCESS):
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, progress)
        return Built(dataset.version, dataset.counts())
    context = get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    builder = context.Process(
        target=_build_and_exit,
        args=(sender, data_dir, output, make_renderer, sources_dir, progress),
    )
    builder.start()
    sender.close()
    try:
        outcome = receiver.recv()
    except EOFError:
        outcome = RuntimeError(f"the build process ended with exit code {builder.exitcode}")
    finally:
        builder.join()
        receiver.close()
    if isinstance(outcome, BaseException):
        raise outcome
    assert isinstance(outcome, Built)
    return outcome


def x_build__mutmut_14(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset in ``data_dir`` and write its snapshot to ``output``.

    Raises DataError, writing nothing, when the dataset breaks a rule. The build runs in
    a forked process, which leaves without freeing the dataset object by object: on a
    large corpus that takes seconds, and the operating system does it at once.
    """
    progress = progress or Silent()
    if os.environ.get(IN_PROCESS):
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, )
        return Built(dataset.version, dataset.counts())
    context = get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    builder = context.Process(
        target=_build_and_exit,
        args=(sender, data_dir, output, make_renderer, sources_dir, progress),
    )
    builder.start()
    sender.close()
    try:
        outcome = receiver.recv()
    except EOFError:
        outcome = RuntimeError(f"the build process ended with exit code {builder.exitcode}")
    finally:
        builder.join()
        receiver.close()
    if isinstance(outcome, BaseException):
        raise outcome
    assert isinstance(outcome, Built)
    return outcome


def x_build__mutmut_15(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset in ``data_dir`` and write its snapshot to ``output``.

    Raises DataError, writing nothing, when the dataset breaks a rule. The build runs in
    a forked process, which leaves without freeing the dataset object by object: on a
    large corpus that takes seconds, and the operating system does it at once.
    """
    progress = progress or Silent()
    if os.environ.get(IN_PROCESS):
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        return Built(None, dataset.counts())
    context = get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    builder = context.Process(
        target=_build_and_exit,
        args=(sender, data_dir, output, make_renderer, sources_dir, progress),
    )
    builder.start()
    sender.close()
    try:
        outcome = receiver.recv()
    except EOFError:
        outcome = RuntimeError(f"the build process ended with exit code {builder.exitcode}")
    finally:
        builder.join()
        receiver.close()
    if isinstance(outcome, BaseException):
        raise outcome
    assert isinstance(outcome, Built)
    return outcome


def x_build__mutmut_16(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset in ``data_dir`` and write its snapshot to ``output``.

    Raises DataError, writing nothing, when the dataset breaks a rule. The build runs in
    a forked process, which leaves without freeing the dataset object by object: on a
    large corpus that takes seconds, and the operating system does it at once.
    """
    progress = progress or Silent()
    if os.environ.get(IN_PROCESS):
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        return Built(dataset.version, None)
    context = get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    builder = context.Process(
        target=_build_and_exit,
        args=(sender, data_dir, output, make_renderer, sources_dir, progress),
    )
    builder.start()
    sender.close()
    try:
        outcome = receiver.recv()
    except EOFError:
        outcome = RuntimeError(f"the build process ended with exit code {builder.exitcode}")
    finally:
        builder.join()
        receiver.close()
    if isinstance(outcome, BaseException):
        raise outcome
    assert isinstance(outcome, Built)
    return outcome


def x_build__mutmut_17(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset in ``data_dir`` and write its snapshot to ``output``.

    Raises DataError, writing nothing, when the dataset breaks a rule. The build runs in
    a forked process, which leaves without freeing the dataset object by object: on a
    large corpus that takes seconds, and the operating system does it at once.
    """
    progress = progress or Silent()
    if os.environ.get(IN_PROCESS):
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        return Built(dataset.counts())
    context = get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    builder = context.Process(
        target=_build_and_exit,
        args=(sender, data_dir, output, make_renderer, sources_dir, progress),
    )
    builder.start()
    sender.close()
    try:
        outcome = receiver.recv()
    except EOFError:
        outcome = RuntimeError(f"the build process ended with exit code {builder.exitcode}")
    finally:
        builder.join()
        receiver.close()
    if isinstance(outcome, BaseException):
        raise outcome
    assert isinstance(outcome, Built)
    return outcome


def x_build__mutmut_18(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset in ``data_dir`` and write its snapshot to ``output``.

    Raises DataError, writing nothing, when the dataset breaks a rule. The build runs in
    a forked process, which leaves without freeing the dataset object by object: on a
    large corpus that takes seconds, and the operating system does it at once.
    """
    progress = progress or Silent()
    if os.environ.get(IN_PROCESS):
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        return Built(dataset.version, )
    context = get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    builder = context.Process(
        target=_build_and_exit,
        args=(sender, data_dir, output, make_renderer, sources_dir, progress),
    )
    builder.start()
    sender.close()
    try:
        outcome = receiver.recv()
    except EOFError:
        outcome = RuntimeError(f"the build process ended with exit code {builder.exitcode}")
    finally:
        builder.join()
        receiver.close()
    if isinstance(outcome, BaseException):
        raise outcome
    assert isinstance(outcome, Built)
    return outcome


def x_build__mutmut_19(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset in ``data_dir`` and write its snapshot to ``output``.

    Raises DataError, writing nothing, when the dataset breaks a rule. The build runs in
    a forked process, which leaves without freeing the dataset object by object: on a
    large corpus that takes seconds, and the operating system does it at once.
    """
    progress = progress or Silent()
    if os.environ.get(IN_PROCESS):
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        return Built(dataset.version, dataset.counts())
    context = None
    receiver, sender = context.Pipe(duplex=False)
    builder = context.Process(
        target=_build_and_exit,
        args=(sender, data_dir, output, make_renderer, sources_dir, progress),
    )
    builder.start()
    sender.close()
    try:
        outcome = receiver.recv()
    except EOFError:
        outcome = RuntimeError(f"the build process ended with exit code {builder.exitcode}")
    finally:
        builder.join()
        receiver.close()
    if isinstance(outcome, BaseException):
        raise outcome
    assert isinstance(outcome, Built)
    return outcome


def x_build__mutmut_20(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset in ``data_dir`` and write its snapshot to ``output``.

    Raises DataError, writing nothing, when the dataset breaks a rule. The build runs in
    a forked process, which leaves without freeing the dataset object by object: on a
    large corpus that takes seconds, and the operating system does it at once.
    """
    progress = progress or Silent()
    if os.environ.get(IN_PROCESS):
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        return Built(dataset.version, dataset.counts())
    context = get_context(None)
    receiver, sender = context.Pipe(duplex=False)
    builder = context.Process(
        target=_build_and_exit,
        args=(sender, data_dir, output, make_renderer, sources_dir, progress),
    )
    builder.start()
    sender.close()
    try:
        outcome = receiver.recv()
    except EOFError:
        outcome = RuntimeError(f"the build process ended with exit code {builder.exitcode}")
    finally:
        builder.join()
        receiver.close()
    if isinstance(outcome, BaseException):
        raise outcome
    assert isinstance(outcome, Built)
    return outcome


def x_build__mutmut_21(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset in ``data_dir`` and write its snapshot to ``output``.

    Raises DataError, writing nothing, when the dataset breaks a rule. The build runs in
    a forked process, which leaves without freeing the dataset object by object: on a
    large corpus that takes seconds, and the operating system does it at once.
    """
    progress = progress or Silent()
    if os.environ.get(IN_PROCESS):
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        return Built(dataset.version, dataset.counts())
    context = get_context("XXforkXX")
    receiver, sender = context.Pipe(duplex=False)
    builder = context.Process(
        target=_build_and_exit,
        args=(sender, data_dir, output, make_renderer, sources_dir, progress),
    )
    builder.start()
    sender.close()
    try:
        outcome = receiver.recv()
    except EOFError:
        outcome = RuntimeError(f"the build process ended with exit code {builder.exitcode}")
    finally:
        builder.join()
        receiver.close()
    if isinstance(outcome, BaseException):
        raise outcome
    assert isinstance(outcome, Built)
    return outcome


def x_build__mutmut_22(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset in ``data_dir`` and write its snapshot to ``output``.

    Raises DataError, writing nothing, when the dataset breaks a rule. The build runs in
    a forked process, which leaves without freeing the dataset object by object: on a
    large corpus that takes seconds, and the operating system does it at once.
    """
    progress = progress or Silent()
    if os.environ.get(IN_PROCESS):
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        return Built(dataset.version, dataset.counts())
    context = get_context("FORK")
    receiver, sender = context.Pipe(duplex=False)
    builder = context.Process(
        target=_build_and_exit,
        args=(sender, data_dir, output, make_renderer, sources_dir, progress),
    )
    builder.start()
    sender.close()
    try:
        outcome = receiver.recv()
    except EOFError:
        outcome = RuntimeError(f"the build process ended with exit code {builder.exitcode}")
    finally:
        builder.join()
        receiver.close()
    if isinstance(outcome, BaseException):
        raise outcome
    assert isinstance(outcome, Built)
    return outcome


def x_build__mutmut_23(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset in ``data_dir`` and write its snapshot to ``output``.

    Raises DataError, writing nothing, when the dataset breaks a rule. The build runs in
    a forked process, which leaves without freeing the dataset object by object: on a
    large corpus that takes seconds, and the operating system does it at once.
    """
    progress = progress or Silent()
    if os.environ.get(IN_PROCESS):
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        return Built(dataset.version, dataset.counts())
    context = get_context("fork")
    receiver, sender = None
    builder = context.Process(
        target=_build_and_exit,
        args=(sender, data_dir, output, make_renderer, sources_dir, progress),
    )
    builder.start()
    sender.close()
    try:
        outcome = receiver.recv()
    except EOFError:
        outcome = RuntimeError(f"the build process ended with exit code {builder.exitcode}")
    finally:
        builder.join()
        receiver.close()
    if isinstance(outcome, BaseException):
        raise outcome
    assert isinstance(outcome, Built)
    return outcome


def x_build__mutmut_24(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset in ``data_dir`` and write its snapshot to ``output``.

    Raises DataError, writing nothing, when the dataset breaks a rule. The build runs in
    a forked process, which leaves without freeing the dataset object by object: on a
    large corpus that takes seconds, and the operating system does it at once.
    """
    progress = progress or Silent()
    if os.environ.get(IN_PROCESS):
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        return Built(dataset.version, dataset.counts())
    context = get_context("fork")
    receiver, sender = context.Pipe(duplex=None)
    builder = context.Process(
        target=_build_and_exit,
        args=(sender, data_dir, output, make_renderer, sources_dir, progress),
    )
    builder.start()
    sender.close()
    try:
        outcome = receiver.recv()
    except EOFError:
        outcome = RuntimeError(f"the build process ended with exit code {builder.exitcode}")
    finally:
        builder.join()
        receiver.close()
    if isinstance(outcome, BaseException):
        raise outcome
    assert isinstance(outcome, Built)
    return outcome


def x_build__mutmut_25(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset in ``data_dir`` and write its snapshot to ``output``.

    Raises DataError, writing nothing, when the dataset breaks a rule. The build runs in
    a forked process, which leaves without freeing the dataset object by object: on a
    large corpus that takes seconds, and the operating system does it at once.
    """
    progress = progress or Silent()
    if os.environ.get(IN_PROCESS):
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        return Built(dataset.version, dataset.counts())
    context = get_context("fork")
    receiver, sender = context.Pipe(duplex=True)
    builder = context.Process(
        target=_build_and_exit,
        args=(sender, data_dir, output, make_renderer, sources_dir, progress),
    )
    builder.start()
    sender.close()
    try:
        outcome = receiver.recv()
    except EOFError:
        outcome = RuntimeError(f"the build process ended with exit code {builder.exitcode}")
    finally:
        builder.join()
        receiver.close()
    if isinstance(outcome, BaseException):
        raise outcome
    assert isinstance(outcome, Built)
    return outcome


def x_build__mutmut_26(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset in ``data_dir`` and write its snapshot to ``output``.

    Raises DataError, writing nothing, when the dataset breaks a rule. The build runs in
    a forked process, which leaves without freeing the dataset object by object: on a
    large corpus that takes seconds, and the operating system does it at once.
    """
    progress = progress or Silent()
    if os.environ.get(IN_PROCESS):
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        return Built(dataset.version, dataset.counts())
    context = get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    builder = None
    builder.start()
    sender.close()
    try:
        outcome = receiver.recv()
    except EOFError:
        outcome = RuntimeError(f"the build process ended with exit code {builder.exitcode}")
    finally:
        builder.join()
        receiver.close()
    if isinstance(outcome, BaseException):
        raise outcome
    assert isinstance(outcome, Built)
    return outcome


def x_build__mutmut_27(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset in ``data_dir`` and write its snapshot to ``output``.

    Raises DataError, writing nothing, when the dataset breaks a rule. The build runs in
    a forked process, which leaves without freeing the dataset object by object: on a
    large corpus that takes seconds, and the operating system does it at once.
    """
    progress = progress or Silent()
    if os.environ.get(IN_PROCESS):
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        return Built(dataset.version, dataset.counts())
    context = get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    builder = context.Process(
        target=None,
        args=(sender, data_dir, output, make_renderer, sources_dir, progress),
    )
    builder.start()
    sender.close()
    try:
        outcome = receiver.recv()
    except EOFError:
        outcome = RuntimeError(f"the build process ended with exit code {builder.exitcode}")
    finally:
        builder.join()
        receiver.close()
    if isinstance(outcome, BaseException):
        raise outcome
    assert isinstance(outcome, Built)
    return outcome


def x_build__mutmut_28(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset in ``data_dir`` and write its snapshot to ``output``.

    Raises DataError, writing nothing, when the dataset breaks a rule. The build runs in
    a forked process, which leaves without freeing the dataset object by object: on a
    large corpus that takes seconds, and the operating system does it at once.
    """
    progress = progress or Silent()
    if os.environ.get(IN_PROCESS):
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        return Built(dataset.version, dataset.counts())
    context = get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    builder = context.Process(
        target=_build_and_exit,
        args=None,
    )
    builder.start()
    sender.close()
    try:
        outcome = receiver.recv()
    except EOFError:
        outcome = RuntimeError(f"the build process ended with exit code {builder.exitcode}")
    finally:
        builder.join()
        receiver.close()
    if isinstance(outcome, BaseException):
        raise outcome
    assert isinstance(outcome, Built)
    return outcome


def x_build__mutmut_29(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset in ``data_dir`` and write its snapshot to ``output``.

    Raises DataError, writing nothing, when the dataset breaks a rule. The build runs in
    a forked process, which leaves without freeing the dataset object by object: on a
    large corpus that takes seconds, and the operating system does it at once.
    """
    progress = progress or Silent()
    if os.environ.get(IN_PROCESS):
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        return Built(dataset.version, dataset.counts())
    context = get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    builder = context.Process(
        args=(sender, data_dir, output, make_renderer, sources_dir, progress),
    )
    builder.start()
    sender.close()
    try:
        outcome = receiver.recv()
    except EOFError:
        outcome = RuntimeError(f"the build process ended with exit code {builder.exitcode}")
    finally:
        builder.join()
        receiver.close()
    if isinstance(outcome, BaseException):
        raise outcome
    assert isinstance(outcome, Built)
    return outcome


def x_build__mutmut_30(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset in ``data_dir`` and write its snapshot to ``output``.

    Raises DataError, writing nothing, when the dataset breaks a rule. The build runs in
    a forked process, which leaves without freeing the dataset object by object: on a
    large corpus that takes seconds, and the operating system does it at once.
    """
    progress = progress or Silent()
    if os.environ.get(IN_PROCESS):
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        return Built(dataset.version, dataset.counts())
    context = get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    builder = context.Process(
        target=_build_and_exit,
        )
    builder.start()
    sender.close()
    try:
        outcome = receiver.recv()
    except EOFError:
        outcome = RuntimeError(f"the build process ended with exit code {builder.exitcode}")
    finally:
        builder.join()
        receiver.close()
    if isinstance(outcome, BaseException):
        raise outcome
    assert isinstance(outcome, Built)
    return outcome


def x_build__mutmut_31(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset in ``data_dir`` and write its snapshot to ``output``.

    Raises DataError, writing nothing, when the dataset breaks a rule. The build runs in
    a forked process, which leaves without freeing the dataset object by object: on a
    large corpus that takes seconds, and the operating system does it at once.
    """
    progress = progress or Silent()
    if os.environ.get(IN_PROCESS):
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        return Built(dataset.version, dataset.counts())
    context = get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    builder = context.Process(
        target=_build_and_exit,
        args=(sender, data_dir, output, make_renderer, sources_dir, progress),
    )
    builder.start()
    sender.close()
    try:
        outcome = None
    except EOFError:
        outcome = RuntimeError(f"the build process ended with exit code {builder.exitcode}")
    finally:
        builder.join()
        receiver.close()
    if isinstance(outcome, BaseException):
        raise outcome
    assert isinstance(outcome, Built)
    return outcome


def x_build__mutmut_32(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset in ``data_dir`` and write its snapshot to ``output``.

    Raises DataError, writing nothing, when the dataset breaks a rule. The build runs in
    a forked process, which leaves without freeing the dataset object by object: on a
    large corpus that takes seconds, and the operating system does it at once.
    """
    progress = progress or Silent()
    if os.environ.get(IN_PROCESS):
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        return Built(dataset.version, dataset.counts())
    context = get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    builder = context.Process(
        target=_build_and_exit,
        args=(sender, data_dir, output, make_renderer, sources_dir, progress),
    )
    builder.start()
    sender.close()
    try:
        outcome = receiver.recv()
    except EOFError:
        outcome = None
    finally:
        builder.join()
        receiver.close()
    if isinstance(outcome, BaseException):
        raise outcome
    assert isinstance(outcome, Built)
    return outcome


def x_build__mutmut_33(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset in ``data_dir`` and write its snapshot to ``output``.

    Raises DataError, writing nothing, when the dataset breaks a rule. The build runs in
    a forked process, which leaves without freeing the dataset object by object: on a
    large corpus that takes seconds, and the operating system does it at once.
    """
    progress = progress or Silent()
    if os.environ.get(IN_PROCESS):
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        return Built(dataset.version, dataset.counts())
    context = get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    builder = context.Process(
        target=_build_and_exit,
        args=(sender, data_dir, output, make_renderer, sources_dir, progress),
    )
    builder.start()
    sender.close()
    try:
        outcome = receiver.recv()
    except EOFError:
        outcome = RuntimeError(None)
    finally:
        builder.join()
        receiver.close()
    if isinstance(outcome, BaseException):
        raise outcome
    assert isinstance(outcome, Built)
    return outcome

mutants_x_build__mutmut['_mutmut_orig'] = x_build__mutmut_orig # type: ignore # mutmut generated
mutants_x_build__mutmut['x_build__mutmut_1'] = x_build__mutmut_1 # type: ignore # mutmut generated
mutants_x_build__mutmut['x_build__mutmut_2'] = x_build__mutmut_2 # type: ignore # mutmut generated
mutants_x_build__mutmut['x_build__mutmut_3'] = x_build__mutmut_3 # type: ignore # mutmut generated
mutants_x_build__mutmut['x_build__mutmut_4'] = x_build__mutmut_4 # type: ignore # mutmut generated
mutants_x_build__mutmut['x_build__mutmut_5'] = x_build__mutmut_5 # type: ignore # mutmut generated
mutants_x_build__mutmut['x_build__mutmut_6'] = x_build__mutmut_6 # type: ignore # mutmut generated
mutants_x_build__mutmut['x_build__mutmut_7'] = x_build__mutmut_7 # type: ignore # mutmut generated
mutants_x_build__mutmut['x_build__mutmut_8'] = x_build__mutmut_8 # type: ignore # mutmut generated
mutants_x_build__mutmut['x_build__mutmut_9'] = x_build__mutmut_9 # type: ignore # mutmut generated
mutants_x_build__mutmut['x_build__mutmut_10'] = x_build__mutmut_10 # type: ignore # mutmut generated
mutants_x_build__mutmut['x_build__mutmut_11'] = x_build__mutmut_11 # type: ignore # mutmut generated
mutants_x_build__mutmut['x_build__mutmut_12'] = x_build__mutmut_12 # type: ignore # mutmut generated
mutants_x_build__mutmut['x_build__mutmut_13'] = x_build__mutmut_13 # type: ignore # mutmut generated
mutants_x_build__mutmut['x_build__mutmut_14'] = x_build__mutmut_14 # type: ignore # mutmut generated
mutants_x_build__mutmut['x_build__mutmut_15'] = x_build__mutmut_15 # type: ignore # mutmut generated
mutants_x_build__mutmut['x_build__mutmut_16'] = x_build__mutmut_16 # type: ignore # mutmut generated
mutants_x_build__mutmut['x_build__mutmut_17'] = x_build__mutmut_17 # type: ignore # mutmut generated
mutants_x_build__mutmut['x_build__mutmut_18'] = x_build__mutmut_18 # type: ignore # mutmut generated
mutants_x_build__mutmut['x_build__mutmut_19'] = x_build__mutmut_19 # type: ignore # mutmut generated
mutants_x_build__mutmut['x_build__mutmut_20'] = x_build__mutmut_20 # type: ignore # mutmut generated
mutants_x_build__mutmut['x_build__mutmut_21'] = x_build__mutmut_21 # type: ignore # mutmut generated
mutants_x_build__mutmut['x_build__mutmut_22'] = x_build__mutmut_22 # type: ignore # mutmut generated
mutants_x_build__mutmut['x_build__mutmut_23'] = x_build__mutmut_23 # type: ignore # mutmut generated
mutants_x_build__mutmut['x_build__mutmut_24'] = x_build__mutmut_24 # type: ignore # mutmut generated
mutants_x_build__mutmut['x_build__mutmut_25'] = x_build__mutmut_25 # type: ignore # mutmut generated
mutants_x_build__mutmut['x_build__mutmut_26'] = x_build__mutmut_26 # type: ignore # mutmut generated
mutants_x_build__mutmut['x_build__mutmut_27'] = x_build__mutmut_27 # type: ignore # mutmut generated
mutants_x_build__mutmut['x_build__mutmut_28'] = x_build__mutmut_28 # type: ignore # mutmut generated
mutants_x_build__mutmut['x_build__mutmut_29'] = x_build__mutmut_29 # type: ignore # mutmut generated
mutants_x_build__mutmut['x_build__mutmut_30'] = x_build__mutmut_30 # type: ignore # mutmut generated
mutants_x_build__mutmut['x_build__mutmut_31'] = x_build__mutmut_31 # type: ignore # mutmut generated
mutants_x_build__mutmut['x_build__mutmut_32'] = x_build__mutmut_32 # type: ignore # mutmut generated
mutants_x_build__mutmut['x_build__mutmut_33'] = x_build__mutmut_33 # type: ignore # mutmut generated
mutants_x__build_and_exit__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__build_and_exit__mutmut)
def _build_and_exit(
    sender: Connection,
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> None:
    """Build, send the outcome (what was built, or the exception) and leave at once."""
    try:
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        outcome: Any = Built(dataset.version, dataset.counts())
    except BaseException as error:  # every failure goes back to the caller
        outcome = error
    try:
        sender.send(outcome)
    except Exception:  # an exception that cannot be pickled
        sender.send(RuntimeError("".join(traceback.format_exception(outcome))))
    finally:
        sender.close()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


def x__build_and_exit__mutmut_orig(
    sender: Connection,
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> None:
    """Build, send the outcome (what was built, or the exception) and leave at once."""
    try:
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        outcome: Any = Built(dataset.version, dataset.counts())
    except BaseException as error:  # every failure goes back to the caller
        outcome = error
    try:
        sender.send(outcome)
    except Exception:  # an exception that cannot be pickled
        sender.send(RuntimeError("".join(traceback.format_exception(outcome))))
    finally:
        sender.close()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


def x__build_and_exit__mutmut_1(
    sender: Connection,
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> None:
    """Build, send the outcome (what was built, or the exception) and leave at once."""
    try:
        with garbage_collector_paused():
            dataset = None
        outcome: Any = Built(dataset.version, dataset.counts())
    except BaseException as error:  # every failure goes back to the caller
        outcome = error
    try:
        sender.send(outcome)
    except Exception:  # an exception that cannot be pickled
        sender.send(RuntimeError("".join(traceback.format_exception(outcome))))
    finally:
        sender.close()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


def x__build_and_exit__mutmut_2(
    sender: Connection,
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> None:
    """Build, send the outcome (what was built, or the exception) and leave at once."""
    try:
        with garbage_collector_paused():
            dataset = _build(None, output, make_renderer, sources_dir, progress)
        outcome: Any = Built(dataset.version, dataset.counts())
    except BaseException as error:  # every failure goes back to the caller
        outcome = error
    try:
        sender.send(outcome)
    except Exception:  # an exception that cannot be pickled
        sender.send(RuntimeError("".join(traceback.format_exception(outcome))))
    finally:
        sender.close()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


def x__build_and_exit__mutmut_3(
    sender: Connection,
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> None:
    """Build, send the outcome (what was built, or the exception) and leave at once."""
    try:
        with garbage_collector_paused():
            dataset = _build(data_dir, None, make_renderer, sources_dir, progress)
        outcome: Any = Built(dataset.version, dataset.counts())
    except BaseException as error:  # every failure goes back to the caller
        outcome = error
    try:
        sender.send(outcome)
    except Exception:  # an exception that cannot be pickled
        sender.send(RuntimeError("".join(traceback.format_exception(outcome))))
    finally:
        sender.close()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


def x__build_and_exit__mutmut_4(
    sender: Connection,
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> None:
    """Build, send the outcome (what was built, or the exception) and leave at once."""
    try:
        with garbage_collector_paused():
            dataset = _build(data_dir, output, None, sources_dir, progress)
        outcome: Any = Built(dataset.version, dataset.counts())
    except BaseException as error:  # every failure goes back to the caller
        outcome = error
    try:
        sender.send(outcome)
    except Exception:  # an exception that cannot be pickled
        sender.send(RuntimeError("".join(traceback.format_exception(outcome))))
    finally:
        sender.close()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


def x__build_and_exit__mutmut_5(
    sender: Connection,
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> None:
    """Build, send the outcome (what was built, or the exception) and leave at once."""
    try:
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, None, progress)
        outcome: Any = Built(dataset.version, dataset.counts())
    except BaseException as error:  # every failure goes back to the caller
        outcome = error
    try:
        sender.send(outcome)
    except Exception:  # an exception that cannot be pickled
        sender.send(RuntimeError("".join(traceback.format_exception(outcome))))
    finally:
        sender.close()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


def x__build_and_exit__mutmut_6(
    sender: Connection,
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> None:
    """Build, send the outcome (what was built, or the exception) and leave at once."""
    try:
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, None)
        outcome: Any = Built(dataset.version, dataset.counts())
    except BaseException as error:  # every failure goes back to the caller
        outcome = error
    try:
        sender.send(outcome)
    except Exception:  # an exception that cannot be pickled
        sender.send(RuntimeError("".join(traceback.format_exception(outcome))))
    finally:
        sender.close()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


def x__build_and_exit__mutmut_7(
    sender: Connection,
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> None:
    """Build, send the outcome (what was built, or the exception) and leave at once."""
    try:
        with garbage_collector_paused():
            dataset = _build(output, make_renderer, sources_dir, progress)
        outcome: Any = Built(dataset.version, dataset.counts())
    except BaseException as error:  # every failure goes back to the caller
        outcome = error
    try:
        sender.send(outcome)
    except Exception:  # an exception that cannot be pickled
        sender.send(RuntimeError("".join(traceback.format_exception(outcome))))
    finally:
        sender.close()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


def x__build_and_exit__mutmut_8(
    sender: Connection,
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> None:
    """Build, send the outcome (what was built, or the exception) and leave at once."""
    try:
        with garbage_collector_paused():
            dataset = _build(data_dir, make_renderer, sources_dir, progress)
        outcome: Any = Built(dataset.version, dataset.counts())
    except BaseException as error:  # every failure goes back to the caller
        outcome = error
    try:
        sender.send(outcome)
    except Exception:  # an exception that cannot be pickled
        sender.send(RuntimeError("".join(traceback.format_exception(outcome))))
    finally:
        sender.close()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


def x__build_and_exit__mutmut_9(
    sender: Connection,
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> None:
    """Build, send the outcome (what was built, or the exception) and leave at once."""
    try:
        with garbage_collector_paused():
            dataset = _build(data_dir, output, sources_dir, progress)
        outcome: Any = Built(dataset.version, dataset.counts())
    except BaseException as error:  # every failure goes back to the caller
        outcome = error
    try:
        sender.send(outcome)
    except Exception:  # an exception that cannot be pickled
        sender.send(RuntimeError("".join(traceback.format_exception(outcome))))
    finally:
        sender.close()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


def x__build_and_exit__mutmut_10(
    sender: Connection,
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> None:
    """Build, send the outcome (what was built, or the exception) and leave at once."""
    try:
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, progress)
        outcome: Any = Built(dataset.version, dataset.counts())
    except BaseException as error:  # every failure goes back to the caller
        outcome = error
    try:
        sender.send(outcome)
    except Exception:  # an exception that cannot be pickled
        sender.send(RuntimeError("".join(traceback.format_exception(outcome))))
    finally:
        sender.close()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


def x__build_and_exit__mutmut_11(
    sender: Connection,
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> None:
    """Build, send the outcome (what was built, or the exception) and leave at once."""
    try:
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, )
        outcome: Any = Built(dataset.version, dataset.counts())
    except BaseException as error:  # every failure goes back to the caller
        outcome = error
    try:
        sender.send(outcome)
    except Exception:  # an exception that cannot be pickled
        sender.send(RuntimeError("".join(traceback.format_exception(outcome))))
    finally:
        sender.close()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


def x__build_and_exit__mutmut_12(
    sender: Connection,
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> None:
    """Build, send the outcome (what was built, or the exception) and leave at once."""
    try:
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        outcome: Any = None
    except BaseException as error:  # every failure goes back to the caller
        outcome = error
    try:
        sender.send(outcome)
    except Exception:  # an exception that cannot be pickled
        sender.send(RuntimeError("".join(traceback.format_exception(outcome))))
    finally:
        sender.close()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


def x__build_and_exit__mutmut_13(
    sender: Connection,
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> None:
    """Build, send the outcome (what was built, or the exception) and leave at once."""
    try:
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        outcome: Any = Built(None, dataset.counts())
    except BaseException as error:  # every failure goes back to the caller
        outcome = error
    try:
        sender.send(outcome)
    except Exception:  # an exception that cannot be pickled
        sender.send(RuntimeError("".join(traceback.format_exception(outcome))))
    finally:
        sender.close()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


def x__build_and_exit__mutmut_14(
    sender: Connection,
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> None:
    """Build, send the outcome (what was built, or the exception) and leave at once."""
    try:
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        outcome: Any = Built(dataset.version, None)
    except BaseException as error:  # every failure goes back to the caller
        outcome = error
    try:
        sender.send(outcome)
    except Exception:  # an exception that cannot be pickled
        sender.send(RuntimeError("".join(traceback.format_exception(outcome))))
    finally:
        sender.close()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


def x__build_and_exit__mutmut_15(
    sender: Connection,
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> None:
    """Build, send the outcome (what was built, or the exception) and leave at once."""
    try:
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        outcome: Any = Built(dataset.counts())
    except BaseException as error:  # every failure goes back to the caller
        outcome = error
    try:
        sender.send(outcome)
    except Exception:  # an exception that cannot be pickled
        sender.send(RuntimeError("".join(traceback.format_exception(outcome))))
    finally:
        sender.close()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


def x__build_and_exit__mutmut_16(
    sender: Connection,
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> None:
    """Build, send the outcome (what was built, or the exception) and leave at once."""
    try:
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        outcome: Any = Built(dataset.version, )
    except BaseException as error:  # every failure goes back to the caller
        outcome = error
    try:
        sender.send(outcome)
    except Exception:  # an exception that cannot be pickled
        sender.send(RuntimeError("".join(traceback.format_exception(outcome))))
    finally:
        sender.close()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


def x__build_and_exit__mutmut_17(
    sender: Connection,
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> None:
    """Build, send the outcome (what was built, or the exception) and leave at once."""
    try:
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        outcome: Any = Built(dataset.version, dataset.counts())
    except BaseException as error:  # every failure goes back to the caller
        outcome = None
    try:
        sender.send(outcome)
    except Exception:  # an exception that cannot be pickled
        sender.send(RuntimeError("".join(traceback.format_exception(outcome))))
    finally:
        sender.close()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


def x__build_and_exit__mutmut_18(
    sender: Connection,
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> None:
    """Build, send the outcome (what was built, or the exception) and leave at once."""
    try:
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        outcome: Any = Built(dataset.version, dataset.counts())
    except BaseException as error:  # every failure goes back to the caller
        outcome = error
    try:
        sender.send(None)
    except Exception:  # an exception that cannot be pickled
        sender.send(RuntimeError("".join(traceback.format_exception(outcome))))
    finally:
        sender.close()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


def x__build_and_exit__mutmut_19(
    sender: Connection,
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> None:
    """Build, send the outcome (what was built, or the exception) and leave at once."""
    try:
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        outcome: Any = Built(dataset.version, dataset.counts())
    except BaseException as error:  # every failure goes back to the caller
        outcome = error
    try:
        sender.send(outcome)
    except Exception:  # an exception that cannot be pickled
        sender.send(None)
    finally:
        sender.close()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


def x__build_and_exit__mutmut_20(
    sender: Connection,
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> None:
    """Build, send the outcome (what was built, or the exception) and leave at once."""
    try:
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        outcome: Any = Built(dataset.version, dataset.counts())
    except BaseException as error:  # every failure goes back to the caller
        outcome = error
    try:
        sender.send(outcome)
    except Exception:  # an exception that cannot be pickled
        sender.send(RuntimeError(None))
    finally:
        sender.close()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


def x__build_and_exit__mutmut_21(
    sender: Connection,
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> None:
    """Build, send the outcome (what was built, or the exception) and leave at once."""
    try:
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        outcome: Any = Built(dataset.version, dataset.counts())
    except BaseException as error:  # every failure goes back to the caller
        outcome = error
    try:
        sender.send(outcome)
    except Exception:  # an exception that cannot be pickled
        sender.send(RuntimeError("".join(None)))
    finally:
        sender.close()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


def x__build_and_exit__mutmut_22(
    sender: Connection,
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> None:
    """Build, send the outcome (what was built, or the exception) and leave at once."""
    try:
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        outcome: Any = Built(dataset.version, dataset.counts())
    except BaseException as error:  # every failure goes back to the caller
        outcome = error
    try:
        sender.send(outcome)
    except Exception:  # an exception that cannot be pickled
        sender.send(RuntimeError("XXXX".join(traceback.format_exception(outcome))))
    finally:
        sender.close()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


def x__build_and_exit__mutmut_23(
    sender: Connection,
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> None:
    """Build, send the outcome (what was built, or the exception) and leave at once."""
    try:
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        outcome: Any = Built(dataset.version, dataset.counts())
    except BaseException as error:  # every failure goes back to the caller
        outcome = error
    try:
        sender.send(outcome)
    except Exception:  # an exception that cannot be pickled
        sender.send(RuntimeError("".join(traceback.format_exception(None))))
    finally:
        sender.close()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


def x__build_and_exit__mutmut_24(
    sender: Connection,
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> None:
    """Build, send the outcome (what was built, or the exception) and leave at once."""
    try:
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        outcome: Any = Built(dataset.version, dataset.counts())
    except BaseException as error:  # every failure goes back to the caller
        outcome = error
    try:
        sender.send(outcome)
    except Exception:  # an exception that cannot be pickled
        sender.send(RuntimeError("".join(traceback.format_exception(outcome))))
    finally:
        sender.close()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(None)


def x__build_and_exit__mutmut_25(
    sender: Connection,
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> None:
    """Build, send the outcome (what was built, or the exception) and leave at once."""
    try:
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        outcome: Any = Built(dataset.version, dataset.counts())
    except BaseException as error:  # every failure goes back to the caller
        outcome = error
    try:
        sender.send(outcome)
    except Exception:  # an exception that cannot be pickled
        sender.send(RuntimeError("".join(traceback.format_exception(outcome))))
    finally:
        sender.close()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(1)

mutants_x__build_and_exit__mutmut['_mutmut_orig'] = x__build_and_exit__mutmut_orig # type: ignore # mutmut generated
mutants_x__build_and_exit__mutmut['x__build_and_exit__mutmut_1'] = x__build_and_exit__mutmut_1 # type: ignore # mutmut generated
mutants_x__build_and_exit__mutmut['x__build_and_exit__mutmut_2'] = x__build_and_exit__mutmut_2 # type: ignore # mutmut generated
mutants_x__build_and_exit__mutmut['x__build_and_exit__mutmut_3'] = x__build_and_exit__mutmut_3 # type: ignore # mutmut generated
mutants_x__build_and_exit__mutmut['x__build_and_exit__mutmut_4'] = x__build_and_exit__mutmut_4 # type: ignore # mutmut generated
mutants_x__build_and_exit__mutmut['x__build_and_exit__mutmut_5'] = x__build_and_exit__mutmut_5 # type: ignore # mutmut generated
mutants_x__build_and_exit__mutmut['x__build_and_exit__mutmut_6'] = x__build_and_exit__mutmut_6 # type: ignore # mutmut generated
mutants_x__build_and_exit__mutmut['x__build_and_exit__mutmut_7'] = x__build_and_exit__mutmut_7 # type: ignore # mutmut generated
mutants_x__build_and_exit__mutmut['x__build_and_exit__mutmut_8'] = x__build_and_exit__mutmut_8 # type: ignore # mutmut generated
mutants_x__build_and_exit__mutmut['x__build_and_exit__mutmut_9'] = x__build_and_exit__mutmut_9 # type: ignore # mutmut generated
mutants_x__build_and_exit__mutmut['x__build_and_exit__mutmut_10'] = x__build_and_exit__mutmut_10 # type: ignore # mutmut generated
mutants_x__build_and_exit__mutmut['x__build_and_exit__mutmut_11'] = x__build_and_exit__mutmut_11 # type: ignore # mutmut generated
mutants_x__build_and_exit__mutmut['x__build_and_exit__mutmut_12'] = x__build_and_exit__mutmut_12 # type: ignore # mutmut generated
mutants_x__build_and_exit__mutmut['x__build_and_exit__mutmut_13'] = x__build_and_exit__mutmut_13 # type: ignore # mutmut generated
mutants_x__build_and_exit__mutmut['x__build_and_exit__mutmut_14'] = x__build_and_exit__mutmut_14 # type: ignore # mutmut generated
mutants_x__build_and_exit__mutmut['x__build_and_exit__mutmut_15'] = x__build_and_exit__mutmut_15 # type: ignore # mutmut generated
mutants_x__build_and_exit__mutmut['x__build_and_exit__mutmut_16'] = x__build_and_exit__mutmut_16 # type: ignore # mutmut generated
mutants_x__build_and_exit__mutmut['x__build_and_exit__mutmut_17'] = x__build_and_exit__mutmut_17 # type: ignore # mutmut generated
mutants_x__build_and_exit__mutmut['x__build_and_exit__mutmut_18'] = x__build_and_exit__mutmut_18 # type: ignore # mutmut generated
mutants_x__build_and_exit__mutmut['x__build_and_exit__mutmut_19'] = x__build_and_exit__mutmut_19 # type: ignore # mutmut generated
mutants_x__build_and_exit__mutmut['x__build_and_exit__mutmut_20'] = x__build_and_exit__mutmut_20 # type: ignore # mutmut generated
mutants_x__build_and_exit__mutmut['x__build_and_exit__mutmut_21'] = x__build_and_exit__mutmut_21 # type: ignore # mutmut generated
mutants_x__build_and_exit__mutmut['x__build_and_exit__mutmut_22'] = x__build_and_exit__mutmut_22 # type: ignore # mutmut generated
mutants_x__build_and_exit__mutmut['x__build_and_exit__mutmut_23'] = x__build_and_exit__mutmut_23 # type: ignore # mutmut generated
mutants_x__build_and_exit__mutmut['x__build_and_exit__mutmut_24'] = x__build_and_exit__mutmut_24 # type: ignore # mutmut generated
mutants_x__build_and_exit__mutmut['x__build_and_exit__mutmut_25'] = x__build_and_exit__mutmut_25 # type: ignore # mutmut generated
mutants_x__build__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__build__mutmut)
def _build(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_orig(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_1(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = None
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_2(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = None
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_3(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(None, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_4(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, None, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_5(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, None)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_6(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_7(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_8(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, )
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_9(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=None, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_10(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=None)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_11(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_12(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, )
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_13(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=False, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_14(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=False)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_15(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = None
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_16(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=None, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_17(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=None, suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_18(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=None
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_19(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_20(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_21(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_22(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix="XX.buildingXX"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_23(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".BUILDING"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_24(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(None)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_25(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            None,
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_26(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            None,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_27(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            None,
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_28(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            None,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_29(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            None,
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_30(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_31(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_32(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_33(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_34(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_35(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(None),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_36(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(None),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_37(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: None,
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_38(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "XXdataset_versionXX": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_39(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "DATASET_VERSION": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_40(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "XXbuild_idXX": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_41(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "BUILD_ID": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_42(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(None),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_43(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(9),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_44(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "XXschema_versionXX": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_45(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "SCHEMA_VERSION": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_46(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(None),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_47(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "XXbuilt_atXX": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_48(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "BUILT_AT": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_49(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec=None),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_50(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(None).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_51(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="XXsecondsXX"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_52(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="SECONDS"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_53(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "XXbuild_secondsXX": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_54(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "BUILD_SECONDS": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_55(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() + started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_56(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "XXcountsXX": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_57(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "COUNTS": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_58(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps(None).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_59(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "XXtopicsXX": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_60(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "TOPICS": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_61(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "XXsources_checkedXX": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_62(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "SOURCES_CHECKED": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_63(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if (sources_dir is not None) and False else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_64(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if (sources_dir is not None) or True else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_65(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "XXtrueXX" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_66(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "TRUE" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_67(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_68(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "XXfalseXX",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_69(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "FALSE",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_70(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(None, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_71(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, None)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_72(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_73(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, )
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_74(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 421)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_75(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(None, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_76(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, None)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_77(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_78(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, )
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_79(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=None)
        raise
    return dataset


def x__build__mutmut_80(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(None).unlink(missing_ok=True)
        raise
    return dataset


def x__build__mutmut_81(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=False)
        raise
    return dataset

mutants_x__build__mutmut['_mutmut_orig'] = x__build__mutmut_orig # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_1'] = x__build__mutmut_1 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_2'] = x__build__mutmut_2 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_3'] = x__build__mutmut_3 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_4'] = x__build__mutmut_4 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_5'] = x__build__mutmut_5 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_6'] = x__build__mutmut_6 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_7'] = x__build__mutmut_7 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_8'] = x__build__mutmut_8 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_9'] = x__build__mutmut_9 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_10'] = x__build__mutmut_10 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_11'] = x__build__mutmut_11 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_12'] = x__build__mutmut_12 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_13'] = x__build__mutmut_13 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_14'] = x__build__mutmut_14 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_15'] = x__build__mutmut_15 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_16'] = x__build__mutmut_16 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_17'] = x__build__mutmut_17 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_18'] = x__build__mutmut_18 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_19'] = x__build__mutmut_19 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_20'] = x__build__mutmut_20 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_21'] = x__build__mutmut_21 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_22'] = x__build__mutmut_22 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_23'] = x__build__mutmut_23 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_24'] = x__build__mutmut_24 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_25'] = x__build__mutmut_25 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_26'] = x__build__mutmut_26 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_27'] = x__build__mutmut_27 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_28'] = x__build__mutmut_28 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_29'] = x__build__mutmut_29 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_30'] = x__build__mutmut_30 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_31'] = x__build__mutmut_31 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_32'] = x__build__mutmut_32 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_33'] = x__build__mutmut_33 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_34'] = x__build__mutmut_34 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_35'] = x__build__mutmut_35 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_36'] = x__build__mutmut_36 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_37'] = x__build__mutmut_37 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_38'] = x__build__mutmut_38 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_39'] = x__build__mutmut_39 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_40'] = x__build__mutmut_40 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_41'] = x__build__mutmut_41 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_42'] = x__build__mutmut_42 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_43'] = x__build__mutmut_43 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_44'] = x__build__mutmut_44 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_45'] = x__build__mutmut_45 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_46'] = x__build__mutmut_46 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_47'] = x__build__mutmut_47 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_48'] = x__build__mutmut_48 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_49'] = x__build__mutmut_49 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_50'] = x__build__mutmut_50 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_51'] = x__build__mutmut_51 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_52'] = x__build__mutmut_52 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_53'] = x__build__mutmut_53 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_54'] = x__build__mutmut_54 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_55'] = x__build__mutmut_55 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_56'] = x__build__mutmut_56 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_57'] = x__build__mutmut_57 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_58'] = x__build__mutmut_58 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_59'] = x__build__mutmut_59 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_60'] = x__build__mutmut_60 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_61'] = x__build__mutmut_61 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_62'] = x__build__mutmut_62 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_63'] = x__build__mutmut_63 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_64'] = x__build__mutmut_64 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_65'] = x__build__mutmut_65 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_66'] = x__build__mutmut_66 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_67'] = x__build__mutmut_67 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_68'] = x__build__mutmut_68 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_69'] = x__build__mutmut_69 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_70'] = x__build__mutmut_70 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_71'] = x__build__mutmut_71 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_72'] = x__build__mutmut_72 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_73'] = x__build__mutmut_73 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_74'] = x__build__mutmut_74 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_75'] = x__build__mutmut_75 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_76'] = x__build__mutmut_76 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_77'] = x__build__mutmut_77 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_78'] = x__build__mutmut_78 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_79'] = x__build__mutmut_79 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_80'] = x__build__mutmut_80 # type: ignore # mutmut generated
mutants_x__build__mutmut['x__build__mutmut_81'] = x__build__mutmut_81 # type: ignore # mutmut generated
mutants_x__write__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__write__mutmut)
def _write(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_orig(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_1(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = None
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_2(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(None, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_3(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_4(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, )
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_5(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute(None)
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_6(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("XXPRAGMA journal_mode = OFFXX")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_7(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("pragma journal_mode = off")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_8(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA JOURNAL_MODE = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_9(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute(None)
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_10(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("XXPRAGMA synchronous = OFFXX")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_11(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("pragma synchronous = off")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_12(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA SYNCHRONOUS = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_13(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute(None)
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_14(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("XXPRAGMA cache_size = -262144XX")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_15(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("pragma cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_16(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA CACHE_SIZE = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_17(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(None)
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_18(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(None)
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_19(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding=None))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_20(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="XXutf-8XX"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_21(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="UTF-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_22(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute(None)
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_23(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("XXBEGINXX")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_24(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("begin")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_25(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(None, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_26(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, None, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_27(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, None) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_28(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_29(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_30(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, ) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_31(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(None, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_32(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, None, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_33(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, None, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_34(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, None)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_35(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_36(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_37(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_38(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, )
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_39(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(None, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_40(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, None)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_41(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_42(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, )
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_43(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute(None)
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_44(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("XXCOMMITXX")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_45(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("commit")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_46(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step(None, 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_47(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", None) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_48(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step(1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_49(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", ) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_50(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("XXindexesXX", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_51(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("INDEXES", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_52(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 2) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_53(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(None)
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_54(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding=None))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_55(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="XXutf-8XX"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_56(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="UTF-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_57(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(None)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_58(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(2)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_59(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step(None, 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_60(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", None) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_61(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step(1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_62(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", ) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_63(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("XXstatisticsXX", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_64(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("STATISTICS", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_65(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 2) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_66(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute(None)
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_67(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("XXPRAGMA analysis_limit = 1000XX")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_68(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("pragma analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_69(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA ANALYSIS_LIMIT = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_70(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute(None)
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_71(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("XXANALYZEXX")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_72(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("analyze")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_73(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(None)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_74(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(2)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_75(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany(None, meta().items())
    finally:
        connection.close()


def x__write__mutmut_76(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", None)
    finally:
        connection.close()


def x__write__mutmut_77(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany(meta().items())
    finally:
        connection.close()


def x__write__mutmut_78(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", )
    finally:
        connection.close()


def x__write__mutmut_79(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("XXINSERT INTO meta (key, value) VALUES (?, ?)XX", meta().items())
    finally:
        connection.close()


def x__write__mutmut_80(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("insert into meta (key, value) values (?, ?)", meta().items())
    finally:
        connection.close()


def x__write__mutmut_81(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        connection.execute("BEGIN")
        with _RowMakers(dataset, renderer, progress) as makers:
            for collection in RECORD_TABLES:
                _write_records(connection, collection, makers, progress)
        _write_topics(connection, renderer)
        connection.execute("COMMIT")
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO META (KEY, VALUE) VALUES (?, ?)", meta().items())
    finally:
        connection.close()

mutants_x__write__mutmut['_mutmut_orig'] = x__write__mutmut_orig # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_1'] = x__write__mutmut_1 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_2'] = x__write__mutmut_2 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_3'] = x__write__mutmut_3 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_4'] = x__write__mutmut_4 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_5'] = x__write__mutmut_5 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_6'] = x__write__mutmut_6 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_7'] = x__write__mutmut_7 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_8'] = x__write__mutmut_8 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_9'] = x__write__mutmut_9 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_10'] = x__write__mutmut_10 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_11'] = x__write__mutmut_11 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_12'] = x__write__mutmut_12 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_13'] = x__write__mutmut_13 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_14'] = x__write__mutmut_14 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_15'] = x__write__mutmut_15 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_16'] = x__write__mutmut_16 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_17'] = x__write__mutmut_17 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_18'] = x__write__mutmut_18 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_19'] = x__write__mutmut_19 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_20'] = x__write__mutmut_20 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_21'] = x__write__mutmut_21 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_22'] = x__write__mutmut_22 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_23'] = x__write__mutmut_23 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_24'] = x__write__mutmut_24 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_25'] = x__write__mutmut_25 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_26'] = x__write__mutmut_26 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_27'] = x__write__mutmut_27 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_28'] = x__write__mutmut_28 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_29'] = x__write__mutmut_29 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_30'] = x__write__mutmut_30 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_31'] = x__write__mutmut_31 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_32'] = x__write__mutmut_32 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_33'] = x__write__mutmut_33 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_34'] = x__write__mutmut_34 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_35'] = x__write__mutmut_35 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_36'] = x__write__mutmut_36 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_37'] = x__write__mutmut_37 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_38'] = x__write__mutmut_38 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_39'] = x__write__mutmut_39 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_40'] = x__write__mutmut_40 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_41'] = x__write__mutmut_41 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_42'] = x__write__mutmut_42 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_43'] = x__write__mutmut_43 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_44'] = x__write__mutmut_44 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_45'] = x__write__mutmut_45 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_46'] = x__write__mutmut_46 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_47'] = x__write__mutmut_47 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_48'] = x__write__mutmut_48 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_49'] = x__write__mutmut_49 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_50'] = x__write__mutmut_50 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_51'] = x__write__mutmut_51 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_52'] = x__write__mutmut_52 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_53'] = x__write__mutmut_53 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_54'] = x__write__mutmut_54 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_55'] = x__write__mutmut_55 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_56'] = x__write__mutmut_56 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_57'] = x__write__mutmut_57 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_58'] = x__write__mutmut_58 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_59'] = x__write__mutmut_59 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_60'] = x__write__mutmut_60 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_61'] = x__write__mutmut_61 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_62'] = x__write__mutmut_62 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_63'] = x__write__mutmut_63 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_64'] = x__write__mutmut_64 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_65'] = x__write__mutmut_65 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_66'] = x__write__mutmut_66 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_67'] = x__write__mutmut_67 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_68'] = x__write__mutmut_68 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_69'] = x__write__mutmut_69 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_70'] = x__write__mutmut_70 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_71'] = x__write__mutmut_71 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_72'] = x__write__mutmut_72 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_73'] = x__write__mutmut_73 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_74'] = x__write__mutmut_74 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_75'] = x__write__mutmut_75 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_76'] = x__write__mutmut_76 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_77'] = x__write__mutmut_77 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_78'] = x__write__mutmut_78 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_79'] = x__write__mutmut_79 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_80'] = x__write__mutmut_80 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_81'] = x__write__mutmut_81 # type: ignore # mutmut generated


@dataclass(frozen=True)
class _Rows:
    """The rows of a chunk of records: the record rows, and the rows of their lists."""

    records: list[tuple[Any, ...]]
    #: (rowid, the record as the API serves it).
    json: list[tuple[int, bytes]]
    lists: list[tuple[str, list[tuple[Any, ...]]]]


@dataclass(frozen=True)
class _Chunk:
    """Records to make rows of: from ``start`` in their collection, with their sort ranks."""

    collection: str
    start: int
    #: The records, or their JSON when they go to another process.
    records: list[Record] | bytes
    #: Per record, its ascending and descending rank of each sort field, in column order.
    ranks: list[list[int]]
mutants_xǁ_RowMakersǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_RowMakersǁ__enter____mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_RowMakersǁ__exit____mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_RowMakersǁ_chunk__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_RowMakersǁrows__mutmut: MutantDict = {}  # type: ignore


class _RowMakers:
    """Processes that render records and make their rows while this one writes them.

    The workers are forked once and get what they work on by message: the renderer
    once, then each chunk's records as JSON. They never touch the records this process
    holds: on a large corpus, a forked process that does pays for a copy of every
    page it touches (reference counts are writes), and runs no faster than one alone.
    """

    @_mutmut_mutated(mutants_xǁ_RowMakersǁ__init____mutmut)
    def __init__(self, dataset: Dataset, renderer: Renderer, progress: Progress) -> None:
        self.records = {c: list(dataset.records[c].values()) for c in RECORD_TABLES}
        with progress.step("sort ranks", len(RECORD_TABLES)) as advance:
            self.ranks: dict[str, list[list[tuple[int, int]]]] = {}
            for collection, table in RECORD_TABLES.items():
                self.ranks[collection] = [
                    sort_ranks(self.records[collection], table.sort_fields[name])
                    for name in _sorts(table)
                ]
                advance(1)
        self.renderer = renderer
        size = sum(len(records) for records in self.records.values())
        self.processes = min(len(os.sched_getaffinity(0)), size // loading.PARALLEL_THRESHOLD)
        self._pool: Pool | None = None

    def xǁ_RowMakersǁ__init____mutmut_orig(self, dataset: Dataset, renderer: Renderer, progress: Progress) -> None:
        self.records = {c: list(dataset.records[c].values()) for c in RECORD_TABLES}
        with progress.step("sort ranks", len(RECORD_TABLES)) as advance:
            self.ranks: dict[str, list[list[tuple[int, int]]]] = {}
            for collection, table in RECORD_TABLES.items():
                self.ranks[collection] = [
                    sort_ranks(self.records[collection], table.sort_fields[name])
                    for name in _sorts(table)
                ]
                advance(1)
        self.renderer = renderer
        size = sum(len(records) for records in self.records.values())
        self.processes = min(len(os.sched_getaffinity(0)), size // loading.PARALLEL_THRESHOLD)
        self._pool: Pool | None = None

    def xǁ_RowMakersǁ__init____mutmut_1(self, dataset: Dataset, renderer: Renderer, progress: Progress) -> None:
        self.records = None
        with progress.step("sort ranks", len(RECORD_TABLES)) as advance:
            self.ranks: dict[str, list[list[tuple[int, int]]]] = {}
            for collection, table in RECORD_TABLES.items():
                self.ranks[collection] = [
                    sort_ranks(self.records[collection], table.sort_fields[name])
                    for name in _sorts(table)
                ]
                advance(1)
        self.renderer = renderer
        size = sum(len(records) for records in self.records.values())
        self.processes = min(len(os.sched_getaffinity(0)), size // loading.PARALLEL_THRESHOLD)
        self._pool: Pool | None = None

    def xǁ_RowMakersǁ__init____mutmut_2(self, dataset: Dataset, renderer: Renderer, progress: Progress) -> None:
        self.records = {c: list(None) for c in RECORD_TABLES}
        with progress.step("sort ranks", len(RECORD_TABLES)) as advance:
            self.ranks: dict[str, list[list[tuple[int, int]]]] = {}
            for collection, table in RECORD_TABLES.items():
                self.ranks[collection] = [
                    sort_ranks(self.records[collection], table.sort_fields[name])
                    for name in _sorts(table)
                ]
                advance(1)
        self.renderer = renderer
        size = sum(len(records) for records in self.records.values())
        self.processes = min(len(os.sched_getaffinity(0)), size // loading.PARALLEL_THRESHOLD)
        self._pool: Pool | None = None

    def xǁ_RowMakersǁ__init____mutmut_3(self, dataset: Dataset, renderer: Renderer, progress: Progress) -> None:
        self.records = {c: list(dataset.records[c].values()) for c in RECORD_TABLES}
        with progress.step(None, len(RECORD_TABLES)) as advance:
            self.ranks: dict[str, list[list[tuple[int, int]]]] = {}
            for collection, table in RECORD_TABLES.items():
                self.ranks[collection] = [
                    sort_ranks(self.records[collection], table.sort_fields[name])
                    for name in _sorts(table)
                ]
                advance(1)
        self.renderer = renderer
        size = sum(len(records) for records in self.records.values())
        self.processes = min(len(os.sched_getaffinity(0)), size // loading.PARALLEL_THRESHOLD)
        self._pool: Pool | None = None

    def xǁ_RowMakersǁ__init____mutmut_4(self, dataset: Dataset, renderer: Renderer, progress: Progress) -> None:
        self.records = {c: list(dataset.records[c].values()) for c in RECORD_TABLES}
        with progress.step("sort ranks", None) as advance:
            self.ranks: dict[str, list[list[tuple[int, int]]]] = {}
            for collection, table in RECORD_TABLES.items():
                self.ranks[collection] = [
                    sort_ranks(self.records[collection], table.sort_fields[name])
                    for name in _sorts(table)
                ]
                advance(1)
        self.renderer = renderer
        size = sum(len(records) for records in self.records.values())
        self.processes = min(len(os.sched_getaffinity(0)), size // loading.PARALLEL_THRESHOLD)
        self._pool: Pool | None = None

    def xǁ_RowMakersǁ__init____mutmut_5(self, dataset: Dataset, renderer: Renderer, progress: Progress) -> None:
        self.records = {c: list(dataset.records[c].values()) for c in RECORD_TABLES}
        with progress.step(len(RECORD_TABLES)) as advance:
            self.ranks: dict[str, list[list[tuple[int, int]]]] = {}
            for collection, table in RECORD_TABLES.items():
                self.ranks[collection] = [
                    sort_ranks(self.records[collection], table.sort_fields[name])
                    for name in _sorts(table)
                ]
                advance(1)
        self.renderer = renderer
        size = sum(len(records) for records in self.records.values())
        self.processes = min(len(os.sched_getaffinity(0)), size // loading.PARALLEL_THRESHOLD)
        self._pool: Pool | None = None

    def xǁ_RowMakersǁ__init____mutmut_6(self, dataset: Dataset, renderer: Renderer, progress: Progress) -> None:
        self.records = {c: list(dataset.records[c].values()) for c in RECORD_TABLES}
        with progress.step("sort ranks", ) as advance:
            self.ranks: dict[str, list[list[tuple[int, int]]]] = {}
            for collection, table in RECORD_TABLES.items():
                self.ranks[collection] = [
                    sort_ranks(self.records[collection], table.sort_fields[name])
                    for name in _sorts(table)
                ]
                advance(1)
        self.renderer = renderer
        size = sum(len(records) for records in self.records.values())
        self.processes = min(len(os.sched_getaffinity(0)), size // loading.PARALLEL_THRESHOLD)
        self._pool: Pool | None = None

    def xǁ_RowMakersǁ__init____mutmut_7(self, dataset: Dataset, renderer: Renderer, progress: Progress) -> None:
        self.records = {c: list(dataset.records[c].values()) for c in RECORD_TABLES}
        with progress.step("XXsort ranksXX", len(RECORD_TABLES)) as advance:
            self.ranks: dict[str, list[list[tuple[int, int]]]] = {}
            for collection, table in RECORD_TABLES.items():
                self.ranks[collection] = [
                    sort_ranks(self.records[collection], table.sort_fields[name])
                    for name in _sorts(table)
                ]
                advance(1)
        self.renderer = renderer
        size = sum(len(records) for records in self.records.values())
        self.processes = min(len(os.sched_getaffinity(0)), size // loading.PARALLEL_THRESHOLD)
        self._pool: Pool | None = None

    def xǁ_RowMakersǁ__init____mutmut_8(self, dataset: Dataset, renderer: Renderer, progress: Progress) -> None:
        self.records = {c: list(dataset.records[c].values()) for c in RECORD_TABLES}
        with progress.step("SORT RANKS", len(RECORD_TABLES)) as advance:
            self.ranks: dict[str, list[list[tuple[int, int]]]] = {}
            for collection, table in RECORD_TABLES.items():
                self.ranks[collection] = [
                    sort_ranks(self.records[collection], table.sort_fields[name])
                    for name in _sorts(table)
                ]
                advance(1)
        self.renderer = renderer
        size = sum(len(records) for records in self.records.values())
        self.processes = min(len(os.sched_getaffinity(0)), size // loading.PARALLEL_THRESHOLD)
        self._pool: Pool | None = None

    def xǁ_RowMakersǁ__init____mutmut_9(self, dataset: Dataset, renderer: Renderer, progress: Progress) -> None:
        self.records = {c: list(dataset.records[c].values()) for c in RECORD_TABLES}
        with progress.step("sort ranks", len(RECORD_TABLES)) as advance:
            self.ranks: dict[str, list[list[tuple[int, int]]]] = None
            for collection, table in RECORD_TABLES.items():
                self.ranks[collection] = [
                    sort_ranks(self.records[collection], table.sort_fields[name])
                    for name in _sorts(table)
                ]
                advance(1)
        self.renderer = renderer
        size = sum(len(records) for records in self.records.values())
        self.processes = min(len(os.sched_getaffinity(0)), size // loading.PARALLEL_THRESHOLD)
        self._pool: Pool | None = None

    def xǁ_RowMakersǁ__init____mutmut_10(self, dataset: Dataset, renderer: Renderer, progress: Progress) -> None:
        self.records = {c: list(dataset.records[c].values()) for c in RECORD_TABLES}
        with progress.step("sort ranks", len(RECORD_TABLES)) as advance:
            self.ranks: dict[str, list[list[tuple[int, int]]]] = {}
            for collection, table in RECORD_TABLES.items():
                self.ranks[collection] = None
                advance(1)
        self.renderer = renderer
        size = sum(len(records) for records in self.records.values())
        self.processes = min(len(os.sched_getaffinity(0)), size // loading.PARALLEL_THRESHOLD)
        self._pool: Pool | None = None

    def xǁ_RowMakersǁ__init____mutmut_11(self, dataset: Dataset, renderer: Renderer, progress: Progress) -> None:
        self.records = {c: list(dataset.records[c].values()) for c in RECORD_TABLES}
        with progress.step("sort ranks", len(RECORD_TABLES)) as advance:
            self.ranks: dict[str, list[list[tuple[int, int]]]] = {}
            for collection, table in RECORD_TABLES.items():
                self.ranks[collection] = [
                    sort_ranks(None, table.sort_fields[name])
                    for name in _sorts(table)
                ]
                advance(1)
        self.renderer = renderer
        size = sum(len(records) for records in self.records.values())
        self.processes = min(len(os.sched_getaffinity(0)), size // loading.PARALLEL_THRESHOLD)
        self._pool: Pool | None = None

    def xǁ_RowMakersǁ__init____mutmut_12(self, dataset: Dataset, renderer: Renderer, progress: Progress) -> None:
        self.records = {c: list(dataset.records[c].values()) for c in RECORD_TABLES}
        with progress.step("sort ranks", len(RECORD_TABLES)) as advance:
            self.ranks: dict[str, list[list[tuple[int, int]]]] = {}
            for collection, table in RECORD_TABLES.items():
                self.ranks[collection] = [
                    sort_ranks(self.records[collection], None)
                    for name in _sorts(table)
                ]
                advance(1)
        self.renderer = renderer
        size = sum(len(records) for records in self.records.values())
        self.processes = min(len(os.sched_getaffinity(0)), size // loading.PARALLEL_THRESHOLD)
        self._pool: Pool | None = None

    def xǁ_RowMakersǁ__init____mutmut_13(self, dataset: Dataset, renderer: Renderer, progress: Progress) -> None:
        self.records = {c: list(dataset.records[c].values()) for c in RECORD_TABLES}
        with progress.step("sort ranks", len(RECORD_TABLES)) as advance:
            self.ranks: dict[str, list[list[tuple[int, int]]]] = {}
            for collection, table in RECORD_TABLES.items():
                self.ranks[collection] = [
                    sort_ranks(table.sort_fields[name])
                    for name in _sorts(table)
                ]
                advance(1)
        self.renderer = renderer
        size = sum(len(records) for records in self.records.values())
        self.processes = min(len(os.sched_getaffinity(0)), size // loading.PARALLEL_THRESHOLD)
        self._pool: Pool | None = None

    def xǁ_RowMakersǁ__init____mutmut_14(self, dataset: Dataset, renderer: Renderer, progress: Progress) -> None:
        self.records = {c: list(dataset.records[c].values()) for c in RECORD_TABLES}
        with progress.step("sort ranks", len(RECORD_TABLES)) as advance:
            self.ranks: dict[str, list[list[tuple[int, int]]]] = {}
            for collection, table in RECORD_TABLES.items():
                self.ranks[collection] = [
                    sort_ranks(self.records[collection], )
                    for name in _sorts(table)
                ]
                advance(1)
        self.renderer = renderer
        size = sum(len(records) for records in self.records.values())
        self.processes = min(len(os.sched_getaffinity(0)), size // loading.PARALLEL_THRESHOLD)
        self._pool: Pool | None = None

    def xǁ_RowMakersǁ__init____mutmut_15(self, dataset: Dataset, renderer: Renderer, progress: Progress) -> None:
        self.records = {c: list(dataset.records[c].values()) for c in RECORD_TABLES}
        with progress.step("sort ranks", len(RECORD_TABLES)) as advance:
            self.ranks: dict[str, list[list[tuple[int, int]]]] = {}
            for collection, table in RECORD_TABLES.items():
                self.ranks[collection] = [
                    sort_ranks(self.records[collection], table.sort_fields[name])
                    for name in _sorts(None)
                ]
                advance(1)
        self.renderer = renderer
        size = sum(len(records) for records in self.records.values())
        self.processes = min(len(os.sched_getaffinity(0)), size // loading.PARALLEL_THRESHOLD)
        self._pool: Pool | None = None

    def xǁ_RowMakersǁ__init____mutmut_16(self, dataset: Dataset, renderer: Renderer, progress: Progress) -> None:
        self.records = {c: list(dataset.records[c].values()) for c in RECORD_TABLES}
        with progress.step("sort ranks", len(RECORD_TABLES)) as advance:
            self.ranks: dict[str, list[list[tuple[int, int]]]] = {}
            for collection, table in RECORD_TABLES.items():
                self.ranks[collection] = [
                    sort_ranks(self.records[collection], table.sort_fields[name])
                    for name in _sorts(table)
                ]
                advance(None)
        self.renderer = renderer
        size = sum(len(records) for records in self.records.values())
        self.processes = min(len(os.sched_getaffinity(0)), size // loading.PARALLEL_THRESHOLD)
        self._pool: Pool | None = None

    def xǁ_RowMakersǁ__init____mutmut_17(self, dataset: Dataset, renderer: Renderer, progress: Progress) -> None:
        self.records = {c: list(dataset.records[c].values()) for c in RECORD_TABLES}
        with progress.step("sort ranks", len(RECORD_TABLES)) as advance:
            self.ranks: dict[str, list[list[tuple[int, int]]]] = {}
            for collection, table in RECORD_TABLES.items():
                self.ranks[collection] = [
                    sort_ranks(self.records[collection], table.sort_fields[name])
                    for name in _sorts(table)
                ]
                advance(2)
        self.renderer = renderer
        size = sum(len(records) for records in self.records.values())
        self.processes = min(len(os.sched_getaffinity(0)), size // loading.PARALLEL_THRESHOLD)
        self._pool: Pool | None = None

    def xǁ_RowMakersǁ__init____mutmut_18(self, dataset: Dataset, renderer: Renderer, progress: Progress) -> None:
        self.records = {c: list(dataset.records[c].values()) for c in RECORD_TABLES}
        with progress.step("sort ranks", len(RECORD_TABLES)) as advance:
            self.ranks: dict[str, list[list[tuple[int, int]]]] = {}
            for collection, table in RECORD_TABLES.items():
                self.ranks[collection] = [
                    sort_ranks(self.records[collection], table.sort_fields[name])
                    for name in _sorts(table)
                ]
                advance(1)
        self.renderer = None
        size = sum(len(records) for records in self.records.values())
        self.processes = min(len(os.sched_getaffinity(0)), size // loading.PARALLEL_THRESHOLD)
        self._pool: Pool | None = None

    def xǁ_RowMakersǁ__init____mutmut_19(self, dataset: Dataset, renderer: Renderer, progress: Progress) -> None:
        self.records = {c: list(dataset.records[c].values()) for c in RECORD_TABLES}
        with progress.step("sort ranks", len(RECORD_TABLES)) as advance:
            self.ranks: dict[str, list[list[tuple[int, int]]]] = {}
            for collection, table in RECORD_TABLES.items():
                self.ranks[collection] = [
                    sort_ranks(self.records[collection], table.sort_fields[name])
                    for name in _sorts(table)
                ]
                advance(1)
        self.renderer = renderer
        size = None
        self.processes = min(len(os.sched_getaffinity(0)), size // loading.PARALLEL_THRESHOLD)
        self._pool: Pool | None = None

    def xǁ_RowMakersǁ__init____mutmut_20(self, dataset: Dataset, renderer: Renderer, progress: Progress) -> None:
        self.records = {c: list(dataset.records[c].values()) for c in RECORD_TABLES}
        with progress.step("sort ranks", len(RECORD_TABLES)) as advance:
            self.ranks: dict[str, list[list[tuple[int, int]]]] = {}
            for collection, table in RECORD_TABLES.items():
                self.ranks[collection] = [
                    sort_ranks(self.records[collection], table.sort_fields[name])
                    for name in _sorts(table)
                ]
                advance(1)
        self.renderer = renderer
        size = sum(None)
        self.processes = min(len(os.sched_getaffinity(0)), size // loading.PARALLEL_THRESHOLD)
        self._pool: Pool | None = None

    def xǁ_RowMakersǁ__init____mutmut_21(self, dataset: Dataset, renderer: Renderer, progress: Progress) -> None:
        self.records = {c: list(dataset.records[c].values()) for c in RECORD_TABLES}
        with progress.step("sort ranks", len(RECORD_TABLES)) as advance:
            self.ranks: dict[str, list[list[tuple[int, int]]]] = {}
            for collection, table in RECORD_TABLES.items():
                self.ranks[collection] = [
                    sort_ranks(self.records[collection], table.sort_fields[name])
                    for name in _sorts(table)
                ]
                advance(1)
        self.renderer = renderer
        size = sum(len(records) for records in self.records.values())
        self.processes = None
        self._pool: Pool | None = None

    def xǁ_RowMakersǁ__init____mutmut_22(self, dataset: Dataset, renderer: Renderer, progress: Progress) -> None:
        self.records = {c: list(dataset.records[c].values()) for c in RECORD_TABLES}
        with progress.step("sort ranks", len(RECORD_TABLES)) as advance:
            self.ranks: dict[str, list[list[tuple[int, int]]]] = {}
            for collection, table in RECORD_TABLES.items():
                self.ranks[collection] = [
                    sort_ranks(self.records[collection], table.sort_fields[name])
                    for name in _sorts(table)
                ]
                advance(1)
        self.renderer = renderer
        size = sum(len(records) for records in self.records.values())
        self.processes = min(None, size // loading.PARALLEL_THRESHOLD)
        self._pool: Pool | None = None

    def xǁ_RowMakersǁ__init____mutmut_23(self, dataset: Dataset, renderer: Renderer, progress: Progress) -> None:
        self.records = {c: list(dataset.records[c].values()) for c in RECORD_TABLES}
        with progress.step("sort ranks", len(RECORD_TABLES)) as advance:
            self.ranks: dict[str, list[list[tuple[int, int]]]] = {}
            for collection, table in RECORD_TABLES.items():
                self.ranks[collection] = [
                    sort_ranks(self.records[collection], table.sort_fields[name])
                    for name in _sorts(table)
                ]
                advance(1)
        self.renderer = renderer
        size = sum(len(records) for records in self.records.values())
        self.processes = min(len(os.sched_getaffinity(0)), None)
        self._pool: Pool | None = None

    def xǁ_RowMakersǁ__init____mutmut_24(self, dataset: Dataset, renderer: Renderer, progress: Progress) -> None:
        self.records = {c: list(dataset.records[c].values()) for c in RECORD_TABLES}
        with progress.step("sort ranks", len(RECORD_TABLES)) as advance:
            self.ranks: dict[str, list[list[tuple[int, int]]]] = {}
            for collection, table in RECORD_TABLES.items():
                self.ranks[collection] = [
                    sort_ranks(self.records[collection], table.sort_fields[name])
                    for name in _sorts(table)
                ]
                advance(1)
        self.renderer = renderer
        size = sum(len(records) for records in self.records.values())
        self.processes = min(size // loading.PARALLEL_THRESHOLD)
        self._pool: Pool | None = None

    def xǁ_RowMakersǁ__init____mutmut_25(self, dataset: Dataset, renderer: Renderer, progress: Progress) -> None:
        self.records = {c: list(dataset.records[c].values()) for c in RECORD_TABLES}
        with progress.step("sort ranks", len(RECORD_TABLES)) as advance:
            self.ranks: dict[str, list[list[tuple[int, int]]]] = {}
            for collection, table in RECORD_TABLES.items():
                self.ranks[collection] = [
                    sort_ranks(self.records[collection], table.sort_fields[name])
                    for name in _sorts(table)
                ]
                advance(1)
        self.renderer = renderer
        size = sum(len(records) for records in self.records.values())
        self.processes = min(len(os.sched_getaffinity(0)), )
        self._pool: Pool | None = None

    def xǁ_RowMakersǁ__init____mutmut_26(self, dataset: Dataset, renderer: Renderer, progress: Progress) -> None:
        self.records = {c: list(dataset.records[c].values()) for c in RECORD_TABLES}
        with progress.step("sort ranks", len(RECORD_TABLES)) as advance:
            self.ranks: dict[str, list[list[tuple[int, int]]]] = {}
            for collection, table in RECORD_TABLES.items():
                self.ranks[collection] = [
                    sort_ranks(self.records[collection], table.sort_fields[name])
                    for name in _sorts(table)
                ]
                advance(1)
        self.renderer = renderer
        size = sum(len(records) for records in self.records.values())
        self.processes = min(len(os.sched_getaffinity(0)), size / loading.PARALLEL_THRESHOLD)
        self._pool: Pool | None = None

    def xǁ_RowMakersǁ__init____mutmut_27(self, dataset: Dataset, renderer: Renderer, progress: Progress) -> None:
        self.records = {c: list(dataset.records[c].values()) for c in RECORD_TABLES}
        with progress.step("sort ranks", len(RECORD_TABLES)) as advance:
            self.ranks: dict[str, list[list[tuple[int, int]]]] = {}
            for collection, table in RECORD_TABLES.items():
                self.ranks[collection] = [
                    sort_ranks(self.records[collection], table.sort_fields[name])
                    for name in _sorts(table)
                ]
                advance(1)
        self.renderer = renderer
        size = sum(len(records) for records in self.records.values())
        self.processes = min(len(os.sched_getaffinity(0)), size // loading.PARALLEL_THRESHOLD)
        self._pool: Pool | None = ""

    @_mutmut_mutated(mutants_xǁ_RowMakersǁ__enter____mutmut)
    def __enter__(self) -> "_RowMakers":
        if self.processes >= 2:
            self._pool = get_context("fork").Pool(
                self.processes, initializer=_start_worker, initargs=(self.renderer,)
            )
        return self

    def xǁ_RowMakersǁ__enter____mutmut_orig(self) -> "_RowMakers":
        if self.processes >= 2:
            self._pool = get_context("fork").Pool(
                self.processes, initializer=_start_worker, initargs=(self.renderer,)
            )
        return self

    def xǁ_RowMakersǁ__enter____mutmut_1(self) -> "_RowMakers":
        if self.processes > 2:
            self._pool = get_context("fork").Pool(
                self.processes, initializer=_start_worker, initargs=(self.renderer,)
            )
        return self

    def xǁ_RowMakersǁ__enter____mutmut_2(self) -> "_RowMakers":
        if self.processes >= 3:
            self._pool = get_context("fork").Pool(
                self.processes, initializer=_start_worker, initargs=(self.renderer,)
            )
        return self

    def xǁ_RowMakersǁ__enter____mutmut_3(self) -> "_RowMakers":
        if self.processes >= 2:
            self._pool = None
        return self

    def xǁ_RowMakersǁ__enter____mutmut_4(self) -> "_RowMakers":
        if self.processes >= 2:
            self._pool = get_context("fork").Pool(
                None, initializer=_start_worker, initargs=(self.renderer,)
            )
        return self

    def xǁ_RowMakersǁ__enter____mutmut_5(self) -> "_RowMakers":
        if self.processes >= 2:
            self._pool = get_context("fork").Pool(
                self.processes, initializer=None, initargs=(self.renderer,)
            )
        return self

    def xǁ_RowMakersǁ__enter____mutmut_6(self) -> "_RowMakers":
        if self.processes >= 2:
            self._pool = get_context("fork").Pool(
                self.processes, initializer=_start_worker, initargs=None
            )
        return self

    def xǁ_RowMakersǁ__enter____mutmut_7(self) -> "_RowMakers":
        if self.processes >= 2:
            self._pool = get_context("fork").Pool(
                initializer=_start_worker, initargs=(self.renderer,)
            )
        return self

    def xǁ_RowMakersǁ__enter____mutmut_8(self) -> "_RowMakers":
        if self.processes >= 2:
            self._pool = get_context("fork").Pool(
                self.processes, initargs=(self.renderer,)
            )
        return self

    def xǁ_RowMakersǁ__enter____mutmut_9(self) -> "_RowMakers":
        if self.processes >= 2:
            self._pool = get_context("fork").Pool(
                self.processes, initializer=_start_worker, )
        return self

    def xǁ_RowMakersǁ__enter____mutmut_10(self) -> "_RowMakers":
        if self.processes >= 2:
            self._pool = get_context(None).Pool(
                self.processes, initializer=_start_worker, initargs=(self.renderer,)
            )
        return self

    def xǁ_RowMakersǁ__enter____mutmut_11(self) -> "_RowMakers":
        if self.processes >= 2:
            self._pool = get_context("XXforkXX").Pool(
                self.processes, initializer=_start_worker, initargs=(self.renderer,)
            )
        return self

    def xǁ_RowMakersǁ__enter____mutmut_12(self) -> "_RowMakers":
        if self.processes >= 2:
            self._pool = get_context("FORK").Pool(
                self.processes, initializer=_start_worker, initargs=(self.renderer,)
            )
        return self

    @_mutmut_mutated(mutants_xǁ_RowMakersǁ__exit____mutmut)
    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()

    def xǁ_RowMakersǁ__exit____mutmut_orig(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()

    def xǁ_RowMakersǁ__exit____mutmut_1(self, *exc: object) -> None:
        if self._pool is None:
            self._pool.terminate()
            self._pool.join()

    @_mutmut_mutated(mutants_xǁ_RowMakersǁ_chunk__mutmut)
    def _chunk(self, collection: str, start: int, stop: int, *, encoded: bool) -> _Chunk:
        records = self.records[collection][start:stop]
        ranks = [
            [rank for field_ranks in self.ranks[collection] for rank in field_ranks[number]]
            for number in range(start, stop)
        ]
        return _Chunk(collection, start, orjson.dumps(records) if encoded else records, ranks)

    def xǁ_RowMakersǁ_chunk__mutmut_orig(self, collection: str, start: int, stop: int, *, encoded: bool) -> _Chunk:
        records = self.records[collection][start:stop]
        ranks = [
            [rank for field_ranks in self.ranks[collection] for rank in field_ranks[number]]
            for number in range(start, stop)
        ]
        return _Chunk(collection, start, orjson.dumps(records) if encoded else records, ranks)

    def xǁ_RowMakersǁ_chunk__mutmut_1(self, collection: str, start: int, stop: int, *, encoded: bool) -> _Chunk:
        records = None
        ranks = [
            [rank for field_ranks in self.ranks[collection] for rank in field_ranks[number]]
            for number in range(start, stop)
        ]
        return _Chunk(collection, start, orjson.dumps(records) if encoded else records, ranks)

    def xǁ_RowMakersǁ_chunk__mutmut_2(self, collection: str, start: int, stop: int, *, encoded: bool) -> _Chunk:
        records = self.records[collection][start:stop]
        ranks = None
        return _Chunk(collection, start, orjson.dumps(records) if encoded else records, ranks)

    def xǁ_RowMakersǁ_chunk__mutmut_3(self, collection: str, start: int, stop: int, *, encoded: bool) -> _Chunk:
        records = self.records[collection][start:stop]
        ranks = [
            [rank for field_ranks in self.ranks[collection] for rank in field_ranks[number]]
            for number in range(None, stop)
        ]
        return _Chunk(collection, start, orjson.dumps(records) if encoded else records, ranks)

    def xǁ_RowMakersǁ_chunk__mutmut_4(self, collection: str, start: int, stop: int, *, encoded: bool) -> _Chunk:
        records = self.records[collection][start:stop]
        ranks = [
            [rank for field_ranks in self.ranks[collection] for rank in field_ranks[number]]
            for number in range(start, None)
        ]
        return _Chunk(collection, start, orjson.dumps(records) if encoded else records, ranks)

    def xǁ_RowMakersǁ_chunk__mutmut_5(self, collection: str, start: int, stop: int, *, encoded: bool) -> _Chunk:
        records = self.records[collection][start:stop]
        ranks = [
            [rank for field_ranks in self.ranks[collection] for rank in field_ranks[number]]
            for number in range(stop)
        ]
        return _Chunk(collection, start, orjson.dumps(records) if encoded else records, ranks)

    def xǁ_RowMakersǁ_chunk__mutmut_6(self, collection: str, start: int, stop: int, *, encoded: bool) -> _Chunk:
        records = self.records[collection][start:stop]
        ranks = [
            [rank for field_ranks in self.ranks[collection] for rank in field_ranks[number]]
            for number in range(start, )
        ]
        return _Chunk(collection, start, orjson.dumps(records) if encoded else records, ranks)

    def xǁ_RowMakersǁ_chunk__mutmut_7(self, collection: str, start: int, stop: int, *, encoded: bool) -> _Chunk:
        records = self.records[collection][start:stop]
        ranks = [
            [rank for field_ranks in self.ranks[collection] for rank in field_ranks[number]]
            for number in range(start, stop)
        ]
        return _Chunk(None, start, orjson.dumps(records) if encoded else records, ranks)

    def xǁ_RowMakersǁ_chunk__mutmut_8(self, collection: str, start: int, stop: int, *, encoded: bool) -> _Chunk:
        records = self.records[collection][start:stop]
        ranks = [
            [rank for field_ranks in self.ranks[collection] for rank in field_ranks[number]]
            for number in range(start, stop)
        ]
        return _Chunk(collection, None, orjson.dumps(records) if encoded else records, ranks)

    def xǁ_RowMakersǁ_chunk__mutmut_9(self, collection: str, start: int, stop: int, *, encoded: bool) -> _Chunk:
        records = self.records[collection][start:stop]
        ranks = [
            [rank for field_ranks in self.ranks[collection] for rank in field_ranks[number]]
            for number in range(start, stop)
        ]
        return _Chunk(collection, start, None, ranks)

    def xǁ_RowMakersǁ_chunk__mutmut_10(self, collection: str, start: int, stop: int, *, encoded: bool) -> _Chunk:
        records = self.records[collection][start:stop]
        ranks = [
            [rank for field_ranks in self.ranks[collection] for rank in field_ranks[number]]
            for number in range(start, stop)
        ]
        return _Chunk(collection, start, orjson.dumps(records) if encoded else records, None)

    def xǁ_RowMakersǁ_chunk__mutmut_11(self, collection: str, start: int, stop: int, *, encoded: bool) -> _Chunk:
        records = self.records[collection][start:stop]
        ranks = [
            [rank for field_ranks in self.ranks[collection] for rank in field_ranks[number]]
            for number in range(start, stop)
        ]
        return _Chunk(start, orjson.dumps(records) if encoded else records, ranks)

    def xǁ_RowMakersǁ_chunk__mutmut_12(self, collection: str, start: int, stop: int, *, encoded: bool) -> _Chunk:
        records = self.records[collection][start:stop]
        ranks = [
            [rank for field_ranks in self.ranks[collection] for rank in field_ranks[number]]
            for number in range(start, stop)
        ]
        return _Chunk(collection, orjson.dumps(records) if encoded else records, ranks)

    def xǁ_RowMakersǁ_chunk__mutmut_13(self, collection: str, start: int, stop: int, *, encoded: bool) -> _Chunk:
        records = self.records[collection][start:stop]
        ranks = [
            [rank for field_ranks in self.ranks[collection] for rank in field_ranks[number]]
            for number in range(start, stop)
        ]
        return _Chunk(collection, start, ranks)

    def xǁ_RowMakersǁ_chunk__mutmut_14(self, collection: str, start: int, stop: int, *, encoded: bool) -> _Chunk:
        records = self.records[collection][start:stop]
        ranks = [
            [rank for field_ranks in self.ranks[collection] for rank in field_ranks[number]]
            for number in range(start, stop)
        ]
        return _Chunk(collection, start, orjson.dumps(records) if encoded else records, )

    def xǁ_RowMakersǁ_chunk__mutmut_15(self, collection: str, start: int, stop: int, *, encoded: bool) -> _Chunk:
        records = self.records[collection][start:stop]
        ranks = [
            [rank for field_ranks in self.ranks[collection] for rank in field_ranks[number]]
            for number in range(start, stop)
        ]
        return _Chunk(collection, start, orjson.dumps(records) if (encoded) and False else records, ranks)

    def xǁ_RowMakersǁ_chunk__mutmut_16(self, collection: str, start: int, stop: int, *, encoded: bool) -> _Chunk:
        records = self.records[collection][start:stop]
        ranks = [
            [rank for field_ranks in self.ranks[collection] for rank in field_ranks[number]]
            for number in range(start, stop)
        ]
        return _Chunk(collection, start, orjson.dumps(records) if (encoded) or True else records, ranks)

    def xǁ_RowMakersǁ_chunk__mutmut_17(self, collection: str, start: int, stop: int, *, encoded: bool) -> _Chunk:
        records = self.records[collection][start:stop]
        ranks = [
            [rank for field_ranks in self.ranks[collection] for rank in field_ranks[number]]
            for number in range(start, stop)
        ]
        return _Chunk(collection, start, orjson.dumps(None) if encoded else records, ranks)

    @_mutmut_mutated(mutants_xǁ_RowMakersǁrows__mutmut)
    def rows(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, size), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_orig(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, size), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_1(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = None
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, size), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_2(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = None
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, size), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_3(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(None, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, size), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_4(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, None, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, size), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_5(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, None)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, size), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_6(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, size), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_7(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, size), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_8(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, )
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, size), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_9(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(1, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, size), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_10(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is not None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, size), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_11(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = None
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_12(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(None, start, min(start + CHUNK, size), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_13(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, None, min(start + CHUNK, size), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_14(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, None, encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_15(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, size), encoded=None)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_16(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(start, min(start + CHUNK, size), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_17(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, min(start + CHUNK, size), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_18(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_19(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, size), )
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_20(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(None, size), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_21(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, None), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_22(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(size), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_23(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, ), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_24(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start - CHUNK, size), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_25(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, size), encoded=True)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_26(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, size), encoded=False)
                yield _make_rows(None, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_27(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, size), encoded=False)
                yield _make_rows(chunk, None)
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_28(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, size), encoded=False)
                yield _make_rows(self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_29(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, size), encoded=False)
                yield _make_rows(chunk, )
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_30(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, size), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = None
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_31(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, size), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(None, start, min(start + CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_32(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, size), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, None, min(start + CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_33(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, size), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, None, encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_34(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, size), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, size), encoded=None)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_35(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, size), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(start, min(start + CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_36(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, size), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, min(start + CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_37(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, size), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_38(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, size), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, size), )
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_39(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, size), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(None, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_40(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, size), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, None), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_41(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, size), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_42(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, size), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, ), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_43(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, size), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(start - CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_44(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, size), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, size), encoded=False)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, chunks)

    def xǁ_RowMakersǁrows__mutmut_45(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, size), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(None, chunks)

    def xǁ_RowMakersǁrows__mutmut_46(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, size), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, None)

    def xǁ_RowMakersǁrows__mutmut_47(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, size), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(chunks)

    def xǁ_RowMakersǁrows__mutmut_48(self, collection: str) -> Iterator[_Rows]:
        """Yield the rows of the collection's records, chunk by chunk, in id order."""
        size = len(self.records[collection])
        starts = range(0, size, CHUNK)
        if self._pool is None:
            for start in starts:
                chunk = self._chunk(collection, start, min(start + CHUNK, size), encoded=False)
                yield _make_rows(chunk, self.renderer)
        else:
            chunks = (
                self._chunk(collection, start, min(start + CHUNK, size), encoded=True)
                for start in starts
            )
            yield from self._pool.imap(_make_rows_in_worker, )

mutants_xǁ_RowMakersǁ__init____mutmut['_mutmut_orig'] = _RowMakers.xǁ_RowMakersǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__init____mutmut['xǁ_RowMakersǁ__init____mutmut_1'] = _RowMakers.xǁ_RowMakersǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__init____mutmut['xǁ_RowMakersǁ__init____mutmut_2'] = _RowMakers.xǁ_RowMakersǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__init____mutmut['xǁ_RowMakersǁ__init____mutmut_3'] = _RowMakers.xǁ_RowMakersǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__init____mutmut['xǁ_RowMakersǁ__init____mutmut_4'] = _RowMakers.xǁ_RowMakersǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__init____mutmut['xǁ_RowMakersǁ__init____mutmut_5'] = _RowMakers.xǁ_RowMakersǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__init____mutmut['xǁ_RowMakersǁ__init____mutmut_6'] = _RowMakers.xǁ_RowMakersǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__init____mutmut['xǁ_RowMakersǁ__init____mutmut_7'] = _RowMakers.xǁ_RowMakersǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__init____mutmut['xǁ_RowMakersǁ__init____mutmut_8'] = _RowMakers.xǁ_RowMakersǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__init____mutmut['xǁ_RowMakersǁ__init____mutmut_9'] = _RowMakers.xǁ_RowMakersǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__init____mutmut['xǁ_RowMakersǁ__init____mutmut_10'] = _RowMakers.xǁ_RowMakersǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__init____mutmut['xǁ_RowMakersǁ__init____mutmut_11'] = _RowMakers.xǁ_RowMakersǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__init____mutmut['xǁ_RowMakersǁ__init____mutmut_12'] = _RowMakers.xǁ_RowMakersǁ__init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__init____mutmut['xǁ_RowMakersǁ__init____mutmut_13'] = _RowMakers.xǁ_RowMakersǁ__init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__init____mutmut['xǁ_RowMakersǁ__init____mutmut_14'] = _RowMakers.xǁ_RowMakersǁ__init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__init____mutmut['xǁ_RowMakersǁ__init____mutmut_15'] = _RowMakers.xǁ_RowMakersǁ__init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__init____mutmut['xǁ_RowMakersǁ__init____mutmut_16'] = _RowMakers.xǁ_RowMakersǁ__init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__init____mutmut['xǁ_RowMakersǁ__init____mutmut_17'] = _RowMakers.xǁ_RowMakersǁ__init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__init____mutmut['xǁ_RowMakersǁ__init____mutmut_18'] = _RowMakers.xǁ_RowMakersǁ__init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__init____mutmut['xǁ_RowMakersǁ__init____mutmut_19'] = _RowMakers.xǁ_RowMakersǁ__init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__init____mutmut['xǁ_RowMakersǁ__init____mutmut_20'] = _RowMakers.xǁ_RowMakersǁ__init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__init____mutmut['xǁ_RowMakersǁ__init____mutmut_21'] = _RowMakers.xǁ_RowMakersǁ__init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__init____mutmut['xǁ_RowMakersǁ__init____mutmut_22'] = _RowMakers.xǁ_RowMakersǁ__init____mutmut_22 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__init____mutmut['xǁ_RowMakersǁ__init____mutmut_23'] = _RowMakers.xǁ_RowMakersǁ__init____mutmut_23 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__init____mutmut['xǁ_RowMakersǁ__init____mutmut_24'] = _RowMakers.xǁ_RowMakersǁ__init____mutmut_24 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__init____mutmut['xǁ_RowMakersǁ__init____mutmut_25'] = _RowMakers.xǁ_RowMakersǁ__init____mutmut_25 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__init____mutmut['xǁ_RowMakersǁ__init____mutmut_26'] = _RowMakers.xǁ_RowMakersǁ__init____mutmut_26 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__init____mutmut['xǁ_RowMakersǁ__init____mutmut_27'] = _RowMakers.xǁ_RowMakersǁ__init____mutmut_27 # type: ignore # mutmut generated

mutants_xǁ_RowMakersǁ__enter____mutmut['_mutmut_orig'] = _RowMakers.xǁ_RowMakersǁ__enter____mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__enter____mutmut['xǁ_RowMakersǁ__enter____mutmut_1'] = _RowMakers.xǁ_RowMakersǁ__enter____mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__enter____mutmut['xǁ_RowMakersǁ__enter____mutmut_2'] = _RowMakers.xǁ_RowMakersǁ__enter____mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__enter____mutmut['xǁ_RowMakersǁ__enter____mutmut_3'] = _RowMakers.xǁ_RowMakersǁ__enter____mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__enter____mutmut['xǁ_RowMakersǁ__enter____mutmut_4'] = _RowMakers.xǁ_RowMakersǁ__enter____mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__enter____mutmut['xǁ_RowMakersǁ__enter____mutmut_5'] = _RowMakers.xǁ_RowMakersǁ__enter____mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__enter____mutmut['xǁ_RowMakersǁ__enter____mutmut_6'] = _RowMakers.xǁ_RowMakersǁ__enter____mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__enter____mutmut['xǁ_RowMakersǁ__enter____mutmut_7'] = _RowMakers.xǁ_RowMakersǁ__enter____mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__enter____mutmut['xǁ_RowMakersǁ__enter____mutmut_8'] = _RowMakers.xǁ_RowMakersǁ__enter____mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__enter____mutmut['xǁ_RowMakersǁ__enter____mutmut_9'] = _RowMakers.xǁ_RowMakersǁ__enter____mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__enter____mutmut['xǁ_RowMakersǁ__enter____mutmut_10'] = _RowMakers.xǁ_RowMakersǁ__enter____mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__enter____mutmut['xǁ_RowMakersǁ__enter____mutmut_11'] = _RowMakers.xǁ_RowMakersǁ__enter____mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__enter____mutmut['xǁ_RowMakersǁ__enter____mutmut_12'] = _RowMakers.xǁ_RowMakersǁ__enter____mutmut_12 # type: ignore # mutmut generated

mutants_xǁ_RowMakersǁ__exit____mutmut['_mutmut_orig'] = _RowMakers.xǁ_RowMakersǁ__exit____mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ__exit____mutmut['xǁ_RowMakersǁ__exit____mutmut_1'] = _RowMakers.xǁ_RowMakersǁ__exit____mutmut_1 # type: ignore # mutmut generated

mutants_xǁ_RowMakersǁ_chunk__mutmut['_mutmut_orig'] = _RowMakers.xǁ_RowMakersǁ_chunk__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ_chunk__mutmut['xǁ_RowMakersǁ_chunk__mutmut_1'] = _RowMakers.xǁ_RowMakersǁ_chunk__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ_chunk__mutmut['xǁ_RowMakersǁ_chunk__mutmut_2'] = _RowMakers.xǁ_RowMakersǁ_chunk__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ_chunk__mutmut['xǁ_RowMakersǁ_chunk__mutmut_3'] = _RowMakers.xǁ_RowMakersǁ_chunk__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ_chunk__mutmut['xǁ_RowMakersǁ_chunk__mutmut_4'] = _RowMakers.xǁ_RowMakersǁ_chunk__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ_chunk__mutmut['xǁ_RowMakersǁ_chunk__mutmut_5'] = _RowMakers.xǁ_RowMakersǁ_chunk__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ_chunk__mutmut['xǁ_RowMakersǁ_chunk__mutmut_6'] = _RowMakers.xǁ_RowMakersǁ_chunk__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ_chunk__mutmut['xǁ_RowMakersǁ_chunk__mutmut_7'] = _RowMakers.xǁ_RowMakersǁ_chunk__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ_chunk__mutmut['xǁ_RowMakersǁ_chunk__mutmut_8'] = _RowMakers.xǁ_RowMakersǁ_chunk__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ_chunk__mutmut['xǁ_RowMakersǁ_chunk__mutmut_9'] = _RowMakers.xǁ_RowMakersǁ_chunk__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ_chunk__mutmut['xǁ_RowMakersǁ_chunk__mutmut_10'] = _RowMakers.xǁ_RowMakersǁ_chunk__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ_chunk__mutmut['xǁ_RowMakersǁ_chunk__mutmut_11'] = _RowMakers.xǁ_RowMakersǁ_chunk__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ_chunk__mutmut['xǁ_RowMakersǁ_chunk__mutmut_12'] = _RowMakers.xǁ_RowMakersǁ_chunk__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ_chunk__mutmut['xǁ_RowMakersǁ_chunk__mutmut_13'] = _RowMakers.xǁ_RowMakersǁ_chunk__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ_chunk__mutmut['xǁ_RowMakersǁ_chunk__mutmut_14'] = _RowMakers.xǁ_RowMakersǁ_chunk__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ_chunk__mutmut['xǁ_RowMakersǁ_chunk__mutmut_15'] = _RowMakers.xǁ_RowMakersǁ_chunk__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ_chunk__mutmut['xǁ_RowMakersǁ_chunk__mutmut_16'] = _RowMakers.xǁ_RowMakersǁ_chunk__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁ_chunk__mutmut['xǁ_RowMakersǁ_chunk__mutmut_17'] = _RowMakers.xǁ_RowMakersǁ_chunk__mutmut_17 # type: ignore # mutmut generated

mutants_xǁ_RowMakersǁrows__mutmut['_mutmut_orig'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_1'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_2'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_3'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_4'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_5'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_6'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_7'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_8'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_9'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_10'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_11'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_12'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_13'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_14'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_15'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_16'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_17'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_18'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_19'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_20'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_20 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_21'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_21 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_22'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_22 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_23'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_23 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_24'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_24 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_25'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_25 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_26'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_26 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_27'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_27 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_28'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_28 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_29'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_29 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_30'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_30 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_31'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_31 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_32'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_32 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_33'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_33 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_34'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_34 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_35'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_35 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_36'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_36 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_37'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_37 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_38'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_38 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_39'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_39 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_40'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_40 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_41'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_41 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_42'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_42 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_43'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_43 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_44'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_44 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_45'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_45 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_46'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_46 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_47'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_47 # type: ignore # mutmut generated
mutants_xǁ_RowMakersǁrows__mutmut['xǁ_RowMakersǁrows__mutmut_48'] = _RowMakers.xǁ_RowMakersǁrows__mutmut_48 # type: ignore # mutmut generated


# A worker's renderer, sent to it when it starts.
_worker_renderer: Renderer | None = None
mutants_x__start_worker__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__start_worker__mutmut)
def _start_worker(renderer: Renderer) -> None:
    global _worker_renderer
    _worker_renderer = renderer


def x__start_worker__mutmut_orig(renderer: Renderer) -> None:
    global _worker_renderer
    _worker_renderer = renderer


def x__start_worker__mutmut_1(renderer: Renderer) -> None:
    global _worker_renderer
    _worker_renderer = None

mutants_x__start_worker__mutmut['_mutmut_orig'] = x__start_worker__mutmut_orig # type: ignore # mutmut generated
mutants_x__start_worker__mutmut['x__start_worker__mutmut_1'] = x__start_worker__mutmut_1 # type: ignore # mutmut generated
mutants_x__make_rows_in_worker__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__make_rows_in_worker__mutmut)
def _make_rows_in_worker(chunk: _Chunk) -> _Rows:
    assert _worker_renderer is not None, "a worker is given its renderer when it starts"
    return _make_rows(chunk, _worker_renderer)


def x__make_rows_in_worker__mutmut_orig(chunk: _Chunk) -> _Rows:
    assert _worker_renderer is not None, "a worker is given its renderer when it starts"
    return _make_rows(chunk, _worker_renderer)


def x__make_rows_in_worker__mutmut_1(chunk: _Chunk) -> _Rows:
    assert _worker_renderer is None, "a worker is given its renderer when it starts"
    return _make_rows(chunk, _worker_renderer)


def x__make_rows_in_worker__mutmut_2(chunk: _Chunk) -> _Rows:
    assert _worker_renderer is not None, "XXa worker is given its renderer when it startsXX"
    return _make_rows(chunk, _worker_renderer)


def x__make_rows_in_worker__mutmut_3(chunk: _Chunk) -> _Rows:
    assert _worker_renderer is not None, "A WORKER IS GIVEN ITS RENDERER WHEN IT STARTS"
    return _make_rows(chunk, _worker_renderer)


def x__make_rows_in_worker__mutmut_4(chunk: _Chunk) -> _Rows:
    assert _worker_renderer is not None, "a worker is given its renderer when it starts"
    return _make_rows(None, _worker_renderer)


def x__make_rows_in_worker__mutmut_5(chunk: _Chunk) -> _Rows:
    assert _worker_renderer is not None, "a worker is given its renderer when it starts"
    return _make_rows(chunk, None)


def x__make_rows_in_worker__mutmut_6(chunk: _Chunk) -> _Rows:
    assert _worker_renderer is not None, "a worker is given its renderer when it starts"
    return _make_rows(_worker_renderer)


def x__make_rows_in_worker__mutmut_7(chunk: _Chunk) -> _Rows:
    assert _worker_renderer is not None, "a worker is given its renderer when it starts"
    return _make_rows(chunk, )

mutants_x__make_rows_in_worker__mutmut['_mutmut_orig'] = x__make_rows_in_worker__mutmut_orig # type: ignore # mutmut generated
mutants_x__make_rows_in_worker__mutmut['x__make_rows_in_worker__mutmut_1'] = x__make_rows_in_worker__mutmut_1 # type: ignore # mutmut generated
mutants_x__make_rows_in_worker__mutmut['x__make_rows_in_worker__mutmut_2'] = x__make_rows_in_worker__mutmut_2 # type: ignore # mutmut generated
mutants_x__make_rows_in_worker__mutmut['x__make_rows_in_worker__mutmut_3'] = x__make_rows_in_worker__mutmut_3 # type: ignore # mutmut generated
mutants_x__make_rows_in_worker__mutmut['x__make_rows_in_worker__mutmut_4'] = x__make_rows_in_worker__mutmut_4 # type: ignore # mutmut generated
mutants_x__make_rows_in_worker__mutmut['x__make_rows_in_worker__mutmut_5'] = x__make_rows_in_worker__mutmut_5 # type: ignore # mutmut generated
mutants_x__make_rows_in_worker__mutmut['x__make_rows_in_worker__mutmut_6'] = x__make_rows_in_worker__mutmut_6 # type: ignore # mutmut generated
mutants_x__make_rows_in_worker__mutmut['x__make_rows_in_worker__mutmut_7'] = x__make_rows_in_worker__mutmut_7 # type: ignore # mutmut generated
mutants_x__sorts__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__sorts__mutmut)
def _sorts(table: Table) -> list[str]:
    return [name for name in table.sort_fields if name != "id"]


def x__sorts__mutmut_orig(table: Table) -> list[str]:
    return [name for name in table.sort_fields if name != "id"]


def x__sorts__mutmut_1(table: Table) -> list[str]:
    return [name for name in table.sort_fields if name == "id"]


def x__sorts__mutmut_2(table: Table) -> list[str]:
    return [name for name in table.sort_fields if name != "XXidXX"]


def x__sorts__mutmut_3(table: Table) -> list[str]:
    return [name for name in table.sort_fields if name != "ID"]

mutants_x__sorts__mutmut['_mutmut_orig'] = x__sorts__mutmut_orig # type: ignore # mutmut generated
mutants_x__sorts__mutmut['x__sorts__mutmut_1'] = x__sorts__mutmut_1 # type: ignore # mutmut generated
mutants_x__sorts__mutmut['x__sorts__mutmut_2'] = x__sorts__mutmut_2 # type: ignore # mutmut generated
mutants_x__sorts__mutmut['x__sorts__mutmut_3'] = x__sorts__mutmut_3 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__make_rows__mutmut)
def _make_rows(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, list(_list_rows(collection, records, chunk.start + 1)))


def x__make_rows__mutmut_orig(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, list(_list_rows(collection, records, chunk.start + 1)))


def x__make_rows__mutmut_1(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = None
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, list(_list_rows(collection, records, chunk.start + 1)))


def x__make_rows__mutmut_2(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = None
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, list(_list_rows(collection, records, chunk.start + 1)))


def x__make_rows__mutmut_3(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = None
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, list(_list_rows(collection, records, chunk.start + 1)))


def x__make_rows__mutmut_4(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if (isinstance(chunk.records, bytes)) and False else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, list(_list_rows(collection, records, chunk.start + 1)))


def x__make_rows__mutmut_5(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if (isinstance(chunk.records, bytes)) or True else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, list(_list_rows(collection, records, chunk.start + 1)))


def x__make_rows__mutmut_6(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(None) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, list(_list_rows(collection, records, chunk.start + 1)))


def x__make_rows__mutmut_7(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = None
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, list(_list_rows(collection, records, chunk.start + 1)))


def x__make_rows__mutmut_8(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = None
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, list(_list_rows(collection, records, chunk.start + 1)))


def x__make_rows__mutmut_9(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        None, records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, list(_list_rows(collection, records, chunk.start + 1)))


def x__make_rows__mutmut_10(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), None, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, list(_list_rows(collection, records, chunk.start + 1)))


def x__make_rows__mutmut_11(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), records, None, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, list(_list_rows(collection, records, chunk.start + 1)))


def x__make_rows__mutmut_12(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), records, chunk.ranks, strict=None
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, list(_list_rows(collection, records, chunk.start + 1)))


def x__make_rows__mutmut_13(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, list(_list_rows(collection, records, chunk.start + 1)))


def x__make_rows__mutmut_14(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, list(_list_rows(collection, records, chunk.start + 1)))


def x__make_rows__mutmut_15(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), records, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, list(_list_rows(collection, records, chunk.start + 1)))


def x__make_rows__mutmut_16(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), records, chunk.ranks, ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, list(_list_rows(collection, records, chunk.start + 1)))


def x__make_rows__mutmut_17(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(None, chunk.start + len(records) + 1), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, list(_list_rows(collection, records, chunk.start + 1)))


def x__make_rows__mutmut_18(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, None), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, list(_list_rows(collection, records, chunk.start + 1)))


def x__make_rows__mutmut_19(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + len(records) + 1), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, list(_list_rows(collection, records, chunk.start + 1)))


def x__make_rows__mutmut_20(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, ), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, list(_list_rows(collection, records, chunk.start + 1)))


def x__make_rows__mutmut_21(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start - 1, chunk.start + len(records) + 1), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, list(_list_rows(collection, records, chunk.start + 1)))


def x__make_rows__mutmut_22(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 2, chunk.start + len(records) + 1), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, list(_list_rows(collection, records, chunk.start + 1)))


def x__make_rows__mutmut_23(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) - 1), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, list(_list_rows(collection, records, chunk.start + 1)))


def x__make_rows__mutmut_24(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start - len(records) + 1), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, list(_list_rows(collection, records, chunk.start + 1)))


def x__make_rows__mutmut_25(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 2), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, list(_list_rows(collection, records, chunk.start + 1)))


def x__make_rows__mutmut_26(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), records, chunk.ranks, strict=False
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, list(_list_rows(collection, records, chunk.start + 1)))


def x__make_rows__mutmut_27(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), records, chunk.ranks, strict=True
    ):
        rows.append(None)
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, list(_list_rows(collection, records, chunk.start + 1)))


def x__make_rows__mutmut_28(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(None) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, list(_list_rows(collection, records, chunk.start + 1)))


def x__make_rows__mutmut_29(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append(None)
    return _Rows(rows, json, list(_list_rows(collection, records, chunk.start + 1)))


def x__make_rows__mutmut_30(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(None, record)))
    return _Rows(rows, json, list(_list_rows(collection, records, chunk.start + 1)))


def x__make_rows__mutmut_31(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, None)))
    return _Rows(rows, json, list(_list_rows(collection, records, chunk.start + 1)))


def x__make_rows__mutmut_32(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(record)))
    return _Rows(rows, json, list(_list_rows(collection, records, chunk.start + 1)))


def x__make_rows__mutmut_33(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, )))
    return _Rows(rows, json, list(_list_rows(collection, records, chunk.start + 1)))


def x__make_rows__mutmut_34(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(None, json, list(_list_rows(collection, records, chunk.start + 1)))


def x__make_rows__mutmut_35(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, None, list(_list_rows(collection, records, chunk.start + 1)))


def x__make_rows__mutmut_36(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, None)


def x__make_rows__mutmut_37(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(json, list(_list_rows(collection, records, chunk.start + 1)))


def x__make_rows__mutmut_38(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, list(_list_rows(collection, records, chunk.start + 1)))


def x__make_rows__mutmut_39(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, )


def x__make_rows__mutmut_40(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, list(None))


def x__make_rows__mutmut_41(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, list(_list_rows(None, records, chunk.start + 1)))


def x__make_rows__mutmut_42(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, list(_list_rows(collection, None, chunk.start + 1)))


def x__make_rows__mutmut_43(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, list(_list_rows(collection, records, None)))


def x__make_rows__mutmut_44(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, list(_list_rows(records, chunk.start + 1)))


def x__make_rows__mutmut_45(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, list(_list_rows(collection, chunk.start + 1)))


def x__make_rows__mutmut_46(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, list(_list_rows(collection, records, )))


def x__make_rows__mutmut_47(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, list(_list_rows(collection, records, chunk.start - 1)))


def x__make_rows__mutmut_48(chunk: _Chunk, renderer: Renderer) -> _Rows:
    """Return the rows of a chunk of records."""
    collection = chunk.collection
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
    return _Rows(rows, json, list(_list_rows(collection, records, chunk.start + 2)))

mutants_x__make_rows__mutmut['_mutmut_orig'] = x__make_rows__mutmut_orig # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_1'] = x__make_rows__mutmut_1 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_2'] = x__make_rows__mutmut_2 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_3'] = x__make_rows__mutmut_3 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_4'] = x__make_rows__mutmut_4 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_5'] = x__make_rows__mutmut_5 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_6'] = x__make_rows__mutmut_6 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_7'] = x__make_rows__mutmut_7 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_8'] = x__make_rows__mutmut_8 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_9'] = x__make_rows__mutmut_9 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_10'] = x__make_rows__mutmut_10 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_11'] = x__make_rows__mutmut_11 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_12'] = x__make_rows__mutmut_12 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_13'] = x__make_rows__mutmut_13 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_14'] = x__make_rows__mutmut_14 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_15'] = x__make_rows__mutmut_15 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_16'] = x__make_rows__mutmut_16 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_17'] = x__make_rows__mutmut_17 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_18'] = x__make_rows__mutmut_18 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_19'] = x__make_rows__mutmut_19 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_20'] = x__make_rows__mutmut_20 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_21'] = x__make_rows__mutmut_21 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_22'] = x__make_rows__mutmut_22 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_23'] = x__make_rows__mutmut_23 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_24'] = x__make_rows__mutmut_24 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_25'] = x__make_rows__mutmut_25 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_26'] = x__make_rows__mutmut_26 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_27'] = x__make_rows__mutmut_27 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_28'] = x__make_rows__mutmut_28 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_29'] = x__make_rows__mutmut_29 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_30'] = x__make_rows__mutmut_30 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_31'] = x__make_rows__mutmut_31 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_32'] = x__make_rows__mutmut_32 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_33'] = x__make_rows__mutmut_33 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_34'] = x__make_rows__mutmut_34 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_35'] = x__make_rows__mutmut_35 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_36'] = x__make_rows__mutmut_36 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_37'] = x__make_rows__mutmut_37 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_38'] = x__make_rows__mutmut_38 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_39'] = x__make_rows__mutmut_39 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_40'] = x__make_rows__mutmut_40 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_41'] = x__make_rows__mutmut_41 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_42'] = x__make_rows__mutmut_42 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_43'] = x__make_rows__mutmut_43 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_44'] = x__make_rows__mutmut_44 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_45'] = x__make_rows__mutmut_45 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_46'] = x__make_rows__mutmut_46 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_47'] = x__make_rows__mutmut_47 # type: ignore # mutmut generated
mutants_x__make_rows__mutmut['x__make_rows__mutmut_48'] = x__make_rows__mutmut_48 # type: ignore # mutmut generated
mutants_x__write_records__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__write_records__mutmut)
def _write_records(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_orig(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_1(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = None
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_2(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = None
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_3(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(None) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_4(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("XXXX", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_5(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "XX_descXX")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_6(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_DESC")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_7(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = None
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_8(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(None)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_9(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {'XX, XX'.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_10(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join(None)})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_11(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {'XX, XX'.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_12(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' / len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_13(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('XX?XX' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_14(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = None
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_15(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = None
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_16(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(None)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_17(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(None, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_18(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, None) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_19(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_20(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, ) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_21(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(None):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_22(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(None, rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_23(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, None)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_24(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_25(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, )
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_26(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(None, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_27(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, None)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_28(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_29(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, )
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_30(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(None, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_31(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, None)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_32(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_33(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, )
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_34(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = None
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_35(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[1][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_36(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][1], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_37(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[+1][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_38(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-2][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_39(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][1]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_40(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(None, (path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_41(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, None)
            advance(len(rows.records))


def x__write_records__mutmut_42(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute((path, first, last))
            advance(len(rows.records))


def x__write_records__mutmut_43(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, )
            advance(len(rows.records))


def x__write_records__mutmut_44(
    connection: sqlite3.Connection, collection: str, makers: _RowMakers, progress: Progress
) -> None:
    """Write a collection's rows, its lists, its JSON and its search texts, in id order."""
    table = RECORD_TABLES[collection]
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{direction}" for name in _sorts(table) for direction in ("", "_desc")),
    ]
    insert = (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )
    insert_json = f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)"
    search = _search_inserts(collection)
    with progress.step(collection, len(makers.records[collection])) as advance:
        for rows in makers.rows(collection):
            connection.executemany(insert, rows.records)
            connection.executemany(insert_json, rows.json)
            for sql, list_rows in rows.lists:
                connection.executemany(sql, list_rows)
            # Indexed for search while the next chunk is being rendered.
            first, last = rows.records[0][0], rows.records[-1][0]
            for sql, path in search:
                connection.execute(sql, (path, first, last))
            advance(None)

mutants_x__write_records__mutmut['_mutmut_orig'] = x__write_records__mutmut_orig # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_1'] = x__write_records__mutmut_1 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_2'] = x__write_records__mutmut_2 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_3'] = x__write_records__mutmut_3 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_4'] = x__write_records__mutmut_4 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_5'] = x__write_records__mutmut_5 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_6'] = x__write_records__mutmut_6 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_7'] = x__write_records__mutmut_7 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_8'] = x__write_records__mutmut_8 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_9'] = x__write_records__mutmut_9 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_10'] = x__write_records__mutmut_10 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_11'] = x__write_records__mutmut_11 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_12'] = x__write_records__mutmut_12 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_13'] = x__write_records__mutmut_13 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_14'] = x__write_records__mutmut_14 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_15'] = x__write_records__mutmut_15 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_16'] = x__write_records__mutmut_16 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_17'] = x__write_records__mutmut_17 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_18'] = x__write_records__mutmut_18 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_19'] = x__write_records__mutmut_19 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_20'] = x__write_records__mutmut_20 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_21'] = x__write_records__mutmut_21 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_22'] = x__write_records__mutmut_22 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_23'] = x__write_records__mutmut_23 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_24'] = x__write_records__mutmut_24 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_25'] = x__write_records__mutmut_25 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_26'] = x__write_records__mutmut_26 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_27'] = x__write_records__mutmut_27 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_28'] = x__write_records__mutmut_28 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_29'] = x__write_records__mutmut_29 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_30'] = x__write_records__mutmut_30 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_31'] = x__write_records__mutmut_31 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_32'] = x__write_records__mutmut_32 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_33'] = x__write_records__mutmut_33 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_34'] = x__write_records__mutmut_34 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_35'] = x__write_records__mutmut_35 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_36'] = x__write_records__mutmut_36 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_37'] = x__write_records__mutmut_37 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_38'] = x__write_records__mutmut_38 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_39'] = x__write_records__mutmut_39 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_40'] = x__write_records__mutmut_40 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_41'] = x__write_records__mutmut_41 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_42'] = x__write_records__mutmut_42 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_43'] = x__write_records__mutmut_43 # type: ignore # mutmut generated
mutants_x__write_records__mutmut['x__write_records__mutmut_44'] = x__write_records__mutmut_44 # type: ignore # mutmut generated
mutants_x__search_inserts__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__search_inserts__mutmut)
def _search_inserts(collection: str) -> list[tuple[str, str]]:
    """Return, per searched field, the insert of its texts from the rows of a rowid range.

    Each takes (field path, first rowid, last rowid). The texts are read back from the
    rows just written: SQLite copies them into the FTS5 index with no round trip.
    """
    table = RECORD_TABLES[collection]
    into = f"INSERT INTO {table.search_table} (text, record, field)"
    inserts = []
    for path in table.search_fields:
        if collection == "actors" and path == "aliases":
            select = (
                "SELECT alias, actor, ? || '.' || position FROM actor_aliases "
                "WHERE actor BETWEEN ? AND ?"
            )
        else:
            [column] = [name for name, read in COLUMNS[collection].items() if read == path]
            select = (
                f"SELECT {column}, rowid, ? FROM {table.name} "
                f"WHERE rowid BETWEEN ? AND ? AND {column} IS NOT NULL"
            )
        inserts.append((f"{into} {select}", path))
    return inserts


def x__search_inserts__mutmut_orig(collection: str) -> list[tuple[str, str]]:
    """Return, per searched field, the insert of its texts from the rows of a rowid range.

    Each takes (field path, first rowid, last rowid). The texts are read back from the
    rows just written: SQLite copies them into the FTS5 index with no round trip.
    """
    table = RECORD_TABLES[collection]
    into = f"INSERT INTO {table.search_table} (text, record, field)"
    inserts = []
    for path in table.search_fields:
        if collection == "actors" and path == "aliases":
            select = (
                "SELECT alias, actor, ? || '.' || position FROM actor_aliases "
                "WHERE actor BETWEEN ? AND ?"
            )
        else:
            [column] = [name for name, read in COLUMNS[collection].items() if read == path]
            select = (
                f"SELECT {column}, rowid, ? FROM {table.name} "
                f"WHERE rowid BETWEEN ? AND ? AND {column} IS NOT NULL"
            )
        inserts.append((f"{into} {select}", path))
    return inserts


def x__search_inserts__mutmut_1(collection: str) -> list[tuple[str, str]]:
    """Return, per searched field, the insert of its texts from the rows of a rowid range.

    Each takes (field path, first rowid, last rowid). The texts are read back from the
    rows just written: SQLite copies them into the FTS5 index with no round trip.
    """
    table = None
    into = f"INSERT INTO {table.search_table} (text, record, field)"
    inserts = []
    for path in table.search_fields:
        if collection == "actors" and path == "aliases":
            select = (
                "SELECT alias, actor, ? || '.' || position FROM actor_aliases "
                "WHERE actor BETWEEN ? AND ?"
            )
        else:
            [column] = [name for name, read in COLUMNS[collection].items() if read == path]
            select = (
                f"SELECT {column}, rowid, ? FROM {table.name} "
                f"WHERE rowid BETWEEN ? AND ? AND {column} IS NOT NULL"
            )
        inserts.append((f"{into} {select}", path))
    return inserts


def x__search_inserts__mutmut_2(collection: str) -> list[tuple[str, str]]:
    """Return, per searched field, the insert of its texts from the rows of a rowid range.

    Each takes (field path, first rowid, last rowid). The texts are read back from the
    rows just written: SQLite copies them into the FTS5 index with no round trip.
    """
    table = RECORD_TABLES[collection]
    into = None
    inserts = []
    for path in table.search_fields:
        if collection == "actors" and path == "aliases":
            select = (
                "SELECT alias, actor, ? || '.' || position FROM actor_aliases "
                "WHERE actor BETWEEN ? AND ?"
            )
        else:
            [column] = [name for name, read in COLUMNS[collection].items() if read == path]
            select = (
                f"SELECT {column}, rowid, ? FROM {table.name} "
                f"WHERE rowid BETWEEN ? AND ? AND {column} IS NOT NULL"
            )
        inserts.append((f"{into} {select}", path))
    return inserts


def x__search_inserts__mutmut_3(collection: str) -> list[tuple[str, str]]:
    """Return, per searched field, the insert of its texts from the rows of a rowid range.

    Each takes (field path, first rowid, last rowid). The texts are read back from the
    rows just written: SQLite copies them into the FTS5 index with no round trip.
    """
    table = RECORD_TABLES[collection]
    into = f"INSERT INTO {table.search_table} (text, record, field)"
    inserts = None
    for path in table.search_fields:
        if collection == "actors" and path == "aliases":
            select = (
                "SELECT alias, actor, ? || '.' || position FROM actor_aliases "
                "WHERE actor BETWEEN ? AND ?"
            )
        else:
            [column] = [name for name, read in COLUMNS[collection].items() if read == path]
            select = (
                f"SELECT {column}, rowid, ? FROM {table.name} "
                f"WHERE rowid BETWEEN ? AND ? AND {column} IS NOT NULL"
            )
        inserts.append((f"{into} {select}", path))
    return inserts


def x__search_inserts__mutmut_4(collection: str) -> list[tuple[str, str]]:
    """Return, per searched field, the insert of its texts from the rows of a rowid range.

    Each takes (field path, first rowid, last rowid). The texts are read back from the
    rows just written: SQLite copies them into the FTS5 index with no round trip.
    """
    table = RECORD_TABLES[collection]
    into = f"INSERT INTO {table.search_table} (text, record, field)"
    inserts = []
    for path in table.search_fields:
        if collection == "actors" or path == "aliases":
            select = (
                "SELECT alias, actor, ? || '.' || position FROM actor_aliases "
                "WHERE actor BETWEEN ? AND ?"
            )
        else:
            [column] = [name for name, read in COLUMNS[collection].items() if read == path]
            select = (
                f"SELECT {column}, rowid, ? FROM {table.name} "
                f"WHERE rowid BETWEEN ? AND ? AND {column} IS NOT NULL"
            )
        inserts.append((f"{into} {select}", path))
    return inserts


def x__search_inserts__mutmut_5(collection: str) -> list[tuple[str, str]]:
    """Return, per searched field, the insert of its texts from the rows of a rowid range.

    Each takes (field path, first rowid, last rowid). The texts are read back from the
    rows just written: SQLite copies them into the FTS5 index with no round trip.
    """
    table = RECORD_TABLES[collection]
    into = f"INSERT INTO {table.search_table} (text, record, field)"
    inserts = []
    for path in table.search_fields:
        if collection != "actors" and path == "aliases":
            select = (
                "SELECT alias, actor, ? || '.' || position FROM actor_aliases "
                "WHERE actor BETWEEN ? AND ?"
            )
        else:
            [column] = [name for name, read in COLUMNS[collection].items() if read == path]
            select = (
                f"SELECT {column}, rowid, ? FROM {table.name} "
                f"WHERE rowid BETWEEN ? AND ? AND {column} IS NOT NULL"
            )
        inserts.append((f"{into} {select}", path))
    return inserts


def x__search_inserts__mutmut_6(collection: str) -> list[tuple[str, str]]:
    """Return, per searched field, the insert of its texts from the rows of a rowid range.

    Each takes (field path, first rowid, last rowid). The texts are read back from the
    rows just written: SQLite copies them into the FTS5 index with no round trip.
    """
    table = RECORD_TABLES[collection]
    into = f"INSERT INTO {table.search_table} (text, record, field)"
    inserts = []
    for path in table.search_fields:
        if collection == "XXactorsXX" and path == "aliases":
            select = (
                "SELECT alias, actor, ? || '.' || position FROM actor_aliases "
                "WHERE actor BETWEEN ? AND ?"
            )
        else:
            [column] = [name for name, read in COLUMNS[collection].items() if read == path]
            select = (
                f"SELECT {column}, rowid, ? FROM {table.name} "
                f"WHERE rowid BETWEEN ? AND ? AND {column} IS NOT NULL"
            )
        inserts.append((f"{into} {select}", path))
    return inserts


def x__search_inserts__mutmut_7(collection: str) -> list[tuple[str, str]]:
    """Return, per searched field, the insert of its texts from the rows of a rowid range.

    Each takes (field path, first rowid, last rowid). The texts are read back from the
    rows just written: SQLite copies them into the FTS5 index with no round trip.
    """
    table = RECORD_TABLES[collection]
    into = f"INSERT INTO {table.search_table} (text, record, field)"
    inserts = []
    for path in table.search_fields:
        if collection == "ACTORS" and path == "aliases":
            select = (
                "SELECT alias, actor, ? || '.' || position FROM actor_aliases "
                "WHERE actor BETWEEN ? AND ?"
            )
        else:
            [column] = [name for name, read in COLUMNS[collection].items() if read == path]
            select = (
                f"SELECT {column}, rowid, ? FROM {table.name} "
                f"WHERE rowid BETWEEN ? AND ? AND {column} IS NOT NULL"
            )
        inserts.append((f"{into} {select}", path))
    return inserts


def x__search_inserts__mutmut_8(collection: str) -> list[tuple[str, str]]:
    """Return, per searched field, the insert of its texts from the rows of a rowid range.

    Each takes (field path, first rowid, last rowid). The texts are read back from the
    rows just written: SQLite copies them into the FTS5 index with no round trip.
    """
    table = RECORD_TABLES[collection]
    into = f"INSERT INTO {table.search_table} (text, record, field)"
    inserts = []
    for path in table.search_fields:
        if collection == "actors" and path != "aliases":
            select = (
                "SELECT alias, actor, ? || '.' || position FROM actor_aliases "
                "WHERE actor BETWEEN ? AND ?"
            )
        else:
            [column] = [name for name, read in COLUMNS[collection].items() if read == path]
            select = (
                f"SELECT {column}, rowid, ? FROM {table.name} "
                f"WHERE rowid BETWEEN ? AND ? AND {column} IS NOT NULL"
            )
        inserts.append((f"{into} {select}", path))
    return inserts


def x__search_inserts__mutmut_9(collection: str) -> list[tuple[str, str]]:
    """Return, per searched field, the insert of its texts from the rows of a rowid range.

    Each takes (field path, first rowid, last rowid). The texts are read back from the
    rows just written: SQLite copies them into the FTS5 index with no round trip.
    """
    table = RECORD_TABLES[collection]
    into = f"INSERT INTO {table.search_table} (text, record, field)"
    inserts = []
    for path in table.search_fields:
        if collection == "actors" and path == "XXaliasesXX":
            select = (
                "SELECT alias, actor, ? || '.' || position FROM actor_aliases "
                "WHERE actor BETWEEN ? AND ?"
            )
        else:
            [column] = [name for name, read in COLUMNS[collection].items() if read == path]
            select = (
                f"SELECT {column}, rowid, ? FROM {table.name} "
                f"WHERE rowid BETWEEN ? AND ? AND {column} IS NOT NULL"
            )
        inserts.append((f"{into} {select}", path))
    return inserts


def x__search_inserts__mutmut_10(collection: str) -> list[tuple[str, str]]:
    """Return, per searched field, the insert of its texts from the rows of a rowid range.

    Each takes (field path, first rowid, last rowid). The texts are read back from the
    rows just written: SQLite copies them into the FTS5 index with no round trip.
    """
    table = RECORD_TABLES[collection]
    into = f"INSERT INTO {table.search_table} (text, record, field)"
    inserts = []
    for path in table.search_fields:
        if collection == "actors" and path == "ALIASES":
            select = (
                "SELECT alias, actor, ? || '.' || position FROM actor_aliases "
                "WHERE actor BETWEEN ? AND ?"
            )
        else:
            [column] = [name for name, read in COLUMNS[collection].items() if read == path]
            select = (
                f"SELECT {column}, rowid, ? FROM {table.name} "
                f"WHERE rowid BETWEEN ? AND ? AND {column} IS NOT NULL"
            )
        inserts.append((f"{into} {select}", path))
    return inserts


def x__search_inserts__mutmut_11(collection: str) -> list[tuple[str, str]]:
    """Return, per searched field, the insert of its texts from the rows of a rowid range.

    Each takes (field path, first rowid, last rowid). The texts are read back from the
    rows just written: SQLite copies them into the FTS5 index with no round trip.
    """
    table = RECORD_TABLES[collection]
    into = f"INSERT INTO {table.search_table} (text, record, field)"
    inserts = []
    for path in table.search_fields:
        if collection == "actors" and path == "aliases":
            select = None
        else:
            [column] = [name for name, read in COLUMNS[collection].items() if read == path]
            select = (
                f"SELECT {column}, rowid, ? FROM {table.name} "
                f"WHERE rowid BETWEEN ? AND ? AND {column} IS NOT NULL"
            )
        inserts.append((f"{into} {select}", path))
    return inserts


def x__search_inserts__mutmut_12(collection: str) -> list[tuple[str, str]]:
    """Return, per searched field, the insert of its texts from the rows of a rowid range.

    Each takes (field path, first rowid, last rowid). The texts are read back from the
    rows just written: SQLite copies them into the FTS5 index with no round trip.
    """
    table = RECORD_TABLES[collection]
    into = f"INSERT INTO {table.search_table} (text, record, field)"
    inserts = []
    for path in table.search_fields:
        if collection == "actors" and path == "aliases":
            select = (
                "XXSELECT alias, actor, ? || '.' || position FROM actor_aliases XX"
                "WHERE actor BETWEEN ? AND ?"
            )
        else:
            [column] = [name for name, read in COLUMNS[collection].items() if read == path]
            select = (
                f"SELECT {column}, rowid, ? FROM {table.name} "
                f"WHERE rowid BETWEEN ? AND ? AND {column} IS NOT NULL"
            )
        inserts.append((f"{into} {select}", path))
    return inserts


def x__search_inserts__mutmut_13(collection: str) -> list[tuple[str, str]]:
    """Return, per searched field, the insert of its texts from the rows of a rowid range.

    Each takes (field path, first rowid, last rowid). The texts are read back from the
    rows just written: SQLite copies them into the FTS5 index with no round trip.
    """
    table = RECORD_TABLES[collection]
    into = f"INSERT INTO {table.search_table} (text, record, field)"
    inserts = []
    for path in table.search_fields:
        if collection == "actors" and path == "aliases":
            select = (
                "select alias, actor, ? || '.' || position from actor_aliases "
                "WHERE actor BETWEEN ? AND ?"
            )
        else:
            [column] = [name for name, read in COLUMNS[collection].items() if read == path]
            select = (
                f"SELECT {column}, rowid, ? FROM {table.name} "
                f"WHERE rowid BETWEEN ? AND ? AND {column} IS NOT NULL"
            )
        inserts.append((f"{into} {select}", path))
    return inserts


def x__search_inserts__mutmut_14(collection: str) -> list[tuple[str, str]]:
    """Return, per searched field, the insert of its texts from the rows of a rowid range.

    Each takes (field path, first rowid, last rowid). The texts are read back from the
    rows just written: SQLite copies them into the FTS5 index with no round trip.
    """
    table = RECORD_TABLES[collection]
    into = f"INSERT INTO {table.search_table} (text, record, field)"
    inserts = []
    for path in table.search_fields:
        if collection == "actors" and path == "aliases":
            select = (
                "SELECT ALIAS, ACTOR, ? || '.' || POSITION FROM ACTOR_ALIASES "
                "WHERE actor BETWEEN ? AND ?"
            )
        else:
            [column] = [name for name, read in COLUMNS[collection].items() if read == path]
            select = (
                f"SELECT {column}, rowid, ? FROM {table.name} "
                f"WHERE rowid BETWEEN ? AND ? AND {column} IS NOT NULL"
            )
        inserts.append((f"{into} {select}", path))
    return inserts


def x__search_inserts__mutmut_15(collection: str) -> list[tuple[str, str]]:
    """Return, per searched field, the insert of its texts from the rows of a rowid range.

    Each takes (field path, first rowid, last rowid). The texts are read back from the
    rows just written: SQLite copies them into the FTS5 index with no round trip.
    """
    table = RECORD_TABLES[collection]
    into = f"INSERT INTO {table.search_table} (text, record, field)"
    inserts = []
    for path in table.search_fields:
        if collection == "actors" and path == "aliases":
            select = (
                "SELECT alias, actor, ? || '.' || position FROM actor_aliases "
                "XXWHERE actor BETWEEN ? AND ?XX"
            )
        else:
            [column] = [name for name, read in COLUMNS[collection].items() if read == path]
            select = (
                f"SELECT {column}, rowid, ? FROM {table.name} "
                f"WHERE rowid BETWEEN ? AND ? AND {column} IS NOT NULL"
            )
        inserts.append((f"{into} {select}", path))
    return inserts


def x__search_inserts__mutmut_16(collection: str) -> list[tuple[str, str]]:
    """Return, per searched field, the insert of its texts from the rows of a rowid range.

    Each takes (field path, first rowid, last rowid). The texts are read back from the
    rows just written: SQLite copies them into the FTS5 index with no round trip.
    """
    table = RECORD_TABLES[collection]
    into = f"INSERT INTO {table.search_table} (text, record, field)"
    inserts = []
    for path in table.search_fields:
        if collection == "actors" and path == "aliases":
            select = (
                "SELECT alias, actor, ? || '.' || position FROM actor_aliases "
                "where actor between ? and ?"
            )
        else:
            [column] = [name for name, read in COLUMNS[collection].items() if read == path]
            select = (
                f"SELECT {column}, rowid, ? FROM {table.name} "
                f"WHERE rowid BETWEEN ? AND ? AND {column} IS NOT NULL"
            )
        inserts.append((f"{into} {select}", path))
    return inserts


def x__search_inserts__mutmut_17(collection: str) -> list[tuple[str, str]]:
    """Return, per searched field, the insert of its texts from the rows of a rowid range.

    Each takes (field path, first rowid, last rowid). The texts are read back from the
    rows just written: SQLite copies them into the FTS5 index with no round trip.
    """
    table = RECORD_TABLES[collection]
    into = f"INSERT INTO {table.search_table} (text, record, field)"
    inserts = []
    for path in table.search_fields:
        if collection == "actors" and path == "aliases":
            select = (
                "SELECT alias, actor, ? || '.' || position FROM actor_aliases "
                "WHERE ACTOR BETWEEN ? AND ?"
            )
        else:
            [column] = [name for name, read in COLUMNS[collection].items() if read == path]
            select = (
                f"SELECT {column}, rowid, ? FROM {table.name} "
                f"WHERE rowid BETWEEN ? AND ? AND {column} IS NOT NULL"
            )
        inserts.append((f"{into} {select}", path))
    return inserts


def x__search_inserts__mutmut_18(collection: str) -> list[tuple[str, str]]:
    """Return, per searched field, the insert of its texts from the rows of a rowid range.

    Each takes (field path, first rowid, last rowid). The texts are read back from the
    rows just written: SQLite copies them into the FTS5 index with no round trip.
    """
    table = RECORD_TABLES[collection]
    into = f"INSERT INTO {table.search_table} (text, record, field)"
    inserts = []
    for path in table.search_fields:
        if collection == "actors" and path == "aliases":
            select = (
                "SELECT alias, actor, ? || '.' || position FROM actor_aliases "
                "WHERE actor BETWEEN ? AND ?"
            )
        else:
            [column] = None
            select = (
                f"SELECT {column}, rowid, ? FROM {table.name} "
                f"WHERE rowid BETWEEN ? AND ? AND {column} IS NOT NULL"
            )
        inserts.append((f"{into} {select}", path))
    return inserts


def x__search_inserts__mutmut_19(collection: str) -> list[tuple[str, str]]:
    """Return, per searched field, the insert of its texts from the rows of a rowid range.

    Each takes (field path, first rowid, last rowid). The texts are read back from the
    rows just written: SQLite copies them into the FTS5 index with no round trip.
    """
    table = RECORD_TABLES[collection]
    into = f"INSERT INTO {table.search_table} (text, record, field)"
    inserts = []
    for path in table.search_fields:
        if collection == "actors" and path == "aliases":
            select = (
                "SELECT alias, actor, ? || '.' || position FROM actor_aliases "
                "WHERE actor BETWEEN ? AND ?"
            )
        else:
            [column] = [name for name, read in COLUMNS[collection].items() if read != path]
            select = (
                f"SELECT {column}, rowid, ? FROM {table.name} "
                f"WHERE rowid BETWEEN ? AND ? AND {column} IS NOT NULL"
            )
        inserts.append((f"{into} {select}", path))
    return inserts


def x__search_inserts__mutmut_20(collection: str) -> list[tuple[str, str]]:
    """Return, per searched field, the insert of its texts from the rows of a rowid range.

    Each takes (field path, first rowid, last rowid). The texts are read back from the
    rows just written: SQLite copies them into the FTS5 index with no round trip.
    """
    table = RECORD_TABLES[collection]
    into = f"INSERT INTO {table.search_table} (text, record, field)"
    inserts = []
    for path in table.search_fields:
        if collection == "actors" and path == "aliases":
            select = (
                "SELECT alias, actor, ? || '.' || position FROM actor_aliases "
                "WHERE actor BETWEEN ? AND ?"
            )
        else:
            [column] = [name for name, read in COLUMNS[collection].items() if read == path]
            select = None
        inserts.append((f"{into} {select}", path))
    return inserts


def x__search_inserts__mutmut_21(collection: str) -> list[tuple[str, str]]:
    """Return, per searched field, the insert of its texts from the rows of a rowid range.

    Each takes (field path, first rowid, last rowid). The texts are read back from the
    rows just written: SQLite copies them into the FTS5 index with no round trip.
    """
    table = RECORD_TABLES[collection]
    into = f"INSERT INTO {table.search_table} (text, record, field)"
    inserts = []
    for path in table.search_fields:
        if collection == "actors" and path == "aliases":
            select = (
                "SELECT alias, actor, ? || '.' || position FROM actor_aliases "
                "WHERE actor BETWEEN ? AND ?"
            )
        else:
            [column] = [name for name, read in COLUMNS[collection].items() if read == path]
            select = (
                f"SELECT {column}, rowid, ? FROM {table.name} "
                f"WHERE rowid BETWEEN ? AND ? AND {column} IS NOT NULL"
            )
        inserts.append(None)
    return inserts

mutants_x__search_inserts__mutmut['_mutmut_orig'] = x__search_inserts__mutmut_orig # type: ignore # mutmut generated
mutants_x__search_inserts__mutmut['x__search_inserts__mutmut_1'] = x__search_inserts__mutmut_1 # type: ignore # mutmut generated
mutants_x__search_inserts__mutmut['x__search_inserts__mutmut_2'] = x__search_inserts__mutmut_2 # type: ignore # mutmut generated
mutants_x__search_inserts__mutmut['x__search_inserts__mutmut_3'] = x__search_inserts__mutmut_3 # type: ignore # mutmut generated
mutants_x__search_inserts__mutmut['x__search_inserts__mutmut_4'] = x__search_inserts__mutmut_4 # type: ignore # mutmut generated
mutants_x__search_inserts__mutmut['x__search_inserts__mutmut_5'] = x__search_inserts__mutmut_5 # type: ignore # mutmut generated
mutants_x__search_inserts__mutmut['x__search_inserts__mutmut_6'] = x__search_inserts__mutmut_6 # type: ignore # mutmut generated
mutants_x__search_inserts__mutmut['x__search_inserts__mutmut_7'] = x__search_inserts__mutmut_7 # type: ignore # mutmut generated
mutants_x__search_inserts__mutmut['x__search_inserts__mutmut_8'] = x__search_inserts__mutmut_8 # type: ignore # mutmut generated
mutants_x__search_inserts__mutmut['x__search_inserts__mutmut_9'] = x__search_inserts__mutmut_9 # type: ignore # mutmut generated
mutants_x__search_inserts__mutmut['x__search_inserts__mutmut_10'] = x__search_inserts__mutmut_10 # type: ignore # mutmut generated
mutants_x__search_inserts__mutmut['x__search_inserts__mutmut_11'] = x__search_inserts__mutmut_11 # type: ignore # mutmut generated
mutants_x__search_inserts__mutmut['x__search_inserts__mutmut_12'] = x__search_inserts__mutmut_12 # type: ignore # mutmut generated
mutants_x__search_inserts__mutmut['x__search_inserts__mutmut_13'] = x__search_inserts__mutmut_13 # type: ignore # mutmut generated
mutants_x__search_inserts__mutmut['x__search_inserts__mutmut_14'] = x__search_inserts__mutmut_14 # type: ignore # mutmut generated
mutants_x__search_inserts__mutmut['x__search_inserts__mutmut_15'] = x__search_inserts__mutmut_15 # type: ignore # mutmut generated
mutants_x__search_inserts__mutmut['x__search_inserts__mutmut_16'] = x__search_inserts__mutmut_16 # type: ignore # mutmut generated
mutants_x__search_inserts__mutmut['x__search_inserts__mutmut_17'] = x__search_inserts__mutmut_17 # type: ignore # mutmut generated
mutants_x__search_inserts__mutmut['x__search_inserts__mutmut_18'] = x__search_inserts__mutmut_18 # type: ignore # mutmut generated
mutants_x__search_inserts__mutmut['x__search_inserts__mutmut_19'] = x__search_inserts__mutmut_19 # type: ignore # mutmut generated
mutants_x__search_inserts__mutmut['x__search_inserts__mutmut_20'] = x__search_inserts__mutmut_20 # type: ignore # mutmut generated
mutants_x__search_inserts__mutmut['x__search_inserts__mutmut_21'] = x__search_inserts__mutmut_21 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__list_rows__mutmut)
def _list_rows(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_orig(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_1(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = None
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_2(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(None)
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_3(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(None, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_4(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=None))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_5(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_6(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, ))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_7(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection != "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_8(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "XXactorsXX":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_9(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "ACTORS":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_10(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "XXINSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)XX",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_11(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "insert into actor_aliases (actor, position, alias) values (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_12(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO ACTOR_ALIASES (ACTOR, POSITION, ALIAS) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_13(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(None)],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_14(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["XXaliasesXX"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_15(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["ALIASES"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_16(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "XXINSERT INTO actor_roles (actor, position, title, organization, former) XX"
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_17(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "insert into actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_18(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO ACTOR_ROLES (ACTOR, POSITION, TITLE, ORGANIZATION, FORMER) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_19(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "XXVALUES (?, ?, ?, ?, ?)XX",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_20(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "values (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_21(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["XXtitleXX"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_22(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["TITLE"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_23(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["XXorganizationXX"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_24(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["ORGANIZATION"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_25(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["XXformerXX"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_26(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["FORMER"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_27(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(None)
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_28(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["XXrolesXX"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_29(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["ROLES"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_30(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection != "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_31(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "XXstatementsXX":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_32(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "STATEMENTS":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_33(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("XXstatement_addresseesXX", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_34(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("STATEMENT_ADDRESSEES", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_35(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "XXactorXX", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_36(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "ACTOR", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_37(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "XXaddresseesXX"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_38(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "ADDRESSEES"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_39(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("XXstatement_mentionsXX", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_40(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("STATEMENT_MENTIONS", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_41(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "XXactorXX", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_42(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "ACTOR", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_43(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "XXmentionsXX"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_44(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "MENTIONS"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_45(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("XXstatement_topicsXX", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_46(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("STATEMENT_TOPICS", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_47(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "XXtopicXX", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_48(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "TOPIC", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_49(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "XXtopicsXX"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_50(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "TOPICS"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_51(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(None)],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_52(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection != "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_53(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "XXaid_figuresXX":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_54(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "AID_FIGURES":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_55(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "XXINSERT INTO aid_figure_equivalents XX"
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_56(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "insert into aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_57(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO AID_FIGURE_EQUIVALENTS "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_58(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "XX(aid_figure, position, value, currency, qualifier, converted_by) XX"
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_59(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(AID_FIGURE, POSITION, VALUE, CURRENCY, QUALIFIER, CONVERTED_BY) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_60(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "XXVALUES (?, ?, ?, ?, ?, ?)XX",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_61(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "values (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_62(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["XXvalueXX"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_63(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["VALUE"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_64(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["XXcurrencyXX"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_65(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["CURRENCY"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_66(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["XXqualifierXX"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_67(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["QUALIFIER"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_68(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["XXconverted_byXX"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_69(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["CONVERTED_BY"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def x__list_rows__mutmut_70(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(None)
            ],
        )


def x__list_rows__mutmut_71(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["XXequivalentsXX"])
            ],
        )


def x__list_rows__mutmut_72(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["EQUIVALENTS"])
            ],
        )

mutants_x__list_rows__mutmut['_mutmut_orig'] = x__list_rows__mutmut_orig # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_1'] = x__list_rows__mutmut_1 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_2'] = x__list_rows__mutmut_2 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_3'] = x__list_rows__mutmut_3 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_4'] = x__list_rows__mutmut_4 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_5'] = x__list_rows__mutmut_5 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_6'] = x__list_rows__mutmut_6 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_7'] = x__list_rows__mutmut_7 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_8'] = x__list_rows__mutmut_8 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_9'] = x__list_rows__mutmut_9 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_10'] = x__list_rows__mutmut_10 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_11'] = x__list_rows__mutmut_11 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_12'] = x__list_rows__mutmut_12 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_13'] = x__list_rows__mutmut_13 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_14'] = x__list_rows__mutmut_14 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_15'] = x__list_rows__mutmut_15 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_16'] = x__list_rows__mutmut_16 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_17'] = x__list_rows__mutmut_17 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_18'] = x__list_rows__mutmut_18 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_19'] = x__list_rows__mutmut_19 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_20'] = x__list_rows__mutmut_20 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_21'] = x__list_rows__mutmut_21 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_22'] = x__list_rows__mutmut_22 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_23'] = x__list_rows__mutmut_23 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_24'] = x__list_rows__mutmut_24 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_25'] = x__list_rows__mutmut_25 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_26'] = x__list_rows__mutmut_26 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_27'] = x__list_rows__mutmut_27 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_28'] = x__list_rows__mutmut_28 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_29'] = x__list_rows__mutmut_29 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_30'] = x__list_rows__mutmut_30 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_31'] = x__list_rows__mutmut_31 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_32'] = x__list_rows__mutmut_32 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_33'] = x__list_rows__mutmut_33 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_34'] = x__list_rows__mutmut_34 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_35'] = x__list_rows__mutmut_35 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_36'] = x__list_rows__mutmut_36 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_37'] = x__list_rows__mutmut_37 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_38'] = x__list_rows__mutmut_38 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_39'] = x__list_rows__mutmut_39 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_40'] = x__list_rows__mutmut_40 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_41'] = x__list_rows__mutmut_41 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_42'] = x__list_rows__mutmut_42 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_43'] = x__list_rows__mutmut_43 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_44'] = x__list_rows__mutmut_44 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_45'] = x__list_rows__mutmut_45 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_46'] = x__list_rows__mutmut_46 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_47'] = x__list_rows__mutmut_47 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_48'] = x__list_rows__mutmut_48 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_49'] = x__list_rows__mutmut_49 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_50'] = x__list_rows__mutmut_50 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_51'] = x__list_rows__mutmut_51 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_52'] = x__list_rows__mutmut_52 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_53'] = x__list_rows__mutmut_53 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_54'] = x__list_rows__mutmut_54 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_55'] = x__list_rows__mutmut_55 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_56'] = x__list_rows__mutmut_56 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_57'] = x__list_rows__mutmut_57 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_58'] = x__list_rows__mutmut_58 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_59'] = x__list_rows__mutmut_59 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_60'] = x__list_rows__mutmut_60 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_61'] = x__list_rows__mutmut_61 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_62'] = x__list_rows__mutmut_62 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_63'] = x__list_rows__mutmut_63 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_64'] = x__list_rows__mutmut_64 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_65'] = x__list_rows__mutmut_65 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_66'] = x__list_rows__mutmut_66 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_67'] = x__list_rows__mutmut_67 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_68'] = x__list_rows__mutmut_68 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_69'] = x__list_rows__mutmut_69 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_70'] = x__list_rows__mutmut_70 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_71'] = x__list_rows__mutmut_71 # type: ignore # mutmut generated
mutants_x__list_rows__mutmut['x__list_rows__mutmut_72'] = x__list_rows__mutmut_72 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__write_topics__mutmut)
def _write_topics(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("SELECT topic, count(*) FROM statement_topics GROUP BY topic"))
    topics = list(enumerate(sorted(TOPICS), start=1))
    connection.executemany(
        "INSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)",
        [(rowid, topic, TOPICS[topic], counts.get(topic, 0)) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(topic, TOPICS[topic], counts.get(topic, 0)))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_orig(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("SELECT topic, count(*) FROM statement_topics GROUP BY topic"))
    topics = list(enumerate(sorted(TOPICS), start=1))
    connection.executemany(
        "INSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)",
        [(rowid, topic, TOPICS[topic], counts.get(topic, 0)) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(topic, TOPICS[topic], counts.get(topic, 0)))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_1(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = None
    topics = list(enumerate(sorted(TOPICS), start=1))
    connection.executemany(
        "INSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)",
        [(rowid, topic, TOPICS[topic], counts.get(topic, 0)) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(topic, TOPICS[topic], counts.get(topic, 0)))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_2(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(None)
    topics = list(enumerate(sorted(TOPICS), start=1))
    connection.executemany(
        "INSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)",
        [(rowid, topic, TOPICS[topic], counts.get(topic, 0)) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(topic, TOPICS[topic], counts.get(topic, 0)))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_3(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute(None))
    topics = list(enumerate(sorted(TOPICS), start=1))
    connection.executemany(
        "INSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)",
        [(rowid, topic, TOPICS[topic], counts.get(topic, 0)) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(topic, TOPICS[topic], counts.get(topic, 0)))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_4(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("XXSELECT topic, count(*) FROM statement_topics GROUP BY topicXX"))
    topics = list(enumerate(sorted(TOPICS), start=1))
    connection.executemany(
        "INSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)",
        [(rowid, topic, TOPICS[topic], counts.get(topic, 0)) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(topic, TOPICS[topic], counts.get(topic, 0)))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_5(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("select topic, count(*) from statement_topics group by topic"))
    topics = list(enumerate(sorted(TOPICS), start=1))
    connection.executemany(
        "INSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)",
        [(rowid, topic, TOPICS[topic], counts.get(topic, 0)) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(topic, TOPICS[topic], counts.get(topic, 0)))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_6(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("SELECT TOPIC, COUNT(*) FROM STATEMENT_TOPICS GROUP BY TOPIC"))
    topics = list(enumerate(sorted(TOPICS), start=1))
    connection.executemany(
        "INSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)",
        [(rowid, topic, TOPICS[topic], counts.get(topic, 0)) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(topic, TOPICS[topic], counts.get(topic, 0)))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_7(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("SELECT topic, count(*) FROM statement_topics GROUP BY topic"))
    topics = None
    connection.executemany(
        "INSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)",
        [(rowid, topic, TOPICS[topic], counts.get(topic, 0)) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(topic, TOPICS[topic], counts.get(topic, 0)))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_8(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("SELECT topic, count(*) FROM statement_topics GROUP BY topic"))
    topics = list(None)
    connection.executemany(
        "INSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)",
        [(rowid, topic, TOPICS[topic], counts.get(topic, 0)) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(topic, TOPICS[topic], counts.get(topic, 0)))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_9(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("SELECT topic, count(*) FROM statement_topics GROUP BY topic"))
    topics = list(enumerate(None, start=1))
    connection.executemany(
        "INSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)",
        [(rowid, topic, TOPICS[topic], counts.get(topic, 0)) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(topic, TOPICS[topic], counts.get(topic, 0)))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_10(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("SELECT topic, count(*) FROM statement_topics GROUP BY topic"))
    topics = list(enumerate(sorted(TOPICS), start=None))
    connection.executemany(
        "INSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)",
        [(rowid, topic, TOPICS[topic], counts.get(topic, 0)) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(topic, TOPICS[topic], counts.get(topic, 0)))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_11(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("SELECT topic, count(*) FROM statement_topics GROUP BY topic"))
    topics = list(enumerate(start=1))
    connection.executemany(
        "INSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)",
        [(rowid, topic, TOPICS[topic], counts.get(topic, 0)) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(topic, TOPICS[topic], counts.get(topic, 0)))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_12(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("SELECT topic, count(*) FROM statement_topics GROUP BY topic"))
    topics = list(enumerate(sorted(TOPICS), ))
    connection.executemany(
        "INSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)",
        [(rowid, topic, TOPICS[topic], counts.get(topic, 0)) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(topic, TOPICS[topic], counts.get(topic, 0)))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_13(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("SELECT topic, count(*) FROM statement_topics GROUP BY topic"))
    topics = list(enumerate(sorted(None), start=1))
    connection.executemany(
        "INSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)",
        [(rowid, topic, TOPICS[topic], counts.get(topic, 0)) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(topic, TOPICS[topic], counts.get(topic, 0)))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_14(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("SELECT topic, count(*) FROM statement_topics GROUP BY topic"))
    topics = list(enumerate(sorted(TOPICS), start=2))
    connection.executemany(
        "INSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)",
        [(rowid, topic, TOPICS[topic], counts.get(topic, 0)) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(topic, TOPICS[topic], counts.get(topic, 0)))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_15(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("SELECT topic, count(*) FROM statement_topics GROUP BY topic"))
    topics = list(enumerate(sorted(TOPICS), start=1))
    connection.executemany(
        None,
        [(rowid, topic, TOPICS[topic], counts.get(topic, 0)) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(topic, TOPICS[topic], counts.get(topic, 0)))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_16(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("SELECT topic, count(*) FROM statement_topics GROUP BY topic"))
    topics = list(enumerate(sorted(TOPICS), start=1))
    connection.executemany(
        "INSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)",
        None,
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(topic, TOPICS[topic], counts.get(topic, 0)))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_17(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("SELECT topic, count(*) FROM statement_topics GROUP BY topic"))
    topics = list(enumerate(sorted(TOPICS), start=1))
    connection.executemany(
        [(rowid, topic, TOPICS[topic], counts.get(topic, 0)) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(topic, TOPICS[topic], counts.get(topic, 0)))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_18(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("SELECT topic, count(*) FROM statement_topics GROUP BY topic"))
    topics = list(enumerate(sorted(TOPICS), start=1))
    connection.executemany(
        "INSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)",
        )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(topic, TOPICS[topic], counts.get(topic, 0)))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_19(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("SELECT topic, count(*) FROM statement_topics GROUP BY topic"))
    topics = list(enumerate(sorted(TOPICS), start=1))
    connection.executemany(
        "XXINSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)XX",
        [(rowid, topic, TOPICS[topic], counts.get(topic, 0)) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(topic, TOPICS[topic], counts.get(topic, 0)))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_20(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("SELECT topic, count(*) FROM statement_topics GROUP BY topic"))
    topics = list(enumerate(sorted(TOPICS), start=1))
    connection.executemany(
        "insert into topics (rowid, id, description, statement_count) values (?, ?, ?, ?)",
        [(rowid, topic, TOPICS[topic], counts.get(topic, 0)) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(topic, TOPICS[topic], counts.get(topic, 0)))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_21(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("SELECT topic, count(*) FROM statement_topics GROUP BY topic"))
    topics = list(enumerate(sorted(TOPICS), start=1))
    connection.executemany(
        "INSERT INTO TOPICS (ROWID, ID, DESCRIPTION, STATEMENT_COUNT) VALUES (?, ?, ?, ?)",
        [(rowid, topic, TOPICS[topic], counts.get(topic, 0)) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(topic, TOPICS[topic], counts.get(topic, 0)))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_22(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("SELECT topic, count(*) FROM statement_topics GROUP BY topic"))
    topics = list(enumerate(sorted(TOPICS), start=1))
    connection.executemany(
        "INSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)",
        [(rowid, topic, TOPICS[topic], counts.get(None, 0)) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(topic, TOPICS[topic], counts.get(topic, 0)))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_23(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("SELECT topic, count(*) FROM statement_topics GROUP BY topic"))
    topics = list(enumerate(sorted(TOPICS), start=1))
    connection.executemany(
        "INSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)",
        [(rowid, topic, TOPICS[topic], counts.get(topic, None)) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(topic, TOPICS[topic], counts.get(topic, 0)))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_24(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("SELECT topic, count(*) FROM statement_topics GROUP BY topic"))
    topics = list(enumerate(sorted(TOPICS), start=1))
    connection.executemany(
        "INSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)",
        [(rowid, topic, TOPICS[topic], counts.get(0)) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(topic, TOPICS[topic], counts.get(topic, 0)))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_25(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("SELECT topic, count(*) FROM statement_topics GROUP BY topic"))
    topics = list(enumerate(sorted(TOPICS), start=1))
    connection.executemany(
        "INSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)",
        [(rowid, topic, TOPICS[topic], counts.get(topic, )) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(topic, TOPICS[topic], counts.get(topic, 0)))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_26(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("SELECT topic, count(*) FROM statement_topics GROUP BY topic"))
    topics = list(enumerate(sorted(TOPICS), start=1))
    connection.executemany(
        "INSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)",
        [(rowid, topic, TOPICS[topic], counts.get(topic, 1)) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(topic, TOPICS[topic], counts.get(topic, 0)))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_27(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("SELECT topic, count(*) FROM statement_topics GROUP BY topic"))
    topics = list(enumerate(sorted(TOPICS), start=1))
    connection.executemany(
        "INSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)",
        [(rowid, topic, TOPICS[topic], counts.get(topic, 0)) for rowid, topic in topics],
    )
    connection.executemany(
        None,
        [
            (rowid, renderer.topic(topic, TOPICS[topic], counts.get(topic, 0)))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_28(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("SELECT topic, count(*) FROM statement_topics GROUP BY topic"))
    topics = list(enumerate(sorted(TOPICS), start=1))
    connection.executemany(
        "INSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)",
        [(rowid, topic, TOPICS[topic], counts.get(topic, 0)) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        None,
    )


def x__write_topics__mutmut_29(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("SELECT topic, count(*) FROM statement_topics GROUP BY topic"))
    topics = list(enumerate(sorted(TOPICS), start=1))
    connection.executemany(
        "INSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)",
        [(rowid, topic, TOPICS[topic], counts.get(topic, 0)) for rowid, topic in topics],
    )
    connection.executemany(
        [
            (rowid, renderer.topic(topic, TOPICS[topic], counts.get(topic, 0)))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_30(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("SELECT topic, count(*) FROM statement_topics GROUP BY topic"))
    topics = list(enumerate(sorted(TOPICS), start=1))
    connection.executemany(
        "INSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)",
        [(rowid, topic, TOPICS[topic], counts.get(topic, 0)) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        )


def x__write_topics__mutmut_31(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("SELECT topic, count(*) FROM statement_topics GROUP BY topic"))
    topics = list(enumerate(sorted(TOPICS), start=1))
    connection.executemany(
        "INSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)",
        [(rowid, topic, TOPICS[topic], counts.get(topic, 0)) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(None, TOPICS[topic], counts.get(topic, 0)))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_32(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("SELECT topic, count(*) FROM statement_topics GROUP BY topic"))
    topics = list(enumerate(sorted(TOPICS), start=1))
    connection.executemany(
        "INSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)",
        [(rowid, topic, TOPICS[topic], counts.get(topic, 0)) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(topic, None, counts.get(topic, 0)))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_33(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("SELECT topic, count(*) FROM statement_topics GROUP BY topic"))
    topics = list(enumerate(sorted(TOPICS), start=1))
    connection.executemany(
        "INSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)",
        [(rowid, topic, TOPICS[topic], counts.get(topic, 0)) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(topic, TOPICS[topic], None))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_34(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("SELECT topic, count(*) FROM statement_topics GROUP BY topic"))
    topics = list(enumerate(sorted(TOPICS), start=1))
    connection.executemany(
        "INSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)",
        [(rowid, topic, TOPICS[topic], counts.get(topic, 0)) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(TOPICS[topic], counts.get(topic, 0)))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_35(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("SELECT topic, count(*) FROM statement_topics GROUP BY topic"))
    topics = list(enumerate(sorted(TOPICS), start=1))
    connection.executemany(
        "INSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)",
        [(rowid, topic, TOPICS[topic], counts.get(topic, 0)) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(topic, counts.get(topic, 0)))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_36(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("SELECT topic, count(*) FROM statement_topics GROUP BY topic"))
    topics = list(enumerate(sorted(TOPICS), start=1))
    connection.executemany(
        "INSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)",
        [(rowid, topic, TOPICS[topic], counts.get(topic, 0)) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(topic, TOPICS[topic], ))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_37(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("SELECT topic, count(*) FROM statement_topics GROUP BY topic"))
    topics = list(enumerate(sorted(TOPICS), start=1))
    connection.executemany(
        "INSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)",
        [(rowid, topic, TOPICS[topic], counts.get(topic, 0)) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(topic, TOPICS[topic], counts.get(None, 0)))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_38(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("SELECT topic, count(*) FROM statement_topics GROUP BY topic"))
    topics = list(enumerate(sorted(TOPICS), start=1))
    connection.executemany(
        "INSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)",
        [(rowid, topic, TOPICS[topic], counts.get(topic, 0)) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(topic, TOPICS[topic], counts.get(topic, None)))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_39(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("SELECT topic, count(*) FROM statement_topics GROUP BY topic"))
    topics = list(enumerate(sorted(TOPICS), start=1))
    connection.executemany(
        "INSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)",
        [(rowid, topic, TOPICS[topic], counts.get(topic, 0)) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(topic, TOPICS[topic], counts.get(0)))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_40(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("SELECT topic, count(*) FROM statement_topics GROUP BY topic"))
    topics = list(enumerate(sorted(TOPICS), start=1))
    connection.executemany(
        "INSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)",
        [(rowid, topic, TOPICS[topic], counts.get(topic, 0)) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(topic, TOPICS[topic], counts.get(topic, )))
            for rowid, topic in topics
        ],
    )


def x__write_topics__mutmut_41(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("SELECT topic, count(*) FROM statement_topics GROUP BY topic"))
    topics = list(enumerate(sorted(TOPICS), start=1))
    connection.executemany(
        "INSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)",
        [(rowid, topic, TOPICS[topic], counts.get(topic, 0)) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(topic, TOPICS[topic], counts.get(topic, 1)))
            for rowid, topic in topics
        ],
    )

mutants_x__write_topics__mutmut['_mutmut_orig'] = x__write_topics__mutmut_orig # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_1'] = x__write_topics__mutmut_1 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_2'] = x__write_topics__mutmut_2 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_3'] = x__write_topics__mutmut_3 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_4'] = x__write_topics__mutmut_4 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_5'] = x__write_topics__mutmut_5 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_6'] = x__write_topics__mutmut_6 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_7'] = x__write_topics__mutmut_7 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_8'] = x__write_topics__mutmut_8 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_9'] = x__write_topics__mutmut_9 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_10'] = x__write_topics__mutmut_10 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_11'] = x__write_topics__mutmut_11 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_12'] = x__write_topics__mutmut_12 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_13'] = x__write_topics__mutmut_13 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_14'] = x__write_topics__mutmut_14 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_15'] = x__write_topics__mutmut_15 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_16'] = x__write_topics__mutmut_16 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_17'] = x__write_topics__mutmut_17 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_18'] = x__write_topics__mutmut_18 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_19'] = x__write_topics__mutmut_19 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_20'] = x__write_topics__mutmut_20 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_21'] = x__write_topics__mutmut_21 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_22'] = x__write_topics__mutmut_22 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_23'] = x__write_topics__mutmut_23 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_24'] = x__write_topics__mutmut_24 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_25'] = x__write_topics__mutmut_25 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_26'] = x__write_topics__mutmut_26 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_27'] = x__write_topics__mutmut_27 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_28'] = x__write_topics__mutmut_28 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_29'] = x__write_topics__mutmut_29 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_30'] = x__write_topics__mutmut_30 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_31'] = x__write_topics__mutmut_31 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_32'] = x__write_topics__mutmut_32 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_33'] = x__write_topics__mutmut_33 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_34'] = x__write_topics__mutmut_34 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_35'] = x__write_topics__mutmut_35 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_36'] = x__write_topics__mutmut_36 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_37'] = x__write_topics__mutmut_37 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_38'] = x__write_topics__mutmut_38 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_39'] = x__write_topics__mutmut_39 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_40'] = x__write_topics__mutmut_40 # type: ignore # mutmut generated
mutants_x__write_topics__mutmut['x__write_topics__mutmut_41'] = x__write_topics__mutmut_41 # type: ignore # mutmut generated

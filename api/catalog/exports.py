"""Exports of a collection: CSV (flattened columns) and NDJSON (the page's items, one per line).

Both are made from the records as the snapshot stores them rendered, one batch of rows
at a time: an export of any size is made as it is sent, never held whole.

CSV is RFC 4180 (``csv`` module, CRLF line ends, quotes doubled), UTF-8 without a byte
order mark, one header row, one row per record, with the columns the spec declares
(``CsvColumn``): nested objects become columns named by their path (``speaker_id``,
``evidence_paragraph``); lists are joined with ``"; "``; numbers are plain digits; null is
an empty cell. A free-text cell (``Kind.TEXT``) beginning with ``=``, ``+``, ``-``, ``@``,
a tab or a carriage return, which a spreadsheet would run as a formula, starts with an
apostrophe instead (OWASP, "CSV Injection"); ids, codes, dates and numbers, which the
record schemas keep from ever starting like a formula, are never touched.
"""

import csv
import io
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import orjson

from api.spec.collections import LIST_SEPARATOR
from api.spec.model import Collection, CsvColumn, Kind

Item = Mapping[str, Any]

#: What a spreadsheet reads as the start of a formula (OWASP's list).
FORMULA_STARTS = frozenset("=+-@\t\r")
#: Rows written per chunk of the response.
ROWS_PER_CHUNK = 500


@dataclass(frozen=True)
class Export:
    """Every record a query selects, in CSV or NDJSON, made as it is read.

    ``key`` determines every byte (the snapshot's build, the code's version and the
    query): a validator of the export without holding its body.
    """

    collection: Collection
    format: str
    chunks: Callable[[], Iterator[bytes]]
    key: str
    filename: str


def _step(value: Any, part: str) -> Any:
    return None if value is None else value[part]


def reader(column: CsvColumn) -> Callable[[Item], Any]:
    """Return the function reading a column's cell from a rendered record.

    A ``*`` part of the path takes every element of a list: the cell joins what the rest
    of the path reads from each.
    """
    if callable(column.read):
        return column.read
    path, listed, each = column.read.partition(".*")
    parts = path.split(".")
    inner = each.removeprefix(".").split(".") if each else []

    def read(item: Item) -> Any:
        value: Any = item
        for part in parts:
            value = _step(value, part)
        if not listed:
            return value
        elements = []
        for element in value:
            for part in inner:
                element = _step(element, part)
            elements.append(str(element))
        return LIST_SEPARATOR.join(elements)

    return read


def neutralized(value: str) -> str:
    """Return text as a cell a spreadsheet will not run: with an apostrophe before a formula.

    Only a cell's first character starts a formula; a list's later elements cannot.
    """
    return "'" + value if value[:1] in FORMULA_STARTS else value


def csv_chunks(collection: Collection, records: Iterable[bytes]) -> Iterator[bytes]:
    """Yield the CSV of rendered records: the header row, then a chunk per batch of rows.

    The csv module writes None as an empty cell and numbers as their digits.
    """
    columns = collection.csv_columns
    readers = [reader(column) for column in columns]
    free = [index for index, column in enumerate(columns) if column.kind is Kind.TEXT]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([column.name for column in columns])
    rows = []
    for record in records:
        item = orjson.loads(record)
        row = [read(item) for read in readers]
        for index in free:
            if row[index]:
                row[index] = neutralized(row[index])
        rows.append(row)
        if len(rows) == ROWS_PER_CHUNK:
            writer.writerows(rows)
            rows = []
            yield _drain(buffer)
    writer.writerows(rows)
    yield _drain(buffer)


def _drain(buffer: io.StringIO) -> bytes:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text.encode("utf-8")


def ndjson_chunks(items: Iterable[bytes]) -> Iterator[bytes]:
    """Yield the NDJSON of items: each on its own line, a chunk per batch of lines."""
    lines: list[bytes] = []
    for item in items:
        lines.append(item)
        if len(lines) == ROWS_PER_CHUNK:
            yield b"\n".join(lines) + b"\n"
            lines = []
    if lines:
        yield b"\n".join(lines) + b"\n"

"""Exports of a collection: CSV (flattened columns) and NDJSON (the page's items, one per line).

Both are made from the records as the snapshot stores them rendered, one batch of rows
at a time: an export of any size is streamed, never held whole.

CSV is RFC 4180 (``csv`` module, CRLF line ends, quotes doubled), UTF-8 without a byte
order mark, one header row, one row per record. Nested objects become columns named by
their path (``speaker_id``, ``evidence_paragraph``); lists are joined with ``"; "``;
numbers are plain digits; null is an empty cell. A text cell beginning with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return, which a spreadsheet would run as a
formula, starts with an apostrophe instead (OWASP, "CSV Injection").
"""

import csv
import io
import operator
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import orjson

Item = dict[str, Any]


@dataclass(frozen=True)
class Column:
    """A CSV column: its header, how to read its value from a rendered record, and whether
    the value is free text (else an id, a vocabulary term, a code, a date or a number,
    which the schemas keep from ever starting like a formula)."""

    name: str
    read: Callable[[Item], Any]
    free_text: bool


#: Joins the values of a list in one cell.
LIST_SEPARATOR = "; "
#: What a spreadsheet reads as the start of a formula (OWASP's list).
FORMULA_STARTS = frozenset("=+-@\t\r")
#: Rows written per chunk of the response.
ROWS_PER_CHUNK = 500


def _reader(path: tuple[str, ...]) -> Callable[[Item], Any]:
    if len(path) == 1:
        return operator.itemgetter(path[0])
    outer, inner = path

    def read(item: Item) -> Any:
        found = item[outer]
        return None if found is None else found[inner]

    return read


def text(name: str, *path: str) -> Column:
    """A column of free text at ``path`` (``name`` itself by default)."""
    return Column(name, _reader(path or (name,)), True)


def code(name: str, *path: str) -> Column:
    """A column of ids, vocabulary terms, codes, dates or numbers at ``path``."""
    return Column(name, _reader(path or (name,)), False)


def each(name: str, path: str, *inner: str, free_text: bool) -> Column:
    """A column of a list: each element (its value at ``inner``), joined."""
    get = _reader(inner) if inner else None

    def read(item: Item) -> str:
        values = item[path] if get is None else [get(element) for element in item[path]]
        return LIST_SEPARATOR.join(map(str, values))

    return Column(name, read, free_text)


def _roles(item: Item) -> str:
    roles = []
    for role in item["roles"]:
        organization = role["organization"]
        title = (
            role["title"] if organization is None else f"{role['title']} ({organization['name']})"
        )
        roles.append(f"{title} [former]" if role["former"] else title)
    return LIST_SEPARATOR.join(roles)


_EVIDENCE = [
    Column("evidence_article", lambda item: item["evidence"]["article"]["id"], False),
    code("evidence_paragraph", "evidence", "paragraph"),
    code("evidence_section", "evidence", "section"),
    text("evidence_exact", "evidence", "exact"),
]

#: The CSV columns of each collection, in order (README, "Exports", documents them).
COLUMNS: dict[str, list[Column]] = {
    "articles": [
        code("id"),
        text("headline"),
        text("publisher"),
        code("published"),
        code("language"),
        text("url"),
        text("credit"),
        text("summary"),
        code("paragraphs"),
        code("text_sha256"),
    ],
    "actors": [
        code("id"),
        text("name"),
        code("kind"),
        code("classification"),
        each("aliases", "aliases", free_text=True),
        Column("roles", _roles, True),
        code("country"),
        code("part_of_id", "part_of", "id"),
        text("part_of_name", "part_of", "name"),
        text("description"),
        *_EVIDENCE,
    ],
    "statements": [
        code("id"),
        code("speaker_id", "speaker", "id"),
        text("speaker_name", "speaker", "name"),
        text("attribution"),
        code("speech_type"),
        text("text"),
        text("cue"),
        code("said_on"),
        text("place"),
        text("occasion"),
        code("reported_by_id", "reported_by", "id"),
        each("addressee_ids", "addressees", "id", free_text=False),
        each("addressee_names", "addressees", "name", free_text=True),
        each("mention_ids", "mentions", "id", free_text=False),
        each("mention_names", "mentions", "name", free_text=True),
        each("topics", "topics", free_text=False),
        *_EVIDENCE,
    ],
    "aid_figures": [
        code("id"),
        code("donor_id", "donor", "id"),
        text("donor_name", "donor", "name"),
        code("recipient_id", "recipient", "id"),
        text("recipient_name", "recipient", "name"),
        code("amount_value", "amount", "value"),
        code("amount_currency", "amount", "currency"),
        code("amount_qualifier", "amount", "qualifier"),
        each("equivalent_values", "equivalents", "value", free_text=False),
        each("equivalent_currencies", "equivalents", "currency", free_text=False),
        each("equivalent_qualifiers", "equivalents", "qualifier", free_text=False),
        each("equivalent_converted_by", "equivalents", "converted_by", free_text=False),
        code("aid_type"),
        code("measure"),
        code("period_start", "period", "start"),
        code("period_end", "period", "end"),
        code("as_of"),
        text("purpose"),
        code("reported_by_id", "reported_by", "id"),
        *_EVIDENCE,
    ],
    "topics": [code("id"), text("description"), code("statement_count")],
}


def neutralized(value: str) -> str:
    """Return text as a cell a spreadsheet will not run: with an apostrophe before a formula.

    Only a cell's first character starts a formula; a list's later elements cannot.
    """
    return "'" + value if value[:1] in FORMULA_STARTS else value


def csv_chunks(collection: str, records: Iterable[bytes]) -> Iterator[bytes]:
    """Yield the CSV of rendered records: the header row, then a chunk per batch of rows.

    The csv module writes None as an empty cell and numbers as their digits.
    """
    columns = COLUMNS[collection]
    readers = [column.read for column in columns]
    free = [index for index, column in enumerate(columns) if column.free_text]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([column.name for column in columns])
    rows = []
    for record in records:
        item = orjson.loads(record)
        row = [read(item) for read in readers]
        for index in free:
            value = row[index]
            if value and value[0] in FORMULA_STARTS:
                row[index] = "'" + value
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

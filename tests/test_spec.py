"""The collections' spec is the one declaration: what it says holds everywhere it is used.

- every filter and every sort has its index in a built snapshot;
- a CSV column is free text exactly where the record schemas say the value is free text
  (a String with no vocabulary and no pattern), and every free-text cell is neutralized;
- a field is named by its spec entry, its record schema and at most one more file of
  ``api/`` and ``schemas/``.
"""

import copy
import csv
import io
import re
import sqlite3
import tokenize
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
from flask import Flask
from marshmallow import Schema, fields, validate

from api.catalog.exports import csv_chunks
from api.dataset.ddl import list_columns
from api.spec.collections import COLLECTIONS, RECORD_COLLECTIONS
from api.spec.model import Collection, CsvColumn, Kind
from api.web.context import current
from schemas import ActorSchema, AidFigureSchema, ArticleSchema, StatementSchema
from schemas.collection import TopicSchema
from schemas.common import Reference
from tests.support import ROOT

RECORD_SCHEMAS: dict[str, type[Schema]] = {
    "articles": ArticleSchema,
    "actors": ActorSchema,
    "statements": StatementSchema,
    "aid_figures": AidFigureSchema,
    "topics": TopicSchema,
}


@pytest.fixture(scope="module")
def snapshot(dossier: Flask) -> Iterator[sqlite3.Connection]:
    """Return a connection to the real dataset's snapshot."""
    with dossier.app_context():
        path = current().catalog.snapshot.path
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    yield connection
    connection.close()


def _indexes(connection: sqlite3.Connection, table: str) -> set[tuple[str, ...]]:
    """Return the column lists of the indexes of ``table`` (a primary key counts as one)."""
    found = set()
    for _, name, *_ in connection.execute(f"PRAGMA index_list({table})"):
        columns = [row[2] for row in connection.execute(f"PRAGMA index_info({name})")]
        found.add(tuple(columns))
    return found


@pytest.mark.parametrize("collection", RECORD_COLLECTIONS.values(), ids=RECORD_COLLECTIONS)
def test_every_filter_and_sort_has_its_index(
    snapshot: sqlite3.Connection, collection: Collection
) -> None:
    record_indexes = _indexes(snapshot, collection.name)
    for filter_ in collection.filters:
        field = collection.filter_field(filter_.name)
        if field.many:
            value = list_columns(field)[0].sql_column
            table = collection.list_table(field)
            assert (value, collection.singular) in _indexes(snapshot, table), filter_.name
        else:
            assert any(index[0] == field.sql_column for index in record_indexes), filter_.name
    for column in collection.sort_columns:
        assert (column,) in record_indexes, column
    assert len(collection.sort_columns) == 2 * len(collection.sorts)


def _schema_field(schema: Schema, path: str) -> fields.Field[Any]:
    """Return the marshmallow field a CSV column reads (through references and lists)."""
    parts = [part for part in path.split(".") if part != "*"]
    field: fields.Field[Any] = schema.fields[parts[0]]
    for part in parts[1:]:
        while isinstance(field, fields.List):
            field = field.inner
        assert isinstance(field, fields.Nested), path
        nested = field.nested
        schema = nested() if isinstance(nested, type) else nested  # type: ignore[assignment]
        field = schema.fields[part]
    while isinstance(field, fields.List):
        field = field.inner
    return field


def _is_free_text(field: fields.Field[Any]) -> bool:
    """Return whether the record schemas let the value be any text: a String with no
    vocabulary and no pattern (a reference is an id; a Url and an Integer are not text)."""
    if type(field) is not fields.String:
        return isinstance(field, fields.Url)
    restricting = (validate.OneOf, validate.Regexp)
    return not any(isinstance(validator, restricting) for validator in field.validators)


def _columns() -> Iterator[tuple[Collection, CsvColumn]]:
    for collection in COLLECTIONS.values():
        for column in collection.csv_columns:
            yield collection, column


@pytest.mark.parametrize(
    ("collection", "column"),
    list(_columns()),
    ids=[f"{collection.name}.{column.name}" for collection, column in _columns()],
)
def test_a_csv_column_is_free_text_where_the_record_schema_says_so(
    collection: Collection, column: CsvColumn
) -> None:
    schema = RECORD_SCHEMAS[collection.name]()
    if callable(column.read):
        # A column made by a function (an actor's roles) formats free text of its own.
        assert column.kind is Kind.TEXT
        return
    field = _schema_field(schema, column.read)
    assert (column.kind is Kind.TEXT) == _is_free_text(field), (
        f"{collection.name}.{column.name} is {column.kind.value}, but its schema field is "
        f"{type(field).__name__} with {field.validators}"
    )
    if isinstance(field, Reference):
        assert column.kind is Kind.ID


def _resolves(item: Any, parts: list[str]) -> bool:
    """Return whether every value at ``parts`` exists: no null, no empty list on the way."""
    head, *rest = parts
    if head == "*":
        return bool(item) and all(not rest or _resolves(element, rest) for element in item)
    value = item.get(head)
    return value is not None and (not rest or _resolves(value, rest))


def _set_text(item: Any, parts: list[str], text: str) -> None:
    """Set every value at ``parts`` of a rendered record (``*``: each element) to ``text``."""
    head, *rest = parts
    if head == "*":
        for number, element in enumerate(item):
            if rest:
                _set_text(element, rest, text)
            else:
                item[number] = text
    elif rest:
        _set_text(item[head], rest, text)
    else:
        item[head] = text


def _with_every_text(items: list[dict[str, Any]], paths: list[list[str]]) -> dict[str, Any]:
    """Return the first item, each of whose missing texts (a null, an empty list) is taken
    from the first other item that has it, or set when none does."""
    item = copy.deepcopy(items[0])
    for parts in paths:
        if not _resolves(item, parts):
            donors = [other for other in items if _resolves(other, parts)]
            item[parts[0]] = copy.deepcopy(donors[0][parts[0]]) if donors else "x"
    return item


@pytest.mark.parametrize("collection", COLLECTIONS.values(), ids=COLLECTIONS)
def test_every_free_text_csv_cell_is_neutralized_and_no_other(
    dossier: Flask, collection: Collection
) -> None:
    items = dossier.test_client().get(f"{collection.path}?limit=100").get_json()["items"]
    texts = [
        column.read.split(".")
        for column in collection.csv_columns
        if column.kind is Kind.TEXT and isinstance(column.read, str)
    ]
    item = _with_every_text(items, texts)
    formula = "=HYPERLINK(1)"
    for parts in texts:
        _set_text(item, parts, formula)
    text = b"".join(csv_chunks(collection, [orjson.dumps(item)])).decode()
    [row] = csv.DictReader(io.StringIO(text, newline=""))
    for column in collection.csv_columns:
        cell = row[column.name]
        if column.kind is Kind.TEXT and isinstance(column.read, str):
            assert cell.startswith(f"'{formula}"), column.name
        else:
            assert not cell.startswith("'"), column.name


#: Field names that also name something else everywhere, each with its reason; the rule
#: holds for every other field and filter name.
SHARED_NAMES = {
    # Every record's key, and the words of any code that names things.
    "id": "every record's key",
    "name": "a word of all code",
    "kind": "a word of all code",
    "text": "a word of all code",
    "value": "a word of all code",
    "start": "a word of all code",
    "end": "a word of all code",
    "title": "OpenAPI's and RFC 9457's own key",
    "summary": "OpenAPI's own key",
    "description": "OpenAPI's own key, and every schema's",
    "url": "a word of all code",
    # The evidence is one structure every record shares, checked by rules 5 and 6 (its
    # own modules: anchoring, fidelity, annotate).
    "article": "the evidence's",
    "paragraph": "the evidence's",
    "paragraphs": "the evidence's rule 5",
    "section": "the evidence's",
    "exact": "the evidence's",
    "text_sha256": "the evidence's rule 6",
    # A collection's name as well as a field's.
    "topics": "the topic vocabulary is a collection too",
}
#: What declares a field: the spec, and the schemas of what the API answers (records,
#: compact forms, totals, the network); not the query arguments, made from the spec.
DECLARING = ("api/spec/", "schemas/")
DERIVED = ("schemas/query.py",)
#: The readers' views of the published records, each one consumer however many files it is
#: made of: the explorer (its modules and page) and the cards (their module and templates).
#: Like any client, a consumer names the fields it shows.
CONSUMERS = ("api/static/explorer/", "api/cards/")


def _python_names(path: Path) -> set[str]:
    """Return the identifiers of a module and the names its string literals spell whole
    (``"reported_by"``, ``"evidence.article"``); prose in docstrings and comments is not
    a name."""
    found: set[str] = set()
    with path.open(encoding="utf-8") as source:
        for token in tokenize.generate_tokens(source.readline):
            if token.type == tokenize.NAME:
                found.add(token.string)
            elif token.type == tokenize.STRING:
                literal = re.fullmatch(r"[rRbB]?(['\"])([A-Za-z_][A-Za-z0-9_.]*)\1", token.string)
                if literal:
                    found.update(literal.group(2).split("."))
    return found


def _script_names(path: Path) -> set[str]:
    """Return the property names, quoted names and keys of a script, and the attribute
    values of a page (``name="speaker"``); comments are left out."""
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"/\*.*?\*/|<!--.*?-->", "", text, flags=re.S)
    text = re.sub(r"(?m)^\s*//.*$", "", text)
    found = set(re.findall(r"\.([A-Za-z_]\w*)", text))
    found |= set(re.findall(r"[\"'`]([A-Za-z_]\w*)[\"'`]", text))
    found |= set(re.findall(r"([A-Za-z_]\w*)\s*:", text))
    return found


def _names_by_file() -> dict[str, set[str]]:
    files: dict[str, set[str]] = {}
    for path in sorted([*(ROOT / "api").rglob("*"), *(ROOT / "schemas").rglob("*")]):
        where = path.relative_to(ROOT).as_posix()
        declaring = where.startswith(DECLARING) and where not in DERIVED
        if declaring or not path.is_file():
            continue
        unit = next((consumer for consumer in CONSUMERS if where.startswith(consumer)), where)
        if path.suffix == ".py":
            files.setdefault(unit, set()).update(_python_names(path))
        elif path.suffix in (".js", ".html"):
            files.setdefault(unit, set()).update(_script_names(path))
    return files


def _field_names() -> set[str]:
    names = set()
    for collection in COLLECTIONS.values():
        for field in collection.fields:
            names.add(field.name)
            names.update(item.name for item in field.items)
        names.update(filter_.name for filter_ in collection.filters)
    return names - set(SHARED_NAMES)


def test_a_field_is_named_by_its_spec_its_record_schema_its_consumers_and_one_more_file() -> None:
    files = _names_by_file()
    crowded = {
        name: [where for where, names in files.items() if name in names and where not in CONSUMERS]
        for name in sorted(_field_names())
    }
    assert {name: where for name, where in crowded.items() if len(where) > 1} == {}

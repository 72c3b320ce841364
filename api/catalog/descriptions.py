"""What the published data means, in words: each collection, field, table and CSV column.

A field's words are its record schema's (``metadata["description"]``), the one place they
are written: here they are only put together along the field's path (``evidence.exact``:
the evidence's, then the span's). What a column holds beyond the field (a reference's id,
a list's separator, a sort's rank, a date's first day) is said from the spec and from the
snapshot's layout (``api.dataset.ddl``). The Datasette metadata, the data package and the
download's reference (docs/download.md) all take their words from here.
"""

import inspect
from typing import Any

from marshmallow import Schema, fields

from api.catalog.exports import FORMULA_STARTS
from api.dataset import ddl
from api.dataset.records import RECORD_SCHEMAS
from api.spec.collections import COLLECTIONS, LIST_SEPARATOR, TOPICS_COLLECTION
from api.spec.model import Collection, CsvColumn, Field, Kind
from schemas.collection import TopicSchema

#: The schema of each collection's records, whose fields' descriptions these are.
_SCHEMAS: dict[str, Schema] = {**RECORD_SCHEMAS, TOPICS_COLLECTION.name: TopicSchema()}
#: What a CSV cell or a column holding several values says of them.
LISTED = f"Several values are separated by `{LIST_SEPARATOR}`; none is an empty cell."
#: What a date of the dataset is.
PARTIAL_DATE = "An ISO 8601 date as precise as the source: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`."

#: The tables the API serves from, besides those of the records, and the meta keys.
SERVING_TABLES = {
    "meta": "The snapshot's facts, one `key` and its `value` (text) a row.",
    "filter_counts": "How many records of `collection` hold each `value` of each `filter`, "
    "counted at build: the totals of one-value queries and the facets of an unfiltered "
    "page.",
    "selections": "The (`collection`, `filter`, `value`) selections large enough for the "
    "build to count their facets ahead.",
    "selection_facets": "The facets of each counted selection: the `count` of each "
    "`facet_value` of each `facet`, ranked by `rank`.",
    "selection_networks": "How many edges the actor network of each large statement "
    "selection (`filter`, `value`) has.",
    "selection_edges": "The heaviest edges of those networks, ranked: `source` and `target` "
    "actor ids, the `relation`, its `weight` and its statements' rowids (`statements`, "
    "packed integers).",
    "selection_nodes": "The actors of those networks, with how many of the selection's "
    "statements each made.",
}
META_KEYS = {
    "dataset_version": "The content hash of the data files: the API's `dataset_version`.",
    "build_id": "This build's own id: two builds of one dataset differ in it.",
    "schema_version": "The version of the snapshot's tables.",
    "built_at": "When the build ran (UTC, ISO 8601).",
    "build_seconds": "How long it took.",
    "counts": "How many records each collection holds (JSON).",
    "sources_checked": "`true` when the evidence was checked against the source texts.",
}
#: Tables SQLite itself keeps, by prefix or suffix, and what they are.
SQLITE_TABLES = {"sqlite_stat": "SQLite's statistics for the query planner (`ANALYZE`)."}
FTS_SHADOWS = ("_data", "_idx", "_docsize", "_config")


def a(noun: str) -> str:
    """Return ``noun`` with its indefinite article."""
    return f"{'an' if noun[0] in 'aeiou' else 'a'} {noun}"


def about(collection: Collection) -> str:
    """Return what one record of ``collection`` is: its schema's summary line."""
    return (inspect.getdoc(type(_SCHEMAS[collection.name])) or "").split("\n")[0]


def _inner(field: fields.Field[Any]) -> Schema | None:
    if isinstance(field, fields.List):
        field = field.inner
    return field.schema if isinstance(field, fields.Nested) else None


def field_words(collection: Collection, path: str) -> str:
    """Return what the field at ``path`` of a record holds: the descriptions along its
    path (``evidence.exact``: the evidence's, then the span's), a list's items included
    (``roles.title``)."""
    schema: Schema | None = _SCHEMAS[collection.name]
    words = []
    for part in path.split("."):
        if schema is None:
            raise KeyError(f"{collection.name} has no field {path!r}")
        field = schema.fields[part]
        words.append(field.metadata.get("description", ""))
        schema = _inner(field)
    return " ".join(word for word in words if word)


def _reference(field: Field) -> str:
    ref = field.ref
    return "" if ref is None else f"The id of a record of `{COLLECTIONS[ref].name}`."


def csv_words(collection: Collection, field: Field, column: CsvColumn) -> str:
    """Return what a cell of a field's CSV column holds."""
    words = [field_words(collection, field.path)]
    if callable(column.read):
        words.append(column.about)
    else:
        rest = column.read.removeprefix(field.path).removeprefix(".")
        part = rest.removeprefix("*").removeprefix(".")
        if field.ref is not None and part:
            owner = "Each" if field.many else "The"
            words.append(f"{owner} {COLLECTIONS[field.ref].noun}'s `{part}`.")
        elif part:
            words = [field_words(collection, f"{field.path}.{part}")]
    if column.kind is Kind.DATE:
        words.append(PARTIAL_DATE)
    if field.many:
        words.append(LISTED)
    return " ".join(word for word in words if word)


def _formula_starts() -> str:
    shown = [f"`{start}`" for start in sorted(FORMULA_STARTS) if start.isprintable()]
    return ", ".join(shown)


#: What a CSV export does to free text a spreadsheet would run.
NEUTRALIZED = (
    f"A text cell starting with {_formula_starts()}, a tab or a carriage return begins with "
    "an apostrophe, so that no spreadsheet runs it as a formula (ids, codes, dates and "
    "numbers never start so)."
)


def record_table(collection: Collection) -> str:
    """Return what a record table holds."""
    return f"One row per {collection.noun}: {about(collection)}"


def record_columns(collection: Collection) -> dict[str, str]:
    """Return what each column of a collection's record table holds, in table order."""
    columns = {"rowid": "The row's number: rowids follow id order."}
    for field in ddl.stored_fields(collection):
        words = field_words(collection, field.path)
        if field.kind is Kind.DATE:
            words += f" {PARTIAL_DATE}"
        if field.many:
            words += (
                f" One value a line, for search (`{ddl.search_table(collection)}`); "
                f"`{collection.list_table(field)}` has a row for each."
            )
        columns[field.sql_column] = " ".join(filter(None, (words, _reference(field))))
        if collection.date_range is not None and field.path == collection.date_range.path:
            first, last = collection.date_columns()
            columns[first] = (
                f"The first day `{field.sql_column}` may mean (a year or a month stands for "
                "all its days), as `YYYY-MM-DD`: what date ranges compare."
            )
            columns[last] = f"The last day `{field.sql_column}` may mean, as `{first}`."
    for name, path in collection.sorts.items():
        ranked = f"`{collection.field(path).sql_column}`"
        columns[collection.sort_column(name)] = (
            f"The rank of {ranked} in the API's `sort={name}` (text without regard to "
            "case, then by case; nulls last)."
        )
        columns[collection.sort_column(f"-{name}")] = (
            f"The rank of {ranked} in the API's `sort=-{name}` (nulls last)."
        )
    return columns


def list_table(collection: Collection, field: Field) -> str:
    """Return what the table of a list field holds."""
    each = " (each value once)" if field.distinct else ""
    return (
        f"One row per value of {a(collection.noun)}'s `{field.path}`{each}: "
        f"{field_words(collection, field.path)}"
    )


def list_columns(collection: Collection, field: Field) -> dict[str, str]:
    """Return what each column of a list field's table holds, in table order."""
    columns = {collection.singular: f"The `rowid` of the {collection.noun} in `{collection.name}`."}
    if not field.distinct:
        columns["position"] = "The value's place in the list, from 0."
    for value in ddl.list_columns(field):
        path = f"{field.path}.{value.path}" if field.items else field.path
        words = field_words(collection, path)
        columns[value.sql_column] = " ".join(filter(None, (words, _reference(value))))
    return columns


def json_table(collection: Collection) -> str:
    """Return what a collection's JSON table holds."""
    return (
        f"One row per {collection.noun}, under its rowid in `{collection.name}`: the "
        "record's JSON exactly as the API serves it (the bytes a response sends)."
    )


def search_table(collection: Collection) -> str:
    """Return what a collection's full-text table is."""
    columns = ", ".join(f"`{column}`" for column in ddl.searched_columns(collection))
    return (
        f"The FTS5 index (trigram tokenizer) of {columns} of `{collection.name}`, its "
        f'content table (`content="{collection.name}"`): what `q` searches, and what '
        "Datasette's `_search` and `sqlite-utils search` use."
    )


def table_words() -> dict[str, str]:
    """Return what every table of a snapshot holds, SQLite's own tables aside."""
    tables = {"meta": SERVING_TABLES["meta"]}
    for collection in COLLECTIONS.values():
        tables[collection.name] = record_table(collection)
        for field in collection.lists:
            tables[collection.list_table(field)] = list_table(collection, field)
    for collection in COLLECTIONS.values():
        tables[ddl.json_table(collection)] = json_table(collection)
    for collection in COLLECTIONS.values():
        if collection.search:
            index = ddl.search_table(collection)
            tables[index] = search_table(collection)
            for shadow in FTS_SHADOWS:
                tables[f"{index}{shadow}"] = f"FTS5's own storage of `{index}`."
    tables.update((name, words) for name, words in SERVING_TABLES.items() if name != "meta")
    return tables


def column_words() -> dict[str, dict[str, str]]:
    """Return what each column of each table of records holds, by table."""
    columns = {}
    for collection in COLLECTIONS.values():
        columns[collection.name] = record_columns(collection)
        for field in collection.lists:
            columns[collection.list_table(field)] = list_columns(collection, field)
    return columns

"""The snapshot's tables and indexes, as SQL made from the collections' spec.

Each record table has one row per record, inserted in id order, so that rowid order is id
order: ``rowid`` is the tie-breaker of every sort. A table keeps the record's scalar fields
as columns (a path's dots become underscores: ``evidence_article``), and each list in a
table of its own (``statement_mentions``), for SQL users (Datasette, sqlite-utils, pandas,
DuckDB), plus:

- ``sort_<f>`` and ``sort_<f>_desc``: the rank of the record's value of sort field ``f``
  (text without regard to case, then by case), nulls last either way, so that a
  descending sort is an ascending scan of its own index;
- ``<f>_start`` and ``<f>_end`` for the field of a date range: the first and last day its
  partial date may mean.

``<collection>_json`` tables hold each record as the API serves it, by the same rowid, so
that serving never re-serializes; apart, they keep the record tables narrow.
``<collection>_fts`` tables are FTS5 (trigram) indexes of the searched columns, with the
record table as their content (``content="<collection>"``): the layout Datasette and
sqlite-utils look for, so that their search finds the same records as ``q``. A searched
list (an actor's aliases) is a column of the record table too, its values one per line.
A reference names the record's table (``REFERENCES actors (id)``), for the tools that label
ids with their records. Indexes are made after the rows are written: one for every filter,
every sort (each way) and every compound index the spec declares; each ends with the
rowid, which is id order.
"""

from api.spec.collections import COLLECTIONS, RECORD_COLLECTIONS
from api.spec.model import Collection, Field

META = "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"
#: How many records hold each value of each filter: a query of one filter value has its
#: total here, and a collection's facets before any filter.
FILTER_COUNTS = (
    "CREATE TABLE filter_counts (collection TEXT NOT NULL, filter TEXT NOT NULL, "
    "value TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (collection, filter, value)) "
    "WITHOUT ROWID"
)
#: What a build counts ahead over large selections (``api.dataset.aggregates``).
AGGREGATES = (
    "CREATE TABLE selections (collection TEXT NOT NULL, filter TEXT NOT NULL, "
    "value TEXT NOT NULL, PRIMARY KEY (collection, filter, value)) WITHOUT ROWID",
    "CREATE TABLE selection_facets (collection TEXT NOT NULL, filter TEXT NOT NULL, "
    "value TEXT NOT NULL, facet TEXT NOT NULL, rank INTEGER NOT NULL, facet_value TEXT NOT NULL, "
    "count INTEGER NOT NULL, PRIMARY KEY (collection, filter, value, facet, rank)) WITHOUT ROWID",
    "CREATE TABLE selection_networks (filter TEXT NOT NULL, value TEXT NOT NULL, "
    "total_edges INTEGER NOT NULL, PRIMARY KEY (filter, value)) WITHOUT ROWID",
    "CREATE TABLE selection_edges (filter TEXT NOT NULL, value TEXT NOT NULL, "
    "rank INTEGER NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL, relation TEXT NOT NULL, "
    "weight INTEGER NOT NULL, statements BLOB NOT NULL, PRIMARY KEY (filter, value, rank)) "
    "WITHOUT ROWID",
    "CREATE TABLE selection_nodes (filter TEXT NOT NULL, value TEXT NOT NULL, "
    "actor TEXT NOT NULL, statements INTEGER NOT NULL, PRIMARY KEY (filter, value, actor)) "
    "WITHOUT ROWID",
)
#: A filter's values, most records first: the facets of an unfiltered collection.
FILTER_COUNTS_INDEX = (
    "CREATE INDEX filter_counts_largest ON filter_counts (collection, filter, count DESC, value)"
)


def json_table(collection: Collection) -> str:
    """Return the table of the collection's records as the API serves them."""
    return f"{collection.name}_json"


#: What joins the values of a searched list in its column: no searched text holds one.
LINES = "\n"


def search_table(collection: Collection) -> str:
    """Return the collection's FTS5 table."""
    return f"{collection.name}_fts"


def _column(field: Field) -> str:
    null = "" if field.nullable else " NOT NULL"
    ref = f" REFERENCES {field.ref} (id)" if field.ref in RECORD_COLLECTIONS else ""
    return f"{field.sql_column} {field.value_kind.sql_type}{null}{ref}"


def stored_fields(collection: Collection) -> list[Field]:
    """Return the fields a record table holds as columns: the scalar ones, and each searched
    list (its values joined, one per line)."""
    return [
        field for field in collection.fields if not field.many or field.path in collection.search
    ]


def record_columns(collection: Collection) -> list[str]:
    """Return the names of a record table's columns after ``rowid``, in order."""
    names = []
    for field in stored_fields(collection):
        names.append(field.sql_column)
        if collection.date_range is not None and field.path == collection.date_range.path:
            names.extend(collection.date_columns())
    return [*names, *collection.sort_columns]


def _record_table(collection: Collection) -> str:
    columns = ["rowid INTEGER PRIMARY KEY"]
    for field in stored_fields(collection):
        column = f"{field.sql_column} TEXT NOT NULL" if field.many else _column(field)
        columns.append(column + " UNIQUE" if field.path == "id" else column)
        if collection.date_range is not None and field.path == collection.date_range.path:
            columns.extend(f"{name} TEXT" for name in collection.date_columns())
    columns.extend(f"{name} INTEGER NOT NULL" for name in collection.sort_columns)
    return f"CREATE TABLE {collection.name} ({', '.join(columns)})"


def searched_columns(collection: Collection) -> list[str]:
    """Return the columns of the record table that ``q`` searches, in the spec's order."""
    return [collection.field(path).sql_column for path in collection.search]


def list_columns(field: Field) -> list[Field]:
    """Return the value columns of a list field's table: its objects' fields, or one."""
    if field.items:
        return list(field.items)
    return [Field(field.column or field.path, field.kind, ref=field.ref)]


def _list_table(collection: Collection, field: Field) -> str:
    record = f"{collection.singular} INTEGER NOT NULL REFERENCES {collection.name} (rowid)"
    values = [_column(column) for column in list_columns(field)]
    if field.distinct:
        # Each value once per record: a mention written twice counts once.
        key = f"{collection.singular}, {list_columns(field)[0].sql_column}"
        columns = [record, *values]
    else:
        key = f"{collection.singular}, position"
        columns = [record, "position INTEGER NOT NULL", *values]
    return (
        f"CREATE TABLE {collection.list_table(field)} ({', '.join(columns)}, "
        f"PRIMARY KEY ({key})) WITHOUT ROWID"
    )


def tables() -> list[str]:
    """Return the CREATE statements of every table of a snapshot, in order."""
    statements = [META]
    for collection in COLLECTIONS.values():
        statements.append(_record_table(collection))
        statements.extend(_list_table(collection, field) for field in collection.lists)
    for collection in COLLECTIONS.values():
        statements.append(
            f"CREATE TABLE {json_table(collection)} (rowid INTEGER PRIMARY KEY, json BLOB NOT NULL)"
        )
    for collection in COLLECTIONS.values():
        if collection.search:
            statements.append(
                f"CREATE VIRTUAL TABLE {search_table(collection)} USING fts5("
                f'{", ".join(searched_columns(collection))}, content="{collection.name}", '
                'content_rowid="rowid", tokenize="trigram")'
            )
    statements.append(FILTER_COUNTS)
    statements.extend(AGGREGATES)
    return statements


def index_columns(collection: Collection) -> list[tuple[str, tuple[str, ...]]]:
    """Return the (table, columns) of every index of a collection, in order."""
    indexes: list[tuple[str, tuple[str, ...]]] = []
    for filter_ in collection.filters:
        field = collection.filter_field(filter_.name)
        if field.many:
            value = list_columns(field)[0].sql_column
            indexes.append((collection.list_table(field), (value, collection.singular)))
        else:
            indexes.append((collection.name, (field.sql_column,)))
    if collection.date_range is not None:
        indexes.extend((collection.name, (column,)) for column in collection.date_columns())
    indexes.extend((collection.name, (column,)) for column in collection.sort_columns)
    indexes.extend((collection.name, columns) for columns in collection.compound_indexes)
    return indexes


def indexes() -> list[str]:
    """Return the CREATE statements of every index of a snapshot."""
    statements = []
    for collection in COLLECTIONS.values():
        for table, columns in dict.fromkeys(index_columns(collection)):
            name = f"{table}_{'_'.join(columns)}"
            statements.append(f"CREATE INDEX {name} ON {table} ({', '.join(columns)})")
    statements.append(FILTER_COUNTS_INDEX)
    return statements

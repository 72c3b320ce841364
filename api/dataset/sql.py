"""How a collection's spec reads in SQL: the condition of a filter, the texts of a search row.

Table and column names come only from the spec (``api.spec``) through ``api.dataset.ddl``,
never from a request; every value a request gives is a bound parameter.
"""

from collections.abc import Iterator, Mapping
from typing import Any

from api.dataset.ddl import list_columns
from api.spec.model import Collection


def filter_condition(collection: Collection, name: str, values: int, *, probe: bool = False) -> str:
    """Return the SQL condition matching any of ``values`` bound values of filter ``name``,
    on table ``t``.

    A filter on a list lists the records of its values, or with ``probe`` tests each
    record against the list table's key. A filter on a column may be found through the
    column's index, or with ``probe`` is a test of each record that another condition
    finds (``+``: SQLite uses no index for it). Raises UnknownName for an undeclared filter.
    """
    field = collection.filter_field(name)
    marks = ", ".join("?" * values)
    if not field.many:
        return f"{'+' if probe else ''}t.{field.sql_column} IN ({marks})"
    table = collection.list_table(field)
    record = collection.singular
    value = list_columns(field)[0].sql_column
    if probe:
        return f"EXISTS (SELECT 1 FROM {table} WHERE {record} = t.rowid AND {value} IN ({marks}))"
    return f"t.rowid IN (SELECT {record} FROM {table} WHERE {value} IN ({marks}))"


def filter_source(collection: Collection, name: str) -> tuple[str, str, str]:
    """Return (table, record column, value column) holding filter ``name``'s values.

    The record column is ``rowid`` in the collection's own table.
    """
    field = collection.filter_field(name)
    if not field.many:
        return collection.name, "rowid", field.sql_column
    return collection.list_table(field), collection.singular, list_columns(field)[0].sql_column


def read_path(record: Mapping[str, Any], path: str) -> Any:
    """Return the value at dotted ``path`` of a record; None past a null."""
    value: Any = record
    for part in path.split("."):
        if value is None:
            return None
        value = value[part]
    return value


def searched_texts(collection: Collection, record: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """Yield ``(field path, text)`` for every text of a record that ``q`` searches.

    A list's items are named by position (``aliases.0``); the record may be as loaded or
    as rendered, which name these fields alike.
    """
    for path in collection.search:
        value = read_path(record, path)
        if isinstance(value, list):
            yield from ((f"{path}.{number}", item) for number, item in enumerate(value))
        elif value is not None:
            yield path, value

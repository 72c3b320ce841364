"""Sums of a collection's amounts per group and per currency (``/v1/aid-figures/totals``).

Every value a client gives is a bound parameter; table and column names come from the
spec only. No Flask here.
"""

import sqlite3
from dataclasses import dataclass, replace

from api.dataset.budget import budgeted
from api.dataset.ddl import list_columns
from api.dataset.queries import Query, selection_of, selectivity_of
from api.spec.model import Collection, UnknownName
from api.spec.vocabulary import AMOUNT_QUALIFIERS

#: The qualifier of an amount given without a hedge.
AS_STATED = AMOUNT_QUALIFIERS[0]


@dataclass(frozen=True)
class Sum:
    """The sum of some amounts in one currency."""

    unit: str
    value: int
    approximate: bool
    #: How many records the sum adds up.
    records: int


@dataclass(frozen=True)
class Group:
    """The records sharing one key, summed per currency."""

    key: str
    #: The sums of the amounts, per currency.
    sums: list[Sum]
    #: The sums of their conversions, per currency.
    conversions: list[Sum]
    records: list[str]

    @property
    def approximate(self) -> bool:
        """Return whether any amount of the group is hedged."""
        return any(total.approximate for total in self.sums)


@dataclass(frozen=True)
class Totals:
    """A page of the groups of the selected records, and how many groups there are."""

    groups: list[Group]
    total: int


@budgeted
def totals(
    connection: sqlite3.Connection,
    collection: Collection,
    query: Query,
    group_by: str,
    *,
    limit: int,
    offset: int,
    records_per_group: int,
) -> Totals:
    """Return a page of the groups of the records ``query`` selects, summed per currency.

    Groups are in the order of their key; each lists its first ``records_per_group`` ids
    in id order, and its sums count all of them. Amounts in different currencies are never
    added together. A record's conversions are summed beside its amounts, each record
    counted once per currency. Raises UnknownName for a collection without totals, or a
    group it does not declare.
    """
    spec = collection.totals
    if spec is None or group_by not in spec.groups:
        raise UnknownName(f"{collection.name} has no totals by {group_by!r}")
    column = collection.field(group_by).sql_column
    selection = selection_of(
        collection, query, ranked=False, selectivity=selectivity_of(connection, collection, query)
    )
    keys_sql = f"SELECT t.{column} FROM {selection.sql} GROUP BY 1"
    (total,) = connection.execute(f"SELECT count(*) FROM ({keys_sql})", selection.params).fetchone()
    keys = [
        key
        for (key,) in connection.execute(
            f"{keys_sql} ORDER BY 1 LIMIT ? OFFSET ?", [*selection.params, limit, offset]
        )
    ]
    if not keys:
        return Totals([], total)
    marks = ", ".join("?" * len(keys))
    page = replace(
        selection,
        conditions=[*selection.conditions, f"t.{column} IN ({marks})"],
        params=[*selection.params, *keys],
    )
    value, unit, hedge = (
        collection.field(f"{spec.amount}.{part}").sql_column for part in spec.parts
    )
    conversions = collection.field(spec.conversions)
    table = collection.list_table(conversions)
    columns = {column.path: column.sql_column for column in list_columns(conversions)}
    converted, converted_unit, converted_hedge = (columns[part] for part in spec.parts)
    record = collection.singular
    amounts = connection.execute(
        f"SELECT t.{column}, t.{unit}, sum(t.{value}), "
        f"max(t.{hedge} <> ?), count(*) FROM {page.sql} "
        "GROUP BY 1, 2 ORDER BY 1, 2",
        [AS_STATED, *page.params],
    )
    converted_sums = connection.execute(
        f"SELECT t.{column}, e.{converted_unit}, sum(e.{converted}), "
        f"max(e.{converted_hedge} <> ?), count(*) FROM {page.source} JOIN {table} AS e "
        f"ON e.{record} = t.rowid AND e.position = (SELECT min(position) "
        f"FROM {table} AS first WHERE first.{record} = e.{record} "
        f"AND first.{converted_unit} = e.{converted_unit}) WHERE {' AND '.join(page.conditions)} "
        "GROUP BY 1, 2 ORDER BY 1, 2",
        [AS_STATED, *page.params],
    )
    members = connection.execute(
        f"SELECT key, id FROM (SELECT t.{column} AS key, t.id AS id, row_number() OVER "
        f"(PARTITION BY t.{column} ORDER BY t.rowid) AS position FROM {page.sql}) "
        "WHERE position <= ? ORDER BY key, position",
        [*page.params, records_per_group],
    )
    groups: dict[str, Group] = {key: Group(key, [], [], []) for key in keys}
    for key, record_id in members:
        groups[key].records.append(record_id)
    for key, *summed in amounts:
        groups[key].sums.append(_sum(*summed))
    for key, *summed in converted_sums:
        groups[key].conversions.append(_sum(*summed))
    return Totals(list(groups.values()), total)


def _sum(unit: str, total: int, approximate: int, count: int) -> Sum:
    return Sum(unit, total, bool(approximate), count)

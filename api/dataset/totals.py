"""Sums of a collection's amounts per group and per currency (``/v1/aid-figures/totals``).

Every value a client gives is a bound parameter; table and column names come from the
spec only. No Flask here.
"""

import sqlite3
from dataclasses import dataclass

from api.dataset.budget import budgeted
from api.dataset.ddl import list_columns
from api.dataset.queries import Query, selection_of
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


@budgeted
def totals(
    connection: sqlite3.Connection, collection: Collection, query: Query, group_by: str
) -> list[Group]:
    """Return the records ``query`` selects, grouped by ``group_by``, summed per currency.

    Amounts in different currencies are never added together. A record's conversions are
    summed beside its amounts, each record counted once per currency. Raises UnknownName
    for a collection without totals, or a group it does not declare.
    """
    spec = collection.totals
    if spec is None or group_by not in spec.groups:
        raise UnknownName(f"{collection.name} has no totals by {group_by!r}")
    column = collection.field(group_by).sql_column
    value, unit, hedge = (
        collection.field(f"{spec.amount}.{part}").sql_column for part in spec.parts
    )
    conversions = collection.field(spec.conversions)
    table = collection.list_table(conversions)
    columns = {column.path: column.sql_column for column in list_columns(conversions)}
    converted, converted_unit, converted_hedge = (columns[part] for part in spec.parts)
    record = collection.singular
    selection = selection_of(collection, query, ranked=False)
    amounts = connection.execute(
        f"SELECT t.{column}, t.{unit}, sum(t.{value}), "
        f"max(t.{hedge} <> ?), count(*) FROM {selection.sql} "
        "GROUP BY 1, 2 ORDER BY 1, 2",
        [AS_STATED, *selection.params],
    )
    converted_sums = connection.execute(
        f"SELECT t.{column}, e.{converted_unit}, sum(e.{converted}), "
        f"max(e.{converted_hedge} <> ?), count(*) FROM {selection.source} JOIN {table} AS e "
        f"ON e.{record} = t.rowid AND e.position = (SELECT min(position) "
        f"FROM {table} AS first WHERE first.{record} = e.{record} "
        f"AND first.{converted_unit} = e.{converted_unit})"
        + (f" WHERE {' AND '.join(selection.conditions)}" if selection.conditions else "")
        + " GROUP BY 1, 2 ORDER BY 1, 2",
        [AS_STATED, *selection.params],
    )
    members = connection.execute(
        f"SELECT t.{column}, t.id FROM {selection.sql} ORDER BY 1, t.rowid", selection.params
    )
    groups: dict[str, Group] = {}
    for key, record_id in members:
        groups.setdefault(key, Group(key, [], [], [])).records.append(record_id)
    for key, *summed in amounts:
        groups[key].sums.append(_sum(*summed))
    for key, *summed in converted_sums:
        groups[key].conversions.append(_sum(*summed))
    return list(groups.values())


def _sum(unit: str, total: int, approximate: int, count: int) -> Sum:
    return Sum(unit, total, bool(approximate), count)

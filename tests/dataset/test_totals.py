"""Totals: a page of groups, each listing its first records and summing all of them."""

import sqlite3

from api.dataset.queries import Query
from api.dataset.totals import totals
from api.spec.collections import AID_FIGURES


def test_a_group_lists_its_first_records_and_sums_all_of_them(
    connection: sqlite3.Connection,
) -> None:
    found = totals(
        connection, AID_FIGURES, Query(), "recipient", limit=20, offset=0, records_per_group=1
    )
    [ukraine] = found.groups
    assert (found.total, ukraine.key, ukraine.records) == (1, "ukraine", ["france-aid-2022-02"])
    assert [(s.unit, s.value, s.records) for s in ukraine.sums] == [("EUR", 3_000_000_000, 2)]


def test_a_page_past_the_last_group_is_empty_with_the_count(connection: sqlite3.Connection) -> None:
    found = totals(
        connection, AID_FIGURES, Query(), "donor", limit=5, offset=2, records_per_group=100
    )
    assert (found.groups, found.total) == ([], 2)

"""SQLite stops a query past the deadline of its thread, and the connection goes on."""

import sqlite3

import pytest

from api.catalog import pages
from api.dataset.budget import BudgetExceeded, budgeted, over_budget, sooner, within
from api.dataset.facets import Facet
from api.dataset.queries import Query, select
from api.spec.collections import STATEMENTS
from tests.support import real_records

#: How many statements hold an e, in any case.
WITH_E = sum("e" in (s["text"] + s["attribution"]).lower() for s in real_records("statements"))


def test_a_query_past_the_deadline_stops_and_the_connection_answers_the_next(
    connection: sqlite3.Connection,
) -> None:
    searched = Query(search="e", sort=("-said_on",), limit=100)
    # 64 statements take fewer steps than the 1,000 between two looks at the clock.
    connection.set_progress_handler(over_budget, 1)
    with within(0.0), pytest.raises(BudgetExceeded):
        select(connection, STATEMENTS, searched)
    assert select(connection, STATEMENTS, searched).total == WITH_E


def test_the_deadline_before_a_block_is_restored_after_it(connection: sqlite3.Connection) -> None:
    searched = Query(search="e", limit=100)
    with within(None):
        with within(0.0), pytest.raises(BudgetExceeded):
            select(connection, STATEMENTS, searched)
        assert select(connection, STATEMENTS, searched).total == WITH_E


def test_a_sooner_deadline_never_outlasts_the_one_before_it(
    connection: sqlite3.Connection,
) -> None:
    searched = Query(search="e", limit=100)
    connection.set_progress_handler(over_budget, 1)
    # Past the request's deadline, a block given more time has none.
    with within(-1.0), sooner(60.0), pytest.raises(BudgetExceeded):
        select(connection, STATEMENTS, searched)
    # Within a long one, a block given no time stops; the long deadline holds after it.
    with within(60.0):
        with sooner(0.0), pytest.raises(BudgetExceeded):
            select(connection, STATEMENTS, searched)
        assert select(connection, STATEMENTS, searched).total == WITH_E
        with sooner(None):
            assert select(connection, STATEMENTS, searched).total == WITH_E


def test_an_interruption_that_is_no_deadline_of_ours_is_not_a_budget_exceeded() -> None:
    @budgeted
    def interrupted() -> None:
        raise sqlite3.OperationalError("interrupted")

    with pytest.raises(sqlite3.OperationalError, match="interrupted"):
        interrupted()


def test_a_facet_counted_in_time_names_its_values_past_the_deadline(
    connection: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The deadline passes after the facet is counted, while its values are named (a 500
    # at 10,000x, bench/results.md): the facet answers, with each speaker's compact form.
    counted = Facet([("dmitry-peskov", 5), ("kremlin", 3)], truncated=False)
    monkeypatch.setattr(pages, "facet", lambda *_, **__: counted)
    connection.set_progress_handler(over_budget, 1)  # any step past the deadline stops
    args = {"facets": ["speaker"]}
    with within(-1.0):
        with pytest.raises(BudgetExceeded):  # what any other query would do now
            select(connection, STATEMENTS, Query(limit=1))
        found = pages.facets(connection, STATEMENTS, args, Query(), ("facets",))
    items = found["speaker"]["items"]
    assert [(item["value"], item["count"], item["ref"]["name"]) for item in items] == [
        ("dmitry-peskov", 5, "Dmitry Peskov"),
        ("kremlin", 3, "Kremlin"),
    ]
    assert found["speaker"]["timed_out"] is False

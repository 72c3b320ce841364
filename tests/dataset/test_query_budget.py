"""SQLite stops a query past the deadline of its thread, and the connection goes on."""

import sqlite3
from collections.abc import Iterator

import pytest
from flask import Flask

from api.dataset.budget import BudgetExceeded, budgeted, within
from api.dataset.queries import Query, select
from api.dataset.snapshot import connect_read_only
from api.spec.collections import STATEMENTS
from api.web.context import current
from tests.support import real_records

#: How many statements hold an e, in any case.
WITH_E = sum("e" in (s["text"] + s["attribution"]).lower() for s in real_records("statements"))


@pytest.fixture
def connection(dossier: Flask) -> Iterator[sqlite3.Connection]:
    """Return a connection of its own to the real dataset's snapshot."""
    with dossier.app_context():
        path = current().catalog.snapshot.path
    connection = connect_read_only(path)
    yield connection
    connection.close()


def test_a_query_past_the_deadline_stops_and_the_connection_answers_the_next(
    connection: sqlite3.Connection,
) -> None:
    searched = Query(search="e", sort=("-said_on",), limit=100)
    with within(0.0), pytest.raises(BudgetExceeded):
        select(connection, STATEMENTS, searched)
    assert select(connection, STATEMENTS, searched).total == WITH_E


def test_the_deadline_before_a_block_is_restored_after_it(connection: sqlite3.Connection) -> None:
    searched = Query(search="e", limit=100)
    with within(None):
        with within(0.0), pytest.raises(BudgetExceeded):
            select(connection, STATEMENTS, searched)
        assert select(connection, STATEMENTS, searched).total == WITH_E


def test_an_interruption_that_is_no_deadline_of_ours_is_not_a_budget_exceeded() -> None:
    @budgeted
    def interrupted() -> None:
        raise sqlite3.OperationalError("interrupted")

    with pytest.raises(sqlite3.OperationalError, match="interrupted"):
        interrupted()

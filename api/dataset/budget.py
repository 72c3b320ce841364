"""A time budget for the queries of one request: past its deadline, SQLite stops.

Each connection a thread opens asks ``over_budget`` every ``PROGRESS_STEPS`` steps of the
SQLite virtual machine (``set_progress_handler``, as Datasette does); past the deadline that
``within`` set for the thread, SQLite interrupts the statement, and the query raises
:class:`BudgetExceeded`. What the budget stops is only ever the query that ran too long: the
connection is usable again at once, for the next request or the next facet.
"""

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import ParamSpec, TypeVar

#: How many virtual machine steps SQLite runs between two looks at the clock (about 10 µs
#: of work: a late query stops within microseconds of its deadline).
PROGRESS_STEPS = 1000

_deadline = threading.local()

Parameters = ParamSpec("Parameters")
Result = TypeVar("Result")


class BudgetExceeded(Exception):
    """A query ran past the time budget of its request, or would: a bound known to cost
    more (``MAX_NETWORK_STATEMENTS``)."""


def over_budget() -> int:
    """Return 1, which interrupts the running statement, when this thread's deadline passed."""
    deadline: float | None = getattr(_deadline, "at", None)
    return int(deadline is not None and time.monotonic() > deadline)


@contextmanager
def within(seconds: float | None) -> Iterator[None]:
    """Run what the block asks of this thread's connections within ``seconds`` (None: no
    budget); the deadline before it is restored after."""
    previous = getattr(_deadline, "at", None)
    _deadline.at = None if seconds is None else time.monotonic() + seconds
    try:
        yield
    finally:
        _deadline.at = previous


@contextmanager
def sooner(seconds: float | None) -> Iterator[None]:
    """Run the block within ``seconds`` (None: no other bound) and never past the deadline
    already set for this thread, which is restored after."""
    previous = getattr(_deadline, "at", None)
    if seconds is not None:
        ends = time.monotonic() + seconds
        _deadline.at = ends if previous is None else min(previous, ends)
    try:
        yield
    finally:
        _deadline.at = previous


def budgeted(query: Callable[Parameters, Result]) -> Callable[Parameters, Result]:
    """Make ``query`` raise BudgetExceeded where SQLite interrupted it for its deadline."""

    @wraps(query)
    def run(*args: Parameters.args, **kwargs: Parameters.kwargs) -> Result:
        try:
            return query(*args, **kwargs)
        except sqlite3.OperationalError as error:
            if str(error) == "interrupted" and over_budget():
                raise BudgetExceeded(str(error)) from None
            raise

    return run

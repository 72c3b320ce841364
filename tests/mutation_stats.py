"""Make mutmut's test selection see what session fixtures run (only during its stats run).

mutmut runs, for each mutant, the tests that called the mutated function in its stats
run, and credits a call to the test running at that moment. Two kinds of calls happen
outside any test and would be credited to the first test alone:

- calls made while the test modules are imported: the schemas, the contract's
  decorators and the app's declarations run then. They are credited to every test;
- calls made while a session fixture is set up, once, during the first test that asks
  for it: building the snapshot and the app (loading, rules, rendering). They are
  credited to every test that uses the fixture.

Outside mutmut's stats run (``MUTANT_UNDER_TEST=stats``) nothing here does anything.
"""

import os
from collections.abc import Callable
from typing import TypeVar

Value = TypeVar("Value")

#: Session fixture name -> the functions it called while it was set up.
_SETUP_CALLS: dict[str, set[str]] = {}
#: The functions called while the tests were collected (their modules imported).
_IMPORT_CALLS: set[str] = set()


def collecting() -> bool:
    """Return whether this is mutmut's stats run."""
    return os.environ.get("MUTANT_UNDER_TEST") == "stats"


def set_up(name: str, make: Callable[[], Value]) -> Value:
    """Set up session fixture ``name`` with ``make``, noting the functions it calls."""
    if not collecting():
        return make()
    from mutmut.state import state

    # The fixture's calls are gathered apart, since the test may have made the same ones.
    outer, state()._stats = state()._stats, set()
    try:
        value = make()
    finally:
        _SETUP_CALLS[name], state()._stats = state()._stats, outer | state()._stats
    return value


def collected() -> None:
    """Set aside what was called while the tests were collected, to credit every test."""
    if not collecting():
        return
    from mutmut.state import state

    _IMPORT_CALLS.update(state()._stats)
    state()._stats.clear()


def credit(fixture_names: list[str]) -> None:
    """Credit the current test with what imports and the session fixtures it uses called."""
    if not collecting():
        return
    from mutmut.state import state

    state()._stats.update(_IMPORT_CALLS)
    for name in fixture_names:
        state()._stats.update(_SETUP_CALLS.get(name, ()))

"""Make mutmut's test selection see what session fixtures run (only during its stats run).

mutmut runs, for each mutant, the tests that called the mutated function in its stats
run, and credits a call to the test running at that moment. A session fixture is set
up once, during the first test that asks for it: building the snapshot and the app
(loading, rules, rendering) would be credited to that one test, and mutants of that
code tried against it alone. Here, the functions a session fixture called while it
was set up are credited to every test that uses it. Outside mutmut's stats run
(``MUTANT_UNDER_TEST=stats``) nothing here does anything.
"""

import os
from collections.abc import Callable
from typing import TypeVar

Value = TypeVar("Value")

#: Session fixture name -> the functions it called while it was set up.
_SETUP_CALLS: dict[str, set[str]] = {}


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


def credit(fixture_names: list[str]) -> None:
    """Credit the current test with what the session fixtures it uses called when set up."""
    if not collecting():
        return
    from mutmut.state import state

    for name in fixture_names:
        state()._stats.update(_SETUP_CALLS.get(name, ()))

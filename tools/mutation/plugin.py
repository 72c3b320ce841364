"""pytest plugin of ``make mutation``: mutmut's test selection sees what wide fixtures run.

Loaded only by mutmut (``-p tools.mutation.plugin`` in ``[tool.mutmut]``'s
``pytest_add_cli_args``); the suite itself knows nothing of it. Outside mutmut's stats run
(``MUTANT_UNDER_TEST=stats``) it does nothing.

mutmut runs, for each mutant, the tests that called the mutated function in its stats
run, and credits a call to the test running at that moment. Two kinds of calls happen
outside any test and would be credited to the first test alone:

- calls made while the test modules are imported: the schemas, the contract's
  decorators and the app's declarations run then. They are credited to every test;
- calls made while a fixture wider than a test (session, package, module or class
  scope) is set up, once, during the first test that asks for it: building the snapshot
  and the apps (loading, rules, rendering). They are credited to every test that uses
  the fixture.

This reads and writes ``mutmut.state.state()._stats``, a private attribute of mutmut
3.8.1: see ``tools/mutation/__init__.py``.
"""

import os
from collections.abc import Generator

import pytest
from mutmut.state import state

#: (fixture's baseid, fixture's name) -> the functions its setups called.
_SETUP_CALLS: dict[tuple[str, str], set[str]] = {}
#: The functions called while the tests were collected (their modules imported).
_IMPORT_CALLS: set[str] = set()


def _stats_run() -> bool:
    """Return whether this is mutmut's stats run."""
    return os.environ.get("MUTANT_UNDER_TEST") == "stats"


def pytest_collection_finish(session: pytest.Session) -> None:
    """Set aside what was called while the tests were collected, to credit every test."""
    if not _stats_run():
        return
    _IMPORT_CALLS.update(state()._stats)
    state()._stats.clear()


@pytest.hookimpl(wrapper=True)
def pytest_fixture_setup(
    fixturedef: pytest.FixtureDef[object], request: pytest.FixtureRequest
) -> Generator[None, object, object]:
    """Note the functions a fixture wider than a test calls while it is set up."""
    if not _stats_run() or fixturedef.scope == "function":
        return (yield)
    # The fixture's calls are gathered apart, since the test may have made the same ones.
    outer, state()._stats = state()._stats, set()
    try:
        return (yield)
    finally:
        inner = state()._stats
        _SETUP_CALLS.setdefault((fixturedef.baseid, fixturedef.argname), set()).update(inner)
        state()._stats = outer | inner


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_call(item: pytest.Item) -> None:
    """Credit the test with what the imports and the wide fixtures it uses called."""
    if not _stats_run():
        return
    state()._stats.update(_IMPORT_CALLS)
    names = set(getattr(item, "fixturenames", ()))
    for (baseid, name), calls in _SETUP_CALLS.items():
        if name in names and item.nodeid.startswith(baseid):
            state()._stats.update(calls)

"""The apps the tests ask: the real dataset's snapshot, with the response cache on and off.

pytest-flask's ``client`` is built from ``app``, which is parametrized: every HTTP test
runs against both configurations, so that the app's own conditional-request, HEAD and
header code is tested, and the cache's answers are held to the same assertions.
Snapshots are built in a directory of the test session, never in ``build/``.
"""

import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask

from api import create_app
from api.dataset.check import load_checked
from api.dataset.records import Dataset
from api.dataset.snapshot import connect_read_only
from api.web.context import current
from tests.support import EDGE, EDGE_SOURCES, REAL_DATA


@pytest.fixture(scope="session")
def snapshot_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return the directory this session builds its snapshots in."""
    return tmp_path_factory.mktemp("snapshots")


MakeApp = Callable[..., Flask]


@pytest.fixture(scope="session")
def make_app(snapshot_dir: Path) -> MakeApp:
    """Return a function making a new app of the real dataset, with some settings changed."""

    def make(**config: Any) -> Flask:
        # No time budget unless a test sets one: a loaded machine must not change an answer.
        settings = {"TESTING": True, "SNAPSHOT_DIR": str(snapshot_dir), "QUERY_BUDGET": 0}
        return create_app({**settings, **config})

    return make


@pytest.fixture(scope="session")
def dossier(make_app: MakeApp) -> Flask:
    """Return the app over the real dataset, response cache on (as deployed)."""
    return make_app()


@pytest.fixture(scope="session")
def dossier_uncached(make_app: MakeApp) -> Flask:
    """Return the app over the real dataset with its response cache off."""
    return make_app(RESPONSE_CACHE_BYTES=0)


@pytest.fixture(params=["cached", "uncached"])
def app(request: pytest.FixtureRequest, dossier: Flask, dossier_uncached: Flask) -> Flask:
    """Return the app over the real dataset, for pytest-flask's ``client``: both configurations."""
    return dossier if request.param == "cached" else dossier_uncached


@pytest.fixture(scope="session")
def dataset_apps(make_app: MakeApp) -> dict[str, Flask]:
    """Return an app, response cache off, of the real dataset and of the edge fixture."""
    return {
        name: make_app(DATA_DIR=str(data_dir), RESPONSE_CACHE_BYTES=0)
        for name, data_dir in (("real", REAL_DATA), ("edge", EDGE))
    }


@pytest.fixture(scope="session")
def edge_app(make_app: MakeApp) -> Flask:
    """Return an app of the edge fixture, its spans checked against its source text."""
    return make_app(DATA_DIR=str(EDGE), SOURCES_DIR=str(EDGE_SOURCES))


@pytest.fixture(scope="session")
def real_dataset() -> Dataset:
    """Return the real dataset, loaded and checked on its own."""
    return load_checked(REAL_DATA)


@pytest.fixture(scope="session")
def real_sources() -> Path:
    """Return the directory of the real source texts, named by DOSSIER_SOURCES."""
    sources = os.environ.get("DOSSIER_SOURCES")
    if not sources:
        pytest.skip(
            "DOSSIER_SOURCES is not set: point it at the source texts (../shared/sources) "
            "to check the dataset against them"
        )
    return Path(sources)


@pytest.fixture
def connection(dossier: Flask) -> Iterator[sqlite3.Connection]:
    """Return a connection of its own to the real dataset's snapshot."""
    with dossier.app_context():
        path = current().catalog.snapshot.path
    connection = connect_read_only(path)
    yield connection
    connection.close()

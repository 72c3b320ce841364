"""The ``app`` fixture pytest-flask builds its ``client`` from: the real dataset."""

from collections.abc import Iterator

import pytest
from flask import Flask

from api import create_app
from api.store import DEFAULT_DATA_DIR, Store


@pytest.fixture(scope="session")
def dossier() -> Flask:
    """Return one app over the real dataset, built once for the whole session."""
    return create_app({"TESTING": True})


@pytest.fixture
def app(dossier: Flask) -> Iterator[Flask]:
    """Return the app over the real dataset, for pytest-flask's ``client``."""
    yield dossier


@pytest.fixture(scope="session")
def real_store() -> Store:
    """Return the real dataset, loaded on its own."""
    return Store.load(DEFAULT_DATA_DIR)

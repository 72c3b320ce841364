"""The ``app`` fixture pytest-flask builds its ``client`` from: the real dataset's snapshot."""

from collections.abc import Iterator

import pytest
from flask import Flask

from api import create_app
from api.dataset.check import load_checked
from api.dataset.records import Dataset
from tests.support import REAL_DATA


@pytest.fixture(scope="session")
def dossier() -> Flask:
    """Return one app over the real dataset, built once for the whole session."""
    return create_app({"TESTING": True})


@pytest.fixture
def app(dossier: Flask) -> Iterator[Flask]:
    """Return the app over the real dataset, for pytest-flask's ``client``."""
    yield dossier


@pytest.fixture(scope="session")
def real_dataset() -> Dataset:
    """Return the real dataset, loaded and checked on its own."""
    return load_checked(REAL_DATA)

"""What the build counts ahead answers exactly what counting on request answers.

Two snapshots of each dataset: one whose every one-value selection is large (the build
counts all of them ahead), one whose none is; every facet and every network of a
one-value query, and the network of everything, must be the same in both.
"""

import sqlite3
from collections.abc import Iterator

import pytest

from api.catalog import build_snapshot
from api.dataset import aggregates, network
from api.dataset.facets import facet
from api.dataset.queries import Query
from api.dataset.snapshot import connect_read_only
from api.spec.collections import RECORD_COLLECTIONS, STATEMENTS
from api.spec.model import Collection
from api.spec.values import MAX_FACET_SIZE
from tests.support import EDGE, REAL_DATA

DATASETS = {"real": REAL_DATA, "edge": EDGE}


@pytest.fixture(scope="module", params=list(DATASETS))
def snapshots(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[sqlite3.Connection, sqlite3.Connection]]:
    """Return connections to a snapshot counted all ahead, and to one counted on request."""
    directory = tmp_path_factory.mktemp(f"aggregates-{request.param}")
    paths = {}
    with pytest.MonkeyPatch.context() as patch:
        for name, threshold in (("ahead", 1), ("on-request", 10**9)):
            patch.setattr(aggregates, "THRESHOLD", threshold)
            paths[name] = directory / f"{name}.sqlite"
            build_snapshot(DATASETS[request.param], paths[name])
    ahead, live = connect_read_only(paths["ahead"]), connect_read_only(paths["on-request"])
    yield ahead, live
    ahead.close()
    live.close()


def _one_value_queries(
    connection: sqlite3.Connection, collection: Collection
) -> Iterator[tuple[str, Query]]:
    for filter_ in collection.filters:
        values = connection.execute(
            "SELECT value FROM filter_counts WHERE collection = ? AND filter = ? ORDER BY value",
            (collection.name, filter_.name),
        )
        for (value,) in values:
            yield filter_.name, Query(filters={filter_.name: (value,)})


def test_every_one_value_selection_is_counted_ahead_or_not_as_the_threshold_says(
    snapshots: tuple[sqlite3.Connection, sqlite3.Connection],
) -> None:
    ahead, live = snapshots
    (counted,) = ahead.execute("SELECT count(*) FROM filter_counts").fetchone()
    assert ahead.execute("SELECT count(*) FROM selections").fetchone() == (counted,)
    assert live.execute("SELECT count(*) FROM selections").fetchone() == (0,)


@pytest.mark.parametrize("collection", RECORD_COLLECTIONS.values(), ids=RECORD_COLLECTIONS)
def test_facets_counted_ahead_are_those_counted_on_request(
    snapshots: tuple[sqlite3.Connection, sqlite3.Connection], collection: Collection
) -> None:
    ahead, live = snapshots
    compared = 0
    for name, query in _one_value_queries(live, collection):
        for counted in collection.facets:
            if counted == name:
                continue
            for size in (1, 3, MAX_FACET_SIZE):
                assert facet(ahead, collection, query, counted, size) == facet(
                    live, collection, query, counted, size
                ), (query, counted, size)
                compared += 1
    assert compared > 0 or not collection.facets


@pytest.mark.parametrize("edge_limit", [1, 4, 500])
def test_networks_computed_ahead_are_those_computed_on_request(
    snapshots: tuple[sqlite3.Connection, sqlite3.Connection], edge_limit: int
) -> None:
    ahead, live = snapshots
    queries = [query for _, query in _one_value_queries(live, STATEMENTS)]
    for query in [Query(), *queries]:
        assert network.network(ahead, query, edge_limit=edge_limit, ids_per_edge=2) == (
            network._computed(live, query, edge_limit, 2)
        ), query

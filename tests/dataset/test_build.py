"""The snapshot: what a build writes, that a bad dataset writes nothing, staleness, read-only."""

import json
import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orjson
import pytest

from api.catalog import build_snapshot, snapshot_of
from api.dataset import aggregates, loading
from api.dataset import build as build_module
from api.dataset.build import SCHEMA_VERSION
from api.dataset.check import load_checked
from api.dataset.integrity import manifest_path, write_manifest
from api.dataset.records import DataError
from api.dataset.snapshot import Snapshot, SnapshotError
from tests.support import REAL_DATA, SOURCES, VALID


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    """Return the snapshot of the valid fixture."""
    path = tmp_path_factory.mktemp("snapshot") / "valid.sqlite"
    build_snapshot(VALID, path)
    return Snapshot.open(path)


def query(snapshot: Snapshot, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    """Return every row of a query of the snapshot."""
    return list(snapshot.connection().execute(sql, params))


def edit(data_dir: Path, collection: str, record_id: str, **fields: Any) -> None:
    """Set fields of one record of a copied dataset."""
    path = data_dir / f"{collection}.json"
    records = json.loads(path.read_text(encoding="utf-8"))
    next(record for record in records if record["id"] == record_id).update(fields)
    path.write_text(json.dumps(records, indent=2, ensure_ascii=False), encoding="utf-8")


def test_records_are_rows_in_id_order_with_their_rendered_json(snapshot: Snapshot) -> None:
    assert query(snapshot, "SELECT rowid, id FROM statements ORDER BY rowid") == [
        (1, "brandt-no-escalation"),
        (2, "mohr-no-deals"),
        (3, "vale-aid"),
        (4, "vale-brandt-promise"),
    ]
    [(json_body,)] = query(
        snapshot,
        "SELECT j.json FROM statements s JOIN statements_json j ON j.rowid = s.rowid "
        "WHERE s.id = 'vale-aid'",
    )
    rendered = orjson.loads(json_body)
    assert rendered["speaker"] == {"id": "anna-vale", "name": "Anna Vale", "kind": "person"}
    assert rendered["links"]["self"] == "/v1/statements/vale-aid"


def test_the_metadata_says_what_was_built_from_what(snapshot: Snapshot) -> None:
    meta = snapshot.meta
    assert meta["dataset_version"] == load_checked(VALID).version
    assert meta["schema_version"] == str(SCHEMA_VERSION)
    assert meta["built_at"].endswith("+00:00")
    assert len(meta["build_id"]) == 16
    assert orjson.loads(meta["counts"]) == {
        "articles": 1,
        "actors": 6,
        "statements": 4,
        "aid_figures": 1,
        "topics": 13,
    }
    assert snapshot.etag == f"{meta['dataset_version']}-{meta['build_id']}"


def test_list_fields_are_join_tables_holding_each_value_once(snapshot: Snapshot) -> None:
    # vale-aid mentions ruritania twice: a filter on it must match the statement once.
    assert query(
        snapshot,
        "SELECT s.id, m.actor FROM statement_mentions m JOIN statements s ON s.rowid = m.statement "
        "ORDER BY s.id, m.actor",
    ) == [
        ("mohr-no-deals", "freedonia"),
        ("mohr-no-deals", "ruritania"),
        ("vale-aid", "freedonia"),
        ("vale-aid", "ruritania"),
        ("vale-brandt-promise", "otto-brandt"),
    ]
    assert query(snapshot, "SELECT alias FROM actor_aliases ORDER BY actor, position") == [
        ("Vale",),
        ("The Freedonian government",),
    ]
    assert query(snapshot, "SELECT id, statement_count FROM topics WHERE statement_count > 0") == [
        ("aid", 1),
        ("de-escalation", 2),
        ("diplomacy", 2),
    ]


def test_partial_dates_are_stored_with_their_span(tmp_path: Path, data_dir: Path) -> None:
    edit(data_dir, "statements", "mohr-no-deals", said_on="2022-02")
    path = tmp_path / "partial.sqlite"
    build_snapshot(data_dir, path)
    rows = (
        Snapshot.open(path)
        .connection()
        .execute("SELECT said_on, said_on_start, said_on_end FROM statements ORDER BY rowid")
    )
    assert list(rows) == [
        ("2022-01-02", "2022-01-02", "2022-01-02"),
        ("2022-02", "2022-02-01", "2022-02-31"),
        ("2022-01-03", "2022-01-03", "2022-01-03"),
        ("2022-01-03", "2022-01-03", "2022-01-03"),
    ]


def test_sort_ranks_ignore_case_then_use_it_and_put_nulls_last_both_ways() -> None:
    records: list[dict[str, Any]] = [{"v": "b"}, {"v": None}, {"v": "B"}, {"v": "a"}, {"v": "b"}]
    assert build_module.sort_ranks(records, "v") == [
        (2, 0),  # b after B, which sorts before it by case
        (3, 3),  # null: last either way
        (1, 1),
        (0, 2),
        (2, 0),
    ]


def test_a_records_searched_columns_are_indexed_as_datasette_finds_them(
    snapshot: Snapshot,
) -> None:
    """The index's content is the record table (``content="actors"``): Datasette and
    sqlite-utils find it there; a searched list is a column, its values one per line."""
    assert query(
        snapshot,
        "SELECT a.rowid, a.id, a.name, a.aliases FROM actors_fts f JOIN actors a "
        "ON a.rowid = f.rowid WHERE actors_fts MATCH '\"vale\"'",
    ) == [(1, "anna-vale", "Anna Vale", "Vale")]
    [(sql,)] = query(snapshot, "SELECT sql FROM sqlite_master WHERE name = 'actors_fts'")
    assert 'content="actors"' in sql


def test_every_filter_value_is_counted(snapshot: Snapshot) -> None:
    counts = {
        (filter_, value): count
        for filter_, value, count in query(
            snapshot,
            "SELECT filter, value, count FROM filter_counts WHERE collection = 'statements'",
        )
    }
    # vale-aid lists ruritania twice and counts once.
    assert counts[("mentions", "ruritania")] == 2
    assert counts[("speaker", "anna-vale")] == 2
    assert counts[("topic", "de-escalation")] == 2
    assert ("speaker", "nobody") not in counts


def test_a_bad_dataset_is_refused_with_check_data_messages_and_nothing_written(
    tmp_path: Path, data_dir: Path
) -> None:
    edit(data_dir, "statements", "vale-aid", speaker="nobody", speech_type="sung")
    with pytest.raises(DataError) as checked:
        load_checked(data_dir)
    out = tmp_path / "out"
    with pytest.raises(DataError) as built:
        build_snapshot(data_dir, out / "snapshot.sqlite")
    assert (
        built.value.violations
        == checked.value.violations
        == [
            "statements.json: vale-aid: speech_type: "
            "'sung' is not one of: direct, indirect, mixed.",
        ]
    )
    assert not out.exists() or list(out.iterdir()) == []


def test_a_build_that_fails_midway_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: Any) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(aggregates, "write_networks", broken)
    with pytest.raises(RuntimeError):
        build_snapshot(VALID, tmp_path / "snapshot.sqlite")
    assert list(tmp_path.iterdir()) == []


def test_a_build_makes_the_directories_of_its_output(tmp_path: Path) -> None:
    output = tmp_path / "not" / "yet" / "there" / "valid.sqlite"
    build_snapshot(VALID, output)
    assert Snapshot.open(output).counts["statements"] == 4


class RecordedProgress:
    """Records each step's total and every number of units reported done in it."""

    def __init__(self) -> None:
        self.steps: dict[str, tuple[int, list[int]]] = {}

    @contextmanager
    def step(self, label: str, total: int) -> Iterator[Callable[[int], None]]:
        done: list[int] = []
        self.steps[label] = (total, done)
        yield done.append


def test_every_step_of_a_build_reports_all_its_units_done(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # In this process, for the steps to be recorded where the test sees them.
    monkeypatch.setenv(build_module.IN_PROCESS, "1")
    progress = RecordedProgress()
    build_snapshot(VALID, tmp_path / "valid.sqlite", sources_dir=SOURCES, progress=progress)
    assert {label: total for label, (total, _) in progress.steps.items()} == {
        "load articles": 1,
        "load actors": 6,
        "load statements": 4,
        "load aid_figures": 1,
        "rules 2-5": 1,
        "rule 6": 1,
        "sort ranks": 4,
        "articles": 1,
        "actors": 6,
        "statements": 4,
        "aid_figures": 1,
        "indexes": 1,
        "aggregates": 2,
        "statistics": 1,
    }
    for label, (total, done) in progress.steps.items():
        # A progress bar adds up what it is given: anything but whole units breaks it.
        assert all(type(units) is int for units in done), label
        assert sum(done) == total, label


def test_a_snapshot_is_readable_by_others(snapshot: Snapshot) -> None:
    assert stat.S_IMODE(snapshot.path.stat().st_mode) == 0o644


def test_the_snapshot_is_opened_read_only(snapshot: Snapshot) -> None:
    with pytest.raises(sqlite3.OperationalError, match="readonly|read-only"):
        snapshot.connection().execute("DELETE FROM statements")
    assert query(snapshot, "SELECT count(*) FROM statements") == [(4,)]


def test_a_file_that_is_not_a_snapshot_is_refused(tmp_path: Path) -> None:
    (tmp_path / "notes.sqlite").write_bytes(b"not a database")
    with pytest.raises(SnapshotError, match=r"notes.sqlite.json is missing\. Build it again"):
        Snapshot.open(tmp_path / "notes.sqlite")
    write_manifest(tmp_path / "notes.sqlite", tmp_path / "notes.sqlite.json", "0")
    with pytest.raises(SnapshotError, match="is not an SQLite file"):
        Snapshot.open(tmp_path / "notes.sqlite")
    with pytest.raises(SnapshotError, match=r"no snapshot at .*missing.sqlite: build it"):
        Snapshot.open(tmp_path / "missing.sqlite")


def test_a_snapshot_of_another_schema_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    build_snapshot(VALID, path)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
        (build_id,) = connection.execute("SELECT value FROM meta WHERE key = 'build_id'").fetchone()
    connection.close()
    # Its manifest written again, as a build of that version wrote it.
    write_manifest(path, manifest_path(path), build_id)
    with pytest.raises(SnapshotError, match="build it again"):
        Snapshot.open(path)


def test_a_snapshot_is_reused_until_the_data_changes(tmp_path: Path, data_dir: Path) -> None:
    snapshots = tmp_path / "snapshots"
    first = snapshot_of(data_dir, snapshots)
    built_at = first.stat().st_mtime_ns
    assert snapshot_of(data_dir, snapshots) == first
    assert first.stat().st_mtime_ns == built_at
    # Touched, not changed: the same content, the same snapshot.
    os.utime(data_dir / "actors.json")
    assert snapshot_of(data_dir, snapshots) == first
    edit(data_dir, "actors", "karl-mohr", description="Freedonia's spokesperson.")
    second = snapshot_of(data_dir, snapshots)
    assert second != first
    assert Snapshot.open(second).version == load_checked(data_dir).version
    assert Snapshot.open(first).version == load_checked(VALID).version


def test_sources_are_part_of_what_a_snapshot_is_built_from(tmp_path: Path) -> None:
    snapshots = tmp_path / "snapshots"
    without = snapshot_of(VALID, snapshots)
    checked = snapshot_of(VALID, snapshots, sources_dir=SOURCES)
    assert checked != without
    assert Snapshot.open(checked).meta["sources_checked"] == "true"
    assert Snapshot.open(without).meta["sources_checked"] == "false"


def _contents(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Return the rows of every table of a snapshot but its metadata and search index."""
    connection = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if "search" not in name and name not in ("meta", "sqlite_stat1")
        ]
        return {
            # The snapshot's own table names, as sqlite_master lists them.
            name: list(connection.execute(f"SELECT * FROM {name} ORDER BY 1, 2"))  # noqa: S608
            for name in tables
        }
    finally:
        connection.close()


@pytest.mark.skipif(len(os.sched_getaffinity(0)) < 2, reason="a parallel build needs two cores")
def test_a_build_across_processes_writes_what_one_process_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_snapshot(REAL_DATA, tmp_path / "one.sqlite")
    monkeypatch.setattr(loading, "PARALLEL_THRESHOLD", 1)
    build_snapshot(REAL_DATA, tmp_path / "several.sqlite")
    one, several = _contents(tmp_path / "one.sqlite"), _contents(tmp_path / "several.sqlite")
    assert one == several
    assert len(one["statements"]) == 64

"""The catalog's entry points to the build: snapshots of this code's renderer, progress and all."""

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from api.catalog import build_snapshot, snapshot_of
from api.dataset.build import IN_PROCESS
from api.dataset.snapshot import Snapshot
from tests.support import SOURCES, VALID

COLLECTIONS = ("articles", "actors", "statements", "aid_figures")


class Recorder:
    """A Progress that records each step it is given, with its total."""

    def __init__(self) -> None:
        self.steps: list[tuple[str, int]] = []

    @contextmanager
    def step(self, label: str, total: int) -> Iterator[Callable[[int], None]]:
        self.steps.append((label, total))
        yield lambda done: None


def expected_steps(*, sources_checked: bool) -> list[tuple[str, int]]:
    """Return the steps a build of the valid fixture reports."""
    counts = {
        name: len(json.loads((VALID / f"{name}.json").read_text(encoding="utf-8")))
        for name in COLLECTIONS
    }
    return [
        *((f"load {name}", counts[name]) for name in COLLECTIONS),
        ("rules 2-5", 1),
        *([("rule 6", 1)] if sources_checked else []),
        ("sort ranks", len(COLLECTIONS)),
        *((name, counts[name]) for name in COLLECTIONS),
        ("indexes", 1),
        ("aggregates", 2),
        ("statistics", 1),
    ]


@pytest.fixture
def in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Build in this process, so that a recorder sees the build's progress."""
    monkeypatch.setenv(IN_PROCESS, "1")


@pytest.mark.usefixtures("in_process")
def test_build_snapshot_checks_the_sources_and_reports_its_progress(tmp_path: Path) -> None:
    progress = Recorder()
    path = tmp_path / "snapshot.sqlite"
    build_snapshot(VALID, path, sources_dir=SOURCES, progress=progress)
    assert Snapshot.open(path).meta["sources_checked"] == "true"
    assert progress.steps == expected_steps(sources_checked=True)


@pytest.mark.usefixtures("in_process")
def test_snapshot_of_reports_the_progress_of_the_build_it_makes(tmp_path: Path) -> None:
    progress = Recorder()
    path = snapshot_of(VALID, tmp_path, progress=progress)
    assert Snapshot.open(path).meta["sources_checked"] == "false"
    assert progress.steps == expected_steps(sources_checked=False)
    again = Recorder()
    assert snapshot_of(VALID, tmp_path, progress=again) == path
    assert again.steps == []

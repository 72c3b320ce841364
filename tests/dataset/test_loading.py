"""Loading a large file across processes gives exactly what loading it in one process gives."""

import json
import multiprocessing
import os
import shutil
from pathlib import Path

import pytest

from api.dataset import loading
from api.dataset.check import load_checked
from api.dataset.records import DataError
from schemas import ActorSchema
from tests.support import REAL_DATA, VALID

needs_two_cores = pytest.mark.skipif(
    len(os.sched_getaffinity(0)) < 2, reason="loading across processes needs two cores"
)


def load_across_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every collection of two or more records load across processes."""
    monkeypatch.setattr(loading, "PARALLEL_THRESHOLD", 1)


@needs_two_cores
def test_the_real_dataset_loads_the_same_across_processes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    in_one = load_checked(REAL_DATA)
    load_across_processes(monkeypatch)
    across = load_checked(REAL_DATA)
    assert across == in_one
    assert across.records["statements"]["peskov-no-deals"]["speaker"] == "dmitry-peskov"


@needs_two_cores
def test_problems_are_the_same_and_in_order_across_processes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = Path(shutil.copytree(VALID, tmp_path / "data"))
    path = data_dir / "statements.json"
    statements = json.loads(path.read_text(encoding="utf-8"))
    statements[0]["speech_type"] = "sung"
    statements[-1]["topics"] = ["weather"]
    statements.append("not a record")
    path.write_text(json.dumps(statements), encoding="utf-8")
    with pytest.raises(DataError) as in_one:
        load_checked(data_dir)
    load_across_processes(monkeypatch)
    with pytest.raises(DataError) as across:
        load_checked(data_dir)
    assert across.value.violations == in_one.value.violations
    assert len(in_one.value.violations) == 3


@needs_two_cores
def test_loading_across_processes_forks_whatever_the_default_start_method(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The processes inherit the job they were forked for: a process started afresh
    # (forkserver, the default from Python 3.14, or spawn) would have none.
    in_one = load_checked(VALID)
    load_across_processes(monkeypatch)
    default = multiprocessing.get_start_method(allow_none=True)
    multiprocessing.set_start_method("forkserver", force=True)
    try:
        assert load_checked(VALID) == in_one
    finally:
        multiprocessing.set_start_method(default, force=True)


def test_an_item_that_is_not_an_object_loads_as_nothing() -> None:
    items = json.loads((VALID / "actors.json").read_text(encoding="utf-8"))
    loaded = loading.load_items(ActorSchema(), [*items, 7])
    assert [record["id"] for record, _ in loaded[:-1] if record] == [item["id"] for item in items]
    assert loaded[-1] == (None, None)

"""Export files: built once per tag, bounded in work and disk, cleaned of other snapshots'."""

import fcntl
import logging
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from api.web import export_files
from api.web.export_files import ExportFiles, ExportsBusy


class Chunks:
    """An export's chunks that count their calls, and can wait before their end."""

    def __init__(self, *parts: bytes, release: threading.Event | None = None) -> None:
        self.parts = parts
        self.release = release
        self.calls = 0

    def __call__(self) -> Iterator[bytes]:
        self.calls += 1
        yield self.parts[0]
        if self.release is not None:
            assert self.release.wait(10)
        yield from self.parts[1:]


def test_concurrent_requests_of_an_export_share_one_build(tmp_path: Path) -> None:
    files = ExportFiles(tmp_path, "snapshot")
    release = threading.Event()
    chunks = Chunks(b"id,name\r\n", b"a,b\r\n" * 1000, release=release)
    bodies: list[bytes] = []

    def read() -> None:
        bodies.append(b"".join(files.body("tag", chunks)))

    readers = [threading.Thread(target=read) for _ in range(6)]
    for reader in readers:
        reader.start()
    time.sleep(0.1)
    release.set()
    for reader in readers:
        reader.join(10)
    assert bodies == [b"id,name\r\n" + b"a,b\r\n" * 1000] * 6
    assert chunks.calls == 1
    assert sorted(path.name for path in files.directory.iterdir()) == [".in-use", "tag"]


def test_a_complete_file_is_answered_as_it_is(tmp_path: Path) -> None:
    b"".join(ExportFiles(tmp_path, "snapshot").body("tag", Chunks(b"x")))
    # Another worker (another ExportFiles of the same snapshot) finds it.
    chunks = Chunks(b"y")
    body = ExportFiles(tmp_path, "snapshot").body("tag", chunks)
    assert body.ready() == tmp_path / "snapshot" / "tag"
    assert b"".join(body) == b"x"
    assert chunks.calls == 0


def test_a_worker_refuses_a_build_beyond_its_bound_but_not_one_it_has(tmp_path: Path) -> None:
    files = ExportFiles(tmp_path, "snapshot", builds=1, queue=1)
    release = threading.Event()
    try:
        for tag in ("one", "two"):
            files.body(tag, Chunks(b"a", b"b", release=release)).build()
        with pytest.raises(ExportsBusy):
            files.body("three", Chunks(b"c"))
        files.body("two", Chunks(b"b"))  # pending: its requests wait for it
    finally:
        release.set()
    assert files.body("one", Chunks(b"a")).build().result(10).read_bytes() == b"ab"
    assert files.body("two", Chunks(b"a")).build().result(10).read_bytes() == b"ab"
    assert b"".join(files.body("three", Chunks(b"c"))) == b"c"


def test_a_build_that_fails_leaves_nothing_and_the_next_request_builds_again(
    tmp_path: Path,
) -> None:
    def failing() -> Iterator[bytes]:
        yield b"half"
        raise OSError("No space left on device")

    files = ExportFiles(tmp_path, "snapshot")
    with pytest.raises(OSError, match="No space"):
        b"".join(files.body("tag", failing))
    assert [path.name for path in files.directory.iterdir()] == [".in-use"]
    assert b"".join(files.body("tag", Chunks(b"whole"))) == b"whole"


def test_a_build_waits_for_the_one_another_worker_is_writing(tmp_path: Path) -> None:
    files = ExportFiles(tmp_path, "snapshot")
    partial = files.directory / "tag.partial"
    other = os.open(partial, os.O_CREAT | os.O_WRONLY)
    fcntl.flock(other, fcntl.LOCK_EX)  # another worker builds "tag"
    chunks = Chunks(b"mine")
    build = files.body("tag", chunks).build()
    time.sleep(0.2)
    assert not build.done()
    os.write(other, b"theirs")
    os.rename(partial, files.directory / "tag")
    os.close(other)
    assert build.result(10).read_bytes() == b"theirs"
    assert chunks.calls == 0


def test_room_is_made_by_removing_the_least_recently_used_but_never_recent_files(
    tmp_path: Path,
) -> None:
    files = ExportFiles(tmp_path, "snapshot", max_bytes=300)
    long_ago = time.time() - 2 * export_files.RECENT_SECONDS
    for age, tag in enumerate(("oldest", "older", "recent")):
        b"".join(files.body(tag, Chunks(b"x" * 100)))
        if tag != "recent":
            os.utime(files.directory / tag, (long_ago + age, long_ago + age))
    b"".join(files.body("new", Chunks(b"x" * 100)))
    names = [".in-use", "new", "older", "recent"]
    assert sorted(path.name for path in files.directory.iterdir()) == names
    # Used again, a file is recent; files used within RECENT_SECONDS may be being sent, and
    # stay even beyond the bound.
    assert files.body("older", Chunks()).ready() is not None
    b"".join(files.body("newer", Chunks(b"x" * 100)))
    names = [".in-use", "new", "newer", "older", "recent"]
    assert sorted(path.name for path in files.directory.iterdir()) == names


def test_the_files_of_a_snapshot_no_server_holds_are_removed_at_start(tmp_path: Path) -> None:
    for snapshot, tags in (("gone", ("a", "b.partial")), ("served", ("c",))):
        (tmp_path / snapshot).mkdir()
        for tag in tags:
            (tmp_path / snapshot / tag).write_bytes(b"x")
    held = os.open(tmp_path / "served" / ".in-use", os.O_CREAT | os.O_RDONLY)
    fcntl.flock(held, fcntl.LOCK_SH)  # a server of the other snapshot is running
    try:
        ExportFiles(tmp_path, "mine")
        assert sorted(path.name for path in (tmp_path / "gone").iterdir()) == [".in-use"]
        assert sorted(path.name for path in (tmp_path / "served").iterdir()) == [".in-use", "c"]
        # This process holds "mine" now: another start does not empty it.
        (tmp_path / "mine" / "d").write_bytes(b"x")
        ExportFiles(tmp_path, "other")
        assert (tmp_path / "mine" / "d").exists()
    finally:
        os.close(held)


def test_exports_go_under_the_temp_dir_where_the_directory_cannot_be_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    (tmp_path / "read-only").write_bytes(b"a file, not a directory")
    with caplog.at_level(logging.WARNING):
        files = ExportFiles(tmp_path / "read-only" / "exports", "snapshot")
    assert files.directory == tmp_path / "tmp" / f"dossier-exports-{os.getuid()}" / "snapshot"
    assert "cannot be written" in caplog.text
    assert b"".join(files.body("tag", Chunks(b"x"))) == b"x"


def test_a_build_waiting_for_another_workers_that_fails_writes_the_file_itself(
    tmp_path: Path,
) -> None:
    files = ExportFiles(tmp_path, "snapshot")
    partial = files.directory / "tag.partial"
    other = os.open(partial, os.O_CREAT | os.O_WRONLY)
    fcntl.flock(other, fcntl.LOCK_EX)  # another worker builds "tag"...
    build = files.body("tag", Chunks(b"mine")).build()
    time.sleep(0.2)
    partial.unlink()  # ...fails, and removes its file
    os.close(other)
    assert build.result(10).read_bytes() == b"mine"
    assert sorted(path.name for path in files.directory.iterdir()) == [".in-use", "tag"]

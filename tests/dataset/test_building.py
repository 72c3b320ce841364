"""A build that is damaged, interrupted or has nowhere to write: what is left, what is said.

- ``flask build-snapshot`` checks a snapshot that is there against its manifest (size and
  hash) and builds a damaged one again, rather than saying it is up to date;
- a read-only directory that holds the current snapshot serves it, and one that does not
  says so in one line, without a traceback;
- what a build killed midway left is removed by the next one;
- SIGTERM stops a build, its processes and its files, within seconds.
"""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from api.catalog import snapshot_of
from api.cli import build_snapshot_command
from api.dataset.integrity import manifest_path
from bench import synth
from tests.support import REAL_DATA, ROOT


def _build(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(build_snapshot_command, ["--data", str(REAL_DATA), *args])
    return result.exit_code, result.output


@pytest.fixture
def snapshot_dir(tmp_path: Path) -> Path:
    """Return a directory of snapshots holding the real dataset's current one."""
    directory = tmp_path / "snapshots"
    exit_code, _ = _build("--snapshot-dir", str(directory))
    assert exit_code == 0
    return directory


def _current(snapshot_dir: Path) -> Path:
    [path] = snapshot_dir.glob("dossier-*.sqlite")
    return path


def test_a_damaged_snapshot_under_its_name_is_built_again(snapshot_dir: Path) -> None:
    path = _current(snapshot_dir)
    with path.open("r+b") as file:
        file.seek(path.stat().st_size // 2)
        file.write(b"\x00" * 64)
    exit_code, output = _build("--snapshot-dir", str(snapshot_dir))
    assert exit_code == 0
    assert f"{path} does not have the sha256 its build wrote: building it again" in output
    assert f"built {path}" in output
    assert _build("--snapshot-dir", str(snapshot_dir))[1] == f"up to date: {path}\n"


def test_a_snapshot_without_its_manifest_is_built_again(snapshot_dir: Path) -> None:
    path = _current(snapshot_dir)
    manifest_path(path).unlink()
    exit_code, output = _build("--snapshot-dir", str(snapshot_dir))
    assert (exit_code, f"{manifest_path(path)} is missing: building it again" in output) == (
        0,
        True,
    )
    assert manifest_path(path).is_file()


@pytest.fixture
def read_only(snapshot_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Return the directory of snapshots, made read-only as a read-only file system makes
    it (a mode is no bar to root, which CI runs as): every write into it fails."""

    def refused(path: Path, *args: object, **kwargs: object) -> int:
        raise OSError(30, "Read-only file system", str(path))

    monkeypatch.setattr(Path, "write_bytes", refused)
    monkeypatch.setattr(Path, "mkdir", lambda *args, **kwargs: None)
    return snapshot_dir


def test_a_read_only_directory_holding_the_snapshot_serves_it(read_only: Path) -> None:
    (read_only / "keys.json").unlink()
    assert snapshot_of(REAL_DATA, read_only) == _current(read_only)
    assert _build("--snapshot-dir", str(read_only))[1].startswith("up to date: ")
    assert not (read_only / "keys.json").exists()


def test_a_read_only_directory_is_told_in_one_line(tmp_path: Path) -> None:
    """As root, a mode is no bar: a directory under a file cannot be made, for anyone."""
    blocked = tmp_path / "a-file"
    blocked.write_text("not a directory")
    exit_code, output = _build("--snapshot-dir", str(blocked / "snapshots"))
    assert exit_code == 1
    assert output.startswith(f"cannot build in {blocked / 'snapshots'} (")
    assert "Traceback" not in output


def test_what_a_killed_build_left_is_removed_by_the_next(snapshot_dir: Path) -> None:
    path = _current(snapshot_dir)
    leftovers = [
        snapshot_dir / f".{path.name}.x1y2.building",
        snapshot_dir / f".{path.name}.x1y2.building.json",
        snapshot_dir / f".{path.name}.x1y2.building.chunks-ab12",
    ]
    leftovers[0].write_bytes(b"half a snapshot")
    leftovers[1].write_bytes(b"{}")
    leftovers[2].mkdir()
    (leftovers[2] / "statements-0.sqlite").write_bytes(b"a chunk")
    path.unlink()
    assert _build("--snapshot-dir", str(snapshot_dir))[0] == 0
    assert sorted(p.name for p in snapshot_dir.iterdir()) == sorted(
        [path.name, manifest_path(path).name, "keys.json"]
    )


def _group(group: int) -> list[int]:
    """Return the processes of a process group still alive (zombies are gone already)."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == group and fields[0] != "Z":
            members.append(int(stat.parent.name))
    return members


@pytest.mark.slow
def test_sigterm_stops_a_build_its_processes_and_its_files(tmp_path: Path) -> None:
    data_dir = tmp_path / "x300"
    synth.generate(data_dir, 300)
    snapshots = tmp_path / "snapshots"
    command = [sys.executable, "-m", "flask", "--app", "api", "build-snapshot"]
    process = subprocess.Popen(
        [*command, "--data", str(data_dir), "--snapshot-dir", str(snapshots)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not list(snapshots.glob(".*.building")) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert list(snapshots.glob(".*.building")), "the build never started writing"
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) != 0
        deadline = time.monotonic() + 5
        while _group(process.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _group(process.pid) == [], "a build process outlived the build"
        assert [p.name for p in snapshots.iterdir() if p.name != "keys.json"] == []
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()

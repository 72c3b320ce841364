"""How a build runs: alone in its directory, and stopped cleanly whatever stops it.

- One build at a time writes into a directory: it holds a lock on the directory itself
  (``flock``: no file of its own, and a read-only directory can still be locked), and
  first removes what builds that did not finish left (a half-written file, its manifest,
  a directory of chunks): with the lock held, no other build is writing them.
- SIGTERM (a stop, a deploy's timeout) stops a build as Ctrl-C does: the exception unwinds
  through its ``finally`` clauses, which delete what it had written.
- A process a build forks (the builder, its chunk writers) is told by the kernel to stop
  when its parent dies (``PR_SET_PDEATHSIG``), even of SIGKILL: no orphan goes on writing.
"""

import ctypes
import ctypes.util
import fcntl
import os
import shutil
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

#: Linux's prctl option asking for a signal when the parent dies.
_PR_SET_PDEATHSIG = 1


class BuildError(Exception):
    """A build cannot run where it was asked to."""


def _stop(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)


@contextmanager
def stoppable() -> Iterator[None]:
    """Make SIGTERM stop the calling (main) thread as an exception, while the block runs."""
    try:
        previous = signal.signal(signal.SIGTERM, _stop)
    except ValueError:  # not the main thread: whoever owns the signals handles them
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def die_with_parent() -> None:
    """Ask the kernel to send this process SIGTERM when its parent dies (Linux only)."""
    if not sys.platform.startswith("linux"):
        return
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    # The parent may have died before the request: then this process is already adopted.
    if os.getppid() == 1:
        os.kill(os.getpid(), signal.SIGTERM)


@contextmanager
def alone_in(directory: Path, leftovers: tuple[str, ...]) -> Iterator[None]:
    """Hold the build lock of ``directory`` and remove what unfinished builds left there
    (names matching the ``leftovers`` glob patterns); raise BuildError when the directory
    cannot be written."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handle = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
        if not os.access(directory, os.W_OK):
            os.close(handle)
            raise PermissionError(13, "Permission denied")
    except OSError as error:
        raise BuildError(
            f"cannot build in {directory} ({error.strerror}): give a writable "
            "FLASK_SNAPSHOT_DIR, or a built snapshot in FLASK_SNAPSHOT"
        ) from None
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        for pattern in leftovers:
            for path in directory.glob(pattern):
                if path.is_dir():
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    path.unlink(missing_ok=True)
        yield
    finally:
        os.close(handle)

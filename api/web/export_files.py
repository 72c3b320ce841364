"""Exports written once per ETag into files, so that the server sends them as files.

An export (CSV, NDJSON) can be hundreds of megabytes. Streamed from a Python iterator, it
held a server thread for as long as its reader took: four readers that stopped reading
held every thread of a node. Here each export is written once per entity tag into a file,
and every request for it is answered from that file, which the server sends without a
Python thread (``api.rsgi``); under any other WSGI server the file is read in blocks.

- **Once per tag, per node.** The builder writes ``<tag>.partial`` under an exclusive
  ``flock`` of that file, then renames it ``<tag>``. Requests in the same
  worker share its build; a worker that finds the file locked waits for the other
  worker's build (the server meanwhile sends what is written, see ``api.rsgi``). An
  export's bytes are a function of its tag, so a build that restarts after a crashed one
  writes the same bytes.
- **Bounded work.** Builds run on a small pool of each worker (``builds``); a request that
  would start one more build while ``builds + queue`` are pending in its worker is
  refused (503, ``Retry-After``) rather than queued without bound.
- **Bounded disk.** Each snapshot has its own directory under the exports directory, and
  the files of a snapshot's directory are held to ``max_bytes`` by removing the least
  recently used ones, never one used in the last ``RECENT_SECONDS`` (it may be being
  sent). Each server holds a shared ``flock`` on its snapshot's directory; at start, the
  files of every directory that no server holds (other snapshots, or a crashed server's
  leftovers) are removed.
"""

import fcntl
import logging
import os
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

_logger = logging.getLogger(__name__)

#: Bytes of export files kept per snapshot before the least recently used are removed.
EXPORTS_BYTES = 2 * 1024**3
#: Exports each worker builds at once.
EXPORT_BUILDS = 2
#: Distinct exports that may wait for a build in each worker; one more is refused (503).
EXPORT_QUEUE = 8
#: A file used this recently may be being sent: it is never removed to make room.
RECENT_SECONDS = 60.0
#: Seconds a refused export request is asked to wait (``Retry-After``).
RETRY_AFTER_SECONDS = 5
#: The file a server holds a shared lock on while it serves a snapshot's directory.
_IN_USE = ".in-use"
_PARTIAL = ".partial"
#: Bytes per block when an export file is read by Python (any WSGI server but ``api.rsgi``).
_BLOCK = 256 * 1024


Chunks = Callable[[], Iterator[bytes]]


class ExportsBusy(Exception):
    """Too many distinct exports are being built in this worker to start one more."""


@dataclass(frozen=True, slots=True)
class ExportBody:
    """The body of an export response: its file, complete or being built.

    A server that sends files calls :meth:`ready`, :meth:`build` and :meth:`partial`;
    any other iterates it, which waits for the file and reads it.
    """

    final: Path
    #: The file being written, renamed ``final`` when it is complete.
    partial: Path
    _start: Callable[[], "Future[Path]"]

    def ready(self) -> Path | None:
        """Return the complete file, if it is there (marking it used), without blocking."""
        try:
            os.utime(self.final)
        except FileNotFoundError:
            return None
        return self.final

    def build(self) -> "Future[Path]":
        """Return the complete file's future: this worker's build of it, started if need be."""
        return self._start()

    def __iter__(self) -> Iterator[bytes]:
        with self.build().result().open("rb") as file:
            while block := file.read(_BLOCK):
                yield block


class ExportFiles:
    """The export files of one snapshot, in their own directory under ``root``."""

    def __init__(
        self,
        root: Path,
        snapshot: str,
        *,
        max_bytes: int = EXPORTS_BYTES,
        builds: int = EXPORT_BUILDS,
        queue: int = EXPORT_QUEUE,
    ) -> None:
        self.directory = _writable(root) / snapshot
        self.max_bytes = max_bytes
        self._most_pending = builds + queue
        self._pool = ThreadPoolExecutor(builds, thread_name_prefix="export")
        self._pending: dict[str, Future[Path]] = {}
        self._lock = threading.RLock()
        self._in_use = _claim(self.directory)

    def body(self, tag: str, chunks: Chunks) -> ExportBody:
        """Return the body of the response of the export tagged ``tag``, made by ``chunks``.

        Raises :class:`ExportsBusy` when its file is neither there nor being built in this
        worker, and this worker already has as many builds pending as it allows.
        """
        final = self.directory / tag
        if not final.exists():
            with self._lock:
                if final.name not in self._pending and len(self._pending) >= self._most_pending:
                    raise ExportsBusy
        return ExportBody(
            final, final.with_name(final.name + _PARTIAL), lambda: self._started(chunks, final)
        )

    def _started(self, chunks: Chunks, final: Path) -> "Future[Path]":
        """Return this worker's build of ``final``, started unless it is pending."""
        with self._lock:
            pending = self._pending.get(final.name)
            if pending is None:
                pending = self._pool.submit(self._build, chunks, final)
                self._pending[final.name] = pending
                pending.add_done_callback(lambda _: self._forget(final.name))
            return pending

    def _forget(self, name: str) -> None:
        with self._lock:
            del self._pending[name]

    def _build(self, chunks: Chunks, final: Path) -> Path:
        """Write ``final`` unless another worker has; wait for one that is writing it."""
        if final.exists():
            return final
        partial = final.with_name(final.name + _PARTIAL)
        fd = _locked(partial)
        try:
            if final.exists():
                return final
            os.ftruncate(fd, 0)
            try:
                for chunk in chunks():
                    view = memoryview(chunk)
                    while view:
                        view = view[os.write(fd, view) :]
                os.replace(partial, final)
            except BaseException:
                partial.unlink(missing_ok=True)
                raise
        finally:
            os.close(fd)
        self._make_room(keep=final)
        return final

    def _make_room(self, keep: Path) -> None:
        """Remove the least recently used files beyond ``max_bytes``, but recent ones."""
        files = []
        for path in self.directory.iterdir():
            if path.name.startswith(".") or path.name.endswith(_PARTIAL) or path == keep:
                continue
            try:
                stat = path.stat()
            except FileNotFoundError:
                continue
            files.append((stat.st_mtime, stat.st_size, path))
        total = sum(size for _, size, _ in files) + _size(keep)
        recent = time.time() - RECENT_SECONDS
        for used, size, path in sorted(files):
            if total <= self.max_bytes or used > recent:
                break
            path.unlink(missing_ok=True)
            total -= size


def _locked(partial: Path) -> int:
    """Open ``partial`` for writing under an exclusive lock (waiting for its writer, if any)."""
    while True:
        fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_CLOEXEC, 0o644)
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            if os.fstat(fd).st_ino == partial.stat().st_ino:
                return fd
        except FileNotFoundError:
            pass
        # Its writer failed and removed it while this waited: lock the file there now.
        os.close(fd)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def _writable(root: Path) -> Path:
    """Return ``root``, made; or, where it cannot be written, a directory under the temp dir."""
    try:
        root.mkdir(parents=True, exist_ok=True)
        if os.access(root, os.W_OK | os.X_OK):
            return root
    except OSError:
        pass
    fallback = Path(tempfile.gettempdir()) / f"dossier-exports-{os.getuid()}"
    _logger.warning("exports: %s cannot be written; writing exports under %s", root, fallback)
    fallback.mkdir(mode=0o700, exist_ok=True)
    return fallback


def _claim(directory: Path) -> int:
    """Empty every snapshot directory beside ``directory`` that no server holds, then hold it.

    Returns the descriptor that holds the shared lock: open for as long as the process (and
    the workers forked from it) serve the snapshot.
    """
    directory.mkdir(exist_ok=True)
    for other in directory.parent.iterdir():
        if other.is_dir():
            _empty_unless_held(other)
    fd = os.open(directory / _IN_USE, os.O_CREAT | os.O_RDONLY | os.O_CLOEXEC, 0o644)
    fcntl.flock(fd, fcntl.LOCK_SH)
    return fd


def _empty_unless_held(directory: Path) -> None:
    """Remove the files of ``directory`` if no server holds it (its lock file stays)."""
    try:
        fd = os.open(directory / _IN_USE, os.O_CREAT | os.O_RDONLY | os.O_CLOEXEC, 0o644)
    except OSError:
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return
    try:
        for path in directory.iterdir():
            if path.name != _IN_USE and path.is_file():
                path.unlink(missing_ok=True)
    finally:
        os.close(fd)

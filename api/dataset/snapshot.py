"""The read-only snapshot a server serves, and finding (or building) the one of a data directory.

A snapshot is named after what it was built from: the content of the data files (the
dataset version), the code that compiles and renders them, and the source texts when
rule 6 was checked. A server looks for the snapshot of its data directory under that
name and builds it only when it is missing, so a second start reuses the file. Hashing
a large data directory takes a while, so the key of each data directory is kept with
the sizes, times and inodes of its files, and recomputed only when one of them changes.
"""

import hashlib
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Mapping
from contextlib import closing, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from api.dataset.budget import PROGRESS_STEPS, over_budget
from api.dataset.build import SCHEMA_VERSION, RendererFactory, build
from api.dataset.integrity import Identity, IntegrityError, verify
from api.dataset.loading import Progress
from api.spec.collections import RECORD_COLLECTIONS

#: Where snapshots are kept unless the app's config says otherwise.
DEFAULT_SNAPSHOT_DIR = Path(__file__).resolve().parent.parent.parent / "build" / "snapshots"
#: The code a snapshot's content depends on, besides what its caller adds (the renderer).
_BUILD_CODE = (
    *sorted(Path(__file__).parent.glob("*.py")),
    *sorted((Path(__file__).resolve().parent.parent / "spec").glob("*.py")),
    *sorted((Path(__file__).resolve().parent.parent.parent / "schemas").glob("*.py")),
)
#: Each worker thread's page cache, in KiB (SQLite's default is 2 MB).
CACHE_KIB = 8192
_KEYS_FILE = "keys.json"


class SnapshotError(Exception):
    """The file is not a snapshot this code can serve."""


@dataclass(frozen=True)
class Snapshot:
    """A read-only snapshot: its metadata, and a connection per thread of the process."""

    path: Path
    meta: Mapping[str, str]
    #: The file as it was opened: a file replaced, truncated or gone is not this one.
    identity: Identity

    @classmethod
    def open(cls, path: Path) -> "Snapshot":
        """Open the snapshot at ``path``, checking that it is the file its build wrote
        (``api.dataset.integrity``) and that this code can serve it."""
        try:
            identity = Identity.of(path)
        except OSError:
            raise SnapshotError(f"no snapshot at {path}: build it (make snapshot)") from None
        try:
            verify(path)
            with closing(connect_read_only(path)) as connection:
                meta = dict(connection.execute("SELECT key, value FROM meta"))
        except (OSError, IntegrityError, sqlite3.Error) as error:
            raise SnapshotError(
                f"{path} cannot be served: {error}. Build it again (make snapshot)"
            ) from None
        if meta.get("schema_version") != str(SCHEMA_VERSION):
            raise SnapshotError(
                f"{path} has snapshot schema {meta.get('schema_version')}, this code "
                f"serves {SCHEMA_VERSION}: build it again (make snapshot)"
            )
        return cls(path, meta, identity)

    def unavailable(self) -> str | None:
        """Return why the file this snapshot was opened from can no longer be served (gone,
        replaced, truncated), or None while it is the same file."""
        return self.identity.changed(self.path)

    @property
    def version(self) -> str:
        """Return the dataset version: the content hash of the data files it was built from."""
        return self.meta["dataset_version"]

    @property
    def etag(self) -> str:
        """Return the file's strong validator: the dataset version and the build's own id.

        Two builds of one dataset differ in bytes (their build time, the code that
        rendered them); copies of one build share its id.
        """
        return f"{self.version}-{self.meta['build_id']}"

    @property
    def counts(self) -> dict[str, int]:
        """Return how many records each collection holds, and the topics."""
        counts: dict[str, int] = orjson.loads(self.meta["counts"])
        return counts

    def connection(self) -> sqlite3.Connection:
        """Return this thread's read-only connection, opened on first use.

        Connections are opened in the process and thread that use them, never
        inherited across a fork.
        """
        local = _connections.get((os.getpid(), self.path))
        if local is None:
            local = _connections.setdefault((os.getpid(), self.path), threading.local())
        connection: sqlite3.Connection | None = getattr(local, "connection", None)
        if connection is None:
            connection = local.connection = connect_read_only(self.path)
        return connection


_connections: dict[tuple[int, Path], threading.local] = {}


def connect_read_only(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only and immutable: no locks, no journal, no writes."""
    if not path.is_file():
        raise SnapshotError(f"no snapshot at {path}")
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    connection = sqlite3.connect(uri, uri=True, cached_statements=512)
    connection.execute("PRAGMA query_only = ON")
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    connection.set_progress_handler(over_budget, PROGRESS_STEPS)
    return connection


def data_version(data_dir: Path) -> str:
    """Return the dataset version of ``data_dir``: the sha256 of its files, in file order."""
    digest = hashlib.sha256()
    for collection in RECORD_COLLECTIONS:
        try:
            digest.update((data_dir / f"{collection}.json").read_bytes())
        except OSError:
            continue
    return digest.hexdigest()[:16]


def _digest(paths: Iterable[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _stats(data_dir: Path) -> list[Any]:
    stats: list[Any] = []
    for collection in RECORD_COLLECTIONS:
        try:
            stat = (data_dir / f"{collection}.json").stat()
        except OSError:
            stats.append(None)
            continue
        stats.append([stat.st_size, stat.st_mtime_ns, stat.st_ino])
    return stats


def _cached_version(data_dir: Path, snapshot_dir: Path) -> str:
    """Return the dataset version of ``data_dir``; the key file's while its files are unchanged."""
    keys_file = snapshot_dir / _KEYS_FILE
    try:
        keys: dict[str, Any] = orjson.loads(keys_file.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        keys = {}
    where = str(data_dir.resolve())
    stats = _stats(data_dir)
    known = keys.get(where)
    if known is not None and known["stats"] == stats:
        version: str = known["version"]
        return version
    version = data_version(data_dir)
    keys[where] = {"stats": stats, "version": version}
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    try:
        snapshot_dir.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
        os.replace(temporary, keys_file)
    except OSError:
        # A directory that cannot be written (a read-only deploy) keeps no key: the
        # version was computed, and is as good; the next start computes it again.
        with suppress(OSError):
            temporary.unlink(missing_ok=True)
    return version


def snapshot_path(
    data_dir: Path,
    snapshot_dir: Path,
    *,
    code: Iterable[Path] = (),
    sources_dir: Path | None = None,
) -> Path:
    """Return where the snapshot of ``data_dir`` built by this code is, or would be."""
    version = _cached_version(data_dir, snapshot_dir)
    parts = [version, _digest([*_BUILD_CODE, *code])]
    if sources_dir is not None:
        parts.append(_digest(sorted(p for p in sources_dir.iterdir() if p.is_file())))
    key = hashlib.sha256("\n".join(parts).encode()).hexdigest()[:12]
    return snapshot_dir / f"dossier-{version}-{key}.sqlite"


def ensure_snapshot(
    data_dir: Path,
    snapshot_dir: Path,
    make_renderer: RendererFactory,
    *,
    code: Iterable[Path] = (),
    sources_dir: Path | None = None,
    progress: Progress | None = None,
    hashed: bool | None = None,
    report: Callable[[str], None] | None = None,
) -> Path:
    """Return the snapshot of ``data_dir``, building it first if it is missing or is not
    the file its build wrote (``verify``; ``hashed`` asks for its hash whatever its size).

    Raises DataError, writing nothing, when the dataset breaks a rule.
    """
    path = snapshot_path(data_dir, snapshot_dir, code=code, sources_dir=sources_dir)

    def usable() -> bool:
        if not path.is_file():
            return False
        try:
            verify(path, hashed=hashed)
        except IntegrityError as error:
            if report is not None:
                report(f"{error}: building it again")
            return False
        return True

    # Asked again once the build has the directory: another server may have built it.
    if not usable():
        build(
            data_dir, path, make_renderer, sources_dir=sources_dir, progress=progress, unless=usable
        )
    return path

"""Whether a snapshot file is the one its build wrote: its manifest, and its identity.

A build writes, beside the snapshot, its manifest (``<snapshot>.json``): the file's size, its
SHA-256 and the build's id. ``verify`` checks a file against it: the size, the build id in
the file, the size SQLite's own header says the file has, and the hash (for a file of up to
``HASHED_AT_OPEN`` bytes; ``make snapshot``, which runs before every ``make run``, hashes a
file of any size, and rebuilds one that differs). A server then keeps the identity of the
file it opened (device, inode, size, modification time) and compares it before serving the
download and on every readiness check: a file replaced, truncated or deleted under it is
seen at once, without reading it.
"""

import hashlib
import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import orjson

#: What a file's digest is.
DIGEST = "sha256"
#: Files up to this size are hashed when a server opens them (about a tenth of a second).
HASHED_AT_OPEN = 256 * 2**20
#: Where SQLite's header keeps the page size (2 bytes) and the page count (4 bytes).
_PAGE_SIZE, _PAGE_COUNT = slice(16, 18), slice(28, 32)


class IntegrityError(Exception):
    """The file is not the snapshot its manifest describes."""


def manifest_path(snapshot: Path) -> Path:
    """Return where the manifest of ``snapshot`` is."""
    return snapshot.with_name(f"{snapshot.name}.json")


def digest(path: Path) -> str:
    """Return the SHA-256 of a file."""
    with path.open("rb") as file:
        return hashlib.file_digest(file, DIGEST).hexdigest()


def write_manifest(snapshot: Path, manifest: Path, build_id: str) -> None:
    """Write the manifest of a finished snapshot (to ``manifest``: its caller renames it)."""
    fields = {"bytes": snapshot.stat().st_size, DIGEST: digest(snapshot), "build_id": build_id}
    manifest.write_bytes(orjson.dumps(fields, option=orjson.OPT_INDENT_2))


def _header_size(path: Path) -> int:
    """Return the size the file's SQLite header says it has (page size x page count)."""
    with path.open("rb") as file:
        header = file.read(100)
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        raise IntegrityError(f"{path} is not an SQLite file")
    page_size = int.from_bytes(header[_PAGE_SIZE], "big")
    page_size = 65536 if page_size == 1 else page_size
    return page_size * int.from_bytes(header[_PAGE_COUNT], "big")


def verify(path: Path, *, hashed: bool | None = None) -> None:
    """Check a snapshot against its manifest; raise IntegrityError saying what differs.

    ``hashed`` asks for the hash (None: for a file of up to ``HASHED_AT_OPEN`` bytes).
    """
    try:
        manifest = orjson.loads(manifest_path(path).read_bytes())
        size = path.stat().st_size
    except FileNotFoundError as error:
        raise IntegrityError(f"{error.filename} is missing") from None
    except (OSError, orjson.JSONDecodeError) as error:
        raise IntegrityError(f"the manifest of {path} cannot be read ({error})") from None
    if size != manifest["bytes"]:
        raise IntegrityError(f"{path} has {size} bytes, its build wrote {manifest['bytes']}")
    if _header_size(path) != size:
        raise IntegrityError(f"{path} is not the size its SQLite header says")
    if (size <= HASHED_AT_OPEN if hashed is None else hashed) and digest(path) != manifest[DIGEST]:
        raise IntegrityError(f"{path} does not have the {DIGEST} its build wrote")
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as db:
            (build_id,) = db.execute("SELECT value FROM meta WHERE key = 'build_id'").fetchone()
    except (sqlite3.Error, TypeError) as error:
        raise IntegrityError(f"{path} cannot be read ({error})") from None
    if build_id != manifest["build_id"]:
        raise IntegrityError(
            f"{path} is build {build_id}, its manifest is of {manifest['build_id']}"
        )


@dataclass(frozen=True)
class Identity:
    """What tells a file from another, or from itself changed: cheap to read, never its bytes."""

    device: int
    inode: int
    size: int
    modified_ns: int

    @classmethod
    def of(cls, path: Path) -> "Identity":
        """Return the identity of the file at ``path`` (OSError when there is none)."""
        stat = path.stat()
        return cls(stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns)

    def changed(self, path: Path) -> str | None:
        """Return how the file at ``path`` is no longer this one, or None when it is."""
        try:
            now = Identity.of(path)
        except OSError:
            return "the snapshot file is gone"
        return None if now == self else "the snapshot file was changed"


def remove(snapshot: Path) -> None:
    """Delete a snapshot and its manifest, whichever exist."""
    for path in (snapshot, manifest_path(snapshot)):
        path.unlink(missing_ok=True)


def replace(temporary: Path, temporary_manifest: Path, snapshot: Path) -> None:
    """Put a finished snapshot and its manifest in place: the file, then its manifest."""
    os.replace(temporary, snapshot)
    os.replace(temporary_manifest, manifest_path(snapshot))

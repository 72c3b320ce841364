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
from collections.abc import Iterable, Mapping
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from api.dataset.build import SCHEMA_VERSION, RendererFactory, build
from api.dataset.loading import Progress
from api.dataset.queries import contains
from api.dataset.records import COLLECTIONS

#: Where snapshots are kept unless the app's config says otherwise.
DEFAULT_SNAPSHOT_DIR = Path(__file__).resolve().parent.parent.parent / "build" / "snapshots"
#: The code a snapshot's content depends on, besides what its caller adds (the renderer).
_BUILD_CODE = (
    *sorted(Path(__file__).parent.glob("*.py")),
    *sorted(Path(__file__).parent.glob("*.sql")),
    *sorted((Path(__file__).resolve().parent.parent.parent / "schemas").glob("*.py")),
)
#: Each worker thread's page cache, in KiB (SQLite's default is 2 MB).
CACHE_KIB = 8192
_KEYS_FILE = "keys.json"


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class SnapshotError(Exception):
    """The file is not a snapshot this code can serve."""
mutants_xǁSnapshotǁopen__mutmut: MutantDict = {}  # type: ignore
mutants_xǁSnapshotǁconnection__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class Snapshot:
    """A read-only snapshot: its metadata, and a connection per thread of the process."""

    path: Path
    meta: Mapping[str, str]

    @classmethod
    @_mutmut_mutated(mutants_xǁSnapshotǁopen__mutmut, is_classmethod = True)
    def open(cls, path: Path) -> "Snapshot":
        """Open the snapshot at ``path``, checking that this code can serve it."""
        try:
            with closing(connect_read_only(path)) as connection:
                meta = dict(connection.execute("SELECT key, value FROM meta"))
        except sqlite3.Error as error:
            raise SnapshotError(f"{path} is not a Dossier snapshot ({error})") from None
        if meta.get("schema_version") != str(SCHEMA_VERSION):
            raise SnapshotError(
                f"{path} has snapshot schema {meta.get('schema_version')}, this code "
                f"serves {SCHEMA_VERSION}: build it again (make snapshot)"
            )
        return cls(path, meta)

    @classmethod
    def xǁSnapshotǁopen__mutmut_orig(cls, path: Path) -> "Snapshot":
        """Open the snapshot at ``path``, checking that this code can serve it."""
        try:
            with closing(connect_read_only(path)) as connection:
                meta = dict(connection.execute("SELECT key, value FROM meta"))
        except sqlite3.Error as error:
            raise SnapshotError(f"{path} is not a Dossier snapshot ({error})") from None
        if meta.get("schema_version") != str(SCHEMA_VERSION):
            raise SnapshotError(
                f"{path} has snapshot schema {meta.get('schema_version')}, this code "
                f"serves {SCHEMA_VERSION}: build it again (make snapshot)"
            )
        return cls(path, meta)

    @classmethod
    def xǁSnapshotǁopen__mutmut_1(cls, path: Path) -> "Snapshot":
        """Open the snapshot at ``path``, checking that this code can serve it."""
        try:
            with closing(None) as connection:
                meta = dict(connection.execute("SELECT key, value FROM meta"))
        except sqlite3.Error as error:
            raise SnapshotError(f"{path} is not a Dossier snapshot ({error})") from None
        if meta.get("schema_version") != str(SCHEMA_VERSION):
            raise SnapshotError(
                f"{path} has snapshot schema {meta.get('schema_version')}, this code "
                f"serves {SCHEMA_VERSION}: build it again (make snapshot)"
            )
        return cls(path, meta)

    @classmethod
    def xǁSnapshotǁopen__mutmut_2(cls, path: Path) -> "Snapshot":
        """Open the snapshot at ``path``, checking that this code can serve it."""
        try:
            with closing(connect_read_only(None)) as connection:
                meta = dict(connection.execute("SELECT key, value FROM meta"))
        except sqlite3.Error as error:
            raise SnapshotError(f"{path} is not a Dossier snapshot ({error})") from None
        if meta.get("schema_version") != str(SCHEMA_VERSION):
            raise SnapshotError(
                f"{path} has snapshot schema {meta.get('schema_version')}, this code "
                f"serves {SCHEMA_VERSION}: build it again (make snapshot)"
            )
        return cls(path, meta)

    @classmethod
    def xǁSnapshotǁopen__mutmut_3(cls, path: Path) -> "Snapshot":
        """Open the snapshot at ``path``, checking that this code can serve it."""
        try:
            with closing(connect_read_only(path)) as connection:
                meta = None
        except sqlite3.Error as error:
            raise SnapshotError(f"{path} is not a Dossier snapshot ({error})") from None
        if meta.get("schema_version") != str(SCHEMA_VERSION):
            raise SnapshotError(
                f"{path} has snapshot schema {meta.get('schema_version')}, this code "
                f"serves {SCHEMA_VERSION}: build it again (make snapshot)"
            )
        return cls(path, meta)

    @classmethod
    def xǁSnapshotǁopen__mutmut_4(cls, path: Path) -> "Snapshot":
        """Open the snapshot at ``path``, checking that this code can serve it."""
        try:
            with closing(connect_read_only(path)) as connection:
                meta = dict(None)
        except sqlite3.Error as error:
            raise SnapshotError(f"{path} is not a Dossier snapshot ({error})") from None
        if meta.get("schema_version") != str(SCHEMA_VERSION):
            raise SnapshotError(
                f"{path} has snapshot schema {meta.get('schema_version')}, this code "
                f"serves {SCHEMA_VERSION}: build it again (make snapshot)"
            )
        return cls(path, meta)

    @classmethod
    def xǁSnapshotǁopen__mutmut_5(cls, path: Path) -> "Snapshot":
        """Open the snapshot at ``path``, checking that this code can serve it."""
        try:
            with closing(connect_read_only(path)) as connection:
                meta = dict(connection.execute(None))
        except sqlite3.Error as error:
            raise SnapshotError(f"{path} is not a Dossier snapshot ({error})") from None
        if meta.get("schema_version") != str(SCHEMA_VERSION):
            raise SnapshotError(
                f"{path} has snapshot schema {meta.get('schema_version')}, this code "
                f"serves {SCHEMA_VERSION}: build it again (make snapshot)"
            )
        return cls(path, meta)

    @classmethod
    def xǁSnapshotǁopen__mutmut_6(cls, path: Path) -> "Snapshot":
        """Open the snapshot at ``path``, checking that this code can serve it."""
        try:
            with closing(connect_read_only(path)) as connection:
                meta = dict(connection.execute("XXSELECT key, value FROM metaXX"))
        except sqlite3.Error as error:
            raise SnapshotError(f"{path} is not a Dossier snapshot ({error})") from None
        if meta.get("schema_version") != str(SCHEMA_VERSION):
            raise SnapshotError(
                f"{path} has snapshot schema {meta.get('schema_version')}, this code "
                f"serves {SCHEMA_VERSION}: build it again (make snapshot)"
            )
        return cls(path, meta)

    @classmethod
    def xǁSnapshotǁopen__mutmut_7(cls, path: Path) -> "Snapshot":
        """Open the snapshot at ``path``, checking that this code can serve it."""
        try:
            with closing(connect_read_only(path)) as connection:
                meta = dict(connection.execute("select key, value from meta"))
        except sqlite3.Error as error:
            raise SnapshotError(f"{path} is not a Dossier snapshot ({error})") from None
        if meta.get("schema_version") != str(SCHEMA_VERSION):
            raise SnapshotError(
                f"{path} has snapshot schema {meta.get('schema_version')}, this code "
                f"serves {SCHEMA_VERSION}: build it again (make snapshot)"
            )
        return cls(path, meta)

    @classmethod
    def xǁSnapshotǁopen__mutmut_8(cls, path: Path) -> "Snapshot":
        """Open the snapshot at ``path``, checking that this code can serve it."""
        try:
            with closing(connect_read_only(path)) as connection:
                meta = dict(connection.execute("SELECT KEY, VALUE FROM META"))
        except sqlite3.Error as error:
            raise SnapshotError(f"{path} is not a Dossier snapshot ({error})") from None
        if meta.get("schema_version") != str(SCHEMA_VERSION):
            raise SnapshotError(
                f"{path} has snapshot schema {meta.get('schema_version')}, this code "
                f"serves {SCHEMA_VERSION}: build it again (make snapshot)"
            )
        return cls(path, meta)

    @classmethod
    def xǁSnapshotǁopen__mutmut_9(cls, path: Path) -> "Snapshot":
        """Open the snapshot at ``path``, checking that this code can serve it."""
        try:
            with closing(connect_read_only(path)) as connection:
                meta = dict(connection.execute("SELECT key, value FROM meta"))
        except sqlite3.Error as error:
            raise SnapshotError(None) from None
        if meta.get("schema_version") != str(SCHEMA_VERSION):
            raise SnapshotError(
                f"{path} has snapshot schema {meta.get('schema_version')}, this code "
                f"serves {SCHEMA_VERSION}: build it again (make snapshot)"
            )
        return cls(path, meta)

    @classmethod
    def xǁSnapshotǁopen__mutmut_10(cls, path: Path) -> "Snapshot":
        """Open the snapshot at ``path``, checking that this code can serve it."""
        try:
            with closing(connect_read_only(path)) as connection:
                meta = dict(connection.execute("SELECT key, value FROM meta"))
        except sqlite3.Error as error:
            raise SnapshotError(f"{path} is not a Dossier snapshot ({error})") from None
        if meta.get(None) != str(SCHEMA_VERSION):
            raise SnapshotError(
                f"{path} has snapshot schema {meta.get('schema_version')}, this code "
                f"serves {SCHEMA_VERSION}: build it again (make snapshot)"
            )
        return cls(path, meta)

    @classmethod
    def xǁSnapshotǁopen__mutmut_11(cls, path: Path) -> "Snapshot":
        """Open the snapshot at ``path``, checking that this code can serve it."""
        try:
            with closing(connect_read_only(path)) as connection:
                meta = dict(connection.execute("SELECT key, value FROM meta"))
        except sqlite3.Error as error:
            raise SnapshotError(f"{path} is not a Dossier snapshot ({error})") from None
        if meta.get("XXschema_versionXX") != str(SCHEMA_VERSION):
            raise SnapshotError(
                f"{path} has snapshot schema {meta.get('schema_version')}, this code "
                f"serves {SCHEMA_VERSION}: build it again (make snapshot)"
            )
        return cls(path, meta)

    @classmethod
    def xǁSnapshotǁopen__mutmut_12(cls, path: Path) -> "Snapshot":
        """Open the snapshot at ``path``, checking that this code can serve it."""
        try:
            with closing(connect_read_only(path)) as connection:
                meta = dict(connection.execute("SELECT key, value FROM meta"))
        except sqlite3.Error as error:
            raise SnapshotError(f"{path} is not a Dossier snapshot ({error})") from None
        if meta.get("SCHEMA_VERSION") != str(SCHEMA_VERSION):
            raise SnapshotError(
                f"{path} has snapshot schema {meta.get('schema_version')}, this code "
                f"serves {SCHEMA_VERSION}: build it again (make snapshot)"
            )
        return cls(path, meta)

    @classmethod
    def xǁSnapshotǁopen__mutmut_13(cls, path: Path) -> "Snapshot":
        """Open the snapshot at ``path``, checking that this code can serve it."""
        try:
            with closing(connect_read_only(path)) as connection:
                meta = dict(connection.execute("SELECT key, value FROM meta"))
        except sqlite3.Error as error:
            raise SnapshotError(f"{path} is not a Dossier snapshot ({error})") from None
        if meta.get("schema_version") == str(SCHEMA_VERSION):
            raise SnapshotError(
                f"{path} has snapshot schema {meta.get('schema_version')}, this code "
                f"serves {SCHEMA_VERSION}: build it again (make snapshot)"
            )
        return cls(path, meta)

    @classmethod
    def xǁSnapshotǁopen__mutmut_14(cls, path: Path) -> "Snapshot":
        """Open the snapshot at ``path``, checking that this code can serve it."""
        try:
            with closing(connect_read_only(path)) as connection:
                meta = dict(connection.execute("SELECT key, value FROM meta"))
        except sqlite3.Error as error:
            raise SnapshotError(f"{path} is not a Dossier snapshot ({error})") from None
        if meta.get("schema_version") != str(None):
            raise SnapshotError(
                f"{path} has snapshot schema {meta.get('schema_version')}, this code "
                f"serves {SCHEMA_VERSION}: build it again (make snapshot)"
            )
        return cls(path, meta)

    @classmethod
    def xǁSnapshotǁopen__mutmut_15(cls, path: Path) -> "Snapshot":
        """Open the snapshot at ``path``, checking that this code can serve it."""
        try:
            with closing(connect_read_only(path)) as connection:
                meta = dict(connection.execute("SELECT key, value FROM meta"))
        except sqlite3.Error as error:
            raise SnapshotError(f"{path} is not a Dossier snapshot ({error})") from None
        if meta.get("schema_version") != str(SCHEMA_VERSION):
            raise SnapshotError(
                None
            )
        return cls(path, meta)

    @classmethod
    def xǁSnapshotǁopen__mutmut_16(cls, path: Path) -> "Snapshot":
        """Open the snapshot at ``path``, checking that this code can serve it."""
        try:
            with closing(connect_read_only(path)) as connection:
                meta = dict(connection.execute("SELECT key, value FROM meta"))
        except sqlite3.Error as error:
            raise SnapshotError(f"{path} is not a Dossier snapshot ({error})") from None
        if meta.get("schema_version") != str(SCHEMA_VERSION):
            raise SnapshotError(
                f"{path} has snapshot schema {meta.get(None)}, this code "
                f"serves {SCHEMA_VERSION}: build it again (make snapshot)"
            )
        return cls(path, meta)

    @classmethod
    def xǁSnapshotǁopen__mutmut_17(cls, path: Path) -> "Snapshot":
        """Open the snapshot at ``path``, checking that this code can serve it."""
        try:
            with closing(connect_read_only(path)) as connection:
                meta = dict(connection.execute("SELECT key, value FROM meta"))
        except sqlite3.Error as error:
            raise SnapshotError(f"{path} is not a Dossier snapshot ({error})") from None
        if meta.get("schema_version") != str(SCHEMA_VERSION):
            raise SnapshotError(
                f"{path} has snapshot schema {meta.get('XXschema_versionXX')}, this code "
                f"serves {SCHEMA_VERSION}: build it again (make snapshot)"
            )
        return cls(path, meta)

    @classmethod
    def xǁSnapshotǁopen__mutmut_18(cls, path: Path) -> "Snapshot":
        """Open the snapshot at ``path``, checking that this code can serve it."""
        try:
            with closing(connect_read_only(path)) as connection:
                meta = dict(connection.execute("SELECT key, value FROM meta"))
        except sqlite3.Error as error:
            raise SnapshotError(f"{path} is not a Dossier snapshot ({error})") from None
        if meta.get("schema_version") != str(SCHEMA_VERSION):
            raise SnapshotError(
                f"{path} has snapshot schema {meta.get('SCHEMA_VERSION')}, this code "
                f"serves {SCHEMA_VERSION}: build it again (make snapshot)"
            )
        return cls(path, meta)

    @classmethod
    def xǁSnapshotǁopen__mutmut_19(cls, path: Path) -> "Snapshot":
        """Open the snapshot at ``path``, checking that this code can serve it."""
        try:
            with closing(connect_read_only(path)) as connection:
                meta = dict(connection.execute("SELECT key, value FROM meta"))
        except sqlite3.Error as error:
            raise SnapshotError(f"{path} is not a Dossier snapshot ({error})") from None
        if meta.get("schema_version") != str(SCHEMA_VERSION):
            raise SnapshotError(
                f"{path} has snapshot schema {meta.get('schema_version')}, this code "
                f"serves {SCHEMA_VERSION}: build it again (make snapshot)"
            )
        return cls(None, meta)

    @classmethod
    def xǁSnapshotǁopen__mutmut_20(cls, path: Path) -> "Snapshot":
        """Open the snapshot at ``path``, checking that this code can serve it."""
        try:
            with closing(connect_read_only(path)) as connection:
                meta = dict(connection.execute("SELECT key, value FROM meta"))
        except sqlite3.Error as error:
            raise SnapshotError(f"{path} is not a Dossier snapshot ({error})") from None
        if meta.get("schema_version") != str(SCHEMA_VERSION):
            raise SnapshotError(
                f"{path} has snapshot schema {meta.get('schema_version')}, this code "
                f"serves {SCHEMA_VERSION}: build it again (make snapshot)"
            )
        return cls(path, None)

    @classmethod
    def xǁSnapshotǁopen__mutmut_21(cls, path: Path) -> "Snapshot":
        """Open the snapshot at ``path``, checking that this code can serve it."""
        try:
            with closing(connect_read_only(path)) as connection:
                meta = dict(connection.execute("SELECT key, value FROM meta"))
        except sqlite3.Error as error:
            raise SnapshotError(f"{path} is not a Dossier snapshot ({error})") from None
        if meta.get("schema_version") != str(SCHEMA_VERSION):
            raise SnapshotError(
                f"{path} has snapshot schema {meta.get('schema_version')}, this code "
                f"serves {SCHEMA_VERSION}: build it again (make snapshot)"
            )
        return cls(meta)

    @classmethod
    def xǁSnapshotǁopen__mutmut_22(cls, path: Path) -> "Snapshot":
        """Open the snapshot at ``path``, checking that this code can serve it."""
        try:
            with closing(connect_read_only(path)) as connection:
                meta = dict(connection.execute("SELECT key, value FROM meta"))
        except sqlite3.Error as error:
            raise SnapshotError(f"{path} is not a Dossier snapshot ({error})") from None
        if meta.get("schema_version") != str(SCHEMA_VERSION):
            raise SnapshotError(
                f"{path} has snapshot schema {meta.get('schema_version')}, this code "
                f"serves {SCHEMA_VERSION}: build it again (make snapshot)"
            )
        return cls(path, )

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

    @_mutmut_mutated(mutants_xǁSnapshotǁconnection__mutmut)
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

    def xǁSnapshotǁconnection__mutmut_orig(self) -> sqlite3.Connection:
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

    def xǁSnapshotǁconnection__mutmut_1(self) -> sqlite3.Connection:
        """Return this thread's read-only connection, opened on first use.

        Connections are opened in the process and thread that use them, never
        inherited across a fork.
        """
        local = None
        if local is None:
            local = _connections.setdefault((os.getpid(), self.path), threading.local())
        connection: sqlite3.Connection | None = getattr(local, "connection", None)
        if connection is None:
            connection = local.connection = connect_read_only(self.path)
        return connection

    def xǁSnapshotǁconnection__mutmut_2(self) -> sqlite3.Connection:
        """Return this thread's read-only connection, opened on first use.

        Connections are opened in the process and thread that use them, never
        inherited across a fork.
        """
        local = _connections.get(None)
        if local is None:
            local = _connections.setdefault((os.getpid(), self.path), threading.local())
        connection: sqlite3.Connection | None = getattr(local, "connection", None)
        if connection is None:
            connection = local.connection = connect_read_only(self.path)
        return connection

    def xǁSnapshotǁconnection__mutmut_3(self) -> sqlite3.Connection:
        """Return this thread's read-only connection, opened on first use.

        Connections are opened in the process and thread that use them, never
        inherited across a fork.
        """
        local = _connections.get((os.getpid(), self.path))
        if local is not None:
            local = _connections.setdefault((os.getpid(), self.path), threading.local())
        connection: sqlite3.Connection | None = getattr(local, "connection", None)
        if connection is None:
            connection = local.connection = connect_read_only(self.path)
        return connection

    def xǁSnapshotǁconnection__mutmut_4(self) -> sqlite3.Connection:
        """Return this thread's read-only connection, opened on first use.

        Connections are opened in the process and thread that use them, never
        inherited across a fork.
        """
        local = _connections.get((os.getpid(), self.path))
        if local is None:
            local = None
        connection: sqlite3.Connection | None = getattr(local, "connection", None)
        if connection is None:
            connection = local.connection = connect_read_only(self.path)
        return connection

    def xǁSnapshotǁconnection__mutmut_5(self) -> sqlite3.Connection:
        """Return this thread's read-only connection, opened on first use.

        Connections are opened in the process and thread that use them, never
        inherited across a fork.
        """
        local = _connections.get((os.getpid(), self.path))
        if local is None:
            local = _connections.setdefault(None, threading.local())
        connection: sqlite3.Connection | None = getattr(local, "connection", None)
        if connection is None:
            connection = local.connection = connect_read_only(self.path)
        return connection

    def xǁSnapshotǁconnection__mutmut_6(self) -> sqlite3.Connection:
        """Return this thread's read-only connection, opened on first use.

        Connections are opened in the process and thread that use them, never
        inherited across a fork.
        """
        local = _connections.get((os.getpid(), self.path))
        if local is None:
            local = _connections.setdefault((os.getpid(), self.path), None)
        connection: sqlite3.Connection | None = getattr(local, "connection", None)
        if connection is None:
            connection = local.connection = connect_read_only(self.path)
        return connection

    def xǁSnapshotǁconnection__mutmut_7(self) -> sqlite3.Connection:
        """Return this thread's read-only connection, opened on first use.

        Connections are opened in the process and thread that use them, never
        inherited across a fork.
        """
        local = _connections.get((os.getpid(), self.path))
        if local is None:
            local = _connections.setdefault(threading.local())
        connection: sqlite3.Connection | None = getattr(local, "connection", None)
        if connection is None:
            connection = local.connection = connect_read_only(self.path)
        return connection

    def xǁSnapshotǁconnection__mutmut_8(self) -> sqlite3.Connection:
        """Return this thread's read-only connection, opened on first use.

        Connections are opened in the process and thread that use them, never
        inherited across a fork.
        """
        local = _connections.get((os.getpid(), self.path))
        if local is None:
            local = _connections.setdefault((os.getpid(), self.path), )
        connection: sqlite3.Connection | None = getattr(local, "connection", None)
        if connection is None:
            connection = local.connection = connect_read_only(self.path)
        return connection

    def xǁSnapshotǁconnection__mutmut_9(self) -> sqlite3.Connection:
        """Return this thread's read-only connection, opened on first use.

        Connections are opened in the process and thread that use them, never
        inherited across a fork.
        """
        local = _connections.get((os.getpid(), self.path))
        if local is None:
            local = _connections.setdefault((os.getpid(), self.path), threading.local())
        connection: sqlite3.Connection | None = None
        if connection is None:
            connection = local.connection = connect_read_only(self.path)
        return connection

    def xǁSnapshotǁconnection__mutmut_10(self) -> sqlite3.Connection:
        """Return this thread's read-only connection, opened on first use.

        Connections are opened in the process and thread that use them, never
        inherited across a fork.
        """
        local = _connections.get((os.getpid(), self.path))
        if local is None:
            local = _connections.setdefault((os.getpid(), self.path), threading.local())
        connection: sqlite3.Connection | None = getattr(None, "connection", None)
        if connection is None:
            connection = local.connection = connect_read_only(self.path)
        return connection

    def xǁSnapshotǁconnection__mutmut_11(self) -> sqlite3.Connection:
        """Return this thread's read-only connection, opened on first use.

        Connections are opened in the process and thread that use them, never
        inherited across a fork.
        """
        local = _connections.get((os.getpid(), self.path))
        if local is None:
            local = _connections.setdefault((os.getpid(), self.path), threading.local())
        connection: sqlite3.Connection | None = getattr(local, None, None)
        if connection is None:
            connection = local.connection = connect_read_only(self.path)
        return connection

    def xǁSnapshotǁconnection__mutmut_12(self) -> sqlite3.Connection:
        """Return this thread's read-only connection, opened on first use.

        Connections are opened in the process and thread that use them, never
        inherited across a fork.
        """
        local = _connections.get((os.getpid(), self.path))
        if local is None:
            local = _connections.setdefault((os.getpid(), self.path), threading.local())
        connection: sqlite3.Connection | None = getattr("connection", None)
        if connection is None:
            connection = local.connection = connect_read_only(self.path)
        return connection

    def xǁSnapshotǁconnection__mutmut_13(self) -> sqlite3.Connection:
        """Return this thread's read-only connection, opened on first use.

        Connections are opened in the process and thread that use them, never
        inherited across a fork.
        """
        local = _connections.get((os.getpid(), self.path))
        if local is None:
            local = _connections.setdefault((os.getpid(), self.path), threading.local())
        connection: sqlite3.Connection | None = getattr(local, None)
        if connection is None:
            connection = local.connection = connect_read_only(self.path)
        return connection

    def xǁSnapshotǁconnection__mutmut_14(self) -> sqlite3.Connection:
        """Return this thread's read-only connection, opened on first use.

        Connections are opened in the process and thread that use them, never
        inherited across a fork.
        """
        local = _connections.get((os.getpid(), self.path))
        if local is None:
            local = _connections.setdefault((os.getpid(), self.path), threading.local())
        connection: sqlite3.Connection | None = getattr(local, "connection", )
        if connection is None:
            connection = local.connection = connect_read_only(self.path)
        return connection

    def xǁSnapshotǁconnection__mutmut_15(self) -> sqlite3.Connection:
        """Return this thread's read-only connection, opened on first use.

        Connections are opened in the process and thread that use them, never
        inherited across a fork.
        """
        local = _connections.get((os.getpid(), self.path))
        if local is None:
            local = _connections.setdefault((os.getpid(), self.path), threading.local())
        connection: sqlite3.Connection | None = getattr(local, "XXconnectionXX", None)
        if connection is None:
            connection = local.connection = connect_read_only(self.path)
        return connection

    def xǁSnapshotǁconnection__mutmut_16(self) -> sqlite3.Connection:
        """Return this thread's read-only connection, opened on first use.

        Connections are opened in the process and thread that use them, never
        inherited across a fork.
        """
        local = _connections.get((os.getpid(), self.path))
        if local is None:
            local = _connections.setdefault((os.getpid(), self.path), threading.local())
        connection: sqlite3.Connection | None = getattr(local, "CONNECTION", None)
        if connection is None:
            connection = local.connection = connect_read_only(self.path)
        return connection

    def xǁSnapshotǁconnection__mutmut_17(self) -> sqlite3.Connection:
        """Return this thread's read-only connection, opened on first use.

        Connections are opened in the process and thread that use them, never
        inherited across a fork.
        """
        local = _connections.get((os.getpid(), self.path))
        if local is None:
            local = _connections.setdefault((os.getpid(), self.path), threading.local())
        connection: sqlite3.Connection | None = getattr(local, "connection", None)
        if connection is not None:
            connection = local.connection = connect_read_only(self.path)
        return connection

    def xǁSnapshotǁconnection__mutmut_18(self) -> sqlite3.Connection:
        """Return this thread's read-only connection, opened on first use.

        Connections are opened in the process and thread that use them, never
        inherited across a fork.
        """
        local = _connections.get((os.getpid(), self.path))
        if local is None:
            local = _connections.setdefault((os.getpid(), self.path), threading.local())
        connection: sqlite3.Connection | None = getattr(local, "connection", None)
        if connection is None:
            connection = local.connection = None
        return connection

    def xǁSnapshotǁconnection__mutmut_19(self) -> sqlite3.Connection:
        """Return this thread's read-only connection, opened on first use.

        Connections are opened in the process and thread that use them, never
        inherited across a fork.
        """
        local = _connections.get((os.getpid(), self.path))
        if local is None:
            local = _connections.setdefault((os.getpid(), self.path), threading.local())
        connection: sqlite3.Connection | None = getattr(local, "connection", None)
        if connection is None:
            connection = local.connection = connect_read_only(None)
        return connection

mutants_xǁSnapshotǁopen__mutmut['_mutmut_orig'] = Snapshot.xǁSnapshotǁopen__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSnapshotǁopen__mutmut['xǁSnapshotǁopen__mutmut_1'] = Snapshot.xǁSnapshotǁopen__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSnapshotǁopen__mutmut['xǁSnapshotǁopen__mutmut_2'] = Snapshot.xǁSnapshotǁopen__mutmut_2 # type: ignore # mutmut generated
mutants_xǁSnapshotǁopen__mutmut['xǁSnapshotǁopen__mutmut_3'] = Snapshot.xǁSnapshotǁopen__mutmut_3 # type: ignore # mutmut generated
mutants_xǁSnapshotǁopen__mutmut['xǁSnapshotǁopen__mutmut_4'] = Snapshot.xǁSnapshotǁopen__mutmut_4 # type: ignore # mutmut generated
mutants_xǁSnapshotǁopen__mutmut['xǁSnapshotǁopen__mutmut_5'] = Snapshot.xǁSnapshotǁopen__mutmut_5 # type: ignore # mutmut generated
mutants_xǁSnapshotǁopen__mutmut['xǁSnapshotǁopen__mutmut_6'] = Snapshot.xǁSnapshotǁopen__mutmut_6 # type: ignore # mutmut generated
mutants_xǁSnapshotǁopen__mutmut['xǁSnapshotǁopen__mutmut_7'] = Snapshot.xǁSnapshotǁopen__mutmut_7 # type: ignore # mutmut generated
mutants_xǁSnapshotǁopen__mutmut['xǁSnapshotǁopen__mutmut_8'] = Snapshot.xǁSnapshotǁopen__mutmut_8 # type: ignore # mutmut generated
mutants_xǁSnapshotǁopen__mutmut['xǁSnapshotǁopen__mutmut_9'] = Snapshot.xǁSnapshotǁopen__mutmut_9 # type: ignore # mutmut generated
mutants_xǁSnapshotǁopen__mutmut['xǁSnapshotǁopen__mutmut_10'] = Snapshot.xǁSnapshotǁopen__mutmut_10 # type: ignore # mutmut generated
mutants_xǁSnapshotǁopen__mutmut['xǁSnapshotǁopen__mutmut_11'] = Snapshot.xǁSnapshotǁopen__mutmut_11 # type: ignore # mutmut generated
mutants_xǁSnapshotǁopen__mutmut['xǁSnapshotǁopen__mutmut_12'] = Snapshot.xǁSnapshotǁopen__mutmut_12 # type: ignore # mutmut generated
mutants_xǁSnapshotǁopen__mutmut['xǁSnapshotǁopen__mutmut_13'] = Snapshot.xǁSnapshotǁopen__mutmut_13 # type: ignore # mutmut generated
mutants_xǁSnapshotǁopen__mutmut['xǁSnapshotǁopen__mutmut_14'] = Snapshot.xǁSnapshotǁopen__mutmut_14 # type: ignore # mutmut generated
mutants_xǁSnapshotǁopen__mutmut['xǁSnapshotǁopen__mutmut_15'] = Snapshot.xǁSnapshotǁopen__mutmut_15 # type: ignore # mutmut generated
mutants_xǁSnapshotǁopen__mutmut['xǁSnapshotǁopen__mutmut_16'] = Snapshot.xǁSnapshotǁopen__mutmut_16 # type: ignore # mutmut generated
mutants_xǁSnapshotǁopen__mutmut['xǁSnapshotǁopen__mutmut_17'] = Snapshot.xǁSnapshotǁopen__mutmut_17 # type: ignore # mutmut generated
mutants_xǁSnapshotǁopen__mutmut['xǁSnapshotǁopen__mutmut_18'] = Snapshot.xǁSnapshotǁopen__mutmut_18 # type: ignore # mutmut generated
mutants_xǁSnapshotǁopen__mutmut['xǁSnapshotǁopen__mutmut_19'] = Snapshot.xǁSnapshotǁopen__mutmut_19 # type: ignore # mutmut generated
mutants_xǁSnapshotǁopen__mutmut['xǁSnapshotǁopen__mutmut_20'] = Snapshot.xǁSnapshotǁopen__mutmut_20 # type: ignore # mutmut generated
mutants_xǁSnapshotǁopen__mutmut['xǁSnapshotǁopen__mutmut_21'] = Snapshot.xǁSnapshotǁopen__mutmut_21 # type: ignore # mutmut generated
mutants_xǁSnapshotǁopen__mutmut['xǁSnapshotǁopen__mutmut_22'] = Snapshot.xǁSnapshotǁopen__mutmut_22 # type: ignore # mutmut generated

mutants_xǁSnapshotǁconnection__mutmut['_mutmut_orig'] = Snapshot.xǁSnapshotǁconnection__mutmut_orig # type: ignore # mutmut generated
mutants_xǁSnapshotǁconnection__mutmut['xǁSnapshotǁconnection__mutmut_1'] = Snapshot.xǁSnapshotǁconnection__mutmut_1 # type: ignore # mutmut generated
mutants_xǁSnapshotǁconnection__mutmut['xǁSnapshotǁconnection__mutmut_2'] = Snapshot.xǁSnapshotǁconnection__mutmut_2 # type: ignore # mutmut generated
mutants_xǁSnapshotǁconnection__mutmut['xǁSnapshotǁconnection__mutmut_3'] = Snapshot.xǁSnapshotǁconnection__mutmut_3 # type: ignore # mutmut generated
mutants_xǁSnapshotǁconnection__mutmut['xǁSnapshotǁconnection__mutmut_4'] = Snapshot.xǁSnapshotǁconnection__mutmut_4 # type: ignore # mutmut generated
mutants_xǁSnapshotǁconnection__mutmut['xǁSnapshotǁconnection__mutmut_5'] = Snapshot.xǁSnapshotǁconnection__mutmut_5 # type: ignore # mutmut generated
mutants_xǁSnapshotǁconnection__mutmut['xǁSnapshotǁconnection__mutmut_6'] = Snapshot.xǁSnapshotǁconnection__mutmut_6 # type: ignore # mutmut generated
mutants_xǁSnapshotǁconnection__mutmut['xǁSnapshotǁconnection__mutmut_7'] = Snapshot.xǁSnapshotǁconnection__mutmut_7 # type: ignore # mutmut generated
mutants_xǁSnapshotǁconnection__mutmut['xǁSnapshotǁconnection__mutmut_8'] = Snapshot.xǁSnapshotǁconnection__mutmut_8 # type: ignore # mutmut generated
mutants_xǁSnapshotǁconnection__mutmut['xǁSnapshotǁconnection__mutmut_9'] = Snapshot.xǁSnapshotǁconnection__mutmut_9 # type: ignore # mutmut generated
mutants_xǁSnapshotǁconnection__mutmut['xǁSnapshotǁconnection__mutmut_10'] = Snapshot.xǁSnapshotǁconnection__mutmut_10 # type: ignore # mutmut generated
mutants_xǁSnapshotǁconnection__mutmut['xǁSnapshotǁconnection__mutmut_11'] = Snapshot.xǁSnapshotǁconnection__mutmut_11 # type: ignore # mutmut generated
mutants_xǁSnapshotǁconnection__mutmut['xǁSnapshotǁconnection__mutmut_12'] = Snapshot.xǁSnapshotǁconnection__mutmut_12 # type: ignore # mutmut generated
mutants_xǁSnapshotǁconnection__mutmut['xǁSnapshotǁconnection__mutmut_13'] = Snapshot.xǁSnapshotǁconnection__mutmut_13 # type: ignore # mutmut generated
mutants_xǁSnapshotǁconnection__mutmut['xǁSnapshotǁconnection__mutmut_14'] = Snapshot.xǁSnapshotǁconnection__mutmut_14 # type: ignore # mutmut generated
mutants_xǁSnapshotǁconnection__mutmut['xǁSnapshotǁconnection__mutmut_15'] = Snapshot.xǁSnapshotǁconnection__mutmut_15 # type: ignore # mutmut generated
mutants_xǁSnapshotǁconnection__mutmut['xǁSnapshotǁconnection__mutmut_16'] = Snapshot.xǁSnapshotǁconnection__mutmut_16 # type: ignore # mutmut generated
mutants_xǁSnapshotǁconnection__mutmut['xǁSnapshotǁconnection__mutmut_17'] = Snapshot.xǁSnapshotǁconnection__mutmut_17 # type: ignore # mutmut generated
mutants_xǁSnapshotǁconnection__mutmut['xǁSnapshotǁconnection__mutmut_18'] = Snapshot.xǁSnapshotǁconnection__mutmut_18 # type: ignore # mutmut generated
mutants_xǁSnapshotǁconnection__mutmut['xǁSnapshotǁconnection__mutmut_19'] = Snapshot.xǁSnapshotǁconnection__mutmut_19 # type: ignore # mutmut generated


_connections: dict[tuple[int, Path], threading.local] = {}
mutants_x_connect_read_only__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_connect_read_only__mutmut)
def connect_read_only(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only and immutable: no locks, no journal, no writes."""
    if not path.is_file():
        raise SnapshotError(f"no snapshot at {path}")
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    connection = sqlite3.connect(uri, uri=True, cached_statements=512)
    connection.execute("PRAGMA query_only = ON")
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    connection.create_function("dossier_contains", 2, contains, deterministic=True)
    return connection


def x_connect_read_only__mutmut_orig(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only and immutable: no locks, no journal, no writes."""
    if not path.is_file():
        raise SnapshotError(f"no snapshot at {path}")
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    connection = sqlite3.connect(uri, uri=True, cached_statements=512)
    connection.execute("PRAGMA query_only = ON")
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    connection.create_function("dossier_contains", 2, contains, deterministic=True)
    return connection


def x_connect_read_only__mutmut_1(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only and immutable: no locks, no journal, no writes."""
    if path.is_file():
        raise SnapshotError(f"no snapshot at {path}")
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    connection = sqlite3.connect(uri, uri=True, cached_statements=512)
    connection.execute("PRAGMA query_only = ON")
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    connection.create_function("dossier_contains", 2, contains, deterministic=True)
    return connection


def x_connect_read_only__mutmut_2(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only and immutable: no locks, no journal, no writes."""
    if not path.is_file():
        raise SnapshotError(None)
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    connection = sqlite3.connect(uri, uri=True, cached_statements=512)
    connection.execute("PRAGMA query_only = ON")
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    connection.create_function("dossier_contains", 2, contains, deterministic=True)
    return connection


def x_connect_read_only__mutmut_3(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only and immutable: no locks, no journal, no writes."""
    if not path.is_file():
        raise SnapshotError(f"no snapshot at {path}")
    uri = None
    connection = sqlite3.connect(uri, uri=True, cached_statements=512)
    connection.execute("PRAGMA query_only = ON")
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    connection.create_function("dossier_contains", 2, contains, deterministic=True)
    return connection


def x_connect_read_only__mutmut_4(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only and immutable: no locks, no journal, no writes."""
    if not path.is_file():
        raise SnapshotError(f"no snapshot at {path}")
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    connection = None
    connection.execute("PRAGMA query_only = ON")
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    connection.create_function("dossier_contains", 2, contains, deterministic=True)
    return connection


def x_connect_read_only__mutmut_5(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only and immutable: no locks, no journal, no writes."""
    if not path.is_file():
        raise SnapshotError(f"no snapshot at {path}")
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    connection = sqlite3.connect(None, uri=True, cached_statements=512)
    connection.execute("PRAGMA query_only = ON")
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    connection.create_function("dossier_contains", 2, contains, deterministic=True)
    return connection


def x_connect_read_only__mutmut_6(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only and immutable: no locks, no journal, no writes."""
    if not path.is_file():
        raise SnapshotError(f"no snapshot at {path}")
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    connection = sqlite3.connect(uri, uri=None, cached_statements=512)
    connection.execute("PRAGMA query_only = ON")
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    connection.create_function("dossier_contains", 2, contains, deterministic=True)
    return connection


def x_connect_read_only__mutmut_7(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only and immutable: no locks, no journal, no writes."""
    if not path.is_file():
        raise SnapshotError(f"no snapshot at {path}")
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    connection = sqlite3.connect(uri, uri=True, cached_statements=None)
    connection.execute("PRAGMA query_only = ON")
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    connection.create_function("dossier_contains", 2, contains, deterministic=True)
    return connection


def x_connect_read_only__mutmut_8(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only and immutable: no locks, no journal, no writes."""
    if not path.is_file():
        raise SnapshotError(f"no snapshot at {path}")
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    connection = sqlite3.connect(uri=True, cached_statements=512)
    connection.execute("PRAGMA query_only = ON")
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    connection.create_function("dossier_contains", 2, contains, deterministic=True)
    return connection


def x_connect_read_only__mutmut_9(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only and immutable: no locks, no journal, no writes."""
    if not path.is_file():
        raise SnapshotError(f"no snapshot at {path}")
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    connection = sqlite3.connect(uri, cached_statements=512)
    connection.execute("PRAGMA query_only = ON")
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    connection.create_function("dossier_contains", 2, contains, deterministic=True)
    return connection


def x_connect_read_only__mutmut_10(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only and immutable: no locks, no journal, no writes."""
    if not path.is_file():
        raise SnapshotError(f"no snapshot at {path}")
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    connection = sqlite3.connect(uri, uri=True, )
    connection.execute("PRAGMA query_only = ON")
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    connection.create_function("dossier_contains", 2, contains, deterministic=True)
    return connection


def x_connect_read_only__mutmut_11(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only and immutable: no locks, no journal, no writes."""
    if not path.is_file():
        raise SnapshotError(f"no snapshot at {path}")
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    connection = sqlite3.connect(uri, uri=False, cached_statements=512)
    connection.execute("PRAGMA query_only = ON")
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    connection.create_function("dossier_contains", 2, contains, deterministic=True)
    return connection


def x_connect_read_only__mutmut_12(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only and immutable: no locks, no journal, no writes."""
    if not path.is_file():
        raise SnapshotError(f"no snapshot at {path}")
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    connection = sqlite3.connect(uri, uri=True, cached_statements=513)
    connection.execute("PRAGMA query_only = ON")
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    connection.create_function("dossier_contains", 2, contains, deterministic=True)
    return connection


def x_connect_read_only__mutmut_13(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only and immutable: no locks, no journal, no writes."""
    if not path.is_file():
        raise SnapshotError(f"no snapshot at {path}")
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    connection = sqlite3.connect(uri, uri=True, cached_statements=512)
    connection.execute(None)
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    connection.create_function("dossier_contains", 2, contains, deterministic=True)
    return connection


def x_connect_read_only__mutmut_14(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only and immutable: no locks, no journal, no writes."""
    if not path.is_file():
        raise SnapshotError(f"no snapshot at {path}")
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    connection = sqlite3.connect(uri, uri=True, cached_statements=512)
    connection.execute("XXPRAGMA query_only = ONXX")
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    connection.create_function("dossier_contains", 2, contains, deterministic=True)
    return connection


def x_connect_read_only__mutmut_15(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only and immutable: no locks, no journal, no writes."""
    if not path.is_file():
        raise SnapshotError(f"no snapshot at {path}")
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    connection = sqlite3.connect(uri, uri=True, cached_statements=512)
    connection.execute("pragma query_only = on")
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    connection.create_function("dossier_contains", 2, contains, deterministic=True)
    return connection


def x_connect_read_only__mutmut_16(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only and immutable: no locks, no journal, no writes."""
    if not path.is_file():
        raise SnapshotError(f"no snapshot at {path}")
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    connection = sqlite3.connect(uri, uri=True, cached_statements=512)
    connection.execute("PRAGMA QUERY_ONLY = ON")
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    connection.create_function("dossier_contains", 2, contains, deterministic=True)
    return connection


def x_connect_read_only__mutmut_17(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only and immutable: no locks, no journal, no writes."""
    if not path.is_file():
        raise SnapshotError(f"no snapshot at {path}")
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    connection = sqlite3.connect(uri, uri=True, cached_statements=512)
    connection.execute("PRAGMA query_only = ON")
    connection.execute(None)
    connection.create_function("dossier_contains", 2, contains, deterministic=True)
    return connection


def x_connect_read_only__mutmut_18(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only and immutable: no locks, no journal, no writes."""
    if not path.is_file():
        raise SnapshotError(f"no snapshot at {path}")
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    connection = sqlite3.connect(uri, uri=True, cached_statements=512)
    connection.execute("PRAGMA query_only = ON")
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    connection.create_function(None, 2, contains, deterministic=True)
    return connection


def x_connect_read_only__mutmut_19(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only and immutable: no locks, no journal, no writes."""
    if not path.is_file():
        raise SnapshotError(f"no snapshot at {path}")
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    connection = sqlite3.connect(uri, uri=True, cached_statements=512)
    connection.execute("PRAGMA query_only = ON")
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    connection.create_function("dossier_contains", None, contains, deterministic=True)
    return connection


def x_connect_read_only__mutmut_20(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only and immutable: no locks, no journal, no writes."""
    if not path.is_file():
        raise SnapshotError(f"no snapshot at {path}")
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    connection = sqlite3.connect(uri, uri=True, cached_statements=512)
    connection.execute("PRAGMA query_only = ON")
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    connection.create_function("dossier_contains", 2, None, deterministic=True)
    return connection


def x_connect_read_only__mutmut_21(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only and immutable: no locks, no journal, no writes."""
    if not path.is_file():
        raise SnapshotError(f"no snapshot at {path}")
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    connection = sqlite3.connect(uri, uri=True, cached_statements=512)
    connection.execute("PRAGMA query_only = ON")
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    connection.create_function("dossier_contains", 2, contains, deterministic=None)
    return connection


def x_connect_read_only__mutmut_22(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only and immutable: no locks, no journal, no writes."""
    if not path.is_file():
        raise SnapshotError(f"no snapshot at {path}")
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    connection = sqlite3.connect(uri, uri=True, cached_statements=512)
    connection.execute("PRAGMA query_only = ON")
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    connection.create_function(2, contains, deterministic=True)
    return connection


def x_connect_read_only__mutmut_23(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only and immutable: no locks, no journal, no writes."""
    if not path.is_file():
        raise SnapshotError(f"no snapshot at {path}")
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    connection = sqlite3.connect(uri, uri=True, cached_statements=512)
    connection.execute("PRAGMA query_only = ON")
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    connection.create_function("dossier_contains", contains, deterministic=True)
    return connection


def x_connect_read_only__mutmut_24(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only and immutable: no locks, no journal, no writes."""
    if not path.is_file():
        raise SnapshotError(f"no snapshot at {path}")
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    connection = sqlite3.connect(uri, uri=True, cached_statements=512)
    connection.execute("PRAGMA query_only = ON")
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    connection.create_function("dossier_contains", 2, deterministic=True)
    return connection


def x_connect_read_only__mutmut_25(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only and immutable: no locks, no journal, no writes."""
    if not path.is_file():
        raise SnapshotError(f"no snapshot at {path}")
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    connection = sqlite3.connect(uri, uri=True, cached_statements=512)
    connection.execute("PRAGMA query_only = ON")
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    connection.create_function("dossier_contains", 2, contains, )
    return connection


def x_connect_read_only__mutmut_26(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only and immutable: no locks, no journal, no writes."""
    if not path.is_file():
        raise SnapshotError(f"no snapshot at {path}")
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    connection = sqlite3.connect(uri, uri=True, cached_statements=512)
    connection.execute("PRAGMA query_only = ON")
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    connection.create_function("XXdossier_containsXX", 2, contains, deterministic=True)
    return connection


def x_connect_read_only__mutmut_27(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only and immutable: no locks, no journal, no writes."""
    if not path.is_file():
        raise SnapshotError(f"no snapshot at {path}")
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    connection = sqlite3.connect(uri, uri=True, cached_statements=512)
    connection.execute("PRAGMA query_only = ON")
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    connection.create_function("DOSSIER_CONTAINS", 2, contains, deterministic=True)
    return connection


def x_connect_read_only__mutmut_28(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only and immutable: no locks, no journal, no writes."""
    if not path.is_file():
        raise SnapshotError(f"no snapshot at {path}")
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    connection = sqlite3.connect(uri, uri=True, cached_statements=512)
    connection.execute("PRAGMA query_only = ON")
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    connection.create_function("dossier_contains", 3, contains, deterministic=True)
    return connection


def x_connect_read_only__mutmut_29(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only and immutable: no locks, no journal, no writes."""
    if not path.is_file():
        raise SnapshotError(f"no snapshot at {path}")
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    connection = sqlite3.connect(uri, uri=True, cached_statements=512)
    connection.execute("PRAGMA query_only = ON")
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    connection.create_function("dossier_contains", 2, contains, deterministic=False)
    return connection

mutants_x_connect_read_only__mutmut['_mutmut_orig'] = x_connect_read_only__mutmut_orig # type: ignore # mutmut generated
mutants_x_connect_read_only__mutmut['x_connect_read_only__mutmut_1'] = x_connect_read_only__mutmut_1 # type: ignore # mutmut generated
mutants_x_connect_read_only__mutmut['x_connect_read_only__mutmut_2'] = x_connect_read_only__mutmut_2 # type: ignore # mutmut generated
mutants_x_connect_read_only__mutmut['x_connect_read_only__mutmut_3'] = x_connect_read_only__mutmut_3 # type: ignore # mutmut generated
mutants_x_connect_read_only__mutmut['x_connect_read_only__mutmut_4'] = x_connect_read_only__mutmut_4 # type: ignore # mutmut generated
mutants_x_connect_read_only__mutmut['x_connect_read_only__mutmut_5'] = x_connect_read_only__mutmut_5 # type: ignore # mutmut generated
mutants_x_connect_read_only__mutmut['x_connect_read_only__mutmut_6'] = x_connect_read_only__mutmut_6 # type: ignore # mutmut generated
mutants_x_connect_read_only__mutmut['x_connect_read_only__mutmut_7'] = x_connect_read_only__mutmut_7 # type: ignore # mutmut generated
mutants_x_connect_read_only__mutmut['x_connect_read_only__mutmut_8'] = x_connect_read_only__mutmut_8 # type: ignore # mutmut generated
mutants_x_connect_read_only__mutmut['x_connect_read_only__mutmut_9'] = x_connect_read_only__mutmut_9 # type: ignore # mutmut generated
mutants_x_connect_read_only__mutmut['x_connect_read_only__mutmut_10'] = x_connect_read_only__mutmut_10 # type: ignore # mutmut generated
mutants_x_connect_read_only__mutmut['x_connect_read_only__mutmut_11'] = x_connect_read_only__mutmut_11 # type: ignore # mutmut generated
mutants_x_connect_read_only__mutmut['x_connect_read_only__mutmut_12'] = x_connect_read_only__mutmut_12 # type: ignore # mutmut generated
mutants_x_connect_read_only__mutmut['x_connect_read_only__mutmut_13'] = x_connect_read_only__mutmut_13 # type: ignore # mutmut generated
mutants_x_connect_read_only__mutmut['x_connect_read_only__mutmut_14'] = x_connect_read_only__mutmut_14 # type: ignore # mutmut generated
mutants_x_connect_read_only__mutmut['x_connect_read_only__mutmut_15'] = x_connect_read_only__mutmut_15 # type: ignore # mutmut generated
mutants_x_connect_read_only__mutmut['x_connect_read_only__mutmut_16'] = x_connect_read_only__mutmut_16 # type: ignore # mutmut generated
mutants_x_connect_read_only__mutmut['x_connect_read_only__mutmut_17'] = x_connect_read_only__mutmut_17 # type: ignore # mutmut generated
mutants_x_connect_read_only__mutmut['x_connect_read_only__mutmut_18'] = x_connect_read_only__mutmut_18 # type: ignore # mutmut generated
mutants_x_connect_read_only__mutmut['x_connect_read_only__mutmut_19'] = x_connect_read_only__mutmut_19 # type: ignore # mutmut generated
mutants_x_connect_read_only__mutmut['x_connect_read_only__mutmut_20'] = x_connect_read_only__mutmut_20 # type: ignore # mutmut generated
mutants_x_connect_read_only__mutmut['x_connect_read_only__mutmut_21'] = x_connect_read_only__mutmut_21 # type: ignore # mutmut generated
mutants_x_connect_read_only__mutmut['x_connect_read_only__mutmut_22'] = x_connect_read_only__mutmut_22 # type: ignore # mutmut generated
mutants_x_connect_read_only__mutmut['x_connect_read_only__mutmut_23'] = x_connect_read_only__mutmut_23 # type: ignore # mutmut generated
mutants_x_connect_read_only__mutmut['x_connect_read_only__mutmut_24'] = x_connect_read_only__mutmut_24 # type: ignore # mutmut generated
mutants_x_connect_read_only__mutmut['x_connect_read_only__mutmut_25'] = x_connect_read_only__mutmut_25 # type: ignore # mutmut generated
mutants_x_connect_read_only__mutmut['x_connect_read_only__mutmut_26'] = x_connect_read_only__mutmut_26 # type: ignore # mutmut generated
mutants_x_connect_read_only__mutmut['x_connect_read_only__mutmut_27'] = x_connect_read_only__mutmut_27 # type: ignore # mutmut generated
mutants_x_connect_read_only__mutmut['x_connect_read_only__mutmut_28'] = x_connect_read_only__mutmut_28 # type: ignore # mutmut generated
mutants_x_connect_read_only__mutmut['x_connect_read_only__mutmut_29'] = x_connect_read_only__mutmut_29 # type: ignore # mutmut generated
mutants_x_data_version__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_data_version__mutmut)
def data_version(data_dir: Path) -> str:
    """Return the dataset version of ``data_dir``: the sha256 of its files, in file order."""
    digest = hashlib.sha256()
    for collection in COLLECTIONS:
        try:
            digest.update((data_dir / f"{collection}.json").read_bytes())
        except OSError:
            continue
    return digest.hexdigest()[:16]


def x_data_version__mutmut_orig(data_dir: Path) -> str:
    """Return the dataset version of ``data_dir``: the sha256 of its files, in file order."""
    digest = hashlib.sha256()
    for collection in COLLECTIONS:
        try:
            digest.update((data_dir / f"{collection}.json").read_bytes())
        except OSError:
            continue
    return digest.hexdigest()[:16]


def x_data_version__mutmut_1(data_dir: Path) -> str:
    """Return the dataset version of ``data_dir``: the sha256 of its files, in file order."""
    digest = None
    for collection in COLLECTIONS:
        try:
            digest.update((data_dir / f"{collection}.json").read_bytes())
        except OSError:
            continue
    return digest.hexdigest()[:16]


def x_data_version__mutmut_2(data_dir: Path) -> str:
    """Return the dataset version of ``data_dir``: the sha256 of its files, in file order."""
    digest = hashlib.sha256()
    for collection in COLLECTIONS:
        try:
            digest.update(None)
        except OSError:
            continue
    return digest.hexdigest()[:16]


def x_data_version__mutmut_3(data_dir: Path) -> str:
    """Return the dataset version of ``data_dir``: the sha256 of its files, in file order."""
    digest = hashlib.sha256()
    for collection in COLLECTIONS:
        try:
            digest.update((data_dir * f"{collection}.json").read_bytes())
        except OSError:
            continue
    return digest.hexdigest()[:16]


def x_data_version__mutmut_4(data_dir: Path) -> str:
    """Return the dataset version of ``data_dir``: the sha256 of its files, in file order."""
    digest = hashlib.sha256()
    for collection in COLLECTIONS:
        try:
            digest.update((data_dir / f"{collection}.json").read_bytes())
        except OSError:
            break
    return digest.hexdigest()[:16]


def x_data_version__mutmut_5(data_dir: Path) -> str:
    """Return the dataset version of ``data_dir``: the sha256 of its files, in file order."""
    digest = hashlib.sha256()
    for collection in COLLECTIONS:
        try:
            digest.update((data_dir / f"{collection}.json").read_bytes())
        except OSError:
            continue
    return digest.hexdigest()[:17]

mutants_x_data_version__mutmut['_mutmut_orig'] = x_data_version__mutmut_orig # type: ignore # mutmut generated
mutants_x_data_version__mutmut['x_data_version__mutmut_1'] = x_data_version__mutmut_1 # type: ignore # mutmut generated
mutants_x_data_version__mutmut['x_data_version__mutmut_2'] = x_data_version__mutmut_2 # type: ignore # mutmut generated
mutants_x_data_version__mutmut['x_data_version__mutmut_3'] = x_data_version__mutmut_3 # type: ignore # mutmut generated
mutants_x_data_version__mutmut['x_data_version__mutmut_4'] = x_data_version__mutmut_4 # type: ignore # mutmut generated
mutants_x_data_version__mutmut['x_data_version__mutmut_5'] = x_data_version__mutmut_5 # type: ignore # mutmut generated
mutants_x__digest__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__digest__mutmut)
def _digest(paths: Iterable[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def x__digest__mutmut_orig(paths: Iterable[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def x__digest__mutmut_1(paths: Iterable[Path]) -> str:
    digest = None
    for path in paths:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def x__digest__mutmut_2(paths: Iterable[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(None)
    return digest.hexdigest()


def x__digest__mutmut_3(paths: Iterable[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() - b"\0")
    return digest.hexdigest()


def x__digest__mutmut_4(paths: Iterable[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode() + b"\0" - path.read_bytes() + b"\0")
    return digest.hexdigest()


def x__digest__mutmut_5(paths: Iterable[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode() - b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def x__digest__mutmut_6(paths: Iterable[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode() + b"XX\0XX" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def x__digest__mutmut_7(paths: Iterable[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"XX\0XX")
    return digest.hexdigest()

mutants_x__digest__mutmut['_mutmut_orig'] = x__digest__mutmut_orig # type: ignore # mutmut generated
mutants_x__digest__mutmut['x__digest__mutmut_1'] = x__digest__mutmut_1 # type: ignore # mutmut generated
mutants_x__digest__mutmut['x__digest__mutmut_2'] = x__digest__mutmut_2 # type: ignore # mutmut generated
mutants_x__digest__mutmut['x__digest__mutmut_3'] = x__digest__mutmut_3 # type: ignore # mutmut generated
mutants_x__digest__mutmut['x__digest__mutmut_4'] = x__digest__mutmut_4 # type: ignore # mutmut generated
mutants_x__digest__mutmut['x__digest__mutmut_5'] = x__digest__mutmut_5 # type: ignore # mutmut generated
mutants_x__digest__mutmut['x__digest__mutmut_6'] = x__digest__mutmut_6 # type: ignore # mutmut generated
mutants_x__digest__mutmut['x__digest__mutmut_7'] = x__digest__mutmut_7 # type: ignore # mutmut generated
mutants_x__stats__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__stats__mutmut)
def _stats(data_dir: Path) -> list[Any]:
    stats: list[Any] = []
    for collection in COLLECTIONS:
        try:
            stat = (data_dir / f"{collection}.json").stat()
        except OSError:
            stats.append(None)
            continue
        stats.append([stat.st_size, stat.st_mtime_ns, stat.st_ino])
    return stats


def x__stats__mutmut_orig(data_dir: Path) -> list[Any]:
    stats: list[Any] = []
    for collection in COLLECTIONS:
        try:
            stat = (data_dir / f"{collection}.json").stat()
        except OSError:
            stats.append(None)
            continue
        stats.append([stat.st_size, stat.st_mtime_ns, stat.st_ino])
    return stats


def x__stats__mutmut_1(data_dir: Path) -> list[Any]:
    stats: list[Any] = None
    for collection in COLLECTIONS:
        try:
            stat = (data_dir / f"{collection}.json").stat()
        except OSError:
            stats.append(None)
            continue
        stats.append([stat.st_size, stat.st_mtime_ns, stat.st_ino])
    return stats


def x__stats__mutmut_2(data_dir: Path) -> list[Any]:
    stats: list[Any] = []
    for collection in COLLECTIONS:
        try:
            stat = None
        except OSError:
            stats.append(None)
            continue
        stats.append([stat.st_size, stat.st_mtime_ns, stat.st_ino])
    return stats


def x__stats__mutmut_3(data_dir: Path) -> list[Any]:
    stats: list[Any] = []
    for collection in COLLECTIONS:
        try:
            stat = (data_dir * f"{collection}.json").stat()
        except OSError:
            stats.append(None)
            continue
        stats.append([stat.st_size, stat.st_mtime_ns, stat.st_ino])
    return stats


def x__stats__mutmut_4(data_dir: Path) -> list[Any]:
    stats: list[Any] = []
    for collection in COLLECTIONS:
        try:
            stat = (data_dir / f"{collection}.json").stat()
        except OSError:
            stats.append(None)
            break
        stats.append([stat.st_size, stat.st_mtime_ns, stat.st_ino])
    return stats


def x__stats__mutmut_5(data_dir: Path) -> list[Any]:
    stats: list[Any] = []
    for collection in COLLECTIONS:
        try:
            stat = (data_dir / f"{collection}.json").stat()
        except OSError:
            stats.append(None)
            continue
        stats.append(None)
    return stats

mutants_x__stats__mutmut['_mutmut_orig'] = x__stats__mutmut_orig # type: ignore # mutmut generated
mutants_x__stats__mutmut['x__stats__mutmut_1'] = x__stats__mutmut_1 # type: ignore # mutmut generated
mutants_x__stats__mutmut['x__stats__mutmut_2'] = x__stats__mutmut_2 # type: ignore # mutmut generated
mutants_x__stats__mutmut['x__stats__mutmut_3'] = x__stats__mutmut_3 # type: ignore # mutmut generated
mutants_x__stats__mutmut['x__stats__mutmut_4'] = x__stats__mutmut_4 # type: ignore # mutmut generated
mutants_x__stats__mutmut['x__stats__mutmut_5'] = x__stats__mutmut_5 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__cached_version__mutmut)
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
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_orig(data_dir: Path, snapshot_dir: Path) -> str:
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
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_1(data_dir: Path, snapshot_dir: Path) -> str:
    """Return the dataset version of ``data_dir``; the key file's while its files are unchanged."""
    keys_file = None
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
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_2(data_dir: Path, snapshot_dir: Path) -> str:
    """Return the dataset version of ``data_dir``; the key file's while its files are unchanged."""
    keys_file = snapshot_dir * _KEYS_FILE
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
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_3(data_dir: Path, snapshot_dir: Path) -> str:
    """Return the dataset version of ``data_dir``; the key file's while its files are unchanged."""
    keys_file = snapshot_dir / _KEYS_FILE
    try:
        keys: dict[str, Any] = None
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
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_4(data_dir: Path, snapshot_dir: Path) -> str:
    """Return the dataset version of ``data_dir``; the key file's while its files are unchanged."""
    keys_file = snapshot_dir / _KEYS_FILE
    try:
        keys: dict[str, Any] = orjson.loads(None)
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
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_5(data_dir: Path, snapshot_dir: Path) -> str:
    """Return the dataset version of ``data_dir``; the key file's while its files are unchanged."""
    keys_file = snapshot_dir / _KEYS_FILE
    try:
        keys: dict[str, Any] = orjson.loads(keys_file.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        keys = None
    where = str(data_dir.resolve())
    stats = _stats(data_dir)
    known = keys.get(where)
    if known is not None and known["stats"] == stats:
        version: str = known["version"]
        return version
    version = data_version(data_dir)
    keys[where] = {"stats": stats, "version": version}
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_6(data_dir: Path, snapshot_dir: Path) -> str:
    """Return the dataset version of ``data_dir``; the key file's while its files are unchanged."""
    keys_file = snapshot_dir / _KEYS_FILE
    try:
        keys: dict[str, Any] = orjson.loads(keys_file.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        keys = {}
    where = None
    stats = _stats(data_dir)
    known = keys.get(where)
    if known is not None and known["stats"] == stats:
        version: str = known["version"]
        return version
    version = data_version(data_dir)
    keys[where] = {"stats": stats, "version": version}
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_7(data_dir: Path, snapshot_dir: Path) -> str:
    """Return the dataset version of ``data_dir``; the key file's while its files are unchanged."""
    keys_file = snapshot_dir / _KEYS_FILE
    try:
        keys: dict[str, Any] = orjson.loads(keys_file.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        keys = {}
    where = str(None)
    stats = _stats(data_dir)
    known = keys.get(where)
    if known is not None and known["stats"] == stats:
        version: str = known["version"]
        return version
    version = data_version(data_dir)
    keys[where] = {"stats": stats, "version": version}
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_8(data_dir: Path, snapshot_dir: Path) -> str:
    """Return the dataset version of ``data_dir``; the key file's while its files are unchanged."""
    keys_file = snapshot_dir / _KEYS_FILE
    try:
        keys: dict[str, Any] = orjson.loads(keys_file.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        keys = {}
    where = str(data_dir.resolve())
    stats = None
    known = keys.get(where)
    if known is not None and known["stats"] == stats:
        version: str = known["version"]
        return version
    version = data_version(data_dir)
    keys[where] = {"stats": stats, "version": version}
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_9(data_dir: Path, snapshot_dir: Path) -> str:
    """Return the dataset version of ``data_dir``; the key file's while its files are unchanged."""
    keys_file = snapshot_dir / _KEYS_FILE
    try:
        keys: dict[str, Any] = orjson.loads(keys_file.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        keys = {}
    where = str(data_dir.resolve())
    stats = _stats(None)
    known = keys.get(where)
    if known is not None and known["stats"] == stats:
        version: str = known["version"]
        return version
    version = data_version(data_dir)
    keys[where] = {"stats": stats, "version": version}
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_10(data_dir: Path, snapshot_dir: Path) -> str:
    """Return the dataset version of ``data_dir``; the key file's while its files are unchanged."""
    keys_file = snapshot_dir / _KEYS_FILE
    try:
        keys: dict[str, Any] = orjson.loads(keys_file.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        keys = {}
    where = str(data_dir.resolve())
    stats = _stats(data_dir)
    known = None
    if known is not None and known["stats"] == stats:
        version: str = known["version"]
        return version
    version = data_version(data_dir)
    keys[where] = {"stats": stats, "version": version}
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_11(data_dir: Path, snapshot_dir: Path) -> str:
    """Return the dataset version of ``data_dir``; the key file's while its files are unchanged."""
    keys_file = snapshot_dir / _KEYS_FILE
    try:
        keys: dict[str, Any] = orjson.loads(keys_file.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        keys = {}
    where = str(data_dir.resolve())
    stats = _stats(data_dir)
    known = keys.get(None)
    if known is not None and known["stats"] == stats:
        version: str = known["version"]
        return version
    version = data_version(data_dir)
    keys[where] = {"stats": stats, "version": version}
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_12(data_dir: Path, snapshot_dir: Path) -> str:
    """Return the dataset version of ``data_dir``; the key file's while its files are unchanged."""
    keys_file = snapshot_dir / _KEYS_FILE
    try:
        keys: dict[str, Any] = orjson.loads(keys_file.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        keys = {}
    where = str(data_dir.resolve())
    stats = _stats(data_dir)
    known = keys.get(where)
    if known is not None or known["stats"] == stats:
        version: str = known["version"]
        return version
    version = data_version(data_dir)
    keys[where] = {"stats": stats, "version": version}
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_13(data_dir: Path, snapshot_dir: Path) -> str:
    """Return the dataset version of ``data_dir``; the key file's while its files are unchanged."""
    keys_file = snapshot_dir / _KEYS_FILE
    try:
        keys: dict[str, Any] = orjson.loads(keys_file.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        keys = {}
    where = str(data_dir.resolve())
    stats = _stats(data_dir)
    known = keys.get(where)
    if known is None and known["stats"] == stats:
        version: str = known["version"]
        return version
    version = data_version(data_dir)
    keys[where] = {"stats": stats, "version": version}
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_14(data_dir: Path, snapshot_dir: Path) -> str:
    """Return the dataset version of ``data_dir``; the key file's while its files are unchanged."""
    keys_file = snapshot_dir / _KEYS_FILE
    try:
        keys: dict[str, Any] = orjson.loads(keys_file.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        keys = {}
    where = str(data_dir.resolve())
    stats = _stats(data_dir)
    known = keys.get(where)
    if known is not None and known["XXstatsXX"] == stats:
        version: str = known["version"]
        return version
    version = data_version(data_dir)
    keys[where] = {"stats": stats, "version": version}
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_15(data_dir: Path, snapshot_dir: Path) -> str:
    """Return the dataset version of ``data_dir``; the key file's while its files are unchanged."""
    keys_file = snapshot_dir / _KEYS_FILE
    try:
        keys: dict[str, Any] = orjson.loads(keys_file.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        keys = {}
    where = str(data_dir.resolve())
    stats = _stats(data_dir)
    known = keys.get(where)
    if known is not None and known["STATS"] == stats:
        version: str = known["version"]
        return version
    version = data_version(data_dir)
    keys[where] = {"stats": stats, "version": version}
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_16(data_dir: Path, snapshot_dir: Path) -> str:
    """Return the dataset version of ``data_dir``; the key file's while its files are unchanged."""
    keys_file = snapshot_dir / _KEYS_FILE
    try:
        keys: dict[str, Any] = orjson.loads(keys_file.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        keys = {}
    where = str(data_dir.resolve())
    stats = _stats(data_dir)
    known = keys.get(where)
    if known is not None and known["stats"] != stats:
        version: str = known["version"]
        return version
    version = data_version(data_dir)
    keys[where] = {"stats": stats, "version": version}
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_17(data_dir: Path, snapshot_dir: Path) -> str:
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
        version: str = None
        return version
    version = data_version(data_dir)
    keys[where] = {"stats": stats, "version": version}
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_18(data_dir: Path, snapshot_dir: Path) -> str:
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
        version: str = known["XXversionXX"]
        return version
    version = data_version(data_dir)
    keys[where] = {"stats": stats, "version": version}
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_19(data_dir: Path, snapshot_dir: Path) -> str:
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
        version: str = known["VERSION"]
        return version
    version = data_version(data_dir)
    keys[where] = {"stats": stats, "version": version}
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_20(data_dir: Path, snapshot_dir: Path) -> str:
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
    version = None
    keys[where] = {"stats": stats, "version": version}
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_21(data_dir: Path, snapshot_dir: Path) -> str:
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
    version = data_version(None)
    keys[where] = {"stats": stats, "version": version}
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_22(data_dir: Path, snapshot_dir: Path) -> str:
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
    keys[where] = None
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_23(data_dir: Path, snapshot_dir: Path) -> str:
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
    keys[where] = {"XXstatsXX": stats, "version": version}
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_24(data_dir: Path, snapshot_dir: Path) -> str:
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
    keys[where] = {"STATS": stats, "version": version}
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_25(data_dir: Path, snapshot_dir: Path) -> str:
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
    keys[where] = {"stats": stats, "XXversionXX": version}
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_26(data_dir: Path, snapshot_dir: Path) -> str:
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
    keys[where] = {"stats": stats, "VERSION": version}
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_27(data_dir: Path, snapshot_dir: Path) -> str:
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
    snapshot_dir.mkdir(parents=None, exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_28(data_dir: Path, snapshot_dir: Path) -> str:
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
    snapshot_dir.mkdir(parents=True, exist_ok=None)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_29(data_dir: Path, snapshot_dir: Path) -> str:
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
    snapshot_dir.mkdir(exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_30(data_dir: Path, snapshot_dir: Path) -> str:
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
    snapshot_dir.mkdir(parents=True, )
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_31(data_dir: Path, snapshot_dir: Path) -> str:
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
    snapshot_dir.mkdir(parents=False, exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_32(data_dir: Path, snapshot_dir: Path) -> str:
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
    snapshot_dir.mkdir(parents=True, exist_ok=False)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_33(data_dir: Path, snapshot_dir: Path) -> str:
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
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    temporary = None
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_34(data_dir: Path, snapshot_dir: Path) -> str:
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
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    temporary = keys_file.with_name(None)
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_35(data_dir: Path, snapshot_dir: Path) -> str:
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
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(None)
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_36(data_dir: Path, snapshot_dir: Path) -> str:
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
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(None, option=orjson.OPT_INDENT_2))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_37(data_dir: Path, snapshot_dir: Path) -> str:
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
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, option=None))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_38(data_dir: Path, snapshot_dir: Path) -> str:
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
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(option=orjson.OPT_INDENT_2))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_39(data_dir: Path, snapshot_dir: Path) -> str:
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
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, ))
    os.replace(temporary, keys_file)
    return version


def x__cached_version__mutmut_40(data_dir: Path, snapshot_dir: Path) -> str:
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
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(None, keys_file)
    return version


def x__cached_version__mutmut_41(data_dir: Path, snapshot_dir: Path) -> str:
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
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(temporary, None)
    return version


def x__cached_version__mutmut_42(data_dir: Path, snapshot_dir: Path) -> str:
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
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(keys_file)
    return version


def x__cached_version__mutmut_43(data_dir: Path, snapshot_dir: Path) -> str:
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
    snapshot_dir.mkdir(parents=True, exist_ok=True)
    temporary = keys_file.with_name(f".{_KEYS_FILE}.{os.getpid()}")
    temporary.write_bytes(orjson.dumps(keys, option=orjson.OPT_INDENT_2))
    os.replace(temporary, )
    return version

mutants_x__cached_version__mutmut['_mutmut_orig'] = x__cached_version__mutmut_orig # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_1'] = x__cached_version__mutmut_1 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_2'] = x__cached_version__mutmut_2 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_3'] = x__cached_version__mutmut_3 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_4'] = x__cached_version__mutmut_4 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_5'] = x__cached_version__mutmut_5 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_6'] = x__cached_version__mutmut_6 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_7'] = x__cached_version__mutmut_7 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_8'] = x__cached_version__mutmut_8 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_9'] = x__cached_version__mutmut_9 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_10'] = x__cached_version__mutmut_10 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_11'] = x__cached_version__mutmut_11 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_12'] = x__cached_version__mutmut_12 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_13'] = x__cached_version__mutmut_13 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_14'] = x__cached_version__mutmut_14 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_15'] = x__cached_version__mutmut_15 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_16'] = x__cached_version__mutmut_16 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_17'] = x__cached_version__mutmut_17 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_18'] = x__cached_version__mutmut_18 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_19'] = x__cached_version__mutmut_19 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_20'] = x__cached_version__mutmut_20 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_21'] = x__cached_version__mutmut_21 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_22'] = x__cached_version__mutmut_22 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_23'] = x__cached_version__mutmut_23 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_24'] = x__cached_version__mutmut_24 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_25'] = x__cached_version__mutmut_25 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_26'] = x__cached_version__mutmut_26 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_27'] = x__cached_version__mutmut_27 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_28'] = x__cached_version__mutmut_28 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_29'] = x__cached_version__mutmut_29 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_30'] = x__cached_version__mutmut_30 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_31'] = x__cached_version__mutmut_31 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_32'] = x__cached_version__mutmut_32 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_33'] = x__cached_version__mutmut_33 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_34'] = x__cached_version__mutmut_34 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_35'] = x__cached_version__mutmut_35 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_36'] = x__cached_version__mutmut_36 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_37'] = x__cached_version__mutmut_37 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_38'] = x__cached_version__mutmut_38 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_39'] = x__cached_version__mutmut_39 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_40'] = x__cached_version__mutmut_40 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_41'] = x__cached_version__mutmut_41 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_42'] = x__cached_version__mutmut_42 # type: ignore # mutmut generated
mutants_x__cached_version__mutmut['x__cached_version__mutmut_43'] = x__cached_version__mutmut_43 # type: ignore # mutmut generated
mutants_x_snapshot_path__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_snapshot_path__mutmut)
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


def x_snapshot_path__mutmut_orig(
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


def x_snapshot_path__mutmut_1(
    data_dir: Path,
    snapshot_dir: Path,
    *,
    code: Iterable[Path] = (),
    sources_dir: Path | None = None,
) -> Path:
    """Return where the snapshot of ``data_dir`` built by this code is, or would be."""
    version = None
    parts = [version, _digest([*_BUILD_CODE, *code])]
    if sources_dir is not None:
        parts.append(_digest(sorted(p for p in sources_dir.iterdir() if p.is_file())))
    key = hashlib.sha256("\n".join(parts).encode()).hexdigest()[:12]
    return snapshot_dir / f"dossier-{version}-{key}.sqlite"


def x_snapshot_path__mutmut_2(
    data_dir: Path,
    snapshot_dir: Path,
    *,
    code: Iterable[Path] = (),
    sources_dir: Path | None = None,
) -> Path:
    """Return where the snapshot of ``data_dir`` built by this code is, or would be."""
    version = _cached_version(None, snapshot_dir)
    parts = [version, _digest([*_BUILD_CODE, *code])]
    if sources_dir is not None:
        parts.append(_digest(sorted(p for p in sources_dir.iterdir() if p.is_file())))
    key = hashlib.sha256("\n".join(parts).encode()).hexdigest()[:12]
    return snapshot_dir / f"dossier-{version}-{key}.sqlite"


def x_snapshot_path__mutmut_3(
    data_dir: Path,
    snapshot_dir: Path,
    *,
    code: Iterable[Path] = (),
    sources_dir: Path | None = None,
) -> Path:
    """Return where the snapshot of ``data_dir`` built by this code is, or would be."""
    version = _cached_version(data_dir, None)
    parts = [version, _digest([*_BUILD_CODE, *code])]
    if sources_dir is not None:
        parts.append(_digest(sorted(p for p in sources_dir.iterdir() if p.is_file())))
    key = hashlib.sha256("\n".join(parts).encode()).hexdigest()[:12]
    return snapshot_dir / f"dossier-{version}-{key}.sqlite"


def x_snapshot_path__mutmut_4(
    data_dir: Path,
    snapshot_dir: Path,
    *,
    code: Iterable[Path] = (),
    sources_dir: Path | None = None,
) -> Path:
    """Return where the snapshot of ``data_dir`` built by this code is, or would be."""
    version = _cached_version(snapshot_dir)
    parts = [version, _digest([*_BUILD_CODE, *code])]
    if sources_dir is not None:
        parts.append(_digest(sorted(p for p in sources_dir.iterdir() if p.is_file())))
    key = hashlib.sha256("\n".join(parts).encode()).hexdigest()[:12]
    return snapshot_dir / f"dossier-{version}-{key}.sqlite"


def x_snapshot_path__mutmut_5(
    data_dir: Path,
    snapshot_dir: Path,
    *,
    code: Iterable[Path] = (),
    sources_dir: Path | None = None,
) -> Path:
    """Return where the snapshot of ``data_dir`` built by this code is, or would be."""
    version = _cached_version(data_dir, )
    parts = [version, _digest([*_BUILD_CODE, *code])]
    if sources_dir is not None:
        parts.append(_digest(sorted(p for p in sources_dir.iterdir() if p.is_file())))
    key = hashlib.sha256("\n".join(parts).encode()).hexdigest()[:12]
    return snapshot_dir / f"dossier-{version}-{key}.sqlite"


def x_snapshot_path__mutmut_6(
    data_dir: Path,
    snapshot_dir: Path,
    *,
    code: Iterable[Path] = (),
    sources_dir: Path | None = None,
) -> Path:
    """Return where the snapshot of ``data_dir`` built by this code is, or would be."""
    version = _cached_version(data_dir, snapshot_dir)
    parts = None
    if sources_dir is not None:
        parts.append(_digest(sorted(p for p in sources_dir.iterdir() if p.is_file())))
    key = hashlib.sha256("\n".join(parts).encode()).hexdigest()[:12]
    return snapshot_dir / f"dossier-{version}-{key}.sqlite"


def x_snapshot_path__mutmut_7(
    data_dir: Path,
    snapshot_dir: Path,
    *,
    code: Iterable[Path] = (),
    sources_dir: Path | None = None,
) -> Path:
    """Return where the snapshot of ``data_dir`` built by this code is, or would be."""
    version = _cached_version(data_dir, snapshot_dir)
    parts = [version, _digest(None)]
    if sources_dir is not None:
        parts.append(_digest(sorted(p for p in sources_dir.iterdir() if p.is_file())))
    key = hashlib.sha256("\n".join(parts).encode()).hexdigest()[:12]
    return snapshot_dir / f"dossier-{version}-{key}.sqlite"


def x_snapshot_path__mutmut_8(
    data_dir: Path,
    snapshot_dir: Path,
    *,
    code: Iterable[Path] = (),
    sources_dir: Path | None = None,
) -> Path:
    """Return where the snapshot of ``data_dir`` built by this code is, or would be."""
    version = _cached_version(data_dir, snapshot_dir)
    parts = [version, _digest([*_BUILD_CODE, *code])]
    if sources_dir is None:
        parts.append(_digest(sorted(p for p in sources_dir.iterdir() if p.is_file())))
    key = hashlib.sha256("\n".join(parts).encode()).hexdigest()[:12]
    return snapshot_dir / f"dossier-{version}-{key}.sqlite"


def x_snapshot_path__mutmut_9(
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
        parts.append(None)
    key = hashlib.sha256("\n".join(parts).encode()).hexdigest()[:12]
    return snapshot_dir / f"dossier-{version}-{key}.sqlite"


def x_snapshot_path__mutmut_10(
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
        parts.append(_digest(None))
    key = hashlib.sha256("\n".join(parts).encode()).hexdigest()[:12]
    return snapshot_dir / f"dossier-{version}-{key}.sqlite"


def x_snapshot_path__mutmut_11(
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
        parts.append(_digest(sorted(None)))
    key = hashlib.sha256("\n".join(parts).encode()).hexdigest()[:12]
    return snapshot_dir / f"dossier-{version}-{key}.sqlite"


def x_snapshot_path__mutmut_12(
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
    key = None
    return snapshot_dir / f"dossier-{version}-{key}.sqlite"


def x_snapshot_path__mutmut_13(
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
    key = hashlib.sha256(None).hexdigest()[:12]
    return snapshot_dir / f"dossier-{version}-{key}.sqlite"


def x_snapshot_path__mutmut_14(
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
    key = hashlib.sha256("\n".join(None).encode()).hexdigest()[:12]
    return snapshot_dir / f"dossier-{version}-{key}.sqlite"


def x_snapshot_path__mutmut_15(
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
    key = hashlib.sha256("XX\nXX".join(parts).encode()).hexdigest()[:12]
    return snapshot_dir / f"dossier-{version}-{key}.sqlite"


def x_snapshot_path__mutmut_16(
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
    key = hashlib.sha256("\n".join(parts).encode()).hexdigest()[:13]
    return snapshot_dir / f"dossier-{version}-{key}.sqlite"


def x_snapshot_path__mutmut_17(
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
    return snapshot_dir * f"dossier-{version}-{key}.sqlite"

mutants_x_snapshot_path__mutmut['_mutmut_orig'] = x_snapshot_path__mutmut_orig # type: ignore # mutmut generated
mutants_x_snapshot_path__mutmut['x_snapshot_path__mutmut_1'] = x_snapshot_path__mutmut_1 # type: ignore # mutmut generated
mutants_x_snapshot_path__mutmut['x_snapshot_path__mutmut_2'] = x_snapshot_path__mutmut_2 # type: ignore # mutmut generated
mutants_x_snapshot_path__mutmut['x_snapshot_path__mutmut_3'] = x_snapshot_path__mutmut_3 # type: ignore # mutmut generated
mutants_x_snapshot_path__mutmut['x_snapshot_path__mutmut_4'] = x_snapshot_path__mutmut_4 # type: ignore # mutmut generated
mutants_x_snapshot_path__mutmut['x_snapshot_path__mutmut_5'] = x_snapshot_path__mutmut_5 # type: ignore # mutmut generated
mutants_x_snapshot_path__mutmut['x_snapshot_path__mutmut_6'] = x_snapshot_path__mutmut_6 # type: ignore # mutmut generated
mutants_x_snapshot_path__mutmut['x_snapshot_path__mutmut_7'] = x_snapshot_path__mutmut_7 # type: ignore # mutmut generated
mutants_x_snapshot_path__mutmut['x_snapshot_path__mutmut_8'] = x_snapshot_path__mutmut_8 # type: ignore # mutmut generated
mutants_x_snapshot_path__mutmut['x_snapshot_path__mutmut_9'] = x_snapshot_path__mutmut_9 # type: ignore # mutmut generated
mutants_x_snapshot_path__mutmut['x_snapshot_path__mutmut_10'] = x_snapshot_path__mutmut_10 # type: ignore # mutmut generated
mutants_x_snapshot_path__mutmut['x_snapshot_path__mutmut_11'] = x_snapshot_path__mutmut_11 # type: ignore # mutmut generated
mutants_x_snapshot_path__mutmut['x_snapshot_path__mutmut_12'] = x_snapshot_path__mutmut_12 # type: ignore # mutmut generated
mutants_x_snapshot_path__mutmut['x_snapshot_path__mutmut_13'] = x_snapshot_path__mutmut_13 # type: ignore # mutmut generated
mutants_x_snapshot_path__mutmut['x_snapshot_path__mutmut_14'] = x_snapshot_path__mutmut_14 # type: ignore # mutmut generated
mutants_x_snapshot_path__mutmut['x_snapshot_path__mutmut_15'] = x_snapshot_path__mutmut_15 # type: ignore # mutmut generated
mutants_x_snapshot_path__mutmut['x_snapshot_path__mutmut_16'] = x_snapshot_path__mutmut_16 # type: ignore # mutmut generated
mutants_x_snapshot_path__mutmut['x_snapshot_path__mutmut_17'] = x_snapshot_path__mutmut_17 # type: ignore # mutmut generated
mutants_x_ensure_snapshot__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_ensure_snapshot__mutmut)
def ensure_snapshot(
    data_dir: Path,
    snapshot_dir: Path,
    make_renderer: RendererFactory,
    *,
    code: Iterable[Path] = (),
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Return the snapshot of ``data_dir``, building it first if it is missing.

    Raises DataError, writing nothing, when the dataset breaks a rule.
    """
    path = snapshot_path(data_dir, snapshot_dir, code=code, sources_dir=sources_dir)
    if not path.is_file():
        build(data_dir, path, make_renderer, sources_dir=sources_dir, progress=progress)
    return path


def x_ensure_snapshot__mutmut_orig(
    data_dir: Path,
    snapshot_dir: Path,
    make_renderer: RendererFactory,
    *,
    code: Iterable[Path] = (),
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Return the snapshot of ``data_dir``, building it first if it is missing.

    Raises DataError, writing nothing, when the dataset breaks a rule.
    """
    path = snapshot_path(data_dir, snapshot_dir, code=code, sources_dir=sources_dir)
    if not path.is_file():
        build(data_dir, path, make_renderer, sources_dir=sources_dir, progress=progress)
    return path


def x_ensure_snapshot__mutmut_1(
    data_dir: Path,
    snapshot_dir: Path,
    make_renderer: RendererFactory,
    *,
    code: Iterable[Path] = (),
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Return the snapshot of ``data_dir``, building it first if it is missing.

    Raises DataError, writing nothing, when the dataset breaks a rule.
    """
    path = None
    if not path.is_file():
        build(data_dir, path, make_renderer, sources_dir=sources_dir, progress=progress)
    return path


def x_ensure_snapshot__mutmut_2(
    data_dir: Path,
    snapshot_dir: Path,
    make_renderer: RendererFactory,
    *,
    code: Iterable[Path] = (),
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Return the snapshot of ``data_dir``, building it first if it is missing.

    Raises DataError, writing nothing, when the dataset breaks a rule.
    """
    path = snapshot_path(None, snapshot_dir, code=code, sources_dir=sources_dir)
    if not path.is_file():
        build(data_dir, path, make_renderer, sources_dir=sources_dir, progress=progress)
    return path


def x_ensure_snapshot__mutmut_3(
    data_dir: Path,
    snapshot_dir: Path,
    make_renderer: RendererFactory,
    *,
    code: Iterable[Path] = (),
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Return the snapshot of ``data_dir``, building it first if it is missing.

    Raises DataError, writing nothing, when the dataset breaks a rule.
    """
    path = snapshot_path(data_dir, None, code=code, sources_dir=sources_dir)
    if not path.is_file():
        build(data_dir, path, make_renderer, sources_dir=sources_dir, progress=progress)
    return path


def x_ensure_snapshot__mutmut_4(
    data_dir: Path,
    snapshot_dir: Path,
    make_renderer: RendererFactory,
    *,
    code: Iterable[Path] = (),
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Return the snapshot of ``data_dir``, building it first if it is missing.

    Raises DataError, writing nothing, when the dataset breaks a rule.
    """
    path = snapshot_path(data_dir, snapshot_dir, code=None, sources_dir=sources_dir)
    if not path.is_file():
        build(data_dir, path, make_renderer, sources_dir=sources_dir, progress=progress)
    return path


def x_ensure_snapshot__mutmut_5(
    data_dir: Path,
    snapshot_dir: Path,
    make_renderer: RendererFactory,
    *,
    code: Iterable[Path] = (),
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Return the snapshot of ``data_dir``, building it first if it is missing.

    Raises DataError, writing nothing, when the dataset breaks a rule.
    """
    path = snapshot_path(data_dir, snapshot_dir, code=code, sources_dir=None)
    if not path.is_file():
        build(data_dir, path, make_renderer, sources_dir=sources_dir, progress=progress)
    return path


def x_ensure_snapshot__mutmut_6(
    data_dir: Path,
    snapshot_dir: Path,
    make_renderer: RendererFactory,
    *,
    code: Iterable[Path] = (),
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Return the snapshot of ``data_dir``, building it first if it is missing.

    Raises DataError, writing nothing, when the dataset breaks a rule.
    """
    path = snapshot_path(snapshot_dir, code=code, sources_dir=sources_dir)
    if not path.is_file():
        build(data_dir, path, make_renderer, sources_dir=sources_dir, progress=progress)
    return path


def x_ensure_snapshot__mutmut_7(
    data_dir: Path,
    snapshot_dir: Path,
    make_renderer: RendererFactory,
    *,
    code: Iterable[Path] = (),
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Return the snapshot of ``data_dir``, building it first if it is missing.

    Raises DataError, writing nothing, when the dataset breaks a rule.
    """
    path = snapshot_path(data_dir, code=code, sources_dir=sources_dir)
    if not path.is_file():
        build(data_dir, path, make_renderer, sources_dir=sources_dir, progress=progress)
    return path


def x_ensure_snapshot__mutmut_8(
    data_dir: Path,
    snapshot_dir: Path,
    make_renderer: RendererFactory,
    *,
    code: Iterable[Path] = (),
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Return the snapshot of ``data_dir``, building it first if it is missing.

    Raises DataError, writing nothing, when the dataset breaks a rule.
    """
    path = snapshot_path(data_dir, snapshot_dir, sources_dir=sources_dir)
    if not path.is_file():
        build(data_dir, path, make_renderer, sources_dir=sources_dir, progress=progress)
    return path


def x_ensure_snapshot__mutmut_9(
    data_dir: Path,
    snapshot_dir: Path,
    make_renderer: RendererFactory,
    *,
    code: Iterable[Path] = (),
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Return the snapshot of ``data_dir``, building it first if it is missing.

    Raises DataError, writing nothing, when the dataset breaks a rule.
    """
    path = snapshot_path(data_dir, snapshot_dir, code=code, )
    if not path.is_file():
        build(data_dir, path, make_renderer, sources_dir=sources_dir, progress=progress)
    return path


def x_ensure_snapshot__mutmut_10(
    data_dir: Path,
    snapshot_dir: Path,
    make_renderer: RendererFactory,
    *,
    code: Iterable[Path] = (),
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Return the snapshot of ``data_dir``, building it first if it is missing.

    Raises DataError, writing nothing, when the dataset breaks a rule.
    """
    path = snapshot_path(data_dir, snapshot_dir, code=code, sources_dir=sources_dir)
    if path.is_file():
        build(data_dir, path, make_renderer, sources_dir=sources_dir, progress=progress)
    return path


def x_ensure_snapshot__mutmut_11(
    data_dir: Path,
    snapshot_dir: Path,
    make_renderer: RendererFactory,
    *,
    code: Iterable[Path] = (),
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Return the snapshot of ``data_dir``, building it first if it is missing.

    Raises DataError, writing nothing, when the dataset breaks a rule.
    """
    path = snapshot_path(data_dir, snapshot_dir, code=code, sources_dir=sources_dir)
    if not path.is_file():
        build(None, path, make_renderer, sources_dir=sources_dir, progress=progress)
    return path


def x_ensure_snapshot__mutmut_12(
    data_dir: Path,
    snapshot_dir: Path,
    make_renderer: RendererFactory,
    *,
    code: Iterable[Path] = (),
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Return the snapshot of ``data_dir``, building it first if it is missing.

    Raises DataError, writing nothing, when the dataset breaks a rule.
    """
    path = snapshot_path(data_dir, snapshot_dir, code=code, sources_dir=sources_dir)
    if not path.is_file():
        build(data_dir, None, make_renderer, sources_dir=sources_dir, progress=progress)
    return path


def x_ensure_snapshot__mutmut_13(
    data_dir: Path,
    snapshot_dir: Path,
    make_renderer: RendererFactory,
    *,
    code: Iterable[Path] = (),
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Return the snapshot of ``data_dir``, building it first if it is missing.

    Raises DataError, writing nothing, when the dataset breaks a rule.
    """
    path = snapshot_path(data_dir, snapshot_dir, code=code, sources_dir=sources_dir)
    if not path.is_file():
        build(data_dir, path, None, sources_dir=sources_dir, progress=progress)
    return path


def x_ensure_snapshot__mutmut_14(
    data_dir: Path,
    snapshot_dir: Path,
    make_renderer: RendererFactory,
    *,
    code: Iterable[Path] = (),
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Return the snapshot of ``data_dir``, building it first if it is missing.

    Raises DataError, writing nothing, when the dataset breaks a rule.
    """
    path = snapshot_path(data_dir, snapshot_dir, code=code, sources_dir=sources_dir)
    if not path.is_file():
        build(data_dir, path, make_renderer, sources_dir=None, progress=progress)
    return path


def x_ensure_snapshot__mutmut_15(
    data_dir: Path,
    snapshot_dir: Path,
    make_renderer: RendererFactory,
    *,
    code: Iterable[Path] = (),
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Return the snapshot of ``data_dir``, building it first if it is missing.

    Raises DataError, writing nothing, when the dataset breaks a rule.
    """
    path = snapshot_path(data_dir, snapshot_dir, code=code, sources_dir=sources_dir)
    if not path.is_file():
        build(data_dir, path, make_renderer, sources_dir=sources_dir, progress=None)
    return path


def x_ensure_snapshot__mutmut_16(
    data_dir: Path,
    snapshot_dir: Path,
    make_renderer: RendererFactory,
    *,
    code: Iterable[Path] = (),
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Return the snapshot of ``data_dir``, building it first if it is missing.

    Raises DataError, writing nothing, when the dataset breaks a rule.
    """
    path = snapshot_path(data_dir, snapshot_dir, code=code, sources_dir=sources_dir)
    if not path.is_file():
        build(path, make_renderer, sources_dir=sources_dir, progress=progress)
    return path


def x_ensure_snapshot__mutmut_17(
    data_dir: Path,
    snapshot_dir: Path,
    make_renderer: RendererFactory,
    *,
    code: Iterable[Path] = (),
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Return the snapshot of ``data_dir``, building it first if it is missing.

    Raises DataError, writing nothing, when the dataset breaks a rule.
    """
    path = snapshot_path(data_dir, snapshot_dir, code=code, sources_dir=sources_dir)
    if not path.is_file():
        build(data_dir, make_renderer, sources_dir=sources_dir, progress=progress)
    return path


def x_ensure_snapshot__mutmut_18(
    data_dir: Path,
    snapshot_dir: Path,
    make_renderer: RendererFactory,
    *,
    code: Iterable[Path] = (),
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Return the snapshot of ``data_dir``, building it first if it is missing.

    Raises DataError, writing nothing, when the dataset breaks a rule.
    """
    path = snapshot_path(data_dir, snapshot_dir, code=code, sources_dir=sources_dir)
    if not path.is_file():
        build(data_dir, path, sources_dir=sources_dir, progress=progress)
    return path


def x_ensure_snapshot__mutmut_19(
    data_dir: Path,
    snapshot_dir: Path,
    make_renderer: RendererFactory,
    *,
    code: Iterable[Path] = (),
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Return the snapshot of ``data_dir``, building it first if it is missing.

    Raises DataError, writing nothing, when the dataset breaks a rule.
    """
    path = snapshot_path(data_dir, snapshot_dir, code=code, sources_dir=sources_dir)
    if not path.is_file():
        build(data_dir, path, make_renderer, progress=progress)
    return path


def x_ensure_snapshot__mutmut_20(
    data_dir: Path,
    snapshot_dir: Path,
    make_renderer: RendererFactory,
    *,
    code: Iterable[Path] = (),
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Return the snapshot of ``data_dir``, building it first if it is missing.

    Raises DataError, writing nothing, when the dataset breaks a rule.
    """
    path = snapshot_path(data_dir, snapshot_dir, code=code, sources_dir=sources_dir)
    if not path.is_file():
        build(data_dir, path, make_renderer, sources_dir=sources_dir, )
    return path

mutants_x_ensure_snapshot__mutmut['_mutmut_orig'] = x_ensure_snapshot__mutmut_orig # type: ignore # mutmut generated
mutants_x_ensure_snapshot__mutmut['x_ensure_snapshot__mutmut_1'] = x_ensure_snapshot__mutmut_1 # type: ignore # mutmut generated
mutants_x_ensure_snapshot__mutmut['x_ensure_snapshot__mutmut_2'] = x_ensure_snapshot__mutmut_2 # type: ignore # mutmut generated
mutants_x_ensure_snapshot__mutmut['x_ensure_snapshot__mutmut_3'] = x_ensure_snapshot__mutmut_3 # type: ignore # mutmut generated
mutants_x_ensure_snapshot__mutmut['x_ensure_snapshot__mutmut_4'] = x_ensure_snapshot__mutmut_4 # type: ignore # mutmut generated
mutants_x_ensure_snapshot__mutmut['x_ensure_snapshot__mutmut_5'] = x_ensure_snapshot__mutmut_5 # type: ignore # mutmut generated
mutants_x_ensure_snapshot__mutmut['x_ensure_snapshot__mutmut_6'] = x_ensure_snapshot__mutmut_6 # type: ignore # mutmut generated
mutants_x_ensure_snapshot__mutmut['x_ensure_snapshot__mutmut_7'] = x_ensure_snapshot__mutmut_7 # type: ignore # mutmut generated
mutants_x_ensure_snapshot__mutmut['x_ensure_snapshot__mutmut_8'] = x_ensure_snapshot__mutmut_8 # type: ignore # mutmut generated
mutants_x_ensure_snapshot__mutmut['x_ensure_snapshot__mutmut_9'] = x_ensure_snapshot__mutmut_9 # type: ignore # mutmut generated
mutants_x_ensure_snapshot__mutmut['x_ensure_snapshot__mutmut_10'] = x_ensure_snapshot__mutmut_10 # type: ignore # mutmut generated
mutants_x_ensure_snapshot__mutmut['x_ensure_snapshot__mutmut_11'] = x_ensure_snapshot__mutmut_11 # type: ignore # mutmut generated
mutants_x_ensure_snapshot__mutmut['x_ensure_snapshot__mutmut_12'] = x_ensure_snapshot__mutmut_12 # type: ignore # mutmut generated
mutants_x_ensure_snapshot__mutmut['x_ensure_snapshot__mutmut_13'] = x_ensure_snapshot__mutmut_13 # type: ignore # mutmut generated
mutants_x_ensure_snapshot__mutmut['x_ensure_snapshot__mutmut_14'] = x_ensure_snapshot__mutmut_14 # type: ignore # mutmut generated
mutants_x_ensure_snapshot__mutmut['x_ensure_snapshot__mutmut_15'] = x_ensure_snapshot__mutmut_15 # type: ignore # mutmut generated
mutants_x_ensure_snapshot__mutmut['x_ensure_snapshot__mutmut_16'] = x_ensure_snapshot__mutmut_16 # type: ignore # mutmut generated
mutants_x_ensure_snapshot__mutmut['x_ensure_snapshot__mutmut_17'] = x_ensure_snapshot__mutmut_17 # type: ignore # mutmut generated
mutants_x_ensure_snapshot__mutmut['x_ensure_snapshot__mutmut_18'] = x_ensure_snapshot__mutmut_18 # type: ignore # mutmut generated
mutants_x_ensure_snapshot__mutmut['x_ensure_snapshot__mutmut_19'] = x_ensure_snapshot__mutmut_19 # type: ignore # mutmut generated
mutants_x_ensure_snapshot__mutmut['x_ensure_snapshot__mutmut_20'] = x_ensure_snapshot__mutmut_20 # type: ignore # mutmut generated

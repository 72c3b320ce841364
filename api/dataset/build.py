"""Compile ``data/`` into a snapshot: one SQLite file holding every record, indexed and rendered.

The dataset is loaded through the marshmallow schemas and checked against rules 1-6
first (``check.load_checked``): a dataset with any problem raises DataError and writes
nothing. The file is written under a temporary name beside its destination and renamed
into place only when complete, so a server never opens a half-written snapshot.
"""

import datetime as dt
import operator
import os
import secrets
import shutil
import signal
import sqlite3
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, partial
from multiprocessing import get_context
from multiprocessing.connection import Connection
from multiprocessing.pool import Pool
from pathlib import Path
from typing import Any, Protocol

import orjson

from api.dataset import aggregates, building, ddl, integrity, loading
from api.dataset.check import load_checked
from api.dataset.integrity import write_manifest
from api.dataset.loading import Progress, Silent, garbage_collector_paused
from api.dataset.records import Dataset, Record
from api.dataset.sql import read_path
from api.spec.collections import RECORD_COLLECTIONS, TOPICS_COLLECTION
from api.spec.model import Collection
from api.spec.values import date_span
from api.spec.vocabulary import TOPICS

#: The version of the snapshot's tables; a server refuses a snapshot of another version.
SCHEMA_VERSION = 2
#: A chunk's own file holds the snapshot's tables, and a table of its records' searched
#: texts, to be indexed.
CHUNK_SQL = ";\n".join(ddl.tables())
#: Set, a build runs in the calling process: for tools that watch that process, such as
#: mutation testing, which must see the code a test runs.
IN_PROCESS = "DOSSIER_BUILD_IN_PROCESS"
#: Records rendered and written per step: progress is reported at this grain.
CHUNK = 20_000
#: The suffix of a snapshot being written, and the mark of the directory of its chunks:
#: what a build that did not finish leaves behind.
BUILDING = ".building"
CHUNKS = ".chunks-"
LEFTOVERS = (f".*{BUILDING}", f".*{BUILDING}.json", f".*{CHUNKS}*")


def _chunk_tables(collection: Collection) -> tuple[str, ...]:
    """Return the tables a collection's chunk fills, copied as they are into the snapshot."""
    lists = (collection.list_table(field) for field in collection.lists)
    return (collection.name, ddl.json_table(collection), *lists)


def _row_readers(collection: Collection) -> list[Callable[[Record], Any]]:
    """Return the functions that read a record table's columns from a record, in order."""
    readers: list[Callable[[Record], Any]] = []
    for field in ddl.stored_fields(collection):
        readers.append(_lines(accessor(field.path)) if field.many else accessor(field.path))
        if collection.date_range is not None and field.path == collection.date_range.path:
            read = accessor(field.path)
            readers.extend(_date_end(read, end) for end in (0, 1))
    return readers


def _lines(read: Callable[[Record], Any]) -> Callable[[Record], str]:
    return lambda record: ddl.LINES.join(read(record))


def _date_end(read: Callable[[Record], Any], end: int) -> Callable[[Record], str | None]:
    def span(record: Record) -> str | None:
        date = read(record)
        return None if date is None else date_span(date)[end]

    return span


class Renderer(Protocol):
    """Renders records as the API serves them (the catalog provides it)."""

    def record(self, collection: str, record: Record) -> bytes:
        """Return the record's JSON as responses show it."""

    def term(self, record: Record) -> bytes:
        """Return a term of the topic vocabulary (with its counts) as responses show it."""


#: Makes the renderer of a dataset's records (it embeds references, so it needs them all).
RendererFactory = Callable[[Mapping[str, Mapping[str, Record]]], Renderer]


@cache
def accessor(path: str) -> Callable[[Record], Any]:
    """Return the function that reads the value at dotted ``path`` of a record."""
    if "." not in path:
        return operator.itemgetter(path)
    return partial(read_path, path=path)


def orderable(value: Any) -> Any:
    """Return the key sorts order values by: text without regard to case, then by case."""
    return (value.casefold(), value) if isinstance(value, str) else value


def sort_ranks(records: Sequence[Record], path: str) -> list[tuple[int, int]]:
    """Return each record's (ascending, descending) rank of its value at ``path``.

    Equal values share a rank; a null ranks after every value in both directions.
    """
    values = list(map(accessor(path), records))
    distinct = sorted({value for value in values if value is not None}, key=orderable)
    last = len(distinct)
    ranks = {value: (rank, last - 1 - rank) for rank, value in enumerate(distinct)}
    ranks[None] = (last, last)
    return [ranks[value] for value in values]


def _insert(collection: Collection) -> str:
    names = ddl.record_columns(collection)
    return (
        f"INSERT INTO {collection.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )


#: The insert of each record table's rows: rowid, columns, then the sort ranks.
_INSERTS = {name: _insert(collection) for name, collection in RECORD_COLLECTIONS.items()}
#: The functions that read each table's columns from a record, in column order.
_READERS = {name: _row_readers(collection) for name, collection in RECORD_COLLECTIONS.items()}


@dataclass(frozen=True)
class Built:
    """What a build wrote: the dataset version and how many records of each collection."""

    version: str
    counts: dict[str, int]


def build(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
    unless: Callable[[], bool] | None = None,
) -> Built | None:
    """Check the dataset in ``data_dir`` and write its snapshot to ``output``; return what
    was built, or None when ``unless`` (asked once the build has its directory to itself:
    another may just have built what was wanted) says there is no need.

    Raises DataError, writing nothing, when the dataset breaks a rule. The build runs in
    a forked process, which leaves without freeing the dataset object by object: on a
    large corpus that takes seconds, and the operating system does it at once. It runs
    alone in its directory, cleaning what unfinished builds left, and SIGTERM stops it
    with nothing left behind (``api.dataset.building``).
    """
    progress = progress or Silent()
    with building.stoppable(), building.alone_in(output.parent, LEFTOVERS):
        if unless is not None and unless():
            return None
        if os.environ.get(IN_PROCESS):
            with garbage_collector_paused():
                dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
            return Built(dataset.version, dataset.counts())
        return _build_forked(data_dir, output, make_renderer, sources_dir, progress)


def _build_forked(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Built:
    context = get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    builder = context.Process(
        target=_build_and_exit,
        args=(sender, data_dir, output, make_renderer, sources_dir, progress),
    )
    builder.start()
    sender.close()
    try:
        outcome = receiver.recv()
    except EOFError:
        outcome = RuntimeError(f"the build process ended with exit code {builder.exitcode}")
    except BaseException:
        # Stopped (SIGTERM, Ctrl-C): the builder stops too, and cleans up after itself.
        builder.terminate()
        raise
    finally:
        builder.join()
        receiver.close()
    if isinstance(outcome, BaseException):
        raise outcome
    if not isinstance(outcome, Built):
        raise RuntimeError(f"the build process sent {type(outcome).__name__}, not what it built")
    return outcome


def _build_and_exit(
    sender: Connection,
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> None:
    """Build, send the outcome (what was built, or the exception) and leave at once."""
    building.die_with_parent()
    try:
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        outcome: Any = Built(dataset.version, dataset.counts())
    except BaseException as error:  # every failure goes back to the caller
        outcome = error
    try:
        sender.send(outcome)
    except Exception:  # an exception that cannot be pickled
        sender.send(RuntimeError("".join(traceback.format_exception(outcome))))
    finally:
        sender.close()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


def _build(
    data_dir: Path,
    output: Path,
    make_renderer: RendererFactory,
    sources_dir: Path | None,
    progress: Progress,
) -> Dataset:
    started = time.monotonic()
    dataset = load_checked(data_dir, sources_dir, progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=output.parent, prefix=f".{output.name}.", suffix=BUILDING
    )
    os.close(handle)
    manifest = Path(f"{temporary}.json")
    # Each build's own id: copies of a file share it, no two builds do.
    build_id = secrets.token_hex(8)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                "build_id": build_id,
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps(
                    {**dataset.counts(), TOPICS_COLLECTION.name: len(TOPICS)}
                ).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        write_manifest(Path(temporary), manifest, build_id)
        integrity.replace(Path(temporary), manifest, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        manifest.unlink(missing_ok=True)
        raise
    return dataset


def _write(
    path: Path,
    dataset: Dataset,
    renderer: Renderer,
    progress: Progress,
    meta: Callable[[], Mapping[str, str]],
) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A build writes a new file nobody reads yet: no journal, no syncs until the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # Index builds sort with helper threads.
        connection.execute(f"PRAGMA threads = {len(os.sched_getaffinity(0))}")
        for statement in ddl.tables():
            connection.execute(statement)
        chunks = Path(tempfile.mkdtemp(dir=path.parent, prefix=f".{path.name}{CHUNKS}"))
        try:
            with _ChunkWriters(dataset, renderer, progress, chunks) as writers:
                for name in RECORD_COLLECTIONS:
                    _write_records(connection, name, writers, progress)
        finally:
            shutil.rmtree(chunks, ignore_errors=True)
        with progress.step("indexes", 1) as advance:
            for statement in ddl.indexes():
                connection.execute(statement)
            aggregates.write_filter_counts(connection)
            aggregates.write_topics(connection, renderer.term)
            advance(1)
        with progress.step("aggregates", 2) as advance:
            aggregates.write_selections(connection)
            advance(1)
            aggregates.write_networks(connection)
            advance(1)
        with progress.step("statistics", 1) as advance:
            connection.execute("PRAGMA analysis_limit = 1000")
            connection.execute("ANALYZE")
            advance(1)
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta().items())
    finally:
        connection.close()


@dataclass(frozen=True)
class _Chunk:
    """Records to write: from ``start`` in their collection, with their sort ranks."""

    collection: str
    start: int
    #: The records, or their JSON when they go to another process.
    records: list[Record] | bytes
    #: Per record, its ascending and descending rank of each sort field, in column order.
    ranks: list[list[int]]
    #: The SQLite file to write them to.
    path: Path


class _ChunkWriters:
    """Processes that render records and write their rows into files of their own.

    Binding rows to SQLite from Python is much of a build's time: the workers do it,
    each chunk into a file of its own, which this process then copies into the
    snapshot in SQLite (``INSERT ... SELECT``) while the next chunks are being made.
    The workers are forked once and get what they work on by message: the renderer
    once, then each chunk's records as JSON. They never touch the records this process
    holds: on a large corpus, a forked process that does pays for a copy of every
    page it touches (reference counts are writes), and runs no faster than one alone.
    """

    def __init__(
        self, dataset: Dataset, renderer: Renderer, progress: Progress, directory: Path
    ) -> None:
        self.records = {c: list(dataset.records[c].values()) for c in RECORD_COLLECTIONS}
        with progress.step("sort ranks", len(RECORD_COLLECTIONS)) as advance:
            self.ranks: dict[str, list[list[tuple[int, int]]]] = {}
            for name, collection in RECORD_COLLECTIONS.items():
                self.ranks[name] = [
                    sort_ranks(self.records[name], path) for path in collection.sorts.values()
                ]
                advance(1)
        self.renderer = renderer
        self.directory = directory
        size = sum(len(records) for records in self.records.values())
        self.processes = min(len(os.sched_getaffinity(0)), size // loading.PARALLEL_THRESHOLD)
        self._pool: Pool | None = None

    def __enter__(self) -> "_ChunkWriters":
        if self.processes >= 2:
            self._pool = get_context("fork").Pool(
                self.processes, initializer=_start_worker, initargs=(self.renderer,)
            )
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()

    def _chunk(self, collection: str, start: int, stop: int, *, encoded: bool) -> _Chunk:
        records = self.records[collection][start:stop]
        ranks = [
            [rank for field_ranks in self.ranks[collection] for rank in field_ranks[number]]
            for number in range(start, stop)
        ]
        path = self.directory / f"{collection}-{start}.sqlite"
        return _Chunk(collection, start, orjson.dumps(records) if encoded else records, ranks, path)

    def files(self, collection: str) -> Iterator[tuple[Path, int]]:
        """Yield each chunk's file, written, and how many records it holds, in id order."""
        size = len(self.records[collection])
        bounds = [(start, min(start + CHUNK, size)) for start in range(0, size, CHUNK)]
        if self._pool is None:
            for start, stop in bounds:
                chunk = self._chunk(collection, start, stop, encoded=False)
                yield _write_chunk(chunk, self.renderer), stop - start
        else:
            chunks = (self._chunk(collection, start, stop, encoded=True) for start, stop in bounds)
            written = self._pool.imap(_write_chunk_in_worker, chunks)
            for path, (start, stop) in zip(written, bounds, strict=True):
                yield path, stop - start


# A worker's renderer, sent to it when it starts.
_worker_renderer: Renderer | None = None


def _start_worker(renderer: Renderer) -> None:
    global _worker_renderer
    # A pool stops its workers with SIGTERM and waits for them: they die of it at once,
    # as the pool expects, rather than unwind like the builder that forked them.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    building.die_with_parent()
    _worker_renderer = renderer


def _write_chunk_in_worker(chunk: _Chunk) -> Path:
    if _worker_renderer is None:
        raise RuntimeError("a worker is given its renderer when it starts")
    return _write_chunk(chunk, _worker_renderer)


def _write_chunk(chunk: _Chunk, renderer: Renderer) -> Path:
    """Write a chunk's rows, lists, JSON and search texts to its own file; return it."""
    name = chunk.collection
    collection = RECORD_COLLECTIONS[name]
    readers = _READERS[name]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[read(record) for read in readers], *ranks))
        json.append((rowid, renderer.record(name, record)))
    connection = sqlite3.connect(chunk.path, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.executescript(CHUNK_SQL)
        connection.execute("BEGIN")
        connection.executemany(_INSERTS[name], rows)
        connection.executemany(
            f"INSERT INTO {ddl.json_table(collection)} (rowid, json) VALUES (?, ?)", json
        )
        for sql, list_rows in _list_rows(collection, records, chunk.start + 1):
            connection.executemany(sql, list_rows)
        connection.execute("COMMIT")
    finally:
        connection.close()
    return chunk.path


def _write_records(
    connection: sqlite3.Connection, name: str, writers: _ChunkWriters, progress: Progress
) -> None:
    """Copy a collection's chunks into the snapshot, then index its searched columns."""
    collection = RECORD_COLLECTIONS[name]
    copies = [
        f"INSERT INTO main.{table} SELECT * FROM chunk.{table}"
        for table in _chunk_tables(collection)
    ]
    with progress.step(name, len(writers.records[name])) as advance:
        for path, count in writers.files(name):
            # A database is attached and detached outside a transaction.
            connection.execute("ATTACH DATABASE ? AS chunk", (str(path),))
            try:
                connection.execute("BEGIN")
                for copy in copies:
                    connection.execute(copy)
                connection.execute("COMMIT")
            finally:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                connection.execute("DETACH DATABASE chunk")
            path.unlink()
            advance(count)
    if collection.search:
        # An index of external content reads it from the record table, once it is all there.
        index = ddl.search_table(collection)
        connection.execute(f"INSERT INTO {index} ({index}) VALUES ('rebuild')")


def _list_rows(
    collection: Collection, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records.

    A distinct list keeps each value once per record (a value listed twice matches once);
    others keep every element with its position.
    """
    numbered = list(enumerate(records, start=first_rowid))
    for field in collection.lists:
        values = ddl.list_columns(field)
        names = [collection.singular, *([] if field.distinct else ["position"])]
        names += [value.sql_column for value in values]
        insert = (
            f"INSERT INTO {collection.list_table(field)} ({', '.join(names)}) "
            f"VALUES ({', '.join('?' * len(names))})"
        )
        read = accessor(field.path)
        rows: list[tuple[Any, ...]]
        if field.distinct:
            rows = [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(read(r))]
        elif field.items:
            rows = [
                (rowid, n, *[item[value.path] for value in values])
                for rowid, r in numbered
                for n, item in enumerate(read(r))
            ]
        else:
            rows = [(rowid, n, value) for rowid, r in numbered for n, value in enumerate(read(r))]
        yield insert, rows

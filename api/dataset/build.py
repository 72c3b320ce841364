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
import sqlite3
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from multiprocessing import get_context
from multiprocessing.connection import Connection
from multiprocessing.pool import Pool
from pathlib import Path
from typing import Any, Protocol

import orjson

from api.dataset import loading
from api.dataset.check import load_checked
from api.dataset.loading import Progress, Silent, garbage_collector_paused
from api.dataset.records import Dataset, Record
from api.dataset.tables import RECORD_TABLES, SEARCH_SEPARATOR, Table
from api.dataset.tables import TOPICS as TOPICS_TABLE
from schemas.common import date_span
from schemas.vocabulary import TOPICS

SCHEMA_SQL = Path(__file__).with_name("schema.sql")
INDEXES_SQL = Path(__file__).with_name("indexes.sql")
#: The version of the snapshot's tables; a server refuses a snapshot of another version.
SCHEMA_VERSION = 1
#: A chunk's own file holds the snapshot's tables, and a table of its records' searched
#: texts, to be indexed.
CHUNK_SQL = (
    SCHEMA_SQL.read_text(encoding="utf-8")
    + "\nCREATE TABLE search_texts (rowid INTEGER PRIMARY KEY, text TEXT NOT NULL);\n"
)
#: The tables a collection's chunk fills, copied as they are into the snapshot.
_TABLES: dict[str, tuple[str, ...]] = {
    "articles": ("articles", "articles_json"),
    "actors": ("actors", "actors_json", "actor_aliases", "actor_roles"),
    "statements": (
        "statements",
        "statements_json",
        "statement_addressees",
        "statement_mentions",
        "statement_topics",
    ),
    "aid_figures": ("aid_figures", "aid_figures_json", "aid_figure_equivalents"),
}
#: Set, a build runs in the calling process: for tools that watch that process, such as
#: mutation testing, which must see the code a test runs.
IN_PROCESS = "DOSSIER_BUILD_IN_PROCESS"
#: Records rendered and written per step: progress is reported at this grain.
CHUNK = 20_000

#: A column's value: the dotted path of the record's value, or a function of the record.
Column = str | Callable[[Record], Any]


def _same_names(*names: str) -> dict[str, Column]:
    return {name: name for name in names}


def _said_on_span(end: int) -> Callable[[Record], str | None]:
    return lambda record: None if record["said_on"] is None else date_span(record["said_on"])[end]


_EVIDENCE: dict[str, Column] = {
    "evidence_article": "evidence.article",
    "evidence_paragraph": "evidence.paragraph",
    "evidence_section": "evidence.section",
    "evidence_exact": "evidence.exact",
}
#: The record columns of each table, in the order of schema.sql.
COLUMNS: dict[str, dict[str, Column]] = {
    "articles": _same_names(
        "id",
        "headline",
        "publisher",
        "published",
        "language",
        "url",
        "credit",
        "summary",
        "paragraphs",
        "text_sha256",
    ),
    "actors": {
        **_same_names(
            "id", "name", "kind", "classification", "country", "part_of", "description", "wikidata"
        ),
        **_EVIDENCE,
    },
    "statements": {
        **_same_names("id", "speaker", "attribution", "speech_type", "text", "cue", "said_on"),
        "said_on_start": _said_on_span(0),
        "said_on_end": _said_on_span(1),
        **_same_names("place", "occasion", "reported_by"),
        **_EVIDENCE,
    },
    "aid_figures": {
        **_same_names("id", "donor", "recipient"),
        "amount_value": "amount.value",
        "amount_currency": "amount.currency",
        "amount_qualifier": "amount.qualifier",
        **_same_names("aid_type", "measure"),
        "period_start": "period.start",
        "period_end": "period.end",
        **_same_names("as_of", "purpose", "reported_by"),
        **_EVIDENCE,
    },
}


class Renderer(Protocol):
    """Renders records as the API serves them (the catalog provides it)."""

    def record(self, collection: str, record: Record) -> bytes:
        """Return the record's JSON as responses show it."""

    def topic(self, topic: str, description: str, statement_count: int) -> bytes:
        """Return a topic's JSON as responses show it."""


#: Makes the renderer of a dataset's records (it embeds references, so it needs them all).
RendererFactory = Callable[[Mapping[str, Mapping[str, Record]]], Renderer]


@cache
def accessor(column: Column) -> Callable[[Record], Any]:
    """Return the function that reads a column's value from a record."""
    if not isinstance(column, str):
        return column
    parts = column.split(".")
    if len(parts) == 1:
        return operator.itemgetter(column)

    def read(record: Record) -> Any:
        value: Any = record
        for part in parts:
            if value is None:
                return None
            value = value[part]
        return value

    return read


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


def _sorts(table: Table) -> list[str]:
    return [name for name in table.sort_fields if name != "id"]


def _insert(collection: str, table: Table) -> str:
    names = [
        *COLUMNS[collection],
        *(f"sort_{name}{way}" for name in _sorts(table) for way in ("", "_desc")),
    ]
    return (
        f"INSERT INTO {table.name} (rowid, {', '.join(names)}) "
        f"VALUES (?, {', '.join('?' * len(names))})"
    )


#: The insert of each record table's rows: rowid, columns, then the sort ranks.
_INSERTS = {collection: _insert(collection, table) for collection, table in RECORD_TABLES.items()}
#: The functions that read each table's columns from a record, in column order.
_ACCESSORS = {
    collection: [accessor(column) for column in columns.values()]
    for collection, columns in COLUMNS.items()
}


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
) -> Built:
    """Check the dataset in ``data_dir`` and write its snapshot to ``output``.

    Raises DataError, writing nothing, when the dataset breaks a rule. The build runs in
    a forked process, which leaves without freeing the dataset object by object: on a
    large corpus that takes seconds, and the operating system does it at once.
    """
    progress = progress or Silent()
    if os.environ.get(IN_PROCESS):
        with garbage_collector_paused():
            dataset = _build(data_dir, output, make_renderer, sources_dir, progress)
        return Built(dataset.version, dataset.counts())
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
    finally:
        builder.join()
        receiver.close()
    if isinstance(outcome, BaseException):
        raise outcome
    assert isinstance(outcome, Built)
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
        dir=output.parent, prefix=f".{output.name}.", suffix=".building"
    )
    os.close(handle)
    try:
        _write(
            Path(temporary),
            dataset,
            make_renderer(dataset.records),
            progress,
            lambda: {
                "dataset_version": dataset.version,
                # Each build's own id: copies of a file share it, no two builds do.
                "build_id": secrets.token_hex(8),
                "schema_version": str(SCHEMA_VERSION),
                "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "build_seconds": f"{time.monotonic() - started:.1f}",
                "counts": orjson.dumps({**dataset.counts(), "topics": len(TOPICS)}).decode(),
                "sources_checked": "true" if sources_dir is not None else "false",
            },
        )
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
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
        connection.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        chunks = Path(tempfile.mkdtemp(dir=path.parent, prefix=f".{path.name}.chunks-"))
        try:
            with _ChunkWriters(dataset, renderer, progress, chunks) as writers:
                for collection in RECORD_TABLES:
                    _write_records(connection, collection, writers, progress)
        finally:
            shutil.rmtree(chunks, ignore_errors=True)
        _write_topics(connection, renderer)
        with progress.step("indexes", 1) as advance:
            connection.executescript(INDEXES_SQL.read_text(encoding="utf-8"))
            _write_counts(connection)
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
        self.records = {c: list(dataset.records[c].values()) for c in RECORD_TABLES}
        with progress.step("sort ranks", len(RECORD_TABLES)) as advance:
            self.ranks: dict[str, list[list[tuple[int, int]]]] = {}
            for collection, table in RECORD_TABLES.items():
                self.ranks[collection] = [
                    sort_ranks(self.records[collection], table.sort_fields[name])
                    for name in _sorts(table)
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
    _worker_renderer = renderer


def _write_chunk_in_worker(chunk: _Chunk) -> Path:
    assert _worker_renderer is not None, "a worker is given its renderer when it starts"
    return _write_chunk(chunk, _worker_renderer)


def _write_chunk(chunk: _Chunk, renderer: Renderer) -> Path:
    """Write a chunk's rows, lists, JSON and search texts to its own file; return it."""
    collection = chunk.collection
    table = RECORD_TABLES[collection]
    columns = _ACCESSORS[collection]
    records = orjson.loads(chunk.records) if isinstance(chunk.records, bytes) else chunk.records
    rows: list[tuple[Any, ...]] = []
    json: list[tuple[int, bytes]] = []
    texts: list[tuple[int, str]] = []
    for rowid, record, ranks in zip(
        range(chunk.start + 1, chunk.start + len(records) + 1), records, chunk.ranks, strict=True
    ):
        rows.append((rowid, *[column(record) for column in columns], *ranks))
        json.append((rowid, renderer.record(collection, record)))
        searched = [text for _, text in table.searched_texts(record)]
        if searched:
            texts.append((rowid, SEARCH_SEPARATOR.join(searched)))
    connection = sqlite3.connect(chunk.path, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.executescript(CHUNK_SQL)
        connection.execute("BEGIN")
        connection.executemany(_INSERTS[collection], rows)
        connection.executemany(f"INSERT INTO {table.json_table} (rowid, json) VALUES (?, ?)", json)
        connection.executemany("INSERT INTO search_texts (rowid, text) VALUES (?, ?)", texts)
        for sql, list_rows in _list_rows(collection, records, chunk.start + 1):
            connection.executemany(sql, list_rows)
        connection.execute("COMMIT")
    finally:
        connection.close()
    return chunk.path


def _write_records(
    connection: sqlite3.Connection, collection: str, writers: _ChunkWriters, progress: Progress
) -> None:
    """Copy a collection's chunks into the snapshot, and index their texts for search."""
    table = RECORD_TABLES[collection]
    copies = [f"INSERT INTO main.{name} SELECT * FROM chunk.{name}" for name in _TABLES[collection]]
    index = (
        f"INSERT INTO main.{table.search_table} (rowid, text) "
        "SELECT rowid, text FROM chunk.search_texts"
    )
    with progress.step(collection, len(writers.records[collection])) as advance:
        for path, count in writers.files(collection):
            # A database is attached and detached outside a transaction.
            connection.execute("ATTACH DATABASE ? AS chunk", (str(path),))
            try:
                connection.execute("BEGIN")
                for copy in copies:
                    connection.execute(copy)
                if table.search_fields:
                    connection.execute(index)
                connection.execute("COMMIT")
            finally:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                connection.execute("DETACH DATABASE chunk")
            path.unlink()
            advance(count)


def _list_rows(
    collection: str, records: list[Record], first_rowid: int
) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
    """Return the insert and the rows of each list of a collection's records."""
    numbered = list(enumerate(records, start=first_rowid))
    if collection == "actors":
        yield (
            "INSERT INTO actor_aliases (actor, position, alias) VALUES (?, ?, ?)",
            [(rowid, n, alias) for rowid, r in numbered for n, alias in enumerate(r["aliases"])],
        )
        yield (
            "INSERT INTO actor_roles (actor, position, title, organization, former) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (rowid, n, role["title"], role["organization"], role["former"])
                for rowid, r in numbered
                for n, role in enumerate(r["roles"])
            ],
        )
    elif collection == "statements":
        for table, column, field in (
            ("statement_addressees", "actor", "addressees"),
            ("statement_mentions", "actor", "mentions"),
            ("statement_topics", "topic", "topics"),
        ):
            yield (
                f"INSERT INTO {table} (statement, {column}) VALUES (?, ?)",
                # Each value once per statement: a value listed twice matches once.
                [(rowid, value) for rowid, r in numbered for value in dict.fromkeys(r[field])],
            )
    elif collection == "aid_figures":
        yield (
            "INSERT INTO aid_figure_equivalents "
            "(aid_figure, position, value, currency, qualifier, converted_by) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (rowid, n, e["value"], e["currency"], e["qualifier"], e["converted_by"])
                for rowid, r in numbered
                for n, e in enumerate(r["equivalents"])
            ],
        )


def _write_counts(connection: sqlite3.Connection) -> None:
    """Count the records of every value of every filter: the total of a one-filter query."""
    for table in RECORD_TABLES.values():
        for name, kind in table.filters.items():
            if kind.column is not None:
                source = (
                    f"SELECT {kind.column}, count(*) FROM {table.name} "
                    f"WHERE {kind.column} IS NOT NULL GROUP BY {kind.column}"
                )
            else:
                assert kind.join is not None
                join, _, value = kind.join
                source = f"SELECT {value}, count(*) FROM {join} GROUP BY {value}"
            connection.execute(
                "INSERT INTO filter_counts (collection, filter, value, count) "
                f"SELECT ?, ?, * FROM ({source})",
                (table.name, name),
            )


def _write_topics(connection: sqlite3.Connection, renderer: Renderer) -> None:
    """Write the topic vocabulary, each topic with how many statements it tags."""
    counts = dict(connection.execute("SELECT topic, count(*) FROM statement_topics GROUP BY topic"))
    topics = list(enumerate(sorted(TOPICS), start=1))
    connection.executemany(
        "INSERT INTO topics (rowid, id, description, statement_count) VALUES (?, ?, ?, ?)",
        [(rowid, topic, TOPICS[topic], counts.get(topic, 0)) for rowid, topic in topics],
    )
    connection.executemany(
        f"INSERT INTO {TOPICS_TABLE.json_table} (rowid, json) VALUES (?, ?)",
        [
            (rowid, renderer.topic(topic, TOPICS[topic], counts.get(topic, 0)))
            for rowid, topic in topics
        ],
    )

"""What an operator sees of a node: request ids, Prometheus metrics and access logs.

The server in front of the app (:mod:`api.rsgi`) is where a request is observed, whether the
response cache answers it on the event loop or the app on a thread: it gives the request
its id, echoes it in ``X-Request-ID``, counts the answer, times it and logs it
(:class:`Observer`). The app only reads the id (:func:`current_request_id`), for the
problem bodies and the error logs.

- **Request ids.** A client's (or nginx's) ``X-Request-ID`` is kept when it is 1 to 128
  characters of a safe set (letters, digits, ``._:-``; ``REQUEST_ID_PATTERN`` of
  :mod:`api.spec.values`, which the contract documents); any other is replaced by a fresh
  one: 32 random hex digits, as nginx's ``$request_id``.
- **Metrics.** prometheus_client, in its multiprocess mode under ``api.serve`` (each
  worker writes its counts to files of a directory that the launcher makes, and a scrape
  of any worker adds them all up): counters are exact across workers. A worker tallies its
  answers in memory and adds them to its files every FLUSH_SECONDS: a few dictionary
  operations per request on the cached path, instead of four locked file writes. Labels
  are bounded: the operation is the route's ``operationId`` (``unmatched`` for a path no
  route has), never the path; methods outside HTTP's own are ``other``.
- **Access logs.** One JSON line per request on standard output, written in whole lines a
  few kilobytes at a time (lines from several workers never interleave), at the latest
  every FLUSH_SECONDS; off unless the launcher is told ``--access-log``.
"""

import asyncio
import datetime as dt
import logging
import math
import os
import re
import secrets
import time
import traceback
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from contextlib import suppress
from pathlib import Path
from typing import Any

import orjson
from flask import Flask, current_app, has_request_context, request
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.exposition import choose_encoder
from prometheus_client.metrics_core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.registry import Collector

from api.dataset.snapshot import Snapshot
from api.spec.values import REQUEST_ID_PATTERN

#: The header a request id comes in and goes out in.
REQUEST_ID_HEADER = "X-Request-ID"
#: A request id kept as sent (api.spec.values: the contract documents the same pattern).
_REQUEST_ID = re.compile(REQUEST_ID_PATTERN.removeprefix("^").removesuffix("$"))
#: Where the server puts the request's id in the WSGI environ.
REQUEST_ID = "dossier.request_id"
#: The operation of a request whose path no route has.
UNMATCHED = "unmatched"
#: The operation of the metrics endpoint (not in the contract, so no operationId).
METRICS_OPERATION = "getMetrics"
#: The response cache's part in an answer: it answered, it was asked and had nothing, or
#: the request was not one it answers (a method other than GET and HEAD).
CACHE_HIT, CACHE_MISS, CACHE_BYPASS = "hit", "miss", "bypass"
#: Methods counted as themselves; any other is counted as "other" (labels stay bounded).
_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE", "TRACE"})
#: Paths whose operation is remembered, at most (beyond, the memory starts again).
_MOST_PATHS = 4096
#: The environment variable prometheus_client's multiprocess mode is set by.
MULTIPROCESS_DIR = "PROMETHEUS_MULTIPROC_DIR"
_OPERATIONS = "dossier.operations"

# -- the metrics (names and labels here only)

REQUESTS = Counter(
    "dossier_http_requests",
    "Requests answered, by operation, method, status and the response cache's part.",
    ("operation", "method", "status", "cache"),
    registry=None,
)
DURATION = Histogram(
    "dossier_http_request_duration_seconds",
    "Seconds from a request's arrival until its answer is handed to the server (a file's "
    "bytes are sent by the server after).",
    ("operation",),
    buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0),
    registry=None,
)
RESPONSE_BYTES = Counter(
    "dossier_http_response_bytes",
    "Bytes of the response bodies handed to the server, by operation.",
    ("operation",),
    registry=None,
)
EXPORTS_IN_FLIGHT = Gauge(
    "dossier_exports_in_flight",
    "Export responses this node is preparing or feeding to the server (their file being written).",
    multiprocess_mode="livesum",
    registry=None,
)
BUDGET_EXCEEDED = Counter(
    "dossier_query_budget_exceeded",
    "Queries that did not fit the time budget of a request: refused (422 query-too-costly), "
    "or facets marked timed_out on a page that still answered.",
    ("operation", "outcome"),
    registry=None,
)
_METRICS: tuple[Collector, ...] = (
    REQUESTS,
    DURATION,
    RESPONSE_BYTES,
    EXPORTS_IN_FLIGHT,
    BUDGET_EXCEEDED,
)
REFUSED, FACET_TIMED_OUT = "refused", "facet_timed_out"


def current_request_id() -> str | None:
    """Return the current request's id, if a server in front gave it one."""
    if not has_request_context():
        return None
    found: str | None = request.environ.get(REQUEST_ID)
    return found


# -- operations


def _openapi_path(rule: str) -> str:
    """Return the OpenAPI path of a Werkzeug rule: ``/v1/actors/<record_id>`` is
    ``/v1/actors/{record_id}``."""
    return re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule)


class Operations:
    """The operation of each route: its operationId in the contract, else its endpoint."""

    def __init__(self, app: Flask, paths: Mapping[str, Mapping[str, Any]]) -> None:
        self._by_endpoint: dict[str, str] = {}
        for rule in app.url_map.iter_rules():
            documented = paths.get(_openapi_path(rule.rule), {}).get("get", {})
            self._by_endpoint[rule.endpoint] = documented.get("operationId", rule.endpoint)
        self._adapter = app.url_map.bind("localhost")
        #: The operation of each path asked recently.
        self.by_path: dict[str, str] = {}

    def of_endpoint(self, endpoint: str | None) -> str:
        """Return the operation of a request routed to ``endpoint`` (None: no route)."""
        return UNMATCHED if endpoint is None else self._by_endpoint.get(endpoint, endpoint)

    def of_path(self, path: str) -> str:
        """Return the operation whose route has ``path`` (the WSGI PATH_INFO), remembered."""
        found = self.by_path.get(path)
        if found is None:
            try:
                endpoint, _ = self._adapter.match(path, "GET")
            except Exception:  # NotFound, MethodNotAllowed, RequestRedirect: no route's own
                endpoint = None
            found = self.of_endpoint(endpoint)
            if len(self.by_path) >= _MOST_PATHS:
                self.by_path.clear()
            self.by_path[path] = found
        return found


def init_app(app: Flask, paths: Mapping[str, Mapping[str, Any]]) -> Operations:
    """Name the operations of ``app``'s routes, from the contract's ``paths``; call it once
    every route is registered."""
    operations = Operations(app, paths)
    app.extensions[_OPERATIONS] = operations
    return operations


def operations_of(app: Any) -> Operations | None:
    """Return the operations of a Flask ``app``, if it has them."""
    extensions = getattr(app, "extensions", None)
    return None if extensions is None else extensions.get(_OPERATIONS)


def current_operation() -> str:
    """Return the operation of the current request."""
    operations: Operations | None = current_app.extensions.get(_OPERATIONS)
    endpoint = request.url_rule.endpoint if request.url_rule is not None else None
    return UNMATCHED if operations is None else operations.of_endpoint(endpoint)


def budget_exceeded(outcome: str) -> None:
    """Count a query of the current request that did not fit its time budget."""
    BUDGET_EXCEEDED.labels(current_operation(), outcome).inc()


# -- access logs and the server's logs


#: Bytes of access log lines a worker writes at once, at most: one write(2) of whole lines,
#: which a pipe (or journald's stream) never splits or interleaves with another's at this
#: size (PIPE_BUF).
LOG_WRITE_BYTES = 4096


class AccessLog:
    """One JSON line per request, written to ``fd`` in writes of whole lines, each at most
    LOG_WRITE_BYTES (a longer line alone); what is held is written by :meth:`flush`, which
    the observer calls every FLUSH_SECONDS."""

    def __init__(self, fd: int = 1) -> None:
        self.fd = fd
        self._held: list[bytes] = []
        self._bytes = 0
        self._second = -1
        self._stamp = ""

    def _time(self) -> str:
        """Return the time now, ISO 8601 in UTC to the millisecond (the second's part kept)."""
        now = time.time()
        second = int(now)
        if second != self._second:
            self._second = second
            self._stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(second))
        return f"{self._stamp}.{int((now - second) * 1000):03d}Z"

    def write(self, entry: Mapping[str, Any]) -> None:
        """Log one request."""
        line = orjson.dumps({"time": self._time(), **entry}) + b"\n"
        if self._bytes + len(line) > LOG_WRITE_BYTES:
            self.flush()
        self._held.append(line)
        self._bytes += len(line)

    def flush(self) -> None:
        """Write the lines held; a log that cannot be written does not fail a request."""
        if not self._held:
            return
        lines, self._held, self._bytes = b"".join(self._held), [], 0
        with suppress(OSError):
            os.write(self.fd, lines)


class JsonFormatter(logging.Formatter):
    """A log record as one JSON line: time, level, logger, message, the request's id when
    the record has one, and the traceback of an error."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        found = getattr(record, "request_id", None) or current_request_id()
        if found is not None:
            entry["request_id"] = found
        if record.exc_info:
            entry["traceback"] = "".join(traceback.format_exception(*record.exc_info))
        return orjson.dumps(entry).decode()


# -- observing requests


#: Seconds between two flushes of a worker's tallies into its metrics files: a scrape sees
#: a request at most this long after its answer.
FLUSH_SECONDS = 0.5
#: The duration histogram's upper bounds (its last is +Inf).
_BOUNDS: tuple[float, ...] = tuple(DURATION._upper_bounds)


#: Fresh request ids drawn from the system's randomness at once (32 hex digits each).
_IDS_AT_ONCE = 1024


def _fresh_ids() -> list[str]:
    """Return _IDS_AT_ONCE random request ids, 32 hex digits (128 bits) each, as nginx's
    ``$request_id``: one call to the system's randomness for all of them."""
    pool = secrets.token_hex(16 * _IDS_AT_ONCE)
    return [pool[start : start + 32] for start in range(0, len(pool), 32)]


def _method_label(method: str) -> str:
    """Return the label of a request's method: itself if HTTP's own, else "other"."""
    return method if method in _METHODS else "other"


class Observer:
    """Gives each request its id; counts, times and logs each answer of a server.

    A worker notes each answer's duration in memory, on its event loop (one list append,
    by path, method, status, the cache's part and bytes sent), and adds what it noted to
    its metrics files every FLUSH_SECONDS (and when it stops, :meth:`stop`), a label set at
    a time (its durations sorted once for the histogram's buckets): the cached path pays an
    append, not four locked file writes. The counts are exact; a scrape sees them at most
    FLUSH_SECONDS late.
    """

    def __init__(self, operations: Operations | None, access_log: AccessLog | None = None) -> None:
        self.operations = operations
        #: The operations known by path (cleared in place when full, never replaced).
        self._operations: dict[str, str] = {} if operations is None else operations.by_path
        self.access_log = access_log
        #: The seconds of each answer since the last flush, by what its metrics are counted
        #: by: path, method, status, the cache's part and the bytes sent.
        self._noted: dict[tuple[str, str, int, str, int], list[float]] = {}
        self._fresh: list[str] = []
        self._timer: asyncio.TimerHandle | None = None

    def request_id(self, sent: str | None) -> str:
        """Return the id of a request that came with ``sent`` (its X-Request-ID, or None):
        ``sent`` if valid, else a new random one."""
        if sent is not None and _REQUEST_ID.fullmatch(sent):
            return sent
        try:
            return self._fresh.pop()
        except IndexError:
            self._fresh = _fresh_ids()
            return self._fresh.pop()

    def operation_of(self, path: str) -> str:
        """Return the operation of a request for ``path``."""
        if self.operations is None:
            return UNMATCHED
        return self._operations.get(path) or self.operations.of_path(path)

    def answered(
        self,
        request_id: str | None,
        method: str,
        path: str,
        query: str,
        status: int,
        sent: int,
        started: float,
        cache: str,
    ) -> None:
        """Count, time and log one answer: ``sent`` bytes of body, ``started`` the request's
        arrival (time.perf_counter()). Called on the worker's event loop only."""
        seconds = time.perf_counter() - started
        key = (path, method, status, cache, sent)
        noted = self._noted.get(key)
        if noted is None:
            self._noted[key] = [seconds]
        else:
            noted.append(seconds)
        if self.access_log is not None:
            self.access_log.write(
                {
                    "request_id": request_id,
                    "operation": self.operation_of(path),
                    "method": _method_label(method),
                    "path": path,
                    "query": query,
                    "status": status,
                    "duration_ms": round(seconds * 1000, 3),
                    "bytes": sent,
                    "cache": cache,
                    "pid": os.getpid(),
                }
            )

    def flush(self) -> None:
        """Add the tallies to the metrics (this worker's files), and start them afresh; write
        the access log's lines."""
        if self.access_log is not None:
            self.access_log.flush()
        noted, self._noted = self._noted, {}
        for (path, method, status, cache, sent), durations in noted.items():
            operation = self.operation_of(path)
            REQUESTS.labels(operation, _method_label(method), str(status), cache).inc(
                len(durations)
            )
            if sent:
                RESPONSE_BYTES.labels(operation).inc(sent * len(durations))
            # Histogram.observe() for each duration, added at once: the sum, and each bucket
            # the durations up to its bound that an earlier bucket did not take.
            duration = DURATION.labels(operation)
            duration._sum.inc(math.fsum(durations))
            durations.sort()
            taken = 0
            for bucket, bound in zip(duration._buckets, _BOUNDS, strict=True):
                upto = bisect_right(durations, bound)
                if upto > taken:
                    bucket.inc(upto - taken)
                    taken = upto

    def start(self, loop: asyncio.AbstractEventLoop) -> None:
        """Flush every FLUSH_SECONDS on ``loop`` (the worker's), from now on; draw fresh
        request ids of this worker's own (a forked worker would repeat its parent's)."""
        self._fresh = []

        def tick() -> None:
            self.flush()
            self._timer = loop.call_later(FLUSH_SECONDS, tick)

        self._timer = loop.call_later(FLUSH_SECONDS, tick)

    def stop(self) -> None:
        """Flush what is left, and stop flushing (the worker stops)."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self.flush()


# -- the scrape


class SnapshotCollector(Collector):
    """The snapshot a node serves: its version (an info metric), size, age and readiness."""

    def __init__(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot

    def collect(self) -> Iterable[Metric]:
        snapshot = self.snapshot
        info = GaugeMetricFamily(
            "dossier_snapshot_info",
            "The snapshot this node serves: its dataset version and its build (always 1).",
            labels=("dataset_version", "build_id"),
        )
        info.add_metric((snapshot.version, snapshot.meta.get("build_id", "")), 1)
        yield info
        try:
            size = float(snapshot.path.stat().st_size)
        except OSError:
            size = float("nan")
        yield GaugeMetricFamily(
            "dossier_snapshot_size_bytes", "Bytes of the snapshot file.", value=size
        )
        built = snapshot.meta.get("built_at")
        age = float("nan")
        if built is not None:
            age = time.time() - dt.datetime.fromisoformat(built).timestamp()
        yield GaugeMetricFamily(
            "dossier_snapshot_age_seconds", "Seconds since the snapshot was built.", value=age
        )
        yield GaugeMetricFamily(
            "dossier_ready",
            "1 while the node can answer (its snapshot file is the one it opened), else 0.",
            value=0.0 if snapshot.unavailable() is not None else 1.0,
        )


#: The launcher's pid, in a node served by ``api.serve`` (its workers report it and each
#: other); None where the app is served otherwise.
_main_pid: int | None = None


def serve_processes(main_pid: int) -> None:
    """Say that the processes of this node are ``main_pid`` and its children."""
    global _main_pid
    _main_pid = main_pid


def _processes() -> dict[int, str]:
    """Return the node's processes: the launcher and its workers, or this process alone."""
    if _main_pid is None or _main_pid == os.getpid():
        return {os.getpid(): "main"}
    found = {_main_pid: "main"}
    for task in Path(f"/proc/{_main_pid}/task").glob("*/children"):
        try:
            found.update((int(pid), "worker") for pid in task.read_text().split())
        except OSError:
            continue
    return found


_CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
_PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
_BOOT_TIME: float | None = None


def _boot_time() -> float:
    global _BOOT_TIME
    if _BOOT_TIME is None:
        for line in Path("/proc/stat").read_text().splitlines():
            if line.startswith("btime "):
                _BOOT_TIME = float(line.split()[1])
    return _BOOT_TIME or 0.0


class ProcessesCollector(Collector):
    """The standard process metrics of each of the node's processes, labelled by pid and
    role (main, worker): ``sum()`` over them is the node's."""

    def collect(self) -> Iterable[Metric]:
        labels = ("pid", "role")
        cpu = CounterMetricFamily(
            "process_cpu_seconds", "User and system CPU time spent, in seconds.", labels=labels
        )
        rss = GaugeMetricFamily(
            "process_resident_memory_bytes", "Resident memory size, in bytes.", labels=labels
        )
        vms = GaugeMetricFamily(
            "process_virtual_memory_bytes", "Virtual memory size, in bytes.", labels=labels
        )
        start = GaugeMetricFamily(
            "process_start_time_seconds",
            "Start time of the process since the epoch, in seconds.",
            labels=labels,
        )
        fds = GaugeMetricFamily(
            "process_open_fds", "Number of open file descriptors.", labels=labels
        )
        for pid, role in sorted(_processes().items()):
            try:
                stat = Path(f"/proc/{pid}/stat").read_bytes().rsplit(b")", 1)[1].split()
                open_fds = len(os.listdir(f"/proc/{pid}/fd"))
            except OSError:
                continue  # gone since it was listed
            values = (str(pid), role)
            cpu.add_metric(values, (float(stat[11]) + float(stat[12])) / _CLOCK_TICKS)
            vms.add_metric(values, float(stat[20]))
            rss.add_metric(values, float(stat[21]) * _PAGE_SIZE)
            start.add_metric(values, float(stat[19]) / _CLOCK_TICKS + _boot_time())
            fds.add_metric(values, float(open_fds))
        yield from (cpu, rss, vms, start, fds)


def exposition(snapshot: Snapshot, accept: str | None) -> tuple[bytes, str]:
    """Return the body and media type of a scrape: every worker's counts added up (in the
    multiprocess mode, else this process's), the snapshot's and the processes' metrics."""
    registry = CollectorRegistry(auto_describe=True)
    if os.environ.get(MULTIPROCESS_DIR):
        MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
    else:
        for metric in _METRICS:
            registry.register(metric)
    registry.register(SnapshotCollector(snapshot))
    registry.register(ProcessesCollector())
    encoder, media_type = choose_encoder(accept or "")
    body: bytes = encoder(registry)
    return body, media_type

"""Serve Dossier in production: Granian, the app built once before its workers start.

``python -m api.serve --host 127.0.0.1 --port 8000 --workers 2 --threads 2``

Granian's own command line builds the app in every worker, so two workers load and
check the dataset twice, at once, on the same cores. Here the app is built once, in
the main process, and the workers are forked from it with the dataset in memory: a
large corpus starts in the time of one load, and a dataset that breaks a rule stops
the server before any worker starts. It is served over RSGI (:mod:`api.rsgi`): app code
on ``--threads`` threads per worker, big bodies (exports, the snapshot file) sent by Rust,
each worker's event loop uvloop's (RSGI's cost per request is mostly the loop's: with
asyncio's own loop a cached answer took about 40% more CPU than under Granian's WSGI, with
uvloop's about 8% more, bench/results.md).

No client can hold a node (issue 18); each kind is bounded, and each bound is an option:

- A connection that sends nothing, sends its headers slowly, or idles between requests is
  closed ``--header-timeout`` seconds after it opened or after its last answer (Granian's
  HTTP/1 header read timeout). The server speaks HTTP/1.1 only: Granian's detection of
  HTTP/2 waits for a connection's first byte with no timeout at all.
- A reader that stops reading holds no Python thread, and its connection is closed by the
  kernel once the data sent to it has made no progress for ``--send-timeout`` seconds
  (TCP_USER_TIMEOUT, set on the listening socket that every connection inherits; Granian
  has no send timeout of its own).
- Each worker holds at most ``--connections`` connections; more wait in the listen
  backlog. The soft limit on open files is raised to the hard limit, and the connections
  lowered to what it allows.

SIGTERM (what systemd and a rolling update send) drains before it stops: for ``--drain``
seconds every response says ``Connection: close``, so that a balancer or a client with a
kept-alive connection closes it after its answer instead of sending the next request into
a connection the server is about to close; then Granian stops its workers, which finish
the requests they have received. The server has exited ``--grace`` seconds after the drain
whatever its clients do: workers still busy a second before that are killed (a reader that
stops reading would otherwise keep a worker, and the server, forever).
SIGINT (Ctrl-C) stops at once, as gracefully.

What an operator sees (:mod:`api.web.observability`): ``GET /metrics`` on the same port,
the counts of every worker added up. prometheus_client's multiprocess mode keeps each
worker's counts in files of a directory: the launcher makes a fresh, private one for each
start (``dossier-metrics-*`` under ``$TMPDIR``, or /tmp), before anything imports
prometheus_client (which reads ``PROMETHEUS_MULTIPROC_DIR`` once, on import: this module
imports the app's code only in :func:`main`), forgets a replaced worker's live gauges, and
removes the directory when it exits. Every response carries an ``X-Request-ID``. The
launcher's own logs, Granian's and the app's are JSON lines on standard error (errors with
the request's id and traceback); ``--access-log`` adds one JSON line per request on
standard output.
"""

import argparse
import ctypes
import functools
import importlib
import logging
import logging.config
import multiprocessing
import os
import resource
import shutil
import signal
import socket
import tempfile
import threading
from dataclasses import dataclass
from multiprocessing.sharedctypes import RawValue
from typing import TYPE_CHECKING, Any

from granian import Granian
from granian._granian import ListenerSpec
from granian.constants import HTTPModes, Interfaces, Loops
from granian.http import HTTP1Settings

from api.dataset.building import BuildError
from api.dataset.integrity import IntegrityError
from api.dataset.records import DataError
from api.dataset.snapshot import SnapshotError

if TYPE_CHECKING:  # imported in main(), once the metrics directory is set
    from api.rsgi import RSGIApp

#: The app built before the fork; workers forked from this process find it here.
_app: Any = None
#: Set by the main process on SIGTERM; shared memory, so its forked workers see it.
_draining: Any = RawValue(ctypes.c_bool, False)
#: Seconds of draining between SIGTERM and the workers' stop, unless --drain says otherwise.
DRAIN_SECONDS = 1.0
#: Seconds after the drain by which the server has exited, whatever its clients do.
GRACE_SECONDS = 5.0
#: Of the grace, what the main process keeps to kill the workers still busy, and exit.
_EXIT_SECONDS = 1.0
#: Seconds a connection may take to send a request's headers, from its opening or from its
#: previous answer: a browser on a slow link sends its few hundred bytes well within it.
HEADER_TIMEOUT_SECONDS = 10.0
#: Seconds the data sent to a client may make no progress before its connection is closed
#: (nginx's send_timeout, 60 s by default, is the same idea; a reader that reads keeps it
#: going at any speed).
SEND_TIMEOUT_SECONDS = 30.0
#: Connections each worker holds at once, at most.
CONNECTIONS = 4096
#: Connections the kernel queues for the workers to accept (it caps this at somaxconn).
BACKLOG = 4096
#: Descriptors each worker keeps for what is not a connection (snapshot, logs, pipes).
_RESERVED_FILES = 256
#: The environment variable that puts prometheus_client in its multiprocess mode.
METRICS_DIR_VARIABLE = "PROMETHEUS_MULTIPROC_DIR"
#: Every log of the launcher, Granian's and the app's: JSON lines on standard error
#: (Granian's own logging settings, completed; the access log is the app's, on stdout).
LOGGING: dict[str, Any] = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "api.web.observability.JsonFormatter"}},
    "handlers": {
        "stderr": {
            "class": "logging.StreamHandler",
            "formatter": "json",
            "stream": "ext://sys.stderr",
        }
    },
    "root": {"handlers": ["stderr"], "level": "WARNING"},
    "loggers": {
        "_granian": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
        "granian.access": {"handlers": [], "level": "CRITICAL", "propagate": False},
    },
}

_logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Serving:
    """How each worker serves the app."""

    threads: int = 2
    send_timeout: float = SEND_TIMEOUT_SECONDS
    #: One JSON line per request on standard output.
    access_log: bool = False


def factory(target: str) -> Any:
    """Return the app factory ``target`` names (``module:callable``)."""
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


def served(app: Any, serving: Serving) -> "RSGIApp":
    """Return ``app`` as the server serves it: over RSGI, answering from its response cache,
    each request observed (its id, its metrics, its access log line)."""
    from api.rsgi import RSGIApp
    from api.web.observability import AccessLog, Observer, operations_of
    from api.web.response_cache import lookup_of

    return RSGIApp(
        app,
        threads=serving.threads,
        send_timeout=serving.send_timeout,
        lookup=lookup_of(app),
        draining=lambda: bool(_draining.value),
        observer=Observer(operations_of(app), AccessLog() if serving.access_log else None),
    )


def preloaded_app(target: str, serving: Serving = Serving()) -> "RSGIApp":
    """Return the app built before the fork, or build it where workers are not forked."""
    return _app if _app is not None else served(factory(target)(), serving)


class DrainingGranian(Granian):  # type: ignore[misc,valid-type]
    """Granian whose SIGTERM drains for ``drain`` seconds before the usual graceful stop,
    listening on one socket that every connection inherits ``send_timeout`` from."""

    def __init__(
        self, *args: Any, drain: float = DRAIN_SECONDS, send_timeout: float, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.drain = drain
        self.send_timeout = send_timeout
        self._stopping: threading.Timer | None = None

    def signal_handler_interrupt(self, *args: Any, **kwargs: Any) -> None:
        """Drain on a first SIGTERM; stop now on SIGINT, on a second signal, or without drain."""
        signum = args[0] if args else None
        if signum != signal.SIGTERM or self.drain <= 0 or self._stopping is not None:
            super().signal_handler_interrupt(*args, **kwargs)
            return
        _draining.value = True
        _logger.warning("SIGTERM: draining for %.1f s, then stopping", self.drain)
        self._stopping = threading.Timer(self.drain, super().signal_handler_interrupt)
        self._stopping.daemon = True
        self._stopping.start()

    def _respawn_workers(self, workers: Any, *args: Any, **kwargs: Any) -> None:
        # A replaced worker's live gauges (exports in flight) are no longer counted; its
        # counters are, as they stood.
        from prometheus_client.multiprocess import mark_process_dead

        gone = [self.wrks[index]._id() for index in workers]
        super()._respawn_workers(workers, *args, **kwargs)
        for pid in gone:
            mark_process_dead(pid)  # type: ignore[no-untyped-call]

    def _init_shared_socket(self) -> None:
        # Granian's Linux default is a socket per worker, made inside it, out of reach;
        # this is its other path: one socket, made here, shared by the forked workers.
        self._ssp = None
        self._shd = ListenerSpec(self.bind_addr, self.bind_port, self.backlog).build()
        self._sfd = self._shd.get_fd()
        self._sso = socket.socket(fileno=self._sfd)
        self._sso.set_inheritable(True)
        self._sso.setsockopt(
            socket.IPPROTO_TCP, socket.TCP_USER_TIMEOUT, round(self.send_timeout * 1000)
        )


def raise_open_files_limit() -> int:
    """Raise the soft limit on open files to the hard limit, if the system lets it; return
    the soft limit."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    try:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    except (ValueError, OSError):
        return soft
    return hard


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Return the launcher's options."""
    parser = argparse.ArgumentParser(
        prog="python -m api.serve",
        description=__doc__.split("\n")[0],
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on")
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument(
        "--threads", type=int, default=Serving.threads, help="threads running app code per worker"
    )
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    parser.add_argument(
        "--drain",
        type=float,
        default=DRAIN_SECONDS,
        help="seconds between SIGTERM and stopping, answering `Connection: close` (0: none)",
    )
    parser.add_argument(
        "--grace",
        type=float,
        default=GRACE_SECONDS,
        help="seconds after the drain by which the server has exited (workers still busy "
        "a second before are killed)",
    )
    parser.add_argument(
        "--header-timeout",
        type=float,
        default=HEADER_TIMEOUT_SECONDS,
        help="seconds a connection has to send a request's headers, from its opening or its "
        "previous answer (silent, slow and idle connections are closed after it)",
    )
    parser.add_argument(
        "--send-timeout",
        type=float,
        default=SEND_TIMEOUT_SECONDS,
        help="seconds the data sent to a client may make no progress before its connection "
        "is closed",
    )
    parser.add_argument(
        "--connections",
        type=int,
        default=CONNECTIONS,
        help="connections each worker holds at once (more wait in the listen backlog)",
    )
    parser.add_argument(
        "--access-log",
        action="store_true",
        help="write one JSON line per request (time, request id, operation, status, duration, "
        "bytes, cache) on standard output",
    )
    return parser.parse_args(argv)


#: Why an app cannot start that its operator can fix: a bad dataset, a damaged snapshot, a
#: failed build, a missing or unreadable file.
STARTUP_ERRORS = (DataError, SnapshotError, IntegrityError, BuildError, OSError)


def main(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    args = parse_args(argv)
    # Before anything imports prometheus_client: a fresh directory of this start's counts.
    metrics_dir = tempfile.mkdtemp(prefix="dossier-metrics-")
    os.environ[METRICS_DIR_VARIABLE] = metrics_dir
    # Until Granian's own handlers are in place, SIGTERM ends the start-up cleanly.
    signal.signal(signal.SIGTERM, _stop_starting)
    try:
        _serve(args)
    finally:
        shutil.rmtree(metrics_dir, ignore_errors=True)


def _stop_starting(signum: int, frame: Any) -> None:
    raise SystemExit(128 + signum)


def _serve(args: argparse.Namespace) -> None:
    """Build the app and serve it until interrupted (the metrics directory is set)."""
    from api.web.observability import serve_processes

    logging.config.dictConfig(LOGGING)
    serve_processes(os.getpid())
    open_files = raise_open_files_limit()
    connections = min(args.connections, (open_files - _RESERVED_FILES) // 2)
    if connections < args.connections:
        _logger.warning(
            "%d connections per worker: the open files limit (%d) allows no more",
            connections,
            open_files,
        )
    serving = Serving(
        threads=args.threads, send_timeout=args.send_timeout, access_log=args.access_log
    )
    global _app
    if multiprocessing.get_start_method() == "fork":
        try:
            _app = served(factory(args.factory)(), serving)
        except STARTUP_ERRORS as error:
            # What the operator must fix (the data, the snapshot, a path), said in words.
            raise SystemExit(f"dossier: cannot serve: {error}") from None
    DrainingGranian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.RSGI,
        workers=args.workers,
        http=HTTPModes.http1,
        http1_settings=HTTP1Settings(header_read_timeout=round(args.header_timeout * 1000)),
        websockets=False,
        loop=Loops.uvloop,
        backlog=BACKLOG,
        backpressure=connections,
        workers_kill_timeout=max(args.grace - _EXIT_SECONDS, 0.1),
        drain=args.drain,
        send_timeout=args.send_timeout,
        log_dictconfig=LOGGING,
    ).serve(target_loader=functools.partial(preloaded_app, serving=serving))


if __name__ == "__main__":
    main()

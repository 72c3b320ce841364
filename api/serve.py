"""Serve Dossier in production: Granian (WSGI), the app built once before its workers start.

``python -m api.serve --host 127.0.0.1 --port 8000 --workers 2 --threads 2``

Granian's own command line builds the app in every worker, so two workers load and
check the dataset twice, at once, on the same cores. Here the app is built once, in
the main process, and the workers are forked from it with the dataset in memory: a
large corpus starts in the time of one load, and a dataset that breaks a rule stops
the server before any worker starts.

SIGTERM (what systemd and a rolling update send) drains before it stops: for ``--drain``
seconds every response says ``Connection: close``, so that a balancer or a client with a
kept-alive connection closes it after its answer instead of sending the next request into
a connection the server is about to close; then Granian stops its workers, which finish
every request they have received. SIGINT (Ctrl-C) stops at once, as gracefully.
"""

import argparse
import ctypes
import importlib
import logging
import multiprocessing
import signal
import threading
from collections.abc import Callable, Iterable
from multiprocessing.sharedctypes import RawValue
from typing import Any

from granian import Granian
from granian.constants import Interfaces

#: The app built before the fork; workers forked from this process find it here.
_app: Any = None
#: Set by the main process on SIGTERM; shared memory, so its forked workers see it.
_draining: Any = RawValue(ctypes.c_bool, False)
#: Seconds of draining between SIGTERM and the workers' stop, unless --drain says otherwise.
DRAIN_SECONDS = 1.0

_logger = logging.getLogger(__name__)

StartResponse = Callable[..., Any]
WSGIApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]


def closing_while_draining(app: WSGIApp) -> WSGIApp:
    """Wrap ``app`` to answer ``Connection: close`` while the server drains."""

    def wrapped(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        if not _draining.value:
            return app(environ, start_response)

        def closing(status: str, headers: list[tuple[str, str]], *exc_info: Any) -> Any:
            return start_response(status, [*headers, ("Connection", "close")], *exc_info)

        return app(environ, closing)

    return wrapped


def factory(target: str) -> Callable[[], Any]:
    """Return the app factory ``target`` names (``module:callable``)."""
    module, _, name = target.partition(":")
    made: Callable[[], Any] = getattr(importlib.import_module(module), name)
    return made


def preloaded_app(target: str) -> Any:
    """Return the app built before the fork, or build it where workers are not forked."""
    return _app if _app is not None else closing_while_draining(factory(target)())


class DrainingGranian(Granian):  # type: ignore[misc,valid-type]
    """Granian whose SIGTERM drains for ``drain`` seconds before the usual graceful stop."""

    def __init__(self, *args: Any, drain: float = DRAIN_SECONDS, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.drain = drain
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


def main(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    parser.add_argument(
        "--drain",
        type=float,
        default=DRAIN_SECONDS,
        help="seconds between SIGTERM and stopping, answering `Connection: close` (0: none)",
    )
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = closing_while_draining(factory(args.factory)())
    DrainingGranian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
        drain=args.drain,
    ).serve(target_loader=preloaded_app)


if __name__ == "__main__":
    main()

"""Serve Dossier in production: Granian (WSGI), the app built once before its workers start.

``python -m api.serve --host 127.0.0.1 --port 8000 --workers 2 --threads 2``

Granian's own command line builds the app in every worker, so two workers load and
check the dataset twice, at once, on the same cores. Here the app is built once, in
the main process, and the workers are forked from it with the dataset in memory: a
large corpus starts in the time of one load, and a dataset that breaks a rule stops
the server before any worker starts.
"""

import argparse
import importlib
import multiprocessing
from collections.abc import Callable
from typing import Any

from granian import Granian
from granian.constants import Interfaces

#: The app built before the fork; workers forked from this process find it here.
_app: Any = None


def factory(target: str) -> Callable[[], Any]:
    """Return the app factory ``target`` names (``module:callable``)."""
    module, _, name = target.partition(":")
    made: Callable[[], Any] = getattr(importlib.import_module(module), name)
    return made


def preloaded_app(target: str) -> Any:
    """Return the app built before the fork, or build it where workers are not forked."""
    return _app if _app is not None else factory(target)()


def main(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


if __name__ == "__main__":
    main()

"""Serve Dossier in production: Granian (WSGI), the app built once before its workers start.

``python -m api.serve --host 127.0.0.1 --port 8000 --workers 2 --threads 2``

Granian's own command line builds the app in every worker, so two workers load and
check the dataset twice, at once, on the same cores. Here the app is built once, in
the main process, and the workers are forked from it with the dataset in memory: a
large corpus starts in the time of one load, and a dataset that breaks a rule stops
the server before any worker starts.
"""

import argparse
import multiprocessing

from flask import Flask
from granian import Granian
from granian.constants import Interfaces

from api import create_app

#: The app built before the fork; workers forked from this process find it here.
_app: Flask | None = None


def preloaded_app(target: str) -> Flask:
    """Return the app built before the fork, or build it where workers are not forked."""
    return _app if _app is not None else create_app()


def main(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = create_app()
    Granian(
        "api:create_app",
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


if __name__ == "__main__":
    main()

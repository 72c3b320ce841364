"""App factories for the launcher's tests: one tells which process built it and which serves, one
has big bodies (a file, an export) for clients that would hold a server."""

import os
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from flask import Flask, Response, send_file

from api.web import representation
from api.web.export_files import ExportFiles
from api.web.representation import Download, send


def create_app() -> Callable[..., Iterable[bytes]]:
    """Return a WSGI app answering ``<pid that built it> <pid serving>``."""
    built_by = os.getpid()

    def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        body = f"{built_by} {os.getpid()}".encode()
        start_response(
            "200 OK", [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))]
        )
        return [body]

    return app


#: Bytes of the probe's big file and of its export: more than a connection's buffers hold.
BIG_BYTES = 48 * 1024 * 1024
#: Bytes of each chunk of the probe's export; the export waits EXPORT_PAUSE after each.
EXPORT_CHUNK = 1024 * 1024
EXPORT_PAUSE = 0.02


def export_chunks() -> Iterator[bytes]:
    """Return the probe export's bytes, made slowly: the chunk's number, over and over."""
    for number in range(BIG_BYTES // EXPORT_CHUNK):
        time.sleep(EXPORT_PAUSE)
        yield (f"{number:07d}\n" * (EXPORT_CHUNK // 8)).encode()


def create_big_app() -> Flask:
    """Return a Flask app with big bodies, under $DOSSIER_PROBE_DIR: a file, an export, and
    a small answer (what the launcher's tests hold a server with)."""
    directory = Path(os.environ["DOSSIER_PROBE_DIR"])
    big = directory / "big.bin"
    with big.open("ab") as file:
        file.truncate(BIG_BYTES)  # sparse: zeros, written in no time
    app = Flask(__name__)
    representation.init_app(app, ExportFiles(directory / "exports", "probe"))
    download = Download(export_chunks, "text/plain", "no-store", "probe-export", "probe.txt")
    app.add_url_rule("/file", "file", lambda: send_file(big))
    app.add_url_rule("/export", "export", lambda: send(download))
    app.add_url_rule("/small", "small", lambda: Response(b"small\n"))
    return app

"""An app factory for the launcher's tests: its app tells which process built it, which serves."""

import os
from collections.abc import Callable, Iterable
from typing import Any


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

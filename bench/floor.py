"""The floor: a bare Flask app answering the benchmarked URLs with prebuilt bytes.

Its routes return exactly the bytes and headers Dossier returned (snapshotted by
``bench.run``), including the 304 answer to a matching ``If-None-Match``: what the
framework and server cost for these responses when the application does no work.
The snapshot file is named by the ``DOSSIER_FLOOR_SPEC`` environment variable.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import orjson
from flask import Flask, Response, request

Answer = tuple[int, list[tuple[str, str]], bytes]


def _answer(snapshot: dict[str, Any]) -> Answer:
    headers = [(key, value) for key, value in snapshot["headers"]]
    return snapshot["status"], headers, base64.b64decode(snapshot["body"])


def _matches(if_none_match: str, etag: str) -> bool:
    """RFC 9110 weak comparison of an If-None-Match list against one entity tag."""
    bare = etag.removeprefix("W/")
    return any(
        tag.strip() == "*" or tag.strip().removeprefix("W/") == bare
        for tag in if_none_match.split(",")
    )


def _view(variants: dict[bytes, tuple[str, Answer, Answer]]) -> Callable[[], Response]:
    def view() -> Response:
        found = variants.get(request.query_string)
        if found is None:
            return Response(b"not in the floor's snapshot\n", 404)
        etag, full, not_modified = found
        if_none_match = request.headers.get("If-None-Match")
        fresh = if_none_match is not None and _matches(if_none_match, etag)
        status, headers, body = not_modified if fresh else full
        return Response(body, status, headers)

    return view


def create_app(spec_path: str | None = None) -> Flask:
    """Build the floor app from the snapshot file."""
    path = Path(spec_path or os.environ["DOSSIER_FLOOR_SPEC"])
    spec: dict[str, dict[str, Any]] = orjson.loads(path.read_bytes())
    by_path: dict[str, dict[bytes, tuple[str, Answer, Answer]]] = {}
    for target, entry in spec.items():
        parts = urlsplit(target)
        by_path.setdefault(parts.path, {})[parts.query.encode()] = (
            entry["etag"],
            _answer(entry["full"]),
            _answer(entry["not_modified"]),
        )
    app = Flask(__name__)
    for number, (route, variants) in enumerate(sorted(by_path.items())):
        app.add_url_rule(route, f"floor{number}", _view(variants))
    app.add_url_rule("/healthz", "healthz", lambda: Response(b'{"status":"ok"}', 200))
    return app

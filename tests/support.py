"""What the tests share: where things are, a free port, a server in a thread, ids of a page."""

import json
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from flask import Flask
from flask.testing import FlaskClient
from werkzeug.serving import make_server

ROOT = Path(__file__).resolve().parent.parent
#: The real dataset, as committed.
REAL_DATA = ROOT / "data"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
#: A small dataset valid under every rule, for tests to break one rule at a time.
VALID = FIXTURES / "valid"
#: The source text of the valid fixture.
SOURCES = FIXTURES / "sources"


def real_records(collection: str) -> list[dict[str, Any]]:
    """Return the records of one file of the real dataset, as committed."""
    records: list[dict[str, Any]] = json.loads(
        (REAL_DATA / f"{collection}.json").read_text(encoding="utf-8")
    )
    return records


def free_port() -> int:
    """Return a loopback port nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def ids(client: FlaskClient, url: str) -> list[str]:
    """Return the ids of the items of the page at ``url``."""
    response = client.get(url)
    assert response.status_code == 200, response.get_data(as_text=True)
    return [item["id"] for item in response.json["items"]]


@contextmanager
def served(app: Flask) -> Iterator[str]:
    """Serve ``app`` on a free loopback port in a thread; yield its base URL."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


#: A second dataset, valid under every rule, built to break naive code.
EDGE = FIXTURES / "edge"
#: The source text of the edge dataset.
EDGE_SOURCES = FIXTURES / "edge-sources"

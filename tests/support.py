"""What the tests share: where things are, a free port, a server in a thread, ids of a page."""

import json
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.serving import make_server
from werkzeug.test import TestResponse

from api.dataset.anchoring import paragraph_spans
from api.dataset.check import load_checked
from api.dataset.fidelity import fold
from api.dataset.records import DataError
from api.web.response_cache import ResponseCache, ResponseCacheMiddleware

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


def json_of(response: TestResponse) -> Any:
    """Return the JSON body of ``response``, which must be JSON.

    Werkzeug types ``response.json`` as ``Any | None`` (None when the body is not JSON):
    this is the body a test reads, typed as whatever JSON holds.
    """
    body = response.json
    assert body is not None, f"not a JSON body: {response.content_type}"
    return body


def response_cache(app: Flask) -> ResponseCache:
    """Return the cache that ``app``'s response cache middleware answers from."""
    middleware = app.wsgi_app
    assert isinstance(middleware, ResponseCacheMiddleware), "the app's response cache is off"
    return middleware.cache


def ids(client: FlaskClient, url: str) -> list[str]:
    """Return the ids of the items of the page at ``url``."""
    response = client.get(url)
    assert response.status_code == 200, response.get_data(as_text=True)
    return [item["id"] for item in json_of(response)["items"]]


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


def edit(data_dir: Path, collection: str, change: Callable[[list[Any]], None]) -> None:
    """Apply ``change`` to the records of one data file of a copied dataset."""
    path = data_dir / f"{collection}.json"
    records = json.loads(path.read_text(encoding="utf-8"))
    change(records)
    path.write_text(json.dumps(records, indent=2, ensure_ascii=False), encoding="utf-8")


def update(data_dir: Path, collection: str, record_id: str, **fields: Any) -> None:
    """Set fields of one record; ``evidence_<name>`` sets a field of its evidence."""

    def change(records: list[Any]) -> None:
        record = next(record for record in records if record["id"] == record_id)
        for name, value in fields.items():
            if name.startswith("evidence_"):
                record["evidence"][name.removeprefix("evidence_")] = value
            else:
                record[name] = value

    edit(data_dir, collection, change)


def violations(data_dir: Path, sources_dir: Path | None = None) -> list[str]:
    """Return the problems load_checked raises for a dataset that must not load."""
    with pytest.raises(DataError) as excinfo:
        load_checked(data_dir, sources_dir)
    return excinfo.value.violations


def split_paragraphs(text: str) -> list[str]:
    """Return the folded paragraphs of a source text, as the engine finds and folds them."""
    return [fold(text[start:end]) for start, end in paragraph_spans(text)]

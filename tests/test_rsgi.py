"""The RSGI adapter, driven as Granian drives it: a scope, a protocol, the event loop."""

import asyncio
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask

from api import rsgi
from api.rsgi import RSGIApp
from api.web.context import current
from api.web.export_files import ExportFiles
from api.web.response_cache import lookup_of


class Headers:
    """RSGI's request headers: lower-case names, repeated names kept."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self.pairs = [(name.lower(), value) for name, value in pairs]

    def get(self, name: str, default: Any = None) -> Any:
        return next((value for key, value in self.pairs if key == name), default)

    def get_all(self, name: str) -> list[str]:
        return [value for key, value in self.pairs if key == name]

    def items(self) -> list[tuple[str, str]]:
        return list(self.pairs)


#: Where every request below is sent (its Host): a cached answer is cached for its origin.
ORIGIN = "http://127.0.0.1:8000"


class Scope:
    def __init__(self, method: str, target: str, headers: list[tuple[str, str]]) -> None:
        path, _, query = target.partition("?")
        self.method = method
        self.path = path
        self.query_string = query
        self.headers = Headers([("Host", "127.0.0.1:8000"), *headers])
        self.http_version = "1.1"
        self.scheme = "http"
        self.server = "127.0.0.1:8000"
        self.client = "127.0.0.1:54321"
        self.authority = None


class Proto:
    """What Granian's protocol is told; a file is read as Rust would (a pipe as it fills)."""

    def __init__(self, read: bool = True) -> None:
        self.calls: list[tuple[Any, ...]] = []
        self.read = read
        self.received = b""
        self._reader: threading.Thread | None = None

    def response_bytes(self, status: int, headers: list[tuple[str, str]], body: bytes) -> None:
        self.calls.append(("bytes", status, headers, body))

    def response_file(self, status: int, headers: list[tuple[str, str]], path: str) -> None:
        self.calls.append(("file", status, headers, path))
        if path.startswith("/proc/self/fd/") and self.read:
            # As Rust reads: what is there; the reader thread closes it.
            file = open(path, "rb", buffering=0)  # noqa: SIM115
            self._reader = threading.Thread(target=self._read, args=(file,))
            self._reader.start()

    def response_file_range(
        self, status: int, headers: list[tuple[str, str]], path: str, start: int, end: int
    ) -> None:
        self.calls.append(("range", status, headers, path, start, end))

    def _read(self, file: Any) -> None:
        with file:
            while block := file.read(65536):
                self.received += block

    def finished(self) -> bytes:
        if self._reader is not None:
            self._reader.join(10)
        return self.received


def answer(
    app: RSGIApp, method: str, target: str, headers: Iterable[tuple[str, str]] = (), **proto: Any
) -> Proto:
    """Have ``app`` answer one request on a new event loop, its threads started."""
    sent = Proto(**proto)

    async def run() -> None:
        app.__rsgi_init__(asyncio.get_running_loop())
        await app.__rsgi__(Scope(method, target, list(headers)), sent)

    asyncio.run(run())
    return sent


def adapter(app: Any, **options: Any) -> RSGIApp:
    return RSGIApp(app, threads=1, send_timeout=options.pop("send_timeout", 5.0), **options)


@pytest.mark.parametrize(
    ("method", "target", "headers"),
    [
        ("GET", "/v1/statements?speaker=dmitry-peskov", []),
        ("HEAD", "/v1/statements?speaker=dmitry-peskov", []),
        ("GET", "/v1/actors/nobody", []),
        ("GET", "/v1/statements?limit=0", []),
        ("POST", "/v1/statements", [("Content-Type", "application/json")]),
        ("OPTIONS", "/v1/statements", [("Origin", "http://a.example")]),
        ("GET", "/v1/statements?speaker=dmitry-peskov", [("Accept", "text/csv;q=0.5, */*")]),
    ],
)
def test_an_answer_is_the_wsgi_apps_own(
    dossier_uncached: Flask, method: str, target: str, headers: list[tuple[str, str]]
) -> None:
    expected = dossier_uncached.test_client().open(
        target, method=method, headers=headers, base_url=ORIGIN
    )
    [(kind, status, sent_headers, body)] = answer(
        adapter(dossier_uncached), method, target, headers
    ).calls
    assert (kind, status) == ("bytes", expected.status_code)
    assert sent_headers == list(expected.headers.items())
    assert body == expected.get_data()


def test_a_cached_answer_is_given_on_the_event_loop_without_a_thread(dossier: Flask) -> None:
    target = "/v1/statements?speaker=emmanuel-macron"
    expected = dossier.test_client().get(target, base_url=ORIGIN)  # now in the response cache
    app = adapter(dossier, lookup=lookup_of(dossier))
    sent = Proto()
    scope = Scope("GET", target, [])
    asyncio.run(app.__rsgi__(scope, sent))  # no __rsgi_init__: no thread to run the app
    assert sent.calls == [("bytes", 200, list(expected.headers.items()), expected.get_data())]
    etag = expected.headers["ETag"]
    sent = Proto()
    asyncio.run(app.__rsgi__(Scope("GET", target, [("If-None-Match", etag)]), sent))
    assert [call[:2] for call in sent.calls] == [("bytes", 304)]


def test_a_cached_coded_answer_is_given_on_the_event_loop_for_its_coding(dossier: Flask) -> None:
    target = "/v1/statements?speaker=vladimir-putin"
    client = dossier.test_client()
    coded = client.get(target, headers={"Accept-Encoding": "br"}, base_url=ORIGIN)  # cached
    app = adapter(dossier, lookup=lookup_of(dossier))
    for accept_encoding in (["br"], ["gzip;q=0.5", "br"]):  # repeated headers are one list
        sent = Proto()
        headers = [("Accept-Encoding", value) for value in accept_encoding]
        asyncio.run(app.__rsgi__(Scope("GET", target, headers), sent))  # no thread
        assert sent.calls == [("bytes", 200, list(coded.headers.items()), coded.get_data())]
        assert ("Content-Encoding", "br") in sent.calls[0][2]


def test_while_draining_every_answer_says_connection_close(dossier: Flask) -> None:
    app = adapter(dossier, lookup=lookup_of(dossier), draining=lambda: True)
    dossier.test_client().get("/v1/topics", base_url=ORIGIN)
    for target in ("/v1/topics", "/v1/actors/nobody"):
        [call] = answer(app, "GET", target).calls
        assert call[2][-1] == ("Connection", "close")


def test_the_snapshot_file_is_sent_by_name_whole_or_in_part(dossier_uncached: Flask) -> None:
    with dossier_uncached.app_context():
        path = str(current().catalog.snapshot.path.resolve())
    app = adapter(dossier_uncached)
    [whole] = answer(app, "GET", "/v1/dataset.sqlite").calls
    assert whole[:2] == ("file", 200)
    assert whole[3] == path
    assert ("Content-Length", str(os.path.getsize(path))) in whole[2]
    [part] = answer(app, "GET", "/v1/dataset.sqlite", [("Range", "bytes=100-199")]).calls
    assert part[:2] == ("range", 206)
    assert part[3:] == (path, 100, 200)
    assert ("Content-Range", f"bytes 100-199/{os.path.getsize(path)}") in part[2]
    [head] = answer(app, "HEAD", "/v1/dataset.sqlite").calls
    assert head[:2] == ("bytes", 200)
    assert head[3] == b""


def test_an_export_is_sent_as_its_file_once_written(dossier_uncached: Flask) -> None:
    expected = dossier_uncached.test_client().get("/v1/statements.csv")  # writes it
    [call] = answer(adapter(dossier_uncached), "GET", "/v1/statements.csv").calls
    assert call[:3] == ("file", 200, list(expected.headers.items()))
    assert Path(call[3]).read_bytes() == expected.get_data()


def export_app(files: ExportFiles, chunks: Callable[[], Iterator[bytes]]) -> Any:
    """A WSGI app answering every request with the export tagged "tag" of ``chunks``."""

    def app(environ: dict[str, Any], start_response: Any) -> Any:
        start_response("200 OK", [("Content-Type", "text/csv")])
        return files.body("tag", chunks)

    return app


def gated(release: threading.Event, *parts: bytes) -> Callable[[], Iterator[bytes]]:
    def chunks() -> Iterator[bytes]:
        yield parts[0]
        assert release.wait(10)
        yield from parts[1:]

    return chunks


def test_an_export_being_written_is_fed_as_it_grows(tmp_path: Path) -> None:
    files = ExportFiles(tmp_path, "snapshot")
    release = threading.Event()
    parts = (b"head\n", b"x" * (3 * rsgi.PIPE_BYTES), b"tail\n")
    app = adapter(export_app(files, gated(release, *parts)))
    sent = Proto()

    # Release the build only once its first chunk has reached the reader.
    def release_after_head() -> None:
        _wait_for(lambda: sent.received == b"head\n")
        release.set()

    threading.Thread(target=release_after_head).start()
    answer_in = threading.Thread(target=lambda: asyncio.run(_answer_with(app, sent)))
    answer_in.start()
    answer_in.join(20)
    assert sent.calls[0][:3] == ("file", 200, [("Content-Type", "text/csv")])
    assert sent.calls[0][3].startswith("/proc/self/fd/")
    assert sent.finished() == b"".join(parts)
    assert release.is_set()


def test_a_reader_that_reads_nothing_ends_its_feed_after_the_send_timeout(tmp_path: Path) -> None:
    files = ExportFiles(tmp_path, "snapshot")
    release = threading.Event()
    app = adapter(
        export_app(files, gated(release, b"x" * (2 * rsgi.PIPE_BYTES), b"y")), send_timeout=0.3
    )
    started = time.monotonic()
    try:
        sent = answer(app, "GET", "/export", read=False)
    finally:
        release.set()
    assert sent.calls[0][0] == "file"
    assert time.monotonic() - started < 5


def test_an_export_that_fails_before_any_byte_is_a_500_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rsgi, "MOST_GROWING", 0)  # wait for the file instead of feeding it

    def failing() -> Iterator[bytes]:
        raise OSError("No space left on device")
        yield b""

    files = ExportFiles(tmp_path, "snapshot")
    app = export_app(files, failing)

    def with_headers(environ: dict[str, Any], start_response: Any) -> Any:
        def start(status: str, headers: list[tuple[str, str]]) -> None:
            start_response(status, [*headers, ("Content-Disposition", "attachment"), ("Vary", "A")])

        return app(environ, start)

    [(kind, status, headers, body)] = answer(adapter(with_headers), "GET", "/export").calls
    assert (kind, status) == ("bytes", 500)
    assert headers == [
        ("Vary", "A"),
        ("Content-Type", "application/problem+json"),
        ("Cache-Control", "no-store"),
    ]
    assert b'"type":"/problems/internal-error"' in body


def test_the_environ_is_what_a_wsgi_server_gives() -> None:
    seen: dict[str, Any] = {}

    def app(environ: dict[str, Any], start_response: Any) -> list[bytes]:
        seen.update(environ)
        start_response("204 No Content", [])
        return []

    headers = [("Accept", "text/html"), ("Accept", "*/*"), ("Content-Type", "text/plain")]
    answer(adapter(app), "GET", "/v1/actors/\u00e9?q=%C3%A9", headers)
    assert seen["PATH_INFO"] == "/v1/actors/\u00c3\u00a9"  # WSGI: the UTF-8 bytes as Latin-1
    assert seen["QUERY_STRING"] == "q=%C3%A9"
    assert seen["HTTP_ACCEPT"] == "text/html,*/*"
    assert seen["CONTENT_TYPE"] == "text/plain"
    assert "HTTP_CONTENT_TYPE" not in seen
    assert (seen["SERVER_NAME"], seen["SERVER_PORT"], seen["REMOTE_ADDR"]) == (
        "127.0.0.1",
        "8000",
        "127.0.0.1",
    )
    assert seen["SERVER_PROTOCOL"] == "HTTP/1.1"
    assert seen["wsgi.input"].read() == b""


async def _answer_with(app: RSGIApp, sent: Proto) -> None:
    app.__rsgi_init__(asyncio.get_running_loop())
    await app.__rsgi__(Scope("GET", "/export", []), sent)


def _wait_for(condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + 10
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)

"""The WSGI app served over Granian's RSGI: app code on a few threads, files sent by Rust.

Under Granian's WSGI interface, a body that is not one finished bytes object is sent by
calling the app's iterator on a blocking thread, each chunk handed to Rust through a
channel of one: a client that stops reading holds that Python thread for as long as it
does not read (four such clients held every thread of a node, issue 18). RSGI can send a
file from Rust (``response_file``), which holds no Python thread whatever the client does.
:class:`RSGIApp` serves a WSGI app (Flask) over RSGI:

- Each request runs the WSGI app on one of ``threads`` threads of its worker, never on the
  event loop, so that a slow query holds one thread as it did under WSGI; the finished body
  is handed to Rust whole (``response_bytes``).
- A repeated GET or HEAD that the app's response cache holds is answered on the event loop,
  without a thread: a dictionary lookup (``lookup``, see :mod:`api.web.response_cache`).
- A file the app sends through ``wsgi.file_wrapper`` (the snapshot download, its ranges
  included) and an export's file (:class:`api.web.export_files.ExportBody`) are sent by Rust.
  An export still being written is fed to Rust as it grows, through a pipe that Rust reads
  as a file: its first bytes leave at once, and a reader that stops reading holds a pipe's
  worth of memory and no thread, until the kernel closes its connection ``send_timeout``
  seconds after its data stopped moving (``api.serve`` sets TCP_USER_TIMEOUT), which breaks
  the pipe.
- While the server drains (``draining()``), every answer says ``Connection: close``.
- With an ``observer`` (:mod:`api.web.observability`), every request, whoever answers it,
  gets an id (its ``X-Request-ID``, if valid, else a fresh one), echoed in the answer's
  ``X-Request-ID`` and given to the app (``environ["dossier.request_id"]``, for its
  problems and logs), and every answer is counted, timed and logged.

Request bodies are not passed on: every operation of Dossier is a GET, HEAD or OPTIONS, and
``wsgi.input`` is empty. Bodies that fail half-way end as the WSGI iterator's did: the
response ends where the failure was (and the failure is logged).
"""

import array
import asyncio
import fcntl
import io
import logging
import os
import queue
import sys
import termios
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import IO, Any

import orjson

from api.web.export_files import ExportBody
from api.web.observability import (
    CACHE_BYPASS,
    CACHE_HIT,
    CACHE_MISS,
    EXPORTS_IN_FLIGHT,
    REQUEST_ID,
    REQUEST_ID_HEADER,
    Observer,
)
from api.web.problems import PROBLEM_MEDIA_TYPE, known_problem
from api.web.response_cache import Lookup, key_of

_logger = logging.getLogger(__name__)

Header = tuple[str, str]
StartResponse = Callable[..., Any]
WSGIApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]

#: Exports each worker feeds through a pipe while they are written; more wait for their file.
MOST_GROWING = 32
#: Bytes a growing export's pipe holds (and are read from its file at a time).
PIPE_BYTES = 1024 * 1024
#: Seconds between looks at a growing export that has nothing new.
GROWTH_POLL_SECONDS = 0.05
#: Linux's fcntl command that sets a pipe's capacity (not in Python 3.11's fcntl).
_F_SETPIPE_SZ = getattr(fcntl, "F_SETPIPE_SZ", 1031)
_PROTOCOLS = {"1": "HTTP/1.0", "1.1": "HTTP/1.1", "2": "HTTP/2"}
#: Headers of an export's 200 that its 500 does not carry.
_EXPORT_ONLY = frozenset({"content-type", "content-disposition", "etag", "cache-control"})


class SentFile:
    """What ``wsgi.file_wrapper`` returns: a file that Rust sends (its blocks, if iterated)."""

    def __init__(self, file: IO[bytes], block_size: int = 8192) -> None:
        self.file = file
        self.block_size = block_size

    def __iter__(self) -> "SentFile":
        return self

    def __next__(self) -> bytes:
        block = self.file.read(self.block_size)
        if not block:
            raise StopIteration
        return block

    def close(self) -> None:
        self.file.close()


@dataclass(frozen=True, slots=True)
class FileAnswer:
    """A status and headers whose body is bytes ``start`` to ``end`` (exclusive) of a file."""

    path: str
    start: int | None = None
    end: int | None = None


Body = bytes | FileAnswer | ExportBody
Result = tuple[int, list[Header], Body]


class RSGIApp:
    """A WSGI app, served over RSGI by Granian (and still a WSGI app for any other server)."""

    def __init__(
        self,
        app: WSGIApp,
        *,
        threads: int,
        send_timeout: float,
        lookup: Lookup | None = None,
        draining: Callable[[], bool] = lambda: False,
        observer: Observer | None = None,
    ) -> None:
        self.app = app
        self.threads = threads
        self.send_timeout = send_timeout
        self.lookup = lookup
        self.draining = draining
        self.observer = observer
        self._jobs: queue.SimpleQueue[tuple[dict[str, Any], asyncio.Future[Result]]] = (
            queue.SimpleQueue()
        )
        self._growing = 0

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        return self.app(environ, start_response)

    def __rsgi_init__(self, loop: asyncio.AbstractEventLoop) -> None:
        """Start this worker's threads (after the fork: threads do not survive one)."""
        for number in range(self.threads):
            threading.Thread(target=self._work, name=f"app-{number}", daemon=True).start()
        if self.observer is not None:
            self.observer.start(loop)

    def __rsgi_del__(self, loop: asyncio.AbstractEventLoop) -> None:
        """The worker stops: what its observer counted reaches the metrics."""
        if self.observer is not None:
            self.observer.stop()

    async def __rsgi__(self, scope: Any, proto: Any) -> None:
        """Answer one request: from the cache on the loop, else from the app on a thread."""
        observer = self.observer
        started = time.perf_counter()
        # WSGI's PATH_INFO: the path's UTF-8 bytes, as latin-1 (most paths are ASCII as they are).
        path = scope.path
        if not path.isascii():
            path = path.encode().decode("latin-1")
        method = scope.method
        query = scope.query_string
        headers = scope.headers
        request_id = None if observer is None else observer.request_id(headers.get("x-request-id"))
        cache = CACHE_BYPASS
        if self.lookup is not None:
            key = key_of(
                scope.scheme,
                headers.get("host") or scope.authority,
                headers.get("x-forwarded-proto"),
                path,
                query,
                ",".join(headers.get_all("accept")),
                ",".join(headers.get_all("accept-encoding")) or None,
            )
            found = self.lookup(method, key, headers.get("if-none-match"))
            if found is not None:
                status, answer_headers, body = found
                proto.response_bytes(status, self._final(answer_headers, request_id), body)
                if observer is not None:
                    observer.answered(
                        request_id, method, path, query, status, len(body), started, CACHE_HIT
                    )
                return
            if method in ("GET", "HEAD"):
                cache = CACHE_MISS
        loop = asyncio.get_running_loop()
        result: asyncio.Future[Result] = loop.create_future()
        environ = self._environ(scope, path)
        if request_id is not None:
            environ[REQUEST_ID] = request_id
        self._jobs.put((environ, result))
        try:
            status, answer_headers, answer = await result
        except Exception:
            if observer is None:
                raise  # Granian answers 500
            # Logged by the thread, with the request's id; answered as the app would.
            status, answer_headers, answer = _failed(request_id)
        answer_headers = self._final(answer_headers, request_id)
        sent = 0
        if isinstance(answer, bytes):
            proto.response_bytes(status, answer_headers, answer)
            sent = len(answer)
        elif isinstance(answer, FileAnswer):
            if answer.start is None or answer.end is None:
                proto.response_file(status, answer_headers, answer.path)
                sent = _size(answer.path)
            else:
                proto.response_file_range(
                    status, answer_headers, answer.path, answer.start, answer.end
                )
                sent = answer.end - answer.start
        else:
            sent = await self._send_export(proto, status, answer_headers, answer, request_id)
        if observer is not None:
            observer.answered(request_id, method, path, query, status, sent, started, cache)

    def _final(self, headers: list[Header], request_id: str | None) -> list[Header]:
        if request_id is not None:
            headers = [*headers, (REQUEST_ID_HEADER, request_id)]
        return [*headers, ("Connection", "close")] if self.draining() else headers

    def _environ(self, scope: Any, path: str) -> dict[str, Any]:
        server_name, _, server_port = scope.server.rpartition(":")
        environ: dict[str, Any] = {
            "REQUEST_METHOD": scope.method,
            "SCRIPT_NAME": "",
            "PATH_INFO": path,
            "QUERY_STRING": scope.query_string,
            "SERVER_NAME": server_name.strip("[]"),
            "SERVER_PORT": server_port,
            "SERVER_PROTOCOL": _PROTOCOLS.get(scope.http_version, "HTTP/1.1"),
            "REMOTE_ADDR": scope.client.rpartition(":")[0].strip("[]"),
            "wsgi.version": (1, 0),
            "wsgi.url_scheme": scope.scheme,
            "wsgi.input": io.BytesIO(),
            "wsgi.input_terminated": True,
            "wsgi.errors": sys.stderr,
            "wsgi.multithread": True,
            "wsgi.multiprocess": True,
            "wsgi.run_once": False,
        }
        for name, value in scope.headers.items():
            key = name.upper().replace("-", "_")
            if key not in ("CONTENT_TYPE", "CONTENT_LENGTH"):
                key = f"HTTP_{key}"
            environ[key] = f"{environ[key]},{value}" if key in environ else value
        if "HTTP_HOST" not in environ and scope.authority:
            environ["HTTP_HOST"] = scope.authority
        return environ

    def _work(self) -> None:
        """Run the app for each request queued, and hand its result to the event loop."""
        while True:
            environ, result = self._jobs.get()
            try:
                outcome: Result | BaseException = self._run(environ)
            except BaseException as error:  # answered 500 (by Granian, without an observer)
                _logger.exception(
                    "The app failed to answer", extra={"request_id": environ.get(REQUEST_ID)}
                )
                outcome = error
            # RuntimeError: its loop is closed, the worker is stopping.
            with suppress(RuntimeError):
                result.get_loop().call_soon_threadsafe(_settle, result, outcome)

    def _run(self, environ: dict[str, Any]) -> Result:
        """Call the app; return its status, headers and body (finished, or a file to send)."""
        started: list[tuple[str, list[Header]]] = []
        files: list[SentFile] = []

        def start_response(status: str, headers: list[Header], exc_info: Any = None) -> None:
            started[:] = [(status, headers)]

        def file_wrapper(file: IO[bytes], block_size: int = 8192) -> SentFile:
            sent = SentFile(file, block_size)
            files.append(sent)
            return sent

        environ["wsgi.file_wrapper"] = file_wrapper
        chunks = self.app(environ, start_response)
        if isinstance(chunks, ExportBody):
            return _status(started), started[0][1], chunks
        try:
            # A file made into the body of a 200 or 206 (a HEAD's body is empty).
            sent = None
            if files and environ["REQUEST_METHOD"] != "HEAD":
                sent = _file_answer(files[0], _status(started), started[0][1])
            if sent is not None:
                return _status(started), started[0][1], sent
            body = b"".join(chunks)
            return _status(started), started[0][1], body
        finally:
            close = getattr(chunks, "close", None)
            if close is not None:
                close()

    async def _send_export(
        self,
        proto: Any,
        status: int,
        headers: list[Header],
        body: ExportBody,
        request_id: str | None = None,
    ) -> int:
        """Send an export's file; while it is being written, feed Rust what is written.
        Return the bytes handed to Rust."""
        ready = body.ready()
        if ready is not None:
            proto.response_file(status, headers, str(ready))
            return _size(str(ready))
        with _in_flight():
            return await self._send_building(proto, status, headers, body, request_id)

    async def _send_building(
        self,
        proto: Any,
        status: int,
        headers: list[Header],
        body: ExportBody,
        request_id: str | None,
    ) -> int:
        """Send an export's file being written: fed to Rust as it grows, or once written."""
        build = body.build()
        if self._growing < MOST_GROWING:
            self._growing += 1
            try:
                fd = await _open_growing(body, build)
                if fd is not None:
                    try:
                        return await self._feed(proto, status, headers, fd, build)
                    finally:
                        os.close(fd)
            finally:
                self._growing -= 1
        try:
            path = await asyncio.wrap_future(build)
        except Exception:
            _logger.exception("An export could not be written", extra={"request_id": request_id})
            problem = known_problem(500)
            failed = [(k, v) for k, v in headers if k.lower() not in _EXPORT_ONLY]
            failed += [("Content-Type", PROBLEM_MEDIA_TYPE), ("Cache-Control", "no-store")]
            problem_body = orjson.dumps(problem.body(request_id))
            proto.response_bytes(problem.code, failed, problem_body)
            return len(problem_body)
        proto.response_file(status, headers, str(path))
        return _size(str(path))

    async def _feed(
        self, proto: Any, status: int, headers: list[Header], fd: int, build: "Future[Any]"
    ) -> int:
        """Send the growing file ``fd`` through a pipe that Rust reads as a file, to its end;
        return the bytes written to the pipe."""
        reader, writer = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
        # OSError: the system's pipe size limit is lower; the default pipe works, in more steps.
        with suppress(OSError):
            fcntl.fcntl(writer, _F_SETPIPE_SZ, PIPE_BYTES)
        # Rust opens the pipe by this name; ours closes once Rust has read from its own.
        proto.response_file(status, headers, f"/proc/self/fd/{reader}")
        sent = 0
        try:
            while True:
                block = os.pread(fd, PIPE_BYTES, sent)
                if block:
                    await self._write(writer, block)
                    sent += len(block)
                    if reader >= 0 and _unread(writer) < sent:
                        os.close(reader)
                        reader = -1
                elif not build.done():
                    await asyncio.sleep(GROWTH_POLL_SECONDS)
                elif build.exception() is not None:
                    _logger.error("An export failed while it was sent", exc_info=build.exception())
                    return sent
                else:
                    # Written: the rest is in the complete file (the same bytes as any
                    # earlier attempt's, which ours may have been reading).
                    with open(build.result(), "rb") as complete:
                        complete.seek(sent)
                        while block := complete.read(PIPE_BYTES):
                            await self._write(writer, block)
                            sent += len(block)
                    return sent
        except (BrokenPipeError, TimeoutError):
            return sent  # the reader went away (its connection closed), or never came
        finally:
            os.close(writer)
            if reader >= 0:
                os.close(reader)

    async def _write(self, fd: int, data: bytes) -> None:
        """Write all of ``data`` to the non-blocking pipe ``fd``, waiting while it is full.

        A reader that reads nothing has its connection closed by the kernel after
        send_timeout, and the pipe then breaks; the wait ends by itself after twice that,
        later than the kernel, for a pipe that Rust never opened (its client went first).
        """
        loop = asyncio.get_running_loop()
        view = memoryview(data)
        while view:
            try:
                view = view[os.write(fd, view) :]
            except BlockingIOError:
                writable: asyncio.Future[None] = loop.create_future()
                loop.add_writer(fd, _settle, writable, None)
                try:
                    await asyncio.wait_for(writable, 2 * self.send_timeout)
                finally:
                    loop.remove_writer(fd)


def _settle(future: "asyncio.Future[Any]", outcome: Any) -> None:
    """Give ``future`` its result (or exception), unless it is already done (cancelled)."""
    if future.done():
        return
    if isinstance(outcome, BaseException):
        future.set_exception(outcome)
    else:
        future.set_result(outcome)


@contextmanager
def _in_flight() -> Iterator[None]:
    """Count an export in flight while the block runs."""
    EXPORTS_IN_FLIGHT.inc()
    try:
        yield
    finally:
        EXPORTS_IN_FLIGHT.dec()


def _size(path: str) -> int:
    """Return the bytes of the file at ``path`` (0 if it is gone)."""
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _failed(request_id: str | None) -> Result:
    """Return the 500 problem of a request the app failed to answer at all."""
    problem = known_problem(500)
    headers = [("Content-Type", PROBLEM_MEDIA_TYPE), ("Cache-Control", "no-store")]
    return 500, headers, orjson.dumps(problem.body(request_id))


def _status(started: list[tuple[str, list[Header]]]) -> int:
    return int(started[0][0].split(" ", 1)[0])


def _file_answer(sent: SentFile, status: int, headers: list[Header]) -> FileAnswer | None:
    """Return the file answer of a body that ``sent`` makes, if Rust can send it by name."""
    name = getattr(sent.file, "name", None)
    if not isinstance(name, str) or status not in (200, 206):
        return None
    if status == 200:
        return FileAnswer(os.path.abspath(name))
    # 206: the bytes Content-Range names (Werkzeug sets it, "bytes 0-99/606208").
    content_range = next((v for k, v in headers if k.lower() == "content-range"), "")
    first, _, last = content_range.removeprefix("bytes ").partition("/")[0].partition("-")
    return FileAnswer(os.path.abspath(name), int(first), int(last) + 1)


async def _open_growing(body: ExportBody, build: "Future[Any]") -> int | None:
    """Open the export's file being written, once its writer has made it; None if done first."""
    while not build.done():
        try:
            return os.open(body.partial, os.O_RDONLY | os.O_CLOEXEC)
        except FileNotFoundError:
            await asyncio.sleep(GROWTH_POLL_SECONDS)
    return None


def _unread(fd: int) -> int:
    """Return how many bytes written to the pipe ``fd`` have not been read yet."""
    count = array.array("i", [0])
    fcntl.ioctl(fd, termios.FIONREAD, count)
    return count[0]

"""The launcher under clients that would hold it: silent, slow, stalled; and SIGTERM meanwhile.

A real server (``python -m api.serve``) of the probe app with big bodies, on a free loopback
port, with short timeouts; every socket and process is closed or ended by the test.
"""

import http.client
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest

from bench.abuse import server_side_open
from tests import serve_probe
from tests.support import ROOT, free_port

pytestmark = pytest.mark.slow

HEADER_TIMEOUT = 1.0
SEND_TIMEOUT = 2.0


@contextmanager
def launched(directory: Path, *options: str) -> Iterator[subprocess.Popen[bytes]]:
    """Run the launcher on the probe app with big bodies, one worker of one thread."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "api.serve", "--port", str(port), "--workers", "1"]
        + ["--threads", "1", "--factory", "tests.serve_probe:create_big_app"]
        + ["--header-timeout", str(HEADER_TIMEOUT), "--send-timeout", str(SEND_TIMEOUT)]
        + list(options),
        cwd=ROOT,
        env={**os.environ, "DOSSIER_PROBE_DIR": str(directory)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    process.port = port  # type: ignore[attr-defined]
    try:
        deadline = time.monotonic() + 30
        while small(port) != 200:
            assert process.poll() is None, "the server stopped"
            assert time.monotonic() < deadline, "no server within 30 s"
            time.sleep(0.1)
        yield process
    finally:
        with suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def small(port: int, timeout: float = 5) -> int | None:
    """GET /small on a new connection; return its status, or None if none came in time."""
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
        connection.request("GET", "/small")
        status = connection.getresponse().status
        connection.close()
        return status
    except OSError:
        return None


def stalled(port: int, target: str) -> socket.socket:
    """Ask for ``target``, read its first bytes, then read nothing more."""
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.connect(("127.0.0.1", port))
    sock.sendall(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
    sock.settimeout(10)
    assert sock.recv(100).startswith(b"HTTP/1.1 200")
    return sock


def closed_by_server(port: int, socks: list[socket.socket], within: float) -> float:
    """Return the seconds until the server held none of ``socks`` open; fail after ``within``."""
    started = time.monotonic()
    mine = {sock.getsockname()[1] for sock in socks}
    while mine & server_side_open(port):
        assert time.monotonic() - started < within, "still open"
        time.sleep(0.1)
    return time.monotonic() - started


def test_silent_slow_and_idle_connections_are_closed_after_the_header_timeout(
    tmp_path: Path,
) -> None:
    with launched(tmp_path) as server:
        port = server.port  # type: ignore[attr-defined]
        silent = socket.create_connection(("127.0.0.1", port))
        slow = socket.create_connection(("127.0.0.1", port))
        idle = socket.create_connection(("127.0.0.1", port))
        idle.sendall(b"GET /small HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        assert idle.recv(1000).startswith(b"HTTP/1.1 200")
        socks = [silent, slow, idle]
        started = time.monotonic()
        try:
            for byte in b"GET /small HTTP/1.1\r\nX-Slow: " + b"s" * 100:
                try:
                    slow.sendall(bytes([byte]))
                except OSError:  # closed by the server
                    break
                time.sleep(0.1)
            closed_by_server(port, socks, HEADER_TIMEOUT + 3)
            assert time.monotonic() - started >= HEADER_TIMEOUT - 0.2
            for sock in (silent, idle):
                sock.settimeout(1)
                assert sock.recv(1000) == b""  # closed: end of stream
            assert small(port) == 200
        finally:
            for sock in socks:
                sock.close()


def test_readers_that_stop_reading_hold_no_thread_and_are_closed_after_the_send_timeout(
    tmp_path: Path,
) -> None:
    with launched(tmp_path) as server:
        port = server.port  # type: ignore[attr-defined]
        socks = [stalled(port, target) for target in ("/file", "/export") * 3]
        try:
            # One worker of one thread: one reader holding it would stop every answer.
            for _ in range(20):
                started = time.monotonic()
                assert small(port) == 200
                assert time.monotonic() - started < 1
            closed_by_server(port, socks, SEND_TIMEOUT + 10)
            assert small(port) == 200
        finally:
            for sock in socks:
                sock.close()


def test_first_requests_of_an_export_get_its_bytes_at_once_and_share_one_build(
    tmp_path: Path,
) -> None:
    expected = b"".join(serve_probe.export_chunks())
    build_seconds = serve_probe.EXPORT_PAUSE * len(expected) / serve_probe.EXPORT_CHUNK
    reads: list[tuple[float, bytes]] = []

    def read(port: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        started = time.monotonic()
        connection.request("GET", "/export")
        response = connection.getresponse()
        first = response.read(1)
        reads.append((time.monotonic() - started, first + response.read()))
        connection.close()

    with launched(tmp_path) as server:
        readers = [threading.Thread(target=read, args=(server.port,)) for _ in range(4)]  # type: ignore[attr-defined]
        for reader in readers:
            reader.start()
        for reader in readers:
            reader.join(60)
    assert [body == expected for _, body in reads] == [True] * 4
    assert max(first for first, _ in reads) < build_seconds / 2
    assert [path.name for path in (tmp_path / "exports" / "probe").iterdir()] in (
        [".in-use", "probe-export"],
        ["probe-export", ".in-use"],
    )


def test_sigterm_with_stalled_readers_ends_the_process_group_within_drain_and_grace(
    tmp_path: Path,
) -> None:
    drain, grace = 0.5, 2.0
    with launched(tmp_path, "--drain", str(drain), "--grace", str(grace)) as server:
        port = server.port  # type: ignore[attr-defined]
        socks = [stalled(port, target) for target in ("/file", "/export") * 4]
        try:
            started = time.monotonic()
            server.send_signal(signal.SIGTERM)
            while True:
                server.poll()
                try:
                    os.killpg(server.pid, 0)
                except ProcessLookupError:
                    break
                assert time.monotonic() - started < drain + grace + 10, "still running"
                time.sleep(0.05)
            assert time.monotonic() - started <= drain + grace
            assert server.returncode == 0
        finally:
            for sock in socks:
                sock.close()

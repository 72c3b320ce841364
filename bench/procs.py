"""Start and stop a WSGI server as a child process, and read its workers' memory."""

from __future__ import annotations

import http.client
import os
import shlex
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
HOST = "127.0.0.1"
DOSSIER_FACTORY = "api:create_app"
FLOOR_FACTORY = "bench.floor:create_app"

#: Server command lines; ``{bin}``, ``{host}``, ``{port}`` and ``{factory}`` (module:callable
#: returning the WSGI app) are filled in.
PRESETS: dict[str, str] = {
    "gunicorn-sync-2": "{bin}/gunicorn --bind {host}:{port} --workers 2 "
    "--worker-class sync --log-level warning '{factory}()'",
    "gunicorn-sync-4": "{bin}/gunicorn --bind {host}:{port} --workers 4 "
    "--worker-class sync --log-level warning '{factory}()'",
    "gunicorn-gthread-2x4": "{bin}/gunicorn --bind {host}:{port} --workers 2 "
    "--worker-class gthread --threads 4 --log-level warning '{factory}()'",
    "gunicorn-gthread-2x16": "{bin}/gunicorn --bind {host}:{port} --workers 2 "
    "--worker-class gthread --threads 16 --log-level warning '{factory}()'",
    "gunicorn-gthread-3x8": "{bin}/gunicorn --bind {host}:{port} --workers 3 "
    "--worker-class gthread --threads 8 --log-level warning '{factory}()'",
    "granian-wsgi-1": "{bin}/granian --interface wsgi --host {host} --port {port} --workers 1 "
    "--log-level warning --no-ws --factory {factory}",
    "granian-wsgi-2": "{bin}/granian --interface wsgi --host {host} --port {port} --workers 2 "
    "--log-level warning --no-ws --factory {factory}",
    "granian-wsgi-2x2": "{bin}/granian --interface wsgi --host {host} --port {port} --workers 2 "
    "--blocking-threads 2 --log-level warning --no-ws --factory {factory}",
    "granian-wsgi-2x4": "{bin}/granian --interface wsgi --host {host} --port {port} --workers 2 "
    "--blocking-threads 4 --log-level warning --no-ws --factory {factory}",
    "granian-wsgi-3x2": "{bin}/granian --interface wsgi --host {host} --port {port} --workers 3 "
    "--blocking-threads 2 --log-level warning --no-ws --factory {factory}",
    # What `make run` runs: Granian with 2 workers x 2 threads, its workers forked from a
    # process that built the app once (api/serve.py), so a large corpus is loaded once, the
    # app served over RSGI so that big bodies are sent by Rust (api/rsgi.py).
    "dossier-serve-2x2": "{bin}/python -m api.serve --host {host} --port {port} --workers 2 "
    "--threads 2 --factory {factory}",
}
#: The production server: the winner of ``bench.servers`` on 2 cores, as `make run` starts it.
DEFAULT_PRESET = "dossier-serve-2x2"
#: What ``bench.servers`` compares unless told otherwise: each server at its sensible counts.
COMPARED = (
    "gunicorn-sync-2",
    "gunicorn-gthread-2x4",
    "gunicorn-gthread-3x8",
    "granian-wsgi-1",
    "granian-wsgi-2",
    "granian-wsgi-2x2",
    "granian-wsgi-2x4",
    "dossier-serve-2x2",
)


def free_port() -> int:
    """Return a TCP port on the loopback address that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


def command(template: str, port: int, factory: str) -> list[str]:
    """Fill in a server command template and split it into an argv."""
    return shlex.split(template.format(bin=BIN, host=HOST, port=port, factory=factory))


def get(
    port: int, target: str, headers: Mapping[str, str] | None = None, host: str = HOST
) -> tuple[int, bytes]:
    """GET ``target`` from the server on ``host``:``port``; return the status and body."""
    conn = http.client.HTTPConnection(host, port, timeout=10)
    try:
        conn.request("GET", target, headers=dict(headers or {}))
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


@dataclass
class Server:
    """A server process group started by the harness; stop() ends exactly that group."""

    name: str
    argv: list[str]
    port: int
    env: dict[str, str] = field(default_factory=dict)
    host: str = HOST
    #: The source tree it runs from (another checkout, to compare code).
    cwd: Path = ROOT
    #: Where its standard output goes (nowhere by default).
    stdout: Path | None = None
    process: subprocess.Popen[bytes] | None = None
    started_at: float = 0.0

    def start(self) -> None:
        env = {**os.environ, **self.env}
        self.started_at = time.perf_counter()
        with (
            self.stdout.open("ab") if self.stdout is not None else open(os.devnull, "wb")
        ) as stdout:
            self.process = subprocess.Popen(
                self.argv,
                cwd=self.cwd,
                env=env,
                stdout=stdout,
                stderr=subprocess.PIPE,
                start_new_session=True,
            )

    def wait_ready(self, path: str = "/healthz", timeout: float = 60.0) -> float:
        """Poll ``path`` until it answers 200; return seconds since start()."""
        if self.process is None:
            raise RuntimeError(f"{self.name} was not started")
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            if self.process.poll() is not None:
                err = self.process.stderr.read() if self.process.stderr else b""
                tail = err.decode(errors="replace")[-3000:]
                raise RuntimeError(f"{self.name} exited with {self.process.returncode}:\n{tail}")
            try:
                if get(self.port, path, host=self.host)[0] == 200:
                    return time.perf_counter() - self.started_at
            except OSError:
                pass
            time.sleep(0.01)
        self.stop()
        raise RuntimeError(f"{self.name} did not answer 200 on {path} within {timeout:.0f} s")

    def wait_idle(self, timeout: float = 300.0, interval: float = 0.25) -> None:
        """Wait until every worker has finished starting: the server's CPU use goes quiet.

        The first 200 comes from the first worker ready; the others may still be loading.
        """
        deadline = time.perf_counter() + timeout
        before = self.cpu_seconds()
        while time.perf_counter() < deadline:
            time.sleep(interval)
            now = self.cpu_seconds()
            if now - before < interval * 0.2:
                return
            before = now

    def stop(self) -> None:
        """Stop the server's process group: TERM, then KILL after 10 s."""
        if self.process is None or self.process.poll() is not None:
            return
        pgid = self.process.pid  # start_new_session: the group id is the server's own pid
        try:
            os.killpg(pgid, signal.SIGTERM)
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(pgid, signal.SIGKILL)
            self.process.wait()
        except ProcessLookupError:
            pass

    def __enter__(self) -> Server:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def cpu_seconds(self) -> float:
        """User plus system CPU time the server and all its processes have used so far."""
        if self.process is None:
            raise RuntimeError(f"{self.name} was not started")
        return sum(cpu_seconds(pid) for pid in [self.process.pid, *descendants(self.process.pid)])

    def worker_pids(self) -> list[int]:
        """The pids of the server's worker processes (its children), or itself if it has none."""
        if self.process is None:
            raise RuntimeError(f"{self.name} was not started")
        return descendants(self.process.pid) or [self.process.pid]


def descendants(pid: int) -> list[int]:
    """Every process below ``pid`` in the process tree."""
    found: list[int] = []
    stack = [pid]
    while stack:
        parent = stack.pop()
        children: list[int] = []
        for task in Path(f"/proc/{parent}/task").glob("*/children"):
            try:
                children += [int(child) for child in task.read_text().split()]
            except OSError:
                continue
        found += children
        stack += children
    return found


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of one process (all its threads), from /proc; 0 if gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mib(pid: int) -> float:
    """The resident set size of a process, in MiB, from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0

"""Clients that would hold a node, against ``python -m api.serve`` as ``make run`` starts it.

Issue 18, on the server as it was: four readers that stopped reading held every thread of a
node, 1,100 silent connections made every new request time out, and SIGTERM with one
stalled reader never finished. Three scenarios, each on a fresh server of ``--data``
(2 workers x 2 threads, every other setting its default):

- ``hold``: 64 clients start the full CSV export and stop reading after 100 bytes, 2,000
  connections send nothing and 200 send their headers one byte a second, all at once, while
  a polite client sends small requests (20 a second, each on a new connection, 5 s timeout).
  Targets: the polite client sees 0 errors and p99 <= 50 ms, and the server closes every
  attacking connection after the documented timeout (the header timeout for silent and slow
  ones, from their opening; the send timeout for stalled readers, from their last read).
- ``exports``: 8 concurrent first requests of the full export, read to the end (and twice
  more each, from its file), while the polite client runs. Targets: no first byte later than
  1 s, polite p99 <= 50 ms while they run, and every body identical.
- ``sigterm``: 64 stalled export readers, then SIGTERM to the server's main process (what
  systemd sends): the whole process group gone within drain + 5 s.

``--before DIR`` runs each scenario on the code in DIR too (``git archive REV | tar -x -C
DIR``), alternately with this checkout's, so that both sides share the machine's drift;
medians of ``--repeats``. Without ``--data`` it makes a synthetic corpus (1000x; 100x with
``--short``). Loopback only, bounded in count and time; every server is stopped (its process
group), every socket closed and the scratch directory (exports, a synthetic corpus) removed
in a ``finally``, on SIGTERM too.

    .venv/bin/python -m bench.abuse --data /tmp/dossier-corpora/x1000 --before /tmp/before
    .venv/bin/python -m bench.abuse --short   # CI: ~1 minute, a small synthetic corpus,
                                              # small counts, short timeouts, a looser p99
                                              # (its sample is small); exit 1 on a miss
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import http.client
import multiprocessing
import os
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from bench import procs, results

#: Small requests of the polite client, answered from each worker's response cache once warm.
POLITE_URLS = (
    "/v1/statements?speaker=emmanuel-macron&sort=-said_on",
    "/v1/actors/emmanuel-macron",
    "/v1/statements?limit=5",
    "/healthz",
)
POLITE_RATE = 20.0
#: Reads of the export by each of the ``exports`` scenario's clients: the first request, then
#: the file's.
EXPORT_READS = 3
POLITE_TIMEOUT = 5.0
#: Where the launcher's documented timeouts are (the defaults of api.serve).
HEADER_TIMEOUT = 10.0
SEND_TIMEOUT = 30.0
DRAIN = 1.0
GRACE = 5.0
#: Seconds later than its timeout that a connection may be seen closed (the harness looks
#: twice a second, and a stalled reader's timeout starts once the buffers between are full).
CLOSE_SLACK = 5.0


@dataclass(frozen=True)
class Plan:
    """What a run does: counts, the export, and the server's timeouts."""

    stallers: int = 64
    silent: int = 2000
    slow: int = 200
    exports: int = 8
    export: str = "/v1/statements.csv"
    header_timeout: float = HEADER_TIMEOUT
    send_timeout: float = SEND_TIMEOUT
    drain: float = DRAIN
    grace: float = GRACE
    #: Options of this checkout's server beyond `make run`'s (short runs shorten timeouts).
    flags: tuple[str, ...] = ()
    #: The polite client's p99 target, in ms.
    polite_p99_ms: float = 50.0


SHORT = Plan(
    stallers=16,
    silent=300,
    slow=30,
    export="/v1/statements.ndjson",
    header_timeout=2.0,
    send_timeout=4.0,
    grace=2.0,
    flags=("--header-timeout", "2", "--send-timeout", "4", "--grace", "2"),
    # A hundred-odd polite requests: p99 is their second slowest, and the attack's burst of
    # connections (on the same two cores) lands on one or two of them on a shared CI machine.
    polite_p99_ms=200.0,
)


@dataclass
class Attacker:
    """One attacking connection: what it is, and when things happened to it."""

    kind: str
    sock: socket.socket
    opened: float
    #: When it stopped doing anything the server waits for (its timeout counts from here).
    idle_since: float = 0.0
    closed: float | None = None


# --- the server -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Setup:
    """Where the servers run: the code, the corpus, and a scratch directory of the run."""

    root: Path
    env: dict[str, str]
    scratch: Path
    ours: bool


def start_server(setup: Setup, plan: Plan) -> procs.Server:
    """Start a fresh server (its exports written afresh) and warm the polite client's URLs."""
    port = procs.free_port()
    argv = [sys.executable, "-m", "api.serve", "--host", procs.HOST, "--port", str(port)]
    argv += ["--workers", "2", "--threads", "2", *(plan.flags if setup.ours else ())]
    exports = Path(tempfile.mkdtemp(prefix="exports-", dir=setup.scratch))
    env = {**setup.env, "FLASK_EXPORTS_DIR": str(exports)}
    server = procs.Server("dossier", argv, port, env, cwd=setup.root)
    server.start()
    try:
        server.wait_ready(timeout=120)
        server.wait_idle()
        for url in POLITE_URLS:  # each worker's cache: a few times each
            for _ in range(4):
                procs.get(port, url)
    except BaseException:
        server.stop()
        raise
    return server


def server_side_open(port: int) -> set[int]:
    """Return the client ports of the server's established connections (from /proc/net/tcp)."""
    open_ports: set[int] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            local, remote, state = fields[1], fields[2], fields[3]
            if int(local.rsplit(":", 1)[1], 16) == port and state == "01":
                open_ports.add(int(remote.rsplit(":", 1)[1], 16))
    return open_ports


# --- the polite client ----------------------------------------------------------------------


def polite(port: int, stop: Any, out: Connection) -> None:
    """Send small requests at POLITE_RATE, each on a new connection, until ``stop`` is set."""
    samples: list[tuple[float, float, bool]] = []
    number = 0
    next_at = time.monotonic()
    while not stop.is_set():
        url = POLITE_URLS[number % len(POLITE_URLS)]
        number += 1
        started = time.monotonic()
        ok = False
        try:
            connection = http.client.HTTPConnection(procs.HOST, port, timeout=POLITE_TIMEOUT)
            connection.request("GET", url, headers={"Connection": "close"})
            response = connection.getresponse()
            response.read()
            ok = response.status == 200
            connection.close()
        except (OSError, http.client.HTTPException):
            pass
        samples.append((started, time.monotonic() - started, ok))
        next_at += 1 / POLITE_RATE
        time.sleep(max(0.0, next_at - time.monotonic()))
    out.send(samples)


class Polite:
    """The polite client, in a process of its own (the attackers' work is not its latency)."""

    def __init__(self, port: int) -> None:
        context = multiprocessing.get_context("fork")
        self._stop = context.Event()
        self._receive, send = context.Pipe(duplex=False)
        self._process = context.Process(target=polite, args=(port, self._stop, send))
        self.samples: list[tuple[float, float, bool]] = []

    def __enter__(self) -> Polite:
        self._process.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._receive.poll(POLITE_TIMEOUT + 5):
            self.samples = self._receive.recv()
        self._process.join(5)
        if self._process.is_alive():
            self._process.kill()
            self._process.join()

    def summary(self, since: float, until: float = float("inf")) -> dict[str, float]:
        during = [
            (latency, ok) for started, latency, ok in self.samples if since <= started < until
        ]
        latencies = sorted(latency * 1000 for latency, _ in during)
        errors = sum(1 for _, ok in during if not ok)
        return {
            "requests": len(during),
            "errors": errors,
            "p50_ms": _percentile(latencies, 50),
            "p99_ms": _percentile(latencies, 99),
            "max_ms": latencies[-1] if latencies else 0.0,
        }


def _percentile(sorted_values: list[float], pct: float) -> float:
    if not sorted_values:
        return 0.0
    index = min(len(sorted_values) - 1, max(0, round(pct / 100 * len(sorted_values)) - 1))
    return sorted_values[index]


# --- attackers ------------------------------------------------------------------------------


async def _connect(kind: str, port: int) -> Attacker | None:
    loop = asyncio.get_running_loop()
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setblocking(False)
    try:
        await asyncio.wait_for(loop.sock_connect(sock, (procs.HOST, port)), 10)
    except (OSError, TimeoutError):
        sock.close()
        return None
    now = time.monotonic()
    return Attacker(kind, sock, opened=now, idle_since=now)


async def _stall(port: int, target: str) -> Attacker | None:
    """Ask for ``target``, read 100 bytes, then read no more."""
    attacker = await _connect("stalled reader", port)
    if attacker is None:
        return None
    loop = asyncio.get_running_loop()
    try:
        request = f"GET {target} HTTP/1.1\r\nHost: {procs.HOST}\r\n\r\n".encode()
        await loop.sock_sendall(attacker.sock, request)
        got = 0
        while got < 100:
            chunk = await asyncio.wait_for(loop.sock_recv(attacker.sock, 100 - got), 30)
            if not chunk:
                break
            got += len(chunk)
    except (OSError, TimeoutError):
        pass
    attacker.idle_since = time.monotonic()
    return attacker


async def _trickle(attacker: Attacker, until: float) -> None:
    """Send a request's headers one byte a second (they never end in time)."""
    loop = asyncio.get_running_loop()
    headers = f"GET /healthz HTTP/1.1\r\nHost: {procs.HOST}\r\nX-Slow: {'s' * 400}".encode()
    for byte in headers:
        if time.monotonic() > until or attacker.closed is not None:
            return
        try:
            await loop.sock_sendall(attacker.sock, bytes([byte]))
        except OSError:
            return
        await asyncio.sleep(1)


async def _watch(port: int, attackers: list[Attacker], until: float) -> None:
    """Note when the server has closed each attacker's connection, until all are or ``until``."""
    while time.monotonic() < until:
        established = server_side_open(port)
        now = time.monotonic()
        for attacker in attackers:
            if attacker.closed is None and attacker.sock.getsockname()[1] not in established:
                attacker.closed = now
        if all(attacker.closed is not None for attacker in attackers):
            return
        await asyncio.sleep(0.5)


async def _attack(port: int, plan: Plan, until: float) -> list[Attacker]:
    connects = [_connect("silent", port) for _ in range(plan.silent)]
    connects += [_connect("slow headers", port) for _ in range(plan.slow)]
    connects += [_stall(port, plan.export) for _ in range(plan.stallers)]
    attackers = [attacker for attacker in await asyncio.gather(*connects) if attacker]
    try:
        trickles = [_trickle(a, until) for a in attackers if a.kind == "slow headers"]
        await asyncio.gather(_watch(port, attackers, until), *trickles)
    finally:
        for attacker in attackers:
            attacker.sock.close()
    return attackers


def _closing(attackers: list[Attacker], kind: str, timeout: float, count: int) -> dict[str, Any]:
    mine = [attacker for attacker in attackers if attacker.kind == kind]
    after = sorted(a.closed - a.idle_since for a in mine if a.closed is not None)
    return {
        "planned": count,
        "connected": len(mine),
        "closed": len(after),
        "median_s": statistics.median(after) if after else None,
        "max_s": after[-1] if after else None,
        "timeout_s": timeout,
        "on_time": len(mine) == count
        and len(after) == len(mine)
        and all(timeout - 1.0 <= s <= timeout + CLOSE_SLACK for s in after),
    }


# --- scenarios ------------------------------------------------------------------------------


def hold(setup: Setup, plan: Plan) -> dict[str, Any]:
    """Stalled readers, silent and slow connections at once; a polite client throughout."""
    server = start_server(setup, plan)
    try:
        with Polite(server.port) as client:
            time.sleep(1)
            started = time.monotonic()
            until = started + plan.send_timeout + CLOSE_SLACK + 10
            attackers = asyncio.run(_attack(server.port, plan, until))
            time.sleep(1)
    finally:
        server.stop()
    return {
        "polite": client.summary(started),
        "seconds": round(time.monotonic() - started, 1),
        "silent": _closing(attackers, "silent", plan.header_timeout, plan.silent),
        "slow": _closing(attackers, "slow headers", plan.header_timeout, plan.slow),
        "stalled": _closing(attackers, "stalled reader", plan.send_timeout, plan.stallers),
    }


def _read_export(port: int, target: str, out: dict[str, Any]) -> None:
    """Read ``target`` EXPORT_READS times in a row; note the first read's first byte."""
    block = bytearray(1 << 20)
    view = memoryview(block)
    try:
        for read in range(EXPORT_READS):
            started = time.monotonic()
            connection = http.client.HTTPConnection(procs.HOST, port, timeout=120)
            connection.request("GET", target)
            response = connection.getresponse()
            # blake2b: the harness's own hashing is CPU the server's cores lose (sha256 took
            # about three times as long).
            digest = hashlib.blake2b(digest_size=16)
            first = response.read(1)
            if read == 0:
                out["first_byte_s"] = time.monotonic() - started
            digest.update(first)
            while read_bytes := response.readinto(block):
                digest.update(view[:read_bytes])
            out.setdefault("digests", set()).add(digest.hexdigest())
            out.setdefault("status", set()).add(response.status)
            out["total_s"] = max(out.get("total_s", 0.0), time.monotonic() - started)
            connection.close()
    except (OSError, http.client.HTTPException) as error:
        out["error"] = repr(error)


def exports(setup: Setup, plan: Plan) -> dict[str, Any]:
    """Concurrent first requests of the full export, read to the end (then read again, from
    its file); a polite client throughout."""
    server = start_server(setup, plan)
    reads: list[dict[str, Any]] = [{} for _ in range(plan.exports)]
    try:
        with Polite(server.port) as client:
            time.sleep(1)
            started = time.monotonic()
            threads = [
                threading.Thread(target=_read_export, args=(server.port, plan.export, out))
                for out in reads
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(300)
            ended = time.monotonic()
    finally:
        server.stop()
    firsts = sorted(read.get("first_byte_s", float("inf")) for read in reads)
    return {
        "polite": client.summary(started, ended),
        "first_byte_max_s": firsts[-1],
        "first_byte_median_s": statistics.median(firsts),
        "total_max_s": max(read.get("total_s", float("inf")) for read in reads),
        "identical": len(set().union(*(read.get("digests", {""}) for read in reads))) == 1
        and all(read.get("status") == {200} for read in reads),
        "errors": [read["error"] for read in reads if "error" in read],
    }


async def _stall_all(port: int, plan: Plan) -> list[Attacker]:
    stalls = await asyncio.gather(*(_stall(port, plan.export) for _ in range(plan.stallers)))
    return [attacker for attacker in stalls if attacker]


def sigterm(setup: Setup, plan: Plan) -> dict[str, Any]:
    """Stalled export readers, then SIGTERM to the main process: until the group is gone."""
    server = start_server(setup, plan)
    if server.process is None:
        raise RuntimeError("the server did not start")
    bound = 60.0
    stalled: list[Attacker] = []
    try:
        stalled = asyncio.run(_stall_all(server.port, plan))
        time.sleep(1)
        started = time.monotonic()
        server.process.send_signal(signal.SIGTERM)
        gone = None
        while time.monotonic() - started < bound:
            server.process.poll()
            try:
                os.killpg(server.process.pid, 0)
            except ProcessLookupError:
                gone = time.monotonic() - started
                break
            time.sleep(0.05)
    finally:
        for attacker in stalled:
            attacker.sock.close()
        server.stop()
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.process.pid, signal.SIGKILL)
    return {
        "stalled": len(stalled),
        "gone_s": gone,
        "bound_s": plan.drain + plan.grace,
        "on_time": gone is not None and gone <= plan.drain + plan.grace,
    }


SCENARIOS = {"hold": hold, "exports": exports, "sigterm": sigterm}


# --- report ---------------------------------------------------------------------------------


def _median(runs: list[dict[str, Any]], *path: str) -> Any:
    values = []
    for run in runs:
        value: Any = run
        for key in path:
            value = value[key]
        values.append(value)
    if all(isinstance(value, bool) for value in values):
        return all(values)
    numbers = [value for value in values if isinstance(value, int | float)]
    return statistics.median(numbers) if len(numbers) == len(values) else None


def _fmt(value: Any, digits: int = 1) -> str:
    if value is None:
        return "never"
    if isinstance(value, bool):
        return "yes" if value else "NO"
    if isinstance(value, float) and value == float("inf"):
        return "never"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return f"{value:,}"


def _each(runs: list[dict[str, Any]], key: str) -> str:
    """The polite client's ``key`` of the median run, in bold, then of each run."""
    each = ", ".join(_fmt(run["polite"][key]) for run in runs)
    return f"**{_fmt(_median(runs, 'polite', key))}** ({each})"


def _closing_cell(runs: list[dict[str, Any]], kind: str) -> str:
    closed = _fmt(_median(runs, kind, "closed"), 0)
    planned = _fmt(runs[0][kind]["planned"], 0)
    timeout = _fmt(runs[0][kind]["timeout_s"], 0)
    if _median(runs, kind, "median_s") is None:
        return f"{closed} of {planned} closed (timeout {timeout} s)"
    median = _fmt(_median(runs, kind, "median_s"))
    most = _fmt(_median(runs, kind, "max_s"))
    return f"{closed} of {planned} closed, after {median} s (max {most} s; timeout {timeout} s)"


def report(found: dict[str, dict[str, list[dict[str, Any]]]], plan: Plan, data: str) -> str:
    lines = [*results.machine_lines()]
    lines.append(
        f"- server: `python -m api.serve --workers 2 --threads 2` on `{data}` (what `make run` "
        f"starts), fresh for each scenario; `before` is the code before issue 18, `after` this "
        "checkout; medians of the repeats, sides run alternately"
    )
    lines.append(
        f"- hold: {plan.stallers} full-export readers that stop after 100 bytes "
        f"(`{plan.export}`), {plan.silent:,} silent connections and {plan.slow} clients sending "
        "headers one byte a second, at once; a polite client sends 20 small requests a second "
        "(each on a new connection, 5 s timeout) throughout; closing times count from a "
        "connection's opening (silent, slow) or its last read (stalled readers)"
    )
    lines.append(
        f"- exports: {plan.exports} concurrent first requests of `{plan.export}` read to the "
        f"end, then {EXPORT_READS - 1} more reads each, the polite client throughout; sigterm: "
        f"{plan.stallers} stalled export readers, SIGTERM to the main process, seconds until "
        "its whole process group is gone"
    )
    lines.append("")
    rows = []
    for side, runs in found.get("hold", {}).items():
        rows.append(
            [
                f"`{side}`",
                f"{_fmt(_median(runs, 'polite', 'requests'), 0)}",
                f"**{_fmt(_median(runs, 'polite', 'errors'), 0)}**",
                f"{_fmt(_median(runs, 'polite', 'p50_ms'))}",
                _each(runs, "p99_ms"),
                f"{_fmt(_median(runs, 'polite', 'max_ms'))}",
                _closing_cell(runs, "stalled"),
                _closing_cell(runs, "silent"),
                _closing_cell(runs, "slow"),
            ]
        )
    if rows:
        lines.append("**hold** (targets: 0 errors, p99 <= 50 ms; every connection closed on time)")
        lines.append("")
        header = ["side", "polite requests", "errors", "p50 ms", "p99 ms (each run)", "max ms"]
        header += ["stalled readers", "silent", "slow headers"]
        lines.append(results.table(header, rows))
    rows = []
    for side, runs in found.get("exports", {}).items():
        rows.append(
            [
                f"`{side}`",
                f"**{_fmt(_median(runs, 'first_byte_max_s'), 2)}**",
                f"{_fmt(_median(runs, 'first_byte_median_s'), 2)}",
                f"{_fmt(_median(runs, 'total_max_s'), 1)}",
                _fmt(_median(runs, "identical")),
                f"{_fmt(_median(runs, 'polite', 'requests'), 0)}",
                f"{_fmt(_median(runs, 'polite', 'errors'), 0)}",
                _each(runs, "p99_ms"),
                f"{_fmt(_median(runs, 'polite', 'max_ms'))}",
            ]
        )
    if rows:
        lines.append("**exports** (targets: no first byte later than 1 s; polite p99 <= 50 ms)")
        lines.append("")
        header = ["side", "first byte, slowest s", "first byte, median s", "slowest read s"]
        header += ["bodies identical", "polite requests", "polite errors"]
        header += ["polite p99 ms (each run)"]
        header += ["polite max ms"]
        lines.append(results.table(header, rows))
    rows = []
    for side, runs in found.get("sigterm", {}).items():
        gone = [run["gone_s"] for run in runs]
        rows.append(
            [
                f"`{side}`",
                f"{_fmt(_median(runs, 'stalled'), 0)}",
                ", ".join(_fmt(value) for value in gone) + " s",
                f"{_fmt(runs[0]['bound_s'])} s",
            ]
        )
    if rows:
        lines.append("**sigterm** (target: the process group gone within drain + 5 s)")
        lines.append("")
        header = ["side", "stalled readers", "process group gone after (each run)", "bound"]
        lines.append(results.table(header, rows))
    lines.append(
        "Noise: one shared 2-core machine runs the server, the attacking sockets, the readers "
        "and the polite client; the polite client's p99 over a scenario's few dozen requests "
        "(exports: the second of a few seconds) is about its slowest request, and moves with "
        "the neighbours' load. `never`: not within the scenario's bound (hold: the send "
        "timeout and 15 s more; sigterm: 60 s, after which the harness kills the group)."
    )
    return "\n".join(lines) + "\n"


def missed(found: dict[str, dict[str, list[dict[str, Any]]]], plan: Plan) -> list[str]:
    """Return the targets this checkout (``after``) missed."""
    misses = []
    for run in found.get("hold", {}).get("after", []):
        if run["polite"]["errors"] or run["polite"]["p99_ms"] > plan.polite_p99_ms:
            misses.append(f"hold: polite client {run['polite']}")
        for kind in ("silent", "slow", "stalled"):
            if not run[kind]["on_time"]:
                misses.append(f"hold: {kind} {run[kind]}")
    for run in found.get("exports", {}).get("after", []):
        if run["first_byte_max_s"] > 1.0 or not run["identical"] or run["errors"]:
            misses.append(f"exports: {run}")
        if run["polite"]["errors"] or run["polite"]["p99_ms"] > plan.polite_p99_ms:
            misses.append(f"exports: polite client {run['polite']}")
    for run in found.get("sigterm", {}).get("after", []):
        if not run["on_time"]:
            misses.append(f"sigterm: {run}")
    return misses


# --- main -----------------------------------------------------------------------------------


def synthetic_corpus(where: Path, scale: int) -> dict[str, str]:
    """Write a corpus of ``scale`` copies and build its snapshot, both under ``where``;
    return the settings that serve it."""
    env = {"FLASK_DATA_DIR": str(where / "data"), "FLASK_SNAPSHOT_DIR": str(where / "snapshots")}
    synth = [sys.executable, "-m", "bench.synth", env["FLASK_DATA_DIR"], "--scale", str(scale)]
    subprocess.run(synth, cwd=procs.ROOT, check=True, stdout=subprocess.DEVNULL)
    subprocess.run(
        [str(Path(sys.executable).parent / "flask"), "--app", "api", "build-snapshot"],
        cwd=procs.ROOT,
        env={**os.environ, **env},
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return env


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.abuse", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--data", type=Path, help="the corpus (FLASK_DATA_DIR), snapshot built")
    parser.add_argument("--before", type=Path, help="a checkout of the code to compare with")
    parser.add_argument("--scenarios", default=",".join(SCENARIOS), help="comma-separated")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--short", action="store_true", help="CI: small, quick, exit 1 on a miss")
    parser.add_argument("--write", action="store_true", help="write bench/results.md")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    # A stop (CI's timeout, Ctrl-C) unwinds: every finally stops what it started.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    plan = SHORT if args.short else Plan()
    needed = plan.silent + plan.slow + plan.stallers + 64
    if hard < needed:
        print(f"needs {needed} open files; the hard limit is {hard}", file=sys.stderr)
        return 2
    scratch = Path(tempfile.mkdtemp(prefix="dossier-abuse-"))
    try:
        if args.data is None:
            env = synthetic_corpus(scratch, 100 if args.short else 1000)
        else:
            env = {"FLASK_DATA_DIR": str(args.data)}
        sides = {"after": procs.ROOT}
        if args.before is not None:
            sides = {"before": args.before.resolve(), **sides}
        repeats = 1 if args.short else args.repeats
        found: dict[str, dict[str, list[dict[str, Any]]]] = {}
        for name in args.scenarios.split(","):
            for repeat in range(repeats):
                for side, root in sides.items():
                    setup = Setup(root, env, scratch, ours=side == "after")
                    run = SCENARIOS[name](setup, plan)
                    found.setdefault(name, {}).setdefault(side, []).append(run)
                    print(f"{name} {side} #{repeat + 1}: {run}", flush=True)
        text = report(found, plan, str(args.data or "a synthetic corpus"))
        print(text)
        if args.write:
            results.write_section("abuse", "## Clients that would hold a node\n\n" + text)
        misses = missed(found, plan)
        for miss in misses:
            print(f"MISSED {miss}", file=sys.stderr)
        return 1 if misses else 0
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

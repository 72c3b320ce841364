"""Run wrk against a loopback URL and read back the numbers the Lua script prints."""

from __future__ import annotations

import dataclasses
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from bench.endpoints import Case
from bench.procs import HOST, Server

SCRIPT = Path(__file__).resolve().parent / "wrk_report.lua"
INSTALL_HINT = (
    "wrk is not installed. Install it (Debian package `wrk`):\n"
    "    apt-get update && apt-get install -y wrk\n"
    "(as root, or with sudo)."
)


class WrkMissing(RuntimeError):
    """wrk is not on PATH."""


def wrk_path() -> str:
    """Return wrk's path, or raise WrkMissing with how to install it."""
    path = shutil.which("wrk")
    if path is None:
        raise WrkMissing(INSTALL_HINT)
    return path


def available() -> bool:
    """Return whether wrk is on PATH; if not, say how to install it on standard error."""
    try:
        wrk_path()
    except WrkMissing as missing:
        print(missing, file=sys.stderr)
        return False
    return True


def wrk_version() -> str:
    out = subprocess.run([wrk_path(), "-v"], capture_output=True, text=True).stdout
    return out.splitlines()[0].split(" Copyright")[0].strip() if out else "unknown"


@dataclass(frozen=True)
class WrkRun:
    """One wrk run: totals, socket errors and latency percentiles."""

    requests: int
    duration_us: int
    bytes: int
    unexpected: int
    connect: int
    read: int
    write: int
    status: int
    timeout: int
    p50_us: int
    p90_us: int
    p99_us: int
    max_us: int
    mean_us: float
    #: CPU seconds the server's processes used during the run (filled in by run_on).
    server_cpu_s: float = 0.0
    #: Share of the machine's CPU time that neither the server nor wrk used while it ran:
    #: other tenants' work, the noise in the numbers (filled in by run_on).
    foreign_cpu: float = 0.0

    @property
    def cpu_us_per_request(self) -> float:
        return self.server_cpu_s / self.requests * 1e6 if self.requests else 0.0

    @property
    def rps(self) -> float:
        return self.requests / (self.duration_us / 1e6) if self.duration_us else 0.0

    @property
    def socket_errors(self) -> int:
        return self.connect + self.read + self.write + self.timeout

    @property
    def wrong_status(self) -> int:
        """Responses that were not the expected 200/304 (wrk's own >= 400 count included)."""
        return max(self.unexpected, self.status)


def machine_busy_seconds() -> tuple[float, float]:
    """CPU seconds the whole machine has been busy and has existed (all cores), from /proc/stat."""
    fields = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle, iowait
    ticks = os.sysconf("SC_CLK_TCK")
    return (sum(fields[:8]) - idle) / ticks, sum(fields[:8]) / ticks


def _children_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_on(server: Server, case: Case, seconds: float, connections: int, threads: int) -> WrkRun:
    """Load one benchmarked request on a harness server; record CPU time and foreign load."""
    before = server.cpu_seconds()
    busy_before, total_before = machine_busy_seconds()
    wrk_before = _children_cpu_seconds()
    result = run(
        f"http://{HOST}:{server.port}{case.target}",
        seconds,
        connections=connections,
        threads=threads,
        expected_status=case.status,
        if_none_match=case.if_none_match,
        accept_encoding=case.accept_encoding,
    )
    server_cpu = server.cpu_seconds() - before
    busy_after, total_after = machine_busy_seconds()
    own = server_cpu + _children_cpu_seconds() - wrk_before
    foreign = (busy_after - busy_before - own) / max(total_after - total_before, 1e-9)
    return dataclasses.replace(result, server_cpu_s=server_cpu, foreign_cpu=max(foreign, 0.0))


def run(
    url: str,
    seconds: float,
    connections: int = 32,
    threads: int = 2,
    expected_status: int = 200,
    if_none_match: str = "",
    timeout_s: int = 5,
    accept_encoding: str = "",
) -> WrkRun:
    """Load ``url`` with wrk for ``seconds`` and return what it measured."""
    argv = [
        wrk_path(),
        f"--threads={threads}",
        f"--connections={connections}",
        f"--duration={max(1, round(seconds))}s",
        f"--timeout={timeout_s}s",
        "--latency",
        f"--script={SCRIPT}",
        url,
        "--",
        str(expected_status),
        if_none_match,
        accept_encoding,
    ]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=seconds + 60)
    for line in done.stdout.splitlines():
        if line.startswith("BENCH_JSON "):
            return WrkRun(**json.loads(line.removeprefix("BENCH_JSON ")))
    output = done.stdout + done.stderr
    raise RuntimeError(f"wrk printed no result (exit {done.returncode}):\n{output}")


@dataclass(frozen=True)
class Summary:
    """Medians over repeated runs of one URL on one server, and the summed failures."""

    runs: int
    rps: float
    p50_ms: float
    p99_ms: float
    socket_errors: int
    wrong_status: int
    spread: float  # (max - min) / median of requests/s, a noise indicator
    cpu_us: float  # server CPU time per request, microseconds
    foreign_cpu: float  # median share of the machine's CPU used by others during the runs

    @classmethod
    def of(cls, runs: list[WrkRun]) -> Summary:
        rps = [run.rps for run in runs]
        median = statistics.median(rps)
        return cls(
            runs=len(runs),
            rps=median,
            p50_ms=statistics.median(run.p50_us for run in runs) / 1000,
            p99_ms=statistics.median(run.p99_us for run in runs) / 1000,
            socket_errors=sum(run.socket_errors for run in runs),
            wrong_status=sum(run.wrong_status for run in runs),
            spread=(max(rps) - min(rps)) / median if median else 0.0,
            cpu_us=statistics.median(run.cpu_us_per_request for run in runs),
            foreign_cpu=statistics.median(run.foreign_cpu for run in runs),
        )

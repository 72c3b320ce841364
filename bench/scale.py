"""How Dossier's costs grow with the corpus, on its SQLite snapshot: build, start, memory, latency.

For the real dataset and synthetic corpora of N times its size (``bench.synth``), as a
user would: ``make snapshot`` (``flask build-snapshot``) then ``make run``
(``python -m api.serve``, 2 workers x 2 threads) with ``FLASK_DATA_DIR`` on the corpus.
It measures, side by side in one run:

- the snapshot build (seconds, file size), unless one is already built (``--rebuild``);
- start-up with a built snapshot: process start to the first 200 on /healthz (median);
- the first request of each of five URLs in a fresh server, response cache off (median);
- under wrk, the sorted speaker query with the response cache off: req/s and p99;
- after the load runs, each process's private memory (USS: Private_Clean + Private_Dirty
  of /proc/PID/smaps_rollup) and RSS (which also counts file pages shared through the
  page cache).

    .venv/bin/python -m bench.scale                  # real, 1000x, 10000x; writes results.md
    .venv/bin/python -m bench.scale --scales 10 --smoke   # quick check, no results.md
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from bench import procs, results, synth, wrk
from bench.endpoints import Case
from bench.wrk import Summary

#: The five URLs whose first request in a fresh process is timed.
FIRST_REQUESTS = (
    "/v1/statements?speaker=emmanuel-macron&sort=-said_on",
    "/v1/statements?q=escalation",
    "/v1/statements?speaker=emmanuel-macron&topic=diplomacy&said_from=2022-02-08",
    "/v1/statements?q=putin&sort=-said_on&offset=500",
    "/v1/actors?q=pres&kind=person",
)
#: What the load runs ask for, the uncached p99 target first.
LOADED = FIRST_REQUESTS[0]
UNCACHED = {"FLASK_RESPONSE_CACHE_BYTES": "0"}
TARGET_STARTUP_S = 1.0
TARGET_USS_MIB = 100.0
TARGET_FIRST_MS = 50.0
TARGET_FIRST_SEARCH_MS = 150.0
TARGET_P99_MS = 10.0
TARGET_BUILD_S = 120.0
#: The in-memory engine before the SQLite snapshot (make run, 2 workers): the "before" line.
BEFORE = {
    "1000x": "4.8 s start-up; RSS 315 + 315-330 MiB; first speaker query 0.42 s, first "
    "q=escalation 0.33 s",
    "10000x": "59-64 s start-up; RSS 2.7 GiB + 2.7-2.8 GiB; first speaker query 6.6 s, first "
    "q=escalation 5.0 s",
}


@dataclass(frozen=True)
class Memory:
    """A process's memory, in MiB."""

    uss: float
    rss: float

    @classmethod
    def of(cls, pid: int) -> Memory:
        fields: dict[str, int] = {}
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
            name, _, rest = line.partition(":")
            fields[name] = int(rest.split()[0])
        return cls((fields["Private_Clean"] + fields["Private_Dirty"]) / 1024, fields["Rss"] / 1024)

    def __str__(self) -> str:
        return f"{self.uss:.0f} ({self.rss:.0f})"


@dataclass(frozen=True)
class Measured:
    name: str
    statements: int
    build_s: float | None
    file_mib: float
    startup_s: float
    first_ms: dict[str, float]
    #: Under wrk, per number of connections.
    loaded: dict[int, Summary]
    main: Memory
    workers: list[Memory]


def flask(*args: str, env: dict[str, str] | None = None) -> str:
    """Run a flask command of the app; return what it printed."""
    done = subprocess.run(
        [str(procs.BIN / "flask"), "--app", "api", *args],
        cwd=procs.ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def snapshot(data_dir: Path, rebuild: bool) -> tuple[float | None, Path]:
    """Build the corpus's snapshot where `make run` looks for it; time it if it was built."""
    env = {"FLASK_DATA_DIR": str(data_dir)}
    started = time.perf_counter()
    line = flask("build-snapshot", env=env).strip().splitlines()[-1]
    if line.startswith("up to date: "):
        path = Path(line.removeprefix("up to date: "))
        if not rebuild:
            return None, path
        path.unlink()
        started = time.perf_counter()
        line = flask("build-snapshot", env=env).strip().splitlines()[-1]
    return time.perf_counter() - started, Path(line.split()[1])


def statement_count(path: Path) -> int:
    """Return how many statements a snapshot holds, from its metadata."""
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        (counts,) = connection.execute("SELECT value FROM meta WHERE key = 'counts'").fetchone()
    return int(json.loads(counts)["statements"])


def server(data_dir: Path, env: dict[str, str]) -> procs.Server:
    port = procs.free_port()
    argv = procs.command(procs.PRESETS[procs.DEFAULT_PRESET], port, procs.DOSSIER_FACTORY)
    return procs.Server("dossier", argv, port, {"FLASK_DATA_DIR": str(data_dir), **env})


def startup(data_dir: Path, starts: int) -> float:
    """Median seconds from process start to the first 200 on /healthz."""
    times = []
    for _ in range(starts):
        with server(data_dir, {}) as running:
            times.append(running.wait_ready(timeout=120))
    return statistics.median(times)


def first_requests(
    data_dir: Path, starts: int, urls: tuple[str, ...] = FIRST_REQUESTS
) -> dict[str, float]:
    """Median milliseconds of each URL's first request in a fresh server, cache off."""
    times: dict[str, list[float]] = {url: [] for url in urls}
    for _ in range(starts):
        for url in urls:
            with server(data_dir, UNCACHED) as running:
                running.wait_ready(timeout=120)
                running.wait_idle()
                started = time.perf_counter()
                status, _ = procs.get(running.port, url)
                times[url].append((time.perf_counter() - started) * 1000)
                if status != 200:
                    raise RuntimeError(f"{url} answered {status}")
    return {url: statistics.median(values) for url, values in times.items()}


def measure(name: str, data_dir: Path, args: argparse.Namespace) -> Measured:
    build_s, path = snapshot(data_dir, args.rebuild)
    print(f"  {name}: snapshot {path.name} ({path.stat().st_size / 2**20:.0f} MiB)", flush=True)
    statements = statement_count(path)
    started = startup(data_dir, args.starts)
    first = first_requests(data_dir, args.starts)
    with server(data_dir, UNCACHED) as running:
        running.wait_ready(timeout=120)
        running.wait_idle()
        for url in FIRST_REQUESTS:  # every worker has run every query before the load
            wrk.run_on(running, Case(url, url), 1, 4, args.wrk_threads)
        loaded = Case(LOADED, LOADED)
        runs = {
            connections: [
                wrk.run_on(running, loaded, args.duration, connections, args.wrk_threads)
                for _ in range(args.repeats)
            ]
            for connections in args.connections
        }
        if running.process is None:
            raise RuntimeError(f"{running.name} was not started")
        main = Memory.of(running.process.pid)
        workers = [Memory.of(pid) for pid in running.worker_pids()]
    return Measured(
        name,
        statements,
        build_s,
        path.stat().st_size / 2**20,
        started,
        first,
        {connections: Summary.of(done) for connections, done in runs.items()},
        main,
        workers,
    )


def render(measured: list[Measured], args: argparse.Namespace) -> str:
    header = [
        "corpus",
        "statements",
        "snapshot build s / MiB",
        "start-up s",
        *(f"first `{url}` ms" for url in FIRST_REQUESTS),
        *(
            f"uncached sorted speaker query, {n} connections: req/s, p99 ms"
            for n in args.connections
        ),
        "main USS (RSS) MiB",
        "workers USS (RSS) MiB",
        "errors",
    ]
    rows = []
    for m in measured:
        build = "built before" if m.build_s is None else f"{m.build_s:.0f}"
        rows.append(
            [
                m.name,
                f"{m.statements:,}",
                f"{build} / {m.file_mib:,.0f}",
                f"**{m.startup_s:.2f}**",
                *(f"{m.first_ms[url]:.1f}" for url in FIRST_REQUESTS),
                *(
                    f"{m.loaded[n].rps:,.0f}, **{m.loaded[n].p99_ms:.2f}**"
                    for n in args.connections
                ),
                str(m.main),
                " / ".join(str(worker) for worker in m.workers),
                " / ".join(
                    f"{m.loaded[n].socket_errors} socket, {m.loaded[n].wrong_status} status"
                    for n in args.connections
                ),
            ]
        )
    largest = measured[-1]
    searches = [url for url in FIRST_REQUESTS if "q=" in url]
    verdicts = [
        f"start-up {max(m.startup_s for m in measured):.2f} s at worst (target <= "
        f"{TARGET_STARTUP_S:g} s at every scale)",
        f"USS {max(max(w.uss for w in m.workers) for m in measured):.0f} MiB per worker and "
        f"{max(m.main.uss for m in measured):.0f} MiB main at worst (target <= "
        f"{TARGET_USS_MIB:g} MiB)",
        f"first requests at {largest.name}: "
        f"{max(v for u, v in largest.first_ms.items() if u not in searches):.1f} ms without "
        f"`q` (target <= {TARGET_FIRST_MS:g}), "
        f"{max(largest.first_ms[u] for u in searches):.1f} ms with `q` (target <= "
        f"{TARGET_FIRST_SEARCH_MS:g})",
        f"uncached p99 at {largest.name}: {largest.loaded[args.connections[0]].p99_ms:.2f} ms "
        f"with {args.connections[0]} connections, one per server thread (target <= "
        f"{TARGET_P99_MS:g}); with {args.connections[-1]}, requests queue behind each other",
    ]
    if largest.build_s is not None:
        verdicts.append(
            f"build at {largest.name}: {largest.build_s:.0f} s, {largest.file_mib:,.0f} MiB "
            f"(target <= {TARGET_BUILD_S:g} s)"
        )
    settings = [
        "- server: `python -m api.serve --workers 2 --threads 2` (what `make run` starts), "
        "`FLASK_DATA_DIR` on the corpus, its snapshot built by `flask build-snapshot` (what "
        "`make snapshot`, and `make run` before serving, run)",
        f"- start-up: median of {args.starts} starts, process start to the first 200 on "
        "/healthz; first requests: each URL alone in a fresh server with the response cache "
        f"off, once every worker has started, median of {args.starts}",
        f"- load: wrk, {args.wrk_threads} threads, "
        f"{' and '.join(str(n) for n in args.connections)} connections, "
        f"{args.duration:g} s x {args.repeats} runs (medians) of `{LOADED}` with the "
        "response cache off, after 1 s of each of the five URLs; memory read after the runs "
        "from /proc/PID/smaps_rollup (USS = Private_Clean + Private_Dirty)",
        "- before (in-memory engine, issue 8): "
        + "; ".join(f"{name}: {text}" for name, text in BEFORE.items()),
        "- " + "; ".join(verdicts),
    ]
    return (
        "## Scale\n\n"
        + "\n".join(results.machine_lines() + settings)
        + "\n\n"
        + results.table(header, rows)
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.scale", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--scales", default="1000,10000", help="comma-separated sizes")
    parser.add_argument(
        "--corpora",
        type=Path,
        default=Path(tempfile.gettempdir()) / "dossier-corpora",
        help="where the synthetic corpora are written",
    )
    parser.add_argument("--rebuild", action="store_true", help="build (and time) every snapshot")
    parser.add_argument("--starts", type=int, default=3)
    parser.add_argument("--duration", type=float, default=10.0)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument(
        "--connections",
        type=lambda text: [int(n) for n in text.split(",")],
        default=[4, 32],
        help="wrk connections of each load run, comma-separated; the first is the target's",
    )
    parser.add_argument("--wrk-threads", type=int, default=2)
    parser.add_argument("--smoke", action="store_true", help="1 start, 1 s runs, no results.md")
    args = parser.parse_args(argv)
    if args.smoke:
        args.starts, args.duration, args.repeats = 1, 1, 1
    if not wrk.available():
        return 2
    corpora = [("real", synth.DATA_DIR)]
    for scale in (int(value) for value in args.scales.split(",") if value.strip()):
        path = args.corpora / f"x{scale}"
        if not (path / "aid_figures.json").exists():
            synth.generate(path, scale)
        corpora.append((f"{scale}x", path))
    measured = [measure(name, path, args) for name, path in corpora]
    text = render(measured, args)
    print()
    print(text)
    if not args.smoke:
        print(f"written to {results.write_section('scale', text)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

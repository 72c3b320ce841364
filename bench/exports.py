"""Facets and exports at scale: a faceted page's first answer, and a CSV export of everything.

On the real dataset and a synthetic corpus (``bench.synth``, 10,000x by default), with the
server started as ``make run`` starts it (``python -m api.serve``, 2 workers x 2 threads) on
the corpus's snapshot, the response cache off:

- the first request of each faceted URL in a fresh server (median of ``--starts``);
- a CSV and an NDJSON export of every statement, read as it streams: records per second,
  and the serving worker's memory (RSS and USS, sampled every 50 ms) above what it held
  before the export (medians of ``--repeats``).

    .venv/bin/python -m bench.exports                    # real and 10000x; writes results.md
    .venv/bin/python -m bench.exports --scales 10 --smoke
"""

from __future__ import annotations

import argparse
import http.client
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from bench import procs, results, synth
from bench.scale import UNCACHED, Memory, first_requests, server, snapshot, statement_count

#: Faceted pages whose first answer is timed; the first is the target's.
FACETED = (
    "/v1/statements?facets=speaker,topic,speech_type",
    "/v1/statements?facets=speaker,topic,speech_type&topic=diplomacy",
    "/v1/statements?facets=speaker,topic,speech_type&q=escalation",
)
EXPORTS = ("/v1/statements.csv", "/v1/statements.ndjson")
TARGET_FACETS_MS = 100.0
TARGET_RECORDS_PER_S = 50_000.0
TARGET_GROWTH_MIB = 20.0
SAMPLE_S = 0.05


@dataclass(frozen=True)
class Export:
    """One export read to its end: records, seconds, bytes, and the worker's memory growth."""

    records: int
    seconds: float
    mib: float
    rss_growth: float
    uss_growth: float

    @property
    def per_second(self) -> float:
        return self.records / self.seconds


def _workers_memory(pids: list[int]) -> dict[int, Memory]:
    return {pid: Memory.of(pid) for pid in pids}


def export(port: int, workers: list[int], url: str) -> Export:
    """Read one export as it streams, sampling every worker's memory meanwhile."""
    before = _workers_memory(workers)
    peak = dict(before)
    done = threading.Event()

    def sample() -> None:
        while not done.wait(SAMPLE_S):
            for pid, memory in _workers_memory(workers).items():
                if memory.rss > peak[pid].rss:
                    peak[pid] = Memory(max(memory.uss, peak[pid].uss), memory.rss)
                elif memory.uss > peak[pid].uss:
                    peak[pid] = Memory(memory.uss, peak[pid].rss)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    connection = http.client.HTTPConnection(procs.HOST, port, timeout=300)
    lines = size = 0
    started = time.perf_counter()
    try:
        connection.request("GET", url)
        response = connection.getresponse()
        if response.status != 200:
            raise RuntimeError(f"{url} answered {response.status}")
        while chunk := response.read(1 << 16):
            lines += chunk.count(b"\n")
            size += len(chunk)
    finally:
        seconds = time.perf_counter() - started
        connection.close()
        done.set()
        sampler.join()
    # CSV: a header row; quoted cells may hold line ends, which the corpus's texts do not.
    records = lines - 1 if url.endswith(".csv") else lines
    return Export(
        records,
        seconds,
        size / 2**20,
        max(peak[pid].rss - before[pid].rss for pid in workers),
        max(peak[pid].uss - before[pid].uss for pid in workers),
    )


def exports(data_dir: Path, repeats: int) -> dict[str, list[Export]]:
    """Each export, ``repeats`` times, from one server (cache off) after a warm-up page."""
    measured: dict[str, list[Export]] = {url: [] for url in EXPORTS}
    with server(data_dir, UNCACHED) as running:
        running.wait_ready(timeout=120)
        running.wait_idle()
        for _ in range(4):  # every worker thread has answered once
            procs.get(running.port, "/v1/statements?limit=100")
        workers = running.worker_pids()
        for _ in range(repeats):
            for url in EXPORTS:
                measured[url].append(export(running.port, workers, url))
    return measured


def render(rows: list[tuple[str, int, dict[str, float], dict[str, list[Export]]]]) -> str:
    header = [
        "corpus",
        "statements",
        *(f"first `{url}` ms" for url in FACETED),
        *(f"`{url}`: records/s, MiB, s" for url in EXPORTS),
        *(f"`{url}`: worker growth RSS / USS MiB" for url in EXPORTS),
    ]
    body = []
    for name, statements, faceted, measured in rows:
        cells = [name, f"{statements:,}"]
        cells += [f"**{faceted[FACETED[0]]:.1f}**"] + [f"{faceted[u]:.1f}" for u in FACETED[1:]]
        for url in EXPORTS:
            runs = measured[url]
            cells.append(
                f"**{statistics.median(r.per_second for r in runs):,.0f}**, "
                f"{statistics.median(r.mib for r in runs):,.0f}, "
                f"{statistics.median(r.seconds for r in runs):.1f}"
            )
        for url in EXPORTS:
            runs = measured[url]
            cells.append(
                f"**{max(r.rss_growth for r in runs):.1f}** / {max(r.uss_growth for r in runs):.1f}"
            )
        body.append(cells)
    largest = rows[-1]
    csv_runs = largest[3][EXPORTS[0]]
    notes = [
        *results.machine_lines(),
        "- server: `python -m api.serve --workers 2 --threads 2` (what `make run` starts), "
        "`FLASK_DATA_DIR` on the corpus, response cache off (`FLASK_RESPONSE_CACHE_BYTES=0`)",
        "- faceted pages: the first request of each URL in a fresh server, once every worker has "
        "started; median of the starts",
        "- exports: read to the end over one connection as they stream, after a warm-up page per "
        "server thread; records/s, size and time are medians, memory growth the largest over "
        "the repeats: the serving worker's peak (sampled every 50 ms) minus what it held before",
        f"- at {largest[0]}: faceted page {largest[2][FACETED[0]]:.1f} ms (target <= "
        f"{TARGET_FACETS_MS:.0f}); CSV export "
        f"{statistics.median(r.per_second for r in csv_runs):,.0f} records/s (target >= "
        f"{TARGET_RECORDS_PER_S:,.0f}), worker RSS growth "
        f"{max(r.rss_growth for r in csv_runs):.1f} MiB at most (target <= "
        f"{TARGET_GROWTH_MIB:.0f})",
    ]
    return "## Facets and exports\n\n" + "\n".join(notes) + "\n\n" + results.table(header, body)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.exports", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--scales", default="10000", help="comma-separated sizes")
    parser.add_argument(
        "--corpora",
        type=Path,
        default=Path(tempfile.gettempdir()) / "dossier-corpora",
        help="where the synthetic corpora are written",
    )
    parser.add_argument("--starts", type=int, default=3)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--smoke", action="store_true", help="1 start, 1 export, no results.md")
    args = parser.parse_args(argv)
    if args.smoke:
        args.starts, args.repeats = 1, 1
    corpora = [("real", synth.DATA_DIR)]
    for scale in (int(value) for value in args.scales.split(",") if value.strip()):
        path = args.corpora / f"x{scale}"
        if not (path / "aid_figures.json").exists():
            synth.generate(path, scale)
        corpora.append((f"{scale}x", path))
    rows = []
    for name, path in corpora:
        _, built = snapshot(path, rebuild=False)
        print(f"  {name}: snapshot {built.name}", flush=True)
        rows.append((name, statement_count(built), first_requests(path, args.starts, FACETED),
                     exports(path, args.repeats)))  # fmt: skip
    text = render(rows)
    print()
    print(text)
    if not args.smoke:
        print(f"written to {results.write_section('exports', text)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

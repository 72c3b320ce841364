"""How Dossier's costs grow with the corpus: start-up, memory per worker, filtered-query p99.

For the real dataset and synthetic corpora of 10x, 100x and 1000x its size (made with
``bench.synth``), starts Dossier with its production server and ``FLASK_DATA_DIR`` on
the corpus, and measures:

- start-up: process start to the first 200 on /healthz (median of several starts), and
  ``create_app()`` alone in a fresh interpreter (imports, load and checks, rendering);
- resident memory (VmRSS from /proc) of each worker after the load runs;
- p99 and req/s of ``/v1/statements?speaker=<the busiest speaker>&sort=-said_on`` under
  wrk, with the response cache on (as deployed: repeated requests are cache hits) and off
  (every request runs the query: indexes or scans show here).

    .venv/bin/python -m bench.scale           # real, 10x, 100x, 1000x; writes results.md
    .venv/bin/python -m bench.scale --smoke   # real and 10x, 1 s runs, no results.md
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import orjson

from bench import procs, results, synth, wrk
from bench.endpoints import Case
from bench.wrk import Summary

TARGET_STARTUP_S = 5.0
TARGET_RSS_MIB = 500.0
TARGET_P99_FACTOR = 2.0
_CREATE_APP = """
import json, time
started = time.perf_counter()
import api
imported = time.perf_counter()
app = api.create_app()
done = time.perf_counter()
times = {"import_s": imported - started, "create_app_s": done - imported}
rss = lambda: int(open("/proc/self/status").read().split("VmRSS:")[1].split()[0]) / 1024
started_rss = rss()
client = app.test_client()
for collection in ("statements", "actors", "articles", "aid-figures"):
    offset, total = 0, 1
    while offset < total:
        page = json.loads(client.get(f"/v1/{collection}?limit=100&offset={offset}").data)
        for item in page["items"]:
            client.get(f"/v1/{collection}/{item['id']}")
        offset, total = offset + 100, page["total"]
walked = {"rss_started_mib": started_rss, "rss_walked_mib": rss()}
print(json.dumps({**times, **walked, "config": sorted(app.config)}))
"""


@dataclass(frozen=True)
class Corpus:
    name: str
    path: Path
    counts: dict[str, int]
    megabytes: float
    speaker: str
    speaker_statements: int


@dataclass(frozen=True)
class Measured:
    corpus: Corpus
    startup_s: float
    import_s: float
    create_app_s: float
    worker_rss_mib: list[float]
    master_rss_mib: float
    walked_rss_mib: float
    cached: Summary
    uncached: Summary


def describe(name: str, path: Path) -> Corpus:
    """Count a corpus's records and find the speaker with the most statements."""
    counts = {
        collection: len(orjson.loads((path / f"{collection}.json").read_bytes()))
        for collection in synth.COLLECTIONS
    }
    statements = orjson.loads((path / "statements.json").read_bytes())
    speakers = Counter(statement["speaker"] for statement in statements)
    speaker, many = min(speakers.items(), key=lambda item: (-item[1], item[0]))
    size = sum((path / f"{collection}.json").stat().st_size for collection in synth.COLLECTIONS)
    return Corpus(name, path, counts, size / 2**20, speaker, many)


def create_app_times(path: Path, uncached_env: str) -> tuple[float, float, float]:
    """Seconds to import the app and to run create_app() on the corpus, in a new interpreter,
    and its RSS in MiB once every page and every record has been asked for (all rendered,
    the response cache as full as that makes it): the most a worker grows to.

    Also checks that the app knows the setting that turns its response cache off.
    """
    env = {**os.environ, "FLASK_DATA_DIR": str(path)}
    out = subprocess.run(
        [sys.executable, "-c", _CREATE_APP],
        cwd=procs.ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    times = json.loads(out.strip().splitlines()[-1])
    setting = uncached_env.partition("=")[0].removeprefix("FLASK_")
    if setting not in times["config"]:
        raise SystemExit(f"the app has no setting {setting}: fix --uncached-env")
    return times["import_s"], times["create_app_s"], times["rss_walked_mib"]


def start(template: str, path: Path, extra_env: dict[str, str]) -> tuple[procs.Server, float]:
    port = procs.free_port()
    env = {"FLASK_DATA_DIR": str(path), **extra_env}
    server = procs.Server(
        "dossier", procs.command(template, port, procs.DOSSIER_FACTORY), port, env
    )
    server.start()
    try:
        return server, server.wait_ready(timeout=300)
    except BaseException:
        server.stop()
        raise


@dataclass
class Running:
    """One corpus's servers, cached and uncached, and what was measured at their start."""

    corpus: Corpus
    case: Case
    startup_s: float
    import_s: float
    create_app_s: float
    walked_rss_mib: float
    cached: procs.Server
    uncached: procs.Server


def start_corpus(corpus: Corpus, args: argparse.Namespace, template: str) -> Running:
    """Time the start-ups, then leave a cached and an uncached server running."""
    target = f"/v1/statements?speaker={corpus.speaker}&sort=-said_on"
    import_s, create_s, walked_rss = create_app_times(corpus.path, args.uncached_env)
    startups = []
    for _ in range(args.starts - 1):
        server, seconds = start(template, corpus.path, {})
        server.stop()
        startups.append(seconds)
    cached, seconds = start(template, corpus.path, {})
    startups.append(seconds)
    key, _, value = args.uncached_env.partition("=")
    try:
        cached.wait_idle()
        uncached, _ = start(template, corpus.path, {key: value})
    except BaseException:
        cached.stop()
        raise
    uncached.wait_idle()
    return Running(
        corpus,
        Case(target, target),
        statistics.median(startups),
        import_s,
        create_s,
        walked_rss,
        cached,
        uncached,
    )


def load_all(running: list[Running], args: argparse.Namespace) -> list[Measured]:
    """Load every server in turn, rotating the order each round, so noise falls on all."""
    servers = [(r, server) for r in running for server in (r.cached, r.uncached)]
    runs: dict[int, list[wrk.WrkRun]] = {id(server): [] for _, server in servers}
    if args.warmup > 0:
        for r, server in servers:
            wrk.run_on(server, r.case, args.warmup, args.connections, args.wrk_threads)
    for round_number in range(args.repeats):
        shift = round_number % len(servers)
        for r, server in servers[shift:] + servers[:shift]:
            runs[id(server)].append(
                wrk.run_on(server, r.case, args.duration, args.connections, args.wrk_threads)
            )
    measured = []
    for r in running:
        workers = r.cached.worker_pids()
        assert r.cached.process is not None
        master = r.cached.process.pid
        measured.append(
            Measured(
                r.corpus,
                r.startup_s,
                r.import_s,
                r.create_app_s,
                [procs.rss_mib(pid) for pid in workers],
                procs.rss_mib(master) if workers != [master] else 0.0,
                r.walked_rss_mib,
                Summary.of(runs[id(r.cached)]),
                Summary.of(runs[id(r.uncached)]),
            )
        )
    return measured


def render(measured: list[Measured], args: argparse.Namespace, template: str) -> str:
    base = measured[0]
    rows = []
    for m in measured:
        c = m.corpus
        rows.append(
            [
                c.name,
                f"{c.counts['statements']:,} / {c.counts['actors']:,} / "
                f"{c.counts['articles']:,} / {c.counts['aid_figures']:,}",
                f"{c.megabytes:.1f}",
                f"**{m.startup_s:.2f}**",
                f"{m.import_s:.2f} + {m.create_app_s:.2f}",
                "**" + " / ".join(f"{rss:.0f}" for rss in m.worker_rss_mib) + "**",
                f"{m.master_rss_mib:.0f}",
                f"{m.walked_rss_mib:.0f}",
                f"`{c.speaker}` ({c.speaker_statements:,})",
                f"{m.cached.p99_ms:.2f} ({m.cached.p99_ms / base.cached.p99_ms:.2f}x)",
                f"**{m.uncached.p99_ms:.2f} ({m.uncached.p99_ms / base.uncached.p99_ms:.2f}x)**",
                f"{m.cached.rps:,.0f} / {m.uncached.rps:,.0f}",
                str(sum(s.socket_errors + s.wrong_status for s in (m.cached, m.uncached))),
            ]
        )
    header = [
        "corpus",
        "statements / actors / articles / aid figures",
        "data MB",
        "start-up s",
        "import + create_app s",
        "RSS per worker MiB",
        "master MiB",
        "RSS all rendered MiB",
        "filtered by speaker (matches)",
        "p99 ms cached (x real)",
        "p99 ms uncached (x real)",
        "req/s cached / uncached",
        "errors",
    ]
    largest = measured[-1]
    verdicts = [
        f"start-up {largest.startup_s:.2f} s (target <= {TARGET_STARTUP_S:g} s): "
        + ("met" if largest.startup_s <= TARGET_STARTUP_S else "MISSED"),
        f"memory {max(largest.worker_rss_mib):.0f} MiB per worker after the runs, "
        f"{largest.walked_rss_mib:.0f} MiB with every record rendered (target <= "
        f"{TARGET_RSS_MIB:g} MB): "
        + (
            "met"
            if max(largest.worker_rss_mib + [largest.walked_rss_mib]) <= TARGET_RSS_MIB
            else "MISSED"
        ),
        f"filtered p99 uncached {largest.uncached.p99_ms / base.uncached.p99_ms:.2f}x, "
        f"cached {largest.cached.p99_ms / base.cached.p99_ms:.2f}x the real dataset's "
        f"(target <= {TARGET_P99_FACTOR:g}x): "
        + (
            "met"
            if largest.uncached.p99_ms <= TARGET_P99_FACTOR * base.uncached.p99_ms
            and largest.cached.p99_ms <= TARGET_P99_FACTOR * base.cached.p99_ms
            else "MISSED"
        ),
    ]
    settings = [
        f"- server: `{template}`",
        f"- start-up: median of {args.starts} starts, process start to first 200 on /healthz "
        "(the first worker ready); `import + create_app` timed alone in a fresh interpreter, "
        "which then asks for every page and record (limit=100) with Flask's test client: "
        "`RSS all rendered` is its RSS then, the most a worker grows to (records render on "
        "first use; cached responses)",
        f"- filtered query under wrk: {args.wrk_threads} threads, {args.connections} "
        f"connections, {args.duration:g} s x {args.repeats} runs after {args.warmup:g} s "
        "warm-up, medians; every corpus's servers run at once and are loaded in turn, the "
        f"order rotating each round; uncached = `{args.uncached_env}`; RSS read after the runs",
        f"- synthetic corpora: `python -m bench.synth DIR --scale N` into {args.corpora}",
        f"- at the largest size ({largest.corpus.name}): " + "; ".join(verdicts),
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
    parser.add_argument("--scales", default="10,100,1000", help="comma-separated sizes")
    parser.add_argument(
        "--corpora",
        type=Path,
        default=Path(tempfile.gettempdir()) / "dossier-corpora",
        help="where the synthetic corpora are written",
    )
    parser.add_argument("--server", default=procs.DEFAULT_PRESET, choices=sorted(procs.PRESETS))
    parser.add_argument("--server-cmd", help="server command template instead of --server")
    parser.add_argument("--starts", type=int, default=3, help="start-ups timed per corpus")
    parser.add_argument("--duration", type=float, default=5.0)
    parser.add_argument("--warmup", type=float, default=2.0)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--wrk-threads", type=int, default=2)
    parser.add_argument(
        "--uncached-env",
        default="FLASK_RESPONSE_CACHE_BYTES=0",
        help="environment setting that turns the response cache off",
    )
    parser.add_argument("--smoke", action="store_true", help="real and 10x, 1 s runs")
    parser.add_argument("--write", action="store_true", help="write results.md in --smoke too")
    args = parser.parse_args(argv)
    if args.smoke:
        args.scales, args.starts, args.duration, args.warmup, args.repeats = "10", 1, 1, 0, 1
    try:
        wrk.wrk_path()
    except wrk.WrkMissing as missing:
        print(missing, file=sys.stderr)
        return 2
    template = args.server_cmd or procs.PRESETS[args.server]
    corpora = [describe("real", synth.DATA_DIR)]
    for scale in (int(value) for value in args.scales.split(",") if value.strip()):
        path = args.corpora / f"x{scale}"
        synth.generate(path, scale)
        corpora.append(describe(f"{scale}x", path))
    running: list[Running] = []
    try:
        for corpus in corpora:
            running.append(start_corpus(corpus, args, template))
            print(
                f"  {corpus.name}: {corpus.counts['statements']:,} statements, "
                f"start-up {running[-1].startup_s:.2f} s",
                flush=True,
            )
        measured = load_all(running, args)
    finally:
        for r in running:
            r.cached.stop()
            r.uncached.stop()
    text = render(measured, args, template)
    print()
    print(text)
    if not args.smoke or args.write:
        print(f"written to {results.write_section('scale', text)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""``make bench``: Dossier against the floor app, same server, same workers, A/B under wrk.

Starts Dossier with its production server on the real dataset, snapshots its answers to
the benchmarked URLs, starts the floor app (``bench.floor``) on the same server command,
checks the floor answers byte for byte the same, then loads each URL with wrk on both,
alternating Dossier and floor runs, and reports medians and the ratio to the floor.

    .venv/bin/python -m bench.run          # 10 s per run, 5 A/B pairs per URL; writes results.md
    .venv/bin/python -m bench.run --smoke  # 1 s per run: proves the harness works

Exit status 1 when any response had the wrong status or a socket failed (not for speed).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from bench import endpoints, procs, results, wrk
from bench.endpoints import Case
from bench.wrk import Summary, WrkRun

TARGET_RATIO = 0.85


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.run", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--server", default=procs.DEFAULT_PRESET, choices=sorted(procs.PRESETS))
    parser.add_argument(
        "--server-cmd",
        help="server command template instead of --server, with {bin} {host} {port} {factory}",
    )
    parser.add_argument(
        "--factory", default=procs.DOSSIER_FACTORY, help="module:callable returning Dossier's app"
    )
    parser.add_argument("--data", type=Path, help="data directory (FLASK_DATA_DIR) for Dossier")
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per wrk run")
    parser.add_argument("--warmup", type=float, default=3.0, help="seconds of warm-up per URL")
    parser.add_argument("--repeats", type=int, default=5, help="A/B pairs per URL")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--wrk-threads", type=int, default=2)
    parser.add_argument("--smoke", action="store_true", help="1 s runs, 1 pair, no results.md")
    parser.add_argument("--write", action="store_true", help="write results.md in --smoke too")
    parser.add_argument("--no-write", action="store_true", help="print only; leave results.md")
    args = parser.parse_args(argv)
    if args.smoke:
        args.duration, args.warmup, args.repeats = 1.0, 0.0, 1
    return args


def start(name: str, template: str, factory: str, env: dict[str, str]) -> procs.Server:
    port = procs.free_port()
    server = procs.Server(name, procs.command(template, port, factory), port, env)
    server.start()
    try:
        server.wait_ready()
        server.wait_idle()
    except BaseException:
        server.stop()
        raise
    return server


def check_floor(dossier: procs.Server, floor: procs.Server) -> None:
    """The floor must answer each benchmarked request with the same representation."""
    for case in endpoints.cases(dossier.port):
        mine = endpoints.fetch(dossier.port, case.target, case.if_none_match).representation()
        theirs = endpoints.fetch(floor.port, case.target, case.if_none_match).representation()
        if mine != theirs:
            raise RuntimeError(f"the floor answers {case.label} differently:\n{mine}\n{theirs}")


def load(server: procs.Server, case: Case, seconds: float, args: argparse.Namespace) -> WrkRun:
    return wrk.run_on(server, case, seconds, args.connections, args.wrk_threads)


def measure(
    dossier: procs.Server, floor: procs.Server, cases: list[Case], args: argparse.Namespace
) -> dict[str, tuple[Summary, Summary]]:
    """Warm up, then alternate Dossier and floor runs per URL; return the summaries."""
    out: dict[str, tuple[Summary, Summary]] = {}
    for case in cases:
        if args.warmup > 0:
            load(dossier, case, args.warmup, args)
            load(floor, case, args.warmup, args)
        runs: dict[str, list[WrkRun]] = {"dossier": [], "floor": []}
        for _ in range(args.repeats):
            for server in (dossier, floor):
                runs[server.name].append(load(server, case, args.duration, args))
        out[case.label] = (Summary.of(runs["dossier"]), Summary.of(runs["floor"]))
        a, b = out[case.label]
        print(
            f"  {case.label}: dossier {a.rps:,.0f} req/s, floor {b.rps:,.0f} req/s, "
            f"ratio {a.rps / b.rps if b.rps else 0:.2f}",
            flush=True,
        )
    return out


def render(
    summaries: dict[str, tuple[Summary, Summary]],
    args: argparse.Namespace,
    template: str,
) -> str:
    rows = []
    for label, (a, b) in summaries.items():
        ratio = a.rps / b.rps if b.rps else 0.0
        clean = not (a.socket_errors or a.wrong_status)
        verdict = "ok" if ratio >= TARGET_RATIO and clean else "BELOW"
        rows.append(
            [
                f"`{label}`",
                f"{a.rps:,.0f}",
                f"{a.p50_ms:.2f}",
                f"{a.p99_ms:.2f}",
                str(a.socket_errors),
                str(a.wrong_status),
                f"{b.rps:,.0f}",
                f"{b.p50_ms:.2f}",
                f"{b.p99_ms:.2f}",
                f"**{ratio:.2f}**",
                f"{a.cpu_us:,.0f} / {b.cpu_us:,.0f}",
                f"{a.spread:.0%} / {b.spread:.0%}",
                f"{a.foreign_cpu:.0%} / {b.foreign_cpu:.0%}",
                verdict,
            ]
        )
    header = [
        "request",
        "Dossier req/s",
        "p50 ms",
        "p99 ms",
        "errors",
        "non-2xx/304",
        "floor req/s",
        "floor p50 ms",
        "floor p99 ms",
        "ratio",
        "CPU µs/req D / F",
        "spread D / F",
        "foreign CPU D / F",
        f">= {TARGET_RATIO}x",
    ]
    data = str(args.data) if args.data else "the real dataset (data/)"
    settings = [
        f"- server (Dossier and floor alike): `{template}`",
        f"- data: {data}",
        f"- wrk: {args.wrk_threads} threads, {args.connections} connections, "
        f"{args.duration:g} s per run after {args.warmup:g} s warm-up per URL and app; "
        f"{args.repeats} Dossier/floor pairs per URL, run alternately (A/B/A/B); medians shown",
    ]
    note = (
        "Noise: the machine is shared and has 2 cores; wrk runs on the same cores as the "
        "server, so absolute numbers are lower than on a dedicated load generator, and "
        "neighbours' load moves them. Alternating the two apps per URL puts drift on both "
        "sides of each ratio; `spread` is (max - min) / median of req/s over the repeats. "
        "`errors` counts socket errors (connect, read, write, timeout > 5 s) over all runs; "
        "`non-2xx/304` counts responses whose status was not the expected 200 or 304. "
        "`CPU µs/req` is the CPU time (user + system, all server processes, from /proc) per "
        "request: less sensitive to neighbours than req/s, and its inverse ratio tells the "
        "same story when the req/s ratio is blurred by noise. `foreign CPU` is the median share "
        "of the machine's CPU time (from /proc/stat) that neither the server nor wrk used "
        "during the runs: other tenants' work; near 0% is a quiet machine."
    )
    return (
        "## Dossier against the floor\n\n"
        + "\n".join(results.machine_lines() + settings)
        + "\n\n"
        + results.table(header, rows)
        + "\n"
        + note
        + "\n"
    )


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not wrk.available():
        return 2
    template = args.server_cmd or procs.PRESETS[args.server]
    env = {"FLASK_DATA_DIR": str(args.data.resolve())} if args.data else {}
    with tempfile.TemporaryDirectory(prefix="dossier-bench-") as tmp:
        spec_path = Path(tmp) / "floor.json"
        dossier = start("dossier", template, args.factory, env)
        try:
            spec = endpoints.floor_spec(dossier.port, endpoints.TARGETS)
            spec_path.write_bytes(json.dumps(spec).encode())
            floor_env = {"DOSSIER_FLOOR_SPEC": str(spec_path)}
            floor = start("floor", template, procs.FLOOR_FACTORY, floor_env)
            try:
                check_floor(dossier, floor)
                cases = endpoints.cases(dossier.port)
                print(f"server: {template}", flush=True)
                started = time.perf_counter()
                summaries = measure(dossier, floor, cases, args)
                print(f"measured in {time.perf_counter() - started:.0f} s", flush=True)
            finally:
                floor.stop()
        finally:
            dossier.stop()
    text = render(summaries, args, template)
    print()
    print(text)
    if (not args.smoke or args.write) and not args.no_write:
        print(f"written to {results.write_section('floor', text)}")
    bad = [
        label
        for label, (a, b) in summaries.items()
        if a.wrong_status or b.wrong_status or a.socket_errors or b.socket_errors
    ]
    if bad:
        print(f"wrong statuses or socket errors on: {', '.join(bad)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Choose the server by numbers: Dossier under each server preset, side by side, under wrk.

Every preset serves Dossier at once (idle ones cost nothing); each benchmarked request is
then loaded on each preset in turn, the order rotating every round, so that drift on a
shared machine falls on all of them alike. Reports medians per request and the geometric
mean of requests/s over the requests, and writes the table into bench/results.md.

    .venv/bin/python -m bench.servers            # 5 s per run, 3 rounds
    .venv/bin/python -m bench.servers --smoke    # 1 s per run, 1 round, no results.md
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
from pathlib import Path

from bench import endpoints, procs, results, wrk
from bench.wrk import Summary, WrkRun


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.servers", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--presets",
        default=",".join(procs.COMPARED),
        help=f"comma-separated presets from bench/procs.py, of: {', '.join(procs.PRESETS)}",
    )
    parser.add_argument(
        "--factory", default=procs.DOSSIER_FACTORY, help="module:callable returning the app"
    )
    parser.add_argument("--data", type=Path, help="data directory (FLASK_DATA_DIR)")
    parser.add_argument("--duration", type=float, default=5.0, help="seconds per wrk run")
    parser.add_argument("--warmup", type=float, default=2.0, help="seconds of warm-up per URL")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--wrk-threads", type=int, default=2)
    parser.add_argument("--smoke", action="store_true", help="1 s runs, 1 round, no results.md")
    parser.add_argument("--write", action="store_true", help="write results.md in --smoke too")
    args = parser.parse_args(argv)
    if args.smoke:
        args.duration, args.warmup, args.rounds = 1.0, 0.0, 1
    return args


def start_all(names: list[str], factory: str, env: dict[str, str]) -> dict[str, procs.Server]:
    servers: dict[str, procs.Server] = {}
    try:
        for name in names:
            port = procs.free_port()
            server = procs.Server(
                name, procs.command(procs.PRESETS[name], port, factory), port, env
            )
            server.start()
            servers[name] = server
            server.wait_ready()
            server.wait_idle()
    except BaseException:
        for server in servers.values():
            server.stop()
        raise
    return servers


def measure(
    servers: dict[str, procs.Server], args: argparse.Namespace
) -> dict[str, dict[str, Summary]]:
    """Summaries by request label, then preset name."""
    first = next(iter(servers.values()))
    cases = endpoints.cases(first.port)
    names = list(servers)
    out: dict[str, dict[str, Summary]] = {}
    for case in cases:
        runs: dict[str, list[WrkRun]] = {name: [] for name in names}
        if args.warmup > 0:
            for name in names:
                wrk.run_on(servers[name], case, args.warmup, args.connections, args.wrk_threads)
        for round_number in range(args.rounds):
            shift = round_number % len(names)
            for name in names[shift:] + names[:shift]:
                runs[name].append(
                    wrk.run_on(
                        servers[name], case, args.duration, args.connections, args.wrk_threads
                    )
                )
        out[case.label] = {name: Summary.of(runs[name]) for name in names}
        best = max(names, key=lambda name: out[case.label][name].rps)
        print(f"  {case.label}: best {best} {out[case.label][best].rps:,.0f} req/s", flush=True)
    return out


def render(
    summaries: dict[str, dict[str, Summary]],
    servers: dict[str, procs.Server],
    args: argparse.Namespace,
) -> str:
    names = list(servers)
    labels = list(summaries)
    geo = {
        name: math.exp(
            sum(math.log(max(summaries[lb][name].rps, 1e-9)) for lb in labels) / len(labels)
        )
        for name in names
    }
    ranked = sorted(names, key=lambda name: -geo[name])
    rows = []
    for name in ranked:
        row = [f"`{name}`", f"**{geo[name]:,.0f}**"]
        for label in labels:
            s = summaries[label][name]
            row.append(f"{s.rps:,.0f} ({s.p99_ms:.1f})")
        errors = sum(
            summaries[lb][name].socket_errors + summaries[lb][name].wrong_status for lb in labels
        )
        cpu = math.exp(
            sum(math.log(max(summaries[lb][name].cpu_us, 1e-9)) for lb in labels) / len(labels)
        )
        foreign = statistics.median(summaries[lb][name].foreign_cpu for lb in labels)
        row += [f"{cpu:,.0f}", f"{foreign:.0%}", str(errors)]
        rows.append(row)
    header = [
        "preset",
        "geo-mean req/s",
        *[f"`{label}`" for label in labels],
        "CPU µs/req",
        "foreign CPU",
        "errors",
    ]
    commands = [f"- `{name}`: `{procs.PRESETS[name]}`" for name in ranked]
    data = str(args.data) if args.data else "the real dataset (data/)"
    settings = [
        f"- data: {data}; wrk {args.wrk_threads} threads, {args.connections} connections, "
        f"{args.duration:g} s per run after {args.warmup:g} s warm-up, {args.rounds} rounds "
        "with the preset order rotated each round; medians; cells are req/s (p99 ms); "
        "`CPU µs/req` is the server's CPU time per request (geometric mean over requests), "
        "`foreign CPU` the median share of the machine's CPU other tenants used meanwhile",
        f"- winner by geometric mean of req/s: `{ranked[0]}`",
    ]
    return (
        "## Server choice\n\n"
        + "\n".join(results.machine_lines() + settings)
        + "\n\n"
        + results.table(header, rows)
        + "\nCommands (`{factory}` is `api:create_app`):\n\n"
        + "\n".join(commands)
        + "\n"
    )


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not wrk.available():
        return 2
    names = [name.strip() for name in args.presets.split(",") if name.strip()]
    unknown = [name for name in names if name not in procs.PRESETS]
    if unknown:
        print(f"unknown presets: {', '.join(unknown)}; known: {', '.join(procs.PRESETS)}")
        return 2
    env = {"FLASK_DATA_DIR": str(args.data.resolve())} if args.data else {}
    servers = start_all(names, args.factory, env)
    try:
        summaries = measure(servers, args)
    finally:
        for server in servers.values():
            server.stop()
    text = render(summaries, servers, args)
    print()
    print(text)
    if not args.smoke or args.write:
        print(f"written to {results.write_section('servers', text)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

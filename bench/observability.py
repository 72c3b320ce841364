"""What observing each request costs on the cached path: before and after, side by side.

A request that the response cache answers is the cheapest a node serves (a dictionary
lookup on the event loop), so what observing it costs (its request id, its metrics, its
access log line) shows most there. Three servers run at once, each ``python -m api.serve``
with one worker on the same snapshot: the code before (a checkout, ``--before DIR``, by
default the last commit without them, exported with ``git archive``), the code now
(metrics and request ids always on), and the code now with ``--access-log`` (its lines
written to a file). wrk loads each in turn on one cached URL, the order rotating every
round; medians of the rounds. Writes the "observability" section of bench/results.md.

    .venv/bin/python -m bench.observability                 # 2 s runs, 15 rounds
    .venv/bin/python -m bench.observability --smoke         # 1 s runs, 1 round, no results.md
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench import procs, results, wrk
from bench.endpoints import Case
from bench.procs import BIN, ROOT
from bench.wrk import Summary, WrkRun

#: A page the response cache answers (after its first request).
TARGET = "/v1/statements?speaker=emmanuel-macron&sort=-said_on"
#: The code "before": the last commit without metrics, request ids or access logs.
BASE = "dc6ce38"
#: The 10% the issue allows the cached path to lose to metrics.
MOST_OVERHEAD = 0.10


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.observability", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--before", type=Path, help="a checkout of the code before")
    parser.add_argument("--base", default=BASE, help="the git revision exported as the code before")
    parser.add_argument("--duration", type=float, default=2.0, help="seconds per wrk run")
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--smoke", action="store_true", help="1 s runs, 1 round, no results.md")
    args = parser.parse_args(argv)
    if args.smoke:
        args.duration, args.rounds = 1.0, 1
    return args


def export(revision: str, folder: Path) -> str:
    """Write the tree of ``revision`` into ``folder``; return its short commit id."""
    folder.mkdir(parents=True)
    git, tar = shutil.which("git") or "git", shutil.which("tar") or "tar"
    archive = subprocess.run(
        [git, "archive", revision], cwd=ROOT, capture_output=True, check=True
    ).stdout
    subprocess.run([tar, "-x", "-C", str(folder)], input=archive, check=True)
    done = subprocess.run(
        [git, "rev-parse", "--short", revision], cwd=ROOT, capture_output=True, text=True
    )
    return done.stdout.strip()


def merge_base(revision: str) -> str:
    """Return the commit this branch and ``revision`` last shared (the code before it)."""
    git = shutil.which("git") or "git"
    done = subprocess.run(
        [git, "merge-base", "HEAD", revision], cwd=ROOT, capture_output=True, text=True
    )
    return done.stdout.strip() or revision


def build_snapshot(output: Path) -> None:
    subprocess.run(
        [str(BIN / "flask"), "--app", "api", "build-snapshot", "--output", str(output)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def server(
    name: str, cwd: Path, snapshot: Path, *extra: str, stdout: Path | None = None
) -> procs.Server:
    port = procs.free_port()
    argv = [str(BIN / "python"), "-m", "api.serve", "--host", procs.HOST, "--port", str(port)]
    argv += ["--workers", "1", "--threads", "2", *extra]
    return procs.Server(name, argv, port, {"FLASK_SNAPSHOT": str(snapshot)}, cwd=cwd, stdout=stdout)


def render(summaries: dict[str, Summary], labels: dict[str, str], args: argparse.Namespace) -> str:
    before, before_cpu = summaries["before"].rps, summaries["before"].cpu_us
    rows = []
    for name, summary in summaries.items():
        change = summary.rps / before - 1 if before else 0.0
        cpu_change = summary.cpu_us / before_cpu - 1 if before_cpu else 0.0
        rows.append(
            [
                labels[name],
                f"{summary.rps:,.0f}",
                "" if name == "before" else f"{change:+.1%}",
                f"{summary.cpu_us:.1f}",
                "" if name == "before" else f"{cpu_change:+.1%}",
                f"{summary.p99_ms:.2f}",
                f"{summary.spread:.0%}",
                str(summary.socket_errors + summary.wrong_status),
            ]
        )
    header = [
        "server",
        "req/s (median)",
        "vs before",
        "server CPU us/req (median)",
        "vs before",
        "p99 ms",
        "spread",
        "errors",
    ]
    settings = [
        f"- each: `python -m api.serve --workers 1 --threads 2` on one snapshot; wrk, "
        f"{args.connections} connections, 1 thread, on `{TARGET}` (answered from the "
        f"response cache); {args.rounds} rounds of {args.duration:g} s, the servers' order "
        "rotating every round; medians",
    ]
    return (
        "## What observing costs on the cached path (metrics, request ids, access log)\n\n"
        + "\n".join(results.machine_lines() + settings)
        + "\n\n"
        + results.table(header, rows)
        + "\nA cached answer is the cheapest a node gives, so the cost of observing it shows "
        "most here: per request, a request id (the client's checked, or a new one), the "
        "X-Request-ID header, and its duration appended to a list by path and status, "
        "which each worker counts, buckets and adds to prometheus_client's multiprocess "
        "files every 0.5 s; with `--access-log` its JSON line, written with others in one "
        "write(2) (to a file here). Noise: one shared 2-core machine runs the server, wrk and "
        "the neighbours (the load average above says how busy it was); `spread` is (max - "
        "min) / median of a server's rounds. The server's CPU time per request (all its "
        "processes, from /proc, over each run) moves less with the neighbours than req/s "
        "does.\n"
    )


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not wrk.available():
        return 2
    with tempfile.TemporaryDirectory(prefix="dossier-observability-") as tmp:
        folder = Path(tmp)
        before_dir = args.before
        labels = {"before": "before", "after": "now", "after_log": "now, --access-log"}
        if before_dir is None:
            before_dir = folder / "before"
            commit = export(merge_base(args.base), before_dir)
            labels["before"] = f"before (where this branch left {args.base}: {commit})"
        snapshot = folder / "dossier.sqlite"
        build_snapshot(snapshot)
        servers = {
            "before": server("before", before_dir, snapshot),
            "after": server("after", ROOT, snapshot),
            "after_log": server(
                "after_log", ROOT, snapshot, "--access-log", stdout=folder / "access.log"
            ),
        }
        runs: dict[str, list[WrkRun]] = {name: [] for name in servers}
        try:
            for each in servers.values():
                each.start()
            for each in servers.values():
                each.wait_ready()
                each.wait_idle()
                if procs.get(each.port, TARGET)[0] != 200:  # now in its response cache
                    raise RuntimeError(f"{each.name} does not answer {TARGET}")
            names = list(servers)
            case = Case("cached", TARGET)
            for round_ in range(args.rounds):
                order = names[round_ % len(names) :] + names[: round_ % len(names)]
                for name in order:
                    run = wrk.run_on(servers[name], case, args.duration, args.connections, 1)
                    runs[name].append(run)
                    print(f"  round {round_ + 1} {name}: {run.rps:,.0f} req/s", flush=True)
        finally:
            for each in servers.values():
                each.stop()
    summaries = {name: Summary.of(done) for name, done in runs.items()}
    text = render(summaries, labels, args)
    print()
    print(text)
    if not args.smoke:
        print(f"written to {results.write_section('observability', text)}")
    errors = sum(s.socket_errors + s.wrong_status for s in summaries.values())
    overhead = 1 - summaries["after"].rps / summaries["before"].rps
    print(f"metrics and request ids on the cached path: {overhead:+.1%} req/s lost")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

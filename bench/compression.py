"""What compression costs the cached path and saves in bytes: before and after, side by side.

Three servers run at once, each started as `make run` starts it (``python -m api.serve``,
2 workers x 2 threads, the response cache on) on its own snapshot of the same data: the
code before compression (``--before-rev``, exported with ``git archive``, or ``--before
DIR``), the commit that added it (``--commit-rev``, measuring compression alone; ``""``
skips it) and this checkout (``now``). wrk loads the cached page ``TARGET`` on each: before
with no Accept-Encoding (it has no compression), the others with none (identity), with
``Accept-Encoding: gzip`` and with ``Accept-Encoding: br``, every side and coding a run of
its own, the order rotating every round; medians of the rounds.

The bytes: each URL of ``SIZED`` as the code before sends it and as this checkout sends it
in identity, gzip and br (every coded body decoded and compared with the identity one), on
the data served and, with ``--synthetic SCALE``, on a synthetic corpus whose pages are full
(``bench.synth``). Writes the "compression" section of bench/results.md.

    .venv/bin/python -m bench.compression            # 2 s runs, 11 rounds; results.md
    .venv/bin/python -m bench.compression --smoke    # 1 s runs, 1 round, no results.md

Loopback only; every server is stopped (its process group) and the scratch directory (the
checkouts, their snapshots and exports, a synthetic corpus) removed, on SIGTERM too.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import signal
import statistics
import sys
import tempfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from urllib.parse import urljoin

import brotli
import orjson

from bench import procs, results, synth, wrk
from bench.budget import snapshot_of
from bench.endpoints import Case
from bench.observability import export
from bench.wrk import Summary, WrkRun

#: The cached page the issue names: a page of 100 statements (all of them, when fewer).
TARGET = "/v1/statements?limit=100"
#: The code before compression, and the commit that added it.
BEFORE_REV = "6caaab2"
COMMIT_REV = "cd95784"
#: The issue's targets: gzip at most 20% of the bytes before; req/s within 10% of before.
MOST_GZIP_RATIO = 0.20
MOST_LOSS = 0.10
IDENTITY, GZIP, BROTLI = "identity", "gzip", "br"
CODINGS = (IDENTITY, GZIP, BROTLI)
#: What is sized: a label, the URL before, the URL after (exports moved to paths of their own).
SIZED = (
    (TARGET, TARGET, TARGET),
    ("/openapi.yaml", "/openapi.yaml", "/openapi.yaml"),
    ("statements CSV export", "/v1/statements?format=csv", "/v1/statements.csv"),
    ("/v1/dataset.sqlite", "/v1/dataset.sqlite", "/v1/dataset.sqlite"),
)


@dataclass(frozen=True)
class Load:
    """One loaded configuration: a server (side) and the coding its requests accept."""

    side: str
    coding: str

    @property
    def name(self) -> str:
        return f"{self.side} {self.coding}"

    def case(self) -> Case:
        accept = "" if self.coding == IDENTITY else self.coding
        return Case(self.name, TARGET, accept_encoding=accept)


@dataclass(frozen=True)
class Body:
    """An answer read to its end, redirects followed: status, coding, bytes, final URL."""

    status: int
    coding: str
    body: bytes
    url: str


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.compression", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--before", type=Path, help="a checkout of the code before")
    parser.add_argument("--before-rev", default=BEFORE_REV, help="the revision before")
    parser.add_argument(
        "--commit-rev", default=COMMIT_REV, help='the commit that added compression ("": skip)'
    )
    parser.add_argument(
        "--data", type=Path, default=procs.ROOT / "data", help="the data served (default data/)"
    )
    parser.add_argument(
        "--synthetic", type=int, default=20, help="also size a synthetic corpus (0: skip)"
    )
    parser.add_argument("--duration", type=float, default=2.0, help="seconds per wrk run")
    parser.add_argument("--rounds", type=int, default=11)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument(
        "--smoke", action="store_true", help="1 s runs, 1 round, no synthetic corpus, no results.md"
    )
    args = parser.parse_args(argv)
    if args.smoke:
        args.duration, args.rounds, args.synthetic = 1.0, 1, 0
    return args


def fetch(port: int, target: str, coding: str) -> Body:
    """GET ``target`` accepting ``coding``, following up to 3 redirects; read it whole."""
    headers = {} if coding == IDENTITY else {"Accept-Encoding": coding}
    url = target
    for _ in range(4):
        connection = http.client.HTTPConnection(procs.HOST, port, timeout=60)
        try:
            connection.request("GET", url, headers=headers)
            response = connection.getresponse()
            body = response.read()
        finally:
            connection.close()
        location = response.getheader("Location")
        if response.status not in (301, 302, 303, 307, 308) or location is None:
            return Body(response.status, response.getheader("Content-Encoding") or "", body, url)
        url = urljoin(url, location)
    raise RuntimeError(f"{target}: more than 3 redirects")


def decoded(body: Body) -> bytes:
    """The bytes of ``body`` with its content coding undone."""
    if body.coding == GZIP:
        return zlib.decompress(body.body, wbits=31)
    if body.coding == BROTLI:
        return bytes(brotli.decompress(body.body))
    return body.body


@contextlib.contextmanager
def serving(
    roots: dict[str, Path], data_dir: Path, scratch: Path
) -> Iterator[dict[str, procs.Server]]:
    """Start one `make run` server per side on ``data_dir``; stop them all on the way out.

    Each side's snapshot, and the export files beside it, go under ``scratch``.
    """
    servers: dict[str, procs.Server] = {}
    try:
        for side, root in roots.items():
            snapshots = scratch / "snapshots" / data_dir.name / side
            snapshot_of(root, data_dir, snapshots)
            port = procs.free_port()
            argv = procs.command(procs.PRESETS[procs.DEFAULT_PRESET], port, procs.DOSSIER_FACTORY)
            environment = {"FLASK_DATA_DIR": str(data_dir), "FLASK_SNAPSHOT_DIR": str(snapshots)}
            servers[side] = procs.Server(side, argv, port, environment, cwd=root)
            servers[side].start()
        for each in servers.values():
            each.wait_ready(timeout=300)
            each.wait_idle()
        yield servers
    finally:
        for each in servers.values():
            each.stop()


def sizes(servers: dict[str, procs.Server]) -> list[list[str]]:
    """Rows of the bytes table: before's identity against now's identity, gzip and br."""
    rows = []
    for label, before_url, after_url in SIZED:
        before = fetch(servers["before"].port, before_url, IDENTITY)
        after = {coding: fetch(servers["now"].port, after_url, coding) for coding in CODINGS}
        for coding, body in after.items():
            if body.status != 200 or before.status != 200:
                raise RuntimeError(f"{label}: {before.status} before, {body.status} {coding}")
            expected = "" if coding == IDENTITY else coding
            if body.coding != expected:
                raise RuntimeError(f"{label} {coding}: answered coded {body.coding!r}")
            if decoded(body) != after[IDENTITY].body:
                raise RuntimeError(f"{label} {coding}: decodes to other bytes than identity")
        base = len(before.body)
        urls = f"`{before_url}`"
        if before.url != before_url:
            urls += f" (before: a redirect to `{before.url}`)"
        if after_url != before_url:
            urls += f"; now `{after_url}`"
        rows.append(
            [
                f"`{label}`" if label.startswith("/") else label,
                urls,
                f"{base:,}",
                f"{len(after[IDENTITY].body):,}",
                f"{len(after[GZIP].body):,} (**{len(after[GZIP].body) / base:.1%}**)",
                f"{len(after[BROTLI].body):,} (**{len(after[BROTLI].body) / base:.1%}**)",
            ]
        )
    return rows


def gzip_ratio(servers: dict[str, procs.Server]) -> float:
    """The gzip page's bytes over the page's before."""
    before = fetch(servers["before"].port, TARGET, IDENTITY)
    return len(fetch(servers["now"].port, TARGET, GZIP).body) / len(before.body)


def statements_on_page(servers: dict[str, procs.Server]) -> int:
    page = orjson.loads(fetch(servers["now"].port, TARGET, IDENTITY).body)
    return len(page["items"])


def load(servers: dict[str, procs.Server], args: argparse.Namespace) -> dict[Load, list[WrkRun]]:
    """Run wrk on every side and coding, the order rotating every round."""
    loads = [Load("before", IDENTITY)] + [
        Load(side, coding) for side in servers if side != "before" for coding in CODINGS
    ]
    for each in loads:  # every coding as expected, and each worker's cache filled
        answer = fetch(servers[each.side].port, TARGET, each.coding)
        coded = "" if each.coding == IDENTITY else each.coding
        if answer.status != 200 or answer.coding != coded:
            raise RuntimeError(f"{each.name}: {answer.status}, coded {answer.coding!r}")
        if not args.smoke:
            wrk.run_on(servers[each.side], each.case(), 1, args.connections, args.threads)
    runs: dict[Load, list[WrkRun]] = {each: [] for each in loads}
    for round_ in range(args.rounds):
        shift = round_ % len(loads)
        for each in loads[shift:] + loads[:shift]:
            run = wrk.run_on(
                servers[each.side], each.case(), args.duration, args.connections, args.threads
            )
            runs[each].append(run)
            print(f"  round {round_ + 1} {each.name}: {run.rps:,.0f} req/s", flush=True)
    return runs


def render(
    runs: dict[Load, list[WrkRun]],
    rows: dict[str, list[list[str]]],
    labels: dict[str, str],
    ratio: float,
    statements: int,
    args: argparse.Namespace,
) -> str:
    summaries = {each: Summary.of(done) for each, done in runs.items()}
    before = summaries[Load("before", IDENTITY)]
    table_rows = []
    losses: dict[str, float] = {}
    for each, summary in summaries.items():
        change = summary.rps / before.rps - 1 if before.rps else 0.0
        cpu_change = summary.cpu_us / before.cpu_us - 1 if before.cpu_us else 0.0
        bytes_per = statistics.median(
            run.bytes / run.requests for run in runs[each] if run.requests
        )
        if each.side != "before":
            losses[each.name] = -change
        table_rows.append(
            [
                labels[each.side],
                "none" if each.coding == IDENTITY else f"`{each.coding}`",
                f"{summary.rps:,.0f}",
                "" if each.side == "before" else f"{change:+.1%}",
                f"{summary.cpu_us:.1f}",
                "" if each.side == "before" else f"{cpu_change:+.1%}",
                f"{summary.p50_ms:.2f}",
                f"{summary.p99_ms:.2f}",
                f"{bytes_per:,.0f}",
                f"{summary.spread:.0%}",
                f"{summary.foreign_cpu:.0%}",
                str(summary.socket_errors + summary.wrong_status),
            ]
        )
    header = [
        "server",
        "Accept-Encoding",
        "req/s (median)",
        "vs before",
        "server CPU µs/req",
        "vs before",
        "p50 ms",
        "p99 ms",
        "bytes/response",
        "spread",
        "foreign CPU",
        "errors",
    ]
    verdicts = [
        f"- gzip page <= {MOST_GZIP_RATIO:.0%} of the bytes before: **{ratio:.1%}** "
        f"({'met' if ratio <= MOST_GZIP_RATIO else 'MISSED'})",
    ]
    for side in labels:
        mine = {name: loss for name, loss in losses.items() if name.startswith(f"{side} ")}
        if not mine:
            continue
        worst = max(mine, key=lambda name: mine[name])
        cpu = summaries[Load(side, IDENTITY)].cpu_us / before.cpu_us - 1 if before.cpu_us else 0
        verdicts.append(
            f"- cached req/s within {MOST_LOSS:.0%} of before, `{labels[side]}`, every coding: "
            f"worst `{worst.split(' ', 1)[1]}` **{-mine[worst]:+.1%}** "
            f"({'met' if all(loss <= MOST_LOSS for loss in mine.values()) else 'MISSED'}); "
            f"server CPU per identity request {cpu:+.1%}"
        )
    settings = [
        "- servers: `python -m api.serve --workers 2 --threads 2` (what `make run` starts, "
        "without its access log, which the code before does not have), response cache on, "
        f"each on its own snapshot of `{_shown(args.data)}`; "
        + "; ".join(f"`{labels[side]}`" for side in labels),
        f"- load: wrk, {args.threads} threads, {args.connections} connections, on `{TARGET}` "
        f"({statements} statements on the page), answered from each worker's response cache "
        f"(filled by a 1 s run first); {args.rounds} round(s) of {args.duration:g} s, every "
        "server and coding a run of its own, the order rotating every round; medians",
    ]
    text = (
        "## Compression (br, gzip) on the cached path and in bytes\n\n"
        + "\n".join(results.machine_lines() + settings)
        + "\n\n"
        + "\n".join(verdicts)
        + "\n\n"
        + results.table(header, table_rows)
    )
    size_header = ["what", "URL", "bytes before", "now identity", "now gzip", "now br"]
    for corpus, found in rows.items():
        text += f"\nBytes of the body on {corpus} (ratios against before):\n\n"
        text += results.table(size_header, found)
    return text + (
        "\n`now` carries what came after the commit too (among it /metrics and request ids on "
        "every answer, Link headers on every page): the commit alone is what compression "
        "costs. Every coded body was decoded and compared with the identity one. The page's gzip "
        "ratio judged is the one on the data served; a synthetic corpus's pages hold the "
        "copies of each real statement side by side, which the coders find, so its ratios "
        "flatter. Noise: one shared 2-core machine runs the three servers, wrk and the "
        "neighbours (the load average above says how busy it was); `spread` is (max - min) "
        "/ median of a configuration's rounds, `foreign CPU` the median share of the "
        "machine's CPU neither the servers nor wrk used (other tenants). A difference in "
        "req/s smaller than the spreads is not one the run can tell; the server's CPU time "
        "per request (all its processes, from /proc) moves less with the neighbours. "
        "`bytes/response` is what wrk read per response, headers included.\n"
    )


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(procs.ROOT)) + "/"
    except ValueError:
        return str(path)


def _stop(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not wrk.available():
        return 2
    signal.signal(signal.SIGTERM, _stop)
    with tempfile.TemporaryDirectory(prefix="dossier-compression-") as tmp:
        folder = Path(tmp)
        roots: dict[str, Path] = {}
        labels: dict[str, str] = {}
        if args.before is not None:
            roots["before"], labels["before"] = args.before.resolve(), "before"
        else:
            commit = export(args.before_rev, folder / "before")
            roots["before"], labels["before"] = folder / "before", f"before ({commit})"
        if args.commit_rev:
            commit = export(args.commit_rev, folder / "commit")
            roots["commit"], labels["commit"] = folder / "commit", f"compression alone ({commit})"
        roots["now"], labels["now"] = procs.ROOT, "now (this checkout)"
        data_dir = args.data.resolve()
        with serving(roots, data_dir, folder) as servers:
            rows = {f"`{_shown(data_dir)}`": sizes(servers)}
            ratio = gzip_ratio(servers)
            statements = statements_on_page(servers)
            runs = load(servers, args)
        if args.synthetic:
            corpus = folder / f"x{args.synthetic}"
            synth.generate(corpus, args.synthetic)
            sized = {side: roots[side] for side in ("before", "now")}
            with serving(sized, corpus, folder) as servers:
                rows[f"a {args.synthetic}x synthetic corpus (`bench.synth`)"] = sizes(servers)
    text = render(runs, rows, labels, ratio, statements, args)
    print()
    print(text)
    if not args.smoke:
        print(f"written to {results.write_section('compression', text)}")
    errors = sum(run.socket_errors + run.wrong_status for done in runs.values() for run in done)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

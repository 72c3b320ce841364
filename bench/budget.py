"""What any request costs at scale: generated valid requests against a fresh `make run` server.

At ``--scale`` (10,000x by default: 600,000 statements), with the server started as
`make run` starts it (2 workers x 2 threads) and its response cache off, it sends:

- the aggregates a build counts ahead: the network of every statement and of the largest
  value of each statement filter, every facet of each collection unfiltered and of the
  largest value of each filter, and the totals by each grouping (each <= 100 ms);
- ``--requests`` requests generated with a fixed seed from every documented parameter of
  every operation: filters (one or several, values from the snapshot: the largest and any),
  dates, short and common ``q``, every facet with ``facet_size=100``, sorts (relevance
  too), deep offsets, the network with any ``edge_limit``, paged totals, records
  (every answer <= 1 s, p99 <= 300 ms, refusals <= 2%).

One request at a time, each on its own connection, timed from send to last byte. With
``--before DIR`` (a checkout of the code before, with its own venv-free tree), a server of
it runs beside this checkout's and the two take each request in turn, the order swapped
every request; the before side is bounded (``--before-minutes`` in all, ``--timeout`` a
request). Loopback only; every server it starts is stopped, whatever happens.

    .venv/bin/python -m bench.budget                     # 10,000x; writes results.md
    .venv/bin/python -m bench.budget --scale 20 --smoke  # quick check, no results.md
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

from api.web.context import QUERY_BUDGET
from bench import procs, results, synth

#: The targets of the issue (seconds).
TARGET_P100 = 1.0
TARGET_P99 = 0.3
TARGET_AGGREGATE = 0.1
TARGET_REFUSED = 0.02
#: Searches: shorter than a trigram, common words, rare and absent ones.
SEARCHES = ("e", "a", "ab", "th", "\u2019", "zq", "the", "putin", "escalat", "minsk", "nato", "qqq")
DATES = ("2022", "2022-02", "2022-02-07", "2022-02-08", "2023-06", "2049")
OFFSETS = (0, 0, 0, 20, 100, 1000, 10_000, 100_000, 500_000)
LIMITS = (1, 20, 20, 100)
EDGE_LIMITS = (None, None, 1, 50, 500, 2000)
#: Each collection's list path, filters, sorts and facets, as its contract documents them.
LISTS = {
    "statements": (
        "/v1/statements",
        ("speaker", "mentions", "addressee", "speech_type", "topic", "said_on",
         "reported_by", "article", "section"),
        ("said_on", "speaker", "speech_type", "paragraph"),
    ),
    "actors": ("/v1/actors", ("kind", "country", "wikidata"), ("name", "kind", "country")),
    "aid_figures": (
        "/v1/aid-figures",
        ("donor", "recipient", "currency", "aid_type", "measure", "article"),
        ("donor", "recipient", "as_of", "amount"),
    ),
    "articles": ("/v1/articles", (), ("published", "headline")),
    "topics": ("/v1/topics", (), ()),
}  # fmt: skip
FACETS = {
    "statements": ("speaker", "mentions", "addressee", "speech_type", "topic", "said_on",
                   "reported_by", "article", "section"),
    "actors": ("kind", "country"),
    "aid_figures": ("donor", "recipient", "currency", "aid_type", "measure"),
}  # fmt: skip
GROUPS = ("donor", "recipient", "aid_type")


@dataclass(frozen=True)
class Case:
    """A request to time: what kind it is, and its path and query."""

    kind: str
    url: str


@dataclass(frozen=True)
class Timed:
    """A request's status, seconds, and whether a facet of it did not fit its budget."""

    case: Case
    status: int
    seconds: float
    timed_out_facets: int


class Values:
    """The values of each filter in a snapshot, largest first, to draw requests from."""

    def __init__(self, snapshot: Path) -> None:
        self.by_filter: dict[tuple[str, str], list[str]] = {}
        with closing(sqlite3.connect(f"{snapshot.as_uri()}?mode=ro", uri=True)) as db:
            rows = db.execute(
                "SELECT collection, filter, value FROM filter_counts "
                "ORDER BY collection, filter, count DESC, value"
            )
            for collection, name, value in rows:
                self.by_filter.setdefault((collection, name), []).append(value)
            self.record_ids = {
                name: [
                    row[0]
                    for row in db.execute(f"SELECT id FROM {name} ORDER BY rowid LIMIT 20")  # noqa: S608
                ]
                for name in ("articles", "actors", "statements", "aid_figures")
            }

    def largest(self, collection: str, name: str) -> str:
        return self.by_filter[(collection, name)][0]

    def draw(self, rng: random.Random, collection: str, name: str) -> str:
        values = self.by_filter[(collection, name)]
        # Half the time one of the largest (the costliest), else any.
        return rng.choice(values[:3]) if rng.random() < 0.5 else rng.choice(values)


def aggregates(values: Values) -> list[Case]:
    """Return the requests the build answers ahead."""
    cases = [Case("aggregate", "/v1/network")]
    for name in LISTS["statements"][1]:
        query = urlencode({name: values.largest("statements", name)})
        cases.append(Case("aggregate", f"/v1/network?{query}"))
    for collection, facets in FACETS.items():
        path = LISTS[collection][0]
        cases.append(Case("aggregate", f"{path}?facets={','.join(facets)}&facet_size=100"))
        for name in LISTS[collection][1]:
            if name not in facets:
                continue
            others = ",".join(facet for facet in facets if facet != name)
            query = urlencode({name: values.largest(collection, name), "facets": others})
            cases.append(Case("aggregate", f"{path}?{query}&facet_size=100"))
    cases += [Case("aggregate", f"/v1/aid-figures/totals?group_by={g}") for g in GROUPS]
    return cases


def _filters(rng: random.Random, values: Values, collection: str, most: int) -> dict[str, object]:
    names = LISTS[collection][1]
    chosen = rng.sample(names, k=min(len(names), rng.randint(0, most)))
    query: dict[str, object] = {}
    for name in chosen:
        drawn = {values.draw(rng, collection, name) for _ in range(rng.choice((1, 1, 2)))}
        query[name] = ",".join(sorted(drawn))
    return query


def _list_request(rng: random.Random, values: Values, collection: str) -> Case:
    path, _, sorts = LISTS[collection]
    query: dict[str, object] = _filters(rng, values, collection, 3)
    if collection == "statements" and rng.random() < 0.2:
        query["said_from"], query["said_to"] = sorted(rng.sample(DATES, 2))
    searched = collection != "topics" and rng.random() < 0.35
    if searched:
        query["q"] = rng.choice(SEARCHES)
    if sorts and rng.random() < 0.6:
        choices = [f"{sign}{name}" for name in sorts for sign in ("", "-")]
        fields = rng.sample(choices, k=rng.choice((1, 2)))
        if searched and rng.random() < 0.3:
            fields = ["relevance", *fields]
        query["sort"] = ",".join(fields)
    facets = FACETS.get(collection, ())
    kind = "page"
    if facets and rng.random() < 0.35:
        query["facets"] = ",".join(rng.sample(facets, k=rng.randint(1, len(facets))))
        query["facet_size"] = 100
        kind = "facets"
    query["limit"] = rng.choice(LIMITS)
    query["offset"] = rng.choice(OFFSETS)
    return Case(kind, f"{path}?{urlencode(query)}")


def generated(values: Values, count: int, seed: int) -> list[Case]:
    """Return ``count`` valid requests drawn from every operation and parameter."""
    rng = random.Random(seed)  # noqa: S311  (a reproducible draw of requests, no secret)
    cases: list[Case] = []
    while len(cases) < count:
        roll = rng.random()
        if roll < 0.45:
            cases.append(_list_request(rng, values, "statements"))
        elif roll < 0.55:
            cases.append(_list_request(rng, values, "actors"))
        elif roll < 0.63:
            cases.append(_list_request(rng, values, "aid_figures"))
        elif roll < 0.67:
            cases.append(_list_request(rng, values, rng.choice(("articles", "topics"))))
        elif roll < 0.82:
            query: dict[str, object] = _filters(rng, values, "statements", 2)
            if rng.random() < 0.25:
                query["q"] = rng.choice(SEARCHES)
            edge_limit = rng.choice(EDGE_LIMITS)
            if edge_limit is not None:
                query["edge_limit"] = edge_limit
            cases.append(Case("network", f"/v1/network?{urlencode(query)}"))
        elif roll < 0.92:
            query = {"group_by": rng.choice(GROUPS), **_filters(rng, values, "aid_figures", 2)}
            query["limit"], query["offset"] = rng.choice(LIMITS), rng.choice((0, 0, 20, 1000))
            cases.append(Case("totals", f"/v1/aid-figures/totals?{urlencode(query)}"))
        else:
            collection = rng.choice(list(values.record_ids))
            record_id = rng.choice(values.record_ids[collection])
            path = LISTS[collection][0]
            cases.append(Case("record", f"{path}/{record_id}"))
    return cases


def timed(port: int, case: Case, timeout: float = 60.0) -> Timed:
    """Send one request on a connection of its own; time it to its last byte.

    No answer within ``timeout``: status 0, the timeout as its seconds.
    """
    connection = http.client.HTTPConnection(procs.HOST, port, timeout=timeout)
    started = time.perf_counter()
    try:
        connection.request("GET", case.url)
        response = connection.getresponse()
        body = response.read()
        seconds = time.perf_counter() - started
    except TimeoutError:
        return Timed(case, 0, timeout, 0)
    finally:
        connection.close()
    return Timed(case, response.status, seconds, body.count(b'"timed_out":true'))


def run(
    roots: dict[str, Path], data_dir: Path, cases: list[Case], before_minutes: float, timeout: float
) -> dict[str, list[Timed]]:
    """Start a fresh `make run` server of each side's code; time every case on each in turn.

    The sides alternate request by request (the order swapped every case), so that both
    share the machine's drift. The side ``before`` is sent requests for ``before_minutes``
    at most; a request it leaves unanswered past ``timeout`` is let finish (the server
    going idle) before the next one, which would otherwise share the cores with it.
    """
    found: dict[str, list[Timed]] = {side: [] for side in roots}
    with contextlib.ExitStack() as stack:
        servers: dict[str, procs.Server] = {}
        for side, root in roots.items():
            port = procs.free_port()
            argv = procs.command(procs.PRESETS[procs.DEFAULT_PRESET], port, procs.DOSSIER_FACTORY)
            environment = {"FLASK_DATA_DIR": str(data_dir), "FLASK_RESPONSE_CACHE_BYTES": "0"}
            servers[side] = stack.enter_context(
                procs.Server(side, argv, port, environment, cwd=root)
            )
        for server in servers.values():
            server.wait_ready(timeout=600)
            server.wait_idle()
        sides = list(servers)
        deadline = time.perf_counter() + before_minutes * 60
        for index, case in enumerate(cases):
            for side in sides if index % 2 == 0 else sides[::-1]:
                if side == "before" and time.perf_counter() > deadline:
                    continue
                answer = timed(servers[side].port, case, timeout)
                found[side].append(answer)
                if answer.status == 0:
                    servers[side].wait_idle(timeout=120)
            if (index + 1) % 50 == 0:
                print(f"  {index + 1} of {len(cases)} requests", flush=True)
    return found


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f}"


def summary(found: list[Timed]) -> dict[str, str]:
    """Return a row of the results table for some timed requests."""
    if not found:
        return {"n": "0"}
    seconds = sorted(t.seconds for t in found)
    p99 = seconds[max(0, round(0.99 * len(seconds)) - 1)]
    refused = sum(t.status == 422 for t in found)
    return {
        "n": str(len(found)),
        "p50 ms": _ms(statistics.median(seconds)),
        "p99 ms": _ms(p99),
        "max ms": _ms(seconds[-1]),
        "422": f"{refused} ({refused / len(found):.1%})",
        "no answer": str(sum(t.status == 0 for t in found)),
        "other errors": str(sum(t.status not in (0, 200, 422) for t in found)),
        "facets timed out": str(sum(t.timed_out_facets for t in found)),
    }


def render(
    after: list[Timed], before: list[Timed] | None, scale: int, args: argparse.Namespace
) -> str:
    kinds = ["aggregate", "page", "facets", "network", "totals", "record"]
    header = ["code", "requests", *summary(after)]
    rows = []
    for label, found in (("after", after), ("before", before)):
        if found is None:
            continue
        generated_only = [t for t in found if t.case.kind != "aggregate"]
        for kind in ["all generated", *kinds]:
            chosen = (
                generated_only
                if kind == "all generated"
                else [t for t in found if t.case.kind == kind]
            )
            rows.append([label, kind, *summary(chosen).values()])
    slowest = sorted(after, key=lambda t: -t.seconds)[:8]
    generated_after = [t for t in after if t.case.kind != "aggregate"]
    aggregates_after = [t for t in after if t.case.kind == "aggregate"]
    seconds = sorted(t.seconds for t in generated_after)
    p99 = seconds[max(0, round(0.99 * len(seconds)) - 1)]
    refused = sum(t.status == 422 for t in generated_after) / len(generated_after)
    worst_refusal = max((t.seconds for t in after if t.status == 422), default=0.0)
    checks = [
        f"every generated answer within {_ms(TARGET_P100)} ms: max {_ms(seconds[-1])} ms "
        f"({'met' if seconds[-1] <= TARGET_P100 else 'MISSED'})",
        f"p99 <= {_ms(TARGET_P99)} ms: {_ms(p99)} ms ({'met' if p99 <= TARGET_P99 else 'MISSED'})",
        f"aggregates <= {_ms(TARGET_AGGREGATE)} ms: max "
        f"{_ms(max(t.seconds for t in aggregates_after))} ms "
        f"({'met' if all(t.seconds <= TARGET_AGGREGATE for t in aggregates_after) else 'MISSED'})",
        f"refusals (422) <= {TARGET_REFUSED:.0%}: {refused:.1%} "
        f"({'met' if refused <= TARGET_REFUSED else 'MISSED'}); slowest refusal "
        f"{_ms(worst_refusal)} ms (query budget {_ms(QUERY_BUDGET)} ms; "
        f"{'met' if worst_refusal <= TARGET_P100 else 'MISSED'} within {_ms(TARGET_P100)} ms)",
        f"errors other than 422: {sum(t.status not in (200, 422) for t in after)}",
    ]
    settings = [
        f"- corpus: `bench.synth --scale {scale}` in `{args.corpora / f'x{scale}'}`; server: "
        "`python -m api.serve --workers 2 --threads 2` (what `make run` starts) with "
        "`FLASK_RESPONSE_CACHE_BYTES=0`, fresh, on the snapshot its own code built",
        f"- requests: the {len(aggregates_after)} aggregates a build counts, then "
        f"{len(generated_after)} generated with seed {args.seed}; one at a time, each on its "
        "own connection, timed from send to last byte",
    ]
    if before is not None:
        settings.append(
            f"- before: `{args.before}`, started beside the code "
            "now; the two sides take each request in turn, the order swapped every request; "
            f"the before side bounded to {args.before_minutes:g} min in all and "
            f"{args.timeout:g} s a request (`no answer`), so it ran {len(before)} of "
            f"{len(after)}"
        )
    missing = [
        t
        for t in after
        if t.seconds > (TARGET_AGGREGATE if t.case.kind == "aggregate" else TARGET_P99)
    ]
    refusals = "".join(
        f"- {_ms(t.seconds)} ms ({t.case.kind}) `{t.case.url}`\n" for t in after if t.status == 422
    )
    missed = "".join(
        f"- {_ms(t.seconds)} ms {t.status} ({t.case.kind}) `{t.case.url}`\n"
        for t in sorted(missing, key=lambda t: -t.seconds)
    )
    return (
        f"## Any request's cost at {scale}x (time budget)\n\n"
        + "\n".join(results.machine_lines() + settings)
        + "\n\n"
        + "\n".join(f"- {line}" for line in checks)
        + "\n\n"
        + results.table(header, rows)
        + "\n\nSlowest answers after:\n\n"
        + "\n".join(f"- {_ms(t.seconds)} ms {t.status} `{t.case.url}`" for t in slowest)
        + f"\n\nAfter, past {_ms(TARGET_AGGREGATE)} ms (an aggregate) or {_ms(TARGET_P99)} "
        "ms (any other):\n\n"
        + (missed or "- none\n")
        + "\nRefused after (422 `query-too-costly`):\n\n"
        + (refusals or "- none\n")
        + "\nNoise: one shared 2-core machine runs the servers, the harness and the "
        "neighbours (the load average above says how busy it was); each request is timed "
        "once, so a slow one may be the machine's moment as much as the query's. The sides "
        "alternate so that drift falls on both.\n"
    )


def snapshot_of(root: Path, data_dir: Path, snapshot_dir: Path | None = None) -> Path:
    """Build (or find) the snapshot of ``data_dir`` with the code at ``root``; return it.

    ``python -m flask``, so that ``root`` comes first on the import path: the ``flask``
    script would import the checkout the venv was installed from. Under ``snapshot_dir``
    (``FLASK_SNAPSHOT_DIR``) when given, else where that code keeps its snapshots.
    """
    environment = {**os.environ, "FLASK_DATA_DIR": str(data_dir)}
    if snapshot_dir is not None:
        environment["FLASK_SNAPSHOT_DIR"] = str(snapshot_dir)
    done = subprocess.run(
        [str(procs.BIN / "python"), "-m", "flask", "--app", "api", "build-snapshot"],
        cwd=root,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    last = done.stdout.strip().splitlines()[-1]
    if last.startswith("up to date: "):
        return Path(last.removeprefix("up to date: "))
    return Path(last.split()[1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.budget", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--scale", type=int, default=10_000)
    parser.add_argument(
        "--corpora", type=Path, default=Path(tempfile.gettempdir()) / "dossier-corpora"
    )
    parser.add_argument("--requests", type=int, default=320)
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--before", type=Path, help="a checkout of the code before, to compare")
    parser.add_argument(
        "--before-minutes", type=float, default=20.0, help="the before side's bound, in all"
    )
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds a request may take")
    parser.add_argument("--smoke", action="store_true", help="no results.md")
    args = parser.parse_args(argv)
    data_dir = args.corpora / f"x{args.scale}"
    if not (data_dir / "aid_figures.json").exists():
        synth.generate(data_dir, args.scale)
    snapshot = snapshot_of(procs.ROOT, data_dir)
    values = Values(snapshot)
    cases = aggregates(values) + generated(values, args.requests, args.seed)
    roots = {"after": procs.ROOT}
    if args.before is not None:
        snapshot_of(args.before, data_dir)
        roots["before"] = args.before.resolve()
    found = run(roots, data_dir, cases, args.before_minutes, args.timeout)
    text = render(found["after"], found.get("before"), args.scale, args)
    print(text)
    if not args.smoke:
        print(f"written to {results.write_section('budget', text)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Profile Dossier's per-request path in process, without a server or network in the way.

For each benchmarked request, calls Dossier's WSGI app and the floor app (built from
Dossier's own answers) directly, many times, and reports the microseconds per request
of each (best of several repeats: the least disturbed by neighbours) and their ratio, and
the same for Dossier with its response cache off (what a first request costs).
With ``--top N``, also runs cProfile over uncached Dossier and the floor and lists the N
functions in which Dossier spends the most own time beyond the floor, per request. This
is the app's share of a request; a server adds the same cost to both apps.

    .venv/bin/python -m bench.profile             # timings, top 12 functions, results.md
    .venv/bin/python -m bench.profile --smoke     # quick, no results.md
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import json
import os
import pstats
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from werkzeug.test import EnvironBuilder

from bench import endpoints, floor, results
from bench.endpoints import Case, RecordedResponse
from bench.procs import DOSSIER_FACTORY

WsgiApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


def environ(case: Case) -> dict[str, Any]:
    parts = urlsplit(case.target)
    headers = [("If-None-Match", case.if_none_match)] if case.if_none_match else []
    builder = EnvironBuilder(path=parts.path, query_string=parts.query, headers=headers)
    try:
        return builder.get_environ()
    finally:
        builder.close()


def call(app: WsgiApp, env: dict[str, Any]) -> RecordedResponse:
    """Call a WSGI app once and keep its whole answer."""
    seen: dict[str, Any] = {}

    def start_response(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> None:
        seen["status"], seen["headers"] = int(status.split()[0]), headers

    chunks = app(dict(env), start_response)
    try:
        body = b"".join(chunks)
    finally:
        close = getattr(chunks, "close", None)
        if close is not None:
            close()
    return RecordedResponse(seen["status"], list(seen["headers"]), body)


def per_request_us(app: WsgiApp, env: dict[str, Any], seconds: float, repeats: int) -> float:
    """Best-of-``repeats`` microseconds per call, each repeat lasting about ``seconds``."""

    def start_response(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> None:
        return None

    def loop(n: int) -> float:
        started = time.perf_counter()
        for _ in range(n):
            chunks = app(dict(env), start_response)
            for _chunk in chunks:
                pass
            close = getattr(chunks, "close", None)
            if close is not None:
                close()
        return time.perf_counter() - started

    n = 10
    while (elapsed := loop(n)) < seconds / 10:
        n *= 4
    n = max(10, int(n * seconds / max(elapsed, 1e-9)))
    return min(loop(n) for _ in range(repeats)) / n * 1e6


def floor_app(dossier: WsgiApp, cases: list[Case], tmp: Path) -> WsgiApp:
    spec: dict[str, Any] = {}
    for target in endpoints.TARGETS:
        full = call(dossier, environ(Case(target, target)))
        etag = full.header("ETag") or ""
        not_modified = call(dossier, environ(Case(target, target, 304, etag)))
        spec[target] = {
            "etag": etag,
            "full": full.to_json(),
            "not_modified": not_modified.to_json(),
        }
    path = tmp / "floor.json"
    path.write_text(json.dumps(spec))
    return floor.create_app(str(path))


FunctionKey = tuple[str, int, str]


def own_times(
    app: WsgiApp, env: dict[str, Any], calls: int
) -> dict[FunctionKey, tuple[float, float]]:
    """cProfile ``calls`` calls; return each function's (calls, own µs) per request."""
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(calls):
        call(app, env)
    profiler.disable()
    entries = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    return {
        key: (ncalls / calls, tottime / calls * 1e6)
        for key, (_cc, ncalls, tottime, _cum, _callers) in entries.items()
    }


def extra_functions(
    dossier: WsgiApp, bare: WsgiApp, env: dict[str, Any], calls: int, limit: int
) -> list[str]:
    """The functions where Dossier spends the most own time beyond the floor, per request."""
    mine = own_times(dossier, env, calls)
    theirs = own_times(bare, env, calls)
    total_mine = sum(own for _, own in mine.values())
    total_theirs = sum(own for _, own in theirs.values())
    extra = {key: (n, own - theirs.get(key, (0.0, 0.0))[1]) for key, (n, own) in mine.items()}
    ranked = sorted(extra.items(), key=lambda item: -item[1][1])[:limit]
    lines = [
        f"profiled total {total_mine:.1f} µs/req (floor {total_theirs:.1f}); "
        "own µs/req beyond the floor, calls/req, function:"
    ]
    for (filename, line, name), (n, own) in ranked:
        lines.append(f"{own:+7.1f} µs {n:5.1f}x  {_short(filename)}:{line} {name}")
    return lines


def _short(filename: str) -> str:
    for marker in ("site-packages/", "/work/main/"):
        if marker in filename:
            return filename.split(marker, 1)[1]
    return filename


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.profile", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--seconds", type=float, default=1.0, help="per timing repeat")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--top", type=int, default=10, help="functions listed per request")
    parser.add_argument("--profile-calls", type=int, default=3000)
    parser.add_argument(
        "--factory", default=DOSSIER_FACTORY, help="module:callable returning Dossier's app"
    )
    parser.add_argument(
        "--uncached-env",
        default="FLASK_RESPONSE_CACHE_BYTES=0",
        help="environment setting that turns the response cache off (the uncached column)",
    )
    parser.add_argument("--smoke", action="store_true", help="short, no results.md")
    parser.add_argument("--write", action="store_true", help="write results.md in --smoke too")
    parser.add_argument("--no-write", action="store_true", help="print only; leave results.md")
    args = parser.parse_args(argv)
    if args.smoke:
        args.seconds, args.repeats, args.top, args.profile_calls = 0.1, 1, 5, 200

    module, _, name = args.factory.partition(":")
    factory = getattr(importlib.import_module(module), name)
    dossier: WsgiApp = factory()
    key, _, value = args.uncached_env.partition("=")
    saved = os.environ.get(key)
    os.environ[key] = value
    try:
        uncached: WsgiApp = factory()
    finally:
        if saved is None:
            del os.environ[key]
        else:
            os.environ[key] = saved
    status = call(dossier, environ(Case("c", endpoints.CONDITIONAL_TARGET)))
    etag = status.header("ETag") or ""
    cases = [Case(target, target) for target in endpoints.TARGETS]
    label = f"{endpoints.CONDITIONAL_TARGET} (If-None-Match: 304)"
    cases.append(Case(label, endpoints.CONDITIONAL_TARGET, 304, etag))
    rows: list[list[str]] = []
    profiles: list[str] = []
    with tempfile.TemporaryDirectory(prefix="dossier-profile-") as tmp:
        bare = floor_app(dossier, cases, Path(tmp))
        for case in cases:
            env = environ(case)
            mine, theirs = call(dossier, env), call(bare, env)
            if mine.representation() != theirs.representation() or mine.status != case.status:
                raise RuntimeError(f"{case.label}: Dossier and floor answer differently")
            if call(uncached, env).representation() != mine.representation():
                raise RuntimeError(f"{case.label}: Dossier answers differently uncached")
            d = per_request_us(dossier, env, args.seconds, args.repeats)
            u = per_request_us(uncached, env, args.seconds, args.repeats)
            f = per_request_us(bare, env, args.seconds, args.repeats)
            rows.append(
                [
                    f"`{case.label}`",
                    f"{d:.1f}",
                    f"{u:.1f}",
                    f"{f:.1f}",
                    f"**{f / d:.2f}**",
                    f"{f / u:.2f}",
                ]
            )
            print(f"  {case.label}: Dossier {d:.1f} µs ({u:.1f} uncached), floor {f:.1f} µs")
            if args.top:
                lines = extra_functions(uncached, bare, env, args.profile_calls, args.top)
                profiles.append(f"`{case.label}`:\n\n```\n" + "\n".join(lines) + "\n```\n")
    header = [
        "request",
        "Dossier µs/req",
        "uncached µs/req",
        "floor µs/req",
        "floor/Dossier",
        "floor/uncached",
    ]
    text = (
        "## In-process profile (app only, no server)\n\n"
        + "\n".join(results.machine_lines()[:3])
        + f"\n- WSGI app called directly, best of {args.repeats} repeats of about "
        f"{args.seconds:g} s; `uncached` is Dossier with `{args.uncached_env}`: every request "
        "runs the whole Flask path, as a first request does; cProfile over "
        f"{args.profile_calls} calls of the uncached app and of the floor per request; "
        "cProfile slows everything, so its µs are larger than the timings'"
        "\n\n"
        + results.table(header, rows)
        + (
            "\nWhere uncached Dossier's extra time goes (own time beyond the floor's, "
            "by function):\n\n" + "\n".join(profiles)
            if profiles
            else ""
        )
    )
    print()
    print(text)
    if (not args.smoke or args.write) and not args.no_write:
        print(f"written to {results.write_section('profile', text)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Load for the cluster rehearsal: wrk over a mix of requests, and small Python clients.

wrk (``cluster_wrk.lua``) is the crowd: it counts statuses, nginx's cache outcomes and
socket errors. The Python clients are the ones whose every response is looked at: a
paced client (the polite client of the rate limit; the version checker of the rolling
update, which hashes every body it gets against its ETag).
"""

from __future__ import annotations

import dataclasses
import hashlib
import http.client
import json
import statistics
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench.wrk import wrk_path

SCRIPT = Path(__file__).resolve().parent / "cluster_wrk.lua"

#: One request of a mix: its path and headers.
Request = tuple[str, Mapping[str, str]]


def write_mix(path: Path, mix: Sequence[Request]) -> Path:
    """Write a mix as cluster_wrk.lua reads it: the path, then headers, tab-separated."""
    lines = [
        "\t".join([target, *(f"{k}: {v}" for k, v in headers.items())]) for target, headers in mix
    ]
    path.write_text("\n".join(lines) + "\n")
    return path


@dataclass(frozen=True)
class Load:
    """What one or more wrk runs counted."""

    requests: int = 0
    #: Requests sent: answered (``requests``), or in flight when wrk stopped.
    sent: int = 0
    ok: int = 0
    not_modified: int = 0
    limited: int = 0
    other: int = 0
    socket_errors: int = 0
    seconds: float = 0.0
    p50_ms: float = 0.0
    #: The worst p99 of the runs summed here (each run a few seconds of load).
    p99_ms: float = 0.0
    max_ms: float = 0.0
    cache: Mapping[str, int] = field(default_factory=dict)
    #: When the run started and ended (time.monotonic()); 0 for sums.
    started: float = 0.0
    ended: float = 0.0

    @property
    def errors(self) -> int:
        """Responses that were neither 2xx nor 304 (429s included)."""
        return self.limited + self.other

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def answered_by_nodes(self) -> int:
        """Answers nginx got from a node (missed, bypassed, expired or revalidated)."""
        return sum(self.cache.get(name, 0) for name in ("miss", "bypass", "expired", "revalidated"))

    @property
    def to_nodes(self) -> float:
        """The share of requests nginx passed to a node (not answered from its cache)."""
        hits = self.cache.get("hit", 0)
        answered = sum(self.cache.values())
        return 1 - hits / answered if answered else 0.0

    def __add__(self, other: Load) -> Load:
        cache = Counter(self.cache)
        cache.update(other.cache)
        return Load(
            requests=self.requests + other.requests,
            sent=self.sent + other.sent,
            ok=self.ok + other.ok,
            not_modified=self.not_modified + other.not_modified,
            limited=self.limited + other.limited,
            other=self.other + other.other,
            socket_errors=self.socket_errors + other.socket_errors,
            seconds=self.seconds + other.seconds,
            p50_ms=max(self.p50_ms, other.p50_ms),
            p99_ms=max(self.p99_ms, other.p99_ms),
            max_ms=max(self.max_ms, other.max_ms),
            cache=dict(cache),
        )


CACHE_FIELDS = ("hit", "miss", "bypass", "expired", "revalidated", "updating", "stale", "uncached")


def run_wrk(
    url: str,
    mix_file: Path,
    seconds: float,
    connections: int = 32,
    threads: int = 2,
    header: str = "",
) -> Load:
    """Load ``url``'s host with the mix for ``seconds``; return what wrk counted."""
    argv = [
        wrk_path(),
        f"--threads={threads}",
        f"--connections={connections}",
        f"--duration={max(1, round(seconds))}s",
        "--timeout=5s",
        "--latency",
        f"--script={SCRIPT}",
        url,
        "--",
        str(mix_file),
        header,
    ]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=seconds + 60)
    for line in done.stdout.splitlines():
        if line.startswith("CLUSTER_JSON "):
            raw = json.loads(line.removeprefix("CLUSTER_JSON "))
            return Load(
                requests=raw["requests"],
                sent=raw["sent"],
                ok=raw["ok"],
                not_modified=raw["not_modified"],
                limited=raw["limited"],
                other=raw["other"],
                socket_errors=raw["connect"] + raw["read"] + raw["write"] + raw["timeout"],
                seconds=raw["duration_us"] / 1e6,
                p50_ms=raw["p50_us"] / 1000,
                p99_ms=raw["p99_us"] / 1000,
                max_ms=raw["max_us"] / 1000,
                cache={name: raw[name] for name in CACHE_FIELDS},
            )
    raise RuntimeError(
        f"wrk printed no result (exit {done.returncode}):\n{done.stdout}{done.stderr}"
    )


class LoadLoop:
    """wrk runs back to back, in a thread, until stopped: load for an action of unknown length.

    Each run lasts ``chunk`` seconds; the loop ends after the run in progress when stopped.
    """

    def __init__(self, url: str, mix_file: Path, chunk: float, connections: int = 32) -> None:
        self.url, self.mix_file, self.chunk, self.connections = url, mix_file, chunk, connections
        self.runs: list[Load] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self.failure: BaseException | None = None

    def _loop(self) -> None:
        try:
            while not self._stop.is_set():
                started = time.monotonic()
                run = run_wrk(self.url, self.mix_file, self.chunk, connections=self.connections)
                self.runs.append(dataclasses.replace(run, started=started, ended=time.monotonic()))
        except BaseException as error:  # reported by stop()
            self.failure = error

    def __enter__(self) -> LoadLoop:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def stop(self) -> Load:
        """Stop after the run in progress and return the sum of all runs."""
        self._stop.set()
        self._thread.join()
        if self.failure is not None:
            raise RuntimeError(f"wrk failed: {self.failure}") from self.failure
        total = Load()
        for run in self.runs:
            total = total + run
        return total

    def median_p99_ms(self) -> float:
        return statistics.median(run.p99_ms for run in self.runs) if self.runs else 0.0


def etag_of(body: bytes) -> str:
    """Dossier's strong ETag of a body (api/web/representation.py): blake2b, 16 bytes."""
    return f'"{hashlib.blake2b(body, digest_size=16).hexdigest()}"'


@dataclass
class Seen:
    """What a paced client saw: statuses, failures, and each URL's ETags."""

    statuses: Counter[int] = field(default_factory=Counter)
    failures: Counter[str] = field(default_factory=Counter)
    #: Responses whose ETag is not the hash of their body.
    mismatched: int = 0
    etags: dict[str, set[str]] = field(default_factory=dict)
    #: The dataset_version of each /v1 or /healthz body, in order of arrival.
    versions: list[str] = field(default_factory=list)
    latencies_ms: list[float] = field(default_factory=list)
    sample_429: tuple[dict[str, str], bytes] | None = None

    @property
    def requests(self) -> int:
        return sum(self.statuses.values()) + sum(self.failures.values())

    @property
    def errors(self) -> int:
        """Responses neither 2xx nor 304, and requests that got no response at all."""
        bad = sum(
            n for status, n in self.statuses.items() if not (200 <= status < 300 or status == 304)
        )
        return bad + sum(self.failures.values())


class PacedClient:
    """One client, ``rate`` requests a second over the mix, each response checked.

    Every 200's ETag must be the hash of its body (no mixed versions), and the ETags
    and dataset versions seen are kept for the caller to compare.
    """

    def __init__(
        self,
        host: str,
        port: int,
        mix: Sequence[Request],
        rate: float,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.host, self.port, self.mix, self.rate = host, port, list(mix), rate
        self.headers = dict(headers or {})
        self.seen = Seen()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def _loop(self) -> None:
        conn: http.client.HTTPConnection | None = None
        interval = 1 / self.rate
        next_at = time.monotonic()
        index = 0
        while not self._stop.is_set():
            target, headers = self.mix[index % len(self.mix)]
            index += 1
            if conn is None:
                conn = http.client.HTTPConnection(self.host, self.port, timeout=10)
            started = time.monotonic()
            try:
                conn.request("GET", target, headers={**headers, **self.headers})
                response = conn.getresponse()
                body = response.read()
            except (OSError, http.client.HTTPException) as error:
                self.seen.failures[type(error).__name__] += 1
                conn.close()
                conn = None
            else:
                self.seen.latencies_ms.append((time.monotonic() - started) * 1000)
                self._check(target, response, body)
                if response.will_close:
                    conn.close()
                    conn = None
            next_at += interval
            self._stop.wait(max(0.0, next_at - time.monotonic()))
        if conn is not None:
            conn.close()

    def _check(self, target: str, response: http.client.HTTPResponse, body: bytes) -> None:
        seen = self.seen
        seen.statuses[response.status] += 1
        if response.status == 429 and seen.sample_429 is None:
            seen.sample_429 = (dict(response.getheaders()), body)
        if response.status != 200:
            return
        etag = response.getheader("ETag")
        if etag is None:
            return  # /healthz: no-store, no validator
        if etag != etag_of(body):
            seen.mismatched += 1
        seen.etags.setdefault(target, set()).add(etag)
        if target in ("/v1", "/healthz"):
            seen.versions.append(json.loads(body)["dataset_version"])

    def __enter__(self) -> PacedClient:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

"""``make cluster-rehearsal``: Dossier on several nodes behind nginx, rehearsed on loopback.

Three nodes, each ``python -m api.serve`` bound to its own loopback address (127.0.0.11,
.12, .13: separate hosts, as far as one machine can say) with its own copy of the
snapshot file, behind nginx on 127.0.0.1 running deploy/nginx/dossier.conf. Then, each
under wrk load through nginx (a mix of records, filtered pages, 304s, requests that the
cache answers and requests that go to the nodes):

- cache: req/s of nginx's warm cache against nginx serving the same bytes as a static
  file, and against one node alone, side by side;
- graceful_stop: SIGTERM to a node; its in-flight requests finish;
- node_failure: kill -9 of a node, back 10 s later; p99 during the failure window;
- rate_limit: one client bursting past the limit gets 429 problems, a polite one nothing;
- rolling_update: a new dataset version, node by node, under load; no mixed versions;
- soak: minutes of load; every node's memory and open files stay flat.

Prometheus (deploy/prometheus/prometheus.yml, rendered for loopback: bench/cluster_prometheus.py)
scrapes every node's GET /metrics and nginx's counters (through the nginx exporter) every
500 ms throughout, and each scenario's summary adds what it saw: the requests nginx counted
against those the load generator sent (they must agree within 1%), each node's requests and
failed answers (none may fail), the nodes' p99 from their histograms, and which nodes served
while one was killed.

Only 127.0.0.0/8 addresses are ever used. Every run writes build/cluster/summary.json and
prints a table; the exit status is 1 when any target is missed. A full run also writes
the "cluster" section of bench/results.md.

    .venv/bin/python -m bench.cluster            # full: soak of 10 minutes (about 14 min)
    .venv/bin/python -m bench.cluster --short    # a few seconds per scenario, soak 30 s
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from api.dataset.integrity import manifest_path
from bench import procs, results, wrk
from bench.cluster_load import (
    Load,
    LoadLoop,
    PacedClient,
    Request,
    etag_of,
    run_wrk,
    write_mix,
)
from bench.cluster_nginx import (
    REQUEST_ID_VARIABLE,
    Nginx,
    NginxMissing,
    nginx_path,
    rate_limited_problem,
    render_site,
)
from bench.cluster_prometheus import (
    SCRAPE_INTERVAL,
    Prometheus,
    PrometheusMissing,
    failed,
    not_scrapes,
)
from bench.cluster_prometheus import binaries as prometheus_binaries
from bench.procs import BIN, ROOT

NODE_HOSTS = ("127.0.0.11", "127.0.0.12", "127.0.0.13")
NGINX_HOST = "127.0.0.1"
#: Where nginx's real_ip trusts X-Forwarded-For from: the rehearsal's own clients, which
#: play a CDN in front that says who the client is. Only the rate limit's clients send it.
TRUSTED_PROXY = "127.0.0.0/8"
#: The two clients of the rate limit, as the trusted proxy names them (header values only).
BURSTER = "127.0.0.21"
POLITE = "127.0.0.22"
OUT = ROOT / "build" / "cluster"
PGIDS = OUT / "pgids"
#: Every run's summaries, one JSON line a run: the repeats that the results table sums up.
HISTORY = OUT / "history.jsonl"
#: nginx's fail_timeout in deploy/nginx/dossier.conf: how long a failed node stays out.
FAIL_TIMEOUT = 5.0
#: The soak's targets: RSS within 10% of the mark's at every sample from the mark to the
#: end, no more open files than at the mark, and sockets (nginx's pooled connections, which
#: move between nodes) at most this many above their highest before the mark: a leak grows
#: without bound, the pool does not.
RSS_DRIFT = 0.10
SOCKET_SLACK = 16

RECORDS = ("/v1/actors/emmanuel-macron", "/v1/statements/peskov-no-deals")
PAGES = (
    "/v1/statements",
    "/v1/statements?speaker=emmanuel-macron&sort=-said_on",
    "/v1/aid-figures/totals?group_by=donor",
    "/v1/actors?q=pres&kind=person",
    "/v1/topics",
    "/v1",
)
# FACETS: facet queries join the mix here once facets land, for example
# "/v1/statements?facets=speaker,topic" (records, pages and facets are all loaded alike).
FACETS: tuple[str, ...] = ()
#: Revalidated with their current ETag: 304s.
CONDITIONAL = ("/v1/actors/emmanuel-macron", "/v1/statements?speaker=emmanuel-macron&sort=-said_on")
BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
#: The page of the cache's comparison.
CACHE_TARGET = "/v1/statements?speaker=emmanuel-macron&sort=-said_on"

#: The new dataset version of the rolling update: a corrected field, made on a copy of data/.
EDIT_FILE = "actors.json"
EDIT_OLD = (
    '"description": "President of France, who held talks with Putin in Moscow and Zelensky '
    'in Kyiv."'
)
EDIT_NEW = (
    '"description": "President of France, who held talks with Putin in Moscow on 7 February '
    'and with Zelensky in Kyiv on 8 February 2022."'
)


@dataclass(frozen=True)
class Timing:
    """How long each scenario runs: the full rehearsal, or --short."""

    cache_seconds: float
    cache_repeats: int
    chunk: float
    settle: float
    outage: float
    rate_seconds: float
    soak_seconds: float
    soak_mark: float
    soak_chunk: float
    sample_every: float


FULL = Timing(5, 5, 1, 3, 10, 10, 600, 120, 10, 5)
SHORT = Timing(2, 1, 1, 1, 3, 3, 30, 10, 5, 1)


def note_pgid(pid: int) -> None:
    """Record a process group for bench/cluster-rehearsal.sh's trap, whatever happens to us."""
    with PGIDS.open("a") as pgids:
        pgids.write(f"{pid}\n")


def free_port(hosts: tuple[str, ...]) -> int:
    """A port nothing listens on at any of ``hosts``."""
    for _ in range(100):
        port = procs.free_port()
        try:
            for host in hosts:
                with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
                    sock.bind((host, port))
        except OSError:
            continue
        return port
    raise RuntimeError(f"no port free on all of {hosts}")


#: The harness's own requests, by address: what nginx counts besides the load generator's.
FETCHED: Counter[tuple[str, int]] = Counter()
#: What Prometheus counted of nginx and what the load generator sent agree within this share.
AGREEMENT = 0.01
#: Scenarios in which no node stops and wrk alone loads nginx: there the nodes' own counts
#: agree, within AGREEMENT, with the answers wrk saw come from a node (elsewhere a stopped
#: node's counts since its last scrape are lost with it, and are reported only).
NODES_STAY = frozenset({"soak"})


def fetch(
    host: str, port: int, target: str, headers: dict[str, str] | None = None
) -> tuple[int, dict[str, str], bytes]:
    """GET a target: status, headers (lower-cased names), body."""
    FETCHED[host, port] += 1
    conn = http.client.HTTPConnection(host, port, timeout=10)
    try:
        conn.request("GET", target, headers=headers or {})
        response = conn.getresponse()
        body = response.read()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, body
    finally:
        conn.close()


@dataclass
class Node:
    """One Dossier node: its own address, folder and copy of the snapshot."""

    name: str
    host: str
    port: int
    folder: Path
    workers: int
    threads: int
    process: subprocess.Popen[bytes] | None = None

    @property
    def snapshot(self) -> Path:
        return self.folder / "dossier.sqlite"

    def install(self, snapshot: Path) -> None:
        """Put a copy of ``snapshot`` and its manifest in place, each atomically (the node is
        stopped), as the rolling update of docs/operations.md does."""
        for source, target in (
            (manifest_path(snapshot), manifest_path(self.snapshot)),
            (snapshot, self.snapshot),
        ):
            staged = target.with_name(target.name + ".new")
            shutil.copyfile(source, staged)
            os.replace(staged, target)

    def start(self) -> None:
        argv = [
            str(BIN / "python"),
            "-m",
            "api.serve",
            "--host",
            self.host,
            "--port",
            str(self.port),
            "--workers",
            str(self.workers),
            "--threads",
            str(self.threads),
        ]
        env = {**os.environ, "FLASK_SNAPSHOT": str(self.snapshot)}
        with (self.folder / "node.log").open("ab") as log:
            self.process = subprocess.Popen(
                argv, cwd=ROOT, env=env, stdout=log, stderr=log, start_new_session=True
            )
        note_pgid(self.process.pid)

    def health(self) -> str | None:
        """The dataset_version /healthz reports, or None when the node does not answer."""
        try:
            status, _, body = fetch(self.host, self.port, "/healthz")
        except OSError:
            return None
        return str(json.loads(body)["dataset_version"]) if status == 200 else None

    def wait_version(self, version: str | None = None, timeout: float = 60) -> float:
        """Wait until /healthz answers (with ``version``); return the seconds it took."""
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            if self.process is not None and self.process.poll() is not None:
                log = (self.folder / "node.log").read_text(errors="replace")[-3000:]
                raise RuntimeError(f"{self.name} exited; its log ends:\n{log}")
            found = self.health()
            if found is not None and (version is None or found == version):
                return time.monotonic() - started
            time.sleep(0.02)
        raise RuntimeError(f"{self.name} did not report {version or 'health'} in {timeout} s")

    def terminate(self, timeout: float = 30) -> float:
        """SIGTERM to the node's main process only (systemd's KillMode=mixed); wait for it."""
        if self.process is None:
            raise RuntimeError(f"{self.name} was not started")
        started = time.monotonic()
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            raise RuntimeError(f"{self.name} did not stop within {timeout} s of SIGTERM") from None
        return time.monotonic() - started

    def kill(self) -> None:
        """kill -9 the whole node: its main process and its workers."""
        if self.process is None:
            return
        with suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def stop(self) -> None:
        """Clean-up: end the node's process group, whatever state it is in."""
        if self.process is None or self.process.poll() is not None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.kill()
        except ProcessLookupError:
            pass

    def pids(self) -> list[int]:
        if self.process is None:
            raise RuntimeError(f"{self.name} was not started")
        return [self.process.pid, *procs.descendants(self.process.pid)]

    def cpu_seconds(self) -> float:
        return sum(procs.cpu_seconds(pid) for pid in self.pids())

    def rss_mib(self) -> float:
        """Resident memory of the node: its main process and its workers, summed."""
        total = 0.0
        for pid in self.pids():
            with suppress(OSError):
                total += procs.rss_mib(pid)
        return total

    def fds(self) -> tuple[int, int]:
        """Open file descriptors of the node's processes: all of them, and those not sockets."""
        every = files = 0
        for pid in self.pids():
            try:
                entries = list(Path(f"/proc/{pid}/fd").iterdir())
            except OSError:
                continue
            every += len(entries)
            for entry in entries:
                with suppress(OSError):
                    files += not os.readlink(entry).startswith("socket:")
        return every, files

    def wait_in_rotation(self, timeout: float = FAIL_TIMEOUT + 10) -> float:
        """Under load, wait until nginx sends the node requests again (its CPU time rises)."""
        started = time.monotonic()
        before = self.cpu_seconds()
        while time.monotonic() - started < timeout:
            time.sleep(0.25)
            now = self.cpu_seconds()
            if now - before > 0.02:
                return time.monotonic() - started
            before = now
        raise RuntimeError(f"nginx did not send {self.name} requests within {timeout} s")


@dataclass
class Cluster:
    """The nodes, nginx in front, the two dataset versions and the request mix."""

    folder: Path
    timing: Timing
    workers: int
    threads: int
    nodes: list[Node] = field(default_factory=list)
    nginx: Nginx | None = None
    prometheus: Prometheus | None = None
    port: int = 0
    static_port: int = 0
    #: nginx's internal listener (stub_status).
    status_port: int = 0
    snapshots: dict[str, Path] = field(default_factory=dict)
    versions: dict[str, str] = field(default_factory=dict)
    mix: list[Request] = field(default_factory=list)
    #: The label of the snapshot every node serves now: "current", then "next" once rolled.
    serving: str = "current"
    mix_file: Path = field(init=False)

    def __post_init__(self) -> None:
        self.mix_file = self.folder / "mix.tsv"

    @property
    def url(self) -> str:
        return f"http://{NGINX_HOST}:{self.port}"

    # -- setting up

    def build_snapshots(self) -> None:
        """The current dataset, and the next: data/ copied to the folder and corrected."""
        next_data = self.folder / "data-next"
        shutil.copytree(ROOT / "data", next_data)
        edited = next_data / EDIT_FILE
        text = edited.read_text()
        if text.count(EDIT_OLD) != 1:
            raise RuntimeError(f"data/{EDIT_FILE} changed: the rehearsal's edit no longer applies")
        edited.write_text(text.replace(EDIT_OLD, EDIT_NEW))
        for label, data in (("current", ROOT / "data"), ("next", next_data)):
            output = self.folder / "snapshots" / f"{label}.sqlite"
            done = subprocess.run(
                [
                    str(BIN / "flask"),
                    "--app",
                    "api",
                    "build-snapshot",
                    "--data",
                    str(data),
                    "--output",
                    str(output),
                ],
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=True,
            )
            found = re.search(r"dataset version ([0-9a-f]{16})", done.stdout)
            if found is None:
                raise RuntimeError(f"build-snapshot said: {done.stdout}")
            self.snapshots[label] = output
            self.versions[label] = found.group(1)

    def start(self) -> None:
        self.build_snapshots()
        node_port = free_port(NODE_HOSTS)
        for index, host in enumerate(NODE_HOSTS, 1):
            folder = self.folder / f"node{index}"
            folder.mkdir()
            node = Node(f"node{index}", host, node_port, folder, self.workers, self.threads)
            node.install(self.snapshots["current"])
            self.nodes.append(node)
            node.start()
        for node in self.nodes:
            node.wait_version(self.versions["current"])
        self.port = free_port((NGINX_HOST,))
        self.static_port = free_port((NGINX_HOST,))
        self.status_port = free_port((NGINX_HOST,))
        nginx = Nginx(self.folder / "nginx")
        site = render_site(
            [f"{node.host}:{node.port}" for node in self.nodes],
            f"{NGINX_HOST}:{self.port}",
            nginx.prefix / "cache",
            TRUSTED_PROXY,
            f"{NGINX_HOST}:{self.status_port}",
        )
        nginx.prepare(site, f"{NGINX_HOST}:{self.static_port}")
        shutil.copyfile(nginx.prefix / "dossier.conf", OUT / "nginx-dossier.conf")
        nginx.test()
        nginx.start()
        self.nginx = nginx
        note_pgid(nginx.process.pid if nginx.process else 0)
        nginx.wait_workers(1)
        self._wait_nginx()
        self.prometheus = Prometheus(
            self.folder / "prometheus",
            free_port((NGINX_HOST,)),
            free_port((NGINX_HOST,)),
            note_pgid,
        )
        self.prometheus.start(
            [f"{node.host}:{node.port}" for node in self.nodes],
            f"http://{NGINX_HOST}:{self.status_port}/stub_status",
        )
        shutil.copyfile(self.folder / "prometheus" / "prometheus.yml", OUT / "prometheus.yml")
        self.write_mix()

    def _wait_nginx(self, timeout: float = 10) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if fetch(NGINX_HOST, self.port, "/healthz")[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.05)
        raise RuntimeError("nginx did not answer /healthz")

    def write_mix(self) -> None:
        """The request mix, with the current ETags of the conditional requests."""
        mix: list[Request] = []
        targets = (*RECORDS, *PAGES, *FACETS)
        mix += [(target, {}) for target in targets]  # the cache answers these
        mix += [(target, {"Cache-Control": "no-cache"}) for target in targets]  # the nodes do
        for target in CONDITIONAL:
            status, headers, _ = fetch(NGINX_HOST, self.port, target)
            if status != 200:
                raise RuntimeError(f"{target} answered {status} through nginx")
            mix.append((target, {"If-None-Match": headers["etag"]}))
        mix.append((RECORDS[1], {"Accept": BROWSER_ACCEPT}))
        mix.append(("/healthz", {}))  # no-store: always a node
        self.mix = mix
        write_mix(self.mix_file, mix)

    def stop(self) -> None:
        if self.prometheus is not None:
            self.prometheus.stop()
        if self.nginx is not None:
            self.nginx.stop()
        for node in self.nodes:
            node.stop()

    # -- helpers for the scenarios

    def load_loop(self, chunk: float | None = None) -> LoadLoop:
        return LoadLoop(self.url, self.mix_file, chunk or self.timing.chunk)

    def upstream_failures(self, since: int) -> int:
        """Requests nginx could not get from a node and retried elsewhere, since byte ``since``."""
        if self.nginx is None:
            raise RuntimeError("the cluster's nginx was not started")
        return sum(
            " upstream" in line for line in self.nginx.error_lines(since) if "[error]" in line
        )

    def node_versions(self) -> dict[str, str | None]:
        return {node.name: node.health() for node in self.nodes}


def common(scenario: str, loop: LoadLoop, load: Load, passed: bool, **extra: Any) -> dict[str, Any]:
    """The summary of one scenario: the fields every one has, then its own.

    p99_ms is the worst of the p99s of the wrk runs (each ``chunk`` seconds) that made up
    the load; p99_ms_median their median.
    """
    return {
        "scenario": scenario,
        "requests": load.requests,
        "errors": load.errors,
        "socket_errors": load.socket_errors,
        "p99_ms": round(load.p99_ms, 2),
        "p99_ms_median": round(loop.median_p99_ms(), 2),
        "passed": passed,
        "rps": round(load.rps),
        "to_nodes": round(load.to_nodes, 3),
        "sent": load.sent,
        "answered_by_nodes": load.answered_by_nodes,
        **extra,
    }


def clean(load: Load) -> bool:
    return load.errors == 0 and load.socket_errors == 0 and load.requests > 0


# -- scenarios


def cache_scenario(cluster: Cluster) -> dict[str, Any]:
    """nginx's warm cache against nginx serving the same bytes from a file, and a node alone."""
    if cluster.nginx is None:
        raise RuntimeError("the cluster's nginx was not started")
    node = cluster.nodes[0]
    status, _, body = fetch(node.host, node.port, CACHE_TARGET)
    if status != 200:
        raise RuntimeError(f"{CACHE_TARGET} answered {status}")
    static = cluster.nginx.prefix / "static" / "page.json"
    static.write_bytes(body)
    static.chmod(0o644)
    targets = {
        "cache": (NGINX_HOST, cluster.port, CACHE_TARGET),
        "static": (NGINX_HOST, cluster.static_port, "/page.json"),
        "node": (node.host, node.port, CACHE_TARGET),
    }
    cache_status = ""
    for name, (host, port, target) in targets.items():
        for _ in range(2):  # the second through nginx is a hit
            got, headers, same = fetch(host, port, target)
            if got != 200 or same != body:
                raise RuntimeError(f"{name} does not serve the same bytes ({got})")
            cache_status = (
                headers.get("x-cache-status", cache_status) if name == "cache" else cache_status
            )
    # Two browsers' Accept strings share one cache entry (normalized), and get JSON.
    firefox = fetch(NGINX_HOST, cluster.port, RECORDS[1], {"Accept": BROWSER_ACCEPT})
    chrome_accept = (
        "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,"
        "image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7"
    )
    chrome = fetch(NGINX_HOST, cluster.port, RECORDS[1], {"Accept": chrome_accept})
    accept_normalized = (
        firefox[0] == chrome[0] == 200
        and chrome[1].get("x-cache-status") == "HIT"
        and firefox[2] == chrome[2]
        and chrome[1].get("content-type") == "application/json"
    )
    codings = coding_check(cluster)
    runs: dict[str, list[wrk.WrkRun]] = {name: [] for name in targets}
    for _ in range(cluster.timing.cache_repeats):
        for name, (host, port, target) in targets.items():
            runs[name].append(
                wrk.run(f"http://{host}:{port}{target}", cluster.timing.cache_seconds)
            )
    rps = {name: statistics.median(run.rps for run in done) for name, done in runs.items()}
    p99 = {
        name: statistics.median(run.p99_us for run in done) / 1000 for name, done in runs.items()
    }
    spread = {
        name: (max(r.rps for r in done) - min(r.rps for r in done)) / rps[name] if rps[name] else 0
        for name, done in runs.items()
    }
    bad = sum(run.wrong_status + run.socket_errors for done in runs.values() for run in done)
    requests = sum(run.requests for run in runs["cache"])
    socket_errors = sum(run.socket_errors for done in runs.values() for run in done)
    wrong = sum(run.wrong_status for done in runs.values() for run in done)
    return {
        "scenario": "cache",
        "requests": requests,
        # wrk's answered requests through nginx (its cache, its static file); those in flight
        # when each run stopped are not known, up to its connections per run.
        "sent": requests + sum(run.requests for run in runs["static"]),
        "sent_uncertain": 32 * 2 * cluster.timing.cache_repeats,
        "errors": wrong,
        "socket_errors": socket_errors,
        "p99_ms": round(p99["cache"], 2),
        "passed": bad == 0 and cache_status == "HIT" and accept_normalized and codings["passed"],
        "rps": round(rps["cache"]),
        "target": CACHE_TARGET,
        "bytes": len(body),
        "cache_status": cache_status,
        "accept_normalized": accept_normalized,
        "codings": codings,
        "rps_cache": round(rps["cache"]),
        "rps_static": round(rps["static"]),
        "rps_node": round(rps["node"]),
        "p99_ms_static": round(p99["static"], 2),
        "p99_ms_node": round(p99["node"], 2),
        "ratio_vs_static": round(rps["cache"] / rps["static"], 3),
        "ratio_vs_node": round(rps["cache"] / rps["node"], 3),
        "spread": {name: round(value, 3) for name, value in spread.items()},
        "repeats": cluster.timing.cache_repeats,
    }


#: Accept-Encoding values as clients send them, and the coding each gets through nginx.
CLIENT_CODINGS = {
    "gzip, deflate, br, zstd": "br",  # browsers
    "br": "br",
    "gzip, deflate": "gzip",  # python-requests
    "gzip": "gzip",
    "br;q=0, gzip": "gzip",
    "": "identity",
}


def coding_check(cluster: Cluster) -> dict[str, Any]:
    """Through nginx, each Accept-Encoding gets the node's own coded bytes (nginx codes
    nothing), and clients whose header normalizes alike share one cache entry."""
    node = cluster.nodes[0]
    found: dict[str, Any] = {}
    passed = True
    seen: dict[str, int] = {}
    for accept_encoding, coding in CLIENT_CODINGS.items():
        headers = {"Accept-Encoding": accept_encoding} if accept_encoding else {}
        status, got, body = fetch(NGINX_HOST, cluster.port, CACHE_TARGET, headers)
        direct = fetch(node.host, node.port, CACHE_TARGET, {"Accept-Encoding": coding})
        sent = got.get("content-encoding", "identity")
        shared = seen.get(coding, 0) > 0
        ok = (
            status == 200
            and sent == coding
            and body == direct[2]
            and got.get("etag") == direct[1].get("etag")
            and (not shared or got.get("x-cache-status") == "HIT")
        )
        seen[coding] = seen.get(coding, 0) + 1
        found[accept_encoding or "(none)"] = {
            "coding": sent,
            "bytes": len(body),
            "cache": got.get("x-cache-status"),
        }
        passed = passed and ok
    return {"passed": passed, "clients": found}


def graceful_scenario(cluster: Cluster) -> dict[str, Any]:
    """SIGTERM to a node under load: it drains, finishes its requests and stops; no error."""
    if cluster.nginx is None:
        raise RuntimeError("the cluster's nginx was not started")
    node = cluster.nodes[1]
    since = cluster.nginx.error_log_size()
    with cluster.load_loop() as loop:
        time.sleep(cluster.timing.settle)
        stop_seconds = node.terminate()
        time.sleep(cluster.timing.settle)
        node.start()
        node.wait_version(cluster.versions[cluster.serving])
        back = node.wait_in_rotation()
        time.sleep(cluster.timing.settle)
        load = loop.stop()
    retried = cluster.upstream_failures(since)
    return common(
        "graceful_stop",
        loop,
        load,
        clean(load),
        stop_seconds=round(stop_seconds, 2),
        back_in_rotation_s=round(back, 2),
        upstream_failures_retried=retried,
    )


def failure_scenario(cluster: Cluster) -> dict[str, Any]:
    """kill -9 of a node under load; back ``outage`` seconds later; p99 of the window."""
    if cluster.nginx is None:
        raise RuntimeError("the cluster's nginx was not started")
    node = cluster.nodes[2]
    since = cluster.nginx.error_log_size()
    with cluster.load_loop() as loop:
        while len(loop.runs) < 2:  # a p99 from before the failure
            time.sleep(0.05)
        killed = time.monotonic()
        killed_at = time.time()
        node.kill()
        time.sleep(cluster.timing.outage)
        node.start()
        node.wait_version(cluster.versions[cluster.serving])
        node.wait_in_rotation()
        back = time.monotonic()
        back_at = time.time()
        time.sleep(cluster.timing.settle)
        load = loop.stop()
    window = [run for run in loop.runs if run.ended > killed and run.started < back]
    before = [run for run in loop.runs if run.ended <= killed]
    p99_window = max((run.p99_ms for run in window), default=0.0)
    p99_before = statistics.median(run.p99_ms for run in before) if before else 0.0
    summary = common(
        "node_failure",
        loop,
        load,
        clean(load),
        outage_s=cluster.timing.outage,
        window_s=round(back - killed, 2),
        p99_ms_window=round(p99_window, 2),
        p99_ms_before=round(p99_before, 2),
        upstream_failures_retried=cluster.upstream_failures(since),
        killed_node=node.name,
        killed_at=killed_at,
        back_at=back_at,
    )
    summary["p99_ms"] = round(p99_window, 2)
    return summary


def rate_limit_scenario(cluster: Cluster) -> dict[str, Any]:
    """One client far past the limit gets 429 problems; a polite one at the same time, none."""
    cached = [request for request in cluster.mix if not request[1]]
    burst_mix = write_mix(cluster.folder / "burst.tsv", cached)
    seconds = cluster.timing.rate_seconds
    with PacedClient(
        NGINX_HOST, cluster.port, cluster.mix, rate=10, headers={"X-Forwarded-For": POLITE}
    ) as polite:
        burst = run_wrk(
            cluster.url,
            burst_mix,
            seconds,
            connections=8,
            threads=1,
            header=f"X-Forwarded-For: {BURSTER}",
        )
    problem_ok = False
    sample = None
    status, headers, body = fetch(
        NGINX_HOST, cluster.port, RECORDS[0], {"X-Forwarded-For": BURSTER}
    )
    for _ in range(100):  # still limited right after the burst, or limited again by these
        if status == 429:
            sample = (headers, body)
            break
        status, headers, body = fetch(
            NGINX_HOST, cluster.port, RECORDS[0], {"X-Forwarded-For": BURSTER}
        )
    if sample is not None:
        headers, body = sample
        request_id = headers.get("x-request-id", "")
        problem_ok = (
            body == rate_limited_problem().replace(REQUEST_ID_VARIABLE, request_id).encode()
            and len(request_id) == 32
            and headers.get("content-type") == "application/problem+json"
            and headers.get("retry-after", "").isdigit()
            and headers.get("cache-control") == "no-store"
            and headers.get("access-control-allow-origin") == "*"
        )
    documented = fetch(
        NGINX_HOST, cluster.port, json.loads(body)["type"] if sample else "/problems/rate-limited"
    )
    resolves = documented[0] == 200 and json.loads(documented[2])["status"] == 429
    seen = polite.seen
    polite_p99 = (
        statistics.quantiles(seen.latencies_ms, n=100)[98] if len(seen.latencies_ms) > 1 else 0.0
    )
    passed = (
        seen.errors == 0
        and seen.requests > 0
        and burst.limited > burst.requests / 2
        and burst.socket_errors == 0
        and burst.other == 0
        and problem_ok
        and resolves
    )
    return {
        "scenario": "rate_limit",
        "requests": burst.requests + seen.requests,
        "sent": burst.sent + seen.requests,
        "errors": seen.errors,
        "socket_errors": burst.socket_errors,
        "p99_ms": round(polite_p99, 2),
        "passed": passed,
        "polite_requests": seen.requests,
        "polite_errors": seen.errors,
        "burst_requests": burst.requests,
        "burst_429": burst.limited,
        "burst_ok": burst.ok + burst.not_modified,
        "burst_other": burst.other,
        "burst_rps": round(burst.rps),
        "problem_body_and_headers_ok": problem_ok,
        "problem_type_resolves": resolves,
    }


def rolling_scenario(cluster: Cluster) -> dict[str, Any]:
    """A new dataset version, node by node, under load; then the cache starts on it."""
    if cluster.nginx is None:
        raise RuntimeError("the cluster's nginx was not started")
    before = cluster.node_versions()
    old_etags = {
        target: fetch(NGINX_HOST, cluster.port, target)[1]["etag"]
        for target, _ in cluster.mix
        if not _
    }
    old, target_label = cluster.serving, "next" if cluster.serving == "current" else "current"
    new = cluster.versions[target_label]
    since = cluster.nginx.error_log_size()
    steps: list[dict[str, Any]] = []
    with (
        cluster.load_loop(2) as loop,
        PacedClient(NGINX_HOST, cluster.port, cluster.mix, rate=50) as checker,
    ):
        time.sleep(cluster.timing.settle)
        for node in cluster.nodes:
            stop_s = node.terminate()  # out: it drains, stops; nginx sees it fail and routes around
            node.install(cluster.snapshots[target_label])
            node.start()
            start_s = node.wait_version(new)
            back_s = node.wait_in_rotation()  # back: nginx tries it again after fail_timeout
            steps.append(
                {
                    "node": node.name,
                    "stop_s": round(stop_s, 2),
                    "healthy_s": round(start_s, 2),
                    "in_rotation_s": round(back_s, 2),
                }
            )
        # Every node serves the new version, and no request to an old one is in flight
        # (each stopped only once it had answered them): empty the cache, no reload.
        purged = cluster.nginx.purge_cache()
        cluster.serving = target_label
        time.sleep(cluster.timing.settle + 1)
        load = loop.stop()
    after = cluster.node_versions()
    node = cluster.nodes[0]
    new_etags: dict[str, str] = {}
    cache_new = True
    for target, headers in cluster.mix:
        if headers:
            continue
        direct = fetch(node.host, node.port, target)
        through = fetch(NGINX_HOST, cluster.port, target)
        new_etags[target] = direct[1]["etag"]
        if target == "/healthz":
            cache_new &= json.loads(through[2])["dataset_version"] == new
        else:
            cache_new &= through[1]["etag"] == direct[1]["etag"] == etag_of(through[2])
    seen = checker.seen
    unknown = {
        target: sorted(etags - {old_etags.get(target), new_etags.get(target)})
        for target, etags in seen.etags.items()
        if target != "/healthz" and etags - {old_etags.get(target), new_etags.get(target)}
    }
    versions_seen = sorted(set(seen.versions))
    changed = sorted(
        target
        for target in new_etags
        if target != "/healthz" and new_etags[target] != old_etags[target]
    )
    passed = (
        clean(load)
        and seen.errors == 0
        and seen.mismatched == 0
        and not unknown
        and set(before.values()) == {cluster.versions[old]}
        and set(after.values()) == {new}
        and cache_new
        and set(versions_seen) <= {cluster.versions[old], new}
    )
    return common(
        "rolling_update",
        loop,
        load,
        passed,
        version_before=cluster.versions[old]
        if set(before.values()) == {cluster.versions[old]}
        else before,
        version_after=new if set(after.values()) == {new} else after,
        nodes_after=after,
        sent=load.sent + seen.requests,
        cache_serves_new=cache_new,
        changed_urls=changed,
        checker_requests=seen.requests,
        checker_errors=seen.errors,
        etag_body_mismatches=seen.mismatched,
        unknown_etags=unknown,
        versions_seen=versions_seen,
        steps=steps,
        cache_files_purged=purged,
        upstream_failures_retried=cluster.upstream_failures(since),
    )


def soak_scenario(cluster: Cluster) -> dict[str, Any]:
    """Minutes of mixed load: every node's RSS flat from the mark on, no more open files."""
    timing = cluster.timing
    samples: list[dict[str, Any]] = []
    stop = threading.Event()

    def sample() -> None:
        started = time.monotonic()
        while not stop.wait(timing.sample_every):
            entry: dict[str, Any] = {"t": round(time.monotonic() - started, 1)}
            for node in cluster.nodes:
                entry[node.name] = {"rss_mib": round(node.rss_mib(), 1), "fds": node.fds()}
            samples.append(entry)

    sampler = threading.Thread(target=sample, daemon=True)
    loop = cluster.load_loop(timing.soak_chunk)
    with loop:
        sampler.start()
        time.sleep(timing.soak_seconds)
        load = loop.stop()
    stop.set()
    sampler.join()
    mark = min(samples, key=lambda entry: abs(entry["t"] - timing.soak_mark))
    end = samples[-1]
    window = [entry for entry in samples if timing.soak_mark / 2 <= entry["t"] <= timing.soak_mark]
    per_node: dict[str, Any] = {}
    flat = True
    after = [entry for entry in samples if entry["t"] >= mark["t"]]
    for node in cluster.nodes:
        rss_mark, rss_end = mark[node.name]["rss_mib"], end[node.name]["rss_mib"]
        files_mark, files_end = mark[node.name]["fds"][1], end[node.name]["fds"][1]

        def sockets(entry: dict[str, Any], name: str = node.name) -> int:
            every, files = entry[name]["fds"]
            return int(every - files)

        sockets_before = max(sockets(entry) for entry in window or [mark])
        sockets_after = max(sockets(entry) for entry in after)
        drift = max(abs(entry[node.name]["rss_mib"] - rss_mark) for entry in after)
        ok = (
            drift <= RSS_DRIFT * rss_mark
            and files_end <= files_mark
            and sockets_after <= sockets_before + SOCKET_SLACK
        )
        flat &= ok
        per_node[node.name] = {
            "rss_mib_mark": rss_mark,
            "rss_mib_end": rss_end,
            "rss_change": round(rss_end / rss_mark - 1, 4),
            "rss_mib_max": max(entry[node.name]["rss_mib"] for entry in after),
            "rss_drift_max": round(drift / rss_mark, 4),
            "files_mark": files_mark,
            "files_end": files_end,
            "sockets_max_before_mark": sockets_before,
            "sockets_max_after_mark": sockets_after,
            "flat": ok,
        }
    (OUT / "soak-samples.json").write_text(json.dumps(samples, indent=1))
    return common(
        "soak",
        loop,
        load,
        clean(load) and flat,
        seconds=timing.soak_seconds,
        mark_s=mark["t"],
        end_s=end["t"],
        rss_mib={
            name: [value["rss_mib_mark"], value["rss_mib_end"]] for name, value in per_node.items()
        },
        nodes=per_node,
    )


def observed(cluster: Cluster, summary: dict[str, Any], start: float, fetched: int) -> None:
    """Add what Prometheus saw of the scenario (from ``start``, a mark, to now) to its
    summary, and miss its target when it disagrees with the load generator.

    ``fetched``: the harness's own requests through nginx meanwhile.
    """
    prometheus = cluster.prometheus
    if prometheus is None:
        raise RuntimeError("the cluster's Prometheus was not started")
    prometheus.mark()
    end = time.time()
    names = ("dossier_http_requests_total", "nginx_http_requests_total", "nginx_up")
    window = prometheus.window(start, end, names)
    instances = {f"{node.host}:{node.port}": node.name for node in cluster.nodes}
    requests = window.increase("dossier_http_requests_total", not_scrapes)
    failures = window.increase(
        "dossier_http_requests_total", lambda labels: not_scrapes(labels) and failed(labels)
    )
    nginx = round(sum(window.increase("nginx_http_requests_total").values()))
    # Each of the exporter's reads of stub_status after the first is one request more.
    exporter_reads = sum(
        len(samples) - 1 for (name, _), samples in window.series.items() if name == "nginx_up"
    )
    sent = int(summary["sent"])
    uncertain = int(summary.get("sent_uncertain", 0))
    counted = nginx - exporter_reads - fetched
    # The cache scenario's wrk runs report answers, not requests sent: those in flight at
    # each run's end (up to its connections) are nginx's and not the load generator's.
    gap = max(0, counted - sent - uncertain) if counted > sent else sent - counted
    agreement = gap / sent if sent else 1.0
    per_node = {
        name: {
            "requests": round(requests.get(instance, 0)),
            "failed": round(failures.get(instance, 0)),
        }
        for instance, name in instances.items()
    }
    p99 = prometheus.p99_seconds(start, end)
    seen: dict[str, Any] = {
        "window_s": round(end - start, 1),
        "nginx_requests": nginx,
        "nginx_exporter_reads": exporter_reads,
        "harness_requests": fetched,
        "load_generator_sent": sent,
        "disagreement": round(agreement, 5),
        "nodes": per_node,
        "nodes_requests": sum(node["requests"] for node in per_node.values()),
        "nodes_failed": sum(node["failed"] for node in per_node.values()),
        "nodes_p99_ms": None if p99 is None else round(p99 * 1000, 2),
    }
    nodes_agree = True
    if "answered_by_nodes" in summary:
        by_nodes = int(summary["answered_by_nodes"])
        seen["load_generator_answered_by_nodes"] = by_nodes
        apart = abs(seen["nodes_requests"] - by_nodes) / by_nodes if by_nodes else 1.0
        seen["nodes_disagreement"] = round(apart, 5)
        if summary["scenario"] in NODES_STAY:
            nodes_agree = apart <= AGREEMENT
    if "killed_at" in summary:
        during = prometheus.window(summary["killed_at"], summary["back_at"], names[:1])
        served = during.increase("dossier_http_requests_total", not_scrapes)
        seen["served_while_killed"] = {
            name: round(served.get(instance, 0)) for instance, name in instances.items()
        }
    summary["prometheus"] = seen
    summary["passed"] = bool(
        summary["passed"] and agreement <= AGREEMENT and nodes_agree and seen["nodes_failed"] == 0
    )


SCENARIOS: dict[str, Callable[[Cluster], dict[str, Any]]] = {
    "cache": cache_scenario,
    "graceful_stop": graceful_scenario,
    "node_failure": failure_scenario,
    "rate_limit": rate_limit_scenario,
    "rolling_update": rolling_scenario,
    "soak": soak_scenario,
}


# -- reporting


def table(summaries: list[dict[str, Any]]) -> str:
    rows = []
    for entry in summaries:
        rows.append(
            [
                entry["scenario"],
                f"{entry['requests']:,}",
                str(entry["errors"]),
                str(entry["socket_errors"]),
                f"{entry['p99_ms']:.1f}",
                f"{entry['to_nodes']:.0%}" if "to_nodes" in entry else "",
                "ok" if entry["passed"] else "**MISSED**",
                detail(entry),
                seen_by_prometheus(entry),
            ]
        )
    header = [
        "scenario",
        "requests",
        "non-2xx/304",
        "socket errors",
        "p99 ms",
        "to nodes",
        "target",
        "measured",
        "what Prometheus saw",
    ]
    return results.table(header, rows)


def seen_by_prometheus(entry: dict[str, Any]) -> str:
    """What Prometheus saw of a scenario, in words."""
    seen = entry.get("prometheus")
    if seen is None:
        return ""
    nodes = ", ".join(
        f"{name} {node['requests']:,}" + (f" ({node['failed']} failed)" if node["failed"] else "")
        for name, node in seen["nodes"].items()
    )
    answered = ""
    if "nodes_disagreement" in seen:
        answered = (
            f" ({seen['nodes_requests']:,} for {seen['load_generator_answered_by_nodes']:,} "
            f"answered by nodes, {seen['nodes_disagreement']:.2%} apart)"
        )
    text = (
        f"nginx {seen['nginx_requests']:,} requests for {seen['load_generator_sent']:,} sent "
        f"({seen['disagreement']:.2%} apart); nodes: {nodes}{answered}; "
        f"{seen['nodes_failed']} non-2xx/304; nodes' p99 "
        + ("-" if seen["nodes_p99_ms"] is None else f"{seen['nodes_p99_ms']:.1f} ms")
    )
    if "served_while_killed" in seen:
        served = ", ".join(
            f"{name} {count:,}" for name, count in seen["served_while_killed"].items()
        )
        text += f"; while {entry['killed_node']} was out: {served}"
    return text


def detail(entry: dict[str, Any]) -> str:
    name = entry["scenario"]
    if name == "cache":
        return (
            f"{entry['rps_cache']:,} req/s from the cache, {entry['rps_static']:,} static, "
            f"{entry['rps_node']:,} one node: **{entry['ratio_vs_static']:.2f}x** static, "
            f"**{entry['ratio_vs_node']:.2f}x** a node; codings through nginx: "
            + ", ".join(
                f"{accept} -> {client['coding']} ({client['bytes']:,} B, {client['cache']})"
                for accept, client in entry["codings"]["clients"].items()
            )
        )
    if name == "graceful_stop":
        return (
            f"stopped {entry['stop_seconds']:.1f} s after SIGTERM (drain included); "
            f"{entry['upstream_failures_retried']} requests retried by nginx"
        )
    if name == "node_failure":
        return (
            f"p99 {entry['p99_ms_window']:.1f} ms in the {entry['window_s']:.0f} s window "
            f"(before: {entry['p99_ms_before']:.1f} ms); {entry['upstream_failures_retried']} "
            f"requests retried by nginx"
        )
    if name == "rate_limit":
        return (
            f"burst: {entry['burst_429']:,} of {entry['burst_requests']:,} got the 429 problem; "
            f"polite: {entry['polite_errors']} errors in {entry['polite_requests']}"
        )
    if name == "rolling_update":
        return (
            f"{entry['version_before']} -> {entry['version_after']} on every node and the cache "
            f"({'yes' if entry['cache_serves_new'] else 'NO'}); {entry['etag_body_mismatches']} "
            f"mixed responses in {entry['checker_requests']} checked; "
            f"{entry['upstream_failures_retried']} requests retried by nginx"
        )
    if name == "soak":
        rss = ", ".join(f"{a:.0f} -> {b:.0f}" for a, b in entry["rss_mib"].values())
        return f"{entry['seconds'] / 60:g} min; RSS MiB per node, mark -> end: {rss}"
    return ""


def render(summaries: list[dict[str, Any]], cluster: Cluster, short: bool) -> str:
    timing = cluster.timing
    settings = [
        f"- nodes: {len(cluster.nodes)} x `python -m api.serve --workers {cluster.workers} "
        f"--threads {cluster.threads}` on {', '.join(NODE_HOSTS)}, each with its own copy of "
        f"the snapshot; nginx {nginx_version()} on {NGINX_HOST} with deploy/nginx/dossier.conf "
        "(rendered for loopback: build/cluster/nginx-dossier.conf)",
        "- load: wrk, 2 threads, 32 connections, through nginx, over a mix of "
        f"{len(cluster.mix)} requests (records, filtered pages, 304s, `Cache-Control: no-cache` "
        "ones that nginx passes to a node, /healthz); `to nodes` is the share nginx did not "
        "answer from its cache",
        f"- Prometheus {prometheus_version()} (Debian's package) scraping every node's "
        "`GET /metrics` and nginx's stub_status (through prometheus-nginx-exporter) every "
        f"{SCRAPE_INTERVAL}, with deploy/prometheus/prometheus.yml (rendered for loopback: "
        "build/cluster/prometheus.yml)",
        f"- {'short' if short else 'full'} run: soak {timing.soak_seconds / 60:g} min, RSS "
        f"mark at {timing.soak_mark:g} s; outage {timing.outage:g} s; cache comparison "
        f"{timing.cache_repeats} x {timing.cache_seconds:g} s per target, alternated, medians",
    ]
    return (
        "## Several nodes behind nginx (cluster rehearsal)\n\n"
        + "\n".join(results.machine_lines() + settings)
        + "\n\n"
        + table(summaries)
        + "\n"
        + repeats()
        + "\n"
        + NOISE
        + "\n"
        + SEEN
    )


NOISE = (
    "Noise: one shared 2-core machine runs everything: 3 nodes of 2 workers each, nginx's 2"
    " workers, wrk and the harness, so the nodes, nginx and the load generator take CPU "
    "from each other and from the neighbours; absolute req/s and p99 are far below what "
    "separate machines would do, and move from run to run. `p99 ms` is the worst p99 of the"
    " 1 s (rolling update: 2 s, soak: 10 s) wrk runs that made up a scenario's load; the "
    "median p99 is in summary.json. The cache ratios come from runs alternated side by "
    "side, medians of the repeats. What does not depend on the noise is the count of failed"
    " requests: the targets are 0 non-2xx/304 responses and 0 socket errors in every run. "
    "`retried by nginx` counts the requests a node failed (refused, reset) that nginx "
    "passed to another node, from its error log: the clients never saw them.\n"
)


SEEN = (
    "What Prometheus saw: each scenario runs between two marks, each once every worker has "
    "flushed its counts and every target has been scraped since, and the counts are read "
    "from the raw samples between them (a restarted node's counted from zero). `nginx` is "
    "nginx's own request counter (stub_status), less the exporter's reads and the harness's "
    "own requests, against the requests the load generator sent (wrk's, counted by its "
    "script as it sends them, and the paced clients'): the target is at most 1% apart. The "
    "nodes' counts (their `dossier_http_requests_total`, Prometheus's scrapes left out) are "
    "each node's answers, and those of a node stopped or killed since its last scrape are "
    "lost with it; in the soak, where no node stops, they must agree within 1% with the "
    "answers wrk saw come from a node (nginx's `X-Cache-Status` MISS, BYPASS, EXPIRED, "
    "REVALIDATED). No node may answer a non-2xx/304. The nodes' p99 comes from their "
    "histograms (`histogram_quantile`), the time a node takes to hand its answer to the "
    "server, which is why it is far below wrk's, which includes nginx and the queues of a "
    "shared machine.\n"
)


def prometheus_version() -> str:
    done = subprocess.run(
        [prometheus_binaries()[0], "--version"], capture_output=True, text=True, check=False
    )
    first = (done.stdout or done.stderr).splitlines()
    return first[0].split("version ")[-1].split(" ")[0] if first else "unknown"


def repeats() -> str:
    """A line on every run recorded on this machine: the failures summed, the ratios' spread."""
    if not HISTORY.exists():
        return ""
    runs = [json.loads(line) for line in HISTORY.read_text().splitlines() if line.strip()]
    full = sum(not run["short"] for run in runs)
    entries = [entry for run in runs for entry in run["scenarios"]]
    errors = sum(entry["errors"] for entry in entries if entry["scenario"] != "rate_limit")
    sockets = sum(entry["socket_errors"] for entry in entries)
    missed = sum(not entry["passed"] for entry in entries)
    ratios = [entry["ratio_vs_static"] for entry in entries if entry["scenario"] == "cache"]
    node_ratios = [entry["ratio_vs_node"] for entry in entries if entry["scenario"] == "cache"]
    line = (
        f"Repeats: {len(runs)} runs recorded on this machine ({full} full, {len(runs) - full} "
        f"short; build/cluster/history.jsonl): {errors} non-2xx/304 responses outside the "
        f"rate limit's burst and {sockets} socket errors in all of them, {missed} targets "
        "missed."
    )
    if ratios:
        line += (
            f" Cache against static, median over runs: {statistics.median(ratios):.2f}x "
            f"(range {min(ratios):.2f}-{max(ratios):.2f}); against one node: "
            f"{statistics.median(node_ratios):.2f}x "
            f"({min(node_ratios):.2f}-{max(node_ratios):.2f})."
        )
    return line + "\n"


def nginx_version() -> str:
    done = subprocess.run([nginx_path(), "-v"], capture_output=True, text=True)
    return done.stderr.strip().split("/")[-1]


@contextmanager
def signals_end_the_run() -> Iterator[None]:
    """SIGTERM or SIGHUP (a timeout, a closed terminal) unwinds like Ctrl-C: clean-up runs."""

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt(f"signal {signum}")

    previous = {sig: signal.signal(sig, interrupt) for sig in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.cluster", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--short", action="store_true", help="a few seconds per scenario, soak 30 s"
    )
    parser.add_argument("--only", help="comma-separated scenarios, in the order run", default="")
    parser.add_argument("--soak-seconds", type=float, help="override the soak's length")
    parser.add_argument("--workers", type=int, default=2, help="workers per node")
    parser.add_argument("--threads", type=int, default=2, help="threads per worker")
    parser.add_argument("--no-write", action="store_true", help="leave bench/results.md alone")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        wrk.wrk_path()
        nginx_path()
        prometheus_binaries()
    except (wrk.WrkMissing, NginxMissing, PrometheusMissing) as missing:
        print(missing, file=sys.stderr)
        return 2
    timing = SHORT if args.short else FULL
    if args.soak_seconds:
        mark = min(timing.soak_mark, args.soak_seconds / 3)
        timing = Timing(**{**timing.__dict__, "soak_seconds": args.soak_seconds, "soak_mark": mark})
    names = [name for name in args.only.split(",") if name] or list(SCENARIOS)
    unknown = set(names) - set(SCENARIOS)
    if unknown:
        print(f"unknown scenarios: {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    if not PGIDS.exists():
        PGIDS.write_text("")
    summaries: list[dict[str, Any]] = []
    with signals_end_the_run(), tempfile.TemporaryDirectory(prefix="dossier-cluster-") as tmp:
        # nginx's workers (www-data when we are root) reach its cache: search, not read.
        os.chmod(tmp, 0o711)  # noqa: S103
        cluster = Cluster(Path(tmp), timing, args.workers, args.threads)
        try:
            cluster.start()
            print(
                f"3 nodes on {', '.join(NODE_HOSTS)}:{cluster.nodes[0].port}, nginx on "
                f"{cluster.url}; dataset {cluster.versions['current']}, "
                f"next {cluster.versions['next']}",
                flush=True,
            )
            for name in names:
                if cluster.prometheus is None:
                    raise RuntimeError("the cluster's Prometheus was not started")
                mark = cluster.prometheus.mark()
                through_nginx = FETCHED[NGINX_HOST, cluster.port]
                started = time.monotonic()
                summary = SCENARIOS[name](cluster)
                summary["duration_s"] = round(time.monotonic() - started, 1)
                fetched = FETCHED[NGINX_HOST, cluster.port] - through_nginx
                observed(cluster, summary, mark, fetched)
                summaries.append(summary)
                verdict = "ok" if summary["passed"] else "MISSED"
                print(
                    f"  {name}: {verdict} in {summary['duration_s']:.0f} s: {detail(summary)}",
                    flush=True,
                )
                (OUT / "summary.json").write_text(json.dumps(summaries, indent=1) + "\n")
        finally:
            cluster.stop()
            error_log = cluster.folder / "nginx" / "error.log"
            if error_log.exists():
                shutil.copyfile(error_log, OUT / "nginx-error.log")
    record = {
        "date": time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime()),
        "short": args.short,
        "scenarios": summaries,
    }
    with HISTORY.open("a") as history:
        history.write(json.dumps(record) + "\n")
    text = render(summaries, cluster, args.short)
    print()
    print(text)
    print(f"summary: {OUT / 'summary.json'}")
    if not args.short and not args.no_write and set(names) == set(SCENARIOS):
        print(f"written to {results.write_section('cluster', text)}")
    missed = [entry["scenario"] for entry in summaries if not entry["passed"]]
    if missed:
        print(f"targets missed: {', '.join(missed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Prometheus for the cluster rehearsal: deploy/prometheus rendered for loopback, and read.

The shipped configuration is the one source, as nginx's is: the rehearsal changes only its
lines marked ``rehearsal:`` (the intervals, the nodes' and the exporter's addresses), each
substitution checked to apply exactly once. Prometheus (Debian's ``prometheus``) and the
nginx exporter (Debian's ``prometheus-nginx-exporter``, reading nginx's stub_status) run in
the foreground in their own process groups, with their data under the rehearsal's folder.

What a scenario's summary says Prometheus saw is read back from the raw samples of the
window between two *marks*: a mark waits until every worker has flushed its counts and every
target has been scraped since, so that the first sample of each series in the window is its
count before the scenario and the last its count after. A counter's increase is the sum of
its rises, a restarted node's counts (its launcher's pid changed) added from zero: exact,
but for what a node counted between its last scrape and its stop (a node's counts live in
its process).
"""

from __future__ import annotations

import http.client
import json
import os
import re
import shutil
import subprocess
import time
import urllib.parse
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from bench.procs import ROOT

DEPLOY = ROOT / "deploy" / "prometheus"
CONFIG_TEMPLATE = DEPLOY / "prometheus.yml"
RULES = DEPLOY / "alerts.yml"
PROMETHEUS = "/usr/bin/prometheus"
EXPORTER = "/usr/bin/prometheus-nginx-exporter"
INSTALL_HINT = (
    "Prometheus is not installed (Debian packages `prometheus`, `prometheus-nginx-exporter`): "
    "apt-get install -y prometheus prometheus-nginx-exporter"
)
#: How often the rehearsal's Prometheus scrapes (the shipped file says 15 s).
SCRAPE_INTERVAL = "500ms"
#: How long after a load stops every node's workers have flushed their counts (api.web.
#: observability.FLUSH_SECONDS, and a margin).
SETTLED_SECONDS = 0.8
#: Answers that count as failed: neither 2xx nor 304.
_OK_STATUS = re.compile(r"^(2..|304)$")
#: The operation Prometheus's own scrapes are: not the load's.
SCRAPES = "getMetrics"


class PrometheusMissing(RuntimeError):
    """Prometheus or the nginx exporter is not installed."""


def binaries() -> tuple[str, str]:
    """Return the paths of prometheus and of the nginx exporter, or raise PrometheusMissing."""
    found = []
    for name, default in (("prometheus", PROMETHEUS), ("prometheus-nginx-exporter", EXPORTER)):
        path = shutil.which(name) or (default if Path(default).is_file() else None)
        if path is None:
            raise PrometheusMissing(INSTALL_HINT)
        found.append(path)
    return found[0], found[1]


def _replace_once(text: str, old: str, new: str) -> str:
    if text.count(old) != 1:
        raise RuntimeError(
            f"{CONFIG_TEMPLATE.name} changed: expected exactly one {old!r} to render the rehearsal"
        )
    return text.replace(old, new)


def render_config(nodes: list[str], exporter: str, interval: str = SCRAPE_INTERVAL) -> str:
    """Render prometheus.yml for the rehearsal's addresses and interval; nothing else changes."""
    text = CONFIG_TEMPLATE.read_text()
    for name in ("scrape", "evaluation"):
        found = re.search(rf"^  {name}_interval: \S+  # rehearsal: {name} interval$", text, re.M)
        if found is None:
            raise RuntimeError(f"{CONFIG_TEMPLATE.name}: no `# rehearsal: {name} interval` line")
        text = _replace_once(text, found.group(0), f"  {name}_interval: {interval}")
    targets = re.search(r"^      - targets: \[.*\]  # rehearsal: nodes$", text, re.M)
    if targets is None:
        raise RuntimeError(f"{CONFIG_TEMPLATE.name}: no `# rehearsal: nodes` line")
    text = _replace_once(text, targets.group(0), f"      - targets: {json.dumps(nodes)}")
    found = re.search(r"^      - targets: \[.*\]  # rehearsal: nginx exporter$", text, re.M)
    if found is None:
        raise RuntimeError(f"{CONFIG_TEMPLATE.name}: no `# rehearsal: nginx exporter` line")
    return _replace_once(text, found.group(0), f"      - targets: {json.dumps([exporter])}")


Series = list[tuple[float, float]]


@dataclass
class Window:
    """What Prometheus holds between two marks: the raw samples of the series the summary
    reads, and each node's launcher pid at each scrape (to tell a restart)."""

    start: float
    end: float
    #: (metric, labels) -> [(time, value)], in time order.
    series: dict[tuple[str, frozenset[tuple[str, str]]], Series] = field(default_factory=dict)
    #: instance -> {scrape time: its launcher's pid}.
    launchers: dict[str, dict[float, str]] = field(default_factory=dict)

    def increase(
        self, name: str, keep: Callable[[dict[str, str]], bool] = lambda _: True
    ) -> dict[str, float]:
        """Return the increase of counter ``name`` in the window, summed per instance over the
        series whose labels ``keep`` keeps."""
        totals: dict[str, float] = defaultdict(float)
        for (metric, labels), samples in self.series.items():
            tags = dict(labels)
            if metric != name or not keep(tags):
                continue
            instance = tags["instance"]
            totals[instance] += self._rises(instance, samples)
        return dict(totals)

    def first_scrape(self, instance: str) -> float:
        """Return when ``instance`` was first scraped in the window."""
        return min(
            samples[0][0]
            for (_, labels), samples in self.series.items()
            if dict(labels).get("instance") == instance
        )

    def _rises(self, instance: str, samples: Series) -> float:
        launchers = self.launchers.get(instance, {})
        # A series first seen after the instance's first scrape in the window started at 0.
        total = samples[0][1] if samples[0][0] > self.first_scrape(instance) else 0.0
        for (before_at, before), (at, value) in zip(samples, samples[1:], strict=False):
            restarted = launchers.get(at) != launchers.get(before_at)
            total += value if restarted or value < before else value - before
        return total


class Prometheus:
    """Prometheus and the nginx exporter, on loopback, each in its own process group."""

    def __init__(self, folder: Path, port: int, exporter_port: int, note: Callable[[int], None]):
        self.folder = folder
        self.port = port
        self.exporter_port = exporter_port
        self.note = note
        self.processes: list[subprocess.Popen[bytes]] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, nodes: list[str], stub_status: str) -> None:
        prometheus, exporter = binaries()
        self.folder.mkdir(parents=True, exist_ok=True)
        config = self.folder / "prometheus.yml"
        config.write_text(render_config(nodes, f"127.0.0.1:{self.exporter_port}"))
        shutil.copyfile(RULES, self.folder / RULES.name)
        log = (self.folder / "prometheus.log").open("ab")
        with log:
            for argv in (
                [
                    exporter,
                    f"-nginx.scrape-uri={stub_status}",
                    f"-web.listen-address=127.0.0.1:{self.exporter_port}",
                ],
                [
                    prometheus,
                    f"--config.file={config}",
                    f"--storage.tsdb.path={self.folder / 'data'}",
                    f"--web.listen-address=127.0.0.1:{self.port}",
                    "--storage.tsdb.retention.time=1d",
                    "--log.level=warn",
                ],
            ):
                process = subprocess.Popen(
                    argv, stdout=log, stderr=log, start_new_session=True, cwd=self.folder
                )
                self.processes.append(process)
                self.note(process.pid)
        self._wait_ready()

    def _wait_ready(self, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(process.poll() is not None for process in self.processes):
                raise RuntimeError(f"Prometheus stopped: see {self.folder / 'prometheus.log'}")
            try:
                if self._request("/-/ready")[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"Prometheus was not ready within {timeout} s")

    def stop(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                try:
                    os.killpg(process.pid, 15)
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, 9)
                    process.wait()
                except ProcessLookupError:
                    pass

    def _request(self, target: str) -> tuple[int, bytes]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.request("GET", target)
            response = connection.getresponse()
            return response.status, response.read()
        finally:
            connection.close()

    def _get(self, path: str, **params: str) -> Any:
        status, answer = self._request(f"{path}?{urllib.parse.urlencode(params)}")
        body = json.loads(answer) if answer else {}
        if status != 200 or body.get("status") != "success":
            raise RuntimeError(f"Prometheus answered {body}")
        return body["data"]

    def targets(self) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = self._get("/api/v1/targets", state="active")["activeTargets"]
        return found

    def mark(self, timeout: float = 20) -> float:
        """Wait until every worker has flushed what it counted and every target has been
        scraped since, up; return the moment from which the next scrapes count."""
        time.sleep(SETTLED_SECONDS)
        moment = time.time()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            targets = self.targets()
            if targets and all(
                target["health"] == "up" and _epoch(target["lastScrape"]) > moment
                for target in targets
            ):
                return moment
            time.sleep(0.1)
        raise RuntimeError(f"Prometheus did not scrape every target up within {timeout} s")

    def query(self, expression: str, at: float) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = self._get(
            "/api/v1/query", query=expression, time=f"{at:.3f}"
        )["result"]
        return result

    def window(self, start: float, end: float, names: Iterable[str]) -> Window:
        """Return the raw samples of the series ``names`` scraped between two marks."""
        seconds = max(1, int(end - start + 1))
        window = Window(start, end)
        for name in names:
            for found in self.query(f"{name}[{seconds}s]", end):
                labels = frozenset(found["metric"].items())
                samples = [
                    (float(at), float(value)) for at, value in found["values"] if float(at) > start
                ]
                if samples:
                    window.series[name, labels] = samples
        for found in self.query(f'process_start_time_seconds{{role="main"}}[{seconds}s]', end):
            pid, instance = found["metric"]["pid"], found["metric"]["instance"]
            for at, _ in found["values"]:
                if float(at) > start:
                    window.launchers.setdefault(instance, {})[float(at)] = pid
        return window

    def p99_seconds(self, start: float, end: float, instance: str | None = None) -> float | None:
        """Return the p99 of the nodes' answer times in the window, from their histograms."""
        where = 'job="dossier",operation!="getMetrics"'
        if instance is not None:
            where += f',instance="{instance}"'
        seconds = max(1, round(end - start))
        expression = (
            "histogram_quantile(0.99, sum by (le) (increase("
            f"dossier_http_request_duration_seconds_bucket{{{where}}}[{seconds}s])))"
        )
        result = self.query(expression, end)
        if not result:
            return None
        value = float(result[0]["value"][1])
        return None if value != value else value  # NaN: no answers


def _epoch(stamp: str) -> float:
    """Return a Prometheus RFC 3339 time (nanoseconds, Z) as seconds since the epoch."""
    stamp = stamp.replace("Z", "+00:00")
    head, _, tail = stamp.partition(".")
    if tail:  # at most microseconds for datetime
        fraction, sign, zone = re.match(r"(\d+)([+-])(.*)", tail).groups()  # type: ignore[union-attr]
        stamp = f"{head}.{fraction[:6]}{sign}{zone}"
    return datetime.fromisoformat(stamp).timestamp()


def failed(labels: dict[str, str]) -> bool:
    """Whether a request counter's labels are those of a failed answer (neither 2xx nor 304)."""
    return not _OK_STATUS.match(labels.get("status", ""))


def not_scrapes(labels: dict[str, str]) -> bool:
    """Whether a request counter's labels are those of anything but Prometheus's scrapes."""
    return labels.get("operation") != SCRAPES

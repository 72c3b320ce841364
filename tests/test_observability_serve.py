"""What an operator sees of a real node: ``python -m api.serve --workers 2 --access-log``."""

import http.client
import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import orjson
import pytest
from prometheus_client.parser import text_string_to_metric_families

from api.web.observability import FLUSH_SECONDS
from tests.support import ROOT, free_port

pytestmark = pytest.mark.slow

PAGE = "/v1/statements?speaker=emmanuel-macron"
PAGES = 600
MISSING = 400


@dataclass
class Node:
    port: int
    process: "subprocess.Popen[bytes]"
    access_log: Path
    tmp: Path

    def get(
        self, target: str, headers: dict[str, str] | None = None
    ) -> tuple[int, dict[str, str], bytes]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            connection.request("GET", target, headers=headers or {})
            response = connection.getresponse()
            return response.status, dict(response.getheaders()), response.read()
        finally:
            connection.close()

    def requests(self) -> Counter[tuple[str, str]]:
        """Return the requests counted by /metrics, by operation and status."""
        status, _, body = self.get("/metrics")
        assert status == 200
        counted: Counter[tuple[str, str]] = Counter()
        for family in text_string_to_metric_families(body.decode()):
            for sample in family.samples:
                if sample.name == "dossier_http_requests_total":
                    counted[sample.labels["operation"], sample.labels["status"]] += int(
                        sample.value
                    )
        return counted

    def workers(self) -> set[int]:
        found: set[int] = set()
        for task in Path(f"/proc/{self.process.pid}/task").glob("*/children"):
            found.update(int(pid) for pid in task.read_text().split())
        return found


@pytest.fixture(scope="module")
def node(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Node]:
    """Run the launcher with two workers and its access log; yield it, stop it."""
    tmp = tmp_path_factory.mktemp("node")
    port = free_port()
    access_log = tmp / "access.log"
    with access_log.open("wb") as stdout:
        process = subprocess.Popen(
            [sys.executable, "-m", "api.serve", "--port", str(port), "--workers", "2"]
            + ["--drain", "0", "--access-log"],
            cwd=ROOT,
            env={**os.environ, "TMPDIR": str(tmp)},
            stdout=stdout,
            stderr=subprocess.DEVNULL,
        )
    served = Node(port, process, access_log, tmp)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if served.get("/healthz")[0] == 200 and len(served.workers()) == 2:
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, "no node within 60 s"
            assert process.poll() is None, "the node stopped"
            time.sleep(0.1)
        yield served
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_counters_are_exact_across_two_workers(node: Node) -> None:
    time.sleep(2 * FLUSH_SECONDS)  # what earlier tests asked is flushed, counted and logged
    before = node.requests()
    logged_before = node.access_log.stat().st_size

    def ask(number: int) -> int:
        target = PAGE if number < PAGES else f"/v1/actors/nobody-{number}"
        return node.get(target)[0]  # a new connection each: either worker may answer

    with ThreadPoolExecutor(8) as pool:
        statuses = Counter(pool.map(ask, range(PAGES + MISSING)))
    assert statuses == {200: PAGES, 404: MISSING}
    asked = {("listStatements", "200"): PAGES, ("getActor", "404"): MISSING}
    expected = {key: before[key] + count for key, count in asked.items()}
    deadline = time.monotonic() + 10
    # The scrapes count themselves (getMetrics): only the requests asked are compared.
    while {key: node.requests()[key] for key in asked} != expected:
        assert time.monotonic() < deadline, "not every request counted within 10 s"
        time.sleep(FLUSH_SECONDS / 2)
    time.sleep(2 * FLUSH_SECONDS)  # and no more after every worker's next flush
    counted = node.requests()
    assert {key: counted[key] for key in asked} == expected
    # Both workers answered them: each log line names its worker.
    logged = node.access_log.read_bytes()[logged_before:]
    lines = [orjson.loads(line) for line in logged.splitlines()]
    answered = Counter(
        line["pid"] for line in lines if line["operation"] in ("listStatements", "getActor")
    )
    assert sum(answered.values()) == PAGES + MISSING
    assert set(answered) == node.workers()


def test_a_request_id_is_echoed_in_the_answer_the_problem_and_the_log(node: Node) -> None:
    status, headers, body = node.get("/v1/actors/nobody", {"X-Request-ID": "trace-me-1"})
    assert status == 404
    assert headers["x-request-id"] == "trace-me-1"
    assert orjson.loads(body)["request_id"] == "trace-me-1"
    status, headers, _ = node.get("/v1/topics", {"X-Request-ID": "trace-me-2"})
    assert (status, headers["x-request-id"]) == (200, "trace-me-2")
    status, headers, body = node.get("/v1/actors/nobody", {"X-Request-ID": "not a safe id"})
    made = headers["x-request-id"]
    assert made != "not a safe id"
    assert len(made) == 32
    assert orjson.loads(body)["request_id"] == made
    deadline = time.monotonic() + 10
    logged: dict[str, dict[str, object]] = {}
    while len(logged) < 3 and time.monotonic() < deadline:
        time.sleep(FLUSH_SECONDS / 2)
        logged = {
            line["request_id"]: line
            for line in map(orjson.loads, node.access_log.read_bytes().splitlines())
            if line["request_id"] in ("trace-me-1", "trace-me-2", made)
        }
    assert {key: (line["operation"], line["status"]) for key, line in logged.items()} == {
        "trace-me-1": ("getActor", 404),
        "trace-me-2": ("listTopics", 200),
        made: ("getActor", 404),
    }


def test_the_metrics_directory_is_the_launchers_own_and_goes_with_it(node: Node) -> None:
    status, _, body = node.get("/metrics")
    text = body.decode()
    assert status == 200
    time.sleep(2 * FLUSH_SECONDS)  # that answer, at least, is in its worker's files
    [directory] = node.tmp.glob("dossier-metrics-*")
    assert any(directory.glob("counter_*.db"))
    assert text.count('role="worker"') >= 2 * 5  # each worker's process metrics
    assert f'process_resident_memory_bytes{{pid="{node.process.pid}",role="main"}}' in text


def test_no_metrics_directory_is_left_after_the_launcher_stops(tmp_path: Path) -> None:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "api.serve", "--port", str(port), "--workers", "1", "--drain", "0"],
        cwd=ROOT,
        env={**os.environ, "TMPDIR": str(tmp_path)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while not list(tmp_path.glob("dossier-metrics-*")):  # made before the app is built
            assert time.monotonic() < deadline
            assert process.poll() is None
            time.sleep(0.01)
    finally:
        process.terminate()  # while it builds the app, or serves
        assert process.wait(timeout=20) in (0, 128 + 15)
    assert list(tmp_path.glob("dossier-metrics-*")) == []

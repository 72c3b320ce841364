"""The production launcher: Granian serving the app it built before forking its workers."""

import http.client
import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

from api import serve
from tests.support import ROOT, free_port

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """Run ``python -m api.serve`` with two workers; yield its base URL."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "api.serve", "--port", str(port), "--workers", "2"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{base}/healthz", timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_the_launcher_serves_the_api(server: str) -> None:
    with urllib.request.urlopen(f"{server}/v1/statements?speaker=dmitry-peskov") as response:
        body = orjson.loads(response.read())
        assert response.headers["Access-Control-Allow-Origin"] == "*"
        assert response.headers["ETag"].startswith('"')
    assert [item["id"] for item in body["items"]] == [
        "peskov-belarus-withdrawal-planned",
        "peskov-call-nearest-future",
        "peskov-no-deals",
    ]


def test_workers_serve_the_app_the_launcher_built_before_forking_them() -> None:
    """The probe app says which process built it: the launcher, not each worker."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "api.serve", "--port", str(port), "--workers", "2"]
        + ["--factory", "tests.serve_probe:create_app", "--drain", "0"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    answers: set[tuple[int, int]] = set()
    try:
        deadline = time.monotonic() + 30
        while len({serving for _, serving in answers}) < 2 and time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1) as response:
                    built_by, serving = map(int, response.read().split())
                    answers.add((built_by, serving))
            except OSError:
                assert process.poll() is None, "the launcher stopped"
                time.sleep(0.1)
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert {built_by for built_by, _ in answers} == {process.pid}
    workers = {serving for _, serving in answers}
    assert len(workers) == 2
    assert process.pid not in workers


def test_without_a_preloaded_app_the_factory_builds_one() -> None:
    """Where workers are not forked (spawn), each builds the app itself."""
    assert serve._app is None
    app = serve.preloaded_app("tests.serve_probe:create_app")
    body = b"".join(app({}, lambda status, headers: None))
    built_by, serving = map(int, body.split())
    assert built_by == serving


def test_sigterm_drains_then_stops_and_answers_what_it_received() -> None:
    """For --drain seconds after SIGTERM, answers say `Connection: close`; then it stops."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "api.serve", "--port", str(port), "--workers", "1", "--drain", "1"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                connection.request("GET", "/healthz")
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
                time.sleep(0.1)
        first = connection.getresponse()
        first.read()
        assert first.getheader("Connection") is None  # kept alive
        process.send_signal(signal.SIGTERM)
        time.sleep(0.2)
        connection.request("GET", "/v1/statements/peskov-no-deals")  # the same connection
        draining = connection.getresponse()
        assert draining.status == 200
        assert draining.getheader("Connection") == "close"
        assert orjson.loads(draining.read())["id"] == "peskov-no-deals"
        connection.close()
        assert process.wait(timeout=15) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_a_dataset_that_cannot_be_read_stops_the_launcher_with_one_message(
    tmp_path: Path,
) -> None:
    missing = tmp_path / "no-data"
    stopped = subprocess.run(
        [sys.executable, "-m", "api.serve", "--port", str(free_port())],
        cwd=ROOT,
        env={**os.environ, "FLASK_DATA_DIR": str(missing), "FLASK_SNAPSHOT_DIR": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert stopped.returncode == 1
    assert stopped.stdout == ""
    assert stopped.stderr.splitlines() == [
        "dossier: cannot serve: 4 violation(s) in the dataset:",
        "articles.json: cannot read: No such file or directory",
        "actors.json: cannot read: No such file or directory",
        "statements.json: cannot read: No such file or directory",
        "aid_figures.json: cannot read: No such file or directory",
    ]

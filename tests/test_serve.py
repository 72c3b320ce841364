"""The production launcher: Granian serving the app it built before forking its workers."""

import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator

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


def test_workers_get_the_app_built_before_the_fork(monkeypatch: pytest.MonkeyPatch) -> None:
    built = object()
    monkeypatch.setattr(serve, "_app", built)
    assert serve.preloaded_app("api:create_app") is built

"""What an operator sees of a node: request ids, the metrics of each answer, access and error
logs, GET /metrics (api/web/observability.py, as the RSGI adapter uses it)."""

import asyncio
import logging
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
import yaml
from flask import Flask
from prometheus_client import CollectorRegistry
from prometheus_client.parser import text_string_to_metric_families

from api.dataset.budget import BudgetExceeded
from api.rsgi import RSGIApp
from api.web import observability
from api.web.context import current
from api.web.export_files import ExportFiles
from api.web.observability import REQUEST_ID, AccessLog, JsonFormatter, Observer, operations_of
from api.web.response_cache import lookup_of
from tests.conftest import MakeApp
from tests.support import ROOT, json_of
from tests.test_rsgi import ORIGIN, Proto, Scope

Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]
TARGET = "/v1/statements?speaker=emmanuel-macron"


def samples(app: Flask, accept: str | None = None) -> Samples:
    """Return every sample of ``app``'s GET /metrics, by name and labels."""
    response = app.test_client().get("/metrics", headers={"Accept": accept} if accept else {})
    assert response.status_code == 200
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(response.get_data(as_text=True))
        for sample in family.samples
    }


def requests_counted(
    app: Flask, operation: str, status: str, cache: str, method: str = "GET"
) -> float:
    labels = {"operation": operation, "method": method, "status": status, "cache": cache}
    return samples(app).get(("dossier_http_requests_total", frozenset(labels.items())), 0.0)


@pytest.fixture
def observed(dossier: Flask) -> tuple[RSGIApp, Observer]:
    """The real app served over RSGI with an observer, as api.serve serves it."""
    observer = Observer(operations_of(dossier))
    return (
        RSGIApp(dossier, threads=1, send_timeout=5.0, lookup=lookup_of(dossier), observer=observer),
        observer,
    )


def ask(app: RSGIApp, target: str, headers: list[tuple[str, str]] | None = None) -> Any:
    """Have ``app`` answer one GET on a new event loop; return what it sent."""
    sent = Proto()

    async def run() -> None:
        app.__rsgi_init__(asyncio.get_running_loop())
        await app.__rsgi__(Scope("GET", target, headers or []), sent)

    asyncio.run(run())
    [call] = sent.calls
    return call


def request_id_of(call: Any) -> str:
    [found] = [value for name, value in call[2] if name == observability.REQUEST_ID_HEADER]
    return str(found)


def test_a_request_id_sent_is_echoed_on_a_cached_answer_and_its_304(
    observed: tuple[RSGIApp, Observer], dossier: Flask
) -> None:
    app, _ = observed
    dossier.test_client().get(TARGET, base_url=ORIGIN)  # now in the response cache
    call = ask(app, TARGET, [("X-Request-ID", "client-id.42:a_B")])
    assert call[:2] == ("bytes", 200)
    assert request_id_of(call) == "client-id.42:a_B"
    etag = dict(call[2])["ETag"]
    revalidated = ask(app, TARGET, [("X-Request-ID", "again-1"), ("If-None-Match", etag)])
    assert revalidated[:2] == ("bytes", 304)
    assert request_id_of(revalidated) == "again-1"


@pytest.mark.parametrize("sent", ["has space", "x" * 129, "caf\u00e9", "a/b", ""])
def test_a_request_id_that_is_not_safe_is_replaced_by_a_fresh_one(
    observed: tuple[RSGIApp, Observer], sent: str
) -> None:
    app, _ = observed
    first = request_id_of(ask(app, "/v1/topics", [("X-Request-ID", sent)]))
    second = request_id_of(ask(app, "/v1/topics", [("X-Request-ID", sent)]))
    assert first != sent
    assert len(first) == len(second) == 32
    assert int(first, 16) >= 0  # hex
    assert first != second


def test_fresh_request_ids_are_never_repeated_past_one_draw() -> None:
    observer = Observer(None)
    made = [observer.request_id(None) for _ in range(3 * 1024 + 1)]
    assert len(set(made)) == len(made)
    assert {len(each) for each in made} == {32}
    assert all(set(each) <= set("0123456789abcdef") for each in made)


def test_a_request_id_of_the_longest_length_is_kept(observed: tuple[RSGIApp, Observer]) -> None:
    app, _ = observed
    longest = "a" * 128
    assert request_id_of(ask(app, "/v1/topics", [("X-Request-ID", longest)])) == longest


def test_a_problem_names_the_request_it_answers(observed: tuple[RSGIApp, Observer]) -> None:
    app, _ = observed
    call = ask(app, "/v1/actors/nobody", [("X-Request-ID", "report-me-7")])
    assert call[:2] == ("bytes", 404)
    assert request_id_of(call) == "report-me-7"
    assert orjson.loads(call[3]) == {
        "type": "/problems/not-found",
        "title": "Not found",
        "status": 404,
        "detail": "No actor with id 'nobody'.",
        "request_id": "report-me-7",
    }
    made = ask(app, "/v1/statements?limit=0")
    assert orjson.loads(made[3])["request_id"] == request_id_of(made)


def test_without_a_server_in_front_a_problem_has_no_request_id(dossier: Flask) -> None:
    body = json_of(dossier.test_client().get("/v1/actors/nobody"))
    assert "request_id" not in body


def test_answers_are_counted_by_operation_status_and_cache_once_flushed(
    observed: tuple[RSGIApp, Observer], dossier: Flask
) -> None:
    app, observer = observed
    dossier.test_client().get(TARGET, base_url=ORIGIN)  # cached
    hits = requests_counted(dossier, "listStatements", "200", "hit")
    misses = requests_counted(dossier, "getActor", "404", "miss")
    for _ in range(7):
        ask(app, TARGET)
    for _ in range(3):
        ask(app, "/v1/actors/nobody")
    assert requests_counted(dossier, "listStatements", "200", "hit") == hits  # tallied
    observer.flush()
    assert requests_counted(dossier, "listStatements", "200", "hit") == hits + 7
    assert requests_counted(dossier, "getActor", "404", "miss") == misses + 3


def test_each_answer_is_timed_and_its_bytes_counted(dossier: Flask) -> None:
    observer = Observer(operations_of(dossier))
    before = samples(dossier)
    for seconds, sent in ((0.0001, 100), (0.003, 50), (0.7, 1)):
        # answered() times from the request's arrival: one that came `seconds` ago.
        started = time.perf_counter() - seconds
        observer.answered("id", "GET", "/v1/network", "", 200, sent, started, "miss")
    observer.flush()
    after = samples(dossier)

    def delta(name: str, **labels: str) -> float:
        key = (name, frozenset({"operation": "getNetwork", **labels}.items()))
        return after.get(key, 0.0) - before.get(key, 0.0)

    assert delta("dossier_http_response_bytes_total") == 151
    assert delta("dossier_http_request_duration_seconds_count") == 3
    assert delta("dossier_http_request_duration_seconds_bucket", le="0.0005") == 1
    assert delta("dossier_http_request_duration_seconds_bucket", le="0.005") == 2
    assert delta("dossier_http_request_duration_seconds_bucket", le="0.5") == 2
    assert delta("dossier_http_request_duration_seconds_bucket", le="1.0") == 3
    assert 0.7 <= delta("dossier_http_request_duration_seconds_sum") < 0.8


def test_an_operation_is_the_routes_operation_id_never_the_path(dossier: Flask) -> None:
    operations = operations_of(dossier)
    assert operations is not None
    assert operations.of_path("/v1/actors/anyone-at-all") == "getActor"
    assert operations.of_path("/v1/statements") == "listStatements"
    assert operations.of_path("/metrics") == "getMetrics"
    assert operations.of_path("/no/such/path") == observability.UNMATCHED
    assert operations.of_path("/v1//actors") == observability.UNMATCHED


def test_an_unknown_method_is_counted_as_other(dossier: Flask) -> None:
    observer = Observer(operations_of(dossier))
    before = requests_counted(dossier, "listTopics", "405", "bypass", method="other")
    observer.answered("id", "BREW", "/v1/topics", "", 405, 0, 0.0, "bypass")
    observer.flush()
    assert requests_counted(dossier, "listTopics", "405", "bypass", method="other") == before + 1


def test_the_access_log_has_one_json_line_per_request(tmp_path: Path, dossier: Flask) -> None:
    log = tmp_path / "access.log"
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    try:
        observer = Observer(operations_of(dossier), AccessLog(fd))
        observer.answered("rid-1", "GET", "/v1/actors/x", "q=1", 404, 149, 0.0, "miss")
        observer.answered("rid-2", "HEAD", "/v1/topics", "", 200, 0, 0.0, "hit")
        assert log.read_bytes() == b""  # held until the flush
        observer.flush()
    finally:
        os.close(fd)
    lines = [orjson.loads(line) for line in log.read_bytes().splitlines()]
    assert [sorted(line) for line in lines] == [
        sorted(
            [
                "time",
                "request_id",
                "operation",
                "method",
                "path",
                "query",
                "status",
                "duration_ms",
                "bytes",
                "cache",
                "pid",
            ]
        )
    ] * 2
    first = lines[0]
    assert (first["request_id"], first["operation"], first["status"], first["bytes"]) == (
        "rid-1",
        "getActor",
        404,
        149,
    )
    assert (first["method"], first["path"], first["query"], first["cache"]) == (
        "GET",
        "/v1/actors/x",
        "q=1",
        "miss",
    )
    assert first["time"].endswith("Z")
    assert len(first["time"]) == len("2026-01-01T00:00:00.000Z")
    assert first["pid"] == os.getpid()
    assert (lines[1]["request_id"], lines[1]["cache"], lines[1]["method"]) == (
        "rid-2",
        "hit",
        "HEAD",
    )


def test_access_log_lines_are_written_in_whole_lines_of_bounded_writes(tmp_path: Path) -> None:
    reader, writer = os.pipe()
    try:
        log = AccessLog(writer)
        for number in range(100):
            log.write({"request_id": f"{number:04d}", "path": "/v1/statements"})
        log.flush()
        os.close(writer)
        written = b""
        while block := os.read(reader, 65536):
            written += block
    finally:
        os.close(reader)
    lines = written.splitlines()
    assert [orjson.loads(line)["request_id"] for line in lines] == [f"{n:04d}" for n in range(100)]


def test_a_failure_is_logged_with_the_request_id_and_traceback_never_answered(
    make_app: MakeApp, caplog: pytest.LogCaptureFixture
) -> None:
    app = make_app()

    def boom() -> str:
        raise RuntimeError("secret detail at /etc/passwd")

    app.add_url_rule("/boom", "boom", boom)
    with caplog.at_level(logging.ERROR):
        response = app.test_client().get("/boom", environ_base={REQUEST_ID: "failing-1"})
        [record] = [r for r in caplog.records if r.name == app.logger.name]
        with app.test_request_context(environ_base={REQUEST_ID: "failing-1"}):
            line = orjson.loads(JsonFormatter().format(record))
    assert response.status_code == 500
    body = json_of(response)
    assert body["request_id"] == "failing-1"
    assert "secret" not in response.get_data(as_text=True)
    assert line["level"] == "error"
    assert line["request_id"] == "failing-1"
    assert "RuntimeError: secret detail at /etc/passwd" in line["traceback"]


def test_a_log_record_given_a_request_id_carries_it() -> None:
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed %s", ("here",), None)
    record.request_id = "from-the-server"
    line = orjson.loads(JsonFormatter().format(record))
    assert (line["message"], line["request_id"], line["logger"]) == (
        "failed here",
        "from-the-server",
        "x",
    )
    assert "traceback" not in line


def test_queries_refused_by_the_time_budget_are_counted(make_app: MakeApp) -> None:
    app = make_app()

    def costly() -> str:
        raise BudgetExceeded

    app.add_url_rule("/costly", "costly", costly)
    key = (
        "dossier_query_budget_exceeded_total",
        frozenset({"operation": "costly", "outcome": "refused"}.items()),
    )
    before = samples(app).get(key, 0.0)
    assert app.test_client().get("/costly").status_code == 422
    assert samples(app)[key] == before + 1


def test_the_metrics_endpoint_serves_prometheus_text_never_cached(dossier: Flask) -> None:
    response = dossier.test_client().get("/metrics")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/plain; version=")
    assert response.headers["Cache-Control"] == "no-store"
    with dossier.app_context():
        snapshot = current().catalog.snapshot
    found = samples(dossier)
    info = frozenset(
        {"dataset_version": snapshot.version, "build_id": snapshot.meta["build_id"]}.items()
    )
    assert found[("dossier_snapshot_info", info)] == 1
    assert found[("dossier_snapshot_size_bytes", frozenset())] == snapshot.path.stat().st_size
    assert found[("dossier_ready", frozenset())] == 1
    assert found[("dossier_snapshot_age_seconds", frozenset())] >= 0
    process = frozenset({"pid": str(os.getpid()), "role": "main"}.items())
    assert found[("process_resident_memory_bytes", process)] > 0
    assert found[("process_open_fds", process)] > 0


def test_the_metrics_endpoint_speaks_openmetrics_to_who_asks(dossier: Flask) -> None:
    response = dossier.test_client().get(
        "/metrics", headers={"Accept": "application/openmetrics-text; version=1.0.0"}
    )
    assert response.headers["Content-Type"].startswith("application/openmetrics-text")
    assert response.get_data(as_text=True).endswith("# EOF\n")


def test_the_metrics_endpoint_is_not_in_the_public_contract() -> None:
    contract = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    assert "/metrics" not in contract["paths"]
    assert all("metrics" not in path for path in contract["paths"])


def test_an_app_that_fails_outright_is_a_500_problem_with_the_request_id(
    caplog: pytest.LogCaptureFixture,
) -> None:
    def broken(environ: dict[str, Any], start_response: Any) -> Any:
        raise RuntimeError("no answer at all")

    app = RSGIApp(broken, threads=1, send_timeout=5.0, observer=Observer(None))
    with caplog.at_level(logging.ERROR):
        call = ask(app, "/anything", [("X-Request-ID", "lost-1")])
    assert call[:2] == ("bytes", 500)
    assert request_id_of(call) == "lost-1"
    body = orjson.loads(call[3])
    assert (body["type"], body["request_id"]) == ("/problems/internal-error", "lost-1")
    assert b"no answer at all" not in call[3]
    [record] = [r for r in caplog.records if r.name == "api.rsgi"]
    assert record.request_id == "lost-1"  # type: ignore[attr-defined]
    assert record.exc_info is not None


def test_an_export_being_written_is_in_flight_until_fed(tmp_path: Path) -> None:
    registry = CollectorRegistry()
    registry.register(observability.EXPORTS_IN_FLIGHT)
    files = ExportFiles(tmp_path, "snapshot")
    release = threading.Event()
    seen: list[float | None] = []

    def chunks() -> Iterator[bytes]:
        yield b"head\n"
        seen.append(registry.get_sample_value("dossier_exports_in_flight"))
        assert release.wait(10)
        yield b"tail\n"

    def app(environ: dict[str, Any], start_response: Any) -> Any:
        start_response("200 OK", [("Content-Type", "text/csv")])
        return files.body("tag", chunks)

    before = registry.get_sample_value("dossier_exports_in_flight")
    threading.Timer(0.3, release.set).start()
    call = ask(RSGIApp(app, threads=1, send_timeout=5.0, observer=Observer(None)), "/export")
    assert call[:2] == ("file", 200)
    assert seen == [(before or 0) + 1]
    assert registry.get_sample_value("dossier_exports_in_flight") == before

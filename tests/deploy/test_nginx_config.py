"""deploy/: nginx's 429 is Dossier's own problem, its timeouts fit the nodes', it renders and
parses; systemd waits for a node to stop."""

import difflib
import re
import shutil
from pathlib import Path

import orjson
import pytest
from flask.testing import FlaskClient

from api import serve
from api.spec.values import REQUEST_ID_PATTERN
from api.web.problems import PROBLEM_TYPES, problem_of
from bench import cluster_nginx
from bench.cluster_nginx import Nginx, rate_limited_headers, rate_limited_problem, render_site
from tests.support import ROOT, json_of

#: Headers of a response that belong to its connection or moment, not to the problem.
_MOMENT = {"content-length", "date", "server"}


def test_the_429_body_is_the_rate_limited_problem_dossier_answers() -> None:
    problem = problem_of(PROBLEM_TYPES["rate-limited"])
    # With the request's id, as nginx names it (safe characters only: no JSON escaping).
    request_id = cluster_nginx.REQUEST_ID_VARIABLE
    assert rate_limited_problem().encode() == orjson.dumps(problem.body(request_id))
    assert problem.body()["type"] == "/problems/rate-limited"
    assert problem.code == 429


def test_the_429_has_the_headers_of_dossiers_errors_and_retry_after(client: FlaskClient) -> None:
    error = client.get("/v1/actors/nobody")
    dossier = {k.lower(): v for k, v in error.headers.items() if k.lower() not in _MOMENT}
    nginx = {k.lower(): v for k, v in rate_limited_headers().items()}
    assert nginx.pop("retry-after").isdigit()
    # Each request's id: a server's (api.rsgi) in front of the app, nginx's own here.
    assert nginx.pop("x-request-id") == cluster_nginx.REQUEST_ID_VARIABLE
    assert nginx == dossier


def test_the_problem_type_resolves(client: FlaskClient) -> None:
    response = client.get("/problems/rate-limited")
    assert response.status_code == 200
    assert json_of(response)["status"] == 429


def test_the_rehearsal_changes_only_addresses_and_paths(tmp_path: Path) -> None:
    template = cluster_nginx.SITE_TEMPLATE.read_text()
    nodes = ["127.0.0.11:8000", "127.0.0.12:8000", "127.0.0.13:8000", "127.0.0.14:8000"]
    rendered = render_site(
        nodes, "127.0.0.1:8080", tmp_path / "cache", "127.0.0.0/8", "127.0.0.1:8090"
    )
    for node in nodes:
        assert f"    server {node} max_fails=1 fail_timeout=5s;\n" in rendered
    assert "10.0.0.1" not in rendered
    assert "    listen 127.0.0.1:8080;\n" in rendered
    assert "    listen 127.0.0.1:8090;\n" in rendered
    assert f"proxy_cache_path {tmp_path / 'cache'} " in rendered
    assert "set_real_ip_from 127.0.0.0/8;\n    real_ip_header X-Forwarded-For;" in rendered
    # Nothing else differs: only marked lines (and the upstream's other nodes) are replaced.
    diff = difflib.ndiff(template.splitlines(), rendered.splitlines())
    removed = [line[2:] for line in diff if line.startswith("- ")]
    assert all(
        "rehearsal:" in line or line.startswith("    server 10.0.0.") or "real_ip_header" in line
        for line in removed
    ), removed


@pytest.mark.skipif(
    shutil.which("nginx") is None and not Path(cluster_nginx.NGINX).exists(),
    reason="nginx is not installed (apt-get install -y nginx)",
)
def test_nginx_accepts_the_rendered_configuration(tmp_path: Path) -> None:
    tmp_path.chmod(0o755)
    nginx = Nginx(tmp_path / "nginx")
    site = render_site(
        ["127.0.0.11:8000"], "127.0.0.1:8080", nginx.prefix / "cache", "127.0.0.1", "127.0.0.1:8090"
    )
    nginx.prepare(site, "127.0.0.1:8081")
    nginx.test()


def _directives(text: str, name: str) -> list[str]:
    """Return the values of every ``name`` directive of an nginx or systemd text."""
    return re.findall(rf"^\s*{name}[ =]([^;#\n]+)", text, re.M)


def _seconds(value: str) -> float:
    return float(value.strip().removesuffix("s"))


def test_nginx_times_its_clients_out_and_buffers_what_the_nodes_send() -> None:
    site = cluster_nginx.SITE_TEMPLATE.read_text()
    assert [_seconds(v) for v in _directives(site, "client_header_timeout")] == [10]
    assert [_seconds(v) for v in _directives(site, "client_body_timeout")] == [10]
    assert [_seconds(v) for v in _directives(site, "send_timeout")] == [serve.SEND_TIMEOUT_SECONDS]
    assert _directives(site, "proxy_buffering") == ["on"]
    assert _directives(site, "reset_timedout_connection") == ["on"]


def test_nginx_keeps_idle_node_connections_for_less_time_than_a_node_does() -> None:
    site = cluster_nginx.SITE_TEMPLATE.read_text()
    upstream = site[site.index("upstream dossier_nodes {") :].split("}", 1)[0]
    [idle] = _directives(upstream, "keepalive_timeout")
    assert _seconds(idle) < serve.HEADER_TIMEOUT_SECONDS


def test_systemd_waits_longer_than_a_node_takes_to_stop() -> None:
    unit = (ROOT / "deploy" / "systemd" / "dossier.service").read_text()
    [command] = _directives(unit, "ExecStart")
    arguments = re.sub(r"\$\{DOSSIER_(PORT|WORKERS)\}", "2", command.split("api.serve")[1])
    options = serve.parse_args(arguments.split())
    [stop] = _directives(unit, "TimeoutStopSec")
    assert options.drain + options.grace < float(stop)
    assert _directives(unit, "KillMode") == ["mixed"]


def test_a_node_logs_each_request_under_systemd_and_make_run() -> None:
    unit = (ROOT / "deploy" / "systemd" / "dossier.service").read_text()
    [command] = _directives(unit, "ExecStart")
    arguments = re.sub(r"\$\{DOSSIER_(PORT|WORKERS)\}", "2", command.split("api.serve")[1])
    assert serve.parse_args(arguments.split()).access_log
    [run] = re.findall(r"^run: .*\n(?:#.*\n)*\t(.*)$", (ROOT / "Makefile").read_text(), re.M)
    arguments = re.sub(r"\$\((PORT|WORKERS)\)", "2", run.split("api.serve")[1])
    assert serve.parse_args(arguments.split()).access_log
    assert not serve.parse_args([]).access_log  # off unless asked (the tests' servers)


def _server_blocks(site: str) -> list[str]:
    return re.split(r"^server \{$", site, flags=re.M)[1:]


def test_the_public_listener_answers_no_metrics_and_passes_the_request_id() -> None:
    site = cluster_nginx.SITE_TEMPLATE.read_text()
    public, internal = _server_blocks(site)
    assert re.search(r"location = /metrics \{\s*deny all;\s*\}", public)
    assert "proxy_set_header X-Request-ID $dossier_request_id;" in public
    assert "proxy_hide_header X-Request-ID;" in public
    assert "add_header X-Request-ID $dossier_request_id always;" in public
    # The operators' listener is on the loopback, and has nginx's counters only.
    assert re.findall(r"^\s*listen (\S+);", internal, re.M) == ["127.0.0.1:8080"]
    assert "stub_status;" in internal
    assert "proxy_pass" not in internal


def test_nginx_keeps_the_request_ids_a_node_keeps() -> None:
    site = cluster_nginx.SITE_TEMPLATE.read_text()
    [pattern] = re.findall(r'^\s*"~(\^.*\$)"\s+\$http_x_request_id;$', site, re.M)
    assert pattern == REQUEST_ID_PATTERN.replace("\\-", "-")

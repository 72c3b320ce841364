"""deploy/prometheus and deploy/grafana: promtool accepts the rules and the configuration, each
alert fires when it should, and every metric they name is one a node or nginx's exporter has."""

import difflib
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from flask import Flask

from bench import cluster_prometheus
from bench.cluster_prometheus import Window, render_config
from tests.support import ROOT

PROMETHEUS = ROOT / "deploy" / "prometheus"
DASHBOARD = ROOT / "deploy" / "grafana" / "dossier.json"
PROMTOOL = shutil.which("promtool")
#: What nginx's exporter (prometheus-nginx-exporter, stub_status) and Prometheus itself give.
OTHERS = {"up", "nginx_up", "nginx_http_requests_total", "nginx_connections_active"}

needs_promtool = pytest.mark.skipif(
    PROMTOOL is None, reason="promtool is not installed (apt-get install -y prometheus)"
)


def promtool(*args: str) -> str:
    assert PROMTOOL is not None
    done = subprocess.run(
        [PROMTOOL, *args], cwd=PROMETHEUS, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


@needs_promtool
def test_promtool_accepts_the_alert_rules() -> None:
    assert "SUCCESS: 7 rules found" in promtool("check", "rules", "alerts.yml")


@needs_promtool
def test_promtool_accepts_the_configuration() -> None:
    assert "is valid prometheus config file syntax" in promtool("check", "config", "prometheus.yml")


@needs_promtool
def test_each_alert_fires_on_the_series_that_should_fire_it() -> None:
    assert "SUCCESS" in promtool("test", "rules", "alerts_test.yml")


def _names_in(text: str) -> set[str]:
    return set(re.findall(r"\b((?:dossier|process|nginx)_[a-z_]+|up)\b(?=\s*[{\[(=!<>)]|\s)", text))


def _exported(app: Flask) -> set[str]:
    """Every series name a node's /metrics can have (its families, with their suffixes)."""
    text = app.test_client().get("/metrics").get_data(as_text=True)
    names: set[str] = set()
    for kind, name in ((m[2], m[1]) for m in re.finditer(r"^# TYPE (\S+) (\S+)$", text, re.M)):
        names.add(name)
        if kind == "histogram":
            names |= {f"{name}_bucket", f"{name}_sum", f"{name}_count"}
    return names


@pytest.mark.parametrize(
    "path", [PROMETHEUS / "alerts.yml", DASHBOARD], ids=["alerts", "dashboard"]
)
def test_every_metric_named_is_one_a_node_or_nginx_exports(dossier: Flask, path: Path) -> None:
    named = _names_in(path.read_text())
    assert "dossier_http_requests_total" in named
    assert named - _exported(dossier) - OTHERS == set()


def test_the_dashboard_is_grafana_json_with_a_query_per_panel() -> None:
    dashboard = json.loads(DASHBOARD.read_text())
    assert dashboard["uid"] == "dossier"
    panels = dashboard["panels"]
    assert len({panel["id"] for panel in panels}) == len(panels)
    assert all(target["expr"] for panel in panels for target in panel["targets"])


def test_the_rehearsal_changes_only_intervals_and_addresses() -> None:
    template = cluster_prometheus.CONFIG_TEMPLATE.read_text()
    nodes = ["127.0.0.11:8000", "127.0.0.12:8000"]
    rendered = render_config(nodes, "127.0.0.1:9113", "500ms")
    assert '      - targets: ["127.0.0.11:8000", "127.0.0.12:8000"]\n' in rendered
    assert '      - targets: ["127.0.0.1:9113"]\n' in rendered
    assert "  scrape_interval: 500ms\n" in rendered
    assert "  evaluation_interval: 500ms\n" in rendered
    removed = [line[2:] for line in difflib.ndiff(template.splitlines(), rendered.splitlines())]
    changed = [line for line in removed if line not in rendered.splitlines()]
    assert all("rehearsal:" in line for line in changed), changed


def _labels(**labels: str) -> frozenset[tuple[str, str]]:
    return frozenset(labels.items())


def test_a_windows_increase_counts_rises_restarts_and_new_series() -> None:
    node, other = "127.0.0.11:8000", "127.0.0.12:8000"
    window = Window(100.0, 200.0)
    # node: 10 at the first mark's scrape, 25, then restarted (a new launcher) at 4, then 9.
    window.series["dossier_http_requests_total", _labels(instance=node, status="200")] = [
        (101.0, 10.0),
        (102.0, 25.0),
        (103.0, 4.0),
        (104.0, 9.0),
    ]
    # A series first seen after the node's first scrape: it counted from 0 (3), and again
    # from 0 in the restarted node (5).
    window.series["dossier_http_requests_total", _labels(instance=node, status="404")] = [
        (102.0, 3.0),
        (104.0, 5.0),
    ]
    # other: restarted, and its new count already above the old one: the launcher tells.
    window.series["dossier_http_requests_total", _labels(instance=other, status="200")] = [
        (101.0, 7.0),
        (103.0, 50.0),
    ]
    window.launchers = {
        node: {101.0: "1", 102.0: "1", 103.0: "2", 104.0: "2"},
        other: {101.0: "3", 103.0: "4"},
    }
    assert window.increase("dossier_http_requests_total") == {node: 15 + 4 + 5 + 3 + 5, other: 50}
    assert window.increase(
        "dossier_http_requests_total", lambda labels: labels["status"] == "404"
    ) == {node: 8}

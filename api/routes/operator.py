"""The operators' endpoint: ``GET /metrics``, Prometheus's text format, outside the contract.

It is served on the API's own port, but it is no part of the public API: it is not in
``openapi.yaml``, and nginx in front (deploy/nginx/dossier.conf) answers it only on its
internal listener, never on the public one. Any worker answers it with the counts of every
worker of the node (:mod:`api.web.observability`). Never cached.
"""

from flask import Flask, Response, request

from api.web.context import current
from api.web.observability import METRICS_OPERATION, exposition
from api.web.representation import NO_STORE

#: Where Prometheus scrapes a node.
METRICS_PATH = "/metrics"


def init_app(app: Flask) -> None:
    """Serve the metrics of ``app``'s node at METRICS_PATH."""
    app.add_url_rule(METRICS_PATH, METRICS_OPERATION, metrics, methods=["GET"])


def metrics() -> Response:
    """Return this node's metrics, in the format the scraper's Accept prefers."""
    body, media_type = exposition(current().catalog.snapshot, request.headers.get("Accept"))
    return Response(body, headers={"Content-Type": media_type, "Cache-Control": NO_STORE})

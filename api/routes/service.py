"""The service's own endpoints: ``/``, ``/v1``, ``/healthz``, ``/readyz``, ``/openapi.yaml``,
``/openapi.json`` and ``/docs``."""

import functools
from pathlib import Path
from typing import Any

import yaml
from flask import Flask, Response, current_app

from api.catalog import links
from api.routes.docs import docs_page
from api.web.answers import answer_json
from api.web.context import current
from api.web.openapi import Blueprint, ok
from api.web.problems import known_problem
from api.web.representation import (
    HTML_MEDIA_TYPE,
    JSON_MEDIA_TYPE,
    NO_STORE,
    YAML_MEDIA_TYPE,
    Representation,
    json_representation,
    preferred,
    produces,
    send,
)
from schemas.collection import DatasetSchema, HealthSchema, ReadinessSchema, ServiceSchema
from schemas.query import QueryArgsSchema

_EXTENSION = "dossier.service"

blp = Blueprint(
    "service",
    __name__,
    description="The service itself: its indexes, its liveness, its contract and its docs.",
)


#: libyaml's loader where PyYAML was built with it: five times faster than Python's.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Contract:
    """The committed contract, as it is (YAML) and in JSON (read on first use: a tenth of
    a second that start-up need not spend)."""

    def __init__(self, text: bytes, cache_control: str) -> None:
        self.yaml = Representation(text, YAML_MEDIA_TYPE, cache_control)
        self._cache_control = cache_control

    @functools.cached_property
    def json(self) -> Representation:
        """The same document in JSON, keys in the file's order."""
        return json_representation(yaml.load(self.yaml.body, _LOADER), self._cache_control)  # noqa: S506


def init_app(app: Flask, openapi_file: Path, cache_control: str) -> None:
    """Read the committed contract for ``app`` to serve; it may be missing while generated."""
    contract = None
    if openapi_file.is_file():
        contract = Contract(openapi_file.read_bytes(), cache_control)
    app.extensions[_EXTENSION] = contract


def redirect_to_docs(cache_control: str) -> Response:
    """Send a browser to the docs: See Other, cacheable like the index it stands for."""
    return Response(status=303, headers={"Location": links.DOCS, "Cache-Control": cache_control})


def _contract() -> Contract:
    contract: Contract | None = current_app.extensions[_EXTENSION]
    if contract is None:
        raise known_problem(404)
    return contract


@blp.route("/", operation_id="getServiceIndex")
@blp.arguments(QueryArgsSchema, location="query")
@blp.response(200, ServiceSchema, **ok("Service"))
@blp.alt_response(
    303,
    description="A browser (`Accept` preferring `text/html`) is sent to the docs.",
    headers={"Location": "DocsLocation"},
)
@produces(JSON_MEDIA_TYPE, HTML_MEDIA_TYPE)
def service_index(_args: dict[str, Any]) -> Response:
    """Say what this service is, and where to go from here.

    JSON clients get the service index. A browser, whose `Accept` prefers HTML, is
    redirected (303) to the interactive docs, which document every link of the index.
    """
    context = current()
    if preferred() == HTML_MEDIA_TYPE:
        return redirect_to_docs(context.cache_control)
    return answer_json(context.catalog.service_index())


@blp.route(links.DATASET, operation_id="getDatasetIndex")
@blp.arguments(QueryArgsSchema, location="query")
@blp.response(200, DatasetSchema, **ok("Dataset"))
def dataset_index(_args: dict[str, Any]) -> Response:
    """Describe the dataset: its version, license, sources, counts and collections.

    `dataset_version` changes whenever the data changes; `links` leads to every
    collection.
    """
    return answer_json(current().catalog.dataset_index())


@blp.route("/healthz", operation_id="getHealth")
@blp.arguments(QueryArgsSchema, location="query")
@blp.response(200, HealthSchema, **ok("Health"))
def health(_args: dict[str, Any]) -> Response:
    """Tell that the service is up, and which dataset it serves.

    Never cached (`no-store`), so a balancer or a deploy sees each node's current
    `dataset_version`.
    """
    return answer_json(current().catalog.health(), NO_STORE)


@blp.route("/readyz", operation_id="getReadiness")
@blp.arguments(QueryArgsSchema, location="query")
@blp.response(200, ReadinessSchema, **ok("Readiness"))
@blp.alt_response(503, response="SERVICE_UNAVAILABLE")
def readiness(_args: dict[str, Any]) -> Response:
    """Tell whether this server can answer: its snapshot is the file it opened, unchanged.

    503 when the file was deleted, replaced or truncated under the running server (a
    balancer then sends requests elsewhere); `/healthz` tells only that the process is up.
    Never cached (`no-store`).
    """
    return answer_json(current().catalog.readiness(), NO_STORE)


@blp.route(links.OPENAPI, operation_id="getOpenApiDocument")
@blp.arguments(QueryArgsSchema, location="query")
@blp.response(
    200,
    {"type": "object", "description": "This OpenAPI 3.1 document."},
    **ok(content_type=YAML_MEDIA_TYPE),
)
@produces(YAML_MEDIA_TYPE)
def openapi_document(_args: dict[str, Any]) -> Response:
    """Return the API's contract, byte for byte the file committed with the code.

    OpenAPI 3.1, in YAML: feed it to a client generator, a linter or Schemathesis.
    `/openapi.json` is the same document in JSON.
    """
    return send(_contract().yaml)


@blp.route(links.OPENAPI_JSON, operation_id="getOpenApiJson")
@blp.arguments(QueryArgsSchema, location="query")
@blp.response(
    200,
    {"type": "object", "description": "This OpenAPI 3.1 document, in JSON."},
    **ok(),
)
def openapi_json(_args: dict[str, Any]) -> Response:
    """Return the API's contract in JSON, where many tools look for it first.

    The document of `/openapi.yaml`, the file committed with the code, read as JSON
    (keys in the file's order).
    """
    return send(_contract().json)


@blp.route(links.DOCS, operation_id="getDocs")
@blp.arguments(QueryArgsSchema, location="query")
@blp.response(
    200,
    {"type": "string", "description": "Swagger UI, served from this origin only."},
    **ok(content_type=HTML_MEDIA_TYPE.split(";")[0]),
)
@produces(HTML_MEDIA_TYPE)
def docs(_args: dict[str, Any]) -> Response:
    """Browse and try the API in Swagger UI.

    Swagger UI 5 over this contract, served from this origin only: no CDN, works
    offline.
    """
    return send(docs_page())

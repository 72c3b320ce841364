"""The service's own endpoints: ``/``, ``/v1``, ``/healthz``, ``/openapi.yaml`` and ``/docs``."""

from pathlib import Path
from typing import Any

from flask import Flask, Response, current_app

from api import links
from api.catalog import current_catalog
from api.docs import docs_page
from api.errors import known_problem
from api.openapi import Blueprint, ok
from api.responses import (
    HTML_MEDIA_TYPE,
    NO_STORE,
    YAML_MEDIA_TYPE,
    Representation,
    json_representation,
    produces,
    send,
)
from schemas.collection import DatasetSchema, HealthSchema, ServiceSchema
from schemas.query import QueryArgsSchema

_EXTENSION = "dossier.service"

blp = Blueprint(
    "service",
    __name__,
    description="The service itself: its indexes, its liveness, its contract and its docs.",
)


def init_app(app: Flask, openapi_file: Path, cache_control: str) -> None:
    """Read the committed contract for ``app`` to serve; it may be missing while generated."""
    openapi = None
    if openapi_file.is_file():
        openapi = Representation(openapi_file.read_bytes(), YAML_MEDIA_TYPE, cache_control)
    app.extensions[_EXTENSION] = openapi


def _openapi() -> Representation | None:
    openapi: Representation | None = current_app.extensions[_EXTENSION]
    return openapi


@blp.route("/")
@blp.arguments(QueryArgsSchema, location="query")
@blp.response(200, ServiceSchema, **ok("Service"))
def service_index(_args: dict[str, Any]) -> Response:
    """Say what this service is, and where to go from here."""
    catalog = current_catalog()
    return send(json_representation(catalog.service_index(), catalog.cache_control))


@blp.route(links.DATASET)
@blp.arguments(QueryArgsSchema, location="query")
@blp.response(200, DatasetSchema, **ok("Dataset"))
def dataset_index(_args: dict[str, Any]) -> Response:
    """Describe the dataset: its version, license, sources, counts and collections."""
    catalog = current_catalog()
    return send(json_representation(catalog.dataset_index(), catalog.cache_control))


@blp.route("/healthz")
@blp.arguments(QueryArgsSchema, location="query")
@blp.response(200, HealthSchema, **ok("Health"))
def health(_args: dict[str, Any]) -> Response:
    """Tell that the service is up, and which dataset it serves."""
    return send(json_representation(current_catalog().health(), NO_STORE))


@blp.route(links.OPENAPI)
@blp.arguments(QueryArgsSchema, location="query")
@blp.response(
    200,
    {"type": "object", "description": "This OpenAPI 3.1 document."},
    **ok(content_type=YAML_MEDIA_TYPE),
)
@produces(YAML_MEDIA_TYPE)
def openapi_document(_args: dict[str, Any]) -> Response:
    """Return the API's contract, byte for byte the file committed with the code."""
    openapi = _openapi()
    if openapi is None:
        raise known_problem(404)
    return send(openapi)


@blp.route(links.DOCS)
@blp.arguments(QueryArgsSchema, location="query")
@blp.response(
    200,
    {"type": "string", "description": "Swagger UI, served from this origin only."},
    **ok(content_type=HTML_MEDIA_TYPE.split(";")[0]),
)
@produces(HTML_MEDIA_TYPE)
def docs(_args: dict[str, Any]) -> Response:
    """Browse and try the API in Swagger UI."""
    return send(docs_page())

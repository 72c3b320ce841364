"""The service's own endpoints: ``/``, ``/v1``, ``/healthz``, ``/openapi.yaml`` and ``/docs``."""

from pathlib import Path
from typing import Any

from flask import Flask, Response, current_app

from api.catalog import current_catalog
from api.routes.docs import docs_page
from api.web import links
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
from schemas.collection import DatasetSchema, HealthSchema, ServiceSchema
from schemas.query import QueryArgsSchema

_EXTENSION = "dossier.service"

blp = Blueprint(
    "service",
    __name__,
    description="The service itself: its indexes, its liveness, its contract and its docs.",
)


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_init_app__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_init_app__mutmut)
def init_app(app: Flask, openapi_file: Path, cache_control: str) -> None:
    """Read the committed contract for ``app`` to serve; it may be missing while generated."""
    openapi = None
    if openapi_file.is_file():
        openapi = Representation(openapi_file.read_bytes(), YAML_MEDIA_TYPE, cache_control)
    app.extensions[_EXTENSION] = openapi


def x_init_app__mutmut_orig(app: Flask, openapi_file: Path, cache_control: str) -> None:
    """Read the committed contract for ``app`` to serve; it may be missing while generated."""
    openapi = None
    if openapi_file.is_file():
        openapi = Representation(openapi_file.read_bytes(), YAML_MEDIA_TYPE, cache_control)
    app.extensions[_EXTENSION] = openapi


def x_init_app__mutmut_1(app: Flask, openapi_file: Path, cache_control: str) -> None:
    """Read the committed contract for ``app`` to serve; it may be missing while generated."""
    openapi = ""
    if openapi_file.is_file():
        openapi = Representation(openapi_file.read_bytes(), YAML_MEDIA_TYPE, cache_control)
    app.extensions[_EXTENSION] = openapi


def x_init_app__mutmut_2(app: Flask, openapi_file: Path, cache_control: str) -> None:
    """Read the committed contract for ``app`` to serve; it may be missing while generated."""
    openapi = None
    if openapi_file.is_file():
        openapi = None
    app.extensions[_EXTENSION] = openapi


def x_init_app__mutmut_3(app: Flask, openapi_file: Path, cache_control: str) -> None:
    """Read the committed contract for ``app`` to serve; it may be missing while generated."""
    openapi = None
    if openapi_file.is_file():
        openapi = Representation(None, YAML_MEDIA_TYPE, cache_control)
    app.extensions[_EXTENSION] = openapi


def x_init_app__mutmut_4(app: Flask, openapi_file: Path, cache_control: str) -> None:
    """Read the committed contract for ``app`` to serve; it may be missing while generated."""
    openapi = None
    if openapi_file.is_file():
        openapi = Representation(openapi_file.read_bytes(), None, cache_control)
    app.extensions[_EXTENSION] = openapi


def x_init_app__mutmut_5(app: Flask, openapi_file: Path, cache_control: str) -> None:
    """Read the committed contract for ``app`` to serve; it may be missing while generated."""
    openapi = None
    if openapi_file.is_file():
        openapi = Representation(openapi_file.read_bytes(), YAML_MEDIA_TYPE, None)
    app.extensions[_EXTENSION] = openapi


def x_init_app__mutmut_6(app: Flask, openapi_file: Path, cache_control: str) -> None:
    """Read the committed contract for ``app`` to serve; it may be missing while generated."""
    openapi = None
    if openapi_file.is_file():
        openapi = Representation(YAML_MEDIA_TYPE, cache_control)
    app.extensions[_EXTENSION] = openapi


def x_init_app__mutmut_7(app: Flask, openapi_file: Path, cache_control: str) -> None:
    """Read the committed contract for ``app`` to serve; it may be missing while generated."""
    openapi = None
    if openapi_file.is_file():
        openapi = Representation(openapi_file.read_bytes(), cache_control)
    app.extensions[_EXTENSION] = openapi


def x_init_app__mutmut_8(app: Flask, openapi_file: Path, cache_control: str) -> None:
    """Read the committed contract for ``app`` to serve; it may be missing while generated."""
    openapi = None
    if openapi_file.is_file():
        openapi = Representation(openapi_file.read_bytes(), YAML_MEDIA_TYPE, )
    app.extensions[_EXTENSION] = openapi


def x_init_app__mutmut_9(app: Flask, openapi_file: Path, cache_control: str) -> None:
    """Read the committed contract for ``app`` to serve; it may be missing while generated."""
    openapi = None
    if openapi_file.is_file():
        openapi = Representation(openapi_file.read_bytes(), YAML_MEDIA_TYPE, cache_control)
    app.extensions[_EXTENSION] = None

mutants_x_init_app__mutmut['_mutmut_orig'] = x_init_app__mutmut_orig # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_1'] = x_init_app__mutmut_1 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_2'] = x_init_app__mutmut_2 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_3'] = x_init_app__mutmut_3 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_4'] = x_init_app__mutmut_4 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_5'] = x_init_app__mutmut_5 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_6'] = x_init_app__mutmut_6 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_7'] = x_init_app__mutmut_7 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_8'] = x_init_app__mutmut_8 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_9'] = x_init_app__mutmut_9 # type: ignore # mutmut generated
mutants_x_redirect_to_docs__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_redirect_to_docs__mutmut)
def redirect_to_docs(cache_control: str) -> Response:
    """Send a browser to the docs: See Other, cacheable like the index it stands for."""
    return Response(status=303, headers={"Location": links.DOCS, "Cache-Control": cache_control})


def x_redirect_to_docs__mutmut_orig(cache_control: str) -> Response:
    """Send a browser to the docs: See Other, cacheable like the index it stands for."""
    return Response(status=303, headers={"Location": links.DOCS, "Cache-Control": cache_control})


def x_redirect_to_docs__mutmut_1(cache_control: str) -> Response:
    """Send a browser to the docs: See Other, cacheable like the index it stands for."""
    return Response(status=None, headers={"Location": links.DOCS, "Cache-Control": cache_control})


def x_redirect_to_docs__mutmut_2(cache_control: str) -> Response:
    """Send a browser to the docs: See Other, cacheable like the index it stands for."""
    return Response(status=303, headers=None)


def x_redirect_to_docs__mutmut_3(cache_control: str) -> Response:
    """Send a browser to the docs: See Other, cacheable like the index it stands for."""
    return Response(headers={"Location": links.DOCS, "Cache-Control": cache_control})


def x_redirect_to_docs__mutmut_4(cache_control: str) -> Response:
    """Send a browser to the docs: See Other, cacheable like the index it stands for."""
    return Response(status=303, )


def x_redirect_to_docs__mutmut_5(cache_control: str) -> Response:
    """Send a browser to the docs: See Other, cacheable like the index it stands for."""
    return Response(status=304, headers={"Location": links.DOCS, "Cache-Control": cache_control})


def x_redirect_to_docs__mutmut_6(cache_control: str) -> Response:
    """Send a browser to the docs: See Other, cacheable like the index it stands for."""
    return Response(status=303, headers={"XXLocationXX": links.DOCS, "Cache-Control": cache_control})


def x_redirect_to_docs__mutmut_7(cache_control: str) -> Response:
    """Send a browser to the docs: See Other, cacheable like the index it stands for."""
    return Response(status=303, headers={"location": links.DOCS, "Cache-Control": cache_control})


def x_redirect_to_docs__mutmut_8(cache_control: str) -> Response:
    """Send a browser to the docs: See Other, cacheable like the index it stands for."""
    return Response(status=303, headers={"LOCATION": links.DOCS, "Cache-Control": cache_control})


def x_redirect_to_docs__mutmut_9(cache_control: str) -> Response:
    """Send a browser to the docs: See Other, cacheable like the index it stands for."""
    return Response(status=303, headers={"Location": links.DOCS, "XXCache-ControlXX": cache_control})


def x_redirect_to_docs__mutmut_10(cache_control: str) -> Response:
    """Send a browser to the docs: See Other, cacheable like the index it stands for."""
    return Response(status=303, headers={"Location": links.DOCS, "cache-control": cache_control})


def x_redirect_to_docs__mutmut_11(cache_control: str) -> Response:
    """Send a browser to the docs: See Other, cacheable like the index it stands for."""
    return Response(status=303, headers={"Location": links.DOCS, "CACHE-CONTROL": cache_control})

mutants_x_redirect_to_docs__mutmut['_mutmut_orig'] = x_redirect_to_docs__mutmut_orig # type: ignore # mutmut generated
mutants_x_redirect_to_docs__mutmut['x_redirect_to_docs__mutmut_1'] = x_redirect_to_docs__mutmut_1 # type: ignore # mutmut generated
mutants_x_redirect_to_docs__mutmut['x_redirect_to_docs__mutmut_2'] = x_redirect_to_docs__mutmut_2 # type: ignore # mutmut generated
mutants_x_redirect_to_docs__mutmut['x_redirect_to_docs__mutmut_3'] = x_redirect_to_docs__mutmut_3 # type: ignore # mutmut generated
mutants_x_redirect_to_docs__mutmut['x_redirect_to_docs__mutmut_4'] = x_redirect_to_docs__mutmut_4 # type: ignore # mutmut generated
mutants_x_redirect_to_docs__mutmut['x_redirect_to_docs__mutmut_5'] = x_redirect_to_docs__mutmut_5 # type: ignore # mutmut generated
mutants_x_redirect_to_docs__mutmut['x_redirect_to_docs__mutmut_6'] = x_redirect_to_docs__mutmut_6 # type: ignore # mutmut generated
mutants_x_redirect_to_docs__mutmut['x_redirect_to_docs__mutmut_7'] = x_redirect_to_docs__mutmut_7 # type: ignore # mutmut generated
mutants_x_redirect_to_docs__mutmut['x_redirect_to_docs__mutmut_8'] = x_redirect_to_docs__mutmut_8 # type: ignore # mutmut generated
mutants_x_redirect_to_docs__mutmut['x_redirect_to_docs__mutmut_9'] = x_redirect_to_docs__mutmut_9 # type: ignore # mutmut generated
mutants_x_redirect_to_docs__mutmut['x_redirect_to_docs__mutmut_10'] = x_redirect_to_docs__mutmut_10 # type: ignore # mutmut generated
mutants_x_redirect_to_docs__mutmut['x_redirect_to_docs__mutmut_11'] = x_redirect_to_docs__mutmut_11 # type: ignore # mutmut generated
mutants_x__openapi__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__openapi__mutmut)
def _openapi() -> Representation | None:
    openapi: Representation | None = current_app.extensions[_EXTENSION]
    return openapi


def x__openapi__mutmut_orig() -> Representation | None:
    openapi: Representation | None = current_app.extensions[_EXTENSION]
    return openapi


def x__openapi__mutmut_1() -> Representation | None:
    openapi: Representation | None = None
    return openapi

mutants_x__openapi__mutmut['_mutmut_orig'] = x__openapi__mutmut_orig # type: ignore # mutmut generated
mutants_x__openapi__mutmut['x__openapi__mutmut_1'] = x__openapi__mutmut_1 # type: ignore # mutmut generated


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
    catalog = current_catalog()
    if preferred() == HTML_MEDIA_TYPE:
        return redirect_to_docs(catalog.cache_control)
    return send(json_representation(catalog.service_index(), catalog.cache_control))


@blp.route(links.DATASET, operation_id="getDatasetIndex")
@blp.arguments(QueryArgsSchema, location="query")
@blp.response(200, DatasetSchema, **ok("Dataset"))
def dataset_index(_args: dict[str, Any]) -> Response:
    """Describe the dataset: its version, license, sources, counts and collections.

    `dataset_version` changes whenever the data changes; `links` leads to every
    collection.
    """
    catalog = current_catalog()
    return send(json_representation(catalog.dataset_index(), catalog.cache_control))


@blp.route("/healthz", operation_id="getHealth")
@blp.arguments(QueryArgsSchema, location="query")
@blp.response(200, HealthSchema, **ok("Health"))
def health(_args: dict[str, Any]) -> Response:
    """Tell that the service is up, and which dataset it serves.

    Never cached (`no-store`), so a balancer or a deploy sees each node's current
    `dataset_version`.
    """
    return send(json_representation(current_catalog().health(), NO_STORE))


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
    """
    openapi = _openapi()
    if openapi is None:
        raise known_problem(404)
    return send(openapi)


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

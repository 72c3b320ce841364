"""The OpenAPI contract: flask-smorest's Api and Blueprint, taught problem details and headers.

Operations document themselves through their decorators; this module adds what
every operation shares: the response headers, the 304, 406 and 500 answers, the
problem responses, and examples taken from the dataset when the app starts.
"""

import inspect
from collections.abc import Callable, Mapping
from http import HTTPStatus
from typing import Any, TypeVar

import flask_smorest
import orjson
from webargs.fields import DelimitedList

from api.catalog.links import DOCS
from api.spec.values import SLUG_PATTERN
from api.web.arguments import QueryParser
from api.web.problems import ERROR_CACHE_CONTROL, PROBLEM_MEDIA_TYPE
from api.web.representation import (
    FORMAT_MEDIA_TYPES,
    JSON_MEDIA_TYPE,
    NDJSON_MEDIA_TYPE,
    produces,
)
from schemas.common import (
    POSITION_SELECTOR,
    QUOTE_SELECTOR,
    Selectors,
    TextPositionSelectorSchema,
    TextQuoteSelectorSchema,
)
from schemas.problem import ProblemSchema

View = TypeVar("View", bound=Callable[..., Any])

OPENAPI_VERSION = "3.1.0"
#: Statuses any GET may answer besides its 200 (400 comes with the query arguments).
COMMON_STATUSES = (304, 406, 500)
_PROBLEMS: dict[int, str] = {
    400: "A query parameter is unknown, repeated or invalid; `errors` names each one.",
    404: "No record has this id.",
    406: "The Accept header excludes the media type of the resource.",
    416: "The Range header asks for bytes beyond the end of the file.",
    422: "The query needs more than the time budget of a request; narrow it.",
    500: "The server failed; the body says nothing more.",
    503: "This server's snapshot is gone or damaged; retry, another server may answer.",
}
_PROBLEM_EXAMPLES: dict[int, dict[str, Any]] = {
    400: {
        "type": "/problems/invalid-parameters",
        "title": "Invalid query parameters",
        "status": 400,
        "detail": "2 query parameters are invalid.",
        "errors": {"limit": ["Must be between 1 and 100."], "colour": ["Unknown parameter."]},
    },
    404: {
        "type": "/problems/not-found",
        "title": "Not found",
        "status": 404,
        "detail": "No statement with id 'peskov-no-dealz'.",
    },
}
#: Headers of every 200 and 304, by name -> component id.
DATA_HEADERS = {"ETag": "ETag", "Cache-Control": "CacheControl"}
_HEADER_COMPONENTS: dict[str, dict[str, Any]] = {
    "ETag": {
        "description": "Strong validator of the representation (a hash of the body, or of "
        "what makes an export's bytes), one per content coding (an export's coded one ends "
        "with the coding: `-gzip`, `-br`): send it back in `If-None-Match` to be answered 304 "
        "while it is current.",
        "required": True,
        "schema": {"type": "string", "pattern": '^"[0-9a-f]{32}(-(br|gzip))?"$'},
    },
    "CacheControl": {
        "description": "How long shared caches may keep the response: `public, max-age=300` "
        "by default (a setting); `no-store` on `/healthz`.",
        "required": True,
        "schema": {"type": "string"},
    },
    "NoStore": {
        "description": "Errors are never cached.",
        "required": True,
        "schema": {"type": "string", "enum": [ERROR_CACHE_CONTROL]},
    },
    "ContentDisposition": {
        "description": "`attachment`, with a file "
        "name naming the collection and the dataset version "
        "(`dossier-statements-<dataset_version>.csv`).",
        "schema": {"type": "string"},
    },
    "PageLinks": {
        "description": "The pages around this one (RFC 8288), absolute: "
        '`<https://host/v1/statements?limit=20&offset=0>; rel="first"`, then `rel="prev"` '
        '(unless this is the first page), `rel="next"` (unless it is the last) and '
        '`rel="last"`; the same pages as the body\'s `links`.',
        "required": True,
        "schema": {"type": "string"},
    },
    "RetryAfter": {
        "description": "How many seconds to wait before asking again.",
        "required": True,
        "schema": {"type": "string", "pattern": "^[0-9]+$"},
    },
    "ExportLocation": {
        "description": "The collection's export (`<path>.csv` or `<path>.ndjson`) and the "
        "query string.",
        "required": True,
        "schema": {"type": "string", "format": "uri-reference"},
    },
    "DocsLocation": {
        "description": "Where a browser is sent: the interactive docs.",
        "required": True,
        "schema": {"type": "string", "enum": [DOCS]},
    },
}
#: The path parameter of every record.
ID_PARAMETER = {
    "in": "path",
    "name": "record_id",
    "description": "The record's id, a stable slug.",
    "schema": {"type": "string", "pattern": SLUG_PATTERN},
}


def repeated_keys(converter: Any, field: Any, **kwargs: Any) -> dict[str, Any]:
    """Document a multi-valued parameter as repeated keys (``explode: true``).

    That is the form most generators, ``requests``, ``httpx`` and
    ``URLSearchParams.append`` send; the parser takes commas as well.
    """
    if isinstance(field, DelimitedList):
        return {"style": "form", "explode": True}
    return {}


def selector_list(converter: Any, field: Any, **kwargs: Any) -> dict[str, Any]:
    """Document an evidence's selectors: two, each told apart by its W3C ``type``."""
    if not isinstance(field, Selectors):
        return {}
    kinds = {
        QUOTE_SELECTOR: converter.resolve_nested_schema(TextQuoteSelectorSchema),
        POSITION_SELECTOR: converter.resolve_nested_schema(TextPositionSelectorSchema),
    }
    return {
        "type": "array",
        "minItems": len(kinds),
        "maxItems": len(kinds),
        "items": {
            "oneOf": list(kinds.values()),
            "discriminator": {
                "propertyName": "type",
                "mapping": {kind: ref["$ref"] for kind, ref in kinds.items()},
            },
        },
    }


def docstring_parts(docstring: str) -> tuple[str, str]:
    """Return a view's summary (its first line) and description (the rest, reflowed).

    Lines of a paragraph are joined, so the contract holds the text as a client's
    docs would show it; paragraphs stay apart.
    """
    summary, _, rest = inspect.cleandoc(docstring).partition("\n")
    paragraphs = [" ".join(block.split()) for block in rest.split("\n\n")]
    return summary.strip(), "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


class Api(flask_smorest.Api):  # type: ignore[misc]  # flask-smorest is untyped
    """flask-smorest's Api, documenting errors as problem details and not handling them.

    Error handlers are registered by ``api.web.problems``, so that every error, routed
    or not, has one shape.
    """

    ERROR_SCHEMA = ProblemSchema
    DEFAULT_ERROR_RESPONSE_NAME = None

    def _init_spec(self, **options: Any) -> None:
        """Set up the spec: multi-valued parameters as repeated keys, selectors by type."""
        super()._init_spec(**options)
        # After flask-smorest's own function, which says ``explode: false``.
        self.ma_plugin.converter.add_parameter_attribute_function(repeated_keys)
        self.ma_plugin.converter.add_attribute_function(selector_list)

    def _register_pagination_header(self) -> None:
        """Leave out flask-smorest's pagination header: pages carry their own envelope."""

    def _register_error_handlers(self) -> None:
        """Leave error handling to ``api.web.problems``."""

    def _register_responses(self) -> None:
        """Register the header, problem and 304 components the operations refer to."""
        components = self.spec.components
        for component_id, header in _HEADER_COMPONENTS.items():
            components.header(component_id, header)
        for status, description in _PROBLEMS.items():
            media: dict[str, Any] = {"schema": ProblemSchema}
            if status in _PROBLEM_EXAMPLES:
                media["example"] = _PROBLEM_EXAMPLES[status]
            components.response(
                HTTPStatus(status).name,
                {
                    "description": description,
                    "content": {PROBLEM_MEDIA_TYPE: media},
                    "headers": {"Cache-Control": "NoStore"},
                },
            )
        components.response(
            "EXPORT_UNAVAILABLE",
            {
                "description": "This server is preparing as many exports as it can at once "
                "(`exports-busy`), or its snapshot is gone or damaged: retry after the "
                "seconds in `Retry-After`.",
                "content": {PROBLEM_MEDIA_TYPE: {"schema": ProblemSchema}},
                "headers": {"Cache-Control": "NoStore", "Retry-After": "RetryAfter"},
            },
        )
        components.response(
            "EXPORT_REDIRECT",
            {
                "description": "An export asked of the list (`format=csv` or `ndjson`, or an "
                "`Accept` preferring their media types): `Location` is the export, with the "
                "rest of the query string as it was sent.",
                "headers": {"Location": "ExportLocation", "Cache-Control": "CacheControl"},
            },
        )
        components.response(
            HTTPStatus.NOT_MODIFIED.name,
            {
                "description": "Not modified: the `If-None-Match` header holds the current ETag.",
                "headers": DATA_HEADERS,
            },
        )

    def register_examples(self, examples: Mapping[str, Any]) -> None:
        """Register example values, taken from the dataset, under the names operations use."""
        for name, value in examples.items():
            # As the client receives it: a JSON round trip unshares objects the
            # records share (a YAML dump would turn those into anchors).
            self.spec.components.example(name, {"value": orjson.loads(orjson.dumps(value))})


class Blueprint(flask_smorest.Blueprint):  # type: ignore[misc]  # flask-smorest is untyped
    """flask-smorest's Blueprint, parsing query strings strictly and documenting common answers."""

    ARGUMENTS_PARSER = QueryParser()

    # flask-smorest's decorators are untyped; these say that they keep the view's type.
    def route(self, rule: str, *, operation_id: str, **options: Any) -> Callable[[View], View]:
        """Register a view at ``rule``, and document it under ``operation_id``.

        The operation id is part of the v1 promise: generated clients name their
        functions after it. The view answers JSON unless marked otherwise.
        """
        register: Callable[[View], View] = super().route(rule, **options)

        def decorator(view: View) -> View:
            if not hasattr(view, "media_types"):
                produces(JSON_MEDIA_TYPE)(view)
            summary, description = docstring_parts(view.__doc__ or "")
            documented = self.doc(
                operationId=operation_id, summary=summary, description=description
            )(view)
            return register(documented)

        return decorator

    def arguments(self, schema: Any, **options: Any) -> Callable[[View], View]:
        """Parse and document the view's arguments with ``schema``."""
        decorator: Callable[[View], View] = super().arguments(schema, **options)
        return decorator

    def response(
        self, status_code: int, schema: Any = None, **options: Any
    ) -> Callable[[View], View]:
        """Document the view's response."""
        decorator: Callable[[View], View] = super().response(status_code, schema, **options)
        return decorator

    @staticmethod
    def doc(**documented: Any) -> Callable[[View], View]:
        """Document the view with ``documented``, merged over what the decorators say."""
        decorator: Callable[[View], View] = flask_smorest.Blueprint.doc(**documented)
        return decorator

    def alt_response(self, status_code: int, **options: Any) -> Callable[[View], View]:
        """Document another response of the view."""
        decorator: Callable[[View], View] = super().alt_response(status_code, **options)
        return decorator

    def costly(self, view: View) -> View:
        """Document that the view's queries may not fit in the request's time budget (422)."""
        status = HTTPStatus.UNPROCESSABLE_ENTITY
        return self.alt_response(status, response=status.name)(view)

    @staticmethod
    def _prepare_response_doc(
        doc: dict[str, Any], doc_info: dict[str, Any], *, api: Any, spec: Any, **kwargs: Any
    ) -> dict[str, Any]:
        responses = doc_info.setdefault("response", {}).setdefault("responses", {})
        for status in COMMON_STATUSES:
            responses.setdefault(status, []).append(HTTPStatus(status).name)
        result: dict[str, Any] = flask_smorest.Blueprint._prepare_response_doc(
            doc, doc_info, api=api, spec=spec, **kwargs
        )
        return result


#: The content type of each export format, as the contract names it (responses add parameters).
EXPORT_CONTENT = {"csv": "text/csv", "ndjson": NDJSON_MEDIA_TYPE}
EXPORT_DESCRIPTIONS = {
    "csv": "RFC 4180 CSV, UTF-8, one header row, one row per record.",
    "ndjson": "One JSON item per line, as in a page's `items`.",
}


def exported(name: str, form: str) -> Callable[[View], View]:
    """Mark a view as a collection's export in ``form``, and document its file: the media
    type, the ``Content-Disposition``, the example ``<name><Form>`` (registered when the
    app starts), and the 503 of a server preparing as many exports as it can."""
    media_type = FORMAT_MEDIA_TYPES[form]
    documented = {
        "responses": {
            200: {
                "description": "The export, as a file to save.",
                "headers": {**DATA_HEADERS, "Content-Disposition": "ContentDisposition"},
                "content": {
                    EXPORT_CONTENT[form]: {
                        "schema": {"type": "string", "description": EXPORT_DESCRIPTIONS[form]},
                        "examples": {f"{name}{form.capitalize()}": f"{name}{form.capitalize()}"},
                    }
                },
            },
            503: "EXPORT_UNAVAILABLE",
        }
    }

    def mark(view: View) -> View:
        produces(media_type)(view)
        return Blueprint.doc(**documented)(view)

    return mark


def export_redirect_documented(view: View) -> View:
    """Document a list's 307 to its exports (v1's ``format=csv``, ``format=ndjson``)."""
    return Blueprint.doc(responses={307: "EXPORT_REDIRECT"})(view)


def ok(
    example: str | None = None, *, content_type: str | None = None, paged: bool = False
) -> dict[str, Any]:
    """Return the keyword arguments documenting a 200: its headers (a page's ``Link`` too)
    and its example's name."""
    headers = {**DATA_HEADERS, "Link": "PageLinks"} if paged else DATA_HEADERS
    documented: dict[str, Any] = {"headers": headers, "content_type": content_type}
    if example is not None:
        documented["examples"] = {example: example}
    return documented

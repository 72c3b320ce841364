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

from api.web.arguments import QueryParser
from api.web.links import DOCS
from api.web.problems import ERROR_CACHE_CONTROL, PROBLEM_MEDIA_TYPE
from api.web.representation import JSON_MEDIA_TYPE, produces
from schemas.common import SLUG_PATTERN
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
    500: "The server failed; the body says nothing more.",
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
        "description": "Strong validator of the representation (a hash of the body): send it "
        "back in `If-None-Match` to be answered 304 while it is current.",
        "required": True,
        "schema": {"type": "string", "pattern": '^"[0-9a-f]{32}"$'},
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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_repeated_keys__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_repeated_keys__mutmut)
def repeated_keys(converter: Any, field: Any, **kwargs: Any) -> dict[str, Any]:
    """Document a multi-valued parameter as repeated keys (``explode: true``).

    That is the form most generators, ``requests``, ``httpx`` and
    ``URLSearchParams.append`` send; the parser takes commas as well.
    """
    if isinstance(field, DelimitedList):
        return {"style": "form", "explode": True}
    return {}


def x_repeated_keys__mutmut_orig(converter: Any, field: Any, **kwargs: Any) -> dict[str, Any]:
    """Document a multi-valued parameter as repeated keys (``explode: true``).

    That is the form most generators, ``requests``, ``httpx`` and
    ``URLSearchParams.append`` send; the parser takes commas as well.
    """
    if isinstance(field, DelimitedList):
        return {"style": "form", "explode": True}
    return {}


def x_repeated_keys__mutmut_1(converter: Any, field: Any, **kwargs: Any) -> dict[str, Any]:
    """Document a multi-valued parameter as repeated keys (``explode: true``).

    That is the form most generators, ``requests``, ``httpx`` and
    ``URLSearchParams.append`` send; the parser takes commas as well.
    """
    if isinstance(field, DelimitedList):
        return {"XXstyleXX": "form", "explode": True}
    return {}


def x_repeated_keys__mutmut_2(converter: Any, field: Any, **kwargs: Any) -> dict[str, Any]:
    """Document a multi-valued parameter as repeated keys (``explode: true``).

    That is the form most generators, ``requests``, ``httpx`` and
    ``URLSearchParams.append`` send; the parser takes commas as well.
    """
    if isinstance(field, DelimitedList):
        return {"STYLE": "form", "explode": True}
    return {}


def x_repeated_keys__mutmut_3(converter: Any, field: Any, **kwargs: Any) -> dict[str, Any]:
    """Document a multi-valued parameter as repeated keys (``explode: true``).

    That is the form most generators, ``requests``, ``httpx`` and
    ``URLSearchParams.append`` send; the parser takes commas as well.
    """
    if isinstance(field, DelimitedList):
        return {"style": "XXformXX", "explode": True}
    return {}


def x_repeated_keys__mutmut_4(converter: Any, field: Any, **kwargs: Any) -> dict[str, Any]:
    """Document a multi-valued parameter as repeated keys (``explode: true``).

    That is the form most generators, ``requests``, ``httpx`` and
    ``URLSearchParams.append`` send; the parser takes commas as well.
    """
    if isinstance(field, DelimitedList):
        return {"style": "FORM", "explode": True}
    return {}


def x_repeated_keys__mutmut_5(converter: Any, field: Any, **kwargs: Any) -> dict[str, Any]:
    """Document a multi-valued parameter as repeated keys (``explode: true``).

    That is the form most generators, ``requests``, ``httpx`` and
    ``URLSearchParams.append`` send; the parser takes commas as well.
    """
    if isinstance(field, DelimitedList):
        return {"style": "form", "XXexplodeXX": True}
    return {}


def x_repeated_keys__mutmut_6(converter: Any, field: Any, **kwargs: Any) -> dict[str, Any]:
    """Document a multi-valued parameter as repeated keys (``explode: true``).

    That is the form most generators, ``requests``, ``httpx`` and
    ``URLSearchParams.append`` send; the parser takes commas as well.
    """
    if isinstance(field, DelimitedList):
        return {"style": "form", "EXPLODE": True}
    return {}


def x_repeated_keys__mutmut_7(converter: Any, field: Any, **kwargs: Any) -> dict[str, Any]:
    """Document a multi-valued parameter as repeated keys (``explode: true``).

    That is the form most generators, ``requests``, ``httpx`` and
    ``URLSearchParams.append`` send; the parser takes commas as well.
    """
    if isinstance(field, DelimitedList):
        return {"style": "form", "explode": False}
    return {}

mutants_x_repeated_keys__mutmut['_mutmut_orig'] = x_repeated_keys__mutmut_orig # type: ignore # mutmut generated
mutants_x_repeated_keys__mutmut['x_repeated_keys__mutmut_1'] = x_repeated_keys__mutmut_1 # type: ignore # mutmut generated
mutants_x_repeated_keys__mutmut['x_repeated_keys__mutmut_2'] = x_repeated_keys__mutmut_2 # type: ignore # mutmut generated
mutants_x_repeated_keys__mutmut['x_repeated_keys__mutmut_3'] = x_repeated_keys__mutmut_3 # type: ignore # mutmut generated
mutants_x_repeated_keys__mutmut['x_repeated_keys__mutmut_4'] = x_repeated_keys__mutmut_4 # type: ignore # mutmut generated
mutants_x_repeated_keys__mutmut['x_repeated_keys__mutmut_5'] = x_repeated_keys__mutmut_5 # type: ignore # mutmut generated
mutants_x_repeated_keys__mutmut['x_repeated_keys__mutmut_6'] = x_repeated_keys__mutmut_6 # type: ignore # mutmut generated
mutants_x_repeated_keys__mutmut['x_repeated_keys__mutmut_7'] = x_repeated_keys__mutmut_7 # type: ignore # mutmut generated
mutants_x_docstring_parts__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_docstring_parts__mutmut)
def docstring_parts(docstring: str) -> tuple[str, str]:
    """Return a view's summary (its first line) and description (the rest, reflowed).

    Lines of a paragraph are joined, so the contract holds the text as a client's
    docs would show it; paragraphs stay apart.
    """
    summary, _, rest = inspect.cleandoc(docstring).partition("\n")
    paragraphs = [" ".join(block.split()) for block in rest.split("\n\n")]
    return summary.strip(), "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def x_docstring_parts__mutmut_orig(docstring: str) -> tuple[str, str]:
    """Return a view's summary (its first line) and description (the rest, reflowed).

    Lines of a paragraph are joined, so the contract holds the text as a client's
    docs would show it; paragraphs stay apart.
    """
    summary, _, rest = inspect.cleandoc(docstring).partition("\n")
    paragraphs = [" ".join(block.split()) for block in rest.split("\n\n")]
    return summary.strip(), "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def x_docstring_parts__mutmut_1(docstring: str) -> tuple[str, str]:
    """Return a view's summary (its first line) and description (the rest, reflowed).

    Lines of a paragraph are joined, so the contract holds the text as a client's
    docs would show it; paragraphs stay apart.
    """
    summary, _, rest = None
    paragraphs = [" ".join(block.split()) for block in rest.split("\n\n")]
    return summary.strip(), "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def x_docstring_parts__mutmut_2(docstring: str) -> tuple[str, str]:
    """Return a view's summary (its first line) and description (the rest, reflowed).

    Lines of a paragraph are joined, so the contract holds the text as a client's
    docs would show it; paragraphs stay apart.
    """
    summary, _, rest = inspect.cleandoc(docstring).partition(None)
    paragraphs = [" ".join(block.split()) for block in rest.split("\n\n")]
    return summary.strip(), "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def x_docstring_parts__mutmut_3(docstring: str) -> tuple[str, str]:
    """Return a view's summary (its first line) and description (the rest, reflowed).

    Lines of a paragraph are joined, so the contract holds the text as a client's
    docs would show it; paragraphs stay apart.
    """
    summary, _, rest = inspect.cleandoc(docstring).rpartition("\n")
    paragraphs = [" ".join(block.split()) for block in rest.split("\n\n")]
    return summary.strip(), "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def x_docstring_parts__mutmut_4(docstring: str) -> tuple[str, str]:
    """Return a view's summary (its first line) and description (the rest, reflowed).

    Lines of a paragraph are joined, so the contract holds the text as a client's
    docs would show it; paragraphs stay apart.
    """
    summary, _, rest = inspect.cleandoc(None).partition("\n")
    paragraphs = [" ".join(block.split()) for block in rest.split("\n\n")]
    return summary.strip(), "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def x_docstring_parts__mutmut_5(docstring: str) -> tuple[str, str]:
    """Return a view's summary (its first line) and description (the rest, reflowed).

    Lines of a paragraph are joined, so the contract holds the text as a client's
    docs would show it; paragraphs stay apart.
    """
    summary, _, rest = inspect.cleandoc(docstring).partition("XX\nXX")
    paragraphs = [" ".join(block.split()) for block in rest.split("\n\n")]
    return summary.strip(), "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def x_docstring_parts__mutmut_6(docstring: str) -> tuple[str, str]:
    """Return a view's summary (its first line) and description (the rest, reflowed).

    Lines of a paragraph are joined, so the contract holds the text as a client's
    docs would show it; paragraphs stay apart.
    """
    summary, _, rest = inspect.cleandoc(docstring).partition("\n")
    paragraphs = None
    return summary.strip(), "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def x_docstring_parts__mutmut_7(docstring: str) -> tuple[str, str]:
    """Return a view's summary (its first line) and description (the rest, reflowed).

    Lines of a paragraph are joined, so the contract holds the text as a client's
    docs would show it; paragraphs stay apart.
    """
    summary, _, rest = inspect.cleandoc(docstring).partition("\n")
    paragraphs = [" ".join(None) for block in rest.split("\n\n")]
    return summary.strip(), "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def x_docstring_parts__mutmut_8(docstring: str) -> tuple[str, str]:
    """Return a view's summary (its first line) and description (the rest, reflowed).

    Lines of a paragraph are joined, so the contract holds the text as a client's
    docs would show it; paragraphs stay apart.
    """
    summary, _, rest = inspect.cleandoc(docstring).partition("\n")
    paragraphs = ["XX XX".join(block.split()) for block in rest.split("\n\n")]
    return summary.strip(), "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def x_docstring_parts__mutmut_9(docstring: str) -> tuple[str, str]:
    """Return a view's summary (its first line) and description (the rest, reflowed).

    Lines of a paragraph are joined, so the contract holds the text as a client's
    docs would show it; paragraphs stay apart.
    """
    summary, _, rest = inspect.cleandoc(docstring).partition("\n")
    paragraphs = [" ".join(block.split()) for block in rest.split(None)]
    return summary.strip(), "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def x_docstring_parts__mutmut_10(docstring: str) -> tuple[str, str]:
    """Return a view's summary (its first line) and description (the rest, reflowed).

    Lines of a paragraph are joined, so the contract holds the text as a client's
    docs would show it; paragraphs stay apart.
    """
    summary, _, rest = inspect.cleandoc(docstring).partition("\n")
    paragraphs = [" ".join(block.split()) for block in rest.split("XX\n\nXX")]
    return summary.strip(), "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def x_docstring_parts__mutmut_11(docstring: str) -> tuple[str, str]:
    """Return a view's summary (its first line) and description (the rest, reflowed).

    Lines of a paragraph are joined, so the contract holds the text as a client's
    docs would show it; paragraphs stay apart.
    """
    summary, _, rest = inspect.cleandoc(docstring).partition("\n")
    paragraphs = [" ".join(block.split()) for block in rest.split("\n\n")]
    return summary.strip(), "\n\n".join(None)


def x_docstring_parts__mutmut_12(docstring: str) -> tuple[str, str]:
    """Return a view's summary (its first line) and description (the rest, reflowed).

    Lines of a paragraph are joined, so the contract holds the text as a client's
    docs would show it; paragraphs stay apart.
    """
    summary, _, rest = inspect.cleandoc(docstring).partition("\n")
    paragraphs = [" ".join(block.split()) for block in rest.split("\n\n")]
    return summary.strip(), "XX\n\nXX".join(paragraph for paragraph in paragraphs if paragraph)

mutants_x_docstring_parts__mutmut['_mutmut_orig'] = x_docstring_parts__mutmut_orig # type: ignore # mutmut generated
mutants_x_docstring_parts__mutmut['x_docstring_parts__mutmut_1'] = x_docstring_parts__mutmut_1 # type: ignore # mutmut generated
mutants_x_docstring_parts__mutmut['x_docstring_parts__mutmut_2'] = x_docstring_parts__mutmut_2 # type: ignore # mutmut generated
mutants_x_docstring_parts__mutmut['x_docstring_parts__mutmut_3'] = x_docstring_parts__mutmut_3 # type: ignore # mutmut generated
mutants_x_docstring_parts__mutmut['x_docstring_parts__mutmut_4'] = x_docstring_parts__mutmut_4 # type: ignore # mutmut generated
mutants_x_docstring_parts__mutmut['x_docstring_parts__mutmut_5'] = x_docstring_parts__mutmut_5 # type: ignore # mutmut generated
mutants_x_docstring_parts__mutmut['x_docstring_parts__mutmut_6'] = x_docstring_parts__mutmut_6 # type: ignore # mutmut generated
mutants_x_docstring_parts__mutmut['x_docstring_parts__mutmut_7'] = x_docstring_parts__mutmut_7 # type: ignore # mutmut generated
mutants_x_docstring_parts__mutmut['x_docstring_parts__mutmut_8'] = x_docstring_parts__mutmut_8 # type: ignore # mutmut generated
mutants_x_docstring_parts__mutmut['x_docstring_parts__mutmut_9'] = x_docstring_parts__mutmut_9 # type: ignore # mutmut generated
mutants_x_docstring_parts__mutmut['x_docstring_parts__mutmut_10'] = x_docstring_parts__mutmut_10 # type: ignore # mutmut generated
mutants_x_docstring_parts__mutmut['x_docstring_parts__mutmut_11'] = x_docstring_parts__mutmut_11 # type: ignore # mutmut generated
mutants_x_docstring_parts__mutmut['x_docstring_parts__mutmut_12'] = x_docstring_parts__mutmut_12 # type: ignore # mutmut generated
mutants_xǁApiǁ_init_spec__mutmut: MutantDict = {}  # type: ignore
mutants_xǁApiǁ_register_responses__mutmut: MutantDict = {}  # type: ignore
mutants_xǁApiǁregister_examples__mutmut: MutantDict = {}  # type: ignore


class Api(flask_smorest.Api):  # type: ignore[misc]  # flask-smorest is untyped
    """flask-smorest's Api, documenting errors as problem details and not handling them.

    Error handlers are registered by ``api.web.problems``, so that every error, routed
    or not, has one shape.
    """

    ERROR_SCHEMA = ProblemSchema
    DEFAULT_ERROR_RESPONSE_NAME = None

    @_mutmut_mutated(mutants_xǁApiǁ_init_spec__mutmut)
    def _init_spec(self, **options: Any) -> None:
        """Set up the spec, documenting multi-valued parameters as repeated keys."""
        super()._init_spec(**options)
        # After flask-smorest's own function, which says ``explode: false``.
        self.ma_plugin.converter.add_parameter_attribute_function(repeated_keys)

    def xǁApiǁ_init_spec__mutmut_orig(self, **options: Any) -> None:
        """Set up the spec, documenting multi-valued parameters as repeated keys."""
        super()._init_spec(**options)
        # After flask-smorest's own function, which says ``explode: false``.
        self.ma_plugin.converter.add_parameter_attribute_function(repeated_keys)

    def xǁApiǁ_init_spec__mutmut_1(self, **options: Any) -> None:
        """Set up the spec, documenting multi-valued parameters as repeated keys."""
        super()._init_spec(**options)
        # After flask-smorest's own function, which says ``explode: false``.
        self.ma_plugin.converter.add_parameter_attribute_function(None)

    def _register_pagination_header(self) -> None:
        """Leave out flask-smorest's pagination header: pages carry their own envelope."""

    def _register_error_handlers(self) -> None:
        """Leave error handling to ``api.web.problems``."""

    @_mutmut_mutated(mutants_xǁApiǁ_register_responses__mutmut)
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
            HTTPStatus.NOT_MODIFIED.name,
            {
                "description": "Not modified: the `If-None-Match` header holds the current ETag.",
                "headers": DATA_HEADERS,
            },
        )

    def xǁApiǁ_register_responses__mutmut_orig(self) -> None:
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
            HTTPStatus.NOT_MODIFIED.name,
            {
                "description": "Not modified: the `If-None-Match` header holds the current ETag.",
                "headers": DATA_HEADERS,
            },
        )

    def xǁApiǁ_register_responses__mutmut_1(self) -> None:
        """Register the header, problem and 304 components the operations refer to."""
        components = None
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
            HTTPStatus.NOT_MODIFIED.name,
            {
                "description": "Not modified: the `If-None-Match` header holds the current ETag.",
                "headers": DATA_HEADERS,
            },
        )

    def xǁApiǁ_register_responses__mutmut_2(self) -> None:
        """Register the header, problem and 304 components the operations refer to."""
        components = self.spec.components
        for component_id, header in _HEADER_COMPONENTS.items():
            components.header(None, header)
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
            HTTPStatus.NOT_MODIFIED.name,
            {
                "description": "Not modified: the `If-None-Match` header holds the current ETag.",
                "headers": DATA_HEADERS,
            },
        )

    def xǁApiǁ_register_responses__mutmut_3(self) -> None:
        """Register the header, problem and 304 components the operations refer to."""
        components = self.spec.components
        for component_id, header in _HEADER_COMPONENTS.items():
            components.header(component_id, None)
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
            HTTPStatus.NOT_MODIFIED.name,
            {
                "description": "Not modified: the `If-None-Match` header holds the current ETag.",
                "headers": DATA_HEADERS,
            },
        )

    def xǁApiǁ_register_responses__mutmut_4(self) -> None:
        """Register the header, problem and 304 components the operations refer to."""
        components = self.spec.components
        for component_id, header in _HEADER_COMPONENTS.items():
            components.header(header)
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
            HTTPStatus.NOT_MODIFIED.name,
            {
                "description": "Not modified: the `If-None-Match` header holds the current ETag.",
                "headers": DATA_HEADERS,
            },
        )

    def xǁApiǁ_register_responses__mutmut_5(self) -> None:
        """Register the header, problem and 304 components the operations refer to."""
        components = self.spec.components
        for component_id, header in _HEADER_COMPONENTS.items():
            components.header(component_id, )
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
            HTTPStatus.NOT_MODIFIED.name,
            {
                "description": "Not modified: the `If-None-Match` header holds the current ETag.",
                "headers": DATA_HEADERS,
            },
        )

    def xǁApiǁ_register_responses__mutmut_6(self) -> None:
        """Register the header, problem and 304 components the operations refer to."""
        components = self.spec.components
        for component_id, header in _HEADER_COMPONENTS.items():
            components.header(component_id, header)
        for status, description in _PROBLEMS.items():
            media: dict[str, Any] = None
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
            HTTPStatus.NOT_MODIFIED.name,
            {
                "description": "Not modified: the `If-None-Match` header holds the current ETag.",
                "headers": DATA_HEADERS,
            },
        )

    def xǁApiǁ_register_responses__mutmut_7(self) -> None:
        """Register the header, problem and 304 components the operations refer to."""
        components = self.spec.components
        for component_id, header in _HEADER_COMPONENTS.items():
            components.header(component_id, header)
        for status, description in _PROBLEMS.items():
            media: dict[str, Any] = {"XXschemaXX": ProblemSchema}
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
            HTTPStatus.NOT_MODIFIED.name,
            {
                "description": "Not modified: the `If-None-Match` header holds the current ETag.",
                "headers": DATA_HEADERS,
            },
        )

    def xǁApiǁ_register_responses__mutmut_8(self) -> None:
        """Register the header, problem and 304 components the operations refer to."""
        components = self.spec.components
        for component_id, header in _HEADER_COMPONENTS.items():
            components.header(component_id, header)
        for status, description in _PROBLEMS.items():
            media: dict[str, Any] = {"SCHEMA": ProblemSchema}
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
            HTTPStatus.NOT_MODIFIED.name,
            {
                "description": "Not modified: the `If-None-Match` header holds the current ETag.",
                "headers": DATA_HEADERS,
            },
        )

    def xǁApiǁ_register_responses__mutmut_9(self) -> None:
        """Register the header, problem and 304 components the operations refer to."""
        components = self.spec.components
        for component_id, header in _HEADER_COMPONENTS.items():
            components.header(component_id, header)
        for status, description in _PROBLEMS.items():
            media: dict[str, Any] = {"schema": ProblemSchema}
            if status not in _PROBLEM_EXAMPLES:
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
            HTTPStatus.NOT_MODIFIED.name,
            {
                "description": "Not modified: the `If-None-Match` header holds the current ETag.",
                "headers": DATA_HEADERS,
            },
        )

    def xǁApiǁ_register_responses__mutmut_10(self) -> None:
        """Register the header, problem and 304 components the operations refer to."""
        components = self.spec.components
        for component_id, header in _HEADER_COMPONENTS.items():
            components.header(component_id, header)
        for status, description in _PROBLEMS.items():
            media: dict[str, Any] = {"schema": ProblemSchema}
            if status in _PROBLEM_EXAMPLES:
                media["example"] = None
            components.response(
                HTTPStatus(status).name,
                {
                    "description": description,
                    "content": {PROBLEM_MEDIA_TYPE: media},
                    "headers": {"Cache-Control": "NoStore"},
                },
            )
        components.response(
            HTTPStatus.NOT_MODIFIED.name,
            {
                "description": "Not modified: the `If-None-Match` header holds the current ETag.",
                "headers": DATA_HEADERS,
            },
        )

    def xǁApiǁ_register_responses__mutmut_11(self) -> None:
        """Register the header, problem and 304 components the operations refer to."""
        components = self.spec.components
        for component_id, header in _HEADER_COMPONENTS.items():
            components.header(component_id, header)
        for status, description in _PROBLEMS.items():
            media: dict[str, Any] = {"schema": ProblemSchema}
            if status in _PROBLEM_EXAMPLES:
                media["XXexampleXX"] = _PROBLEM_EXAMPLES[status]
            components.response(
                HTTPStatus(status).name,
                {
                    "description": description,
                    "content": {PROBLEM_MEDIA_TYPE: media},
                    "headers": {"Cache-Control": "NoStore"},
                },
            )
        components.response(
            HTTPStatus.NOT_MODIFIED.name,
            {
                "description": "Not modified: the `If-None-Match` header holds the current ETag.",
                "headers": DATA_HEADERS,
            },
        )

    def xǁApiǁ_register_responses__mutmut_12(self) -> None:
        """Register the header, problem and 304 components the operations refer to."""
        components = self.spec.components
        for component_id, header in _HEADER_COMPONENTS.items():
            components.header(component_id, header)
        for status, description in _PROBLEMS.items():
            media: dict[str, Any] = {"schema": ProblemSchema}
            if status in _PROBLEM_EXAMPLES:
                media["EXAMPLE"] = _PROBLEM_EXAMPLES[status]
            components.response(
                HTTPStatus(status).name,
                {
                    "description": description,
                    "content": {PROBLEM_MEDIA_TYPE: media},
                    "headers": {"Cache-Control": "NoStore"},
                },
            )
        components.response(
            HTTPStatus.NOT_MODIFIED.name,
            {
                "description": "Not modified: the `If-None-Match` header holds the current ETag.",
                "headers": DATA_HEADERS,
            },
        )

    def xǁApiǁ_register_responses__mutmut_13(self) -> None:
        """Register the header, problem and 304 components the operations refer to."""
        components = self.spec.components
        for component_id, header in _HEADER_COMPONENTS.items():
            components.header(component_id, header)
        for status, description in _PROBLEMS.items():
            media: dict[str, Any] = {"schema": ProblemSchema}
            if status in _PROBLEM_EXAMPLES:
                media["example"] = _PROBLEM_EXAMPLES[status]
            components.response(
                None,
                {
                    "description": description,
                    "content": {PROBLEM_MEDIA_TYPE: media},
                    "headers": {"Cache-Control": "NoStore"},
                },
            )
        components.response(
            HTTPStatus.NOT_MODIFIED.name,
            {
                "description": "Not modified: the `If-None-Match` header holds the current ETag.",
                "headers": DATA_HEADERS,
            },
        )

    def xǁApiǁ_register_responses__mutmut_14(self) -> None:
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
                None,
            )
        components.response(
            HTTPStatus.NOT_MODIFIED.name,
            {
                "description": "Not modified: the `If-None-Match` header holds the current ETag.",
                "headers": DATA_HEADERS,
            },
        )

    def xǁApiǁ_register_responses__mutmut_15(self) -> None:
        """Register the header, problem and 304 components the operations refer to."""
        components = self.spec.components
        for component_id, header in _HEADER_COMPONENTS.items():
            components.header(component_id, header)
        for status, description in _PROBLEMS.items():
            media: dict[str, Any] = {"schema": ProblemSchema}
            if status in _PROBLEM_EXAMPLES:
                media["example"] = _PROBLEM_EXAMPLES[status]
            components.response(
                {
                    "description": description,
                    "content": {PROBLEM_MEDIA_TYPE: media},
                    "headers": {"Cache-Control": "NoStore"},
                },
            )
        components.response(
            HTTPStatus.NOT_MODIFIED.name,
            {
                "description": "Not modified: the `If-None-Match` header holds the current ETag.",
                "headers": DATA_HEADERS,
            },
        )

    def xǁApiǁ_register_responses__mutmut_16(self) -> None:
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
                )
        components.response(
            HTTPStatus.NOT_MODIFIED.name,
            {
                "description": "Not modified: the `If-None-Match` header holds the current ETag.",
                "headers": DATA_HEADERS,
            },
        )

    def xǁApiǁ_register_responses__mutmut_17(self) -> None:
        """Register the header, problem and 304 components the operations refer to."""
        components = self.spec.components
        for component_id, header in _HEADER_COMPONENTS.items():
            components.header(component_id, header)
        for status, description in _PROBLEMS.items():
            media: dict[str, Any] = {"schema": ProblemSchema}
            if status in _PROBLEM_EXAMPLES:
                media["example"] = _PROBLEM_EXAMPLES[status]
            components.response(
                HTTPStatus(None).name,
                {
                    "description": description,
                    "content": {PROBLEM_MEDIA_TYPE: media},
                    "headers": {"Cache-Control": "NoStore"},
                },
            )
        components.response(
            HTTPStatus.NOT_MODIFIED.name,
            {
                "description": "Not modified: the `If-None-Match` header holds the current ETag.",
                "headers": DATA_HEADERS,
            },
        )

    def xǁApiǁ_register_responses__mutmut_18(self) -> None:
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
                    "XXdescriptionXX": description,
                    "content": {PROBLEM_MEDIA_TYPE: media},
                    "headers": {"Cache-Control": "NoStore"},
                },
            )
        components.response(
            HTTPStatus.NOT_MODIFIED.name,
            {
                "description": "Not modified: the `If-None-Match` header holds the current ETag.",
                "headers": DATA_HEADERS,
            },
        )

    def xǁApiǁ_register_responses__mutmut_19(self) -> None:
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
                    "DESCRIPTION": description,
                    "content": {PROBLEM_MEDIA_TYPE: media},
                    "headers": {"Cache-Control": "NoStore"},
                },
            )
        components.response(
            HTTPStatus.NOT_MODIFIED.name,
            {
                "description": "Not modified: the `If-None-Match` header holds the current ETag.",
                "headers": DATA_HEADERS,
            },
        )

    def xǁApiǁ_register_responses__mutmut_20(self) -> None:
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
                    "XXcontentXX": {PROBLEM_MEDIA_TYPE: media},
                    "headers": {"Cache-Control": "NoStore"},
                },
            )
        components.response(
            HTTPStatus.NOT_MODIFIED.name,
            {
                "description": "Not modified: the `If-None-Match` header holds the current ETag.",
                "headers": DATA_HEADERS,
            },
        )

    def xǁApiǁ_register_responses__mutmut_21(self) -> None:
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
                    "CONTENT": {PROBLEM_MEDIA_TYPE: media},
                    "headers": {"Cache-Control": "NoStore"},
                },
            )
        components.response(
            HTTPStatus.NOT_MODIFIED.name,
            {
                "description": "Not modified: the `If-None-Match` header holds the current ETag.",
                "headers": DATA_HEADERS,
            },
        )

    def xǁApiǁ_register_responses__mutmut_22(self) -> None:
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
                    "XXheadersXX": {"Cache-Control": "NoStore"},
                },
            )
        components.response(
            HTTPStatus.NOT_MODIFIED.name,
            {
                "description": "Not modified: the `If-None-Match` header holds the current ETag.",
                "headers": DATA_HEADERS,
            },
        )

    def xǁApiǁ_register_responses__mutmut_23(self) -> None:
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
                    "HEADERS": {"Cache-Control": "NoStore"},
                },
            )
        components.response(
            HTTPStatus.NOT_MODIFIED.name,
            {
                "description": "Not modified: the `If-None-Match` header holds the current ETag.",
                "headers": DATA_HEADERS,
            },
        )

    def xǁApiǁ_register_responses__mutmut_24(self) -> None:
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
                    "headers": {"XXCache-ControlXX": "NoStore"},
                },
            )
        components.response(
            HTTPStatus.NOT_MODIFIED.name,
            {
                "description": "Not modified: the `If-None-Match` header holds the current ETag.",
                "headers": DATA_HEADERS,
            },
        )

    def xǁApiǁ_register_responses__mutmut_25(self) -> None:
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
                    "headers": {"cache-control": "NoStore"},
                },
            )
        components.response(
            HTTPStatus.NOT_MODIFIED.name,
            {
                "description": "Not modified: the `If-None-Match` header holds the current ETag.",
                "headers": DATA_HEADERS,
            },
        )

    def xǁApiǁ_register_responses__mutmut_26(self) -> None:
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
                    "headers": {"CACHE-CONTROL": "NoStore"},
                },
            )
        components.response(
            HTTPStatus.NOT_MODIFIED.name,
            {
                "description": "Not modified: the `If-None-Match` header holds the current ETag.",
                "headers": DATA_HEADERS,
            },
        )

    def xǁApiǁ_register_responses__mutmut_27(self) -> None:
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
                    "headers": {"Cache-Control": "XXNoStoreXX"},
                },
            )
        components.response(
            HTTPStatus.NOT_MODIFIED.name,
            {
                "description": "Not modified: the `If-None-Match` header holds the current ETag.",
                "headers": DATA_HEADERS,
            },
        )

    def xǁApiǁ_register_responses__mutmut_28(self) -> None:
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
                    "headers": {"Cache-Control": "nostore"},
                },
            )
        components.response(
            HTTPStatus.NOT_MODIFIED.name,
            {
                "description": "Not modified: the `If-None-Match` header holds the current ETag.",
                "headers": DATA_HEADERS,
            },
        )

    def xǁApiǁ_register_responses__mutmut_29(self) -> None:
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
                    "headers": {"Cache-Control": "NOSTORE"},
                },
            )
        components.response(
            HTTPStatus.NOT_MODIFIED.name,
            {
                "description": "Not modified: the `If-None-Match` header holds the current ETag.",
                "headers": DATA_HEADERS,
            },
        )

    def xǁApiǁ_register_responses__mutmut_30(self) -> None:
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
            None,
            {
                "description": "Not modified: the `If-None-Match` header holds the current ETag.",
                "headers": DATA_HEADERS,
            },
        )

    def xǁApiǁ_register_responses__mutmut_31(self) -> None:
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
            HTTPStatus.NOT_MODIFIED.name,
            None,
        )

    def xǁApiǁ_register_responses__mutmut_32(self) -> None:
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
            {
                "description": "Not modified: the `If-None-Match` header holds the current ETag.",
                "headers": DATA_HEADERS,
            },
        )

    def xǁApiǁ_register_responses__mutmut_33(self) -> None:
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
            HTTPStatus.NOT_MODIFIED.name,
            )

    def xǁApiǁ_register_responses__mutmut_34(self) -> None:
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
            HTTPStatus.NOT_MODIFIED.name,
            {
                "XXdescriptionXX": "Not modified: the `If-None-Match` header holds the current ETag.",
                "headers": DATA_HEADERS,
            },
        )

    def xǁApiǁ_register_responses__mutmut_35(self) -> None:
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
            HTTPStatus.NOT_MODIFIED.name,
            {
                "DESCRIPTION": "Not modified: the `If-None-Match` header holds the current ETag.",
                "headers": DATA_HEADERS,
            },
        )

    def xǁApiǁ_register_responses__mutmut_36(self) -> None:
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
            HTTPStatus.NOT_MODIFIED.name,
            {
                "description": "XXNot modified: the `If-None-Match` header holds the current ETag.XX",
                "headers": DATA_HEADERS,
            },
        )

    def xǁApiǁ_register_responses__mutmut_37(self) -> None:
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
            HTTPStatus.NOT_MODIFIED.name,
            {
                "description": "not modified: the `if-none-match` header holds the current etag.",
                "headers": DATA_HEADERS,
            },
        )

    def xǁApiǁ_register_responses__mutmut_38(self) -> None:
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
            HTTPStatus.NOT_MODIFIED.name,
            {
                "description": "NOT MODIFIED: THE `IF-NONE-MATCH` HEADER HOLDS THE CURRENT ETAG.",
                "headers": DATA_HEADERS,
            },
        )

    def xǁApiǁ_register_responses__mutmut_39(self) -> None:
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
            HTTPStatus.NOT_MODIFIED.name,
            {
                "description": "Not modified: the `If-None-Match` header holds the current ETag.",
                "XXheadersXX": DATA_HEADERS,
            },
        )

    def xǁApiǁ_register_responses__mutmut_40(self) -> None:
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
            HTTPStatus.NOT_MODIFIED.name,
            {
                "description": "Not modified: the `If-None-Match` header holds the current ETag.",
                "HEADERS": DATA_HEADERS,
            },
        )

    @_mutmut_mutated(mutants_xǁApiǁregister_examples__mutmut)
    def register_examples(self, examples: Mapping[str, Any]) -> None:
        """Register example values, taken from the dataset, under the names operations use."""
        for name, value in examples.items():
            # As the client receives it: a JSON round trip unshares objects the
            # records share (a YAML dump would turn those into anchors).
            self.spec.components.example(name, {"value": orjson.loads(orjson.dumps(value))})

    def xǁApiǁregister_examples__mutmut_orig(self, examples: Mapping[str, Any]) -> None:
        """Register example values, taken from the dataset, under the names operations use."""
        for name, value in examples.items():
            # As the client receives it: a JSON round trip unshares objects the
            # records share (a YAML dump would turn those into anchors).
            self.spec.components.example(name, {"value": orjson.loads(orjson.dumps(value))})

    def xǁApiǁregister_examples__mutmut_1(self, examples: Mapping[str, Any]) -> None:
        """Register example values, taken from the dataset, under the names operations use."""
        for name, value in examples.items():
            # As the client receives it: a JSON round trip unshares objects the
            # records share (a YAML dump would turn those into anchors).
            self.spec.components.example(None, {"value": orjson.loads(orjson.dumps(value))})

    def xǁApiǁregister_examples__mutmut_2(self, examples: Mapping[str, Any]) -> None:
        """Register example values, taken from the dataset, under the names operations use."""
        for name, value in examples.items():
            # As the client receives it: a JSON round trip unshares objects the
            # records share (a YAML dump would turn those into anchors).
            self.spec.components.example(name, None)

    def xǁApiǁregister_examples__mutmut_3(self, examples: Mapping[str, Any]) -> None:
        """Register example values, taken from the dataset, under the names operations use."""
        for name, value in examples.items():
            # As the client receives it: a JSON round trip unshares objects the
            # records share (a YAML dump would turn those into anchors).
            self.spec.components.example({"value": orjson.loads(orjson.dumps(value))})

    def xǁApiǁregister_examples__mutmut_4(self, examples: Mapping[str, Any]) -> None:
        """Register example values, taken from the dataset, under the names operations use."""
        for name, value in examples.items():
            # As the client receives it: a JSON round trip unshares objects the
            # records share (a YAML dump would turn those into anchors).
            self.spec.components.example(name, )

    def xǁApiǁregister_examples__mutmut_5(self, examples: Mapping[str, Any]) -> None:
        """Register example values, taken from the dataset, under the names operations use."""
        for name, value in examples.items():
            # As the client receives it: a JSON round trip unshares objects the
            # records share (a YAML dump would turn those into anchors).
            self.spec.components.example(name, {"XXvalueXX": orjson.loads(orjson.dumps(value))})

    def xǁApiǁregister_examples__mutmut_6(self, examples: Mapping[str, Any]) -> None:
        """Register example values, taken from the dataset, under the names operations use."""
        for name, value in examples.items():
            # As the client receives it: a JSON round trip unshares objects the
            # records share (a YAML dump would turn those into anchors).
            self.spec.components.example(name, {"VALUE": orjson.loads(orjson.dumps(value))})

    def xǁApiǁregister_examples__mutmut_7(self, examples: Mapping[str, Any]) -> None:
        """Register example values, taken from the dataset, under the names operations use."""
        for name, value in examples.items():
            # As the client receives it: a JSON round trip unshares objects the
            # records share (a YAML dump would turn those into anchors).
            self.spec.components.example(name, {"value": orjson.loads(None)})

    def xǁApiǁregister_examples__mutmut_8(self, examples: Mapping[str, Any]) -> None:
        """Register example values, taken from the dataset, under the names operations use."""
        for name, value in examples.items():
            # As the client receives it: a JSON round trip unshares objects the
            # records share (a YAML dump would turn those into anchors).
            self.spec.components.example(name, {"value": orjson.loads(orjson.dumps(None))})

mutants_xǁApiǁ_init_spec__mutmut['_mutmut_orig'] = Api.xǁApiǁ_init_spec__mutmut_orig # type: ignore # mutmut generated
mutants_xǁApiǁ_init_spec__mutmut['xǁApiǁ_init_spec__mutmut_1'] = Api.xǁApiǁ_init_spec__mutmut_1 # type: ignore # mutmut generated

mutants_xǁApiǁ_register_responses__mutmut['_mutmut_orig'] = Api.xǁApiǁ_register_responses__mutmut_orig # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_1'] = Api.xǁApiǁ_register_responses__mutmut_1 # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_2'] = Api.xǁApiǁ_register_responses__mutmut_2 # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_3'] = Api.xǁApiǁ_register_responses__mutmut_3 # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_4'] = Api.xǁApiǁ_register_responses__mutmut_4 # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_5'] = Api.xǁApiǁ_register_responses__mutmut_5 # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_6'] = Api.xǁApiǁ_register_responses__mutmut_6 # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_7'] = Api.xǁApiǁ_register_responses__mutmut_7 # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_8'] = Api.xǁApiǁ_register_responses__mutmut_8 # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_9'] = Api.xǁApiǁ_register_responses__mutmut_9 # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_10'] = Api.xǁApiǁ_register_responses__mutmut_10 # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_11'] = Api.xǁApiǁ_register_responses__mutmut_11 # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_12'] = Api.xǁApiǁ_register_responses__mutmut_12 # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_13'] = Api.xǁApiǁ_register_responses__mutmut_13 # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_14'] = Api.xǁApiǁ_register_responses__mutmut_14 # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_15'] = Api.xǁApiǁ_register_responses__mutmut_15 # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_16'] = Api.xǁApiǁ_register_responses__mutmut_16 # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_17'] = Api.xǁApiǁ_register_responses__mutmut_17 # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_18'] = Api.xǁApiǁ_register_responses__mutmut_18 # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_19'] = Api.xǁApiǁ_register_responses__mutmut_19 # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_20'] = Api.xǁApiǁ_register_responses__mutmut_20 # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_21'] = Api.xǁApiǁ_register_responses__mutmut_21 # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_22'] = Api.xǁApiǁ_register_responses__mutmut_22 # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_23'] = Api.xǁApiǁ_register_responses__mutmut_23 # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_24'] = Api.xǁApiǁ_register_responses__mutmut_24 # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_25'] = Api.xǁApiǁ_register_responses__mutmut_25 # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_26'] = Api.xǁApiǁ_register_responses__mutmut_26 # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_27'] = Api.xǁApiǁ_register_responses__mutmut_27 # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_28'] = Api.xǁApiǁ_register_responses__mutmut_28 # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_29'] = Api.xǁApiǁ_register_responses__mutmut_29 # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_30'] = Api.xǁApiǁ_register_responses__mutmut_30 # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_31'] = Api.xǁApiǁ_register_responses__mutmut_31 # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_32'] = Api.xǁApiǁ_register_responses__mutmut_32 # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_33'] = Api.xǁApiǁ_register_responses__mutmut_33 # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_34'] = Api.xǁApiǁ_register_responses__mutmut_34 # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_35'] = Api.xǁApiǁ_register_responses__mutmut_35 # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_36'] = Api.xǁApiǁ_register_responses__mutmut_36 # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_37'] = Api.xǁApiǁ_register_responses__mutmut_37 # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_38'] = Api.xǁApiǁ_register_responses__mutmut_38 # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_39'] = Api.xǁApiǁ_register_responses__mutmut_39 # type: ignore # mutmut generated
mutants_xǁApiǁ_register_responses__mutmut['xǁApiǁ_register_responses__mutmut_40'] = Api.xǁApiǁ_register_responses__mutmut_40 # type: ignore # mutmut generated

mutants_xǁApiǁregister_examples__mutmut['_mutmut_orig'] = Api.xǁApiǁregister_examples__mutmut_orig # type: ignore # mutmut generated
mutants_xǁApiǁregister_examples__mutmut['xǁApiǁregister_examples__mutmut_1'] = Api.xǁApiǁregister_examples__mutmut_1 # type: ignore # mutmut generated
mutants_xǁApiǁregister_examples__mutmut['xǁApiǁregister_examples__mutmut_2'] = Api.xǁApiǁregister_examples__mutmut_2 # type: ignore # mutmut generated
mutants_xǁApiǁregister_examples__mutmut['xǁApiǁregister_examples__mutmut_3'] = Api.xǁApiǁregister_examples__mutmut_3 # type: ignore # mutmut generated
mutants_xǁApiǁregister_examples__mutmut['xǁApiǁregister_examples__mutmut_4'] = Api.xǁApiǁregister_examples__mutmut_4 # type: ignore # mutmut generated
mutants_xǁApiǁregister_examples__mutmut['xǁApiǁregister_examples__mutmut_5'] = Api.xǁApiǁregister_examples__mutmut_5 # type: ignore # mutmut generated
mutants_xǁApiǁregister_examples__mutmut['xǁApiǁregister_examples__mutmut_6'] = Api.xǁApiǁregister_examples__mutmut_6 # type: ignore # mutmut generated
mutants_xǁApiǁregister_examples__mutmut['xǁApiǁregister_examples__mutmut_7'] = Api.xǁApiǁregister_examples__mutmut_7 # type: ignore # mutmut generated
mutants_xǁApiǁregister_examples__mutmut['xǁApiǁregister_examples__mutmut_8'] = Api.xǁApiǁregister_examples__mutmut_8 # type: ignore # mutmut generated
mutants_xǁBlueprintǁroute__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBlueprintǁarguments__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBlueprintǁresponse__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBlueprintǁdoc__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBlueprintǁalt_response__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBlueprintǁ_prepare_response_doc__mutmut: MutantDict = {}  # type: ignore


class Blueprint(flask_smorest.Blueprint):  # type: ignore[misc]  # flask-smorest is untyped
    """flask-smorest's Blueprint, parsing query strings strictly and documenting common answers."""

    ARGUMENTS_PARSER = QueryParser()

    # flask-smorest's decorators are untyped; these say that they keep the view's type.
    @_mutmut_mutated(mutants_xǁBlueprintǁroute__mutmut)
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

    # flask-smorest's decorators are untyped; these say that they keep the view's type.
    def xǁBlueprintǁroute__mutmut_orig(self, rule: str, *, operation_id: str, **options: Any) -> Callable[[View], View]:
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

    # flask-smorest's decorators are untyped; these say that they keep the view's type.
    def xǁBlueprintǁroute__mutmut_1(self, rule: str, *, operation_id: str, **options: Any) -> Callable[[View], View]:
        """Register a view at ``rule``, and document it under ``operation_id``.

        The operation id is part of the v1 promise: generated clients name their
        functions after it. The view answers JSON unless marked otherwise.
        """
        register: Callable[[View], View] = None

        def decorator(view: View) -> View:
            if not hasattr(view, "media_types"):
                produces(JSON_MEDIA_TYPE)(view)
            summary, description = docstring_parts(view.__doc__ or "")
            documented = self.doc(
                operationId=operation_id, summary=summary, description=description
            )(view)
            return register(documented)

        return decorator

    # flask-smorest's decorators are untyped; these say that they keep the view's type.
    def xǁBlueprintǁroute__mutmut_2(self, rule: str, *, operation_id: str, **options: Any) -> Callable[[View], View]:
        """Register a view at ``rule``, and document it under ``operation_id``.

        The operation id is part of the v1 promise: generated clients name their
        functions after it. The view answers JSON unless marked otherwise.
        """
        register: Callable[[View], View] = super().route(None, **options)

        def decorator(view: View) -> View:
            if not hasattr(view, "media_types"):
                produces(JSON_MEDIA_TYPE)(view)
            summary, description = docstring_parts(view.__doc__ or "")
            documented = self.doc(
                operationId=operation_id, summary=summary, description=description
            )(view)
            return register(documented)

        return decorator

    # flask-smorest's decorators are untyped; these say that they keep the view's type.
    def xǁBlueprintǁroute__mutmut_3(self, rule: str, *, operation_id: str, **options: Any) -> Callable[[View], View]:
        """Register a view at ``rule``, and document it under ``operation_id``.

        The operation id is part of the v1 promise: generated clients name their
        functions after it. The view answers JSON unless marked otherwise.
        """
        register: Callable[[View], View] = super().route(**options)

        def decorator(view: View) -> View:
            if not hasattr(view, "media_types"):
                produces(JSON_MEDIA_TYPE)(view)
            summary, description = docstring_parts(view.__doc__ or "")
            documented = self.doc(
                operationId=operation_id, summary=summary, description=description
            )(view)
            return register(documented)

        return decorator

    # flask-smorest's decorators are untyped; these say that they keep the view's type.
    def xǁBlueprintǁroute__mutmut_4(self, rule: str, *, operation_id: str, **options: Any) -> Callable[[View], View]:
        """Register a view at ``rule``, and document it under ``operation_id``.

        The operation id is part of the v1 promise: generated clients name their
        functions after it. The view answers JSON unless marked otherwise.
        """
        register: Callable[[View], View] = super().route(rule, )

        def decorator(view: View) -> View:
            if not hasattr(view, "media_types"):
                produces(JSON_MEDIA_TYPE)(view)
            summary, description = docstring_parts(view.__doc__ or "")
            documented = self.doc(
                operationId=operation_id, summary=summary, description=description
            )(view)
            return register(documented)

        return decorator

    # flask-smorest's decorators are untyped; these say that they keep the view's type.
    def xǁBlueprintǁroute__mutmut_5(self, rule: str, *, operation_id: str, **options: Any) -> Callable[[View], View]:
        """Register a view at ``rule``, and document it under ``operation_id``.

        The operation id is part of the v1 promise: generated clients name their
        functions after it. The view answers JSON unless marked otherwise.
        """
        register: Callable[[View], View] = super().route(rule, **options)

        def decorator(view: View) -> View:
            if hasattr(view, "media_types"):
                produces(JSON_MEDIA_TYPE)(view)
            summary, description = docstring_parts(view.__doc__ or "")
            documented = self.doc(
                operationId=operation_id, summary=summary, description=description
            )(view)
            return register(documented)

        return decorator

    # flask-smorest's decorators are untyped; these say that they keep the view's type.
    def xǁBlueprintǁroute__mutmut_6(self, rule: str, *, operation_id: str, **options: Any) -> Callable[[View], View]:
        """Register a view at ``rule``, and document it under ``operation_id``.

        The operation id is part of the v1 promise: generated clients name their
        functions after it. The view answers JSON unless marked otherwise.
        """
        register: Callable[[View], View] = super().route(rule, **options)

        def decorator(view: View) -> View:
            if not hasattr(None, "media_types"):
                produces(JSON_MEDIA_TYPE)(view)
            summary, description = docstring_parts(view.__doc__ or "")
            documented = self.doc(
                operationId=operation_id, summary=summary, description=description
            )(view)
            return register(documented)

        return decorator

    # flask-smorest's decorators are untyped; these say that they keep the view's type.
    def xǁBlueprintǁroute__mutmut_7(self, rule: str, *, operation_id: str, **options: Any) -> Callable[[View], View]:
        """Register a view at ``rule``, and document it under ``operation_id``.

        The operation id is part of the v1 promise: generated clients name their
        functions after it. The view answers JSON unless marked otherwise.
        """
        register: Callable[[View], View] = super().route(rule, **options)

        def decorator(view: View) -> View:
            if not hasattr(view, None):
                produces(JSON_MEDIA_TYPE)(view)
            summary, description = docstring_parts(view.__doc__ or "")
            documented = self.doc(
                operationId=operation_id, summary=summary, description=description
            )(view)
            return register(documented)

        return decorator

    # flask-smorest's decorators are untyped; these say that they keep the view's type.
    def xǁBlueprintǁroute__mutmut_8(self, rule: str, *, operation_id: str, **options: Any) -> Callable[[View], View]:
        """Register a view at ``rule``, and document it under ``operation_id``.

        The operation id is part of the v1 promise: generated clients name their
        functions after it. The view answers JSON unless marked otherwise.
        """
        register: Callable[[View], View] = super().route(rule, **options)

        def decorator(view: View) -> View:
            if not hasattr("media_types"):
                produces(JSON_MEDIA_TYPE)(view)
            summary, description = docstring_parts(view.__doc__ or "")
            documented = self.doc(
                operationId=operation_id, summary=summary, description=description
            )(view)
            return register(documented)

        return decorator

    # flask-smorest's decorators are untyped; these say that they keep the view's type.
    def xǁBlueprintǁroute__mutmut_9(self, rule: str, *, operation_id: str, **options: Any) -> Callable[[View], View]:
        """Register a view at ``rule``, and document it under ``operation_id``.

        The operation id is part of the v1 promise: generated clients name their
        functions after it. The view answers JSON unless marked otherwise.
        """
        register: Callable[[View], View] = super().route(rule, **options)

        def decorator(view: View) -> View:
            if not hasattr(view, ):
                produces(JSON_MEDIA_TYPE)(view)
            summary, description = docstring_parts(view.__doc__ or "")
            documented = self.doc(
                operationId=operation_id, summary=summary, description=description
            )(view)
            return register(documented)

        return decorator

    # flask-smorest's decorators are untyped; these say that they keep the view's type.
    def xǁBlueprintǁroute__mutmut_10(self, rule: str, *, operation_id: str, **options: Any) -> Callable[[View], View]:
        """Register a view at ``rule``, and document it under ``operation_id``.

        The operation id is part of the v1 promise: generated clients name their
        functions after it. The view answers JSON unless marked otherwise.
        """
        register: Callable[[View], View] = super().route(rule, **options)

        def decorator(view: View) -> View:
            if not hasattr(view, "XXmedia_typesXX"):
                produces(JSON_MEDIA_TYPE)(view)
            summary, description = docstring_parts(view.__doc__ or "")
            documented = self.doc(
                operationId=operation_id, summary=summary, description=description
            )(view)
            return register(documented)

        return decorator

    # flask-smorest's decorators are untyped; these say that they keep the view's type.
    def xǁBlueprintǁroute__mutmut_11(self, rule: str, *, operation_id: str, **options: Any) -> Callable[[View], View]:
        """Register a view at ``rule``, and document it under ``operation_id``.

        The operation id is part of the v1 promise: generated clients name their
        functions after it. The view answers JSON unless marked otherwise.
        """
        register: Callable[[View], View] = super().route(rule, **options)

        def decorator(view: View) -> View:
            if not hasattr(view, "MEDIA_TYPES"):
                produces(JSON_MEDIA_TYPE)(view)
            summary, description = docstring_parts(view.__doc__ or "")
            documented = self.doc(
                operationId=operation_id, summary=summary, description=description
            )(view)
            return register(documented)

        return decorator

    # flask-smorest's decorators are untyped; these say that they keep the view's type.
    def xǁBlueprintǁroute__mutmut_12(self, rule: str, *, operation_id: str, **options: Any) -> Callable[[View], View]:
        """Register a view at ``rule``, and document it under ``operation_id``.

        The operation id is part of the v1 promise: generated clients name their
        functions after it. The view answers JSON unless marked otherwise.
        """
        register: Callable[[View], View] = super().route(rule, **options)

        def decorator(view: View) -> View:
            if not hasattr(view, "media_types"):
                produces(JSON_MEDIA_TYPE)(None)
            summary, description = docstring_parts(view.__doc__ or "")
            documented = self.doc(
                operationId=operation_id, summary=summary, description=description
            )(view)
            return register(documented)

        return decorator

    # flask-smorest's decorators are untyped; these say that they keep the view's type.
    def xǁBlueprintǁroute__mutmut_13(self, rule: str, *, operation_id: str, **options: Any) -> Callable[[View], View]:
        """Register a view at ``rule``, and document it under ``operation_id``.

        The operation id is part of the v1 promise: generated clients name their
        functions after it. The view answers JSON unless marked otherwise.
        """
        register: Callable[[View], View] = super().route(rule, **options)

        def decorator(view: View) -> View:
            if not hasattr(view, "media_types"):
                produces(None)(view)
            summary, description = docstring_parts(view.__doc__ or "")
            documented = self.doc(
                operationId=operation_id, summary=summary, description=description
            )(view)
            return register(documented)

        return decorator

    # flask-smorest's decorators are untyped; these say that they keep the view's type.
    def xǁBlueprintǁroute__mutmut_14(self, rule: str, *, operation_id: str, **options: Any) -> Callable[[View], View]:
        """Register a view at ``rule``, and document it under ``operation_id``.

        The operation id is part of the v1 promise: generated clients name their
        functions after it. The view answers JSON unless marked otherwise.
        """
        register: Callable[[View], View] = super().route(rule, **options)

        def decorator(view: View) -> View:
            if not hasattr(view, "media_types"):
                produces(JSON_MEDIA_TYPE)(view)
            summary, description = None
            documented = self.doc(
                operationId=operation_id, summary=summary, description=description
            )(view)
            return register(documented)

        return decorator

    # flask-smorest's decorators are untyped; these say that they keep the view's type.
    def xǁBlueprintǁroute__mutmut_15(self, rule: str, *, operation_id: str, **options: Any) -> Callable[[View], View]:
        """Register a view at ``rule``, and document it under ``operation_id``.

        The operation id is part of the v1 promise: generated clients name their
        functions after it. The view answers JSON unless marked otherwise.
        """
        register: Callable[[View], View] = super().route(rule, **options)

        def decorator(view: View) -> View:
            if not hasattr(view, "media_types"):
                produces(JSON_MEDIA_TYPE)(view)
            summary, description = docstring_parts(None)
            documented = self.doc(
                operationId=operation_id, summary=summary, description=description
            )(view)
            return register(documented)

        return decorator

    # flask-smorest's decorators are untyped; these say that they keep the view's type.
    def xǁBlueprintǁroute__mutmut_16(self, rule: str, *, operation_id: str, **options: Any) -> Callable[[View], View]:
        """Register a view at ``rule``, and document it under ``operation_id``.

        The operation id is part of the v1 promise: generated clients name their
        functions after it. The view answers JSON unless marked otherwise.
        """
        register: Callable[[View], View] = super().route(rule, **options)

        def decorator(view: View) -> View:
            if not hasattr(view, "media_types"):
                produces(JSON_MEDIA_TYPE)(view)
            summary, description = docstring_parts(view.__doc__ and "")
            documented = self.doc(
                operationId=operation_id, summary=summary, description=description
            )(view)
            return register(documented)

        return decorator

    # flask-smorest's decorators are untyped; these say that they keep the view's type.
    def xǁBlueprintǁroute__mutmut_17(self, rule: str, *, operation_id: str, **options: Any) -> Callable[[View], View]:
        """Register a view at ``rule``, and document it under ``operation_id``.

        The operation id is part of the v1 promise: generated clients name their
        functions after it. The view answers JSON unless marked otherwise.
        """
        register: Callable[[View], View] = super().route(rule, **options)

        def decorator(view: View) -> View:
            if not hasattr(view, "media_types"):
                produces(JSON_MEDIA_TYPE)(view)
            summary, description = docstring_parts(view.__doc__ or "XXXX")
            documented = self.doc(
                operationId=operation_id, summary=summary, description=description
            )(view)
            return register(documented)

        return decorator

    # flask-smorest's decorators are untyped; these say that they keep the view's type.
    def xǁBlueprintǁroute__mutmut_18(self, rule: str, *, operation_id: str, **options: Any) -> Callable[[View], View]:
        """Register a view at ``rule``, and document it under ``operation_id``.

        The operation id is part of the v1 promise: generated clients name their
        functions after it. The view answers JSON unless marked otherwise.
        """
        register: Callable[[View], View] = super().route(rule, **options)

        def decorator(view: View) -> View:
            if not hasattr(view, "media_types"):
                produces(JSON_MEDIA_TYPE)(view)
            summary, description = docstring_parts(view.__doc__ or "")
            documented = None
            return register(documented)

        return decorator

    # flask-smorest's decorators are untyped; these say that they keep the view's type.
    def xǁBlueprintǁroute__mutmut_19(self, rule: str, *, operation_id: str, **options: Any) -> Callable[[View], View]:
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
            )(None)
            return register(documented)

        return decorator

    # flask-smorest's decorators are untyped; these say that they keep the view's type.
    def xǁBlueprintǁroute__mutmut_20(self, rule: str, *, operation_id: str, **options: Any) -> Callable[[View], View]:
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
                operationId=None, summary=summary, description=description
            )(view)
            return register(documented)

        return decorator

    # flask-smorest's decorators are untyped; these say that they keep the view's type.
    def xǁBlueprintǁroute__mutmut_21(self, rule: str, *, operation_id: str, **options: Any) -> Callable[[View], View]:
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
                operationId=operation_id, summary=None, description=description
            )(view)
            return register(documented)

        return decorator

    # flask-smorest's decorators are untyped; these say that they keep the view's type.
    def xǁBlueprintǁroute__mutmut_22(self, rule: str, *, operation_id: str, **options: Any) -> Callable[[View], View]:
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
                operationId=operation_id, summary=summary, description=None
            )(view)
            return register(documented)

        return decorator

    # flask-smorest's decorators are untyped; these say that they keep the view's type.
    def xǁBlueprintǁroute__mutmut_23(self, rule: str, *, operation_id: str, **options: Any) -> Callable[[View], View]:
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
                summary=summary, description=description
            )(view)
            return register(documented)

        return decorator

    # flask-smorest's decorators are untyped; these say that they keep the view's type.
    def xǁBlueprintǁroute__mutmut_24(self, rule: str, *, operation_id: str, **options: Any) -> Callable[[View], View]:
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
                operationId=operation_id, description=description
            )(view)
            return register(documented)

        return decorator

    # flask-smorest's decorators are untyped; these say that they keep the view's type.
    def xǁBlueprintǁroute__mutmut_25(self, rule: str, *, operation_id: str, **options: Any) -> Callable[[View], View]:
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
                operationId=operation_id, summary=summary, )(view)
            return register(documented)

        return decorator

    # flask-smorest's decorators are untyped; these say that they keep the view's type.
    def xǁBlueprintǁroute__mutmut_26(self, rule: str, *, operation_id: str, **options: Any) -> Callable[[View], View]:
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
            return register(None)

        return decorator

    @_mutmut_mutated(mutants_xǁBlueprintǁarguments__mutmut)
    def arguments(self, schema: Any, **options: Any) -> Callable[[View], View]:
        """Parse and document the view's arguments with ``schema``."""
        decorator: Callable[[View], View] = super().arguments(schema, **options)
        return decorator

    def xǁBlueprintǁarguments__mutmut_orig(self, schema: Any, **options: Any) -> Callable[[View], View]:
        """Parse and document the view's arguments with ``schema``."""
        decorator: Callable[[View], View] = super().arguments(schema, **options)
        return decorator

    def xǁBlueprintǁarguments__mutmut_1(self, schema: Any, **options: Any) -> Callable[[View], View]:
        """Parse and document the view's arguments with ``schema``."""
        decorator: Callable[[View], View] = None
        return decorator

    def xǁBlueprintǁarguments__mutmut_2(self, schema: Any, **options: Any) -> Callable[[View], View]:
        """Parse and document the view's arguments with ``schema``."""
        decorator: Callable[[View], View] = super().arguments(None, **options)
        return decorator

    def xǁBlueprintǁarguments__mutmut_3(self, schema: Any, **options: Any) -> Callable[[View], View]:
        """Parse and document the view's arguments with ``schema``."""
        decorator: Callable[[View], View] = super().arguments(**options)
        return decorator

    def xǁBlueprintǁarguments__mutmut_4(self, schema: Any, **options: Any) -> Callable[[View], View]:
        """Parse and document the view's arguments with ``schema``."""
        decorator: Callable[[View], View] = super().arguments(schema, )
        return decorator

    @_mutmut_mutated(mutants_xǁBlueprintǁresponse__mutmut)
    def response(
        self, status_code: int, schema: Any = None, **options: Any
    ) -> Callable[[View], View]:
        """Document the view's response."""
        decorator: Callable[[View], View] = super().response(status_code, schema, **options)
        return decorator

    def xǁBlueprintǁresponse__mutmut_orig(
        self, status_code: int, schema: Any = None, **options: Any
    ) -> Callable[[View], View]:
        """Document the view's response."""
        decorator: Callable[[View], View] = super().response(status_code, schema, **options)
        return decorator

    def xǁBlueprintǁresponse__mutmut_1(
        self, status_code: int, schema: Any = None, **options: Any
    ) -> Callable[[View], View]:
        """Document the view's response."""
        decorator: Callable[[View], View] = None
        return decorator

    def xǁBlueprintǁresponse__mutmut_2(
        self, status_code: int, schema: Any = None, **options: Any
    ) -> Callable[[View], View]:
        """Document the view's response."""
        decorator: Callable[[View], View] = super().response(None, schema, **options)
        return decorator

    def xǁBlueprintǁresponse__mutmut_3(
        self, status_code: int, schema: Any = None, **options: Any
    ) -> Callable[[View], View]:
        """Document the view's response."""
        decorator: Callable[[View], View] = super().response(status_code, None, **options)
        return decorator

    def xǁBlueprintǁresponse__mutmut_4(
        self, status_code: int, schema: Any = None, **options: Any
    ) -> Callable[[View], View]:
        """Document the view's response."""
        decorator: Callable[[View], View] = super().response(schema, **options)
        return decorator

    def xǁBlueprintǁresponse__mutmut_5(
        self, status_code: int, schema: Any = None, **options: Any
    ) -> Callable[[View], View]:
        """Document the view's response."""
        decorator: Callable[[View], View] = super().response(status_code, **options)
        return decorator

    def xǁBlueprintǁresponse__mutmut_6(
        self, status_code: int, schema: Any = None, **options: Any
    ) -> Callable[[View], View]:
        """Document the view's response."""
        decorator: Callable[[View], View] = super().response(status_code, schema, )
        return decorator

    @staticmethod
    @_mutmut_mutated(mutants_xǁBlueprintǁdoc__mutmut)
    def doc(**documented: Any) -> Callable[[View], View]:
        """Document the view with ``documented``, merged over what the decorators say."""
        decorator: Callable[[View], View] = flask_smorest.Blueprint.doc(**documented)
        return decorator

    @staticmethod
    def xǁBlueprintǁdoc__mutmut_orig(**documented: Any) -> Callable[[View], View]:
        """Document the view with ``documented``, merged over what the decorators say."""
        decorator: Callable[[View], View] = flask_smorest.Blueprint.doc(**documented)
        return decorator

    @staticmethod
    def xǁBlueprintǁdoc__mutmut_1(**documented: Any) -> Callable[[View], View]:
        """Document the view with ``documented``, merged over what the decorators say."""
        decorator: Callable[[View], View] = None
        return decorator

    @_mutmut_mutated(mutants_xǁBlueprintǁalt_response__mutmut)
    def alt_response(self, status_code: int, **options: Any) -> Callable[[View], View]:
        """Document another response of the view."""
        decorator: Callable[[View], View] = super().alt_response(status_code, **options)
        return decorator

    def xǁBlueprintǁalt_response__mutmut_orig(self, status_code: int, **options: Any) -> Callable[[View], View]:
        """Document another response of the view."""
        decorator: Callable[[View], View] = super().alt_response(status_code, **options)
        return decorator

    def xǁBlueprintǁalt_response__mutmut_1(self, status_code: int, **options: Any) -> Callable[[View], View]:
        """Document another response of the view."""
        decorator: Callable[[View], View] = None
        return decorator

    def xǁBlueprintǁalt_response__mutmut_2(self, status_code: int, **options: Any) -> Callable[[View], View]:
        """Document another response of the view."""
        decorator: Callable[[View], View] = super().alt_response(None, **options)
        return decorator

    def xǁBlueprintǁalt_response__mutmut_3(self, status_code: int, **options: Any) -> Callable[[View], View]:
        """Document another response of the view."""
        decorator: Callable[[View], View] = super().alt_response(**options)
        return decorator

    def xǁBlueprintǁalt_response__mutmut_4(self, status_code: int, **options: Any) -> Callable[[View], View]:
        """Document another response of the view."""
        decorator: Callable[[View], View] = super().alt_response(status_code, )
        return decorator

    @staticmethod
    @_mutmut_mutated(mutants_xǁBlueprintǁ_prepare_response_doc__mutmut)
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

    @staticmethod
    def xǁBlueprintǁ_prepare_response_doc__mutmut_orig(
        doc: dict[str, Any], doc_info: dict[str, Any], *, api: Any, spec: Any, **kwargs: Any
    ) -> dict[str, Any]:
        responses = doc_info.setdefault("response", {}).setdefault("responses", {})
        for status in COMMON_STATUSES:
            responses.setdefault(status, []).append(HTTPStatus(status).name)
        result: dict[str, Any] = flask_smorest.Blueprint._prepare_response_doc(
            doc, doc_info, api=api, spec=spec, **kwargs
        )
        return result

    @staticmethod
    def xǁBlueprintǁ_prepare_response_doc__mutmut_1(
        doc: dict[str, Any], doc_info: dict[str, Any], *, api: Any, spec: Any, **kwargs: Any
    ) -> dict[str, Any]:
        responses = None
        for status in COMMON_STATUSES:
            responses.setdefault(status, []).append(HTTPStatus(status).name)
        result: dict[str, Any] = flask_smorest.Blueprint._prepare_response_doc(
            doc, doc_info, api=api, spec=spec, **kwargs
        )
        return result

    @staticmethod
    def xǁBlueprintǁ_prepare_response_doc__mutmut_2(
        doc: dict[str, Any], doc_info: dict[str, Any], *, api: Any, spec: Any, **kwargs: Any
    ) -> dict[str, Any]:
        responses = doc_info.setdefault("response", {}).setdefault(None, {})
        for status in COMMON_STATUSES:
            responses.setdefault(status, []).append(HTTPStatus(status).name)
        result: dict[str, Any] = flask_smorest.Blueprint._prepare_response_doc(
            doc, doc_info, api=api, spec=spec, **kwargs
        )
        return result

    @staticmethod
    def xǁBlueprintǁ_prepare_response_doc__mutmut_3(
        doc: dict[str, Any], doc_info: dict[str, Any], *, api: Any, spec: Any, **kwargs: Any
    ) -> dict[str, Any]:
        responses = doc_info.setdefault("response", {}).setdefault("responses", None)
        for status in COMMON_STATUSES:
            responses.setdefault(status, []).append(HTTPStatus(status).name)
        result: dict[str, Any] = flask_smorest.Blueprint._prepare_response_doc(
            doc, doc_info, api=api, spec=spec, **kwargs
        )
        return result

    @staticmethod
    def xǁBlueprintǁ_prepare_response_doc__mutmut_4(
        doc: dict[str, Any], doc_info: dict[str, Any], *, api: Any, spec: Any, **kwargs: Any
    ) -> dict[str, Any]:
        responses = doc_info.setdefault("response", {}).setdefault({})
        for status in COMMON_STATUSES:
            responses.setdefault(status, []).append(HTTPStatus(status).name)
        result: dict[str, Any] = flask_smorest.Blueprint._prepare_response_doc(
            doc, doc_info, api=api, spec=spec, **kwargs
        )
        return result

    @staticmethod
    def xǁBlueprintǁ_prepare_response_doc__mutmut_5(
        doc: dict[str, Any], doc_info: dict[str, Any], *, api: Any, spec: Any, **kwargs: Any
    ) -> dict[str, Any]:
        responses = doc_info.setdefault("response", {}).setdefault("responses", )
        for status in COMMON_STATUSES:
            responses.setdefault(status, []).append(HTTPStatus(status).name)
        result: dict[str, Any] = flask_smorest.Blueprint._prepare_response_doc(
            doc, doc_info, api=api, spec=spec, **kwargs
        )
        return result

    @staticmethod
    def xǁBlueprintǁ_prepare_response_doc__mutmut_6(
        doc: dict[str, Any], doc_info: dict[str, Any], *, api: Any, spec: Any, **kwargs: Any
    ) -> dict[str, Any]:
        responses = doc_info.setdefault(None, {}).setdefault("responses", {})
        for status in COMMON_STATUSES:
            responses.setdefault(status, []).append(HTTPStatus(status).name)
        result: dict[str, Any] = flask_smorest.Blueprint._prepare_response_doc(
            doc, doc_info, api=api, spec=spec, **kwargs
        )
        return result

    @staticmethod
    def xǁBlueprintǁ_prepare_response_doc__mutmut_7(
        doc: dict[str, Any], doc_info: dict[str, Any], *, api: Any, spec: Any, **kwargs: Any
    ) -> dict[str, Any]:
        responses = doc_info.setdefault("response", None).setdefault("responses", {})
        for status in COMMON_STATUSES:
            responses.setdefault(status, []).append(HTTPStatus(status).name)
        result: dict[str, Any] = flask_smorest.Blueprint._prepare_response_doc(
            doc, doc_info, api=api, spec=spec, **kwargs
        )
        return result

    @staticmethod
    def xǁBlueprintǁ_prepare_response_doc__mutmut_8(
        doc: dict[str, Any], doc_info: dict[str, Any], *, api: Any, spec: Any, **kwargs: Any
    ) -> dict[str, Any]:
        responses = doc_info.setdefault({}).setdefault("responses", {})
        for status in COMMON_STATUSES:
            responses.setdefault(status, []).append(HTTPStatus(status).name)
        result: dict[str, Any] = flask_smorest.Blueprint._prepare_response_doc(
            doc, doc_info, api=api, spec=spec, **kwargs
        )
        return result

    @staticmethod
    def xǁBlueprintǁ_prepare_response_doc__mutmut_9(
        doc: dict[str, Any], doc_info: dict[str, Any], *, api: Any, spec: Any, **kwargs: Any
    ) -> dict[str, Any]:
        responses = doc_info.setdefault("response", ).setdefault("responses", {})
        for status in COMMON_STATUSES:
            responses.setdefault(status, []).append(HTTPStatus(status).name)
        result: dict[str, Any] = flask_smorest.Blueprint._prepare_response_doc(
            doc, doc_info, api=api, spec=spec, **kwargs
        )
        return result

    @staticmethod
    def xǁBlueprintǁ_prepare_response_doc__mutmut_10(
        doc: dict[str, Any], doc_info: dict[str, Any], *, api: Any, spec: Any, **kwargs: Any
    ) -> dict[str, Any]:
        responses = doc_info.setdefault("XXresponseXX", {}).setdefault("responses", {})
        for status in COMMON_STATUSES:
            responses.setdefault(status, []).append(HTTPStatus(status).name)
        result: dict[str, Any] = flask_smorest.Blueprint._prepare_response_doc(
            doc, doc_info, api=api, spec=spec, **kwargs
        )
        return result

    @staticmethod
    def xǁBlueprintǁ_prepare_response_doc__mutmut_11(
        doc: dict[str, Any], doc_info: dict[str, Any], *, api: Any, spec: Any, **kwargs: Any
    ) -> dict[str, Any]:
        responses = doc_info.setdefault("RESPONSE", {}).setdefault("responses", {})
        for status in COMMON_STATUSES:
            responses.setdefault(status, []).append(HTTPStatus(status).name)
        result: dict[str, Any] = flask_smorest.Blueprint._prepare_response_doc(
            doc, doc_info, api=api, spec=spec, **kwargs
        )
        return result

    @staticmethod
    def xǁBlueprintǁ_prepare_response_doc__mutmut_12(
        doc: dict[str, Any], doc_info: dict[str, Any], *, api: Any, spec: Any, **kwargs: Any
    ) -> dict[str, Any]:
        responses = doc_info.setdefault("response", {}).setdefault("XXresponsesXX", {})
        for status in COMMON_STATUSES:
            responses.setdefault(status, []).append(HTTPStatus(status).name)
        result: dict[str, Any] = flask_smorest.Blueprint._prepare_response_doc(
            doc, doc_info, api=api, spec=spec, **kwargs
        )
        return result

    @staticmethod
    def xǁBlueprintǁ_prepare_response_doc__mutmut_13(
        doc: dict[str, Any], doc_info: dict[str, Any], *, api: Any, spec: Any, **kwargs: Any
    ) -> dict[str, Any]:
        responses = doc_info.setdefault("response", {}).setdefault("RESPONSES", {})
        for status in COMMON_STATUSES:
            responses.setdefault(status, []).append(HTTPStatus(status).name)
        result: dict[str, Any] = flask_smorest.Blueprint._prepare_response_doc(
            doc, doc_info, api=api, spec=spec, **kwargs
        )
        return result

    @staticmethod
    def xǁBlueprintǁ_prepare_response_doc__mutmut_14(
        doc: dict[str, Any], doc_info: dict[str, Any], *, api: Any, spec: Any, **kwargs: Any
    ) -> dict[str, Any]:
        responses = doc_info.setdefault("response", {}).setdefault("responses", {})
        for status in COMMON_STATUSES:
            responses.setdefault(status, []).append(None)
        result: dict[str, Any] = flask_smorest.Blueprint._prepare_response_doc(
            doc, doc_info, api=api, spec=spec, **kwargs
        )
        return result

    @staticmethod
    def xǁBlueprintǁ_prepare_response_doc__mutmut_15(
        doc: dict[str, Any], doc_info: dict[str, Any], *, api: Any, spec: Any, **kwargs: Any
    ) -> dict[str, Any]:
        responses = doc_info.setdefault("response", {}).setdefault("responses", {})
        for status in COMMON_STATUSES:
            responses.setdefault(None, []).append(HTTPStatus(status).name)
        result: dict[str, Any] = flask_smorest.Blueprint._prepare_response_doc(
            doc, doc_info, api=api, spec=spec, **kwargs
        )
        return result

    @staticmethod
    def xǁBlueprintǁ_prepare_response_doc__mutmut_16(
        doc: dict[str, Any], doc_info: dict[str, Any], *, api: Any, spec: Any, **kwargs: Any
    ) -> dict[str, Any]:
        responses = doc_info.setdefault("response", {}).setdefault("responses", {})
        for status in COMMON_STATUSES:
            responses.setdefault(status, None).append(HTTPStatus(status).name)
        result: dict[str, Any] = flask_smorest.Blueprint._prepare_response_doc(
            doc, doc_info, api=api, spec=spec, **kwargs
        )
        return result

    @staticmethod
    def xǁBlueprintǁ_prepare_response_doc__mutmut_17(
        doc: dict[str, Any], doc_info: dict[str, Any], *, api: Any, spec: Any, **kwargs: Any
    ) -> dict[str, Any]:
        responses = doc_info.setdefault("response", {}).setdefault("responses", {})
        for status in COMMON_STATUSES:
            responses.setdefault([]).append(HTTPStatus(status).name)
        result: dict[str, Any] = flask_smorest.Blueprint._prepare_response_doc(
            doc, doc_info, api=api, spec=spec, **kwargs
        )
        return result

    @staticmethod
    def xǁBlueprintǁ_prepare_response_doc__mutmut_18(
        doc: dict[str, Any], doc_info: dict[str, Any], *, api: Any, spec: Any, **kwargs: Any
    ) -> dict[str, Any]:
        responses = doc_info.setdefault("response", {}).setdefault("responses", {})
        for status in COMMON_STATUSES:
            responses.setdefault(status, ).append(HTTPStatus(status).name)
        result: dict[str, Any] = flask_smorest.Blueprint._prepare_response_doc(
            doc, doc_info, api=api, spec=spec, **kwargs
        )
        return result

    @staticmethod
    def xǁBlueprintǁ_prepare_response_doc__mutmut_19(
        doc: dict[str, Any], doc_info: dict[str, Any], *, api: Any, spec: Any, **kwargs: Any
    ) -> dict[str, Any]:
        responses = doc_info.setdefault("response", {}).setdefault("responses", {})
        for status in COMMON_STATUSES:
            responses.setdefault(status, []).append(HTTPStatus(None).name)
        result: dict[str, Any] = flask_smorest.Blueprint._prepare_response_doc(
            doc, doc_info, api=api, spec=spec, **kwargs
        )
        return result

    @staticmethod
    def xǁBlueprintǁ_prepare_response_doc__mutmut_20(
        doc: dict[str, Any], doc_info: dict[str, Any], *, api: Any, spec: Any, **kwargs: Any
    ) -> dict[str, Any]:
        responses = doc_info.setdefault("response", {}).setdefault("responses", {})
        for status in COMMON_STATUSES:
            responses.setdefault(status, []).append(HTTPStatus(status).name)
        result: dict[str, Any] = None
        return result

    @staticmethod
    def xǁBlueprintǁ_prepare_response_doc__mutmut_21(
        doc: dict[str, Any], doc_info: dict[str, Any], *, api: Any, spec: Any, **kwargs: Any
    ) -> dict[str, Any]:
        responses = doc_info.setdefault("response", {}).setdefault("responses", {})
        for status in COMMON_STATUSES:
            responses.setdefault(status, []).append(HTTPStatus(status).name)
        result: dict[str, Any] = flask_smorest.Blueprint._prepare_response_doc(
            None, doc_info, api=api, spec=spec, **kwargs
        )
        return result

    @staticmethod
    def xǁBlueprintǁ_prepare_response_doc__mutmut_22(
        doc: dict[str, Any], doc_info: dict[str, Any], *, api: Any, spec: Any, **kwargs: Any
    ) -> dict[str, Any]:
        responses = doc_info.setdefault("response", {}).setdefault("responses", {})
        for status in COMMON_STATUSES:
            responses.setdefault(status, []).append(HTTPStatus(status).name)
        result: dict[str, Any] = flask_smorest.Blueprint._prepare_response_doc(
            doc, None, api=api, spec=spec, **kwargs
        )
        return result

    @staticmethod
    def xǁBlueprintǁ_prepare_response_doc__mutmut_23(
        doc: dict[str, Any], doc_info: dict[str, Any], *, api: Any, spec: Any, **kwargs: Any
    ) -> dict[str, Any]:
        responses = doc_info.setdefault("response", {}).setdefault("responses", {})
        for status in COMMON_STATUSES:
            responses.setdefault(status, []).append(HTTPStatus(status).name)
        result: dict[str, Any] = flask_smorest.Blueprint._prepare_response_doc(
            doc, doc_info, api=None, spec=spec, **kwargs
        )
        return result

    @staticmethod
    def xǁBlueprintǁ_prepare_response_doc__mutmut_24(
        doc: dict[str, Any], doc_info: dict[str, Any], *, api: Any, spec: Any, **kwargs: Any
    ) -> dict[str, Any]:
        responses = doc_info.setdefault("response", {}).setdefault("responses", {})
        for status in COMMON_STATUSES:
            responses.setdefault(status, []).append(HTTPStatus(status).name)
        result: dict[str, Any] = flask_smorest.Blueprint._prepare_response_doc(
            doc, doc_info, api=api, spec=None, **kwargs
        )
        return result

    @staticmethod
    def xǁBlueprintǁ_prepare_response_doc__mutmut_25(
        doc: dict[str, Any], doc_info: dict[str, Any], *, api: Any, spec: Any, **kwargs: Any
    ) -> dict[str, Any]:
        responses = doc_info.setdefault("response", {}).setdefault("responses", {})
        for status in COMMON_STATUSES:
            responses.setdefault(status, []).append(HTTPStatus(status).name)
        result: dict[str, Any] = flask_smorest.Blueprint._prepare_response_doc(
            doc_info, api=api, spec=spec, **kwargs
        )
        return result

    @staticmethod
    def xǁBlueprintǁ_prepare_response_doc__mutmut_26(
        doc: dict[str, Any], doc_info: dict[str, Any], *, api: Any, spec: Any, **kwargs: Any
    ) -> dict[str, Any]:
        responses = doc_info.setdefault("response", {}).setdefault("responses", {})
        for status in COMMON_STATUSES:
            responses.setdefault(status, []).append(HTTPStatus(status).name)
        result: dict[str, Any] = flask_smorest.Blueprint._prepare_response_doc(
            doc, api=api, spec=spec, **kwargs
        )
        return result

    @staticmethod
    def xǁBlueprintǁ_prepare_response_doc__mutmut_27(
        doc: dict[str, Any], doc_info: dict[str, Any], *, api: Any, spec: Any, **kwargs: Any
    ) -> dict[str, Any]:
        responses = doc_info.setdefault("response", {}).setdefault("responses", {})
        for status in COMMON_STATUSES:
            responses.setdefault(status, []).append(HTTPStatus(status).name)
        result: dict[str, Any] = flask_smorest.Blueprint._prepare_response_doc(
            doc, doc_info, spec=spec, **kwargs
        )
        return result

    @staticmethod
    def xǁBlueprintǁ_prepare_response_doc__mutmut_28(
        doc: dict[str, Any], doc_info: dict[str, Any], *, api: Any, spec: Any, **kwargs: Any
    ) -> dict[str, Any]:
        responses = doc_info.setdefault("response", {}).setdefault("responses", {})
        for status in COMMON_STATUSES:
            responses.setdefault(status, []).append(HTTPStatus(status).name)
        result: dict[str, Any] = flask_smorest.Blueprint._prepare_response_doc(
            doc, doc_info, api=api, **kwargs
        )
        return result

    @staticmethod
    def xǁBlueprintǁ_prepare_response_doc__mutmut_29(
        doc: dict[str, Any], doc_info: dict[str, Any], *, api: Any, spec: Any, **kwargs: Any
    ) -> dict[str, Any]:
        responses = doc_info.setdefault("response", {}).setdefault("responses", {})
        for status in COMMON_STATUSES:
            responses.setdefault(status, []).append(HTTPStatus(status).name)
        result: dict[str, Any] = flask_smorest.Blueprint._prepare_response_doc(
            doc, doc_info, api=api, spec=spec, )
        return result

mutants_xǁBlueprintǁroute__mutmut['_mutmut_orig'] = Blueprint.xǁBlueprintǁroute__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBlueprintǁroute__mutmut['xǁBlueprintǁroute__mutmut_1'] = Blueprint.xǁBlueprintǁroute__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBlueprintǁroute__mutmut['xǁBlueprintǁroute__mutmut_2'] = Blueprint.xǁBlueprintǁroute__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBlueprintǁroute__mutmut['xǁBlueprintǁroute__mutmut_3'] = Blueprint.xǁBlueprintǁroute__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBlueprintǁroute__mutmut['xǁBlueprintǁroute__mutmut_4'] = Blueprint.xǁBlueprintǁroute__mutmut_4 # type: ignore # mutmut generated
mutants_xǁBlueprintǁroute__mutmut['xǁBlueprintǁroute__mutmut_5'] = Blueprint.xǁBlueprintǁroute__mutmut_5 # type: ignore # mutmut generated
mutants_xǁBlueprintǁroute__mutmut['xǁBlueprintǁroute__mutmut_6'] = Blueprint.xǁBlueprintǁroute__mutmut_6 # type: ignore # mutmut generated
mutants_xǁBlueprintǁroute__mutmut['xǁBlueprintǁroute__mutmut_7'] = Blueprint.xǁBlueprintǁroute__mutmut_7 # type: ignore # mutmut generated
mutants_xǁBlueprintǁroute__mutmut['xǁBlueprintǁroute__mutmut_8'] = Blueprint.xǁBlueprintǁroute__mutmut_8 # type: ignore # mutmut generated
mutants_xǁBlueprintǁroute__mutmut['xǁBlueprintǁroute__mutmut_9'] = Blueprint.xǁBlueprintǁroute__mutmut_9 # type: ignore # mutmut generated
mutants_xǁBlueprintǁroute__mutmut['xǁBlueprintǁroute__mutmut_10'] = Blueprint.xǁBlueprintǁroute__mutmut_10 # type: ignore # mutmut generated
mutants_xǁBlueprintǁroute__mutmut['xǁBlueprintǁroute__mutmut_11'] = Blueprint.xǁBlueprintǁroute__mutmut_11 # type: ignore # mutmut generated
mutants_xǁBlueprintǁroute__mutmut['xǁBlueprintǁroute__mutmut_12'] = Blueprint.xǁBlueprintǁroute__mutmut_12 # type: ignore # mutmut generated
mutants_xǁBlueprintǁroute__mutmut['xǁBlueprintǁroute__mutmut_13'] = Blueprint.xǁBlueprintǁroute__mutmut_13 # type: ignore # mutmut generated
mutants_xǁBlueprintǁroute__mutmut['xǁBlueprintǁroute__mutmut_14'] = Blueprint.xǁBlueprintǁroute__mutmut_14 # type: ignore # mutmut generated
mutants_xǁBlueprintǁroute__mutmut['xǁBlueprintǁroute__mutmut_15'] = Blueprint.xǁBlueprintǁroute__mutmut_15 # type: ignore # mutmut generated
mutants_xǁBlueprintǁroute__mutmut['xǁBlueprintǁroute__mutmut_16'] = Blueprint.xǁBlueprintǁroute__mutmut_16 # type: ignore # mutmut generated
mutants_xǁBlueprintǁroute__mutmut['xǁBlueprintǁroute__mutmut_17'] = Blueprint.xǁBlueprintǁroute__mutmut_17 # type: ignore # mutmut generated
mutants_xǁBlueprintǁroute__mutmut['xǁBlueprintǁroute__mutmut_18'] = Blueprint.xǁBlueprintǁroute__mutmut_18 # type: ignore # mutmut generated
mutants_xǁBlueprintǁroute__mutmut['xǁBlueprintǁroute__mutmut_19'] = Blueprint.xǁBlueprintǁroute__mutmut_19 # type: ignore # mutmut generated
mutants_xǁBlueprintǁroute__mutmut['xǁBlueprintǁroute__mutmut_20'] = Blueprint.xǁBlueprintǁroute__mutmut_20 # type: ignore # mutmut generated
mutants_xǁBlueprintǁroute__mutmut['xǁBlueprintǁroute__mutmut_21'] = Blueprint.xǁBlueprintǁroute__mutmut_21 # type: ignore # mutmut generated
mutants_xǁBlueprintǁroute__mutmut['xǁBlueprintǁroute__mutmut_22'] = Blueprint.xǁBlueprintǁroute__mutmut_22 # type: ignore # mutmut generated
mutants_xǁBlueprintǁroute__mutmut['xǁBlueprintǁroute__mutmut_23'] = Blueprint.xǁBlueprintǁroute__mutmut_23 # type: ignore # mutmut generated
mutants_xǁBlueprintǁroute__mutmut['xǁBlueprintǁroute__mutmut_24'] = Blueprint.xǁBlueprintǁroute__mutmut_24 # type: ignore # mutmut generated
mutants_xǁBlueprintǁroute__mutmut['xǁBlueprintǁroute__mutmut_25'] = Blueprint.xǁBlueprintǁroute__mutmut_25 # type: ignore # mutmut generated
mutants_xǁBlueprintǁroute__mutmut['xǁBlueprintǁroute__mutmut_26'] = Blueprint.xǁBlueprintǁroute__mutmut_26 # type: ignore # mutmut generated

mutants_xǁBlueprintǁarguments__mutmut['_mutmut_orig'] = Blueprint.xǁBlueprintǁarguments__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBlueprintǁarguments__mutmut['xǁBlueprintǁarguments__mutmut_1'] = Blueprint.xǁBlueprintǁarguments__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBlueprintǁarguments__mutmut['xǁBlueprintǁarguments__mutmut_2'] = Blueprint.xǁBlueprintǁarguments__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBlueprintǁarguments__mutmut['xǁBlueprintǁarguments__mutmut_3'] = Blueprint.xǁBlueprintǁarguments__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBlueprintǁarguments__mutmut['xǁBlueprintǁarguments__mutmut_4'] = Blueprint.xǁBlueprintǁarguments__mutmut_4 # type: ignore # mutmut generated

mutants_xǁBlueprintǁresponse__mutmut['_mutmut_orig'] = Blueprint.xǁBlueprintǁresponse__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBlueprintǁresponse__mutmut['xǁBlueprintǁresponse__mutmut_1'] = Blueprint.xǁBlueprintǁresponse__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBlueprintǁresponse__mutmut['xǁBlueprintǁresponse__mutmut_2'] = Blueprint.xǁBlueprintǁresponse__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBlueprintǁresponse__mutmut['xǁBlueprintǁresponse__mutmut_3'] = Blueprint.xǁBlueprintǁresponse__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBlueprintǁresponse__mutmut['xǁBlueprintǁresponse__mutmut_4'] = Blueprint.xǁBlueprintǁresponse__mutmut_4 # type: ignore # mutmut generated
mutants_xǁBlueprintǁresponse__mutmut['xǁBlueprintǁresponse__mutmut_5'] = Blueprint.xǁBlueprintǁresponse__mutmut_5 # type: ignore # mutmut generated
mutants_xǁBlueprintǁresponse__mutmut['xǁBlueprintǁresponse__mutmut_6'] = Blueprint.xǁBlueprintǁresponse__mutmut_6 # type: ignore # mutmut generated

mutants_xǁBlueprintǁdoc__mutmut['_mutmut_orig'] = Blueprint.xǁBlueprintǁdoc__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBlueprintǁdoc__mutmut['xǁBlueprintǁdoc__mutmut_1'] = Blueprint.xǁBlueprintǁdoc__mutmut_1 # type: ignore # mutmut generated

mutants_xǁBlueprintǁalt_response__mutmut['_mutmut_orig'] = Blueprint.xǁBlueprintǁalt_response__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBlueprintǁalt_response__mutmut['xǁBlueprintǁalt_response__mutmut_1'] = Blueprint.xǁBlueprintǁalt_response__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBlueprintǁalt_response__mutmut['xǁBlueprintǁalt_response__mutmut_2'] = Blueprint.xǁBlueprintǁalt_response__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBlueprintǁalt_response__mutmut['xǁBlueprintǁalt_response__mutmut_3'] = Blueprint.xǁBlueprintǁalt_response__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBlueprintǁalt_response__mutmut['xǁBlueprintǁalt_response__mutmut_4'] = Blueprint.xǁBlueprintǁalt_response__mutmut_4 # type: ignore # mutmut generated

mutants_xǁBlueprintǁ_prepare_response_doc__mutmut['_mutmut_orig'] = Blueprint.xǁBlueprintǁ_prepare_response_doc__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBlueprintǁ_prepare_response_doc__mutmut['xǁBlueprintǁ_prepare_response_doc__mutmut_1'] = Blueprint.xǁBlueprintǁ_prepare_response_doc__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBlueprintǁ_prepare_response_doc__mutmut['xǁBlueprintǁ_prepare_response_doc__mutmut_2'] = Blueprint.xǁBlueprintǁ_prepare_response_doc__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBlueprintǁ_prepare_response_doc__mutmut['xǁBlueprintǁ_prepare_response_doc__mutmut_3'] = Blueprint.xǁBlueprintǁ_prepare_response_doc__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBlueprintǁ_prepare_response_doc__mutmut['xǁBlueprintǁ_prepare_response_doc__mutmut_4'] = Blueprint.xǁBlueprintǁ_prepare_response_doc__mutmut_4 # type: ignore # mutmut generated
mutants_xǁBlueprintǁ_prepare_response_doc__mutmut['xǁBlueprintǁ_prepare_response_doc__mutmut_5'] = Blueprint.xǁBlueprintǁ_prepare_response_doc__mutmut_5 # type: ignore # mutmut generated
mutants_xǁBlueprintǁ_prepare_response_doc__mutmut['xǁBlueprintǁ_prepare_response_doc__mutmut_6'] = Blueprint.xǁBlueprintǁ_prepare_response_doc__mutmut_6 # type: ignore # mutmut generated
mutants_xǁBlueprintǁ_prepare_response_doc__mutmut['xǁBlueprintǁ_prepare_response_doc__mutmut_7'] = Blueprint.xǁBlueprintǁ_prepare_response_doc__mutmut_7 # type: ignore # mutmut generated
mutants_xǁBlueprintǁ_prepare_response_doc__mutmut['xǁBlueprintǁ_prepare_response_doc__mutmut_8'] = Blueprint.xǁBlueprintǁ_prepare_response_doc__mutmut_8 # type: ignore # mutmut generated
mutants_xǁBlueprintǁ_prepare_response_doc__mutmut['xǁBlueprintǁ_prepare_response_doc__mutmut_9'] = Blueprint.xǁBlueprintǁ_prepare_response_doc__mutmut_9 # type: ignore # mutmut generated
mutants_xǁBlueprintǁ_prepare_response_doc__mutmut['xǁBlueprintǁ_prepare_response_doc__mutmut_10'] = Blueprint.xǁBlueprintǁ_prepare_response_doc__mutmut_10 # type: ignore # mutmut generated
mutants_xǁBlueprintǁ_prepare_response_doc__mutmut['xǁBlueprintǁ_prepare_response_doc__mutmut_11'] = Blueprint.xǁBlueprintǁ_prepare_response_doc__mutmut_11 # type: ignore # mutmut generated
mutants_xǁBlueprintǁ_prepare_response_doc__mutmut['xǁBlueprintǁ_prepare_response_doc__mutmut_12'] = Blueprint.xǁBlueprintǁ_prepare_response_doc__mutmut_12 # type: ignore # mutmut generated
mutants_xǁBlueprintǁ_prepare_response_doc__mutmut['xǁBlueprintǁ_prepare_response_doc__mutmut_13'] = Blueprint.xǁBlueprintǁ_prepare_response_doc__mutmut_13 # type: ignore # mutmut generated
mutants_xǁBlueprintǁ_prepare_response_doc__mutmut['xǁBlueprintǁ_prepare_response_doc__mutmut_14'] = Blueprint.xǁBlueprintǁ_prepare_response_doc__mutmut_14 # type: ignore # mutmut generated
mutants_xǁBlueprintǁ_prepare_response_doc__mutmut['xǁBlueprintǁ_prepare_response_doc__mutmut_15'] = Blueprint.xǁBlueprintǁ_prepare_response_doc__mutmut_15 # type: ignore # mutmut generated
mutants_xǁBlueprintǁ_prepare_response_doc__mutmut['xǁBlueprintǁ_prepare_response_doc__mutmut_16'] = Blueprint.xǁBlueprintǁ_prepare_response_doc__mutmut_16 # type: ignore # mutmut generated
mutants_xǁBlueprintǁ_prepare_response_doc__mutmut['xǁBlueprintǁ_prepare_response_doc__mutmut_17'] = Blueprint.xǁBlueprintǁ_prepare_response_doc__mutmut_17 # type: ignore # mutmut generated
mutants_xǁBlueprintǁ_prepare_response_doc__mutmut['xǁBlueprintǁ_prepare_response_doc__mutmut_18'] = Blueprint.xǁBlueprintǁ_prepare_response_doc__mutmut_18 # type: ignore # mutmut generated
mutants_xǁBlueprintǁ_prepare_response_doc__mutmut['xǁBlueprintǁ_prepare_response_doc__mutmut_19'] = Blueprint.xǁBlueprintǁ_prepare_response_doc__mutmut_19 # type: ignore # mutmut generated
mutants_xǁBlueprintǁ_prepare_response_doc__mutmut['xǁBlueprintǁ_prepare_response_doc__mutmut_20'] = Blueprint.xǁBlueprintǁ_prepare_response_doc__mutmut_20 # type: ignore # mutmut generated
mutants_xǁBlueprintǁ_prepare_response_doc__mutmut['xǁBlueprintǁ_prepare_response_doc__mutmut_21'] = Blueprint.xǁBlueprintǁ_prepare_response_doc__mutmut_21 # type: ignore # mutmut generated
mutants_xǁBlueprintǁ_prepare_response_doc__mutmut['xǁBlueprintǁ_prepare_response_doc__mutmut_22'] = Blueprint.xǁBlueprintǁ_prepare_response_doc__mutmut_22 # type: ignore # mutmut generated
mutants_xǁBlueprintǁ_prepare_response_doc__mutmut['xǁBlueprintǁ_prepare_response_doc__mutmut_23'] = Blueprint.xǁBlueprintǁ_prepare_response_doc__mutmut_23 # type: ignore # mutmut generated
mutants_xǁBlueprintǁ_prepare_response_doc__mutmut['xǁBlueprintǁ_prepare_response_doc__mutmut_24'] = Blueprint.xǁBlueprintǁ_prepare_response_doc__mutmut_24 # type: ignore # mutmut generated
mutants_xǁBlueprintǁ_prepare_response_doc__mutmut['xǁBlueprintǁ_prepare_response_doc__mutmut_25'] = Blueprint.xǁBlueprintǁ_prepare_response_doc__mutmut_25 # type: ignore # mutmut generated
mutants_xǁBlueprintǁ_prepare_response_doc__mutmut['xǁBlueprintǁ_prepare_response_doc__mutmut_26'] = Blueprint.xǁBlueprintǁ_prepare_response_doc__mutmut_26 # type: ignore # mutmut generated
mutants_xǁBlueprintǁ_prepare_response_doc__mutmut['xǁBlueprintǁ_prepare_response_doc__mutmut_27'] = Blueprint.xǁBlueprintǁ_prepare_response_doc__mutmut_27 # type: ignore # mutmut generated
mutants_xǁBlueprintǁ_prepare_response_doc__mutmut['xǁBlueprintǁ_prepare_response_doc__mutmut_28'] = Blueprint.xǁBlueprintǁ_prepare_response_doc__mutmut_28 # type: ignore # mutmut generated
mutants_xǁBlueprintǁ_prepare_response_doc__mutmut['xǁBlueprintǁ_prepare_response_doc__mutmut_29'] = Blueprint.xǁBlueprintǁ_prepare_response_doc__mutmut_29 # type: ignore # mutmut generated
mutants_x_ok__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_ok__mutmut)
def ok(example: str | None = None, *, content_type: str | None = None) -> dict[str, Any]:
    """Return the keyword arguments documenting a 200: its headers and its example's name."""
    documented: dict[str, Any] = {"headers": DATA_HEADERS, "content_type": content_type}
    if example is not None:
        documented["examples"] = {example: example}
    return documented


def x_ok__mutmut_orig(example: str | None = None, *, content_type: str | None = None) -> dict[str, Any]:
    """Return the keyword arguments documenting a 200: its headers and its example's name."""
    documented: dict[str, Any] = {"headers": DATA_HEADERS, "content_type": content_type}
    if example is not None:
        documented["examples"] = {example: example}
    return documented


def x_ok__mutmut_1(example: str | None = None, *, content_type: str | None = None) -> dict[str, Any]:
    """Return the keyword arguments documenting a 200: its headers and its example's name."""
    documented: dict[str, Any] = None
    if example is not None:
        documented["examples"] = {example: example}
    return documented


def x_ok__mutmut_2(example: str | None = None, *, content_type: str | None = None) -> dict[str, Any]:
    """Return the keyword arguments documenting a 200: its headers and its example's name."""
    documented: dict[str, Any] = {"XXheadersXX": DATA_HEADERS, "content_type": content_type}
    if example is not None:
        documented["examples"] = {example: example}
    return documented


def x_ok__mutmut_3(example: str | None = None, *, content_type: str | None = None) -> dict[str, Any]:
    """Return the keyword arguments documenting a 200: its headers and its example's name."""
    documented: dict[str, Any] = {"HEADERS": DATA_HEADERS, "content_type": content_type}
    if example is not None:
        documented["examples"] = {example: example}
    return documented


def x_ok__mutmut_4(example: str | None = None, *, content_type: str | None = None) -> dict[str, Any]:
    """Return the keyword arguments documenting a 200: its headers and its example's name."""
    documented: dict[str, Any] = {"headers": DATA_HEADERS, "XXcontent_typeXX": content_type}
    if example is not None:
        documented["examples"] = {example: example}
    return documented


def x_ok__mutmut_5(example: str | None = None, *, content_type: str | None = None) -> dict[str, Any]:
    """Return the keyword arguments documenting a 200: its headers and its example's name."""
    documented: dict[str, Any] = {"headers": DATA_HEADERS, "CONTENT_TYPE": content_type}
    if example is not None:
        documented["examples"] = {example: example}
    return documented


def x_ok__mutmut_6(example: str | None = None, *, content_type: str | None = None) -> dict[str, Any]:
    """Return the keyword arguments documenting a 200: its headers and its example's name."""
    documented: dict[str, Any] = {"headers": DATA_HEADERS, "content_type": content_type}
    if example is None:
        documented["examples"] = {example: example}
    return documented


def x_ok__mutmut_7(example: str | None = None, *, content_type: str | None = None) -> dict[str, Any]:
    """Return the keyword arguments documenting a 200: its headers and its example's name."""
    documented: dict[str, Any] = {"headers": DATA_HEADERS, "content_type": content_type}
    if example is not None:
        documented["examples"] = None
    return documented


def x_ok__mutmut_8(example: str | None = None, *, content_type: str | None = None) -> dict[str, Any]:
    """Return the keyword arguments documenting a 200: its headers and its example's name."""
    documented: dict[str, Any] = {"headers": DATA_HEADERS, "content_type": content_type}
    if example is not None:
        documented["XXexamplesXX"] = {example: example}
    return documented


def x_ok__mutmut_9(example: str | None = None, *, content_type: str | None = None) -> dict[str, Any]:
    """Return the keyword arguments documenting a 200: its headers and its example's name."""
    documented: dict[str, Any] = {"headers": DATA_HEADERS, "content_type": content_type}
    if example is not None:
        documented["EXAMPLES"] = {example: example}
    return documented

mutants_x_ok__mutmut['_mutmut_orig'] = x_ok__mutmut_orig # type: ignore # mutmut generated
mutants_x_ok__mutmut['x_ok__mutmut_1'] = x_ok__mutmut_1 # type: ignore # mutmut generated
mutants_x_ok__mutmut['x_ok__mutmut_2'] = x_ok__mutmut_2 # type: ignore # mutmut generated
mutants_x_ok__mutmut['x_ok__mutmut_3'] = x_ok__mutmut_3 # type: ignore # mutmut generated
mutants_x_ok__mutmut['x_ok__mutmut_4'] = x_ok__mutmut_4 # type: ignore # mutmut generated
mutants_x_ok__mutmut['x_ok__mutmut_5'] = x_ok__mutmut_5 # type: ignore # mutmut generated
mutants_x_ok__mutmut['x_ok__mutmut_6'] = x_ok__mutmut_6 # type: ignore # mutmut generated
mutants_x_ok__mutmut['x_ok__mutmut_7'] = x_ok__mutmut_7 # type: ignore # mutmut generated
mutants_x_ok__mutmut['x_ok__mutmut_8'] = x_ok__mutmut_8 # type: ignore # mutmut generated
mutants_x_ok__mutmut['x_ok__mutmut_9'] = x_ok__mutmut_9 # type: ignore # mutmut generated

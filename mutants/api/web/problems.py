"""Every error as RFC 9457 problem details, and nothing of the server's internals in them."""

from collections.abc import Mapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

import orjson
from flask import Flask, Response, current_app
from werkzeug.exceptions import HTTPException, MethodNotAllowed, RequestedRangeNotSatisfiable

from schemas.problem import ProblemTypeSchema

PROBLEM_MEDIA_TYPE = "application/problem+json"
#: An error may be fixed any moment (a typo in a path, a bad deploy): never cache one.
ERROR_CACHE_CONTROL = "no-store"

#: Where the documentation of each problem type is published: ``type`` is this plus a slug.
PROBLEMS = "/problems"


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁProblemTypeǁdocument__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class ProblemType:
    """A kind of problem: its ``type`` URI resolves to this documentation (RFC 9457, 3.1.1)."""

    slug: str
    status: int
    title: str
    #: The ``detail`` of a problem of this type, unless a request has its own to say.
    detail: str
    #: What the problem means and what a client can do about it.
    description: str

    @property
    def uri(self) -> str:
        """Return the ``type`` URI: a path, resolved against the API's own address."""
        return f"{PROBLEMS}/{self.slug}"

    @_mutmut_mutated(mutants_xǁProblemTypeǁdocument__mutmut)
    def document(self) -> dict[str, Any]:
        """Return the documentation the ``type`` URI resolves to, as JSON data."""
        return dict(
            ProblemTypeSchema().dump(
                {
                    "type": self.uri,
                    "title": self.title,
                    "status": self.status,
                    "description": self.description,
                }
            )
        )

    def xǁProblemTypeǁdocument__mutmut_orig(self) -> dict[str, Any]:
        """Return the documentation the ``type`` URI resolves to, as JSON data."""
        return dict(
            ProblemTypeSchema().dump(
                {
                    "type": self.uri,
                    "title": self.title,
                    "status": self.status,
                    "description": self.description,
                }
            )
        )

    def xǁProblemTypeǁdocument__mutmut_1(self) -> dict[str, Any]:
        """Return the documentation the ``type`` URI resolves to, as JSON data."""
        return dict(
            None
        )

    def xǁProblemTypeǁdocument__mutmut_2(self) -> dict[str, Any]:
        """Return the documentation the ``type`` URI resolves to, as JSON data."""
        return dict(
            ProblemTypeSchema().dump(
                None
            )
        )

    def xǁProblemTypeǁdocument__mutmut_3(self) -> dict[str, Any]:
        """Return the documentation the ``type`` URI resolves to, as JSON data."""
        return dict(
            ProblemTypeSchema().dump(
                {
                    "XXtypeXX": self.uri,
                    "title": self.title,
                    "status": self.status,
                    "description": self.description,
                }
            )
        )

    def xǁProblemTypeǁdocument__mutmut_4(self) -> dict[str, Any]:
        """Return the documentation the ``type`` URI resolves to, as JSON data."""
        return dict(
            ProblemTypeSchema().dump(
                {
                    "TYPE": self.uri,
                    "title": self.title,
                    "status": self.status,
                    "description": self.description,
                }
            )
        )

    def xǁProblemTypeǁdocument__mutmut_5(self) -> dict[str, Any]:
        """Return the documentation the ``type`` URI resolves to, as JSON data."""
        return dict(
            ProblemTypeSchema().dump(
                {
                    "type": self.uri,
                    "XXtitleXX": self.title,
                    "status": self.status,
                    "description": self.description,
                }
            )
        )

    def xǁProblemTypeǁdocument__mutmut_6(self) -> dict[str, Any]:
        """Return the documentation the ``type`` URI resolves to, as JSON data."""
        return dict(
            ProblemTypeSchema().dump(
                {
                    "type": self.uri,
                    "TITLE": self.title,
                    "status": self.status,
                    "description": self.description,
                }
            )
        )

    def xǁProblemTypeǁdocument__mutmut_7(self) -> dict[str, Any]:
        """Return the documentation the ``type`` URI resolves to, as JSON data."""
        return dict(
            ProblemTypeSchema().dump(
                {
                    "type": self.uri,
                    "title": self.title,
                    "XXstatusXX": self.status,
                    "description": self.description,
                }
            )
        )

    def xǁProblemTypeǁdocument__mutmut_8(self) -> dict[str, Any]:
        """Return the documentation the ``type`` URI resolves to, as JSON data."""
        return dict(
            ProblemTypeSchema().dump(
                {
                    "type": self.uri,
                    "title": self.title,
                    "STATUS": self.status,
                    "description": self.description,
                }
            )
        )

    def xǁProblemTypeǁdocument__mutmut_9(self) -> dict[str, Any]:
        """Return the documentation the ``type`` URI resolves to, as JSON data."""
        return dict(
            ProblemTypeSchema().dump(
                {
                    "type": self.uri,
                    "title": self.title,
                    "status": self.status,
                    "XXdescriptionXX": self.description,
                }
            )
        )

    def xǁProblemTypeǁdocument__mutmut_10(self) -> dict[str, Any]:
        """Return the documentation the ``type`` URI resolves to, as JSON data."""
        return dict(
            ProblemTypeSchema().dump(
                {
                    "type": self.uri,
                    "title": self.title,
                    "status": self.status,
                    "DESCRIPTION": self.description,
                }
            )
        )

mutants_xǁProblemTypeǁdocument__mutmut['_mutmut_orig'] = ProblemType.xǁProblemTypeǁdocument__mutmut_orig # type: ignore # mutmut generated
mutants_xǁProblemTypeǁdocument__mutmut['xǁProblemTypeǁdocument__mutmut_1'] = ProblemType.xǁProblemTypeǁdocument__mutmut_1 # type: ignore # mutmut generated
mutants_xǁProblemTypeǁdocument__mutmut['xǁProblemTypeǁdocument__mutmut_2'] = ProblemType.xǁProblemTypeǁdocument__mutmut_2 # type: ignore # mutmut generated
mutants_xǁProblemTypeǁdocument__mutmut['xǁProblemTypeǁdocument__mutmut_3'] = ProblemType.xǁProblemTypeǁdocument__mutmut_3 # type: ignore # mutmut generated
mutants_xǁProblemTypeǁdocument__mutmut['xǁProblemTypeǁdocument__mutmut_4'] = ProblemType.xǁProblemTypeǁdocument__mutmut_4 # type: ignore # mutmut generated
mutants_xǁProblemTypeǁdocument__mutmut['xǁProblemTypeǁdocument__mutmut_5'] = ProblemType.xǁProblemTypeǁdocument__mutmut_5 # type: ignore # mutmut generated
mutants_xǁProblemTypeǁdocument__mutmut['xǁProblemTypeǁdocument__mutmut_6'] = ProblemType.xǁProblemTypeǁdocument__mutmut_6 # type: ignore # mutmut generated
mutants_xǁProblemTypeǁdocument__mutmut['xǁProblemTypeǁdocument__mutmut_7'] = ProblemType.xǁProblemTypeǁdocument__mutmut_7 # type: ignore # mutmut generated
mutants_xǁProblemTypeǁdocument__mutmut['xǁProblemTypeǁdocument__mutmut_8'] = ProblemType.xǁProblemTypeǁdocument__mutmut_8 # type: ignore # mutmut generated
mutants_xǁProblemTypeǁdocument__mutmut['xǁProblemTypeǁdocument__mutmut_9'] = ProblemType.xǁProblemTypeǁdocument__mutmut_9 # type: ignore # mutmut generated
mutants_xǁProblemTypeǁdocument__mutmut['xǁProblemTypeǁdocument__mutmut_10'] = ProblemType.xǁProblemTypeǁdocument__mutmut_10 # type: ignore # mutmut generated


#: Every problem type the API answers with, by slug.
PROBLEM_TYPES: dict[str, ProblemType] = {
    problem_type.slug: problem_type
    for problem_type in (
        ProblemType(
            "invalid-parameters",
            400,
            "Invalid query parameters",
            "A query parameter is invalid.",
            "The query string has a parameter the operation does not know, a value it does "
            "not accept, or a single-valued parameter given more than once. `errors` names "
            "each bad parameter with its messages; nothing is ignored. The operation's "
            "documentation lists its parameters and their constraints.",
        ),
        ProblemType(
            "not-found",
            404,
            "Not found",
            "Nothing is published at this path; /v1 lists the collections.",
            "No record has the id in the path, or nothing is published at the path at "
            "all. Ids are stable slugs: a record keeps its id once published. `/v1` "
            "links to every collection.",
        ),
        ProblemType(
            "method-not-allowed",
            405,
            "Method not allowed",
            "This API is read-only: use GET, HEAD or OPTIONS.",
            "The API is read-only: every resource answers GET, HEAD and OPTIONS (CORS "
            "preflights), and nothing else. The `Allow` header lists the methods.",
        ),
        ProblemType(
            "not-acceptable",
            406,
            "Not acceptable",
            "This resource is only available in the media type its documentation gives; "
            "send an Accept header that includes it.",
            "The request's `Accept` header excludes every media type the resource is "
            "available in (JSON for data, YAML for the contract, HTML for the docs). Send "
            "no `Accept` header, `*/*`, or one that includes the documented media type.",
        ),
        ProblemType(
            "range-not-satisfiable",
            416,
            "Range not satisfiable",
            "The requested range is beyond the end of the file.",
            "The `Range` header asks for bytes the file does not have. `Content-Range` "
            "gives the file's length (`bytes */length`); ask for a range within it, or for "
            "the whole file without `Range`.",
        ),
        ProblemType(
            "internal-error",
            500,
            "Internal server error",
            "The server failed to answer this request; the failure has been logged.",
            "The server failed to answer. The body says nothing more on purpose; the "
            "failure is logged on the server. Retrying later may succeed.",
        ),
    )
}
#: The problem types any request may meet, by status.
_BY_STATUS = {
    problem_type.status: problem_type
    for problem_type in PROBLEM_TYPES.values()
    if problem_type.status != 400
}
mutants_xǁProblemǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁProblemǁbody__mutmut: MutantDict = {}  # type: ignore
mutants_xǁProblemǁget_response__mutmut: MutantDict = {}  # type: ignore


class Problem(HTTPException):
    """An error answered as ``application/problem+json``."""

    @_mutmut_mutated(mutants_xǁProblemǁ__init____mutmut)
    def __init__(
        self,
        status: int,
        *,
        type: str,
        title: str,
        detail: str,
        errors: Mapping[str, list[str]] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.code = status
        self.type = type
        self.title = title
        self.detail = detail
        self.errors = errors
        self.extra_headers = dict(headers or {})

    def xǁProblemǁ__init____mutmut_orig(
        self,
        status: int,
        *,
        type: str,
        title: str,
        detail: str,
        errors: Mapping[str, list[str]] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.code = status
        self.type = type
        self.title = title
        self.detail = detail
        self.errors = errors
        self.extra_headers = dict(headers or {})

    def xǁProblemǁ__init____mutmut_1(
        self,
        status: int,
        *,
        type: str,
        title: str,
        detail: str,
        errors: Mapping[str, list[str]] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(None)
        self.code = status
        self.type = type
        self.title = title
        self.detail = detail
        self.errors = errors
        self.extra_headers = dict(headers or {})

    def xǁProblemǁ__init____mutmut_2(
        self,
        status: int,
        *,
        type: str,
        title: str,
        detail: str,
        errors: Mapping[str, list[str]] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.code = None
        self.type = type
        self.title = title
        self.detail = detail
        self.errors = errors
        self.extra_headers = dict(headers or {})

    def xǁProblemǁ__init____mutmut_3(
        self,
        status: int,
        *,
        type: str,
        title: str,
        detail: str,
        errors: Mapping[str, list[str]] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.code = status
        self.type = None
        self.title = title
        self.detail = detail
        self.errors = errors
        self.extra_headers = dict(headers or {})

    def xǁProblemǁ__init____mutmut_4(
        self,
        status: int,
        *,
        type: str,
        title: str,
        detail: str,
        errors: Mapping[str, list[str]] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.code = status
        self.type = type
        self.title = None
        self.detail = detail
        self.errors = errors
        self.extra_headers = dict(headers or {})

    def xǁProblemǁ__init____mutmut_5(
        self,
        status: int,
        *,
        type: str,
        title: str,
        detail: str,
        errors: Mapping[str, list[str]] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.code = status
        self.type = type
        self.title = title
        self.detail = None
        self.errors = errors
        self.extra_headers = dict(headers or {})

    def xǁProblemǁ__init____mutmut_6(
        self,
        status: int,
        *,
        type: str,
        title: str,
        detail: str,
        errors: Mapping[str, list[str]] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.code = status
        self.type = type
        self.title = title
        self.detail = detail
        self.errors = None
        self.extra_headers = dict(headers or {})

    def xǁProblemǁ__init____mutmut_7(
        self,
        status: int,
        *,
        type: str,
        title: str,
        detail: str,
        errors: Mapping[str, list[str]] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.code = status
        self.type = type
        self.title = title
        self.detail = detail
        self.errors = errors
        self.extra_headers = None

    def xǁProblemǁ__init____mutmut_8(
        self,
        status: int,
        *,
        type: str,
        title: str,
        detail: str,
        errors: Mapping[str, list[str]] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.code = status
        self.type = type
        self.title = title
        self.detail = detail
        self.errors = errors
        self.extra_headers = dict(None)

    def xǁProblemǁ__init____mutmut_9(
        self,
        status: int,
        *,
        type: str,
        title: str,
        detail: str,
        errors: Mapping[str, list[str]] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.code = status
        self.type = type
        self.title = title
        self.detail = detail
        self.errors = errors
        self.extra_headers = dict(headers and {})

    @_mutmut_mutated(mutants_xǁProblemǁbody__mutmut)
    def body(self) -> dict[str, Any]:
        """Return the problem details, in the order of the Problem schema."""
        body: dict[str, Any] = {
            "type": self.type,
            "title": self.title,
            "status": self.code,
            "detail": self.detail,
        }
        if self.errors is not None:
            body["errors"] = dict(self.errors)
        return body

    def xǁProblemǁbody__mutmut_orig(self) -> dict[str, Any]:
        """Return the problem details, in the order of the Problem schema."""
        body: dict[str, Any] = {
            "type": self.type,
            "title": self.title,
            "status": self.code,
            "detail": self.detail,
        }
        if self.errors is not None:
            body["errors"] = dict(self.errors)
        return body

    def xǁProblemǁbody__mutmut_1(self) -> dict[str, Any]:
        """Return the problem details, in the order of the Problem schema."""
        body: dict[str, Any] = None
        if self.errors is not None:
            body["errors"] = dict(self.errors)
        return body

    def xǁProblemǁbody__mutmut_2(self) -> dict[str, Any]:
        """Return the problem details, in the order of the Problem schema."""
        body: dict[str, Any] = {
            "XXtypeXX": self.type,
            "title": self.title,
            "status": self.code,
            "detail": self.detail,
        }
        if self.errors is not None:
            body["errors"] = dict(self.errors)
        return body

    def xǁProblemǁbody__mutmut_3(self) -> dict[str, Any]:
        """Return the problem details, in the order of the Problem schema."""
        body: dict[str, Any] = {
            "TYPE": self.type,
            "title": self.title,
            "status": self.code,
            "detail": self.detail,
        }
        if self.errors is not None:
            body["errors"] = dict(self.errors)
        return body

    def xǁProblemǁbody__mutmut_4(self) -> dict[str, Any]:
        """Return the problem details, in the order of the Problem schema."""
        body: dict[str, Any] = {
            "type": self.type,
            "XXtitleXX": self.title,
            "status": self.code,
            "detail": self.detail,
        }
        if self.errors is not None:
            body["errors"] = dict(self.errors)
        return body

    def xǁProblemǁbody__mutmut_5(self) -> dict[str, Any]:
        """Return the problem details, in the order of the Problem schema."""
        body: dict[str, Any] = {
            "type": self.type,
            "TITLE": self.title,
            "status": self.code,
            "detail": self.detail,
        }
        if self.errors is not None:
            body["errors"] = dict(self.errors)
        return body

    def xǁProblemǁbody__mutmut_6(self) -> dict[str, Any]:
        """Return the problem details, in the order of the Problem schema."""
        body: dict[str, Any] = {
            "type": self.type,
            "title": self.title,
            "XXstatusXX": self.code,
            "detail": self.detail,
        }
        if self.errors is not None:
            body["errors"] = dict(self.errors)
        return body

    def xǁProblemǁbody__mutmut_7(self) -> dict[str, Any]:
        """Return the problem details, in the order of the Problem schema."""
        body: dict[str, Any] = {
            "type": self.type,
            "title": self.title,
            "STATUS": self.code,
            "detail": self.detail,
        }
        if self.errors is not None:
            body["errors"] = dict(self.errors)
        return body

    def xǁProblemǁbody__mutmut_8(self) -> dict[str, Any]:
        """Return the problem details, in the order of the Problem schema."""
        body: dict[str, Any] = {
            "type": self.type,
            "title": self.title,
            "status": self.code,
            "XXdetailXX": self.detail,
        }
        if self.errors is not None:
            body["errors"] = dict(self.errors)
        return body

    def xǁProblemǁbody__mutmut_9(self) -> dict[str, Any]:
        """Return the problem details, in the order of the Problem schema."""
        body: dict[str, Any] = {
            "type": self.type,
            "title": self.title,
            "status": self.code,
            "DETAIL": self.detail,
        }
        if self.errors is not None:
            body["errors"] = dict(self.errors)
        return body

    def xǁProblemǁbody__mutmut_10(self) -> dict[str, Any]:
        """Return the problem details, in the order of the Problem schema."""
        body: dict[str, Any] = {
            "type": self.type,
            "title": self.title,
            "status": self.code,
            "detail": self.detail,
        }
        if self.errors is None:
            body["errors"] = dict(self.errors)
        return body

    def xǁProblemǁbody__mutmut_11(self) -> dict[str, Any]:
        """Return the problem details, in the order of the Problem schema."""
        body: dict[str, Any] = {
            "type": self.type,
            "title": self.title,
            "status": self.code,
            "detail": self.detail,
        }
        if self.errors is not None:
            body["errors"] = None
        return body

    def xǁProblemǁbody__mutmut_12(self) -> dict[str, Any]:
        """Return the problem details, in the order of the Problem schema."""
        body: dict[str, Any] = {
            "type": self.type,
            "title": self.title,
            "status": self.code,
            "detail": self.detail,
        }
        if self.errors is not None:
            body["XXerrorsXX"] = dict(self.errors)
        return body

    def xǁProblemǁbody__mutmut_13(self) -> dict[str, Any]:
        """Return the problem details, in the order of the Problem schema."""
        body: dict[str, Any] = {
            "type": self.type,
            "title": self.title,
            "status": self.code,
            "detail": self.detail,
        }
        if self.errors is not None:
            body["ERRORS"] = dict(self.errors)
        return body

    def xǁProblemǁbody__mutmut_14(self) -> dict[str, Any]:
        """Return the problem details, in the order of the Problem schema."""
        body: dict[str, Any] = {
            "type": self.type,
            "title": self.title,
            "status": self.code,
            "detail": self.detail,
        }
        if self.errors is not None:
            body["errors"] = dict(None)
        return body

    @_mutmut_mutated(mutants_xǁProblemǁget_response__mutmut)
    def get_response(self, *args: Any, **kwargs: Any) -> Response:
        """Return the problem as a response."""
        response = Response(
            orjson.dumps(self.body()), status=self.code, mimetype=PROBLEM_MEDIA_TYPE
        )
        response.headers["Cache-Control"] = ERROR_CACHE_CONTROL
        response.headers.update(self.extra_headers)
        return response

    def xǁProblemǁget_response__mutmut_orig(self, *args: Any, **kwargs: Any) -> Response:
        """Return the problem as a response."""
        response = Response(
            orjson.dumps(self.body()), status=self.code, mimetype=PROBLEM_MEDIA_TYPE
        )
        response.headers["Cache-Control"] = ERROR_CACHE_CONTROL
        response.headers.update(self.extra_headers)
        return response

    def xǁProblemǁget_response__mutmut_1(self, *args: Any, **kwargs: Any) -> Response:
        """Return the problem as a response."""
        response = None
        response.headers["Cache-Control"] = ERROR_CACHE_CONTROL
        response.headers.update(self.extra_headers)
        return response

    def xǁProblemǁget_response__mutmut_2(self, *args: Any, **kwargs: Any) -> Response:
        """Return the problem as a response."""
        response = Response(
            None, status=self.code, mimetype=PROBLEM_MEDIA_TYPE
        )
        response.headers["Cache-Control"] = ERROR_CACHE_CONTROL
        response.headers.update(self.extra_headers)
        return response

    def xǁProblemǁget_response__mutmut_3(self, *args: Any, **kwargs: Any) -> Response:
        """Return the problem as a response."""
        response = Response(
            orjson.dumps(self.body()), status=None, mimetype=PROBLEM_MEDIA_TYPE
        )
        response.headers["Cache-Control"] = ERROR_CACHE_CONTROL
        response.headers.update(self.extra_headers)
        return response

    def xǁProblemǁget_response__mutmut_4(self, *args: Any, **kwargs: Any) -> Response:
        """Return the problem as a response."""
        response = Response(
            orjson.dumps(self.body()), status=self.code, mimetype=None
        )
        response.headers["Cache-Control"] = ERROR_CACHE_CONTROL
        response.headers.update(self.extra_headers)
        return response

    def xǁProblemǁget_response__mutmut_5(self, *args: Any, **kwargs: Any) -> Response:
        """Return the problem as a response."""
        response = Response(
            status=self.code, mimetype=PROBLEM_MEDIA_TYPE
        )
        response.headers["Cache-Control"] = ERROR_CACHE_CONTROL
        response.headers.update(self.extra_headers)
        return response

    def xǁProblemǁget_response__mutmut_6(self, *args: Any, **kwargs: Any) -> Response:
        """Return the problem as a response."""
        response = Response(
            orjson.dumps(self.body()), mimetype=PROBLEM_MEDIA_TYPE
        )
        response.headers["Cache-Control"] = ERROR_CACHE_CONTROL
        response.headers.update(self.extra_headers)
        return response

    def xǁProblemǁget_response__mutmut_7(self, *args: Any, **kwargs: Any) -> Response:
        """Return the problem as a response."""
        response = Response(
            orjson.dumps(self.body()), status=self.code, )
        response.headers["Cache-Control"] = ERROR_CACHE_CONTROL
        response.headers.update(self.extra_headers)
        return response

    def xǁProblemǁget_response__mutmut_8(self, *args: Any, **kwargs: Any) -> Response:
        """Return the problem as a response."""
        response = Response(
            orjson.dumps(None), status=self.code, mimetype=PROBLEM_MEDIA_TYPE
        )
        response.headers["Cache-Control"] = ERROR_CACHE_CONTROL
        response.headers.update(self.extra_headers)
        return response

    def xǁProblemǁget_response__mutmut_9(self, *args: Any, **kwargs: Any) -> Response:
        """Return the problem as a response."""
        response = Response(
            orjson.dumps(self.body()), status=self.code, mimetype=PROBLEM_MEDIA_TYPE
        )
        response.headers["Cache-Control"] = None
        response.headers.update(self.extra_headers)
        return response

    def xǁProblemǁget_response__mutmut_10(self, *args: Any, **kwargs: Any) -> Response:
        """Return the problem as a response."""
        response = Response(
            orjson.dumps(self.body()), status=self.code, mimetype=PROBLEM_MEDIA_TYPE
        )
        response.headers["XXCache-ControlXX"] = ERROR_CACHE_CONTROL
        response.headers.update(self.extra_headers)
        return response

    def xǁProblemǁget_response__mutmut_11(self, *args: Any, **kwargs: Any) -> Response:
        """Return the problem as a response."""
        response = Response(
            orjson.dumps(self.body()), status=self.code, mimetype=PROBLEM_MEDIA_TYPE
        )
        response.headers["cache-control"] = ERROR_CACHE_CONTROL
        response.headers.update(self.extra_headers)
        return response

    def xǁProblemǁget_response__mutmut_12(self, *args: Any, **kwargs: Any) -> Response:
        """Return the problem as a response."""
        response = Response(
            orjson.dumps(self.body()), status=self.code, mimetype=PROBLEM_MEDIA_TYPE
        )
        response.headers["CACHE-CONTROL"] = ERROR_CACHE_CONTROL
        response.headers.update(self.extra_headers)
        return response

    def xǁProblemǁget_response__mutmut_13(self, *args: Any, **kwargs: Any) -> Response:
        """Return the problem as a response."""
        response = Response(
            orjson.dumps(self.body()), status=self.code, mimetype=PROBLEM_MEDIA_TYPE
        )
        response.headers["Cache-Control"] = ERROR_CACHE_CONTROL
        response.headers.update(None)
        return response

mutants_xǁProblemǁ__init____mutmut['_mutmut_orig'] = Problem.xǁProblemǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁProblemǁ__init____mutmut['xǁProblemǁ__init____mutmut_1'] = Problem.xǁProblemǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁProblemǁ__init____mutmut['xǁProblemǁ__init____mutmut_2'] = Problem.xǁProblemǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁProblemǁ__init____mutmut['xǁProblemǁ__init____mutmut_3'] = Problem.xǁProblemǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁProblemǁ__init____mutmut['xǁProblemǁ__init____mutmut_4'] = Problem.xǁProblemǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁProblemǁ__init____mutmut['xǁProblemǁ__init____mutmut_5'] = Problem.xǁProblemǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁProblemǁ__init____mutmut['xǁProblemǁ__init____mutmut_6'] = Problem.xǁProblemǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁProblemǁ__init____mutmut['xǁProblemǁ__init____mutmut_7'] = Problem.xǁProblemǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁProblemǁ__init____mutmut['xǁProblemǁ__init____mutmut_8'] = Problem.xǁProblemǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁProblemǁ__init____mutmut['xǁProblemǁ__init____mutmut_9'] = Problem.xǁProblemǁ__init____mutmut_9 # type: ignore # mutmut generated

mutants_xǁProblemǁbody__mutmut['_mutmut_orig'] = Problem.xǁProblemǁbody__mutmut_orig # type: ignore # mutmut generated
mutants_xǁProblemǁbody__mutmut['xǁProblemǁbody__mutmut_1'] = Problem.xǁProblemǁbody__mutmut_1 # type: ignore # mutmut generated
mutants_xǁProblemǁbody__mutmut['xǁProblemǁbody__mutmut_2'] = Problem.xǁProblemǁbody__mutmut_2 # type: ignore # mutmut generated
mutants_xǁProblemǁbody__mutmut['xǁProblemǁbody__mutmut_3'] = Problem.xǁProblemǁbody__mutmut_3 # type: ignore # mutmut generated
mutants_xǁProblemǁbody__mutmut['xǁProblemǁbody__mutmut_4'] = Problem.xǁProblemǁbody__mutmut_4 # type: ignore # mutmut generated
mutants_xǁProblemǁbody__mutmut['xǁProblemǁbody__mutmut_5'] = Problem.xǁProblemǁbody__mutmut_5 # type: ignore # mutmut generated
mutants_xǁProblemǁbody__mutmut['xǁProblemǁbody__mutmut_6'] = Problem.xǁProblemǁbody__mutmut_6 # type: ignore # mutmut generated
mutants_xǁProblemǁbody__mutmut['xǁProblemǁbody__mutmut_7'] = Problem.xǁProblemǁbody__mutmut_7 # type: ignore # mutmut generated
mutants_xǁProblemǁbody__mutmut['xǁProblemǁbody__mutmut_8'] = Problem.xǁProblemǁbody__mutmut_8 # type: ignore # mutmut generated
mutants_xǁProblemǁbody__mutmut['xǁProblemǁbody__mutmut_9'] = Problem.xǁProblemǁbody__mutmut_9 # type: ignore # mutmut generated
mutants_xǁProblemǁbody__mutmut['xǁProblemǁbody__mutmut_10'] = Problem.xǁProblemǁbody__mutmut_10 # type: ignore # mutmut generated
mutants_xǁProblemǁbody__mutmut['xǁProblemǁbody__mutmut_11'] = Problem.xǁProblemǁbody__mutmut_11 # type: ignore # mutmut generated
mutants_xǁProblemǁbody__mutmut['xǁProblemǁbody__mutmut_12'] = Problem.xǁProblemǁbody__mutmut_12 # type: ignore # mutmut generated
mutants_xǁProblemǁbody__mutmut['xǁProblemǁbody__mutmut_13'] = Problem.xǁProblemǁbody__mutmut_13 # type: ignore # mutmut generated
mutants_xǁProblemǁbody__mutmut['xǁProblemǁbody__mutmut_14'] = Problem.xǁProblemǁbody__mutmut_14 # type: ignore # mutmut generated

mutants_xǁProblemǁget_response__mutmut['_mutmut_orig'] = Problem.xǁProblemǁget_response__mutmut_orig # type: ignore # mutmut generated
mutants_xǁProblemǁget_response__mutmut['xǁProblemǁget_response__mutmut_1'] = Problem.xǁProblemǁget_response__mutmut_1 # type: ignore # mutmut generated
mutants_xǁProblemǁget_response__mutmut['xǁProblemǁget_response__mutmut_2'] = Problem.xǁProblemǁget_response__mutmut_2 # type: ignore # mutmut generated
mutants_xǁProblemǁget_response__mutmut['xǁProblemǁget_response__mutmut_3'] = Problem.xǁProblemǁget_response__mutmut_3 # type: ignore # mutmut generated
mutants_xǁProblemǁget_response__mutmut['xǁProblemǁget_response__mutmut_4'] = Problem.xǁProblemǁget_response__mutmut_4 # type: ignore # mutmut generated
mutants_xǁProblemǁget_response__mutmut['xǁProblemǁget_response__mutmut_5'] = Problem.xǁProblemǁget_response__mutmut_5 # type: ignore # mutmut generated
mutants_xǁProblemǁget_response__mutmut['xǁProblemǁget_response__mutmut_6'] = Problem.xǁProblemǁget_response__mutmut_6 # type: ignore # mutmut generated
mutants_xǁProblemǁget_response__mutmut['xǁProblemǁget_response__mutmut_7'] = Problem.xǁProblemǁget_response__mutmut_7 # type: ignore # mutmut generated
mutants_xǁProblemǁget_response__mutmut['xǁProblemǁget_response__mutmut_8'] = Problem.xǁProblemǁget_response__mutmut_8 # type: ignore # mutmut generated
mutants_xǁProblemǁget_response__mutmut['xǁProblemǁget_response__mutmut_9'] = Problem.xǁProblemǁget_response__mutmut_9 # type: ignore # mutmut generated
mutants_xǁProblemǁget_response__mutmut['xǁProblemǁget_response__mutmut_10'] = Problem.xǁProblemǁget_response__mutmut_10 # type: ignore # mutmut generated
mutants_xǁProblemǁget_response__mutmut['xǁProblemǁget_response__mutmut_11'] = Problem.xǁProblemǁget_response__mutmut_11 # type: ignore # mutmut generated
mutants_xǁProblemǁget_response__mutmut['xǁProblemǁget_response__mutmut_12'] = Problem.xǁProblemǁget_response__mutmut_12 # type: ignore # mutmut generated
mutants_xǁProblemǁget_response__mutmut['xǁProblemǁget_response__mutmut_13'] = Problem.xǁProblemǁget_response__mutmut_13 # type: ignore # mutmut generated
mutants_x_problem_of__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_problem_of__mutmut)
def problem_of(
    problem_type: ProblemType,
    detail: str | None = None,
    *,
    errors: Mapping[str, list[str]] | None = None,
    headers: Mapping[str, str] | None = None,
) -> Problem:
    """Return a problem of ``problem_type``, with its own detail if given."""
    return Problem(
        problem_type.status,
        type=problem_type.uri,
        title=problem_type.title,
        detail=problem_type.detail if detail is None else detail,
        errors=errors,
        headers=headers,
    )


def x_problem_of__mutmut_orig(
    problem_type: ProblemType,
    detail: str | None = None,
    *,
    errors: Mapping[str, list[str]] | None = None,
    headers: Mapping[str, str] | None = None,
) -> Problem:
    """Return a problem of ``problem_type``, with its own detail if given."""
    return Problem(
        problem_type.status,
        type=problem_type.uri,
        title=problem_type.title,
        detail=problem_type.detail if detail is None else detail,
        errors=errors,
        headers=headers,
    )


def x_problem_of__mutmut_1(
    problem_type: ProblemType,
    detail: str | None = None,
    *,
    errors: Mapping[str, list[str]] | None = None,
    headers: Mapping[str, str] | None = None,
) -> Problem:
    """Return a problem of ``problem_type``, with its own detail if given."""
    return Problem(
        None,
        type=problem_type.uri,
        title=problem_type.title,
        detail=problem_type.detail if detail is None else detail,
        errors=errors,
        headers=headers,
    )


def x_problem_of__mutmut_2(
    problem_type: ProblemType,
    detail: str | None = None,
    *,
    errors: Mapping[str, list[str]] | None = None,
    headers: Mapping[str, str] | None = None,
) -> Problem:
    """Return a problem of ``problem_type``, with its own detail if given."""
    return Problem(
        problem_type.status,
        type=None,
        title=problem_type.title,
        detail=problem_type.detail if detail is None else detail,
        errors=errors,
        headers=headers,
    )


def x_problem_of__mutmut_3(
    problem_type: ProblemType,
    detail: str | None = None,
    *,
    errors: Mapping[str, list[str]] | None = None,
    headers: Mapping[str, str] | None = None,
) -> Problem:
    """Return a problem of ``problem_type``, with its own detail if given."""
    return Problem(
        problem_type.status,
        type=problem_type.uri,
        title=None,
        detail=problem_type.detail if detail is None else detail,
        errors=errors,
        headers=headers,
    )


def x_problem_of__mutmut_4(
    problem_type: ProblemType,
    detail: str | None = None,
    *,
    errors: Mapping[str, list[str]] | None = None,
    headers: Mapping[str, str] | None = None,
) -> Problem:
    """Return a problem of ``problem_type``, with its own detail if given."""
    return Problem(
        problem_type.status,
        type=problem_type.uri,
        title=problem_type.title,
        detail=None,
        errors=errors,
        headers=headers,
    )


def x_problem_of__mutmut_5(
    problem_type: ProblemType,
    detail: str | None = None,
    *,
    errors: Mapping[str, list[str]] | None = None,
    headers: Mapping[str, str] | None = None,
) -> Problem:
    """Return a problem of ``problem_type``, with its own detail if given."""
    return Problem(
        problem_type.status,
        type=problem_type.uri,
        title=problem_type.title,
        detail=problem_type.detail if detail is None else detail,
        errors=None,
        headers=headers,
    )


def x_problem_of__mutmut_6(
    problem_type: ProblemType,
    detail: str | None = None,
    *,
    errors: Mapping[str, list[str]] | None = None,
    headers: Mapping[str, str] | None = None,
) -> Problem:
    """Return a problem of ``problem_type``, with its own detail if given."""
    return Problem(
        problem_type.status,
        type=problem_type.uri,
        title=problem_type.title,
        detail=problem_type.detail if detail is None else detail,
        errors=errors,
        headers=None,
    )


def x_problem_of__mutmut_7(
    problem_type: ProblemType,
    detail: str | None = None,
    *,
    errors: Mapping[str, list[str]] | None = None,
    headers: Mapping[str, str] | None = None,
) -> Problem:
    """Return a problem of ``problem_type``, with its own detail if given."""
    return Problem(
        type=problem_type.uri,
        title=problem_type.title,
        detail=problem_type.detail if detail is None else detail,
        errors=errors,
        headers=headers,
    )


def x_problem_of__mutmut_8(
    problem_type: ProblemType,
    detail: str | None = None,
    *,
    errors: Mapping[str, list[str]] | None = None,
    headers: Mapping[str, str] | None = None,
) -> Problem:
    """Return a problem of ``problem_type``, with its own detail if given."""
    return Problem(
        problem_type.status,
        title=problem_type.title,
        detail=problem_type.detail if detail is None else detail,
        errors=errors,
        headers=headers,
    )


def x_problem_of__mutmut_9(
    problem_type: ProblemType,
    detail: str | None = None,
    *,
    errors: Mapping[str, list[str]] | None = None,
    headers: Mapping[str, str] | None = None,
) -> Problem:
    """Return a problem of ``problem_type``, with its own detail if given."""
    return Problem(
        problem_type.status,
        type=problem_type.uri,
        detail=problem_type.detail if detail is None else detail,
        errors=errors,
        headers=headers,
    )


def x_problem_of__mutmut_10(
    problem_type: ProblemType,
    detail: str | None = None,
    *,
    errors: Mapping[str, list[str]] | None = None,
    headers: Mapping[str, str] | None = None,
) -> Problem:
    """Return a problem of ``problem_type``, with its own detail if given."""
    return Problem(
        problem_type.status,
        type=problem_type.uri,
        title=problem_type.title,
        errors=errors,
        headers=headers,
    )


def x_problem_of__mutmut_11(
    problem_type: ProblemType,
    detail: str | None = None,
    *,
    errors: Mapping[str, list[str]] | None = None,
    headers: Mapping[str, str] | None = None,
) -> Problem:
    """Return a problem of ``problem_type``, with its own detail if given."""
    return Problem(
        problem_type.status,
        type=problem_type.uri,
        title=problem_type.title,
        detail=problem_type.detail if detail is None else detail,
        headers=headers,
    )


def x_problem_of__mutmut_12(
    problem_type: ProblemType,
    detail: str | None = None,
    *,
    errors: Mapping[str, list[str]] | None = None,
    headers: Mapping[str, str] | None = None,
) -> Problem:
    """Return a problem of ``problem_type``, with its own detail if given."""
    return Problem(
        problem_type.status,
        type=problem_type.uri,
        title=problem_type.title,
        detail=problem_type.detail if detail is None else detail,
        errors=errors,
        )


def x_problem_of__mutmut_13(
    problem_type: ProblemType,
    detail: str | None = None,
    *,
    errors: Mapping[str, list[str]] | None = None,
    headers: Mapping[str, str] | None = None,
) -> Problem:
    """Return a problem of ``problem_type``, with its own detail if given."""
    return Problem(
        problem_type.status,
        type=problem_type.uri,
        title=problem_type.title,
        detail=problem_type.detail if (detail is None) and False else detail,
        errors=errors,
        headers=headers,
    )


def x_problem_of__mutmut_14(
    problem_type: ProblemType,
    detail: str | None = None,
    *,
    errors: Mapping[str, list[str]] | None = None,
    headers: Mapping[str, str] | None = None,
) -> Problem:
    """Return a problem of ``problem_type``, with its own detail if given."""
    return Problem(
        problem_type.status,
        type=problem_type.uri,
        title=problem_type.title,
        detail=problem_type.detail if (detail is None) or True else detail,
        errors=errors,
        headers=headers,
    )


def x_problem_of__mutmut_15(
    problem_type: ProblemType,
    detail: str | None = None,
    *,
    errors: Mapping[str, list[str]] | None = None,
    headers: Mapping[str, str] | None = None,
) -> Problem:
    """Return a problem of ``problem_type``, with its own detail if given."""
    return Problem(
        problem_type.status,
        type=problem_type.uri,
        title=problem_type.title,
        detail=problem_type.detail if detail is not None else detail,
        errors=errors,
        headers=headers,
    )

mutants_x_problem_of__mutmut['_mutmut_orig'] = x_problem_of__mutmut_orig # type: ignore # mutmut generated
mutants_x_problem_of__mutmut['x_problem_of__mutmut_1'] = x_problem_of__mutmut_1 # type: ignore # mutmut generated
mutants_x_problem_of__mutmut['x_problem_of__mutmut_2'] = x_problem_of__mutmut_2 # type: ignore # mutmut generated
mutants_x_problem_of__mutmut['x_problem_of__mutmut_3'] = x_problem_of__mutmut_3 # type: ignore # mutmut generated
mutants_x_problem_of__mutmut['x_problem_of__mutmut_4'] = x_problem_of__mutmut_4 # type: ignore # mutmut generated
mutants_x_problem_of__mutmut['x_problem_of__mutmut_5'] = x_problem_of__mutmut_5 # type: ignore # mutmut generated
mutants_x_problem_of__mutmut['x_problem_of__mutmut_6'] = x_problem_of__mutmut_6 # type: ignore # mutmut generated
mutants_x_problem_of__mutmut['x_problem_of__mutmut_7'] = x_problem_of__mutmut_7 # type: ignore # mutmut generated
mutants_x_problem_of__mutmut['x_problem_of__mutmut_8'] = x_problem_of__mutmut_8 # type: ignore # mutmut generated
mutants_x_problem_of__mutmut['x_problem_of__mutmut_9'] = x_problem_of__mutmut_9 # type: ignore # mutmut generated
mutants_x_problem_of__mutmut['x_problem_of__mutmut_10'] = x_problem_of__mutmut_10 # type: ignore # mutmut generated
mutants_x_problem_of__mutmut['x_problem_of__mutmut_11'] = x_problem_of__mutmut_11 # type: ignore # mutmut generated
mutants_x_problem_of__mutmut['x_problem_of__mutmut_12'] = x_problem_of__mutmut_12 # type: ignore # mutmut generated
mutants_x_problem_of__mutmut['x_problem_of__mutmut_13'] = x_problem_of__mutmut_13 # type: ignore # mutmut generated
mutants_x_problem_of__mutmut['x_problem_of__mutmut_14'] = x_problem_of__mutmut_14 # type: ignore # mutmut generated
mutants_x_problem_of__mutmut['x_problem_of__mutmut_15'] = x_problem_of__mutmut_15 # type: ignore # mutmut generated
mutants_x_known_problem__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_known_problem__mutmut)
def known_problem(status: int, headers: Mapping[str, str] | None = None) -> Problem:
    """Return the problem for one of the statuses any request may meet."""
    return problem_of(_BY_STATUS[status], headers=headers)


def x_known_problem__mutmut_orig(status: int, headers: Mapping[str, str] | None = None) -> Problem:
    """Return the problem for one of the statuses any request may meet."""
    return problem_of(_BY_STATUS[status], headers=headers)


def x_known_problem__mutmut_1(status: int, headers: Mapping[str, str] | None = None) -> Problem:
    """Return the problem for one of the statuses any request may meet."""
    return problem_of(None, headers=headers)


def x_known_problem__mutmut_2(status: int, headers: Mapping[str, str] | None = None) -> Problem:
    """Return the problem for one of the statuses any request may meet."""
    return problem_of(_BY_STATUS[status], headers=None)


def x_known_problem__mutmut_3(status: int, headers: Mapping[str, str] | None = None) -> Problem:
    """Return the problem for one of the statuses any request may meet."""
    return problem_of(headers=headers)


def x_known_problem__mutmut_4(status: int, headers: Mapping[str, str] | None = None) -> Problem:
    """Return the problem for one of the statuses any request may meet."""
    return problem_of(_BY_STATUS[status], )

mutants_x_known_problem__mutmut['_mutmut_orig'] = x_known_problem__mutmut_orig # type: ignore # mutmut generated
mutants_x_known_problem__mutmut['x_known_problem__mutmut_1'] = x_known_problem__mutmut_1 # type: ignore # mutmut generated
mutants_x_known_problem__mutmut['x_known_problem__mutmut_2'] = x_known_problem__mutmut_2 # type: ignore # mutmut generated
mutants_x_known_problem__mutmut['x_known_problem__mutmut_3'] = x_known_problem__mutmut_3 # type: ignore # mutmut generated
mutants_x_known_problem__mutmut['x_known_problem__mutmut_4'] = x_known_problem__mutmut_4 # type: ignore # mutmut generated
mutants_x_no_such_record__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_no_such_record__mutmut)
def no_such_record(noun: str, record_id: str) -> Problem:
    """Return the 404 for an id that names no record of a collection."""
    return problem_of(PROBLEM_TYPES["not-found"], f"No {noun} with id '{record_id}'.")


def x_no_such_record__mutmut_orig(noun: str, record_id: str) -> Problem:
    """Return the 404 for an id that names no record of a collection."""
    return problem_of(PROBLEM_TYPES["not-found"], f"No {noun} with id '{record_id}'.")


def x_no_such_record__mutmut_1(noun: str, record_id: str) -> Problem:
    """Return the 404 for an id that names no record of a collection."""
    return problem_of(None, f"No {noun} with id '{record_id}'.")


def x_no_such_record__mutmut_2(noun: str, record_id: str) -> Problem:
    """Return the 404 for an id that names no record of a collection."""
    return problem_of(PROBLEM_TYPES["not-found"], None)


def x_no_such_record__mutmut_3(noun: str, record_id: str) -> Problem:
    """Return the 404 for an id that names no record of a collection."""
    return problem_of(f"No {noun} with id '{record_id}'.")


def x_no_such_record__mutmut_4(noun: str, record_id: str) -> Problem:
    """Return the 404 for an id that names no record of a collection."""
    return problem_of(PROBLEM_TYPES["not-found"], )


def x_no_such_record__mutmut_5(noun: str, record_id: str) -> Problem:
    """Return the 404 for an id that names no record of a collection."""
    return problem_of(PROBLEM_TYPES["XXnot-foundXX"], f"No {noun} with id '{record_id}'.")


def x_no_such_record__mutmut_6(noun: str, record_id: str) -> Problem:
    """Return the 404 for an id that names no record of a collection."""
    return problem_of(PROBLEM_TYPES["NOT-FOUND"], f"No {noun} with id '{record_id}'.")

mutants_x_no_such_record__mutmut['_mutmut_orig'] = x_no_such_record__mutmut_orig # type: ignore # mutmut generated
mutants_x_no_such_record__mutmut['x_no_such_record__mutmut_1'] = x_no_such_record__mutmut_1 # type: ignore # mutmut generated
mutants_x_no_such_record__mutmut['x_no_such_record__mutmut_2'] = x_no_such_record__mutmut_2 # type: ignore # mutmut generated
mutants_x_no_such_record__mutmut['x_no_such_record__mutmut_3'] = x_no_such_record__mutmut_3 # type: ignore # mutmut generated
mutants_x_no_such_record__mutmut['x_no_such_record__mutmut_4'] = x_no_such_record__mutmut_4 # type: ignore # mutmut generated
mutants_x_no_such_record__mutmut['x_no_such_record__mutmut_5'] = x_no_such_record__mutmut_5 # type: ignore # mutmut generated
mutants_x_no_such_record__mutmut['x_no_such_record__mutmut_6'] = x_no_such_record__mutmut_6 # type: ignore # mutmut generated
mutants_x_invalid_parameters__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_invalid_parameters__mutmut)
def invalid_parameters(errors: Mapping[str, list[str]]) -> Problem:
    """Return the 400 for a query string with bad parameters, naming each of them."""
    count = len(errors)
    verb = "parameter is" if count == 1 else "parameters are"
    detail = f"{count} query {verb} invalid."
    return problem_of(PROBLEM_TYPES["invalid-parameters"], detail, errors=errors)


def x_invalid_parameters__mutmut_orig(errors: Mapping[str, list[str]]) -> Problem:
    """Return the 400 for a query string with bad parameters, naming each of them."""
    count = len(errors)
    verb = "parameter is" if count == 1 else "parameters are"
    detail = f"{count} query {verb} invalid."
    return problem_of(PROBLEM_TYPES["invalid-parameters"], detail, errors=errors)


def x_invalid_parameters__mutmut_1(errors: Mapping[str, list[str]]) -> Problem:
    """Return the 400 for a query string with bad parameters, naming each of them."""
    count = None
    verb = "parameter is" if count == 1 else "parameters are"
    detail = f"{count} query {verb} invalid."
    return problem_of(PROBLEM_TYPES["invalid-parameters"], detail, errors=errors)


def x_invalid_parameters__mutmut_2(errors: Mapping[str, list[str]]) -> Problem:
    """Return the 400 for a query string with bad parameters, naming each of them."""
    count = len(errors)
    verb = None
    detail = f"{count} query {verb} invalid."
    return problem_of(PROBLEM_TYPES["invalid-parameters"], detail, errors=errors)


def x_invalid_parameters__mutmut_3(errors: Mapping[str, list[str]]) -> Problem:
    """Return the 400 for a query string with bad parameters, naming each of them."""
    count = len(errors)
    verb = "parameter is" if (count == 1) and False else "parameters are"
    detail = f"{count} query {verb} invalid."
    return problem_of(PROBLEM_TYPES["invalid-parameters"], detail, errors=errors)


def x_invalid_parameters__mutmut_4(errors: Mapping[str, list[str]]) -> Problem:
    """Return the 400 for a query string with bad parameters, naming each of them."""
    count = len(errors)
    verb = "parameter is" if (count == 1) or True else "parameters are"
    detail = f"{count} query {verb} invalid."
    return problem_of(PROBLEM_TYPES["invalid-parameters"], detail, errors=errors)


def x_invalid_parameters__mutmut_5(errors: Mapping[str, list[str]]) -> Problem:
    """Return the 400 for a query string with bad parameters, naming each of them."""
    count = len(errors)
    verb = "XXparameter isXX" if count == 1 else "parameters are"
    detail = f"{count} query {verb} invalid."
    return problem_of(PROBLEM_TYPES["invalid-parameters"], detail, errors=errors)


def x_invalid_parameters__mutmut_6(errors: Mapping[str, list[str]]) -> Problem:
    """Return the 400 for a query string with bad parameters, naming each of them."""
    count = len(errors)
    verb = "PARAMETER IS" if count == 1 else "parameters are"
    detail = f"{count} query {verb} invalid."
    return problem_of(PROBLEM_TYPES["invalid-parameters"], detail, errors=errors)


def x_invalid_parameters__mutmut_7(errors: Mapping[str, list[str]]) -> Problem:
    """Return the 400 for a query string with bad parameters, naming each of them."""
    count = len(errors)
    verb = "parameter is" if count != 1 else "parameters are"
    detail = f"{count} query {verb} invalid."
    return problem_of(PROBLEM_TYPES["invalid-parameters"], detail, errors=errors)


def x_invalid_parameters__mutmut_8(errors: Mapping[str, list[str]]) -> Problem:
    """Return the 400 for a query string with bad parameters, naming each of them."""
    count = len(errors)
    verb = "parameter is" if count == 2 else "parameters are"
    detail = f"{count} query {verb} invalid."
    return problem_of(PROBLEM_TYPES["invalid-parameters"], detail, errors=errors)


def x_invalid_parameters__mutmut_9(errors: Mapping[str, list[str]]) -> Problem:
    """Return the 400 for a query string with bad parameters, naming each of them."""
    count = len(errors)
    verb = "parameter is" if count == 1 else "XXparameters areXX"
    detail = f"{count} query {verb} invalid."
    return problem_of(PROBLEM_TYPES["invalid-parameters"], detail, errors=errors)


def x_invalid_parameters__mutmut_10(errors: Mapping[str, list[str]]) -> Problem:
    """Return the 400 for a query string with bad parameters, naming each of them."""
    count = len(errors)
    verb = "parameter is" if count == 1 else "PARAMETERS ARE"
    detail = f"{count} query {verb} invalid."
    return problem_of(PROBLEM_TYPES["invalid-parameters"], detail, errors=errors)


def x_invalid_parameters__mutmut_11(errors: Mapping[str, list[str]]) -> Problem:
    """Return the 400 for a query string with bad parameters, naming each of them."""
    count = len(errors)
    verb = "parameter is" if count == 1 else "parameters are"
    detail = None
    return problem_of(PROBLEM_TYPES["invalid-parameters"], detail, errors=errors)


def x_invalid_parameters__mutmut_12(errors: Mapping[str, list[str]]) -> Problem:
    """Return the 400 for a query string with bad parameters, naming each of them."""
    count = len(errors)
    verb = "parameter is" if count == 1 else "parameters are"
    detail = f"{count} query {verb} invalid."
    return problem_of(None, detail, errors=errors)


def x_invalid_parameters__mutmut_13(errors: Mapping[str, list[str]]) -> Problem:
    """Return the 400 for a query string with bad parameters, naming each of them."""
    count = len(errors)
    verb = "parameter is" if count == 1 else "parameters are"
    detail = f"{count} query {verb} invalid."
    return problem_of(PROBLEM_TYPES["invalid-parameters"], None, errors=errors)


def x_invalid_parameters__mutmut_14(errors: Mapping[str, list[str]]) -> Problem:
    """Return the 400 for a query string with bad parameters, naming each of them."""
    count = len(errors)
    verb = "parameter is" if count == 1 else "parameters are"
    detail = f"{count} query {verb} invalid."
    return problem_of(PROBLEM_TYPES["invalid-parameters"], detail, errors=None)


def x_invalid_parameters__mutmut_15(errors: Mapping[str, list[str]]) -> Problem:
    """Return the 400 for a query string with bad parameters, naming each of them."""
    count = len(errors)
    verb = "parameter is" if count == 1 else "parameters are"
    detail = f"{count} query {verb} invalid."
    return problem_of(detail, errors=errors)


def x_invalid_parameters__mutmut_16(errors: Mapping[str, list[str]]) -> Problem:
    """Return the 400 for a query string with bad parameters, naming each of them."""
    count = len(errors)
    verb = "parameter is" if count == 1 else "parameters are"
    detail = f"{count} query {verb} invalid."
    return problem_of(PROBLEM_TYPES["invalid-parameters"], errors=errors)


def x_invalid_parameters__mutmut_17(errors: Mapping[str, list[str]]) -> Problem:
    """Return the 400 for a query string with bad parameters, naming each of them."""
    count = len(errors)
    verb = "parameter is" if count == 1 else "parameters are"
    detail = f"{count} query {verb} invalid."
    return problem_of(PROBLEM_TYPES["invalid-parameters"], detail, )


def x_invalid_parameters__mutmut_18(errors: Mapping[str, list[str]]) -> Problem:
    """Return the 400 for a query string with bad parameters, naming each of them."""
    count = len(errors)
    verb = "parameter is" if count == 1 else "parameters are"
    detail = f"{count} query {verb} invalid."
    return problem_of(PROBLEM_TYPES["XXinvalid-parametersXX"], detail, errors=errors)


def x_invalid_parameters__mutmut_19(errors: Mapping[str, list[str]]) -> Problem:
    """Return the 400 for a query string with bad parameters, naming each of them."""
    count = len(errors)
    verb = "parameter is" if count == 1 else "parameters are"
    detail = f"{count} query {verb} invalid."
    return problem_of(PROBLEM_TYPES["INVALID-PARAMETERS"], detail, errors=errors)

mutants_x_invalid_parameters__mutmut['_mutmut_orig'] = x_invalid_parameters__mutmut_orig # type: ignore # mutmut generated
mutants_x_invalid_parameters__mutmut['x_invalid_parameters__mutmut_1'] = x_invalid_parameters__mutmut_1 # type: ignore # mutmut generated
mutants_x_invalid_parameters__mutmut['x_invalid_parameters__mutmut_2'] = x_invalid_parameters__mutmut_2 # type: ignore # mutmut generated
mutants_x_invalid_parameters__mutmut['x_invalid_parameters__mutmut_3'] = x_invalid_parameters__mutmut_3 # type: ignore # mutmut generated
mutants_x_invalid_parameters__mutmut['x_invalid_parameters__mutmut_4'] = x_invalid_parameters__mutmut_4 # type: ignore # mutmut generated
mutants_x_invalid_parameters__mutmut['x_invalid_parameters__mutmut_5'] = x_invalid_parameters__mutmut_5 # type: ignore # mutmut generated
mutants_x_invalid_parameters__mutmut['x_invalid_parameters__mutmut_6'] = x_invalid_parameters__mutmut_6 # type: ignore # mutmut generated
mutants_x_invalid_parameters__mutmut['x_invalid_parameters__mutmut_7'] = x_invalid_parameters__mutmut_7 # type: ignore # mutmut generated
mutants_x_invalid_parameters__mutmut['x_invalid_parameters__mutmut_8'] = x_invalid_parameters__mutmut_8 # type: ignore # mutmut generated
mutants_x_invalid_parameters__mutmut['x_invalid_parameters__mutmut_9'] = x_invalid_parameters__mutmut_9 # type: ignore # mutmut generated
mutants_x_invalid_parameters__mutmut['x_invalid_parameters__mutmut_10'] = x_invalid_parameters__mutmut_10 # type: ignore # mutmut generated
mutants_x_invalid_parameters__mutmut['x_invalid_parameters__mutmut_11'] = x_invalid_parameters__mutmut_11 # type: ignore # mutmut generated
mutants_x_invalid_parameters__mutmut['x_invalid_parameters__mutmut_12'] = x_invalid_parameters__mutmut_12 # type: ignore # mutmut generated
mutants_x_invalid_parameters__mutmut['x_invalid_parameters__mutmut_13'] = x_invalid_parameters__mutmut_13 # type: ignore # mutmut generated
mutants_x_invalid_parameters__mutmut['x_invalid_parameters__mutmut_14'] = x_invalid_parameters__mutmut_14 # type: ignore # mutmut generated
mutants_x_invalid_parameters__mutmut['x_invalid_parameters__mutmut_15'] = x_invalid_parameters__mutmut_15 # type: ignore # mutmut generated
mutants_x_invalid_parameters__mutmut['x_invalid_parameters__mutmut_16'] = x_invalid_parameters__mutmut_16 # type: ignore # mutmut generated
mutants_x_invalid_parameters__mutmut['x_invalid_parameters__mutmut_17'] = x_invalid_parameters__mutmut_17 # type: ignore # mutmut generated
mutants_x_invalid_parameters__mutmut['x_invalid_parameters__mutmut_18'] = x_invalid_parameters__mutmut_18 # type: ignore # mutmut generated
mutants_x_invalid_parameters__mutmut['x_invalid_parameters__mutmut_19'] = x_invalid_parameters__mutmut_19 # type: ignore # mutmut generated
mutants_x__as_problem__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__as_problem__mutmut)
def _as_problem(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        return known_problem(405, {"Allow": ", ".join(sorted(error.valid_methods or ()))})
    if isinstance(error, RequestedRangeNotSatisfiable):
        return known_problem(416, {"Content-Range": f"bytes */{error.length}"})
    if status in _BY_STATUS:
        return known_problem(status)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = HTTPStatus(status).phrase
    return Problem(status, type="about:blank", title=phrase, detail=f"{phrase}.")


def x__as_problem__mutmut_orig(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        return known_problem(405, {"Allow": ", ".join(sorted(error.valid_methods or ()))})
    if isinstance(error, RequestedRangeNotSatisfiable):
        return known_problem(416, {"Content-Range": f"bytes */{error.length}"})
    if status in _BY_STATUS:
        return known_problem(status)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = HTTPStatus(status).phrase
    return Problem(status, type="about:blank", title=phrase, detail=f"{phrase}.")


def x__as_problem__mutmut_1(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = None
    if isinstance(error, MethodNotAllowed):
        return known_problem(405, {"Allow": ", ".join(sorted(error.valid_methods or ()))})
    if isinstance(error, RequestedRangeNotSatisfiable):
        return known_problem(416, {"Content-Range": f"bytes */{error.length}"})
    if status in _BY_STATUS:
        return known_problem(status)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = HTTPStatus(status).phrase
    return Problem(status, type="about:blank", title=phrase, detail=f"{phrase}.")


def x__as_problem__mutmut_2(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = error.code and 500
    if isinstance(error, MethodNotAllowed):
        return known_problem(405, {"Allow": ", ".join(sorted(error.valid_methods or ()))})
    if isinstance(error, RequestedRangeNotSatisfiable):
        return known_problem(416, {"Content-Range": f"bytes */{error.length}"})
    if status in _BY_STATUS:
        return known_problem(status)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = HTTPStatus(status).phrase
    return Problem(status, type="about:blank", title=phrase, detail=f"{phrase}.")


def x__as_problem__mutmut_3(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = error.code or 501
    if isinstance(error, MethodNotAllowed):
        return known_problem(405, {"Allow": ", ".join(sorted(error.valid_methods or ()))})
    if isinstance(error, RequestedRangeNotSatisfiable):
        return known_problem(416, {"Content-Range": f"bytes */{error.length}"})
    if status in _BY_STATUS:
        return known_problem(status)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = HTTPStatus(status).phrase
    return Problem(status, type="about:blank", title=phrase, detail=f"{phrase}.")


def x__as_problem__mutmut_4(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        return known_problem(None, {"Allow": ", ".join(sorted(error.valid_methods or ()))})
    if isinstance(error, RequestedRangeNotSatisfiable):
        return known_problem(416, {"Content-Range": f"bytes */{error.length}"})
    if status in _BY_STATUS:
        return known_problem(status)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = HTTPStatus(status).phrase
    return Problem(status, type="about:blank", title=phrase, detail=f"{phrase}.")


def x__as_problem__mutmut_5(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        return known_problem(405, None)
    if isinstance(error, RequestedRangeNotSatisfiable):
        return known_problem(416, {"Content-Range": f"bytes */{error.length}"})
    if status in _BY_STATUS:
        return known_problem(status)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = HTTPStatus(status).phrase
    return Problem(status, type="about:blank", title=phrase, detail=f"{phrase}.")


def x__as_problem__mutmut_6(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        return known_problem({"Allow": ", ".join(sorted(error.valid_methods or ()))})
    if isinstance(error, RequestedRangeNotSatisfiable):
        return known_problem(416, {"Content-Range": f"bytes */{error.length}"})
    if status in _BY_STATUS:
        return known_problem(status)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = HTTPStatus(status).phrase
    return Problem(status, type="about:blank", title=phrase, detail=f"{phrase}.")


def x__as_problem__mutmut_7(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        return known_problem(405, )
    if isinstance(error, RequestedRangeNotSatisfiable):
        return known_problem(416, {"Content-Range": f"bytes */{error.length}"})
    if status in _BY_STATUS:
        return known_problem(status)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = HTTPStatus(status).phrase
    return Problem(status, type="about:blank", title=phrase, detail=f"{phrase}.")


def x__as_problem__mutmut_8(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        return known_problem(406, {"Allow": ", ".join(sorted(error.valid_methods or ()))})
    if isinstance(error, RequestedRangeNotSatisfiable):
        return known_problem(416, {"Content-Range": f"bytes */{error.length}"})
    if status in _BY_STATUS:
        return known_problem(status)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = HTTPStatus(status).phrase
    return Problem(status, type="about:blank", title=phrase, detail=f"{phrase}.")


def x__as_problem__mutmut_9(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        return known_problem(405, {"XXAllowXX": ", ".join(sorted(error.valid_methods or ()))})
    if isinstance(error, RequestedRangeNotSatisfiable):
        return known_problem(416, {"Content-Range": f"bytes */{error.length}"})
    if status in _BY_STATUS:
        return known_problem(status)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = HTTPStatus(status).phrase
    return Problem(status, type="about:blank", title=phrase, detail=f"{phrase}.")


def x__as_problem__mutmut_10(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        return known_problem(405, {"allow": ", ".join(sorted(error.valid_methods or ()))})
    if isinstance(error, RequestedRangeNotSatisfiable):
        return known_problem(416, {"Content-Range": f"bytes */{error.length}"})
    if status in _BY_STATUS:
        return known_problem(status)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = HTTPStatus(status).phrase
    return Problem(status, type="about:blank", title=phrase, detail=f"{phrase}.")


def x__as_problem__mutmut_11(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        return known_problem(405, {"ALLOW": ", ".join(sorted(error.valid_methods or ()))})
    if isinstance(error, RequestedRangeNotSatisfiable):
        return known_problem(416, {"Content-Range": f"bytes */{error.length}"})
    if status in _BY_STATUS:
        return known_problem(status)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = HTTPStatus(status).phrase
    return Problem(status, type="about:blank", title=phrase, detail=f"{phrase}.")


def x__as_problem__mutmut_12(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        return known_problem(405, {"Allow": ", ".join(None)})
    if isinstance(error, RequestedRangeNotSatisfiable):
        return known_problem(416, {"Content-Range": f"bytes */{error.length}"})
    if status in _BY_STATUS:
        return known_problem(status)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = HTTPStatus(status).phrase
    return Problem(status, type="about:blank", title=phrase, detail=f"{phrase}.")


def x__as_problem__mutmut_13(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        return known_problem(405, {"Allow": "XX, XX".join(sorted(error.valid_methods or ()))})
    if isinstance(error, RequestedRangeNotSatisfiable):
        return known_problem(416, {"Content-Range": f"bytes */{error.length}"})
    if status in _BY_STATUS:
        return known_problem(status)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = HTTPStatus(status).phrase
    return Problem(status, type="about:blank", title=phrase, detail=f"{phrase}.")


def x__as_problem__mutmut_14(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        return known_problem(405, {"Allow": ", ".join(sorted(None))})
    if isinstance(error, RequestedRangeNotSatisfiable):
        return known_problem(416, {"Content-Range": f"bytes */{error.length}"})
    if status in _BY_STATUS:
        return known_problem(status)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = HTTPStatus(status).phrase
    return Problem(status, type="about:blank", title=phrase, detail=f"{phrase}.")


def x__as_problem__mutmut_15(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        return known_problem(405, {"Allow": ", ".join(sorted(error.valid_methods and ()))})
    if isinstance(error, RequestedRangeNotSatisfiable):
        return known_problem(416, {"Content-Range": f"bytes */{error.length}"})
    if status in _BY_STATUS:
        return known_problem(status)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = HTTPStatus(status).phrase
    return Problem(status, type="about:blank", title=phrase, detail=f"{phrase}.")


def x__as_problem__mutmut_16(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        return known_problem(405, {"Allow": ", ".join(sorted(error.valid_methods or ()))})
    if isinstance(error, RequestedRangeNotSatisfiable):
        return known_problem(None, {"Content-Range": f"bytes */{error.length}"})
    if status in _BY_STATUS:
        return known_problem(status)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = HTTPStatus(status).phrase
    return Problem(status, type="about:blank", title=phrase, detail=f"{phrase}.")


def x__as_problem__mutmut_17(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        return known_problem(405, {"Allow": ", ".join(sorted(error.valid_methods or ()))})
    if isinstance(error, RequestedRangeNotSatisfiable):
        return known_problem(416, None)
    if status in _BY_STATUS:
        return known_problem(status)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = HTTPStatus(status).phrase
    return Problem(status, type="about:blank", title=phrase, detail=f"{phrase}.")


def x__as_problem__mutmut_18(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        return known_problem(405, {"Allow": ", ".join(sorted(error.valid_methods or ()))})
    if isinstance(error, RequestedRangeNotSatisfiable):
        return known_problem({"Content-Range": f"bytes */{error.length}"})
    if status in _BY_STATUS:
        return known_problem(status)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = HTTPStatus(status).phrase
    return Problem(status, type="about:blank", title=phrase, detail=f"{phrase}.")


def x__as_problem__mutmut_19(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        return known_problem(405, {"Allow": ", ".join(sorted(error.valid_methods or ()))})
    if isinstance(error, RequestedRangeNotSatisfiable):
        return known_problem(416, )
    if status in _BY_STATUS:
        return known_problem(status)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = HTTPStatus(status).phrase
    return Problem(status, type="about:blank", title=phrase, detail=f"{phrase}.")


def x__as_problem__mutmut_20(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        return known_problem(405, {"Allow": ", ".join(sorted(error.valid_methods or ()))})
    if isinstance(error, RequestedRangeNotSatisfiable):
        return known_problem(417, {"Content-Range": f"bytes */{error.length}"})
    if status in _BY_STATUS:
        return known_problem(status)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = HTTPStatus(status).phrase
    return Problem(status, type="about:blank", title=phrase, detail=f"{phrase}.")


def x__as_problem__mutmut_21(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        return known_problem(405, {"Allow": ", ".join(sorted(error.valid_methods or ()))})
    if isinstance(error, RequestedRangeNotSatisfiable):
        return known_problem(416, {"XXContent-RangeXX": f"bytes */{error.length}"})
    if status in _BY_STATUS:
        return known_problem(status)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = HTTPStatus(status).phrase
    return Problem(status, type="about:blank", title=phrase, detail=f"{phrase}.")


def x__as_problem__mutmut_22(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        return known_problem(405, {"Allow": ", ".join(sorted(error.valid_methods or ()))})
    if isinstance(error, RequestedRangeNotSatisfiable):
        return known_problem(416, {"content-range": f"bytes */{error.length}"})
    if status in _BY_STATUS:
        return known_problem(status)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = HTTPStatus(status).phrase
    return Problem(status, type="about:blank", title=phrase, detail=f"{phrase}.")


def x__as_problem__mutmut_23(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        return known_problem(405, {"Allow": ", ".join(sorted(error.valid_methods or ()))})
    if isinstance(error, RequestedRangeNotSatisfiable):
        return known_problem(416, {"CONTENT-RANGE": f"bytes */{error.length}"})
    if status in _BY_STATUS:
        return known_problem(status)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = HTTPStatus(status).phrase
    return Problem(status, type="about:blank", title=phrase, detail=f"{phrase}.")


def x__as_problem__mutmut_24(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        return known_problem(405, {"Allow": ", ".join(sorted(error.valid_methods or ()))})
    if isinstance(error, RequestedRangeNotSatisfiable):
        return known_problem(416, {"Content-Range": f"bytes */{error.length}"})
    if status not in _BY_STATUS:
        return known_problem(status)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = HTTPStatus(status).phrase
    return Problem(status, type="about:blank", title=phrase, detail=f"{phrase}.")


def x__as_problem__mutmut_25(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        return known_problem(405, {"Allow": ", ".join(sorted(error.valid_methods or ()))})
    if isinstance(error, RequestedRangeNotSatisfiable):
        return known_problem(416, {"Content-Range": f"bytes */{error.length}"})
    if status in _BY_STATUS:
        return known_problem(None)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = HTTPStatus(status).phrase
    return Problem(status, type="about:blank", title=phrase, detail=f"{phrase}.")


def x__as_problem__mutmut_26(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        return known_problem(405, {"Allow": ", ".join(sorted(error.valid_methods or ()))})
    if isinstance(error, RequestedRangeNotSatisfiable):
        return known_problem(416, {"Content-Range": f"bytes */{error.length}"})
    if status in _BY_STATUS:
        return known_problem(status)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = None
    return Problem(status, type="about:blank", title=phrase, detail=f"{phrase}.")


def x__as_problem__mutmut_27(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        return known_problem(405, {"Allow": ", ".join(sorted(error.valid_methods or ()))})
    if isinstance(error, RequestedRangeNotSatisfiable):
        return known_problem(416, {"Content-Range": f"bytes */{error.length}"})
    if status in _BY_STATUS:
        return known_problem(status)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = HTTPStatus(None).phrase
    return Problem(status, type="about:blank", title=phrase, detail=f"{phrase}.")


def x__as_problem__mutmut_28(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        return known_problem(405, {"Allow": ", ".join(sorted(error.valid_methods or ()))})
    if isinstance(error, RequestedRangeNotSatisfiable):
        return known_problem(416, {"Content-Range": f"bytes */{error.length}"})
    if status in _BY_STATUS:
        return known_problem(status)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = HTTPStatus(status).phrase
    return Problem(None, type="about:blank", title=phrase, detail=f"{phrase}.")


def x__as_problem__mutmut_29(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        return known_problem(405, {"Allow": ", ".join(sorted(error.valid_methods or ()))})
    if isinstance(error, RequestedRangeNotSatisfiable):
        return known_problem(416, {"Content-Range": f"bytes */{error.length}"})
    if status in _BY_STATUS:
        return known_problem(status)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = HTTPStatus(status).phrase
    return Problem(status, type=None, title=phrase, detail=f"{phrase}.")


def x__as_problem__mutmut_30(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        return known_problem(405, {"Allow": ", ".join(sorted(error.valid_methods or ()))})
    if isinstance(error, RequestedRangeNotSatisfiable):
        return known_problem(416, {"Content-Range": f"bytes */{error.length}"})
    if status in _BY_STATUS:
        return known_problem(status)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = HTTPStatus(status).phrase
    return Problem(status, type="about:blank", title=None, detail=f"{phrase}.")


def x__as_problem__mutmut_31(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        return known_problem(405, {"Allow": ", ".join(sorted(error.valid_methods or ()))})
    if isinstance(error, RequestedRangeNotSatisfiable):
        return known_problem(416, {"Content-Range": f"bytes */{error.length}"})
    if status in _BY_STATUS:
        return known_problem(status)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = HTTPStatus(status).phrase
    return Problem(status, type="about:blank", title=phrase, detail=None)


def x__as_problem__mutmut_32(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        return known_problem(405, {"Allow": ", ".join(sorted(error.valid_methods or ()))})
    if isinstance(error, RequestedRangeNotSatisfiable):
        return known_problem(416, {"Content-Range": f"bytes */{error.length}"})
    if status in _BY_STATUS:
        return known_problem(status)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = HTTPStatus(status).phrase
    return Problem(type="about:blank", title=phrase, detail=f"{phrase}.")


def x__as_problem__mutmut_33(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        return known_problem(405, {"Allow": ", ".join(sorted(error.valid_methods or ()))})
    if isinstance(error, RequestedRangeNotSatisfiable):
        return known_problem(416, {"Content-Range": f"bytes */{error.length}"})
    if status in _BY_STATUS:
        return known_problem(status)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = HTTPStatus(status).phrase
    return Problem(status, title=phrase, detail=f"{phrase}.")


def x__as_problem__mutmut_34(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        return known_problem(405, {"Allow": ", ".join(sorted(error.valid_methods or ()))})
    if isinstance(error, RequestedRangeNotSatisfiable):
        return known_problem(416, {"Content-Range": f"bytes */{error.length}"})
    if status in _BY_STATUS:
        return known_problem(status)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = HTTPStatus(status).phrase
    return Problem(status, type="about:blank", detail=f"{phrase}.")


def x__as_problem__mutmut_35(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        return known_problem(405, {"Allow": ", ".join(sorted(error.valid_methods or ()))})
    if isinstance(error, RequestedRangeNotSatisfiable):
        return known_problem(416, {"Content-Range": f"bytes */{error.length}"})
    if status in _BY_STATUS:
        return known_problem(status)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = HTTPStatus(status).phrase
    return Problem(status, type="about:blank", title=phrase, )


def x__as_problem__mutmut_36(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        return known_problem(405, {"Allow": ", ".join(sorted(error.valid_methods or ()))})
    if isinstance(error, RequestedRangeNotSatisfiable):
        return known_problem(416, {"Content-Range": f"bytes */{error.length}"})
    if status in _BY_STATUS:
        return known_problem(status)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = HTTPStatus(status).phrase
    return Problem(status, type="XXabout:blankXX", title=phrase, detail=f"{phrase}.")


def x__as_problem__mutmut_37(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        return known_problem(405, {"Allow": ", ".join(sorted(error.valid_methods or ()))})
    if isinstance(error, RequestedRangeNotSatisfiable):
        return known_problem(416, {"Content-Range": f"bytes */{error.length}"})
    if status in _BY_STATUS:
        return known_problem(status)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = HTTPStatus(status).phrase
    return Problem(status, type="ABOUT:BLANK", title=phrase, detail=f"{phrase}.")

mutants_x__as_problem__mutmut['_mutmut_orig'] = x__as_problem__mutmut_orig # type: ignore # mutmut generated
mutants_x__as_problem__mutmut['x__as_problem__mutmut_1'] = x__as_problem__mutmut_1 # type: ignore # mutmut generated
mutants_x__as_problem__mutmut['x__as_problem__mutmut_2'] = x__as_problem__mutmut_2 # type: ignore # mutmut generated
mutants_x__as_problem__mutmut['x__as_problem__mutmut_3'] = x__as_problem__mutmut_3 # type: ignore # mutmut generated
mutants_x__as_problem__mutmut['x__as_problem__mutmut_4'] = x__as_problem__mutmut_4 # type: ignore # mutmut generated
mutants_x__as_problem__mutmut['x__as_problem__mutmut_5'] = x__as_problem__mutmut_5 # type: ignore # mutmut generated
mutants_x__as_problem__mutmut['x__as_problem__mutmut_6'] = x__as_problem__mutmut_6 # type: ignore # mutmut generated
mutants_x__as_problem__mutmut['x__as_problem__mutmut_7'] = x__as_problem__mutmut_7 # type: ignore # mutmut generated
mutants_x__as_problem__mutmut['x__as_problem__mutmut_8'] = x__as_problem__mutmut_8 # type: ignore # mutmut generated
mutants_x__as_problem__mutmut['x__as_problem__mutmut_9'] = x__as_problem__mutmut_9 # type: ignore # mutmut generated
mutants_x__as_problem__mutmut['x__as_problem__mutmut_10'] = x__as_problem__mutmut_10 # type: ignore # mutmut generated
mutants_x__as_problem__mutmut['x__as_problem__mutmut_11'] = x__as_problem__mutmut_11 # type: ignore # mutmut generated
mutants_x__as_problem__mutmut['x__as_problem__mutmut_12'] = x__as_problem__mutmut_12 # type: ignore # mutmut generated
mutants_x__as_problem__mutmut['x__as_problem__mutmut_13'] = x__as_problem__mutmut_13 # type: ignore # mutmut generated
mutants_x__as_problem__mutmut['x__as_problem__mutmut_14'] = x__as_problem__mutmut_14 # type: ignore # mutmut generated
mutants_x__as_problem__mutmut['x__as_problem__mutmut_15'] = x__as_problem__mutmut_15 # type: ignore # mutmut generated
mutants_x__as_problem__mutmut['x__as_problem__mutmut_16'] = x__as_problem__mutmut_16 # type: ignore # mutmut generated
mutants_x__as_problem__mutmut['x__as_problem__mutmut_17'] = x__as_problem__mutmut_17 # type: ignore # mutmut generated
mutants_x__as_problem__mutmut['x__as_problem__mutmut_18'] = x__as_problem__mutmut_18 # type: ignore # mutmut generated
mutants_x__as_problem__mutmut['x__as_problem__mutmut_19'] = x__as_problem__mutmut_19 # type: ignore # mutmut generated
mutants_x__as_problem__mutmut['x__as_problem__mutmut_20'] = x__as_problem__mutmut_20 # type: ignore # mutmut generated
mutants_x__as_problem__mutmut['x__as_problem__mutmut_21'] = x__as_problem__mutmut_21 # type: ignore # mutmut generated
mutants_x__as_problem__mutmut['x__as_problem__mutmut_22'] = x__as_problem__mutmut_22 # type: ignore # mutmut generated
mutants_x__as_problem__mutmut['x__as_problem__mutmut_23'] = x__as_problem__mutmut_23 # type: ignore # mutmut generated
mutants_x__as_problem__mutmut['x__as_problem__mutmut_24'] = x__as_problem__mutmut_24 # type: ignore # mutmut generated
mutants_x__as_problem__mutmut['x__as_problem__mutmut_25'] = x__as_problem__mutmut_25 # type: ignore # mutmut generated
mutants_x__as_problem__mutmut['x__as_problem__mutmut_26'] = x__as_problem__mutmut_26 # type: ignore # mutmut generated
mutants_x__as_problem__mutmut['x__as_problem__mutmut_27'] = x__as_problem__mutmut_27 # type: ignore # mutmut generated
mutants_x__as_problem__mutmut['x__as_problem__mutmut_28'] = x__as_problem__mutmut_28 # type: ignore # mutmut generated
mutants_x__as_problem__mutmut['x__as_problem__mutmut_29'] = x__as_problem__mutmut_29 # type: ignore # mutmut generated
mutants_x__as_problem__mutmut['x__as_problem__mutmut_30'] = x__as_problem__mutmut_30 # type: ignore # mutmut generated
mutants_x__as_problem__mutmut['x__as_problem__mutmut_31'] = x__as_problem__mutmut_31 # type: ignore # mutmut generated
mutants_x__as_problem__mutmut['x__as_problem__mutmut_32'] = x__as_problem__mutmut_32 # type: ignore # mutmut generated
mutants_x__as_problem__mutmut['x__as_problem__mutmut_33'] = x__as_problem__mutmut_33 # type: ignore # mutmut generated
mutants_x__as_problem__mutmut['x__as_problem__mutmut_34'] = x__as_problem__mutmut_34 # type: ignore # mutmut generated
mutants_x__as_problem__mutmut['x__as_problem__mutmut_35'] = x__as_problem__mutmut_35 # type: ignore # mutmut generated
mutants_x__as_problem__mutmut['x__as_problem__mutmut_36'] = x__as_problem__mutmut_36 # type: ignore # mutmut generated
mutants_x__as_problem__mutmut['x__as_problem__mutmut_37'] = x__as_problem__mutmut_37 # type: ignore # mutmut generated
mutants_x_handle_http_error__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_handle_http_error__mutmut)
def handle_http_error(error: HTTPException) -> Response:
    """Answer an HTTP error as problem details."""
    return _as_problem(error).get_response()


def x_handle_http_error__mutmut_orig(error: HTTPException) -> Response:
    """Answer an HTTP error as problem details."""
    return _as_problem(error).get_response()


def x_handle_http_error__mutmut_1(error: HTTPException) -> Response:
    """Answer an HTTP error as problem details."""
    return _as_problem(None).get_response()

mutants_x_handle_http_error__mutmut['_mutmut_orig'] = x_handle_http_error__mutmut_orig # type: ignore # mutmut generated
mutants_x_handle_http_error__mutmut['x_handle_http_error__mutmut_1'] = x_handle_http_error__mutmut_1 # type: ignore # mutmut generated
mutants_x_handle_unexpected_error__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_handle_unexpected_error__mutmut)
def handle_unexpected_error(error: Exception) -> Response:
    """Log a failure and answer 500 without a word about it."""
    current_app.logger.exception("Unhandled error", exc_info=error)
    return known_problem(500).get_response()


def x_handle_unexpected_error__mutmut_orig(error: Exception) -> Response:
    """Log a failure and answer 500 without a word about it."""
    current_app.logger.exception("Unhandled error", exc_info=error)
    return known_problem(500).get_response()


def x_handle_unexpected_error__mutmut_1(error: Exception) -> Response:
    """Log a failure and answer 500 without a word about it."""
    current_app.logger.exception(None, exc_info=error)
    return known_problem(500).get_response()


def x_handle_unexpected_error__mutmut_2(error: Exception) -> Response:
    """Log a failure and answer 500 without a word about it."""
    current_app.logger.exception("Unhandled error", exc_info=None)
    return known_problem(500).get_response()


def x_handle_unexpected_error__mutmut_3(error: Exception) -> Response:
    """Log a failure and answer 500 without a word about it."""
    current_app.logger.exception(exc_info=error)
    return known_problem(500).get_response()


def x_handle_unexpected_error__mutmut_4(error: Exception) -> Response:
    """Log a failure and answer 500 without a word about it."""
    current_app.logger.exception("Unhandled error", )
    return known_problem(500).get_response()


def x_handle_unexpected_error__mutmut_5(error: Exception) -> Response:
    """Log a failure and answer 500 without a word about it."""
    current_app.logger.exception("XXUnhandled errorXX", exc_info=error)
    return known_problem(500).get_response()


def x_handle_unexpected_error__mutmut_6(error: Exception) -> Response:
    """Log a failure and answer 500 without a word about it."""
    current_app.logger.exception("unhandled error", exc_info=error)
    return known_problem(500).get_response()


def x_handle_unexpected_error__mutmut_7(error: Exception) -> Response:
    """Log a failure and answer 500 without a word about it."""
    current_app.logger.exception("UNHANDLED ERROR", exc_info=error)
    return known_problem(500).get_response()


def x_handle_unexpected_error__mutmut_8(error: Exception) -> Response:
    """Log a failure and answer 500 without a word about it."""
    current_app.logger.exception("Unhandled error", exc_info=error)
    return known_problem(None).get_response()


def x_handle_unexpected_error__mutmut_9(error: Exception) -> Response:
    """Log a failure and answer 500 without a word about it."""
    current_app.logger.exception("Unhandled error", exc_info=error)
    return known_problem(501).get_response()

mutants_x_handle_unexpected_error__mutmut['_mutmut_orig'] = x_handle_unexpected_error__mutmut_orig # type: ignore # mutmut generated
mutants_x_handle_unexpected_error__mutmut['x_handle_unexpected_error__mutmut_1'] = x_handle_unexpected_error__mutmut_1 # type: ignore # mutmut generated
mutants_x_handle_unexpected_error__mutmut['x_handle_unexpected_error__mutmut_2'] = x_handle_unexpected_error__mutmut_2 # type: ignore # mutmut generated
mutants_x_handle_unexpected_error__mutmut['x_handle_unexpected_error__mutmut_3'] = x_handle_unexpected_error__mutmut_3 # type: ignore # mutmut generated
mutants_x_handle_unexpected_error__mutmut['x_handle_unexpected_error__mutmut_4'] = x_handle_unexpected_error__mutmut_4 # type: ignore # mutmut generated
mutants_x_handle_unexpected_error__mutmut['x_handle_unexpected_error__mutmut_5'] = x_handle_unexpected_error__mutmut_5 # type: ignore # mutmut generated
mutants_x_handle_unexpected_error__mutmut['x_handle_unexpected_error__mutmut_6'] = x_handle_unexpected_error__mutmut_6 # type: ignore # mutmut generated
mutants_x_handle_unexpected_error__mutmut['x_handle_unexpected_error__mutmut_7'] = x_handle_unexpected_error__mutmut_7 # type: ignore # mutmut generated
mutants_x_handle_unexpected_error__mutmut['x_handle_unexpected_error__mutmut_8'] = x_handle_unexpected_error__mutmut_8 # type: ignore # mutmut generated
mutants_x_handle_unexpected_error__mutmut['x_handle_unexpected_error__mutmut_9'] = x_handle_unexpected_error__mutmut_9 # type: ignore # mutmut generated
mutants_x_init_app__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_init_app__mutmut)
def init_app(app: Flask) -> None:
    """Answer every error of ``app`` as problem details."""
    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(Exception, handle_unexpected_error)


def x_init_app__mutmut_orig(app: Flask) -> None:
    """Answer every error of ``app`` as problem details."""
    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(Exception, handle_unexpected_error)


def x_init_app__mutmut_1(app: Flask) -> None:
    """Answer every error of ``app`` as problem details."""
    app.register_error_handler(None, handle_http_error)
    app.register_error_handler(Exception, handle_unexpected_error)


def x_init_app__mutmut_2(app: Flask) -> None:
    """Answer every error of ``app`` as problem details."""
    app.register_error_handler(HTTPException, None)
    app.register_error_handler(Exception, handle_unexpected_error)


def x_init_app__mutmut_3(app: Flask) -> None:
    """Answer every error of ``app`` as problem details."""
    app.register_error_handler(handle_http_error)
    app.register_error_handler(Exception, handle_unexpected_error)


def x_init_app__mutmut_4(app: Flask) -> None:
    """Answer every error of ``app`` as problem details."""
    app.register_error_handler(HTTPException, )
    app.register_error_handler(Exception, handle_unexpected_error)


def x_init_app__mutmut_5(app: Flask) -> None:
    """Answer every error of ``app`` as problem details."""
    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(None, handle_unexpected_error)


def x_init_app__mutmut_6(app: Flask) -> None:
    """Answer every error of ``app`` as problem details."""
    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(Exception, None)


def x_init_app__mutmut_7(app: Flask) -> None:
    """Answer every error of ``app`` as problem details."""
    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(handle_unexpected_error)


def x_init_app__mutmut_8(app: Flask) -> None:
    """Answer every error of ``app`` as problem details."""
    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(Exception, )

mutants_x_init_app__mutmut['_mutmut_orig'] = x_init_app__mutmut_orig # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_1'] = x_init_app__mutmut_1 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_2'] = x_init_app__mutmut_2 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_3'] = x_init_app__mutmut_3 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_4'] = x_init_app__mutmut_4 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_5'] = x_init_app__mutmut_5 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_6'] = x_init_app__mutmut_6 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_7'] = x_init_app__mutmut_7 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_8'] = x_init_app__mutmut_8 # type: ignore # mutmut generated

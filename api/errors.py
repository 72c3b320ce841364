"""Every error as RFC 9457 problem details, and nothing of the server's internals in them."""

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import orjson
from flask import Flask, Response, current_app
from werkzeug.exceptions import HTTPException, MethodNotAllowed

PROBLEM_MEDIA_TYPE = "application/problem+json"
#: An error may be fixed any moment (a typo in a path, a bad deploy): never cache one.
ERROR_CACHE_CONTROL = "no-store"

#: status -> (type, title, detail) for the errors any request may meet.
_KNOWN: dict[int, tuple[str, str, str]] = {
    404: (
        "/problems/not-found",
        "Not found",
        "Nothing is published at this path; /v1 lists the collections.",
    ),
    405: (
        "/problems/method-not-allowed",
        "Method not allowed",
        "This API is read-only: use GET, HEAD or OPTIONS.",
    ),
    406: (
        "/problems/not-acceptable",
        "Not acceptable",
        "This resource is only available in the media type its documentation gives; "
        "send an Accept header that includes it.",
    ),
    500: (
        "/problems/internal-error",
        "Internal server error",
        "The server failed to answer this request; the failure has been logged.",
    ),
}


class Problem(HTTPException):
    """An error answered as ``application/problem+json``."""

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

    def get_response(self, *args: Any, **kwargs: Any) -> Response:
        """Return the problem as a response."""
        response = Response(
            orjson.dumps(self.body()), status=self.code, mimetype=PROBLEM_MEDIA_TYPE
        )
        response.headers["Cache-Control"] = ERROR_CACHE_CONTROL
        response.headers.update(self.extra_headers)
        return response


def known_problem(status: int, headers: Mapping[str, str] | None = None) -> Problem:
    """Return the problem for one of the statuses any request may meet."""
    type_, title, detail = _KNOWN[status]
    return Problem(status, type=type_, title=title, detail=detail, headers=headers)


def no_such_record(noun: str, record_id: str) -> Problem:
    """Return the 404 for an id that names no record of a collection."""
    return Problem(
        404,
        type="/problems/not-found",
        title="Not found",
        detail=f"No {noun} with id '{record_id}'.",
    )


def invalid_parameters(errors: Mapping[str, list[str]]) -> Problem:
    """Return the 400 for a query string with bad parameters, naming each of them."""
    count = len(errors)
    verb = "parameter is" if count == 1 else "parameters are"
    return Problem(
        400,
        type="/problems/invalid-parameters",
        title="Invalid query parameters",
        detail=f"{count} query {verb} invalid.",
        errors=errors,
    )


def _as_problem(error: HTTPException) -> Problem:
    if isinstance(error, Problem):
        return error
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        return known_problem(405, {"Allow": ", ".join(sorted(error.valid_methods or ()))})
    if status in _KNOWN:
        return known_problem(status)
    # Anything else Werkzeug raises (a malformed request, a URI too long): the
    # status says it all, and error.description is Werkzeug's text, not ours.
    phrase = HTTPStatus(status).phrase
    return Problem(status, type="about:blank", title=phrase, detail=f"{phrase}.")


def handle_http_error(error: HTTPException) -> Response:
    """Answer an HTTP error as problem details."""
    return _as_problem(error).get_response()


def handle_unexpected_error(error: Exception) -> Response:
    """Log a failure and answer 500 without a word about it."""
    current_app.logger.exception("Unhandled error", exc_info=error)
    return known_problem(500).get_response()


def init_app(app: Flask) -> None:
    """Answer every error of ``app`` as problem details."""
    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(Exception, handle_unexpected_error)

"""Every error as RFC 9457 problem details, and nothing of the server's internals in them."""

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

import orjson
from flask import Flask, Response, current_app
from werkzeug.exceptions import HTTPException, MethodNotAllowed, RequestedRangeNotSatisfiable

from api.catalog import RecordNotFound, SnapshotUnavailable
from api.dataset.budget import BudgetExceeded
from api.dataset.snapshot import SnapshotError
from api.spec.values import MAX_NETWORK_STATEMENTS
from api.web.observability import REFUSED, budget_exceeded, current_request_id
from schemas.problem import ProblemTypeSchema

PROBLEM_MEDIA_TYPE = "application/problem+json"
#: How long a client waits before asking a server whose snapshot is unavailable again.
RETRY_AFTER_SECONDS = 5
#: Where the app keeps its catalog (``api.web.context``).
CONTEXT = "dossier.context"
#: An error may be fixed any moment (a typo in a path, a bad deploy): never cache one.
ERROR_CACHE_CONTROL = "no-store"

#: Where the documentation of each problem type is published: ``type`` is this plus a slug.
PROBLEMS = "/problems"


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
            "query-too-costly",
            422,
            "Query too costly",
            "This query needs more than the time each request may take; narrow it.",
            "Every request's queries run within a time budget (half a second by default), so "
            "that no request can hold a server. This one did not fit. Narrow it: add a "
            "filter, make `q` longer, ask for a nearer page (a smaller `offset`), fewer facets "
            "or a smaller `edge_limit`. Counts of the whole collection, of one filter value "
            "and of the network of one filter value are computed ahead and always fit; any "
            f"other network holds at most {MAX_NETWORK_STATEMENTS:,} statements. "
            "Retrying the same query is unlikely to help; a facet that does not fit is "
            "marked `timed_out` instead, and the page still answers.",
        ),
        ProblemType(
            "rate-limited",
            429,
            "Too many requests",
            "This client has sent too many requests; retry after the number of seconds in "
            "Retry-After.",
            "The client has sent more requests than a deployment allows one client (the "
            "balancer in front of the nodes counts them per client address, and lets short "
            "bursts through). `Retry-After` says how many seconds to wait; slow down, and "
            "reuse responses: they carry `Cache-Control` and a strong `ETag`, and a "
            "conditional request is cheap.",
        ),
        ProblemType(
            "snapshot-unavailable",
            503,
            "Snapshot unavailable",
            "This server's copy of the dataset is gone or damaged; another server may answer.",
            "The snapshot file this server opened is no longer the one its build wrote: it "
            "was deleted, replaced or truncated under the running server. The server answers "
            "503 (and `/readyz` says it is not ready) until it is restarted on a good "
            "snapshot; a balancer sends the request to another server. Retry after the "
            "seconds in `Retry-After`.",
        ),
        ProblemType(
            "exports-busy",
            503,
            "Too many exports in preparation",
            "The server is preparing as many exports as it can at once; retry after the "
            "number of seconds in Retry-After.",
            "An export (`/v1/<collection>.csv` or `.ndjson`) is written once into a file, then "
            "every request for it is answered from that file. A server prepares only a few "
            "exports at once; when it is preparing as many as it can, a request for yet "
            "another export is refused rather than queued. `Retry-After` says how many "
            "seconds to wait. Exports already prepared, and those in preparation, are "
            "always answered.",
        ),
        ProblemType(
            "format-not-implemented",
            501,
            "Format not implemented",
            "This provider answers in JSON only: give format=json, or no format.",
            "oEmbed 1.0 lets a consumer ask for `format=xml`; this provider answers in JSON "
            "only, and says so with a 501 as the oEmbed specification asks. Ask again with "
            "`format=json`, or without `format`.",
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
#: The problem types any request may meet, by status (not those of one kind of request).
_BY_STATUS = {
    problem_type.status: problem_type
    for problem_type in PROBLEM_TYPES.values()
    if problem_type.status not in (400, 501, 503)
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

    def body(self, request_id: str | None = None) -> dict[str, Any]:
        """Return the problem details, in the order of the Problem schema; with the id of
        the request it answers, if it has one (an extension member, RFC 9457 3.2)."""
        body: dict[str, Any] = {
            "type": self.type,
            "title": self.title,
            "status": self.code,
            "detail": self.detail,
        }
        if self.errors is not None:
            body["errors"] = dict(self.errors)
        if request_id is not None:
            body["request_id"] = request_id
        return body

    def get_response(self, *args: Any, **kwargs: Any) -> Response:
        """Return the problem as the answer to the current request."""
        response = Response(
            orjson.dumps(self.body(current_request_id())),
            status=self.code,
            mimetype=PROBLEM_MEDIA_TYPE,
        )
        response.headers["Cache-Control"] = ERROR_CACHE_CONTROL
        response.headers.update(self.extra_headers)
        return response


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


def known_problem(status: int, headers: Mapping[str, str] | None = None) -> Problem:
    """Return the problem for one of the statuses any request may meet."""
    return problem_of(_BY_STATUS[status], headers=headers)


def no_such_record(error: RecordNotFound) -> Problem:
    """Return the 404 for an id that names no record of a collection."""
    return problem_of(PROBLEM_TYPES["not-found"], str(error))


def invalid_parameters(errors: Mapping[str, list[str]]) -> Problem:
    """Return the 400 for a query string with bad parameters, naming each of them."""
    count = len(errors)
    verb = "parameter is" if count == 1 else "parameters are"
    detail = f"{count} query {verb} invalid."
    return problem_of(PROBLEM_TYPES["invalid-parameters"], detail, errors=errors)


def exports_busy(retry_after: int) -> Problem:
    """Return the 503 for an export that would start one build more than a server allows."""
    return problem_of(PROBLEM_TYPES["exports-busy"], headers={"Retry-After": str(retry_after)})


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


def handle_http_error(error: HTTPException) -> Response:
    """Answer an HTTP error as problem details."""
    return _as_problem(error).get_response()


def handle_unexpected_error(error: Exception) -> Response:
    """Log a failure and answer 500 without a word about it; a failure of a snapshot file
    changed under the server is a 503 that says so."""
    context = current_app.extensions.get(CONTEXT)
    unavailable = None if context is None else context.catalog.snapshot.unavailable()
    if isinstance(error, SnapshotUnavailable) or (
        unavailable is not None and isinstance(error, sqlite3.Error | SnapshotError)
    ):
        current_app.logger.error("Snapshot unavailable: %s", unavailable)
        return snapshot_unavailable().get_response()
    # The traceback goes to the log, with the request's id (api.serve's JSON lines carry
    # it); the answer says nothing of it, and gives the id.
    current_app.logger.exception("Unhandled error", exc_info=error)
    return known_problem(500).get_response()


def snapshot_unavailable() -> Problem:
    """Return the 503 of a server whose snapshot file is gone or changed."""
    return problem_of(
        PROBLEM_TYPES["snapshot-unavailable"], headers={"Retry-After": str(RETRY_AFTER_SECONDS)}
    )


def handle_budget_exceeded(error: BudgetExceeded) -> Response:
    """Answer a query that ran past its budget as a 422 problem saying to narrow it."""
    budget_exceeded(REFUSED)
    return known_problem(422).get_response()


def handle_record_not_found(error: RecordNotFound) -> Response:
    """Answer an unknown record id as a 404 problem."""
    return no_such_record(error).get_response()


def init_app(app: Flask) -> None:
    """Answer every error of ``app`` as problem details."""
    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(RecordNotFound, handle_record_not_found)
    app.register_error_handler(BudgetExceeded, handle_budget_exceeded)
    app.register_error_handler(Exception, handle_unexpected_error)

"""``/problems/{problem_type}``: what each problem ``type`` URI means, for people and programs.

RFC 9457 recommends that a problem's ``type`` URI resolves to documentation of that
type. The URIs are paths (``/problems/not-found``), like every link of the API, so
that they resolve against whichever host or proxy served the problem.
"""

from typing import Any

from flask import Response
from markupsafe import escape

from api.web.context import current
from api.web.openapi import Blueprint, ok
from api.web.problems import PROBLEM_TYPES, PROBLEMS, ProblemType, known_problem
from api.web.representation import (
    HTML_MEDIA_TYPE,
    JSON_MEDIA_TYPE,
    Representation,
    json_representation,
    preferred,
    produces,
    send,
)
from schemas.problem import ProblemTypeSchema
from schemas.query import QueryArgsSchema

blp = Blueprint(
    "problems",
    __name__,
    url_prefix=PROBLEMS,
    description="The documentation each problem `type` URI resolves to.",
)

PROBLEM_TYPE_PARAMETER = {
    "in": "path",
    "name": "problem_type",
    "description": "The last segment of a problem's `type` URI.",
    "schema": {"type": "string", "enum": list(PROBLEM_TYPES)},
}


def _html(problem_type: ProblemType, cache_control: str) -> Representation:
    page = (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(problem_type.title)}: Dossier problem type</title>\n</head>\n<body>\n"
        f"<h1>{escape(problem_type.title)}</h1>\n"
        f"<p>HTTP status {problem_type.status}. Problem type "
        f"<code>{escape(problem_type.uri)}</code> (RFC 9457 problem details).</p>\n"
        f"<p>{escape(problem_type.description)}</p>\n"
        '<p><a href="/docs">API documentation</a></p>\n</body>\n</html>\n'
    )
    return Representation(page.encode(), HTML_MEDIA_TYPE, cache_control)


@blp.route("/<problem_type>", operation_id="getProblemType", parameters=[PROBLEM_TYPE_PARAMETER])
@blp.arguments(QueryArgsSchema, location="query")
@blp.response(200, ProblemTypeSchema, **ok("ProblemType"))
@blp.alt_response(404, response="NOT_FOUND")
@blp.doc(responses={200: {"content": {"text/html": {"schema": {"type": "string"}}}}})
@produces(JSON_MEDIA_TYPE, HTML_MEDIA_TYPE)
def get_problem_type(_args: dict[str, Any], problem_type: str) -> Response:
    """Describe a kind of problem the API answers with.

    The `type` of every problem response is a path under `/problems/`; it answers
    with what the problem means and what a client can do about it: JSON by
    default, HTML for a browser (`Accept: text/html`).
    """
    found = PROBLEM_TYPES.get(problem_type)
    if found is None:
        raise known_problem(404)
    cache_control = current().cache_control
    if preferred() == HTML_MEDIA_TYPE:
        return send(_html(found, cache_control))
    return send(json_representation(found.document(), cache_control))

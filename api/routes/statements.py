"""``/v1/statements``: who said what, to whom, when, as the articles report it."""

from typing import Any

from flask import Response

from api.spec.collections import STATEMENTS
from api.web.answers import answer_collection, answer_record, exports_elsewhere
from api.web.openapi import ID_PARAMETER, Blueprint, ok
from schemas import StatementSchema
from schemas.collection import StatementPageSchema
from schemas.query import PAGE_ARGUMENTS, QueryArgsSchema

blp = Blueprint(
    "statements",
    __name__,
    url_prefix=STATEMENTS.path,
    description="Attributed statements: direct, indirect and mixed speech, including "
    "statements reported inside other statements.",
)


@blp.route("", operation_id="listStatements")
@exports_elsewhere(STATEMENTS)
@blp.arguments(PAGE_ARGUMENTS[STATEMENTS.name], location="query")
@blp.response(200, StatementPageSchema, **ok("StatementPage", paged=True))
@blp.costly
def list_statements(args: dict[str, Any]) -> Response:
    """List the statements, filtered, searched, sorted and paged.

    Who said what, to whom and when, with the verbatim evidence. Filter them by the
    actors involved, the kind of speech, the topic, the date, the reporting statement
    or the source; search them with `q`. Filters with several values match any of
    them; different filters must all match. Follow `links.next` to page.
    """
    return answer_collection(STATEMENTS, args)


@blp.route("/<record_id>", operation_id="getStatement", parameters=[ID_PARAMETER])
@blp.arguments(QueryArgsSchema, location="query")
@blp.response(200, StatementSchema, **ok("Statement"))
@blp.alt_response(404, response="NOT_FOUND")
def get_statement(_args: dict[str, Any], record_id: str) -> Response:
    """Return one statement.

    A statement reported inside another one names it in `reported_by`.
    """
    return answer_record(STATEMENTS, record_id)

"""``/v1/actors``: the people, states and organizations that act or speak."""

from typing import Any

from flask import Response

from api.spec.collections import ACTORS
from api.web.answers import answer_collection, answer_record, exports_elsewhere
from api.web.openapi import ID_PARAMETER, Blueprint, ok
from schemas import ActorSchema
from schemas.collection import ActorPageSchema
from schemas.query import PAGE_ARGUMENTS, QueryArgsSchema

blp = Blueprint(
    "actors",
    __name__,
    url_prefix=ACTORS.path,
    description="People, states and organizations that act or speak in the articles.",
)


@blp.route("", operation_id="listActors")
@exports_elsewhere(ACTORS)
@blp.arguments(PAGE_ARGUMENTS[ACTORS.name], location="query")
@blp.response(200, ActorPageSchema, **ok("ActorPage", paged=True))
@blp.costly
def list_actors(args: dict[str, Any]) -> Response:
    """List the actors, filtered, searched, sorted and paged.

    People, states and organizations, each with its roles, aliases and the evidence
    of its first mention. Filter them, search them with `q`; filters with several values
    match any of them, different filters must all match. Follow `links.next` to page.
    """
    return answer_collection(ACTORS, args)


@blp.route("/<record_id>", operation_id="getActor", parameters=[ID_PARAMETER])
@blp.arguments(QueryArgsSchema, location="query")
@blp.response(200, ActorSchema, **ok("Actor"))
@blp.alt_response(404, response="NOT_FOUND")
def get_actor(_args: dict[str, Any], record_id: str) -> Response:
    """Return one actor.

    With its `links` to the statements it made, the statements that mention it and
    the aid it gave or received.
    """
    return answer_record(ACTORS, record_id)

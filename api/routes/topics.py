"""``/v1/topics``: the topic vocabulary of statements."""

from typing import Any

from flask import Response

from api.catalog import current_catalog
from api.web import links
from api.web.openapi import Blueprint, exportable, ok
from api.web.representation import send
from schemas.collection import TopicPageSchema
from schemas.query import TopicQueryArgsSchema

blp = Blueprint(
    "topics",
    __name__,
    url_prefix=links.TOPICS,
    description="The closed vocabulary statements are tagged with.",
)


@blp.route("", operation_id="listTopics")
@exportable("Topic")
@blp.arguments(TopicQueryArgsSchema, location="query")
@blp.response(200, TopicPageSchema, **ok("TopicPage"))
def list_topics(args: dict[str, Any]) -> Response:
    """List the topics, each with how many statements it tags.

    The closed vocabulary of the statements' `topics`, with a link to the statements
    on each topic.
    """
    return send(current_catalog().topics.page(args))

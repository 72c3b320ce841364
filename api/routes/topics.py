"""``/v1/topics``: the topic vocabulary of statements."""

from typing import Any

from flask import Response

from api.spec.collections import TOPICS_COLLECTION
from api.web.answers import answer_collection, exports_elsewhere
from api.web.openapi import Blueprint, ok
from schemas.collection import TopicPageSchema
from schemas.query import PAGE_ARGUMENTS

blp = Blueprint(
    "topics",
    __name__,
    url_prefix=TOPICS_COLLECTION.path,
    description="The closed vocabulary statements are tagged with.",
)


@blp.route("", operation_id="listTopics")
@exports_elsewhere(TOPICS_COLLECTION)
@blp.arguments(PAGE_ARGUMENTS[TOPICS_COLLECTION.name], location="query")
@blp.response(200, TopicPageSchema, **ok("TopicPage", paged=True))
def list_topics(args: dict[str, Any]) -> Response:
    """List the topics, each with how many statements it tags.

    The closed vocabulary of the statements' `topics`, with a link to the statements
    on each topic.
    """
    return answer_collection(TOPICS_COLLECTION, args)

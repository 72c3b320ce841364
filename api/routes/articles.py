"""``/v1/articles``: the source articles the data is curated from."""

from typing import Any

from flask import Response

from api.spec.collections import ARTICLES
from api.web.answers import answer_collection, answer_record, exports_elsewhere
from api.web.openapi import ID_PARAMETER, Blueprint, ok
from schemas import ArticleSchema
from schemas.collection import ArticlePageSchema
from schemas.query import PAGE_ARGUMENTS, QueryArgsSchema

blp = Blueprint(
    "articles",
    __name__,
    url_prefix=ARTICLES.path,
    description="The source articles every record cites as its evidence.",
)


@blp.route("", operation_id="listArticles")
@exports_elsewhere(ARTICLES)
@blp.arguments(PAGE_ARGUMENTS[ARTICLES.name], location="query")
@blp.response(200, ArticlePageSchema, **ok("ArticlePage", paged=True))
@blp.costly
def list_articles(args: dict[str, Any]) -> Response:
    """List the articles, searched, sorted and paged.

    The source articles every record cites in its `evidence`; search them with `q`.
    """
    return answer_collection(ARTICLES, args)


@blp.route("/<record_id>", operation_id="getArticle", parameters=[ID_PARAMETER])
@blp.arguments(QueryArgsSchema, location="query")
@blp.response(200, ArticleSchema, **ok("Article"))
@blp.alt_response(404, response="NOT_FOUND")
def get_article(_args: dict[str, Any], record_id: str) -> Response:
    """Return one article.

    With links to the statements and aid figures curated from it.
    """
    return answer_record(ARTICLES, record_id)

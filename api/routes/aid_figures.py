"""``/v1/aid-figures``: sums of aid from donors to recipients, and their totals."""

from typing import Any

from flask import Response

from api.catalog.links import AID_TOTALS
from api.spec.collections import AID_FIGURES
from api.web.answers import answer_collection, answer_record, answer_totals, exports_elsewhere
from api.web.openapi import ID_PARAMETER, Blueprint, ok
from schemas import AidFigureSchema
from schemas.collection import AidFigurePageSchema, AidTotalsSchema
from schemas.query import PAGE_ARGUMENTS, AidTotalsQueryArgsSchema, QueryArgsSchema

blp = Blueprint(
    "aid-figures",
    __name__,
    url_prefix=AID_FIGURES.path,
    description="Sums of aid as the articles state them, with their hedges and conversions.",
)


@blp.route("", operation_id="listAidFigures")
@exports_elsewhere(AID_FIGURES)
@blp.arguments(PAGE_ARGUMENTS[AID_FIGURES.name], location="query")
@blp.response(200, AidFigurePageSchema, **ok("AidFigurePage", paged=True))
@blp.costly
def list_aid_figures(args: dict[str, Any]) -> Response:
    """List the aid figures, filtered, searched, sorted and paged.

    Each amount as stated, with its hedge (`qualifier`) and the conversions the
    source gives (`equivalents`). Filters with several values match any of them;
    different filters must all match. Follow `links.next` to page.
    """
    return answer_collection(AID_FIGURES, args)


@blp.route(AID_TOTALS.removeprefix(AID_FIGURES.path), operation_id="getAidTotals")
@blp.arguments(AidTotalsQueryArgsSchema, location="query")
@blp.response(200, AidTotalsSchema, **ok("AidTotals", paged=True))
@blp.costly
def get_aid_totals(args: dict[str, Any]) -> Response:
    """Sum the aid figures per donor, recipient or aid type, and per currency.

    Takes the filters of the collection. Amounts in different currencies are never
    added together; a sum is `approximate` when any amount in it is hedged.
    """
    return answer_totals(args)


@blp.route("/<record_id>", operation_id="getAidFigure", parameters=[ID_PARAMETER])
@blp.arguments(QueryArgsSchema, location="query")
@blp.response(200, AidFigureSchema, **ok("AidFigure"))
@blp.alt_response(404, response="NOT_FOUND")
def get_aid_figure(_args: dict[str, Any], record_id: str) -> Response:
    """Return one aid figure.

    With the statement that reports it, when it is reported speech.
    """
    return answer_record(AID_FIGURES, record_id)

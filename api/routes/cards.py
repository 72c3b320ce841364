"""``/embed/...``: a card of each record, for newsrooms to embed (HTML, framed by any origin).

A card is a page for people: a browser asking for one that does not exist is answered with
a page too (404); any other client with the API's problem details.
"""

from typing import Any
from urllib.parse import urlencode

from flask import Blueprint as FlaskBlueprint
from flask import Flask, Response, current_app, request

from api.cards import CARD_SCRIPT, EMBED, OEMBED, SCRIPT_FILE, Card, Cards, card_path
from api.catalog import RecordNotFound
from api.spec.collections import ACTORS, AID_FIGURES, ARTICLES, STATEMENTS
from api.spec.model import Collection
from api.web.context import current
from api.web.openapi import ID_PARAMETER, Blueprint, ok
from api.web.problems import ERROR_CACHE_CONTROL, PROBLEM_MEDIA_TYPE, no_such_record
from api.web.representation import HTML_MEDIA_TYPE, Representation, produces, quality, send
from schemas.query import QueryArgsSchema

_EXTENSION = "dossier.cards"
#: The card's script, sent as a script (nosniff refuses anything else).
SCRIPT_MEDIA_TYPE = "text/javascript; charset=utf-8"

blp = Blueprint(
    "cards",
    __name__,
    url_prefix=EMBED,
    description="Cards: one record as a small HTML page to embed in an article (any origin "
    "may frame it), with its source span highlighted. `/oembed` gives the iframe.",
)
#: The card's script: a file, not a documented operation.
assets = FlaskBlueprint("card_assets", __name__)

_CARD = {
    "type": "string",
    "description": "The card: HTML, readable without script, light or dark as the reader's "
    "system is; its script posts `{type: 'setHeight', height}` to the framing page.",
}


def init_app(app: Flask, cards: Cards, cache_control: str) -> None:
    """Make the cards of ``cards`` what ``app`` serves, with the card's script."""
    script = Representation(SCRIPT_FILE.read_bytes(), SCRIPT_MEDIA_TYPE, cache_control)
    app.extensions[_EXTENSION] = (cards, script)
    app.register_blueprint(assets)


def current_cards() -> Cards:
    """Return the cards the running app serves."""
    cards: Cards = current_app.extensions[_EXTENSION][0]
    return cards


def oembed_url(path: str) -> str:
    """Return the absolute address of the oEmbed answer for the page at ``path`` here."""
    root = request.host_url.rstrip("/")
    return f"{root}{OEMBED}?{urlencode({'url': root + path, 'format': 'json'})}"


@assets.get(CARD_SCRIPT)
def card_script() -> Response:
    """Serve the script that tells a card's frame its height."""
    script: Representation = current_app.extensions[_EXTENSION][1]
    return send(script)


def _wants_a_page() -> bool:
    """Return whether the request prefers HTML to problem details: a browser does."""
    if not request.headers.get("Accept"):
        return False
    accept = request.accept_mimetypes
    return quality(accept, "text/html") > quality(accept, PROBLEM_MEDIA_TYPE)


def answer_card(collection: Collection, record_id: str) -> Response:
    """Answer with a record's card; a 404 page for a browser when there is none."""
    cards = current_cards()
    oembed = oembed_url(card_path(collection, record_id))
    try:
        card: Card = cards.card(collection, record_id, oembed=oembed)
    except RecordNotFound as error:
        if not _wants_a_page():
            raise no_such_record(error) from None
        page = cards.not_found(collection, str(error))
        return Response(
            page,
            status=404,
            headers={
                "Content-Type": HTML_MEDIA_TYPE,
                "Cache-Control": ERROR_CACHE_CONTROL,
                "Content-Security-Policy": cards.csp,
            },
        )
    # Answered past the response cache, which keys on the path: the page's oEmbed link names
    # the host it was asked of, and a server may be reached under several names.
    representation = Representation(
        card.html.encode(), HTML_MEDIA_TYPE, current().cache_control, cards.csp
    )
    return representation.respond()


_HTML = HTML_MEDIA_TYPE.split(";")[0]


@blp.route("/statements/<record_id>", operation_id="getStatementCard", parameters=[ID_PARAMETER])
@blp.arguments(QueryArgsSchema, location="query")
@blp.response(200, _CARD, **ok(content_type=_HTML))
@blp.alt_response(404, response="NOT_FOUND")
@produces(HTML_MEDIA_TYPE)
def statement_card(_args: dict[str, Any], record_id: str) -> Response:
    """Show one statement as a card to embed.

    The statement (direct words in quotation marks, reported speech as reported), its
    speaker linked to Wikidata, whom it was said to, when and where, the kind of speech in
    words, who reported it when it is reported inside another statement, and the verbatim
    span it comes from, highlighted in its sentence, with the article, paragraph and
    publisher. A cue that denies ("denied") is shown before the text.
    """
    return answer_card(STATEMENTS, record_id)


@blp.route("/actors/<record_id>", operation_id="getActorCard", parameters=[ID_PARAMETER])
@blp.arguments(QueryArgsSchema, location="query")
@blp.response(200, _CARD, **ok(content_type=_HTML))
@blp.alt_response(404, response="NOT_FOUND")
@produces(HTML_MEDIA_TYPE)
def actor_card(_args: dict[str, Any], record_id: str) -> Response:
    """Show one actor as a card to embed.

    Its name linked to Wikidata, kind, description, roles and other names, and its first
    mention in the article, highlighted in its sentence.
    """
    return answer_card(ACTORS, record_id)


@blp.route("/aid-figures/<record_id>", operation_id="getAidFigureCard", parameters=[ID_PARAMETER])
@blp.arguments(QueryArgsSchema, location="query")
@blp.response(200, _CARD, **ok(content_type=_HTML))
@blp.alt_response(404, response="NOT_FOUND")
@produces(HTML_MEDIA_TYPE)
def aid_figure_card(_args: dict[str, Any], record_id: str) -> Response:
    """Show one aid figure as a card to embed.

    Donor, recipient, the amount with its hedge, the conversions the source gives, what it
    is for and since when, and the span it comes from, highlighted in its sentence.
    """
    return answer_card(AID_FIGURES, record_id)


@blp.route("/articles/<record_id>", operation_id="getArticleCard", parameters=[ID_PARAMETER])
@blp.arguments(QueryArgsSchema, location="query")
@blp.response(200, _CARD, **ok(content_type=_HTML))
@blp.alt_response(404, response="NOT_FOUND")
@produces(HTML_MEDIA_TYPE)
def article_card(_args: dict[str, Any], record_id: str) -> Response:
    """Show one source article as a card to embed.

    Its headline linked to the publisher's page, the publisher, the date, the curators'
    summary and the credit.
    """
    return answer_card(ARTICLES, record_id)

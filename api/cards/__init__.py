"""Cards: one published record as a small HTML page that a newsroom embeds (``/embed/...``).

A card is for a reader: the record in words, who said it, where it comes from, and the
verbatim span it rests on, highlighted in its sentence. The templates escape every value
they are given (autoescape): nothing from the data is ever markup. Its style is inline,
allowed by its hash, so that a card is one document; its one script, which tells the page
around it how tall the card is, is a file of its own.

No Flask here: the web layer tells a card where its oEmbed answer is, and serves it.
"""

import base64
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import orjson
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from api.cards import wording
from api.cards.evidence import in_its_sentence
from api.catalog import NAME, Catalog
from api.spec.collections import ACTORS, AID_FIGURES, ARTICLES, STATEMENTS
from api.spec.model import Collection

#: Where every card is published: ``/embed/<collection's slug>/<id>``.
EMBED = "/embed"
#: Where the oEmbed provider answers (``/oembed?url=...``).
OEMBED = "/oembed"
#: The card's script, served beside the cards.
CARD_SCRIPT = f"{EMBED}/card.js"
STATIC = Path(__file__).resolve().parent.parent / "static" / "embed"
STYLE_FILE = STATIC / "card.css"
SCRIPT_FILE = STATIC / "card.js"
#: The explorer, where a card's reader can go on reading.
EXPLORER = "/explorer/"
#: The collections that have cards, each with its template.
CARD_COLLECTIONS = {
    STATEMENTS.name: STATEMENTS,
    ACTORS.name: ACTORS,
    AID_FIGURES.name: AID_FIGURES,
    ARTICLES.name: ARTICLES,
}
#: The parameter of the explorer's address that names a record it shows first.
EXPLORER_RECORDS = {STATEMENTS.name: "statement", ACTORS.name: "actor"}

#: How a card is sized before it says its height: its width, and the estimate of its height.
DEFAULT_WIDTH = 560
#: What a card's height is made of, in CSS pixels: its frame, header and footer; a line of
#: text; a character's average width; the width its padding and the evidence's take. Fitted
#: to the cards of the real dataset as Chromium draws them at 320, 400 and 560 pixels wide:
#: the estimate is within 64 pixels of the drawn height, 7 too tall on average.
_FRAME, _LINE, _CHARACTER, _PADDING = 150, 24, 7, 100


@dataclass(frozen=True)
class Card:
    """A card's page and what an oEmbed answer says of it."""

    html: str
    title: str
    author_name: str
    #: An absolute URL (Wikidata, the publisher), or a path of this API.
    author_url: str | None
    #: The texts of the card, to estimate its height at a width.
    texts: tuple[str, ...]

    def height(self, width: int) -> int:
        """Return the card's height at ``width`` CSS pixels, estimated from its texts."""
        per_line = max(1, int((width - _PADDING) / _CHARACTER))
        lines = sum(1 + len(text) // per_line for text in self.texts if text)
        return round(_FRAME + lines * _LINE)


def card_path(collection: Collection, record_id: str) -> str:
    """Return where a record's card is published."""
    return f"{EMBED}/{collection.slug}/{record_id}"


def _sha256_source(text: str) -> str:
    digest = hashlib.sha256(text.encode()).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


class Cards:
    """The cards of the catalog's records, rendered from its published JSON."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.style = STYLE_FILE.read_text(encoding="utf-8")
        #: The card's Content-Security-Policy: its own style and script, framed by anyone.
        self.csp = (
            f"default-src 'none'; style-src {_sha256_source(self.style)}; script-src 'self'; "
            "base-uri 'none'; form-action 'none'; frame-ancestors *"
        )
        self.environment = Environment(
            loader=FileSystemLoader(Path(__file__).resolve().parent / "templates"),
            autoescape=True,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.environment.filters.update(
            speech_type=wording.speech_type, partial_date=wording.partial_date
        )

    def _record(self, collection: Collection, record_id: str) -> dict[str, Any]:
        record: dict[str, Any] = orjson.loads(self.catalog.record(collection, record_id))
        return record

    def _page(self, template: str, title: str, oembed: str | None, **values: Any) -> str:
        return self.environment.get_template(template).render(
            title=title,
            oembed=oembed,
            style=Markup(self.style),  # noqa: S704  # our own stylesheet, never data
            script=CARD_SCRIPT,
            **values,
        )

    def card(self, collection: Collection, record_id: str, *, oembed: str | None) -> Card:
        """Return the card of a record; raise RecordNotFound for an unknown id.

        ``oembed`` is the address of the card's oEmbed answer, which its page links to.
        """
        record = self._record(collection, record_id)
        common: dict[str, Any] = {
            "kind": collection.singular,
            "data": f"{collection.path}/{record_id}",
            "explorer": _explorer_link(collection, record_id),
        }
        if collection is ARTICLES:
            title = record["headline"]
            html = self._page("article.html", title, oembed, article=record, **common)
            texts: tuple[str, ...] = (title, record["summary"], record["credit"] or "")
            return Card(html, title, record["publisher"], record["url"], texts)
        article = self._record(ARTICLES, record["evidence"]["article"]["id"])
        common |= {
            "article": article,
            "evidence": record["evidence"],
            "quote": in_its_sentence(record["evidence"]),
        }
        quote = common["quote"]
        sourced = (article["headline"], quote.before + quote.exact + quote.after)
        if collection is STATEMENTS:
            return self._statement(record, common, oembed, sourced)
        if collection is ACTORS:
            title = record["name"]
            html = self._page("actor.html", title, oembed, actor=record, **common)
            texts = (title, record["description"], *sourced)
            return Card(html, title, article["publisher"], article["url"], texts)
        return self._aid_figure(record, common, oembed, sourced)

    def _statement(
        self,
        statement: dict[str, Any],
        common: dict[str, Any],
        oembed: str | None,
        sourced: tuple[str, ...],
    ) -> Card:
        speaker = self._record(ACTORS, statement["speaker"]["id"])
        negating = wording.negates(statement["cue"])
        text = statement["text"]
        said = f"“{text}”" if statement["speech_type"] == "direct" else text
        lead = f"{speaker['name']} {statement['cue']}" if negating else speaker["name"]
        title = f"{lead}: {said}"
        reporting = statement["reported_by"]
        html = self._page(
            "statement.html",
            title,
            oembed,
            statement=statement,
            speaker=speaker,
            negating=negating,
            reporting=card_path(STATEMENTS, reporting["id"]) if reporting else None,
            **common,
        )
        author_url = speaker["links"].get("wikidata") or f"{ACTORS.path}/{speaker['id']}"
        return Card(html, title, speaker["name"], author_url, (lead, said, *sourced))

    def _aid_figure(
        self,
        figure: dict[str, Any],
        common: dict[str, Any],
        oembed: str | None,
        sourced: tuple[str, ...],
    ) -> Card:
        amount = wording.hedged(**figure["amount"])
        equivalents = [
            f"{wording.hedged(each['qualifier'], each['value'], each['currency'])}, "
            f"the {each['converted_by']}'s conversion"
            for each in figure["equivalents"]
        ]
        title = f"{figure['donor']['name']} to {figure['recipient']['name']}: {amount}"
        reporting = figure["reported_by"]
        html = self._page(
            "aid_figure.html",
            title,
            oembed,
            figure=figure,
            amount=amount,
            equivalents=equivalents,
            reporting=card_path(STATEMENTS, reporting["id"]) if reporting else None,
            **common,
        )
        texts = (title, *equivalents, figure["purpose"] or "", *sourced)
        article = common["article"]
        return Card(html, title, article["publisher"], article["url"], texts)

    def oembed(
        self,
        collection: Collection,
        record_id: str,
        *,
        origin: str,
        maxwidth: int | None,
        maxheight: int | None,
        cache_age: int,
    ) -> dict[str, Any]:
        """Return the oEmbed 1.0 answer (type ``rich``) embedding a record's card.

        ``origin`` (scheme and host) makes its addresses absolute, as a page on another
        site needs them. The iframe is at most ``maxwidth`` wide and ``maxheight`` tall.
        """
        card = self.card(collection, record_id, oembed=None)
        width = min(DEFAULT_WIDTH, maxwidth or DEFAULT_WIDTH)
        height = min(card.height(width), maxheight or card.height(width))
        author_url = card.author_url
        if author_url is not None and author_url.startswith("/"):
            author_url = origin + author_url
        src = origin + card_path(collection, record_id)
        return {
            "type": "rich",
            "version": "1.0",
            "title": card.title,
            "author_name": card.author_name,
            "author_url": author_url,
            "provider_name": NAME,
            "provider_url": f"{origin}/",
            "cache_age": cache_age,
            "html": (
                f'<iframe src="{escape(src)}" width="{width}" height="{height}" '
                f'title="{escape(card.title)}" loading="lazy" '
                'style="border: 0; max-width: 100%;"></iframe>'
            ),
            "width": width,
            "height": height,
        }

    def not_found(self, collection: Collection, message: str) -> str:
        """Return the page of a card that does not exist."""
        return self._page(
            "not_found.html",
            "Not found",
            None,
            kind=collection.singular,
            message=message,
            data=collection.path,
            explorer=EXPLORER,
        )


def _explorer_link(collection: Collection, record_id: str) -> str:
    """Return the explorer's address showing a record first, or the explorer."""
    parameter = EXPLORER_RECORDS.get(collection.name)
    if parameter is None:
        return EXPLORER
    return f"{EXPLORER}?{urlencode({parameter: record_id})}"


def record_of_explorer(query: Mapping[str, str]) -> tuple[Collection, str] | None:
    """Return the record an explorer's address shows first, if it names one."""
    named = [
        (name, query[parameter])
        for name, parameter in EXPLORER_RECORDS.items()
        if parameter in query
    ]
    if len(named) != 1:
        return None
    name, record_id = named[0]
    return CARD_COLLECTIONS[name], record_id

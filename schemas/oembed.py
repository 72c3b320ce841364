"""oEmbed 1.0 (https://oembed.com/): the query of ``/oembed`` and the answer it gives.

The answer is a ``rich`` embed: an iframe of the record's card (``/embed/...``).
"""

from marshmallow import Schema, fields, validate

from schemas.query import QueryArgsSchema, QueryInteger

#: The formats oEmbed defines; this provider answers the first, and 501 to the other.
OEMBED_FORMATS = ("json", "xml")
#: The widest or tallest a consumer may ask an embed to be, in CSS pixels.
MAX_DIMENSION = 10_000
#: The longest URL a consumer may ask about.
MAX_URL_LENGTH = 2048


def _dimension(description: str) -> QueryInteger:
    return QueryInteger(
        validate=validate.Range(
            min=1, max=MAX_DIMENSION, error=f"Must be between 1 and {MAX_DIMENSION}."
        ),
        metadata={"description": description},
    )


class OEmbedArgsSchema(QueryArgsSchema):
    """The query of an oEmbed request: the URL of a record, and the room the embed has."""

    url = fields.String(
        required=True,
        validate=validate.Length(min=1, max=MAX_URL_LENGTH),
        metadata={
            "description": "The URL of a record on this server: its API URL "
            "(`/v1/statements/{id}`, `/v1/actors/{id}`, `/v1/aid-figures/{id}`, "
            "`/v1/articles/{id}`), its card (`/embed/statements/{id}`, ...) or the explorer "
            "showing it (`/explorer/?statement={id}`, `/explorer/?actor={id}`)."
        },
    )
    maxwidth = _dimension("The widest the embed may be, in CSS pixels.")
    maxheight = _dimension(
        "The tallest the embed may be, in CSS pixels; a taller card scrolls in its frame."
    )
    format = fields.String(
        validate=validate.OneOf(OEMBED_FORMATS),
        metadata={"description": "`json` (the default); `xml` is answered 501, not served."},
    )


class OEmbedSchema(Schema):
    """An oEmbed 1.0 answer of type ``rich``: an iframe of the record's card.

    The card posts `{"type": "setHeight", "height": <CSS pixels>}` to the page around it when
    it loads and whenever its height changes, so that the page can fit the iframe to it.
    """

    type = fields.String(
        required=True, validate=validate.OneOf(("rich",)), metadata={"description": "Always rich."}
    )
    version = fields.String(
        required=True, validate=validate.OneOf(("1.0",)), metadata={"description": "oEmbed 1.0."}
    )
    title = fields.String(required=True, metadata={"description": "The record in one line."})
    author_name = fields.String(
        required=True,
        metadata={"description": "A statement's speaker; for other records, the publisher."},
    )
    author_url = fields.String(
        required=True,
        allow_none=True,
        metadata={
            "format": "uri",
            "description": "The speaker's Wikidata item, or its record here; the article's "
            "address for other records (null when the source gives none).",
        },
    )
    provider_name = fields.String(required=True, metadata={"description": "Dossier."})
    provider_url = fields.String(
        required=True, metadata={"format": "uri", "description": "This server."}
    )
    cache_age = fields.Integer(
        required=True, metadata={"description": "How many seconds the answer may be kept."}
    )
    html = fields.String(
        required=True,
        metadata={"description": "An iframe of the record's card, absolute URL, escaped."},
    )
    width = fields.Integer(
        required=True, metadata={"description": "The iframe's width, within `maxwidth`."}
    )
    height = fields.Integer(
        required=True,
        metadata={
            "description": "The iframe's height, within `maxheight`: an estimate until the "
            "card says its height."
        },
    )

"""``/oembed``: an oEmbed 1.0 provider (https://oembed.com/) for every record's URL.

A CMS that is given the URL of a record (its API URL, its card, or the explorer showing it)
asks here how to embed it, and gets a ``rich`` answer: an iframe of the record's card. The
URL must be one of this server's: the answer's addresses are made from its scheme and this
server's host, so that a provider behind a proxy that ends TLS answers with https.
"""

import re
from typing import Any
from urllib.parse import parse_qs, urlsplit

from flask import Response, current_app, request

from api.cards import CARD_COLLECTIONS, EXPLORER, OEMBED, card_path, record_of_explorer
from api.routes.cards import current_cards
from api.spec.model import Collection
from api.spec.values import SLUG_PATTERN
from api.web.answers import answer_json
from api.web.openapi import Blueprint, ok
from api.web.problems import PROBLEM_MEDIA_TYPE, PROBLEM_TYPES, problem_of
from schemas.oembed import OEmbedArgsSchema, OEmbedSchema
from schemas.problem import ProblemSchema

_SLUG = re.compile(SLUG_PATTERN)

blp = Blueprint(
    "oembed",
    __name__,
    description="oEmbed 1.0: how to embed a record's card in another page.",
)


def record_of(url: str) -> tuple[Collection, str] | None:
    """Return the record a URL of this server names, if it names one."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or parts.netloc != request.host:
        return None
    if parts.path == EXPLORER:
        query = {name: values[-1] for name, values in parse_qs(parts.query).items()}
        found = record_of_explorer(query)
    else:
        found = None
        for collection in CARD_COLLECTIONS.values():
            for prefix in (f"{collection.path}/", card_path(collection, "")):
                if parts.path.startswith(prefix):
                    found = collection, parts.path.removeprefix(prefix)
    if found is None or not _SLUG.fullmatch(found[1]):
        return None
    return found


@blp.route(OEMBED, operation_id="getOEmbed")
@blp.arguments(OEmbedArgsSchema, location="query")
@blp.response(200, OEmbedSchema, **ok("OEmbed"))
@blp.alt_response(404, response="NOT_FOUND")
@blp.alt_response(
    501,
    schema=ProblemSchema,
    content_type=PROBLEM_MEDIA_TYPE,
    description="`format=xml`: this provider answers in JSON only.",
)
def oembed(args: dict[str, Any]) -> Response:
    """Tell a CMS how to embed a record: an iframe of its card (oEmbed 1.0, type rich).

    `url` is the address of any record on this server: its API URL, its card, or the
    explorer showing it. The iframe is at most `maxwidth` wide and `maxheight` tall; its
    height is an estimate until the card, once loaded, posts its own (`{type: "setHeight",
    height}`) to the page, which may fit the iframe to it. 404 for a URL that names no
    record here; 501 for `format=xml`.
    """
    if args.get("format") == "xml":
        raise problem_of(PROBLEM_TYPES["format-not-implemented"])
    found = record_of(args["url"])
    if found is None:
        raise problem_of(PROBLEM_TYPES["not-found"], "No record of this server has this URL.")
    collection, record_id = found
    answer = current_cards().oembed(
        collection,
        record_id,
        # The scheme the client sees (behind a proxy that ends TLS, https), this host.
        origin=f"{urlsplit(args['url']).scheme}://{request.host}",
        maxwidth=args.get("maxwidth"),
        maxheight=args.get("maxheight"),
        cache_age=int(current_app.config["CACHE_MAX_AGE"]),
    )
    return answer_json(OEmbedSchema().dump(answer))

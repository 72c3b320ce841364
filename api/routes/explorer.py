"""The explorer: a static page at ``/explorer/`` that browses the dataset through the public API.

The page is files under ``api/static/explorer`` (HTML, ES modules that ``explorer.js`` imports,
one stylesheet) with no build step: the browser loads the modules as they are. Which filters
it offers for each collection is the spec's (``Filter.browse``): served to it as
``filters.json``, never copied into it, with the cues the cards read as denials. Its address
may name a record to show first (``?statement=<id>``, ``?actor=<id>``): the page then links
to the record's oEmbed answer, so that a CMS given that address finds the card. It reads only
the public API, whose base URL it takes from ``?api=`` (default: this origin), so the same
files also work when served from another origin.
"""

import re
from pathlib import Path, PurePath
from typing import Any
from urllib.parse import urlencode

import orjson
from flask import Blueprint, Response, current_app, request
from markupsafe import escape

from api.cards import EXPLORER_RECORDS, OEMBED, record_of_explorer
from api.cards.wording import NEGATING_CUE_STEMS
from api.spec.collections import COLLECTIONS, STATEMENTS
from api.spec.model import SEARCH, Collection
from api.spec.values import SLUG_PATTERN
from api.web.problems import invalid_parameters
from api.web.representation import (
    HTML_MEDIA_TYPE,
    JSON_MEDIA_TYPE,
    Representation,
    produces,
    public,
    send,
)
from schemas.query import UNKNOWN_PARAMETER

#: What an id in the page's address is told when it is not one.
NOT_AN_ID = "Not a valid id."
_SLUG = re.compile(SLUG_PATTERN)

#: Where the page's files live.
EXPLORER_FOLDER = Path(__file__).resolve().parent.parent / "static" / "explorer"

#: The page's own files, its entry module first; nothing else under the folder is served.
EXPLORER_ASSETS = (
    "explorer.js",
    "actors.js",
    "aid-chart.js",
    "api-client.js",
    "article.js",
    "dom.js",
    "embed-code.js",
    "filter-form.js",
    "filter-lists.js",
    "format.js",
    "network.js",
    "network-chart.js",
    "network-layout.js",
    "statements.js",
    "explorer.css",
)
#: The media type of each kind of file the page is made of.
_MEDIA_TYPES = {
    ".html": HTML_MEDIA_TYPE,
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
}
#: The filters the page offers, which it fetches beside it.
FILTER_LISTS = "filters.json"
#: The parameter of the page's address giving the base URL of the API it reads.
API_PARAMETER = "api"

#: Scripts and styles from this origin only, no inline code; data from any API origin.
EXPLORER_CSP = (
    "default-src 'self'; connect-src *; img-src 'self' data:; style-src 'self'; "
    "script-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)

explorer_blp = Blueprint("explorer", __name__, static_folder=None)


@explorer_blp.get("/explorer/")
@produces(HTML_MEDIA_TYPE)
def explorer_page() -> Response:
    """Serve the explorer page; ``/explorer`` redirects here so relative asset URLs resolve.

    Its address takes the API's base (``api``) and the filters the page offers, as it
    keeps them there; anything else is refused, as the API refuses what it would ignore.
    """
    offered = {name for lists in filter_lists().values() for name in lists["filters"]}
    records = set(EXPLORER_RECORDS.values())
    known = {API_PARAMETER, SEARCH, *offered, *records}
    errors = {name: [UNKNOWN_PARAMETER] for name in sorted(set(request.args) - known)}
    errors |= {
        name: [NOT_AN_ID]
        for name in sorted(records & set(request.args))
        if not _SLUG.fullmatch(request.args[name])
    }
    if errors:
        raise invalid_parameters(errors)
    record = record_of_explorer(request.args)
    if record is None:
        return _send("index.html")
    return _with_oembed_link(*record)


def _with_oembed_link(collection: Collection, record_id: str) -> Response:
    """Serve the page with a link to the oEmbed answer of the record it shows first: at the
    API the page reads (``?api=``), or this server."""
    base = request.args.get(API_PARAMETER) or request.host_url
    base = base.rstrip("/")
    href = f"{base}{OEMBED}?" + urlencode(
        {"url": f"{base}{collection.path}/{record_id}", "format": "json"}
    )
    link = (
        f'<link rel="alternate" type="application/json+oembed" href="{escape(href)}" '
        f'title="Dossier {escape(collection.noun)} {escape(record_id)}">\n'
    )
    page = (EXPLORER_FOLDER / "index.html").read_text(encoding="utf-8")
    page = page.replace("</head>", f"  {link}</head>", 1)
    return _hardened(
        send(Representation(page.encode(), HTML_MEDIA_TYPE, _cache_control(), EXPLORER_CSP))
    )


# Quoted: the rule's parser reads an unquoted "aid-chart.js" as an expression, not a name.
@explorer_blp.get(f"/explorer/<any({', '.join(map(repr, EXPLORER_ASSETS))}):asset>")
def explorer_asset(asset: str) -> Response:
    """Serve one of the explorer's modules, its stylesheet or its filter lists."""
    return _send(asset)


def filter_lists() -> dict[str, Any]:
    """Return, for each collection the page filters, the filters it offers (those the spec
    marks ``browse``), those of them the API counts (facets), and the search parameter; for
    statements, also the beginnings of the words of a cue that denies what follows it, which
    the page shows before the statement's text as the cards do."""
    lists: dict[str, Any] = {}
    for collection in COLLECTIONS.values():
        offered = [filter_.name for filter_ in collection.filters if filter_.browse]
        if offered:
            counted = [name for name in offered if collection.filter(name).facet]
            lists[collection.name] = {"filters": offered, "facets": counted, "search": SEARCH}
    lists[STATEMENTS.name]["negating_cues"] = list(NEGATING_CUE_STEMS)
    return lists


@explorer_blp.get(f"/explorer/{FILTER_LISTS}")
@produces(JSON_MEDIA_TYPE)
def explorer_filter_lists() -> Response:
    """Serve the filters the page offers, from the spec."""
    representation = Representation(
        orjson.dumps(filter_lists()), JSON_MEDIA_TYPE, _cache_control(), EXPLORER_CSP
    )
    return _hardened(send(representation))


def _send(filename: str) -> Response:
    """Serve one of the page's files, its ETag a hash of its bytes (the same on every node,
    unlike a file's modification time), coded as the request prefers."""
    body = (EXPLORER_FOLDER / filename).read_bytes()
    media_type = _MEDIA_TYPES[PurePath(filename).suffix]
    return _hardened(send(Representation(body, media_type, _cache_control(), EXPLORER_CSP)))


def _cache_control() -> str:
    """Return the app's data caching policy; a bare app's, revalidated on every use."""
    max_age = current_app.config.get("CACHE_MAX_AGE")
    return "no-cache" if max_age is None else public(int(max_age))


def _hardened(response: Response) -> Response:
    """Add what the page's files send beyond any representation's headers (which carry
    its policy, ``EXPLORER_CSP``, and nosniff): no referrer."""
    response.headers["Referrer-Policy"] = "no-referrer"
    return response

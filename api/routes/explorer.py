"""The explorer: a static page at ``/explorer/`` that browses the dataset through the public API.

The page is files under ``api/static/explorer`` (HTML, ES modules that ``explorer.js`` imports,
one stylesheet) with no build step: the browser loads the modules as they are. Which filters
it offers for each collection is the spec's (``Filter.browse``): served to it as
``filters.json``, never copied into it. It reads only the public
API, whose base URL it takes from ``?api=`` (default: this origin), so the same files also work
when served from another origin.
"""

from pathlib import Path
from typing import Any

import orjson
from flask import Blueprint, Response, current_app, request, send_from_directory

from api.spec.collections import COLLECTIONS
from api.spec.model import SEARCH
from api.web.problems import invalid_parameters
from api.web.representation import (
    HTML_MEDIA_TYPE,
    JSON_MEDIA_TYPE,
    Representation,
    produces,
    public,
)
from schemas.query import UNKNOWN_PARAMETER

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
    "filter-form.js",
    "filter-lists.js",
    "format.js",
    "network.js",
    "network-chart.js",
    "network-layout.js",
    "statements.js",
    "explorer.css",
)
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
    known = {API_PARAMETER, SEARCH, *offered}
    unknown = sorted(set(request.args) - known)
    if unknown:
        raise invalid_parameters({name: [UNKNOWN_PARAMETER] for name in unknown})
    return _send("index.html")


# Quoted: the rule's parser reads an unquoted "aid-chart.js" as an expression, not a name.
@explorer_blp.get(f"/explorer/<any({', '.join(map(repr, EXPLORER_ASSETS))}):asset>")
def explorer_asset(asset: str) -> Response:
    """Serve one of the explorer's modules, its stylesheet or its filter lists."""
    return _send(asset)


def filter_lists() -> dict[str, Any]:
    """Return, for each collection the page filters, the filters it offers (those the spec
    marks ``browse``), those of them the API counts (facets), and the search parameter."""
    lists = {}
    for collection in COLLECTIONS.values():
        offered = [filter_.name for filter_ in collection.filters if filter_.browse]
        if offered:
            counted = [name for name in offered if collection.filter(name).facet]
            lists[collection.name] = {"filters": offered, "facets": counted, "search": SEARCH}
    return lists


@explorer_blp.get(f"/explorer/{FILTER_LISTS}")
@produces(JSON_MEDIA_TYPE)
def explorer_filter_lists() -> Response:
    """Serve the filters the page offers, from the spec."""
    max_age = current_app.config.get("CACHE_MAX_AGE")
    cache_control = "no-cache" if max_age is None else public(int(max_age))
    representation = Representation(
        orjson.dumps(filter_lists()), JSON_MEDIA_TYPE, cache_control, EXPLORER_CSP
    )
    return _hardened(representation.respond())


def _send(filename: str) -> Response:
    # The app's data cache lifetime when it has one; Flask's default for a bare app.
    max_age = current_app.config.get("CACHE_MAX_AGE")
    return _hardened(send_from_directory(EXPLORER_FOLDER, filename, max_age=max_age))


def _hardened(response: Response) -> Response:
    response.headers["Content-Security-Policy"] = EXPLORER_CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response

"""Where everything lives: the API's paths, and the links between records and pages.

Links are paths, never absolute URLs, so that they work behind any host or proxy.
"""

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote_plus

from api.dataset.records import Record

ARTICLES = "/v1/articles"
ACTORS = "/v1/actors"
STATEMENTS = "/v1/statements"
AID_FIGURES = "/v1/aid-figures"
AID_TOTALS = "/v1/aid-figures/totals"
TOPICS = "/v1/topics"
NETWORK = "/v1/network"
DATASET = "/v1"
OPENAPI = "/openapi.yaml"
DOCS = "/docs"
#: Where a Wikidata item's page is, by its QID.
WIKIDATA_ITEM = "https://www.wikidata.org/wiki/{}"

#: What form encoding leaves as it is (with commas, which the API's lists use).
_PLAIN = re.compile(r"[A-Za-z0-9_.~,-]*")
#: Pagination parameters go last in a normalized query, after what selects the items.
_PAGINATION = ("limit", "offset")


def _encoded(text: str) -> str:
    """Return ``text`` as a query string writes it (form encoding, commas kept)."""
    # Ids, vocabulary terms and numbers need no quoting, and every record's links
    # are made of them: quoting only what needs it keeps rendering fast.
    return text if _PLAIN.fullmatch(text) else quote_plus(text, safe=",")


def _text(value: Any) -> str:
    return ",".join(value) if isinstance(value, list | tuple) else str(value)


def query_path(path: str, params: Mapping[str, Any]) -> str:
    """Return ``path`` with ``params`` as its query; list values are joined with commas."""
    query = "&".join(f"{_encoded(name)}={_encoded(_text(value))}" for name, value in params.items())
    return f"{path}?{query}" if query else path


def normalized(args: Mapping[str, Any]) -> dict[str, Any]:
    """Return parsed arguments in a canonical order: selection first, then pagination."""
    ordered = {name: value for name, value in args.items() if name not in _PAGINATION}
    ordered.update((name, args[name]) for name in _PAGINATION if name in args)
    return ordered


def page_links(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(offset - limit, 0)
    return {
        "self": query_path(path, query),
        "next": query_path(path, {**query, "offset": after}) if after < total else None,
        "prev": query_path(path, {**query, "offset": before}) if offset > 0 else None,
    }


def article_links(article: Record) -> dict[str, str]:
    """Return the links of an article."""
    article_id = article["id"]
    return {
        "self": f"{ARTICLES}/{article_id}",
        "statements": query_path(STATEMENTS, {"article": article_id}),
        "aid_figures": query_path(AID_FIGURES, {"article": article_id}),
    }


def actor_links(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = actor["id"]
    links = {
        "self": f"{ACTORS}/{actor_id}",
        "statements": query_path(STATEMENTS, {"speaker": actor_id}),
        "mentions": query_path(STATEMENTS, {"mentions": actor_id}),
        "aid_given": query_path(AID_FIGURES, {"donor": actor_id}),
        "aid_received": query_path(AID_FIGURES, {"recipient": actor_id}),
    }
    if actor["wikidata"] is not None:
        links["wikidata"] = WIKIDATA_ITEM.format(actor["wikidata"])
    return links


def network_node_links(actor_id: str, wikidata: str | None) -> dict[str, str]:
    """Return the links of an actor as a node of the network: itself, and its Wikidata item."""
    links = {"self": f"{ACTORS}/{actor_id}"}
    if wikidata is not None:
        links["wikidata"] = WIKIDATA_ITEM.format(wikidata)
    return links


def statement_links(statement: Record) -> dict[str, str]:
    """Return the links of a statement (with bare-id references)."""
    links = {
        "self": f"{STATEMENTS}/{statement['id']}",
        "speaker": f"{ACTORS}/{statement['speaker']}",
    }
    if statement["reported_by"] is not None:
        links["reported_by"] = f"{STATEMENTS}/{statement['reported_by']}"
    return links


def aid_figure_links(aid_figure: Record) -> dict[str, str]:
    """Return the links of an aid figure (with bare-id references)."""
    links = {
        "self": f"{AID_FIGURES}/{aid_figure['id']}",
        "donor": f"{ACTORS}/{aid_figure['donor']}",
        "recipient": f"{ACTORS}/{aid_figure['recipient']}",
    }
    if aid_figure["reported_by"] is not None:
        links["reported_by"] = f"{STATEMENTS}/{aid_figure['reported_by']}"
    return links


def topic_links(topic_id: str) -> dict[str, str]:
    """Return the links of a topic."""
    return {"statements": query_path(STATEMENTS, {"topic": topic_id})}

"""The examples of the contract, taken from the snapshot when the app starts.

Each operation's 200 refers to one of these by name; the values are what the
API answers, so the published examples can never drift from the data.
"""

from collections.abc import Mapping
from typing import Any

import orjson
from marshmallow import Schema

from api.catalog import Catalog
from api.catalog.listing import Listing
from api.web.problems import PROBLEM_TYPES, Problem
from schemas.query import (
    ActorQueryArgsSchema,
    AidFigureQueryArgsSchema,
    AidTotalsQueryArgsSchema,
    ArticleQueryArgsSchema,
    NetworkQueryArgsSchema,
    StatementQueryArgsSchema,
    TopicQueryArgsSchema,
)

#: The records shown as examples, when the dataset has them (else its first record).
EXAMPLE_ARTICLE = "cbc-2022-02-08-macron-kyiv"
EXAMPLE_ACTOR = "emmanuel-macron"
EXAMPLE_STATEMENT = "peskov-no-deals"
EXAMPLE_AID_FIGURE = "france-aid-2022-02"
#: The query strings of the example pages, as a client would send them.
EXAMPLE_QUERIES: dict[str, tuple[type[Schema], dict[str, str]]] = {
    "ArticlePage": (ArticleQueryArgsSchema, {"limit": "1"}),
    "ActorPage": (
        ActorQueryArgsSchema,
        {"kind": "person", "q": "pres", "limit": "2", "facets": "kind", "facet_size": "3"},
    ),
    "StatementPage": (
        StatementQueryArgsSchema,
        {"speaker": "dmitry-peskov", "limit": "2", "facets": "speaker,topic", "facet_size": "3"},
    ),
    "AidFigurePage": (AidFigureQueryArgsSchema, {"recipient": "ukraine", "limit": "1"}),
    "TopicPage": (TopicQueryArgsSchema, {"limit": "3"}),
}
EXAMPLE_TOTALS_QUERY = {"group_by": "recipient", "currency": "EUR"}
EXAMPLE_NETWORK_QUERY = {"speaker": "dmitry-peskov"}


def _record(listing: Listing, record_id: str) -> Any:
    try:
        return orjson.loads(listing.item(record_id).body)
    except Problem:
        items = listing.page_data({"limit": 1, "offset": 0})["items"]
        return orjson.loads(orjson.dumps(items[0])) if items else {}


def _args(schema: type[Schema], query: Mapping[str, str]) -> dict[str, Any]:
    args: dict[str, Any] = schema().load(query)
    return args


def _export(listing: Listing, name: str, export_format: str) -> str:
    """Return the export of an example page's query, at most 2 records, as text."""
    schema, query = EXAMPLE_QUERIES[name]
    shown = {key: value for key, value in query.items() if not key.startswith("facet")}
    args = _args(schema, {**shown, "limit": "2", "format": export_format})
    return b"".join(listing.export(args, export_format).chunks()).decode()


def examples(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    exports = {
        f"{name.removesuffix('Page')}{suffix}": _export(pages[name], name, export_format)
        for name in pages
        for suffix, export_format in (("Csv", "csv"), ("Ndjson", "ndjson"))
    }
    return {
        **exports,
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Network": catalog.network(_args(NetworkQueryArgsSchema, EXAMPLE_NETWORK_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }

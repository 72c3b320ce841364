"""The examples of the contract, taken from the snapshot when the app starts.

Each operation's 200 refers to one of these by name; the values are what the API
answers, so the published examples can never drift from the data. The data package's
``created``, the time of the build, is left out of its example: the contract is the same
for every build of one dataset. Which record and which
query each collection shows is the spec's (``Collection.example``).
"""

from collections.abc import Mapping
from typing import Any

import orjson
from marshmallow import Schema

from api.cards import Cards
from api.catalog import Catalog, RecordNotFound
from api.spec.collections import AID_TOTALS, COLLECTIONS, STATEMENT_NETWORK, STATEMENTS
from api.spec.model import Collection
from api.web.problems import PROBLEM_TYPES
from schemas.oembed import OEmbedSchema
from schemas.query import (
    EXPORT_ARGUMENTS,
    PAGE_ARGUMENTS,
    AidTotalsQueryArgsSchema,
    NetworkQueryArgsSchema,
)

#: The server an oEmbed example is answered by (RFC 2606 reserves the name).
EXAMPLE_ORIGIN = "https://dossier.example"


def example_name(collection: Collection) -> str:
    """Return the name of a collection's record example (``AidFigure``), which its page's,
    CSV's and NDJSON's (``AidFigurePage``, ``AidFigureCsv``, ...) extend."""
    return "".join(part.capitalize() for part in collection.singular.split("_"))


def _args(schema: type[Schema], query: Mapping[str, str]) -> dict[str, Any]:
    args: dict[str, Any] = schema().load(query)
    return args


def _record(catalog: Catalog, collection: Collection, record_id: str) -> Any:
    """Return the record ``record_id``, or the collection's first when it has no such one."""
    try:
        return orjson.loads(catalog.record(collection, record_id))
    except RecordNotFound:
        items = catalog.page(collection, {"limit": 1, "offset": 0})["items"]
        return orjson.loads(orjson.dumps(items[0])) if items else {}


def _export(catalog: Catalog, collection: Collection, query: Mapping[str, str], form: str) -> str:
    """Return the export of an example page's query, at most 2 records, as text."""
    shown = {key: value for key, value in query.items() if not key.startswith("facet")}
    args = _args(EXPORT_ARGUMENTS[collection.name], {**shown, "limit": "2"})
    return b"".join(catalog.export(collection, args, form).chunks()).decode()


def _oembed(cards: Cards, cache_age: int) -> Any:
    """Return the oEmbed answer for the statement the spec shows, as the example server's."""
    statement = _record(cards.catalog, STATEMENTS, STATEMENTS.example.record)
    answer = cards.oembed(
        STATEMENTS,
        statement["id"],
        origin=EXAMPLE_ORIGIN,
        maxwidth=None,
        maxheight=None,
        cache_age=cache_age,
    )
    return OEmbedSchema().dump(answer)


def _without_build_time(package: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in package.items() if key != "created"}


def examples(cards: Cards, cache_age: int) -> dict[str, Any]:
    """Return every example of the contract by name; an oEmbed answer may be kept
    ``cache_age`` seconds."""
    catalog = cards.catalog
    found: dict[str, Any] = {}
    for collection in COLLECTIONS.values():
        name = example_name(collection)
        query = collection.example.query
        found[f"{name}Csv"] = _export(catalog, collection, query, "csv")
        found[f"{name}Ndjson"] = _export(catalog, collection, query, "ndjson")
        if collection.from_data:
            found[name] = _record(catalog, collection, collection.example.record)
        args = _args(PAGE_ARGUMENTS[collection.name], query)
        found[f"{name}Page"] = catalog.page(collection, args)
    return {
        **found,
        "AidTotals": catalog.totals(_args(AidTotalsQueryArgsSchema, AID_TOTALS.example)),
        "Network": catalog.network(_args(NetworkQueryArgsSchema, STATEMENT_NETWORK.example)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "DatasetteMetadata": catalog.datasette_metadata(),
        "DataPackage": _without_build_time(catalog.data_package()),
        "Health": catalog.health(),
        "Readiness": catalog.readiness(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
        "OEmbed": _oembed(cards, cache_age),
    }

"""A collection's pages as the API publishes them: the envelope, matches, facets and toggles."""

from collections.abc import Mapping
from typing import Any

import orjson

from api.catalog.links import normalized, page_links, query_path
from api.dataset import queries
from api.dataset.budget import BudgetExceeded, sooner, within
from api.dataset.facets import facet
from api.dataset.queries import DEFAULT_SORT, Query
from api.dataset.search import pattern
from api.dataset.sql import searched_texts
from api.spec.collections import COLLECTIONS
from api.spec.model import Collection
from api.spec.values import DEFAULT_FACET_SIZE


def query_of(collection: Collection, args: Mapping[str, Any], *, paged: bool = True) -> Query:
    """Turn parsed query arguments into a query of the collection."""
    date_range = collection.date_range
    return Query(
        filters={
            filter_.name: tuple(args[filter_.name])
            for filter_ in collection.filters
            if filter_.name in args
        },
        search=args.get("q"),
        date_from=args.get(date_range.start) if date_range else None,
        date_to=args.get(date_range.end) if date_range else None,
        sort=tuple(args.get("sort", DEFAULT_SORT)),
        offset=args.get("offset", 0) if paged else 0,
        limit=args.get("limit") if paged else None,
    )


def page_data(
    connection: Any,
    collection: Collection,
    args: Mapping[str, Any],
    parameters: tuple[str, ...],
    *,
    facet_budget: float | None = None,
) -> dict[str, Any]:
    """Return the page of the collection ``args`` asks for, in the envelope's key order.

    ``parameters`` are the collection's query parameters, in the order links give them.
    The facets are counted within ``facet_budget`` seconds together, and within the
    request's budget (None: no other bound than the request's).
    """
    query = query_of(collection, args)
    page = queries.select(connection, collection, query)
    items: list[Any]
    if query.search is None:
        items = [orjson.Fragment(item) for item in page.items]
    else:
        search = query.search
        items = [orjson.Fragment(with_matches(item, collection, search)) for item in page.items]
    data: dict[str, Any] = {
        "items": items,
        "total": page.total,
        "limit": args["limit"],
        "offset": args["offset"],
        "links": page_links(collection.path, args, page.total),
    }
    if "facets" in args:
        with sooner(facet_budget):
            data["facets"] = facets(
                connection, collection, args, query, parameters, matched=page.total
            )
    return data


def facets(
    connection: Any,
    collection: Collection,
    args: Mapping[str, Any],
    query: Query,
    parameters: tuple[str, ...],
    *,
    matched: int | None = None,
) -> dict[str, Any]:
    """Return the facets ``args`` asks for: each value's count, selection and toggle link
    (``matched``: how many records the query matches, when known)."""
    size = args.get("facet_size", DEFAULT_FACET_SIZE)
    counted_facets: dict[str, Any] = {}
    for name in dict.fromkeys(args["facets"]):
        try:
            counted = facet(connection, collection, query, name, size, matched=matched)
        except BudgetExceeded:
            # The page answers; this facet, and any after it, are marked.
            counted_facets[name] = {"items": [], "truncated": True, "timed_out": True}
            continue
        selected = set(query.filters.get(name, ()))
        ref = collection.references.get(name)
        values = [value for value, _ in counted.counts]
        forms = None if ref is None else named(connection, ref, values)
        items = []
        for value, count in counted.counts:
            entry: dict[str, Any] = {"value": value}
            if forms is not None:
                entry["ref"] = forms.get(value)
            entry["count"] = count
            entry["selected"] = value in selected
            entry["links"] = {"toggle": toggle_link(collection, args, name, value, parameters)}
            items.append(entry)
        counted_facets[name] = {"items": items, "truncated": counted.truncated, "timed_out": False}
    return counted_facets


def named(connection: Any, ref: str, record_ids: list[str]) -> dict[str, dict[str, Any]]:
    """Return the compact form of each record of collection ``ref`` that a counted answer
    names (a facet's values, a page of totals' groups), by id.

    Out of the request's time budget: the counts came in time, and naming them is a lookup
    of at most a page of keys, which must not turn a counted answer into a failure.
    """
    with within(None):
        return queries.compact(connection, COLLECTIONS[ref], record_ids)


def toggle_link(
    collection: Collection,
    args: Mapping[str, Any],
    name: str,
    value: str,
    parameters: tuple[str, ...],
) -> str:
    """Return this query with ``value`` added to filter ``name``, or taken out, page one."""
    current = list(args.get(name, ()))
    values = [other for other in current if other != value]
    if value not in current:
        values.append(value)
    toggled = {**args, name: values} if values else {k: v for k, v in args.items() if k != name}
    ordered = {parameter: toggled[parameter] for parameter in parameters if parameter in toggled}
    ordered["offset"] = 0
    return query_path(collection.path, normalized(ordered))


def with_matches(item: bytes, collection: Collection, search: str) -> bytes:
    """Return a searched page's item with ``matches``: where each text holds the search.

    Offsets count Unicode code points from the start of the field's text, end exclusive.
    """
    hit = pattern(search)
    matches = [
        {"field": field, "start": found.start(), "end": found.end()}
        for field, text in searched_texts(collection, orjson.loads(item))
        for found in hit.finditer(text)
    ]
    # The rendered record is a JSON object: ``matches`` goes in as its last member.
    return item[:-1] + b',"matches":' + orjson.dumps(matches) + b"}"

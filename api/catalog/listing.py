"""A collection as the API publishes it: its records by id, and pages of them from the snapshot."""

from collections.abc import Mapping
from typing import Any

import orjson

from api.dataset import queries
from api.dataset.queries import DEFAULT_SORT, Query
from api.dataset.snapshot import Snapshot
from api.dataset.tables import Table
from api.web.links import page_links
from api.web.problems import no_such_record
from api.web.representation import Representation, json_representation


class Listing:
    """The records of one collection, and the paging, filtering and searching of them."""

    def __init__(
        self, *, snapshot: Snapshot, table: Table, path: str, noun: str, cache_control: str
    ) -> None:
        self.snapshot = snapshot
        self.table = table
        self.path = path
        self.noun = noun
        self.cache_control = cache_control

    def item(self, record_id: str) -> Representation:
        """Return the representation of one record; raise a 404 problem for an unknown id."""
        body = queries.record(self.snapshot.connection(), self.table, record_id)
        if body is None:
            raise no_such_record(self.noun, record_id)
        return Representation(body, "application/json", self.cache_control)

    def query(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("offset", 0) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def page_data(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = queries.select(self.snapshot.connection(), self.table, query)
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = [with_matches(item, self.table, query.search) for item in page.items]
        return {
            "items": items,
            "total": page.total,
            "limit": args["limit"],
            "offset": args["offset"],
            "links": page_links(self.path, args, page.total),
        }

    def page(self, args: Mapping[str, Any]) -> Representation:
        """Return the representation of the page ``args`` asks for."""
        return json_representation(self.page_data(args), self.cache_control)


def with_matches(item: bytes, table: Table, search: str) -> orjson.Fragment:
    """Return a searched page's item with ``matches``: where each text holds the search.

    Offsets count Unicode code points from the start of the field's text, end exclusive.
    """
    pattern = queries.search_pattern(search)
    matches = [
        {"field": field, "start": hit.start(), "end": hit.end()}
        for field, text in table.searched_texts(orjson.loads(item))
        for hit in pattern.finditer(text)
    ]
    # The rendered record is a JSON object: ``matches`` goes in as its last member.
    return orjson.Fragment(item[:-1] + b',"matches":' + orjson.dumps(matches) + b"}")

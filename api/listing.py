"""A collection as HTTP sees it: each record's finished representation, and pages of them."""

from collections.abc import Mapping
from typing import Any

from api.errors import no_such_record
from api.links import page_links
from api.querying import DEFAULT_SORT, Collection, Query
from api.responses import Representation, json_representation

Record = dict[str, Any]
#: Parameters that are not filters over an index (besides a collection's date range).
_NOT_FILTERS = frozenset({"limit", "offset", "sort", "q", "group_by"})


class Listing:
    """The records of one collection, rendered, with the paging and querying of them."""

    def __init__(
        self,
        *,
        path: str,
        noun: str,
        items: Mapping[str, Record],
        collection: Collection,
        cache_control: str,
        date_filters: tuple[str, str] | None = None,
    ) -> None:
        self.path = path
        self.noun = noun
        self.items = items
        self.collection = collection
        self.cache_control = cache_control
        #: The names of the ``from`` and ``to`` parameters of the collection's date range.
        self.date_filters = date_filters

    def item(self, record_id: str) -> Representation:
        """Return the representation of one record; raise a 404 problem for an unknown id."""
        if record_id not in self.items:
            raise no_such_record(self.noun, record_id)
        return json_representation(self.items[record_id], self.cache_control)

    def query(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_from, date_to = self.date_filters or ("", "")
        not_filters = _NOT_FILTERS | {date_from, date_to}
        return Query(
            filters={
                name: tuple(values) for name, values in args.items() if name not in not_filters
            },
            search=args.get("q"),
            date_from=args.get(date_from),
            date_to=args.get(date_to),
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("offset", 0) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def page_data(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        page = self.collection.select(self.query(args))
        return {
            "items": [self.items[record_id] for record_id in page.ids],
            "total": page.total,
            "limit": args["limit"],
            "offset": args["offset"],
            "links": page_links(self.path, args, page.total),
        }

    def page(self, args: Mapping[str, Any]) -> Representation:
        """Return the representation of the page ``args`` asks for."""
        return json_representation(self.page_data(args), self.cache_control)

"""A collection as the API publishes it: its records by id, pages, facets and exports of them."""

from collections.abc import Iterator, Mapping
from typing import Any

import orjson
from marshmallow import Schema

from api.catalog import exports
from api.dataset import queries
from api.dataset.queries import DEFAULT_SORT, Query
from api.dataset.snapshot import Snapshot
from api.dataset.tables import Table
from api.web.links import normalized, page_links, query_path
from api.web.problems import no_such_record
from api.web.representation import (
    FORMAT_EXTENSIONS,
    FORMAT_MEDIA_TYPES,
    Download,
    Representation,
    json_representation,
    tag_of,
)
from schemas.common import ActorRefSchema, ArticleRefSchema, StatementRefSchema
from schemas.query import DEFAULT_FACET_SIZE, JSON_FORMAT

#: How a facet's values that are record ids are labelled: as references embed them.
_REFERENCE_SCHEMAS: dict[str, Schema] = {
    "actors": ActorRefSchema(),
    "articles": ArticleRefSchema(),
    "statements": StatementRefSchema(),
}


class Listing:
    """The records of one collection, and the paging, filtering and searching of them."""

    def __init__(
        self,
        *,
        snapshot: Snapshot,
        table: Table,
        path: str,
        noun: str,
        cache_control: str,
        parameters: tuple[str, ...],
        code_version: str,
    ) -> None:
        self.snapshot = snapshot
        self.table = table
        self.path = path
        self.noun = noun
        self.cache_control = cache_control
        #: The collection's query parameters, in the order its links give them.
        self.parameters = parameters
        #: What, besides the snapshot and the query, an export's bytes depend on.
        self.code_version = code_version

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
        connection = self.snapshot.connection()
        page = queries.select(connection, self.table, query)
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            search = query.search
            items = [orjson.Fragment(with_matches(item, self.table, search)) for item in page.items]
        data: dict[str, Any] = {
            "items": items,
            "total": page.total,
            "limit": args["limit"],
            "offset": args["offset"],
            "links": page_links(self.path, args, page.total),
        }
        if "facets" in args:
            data["facets"] = self.facets(args, query)
        return data

    def facets(self, args: Mapping[str, Any], query: Query) -> dict[str, Any]:
        """Return the facets ``args`` asks for: each value's count, selection and toggle link."""
        connection = self.snapshot.connection()
        size = args.get("facet_size", DEFAULT_FACET_SIZE)
        facets: dict[str, Any] = {}
        for name in dict.fromkeys(args["facets"]):
            facet = queries.facet(connection, self.table, query, name, size)
            selected = set(query.filters.get(name, ()))
            references = self._references(name, [value for value, _ in facet.counts])
            values = []
            for value, count in facet.counts:
                entry: dict[str, Any] = {"value": value}
                if references is not None:
                    entry["ref"] = references.get(value)
                entry["count"] = count
                entry["selected"] = value in selected
                entry["links"] = {"toggle": self.toggle_link(args, name, value)}
                values.append(entry)
            facets[name] = {"items": values, "truncated": facet.truncated}
        return facets

    def _references(self, name: str, ids: list[str]) -> dict[str, Any] | None:
        """Return the compact form of each record ``ids`` names, when filter ``name`` takes ids."""
        collection = self.table.references.get(name)
        if collection is None:
            return None
        schema = _REFERENCE_SCHEMAS[collection]
        found = queries.records_by_id(self.snapshot.connection(), collection, ids)
        return {record_id: schema.dump(orjson.loads(body)) for record_id, body in found.items()}

    def toggle_link(self, args: Mapping[str, Any], name: str, value: str) -> str:
        """Return this query with ``value`` added to filter ``name``, or taken out, page one."""
        current = list(args.get(name, ()))
        values = [other for other in current if other != value]
        if value not in current:
            values.append(value)
        toggled = {**args, name: values} if values else {k: v for k, v in args.items() if k != name}
        ordered = {
            parameter: toggled[parameter] for parameter in self.parameters if parameter in toggled
        }
        ordered["offset"] = 0
        return query_path(self.path, normalized(ordered))

    def page(self, args: Mapping[str, Any]) -> Representation | Download:
        """Return the representation ``args`` asks for: a JSON page, or an export."""
        export_format = args.get("format", JSON_FORMAT)
        if export_format == JSON_FORMAT:
            return json_representation(self.page_data(args), self.cache_control)
        return self.export(args, export_format)

    def export(self, args: Mapping[str, Any], export_format: str) -> Download:
        """Return the export of every record ``args`` selects, in CSV or NDJSON, streamed."""
        query = self.query(args)
        canonical = query_path(self.path, normalized(args))
        return Download(
            chunks=lambda: self._export_chunks(query, export_format),
            media_type=FORMAT_MEDIA_TYPES[export_format],
            cache_control=self.cache_control,
            tag=tag_of(self.snapshot.etag, self.code_version, canonical),
            filename=f"dossier-{self.path.rsplit('/', 1)[-1]}-{self.snapshot.version}"
            f".{FORMAT_EXTENSIONS[export_format]}",
        )

    def _export_chunks(self, query: Query, export_format: str) -> Iterator[bytes]:
        records = queries.stream(self.snapshot.connection(), self.table, query)
        if export_format == "csv":
            return exports.csv_chunks(self.table.name, records)
        if query.search is not None:
            search = query.search
            records = (with_matches(item, self.table, search) for item in records)
        return exports.ndjson_chunks(records)


def with_matches(item: bytes, table: Table, search: str) -> bytes:
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
    return item[:-1] + b',"matches":' + orjson.dumps(matches) + b"}"

"""Where everything lives: the API's paths, and the links between records and pages.

The collections' paths, and which links a record has, are the spec's; this module spells
them.

Links are paths, never absolute URLs, so that they work behind any host or proxy.
"""

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote_plus

from api.spec.collections import AID_FIGURES, COLLECTIONS
from api.spec.model import Collection

DATASET = "/v1"
AID_TOTALS = f"{AID_FIGURES.path}/totals"
NETWORK = f"{DATASET}/network"
DOWNLOAD = f"{DATASET}/dataset.sqlite"
#: Datasette's metadata.json of the download, served beside it.
DATASETTE_METADATA = f"{DATASET}/dataset.metadata.json"
#: The Frictionless data package of the CSV exports, whose paths are relative to it.
DATA_PACKAGE = f"{DATASET}/datapackage.json"
OPENAPI = "/openapi.yaml"
#: The same contract in JSON, where many tools look first.
OPENAPI_JSON = "/openapi.json"
DOCS = "/docs"
#: The page that reads the article with its data.
EXPLORER = "/explorer/"

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


def navigation(
    path: str, args: Mapping[str, Any], total: int, limit: int, offset: int
) -> dict[str, str]:
    """Return the pages around the one ``args`` asks for, by relation (RFC 8288): ``first``,
    ``prev`` (unless this is the first), ``next`` (unless it is the last) and ``last``."""
    query = normalized(args)

    def at(position: int) -> str:
        return query_path(path, {**query, "limit": limit, "offset": position})

    pages = {"first": at(0)}
    if offset > 0:
        pages["prev"] = at(max(offset - limit, 0))
    if offset + limit < total:
        pages["next"] = at(offset + limit)
    pages["last"] = at(max(total - 1, 0) // limit * limit)
    return pages


def page_links(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    pages = navigation(path, args, total, args["limit"], args["offset"])
    return {
        "self": query_path(path, normalized(args)),
        "next": pages.get("next"),
        "prev": pages.get("prev"),
    }


def totals_links(
    args: Mapping[str, Any], total: int, limit: int, offset: int
) -> dict[str, str | None]:
    """Return the ``self`` link of totals as asked, and the ``next`` and ``prev`` groups."""
    pages = navigation(AID_TOTALS, args, total, limit, offset)
    return {
        "self": query_path(AID_TOTALS, normalized(args)),
        "next": pages.get("next"),
        "prev": pages.get("prev"),
    }


def export_path(collection: Collection, form: str) -> str:
    """Return the path of a collection's export in ``form`` (``/v1/statements.csv``)."""
    return f"{collection.path}.{form}"


def record_links(collection: Collection, record: Mapping[str, Any]) -> dict[str, str]:
    """Return the links of a record (references as bare ids), in the order the spec gives.

    ``self`` (records of the data files), each reference the spec links, the collections
    that filter on this record (an actor's ``statements``: ``?speaker=<id>``), then the
    external page of each value that has one.
    """
    record_id = record["id"]
    links = {"self": f"{collection.path}/{record_id}"} if collection.from_data else {}
    for field in collection.columns:
        if field.link and field.ref is not None and record[field.path] is not None:
            links[field.name] = f"{COLLECTIONS[field.ref].path}/{record[field.path]}"
    for other in COLLECTIONS.values():
        for filter_ in other.filters:
            if filter_.backlink is not None and filter_.backlink[0] == collection.name:
                links[filter_.backlink[1]] = query_path(other.path, {filter_.name: record_id})
    for field in collection.fields:
        if field.url is not None and record[field.path] is not None:
            links[field.name] = field.url.format(record[field.path])
    return links


def node_links(collection: Collection, node: Mapping[str, Any]) -> dict[str, str]:
    """Return the links of a record as a node of a graph: itself, and its external pages."""
    links = {"self": f"{collection.path}/{node['id']}"}
    for field in collection.fields:
        if field.url is not None and node.get(field.path) is not None:
            links[field.name] = field.url.format(node[field.path])
    return links

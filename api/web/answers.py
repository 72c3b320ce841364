"""How views answer: the catalog's plain results made representations of the current request.

A record's body, a page's data, an export: each becomes a :class:`Representation` or a
:class:`Download` with the app's caching policy; a domain error becomes its problem
(``api.web.problems``).
"""

import functools
from collections.abc import Callable, Mapping
from typing import Any, TypeVar
from urllib.parse import quote, unquote_plus

from flask import Response, request

from api.catalog.exports import Export
from api.catalog.links import AID_TOTALS, export_path, navigation
from api.spec.model import EXPORT_FORMATS, Collection
from api.web.context import current
from api.web.observability import FACET_TIMED_OUT, budget_exceeded
from api.web.openapi import export_redirect_documented
from api.web.representation import (
    FORMAT_MEDIA_TYPES,
    JSON_MEDIA_TYPE,
    NO_STORE,
    Download,
    Representation,
    json_representation,
    link_header,
    produces,
    requested_format,
    send,
    tag_of,
)

View = TypeVar("View", bound=Callable[..., Any])
#: What a Location's query keeps as it is: what a query string may hold, escapes included.
_QUERY_SAFE = "&=+%,;:@/?!$'()*~-._"


def answer_json(data: Any, cache_control: str | None = None) -> Response:
    """Answer with ``data`` as JSON, cacheable as data unless told otherwise."""
    return send(json_representation(data, cache_control or current().cache_control))


def answer_record(collection: Collection, record_id: str) -> Response:
    """Answer with one record of ``collection`` (a 404 problem for an unknown id)."""
    context = current()
    body = context.catalog.record(collection, record_id)
    return send(Representation(body, JSON_MEDIA_TYPE, context.cache_control))


def answer_collection(collection: Collection, args: Mapping[str, Any]) -> Response:
    """Answer with the page of ``collection`` that ``args`` asks for."""
    context = current()
    page = context.catalog.page(collection, args, facet_budget=context.facet_budget)
    timed_out = any(facet["timed_out"] for facet in page.get("facets", {}).values())
    # A page whose facets did not fit is answered, but never kept: the next one may fit.
    cache_control = NO_STORE if timed_out else context.cache_control
    if timed_out:
        budget_exceeded(FACET_TIMED_OUT)
    pages = navigation(collection.path, args, page["total"], page["limit"], page["offset"])
    return send(json_representation(page, cache_control, link=link_header(pages)))


def answer_totals(args: Mapping[str, Any]) -> Response:
    """Answer with the aid totals ``args`` asks for, a page of groups."""
    context = current()
    totals = context.catalog.totals(args)
    pages = navigation(AID_TOTALS, args, totals["total"], totals["limit"], totals["offset"])
    return send(json_representation(totals, context.cache_control, link=link_header(pages)))


def answer_export(collection: Collection, args: Mapping[str, Any], form: str) -> Response:
    """Answer with the export in ``form`` of every record of ``collection`` ``args`` selects."""
    context = current()
    return send(download(context.catalog.export(collection, args, form), context.cache_control))


def asked_export() -> str | None:
    """Return the export format the current request asks a list for, v1's way: one
    ``format=csv`` or ``format=ndjson``, or, without ``format``, an Accept preferring one."""
    given = request.args.getlist("format")
    if not given:
        return requested_format()
    return given[0] if len(given) == 1 and given[0] in EXPORT_FORMATS else None


def export_redirect(collection: Collection, form: str) -> Response:
    """Return the 307 that sends a list's export request to the export, with the rest of
    its query string as it came (every ``format`` left out)."""
    raw = request.environ.get("QUERY_STRING", "")
    kept = "&".join(
        pair
        for pair in raw.split("&")
        if pair and unquote_plus(pair.partition("=")[0], errors="replace") != "format"
    )
    # WSGI holds the query's bytes as Latin-1: bytes a client sent unescaped are escaped.
    query = quote(kept.encode("latin-1"), safe=_QUERY_SAFE)
    location = export_path(collection, form) + (f"?{query}" if query else "")
    return Response(
        status=307,
        headers={"Location": location, "Cache-Control": current().cache_control},
    )


def exports_elsewhere(collection: Collection) -> Callable[[View], View]:
    """Make a list view answer v1's export requests (:func:`asked_export`) with a redirect
    to the export, before its parameters are read; and offer the export's media types, so
    that an Accept asking for them is redirected, not refused."""

    def decorator(view: View) -> View:
        @functools.wraps(view)
        def listing(*args: Any, **kwargs: Any) -> Any:
            form = asked_export()
            if form is not None:
                return export_redirect(collection, form)
            return view(*args, **kwargs)

        offered = produces(*FORMAT_MEDIA_TYPES.values())(listing)
        return export_redirect_documented(offered)  # type: ignore[return-value]

    return decorator


def download(export: Export, cache_control: str) -> Download:
    """Return the download of an export: a file to save, validated by what makes its bytes."""
    return Download(
        chunks=export.chunks,
        media_type=FORMAT_MEDIA_TYPES[export.format],
        cache_control=cache_control,
        tag=tag_of(export.key),
        filename=export.filename,
    )

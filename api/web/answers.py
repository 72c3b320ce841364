"""How views answer: the catalog's plain results made representations of the current request.

A record's body, a page's data, an export: each becomes a :class:`Representation` or a
:class:`Download` with the app's caching policy; a domain error becomes its problem
(``api.web.problems``).
"""

from collections.abc import Mapping
from typing import Any

from flask import Response

from api.catalog.exports import Export
from api.spec.model import Collection
from api.web.context import current
from api.web.observability import FACET_TIMED_OUT, budget_exceeded
from api.web.representation import (
    FORMAT_MEDIA_TYPES,
    JSON_MEDIA_TYPE,
    NO_STORE,
    Download,
    Representation,
    json_representation,
    send,
    tag_of,
)
from schemas.query import JSON_FORMAT


def answer_json(data: Any, cache_control: str | None = None) -> Response:
    """Answer with ``data`` as JSON, cacheable as data unless told otherwise."""
    return send(json_representation(data, cache_control or current().cache_control))


def answer_record(collection: Collection, record_id: str) -> Response:
    """Answer with one record of ``collection`` (a 404 problem for an unknown id)."""
    context = current()
    body = context.catalog.record(collection, record_id)
    return send(Representation(body, JSON_MEDIA_TYPE, context.cache_control))


def answer_collection(collection: Collection, args: Mapping[str, Any]) -> Response:
    """Answer with the page of ``collection`` that ``args`` asks for, or its export."""
    context = current()
    form = args.get("format", JSON_FORMAT)
    if form == JSON_FORMAT:
        page = context.catalog.page(collection, args)
        timed_out = any(facet["timed_out"] for facet in page.get("facets", {}).values())
        # A page whose facets did not fit is answered, but never kept: the next one may fit.
        cache_control = NO_STORE if timed_out else context.cache_control
        if timed_out:
            budget_exceeded(FACET_TIMED_OUT)
        return send(json_representation(page, cache_control))
    return send(download(context.catalog.export(collection, args, form), context.cache_control))


def download(export: Export, cache_control: str) -> Download:
    """Return the download of an export: a file to save, validated by what makes its bytes."""
    return Download(
        chunks=export.chunks,
        media_type=FORMAT_MEDIA_TYPES[export.format],
        cache_control=cache_control,
        tag=tag_of(export.key),
        filename=export.filename,
    )

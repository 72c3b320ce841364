"""``/v1/<collection>.csv`` and ``.ndjson``: every record a query selects, as one file.

One operation per collection and format, made from the spec: the same selection and sort
as the collection's list, any ``limit``, no facets. A list asked for an export the v1 way
(``format=csv``) redirects here.
"""

from typing import Any

from flask import Response

from api.catalog.links import DATASET, export_path
from api.spec.collections import COLLECTIONS
from api.spec.model import EXPORT_FORMATS, Collection
from api.web.answers import answer_export
from api.web.examples import example_name
from api.web.openapi import Blueprint, exported
from schemas.query import EXPORT_ARGUMENTS

blp = Blueprint(
    "exports",
    __name__,
    url_prefix=DATASET,
    description="Every record a query selects, as one CSV or NDJSON file, in the query's sort.",
)

#: How each format is written, for the operations' descriptions.
_WRITTEN = {
    "csv": "RFC 4180 CSV (UTF-8, one header row, one row per record; a list is one cell, "
    "its values separated by `; `)",
    "ndjson": "NDJSON (one JSON item per line, each as in a page's `items`)",
}


def _operation_id(collection: Collection, form: str) -> str:
    words = collection.slug.split("-")
    return "export" + "".join(word.capitalize() for word in words) + form.capitalize()


def _register(collection: Collection, form: str) -> None:
    def export(args: dict[str, Any]) -> Response:
        return answer_export(collection, args, form)

    export.__doc__ = f"""Export the {collection.name.replace("_", " ")} as {form.upper()}.

    Every {collection.noun} the query selects, in its sort, as {_WRITTEN[form]}, offered
    as a file to save. The same filters, search and sort as the list; `limit` and `offset`
    take any number, and without them the file holds every match. Written once per
    dataset version and query, then answered from that file.
    """
    rule = export_path(collection, form).removeprefix(DATASET)
    view = exported(example_name(collection), form)(export)
    view = blp.arguments(EXPORT_ARGUMENTS[collection.name], location="query")(view)
    blp.route(
        rule, operation_id=_operation_id(collection, form), endpoint=f"{collection.name}_{form}"
    )(view)


for _collection in COLLECTIONS.values():
    for _form in EXPORT_FORMATS:
        _register(_collection, _form)

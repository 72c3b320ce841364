"""``/v1/<collection>.csv`` and ``.ndjson``: every record a query selects, as one file.

One operation per collection and format, made from the spec: the same selection and sort
as the collection's list, any ``limit``, no facets. A list asked for an export the v1 way
(``format=csv``) redirects here. ``/v1/datapackage.json`` describes the CSV exports as a
Frictionless data package.
"""

from typing import Any

from flask import Response

from api.catalog.links import DATA_PACKAGE, DATASET, export_path
from api.spec.collections import COLLECTIONS
from api.spec.model import EXPORT_FORMATS, Collection
from api.web.answers import answer_export, answer_json
from api.web.context import current
from api.web.examples import example_name
from api.web.openapi import Blueprint, exported, ok
from schemas.query import EXPORT_ARGUMENTS, QueryArgsSchema

blp = Blueprint(
    "exports",
    __name__,
    url_prefix=DATASET,
    description="Every record a query selects, as one CSV or NDJSON file, in the query's sort.",
)

#: The data package, as far as the contract promises its shape.
_PACKAGE_SCHEMA = {
    "type": "object",
    "description": "A Frictionless Data Package (v1, profile `tabular-data-package`): one "
    "tabular resource per CSV export, with its Table Schema.",
    "required": ["profile", "name", "title", "version", "licenses", "sources", "resources"],
    "properties": {
        "profile": {"type": "string", "enum": ["tabular-data-package"]},
        "name": {"type": "string", "pattern": "^[-a-z0-9._/]+$"},
        "title": {"type": "string"},
        "description": {"type": "string"},
        "version": {"type": "string", "description": "The dataset version."},
        "created": {"type": "string", "format": "date-time"},
        "licenses": {"type": "array", "minItems": 1, "items": {"type": "object"}},
        "sources": {"type": "array", "items": {"type": "object"}},
        "resources": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["profile", "name", "path", "schema"],
                "properties": {
                    "profile": {"type": "string", "enum": ["tabular-data-resource"]},
                    "name": {"type": "string"},
                    "title": {"type": "string"},
                    "description": {"type": "string"},
                    "path": {
                        "type": "string",
                        "description": "The CSV export, relative to the package.",
                    },
                    "format": {"type": "string", "enum": ["csv"]},
                    "mediatype": {"type": "string", "enum": ["text/csv"]},
                    "encoding": {"type": "string", "enum": ["utf-8"]},
                    "schema": {
                        "type": "object",
                        "description": "The resource's Table Schema.",
                        "required": ["fields"],
                        "properties": {
                            "fields": {"type": "array", "items": {"type": "object"}},
                            "missingValues": {"type": "array", "items": {"type": "string"}},
                            "primaryKey": {
                                "oneOf": [
                                    {"type": "string"},
                                    {"type": "array", "items": {"type": "string"}},
                                ]
                            },
                            "foreignKeys": {"type": "array", "items": {"type": "object"}},
                        },
                    },
                },
            },
        },
    },
}
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


@blp.route(DATA_PACKAGE.removeprefix(DATASET), operation_id="getDataPackage")
@blp.arguments(QueryArgsSchema, location="query")
@blp.response(200, _PACKAGE_SCHEMA, **ok("DataPackage"))
def get_data_package(_args: dict[str, Any]) -> Response:
    """Describe the CSV exports as a Frictionless data package.

    Data Package v1 with Table Schema: one tabular resource per CSV export, its `path`
    relative to this document (`statements.csv` is `/v1/statements.csv`), with each
    column's type, description and constraints (required, the vocabulary's terms, the
    pattern of ids, codes and dates), the primary key and the foreign keys between
    exports; the license, the source articles, the dataset version and when the
    snapshot was built (`created`). Dates are typed `string` with a pattern: a partial
    date (`2022-02`) is no Table Schema `date`. A list's values share one cell, joined
    by `; `. `frictionless validate` passes on it.
    """
    return answer_json(current().catalog.data_package())

"""The dataset described in the ecosystem's own terms: a Datasette metadata.json for the
download, and a Frictionless data package of the CSV exports.

Both are made from the spec (tables, columns, CSV columns, kinds, vocabularies, patterns,
references, facets, sorts), from the words of ``api.catalog.descriptions`` and from what
the catalog knows of the snapshot (:class:`Publication`); no fact is written here twice.
"""

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from api.catalog import descriptions
from api.catalog.links import DATASET, export_path
from api.dataset import ddl
from api.spec.collections import COLLECTIONS, LIST_SEPARATOR, RECORD_COLLECTIONS
from api.spec.model import Collection, CsvColumn, Field, Kind
from api.spec.values import PARTIAL_DATE_PATTERN, SLUG_PATTERN

#: The package's name, as Data Package names go (lower case, url-usable).
PACKAGE_NAME = "dossier"
#: What a CSV export is, as a Data Package resource says it.
CSV_FORMAT = {"format": "csv", "mediatype": "text/csv", "encoding": "utf-8"}
#: What the exports leave empty for a null, and only for a null (or an empty list).
MISSING = [""]
#: The Table Schema type of each kind of value, a list's cell aside (a string).
_TYPES = {
    Kind.ID: "string",
    Kind.CODE: "string",
    # Partial dates (`2022`, `2022-02`) are no Table Schema `date`: a string with a pattern.
    Kind.DATE: "string",
    Kind.NUMBER: "integer",
    Kind.FLAG: "boolean",
    Kind.TEXT: "string",
}
#: What a Table Schema pattern (XML Schema's regular expressions) escapes.
_XSD_SPECIAL = re.compile(r"([\\|.?*+(){}\[\]^$])")


@dataclass(frozen=True)
class Publication:
    """What the catalog knows of the dataset it serves, for the documents made here."""

    title: str
    description: str
    version: str
    #: When the snapshot these documents describe was built (RFC 3339).
    created: str
    #: The data's license: its SPDX id, its title and its URL.
    license: Mapping[str, str]
    #: The source articles: each one's label and URL (None where the article has none).
    sources: Sequence[tuple[str, str | None]]
    #: The name Datasette gives the download: its file name without ``.sqlite``.
    database: str


def label_column(collection: Collection) -> str | None:
    """Return the column that names a record for a person: the first plain text of its
    compact form (an article's headline, an actor's name), or None (its id will do)."""
    for path in collection.compact[1:]:
        field = collection.field(path)
        if field.ref is None and field.kind is Kind.TEXT:
            return field.sql_column
    return None


def _facets(collection: Collection) -> list[str]:
    """Return the columns Datasette facets a table by: the API's facets of one column."""
    return [
        field.sql_column
        for name in collection.facets
        if not (field := collection.filter_field(name)).many
    ]


def _sortable(collection: Collection) -> list[str]:
    columns = [collection.field(path).sql_column for path in collection.sorts.values()]
    return ["id", *columns]


def _record_table_metadata(collection: Collection) -> dict[str, Any]:
    table: dict[str, Any] = {
        "description": descriptions.record_table(collection),
        "columns": descriptions.record_columns(collection),
        "sortable_columns": _sortable(collection),
    }
    if facets := _facets(collection):
        table["facets"] = facets
    if (label := label_column(collection)) is not None:
        table["label_column"] = label
    if collection.search:
        table["fts_table"] = ddl.search_table(collection)
        table["fts_pk"] = "rowid"
    return table


def datasette_metadata(publication: Publication) -> dict[str, Any]:
    """Return the Datasette ``metadata.json`` of the download: the dataset's title, license
    and source; each table's description and its columns'; the facets, sorts, label
    column and full-text table of each record table; the serving tables hidden."""
    tables: dict[str, Any] = {}
    for collection in COLLECTIONS.values():
        tables[collection.name] = _record_table_metadata(collection)
        for field in collection.lists:
            tables[collection.list_table(field)] = {
                "description": descriptions.list_table(collection, field),
                "columns": descriptions.list_columns(collection, field),
            }
    for collection in COLLECTIONS.values():
        tables[ddl.json_table(collection)] = {
            "description": descriptions.json_table(collection),
            "hidden": True,
        }
    tables["meta"] = {"description": descriptions.SERVING_TABLES["meta"]}
    for name, words in descriptions.SERVING_TABLES.items():
        tables.setdefault(name, {"description": words, "hidden": True})
    license_ = publication.license
    metadata: dict[str, Any] = {
        "title": publication.title,
        "description": publication.description,
        "license": license_["title"],
        "license_url": license_["url"],
    }
    metadata.update(_source(publication.sources))
    metadata["databases"] = {
        publication.database: {
            "description": f"Dataset version {publication.version}.",
            "tables": tables,
        }
    }
    return metadata


def _source(sources: Sequence[tuple[str, str | None]]) -> dict[str, str]:
    """Return Datasette's one source: the article, or how many there are."""
    if len(sources) == 1:
        [(label, url)] = sources
        return {"source": label} if url is None else {"source": label, "source_url": url}
    return {"source": f"{len(sources)} news articles (the articles table)"}


def xsd_pattern(regex: str) -> str:
    """Return a spec's regular expression as a Table Schema pattern: XML Schema's syntax,
    anchored by definition (no ``^``, ``$``) and with plain groups (no ``(?:``)."""
    return regex.removeprefix("^").removesuffix("$").replace("(?:", "(")


def _literal(text: str) -> str:
    return _XSD_SPECIAL.sub(r"\\\1", text)


def _value_pattern(values: Field, kind: Kind) -> str | None:
    """Return the pattern of one value of a column, or None when any text will do."""
    if values.terms:
        return "|".join(_literal(term) for term in values.terms)
    if values.pattern is not None:
        return xsd_pattern(values.pattern.regex)
    patterns = {
        Kind.ID: xsd_pattern(SLUG_PATTERN),
        Kind.DATE: xsd_pattern(PARTIAL_DATE_PATTERN),
        Kind.NUMBER: "-?[0-9]+",
    }
    return patterns.get(kind)


def _values(field: Field, column: CsvColumn) -> Field:
    """Return the field whose values a column holds: a list's item, or the field itself."""
    part = column.read.rsplit(".", 1)[-1] if isinstance(column.read, str) else ""
    return next((item for item in field.items if item.path == part), field)


def table_field(collection: Collection, field: Field, column: CsvColumn) -> dict[str, Any]:
    """Return the Table Schema field of a CSV column: its type, its words, its constraints."""
    constraints: dict[str, Any] = {}
    words = descriptions.csv_words(collection, field, column)
    values = _values(field, column)
    kind = "string" if field.many else _TYPES[column.kind]
    pattern = _value_pattern(values, column.kind)
    if field.many:
        if pattern is not None:
            separator = _literal(LIST_SEPARATOR)
            constraints["pattern"] = f"({pattern})({separator}({pattern}))*"
    else:
        constraints["required"] = not field.nullable
        if values.terms:
            constraints["enum"] = list(values.terms)
        elif kind == "string" and pattern is not None:
            constraints["pattern"] = pattern
    if column.kind is Kind.DATE:
        words += (
            " Typed `string` with a pattern, not `date`: a Table Schema date is a whole day, "
            "and these may be a year or a month."
        )
    described: dict[str, Any] = {"name": column.name, "type": kind, "description": words}
    if constraints:
        described["constraints"] = constraints
    return described


def _foreign_keys(collection: Collection) -> list[dict[str, Any]]:
    """Return the foreign keys of a collection's CSV: each column holding the id of one
    record of a collection of the data files (a list's ids share a cell: none)."""
    keys = []
    for field in collection.fields:
        if field.ref not in RECORD_COLLECTIONS or field.many:
            continue
        ref = COLLECTIONS[str(field.ref)]
        for column in field.csv_columns:
            if column.kind is Kind.ID:
                resource = "" if ref is collection else ref.slug
                reference = {"resource": resource, "fields": ["id"]}
                keys.append({"fields": [column.name], "reference": reference})
    return keys


def _resource(collection: Collection) -> dict[str, Any]:
    path = export_path(collection, "csv")
    schema: dict[str, Any] = {
        "fields": [
            table_field(collection, field, column)
            for field in collection.fields
            for column in field.csv_columns
        ],
        "missingValues": MISSING,
        "primaryKey": ["id"],
    }
    if foreign_keys := _foreign_keys(collection):
        schema["foreignKeys"] = foreign_keys
    return {
        "profile": "tabular-data-resource",
        "name": collection.slug,
        # Relative to the package (``/v1/datapackage.json``): the spec forbids paths from
        # the root, and a relative one holds behind any host or proxy.
        "path": path.removeprefix(f"{DATASET}/"),
        "title": collection.name.replace("_", " ").capitalize(),
        "description": f"{descriptions.record_table(collection)} {descriptions.NEUTRALIZED}",
        **CSV_FORMAT,
        "schema": schema,
    }


def data_package(publication: Publication) -> dict[str, Any]:
    """Return the Frictionless data package (Data Package 1, Table Schema) of the CSV
    exports: one tabular resource per collection, its path relative to the package."""
    license_ = publication.license
    sources = [
        {"title": label} if url is None else {"title": label, "path": url}
        for label, url in publication.sources
    ]
    return {
        "profile": "tabular-data-package",
        "name": PACKAGE_NAME,
        "title": publication.title,
        "description": publication.description,
        "version": publication.version,
        "created": publication.created,
        "licenses": [{"name": license_["id"], "path": license_["url"], "title": license_["title"]}],
        "sources": sources,
        "resources": [_resource(collection) for collection in COLLECTIONS.values()],
    }

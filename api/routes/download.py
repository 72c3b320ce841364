"""``/v1/dataset.sqlite``: the snapshot file itself, for Datasette, sqlite-utils, pandas, DuckDB;
and ``/v1/dataset.metadata.json`` beside it, Datasette's metadata of the file."""

import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from flask import Response, request, send_file

from api.catalog.links import DATASETTE_METADATA, DOWNLOAD
from api.web.answers import answer_json
from api.web.context import current
from api.web.encoding import IDENTITY, negotiate
from api.web.openapi import Blueprint, ok
from api.web.problems import snapshot_unavailable
from api.web.representation import CODED_VARY, Download, produces, send
from schemas.query import QueryArgsSchema

#: The IANA media type of an SQLite database file.
SQLITE_MEDIA_TYPE = "application/vnd.sqlite3"
#: Bytes of the file read at a time when it is coded.
_BLOCK = 1024 * 1024

blp = Blueprint(
    "download",
    __name__,
    description="The whole dataset as one SQLite file.",
)

_SNAPSHOT_HEADERS = {
    "ETag": {
        "description": "Strong validator of the file: its dataset version and build id, and "
        "the content coding where the file is sent coded (`-gzip`, `-br`). Send it back in "
        "`If-None-Match` for a 304, or in `If-Range` to resume a download.",
        "required": True,
        "schema": {"type": "string", "pattern": '^"[0-9a-f]{16}-[0-9a-f]{16}(-(br|gzip))?"$'},
    },
    "Cache-Control": {"$ref": "#/components/headers/CacheControl"},
    "Content-Disposition": {
        "description": "`attachment`, with a file name naming the dataset version.",
        "required": True,
        "schema": {"type": "string"},
    },
    "Accept-Ranges": {
        "description": "`bytes`: ask for part of the file with a `Range` header.",
        "required": True,
        "schema": {"type": "string", "enum": ["bytes"]},
    },
}
_FILE = {SQLITE_MEDIA_TYPE: {"schema": {"type": "string", "format": "binary"}}}
#: Datasette's metadata.json, as far as the contract promises its shape.
_METADATA_SCHEMA = {
    "type": "object",
    "description": "Datasette's metadata.json (Datasette 0.65's keys): the dataset's "
    "`title`, `description`, `license` and `source`, and under `databases`, the "
    "download's database (named after its file) with each table's `description`, "
    "`columns`, `facets`, `sortable_columns`, `label_column`, `fts_table` and `hidden`.",
    "required": ["title", "description", "license", "license_url", "databases"],
    "properties": {
        "title": {"type": "string"},
        "description": {"type": "string"},
        "license": {"type": "string"},
        "license_url": {"type": "string", "format": "uri"},
        "source": {"type": "string"},
        "source_url": {"type": "string", "format": "uri"},
        "databases": {
            "type": "object",
            "minProperties": 1,
            "maxProperties": 1,
            "additionalProperties": {
                "type": "object",
                "required": ["tables"],
                "properties": {"description": {"type": "string"}, "tables": {"type": "object"}},
            },
        },
    },
}


def _settle_range(size: int) -> None:
    """Keep the request's Range only where one range of bytes is asked for, a suffix longer
    than the file meaning all of it (RFC 9110, 14.1.3); ignore any other (14.2)."""
    if "HTTP_RANGE" not in request.environ:
        return
    asked = request.range
    if asked is None or asked.units != "bytes" or len(asked.ranges) != 1:
        del request.environ["HTTP_RANGE"]
        return
    [(start, end)] = asked.ranges
    if start < 0 and -start >= size:
        request.environ["HTTP_RANGE"] = "bytes=0-"
    request.__dict__.pop("range", None)  # parsed again from the header as it is now


@blp.route(DOWNLOAD, operation_id="getDatasetSnapshot")
@blp.arguments(QueryArgsSchema, location="query")
@blp.doc(
    responses={
        200: {"description": "The snapshot file.", "headers": _SNAPSHOT_HEADERS, "content": _FILE},
        206: {
            "description": "The part of the file the `Range` header asked for.",
            "headers": {
                **_SNAPSHOT_HEADERS,
                "Content-Range": {
                    "description": "Which bytes of the file the body holds.",
                    "required": True,
                    "schema": {"type": "string"},
                },
            },
            "content": _FILE,
        },
        304: {
            "description": "Not modified: `If-None-Match` holds the file's current ETag.",
            "headers": {"ETag": _SNAPSHOT_HEADERS["ETag"]},
        },
        416: {"$ref": "#/components/responses/REQUESTED_RANGE_NOT_SATISFIABLE"},
        503: {"$ref": "#/components/responses/SERVICE_UNAVAILABLE"},
    },
)
@produces(SQLITE_MEDIA_TYPE)
def get_dataset_snapshot(_args: dict[str, Any]) -> Response:
    """Download the whole dataset as one read-only SQLite file.

    The snapshot every query of this API runs on: one table per collection, join tables
    for lists, FTS5 full-text tables (`<table>_fts`, with the table as their content, as
    Datasette and sqlite-utils look for them), foreign keys to the records referred to,
    and each record's JSON as the API serves it (docs/download.md documents every table
    and column). Open it with Datasette (with `/v1/dataset.metadata.json`), sqlite-utils,
    pandas or DuckDB. A `Range` header (`bytes=0-99`) asks for part of the file (206), and with
    `If-Range` resumes a download while the file is the same. A malformed `Range`, or one
    of several ranges, is ignored (RFC 9110 allows it): the whole file is sent. A suffix
    longer than the file (`bytes=-99999999999`) means the whole file. The ETag changes
    with the file.
    """
    context = current()
    snapshot = context.catalog.snapshot
    if snapshot.unavailable() is not None:
        # Never a damaged file under the validator of the good one.
        raise snapshot_unavailable()
    filename = context.catalog.download_name
    if (
        "Range" not in request.headers
        and negotiate(request.headers.get("Accept-Encoding")) != IDENTITY
    ):
        # Coded, the file is written once per coding and sent as an export is; a request
        # for a range is answered from the file as it is, whose bytes a range names.
        chunks = functools.partial(_blocks, snapshot.path)
        return send(
            Download(chunks, SQLITE_MEDIA_TYPE, context.cache_control, snapshot.etag, filename)
        )
    _settle_range(snapshot.identity.size)
    response = send_file(
        snapshot.path,
        mimetype=SQLITE_MEDIA_TYPE,
        as_attachment=True,
        download_name=filename,
        conditional=True,
        etag=snapshot.etag,
        max_age=None,
    )
    response.headers["Cache-Control"] = context.cache_control
    response.headers["Vary"] = CODED_VARY
    return response


def _blocks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as file:
        while block := file.read(_BLOCK):
            yield block


@blp.route(DATASETTE_METADATA, operation_id="getDatasetteMetadata")
@blp.arguments(QueryArgsSchema, location="query")
@blp.response(200, _METADATA_SCHEMA, **ok("DatasetteMetadata"))
def get_datasette_metadata(_args: dict[str, Any]) -> Response:
    """Describe the download for Datasette: its metadata.json.

    The dataset's title, description, license and source; every table's and column's
    description, taken from the same spec and schemas as the API; the facets worth
    showing, the sortable columns, the label column of the tables records refer to and
    the full-text table of each searched table; the serving tables hidden. The database
    it describes is named after the download's file name (`dossier-<dataset_version>`):
    save both and run `datasette dossier-<dataset_version>.sqlite --metadata
    dataset.metadata.json`. It changes with the dataset version.
    """
    return answer_json(current().catalog.datasette_metadata())

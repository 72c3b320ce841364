"""Records as the API shows them: references embedded, links added, dumped to JSON once.

Each record is dumped through its marshmallow schema, so its keys come out in schema
order and only the documented fields are shown. The snapshot build renders every record
this way and stores the bytes; serving never serializes a record again.
"""

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import orjson
from marshmallow import Schema

from api.catalog import links
from api.dataset.records import Record
from api.spec.collections import COLLECTIONS, TOPICS_COLLECTION
from schemas import ActorSchema, AidFigureSchema, ArticleSchema, StatementSchema
from schemas.collection import TopicSchema
from schemas.common import REFERENCE_SCHEMAS, REFERENCES

#: The code a rendering depends on besides the dataset layer, the spec and the schemas: a
#: snapshot built by other code is built again.
RENDERING_CODE = (Path(__file__), Path(links.__file__))

#: The schema that dumps each collection's records.
_SCHEMAS: dict[str, Schema] = {
    "articles": ArticleSchema(),
    "actors": ActorSchema(),
    "statements": StatementSchema(),
    "aid_figures": AidFigureSchema(),
}
#: The collection whose compact form each reference schema embeds.
_REFERENCED = {ref_schema: name for name, ref_schema in REFERENCE_SCHEMAS.items()}
_TOPIC_SCHEMA = TopicSchema()


class RecordRenderer:
    """Renders the records of one dataset, embedding the compact form of each reference.

    It keeps only what references need (each record's compact fields, from the spec), in
    plain dicts, so that it can be sent to the processes that render a large dataset.
    """

    def __init__(self, records: Mapping[str, Mapping[str, Record]]) -> None:
        self._compact = {
            name: {
                record_id: {path: record[path] for path in COLLECTIONS[name].compact}
                for record_id, record in records[name].items()
            }
            for name in _REFERENCED.values()
        }

    def compact(self, name: str, record_id: str) -> dict[str, Any]:
        """Return the compact form of a record, with the compact forms it refers to."""
        form = dict(self._compact[name][record_id])
        for path, value in form.items():
            ref = COLLECTIONS[name].field(path).ref
            if ref is not None and value is not None:
                form[path] = self.compact(ref, value)
        return form

    def _reference(self, ref_schema: type[Schema], record_id: str) -> Record:
        return self.compact(_REFERENCED[ref_schema], record_id)

    def record(self, name: str, record: Record) -> bytes:
        """Return the record's JSON as responses show it."""
        links_ = links.record_links(COLLECTIONS[name], record)
        token = REFERENCES.set(self._reference)
        try:
            return orjson.dumps(_SCHEMAS[name].dump({**record, "links": links_}))
        finally:
            REFERENCES.reset(token)

    def term(self, record: Record) -> bytes:
        """Return a term of the topic vocabulary (with its counts) as responses show it."""
        links_ = links.record_links(TOPICS_COLLECTION, record)
        return orjson.dumps(_TOPIC_SCHEMA.dump({**record, "links": links_}))

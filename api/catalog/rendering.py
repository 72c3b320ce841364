"""Records as the API shows them: references embedded, links added, dumped to JSON once.

Each record is dumped through its marshmallow schema, so its keys come out in schema
order and only the documented fields are shown. The snapshot build renders every record
this way and stores the bytes; serving never serializes a record again.
"""

from collections.abc import Callable, Mapping
from pathlib import Path

import orjson
from marshmallow import Schema

from api.dataset.records import Record
from api.web import links
from schemas import ActorSchema, AidFigureSchema, ArticleSchema, StatementSchema
from schemas.collection import TopicSchema
from schemas.common import REFERENCES, ActorRefSchema, ArticleRefSchema, StatementRefSchema

#: The code a rendering depends on besides the dataset layer and the schemas: a snapshot
#: built by other code is built again.
RENDERING_CODE = (Path(__file__), Path(links.__file__))

_SCHEMAS: dict[str, tuple[Schema, Callable[[Record], dict[str, str]]]] = {
    "articles": (ArticleSchema(), links.article_links),
    "actors": (ActorSchema(), links.actor_links),
    "statements": (StatementSchema(), links.statement_links),
    "aid_figures": (AidFigureSchema(), links.aid_figure_links),
}
_TOPIC_SCHEMA = TopicSchema()


class RecordRenderer:
    """Renders the records of one dataset, embedding the compact form of each reference.

    It keeps only what references need (each actor's compact form, each article's
    headline, each statement's speaker), in plain dicts, so that it can be sent to
    the processes that render a large dataset.
    """

    def __init__(self, records: Mapping[str, Mapping[str, Record]]) -> None:
        self._actors = {
            actor_id: compact_actor(actor) for actor_id, actor in records["actors"].items()
        }
        self._headlines = {
            article_id: article["headline"] for article_id, article in records["articles"].items()
        }
        self._speakers = {
            statement_id: statement["speaker"]
            for statement_id, statement in records["statements"].items()
        }

    def _reference(self, ref_schema: type[Schema], record_id: str) -> Record:
        if ref_schema is ActorRefSchema:
            return self._actors[record_id]
        if ref_schema is ArticleRefSchema:
            return {"id": record_id, "headline": self._headlines[record_id]}
        assert ref_schema is StatementRefSchema, f"no compact form for {ref_schema}"
        return {"id": record_id, "speaker": self._actors[self._speakers[record_id]]}

    def record(self, collection: str, record: Record) -> bytes:
        """Return the record's JSON as responses show it."""
        schema, make_links = _SCHEMAS[collection]
        token = REFERENCES.set(self._reference)
        try:
            return orjson.dumps(schema.dump({**record, "links": make_links(record)}))
        finally:
            REFERENCES.reset(token)

    def topic(self, topic: str, description: str, statement_count: int) -> bytes:
        """Return a topic's JSON as responses show it."""
        return orjson.dumps(
            _TOPIC_SCHEMA.dump(
                {
                    "id": topic,
                    "description": description,
                    "statement_count": statement_count,
                    "links": links.topic_links(topic),
                }
            )
        )


def compact_actor(actor: Record) -> Record:
    """Return the compact form of an actor, as references embed it."""
    return {"id": actor["id"], "name": actor["name"], "kind": actor["kind"]}

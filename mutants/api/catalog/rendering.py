"""Records as the API shows them: references embedded, links added, dumped to JSON once.

Each record is dumped through its marshmallow schema, so its keys come out in schema
order and only the documented fields are shown. The snapshot build renders every record
this way and stores the bytes; serving never serializes a record again.
"""

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import orjson
from marshmallow import Schema, fields

from api.dataset.records import Record
from api.web import links
from schemas import ActorSchema, AidFigureSchema, ArticleSchema, StatementSchema
from schemas.collection import TopicSchema
from schemas.common import ActorRefSchema, ArticleRefSchema, Reference, StatementRefSchema

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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁRecordRendererǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁRecordRendererǁ_reference__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRecordRendererǁrecord__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRecordRendererǁtopic__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRecordRendererǁ_embed__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRecordRendererǁ_embed_value__mutmut: MutantDict = {}  # type: ignore


class RecordRenderer:
    """Renders the records of one dataset, embedding the compact form of each reference.

    It keeps only what references need (each actor's compact form, each article's
    headline, each statement's speaker), in plain dicts, so that it can be sent to
    the processes that render a large dataset.
    """

    @_mutmut_mutated(mutants_xǁRecordRendererǁ__init____mutmut)
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

    def xǁRecordRendererǁ__init____mutmut_orig(self, records: Mapping[str, Mapping[str, Record]]) -> None:
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

    def xǁRecordRendererǁ__init____mutmut_1(self, records: Mapping[str, Mapping[str, Record]]) -> None:
        self._actors = None
        self._headlines = {
            article_id: article["headline"] for article_id, article in records["articles"].items()
        }
        self._speakers = {
            statement_id: statement["speaker"]
            for statement_id, statement in records["statements"].items()
        }

    def xǁRecordRendererǁ__init____mutmut_2(self, records: Mapping[str, Mapping[str, Record]]) -> None:
        self._actors = {
            actor_id: compact_actor(None) for actor_id, actor in records["actors"].items()
        }
        self._headlines = {
            article_id: article["headline"] for article_id, article in records["articles"].items()
        }
        self._speakers = {
            statement_id: statement["speaker"]
            for statement_id, statement in records["statements"].items()
        }

    def xǁRecordRendererǁ__init____mutmut_3(self, records: Mapping[str, Mapping[str, Record]]) -> None:
        self._actors = {
            actor_id: compact_actor(actor) for actor_id, actor in records["XXactorsXX"].items()
        }
        self._headlines = {
            article_id: article["headline"] for article_id, article in records["articles"].items()
        }
        self._speakers = {
            statement_id: statement["speaker"]
            for statement_id, statement in records["statements"].items()
        }

    def xǁRecordRendererǁ__init____mutmut_4(self, records: Mapping[str, Mapping[str, Record]]) -> None:
        self._actors = {
            actor_id: compact_actor(actor) for actor_id, actor in records["ACTORS"].items()
        }
        self._headlines = {
            article_id: article["headline"] for article_id, article in records["articles"].items()
        }
        self._speakers = {
            statement_id: statement["speaker"]
            for statement_id, statement in records["statements"].items()
        }

    def xǁRecordRendererǁ__init____mutmut_5(self, records: Mapping[str, Mapping[str, Record]]) -> None:
        self._actors = {
            actor_id: compact_actor(actor) for actor_id, actor in records["actors"].items()
        }
        self._headlines = None
        self._speakers = {
            statement_id: statement["speaker"]
            for statement_id, statement in records["statements"].items()
        }

    def xǁRecordRendererǁ__init____mutmut_6(self, records: Mapping[str, Mapping[str, Record]]) -> None:
        self._actors = {
            actor_id: compact_actor(actor) for actor_id, actor in records["actors"].items()
        }
        self._headlines = {
            article_id: article["XXheadlineXX"] for article_id, article in records["articles"].items()
        }
        self._speakers = {
            statement_id: statement["speaker"]
            for statement_id, statement in records["statements"].items()
        }

    def xǁRecordRendererǁ__init____mutmut_7(self, records: Mapping[str, Mapping[str, Record]]) -> None:
        self._actors = {
            actor_id: compact_actor(actor) for actor_id, actor in records["actors"].items()
        }
        self._headlines = {
            article_id: article["HEADLINE"] for article_id, article in records["articles"].items()
        }
        self._speakers = {
            statement_id: statement["speaker"]
            for statement_id, statement in records["statements"].items()
        }

    def xǁRecordRendererǁ__init____mutmut_8(self, records: Mapping[str, Mapping[str, Record]]) -> None:
        self._actors = {
            actor_id: compact_actor(actor) for actor_id, actor in records["actors"].items()
        }
        self._headlines = {
            article_id: article["headline"] for article_id, article in records["XXarticlesXX"].items()
        }
        self._speakers = {
            statement_id: statement["speaker"]
            for statement_id, statement in records["statements"].items()
        }

    def xǁRecordRendererǁ__init____mutmut_9(self, records: Mapping[str, Mapping[str, Record]]) -> None:
        self._actors = {
            actor_id: compact_actor(actor) for actor_id, actor in records["actors"].items()
        }
        self._headlines = {
            article_id: article["headline"] for article_id, article in records["ARTICLES"].items()
        }
        self._speakers = {
            statement_id: statement["speaker"]
            for statement_id, statement in records["statements"].items()
        }

    def xǁRecordRendererǁ__init____mutmut_10(self, records: Mapping[str, Mapping[str, Record]]) -> None:
        self._actors = {
            actor_id: compact_actor(actor) for actor_id, actor in records["actors"].items()
        }
        self._headlines = {
            article_id: article["headline"] for article_id, article in records["articles"].items()
        }
        self._speakers = None

    def xǁRecordRendererǁ__init____mutmut_11(self, records: Mapping[str, Mapping[str, Record]]) -> None:
        self._actors = {
            actor_id: compact_actor(actor) for actor_id, actor in records["actors"].items()
        }
        self._headlines = {
            article_id: article["headline"] for article_id, article in records["articles"].items()
        }
        self._speakers = {
            statement_id: statement["XXspeakerXX"]
            for statement_id, statement in records["statements"].items()
        }

    def xǁRecordRendererǁ__init____mutmut_12(self, records: Mapping[str, Mapping[str, Record]]) -> None:
        self._actors = {
            actor_id: compact_actor(actor) for actor_id, actor in records["actors"].items()
        }
        self._headlines = {
            article_id: article["headline"] for article_id, article in records["articles"].items()
        }
        self._speakers = {
            statement_id: statement["SPEAKER"]
            for statement_id, statement in records["statements"].items()
        }

    def xǁRecordRendererǁ__init____mutmut_13(self, records: Mapping[str, Mapping[str, Record]]) -> None:
        self._actors = {
            actor_id: compact_actor(actor) for actor_id, actor in records["actors"].items()
        }
        self._headlines = {
            article_id: article["headline"] for article_id, article in records["articles"].items()
        }
        self._speakers = {
            statement_id: statement["speaker"]
            for statement_id, statement in records["XXstatementsXX"].items()
        }

    def xǁRecordRendererǁ__init____mutmut_14(self, records: Mapping[str, Mapping[str, Record]]) -> None:
        self._actors = {
            actor_id: compact_actor(actor) for actor_id, actor in records["actors"].items()
        }
        self._headlines = {
            article_id: article["headline"] for article_id, article in records["articles"].items()
        }
        self._speakers = {
            statement_id: statement["speaker"]
            for statement_id, statement in records["STATEMENTS"].items()
        }

    @_mutmut_mutated(mutants_xǁRecordRendererǁ_reference__mutmut)
    def _reference(self, ref_schema: type[Schema], record_id: str) -> Record:
        if ref_schema is ActorRefSchema:
            return self._actors[record_id]
        if ref_schema is ArticleRefSchema:
            return {"id": record_id, "headline": self._headlines[record_id]}
        assert ref_schema is StatementRefSchema, f"no compact form for {ref_schema}"
        return {"id": record_id, "speaker": self._actors[self._speakers[record_id]]}

    def xǁRecordRendererǁ_reference__mutmut_orig(self, ref_schema: type[Schema], record_id: str) -> Record:
        if ref_schema is ActorRefSchema:
            return self._actors[record_id]
        if ref_schema is ArticleRefSchema:
            return {"id": record_id, "headline": self._headlines[record_id]}
        assert ref_schema is StatementRefSchema, f"no compact form for {ref_schema}"
        return {"id": record_id, "speaker": self._actors[self._speakers[record_id]]}

    def xǁRecordRendererǁ_reference__mutmut_1(self, ref_schema: type[Schema], record_id: str) -> Record:
        if ref_schema is not ActorRefSchema:
            return self._actors[record_id]
        if ref_schema is ArticleRefSchema:
            return {"id": record_id, "headline": self._headlines[record_id]}
        assert ref_schema is StatementRefSchema, f"no compact form for {ref_schema}"
        return {"id": record_id, "speaker": self._actors[self._speakers[record_id]]}

    def xǁRecordRendererǁ_reference__mutmut_2(self, ref_schema: type[Schema], record_id: str) -> Record:
        if ref_schema is ActorRefSchema:
            return self._actors[record_id]
        if ref_schema is not ArticleRefSchema:
            return {"id": record_id, "headline": self._headlines[record_id]}
        assert ref_schema is StatementRefSchema, f"no compact form for {ref_schema}"
        return {"id": record_id, "speaker": self._actors[self._speakers[record_id]]}

    def xǁRecordRendererǁ_reference__mutmut_3(self, ref_schema: type[Schema], record_id: str) -> Record:
        if ref_schema is ActorRefSchema:
            return self._actors[record_id]
        if ref_schema is ArticleRefSchema:
            return {"XXidXX": record_id, "headline": self._headlines[record_id]}
        assert ref_schema is StatementRefSchema, f"no compact form for {ref_schema}"
        return {"id": record_id, "speaker": self._actors[self._speakers[record_id]]}

    def xǁRecordRendererǁ_reference__mutmut_4(self, ref_schema: type[Schema], record_id: str) -> Record:
        if ref_schema is ActorRefSchema:
            return self._actors[record_id]
        if ref_schema is ArticleRefSchema:
            return {"ID": record_id, "headline": self._headlines[record_id]}
        assert ref_schema is StatementRefSchema, f"no compact form for {ref_schema}"
        return {"id": record_id, "speaker": self._actors[self._speakers[record_id]]}

    def xǁRecordRendererǁ_reference__mutmut_5(self, ref_schema: type[Schema], record_id: str) -> Record:
        if ref_schema is ActorRefSchema:
            return self._actors[record_id]
        if ref_schema is ArticleRefSchema:
            return {"id": record_id, "XXheadlineXX": self._headlines[record_id]}
        assert ref_schema is StatementRefSchema, f"no compact form for {ref_schema}"
        return {"id": record_id, "speaker": self._actors[self._speakers[record_id]]}

    def xǁRecordRendererǁ_reference__mutmut_6(self, ref_schema: type[Schema], record_id: str) -> Record:
        if ref_schema is ActorRefSchema:
            return self._actors[record_id]
        if ref_schema is ArticleRefSchema:
            return {"id": record_id, "HEADLINE": self._headlines[record_id]}
        assert ref_schema is StatementRefSchema, f"no compact form for {ref_schema}"
        return {"id": record_id, "speaker": self._actors[self._speakers[record_id]]}

    def xǁRecordRendererǁ_reference__mutmut_7(self, ref_schema: type[Schema], record_id: str) -> Record:
        if ref_schema is ActorRefSchema:
            return self._actors[record_id]
        if ref_schema is ArticleRefSchema:
            return {"id": record_id, "headline": self._headlines[record_id]}
        assert ref_schema is not StatementRefSchema, f"no compact form for {ref_schema}"
        return {"id": record_id, "speaker": self._actors[self._speakers[record_id]]}

    def xǁRecordRendererǁ_reference__mutmut_8(self, ref_schema: type[Schema], record_id: str) -> Record:
        if ref_schema is ActorRefSchema:
            return self._actors[record_id]
        if ref_schema is ArticleRefSchema:
            return {"id": record_id, "headline": self._headlines[record_id]}
        assert ref_schema is StatementRefSchema, f"no compact form for {ref_schema}"
        return {"XXidXX": record_id, "speaker": self._actors[self._speakers[record_id]]}

    def xǁRecordRendererǁ_reference__mutmut_9(self, ref_schema: type[Schema], record_id: str) -> Record:
        if ref_schema is ActorRefSchema:
            return self._actors[record_id]
        if ref_schema is ArticleRefSchema:
            return {"id": record_id, "headline": self._headlines[record_id]}
        assert ref_schema is StatementRefSchema, f"no compact form for {ref_schema}"
        return {"ID": record_id, "speaker": self._actors[self._speakers[record_id]]}

    def xǁRecordRendererǁ_reference__mutmut_10(self, ref_schema: type[Schema], record_id: str) -> Record:
        if ref_schema is ActorRefSchema:
            return self._actors[record_id]
        if ref_schema is ArticleRefSchema:
            return {"id": record_id, "headline": self._headlines[record_id]}
        assert ref_schema is StatementRefSchema, f"no compact form for {ref_schema}"
        return {"id": record_id, "XXspeakerXX": self._actors[self._speakers[record_id]]}

    def xǁRecordRendererǁ_reference__mutmut_11(self, ref_schema: type[Schema], record_id: str) -> Record:
        if ref_schema is ActorRefSchema:
            return self._actors[record_id]
        if ref_schema is ArticleRefSchema:
            return {"id": record_id, "headline": self._headlines[record_id]}
        assert ref_schema is StatementRefSchema, f"no compact form for {ref_schema}"
        return {"id": record_id, "SPEAKER": self._actors[self._speakers[record_id]]}

    @_mutmut_mutated(mutants_xǁRecordRendererǁrecord__mutmut)
    def record(self, collection: str, record: Record) -> bytes:
        """Return the record's JSON as responses show it."""
        schema, make_links = _SCHEMAS[collection]
        embedded = {**self._embed(schema, record), "links": make_links(record)}
        return orjson.dumps(schema.dump(embedded))

    def xǁRecordRendererǁrecord__mutmut_orig(self, collection: str, record: Record) -> bytes:
        """Return the record's JSON as responses show it."""
        schema, make_links = _SCHEMAS[collection]
        embedded = {**self._embed(schema, record), "links": make_links(record)}
        return orjson.dumps(schema.dump(embedded))

    def xǁRecordRendererǁrecord__mutmut_1(self, collection: str, record: Record) -> bytes:
        """Return the record's JSON as responses show it."""
        schema, make_links = None
        embedded = {**self._embed(schema, record), "links": make_links(record)}
        return orjson.dumps(schema.dump(embedded))

    def xǁRecordRendererǁrecord__mutmut_2(self, collection: str, record: Record) -> bytes:
        """Return the record's JSON as responses show it."""
        schema, make_links = _SCHEMAS[collection]
        embedded = None
        return orjson.dumps(schema.dump(embedded))

    def xǁRecordRendererǁrecord__mutmut_3(self, collection: str, record: Record) -> bytes:
        """Return the record's JSON as responses show it."""
        schema, make_links = _SCHEMAS[collection]
        embedded = {**self._embed(None, record), "links": make_links(record)}
        return orjson.dumps(schema.dump(embedded))

    def xǁRecordRendererǁrecord__mutmut_4(self, collection: str, record: Record) -> bytes:
        """Return the record's JSON as responses show it."""
        schema, make_links = _SCHEMAS[collection]
        embedded = {**self._embed(schema, None), "links": make_links(record)}
        return orjson.dumps(schema.dump(embedded))

    def xǁRecordRendererǁrecord__mutmut_5(self, collection: str, record: Record) -> bytes:
        """Return the record's JSON as responses show it."""
        schema, make_links = _SCHEMAS[collection]
        embedded = {**self._embed(record), "links": make_links(record)}
        return orjson.dumps(schema.dump(embedded))

    def xǁRecordRendererǁrecord__mutmut_6(self, collection: str, record: Record) -> bytes:
        """Return the record's JSON as responses show it."""
        schema, make_links = _SCHEMAS[collection]
        embedded = {**self._embed(schema, ), "links": make_links(record)}
        return orjson.dumps(schema.dump(embedded))

    def xǁRecordRendererǁrecord__mutmut_7(self, collection: str, record: Record) -> bytes:
        """Return the record's JSON as responses show it."""
        schema, make_links = _SCHEMAS[collection]
        embedded = {**self._embed(schema, record), "XXlinksXX": make_links(record)}
        return orjson.dumps(schema.dump(embedded))

    def xǁRecordRendererǁrecord__mutmut_8(self, collection: str, record: Record) -> bytes:
        """Return the record's JSON as responses show it."""
        schema, make_links = _SCHEMAS[collection]
        embedded = {**self._embed(schema, record), "LINKS": make_links(record)}
        return orjson.dumps(schema.dump(embedded))

    def xǁRecordRendererǁrecord__mutmut_9(self, collection: str, record: Record) -> bytes:
        """Return the record's JSON as responses show it."""
        schema, make_links = _SCHEMAS[collection]
        embedded = {**self._embed(schema, record), "links": make_links(None)}
        return orjson.dumps(schema.dump(embedded))

    def xǁRecordRendererǁrecord__mutmut_10(self, collection: str, record: Record) -> bytes:
        """Return the record's JSON as responses show it."""
        schema, make_links = _SCHEMAS[collection]
        embedded = {**self._embed(schema, record), "links": make_links(record)}
        return orjson.dumps(None)

    def xǁRecordRendererǁrecord__mutmut_11(self, collection: str, record: Record) -> bytes:
        """Return the record's JSON as responses show it."""
        schema, make_links = _SCHEMAS[collection]
        embedded = {**self._embed(schema, record), "links": make_links(record)}
        return orjson.dumps(schema.dump(None))

    @_mutmut_mutated(mutants_xǁRecordRendererǁtopic__mutmut)
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

    def xǁRecordRendererǁtopic__mutmut_orig(self, topic: str, description: str, statement_count: int) -> bytes:
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

    def xǁRecordRendererǁtopic__mutmut_1(self, topic: str, description: str, statement_count: int) -> bytes:
        """Return a topic's JSON as responses show it."""
        return orjson.dumps(
            None
        )

    def xǁRecordRendererǁtopic__mutmut_2(self, topic: str, description: str, statement_count: int) -> bytes:
        """Return a topic's JSON as responses show it."""
        return orjson.dumps(
            _TOPIC_SCHEMA.dump(
                None
            )
        )

    def xǁRecordRendererǁtopic__mutmut_3(self, topic: str, description: str, statement_count: int) -> bytes:
        """Return a topic's JSON as responses show it."""
        return orjson.dumps(
            _TOPIC_SCHEMA.dump(
                {
                    "XXidXX": topic,
                    "description": description,
                    "statement_count": statement_count,
                    "links": links.topic_links(topic),
                }
            )
        )

    def xǁRecordRendererǁtopic__mutmut_4(self, topic: str, description: str, statement_count: int) -> bytes:
        """Return a topic's JSON as responses show it."""
        return orjson.dumps(
            _TOPIC_SCHEMA.dump(
                {
                    "ID": topic,
                    "description": description,
                    "statement_count": statement_count,
                    "links": links.topic_links(topic),
                }
            )
        )

    def xǁRecordRendererǁtopic__mutmut_5(self, topic: str, description: str, statement_count: int) -> bytes:
        """Return a topic's JSON as responses show it."""
        return orjson.dumps(
            _TOPIC_SCHEMA.dump(
                {
                    "id": topic,
                    "XXdescriptionXX": description,
                    "statement_count": statement_count,
                    "links": links.topic_links(topic),
                }
            )
        )

    def xǁRecordRendererǁtopic__mutmut_6(self, topic: str, description: str, statement_count: int) -> bytes:
        """Return a topic's JSON as responses show it."""
        return orjson.dumps(
            _TOPIC_SCHEMA.dump(
                {
                    "id": topic,
                    "DESCRIPTION": description,
                    "statement_count": statement_count,
                    "links": links.topic_links(topic),
                }
            )
        )

    def xǁRecordRendererǁtopic__mutmut_7(self, topic: str, description: str, statement_count: int) -> bytes:
        """Return a topic's JSON as responses show it."""
        return orjson.dumps(
            _TOPIC_SCHEMA.dump(
                {
                    "id": topic,
                    "description": description,
                    "XXstatement_countXX": statement_count,
                    "links": links.topic_links(topic),
                }
            )
        )

    def xǁRecordRendererǁtopic__mutmut_8(self, topic: str, description: str, statement_count: int) -> bytes:
        """Return a topic's JSON as responses show it."""
        return orjson.dumps(
            _TOPIC_SCHEMA.dump(
                {
                    "id": topic,
                    "description": description,
                    "STATEMENT_COUNT": statement_count,
                    "links": links.topic_links(topic),
                }
            )
        )

    def xǁRecordRendererǁtopic__mutmut_9(self, topic: str, description: str, statement_count: int) -> bytes:
        """Return a topic's JSON as responses show it."""
        return orjson.dumps(
            _TOPIC_SCHEMA.dump(
                {
                    "id": topic,
                    "description": description,
                    "statement_count": statement_count,
                    "XXlinksXX": links.topic_links(topic),
                }
            )
        )

    def xǁRecordRendererǁtopic__mutmut_10(self, topic: str, description: str, statement_count: int) -> bytes:
        """Return a topic's JSON as responses show it."""
        return orjson.dumps(
            _TOPIC_SCHEMA.dump(
                {
                    "id": topic,
                    "description": description,
                    "statement_count": statement_count,
                    "LINKS": links.topic_links(topic),
                }
            )
        )

    def xǁRecordRendererǁtopic__mutmut_11(self, topic: str, description: str, statement_count: int) -> bytes:
        """Return a topic's JSON as responses show it."""
        return orjson.dumps(
            _TOPIC_SCHEMA.dump(
                {
                    "id": topic,
                    "description": description,
                    "statement_count": statement_count,
                    "links": links.topic_links(None),
                }
            )
        )

    @_mutmut_mutated(mutants_xǁRecordRendererǁ_embed__mutmut)
    def _embed(self, schema: Schema, record: Record) -> Record:
        """Return ``record`` with every reference, at any depth, replaced by its compact form."""
        return {
            name: self._embed_value(schema.fields[name], value) if name in schema.fields else value
            for name, value in record.items()
        }

    def xǁRecordRendererǁ_embed__mutmut_orig(self, schema: Schema, record: Record) -> Record:
        """Return ``record`` with every reference, at any depth, replaced by its compact form."""
        return {
            name: self._embed_value(schema.fields[name], value) if name in schema.fields else value
            for name, value in record.items()
        }

    def xǁRecordRendererǁ_embed__mutmut_1(self, schema: Schema, record: Record) -> Record:
        """Return ``record`` with every reference, at any depth, replaced by its compact form."""
        return {
            name: self._embed_value(schema.fields[name], value) if (name in schema.fields) and False else value
            for name, value in record.items()
        }

    def xǁRecordRendererǁ_embed__mutmut_2(self, schema: Schema, record: Record) -> Record:
        """Return ``record`` with every reference, at any depth, replaced by its compact form."""
        return {
            name: self._embed_value(schema.fields[name], value) if (name in schema.fields) or True else value
            for name, value in record.items()
        }

    def xǁRecordRendererǁ_embed__mutmut_3(self, schema: Schema, record: Record) -> Record:
        """Return ``record`` with every reference, at any depth, replaced by its compact form."""
        return {
            name: self._embed_value(None, value) if name in schema.fields else value
            for name, value in record.items()
        }

    def xǁRecordRendererǁ_embed__mutmut_4(self, schema: Schema, record: Record) -> Record:
        """Return ``record`` with every reference, at any depth, replaced by its compact form."""
        return {
            name: self._embed_value(schema.fields[name], None) if name in schema.fields else value
            for name, value in record.items()
        }

    def xǁRecordRendererǁ_embed__mutmut_5(self, schema: Schema, record: Record) -> Record:
        """Return ``record`` with every reference, at any depth, replaced by its compact form."""
        return {
            name: self._embed_value(value) if name in schema.fields else value
            for name, value in record.items()
        }

    def xǁRecordRendererǁ_embed__mutmut_6(self, schema: Schema, record: Record) -> Record:
        """Return ``record`` with every reference, at any depth, replaced by its compact form."""
        return {
            name: self._embed_value(schema.fields[name], ) if name in schema.fields else value
            for name, value in record.items()
        }

    def xǁRecordRendererǁ_embed__mutmut_7(self, schema: Schema, record: Record) -> Record:
        """Return ``record`` with every reference, at any depth, replaced by its compact form."""
        return {
            name: self._embed_value(schema.fields[name], value) if name not in schema.fields else value
            for name, value in record.items()
        }

    @_mutmut_mutated(mutants_xǁRecordRendererǁ_embed_value__mutmut)
    def _embed_value(self, field: fields.Field[Any], value: Any) -> Any:
        if value is None:
            return None
        if isinstance(field, Reference):
            return self._reference(type(field.schema), value)
        if isinstance(field, fields.List):
            return [self._embed_value(field.inner, item) for item in value]
        if isinstance(field, fields.Nested):
            return self._embed(field.schema, value)
        return value

    def xǁRecordRendererǁ_embed_value__mutmut_orig(self, field: fields.Field[Any], value: Any) -> Any:
        if value is None:
            return None
        if isinstance(field, Reference):
            return self._reference(type(field.schema), value)
        if isinstance(field, fields.List):
            return [self._embed_value(field.inner, item) for item in value]
        if isinstance(field, fields.Nested):
            return self._embed(field.schema, value)
        return value

    def xǁRecordRendererǁ_embed_value__mutmut_1(self, field: fields.Field[Any], value: Any) -> Any:
        if value is not None:
            return None
        if isinstance(field, Reference):
            return self._reference(type(field.schema), value)
        if isinstance(field, fields.List):
            return [self._embed_value(field.inner, item) for item in value]
        if isinstance(field, fields.Nested):
            return self._embed(field.schema, value)
        return value

    def xǁRecordRendererǁ_embed_value__mutmut_2(self, field: fields.Field[Any], value: Any) -> Any:
        if value is None:
            return None
        if isinstance(field, Reference):
            return self._reference(None, value)
        if isinstance(field, fields.List):
            return [self._embed_value(field.inner, item) for item in value]
        if isinstance(field, fields.Nested):
            return self._embed(field.schema, value)
        return value

    def xǁRecordRendererǁ_embed_value__mutmut_3(self, field: fields.Field[Any], value: Any) -> Any:
        if value is None:
            return None
        if isinstance(field, Reference):
            return self._reference(type(field.schema), None)
        if isinstance(field, fields.List):
            return [self._embed_value(field.inner, item) for item in value]
        if isinstance(field, fields.Nested):
            return self._embed(field.schema, value)
        return value

    def xǁRecordRendererǁ_embed_value__mutmut_4(self, field: fields.Field[Any], value: Any) -> Any:
        if value is None:
            return None
        if isinstance(field, Reference):
            return self._reference(value)
        if isinstance(field, fields.List):
            return [self._embed_value(field.inner, item) for item in value]
        if isinstance(field, fields.Nested):
            return self._embed(field.schema, value)
        return value

    def xǁRecordRendererǁ_embed_value__mutmut_5(self, field: fields.Field[Any], value: Any) -> Any:
        if value is None:
            return None
        if isinstance(field, Reference):
            return self._reference(type(field.schema), )
        if isinstance(field, fields.List):
            return [self._embed_value(field.inner, item) for item in value]
        if isinstance(field, fields.Nested):
            return self._embed(field.schema, value)
        return value

    def xǁRecordRendererǁ_embed_value__mutmut_6(self, field: fields.Field[Any], value: Any) -> Any:
        if value is None:
            return None
        if isinstance(field, Reference):
            return self._reference(type(None), value)
        if isinstance(field, fields.List):
            return [self._embed_value(field.inner, item) for item in value]
        if isinstance(field, fields.Nested):
            return self._embed(field.schema, value)
        return value

    def xǁRecordRendererǁ_embed_value__mutmut_7(self, field: fields.Field[Any], value: Any) -> Any:
        if value is None:
            return None
        if isinstance(field, Reference):
            return self._reference(type(field.schema), value)
        if isinstance(field, fields.List):
            return [self._embed_value(None, item) for item in value]
        if isinstance(field, fields.Nested):
            return self._embed(field.schema, value)
        return value

    def xǁRecordRendererǁ_embed_value__mutmut_8(self, field: fields.Field[Any], value: Any) -> Any:
        if value is None:
            return None
        if isinstance(field, Reference):
            return self._reference(type(field.schema), value)
        if isinstance(field, fields.List):
            return [self._embed_value(field.inner, None) for item in value]
        if isinstance(field, fields.Nested):
            return self._embed(field.schema, value)
        return value

    def xǁRecordRendererǁ_embed_value__mutmut_9(self, field: fields.Field[Any], value: Any) -> Any:
        if value is None:
            return None
        if isinstance(field, Reference):
            return self._reference(type(field.schema), value)
        if isinstance(field, fields.List):
            return [self._embed_value(item) for item in value]
        if isinstance(field, fields.Nested):
            return self._embed(field.schema, value)
        return value

    def xǁRecordRendererǁ_embed_value__mutmut_10(self, field: fields.Field[Any], value: Any) -> Any:
        if value is None:
            return None
        if isinstance(field, Reference):
            return self._reference(type(field.schema), value)
        if isinstance(field, fields.List):
            return [self._embed_value(field.inner, ) for item in value]
        if isinstance(field, fields.Nested):
            return self._embed(field.schema, value)
        return value

    def xǁRecordRendererǁ_embed_value__mutmut_11(self, field: fields.Field[Any], value: Any) -> Any:
        if value is None:
            return None
        if isinstance(field, Reference):
            return self._reference(type(field.schema), value)
        if isinstance(field, fields.List):
            return [self._embed_value(field.inner, item) for item in value]
        if isinstance(field, fields.Nested):
            return self._embed(None, value)
        return value

    def xǁRecordRendererǁ_embed_value__mutmut_12(self, field: fields.Field[Any], value: Any) -> Any:
        if value is None:
            return None
        if isinstance(field, Reference):
            return self._reference(type(field.schema), value)
        if isinstance(field, fields.List):
            return [self._embed_value(field.inner, item) for item in value]
        if isinstance(field, fields.Nested):
            return self._embed(field.schema, None)
        return value

    def xǁRecordRendererǁ_embed_value__mutmut_13(self, field: fields.Field[Any], value: Any) -> Any:
        if value is None:
            return None
        if isinstance(field, Reference):
            return self._reference(type(field.schema), value)
        if isinstance(field, fields.List):
            return [self._embed_value(field.inner, item) for item in value]
        if isinstance(field, fields.Nested):
            return self._embed(value)
        return value

    def xǁRecordRendererǁ_embed_value__mutmut_14(self, field: fields.Field[Any], value: Any) -> Any:
        if value is None:
            return None
        if isinstance(field, Reference):
            return self._reference(type(field.schema), value)
        if isinstance(field, fields.List):
            return [self._embed_value(field.inner, item) for item in value]
        if isinstance(field, fields.Nested):
            return self._embed(field.schema, )
        return value

mutants_xǁRecordRendererǁ__init____mutmut['_mutmut_orig'] = RecordRenderer.xǁRecordRendererǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ__init____mutmut['xǁRecordRendererǁ__init____mutmut_1'] = RecordRenderer.xǁRecordRendererǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ__init____mutmut['xǁRecordRendererǁ__init____mutmut_2'] = RecordRenderer.xǁRecordRendererǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ__init____mutmut['xǁRecordRendererǁ__init____mutmut_3'] = RecordRenderer.xǁRecordRendererǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ__init____mutmut['xǁRecordRendererǁ__init____mutmut_4'] = RecordRenderer.xǁRecordRendererǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ__init____mutmut['xǁRecordRendererǁ__init____mutmut_5'] = RecordRenderer.xǁRecordRendererǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ__init____mutmut['xǁRecordRendererǁ__init____mutmut_6'] = RecordRenderer.xǁRecordRendererǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ__init____mutmut['xǁRecordRendererǁ__init____mutmut_7'] = RecordRenderer.xǁRecordRendererǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ__init____mutmut['xǁRecordRendererǁ__init____mutmut_8'] = RecordRenderer.xǁRecordRendererǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ__init____mutmut['xǁRecordRendererǁ__init____mutmut_9'] = RecordRenderer.xǁRecordRendererǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ__init____mutmut['xǁRecordRendererǁ__init____mutmut_10'] = RecordRenderer.xǁRecordRendererǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ__init____mutmut['xǁRecordRendererǁ__init____mutmut_11'] = RecordRenderer.xǁRecordRendererǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ__init____mutmut['xǁRecordRendererǁ__init____mutmut_12'] = RecordRenderer.xǁRecordRendererǁ__init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ__init____mutmut['xǁRecordRendererǁ__init____mutmut_13'] = RecordRenderer.xǁRecordRendererǁ__init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ__init____mutmut['xǁRecordRendererǁ__init____mutmut_14'] = RecordRenderer.xǁRecordRendererǁ__init____mutmut_14 # type: ignore # mutmut generated

mutants_xǁRecordRendererǁ_reference__mutmut['_mutmut_orig'] = RecordRenderer.xǁRecordRendererǁ_reference__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ_reference__mutmut['xǁRecordRendererǁ_reference__mutmut_1'] = RecordRenderer.xǁRecordRendererǁ_reference__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ_reference__mutmut['xǁRecordRendererǁ_reference__mutmut_2'] = RecordRenderer.xǁRecordRendererǁ_reference__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ_reference__mutmut['xǁRecordRendererǁ_reference__mutmut_3'] = RecordRenderer.xǁRecordRendererǁ_reference__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ_reference__mutmut['xǁRecordRendererǁ_reference__mutmut_4'] = RecordRenderer.xǁRecordRendererǁ_reference__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ_reference__mutmut['xǁRecordRendererǁ_reference__mutmut_5'] = RecordRenderer.xǁRecordRendererǁ_reference__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ_reference__mutmut['xǁRecordRendererǁ_reference__mutmut_6'] = RecordRenderer.xǁRecordRendererǁ_reference__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ_reference__mutmut['xǁRecordRendererǁ_reference__mutmut_7'] = RecordRenderer.xǁRecordRendererǁ_reference__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ_reference__mutmut['xǁRecordRendererǁ_reference__mutmut_8'] = RecordRenderer.xǁRecordRendererǁ_reference__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ_reference__mutmut['xǁRecordRendererǁ_reference__mutmut_9'] = RecordRenderer.xǁRecordRendererǁ_reference__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ_reference__mutmut['xǁRecordRendererǁ_reference__mutmut_10'] = RecordRenderer.xǁRecordRendererǁ_reference__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ_reference__mutmut['xǁRecordRendererǁ_reference__mutmut_11'] = RecordRenderer.xǁRecordRendererǁ_reference__mutmut_11 # type: ignore # mutmut generated

mutants_xǁRecordRendererǁrecord__mutmut['_mutmut_orig'] = RecordRenderer.xǁRecordRendererǁrecord__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRecordRendererǁrecord__mutmut['xǁRecordRendererǁrecord__mutmut_1'] = RecordRenderer.xǁRecordRendererǁrecord__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁrecord__mutmut['xǁRecordRendererǁrecord__mutmut_2'] = RecordRenderer.xǁRecordRendererǁrecord__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁrecord__mutmut['xǁRecordRendererǁrecord__mutmut_3'] = RecordRenderer.xǁRecordRendererǁrecord__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁrecord__mutmut['xǁRecordRendererǁrecord__mutmut_4'] = RecordRenderer.xǁRecordRendererǁrecord__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁrecord__mutmut['xǁRecordRendererǁrecord__mutmut_5'] = RecordRenderer.xǁRecordRendererǁrecord__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁrecord__mutmut['xǁRecordRendererǁrecord__mutmut_6'] = RecordRenderer.xǁRecordRendererǁrecord__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁrecord__mutmut['xǁRecordRendererǁrecord__mutmut_7'] = RecordRenderer.xǁRecordRendererǁrecord__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁrecord__mutmut['xǁRecordRendererǁrecord__mutmut_8'] = RecordRenderer.xǁRecordRendererǁrecord__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁrecord__mutmut['xǁRecordRendererǁrecord__mutmut_9'] = RecordRenderer.xǁRecordRendererǁrecord__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁrecord__mutmut['xǁRecordRendererǁrecord__mutmut_10'] = RecordRenderer.xǁRecordRendererǁrecord__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁrecord__mutmut['xǁRecordRendererǁrecord__mutmut_11'] = RecordRenderer.xǁRecordRendererǁrecord__mutmut_11 # type: ignore # mutmut generated

mutants_xǁRecordRendererǁtopic__mutmut['_mutmut_orig'] = RecordRenderer.xǁRecordRendererǁtopic__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRecordRendererǁtopic__mutmut['xǁRecordRendererǁtopic__mutmut_1'] = RecordRenderer.xǁRecordRendererǁtopic__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁtopic__mutmut['xǁRecordRendererǁtopic__mutmut_2'] = RecordRenderer.xǁRecordRendererǁtopic__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁtopic__mutmut['xǁRecordRendererǁtopic__mutmut_3'] = RecordRenderer.xǁRecordRendererǁtopic__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁtopic__mutmut['xǁRecordRendererǁtopic__mutmut_4'] = RecordRenderer.xǁRecordRendererǁtopic__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁtopic__mutmut['xǁRecordRendererǁtopic__mutmut_5'] = RecordRenderer.xǁRecordRendererǁtopic__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁtopic__mutmut['xǁRecordRendererǁtopic__mutmut_6'] = RecordRenderer.xǁRecordRendererǁtopic__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁtopic__mutmut['xǁRecordRendererǁtopic__mutmut_7'] = RecordRenderer.xǁRecordRendererǁtopic__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁtopic__mutmut['xǁRecordRendererǁtopic__mutmut_8'] = RecordRenderer.xǁRecordRendererǁtopic__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁtopic__mutmut['xǁRecordRendererǁtopic__mutmut_9'] = RecordRenderer.xǁRecordRendererǁtopic__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁtopic__mutmut['xǁRecordRendererǁtopic__mutmut_10'] = RecordRenderer.xǁRecordRendererǁtopic__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁtopic__mutmut['xǁRecordRendererǁtopic__mutmut_11'] = RecordRenderer.xǁRecordRendererǁtopic__mutmut_11 # type: ignore # mutmut generated

mutants_xǁRecordRendererǁ_embed__mutmut['_mutmut_orig'] = RecordRenderer.xǁRecordRendererǁ_embed__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ_embed__mutmut['xǁRecordRendererǁ_embed__mutmut_1'] = RecordRenderer.xǁRecordRendererǁ_embed__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ_embed__mutmut['xǁRecordRendererǁ_embed__mutmut_2'] = RecordRenderer.xǁRecordRendererǁ_embed__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ_embed__mutmut['xǁRecordRendererǁ_embed__mutmut_3'] = RecordRenderer.xǁRecordRendererǁ_embed__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ_embed__mutmut['xǁRecordRendererǁ_embed__mutmut_4'] = RecordRenderer.xǁRecordRendererǁ_embed__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ_embed__mutmut['xǁRecordRendererǁ_embed__mutmut_5'] = RecordRenderer.xǁRecordRendererǁ_embed__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ_embed__mutmut['xǁRecordRendererǁ_embed__mutmut_6'] = RecordRenderer.xǁRecordRendererǁ_embed__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ_embed__mutmut['xǁRecordRendererǁ_embed__mutmut_7'] = RecordRenderer.xǁRecordRendererǁ_embed__mutmut_7 # type: ignore # mutmut generated

mutants_xǁRecordRendererǁ_embed_value__mutmut['_mutmut_orig'] = RecordRenderer.xǁRecordRendererǁ_embed_value__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ_embed_value__mutmut['xǁRecordRendererǁ_embed_value__mutmut_1'] = RecordRenderer.xǁRecordRendererǁ_embed_value__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ_embed_value__mutmut['xǁRecordRendererǁ_embed_value__mutmut_2'] = RecordRenderer.xǁRecordRendererǁ_embed_value__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ_embed_value__mutmut['xǁRecordRendererǁ_embed_value__mutmut_3'] = RecordRenderer.xǁRecordRendererǁ_embed_value__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ_embed_value__mutmut['xǁRecordRendererǁ_embed_value__mutmut_4'] = RecordRenderer.xǁRecordRendererǁ_embed_value__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ_embed_value__mutmut['xǁRecordRendererǁ_embed_value__mutmut_5'] = RecordRenderer.xǁRecordRendererǁ_embed_value__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ_embed_value__mutmut['xǁRecordRendererǁ_embed_value__mutmut_6'] = RecordRenderer.xǁRecordRendererǁ_embed_value__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ_embed_value__mutmut['xǁRecordRendererǁ_embed_value__mutmut_7'] = RecordRenderer.xǁRecordRendererǁ_embed_value__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ_embed_value__mutmut['xǁRecordRendererǁ_embed_value__mutmut_8'] = RecordRenderer.xǁRecordRendererǁ_embed_value__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ_embed_value__mutmut['xǁRecordRendererǁ_embed_value__mutmut_9'] = RecordRenderer.xǁRecordRendererǁ_embed_value__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ_embed_value__mutmut['xǁRecordRendererǁ_embed_value__mutmut_10'] = RecordRenderer.xǁRecordRendererǁ_embed_value__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ_embed_value__mutmut['xǁRecordRendererǁ_embed_value__mutmut_11'] = RecordRenderer.xǁRecordRendererǁ_embed_value__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ_embed_value__mutmut['xǁRecordRendererǁ_embed_value__mutmut_12'] = RecordRenderer.xǁRecordRendererǁ_embed_value__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ_embed_value__mutmut['xǁRecordRendererǁ_embed_value__mutmut_13'] = RecordRenderer.xǁRecordRendererǁ_embed_value__mutmut_13 # type: ignore # mutmut generated
mutants_xǁRecordRendererǁ_embed_value__mutmut['xǁRecordRendererǁ_embed_value__mutmut_14'] = RecordRenderer.xǁRecordRendererǁ_embed_value__mutmut_14 # type: ignore # mutmut generated
mutants_x_compact_actor__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_compact_actor__mutmut)
def compact_actor(actor: Record) -> Record:
    """Return the compact form of an actor, as references embed it."""
    return {"id": actor["id"], "name": actor["name"], "kind": actor["kind"]}


def x_compact_actor__mutmut_orig(actor: Record) -> Record:
    """Return the compact form of an actor, as references embed it."""
    return {"id": actor["id"], "name": actor["name"], "kind": actor["kind"]}


def x_compact_actor__mutmut_1(actor: Record) -> Record:
    """Return the compact form of an actor, as references embed it."""
    return {"XXidXX": actor["id"], "name": actor["name"], "kind": actor["kind"]}


def x_compact_actor__mutmut_2(actor: Record) -> Record:
    """Return the compact form of an actor, as references embed it."""
    return {"ID": actor["id"], "name": actor["name"], "kind": actor["kind"]}


def x_compact_actor__mutmut_3(actor: Record) -> Record:
    """Return the compact form of an actor, as references embed it."""
    return {"id": actor["XXidXX"], "name": actor["name"], "kind": actor["kind"]}


def x_compact_actor__mutmut_4(actor: Record) -> Record:
    """Return the compact form of an actor, as references embed it."""
    return {"id": actor["ID"], "name": actor["name"], "kind": actor["kind"]}


def x_compact_actor__mutmut_5(actor: Record) -> Record:
    """Return the compact form of an actor, as references embed it."""
    return {"id": actor["id"], "XXnameXX": actor["name"], "kind": actor["kind"]}


def x_compact_actor__mutmut_6(actor: Record) -> Record:
    """Return the compact form of an actor, as references embed it."""
    return {"id": actor["id"], "NAME": actor["name"], "kind": actor["kind"]}


def x_compact_actor__mutmut_7(actor: Record) -> Record:
    """Return the compact form of an actor, as references embed it."""
    return {"id": actor["id"], "name": actor["XXnameXX"], "kind": actor["kind"]}


def x_compact_actor__mutmut_8(actor: Record) -> Record:
    """Return the compact form of an actor, as references embed it."""
    return {"id": actor["id"], "name": actor["NAME"], "kind": actor["kind"]}


def x_compact_actor__mutmut_9(actor: Record) -> Record:
    """Return the compact form of an actor, as references embed it."""
    return {"id": actor["id"], "name": actor["name"], "XXkindXX": actor["kind"]}


def x_compact_actor__mutmut_10(actor: Record) -> Record:
    """Return the compact form of an actor, as references embed it."""
    return {"id": actor["id"], "name": actor["name"], "KIND": actor["kind"]}


def x_compact_actor__mutmut_11(actor: Record) -> Record:
    """Return the compact form of an actor, as references embed it."""
    return {"id": actor["id"], "name": actor["name"], "kind": actor["XXkindXX"]}


def x_compact_actor__mutmut_12(actor: Record) -> Record:
    """Return the compact form of an actor, as references embed it."""
    return {"id": actor["id"], "name": actor["name"], "kind": actor["KIND"]}

mutants_x_compact_actor__mutmut['_mutmut_orig'] = x_compact_actor__mutmut_orig # type: ignore # mutmut generated
mutants_x_compact_actor__mutmut['x_compact_actor__mutmut_1'] = x_compact_actor__mutmut_1 # type: ignore # mutmut generated
mutants_x_compact_actor__mutmut['x_compact_actor__mutmut_2'] = x_compact_actor__mutmut_2 # type: ignore # mutmut generated
mutants_x_compact_actor__mutmut['x_compact_actor__mutmut_3'] = x_compact_actor__mutmut_3 # type: ignore # mutmut generated
mutants_x_compact_actor__mutmut['x_compact_actor__mutmut_4'] = x_compact_actor__mutmut_4 # type: ignore # mutmut generated
mutants_x_compact_actor__mutmut['x_compact_actor__mutmut_5'] = x_compact_actor__mutmut_5 # type: ignore # mutmut generated
mutants_x_compact_actor__mutmut['x_compact_actor__mutmut_6'] = x_compact_actor__mutmut_6 # type: ignore # mutmut generated
mutants_x_compact_actor__mutmut['x_compact_actor__mutmut_7'] = x_compact_actor__mutmut_7 # type: ignore # mutmut generated
mutants_x_compact_actor__mutmut['x_compact_actor__mutmut_8'] = x_compact_actor__mutmut_8 # type: ignore # mutmut generated
mutants_x_compact_actor__mutmut['x_compact_actor__mutmut_9'] = x_compact_actor__mutmut_9 # type: ignore # mutmut generated
mutants_x_compact_actor__mutmut['x_compact_actor__mutmut_10'] = x_compact_actor__mutmut_10 # type: ignore # mutmut generated
mutants_x_compact_actor__mutmut['x_compact_actor__mutmut_11'] = x_compact_actor__mutmut_11 # type: ignore # mutmut generated
mutants_x_compact_actor__mutmut['x_compact_actor__mutmut_12'] = x_compact_actor__mutmut_12 # type: ignore # mutmut generated

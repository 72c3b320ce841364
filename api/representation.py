"""Records as the API shows them, rendered once at start: references embedded, links added.

Each record is dumped through its marshmallow schema, so its keys come out in
schema order and only the documented fields are shown. No Flask here.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from marshmallow import Schema, fields

from api import links
from api.store import Store
from schemas import ActorSchema, AidFigureSchema, ArticleSchema, StatementSchema
from schemas.common import ActorRefSchema, ArticleRefSchema, Reference, StatementRefSchema

Record = dict[str, Any]
#: A ref schema -> the compact forms of the records it refers to, by id.
Refs = Mapping[type[Schema], Mapping[str, Record]]


@dataclass(frozen=True)
class Rendered:
    """Every record as a response shows it, by id in id order, and the compact forms."""

    articles: dict[str, Record]
    actors: dict[str, Record]
    statements: dict[str, Record]
    aid_figures: dict[str, Record]
    article_refs: dict[str, Record]
    actor_refs: dict[str, Record]


def render(store: Store) -> Rendered:
    """Render every record of the store."""
    actor_schema = ActorRefSchema()
    actor_refs = {actor_id: actor_schema.dump(actor) for actor_id, actor in store.actors.items()}
    article_schema = ArticleRefSchema()
    article_refs = {
        article_id: article_schema.dump(article) for article_id, article in store.articles.items()
    }
    statement_refs = {
        statement_id: {"id": statement_id, "speaker": actor_refs[statement["speaker"]]}
        for statement_id, statement in store.statements.items()
    }
    refs: Refs = {
        ActorRefSchema: actor_refs,
        ArticleRefSchema: article_refs,
        StatementRefSchema: statement_refs,
    }
    return Rendered(
        articles=_render_all(store.articles, ArticleSchema(), links.article_links, refs),
        actors=_render_all(store.actors, ActorSchema(), links.actor_links, refs),
        statements=_render_all(store.statements, StatementSchema(), links.statement_links, refs),
        aid_figures=_render_all(store.aid_figures, AidFigureSchema(), links.aid_figure_links, refs),
        article_refs=article_refs,
        actor_refs=actor_refs,
    )


def _render_all(
    records: Mapping[str, Record],
    schema: Schema,
    make_links: Callable[[Record], dict[str, str]],
    refs: Refs,
) -> dict[str, Record]:
    return {
        record_id: schema.dump({**_embed(schema, record, refs), "links": make_links(record)})
        for record_id, record in records.items()
    }


def _embed(schema: Schema, record: Record, refs: Refs) -> Record:
    """Return ``record`` with every reference, at any depth, replaced by its compact form."""
    return {
        name: _embed_value(schema.fields[name], value, refs) if name in schema.fields else value
        for name, value in record.items()
    }


def _embed_value(field: fields.Field[Any], value: Any, refs: Refs) -> Any:
    if value is None:
        return None
    if isinstance(field, Reference):
        return refs[type(field.schema)][value]
    if isinstance(field, fields.List):
        return [_embed_value(field.inner, item, refs) for item in value]
    if isinstance(field, fields.Nested):
        return _embed(field.schema, value, refs)
    return value

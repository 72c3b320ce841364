"""Records as the API shows them: references embedded, links added.

Each record is dumped through its marshmallow schema, so its keys come out in
schema order and only the documented fields are shown. A record is rendered the
first time a response needs it, and the most recently used renderings are kept:
start-up costs nothing per record, so it stays short on a large corpus, and
memory holds a bounded number of renderings whatever the corpus. No Flask here.
"""

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from marshmallow import Schema, fields

from api import links
from api.store import Store
from schemas import ActorSchema, AidFigureSchema, ArticleSchema, StatementSchema
from schemas.common import ActorRefSchema, ArticleRefSchema, Reference, StatementRefSchema

Record = dict[str, Any]
#: A ref schema -> the compact forms of the records it refers to, by id.
Refs = Mapping[type[Schema], Mapping[str, Record]]
#: How many rendered records each collection keeps (a few MB on the real records' sizes).
RENDERED_RECORDS_KEPT = 4096


@dataclass(frozen=True)
class Rendered:
    """Every record as a response shows it, by id in id order, and the compact forms."""

    articles: Mapping[str, Record]
    actors: Mapping[str, Record]
    statements: Mapping[str, Record]
    aid_figures: Mapping[str, Record]
    article_refs: Mapping[str, Record]
    actor_refs: Mapping[str, Record]


class RenderedRecords(Mapping[str, Record]):
    """The records of one collection as responses show them, each rendered on first use."""

    def __init__(
        self,
        records: Mapping[str, Record],
        schema: Schema,
        make_links: Callable[[Record], dict[str, str]],
        refs: Refs,
    ) -> None:
        self._records = records
        self._schema = schema
        self._make_links = make_links
        self._refs = refs
        self._render = lru_cache(maxsize=RENDERED_RECORDS_KEPT)(self._render_uncached)

    def __getitem__(self, record_id: str) -> Record:
        if record_id not in self._records:
            raise KeyError(record_id)
        return self._render(record_id)

    def _render_uncached(self, record_id: str) -> Record:
        record = self._records[record_id]
        embedded = {**_embed(self._schema, record, self._refs), "links": self._make_links(record)}
        rendered: Record = self._schema.dump(embedded)
        return rendered

    def __iter__(self) -> Iterator[str]:
        return iter(self._records)

    def __len__(self) -> int:
        return len(self._records)


class CompactForms(Mapping[str, Record]):
    """The compact forms of a collection's records (``ref_schema``'s fields), made on first use."""

    def __init__(self, records: Mapping[str, Record], ref_schema: type[Schema]) -> None:
        self._records = records
        self._fields = tuple(ref_schema().fields)
        self._compact: dict[str, Record] = {}

    def __getitem__(self, record_id: str) -> Record:
        compact = self._compact.get(record_id)
        if compact is None:
            record = self._records[record_id]
            compact = self._compact[record_id] = {name: record[name] for name in self._fields}
        return compact

    def __iter__(self) -> Iterator[str]:
        return iter(self._records)

    def __len__(self) -> int:
        return len(self._records)


class StatementCompactForms(Mapping[str, Record]):
    """The compact forms of statements: their id and their speaker's compact form."""

    def __init__(self, statements: Mapping[str, Record], actor_refs: Mapping[str, Record]) -> None:
        self._statements = statements
        self._actor_refs = actor_refs

    def __getitem__(self, statement_id: str) -> Record:
        speaker = self._statements[statement_id]["speaker"]
        return {"id": statement_id, "speaker": self._actor_refs[speaker]}

    def __iter__(self) -> Iterator[str]:
        return iter(self._statements)

    def __len__(self) -> int:
        return len(self._statements)


def render(store: Store) -> Rendered:
    """Return the store's records as responses show them (each rendered when first asked for)."""
    actor_refs = CompactForms(store.actors, ActorRefSchema)
    article_refs = CompactForms(store.articles, ArticleRefSchema)
    refs: Refs = {
        ActorRefSchema: actor_refs,
        ArticleRefSchema: article_refs,
        StatementRefSchema: StatementCompactForms(store.statements, actor_refs),
    }
    return Rendered(
        articles=RenderedRecords(store.articles, ArticleSchema(), links.article_links, refs),
        actors=RenderedRecords(store.actors, ActorSchema(), links.actor_links, refs),
        statements=RenderedRecords(
            store.statements, StatementSchema(), links.statement_links, refs
        ),
        aid_figures=RenderedRecords(
            store.aid_figures, AidFigureSchema(), links.aid_figure_links, refs
        ),
        article_refs=article_refs,
        actor_refs=actor_refs,
    )


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

"""Response shapes around the records: collection envelopes, totals, topics and indexes."""

import copy
from typing import Any

from marshmallow import Schema, fields, validate

from api.spec.collections import AID_TOTALS, COLLECTIONS
from api.spec.values import MAX_GROUP_RECORDS, MAX_LIMIT, MAX_OFFSET
from api.spec.vocabulary import TOPICS
from schemas.actor import ActorSchema
from schemas.aid_figure import AidFigureSchema
from schemas.article import ArticleSchema
from schemas.common import REFERENCE_SCHEMAS, ArticleRefSchema, Slug
from schemas.statement import StatementSchema

_TOTALS_GROUPS = AID_TOTALS.groups


def _path(description: str, *, nullable: bool = False) -> fields.String:
    return fields.String(
        required=True,
        allow_none=nullable,
        metadata={"format": "uri-reference", "description": description},
    )


class PageLinksSchema(Schema):
    """Links of a collection page: paths carrying the normalized query."""

    self = _path("This page.")
    next = _path("The next page; null on the last page.", nullable=True)
    prev = _path("The previous page; null on the first page.", nullable=True)


class PageSchema(Schema):
    """A page of a collection: the envelope shared by every collection."""

    # Each collection redeclares ``items`` with its record schema; the field keeps
    # its place here, first, as in the responses.
    items = fields.List(fields.Dict(), required=True)
    total = fields.Integer(
        required=True,
        validate=validate.Range(min=0),
        metadata={"description": "How many items match the query, over all pages."},
    )
    limit = fields.Integer(required=True, validate=validate.Range(min=1, max=MAX_LIMIT))
    offset = fields.Integer(required=True, validate=validate.Range(min=0, max=MAX_OFFSET))
    links = fields.Nested(PageLinksSchema, required=True)


class FacetLinksSchema(Schema):
    """Links of a facet's value."""

    toggle = _path(
        "This query with the value added to its filter, or taken out of it when the query "
        "selects it; from the first page."
    )


def _any_reference() -> type[Schema]:
    """Return the schema of any compact form: an ``id``, and every other field of each."""
    parts: dict[str, fields.Field[Any]] = {"id": Slug(required=True)}
    forms = []
    for collection, ref_schema in REFERENCE_SCHEMAS.items():
        noun = COLLECTIONS[collection].noun
        owner = f"{'An' if noun[0] in 'aeiou' else 'A'} {noun}'s"
        names = [name for name in ref_schema._declared_fields if name != "id"]
        forms.append(
            f"{owner.split()[0].lower()} {noun} (`id`, {', '.join(f'`{n}`' for n in names)})"
        )
        for name in names:
            part = copy.copy(ref_schema._declared_fields[name])
            part.required = False
            part.metadata = {**part.metadata, "description": f"{owner} {name}."}
            parts[name] = part
    schema = Schema.from_dict(parts, name="FacetRefSchema")
    schema.__doc__ = (
        "The compact form of the record a facet's value names, as records embed it: "
        + ", ".join(forms[:-1])
        + f" or {forms[-1]}."
    )
    return schema


FacetRefSchema = _any_reference()
#: The facets whose values are record ids, over every collection.
_REFERENCE_FACETS = ", ".join(
    dict.fromkeys(
        name
        for collection in COLLECTIONS.values()
        for name in collection.references
        if name in collection.facets
    )
)


class FacetValueSchema(Schema):
    """One value of a facet, with how many records have it."""

    value = fields.String(
        required=True,
        metadata={"description": "The value, as the filter of the same name takes it."},
    )
    ref = fields.Nested(
        FacetRefSchema,
        allow_none=True,
        metadata={
            "description": f"Only on facets of references ({_REFERENCE_FACETS}): the record "
            "the value names."
        },
    )
    count = fields.Integer(
        required=True,
        validate=validate.Range(min=0),
        metadata={
            "description": "How many records have this value among those the rest of the "
            "query matches (every filter but this facet's own, the dates and `q`); a record "
            "with several values counts once under each."
        },
    )
    selected = fields.Boolean(
        required=True, metadata={"description": "Whether the query's filter holds this value."}
    )
    links = fields.Nested(FacetLinksSchema, required=True)


class FacetSchema(Schema):
    """The counts of one field's values."""

    items = fields.List(
        fields.Nested(FacetValueSchema),
        required=True,
        metadata={
            "description": "Up to `facet_size` values, largest count first, ties by value; "
            "then any value the query selects that is not among them."
        },
    )
    truncated = fields.Boolean(
        required=True,
        metadata={"description": "Whether values with records were left out."},
    )
    timed_out = fields.Boolean(
        required=True,
        metadata={
            "description": "True when counting this facet did not fit in the time budget of "
            "the request (the page itself did): `items` is then empty and `truncated` true. "
            "Narrow the query (a filter, a longer `q`) or ask again later; such a page is "
            "never cached (`Cache-Control: no-store`)."
        },
    )


def facets_field() -> fields.Dict:
    """Return the ``facets`` member of a page: present when the query asks for facets."""
    return fields.Dict(
        keys=fields.String(),
        values=fields.Nested(FacetSchema),
        metadata={"description": "Only when the query has `facets`: each facet by name."},
    )


class ArticlePageSchema(PageSchema):
    """A page of articles."""

    items = fields.List(fields.Nested(ArticleSchema), required=True)


class ActorPageSchema(PageSchema):
    """A page of actors."""

    items = fields.List(fields.Nested(ActorSchema), required=True)
    facets = facets_field()


class StatementPageSchema(PageSchema):
    """A page of statements."""

    items = fields.List(fields.Nested(StatementSchema), required=True)
    facets = facets_field()


class AidFigurePageSchema(PageSchema):
    """A page of aid figures."""

    items = fields.List(fields.Nested(AidFigureSchema), required=True)
    facets = facets_field()


class TopicLinksSchema(Schema):
    """Links of a topic."""

    statements = _path("The statements on this topic.")


class TopicSchema(Schema):
    """A term of the topic vocabulary."""

    id = fields.String(
        required=True,
        validate=validate.OneOf(tuple(TOPICS)),
        metadata={"description": "The term, as statements' `topics` hold it."},
    )
    description = fields.String(
        required=True, metadata={"description": "What the term covers, in one line."}
    )
    statement_count = fields.Integer(
        required=True,
        validate=validate.Range(min=0),
        metadata={"description": "How many statements are on this topic."},
    )
    links = fields.Nested(TopicLinksSchema, required=True)


class TopicPageSchema(PageSchema):
    """A page of the topic vocabulary."""

    items = fields.List(fields.Nested(TopicSchema), required=True)


class TotalSchema(Schema):
    """The sum of the figures of a group in one currency."""

    currency = fields.String(
        required=True, attribute="unit", metadata={"description": "ISO 4217 code."}
    )
    value = fields.Integer(
        required=True,
        validate=validate.Range(min=0),
        metadata={"description": "The sum, in whole currency units."},
    )
    approximate = fields.Boolean(
        required=True,
        metadata={"description": "True when any amount in the sum is hedged (not as_stated)."},
    )
    figures = fields.Integer(
        required=True,
        attribute="records",
        validate=validate.Range(min=1),
        metadata={"description": "How many figures the sum adds up."},
    )


class GroupKeySchema(Schema):
    """What a group of figures has in common: an actor, or an aid type (``id`` only)."""

    id = Slug(required=True)
    name = fields.String(metadata={"description": "The actor's name; absent for aid types."})
    kind = fields.String(metadata={"description": "The actor's kind; absent for aid types."})


class TotalsGroupSchema(Schema):
    """The aid figures sharing one key, summed per currency."""

    key = fields.Nested(GroupKeySchema, required=True)
    totals = fields.List(
        fields.Nested(TotalSchema),
        required=True,
        attribute="sums",
        metadata={"description": "Sums of the amounts as stated, one per currency."},
    )
    equivalents = fields.List(
        fields.Nested(TotalSchema),
        required=True,
        attribute="conversions",
        metadata={
            "description": "Sums of the conversions the sources give, one per currency; "
            "a figure without a conversion into a currency is not in its sum."
        },
    )
    approximate = fields.Boolean(
        required=True,
        metadata={"description": "True when any figure in the group is hedged."},
    )
    figures = fields.List(
        Slug(),
        required=True,
        attribute="records",
        metadata={
            "description": f"The ids of the figures in the group, in id order: the first "
            f"{MAX_GROUP_RECORDS}; each total's `figures` counts all of them."
        },
    )


class TotalsLinksSchema(Schema):
    """Links of the totals."""

    self = _path("These totals.")
    next = _path("The next groups; absent or null on the last.", nullable=True)
    prev = _path("The previous groups; absent or null on the first.", nullable=True)


class AidTotalsSchema(Schema):
    """Sums of aid figures, grouped."""

    group_by = fields.String(required=True, validate=validate.OneOf(_TOTALS_GROUPS))
    groups = fields.List(
        fields.Nested(TotalsGroupSchema),
        required=True,
        metadata={
            "description": "One group per key, sorted by key id: `limit` of them from "
            "`offset`, as a page of a collection has its items."
        },
    )
    total = fields.Integer(
        required=True,
        validate=validate.Range(min=0),
        metadata={"description": "How many groups there are, over all pages."},
    )
    limit = fields.Integer(required=True, validate=validate.Range(min=1, max=MAX_LIMIT))
    offset = fields.Integer(required=True, validate=validate.Range(min=0, max=MAX_OFFSET))
    links = fields.Nested(TotalsLinksSchema, required=True)


class ServiceLinksSchema(Schema):
    """Links of the service index."""

    v1 = _path("The dataset index of API v1.")
    openapi = _path("The OpenAPI contract (YAML).")
    openapi_json = _path("The same OpenAPI contract in JSON.")
    docs = _path("Interactive documentation.")
    explorer = _path("The explorer: the article read with its actors, statements and aid.")


class ServiceSchema(Schema):
    """The service index."""

    name = fields.String(required=True)
    version = fields.String(required=True, metadata={"description": "The API's version."})
    links = fields.Nested(ServiceLinksSchema, required=True)


class LicenseSchema(Schema):
    """Under what terms the data may be reused."""

    id = fields.String(required=True, metadata={"description": "SPDX license id of the data."})
    url = fields.String(required=True, metadata={"format": "uri"})
    note = fields.String(required=True)


class CountsSchema(Schema):
    """How many records each collection holds."""

    articles = fields.Integer(required=True, validate=validate.Range(min=0))
    actors = fields.Integer(required=True, validate=validate.Range(min=0))
    statements = fields.Integer(required=True, validate=validate.Range(min=0))
    aid_figures = fields.Integer(required=True, validate=validate.Range(min=0))
    topics = fields.Integer(required=True, validate=validate.Range(min=0))


class DatasetLinksSchema(Schema):
    """Links of the dataset index."""

    articles = _path("The articles.")
    actors = _path("The actors.")
    statements = _path("The statements.")
    aid_figures = _path("The aid figures.")
    aid_totals = _path("The aid figures, summed.")
    topics = _path("The topic vocabulary.")
    network = _path("The actor network of the statements: who spoke to, of and for whom.")
    download = _path("The whole dataset as one SQLite file.")
    datasette_metadata = _path(
        "Datasette's metadata.json of the download: titles, descriptions, license, facets."
    )
    datapackage = _path("The Frictionless data package of the CSV exports.")


class DatasetSchema(Schema):
    """The dataset index of API v1."""

    dataset_version = fields.String(
        required=True, metadata={"description": "Changes whenever the data changes."}
    )
    license = fields.Nested(LicenseSchema, required=True)
    sources = fields.List(
        fields.Nested(ArticleRefSchema),
        required=True,
        metadata={"description": "The articles the data is curated from."},
    )
    counts = fields.Nested(CountsSchema, required=True)
    links = fields.Nested(DatasetLinksSchema, required=True)


class HealthSchema(Schema):
    """Liveness."""

    status = fields.String(required=True, validate=validate.OneOf(["ok"]))
    dataset_version = fields.String(required=True)


class ReadinessSchema(Schema):
    """Readiness: the server answers from the snapshot file it opened, still as it was."""

    status = fields.String(required=True, validate=validate.OneOf(["ready"]))
    dataset_version = fields.String(required=True)

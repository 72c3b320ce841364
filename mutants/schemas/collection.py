"""Response shapes around the records: collection envelopes, totals, topics and indexes."""

from marshmallow import Schema, fields, validate

from schemas.actor import ActorSchema
from schemas.aid_figure import AidFigureSchema
from schemas.article import ArticleSchema
from schemas.common import ArticleRefSchema, Slug
from schemas.query import MAX_LIMIT, MAX_OFFSET, TOTALS_GROUPS
from schemas.statement import StatementSchema
from schemas.vocabulary import TOPICS


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__path__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__path__mutmut)
def _path(description: str, *, nullable: bool = False) -> fields.String:
    return fields.String(
        required=True,
        allow_none=nullable,
        metadata={"format": "uri-reference", "description": description},
    )


def x__path__mutmut_orig(description: str, *, nullable: bool = False) -> fields.String:
    return fields.String(
        required=True,
        allow_none=nullable,
        metadata={"format": "uri-reference", "description": description},
    )


def x__path__mutmut_1(description: str, *, nullable: bool = True) -> fields.String:
    return fields.String(
        required=True,
        allow_none=nullable,
        metadata={"format": "uri-reference", "description": description},
    )


def x__path__mutmut_2(description: str, *, nullable: bool = False) -> fields.String:
    return fields.String(
        required=None,
        allow_none=nullable,
        metadata={"format": "uri-reference", "description": description},
    )


def x__path__mutmut_3(description: str, *, nullable: bool = False) -> fields.String:
    return fields.String(
        required=True,
        allow_none=None,
        metadata={"format": "uri-reference", "description": description},
    )


def x__path__mutmut_4(description: str, *, nullable: bool = False) -> fields.String:
    return fields.String(
        required=True,
        allow_none=nullable,
        metadata=None,
    )


def x__path__mutmut_5(description: str, *, nullable: bool = False) -> fields.String:
    return fields.String(
        allow_none=nullable,
        metadata={"format": "uri-reference", "description": description},
    )


def x__path__mutmut_6(description: str, *, nullable: bool = False) -> fields.String:
    return fields.String(
        required=True,
        metadata={"format": "uri-reference", "description": description},
    )


def x__path__mutmut_7(description: str, *, nullable: bool = False) -> fields.String:
    return fields.String(
        required=True,
        allow_none=nullable,
        )


def x__path__mutmut_8(description: str, *, nullable: bool = False) -> fields.String:
    return fields.String(
        required=False,
        allow_none=nullable,
        metadata={"format": "uri-reference", "description": description},
    )


def x__path__mutmut_9(description: str, *, nullable: bool = False) -> fields.String:
    return fields.String(
        required=True,
        allow_none=nullable,
        metadata={"XXformatXX": "uri-reference", "description": description},
    )


def x__path__mutmut_10(description: str, *, nullable: bool = False) -> fields.String:
    return fields.String(
        required=True,
        allow_none=nullable,
        metadata={"FORMAT": "uri-reference", "description": description},
    )


def x__path__mutmut_11(description: str, *, nullable: bool = False) -> fields.String:
    return fields.String(
        required=True,
        allow_none=nullable,
        metadata={"format": "XXuri-referenceXX", "description": description},
    )


def x__path__mutmut_12(description: str, *, nullable: bool = False) -> fields.String:
    return fields.String(
        required=True,
        allow_none=nullable,
        metadata={"format": "URI-REFERENCE", "description": description},
    )


def x__path__mutmut_13(description: str, *, nullable: bool = False) -> fields.String:
    return fields.String(
        required=True,
        allow_none=nullable,
        metadata={"format": "uri-reference", "XXdescriptionXX": description},
    )


def x__path__mutmut_14(description: str, *, nullable: bool = False) -> fields.String:
    return fields.String(
        required=True,
        allow_none=nullable,
        metadata={"format": "uri-reference", "DESCRIPTION": description},
    )

mutants_x__path__mutmut['_mutmut_orig'] = x__path__mutmut_orig # type: ignore # mutmut generated
mutants_x__path__mutmut['x__path__mutmut_1'] = x__path__mutmut_1 # type: ignore # mutmut generated
mutants_x__path__mutmut['x__path__mutmut_2'] = x__path__mutmut_2 # type: ignore # mutmut generated
mutants_x__path__mutmut['x__path__mutmut_3'] = x__path__mutmut_3 # type: ignore # mutmut generated
mutants_x__path__mutmut['x__path__mutmut_4'] = x__path__mutmut_4 # type: ignore # mutmut generated
mutants_x__path__mutmut['x__path__mutmut_5'] = x__path__mutmut_5 # type: ignore # mutmut generated
mutants_x__path__mutmut['x__path__mutmut_6'] = x__path__mutmut_6 # type: ignore # mutmut generated
mutants_x__path__mutmut['x__path__mutmut_7'] = x__path__mutmut_7 # type: ignore # mutmut generated
mutants_x__path__mutmut['x__path__mutmut_8'] = x__path__mutmut_8 # type: ignore # mutmut generated
mutants_x__path__mutmut['x__path__mutmut_9'] = x__path__mutmut_9 # type: ignore # mutmut generated
mutants_x__path__mutmut['x__path__mutmut_10'] = x__path__mutmut_10 # type: ignore # mutmut generated
mutants_x__path__mutmut['x__path__mutmut_11'] = x__path__mutmut_11 # type: ignore # mutmut generated
mutants_x__path__mutmut['x__path__mutmut_12'] = x__path__mutmut_12 # type: ignore # mutmut generated
mutants_x__path__mutmut['x__path__mutmut_13'] = x__path__mutmut_13 # type: ignore # mutmut generated
mutants_x__path__mutmut['x__path__mutmut_14'] = x__path__mutmut_14 # type: ignore # mutmut generated


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


class ArticlePageSchema(PageSchema):
    """A page of articles."""

    items = fields.List(fields.Nested(ArticleSchema), required=True)


class ActorPageSchema(PageSchema):
    """A page of actors."""

    items = fields.List(fields.Nested(ActorSchema), required=True)


class StatementPageSchema(PageSchema):
    """A page of statements."""

    items = fields.List(fields.Nested(StatementSchema), required=True)


class AidFigurePageSchema(PageSchema):
    """A page of aid figures."""

    items = fields.List(fields.Nested(AidFigureSchema), required=True)


class TopicLinksSchema(Schema):
    """Links of a topic."""

    statements = _path("The statements on this topic.")


class TopicSchema(Schema):
    """A term of the topic vocabulary."""

    id = fields.String(required=True, validate=validate.OneOf(tuple(TOPICS)))
    description = fields.String(required=True)
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

    currency = fields.String(required=True, metadata={"description": "ISO 4217 code."})
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
        metadata={"description": "Sums of the amounts as stated, one per currency."},
    )
    equivalents = fields.List(
        fields.Nested(TotalSchema),
        required=True,
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
        metadata={"description": "The ids of the figures in the group."},
    )


class TotalsLinksSchema(Schema):
    """Links of the totals."""

    self = _path("These totals.")


class AidTotalsSchema(Schema):
    """Sums of aid figures, grouped."""

    group_by = fields.String(required=True, validate=validate.OneOf(TOTALS_GROUPS))
    groups = fields.List(
        fields.Nested(TotalsGroupSchema),
        required=True,
        metadata={"description": "One group per key, sorted by key id."},
    )
    links = fields.Nested(TotalsLinksSchema, required=True)


class ServiceLinksSchema(Schema):
    """Links of the service index."""

    v1 = _path("The dataset index of API v1.")
    openapi = _path("The OpenAPI contract.")
    docs = _path("Interactive documentation.")


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

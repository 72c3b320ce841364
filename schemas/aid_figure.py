"""The aid figure record: how much money moved (Kiel tracker, OCHA FTS, IATI)."""

from marshmallow import Schema, fields, validate

from api.spec.values import CURRENCY_PATTERN
from api.spec.vocabulary import AID_TYPES, AMOUNT_QUALIFIERS, CONVERTED_BY, MEASURES
from schemas.common import (
    ActorRefSchema,
    EvidenceSchema,
    PartialDate,
    Reference,
    Slug,
    StatementRefSchema,
    links_field,
    matches_field,
    one_of,
)


class AmountSchema(Schema):
    """A sum of money as stated, with its hedge (schema.org MonetaryAmount)."""

    value = fields.Integer(
        required=True,
        strict=True,
        validate=validate.Range(min=0),
        metadata={"description": "Whole currency units: 1.2 billion is 1200000000."},
    )
    currency = fields.String(
        required=True,
        validate=validate.Regexp(CURRENCY_PATTERN),
        metadata={"description": "ISO 4217 code."},
    )
    qualifier = fields.String(
        required=True,
        validate=one_of(AMOUNT_QUALIFIERS),
        metadata={"description": "The hedge: 'about' is approximately, 'more than' is more_than."},
    )


class EquivalentSchema(AmountSchema):
    """The same sum in another currency, with who converted it."""

    converted_by = fields.String(
        required=True,
        validate=one_of(CONVERTED_BY),
        metadata={"description": "publisher: the source gives it; curator: we computed it."},
    )


class PeriodSchema(Schema):
    """The span of time a figure covers; ``since 2014`` is ``{start: 2014, end: null}``."""

    start = PartialDate(
        required=True,
        allow_none=True,
        metadata={"description": "When the span begins; null when the article does not say."},
    )
    end = PartialDate(
        required=True,
        allow_none=True,
        metadata={"description": "When the span ends; null when open or not said."},
    )


class AidFigureSchema(Schema):
    """A sum of aid from a donor to a recipient, as an article reports it."""

    id = Slug(required=True, metadata={"description": "Stable slug; never changes once published."})
    donor = Reference(ActorRefSchema, required=True, metadata={"description": "Who gives the aid."})
    recipient = Reference(
        ActorRefSchema, required=True, metadata={"description": "Who receives the aid."}
    )
    amount = fields.Nested(
        AmountSchema, required=True, metadata={"description": "The sum, as the article states it."}
    )
    equivalents = fields.List(
        fields.Nested(EquivalentSchema),
        load_default=list,
        metadata={"description": "Conversions of the amount into other currencies."},
    )
    aid_type = fields.String(
        required=True,
        validate=one_of(AID_TYPES),
        metadata={"description": "What kind of aid; unspecified unless the source says."},
    )
    measure = fields.String(
        required=True,
        validate=one_of(MEASURES),
        metadata={
            "description": "Never inferred from tense alone: unspecified unless the source says."
        },
    )
    period = fields.Nested(
        PeriodSchema,
        required=True,
        allow_none=True,
        metadata={"description": "The span the figure covers; null when the article gives none."},
    )
    as_of = PartialDate(
        required=True, metadata={"description": "The date the figure was reported."}
    )
    purpose = fields.String(
        required=True,
        allow_none=True,
        metadata={"description": "What the money is for, in the article's words."},
    )
    reported_by = Reference(
        StatementRefSchema,
        required=True,
        allow_none=True,
        metadata={
            "description": "The statement that carries the figure, when it is reported speech."
        },
    )
    evidence = fields.Nested(EvidenceSchema, required=True)
    links = links_field("`self`, the donor, the recipient and the reporting statement.")
    matches = matches_field()

"""The statement record: who said what to whom (PARC attribution)."""

from marshmallow import Schema, fields, validate

from api.spec.vocabulary import SPEECH_TYPES, TOPICS
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


class StatementSchema(Schema):
    """An attributed statement: source, cue and content."""

    id = Slug(required=True, metadata={"description": "Stable slug; never changes once published."})
    speaker = Reference(
        ActorRefSchema, required=True, metadata={"description": "Who made the statement."}
    )
    attribution = fields.String(
        required=True,
        validate=validate.Length(min=1),
        metadata={"description": "The article's words for the speaker."},
    )
    speech_type = fields.String(
        required=True,
        validate=one_of(SPEECH_TYPES),
        metadata={
            "description": "direct: entirely inside quotation marks; indirect: in the "
            "writer's words; mixed: reported with quoted fragments."
        },
    )
    text = fields.String(
        required=True,
        validate=validate.Length(min=1),
        metadata={
            "description": "What was said, verbatim from the article (whitespace folded), "
            "without the surrounding quotation marks for direct speech."
        },
    )
    cue = fields.String(
        required=True,
        validate=validate.Length(min=1),
        metadata={"description": "The reporting verb as written: said, told, denied, vowed."},
    )
    said_on = PartialDate(
        required=True,
        allow_none=True,
        metadata={"description": "When it was said; null when the article does not tell."},
    )
    place = fields.String(
        required=True,
        allow_none=True,
        metadata={"description": "Where it was said, when the article tells."},
    )
    occasion = fields.String(
        required=True,
        allow_none=True,
        metadata={"description": "The event it was said at, when the article tells."},
    )
    reported_by = Reference(
        StatementRefSchema,
        required=True,
        allow_none=True,
        metadata={
            "description": "For a statement reported inside another one, the statement "
            "that reports it; null otherwise."
        },
    )
    addressees = fields.List(
        Reference(ActorRefSchema),
        load_default=list,
        metadata={"description": "Who it was said to."},
    )
    mentions = fields.List(
        Reference(ActorRefSchema),
        load_default=list,
        metadata={"description": "Actors the statement is about."},
    )
    topics = fields.List(
        fields.String(validate=one_of(tuple(TOPICS))),
        load_default=list,
        metadata={"description": "Terms from the topic vocabulary (`/v1/topics`)."},
    )
    evidence = fields.Nested(EvidenceSchema, required=True)
    links = links_field("`self`, the speaker, and the statement that reports this one.")
    matches = matches_field()

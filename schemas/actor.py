"""The actor record: a person, a state or an organization (Popolo, schema.org)."""

from typing import Any

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from api.spec.values import COUNTRY_PATTERN, WIKIDATA_PATTERN
from api.spec.vocabulary import ACTOR_KINDS, CLASSIFICATIONS
from schemas.common import (
    ActorRefSchema,
    EvidenceSchema,
    Reference,
    Slug,
    links_field,
    matches_field,
    one_of,
)


class RoleSchema(Schema):
    """A post an actor holds (Popolo Membership/Post)."""

    title = fields.String(
        required=True,
        validate=validate.Length(min=1),
        metadata={"description": "The post, as the article names it."},
    )
    organization = Reference(
        ActorRefSchema,
        required=True,
        metadata={"description": "The state or organization the post belongs to."},
    )
    former = fields.Boolean(
        load_default=False,
        dump_default=False,
        metadata={"description": "True where the article says the post is a former one."},
    )


class ActorSchema(Schema):
    """A person, state or organization that acts or speaks in an article."""

    id = Slug(required=True, metadata={"description": "Stable slug; never changes once published."})
    name = fields.String(
        required=True,
        validate=validate.Length(min=1),
        metadata={"description": "The actor's name, as the article writes it in full."},
    )
    kind = fields.String(
        required=True,
        validate=one_of(ACTOR_KINDS),
        metadata={
            "description": "A state is a country acting as a party; government bodies, "
            "alliances, army units and news outlets are organizations."
        },
    )
    classification = fields.String(
        load_default=None,
        allow_none=True,
        validate=one_of(CLASSIFICATIONS),
        metadata={"description": "For organizations only; null for people and states."},
    )
    aliases = fields.List(
        fields.String(validate=validate.Length(min=1)),
        load_default=list,
        metadata={"description": "Other names the article uses for the actor."},
    )
    roles = fields.List(
        fields.Nested(RoleSchema),
        load_default=list,
        metadata={"description": "The posts the article gives the actor."},
    )
    country = fields.String(
        required=True,
        allow_none=True,
        validate=validate.Regexp(COUNTRY_PATTERN),
        metadata={"description": "ISO 3166-1 alpha-2; null for bodies of no one country."},
    )
    part_of = Reference(
        ActorRefSchema,
        load_default=None,
        allow_none=True,
        metadata={"description": "The actor this one belongs to (the Kremlin to Russia)."},
    )
    description = fields.String(
        required=True,
        validate=validate.Length(min=1),
        metadata={"description": "One line in the curators' words."},
    )
    wikidata = fields.String(
        required=True,
        allow_none=True,
        validate=validate.Regexp(
            WIKIDATA_PATTERN, error="'{input}' is not a Wikidata item id (Q and digits)."
        ),
        metadata={
            "description": "The actor's Wikidata item id (QID), for joining with other data; "
            "curated by hand, each confirmed in two independent public sources. Null when "
            "none could be confirmed, or none exists (collectives such as U.S. officials).",
            "example": "Q7747",
        },
    )
    evidence = fields.Nested(
        EvidenceSchema,
        required=True,
        metadata={"description": "The actor's first mention."},
    )
    links = links_field(
        "`self`, and the actor's statements, the statements that mention it, "
        "and the aid figures it gives or receives; `wikidata`, the item's page, when the "
        "actor has a QID (an absolute URL, the one link outside the API)."
    )
    matches = matches_field()

    @validates_schema
    def _classification_only_for_organizations(self, data: dict[str, Any], **kwargs: Any) -> None:
        if data.get("kind") == "organization" and data.get("classification") is None:
            raise ValidationError("Required for organizations.", "classification")
        if data.get("kind") != "organization" and data.get("classification") is not None:
            raise ValidationError("Only organizations have a classification.", "classification")

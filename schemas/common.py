"""Fields and small schemas shared by every record kind."""

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence, Set
from contextvars import ContextVar
from typing import Any

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from api.spec.values import PARTIAL_DATE_PATTERN, SLUG_PATTERN, date_span
from api.spec.vocabulary import ACTOR_KINDS, SECTIONS

#: Rule 5 of the data model: an evidence span is short.
MAX_EXACT_LENGTH = 300
#: How many code points of context a TextQuoteSelector keeps on each side, as Hypothesis does.
QUOTE_CONTEXT = 32
#: The W3C Web Annotation types of an evidence's selectors, in the order they are listed.
QUOTE_SELECTOR = "TextQuoteSelector"
POSITION_SELECTOR = "TextPositionSelector"

_SLUG = re.compile(SLUG_PATTERN)
_PARTIAL_DATE = re.compile(PARTIAL_DATE_PATTERN)


def one_of(choices: tuple[str, ...]) -> validate.OneOf:
    """Return the validator of a vocabulary field of a record: its message names the value."""
    return validate.OneOf(choices, error="'{input}' is not one of: {choices}.")


class Slug(fields.String):
    """A record id: a lowercase, hyphenated slug."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("validate", validate.Regexp(SLUG_PATTERN, error="Not a valid slug."))
        super().__init__(**kwargs)


class PartialDate(fields.String):
    """An ISO 8601 date kept as text: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault(
            "validate",
            validate.Regexp(PARTIAL_DATE_PATTERN, error="Not an ISO 8601 date."),
        )
        super().__init__(**kwargs)

    def _deserialize(
        self, value: Any, attr: str | None, data: Mapping[str, Any] | None, **kwargs: Any
    ) -> str:
        text = super()._deserialize(value, attr, data, **kwargs)
        if _PARTIAL_DATE.match(text):
            # The first day of the year or month stands for a partial date; the
            # pattern has checked the shape, so only the calendar can fail here.
            try:
                dt.date.fromisoformat(date_span(text)[0])
            except ValueError as error:
                raise ValidationError("Not a calendar date.") from error
        return text


#: Gives the compact form of a referenced record: (its ref schema, its id) -> the form.
Resolver = Callable[[type[Schema], str], dict[str, Any]]
#: The resolver of the dump in progress: what renders records sets it (marshmallow 4 has
#: no dump context; a context variable is its replacement).
REFERENCES: ContextVar[Resolver] = ContextVar("references")


class Reference(fields.Nested):
    """A reference to another record.

    In a data file it is the bare id of the record; the loader resolves it.
    In a response it is the referenced record's compact form (``ref_schema``): a dump
    replaces the id with the form that the resolver in ``REFERENCES`` gives.
    """

    def __init__(self, ref_schema: type[Schema], **kwargs: Any) -> None:
        super().__init__(ref_schema, **kwargs)
        self.ref_schema = ref_schema

    # Field and Nested name the first parameter differently: no signature fits both.
    def _serialize(self, nested_obj: Any, attr: Any, obj: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        if nested_obj is None:
            return None
        return REFERENCES.get()(self.ref_schema, nested_obj)

    def _deserialize(
        self,
        value: Any,
        attr: str | None,
        data: Mapping[str, Any] | None,
        partial: bool | Sequence[str] | Set[str] | None = None,
        **kwargs: Any,
    ) -> str:
        if not isinstance(value, str) or not _SLUG.match(value):
            raise ValidationError("Not a valid reference: expected a record id.")
        return value


class ArticleRefSchema(Schema):
    """The compact form of an article, embedded where a record refers to one."""

    id = Slug(required=True)
    headline = fields.String(required=True)


class ActorRefSchema(Schema):
    """The compact form of an actor, embedded where a record refers to one."""

    id = Slug(required=True)
    name = fields.String(required=True)
    kind = fields.String(required=True, validate=validate.OneOf(ACTOR_KINDS))


class StatementRefSchema(Schema):
    """The compact form of a statement, embedded where a record refers to one."""

    id = Slug(required=True)
    speaker = fields.Nested(ActorRefSchema, required=True)


#: The schema of the compact form a reference to each collection embeds.
REFERENCE_SCHEMAS: dict[str, type[Schema]] = {
    "actors": ActorRefSchema,
    "articles": ArticleRefSchema,
    "statements": StatementRefSchema,
}


_SOURCE_TEXT = (
    "the whole source file, decoded from UTF-8 (the file whose SHA-256 is the article's "
    "`text_sha256`)"
)


class TextQuoteSelectorSchema(Schema):
    """A W3C Web Annotation TextQuoteSelector: the span, with the text around it."""

    type = fields.String(
        required=True,
        validate=one_of((QUOTE_SELECTOR,)),
        metadata={"description": f"Always `{QUOTE_SELECTOR}`."},
    )
    exact = fields.String(
        required=True,
        validate=validate.Length(min=1),
        metadata={
            "description": f"The span exactly as it is in {_SOURCE_TEXT}: not whitespace-"
            "folded, so it may hold a non-breaking space (U+00A0) or a line break where "
            "`evidence.exact` has one space."
        },
    )
    prefix = fields.String(
        required=True,
        validate=validate.Length(max=QUOTE_CONTEXT),
        metadata={
            "description": f"The up to {QUOTE_CONTEXT} code points of the text just before "
            "`exact`, as Hypothesis stores them (fewer at the start of the text)."
        },
    )
    suffix = fields.String(
        required=True,
        validate=validate.Length(max=QUOTE_CONTEXT),
        metadata={
            "description": f"The up to {QUOTE_CONTEXT} code points of the text just after "
            "`exact`, as Hypothesis stores them (fewer at the end of the text)."
        },
    )


class TextPositionSelectorSchema(Schema):
    """A W3C Web Annotation TextPositionSelector: where the span starts and ends."""

    type = fields.String(
        required=True,
        validate=one_of((POSITION_SELECTOR,)),
        metadata={"description": f"Always `{POSITION_SELECTOR}`."},
    )
    start = fields.Integer(
        required=True,
        strict=True,
        validate=validate.Range(min=0),
        metadata={
            "description": f"Where the span starts: a 0-based offset in Unicode code points of "
            f"{_SOURCE_TEXT}. JavaScript strings count UTF-16 units: index "
            "`Array.from(text)`."
        },
    )
    end = fields.Integer(
        required=True,
        strict=True,
        validate=validate.Range(min=1),
        metadata={
            "description": "Where the span ends (exclusive), in the same code points: "
            "`text[start:end]` is the TextQuoteSelector's `exact`."
        },
    )

    @validates_schema
    def _end_after_start(self, data: dict[str, Any], **kwargs: Any) -> None:
        if data["end"] <= data["start"]:
            raise ValidationError("Must be greater than start.", "end")


class Selectors(fields.Tuple):
    """An evidence's W3C selectors: a TextQuoteSelector, then a TextPositionSelector.

    They are loaded into a list, as JSON has it; the position must span as many code
    points as the quote's ``exact`` holds.
    """

    default_error_messages = {
        "invalid": f"Not a list of a {QUOTE_SELECTOR} and a {POSITION_SELECTOR}.",
        "order": f"Expected a {QUOTE_SELECTOR}, then a {POSITION_SELECTOR}, in that order.",
    }

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(
            (fields.Nested(TextQuoteSelectorSchema), fields.Nested(TextPositionSelectorSchema)),
            **kwargs,
        )
        self.validate_length = validate.Length(
            equal=2, error=f"Expected 2 selectors, a {QUOTE_SELECTOR} and a {POSITION_SELECTOR}."
        )

    # A list, not Tuple's tuple: a loaded record stays equal to its JSON.
    def _deserialize(  # type: ignore[override]
        self, value: Any, attr: str | None, data: Mapping[str, Any] | None, **kwargs: Any
    ) -> list[dict[str, Any]]:
        if isinstance(value, list) and [
            item.get("type") if isinstance(item, dict) else None for item in value
        ] == [POSITION_SELECTOR, QUOTE_SELECTOR]:
            raise self.make_error("order")
        quote, position = super()._deserialize(value, attr, data, **kwargs)
        if position["end"] - position["start"] != len(quote["exact"]):
            message = (
                f"end - start is {position['end'] - position['start']}, but the "
                f"{QUOTE_SELECTOR}'s exact has {len(quote['exact'])} code points."
            )
            raise ValidationError({1: {"end": [message]}})
        return [quote, position]


class EvidenceSchema(Schema):
    """Where in the source a record comes from, with W3C Web Annotation selectors."""

    article = Reference(
        ArticleRefSchema,
        required=True,
        metadata={"description": "The source article."},
    )
    paragraph = fields.Integer(
        required=True,
        strict=True,
        validate=validate.Range(min=1),
        metadata={
            "description": "Paragraph number: blocks of the source text separated by "
            "blank lines, numbered from 1 in file order (the headline is 1)."
        },
    )
    section = fields.String(
        required=True,
        validate=one_of(SECTIONS),
        metadata={"description": "Which part of the page the paragraph belongs to."},
    )
    exact = fields.String(
        required=True,
        validate=validate.Length(min=1, max=MAX_EXACT_LENGTH),
        metadata={
            "description": "A short verbatim span of the paragraph (whitespace folded "
            "to single spaces) that carries the fact."
        },
    )
    selectors = Selectors(
        required=True,
        metadata={
            "description": "The span as W3C Web Annotation selectors, which an annotation "
            f"client (Hypothesis) anchors unchanged: a {QUOTE_SELECTOR} (the literal text "
            f"with up to {QUOTE_CONTEXT} code points of context each side; prefix, exact and "
            f"suffix occur once in the text), then a {POSITION_SELECTOR} (its code-point "
            f"offsets in {_SOURCE_TEXT})."
        },
    )


def links_field(description: str) -> fields.Dict:
    """Return the read-only ``links`` field of a record in a response."""
    return fields.Dict(
        keys=fields.String(),
        values=fields.String(),
        dump_only=True,
        metadata={"description": description},
    )


class MatchSchema(Schema):
    """Where a search matched in one text of a record."""

    field = fields.String(
        required=True,
        metadata={
            "description": "The path of the text in the record: `text`, `attribution`, "
            "`name`, `aliases.0` (an alias by position), `evidence.exact`, ..."
        },
    )
    start = fields.Integer(
        required=True,
        validate=validate.Range(min=0),
        metadata={"description": "Where the hit starts, in Unicode code points."},
    )
    end = fields.Integer(
        required=True,
        validate=validate.Range(min=1),
        metadata={"description": "Where the hit ends (exclusive), in Unicode code points."},
    )


def matches_field() -> fields.List[Any]:
    """Return the ``matches`` field of the items of a searched page."""
    return fields.List(
        fields.Nested(MatchSchema),
        dump_only=True,
        metadata={
            "description": "Only on the items of a searched page (`q`): every hit of the "
            "search in the record's searched texts, so that a frontend can highlight them "
            "without trusting any HTML. `text[start:end]` is the hit, counted in code points "
            "(JavaScript strings count UTF-16 units: convert with `Array.from(text)`)."
        },
    )

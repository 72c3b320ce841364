"""Query-string arguments: one schema per operation, loaded by webargs on every request.

The query parser (``api/arguments.py``) hands these schemas a plain mapping of
parameter names to strings, with a *list* of strings for a parameter given more
than once. ``QueryArgsSchema`` rejects both repeated and unknown parameters, so
that every mistake in a query string is a 400 naming the parameter, never ignored.
"""

import re
from typing import Any

from marshmallow import (
    RAISE,
    Schema,
    ValidationError,
    fields,
    post_load,
    pre_load,
    validate,
    validates_schema,
)
from webargs.fields import DelimitedList

from schemas.common import COUNTRY_PATTERN, CURRENCY_PATTERN, SLUG_PATTERN, WIKIDATA_PATTERN
from schemas.vocabulary import ACTOR_KINDS, AID_TYPES, MEASURES, SECTIONS, SPEECH_TYPES, TOPICS

UNKNOWN_PARAMETER = "Unknown parameter."
REPEATED_PARAMETER = "Given more than once; this parameter takes one value."
DEFAULT_LIMIT = 20
MAX_LIMIT = 100
#: What a collection answers in: a page of JSON, or an export of every match.
FORMATS = ("json", "csv", "ndjson")
JSON_FORMAT = "json"
DEFAULT_FACET_SIZE = 10
MAX_FACET_SIZE = 100
#: How many edges a network keeps at most, the heaviest: by default, and when asked.
DEFAULT_NETWORK_EDGES = 500
MAX_NETWORK_EDGES = 2000
#: Far beyond any collection, and small enough for every JSON parser's integers.
MAX_OFFSET = 1_000_000_000
MAX_SEARCH_LENGTH = 200
#: The sort that ranks the hits of a search, best first.
RELEVANCE = "relevance"
#: How every multi-valued parameter says it takes both array forms (``api/arguments.py``).
SEVERAL_VALUES = (
    "Several values match any of them: repeat the parameter (`name=a&name=b`), as most "
    "generated clients do, or join the values with commas (`name=a,b`); both forms, and "
    "their mix, mean the same."
)

#: Sortable fields per collection: the name a client gives in ``sort``, and the
#: dotted path of the value it sorts by in a record.
ARTICLE_SORT_FIELDS = {"id": "id", "published": "published", "headline": "headline"}
ACTOR_SORT_FIELDS = {"id": "id", "name": "name", "kind": "kind", "country": "country"}
STATEMENT_SORT_FIELDS = {
    "id": "id",
    "said_on": "said_on",
    "speaker": "speaker",
    "speech_type": "speech_type",
    "paragraph": "evidence.paragraph",
}
AID_FIGURE_SORT_FIELDS = {
    "id": "id",
    "donor": "donor",
    "recipient": "recipient",
    "as_of": "as_of",
    "amount": "amount.value",
}
#: What aid-figure totals can be grouped by.
TOTALS_GROUPS = ("donor", "recipient", "aid_type")
#: What each collection counts in ``facets``: every name is also a filter of it.
ACTOR_FACETS = ("kind", "country")
STATEMENT_FACETS = (
    "speaker",
    "speech_type",
    "topic",
    "mentions",
    "addressee",
    "reported_by",
    "article",
    "section",
    "said_on",
)
AID_FIGURE_FACETS = ("donor", "recipient", "currency", "aid_type", "measure")

_YEAR = "[0-9]{4}"
_LEAP_YEAR = "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)"
_MONTH_DAY = (
    "(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
    "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
    "|02-(?:0[1-9]|1[0-9]|2[0-8]))"
)
#: An ISO 8601 calendar date at year, month or day precision, February 29th
#: only in leap years: the regular expression is the whole validation, so the
#: published pattern and the server agree on every input.
CALENDAR_DATE_PATTERN = (
    f"^(?:{_YEAR}|{_YEAR}-(?:0[1-9]|1[0-2])|{_YEAR}-{_MONTH_DAY}|{_LEAP_YEAR}-02-29)$"
)
#: Digits enough for any bound above; more are out of range whatever they say.
_INTEGER = re.compile("-?[0-9]{1,18}")


class FullMatch(validate.Regexp):
    """A pattern the whole value must match (``$`` alone also accepts a final newline)."""

    def __init__(self, regex: str, *, error: str) -> None:
        super().__init__(regex, error=error)
        self._whole = re.compile(regex)

    def __call__(self, value: Any) -> Any:
        if not isinstance(value, str) or self._whole.fullmatch(value) is None:
            raise ValidationError(self._format_error(value))
        return value


class QueryInteger(fields.Integer):
    """An integer written in ASCII digits and an optional minus, nothing else (no ``1_000``)."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> int:
        if not isinstance(value, str) or _INTEGER.fullmatch(value) is None:
            raise self.make_error("invalid")
        return int(value)


def _text(pattern: str, error: str, description: str) -> fields.String:
    return fields.String(
        validate=FullMatch(pattern, error=error), metadata={"description": description}
    )


def _slug(description: str) -> fields.String:
    return _text(SLUG_PATTERN, "Not a valid id.", description)


def any_of(item: fields.Field[Any], description: str) -> DelimitedList:
    """Return a filter taking one value or several, comma-separated, any of which may match."""
    return DelimitedList(
        item,
        validate=validate.Length(min=1, error="Give at least one value."),
        metadata={"description": f"{description} {SEVERAL_VALUES}"},
    )


def _one_of(choices: tuple[str, ...] | list[str]) -> fields.String:
    return fields.String(validate=validate.OneOf(choices))


def sort_field(allowed: dict[str, str], *, searched: bool = True) -> DelimitedList:
    """Return the ``sort`` parameter over the given sortable fields (and relevance, searched)."""
    choices = [name for field in allowed for name in (field, f"-{field}")]
    relevance = ""
    if searched:
        choices.append(RELEVANCE)
        relevance = (
            " `relevance` ranks the hits of a search (`q`) best first (bm25); without `q` "
            "every record ranks the same. Pages keep their default order unless it is asked for."
        )
    return DelimitedList(
        _one_of(choices),
        validate=validate.Length(min=1, error="Give at least one field."),
        metadata={
            "description": "Fields to sort by, in order of precedence, each ascending or, "
            "with a `-` prefix, descending; ties are broken by `id`. Nulls sort last either "
            "way. Repeat the parameter (`sort=-said_on&sort=speaker`) or join the fields with "
            f"commas (`sort=-said_on,speaker`): both mean the same.{relevance}"
        },
    )


def search_field(over: str) -> fields.String:
    """Return the ``q`` parameter, searching the given fields."""
    return fields.String(
        validate=validate.Length(min=1, max=MAX_SEARCH_LENGTH),
        metadata={"description": f"Case-insensitive substring search over {over}."},
    )


class QueryArgsSchema(Schema):
    """The query string of an operation that takes no parameters."""

    class Meta:
        unknown = RAISE

    error_messages = {"unknown": UNKNOWN_PARAMETER}

    @pre_load
    def _set_repeated_aside(self, data: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        # Known parameters given more than once are reported by the validator below;
        # unknown ones stay, to be reported as unknown.
        return {
            key: value
            for key, value in data.items()
            if not (isinstance(value, list) and key in self.fields)
        }

    @validates_schema(pass_original=True, skip_on_field_errors=False)
    def _reject_repeated(
        self, data: dict[str, Any], original_data: dict[str, Any], **kwargs: Any
    ) -> None:
        repeated = {
            key: [REPEATED_PARAMETER]
            for key, value in original_data.items()
            if isinstance(value, list) and key in self.fields
        }
        if repeated:
            raise ValidationError(repeated)


class PageArgsSchema(QueryArgsSchema):
    """Pagination and formats, shared by every collection.

    A JSON page holds 1 to 100 items, 20 unless ``limit`` says otherwise. An export (CSV
    or NDJSON) holds every match unless ``limit`` or ``offset`` are given, and then
    ``limit`` has no cap of 100.
    """

    limit = QueryInteger(
        metadata={
            "description": f"How many items to return: 1 to {MAX_LIMIT} in a JSON page "
            f"(default {DEFAULT_LIMIT}); in a CSV or NDJSON export, any number (default: "
            "every match).",
            # Checked by `_check_limit`, whose bound depends on the format.
            "minimum": 1,
            "maximum": MAX_OFFSET,
        },
    )
    offset = QueryInteger(
        load_default=0,
        validate=validate.Range(
            min=0, max=MAX_OFFSET, error=f"Must be between 0 and {MAX_OFFSET}."
        ),
        metadata={"description": "How many items to skip."},
    )
    format = fields.String(
        validate=validate.OneOf(FORMATS),
        metadata={
            "description": "`json` (a page, the default), `csv` (RFC 4180, UTF-8, one header "
            "row, one row per record, as an attachment) or `ndjson` (one JSON item per line). "
            "CSV and NDJSON export every record the query matches, streamed, in its sort. "
            "`Accept: text/csv` or `Accept: application/x-ndjson` ask the same; `format` wins."
        },
    )

    @validates_schema(pass_original=True, skip_on_field_errors=False)
    def _check_limit(
        self, data: dict[str, Any], original_data: dict[str, Any], **kwargs: Any
    ) -> None:
        limit = data.get("limit")
        if limit is None:
            return
        # A format given but invalid is reported on its own: the limit is held only to
        # the bound of every format.
        page = data.get("format", JSON_FORMAT) == JSON_FORMAT and (
            "format" in data or "format" not in original_data
        )
        highest = MAX_LIMIT if page else MAX_OFFSET
        if not 1 <= limit <= highest:
            raise ValidationError(f"Must be between 1 and {highest}.", "limit")

    @post_load
    def _default_limit(self, data: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        if data.get("format", JSON_FORMAT) == JSON_FORMAT:
            data.setdefault("limit", DEFAULT_LIMIT)
        return data


def facets_field(names: tuple[str, ...]) -> DelimitedList:
    """Return the ``facets`` parameter over a collection's facet names."""
    return DelimitedList(
        _one_of(names),
        validate=validate.Length(min=1, error="Give at least one facet."),
        metadata={
            "description": "Count the records of each value of these fields, over every record "
            "the other filters, the dates and `q` match (not only this page): the page gets "
            "`facets`, each value with its count, whether the query selects it, and the link "
            "that adds it to the query or takes it out. Largest counts first, ties by value. "
            f"{SEVERAL_VALUES}"
        },
    )


def facet_size_field() -> QueryInteger:
    """Return the ``facet_size`` parameter."""
    return QueryInteger(
        validate=validate.Range(
            min=1, max=MAX_FACET_SIZE, error=f"Must be between 1 and {MAX_FACET_SIZE}."
        ),
        metadata={
            "description": f"How many values each facet lists (default {DEFAULT_FACET_SIZE}); "
            "values the query selects are listed as well."
        },
    )


class TopicQueryArgsSchema(PageArgsSchema):
    """Arguments of ``GET /v1/topics``."""


class ArticleQueryArgsSchema(PageArgsSchema):
    """Arguments of ``GET /v1/articles``."""

    q = search_field("headline and summary")
    sort = sort_field(ARTICLE_SORT_FIELDS)


class ActorQueryArgsSchema(PageArgsSchema):
    """Arguments of ``GET /v1/actors``."""

    kind = any_of(_one_of(ACTOR_KINDS), "Actors of this kind.")
    country = any_of(
        _text(COUNTRY_PATTERN, "Not an ISO 3166-1 alpha-2 code.", "Country code."),
        "Actors of this country (ISO 3166-1 alpha-2).",
    )
    wikidata = any_of(
        _text(WIKIDATA_PATTERN, "Not a Wikidata item id (Q and digits).", "Wikidata QID."),
        "The actor with this Wikidata item id.",
    )
    q = search_field("name and aliases")
    sort = sort_field(ACTOR_SORT_FIELDS)
    facets = facets_field(ACTOR_FACETS)
    facet_size = facet_size_field()


class StatementFilterArgsSchema(QueryArgsSchema):
    """Filters over statements, shared by the collection and its network: one place each."""

    speaker = any_of(_slug("Actor id."), "Statements made by this actor.")
    mentions = any_of(_slug("Actor id."), "Statements that mention this actor.")
    addressee = any_of(_slug("Actor id."), "Statements said to this actor.")
    speech_type = any_of(_one_of(SPEECH_TYPES), "Statements of this speech type.")
    topic = any_of(_one_of(tuple(TOPICS)), "Statements on this topic.")
    said_from = _text(
        CALENDAR_DATE_PATTERN,
        "Not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD).",
        "Statements said on or after this date (YYYY, YYYY-MM or YYYY-MM-DD); a statement "
        "dated only to a month or year matches when that span overlaps the range, and "
        "undated statements never match.",
    )
    said_to = _text(
        CALENDAR_DATE_PATTERN,
        "Not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD).",
        "Statements said on or before this date (YYYY, YYYY-MM or YYYY-MM-DD), as `said_from`.",
    )
    said_on = any_of(
        _text(
            CALENDAR_DATE_PATTERN,
            "Not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD).",
            "A date as statements record it.",
        ),
        "Statements whose date is recorded as exactly this: a day, or a month or year for "
        "statements dated only that precisely (the values of the `said_on` facet). For a "
        "range, use `said_from` and `said_to`.",
    )
    reported_by = any_of(_slug("Statement id."), "Statements reported inside this statement.")
    article = any_of(_slug("Article id."), "Statements from this article.")
    section = any_of(
        _one_of(SECTIONS), "Statements whose evidence is in this section of its article."
    )
    q = search_field("text and attribution")


# Marshmallow gives inherited fields in reverse method resolution order: PageArgsSchema's,
# the last base, come first, then the filters, as the links of every page have them.
class StatementQueryArgsSchema(StatementFilterArgsSchema, PageArgsSchema):
    """Arguments of ``GET /v1/statements``."""

    sort = sort_field(STATEMENT_SORT_FIELDS)
    facets = facets_field(STATEMENT_FACETS)
    facet_size = facet_size_field()


class NetworkQueryArgsSchema(StatementFilterArgsSchema):
    """Arguments of ``GET /v1/network``: the statement filters, and how many edges to keep.

    The network is of every statement the filters select: it has no pages, sort,
    facets or formats, and keeps its heaviest edges.
    """

    edge_limit = QueryInteger(
        validate=validate.Range(
            min=1, max=MAX_NETWORK_EDGES, error=f"Must be between 1 and {MAX_NETWORK_EDGES}."
        ),
        metadata={
            "description": f"How many edges to keep at most (default {DEFAULT_NETWORK_EDGES}): "
            "the heaviest, those of the most statements. `truncated` says whether any "
            "were left out; narrow the filters to see them."
        },
    )


class AidFilterArgsSchema(QueryArgsSchema):
    """Filters over aid figures, shared by the collection and its totals."""

    donor = any_of(_slug("Actor id."), "Aid given by this actor.")
    recipient = any_of(_slug("Actor id."), "Aid received by this actor.")
    currency = any_of(
        _text(CURRENCY_PATTERN, "Not an ISO 4217 code.", "Currency code."),
        "Aid stated in this currency (ISO 4217).",
    )
    aid_type = any_of(_one_of(AID_TYPES), "Aid of this type.")
    measure = any_of(_one_of(MEASURES), "Aid at this stage (pledge, commitment, ...).")
    article = any_of(_slug("Article id."), "Aid figures from this article.")
    q = search_field("purpose and evidence")


class AidFigureQueryArgsSchema(PageArgsSchema, AidFilterArgsSchema):
    """Arguments of ``GET /v1/aid-figures``."""

    sort = sort_field(AID_FIGURE_SORT_FIELDS)
    facets = facets_field(AID_FIGURE_FACETS)
    facet_size = facet_size_field()


class AidTotalsQueryArgsSchema(AidFilterArgsSchema):
    """Arguments of ``GET /v1/aid-figures/totals``."""

    group_by = fields.String(
        load_default="donor",
        validate=validate.OneOf(TOTALS_GROUPS),
        metadata={"description": "What to group the figures by."},
    )

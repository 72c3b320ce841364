"""Query-string arguments: one schema per operation, loaded by webargs on every request.

The schemas of the collections' operations are made from their spec
(``api.spec.collections``): its filters, date range, search, sorts and facets. The
query parser (``api/web/arguments.py``) hands these schemas a plain mapping of
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

from api.spec.collections import AID_FIGURES, COLLECTIONS, STATEMENTS
from api.spec.model import (
    EXPORT_FORMATS,
    FACET_PARAMETERS,
    SEARCH,
    SORT,
    Collection,
    Field,
    Kind,
    UnknownName,
)
from api.spec.values import (
    CALENDAR_DATE_PATTERN,
    DEFAULT_FACET_SIZE,
    DEFAULT_LIMIT,
    DEFAULT_NETWORK_EDGES,
    MAX_FACET_SIZE,
    MAX_LIMIT,
    MAX_NETWORK_EDGES,
    MAX_OFFSET,
    MAX_SEARCH_LENGTH,
    RELEVANCE,
    SLUG_PATTERN,
)

UNKNOWN_PARAMETER = "Unknown parameter."
REPEATED_PARAMETER = "Given more than once; this parameter takes one value."
#: What a collection answers in: a page of JSON, or an export of every match.
JSON_FORMAT = "json"
FORMATS = (JSON_FORMAT, *EXPORT_FORMATS)
#: How every multi-valued parameter says it takes both array forms (``api/web/arguments.py``).
SEVERAL_VALUES = (
    "Several values match any of them: repeat the parameter (`name=a&name=b`), as most "
    "generated clients do, or join the values with commas (`name=a,b`); both forms, and "
    "their mix, mean the same."
)
_INTEGER = re.compile("-?[0-9]+")
#: Digits enough for any bound; a number of more digits stands as one beyond every bound.
_DIGITS = 18
_OUT_OF_RANGE: int = 10**_DIGITS
_NOT_A_DATE = "Not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)."
NO_FACETS = "Facets come with a JSON page (the list operation); an export has none."
FACETS, FACET_SIZE = FACET_PARAMETERS


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
    """An integer written in ASCII digits and an optional minus, nothing else (no ``1_000``).

    A number of more digits than any bound has is out of range, whatever its digits: it is
    never converted (Python refuses to convert thousands of digits).
    """

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> int:
        if not isinstance(value, str) or _INTEGER.fullmatch(value) is None:
            raise self.make_error("invalid")
        sign, digits = ("-", value[1:]) if value.startswith("-") else ("", value)
        if len(digits.lstrip("0")) > _DIGITS:
            return -_OUT_OF_RANGE if sign else _OUT_OF_RANGE
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


def sort_field(collection: Collection) -> DelimitedList:
    """Return the ``sort`` parameter over a collection's sorts, ``id`` and ``relevance``."""
    choices = [name for sort in ("id", *collection.sorts) for name in (sort, f"-{sort}")]
    choices.append(RELEVANCE)
    first, *others = [*collection.sorts, "id"]
    second = others[0]
    return DelimitedList(
        _one_of(choices),
        validate=validate.Length(min=1, error="Give at least one field."),
        metadata={
            "description": "Fields to sort by, in order of precedence, each ascending or, "
            "with a `-` prefix, descending; ties are broken by `id`. Nulls sort last either "
            f"way. Repeat the parameter (`sort=-{first}&sort={second}`) or join the fields "
            f"with commas (`sort=-{first},{second}`): both mean the same. `relevance` ranks "
            "the hits of a search (`q`) best first (bm25); without `q` every record ranks the "
            "same. Pages keep their default order unless it is asked for."
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


def _limit(highest: int, description: str, **options: Any) -> QueryInteger:
    return QueryInteger(
        validate=validate.Range(min=1, max=highest, error=f"Must be between 1 and {highest}."),
        metadata={"description": description},
        **options,
    )


def _offset(description: str, **options: Any) -> QueryInteger:
    return QueryInteger(
        **options,
        validate=validate.Range(
            min=0, max=MAX_OFFSET, error=f"Must be between 0 and {MAX_OFFSET}."
        ),
        metadata={"description": description},
    )


class PageArgsSchema(QueryArgsSchema):
    """Pagination, shared by every collection's list: 1 to 100 items, 20 unless ``limit``
    says otherwise.

    ``format`` is v1's way to ask for an export: ``csv`` and ``ndjson`` never reach this
    schema, the list answers them with a redirect to the export (``api.web.answers``).
    """

    limit = _limit(
        MAX_LIMIT,
        f"How many items to return: 1 to {MAX_LIMIT}, {DEFAULT_LIMIT} when not given (with "
        "`format=csv` or `ndjson`, the export's: every match when not given). For every match "
        "at once, use the collection's export.",
    )
    offset = _offset("How many items to skip.", load_default=0)
    format = fields.String(
        validate=validate.OneOf(FORMATS),
        metadata={
            "description": "`json`, the default: a page. `csv` and `ndjson` are answered with "
            "a 307 redirect to the collection's export of that format (`<path>.csv`, "
            "`<path>.ndjson`) with the rest of the query as it is, before any other "
            "parameter is read: the export's own parameters and ranges apply there. "
            "`Accept: text/csv` or `Accept: application/x-ndjson` without `format` are "
            "redirected alike."
        },
    )

    @validates_schema(skip_on_field_errors=False)
    def _check_facet_size(self, data: dict[str, Any], **kwargs: Any) -> None:
        """Refuse what would otherwise be silently ignored: ``facet_size`` sizes nothing
        without ``facets``."""
        if "facet_size" in data and "facets" not in data:
            raise ValidationError({"facet_size": ["Sizes the facets: give `facets` too."]})

    @post_load
    def _default_limit(self, data: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        """A page of 20 unless ``limit`` says otherwise, set here rather than as the field's
        ``load_default``, which the contract would declare as ``limit``'s ``default``: a
        generated client (openapi-python-client) then sends ``limit=20`` on every call, and
        v1's ``format=csv`` would pass it on to the export, 20 rows instead of every match."""
        data.setdefault("limit", DEFAULT_LIMIT)
        return data


class ExportArgsSchema(QueryArgsSchema):
    """How much of what a query selects an export holds: every match unless ``limit`` or
    ``offset`` say otherwise. An export has no facets: asking for them is refused."""

    limit = _limit(MAX_OFFSET, "How many records to export (default: every match).")
    offset = _offset("How many records to skip.", load_default=0)

    @pre_load
    def _refuse_facets(self, data: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        refused = {name: [NO_FACETS] for name in FACET_PARAMETERS if name in data}
        if refused:
            raise ValidationError(refused)
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
            "A JSON page only: an export refuses it. "
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
            "values the query selects are listed as well. Only with `facets`: alone, it is "
            "refused."
        },
    )


def _value(collection: Collection, field: Field) -> fields.String:
    """Return the field of one value of a filter on ``field``."""
    if field.ref is not None:
        return _slug(f"{COLLECTIONS[field.ref].noun.capitalize()} id.")
    if field.terms:
        return _one_of(field.terms)
    if field.pattern is not None:
        return _text(field.pattern.regex, field.pattern.error, field.pattern.description)
    if field.kind is Kind.DATE:
        return _text(CALENDAR_DATE_PATTERN, _NOT_A_DATE, f"A date as {collection.name} record it.")
    raise UnknownName(f"{collection.name} cannot filter {field.path}: its values have no shape")


def _date(description: str) -> fields.String:
    return _text(CALENDAR_DATE_PATTERN, _NOT_A_DATE, description)


def _selection(collection: Collection) -> dict[str, fields.Field[Any]]:
    """Return the parameters selecting a collection's records, in the spec's order."""
    parameters: dict[str, fields.Field[Any]] = {}
    date_range = collection.date_range
    for name in collection.selection:
        if name == SEARCH:
            parameters[name] = search_field(collection.search_description)
        elif date_range is not None and name == date_range.start:
            parameters[name] = _date(date_range.start_description)
        elif date_range is not None and name == date_range.end:
            parameters[name] = _date(date_range.end_description)
        else:
            filter_ = collection.filter(name)
            field = collection.field(filter_.path)
            parameters[name] = any_of(_value(collection, field), filter_.description)
    return parameters


def _schema_name(collection: Collection, role: str) -> str:
    return "".join(part.capitalize() for part in collection.singular.split("_")) + role


def page_arguments(collection: Collection) -> type[PageArgsSchema]:
    """Return the schema of a collection's list operation: pages, selection, sort, facets."""
    own = _selection(collection)
    if collection.search:
        own[SORT] = sort_field(collection)
    if collection.facets:
        own[FACETS] = facets_field(collection.facets)
        own[FACET_SIZE] = facet_size_field()
    inherited = PageArgsSchema._declared_fields
    parameters = {name: own[name] for name in collection.page_parameters if name not in inherited}
    schema = type(_schema_name(collection, "QueryArgsSchema"), (PageArgsSchema,), parameters)
    schema.__doc__ = f"Arguments of ``GET {collection.path}``."
    return schema


def export_arguments(collection: Collection) -> type[ExportArgsSchema]:
    """Return the schema of a collection's exports: how many records, selection, sort."""
    own = _selection(collection)
    if collection.search:
        own[SORT] = sort_field(collection)
    inherited = ExportArgsSchema._declared_fields
    parameters = {name: own[name] for name in collection.export_parameters if name not in inherited}
    schema = type(_schema_name(collection, "ExportArgsSchema"), (ExportArgsSchema,), parameters)
    schema.__doc__ = f"Arguments of the exports of {collection.path}."
    return schema


def network_arguments(collection: Collection) -> type[QueryArgsSchema]:
    """Return the schema of the network of a collection's records: its selection, and how
    many edges to keep. The network has no pages, sort, facets or formats."""
    parameters = _selection(collection)
    parameters["edge_limit"] = QueryInteger(
        validate=validate.Range(
            min=1, max=MAX_NETWORK_EDGES, error=f"Must be between 1 and {MAX_NETWORK_EDGES}."
        ),
        metadata={
            "description": f"How many edges to keep at most (default {DEFAULT_NETWORK_EDGES}): "
            "the heaviest, those of the most statements. `truncated` says whether any "
            "were left out; narrow the filters to see them."
        },
    )
    return type(_schema_name(collection, "NetworkQueryArgsSchema"), (QueryArgsSchema,), parameters)


def totals_arguments(collection: Collection) -> type[QueryArgsSchema]:
    """Return the schema of a collection's totals: its selection, and what to group by."""
    totals = collection.totals
    if totals is None:
        raise UnknownName(f"{collection.name} has no totals")
    parameters = _selection(collection)
    parameters["group_by"] = fields.String(
        load_default=totals.groups[0],
        validate=validate.OneOf(totals.groups),
        metadata={"description": "What to group the figures by."},
    )
    parameters["limit"] = _limit(
        MAX_LIMIT, f"How many groups to return: 1 to {MAX_LIMIT} (default {DEFAULT_LIMIT})."
    )
    parameters["offset"] = _offset("How many groups to skip (default 0).")
    return type(_schema_name(collection, "TotalsQueryArgsSchema"), (QueryArgsSchema,), parameters)


#: The arguments of each collection's list operation, by collection name.
PAGE_ARGUMENTS: dict[str, type[PageArgsSchema]] = {
    name: page_arguments(collection) for name, collection in COLLECTIONS.items()
}
#: The arguments of each collection's exports, by collection name.
EXPORT_ARGUMENTS: dict[str, type[ExportArgsSchema]] = {
    name: export_arguments(collection) for name, collection in COLLECTIONS.items()
}
NetworkQueryArgsSchema = network_arguments(STATEMENTS)
AidTotalsQueryArgsSchema = totals_arguments(AID_FIGURES)

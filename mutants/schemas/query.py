"""Query-string arguments: one schema per operation, loaded by webargs on every request.

The query parser (``api/arguments.py``) hands these schemas a plain mapping of
parameter names to strings, with a *list* of strings for a parameter given more
than once. ``QueryArgsSchema`` rejects both repeated and unknown parameters, so
that every mistake in a query string is a 400 naming the parameter, never ignored.
"""

import re
from typing import Any

from marshmallow import RAISE, Schema, ValidationError, fields, pre_load, validate, validates_schema
from webargs.fields import DelimitedList

from schemas.common import COUNTRY_PATTERN, CURRENCY_PATTERN, SLUG_PATTERN
from schemas.vocabulary import ACTOR_KINDS, AID_TYPES, MEASURES, SPEECH_TYPES, TOPICS

UNKNOWN_PARAMETER = "Unknown parameter."
REPEATED_PARAMETER = "Given more than once; this parameter takes one value."
DEFAULT_LIMIT = 20
MAX_LIMIT = 100
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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁFullMatchǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁFullMatchǁ__call____mutmut: MutantDict = {}  # type: ignore


class FullMatch(validate.Regexp):
    """A pattern the whole value must match (``$`` alone also accepts a final newline)."""

    @_mutmut_mutated(mutants_xǁFullMatchǁ__init____mutmut)
    def __init__(self, regex: str, *, error: str) -> None:
        super().__init__(regex, error=error)
        self._whole = re.compile(regex)

    def xǁFullMatchǁ__init____mutmut_orig(self, regex: str, *, error: str) -> None:
        super().__init__(regex, error=error)
        self._whole = re.compile(regex)

    def xǁFullMatchǁ__init____mutmut_1(self, regex: str, *, error: str) -> None:
        super().__init__(None, error=error)
        self._whole = re.compile(regex)

    def xǁFullMatchǁ__init____mutmut_2(self, regex: str, *, error: str) -> None:
        super().__init__(regex, error=None)
        self._whole = re.compile(regex)

    def xǁFullMatchǁ__init____mutmut_3(self, regex: str, *, error: str) -> None:
        super().__init__(error=error)
        self._whole = re.compile(regex)

    def xǁFullMatchǁ__init____mutmut_4(self, regex: str, *, error: str) -> None:
        super().__init__(regex, )
        self._whole = re.compile(regex)

    def xǁFullMatchǁ__init____mutmut_5(self, regex: str, *, error: str) -> None:
        super().__init__(regex, error=error)
        self._whole = None

    def xǁFullMatchǁ__init____mutmut_6(self, regex: str, *, error: str) -> None:
        super().__init__(regex, error=error)
        self._whole = re.compile(None)

    @_mutmut_mutated(mutants_xǁFullMatchǁ__call____mutmut)
    def __call__(self, value: Any) -> Any:
        if not isinstance(value, str) or self._whole.fullmatch(value) is None:
            raise ValidationError(self._format_error(value))
        return value

    def xǁFullMatchǁ__call____mutmut_orig(self, value: Any) -> Any:
        if not isinstance(value, str) or self._whole.fullmatch(value) is None:
            raise ValidationError(self._format_error(value))
        return value

    def xǁFullMatchǁ__call____mutmut_1(self, value: Any) -> Any:
        if not isinstance(value, str) and self._whole.fullmatch(value) is None:
            raise ValidationError(self._format_error(value))
        return value

    def xǁFullMatchǁ__call____mutmut_2(self, value: Any) -> Any:
        if isinstance(value, str) or self._whole.fullmatch(value) is None:
            raise ValidationError(self._format_error(value))
        return value

    def xǁFullMatchǁ__call____mutmut_3(self, value: Any) -> Any:
        if not isinstance(value, str) or self._whole.fullmatch(None) is None:
            raise ValidationError(self._format_error(value))
        return value

    def xǁFullMatchǁ__call____mutmut_4(self, value: Any) -> Any:
        if not isinstance(value, str) or self._whole.fullmatch(value) is not None:
            raise ValidationError(self._format_error(value))
        return value

    def xǁFullMatchǁ__call____mutmut_5(self, value: Any) -> Any:
        if not isinstance(value, str) or self._whole.fullmatch(value) is None:
            raise ValidationError(None)
        return value

    def xǁFullMatchǁ__call____mutmut_6(self, value: Any) -> Any:
        if not isinstance(value, str) or self._whole.fullmatch(value) is None:
            raise ValidationError(self._format_error(None))
        return value

mutants_xǁFullMatchǁ__init____mutmut['_mutmut_orig'] = FullMatch.xǁFullMatchǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁFullMatchǁ__init____mutmut['xǁFullMatchǁ__init____mutmut_1'] = FullMatch.xǁFullMatchǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁFullMatchǁ__init____mutmut['xǁFullMatchǁ__init____mutmut_2'] = FullMatch.xǁFullMatchǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁFullMatchǁ__init____mutmut['xǁFullMatchǁ__init____mutmut_3'] = FullMatch.xǁFullMatchǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁFullMatchǁ__init____mutmut['xǁFullMatchǁ__init____mutmut_4'] = FullMatch.xǁFullMatchǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁFullMatchǁ__init____mutmut['xǁFullMatchǁ__init____mutmut_5'] = FullMatch.xǁFullMatchǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁFullMatchǁ__init____mutmut['xǁFullMatchǁ__init____mutmut_6'] = FullMatch.xǁFullMatchǁ__init____mutmut_6 # type: ignore # mutmut generated

mutants_xǁFullMatchǁ__call____mutmut['_mutmut_orig'] = FullMatch.xǁFullMatchǁ__call____mutmut_orig # type: ignore # mutmut generated
mutants_xǁFullMatchǁ__call____mutmut['xǁFullMatchǁ__call____mutmut_1'] = FullMatch.xǁFullMatchǁ__call____mutmut_1 # type: ignore # mutmut generated
mutants_xǁFullMatchǁ__call____mutmut['xǁFullMatchǁ__call____mutmut_2'] = FullMatch.xǁFullMatchǁ__call____mutmut_2 # type: ignore # mutmut generated
mutants_xǁFullMatchǁ__call____mutmut['xǁFullMatchǁ__call____mutmut_3'] = FullMatch.xǁFullMatchǁ__call____mutmut_3 # type: ignore # mutmut generated
mutants_xǁFullMatchǁ__call____mutmut['xǁFullMatchǁ__call____mutmut_4'] = FullMatch.xǁFullMatchǁ__call____mutmut_4 # type: ignore # mutmut generated
mutants_xǁFullMatchǁ__call____mutmut['xǁFullMatchǁ__call____mutmut_5'] = FullMatch.xǁFullMatchǁ__call____mutmut_5 # type: ignore # mutmut generated
mutants_xǁFullMatchǁ__call____mutmut['xǁFullMatchǁ__call____mutmut_6'] = FullMatch.xǁFullMatchǁ__call____mutmut_6 # type: ignore # mutmut generated
mutants_xǁQueryIntegerǁ_deserialize__mutmut: MutantDict = {}  # type: ignore


class QueryInteger(fields.Integer):
    """An integer written in ASCII digits and an optional minus, nothing else (no ``1_000``)."""

    @_mutmut_mutated(mutants_xǁQueryIntegerǁ_deserialize__mutmut)
    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> int:
        if not isinstance(value, str) or _INTEGER.fullmatch(value) is None:
            raise self.make_error("invalid")
        return int(value)

    def xǁQueryIntegerǁ_deserialize__mutmut_orig(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> int:
        if not isinstance(value, str) or _INTEGER.fullmatch(value) is None:
            raise self.make_error("invalid")
        return int(value)

    def xǁQueryIntegerǁ_deserialize__mutmut_1(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> int:
        if not isinstance(value, str) and _INTEGER.fullmatch(value) is None:
            raise self.make_error("invalid")
        return int(value)

    def xǁQueryIntegerǁ_deserialize__mutmut_2(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> int:
        if isinstance(value, str) or _INTEGER.fullmatch(value) is None:
            raise self.make_error("invalid")
        return int(value)

    def xǁQueryIntegerǁ_deserialize__mutmut_3(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> int:
        if not isinstance(value, str) or _INTEGER.fullmatch(None) is None:
            raise self.make_error("invalid")
        return int(value)

    def xǁQueryIntegerǁ_deserialize__mutmut_4(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> int:
        if not isinstance(value, str) or _INTEGER.fullmatch(value) is not None:
            raise self.make_error("invalid")
        return int(value)

    def xǁQueryIntegerǁ_deserialize__mutmut_5(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> int:
        if not isinstance(value, str) or _INTEGER.fullmatch(value) is None:
            raise self.make_error(None)
        return int(value)

    def xǁQueryIntegerǁ_deserialize__mutmut_6(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> int:
        if not isinstance(value, str) or _INTEGER.fullmatch(value) is None:
            raise self.make_error("XXinvalidXX")
        return int(value)

    def xǁQueryIntegerǁ_deserialize__mutmut_7(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> int:
        if not isinstance(value, str) or _INTEGER.fullmatch(value) is None:
            raise self.make_error("INVALID")
        return int(value)

    def xǁQueryIntegerǁ_deserialize__mutmut_8(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> int:
        if not isinstance(value, str) or _INTEGER.fullmatch(value) is None:
            raise self.make_error("invalid")
        return int(None)

mutants_xǁQueryIntegerǁ_deserialize__mutmut['_mutmut_orig'] = QueryInteger.xǁQueryIntegerǁ_deserialize__mutmut_orig # type: ignore # mutmut generated
mutants_xǁQueryIntegerǁ_deserialize__mutmut['xǁQueryIntegerǁ_deserialize__mutmut_1'] = QueryInteger.xǁQueryIntegerǁ_deserialize__mutmut_1 # type: ignore # mutmut generated
mutants_xǁQueryIntegerǁ_deserialize__mutmut['xǁQueryIntegerǁ_deserialize__mutmut_2'] = QueryInteger.xǁQueryIntegerǁ_deserialize__mutmut_2 # type: ignore # mutmut generated
mutants_xǁQueryIntegerǁ_deserialize__mutmut['xǁQueryIntegerǁ_deserialize__mutmut_3'] = QueryInteger.xǁQueryIntegerǁ_deserialize__mutmut_3 # type: ignore # mutmut generated
mutants_xǁQueryIntegerǁ_deserialize__mutmut['xǁQueryIntegerǁ_deserialize__mutmut_4'] = QueryInteger.xǁQueryIntegerǁ_deserialize__mutmut_4 # type: ignore # mutmut generated
mutants_xǁQueryIntegerǁ_deserialize__mutmut['xǁQueryIntegerǁ_deserialize__mutmut_5'] = QueryInteger.xǁQueryIntegerǁ_deserialize__mutmut_5 # type: ignore # mutmut generated
mutants_xǁQueryIntegerǁ_deserialize__mutmut['xǁQueryIntegerǁ_deserialize__mutmut_6'] = QueryInteger.xǁQueryIntegerǁ_deserialize__mutmut_6 # type: ignore # mutmut generated
mutants_xǁQueryIntegerǁ_deserialize__mutmut['xǁQueryIntegerǁ_deserialize__mutmut_7'] = QueryInteger.xǁQueryIntegerǁ_deserialize__mutmut_7 # type: ignore # mutmut generated
mutants_xǁQueryIntegerǁ_deserialize__mutmut['xǁQueryIntegerǁ_deserialize__mutmut_8'] = QueryInteger.xǁQueryIntegerǁ_deserialize__mutmut_8 # type: ignore # mutmut generated
mutants_x__text__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__text__mutmut)
def _text(pattern: str, error: str, description: str) -> fields.String:
    return fields.String(
        validate=FullMatch(pattern, error=error), metadata={"description": description}
    )


def x__text__mutmut_orig(pattern: str, error: str, description: str) -> fields.String:
    return fields.String(
        validate=FullMatch(pattern, error=error), metadata={"description": description}
    )


def x__text__mutmut_1(pattern: str, error: str, description: str) -> fields.String:
    return fields.String(
        validate=None, metadata={"description": description}
    )


def x__text__mutmut_2(pattern: str, error: str, description: str) -> fields.String:
    return fields.String(
        validate=FullMatch(pattern, error=error), metadata=None
    )


def x__text__mutmut_3(pattern: str, error: str, description: str) -> fields.String:
    return fields.String(
        metadata={"description": description}
    )


def x__text__mutmut_4(pattern: str, error: str, description: str) -> fields.String:
    return fields.String(
        validate=FullMatch(pattern, error=error), )


def x__text__mutmut_5(pattern: str, error: str, description: str) -> fields.String:
    return fields.String(
        validate=FullMatch(None, error=error), metadata={"description": description}
    )


def x__text__mutmut_6(pattern: str, error: str, description: str) -> fields.String:
    return fields.String(
        validate=FullMatch(pattern, error=None), metadata={"description": description}
    )


def x__text__mutmut_7(pattern: str, error: str, description: str) -> fields.String:
    return fields.String(
        validate=FullMatch(error=error), metadata={"description": description}
    )


def x__text__mutmut_8(pattern: str, error: str, description: str) -> fields.String:
    return fields.String(
        validate=FullMatch(pattern, ), metadata={"description": description}
    )


def x__text__mutmut_9(pattern: str, error: str, description: str) -> fields.String:
    return fields.String(
        validate=FullMatch(pattern, error=error), metadata={"XXdescriptionXX": description}
    )


def x__text__mutmut_10(pattern: str, error: str, description: str) -> fields.String:
    return fields.String(
        validate=FullMatch(pattern, error=error), metadata={"DESCRIPTION": description}
    )

mutants_x__text__mutmut['_mutmut_orig'] = x__text__mutmut_orig # type: ignore # mutmut generated
mutants_x__text__mutmut['x__text__mutmut_1'] = x__text__mutmut_1 # type: ignore # mutmut generated
mutants_x__text__mutmut['x__text__mutmut_2'] = x__text__mutmut_2 # type: ignore # mutmut generated
mutants_x__text__mutmut['x__text__mutmut_3'] = x__text__mutmut_3 # type: ignore # mutmut generated
mutants_x__text__mutmut['x__text__mutmut_4'] = x__text__mutmut_4 # type: ignore # mutmut generated
mutants_x__text__mutmut['x__text__mutmut_5'] = x__text__mutmut_5 # type: ignore # mutmut generated
mutants_x__text__mutmut['x__text__mutmut_6'] = x__text__mutmut_6 # type: ignore # mutmut generated
mutants_x__text__mutmut['x__text__mutmut_7'] = x__text__mutmut_7 # type: ignore # mutmut generated
mutants_x__text__mutmut['x__text__mutmut_8'] = x__text__mutmut_8 # type: ignore # mutmut generated
mutants_x__text__mutmut['x__text__mutmut_9'] = x__text__mutmut_9 # type: ignore # mutmut generated
mutants_x__text__mutmut['x__text__mutmut_10'] = x__text__mutmut_10 # type: ignore # mutmut generated
mutants_x__slug__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__slug__mutmut)
def _slug(description: str) -> fields.String:
    return _text(SLUG_PATTERN, "Not a valid id.", description)


def x__slug__mutmut_orig(description: str) -> fields.String:
    return _text(SLUG_PATTERN, "Not a valid id.", description)


def x__slug__mutmut_1(description: str) -> fields.String:
    return _text(None, "Not a valid id.", description)


def x__slug__mutmut_2(description: str) -> fields.String:
    return _text(SLUG_PATTERN, None, description)


def x__slug__mutmut_3(description: str) -> fields.String:
    return _text(SLUG_PATTERN, "Not a valid id.", None)


def x__slug__mutmut_4(description: str) -> fields.String:
    return _text("Not a valid id.", description)


def x__slug__mutmut_5(description: str) -> fields.String:
    return _text(SLUG_PATTERN, description)


def x__slug__mutmut_6(description: str) -> fields.String:
    return _text(SLUG_PATTERN, "Not a valid id.", )


def x__slug__mutmut_7(description: str) -> fields.String:
    return _text(SLUG_PATTERN, "XXNot a valid id.XX", description)


def x__slug__mutmut_8(description: str) -> fields.String:
    return _text(SLUG_PATTERN, "not a valid id.", description)


def x__slug__mutmut_9(description: str) -> fields.String:
    return _text(SLUG_PATTERN, "NOT A VALID ID.", description)

mutants_x__slug__mutmut['_mutmut_orig'] = x__slug__mutmut_orig # type: ignore # mutmut generated
mutants_x__slug__mutmut['x__slug__mutmut_1'] = x__slug__mutmut_1 # type: ignore # mutmut generated
mutants_x__slug__mutmut['x__slug__mutmut_2'] = x__slug__mutmut_2 # type: ignore # mutmut generated
mutants_x__slug__mutmut['x__slug__mutmut_3'] = x__slug__mutmut_3 # type: ignore # mutmut generated
mutants_x__slug__mutmut['x__slug__mutmut_4'] = x__slug__mutmut_4 # type: ignore # mutmut generated
mutants_x__slug__mutmut['x__slug__mutmut_5'] = x__slug__mutmut_5 # type: ignore # mutmut generated
mutants_x__slug__mutmut['x__slug__mutmut_6'] = x__slug__mutmut_6 # type: ignore # mutmut generated
mutants_x__slug__mutmut['x__slug__mutmut_7'] = x__slug__mutmut_7 # type: ignore # mutmut generated
mutants_x__slug__mutmut['x__slug__mutmut_8'] = x__slug__mutmut_8 # type: ignore # mutmut generated
mutants_x__slug__mutmut['x__slug__mutmut_9'] = x__slug__mutmut_9 # type: ignore # mutmut generated
mutants_x_any_of__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_any_of__mutmut)
def any_of(item: fields.Field[Any], description: str) -> DelimitedList:
    """Return a filter taking one value or several, comma-separated, any of which may match."""
    return DelimitedList(
        item,
        validate=validate.Length(min=1, error="Give at least one value."),
        metadata={"description": f"{description} {SEVERAL_VALUES}"},
    )


def x_any_of__mutmut_orig(item: fields.Field[Any], description: str) -> DelimitedList:
    """Return a filter taking one value or several, comma-separated, any of which may match."""
    return DelimitedList(
        item,
        validate=validate.Length(min=1, error="Give at least one value."),
        metadata={"description": f"{description} {SEVERAL_VALUES}"},
    )


def x_any_of__mutmut_1(item: fields.Field[Any], description: str) -> DelimitedList:
    """Return a filter taking one value or several, comma-separated, any of which may match."""
    return DelimitedList(
        None,
        validate=validate.Length(min=1, error="Give at least one value."),
        metadata={"description": f"{description} {SEVERAL_VALUES}"},
    )


def x_any_of__mutmut_2(item: fields.Field[Any], description: str) -> DelimitedList:
    """Return a filter taking one value or several, comma-separated, any of which may match."""
    return DelimitedList(
        item,
        validate=None,
        metadata={"description": f"{description} {SEVERAL_VALUES}"},
    )


def x_any_of__mutmut_3(item: fields.Field[Any], description: str) -> DelimitedList:
    """Return a filter taking one value or several, comma-separated, any of which may match."""
    return DelimitedList(
        item,
        validate=validate.Length(min=1, error="Give at least one value."),
        metadata=None,
    )


def x_any_of__mutmut_4(item: fields.Field[Any], description: str) -> DelimitedList:
    """Return a filter taking one value or several, comma-separated, any of which may match."""
    return DelimitedList(
        validate=validate.Length(min=1, error="Give at least one value."),
        metadata={"description": f"{description} {SEVERAL_VALUES}"},
    )


def x_any_of__mutmut_5(item: fields.Field[Any], description: str) -> DelimitedList:
    """Return a filter taking one value or several, comma-separated, any of which may match."""
    return DelimitedList(
        item,
        metadata={"description": f"{description} {SEVERAL_VALUES}"},
    )


def x_any_of__mutmut_6(item: fields.Field[Any], description: str) -> DelimitedList:
    """Return a filter taking one value or several, comma-separated, any of which may match."""
    return DelimitedList(
        item,
        validate=validate.Length(min=1, error="Give at least one value."),
        )


def x_any_of__mutmut_7(item: fields.Field[Any], description: str) -> DelimitedList:
    """Return a filter taking one value or several, comma-separated, any of which may match."""
    return DelimitedList(
        item,
        validate=validate.Length(min=None, error="Give at least one value."),
        metadata={"description": f"{description} {SEVERAL_VALUES}"},
    )


def x_any_of__mutmut_8(item: fields.Field[Any], description: str) -> DelimitedList:
    """Return a filter taking one value or several, comma-separated, any of which may match."""
    return DelimitedList(
        item,
        validate=validate.Length(min=1, error=None),
        metadata={"description": f"{description} {SEVERAL_VALUES}"},
    )


def x_any_of__mutmut_9(item: fields.Field[Any], description: str) -> DelimitedList:
    """Return a filter taking one value or several, comma-separated, any of which may match."""
    return DelimitedList(
        item,
        validate=validate.Length(error="Give at least one value."),
        metadata={"description": f"{description} {SEVERAL_VALUES}"},
    )


def x_any_of__mutmut_10(item: fields.Field[Any], description: str) -> DelimitedList:
    """Return a filter taking one value or several, comma-separated, any of which may match."""
    return DelimitedList(
        item,
        validate=validate.Length(min=1, ),
        metadata={"description": f"{description} {SEVERAL_VALUES}"},
    )


def x_any_of__mutmut_11(item: fields.Field[Any], description: str) -> DelimitedList:
    """Return a filter taking one value or several, comma-separated, any of which may match."""
    return DelimitedList(
        item,
        validate=validate.Length(min=2, error="Give at least one value."),
        metadata={"description": f"{description} {SEVERAL_VALUES}"},
    )


def x_any_of__mutmut_12(item: fields.Field[Any], description: str) -> DelimitedList:
    """Return a filter taking one value or several, comma-separated, any of which may match."""
    return DelimitedList(
        item,
        validate=validate.Length(min=1, error="XXGive at least one value.XX"),
        metadata={"description": f"{description} {SEVERAL_VALUES}"},
    )


def x_any_of__mutmut_13(item: fields.Field[Any], description: str) -> DelimitedList:
    """Return a filter taking one value or several, comma-separated, any of which may match."""
    return DelimitedList(
        item,
        validate=validate.Length(min=1, error="give at least one value."),
        metadata={"description": f"{description} {SEVERAL_VALUES}"},
    )


def x_any_of__mutmut_14(item: fields.Field[Any], description: str) -> DelimitedList:
    """Return a filter taking one value or several, comma-separated, any of which may match."""
    return DelimitedList(
        item,
        validate=validate.Length(min=1, error="GIVE AT LEAST ONE VALUE."),
        metadata={"description": f"{description} {SEVERAL_VALUES}"},
    )


def x_any_of__mutmut_15(item: fields.Field[Any], description: str) -> DelimitedList:
    """Return a filter taking one value or several, comma-separated, any of which may match."""
    return DelimitedList(
        item,
        validate=validate.Length(min=1, error="Give at least one value."),
        metadata={"XXdescriptionXX": f"{description} {SEVERAL_VALUES}"},
    )


def x_any_of__mutmut_16(item: fields.Field[Any], description: str) -> DelimitedList:
    """Return a filter taking one value or several, comma-separated, any of which may match."""
    return DelimitedList(
        item,
        validate=validate.Length(min=1, error="Give at least one value."),
        metadata={"DESCRIPTION": f"{description} {SEVERAL_VALUES}"},
    )

mutants_x_any_of__mutmut['_mutmut_orig'] = x_any_of__mutmut_orig # type: ignore # mutmut generated
mutants_x_any_of__mutmut['x_any_of__mutmut_1'] = x_any_of__mutmut_1 # type: ignore # mutmut generated
mutants_x_any_of__mutmut['x_any_of__mutmut_2'] = x_any_of__mutmut_2 # type: ignore # mutmut generated
mutants_x_any_of__mutmut['x_any_of__mutmut_3'] = x_any_of__mutmut_3 # type: ignore # mutmut generated
mutants_x_any_of__mutmut['x_any_of__mutmut_4'] = x_any_of__mutmut_4 # type: ignore # mutmut generated
mutants_x_any_of__mutmut['x_any_of__mutmut_5'] = x_any_of__mutmut_5 # type: ignore # mutmut generated
mutants_x_any_of__mutmut['x_any_of__mutmut_6'] = x_any_of__mutmut_6 # type: ignore # mutmut generated
mutants_x_any_of__mutmut['x_any_of__mutmut_7'] = x_any_of__mutmut_7 # type: ignore # mutmut generated
mutants_x_any_of__mutmut['x_any_of__mutmut_8'] = x_any_of__mutmut_8 # type: ignore # mutmut generated
mutants_x_any_of__mutmut['x_any_of__mutmut_9'] = x_any_of__mutmut_9 # type: ignore # mutmut generated
mutants_x_any_of__mutmut['x_any_of__mutmut_10'] = x_any_of__mutmut_10 # type: ignore # mutmut generated
mutants_x_any_of__mutmut['x_any_of__mutmut_11'] = x_any_of__mutmut_11 # type: ignore # mutmut generated
mutants_x_any_of__mutmut['x_any_of__mutmut_12'] = x_any_of__mutmut_12 # type: ignore # mutmut generated
mutants_x_any_of__mutmut['x_any_of__mutmut_13'] = x_any_of__mutmut_13 # type: ignore # mutmut generated
mutants_x_any_of__mutmut['x_any_of__mutmut_14'] = x_any_of__mutmut_14 # type: ignore # mutmut generated
mutants_x_any_of__mutmut['x_any_of__mutmut_15'] = x_any_of__mutmut_15 # type: ignore # mutmut generated
mutants_x_any_of__mutmut['x_any_of__mutmut_16'] = x_any_of__mutmut_16 # type: ignore # mutmut generated
mutants_x__one_of__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__one_of__mutmut)
def _one_of(choices: tuple[str, ...] | list[str]) -> fields.String:
    return fields.String(validate=validate.OneOf(choices))


def x__one_of__mutmut_orig(choices: tuple[str, ...] | list[str]) -> fields.String:
    return fields.String(validate=validate.OneOf(choices))


def x__one_of__mutmut_1(choices: tuple[str, ...] | list[str]) -> fields.String:
    return fields.String(validate=None)


def x__one_of__mutmut_2(choices: tuple[str, ...] | list[str]) -> fields.String:
    return fields.String(validate=validate.OneOf(None))

mutants_x__one_of__mutmut['_mutmut_orig'] = x__one_of__mutmut_orig # type: ignore # mutmut generated
mutants_x__one_of__mutmut['x__one_of__mutmut_1'] = x__one_of__mutmut_1 # type: ignore # mutmut generated
mutants_x__one_of__mutmut['x__one_of__mutmut_2'] = x__one_of__mutmut_2 # type: ignore # mutmut generated
mutants_x_sort_field__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_sort_field__mutmut)
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


def x_sort_field__mutmut_orig(allowed: dict[str, str], *, searched: bool = True) -> DelimitedList:
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


def x_sort_field__mutmut_1(allowed: dict[str, str], *, searched: bool = False) -> DelimitedList:
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


def x_sort_field__mutmut_2(allowed: dict[str, str], *, searched: bool = True) -> DelimitedList:
    """Return the ``sort`` parameter over the given sortable fields (and relevance, searched)."""
    choices = None
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


def x_sort_field__mutmut_3(allowed: dict[str, str], *, searched: bool = True) -> DelimitedList:
    """Return the ``sort`` parameter over the given sortable fields (and relevance, searched)."""
    choices = [name for field in allowed for name in (field, f"-{field}")]
    relevance = None
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


def x_sort_field__mutmut_4(allowed: dict[str, str], *, searched: bool = True) -> DelimitedList:
    """Return the ``sort`` parameter over the given sortable fields (and relevance, searched)."""
    choices = [name for field in allowed for name in (field, f"-{field}")]
    relevance = "XXXX"
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


def x_sort_field__mutmut_5(allowed: dict[str, str], *, searched: bool = True) -> DelimitedList:
    """Return the ``sort`` parameter over the given sortable fields (and relevance, searched)."""
    choices = [name for field in allowed for name in (field, f"-{field}")]
    relevance = ""
    if searched:
        choices.append(None)
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


def x_sort_field__mutmut_6(allowed: dict[str, str], *, searched: bool = True) -> DelimitedList:
    """Return the ``sort`` parameter over the given sortable fields (and relevance, searched)."""
    choices = [name for field in allowed for name in (field, f"-{field}")]
    relevance = ""
    if searched:
        choices.append(RELEVANCE)
        relevance = None
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


def x_sort_field__mutmut_7(allowed: dict[str, str], *, searched: bool = True) -> DelimitedList:
    """Return the ``sort`` parameter over the given sortable fields (and relevance, searched)."""
    choices = [name for field in allowed for name in (field, f"-{field}")]
    relevance = ""
    if searched:
        choices.append(RELEVANCE)
        relevance = (
            "XX `relevance` ranks the hits of a search (`q`) best first (bm25); without `q` XX"
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


def x_sort_field__mutmut_8(allowed: dict[str, str], *, searched: bool = True) -> DelimitedList:
    """Return the ``sort`` parameter over the given sortable fields (and relevance, searched)."""
    choices = [name for field in allowed for name in (field, f"-{field}")]
    relevance = ""
    if searched:
        choices.append(RELEVANCE)
        relevance = (
            " `RELEVANCE` RANKS THE HITS OF A SEARCH (`Q`) BEST FIRST (BM25); WITHOUT `Q` "
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


def x_sort_field__mutmut_9(allowed: dict[str, str], *, searched: bool = True) -> DelimitedList:
    """Return the ``sort`` parameter over the given sortable fields (and relevance, searched)."""
    choices = [name for field in allowed for name in (field, f"-{field}")]
    relevance = ""
    if searched:
        choices.append(RELEVANCE)
        relevance = (
            " `relevance` ranks the hits of a search (`q`) best first (bm25); without `q` "
            "XXevery record ranks the same. Pages keep their default order unless it is asked for.XX"
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


def x_sort_field__mutmut_10(allowed: dict[str, str], *, searched: bool = True) -> DelimitedList:
    """Return the ``sort`` parameter over the given sortable fields (and relevance, searched)."""
    choices = [name for field in allowed for name in (field, f"-{field}")]
    relevance = ""
    if searched:
        choices.append(RELEVANCE)
        relevance = (
            " `relevance` ranks the hits of a search (`q`) best first (bm25); without `q` "
            "every record ranks the same. pages keep their default order unless it is asked for."
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


def x_sort_field__mutmut_11(allowed: dict[str, str], *, searched: bool = True) -> DelimitedList:
    """Return the ``sort`` parameter over the given sortable fields (and relevance, searched)."""
    choices = [name for field in allowed for name in (field, f"-{field}")]
    relevance = ""
    if searched:
        choices.append(RELEVANCE)
        relevance = (
            " `relevance` ranks the hits of a search (`q`) best first (bm25); without `q` "
            "EVERY RECORD RANKS THE SAME. PAGES KEEP THEIR DEFAULT ORDER UNLESS IT IS ASKED FOR."
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


def x_sort_field__mutmut_12(allowed: dict[str, str], *, searched: bool = True) -> DelimitedList:
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
        None,
        validate=validate.Length(min=1, error="Give at least one field."),
        metadata={
            "description": "Fields to sort by, in order of precedence, each ascending or, "
            "with a `-` prefix, descending; ties are broken by `id`. Nulls sort last either "
            "way. Repeat the parameter (`sort=-said_on&sort=speaker`) or join the fields with "
            f"commas (`sort=-said_on,speaker`): both mean the same.{relevance}"
        },
    )


def x_sort_field__mutmut_13(allowed: dict[str, str], *, searched: bool = True) -> DelimitedList:
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
        validate=None,
        metadata={
            "description": "Fields to sort by, in order of precedence, each ascending or, "
            "with a `-` prefix, descending; ties are broken by `id`. Nulls sort last either "
            "way. Repeat the parameter (`sort=-said_on&sort=speaker`) or join the fields with "
            f"commas (`sort=-said_on,speaker`): both mean the same.{relevance}"
        },
    )


def x_sort_field__mutmut_14(allowed: dict[str, str], *, searched: bool = True) -> DelimitedList:
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
        metadata=None,
    )


def x_sort_field__mutmut_15(allowed: dict[str, str], *, searched: bool = True) -> DelimitedList:
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
        validate=validate.Length(min=1, error="Give at least one field."),
        metadata={
            "description": "Fields to sort by, in order of precedence, each ascending or, "
            "with a `-` prefix, descending; ties are broken by `id`. Nulls sort last either "
            "way. Repeat the parameter (`sort=-said_on&sort=speaker`) or join the fields with "
            f"commas (`sort=-said_on,speaker`): both mean the same.{relevance}"
        },
    )


def x_sort_field__mutmut_16(allowed: dict[str, str], *, searched: bool = True) -> DelimitedList:
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
        metadata={
            "description": "Fields to sort by, in order of precedence, each ascending or, "
            "with a `-` prefix, descending; ties are broken by `id`. Nulls sort last either "
            "way. Repeat the parameter (`sort=-said_on&sort=speaker`) or join the fields with "
            f"commas (`sort=-said_on,speaker`): both mean the same.{relevance}"
        },
    )


def x_sort_field__mutmut_17(allowed: dict[str, str], *, searched: bool = True) -> DelimitedList:
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
        )


def x_sort_field__mutmut_18(allowed: dict[str, str], *, searched: bool = True) -> DelimitedList:
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
        _one_of(None),
        validate=validate.Length(min=1, error="Give at least one field."),
        metadata={
            "description": "Fields to sort by, in order of precedence, each ascending or, "
            "with a `-` prefix, descending; ties are broken by `id`. Nulls sort last either "
            "way. Repeat the parameter (`sort=-said_on&sort=speaker`) or join the fields with "
            f"commas (`sort=-said_on,speaker`): both mean the same.{relevance}"
        },
    )


def x_sort_field__mutmut_19(allowed: dict[str, str], *, searched: bool = True) -> DelimitedList:
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
        validate=validate.Length(min=None, error="Give at least one field."),
        metadata={
            "description": "Fields to sort by, in order of precedence, each ascending or, "
            "with a `-` prefix, descending; ties are broken by `id`. Nulls sort last either "
            "way. Repeat the parameter (`sort=-said_on&sort=speaker`) or join the fields with "
            f"commas (`sort=-said_on,speaker`): both mean the same.{relevance}"
        },
    )


def x_sort_field__mutmut_20(allowed: dict[str, str], *, searched: bool = True) -> DelimitedList:
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
        validate=validate.Length(min=1, error=None),
        metadata={
            "description": "Fields to sort by, in order of precedence, each ascending or, "
            "with a `-` prefix, descending; ties are broken by `id`. Nulls sort last either "
            "way. Repeat the parameter (`sort=-said_on&sort=speaker`) or join the fields with "
            f"commas (`sort=-said_on,speaker`): both mean the same.{relevance}"
        },
    )


def x_sort_field__mutmut_21(allowed: dict[str, str], *, searched: bool = True) -> DelimitedList:
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
        validate=validate.Length(error="Give at least one field."),
        metadata={
            "description": "Fields to sort by, in order of precedence, each ascending or, "
            "with a `-` prefix, descending; ties are broken by `id`. Nulls sort last either "
            "way. Repeat the parameter (`sort=-said_on&sort=speaker`) or join the fields with "
            f"commas (`sort=-said_on,speaker`): both mean the same.{relevance}"
        },
    )


def x_sort_field__mutmut_22(allowed: dict[str, str], *, searched: bool = True) -> DelimitedList:
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
        validate=validate.Length(min=1, ),
        metadata={
            "description": "Fields to sort by, in order of precedence, each ascending or, "
            "with a `-` prefix, descending; ties are broken by `id`. Nulls sort last either "
            "way. Repeat the parameter (`sort=-said_on&sort=speaker`) or join the fields with "
            f"commas (`sort=-said_on,speaker`): both mean the same.{relevance}"
        },
    )


def x_sort_field__mutmut_23(allowed: dict[str, str], *, searched: bool = True) -> DelimitedList:
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
        validate=validate.Length(min=2, error="Give at least one field."),
        metadata={
            "description": "Fields to sort by, in order of precedence, each ascending or, "
            "with a `-` prefix, descending; ties are broken by `id`. Nulls sort last either "
            "way. Repeat the parameter (`sort=-said_on&sort=speaker`) or join the fields with "
            f"commas (`sort=-said_on,speaker`): both mean the same.{relevance}"
        },
    )


def x_sort_field__mutmut_24(allowed: dict[str, str], *, searched: bool = True) -> DelimitedList:
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
        validate=validate.Length(min=1, error="XXGive at least one field.XX"),
        metadata={
            "description": "Fields to sort by, in order of precedence, each ascending or, "
            "with a `-` prefix, descending; ties are broken by `id`. Nulls sort last either "
            "way. Repeat the parameter (`sort=-said_on&sort=speaker`) or join the fields with "
            f"commas (`sort=-said_on,speaker`): both mean the same.{relevance}"
        },
    )


def x_sort_field__mutmut_25(allowed: dict[str, str], *, searched: bool = True) -> DelimitedList:
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
        validate=validate.Length(min=1, error="give at least one field."),
        metadata={
            "description": "Fields to sort by, in order of precedence, each ascending or, "
            "with a `-` prefix, descending; ties are broken by `id`. Nulls sort last either "
            "way. Repeat the parameter (`sort=-said_on&sort=speaker`) or join the fields with "
            f"commas (`sort=-said_on,speaker`): both mean the same.{relevance}"
        },
    )


def x_sort_field__mutmut_26(allowed: dict[str, str], *, searched: bool = True) -> DelimitedList:
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
        validate=validate.Length(min=1, error="GIVE AT LEAST ONE FIELD."),
        metadata={
            "description": "Fields to sort by, in order of precedence, each ascending or, "
            "with a `-` prefix, descending; ties are broken by `id`. Nulls sort last either "
            "way. Repeat the parameter (`sort=-said_on&sort=speaker`) or join the fields with "
            f"commas (`sort=-said_on,speaker`): both mean the same.{relevance}"
        },
    )


def x_sort_field__mutmut_27(allowed: dict[str, str], *, searched: bool = True) -> DelimitedList:
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
            "XXdescriptionXX": "Fields to sort by, in order of precedence, each ascending or, "
            "with a `-` prefix, descending; ties are broken by `id`. Nulls sort last either "
            "way. Repeat the parameter (`sort=-said_on&sort=speaker`) or join the fields with "
            f"commas (`sort=-said_on,speaker`): both mean the same.{relevance}"
        },
    )


def x_sort_field__mutmut_28(allowed: dict[str, str], *, searched: bool = True) -> DelimitedList:
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
            "DESCRIPTION": "Fields to sort by, in order of precedence, each ascending or, "
            "with a `-` prefix, descending; ties are broken by `id`. Nulls sort last either "
            "way. Repeat the parameter (`sort=-said_on&sort=speaker`) or join the fields with "
            f"commas (`sort=-said_on,speaker`): both mean the same.{relevance}"
        },
    )


def x_sort_field__mutmut_29(allowed: dict[str, str], *, searched: bool = True) -> DelimitedList:
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
            "description": "XXFields to sort by, in order of precedence, each ascending or, XX"
            "with a `-` prefix, descending; ties are broken by `id`. Nulls sort last either "
            "way. Repeat the parameter (`sort=-said_on&sort=speaker`) or join the fields with "
            f"commas (`sort=-said_on,speaker`): both mean the same.{relevance}"
        },
    )


def x_sort_field__mutmut_30(allowed: dict[str, str], *, searched: bool = True) -> DelimitedList:
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
            "description": "fields to sort by, in order of precedence, each ascending or, "
            "with a `-` prefix, descending; ties are broken by `id`. Nulls sort last either "
            "way. Repeat the parameter (`sort=-said_on&sort=speaker`) or join the fields with "
            f"commas (`sort=-said_on,speaker`): both mean the same.{relevance}"
        },
    )


def x_sort_field__mutmut_31(allowed: dict[str, str], *, searched: bool = True) -> DelimitedList:
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
            "description": "FIELDS TO SORT BY, IN ORDER OF PRECEDENCE, EACH ASCENDING OR, "
            "with a `-` prefix, descending; ties are broken by `id`. Nulls sort last either "
            "way. Repeat the parameter (`sort=-said_on&sort=speaker`) or join the fields with "
            f"commas (`sort=-said_on,speaker`): both mean the same.{relevance}"
        },
    )


def x_sort_field__mutmut_32(allowed: dict[str, str], *, searched: bool = True) -> DelimitedList:
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
            "XXwith a `-` prefix, descending; ties are broken by `id`. Nulls sort last either XX"
            "way. Repeat the parameter (`sort=-said_on&sort=speaker`) or join the fields with "
            f"commas (`sort=-said_on,speaker`): both mean the same.{relevance}"
        },
    )


def x_sort_field__mutmut_33(allowed: dict[str, str], *, searched: bool = True) -> DelimitedList:
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
            "with a `-` prefix, descending; ties are broken by `id`. nulls sort last either "
            "way. Repeat the parameter (`sort=-said_on&sort=speaker`) or join the fields with "
            f"commas (`sort=-said_on,speaker`): both mean the same.{relevance}"
        },
    )


def x_sort_field__mutmut_34(allowed: dict[str, str], *, searched: bool = True) -> DelimitedList:
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
            "WITH A `-` PREFIX, DESCENDING; TIES ARE BROKEN BY `ID`. NULLS SORT LAST EITHER "
            "way. Repeat the parameter (`sort=-said_on&sort=speaker`) or join the fields with "
            f"commas (`sort=-said_on,speaker`): both mean the same.{relevance}"
        },
    )


def x_sort_field__mutmut_35(allowed: dict[str, str], *, searched: bool = True) -> DelimitedList:
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
            "XXway. Repeat the parameter (`sort=-said_on&sort=speaker`) or join the fields with XX"
            f"commas (`sort=-said_on,speaker`): both mean the same.{relevance}"
        },
    )


def x_sort_field__mutmut_36(allowed: dict[str, str], *, searched: bool = True) -> DelimitedList:
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
            "way. repeat the parameter (`sort=-said_on&sort=speaker`) or join the fields with "
            f"commas (`sort=-said_on,speaker`): both mean the same.{relevance}"
        },
    )


def x_sort_field__mutmut_37(allowed: dict[str, str], *, searched: bool = True) -> DelimitedList:
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
            "WAY. REPEAT THE PARAMETER (`SORT=-SAID_ON&SORT=SPEAKER`) OR JOIN THE FIELDS WITH "
            f"commas (`sort=-said_on,speaker`): both mean the same.{relevance}"
        },
    )

mutants_x_sort_field__mutmut['_mutmut_orig'] = x_sort_field__mutmut_orig # type: ignore # mutmut generated
mutants_x_sort_field__mutmut['x_sort_field__mutmut_1'] = x_sort_field__mutmut_1 # type: ignore # mutmut generated
mutants_x_sort_field__mutmut['x_sort_field__mutmut_2'] = x_sort_field__mutmut_2 # type: ignore # mutmut generated
mutants_x_sort_field__mutmut['x_sort_field__mutmut_3'] = x_sort_field__mutmut_3 # type: ignore # mutmut generated
mutants_x_sort_field__mutmut['x_sort_field__mutmut_4'] = x_sort_field__mutmut_4 # type: ignore # mutmut generated
mutants_x_sort_field__mutmut['x_sort_field__mutmut_5'] = x_sort_field__mutmut_5 # type: ignore # mutmut generated
mutants_x_sort_field__mutmut['x_sort_field__mutmut_6'] = x_sort_field__mutmut_6 # type: ignore # mutmut generated
mutants_x_sort_field__mutmut['x_sort_field__mutmut_7'] = x_sort_field__mutmut_7 # type: ignore # mutmut generated
mutants_x_sort_field__mutmut['x_sort_field__mutmut_8'] = x_sort_field__mutmut_8 # type: ignore # mutmut generated
mutants_x_sort_field__mutmut['x_sort_field__mutmut_9'] = x_sort_field__mutmut_9 # type: ignore # mutmut generated
mutants_x_sort_field__mutmut['x_sort_field__mutmut_10'] = x_sort_field__mutmut_10 # type: ignore # mutmut generated
mutants_x_sort_field__mutmut['x_sort_field__mutmut_11'] = x_sort_field__mutmut_11 # type: ignore # mutmut generated
mutants_x_sort_field__mutmut['x_sort_field__mutmut_12'] = x_sort_field__mutmut_12 # type: ignore # mutmut generated
mutants_x_sort_field__mutmut['x_sort_field__mutmut_13'] = x_sort_field__mutmut_13 # type: ignore # mutmut generated
mutants_x_sort_field__mutmut['x_sort_field__mutmut_14'] = x_sort_field__mutmut_14 # type: ignore # mutmut generated
mutants_x_sort_field__mutmut['x_sort_field__mutmut_15'] = x_sort_field__mutmut_15 # type: ignore # mutmut generated
mutants_x_sort_field__mutmut['x_sort_field__mutmut_16'] = x_sort_field__mutmut_16 # type: ignore # mutmut generated
mutants_x_sort_field__mutmut['x_sort_field__mutmut_17'] = x_sort_field__mutmut_17 # type: ignore # mutmut generated
mutants_x_sort_field__mutmut['x_sort_field__mutmut_18'] = x_sort_field__mutmut_18 # type: ignore # mutmut generated
mutants_x_sort_field__mutmut['x_sort_field__mutmut_19'] = x_sort_field__mutmut_19 # type: ignore # mutmut generated
mutants_x_sort_field__mutmut['x_sort_field__mutmut_20'] = x_sort_field__mutmut_20 # type: ignore # mutmut generated
mutants_x_sort_field__mutmut['x_sort_field__mutmut_21'] = x_sort_field__mutmut_21 # type: ignore # mutmut generated
mutants_x_sort_field__mutmut['x_sort_field__mutmut_22'] = x_sort_field__mutmut_22 # type: ignore # mutmut generated
mutants_x_sort_field__mutmut['x_sort_field__mutmut_23'] = x_sort_field__mutmut_23 # type: ignore # mutmut generated
mutants_x_sort_field__mutmut['x_sort_field__mutmut_24'] = x_sort_field__mutmut_24 # type: ignore # mutmut generated
mutants_x_sort_field__mutmut['x_sort_field__mutmut_25'] = x_sort_field__mutmut_25 # type: ignore # mutmut generated
mutants_x_sort_field__mutmut['x_sort_field__mutmut_26'] = x_sort_field__mutmut_26 # type: ignore # mutmut generated
mutants_x_sort_field__mutmut['x_sort_field__mutmut_27'] = x_sort_field__mutmut_27 # type: ignore # mutmut generated
mutants_x_sort_field__mutmut['x_sort_field__mutmut_28'] = x_sort_field__mutmut_28 # type: ignore # mutmut generated
mutants_x_sort_field__mutmut['x_sort_field__mutmut_29'] = x_sort_field__mutmut_29 # type: ignore # mutmut generated
mutants_x_sort_field__mutmut['x_sort_field__mutmut_30'] = x_sort_field__mutmut_30 # type: ignore # mutmut generated
mutants_x_sort_field__mutmut['x_sort_field__mutmut_31'] = x_sort_field__mutmut_31 # type: ignore # mutmut generated
mutants_x_sort_field__mutmut['x_sort_field__mutmut_32'] = x_sort_field__mutmut_32 # type: ignore # mutmut generated
mutants_x_sort_field__mutmut['x_sort_field__mutmut_33'] = x_sort_field__mutmut_33 # type: ignore # mutmut generated
mutants_x_sort_field__mutmut['x_sort_field__mutmut_34'] = x_sort_field__mutmut_34 # type: ignore # mutmut generated
mutants_x_sort_field__mutmut['x_sort_field__mutmut_35'] = x_sort_field__mutmut_35 # type: ignore # mutmut generated
mutants_x_sort_field__mutmut['x_sort_field__mutmut_36'] = x_sort_field__mutmut_36 # type: ignore # mutmut generated
mutants_x_sort_field__mutmut['x_sort_field__mutmut_37'] = x_sort_field__mutmut_37 # type: ignore # mutmut generated
mutants_x_search_field__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_search_field__mutmut)
def search_field(over: str) -> fields.String:
    """Return the ``q`` parameter, searching the given fields."""
    return fields.String(
        validate=validate.Length(min=1, max=MAX_SEARCH_LENGTH),
        metadata={"description": f"Case-insensitive substring search over {over}."},
    )


def x_search_field__mutmut_orig(over: str) -> fields.String:
    """Return the ``q`` parameter, searching the given fields."""
    return fields.String(
        validate=validate.Length(min=1, max=MAX_SEARCH_LENGTH),
        metadata={"description": f"Case-insensitive substring search over {over}."},
    )


def x_search_field__mutmut_1(over: str) -> fields.String:
    """Return the ``q`` parameter, searching the given fields."""
    return fields.String(
        validate=None,
        metadata={"description": f"Case-insensitive substring search over {over}."},
    )


def x_search_field__mutmut_2(over: str) -> fields.String:
    """Return the ``q`` parameter, searching the given fields."""
    return fields.String(
        validate=validate.Length(min=1, max=MAX_SEARCH_LENGTH),
        metadata=None,
    )


def x_search_field__mutmut_3(over: str) -> fields.String:
    """Return the ``q`` parameter, searching the given fields."""
    return fields.String(
        metadata={"description": f"Case-insensitive substring search over {over}."},
    )


def x_search_field__mutmut_4(over: str) -> fields.String:
    """Return the ``q`` parameter, searching the given fields."""
    return fields.String(
        validate=validate.Length(min=1, max=MAX_SEARCH_LENGTH),
        )


def x_search_field__mutmut_5(over: str) -> fields.String:
    """Return the ``q`` parameter, searching the given fields."""
    return fields.String(
        validate=validate.Length(min=None, max=MAX_SEARCH_LENGTH),
        metadata={"description": f"Case-insensitive substring search over {over}."},
    )


def x_search_field__mutmut_6(over: str) -> fields.String:
    """Return the ``q`` parameter, searching the given fields."""
    return fields.String(
        validate=validate.Length(min=1, max=None),
        metadata={"description": f"Case-insensitive substring search over {over}."},
    )


def x_search_field__mutmut_7(over: str) -> fields.String:
    """Return the ``q`` parameter, searching the given fields."""
    return fields.String(
        validate=validate.Length(max=MAX_SEARCH_LENGTH),
        metadata={"description": f"Case-insensitive substring search over {over}."},
    )


def x_search_field__mutmut_8(over: str) -> fields.String:
    """Return the ``q`` parameter, searching the given fields."""
    return fields.String(
        validate=validate.Length(min=1, ),
        metadata={"description": f"Case-insensitive substring search over {over}."},
    )


def x_search_field__mutmut_9(over: str) -> fields.String:
    """Return the ``q`` parameter, searching the given fields."""
    return fields.String(
        validate=validate.Length(min=2, max=MAX_SEARCH_LENGTH),
        metadata={"description": f"Case-insensitive substring search over {over}."},
    )


def x_search_field__mutmut_10(over: str) -> fields.String:
    """Return the ``q`` parameter, searching the given fields."""
    return fields.String(
        validate=validate.Length(min=1, max=MAX_SEARCH_LENGTH),
        metadata={"XXdescriptionXX": f"Case-insensitive substring search over {over}."},
    )


def x_search_field__mutmut_11(over: str) -> fields.String:
    """Return the ``q`` parameter, searching the given fields."""
    return fields.String(
        validate=validate.Length(min=1, max=MAX_SEARCH_LENGTH),
        metadata={"DESCRIPTION": f"Case-insensitive substring search over {over}."},
    )

mutants_x_search_field__mutmut['_mutmut_orig'] = x_search_field__mutmut_orig # type: ignore # mutmut generated
mutants_x_search_field__mutmut['x_search_field__mutmut_1'] = x_search_field__mutmut_1 # type: ignore # mutmut generated
mutants_x_search_field__mutmut['x_search_field__mutmut_2'] = x_search_field__mutmut_2 # type: ignore # mutmut generated
mutants_x_search_field__mutmut['x_search_field__mutmut_3'] = x_search_field__mutmut_3 # type: ignore # mutmut generated
mutants_x_search_field__mutmut['x_search_field__mutmut_4'] = x_search_field__mutmut_4 # type: ignore # mutmut generated
mutants_x_search_field__mutmut['x_search_field__mutmut_5'] = x_search_field__mutmut_5 # type: ignore # mutmut generated
mutants_x_search_field__mutmut['x_search_field__mutmut_6'] = x_search_field__mutmut_6 # type: ignore # mutmut generated
mutants_x_search_field__mutmut['x_search_field__mutmut_7'] = x_search_field__mutmut_7 # type: ignore # mutmut generated
mutants_x_search_field__mutmut['x_search_field__mutmut_8'] = x_search_field__mutmut_8 # type: ignore # mutmut generated
mutants_x_search_field__mutmut['x_search_field__mutmut_9'] = x_search_field__mutmut_9 # type: ignore # mutmut generated
mutants_x_search_field__mutmut['x_search_field__mutmut_10'] = x_search_field__mutmut_10 # type: ignore # mutmut generated
mutants_x_search_field__mutmut['x_search_field__mutmut_11'] = x_search_field__mutmut_11 # type: ignore # mutmut generated


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
    """Pagination, shared by every collection."""

    limit = QueryInteger(
        load_default=DEFAULT_LIMIT,
        validate=validate.Range(min=1, max=MAX_LIMIT, error=f"Must be between 1 and {MAX_LIMIT}."),
        metadata={"description": "How many items to return."},
    )
    offset = QueryInteger(
        load_default=0,
        validate=validate.Range(
            min=0, max=MAX_OFFSET, error=f"Must be between 0 and {MAX_OFFSET}."
        ),
        metadata={"description": "How many items to skip."},
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
    q = search_field("name and aliases")
    sort = sort_field(ACTOR_SORT_FIELDS)


class StatementQueryArgsSchema(PageArgsSchema):
    """Arguments of ``GET /v1/statements``."""

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
    reported_by = any_of(_slug("Statement id."), "Statements reported inside this statement.")
    article = any_of(_slug("Article id."), "Statements from this article.")
    q = search_field("text and attribution")
    sort = sort_field(STATEMENT_SORT_FIELDS)


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


class AidTotalsQueryArgsSchema(AidFilterArgsSchema):
    """Arguments of ``GET /v1/aid-figures/totals``."""

    group_by = fields.String(
        load_default="donor",
        validate=validate.OneOf(TOTALS_GROUPS),
        metadata={"description": "What to group the figures by."},
    )

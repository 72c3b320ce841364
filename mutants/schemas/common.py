"""Fields and small schemas shared by every record kind."""

import datetime as dt
import re
from collections.abc import Mapping, Sequence, Set
from typing import Any

from marshmallow import Schema, ValidationError, fields, validate

from schemas.vocabulary import ACTOR_KINDS, SECTIONS

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
#: ISO 8601 calendar date at year, month or day precision.
PARTIAL_DATE_PATTERN = r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$"
CURRENCY_PATTERN = r"^[A-Z]{3}$"
COUNTRY_PATTERN = r"^[A-Z]{2}$"
#: Rule 5 of the data model: an evidence span is short.
MAX_EXACT_LENGTH = 300

#: How a partial date is padded to its first and last day. Days are compared as text,
#: so a month's last day may be written 31 whatever the month.
_SPAN_START = {4: "-01-01", 7: "-01", 10: ""}
_SPAN_END = {4: "-12-31", 7: "-31", 10: ""}
_SLUG = re.compile(SLUG_PATTERN)
_PARTIAL_DATE = re.compile(PARTIAL_DATE_PATTERN)


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_date_span__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_date_span__mutmut)
def date_span(date: str) -> tuple[str, str]:
    """Return the first and last day a partial ISO date (``YYYY``, ``YYYY-MM``) may mean."""
    return date + _SPAN_START[len(date)], date + _SPAN_END[len(date)]


def x_date_span__mutmut_orig(date: str) -> tuple[str, str]:
    """Return the first and last day a partial ISO date (``YYYY``, ``YYYY-MM``) may mean."""
    return date + _SPAN_START[len(date)], date + _SPAN_END[len(date)]


def x_date_span__mutmut_1(date: str) -> tuple[str, str]:
    """Return the first and last day a partial ISO date (``YYYY``, ``YYYY-MM``) may mean."""
    return date - _SPAN_START[len(date)], date + _SPAN_END[len(date)]


def x_date_span__mutmut_2(date: str) -> tuple[str, str]:
    """Return the first and last day a partial ISO date (``YYYY``, ``YYYY-MM``) may mean."""
    return date + _SPAN_START[len(date)], date - _SPAN_END[len(date)]

mutants_x_date_span__mutmut['_mutmut_orig'] = x_date_span__mutmut_orig # type: ignore # mutmut generated
mutants_x_date_span__mutmut['x_date_span__mutmut_1'] = x_date_span__mutmut_1 # type: ignore # mutmut generated
mutants_x_date_span__mutmut['x_date_span__mutmut_2'] = x_date_span__mutmut_2 # type: ignore # mutmut generated
mutants_xǁSlugǁ__init____mutmut: MutantDict = {}  # type: ignore


class Slug(fields.String):
    """A record id: a lowercase, hyphenated slug."""

    @_mutmut_mutated(mutants_xǁSlugǁ__init____mutmut)
    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("validate", validate.Regexp(SLUG_PATTERN, error="Not a valid slug."))
        super().__init__(**kwargs)

    def xǁSlugǁ__init____mutmut_orig(self, **kwargs: Any) -> None:
        kwargs.setdefault("validate", validate.Regexp(SLUG_PATTERN, error="Not a valid slug."))
        super().__init__(**kwargs)

    def xǁSlugǁ__init____mutmut_1(self, **kwargs: Any) -> None:
        kwargs.setdefault(None, validate.Regexp(SLUG_PATTERN, error="Not a valid slug."))
        super().__init__(**kwargs)

    def xǁSlugǁ__init____mutmut_2(self, **kwargs: Any) -> None:
        kwargs.setdefault("validate", None)
        super().__init__(**kwargs)

    def xǁSlugǁ__init____mutmut_3(self, **kwargs: Any) -> None:
        kwargs.setdefault(validate.Regexp(SLUG_PATTERN, error="Not a valid slug."))
        super().__init__(**kwargs)

    def xǁSlugǁ__init____mutmut_4(self, **kwargs: Any) -> None:
        kwargs.setdefault("validate", )
        super().__init__(**kwargs)

    def xǁSlugǁ__init____mutmut_5(self, **kwargs: Any) -> None:
        kwargs.setdefault("XXvalidateXX", validate.Regexp(SLUG_PATTERN, error="Not a valid slug."))
        super().__init__(**kwargs)

    def xǁSlugǁ__init____mutmut_6(self, **kwargs: Any) -> None:
        kwargs.setdefault("VALIDATE", validate.Regexp(SLUG_PATTERN, error="Not a valid slug."))
        super().__init__(**kwargs)

    def xǁSlugǁ__init____mutmut_7(self, **kwargs: Any) -> None:
        kwargs.setdefault("validate", validate.Regexp(None, error="Not a valid slug."))
        super().__init__(**kwargs)

    def xǁSlugǁ__init____mutmut_8(self, **kwargs: Any) -> None:
        kwargs.setdefault("validate", validate.Regexp(SLUG_PATTERN, error=None))
        super().__init__(**kwargs)

    def xǁSlugǁ__init____mutmut_9(self, **kwargs: Any) -> None:
        kwargs.setdefault("validate", validate.Regexp(error="Not a valid slug."))
        super().__init__(**kwargs)

    def xǁSlugǁ__init____mutmut_10(self, **kwargs: Any) -> None:
        kwargs.setdefault("validate", validate.Regexp(SLUG_PATTERN, ))
        super().__init__(**kwargs)

    def xǁSlugǁ__init____mutmut_11(self, **kwargs: Any) -> None:
        kwargs.setdefault("validate", validate.Regexp(SLUG_PATTERN, error="XXNot a valid slug.XX"))
        super().__init__(**kwargs)

    def xǁSlugǁ__init____mutmut_12(self, **kwargs: Any) -> None:
        kwargs.setdefault("validate", validate.Regexp(SLUG_PATTERN, error="not a valid slug."))
        super().__init__(**kwargs)

    def xǁSlugǁ__init____mutmut_13(self, **kwargs: Any) -> None:
        kwargs.setdefault("validate", validate.Regexp(SLUG_PATTERN, error="NOT A VALID SLUG."))
        super().__init__(**kwargs)

mutants_xǁSlugǁ__init____mutmut['_mutmut_orig'] = Slug.xǁSlugǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁSlugǁ__init____mutmut['xǁSlugǁ__init____mutmut_1'] = Slug.xǁSlugǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁSlugǁ__init____mutmut['xǁSlugǁ__init____mutmut_2'] = Slug.xǁSlugǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁSlugǁ__init____mutmut['xǁSlugǁ__init____mutmut_3'] = Slug.xǁSlugǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁSlugǁ__init____mutmut['xǁSlugǁ__init____mutmut_4'] = Slug.xǁSlugǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁSlugǁ__init____mutmut['xǁSlugǁ__init____mutmut_5'] = Slug.xǁSlugǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁSlugǁ__init____mutmut['xǁSlugǁ__init____mutmut_6'] = Slug.xǁSlugǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁSlugǁ__init____mutmut['xǁSlugǁ__init____mutmut_7'] = Slug.xǁSlugǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁSlugǁ__init____mutmut['xǁSlugǁ__init____mutmut_8'] = Slug.xǁSlugǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁSlugǁ__init____mutmut['xǁSlugǁ__init____mutmut_9'] = Slug.xǁSlugǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁSlugǁ__init____mutmut['xǁSlugǁ__init____mutmut_10'] = Slug.xǁSlugǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁSlugǁ__init____mutmut['xǁSlugǁ__init____mutmut_11'] = Slug.xǁSlugǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁSlugǁ__init____mutmut['xǁSlugǁ__init____mutmut_12'] = Slug.xǁSlugǁ__init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁSlugǁ__init____mutmut['xǁSlugǁ__init____mutmut_13'] = Slug.xǁSlugǁ__init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁPartialDateǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁPartialDateǁ_deserialize__mutmut: MutantDict = {}  # type: ignore


class PartialDate(fields.String):
    """An ISO 8601 date kept as text: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""

    @_mutmut_mutated(mutants_xǁPartialDateǁ__init____mutmut)
    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault(
            "validate",
            validate.Regexp(PARTIAL_DATE_PATTERN, error="Not an ISO 8601 date."),
        )
        super().__init__(**kwargs)

    def xǁPartialDateǁ__init____mutmut_orig(self, **kwargs: Any) -> None:
        kwargs.setdefault(
            "validate",
            validate.Regexp(PARTIAL_DATE_PATTERN, error="Not an ISO 8601 date."),
        )
        super().__init__(**kwargs)

    def xǁPartialDateǁ__init____mutmut_1(self, **kwargs: Any) -> None:
        kwargs.setdefault(
            None,
            validate.Regexp(PARTIAL_DATE_PATTERN, error="Not an ISO 8601 date."),
        )
        super().__init__(**kwargs)

    def xǁPartialDateǁ__init____mutmut_2(self, **kwargs: Any) -> None:
        kwargs.setdefault(
            "validate",
            None,
        )
        super().__init__(**kwargs)

    def xǁPartialDateǁ__init____mutmut_3(self, **kwargs: Any) -> None:
        kwargs.setdefault(
            validate.Regexp(PARTIAL_DATE_PATTERN, error="Not an ISO 8601 date."),
        )
        super().__init__(**kwargs)

    def xǁPartialDateǁ__init____mutmut_4(self, **kwargs: Any) -> None:
        kwargs.setdefault(
            "validate",
            )
        super().__init__(**kwargs)

    def xǁPartialDateǁ__init____mutmut_5(self, **kwargs: Any) -> None:
        kwargs.setdefault(
            "XXvalidateXX",
            validate.Regexp(PARTIAL_DATE_PATTERN, error="Not an ISO 8601 date."),
        )
        super().__init__(**kwargs)

    def xǁPartialDateǁ__init____mutmut_6(self, **kwargs: Any) -> None:
        kwargs.setdefault(
            "VALIDATE",
            validate.Regexp(PARTIAL_DATE_PATTERN, error="Not an ISO 8601 date."),
        )
        super().__init__(**kwargs)

    def xǁPartialDateǁ__init____mutmut_7(self, **kwargs: Any) -> None:
        kwargs.setdefault(
            "validate",
            validate.Regexp(None, error="Not an ISO 8601 date."),
        )
        super().__init__(**kwargs)

    def xǁPartialDateǁ__init____mutmut_8(self, **kwargs: Any) -> None:
        kwargs.setdefault(
            "validate",
            validate.Regexp(PARTIAL_DATE_PATTERN, error=None),
        )
        super().__init__(**kwargs)

    def xǁPartialDateǁ__init____mutmut_9(self, **kwargs: Any) -> None:
        kwargs.setdefault(
            "validate",
            validate.Regexp(error="Not an ISO 8601 date."),
        )
        super().__init__(**kwargs)

    def xǁPartialDateǁ__init____mutmut_10(self, **kwargs: Any) -> None:
        kwargs.setdefault(
            "validate",
            validate.Regexp(PARTIAL_DATE_PATTERN, ),
        )
        super().__init__(**kwargs)

    def xǁPartialDateǁ__init____mutmut_11(self, **kwargs: Any) -> None:
        kwargs.setdefault(
            "validate",
            validate.Regexp(PARTIAL_DATE_PATTERN, error="XXNot an ISO 8601 date.XX"),
        )
        super().__init__(**kwargs)

    def xǁPartialDateǁ__init____mutmut_12(self, **kwargs: Any) -> None:
        kwargs.setdefault(
            "validate",
            validate.Regexp(PARTIAL_DATE_PATTERN, error="not an iso 8601 date."),
        )
        super().__init__(**kwargs)

    def xǁPartialDateǁ__init____mutmut_13(self, **kwargs: Any) -> None:
        kwargs.setdefault(
            "validate",
            validate.Regexp(PARTIAL_DATE_PATTERN, error="NOT AN ISO 8601 DATE."),
        )
        super().__init__(**kwargs)

    @_mutmut_mutated(mutants_xǁPartialDateǁ_deserialize__mutmut)
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

    def xǁPartialDateǁ_deserialize__mutmut_orig(
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

    def xǁPartialDateǁ_deserialize__mutmut_1(
        self, value: Any, attr: str | None, data: Mapping[str, Any] | None, **kwargs: Any
    ) -> str:
        text = None
        if _PARTIAL_DATE.match(text):
            # The first day of the year or month stands for a partial date; the
            # pattern has checked the shape, so only the calendar can fail here.
            try:
                dt.date.fromisoformat(date_span(text)[0])
            except ValueError as error:
                raise ValidationError("Not a calendar date.") from error
        return text

    def xǁPartialDateǁ_deserialize__mutmut_2(
        self, value: Any, attr: str | None, data: Mapping[str, Any] | None, **kwargs: Any
    ) -> str:
        text = super()._deserialize(None, attr, data, **kwargs)
        if _PARTIAL_DATE.match(text):
            # The first day of the year or month stands for a partial date; the
            # pattern has checked the shape, so only the calendar can fail here.
            try:
                dt.date.fromisoformat(date_span(text)[0])
            except ValueError as error:
                raise ValidationError("Not a calendar date.") from error
        return text

    def xǁPartialDateǁ_deserialize__mutmut_3(
        self, value: Any, attr: str | None, data: Mapping[str, Any] | None, **kwargs: Any
    ) -> str:
        text = super()._deserialize(value, None, data, **kwargs)
        if _PARTIAL_DATE.match(text):
            # The first day of the year or month stands for a partial date; the
            # pattern has checked the shape, so only the calendar can fail here.
            try:
                dt.date.fromisoformat(date_span(text)[0])
            except ValueError as error:
                raise ValidationError("Not a calendar date.") from error
        return text

    def xǁPartialDateǁ_deserialize__mutmut_4(
        self, value: Any, attr: str | None, data: Mapping[str, Any] | None, **kwargs: Any
    ) -> str:
        text = super()._deserialize(value, attr, None, **kwargs)
        if _PARTIAL_DATE.match(text):
            # The first day of the year or month stands for a partial date; the
            # pattern has checked the shape, so only the calendar can fail here.
            try:
                dt.date.fromisoformat(date_span(text)[0])
            except ValueError as error:
                raise ValidationError("Not a calendar date.") from error
        return text

    def xǁPartialDateǁ_deserialize__mutmut_5(
        self, value: Any, attr: str | None, data: Mapping[str, Any] | None, **kwargs: Any
    ) -> str:
        text = super()._deserialize(attr, data, **kwargs)
        if _PARTIAL_DATE.match(text):
            # The first day of the year or month stands for a partial date; the
            # pattern has checked the shape, so only the calendar can fail here.
            try:
                dt.date.fromisoformat(date_span(text)[0])
            except ValueError as error:
                raise ValidationError("Not a calendar date.") from error
        return text

    def xǁPartialDateǁ_deserialize__mutmut_6(
        self, value: Any, attr: str | None, data: Mapping[str, Any] | None, **kwargs: Any
    ) -> str:
        text = super()._deserialize(value, data, **kwargs)
        if _PARTIAL_DATE.match(text):
            # The first day of the year or month stands for a partial date; the
            # pattern has checked the shape, so only the calendar can fail here.
            try:
                dt.date.fromisoformat(date_span(text)[0])
            except ValueError as error:
                raise ValidationError("Not a calendar date.") from error
        return text

    def xǁPartialDateǁ_deserialize__mutmut_7(
        self, value: Any, attr: str | None, data: Mapping[str, Any] | None, **kwargs: Any
    ) -> str:
        text = super()._deserialize(value, attr, **kwargs)
        if _PARTIAL_DATE.match(text):
            # The first day of the year or month stands for a partial date; the
            # pattern has checked the shape, so only the calendar can fail here.
            try:
                dt.date.fromisoformat(date_span(text)[0])
            except ValueError as error:
                raise ValidationError("Not a calendar date.") from error
        return text

    def xǁPartialDateǁ_deserialize__mutmut_8(
        self, value: Any, attr: str | None, data: Mapping[str, Any] | None, **kwargs: Any
    ) -> str:
        text = super()._deserialize(value, attr, data, )
        if _PARTIAL_DATE.match(text):
            # The first day of the year or month stands for a partial date; the
            # pattern has checked the shape, so only the calendar can fail here.
            try:
                dt.date.fromisoformat(date_span(text)[0])
            except ValueError as error:
                raise ValidationError("Not a calendar date.") from error
        return text

    def xǁPartialDateǁ_deserialize__mutmut_9(
        self, value: Any, attr: str | None, data: Mapping[str, Any] | None, **kwargs: Any
    ) -> str:
        text = super()._deserialize(value, attr, data, **kwargs)
        if _PARTIAL_DATE.match(None):
            # The first day of the year or month stands for a partial date; the
            # pattern has checked the shape, so only the calendar can fail here.
            try:
                dt.date.fromisoformat(date_span(text)[0])
            except ValueError as error:
                raise ValidationError("Not a calendar date.") from error
        return text

    def xǁPartialDateǁ_deserialize__mutmut_10(
        self, value: Any, attr: str | None, data: Mapping[str, Any] | None, **kwargs: Any
    ) -> str:
        text = super()._deserialize(value, attr, data, **kwargs)
        if _PARTIAL_DATE.match(text):
            # The first day of the year or month stands for a partial date; the
            # pattern has checked the shape, so only the calendar can fail here.
            try:
                dt.date.fromisoformat(None)
            except ValueError as error:
                raise ValidationError("Not a calendar date.") from error
        return text

    def xǁPartialDateǁ_deserialize__mutmut_11(
        self, value: Any, attr: str | None, data: Mapping[str, Any] | None, **kwargs: Any
    ) -> str:
        text = super()._deserialize(value, attr, data, **kwargs)
        if _PARTIAL_DATE.match(text):
            # The first day of the year or month stands for a partial date; the
            # pattern has checked the shape, so only the calendar can fail here.
            try:
                dt.date.fromisoformat(date_span(None)[0])
            except ValueError as error:
                raise ValidationError("Not a calendar date.") from error
        return text

    def xǁPartialDateǁ_deserialize__mutmut_12(
        self, value: Any, attr: str | None, data: Mapping[str, Any] | None, **kwargs: Any
    ) -> str:
        text = super()._deserialize(value, attr, data, **kwargs)
        if _PARTIAL_DATE.match(text):
            # The first day of the year or month stands for a partial date; the
            # pattern has checked the shape, so only the calendar can fail here.
            try:
                dt.date.fromisoformat(date_span(text)[1])
            except ValueError as error:
                raise ValidationError("Not a calendar date.") from error
        return text

    def xǁPartialDateǁ_deserialize__mutmut_13(
        self, value: Any, attr: str | None, data: Mapping[str, Any] | None, **kwargs: Any
    ) -> str:
        text = super()._deserialize(value, attr, data, **kwargs)
        if _PARTIAL_DATE.match(text):
            # The first day of the year or month stands for a partial date; the
            # pattern has checked the shape, so only the calendar can fail here.
            try:
                dt.date.fromisoformat(date_span(text)[0])
            except ValueError as error:
                raise ValidationError(None) from error
        return text

    def xǁPartialDateǁ_deserialize__mutmut_14(
        self, value: Any, attr: str | None, data: Mapping[str, Any] | None, **kwargs: Any
    ) -> str:
        text = super()._deserialize(value, attr, data, **kwargs)
        if _PARTIAL_DATE.match(text):
            # The first day of the year or month stands for a partial date; the
            # pattern has checked the shape, so only the calendar can fail here.
            try:
                dt.date.fromisoformat(date_span(text)[0])
            except ValueError as error:
                raise ValidationError("XXNot a calendar date.XX") from error
        return text

    def xǁPartialDateǁ_deserialize__mutmut_15(
        self, value: Any, attr: str | None, data: Mapping[str, Any] | None, **kwargs: Any
    ) -> str:
        text = super()._deserialize(value, attr, data, **kwargs)
        if _PARTIAL_DATE.match(text):
            # The first day of the year or month stands for a partial date; the
            # pattern has checked the shape, so only the calendar can fail here.
            try:
                dt.date.fromisoformat(date_span(text)[0])
            except ValueError as error:
                raise ValidationError("not a calendar date.") from error
        return text

    def xǁPartialDateǁ_deserialize__mutmut_16(
        self, value: Any, attr: str | None, data: Mapping[str, Any] | None, **kwargs: Any
    ) -> str:
        text = super()._deserialize(value, attr, data, **kwargs)
        if _PARTIAL_DATE.match(text):
            # The first day of the year or month stands for a partial date; the
            # pattern has checked the shape, so only the calendar can fail here.
            try:
                dt.date.fromisoformat(date_span(text)[0])
            except ValueError as error:
                raise ValidationError("NOT A CALENDAR DATE.") from error
        return text

mutants_xǁPartialDateǁ__init____mutmut['_mutmut_orig'] = PartialDate.xǁPartialDateǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁPartialDateǁ__init____mutmut['xǁPartialDateǁ__init____mutmut_1'] = PartialDate.xǁPartialDateǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁPartialDateǁ__init____mutmut['xǁPartialDateǁ__init____mutmut_2'] = PartialDate.xǁPartialDateǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁPartialDateǁ__init____mutmut['xǁPartialDateǁ__init____mutmut_3'] = PartialDate.xǁPartialDateǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁPartialDateǁ__init____mutmut['xǁPartialDateǁ__init____mutmut_4'] = PartialDate.xǁPartialDateǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁPartialDateǁ__init____mutmut['xǁPartialDateǁ__init____mutmut_5'] = PartialDate.xǁPartialDateǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁPartialDateǁ__init____mutmut['xǁPartialDateǁ__init____mutmut_6'] = PartialDate.xǁPartialDateǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁPartialDateǁ__init____mutmut['xǁPartialDateǁ__init____mutmut_7'] = PartialDate.xǁPartialDateǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁPartialDateǁ__init____mutmut['xǁPartialDateǁ__init____mutmut_8'] = PartialDate.xǁPartialDateǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁPartialDateǁ__init____mutmut['xǁPartialDateǁ__init____mutmut_9'] = PartialDate.xǁPartialDateǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁPartialDateǁ__init____mutmut['xǁPartialDateǁ__init____mutmut_10'] = PartialDate.xǁPartialDateǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁPartialDateǁ__init____mutmut['xǁPartialDateǁ__init____mutmut_11'] = PartialDate.xǁPartialDateǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁPartialDateǁ__init____mutmut['xǁPartialDateǁ__init____mutmut_12'] = PartialDate.xǁPartialDateǁ__init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁPartialDateǁ__init____mutmut['xǁPartialDateǁ__init____mutmut_13'] = PartialDate.xǁPartialDateǁ__init____mutmut_13 # type: ignore # mutmut generated

mutants_xǁPartialDateǁ_deserialize__mutmut['_mutmut_orig'] = PartialDate.xǁPartialDateǁ_deserialize__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPartialDateǁ_deserialize__mutmut['xǁPartialDateǁ_deserialize__mutmut_1'] = PartialDate.xǁPartialDateǁ_deserialize__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPartialDateǁ_deserialize__mutmut['xǁPartialDateǁ_deserialize__mutmut_2'] = PartialDate.xǁPartialDateǁ_deserialize__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPartialDateǁ_deserialize__mutmut['xǁPartialDateǁ_deserialize__mutmut_3'] = PartialDate.xǁPartialDateǁ_deserialize__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPartialDateǁ_deserialize__mutmut['xǁPartialDateǁ_deserialize__mutmut_4'] = PartialDate.xǁPartialDateǁ_deserialize__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPartialDateǁ_deserialize__mutmut['xǁPartialDateǁ_deserialize__mutmut_5'] = PartialDate.xǁPartialDateǁ_deserialize__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPartialDateǁ_deserialize__mutmut['xǁPartialDateǁ_deserialize__mutmut_6'] = PartialDate.xǁPartialDateǁ_deserialize__mutmut_6 # type: ignore # mutmut generated
mutants_xǁPartialDateǁ_deserialize__mutmut['xǁPartialDateǁ_deserialize__mutmut_7'] = PartialDate.xǁPartialDateǁ_deserialize__mutmut_7 # type: ignore # mutmut generated
mutants_xǁPartialDateǁ_deserialize__mutmut['xǁPartialDateǁ_deserialize__mutmut_8'] = PartialDate.xǁPartialDateǁ_deserialize__mutmut_8 # type: ignore # mutmut generated
mutants_xǁPartialDateǁ_deserialize__mutmut['xǁPartialDateǁ_deserialize__mutmut_9'] = PartialDate.xǁPartialDateǁ_deserialize__mutmut_9 # type: ignore # mutmut generated
mutants_xǁPartialDateǁ_deserialize__mutmut['xǁPartialDateǁ_deserialize__mutmut_10'] = PartialDate.xǁPartialDateǁ_deserialize__mutmut_10 # type: ignore # mutmut generated
mutants_xǁPartialDateǁ_deserialize__mutmut['xǁPartialDateǁ_deserialize__mutmut_11'] = PartialDate.xǁPartialDateǁ_deserialize__mutmut_11 # type: ignore # mutmut generated
mutants_xǁPartialDateǁ_deserialize__mutmut['xǁPartialDateǁ_deserialize__mutmut_12'] = PartialDate.xǁPartialDateǁ_deserialize__mutmut_12 # type: ignore # mutmut generated
mutants_xǁPartialDateǁ_deserialize__mutmut['xǁPartialDateǁ_deserialize__mutmut_13'] = PartialDate.xǁPartialDateǁ_deserialize__mutmut_13 # type: ignore # mutmut generated
mutants_xǁPartialDateǁ_deserialize__mutmut['xǁPartialDateǁ_deserialize__mutmut_14'] = PartialDate.xǁPartialDateǁ_deserialize__mutmut_14 # type: ignore # mutmut generated
mutants_xǁPartialDateǁ_deserialize__mutmut['xǁPartialDateǁ_deserialize__mutmut_15'] = PartialDate.xǁPartialDateǁ_deserialize__mutmut_15 # type: ignore # mutmut generated
mutants_xǁPartialDateǁ_deserialize__mutmut['xǁPartialDateǁ_deserialize__mutmut_16'] = PartialDate.xǁPartialDateǁ_deserialize__mutmut_16 # type: ignore # mutmut generated
mutants_xǁReferenceǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁReferenceǁ_deserialize__mutmut: MutantDict = {}  # type: ignore


class Reference(fields.Nested):
    """A reference to another record.

    In a data file it is the bare id of the record; the loader resolves it.
    In a response it is the referenced record's compact form (``ref_schema``),
    which the store puts in place of the id before dumping.
    """

    @_mutmut_mutated(mutants_xǁReferenceǁ__init____mutmut)
    def __init__(self, ref_schema: type[Schema], **kwargs: Any) -> None:
        super().__init__(ref_schema, **kwargs)

    def xǁReferenceǁ__init____mutmut_orig(self, ref_schema: type[Schema], **kwargs: Any) -> None:
        super().__init__(ref_schema, **kwargs)

    def xǁReferenceǁ__init____mutmut_1(self, ref_schema: type[Schema], **kwargs: Any) -> None:
        super().__init__(None, **kwargs)

    def xǁReferenceǁ__init____mutmut_2(self, ref_schema: type[Schema], **kwargs: Any) -> None:
        super().__init__(**kwargs)

    def xǁReferenceǁ__init____mutmut_3(self, ref_schema: type[Schema], **kwargs: Any) -> None:
        super().__init__(ref_schema, )

    @_mutmut_mutated(mutants_xǁReferenceǁ_deserialize__mutmut)
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

    def xǁReferenceǁ_deserialize__mutmut_orig(
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

    def xǁReferenceǁ_deserialize__mutmut_1(
        self,
        value: Any,
        attr: str | None,
        data: Mapping[str, Any] | None,
        partial: bool | Sequence[str] | Set[str] | None = None,
        **kwargs: Any,
    ) -> str:
        if not isinstance(value, str) and not _SLUG.match(value):
            raise ValidationError("Not a valid reference: expected a record id.")
        return value

    def xǁReferenceǁ_deserialize__mutmut_2(
        self,
        value: Any,
        attr: str | None,
        data: Mapping[str, Any] | None,
        partial: bool | Sequence[str] | Set[str] | None = None,
        **kwargs: Any,
    ) -> str:
        if isinstance(value, str) or not _SLUG.match(value):
            raise ValidationError("Not a valid reference: expected a record id.")
        return value

    def xǁReferenceǁ_deserialize__mutmut_3(
        self,
        value: Any,
        attr: str | None,
        data: Mapping[str, Any] | None,
        partial: bool | Sequence[str] | Set[str] | None = None,
        **kwargs: Any,
    ) -> str:
        if not isinstance(value, str) or _SLUG.match(value):
            raise ValidationError("Not a valid reference: expected a record id.")
        return value

    def xǁReferenceǁ_deserialize__mutmut_4(
        self,
        value: Any,
        attr: str | None,
        data: Mapping[str, Any] | None,
        partial: bool | Sequence[str] | Set[str] | None = None,
        **kwargs: Any,
    ) -> str:
        if not isinstance(value, str) or not _SLUG.match(None):
            raise ValidationError("Not a valid reference: expected a record id.")
        return value

    def xǁReferenceǁ_deserialize__mutmut_5(
        self,
        value: Any,
        attr: str | None,
        data: Mapping[str, Any] | None,
        partial: bool | Sequence[str] | Set[str] | None = None,
        **kwargs: Any,
    ) -> str:
        if not isinstance(value, str) or not _SLUG.match(value):
            raise ValidationError(None)
        return value

    def xǁReferenceǁ_deserialize__mutmut_6(
        self,
        value: Any,
        attr: str | None,
        data: Mapping[str, Any] | None,
        partial: bool | Sequence[str] | Set[str] | None = None,
        **kwargs: Any,
    ) -> str:
        if not isinstance(value, str) or not _SLUG.match(value):
            raise ValidationError("XXNot a valid reference: expected a record id.XX")
        return value

    def xǁReferenceǁ_deserialize__mutmut_7(
        self,
        value: Any,
        attr: str | None,
        data: Mapping[str, Any] | None,
        partial: bool | Sequence[str] | Set[str] | None = None,
        **kwargs: Any,
    ) -> str:
        if not isinstance(value, str) or not _SLUG.match(value):
            raise ValidationError("not a valid reference: expected a record id.")
        return value

    def xǁReferenceǁ_deserialize__mutmut_8(
        self,
        value: Any,
        attr: str | None,
        data: Mapping[str, Any] | None,
        partial: bool | Sequence[str] | Set[str] | None = None,
        **kwargs: Any,
    ) -> str:
        if not isinstance(value, str) or not _SLUG.match(value):
            raise ValidationError("NOT A VALID REFERENCE: EXPECTED A RECORD ID.")
        return value

mutants_xǁReferenceǁ__init____mutmut['_mutmut_orig'] = Reference.xǁReferenceǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁReferenceǁ__init____mutmut['xǁReferenceǁ__init____mutmut_1'] = Reference.xǁReferenceǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁReferenceǁ__init____mutmut['xǁReferenceǁ__init____mutmut_2'] = Reference.xǁReferenceǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁReferenceǁ__init____mutmut['xǁReferenceǁ__init____mutmut_3'] = Reference.xǁReferenceǁ__init____mutmut_3 # type: ignore # mutmut generated

mutants_xǁReferenceǁ_deserialize__mutmut['_mutmut_orig'] = Reference.xǁReferenceǁ_deserialize__mutmut_orig # type: ignore # mutmut generated
mutants_xǁReferenceǁ_deserialize__mutmut['xǁReferenceǁ_deserialize__mutmut_1'] = Reference.xǁReferenceǁ_deserialize__mutmut_1 # type: ignore # mutmut generated
mutants_xǁReferenceǁ_deserialize__mutmut['xǁReferenceǁ_deserialize__mutmut_2'] = Reference.xǁReferenceǁ_deserialize__mutmut_2 # type: ignore # mutmut generated
mutants_xǁReferenceǁ_deserialize__mutmut['xǁReferenceǁ_deserialize__mutmut_3'] = Reference.xǁReferenceǁ_deserialize__mutmut_3 # type: ignore # mutmut generated
mutants_xǁReferenceǁ_deserialize__mutmut['xǁReferenceǁ_deserialize__mutmut_4'] = Reference.xǁReferenceǁ_deserialize__mutmut_4 # type: ignore # mutmut generated
mutants_xǁReferenceǁ_deserialize__mutmut['xǁReferenceǁ_deserialize__mutmut_5'] = Reference.xǁReferenceǁ_deserialize__mutmut_5 # type: ignore # mutmut generated
mutants_xǁReferenceǁ_deserialize__mutmut['xǁReferenceǁ_deserialize__mutmut_6'] = Reference.xǁReferenceǁ_deserialize__mutmut_6 # type: ignore # mutmut generated
mutants_xǁReferenceǁ_deserialize__mutmut['xǁReferenceǁ_deserialize__mutmut_7'] = Reference.xǁReferenceǁ_deserialize__mutmut_7 # type: ignore # mutmut generated
mutants_xǁReferenceǁ_deserialize__mutmut['xǁReferenceǁ_deserialize__mutmut_8'] = Reference.xǁReferenceǁ_deserialize__mutmut_8 # type: ignore # mutmut generated


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


class EvidenceSchema(Schema):
    """Where in the source a record comes from (W3C Web Annotation TextQuoteSelector)."""

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
        validate=validate.OneOf(SECTIONS),
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
mutants_x_links_field__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_links_field__mutmut)
def links_field(description: str) -> fields.Dict:
    """Return the read-only ``links`` field of a record in a response."""
    return fields.Dict(
        keys=fields.String(),
        values=fields.String(),
        dump_only=True,
        metadata={"description": description},
    )


def x_links_field__mutmut_orig(description: str) -> fields.Dict:
    """Return the read-only ``links`` field of a record in a response."""
    return fields.Dict(
        keys=fields.String(),
        values=fields.String(),
        dump_only=True,
        metadata={"description": description},
    )


def x_links_field__mutmut_1(description: str) -> fields.Dict:
    """Return the read-only ``links`` field of a record in a response."""
    return fields.Dict(
        keys=None,
        values=fields.String(),
        dump_only=True,
        metadata={"description": description},
    )


def x_links_field__mutmut_2(description: str) -> fields.Dict:
    """Return the read-only ``links`` field of a record in a response."""
    return fields.Dict(
        keys=fields.String(),
        values=None,
        dump_only=True,
        metadata={"description": description},
    )


def x_links_field__mutmut_3(description: str) -> fields.Dict:
    """Return the read-only ``links`` field of a record in a response."""
    return fields.Dict(
        keys=fields.String(),
        values=fields.String(),
        dump_only=None,
        metadata={"description": description},
    )


def x_links_field__mutmut_4(description: str) -> fields.Dict:
    """Return the read-only ``links`` field of a record in a response."""
    return fields.Dict(
        keys=fields.String(),
        values=fields.String(),
        dump_only=True,
        metadata=None,
    )


def x_links_field__mutmut_5(description: str) -> fields.Dict:
    """Return the read-only ``links`` field of a record in a response."""
    return fields.Dict(
        values=fields.String(),
        dump_only=True,
        metadata={"description": description},
    )


def x_links_field__mutmut_6(description: str) -> fields.Dict:
    """Return the read-only ``links`` field of a record in a response."""
    return fields.Dict(
        keys=fields.String(),
        dump_only=True,
        metadata={"description": description},
    )


def x_links_field__mutmut_7(description: str) -> fields.Dict:
    """Return the read-only ``links`` field of a record in a response."""
    return fields.Dict(
        keys=fields.String(),
        values=fields.String(),
        metadata={"description": description},
    )


def x_links_field__mutmut_8(description: str) -> fields.Dict:
    """Return the read-only ``links`` field of a record in a response."""
    return fields.Dict(
        keys=fields.String(),
        values=fields.String(),
        dump_only=True,
        )


def x_links_field__mutmut_9(description: str) -> fields.Dict:
    """Return the read-only ``links`` field of a record in a response."""
    return fields.Dict(
        keys=fields.String(),
        values=fields.String(),
        dump_only=False,
        metadata={"description": description},
    )


def x_links_field__mutmut_10(description: str) -> fields.Dict:
    """Return the read-only ``links`` field of a record in a response."""
    return fields.Dict(
        keys=fields.String(),
        values=fields.String(),
        dump_only=True,
        metadata={"XXdescriptionXX": description},
    )


def x_links_field__mutmut_11(description: str) -> fields.Dict:
    """Return the read-only ``links`` field of a record in a response."""
    return fields.Dict(
        keys=fields.String(),
        values=fields.String(),
        dump_only=True,
        metadata={"DESCRIPTION": description},
    )

mutants_x_links_field__mutmut['_mutmut_orig'] = x_links_field__mutmut_orig # type: ignore # mutmut generated
mutants_x_links_field__mutmut['x_links_field__mutmut_1'] = x_links_field__mutmut_1 # type: ignore # mutmut generated
mutants_x_links_field__mutmut['x_links_field__mutmut_2'] = x_links_field__mutmut_2 # type: ignore # mutmut generated
mutants_x_links_field__mutmut['x_links_field__mutmut_3'] = x_links_field__mutmut_3 # type: ignore # mutmut generated
mutants_x_links_field__mutmut['x_links_field__mutmut_4'] = x_links_field__mutmut_4 # type: ignore # mutmut generated
mutants_x_links_field__mutmut['x_links_field__mutmut_5'] = x_links_field__mutmut_5 # type: ignore # mutmut generated
mutants_x_links_field__mutmut['x_links_field__mutmut_6'] = x_links_field__mutmut_6 # type: ignore # mutmut generated
mutants_x_links_field__mutmut['x_links_field__mutmut_7'] = x_links_field__mutmut_7 # type: ignore # mutmut generated
mutants_x_links_field__mutmut['x_links_field__mutmut_8'] = x_links_field__mutmut_8 # type: ignore # mutmut generated
mutants_x_links_field__mutmut['x_links_field__mutmut_9'] = x_links_field__mutmut_9 # type: ignore # mutmut generated
mutants_x_links_field__mutmut['x_links_field__mutmut_10'] = x_links_field__mutmut_10 # type: ignore # mutmut generated
mutants_x_links_field__mutmut['x_links_field__mutmut_11'] = x_links_field__mutmut_11 # type: ignore # mutmut generated


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
mutants_x_matches_field__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_matches_field__mutmut)
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


def x_matches_field__mutmut_orig() -> fields.List[Any]:
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


def x_matches_field__mutmut_1() -> fields.List[Any]:
    """Return the ``matches`` field of the items of a searched page."""
    return fields.List(
        None,
        dump_only=True,
        metadata={
            "description": "Only on the items of a searched page (`q`): every hit of the "
            "search in the record's searched texts, so that a frontend can highlight them "
            "without trusting any HTML. `text[start:end]` is the hit, counted in code points "
            "(JavaScript strings count UTF-16 units: convert with `Array.from(text)`)."
        },
    )


def x_matches_field__mutmut_2() -> fields.List[Any]:
    """Return the ``matches`` field of the items of a searched page."""
    return fields.List(
        fields.Nested(MatchSchema),
        dump_only=None,
        metadata={
            "description": "Only on the items of a searched page (`q`): every hit of the "
            "search in the record's searched texts, so that a frontend can highlight them "
            "without trusting any HTML. `text[start:end]` is the hit, counted in code points "
            "(JavaScript strings count UTF-16 units: convert with `Array.from(text)`)."
        },
    )


def x_matches_field__mutmut_3() -> fields.List[Any]:
    """Return the ``matches`` field of the items of a searched page."""
    return fields.List(
        fields.Nested(MatchSchema),
        dump_only=True,
        metadata=None,
    )


def x_matches_field__mutmut_4() -> fields.List[Any]:
    """Return the ``matches`` field of the items of a searched page."""
    return fields.List(
        dump_only=True,
        metadata={
            "description": "Only on the items of a searched page (`q`): every hit of the "
            "search in the record's searched texts, so that a frontend can highlight them "
            "without trusting any HTML. `text[start:end]` is the hit, counted in code points "
            "(JavaScript strings count UTF-16 units: convert with `Array.from(text)`)."
        },
    )


def x_matches_field__mutmut_5() -> fields.List[Any]:
    """Return the ``matches`` field of the items of a searched page."""
    return fields.List(
        fields.Nested(MatchSchema),
        metadata={
            "description": "Only on the items of a searched page (`q`): every hit of the "
            "search in the record's searched texts, so that a frontend can highlight them "
            "without trusting any HTML. `text[start:end]` is the hit, counted in code points "
            "(JavaScript strings count UTF-16 units: convert with `Array.from(text)`)."
        },
    )


def x_matches_field__mutmut_6() -> fields.List[Any]:
    """Return the ``matches`` field of the items of a searched page."""
    return fields.List(
        fields.Nested(MatchSchema),
        dump_only=True,
        )


def x_matches_field__mutmut_7() -> fields.List[Any]:
    """Return the ``matches`` field of the items of a searched page."""
    return fields.List(
        fields.Nested(None),
        dump_only=True,
        metadata={
            "description": "Only on the items of a searched page (`q`): every hit of the "
            "search in the record's searched texts, so that a frontend can highlight them "
            "without trusting any HTML. `text[start:end]` is the hit, counted in code points "
            "(JavaScript strings count UTF-16 units: convert with `Array.from(text)`)."
        },
    )


def x_matches_field__mutmut_8() -> fields.List[Any]:
    """Return the ``matches`` field of the items of a searched page."""
    return fields.List(
        fields.Nested(MatchSchema),
        dump_only=False,
        metadata={
            "description": "Only on the items of a searched page (`q`): every hit of the "
            "search in the record's searched texts, so that a frontend can highlight them "
            "without trusting any HTML. `text[start:end]` is the hit, counted in code points "
            "(JavaScript strings count UTF-16 units: convert with `Array.from(text)`)."
        },
    )


def x_matches_field__mutmut_9() -> fields.List[Any]:
    """Return the ``matches`` field of the items of a searched page."""
    return fields.List(
        fields.Nested(MatchSchema),
        dump_only=True,
        metadata={
            "XXdescriptionXX": "Only on the items of a searched page (`q`): every hit of the "
            "search in the record's searched texts, so that a frontend can highlight them "
            "without trusting any HTML. `text[start:end]` is the hit, counted in code points "
            "(JavaScript strings count UTF-16 units: convert with `Array.from(text)`)."
        },
    )


def x_matches_field__mutmut_10() -> fields.List[Any]:
    """Return the ``matches`` field of the items of a searched page."""
    return fields.List(
        fields.Nested(MatchSchema),
        dump_only=True,
        metadata={
            "DESCRIPTION": "Only on the items of a searched page (`q`): every hit of the "
            "search in the record's searched texts, so that a frontend can highlight them "
            "without trusting any HTML. `text[start:end]` is the hit, counted in code points "
            "(JavaScript strings count UTF-16 units: convert with `Array.from(text)`)."
        },
    )


def x_matches_field__mutmut_11() -> fields.List[Any]:
    """Return the ``matches`` field of the items of a searched page."""
    return fields.List(
        fields.Nested(MatchSchema),
        dump_only=True,
        metadata={
            "description": "XXOnly on the items of a searched page (`q`): every hit of the XX"
            "search in the record's searched texts, so that a frontend can highlight them "
            "without trusting any HTML. `text[start:end]` is the hit, counted in code points "
            "(JavaScript strings count UTF-16 units: convert with `Array.from(text)`)."
        },
    )


def x_matches_field__mutmut_12() -> fields.List[Any]:
    """Return the ``matches`` field of the items of a searched page."""
    return fields.List(
        fields.Nested(MatchSchema),
        dump_only=True,
        metadata={
            "description": "only on the items of a searched page (`q`): every hit of the "
            "search in the record's searched texts, so that a frontend can highlight them "
            "without trusting any HTML. `text[start:end]` is the hit, counted in code points "
            "(JavaScript strings count UTF-16 units: convert with `Array.from(text)`)."
        },
    )


def x_matches_field__mutmut_13() -> fields.List[Any]:
    """Return the ``matches`` field of the items of a searched page."""
    return fields.List(
        fields.Nested(MatchSchema),
        dump_only=True,
        metadata={
            "description": "ONLY ON THE ITEMS OF A SEARCHED PAGE (`Q`): EVERY HIT OF THE "
            "search in the record's searched texts, so that a frontend can highlight them "
            "without trusting any HTML. `text[start:end]` is the hit, counted in code points "
            "(JavaScript strings count UTF-16 units: convert with `Array.from(text)`)."
        },
    )


def x_matches_field__mutmut_14() -> fields.List[Any]:
    """Return the ``matches`` field of the items of a searched page."""
    return fields.List(
        fields.Nested(MatchSchema),
        dump_only=True,
        metadata={
            "description": "Only on the items of a searched page (`q`): every hit of the "
            "XXsearch in the record's searched texts, so that a frontend can highlight them XX"
            "without trusting any HTML. `text[start:end]` is the hit, counted in code points "
            "(JavaScript strings count UTF-16 units: convert with `Array.from(text)`)."
        },
    )


def x_matches_field__mutmut_15() -> fields.List[Any]:
    """Return the ``matches`` field of the items of a searched page."""
    return fields.List(
        fields.Nested(MatchSchema),
        dump_only=True,
        metadata={
            "description": "Only on the items of a searched page (`q`): every hit of the "
            "SEARCH IN THE RECORD'S SEARCHED TEXTS, SO THAT A FRONTEND CAN HIGHLIGHT THEM "
            "without trusting any HTML. `text[start:end]` is the hit, counted in code points "
            "(JavaScript strings count UTF-16 units: convert with `Array.from(text)`)."
        },
    )


def x_matches_field__mutmut_16() -> fields.List[Any]:
    """Return the ``matches`` field of the items of a searched page."""
    return fields.List(
        fields.Nested(MatchSchema),
        dump_only=True,
        metadata={
            "description": "Only on the items of a searched page (`q`): every hit of the "
            "search in the record's searched texts, so that a frontend can highlight them "
            "XXwithout trusting any HTML. `text[start:end]` is the hit, counted in code points XX"
            "(JavaScript strings count UTF-16 units: convert with `Array.from(text)`)."
        },
    )


def x_matches_field__mutmut_17() -> fields.List[Any]:
    """Return the ``matches`` field of the items of a searched page."""
    return fields.List(
        fields.Nested(MatchSchema),
        dump_only=True,
        metadata={
            "description": "Only on the items of a searched page (`q`): every hit of the "
            "search in the record's searched texts, so that a frontend can highlight them "
            "without trusting any html. `text[start:end]` is the hit, counted in code points "
            "(JavaScript strings count UTF-16 units: convert with `Array.from(text)`)."
        },
    )


def x_matches_field__mutmut_18() -> fields.List[Any]:
    """Return the ``matches`` field of the items of a searched page."""
    return fields.List(
        fields.Nested(MatchSchema),
        dump_only=True,
        metadata={
            "description": "Only on the items of a searched page (`q`): every hit of the "
            "search in the record's searched texts, so that a frontend can highlight them "
            "WITHOUT TRUSTING ANY HTML. `TEXT[START:END]` IS THE HIT, COUNTED IN CODE POINTS "
            "(JavaScript strings count UTF-16 units: convert with `Array.from(text)`)."
        },
    )


def x_matches_field__mutmut_19() -> fields.List[Any]:
    """Return the ``matches`` field of the items of a searched page."""
    return fields.List(
        fields.Nested(MatchSchema),
        dump_only=True,
        metadata={
            "description": "Only on the items of a searched page (`q`): every hit of the "
            "search in the record's searched texts, so that a frontend can highlight them "
            "without trusting any HTML. `text[start:end]` is the hit, counted in code points "
            "XX(JavaScript strings count UTF-16 units: convert with `Array.from(text)`).XX"
        },
    )


def x_matches_field__mutmut_20() -> fields.List[Any]:
    """Return the ``matches`` field of the items of a searched page."""
    return fields.List(
        fields.Nested(MatchSchema),
        dump_only=True,
        metadata={
            "description": "Only on the items of a searched page (`q`): every hit of the "
            "search in the record's searched texts, so that a frontend can highlight them "
            "without trusting any HTML. `text[start:end]` is the hit, counted in code points "
            "(javascript strings count utf-16 units: convert with `array.from(text)`)."
        },
    )


def x_matches_field__mutmut_21() -> fields.List[Any]:
    """Return the ``matches`` field of the items of a searched page."""
    return fields.List(
        fields.Nested(MatchSchema),
        dump_only=True,
        metadata={
            "description": "Only on the items of a searched page (`q`): every hit of the "
            "search in the record's searched texts, so that a frontend can highlight them "
            "without trusting any HTML. `text[start:end]` is the hit, counted in code points "
            "(JAVASCRIPT STRINGS COUNT UTF-16 UNITS: CONVERT WITH `ARRAY.FROM(TEXT)`)."
        },
    )

mutants_x_matches_field__mutmut['_mutmut_orig'] = x_matches_field__mutmut_orig # type: ignore # mutmut generated
mutants_x_matches_field__mutmut['x_matches_field__mutmut_1'] = x_matches_field__mutmut_1 # type: ignore # mutmut generated
mutants_x_matches_field__mutmut['x_matches_field__mutmut_2'] = x_matches_field__mutmut_2 # type: ignore # mutmut generated
mutants_x_matches_field__mutmut['x_matches_field__mutmut_3'] = x_matches_field__mutmut_3 # type: ignore # mutmut generated
mutants_x_matches_field__mutmut['x_matches_field__mutmut_4'] = x_matches_field__mutmut_4 # type: ignore # mutmut generated
mutants_x_matches_field__mutmut['x_matches_field__mutmut_5'] = x_matches_field__mutmut_5 # type: ignore # mutmut generated
mutants_x_matches_field__mutmut['x_matches_field__mutmut_6'] = x_matches_field__mutmut_6 # type: ignore # mutmut generated
mutants_x_matches_field__mutmut['x_matches_field__mutmut_7'] = x_matches_field__mutmut_7 # type: ignore # mutmut generated
mutants_x_matches_field__mutmut['x_matches_field__mutmut_8'] = x_matches_field__mutmut_8 # type: ignore # mutmut generated
mutants_x_matches_field__mutmut['x_matches_field__mutmut_9'] = x_matches_field__mutmut_9 # type: ignore # mutmut generated
mutants_x_matches_field__mutmut['x_matches_field__mutmut_10'] = x_matches_field__mutmut_10 # type: ignore # mutmut generated
mutants_x_matches_field__mutmut['x_matches_field__mutmut_11'] = x_matches_field__mutmut_11 # type: ignore # mutmut generated
mutants_x_matches_field__mutmut['x_matches_field__mutmut_12'] = x_matches_field__mutmut_12 # type: ignore # mutmut generated
mutants_x_matches_field__mutmut['x_matches_field__mutmut_13'] = x_matches_field__mutmut_13 # type: ignore # mutmut generated
mutants_x_matches_field__mutmut['x_matches_field__mutmut_14'] = x_matches_field__mutmut_14 # type: ignore # mutmut generated
mutants_x_matches_field__mutmut['x_matches_field__mutmut_15'] = x_matches_field__mutmut_15 # type: ignore # mutmut generated
mutants_x_matches_field__mutmut['x_matches_field__mutmut_16'] = x_matches_field__mutmut_16 # type: ignore # mutmut generated
mutants_x_matches_field__mutmut['x_matches_field__mutmut_17'] = x_matches_field__mutmut_17 # type: ignore # mutmut generated
mutants_x_matches_field__mutmut['x_matches_field__mutmut_18'] = x_matches_field__mutmut_18 # type: ignore # mutmut generated
mutants_x_matches_field__mutmut['x_matches_field__mutmut_19'] = x_matches_field__mutmut_19 # type: ignore # mutmut generated
mutants_x_matches_field__mutmut['x_matches_field__mutmut_20'] = x_matches_field__mutmut_20 # type: ignore # mutmut generated
mutants_x_matches_field__mutmut['x_matches_field__mutmut_21'] = x_matches_field__mutmut_21 # type: ignore # mutmut generated

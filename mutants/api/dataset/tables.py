"""The snapshot's record tables as queries see them: what each collection filters, sorts, searches.

This is the one place that maps a query parameter to SQL. Table and column names come
only from here, never from a request; every value a request gives is a bound parameter.
"""

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from schemas.query import (
    ACTOR_SORT_FIELDS,
    AID_FIGURE_SORT_FIELDS,
    ARTICLE_SORT_FIELDS,
    STATEMENT_SORT_FIELDS,
    TOTALS_GROUPS,
)


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁFilterǁcondition__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class Filter:
    """How one filter parameter selects records: by a column, or through a join table."""

    #: The column of the record table holding the value.
    column: str | None = None
    #: Or (join table, its record column, its value column) for list fields.
    join: tuple[str, str, str] | None = None

    @_mutmut_mutated(mutants_xǁFilterǁcondition__mutmut)
    def condition(self, values: int) -> str:
        """Return the SQL condition matching any of ``values`` bound values, on table ``t``."""
        marks = ", ".join("?" * values)
        if self.column is not None:
            return f"t.{self.column} IN ({marks})"
        assert self.join is not None, "a filter has a column or a join table"
        table, record, value = self.join
        return f"t.rowid IN (SELECT {record} FROM {table} WHERE {value} IN ({marks}))"

    def xǁFilterǁcondition__mutmut_orig(self, values: int) -> str:
        """Return the SQL condition matching any of ``values`` bound values, on table ``t``."""
        marks = ", ".join("?" * values)
        if self.column is not None:
            return f"t.{self.column} IN ({marks})"
        assert self.join is not None, "a filter has a column or a join table"
        table, record, value = self.join
        return f"t.rowid IN (SELECT {record} FROM {table} WHERE {value} IN ({marks}))"

    def xǁFilterǁcondition__mutmut_1(self, values: int) -> str:
        """Return the SQL condition matching any of ``values`` bound values, on table ``t``."""
        marks = None
        if self.column is not None:
            return f"t.{self.column} IN ({marks})"
        assert self.join is not None, "a filter has a column or a join table"
        table, record, value = self.join
        return f"t.rowid IN (SELECT {record} FROM {table} WHERE {value} IN ({marks}))"

    def xǁFilterǁcondition__mutmut_2(self, values: int) -> str:
        """Return the SQL condition matching any of ``values`` bound values, on table ``t``."""
        marks = ", ".join(None)
        if self.column is not None:
            return f"t.{self.column} IN ({marks})"
        assert self.join is not None, "a filter has a column or a join table"
        table, record, value = self.join
        return f"t.rowid IN (SELECT {record} FROM {table} WHERE {value} IN ({marks}))"

    def xǁFilterǁcondition__mutmut_3(self, values: int) -> str:
        """Return the SQL condition matching any of ``values`` bound values, on table ``t``."""
        marks = "XX, XX".join("?" * values)
        if self.column is not None:
            return f"t.{self.column} IN ({marks})"
        assert self.join is not None, "a filter has a column or a join table"
        table, record, value = self.join
        return f"t.rowid IN (SELECT {record} FROM {table} WHERE {value} IN ({marks}))"

    def xǁFilterǁcondition__mutmut_4(self, values: int) -> str:
        """Return the SQL condition matching any of ``values`` bound values, on table ``t``."""
        marks = ", ".join("?" / values)
        if self.column is not None:
            return f"t.{self.column} IN ({marks})"
        assert self.join is not None, "a filter has a column or a join table"
        table, record, value = self.join
        return f"t.rowid IN (SELECT {record} FROM {table} WHERE {value} IN ({marks}))"

    def xǁFilterǁcondition__mutmut_5(self, values: int) -> str:
        """Return the SQL condition matching any of ``values`` bound values, on table ``t``."""
        marks = ", ".join("XX?XX" * values)
        if self.column is not None:
            return f"t.{self.column} IN ({marks})"
        assert self.join is not None, "a filter has a column or a join table"
        table, record, value = self.join
        return f"t.rowid IN (SELECT {record} FROM {table} WHERE {value} IN ({marks}))"

    def xǁFilterǁcondition__mutmut_6(self, values: int) -> str:
        """Return the SQL condition matching any of ``values`` bound values, on table ``t``."""
        marks = ", ".join("?" * values)
        if self.column is None:
            return f"t.{self.column} IN ({marks})"
        assert self.join is not None, "a filter has a column or a join table"
        table, record, value = self.join
        return f"t.rowid IN (SELECT {record} FROM {table} WHERE {value} IN ({marks}))"

    def xǁFilterǁcondition__mutmut_7(self, values: int) -> str:
        """Return the SQL condition matching any of ``values`` bound values, on table ``t``."""
        marks = ", ".join("?" * values)
        if self.column is not None:
            return f"t.{self.column} IN ({marks})"
        assert self.join is None, "a filter has a column or a join table"
        table, record, value = self.join
        return f"t.rowid IN (SELECT {record} FROM {table} WHERE {value} IN ({marks}))"

    def xǁFilterǁcondition__mutmut_8(self, values: int) -> str:
        """Return the SQL condition matching any of ``values`` bound values, on table ``t``."""
        marks = ", ".join("?" * values)
        if self.column is not None:
            return f"t.{self.column} IN ({marks})"
        assert self.join is not None, "XXa filter has a column or a join tableXX"
        table, record, value = self.join
        return f"t.rowid IN (SELECT {record} FROM {table} WHERE {value} IN ({marks}))"

    def xǁFilterǁcondition__mutmut_9(self, values: int) -> str:
        """Return the SQL condition matching any of ``values`` bound values, on table ``t``."""
        marks = ", ".join("?" * values)
        if self.column is not None:
            return f"t.{self.column} IN ({marks})"
        assert self.join is not None, "A FILTER HAS A COLUMN OR A JOIN TABLE"
        table, record, value = self.join
        return f"t.rowid IN (SELECT {record} FROM {table} WHERE {value} IN ({marks}))"

    def xǁFilterǁcondition__mutmut_10(self, values: int) -> str:
        """Return the SQL condition matching any of ``values`` bound values, on table ``t``."""
        marks = ", ".join("?" * values)
        if self.column is not None:
            return f"t.{self.column} IN ({marks})"
        assert self.join is not None, "a filter has a column or a join table"
        table, record, value = None
        return f"t.rowid IN (SELECT {record} FROM {table} WHERE {value} IN ({marks}))"

mutants_xǁFilterǁcondition__mutmut['_mutmut_orig'] = Filter.xǁFilterǁcondition__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFilterǁcondition__mutmut['xǁFilterǁcondition__mutmut_1'] = Filter.xǁFilterǁcondition__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFilterǁcondition__mutmut['xǁFilterǁcondition__mutmut_2'] = Filter.xǁFilterǁcondition__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFilterǁcondition__mutmut['xǁFilterǁcondition__mutmut_3'] = Filter.xǁFilterǁcondition__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFilterǁcondition__mutmut['xǁFilterǁcondition__mutmut_4'] = Filter.xǁFilterǁcondition__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFilterǁcondition__mutmut['xǁFilterǁcondition__mutmut_5'] = Filter.xǁFilterǁcondition__mutmut_5 # type: ignore # mutmut generated
mutants_xǁFilterǁcondition__mutmut['xǁFilterǁcondition__mutmut_6'] = Filter.xǁFilterǁcondition__mutmut_6 # type: ignore # mutmut generated
mutants_xǁFilterǁcondition__mutmut['xǁFilterǁcondition__mutmut_7'] = Filter.xǁFilterǁcondition__mutmut_7 # type: ignore # mutmut generated
mutants_xǁFilterǁcondition__mutmut['xǁFilterǁcondition__mutmut_8'] = Filter.xǁFilterǁcondition__mutmut_8 # type: ignore # mutmut generated
mutants_xǁFilterǁcondition__mutmut['xǁFilterǁcondition__mutmut_9'] = Filter.xǁFilterǁcondition__mutmut_9 # type: ignore # mutmut generated
mutants_xǁFilterǁcondition__mutmut['xǁFilterǁcondition__mutmut_10'] = Filter.xǁFilterǁcondition__mutmut_10 # type: ignore # mutmut generated


@dataclass(frozen=True)
class DateRange:
    """A date range over a partial date field: the two parameters, and the field's span."""

    start_parameter: str
    end_parameter: str
    #: Columns holding the first and last day each record's date may mean.
    start_column: str
    end_column: str
mutants_xǁTableǁsearched_texts__mutmut: MutantDict = {}  # type: ignore
mutants_xǁTableǁsort_column__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class Table:
    """A collection as stored in the snapshot."""

    name: str
    #: Sortable fields: the name a client gives in ``sort`` -> the record path ranked.
    sort_fields: Mapping[str, str]
    #: The record paths of the texts ``q`` searches.
    search_fields: tuple[str, ...]
    filters: Mapping[str, Filter] = field(default_factory=dict)
    date_range: DateRange | None = None
    #: What totals can be grouped by -> the column of the group's key.
    totals_columns: Mapping[str, str] = field(default_factory=dict)

    @property
    def json_table(self) -> str:
        """Return the name of the table of the collection's records as the API serves them."""
        return f"{self.name}_json"

    @property
    def search_table(self) -> str:
        """Return the name of the collection's FTS5 table."""
        return f"{self.name}_search"

    @_mutmut_mutated(mutants_xǁTableǁsearched_texts__mutmut)
    def searched_texts(self, record: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
        """Yield ``(field path, text)`` for every text of a record that ``q`` searches.

        A list's items are named by position (``aliases.0``); the record may be as loaded
        or as rendered, which name these fields alike.
        """
        for path in self.search_fields:
            value: Any = record
            for part in path.split("."):
                value = value[part]
            if isinstance(value, list):
                yield from ((f"{path}.{number}", item) for number, item in enumerate(value))
            elif value is not None:
                yield path, value

    def xǁTableǁsearched_texts__mutmut_orig(self, record: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
        """Yield ``(field path, text)`` for every text of a record that ``q`` searches.

        A list's items are named by position (``aliases.0``); the record may be as loaded
        or as rendered, which name these fields alike.
        """
        for path in self.search_fields:
            value: Any = record
            for part in path.split("."):
                value = value[part]
            if isinstance(value, list):
                yield from ((f"{path}.{number}", item) for number, item in enumerate(value))
            elif value is not None:
                yield path, value

    def xǁTableǁsearched_texts__mutmut_1(self, record: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
        """Yield ``(field path, text)`` for every text of a record that ``q`` searches.

        A list's items are named by position (``aliases.0``); the record may be as loaded
        or as rendered, which name these fields alike.
        """
        for path in self.search_fields:
            value: Any = None
            for part in path.split("."):
                value = value[part]
            if isinstance(value, list):
                yield from ((f"{path}.{number}", item) for number, item in enumerate(value))
            elif value is not None:
                yield path, value

    def xǁTableǁsearched_texts__mutmut_2(self, record: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
        """Yield ``(field path, text)`` for every text of a record that ``q`` searches.

        A list's items are named by position (``aliases.0``); the record may be as loaded
        or as rendered, which name these fields alike.
        """
        for path in self.search_fields:
            value: Any = record
            for part in path.split(None):
                value = value[part]
            if isinstance(value, list):
                yield from ((f"{path}.{number}", item) for number, item in enumerate(value))
            elif value is not None:
                yield path, value

    def xǁTableǁsearched_texts__mutmut_3(self, record: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
        """Yield ``(field path, text)`` for every text of a record that ``q`` searches.

        A list's items are named by position (``aliases.0``); the record may be as loaded
        or as rendered, which name these fields alike.
        """
        for path in self.search_fields:
            value: Any = record
            for part in path.split("XX.XX"):
                value = value[part]
            if isinstance(value, list):
                yield from ((f"{path}.{number}", item) for number, item in enumerate(value))
            elif value is not None:
                yield path, value

    def xǁTableǁsearched_texts__mutmut_4(self, record: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
        """Yield ``(field path, text)`` for every text of a record that ``q`` searches.

        A list's items are named by position (``aliases.0``); the record may be as loaded
        or as rendered, which name these fields alike.
        """
        for path in self.search_fields:
            value: Any = record
            for part in path.split("."):
                value = None
            if isinstance(value, list):
                yield from ((f"{path}.{number}", item) for number, item in enumerate(value))
            elif value is not None:
                yield path, value

    def xǁTableǁsearched_texts__mutmut_5(self, record: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
        """Yield ``(field path, text)`` for every text of a record that ``q`` searches.

        A list's items are named by position (``aliases.0``); the record may be as loaded
        or as rendered, which name these fields alike.
        """
        for path in self.search_fields:
            value: Any = record
            for part in path.split("."):
                value = value[part]
            if isinstance(value, list):
                yield from ((f"{path}.{number}", item) for number, item in enumerate(None))
            elif value is not None:
                yield path, value

    def xǁTableǁsearched_texts__mutmut_6(self, record: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
        """Yield ``(field path, text)`` for every text of a record that ``q`` searches.

        A list's items are named by position (``aliases.0``); the record may be as loaded
        or as rendered, which name these fields alike.
        """
        for path in self.search_fields:
            value: Any = record
            for part in path.split("."):
                value = value[part]
            if isinstance(value, list):
                yield from ((f"{path}.{number}", item) for number, item in enumerate(value))
            elif value is None:
                yield path, value

    @_mutmut_mutated(mutants_xǁTableǁsort_column__mutmut)
    def sort_column(self, name: str) -> str:
        """Return the column whose ascending order is sort ``name`` (``-`` for descending)."""
        bare = name.removeprefix("-")
        assert bare in self.sort_fields and bare != "id", f"no sort column for {name}"
        return f"sort_{bare}_desc" if name.startswith("-") else f"sort_{bare}"

    def xǁTableǁsort_column__mutmut_orig(self, name: str) -> str:
        """Return the column whose ascending order is sort ``name`` (``-`` for descending)."""
        bare = name.removeprefix("-")
        assert bare in self.sort_fields and bare != "id", f"no sort column for {name}"
        return f"sort_{bare}_desc" if name.startswith("-") else f"sort_{bare}"

    def xǁTableǁsort_column__mutmut_1(self, name: str) -> str:
        """Return the column whose ascending order is sort ``name`` (``-`` for descending)."""
        bare = None
        assert bare in self.sort_fields and bare != "id", f"no sort column for {name}"
        return f"sort_{bare}_desc" if name.startswith("-") else f"sort_{bare}"

    def xǁTableǁsort_column__mutmut_2(self, name: str) -> str:
        """Return the column whose ascending order is sort ``name`` (``-`` for descending)."""
        bare = name.removeprefix(None)
        assert bare in self.sort_fields and bare != "id", f"no sort column for {name}"
        return f"sort_{bare}_desc" if name.startswith("-") else f"sort_{bare}"

    def xǁTableǁsort_column__mutmut_3(self, name: str) -> str:
        """Return the column whose ascending order is sort ``name`` (``-`` for descending)."""
        bare = name.removesuffix("-")
        assert bare in self.sort_fields and bare != "id", f"no sort column for {name}"
        return f"sort_{bare}_desc" if name.startswith("-") else f"sort_{bare}"

    def xǁTableǁsort_column__mutmut_4(self, name: str) -> str:
        """Return the column whose ascending order is sort ``name`` (``-`` for descending)."""
        bare = name.removeprefix("XX-XX")
        assert bare in self.sort_fields and bare != "id", f"no sort column for {name}"
        return f"sort_{bare}_desc" if name.startswith("-") else f"sort_{bare}"

    def xǁTableǁsort_column__mutmut_5(self, name: str) -> str:
        """Return the column whose ascending order is sort ``name`` (``-`` for descending)."""
        bare = name.removeprefix("-")
        assert bare in self.sort_fields or bare != "id", f"no sort column for {name}"
        return f"sort_{bare}_desc" if name.startswith("-") else f"sort_{bare}"

    def xǁTableǁsort_column__mutmut_6(self, name: str) -> str:
        """Return the column whose ascending order is sort ``name`` (``-`` for descending)."""
        bare = name.removeprefix("-")
        assert bare not in self.sort_fields and bare != "id", f"no sort column for {name}"
        return f"sort_{bare}_desc" if name.startswith("-") else f"sort_{bare}"

    def xǁTableǁsort_column__mutmut_7(self, name: str) -> str:
        """Return the column whose ascending order is sort ``name`` (``-`` for descending)."""
        bare = name.removeprefix("-")
        assert bare in self.sort_fields and bare == "id", f"no sort column for {name}"
        return f"sort_{bare}_desc" if name.startswith("-") else f"sort_{bare}"

    def xǁTableǁsort_column__mutmut_8(self, name: str) -> str:
        """Return the column whose ascending order is sort ``name`` (``-`` for descending)."""
        bare = name.removeprefix("-")
        assert bare in self.sort_fields and bare != "XXidXX", f"no sort column for {name}"
        return f"sort_{bare}_desc" if name.startswith("-") else f"sort_{bare}"

    def xǁTableǁsort_column__mutmut_9(self, name: str) -> str:
        """Return the column whose ascending order is sort ``name`` (``-`` for descending)."""
        bare = name.removeprefix("-")
        assert bare in self.sort_fields and bare != "ID", f"no sort column for {name}"
        return f"sort_{bare}_desc" if name.startswith("-") else f"sort_{bare}"

    def xǁTableǁsort_column__mutmut_10(self, name: str) -> str:
        """Return the column whose ascending order is sort ``name`` (``-`` for descending)."""
        bare = name.removeprefix("-")
        assert bare in self.sort_fields and bare != "id", f"no sort column for {name}"
        return f"sort_{bare}_desc" if (name.startswith("-")) and False else f"sort_{bare}"

    def xǁTableǁsort_column__mutmut_11(self, name: str) -> str:
        """Return the column whose ascending order is sort ``name`` (``-`` for descending)."""
        bare = name.removeprefix("-")
        assert bare in self.sort_fields and bare != "id", f"no sort column for {name}"
        return f"sort_{bare}_desc" if (name.startswith("-")) or True else f"sort_{bare}"

    def xǁTableǁsort_column__mutmut_12(self, name: str) -> str:
        """Return the column whose ascending order is sort ``name`` (``-`` for descending)."""
        bare = name.removeprefix("-")
        assert bare in self.sort_fields and bare != "id", f"no sort column for {name}"
        return f"sort_{bare}_desc" if name.startswith(None) else f"sort_{bare}"

    def xǁTableǁsort_column__mutmut_13(self, name: str) -> str:
        """Return the column whose ascending order is sort ``name`` (``-`` for descending)."""
        bare = name.removeprefix("-")
        assert bare in self.sort_fields and bare != "id", f"no sort column for {name}"
        return f"sort_{bare}_desc" if name.startswith("XX-XX") else f"sort_{bare}"

mutants_xǁTableǁsearched_texts__mutmut['_mutmut_orig'] = Table.xǁTableǁsearched_texts__mutmut_orig # type: ignore # mutmut generated
mutants_xǁTableǁsearched_texts__mutmut['xǁTableǁsearched_texts__mutmut_1'] = Table.xǁTableǁsearched_texts__mutmut_1 # type: ignore # mutmut generated
mutants_xǁTableǁsearched_texts__mutmut['xǁTableǁsearched_texts__mutmut_2'] = Table.xǁTableǁsearched_texts__mutmut_2 # type: ignore # mutmut generated
mutants_xǁTableǁsearched_texts__mutmut['xǁTableǁsearched_texts__mutmut_3'] = Table.xǁTableǁsearched_texts__mutmut_3 # type: ignore # mutmut generated
mutants_xǁTableǁsearched_texts__mutmut['xǁTableǁsearched_texts__mutmut_4'] = Table.xǁTableǁsearched_texts__mutmut_4 # type: ignore # mutmut generated
mutants_xǁTableǁsearched_texts__mutmut['xǁTableǁsearched_texts__mutmut_5'] = Table.xǁTableǁsearched_texts__mutmut_5 # type: ignore # mutmut generated
mutants_xǁTableǁsearched_texts__mutmut['xǁTableǁsearched_texts__mutmut_6'] = Table.xǁTableǁsearched_texts__mutmut_6 # type: ignore # mutmut generated

mutants_xǁTableǁsort_column__mutmut['_mutmut_orig'] = Table.xǁTableǁsort_column__mutmut_orig # type: ignore # mutmut generated
mutants_xǁTableǁsort_column__mutmut['xǁTableǁsort_column__mutmut_1'] = Table.xǁTableǁsort_column__mutmut_1 # type: ignore # mutmut generated
mutants_xǁTableǁsort_column__mutmut['xǁTableǁsort_column__mutmut_2'] = Table.xǁTableǁsort_column__mutmut_2 # type: ignore # mutmut generated
mutants_xǁTableǁsort_column__mutmut['xǁTableǁsort_column__mutmut_3'] = Table.xǁTableǁsort_column__mutmut_3 # type: ignore # mutmut generated
mutants_xǁTableǁsort_column__mutmut['xǁTableǁsort_column__mutmut_4'] = Table.xǁTableǁsort_column__mutmut_4 # type: ignore # mutmut generated
mutants_xǁTableǁsort_column__mutmut['xǁTableǁsort_column__mutmut_5'] = Table.xǁTableǁsort_column__mutmut_5 # type: ignore # mutmut generated
mutants_xǁTableǁsort_column__mutmut['xǁTableǁsort_column__mutmut_6'] = Table.xǁTableǁsort_column__mutmut_6 # type: ignore # mutmut generated
mutants_xǁTableǁsort_column__mutmut['xǁTableǁsort_column__mutmut_7'] = Table.xǁTableǁsort_column__mutmut_7 # type: ignore # mutmut generated
mutants_xǁTableǁsort_column__mutmut['xǁTableǁsort_column__mutmut_8'] = Table.xǁTableǁsort_column__mutmut_8 # type: ignore # mutmut generated
mutants_xǁTableǁsort_column__mutmut['xǁTableǁsort_column__mutmut_9'] = Table.xǁTableǁsort_column__mutmut_9 # type: ignore # mutmut generated
mutants_xǁTableǁsort_column__mutmut['xǁTableǁsort_column__mutmut_10'] = Table.xǁTableǁsort_column__mutmut_10 # type: ignore # mutmut generated
mutants_xǁTableǁsort_column__mutmut['xǁTableǁsort_column__mutmut_11'] = Table.xǁTableǁsort_column__mutmut_11 # type: ignore # mutmut generated
mutants_xǁTableǁsort_column__mutmut['xǁTableǁsort_column__mutmut_12'] = Table.xǁTableǁsort_column__mutmut_12 # type: ignore # mutmut generated
mutants_xǁTableǁsort_column__mutmut['xǁTableǁsort_column__mutmut_13'] = Table.xǁTableǁsort_column__mutmut_13 # type: ignore # mutmut generated
mutants_x__by_column__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__by_column__mutmut)
def _by_column(*names: str) -> dict[str, Filter]:
    return {name: Filter(column=name) for name in names}


def x__by_column__mutmut_orig(*names: str) -> dict[str, Filter]:
    return {name: Filter(column=name) for name in names}


def x__by_column__mutmut_1(*names: str) -> dict[str, Filter]:
    return {name: Filter(column=None) for name in names}

mutants_x__by_column__mutmut['_mutmut_orig'] = x__by_column__mutmut_orig # type: ignore # mutmut generated
mutants_x__by_column__mutmut['x__by_column__mutmut_1'] = x__by_column__mutmut_1 # type: ignore # mutmut generated


ARTICLES = Table(
    name="articles",
    sort_fields=ARTICLE_SORT_FIELDS,
    search_fields=("headline", "summary"),
)
ACTORS = Table(
    name="actors",
    sort_fields=ACTOR_SORT_FIELDS,
    search_fields=("name", "aliases"),
    filters=_by_column("kind", "country"),
)
STATEMENTS = Table(
    name="statements",
    sort_fields=STATEMENT_SORT_FIELDS,
    search_fields=("text", "attribution"),
    filters={
        **_by_column("speaker", "speech_type", "reported_by"),
        "article": Filter(column="evidence_article"),
        "mentions": Filter(join=("statement_mentions", "statement", "actor")),
        "addressee": Filter(join=("statement_addressees", "statement", "actor")),
        "topic": Filter(join=("statement_topics", "statement", "topic")),
    },
    date_range=DateRange("said_from", "said_to", "said_on_start", "said_on_end"),
)
AID_FIGURES = Table(
    name="aid_figures",
    sort_fields=AID_FIGURE_SORT_FIELDS,
    search_fields=("purpose", "evidence.exact"),
    filters={
        **_by_column("donor", "recipient", "aid_type", "measure"),
        "currency": Filter(column="amount_currency"),
        "article": Filter(column="evidence_article"),
    },
    totals_columns={group: group for group in TOTALS_GROUPS},
)
TOPICS = Table(name="topics", sort_fields={"id": "id"}, search_fields=())

#: The record collections, in file order.
RECORD_TABLES: dict[str, Table] = {
    "articles": ARTICLES,
    "actors": ACTORS,
    "statements": STATEMENTS,
    "aid_figures": AID_FIGURES,
}

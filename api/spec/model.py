"""The language the collections are declared in: fields, filters, sorts, searches, exports.

A :class:`Collection` says once what its records hold and what a query may ask of them.
Everything that used to repeat it is made from it: the query arguments (``schemas.query``),
the snapshot's tables and indexes and the build's columns (``api.dataset``), the CSV
columns and their neutralization (``api.catalog.exports``), the links between records, and
the explorer's filter list. Pure Python: no Flask, marshmallow or webargs here.
"""

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

#: The parameters of every page: how many items, from where, in which format (v1's way to
#: ask for an export, which a page answers with a redirect to the export's own operation).
PAGE_PARAMETERS = ("limit", "offset", "format")
#: The parameters of every export: how many records, from where.
EXPORT_PARAMETERS = ("limit", "offset")
#: What a collection is exported as, each an operation of its own (``<path>.<format>``).
EXPORT_FORMATS = ("csv", "ndjson")
#: The search, the sort and the facets, where a collection has them.
SEARCH = "q"
SORT = "sort"
FACET_PARAMETERS = ("facets", "facet_size")


class Kind(enum.Enum):
    """What a value is: how SQL stores it and whether a CSV cell of it is free text."""

    #: A record's id, its own or one it refers to (a slug).
    ID = "id"
    #: A term of a vocabulary, or a code a pattern checks (ISO 4217, a QID, a hash).
    CODE = "code"
    #: An ISO 8601 date, maybe partial.
    DATE = "date"
    NUMBER = "number"
    FLAG = "flag"
    #: Words written by people: the only values a CSV cell must neutralize.
    TEXT = "text"

    @property
    def sql_type(self) -> str:
        """Return the SQL type of a column of this kind."""
        return "INTEGER" if self in (Kind.NUMBER, Kind.FLAG) else "TEXT"


@dataclass(frozen=True)
class Pattern:
    """A value a regular expression checks, with what a query says of it."""

    regex: str
    #: What a query is told of a value that does not match.
    error: str
    #: What one value is, as a query's documentation says.
    description: str


#: Reads a CSV cell's value from a record as the API renders it.
CellReader = Callable[[Mapping[str, Any]], Any]


@dataclass(frozen=True)
class CsvColumn:
    """A column of a CSV export: its header, where its value is, and what the value is.

    ``read`` is a dotted path in the rendered record (references are embedded objects
    there: ``speaker.id``); a ``*`` part takes every element of a list, and the cell
    joins them. A function reads what no path can.
    """

    name: str
    read: str | CellReader
    kind: Kind
    #: What a cell a function reads holds, in words (a path's cells are described by it).
    about: str = ""


@dataclass(frozen=True)
class Field:
    """A value of a record: where it is, what it holds, how it is stored and exported."""

    #: Where the value is in a record as loaded (``amount.value``).
    path: str
    kind: Kind = Kind.TEXT
    nullable: bool = False
    #: A closed vocabulary the value is a term of.
    terms: tuple[str, ...] = ()
    pattern: Pattern | None = None
    #: The collection whose record the value names (its kind is then ID).
    ref: str | None = None
    #: A list: its values, or its objects' ``items``, are rows of a table of their own.
    many: bool = False
    #: The fields of each object of a list of objects.
    items: tuple["Field", ...] = ()
    #: The column of a list's table holding each value of a list of values.
    column: str | None = None
    #: Whether each value of a list counts once, with no position (a set).
    distinct: bool = False
    #: Whether a record's ``links`` lead to the record this reference names.
    link: bool = False
    #: An external page of the value (``{}`` is the value), linked under the field's name.
    url: str | None = None
    #: The CSV columns of the field; by default one, named like the field's SQL column.
    csv: tuple[CsvColumn, ...] | None = None

    def __post_init__(self) -> None:
        if self.many and not self.items and self.column is None:
            raise ValueError(f"list {self.path} names the column of its values")

    @property
    def name(self) -> str:
        """Return the field's own name (the last part of its path)."""
        return self.path.rsplit(".", 1)[-1]

    @property
    def sql_column(self) -> str:
        """Return the name of the column holding a scalar field: its path, with underscores."""
        return self.path.replace(".", "_")

    @property
    def value_kind(self) -> Kind:
        """Return the kind of the value, or of each value of a list."""
        return Kind.ID if self.ref is not None else self.kind

    @property
    def csv_columns(self) -> tuple[CsvColumn, ...]:
        """Return the field's CSV columns."""
        if self.csv is not None:
            return self.csv
        read = f"{self.path}.id" if self.ref is not None else self.path
        return (CsvColumn(self.sql_column, read, self.value_kind),)


def reference(path: str, collection: str, **options: Any) -> Field:
    """Return a field naming a record of ``collection``."""
    return Field(path, Kind.ID, ref=collection, **options)


def vocabulary(path: str, terms: tuple[str, ...], **options: Any) -> Field:
    """Return a field holding a term of ``terms``."""
    return Field(path, Kind.CODE, terms=terms, **options)


@dataclass(frozen=True)
class Filter:
    """A query parameter selecting the records whose field holds any of its values."""

    name: str
    #: The field it matches.
    path: str
    description: str
    #: Whether ``facets`` counts the records of each of its values.
    facet: bool = False
    #: The collection whose records the filter's values name, and the name of the link,
    #: on each of them, to the records of this collection the filter selects with its id:
    #: ``("actors", "statements")`` gives an actor ``statements``, ``?speaker=<id>``.
    backlink: tuple[str, str] | None = None
    #: Whether the explorer offers it.
    browse: bool = False


@dataclass(frozen=True)
class DateRange:
    """Two parameters selecting the records whose (partial) date overlaps a range."""

    path: str
    start: str
    start_description: str
    end: str
    end_description: str


@dataclass(frozen=True)
class Network:
    """How statements link actors: a speaker to the actors of each relation's list, and
    the speaker of a reporting record to that of the record it reports."""

    #: The field naming the actor each link goes from.
    source: str
    #: relation -> the list field of the actors the source is linked to.
    relations: Mapping[str, str]
    #: The relation of a reported statement, and the field naming its reporting record.
    reported: tuple[str, str]
    #: What a node shows of its actor besides the compact form.
    node_fields: tuple[str, ...] = ()
    #: The query of the contract's example.
    example: Mapping[str, str] = field(default_factory=dict)

    @property
    def names(self) -> tuple[str, ...]:
        """Return the names of the relations, as edges give them."""
        return (*self.relations, self.reported[0])


@dataclass(frozen=True)
class Totals:
    """Sums of an amount, per currency, over groups of records sharing a field's value."""

    #: The amount: an object of its ``parts``.
    amount: str
    #: A list of the same amount in other currencies (objects of the same parts), summed
    #: beside it.
    conversions: str
    #: The parts of an amount: its value, its currency and its hedge.
    parts: tuple[str, str, str]
    #: The fields a total may be grouped by, the default first.
    groups: tuple[str, ...]
    #: The query of the contract's example.
    example: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Example:
    """What the contract shows of a collection: one record, and a page's query."""

    record: str
    query: Mapping[str, str]


class UnknownName(KeyError):
    """A name a collection does not declare (a sort, a filter, a field)."""


@dataclass(frozen=True)
class Collection:
    """A collection of records: what they hold and what a query may ask of them."""

    #: Its name: the data file, the snapshot's tables and the counts are named after it.
    name: str
    #: One of its records: the record column of its lists' tables, and the noun of errors.
    singular: str
    #: Where the API publishes it.
    path: str
    fields: tuple[Field, ...]
    example: Example
    filters: tuple[Filter, ...] = ()
    #: Sortable fields besides ``id``: the name a client gives -> the path ranked.
    sorts: Mapping[str, str] = field(default_factory=dict)
    #: The paths of the texts ``q`` searches, in the order matches are listed.
    search: tuple[str, ...] = ()
    #: How the documentation of ``q`` names them.
    search_description: str = ""
    date_range: DateRange | None = None
    totals: Totals | None = None
    #: The fields of the compact form a reference to one of its records embeds.
    compact: tuple[str, ...] = ("id",)
    #: Indexes of several columns, besides those of each filter and sort.
    compound_indexes: tuple[tuple[str, ...], ...] = ()
    network: Network | None = None
    #: Whether its records come from a data file (else from the vocabulary: topics).
    from_data: bool = True
    #: For a vocabulary: the (collection, filter) whose records its terms count.
    counted_by: tuple[str, str] = ("", "")

    @property
    def noun(self) -> str:
        """Return how messages name one record (``aid figure``)."""
        return self.singular.replace("_", " ")

    @property
    def slug(self) -> str:
        """Return the last part of its path (``aid-figures``): the name of its exports."""
        return self.path.rsplit("/", 1)[-1]

    @cached_property
    def _fields(self) -> dict[str, Field]:
        return {field.path: field for field in self.fields}

    def field(self, path: str) -> Field:
        """Return the field at ``path``."""
        try:
            return self._fields[path]
        except KeyError:
            raise UnknownName(f"{self.name} has no field {path!r}") from None

    @property
    def columns(self) -> tuple[Field, ...]:
        """Return the scalar fields: the columns of the collection's table."""
        return tuple(field for field in self.fields if not field.many)

    @property
    def lists(self) -> tuple[Field, ...]:
        """Return the list fields: each has a table of its own."""
        return tuple(field for field in self.fields if field.many)

    def list_table(self, field: Field) -> str:
        """Return the name of the table of a list field's values."""
        return f"{self.singular}_{field.path}"

    @cached_property
    def _filters(self) -> dict[str, Filter]:
        return {filter_.name: filter_ for filter_ in self.filters}

    def filter(self, name: str) -> Filter:
        """Return the filter ``name``; raise UnknownName if there is none."""
        try:
            return self._filters[name]
        except KeyError:
            raise UnknownName(f"{self.name} has no filter {name!r}") from None

    def filter_field(self, name: str) -> Field:
        """Return the field filter ``name`` matches."""
        return self.field(self.filter(name).path)

    @property
    def facets(self) -> tuple[str, ...]:
        """Return the names of the filters ``facets`` may count."""
        return tuple(filter_.name for filter_ in self.filters if filter_.facet)

    @property
    def references(self) -> dict[str, str]:
        """Return the filters whose values are record ids -> the collection of those records."""
        return {
            filter_.name: ref
            for filter_ in self.filters
            if (ref := self.field(filter_.path).ref) is not None
        }

    @cached_property
    def _sort_columns(self) -> dict[str, str]:
        columns = {}
        for name in self.sorts:
            columns[name] = f"sort_{name}"
            columns[f"-{name}"] = f"sort_{name}_desc"
        return columns

    def sort_column(self, sort: str) -> str:
        """Return the column whose ascending order is ``sort`` (``-`` prefixed: descending).

        Raises UnknownName for anything but a declared sort: a column name never comes
        from a request.
        """
        try:
            return self._sort_columns[sort]
        except KeyError:
            raise UnknownName(f"{self.name} has no sort {sort!r}") from None

    @property
    def sort_columns(self) -> tuple[str, ...]:
        """Return every sort column, in table order: each sort ascending, then descending."""
        return tuple(self._sort_columns.values())

    def date_columns(self) -> tuple[str, str]:
        """Return the columns of the first and last day of the date-range field's value."""
        if self.date_range is None:
            raise UnknownName(f"{self.name} has no date range")
        column = self.field(self.date_range.path).sql_column
        return f"{column}_start", f"{column}_end"

    @property
    def selection(self) -> tuple[str, ...]:
        """Return the parameters selecting records, in order: the filters, a date range's
        two before the filter of its field (or after the filters), then ``q``."""
        names: list[str] = []
        date_range = self.date_range
        for filter_ in self.filters:
            if date_range is not None and filter_.path == date_range.path:
                names += [date_range.start, date_range.end]
            names.append(filter_.name)
        if date_range is not None and date_range.start not in names:
            names += [date_range.start, date_range.end]
        if self.search:
            names.append(SEARCH)
        return tuple(names)

    @property
    def page_parameters(self) -> tuple[str, ...]:
        """Return every parameter of the collection's list operation, in links' order."""
        sort = (SORT,) if self.search else ()
        facets = FACET_PARAMETERS if self.facets else ()
        return (*PAGE_PARAMETERS, *self.selection, *sort, *facets)

    @property
    def export_parameters(self) -> tuple[str, ...]:
        """Return every parameter of the collection's exports, in links' order."""
        sort = (SORT,) if self.search else ()
        return (*EXPORT_PARAMETERS, *self.selection, *sort)

    @property
    def csv_columns(self) -> tuple[CsvColumn, ...]:
        """Return the columns of the collection's CSV export, in order."""
        return tuple(column for field in self.fields for column in field.csv_columns)

"""The snapshot's record tables as queries see them: what each collection filters, sorts, searches.

This is the one place that maps a query parameter to SQL. Table and column names come
only from here, never from a request; every value a request gives is a bound parameter.
"""

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from schemas.query import (
    ACTOR_FACETS,
    ACTOR_SORT_FIELDS,
    AID_FIGURE_FACETS,
    AID_FIGURE_SORT_FIELDS,
    ARTICLE_SORT_FIELDS,
    STATEMENT_FACETS,
    STATEMENT_SORT_FIELDS,
    TOTALS_GROUPS,
)

#: What joins a record's searched texts in its one search row: no text holds it, so no hit
#: spans two texts unless the search holds it too.
SEARCH_SEPARATOR = "\x1f"


@dataclass(frozen=True)
class Filter:
    """How one filter parameter selects records: by a column, or through a join table."""

    #: The column of the record table holding the value.
    column: str | None = None
    #: Or (join table, its record column, its value column) for list fields.
    join: tuple[str, str, str] | None = None

    def condition(self, values: int, *, probe: bool = False) -> str:
        """Return the SQL condition matching any of ``values`` bound values, on table ``t``.

        A list filter lists the records of its values, or with ``probe`` tests each
        record against the join table's key.
        """
        marks = ", ".join("?" * values)
        if self.column is not None:
            return f"t.{self.column} IN ({marks})"
        assert self.join is not None, "a filter has a column or a join table"
        table, record, value = self.join
        if probe:
            return (
                f"EXISTS (SELECT 1 FROM {table} WHERE {record} = t.rowid AND {value} IN ({marks}))"
            )
        return f"t.rowid IN (SELECT {record} FROM {table} WHERE {value} IN ({marks}))"


@dataclass(frozen=True)
class DateRange:
    """A date range over a partial date field: the two parameters, and the field's span."""

    start_parameter: str
    end_parameter: str
    #: Columns holding the first and last day each record's date may mean.
    start_column: str
    end_column: str


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
    #: The filters ``facets`` counts the values of.
    facets: tuple[str, ...] = ()
    #: Filters whose values are ids of records -> the collection of those records.
    references: Mapping[str, str] = field(default_factory=dict)

    @property
    def json_table(self) -> str:
        """Return the name of the table of the collection's records as the API serves them."""
        return f"{self.name}_json"

    @property
    def search_table(self) -> str:
        """Return the name of the collection's FTS5 table."""
        return f"{self.name}_search"

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

    def sort_column(self, name: str) -> str:
        """Return the column whose ascending order is sort ``name`` (``-`` for descending)."""
        bare = name.removeprefix("-")
        assert bare in self.sort_fields and bare != "id", f"no sort column for {name}"
        return f"sort_{bare}_desc" if name.startswith("-") else f"sort_{bare}"


def _by_column(*names: str) -> dict[str, Filter]:
    return {name: Filter(column=name) for name in names}


ARTICLES = Table(
    name="articles",
    sort_fields=ARTICLE_SORT_FIELDS,
    search_fields=("headline", "summary"),
)
ACTORS = Table(
    name="actors",
    sort_fields=ACTOR_SORT_FIELDS,
    search_fields=("name", "aliases"),
    filters=_by_column("kind", "country", "wikidata"),
    facets=ACTOR_FACETS,
)
STATEMENTS = Table(
    name="statements",
    sort_fields=STATEMENT_SORT_FIELDS,
    search_fields=("text", "attribution"),
    filters={
        **_by_column("speaker", "speech_type", "reported_by", "said_on"),
        "article": Filter(column="evidence_article"),
        "section": Filter(column="evidence_section"),
        "mentions": Filter(join=("statement_mentions", "statement", "actor")),
        "addressee": Filter(join=("statement_addressees", "statement", "actor")),
        "topic": Filter(join=("statement_topics", "statement", "topic")),
    },
    date_range=DateRange("said_from", "said_to", "said_on_start", "said_on_end"),
    facets=STATEMENT_FACETS,
    references={
        "speaker": "actors",
        "mentions": "actors",
        "addressee": "actors",
        "reported_by": "statements",
        "article": "articles",
    },
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
    facets=AID_FIGURE_FACETS,
    references={"donor": "actors", "recipient": "actors", "article": "articles"},
)
TOPICS = Table(name="topics", sort_fields={"id": "id"}, search_fields=())

#: The record collections, in file order.
RECORD_TABLES: dict[str, Table] = {
    "articles": ARTICLES,
    "actors": ACTORS,
    "statements": STATEMENTS,
    "aid_figures": AID_FIGURES,
}

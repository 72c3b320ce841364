"""Filter, search, sort and page a collection over the store's indexes. No Flask here.

Everything a query needs that does not depend on the query (search texts, sort
ranks, date spans) is computed once, the first time a query needs it.
"""

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

Record = dict[str, Any]
#: A filter value -> ids of the matching records, in id order.
Index = Mapping[str, tuple[str, ...]]
#: A sort key: for each sort field, (is null, rank or minus rank); then the id's rank.
SortKey = tuple[Any, ...]

DEFAULT_SORT = ("id",)
#: How many sorted id lists (one index value, or the whole collection, in one order)
#: each collection keeps: a query of one filter value then costs a slice, not a sort.
ORDERS_KEPT = 64
_SPAN_START = {4: "-01-01", 7: "-01", 10: ""}
_SPAN_END = {4: "-12-31", 7: "-31", 10: ""}


def date_span(date: str) -> tuple[str, str]:
    """Return the first and last day a partial ISO date (``YYYY``, ``YYYY-MM``) may mean."""
    # Days are compared as text, so a month's last day may be written 31 whatever the month.
    return date + _SPAN_START[len(date)], date + _SPAN_END[len(date)]


@dataclass(frozen=True)
class Query:
    """What a client asks of a collection, parsed and validated."""

    #: filter name -> accepted values (any may match); different filters all must match.
    filters: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: A substring to find, any case.
    search: str | None = None
    #: A date range over the collection's date field, each end optional.
    date_from: str | None = None
    date_to: str | None = None
    #: Sort fields, ``-`` prefixed for descending; ``id`` breaks the remaining ties.
    sort: tuple[str, ...] = DEFAULT_SORT
    offset: int = 0
    limit: int | None = None


@dataclass(frozen=True)
class Page:
    """The ids of one page of matches, and how many matched in all."""

    ids: tuple[str, ...]
    total: int


def _get(record: Record, path: str) -> Any:
    value: Any = record
    for part in path.split("."):
        value = value[part]
    return value


def _searchable(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, list):
        return tuple(str(item).casefold() for item in value)
    return (str(value).casefold(),)


def _orderable(value: Any) -> Any:
    # Text sorts without regard to case, then by case for a stable order.
    return (value.casefold(), value) if isinstance(value, str) else value


class Collection:
    """A collection's records as a query sees them: ids, indexes, search texts, sort ranks."""

    def __init__(
        self,
        records: Mapping[str, Record],
        *,
        indexes: Mapping[str, Index] | None = None,
        search_fields: Iterable[str] = (),
        sort_fields: Mapping[str, str] | None = None,
        date_field: str | None = None,
    ) -> None:
        self.ids = tuple(sorted(records))
        self.indexes = dict(indexes or {})
        self._records = records
        self._search_paths = tuple(search_fields)
        self._sort_paths = {
            name: path for name, path in (sort_fields or {}).items() if name != "id"
        }
        self._date_field = date_field
        self._ordered = lru_cache(maxsize=ORDERS_KEPT)(self._order)

    # Search texts, sort ranks and date spans are built on the first query that needs
    # them, not at start: a large corpus starts faster, and a worker that is never
    # asked to sort by a field never holds its ranks. Two threads may build one at
    # once; both results are equal.

    @cached_property
    def _id_rank(self) -> dict[str, int]:
        return {record_id: rank for rank, record_id in enumerate(self.ids)}

    @cached_property
    def _texts(self) -> dict[str, tuple[str, ...]]:
        # Each text apart (a name, each alias), so that no match spans two of them.
        return {
            record_id: tuple(
                text for path in self._search_paths for text in _searchable(_get(record, path))
            )
            for record_id, record in self._records.items()
        }

    @cached_property
    def _ranks(self) -> dict[str, dict[str, int]]:
        return {name: self._rank(self._records, path) for name, path in self._sort_paths.items()}

    @cached_property
    def _spans(self) -> dict[str, tuple[str, str]]:
        date_field = self._date_field
        return {
            record_id: date_span(value)
            for record_id, record in self._records.items()
            if date_field is not None and (value := record[date_field]) is not None
        }

    @staticmethod
    def _rank(records: Mapping[str, Record], path: str) -> dict[str, int]:
        """Rank each record by its value at ``path``; records with a null value have none."""
        values = {record_id: _get(record, path) for record_id, record in records.items()}
        distinct = sorted({_orderable(v) for v in values.values() if v is not None})
        rank = {value: position for position, value in enumerate(distinct)}
        return {
            record_id: rank[_orderable(value)]
            for record_id, value in values.items()
            if value is not None
        }

    def select(self, query: Query) -> Page:
        """Return the page of ids matching ``query``, in the order it asks for."""
        end = None if query.limit is None else query.offset + query.limit
        filters = [(name, value) for name, values in query.filters.items() for value in values]
        plain = query.search is None and query.date_from is None and query.date_to is None
        if plain and len(filters) <= 1:
            ordered = self._ordered(filters[0] if filters else None, query.sort)
            return Page(ids=ordered[query.offset : end], total=len(ordered))
        ids = self._filtered(query.filters)
        if query.search is not None:
            needle = query.search.casefold()
            ids = [
                record_id
                for record_id in ids
                if any(needle in text for text in self._texts[record_id])
            ]
        if query.date_from is not None or query.date_to is not None:
            ids = self._in_range(ids, query.date_from, query.date_to)
        ids = self._sorted(ids, query.sort)
        return Page(ids=tuple(ids[query.offset : end]), total=len(ids))

    def _order(self, selected: tuple[str, str] | None, sort: tuple[str, ...]) -> tuple[str, ...]:
        """Return the ids one index value (or none: the whole collection) holds, sorted."""
        ids = self.ids if selected is None else self.indexes[selected[0]].get(selected[1], ())
        return tuple(self._sorted(ids, sort))

    def _filtered(self, filters: Mapping[str, tuple[str, ...]]) -> list[str] | tuple[str, ...]:
        matches: set[str] | None = None
        for name, values in filters.items():
            index = self.indexes[name]
            found = {record_id for value in values for record_id in index.get(value, ())}
            matches = found if matches is None else matches & found
        if matches is None:
            return self.ids
        return sorted(matches, key=self._id_rank.__getitem__)

    def _in_range(
        self, ids: Iterable[str], date_from: str | None, date_to: str | None
    ) -> list[str]:
        start = date_span(date_from)[0] if date_from is not None else None
        end = date_span(date_to)[1] if date_to is not None else None
        return [
            record_id
            for record_id in ids
            if (span := self._spans.get(record_id)) is not None
            and (start is None or span[1] >= start)
            and (end is None or span[0] <= end)
        ]

    def _sorted(self, ids: list[str] | tuple[str, ...], sort: tuple[str, ...]) -> list[str]:
        # Ids come in id order, which is already the answer to the default sort.
        if sort[0] == "id":
            return list(ids)
        if sort[0] == "-id":
            return list(reversed(ids))
        return sorted(ids, key=self._sort_key(sort))

    def _sort_key(self, sort: tuple[str, ...]) -> Callable[[str], SortKey]:
        fields: list[tuple[dict[str, int], int]] = []
        id_direction = 1
        for name in sort:
            descending = name.startswith("-")
            bare = name.removeprefix("-")
            if bare == "id":
                id_direction = -1 if descending else 1
                break
            fields.append((self._ranks[bare], -1 if descending else 1))
        id_rank = self._id_rank

        def key(record_id: str) -> SortKey:
            parts: list[Any] = []
            for ranks, direction in fields:
                rank = ranks.get(record_id)
                # Nulls last in either direction.
                parts.append((1, 0) if rank is None else (0, direction * rank))
            parts.append(id_direction * id_rank[record_id])
            return tuple(parts)

        return key

"""A collection as the API publishes it: its records by id, and pages of them from the snapshot."""

from collections.abc import Mapping
from typing import Any

import orjson

from api.dataset import queries
from api.dataset.queries import DEFAULT_SORT, Query
from api.dataset.snapshot import Snapshot
from api.dataset.tables import Table
from api.web.links import page_links
from api.web.problems import no_such_record
from api.web.representation import Representation, json_representation


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁListingǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁListingǁitem__mutmut: MutantDict = {}  # type: ignore
mutants_xǁListingǁquery__mutmut: MutantDict = {}  # type: ignore
mutants_xǁListingǁpage_data__mutmut: MutantDict = {}  # type: ignore
mutants_xǁListingǁpage__mutmut: MutantDict = {}  # type: ignore


class Listing:
    """The records of one collection, and the paging, filtering and searching of them."""

    @_mutmut_mutated(mutants_xǁListingǁ__init____mutmut)
    def __init__(
        self, *, snapshot: Snapshot, table: Table, path: str, noun: str, cache_control: str
    ) -> None:
        self.snapshot = snapshot
        self.table = table
        self.path = path
        self.noun = noun
        self.cache_control = cache_control

    def xǁListingǁ__init____mutmut_orig(
        self, *, snapshot: Snapshot, table: Table, path: str, noun: str, cache_control: str
    ) -> None:
        self.snapshot = snapshot
        self.table = table
        self.path = path
        self.noun = noun
        self.cache_control = cache_control

    def xǁListingǁ__init____mutmut_1(
        self, *, snapshot: Snapshot, table: Table, path: str, noun: str, cache_control: str
    ) -> None:
        self.snapshot = None
        self.table = table
        self.path = path
        self.noun = noun
        self.cache_control = cache_control

    def xǁListingǁ__init____mutmut_2(
        self, *, snapshot: Snapshot, table: Table, path: str, noun: str, cache_control: str
    ) -> None:
        self.snapshot = snapshot
        self.table = None
        self.path = path
        self.noun = noun
        self.cache_control = cache_control

    def xǁListingǁ__init____mutmut_3(
        self, *, snapshot: Snapshot, table: Table, path: str, noun: str, cache_control: str
    ) -> None:
        self.snapshot = snapshot
        self.table = table
        self.path = None
        self.noun = noun
        self.cache_control = cache_control

    def xǁListingǁ__init____mutmut_4(
        self, *, snapshot: Snapshot, table: Table, path: str, noun: str, cache_control: str
    ) -> None:
        self.snapshot = snapshot
        self.table = table
        self.path = path
        self.noun = None
        self.cache_control = cache_control

    def xǁListingǁ__init____mutmut_5(
        self, *, snapshot: Snapshot, table: Table, path: str, noun: str, cache_control: str
    ) -> None:
        self.snapshot = snapshot
        self.table = table
        self.path = path
        self.noun = noun
        self.cache_control = None

    @_mutmut_mutated(mutants_xǁListingǁitem__mutmut)
    def item(self, record_id: str) -> Representation:
        """Return the representation of one record; raise a 404 problem for an unknown id."""
        body = queries.record(self.snapshot.connection(), self.table, record_id)
        if body is None:
            raise no_such_record(self.noun, record_id)
        return Representation(body, "application/json", self.cache_control)

    def xǁListingǁitem__mutmut_orig(self, record_id: str) -> Representation:
        """Return the representation of one record; raise a 404 problem for an unknown id."""
        body = queries.record(self.snapshot.connection(), self.table, record_id)
        if body is None:
            raise no_such_record(self.noun, record_id)
        return Representation(body, "application/json", self.cache_control)

    def xǁListingǁitem__mutmut_1(self, record_id: str) -> Representation:
        """Return the representation of one record; raise a 404 problem for an unknown id."""
        body = None
        if body is None:
            raise no_such_record(self.noun, record_id)
        return Representation(body, "application/json", self.cache_control)

    def xǁListingǁitem__mutmut_2(self, record_id: str) -> Representation:
        """Return the representation of one record; raise a 404 problem for an unknown id."""
        body = queries.record(None, self.table, record_id)
        if body is None:
            raise no_such_record(self.noun, record_id)
        return Representation(body, "application/json", self.cache_control)

    def xǁListingǁitem__mutmut_3(self, record_id: str) -> Representation:
        """Return the representation of one record; raise a 404 problem for an unknown id."""
        body = queries.record(self.snapshot.connection(), None, record_id)
        if body is None:
            raise no_such_record(self.noun, record_id)
        return Representation(body, "application/json", self.cache_control)

    def xǁListingǁitem__mutmut_4(self, record_id: str) -> Representation:
        """Return the representation of one record; raise a 404 problem for an unknown id."""
        body = queries.record(self.snapshot.connection(), self.table, None)
        if body is None:
            raise no_such_record(self.noun, record_id)
        return Representation(body, "application/json", self.cache_control)

    def xǁListingǁitem__mutmut_5(self, record_id: str) -> Representation:
        """Return the representation of one record; raise a 404 problem for an unknown id."""
        body = queries.record(self.table, record_id)
        if body is None:
            raise no_such_record(self.noun, record_id)
        return Representation(body, "application/json", self.cache_control)

    def xǁListingǁitem__mutmut_6(self, record_id: str) -> Representation:
        """Return the representation of one record; raise a 404 problem for an unknown id."""
        body = queries.record(self.snapshot.connection(), record_id)
        if body is None:
            raise no_such_record(self.noun, record_id)
        return Representation(body, "application/json", self.cache_control)

    def xǁListingǁitem__mutmut_7(self, record_id: str) -> Representation:
        """Return the representation of one record; raise a 404 problem for an unknown id."""
        body = queries.record(self.snapshot.connection(), self.table, )
        if body is None:
            raise no_such_record(self.noun, record_id)
        return Representation(body, "application/json", self.cache_control)

    def xǁListingǁitem__mutmut_8(self, record_id: str) -> Representation:
        """Return the representation of one record; raise a 404 problem for an unknown id."""
        body = queries.record(self.snapshot.connection(), self.table, record_id)
        if body is not None:
            raise no_such_record(self.noun, record_id)
        return Representation(body, "application/json", self.cache_control)

    def xǁListingǁitem__mutmut_9(self, record_id: str) -> Representation:
        """Return the representation of one record; raise a 404 problem for an unknown id."""
        body = queries.record(self.snapshot.connection(), self.table, record_id)
        if body is None:
            raise no_such_record(None, record_id)
        return Representation(body, "application/json", self.cache_control)

    def xǁListingǁitem__mutmut_10(self, record_id: str) -> Representation:
        """Return the representation of one record; raise a 404 problem for an unknown id."""
        body = queries.record(self.snapshot.connection(), self.table, record_id)
        if body is None:
            raise no_such_record(self.noun, None)
        return Representation(body, "application/json", self.cache_control)

    def xǁListingǁitem__mutmut_11(self, record_id: str) -> Representation:
        """Return the representation of one record; raise a 404 problem for an unknown id."""
        body = queries.record(self.snapshot.connection(), self.table, record_id)
        if body is None:
            raise no_such_record(record_id)
        return Representation(body, "application/json", self.cache_control)

    def xǁListingǁitem__mutmut_12(self, record_id: str) -> Representation:
        """Return the representation of one record; raise a 404 problem for an unknown id."""
        body = queries.record(self.snapshot.connection(), self.table, record_id)
        if body is None:
            raise no_such_record(self.noun, )
        return Representation(body, "application/json", self.cache_control)

    def xǁListingǁitem__mutmut_13(self, record_id: str) -> Representation:
        """Return the representation of one record; raise a 404 problem for an unknown id."""
        body = queries.record(self.snapshot.connection(), self.table, record_id)
        if body is None:
            raise no_such_record(self.noun, record_id)
        return Representation(None, "application/json", self.cache_control)

    def xǁListingǁitem__mutmut_14(self, record_id: str) -> Representation:
        """Return the representation of one record; raise a 404 problem for an unknown id."""
        body = queries.record(self.snapshot.connection(), self.table, record_id)
        if body is None:
            raise no_such_record(self.noun, record_id)
        return Representation(body, None, self.cache_control)

    def xǁListingǁitem__mutmut_15(self, record_id: str) -> Representation:
        """Return the representation of one record; raise a 404 problem for an unknown id."""
        body = queries.record(self.snapshot.connection(), self.table, record_id)
        if body is None:
            raise no_such_record(self.noun, record_id)
        return Representation(body, "application/json", None)

    def xǁListingǁitem__mutmut_16(self, record_id: str) -> Representation:
        """Return the representation of one record; raise a 404 problem for an unknown id."""
        body = queries.record(self.snapshot.connection(), self.table, record_id)
        if body is None:
            raise no_such_record(self.noun, record_id)
        return Representation("application/json", self.cache_control)

    def xǁListingǁitem__mutmut_17(self, record_id: str) -> Representation:
        """Return the representation of one record; raise a 404 problem for an unknown id."""
        body = queries.record(self.snapshot.connection(), self.table, record_id)
        if body is None:
            raise no_such_record(self.noun, record_id)
        return Representation(body, self.cache_control)

    def xǁListingǁitem__mutmut_18(self, record_id: str) -> Representation:
        """Return the representation of one record; raise a 404 problem for an unknown id."""
        body = queries.record(self.snapshot.connection(), self.table, record_id)
        if body is None:
            raise no_such_record(self.noun, record_id)
        return Representation(body, "application/json", )

    def xǁListingǁitem__mutmut_19(self, record_id: str) -> Representation:
        """Return the representation of one record; raise a 404 problem for an unknown id."""
        body = queries.record(self.snapshot.connection(), self.table, record_id)
        if body is None:
            raise no_such_record(self.noun, record_id)
        return Representation(body, "XXapplication/jsonXX", self.cache_control)

    def xǁListingǁitem__mutmut_20(self, record_id: str) -> Representation:
        """Return the representation of one record; raise a 404 problem for an unknown id."""
        body = queries.record(self.snapshot.connection(), self.table, record_id)
        if body is None:
            raise no_such_record(self.noun, record_id)
        return Representation(body, "APPLICATION/JSON", self.cache_control)

    @_mutmut_mutated(mutants_xǁListingǁquery__mutmut)
    def query(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("offset", 0) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_orig(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("offset", 0) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_1(self, args: Mapping[str, Any], *, paged: bool = False) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("offset", 0) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_2(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = None
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("offset", 0) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_3(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters=None,
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("offset", 0) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_4(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=None,
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("offset", 0) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_5(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("offset", 0) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_6(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("offset", 0) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_7(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=None,
            offset=args.get("offset", 0) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_8(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=None,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_9(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("offset", 0) if paged else 0,
            limit=None,
        )

    def xǁListingǁquery__mutmut_10(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("offset", 0) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_11(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("offset", 0) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_12(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("offset", 0) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_13(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("offset", 0) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_14(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            offset=args.get("offset", 0) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_15(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_16(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("offset", 0) if paged else 0,
            )

    def xǁListingǁquery__mutmut_17(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(None) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("offset", 0) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_18(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name not in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("offset", 0) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_19(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get(None),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("offset", 0) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_20(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("XXqXX"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("offset", 0) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_21(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("Q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("offset", 0) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_22(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if (date_range) and False else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("offset", 0) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_23(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if (date_range) or True else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("offset", 0) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_24(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(None) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("offset", 0) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_25(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if (date_range) and False else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("offset", 0) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_26(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if (date_range) or True else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("offset", 0) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_27(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(None) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("offset", 0) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_28(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(None),
            offset=args.get("offset", 0) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_29(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get(None, DEFAULT_SORT)),
            offset=args.get("offset", 0) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_30(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", None)),
            offset=args.get("offset", 0) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_31(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get(DEFAULT_SORT)),
            offset=args.get("offset", 0) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_32(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", )),
            offset=args.get("offset", 0) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_33(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("XXsortXX", DEFAULT_SORT)),
            offset=args.get("offset", 0) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_34(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("SORT", DEFAULT_SORT)),
            offset=args.get("offset", 0) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_35(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("offset", 0) if (paged) and False else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_36(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("offset", 0) if (paged) or True else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_37(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get(None, 0) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_38(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("offset", None) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_39(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get(0) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_40(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("offset", ) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_41(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("XXoffsetXX", 0) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_42(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("OFFSET", 0) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_43(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("offset", 1) if paged else 0,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_44(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("offset", 0) if paged else 1,
            limit=args.get("limit") if paged else None,
        )

    def xǁListingǁquery__mutmut_45(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("offset", 0) if paged else 0,
            limit=args.get("limit") if (paged) and False else None,
        )

    def xǁListingǁquery__mutmut_46(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("offset", 0) if paged else 0,
            limit=args.get("limit") if (paged) or True else None,
        )

    def xǁListingǁquery__mutmut_47(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("offset", 0) if paged else 0,
            limit=args.get(None) if paged else None,
        )

    def xǁListingǁquery__mutmut_48(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("offset", 0) if paged else 0,
            limit=args.get("XXlimitXX") if paged else None,
        )

    def xǁListingǁquery__mutmut_49(self, args: Mapping[str, Any], *, paged: bool = True) -> Query:
        """Turn parsed query arguments into a query of the collection."""
        date_range = self.table.date_range
        return Query(
            filters={name: tuple(args[name]) for name in self.table.filters if name in args},
            search=args.get("q"),
            date_from=args.get(date_range.start_parameter) if date_range else None,
            date_to=args.get(date_range.end_parameter) if date_range else None,
            sort=tuple(args.get("sort", DEFAULT_SORT)),
            offset=args.get("offset", 0) if paged else 0,
            limit=args.get("LIMIT") if paged else None,
        )

    @_mutmut_mutated(mutants_xǁListingǁpage_data__mutmut)
    def page_data(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = queries.select(self.snapshot.connection(), self.table, query)
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = [with_matches(item, self.table, query.search) for item in page.items]
        return {
            "items": items,
            "total": page.total,
            "limit": args["limit"],
            "offset": args["offset"],
            "links": page_links(self.path, args, page.total),
        }

    def xǁListingǁpage_data__mutmut_orig(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = queries.select(self.snapshot.connection(), self.table, query)
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = [with_matches(item, self.table, query.search) for item in page.items]
        return {
            "items": items,
            "total": page.total,
            "limit": args["limit"],
            "offset": args["offset"],
            "links": page_links(self.path, args, page.total),
        }

    def xǁListingǁpage_data__mutmut_1(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = None
        page = queries.select(self.snapshot.connection(), self.table, query)
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = [with_matches(item, self.table, query.search) for item in page.items]
        return {
            "items": items,
            "total": page.total,
            "limit": args["limit"],
            "offset": args["offset"],
            "links": page_links(self.path, args, page.total),
        }

    def xǁListingǁpage_data__mutmut_2(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(None)
        page = queries.select(self.snapshot.connection(), self.table, query)
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = [with_matches(item, self.table, query.search) for item in page.items]
        return {
            "items": items,
            "total": page.total,
            "limit": args["limit"],
            "offset": args["offset"],
            "links": page_links(self.path, args, page.total),
        }

    def xǁListingǁpage_data__mutmut_3(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = None
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = [with_matches(item, self.table, query.search) for item in page.items]
        return {
            "items": items,
            "total": page.total,
            "limit": args["limit"],
            "offset": args["offset"],
            "links": page_links(self.path, args, page.total),
        }

    def xǁListingǁpage_data__mutmut_4(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = queries.select(None, self.table, query)
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = [with_matches(item, self.table, query.search) for item in page.items]
        return {
            "items": items,
            "total": page.total,
            "limit": args["limit"],
            "offset": args["offset"],
            "links": page_links(self.path, args, page.total),
        }

    def xǁListingǁpage_data__mutmut_5(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = queries.select(self.snapshot.connection(), None, query)
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = [with_matches(item, self.table, query.search) for item in page.items]
        return {
            "items": items,
            "total": page.total,
            "limit": args["limit"],
            "offset": args["offset"],
            "links": page_links(self.path, args, page.total),
        }

    def xǁListingǁpage_data__mutmut_6(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = queries.select(self.snapshot.connection(), self.table, None)
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = [with_matches(item, self.table, query.search) for item in page.items]
        return {
            "items": items,
            "total": page.total,
            "limit": args["limit"],
            "offset": args["offset"],
            "links": page_links(self.path, args, page.total),
        }

    def xǁListingǁpage_data__mutmut_7(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = queries.select(self.table, query)
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = [with_matches(item, self.table, query.search) for item in page.items]
        return {
            "items": items,
            "total": page.total,
            "limit": args["limit"],
            "offset": args["offset"],
            "links": page_links(self.path, args, page.total),
        }

    def xǁListingǁpage_data__mutmut_8(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = queries.select(self.snapshot.connection(), query)
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = [with_matches(item, self.table, query.search) for item in page.items]
        return {
            "items": items,
            "total": page.total,
            "limit": args["limit"],
            "offset": args["offset"],
            "links": page_links(self.path, args, page.total),
        }

    def xǁListingǁpage_data__mutmut_9(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = queries.select(self.snapshot.connection(), self.table, )
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = [with_matches(item, self.table, query.search) for item in page.items]
        return {
            "items": items,
            "total": page.total,
            "limit": args["limit"],
            "offset": args["offset"],
            "links": page_links(self.path, args, page.total),
        }

    def xǁListingǁpage_data__mutmut_10(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = queries.select(self.snapshot.connection(), self.table, query)
        items: list[Any]
        if query.search is not None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = [with_matches(item, self.table, query.search) for item in page.items]
        return {
            "items": items,
            "total": page.total,
            "limit": args["limit"],
            "offset": args["offset"],
            "links": page_links(self.path, args, page.total),
        }

    def xǁListingǁpage_data__mutmut_11(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = queries.select(self.snapshot.connection(), self.table, query)
        items: list[Any]
        if query.search is None:
            items = None
        else:
            items = [with_matches(item, self.table, query.search) for item in page.items]
        return {
            "items": items,
            "total": page.total,
            "limit": args["limit"],
            "offset": args["offset"],
            "links": page_links(self.path, args, page.total),
        }

    def xǁListingǁpage_data__mutmut_12(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = queries.select(self.snapshot.connection(), self.table, query)
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(None) for item in page.items]
        else:
            items = [with_matches(item, self.table, query.search) for item in page.items]
        return {
            "items": items,
            "total": page.total,
            "limit": args["limit"],
            "offset": args["offset"],
            "links": page_links(self.path, args, page.total),
        }

    def xǁListingǁpage_data__mutmut_13(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = queries.select(self.snapshot.connection(), self.table, query)
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = None
        return {
            "items": items,
            "total": page.total,
            "limit": args["limit"],
            "offset": args["offset"],
            "links": page_links(self.path, args, page.total),
        }

    def xǁListingǁpage_data__mutmut_14(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = queries.select(self.snapshot.connection(), self.table, query)
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = [with_matches(None, self.table, query.search) for item in page.items]
        return {
            "items": items,
            "total": page.total,
            "limit": args["limit"],
            "offset": args["offset"],
            "links": page_links(self.path, args, page.total),
        }

    def xǁListingǁpage_data__mutmut_15(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = queries.select(self.snapshot.connection(), self.table, query)
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = [with_matches(item, None, query.search) for item in page.items]
        return {
            "items": items,
            "total": page.total,
            "limit": args["limit"],
            "offset": args["offset"],
            "links": page_links(self.path, args, page.total),
        }

    def xǁListingǁpage_data__mutmut_16(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = queries.select(self.snapshot.connection(), self.table, query)
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = [with_matches(item, self.table, None) for item in page.items]
        return {
            "items": items,
            "total": page.total,
            "limit": args["limit"],
            "offset": args["offset"],
            "links": page_links(self.path, args, page.total),
        }

    def xǁListingǁpage_data__mutmut_17(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = queries.select(self.snapshot.connection(), self.table, query)
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = [with_matches(self.table, query.search) for item in page.items]
        return {
            "items": items,
            "total": page.total,
            "limit": args["limit"],
            "offset": args["offset"],
            "links": page_links(self.path, args, page.total),
        }

    def xǁListingǁpage_data__mutmut_18(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = queries.select(self.snapshot.connection(), self.table, query)
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = [with_matches(item, query.search) for item in page.items]
        return {
            "items": items,
            "total": page.total,
            "limit": args["limit"],
            "offset": args["offset"],
            "links": page_links(self.path, args, page.total),
        }

    def xǁListingǁpage_data__mutmut_19(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = queries.select(self.snapshot.connection(), self.table, query)
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = [with_matches(item, self.table, ) for item in page.items]
        return {
            "items": items,
            "total": page.total,
            "limit": args["limit"],
            "offset": args["offset"],
            "links": page_links(self.path, args, page.total),
        }

    def xǁListingǁpage_data__mutmut_20(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = queries.select(self.snapshot.connection(), self.table, query)
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = [with_matches(item, self.table, query.search) for item in page.items]
        return {
            "XXitemsXX": items,
            "total": page.total,
            "limit": args["limit"],
            "offset": args["offset"],
            "links": page_links(self.path, args, page.total),
        }

    def xǁListingǁpage_data__mutmut_21(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = queries.select(self.snapshot.connection(), self.table, query)
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = [with_matches(item, self.table, query.search) for item in page.items]
        return {
            "ITEMS": items,
            "total": page.total,
            "limit": args["limit"],
            "offset": args["offset"],
            "links": page_links(self.path, args, page.total),
        }

    def xǁListingǁpage_data__mutmut_22(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = queries.select(self.snapshot.connection(), self.table, query)
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = [with_matches(item, self.table, query.search) for item in page.items]
        return {
            "items": items,
            "XXtotalXX": page.total,
            "limit": args["limit"],
            "offset": args["offset"],
            "links": page_links(self.path, args, page.total),
        }

    def xǁListingǁpage_data__mutmut_23(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = queries.select(self.snapshot.connection(), self.table, query)
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = [with_matches(item, self.table, query.search) for item in page.items]
        return {
            "items": items,
            "TOTAL": page.total,
            "limit": args["limit"],
            "offset": args["offset"],
            "links": page_links(self.path, args, page.total),
        }

    def xǁListingǁpage_data__mutmut_24(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = queries.select(self.snapshot.connection(), self.table, query)
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = [with_matches(item, self.table, query.search) for item in page.items]
        return {
            "items": items,
            "total": page.total,
            "XXlimitXX": args["limit"],
            "offset": args["offset"],
            "links": page_links(self.path, args, page.total),
        }

    def xǁListingǁpage_data__mutmut_25(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = queries.select(self.snapshot.connection(), self.table, query)
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = [with_matches(item, self.table, query.search) for item in page.items]
        return {
            "items": items,
            "total": page.total,
            "LIMIT": args["limit"],
            "offset": args["offset"],
            "links": page_links(self.path, args, page.total),
        }

    def xǁListingǁpage_data__mutmut_26(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = queries.select(self.snapshot.connection(), self.table, query)
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = [with_matches(item, self.table, query.search) for item in page.items]
        return {
            "items": items,
            "total": page.total,
            "limit": args["XXlimitXX"],
            "offset": args["offset"],
            "links": page_links(self.path, args, page.total),
        }

    def xǁListingǁpage_data__mutmut_27(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = queries.select(self.snapshot.connection(), self.table, query)
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = [with_matches(item, self.table, query.search) for item in page.items]
        return {
            "items": items,
            "total": page.total,
            "limit": args["LIMIT"],
            "offset": args["offset"],
            "links": page_links(self.path, args, page.total),
        }

    def xǁListingǁpage_data__mutmut_28(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = queries.select(self.snapshot.connection(), self.table, query)
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = [with_matches(item, self.table, query.search) for item in page.items]
        return {
            "items": items,
            "total": page.total,
            "limit": args["limit"],
            "XXoffsetXX": args["offset"],
            "links": page_links(self.path, args, page.total),
        }

    def xǁListingǁpage_data__mutmut_29(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = queries.select(self.snapshot.connection(), self.table, query)
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = [with_matches(item, self.table, query.search) for item in page.items]
        return {
            "items": items,
            "total": page.total,
            "limit": args["limit"],
            "OFFSET": args["offset"],
            "links": page_links(self.path, args, page.total),
        }

    def xǁListingǁpage_data__mutmut_30(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = queries.select(self.snapshot.connection(), self.table, query)
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = [with_matches(item, self.table, query.search) for item in page.items]
        return {
            "items": items,
            "total": page.total,
            "limit": args["limit"],
            "offset": args["XXoffsetXX"],
            "links": page_links(self.path, args, page.total),
        }

    def xǁListingǁpage_data__mutmut_31(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = queries.select(self.snapshot.connection(), self.table, query)
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = [with_matches(item, self.table, query.search) for item in page.items]
        return {
            "items": items,
            "total": page.total,
            "limit": args["limit"],
            "offset": args["OFFSET"],
            "links": page_links(self.path, args, page.total),
        }

    def xǁListingǁpage_data__mutmut_32(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = queries.select(self.snapshot.connection(), self.table, query)
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = [with_matches(item, self.table, query.search) for item in page.items]
        return {
            "items": items,
            "total": page.total,
            "limit": args["limit"],
            "offset": args["offset"],
            "XXlinksXX": page_links(self.path, args, page.total),
        }

    def xǁListingǁpage_data__mutmut_33(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = queries.select(self.snapshot.connection(), self.table, query)
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = [with_matches(item, self.table, query.search) for item in page.items]
        return {
            "items": items,
            "total": page.total,
            "limit": args["limit"],
            "offset": args["offset"],
            "LINKS": page_links(self.path, args, page.total),
        }

    def xǁListingǁpage_data__mutmut_34(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = queries.select(self.snapshot.connection(), self.table, query)
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = [with_matches(item, self.table, query.search) for item in page.items]
        return {
            "items": items,
            "total": page.total,
            "limit": args["limit"],
            "offset": args["offset"],
            "links": page_links(None, args, page.total),
        }

    def xǁListingǁpage_data__mutmut_35(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = queries.select(self.snapshot.connection(), self.table, query)
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = [with_matches(item, self.table, query.search) for item in page.items]
        return {
            "items": items,
            "total": page.total,
            "limit": args["limit"],
            "offset": args["offset"],
            "links": page_links(self.path, None, page.total),
        }

    def xǁListingǁpage_data__mutmut_36(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = queries.select(self.snapshot.connection(), self.table, query)
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = [with_matches(item, self.table, query.search) for item in page.items]
        return {
            "items": items,
            "total": page.total,
            "limit": args["limit"],
            "offset": args["offset"],
            "links": page_links(self.path, args, None),
        }

    def xǁListingǁpage_data__mutmut_37(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = queries.select(self.snapshot.connection(), self.table, query)
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = [with_matches(item, self.table, query.search) for item in page.items]
        return {
            "items": items,
            "total": page.total,
            "limit": args["limit"],
            "offset": args["offset"],
            "links": page_links(args, page.total),
        }

    def xǁListingǁpage_data__mutmut_38(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = queries.select(self.snapshot.connection(), self.table, query)
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = [with_matches(item, self.table, query.search) for item in page.items]
        return {
            "items": items,
            "total": page.total,
            "limit": args["limit"],
            "offset": args["offset"],
            "links": page_links(self.path, page.total),
        }

    def xǁListingǁpage_data__mutmut_39(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the page of the collection ``args`` asks for, in the envelope's key order."""
        query = self.query(args)
        page = queries.select(self.snapshot.connection(), self.table, query)
        items: list[Any]
        if query.search is None:
            items = [orjson.Fragment(item) for item in page.items]
        else:
            items = [with_matches(item, self.table, query.search) for item in page.items]
        return {
            "items": items,
            "total": page.total,
            "limit": args["limit"],
            "offset": args["offset"],
            "links": page_links(self.path, args, ),
        }

    @_mutmut_mutated(mutants_xǁListingǁpage__mutmut)
    def page(self, args: Mapping[str, Any]) -> Representation:
        """Return the representation of the page ``args`` asks for."""
        return json_representation(self.page_data(args), self.cache_control)

    def xǁListingǁpage__mutmut_orig(self, args: Mapping[str, Any]) -> Representation:
        """Return the representation of the page ``args`` asks for."""
        return json_representation(self.page_data(args), self.cache_control)

    def xǁListingǁpage__mutmut_1(self, args: Mapping[str, Any]) -> Representation:
        """Return the representation of the page ``args`` asks for."""
        return json_representation(None, self.cache_control)

    def xǁListingǁpage__mutmut_2(self, args: Mapping[str, Any]) -> Representation:
        """Return the representation of the page ``args`` asks for."""
        return json_representation(self.page_data(args), None)

    def xǁListingǁpage__mutmut_3(self, args: Mapping[str, Any]) -> Representation:
        """Return the representation of the page ``args`` asks for."""
        return json_representation(self.cache_control)

    def xǁListingǁpage__mutmut_4(self, args: Mapping[str, Any]) -> Representation:
        """Return the representation of the page ``args`` asks for."""
        return json_representation(self.page_data(args), )

    def xǁListingǁpage__mutmut_5(self, args: Mapping[str, Any]) -> Representation:
        """Return the representation of the page ``args`` asks for."""
        return json_representation(self.page_data(None), self.cache_control)

mutants_xǁListingǁ__init____mutmut['_mutmut_orig'] = Listing.xǁListingǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁListingǁ__init____mutmut['xǁListingǁ__init____mutmut_1'] = Listing.xǁListingǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁListingǁ__init____mutmut['xǁListingǁ__init____mutmut_2'] = Listing.xǁListingǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁListingǁ__init____mutmut['xǁListingǁ__init____mutmut_3'] = Listing.xǁListingǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁListingǁ__init____mutmut['xǁListingǁ__init____mutmut_4'] = Listing.xǁListingǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁListingǁ__init____mutmut['xǁListingǁ__init____mutmut_5'] = Listing.xǁListingǁ__init____mutmut_5 # type: ignore # mutmut generated

mutants_xǁListingǁitem__mutmut['_mutmut_orig'] = Listing.xǁListingǁitem__mutmut_orig # type: ignore # mutmut generated
mutants_xǁListingǁitem__mutmut['xǁListingǁitem__mutmut_1'] = Listing.xǁListingǁitem__mutmut_1 # type: ignore # mutmut generated
mutants_xǁListingǁitem__mutmut['xǁListingǁitem__mutmut_2'] = Listing.xǁListingǁitem__mutmut_2 # type: ignore # mutmut generated
mutants_xǁListingǁitem__mutmut['xǁListingǁitem__mutmut_3'] = Listing.xǁListingǁitem__mutmut_3 # type: ignore # mutmut generated
mutants_xǁListingǁitem__mutmut['xǁListingǁitem__mutmut_4'] = Listing.xǁListingǁitem__mutmut_4 # type: ignore # mutmut generated
mutants_xǁListingǁitem__mutmut['xǁListingǁitem__mutmut_5'] = Listing.xǁListingǁitem__mutmut_5 # type: ignore # mutmut generated
mutants_xǁListingǁitem__mutmut['xǁListingǁitem__mutmut_6'] = Listing.xǁListingǁitem__mutmut_6 # type: ignore # mutmut generated
mutants_xǁListingǁitem__mutmut['xǁListingǁitem__mutmut_7'] = Listing.xǁListingǁitem__mutmut_7 # type: ignore # mutmut generated
mutants_xǁListingǁitem__mutmut['xǁListingǁitem__mutmut_8'] = Listing.xǁListingǁitem__mutmut_8 # type: ignore # mutmut generated
mutants_xǁListingǁitem__mutmut['xǁListingǁitem__mutmut_9'] = Listing.xǁListingǁitem__mutmut_9 # type: ignore # mutmut generated
mutants_xǁListingǁitem__mutmut['xǁListingǁitem__mutmut_10'] = Listing.xǁListingǁitem__mutmut_10 # type: ignore # mutmut generated
mutants_xǁListingǁitem__mutmut['xǁListingǁitem__mutmut_11'] = Listing.xǁListingǁitem__mutmut_11 # type: ignore # mutmut generated
mutants_xǁListingǁitem__mutmut['xǁListingǁitem__mutmut_12'] = Listing.xǁListingǁitem__mutmut_12 # type: ignore # mutmut generated
mutants_xǁListingǁitem__mutmut['xǁListingǁitem__mutmut_13'] = Listing.xǁListingǁitem__mutmut_13 # type: ignore # mutmut generated
mutants_xǁListingǁitem__mutmut['xǁListingǁitem__mutmut_14'] = Listing.xǁListingǁitem__mutmut_14 # type: ignore # mutmut generated
mutants_xǁListingǁitem__mutmut['xǁListingǁitem__mutmut_15'] = Listing.xǁListingǁitem__mutmut_15 # type: ignore # mutmut generated
mutants_xǁListingǁitem__mutmut['xǁListingǁitem__mutmut_16'] = Listing.xǁListingǁitem__mutmut_16 # type: ignore # mutmut generated
mutants_xǁListingǁitem__mutmut['xǁListingǁitem__mutmut_17'] = Listing.xǁListingǁitem__mutmut_17 # type: ignore # mutmut generated
mutants_xǁListingǁitem__mutmut['xǁListingǁitem__mutmut_18'] = Listing.xǁListingǁitem__mutmut_18 # type: ignore # mutmut generated
mutants_xǁListingǁitem__mutmut['xǁListingǁitem__mutmut_19'] = Listing.xǁListingǁitem__mutmut_19 # type: ignore # mutmut generated
mutants_xǁListingǁitem__mutmut['xǁListingǁitem__mutmut_20'] = Listing.xǁListingǁitem__mutmut_20 # type: ignore # mutmut generated

mutants_xǁListingǁquery__mutmut['_mutmut_orig'] = Listing.xǁListingǁquery__mutmut_orig # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_1'] = Listing.xǁListingǁquery__mutmut_1 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_2'] = Listing.xǁListingǁquery__mutmut_2 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_3'] = Listing.xǁListingǁquery__mutmut_3 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_4'] = Listing.xǁListingǁquery__mutmut_4 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_5'] = Listing.xǁListingǁquery__mutmut_5 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_6'] = Listing.xǁListingǁquery__mutmut_6 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_7'] = Listing.xǁListingǁquery__mutmut_7 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_8'] = Listing.xǁListingǁquery__mutmut_8 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_9'] = Listing.xǁListingǁquery__mutmut_9 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_10'] = Listing.xǁListingǁquery__mutmut_10 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_11'] = Listing.xǁListingǁquery__mutmut_11 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_12'] = Listing.xǁListingǁquery__mutmut_12 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_13'] = Listing.xǁListingǁquery__mutmut_13 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_14'] = Listing.xǁListingǁquery__mutmut_14 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_15'] = Listing.xǁListingǁquery__mutmut_15 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_16'] = Listing.xǁListingǁquery__mutmut_16 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_17'] = Listing.xǁListingǁquery__mutmut_17 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_18'] = Listing.xǁListingǁquery__mutmut_18 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_19'] = Listing.xǁListingǁquery__mutmut_19 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_20'] = Listing.xǁListingǁquery__mutmut_20 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_21'] = Listing.xǁListingǁquery__mutmut_21 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_22'] = Listing.xǁListingǁquery__mutmut_22 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_23'] = Listing.xǁListingǁquery__mutmut_23 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_24'] = Listing.xǁListingǁquery__mutmut_24 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_25'] = Listing.xǁListingǁquery__mutmut_25 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_26'] = Listing.xǁListingǁquery__mutmut_26 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_27'] = Listing.xǁListingǁquery__mutmut_27 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_28'] = Listing.xǁListingǁquery__mutmut_28 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_29'] = Listing.xǁListingǁquery__mutmut_29 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_30'] = Listing.xǁListingǁquery__mutmut_30 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_31'] = Listing.xǁListingǁquery__mutmut_31 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_32'] = Listing.xǁListingǁquery__mutmut_32 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_33'] = Listing.xǁListingǁquery__mutmut_33 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_34'] = Listing.xǁListingǁquery__mutmut_34 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_35'] = Listing.xǁListingǁquery__mutmut_35 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_36'] = Listing.xǁListingǁquery__mutmut_36 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_37'] = Listing.xǁListingǁquery__mutmut_37 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_38'] = Listing.xǁListingǁquery__mutmut_38 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_39'] = Listing.xǁListingǁquery__mutmut_39 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_40'] = Listing.xǁListingǁquery__mutmut_40 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_41'] = Listing.xǁListingǁquery__mutmut_41 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_42'] = Listing.xǁListingǁquery__mutmut_42 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_43'] = Listing.xǁListingǁquery__mutmut_43 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_44'] = Listing.xǁListingǁquery__mutmut_44 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_45'] = Listing.xǁListingǁquery__mutmut_45 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_46'] = Listing.xǁListingǁquery__mutmut_46 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_47'] = Listing.xǁListingǁquery__mutmut_47 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_48'] = Listing.xǁListingǁquery__mutmut_48 # type: ignore # mutmut generated
mutants_xǁListingǁquery__mutmut['xǁListingǁquery__mutmut_49'] = Listing.xǁListingǁquery__mutmut_49 # type: ignore # mutmut generated

mutants_xǁListingǁpage_data__mutmut['_mutmut_orig'] = Listing.xǁListingǁpage_data__mutmut_orig # type: ignore # mutmut generated
mutants_xǁListingǁpage_data__mutmut['xǁListingǁpage_data__mutmut_1'] = Listing.xǁListingǁpage_data__mutmut_1 # type: ignore # mutmut generated
mutants_xǁListingǁpage_data__mutmut['xǁListingǁpage_data__mutmut_2'] = Listing.xǁListingǁpage_data__mutmut_2 # type: ignore # mutmut generated
mutants_xǁListingǁpage_data__mutmut['xǁListingǁpage_data__mutmut_3'] = Listing.xǁListingǁpage_data__mutmut_3 # type: ignore # mutmut generated
mutants_xǁListingǁpage_data__mutmut['xǁListingǁpage_data__mutmut_4'] = Listing.xǁListingǁpage_data__mutmut_4 # type: ignore # mutmut generated
mutants_xǁListingǁpage_data__mutmut['xǁListingǁpage_data__mutmut_5'] = Listing.xǁListingǁpage_data__mutmut_5 # type: ignore # mutmut generated
mutants_xǁListingǁpage_data__mutmut['xǁListingǁpage_data__mutmut_6'] = Listing.xǁListingǁpage_data__mutmut_6 # type: ignore # mutmut generated
mutants_xǁListingǁpage_data__mutmut['xǁListingǁpage_data__mutmut_7'] = Listing.xǁListingǁpage_data__mutmut_7 # type: ignore # mutmut generated
mutants_xǁListingǁpage_data__mutmut['xǁListingǁpage_data__mutmut_8'] = Listing.xǁListingǁpage_data__mutmut_8 # type: ignore # mutmut generated
mutants_xǁListingǁpage_data__mutmut['xǁListingǁpage_data__mutmut_9'] = Listing.xǁListingǁpage_data__mutmut_9 # type: ignore # mutmut generated
mutants_xǁListingǁpage_data__mutmut['xǁListingǁpage_data__mutmut_10'] = Listing.xǁListingǁpage_data__mutmut_10 # type: ignore # mutmut generated
mutants_xǁListingǁpage_data__mutmut['xǁListingǁpage_data__mutmut_11'] = Listing.xǁListingǁpage_data__mutmut_11 # type: ignore # mutmut generated
mutants_xǁListingǁpage_data__mutmut['xǁListingǁpage_data__mutmut_12'] = Listing.xǁListingǁpage_data__mutmut_12 # type: ignore # mutmut generated
mutants_xǁListingǁpage_data__mutmut['xǁListingǁpage_data__mutmut_13'] = Listing.xǁListingǁpage_data__mutmut_13 # type: ignore # mutmut generated
mutants_xǁListingǁpage_data__mutmut['xǁListingǁpage_data__mutmut_14'] = Listing.xǁListingǁpage_data__mutmut_14 # type: ignore # mutmut generated
mutants_xǁListingǁpage_data__mutmut['xǁListingǁpage_data__mutmut_15'] = Listing.xǁListingǁpage_data__mutmut_15 # type: ignore # mutmut generated
mutants_xǁListingǁpage_data__mutmut['xǁListingǁpage_data__mutmut_16'] = Listing.xǁListingǁpage_data__mutmut_16 # type: ignore # mutmut generated
mutants_xǁListingǁpage_data__mutmut['xǁListingǁpage_data__mutmut_17'] = Listing.xǁListingǁpage_data__mutmut_17 # type: ignore # mutmut generated
mutants_xǁListingǁpage_data__mutmut['xǁListingǁpage_data__mutmut_18'] = Listing.xǁListingǁpage_data__mutmut_18 # type: ignore # mutmut generated
mutants_xǁListingǁpage_data__mutmut['xǁListingǁpage_data__mutmut_19'] = Listing.xǁListingǁpage_data__mutmut_19 # type: ignore # mutmut generated
mutants_xǁListingǁpage_data__mutmut['xǁListingǁpage_data__mutmut_20'] = Listing.xǁListingǁpage_data__mutmut_20 # type: ignore # mutmut generated
mutants_xǁListingǁpage_data__mutmut['xǁListingǁpage_data__mutmut_21'] = Listing.xǁListingǁpage_data__mutmut_21 # type: ignore # mutmut generated
mutants_xǁListingǁpage_data__mutmut['xǁListingǁpage_data__mutmut_22'] = Listing.xǁListingǁpage_data__mutmut_22 # type: ignore # mutmut generated
mutants_xǁListingǁpage_data__mutmut['xǁListingǁpage_data__mutmut_23'] = Listing.xǁListingǁpage_data__mutmut_23 # type: ignore # mutmut generated
mutants_xǁListingǁpage_data__mutmut['xǁListingǁpage_data__mutmut_24'] = Listing.xǁListingǁpage_data__mutmut_24 # type: ignore # mutmut generated
mutants_xǁListingǁpage_data__mutmut['xǁListingǁpage_data__mutmut_25'] = Listing.xǁListingǁpage_data__mutmut_25 # type: ignore # mutmut generated
mutants_xǁListingǁpage_data__mutmut['xǁListingǁpage_data__mutmut_26'] = Listing.xǁListingǁpage_data__mutmut_26 # type: ignore # mutmut generated
mutants_xǁListingǁpage_data__mutmut['xǁListingǁpage_data__mutmut_27'] = Listing.xǁListingǁpage_data__mutmut_27 # type: ignore # mutmut generated
mutants_xǁListingǁpage_data__mutmut['xǁListingǁpage_data__mutmut_28'] = Listing.xǁListingǁpage_data__mutmut_28 # type: ignore # mutmut generated
mutants_xǁListingǁpage_data__mutmut['xǁListingǁpage_data__mutmut_29'] = Listing.xǁListingǁpage_data__mutmut_29 # type: ignore # mutmut generated
mutants_xǁListingǁpage_data__mutmut['xǁListingǁpage_data__mutmut_30'] = Listing.xǁListingǁpage_data__mutmut_30 # type: ignore # mutmut generated
mutants_xǁListingǁpage_data__mutmut['xǁListingǁpage_data__mutmut_31'] = Listing.xǁListingǁpage_data__mutmut_31 # type: ignore # mutmut generated
mutants_xǁListingǁpage_data__mutmut['xǁListingǁpage_data__mutmut_32'] = Listing.xǁListingǁpage_data__mutmut_32 # type: ignore # mutmut generated
mutants_xǁListingǁpage_data__mutmut['xǁListingǁpage_data__mutmut_33'] = Listing.xǁListingǁpage_data__mutmut_33 # type: ignore # mutmut generated
mutants_xǁListingǁpage_data__mutmut['xǁListingǁpage_data__mutmut_34'] = Listing.xǁListingǁpage_data__mutmut_34 # type: ignore # mutmut generated
mutants_xǁListingǁpage_data__mutmut['xǁListingǁpage_data__mutmut_35'] = Listing.xǁListingǁpage_data__mutmut_35 # type: ignore # mutmut generated
mutants_xǁListingǁpage_data__mutmut['xǁListingǁpage_data__mutmut_36'] = Listing.xǁListingǁpage_data__mutmut_36 # type: ignore # mutmut generated
mutants_xǁListingǁpage_data__mutmut['xǁListingǁpage_data__mutmut_37'] = Listing.xǁListingǁpage_data__mutmut_37 # type: ignore # mutmut generated
mutants_xǁListingǁpage_data__mutmut['xǁListingǁpage_data__mutmut_38'] = Listing.xǁListingǁpage_data__mutmut_38 # type: ignore # mutmut generated
mutants_xǁListingǁpage_data__mutmut['xǁListingǁpage_data__mutmut_39'] = Listing.xǁListingǁpage_data__mutmut_39 # type: ignore # mutmut generated

mutants_xǁListingǁpage__mutmut['_mutmut_orig'] = Listing.xǁListingǁpage__mutmut_orig # type: ignore # mutmut generated
mutants_xǁListingǁpage__mutmut['xǁListingǁpage__mutmut_1'] = Listing.xǁListingǁpage__mutmut_1 # type: ignore # mutmut generated
mutants_xǁListingǁpage__mutmut['xǁListingǁpage__mutmut_2'] = Listing.xǁListingǁpage__mutmut_2 # type: ignore # mutmut generated
mutants_xǁListingǁpage__mutmut['xǁListingǁpage__mutmut_3'] = Listing.xǁListingǁpage__mutmut_3 # type: ignore # mutmut generated
mutants_xǁListingǁpage__mutmut['xǁListingǁpage__mutmut_4'] = Listing.xǁListingǁpage__mutmut_4 # type: ignore # mutmut generated
mutants_xǁListingǁpage__mutmut['xǁListingǁpage__mutmut_5'] = Listing.xǁListingǁpage__mutmut_5 # type: ignore # mutmut generated
mutants_x_with_matches__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_with_matches__mutmut)
def with_matches(item: bytes, table: Table, search: str) -> orjson.Fragment:
    """Return a searched page's item with ``matches``: where each text holds the search.

    Offsets count Unicode code points from the start of the field's text, end exclusive.
    """
    pattern = queries.search_pattern(search)
    matches = [
        {"field": field, "start": hit.start(), "end": hit.end()}
        for field, text in table.searched_texts(orjson.loads(item))
        for hit in pattern.finditer(text)
    ]
    # The rendered record is a JSON object: ``matches`` goes in as its last member.
    return orjson.Fragment(item[:-1] + b',"matches":' + orjson.dumps(matches) + b"}")


def x_with_matches__mutmut_orig(item: bytes, table: Table, search: str) -> orjson.Fragment:
    """Return a searched page's item with ``matches``: where each text holds the search.

    Offsets count Unicode code points from the start of the field's text, end exclusive.
    """
    pattern = queries.search_pattern(search)
    matches = [
        {"field": field, "start": hit.start(), "end": hit.end()}
        for field, text in table.searched_texts(orjson.loads(item))
        for hit in pattern.finditer(text)
    ]
    # The rendered record is a JSON object: ``matches`` goes in as its last member.
    return orjson.Fragment(item[:-1] + b',"matches":' + orjson.dumps(matches) + b"}")


def x_with_matches__mutmut_1(item: bytes, table: Table, search: str) -> orjson.Fragment:
    """Return a searched page's item with ``matches``: where each text holds the search.

    Offsets count Unicode code points from the start of the field's text, end exclusive.
    """
    pattern = None
    matches = [
        {"field": field, "start": hit.start(), "end": hit.end()}
        for field, text in table.searched_texts(orjson.loads(item))
        for hit in pattern.finditer(text)
    ]
    # The rendered record is a JSON object: ``matches`` goes in as its last member.
    return orjson.Fragment(item[:-1] + b',"matches":' + orjson.dumps(matches) + b"}")


def x_with_matches__mutmut_2(item: bytes, table: Table, search: str) -> orjson.Fragment:
    """Return a searched page's item with ``matches``: where each text holds the search.

    Offsets count Unicode code points from the start of the field's text, end exclusive.
    """
    pattern = queries.search_pattern(None)
    matches = [
        {"field": field, "start": hit.start(), "end": hit.end()}
        for field, text in table.searched_texts(orjson.loads(item))
        for hit in pattern.finditer(text)
    ]
    # The rendered record is a JSON object: ``matches`` goes in as its last member.
    return orjson.Fragment(item[:-1] + b',"matches":' + orjson.dumps(matches) + b"}")


def x_with_matches__mutmut_3(item: bytes, table: Table, search: str) -> orjson.Fragment:
    """Return a searched page's item with ``matches``: where each text holds the search.

    Offsets count Unicode code points from the start of the field's text, end exclusive.
    """
    pattern = queries.search_pattern(search)
    matches = None
    # The rendered record is a JSON object: ``matches`` goes in as its last member.
    return orjson.Fragment(item[:-1] + b',"matches":' + orjson.dumps(matches) + b"}")


def x_with_matches__mutmut_4(item: bytes, table: Table, search: str) -> orjson.Fragment:
    """Return a searched page's item with ``matches``: where each text holds the search.

    Offsets count Unicode code points from the start of the field's text, end exclusive.
    """
    pattern = queries.search_pattern(search)
    matches = [
        {"XXfieldXX": field, "start": hit.start(), "end": hit.end()}
        for field, text in table.searched_texts(orjson.loads(item))
        for hit in pattern.finditer(text)
    ]
    # The rendered record is a JSON object: ``matches`` goes in as its last member.
    return orjson.Fragment(item[:-1] + b',"matches":' + orjson.dumps(matches) + b"}")


def x_with_matches__mutmut_5(item: bytes, table: Table, search: str) -> orjson.Fragment:
    """Return a searched page's item with ``matches``: where each text holds the search.

    Offsets count Unicode code points from the start of the field's text, end exclusive.
    """
    pattern = queries.search_pattern(search)
    matches = [
        {"FIELD": field, "start": hit.start(), "end": hit.end()}
        for field, text in table.searched_texts(orjson.loads(item))
        for hit in pattern.finditer(text)
    ]
    # The rendered record is a JSON object: ``matches`` goes in as its last member.
    return orjson.Fragment(item[:-1] + b',"matches":' + orjson.dumps(matches) + b"}")


def x_with_matches__mutmut_6(item: bytes, table: Table, search: str) -> orjson.Fragment:
    """Return a searched page's item with ``matches``: where each text holds the search.

    Offsets count Unicode code points from the start of the field's text, end exclusive.
    """
    pattern = queries.search_pattern(search)
    matches = [
        {"field": field, "XXstartXX": hit.start(), "end": hit.end()}
        for field, text in table.searched_texts(orjson.loads(item))
        for hit in pattern.finditer(text)
    ]
    # The rendered record is a JSON object: ``matches`` goes in as its last member.
    return orjson.Fragment(item[:-1] + b',"matches":' + orjson.dumps(matches) + b"}")


def x_with_matches__mutmut_7(item: bytes, table: Table, search: str) -> orjson.Fragment:
    """Return a searched page's item with ``matches``: where each text holds the search.

    Offsets count Unicode code points from the start of the field's text, end exclusive.
    """
    pattern = queries.search_pattern(search)
    matches = [
        {"field": field, "START": hit.start(), "end": hit.end()}
        for field, text in table.searched_texts(orjson.loads(item))
        for hit in pattern.finditer(text)
    ]
    # The rendered record is a JSON object: ``matches`` goes in as its last member.
    return orjson.Fragment(item[:-1] + b',"matches":' + orjson.dumps(matches) + b"}")


def x_with_matches__mutmut_8(item: bytes, table: Table, search: str) -> orjson.Fragment:
    """Return a searched page's item with ``matches``: where each text holds the search.

    Offsets count Unicode code points from the start of the field's text, end exclusive.
    """
    pattern = queries.search_pattern(search)
    matches = [
        {"field": field, "start": hit.start(), "XXendXX": hit.end()}
        for field, text in table.searched_texts(orjson.loads(item))
        for hit in pattern.finditer(text)
    ]
    # The rendered record is a JSON object: ``matches`` goes in as its last member.
    return orjson.Fragment(item[:-1] + b',"matches":' + orjson.dumps(matches) + b"}")


def x_with_matches__mutmut_9(item: bytes, table: Table, search: str) -> orjson.Fragment:
    """Return a searched page's item with ``matches``: where each text holds the search.

    Offsets count Unicode code points from the start of the field's text, end exclusive.
    """
    pattern = queries.search_pattern(search)
    matches = [
        {"field": field, "start": hit.start(), "END": hit.end()}
        for field, text in table.searched_texts(orjson.loads(item))
        for hit in pattern.finditer(text)
    ]
    # The rendered record is a JSON object: ``matches`` goes in as its last member.
    return orjson.Fragment(item[:-1] + b',"matches":' + orjson.dumps(matches) + b"}")


def x_with_matches__mutmut_10(item: bytes, table: Table, search: str) -> orjson.Fragment:
    """Return a searched page's item with ``matches``: where each text holds the search.

    Offsets count Unicode code points from the start of the field's text, end exclusive.
    """
    pattern = queries.search_pattern(search)
    matches = [
        {"field": field, "start": hit.start(), "end": hit.end()}
        for field, text in table.searched_texts(None)
        for hit in pattern.finditer(text)
    ]
    # The rendered record is a JSON object: ``matches`` goes in as its last member.
    return orjson.Fragment(item[:-1] + b',"matches":' + orjson.dumps(matches) + b"}")


def x_with_matches__mutmut_11(item: bytes, table: Table, search: str) -> orjson.Fragment:
    """Return a searched page's item with ``matches``: where each text holds the search.

    Offsets count Unicode code points from the start of the field's text, end exclusive.
    """
    pattern = queries.search_pattern(search)
    matches = [
        {"field": field, "start": hit.start(), "end": hit.end()}
        for field, text in table.searched_texts(orjson.loads(None))
        for hit in pattern.finditer(text)
    ]
    # The rendered record is a JSON object: ``matches`` goes in as its last member.
    return orjson.Fragment(item[:-1] + b',"matches":' + orjson.dumps(matches) + b"}")


def x_with_matches__mutmut_12(item: bytes, table: Table, search: str) -> orjson.Fragment:
    """Return a searched page's item with ``matches``: where each text holds the search.

    Offsets count Unicode code points from the start of the field's text, end exclusive.
    """
    pattern = queries.search_pattern(search)
    matches = [
        {"field": field, "start": hit.start(), "end": hit.end()}
        for field, text in table.searched_texts(orjson.loads(item))
        for hit in pattern.finditer(None)
    ]
    # The rendered record is a JSON object: ``matches`` goes in as its last member.
    return orjson.Fragment(item[:-1] + b',"matches":' + orjson.dumps(matches) + b"}")


def x_with_matches__mutmut_13(item: bytes, table: Table, search: str) -> orjson.Fragment:
    """Return a searched page's item with ``matches``: where each text holds the search.

    Offsets count Unicode code points from the start of the field's text, end exclusive.
    """
    pattern = queries.search_pattern(search)
    matches = [
        {"field": field, "start": hit.start(), "end": hit.end()}
        for field, text in table.searched_texts(orjson.loads(item))
        for hit in pattern.finditer(text)
    ]
    # The rendered record is a JSON object: ``matches`` goes in as its last member.
    return orjson.Fragment(None)


def x_with_matches__mutmut_14(item: bytes, table: Table, search: str) -> orjson.Fragment:
    """Return a searched page's item with ``matches``: where each text holds the search.

    Offsets count Unicode code points from the start of the field's text, end exclusive.
    """
    pattern = queries.search_pattern(search)
    matches = [
        {"field": field, "start": hit.start(), "end": hit.end()}
        for field, text in table.searched_texts(orjson.loads(item))
        for hit in pattern.finditer(text)
    ]
    # The rendered record is a JSON object: ``matches`` goes in as its last member.
    return orjson.Fragment(item[:-1] + b',"matches":' + orjson.dumps(matches) - b"}")


def x_with_matches__mutmut_15(item: bytes, table: Table, search: str) -> orjson.Fragment:
    """Return a searched page's item with ``matches``: where each text holds the search.

    Offsets count Unicode code points from the start of the field's text, end exclusive.
    """
    pattern = queries.search_pattern(search)
    matches = [
        {"field": field, "start": hit.start(), "end": hit.end()}
        for field, text in table.searched_texts(orjson.loads(item))
        for hit in pattern.finditer(text)
    ]
    # The rendered record is a JSON object: ``matches`` goes in as its last member.
    return orjson.Fragment(item[:-1] + b',"matches":' - orjson.dumps(matches) + b"}")


def x_with_matches__mutmut_16(item: bytes, table: Table, search: str) -> orjson.Fragment:
    """Return a searched page's item with ``matches``: where each text holds the search.

    Offsets count Unicode code points from the start of the field's text, end exclusive.
    """
    pattern = queries.search_pattern(search)
    matches = [
        {"field": field, "start": hit.start(), "end": hit.end()}
        for field, text in table.searched_texts(orjson.loads(item))
        for hit in pattern.finditer(text)
    ]
    # The rendered record is a JSON object: ``matches`` goes in as its last member.
    return orjson.Fragment(item[:-1] - b',"matches":' + orjson.dumps(matches) + b"}")


def x_with_matches__mutmut_17(item: bytes, table: Table, search: str) -> orjson.Fragment:
    """Return a searched page's item with ``matches``: where each text holds the search.

    Offsets count Unicode code points from the start of the field's text, end exclusive.
    """
    pattern = queries.search_pattern(search)
    matches = [
        {"field": field, "start": hit.start(), "end": hit.end()}
        for field, text in table.searched_texts(orjson.loads(item))
        for hit in pattern.finditer(text)
    ]
    # The rendered record is a JSON object: ``matches`` goes in as its last member.
    return orjson.Fragment(item[:+1] + b',"matches":' + orjson.dumps(matches) + b"}")


def x_with_matches__mutmut_18(item: bytes, table: Table, search: str) -> orjson.Fragment:
    """Return a searched page's item with ``matches``: where each text holds the search.

    Offsets count Unicode code points from the start of the field's text, end exclusive.
    """
    pattern = queries.search_pattern(search)
    matches = [
        {"field": field, "start": hit.start(), "end": hit.end()}
        for field, text in table.searched_texts(orjson.loads(item))
        for hit in pattern.finditer(text)
    ]
    # The rendered record is a JSON object: ``matches`` goes in as its last member.
    return orjson.Fragment(item[:-2] + b',"matches":' + orjson.dumps(matches) + b"}")


def x_with_matches__mutmut_19(item: bytes, table: Table, search: str) -> orjson.Fragment:
    """Return a searched page's item with ``matches``: where each text holds the search.

    Offsets count Unicode code points from the start of the field's text, end exclusive.
    """
    pattern = queries.search_pattern(search)
    matches = [
        {"field": field, "start": hit.start(), "end": hit.end()}
        for field, text in table.searched_texts(orjson.loads(item))
        for hit in pattern.finditer(text)
    ]
    # The rendered record is a JSON object: ``matches`` goes in as its last member.
    return orjson.Fragment(item[:-1] + b'XX,"matches":XX' + orjson.dumps(matches) + b"}")


def x_with_matches__mutmut_20(item: bytes, table: Table, search: str) -> orjson.Fragment:
    """Return a searched page's item with ``matches``: where each text holds the search.

    Offsets count Unicode code points from the start of the field's text, end exclusive.
    """
    pattern = queries.search_pattern(search)
    matches = [
        {"field": field, "start": hit.start(), "end": hit.end()}
        for field, text in table.searched_texts(orjson.loads(item))
        for hit in pattern.finditer(text)
    ]
    # The rendered record is a JSON object: ``matches`` goes in as its last member.
    return orjson.Fragment(item[:-1] + b',"MATCHES":' + orjson.dumps(matches) + b"}")


def x_with_matches__mutmut_21(item: bytes, table: Table, search: str) -> orjson.Fragment:
    """Return a searched page's item with ``matches``: where each text holds the search.

    Offsets count Unicode code points from the start of the field's text, end exclusive.
    """
    pattern = queries.search_pattern(search)
    matches = [
        {"field": field, "start": hit.start(), "end": hit.end()}
        for field, text in table.searched_texts(orjson.loads(item))
        for hit in pattern.finditer(text)
    ]
    # The rendered record is a JSON object: ``matches`` goes in as its last member.
    return orjson.Fragment(item[:-1] + b',"matches":' + orjson.dumps(None) + b"}")


def x_with_matches__mutmut_22(item: bytes, table: Table, search: str) -> orjson.Fragment:
    """Return a searched page's item with ``matches``: where each text holds the search.

    Offsets count Unicode code points from the start of the field's text, end exclusive.
    """
    pattern = queries.search_pattern(search)
    matches = [
        {"field": field, "start": hit.start(), "end": hit.end()}
        for field, text in table.searched_texts(orjson.loads(item))
        for hit in pattern.finditer(text)
    ]
    # The rendered record is a JSON object: ``matches`` goes in as its last member.
    return orjson.Fragment(item[:-1] + b',"matches":' + orjson.dumps(matches) + b"XX}XX")

mutants_x_with_matches__mutmut['_mutmut_orig'] = x_with_matches__mutmut_orig # type: ignore # mutmut generated
mutants_x_with_matches__mutmut['x_with_matches__mutmut_1'] = x_with_matches__mutmut_1 # type: ignore # mutmut generated
mutants_x_with_matches__mutmut['x_with_matches__mutmut_2'] = x_with_matches__mutmut_2 # type: ignore # mutmut generated
mutants_x_with_matches__mutmut['x_with_matches__mutmut_3'] = x_with_matches__mutmut_3 # type: ignore # mutmut generated
mutants_x_with_matches__mutmut['x_with_matches__mutmut_4'] = x_with_matches__mutmut_4 # type: ignore # mutmut generated
mutants_x_with_matches__mutmut['x_with_matches__mutmut_5'] = x_with_matches__mutmut_5 # type: ignore # mutmut generated
mutants_x_with_matches__mutmut['x_with_matches__mutmut_6'] = x_with_matches__mutmut_6 # type: ignore # mutmut generated
mutants_x_with_matches__mutmut['x_with_matches__mutmut_7'] = x_with_matches__mutmut_7 # type: ignore # mutmut generated
mutants_x_with_matches__mutmut['x_with_matches__mutmut_8'] = x_with_matches__mutmut_8 # type: ignore # mutmut generated
mutants_x_with_matches__mutmut['x_with_matches__mutmut_9'] = x_with_matches__mutmut_9 # type: ignore # mutmut generated
mutants_x_with_matches__mutmut['x_with_matches__mutmut_10'] = x_with_matches__mutmut_10 # type: ignore # mutmut generated
mutants_x_with_matches__mutmut['x_with_matches__mutmut_11'] = x_with_matches__mutmut_11 # type: ignore # mutmut generated
mutants_x_with_matches__mutmut['x_with_matches__mutmut_12'] = x_with_matches__mutmut_12 # type: ignore # mutmut generated
mutants_x_with_matches__mutmut['x_with_matches__mutmut_13'] = x_with_matches__mutmut_13 # type: ignore # mutmut generated
mutants_x_with_matches__mutmut['x_with_matches__mutmut_14'] = x_with_matches__mutmut_14 # type: ignore # mutmut generated
mutants_x_with_matches__mutmut['x_with_matches__mutmut_15'] = x_with_matches__mutmut_15 # type: ignore # mutmut generated
mutants_x_with_matches__mutmut['x_with_matches__mutmut_16'] = x_with_matches__mutmut_16 # type: ignore # mutmut generated
mutants_x_with_matches__mutmut['x_with_matches__mutmut_17'] = x_with_matches__mutmut_17 # type: ignore # mutmut generated
mutants_x_with_matches__mutmut['x_with_matches__mutmut_18'] = x_with_matches__mutmut_18 # type: ignore # mutmut generated
mutants_x_with_matches__mutmut['x_with_matches__mutmut_19'] = x_with_matches__mutmut_19 # type: ignore # mutmut generated
mutants_x_with_matches__mutmut['x_with_matches__mutmut_20'] = x_with_matches__mutmut_20 # type: ignore # mutmut generated
mutants_x_with_matches__mutmut['x_with_matches__mutmut_21'] = x_with_matches__mutmut_21 # type: ignore # mutmut generated
mutants_x_with_matches__mutmut['x_with_matches__mutmut_22'] = x_with_matches__mutmut_22 # type: ignore # mutmut generated

"""Read the data files and enforce rules 1-5 of the data model, collecting every problem.

Every record is loaded through its marshmallow schema (rule 1); then ids, references,
cycles and paragraphs are checked (rules 2-5). Nothing here knows of HTTP or SQL.
"""

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from marshmallow import Schema

from api.dataset.loading import Progress, load_items
from schemas import ActorSchema, AidFigureSchema, ArticleSchema, StatementSchema
from schemas.common import SLUG_PATTERN

#: A record as loaded: its fields, with references as bare ids.
Record = dict[str, Any]
#: Where the data files live unless told otherwise: the embedded dataset.
DEFAULT_DATA_DIR = Path(__file__).resolve().parent.parent.parent / "data"

#: The collections in file order: problems are reported, and the version hashed, in this order.
COLLECTIONS: dict[str, Schema] = {
    "articles": ArticleSchema(),
    "actors": ActorSchema(),
    "statements": StatementSchema(),
    "aid_figures": AidFigureSchema(),
}
_RANK = {name: rank for rank, name in enumerate(COLLECTIONS)}
_SINGULAR = {"articles": "article", "actors": "actor", "statements": "statement"}
_SLUG = re.compile(SLUG_PATTERN)
_JSON_TYPES: dict[type, str] = {
    dict: "an object",
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "a boolean",
    type(None): "null",
}


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁDataErrorǁ__init____mutmut: MutantDict = {}  # type: ignore


class DataError(Exception):
    """The dataset breaks the data model's rules; ``problems`` has one line per problem."""

    @_mutmut_mutated(mutants_xǁDataErrorǁ__init____mutmut)
    def __init__(self, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the dataset:\n" + "\n".join(problems))
        self.problems = problems

    def xǁDataErrorǁ__init____mutmut_orig(self, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the dataset:\n" + "\n".join(problems))
        self.problems = problems

    def xǁDataErrorǁ__init____mutmut_1(self, problems: list[str]) -> None:
        super().__init__(None)
        self.problems = problems

    def xǁDataErrorǁ__init____mutmut_2(self, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the dataset:\n" - "\n".join(problems))
        self.problems = problems

    def xǁDataErrorǁ__init____mutmut_3(self, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the dataset:\n" + "\n".join(None))
        self.problems = problems

    def xǁDataErrorǁ__init____mutmut_4(self, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the dataset:\n" + "XX\nXX".join(problems))
        self.problems = problems

    def xǁDataErrorǁ__init____mutmut_5(self, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the dataset:\n" + "\n".join(problems))
        self.problems = None

    def __reduce__(self) -> tuple[type["DataError"], tuple[list[str]]]:
        """Pickle with the problems, so that the error crosses from a build process."""
        return DataError, (self.problems,)

mutants_xǁDataErrorǁ__init____mutmut['_mutmut_orig'] = DataError.xǁDataErrorǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁDataErrorǁ__init____mutmut['xǁDataErrorǁ__init____mutmut_1'] = DataError.xǁDataErrorǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁDataErrorǁ__init____mutmut['xǁDataErrorǁ__init____mutmut_2'] = DataError.xǁDataErrorǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁDataErrorǁ__init____mutmut['xǁDataErrorǁ__init____mutmut_3'] = DataError.xǁDataErrorǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁDataErrorǁ__init____mutmut['xǁDataErrorǁ__init____mutmut_4'] = DataError.xǁDataErrorǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁDataErrorǁ__init____mutmut['xǁDataErrorǁ__init____mutmut_5'] = DataError.xǁDataErrorǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁProblemsǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁProblemsǁ__bool____mutmut: MutantDict = {}  # type: ignore
mutants_xǁProblemsǁadd_file__mutmut: MutantDict = {}  # type: ignore
mutants_xǁProblemsǁadd__mutmut: MutantDict = {}  # type: ignore
mutants_xǁProblemsǁmessages__mutmut: MutantDict = {}  # type: ignore


class Problems:
    """Collect problem messages and give them back in file order, then record order."""

    @_mutmut_mutated(mutants_xǁProblemsǁ__init____mutmut)
    def __init__(self) -> None:
        self._items: list[tuple[int, int, str]] = []

    def xǁProblemsǁ__init____mutmut_orig(self) -> None:
        self._items: list[tuple[int, int, str]] = []

    def xǁProblemsǁ__init____mutmut_1(self) -> None:
        self._items: list[tuple[int, int, str]] = None

    @_mutmut_mutated(mutants_xǁProblemsǁ__bool____mutmut)
    def __bool__(self) -> bool:
        return bool(self._items)

    def xǁProblemsǁ__bool____mutmut_orig(self) -> bool:
        return bool(self._items)

    def xǁProblemsǁ__bool____mutmut_1(self) -> bool:
        return bool(None)

    @_mutmut_mutated(mutants_xǁProblemsǁadd_file__mutmut)
    def add_file(self, collection: str, message: str) -> None:
        """Record a problem with a whole file."""
        self._items.append((_RANK[collection], -1, f"{collection}.json: {message}"))

    def xǁProblemsǁadd_file__mutmut_orig(self, collection: str, message: str) -> None:
        """Record a problem with a whole file."""
        self._items.append((_RANK[collection], -1, f"{collection}.json: {message}"))

    def xǁProblemsǁadd_file__mutmut_1(self, collection: str, message: str) -> None:
        """Record a problem with a whole file."""
        self._items.append(None)

    def xǁProblemsǁadd_file__mutmut_2(self, collection: str, message: str) -> None:
        """Record a problem with a whole file."""
        self._items.append((_RANK[collection], +1, f"{collection}.json: {message}"))

    def xǁProblemsǁadd_file__mutmut_3(self, collection: str, message: str) -> None:
        """Record a problem with a whole file."""
        self._items.append((_RANK[collection], -2, f"{collection}.json: {message}"))

    @_mutmut_mutated(mutants_xǁProblemsǁadd__mutmut)
    def add(self, collection: str, index: int, key: str, field: str | None, message: str) -> None:
        """Record a problem with the record at ``index`` of a file, named ``key`` in the message."""
        where = f"{key}: {field}" if field else key
        self._items.append((_RANK[collection], index, f"{collection}.json: {where}: {message}"))

    def xǁProblemsǁadd__mutmut_orig(self, collection: str, index: int, key: str, field: str | None, message: str) -> None:
        """Record a problem with the record at ``index`` of a file, named ``key`` in the message."""
        where = f"{key}: {field}" if field else key
        self._items.append((_RANK[collection], index, f"{collection}.json: {where}: {message}"))

    def xǁProblemsǁadd__mutmut_1(self, collection: str, index: int, key: str, field: str | None, message: str) -> None:
        """Record a problem with the record at ``index`` of a file, named ``key`` in the message."""
        where = None
        self._items.append((_RANK[collection], index, f"{collection}.json: {where}: {message}"))

    def xǁProblemsǁadd__mutmut_2(self, collection: str, index: int, key: str, field: str | None, message: str) -> None:
        """Record a problem with the record at ``index`` of a file, named ``key`` in the message."""
        where = f"{key}: {field}" if (field) and False else key
        self._items.append((_RANK[collection], index, f"{collection}.json: {where}: {message}"))

    def xǁProblemsǁadd__mutmut_3(self, collection: str, index: int, key: str, field: str | None, message: str) -> None:
        """Record a problem with the record at ``index`` of a file, named ``key`` in the message."""
        where = f"{key}: {field}" if (field) or True else key
        self._items.append((_RANK[collection], index, f"{collection}.json: {where}: {message}"))

    def xǁProblemsǁadd__mutmut_4(self, collection: str, index: int, key: str, field: str | None, message: str) -> None:
        """Record a problem with the record at ``index`` of a file, named ``key`` in the message."""
        where = f"{key}: {field}" if field else key
        self._items.append(None)

    @_mutmut_mutated(mutants_xǁProblemsǁmessages__mutmut)
    def messages(self) -> list[str]:
        """Return every message, sorted stably by file and record."""
        return [message for _, _, message in sorted(self._items, key=lambda item: item[:2])]

    def xǁProblemsǁmessages__mutmut_orig(self) -> list[str]:
        """Return every message, sorted stably by file and record."""
        return [message for _, _, message in sorted(self._items, key=lambda item: item[:2])]

    def xǁProblemsǁmessages__mutmut_1(self) -> list[str]:
        """Return every message, sorted stably by file and record."""
        return [message for _, _, message in sorted(None, key=lambda item: item[:2])]

    def xǁProblemsǁmessages__mutmut_2(self) -> list[str]:
        """Return every message, sorted stably by file and record."""
        return [message for _, _, message in sorted(self._items, key=None)]

    def xǁProblemsǁmessages__mutmut_3(self) -> list[str]:
        """Return every message, sorted stably by file and record."""
        return [message for _, _, message in sorted(key=lambda item: item[:2])]

    def xǁProblemsǁmessages__mutmut_4(self) -> list[str]:
        """Return every message, sorted stably by file and record."""
        return [message for _, _, message in sorted(self._items, )]

    def xǁProblemsǁmessages__mutmut_5(self) -> list[str]:
        """Return every message, sorted stably by file and record."""
        return [message for _, _, message in sorted(self._items, key=lambda item: None)]

    def xǁProblemsǁmessages__mutmut_6(self) -> list[str]:
        """Return every message, sorted stably by file and record."""
        return [message for _, _, message in sorted(self._items, key=lambda item: item[:3])]

mutants_xǁProblemsǁ__init____mutmut['_mutmut_orig'] = Problems.xǁProblemsǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁProblemsǁ__init____mutmut['xǁProblemsǁ__init____mutmut_1'] = Problems.xǁProblemsǁ__init____mutmut_1 # type: ignore # mutmut generated

mutants_xǁProblemsǁ__bool____mutmut['_mutmut_orig'] = Problems.xǁProblemsǁ__bool____mutmut_orig # type: ignore # mutmut generated
mutants_xǁProblemsǁ__bool____mutmut['xǁProblemsǁ__bool____mutmut_1'] = Problems.xǁProblemsǁ__bool____mutmut_1 # type: ignore # mutmut generated

mutants_xǁProblemsǁadd_file__mutmut['_mutmut_orig'] = Problems.xǁProblemsǁadd_file__mutmut_orig # type: ignore # mutmut generated
mutants_xǁProblemsǁadd_file__mutmut['xǁProblemsǁadd_file__mutmut_1'] = Problems.xǁProblemsǁadd_file__mutmut_1 # type: ignore # mutmut generated
mutants_xǁProblemsǁadd_file__mutmut['xǁProblemsǁadd_file__mutmut_2'] = Problems.xǁProblemsǁadd_file__mutmut_2 # type: ignore # mutmut generated
mutants_xǁProblemsǁadd_file__mutmut['xǁProblemsǁadd_file__mutmut_3'] = Problems.xǁProblemsǁadd_file__mutmut_3 # type: ignore # mutmut generated

mutants_xǁProblemsǁadd__mutmut['_mutmut_orig'] = Problems.xǁProblemsǁadd__mutmut_orig # type: ignore # mutmut generated
mutants_xǁProblemsǁadd__mutmut['xǁProblemsǁadd__mutmut_1'] = Problems.xǁProblemsǁadd__mutmut_1 # type: ignore # mutmut generated
mutants_xǁProblemsǁadd__mutmut['xǁProblemsǁadd__mutmut_2'] = Problems.xǁProblemsǁadd__mutmut_2 # type: ignore # mutmut generated
mutants_xǁProblemsǁadd__mutmut['xǁProblemsǁadd__mutmut_3'] = Problems.xǁProblemsǁadd__mutmut_3 # type: ignore # mutmut generated
mutants_xǁProblemsǁadd__mutmut['xǁProblemsǁadd__mutmut_4'] = Problems.xǁProblemsǁadd__mutmut_4 # type: ignore # mutmut generated

mutants_xǁProblemsǁmessages__mutmut['_mutmut_orig'] = Problems.xǁProblemsǁmessages__mutmut_orig # type: ignore # mutmut generated
mutants_xǁProblemsǁmessages__mutmut['xǁProblemsǁmessages__mutmut_1'] = Problems.xǁProblemsǁmessages__mutmut_1 # type: ignore # mutmut generated
mutants_xǁProblemsǁmessages__mutmut['xǁProblemsǁmessages__mutmut_2'] = Problems.xǁProblemsǁmessages__mutmut_2 # type: ignore # mutmut generated
mutants_xǁProblemsǁmessages__mutmut['xǁProblemsǁmessages__mutmut_3'] = Problems.xǁProblemsǁmessages__mutmut_3 # type: ignore # mutmut generated
mutants_xǁProblemsǁmessages__mutmut['xǁProblemsǁmessages__mutmut_4'] = Problems.xǁProblemsǁmessages__mutmut_4 # type: ignore # mutmut generated
mutants_xǁProblemsǁmessages__mutmut['xǁProblemsǁmessages__mutmut_5'] = Problems.xǁProblemsǁmessages__mutmut_5 # type: ignore # mutmut generated
mutants_xǁProblemsǁmessages__mutmut['xǁProblemsǁmessages__mutmut_6'] = Problems.xǁProblemsǁmessages__mutmut_6 # type: ignore # mutmut generated
mutants_xǁDatasetǁreport__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class Dataset:
    """The records that loaded through their schemas, with where each sits in its file."""

    #: collection -> id -> record; the first record of each id, if it loaded.
    records: dict[str, dict[str, Record]]
    #: collection -> id -> index in the file of the first record with that id.
    positions: dict[str, dict[str, int]]
    #: The collections whose file could not be read as an array: no id is known in them.
    unreadable: frozenset[str]
    version: str

    @_mutmut_mutated(mutants_xǁDatasetǁreport__mutmut)
    def report(
        self, problems: Problems, collection: str, record_id: str, field: str, message: str
    ) -> None:
        """Record a problem with a record known by its id."""
        problems.add(collection, self.positions[collection][record_id], record_id, field, message)

    def xǁDatasetǁreport__mutmut_orig(
        self, problems: Problems, collection: str, record_id: str, field: str, message: str
    ) -> None:
        """Record a problem with a record known by its id."""
        problems.add(collection, self.positions[collection][record_id], record_id, field, message)

    def xǁDatasetǁreport__mutmut_1(
        self, problems: Problems, collection: str, record_id: str, field: str, message: str
    ) -> None:
        """Record a problem with a record known by its id."""
        problems.add(None, self.positions[collection][record_id], record_id, field, message)

    def xǁDatasetǁreport__mutmut_2(
        self, problems: Problems, collection: str, record_id: str, field: str, message: str
    ) -> None:
        """Record a problem with a record known by its id."""
        problems.add(collection, None, record_id, field, message)

    def xǁDatasetǁreport__mutmut_3(
        self, problems: Problems, collection: str, record_id: str, field: str, message: str
    ) -> None:
        """Record a problem with a record known by its id."""
        problems.add(collection, self.positions[collection][record_id], None, field, message)

    def xǁDatasetǁreport__mutmut_4(
        self, problems: Problems, collection: str, record_id: str, field: str, message: str
    ) -> None:
        """Record a problem with a record known by its id."""
        problems.add(collection, self.positions[collection][record_id], record_id, None, message)

    def xǁDatasetǁreport__mutmut_5(
        self, problems: Problems, collection: str, record_id: str, field: str, message: str
    ) -> None:
        """Record a problem with a record known by its id."""
        problems.add(collection, self.positions[collection][record_id], record_id, field, None)

    def xǁDatasetǁreport__mutmut_6(
        self, problems: Problems, collection: str, record_id: str, field: str, message: str
    ) -> None:
        """Record a problem with a record known by its id."""
        problems.add(self.positions[collection][record_id], record_id, field, message)

    def xǁDatasetǁreport__mutmut_7(
        self, problems: Problems, collection: str, record_id: str, field: str, message: str
    ) -> None:
        """Record a problem with a record known by its id."""
        problems.add(collection, record_id, field, message)

    def xǁDatasetǁreport__mutmut_8(
        self, problems: Problems, collection: str, record_id: str, field: str, message: str
    ) -> None:
        """Record a problem with a record known by its id."""
        problems.add(collection, self.positions[collection][record_id], field, message)

    def xǁDatasetǁreport__mutmut_9(
        self, problems: Problems, collection: str, record_id: str, field: str, message: str
    ) -> None:
        """Record a problem with a record known by its id."""
        problems.add(collection, self.positions[collection][record_id], record_id, message)

    def xǁDatasetǁreport__mutmut_10(
        self, problems: Problems, collection: str, record_id: str, field: str, message: str
    ) -> None:
        """Record a problem with a record known by its id."""
        problems.add(collection, self.positions[collection][record_id], record_id, field, )

    def counts(self) -> dict[str, int]:
        """Return how many records each collection holds."""
        return {collection: len(records) for collection, records in self.records.items()}

mutants_xǁDatasetǁreport__mutmut['_mutmut_orig'] = Dataset.xǁDatasetǁreport__mutmut_orig # type: ignore # mutmut generated
mutants_xǁDatasetǁreport__mutmut['xǁDatasetǁreport__mutmut_1'] = Dataset.xǁDatasetǁreport__mutmut_1 # type: ignore # mutmut generated
mutants_xǁDatasetǁreport__mutmut['xǁDatasetǁreport__mutmut_2'] = Dataset.xǁDatasetǁreport__mutmut_2 # type: ignore # mutmut generated
mutants_xǁDatasetǁreport__mutmut['xǁDatasetǁreport__mutmut_3'] = Dataset.xǁDatasetǁreport__mutmut_3 # type: ignore # mutmut generated
mutants_xǁDatasetǁreport__mutmut['xǁDatasetǁreport__mutmut_4'] = Dataset.xǁDatasetǁreport__mutmut_4 # type: ignore # mutmut generated
mutants_xǁDatasetǁreport__mutmut['xǁDatasetǁreport__mutmut_5'] = Dataset.xǁDatasetǁreport__mutmut_5 # type: ignore # mutmut generated
mutants_xǁDatasetǁreport__mutmut['xǁDatasetǁreport__mutmut_6'] = Dataset.xǁDatasetǁreport__mutmut_6 # type: ignore # mutmut generated
mutants_xǁDatasetǁreport__mutmut['xǁDatasetǁreport__mutmut_7'] = Dataset.xǁDatasetǁreport__mutmut_7 # type: ignore # mutmut generated
mutants_xǁDatasetǁreport__mutmut['xǁDatasetǁreport__mutmut_8'] = Dataset.xǁDatasetǁreport__mutmut_8 # type: ignore # mutmut generated
mutants_xǁDatasetǁreport__mutmut['xǁDatasetǁreport__mutmut_9'] = Dataset.xǁDatasetǁreport__mutmut_9 # type: ignore # mutmut generated
mutants_xǁDatasetǁreport__mutmut['xǁDatasetǁreport__mutmut_10'] = Dataset.xǁDatasetǁreport__mutmut_10 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_load_dataset__mutmut)
def load_dataset(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_orig(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_1(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = None
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_2(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = None
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_3(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = None
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_4(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = None
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_5(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = None
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_6(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(None, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_7(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, None, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_8(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, None)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_9(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_10(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_11(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, )
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_12(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(None)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_13(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is not None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_14(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(None)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_15(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = None
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_16(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(None, len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_17(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", None) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_18(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_19(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", ) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_20(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = None
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_21(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                None, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_22(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, None, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_23(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, None, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_24(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, None
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_25(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_26(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_27(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_28(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_29(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(None)
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_30(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = None
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_31(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(None, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_32(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, None, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_33(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, None, digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_34(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), None)
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_35(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_36(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_37(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_38(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), )
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_39(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(None), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_40(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:17])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_41(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step(None, 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_42(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", None) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_43(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step(1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_44(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", ) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_45(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("XXrules 2-5XX", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_46(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("RULES 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_47(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 2) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_48(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(None, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_49(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, None)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_50(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_51(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, )
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_52(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(None, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_53(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, None, "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_54(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", None, problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_55(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", None)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_56(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles("actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_57(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_58(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_59(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", )
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_60(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "XXactorsXX", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_61(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "ACTORS", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_62(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "XXpart_ofXX", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_63(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "PART_OF", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_64(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(None, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_65(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, None, "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_66(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", None, problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_67(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", None)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_68(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles("statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_69(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_70(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_71(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", )
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_72(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "XXstatementsXX", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_73(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "STATEMENTS", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_74(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "XXreported_byXX", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_75(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "REPORTED_BY", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_76(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(None, problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_77(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, None)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_78(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(problems)
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_79(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, )
        _check_paragraphs(dataset, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_80(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(None, problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_81(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, None)
        advance(1)
    return dataset


def x_load_dataset__mutmut_82(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(problems)
        advance(1)
    return dataset


def x_load_dataset__mutmut_83(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, )
        advance(1)
    return dataset


def x_load_dataset__mutmut_84(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(None)
    return dataset


def x_load_dataset__mutmut_85(data_dir: Path, problems: Problems, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in COLLECTIONS.items():
        content, items = _read_array(data_dir, collection, problems)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, problems
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, problems)
        _check_cycles(dataset, "actors", "part_of", problems)
        _check_cycles(dataset, "statements", "reported_by", problems)
        _check_reporting_articles(dataset, problems)
        _check_paragraphs(dataset, problems)
        advance(2)
    return dataset

mutants_x_load_dataset__mutmut['_mutmut_orig'] = x_load_dataset__mutmut_orig # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_1'] = x_load_dataset__mutmut_1 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_2'] = x_load_dataset__mutmut_2 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_3'] = x_load_dataset__mutmut_3 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_4'] = x_load_dataset__mutmut_4 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_5'] = x_load_dataset__mutmut_5 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_6'] = x_load_dataset__mutmut_6 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_7'] = x_load_dataset__mutmut_7 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_8'] = x_load_dataset__mutmut_8 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_9'] = x_load_dataset__mutmut_9 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_10'] = x_load_dataset__mutmut_10 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_11'] = x_load_dataset__mutmut_11 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_12'] = x_load_dataset__mutmut_12 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_13'] = x_load_dataset__mutmut_13 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_14'] = x_load_dataset__mutmut_14 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_15'] = x_load_dataset__mutmut_15 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_16'] = x_load_dataset__mutmut_16 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_17'] = x_load_dataset__mutmut_17 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_18'] = x_load_dataset__mutmut_18 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_19'] = x_load_dataset__mutmut_19 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_20'] = x_load_dataset__mutmut_20 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_21'] = x_load_dataset__mutmut_21 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_22'] = x_load_dataset__mutmut_22 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_23'] = x_load_dataset__mutmut_23 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_24'] = x_load_dataset__mutmut_24 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_25'] = x_load_dataset__mutmut_25 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_26'] = x_load_dataset__mutmut_26 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_27'] = x_load_dataset__mutmut_27 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_28'] = x_load_dataset__mutmut_28 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_29'] = x_load_dataset__mutmut_29 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_30'] = x_load_dataset__mutmut_30 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_31'] = x_load_dataset__mutmut_31 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_32'] = x_load_dataset__mutmut_32 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_33'] = x_load_dataset__mutmut_33 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_34'] = x_load_dataset__mutmut_34 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_35'] = x_load_dataset__mutmut_35 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_36'] = x_load_dataset__mutmut_36 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_37'] = x_load_dataset__mutmut_37 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_38'] = x_load_dataset__mutmut_38 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_39'] = x_load_dataset__mutmut_39 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_40'] = x_load_dataset__mutmut_40 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_41'] = x_load_dataset__mutmut_41 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_42'] = x_load_dataset__mutmut_42 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_43'] = x_load_dataset__mutmut_43 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_44'] = x_load_dataset__mutmut_44 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_45'] = x_load_dataset__mutmut_45 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_46'] = x_load_dataset__mutmut_46 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_47'] = x_load_dataset__mutmut_47 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_48'] = x_load_dataset__mutmut_48 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_49'] = x_load_dataset__mutmut_49 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_50'] = x_load_dataset__mutmut_50 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_51'] = x_load_dataset__mutmut_51 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_52'] = x_load_dataset__mutmut_52 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_53'] = x_load_dataset__mutmut_53 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_54'] = x_load_dataset__mutmut_54 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_55'] = x_load_dataset__mutmut_55 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_56'] = x_load_dataset__mutmut_56 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_57'] = x_load_dataset__mutmut_57 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_58'] = x_load_dataset__mutmut_58 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_59'] = x_load_dataset__mutmut_59 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_60'] = x_load_dataset__mutmut_60 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_61'] = x_load_dataset__mutmut_61 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_62'] = x_load_dataset__mutmut_62 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_63'] = x_load_dataset__mutmut_63 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_64'] = x_load_dataset__mutmut_64 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_65'] = x_load_dataset__mutmut_65 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_66'] = x_load_dataset__mutmut_66 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_67'] = x_load_dataset__mutmut_67 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_68'] = x_load_dataset__mutmut_68 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_69'] = x_load_dataset__mutmut_69 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_70'] = x_load_dataset__mutmut_70 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_71'] = x_load_dataset__mutmut_71 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_72'] = x_load_dataset__mutmut_72 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_73'] = x_load_dataset__mutmut_73 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_74'] = x_load_dataset__mutmut_74 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_75'] = x_load_dataset__mutmut_75 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_76'] = x_load_dataset__mutmut_76 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_77'] = x_load_dataset__mutmut_77 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_78'] = x_load_dataset__mutmut_78 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_79'] = x_load_dataset__mutmut_79 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_80'] = x_load_dataset__mutmut_80 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_81'] = x_load_dataset__mutmut_81 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_82'] = x_load_dataset__mutmut_82 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_83'] = x_load_dataset__mutmut_83 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_84'] = x_load_dataset__mutmut_84 # type: ignore # mutmut generated
mutants_x_load_dataset__mutmut['x_load_dataset__mutmut_85'] = x_load_dataset__mutmut_85 # type: ignore # mutmut generated
mutants_x__read_array__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__read_array__mutmut)
def _read_array(
    data_dir: Path, collection: str, problems: Problems
) -> tuple[bytes, list[Any] | None]:
    """Return a data file's bytes and its records, or None if it is not a JSON array."""
    try:
        content = (data_dir / f"{collection}.json").read_bytes()
    except OSError as error:
        problems.add_file(collection, f"cannot read: {error.strerror}")
        return b"", None
    try:
        items = orjson.loads(content)
    except orjson.JSONDecodeError as error:
        problems.add_file(
            collection, f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        )
        return content, None
    if not isinstance(items, list):
        kind = _JSON_TYPES[type(items)]
        problems.add_file(collection, f"expected a JSON array of records, got {kind}")
        return content, None
    return content, items


def x__read_array__mutmut_orig(
    data_dir: Path, collection: str, problems: Problems
) -> tuple[bytes, list[Any] | None]:
    """Return a data file's bytes and its records, or None if it is not a JSON array."""
    try:
        content = (data_dir / f"{collection}.json").read_bytes()
    except OSError as error:
        problems.add_file(collection, f"cannot read: {error.strerror}")
        return b"", None
    try:
        items = orjson.loads(content)
    except orjson.JSONDecodeError as error:
        problems.add_file(
            collection, f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        )
        return content, None
    if not isinstance(items, list):
        kind = _JSON_TYPES[type(items)]
        problems.add_file(collection, f"expected a JSON array of records, got {kind}")
        return content, None
    return content, items


def x__read_array__mutmut_1(
    data_dir: Path, collection: str, problems: Problems
) -> tuple[bytes, list[Any] | None]:
    """Return a data file's bytes and its records, or None if it is not a JSON array."""
    try:
        content = None
    except OSError as error:
        problems.add_file(collection, f"cannot read: {error.strerror}")
        return b"", None
    try:
        items = orjson.loads(content)
    except orjson.JSONDecodeError as error:
        problems.add_file(
            collection, f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        )
        return content, None
    if not isinstance(items, list):
        kind = _JSON_TYPES[type(items)]
        problems.add_file(collection, f"expected a JSON array of records, got {kind}")
        return content, None
    return content, items


def x__read_array__mutmut_2(
    data_dir: Path, collection: str, problems: Problems
) -> tuple[bytes, list[Any] | None]:
    """Return a data file's bytes and its records, or None if it is not a JSON array."""
    try:
        content = (data_dir * f"{collection}.json").read_bytes()
    except OSError as error:
        problems.add_file(collection, f"cannot read: {error.strerror}")
        return b"", None
    try:
        items = orjson.loads(content)
    except orjson.JSONDecodeError as error:
        problems.add_file(
            collection, f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        )
        return content, None
    if not isinstance(items, list):
        kind = _JSON_TYPES[type(items)]
        problems.add_file(collection, f"expected a JSON array of records, got {kind}")
        return content, None
    return content, items


def x__read_array__mutmut_3(
    data_dir: Path, collection: str, problems: Problems
) -> tuple[bytes, list[Any] | None]:
    """Return a data file's bytes and its records, or None if it is not a JSON array."""
    try:
        content = (data_dir / f"{collection}.json").read_bytes()
    except OSError as error:
        problems.add_file(None, f"cannot read: {error.strerror}")
        return b"", None
    try:
        items = orjson.loads(content)
    except orjson.JSONDecodeError as error:
        problems.add_file(
            collection, f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        )
        return content, None
    if not isinstance(items, list):
        kind = _JSON_TYPES[type(items)]
        problems.add_file(collection, f"expected a JSON array of records, got {kind}")
        return content, None
    return content, items


def x__read_array__mutmut_4(
    data_dir: Path, collection: str, problems: Problems
) -> tuple[bytes, list[Any] | None]:
    """Return a data file's bytes and its records, or None if it is not a JSON array."""
    try:
        content = (data_dir / f"{collection}.json").read_bytes()
    except OSError as error:
        problems.add_file(collection, None)
        return b"", None
    try:
        items = orjson.loads(content)
    except orjson.JSONDecodeError as error:
        problems.add_file(
            collection, f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        )
        return content, None
    if not isinstance(items, list):
        kind = _JSON_TYPES[type(items)]
        problems.add_file(collection, f"expected a JSON array of records, got {kind}")
        return content, None
    return content, items


def x__read_array__mutmut_5(
    data_dir: Path, collection: str, problems: Problems
) -> tuple[bytes, list[Any] | None]:
    """Return a data file's bytes and its records, or None if it is not a JSON array."""
    try:
        content = (data_dir / f"{collection}.json").read_bytes()
    except OSError as error:
        problems.add_file(f"cannot read: {error.strerror}")
        return b"", None
    try:
        items = orjson.loads(content)
    except orjson.JSONDecodeError as error:
        problems.add_file(
            collection, f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        )
        return content, None
    if not isinstance(items, list):
        kind = _JSON_TYPES[type(items)]
        problems.add_file(collection, f"expected a JSON array of records, got {kind}")
        return content, None
    return content, items


def x__read_array__mutmut_6(
    data_dir: Path, collection: str, problems: Problems
) -> tuple[bytes, list[Any] | None]:
    """Return a data file's bytes and its records, or None if it is not a JSON array."""
    try:
        content = (data_dir / f"{collection}.json").read_bytes()
    except OSError as error:
        problems.add_file(collection, )
        return b"", None
    try:
        items = orjson.loads(content)
    except orjson.JSONDecodeError as error:
        problems.add_file(
            collection, f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        )
        return content, None
    if not isinstance(items, list):
        kind = _JSON_TYPES[type(items)]
        problems.add_file(collection, f"expected a JSON array of records, got {kind}")
        return content, None
    return content, items


def x__read_array__mutmut_7(
    data_dir: Path, collection: str, problems: Problems
) -> tuple[bytes, list[Any] | None]:
    """Return a data file's bytes and its records, or None if it is not a JSON array."""
    try:
        content = (data_dir / f"{collection}.json").read_bytes()
    except OSError as error:
        problems.add_file(collection, f"cannot read: {error.strerror}")
        return b"XXXX", None
    try:
        items = orjson.loads(content)
    except orjson.JSONDecodeError as error:
        problems.add_file(
            collection, f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        )
        return content, None
    if not isinstance(items, list):
        kind = _JSON_TYPES[type(items)]
        problems.add_file(collection, f"expected a JSON array of records, got {kind}")
        return content, None
    return content, items


def x__read_array__mutmut_8(
    data_dir: Path, collection: str, problems: Problems
) -> tuple[bytes, list[Any] | None]:
    """Return a data file's bytes and its records, or None if it is not a JSON array."""
    try:
        content = (data_dir / f"{collection}.json").read_bytes()
    except OSError as error:
        problems.add_file(collection, f"cannot read: {error.strerror}")
        return b"", None
    try:
        items = None
    except orjson.JSONDecodeError as error:
        problems.add_file(
            collection, f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        )
        return content, None
    if not isinstance(items, list):
        kind = _JSON_TYPES[type(items)]
        problems.add_file(collection, f"expected a JSON array of records, got {kind}")
        return content, None
    return content, items


def x__read_array__mutmut_9(
    data_dir: Path, collection: str, problems: Problems
) -> tuple[bytes, list[Any] | None]:
    """Return a data file's bytes and its records, or None if it is not a JSON array."""
    try:
        content = (data_dir / f"{collection}.json").read_bytes()
    except OSError as error:
        problems.add_file(collection, f"cannot read: {error.strerror}")
        return b"", None
    try:
        items = orjson.loads(None)
    except orjson.JSONDecodeError as error:
        problems.add_file(
            collection, f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        )
        return content, None
    if not isinstance(items, list):
        kind = _JSON_TYPES[type(items)]
        problems.add_file(collection, f"expected a JSON array of records, got {kind}")
        return content, None
    return content, items


def x__read_array__mutmut_10(
    data_dir: Path, collection: str, problems: Problems
) -> tuple[bytes, list[Any] | None]:
    """Return a data file's bytes and its records, or None if it is not a JSON array."""
    try:
        content = (data_dir / f"{collection}.json").read_bytes()
    except OSError as error:
        problems.add_file(collection, f"cannot read: {error.strerror}")
        return b"", None
    try:
        items = orjson.loads(content)
    except orjson.JSONDecodeError as error:
        problems.add_file(
            None, f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        )
        return content, None
    if not isinstance(items, list):
        kind = _JSON_TYPES[type(items)]
        problems.add_file(collection, f"expected a JSON array of records, got {kind}")
        return content, None
    return content, items


def x__read_array__mutmut_11(
    data_dir: Path, collection: str, problems: Problems
) -> tuple[bytes, list[Any] | None]:
    """Return a data file's bytes and its records, or None if it is not a JSON array."""
    try:
        content = (data_dir / f"{collection}.json").read_bytes()
    except OSError as error:
        problems.add_file(collection, f"cannot read: {error.strerror}")
        return b"", None
    try:
        items = orjson.loads(content)
    except orjson.JSONDecodeError as error:
        problems.add_file(
            collection, None
        )
        return content, None
    if not isinstance(items, list):
        kind = _JSON_TYPES[type(items)]
        problems.add_file(collection, f"expected a JSON array of records, got {kind}")
        return content, None
    return content, items


def x__read_array__mutmut_12(
    data_dir: Path, collection: str, problems: Problems
) -> tuple[bytes, list[Any] | None]:
    """Return a data file's bytes and its records, or None if it is not a JSON array."""
    try:
        content = (data_dir / f"{collection}.json").read_bytes()
    except OSError as error:
        problems.add_file(collection, f"cannot read: {error.strerror}")
        return b"", None
    try:
        items = orjson.loads(content)
    except orjson.JSONDecodeError as error:
        problems.add_file(
            f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        )
        return content, None
    if not isinstance(items, list):
        kind = _JSON_TYPES[type(items)]
        problems.add_file(collection, f"expected a JSON array of records, got {kind}")
        return content, None
    return content, items


def x__read_array__mutmut_13(
    data_dir: Path, collection: str, problems: Problems
) -> tuple[bytes, list[Any] | None]:
    """Return a data file's bytes and its records, or None if it is not a JSON array."""
    try:
        content = (data_dir / f"{collection}.json").read_bytes()
    except OSError as error:
        problems.add_file(collection, f"cannot read: {error.strerror}")
        return b"", None
    try:
        items = orjson.loads(content)
    except orjson.JSONDecodeError as error:
        problems.add_file(
            collection, )
        return content, None
    if not isinstance(items, list):
        kind = _JSON_TYPES[type(items)]
        problems.add_file(collection, f"expected a JSON array of records, got {kind}")
        return content, None
    return content, items


def x__read_array__mutmut_14(
    data_dir: Path, collection: str, problems: Problems
) -> tuple[bytes, list[Any] | None]:
    """Return a data file's bytes and its records, or None if it is not a JSON array."""
    try:
        content = (data_dir / f"{collection}.json").read_bytes()
    except OSError as error:
        problems.add_file(collection, f"cannot read: {error.strerror}")
        return b"", None
    try:
        items = orjson.loads(content)
    except orjson.JSONDecodeError as error:
        problems.add_file(
            collection, f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        )
        return content, None
    if isinstance(items, list):
        kind = _JSON_TYPES[type(items)]
        problems.add_file(collection, f"expected a JSON array of records, got {kind}")
        return content, None
    return content, items


def x__read_array__mutmut_15(
    data_dir: Path, collection: str, problems: Problems
) -> tuple[bytes, list[Any] | None]:
    """Return a data file's bytes and its records, or None if it is not a JSON array."""
    try:
        content = (data_dir / f"{collection}.json").read_bytes()
    except OSError as error:
        problems.add_file(collection, f"cannot read: {error.strerror}")
        return b"", None
    try:
        items = orjson.loads(content)
    except orjson.JSONDecodeError as error:
        problems.add_file(
            collection, f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        )
        return content, None
    if not isinstance(items, list):
        kind = None
        problems.add_file(collection, f"expected a JSON array of records, got {kind}")
        return content, None
    return content, items


def x__read_array__mutmut_16(
    data_dir: Path, collection: str, problems: Problems
) -> tuple[bytes, list[Any] | None]:
    """Return a data file's bytes and its records, or None if it is not a JSON array."""
    try:
        content = (data_dir / f"{collection}.json").read_bytes()
    except OSError as error:
        problems.add_file(collection, f"cannot read: {error.strerror}")
        return b"", None
    try:
        items = orjson.loads(content)
    except orjson.JSONDecodeError as error:
        problems.add_file(
            collection, f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        )
        return content, None
    if not isinstance(items, list):
        kind = _JSON_TYPES[type(None)]
        problems.add_file(collection, f"expected a JSON array of records, got {kind}")
        return content, None
    return content, items


def x__read_array__mutmut_17(
    data_dir: Path, collection: str, problems: Problems
) -> tuple[bytes, list[Any] | None]:
    """Return a data file's bytes and its records, or None if it is not a JSON array."""
    try:
        content = (data_dir / f"{collection}.json").read_bytes()
    except OSError as error:
        problems.add_file(collection, f"cannot read: {error.strerror}")
        return b"", None
    try:
        items = orjson.loads(content)
    except orjson.JSONDecodeError as error:
        problems.add_file(
            collection, f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        )
        return content, None
    if not isinstance(items, list):
        kind = _JSON_TYPES[type(items)]
        problems.add_file(None, f"expected a JSON array of records, got {kind}")
        return content, None
    return content, items


def x__read_array__mutmut_18(
    data_dir: Path, collection: str, problems: Problems
) -> tuple[bytes, list[Any] | None]:
    """Return a data file's bytes and its records, or None if it is not a JSON array."""
    try:
        content = (data_dir / f"{collection}.json").read_bytes()
    except OSError as error:
        problems.add_file(collection, f"cannot read: {error.strerror}")
        return b"", None
    try:
        items = orjson.loads(content)
    except orjson.JSONDecodeError as error:
        problems.add_file(
            collection, f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        )
        return content, None
    if not isinstance(items, list):
        kind = _JSON_TYPES[type(items)]
        problems.add_file(collection, None)
        return content, None
    return content, items


def x__read_array__mutmut_19(
    data_dir: Path, collection: str, problems: Problems
) -> tuple[bytes, list[Any] | None]:
    """Return a data file's bytes and its records, or None if it is not a JSON array."""
    try:
        content = (data_dir / f"{collection}.json").read_bytes()
    except OSError as error:
        problems.add_file(collection, f"cannot read: {error.strerror}")
        return b"", None
    try:
        items = orjson.loads(content)
    except orjson.JSONDecodeError as error:
        problems.add_file(
            collection, f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        )
        return content, None
    if not isinstance(items, list):
        kind = _JSON_TYPES[type(items)]
        problems.add_file(f"expected a JSON array of records, got {kind}")
        return content, None
    return content, items


def x__read_array__mutmut_20(
    data_dir: Path, collection: str, problems: Problems
) -> tuple[bytes, list[Any] | None]:
    """Return a data file's bytes and its records, or None if it is not a JSON array."""
    try:
        content = (data_dir / f"{collection}.json").read_bytes()
    except OSError as error:
        problems.add_file(collection, f"cannot read: {error.strerror}")
        return b"", None
    try:
        items = orjson.loads(content)
    except orjson.JSONDecodeError as error:
        problems.add_file(
            collection, f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        )
        return content, None
    if not isinstance(items, list):
        kind = _JSON_TYPES[type(items)]
        problems.add_file(collection, )
        return content, None
    return content, items

mutants_x__read_array__mutmut['_mutmut_orig'] = x__read_array__mutmut_orig # type: ignore # mutmut generated
mutants_x__read_array__mutmut['x__read_array__mutmut_1'] = x__read_array__mutmut_1 # type: ignore # mutmut generated
mutants_x__read_array__mutmut['x__read_array__mutmut_2'] = x__read_array__mutmut_2 # type: ignore # mutmut generated
mutants_x__read_array__mutmut['x__read_array__mutmut_3'] = x__read_array__mutmut_3 # type: ignore # mutmut generated
mutants_x__read_array__mutmut['x__read_array__mutmut_4'] = x__read_array__mutmut_4 # type: ignore # mutmut generated
mutants_x__read_array__mutmut['x__read_array__mutmut_5'] = x__read_array__mutmut_5 # type: ignore # mutmut generated
mutants_x__read_array__mutmut['x__read_array__mutmut_6'] = x__read_array__mutmut_6 # type: ignore # mutmut generated
mutants_x__read_array__mutmut['x__read_array__mutmut_7'] = x__read_array__mutmut_7 # type: ignore # mutmut generated
mutants_x__read_array__mutmut['x__read_array__mutmut_8'] = x__read_array__mutmut_8 # type: ignore # mutmut generated
mutants_x__read_array__mutmut['x__read_array__mutmut_9'] = x__read_array__mutmut_9 # type: ignore # mutmut generated
mutants_x__read_array__mutmut['x__read_array__mutmut_10'] = x__read_array__mutmut_10 # type: ignore # mutmut generated
mutants_x__read_array__mutmut['x__read_array__mutmut_11'] = x__read_array__mutmut_11 # type: ignore # mutmut generated
mutants_x__read_array__mutmut['x__read_array__mutmut_12'] = x__read_array__mutmut_12 # type: ignore # mutmut generated
mutants_x__read_array__mutmut['x__read_array__mutmut_13'] = x__read_array__mutmut_13 # type: ignore # mutmut generated
mutants_x__read_array__mutmut['x__read_array__mutmut_14'] = x__read_array__mutmut_14 # type: ignore # mutmut generated
mutants_x__read_array__mutmut['x__read_array__mutmut_15'] = x__read_array__mutmut_15 # type: ignore # mutmut generated
mutants_x__read_array__mutmut['x__read_array__mutmut_16'] = x__read_array__mutmut_16 # type: ignore # mutmut generated
mutants_x__read_array__mutmut['x__read_array__mutmut_17'] = x__read_array__mutmut_17 # type: ignore # mutmut generated
mutants_x__read_array__mutmut['x__read_array__mutmut_18'] = x__read_array__mutmut_18 # type: ignore # mutmut generated
mutants_x__read_array__mutmut['x__read_array__mutmut_19'] = x__read_array__mutmut_19 # type: ignore # mutmut generated
mutants_x__read_array__mutmut['x__read_array__mutmut_20'] = x__read_array__mutmut_20 # type: ignore # mutmut generated
mutants_x__load_records__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__load_records__mutmut)
def _load_records(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_orig(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_1(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = None
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_2(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = None
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_3(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = None
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_4(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(None, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_5(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, None)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_6(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_7(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, )
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_8(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(None):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_9(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(None, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_10(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, None, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_11(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=None)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_12(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_13(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_14(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, )):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_15(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=False)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_16(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_17(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(None, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_18(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, None, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_19(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, None, None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_20(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, None)
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_21(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_22(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_23(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_24(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_25(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, )
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_26(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "XXexpected a JSON objectXX")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_27(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a json object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_28(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "EXPECTED A JSON OBJECT")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_29(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            break
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_30(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = None
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_31(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get(None)
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_32(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("XXidXX")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_33(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("ID")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_34(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_35(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if (isinstance(raw_id, str) and _SLUG.match(raw_id)) and False else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_36(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if (isinstance(raw_id, str) and _SLUG.match(raw_id)) or True else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_37(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) or _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_38(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(None) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_39(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = None
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_40(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id and f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_41(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = None
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_42(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id not in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_43(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = None
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_44(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(None, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_45(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, None, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_46(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, None, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_47(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, None, message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_48(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", None)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_49(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_50(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_51(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_52(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_53(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", )
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_54(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "XXidXX", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_55(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "ID", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_56(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_57(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = None
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_58(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is not None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_59(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(None):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_60(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(None, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_61(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, None, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_62(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, None, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_63(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, None, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_64(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, None)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_65(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_66(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_67(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_68(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_69(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, )
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_70(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            break
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_71(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None or not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_72(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_73(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_74(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = None
    return dict(sorted(records.items())), positions


def x__load_records__mutmut_75(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(None), positions


def x__load_records__mutmut_76(
    collection: str, schema: Schema, items: list[Any], problems: Problems
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index."""
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            problems.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            problems.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if record is None:
            for field, message in _flatten(errors):
                problems.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(None)), positions

mutants_x__load_records__mutmut['_mutmut_orig'] = x__load_records__mutmut_orig # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_1'] = x__load_records__mutmut_1 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_2'] = x__load_records__mutmut_2 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_3'] = x__load_records__mutmut_3 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_4'] = x__load_records__mutmut_4 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_5'] = x__load_records__mutmut_5 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_6'] = x__load_records__mutmut_6 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_7'] = x__load_records__mutmut_7 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_8'] = x__load_records__mutmut_8 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_9'] = x__load_records__mutmut_9 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_10'] = x__load_records__mutmut_10 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_11'] = x__load_records__mutmut_11 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_12'] = x__load_records__mutmut_12 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_13'] = x__load_records__mutmut_13 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_14'] = x__load_records__mutmut_14 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_15'] = x__load_records__mutmut_15 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_16'] = x__load_records__mutmut_16 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_17'] = x__load_records__mutmut_17 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_18'] = x__load_records__mutmut_18 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_19'] = x__load_records__mutmut_19 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_20'] = x__load_records__mutmut_20 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_21'] = x__load_records__mutmut_21 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_22'] = x__load_records__mutmut_22 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_23'] = x__load_records__mutmut_23 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_24'] = x__load_records__mutmut_24 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_25'] = x__load_records__mutmut_25 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_26'] = x__load_records__mutmut_26 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_27'] = x__load_records__mutmut_27 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_28'] = x__load_records__mutmut_28 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_29'] = x__load_records__mutmut_29 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_30'] = x__load_records__mutmut_30 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_31'] = x__load_records__mutmut_31 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_32'] = x__load_records__mutmut_32 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_33'] = x__load_records__mutmut_33 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_34'] = x__load_records__mutmut_34 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_35'] = x__load_records__mutmut_35 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_36'] = x__load_records__mutmut_36 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_37'] = x__load_records__mutmut_37 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_38'] = x__load_records__mutmut_38 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_39'] = x__load_records__mutmut_39 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_40'] = x__load_records__mutmut_40 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_41'] = x__load_records__mutmut_41 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_42'] = x__load_records__mutmut_42 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_43'] = x__load_records__mutmut_43 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_44'] = x__load_records__mutmut_44 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_45'] = x__load_records__mutmut_45 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_46'] = x__load_records__mutmut_46 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_47'] = x__load_records__mutmut_47 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_48'] = x__load_records__mutmut_48 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_49'] = x__load_records__mutmut_49 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_50'] = x__load_records__mutmut_50 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_51'] = x__load_records__mutmut_51 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_52'] = x__load_records__mutmut_52 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_53'] = x__load_records__mutmut_53 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_54'] = x__load_records__mutmut_54 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_55'] = x__load_records__mutmut_55 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_56'] = x__load_records__mutmut_56 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_57'] = x__load_records__mutmut_57 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_58'] = x__load_records__mutmut_58 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_59'] = x__load_records__mutmut_59 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_60'] = x__load_records__mutmut_60 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_61'] = x__load_records__mutmut_61 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_62'] = x__load_records__mutmut_62 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_63'] = x__load_records__mutmut_63 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_64'] = x__load_records__mutmut_64 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_65'] = x__load_records__mutmut_65 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_66'] = x__load_records__mutmut_66 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_67'] = x__load_records__mutmut_67 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_68'] = x__load_records__mutmut_68 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_69'] = x__load_records__mutmut_69 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_70'] = x__load_records__mutmut_70 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_71'] = x__load_records__mutmut_71 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_72'] = x__load_records__mutmut_72 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_73'] = x__load_records__mutmut_73 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_74'] = x__load_records__mutmut_74 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_75'] = x__load_records__mutmut_75 # type: ignore # mutmut generated
mutants_x__load_records__mutmut['x__load_records__mutmut_76'] = x__load_records__mutmut_76 # type: ignore # mutmut generated
mutants_x__flatten__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__flatten__mutmut)
def _flatten(messages: Any, path: str = "") -> Iterator[tuple[str | None, str]]:
    """Yield one ``(dotted field path, message)`` per message of a marshmallow error."""
    if isinstance(messages, dict):
        for key, value in messages.items():
            # marshmallow files errors about a whole (nested) object under "_schema".
            child = path if key == "_schema" else f"{path}.{key}" if path else str(key)
            yield from _flatten(value, child)
    elif isinstance(messages, list):
        for message in messages:
            yield from _flatten(message, path)
    else:
        yield path or None, str(messages)


def x__flatten__mutmut_orig(messages: Any, path: str = "") -> Iterator[tuple[str | None, str]]:
    """Yield one ``(dotted field path, message)`` per message of a marshmallow error."""
    if isinstance(messages, dict):
        for key, value in messages.items():
            # marshmallow files errors about a whole (nested) object under "_schema".
            child = path if key == "_schema" else f"{path}.{key}" if path else str(key)
            yield from _flatten(value, child)
    elif isinstance(messages, list):
        for message in messages:
            yield from _flatten(message, path)
    else:
        yield path or None, str(messages)


def x__flatten__mutmut_1(messages: Any, path: str = "XXXX") -> Iterator[tuple[str | None, str]]:
    """Yield one ``(dotted field path, message)`` per message of a marshmallow error."""
    if isinstance(messages, dict):
        for key, value in messages.items():
            # marshmallow files errors about a whole (nested) object under "_schema".
            child = path if key == "_schema" else f"{path}.{key}" if path else str(key)
            yield from _flatten(value, child)
    elif isinstance(messages, list):
        for message in messages:
            yield from _flatten(message, path)
    else:
        yield path or None, str(messages)


def x__flatten__mutmut_2(messages: Any, path: str = "") -> Iterator[tuple[str | None, str]]:
    """Yield one ``(dotted field path, message)`` per message of a marshmallow error."""
    if isinstance(messages, dict):
        for key, value in messages.items():
            # marshmallow files errors about a whole (nested) object under "_schema".
            child = None
            yield from _flatten(value, child)
    elif isinstance(messages, list):
        for message in messages:
            yield from _flatten(message, path)
    else:
        yield path or None, str(messages)


def x__flatten__mutmut_3(messages: Any, path: str = "") -> Iterator[tuple[str | None, str]]:
    """Yield one ``(dotted field path, message)`` per message of a marshmallow error."""
    if isinstance(messages, dict):
        for key, value in messages.items():
            # marshmallow files errors about a whole (nested) object under "_schema".
            child = path if (key == "_schema") and False else f"{path}.{key}" if path else str(key)
            yield from _flatten(value, child)
    elif isinstance(messages, list):
        for message in messages:
            yield from _flatten(message, path)
    else:
        yield path or None, str(messages)


def x__flatten__mutmut_4(messages: Any, path: str = "") -> Iterator[tuple[str | None, str]]:
    """Yield one ``(dotted field path, message)`` per message of a marshmallow error."""
    if isinstance(messages, dict):
        for key, value in messages.items():
            # marshmallow files errors about a whole (nested) object under "_schema".
            child = path if (key == "_schema") or True else f"{path}.{key}" if path else str(key)
            yield from _flatten(value, child)
    elif isinstance(messages, list):
        for message in messages:
            yield from _flatten(message, path)
    else:
        yield path or None, str(messages)


def x__flatten__mutmut_5(messages: Any, path: str = "") -> Iterator[tuple[str | None, str]]:
    """Yield one ``(dotted field path, message)`` per message of a marshmallow error."""
    if isinstance(messages, dict):
        for key, value in messages.items():
            # marshmallow files errors about a whole (nested) object under "_schema".
            child = path if key != "_schema" else f"{path}.{key}" if path else str(key)
            yield from _flatten(value, child)
    elif isinstance(messages, list):
        for message in messages:
            yield from _flatten(message, path)
    else:
        yield path or None, str(messages)


def x__flatten__mutmut_6(messages: Any, path: str = "") -> Iterator[tuple[str | None, str]]:
    """Yield one ``(dotted field path, message)`` per message of a marshmallow error."""
    if isinstance(messages, dict):
        for key, value in messages.items():
            # marshmallow files errors about a whole (nested) object under "_schema".
            child = path if key == "XX_schemaXX" else f"{path}.{key}" if path else str(key)
            yield from _flatten(value, child)
    elif isinstance(messages, list):
        for message in messages:
            yield from _flatten(message, path)
    else:
        yield path or None, str(messages)


def x__flatten__mutmut_7(messages: Any, path: str = "") -> Iterator[tuple[str | None, str]]:
    """Yield one ``(dotted field path, message)`` per message of a marshmallow error."""
    if isinstance(messages, dict):
        for key, value in messages.items():
            # marshmallow files errors about a whole (nested) object under "_schema".
            child = path if key == "_SCHEMA" else f"{path}.{key}" if path else str(key)
            yield from _flatten(value, child)
    elif isinstance(messages, list):
        for message in messages:
            yield from _flatten(message, path)
    else:
        yield path or None, str(messages)


def x__flatten__mutmut_8(messages: Any, path: str = "") -> Iterator[tuple[str | None, str]]:
    """Yield one ``(dotted field path, message)`` per message of a marshmallow error."""
    if isinstance(messages, dict):
        for key, value in messages.items():
            # marshmallow files errors about a whole (nested) object under "_schema".
            child = path if key == "_schema" else f"{path}.{key}" if (path) and False else str(key)
            yield from _flatten(value, child)
    elif isinstance(messages, list):
        for message in messages:
            yield from _flatten(message, path)
    else:
        yield path or None, str(messages)


def x__flatten__mutmut_9(messages: Any, path: str = "") -> Iterator[tuple[str | None, str]]:
    """Yield one ``(dotted field path, message)`` per message of a marshmallow error."""
    if isinstance(messages, dict):
        for key, value in messages.items():
            # marshmallow files errors about a whole (nested) object under "_schema".
            child = path if key == "_schema" else f"{path}.{key}" if (path) or True else str(key)
            yield from _flatten(value, child)
    elif isinstance(messages, list):
        for message in messages:
            yield from _flatten(message, path)
    else:
        yield path or None, str(messages)


def x__flatten__mutmut_10(messages: Any, path: str = "") -> Iterator[tuple[str | None, str]]:
    """Yield one ``(dotted field path, message)`` per message of a marshmallow error."""
    if isinstance(messages, dict):
        for key, value in messages.items():
            # marshmallow files errors about a whole (nested) object under "_schema".
            child = path if key == "_schema" else f"{path}.{key}" if path else str(None)
            yield from _flatten(value, child)
    elif isinstance(messages, list):
        for message in messages:
            yield from _flatten(message, path)
    else:
        yield path or None, str(messages)


def x__flatten__mutmut_11(messages: Any, path: str = "") -> Iterator[tuple[str | None, str]]:
    """Yield one ``(dotted field path, message)`` per message of a marshmallow error."""
    if isinstance(messages, dict):
        for key, value in messages.items():
            # marshmallow files errors about a whole (nested) object under "_schema".
            child = path if key == "_schema" else f"{path}.{key}" if path else str(key)
            yield from _flatten(None, child)
    elif isinstance(messages, list):
        for message in messages:
            yield from _flatten(message, path)
    else:
        yield path or None, str(messages)


def x__flatten__mutmut_12(messages: Any, path: str = "") -> Iterator[tuple[str | None, str]]:
    """Yield one ``(dotted field path, message)`` per message of a marshmallow error."""
    if isinstance(messages, dict):
        for key, value in messages.items():
            # marshmallow files errors about a whole (nested) object under "_schema".
            child = path if key == "_schema" else f"{path}.{key}" if path else str(key)
            yield from _flatten(value, None)
    elif isinstance(messages, list):
        for message in messages:
            yield from _flatten(message, path)
    else:
        yield path or None, str(messages)


def x__flatten__mutmut_13(messages: Any, path: str = "") -> Iterator[tuple[str | None, str]]:
    """Yield one ``(dotted field path, message)`` per message of a marshmallow error."""
    if isinstance(messages, dict):
        for key, value in messages.items():
            # marshmallow files errors about a whole (nested) object under "_schema".
            child = path if key == "_schema" else f"{path}.{key}" if path else str(key)
            yield from _flatten(child)
    elif isinstance(messages, list):
        for message in messages:
            yield from _flatten(message, path)
    else:
        yield path or None, str(messages)


def x__flatten__mutmut_14(messages: Any, path: str = "") -> Iterator[tuple[str | None, str]]:
    """Yield one ``(dotted field path, message)`` per message of a marshmallow error."""
    if isinstance(messages, dict):
        for key, value in messages.items():
            # marshmallow files errors about a whole (nested) object under "_schema".
            child = path if key == "_schema" else f"{path}.{key}" if path else str(key)
            yield from _flatten(value, )
    elif isinstance(messages, list):
        for message in messages:
            yield from _flatten(message, path)
    else:
        yield path or None, str(messages)


def x__flatten__mutmut_15(messages: Any, path: str = "") -> Iterator[tuple[str | None, str]]:
    """Yield one ``(dotted field path, message)`` per message of a marshmallow error."""
    if isinstance(messages, dict):
        for key, value in messages.items():
            # marshmallow files errors about a whole (nested) object under "_schema".
            child = path if key == "_schema" else f"{path}.{key}" if path else str(key)
            yield from _flatten(value, child)
    elif isinstance(messages, list):
        for message in messages:
            yield from _flatten(None, path)
    else:
        yield path or None, str(messages)


def x__flatten__mutmut_16(messages: Any, path: str = "") -> Iterator[tuple[str | None, str]]:
    """Yield one ``(dotted field path, message)`` per message of a marshmallow error."""
    if isinstance(messages, dict):
        for key, value in messages.items():
            # marshmallow files errors about a whole (nested) object under "_schema".
            child = path if key == "_schema" else f"{path}.{key}" if path else str(key)
            yield from _flatten(value, child)
    elif isinstance(messages, list):
        for message in messages:
            yield from _flatten(message, None)
    else:
        yield path or None, str(messages)


def x__flatten__mutmut_17(messages: Any, path: str = "") -> Iterator[tuple[str | None, str]]:
    """Yield one ``(dotted field path, message)`` per message of a marshmallow error."""
    if isinstance(messages, dict):
        for key, value in messages.items():
            # marshmallow files errors about a whole (nested) object under "_schema".
            child = path if key == "_schema" else f"{path}.{key}" if path else str(key)
            yield from _flatten(value, child)
    elif isinstance(messages, list):
        for message in messages:
            yield from _flatten(path)
    else:
        yield path or None, str(messages)


def x__flatten__mutmut_18(messages: Any, path: str = "") -> Iterator[tuple[str | None, str]]:
    """Yield one ``(dotted field path, message)`` per message of a marshmallow error."""
    if isinstance(messages, dict):
        for key, value in messages.items():
            # marshmallow files errors about a whole (nested) object under "_schema".
            child = path if key == "_schema" else f"{path}.{key}" if path else str(key)
            yield from _flatten(value, child)
    elif isinstance(messages, list):
        for message in messages:
            yield from _flatten(message, )
    else:
        yield path or None, str(messages)


def x__flatten__mutmut_19(messages: Any, path: str = "") -> Iterator[tuple[str | None, str]]:
    """Yield one ``(dotted field path, message)`` per message of a marshmallow error."""
    if isinstance(messages, dict):
        for key, value in messages.items():
            # marshmallow files errors about a whole (nested) object under "_schema".
            child = path if key == "_schema" else f"{path}.{key}" if path else str(key)
            yield from _flatten(value, child)
    elif isinstance(messages, list):
        for message in messages:
            yield from _flatten(message, path)
    else:
        yield path and None, str(messages)


def x__flatten__mutmut_20(messages: Any, path: str = "") -> Iterator[tuple[str | None, str]]:
    """Yield one ``(dotted field path, message)`` per message of a marshmallow error."""
    if isinstance(messages, dict):
        for key, value in messages.items():
            # marshmallow files errors about a whole (nested) object under "_schema".
            child = path if key == "_schema" else f"{path}.{key}" if path else str(key)
            yield from _flatten(value, child)
    elif isinstance(messages, list):
        for message in messages:
            yield from _flatten(message, path)
    else:
        yield path or None, str(None)

mutants_x__flatten__mutmut['_mutmut_orig'] = x__flatten__mutmut_orig # type: ignore # mutmut generated
mutants_x__flatten__mutmut['x__flatten__mutmut_1'] = x__flatten__mutmut_1 # type: ignore # mutmut generated
mutants_x__flatten__mutmut['x__flatten__mutmut_2'] = x__flatten__mutmut_2 # type: ignore # mutmut generated
mutants_x__flatten__mutmut['x__flatten__mutmut_3'] = x__flatten__mutmut_3 # type: ignore # mutmut generated
mutants_x__flatten__mutmut['x__flatten__mutmut_4'] = x__flatten__mutmut_4 # type: ignore # mutmut generated
mutants_x__flatten__mutmut['x__flatten__mutmut_5'] = x__flatten__mutmut_5 # type: ignore # mutmut generated
mutants_x__flatten__mutmut['x__flatten__mutmut_6'] = x__flatten__mutmut_6 # type: ignore # mutmut generated
mutants_x__flatten__mutmut['x__flatten__mutmut_7'] = x__flatten__mutmut_7 # type: ignore # mutmut generated
mutants_x__flatten__mutmut['x__flatten__mutmut_8'] = x__flatten__mutmut_8 # type: ignore # mutmut generated
mutants_x__flatten__mutmut['x__flatten__mutmut_9'] = x__flatten__mutmut_9 # type: ignore # mutmut generated
mutants_x__flatten__mutmut['x__flatten__mutmut_10'] = x__flatten__mutmut_10 # type: ignore # mutmut generated
mutants_x__flatten__mutmut['x__flatten__mutmut_11'] = x__flatten__mutmut_11 # type: ignore # mutmut generated
mutants_x__flatten__mutmut['x__flatten__mutmut_12'] = x__flatten__mutmut_12 # type: ignore # mutmut generated
mutants_x__flatten__mutmut['x__flatten__mutmut_13'] = x__flatten__mutmut_13 # type: ignore # mutmut generated
mutants_x__flatten__mutmut['x__flatten__mutmut_14'] = x__flatten__mutmut_14 # type: ignore # mutmut generated
mutants_x__flatten__mutmut['x__flatten__mutmut_15'] = x__flatten__mutmut_15 # type: ignore # mutmut generated
mutants_x__flatten__mutmut['x__flatten__mutmut_16'] = x__flatten__mutmut_16 # type: ignore # mutmut generated
mutants_x__flatten__mutmut['x__flatten__mutmut_17'] = x__flatten__mutmut_17 # type: ignore # mutmut generated
mutants_x__flatten__mutmut['x__flatten__mutmut_18'] = x__flatten__mutmut_18 # type: ignore # mutmut generated
mutants_x__flatten__mutmut['x__flatten__mutmut_19'] = x__flatten__mutmut_19 # type: ignore # mutmut generated
mutants_x__flatten__mutmut['x__flatten__mutmut_20'] = x__flatten__mutmut_20 # type: ignore # mutmut generated
mutants_x__references__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__references__mutmut)
def _references(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_orig(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_1(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "XXevidence.articleXX", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_2(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "EVIDENCE.ARTICLE", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_3(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "XXarticlesXX", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_4(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "ARTICLES", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_5(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["XXevidenceXX"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_6(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["EVIDENCE"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_7(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["XXarticleXX"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_8(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["ARTICLE"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_9(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection != "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_10(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "XXactorsXX":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_11(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "ACTORS":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_12(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "XXpart_ofXX", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_13(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "PART_OF", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_14(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "XXactorsXX", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_15(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "ACTORS", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_16(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["XXpart_ofXX"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_17(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["PART_OF"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_18(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(None):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_19(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["XXrolesXX"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_20(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["ROLES"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_21(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "XXactorsXX", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_22(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "ACTORS", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_23(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["XXorganizationXX"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_24(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["ORGANIZATION"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_25(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection != "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_26(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "XXstatementsXX":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_27(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "STATEMENTS":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_28(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "XXspeakerXX", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_29(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "SPEAKER", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_30(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "XXactorsXX", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_31(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "ACTORS", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_32(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["XXspeakerXX"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_33(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["SPEAKER"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_34(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("XXaddresseesXX", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_35(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("ADDRESSEES", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_36(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "XXmentionsXX"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_37(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "MENTIONS"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_38(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(None):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_39(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "XXactorsXX", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_40(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "ACTORS", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_41(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "XXreported_byXX", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_42(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "REPORTED_BY", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_43(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "XXstatementsXX", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_44(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "STATEMENTS", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_45(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["XXreported_byXX"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_46(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["REPORTED_BY"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_47(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection != "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_48(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "XXaid_figuresXX":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_49(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "AID_FIGURES":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_50(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "XXdonorXX", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_51(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "DONOR", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_52(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "XXactorsXX", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_53(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "ACTORS", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_54(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["XXdonorXX"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_55(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["DONOR"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_56(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "XXrecipientXX", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_57(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "RECIPIENT", "actors", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_58(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "XXactorsXX", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_59(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "ACTORS", record["recipient"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_60(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["XXrecipientXX"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_61(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["RECIPIENT"]
        yield "reported_by", "statements", record["reported_by"]


def x__references__mutmut_62(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "XXreported_byXX", "statements", record["reported_by"]


def x__references__mutmut_63(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "REPORTED_BY", "statements", record["reported_by"]


def x__references__mutmut_64(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "XXstatementsXX", record["reported_by"]


def x__references__mutmut_65(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "STATEMENTS", record["reported_by"]


def x__references__mutmut_66(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["XXreported_byXX"]


def x__references__mutmut_67(collection: str, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    yield "evidence.article", "articles", record["evidence"]["article"]
    if collection == "actors":
        yield "part_of", "actors", record["part_of"]
        for number, role in enumerate(record["roles"]):
            yield f"roles.{number}.organization", "actors", role["organization"]
    elif collection == "statements":
        yield "speaker", "actors", record["speaker"]
        for field in ("addressees", "mentions"):
            for number, actor_id in enumerate(record[field]):
                yield f"{field}.{number}", "actors", actor_id
        yield "reported_by", "statements", record["reported_by"]
    elif collection == "aid_figures":
        yield "donor", "actors", record["donor"]
        yield "recipient", "actors", record["recipient"]
        yield "reported_by", "statements", record["REPORTED_BY"]

mutants_x__references__mutmut['_mutmut_orig'] = x__references__mutmut_orig # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_1'] = x__references__mutmut_1 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_2'] = x__references__mutmut_2 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_3'] = x__references__mutmut_3 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_4'] = x__references__mutmut_4 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_5'] = x__references__mutmut_5 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_6'] = x__references__mutmut_6 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_7'] = x__references__mutmut_7 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_8'] = x__references__mutmut_8 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_9'] = x__references__mutmut_9 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_10'] = x__references__mutmut_10 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_11'] = x__references__mutmut_11 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_12'] = x__references__mutmut_12 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_13'] = x__references__mutmut_13 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_14'] = x__references__mutmut_14 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_15'] = x__references__mutmut_15 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_16'] = x__references__mutmut_16 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_17'] = x__references__mutmut_17 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_18'] = x__references__mutmut_18 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_19'] = x__references__mutmut_19 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_20'] = x__references__mutmut_20 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_21'] = x__references__mutmut_21 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_22'] = x__references__mutmut_22 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_23'] = x__references__mutmut_23 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_24'] = x__references__mutmut_24 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_25'] = x__references__mutmut_25 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_26'] = x__references__mutmut_26 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_27'] = x__references__mutmut_27 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_28'] = x__references__mutmut_28 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_29'] = x__references__mutmut_29 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_30'] = x__references__mutmut_30 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_31'] = x__references__mutmut_31 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_32'] = x__references__mutmut_32 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_33'] = x__references__mutmut_33 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_34'] = x__references__mutmut_34 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_35'] = x__references__mutmut_35 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_36'] = x__references__mutmut_36 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_37'] = x__references__mutmut_37 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_38'] = x__references__mutmut_38 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_39'] = x__references__mutmut_39 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_40'] = x__references__mutmut_40 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_41'] = x__references__mutmut_41 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_42'] = x__references__mutmut_42 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_43'] = x__references__mutmut_43 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_44'] = x__references__mutmut_44 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_45'] = x__references__mutmut_45 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_46'] = x__references__mutmut_46 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_47'] = x__references__mutmut_47 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_48'] = x__references__mutmut_48 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_49'] = x__references__mutmut_49 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_50'] = x__references__mutmut_50 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_51'] = x__references__mutmut_51 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_52'] = x__references__mutmut_52 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_53'] = x__references__mutmut_53 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_54'] = x__references__mutmut_54 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_55'] = x__references__mutmut_55 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_56'] = x__references__mutmut_56 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_57'] = x__references__mutmut_57 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_58'] = x__references__mutmut_58 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_59'] = x__references__mutmut_59 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_60'] = x__references__mutmut_60 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_61'] = x__references__mutmut_61 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_62'] = x__references__mutmut_62 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_63'] = x__references__mutmut_63 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_64'] = x__references__mutmut_64 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_65'] = x__references__mutmut_65 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_66'] = x__references__mutmut_66 # type: ignore # mutmut generated
mutants_x__references__mutmut['x__references__mutmut_67'] = x__references__mutmut_67 # type: ignore # mutmut generated
mutants_x__check_references__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_references__mutmut)
def _check_references(dataset: Dataset, problems: Problems) -> None:
    """Rule 3: every reference names a record of the right collection."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            for field, target, target_id in _references(collection, record):
                # A record that failed its schema still counts as present, and a file that
                # failed to parse hides every id, so one mistake is reported once, not everywhere.
                if target_id is None or target in dataset.unreadable:
                    continue
                if target_id not in dataset.positions[target]:
                    message = f"unknown {_SINGULAR[target]} '{target_id}'"
                    dataset.report(problems, collection, record_id, field, message)


def x__check_references__mutmut_orig(dataset: Dataset, problems: Problems) -> None:
    """Rule 3: every reference names a record of the right collection."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            for field, target, target_id in _references(collection, record):
                # A record that failed its schema still counts as present, and a file that
                # failed to parse hides every id, so one mistake is reported once, not everywhere.
                if target_id is None or target in dataset.unreadable:
                    continue
                if target_id not in dataset.positions[target]:
                    message = f"unknown {_SINGULAR[target]} '{target_id}'"
                    dataset.report(problems, collection, record_id, field, message)


def x__check_references__mutmut_1(dataset: Dataset, problems: Problems) -> None:
    """Rule 3: every reference names a record of the right collection."""
    for collection in ("XXactorsXX", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            for field, target, target_id in _references(collection, record):
                # A record that failed its schema still counts as present, and a file that
                # failed to parse hides every id, so one mistake is reported once, not everywhere.
                if target_id is None or target in dataset.unreadable:
                    continue
                if target_id not in dataset.positions[target]:
                    message = f"unknown {_SINGULAR[target]} '{target_id}'"
                    dataset.report(problems, collection, record_id, field, message)


def x__check_references__mutmut_2(dataset: Dataset, problems: Problems) -> None:
    """Rule 3: every reference names a record of the right collection."""
    for collection in ("ACTORS", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            for field, target, target_id in _references(collection, record):
                # A record that failed its schema still counts as present, and a file that
                # failed to parse hides every id, so one mistake is reported once, not everywhere.
                if target_id is None or target in dataset.unreadable:
                    continue
                if target_id not in dataset.positions[target]:
                    message = f"unknown {_SINGULAR[target]} '{target_id}'"
                    dataset.report(problems, collection, record_id, field, message)


def x__check_references__mutmut_3(dataset: Dataset, problems: Problems) -> None:
    """Rule 3: every reference names a record of the right collection."""
    for collection in ("actors", "XXstatementsXX", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            for field, target, target_id in _references(collection, record):
                # A record that failed its schema still counts as present, and a file that
                # failed to parse hides every id, so one mistake is reported once, not everywhere.
                if target_id is None or target in dataset.unreadable:
                    continue
                if target_id not in dataset.positions[target]:
                    message = f"unknown {_SINGULAR[target]} '{target_id}'"
                    dataset.report(problems, collection, record_id, field, message)


def x__check_references__mutmut_4(dataset: Dataset, problems: Problems) -> None:
    """Rule 3: every reference names a record of the right collection."""
    for collection in ("actors", "STATEMENTS", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            for field, target, target_id in _references(collection, record):
                # A record that failed its schema still counts as present, and a file that
                # failed to parse hides every id, so one mistake is reported once, not everywhere.
                if target_id is None or target in dataset.unreadable:
                    continue
                if target_id not in dataset.positions[target]:
                    message = f"unknown {_SINGULAR[target]} '{target_id}'"
                    dataset.report(problems, collection, record_id, field, message)


def x__check_references__mutmut_5(dataset: Dataset, problems: Problems) -> None:
    """Rule 3: every reference names a record of the right collection."""
    for collection in ("actors", "statements", "XXaid_figuresXX"):
        for record_id, record in dataset.records[collection].items():
            for field, target, target_id in _references(collection, record):
                # A record that failed its schema still counts as present, and a file that
                # failed to parse hides every id, so one mistake is reported once, not everywhere.
                if target_id is None or target in dataset.unreadable:
                    continue
                if target_id not in dataset.positions[target]:
                    message = f"unknown {_SINGULAR[target]} '{target_id}'"
                    dataset.report(problems, collection, record_id, field, message)


def x__check_references__mutmut_6(dataset: Dataset, problems: Problems) -> None:
    """Rule 3: every reference names a record of the right collection."""
    for collection in ("actors", "statements", "AID_FIGURES"):
        for record_id, record in dataset.records[collection].items():
            for field, target, target_id in _references(collection, record):
                # A record that failed its schema still counts as present, and a file that
                # failed to parse hides every id, so one mistake is reported once, not everywhere.
                if target_id is None or target in dataset.unreadable:
                    continue
                if target_id not in dataset.positions[target]:
                    message = f"unknown {_SINGULAR[target]} '{target_id}'"
                    dataset.report(problems, collection, record_id, field, message)


def x__check_references__mutmut_7(dataset: Dataset, problems: Problems) -> None:
    """Rule 3: every reference names a record of the right collection."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            for field, target, target_id in _references(None, record):
                # A record that failed its schema still counts as present, and a file that
                # failed to parse hides every id, so one mistake is reported once, not everywhere.
                if target_id is None or target in dataset.unreadable:
                    continue
                if target_id not in dataset.positions[target]:
                    message = f"unknown {_SINGULAR[target]} '{target_id}'"
                    dataset.report(problems, collection, record_id, field, message)


def x__check_references__mutmut_8(dataset: Dataset, problems: Problems) -> None:
    """Rule 3: every reference names a record of the right collection."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            for field, target, target_id in _references(collection, None):
                # A record that failed its schema still counts as present, and a file that
                # failed to parse hides every id, so one mistake is reported once, not everywhere.
                if target_id is None or target in dataset.unreadable:
                    continue
                if target_id not in dataset.positions[target]:
                    message = f"unknown {_SINGULAR[target]} '{target_id}'"
                    dataset.report(problems, collection, record_id, field, message)


def x__check_references__mutmut_9(dataset: Dataset, problems: Problems) -> None:
    """Rule 3: every reference names a record of the right collection."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            for field, target, target_id in _references(record):
                # A record that failed its schema still counts as present, and a file that
                # failed to parse hides every id, so one mistake is reported once, not everywhere.
                if target_id is None or target in dataset.unreadable:
                    continue
                if target_id not in dataset.positions[target]:
                    message = f"unknown {_SINGULAR[target]} '{target_id}'"
                    dataset.report(problems, collection, record_id, field, message)


def x__check_references__mutmut_10(dataset: Dataset, problems: Problems) -> None:
    """Rule 3: every reference names a record of the right collection."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            for field, target, target_id in _references(collection, ):
                # A record that failed its schema still counts as present, and a file that
                # failed to parse hides every id, so one mistake is reported once, not everywhere.
                if target_id is None or target in dataset.unreadable:
                    continue
                if target_id not in dataset.positions[target]:
                    message = f"unknown {_SINGULAR[target]} '{target_id}'"
                    dataset.report(problems, collection, record_id, field, message)


def x__check_references__mutmut_11(dataset: Dataset, problems: Problems) -> None:
    """Rule 3: every reference names a record of the right collection."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            for field, target, target_id in _references(collection, record):
                # A record that failed its schema still counts as present, and a file that
                # failed to parse hides every id, so one mistake is reported once, not everywhere.
                if target_id is None and target in dataset.unreadable:
                    continue
                if target_id not in dataset.positions[target]:
                    message = f"unknown {_SINGULAR[target]} '{target_id}'"
                    dataset.report(problems, collection, record_id, field, message)


def x__check_references__mutmut_12(dataset: Dataset, problems: Problems) -> None:
    """Rule 3: every reference names a record of the right collection."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            for field, target, target_id in _references(collection, record):
                # A record that failed its schema still counts as present, and a file that
                # failed to parse hides every id, so one mistake is reported once, not everywhere.
                if target_id is not None or target in dataset.unreadable:
                    continue
                if target_id not in dataset.positions[target]:
                    message = f"unknown {_SINGULAR[target]} '{target_id}'"
                    dataset.report(problems, collection, record_id, field, message)


def x__check_references__mutmut_13(dataset: Dataset, problems: Problems) -> None:
    """Rule 3: every reference names a record of the right collection."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            for field, target, target_id in _references(collection, record):
                # A record that failed its schema still counts as present, and a file that
                # failed to parse hides every id, so one mistake is reported once, not everywhere.
                if target_id is None or target not in dataset.unreadable:
                    continue
                if target_id not in dataset.positions[target]:
                    message = f"unknown {_SINGULAR[target]} '{target_id}'"
                    dataset.report(problems, collection, record_id, field, message)


def x__check_references__mutmut_14(dataset: Dataset, problems: Problems) -> None:
    """Rule 3: every reference names a record of the right collection."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            for field, target, target_id in _references(collection, record):
                # A record that failed its schema still counts as present, and a file that
                # failed to parse hides every id, so one mistake is reported once, not everywhere.
                if target_id is None or target in dataset.unreadable:
                    break
                if target_id not in dataset.positions[target]:
                    message = f"unknown {_SINGULAR[target]} '{target_id}'"
                    dataset.report(problems, collection, record_id, field, message)


def x__check_references__mutmut_15(dataset: Dataset, problems: Problems) -> None:
    """Rule 3: every reference names a record of the right collection."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            for field, target, target_id in _references(collection, record):
                # A record that failed its schema still counts as present, and a file that
                # failed to parse hides every id, so one mistake is reported once, not everywhere.
                if target_id is None or target in dataset.unreadable:
                    continue
                if target_id in dataset.positions[target]:
                    message = f"unknown {_SINGULAR[target]} '{target_id}'"
                    dataset.report(problems, collection, record_id, field, message)


def x__check_references__mutmut_16(dataset: Dataset, problems: Problems) -> None:
    """Rule 3: every reference names a record of the right collection."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            for field, target, target_id in _references(collection, record):
                # A record that failed its schema still counts as present, and a file that
                # failed to parse hides every id, so one mistake is reported once, not everywhere.
                if target_id is None or target in dataset.unreadable:
                    continue
                if target_id not in dataset.positions[target]:
                    message = None
                    dataset.report(problems, collection, record_id, field, message)


def x__check_references__mutmut_17(dataset: Dataset, problems: Problems) -> None:
    """Rule 3: every reference names a record of the right collection."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            for field, target, target_id in _references(collection, record):
                # A record that failed its schema still counts as present, and a file that
                # failed to parse hides every id, so one mistake is reported once, not everywhere.
                if target_id is None or target in dataset.unreadable:
                    continue
                if target_id not in dataset.positions[target]:
                    message = f"unknown {_SINGULAR[target]} '{target_id}'"
                    dataset.report(None, collection, record_id, field, message)


def x__check_references__mutmut_18(dataset: Dataset, problems: Problems) -> None:
    """Rule 3: every reference names a record of the right collection."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            for field, target, target_id in _references(collection, record):
                # A record that failed its schema still counts as present, and a file that
                # failed to parse hides every id, so one mistake is reported once, not everywhere.
                if target_id is None or target in dataset.unreadable:
                    continue
                if target_id not in dataset.positions[target]:
                    message = f"unknown {_SINGULAR[target]} '{target_id}'"
                    dataset.report(problems, None, record_id, field, message)


def x__check_references__mutmut_19(dataset: Dataset, problems: Problems) -> None:
    """Rule 3: every reference names a record of the right collection."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            for field, target, target_id in _references(collection, record):
                # A record that failed its schema still counts as present, and a file that
                # failed to parse hides every id, so one mistake is reported once, not everywhere.
                if target_id is None or target in dataset.unreadable:
                    continue
                if target_id not in dataset.positions[target]:
                    message = f"unknown {_SINGULAR[target]} '{target_id}'"
                    dataset.report(problems, collection, None, field, message)


def x__check_references__mutmut_20(dataset: Dataset, problems: Problems) -> None:
    """Rule 3: every reference names a record of the right collection."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            for field, target, target_id in _references(collection, record):
                # A record that failed its schema still counts as present, and a file that
                # failed to parse hides every id, so one mistake is reported once, not everywhere.
                if target_id is None or target in dataset.unreadable:
                    continue
                if target_id not in dataset.positions[target]:
                    message = f"unknown {_SINGULAR[target]} '{target_id}'"
                    dataset.report(problems, collection, record_id, None, message)


def x__check_references__mutmut_21(dataset: Dataset, problems: Problems) -> None:
    """Rule 3: every reference names a record of the right collection."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            for field, target, target_id in _references(collection, record):
                # A record that failed its schema still counts as present, and a file that
                # failed to parse hides every id, so one mistake is reported once, not everywhere.
                if target_id is None or target in dataset.unreadable:
                    continue
                if target_id not in dataset.positions[target]:
                    message = f"unknown {_SINGULAR[target]} '{target_id}'"
                    dataset.report(problems, collection, record_id, field, None)


def x__check_references__mutmut_22(dataset: Dataset, problems: Problems) -> None:
    """Rule 3: every reference names a record of the right collection."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            for field, target, target_id in _references(collection, record):
                # A record that failed its schema still counts as present, and a file that
                # failed to parse hides every id, so one mistake is reported once, not everywhere.
                if target_id is None or target in dataset.unreadable:
                    continue
                if target_id not in dataset.positions[target]:
                    message = f"unknown {_SINGULAR[target]} '{target_id}'"
                    dataset.report(collection, record_id, field, message)


def x__check_references__mutmut_23(dataset: Dataset, problems: Problems) -> None:
    """Rule 3: every reference names a record of the right collection."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            for field, target, target_id in _references(collection, record):
                # A record that failed its schema still counts as present, and a file that
                # failed to parse hides every id, so one mistake is reported once, not everywhere.
                if target_id is None or target in dataset.unreadable:
                    continue
                if target_id not in dataset.positions[target]:
                    message = f"unknown {_SINGULAR[target]} '{target_id}'"
                    dataset.report(problems, record_id, field, message)


def x__check_references__mutmut_24(dataset: Dataset, problems: Problems) -> None:
    """Rule 3: every reference names a record of the right collection."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            for field, target, target_id in _references(collection, record):
                # A record that failed its schema still counts as present, and a file that
                # failed to parse hides every id, so one mistake is reported once, not everywhere.
                if target_id is None or target in dataset.unreadable:
                    continue
                if target_id not in dataset.positions[target]:
                    message = f"unknown {_SINGULAR[target]} '{target_id}'"
                    dataset.report(problems, collection, field, message)


def x__check_references__mutmut_25(dataset: Dataset, problems: Problems) -> None:
    """Rule 3: every reference names a record of the right collection."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            for field, target, target_id in _references(collection, record):
                # A record that failed its schema still counts as present, and a file that
                # failed to parse hides every id, so one mistake is reported once, not everywhere.
                if target_id is None or target in dataset.unreadable:
                    continue
                if target_id not in dataset.positions[target]:
                    message = f"unknown {_SINGULAR[target]} '{target_id}'"
                    dataset.report(problems, collection, record_id, message)


def x__check_references__mutmut_26(dataset: Dataset, problems: Problems) -> None:
    """Rule 3: every reference names a record of the right collection."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            for field, target, target_id in _references(collection, record):
                # A record that failed its schema still counts as present, and a file that
                # failed to parse hides every id, so one mistake is reported once, not everywhere.
                if target_id is None or target in dataset.unreadable:
                    continue
                if target_id not in dataset.positions[target]:
                    message = f"unknown {_SINGULAR[target]} '{target_id}'"
                    dataset.report(problems, collection, record_id, field, )

mutants_x__check_references__mutmut['_mutmut_orig'] = x__check_references__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_references__mutmut['x__check_references__mutmut_1'] = x__check_references__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_references__mutmut['x__check_references__mutmut_2'] = x__check_references__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_references__mutmut['x__check_references__mutmut_3'] = x__check_references__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_references__mutmut['x__check_references__mutmut_4'] = x__check_references__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_references__mutmut['x__check_references__mutmut_5'] = x__check_references__mutmut_5 # type: ignore # mutmut generated
mutants_x__check_references__mutmut['x__check_references__mutmut_6'] = x__check_references__mutmut_6 # type: ignore # mutmut generated
mutants_x__check_references__mutmut['x__check_references__mutmut_7'] = x__check_references__mutmut_7 # type: ignore # mutmut generated
mutants_x__check_references__mutmut['x__check_references__mutmut_8'] = x__check_references__mutmut_8 # type: ignore # mutmut generated
mutants_x__check_references__mutmut['x__check_references__mutmut_9'] = x__check_references__mutmut_9 # type: ignore # mutmut generated
mutants_x__check_references__mutmut['x__check_references__mutmut_10'] = x__check_references__mutmut_10 # type: ignore # mutmut generated
mutants_x__check_references__mutmut['x__check_references__mutmut_11'] = x__check_references__mutmut_11 # type: ignore # mutmut generated
mutants_x__check_references__mutmut['x__check_references__mutmut_12'] = x__check_references__mutmut_12 # type: ignore # mutmut generated
mutants_x__check_references__mutmut['x__check_references__mutmut_13'] = x__check_references__mutmut_13 # type: ignore # mutmut generated
mutants_x__check_references__mutmut['x__check_references__mutmut_14'] = x__check_references__mutmut_14 # type: ignore # mutmut generated
mutants_x__check_references__mutmut['x__check_references__mutmut_15'] = x__check_references__mutmut_15 # type: ignore # mutmut generated
mutants_x__check_references__mutmut['x__check_references__mutmut_16'] = x__check_references__mutmut_16 # type: ignore # mutmut generated
mutants_x__check_references__mutmut['x__check_references__mutmut_17'] = x__check_references__mutmut_17 # type: ignore # mutmut generated
mutants_x__check_references__mutmut['x__check_references__mutmut_18'] = x__check_references__mutmut_18 # type: ignore # mutmut generated
mutants_x__check_references__mutmut['x__check_references__mutmut_19'] = x__check_references__mutmut_19 # type: ignore # mutmut generated
mutants_x__check_references__mutmut['x__check_references__mutmut_20'] = x__check_references__mutmut_20 # type: ignore # mutmut generated
mutants_x__check_references__mutmut['x__check_references__mutmut_21'] = x__check_references__mutmut_21 # type: ignore # mutmut generated
mutants_x__check_references__mutmut['x__check_references__mutmut_22'] = x__check_references__mutmut_22 # type: ignore # mutmut generated
mutants_x__check_references__mutmut['x__check_references__mutmut_23'] = x__check_references__mutmut_23 # type: ignore # mutmut generated
mutants_x__check_references__mutmut['x__check_references__mutmut_24'] = x__check_references__mutmut_24 # type: ignore # mutmut generated
mutants_x__check_references__mutmut['x__check_references__mutmut_25'] = x__check_references__mutmut_25 # type: ignore # mutmut generated
mutants_x__check_references__mutmut['x__check_references__mutmut_26'] = x__check_references__mutmut_26 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_cycles__mutmut)
def _check_cycles(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records and node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " + " -> ".join([*cycle, cycle[0]])
            dataset.report(problems, collection, cycle[0], field, message)
        done.update(path)


def x__check_cycles__mutmut_orig(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records and node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " + " -> ".join([*cycle, cycle[0]])
            dataset.report(problems, collection, cycle[0], field, message)
        done.update(path)


def x__check_cycles__mutmut_1(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = None
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records and node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " + " -> ".join([*cycle, cycle[0]])
            dataset.report(problems, collection, cycle[0], field, message)
        done.update(path)


def x__check_cycles__mutmut_2(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = None
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records and node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " + " -> ".join([*cycle, cycle[0]])
            dataset.report(problems, collection, cycle[0], field, message)
        done.update(path)


def x__check_cycles__mutmut_3(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = None
        node: str | None = start
        while node is not None and node in records and node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " + " -> ".join([*cycle, cycle[0]])
            dataset.report(problems, collection, cycle[0], field, message)
        done.update(path)


def x__check_cycles__mutmut_4(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = None
        while node is not None and node in records and node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " + " -> ".join([*cycle, cycle[0]])
            dataset.report(problems, collection, cycle[0], field, message)
        done.update(path)


def x__check_cycles__mutmut_5(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records and node not in done or node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " + " -> ".join([*cycle, cycle[0]])
            dataset.report(problems, collection, cycle[0], field, message)
        done.update(path)


def x__check_cycles__mutmut_6(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records or node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " + " -> ".join([*cycle, cycle[0]])
            dataset.report(problems, collection, cycle[0], field, message)
        done.update(path)


def x__check_cycles__mutmut_7(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None or node in records and node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " + " -> ".join([*cycle, cycle[0]])
            dataset.report(problems, collection, cycle[0], field, message)
        done.update(path)


def x__check_cycles__mutmut_8(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is None and node in records and node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " + " -> ".join([*cycle, cycle[0]])
            dataset.report(problems, collection, cycle[0], field, message)
        done.update(path)


def x__check_cycles__mutmut_9(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node not in records and node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " + " -> ".join([*cycle, cycle[0]])
            dataset.report(problems, collection, cycle[0], field, message)
        done.update(path)


def x__check_cycles__mutmut_10(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records and node in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " + " -> ".join([*cycle, cycle[0]])
            dataset.report(problems, collection, cycle[0], field, message)
        done.update(path)


def x__check_cycles__mutmut_11(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records and node not in done and node in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " + " -> ".join([*cycle, cycle[0]])
            dataset.report(problems, collection, cycle[0], field, message)
        done.update(path)


def x__check_cycles__mutmut_12(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records and node not in done and node not in path:
            path[node] = None
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " + " -> ".join([*cycle, cycle[0]])
            dataset.report(problems, collection, cycle[0], field, message)
        done.update(path)


def x__check_cycles__mutmut_13(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records and node not in done and node not in path:
            path[node] = len(path)
            node = None
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " + " -> ".join([*cycle, cycle[0]])
            dataset.report(problems, collection, cycle[0], field, message)
        done.update(path)


def x__check_cycles__mutmut_14(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records and node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None or node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " + " -> ".join([*cycle, cycle[0]])
            dataset.report(problems, collection, cycle[0], field, message)
        done.update(path)


def x__check_cycles__mutmut_15(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records and node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " + " -> ".join([*cycle, cycle[0]])
            dataset.report(problems, collection, cycle[0], field, message)
        done.update(path)


def x__check_cycles__mutmut_16(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records and node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node not in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " + " -> ".join([*cycle, cycle[0]])
            dataset.report(problems, collection, cycle[0], field, message)
        done.update(path)


def x__check_cycles__mutmut_17(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records and node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = None
            first = cycle.index(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " + " -> ".join([*cycle, cycle[0]])
            dataset.report(problems, collection, cycle[0], field, message)
        done.update(path)


def x__check_cycles__mutmut_18(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records and node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(None)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " + " -> ".join([*cycle, cycle[0]])
            dataset.report(problems, collection, cycle[0], field, message)
        done.update(path)


def x__check_cycles__mutmut_19(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records and node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = None
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " + " -> ".join([*cycle, cycle[0]])
            dataset.report(problems, collection, cycle[0], field, message)
        done.update(path)


def x__check_cycles__mutmut_20(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records and node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(None)
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " + " -> ".join([*cycle, cycle[0]])
            dataset.report(problems, collection, cycle[0], field, message)
        done.update(path)


def x__check_cycles__mutmut_21(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records and node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.rindex(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " + " -> ".join([*cycle, cycle[0]])
            dataset.report(problems, collection, cycle[0], field, message)
        done.update(path)


def x__check_cycles__mutmut_22(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records and node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(None))
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " + " -> ".join([*cycle, cycle[0]])
            dataset.report(problems, collection, cycle[0], field, message)
        done.update(path)


def x__check_cycles__mutmut_23(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records and node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = None
            message = "cycle " + " -> ".join([*cycle, cycle[0]])
            dataset.report(problems, collection, cycle[0], field, message)
        done.update(path)


def x__check_cycles__mutmut_24(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records and node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = cycle[first:] - cycle[:first]
            message = "cycle " + " -> ".join([*cycle, cycle[0]])
            dataset.report(problems, collection, cycle[0], field, message)
        done.update(path)


def x__check_cycles__mutmut_25(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records and node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = None
            dataset.report(problems, collection, cycle[0], field, message)
        done.update(path)


def x__check_cycles__mutmut_26(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records and node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " - " -> ".join([*cycle, cycle[0]])
            dataset.report(problems, collection, cycle[0], field, message)
        done.update(path)


def x__check_cycles__mutmut_27(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records and node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = "XXcycle XX" + " -> ".join([*cycle, cycle[0]])
            dataset.report(problems, collection, cycle[0], field, message)
        done.update(path)


def x__check_cycles__mutmut_28(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records and node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = "CYCLE " + " -> ".join([*cycle, cycle[0]])
            dataset.report(problems, collection, cycle[0], field, message)
        done.update(path)


def x__check_cycles__mutmut_29(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records and node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " + " -> ".join(None)
            dataset.report(problems, collection, cycle[0], field, message)
        done.update(path)


def x__check_cycles__mutmut_30(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records and node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " + "XX -> XX".join([*cycle, cycle[0]])
            dataset.report(problems, collection, cycle[0], field, message)
        done.update(path)


def x__check_cycles__mutmut_31(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records and node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " + " -> ".join([*cycle, cycle[1]])
            dataset.report(problems, collection, cycle[0], field, message)
        done.update(path)


def x__check_cycles__mutmut_32(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records and node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " + " -> ".join([*cycle, cycle[0]])
            dataset.report(None, collection, cycle[0], field, message)
        done.update(path)


def x__check_cycles__mutmut_33(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records and node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " + " -> ".join([*cycle, cycle[0]])
            dataset.report(problems, None, cycle[0], field, message)
        done.update(path)


def x__check_cycles__mutmut_34(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records and node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " + " -> ".join([*cycle, cycle[0]])
            dataset.report(problems, collection, None, field, message)
        done.update(path)


def x__check_cycles__mutmut_35(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records and node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " + " -> ".join([*cycle, cycle[0]])
            dataset.report(problems, collection, cycle[0], None, message)
        done.update(path)


def x__check_cycles__mutmut_36(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records and node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " + " -> ".join([*cycle, cycle[0]])
            dataset.report(problems, collection, cycle[0], field, None)
        done.update(path)


def x__check_cycles__mutmut_37(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records and node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " + " -> ".join([*cycle, cycle[0]])
            dataset.report(collection, cycle[0], field, message)
        done.update(path)


def x__check_cycles__mutmut_38(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records and node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " + " -> ".join([*cycle, cycle[0]])
            dataset.report(problems, cycle[0], field, message)
        done.update(path)


def x__check_cycles__mutmut_39(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records and node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " + " -> ".join([*cycle, cycle[0]])
            dataset.report(problems, collection, field, message)
        done.update(path)


def x__check_cycles__mutmut_40(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records and node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " + " -> ".join([*cycle, cycle[0]])
            dataset.report(problems, collection, cycle[0], message)
        done.update(path)


def x__check_cycles__mutmut_41(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records and node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " + " -> ".join([*cycle, cycle[0]])
            dataset.report(problems, collection, cycle[0], field, )
        done.update(path)


def x__check_cycles__mutmut_42(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records and node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " + " -> ".join([*cycle, cycle[0]])
            dataset.report(problems, collection, cycle[1], field, message)
        done.update(path)


def x__check_cycles__mutmut_43(dataset: Dataset, collection: str, field: str, problems: Problems) -> None:
    """Rule 4: following ``field`` from record to record never comes back (a self-reference too)."""
    records = dataset.records[collection]
    done: set[str] = set()
    for start in records:
        path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node in records and node not in done and node not in path:
            path[node] = len(path)
            node = records[node][field]
        if node is not None and node in path:
            cycle = list(path)[path[node] :]
            first = cycle.index(min(cycle))
            cycle = cycle[first:] + cycle[:first]
            message = "cycle " + " -> ".join([*cycle, cycle[0]])
            dataset.report(problems, collection, cycle[0], field, message)
        done.update(None)

mutants_x__check_cycles__mutmut['_mutmut_orig'] = x__check_cycles__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_1'] = x__check_cycles__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_2'] = x__check_cycles__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_3'] = x__check_cycles__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_4'] = x__check_cycles__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_5'] = x__check_cycles__mutmut_5 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_6'] = x__check_cycles__mutmut_6 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_7'] = x__check_cycles__mutmut_7 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_8'] = x__check_cycles__mutmut_8 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_9'] = x__check_cycles__mutmut_9 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_10'] = x__check_cycles__mutmut_10 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_11'] = x__check_cycles__mutmut_11 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_12'] = x__check_cycles__mutmut_12 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_13'] = x__check_cycles__mutmut_13 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_14'] = x__check_cycles__mutmut_14 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_15'] = x__check_cycles__mutmut_15 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_16'] = x__check_cycles__mutmut_16 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_17'] = x__check_cycles__mutmut_17 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_18'] = x__check_cycles__mutmut_18 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_19'] = x__check_cycles__mutmut_19 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_20'] = x__check_cycles__mutmut_20 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_21'] = x__check_cycles__mutmut_21 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_22'] = x__check_cycles__mutmut_22 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_23'] = x__check_cycles__mutmut_23 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_24'] = x__check_cycles__mutmut_24 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_25'] = x__check_cycles__mutmut_25 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_26'] = x__check_cycles__mutmut_26 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_27'] = x__check_cycles__mutmut_27 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_28'] = x__check_cycles__mutmut_28 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_29'] = x__check_cycles__mutmut_29 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_30'] = x__check_cycles__mutmut_30 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_31'] = x__check_cycles__mutmut_31 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_32'] = x__check_cycles__mutmut_32 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_33'] = x__check_cycles__mutmut_33 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_34'] = x__check_cycles__mutmut_34 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_35'] = x__check_cycles__mutmut_35 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_36'] = x__check_cycles__mutmut_36 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_37'] = x__check_cycles__mutmut_37 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_38'] = x__check_cycles__mutmut_38 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_39'] = x__check_cycles__mutmut_39 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_40'] = x__check_cycles__mutmut_40 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_41'] = x__check_cycles__mutmut_41 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_42'] = x__check_cycles__mutmut_42 # type: ignore # mutmut generated
mutants_x__check_cycles__mutmut['x__check_cycles__mutmut_43'] = x__check_cycles__mutmut_43 # type: ignore # mutmut generated
mutants_x__check_reporting_articles__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_reporting_articles__mutmut)
def _check_reporting_articles(dataset: Dataset, problems: Problems) -> None:
    """Rule 4: a record reported by a statement comes from that statement's article."""
    statements = dataset.records["statements"]
    for collection in ("statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            parent_id = record["reported_by"]
            if parent_id not in statements:
                continue
            article = record["evidence"]["article"]
            parent_article = statements[parent_id]["evidence"]["article"]
            if article != parent_article:
                message = (
                    f"'{article}' is not the article of reporting statement "
                    f"'{parent_id}' ('{parent_article}')"
                )
                dataset.report(problems, collection, record_id, "evidence.article", message)


def x__check_reporting_articles__mutmut_orig(dataset: Dataset, problems: Problems) -> None:
    """Rule 4: a record reported by a statement comes from that statement's article."""
    statements = dataset.records["statements"]
    for collection in ("statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            parent_id = record["reported_by"]
            if parent_id not in statements:
                continue
            article = record["evidence"]["article"]
            parent_article = statements[parent_id]["evidence"]["article"]
            if article != parent_article:
                message = (
                    f"'{article}' is not the article of reporting statement "
                    f"'{parent_id}' ('{parent_article}')"
                )
                dataset.report(problems, collection, record_id, "evidence.article", message)


def x__check_reporting_articles__mutmut_1(dataset: Dataset, problems: Problems) -> None:
    """Rule 4: a record reported by a statement comes from that statement's article."""
    statements = None
    for collection in ("statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            parent_id = record["reported_by"]
            if parent_id not in statements:
                continue
            article = record["evidence"]["article"]
            parent_article = statements[parent_id]["evidence"]["article"]
            if article != parent_article:
                message = (
                    f"'{article}' is not the article of reporting statement "
                    f"'{parent_id}' ('{parent_article}')"
                )
                dataset.report(problems, collection, record_id, "evidence.article", message)


def x__check_reporting_articles__mutmut_2(dataset: Dataset, problems: Problems) -> None:
    """Rule 4: a record reported by a statement comes from that statement's article."""
    statements = dataset.records["XXstatementsXX"]
    for collection in ("statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            parent_id = record["reported_by"]
            if parent_id not in statements:
                continue
            article = record["evidence"]["article"]
            parent_article = statements[parent_id]["evidence"]["article"]
            if article != parent_article:
                message = (
                    f"'{article}' is not the article of reporting statement "
                    f"'{parent_id}' ('{parent_article}')"
                )
                dataset.report(problems, collection, record_id, "evidence.article", message)


def x__check_reporting_articles__mutmut_3(dataset: Dataset, problems: Problems) -> None:
    """Rule 4: a record reported by a statement comes from that statement's article."""
    statements = dataset.records["STATEMENTS"]
    for collection in ("statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            parent_id = record["reported_by"]
            if parent_id not in statements:
                continue
            article = record["evidence"]["article"]
            parent_article = statements[parent_id]["evidence"]["article"]
            if article != parent_article:
                message = (
                    f"'{article}' is not the article of reporting statement "
                    f"'{parent_id}' ('{parent_article}')"
                )
                dataset.report(problems, collection, record_id, "evidence.article", message)


def x__check_reporting_articles__mutmut_4(dataset: Dataset, problems: Problems) -> None:
    """Rule 4: a record reported by a statement comes from that statement's article."""
    statements = dataset.records["statements"]
    for collection in ("XXstatementsXX", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            parent_id = record["reported_by"]
            if parent_id not in statements:
                continue
            article = record["evidence"]["article"]
            parent_article = statements[parent_id]["evidence"]["article"]
            if article != parent_article:
                message = (
                    f"'{article}' is not the article of reporting statement "
                    f"'{parent_id}' ('{parent_article}')"
                )
                dataset.report(problems, collection, record_id, "evidence.article", message)


def x__check_reporting_articles__mutmut_5(dataset: Dataset, problems: Problems) -> None:
    """Rule 4: a record reported by a statement comes from that statement's article."""
    statements = dataset.records["statements"]
    for collection in ("STATEMENTS", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            parent_id = record["reported_by"]
            if parent_id not in statements:
                continue
            article = record["evidence"]["article"]
            parent_article = statements[parent_id]["evidence"]["article"]
            if article != parent_article:
                message = (
                    f"'{article}' is not the article of reporting statement "
                    f"'{parent_id}' ('{parent_article}')"
                )
                dataset.report(problems, collection, record_id, "evidence.article", message)


def x__check_reporting_articles__mutmut_6(dataset: Dataset, problems: Problems) -> None:
    """Rule 4: a record reported by a statement comes from that statement's article."""
    statements = dataset.records["statements"]
    for collection in ("statements", "XXaid_figuresXX"):
        for record_id, record in dataset.records[collection].items():
            parent_id = record["reported_by"]
            if parent_id not in statements:
                continue
            article = record["evidence"]["article"]
            parent_article = statements[parent_id]["evidence"]["article"]
            if article != parent_article:
                message = (
                    f"'{article}' is not the article of reporting statement "
                    f"'{parent_id}' ('{parent_article}')"
                )
                dataset.report(problems, collection, record_id, "evidence.article", message)


def x__check_reporting_articles__mutmut_7(dataset: Dataset, problems: Problems) -> None:
    """Rule 4: a record reported by a statement comes from that statement's article."""
    statements = dataset.records["statements"]
    for collection in ("statements", "AID_FIGURES"):
        for record_id, record in dataset.records[collection].items():
            parent_id = record["reported_by"]
            if parent_id not in statements:
                continue
            article = record["evidence"]["article"]
            parent_article = statements[parent_id]["evidence"]["article"]
            if article != parent_article:
                message = (
                    f"'{article}' is not the article of reporting statement "
                    f"'{parent_id}' ('{parent_article}')"
                )
                dataset.report(problems, collection, record_id, "evidence.article", message)


def x__check_reporting_articles__mutmut_8(dataset: Dataset, problems: Problems) -> None:
    """Rule 4: a record reported by a statement comes from that statement's article."""
    statements = dataset.records["statements"]
    for collection in ("statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            parent_id = None
            if parent_id not in statements:
                continue
            article = record["evidence"]["article"]
            parent_article = statements[parent_id]["evidence"]["article"]
            if article != parent_article:
                message = (
                    f"'{article}' is not the article of reporting statement "
                    f"'{parent_id}' ('{parent_article}')"
                )
                dataset.report(problems, collection, record_id, "evidence.article", message)


def x__check_reporting_articles__mutmut_9(dataset: Dataset, problems: Problems) -> None:
    """Rule 4: a record reported by a statement comes from that statement's article."""
    statements = dataset.records["statements"]
    for collection in ("statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            parent_id = record["XXreported_byXX"]
            if parent_id not in statements:
                continue
            article = record["evidence"]["article"]
            parent_article = statements[parent_id]["evidence"]["article"]
            if article != parent_article:
                message = (
                    f"'{article}' is not the article of reporting statement "
                    f"'{parent_id}' ('{parent_article}')"
                )
                dataset.report(problems, collection, record_id, "evidence.article", message)


def x__check_reporting_articles__mutmut_10(dataset: Dataset, problems: Problems) -> None:
    """Rule 4: a record reported by a statement comes from that statement's article."""
    statements = dataset.records["statements"]
    for collection in ("statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            parent_id = record["REPORTED_BY"]
            if parent_id not in statements:
                continue
            article = record["evidence"]["article"]
            parent_article = statements[parent_id]["evidence"]["article"]
            if article != parent_article:
                message = (
                    f"'{article}' is not the article of reporting statement "
                    f"'{parent_id}' ('{parent_article}')"
                )
                dataset.report(problems, collection, record_id, "evidence.article", message)


def x__check_reporting_articles__mutmut_11(dataset: Dataset, problems: Problems) -> None:
    """Rule 4: a record reported by a statement comes from that statement's article."""
    statements = dataset.records["statements"]
    for collection in ("statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            parent_id = record["reported_by"]
            if parent_id in statements:
                continue
            article = record["evidence"]["article"]
            parent_article = statements[parent_id]["evidence"]["article"]
            if article != parent_article:
                message = (
                    f"'{article}' is not the article of reporting statement "
                    f"'{parent_id}' ('{parent_article}')"
                )
                dataset.report(problems, collection, record_id, "evidence.article", message)


def x__check_reporting_articles__mutmut_12(dataset: Dataset, problems: Problems) -> None:
    """Rule 4: a record reported by a statement comes from that statement's article."""
    statements = dataset.records["statements"]
    for collection in ("statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            parent_id = record["reported_by"]
            if parent_id not in statements:
                break
            article = record["evidence"]["article"]
            parent_article = statements[parent_id]["evidence"]["article"]
            if article != parent_article:
                message = (
                    f"'{article}' is not the article of reporting statement "
                    f"'{parent_id}' ('{parent_article}')"
                )
                dataset.report(problems, collection, record_id, "evidence.article", message)


def x__check_reporting_articles__mutmut_13(dataset: Dataset, problems: Problems) -> None:
    """Rule 4: a record reported by a statement comes from that statement's article."""
    statements = dataset.records["statements"]
    for collection in ("statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            parent_id = record["reported_by"]
            if parent_id not in statements:
                continue
            article = None
            parent_article = statements[parent_id]["evidence"]["article"]
            if article != parent_article:
                message = (
                    f"'{article}' is not the article of reporting statement "
                    f"'{parent_id}' ('{parent_article}')"
                )
                dataset.report(problems, collection, record_id, "evidence.article", message)


def x__check_reporting_articles__mutmut_14(dataset: Dataset, problems: Problems) -> None:
    """Rule 4: a record reported by a statement comes from that statement's article."""
    statements = dataset.records["statements"]
    for collection in ("statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            parent_id = record["reported_by"]
            if parent_id not in statements:
                continue
            article = record["XXevidenceXX"]["article"]
            parent_article = statements[parent_id]["evidence"]["article"]
            if article != parent_article:
                message = (
                    f"'{article}' is not the article of reporting statement "
                    f"'{parent_id}' ('{parent_article}')"
                )
                dataset.report(problems, collection, record_id, "evidence.article", message)


def x__check_reporting_articles__mutmut_15(dataset: Dataset, problems: Problems) -> None:
    """Rule 4: a record reported by a statement comes from that statement's article."""
    statements = dataset.records["statements"]
    for collection in ("statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            parent_id = record["reported_by"]
            if parent_id not in statements:
                continue
            article = record["EVIDENCE"]["article"]
            parent_article = statements[parent_id]["evidence"]["article"]
            if article != parent_article:
                message = (
                    f"'{article}' is not the article of reporting statement "
                    f"'{parent_id}' ('{parent_article}')"
                )
                dataset.report(problems, collection, record_id, "evidence.article", message)


def x__check_reporting_articles__mutmut_16(dataset: Dataset, problems: Problems) -> None:
    """Rule 4: a record reported by a statement comes from that statement's article."""
    statements = dataset.records["statements"]
    for collection in ("statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            parent_id = record["reported_by"]
            if parent_id not in statements:
                continue
            article = record["evidence"]["XXarticleXX"]
            parent_article = statements[parent_id]["evidence"]["article"]
            if article != parent_article:
                message = (
                    f"'{article}' is not the article of reporting statement "
                    f"'{parent_id}' ('{parent_article}')"
                )
                dataset.report(problems, collection, record_id, "evidence.article", message)


def x__check_reporting_articles__mutmut_17(dataset: Dataset, problems: Problems) -> None:
    """Rule 4: a record reported by a statement comes from that statement's article."""
    statements = dataset.records["statements"]
    for collection in ("statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            parent_id = record["reported_by"]
            if parent_id not in statements:
                continue
            article = record["evidence"]["ARTICLE"]
            parent_article = statements[parent_id]["evidence"]["article"]
            if article != parent_article:
                message = (
                    f"'{article}' is not the article of reporting statement "
                    f"'{parent_id}' ('{parent_article}')"
                )
                dataset.report(problems, collection, record_id, "evidence.article", message)


def x__check_reporting_articles__mutmut_18(dataset: Dataset, problems: Problems) -> None:
    """Rule 4: a record reported by a statement comes from that statement's article."""
    statements = dataset.records["statements"]
    for collection in ("statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            parent_id = record["reported_by"]
            if parent_id not in statements:
                continue
            article = record["evidence"]["article"]
            parent_article = None
            if article != parent_article:
                message = (
                    f"'{article}' is not the article of reporting statement "
                    f"'{parent_id}' ('{parent_article}')"
                )
                dataset.report(problems, collection, record_id, "evidence.article", message)


def x__check_reporting_articles__mutmut_19(dataset: Dataset, problems: Problems) -> None:
    """Rule 4: a record reported by a statement comes from that statement's article."""
    statements = dataset.records["statements"]
    for collection in ("statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            parent_id = record["reported_by"]
            if parent_id not in statements:
                continue
            article = record["evidence"]["article"]
            parent_article = statements[parent_id]["XXevidenceXX"]["article"]
            if article != parent_article:
                message = (
                    f"'{article}' is not the article of reporting statement "
                    f"'{parent_id}' ('{parent_article}')"
                )
                dataset.report(problems, collection, record_id, "evidence.article", message)


def x__check_reporting_articles__mutmut_20(dataset: Dataset, problems: Problems) -> None:
    """Rule 4: a record reported by a statement comes from that statement's article."""
    statements = dataset.records["statements"]
    for collection in ("statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            parent_id = record["reported_by"]
            if parent_id not in statements:
                continue
            article = record["evidence"]["article"]
            parent_article = statements[parent_id]["EVIDENCE"]["article"]
            if article != parent_article:
                message = (
                    f"'{article}' is not the article of reporting statement "
                    f"'{parent_id}' ('{parent_article}')"
                )
                dataset.report(problems, collection, record_id, "evidence.article", message)


def x__check_reporting_articles__mutmut_21(dataset: Dataset, problems: Problems) -> None:
    """Rule 4: a record reported by a statement comes from that statement's article."""
    statements = dataset.records["statements"]
    for collection in ("statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            parent_id = record["reported_by"]
            if parent_id not in statements:
                continue
            article = record["evidence"]["article"]
            parent_article = statements[parent_id]["evidence"]["XXarticleXX"]
            if article != parent_article:
                message = (
                    f"'{article}' is not the article of reporting statement "
                    f"'{parent_id}' ('{parent_article}')"
                )
                dataset.report(problems, collection, record_id, "evidence.article", message)


def x__check_reporting_articles__mutmut_22(dataset: Dataset, problems: Problems) -> None:
    """Rule 4: a record reported by a statement comes from that statement's article."""
    statements = dataset.records["statements"]
    for collection in ("statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            parent_id = record["reported_by"]
            if parent_id not in statements:
                continue
            article = record["evidence"]["article"]
            parent_article = statements[parent_id]["evidence"]["ARTICLE"]
            if article != parent_article:
                message = (
                    f"'{article}' is not the article of reporting statement "
                    f"'{parent_id}' ('{parent_article}')"
                )
                dataset.report(problems, collection, record_id, "evidence.article", message)


def x__check_reporting_articles__mutmut_23(dataset: Dataset, problems: Problems) -> None:
    """Rule 4: a record reported by a statement comes from that statement's article."""
    statements = dataset.records["statements"]
    for collection in ("statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            parent_id = record["reported_by"]
            if parent_id not in statements:
                continue
            article = record["evidence"]["article"]
            parent_article = statements[parent_id]["evidence"]["article"]
            if article == parent_article:
                message = (
                    f"'{article}' is not the article of reporting statement "
                    f"'{parent_id}' ('{parent_article}')"
                )
                dataset.report(problems, collection, record_id, "evidence.article", message)


def x__check_reporting_articles__mutmut_24(dataset: Dataset, problems: Problems) -> None:
    """Rule 4: a record reported by a statement comes from that statement's article."""
    statements = dataset.records["statements"]
    for collection in ("statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            parent_id = record["reported_by"]
            if parent_id not in statements:
                continue
            article = record["evidence"]["article"]
            parent_article = statements[parent_id]["evidence"]["article"]
            if article != parent_article:
                message = None
                dataset.report(problems, collection, record_id, "evidence.article", message)


def x__check_reporting_articles__mutmut_25(dataset: Dataset, problems: Problems) -> None:
    """Rule 4: a record reported by a statement comes from that statement's article."""
    statements = dataset.records["statements"]
    for collection in ("statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            parent_id = record["reported_by"]
            if parent_id not in statements:
                continue
            article = record["evidence"]["article"]
            parent_article = statements[parent_id]["evidence"]["article"]
            if article != parent_article:
                message = (
                    f"'{article}' is not the article of reporting statement "
                    f"'{parent_id}' ('{parent_article}')"
                )
                dataset.report(None, collection, record_id, "evidence.article", message)


def x__check_reporting_articles__mutmut_26(dataset: Dataset, problems: Problems) -> None:
    """Rule 4: a record reported by a statement comes from that statement's article."""
    statements = dataset.records["statements"]
    for collection in ("statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            parent_id = record["reported_by"]
            if parent_id not in statements:
                continue
            article = record["evidence"]["article"]
            parent_article = statements[parent_id]["evidence"]["article"]
            if article != parent_article:
                message = (
                    f"'{article}' is not the article of reporting statement "
                    f"'{parent_id}' ('{parent_article}')"
                )
                dataset.report(problems, None, record_id, "evidence.article", message)


def x__check_reporting_articles__mutmut_27(dataset: Dataset, problems: Problems) -> None:
    """Rule 4: a record reported by a statement comes from that statement's article."""
    statements = dataset.records["statements"]
    for collection in ("statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            parent_id = record["reported_by"]
            if parent_id not in statements:
                continue
            article = record["evidence"]["article"]
            parent_article = statements[parent_id]["evidence"]["article"]
            if article != parent_article:
                message = (
                    f"'{article}' is not the article of reporting statement "
                    f"'{parent_id}' ('{parent_article}')"
                )
                dataset.report(problems, collection, None, "evidence.article", message)


def x__check_reporting_articles__mutmut_28(dataset: Dataset, problems: Problems) -> None:
    """Rule 4: a record reported by a statement comes from that statement's article."""
    statements = dataset.records["statements"]
    for collection in ("statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            parent_id = record["reported_by"]
            if parent_id not in statements:
                continue
            article = record["evidence"]["article"]
            parent_article = statements[parent_id]["evidence"]["article"]
            if article != parent_article:
                message = (
                    f"'{article}' is not the article of reporting statement "
                    f"'{parent_id}' ('{parent_article}')"
                )
                dataset.report(problems, collection, record_id, None, message)


def x__check_reporting_articles__mutmut_29(dataset: Dataset, problems: Problems) -> None:
    """Rule 4: a record reported by a statement comes from that statement's article."""
    statements = dataset.records["statements"]
    for collection in ("statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            parent_id = record["reported_by"]
            if parent_id not in statements:
                continue
            article = record["evidence"]["article"]
            parent_article = statements[parent_id]["evidence"]["article"]
            if article != parent_article:
                message = (
                    f"'{article}' is not the article of reporting statement "
                    f"'{parent_id}' ('{parent_article}')"
                )
                dataset.report(problems, collection, record_id, "evidence.article", None)


def x__check_reporting_articles__mutmut_30(dataset: Dataset, problems: Problems) -> None:
    """Rule 4: a record reported by a statement comes from that statement's article."""
    statements = dataset.records["statements"]
    for collection in ("statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            parent_id = record["reported_by"]
            if parent_id not in statements:
                continue
            article = record["evidence"]["article"]
            parent_article = statements[parent_id]["evidence"]["article"]
            if article != parent_article:
                message = (
                    f"'{article}' is not the article of reporting statement "
                    f"'{parent_id}' ('{parent_article}')"
                )
                dataset.report(collection, record_id, "evidence.article", message)


def x__check_reporting_articles__mutmut_31(dataset: Dataset, problems: Problems) -> None:
    """Rule 4: a record reported by a statement comes from that statement's article."""
    statements = dataset.records["statements"]
    for collection in ("statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            parent_id = record["reported_by"]
            if parent_id not in statements:
                continue
            article = record["evidence"]["article"]
            parent_article = statements[parent_id]["evidence"]["article"]
            if article != parent_article:
                message = (
                    f"'{article}' is not the article of reporting statement "
                    f"'{parent_id}' ('{parent_article}')"
                )
                dataset.report(problems, record_id, "evidence.article", message)


def x__check_reporting_articles__mutmut_32(dataset: Dataset, problems: Problems) -> None:
    """Rule 4: a record reported by a statement comes from that statement's article."""
    statements = dataset.records["statements"]
    for collection in ("statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            parent_id = record["reported_by"]
            if parent_id not in statements:
                continue
            article = record["evidence"]["article"]
            parent_article = statements[parent_id]["evidence"]["article"]
            if article != parent_article:
                message = (
                    f"'{article}' is not the article of reporting statement "
                    f"'{parent_id}' ('{parent_article}')"
                )
                dataset.report(problems, collection, "evidence.article", message)


def x__check_reporting_articles__mutmut_33(dataset: Dataset, problems: Problems) -> None:
    """Rule 4: a record reported by a statement comes from that statement's article."""
    statements = dataset.records["statements"]
    for collection in ("statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            parent_id = record["reported_by"]
            if parent_id not in statements:
                continue
            article = record["evidence"]["article"]
            parent_article = statements[parent_id]["evidence"]["article"]
            if article != parent_article:
                message = (
                    f"'{article}' is not the article of reporting statement "
                    f"'{parent_id}' ('{parent_article}')"
                )
                dataset.report(problems, collection, record_id, message)


def x__check_reporting_articles__mutmut_34(dataset: Dataset, problems: Problems) -> None:
    """Rule 4: a record reported by a statement comes from that statement's article."""
    statements = dataset.records["statements"]
    for collection in ("statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            parent_id = record["reported_by"]
            if parent_id not in statements:
                continue
            article = record["evidence"]["article"]
            parent_article = statements[parent_id]["evidence"]["article"]
            if article != parent_article:
                message = (
                    f"'{article}' is not the article of reporting statement "
                    f"'{parent_id}' ('{parent_article}')"
                )
                dataset.report(problems, collection, record_id, "evidence.article", )


def x__check_reporting_articles__mutmut_35(dataset: Dataset, problems: Problems) -> None:
    """Rule 4: a record reported by a statement comes from that statement's article."""
    statements = dataset.records["statements"]
    for collection in ("statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            parent_id = record["reported_by"]
            if parent_id not in statements:
                continue
            article = record["evidence"]["article"]
            parent_article = statements[parent_id]["evidence"]["article"]
            if article != parent_article:
                message = (
                    f"'{article}' is not the article of reporting statement "
                    f"'{parent_id}' ('{parent_article}')"
                )
                dataset.report(problems, collection, record_id, "XXevidence.articleXX", message)


def x__check_reporting_articles__mutmut_36(dataset: Dataset, problems: Problems) -> None:
    """Rule 4: a record reported by a statement comes from that statement's article."""
    statements = dataset.records["statements"]
    for collection in ("statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            parent_id = record["reported_by"]
            if parent_id not in statements:
                continue
            article = record["evidence"]["article"]
            parent_article = statements[parent_id]["evidence"]["article"]
            if article != parent_article:
                message = (
                    f"'{article}' is not the article of reporting statement "
                    f"'{parent_id}' ('{parent_article}')"
                )
                dataset.report(problems, collection, record_id, "EVIDENCE.ARTICLE", message)

mutants_x__check_reporting_articles__mutmut['_mutmut_orig'] = x__check_reporting_articles__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_reporting_articles__mutmut['x__check_reporting_articles__mutmut_1'] = x__check_reporting_articles__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_reporting_articles__mutmut['x__check_reporting_articles__mutmut_2'] = x__check_reporting_articles__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_reporting_articles__mutmut['x__check_reporting_articles__mutmut_3'] = x__check_reporting_articles__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_reporting_articles__mutmut['x__check_reporting_articles__mutmut_4'] = x__check_reporting_articles__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_reporting_articles__mutmut['x__check_reporting_articles__mutmut_5'] = x__check_reporting_articles__mutmut_5 # type: ignore # mutmut generated
mutants_x__check_reporting_articles__mutmut['x__check_reporting_articles__mutmut_6'] = x__check_reporting_articles__mutmut_6 # type: ignore # mutmut generated
mutants_x__check_reporting_articles__mutmut['x__check_reporting_articles__mutmut_7'] = x__check_reporting_articles__mutmut_7 # type: ignore # mutmut generated
mutants_x__check_reporting_articles__mutmut['x__check_reporting_articles__mutmut_8'] = x__check_reporting_articles__mutmut_8 # type: ignore # mutmut generated
mutants_x__check_reporting_articles__mutmut['x__check_reporting_articles__mutmut_9'] = x__check_reporting_articles__mutmut_9 # type: ignore # mutmut generated
mutants_x__check_reporting_articles__mutmut['x__check_reporting_articles__mutmut_10'] = x__check_reporting_articles__mutmut_10 # type: ignore # mutmut generated
mutants_x__check_reporting_articles__mutmut['x__check_reporting_articles__mutmut_11'] = x__check_reporting_articles__mutmut_11 # type: ignore # mutmut generated
mutants_x__check_reporting_articles__mutmut['x__check_reporting_articles__mutmut_12'] = x__check_reporting_articles__mutmut_12 # type: ignore # mutmut generated
mutants_x__check_reporting_articles__mutmut['x__check_reporting_articles__mutmut_13'] = x__check_reporting_articles__mutmut_13 # type: ignore # mutmut generated
mutants_x__check_reporting_articles__mutmut['x__check_reporting_articles__mutmut_14'] = x__check_reporting_articles__mutmut_14 # type: ignore # mutmut generated
mutants_x__check_reporting_articles__mutmut['x__check_reporting_articles__mutmut_15'] = x__check_reporting_articles__mutmut_15 # type: ignore # mutmut generated
mutants_x__check_reporting_articles__mutmut['x__check_reporting_articles__mutmut_16'] = x__check_reporting_articles__mutmut_16 # type: ignore # mutmut generated
mutants_x__check_reporting_articles__mutmut['x__check_reporting_articles__mutmut_17'] = x__check_reporting_articles__mutmut_17 # type: ignore # mutmut generated
mutants_x__check_reporting_articles__mutmut['x__check_reporting_articles__mutmut_18'] = x__check_reporting_articles__mutmut_18 # type: ignore # mutmut generated
mutants_x__check_reporting_articles__mutmut['x__check_reporting_articles__mutmut_19'] = x__check_reporting_articles__mutmut_19 # type: ignore # mutmut generated
mutants_x__check_reporting_articles__mutmut['x__check_reporting_articles__mutmut_20'] = x__check_reporting_articles__mutmut_20 # type: ignore # mutmut generated
mutants_x__check_reporting_articles__mutmut['x__check_reporting_articles__mutmut_21'] = x__check_reporting_articles__mutmut_21 # type: ignore # mutmut generated
mutants_x__check_reporting_articles__mutmut['x__check_reporting_articles__mutmut_22'] = x__check_reporting_articles__mutmut_22 # type: ignore # mutmut generated
mutants_x__check_reporting_articles__mutmut['x__check_reporting_articles__mutmut_23'] = x__check_reporting_articles__mutmut_23 # type: ignore # mutmut generated
mutants_x__check_reporting_articles__mutmut['x__check_reporting_articles__mutmut_24'] = x__check_reporting_articles__mutmut_24 # type: ignore # mutmut generated
mutants_x__check_reporting_articles__mutmut['x__check_reporting_articles__mutmut_25'] = x__check_reporting_articles__mutmut_25 # type: ignore # mutmut generated
mutants_x__check_reporting_articles__mutmut['x__check_reporting_articles__mutmut_26'] = x__check_reporting_articles__mutmut_26 # type: ignore # mutmut generated
mutants_x__check_reporting_articles__mutmut['x__check_reporting_articles__mutmut_27'] = x__check_reporting_articles__mutmut_27 # type: ignore # mutmut generated
mutants_x__check_reporting_articles__mutmut['x__check_reporting_articles__mutmut_28'] = x__check_reporting_articles__mutmut_28 # type: ignore # mutmut generated
mutants_x__check_reporting_articles__mutmut['x__check_reporting_articles__mutmut_29'] = x__check_reporting_articles__mutmut_29 # type: ignore # mutmut generated
mutants_x__check_reporting_articles__mutmut['x__check_reporting_articles__mutmut_30'] = x__check_reporting_articles__mutmut_30 # type: ignore # mutmut generated
mutants_x__check_reporting_articles__mutmut['x__check_reporting_articles__mutmut_31'] = x__check_reporting_articles__mutmut_31 # type: ignore # mutmut generated
mutants_x__check_reporting_articles__mutmut['x__check_reporting_articles__mutmut_32'] = x__check_reporting_articles__mutmut_32 # type: ignore # mutmut generated
mutants_x__check_reporting_articles__mutmut['x__check_reporting_articles__mutmut_33'] = x__check_reporting_articles__mutmut_33 # type: ignore # mutmut generated
mutants_x__check_reporting_articles__mutmut['x__check_reporting_articles__mutmut_34'] = x__check_reporting_articles__mutmut_34 # type: ignore # mutmut generated
mutants_x__check_reporting_articles__mutmut['x__check_reporting_articles__mutmut_35'] = x__check_reporting_articles__mutmut_35 # type: ignore # mutmut generated
mutants_x__check_reporting_articles__mutmut['x__check_reporting_articles__mutmut_36'] = x__check_reporting_articles__mutmut_36 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_paragraphs__mutmut)
def _check_paragraphs(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(evidence["article"])
            if article is not None and evidence["paragraph"] > article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(problems, collection, record_id, "evidence.paragraph", message)


def x__check_paragraphs__mutmut_orig(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(evidence["article"])
            if article is not None and evidence["paragraph"] > article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(problems, collection, record_id, "evidence.paragraph", message)


def x__check_paragraphs__mutmut_1(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = None
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(evidence["article"])
            if article is not None and evidence["paragraph"] > article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(problems, collection, record_id, "evidence.paragraph", message)


def x__check_paragraphs__mutmut_2(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["XXarticlesXX"]
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(evidence["article"])
            if article is not None and evidence["paragraph"] > article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(problems, collection, record_id, "evidence.paragraph", message)


def x__check_paragraphs__mutmut_3(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["ARTICLES"]
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(evidence["article"])
            if article is not None and evidence["paragraph"] > article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(problems, collection, record_id, "evidence.paragraph", message)


def x__check_paragraphs__mutmut_4(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("XXactorsXX", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(evidence["article"])
            if article is not None and evidence["paragraph"] > article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(problems, collection, record_id, "evidence.paragraph", message)


def x__check_paragraphs__mutmut_5(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("ACTORS", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(evidence["article"])
            if article is not None and evidence["paragraph"] > article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(problems, collection, record_id, "evidence.paragraph", message)


def x__check_paragraphs__mutmut_6(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("actors", "XXstatementsXX", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(evidence["article"])
            if article is not None and evidence["paragraph"] > article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(problems, collection, record_id, "evidence.paragraph", message)


def x__check_paragraphs__mutmut_7(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("actors", "STATEMENTS", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(evidence["article"])
            if article is not None and evidence["paragraph"] > article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(problems, collection, record_id, "evidence.paragraph", message)


def x__check_paragraphs__mutmut_8(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("actors", "statements", "XXaid_figuresXX"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(evidence["article"])
            if article is not None and evidence["paragraph"] > article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(problems, collection, record_id, "evidence.paragraph", message)


def x__check_paragraphs__mutmut_9(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("actors", "statements", "AID_FIGURES"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(evidence["article"])
            if article is not None and evidence["paragraph"] > article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(problems, collection, record_id, "evidence.paragraph", message)


def x__check_paragraphs__mutmut_10(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = None
            article = articles.get(evidence["article"])
            if article is not None and evidence["paragraph"] > article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(problems, collection, record_id, "evidence.paragraph", message)


def x__check_paragraphs__mutmut_11(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["XXevidenceXX"]
            article = articles.get(evidence["article"])
            if article is not None and evidence["paragraph"] > article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(problems, collection, record_id, "evidence.paragraph", message)


def x__check_paragraphs__mutmut_12(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["EVIDENCE"]
            article = articles.get(evidence["article"])
            if article is not None and evidence["paragraph"] > article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(problems, collection, record_id, "evidence.paragraph", message)


def x__check_paragraphs__mutmut_13(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = None
            if article is not None and evidence["paragraph"] > article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(problems, collection, record_id, "evidence.paragraph", message)


def x__check_paragraphs__mutmut_14(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(None)
            if article is not None and evidence["paragraph"] > article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(problems, collection, record_id, "evidence.paragraph", message)


def x__check_paragraphs__mutmut_15(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(evidence["XXarticleXX"])
            if article is not None and evidence["paragraph"] > article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(problems, collection, record_id, "evidence.paragraph", message)


def x__check_paragraphs__mutmut_16(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(evidence["ARTICLE"])
            if article is not None and evidence["paragraph"] > article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(problems, collection, record_id, "evidence.paragraph", message)


def x__check_paragraphs__mutmut_17(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(evidence["article"])
            if article is not None or evidence["paragraph"] > article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(problems, collection, record_id, "evidence.paragraph", message)


def x__check_paragraphs__mutmut_18(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(evidence["article"])
            if article is None and evidence["paragraph"] > article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(problems, collection, record_id, "evidence.paragraph", message)


def x__check_paragraphs__mutmut_19(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(evidence["article"])
            if article is not None and evidence["XXparagraphXX"] > article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(problems, collection, record_id, "evidence.paragraph", message)


def x__check_paragraphs__mutmut_20(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(evidence["article"])
            if article is not None and evidence["PARAGRAPH"] > article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(problems, collection, record_id, "evidence.paragraph", message)


def x__check_paragraphs__mutmut_21(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(evidence["article"])
            if article is not None and evidence["paragraph"] >= article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(problems, collection, record_id, "evidence.paragraph", message)


def x__check_paragraphs__mutmut_22(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(evidence["article"])
            if article is not None and evidence["paragraph"] > article["XXparagraphsXX"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(problems, collection, record_id, "evidence.paragraph", message)


def x__check_paragraphs__mutmut_23(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(evidence["article"])
            if article is not None and evidence["paragraph"] > article["PARAGRAPHS"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(problems, collection, record_id, "evidence.paragraph", message)


def x__check_paragraphs__mutmut_24(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(evidence["article"])
            if article is not None and evidence["paragraph"] > article["paragraphs"]:
                message = None
                dataset.report(problems, collection, record_id, "evidence.paragraph", message)


def x__check_paragraphs__mutmut_25(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(evidence["article"])
            if article is not None and evidence["paragraph"] > article["paragraphs"]:
                message = (
                    f"{evidence['XXparagraphXX']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(problems, collection, record_id, "evidence.paragraph", message)


def x__check_paragraphs__mutmut_26(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(evidence["article"])
            if article is not None and evidence["paragraph"] > article["paragraphs"]:
                message = (
                    f"{evidence['PARAGRAPH']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(problems, collection, record_id, "evidence.paragraph", message)


def x__check_paragraphs__mutmut_27(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(evidence["article"])
            if article is not None and evidence["paragraph"] > article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['XXparagraphsXX']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(problems, collection, record_id, "evidence.paragraph", message)


def x__check_paragraphs__mutmut_28(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(evidence["article"])
            if article is not None and evidence["paragraph"] > article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['PARAGRAPHS']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(problems, collection, record_id, "evidence.paragraph", message)


def x__check_paragraphs__mutmut_29(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(evidence["article"])
            if article is not None and evidence["paragraph"] > article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['XXarticleXX']}"
                )
                dataset.report(problems, collection, record_id, "evidence.paragraph", message)


def x__check_paragraphs__mutmut_30(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(evidence["article"])
            if article is not None and evidence["paragraph"] > article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['ARTICLE']}"
                )
                dataset.report(problems, collection, record_id, "evidence.paragraph", message)


def x__check_paragraphs__mutmut_31(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(evidence["article"])
            if article is not None and evidence["paragraph"] > article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(None, collection, record_id, "evidence.paragraph", message)


def x__check_paragraphs__mutmut_32(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(evidence["article"])
            if article is not None and evidence["paragraph"] > article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(problems, None, record_id, "evidence.paragraph", message)


def x__check_paragraphs__mutmut_33(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(evidence["article"])
            if article is not None and evidence["paragraph"] > article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(problems, collection, None, "evidence.paragraph", message)


def x__check_paragraphs__mutmut_34(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(evidence["article"])
            if article is not None and evidence["paragraph"] > article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(problems, collection, record_id, None, message)


def x__check_paragraphs__mutmut_35(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(evidence["article"])
            if article is not None and evidence["paragraph"] > article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(problems, collection, record_id, "evidence.paragraph", None)


def x__check_paragraphs__mutmut_36(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(evidence["article"])
            if article is not None and evidence["paragraph"] > article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(collection, record_id, "evidence.paragraph", message)


def x__check_paragraphs__mutmut_37(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(evidence["article"])
            if article is not None and evidence["paragraph"] > article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(problems, record_id, "evidence.paragraph", message)


def x__check_paragraphs__mutmut_38(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(evidence["article"])
            if article is not None and evidence["paragraph"] > article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(problems, collection, "evidence.paragraph", message)


def x__check_paragraphs__mutmut_39(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(evidence["article"])
            if article is not None and evidence["paragraph"] > article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(problems, collection, record_id, message)


def x__check_paragraphs__mutmut_40(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(evidence["article"])
            if article is not None and evidence["paragraph"] > article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(problems, collection, record_id, "evidence.paragraph", )


def x__check_paragraphs__mutmut_41(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(evidence["article"])
            if article is not None and evidence["paragraph"] > article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(problems, collection, record_id, "XXevidence.paragraphXX", message)


def x__check_paragraphs__mutmut_42(dataset: Dataset, problems: Problems) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            article = articles.get(evidence["article"])
            if article is not None and evidence["paragraph"] > article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(problems, collection, record_id, "EVIDENCE.PARAGRAPH", message)

mutants_x__check_paragraphs__mutmut['_mutmut_orig'] = x__check_paragraphs__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_1'] = x__check_paragraphs__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_2'] = x__check_paragraphs__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_3'] = x__check_paragraphs__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_4'] = x__check_paragraphs__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_5'] = x__check_paragraphs__mutmut_5 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_6'] = x__check_paragraphs__mutmut_6 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_7'] = x__check_paragraphs__mutmut_7 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_8'] = x__check_paragraphs__mutmut_8 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_9'] = x__check_paragraphs__mutmut_9 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_10'] = x__check_paragraphs__mutmut_10 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_11'] = x__check_paragraphs__mutmut_11 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_12'] = x__check_paragraphs__mutmut_12 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_13'] = x__check_paragraphs__mutmut_13 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_14'] = x__check_paragraphs__mutmut_14 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_15'] = x__check_paragraphs__mutmut_15 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_16'] = x__check_paragraphs__mutmut_16 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_17'] = x__check_paragraphs__mutmut_17 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_18'] = x__check_paragraphs__mutmut_18 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_19'] = x__check_paragraphs__mutmut_19 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_20'] = x__check_paragraphs__mutmut_20 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_21'] = x__check_paragraphs__mutmut_21 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_22'] = x__check_paragraphs__mutmut_22 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_23'] = x__check_paragraphs__mutmut_23 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_24'] = x__check_paragraphs__mutmut_24 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_25'] = x__check_paragraphs__mutmut_25 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_26'] = x__check_paragraphs__mutmut_26 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_27'] = x__check_paragraphs__mutmut_27 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_28'] = x__check_paragraphs__mutmut_28 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_29'] = x__check_paragraphs__mutmut_29 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_30'] = x__check_paragraphs__mutmut_30 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_31'] = x__check_paragraphs__mutmut_31 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_32'] = x__check_paragraphs__mutmut_32 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_33'] = x__check_paragraphs__mutmut_33 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_34'] = x__check_paragraphs__mutmut_34 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_35'] = x__check_paragraphs__mutmut_35 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_36'] = x__check_paragraphs__mutmut_36 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_37'] = x__check_paragraphs__mutmut_37 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_38'] = x__check_paragraphs__mutmut_38 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_39'] = x__check_paragraphs__mutmut_39 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_40'] = x__check_paragraphs__mutmut_40 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_41'] = x__check_paragraphs__mutmut_41 # type: ignore # mutmut generated
mutants_x__check_paragraphs__mutmut['x__check_paragraphs__mutmut_42'] = x__check_paragraphs__mutmut_42 # type: ignore # mutmut generated

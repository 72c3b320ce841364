"""Read the data files and enforce rules 1-5 of the data model, collecting every violation.

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
from api.dataset.sql import read_path
from api.spec.collections import ACTORS, AID_FIGURES, ARTICLES, RECORD_COLLECTIONS, STATEMENTS
from api.spec.model import Collection
from api.spec.values import SLUG_PATTERN
from schemas import ActorSchema, AidFigureSchema, ArticleSchema, StatementSchema

#: A record as loaded: its fields, with references as bare ids.
Record = dict[str, Any]
#: Where the data files live unless told otherwise: the embedded dataset.
DEFAULT_DATA_DIR = Path(__file__).resolve().parent.parent.parent / "data"

#: The record schema of each collection of the data files, in file order: violations are
#: reported, and the version hashed, in this order.
RECORD_SCHEMAS: dict[str, Schema] = {
    ARTICLES.name: ArticleSchema(),
    ACTORS.name: ActorSchema(),
    STATEMENTS.name: StatementSchema(),
    AID_FIGURES.name: AidFigureSchema(),
}
_RANK = {name: rank for rank, name in enumerate(RECORD_SCHEMAS)}
_SLUG = re.compile(SLUG_PATTERN)
_JSON_TYPES: dict[type, str] = {
    dict: "an object",
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "a boolean",
    type(None): "null",
}


class DataError(Exception):
    """The dataset breaks the data model's rules; ``violations`` has one line per violation."""

    def __init__(self, violations: list[str]) -> None:
        super().__init__(
            f"{len(violations)} violation(s) in the dataset:\n" + "\n".join(violations)
        )
        self.violations = violations

    def __reduce__(self) -> tuple[type["DataError"], tuple[list[str]]]:
        """Pickle with the violations, so that the error crosses from a build process."""
        return DataError, (self.violations,)


class Violations:
    """Collect violation messages and give them back in file order, then record order."""

    def __init__(self) -> None:
        self._items: list[tuple[int, int, str]] = []

    def __bool__(self) -> bool:
        return bool(self._items)

    def add_file(self, collection: str, message: str) -> None:
        """Record a violation with a whole file."""
        self._items.append((_RANK[collection], -1, f"{collection}.json: {message}"))

    def add(self, collection: str, index: int, key: str, field: str | None, message: str) -> None:
        """Record a violation in the record at ``index`` of a file, named ``key``."""
        where = f"{key}: {field}" if field else key
        self._items.append((_RANK[collection], index, f"{collection}.json: {where}: {message}"))

    def messages(self) -> list[str]:
        """Return every message, sorted stably by file and record."""
        return [message for _, _, message in sorted(self._items, key=lambda item: item[:2])]


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

    def report(
        self, violations: Violations, collection: str, record_id: str, field: str, message: str
    ) -> None:
        """Record a violation with a record known by its id."""
        violations.add(collection, self.positions[collection][record_id], record_id, field, message)

    def counts(self) -> dict[str, int]:
        """Return how many records each collection holds."""
        return {collection: len(records) for collection, records in self.records.items()}


def load_dataset(data_dir: Path, violations: Violations, progress: Progress) -> Dataset:
    """Read the four data files, load each record and check references, cycles and paragraphs."""
    digest = hashlib.sha256()
    records: dict[str, dict[str, Record]] = {}
    positions: dict[str, dict[str, int]] = {}
    unreadable: set[str] = set()
    for collection, schema in RECORD_SCHEMAS.items():
        content, items = _read_array(data_dir, collection, violations)
        digest.update(content)
        if items is None:
            unreadable.add(collection)
            items = []
        with progress.step(f"load {collection}", len(items)) as advance:
            records[collection], positions[collection] = _load_records(
                collection, schema, items, violations, content
            )
            advance(len(items))
    dataset = Dataset(records, positions, frozenset(unreadable), digest.hexdigest()[:16])
    with progress.step("rules 2-5", 1) as advance:
        _check_references(dataset, violations)
        _check_cycles(dataset, violations)
        _check_reporting_articles(dataset, violations)
        _check_paragraphs(dataset, violations)
        advance(1)
    return dataset


def _read_array(
    data_dir: Path, collection: str, violations: Violations
) -> tuple[bytes, list[Any] | None]:
    """Return a data file's bytes and its records, or None if it is not a JSON array."""
    try:
        content = (data_dir / f"{collection}.json").read_bytes()
    except OSError as error:
        violations.add_file(collection, f"cannot read: {error.strerror}")
        return b"", None
    try:
        content.decode("utf-8")
    except UnicodeDecodeError as error:
        violations.add_file(collection, f"not UTF-8 text ({error.reason} at byte {error.start})")
        return content, None
    try:
        items = orjson.loads(content)
    except orjson.JSONDecodeError as error:
        violations.add_file(
            collection, f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        )
        return content, None
    if not isinstance(items, list):
        kind = _JSON_TYPES[type(items)]
        violations.add_file(collection, f"expected a JSON array of records, got {kind}")
        return content, None
    return content, items


def _load_records(
    collection: str, schema: Schema, items: list[Any], violations: Violations, content: bytes
) -> tuple[dict[str, Record], dict[str, int]]:
    """Load each item through the schema; return the loaded records by id and every id's index.

    No string may hold a control character other than a tab, a line feed or a carriage
    return: a NUL ends a text for SQLite and FTS5, and U+001F is what the search index joins
    texts with. JSON can only write one escaped, so a file without such an escape is not
    read twice.
    """
    records: dict[str, Record] = {}
    positions: dict[str, int] = {}
    loaded = load_items(schema, items)
    controls = _ESCAPED_CONTROL.search(content) is not None
    for index, (item, (record, errors)) in enumerate(zip(items, loaded, strict=True)):
        if not isinstance(item, dict):
            violations.add(collection, index, f"[{index}]", None, "expected a JSON object")
            continue
        raw_id = item.get("id")
        record_id = raw_id if isinstance(raw_id, str) and _SLUG.match(raw_id) else None
        key = record_id or f"[{index}]"
        duplicate = record_id in positions
        if duplicate:
            message = f"duplicate id (records [{positions[key]}] and [{index}])"
            violations.add(collection, index, key, "id", message)
        elif record_id is not None:
            positions[record_id] = index
        if controls:
            for field, character in _control_characters(item):
                message = f"holds the control character U+{ord(character):04X}"
                violations.add(collection, index, key, field, message)
        for field in _broken_lines(collection, item):
            message = "holds a line break: a searched text is one line"
            violations.add(collection, index, key, field, message)
        if record is None:
            for field, message in _flatten(errors):
                violations.add(collection, index, key, field, message)
            continue
        if record_id is not None and not duplicate:
            records[record_id] = record
    return dict(sorted(records.items())), positions


#: A JSON escape of a control character other than a tab, a line feed or a carriage return
#: (an escaped backslash before it escapes nothing).
_ESCAPED_CONTROL = re.compile(rb"(?<!\\)(?:\\\\)*\\(?:u00(?:0[0-8bcefBCEF]|1[0-9a-fA-F])|[bf])")
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _control_characters(value: Any, path: str = "") -> Iterator[tuple[str | None, str]]:
    """Yield (field path, character) for each string of a record holding a control character."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _control_characters(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for number, item in enumerate(value):
            yield from _control_characters(item, f"{path}.{number}")
    elif isinstance(value, str) and (found := _CONTROLS.search(value)) is not None:
        yield path or None, found.group()


def _broken_lines(collection: str, item: dict[str, Any]) -> Iterator[str]:
    """Yield the path of each searched text of a record that holds a line break: a searched
    list's column joins its values with line breaks, which a hit must not span."""
    for path in RECORD_COLLECTIONS[collection].search:
        value: Any = item
        for part in path.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        texts = value if isinstance(value, list) else [value]
        for number, text in enumerate(texts):
            if isinstance(text, str) and ("\n" in text or "\r" in text):
                yield f"{path}.{number}" if isinstance(value, list) else path


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


def _references(collection: Collection, record: Record) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``(field path, target collection, id or None)`` for every reference of a record."""
    for field in collection.fields:
        if field.ref is not None and not field.many:
            yield field.path, field.ref, read_path(record, field.path)
        elif field.ref is not None:
            for number, target_id in enumerate(record[field.path]):
                yield f"{field.path}.{number}", field.ref, target_id
        for item in field.items:
            if item.ref is not None:
                for number, element in enumerate(record[field.path]):
                    yield f"{field.path}.{number}.{item.path}", item.ref, element[item.path]


def _check_references(dataset: Dataset, violations: Violations) -> None:
    """Rule 3: every reference names a record of the right collection."""
    for name, collection in RECORD_COLLECTIONS.items():
        for record_id, record in dataset.records[name].items():
            for field, target, target_id in _references(collection, record):
                # A record that failed its schema still counts as present, and a file that
                # failed to parse hides every id, so one mistake is reported once, not everywhere.
                if target_id is None or target in dataset.unreadable:
                    continue
                if target_id not in dataset.positions[target]:
                    message = f"unknown {RECORD_COLLECTIONS[target].noun} '{target_id}'"
                    dataset.report(violations, name, record_id, field, message)


def _check_cycles(dataset: Dataset, violations: Violations) -> None:
    """Rule 4: following a reference to the same collection never comes back to a record."""
    for name, collection in RECORD_COLLECTIONS.items():
        for field in collection.columns:
            if field.ref == name:
                _check_cycle(dataset, name, field.path, violations)


def _check_cycle(dataset: Dataset, collection: str, field: str, violations: Violations) -> None:
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
            dataset.report(violations, collection, cycle[0], field, message)
        done.update(path)


def _check_reporting_articles(dataset: Dataset, violations: Violations) -> None:
    """Rule 4: a record referring to a statement (that reports it) comes from its article."""
    statements = dataset.records[STATEMENTS.name]
    for name, collection in RECORD_COLLECTIONS.items():
        for field in collection.columns:
            if field.ref != STATEMENTS.name:
                continue
            for record_id, record in dataset.records[name].items():
                parent_id = record[field.path]
                if parent_id not in statements:
                    continue
                article = record["evidence"]["article"]
                parent_article = statements[parent_id]["evidence"]["article"]
                if article != parent_article:
                    message = (
                        f"'{article}' is not the article of reporting statement "
                        f"'{parent_id}' ('{parent_article}')"
                    )
                    dataset.report(violations, name, record_id, "evidence.article", message)


def _check_paragraphs(dataset: Dataset, violations: Violations) -> None:
    """Rule 5: every evidence paragraph exists in its article."""
    articles = dataset.records["articles"]
    for collection in RECORD_COLLECTIONS:
        for record_id, record in dataset.records[collection].items():
            if "evidence" not in record:
                continue
            evidence = record["evidence"]
            article = articles.get(evidence["article"])
            if article is not None and evidence["paragraph"] > article["paragraphs"]:
                message = (
                    f"{evidence['paragraph']} is beyond the {article['paragraphs']} "
                    f"paragraphs of {evidence['article']}"
                )
                dataset.report(violations, collection, record_id, "evidence.paragraph", message)

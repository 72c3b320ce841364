"""The dataset store: load, validate and index the curated data once; no HTTP here."""

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from api.fidelity import check_sources
from api.loader import Problems, Record, load_dataset

#: Where the data files live unless the app's config says otherwise.
DEFAULT_DATA_DIR = Path(__file__).resolve().parent.parent / "data"

#: A key (a speaker id, a topic, a currency...) -> record ids in id order.
Index = dict[str, tuple[str, ...]]


class DataError(Exception):
    """The dataset breaks the data model's rules; ``problems`` has one line per problem."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the dataset:\n" + "\n".join(problems))
        self.problems = problems


def _index_by(records: dict[str, Record], key: Callable[[Record], str | None]) -> Index:
    """Map each value of ``key`` to the ids of the records having it, in id order."""
    index: dict[str, list[str]] = {}
    for record_id, record in records.items():
        value = key(record)
        if value is not None:
            index.setdefault(value, []).append(record_id)
    return {value: tuple(index[value]) for value in sorted(index)}


def _index_by_each(records: dict[str, Record], keys: Callable[[Record], Iterable[str]]) -> Index:
    """Map each value listed by ``keys`` to the ids of the records listing it, in id order."""
    index: dict[str, list[str]] = {}
    for record_id, record in records.items():
        # A set, so a record that lists a value twice (a mention repeated) appears once.
        for value in set(keys(record)):
            index.setdefault(value, []).append(record_id)
    return {value: tuple(index[value]) for value in sorted(index)}


@contextmanager
def _garbage_collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector, which would otherwise rescan the growing dataset.

    Afterwards everything loaded is frozen out of the collector's view: the dataset
    lives as long as the process, so no later collection need walk it (a full one
    costs a third of a second on the largest corpus), and forked workers do not
    touch its pages to collect it.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


@dataclass(frozen=True)
class Store:
    """The whole dataset, records by id in id order, with the indexes the API queries."""

    articles: dict[str, Record]
    actors: dict[str, Record]
    statements: dict[str, Record]
    aid_figures: dict[str, Record]
    #: First 16 hex digits of the sha256 of the four data files, in file order.
    version: str
    statements_by_speaker: Index
    statements_by_mention: Index
    statements_by_addressee: Index
    statements_by_topic: Index
    statements_by_speech_type: Index
    statements_by_reported_by: Index
    statements_by_article: Index
    statements_by_said_on: Index
    aid_figures_by_donor: Index
    aid_figures_by_recipient: Index
    aid_figures_by_currency: Index
    aid_figures_by_aid_type: Index
    aid_figures_by_measure: Index
    aid_figures_by_article: Index
    actors_by_kind: Index
    actors_by_country: Index

    @classmethod
    def load(cls, data_dir: Path, sources_dir: Path | None = None) -> "Store":
        """Load, validate and index the dataset; raise DataError listing every problem.

        With ``sources_dir``, also check every span against the source texts (rule 6).
        """
        problems = Problems()
        with _garbage_collector_paused():
            dataset = load_dataset(data_dir, problems)
            if sources_dir is not None:
                check_sources(dataset, sources_dir, problems)
            if problems:
                raise DataError(problems.messages())
            return cls._indexed(dataset.records, dataset.version)

    @classmethod
    def _indexed(cls, records: dict[str, dict[str, Record]], version: str) -> "Store":
        """Build the store and its indexes from valid records."""
        statements = records["statements"]
        aid_figures = records["aid_figures"]
        actors = records["actors"]
        return cls(
            articles=records["articles"],
            actors=actors,
            statements=statements,
            aid_figures=aid_figures,
            version=version,
            statements_by_speaker=_index_by(statements, lambda s: s["speaker"]),
            statements_by_mention=_index_by_each(statements, lambda s: s["mentions"]),
            statements_by_addressee=_index_by_each(statements, lambda s: s["addressees"]),
            statements_by_topic=_index_by_each(statements, lambda s: s["topics"]),
            statements_by_speech_type=_index_by(statements, lambda s: s["speech_type"]),
            statements_by_reported_by=_index_by(statements, lambda s: s["reported_by"]),
            statements_by_article=_index_by(statements, lambda s: s["evidence"]["article"]),
            statements_by_said_on=_index_by(statements, lambda s: s["said_on"]),
            aid_figures_by_donor=_index_by(aid_figures, lambda a: a["donor"]),
            aid_figures_by_recipient=_index_by(aid_figures, lambda a: a["recipient"]),
            aid_figures_by_currency=_index_by(aid_figures, lambda a: a["amount"]["currency"]),
            aid_figures_by_aid_type=_index_by(aid_figures, lambda a: a["aid_type"]),
            aid_figures_by_measure=_index_by(aid_figures, lambda a: a["measure"]),
            aid_figures_by_article=_index_by(aid_figures, lambda a: a["evidence"]["article"]),
            actors_by_kind=_index_by(actors, lambda a: a["kind"]),
            actors_by_country=_index_by(actors, lambda a: a["country"]),
        )

    def counts(self) -> dict[str, int]:
        """Return how many records each collection holds."""
        return {
            "articles": len(self.articles),
            "actors": len(self.actors),
            "statements": len(self.statements),
            "aid_figures": len(self.aid_figures),
        }

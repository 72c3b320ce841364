"""A plain Python reference of what the API documents, over the committed JSON records.

It knows nothing of SQLite: it filters, searches, sorts, pages and sums records read
straight from a data directory, as docs/api.md and the contract describe it. Tests
compare the engine's answers with it on the real dataset and on the edge fixture.
"""

import json
from collections.abc import Callable, Mapping
from functools import cached_property
from pathlib import Path
from typing import Any

from api.spec.values import date_span

Record = dict[str, Any]

#: Per collection: its URL path, its searched fields, its sort fields (name -> record path)
#: and its filters (name -> (record path, whether the field is a list)).
COLLECTIONS: dict[str, dict[str, Any]] = {
    "statements": {
        "path": "/v1/statements",
        "search": ("text", "attribution"),
        "sorts": {
            "id": "id",
            "said_on": "said_on",
            "speaker": "speaker",
            "speech_type": "speech_type",
            "paragraph": "evidence.paragraph",
        },
        "filters": {
            "speaker": ("speaker", False),
            "mentions": ("mentions", True),
            "addressee": ("addressees", True),
            "topic": ("topics", True),
            "speech_type": ("speech_type", False),
            "reported_by": ("reported_by", False),
            "article": ("evidence.article", False),
            "section": ("evidence.section", False),
            "said_on": ("said_on", False),
        },
    },
    "actors": {
        "path": "/v1/actors",
        "search": ("name", "aliases"),
        "sorts": {"id": "id", "name": "name", "kind": "kind", "country": "country"},
        "filters": {
            "kind": ("kind", False),
            "country": ("country", False),
            "wikidata": ("wikidata", False),
        },
    },
    "aid_figures": {
        "path": "/v1/aid-figures",
        "search": ("purpose", "evidence.exact"),
        "sorts": {
            "id": "id",
            "donor": "donor",
            "recipient": "recipient",
            "as_of": "as_of",
            "amount": "amount.value",
        },
        "filters": {
            "donor": ("donor", False),
            "recipient": ("recipient", False),
            "currency": ("amount.currency", False),
            "aid_type": ("aid_type", False),
            "measure": ("measure", False),
            "article": ("evidence.article", False),
        },
    },
}


def value(record: Record, path: str) -> Any:
    """Return the value at a dotted path of a record."""
    found: Any = record
    for part in path.split("."):
        found = None if found is None else found[part]
    return found


class _Reversed:
    """A value that sorts in the opposite order."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def __lt__(self, other: "_Reversed") -> bool:
        return bool(other.value < self.value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Reversed) and self.value == other.value


def sort_key(sort: list[str], paths: Mapping[str, str]) -> Callable[[Record], Any]:
    """The documented order: each field (text without regard to case, then by case), nulls
    last either way, then id (ascending unless ``-id`` is asked for)."""
    fields = []
    id_descending = False
    for name in sort:
        if name.removeprefix("-") == "id":
            id_descending = name.startswith("-")
            break
        fields.append((paths[name.removeprefix("-")], name.startswith("-")))

    def key(record: Record) -> Any:
        parts: list[Any] = []
        for path, descending in fields:
            found = value(record, path)
            if found is None:
                parts.append((1, 0))
                continue
            if isinstance(found, str):
                found = (found.casefold(), found)
            parts.append((0, _Reversed(found) if descending else found))
        parts.append(_Reversed(record["id"]) if id_descending else record["id"])
        return tuple(parts)

    return key


def overlaps(date: str | None, start: str | None, end: str | None) -> bool:
    """Whether a partial date's span overlaps the range of two partial dates (ends included)."""
    if date is None:
        return False
    first, last = date_span(date)
    return (start is None or last >= date_span(start)[0]) and (
        end is None or first <= date_span(end)[1]
    )


class Reference:
    """The records of a data directory, and what the API should answer over them."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    @cached_property
    def records(self) -> dict[str, list[Record]]:
        """Return every collection's records, as committed."""
        return {
            name: json.loads((self.data_dir / f"{name}.json").read_text(encoding="utf-8"))
            for name in ("articles", "actors", "statements", "aid_figures")
        }

    def matching(self, collection: str, params: Mapping[str, Any]) -> list[Record]:
        """Return the records ``params`` selects, in the order they ask for."""
        spec = COLLECTIONS[collection]
        found = []
        for record in self.records[collection]:
            if not all(
                self._holds(record, path, many, params[name])
                for name, (path, many) in spec["filters"].items()
                if name in params
            ):
                continue
            if ("said_from" in params or "said_to" in params) and not overlaps(
                record.get("said_on"), params.get("said_from"), params.get("said_to")
            ):
                continue
            if "q" in params and not self._searched(record, spec["search"], params["q"]):
                continue
            found.append(record)
        found.sort(key=sort_key(list(params.get("sort", ["id"])), spec["sorts"]))
        return found

    def page(self, collection: str, params: Mapping[str, Any]) -> tuple[list[str], int]:
        """Return the ids of the page ``params`` asks for, and how many records match."""
        found = self.matching(collection, params)
        offset, limit = params.get("offset", 0), params.get("limit", 20)
        return [record["id"] for record in found[offset : offset + limit]], len(found)

    def facet(
        self, collection: str, params: Mapping[str, Any], name: str, size: int
    ) -> tuple[list[tuple[str, int]], bool]:
        """Return facet ``name`` of a query: (value, count) as documented, and whether values
        were left out.

        Counted over the records every other parameter selects; a record counts once per
        value it has; largest count first, then by value; selected values not among the
        first ``size`` follow, by value.
        """
        path, many = COLLECTIONS[collection]["filters"][name]
        counts: dict[str, int] = {}
        others = {key: wanted for key, wanted in params.items() if key != name}
        for record in self.matching(collection, others):
            found = value(record, path)
            for each in set(found) if many else set() if found is None else {found}:
                counts[each] = counts.get(each, 0) + 1
        ordered = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))
        shown = ordered[:size]
        listed = {each for each, _ in shown}
        selected = sorted(set(params.get(name, [])) - listed)
        return shown + [(each, counts.get(each, 0)) for each in selected], len(ordered) > size

    def totals(self, params: Mapping[str, Any], group_by: str) -> list[dict[str, Any]]:
        """Return the sums of the aid figures ``params`` selects, per group and currency."""
        groups: dict[str, list[Record]] = {}
        for figure in self.matching("aid_figures", params):
            groups.setdefault(figure[group_by], []).append(figure)
        answer = []
        for key in sorted(groups):
            members = sorted(groups[key], key=lambda figure: figure["id"])
            answer.append(
                {
                    "key": key,
                    "totals": _sums([figure["amount"] for figure in members]),
                    "equivalents": _sums(
                        [
                            next(e for e in figure["equivalents"] if e["currency"] == currency)
                            for figure in members
                            for currency in dict.fromkeys(
                                e["currency"] for e in figure["equivalents"]
                            )
                        ]
                    ),
                    "approximate": any(f["amount"]["qualifier"] != "as_stated" for f in members),
                    "figures": [figure["id"] for figure in members],
                }
            )
        return answer

    def network(self, params: Mapping[str, Any]) -> dict[str, Any]:
        """Return the actor network of the statements ``params`` selects, as documented.

        ``nodes``: each actor's id -> how many selected statements it made, for every
        speaker and every end of an edge; ``edges``: (source, target, relation) -> the ids
        of the selected statements that make it, sorted. A selected statement links its
        speaker to each addressee and each actor mentioned, and the speaker of the
        statement reporting it to its own speaker.
        """
        statements = {statement["id"]: statement for statement in self.records["statements"]}
        selected = self.matching("statements", params)
        edges: dict[tuple[str, str, str], list[str]] = {}
        for statement in selected:
            speaker = statement["speaker"]
            links = [(speaker, actor, "addressed") for actor in set(statement["addressees"])]
            links += [(speaker, actor, "mentioned") for actor in set(statement["mentions"])]
            if statement["reported_by"] is not None:
                reporter = statements[statement["reported_by"]]["speaker"]
                links.append((reporter, speaker, "reported"))
            for link in links:
                edges.setdefault(link, []).append(statement["id"])
        spoken: dict[str, int] = {}
        for statement in selected:
            spoken[statement["speaker"]] = spoken.get(statement["speaker"], 0) + 1
        members = set(spoken) | {end for source, target, _ in edges for end in (source, target)}
        return {
            "nodes": {actor: spoken.get(actor, 0) for actor in sorted(members)},
            "edges": {link: sorted(edges[link]) for link in sorted(edges)},
        }

    @staticmethod
    def _holds(record: Record, path: str, many: bool, wanted: list[str]) -> bool:
        found = value(record, path)
        return bool(set(found) & set(wanted)) if many else found in wanted

    @staticmethod
    def _searched(record: Record, paths: tuple[str, ...], q: str) -> bool:
        texts: list[str] = []
        for path in paths:
            found = value(record, path)
            texts += found if isinstance(found, list) else [] if found is None else [found]
        return any(q.casefold() in text.casefold() for text in texts)


def _first_each(figure: Record) -> list[Record]:
    """Return a figure's first conversion into each currency: it counts once per currency."""
    first: dict[str, Record] = {}
    for equivalent in figure["equivalents"]:
        first.setdefault(equivalent["currency"], equivalent)
    return list(first.values())


def _sums(amounts: list[Record]) -> list[dict[str, Any]]:
    by_currency: dict[str, list[Record]] = {}
    for amount in amounts:
        by_currency.setdefault(amount["currency"], []).append(amount)
    return [
        {
            "currency": currency,
            "value": sum(amount["value"] for amount in by_currency[currency]),
            "approximate": any(a["qualifier"] != "as_stated" for a in by_currency[currency]),
            "figures": len(by_currency[currency]),
        }
        for currency in sorted(by_currency)
    ]

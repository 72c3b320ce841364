"""The SQL engine against a plain Python reference over ``data/*.json``, for generated queries.

The reference below knows nothing of SQLite: it filters, searches, sorts and pages the
committed records as the API documents it. Hypothesis generates combinations of
filters, date ranges, searches, sorts and pages; the API must answer exactly the
reference's ids and total.
"""

from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schemas.common import date_span
from schemas.vocabulary import SPEECH_TYPES, TOPICS
from tests.support import real_records

Record = dict[str, Any]
STATEMENTS = real_records("statements")
ACTORS = real_records("actors")
AID_FIGURES = real_records("aid_figures")
ACTOR_IDS = sorted(actor["id"] for actor in ACTORS)
STATEMENT_IDS = sorted(statement["id"] for statement in STATEMENTS)
DATES = ["2021", "2022", "2022-01", "2022-02", "2022-02-07", "2022-02-08", "2022-02-09"]


def _value(record: Record, path: str) -> Any:
    for part in path.split("."):
        record = record[part]
    return record


def _sort_key(sort: list[str], paths: dict[str, str]) -> Callable[[Record], Any]:
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
            value = _value(record, path)
            if value is None:
                parts.append((1, 0))
                continue
            if isinstance(value, str):
                value = (value.casefold(), value)
            parts.append((0, _Reversed(value) if descending else value))
        parts.append(_Reversed(record["id"]) if id_descending else record["id"])
        return tuple(parts)

    return key


class _Reversed:
    """A value that sorts in the opposite order."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def __lt__(self, other: "_Reversed") -> bool:
        return bool(other.value < self.value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Reversed) and self.value == other.value


def _searched(record: Record, paths: tuple[str, ...], q: str) -> bool:
    texts: list[str] = []
    for path in paths:
        value = _value(record, path)
        texts += value if isinstance(value, list) else [] if value is None else [value]
    return any(q.casefold() in text.casefold() for text in texts)


def _in_range(said_on: str | None, start: str | None, end: str | None) -> bool:
    if said_on is None:
        return False
    first, last = date_span(said_on)
    return (start is None or last >= date_span(start)[0]) and (
        end is None or first <= date_span(end)[1]
    )


STATEMENT_SORTS = {
    "said_on": "said_on",
    "speaker": "speaker",
    "speech_type": "speech_type",
    "paragraph": "evidence.paragraph",
    "id": "id",
}


def reference_statements(params: dict[str, Any]) -> tuple[list[str], int]:
    """Return the ids of the page and the total the documentation promises."""
    found = []
    for statement in STATEMENTS:
        if "speaker" in params and statement["speaker"] not in params["speaker"]:
            continue
        if "mentions" in params and not set(statement["mentions"]) & set(params["mentions"]):
            continue
        if "addressee" in params and not set(statement["addressees"]) & set(params["addressee"]):
            continue
        if "topic" in params and not set(statement["topics"]) & set(params["topic"]):
            continue
        if "speech_type" in params and statement["speech_type"] not in params["speech_type"]:
            continue
        if "reported_by" in params and statement["reported_by"] not in params["reported_by"]:
            continue
        if ("said_from" in params or "said_to" in params) and not _in_range(
            statement["said_on"], params.get("said_from"), params.get("said_to")
        ):
            continue
        if "q" in params and not _searched(statement, ("text", "attribution"), params["q"]):
            continue
        found.append(statement)
    found.sort(key=_sort_key(params.get("sort", ["id"]), STATEMENT_SORTS))
    offset, limit = params.get("offset", 0), params.get("limit", 20)
    return [statement["id"] for statement in found[offset : offset + limit]], len(found)


def _substrings(texts: list[str]) -> st.SearchStrategy[str]:
    """Pieces of real texts, in random case: searches that find something, or nothing."""
    return st.builds(
        lambda text, start, length, flips: "".join(
            c.swapcase() if flip else c
            for c, flip in zip(text[start : start + length], flips, strict=False)
        ),
        st.sampled_from(texts),
        st.integers(0, 40),
        st.integers(1, 9),
        st.lists(st.booleans(), min_size=9, max_size=9),
    ).filter(lambda q: q.strip() != "")


def _some(values: list[str]) -> st.SearchStrategy[list[str]]:
    return st.lists(st.sampled_from(values), min_size=1, max_size=3, unique=True)


statement_queries = st.fixed_dictionaries(
    {},
    optional={
        "speaker": _some(ACTOR_IDS),
        "mentions": _some(ACTOR_IDS),
        "addressee": _some(ACTOR_IDS),
        "topic": _some(list(TOPICS)),
        "speech_type": _some(list(SPEECH_TYPES)),
        "reported_by": _some(STATEMENT_IDS),
        "said_from": st.sampled_from(DATES),
        "said_to": st.sampled_from(DATES),
        "q": _substrings([s["text"] for s in STATEMENTS] + [s["attribution"] for s in STATEMENTS]),
        "sort": st.lists(
            st.sampled_from([p + f for f in STATEMENT_SORTS for p in ("", "-")]),
            min_size=1,
            max_size=3,
        ),
        "offset": st.integers(0, 70),
        "limit": st.integers(1, 100),
    },
)


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(statement_queries)
def test_statement_pages_are_those_of_the_reference(
    client: FlaskClient, params: dict[str, Any]
) -> None:
    query = urlencode(
        [
            (name, ",".join(value) if isinstance(value, list) else value)
            for name, value in params.items()
        ]
    )
    response = client.get(f"/v1/statements?{query}")
    assert response.status_code == 200, response.json
    expected_ids, expected_total = reference_statements(params)
    assert [item["id"] for item in response.json["items"]] == expected_ids
    assert response.json["total"] == expected_total


ACTOR_SORTS = {"name": "name", "kind": "kind", "country": "country", "id": "id"}


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    st.fixed_dictionaries(
        {},
        optional={
            "kind": _some(["person", "state", "organization"]),
            "country": _some(sorted({a["country"] for a in ACTORS if a["country"]})),
            "q": _substrings(
                [a["name"] for a in ACTORS] + [x for a in ACTORS for x in a["aliases"]]
            ),
            "sort": st.lists(
                st.sampled_from([p + f for f in ACTOR_SORTS for p in ("", "-")]),
                min_size=1,
                max_size=3,
            ),
        },
    )
)
def test_actor_pages_are_those_of_the_reference(
    client: FlaskClient, params: dict[str, Any]
) -> None:
    query = urlencode(
        [
            (name, ",".join(value) if isinstance(value, list) else value)
            for name, value in params.items()
        ]
    )
    response = client.get(f"/v1/actors?{query}&limit=100")
    assert response.status_code == 200, response.json
    found = [
        actor
        for actor in ACTORS
        if ("kind" not in params or actor["kind"] in params["kind"])
        and ("country" not in params or actor["country"] in params["country"])
        and ("q" not in params or _searched(actor, ("name", "aliases"), params["q"]))
    ]
    found.sort(key=_sort_key(params.get("sort", ["id"]), ACTOR_SORTS))
    assert [item["id"] for item in response.json["items"]] == [actor["id"] for actor in found]
    assert response.json["total"] == len(found)

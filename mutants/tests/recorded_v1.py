"""A recorded set of v1 responses on the real dataset, to prove a new engine answers the same.

``python -m tests.recorded_v1`` asks the app every URL of :func:`urls` and writes, per URL,
the status and the ETag of the body (a hash of its bytes), or the whole body of an error,
to ``tests/fixtures/recorded/v1_responses.json``. It was recorded with the in-memory engine
of v1, before the SQLite snapshot replaced it; ``tests/test_recorded_v1.py`` replays it.
"""

import itertools
import json
from typing import Any

from tests.support import FIXTURES, REAL_DATA

RECORDED = FIXTURES / "recorded" / "v1_responses.json"

SORTS = {
    "articles": ["id", "published", "headline"],
    "actors": ["id", "name", "kind", "country"],
    "statements": ["id", "said_on", "speaker", "speech_type", "paragraph"],
    "aid-figures": ["id", "donor", "recipient", "as_of", "amount"],
}
SEARCHES = [
    "putin",
    "PUTIN",
    "escalat",
    "a",
    "e ",
    "minsk",
    "nato",
    "\u201c",
    "\u2019",
    "pres",
    "moscow",
    "infra",
    "zz",
    "s",
    "Kremlin spokesperson",
    "1.2 billion",
    "Cnd",
]
DATES = ["2021", "2022", "2022-01", "2022-02", "2022-02-07", "2022-02-08", "2022-02-09", "2023"]


def _load(name: str) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = json.loads((REAL_DATA / f"{name}.json").read_text("utf-8"))
    return records


def urls() -> list[str]:
    """Return the URLs of the recorded set, in a fixed order."""
    actors, statements, aid = _load("actors"), _load("statements"), _load("aid_figures")
    articles = _load("articles")
    found: list[str] = ["/", "/v1", "/v1/topics", "/v1/topics?limit=5&offset=5"]
    for collection, records in (
        ("articles", articles),
        ("actors", actors),
        ("statements", statements),
        ("aid-figures", aid),
    ):
        found += [f"/v1/{collection}/{record['id']}" for record in records]
        for limit, offset in itertools.product((1, 7, 20, 100), (0, 5, 29, 59, 60, 1000)):
            found.append(f"/v1/{collection}?limit={limit}&offset={offset}")
        fields = SORTS[collection]
        for field in fields:
            for sign, tie in itertools.product(("", "-"), ("", ",id", ",-id")):
                found.append(f"/v1/{collection}?sort={sign}{field}{tie}&limit=100")
        for first, second in itertools.permutations(fields[1:], 2):
            found.append(f"/v1/{collection}?sort=-{first},{second}&limit=100")
        for q in SEARCHES:
            found.append(f"/v1/{collection}?q={q}&limit=100")
    values: dict[str, set[str]] = {
        "speaker": {s["speaker"] for s in statements},
        "mentions": {a for s in statements for a in s["mentions"]},
        "addressee": {a for s in statements for a in s["addressees"]},
        "speech_type": {s["speech_type"] for s in statements},
        "topic": {t for s in statements for t in s["topics"]},
        "reported_by": {s["reported_by"] for s in statements if s["reported_by"]},
        "article": {s["evidence"]["article"] for s in statements},
    }
    for name, options in values.items():
        ordered = sorted(options) + [
            "no-such-thing" if name not in ("speech_type", "topic") else sorted(options)[0]
        ]
        for value in ordered:
            found.append(f"/v1/statements?{name}={value}&limit=100")
        for pair in itertools.islice(itertools.combinations(sorted(options), 2), 12):
            found.append(f"/v1/statements?{name}={','.join(pair)}&limit=100&sort=-said_on")
    for start, end in itertools.product(DATES + [None], DATES + [None]):
        params = [f"said_from={start}"] * (start is not None) + [f"said_to={end}"] * (
            end is not None
        )
        found.append(f"/v1/statements?{'&'.join(params)}&limit=100&sort=said_on")
    found += [
        "/v1/statements?speaker=emmanuel-macron&sort=-said_on",
        "/v1/statements?speaker=emmanuel-macron&topic=diplomacy&said_from=2022-02-08",
        "/v1/statements?q=putin&sort=-said_on&offset=5&limit=3",
        "/v1/statements?speaker=emmanuel-macron,vladimir-putin&topic=diplomacy,de-escalation&speech_type=mixed,indirect&limit=100&sort=speech_type,-paragraph",
        "/v1/statements?mentions=vladimir-putin&addressee=emmanuel-macron&limit=100",
        "/v1/statements?q=said&speaker=emmanuel-macron&said_to=2022-02-07&limit=100",
        "/v1/actors?q=pres&kind=person",
        "/v1/actors?kind=state,organization&country=RU,UA&sort=-name&limit=100",
        "/v1/actors?country=US&q=officials",
    ]
    for kind in ("person", "state", "organization"):
        found.append(f"/v1/actors?kind={kind}&limit=100&sort=country,-name")
    for country in sorted({a["country"] for a in actors if a["country"]}) + ["ZZ"]:
        found.append(f"/v1/actors?country={country}&limit=100")
    aid_filters = {
        "donor": {a["donor"] for a in aid} | {"ukraine"},
        "recipient": {a["recipient"] for a in aid},
        "currency": {"EUR", "CAD", "USD"},
        "aid_type": {"financial", "unspecified", "military"},
        "measure": {"unspecified", "pledge"},
        "article": {a["evidence"]["article"] for a in aid},
    }
    for name, options in aid_filters.items():
        for value in sorted(options):
            found.append(f"/v1/aid-figures?{name}={value}")
            for group_by in ("donor", "recipient", "aid_type"):
                found.append(f"/v1/aid-figures/totals?{name}={value}&group_by={group_by}")
    for group_by in ("donor", "recipient", "aid_type"):
        found.append(f"/v1/aid-figures/totals?group_by={group_by}")
        found.append(f"/v1/aid-figures/totals?group_by={group_by}&q=germany")
    found += [
        "/v1/aid-figures/totals",
        "/v1/aid-figures/totals?currency=EUR,CAD&donor=france,germany",
    ]
    found += [  # errors
        "/v1/statements?limit=0&colour=red&sort=nonsense",
        "/v1/statements?said_from=2022-02-30",
        "/v1/actors/nope",
        "/v1/nowhere",
        "/v1/aid-figures/totals?group_by=currency",
        "/v1/statements?offset=-1&limit=101",
    ]
    return found


def record() -> dict[str, Any]:
    """Ask the app every URL; return what it answered."""
    from api import create_app

    client = create_app({"TESTING": True}).test_client()
    answers: dict[str, Any] = {}
    for url in urls():
        response = client.get(url)
        if response.status_code == 200:
            answers[url] = {"status": 200, "etag": response.headers["ETag"]}
        else:
            answers[url] = {"status": response.status_code, "body": response.get_json()}
    return answers


if __name__ == "__main__":
    RECORDED.write_text(json.dumps(record(), indent=1, ensure_ascii=False) + "\n", "utf-8")

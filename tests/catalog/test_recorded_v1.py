"""The SQLite engine answers the 669 recorded v1 requests byte for byte as the in-memory one did.

``tests/recorded_v1.py`` recorded, before the engine was replaced, the status and the
ETag (a hash of the body) of each request, or the whole body of an error, over the
dataset as it was then: ``tests/fixtures/recorded/data``, kept as it was, so that the
replay holds whatever the curated data becomes. Fields added to the records since are
filled in that copy (no Wikidata item, as curators would leave it; evidence selectors of
the right shape, since no source is checked here) and taken out of
the answers before hashing, with ``matches`` on the items of a searched page (the
snapshot issue), the dataset index's links to the network, the download, its Datasette
metadata and the data package, and the paging of totals; the
copy's dataset version
is the one recorded. The other difference is in the text of one error: ``relevance`` is
now a sort field, so the list of choices names it.
"""

import hashlib
import json
from pathlib import Path
from typing import Any

import orjson
import pytest
from flask import Flask
from flask.testing import FlaskClient

from schemas.common import POSITION_SELECTOR, QUOTE_SELECTOR
from tests.conftest import MakeApp
from tests.recorded_v1 import RECORDED
from tests.support import FIXTURES

RECORDS = json.loads(RECORDED.read_text(encoding="utf-8"))
#: The dataset the answers were recorded over, and its version then.
V1_DATA = FIXTURES / "recorded" / "data"
V1_VERSION = "e94a9b4df16d27bb"
SEARCHED = ("/v1/statements?", "/v1/actors?", "/v1/articles?", "/v1/aid-figures?")
#: What v1 said of an unknown sort field, and what it says now that relevance is one.
V1_SORT_CHOICES = "paragraph, -paragraph."
SORT_CHOICES = "paragraph, -paragraph, relevance."
#: The links the dataset index has had since v1: the network, the download and its
#: Datasette metadata, and the data package of the exports.
DATASET_LINKS_SINCE = ("network", "download", "datasette_metadata", "datapackage")
SERVICE_LINKS_SINCE = ("openapi_json", "explorer")


def _without_additions(value: Any) -> Any:
    """Return a JSON value without the fields added since v1, at any depth."""
    if isinstance(value, list):
        return [_without_additions(item) for item in value]
    if not isinstance(value, dict):
        return value
    kept = {key: _without_additions(item) for key, item in value.items()}
    if "evidence" in kept and "kind" in kept:  # an actor
        kept.pop("wikidata", None)
        kept.get("links", {}).pop("wikidata", None)
    if "exact" in kept and "paragraph" in kept:  # an evidence
        kept.pop("selectors", None)
    if "counts" in kept and "sources" in kept:  # the dataset index
        for link in DATASET_LINKS_SINCE:
            kept["links"].pop(link, None)
    if "links" in kept and "docs" in kept["links"]:  # the service index
        for link in SERVICE_LINKS_SINCE:
            kept["links"].pop(link, None)
    if "group_by" in kept:  # totals, now paged
        for key in ("total", "limit", "offset"):
            kept.pop(key)
        for key in ("next", "prev"):
            kept["links"].pop(key)
    return kept


def _v1_body(body: bytes, searched: bool) -> bytes:
    value = orjson.loads(body)
    if isinstance(value, dict) and "dataset_version" in value:
        value["dataset_version"] = V1_VERSION
    if searched:
        for item in value.get("items", []):
            assert "matches" in item
            del item["matches"]
    return orjson.dumps(_without_additions(value))


def _differs(client: FlaskClient, url: str) -> str | None:
    """Return how the answer to ``url`` differs from the recorded one, or None."""
    recorded = RECORDS[url]
    response = client.get(url)
    if response.status_code != recorded["status"]:
        return f"status {response.status_code}, recorded {recorded['status']}"
    if response.status_code != 200:
        expected = json.loads(json.dumps(recorded["body"]).replace(V1_SORT_CHOICES, SORT_CHOICES))
        return None if response.json == expected else f"body {response.json}"
    body = _v1_body(response.data, "q=" in url and url.startswith(SEARCHED))
    etag = f'"{hashlib.blake2b(body, digest_size=16).hexdigest()}"'
    return None if etag == recorded["etag"] else f"body hash {etag}, recorded {recorded['etag']}"


def _with_selectors(record: dict[str, Any]) -> dict[str, Any]:
    """Return a record whose evidence has selectors of its own ``exact``, at offset 0.

    They are taken out of every answer before hashing, so only their shape matters:
    the replay's app checks no source text.
    """
    evidence = record["evidence"]
    exact = evidence["exact"]
    selectors = [
        {"type": QUOTE_SELECTOR, "exact": exact, "prefix": "", "suffix": ""},
        {"type": POSITION_SELECTOR, "start": 0, "end": len(exact)},
    ]
    return {**record, "evidence": {**evidence, "selectors": selectors}}


def _v1_dataset(directory: Path) -> Path:
    """Write the recorded dataset to ``directory``, with the fields added since filled in."""
    for path in V1_DATA.glob("*.json"):
        records = json.loads(path.read_text(encoding="utf-8"))
        if path.stem == "actors":
            records = [{**actor, "wikidata": actor.get("wikidata")} for actor in records]
        if path.stem != "articles":
            records = [_with_selectors(record) for record in records]
        (directory / path.name).write_text(json.dumps(records), encoding="utf-8")
    return directory


@pytest.fixture(scope="module")
def v1_apps(make_app: MakeApp, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Flask]:
    data_dir = _v1_dataset(tmp_path_factory.mktemp("v1-data"))
    return {
        "cached": make_app(DATA_DIR=str(data_dir)),
        "uncached": make_app(DATA_DIR=str(data_dir), RESPONSE_CACHE_BYTES=0),
    }


@pytest.fixture(params=["cached", "uncached"])
def v1_client(request: pytest.FixtureRequest, v1_apps: dict[str, Flask]) -> FlaskClient:
    return v1_apps[request.param].test_client()


def test_every_recorded_answer_is_given_again(v1_client: FlaskClient) -> None:
    client = v1_client
    differences = {url: found for url in RECORDS if (found := _differs(client, url))}
    assert differences == {}
    assert len(RECORDS) == 669

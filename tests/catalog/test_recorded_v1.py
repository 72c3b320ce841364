"""The SQLite engine answers the 669 recorded v1 requests byte for byte as the in-memory one did.

``tests/recorded_v1.py`` recorded, before the engine was replaced, the status and the
ETag (a hash of the body) of each request, or the whole body of an error. Items of a
searched page now carry ``matches``, which this replay takes out before hashing: the
one field the snapshot issue adds. The other difference is in the text of one error:
``relevance`` is now a sort field, so the list of choices names it.
"""

import hashlib
import json

import orjson
from flask.testing import FlaskClient

from tests.recorded_v1 import RECORDED

RECORDS = json.loads(RECORDED.read_text(encoding="utf-8"))
SEARCHED = ("/v1/statements?", "/v1/actors?", "/v1/articles?", "/v1/aid-figures?")
#: What v1 said of an unknown sort field, and what it says now that relevance is one.
V1_SORT_CHOICES = "paragraph, -paragraph."
SORT_CHOICES = "paragraph, -paragraph, relevance."


def _without_matches(body: bytes) -> bytes:
    page = orjson.loads(body)
    for item in page.get("items", []):
        assert "matches" in item
        del item["matches"]
    return orjson.dumps(page)


def _differs(client: FlaskClient, url: str) -> str | None:
    """Return how the answer to ``url`` differs from the recorded one, or None."""
    recorded = RECORDS[url]
    response = client.get(url)
    if response.status_code != recorded["status"]:
        return f"status {response.status_code}, recorded {recorded['status']}"
    if response.status_code != 200:
        expected = json.loads(json.dumps(recorded["body"]).replace(V1_SORT_CHOICES, SORT_CHOICES))
        return None if response.json == expected else f"body {response.json}"
    body = (
        _without_matches(response.data)
        if "q=" in url and url.startswith(SEARCHED)
        else response.data
    )
    etag = f'"{hashlib.blake2b(body, digest_size=16).hexdigest()}"'
    return None if etag == recorded["etag"] else f"body hash {etag}, recorded {recorded['etag']}"


def test_every_recorded_answer_is_given_again(client: FlaskClient) -> None:
    differences = {url: found for url in RECORDS if (found := _differs(client, url))}
    assert differences == {}
    assert len(RECORDS) == 669

"""The response cache's own rules: what it keeps, what it shares, how it reads If-None-Match."""

import pytest
from werkzeug.test import EnvironBuilder, run_wsgi_app

from api.web.response_cache import CachedResponse, if_none_match_holds, key_of
from tests.conftest import MakeApp
from tests.support import response_cache


@pytest.mark.parametrize(
    ("header", "holds"),
    [
        ('"x","abc"', True),
        ('"abc",W/"x"', True),
        ('  "abc"  ', True),
        ('"x",\t"abc"', True),
        ('"x","abcd"', False),
    ],
)
def test_if_none_match_lists_are_split_at_commas_whatever_the_spacing(
    header: str, holds: bool
) -> None:
    assert if_none_match_holds(header, '"abc"') is holds


def test_a_200_without_cache_control_is_kept() -> None:
    entry = CachedResponse.of([("ETag", '"t"'), ("Content-Type", "text/plain")], b"body", {})
    assert entry is not None
    assert (entry.etag, entry.body) == ('"t"', b"body")
    assert entry.not_modified_headers == [("ETag", '"t"')]


@pytest.mark.parametrize(
    "headers",
    [
        [("Content-Type", "text/plain")],
        [("ETag", '"t"'), ("Cache-Control", "no-store")],
        [("etag", '"t"'), ("cache-control", "private, no-store")],
    ],
)
def test_a_200_without_an_etag_or_with_no_store_is_not_kept(headers: list[tuple[str, str]]) -> None:
    assert CachedResponse.of(headers, b"body", {}) is None


def test_only_headers_common_to_responses_go_in_the_shared_table() -> None:
    # The table is never pruned: a response's own ETag or length kept there would make
    # it grow with every entry, past the cache's bound.
    shared: dict[tuple[str, str], tuple[str, str]] = {}
    common = ("Content-Type", "application/json")
    one = CachedResponse.of([common, ("ETag", '"one"'), ("Content-Length", "3")], b"one", shared)
    two = CachedResponse.of(
        [("Content-Type", "application/json"), ("ETag", '"two"'), ("Content-Length", "5")],
        b"two!!",
        shared,
    )
    assert one is not None
    assert two is not None
    assert shared == {common: common}
    assert two.headers[0] is one.headers[0] is common
    assert two.headers[1:] == [("ETag", '"two"'), ("Content-Length", "5")]


def test_a_request_without_a_query_string_is_kept_as_one_with_an_empty_one(
    make_app: MakeApp,
) -> None:
    # WSGI lets a server leave QUERY_STRING out when the URL has none.
    app = make_app()
    environ = EnvironBuilder(path="/v1/topics").get_environ()
    del environ["QUERY_STRING"]
    _, status, _ = run_wsgi_app(app.wsgi_app, environ, buffered=True)
    assert status == "200 OK"
    assert (
        response_cache(app).get(key_of("http", "localhost", None, "/v1/topics", "", "", None))
        is not None
    )
    client = app.test_client()
    assert client.get("/v1/topics").status_code == 200
    assert client.get("/v1/topics?XXXX").status_code == 400

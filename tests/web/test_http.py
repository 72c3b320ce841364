"""HTTP behaviour shared by every resource: validators, caching, HEAD, CORS, headers, JSON."""

from typing import Any

import orjson
import pytest
from flask import Flask
from flask.testing import FlaskClient
from marshmallow import Schema, fields

from api.web.response_cache import (
    ENTRY_OVERHEAD,
    CachedResponse,
    ResponseCache,
    if_none_match_holds,
    key_of,
)
from schemas.collection import (
    ActorPageSchema,
    AidFigurePageSchema,
    AidTotalsSchema,
    ArticlePageSchema,
    DatasetSchema,
    HealthSchema,
    ServiceSchema,
    StatementPageSchema,
    TopicPageSchema,
)
from schemas.network import NetworkSchema
from tests.conftest import MakeApp
from tests.support import json_of, response_cache

JSON_CSP = "default-src 'none'; frame-ancestors 'none'"
DATA_URLS = [
    "/",
    "/v1",
    "/v1/statements?speaker=dmitry-peskov",
    "/v1/actors/emmanuel-macron",
    "/v1/aid-figures/totals?group_by=donor",
    "/v1/network?topic=diplomacy",
    "/v1/topics",
    "/openapi.yaml",
    "/docs",
]


@pytest.mark.parametrize("url", DATA_URLS)
def test_every_200_has_a_strong_etag_and_public_caching(client: FlaskClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200
    etag = response.headers["ETag"]
    assert etag.startswith('"')
    assert etag.endswith('"')
    assert not etag.startswith("W/")
    assert response.headers["Cache-Control"] == "public, max-age=300"
    assert response.headers["Vary"] == "Accept, Accept-Encoding"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("url", DATA_URLS)
def test_a_current_etag_gets_304_with_the_same_validators(client: FlaskClient, url: str) -> None:
    first = client.get(url)
    again = client.get(url, headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304
    assert again.data == b""
    for name in ("ETag", "Cache-Control", "Vary"):
        assert again.headers[name] == first.headers[name]


def test_a_stale_or_listed_etag(client: FlaskClient) -> None:
    url = "/v1/actors/emmanuel-macron"
    etag = client.get(url).headers["ETag"]
    assert client.get(url, headers={"If-None-Match": '"stale"'}).status_code == 200
    assert client.get(url, headers={"If-None-Match": f'"stale", {etag}'}).status_code == 304
    assert client.get(url, headers={"If-None-Match": "*"}).status_code == 304


def test_the_etag_is_a_hash_of_the_body(client: FlaskClient) -> None:
    one = client.get("/v1/statements?speaker=dmitry-peskov&limit=1")
    two = client.get("/v1/statements?speaker=dmitry-peskov&limit=2")
    assert one.headers["ETag"] != two.headers["ETag"]
    assert (
        client.get("/v1/statements?speaker=dmitry-peskov&limit=1").headers["ETag"]
        == (one.headers["ETag"])
    )


def test_head_gives_the_get_headers_and_no_body(client: FlaskClient) -> None:
    get = client.get("/v1/statements?speaker=emmanuel-macron")
    head = client.head("/v1/statements?speaker=emmanuel-macron")
    assert head.status_code == 200
    assert head.data == b""
    for name in ("Content-Type", "Content-Length", "ETag", "Cache-Control", "Vary"):
        assert head.headers[name] == get.headers[name]


def test_cache_max_age_is_a_setting(make_app: MakeApp) -> None:
    app = make_app(CACHE_MAX_AGE=60)
    response = app.test_client().get("/v1/topics")
    assert response.headers["Cache-Control"] == "public, max-age=60"


def test_cache_max_age_comes_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, make_app: MakeApp
) -> None:
    monkeypatch.setenv("FLASK_CACHE_MAX_AGE", "42")
    app = make_app()
    assert app.test_client().get("/v1").headers["Cache-Control"] == "public, max-age=42"


def assert_schema_order(data: Any, schema: Schema, where: str) -> None:
    """Check that the keys of ``data``, at every depth, come in the order of ``schema``."""
    declared = [name for name in schema.fields if name in data]
    assert list(data) == declared, where
    for name, value in data.items():
        field = schema.fields[name]
        if isinstance(field, fields.List) and isinstance(field.inner, fields.Nested):
            field = field.inner
            values = value
        else:
            values = [value]
        if isinstance(field, fields.Nested):
            for item in values:
                if item is not None:
                    assert_schema_order(item, field.schema, f"{where}.{name}")


@pytest.mark.parametrize(
    ("url", "schema"),
    [
        ("/", ServiceSchema),
        ("/v1", DatasetSchema),
        ("/healthz", HealthSchema),
        ("/v1/articles", ArticlePageSchema),
        ("/v1/actors?limit=100", ActorPageSchema),
        ("/v1/statements?limit=100", StatementPageSchema),
        ("/v1/aid-figures", AidFigurePageSchema),
        ("/v1/aid-figures/totals?group_by=recipient", AidTotalsSchema),
        ("/v1/network", NetworkSchema),
        ("/v1/topics", TopicPageSchema),
    ],
)
def test_json_is_compact_utf8_with_keys_in_schema_order(
    client: FlaskClient, url: str, schema: type[Schema]
) -> None:
    response = client.get(url)
    assert response.headers["Content-Type"] == "application/json"
    assert response.data == orjson.dumps(orjson.loads(response.data))
    assert_schema_order(json_of(response), schema(), url)


def test_json_keeps_non_ascii_text_as_utf8(client: FlaskClient) -> None:
    # The text of this statement has an em dash.
    response = client.get("/v1/statements/macron-minsk-willingness")
    assert "\u2014".encode() in response.data
    assert b"\\u" not in response.data


@pytest.mark.parametrize("url", ["/v1/actors", "/v1/nowhere"])
def test_cors_allows_any_origin_without_echoing_it(client: FlaskClient, url: str) -> None:
    response = client.get(url, headers={"Origin": "https://example.org"})
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    # Scripts may read the validator, a download's file name and range, and the request id.
    assert response.headers["Access-Control-Expose-Headers"] == (
        "Content-Disposition, Content-Range, ETag, Link, X-Request-ID"
    )
    assert "Access-Control-Allow-Credentials" not in response.headers


def test_cors_header_is_sent_without_an_origin(client: FlaskClient) -> None:
    assert client.get("/v1/actors").headers["Access-Control-Allow-Origin"] == "*"


def test_a_preflight_is_answered_for_get(client: FlaskClient) -> None:
    response = client.options(
        "/v1/statements",
        headers={
            "Origin": "https://example.org",
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "If-None-Match",
        },
    )
    assert response.status_code == 204
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert set(response.headers["Access-Control-Allow-Methods"].split(", ")) == {"GET", "HEAD"}
    assert response.headers["Access-Control-Max-Age"] == "86400"
    assert response.headers["Access-Control-Allow-Headers"].lower() == "if-none-match"


def test_options_lists_the_allowed_methods(client: FlaskClient) -> None:
    response = client.options("/v1/actors")
    assert response.status_code == 204
    assert set(response.headers["Allow"].split(", ")) == {"GET", "HEAD", "OPTIONS"}


def test_json_responses_forbid_everything_in_their_csp(client: FlaskClient) -> None:
    assert client.get("/v1/actors").headers["Content-Security-Policy"] == JSON_CSP
    assert client.get("/v1/nowhere").headers["Content-Security-Policy"] == JSON_CSP


def test_a_cached_response_still_honours_accept(app: Flask) -> None:
    client = app.test_client()
    assert client.get("/v1/actors?limit=3").status_code == 200
    assert client.get("/v1/actors?limit=3", headers={"Accept": "text/html"}).status_code == 406


def test_the_response_cache_forgets_the_least_recently_used_beyond_its_bytes() -> None:
    cache = ResponseCache(max_bytes=2 * (ENTRY_OVERHEAD + 5))
    one, two, three = (CachedResponse([("ETag", '"t"')], b"12345", '"t"', []) for _ in "abc")
    cache.put(key_of("http", "localhost", None, "/one", "", "", None), one)
    cache.put(key_of("http", "localhost", None, "/two", "", "", None), two)
    assert cache.get(key_of("http", "localhost", None, "/one", "", "", None)) is one
    cache.put(key_of("http", "localhost", None, "/three", "", "", None), three)
    assert cache.get(key_of("http", "localhost", None, "/two", "", "", None)) is None
    assert cache.get(key_of("http", "localhost", None, "/one", "", "", None)) is one
    assert cache.get(key_of("http", "localhost", None, "/three", "", "", None)) is three


def test_a_response_too_big_for_the_cache_is_still_served(make_app: MakeApp) -> None:
    client = make_app(RESPONSE_CACHE_BYTES=1).test_client()
    first = client.get("/v1/statements?limit=1")
    assert first.status_code == 200
    assert client.get("/v1/statements?limit=1").data == first.data


def test_a_repeated_request_is_answered_from_the_cache_with_the_same_headers(
    make_app: MakeApp,
) -> None:
    app = make_app()
    client = app.test_client()
    url = "/v1/statements?speaker=dmitry-peskov"
    key = key_of("http", "localhost", None, "/v1/statements", "speaker=dmitry-peskov", "", None)
    assert response_cache(app).get(key) is None
    first = client.get(url)
    assert response_cache(app).get(key) is not None
    second = client.get(url)
    assert second.status_code == 200
    assert second.headers.to_wsgi_list() == first.headers.to_wsgi_list()
    assert second.data == first.data


def test_a_cached_304_has_the_headers_of_the_apps_own_304(
    make_app: MakeApp, dossier_uncached: Flask
) -> None:
    url = "/v1/actors/emmanuel-macron"
    uncached = dossier_uncached.test_client()
    etag = uncached.get(url).headers["ETag"]
    from_app = uncached.get(url, headers={"If-None-Match": etag})
    cached = make_app().test_client()
    cached.get(url)
    from_cache = cached.get(url, headers={"If-None-Match": etag})
    assert from_cache.status_code == from_app.status_code == 304
    assert from_cache.data == from_app.data == b""
    assert "Content-Type" not in from_cache.headers
    assert "Content-Length" not in from_cache.headers
    assert sorted(from_cache.headers.to_wsgi_list()) == sorted(from_app.headers.to_wsgi_list())


def test_head_from_the_cache_has_the_get_headers_and_no_body(make_app: MakeApp) -> None:
    client = make_app().test_client()
    got = client.get("/v1/topics")
    head = client.head("/v1/topics")
    assert head.data == b""
    assert head.headers.to_wsgi_list() == got.headers.to_wsgi_list()


@pytest.mark.parametrize("url", ["/healthz", "/v1/actors/nope", "/v1/actors?limit=0"])
def test_no_store_answers_and_errors_are_never_cached(make_app: MakeApp, url: str) -> None:
    app = make_app()
    app.test_client().get(url)
    path, _, query = url.partition("?")
    assert response_cache(app).get(key_of("http", "localhost", None, path, query, "", None)) is None


#: Requests whose cached answers must be the app's own, byte for byte.
CACHE_PROOF = [
    ("/v1/statements?speaker=dmitry-peskov&sort=-said_on", {}),
    ("/v1/statements?q=escalat&sort=relevance", {}),
    ("/v1/actors/emmanuel-macron", {}),
    ("/v1/aid-figures/totals?group_by=recipient", {}),
    ("/v1/network?speaker=emmanuel-macron", {}),
    ("/v1/topics?limit=5", {}),
    ("/", {}),
    ("/", {"Accept": "text/html"}),
    ("/problems/not-found", {"Accept": "text/html"}),
    ("/openapi.yaml", {}),
    ("/docs", {}),
    ("/v1/statements?limit=0", {}),
    ("/v1/statements", {"Accept": "application/json"}),
]


@pytest.mark.parametrize(("url", "headers"), CACHE_PROOF)
def test_the_cache_answers_byte_for_byte_what_the_app_answers(
    make_app: MakeApp, dossier_uncached: Flask, url: str, headers: dict[str, str]
) -> None:
    cached, uncached = make_app().test_client(), dossier_uncached.test_client()
    own = uncached.get(url, headers=headers)
    cached.get(url, headers=headers)
    for method in ("GET", "HEAD"):
        again = cached.open(url, method=method, headers=headers)
        expected = own if method == "GET" else uncached.open(url, method=method, headers=headers)
        assert again.status_code == expected.status_code
        assert again.headers.to_wsgi_list() == expected.headers.to_wsgi_list()
        assert again.data == expected.data
    if "ETag" in own.headers:
        conditional = {**headers, "If-None-Match": own.headers["ETag"]}
        from_cache = cached.get(url, headers=conditional)
        from_app = uncached.get(url, headers=conditional)
        assert from_cache.status_code == from_app.status_code == 304
        assert sorted(from_cache.headers.to_wsgi_list()) == sorted(from_app.headers.to_wsgi_list())


@pytest.mark.parametrize(
    ("header", "holds"),
    [
        ('"abc"', True),
        ('W/"abc"', True),
        ('"x", "abc"', True),
        ("*", True),
        ('"abcd"', False),
        ("abc", False),
    ],
)
def test_if_none_match_uses_the_weak_comparison(header: str, holds: bool) -> None:
    assert if_none_match_holds(header, '"abc"') is holds

"""Content codings: negotiated by Accept-Encoding, each with its own ETag, coded once."""

import gzip
import hashlib
import sqlite3
from pathlib import Path

import brotli
import pytest
from flask import Flask
from flask.testing import FlaskClient

from api.routes.explorer import EXPLORER_FOLDER
from api.web.context import current
from api.web.encoding import MIN_CODED_BYTES, encode, negotiate
from tests.conftest import MakeApp
from tests.support import json_of, real_records

DECODE = {"gzip": gzip.decompress, "br": brotli.decompress}
STATEMENTS = real_records("statements")


@pytest.mark.parametrize(
    ("accept_encoding", "coding"),
    [
        (None, "identity"),
        ("", "identity"),
        ("gzip", "gzip"),
        ("GZIP", "gzip"),
        ("x-gzip", "gzip"),
        ("br", "br"),
        ("gzip, br", "br"),
        ("gzip, deflate, br, zstd", "br"),
        ("deflate", "identity"),
        ("identity", "identity"),
        ("*", "br"),
        ("br;q=0, *", "gzip"),
        ("br;q=0, gzip", "gzip"),
        ("gzip;q=0.5, br;q=0.4", "gzip"),
        ("gzip;q=0, br;q=0", "identity"),
        ("*;q=0", "identity"),
        ("gzip;q=nonsense, br;q=0.1", "br"),
    ],
)
def test_the_coding_is_the_one_accept_encoding_prefers(
    accept_encoding: str | None, coding: str
) -> None:
    assert negotiate(accept_encoding) == coding


def test_a_short_body_or_one_that_does_not_shrink_is_left_as_it_is() -> None:
    assert encode(b"x" * (MIN_CODED_BYTES - 1), "gzip") is None
    incompressible = hashlib.shake_256(b"dossier").digest(600)
    assert encode(incompressible, "gzip") is None  # no smaller coded
    assert encode(b"x" * MIN_CODED_BYTES, "identity") is None
    coded = encode(b"x" * MIN_CODED_BYTES, "br")
    assert coded is not None
    assert brotli.decompress(coded) == b"x" * MIN_CODED_BYTES


@pytest.mark.parametrize("coding", ["gzip", "br"])
def test_a_page_of_every_statement_is_coded_to_a_fifth_of_its_bytes_or_less(
    client: FlaskClient, coding: str
) -> None:
    url = "/v1/statements?limit=100"
    plain = client.get(url)
    coded = client.get(url, headers={"Accept-Encoding": coding})
    assert coded.status_code == 200
    assert coded.headers["Content-Encoding"] == coding
    assert coded.headers["Vary"] == "Accept, Accept-Encoding"
    assert coded.headers["Content-Length"] == str(len(coded.data))
    assert DECODE[coding](coded.data) == plain.data
    assert len(json_of(plain)["items"]) == len(STATEMENTS)
    assert len(coded.data) <= 0.2 * len(plain.data)
    # Its own strong validator: a hash of the bytes sent.
    assert coded.headers["ETag"] == f'"{hashlib.blake2b(coded.data, digest_size=16).hexdigest()}"'
    assert coded.headers["ETag"] != plain.headers["ETag"]
    assert "Content-Encoding" not in plain.headers


@pytest.mark.parametrize("coding", ["gzip", "br"])
def test_a_coded_representation_answers_its_own_etag_with_304_and_another_with_200(
    client: FlaskClient, coding: str
) -> None:
    url = "/v1/actors/emmanuel-macron"
    headers = {"Accept-Encoding": coding}
    coded, plain = client.get(url, headers=headers), client.get(url)
    again = client.get(url, headers={**headers, "If-None-Match": coded.headers["ETag"]})
    assert again.status_code == 304
    assert again.headers["ETag"] == coded.headers["ETag"]
    assert "Content-Encoding" not in again.headers
    assert again.headers["Vary"] == "Accept, Accept-Encoding"
    # The identity's tag does not validate the coded representation, nor the reverse.
    other = client.get(url, headers={**headers, "If-None-Match": plain.headers["ETag"]})
    assert other.status_code == 200
    reverse = client.get(url, headers={"If-None-Match": coded.headers["ETag"]})
    assert reverse.status_code == 200
    assert reverse.data == plain.data


def test_a_short_answer_is_sent_as_it_is_and_says_it_could_vary(client: FlaskClient) -> None:
    response = client.get("/healthz", headers={"Accept-Encoding": "gzip"})
    assert "Content-Encoding" not in response.headers
    topic = client.get("/v1/topics?limit=1", headers={"Accept-Encoding": "gzip"})
    assert len(topic.data) < MIN_CODED_BYTES
    assert "Content-Encoding" not in topic.headers
    assert topic.headers["Vary"] == "Accept, Accept-Encoding"


def test_the_contract_is_served_coded(client: FlaskClient) -> None:
    plain = client.get("/openapi.yaml")
    coded = client.get("/openapi.yaml", headers={"Accept-Encoding": "br"})
    assert coded.headers["Content-Encoding"] == "br"
    assert brotli.decompress(coded.data) == plain.data
    assert len(coded.data) < 0.2 * len(plain.data)


def test_each_coding_is_kept_once_and_answered_from_the_cache(make_app: MakeApp) -> None:
    app = make_app()
    client = app.test_client()
    url = "/v1/statements?speaker=vladimir-putin"
    first = {coding: client.get(url, headers={"Accept-Encoding": coding}) for coding in DECODE}
    cache = app.wsgi_app.cache  # type: ignore[attr-defined]
    keys = [key for key in cache._entries if key[3] == "/v1/statements"]
    assert sorted(key[6] for key in keys) == ["br", "gzip"]
    for coding, response in first.items():
        again = client.get(url, headers={"Accept-Encoding": f"{coding}, deflate"})
        assert again.data == response.data
        assert again.headers.to_wsgi_list() == response.headers.to_wsgi_list()


@pytest.mark.parametrize("coding", ["gzip", "br"])
def test_an_export_is_written_coded_once_with_a_tag_naming_its_coding(
    client: FlaskClient, coding: str
) -> None:
    url = "/v1/statements.csv?speaker=emmanuel-macron"
    plain = client.get(url)
    coded = client.get(url, headers={"Accept-Encoding": coding})
    assert coded.headers["Content-Encoding"] == coding
    assert coded.headers["Content-Disposition"] == plain.headers["Content-Disposition"]
    assert DECODE[coding](coded.get_data()) == plain.get_data()
    assert coded.headers["ETag"] == plain.headers["ETag"][:-1] + f'-{coding}"'
    again = client.get(
        url, headers={"Accept-Encoding": coding, "If-None-Match": coded.headers["ETag"]}
    )
    assert again.status_code == 304
    head = client.head(url, headers={"Accept-Encoding": coding})
    assert head.headers["Content-Encoding"] == coding
    assert head.get_data() == b""


@pytest.mark.parametrize("coding", ["gzip", "br"])
def test_the_snapshot_is_downloaded_coded_and_a_range_of_it_as_it_is(
    dossier: Flask, client: FlaskClient, coding: str, tmp_path: Path
) -> None:
    with dossier.app_context():
        snapshot = current().catalog.snapshot
    coded = client.get("/v1/dataset.sqlite", headers={"Accept-Encoding": coding})
    assert coded.status_code == 200
    assert coded.headers["Content-Encoding"] == coding
    assert coded.headers["ETag"] == f'"{snapshot.etag}-{coding}"'
    assert coded.headers["Vary"] == "Accept, Accept-Encoding"
    saved = tmp_path / "dossier.sqlite"
    saved.write_bytes(DECODE[coding](coded.get_data()))
    assert saved.read_bytes() == snapshot.path.read_bytes()
    with sqlite3.connect(saved) as connection:
        [(count,)] = connection.execute("SELECT count(*) FROM statements").fetchall()
    assert count == len(STATEMENTS)
    part = client.get(
        "/v1/dataset.sqlite", headers={"Accept-Encoding": coding, "Range": "bytes=0-15"}
    )
    assert part.status_code == 206
    assert "Content-Encoding" not in part.headers
    assert part.get_data() == b"SQLite format 3\x00"
    assert part.headers["Vary"] == "Accept, Accept-Encoding"
    part.close()


@pytest.mark.parametrize("asset", ["explorer.js", "explorer.css", "index.html"])
def test_the_explorer_files_are_tagged_by_their_bytes(client: FlaskClient, asset: str) -> None:
    url = "/explorer/" if asset == "index.html" else f"/explorer/{asset}"
    body = (EXPLORER_FOLDER / asset).read_bytes()
    response = client.get(url)
    assert response.data == body
    assert response.headers["ETag"] == f'"{hashlib.blake2b(body, digest_size=16).hexdigest()}"'
    assert "Last-Modified" not in response.headers
    coded = client.get(url, headers={"Accept-Encoding": "gzip"})
    assert gzip.decompress(coded.data) == body

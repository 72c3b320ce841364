"""``/v1/dataset.sqlite``: the snapshot file, with a strong ETag, 304, ranges and a file name."""

import sqlite3
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from api.web.context import current
from tests.support import json_of, real_records


def get(client: FlaskClient, **headers: str) -> TestResponse:
    """GET the file and close the response, so that the file it streamed is closed too."""
    response = client.get(
        "/v1/dataset.sqlite", headers={k.replace("_", "-"): v for k, v in headers.items()}
    )
    response.get_data()
    response.close()
    return response


def test_the_download_is_the_snapshot_file(client: FlaskClient, app: Flask, tmp_path: Path) -> None:
    response = get(client)
    assert response.status_code == 200
    with app.app_context():
        snapshot = current().catalog.snapshot
    assert response.data == snapshot.path.read_bytes()
    assert response.headers["Content-Type"] == "application/vnd.sqlite3"
    assert response.headers["ETag"] == f'"{snapshot.etag}"'
    assert snapshot.etag.startswith(snapshot.version)
    assert response.headers["Content-Disposition"] == (
        f"attachment; filename=dossier-{snapshot.version}.sqlite"
    )
    assert response.headers["Accept-Ranges"] == "bytes"
    assert response.headers["Cache-Control"] == "public, max-age=300"
    # What a Datasette or pandas user gets: the whole dataset, queryable.
    path = tmp_path / "dossier.sqlite"
    path.write_bytes(response.data)
    with sqlite3.connect(path) as connection:
        count = connection.execute("SELECT count(*) FROM statements").fetchone()[0]
        speaker = connection.execute(
            "SELECT speaker FROM statements WHERE id = 'peskov-no-deals'"
        ).fetchone()[0]
    connection.close()
    assert count == len(real_records("statements")) == 64
    assert speaker == "dmitry-peskov"


def test_a_range_of_the_file(client: FlaskClient) -> None:
    whole = get(client).data
    response = get(client, Range="bytes=0-15")
    assert response.status_code == 206
    assert response.data == whole[:16] == b"SQLite format 3\x00"
    assert response.headers["Content-Range"] == f"bytes 0-15/{len(whole)}"


def test_a_range_to_resume_a_download_only_while_the_file_is_the_same(
    client: FlaskClient,
) -> None:
    whole = get(client)
    etag = whole.headers["ETag"]
    resumed = get(client, Range="bytes=100-", If_Range=etag)
    assert resumed.status_code == 206
    assert resumed.data == whole.data[100:]
    changed = get(client, Range="bytes=100-", If_Range='"another"')
    assert changed.status_code == 200
    assert changed.data == whole.data


def test_a_current_etag_gets_304(client: FlaskClient) -> None:
    etag = get(client).headers["ETag"]
    response = get(client, If_None_Match=etag)
    assert response.status_code == 304
    assert response.data == b""
    assert response.headers["ETag"] == etag


def test_a_range_beyond_the_file_is_416_with_its_length(client: FlaskClient) -> None:
    length = len(get(client).data)
    response = get(client, Range=f"bytes={length}-")
    assert response.status_code == 416
    assert response.headers["Content-Type"] == "application/problem+json"
    assert response.headers["Content-Range"] == f"bytes */{length}"
    assert json_of(response)["type"] == "/problems/range-not-satisfiable"


def test_a_malformed_range_is_ignored(client: FlaskClient) -> None:
    whole = get(client).data
    for malformed in ("", "bytes", "lines=1-2", "bytes=z-"):
        response = get(client, Range=malformed)
        assert response.status_code == 200, malformed
        assert response.data == whole


@pytest.mark.parametrize("ranges", ["bytes=0-9,20-29", "bytes=0-9,5-15", "bytes=0-0,-1"])
def test_several_ranges_are_ignored_alike_for_the_whole_file(
    client: FlaskClient, ranges: str
) -> None:
    whole = get(client).data
    response = get(client, Range=ranges)
    assert response.status_code == 200
    assert response.data == whole
    assert "Content-Range" not in response.headers


def test_a_suffix_longer_than_the_file_means_the_whole_file(client: FlaskClient) -> None:
    whole = get(client).data
    response = get(client, Range="bytes=-99999999999")
    assert response.status_code == 206
    assert response.data == whole
    assert response.headers["Content-Range"] == f"bytes 0-{len(whole) - 1}/{len(whole)}"

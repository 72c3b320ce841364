"""Content negotiation by Accept ranges, and the exact headers of a representation."""

import pytest
from flask.testing import FlaskClient

from api.web.representation import CSV_MEDIA_TYPE, DATA_CSP, quality

#: The headers every data answer carries, a 304 included, but its validator.
STANDARD_HEADERS = [
    ("Cache-Control", "public, max-age=300"),
    ("Vary", "Accept, Accept-Encoding"),
    ("X-Content-Type-Options", "nosniff"),
    ("Content-Security-Policy", DATA_CSP),
    ("Access-Control-Allow-Origin", "*"),
    (
        "Access-Control-Expose-Headers",
        "Content-Disposition, Content-Range, ETag, Link, X-Request-ID",
    ),
]


@pytest.mark.parametrize(
    ("accept", "media_type", "expected"),
    [
        # The most specific range that matches decides, wherever it stands in the list.
        ([("*/*", 1.0), ("application/*", 0.0)], "application/json", 0.0),
        ([("application/*", 0.0), ("*/*", 1.0)], "application/json", 0.0),
        ([("application/*", 1.0), ("application/json", 0.0)], "application/json", 0.0),
        ([("application/json", 0.0), ("application/*", 1.0)], "application/json", 0.0),
        ([("*/*", 0.0), ("text/*", 0.4), ("text/csv", 0.6)], "text/csv", 0.6),
        # A range of the same type but another subtype does not end the search.
        ([("application/xml", 1.0), ("application/json", 0.5)], "application/json", 0.5),
        ([("text/html", 1.0), ("text/*", 0.3)], "text/csv", 0.3),
        # A range's parameters and case do not stop it matching.
        ([("text/csv; header=present", 0.7)], "text/csv", 0.7),
        ([("text/csv;charset=utf-8;header=present", 0.7)], "text/csv", 0.7),
        ([("Text/CSV", 0.7)], "text/csv", 0.7),
        # Of equally specific ranges the first counts: Werkzeug lists the one with
        # parameters, more specific to it, before the bare one.
        ([("text/csv; header=present", 0.0), ("text/csv", 1.0)], "text/csv", 0.0),
        # A malformed range that Werkzeug passes on is read up to its first slash.
        ([("*/x/y", 0.3)], "application/json", 0.3),
        # No range matches: not acceptable.
        ([("text/html", 1.0)], "application/json", 0.0),
        ([], "application/json", 0.0),
    ],
)
def test_the_quality_of_a_media_type_is_that_of_its_most_specific_range(
    accept: list[tuple[str, float]], media_type: str, expected: float
) -> None:
    assert quality(accept, media_type) == expected


def test_accept_naming_the_csv_type_with_its_parameters_gets_csv(client: FlaskClient) -> None:
    response = client.get(
        "/v1/statements.csv?speaker=dmitry-peskov", headers={"Accept": CSV_MEDIA_TYPE}
    )
    assert response.status_code == 200
    assert response.headers["Content-Type"] == CSV_MEDIA_TYPE


def test_a_range_with_the_csv_parameters_outranks_the_bare_csv_range(client: FlaskClient) -> None:
    # RFC 9110, 12.5.1: the range with parameters is the more specific; its quality holds.
    accept = "text/csv;header=present, text/csv;q=0.1, application/json;q=0.5"
    response = client.get("/v1/statements?speaker=dmitry-peskov", headers={"Accept": accept})
    assert response.status_code == 307
    assert response.headers["Location"] == "/v1/statements.csv?speaker=dmitry-peskov"


def test_a_preferred_unoffered_subtype_does_not_hide_an_acceptable_one(
    client: FlaskClient,
) -> None:
    accept = "application/xml, application/json;q=0.5"
    response = client.get("/v1/topics", headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/json"


def test_a_record_its_head_and_its_304_carry_exactly_the_promised_headers(
    client: FlaskClient,
) -> None:
    url = "/v1/actors/emmanuel-macron"
    got = client.get(url)
    validators = [("ETag", got.headers["ETag"]), *STANDARD_HEADERS]
    body_headers = [("Content-Type", "application/json"), ("Content-Length", str(len(got.data)))]
    for response in (got, client.head(url)):
        assert response.status_code == 200
        assert sorted(response.headers.to_wsgi_list()) == sorted(body_headers + validators)
    not_modified = client.get(url, headers={"If-None-Match": got.headers["ETag"]})
    assert not_modified.status_code == 304
    assert sorted(not_modified.headers.to_wsgi_list()) == sorted(validators)

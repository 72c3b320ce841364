"""Every error path answers RFC 9457 problem details, and nothing of the server's internals."""

import logging
from typing import Any, NoReturn

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.exceptions import BadRequest, Conflict, HTTPException
from werkzeug.test import TestResponse

from api.catalog import RecordNotFound
from api.spec.collections import ACTORS
from api.spec.vocabulary import SPEECH_TYPES, TOPICS
from api.web.problems import handle_http_error, handle_unexpected_error, no_such_record
from schemas.query import REPEATED_PARAMETER, UNKNOWN_PARAMETER
from tests.conftest import MakeApp
from tests.support import json_of

STATEMENT_SORT_CHOICES = (
    "id, -id, said_on, -said_on, speaker, -speaker, speech_type, -speech_type, "
    "paragraph, -paragraph, relevance"
)


def problem(response: TestResponse, status: int) -> dict[str, Any]:
    """Return the problem details of an error response, checking what every error shares."""
    assert response.status_code == status
    assert response.headers["Content-Type"] == "application/problem+json"
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    text = response.get_data(as_text=True)
    for internal in ("Traceback", 'File "', ".py", "/work", "werkzeug", "flask"):
        assert internal not in text
    body: dict[str, Any] = json_of(response)
    assert body["status"] == status
    return body


def invalid(errors: dict[str, list[str]]) -> dict[str, Any]:
    """Return the 400 problem naming ``errors``."""
    count = len(errors)
    return {
        "type": "/problems/invalid-parameters",
        "title": "Invalid query parameters",
        "status": 400,
        "detail": f"{count} query parameter{' is' if count == 1 else 's are'} invalid.",
        "errors": errors,
    }


def test_an_unknown_path_is_404(client: FlaskClient) -> None:
    assert problem(client.get("/v2/statements"), 404) == {
        "type": "/problems/not-found",
        "title": "Not found",
        "status": 404,
        "detail": "Nothing is published at this path; /v1 lists the collections.",
    }


@pytest.mark.parametrize(
    ("collection", "noun"),
    [
        ("articles", "article"),
        ("actors", "actor"),
        ("statements", "statement"),
        ("aid-figures", "aid figure"),
    ],
)
def test_an_unknown_id_is_404_naming_it(client: FlaskClient, collection: str, noun: str) -> None:
    assert problem(client.get(f"/v1/{collection}/peskov-no-dealz"), 404) == {
        "type": "/problems/not-found",
        "title": "Not found",
        "status": 404,
        "detail": f"No {noun} with id 'peskov-no-dealz'.",
    }


def test_bad_parameters_are_400_each_named(client: FlaskClient) -> None:
    assert problem(client.get("/v1/statements?limit=0&colour=red"), 400) == invalid(
        {"limit": ["Must be between 1 and 100."], "colour": [UNKNOWN_PARAMETER]}
    )


def test_an_unknown_parameter_is_400(client: FlaskClient) -> None:
    assert problem(client.get("/v1/actors?colour=red"), 400) == invalid(
        {"colour": [UNKNOWN_PARAMETER]}
    )


def test_a_record_takes_no_parameter(client: FlaskClient) -> None:
    assert problem(client.get("/v1/actors/emmanuel-macron?fields=name"), 400) == invalid(
        {"fields": [UNKNOWN_PARAMETER]}
    )


def test_a_malformed_integer_is_400(client: FlaskClient) -> None:
    assert problem(client.get("/v1/actors?offset=1.5"), 400) == invalid(
        {"offset": ["Not a valid integer."]}
    )


def test_an_unknown_sort_field_is_400(client: FlaskClient) -> None:
    assert problem(client.get("/v1/statements?sort=nonsense"), 400) == invalid(
        {"sort": [f"Value 1: Must be one of: {STATEMENT_SORT_CHOICES}."]}
    )


def test_an_empty_sort_is_400(client: FlaskClient) -> None:
    assert problem(client.get("/v1/statements?sort="), 400) == invalid(
        {"sort": ["Give at least one field."]}
    )


def test_a_repeated_parameter_is_400(client: FlaskClient) -> None:
    assert problem(client.get("/v1/statements?limit=1&limit=2"), 400) == invalid(
        {"limit": [REPEATED_PARAMETER]}
    )


def test_a_repeated_single_valued_parameter_is_400_among_repeated_filters(
    client: FlaskClient,
) -> None:
    url = "/v1/statements?speaker=dmitry-peskov&speaker=kremlin&sort=id&q=a&q=b"
    assert problem(client.get(url), 400) == invalid({"q": [REPEATED_PARAMETER]})


def test_a_bad_value_among_repeated_keys_is_named_by_its_position(client: FlaskClient) -> None:
    url = "/v1/statements?topic=aid,energy&topic=gossip"
    choices = ", ".join(TOPICS)
    assert problem(client.get(url), 400) == invalid(
        {"topic": [f"Value 3: Must be one of: {choices}."]}
    )


def test_an_unknown_value_of_a_vocabulary_is_400(client: FlaskClient) -> None:
    choices = ", ".join(SPEECH_TYPES)
    assert problem(client.get("/v1/statements?speech_type=direct,shouted"), 400) == invalid(
        {"speech_type": [f"Value 2: Must be one of: {choices}."]}
    )


def test_an_id_that_is_not_a_slug_is_400(client: FlaskClient) -> None:
    assert problem(client.get("/v1/statements?speaker=Dmitry%20Peskov"), 400) == invalid(
        {"speaker": ["Value 1: Not a valid id."]}
    )


def test_an_empty_filter_is_400(client: FlaskClient) -> None:
    assert problem(client.get("/v1/aid-figures?donor="), 400) == invalid(
        {"donor": ["Give at least one value."]}
    )


def test_a_date_that_is_not_on_the_calendar_is_400(client: FlaskClient) -> None:
    message = "Not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)."
    assert problem(client.get("/v1/statements?said_from=2022-02-29&said_to=2024-02-29"), 400) == (
        invalid({"said_from": [message]})
    )


def test_an_unknown_grouping_of_totals_is_400(client: FlaskClient) -> None:
    assert problem(client.get("/v1/aid-figures/totals?group_by=currency"), 400) == invalid(
        {"group_by": ["Must be one of: donor, recipient, aid_type."]}
    )


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
def test_a_method_other_than_get_head_options_is_405_with_allow(
    client: FlaskClient, method: str
) -> None:
    response = client.open("/v1/statements", method=method)
    assert problem(response, 405) == {
        "type": "/problems/method-not-allowed",
        "title": "Method not allowed",
        "status": 405,
        "detail": "This API is read-only: use GET, HEAD or OPTIONS.",
    }
    assert response.headers["Allow"] == "GET, HEAD, OPTIONS"


@pytest.mark.parametrize(
    ("url", "accept"),
    [
        ("/v1/statements", "text/html"),
        ("/v1/actors/emmanuel-macron", "application/xml, text/*;q=0.9"),
        ("/openapi.yaml", "application/json"),
        ("/docs", "application/json"),
    ],
)
def test_an_accept_header_excluding_the_media_type_is_406(
    client: FlaskClient, url: str, accept: str
) -> None:
    assert problem(client.get(url, headers={"Accept": accept}), 406) == {
        "type": "/problems/not-acceptable",
        "title": "Not acceptable",
        "status": 406,
        "detail": "This resource is only available in the media type its documentation "
        "gives; send an Accept header that includes it.",
    }


@pytest.mark.parametrize(
    "accept", ["application/json", "application/*", "*/*", "application/problem+json", ""]
)
def test_an_accept_header_including_json_is_served(client: FlaskClient, accept: str) -> None:
    assert client.get("/v1/statements", headers={"Accept": accept}).status_code == 200


def test_a_failure_is_500_without_a_word_about_it(
    caplog: pytest.LogCaptureFixture, make_app: MakeApp
) -> None:
    app = make_app()

    @app.get("/boom")
    def boom() -> NoReturn:
        raise RuntimeError("secret detail at /etc/passwd")

    response = app.test_client().get("/boom")
    assert problem(response, 500) == {
        "type": "/problems/internal-error",
        "title": "Internal server error",
        "status": 500,
        "detail": "The server failed to answer this request; the failure has been logged.",
    }
    assert "secret" not in response.get_data(as_text=True)
    assert "secret detail at /etc/passwd" in caplog.text
    [record] = [r for r in caplog.records if r.name == app.logger.name]
    assert (record.levelno, record.getMessage()) == (logging.ERROR, "Unhandled error")
    assert record.exc_info is not None
    assert isinstance(record.exc_info[1], RuntimeError)


def test_a_failure_handed_over_outside_its_except_block_is_logged_with_its_traceback(
    caplog: pytest.LogCaptureFixture, make_app: MakeApp
) -> None:
    app = make_app()
    error = ValueError("failed in a worker thread")
    with app.app_context():
        response = handle_unexpected_error(error)
    assert response.status_code == 500
    assert response.json is not None
    assert response.json["type"] == "/problems/internal-error"
    [record] = [r for r in caplog.records if r.name == app.logger.name]
    assert record.getMessage() == "Unhandled error"
    assert record.exc_info is not None
    assert record.exc_info[1] is error


@pytest.fixture(scope="module")
def raising_app(make_app: MakeApp) -> Flask:
    """Return an app whose views raise Werkzeug errors that no problem type documents."""
    app = make_app()

    @app.get("/bad-request")
    def bad_request() -> NoReturn:
        raise BadRequest("Werkzeug's own words, not the API's")

    @app.get("/conflict")
    def conflict() -> NoReturn:
        raise Conflict()

    return app


@pytest.mark.parametrize(
    ("path", "status", "phrase"),
    [("/bad-request", 400, "Bad Request"), ("/conflict", 409, "Conflict")],
)
def test_an_error_without_a_problem_type_is_about_blank_with_the_status_phrase(
    raising_app: Flask, path: str, status: int, phrase: str
) -> None:
    response = raising_app.test_client().get(path)
    assert problem(response, status) == {
        "type": "about:blank",
        "title": phrase,
        "status": status,
        "detail": f"{phrase}.",
    }
    assert "Werkzeug" not in response.get_data(as_text=True)


def test_an_http_error_without_a_status_is_an_internal_error() -> None:
    response = handle_http_error(HTTPException())
    assert response.status_code == 500
    assert response.json == {
        "type": "/problems/internal-error",
        "title": "Internal server error",
        "status": 500,
        "detail": "The server failed to answer this request; the failure has been logged.",
    }


@pytest.mark.parametrize(
    ("method", "url", "headers", "names"),
    [
        ("GET", "/v2/statements", {}, ["Cache-Control"]),
        ("DELETE", "/v1/statements", {}, ["Cache-Control", "Allow"]),
        ("GET", "/v1/dataset.sqlite", {"Range": "bytes=999999999999-"}, ["Content-Range"]),
    ],
)
def test_a_problem_sends_its_headers_spelled_as_http_spells_them(
    client: FlaskClient, method: str, url: str, headers: dict[str, str], names: list[str]
) -> None:
    response = client.open(url, method=method, headers=headers)
    response.close()
    assert response.status_code >= 400
    sent = [name for name, _ in response.headers.to_wsgi_list()]
    assert set(names) <= set(sent), sent


def test_a_problem_reads_as_its_detail() -> None:
    problem = no_such_record(RecordNotFound(ACTORS, "nobody"))
    assert problem.description == "No actor with id 'nobody'."
    assert str(problem) == "404 Not Found: No actor with id 'nobody'."


# What the API used to ignore or answer oddly, each refused or answered as the rest is.


def test_a_number_beyond_every_bound_is_out_of_range_not_invalid(client: FlaskClient) -> None:
    for huge in ("9223372036854775807", "9" * 5000, "-" + "9" * 40):
        response = client.get(f"/v1/statements?offset={huge}")
        assert problem(response, 400)["errors"] == {"offset": ["Must be between 0 and 1000000000."]}


def test_a_parameter_that_is_not_utf8_is_refused_not_read_as_replacements(
    client: FlaskClient,
) -> None:
    assert problem(client.get("/v1/statements?q=%ff"), 400) == invalid(
        {"q": ["Not UTF-8: percent-encode the UTF-8 bytes of the text."]}
    )
    assert client.get("/v1/statements?q=%C3%A9").status_code == 200


def test_a_facet_size_without_facets_is_refused(client: FlaskClient) -> None:
    assert problem(client.get("/v1/statements?facet_size=3"), 400) == invalid(
        {"facet_size": ["Sizes the facets: give `facets` too."]}
    )


def test_a_long_unknown_id_is_not_repeated_whole(client: FlaskClient) -> None:
    long_id = "x" * 10_000
    body = problem(client.get(f"/v1/statements/{long_id}"), 404)
    assert body["detail"] == f"No statement with id '{'x' * 100}...'."


def test_options_answers_no_content_with_the_allowed_methods(client: FlaskClient) -> None:
    response = client.options("/v1/statements")
    assert (response.status_code, response.data) == (204, b"")
    assert "Content-Type" not in response.headers
    assert sorted(response.headers["Allow"].split(", ")) == ["GET", "HEAD", "OPTIONS"]


def test_a_path_with_an_empty_segment_is_a_404_not_a_redirect(client: FlaskClient) -> None:
    assert problem(client.get("/v1//actors"), 404)["type"] == "/problems/not-found"


def test_a_redirect_has_no_html_body(client: FlaskClient) -> None:
    response = client.get("/explorer?api=https://api.example")
    assert response.status_code == 308
    assert response.headers["Location"].endswith("/explorer/?api=https://api.example")
    assert (response.data, response.headers.get("Content-Type")) == (b"", None)


def test_the_explorer_refuses_what_its_address_does_not_take(client: FlaskClient) -> None:
    with client.get("/explorer/?api=https://api.example&speaker=a&q=b") as response:
        assert response.status_code == 200
    assert problem(client.get("/explorer/?colour=red"), 400) == invalid(
        {"colour": ["Unknown parameter."]}
    )

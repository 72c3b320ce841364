"""Exports: CSV and NDJSON of any query, against the JSON pages of the same query."""

import csv
import io
import json
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from api.catalog.exports import ROWS_PER_CHUNK, csv_chunks, neutralized
from api.spec.collections import ACTORS, TOPICS_COLLECTION
from api.spec.collections import STATEMENTS as STATEMENTS_SPEC
from api.web.context import current
from api.web.representation import CSV_MEDIA_TYPE, DATA_CSP
from tests.support import json_of, real_records

STATEMENTS = real_records("statements")
#: The headers an export's 200 and 304 both carry, but its validator.
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


def rows(client: FlaskClient, url: str) -> list[dict[str, str]]:
    response = client.get(url)
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8; header=present"
    text = response.get_data().decode("utf-8")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def items(client: FlaskClient, url: str) -> list[dict[str, Any]]:
    """Return every item of a query's JSON pages, following `next`."""
    found: list[dict[str, Any]] = []
    link: str | None = url
    while link is not None:
        page = json_of(client.get(link))
        found += page["items"]
        link = page["links"]["next"]
    return found


def test_a_csv_export_holds_every_statement_as_the_pages_give_it(client: FlaskClient) -> None:
    exported = rows(client, "/v1/statements.csv?sort=-said_on")
    pages = items(client, "/v1/statements?sort=-said_on&limit=7")
    assert len(exported) == len(STATEMENTS) == len(pages)
    assert list(exported[0]) == [column.name for column in STATEMENTS_SPEC.csv_columns]
    for row, item in zip(exported, pages, strict=True):
        assert row["id"] == item["id"]
        assert row["speaker_id"] == item["speaker"]["id"]
        assert row["speaker_name"] == item["speaker"]["name"]
        assert row["text"] == item["text"]
        assert row["said_on"] == (item["said_on"] or "")
        assert row["reported_by_id"] == ((item["reported_by"] or {}).get("id") or "")
        assert row["mention_ids"] == "; ".join(actor["id"] for actor in item["mentions"])
        assert row["topics"] == "; ".join(item["topics"])
        assert row["evidence_paragraph"] == str(item["evidence"]["paragraph"])
        assert row["evidence_exact"] == item["evidence"]["exact"]


def test_a_csv_export_of_aid_figures_gives_amounts_as_plain_numbers(client: FlaskClient) -> None:
    exported = rows(client, "/v1/aid-figures.csv")
    figures = sorted(real_records("aid_figures"), key=lambda figure: figure["id"])
    assert [row["id"] for row in exported] == [figure["id"] for figure in figures]
    for row, figure in zip(exported, figures, strict=True):
        assert row["amount_value"] == str(figure["amount"]["value"])
        assert row["amount_currency"] == figure["amount"]["currency"]
        assert row["equivalent_values"] == "; ".join(str(e["value"]) for e in figure["equivalents"])
        assert row["equivalent_currencies"] == "; ".join(
            e["currency"] for e in figure["equivalents"]
        )


def test_a_csv_export_is_an_attachment_named_after_the_collection_and_version(
    client: FlaskClient,
) -> None:
    version = json_of(client.get("/v1"))["dataset_version"]
    response = client.get("/v1/actors.csv?kind=state")
    assert response.headers["Content-Disposition"] == (
        f'attachment; filename="dossier-actors-{version}.csv"'
    )
    ndjson = client.get("/v1/topics.ndjson")
    assert ndjson.headers["Content-Disposition"] == (
        f'attachment; filename="dossier-topics-{version}.ndjson"'
    )


def test_an_export_is_streamed_past_the_response_cache(client: FlaskClient) -> None:
    for _ in range(2):
        response = client.get("/v1/statements.ndjson")
        assert response.is_streamed
        assert "Content-Length" not in response.headers
        assert len(response.get_data().splitlines()) == len(STATEMENTS)


def test_ndjson_lines_are_the_items_of_the_json_page(client: FlaskClient) -> None:
    query = "q=putin&sort=relevance"
    response = client.get(f"/v1/statements.ndjson?{query}")
    assert response.headers["Content-Type"] == "application/x-ndjson"
    lines = [json.loads(line) for line in response.get_data().splitlines()]
    assert lines == items(client, f"/v1/statements?{query}&limit=3")
    assert all(line["matches"] for line in lines)


def test_limit_and_offset_keep_their_meaning_without_the_cap(client: FlaskClient) -> None:
    every = [row["id"] for row in rows(client, "/v1/statements.csv")]
    assert [row["id"] for row in rows(client, "/v1/statements.csv?limit=2&offset=3")] == (
        every[3:5]
    )
    assert len(rows(client, "/v1/statements.csv?limit=500")) == len(every)


def test_an_export_of_nothing_is_the_header_row(client: FlaskClient) -> None:
    response = client.get("/v1/statements.csv?speaker=nobody")
    header = ",".join(column.name for column in STATEMENTS_SPEC.csv_columns)
    assert response.get_data() == f"{header}\r\n".encode()
    assert client.get("/v1/statements.ndjson?speaker=nobody").get_data() == b""


PESKOV = "speaker=dmitry-peskov"


@pytest.mark.parametrize(
    ("query", "accept", "location"),
    [
        (f"format=csv&{PESKOV}", None, f"/v1/statements.csv?{PESKOV}"),
        (f"{PESKOV}&format=ndjson", None, f"/v1/statements.ndjson?{PESKOV}"),
        (PESKOV, "text/csv", f"/v1/statements.csv?{PESKOV}"),
        (PESKOV, "application/x-ndjson", f"/v1/statements.ndjson?{PESKOV}"),
        # What the export then refuses is passed on as it is, never read here.
        (
            "format=csv&limit=500&facets=speaker&q=%C3%A9+%ff",
            None,
            "/v1/statements.csv?limit=500&facets=speaker&q=%C3%A9+%ff",
        ),
        ("format=csv", None, "/v1/statements.csv"),
    ],
)
def test_a_list_asked_for_an_export_the_v1_way_redirects_to_it(
    client: FlaskClient, query: str, accept: str | None, location: str
) -> None:
    headers = {"Accept": accept} if accept else {}
    for response in (
        client.get(f"/v1/statements?{query}", headers=headers),
        client.head(f"/v1/statements?{query}", headers=headers),
    ):
        assert response.status_code == 307
        assert response.get_data() == b""
        assert response.headers["Location"] == location
        assert response.headers["Cache-Control"] == "public, max-age=300"
        assert response.headers["Vary"] == "Accept"
        assert "Content-Type" not in response.headers


def test_a_redirected_export_is_the_export(client: FlaskClient) -> None:
    redirected = client.get("/v1/actors?format=csv&kind=state", follow_redirects=True)
    direct = client.get("/v1/actors.csv?kind=state")
    assert redirected.status_code == 200
    assert redirected.get_data() == direct.get_data()
    assert redirected.headers["ETag"] == direct.headers["ETag"]


def test_a_query_string_sent_with_unescaped_bytes_is_redirected_escaped(
    client: FlaskClient,
) -> None:
    # WSGI gives the query's bytes as Latin-1 characters.
    raw = "format=csv&q=" + "\u00e9".encode().decode("latin-1")
    response = client.get("/v1/statements", environ_overrides={"QUERY_STRING": raw})
    assert response.headers["Location"] == "/v1/statements.csv?q=%C3%A9"


@pytest.mark.parametrize(
    ("accept", "media_type"),
    [
        ("text/csv;q=0.5, application/json", "application/json"),
        ("*/*", "application/json"),
    ],
)
def test_a_list_answers_a_page_when_accept_prefers_json(
    client: FlaskClient, accept: str, media_type: str
) -> None:
    response = client.get("/v1/statements?speaker=dmitry-peskov", headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["Content-Type"] == media_type


def test_format_json_wins_over_accept(client: FlaskClient) -> None:
    response = client.get("/v1/statements?format=json", headers={"Accept": "text/csv"})
    assert response.headers["Content-Type"] == "application/json"
    assert json_of(response)["links"]["self"] == "/v1/statements?format=json&limit=20&offset=0"


def test_an_export_answers_only_its_own_media_type(client: FlaskClient) -> None:
    assert client.get("/v1/statements.csv", headers={"Accept": "text/csv"}).status_code == 200
    refused = client.get("/v1/statements.csv", headers={"Accept": "application/x-ndjson"})
    assert refused.status_code == 406
    assert refused.headers["Content-Type"] == "application/problem+json"


def test_an_export_answers_304_to_its_etag_and_changes_it_with_the_query(
    client: FlaskClient,
) -> None:
    first = client.get("/v1/statements.csv?speaker=emmanuel-macron")
    etag = first.headers["ETag"]
    again = client.get(
        "/v1/statements.csv?speaker=emmanuel-macron", headers={"If-None-Match": etag}
    )
    assert again.status_code == 304
    assert again.get_data() == b""
    assert again.headers["ETag"] == etag
    assert "Content-Type" not in again.headers
    by_accept = client.get(
        "/v1/statements?speaker=emmanuel-macron",
        headers={"Accept": "text/csv"},
        follow_redirects=True,
    )
    assert by_accept.headers["ETag"] == etag
    others = {
        client.get(url).headers["ETag"]
        for url in (
            "/v1/statements.ndjson?speaker=emmanuel-macron",
            "/v1/statements.csv?speaker=vladimir-putin",
            "/v1/statements.csv?speaker=emmanuel-macron&sort=-said_on",
        )
    }
    assert etag not in others
    assert len(others) == 3


def test_an_export_its_head_and_its_304_carry_exactly_the_promised_headers(
    client: FlaskClient,
) -> None:
    version = json_of(client.get("/v1"))["dataset_version"]
    url = "/v1/statements.csv?speaker=emmanuel-macron"
    got = client.get(url)
    validators = [("ETag", got.headers["ETag"]), *STANDARD_HEADERS]
    file_headers = [
        ("Content-Type", CSV_MEDIA_TYPE),
        ("Content-Disposition", f'attachment; filename="dossier-statements-{version}.csv"'),
    ]
    for response in (got, client.head(url)):
        assert response.status_code == 200
        assert sorted(response.headers.to_wsgi_list()) == sorted(file_headers + validators)
    not_modified = client.get(url, headers={"If-None-Match": got.headers["ETag"]})
    assert not_modified.status_code == 304
    assert sorted(not_modified.headers.to_wsgi_list()) == sorted(validators)


def test_an_export_answers_a_stale_etag_in_full_and_a_weak_current_one_with_304(
    client: FlaskClient,
) -> None:
    url = "/v1/statements.csv?speaker=emmanuel-macron"
    got = client.get(url)
    stale = client.get(url, headers={"If-None-Match": '"stale"'})
    assert stale.status_code == 200
    assert stale.get_data() == got.get_data()
    weak = client.get(url, headers={"If-None-Match": f'"stale", W/{got.headers["ETag"]}'})
    assert weak.status_code == 304


def test_head_of_an_export_has_its_headers_and_no_body(client: FlaskClient) -> None:
    response = client.head("/v1/statements.csv")
    assert response.status_code == 200
    assert response.get_data() == b""
    assert response.headers["Content-Disposition"].startswith("attachment")


def test_a_json_page_keeps_its_cap_of_100(client: FlaskClient) -> None:
    response = client.get("/v1/statements?limit=101")
    assert response.status_code == 400
    assert json_of(response)["errors"] == {"limit": ["Must be between 1 and 100."]}


def test_an_export_limit_is_at_least_1(client: FlaskClient) -> None:
    response = client.get("/v1/statements.csv?limit=0")
    assert response.status_code == 400
    assert json_of(response)["errors"] == {"limit": ["Must be between 1 and 1000000000."]}


def test_an_unknown_format_is_a_400(client: FlaskClient) -> None:
    response = client.get("/v1/statements?format=xlsx")
    assert response.status_code == 400
    assert json_of(response)["errors"] == {"format": ["Must be one of: json, csv, ndjson."]}


def test_format_given_twice_is_refused_not_redirected(client: FlaskClient) -> None:
    response = client.get("/v1/statements?format=csv&format=csv")
    assert response.status_code == 400
    assert json_of(response)["errors"] == {
        "format": ["Given more than once; this parameter takes one value."]
    }


def test_an_export_refuses_facets(client: FlaskClient) -> None:
    response = client.get("/v1/statements.csv?facets=speaker&facet_size=3")
    assert response.status_code == 400
    message = ["Facets come with a JSON page (the list operation); an export has none."]
    assert json_of(response)["errors"] == {"facets": message, "facet_size": message}


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_a_cell_that_a_spreadsheet_would_run_is_neutralized(start: str) -> None:
    assert neutralized(f'{start}HYPERLINK("http://x")') == f'\'{start}HYPERLINK("http://x")'


def test_other_text_is_left_as_it_is() -> None:
    assert [neutralized("Macron"), neutralized(" =x"), neutralized("")] == ["Macron", " =x", ""]


def test_a_record_becomes_one_csv_row_its_free_text_neutralized() -> None:
    record = {"id": "t", "description": '=1+1\r\n"quoted"', "statement_count": 2}
    text = b"".join(csv_chunks(TOPICS_COLLECTION, [json.dumps(record).encode()])).decode()
    assert list(csv.reader(io.StringIO(text, newline=""))) == [
        ["id", "description", "statement_count"],
        ["t", '\'=1+1\r\n"quoted"', "2"],
    ]
    empty = {**record, "description": None}
    assert b"".join(csv_chunks(TOPICS_COLLECTION, [json.dumps(empty).encode()])).endswith(
        b"t,,2\r\n"
    )


def test_a_list_cell_is_neutralized_by_its_first_element() -> None:
    actor = {
        "id": "a", "name": "-Anna", "kind": "person", "classification": None,
        "aliases": ["@anna", "=vale"], "roles": [], "country": None, "part_of": None,
        "description": "+x", "wikidata": None, "evidence": {"article": {"id": "b"}, "paragraph": 3,
        "section": "body", "exact": "Anna"},
    }  # fmt: skip
    text = b"".join(csv_chunks(ACTORS, [json.dumps(actor).encode()])).decode()
    row = list(csv.DictReader(io.StringIO(text, newline="")))[0]
    assert (row["name"], row["aliases"], row["description"]) == ("'-Anna", "'@anna; =vale", "'+x")


def test_a_csv_export_is_streamed_one_chunk_per_batch_of_rows() -> None:
    records = [
        json.dumps({"id": f"t{n}", "description": None, "statement_count": n}).encode()
        for n in range(2 * ROWS_PER_CHUNK + 1)
    ]
    chunks = list(csv_chunks(TOPICS_COLLECTION, records))
    assert [chunk.count(b"\r\n") for chunk in chunks] == [ROWS_PER_CHUNK + 1, ROWS_PER_CHUNK, 1]
    assert chunks[1].startswith(f"t{ROWS_PER_CHUNK},,{ROWS_PER_CHUNK}\r\n".encode())


def test_an_export_of_arguments_without_an_offset_starts_at_the_first_record(
    dossier: Flask,
) -> None:
    with dossier.app_context():
        download = current().catalog.export(STATEMENTS_SPEC, {"sort": ["id"]}, "ndjson")
        lines = b"".join(download.chunks()).decode().splitlines()
    assert [json.loads(line)["id"] for line in lines] == sorted(s["id"] for s in STATEMENTS)


def test_the_actors_csv_gives_each_wikidata_item_id(client: FlaskClient) -> None:
    exported = {row["id"]: row["wikidata"] for row in rows(client, "/v1/actors.csv")}
    assert exported["emmanuel-macron"] == "Q3052772"
    assert exported["belarus"] == "Q184"
    assert exported["briar-stewart"] == ""
    actors = real_records("actors")
    assert exported == {actor["id"]: actor.get("wikidata") or "" for actor in actors}

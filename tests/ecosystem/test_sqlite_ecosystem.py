"""The download in the SQLite ecosystem: Datasette 0.65 and sqlite-utils, as a user runs them.

Datasette searches it (`_search`) as the API's `q` does, facets it and labels its ids with
the records' names; sqlite-utils finds its full-text tables; every actor reference is a
foreign key to `actors`. The metadata.json served beside the file is made from the spec.
"""

import csv
import io
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from flask import Flask
from flask.testing import FlaskClient

from api.catalog.ecosystem import label_column
from api.dataset import ddl
from api.spec.collections import ACTORS, ARTICLES, COLLECTIONS, STATEMENTS
from tests.ecosystem.conftest import DatasetteGet
from tests.support import json_of

#: The tables a Datasette user sees: the records and their lists, and the snapshot's facts.
VISIBLE = [
    "actor_aliases",
    "actor_roles",
    "actors",
    "aid_figure_equivalents",
    "aid_figures",
    "articles",
    "meta",
    "statement_addressees",
    "statement_mentions",
    "statement_topics",
    "statements",
    "topics",
]
#: A search of each searched collection, of three characters or more.
SEARCHES = [
    ("statements", "escalat"),
    ("statements", "Kremlin"),
    ("actors", "pres"),
    ("articles", "macron"),
    ("aid_figures", "billion"),
]
HEADLINE = "'It will take time to get results,' Macron says after talks in Russia, Ukraine"


def _database(downloaded: Path) -> str:
    return downloaded.name.removesuffix(".sqlite")


def _api_ids(client: FlaskClient, name: str, search: str) -> tuple[list[str], int]:
    page = json_of(client.get(f"{COLLECTIONS[name].path}?q={search}&limit=100"))
    return sorted(item["id"] for item in page["items"]), page["total"]


def test_the_metadata_is_served_like_data(client: FlaskClient) -> None:
    response = client.get("/v1/dataset.metadata.json")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/json"
    assert response.headers["Cache-Control"] == "public, max-age=300"
    again = client.get(
        "/v1/dataset.metadata.json", headers={"If-None-Match": response.headers["ETag"]}
    )
    assert again.status_code == 304


def test_the_metadata_names_the_download_and_describes_every_column(
    datasette_metadata: dict[str, Any], downloaded: Path
) -> None:
    assert datasette_metadata["title"] == "Dossier"
    assert datasette_metadata["license"] == "CC BY 4.0"
    assert datasette_metadata["license_url"] == "https://creativecommons.org/licenses/by/4.0/"
    assert datasette_metadata["source"] == HEADLINE
    assert datasette_metadata["source_url"].startswith("https://www.cbc.ca/news/world/")
    [(name, database)] = datasette_metadata["databases"].items()
    assert name == _database(downloaded)
    tables = database["tables"]
    with closing(sqlite3.connect(downloaded)) as connection:
        for table, described in tables.items():
            columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
            assert columns, table
            if "columns" in described:
                assert list(described["columns"]) == columns, table
                assert all(described["columns"].values()), table
            assert set(described.get("facets", [])) <= set(columns), table
            assert set(described.get("sortable_columns", [])) <= set(columns), table
    statements = tables["statements"]
    assert statements["facets"] == [
        "speaker",
        "speech_type",
        "said_on",
        "reported_by",
        "evidence_article",
        "evidence_section",
    ]
    assert statements["sortable_columns"] == [
        "id",
        "said_on",
        "speaker",
        "speech_type",
        "evidence_paragraph",
    ]
    assert statements["fts_table"] == "statements_fts"
    assert statements["columns"]["speaker"] == (
        "Who made the statement. The id of a record of `actors`."
    )
    assert tables["actors"]["label_column"] == "name"
    assert tables["articles"]["label_column"] == "headline"
    assert "label_column" not in statements
    assert label_column(STATEMENTS) is None


def test_every_actor_reference_is_a_foreign_key_to_actors(downloaded: Path) -> None:
    expected = set()
    for collection in COLLECTIONS.values():
        for field in collection.fields:
            if field.ref == ACTORS.name:
                table = collection.list_table(field) if field.many else collection.name
                column = ddl.list_columns(field)[0] if field.many else field
                expected.add((table, column.sql_column))
            for item in field.items:
                if item.ref == ACTORS.name:
                    expected.add((collection.list_table(field), item.sql_column))
    assert len(expected) == 7
    with closing(sqlite3.connect(downloaded)) as connection:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master")]
        keys = {
            table: connection.execute(f"PRAGMA foreign_key_list({table})").fetchall()
            for table in tables
        }
        # Every reference holds: no id names a record that is not there.
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    assert keys["statements"]
    assert keys["aid_figures"]
    to_actors = {
        (table, column)
        for table, found in keys.items()
        for _, _, parent, column, target, *_ in found
        if parent == ACTORS.name and target == "id"
    }
    assert to_actors == expected
    assert ("statements", "speaker") in to_actors
    assert ("aid_figures", "donor") in to_actors
    assert ("statement_mentions", "actor") in to_actors


def test_sqlite_utils_finds_each_full_text_table(downloaded: Path) -> None:
    database = sqlite_utils.Database(downloaded)
    try:
        for collection in COLLECTIONS.values():
            table = database.table(collection.name)
            expected = ddl.search_table(collection) if collection.search else None
            assert table.detect_fts() == expected, collection.name
    finally:
        database.close()


@pytest.mark.slow
@pytest.mark.parametrize(("name", "search"), SEARCHES)
def test_sqlite_utils_search_finds_what_q_finds(
    dossier: Flask, downloaded: Path, name: str, search: str
) -> None:
    sqlite_utils_cli = Path(sys.executable).with_name("sqlite-utils")
    result = subprocess.run(
        [str(sqlite_utils_cli), "search", str(downloaded), name, search, "-c", "id", "--csv"],
        capture_output=True,
        check=True,
        text=True,
    )
    found = sorted(row["id"] for row in csv.DictReader(io.StringIO(result.stdout)))
    ids, total = _api_ids(dossier.test_client(), name, search)
    assert found == ids
    assert len(found) == total > 0


@pytest.mark.slow
@pytest.mark.parametrize(("name", "search"), SEARCHES)
def test_datasette_search_finds_what_q_finds(
    datasette: DatasetteGet, dossier: Flask, downloaded: Path, name: str, search: str
) -> None:
    response = datasette(
        f"/{_database(downloaded)}/{name}.json?_search={search}&_shape=objects&_size=max"
    )
    assert response.status_code == 200
    found = sorted(row["id"] for row in response.json()["rows"])
    ids, total = _api_ids(dossier.test_client(), name, search)
    assert found == ids
    assert len(found) == total > 0


@pytest.mark.slow
def test_datasette_finds_the_seven_escalation_statements(
    datasette: DatasetteGet, downloaded: Path
) -> None:
    response = datasette(f"/{_database(downloaded)}/statements.json?_search=escalat&_shape=objects")
    assert sorted(row["id"] for row in response.json()["rows"]) == [
        "kremlin-denies-deal",
        "macron-objective-met",
        "macron-putin-no-escalation",
        "macron-putin-wont-initiate",
        "putin-no-further-escalation",
        "putin-wont-initiate-escalation",
        "zelensky-welcome-concrete-steps",
    ]


@pytest.mark.slow
def test_datasette_shows_the_metadata_and_a_search_box(
    datasette: DatasetteGet, downloaded: Path, datasette_metadata: dict[str, Any]
) -> None:
    index = datasette("/").text
    assert f"<title>Dossier: {_database(downloaded)}</title>" in index
    assert "CC BY 4.0" in index
    assert HEADLINE.replace("'", "&#39;") in index
    page = datasette(f"/{_database(downloaded)}/statements").text
    assert 'name="_search"' in page
    assert "One row per statement: An attributed statement: source, cue and content." in page
    assert datasette("/-/metadata.json").json() == datasette_metadata
    tables = datasette(f"/{_database(downloaded)}.json").json()["tables"]
    assert sorted(table["name"] for table in tables if not table["hidden"]) == VISIBLE


@pytest.mark.slow
def test_datasette_facets_and_labels_the_references(
    datasette: DatasetteGet, downloaded: Path
) -> None:
    database = _database(downloaded)
    page = datasette(f"/{database}/statements.json?_labels=on&_shape=objects&_size=1").json()
    facets = page["facet_results"]
    assert list(facets) == [
        "speaker",
        "speech_type",
        "said_on",
        "reported_by",
        "evidence_article",
        "evidence_section",
    ]
    top = facets["speaker"]["results"][0]
    assert (top["value"], top["label"], top["count"]) == ("emmanuel-macron", "Emmanuel Macron", 12)
    [article] = facets["evidence_article"]["results"]
    assert (article["label"], article["count"]) == (HEADLINE, 64)
    [row] = page["rows"]
    assert row["speaker"] == {"value": "annalena-baerbock", "label": "Annalena Baerbock"}
    figures = datasette(f"/{database}/aid_figures.json?_labels=on&_shape=objects").json()
    assert [(row["donor"]["label"], row["recipient"]["label"]) for row in figures["rows"]] == [
        ("France", "Ukraine"),
        ("Germany", "Ukraine"),
    ]
    mentions = datasette(f"/{database}/statement_mentions.json?_labels=on&_shape=objects").json()
    assert all(row["actor"]["label"] for row in mentions["rows"])
    assert label_column(ARTICLES) == "headline"

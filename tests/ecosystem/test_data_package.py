"""``/v1/datapackage.json``: the CSV exports as a Frictionless data package, valid under the
``frictionless`` tool against a live server (loopback only), every row of every export."""

import csv
import io
import json
import logging
import urllib.request
from collections import Counter
from collections.abc import Iterator
from typing import Any

import frictionless
import pytest
from flask import Flask
from flask.testing import FlaskClient

from api.spec.collections import COLLECTIONS
from api.web.context import current
from tests.support import json_of, real_records, served

#: How many rows each export holds: every record of the real dataset, and the 13 topics.
ROWS = {"articles": 1, "actors": 30, "statements": 64, "aid-figures": 2, "topics": 13}
#: The one statement dated to a month only.
MONTH_ONLY = "gac-nonessential-travel-warning"


def json_of_url(url: str) -> Any:
    """Return the JSON a loopback URL answers."""
    with urllib.request.urlopen(url) as response:
        return json.load(response)


@pytest.fixture(scope="module")
def base(dossier: Flask) -> Iterator[str]:
    """Return the base URL of the app served on a loopback port, its request log quiet."""
    werkzeug = logging.getLogger("werkzeug")
    level = werkzeug.level
    werkzeug.setLevel(logging.ERROR)
    try:
        with served(dossier) as url:
            yield url
    finally:
        werkzeug.setLevel(level)


def test_the_package_is_served_like_data(client: FlaskClient) -> None:
    response = client.get("/v1/datapackage.json")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/json"
    assert response.headers["Cache-Control"] == "public, max-age=300"
    again = client.get("/v1/datapackage.json", headers={"If-None-Match": response.headers["ETag"]})
    assert again.status_code == 304


def test_the_package_names_the_dataset_its_license_and_its_source(
    client: FlaskClient, app: Flask
) -> None:
    package = json_of(client.get("/v1/datapackage.json"))
    with app.app_context():
        snapshot = current().catalog.snapshot
    assert package["profile"] == "tabular-data-package"
    assert package["name"] == "dossier"
    assert package["title"] == "Dossier"
    assert package["version"] == snapshot.version == json_of(client.get("/v1"))["dataset_version"]
    assert package["created"] == snapshot.meta["built_at"]
    assert package["licenses"] == [
        {
            "name": "CC-BY-4.0",
            "path": "https://creativecommons.org/licenses/by/4.0/",
            "title": "CC BY 4.0",
        }
    ]
    [article] = real_records("articles")
    assert package["sources"] == [{"title": article["headline"], "path": article["url"]}]


def test_each_resource_is_a_csv_export_whose_header_is_its_schema(client: FlaskClient) -> None:
    package = json_of(client.get("/v1/datapackage.json"))
    resources = package["resources"]
    assert [resource["name"] for resource in resources] == list(ROWS)
    for resource, collection in zip(resources, COLLECTIONS.values(), strict=True):
        assert resource["path"] == f"{collection.slug}.csv"
        assert resource["profile"] == "tabular-data-resource"
        assert (resource["format"], resource["mediatype"], resource["encoding"]) == (
            "csv",
            "text/csv",
            "utf-8",
        )
        schema = resource["schema"]
        assert schema["primaryKey"] == ["id"]
        assert schema["missingValues"] == [""]
        # The path is relative to the package: /v1/datapackage.json -> /v1/<slug>.csv.
        export = client.get(f"/v1/{resource['path']}")
        assert export.status_code == 200
        header = next(csv.reader(io.StringIO(export.get_data(as_text=True))))
        assert header == [field["name"] for field in schema["fields"]]
        assert all(field["description"] for field in schema["fields"])


def test_types_keys_and_constraints_come_from_the_spec(client: FlaskClient) -> None:
    package = json_of(client.get("/v1/datapackage.json"))
    resources = {resource["name"]: resource["schema"] for resource in package["resources"]}
    statements = {field["name"]: field for field in resources["statements"]["fields"]}
    assert statements["said_on"]["type"] == "string"
    assert statements["said_on"]["constraints"] == {
        "required": False,
        "pattern": r"\d{4}(-\d{2}(-\d{2})?)?",
    }
    assert "not `date`" in statements["said_on"]["description"]
    assert statements["speech_type"]["constraints"] == {
        "required": True,
        "enum": ["direct", "indirect", "mixed"],
    }
    assert statements["evidence_paragraph"]["type"] == "integer"
    assert statements["topics"]["type"] == "string"
    assert statements["topics"]["constraints"]["pattern"].startswith("(de-escalation|diplomacy|")
    assert "separated by `; `" in statements["mention_ids"]["description"]
    assert resources["statements"]["foreignKeys"] == [
        {"fields": ["speaker_id"], "reference": {"resource": "actors", "fields": ["id"]}},
        {"fields": ["reported_by_id"], "reference": {"resource": "", "fields": ["id"]}},
        {"fields": ["evidence_article"], "reference": {"resource": "articles", "fields": ["id"]}},
    ]
    figures = {field["name"]: field for field in resources["aid-figures"]["fields"]}
    assert figures["amount_currency"]["constraints"] == {"required": True, "pattern": "[A-Z]{3}"}
    assert figures["equivalent_currencies"]["constraints"] == {
        "pattern": "([A-Z]{3})(; ([A-Z]{3}))*"
    }
    actors = {field["name"]: field for field in resources["actors"]["fields"]}
    assert actors["wikidata"]["constraints"] == {"required": False, "pattern": "Q[1-9][0-9]*"}
    assert "foreignKeys" not in resources["topics"]


@pytest.mark.slow
def test_frictionless_validates_the_live_package_and_every_row(base: str) -> None:
    report = frictionless.validate(f"{base}/v1/datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    assert report.stats["errors"] == 0
    assert report.stats["warnings"] == 0
    assert {task.name: task.stats["rows"] for task in report.tasks} == ROWS
    for task in report.tasks:
        assert task.valid, task.name
        assert task.place == f"{task.name}.csv"
    totals = {
        collection.slug: json_of_url(f"{base}{collection.path}?limit=1")["total"]
        for collection in COLLECTIONS.values()
    }
    assert totals == ROWS


@pytest.mark.slow
def test_frictionless_sees_what_a_date_type_or_a_wrong_key_would_break(base: str) -> None:
    # The same package with said_on typed `date` and speaker_id referring to articles: a
    # statement dated to a month only is no date, and no speaker is an article.
    package = json_of_url(f"{base}/v1/datapackage.json")
    [statements] = [item for item in package["resources"] if item["name"] == "statements"]
    [said_on] = [field for field in statements["schema"]["fields"] if field["name"] == "said_on"]
    said_on["type"] = "date"
    del said_on["constraints"]["pattern"]
    statements["schema"]["foreignKeys"][0]["reference"]["resource"] = "articles"
    report = frictionless.Package(package, basepath=f"{base}/v1").validate()
    assert not report.valid
    [task] = [task for task in report.tasks if not task.valid]
    assert task.name == "statements"
    errors = task.flatten(["type", "fieldName", "rowNumber"])
    assert Counter(kind for kind, _, _ in errors) == {"type-error": 1, "foreign-key": 64}
    [(_, field, row)] = [error for error in errors if error[0] == "type-error"]
    # Rows are numbered from the header's, 1; the export is in id order.
    ids = sorted(record["id"] for record in real_records("statements"))
    assert (field, ids[row - 2]) == ("said_on", MONTH_ONLY)

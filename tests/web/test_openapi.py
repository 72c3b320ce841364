"""The contract: generated from the code, committed, served byte for byte, and complete."""

from pathlib import Path
from typing import Any

import pytest
import yaml
from flask import Flask
from flask.testing import FlaskClient

from api.spec.collections import ACTORS, AID_FIGURES, ARTICLES, STATEMENTS
from api.web.problems import PROBLEM_TYPES
from tests.support import ROOT

OPENAPI_FILE = ROOT / "openapi.yaml"
#: The command that writes the contract; `make openapi` runs it.
WRITE_COMMAND = ["openapi", "write", "--format=yaml"]


@pytest.fixture(scope="module")
def contract() -> dict[str, Any]:
    """Return the committed contract."""
    loaded: dict[str, Any] = yaml.safe_load(OPENAPI_FILE.read_text(encoding="utf-8"))
    return loaded


def operations(contract: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Return every operation of the contract with its path."""
    return [(path, item["get"]) for path, item in contract["paths"].items()]


def test_the_committed_contract_is_what_the_code_generates(app: Flask, tmp_path: Path) -> None:
    generated = tmp_path / "openapi.yaml"
    result = app.test_cli_runner().invoke(args=[*WRITE_COMMAND, str(generated)])
    assert result.exit_code == 0, result.output
    assert generated.read_bytes() == OPENAPI_FILE.read_bytes(), (
        "openapi.yaml is out of date: run `make openapi` and commit the result"
    )


def test_the_contract_is_served_byte_for_byte(client: FlaskClient) -> None:
    response = client.get("/openapi.yaml")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/yaml"
    assert response.data == OPENAPI_FILE.read_bytes()


def test_the_contract_is_openapi_3_1_served_from_any_host(contract: dict[str, Any]) -> None:
    assert contract["openapi"] == "3.1.0"
    assert contract["servers"] == [{"url": "/"}]
    assert contract["info"]["title"] == "Dossier"


def test_the_contract_lists_every_resource_of_the_api(contract: dict[str, Any]) -> None:
    assert sorted(contract["paths"]) == [
        "/",
        "/docs",
        "/embed/actors/{record_id}",
        "/embed/aid-figures/{record_id}",
        "/embed/articles/{record_id}",
        "/embed/statements/{record_id}",
        "/healthz",
        "/oembed",
        "/openapi.json",
        "/openapi.yaml",
        "/problems/{problem_type}",
        "/readyz",
        "/v1",
        "/v1/actors",
        "/v1/actors.csv",
        "/v1/actors.ndjson",
        "/v1/actors/{record_id}",
        "/v1/aid-figures",
        "/v1/aid-figures.csv",
        "/v1/aid-figures.ndjson",
        "/v1/aid-figures/totals",
        "/v1/aid-figures/{record_id}",
        "/v1/articles",
        "/v1/articles.csv",
        "/v1/articles.ndjson",
        "/v1/articles/{record_id}",
        "/v1/datapackage.json",
        "/v1/dataset.metadata.json",
        "/v1/dataset.sqlite",
        "/v1/network",
        "/v1/statements",
        "/v1/statements.csv",
        "/v1/statements.ndjson",
        "/v1/statements/{record_id}",
        "/v1/topics",
        "/v1/topics.csv",
        "/v1/topics.ndjson",
    ]
    # GET only: HEAD and OPTIONS come with it, anything else is 405.
    assert all(set(item) <= {"get", "parameters"} for item in contract["paths"].values())


def test_every_operation_documents_its_answers_and_headers(contract: dict[str, Any]) -> None:
    for path, operation in operations(contract):
        responses = operation["responses"]
        assert {"200", "304", "400", "406", "500"} <= set(responses), path
        assert {"ETag", "Cache-Control"} <= set(responses["200"]["headers"]), path
        assert operation["summary"], path


def test_every_json_operation_has_an_example_from_the_dataset(contract: dict[str, Any]) -> None:
    examples = contract["components"]["examples"]
    for path, operation in operations(contract):
        content = operation["responses"]["200"]["content"]
        if "application/json" not in content or path == "/openapi.json":
            continue  # (the contract in JSON is its own example)
        for reference in content["application/json"]["examples"].values():
            name = reference["$ref"].rsplit("/", 1)[-1]
            assert examples[name]["value"], path
    assert examples["Statement"]["value"]["id"] == "peskov-no-deals"
    assert examples["Actor"]["value"]["id"] == "emmanuel-macron"


@pytest.mark.parametrize(
    ("name", "path", "chosen"),
    [
        ("Article", "/v1/articles", ARTICLES.example.record),
        ("Actor", "/v1/actors", ACTORS.example.record),
        ("Statement", "/v1/statements", STATEMENTS.example.record),
        ("AidFigure", "/v1/aid-figures", AID_FIGURES.example.record),
    ],
)
def test_a_record_example_missing_from_the_dataset_is_its_first_record(
    edge_app: Flask, tmp_path: Path, name: str, path: str, chosen: str
) -> None:
    generated = tmp_path / "openapi.yaml"
    result = edge_app.test_cli_runner().invoke(args=[*WRITE_COMMAND, str(generated)])
    assert result.exit_code == 0, result.output
    examples = yaml.safe_load(generated.read_text(encoding="utf-8"))["components"]["examples"]
    client = edge_app.test_client()
    first = client.get(f"{path}?limit=1").get_json()["items"][0]
    assert client.get(f"{path}/{chosen}").status_code == 404
    assert examples[name]["value"] == first


def test_errors_are_documented_as_problem_details(contract: dict[str, Any]) -> None:
    for name in ("BAD_REQUEST", "NOT_FOUND", "NOT_ACCEPTABLE", "INTERNAL_SERVER_ERROR"):
        response = contract["components"]["responses"][name]
        assert list(response["content"]) == ["application/problem+json"]
        schema = response["content"]["application/problem+json"]["schema"]
        assert schema == {"$ref": "#/components/schemas/Problem"}
        assert response["headers"]["Cache-Control"] == {"$ref": "#/components/headers/NoStore"}
    for path, operation in operations(contract):
        if "{record_id}" in path:
            assert operation["responses"]["404"] == {"$ref": "#/components/responses/NOT_FOUND"}


def test_parameters_carry_their_constraints(contract: dict[str, Any]) -> None:
    parameters = {
        parameter["name"]: parameter
        for parameter in contract["paths"]["/v1/statements"]["get"]["parameters"]
    }
    # A page holds 1 to 100 items; an export, any number. 20 when not given, said in words and
    # not declared as a default: a generated client would send it, and format=csv passes it on
    # to the export, whose limit is every match when not given.
    assert parameters["limit"]["schema"] == {"type": "integer", "minimum": 1, "maximum": 100}
    assert "20 when not given" in parameters["limit"]["description"]
    exports = contract["paths"]["/v1/statements.csv"]["get"]["parameters"]
    [export_limit] = [parameter for parameter in exports if parameter["name"] == "limit"]
    assert export_limit["schema"] == {"type": "integer", "minimum": 1, "maximum": 10**9}
    assert "facets" not in {parameter["name"] for parameter in exports}
    assert parameters["format"]["schema"]["enum"] == ["json", "csv", "ndjson"]
    assert parameters["facet_size"]["schema"] == {"type": "integer", "minimum": 1, "maximum": 100}
    assert parameters["speech_type"]["schema"]["items"]["enum"] == ["direct", "indirect", "mixed"]
    assert parameters["speaker"]["schema"]["items"]["pattern"] == "^[a-z0-9]+(?:-[a-z0-9]+)*$"
    # Repeated keys, the form most generators send; the description says commas work too.
    assert (parameters["speaker"]["style"], parameters["speaker"]["explode"]) == ("form", True)
    assert "join the values with commas" in parameters["speaker"]["description"]
    assert "-said_on" in parameters["sort"]["schema"]["items"]["enum"]


#: The operation ids: generated clients name their functions after them (a v1 promise).
OPERATION_IDS = {
    "/": "getServiceIndex",
    "/docs": "getDocs",
    "/embed/actors/{record_id}": "getActorCard",
    "/embed/aid-figures/{record_id}": "getAidFigureCard",
    "/embed/articles/{record_id}": "getArticleCard",
    "/embed/statements/{record_id}": "getStatementCard",
    "/healthz": "getHealth",
    "/oembed": "getOEmbed",
    "/openapi.json": "getOpenApiJson",
    "/openapi.yaml": "getOpenApiDocument",
    "/problems/{problem_type}": "getProblemType",
    "/readyz": "getReadiness",
    "/v1": "getDatasetIndex",
    "/v1/actors": "listActors",
    "/v1/actors.csv": "exportActorsCsv",
    "/v1/actors.ndjson": "exportActorsNdjson",
    "/v1/aid-figures.csv": "exportAidFiguresCsv",
    "/v1/aid-figures.ndjson": "exportAidFiguresNdjson",
    "/v1/articles.csv": "exportArticlesCsv",
    "/v1/articles.ndjson": "exportArticlesNdjson",
    "/v1/statements.csv": "exportStatementsCsv",
    "/v1/statements.ndjson": "exportStatementsNdjson",
    "/v1/topics.csv": "exportTopicsCsv",
    "/v1/topics.ndjson": "exportTopicsNdjson",
    "/v1/actors/{record_id}": "getActor",
    "/v1/aid-figures": "listAidFigures",
    "/v1/aid-figures/totals": "getAidTotals",
    "/v1/aid-figures/{record_id}": "getAidFigure",
    "/v1/articles": "listArticles",
    "/v1/articles/{record_id}": "getArticle",
    "/v1/datapackage.json": "getDataPackage",
    "/v1/dataset.metadata.json": "getDatasetteMetadata",
    "/v1/dataset.sqlite": "getDatasetSnapshot",
    "/v1/network": "getNetwork",
    "/v1/statements": "listStatements",
    "/v1/statements/{record_id}": "getStatement",
    "/v1/topics": "listTopics",
}


def test_every_operation_has_its_stable_id_and_a_description(contract: dict[str, Any]) -> None:
    assert {path: op["operationId"] for path, op in operations(contract)} == OPERATION_IDS
    for path, operation in operations(contract):
        assert operation["description"], path
        assert "\n" not in operation["summary"], path


def test_a_list_answers_json_and_redirects_exports_which_answer_their_own_media_type(
    contract: dict[str, Any],
) -> None:
    for name in ("actors", "aid-figures", "articles", "statements", "topics"):
        listing = contract["paths"][f"/v1/{name}"]["get"]["responses"]
        assert list(listing["200"]["content"]) == ["application/json"]
        assert listing["307"] == {"$ref": "#/components/responses/EXPORT_REDIRECT"}
        for form, media_type in (("csv", "text/csv"), ("ndjson", "application/x-ndjson")):
            export = contract["paths"][f"/v1/{name}.{form}"]["get"]["responses"]
            assert list(export["200"]["content"]) == [media_type]
            assert "307" not in export
            assert export["503"] == {"$ref": "#/components/responses/EXPORT_UNAVAILABLE"}


def test_the_contract_says_the_api_needs_no_credentials(contract: dict[str, Any]) -> None:
    assert contract["security"] == []
    assert "securitySchemes" not in contract.get("components", {})


def test_every_problem_type_is_listed(contract: dict[str, Any]) -> None:
    [parameter] = contract["paths"]["/problems/{problem_type}"]["parameters"]
    assert parameter["schema"]["enum"] == list(PROBLEM_TYPES)

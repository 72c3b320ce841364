"""The service's own endpoints: ``/``, ``/v1``, ``/healthz``, the contract and the docs."""

import yaml
from flask.testing import FlaskClient

from api.dataset.records import Dataset
from tests.support import json_of

ARTICLE = {
    "id": "cbc-2022-02-08-macron-kyiv",
    "headline": "'It will take time to get results,' Macron says after talks in Russia, Ukraine",
}


def test_the_service_index_links_to_v1_the_contract_and_the_docs(client: FlaskClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert response.json == {
        "name": "Dossier",
        "version": "1.0.0",
        "links": {
            "v1": "/v1",
            "openapi": "/openapi.yaml",
            "openapi_json": "/openapi.json",
            "docs": "/docs",
            "explorer": "/explorer/",
        },
    }


def test_the_dataset_index(client: FlaskClient, real_dataset: Dataset) -> None:
    body = json_of(client.get("/v1"))
    assert body["dataset_version"] == real_dataset.version
    assert body["license"]["id"] == "CC-BY-4.0"
    assert "copyright their publishers" in body["license"]["note"]
    assert body["sources"] == [ARTICLE]
    assert body["counts"] == {
        "articles": 1,
        "actors": 30,
        "statements": 64,
        "aid_figures": 2,
        "topics": 13,
    }
    assert body["links"] == {
        "articles": "/v1/articles",
        "actors": "/v1/actors",
        "statements": "/v1/statements",
        "aid_figures": "/v1/aid-figures",
        "aid_totals": "/v1/aid-figures/totals",
        "topics": "/v1/topics",
        "network": "/v1/network",
        "download": "/v1/dataset.sqlite",
        "datasette_metadata": "/v1/dataset.metadata.json",
        "datapackage": "/v1/datapackage.json",
    }


def test_every_link_of_the_dataset_index_answers(client: FlaskClient) -> None:
    for link in json_of(client.get("/v1"))["links"].values():
        # Closed, so that a file it sends (the download) is closed too.
        with client.get(link) as response:
            assert response.status_code == 200, link


def test_health_is_never_cached(client: FlaskClient, real_dataset: Dataset) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json == {"status": "ok", "dataset_version": real_dataset.version}
    assert response.headers["Cache-Control"] == "no-store"


def test_readiness_says_ready_while_the_snapshot_is_the_file_opened(
    client: FlaskClient, real_dataset: Dataset
) -> None:
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json == {"status": "ready", "dataset_version": real_dataset.version}
    assert response.headers["Cache-Control"] == "no-store"


def test_every_link_of_the_service_index_answers(client: FlaskClient) -> None:
    for path in json_of(client.get("/"))["links"].values():
        response = client.get(path)
        response.close()
        assert response.status_code == 200, path


def test_the_contract_in_json_is_the_committed_yaml_read_as_json(client: FlaskClient) -> None:
    response = client.get("/openapi.json")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/json"
    document = json_of(response)
    assert document == yaml.safe_load(client.get("/openapi.yaml").get_data())
    assert document["openapi"] == "3.1.0"
    assert document["paths"]["/openapi.json"]["get"]["operationId"] == "getOpenApiJson"
    again = client.get("/openapi.json", headers={"If-None-Match": response.headers["ETag"]})
    assert again.status_code == 304


def test_docs_with_a_slash_is_sent_to_the_docs_with_its_query(client: FlaskClient) -> None:
    response = client.get("/docs/")
    assert (response.status_code, response.headers["Location"]) == (308, "/docs")
    assert response.headers["Cache-Control"] == "public, max-age=300"
    assert client.get("/docs/?x=1").headers["Location"] == "/docs?x=1"


def test_the_docs_link_to_the_service_index_the_explorer_and_the_contract(
    client: FlaskClient,
) -> None:
    page = client.get("/docs").get_data(as_text=True)
    for path in ("/", "/explorer/", "/openapi.yaml", "/openapi.json"):
        assert f'<a href="{path}">' in page


def test_the_explorer_links_to_the_docs(client: FlaskClient) -> None:
    page = client.get("/explorer/").get_data(as_text=True)
    assert '<a id="api-docs" href="/docs">its documentation</a>' in page

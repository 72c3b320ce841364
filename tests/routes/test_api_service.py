"""The service's own endpoints: ``/``, ``/v1`` and ``/healthz``."""

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
        "links": {"v1": "/v1", "openapi": "/openapi.yaml", "docs": "/docs"},
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

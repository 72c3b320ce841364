"""The download as a user saves it: the file under the name the server gives it, with the
Datasette metadata served beside it."""

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from datasette.app import Datasette
from flask import Flask

from tests.support import json_of

#: Asks the in-process Datasette for a path, and returns its answer.
DatasetteGet = Callable[[str], httpx.Response]


@pytest.fixture(scope="module")
def downloaded(dossier: Flask, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return the download, saved as the file name its Content-Disposition gives."""
    with dossier.test_client().get("/v1/dataset.sqlite") as response:
        assert response.status_code == 200
        name = response.headers["Content-Disposition"].split("filename=")[1]
        path = tmp_path_factory.mktemp("download") / name
        path.write_bytes(response.data)
    return path


@pytest.fixture(scope="module")
def datasette_metadata(dossier: Flask) -> dict[str, Any]:
    """Return the metadata.json served beside the download."""
    metadata: dict[str, Any] = json_of(dossier.test_client().get("/v1/dataset.metadata.json"))
    return metadata


@pytest.fixture(scope="module")
def datasette(downloaded: Path, datasette_metadata: dict[str, Any]) -> Iterator[DatasetteGet]:
    """Return a GET of Datasette 0.65 serving the download with its metadata, in process."""
    loop = asyncio.new_event_loop()
    instance = Datasette([str(downloaded)], metadata=datasette_metadata)

    def get(path: str) -> httpx.Response:
        response: httpx.Response = loop.run_until_complete(instance.client.get(path))
        return response

    try:
        yield get
    finally:
        instance.executor.shutdown(wait=True)
        loop.close()

"""The file under a running server: a snapshot deleted, truncated or replaced is seen at once.

The download is refused rather than served under the validator of the good file, queries
that fail on it are a 503 that says so, and readiness says not ready; liveness stays up.
"""

import shutil
from pathlib import Path

import pytest
from flask import Flask

from api.catalog import build_snapshot
from api.dataset.integrity import manifest_path
from tests.conftest import MakeApp
from tests.support import REAL_DATA
from tests.web.test_errors import problem

UNAVAILABLE = {
    "type": "/problems/snapshot-unavailable",
    "title": "Snapshot unavailable",
    "status": 503,
    "detail": "This server's copy of the dataset is gone or damaged; another server may answer.",
}


@pytest.fixture
def served(tmp_path: Path, make_app: MakeApp) -> tuple[Flask, Path]:
    """Return an app serving a snapshot file of its own, which the test may damage."""
    path = tmp_path / "dossier.sqlite"
    build_snapshot(REAL_DATA, path)
    app = make_app(SNAPSHOT=str(path), RESPONSE_CACHE_BYTES=0)
    return app, path


def _truncate(path: Path) -> None:
    with path.open("r+b") as file:
        file.truncate(path.stat().st_size // 2)


def _replace(path: Path) -> None:
    copy = path.with_name("copy.sqlite")
    shutil.copyfile(path, copy)
    copy.replace(path)


@pytest.mark.parametrize("damage", [Path.unlink, _truncate, _replace])
def test_a_file_changed_under_the_server_is_refused_and_not_ready(
    served: tuple[Flask, Path], damage: object
) -> None:
    app, path = served
    client = app.test_client()
    with client.get("/v1/dataset.sqlite") as response:
        assert response.status_code == 200
    damage(path)  # type: ignore[operator]
    download = client.get("/v1/dataset.sqlite")
    assert problem(download, 503) == UNAVAILABLE
    assert download.headers["Retry-After"] == "5"
    assert problem(client.get("/readyz"), 503) == UNAVAILABLE
    assert client.get("/healthz").status_code == 200


def test_a_query_failing_on_a_truncated_file_is_a_503_not_a_500(
    served: tuple[Flask, Path],
) -> None:
    app, path = served
    _truncate(path)
    # A thread of its own opens a connection of its own, on the damaged file.
    response = app.test_client().get("/v1/statements?q=escalation&sort=-said_on")
    assert response.status_code in (200, 503)
    if response.status_code == 503:
        assert problem(response, 503) == UNAVAILABLE


def test_a_server_refuses_to_open_a_snapshot_its_manifest_does_not_describe(
    tmp_path: Path, make_app: MakeApp
) -> None:
    path = tmp_path / "dossier.sqlite"
    build_snapshot(REAL_DATA, path)
    with path.open("r+b") as file:
        file.seek(4096)
        file.write(b"\\x00" * 16)
    with pytest.raises(Exception, match="does not have the sha256 its build wrote"):
        make_app(SNAPSHOT=str(path))
    manifest_path(path).unlink()
    with pytest.raises(Exception, match=r"dossier.sqlite.json is missing"):
        make_app(SNAPSHOT=str(path))

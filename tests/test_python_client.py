"""A Python client nobody here wrote: openapi-python-client's, from the committed contract, live.

``make python-client`` generates it; this test runs that target into a temporary
directory, imports the package and uses it against the app served on loopback: every list
parses its page as its model and its 400 as the Problem, the exports come back as their bytes
(CSV and NDJSON as text, the SQLite download as a File), and v1's ``format=csv`` is the
declared 307, to the whole export even though the client sends every declared default.
"""

import csv
import importlib
import io
import json
import subprocess
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

import pytest
from flask import Flask

from api.spec.vocabulary import TOPICS
from tests.support import ROOT, real_records, served

pytestmark = pytest.mark.slow

STATEMENTS = real_records("statements")
PESKOV = "dmitry-peskov"
PESKOV_STATEMENTS = sorted(s["id"] for s in STATEMENTS if s["speaker"] == PESKOV)
#: Each list operation, the model of its page, and the ids of its records.
LISTS = {
    "statements.list_statements": ("statement_page.StatementPage", [s["id"] for s in STATEMENTS]),
    "actors.list_actors": ("actor_page.ActorPage", [a["id"] for a in real_records("actors")]),
    "aid_figures.list_aid_figures": (
        "aid_figure_page.AidFigurePage",
        [f["id"] for f in real_records("aid_figures")],
    ),
    "articles.list_articles": (
        "article_page.ArticlePage",
        [a["id"] for a in real_records("articles")],
    ),
    "topics.list_topics": ("topic_page.TopicPage", list(TOPICS)),
}


@pytest.fixture(scope="module")
def dossier_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """Generate the client with ``make python-client`` and import it."""
    output = tmp_path_factory.mktemp("python-client")
    subprocess.run(  # make from PATH, as a developer runs it
        ["make", "--silent", "python-client", f"PYTHON_CLIENT={output}"],  # noqa: S607
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    sys.path.insert(0, str(output))
    try:
        yield importlib.import_module("dossier_client")
    finally:
        sys.path.remove(str(output))
        for name in [name for name in sys.modules if name.startswith("dossier_client")]:
            del sys.modules[name]


@pytest.fixture(scope="module")
def client(dossier_client: ModuleType, dossier: Flask) -> Iterator[Any]:
    """Return the generated client, pointed at the app served on a loopback port."""
    with served(dossier) as base:
        yield dossier_client.Client(base_url=base, raise_on_unexpected_status=True)


def _operation(name: str) -> Any:
    return importlib.import_module(f"dossier_client.api.{name}")


def _model(name: str) -> Any:
    module, _, model = name.rpartition(".")
    return getattr(importlib.import_module(f"dossier_client.models.{module}"), model)


def test_two_speakers_as_the_client_sends_them(client: Any) -> None:
    list_statements = _operation("statements.list_statements")
    speakers = ["dmitry-peskov", "vladimir-putin"]
    response = list_statements.sync_detailed(client=client, speaker=speakers, limit=100)
    assert response.status_code == 200
    # The generated client repeats the key, as the contract declares.
    assert response.parsed is not None
    expected = sorted(s["id"] for s in STATEMENTS if s["speaker"] in speakers)
    assert [item.id for item in response.parsed.items] == expected
    assert response.parsed.total == len(expected) == 12


def test_a_record(client: Any) -> None:
    statement = _operation("statements.get_statement").sync(
        client=client, record_id="peskov-no-deals"
    )
    [record] = [s for s in STATEMENTS if s["id"] == "peskov-no-deals"]
    assert statement.speaker.name == "Dmitry Peskov"
    assert statement.text == record["text"]
    assert statement.evidence.paragraph == record["evidence"]["paragraph"] == 6


def test_the_totals(client: Any, dossier_client: ModuleType) -> None:
    group_by = importlib.import_module("dossier_client.models.get_aid_totals_group_by")
    totals = _operation("aid_figures.get_aid_totals").sync(
        client=client, group_by=group_by.GetAidTotalsGroupBy.RECIPIENT
    )
    [group] = totals.groups
    assert group.key.id == "ukraine"
    assert [(t.currency, t.value, t.approximate) for t in group.totals] == [
        ("EUR", 3_000_000_000, True)
    ]


def test_a_400_is_parsed_as_a_problem(client: Any, dossier_client: ModuleType) -> None:
    problem_model = importlib.import_module("dossier_client.models.problem")
    problem = _operation("statements.list_statements").sync(client=client, limit=0)
    assert isinstance(problem, problem_model.Problem)
    assert problem.type_ == "/problems/invalid-parameters"
    assert problem.status == 400
    assert problem.errors.additional_properties == {"limit": ["Must be between 1 and 100."]}


def test_paging_to_the_end(client: Any) -> None:
    list_statements = _operation("statements.list_statements")
    seen: list[str] = []
    offset = 0
    while True:
        page = list_statements.sync(client=client, limit=7, offset=offset)
        seen += [item.id for item in page.items]
        if page.links.next_ is None:
            break
        offset += page.limit
    assert seen == sorted(s["id"] for s in STATEMENTS)
    assert page.total == 64


@pytest.mark.parametrize("operation", LISTS)
def test_a_list_parses_its_page(client: Any, operation: str) -> None:
    page_model, ids = LISTS[operation]
    response = _operation(operation).sync_detailed(client=client, limit=2)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    # The page as its model, not a stream or the raw bytes.
    assert isinstance(response.parsed, _model(page_model))
    assert [item.id for item in response.parsed.items] == sorted(ids)[:2]
    assert response.parsed.total == len(ids)
    assert response.parsed.limit == 2


@pytest.mark.parametrize("operation", LISTS)
def test_a_limit_over_100_is_parsed_as_a_problem(client: Any, operation: str) -> None:
    response = _operation(operation).sync_detailed(client=client, limit=101)
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.parsed
    assert isinstance(problem, _model("problem.Problem"))
    assert (problem.type_, problem.status) == ("/problems/invalid-parameters", 400)
    assert problem.errors.additional_properties == {"limit": ["Must be between 1 and 100."]}


def test_an_export_returns_its_bytes(client: Any, dossier: Flask) -> None:
    response = _operation("exports.export_statements_csv").sync_detailed(
        client=client, speaker=[PESKOV]
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv; charset=utf-8")
    # The bytes the app answers, which the client parses as text.
    expected = dossier.test_client().get(f"/v1/statements.csv?speaker={PESKOV}").get_data()
    assert response.content == expected
    assert response.parsed == expected.decode("utf-8")
    [header, *rows] = csv.reader(io.StringIO(response.parsed))
    assert header[0] == "id"
    assert [row[0] for row in rows] == PESKOV_STATEMENTS


def test_the_ndjson_export_is_text(client: Any) -> None:
    text = _operation("exports.export_statements_ndjson").sync(client=client, speaker=[PESKOV])
    assert [json.loads(line)["id"] for line in text.splitlines()] == PESKOV_STATEMENTS


def test_the_download_is_a_file(client: Any) -> None:
    download = _operation("download.get_dataset_snapshot").sync(client=client)
    assert isinstance(download, importlib.import_module("dossier_client.types").File)
    assert download.payload.read(16) == b"SQLite format 3\x00"


def test_format_csv_is_the_declared_redirect_to_every_match(client: Any) -> None:
    csv_format = _model("list_statements_format.ListStatementsFormat").CSV
    response = _operation("statements.list_statements").sync_detailed(
        client=client, format_=csv_format
    )
    # Declared, so not an unexpected status; the client does not follow it.
    assert response.status_code == 307
    assert response.parsed is None
    # The generator sends every default the contract declares, and the redirect passes the
    # query on as sent: `limit` declares none, so the export holds every match, not 20.
    location = urlsplit(response.headers["location"])
    assert (location.path, location.query) == ("/v1/statements.csv", "offset=0")
    exported = client.get_httpx_client().get(response.headers["location"])
    [_header, *rows] = csv.reader(io.StringIO(exported.text))
    assert [row[0] for row in rows] == sorted(s["id"] for s in STATEMENTS)

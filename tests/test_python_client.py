"""A Python client nobody here wrote: openapi-python-client's, from the committed contract, live.

``make python-client`` generates it; this test runs that target into a temporary
directory, imports the package and uses it against the app served on loopback.
"""

import importlib
import subprocess
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
from flask import Flask

from tests.support import ROOT, real_records, served

pytestmark = pytest.mark.slow

STATEMENTS = real_records("statements")


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

"""Schemathesis over the committed contract, in process against the WSGI app.

Every operation of ``openapi.yaml``, in every phase (examples, coverage, fuzzing),
with valid and invalid data and with methods the contract does not list, under
all of Schemathesis's default checks.
"""

import tempfile
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import positive_data_acceptance

from api import create_app
from api.spec.values import MAX_LIMIT
from schemas.query import JSON_FORMAT

pytestmark = pytest.mark.slow

#: Enough to cover every parameter's edge cases; the suite must stay fast.
MAX_EXAMPLES = 100


# Schemathesis parametrizes at collection, before fixtures exist: the app is made here,
# its snapshot in a directory of its own that goes with the process.
_snapshots = tempfile.TemporaryDirectory(prefix="dossier-contract-")
app = create_app({"TESTING": True, "SNAPSHOT_DIR": _snapshots.name, "QUERY_BUDGET": 0})
schema = schemathesis.openapi.from_wsgi("/openapi.yaml", app)


def refused_in_words(query: dict[str, Any] | None) -> bool:
    """Return whether a query combines parameters the contract refuses in words only.

    OpenAPI has no way to make one query parameter depend on another, so each parameter's
    description says it: a JSON page holds at most 100 items (`limit` allows up to 10^9,
    for exports), `facet_size` needs `facets`, and an export has no facets. Such a request
    is schema-valid, and rightly refused (400).
    """
    if not query:
        return False
    page = query.get("format", JSON_FORMAT) == JSON_FORMAT
    if "facet_size" in query and "facets" not in query:
        return True
    if "facets" in query and not page:
        return True
    try:
        return page and int(query.get("limit", 0)) > MAX_LIMIT
    except (TypeError, ValueError):
        return False


@schema.parametrize()
# Schemathesis's WSGI transport reads a streamed body (the snapshot download) without
# closing the file behind it; the app closes it when the response is closed.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_api_honours_its_contract(case: schemathesis.Case[Any]) -> None:
    if case.path == "/oembed" and (case.query or {}).get("format") == "xml":
        # oEmbed's own answer to a format the provider does not serve: 501, as documented
        # (400 first when another parameter is bad).
        response = case.call_and_validate(excluded_checks=[not_a_server_error])
        assert response.status_code in (400, 501)
    elif refused_in_words(case.query):
        response = case.call_and_validate(excluded_checks=[positive_data_acceptance])
        assert response.status_code == 400
    else:
        case.call_and_validate()

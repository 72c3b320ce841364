"""Schemathesis over the committed contract, in process against the WSGI app.

Every operation of ``openapi.yaml``, in every phase (examples, coverage, fuzzing),
with valid and invalid data and with methods the contract does not list, under
all of Schemathesis's default checks.
"""

import tempfile
from typing import Any
from urllib.parse import parse_qsl

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    negative_data_rejection,
    positive_data_acceptance,
)

from api import create_app
from api.spec.collections import COLLECTIONS
from api.spec.model import EXPORT_FORMATS

pytestmark = pytest.mark.slow

#: Schemathesis's WSGI transport asks for gzip (as requests does) but reads bodies as they
#: come, undecoded: the contract's bodies are checked as they are (identity); every coding
#: decodes to those bytes (tests/web/test_encoding.py).
AS_IT_IS = {"Accept-Encoding": "identity"}
#: Enough to cover every parameter's edge cases; the suite must stay fast.
MAX_EXAMPLES = 100


# Schemathesis parametrizes at collection, before fixtures exist: the app is made here,
# its snapshot in a directory of its own that goes with the process.
_snapshots = tempfile.TemporaryDirectory(prefix="dossier-contract-")
app = create_app({"TESTING": True, "SNAPSHOT_DIR": _snapshots.name, "QUERY_BUDGET": 0})
schema = schemathesis.openapi.from_wsgi("/openapi.yaml", app)


def refused_in_words(query: dict[str, Any] | None) -> bool:
    """Return whether a query combines parameters the contract refuses in words only.

    OpenAPI has no way to make one query parameter depend on another, so the description
    of `facet_size` says it: it sizes facets, and alone it is refused. Such a request is
    schema-valid, and rightly refused (400).
    """
    return query is not None and "facet_size" in query and "facets" not in query


def asks_an_export(case: schemathesis.Case[Any]) -> bool:
    """Return whether ``case`` asks a list for an export the v1 way (`format=csv`)."""
    query = case.query or {}
    return case.path in LISTS and query.get("format") in EXPORT_FORMATS


def follow(location: str) -> schemathesis.Case[Any]:
    """Return the case of the export operation a redirect's ``Location`` names."""
    path, _, query = location.partition("?")
    values: dict[str, list[str]] = {}
    for name, value in parse_qsl(query, keep_blank_values=True):
        values.setdefault(name, []).append(value)
    single = {name: found[0] if len(found) == 1 else found for name, found in values.items()}
    return schema[path]["GET"].Case(query=single)


#: The list operations, whose `format=csv` and `format=ndjson` redirect to the exports.
LISTS = {collection.path for collection in COLLECTIONS.values()}


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
        response = case.call_and_validate(headers=AS_IT_IS, excluded_checks=[not_a_server_error])
        assert response.status_code in (400, 501)
    elif asks_an_export(case):
        # The list redirects before it reads any other parameter, as `format` says: the
        # export judges them, under its own contract (where `limit` may exceed 100).
        response = case.call_and_validate(
            headers=AS_IT_IS, excluded_checks=[negative_data_rejection]
        )
        assert response.status_code == 307
        [location] = response.headers["location"]
        follow(location).call_and_validate(headers=AS_IT_IS)
    elif refused_in_words(case.query):
        response = case.call_and_validate(
            headers=AS_IT_IS, excluded_checks=[positive_data_acceptance]
        )
        assert response.status_code == 400
    else:
        case.call_and_validate(headers=AS_IT_IS)

"""Schemathesis over the committed contract, in process against the WSGI app.

Every operation of ``openapi.yaml``, in every phase (examples, coverage, fuzzing),
with valid and invalid data and with methods the contract does not list, under
all of Schemathesis's default checks.
"""

import tempfile

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from api import create_app

pytestmark = pytest.mark.slow

#: Enough to cover every parameter's edge cases; the suite must stay fast.
MAX_EXAMPLES = 100


# Schemathesis parametrizes at collection, before fixtures exist: the app is made here,
# its snapshot in a directory of its own that goes with the process.
_snapshots = tempfile.TemporaryDirectory(prefix="dossier-contract-")
app = create_app({"TESTING": True, "SNAPSHOT_DIR": _snapshots.name})
schema = schemathesis.openapi.from_wsgi("/openapi.yaml", app)


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
def test_api_honours_its_contract(case: schemathesis.Case) -> None:
    case.call_and_validate()

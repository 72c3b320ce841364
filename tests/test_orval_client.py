"""A TypeScript client nobody here wrote: Orval 7's fetch client, from the committed contract, live.

``make orval-client`` installs Orval and TypeScript (pinned in clients/orval/package-lock.json),
generates the client into clients/orval/build/ and compiles it in strict mode with
clients/orval/check.ts, a program that uses it. This test runs the target, serves the app on
loopback, runs the program against it and compares what it saw with the data: every list
operation's page and 400 parsed (``data``, typed, not a stream), a speaker's statements paged
by ``links.next``, a record, the CSV export as text, the NDJSON export as a stream, and v1's
``format=csv`` answered with the declared 307. The program checks the same itself and exits 1
at the first difference; it does not compile against a contract whose lists answer NDJSON too.

One test, not several: the target installs into clients/orval/, which two workers must not do
at once.
"""

import csv
import io
import json
import shutil
import subprocess
from urllib.parse import urlsplit

import pytest
from flask import Flask

from api.spec.vocabulary import TOPICS
from tests.support import ROOT, real_records, served

pytestmark = pytest.mark.slow

NODE = shutil.which("node")
NPM = shutil.which("npm")
ORVAL = ROOT / "clients" / "orval"

PESKOV = "dmitry-peskov"
LIMIT_PROBLEM = {
    "type": "/problems/invalid-parameters",
    "title": "Invalid query parameters",
    "status": 400,
    "detail": "1 query parameter is invalid.",
    "errors": {"limit": ["Must be between 1 and 100."]},
}


def _first_ids(collection: str, count: int = 2) -> list[str]:
    return sorted(record["id"] for record in real_records(collection))[:count]


def test_the_orval_client_parses_pages_problems_and_exports(dossier: Flask) -> None:
    if NODE is None or NPM is None:
        pytest.skip("Orval needs Node.js (20+) and npm on PATH: apt-get install -y nodejs npm")
    made = subprocess.run(  # make from PATH, as a developer runs it
        ["make", "--silent", "orval-client"],  # noqa: S607
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert made.returncode == 0, made.stdout[-3000:] + made.stderr[-3000:]

    with served(dossier) as base:
        checked = subprocess.run(  # noqa: S603
            [NODE, "build/js/check.js", base],
            cwd=ORVAL,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    seen = json.loads(checked.stdout.splitlines()[-1])

    statements = real_records("statements")
    peskov = sorted(s["id"] for s in statements if s["speaker"] == PESKOV)
    assert peskov == [
        "peskov-belarus-withdrawal-planned",
        "peskov-call-nearest-future",
        "peskov-no-deals",
    ]

    # Every list operation's page, parsed: totals and the first ids, in id order.
    assert seen["lists"] == {
        "statements": {"total": 64, "limit": 2, "ids": _first_ids("statements")},
        "actors": {"total": len(real_records("actors")), "limit": 2, "ids": _first_ids("actors")},
        "aid_figures": {
            "total": len(real_records("aid_figures")),
            "limit": 2,
            "ids": _first_ids("aid_figures"),
        },
        "articles": {"total": 1, "limit": 2, "ids": _first_ids("articles")},
        "topics": {"total": len(TOPICS), "limit": 2, "ids": sorted(TOPICS)[:2]},
    }
    # One speaker's statements, at once and page by page (limit 1) along links.next.
    assert seen["peskov"] == seen["paged"] == peskov
    assert seen["offsets"] == [0, 1, 2]
    # Every list's limit=101: a 400 the client parsed as the Problem.
    assert seen["problems"] == dict.fromkeys(
        ["statements", "actors", "aid_figures", "articles", "topics"], LIMIT_PROBLEM
    )
    [record] = [s for s in statements if s["id"] == "peskov-no-deals"]
    assert seen["record"] == {
        "id": "peskov-no-deals",
        "speaker": "Dmitry Peskov",
        "paragraph": record["evidence"]["paragraph"],
        "text": record["text"],
    }

    # The exports: the CSV the client read as text is the app's, row for row.
    exported = dossier.test_client().get(f"/v1/statements.csv?speaker={PESKOV}")
    [header, *rows] = csv.reader(io.StringIO(exported.get_data(as_text=True)))
    assert seen["csv"] == {"header": header, "ids": [row[0] for row in rows]}
    assert seen["csv"]["ids"] == seen["ndjson"] == peskov

    # format=csv on the list: the declared 307, to the export with the rest of the query.
    location = urlsplit(seen["redirect"])
    assert (location.path, location.query) == ("/v1/statements.csv", f"speaker={PESKOV}")

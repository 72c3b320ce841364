"""The time budget of a request: a page past it is a 422 saying to narrow the query; a facet
past it is marked while the page answers, never cached; no budget, no refusal."""

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from flask import Flask

import api.catalog.pages
from api.dataset.budget import BudgetExceeded
from api.dataset.facets import facet
from bench import synth
from tests.conftest import MakeApp
from tests.support import json_of, real_records
from tests.web.test_errors import problem

STATEMENTS = real_records("statements")
#: What a query past its budget is told.
TOO_COSTLY = {
    "type": "/problems/query-too-costly",
    "title": "Query too costly",
    "status": 422,
    "detail": "This query needs more than the time each request may take; narrow it.",
}


@pytest.fixture(scope="module")
def hasty(make_app: MakeApp, tmp_path_factory: pytest.TempPathFactory) -> Flask:
    """Return an app of 20 copies of the dataset whose requests may take a nanosecond: a
    query that reads every statement runs thousands of SQLite steps, and stops."""
    data_dir = tmp_path_factory.mktemp("x20")
    synth.generate(Path(data_dir), 20)
    return make_app(DATA_DIR=str(data_dir), QUERY_BUDGET=1e-9, RESPONSE_CACHE_BYTES=0)


@pytest.mark.parametrize("url", ["/v1/statements?q=e", "/v1/network", "/v1/actors?q=e"])
def test_a_query_past_its_budget_is_a_422_problem_saying_to_narrow_it(
    hasty: Flask, url: str
) -> None:
    assert problem(hasty.test_client().get(url), 422) == TOO_COSTLY


def test_a_query_within_its_budget_answers_under_the_same_budget(hasty: Flask) -> None:
    response = hasty.test_client().get("/v1/statements/peskov-no-deals")
    assert response.status_code == 200
    assert json_of(response)["id"] == "peskov-no-deals"


def test_facets_past_their_own_budget_are_marked_while_the_page_answers(
    make_app: MakeApp, tmp_path_factory: pytest.TempPathFactory
) -> None:
    data_dir = tmp_path_factory.mktemp("x20-facets")
    synth.generate(Path(data_dir), 20)
    url = "/v1/statements?q=e&facets=speaker,topic&limit=1"
    for facet_budget, timed_out in ((1e-9, True), (0, False)):
        app = make_app(
            DATA_DIR=str(data_dir),
            QUERY_BUDGET=0,
            FACET_BUDGET=facet_budget,
            RESPONSE_CACHE_BYTES=0,
        )
        response = app.test_client().get(url)
        assert response.status_code == 200
        body = json_of(response)
        # 20 copies of the statements holding an e, and the first of them.
        assert body["total"] == 20 * sum(
            "e" in (s["text"] + s["attribution"]).lower() for s in STATEMENTS
        )
        assert len(body["items"]) == 1
        for name in ("speaker", "topic"):
            assert body["facets"][name]["timed_out"] is timed_out
            assert bool(body["facets"][name]["items"]) is not timed_out


def test_no_budget_refuses_nothing(make_app: MakeApp) -> None:
    unbounded = make_app(QUERY_BUDGET=0, RESPONSE_CACHE_BYTES=0)
    response = unbounded.test_client().get("/v1/statements?q=e&limit=100")
    assert response.status_code == 200
    assert json_of(response)["total"] == sum(
        "e" in (s["text"] + s["attribution"]).lower() for s in STATEMENTS
    )


def test_a_facet_past_the_budget_is_marked_while_the_page_answers_uncached(
    dossier: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    counted = facet

    def topic_too_costly(*args: Any, **kwargs: Any) -> Any:
        if args[3] == "topic":
            raise BudgetExceeded("interrupted")
        return counted(*args, **kwargs)

    monkeypatch.setattr(api.catalog.pages, "facet", topic_too_costly)
    url = "/v1/statements?speaker=dmitry-peskov&facets=topic,speech_type&facet_size=1"
    response = dossier.test_client().get(url)
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    body = json_of(response)
    assert [item["id"] for item in body["items"]] == [
        "peskov-belarus-withdrawal-planned",
        "peskov-call-nearest-future",
        "peskov-no-deals",
    ]
    assert body["facets"]["topic"] == {"items": [], "truncated": True, "timed_out": True}
    speech_types = body["facets"]["speech_type"]
    assert (speech_types["timed_out"], speech_types["truncated"]) == (False, True)
    spoken = Counter(s["speech_type"] for s in STATEMENTS if s["speaker"] == "dmitry-peskov")
    [(most, _)] = sorted(spoken.items(), key=lambda item: (-item[1], item[0]))[:1]
    assert [item["value"] for item in speech_types["items"]] == [most]
    # Asked again once the facet fits, the page is cached like any other.
    monkeypatch.setattr(api.catalog.pages, "facet", counted)
    again = dossier.test_client().get(url)
    assert again.headers["Cache-Control"] == "public, max-age=300"
    assert json_of(again)["facets"]["topic"]["timed_out"] is False

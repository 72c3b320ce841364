"""The query argument schemas alone: what they accept is exactly what the contract publishes."""

import re

import pytest
from flask import Flask, request
from marshmallow import ValidationError

from api.spec.values import CALENDAR_DATE_PATTERN
from api.web.arguments import QueryParser
from api.web.problems import Problem
from schemas.query import PAGE_ARGUMENTS, REPEATED_PARAMETER, UNKNOWN_PARAMETER

ActorQueryArgsSchema = PAGE_ARGUMENTS["actors"]
StatementQueryArgsSchema = PAGE_ARGUMENTS["statements"]


@pytest.mark.parametrize(
    "date",
    ["2022", "2022-02", "2022-02-28", "2024-02-29", "2000-02-29", "0000-02-29", "2022-12-31"],
)
def test_calendar_dates_are_accepted(date: str) -> None:
    assert re.fullmatch(CALENDAR_DATE_PATTERN, date)
    assert StatementQueryArgsSchema().load({"said_from": date})["said_from"] == date


@pytest.mark.parametrize(
    "date",
    [
        "2023-02-29",
        "1900-02-29",
        "2022-04-31",
        "2022-13",
        "2022-00",
        "2022-1",
        "22",
        "2022-02-07\n",
    ],
)
def test_dates_off_the_calendar_are_refused(date: str) -> None:
    with pytest.raises(ValidationError) as refused:
        StatementQueryArgsSchema().load({"said_from": date})
    assert list(refused.value.messages) == ["said_from"]


@pytest.mark.parametrize("value", ["+5", "5.0", " 5", "1_0", "\u0665", "", "99999999999999999999"])
def test_integers_are_plain_ascii_digits(value: str) -> None:
    with pytest.raises(ValidationError) as refused:
        ActorQueryArgsSchema().load({"limit": value})
    assert list(refused.value.messages) == ["limit"]


def test_an_id_must_match_as_a_whole() -> None:
    with pytest.raises(ValidationError) as refused:
        StatementQueryArgsSchema().load({"speaker": "dmitry-peskov\n"})
    assert refused.value.messages == {"speaker": {0: ["Not a valid id."]}}


def test_defaults_and_lists() -> None:
    assert StatementQueryArgsSchema().load({"topic": "aid,energy", "sort": "-said_on,id"}) == {
        "topic": ["aid", "energy"],
        "sort": ["-said_on", "id"],
        "limit": 20,
        "offset": 0,
    }


def test_unknown_and_repeated_parameters_are_reported_together() -> None:
    with pytest.raises(ValidationError) as refused:
        ActorQueryArgsSchema().load({"kind": ["person", "state"], "colour": "red", "limit": "0"})
    assert refused.value.messages == {
        "kind": [REPEATED_PARAMETER],
        "colour": [UNKNOWN_PARAMETER],
        "limit": ["Must be between 1 and 100."],
    }


@pytest.mark.parametrize(
    "messages",
    [
        {"query": {"limit": ["Must be between 1 and 100."], "speaker": {0: ["Not a valid id."]}}},
        # Messages that webargs did not file under a location are taken as they are.
        {"limit": ["Must be between 1 and 100."], "speaker": {0: ["Not a valid id."]}},
    ],
)
def test_the_parser_answers_400_naming_each_bad_parameter(
    dossier_uncached: Flask, messages: dict[str, object]
) -> None:
    with (
        dossier_uncached.test_request_context("/v1/statements?limit=0&speaker=-"),
        pytest.raises(Problem) as raised,
    ):
        QueryParser().handle_error(
            ValidationError(messages),
            request,
            StatementQueryArgsSchema(),
            error_status_code=None,
            error_headers=None,
        )
    assert raised.value.code == 400
    assert raised.value.errors == {
        "limit": ["Must be between 1 and 100."],
        "speaker": ["Value 1: Not a valid id."],
    }

"""Multi-valued parameters in both array forms: repeated keys, commas, and their mix, all OR."""

import json
from urllib.parse import urlencode

from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from api.spec.vocabulary import SPEECH_TYPES, TOPICS
from schemas.query import REPEATED_PARAMETER
from tests.support import REAL_DATA, json_of

SPEAKERS = ["dmitry-peskov", "vladimir-putin", "emmanuel-macron", "kremlin", "no-such-actor"]

#: A parameter's values, and how to cut them into keys: each inner list is one key's values.
values = st.fixed_dictionaries(
    {},
    optional={
        "speaker": st.lists(st.sampled_from(SPEAKERS), min_size=1, max_size=4),
        "topic": st.lists(st.sampled_from(list(TOPICS)), min_size=1, max_size=4),
        "speech_type": st.lists(st.sampled_from(SPEECH_TYPES), min_size=1, max_size=3),
        "sort": st.lists(st.sampled_from(["-said_on", "speaker", "-paragraph"]), max_size=2).map(
            lambda fields: [*fields, "id"]
        ),
    },
)


def _cut(items: list[str], cuts: list[int]) -> list[list[str]]:
    """Split ``items`` into consecutive non-empty groups at the given positions."""
    bounds = sorted({0, len(items), *(cut % len(items) for cut in cuts)})
    return [items[start:stop] for start, stop in zip(bounds, bounds[1:], strict=False)]


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(values, st.lists(st.integers(min_value=0, max_value=10), max_size=3))
def test_repeated_keys_and_comma_lists_give_the_same_answer(
    client: FlaskClient, params: dict[str, list[str]], cuts: list[int]
) -> None:
    commas = [(name, ",".join(items)) for name, items in params.items()]
    repeated = [(name, item) for name, items in params.items() for item in items]
    mixed = [
        (name, ",".join(group)) for name, items in params.items() for group in _cut(items, cuts)
    ]
    answers = [
        client.get(f"/v1/statements?{urlencode(pairs, safe=',')}&limit=100")
        for pairs in (commas, repeated, mixed)
    ]
    assert {answer.status_code for answer in answers} == {200}
    # The same items and total; the self link shows the one normalized (comma) form.
    assert answers[0].json == answers[1].json == answers[2].json


def test_two_speakers_by_repeated_keys(client: FlaskClient) -> None:
    repeated = json_of(client.get("/v1/statements?speaker=dmitry-peskov&speaker=kremlin"))
    statements = json.loads((REAL_DATA / "statements.json").read_text(encoding="utf-8"))
    expected = sorted(s["id"] for s in statements if s["speaker"] in {"dmitry-peskov", "kremlin"})
    assert [item["id"] for item in repeated["items"]] == expected
    assert repeated["total"] == len(expected) == 5
    assert repeated["links"]["self"] == (
        "/v1/statements?speaker=dmitry-peskov,kremlin&limit=20&offset=0"
    )


def test_a_single_valued_parameter_still_refuses_repetition(client: FlaskClient) -> None:
    response = client.get("/v1/statements?said_from=2022&said_from=2021")
    assert response.status_code == 400
    assert json_of(response)["errors"] == {"said_from": [REPEATED_PARAMETER]}

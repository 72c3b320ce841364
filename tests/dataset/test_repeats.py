"""Repeats on the page, by the practice of docs/data-model.md.

A headline, crosshead, teaser, caption, video blurb or video title that attributes words to
a speaker is a statement of its own, with its section, even when the story reports the
same words elsewhere; it takes the date and place the article gives the statement it
repeats. The same text printed twice (the deck, paragraph 2, repeated as paragraph 5) is
one record, at its first occurrence. Every case of the page is listed here.
"""

from typing import Any

import pytest

from tests.support import real_records

STATEMENTS = {statement["id"]: statement for statement in real_records("statements")}

#: repeat -> (the statement it repeats, its paragraph, its section, its speaker)
REPEATS = {
    "macron-results-take-time-headline": (
        "macron-results-take-time",
        1,
        "headline",
        "emmanuel-macron",
    ),
    "canada-urges-leave-teaser": ("canada-urges-canadians-leave", 3, "teaser", "canada"),
    # The crosshead names the states where the story names their leaders.
    "united-states-threatens-russia-subheading": (
        "biden-threatens-grave-consequences",
        22,
        "body",
        "united-states",
    ),
    "germany-threatens-russia-subheading": (
        "scholz-threatens-grave-consequences",
        22,
        "body",
        "germany",
    ),
    "daalder-putin-wants-control-blurb": (
        "daalder-putin-wants-control",
        25,
        "video",
        "ivo-daalder",
    ),
    "daalder-putin-wants-control-title": (
        "daalder-putin-wants-control",
        26,
        "video",
        "ivo-daalder",
    ),
}


@pytest.mark.parametrize("repeat_id", REPEATS)
def test_a_repeat_is_its_own_record_dated_like_the_statement_it_repeats(repeat_id: str) -> None:
    original_id, paragraph, section, speaker = REPEATS[repeat_id]
    repeat: dict[str, Any] = STATEMENTS[repeat_id]
    original = STATEMENTS[original_id]
    assert (repeat["evidence"]["paragraph"], repeat["evidence"]["section"]) == (paragraph, section)
    assert repeat["speaker"] == speaker
    assert (repeat["said_on"], repeat["place"]) == (original["said_on"], original["place"])
    assert repeat["topics"] == original["topics"]
    assert repeat["evidence"]["paragraph"] != original["evidence"]["paragraph"]


def test_the_page_packaging_holds_no_other_statement() -> None:
    # Headline, teaser, captions, crossheads, video blurbs, titles and descriptions; not 18,
    # which runs from a video description into the story's bullets, nor 27, whose
    # description holds the quotes the blurb and title repeat.
    packaging = {1, 3, 4, 10, 15, 16, 17, 22, 25, 26, 32, 33, 34, 37}
    cited = {
        statement_id
        for statement_id, statement in STATEMENTS.items()
        if statement["evidence"]["paragraph"] in packaging
    }
    assert cited == set(REPEATS)


def test_the_repeated_lead_is_cited_at_its_first_occurrence() -> None:
    for collection in ("actors", "statements", "aid_figures"):
        assert all(record["evidence"]["paragraph"] != 5 for record in real_records(collection))

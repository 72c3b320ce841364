"""Every actor's evidence is its first mention, by the rule of docs/data-model.md.

The rule: an actor's evidence cites the first paragraph of the page, in file order, that
names it by its name or one of its aliases, matched as whole words, ignoring case, after
whitespace folding. The headline (paragraph 1), the teaser, captions and video blurbs
count; the site's footer (paragraphs 48-55) holds no facts and does not. Adjectives and
demonyms ("French", "Polish", "Canadians") are not names, and an unnamed description that
only a later paragraph resolves (Daalder's "Former U.S. ambassador to NATO") is not a
mention. No actor is an exception.
"""

import re
from pathlib import Path
from typing import Any

import pytest

from api.dataset.fidelity import fold
from tests.support import real_records, split_paragraphs

ARTICLE = "cbc-2022-02-08-macron-kyiv"
#: The first paragraph of the site's footer (sources/README.md): no facts from here on.
FOOTER = 48
ACTORS = real_records("actors")


def names(actor: dict[str, Any]) -> list[str]:
    """Return the words the article may name ``actor`` by: its name and its aliases."""
    return [actor["name"], *actor["aliases"]]


def naming(actor: dict[str, Any]) -> re.Pattern[str]:
    """Return a pattern finding any of ``actor``'s names as whole words, ignoring case."""
    words = sorted((re.escape(fold(name)) for name in names(actor)), key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", re.IGNORECASE)


def first_mention(paragraphs: list[str], actor: dict[str, Any]) -> int | None:
    """Return the number of the first paragraph before the footer naming ``actor``."""
    pattern = naming(actor)
    for number, paragraph in enumerate(paragraphs[: FOOTER - 1], start=1):
        if pattern.search(paragraph):
            return number
    return None


@pytest.fixture(scope="module")
def paragraphs(real_sources: Path) -> list[str]:
    """Return the real article's paragraphs, folded."""
    return split_paragraphs((real_sources / f"{ARTICLE}.txt").read_text(encoding="utf-8"))


@pytest.mark.parametrize("actor", ACTORS, ids=[actor["id"] for actor in ACTORS])
def test_evidence_is_the_first_paragraph_naming_the_actor(
    actor: dict[str, Any], paragraphs: list[str]
) -> None:
    assert actor["evidence"]["paragraph"] == first_mention(paragraphs, actor)


@pytest.mark.parametrize("actor", ACTORS, ids=[actor["id"] for actor in ACTORS])
def test_evidence_span_holds_the_name_or_an_alias(actor: dict[str, Any]) -> None:
    assert naming(actor).search(actor["evidence"]["exact"]), names(actor)


def test_the_rule_counts_the_headline_and_ignores_adjectives_and_descriptions(
    paragraphs: list[str],
) -> None:
    by_id = {actor["id"]: actor for actor in ACTORS}
    # The headline is paragraph 1: "'It will take time to get results,' Macron says ..."
    assert first_mention(paragraphs, by_id["emmanuel-macron"]) == 1
    # "French President Emmanuel Macron" (p2) does not name France; "Moscow and Paris" (p6) does.
    assert first_mention(paragraphs, by_id["france"]) == 6
    # "Polish President Andrzej Duda" (p30) does not name Poland; "going to Poland" (p39) does.
    assert first_mention(paragraphs, by_id["poland"]) == 39
    # "Former U.S. ambassador to NATO" (p25) and "former ambassador" (p26) do not name Daalder.
    assert first_mention(paragraphs, by_id["ivo-daalder"]) == 27
    # "Canadians" is not "Canada", "rebel-controlled" names no rebels.
    assert not naming(by_id["canada"]).search("all Canadians in Ukraine")
    assert not naming(by_id["russia-backed-separatists"]).search("rebel-controlled Donetsk")
    # The footer names no actor, and "U.S." is matched with its dots.
    assert naming(by_id["united-states"]).search("NATO, U.S. and European leaders")
    assert not naming(by_id["united-states"]).search("USB")

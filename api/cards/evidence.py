"""An evidence's span in its sentence, from its W3C TextQuoteSelector.

The API does not serve the article's text: a selector carries the span as the source has it
and up to 32 code points either side, which may run into the next paragraph or stop inside
a word. A card shows the span in as much of its sentence as that context holds, and says
with an ellipsis where it stops short.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from schemas.common import QUOTE_CONTEXT, QUOTE_SELECTOR

ELLIPSIS = "…"
#: The end of a sentence: its stop, a closing quotation mark or bracket, then a space.
_SENTENCE_END = re.compile(r"[.!?][\"”’')]*(?=\s)")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Quote:
    """A span with the words of its sentence around it, whitespace folded."""

    before: str
    exact: str
    after: str


def _folded(text: str) -> str:
    return _SPACES.sub(" ", text)


def _leading(prefix: str) -> str:
    """Return the part of the context before a span that is in the span's sentence."""
    paragraph = prefix.rsplit("\n", 1)
    context = paragraph[-1]
    ends = list(_SENTENCE_END.finditer(context))
    if ends:
        return context[ends[-1].end() :].lstrip()
    if len(paragraph) > 1 or len(prefix) < QUOTE_CONTEXT:
        # The paragraph's start, or the text's.
        return context.lstrip()
    # Cut short by the selector: from its first whole word.
    word = context.find(" ")
    return ELLIPSIS + context[word + 1 :] if word >= 0 else ELLIPSIS


def _trailing(suffix: str) -> str:
    """Return the part of the context after a span that is in the span's sentence."""
    context, newline, _ = suffix.partition("\n")
    end = _SENTENCE_END.search(context + " ")
    if end is not None:
        return context[: end.end()]
    if newline or len(suffix) < QUOTE_CONTEXT:
        # The paragraph's end, or the text's.
        return context.rstrip()
    word = context.rfind(" ")
    return (context[:word] if word >= 0 else "") + ELLIPSIS


def in_its_sentence(evidence: Mapping[str, Any]) -> Quote:
    """Return an evidence's span in its sentence, or the span alone without a selector."""
    selector = next(
        (each for each in evidence.get("selectors", ()) if each["type"] == QUOTE_SELECTOR),
        None,
    )
    if selector is None:
        return Quote("", evidence["exact"], "")
    return Quote(
        _folded(_leading(selector["prefix"])),
        _folded(selector["exact"]),
        _folded(_trailing(selector["suffix"])),
    )

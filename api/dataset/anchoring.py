"""W3C Web Annotation selectors of evidence spans: where each span sits in its source text.

Offsets count Unicode code points of the whole source text, as Python indexes a
``str``: ``text[start:end]`` is the span. A TextQuoteSelector keeps the span as the
text has it (whitespace not folded) with ``QUOTE_CONTEXT`` code points of context on
each side; an annotation client re-anchors it where prefix, exact and suffix occur,
which must be once. Nothing here reads files: the functions take the text.
"""

import re
from typing import Any

from schemas.common import POSITION_SELECTOR, QUOTE_CONTEXT, QUOTE_SELECTOR

#: A stretch of a text: ``(start, end)`` in code points, end exclusive.
Span = tuple[int, int]
#: A violation in an evidence's selectors: the field under ``selectors``, the message.
SelectorViolation = tuple[str, str]


def paragraph_spans(text: str) -> list[Span]:
    """Return where each paragraph of a source text lies: blocks separated by blank lines.

    A paragraph runs from the start of its first line to the end of its last one, line
    break excluded; a line of whitespace only is blank.
    """
    spans: list[Span] = []
    start: int | None = None
    end = offset = 0
    for line in text.splitlines(keepends=True):
        content = line.splitlines()[0]
        if content.strip():
            start = offset if start is None else start
            end = offset + len(content)
        elif start is not None:
            spans.append((start, end))
            start = None
        offset += len(line)
    if start is not None:
        spans.append((start, end))
    return spans


def anchor(text: str, paragraph: Span, exact: str) -> Span | None:
    """Return where a whitespace-folded span first occurs in a paragraph of ``text``, or None.

    Each whitespace run of ``exact`` matches any run of whitespace in the text (a line
    break, a non-breaking space, several spaces).
    """
    words = exact.split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(word) for word in words))
    found = pattern.search(text, *paragraph)
    return None if found is None else found.span()


def selectors(text: str, start: int, end: int) -> list[dict[str, Any]]:
    """Return the W3C selectors of ``text[start:end]``: a TextQuote, then a TextPosition."""
    return [
        {
            "type": QUOTE_SELECTOR,
            "exact": text[start:end],
            "prefix": text[max(0, start - QUOTE_CONTEXT) : start],
            "suffix": text[end : end + QUOTE_CONTEXT],
        },
        {"type": POSITION_SELECTOR, "start": start, "end": end},
    ]


def quote_anchors(text: str, quote: dict[str, Any]) -> list[int]:
    """Return every offset where a TextQuoteSelector's exact starts with its prefix and suffix."""
    prefix, exact, suffix = quote["prefix"], quote["exact"], quote["suffix"]
    whole = prefix + exact + suffix
    anchors: list[int] = []
    found = text.find(whole)
    while found != -1:
        anchors.append(found + len(prefix))
        found = text.find(whole, found + 1)
    return anchors


def reanchoring_violations(text: str, selected: list[dict[str, Any]]) -> list[SelectorViolation]:
    """Return how an evidence's selectors fail to re-anchor in ``text``; none if they do.

    The position must lie within the text; the quote must occur exactly once, and there.
    A quote that occurs once elsewhere blames the position; one that occurs nowhere is
    compared part by part with the text at the position.
    """
    quote, position = selected
    start, end = position["start"], position["end"]
    if end > len(text):
        return [
            ("selectors.1.end", f"{end} is beyond the end of the text ({len(text)} code points)")
        ]
    anchors = quote_anchors(text, quote)
    violations: list[SelectorViolation] = []
    if len(anchors) == 1 and anchors[0] != start:
        violations.append(("selectors.1.start", f"{start}, but the quote anchors at {anchors[0]}"))
    elif start not in anchors:
        prefix, suffix = quote["prefix"], quote["suffix"]
        before = text[max(0, start - len(prefix)) : start]
        after = text[end : end + len(suffix)]
        if quote["exact"] != text[start:end]:
            violations.append(
                ("selectors.0.exact", f"not the text at {start}..{end}, {text[start:end]!r}")
            )
        if prefix != before:
            violations.append(("selectors.0.prefix", f"not the text before {start}, {before!r}"))
        if suffix != after:
            violations.append(("selectors.0.suffix", f"not the text after {end}, {after!r}"))
    if len(anchors) > 1:
        message = f"prefix, exact and suffix occur {len(anchors)} times in the text, not once"
        violations.append(("selectors.0", message))
    return violations

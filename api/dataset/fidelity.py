"""Rule 6 of the data model: evidence spans, statement texts and selectors fit the source text."""

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from api.dataset.anchoring import Span, paragraph_spans, reanchoring_violations
from api.dataset.records import Dataset, Violations


def fold(text: str) -> str:
    """Fold every whitespace run (U+00A0 included) to one space and strip the ends."""
    return " ".join(text.split())


@dataclass(frozen=True)
class SourceText:
    """An article's source text, with where each of its paragraphs lies."""

    text: str
    spans: list[Span]

    def paragraph(self, number: int) -> str:
        """Return paragraph ``number`` (from 1), whitespace folded."""
        start, end = self.spans[number - 1]
        return fold(self.text[start:end])


def source_files(sources_dir: Path) -> dict[str, Path]:
    """Return the files of ``sources_dir`` by the sha256 of their content."""
    return {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }


def read_source(path: Path) -> str:
    """Return a source text, decoded as UTF-8; raise ValueError saying why it is not."""
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        raise ValueError(
            f"{path.name} is not UTF-8 text ({error.reason} at byte {error.start})"
        ) from None


def check_sources(dataset: Dataset, sources_dir: Path, violations: Violations) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = source_files(sources_dir)
    texts: dict[str, SourceText] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(violations, "articles", article_id, "text_sha256", message)
            continue
        try:
            text = read_source(source)
        except ValueError as error:
            dataset.report(violations, "articles", article_id, "text_sha256", str(error))
            continue
        spans = paragraph_spans(text)
        if len(spans) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(spans)} paragraphs"
            dataset.report(violations, "articles", article_id, "paragraphs", message)
        texts[article_id] = SourceText(text, spans)
    _check_spans(dataset, texts, violations)


def _check_spans(dataset: Dataset, texts: dict[str, SourceText], violations: Violations) -> None:
    """Check each evidence span, statement text and evidence's selectors against the source."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            source = texts.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if source is None or number > len(source.spans):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = source.paragraph(number)
            found = {field: span in paragraph for field, span in spans.items()}
            for field, span in spans.items():
                if found[field]:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(violations, collection, record_id, field, message)
            reanchoring = reanchoring_violations(source.text, evidence["selectors"])
            for field, message in reanchoring:
                dataset.report(violations, collection, record_id, f"evidence.{field}", message)
            # Selectors that re-anchor must select the evidence's span, where it is cited;
            # an evidence span not in its paragraph is reported once, above.
            if not reanchoring and found["evidence.exact"]:
                for field, message in _selection_problems(source, number, evidence):
                    dataset.report(violations, collection, record_id, field, message)


def _selection_problems(
    source: SourceText, number: int, evidence: dict[str, Any]
) -> list[tuple[str, str]]:
    """Return how selectors that re-anchor fail to select the evidence span in its paragraph."""
    quote, position = evidence["selectors"]
    start, end = position["start"], position["end"]
    first, last = source.spans[number - 1]
    if not first <= start < end <= last:
        message = f"{start}..{end} is outside paragraph {number} ({first}..{last})"
        return [("evidence.selectors.1", message)]
    if fold(quote["exact"]) != evidence["exact"]:
        return [("evidence.selectors.0.exact", "is not evidence.exact, whitespace folded")]
    return []

"""Rule 6 of the data model: evidence spans and statement texts occur in the source text."""

import hashlib
from pathlib import Path

from api.dataset.records import Dataset, Problems


def fold(text: str) -> str:
    """Fold every whitespace run (U+00A0 included) to one space and strip the ends."""
    return " ".join(text.split())


def split_paragraphs(text: str) -> list[str]:
    """Split a source text into folded paragraphs: blocks separated by blank lines."""
    paragraphs: list[str] = []
    lines: list[str] = []
    for line in text.splitlines():
        if line.strip():
            lines.append(line)
        elif lines:
            paragraphs.append(fold(" ".join(lines)))
            lines = []
    if lines:
        paragraphs.append(fold(" ".join(lines)))
    return paragraphs


def check_sources(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def _check_spans(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)

"""``flask anchor``: compute every evidence's W3C selectors from the source texts, into the data.

The data files are read as plain JSON (the records may not have selectors yet, which
their schemas require) and rewritten as curators keep them: two-space indent, UTF-8,
one newline at the end, and ``selectors`` right after ``exact``. Nothing is written
unless every span anchors once in its source; a file whose selectors are already right
is left untouched, so that running the command twice changes nothing.
"""

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from api.dataset.anchoring import anchor, paragraph_spans, quote_anchors, selectors
from api.dataset.fidelity import read_source, source_files
from api.dataset.records import DataError, Violations
from api.spec.collections import RECORD_COLLECTIONS
from schemas.common import QUOTE_CONTEXT

#: The collections whose records carry an evidence object.
EVIDENCED = ("actors", "statements", "aid_figures")


@dataclass(frozen=True)
class Anchored:
    """What ``anchor_data`` did: how many spans it anchored, and the files it rewrote."""

    spans: int
    written: list[str]


def anchor_data(data_dir: Path, sources_dir: Path) -> Anchored:
    """Write the selectors of every evidence span of ``data_dir``; raise DataError if any fails.

    Each span is looked for, whitespace-folded, in its cited paragraph of the source file
    whose sha256 is its article's ``text_sha256``; its first occurrence there is selected.
    """
    violations = Violations()
    files = {name: _read(data_dir, name, violations) for name in RECORD_COLLECTIONS}
    texts = _texts(files["articles"], sources_dir, violations)
    spans = 0
    for collection in EVIDENCED:
        for index, record in enumerate(files[collection] or []):
            spans += _anchor_record(collection, index, record, texts, violations)
    if violations:
        raise DataError(violations.messages())
    written = []
    for name in EVIDENCED:
        path = data_dir / f"{name}.json"
        content = json.dumps(files[name], indent=2, ensure_ascii=False) + "\n"
        if path.read_text(encoding="utf-8") != content:
            _replace(path, content)
            written.append(path.name)
    return Anchored(spans, written)


def _read(data_dir: Path, collection: str, violations: Violations) -> list[Any] | None:
    path = data_dir / f"{collection}.json"
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        violations.add_file(collection, f"cannot be read as JSON ({error})")
        return None
    if not isinstance(records, list):
        violations.add_file(collection, "not a JSON array of records")
        return None
    return records


def _texts(articles: list[Any] | None, sources_dir: Path, violations: Violations) -> dict[str, str]:
    """Return the source text of each article, by article id."""
    sources = source_files(sources_dir)
    texts: dict[str, str] = {}
    for index, article in enumerate(articles or []):
        if not isinstance(article, dict):
            continue
        key = str(article.get("id", f"[{index}]"))
        source = sources.get(article.get("text_sha256"))  # type: ignore[arg-type]
        if source is None:
            violations.add(
                "articles", index, key, "text_sha256", f"no file in {sources_dir} has it"
            )
            continue
        try:
            texts[key] = read_source(source)
        except ValueError as error:
            violations.add("articles", index, key, "text_sha256", str(error))
    return texts


def _anchor_record(
    collection: str, index: int, record: Any, texts: dict[str, str], violations: Violations
) -> int:
    """Put the selectors in one record's evidence; return 1 if anchored, 0 if not."""
    if not isinstance(record, dict) or not isinstance(record.get("evidence"), dict):
        violations.add(collection, index, f"[{index}]", "evidence", "not an evidence object")
        return 0
    key = str(record.get("id", f"[{index}]"))
    evidence = record["evidence"]
    text = texts.get(evidence.get("article"))
    if text is None:
        message = f"unknown article {evidence.get('article')!r}, or one without its source"
        violations.add(collection, index, key, "evidence.article", message)
        return 0
    paragraphs = paragraph_spans(text)
    number, exact = evidence.get("paragraph"), evidence.get("exact")
    if not isinstance(number, int) or not 1 <= number <= len(paragraphs):
        message = f"not a paragraph of {evidence['article']} (1..{len(paragraphs)})"
        violations.add(collection, index, key, "evidence.paragraph", message)
        return 0
    found = anchor(text, paragraphs[number - 1], exact) if isinstance(exact, str) else None
    if found is None:
        message = f"not found in paragraph {number} of {evidence['article']}"
        violations.add(collection, index, key, "evidence.exact", message)
        return 0
    selected = selectors(text, *found)
    occurrences = len(quote_anchors(text, selected[0]))
    if occurrences != 1:
        message = (
            f"with {QUOTE_CONTEXT} code points of context each side, occurs {occurrences} "
            "times in the text: lengthen it until it is unique"
        )
        violations.add(collection, index, key, "evidence.exact", message)
        return 0
    record["evidence"] = _with_selectors(evidence, selected)
    return 1


def _with_selectors(evidence: dict[str, Any], selected: list[dict[str, Any]]) -> dict[str, Any]:
    """Return the evidence with ``selectors`` right after ``exact``, replacing any before."""
    placed: dict[str, Any] = {}
    for field, value in evidence.items():
        if field != "selectors":
            placed[field] = value
        if field == "exact":
            placed["selectors"] = selected
    return placed


def _replace(path: Path, content: str) -> None:
    """Write ``content`` to ``path`` whole: through a temporary file renamed over it."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(content)
        os.chmod(temporary, path.stat().st_mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise

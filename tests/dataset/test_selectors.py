"""W3C selectors on every evidence: they re-anchor in the source, and a broken one is refused."""

import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from api.cli import anchor_command
from schemas.common import QUOTE_CONTEXT
from tests.support import EDGE, EDGE_SOURCES, REAL_DATA, SOURCES, VALID, edit, violations

EVIDENCED = ("actors", "statements", "aid_figures")


def _evidence(data_dir: Path) -> list[tuple[str, dict[str, Any]]]:
    """Return (collection, record) for every record with an evidence, in file order."""
    return [
        (collection, record)
        for collection in EVIDENCED
        for record in json.loads((data_dir / f"{collection}.json").read_text(encoding="utf-8"))
    ]


def _texts(data_dir: Path, sources: Path) -> dict[str, str]:
    """Return each article's source text, by article id, found by the sha256 of the file."""
    by_sha = {hashlib.sha256(path.read_bytes()).hexdigest(): path for path in sources.iterdir()}
    articles = json.loads((data_dir / "articles.json").read_text(encoding="utf-8"))
    return {a["id"]: by_sha[a["text_sha256"]].read_text(encoding="utf-8") for a in articles}


def _paragraph_bounds(text: str, number: int) -> tuple[int, int]:
    """Return where paragraph ``number`` (blocks between blank lines) starts and ends."""
    lines, offset, blocks, current = text.splitlines(keepends=True), 0, [], None
    for line in lines:
        if line.strip():
            current = [offset, offset + len(line.rstrip("\r\n"))] if current is None else current
            current[1] = offset + len(line.rstrip("\r\n"))
        elif current is not None:
            blocks.append((current[0], current[1]))
            current = None
        offset += len(line)
    if current is not None:
        blocks.append((current[0], current[1]))
    return blocks[number - 1]


@pytest.mark.parametrize(
    ("data_dir", "sources", "count"),
    [(VALID, SOURCES, 11), (EDGE, EDGE_SOURCES, 24), (REAL_DATA, None, 96)],
    ids=["valid", "edge", "real"],
)
def test_every_selector_reanchors_in_its_source_text(
    data_dir: Path, sources: Path | None, count: int, request: pytest.FixtureRequest
) -> None:
    sources = sources or request.getfixturevalue("real_sources")
    texts = _texts(data_dir, sources)
    records = _evidence(data_dir)
    assert len(records) == count
    for _, record in records:
        evidence = record["evidence"]
        text = texts[evidence["article"]]
        quote, position = evidence["selectors"]
        assert (quote["type"], position["type"]) == ("TextQuoteSelector", "TextPositionSelector")
        start, end = position["start"], position["end"]
        assert text[start:end] == quote["exact"]
        assert " ".join(quote["exact"].split()) == evidence["exact"]
        assert quote["prefix"] == text[max(0, start - QUOTE_CONTEXT) : start]
        assert quote["suffix"] == text[end : end + QUOTE_CONTEXT]
        assert text.count(quote["prefix"] + quote["exact"] + quote["suffix"]) == 1
        first, last = _paragraph_bounds(text, evidence["paragraph"])
        assert first <= start < end <= last


def test_the_real_source_has_no_astral_characters(real_sources: Path) -> None:
    """What docs/api.md tells JavaScript clients: code points and UTF-16 units coincide here."""
    for text in _texts(REAL_DATA, real_sources).values():
        assert max(map(ord, text)) < 0x10000


def test_the_edge_source_has_astral_characters_counted_as_one_code_point() -> None:
    text = _texts(EDGE, EDGE_SOURCES)["edge-2022-03-16-sums"]
    astral = [character for character in text if ord(character) > 0xFFFF]
    assert astral
    spans = [record["evidence"]["selectors"] for _, record in _evidence(EDGE)]
    assert any(any(ord(c) > 0xFFFF for c in quote["exact"]) for quote, _ in spans)


# A broken selector, against the source (rule 6): one test per way it fails to re-anchor.


def _set_selectors(data_dir: Path, record_id: str, change: Any) -> None:
    def apply(records: list[Any]) -> None:
        record = next(record for record in records if record["id"] == record_id)
        change(*record["evidence"]["selectors"])

    edit(data_dir, "statements", apply)


def test_a_position_elsewhere_than_the_quote_is_refused(data_dir: Path) -> None:
    def shift(quote: dict[str, Any], position: dict[str, Any]) -> None:
        position["start"] += 1
        position["end"] += 1

    _set_selectors(data_dir, "mohr-no-deals", shift)
    assert violations(data_dir, SOURCES) == [
        "statements.json: mohr-no-deals: evidence.selectors.1.start: 275, but the quote "
        "anchors at 274"
    ]


def test_a_prefix_not_before_the_span_is_refused(data_dir: Path) -> None:
    _set_selectors(data_dir, "mohr-no-deals", lambda quote, _: quote.update(prefix="struck. "))
    assert violations(data_dir, SOURCES) == [
        "statements.json: mohr-no-deals: evidence.selectors.0.prefix: not the text before "
        "274, 'sperson '"
    ]


def test_a_suffix_not_after_the_span_is_refused(data_dir: Path) -> None:
    _set_selectors(data_dir, "mohr-no-deals", lambda quote, _: quote.update(suffix=" Vale"))
    assert violations(data_dir, SOURCES) == [
        "statements.json: mohr-no-deals: evidence.selectors.0.suffix: not the text after "
        "346, '\\n  • '"
    ]


def test_a_quote_not_at_its_position_is_refused(data_dir: Path) -> None:
    def misquote(quote: dict[str, Any], _: dict[str, Any]) -> None:
        quote["exact"] = quote["exact"].replace("Karl", "Carl")

    _set_selectors(data_dir, "mohr-no-deals", misquote)
    assert violations(data_dir, SOURCES) == [
        "statements.json: mohr-no-deals: evidence.selectors.0.exact: not the text at "
        "274..346, 'Karl\\xa0Mohr said that \"in the current situation,\\xa0no deals can be "
        "reached.\"'"
    ]


def test_a_position_beyond_the_text_is_refused(data_dir: Path) -> None:
    def beyond(_: dict[str, Any], position: dict[str, Any]) -> None:
        position["start"] += 1000
        position["end"] += 1000

    _set_selectors(data_dir, "mohr-no-deals", beyond)
    assert violations(data_dir, SOURCES) == [
        "statements.json: mohr-no-deals: evidence.selectors.1.end: 1346 is beyond the end of "
        "the text (531 code points)"
    ]


def test_a_quote_that_occurs_twice_is_refused(data_dir: Path) -> None:
    """ "said" with no context occurs several times: a client could not tell which."""

    def ambiguous(quote: dict[str, Any], position: dict[str, Any]) -> None:
        quote.update(exact="said", prefix="", suffix="")
        position.update(start=284, end=288)

    _set_selectors(data_dir, "mohr-no-deals", ambiguous)
    assert violations(data_dir, SOURCES) == [
        "statements.json: mohr-no-deals: evidence.selectors.0: prefix, exact and suffix occur "
        "3 times in the text, not once"
    ]


def test_selectors_outside_the_cited_paragraph_are_refused(data_dir: Path) -> None:
    """The selectors of another paragraph's span re-anchor, but not where the record cites."""

    def elsewhere(records: list[Any]) -> None:
        by_id = {record["id"]: record for record in records}
        by_id["mohr-no-deals"]["evidence"]["selectors"] = by_id["vale-aid"]["evidence"]["selectors"]

    edit(data_dir, "statements", elsewhere)
    assert violations(data_dir, SOURCES) == [
        "statements.json: mohr-no-deals: evidence.selectors.1: 413..449 is outside paragraph 3 "
        "(203..398)"
    ]


def test_selectors_of_another_span_of_the_paragraph_are_refused(data_dir: Path) -> None:
    def other_span(records: list[Any]) -> None:
        by_id = {record["id"]: record for record in records}
        by_id["vale-brandt-promise"]["evidence"]["selectors"] = by_id["brandt-no-escalation"][
            "evidence"
        ]["selectors"]

    edit(data_dir, "statements", other_span)
    assert violations(data_dir, SOURCES) == [
        "statements.json: vale-brandt-promise: evidence.selectors.0.exact: is not "
        "evidence.exact, whitespace folded"
    ]


# A malformed selector, without the source (rule 1): the schema refuses it.


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda selectors: selectors.reverse(),
            "evidence.selectors: Expected a TextQuoteSelector, then a TextPositionSelector, "
            "in that order.",
        ),
        (
            lambda selectors: selectors.pop(),
            "evidence.selectors: Expected 2 selectors, a TextQuoteSelector and a "
            "TextPositionSelector.",
        ),
        (
            lambda selectors: selectors[1].update(end=selectors[1]["end"] + 1),
            "evidence.selectors.1.end: end - start is 73, but the TextQuoteSelector's exact has "
            "72 code points.",
        ),
        (
            lambda selectors: selectors[1].update(end=selectors[1]["start"]),
            "evidence.selectors.1.end: Must be greater than start.",
        ),
        (
            lambda selectors: selectors[0].update(type="TextSelector"),
            "evidence.selectors.0.type: 'TextSelector' is not one of: TextQuoteSelector.",
        ),
        (
            lambda selectors: selectors[0].update(prefix="x" * (QUOTE_CONTEXT + 1)),
            "evidence.selectors.0.prefix: Longer than maximum length 32.",
        ),
        (
            lambda selectors: selectors[1].update(start=-1),
            "evidence.selectors.1.start: Must be greater than or equal to 0.",
        ),
    ],
    ids=["order", "count", "length", "empty", "type", "prefix", "negative"],
)
def test_a_malformed_selector_is_refused_by_the_schema(
    data_dir: Path, change: Any, expected: str
) -> None:
    def apply(records: list[Any]) -> None:
        change(next(r for r in records if r["id"] == "mohr-no-deals")["evidence"]["selectors"])

    edit(data_dir, "statements", apply)
    assert violations(data_dir) == [f"statements.json: mohr-no-deals: {expected}"]


def test_evidence_without_selectors_is_refused(data_dir: Path) -> None:
    def drop(records: list[Any]) -> None:
        del records[0]["evidence"]["selectors"]

    edit(data_dir, "statements", drop)
    assert violations(data_dir) == [
        "statements.json: vale-brandt-promise: evidence.selectors: Missing data for required field."
    ]


# flask anchor: computes the selectors into the data files.


def _without_selectors(data_dir: Path) -> None:
    _without_selectors_of(data_dir, EVIDENCED)


def _without_selectors_of(data_dir: Path, collections: tuple[str, ...]) -> None:
    for collection in collections:

        def strip(records: list[Any]) -> None:
            for record in records:
                del record["evidence"]["selectors"]

        edit(data_dir, collection, strip)


@pytest.mark.parametrize(
    ("fixture", "sources"), [(VALID, SOURCES), (EDGE, EDGE_SOURCES)], ids=["valid", "edge"]
)
def test_anchor_writes_the_committed_selectors_byte_for_byte(
    tmp_path: Path, fixture: Path, sources: Path
) -> None:
    data_dir = Path(shutil.copytree(fixture, tmp_path / "data"))
    _without_selectors(data_dir)
    result = CliRunner().invoke(
        anchor_command, ["--data", str(data_dir), "--sources", str(sources)]
    )
    assert result.exit_code == 0, result.output
    count = len(_evidence(fixture))
    assert result.output.startswith(
        f"anchored {count} evidence spans (actors.json, statements.json, aid_figures.json)\nok: "
    )
    for path in fixture.glob("*.json"):
        assert (data_dir / path.name).read_bytes() == path.read_bytes(), path.name


def test_anchor_twice_changes_nothing(data_dir: Path) -> None:
    before = {path.name: path.stat().st_mtime_ns for path in data_dir.iterdir()}
    result = CliRunner().invoke(
        anchor_command, ["--data", str(data_dir), "--sources", str(SOURCES)]
    )
    assert result.exit_code == 0
    assert result.output.splitlines()[0] == "anchored 11 evidence spans (no file changed)"
    assert {path.name: path.stat().st_mtime_ns for path in data_dir.iterdir()} == before


def test_anchor_refuses_a_span_not_in_its_paragraph_and_writes_nothing(data_dir: Path) -> None:
    _without_selectors(data_dir)

    def misplace(records: list[Any]) -> None:
        records[2]["evidence"]["paragraph"] = 2

    edit(data_dir, "statements", misplace)
    before = {path.name: path.read_bytes() for path in data_dir.iterdir()}
    result = CliRunner().invoke(
        anchor_command, ["--data", str(data_dir), "--sources", str(SOURCES)]
    )
    assert result.exit_code == 1
    assert result.output == (
        "statements.json: mohr-no-deals: evidence.exact: not found in paragraph 2 of "
        "example-2022-01-04-talks\n"
    )
    assert {path.name: path.read_bytes() for path in data_dir.iterdir()} == before


def test_anchor_refuses_a_span_whose_context_is_not_unique(data_dir: Path) -> None:
    """Two paragraphs alike (the real article repeats its lead, paragraphs 2 and 5)."""
    source_dir = data_dir.parent / "sources"
    source_dir.mkdir()
    text = (SOURCES / "example-2022-01-04-talks.txt").read_text(encoding="utf-8")
    paragraph_3 = text[text.index("The Freedonian") : text.index("border.") + len("border.")]
    repeated = text.replace("\n\nWith files", f"\n\n{paragraph_3}\n\nWith files")
    (source_dir / "talks.txt").write_text(repeated, encoding="utf-8")
    sha = hashlib.sha256(repeated.encode("utf-8")).hexdigest()

    def retarget(records: list[Any]) -> None:
        records[0].update(paragraphs=6, text_sha256=sha)

    edit(data_dir, "articles", retarget)
    _without_selectors(data_dir)
    result = CliRunner().invoke(
        anchor_command, ["--data", str(data_dir), "--sources", str(source_dir)]
    )
    assert result.exit_code == 1
    assert result.output == (
        "actors.json: karl-mohr: evidence.exact: with 32 code points of context each side, "
        "occurs 2 times in the text: lengthen it until it is unique\n"
        "statements.json: mohr-no-deals: evidence.exact: with 32 code points of context each side, "
        "occurs 2 times in the text: lengthen it until it is unique\n"
    )


def test_anchor_refuses_a_file_that_is_not_json_and_writes_nothing(data_dir: Path) -> None:
    broken = '[\n  {"id": "x",\n  }\n]\n'
    (data_dir / "actors.json").write_text(broken, encoding="utf-8")
    _without_selectors_of(data_dir, ("statements", "aid_figures"))
    before = {path.name: path.read_bytes() for path in data_dir.iterdir()}
    with pytest.raises(json.JSONDecodeError) as excinfo:
        json.loads(broken)
    result = CliRunner().invoke(
        anchor_command, ["--data", str(data_dir), "--sources", str(SOURCES)]
    )
    assert result.exit_code == 1
    assert result.output == f"actors.json: cannot be read as JSON ({excinfo.value})\n"
    assert {path.name: path.read_bytes() for path in data_dir.iterdir()} == before


def test_anchor_renames_each_file_from_a_temporary_one_beside_it(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Written in the data directory, the temporary file is renamed on the same filesystem."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(elsewhere))
    renamed: list[tuple[Path, Path]] = []
    replace = os.replace

    def spy(source: str, target: Path) -> None:
        renamed.append((Path(source), Path(target)))
        replace(source, target)

    monkeypatch.setattr(os, "replace", spy)
    _without_selectors(data_dir)
    result = CliRunner().invoke(
        anchor_command, ["--data", str(data_dir), "--sources", str(SOURCES)]
    )
    assert result.exit_code == 0, result.output
    assert [target.name for _, target in renamed] == [f"{name}.json" for name in EVIDENCED]
    for source, target in renamed:
        assert source.parent == data_dir
        assert source.name.startswith(f".{target.name}.")
        assert source.name.endswith(".tmp")
    assert sorted(path.name for path in data_dir.iterdir()) == sorted(
        path.name for path in VALID.iterdir()
    )

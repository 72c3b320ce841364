"""The loader's rules 1-6 of the data model, one broken fixture each, and the real dataset."""

import hashlib
from pathlib import Path
from typing import Any

import pytest

from api.dataset.check import load_checked
from api.dataset.fidelity import fold
from api.dataset.records import DataError, Dataset, Violations
from tests.support import REAL_DATA, SOURCES, VALID, edit, split_paragraphs, update, violations

ARTICLE = "example-2022-01-04-talks"
FILES = ("articles.json", "actors.json", "statements.json", "aid_figures.json")
REAL_ARTICLE = "cbc-2022-02-08-macron-kyiv"


# The valid fixture: what a loaded dataset holds.


def test_valid_fixture_loads_with_and_without_sources() -> None:
    assert load_checked(VALID).counts() == {
        "articles": 1,
        "actors": 6,
        "statements": 4,
        "aid_figures": 1,
    }
    assert load_checked(VALID, SOURCES).counts() == load_checked(VALID).counts()


def test_records_are_keyed_by_id_in_id_order_with_bare_references() -> None:
    records = load_checked(VALID).records
    assert list(records["statements"]) == [
        "brandt-no-escalation",
        "mohr-no-deals",
        "vale-aid",
        "vale-brandt-promise",
    ]
    assert list(records["articles"]) == [ARTICLE]
    assert records["statements"]["brandt-no-escalation"]["reported_by"] == "vale-brandt-promise"
    assert records["actors"]["karl-mohr"]["roles"] == [
        {"title": "Spokesperson", "organization": "freedonian-government", "former": False}
    ]
    assert records["actors"]["anna-vale"]["classification"] is None


def test_version_is_the_sha256_of_the_four_files_in_order(data_dir: Path) -> None:
    digest = hashlib.sha256(b"".join((VALID / name).read_bytes() for name in FILES))
    assert load_checked(VALID).version == digest.hexdigest()[:16]
    assert load_checked(data_dir).version == load_checked(VALID).version
    update(data_dir, "actors", "karl-mohr", description="Freedonia's spokesperson.")
    assert load_checked(data_dir).version != load_checked(VALID).version


# Paragraphs and whitespace folding (sources/README.md).


def test_paragraphs_are_blocks_between_blank_or_whitespace_only_lines() -> None:
    text = (SOURCES / f"{ARTICLE}.txt").read_text(encoding="utf-8")
    paragraphs = split_paragraphs(text)
    assert len(paragraphs) == 5
    assert paragraphs[0] == "Ruritania and Freedonia agree to keep talking"
    # Paragraph 3 spans two lines, holds non-breaking spaces and ends before a line of spaces.
    assert paragraphs[2] == (
        "The Freedonian government denied that a deal was struck. Spokesperson Karl Mohr said "
        'that "in the current situation, no deals can be reached." \u2022 Ruritania has sent '
        "100 observers to the border."
    )
    assert paragraphs[4] == "With files from The Example Press"


def test_fold_turns_every_whitespace_run_into_one_space() -> None:
    assert fold("  a\u00a0 b\n\t c \u00a0") == "a b c"


# Rule 1: every file parses and every record loads through its schema.


def test_json_syntax_error_names_file_line_and_column(data_dir: Path) -> None:
    (data_dir / "actors.json").write_text('[\n  {"id": "x",\n  }\n]\n', encoding="utf-8")
    assert violations(data_dir) == [
        "actors.json: invalid JSON at line 2, column 13: trailing comma is not allowed"
    ]


def test_file_that_is_not_an_array_is_rejected(data_dir: Path) -> None:
    (data_dir / "aid_figures.json").write_text('{"id": "x"}\n', encoding="utf-8")
    assert violations(data_dir) == [
        "aid_figures.json: expected a JSON array of records, got an object"
    ]


def test_missing_file_is_rejected(data_dir: Path) -> None:
    (data_dir / "aid_figures.json").unlink()
    assert violations(data_dir) == ["aid_figures.json: cannot read: No such file or directory"]


def test_record_that_is_not_an_object_is_rejected(data_dir: Path) -> None:
    edit(data_dir, "aid_figures", lambda records: records.append("ruritania-aid"))
    assert violations(data_dir) == ["aid_figures.json: [1]: expected a JSON object"]


def test_value_outside_its_vocabulary_is_rejected(data_dir: Path) -> None:
    update(data_dir, "statements", "mohr-no-deals", speech_type="quoted")
    assert violations(data_dir) == [
        "statements.json: mohr-no-deals: speech_type: "
        "'quoted' is not one of: direct, indirect, mixed."
    ]


def test_schema_errors_name_nested_fields_by_dotted_path(data_dir: Path) -> None:
    update(
        data_dir,
        "actors",
        "karl-mohr",
        roles=[{"title": "Spokesperson", "organization": "Freedonian Government"}],
        evidence_section="footer",
        links={},
    )
    assert violations(data_dir) == [
        "actors.json: karl-mohr: roles.0.organization: "
        "Not a valid reference: expected a record id.",
        "actors.json: karl-mohr: evidence.section: "
        "'footer' is not one of: headline, body, caption, video, teaser.",
        "actors.json: karl-mohr: links: Unknown field.",
    ]


# Rule 2: ids are unique per collection and are slugs.


def test_an_error_about_a_whole_nested_object_names_the_object(data_dir: Path) -> None:
    update(data_dir, "statements", "vale-aid", evidence="paragraph 4")
    assert violations(data_dir) == ["statements.json: vale-aid: evidence: Invalid input type."]


def test_id_that_is_not_a_slug_is_rejected_by_index(data_dir: Path) -> None:
    update(data_dir, "statements", "mohr-no-deals", id="Mohr_No_Deals")
    assert violations(data_dir) == ["statements.json: [2]: id: Not a valid slug."]


def test_duplicate_id_is_rejected(data_dir: Path) -> None:
    edit(data_dir, "actors", lambda records: records.append(dict(records[1])))
    assert violations(data_dir) == [
        "actors.json: freedonia: id: duplicate id (records [1] and [6])"
    ]


# Rule 3: every reference resolves to a record of the right collection.


def test_dangling_actor_reference_is_rejected(data_dir: Path) -> None:
    update(data_dir, "statements", "mohr-no-deals", speaker="carl-mohr")
    assert violations(data_dir) == [
        "statements.json: mohr-no-deals: speaker: unknown actor 'carl-mohr'"
    ]


def test_dangling_actor_references_in_lists_and_roles_name_the_item(data_dir: Path) -> None:
    update(data_dir, "statements", "vale-aid", mentions=["ruritania", "freedonie"])
    update(data_dir, "actors", "anna-vale", roles=[{"title": "President", "organization": "rur"}])
    update(data_dir, "actors", "freedonian-government", part_of="freedonie")
    assert violations(data_dir) == [
        "actors.json: anna-vale: roles.0.organization: unknown actor 'rur'",
        "actors.json: freedonian-government: part_of: unknown actor 'freedonie'",
        "statements.json: vale-aid: mentions.1: unknown actor 'freedonie'",
    ]


def test_reference_to_a_record_of_another_collection_is_rejected(data_dir: Path) -> None:
    update(data_dir, "statements", "mohr-no-deals", addressees=["vale-aid"])
    assert violations(data_dir) == [
        "statements.json: mohr-no-deals: addressees.0: unknown actor 'vale-aid'"
    ]


def test_dangling_statement_reference_is_rejected(data_dir: Path) -> None:
    update(data_dir, "aid_figures", "ruritania-aid-2022-01", reported_by="vale-aids")
    assert violations(data_dir) == [
        "aid_figures.json: ruritania-aid-2022-01: reported_by: unknown statement 'vale-aids'"
    ]


def test_dangling_article_reference_is_rejected(data_dir: Path) -> None:
    update(data_dir, "actors", "ruritania", evidence_article="example-2022-01-05")
    assert violations(data_dir) == [
        "actors.json: ruritania: evidence.article: unknown article 'example-2022-01-05'"
    ]


def test_reference_to_a_record_that_fails_its_schema_is_not_also_dangling(data_dir: Path) -> None:
    update(data_dir, "actors", "ruritania", kind="country")
    assert violations(data_dir) == [
        "actors.json: ruritania: kind: 'country' is not one of: person, state, organization."
    ]


# Rule 4: reported_by and part_of chains have no cycles; nesting stays in one article.


def test_reported_by_cycle_is_rejected_once(data_dir: Path) -> None:
    update(data_dir, "statements", "vale-brandt-promise", reported_by="brandt-no-escalation")
    assert violations(data_dir) == [
        "statements.json: brandt-no-escalation: reported_by: "
        "cycle brandt-no-escalation -> vale-brandt-promise -> brandt-no-escalation"
    ]


def test_statement_reporting_itself_is_a_cycle(data_dir: Path) -> None:
    update(data_dir, "statements", "mohr-no-deals", reported_by="mohr-no-deals")
    assert violations(data_dir) == [
        "statements.json: mohr-no-deals: reported_by: cycle mohr-no-deals -> mohr-no-deals"
    ]


def test_part_of_cycle_is_rejected(data_dir: Path) -> None:
    update(data_dir, "actors", "freedonia", part_of="freedonian-government")
    assert violations(data_dir) == [
        "actors.json: freedonia: part_of: cycle freedonia -> freedonian-government -> freedonia"
    ]


def test_nested_statement_in_another_article_is_rejected(data_dir: Path) -> None:
    other = "example-2022-01-05-follow-up"
    edit(data_dir, "articles", lambda records: records.append({**records[0], "id": other}))
    update(data_dir, "statements", "brandt-no-escalation", evidence_article=other)
    assert violations(data_dir) == [
        f"statements.json: brandt-no-escalation: evidence.article: '{other}' is not the article "
        f"of reporting statement 'vale-brandt-promise' ('{ARTICLE}')"
    ]


def test_aid_figure_reported_by_a_statement_of_another_article_is_rejected(
    data_dir: Path,
) -> None:
    other = "example-2022-01-05-follow-up"
    edit(data_dir, "articles", lambda records: records.append({**records[0], "id": other}))
    update(data_dir, "aid_figures", "ruritania-aid-2022-01", evidence_article=other)
    assert violations(data_dir) == [
        f"aid_figures.json: ruritania-aid-2022-01: evidence.article: '{other}' is not the "
        f"article of reporting statement 'vale-aid' ('{ARTICLE}')"
    ]


@pytest.mark.parametrize("said_on", ["2022-02-30", "2023-02-29", "2022-13", "2022-04-31"])
def test_a_date_off_the_calendar_is_rejected(data_dir: Path, said_on: str) -> None:
    update(data_dir, "statements", "vale-aid", said_on=said_on)
    assert violations(data_dir) == ["statements.json: vale-aid: said_on: Not a calendar date."]


# Rule 5: evidence paragraphs exist; exact spans are short and not empty.


def test_paragraph_beyond_the_article_is_rejected(data_dir: Path) -> None:
    update(data_dir, "aid_figures", "ruritania-aid-2022-01", evidence_paragraph=6)
    assert violations(data_dir) == [
        "aid_figures.json: ruritania-aid-2022-01: evidence.paragraph: "
        f"6 is beyond the 5 paragraphs of {ARTICLE}"
    ]


def test_the_last_paragraph_of_the_article_is_a_paragraph(data_dir: Path) -> None:
    update(data_dir, "aid_figures", "ruritania-aid-2022-01", evidence_paragraph=5)
    figure = load_checked(data_dir).records["aid_figures"]["ruritania-aid-2022-01"]
    assert figure["evidence"]["paragraph"] == 5


def test_exact_longer_than_300_characters_is_rejected(data_dir: Path) -> None:
    update(data_dir, "actors", "otto-brandt", evidence_exact="x" * 301)
    assert violations(data_dir) == [
        "actors.json: otto-brandt: evidence.exact: Length must be between 1 and 300."
    ]


def test_empty_exact_is_rejected(data_dir: Path) -> None:
    update(data_dir, "actors", "otto-brandt", evidence_exact="")
    assert violations(data_dir) == [
        "actors.json: otto-brandt: evidence.exact: Length must be between 1 and 300."
    ]


# Rule 6: with the sources, spans occur verbatim (whitespace folded) in their paragraph.


def test_spans_are_not_checked_without_sources(data_dir: Path) -> None:
    update(data_dir, "actors", "otto-brandt", evidence_exact="Chancellor Otto Brandt")
    assert load_checked(data_dir).counts()["actors"] == 6


def test_exact_not_in_its_paragraph_is_rejected(data_dir: Path) -> None:
    update(data_dir, "aid_figures", "ruritania-aid-2022-01", evidence_paragraph=3)
    assert violations(data_dir, SOURCES) == [
        "aid_figures.json: ruritania-aid-2022-01: evidence.exact: "
        f"not found in paragraph 3 of {ARTICLE}"
    ]


def test_quotation_marks_are_compared_verbatim(data_dir: Path) -> None:
    update(
        data_dir,
        "statements",
        "brandt-no-escalation",
        evidence_exact='"there will be no escalation."',
    )
    assert violations(data_dir, SOURCES) == [
        "statements.json: brandt-no-escalation: evidence.exact: "
        f"not found in paragraph 2 of {ARTICLE}"
    ]


def test_statement_text_not_in_its_paragraph_is_rejected(data_dir: Path) -> None:
    update(data_dir, "statements", "mohr-no-deals", text="no deal can be reached.")
    assert violations(data_dir, SOURCES) == [
        f"statements.json: mohr-no-deals: text: not found in paragraph 3 of {ARTICLE}"
    ]


def test_span_with_unfolded_whitespace_is_rejected(data_dir: Path) -> None:
    update(data_dir, "statements", "mohr-no-deals", text="in the current situation,\u00a0no deals")
    assert violations(data_dir, SOURCES) == [
        "statements.json: mohr-no-deals: text: "
        "whitespace not folded: write each run as one space, none at the ends"
    ]


def test_article_whose_sha256_matches_no_source_file_is_rejected(data_dir: Path) -> None:
    update(data_dir, "articles", ARTICLE, text_sha256="0" * 64)
    update(data_dir, "actors", "otto-brandt", evidence_exact="Chancellor Otto Brandt")
    # Without its source the article's spans cannot be checked, so only the sha256 is reported.
    assert violations(data_dir, SOURCES) == [
        f"articles.json: {ARTICLE}: text_sha256: no file in sources has this sha256"
    ]


def test_paragraph_count_that_differs_from_the_source_is_rejected(data_dir: Path) -> None:
    update(data_dir, "articles", ARTICLE, paragraphs=6)
    assert violations(data_dir, SOURCES) == [
        f"articles.json: {ARTICLE}: paragraphs: 6, but {ARTICLE}.txt has 5 paragraphs"
    ]


def test_source_file_that_is_not_utf8_is_rejected(data_dir: Path) -> None:
    sources = data_dir.parent / "sources"
    sources.mkdir()
    content = b"Ruritania \xff Freedonia\n"
    (sources / "latin.txt").write_bytes(content)
    update(data_dir, "articles", ARTICLE, text_sha256=hashlib.sha256(content).hexdigest())
    assert violations(data_dir, sources) == [
        f"articles.json: {ARTICLE}: text_sha256: "
        "latin.txt is not UTF-8 text (invalid start byte at byte 10)"
    ]


def test_articles_after_one_without_its_source_are_still_checked(data_dir: Path) -> None:
    def add_second(records: list[Any]) -> None:
        records[0]["text_sha256"] = "0" * 64
        records.append({**records[0], "id": "example-2022-01-05-copy", "paragraphs": 6})
        records[1]["text_sha256"] = hashlib.sha256(
            (SOURCES / f"{ARTICLE}.txt").read_bytes()
        ).hexdigest()

    edit(data_dir, "articles", add_second)
    assert violations(data_dir, SOURCES) == [
        f"articles.json: {ARTICLE}: text_sha256: no file in sources has this sha256",
        f"articles.json: example-2022-01-05-copy: paragraphs: 6, but {ARTICLE}.txt "
        "has 5 paragraphs",
    ]


# All problems at once.


def test_every_problem_is_reported_in_file_then_record_order(data_dir: Path) -> None:
    update(data_dir, "aid_figures", "ruritania-aid-2022-01", donor="ruritanie")
    update(data_dir, "statements", "vale-aid", text="Ruritania gave 5 million euros.")
    update(data_dir, "statements", "vale-brandt-promise", speech_type="quoted")
    update(data_dir, "statements", "brandt-no-escalation", evidence_paragraph=9)
    edit(data_dir, "actors", lambda records: records.append(dict(records[0])))
    update(data_dir, "articles", ARTICLE, paragraphs=6)
    assert violations(data_dir, SOURCES) == [
        f"articles.json: {ARTICLE}: paragraphs: 6, but {ARTICLE}.txt has 5 paragraphs",
        "actors.json: anna-vale: id: duplicate id (records [0] and [6])",
        "statements.json: vale-brandt-promise: speech_type: "
        "'quoted' is not one of: direct, indirect, mixed.",
        "statements.json: brandt-no-escalation: evidence.paragraph: "
        f"9 is beyond the 6 paragraphs of {ARTICLE}",
        f"statements.json: vale-aid: text: not found in paragraph 4 of {ARTICLE}",
        "aid_figures.json: ruritania-aid-2022-01: donor: unknown actor 'ruritanie'",
    ]


def test_a_problem_with_a_whole_file_comes_before_those_of_its_records() -> None:
    found = Violations()
    found.add("statements", 0, "vale-aid", "text", "too long")
    found.add_file("statements", "cannot read: No such file or directory")
    found.add_file("actors", "expected a JSON array of records, got an object")
    assert found.messages() == [
        "actors.json: expected a JSON array of records, got an object",
        "statements.json: cannot read: No such file or directory",
        "statements.json: vale-aid: text: too long",
    ]


def test_a_data_error_says_how_many_problems_and_each_on_its_line(data_dir: Path) -> None:
    update(data_dir, "statements", "vale-aid", speech_type="sung")
    update(data_dir, "aid_figures", "ruritania-aid-2022-01", donor="ruritanie")
    with pytest.raises(DataError) as excinfo:
        load_checked(data_dir)
    assert str(excinfo.value) == (
        "2 violation(s) in the dataset:\n"
        "statements.json: vale-aid: speech_type: 'sung' is not one of: direct, indirect, mixed.\n"
        "aid_figures.json: ruritania-aid-2022-01: donor: unknown actor 'ruritanie'"
    )


# The real dataset in data/.


def test_real_dataset_loads_clean(real_dataset: Dataset) -> None:
    assert real_dataset.counts() == {
        "articles": 1,
        "actors": 30,
        "statements": 64,
        "aid_figures": 2,
    }
    assert real_dataset.records["articles"][REAL_ARTICLE]["paragraphs"] == 55
    assert real_dataset.records["aid_figures"]["france-aid-2022-02"]["amount"] == {
        "value": 1200000000,
        "currency": "EUR",
        "qualifier": "as_stated",
    }


def test_real_dataset_matches_its_source(real_sources: Path) -> None:
    assert load_checked(REAL_DATA, real_sources).counts() == load_checked(REAL_DATA).counts()


def test_real_source_paragraph_18_runs_from_a_video_blurb_into_the_bullets(
    real_sources: Path,
) -> None:
    paragraphs = split_paragraphs((real_sources / f"{REAL_ARTICLE}.txt").read_text("utf-8"))
    assert len(paragraphs) == 55
    assert paragraphs[17].startswith("9 months ago Duration 2:01 The CBC's Briar Stewart")
    assert (
        "\u2022 Moscow has massed more than 100,000 troops near Ukraine's borders"
        in (paragraphs[17])
    )
    assert paragraphs[46] == "With files from The Canadian Press"


def test_a_data_file_that_is_not_utf8_is_named_with_the_byte(data_dir: Path) -> None:
    path = data_dir / "actors.json"
    path.write_bytes(path.read_bytes().replace(b"Freedonia", b"Freedon\xe9a", 1))
    [message] = violations(data_dir)
    assert message.startswith("actors.json: not UTF-8 text (invalid continuation byte at byte ")


@pytest.mark.parametrize("character", ["\x00", "\x1f", "\x07"])
def test_a_control_character_in_a_data_string_is_refused_where_it_is(
    data_dir: Path, character: str
) -> None:
    update(data_dir, "statements", "mohr-no-deals", text=f"no{character}deals")
    expected = f"U+{ord(character):04X}"
    assert (
        f"statements.json: mohr-no-deals: text: holds the control character {expected}"
        in violations(data_dir)
    )


def test_a_tab_or_a_line_break_in_a_data_string_is_no_control_to_refuse(data_dir: Path) -> None:
    update(data_dir, "actors", "freedonia", description="A state\tof\nthe example.")
    load_checked(data_dir)


def test_a_line_break_in_a_searched_text_is_refused(data_dir: Path) -> None:
    """A searched list's column joins its values with line breaks: none may hold one."""
    update(data_dir, "actors", "freedonia", aliases=["Free\ndonia"])
    assert "actors.json: freedonia: aliases.0: holds a line break: a searched text is one line" in (
        violations(data_dir)
    )

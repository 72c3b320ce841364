"""docs/download.md documents every table and column of the download, as the file has them."""

import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from flask import Flask

from api.web.context import current
from tools.download_doc import BEGIN, END, PAGE, reference, written

#: A section of a table whose columns are described, and one row of its column table.
_SECTION = re.compile(r"^### `(\w+)`$")
_COLUMN = re.compile(r"^\| `(\w+)` \| [A-Z]")
#: A row of the table of the other tables: the table, then its columns.
_TABLE = re.compile(r"^\| `(\w+)` \| ((?:`\w+`(?:, )?)+) \|")


@pytest.fixture(scope="module")
def snapshot(dossier: Flask) -> Path:
    """Return the real dataset's snapshot file."""
    with dossier.app_context():
        return current().catalog.snapshot.path


def documented(page: str) -> dict[str, list[str]]:
    """Return the tables the page documents, each with its columns, in the page's order."""
    tables: dict[str, list[str]] = {}
    section = None
    for line in page.splitlines():
        if heading := _SECTION.match(line):
            section = heading.group(1)
            tables[section] = []
        elif (row := _TABLE.match(line)) is not None:
            tables[row.group(1)] = re.findall(r"`(\w+)`", row.group(2))
            section = None
        elif section is not None and (column := _COLUMN.match(line)):
            tables[section].append(column.group(1))
    return tables


def test_the_page_documents_every_table_and_column_of_the_file(snapshot: Path) -> None:
    page = PAGE.read_text(encoding="utf-8")
    with closing(sqlite3.connect(f"file:{snapshot}?mode=ro", uri=True)) as connection:
        names = connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        ).fetchall()
        tables = {
            name: [row[1] for row in connection.execute(f'PRAGMA table_info("{name}")')]
            for (name,) in names
        }
        keys = [key for (key,) in connection.execute("SELECT key FROM meta ORDER BY key")]
    found = documented(page)
    assert dict(sorted(found.items())) == tables
    assert len(tables) == 44
    assert found["statements"][:3] == ["rowid", "id", "speaker"]
    assert found["statements_fts"] == ["text", "attribution"]
    assert found["meta"] == ["key", "value"]
    for key in keys:
        assert f"| `{key}` |" in page
    # What the README's old table said, and the file does not have.
    assert not [name for name in found if name.endswith("_search")]
    assert found["filter_counts"] == ["collection", "filter", "value", "count"]


def test_the_page_holds_what_make_download_doc_writes(snapshot: Path) -> None:
    page = PAGE.read_text(encoding="utf-8")
    assert written(page, reference(snapshot)) == page, (
        "docs/download.md is out of date: run `make download-doc` and commit the result"
    )


def test_a_page_without_its_markers_is_refused() -> None:
    with pytest.raises(ValueError, match="lacks the markers"):
        written(f"# A page\n\n{BEGIN}\nno end\n", "tables")
    assert END not in "# A page"

"""Write the table reference of docs/download.md from a snapshot file: ``make download-doc``.

Every table and column is read from the file itself (``sqlite_master``, ``PRAGMA
table_info``, ``PRAGMA foreign_key_list``, the ``meta`` keys); what each holds is said by
``api.catalog.descriptions``, the words the Datasette metadata and the data package use.
The reference sits between two markers of the page; the rest of the page is written by
hand. ``tests/ecosystem/test_download_doc.py`` checks that the page holds what this
writes for the real dataset, and that its tables and columns are the file's.
"""

import sqlite3
import sys
from contextlib import closing
from pathlib import Path

from api.catalog import descriptions, snapshot_of
from api.dataset.records import DEFAULT_DATA_DIR
from api.dataset.snapshot import DEFAULT_SNAPSHOT_DIR

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "download.md"
BEGIN = "<!-- tables: written by `make download-doc` from the snapshot; do not edit -->"
END = "<!-- end of tables -->"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _tables(connection: sqlite3.Connection) -> list[str]:
    rows = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid"
    ).fetchall()
    return [name for (name,) in rows]


def _columns(connection: sqlite3.Connection, table: str) -> list[tuple[str, str, bool]]:
    """Return each column's name, declared type and whether it may be null."""
    info = connection.execute(f'PRAGMA table_info("{table}")').fetchall()
    return [(name, kind, not notnull and not key) for _, name, kind, notnull, _, key in info]


def _references(connection: sqlite3.Connection, table: str) -> dict[str, str]:
    keys = connection.execute(f'PRAGMA foreign_key_list("{table}")').fetchall()
    return {column: f"{parent}.{target}" for _, _, parent, column, target, *_ in keys}


def _detailed(connection: sqlite3.Connection, table: str, words: dict[str, str]) -> list[str]:
    """Return the section of a table whose every column is described."""
    lines = [
        f"### `{table}`",
        "",
        descriptions.table_words()[table],
        "",
        "| column | type | holds |",
        "| --- | --- | --- |",
    ]
    references = _references(connection, table)
    for name, kind, nullable in _columns(connection, table):
        shown = kind + (" or null" if nullable else "")
        if name in references:
            shown += f" → `{references[name]}`"
        lines.append(f"| `{name}` | {shown} | {_cell(words[name])} |")
    return [*lines, ""]


def _whole(table: str) -> str:
    if table.startswith("sqlite_"):
        return next(
            words
            for prefix, words in descriptions.SQLITE_TABLES.items()
            if table.startswith(prefix)
        )
    return descriptions.table_words()[table]


def reference(path: Path) -> str:
    """Return the table reference of the snapshot at ``path``, as markdown."""
    column_words = descriptions.column_words()
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        tables = _tables(connection)
        lines = ["## Tables of records", ""]
        for table in tables:
            if table in column_words:
                lines += _detailed(connection, table, column_words[table])
        lines += [
            "## The other tables",
            "",
            "What the API serves from, FTS5's and SQLite's own; the Datasette metadata "
            "hides the serving tables.",
            "",
            "| table | columns | holds |",
            "| --- | --- | --- |",
        ]
        for table in tables:
            if table not in column_words:
                columns = ", ".join(f"`{name}`" for name, _, _ in _columns(connection, table))
                lines.append(f"| `{table}` | {columns} | {_cell(_whole(table))} |")
        lines += ["", "### The keys of `meta`", "", "| key | holds |", "| --- | --- |"]
        keys = connection.execute("SELECT key FROM meta ORDER BY key").fetchall()
        lines += [f"| `{key}` | {_cell(descriptions.META_KEYS[key])} |" for (key,) in keys]
    return "\n".join(lines) + "\n"


def written(page: str, tables: str) -> str:
    """Return the page with ``tables`` between its markers."""
    before, begin, rest = page.partition(BEGIN)
    _, end, after = rest.partition(END)
    if not begin or not end:
        raise ValueError(f"{PAGE} lacks the markers {BEGIN!r} and {END!r}")
    return f"{before}{BEGIN}\n\n{tables}\n{END}{after}"


def main() -> None:
    """Write the reference of the snapshot of ``data/`` into docs/download.md."""
    snapshot = snapshot_of(DEFAULT_DATA_DIR, DEFAULT_SNAPSHOT_DIR)
    PAGE.write_text(written(PAGE.read_text(encoding="utf-8"), reference(snapshot)), "utf-8")
    sys.stdout.write(f"wrote the tables of {snapshot.name} into {PAGE.relative_to(ROOT)}\n")


if __name__ == "__main__":
    main()

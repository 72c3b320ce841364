"""What ``q`` matches, and how the snapshot finds it.

A record matches when one of its searched texts holds the search, each character in any of
its case forms: itself, its lower case and its upper case, where each is one character (so
``İ``, whose lower case is two characters, matches only itself). A search of a trigram or
more is found through each collection's FTS5 trigram index; a shorter one through SQLite's
LIKE, one pattern per combination of the case forms of its non-ASCII characters (LIKE
folds ASCII itself), scanning the texts in C. Among the few records a filter selects, a
search of any length is tested the same way, record by record (:func:`testable`).
Highlights (``matches``) use the same forms.
"""

import re
from itertools import product
from typing import Any

from api.dataset.ddl import search_table, searched_columns
from api.spec.model import Collection

#: FTS5's trigram index finds substrings of at least three characters.
TRIGRAM = 3
#: The most LIKE patterns a record's test of a search holds (see :func:`testable`).
MOST_PATTERNS = 16
#: What LIKE patterns escape their wildcards with.
_ESCAPE = "\\"
#: What no searched text holds: control characters, line breaks included.
_UNMATCHABLE = re.compile("[\x00-\x1f]")


def forms(char: str) -> list[str]:
    """Return the case forms of a character that a search matches: one character each."""
    return sorted({form for form in (char, char.lower(), char.upper()) if len(form) == 1})


def pattern(search: str) -> re.Pattern[str]:
    """Return the pattern of a search's hits in a text: each character in any case form."""
    return re.compile(
        "".join(f"[{''.join(re.escape(form) for form in forms(char))}]" for char in search)
    )


def unmatchable(search: str) -> bool:
    """Return whether no searched text can hold ``search``: none holds a control character
    or a line break (the build refuses them; a searched list's column joins its values with
    line breaks, which a hit must not span)."""
    return _UNMATCHABLE.search(search) is not None


def indexed(search: str) -> bool:
    """Return whether the trigram index finds ``search``: a substring of three or more."""
    return len(search) >= TRIGRAM


def fts_phrase(search: str) -> str:
    """Return ``search`` as an FTS5 phrase: every character literal, quotes doubled."""
    return '"' + search.replace('"', '""') + '"'


def _like(text: str) -> str:
    return "".join(_ESCAPE + char if char in "%_" + _ESCAPE else char for char in text)


def like_patterns(search: str) -> list[str]:
    """Return the LIKE patterns of a search: one per combination of its characters' forms
    (an ASCII character is its own: LIKE folds ASCII case)."""
    choices = [[char] if char.isascii() else forms(char) for char in search]
    return [f"%{_like(''.join(combination))}%" for combination in product(*choices)]


def testable(search: str, *, narrow: bool) -> bool:
    """Return whether a record's test (:func:`row_test`) should find ``search`` among records
    that a filter selects: always when the trigram index cannot find it; when it can, if
    the filter selects few records (``narrow``) and the test is at most MOST_PATTERNS
    patterns (each non-ASCII character multiplies them by its case forms)."""
    if not indexed(search):
        return True
    return narrow and len(like_patterns(search)) <= MOST_PATTERNS


def row_test(collection: Collection, search: str) -> tuple[str, list[Any]]:
    """Return the test of whether a record of table ``t`` holds ``search`` (LIKE, as
    :func:`hits` finds a search shorter than a trigram), and its parameters: where other
    conditions narrow the records first, SQLite tests only theirs, instead of listing the
    search's hits among every record."""
    patterns = like_patterns(search)
    searched = searched_columns(collection)
    test = " OR ".join(
        f"t.{column} LIKE ? ESCAPE '{_ESCAPE}'" for _ in patterns for column in searched
    )
    return f"({test})", [pattern for pattern in patterns for _ in searched]


def hits(collection: Collection, search: str, *, ranked: bool) -> tuple[str, list[Any]]:
    """Return the subquery of the records whose texts hold ``search``, and its parameters.

    A record's texts are one row of its search table, under the record's rowid; ranked,
    the subquery gives each hit's ``score`` too (bm25: lower is better).
    """
    if indexed(search):
        index = search_table(collection)
        columns = "rowid AS record, rank AS score" if ranked else "rowid"
        return f"SELECT {columns} FROM {index} WHERE {index} MATCH ?", [fts_phrase(search)]
    patterns = like_patterns(search)
    searched = searched_columns(collection)
    where = " OR ".join(
        f"{column} LIKE ? ESCAPE '{_ESCAPE}'" for _ in patterns for column in searched
    )
    columns = "rowid AS record, 0 AS score" if ranked else "rowid"
    params = [pattern for pattern in patterns for _ in searched]
    return f"SELECT {columns} FROM {collection.name} WHERE {where}", params

"""Every relative link of README.md and docs/*.md leads somewhere: a file, and a heading of it.

Markdown links and images (``[text](path#anchor)``, ``![alt](path)``) and HTML ``<img src>``
and ``<a href>``, outside code, are checked: the path (relative to the page) names a file or
directory of the repository, and an ``#anchor`` names a heading of the Markdown page it
leads to, as GitHub makes anchors from headings.
"""

import re
from pathlib import Path
from urllib.parse import unquote

import pytest

from tools.doc_examples import ROOT, docs

#: A Markdown link or image, its target up to an optional title; an HTML src or href.
_MARKDOWN_LINK = re.compile(
    r"!?\[(?:[^\]\[]|\[[^\]]*\])*\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)"
)
_HTML_LINK = re.compile(r"<(?:img|a)\s[^>]*?(?:src|href)=\"([^\"]*)\"", re.IGNORECASE)
_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1")
_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")


def prose(text: str, *, code: bool = False) -> list[str]:
    """Return the lines of a page outside its fenced blocks, inline code removed unless
    ``code``."""
    lines: list[str] = []
    fence: str | None = None
    for line in text.split("\n"):
        opening = _FENCE.match(line)
        if fence is None and opening:
            fence = opening.group(1)
        elif fence is not None:
            closing = line.strip()
            if len(closing) >= len(fence) and set(closing) == {fence[0]}:
                fence = None
        else:
            lines.append(line if code else _INLINE_CODE.sub("", line))
    return lines


def anchor(heading: str) -> str:
    """Return the anchor GitHub gives a heading: its text, lower case, punctuation dropped,
    spaces made hyphens."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # a link: its text
    text = re.sub(r"<[^>]+>", "", text).replace("`", "")
    return re.sub(r"[^\w\- ]", "", text.lower()).replace(" ", "-")


def anchors(page: Path) -> set[str]:
    """Return the anchors of a Markdown page's headings (a repeated one numbered, as GitHub)."""
    found: set[str] = set()
    for line in prose(page.read_text(encoding="utf-8"), code=True):
        heading = _HEADING.match(line)
        if heading:
            name = anchor(heading.group(1))
            unique, count = name, 0
            while unique in found:
                count += 1
                unique = f"{name}-{count}"
            found.add(unique)
    return found


def links(page: Path) -> list[str]:
    """Return the relative link targets of a page, in order."""
    targets: list[str] = []
    for line in prose(page.read_text(encoding="utf-8")):
        targets += _MARKDOWN_LINK.findall(line) + _HTML_LINK.findall(line)
    return [t for t in targets if not re.match(r"^[a-z][a-z0-9+.-]*:", t, re.IGNORECASE)]


def broken(page: Path, root: Path = ROOT) -> list[str]:
    """Return what is wrong with each relative link of ``page``, a page of ``root``."""
    problems = []
    for target in links(page):
        path_part, _, fragment = target.partition("#")
        path = (page.parent / unquote(path_part)).resolve() if path_part else page
        if not path.is_relative_to(root.resolve()) or not path.exists():
            problems.append(f"{target}: no such file")
        elif fragment and path.suffix == ".md" and unquote(fragment) not in anchors(path):
            where = path.relative_to(root.resolve())
            problems.append(f"{target}: no heading #{fragment} in {where}")
    return problems


PAGES = docs()


@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(ROOT)) for p in PAGES])
def test_every_relative_link_leads_to_a_file_and_heading(page: Path) -> None:
    assert broken(page) == []


def test_the_readme_maps_every_guide() -> None:
    mapped = {(ROOT / target).resolve() for target in links(ROOT / "README.md")}
    assert {page.resolve() for page in PAGES[1:]} <= mapped


def test_a_broken_link_is_told(tmp_path: Path) -> None:
    assert "endpoints" in anchors(ROOT / "docs" / "api.md")
    (tmp_path / "docs" / "screenshots").mkdir(parents=True)
    (tmp_path / "docs" / "screenshots" / "card-light.png").write_bytes(b"")
    (tmp_path / "docs" / "api.md").write_text("# API\n\n## The network\n", encoding="utf-8")
    (tmp_path / "outside.md").write_text("# Outside\n", encoding="utf-8")
    text = (
        "# A page: its `title`\n\n## Twice\n\n## Twice\n\n"
        "[ok](#a-page-its-title) [ok](#twice-1) [ok](api.md#the-network) "
        '![img](screenshots/card-light.png) <img src="nowhere.png"> [web](https://x.example/y)\n'
        "[gone](missing.md) [no heading](api.md#nope) [no heading](#twice-2) [up](../outside.md)\n"
        "[out of the repository](../../elsewhere.md)\n\n"
        "```md\n[in code](missing-too.md)\n```\n\nAnd `[inline](missing-three.md)`.\n"
    )
    probe = tmp_path / "docs" / "probe.md"
    probe.write_text(text, encoding="utf-8")
    assert broken(probe, tmp_path) == [
        "nowhere.png: no such file",
        "missing.md: no such file",
        "api.md#nope: no heading #nope in docs/api.md",
        "#twice-2: no heading #twice-2 in docs/probe.md",
        "../../elsewhere.md: no such file",
    ]


def test_github_anchors() -> None:
    assert anchor("The engine: one read-only SQLite snapshot") == (
        "the-engine-one-read-only-sqlite-snapshot"
    )
    assert anchor("Watching it: metrics, request ids, logs") == (
        "watching-it-metrics-request-ids-logs"
    )
    assert anchor("`GET /v1/network` and [the explorer](x.md)") == "get-v1network-and-the-explorer"

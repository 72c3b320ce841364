"""The responses README.md and docs/*.md show, checked against the app and rewritten from it.

An example is a line of a fenced block that begins with ``$ curl``, a request to the address
``make run`` serves (``http://127.0.0.1:8000``, or ``localhost:8000``), followed by what curl
prints, up to the next ``$`` line or the end of the block. Every such line of the docs is an
example: ``tests/test_doc_examples.py`` checks each against the app, and ``make
doc-examples`` (``python -m tools.doc_examples``) rewrites each response from the app, so that
nobody edits one by hand. The conventions, which docs/contributing.md explains to writers:

- curl's options: ``-s``/``-S``, ``-i`` (the status line and headers, a blank line, the body),
  ``-I`` (HEAD: the status line and headers), ``-X METHOD``, ``-H 'Name: value'``, and ``-o
  FILE``/``-O``/``-J`` (the body is saved: nothing is shown, and the answer must be a 2xx).
  Anything else is refused, so that no example passes unchecked.
- ``| jq [-c] [PATH, ...]``: the JSON body, or the values at paths such as ``.``,
  ``.evidence.selectors`` or ``.items[0].id``, as jq prints them (indented by 2, or one line
  with ``-c``).
- Headers are shown as curl prints them from ``make run``: names in lower case, in the
  app's order, then X-Request-ID, which the server adds (``api.rsgi``). Date, X-Request-ID
  and Last-Modified vary from one run (or build) to the next: their values are not the
  app's to check (the request is given the id the example shows, which its problem body
  repeats as ``request_id``), and a doc may show them or leave them out. Granian also adds
  Server and Date, which the examples leave out.
- ``...`` stands for what is left out, nothing else: a header's value (``etag: ...``); the
  last lines of the headers or of a text body (a line of its own); in JSON, a whole array or
  object (``[...]``, ``{...}``) or the last members or items of one (``{"a":1,...}``).
- JSON bodies are compared as JSON, members in order; a character that cannot be seen (a
  no-break space) is written as its escape, ``\\u00a0``. Text bodies are compared line by
  line (CSV's CRLF is shown as a line end).
"""

import argparse
import json
import re
import shlex
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import orjson
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from api.spec.values import REQUEST_ID_PATTERN
from api.web.observability import REQUEST_ID as REQUEST_ID_ENVIRON
from api.web.observability import REQUEST_ID_HEADER

ROOT = Path(__file__).resolve().parent.parent
#: The origins an example may ask: where `make run` serves. Absolute links name it.
ORIGINS = ("http://127.0.0.1:8000", "http://localhost:8000")
#: Headers whose values change from one run or build to the next, never compared.
VARYING_HEADERS = {
    "date": "the time of the answer (Granian adds it; the app does not)",
    "x-request-id": "a new id for each request that does not send its own",
    "last-modified": "when the snapshot file was built",
}
#: Where the start of an example is.
PROMPT = "$ curl"
ELIDED = "..."
_FENCE = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})")
#: A jq path: ``.``, or keys and indexes (``.items[0].id``).
_JQ_PATH = re.compile(r"\.|\.(?:[A-Za-z_]\w*|\[\d+\])(?:\.[A-Za-z_]\w*|\.?\[\d+\])*")
_JQ_STEP = re.compile(r"\.([A-Za-z_]\w*)|\[(\d+)\]")
_REQUEST_ID_MEMBER = re.compile(r'"request_id":\s*"([^"]*)"')
_REQUEST_ID_SHOWN = re.compile(r"^x-request-id: (\S+)$", re.MULTILINE | re.IGNORECASE)
#: The id a request gets when its example shows none: the form of the ids the server makes,
#: a worker's random prefix and a count.
REQUEST_ID = "5f0c3a9e1b7d42c60000000000000001"
# Sentinels that elisions stand for once the shown JSON is parsed.
_ANY_ARRAY = "\x00[...]"
_ANY_OBJECT = "\x00{...}"
_REST = "\x00..."


class ExampleError(ValueError):
    """An example the conventions do not cover: a command the checker cannot run."""


def docs(root: Path = ROOT) -> list[Path]:
    """Return the pages whose examples are checked: README.md and docs/*.md."""
    return [root / "README.md", *sorted((root / "docs").glob("*.md"))]


@dataclass
class Example:
    """One ``$ curl`` line of a page and the response lines shown after it."""

    path: Path
    #: The index of the command's line in the page (0-based).
    line: int
    #: The indentation of the fenced block, taken off every line shown.
    indent: str
    command: str
    shown: list[str]

    @property
    def where(self) -> str:
        """Return ``page:line`` (1-based), relative to the repository."""
        try:
            name = self.path.relative_to(ROOT)
        except ValueError:
            name = self.path
        return f"{name}:{self.line + 1}"


def examples(path: Path) -> list[Example]:
    """Return every example of the page at ``path``, in page order."""
    lines = path.read_text(encoding="utf-8").split("\n")
    found: list[Example] = []
    fence: str | None = None
    indent = ""
    current: Example | None = None
    for number, line in enumerate(lines):
        opening = _FENCE.match(line)
        if fence is None:
            if opening:
                fence, indent = opening.group("fence"), opening.group("indent")
            continue
        closing = line.strip()
        if len(closing) >= len(fence) and set(closing) == {fence[0]}:
            fence, current = None, None
            continue
        text = line[len(indent) :] if line.startswith(indent) else line.lstrip()
        if text.startswith("$"):
            current = None
            if text == PROMPT or text.startswith(PROMPT + " "):
                current = Example(path, number, indent, text[2:], [])
                found.append(current)
        elif current is not None:
            current.shown.append(text)
    for example in found:
        while example.shown and not example.shown[-1].strip():
            example.shown.pop()
    return found


def all_examples(root: Path = ROOT) -> list[Example]:
    """Return the examples of every checked page."""
    return [example for page in docs(root) for example in examples(page)]


@dataclass
class Request:
    """What an example's command asks, and how curl shows the answer."""

    method: str
    origin: str
    path: str
    query: str
    headers: list[tuple[str, str]] = field(default_factory=list)
    include: bool = False
    saved: bool = False
    #: The jq paths the body goes through, each a list of keys and indexes; None: no jq.
    jq: list[list[str | int]] | None = None
    compact: bool = False


def parse(command: str) -> Request:
    """Return the request of a ``curl ...`` command line, or raise ExampleError."""
    if command.rstrip().endswith("\\"):
        raise ExampleError("a command continued on the next line: write it on one line")
    try:
        words = shlex.split(command, comments=True)
    except ValueError as error:
        raise ExampleError(f"cannot split the command: {error}") from error
    pipe = words.index("|") if "|" in words else len(words)
    curl, after = words[:pipe], words[pipe + 1 :]
    method = None
    head = include = saved = False
    headers: list[tuple[str, str]] = []
    urls: list[str] = []
    arguments = iter(curl[1:])
    for word in arguments:
        if word.startswith("--"):
            long = {"--silent": "s", "--include": "i", "--head": "I", "--request": "X"}
            long |= {"--header": "H", "--output": "o", "--remote-name": "O"}
            long |= {"--remote-header-name": "J", "--show-error": "S"}
            if word not in long:
                raise ExampleError(f"curl option {word} is not one the checker knows")
            flags = long[word]
        elif word.startswith("-") and len(word) > 1:
            flags = word[1:]
        else:
            urls.append(word)
            continue
        for position, flag in enumerate(flags):
            if flag in "XHo":
                value = flags[position + 1 :] or next(arguments, None)
                if value is None:
                    raise ExampleError(f"curl option -{flag} needs a value")
                if flag == "X":
                    method = value
                elif flag == "H":
                    name, colon, header_value = value.partition(":")
                    if not colon:
                        raise ExampleError(f"not a header: {value!r}")
                    headers.append((name.strip(), header_value.strip()))
                else:
                    saved = True
                break
            if flag not in "siIOJS":
                raise ExampleError(f"curl option -{flag} is not one the checker knows")
            head |= flag == "I"
            include |= flag == "i"
            saved |= flag == "O"
    if len(urls) != 1:
        raise ExampleError(f"expected one URL, found {urls}")
    url = urls[0] if "://" in urls[0] else f"http://{urls[0]}"
    parts = urlsplit(url)
    origin = f"{parts.scheme}://{parts.netloc}"
    if origin not in ORIGINS:
        raise ExampleError(f"{origin} is not where `make run` serves ({', '.join(ORIGINS)})")
    request = Request(
        method=method or ("HEAD" if head else "GET"),
        origin=origin,
        path=parts.path or "/",
        query=parts.query,
        headers=headers,
        include=include or head,
        saved=saved,
    )
    if after:
        _parse_jq(request, after)
    if request.saved and (request.include or request.jq is not None):
        raise ExampleError("a saved body shows nothing: leave out -i, -I and jq")
    return request


def _parse_jq(request: Request, words: list[str]) -> None:
    if words[0] != "jq":
        raise ExampleError(f"only jq may read curl's output, not {words[0]}")
    options = [word for word in words[1:] if word.startswith("-")]
    filters = [word for word in words[1:] if not word.startswith("-")]
    if set(options) - {"-c"} or len(filters) > 1:
        raise ExampleError("jq takes -c and one filter of paths here")
    paths: list[list[str | int]] = []
    for text in (filters[0] if filters else ".").split(","):
        path = text.strip()
        if not _JQ_PATH.fullmatch(path):
            raise ExampleError(f"jq filter {path!r} is not a path (.a.b[0])")
        steps: list[str | int] = []
        for key, index in _JQ_STEP.findall(path):
            steps.append(int(index) if index else key)
        paths.append(steps)
    request.jq = paths
    request.compact = "-c" in options


def ask(client: FlaskClient, request: Request, request_id: str = REQUEST_ID) -> TestResponse:
    """Send ``request`` to the app behind ``client``, from where ``make run`` serves.

    The server in front of the app (``api.rsgi``) gives each request its id: the client's
    own ``X-Request-ID`` when valid, else a new one. Here the request gets the client's, or
    ``request_id``, as the app would from the server, and the answer carries it last.
    """
    sent = next((v for n, v in request.headers if n.lower() == REQUEST_ID_HEADER.lower()), None)
    if sent is not None and re.fullmatch(REQUEST_ID_PATTERN, sent):
        request_id = sent
    response = client.open(
        request.path,
        method=request.method,
        query_string=request.query,
        headers=request.headers,
        base_url=request.origin,
        environ_overrides={REQUEST_ID_ENVIRON: request_id},
    )
    response.headers.add(REQUEST_ID_HEADER, request_id)
    return response


def render(example: Example, response: TestResponse) -> list[str]:
    """Return the lines the example should show for ``response``, in its conventions.

    What the example leaves out, and the values that vary from run to run, stay as it has
    them; everything else is the response's. An example shows the right response when
    this returns its lines unchanged.
    """
    request = parse(example.command)
    if request.saved:
        return [] if 200 <= response.status_code < 300 else [f"(HTTP {_status(response)})"]
    shown = example.shown
    lines: list[str] = []
    body_shown = shown
    if request.include:
        split = shown.index("") if "" in shown else len(shown)
        lines = _headers(response, shown[:split])
        body_shown = shown[split + 1 :]
        if request.method == "HEAD" or not response.data:
            return lines
        lines.append("")
    return lines + _body(request, response, body_shown)


def _status(response: TestResponse) -> str:
    """Return the status as Granian words it: the code and RFC 9110's reason phrase."""
    return f"{response.status_code} {HTTPStatus(response.status_code).phrase}"


def _headers(response: TestResponse, shown: list[str]) -> list[str]:
    """Return the status line and header lines of ``response`` as the example shows them."""
    given: dict[str, str] = {}
    for line in shown[1:]:
        name, _, value = line.partition(":")
        given.setdefault(name.strip().lower(), value.strip())
    partial = bool(shown) and shown[-1] == ELIDED
    fresh = not shown
    actual = [(name.lower(), value) for name, value in response.headers.items()]
    names = {name for name, _ in actual}
    if partial:
        # The headers shown, in the order shown, as long as the app sends them.
        wanted = [(name, value) for name, value in actual if name in given]
        wanted.sort(key=lambda header: list(given).index(header[0]))
    else:
        wanted = [(n, v) for n, v in actual if fresh or n not in VARYING_HEADERS or n in given]
        wanted += [(n, given[n]) for n in given if n in VARYING_HEADERS and n not in names]
    lines = [f"HTTP/1.1 {_status(response)}"]
    for name, value in wanted:
        kept = name in given and (name in VARYING_HEADERS or given[name] == ELIDED)
        lines.append(f"{name}: {given[name] if kept else value}")
    return [*lines, ELIDED] if partial else lines


def _body(request: Request, response: TestResponse, shown: list[str]) -> list[str]:
    media_type = response.mimetype or ""
    is_json = media_type == "application/json" or media_type.endswith("+json")
    if request.jq is not None:
        if not is_json:
            raise ExampleError(f"jq reads JSON, and this answer is {media_type}")
        value = orjson.loads(response.data)
        outputs = [_at(value, path) for path in request.jq]
        shapes = _shapes(shown)
        indent = None if request.compact else 2
        return "\n".join(
            _dump(output, shapes[n] if n < len(shapes) else None, indent)
            for n, output in enumerate(outputs)
        ).split("\n")
    if is_json:
        shapes = _shapes(shown)
        return [_dump(orjson.loads(response.data), shapes[0] if shapes else None, None)]
    text = response.get_data(as_text=True).replace("\r\n", "\n").rstrip("\n")
    lines = text.split("\n")
    if shown and shown[-1] == ELIDED and len(lines) > len(shown) - 1:
        return [*lines[: len(shown) - 1], ELIDED]
    return lines


def _at(value: Any, path: list[str | int]) -> Any:
    """Return what jq's path gives: null past the end of what is there."""
    for step in path:
        if isinstance(step, int):
            value = value[step] if isinstance(value, list) and step < len(value) else None
        elif isinstance(value, dict):
            value = value.get(step)
        elif value is None:
            return None
        else:
            raise ExampleError(f"jq cannot index {type(value).__name__} with {step!r}")
    return value


def _shapes(shown: list[str]) -> list[Any]:
    """Return the JSON values the shown lines hold, elisions as sentinels; [] if none parse."""
    text = _sentinels("\n".join(shown))
    decoder = json.JSONDecoder()
    values: list[Any] = []
    position = 0
    try:
        while position < len(text):
            while position < len(text) and text[position].isspace():
                position += 1
            if position == len(text):
                break
            value, position = decoder.raw_decode(text, position)
            values.append(value)
    except json.JSONDecodeError:
        return values
    return values


def _sentinels(text: str) -> str:
    """Return the shown JSON with its elisions made parseable sentinels."""
    out: list[str] = []
    stack: list[str] = []
    position, in_string = 0, False
    while position < len(text):
        char = text[position]
        if in_string:
            out.append(text[position : position + 2] if char == "\\" else char)
            position += 2 if char == "\\" else 1
            in_string = char != '"'
            continue
        for token, sentinel in (("[...]", _ANY_ARRAY), ("{...}", _ANY_OBJECT)):
            if text.startswith(token, position):
                out.append(json.dumps(sentinel))
                position += len(token)
                break
        else:
            if text.startswith(ELIDED, position):
                member = stack and stack[-1] == "{"
                out.append(json.dumps(_REST) + (": null" if member else ""))
                position += len(ELIDED)
                continue
            if char in "[{":
                stack.append(char)
            elif char in "]}" and stack:
                stack.pop()
            in_string = char == '"'
            out.append(char)
            position += 1
    return "".join(out)


def _dump(value: Any, shape: Any, indent: int | None, level: int = 0) -> str:
    """Return ``value`` as JSON (compact, or jq's indentation), with ``shape``'s elisions."""
    if shape == _ANY_ARRAY and isinstance(value, list):
        return "[...]"
    if shape == _ANY_OBJECT and isinstance(value, dict):
        return "{...}"
    if isinstance(value, dict) and value:
        keys = list(value)
        rest = isinstance(shape, dict) and _REST in shape
        if rest:
            keys = keys[: len(shape) - 1]
        separator = ":" if indent is None else ": "
        members = shape if isinstance(shape, dict) else {}
        items = [
            _scalar(key) + separator + _dump(value[key], members.get(key), indent, level + 1)
            for key in keys
        ]
        return _container("{", "}", items + [ELIDED] * rest, indent, level)
    if isinstance(value, list) and value:
        rest = isinstance(shape, list) and bool(shape) and shape[-1] == _REST
        count = len(shape) - 1 if rest and isinstance(shape, list) else len(value)
        items = [
            _dump(
                item,
                shape[n] if isinstance(shape, list) and n < len(shape) else None,
                indent,
                level + 1,
            )
            for n, item in enumerate(value[:count])
        ]
        return _container("[", "]", items + [ELIDED] * rest, indent, level)
    return _scalar(value)


def _container(opening: str, closing: str, items: list[str], indent: int | None, level: int) -> str:
    if indent is None:
        return opening + ",".join(items) + closing
    inner = " " * (indent * (level + 1))
    return f"{opening}\n{inner}" + f",\n{inner}".join(items) + f"\n{' ' * indent * level}{closing}"


def _scalar(value: Any) -> str:
    """Return a JSON scalar as the app writes it (orjson), any invisible character escaped."""
    text = orjson.dumps(value).decode()
    return "".join(
        f"\\u{ord(char):04x}" if char != " " and unicodedata.category(char)[0] in "ZC" else char
        for char in text
    )


def shown_request_id(example: Example) -> str:
    """Return the request id the example shows (its header, or its problem's), or the default."""
    text = "\n".join(example.shown)
    found = _REQUEST_ID_SHOWN.search(text) or _REQUEST_ID_MEMBER.search(text)
    return found.group(1) if found else REQUEST_ID


def check(client: FlaskClient, example: Example) -> list[str]:
    """Return the lines ``example`` should show (raising ExampleError for an unknown form)."""
    response = ask(client, parse(example.command), shown_request_id(example))
    try:
        return render(example, response)
    finally:
        response.close()


def refresh(client: FlaskClient, pages: Sequence[Path]) -> Iterator[str]:
    """Rewrite every example's response in ``pages`` from the app; yield what changed.

    An ETag a page shows that changed is changed in the page's later commands too
    (``If-None-Match``), so that a conditional request still asks for the current one.
    """
    for page in pages:
        lines = page.read_text(encoding="utf-8").split("\n")
        tags: dict[str, str] = {}
        replaced: list[tuple[int, int, list[str]]] = []
        for example in examples(page):
            for old, new in tags.items():
                example.command = example.command.replace(old, new)
            rendered = check(client, example)
            old_tags = re.findall(r'^etag: "([^"]+)"', "\n".join(example.shown), re.MULTILINE)
            new_tags = re.findall(r'^etag: "([^"]+)"', "\n".join(rendered), re.MULTILINE)
            tags |= {old: new for old, new in zip(old_tags, new_tags, strict=False) if old != new}
            command = example.indent + "$ " + example.command
            if rendered != example.shown or lines[example.line] != command:
                yield example.where
            end = example.line + 1 + len(example.shown)
            body = [example.indent + line if line else "" for line in rendered]
            replaced.append((example.line, end, [command, *body]))
        text = "\n".join(lines)
        for start, end, new_lines in reversed(replaced):
            lines[start:end] = new_lines
        if "\n".join(lines) != text:
            page.write_text("\n".join(lines), encoding="utf-8")


def app() -> Flask:
    """Return the app ``make run`` serves, without a time budget that load could trip."""
    from api import create_app

    return create_app({"QUERY_BUDGET": 0})


def main(argv: Sequence[str] | None = None) -> int:
    """Rewrite the examples' responses (``make doc-examples``), or only check them."""
    parser = argparse.ArgumentParser(description="Rewrite the docs' responses from the app.")
    parser.add_argument("--check", action="store_true", help="report drifted examples only")
    options = parser.parse_args(argv)
    client = app().test_client()
    if options.check:
        drifted = [e.where for e in all_examples() if check(client, e) != e.shown]
        for where in drifted:
            print(f"{where}: the response shown is not the app's")
        return 1 if drifted else 0
    changed = list(refresh(client, docs()))
    for where in changed:
        print(f"{where}: rewritten")
    print(f"{len(all_examples())} examples, {len(changed)} rewritten")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Every response README.md and docs/*.md show is the app's (tools/doc_examples.py).

Each ``$ curl`` line of a fenced block of the docs is sent to the app, from the address
``make run`` serves, and what the page shows after it must be what curl would print, in
the conventions of docs/contributing.md ("Examples that cannot drift"). A drifted
response fails here; ``make doc-examples`` rewrites it from the app.
"""

import difflib
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tools.doc_examples import (
    REQUEST_ID,
    Example,
    ExampleError,
    all_examples,
    check,
    docs,
    examples,
    parse,
    refresh,
)

EXAMPLES = all_examples()


@pytest.fixture(scope="module")
def client(dossier: Flask) -> FlaskClient:
    """Return a client of the app over the real dataset, response cache on (as deployed)."""
    return dossier.test_client()


def page(tmp_path: Path, text: str) -> Path:
    """Return a page of the docs holding ``text``."""
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    return path


def example(tmp_path: Path, command: str, *shown: str) -> Example:
    """Return the one example of a page whose block holds ``command`` and ``shown``."""
    lines = "\n".join(shown)
    (found,) = examples(page(tmp_path, f"Text.\n\n```console\n$ {command}\n{lines}\n```\n"))
    return found


@pytest.mark.parametrize("shown", EXAMPLES, ids=[found.where for found in EXAMPLES])
def test_the_example_shows_what_the_app_answers(client: FlaskClient, shown: Example) -> None:
    expected = check(client, shown)
    diff = "\n".join(difflib.unified_diff(shown.shown, expected, "shown", "the app's", lineterm=""))
    assert expected == shown.shown, (
        f"{shown.where}: `{shown.command}` does not show what the app answers "
        f"(run `make doc-examples`):\n{diff}"
    )


def test_the_readme_and_each_guide_show_real_responses() -> None:
    pages = {found.path.name for found in EXAMPLES}
    assert {"README.md", "api.md", "clients.md", "contributing.md"} <= pages
    readme = [found for found in EXAMPLES if found.path.name == "README.md"]
    assert len(readme) >= 4
    assert all(found.shown for found in readme if not parse(found.command).saved)
    assert docs()[0].name == "README.md"


def test_every_curl_line_of_every_block_is_an_example(tmp_path: Path) -> None:
    text = (
        "Prose that says $ curl is no example.\n\n"
        "```sh\n$ curl -s http://127.0.0.1:8000/healthz\nok\n```\n\n"
        "   ~~~\n   $ curl -s http://127.0.0.1:8000/v1\n   {}\n\n   $ ls\n   a\n   ~~~\n\n"
        "```console\n$ curlish\n$ curl -sI http://127.0.0.1:8000/healthz\n```\n"
    )
    found = examples(page(tmp_path, text))
    assert [(e.line, e.command, e.shown, e.indent) for e in found] == [
        (3, "curl -s http://127.0.0.1:8000/healthz", ["ok"], ""),
        (8, "curl -s http://127.0.0.1:8000/v1", ["{}"], "   "),
        (17, "curl -sI http://127.0.0.1:8000/healthz", [], ""),
    ]


def test_a_drifted_response_is_told_apart(client: FlaskClient, tmp_path: Path) -> None:
    health = example(tmp_path, "curl -s http://127.0.0.1:8000/healthz")
    (answer,) = check(client, health)
    assert answer.startswith('{"status":"ok","dataset_version":"')
    stale = example(tmp_path, "curl -s http://127.0.0.1:8000/healthz", answer.replace("ok", "up"))
    assert check(client, stale) != stale.shown
    right = example(tmp_path, "curl -s http://127.0.0.1:8000/healthz", answer)
    assert check(client, right) == right.shown


@pytest.mark.parametrize(
    ("command", "message"),
    [
        ("curl -sL http://127.0.0.1:8000/", "-L is not one the checker knows"),
        ("curl --compressed http://127.0.0.1:8000/", "--compressed is not one"),
        ("curl -s http://127.0.0.1:9000/healthz", "not where `make run` serves"),
        ("curl -s https://127.0.0.1:8000/healthz", "not where `make run` serves"),
        ("curl -s http://127.0.0.1:8000/v1 | head -3", "only jq may read"),
        ("curl -s http://127.0.0.1:8000/v1 | jq '.links | keys'", "is not a path"),
        ("curl -s http://127.0.0.1:8000/v1 | jq -r .links", "jq takes -c and one filter"),
        ("curl -s http://127.0.0.1:8000/v1 http://127.0.0.1:8000/", "expected one URL"),
        ("curl -si -o x http://127.0.0.1:8000/v1", "a saved body shows nothing"),
        ("curl -s -H 'Accept' http://127.0.0.1:8000/v1", "not a header"),
        ("curl -s http://127.0.0.1:8000/v1 \\", "on one line"),
    ],
)
def test_a_command_the_checker_cannot_run_fails(command: str, message: str) -> None:
    with pytest.raises(ExampleError, match=message):
        parse(command)


def test_curl_options_are_read_as_curl_reads_them() -> None:
    request = parse(
        "curl -sI -H 'If-None-Match: \"x\"' --header 'Accept: text/csv' "
        "localhost:8000/v1/statements?speaker=a,b  # a comment"
    )
    assert (request.method, request.origin, request.path, request.query) == (
        "HEAD",
        "http://localhost:8000",
        "/v1/statements",
        "speaker=a,b",
    )
    assert request.headers == [("If-None-Match", '"x"'), ("Accept", "text/csv")]
    assert request.include
    assert parse("curl -XDELETE http://127.0.0.1:8000/v1").method == "DELETE"
    assert parse("curl -sOJ http://127.0.0.1:8000/v1/dataset.sqlite").saved
    jq = parse("curl -s http://127.0.0.1:8000/v1 | jq -c '.links, .sources[0].id'")
    assert (jq.jq, jq.compact) == ([["links"], ["sources", 0, "id"]], True)
    assert parse("curl -s http://127.0.0.1:8000/v1 | jq").jq == [[]]


def test_elisions_leave_out_only_what_they_mark(client: FlaskClient, tmp_path: Path) -> None:
    url = "'http://127.0.0.1:8000/v1/statements?speaker=dmitry-peskov&limit=2'"
    shown = '{"items":[{"id":"peskov-belarus-withdrawal-planned",...},...],"total":3,...}'
    elided = example(tmp_path, f"curl -s {url}", shown)
    assert check(client, elided) == [shown]
    wrong = example(tmp_path, f"curl -s {url}", shown.replace("belarus", "call"))
    assert check(client, wrong) != wrong.shown
    skeleton = example(tmp_path, f"curl -s {url}", '{"items":[...],"links":{...}}')
    assert check(client, skeleton) == [
        '{"items":[...],"total":3,"limit":2,"offset":0,"links":{...}}'
    ]
    csv = f"curl -s {url.replace('statements?', 'statements.csv?')}"
    header = check(client, example(tmp_path, csv))[0]
    assert check(client, example(tmp_path, csv, header, "...")) == [header, "..."]


def test_headers_vary_only_where_they_may(client: FlaskClient, tmp_path: Path) -> None:
    command = "curl -sI http://127.0.0.1:8000/v1/topics.csv"
    fresh = check(client, example(tmp_path, command))
    assert fresh[0] == "HTTP/1.1 200 OK"
    assert fresh[-1] == f"x-request-id: {REQUEST_ID}"
    # The export's ETag changes with each build: shown as `...`, present but not compared.
    etag = next(line for line in fresh if line.startswith("etag: "))
    shown = [line if line != etag else "etag: ..." for line in fresh]
    shown[-1] = "x-request-id: my-own-id"
    shown.append("date: Fri, 27 Nov 2026 11:54:41 GMT")
    assert check(client, example(tmp_path, command, *shown)) == shown
    # Any other header the app does not send, or a value it does not, is a drift.
    for extra in ("server: granian", "cache-control: no-store"):
        drifted = [*shown[:-1], extra]
        assert check(client, example(tmp_path, command, *drifted)) != drifted
    partial = [fresh[0], "content-type: text/csv; charset=utf-8; header=present", "..."]
    assert check(client, example(tmp_path, command, *partial)) == partial


def test_a_problem_repeats_the_request_id_the_example_shows(
    client: FlaskClient, tmp_path: Path
) -> None:
    command = "curl -s http://127.0.0.1:8000/v1/actors/nope"
    (answer,) = check(client, example(tmp_path, command))
    assert answer.endswith(f'"request_id":"{REQUEST_ID}"}}')
    mine = answer.replace(REQUEST_ID, "d178583b80cd25bd0000000000000009")
    assert check(client, example(tmp_path, command, mine)) == [mine]
    sent = "curl -s -H 'X-Request-ID: abc.1' http://127.0.0.1:8000/v1/actors/nope"
    (echoed,) = check(client, example(tmp_path, sent))
    assert echoed.endswith('"request_id":"abc.1"}')


def test_jq_output_is_jq_s(client: FlaskClient, tmp_path: Path) -> None:
    command = "curl -s http://127.0.0.1:8000/v1/statements/peskov-no-deals | jq"
    selectors = check(client, example(tmp_path, command + " .evidence.selectors[0].exact"))
    # jq prints a no-break space as it is; the docs write it as its escape.
    quote = "situation, Moscow and Paris can't be reaching any deals."
    assert selectors == [
        f'"Kremlin spokesperson\\u00a0Dmitry Peskov said that \\"in the current {quote}\\""'
    ]
    compact = check(client, example(tmp_path, command + " -c '.speaker, .said_on, .nope'"))
    assert compact == [
        '{"id":"dmitry-peskov","name":"Dmitry Peskov","kind":"person"}',
        '"2022-02-08"',
        "null",
    ]
    pretty = check(client, example(tmp_path, command + " .speaker"))
    assert pretty == [
        "{",
        '  "id": "dmitry-peskov",',
        '  "name": "Dmitry Peskov",',
        '  "kind": "person"',
        "}",
    ]


def test_make_doc_examples_rewrites_each_response_from_the_app(
    client: FlaskClient, tmp_path: Path
) -> None:
    url = "'http://127.0.0.1:8000/v1/statements?speaker=dmitry-peskov'"
    text = (
        "# A page\n\n"
        "1. In a list:\n\n"
        "   ```console\n"
        f"   $ curl -sI {url}\n"
        "   HTTP/1.1 200 OK\n"
        '   etag: "stale"\n'
        "   ...\n\n"
        f"   $ curl -si -H 'If-None-Match: \"stale\"' {url}\n"
        "   ```\n\n"
        "```console\n$ curl -s http://127.0.0.1:8000/v1/actors/nope\n{}\n```\n"
        "After.\n"
    )
    path = page(tmp_path, text)
    changed = list(refresh(client, [path]))
    assert changed == [f"{path}:6", f"{path}:11", f"{path}:15"]
    found = examples(path)
    assert [check(client, each) == each.shown for each in found] == [True, True, True]
    first, conditional, problem = found
    assert first.shown[0] == "HTTP/1.1 200 OK"
    assert first.shown[-1] == "..."
    tag = first.shown[1].removeprefix("etag: ")
    assert conditional.command == f"curl -si -H 'If-None-Match: {tag}' {url}"
    assert conditional.shown[0] == "HTTP/1.1 304 Not Modified"
    assert problem.shown[0].startswith('{"type":"/problems/not-found"')
    rewritten = path.read_text(encoding="utf-8")
    assert rewritten.startswith("# A page\n\n1. In a list:\n\n   ```console\n")
    assert rewritten.endswith("\n```\nAfter.\n")
    assert "\n   etag: " in rewritten
    assert list(refresh(client, [path])) == []
    assert path.read_text(encoding="utf-8") == rewritten


def test_a_saved_body_shows_nothing_and_must_be_found(client: FlaskClient, tmp_path: Path) -> None:
    saved = example(tmp_path, "curl -s -o x.sqlite http://127.0.0.1:8000/v1/dataset.sqlite")
    assert check(client, saved) == []
    missing = example(tmp_path, "curl -sOJ http://127.0.0.1:8000/v1/nothing.sqlite")
    assert check(client, missing) == ["(HTTP 404 Not Found)"]

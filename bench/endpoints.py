"""The benchmarked requests, and Dossier's answers to them recorded for the floor app."""

from __future__ import annotations

import base64
import http.client
from dataclasses import dataclass
from typing import Any

from bench.procs import HOST

#: The URLs the issue names; the conditional request revalidates CONDITIONAL_TARGET.
TARGETS: tuple[str, ...] = (
    "/v1/statements",
    "/v1/statements?speaker=emmanuel-macron&sort=-said_on",
    "/v1/actors/emmanuel-macron",
    "/v1/aid-figures/totals?group_by=donor",
    "/v1/actors?q=pres&kind=person",
    "/v1/statements?facets=speaker,topic,speech_type",
)
CONDITIONAL_TARGET = "/v1/actors/emmanuel-macron"
#: Headers that belong to one connection, one moment or one request (its id), not to the
#: representation.
HOP_HEADERS = frozenset(
    {
        "date",
        "server",
        "connection",
        "keep-alive",
        "transfer-encoding",
        "content-length",
        "x-request-id",
    }
)


@dataclass(frozen=True)
class Case:
    """A benchmarked request: label, target, expected status, If-None-Match, Accept-Encoding."""

    label: str
    target: str
    status: int = 200
    if_none_match: str = ""
    accept_encoding: str = ""


@dataclass(frozen=True)
class RecordedResponse:
    """What a server answered to one GET: status, headers in order, body."""

    status: int
    headers: list[tuple[str, str]]
    body: bytes

    def header(self, name: str) -> str | None:
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return None

    def representation(self) -> tuple[int, list[tuple[str, str]], bytes]:
        """Status, headers without the hop-by-hop/moment ones (lower-cased, sorted), body."""
        kept = sorted((k.lower(), v) for k, v in self.headers if k.lower() not in HOP_HEADERS)
        return self.status, kept, self.body

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "headers": [
                [key, value] for key, value in self.headers if key.lower() not in HOP_HEADERS
            ],
            "body": base64.b64encode(self.body).decode(),
        }


def fetch(port: int, target: str, if_none_match: str = "") -> RecordedResponse:
    """GET ``target`` from the server on ``port`` and keep the whole answer."""
    conn = http.client.HTTPConnection(HOST, port, timeout=10)
    try:
        headers = {"If-None-Match": if_none_match} if if_none_match else {}
        conn.request("GET", target, headers=headers)
        response = conn.getresponse()
        return RecordedResponse(response.status, response.getheaders(), response.read())
    finally:
        conn.close()


def cases(port: int) -> list[Case]:
    """The benchmarked requests, with the conditional one's ETag read from the server."""
    etag = fetch(port, CONDITIONAL_TARGET).header("ETag")
    if not etag:
        raise RuntimeError(f"{CONDITIONAL_TARGET} has no ETag header")
    plain = [Case(target, target) for target in TARGETS]
    label = f"{CONDITIONAL_TARGET} (If-None-Match: 304)"
    return [*plain, Case(label, CONDITIONAL_TARGET, 304, etag)]


def floor_spec(port: int, targets: tuple[str, ...]) -> dict[str, Any]:
    """Record each target's 200 and its conditional 304 from the server, for the floor app."""
    spec: dict[str, Any] = {}
    for target in targets:
        full = fetch(port, target)
        if full.status != 200:
            raise RuntimeError(f"{target} answered {full.status}, not 200: {full.body[:300]!r}")
        etag = full.header("ETag")
        if not etag:
            raise RuntimeError(f"{target} has no ETag header")
        revalidated = fetch(port, target, etag)
        if revalidated.status != 304:
            raise RuntimeError(f"{target} with If-None-Match answered {revalidated.status}")
        spec[target] = {"etag": etag, "full": full.to_json(), "not_modified": revalidated.to_json()}
    return spec

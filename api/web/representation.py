"""HTTP representations: finished bodies with their ETags, conditional requests, headers.

A response body is built once: records at start, pages and totals on the first
request that asks for them, after which :mod:`api.web.response_cache` keeps the
finished response, so that the same request costs a dictionary lookup; its
query string was validated the first time.
"""

import functools
import hashlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

import orjson
from flask import Flask, Response, current_app, request
from flask_cors import CORS

from api.web.encoding import IDENTITY, encode, encode_stream, negotiate
from api.web.export_files import RETRY_AFTER_SECONDS, ExportFiles, ExportsBusy
from api.web.problems import PROBLEM_MEDIA_TYPE, exports_busy, known_problem
from api.web.response_cache import CACHEABLE, ResponseCacheMiddleware

JSON_MEDIA_TYPE = "application/json"
YAML_MEDIA_TYPE = "application/yaml"
HTML_MEDIA_TYPE = "text/html; charset=utf-8"
#: RFC 4180's media type, with its optional parameters: the export has a header row.
CSV_MEDIA_TYPE = "text/csv; charset=utf-8; header=present"
NDJSON_MEDIA_TYPE = "application/x-ndjson"
#: The media type of each ``format`` of a collection, the page's first.
FORMAT_MEDIA_TYPES = {"json": JSON_MEDIA_TYPE, "csv": CSV_MEDIA_TYPE, "ndjson": NDJSON_MEDIA_TYPE}

#: JSON and YAML are data: they may load nothing and be framed nowhere.
DATA_CSP = "default-src 'none'; frame-ancestors 'none'"
#: The docs page runs Swagger UI from this origin only, with no inline script.
DOCS_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)
#: Liveness must be asked every time.
NO_STORE = "no-store"
#: How long browsers may reuse a CORS preflight answer, in seconds.
CORS_MAX_AGE = 86400
#: How many bytes of finished responses each worker keeps.
RESPONSE_CACHE_BYTES = 64 * 1024 * 1024
#: Responses may differ by Accept (406); CORS answers are the same for every origin.
VARY = "Accept"
#: Representations may also be coded (gzip, Brotli), as Accept-Encoding prefers.
CODED_VARY = "Accept, Accept-Encoding"

_NEGOTIATED_METHODS = frozenset({"GET", "HEAD"})
_EXPORTS = "dossier.exports"

View = TypeVar("View", bound=Callable[..., Any])


def public(max_age: int) -> str:
    """Return the Cache-Control value of data that shared caches may keep ``max_age`` seconds."""
    return f"public, max-age={max_age}"


@dataclass(frozen=True, slots=True)
class Representation:
    """A finished response body with its media type, validator and caching policy.

    Sent in the content coding the request prefers (:mod:`api.web.encoding`), each coding
    with its own strong ETag: a hash of the bytes sent.
    """

    body: bytes
    media_type: str
    cache_control: str
    csp: str = DATA_CSP
    #: The value of its ``Link`` header (RFC 8288), if it has one: the pages around a page.
    link: str | None = None
    #: The strong entity tag of the body as it is (identity), unquoted.
    tag: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "tag", _hash(self.body))

    def respond(self) -> Response:
        """Answer the current request in the coding it prefers: 304 when its If-None-Match
        holds that coding's tag, else 200."""
        coding = negotiate(request.headers.get("Accept-Encoding"))
        coded = encode(self.body, coding)
        body, tag = (self.body, self.tag) if coded is None else (coded, _hash(coded))
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = [
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", CODED_VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        ]
        if self.link is not None:
            not_modified.append(("Link", self.link))
        if "If-None-Match" in request.headers and request.if_none_match.contains_weak(tag):
            return Response(status=304, headers=not_modified)
        headers = [("Content-Type", self.media_type), *not_modified]
        if coded is not None:
            headers.insert(1, ("Content-Encoding", coding))
        return Response(body, headers=headers)


@dataclass(frozen=True, slots=True)
class Download:
    """A representation too large to hold (an export), offered as a file to save.

    Its body is never held whole, so its strong ETag cannot hash it: ``tag`` is a hash of
    what determines every byte (the snapshot, the code's version and the query), and that
    of a coding is it with the coding's name (``-gzip``). Each coding is written once per
    tag into a file (:mod:`api.web.export_files`), which answers every request for it.
    """

    chunks: Callable[[], Iterator[bytes]]
    media_type: str
    cache_control: str
    #: The strong entity tag of the file as it is (identity), unquoted.
    tag: str
    filename: str

    def respond(self) -> Response:
        """Answer the current request in the coding it prefers: 304 when its If-None-Match
        holds that coding's tag, else 200."""
        coding = negotiate(request.headers.get("Accept-Encoding"))
        tag = self.tag if coding == IDENTITY else f"{self.tag}-{coding}"
        headers = [
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", CODED_VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", DATA_CSP),
        ]
        if "If-None-Match" in request.headers and request.if_none_match.contains_weak(tag):
            return Response(status=304, headers=headers)
        body: Iterable[bytes] = iter(())
        if request.method == "GET":
            chunks = self.chunks
            if coding != IDENTITY:
                chunks = functools.partial(_coded_chunks, self.chunks, coding)
            try:
                body = current_app.extensions[_EXPORTS].body(tag, chunks)
            except ExportsBusy:
                raise exports_busy(RETRY_AFTER_SECONDS) from None
        if coding != IDENTITY:
            headers.insert(0, ("Content-Encoding", coding))
        # Passed through as it is, so that a server that sends files finds the file.
        return Response(
            body,
            headers=[
                ("Content-Type", self.media_type),
                ("Content-Disposition", f'attachment; filename="{self.filename}"'),
                *headers,
            ],
            direct_passthrough=True,
        )


def _coded_chunks(chunks: Callable[[], Iterator[bytes]], coding: str) -> Iterator[bytes]:
    return encode_stream(chunks(), coding)


def _hash(body: bytes) -> str:
    return hashlib.blake2b(body, digest_size=16).hexdigest()


def tag_of(*parts: str) -> str:
    """Return a strong entity tag (unquoted) of what determines a representation."""
    return hashlib.blake2b("\x00".join(parts).encode(), digest_size=16).hexdigest()


def json_representation(
    data: Any, cache_control: str, *, link: str | None = None
) -> Representation:
    """Return ``data`` as compact UTF-8 JSON, keys in the order given."""
    return Representation(orjson.dumps(data), JSON_MEDIA_TYPE, cache_control, link=link)


def link_header(relations: Mapping[str, str]) -> str:
    """Return the ``Link`` header (RFC 8288) of paths by relation, each made absolute against
    the current request's own scheme and host."""
    origin = request.host_url.rstrip("/")
    return ", ".join(f'<{origin}{path}>; rel="{relation}"' for relation, path in relations.items())


def produces(*media_types: str) -> Callable[[View], View]:
    """Mark a view as answering in ``media_types``, the first by default; 406 for anything else."""

    def mark(view: View) -> View:
        view.media_types = media_types  # type: ignore[attr-defined]
        return view

    return mark


def send(representation: Representation | Download) -> Response:
    """Answer the current request with ``representation``; a finished body is offered to the
    response cache, a download is streamed past it."""
    if isinstance(representation, Representation):
        request.environ[CACHEABLE] = True
    return representation.respond()


def quality(accept: Iterable[tuple[str, float]], media_type: str) -> float:
    """Return the quality ``accept`` gives ``media_type``: that of its most specific range."""
    # Werkzeug's own `quality` takes the first range that matches, so that
    # "text/html;q=0, */*" would accept HTML.
    wanted_type, _, wanted_subtype = media_type.partition("/")
    best = (-1, 0.0)
    for value, q in accept:
        range_type, _, range_subtype = value.split(";")[0].strip().lower().partition("/")
        if range_type == "*":
            specificity = 0
        elif range_type != wanted_type:
            continue
        elif range_subtype == "*":
            specificity = 1
        elif range_subtype == wanted_subtype:
            specificity = 2
        else:
            continue
        if specificity > best[0]:
            best = (specificity, q)
    return best[1]


def _offered() -> tuple[str, ...]:
    """Return the media types the current request's view answers in (none: not negotiated)."""
    view = current_app.view_functions[request.endpoint or ""]
    offered: tuple[str, ...] = getattr(view, "media_types", ())
    return offered


def preferred() -> str:
    """Return the media type of the current view that the request's Accept prefers.

    Without an Accept header, or on a tie, the view's first media type wins.
    """
    offered = _offered()
    if not request.headers.get("Accept"):
        return offered[0]
    accept = request.accept_mimetypes
    return max(offered, key=lambda media_type: quality(accept, media_type.split(";")[0]))


def requested_format() -> str | None:
    """Return the ``format`` the request's Accept prefers to a JSON page, if it prefers one."""
    if not request.headers.get("Accept"):
        return None
    wanted = preferred()
    return next(
        (
            name
            for name, media_type in FORMAT_MEDIA_TYPES.items()
            if media_type == wanted and media_type != JSON_MEDIA_TYPE
        ),
        None,
    )


def _acceptable() -> bool:
    # No Accept header, or an empty one, accepts anything.
    offered = _offered()
    if not request.headers.get("Accept") or not offered:
        return True
    accept = request.accept_mimetypes
    if any(quality(accept, media_type.split(";")[0]) > 0 for media_type in offered):
        return True
    return JSON_MEDIA_TYPE in offered and quality(accept, PROBLEM_MEDIA_TYPE) > 0


def _refuse_unacceptable() -> None:
    """Answer 406 before any work when the request's Accept excludes what the view offers."""
    if request.routing_exception is not None or request.method not in _NEGOTIATED_METHODS:
        return
    if not _acceptable():
        raise known_problem(406)


def _add_standard_headers(response: Response) -> Response:
    """Give every response, errors and preflights included, the headers the contract promises.

    An answer to OPTIONS has no content: 204, with the methods in ``Allow``. A redirect
    has none either: its ``Location`` says it all (Werkzeug would add an HTML page).
    """
    if request.method == "OPTIONS" and response.status_code == 200:
        response.status_code = 204
        response.set_data(b"")
        del response.headers["Content-Type"]
    elif 300 <= response.status_code < 400 and response.mimetype == "text/html":
        response.set_data(b"")
        del response.headers["Content-Type"]
    headers = response.headers
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Content-Security-Policy", DATA_CSP)
    headers.setdefault("Vary", VARY)
    return response


def init_app(app: Flask, exports: ExportFiles, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS, the response cache and the export
    files into ``app``."""
    app.extensions[_EXPORTS] = exports
    app.before_request(_refuse_unacceptable)
    app.after_request(_add_standard_headers)
    CORS(
        app,
        send_wildcard=True,
        methods=["GET", "HEAD"],
        max_age=CORS_MAX_AGE,
        expose_headers=["ETag", "Content-Disposition", "Content-Range", "Link", "X-Request-ID"],
        supports_credentials=False,
        vary_header=False,
    )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = ResponseCacheMiddleware(app.wsgi_app, cache_bytes)  # type: ignore[method-assign]

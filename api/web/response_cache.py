"""A cache of finished responses in front of the Flask app, at the WSGI layer.

Dossier's data changes only at deploy, so a response is a pure function of the
request's method, path, query string, Accept header and the content coding its
Accept-Encoding header prefers (the only headers it varies by): each coding of a
response is an entry of its own, coded once. The first GET of a URL goes through
Flask: routing, argument validation, the view, every after-request hook (CORS,
security headers). If the
answer is a 200 that a shared cache may store, its status line, final headers
and body are kept; the same request then costs a dictionary lookup, answered
here without entering Flask, with a 304 when its ``If-None-Match`` holds the
ETag. Anything else (other methods, errors, ``no-store`` answers, files served
with range support) always goes through Flask.
"""

from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from threading import Lock
from typing import TYPE_CHECKING, Any

from api.web.encoding import negotiate

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment

#: The environ key a view sets to offer its response to the cache.
CACHEABLE = "dossier.cacheable"

_CACHED_METHODS = frozenset({"GET", "HEAD"})
#: Headers a 304 leaves out: it has no body (RFC 9110, section 15.4.5).
_BODY_HEADERS = frozenset({"content-type", "content-length", "content-encoding"})
#: Headers whose value is each response's own: never shared between entries.
_PER_RESPONSE = frozenset({"etag", "content-length"})

#: Scheme, host and X-Forwarded-Proto (a page's Link header is absolute), path, query
#: string, Accept, and the coding Accept-Encoding chose (:func:`key_of`).
Key = tuple[str, str, str | None, str, str, str, str]
Header = tuple[str, str]
#: A status, final headers and body.
Answer = tuple[int, list[Header], bytes]
#: :meth:`ResponseCacheMiddleware.lookup`: method, key (:func:`key_of`), If-None-Match.
Lookup = Callable[[str, Key, str | None], Answer | None]
_STATUS_LINES = {200: "200 OK", 304: "304 NOT MODIFIED"}

#: What an entry costs besides its body (key, header lists, ETag, bookkeeping), in bytes.
ENTRY_OVERHEAD = 1024


@dataclass(frozen=True, slots=True)
class CachedResponse:
    """A finished 200: its final headers, its body and its quoted strong ETag."""

    headers: list[tuple[str, str]]
    body: bytes
    etag: str
    not_modified_headers: list[tuple[str, str]]

    @classmethod
    def of(
        cls, headers: list[Header], body: bytes, shared: dict[Header, Header]
    ) -> "CachedResponse | None":
        """Return the cache entry of a 200 with these headers, or None if it must not be kept.

        Most headers are the same on every response: ``shared`` keeps one copy of each.
        """
        names = {name.lower(): value for name, value in headers}
        etag = names.get("etag")
        if etag is None or "no-store" in names.get("cache-control", ""):
            return None
        headers = [
            header if header[0].lower() in _PER_RESPONSE else shared.setdefault(header, header)
            for header in headers
        ]
        not_modified = [header for header in headers if header[0].lower() not in _BODY_HEADERS]
        return cls(headers, body, etag, not_modified)

    @property
    def cost(self) -> int:
        """Return what keeping this entry costs, in bytes, as the cache's bound counts it."""
        return len(self.body) + ENTRY_OVERHEAD


class ResponseCache:
    """A thread-safe LRU of cached responses, bounded by their bodies' bytes and overheads."""

    def __init__(self, max_bytes: int) -> None:
        self._max_bytes = max_bytes
        self._bytes = 0
        self._entries: OrderedDict[Key, CachedResponse] = OrderedDict()
        self._lock = Lock()

    def get(self, key: Key) -> CachedResponse | None:
        """Return the response kept for ``key``, if any.

        Without the lock: a server's event loop asks on every cached request. Each of the
        OrderedDict's operations is one C call that holds the GIL (the keys are tuples of
        strings), so a put on another thread comes before or after it, never inside; one
        that forgot the entry in between only makes its move a KeyError.
        """
        entries = self._entries
        entry = entries.get(key)
        if entry is not None:
            try:
                entries.move_to_end(key)
            except KeyError:
                return entry  # forgotten since: still a good answer to this request
        return entry

    def put(self, key: Key, entry: CachedResponse) -> None:
        """Keep ``entry`` for ``key``, forgetting the least recently used beyond the bound."""
        if entry.cost > self._max_bytes:
            return
        with self._lock:
            previous = self._entries.pop(key, None)
            if previous is not None:
                self._bytes -= previous.cost
            self._entries[key] = entry
            self._bytes += entry.cost
            while self._bytes > self._max_bytes:
                _, forgotten = self._entries.popitem(last=False)
                self._bytes -= forgotten.cost


def if_none_match_holds(header: str, etag: str) -> bool:
    """Return whether an If-None-Match value matches ``etag`` (weak comparison, RFC 9110)."""
    if header.strip() == "*":
        return True
    return any(candidate.strip().removeprefix("W/") == etag for candidate in header.split(","))


class ResponseCacheMiddleware:
    """WSGI middleware answering repeated GET and HEAD requests from a :class:`ResponseCache`."""

    def __init__(self, app: "WSGIApplication", max_bytes: int) -> None:
        self.app = app
        self.cache = ResponseCache(max_bytes)
        self._shared_headers: dict[Header, Header] = {}

    def __call__(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        key = key_of(
            environ.get("wsgi.url_scheme", "http"),
            environ.get("HTTP_HOST"),
            environ.get("HTTP_X_FORWARDED_PROTO"),
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
            environ.get("HTTP_ACCEPT_ENCODING"),
        )
        found = self.lookup(method, key, environ.get("HTTP_IF_NONE_MATCH"))
        if found is not None:
            status, headers, body = found
            start_response(_STATUS_LINES[status], headers)
            return [body] if body else []
        if method == "GET":
            return self._fill(key, environ, start_response)
        return self.app(environ, start_response)

    def lookup(self, method: str, key: Key, if_none_match: str | None) -> Answer | None:
        """Return the answer kept for this request (a 200, or a 304), if there is one.

        A dictionary lookup: a server may call it where app code must not run (api.rsgi).
        """
        if method not in _CACHED_METHODS:
            return None
        entry = self.cache.get(key)
        if entry is None:
            return None
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            return 304, entry.not_modified_headers, b""
        return 200, entry.headers, b"" if method == "HEAD" else entry.body

    def _fill(
        self, key: Key, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Ask the app, and keep its answer if it is a cacheable 200."""
        answer: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            answer["status"], answer["headers"] = status, headers
            return start_response(status, headers, exc_info)

        chunks = self.app(environ, capture)
        if not environ.get(CACHEABLE) or not answer.get("status", "").startswith("200"):
            return chunks
        try:
            body = b"".join(chunks)
        finally:
            close = getattr(chunks, "close", None)
            if close is not None:
                close()
        entry = CachedResponse.of(list(answer["headers"]), body, self._shared_headers)
        if entry is not None:
            self.cache.put(key, entry)
        return [body]


def key_of(
    scheme: str,
    host: str | None,
    forwarded_proto: str | None,
    path: str,
    query: str,
    accept: str,
    accept_encoding: str | None,
) -> Key:
    """Return the cache key of a request.

    What decides the absolute links an answer holds (its Link header, a card's URLs): the
    request's ``scheme`` and ``host`` (its Host header), and the scheme a proxy says the
    client used (``forwarded_proto``, X-Forwarded-Proto), kept apart whether or not the app
    trusts the proxy (``PROXY_HOPS``). Then the path, the query string, ``accept`` (its Accept
    headers joined by commas, "" without one) and of ``accept_encoding`` (its Accept-Encoding
    headers likewise, None without one) the coding chosen (a dictionary lookup, see
    :func:`api.web.encoding.negotiate`)."""
    return scheme, host or "", forwarded_proto, path, query, accept, negotiate(accept_encoding)


def lookup_of(app: Any) -> Lookup | None:
    """Return the lookup of the response cache in front of the Flask ``app``, if it has one."""
    middleware = getattr(app, "wsgi_app", None)
    return middleware.lookup if isinstance(middleware, ResponseCacheMiddleware) else None

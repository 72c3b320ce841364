"""A cache of finished responses in front of the Flask app, at the WSGI layer.

Dossier's data changes only at deploy, so a response is a pure function of the
request's method, path, query string and Accept header (the only header it
varies by). The first GET of a URL goes through Flask: routing, argument
validation, the view, every after-request hook (CORS, security headers). If the
answer is a 200 that a shared cache may store, its status line, final headers
and body are kept; the same request then costs a dictionary lookup, answered
here without entering Flask, with a 304 when its ``If-None-Match`` holds the
ETag. Anything else (other methods, errors, ``no-store`` answers, files served
with range support) always goes through Flask.
"""

from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from threading import Lock
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment

#: The environ key a view sets to offer its response to the cache.
CACHEABLE = "dossier.cacheable"

_CACHED_METHODS = frozenset({"GET", "HEAD"})
#: Headers a 304 leaves out: it has no body (RFC 9110, section 15.4.5).
_BODY_HEADERS = frozenset({"content-type", "content-length"})
#: Headers whose value is each response's own: never shared between entries.
_PER_RESPONSE = frozenset({"etag", "content-length"})

Key = tuple[str, str, str]
Header = tuple[str, str]

#: What an entry costs besides its body (key, header lists, ETag, bookkeeping), in bytes.
ENTRY_OVERHEAD = 1024


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁCachedResponseǁof__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True, slots=True)
class CachedResponse:
    """A finished 200: its final headers, its body and its quoted strong ETag."""

    headers: list[tuple[str, str]]
    body: bytes
    etag: str
    not_modified_headers: list[tuple[str, str]]

    @classmethod
    @_mutmut_mutated(mutants_xǁCachedResponseǁof__mutmut, is_classmethod = True)
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

    @classmethod
    def xǁCachedResponseǁof__mutmut_orig(
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

    @classmethod
    def xǁCachedResponseǁof__mutmut_1(
        cls, headers: list[Header], body: bytes, shared: dict[Header, Header]
    ) -> "CachedResponse | None":
        """Return the cache entry of a 200 with these headers, or None if it must not be kept.

        Most headers are the same on every response: ``shared`` keeps one copy of each.
        """
        names = None
        etag = names.get("etag")
        if etag is None or "no-store" in names.get("cache-control", ""):
            return None
        headers = [
            header if header[0].lower() in _PER_RESPONSE else shared.setdefault(header, header)
            for header in headers
        ]
        not_modified = [header for header in headers if header[0].lower() not in _BODY_HEADERS]
        return cls(headers, body, etag, not_modified)

    @classmethod
    def xǁCachedResponseǁof__mutmut_2(
        cls, headers: list[Header], body: bytes, shared: dict[Header, Header]
    ) -> "CachedResponse | None":
        """Return the cache entry of a 200 with these headers, or None if it must not be kept.

        Most headers are the same on every response: ``shared`` keeps one copy of each.
        """
        names = {name.upper(): value for name, value in headers}
        etag = names.get("etag")
        if etag is None or "no-store" in names.get("cache-control", ""):
            return None
        headers = [
            header if header[0].lower() in _PER_RESPONSE else shared.setdefault(header, header)
            for header in headers
        ]
        not_modified = [header for header in headers if header[0].lower() not in _BODY_HEADERS]
        return cls(headers, body, etag, not_modified)

    @classmethod
    def xǁCachedResponseǁof__mutmut_3(
        cls, headers: list[Header], body: bytes, shared: dict[Header, Header]
    ) -> "CachedResponse | None":
        """Return the cache entry of a 200 with these headers, or None if it must not be kept.

        Most headers are the same on every response: ``shared`` keeps one copy of each.
        """
        names = {name.lower(): value for name, value in headers}
        etag = None
        if etag is None or "no-store" in names.get("cache-control", ""):
            return None
        headers = [
            header if header[0].lower() in _PER_RESPONSE else shared.setdefault(header, header)
            for header in headers
        ]
        not_modified = [header for header in headers if header[0].lower() not in _BODY_HEADERS]
        return cls(headers, body, etag, not_modified)

    @classmethod
    def xǁCachedResponseǁof__mutmut_4(
        cls, headers: list[Header], body: bytes, shared: dict[Header, Header]
    ) -> "CachedResponse | None":
        """Return the cache entry of a 200 with these headers, or None if it must not be kept.

        Most headers are the same on every response: ``shared`` keeps one copy of each.
        """
        names = {name.lower(): value for name, value in headers}
        etag = names.get(None)
        if etag is None or "no-store" in names.get("cache-control", ""):
            return None
        headers = [
            header if header[0].lower() in _PER_RESPONSE else shared.setdefault(header, header)
            for header in headers
        ]
        not_modified = [header for header in headers if header[0].lower() not in _BODY_HEADERS]
        return cls(headers, body, etag, not_modified)

    @classmethod
    def xǁCachedResponseǁof__mutmut_5(
        cls, headers: list[Header], body: bytes, shared: dict[Header, Header]
    ) -> "CachedResponse | None":
        """Return the cache entry of a 200 with these headers, or None if it must not be kept.

        Most headers are the same on every response: ``shared`` keeps one copy of each.
        """
        names = {name.lower(): value for name, value in headers}
        etag = names.get("XXetagXX")
        if etag is None or "no-store" in names.get("cache-control", ""):
            return None
        headers = [
            header if header[0].lower() in _PER_RESPONSE else shared.setdefault(header, header)
            for header in headers
        ]
        not_modified = [header for header in headers if header[0].lower() not in _BODY_HEADERS]
        return cls(headers, body, etag, not_modified)

    @classmethod
    def xǁCachedResponseǁof__mutmut_6(
        cls, headers: list[Header], body: bytes, shared: dict[Header, Header]
    ) -> "CachedResponse | None":
        """Return the cache entry of a 200 with these headers, or None if it must not be kept.

        Most headers are the same on every response: ``shared`` keeps one copy of each.
        """
        names = {name.lower(): value for name, value in headers}
        etag = names.get("ETAG")
        if etag is None or "no-store" in names.get("cache-control", ""):
            return None
        headers = [
            header if header[0].lower() in _PER_RESPONSE else shared.setdefault(header, header)
            for header in headers
        ]
        not_modified = [header for header in headers if header[0].lower() not in _BODY_HEADERS]
        return cls(headers, body, etag, not_modified)

    @classmethod
    def xǁCachedResponseǁof__mutmut_7(
        cls, headers: list[Header], body: bytes, shared: dict[Header, Header]
    ) -> "CachedResponse | None":
        """Return the cache entry of a 200 with these headers, or None if it must not be kept.

        Most headers are the same on every response: ``shared`` keeps one copy of each.
        """
        names = {name.lower(): value for name, value in headers}
        etag = names.get("etag")
        if etag is None and "no-store" in names.get("cache-control", ""):
            return None
        headers = [
            header if header[0].lower() in _PER_RESPONSE else shared.setdefault(header, header)
            for header in headers
        ]
        not_modified = [header for header in headers if header[0].lower() not in _BODY_HEADERS]
        return cls(headers, body, etag, not_modified)

    @classmethod
    def xǁCachedResponseǁof__mutmut_8(
        cls, headers: list[Header], body: bytes, shared: dict[Header, Header]
    ) -> "CachedResponse | None":
        """Return the cache entry of a 200 with these headers, or None if it must not be kept.

        Most headers are the same on every response: ``shared`` keeps one copy of each.
        """
        names = {name.lower(): value for name, value in headers}
        etag = names.get("etag")
        if etag is not None or "no-store" in names.get("cache-control", ""):
            return None
        headers = [
            header if header[0].lower() in _PER_RESPONSE else shared.setdefault(header, header)
            for header in headers
        ]
        not_modified = [header for header in headers if header[0].lower() not in _BODY_HEADERS]
        return cls(headers, body, etag, not_modified)

    @classmethod
    def xǁCachedResponseǁof__mutmut_9(
        cls, headers: list[Header], body: bytes, shared: dict[Header, Header]
    ) -> "CachedResponse | None":
        """Return the cache entry of a 200 with these headers, or None if it must not be kept.

        Most headers are the same on every response: ``shared`` keeps one copy of each.
        """
        names = {name.lower(): value for name, value in headers}
        etag = names.get("etag")
        if etag is None or "XXno-storeXX" in names.get("cache-control", ""):
            return None
        headers = [
            header if header[0].lower() in _PER_RESPONSE else shared.setdefault(header, header)
            for header in headers
        ]
        not_modified = [header for header in headers if header[0].lower() not in _BODY_HEADERS]
        return cls(headers, body, etag, not_modified)

    @classmethod
    def xǁCachedResponseǁof__mutmut_10(
        cls, headers: list[Header], body: bytes, shared: dict[Header, Header]
    ) -> "CachedResponse | None":
        """Return the cache entry of a 200 with these headers, or None if it must not be kept.

        Most headers are the same on every response: ``shared`` keeps one copy of each.
        """
        names = {name.lower(): value for name, value in headers}
        etag = names.get("etag")
        if etag is None or "NO-STORE" in names.get("cache-control", ""):
            return None
        headers = [
            header if header[0].lower() in _PER_RESPONSE else shared.setdefault(header, header)
            for header in headers
        ]
        not_modified = [header for header in headers if header[0].lower() not in _BODY_HEADERS]
        return cls(headers, body, etag, not_modified)

    @classmethod
    def xǁCachedResponseǁof__mutmut_11(
        cls, headers: list[Header], body: bytes, shared: dict[Header, Header]
    ) -> "CachedResponse | None":
        """Return the cache entry of a 200 with these headers, or None if it must not be kept.

        Most headers are the same on every response: ``shared`` keeps one copy of each.
        """
        names = {name.lower(): value for name, value in headers}
        etag = names.get("etag")
        if etag is None or "no-store" not in names.get("cache-control", ""):
            return None
        headers = [
            header if header[0].lower() in _PER_RESPONSE else shared.setdefault(header, header)
            for header in headers
        ]
        not_modified = [header for header in headers if header[0].lower() not in _BODY_HEADERS]
        return cls(headers, body, etag, not_modified)

    @classmethod
    def xǁCachedResponseǁof__mutmut_12(
        cls, headers: list[Header], body: bytes, shared: dict[Header, Header]
    ) -> "CachedResponse | None":
        """Return the cache entry of a 200 with these headers, or None if it must not be kept.

        Most headers are the same on every response: ``shared`` keeps one copy of each.
        """
        names = {name.lower(): value for name, value in headers}
        etag = names.get("etag")
        if etag is None or "no-store" in names.get(None, ""):
            return None
        headers = [
            header if header[0].lower() in _PER_RESPONSE else shared.setdefault(header, header)
            for header in headers
        ]
        not_modified = [header for header in headers if header[0].lower() not in _BODY_HEADERS]
        return cls(headers, body, etag, not_modified)

    @classmethod
    def xǁCachedResponseǁof__mutmut_13(
        cls, headers: list[Header], body: bytes, shared: dict[Header, Header]
    ) -> "CachedResponse | None":
        """Return the cache entry of a 200 with these headers, or None if it must not be kept.

        Most headers are the same on every response: ``shared`` keeps one copy of each.
        """
        names = {name.lower(): value for name, value in headers}
        etag = names.get("etag")
        if etag is None or "no-store" in names.get("cache-control", None):
            return None
        headers = [
            header if header[0].lower() in _PER_RESPONSE else shared.setdefault(header, header)
            for header in headers
        ]
        not_modified = [header for header in headers if header[0].lower() not in _BODY_HEADERS]
        return cls(headers, body, etag, not_modified)

    @classmethod
    def xǁCachedResponseǁof__mutmut_14(
        cls, headers: list[Header], body: bytes, shared: dict[Header, Header]
    ) -> "CachedResponse | None":
        """Return the cache entry of a 200 with these headers, or None if it must not be kept.

        Most headers are the same on every response: ``shared`` keeps one copy of each.
        """
        names = {name.lower(): value for name, value in headers}
        etag = names.get("etag")
        if etag is None or "no-store" in names.get(""):
            return None
        headers = [
            header if header[0].lower() in _PER_RESPONSE else shared.setdefault(header, header)
            for header in headers
        ]
        not_modified = [header for header in headers if header[0].lower() not in _BODY_HEADERS]
        return cls(headers, body, etag, not_modified)

    @classmethod
    def xǁCachedResponseǁof__mutmut_15(
        cls, headers: list[Header], body: bytes, shared: dict[Header, Header]
    ) -> "CachedResponse | None":
        """Return the cache entry of a 200 with these headers, or None if it must not be kept.

        Most headers are the same on every response: ``shared`` keeps one copy of each.
        """
        names = {name.lower(): value for name, value in headers}
        etag = names.get("etag")
        if etag is None or "no-store" in names.get("cache-control", ):
            return None
        headers = [
            header if header[0].lower() in _PER_RESPONSE else shared.setdefault(header, header)
            for header in headers
        ]
        not_modified = [header for header in headers if header[0].lower() not in _BODY_HEADERS]
        return cls(headers, body, etag, not_modified)

    @classmethod
    def xǁCachedResponseǁof__mutmut_16(
        cls, headers: list[Header], body: bytes, shared: dict[Header, Header]
    ) -> "CachedResponse | None":
        """Return the cache entry of a 200 with these headers, or None if it must not be kept.

        Most headers are the same on every response: ``shared`` keeps one copy of each.
        """
        names = {name.lower(): value for name, value in headers}
        etag = names.get("etag")
        if etag is None or "no-store" in names.get("XXcache-controlXX", ""):
            return None
        headers = [
            header if header[0].lower() in _PER_RESPONSE else shared.setdefault(header, header)
            for header in headers
        ]
        not_modified = [header for header in headers if header[0].lower() not in _BODY_HEADERS]
        return cls(headers, body, etag, not_modified)

    @classmethod
    def xǁCachedResponseǁof__mutmut_17(
        cls, headers: list[Header], body: bytes, shared: dict[Header, Header]
    ) -> "CachedResponse | None":
        """Return the cache entry of a 200 with these headers, or None if it must not be kept.

        Most headers are the same on every response: ``shared`` keeps one copy of each.
        """
        names = {name.lower(): value for name, value in headers}
        etag = names.get("etag")
        if etag is None or "no-store" in names.get("CACHE-CONTROL", ""):
            return None
        headers = [
            header if header[0].lower() in _PER_RESPONSE else shared.setdefault(header, header)
            for header in headers
        ]
        not_modified = [header for header in headers if header[0].lower() not in _BODY_HEADERS]
        return cls(headers, body, etag, not_modified)

    @classmethod
    def xǁCachedResponseǁof__mutmut_18(
        cls, headers: list[Header], body: bytes, shared: dict[Header, Header]
    ) -> "CachedResponse | None":
        """Return the cache entry of a 200 with these headers, or None if it must not be kept.

        Most headers are the same on every response: ``shared`` keeps one copy of each.
        """
        names = {name.lower(): value for name, value in headers}
        etag = names.get("etag")
        if etag is None or "no-store" in names.get("cache-control", "XXXX"):
            return None
        headers = [
            header if header[0].lower() in _PER_RESPONSE else shared.setdefault(header, header)
            for header in headers
        ]
        not_modified = [header for header in headers if header[0].lower() not in _BODY_HEADERS]
        return cls(headers, body, etag, not_modified)

    @classmethod
    def xǁCachedResponseǁof__mutmut_19(
        cls, headers: list[Header], body: bytes, shared: dict[Header, Header]
    ) -> "CachedResponse | None":
        """Return the cache entry of a 200 with these headers, or None if it must not be kept.

        Most headers are the same on every response: ``shared`` keeps one copy of each.
        """
        names = {name.lower(): value for name, value in headers}
        etag = names.get("etag")
        if etag is None or "no-store" in names.get("cache-control", ""):
            return None
        headers = None
        not_modified = [header for header in headers if header[0].lower() not in _BODY_HEADERS]
        return cls(headers, body, etag, not_modified)

    @classmethod
    def xǁCachedResponseǁof__mutmut_20(
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
            header if (header[0].lower() in _PER_RESPONSE) and False else shared.setdefault(header, header)
            for header in headers
        ]
        not_modified = [header for header in headers if header[0].lower() not in _BODY_HEADERS]
        return cls(headers, body, etag, not_modified)

    @classmethod
    def xǁCachedResponseǁof__mutmut_21(
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
            header if (header[0].lower() in _PER_RESPONSE) or True else shared.setdefault(header, header)
            for header in headers
        ]
        not_modified = [header for header in headers if header[0].lower() not in _BODY_HEADERS]
        return cls(headers, body, etag, not_modified)

    @classmethod
    def xǁCachedResponseǁof__mutmut_22(
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
            header if header[0].upper() in _PER_RESPONSE else shared.setdefault(header, header)
            for header in headers
        ]
        not_modified = [header for header in headers if header[0].lower() not in _BODY_HEADERS]
        return cls(headers, body, etag, not_modified)

    @classmethod
    def xǁCachedResponseǁof__mutmut_23(
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
            header if header[1].lower() in _PER_RESPONSE else shared.setdefault(header, header)
            for header in headers
        ]
        not_modified = [header for header in headers if header[0].lower() not in _BODY_HEADERS]
        return cls(headers, body, etag, not_modified)

    @classmethod
    def xǁCachedResponseǁof__mutmut_24(
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
            header if header[0].lower() not in _PER_RESPONSE else shared.setdefault(header, header)
            for header in headers
        ]
        not_modified = [header for header in headers if header[0].lower() not in _BODY_HEADERS]
        return cls(headers, body, etag, not_modified)

    @classmethod
    def xǁCachedResponseǁof__mutmut_25(
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
            header if header[0].lower() in _PER_RESPONSE else shared.setdefault(None, header)
            for header in headers
        ]
        not_modified = [header for header in headers if header[0].lower() not in _BODY_HEADERS]
        return cls(headers, body, etag, not_modified)

    @classmethod
    def xǁCachedResponseǁof__mutmut_26(
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
            header if header[0].lower() in _PER_RESPONSE else shared.setdefault(header, None)
            for header in headers
        ]
        not_modified = [header for header in headers if header[0].lower() not in _BODY_HEADERS]
        return cls(headers, body, etag, not_modified)

    @classmethod
    def xǁCachedResponseǁof__mutmut_27(
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
            header if header[0].lower() in _PER_RESPONSE else shared.setdefault(header)
            for header in headers
        ]
        not_modified = [header for header in headers if header[0].lower() not in _BODY_HEADERS]
        return cls(headers, body, etag, not_modified)

    @classmethod
    def xǁCachedResponseǁof__mutmut_28(
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
            header if header[0].lower() in _PER_RESPONSE else shared.setdefault(header, )
            for header in headers
        ]
        not_modified = [header for header in headers if header[0].lower() not in _BODY_HEADERS]
        return cls(headers, body, etag, not_modified)

    @classmethod
    def xǁCachedResponseǁof__mutmut_29(
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
        not_modified = None
        return cls(headers, body, etag, not_modified)

    @classmethod
    def xǁCachedResponseǁof__mutmut_30(
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
        not_modified = [header for header in headers if header[0].upper() not in _BODY_HEADERS]
        return cls(headers, body, etag, not_modified)

    @classmethod
    def xǁCachedResponseǁof__mutmut_31(
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
        not_modified = [header for header in headers if header[1].lower() not in _BODY_HEADERS]
        return cls(headers, body, etag, not_modified)

    @classmethod
    def xǁCachedResponseǁof__mutmut_32(
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
        not_modified = [header for header in headers if header[0].lower() in _BODY_HEADERS]
        return cls(headers, body, etag, not_modified)

    @classmethod
    def xǁCachedResponseǁof__mutmut_33(
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
        return cls(None, body, etag, not_modified)

    @classmethod
    def xǁCachedResponseǁof__mutmut_34(
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
        return cls(headers, None, etag, not_modified)

    @classmethod
    def xǁCachedResponseǁof__mutmut_35(
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
        return cls(headers, body, None, not_modified)

    @classmethod
    def xǁCachedResponseǁof__mutmut_36(
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
        return cls(headers, body, etag, None)

    @classmethod
    def xǁCachedResponseǁof__mutmut_37(
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
        return cls(body, etag, not_modified)

    @classmethod
    def xǁCachedResponseǁof__mutmut_38(
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
        return cls(headers, etag, not_modified)

    @classmethod
    def xǁCachedResponseǁof__mutmut_39(
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
        return cls(headers, body, not_modified)

    @classmethod
    def xǁCachedResponseǁof__mutmut_40(
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
        return cls(headers, body, etag, )

    @property
    def cost(self) -> int:
        """Return what keeping this entry costs, in bytes, as the cache's bound counts it."""
        return len(self.body) + ENTRY_OVERHEAD

mutants_xǁCachedResponseǁof__mutmut['_mutmut_orig'] = CachedResponse.xǁCachedResponseǁof__mutmut_orig # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_1'] = CachedResponse.xǁCachedResponseǁof__mutmut_1 # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_2'] = CachedResponse.xǁCachedResponseǁof__mutmut_2 # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_3'] = CachedResponse.xǁCachedResponseǁof__mutmut_3 # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_4'] = CachedResponse.xǁCachedResponseǁof__mutmut_4 # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_5'] = CachedResponse.xǁCachedResponseǁof__mutmut_5 # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_6'] = CachedResponse.xǁCachedResponseǁof__mutmut_6 # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_7'] = CachedResponse.xǁCachedResponseǁof__mutmut_7 # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_8'] = CachedResponse.xǁCachedResponseǁof__mutmut_8 # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_9'] = CachedResponse.xǁCachedResponseǁof__mutmut_9 # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_10'] = CachedResponse.xǁCachedResponseǁof__mutmut_10 # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_11'] = CachedResponse.xǁCachedResponseǁof__mutmut_11 # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_12'] = CachedResponse.xǁCachedResponseǁof__mutmut_12 # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_13'] = CachedResponse.xǁCachedResponseǁof__mutmut_13 # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_14'] = CachedResponse.xǁCachedResponseǁof__mutmut_14 # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_15'] = CachedResponse.xǁCachedResponseǁof__mutmut_15 # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_16'] = CachedResponse.xǁCachedResponseǁof__mutmut_16 # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_17'] = CachedResponse.xǁCachedResponseǁof__mutmut_17 # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_18'] = CachedResponse.xǁCachedResponseǁof__mutmut_18 # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_19'] = CachedResponse.xǁCachedResponseǁof__mutmut_19 # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_20'] = CachedResponse.xǁCachedResponseǁof__mutmut_20 # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_21'] = CachedResponse.xǁCachedResponseǁof__mutmut_21 # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_22'] = CachedResponse.xǁCachedResponseǁof__mutmut_22 # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_23'] = CachedResponse.xǁCachedResponseǁof__mutmut_23 # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_24'] = CachedResponse.xǁCachedResponseǁof__mutmut_24 # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_25'] = CachedResponse.xǁCachedResponseǁof__mutmut_25 # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_26'] = CachedResponse.xǁCachedResponseǁof__mutmut_26 # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_27'] = CachedResponse.xǁCachedResponseǁof__mutmut_27 # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_28'] = CachedResponse.xǁCachedResponseǁof__mutmut_28 # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_29'] = CachedResponse.xǁCachedResponseǁof__mutmut_29 # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_30'] = CachedResponse.xǁCachedResponseǁof__mutmut_30 # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_31'] = CachedResponse.xǁCachedResponseǁof__mutmut_31 # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_32'] = CachedResponse.xǁCachedResponseǁof__mutmut_32 # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_33'] = CachedResponse.xǁCachedResponseǁof__mutmut_33 # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_34'] = CachedResponse.xǁCachedResponseǁof__mutmut_34 # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_35'] = CachedResponse.xǁCachedResponseǁof__mutmut_35 # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_36'] = CachedResponse.xǁCachedResponseǁof__mutmut_36 # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_37'] = CachedResponse.xǁCachedResponseǁof__mutmut_37 # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_38'] = CachedResponse.xǁCachedResponseǁof__mutmut_38 # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_39'] = CachedResponse.xǁCachedResponseǁof__mutmut_39 # type: ignore # mutmut generated
mutants_xǁCachedResponseǁof__mutmut['xǁCachedResponseǁof__mutmut_40'] = CachedResponse.xǁCachedResponseǁof__mutmut_40 # type: ignore # mutmut generated
mutants_xǁResponseCacheǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁResponseCacheǁget__mutmut: MutantDict = {}  # type: ignore
mutants_xǁResponseCacheǁput__mutmut: MutantDict = {}  # type: ignore


class ResponseCache:
    """A thread-safe LRU of cached responses, bounded by their bodies' bytes and overheads."""

    @_mutmut_mutated(mutants_xǁResponseCacheǁ__init____mutmut)
    def __init__(self, max_bytes: int) -> None:
        self._max_bytes = max_bytes
        self._bytes = 0
        self._entries: OrderedDict[Key, CachedResponse] = OrderedDict()
        self._lock = Lock()

    def xǁResponseCacheǁ__init____mutmut_orig(self, max_bytes: int) -> None:
        self._max_bytes = max_bytes
        self._bytes = 0
        self._entries: OrderedDict[Key, CachedResponse] = OrderedDict()
        self._lock = Lock()

    def xǁResponseCacheǁ__init____mutmut_1(self, max_bytes: int) -> None:
        self._max_bytes = None
        self._bytes = 0
        self._entries: OrderedDict[Key, CachedResponse] = OrderedDict()
        self._lock = Lock()

    def xǁResponseCacheǁ__init____mutmut_2(self, max_bytes: int) -> None:
        self._max_bytes = max_bytes
        self._bytes = None
        self._entries: OrderedDict[Key, CachedResponse] = OrderedDict()
        self._lock = Lock()

    def xǁResponseCacheǁ__init____mutmut_3(self, max_bytes: int) -> None:
        self._max_bytes = max_bytes
        self._bytes = 1
        self._entries: OrderedDict[Key, CachedResponse] = OrderedDict()
        self._lock = Lock()

    def xǁResponseCacheǁ__init____mutmut_4(self, max_bytes: int) -> None:
        self._max_bytes = max_bytes
        self._bytes = 0
        self._entries: OrderedDict[Key, CachedResponse] = None
        self._lock = Lock()

    def xǁResponseCacheǁ__init____mutmut_5(self, max_bytes: int) -> None:
        self._max_bytes = max_bytes
        self._bytes = 0
        self._entries: OrderedDict[Key, CachedResponse] = OrderedDict()
        self._lock = None

    @_mutmut_mutated(mutants_xǁResponseCacheǁget__mutmut)
    def get(self, key: Key) -> CachedResponse | None:
        """Return the response kept for ``key``, if any."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
            return entry

    def xǁResponseCacheǁget__mutmut_orig(self, key: Key) -> CachedResponse | None:
        """Return the response kept for ``key``, if any."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
            return entry

    def xǁResponseCacheǁget__mutmut_1(self, key: Key) -> CachedResponse | None:
        """Return the response kept for ``key``, if any."""
        with self._lock:
            entry = None
            if entry is not None:
                self._entries.move_to_end(key)
            return entry

    def xǁResponseCacheǁget__mutmut_2(self, key: Key) -> CachedResponse | None:
        """Return the response kept for ``key``, if any."""
        with self._lock:
            entry = self._entries.get(None)
            if entry is not None:
                self._entries.move_to_end(key)
            return entry

    def xǁResponseCacheǁget__mutmut_3(self, key: Key) -> CachedResponse | None:
        """Return the response kept for ``key``, if any."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                self._entries.move_to_end(key)
            return entry

    def xǁResponseCacheǁget__mutmut_4(self, key: Key) -> CachedResponse | None:
        """Return the response kept for ``key``, if any."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(None)
            return entry

    @_mutmut_mutated(mutants_xǁResponseCacheǁput__mutmut)
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

    def xǁResponseCacheǁput__mutmut_orig(self, key: Key, entry: CachedResponse) -> None:
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

    def xǁResponseCacheǁput__mutmut_1(self, key: Key, entry: CachedResponse) -> None:
        """Keep ``entry`` for ``key``, forgetting the least recently used beyond the bound."""
        if entry.cost >= self._max_bytes:
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

    def xǁResponseCacheǁput__mutmut_2(self, key: Key, entry: CachedResponse) -> None:
        """Keep ``entry`` for ``key``, forgetting the least recently used beyond the bound."""
        if entry.cost > self._max_bytes:
            return
        with self._lock:
            previous = None
            if previous is not None:
                self._bytes -= previous.cost
            self._entries[key] = entry
            self._bytes += entry.cost
            while self._bytes > self._max_bytes:
                _, forgotten = self._entries.popitem(last=False)
                self._bytes -= forgotten.cost

    def xǁResponseCacheǁput__mutmut_3(self, key: Key, entry: CachedResponse) -> None:
        """Keep ``entry`` for ``key``, forgetting the least recently used beyond the bound."""
        if entry.cost > self._max_bytes:
            return
        with self._lock:
            previous = self._entries.pop(None, None)
            if previous is not None:
                self._bytes -= previous.cost
            self._entries[key] = entry
            self._bytes += entry.cost
            while self._bytes > self._max_bytes:
                _, forgotten = self._entries.popitem(last=False)
                self._bytes -= forgotten.cost

    def xǁResponseCacheǁput__mutmut_4(self, key: Key, entry: CachedResponse) -> None:
        """Keep ``entry`` for ``key``, forgetting the least recently used beyond the bound."""
        if entry.cost > self._max_bytes:
            return
        with self._lock:
            previous = self._entries.pop(None)
            if previous is not None:
                self._bytes -= previous.cost
            self._entries[key] = entry
            self._bytes += entry.cost
            while self._bytes > self._max_bytes:
                _, forgotten = self._entries.popitem(last=False)
                self._bytes -= forgotten.cost

    def xǁResponseCacheǁput__mutmut_5(self, key: Key, entry: CachedResponse) -> None:
        """Keep ``entry`` for ``key``, forgetting the least recently used beyond the bound."""
        if entry.cost > self._max_bytes:
            return
        with self._lock:
            previous = self._entries.pop(key, )
            if previous is not None:
                self._bytes -= previous.cost
            self._entries[key] = entry
            self._bytes += entry.cost
            while self._bytes > self._max_bytes:
                _, forgotten = self._entries.popitem(last=False)
                self._bytes -= forgotten.cost

    def xǁResponseCacheǁput__mutmut_6(self, key: Key, entry: CachedResponse) -> None:
        """Keep ``entry`` for ``key``, forgetting the least recently used beyond the bound."""
        if entry.cost > self._max_bytes:
            return
        with self._lock:
            previous = self._entries.pop(key, None)
            if previous is None:
                self._bytes -= previous.cost
            self._entries[key] = entry
            self._bytes += entry.cost
            while self._bytes > self._max_bytes:
                _, forgotten = self._entries.popitem(last=False)
                self._bytes -= forgotten.cost

    def xǁResponseCacheǁput__mutmut_7(self, key: Key, entry: CachedResponse) -> None:
        """Keep ``entry`` for ``key``, forgetting the least recently used beyond the bound."""
        if entry.cost > self._max_bytes:
            return
        with self._lock:
            previous = self._entries.pop(key, None)
            if previous is not None:
                self._bytes = previous.cost
            self._entries[key] = entry
            self._bytes += entry.cost
            while self._bytes > self._max_bytes:
                _, forgotten = self._entries.popitem(last=False)
                self._bytes -= forgotten.cost

    def xǁResponseCacheǁput__mutmut_8(self, key: Key, entry: CachedResponse) -> None:
        """Keep ``entry`` for ``key``, forgetting the least recently used beyond the bound."""
        if entry.cost > self._max_bytes:
            return
        with self._lock:
            previous = self._entries.pop(key, None)
            if previous is not None:
                self._bytes += previous.cost
            self._entries[key] = entry
            self._bytes += entry.cost
            while self._bytes > self._max_bytes:
                _, forgotten = self._entries.popitem(last=False)
                self._bytes -= forgotten.cost

    def xǁResponseCacheǁput__mutmut_9(self, key: Key, entry: CachedResponse) -> None:
        """Keep ``entry`` for ``key``, forgetting the least recently used beyond the bound."""
        if entry.cost > self._max_bytes:
            return
        with self._lock:
            previous = self._entries.pop(key, None)
            if previous is not None:
                self._bytes -= previous.cost
            self._entries[key] = None
            self._bytes += entry.cost
            while self._bytes > self._max_bytes:
                _, forgotten = self._entries.popitem(last=False)
                self._bytes -= forgotten.cost

    def xǁResponseCacheǁput__mutmut_10(self, key: Key, entry: CachedResponse) -> None:
        """Keep ``entry`` for ``key``, forgetting the least recently used beyond the bound."""
        if entry.cost > self._max_bytes:
            return
        with self._lock:
            previous = self._entries.pop(key, None)
            if previous is not None:
                self._bytes -= previous.cost
            self._entries[key] = entry
            self._bytes = entry.cost
            while self._bytes > self._max_bytes:
                _, forgotten = self._entries.popitem(last=False)
                self._bytes -= forgotten.cost

    def xǁResponseCacheǁput__mutmut_11(self, key: Key, entry: CachedResponse) -> None:
        """Keep ``entry`` for ``key``, forgetting the least recently used beyond the bound."""
        if entry.cost > self._max_bytes:
            return
        with self._lock:
            previous = self._entries.pop(key, None)
            if previous is not None:
                self._bytes -= previous.cost
            self._entries[key] = entry
            self._bytes -= entry.cost
            while self._bytes > self._max_bytes:
                _, forgotten = self._entries.popitem(last=False)
                self._bytes -= forgotten.cost

    def xǁResponseCacheǁput__mutmut_12(self, key: Key, entry: CachedResponse) -> None:
        """Keep ``entry`` for ``key``, forgetting the least recently used beyond the bound."""
        if entry.cost > self._max_bytes:
            return
        with self._lock:
            previous = self._entries.pop(key, None)
            if previous is not None:
                self._bytes -= previous.cost
            self._entries[key] = entry
            self._bytes += entry.cost
            while self._bytes >= self._max_bytes:
                _, forgotten = self._entries.popitem(last=False)
                self._bytes -= forgotten.cost

    def xǁResponseCacheǁput__mutmut_13(self, key: Key, entry: CachedResponse) -> None:
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
                _, forgotten = None
                self._bytes -= forgotten.cost

    def xǁResponseCacheǁput__mutmut_14(self, key: Key, entry: CachedResponse) -> None:
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
                _, forgotten = self._entries.popitem(last=None)
                self._bytes -= forgotten.cost

    def xǁResponseCacheǁput__mutmut_15(self, key: Key, entry: CachedResponse) -> None:
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
                _, forgotten = self._entries.popitem(last=True)
                self._bytes -= forgotten.cost

    def xǁResponseCacheǁput__mutmut_16(self, key: Key, entry: CachedResponse) -> None:
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
                self._bytes = forgotten.cost

    def xǁResponseCacheǁput__mutmut_17(self, key: Key, entry: CachedResponse) -> None:
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
                self._bytes += forgotten.cost

mutants_xǁResponseCacheǁ__init____mutmut['_mutmut_orig'] = ResponseCache.xǁResponseCacheǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁResponseCacheǁ__init____mutmut['xǁResponseCacheǁ__init____mutmut_1'] = ResponseCache.xǁResponseCacheǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁResponseCacheǁ__init____mutmut['xǁResponseCacheǁ__init____mutmut_2'] = ResponseCache.xǁResponseCacheǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁResponseCacheǁ__init____mutmut['xǁResponseCacheǁ__init____mutmut_3'] = ResponseCache.xǁResponseCacheǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁResponseCacheǁ__init____mutmut['xǁResponseCacheǁ__init____mutmut_4'] = ResponseCache.xǁResponseCacheǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁResponseCacheǁ__init____mutmut['xǁResponseCacheǁ__init____mutmut_5'] = ResponseCache.xǁResponseCacheǁ__init____mutmut_5 # type: ignore # mutmut generated

mutants_xǁResponseCacheǁget__mutmut['_mutmut_orig'] = ResponseCache.xǁResponseCacheǁget__mutmut_orig # type: ignore # mutmut generated
mutants_xǁResponseCacheǁget__mutmut['xǁResponseCacheǁget__mutmut_1'] = ResponseCache.xǁResponseCacheǁget__mutmut_1 # type: ignore # mutmut generated
mutants_xǁResponseCacheǁget__mutmut['xǁResponseCacheǁget__mutmut_2'] = ResponseCache.xǁResponseCacheǁget__mutmut_2 # type: ignore # mutmut generated
mutants_xǁResponseCacheǁget__mutmut['xǁResponseCacheǁget__mutmut_3'] = ResponseCache.xǁResponseCacheǁget__mutmut_3 # type: ignore # mutmut generated
mutants_xǁResponseCacheǁget__mutmut['xǁResponseCacheǁget__mutmut_4'] = ResponseCache.xǁResponseCacheǁget__mutmut_4 # type: ignore # mutmut generated

mutants_xǁResponseCacheǁput__mutmut['_mutmut_orig'] = ResponseCache.xǁResponseCacheǁput__mutmut_orig # type: ignore # mutmut generated
mutants_xǁResponseCacheǁput__mutmut['xǁResponseCacheǁput__mutmut_1'] = ResponseCache.xǁResponseCacheǁput__mutmut_1 # type: ignore # mutmut generated
mutants_xǁResponseCacheǁput__mutmut['xǁResponseCacheǁput__mutmut_2'] = ResponseCache.xǁResponseCacheǁput__mutmut_2 # type: ignore # mutmut generated
mutants_xǁResponseCacheǁput__mutmut['xǁResponseCacheǁput__mutmut_3'] = ResponseCache.xǁResponseCacheǁput__mutmut_3 # type: ignore # mutmut generated
mutants_xǁResponseCacheǁput__mutmut['xǁResponseCacheǁput__mutmut_4'] = ResponseCache.xǁResponseCacheǁput__mutmut_4 # type: ignore # mutmut generated
mutants_xǁResponseCacheǁput__mutmut['xǁResponseCacheǁput__mutmut_5'] = ResponseCache.xǁResponseCacheǁput__mutmut_5 # type: ignore # mutmut generated
mutants_xǁResponseCacheǁput__mutmut['xǁResponseCacheǁput__mutmut_6'] = ResponseCache.xǁResponseCacheǁput__mutmut_6 # type: ignore # mutmut generated
mutants_xǁResponseCacheǁput__mutmut['xǁResponseCacheǁput__mutmut_7'] = ResponseCache.xǁResponseCacheǁput__mutmut_7 # type: ignore # mutmut generated
mutants_xǁResponseCacheǁput__mutmut['xǁResponseCacheǁput__mutmut_8'] = ResponseCache.xǁResponseCacheǁput__mutmut_8 # type: ignore # mutmut generated
mutants_xǁResponseCacheǁput__mutmut['xǁResponseCacheǁput__mutmut_9'] = ResponseCache.xǁResponseCacheǁput__mutmut_9 # type: ignore # mutmut generated
mutants_xǁResponseCacheǁput__mutmut['xǁResponseCacheǁput__mutmut_10'] = ResponseCache.xǁResponseCacheǁput__mutmut_10 # type: ignore # mutmut generated
mutants_xǁResponseCacheǁput__mutmut['xǁResponseCacheǁput__mutmut_11'] = ResponseCache.xǁResponseCacheǁput__mutmut_11 # type: ignore # mutmut generated
mutants_xǁResponseCacheǁput__mutmut['xǁResponseCacheǁput__mutmut_12'] = ResponseCache.xǁResponseCacheǁput__mutmut_12 # type: ignore # mutmut generated
mutants_xǁResponseCacheǁput__mutmut['xǁResponseCacheǁput__mutmut_13'] = ResponseCache.xǁResponseCacheǁput__mutmut_13 # type: ignore # mutmut generated
mutants_xǁResponseCacheǁput__mutmut['xǁResponseCacheǁput__mutmut_14'] = ResponseCache.xǁResponseCacheǁput__mutmut_14 # type: ignore # mutmut generated
mutants_xǁResponseCacheǁput__mutmut['xǁResponseCacheǁput__mutmut_15'] = ResponseCache.xǁResponseCacheǁput__mutmut_15 # type: ignore # mutmut generated
mutants_xǁResponseCacheǁput__mutmut['xǁResponseCacheǁput__mutmut_16'] = ResponseCache.xǁResponseCacheǁput__mutmut_16 # type: ignore # mutmut generated
mutants_xǁResponseCacheǁput__mutmut['xǁResponseCacheǁput__mutmut_17'] = ResponseCache.xǁResponseCacheǁput__mutmut_17 # type: ignore # mutmut generated
mutants_x_if_none_match_holds__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_if_none_match_holds__mutmut)
def if_none_match_holds(header: str, etag: str) -> bool:
    """Return whether an If-None-Match value matches ``etag`` (weak comparison, RFC 9110)."""
    if header.strip() == "*":
        return True
    return any(candidate.strip().removeprefix("W/") == etag for candidate in header.split(","))


def x_if_none_match_holds__mutmut_orig(header: str, etag: str) -> bool:
    """Return whether an If-None-Match value matches ``etag`` (weak comparison, RFC 9110)."""
    if header.strip() == "*":
        return True
    return any(candidate.strip().removeprefix("W/") == etag for candidate in header.split(","))


def x_if_none_match_holds__mutmut_1(header: str, etag: str) -> bool:
    """Return whether an If-None-Match value matches ``etag`` (weak comparison, RFC 9110)."""
    if header.strip() != "*":
        return True
    return any(candidate.strip().removeprefix("W/") == etag for candidate in header.split(","))


def x_if_none_match_holds__mutmut_2(header: str, etag: str) -> bool:
    """Return whether an If-None-Match value matches ``etag`` (weak comparison, RFC 9110)."""
    if header.strip() == "XX*XX":
        return True
    return any(candidate.strip().removeprefix("W/") == etag for candidate in header.split(","))


def x_if_none_match_holds__mutmut_3(header: str, etag: str) -> bool:
    """Return whether an If-None-Match value matches ``etag`` (weak comparison, RFC 9110)."""
    if header.strip() == "*":
        return False
    return any(candidate.strip().removeprefix("W/") == etag for candidate in header.split(","))


def x_if_none_match_holds__mutmut_4(header: str, etag: str) -> bool:
    """Return whether an If-None-Match value matches ``etag`` (weak comparison, RFC 9110)."""
    if header.strip() == "*":
        return True
    return any(None)


def x_if_none_match_holds__mutmut_5(header: str, etag: str) -> bool:
    """Return whether an If-None-Match value matches ``etag`` (weak comparison, RFC 9110)."""
    if header.strip() == "*":
        return True
    return any(candidate.strip().removeprefix(None) == etag for candidate in header.split(","))


def x_if_none_match_holds__mutmut_6(header: str, etag: str) -> bool:
    """Return whether an If-None-Match value matches ``etag`` (weak comparison, RFC 9110)."""
    if header.strip() == "*":
        return True
    return any(candidate.strip().removesuffix("W/") == etag for candidate in header.split(","))


def x_if_none_match_holds__mutmut_7(header: str, etag: str) -> bool:
    """Return whether an If-None-Match value matches ``etag`` (weak comparison, RFC 9110)."""
    if header.strip() == "*":
        return True
    return any(candidate.strip().removeprefix("XXW/XX") == etag for candidate in header.split(","))


def x_if_none_match_holds__mutmut_8(header: str, etag: str) -> bool:
    """Return whether an If-None-Match value matches ``etag`` (weak comparison, RFC 9110)."""
    if header.strip() == "*":
        return True
    return any(candidate.strip().removeprefix("w/") == etag for candidate in header.split(","))


def x_if_none_match_holds__mutmut_9(header: str, etag: str) -> bool:
    """Return whether an If-None-Match value matches ``etag`` (weak comparison, RFC 9110)."""
    if header.strip() == "*":
        return True
    return any(candidate.strip().removeprefix("W/") != etag for candidate in header.split(","))


def x_if_none_match_holds__mutmut_10(header: str, etag: str) -> bool:
    """Return whether an If-None-Match value matches ``etag`` (weak comparison, RFC 9110)."""
    if header.strip() == "*":
        return True
    return any(candidate.strip().removeprefix("W/") == etag for candidate in header.split(None))


def x_if_none_match_holds__mutmut_11(header: str, etag: str) -> bool:
    """Return whether an If-None-Match value matches ``etag`` (weak comparison, RFC 9110)."""
    if header.strip() == "*":
        return True
    return any(candidate.strip().removeprefix("W/") == etag for candidate in header.split("XX,XX"))

mutants_x_if_none_match_holds__mutmut['_mutmut_orig'] = x_if_none_match_holds__mutmut_orig # type: ignore # mutmut generated
mutants_x_if_none_match_holds__mutmut['x_if_none_match_holds__mutmut_1'] = x_if_none_match_holds__mutmut_1 # type: ignore # mutmut generated
mutants_x_if_none_match_holds__mutmut['x_if_none_match_holds__mutmut_2'] = x_if_none_match_holds__mutmut_2 # type: ignore # mutmut generated
mutants_x_if_none_match_holds__mutmut['x_if_none_match_holds__mutmut_3'] = x_if_none_match_holds__mutmut_3 # type: ignore # mutmut generated
mutants_x_if_none_match_holds__mutmut['x_if_none_match_holds__mutmut_4'] = x_if_none_match_holds__mutmut_4 # type: ignore # mutmut generated
mutants_x_if_none_match_holds__mutmut['x_if_none_match_holds__mutmut_5'] = x_if_none_match_holds__mutmut_5 # type: ignore # mutmut generated
mutants_x_if_none_match_holds__mutmut['x_if_none_match_holds__mutmut_6'] = x_if_none_match_holds__mutmut_6 # type: ignore # mutmut generated
mutants_x_if_none_match_holds__mutmut['x_if_none_match_holds__mutmut_7'] = x_if_none_match_holds__mutmut_7 # type: ignore # mutmut generated
mutants_x_if_none_match_holds__mutmut['x_if_none_match_holds__mutmut_8'] = x_if_none_match_holds__mutmut_8 # type: ignore # mutmut generated
mutants_x_if_none_match_holds__mutmut['x_if_none_match_holds__mutmut_9'] = x_if_none_match_holds__mutmut_9 # type: ignore # mutmut generated
mutants_x_if_none_match_holds__mutmut['x_if_none_match_holds__mutmut_10'] = x_if_none_match_holds__mutmut_10 # type: ignore # mutmut generated
mutants_x_if_none_match_holds__mutmut['x_if_none_match_holds__mutmut_11'] = x_if_none_match_holds__mutmut_11 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut: MutantDict = {}  # type: ignore
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut: MutantDict = {}  # type: ignore


class ResponseCacheMiddleware:
    """WSGI middleware answering repeated GET and HEAD requests from a :class:`ResponseCache`."""

    @_mutmut_mutated(mutants_xǁResponseCacheMiddlewareǁ__init____mutmut)
    def __init__(self, app: "WSGIApplication", max_bytes: int) -> None:
        self.app = app
        self.cache = ResponseCache(max_bytes)
        self._shared_headers: dict[Header, Header] = {}

    def xǁResponseCacheMiddlewareǁ__init____mutmut_orig(self, app: "WSGIApplication", max_bytes: int) -> None:
        self.app = app
        self.cache = ResponseCache(max_bytes)
        self._shared_headers: dict[Header, Header] = {}

    def xǁResponseCacheMiddlewareǁ__init____mutmut_1(self, app: "WSGIApplication", max_bytes: int) -> None:
        self.app = None
        self.cache = ResponseCache(max_bytes)
        self._shared_headers: dict[Header, Header] = {}

    def xǁResponseCacheMiddlewareǁ__init____mutmut_2(self, app: "WSGIApplication", max_bytes: int) -> None:
        self.app = app
        self.cache = None
        self._shared_headers: dict[Header, Header] = {}

    def xǁResponseCacheMiddlewareǁ__init____mutmut_3(self, app: "WSGIApplication", max_bytes: int) -> None:
        self.app = app
        self.cache = ResponseCache(None)
        self._shared_headers: dict[Header, Header] = {}

    def xǁResponseCacheMiddlewareǁ__init____mutmut_4(self, app: "WSGIApplication", max_bytes: int) -> None:
        self.app = app
        self.cache = ResponseCache(max_bytes)
        self._shared_headers: dict[Header, Header] = None

    @_mutmut_mutated(mutants_xǁResponseCacheMiddlewareǁ__call____mutmut)
    def __call__(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_orig(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_1(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = None
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_2(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["XXREQUEST_METHODXX"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_3(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["request_method"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_4(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_5(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(None, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_6(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, None)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_7(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_8(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, )
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_9(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = None
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_10(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get(None, ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_11(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", None),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_12(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get(""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_13(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_14(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("XXPATH_INFOXX", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_15(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("path_info", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_16(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", "XXXX"),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_17(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get(None, ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_18(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", None),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_19(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get(""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_20(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_21(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("XXQUERY_STRINGXX", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_22(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("query_string", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_23(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", "XXXX"),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_24(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get(None, ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_25(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", None),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_26(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get(""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_27(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_28(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("XXHTTP_ACCEPTXX", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_29(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("http_accept", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_30(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", "XXXX"),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_31(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = None
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_32(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(None)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_33(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is not None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_34(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if (method == "GET") and False
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_35(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if (method == "GET") or True
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_36(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(None, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_37(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, None, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_38(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, None)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_39(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_40(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_41(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, )
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_42(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method != "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_43(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "XXGETXX"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_44(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "get"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_45(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(None, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_46(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, None)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_47(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_48(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, )
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_49(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = None
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_50(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get(None)
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_51(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("XXHTTP_IF_NONE_MATCHXX")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_52(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("http_if_none_match")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_53(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None or if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_54(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_55(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(None, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_56(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, None):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_57(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_58(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, ):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_59(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response(None, entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_60(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", None)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_61(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response(entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_62(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", )
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_63(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("XX304 NOT MODIFIEDXX", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_64(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 not modified", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_65(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response(None, entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_66(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", None)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_67(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response(entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_68(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", )
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_69(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("XX200 OKXX", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_70(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 ok", entry.headers)
        return [] if method == "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_71(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if (method == "HEAD") and False else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_72(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if (method == "HEAD") or True else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_73(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method != "HEAD" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_74(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "XXHEADXX" else [entry.body]

    def xǁResponseCacheMiddlewareǁ__call____mutmut_75(
        self, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Answer from the cache when the request was answered before, else ask the app."""
        method = environ["REQUEST_METHOD"]
        if method not in _CACHED_METHODS:
            return self.app(environ, start_response)
        key = (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
        )
        entry = self.cache.get(key)
        if entry is None:
            return (
                self._fill(key, environ, start_response)
                if method == "GET"
                else self.app(environ, start_response)
            )
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None and if_none_match_holds(if_none_match, entry.etag):
            start_response("304 NOT MODIFIED", entry.not_modified_headers)
            return []
        start_response("200 OK", entry.headers)
        return [] if method == "head" else [entry.body]

    @_mutmut_mutated(mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut)
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

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_orig(
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

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_1(
        self, key: Key, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Ask the app, and keep its answer if it is a cacheable 200."""
        answer: dict[str, Any] = None

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

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_2(
        self, key: Key, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Ask the app, and keep its answer if it is a cacheable 200."""
        answer: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            answer["status"], answer["headers"] = None
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

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_3(
        self, key: Key, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Ask the app, and keep its answer if it is a cacheable 200."""
        answer: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            answer["XXstatusXX"], answer["headers"] = status, headers
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

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_4(
        self, key: Key, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Ask the app, and keep its answer if it is a cacheable 200."""
        answer: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            answer["STATUS"], answer["headers"] = status, headers
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

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_5(
        self, key: Key, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Ask the app, and keep its answer if it is a cacheable 200."""
        answer: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            answer["status"], answer["XXheadersXX"] = status, headers
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

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_6(
        self, key: Key, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Ask the app, and keep its answer if it is a cacheable 200."""
        answer: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            answer["status"], answer["HEADERS"] = status, headers
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

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_7(
        self, key: Key, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Ask the app, and keep its answer if it is a cacheable 200."""
        answer: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            answer["status"], answer["headers"] = status, headers
            return start_response(None, headers, exc_info)

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

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_8(
        self, key: Key, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Ask the app, and keep its answer if it is a cacheable 200."""
        answer: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            answer["status"], answer["headers"] = status, headers
            return start_response(status, None, exc_info)

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

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_9(
        self, key: Key, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Ask the app, and keep its answer if it is a cacheable 200."""
        answer: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            answer["status"], answer["headers"] = status, headers
            return start_response(status, headers, None)

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

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_10(
        self, key: Key, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Ask the app, and keep its answer if it is a cacheable 200."""
        answer: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            answer["status"], answer["headers"] = status, headers
            return start_response(headers, exc_info)

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

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_11(
        self, key: Key, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Ask the app, and keep its answer if it is a cacheable 200."""
        answer: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            answer["status"], answer["headers"] = status, headers
            return start_response(status, exc_info)

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

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_12(
        self, key: Key, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Ask the app, and keep its answer if it is a cacheable 200."""
        answer: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            answer["status"], answer["headers"] = status, headers
            return start_response(status, headers, )

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

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_13(
        self, key: Key, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Ask the app, and keep its answer if it is a cacheable 200."""
        answer: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            answer["status"], answer["headers"] = status, headers
            return start_response(status, headers, exc_info)

        chunks = None
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

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_14(
        self, key: Key, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Ask the app, and keep its answer if it is a cacheable 200."""
        answer: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            answer["status"], answer["headers"] = status, headers
            return start_response(status, headers, exc_info)

        chunks = self.app(None, capture)
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

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_15(
        self, key: Key, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Ask the app, and keep its answer if it is a cacheable 200."""
        answer: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            answer["status"], answer["headers"] = status, headers
            return start_response(status, headers, exc_info)

        chunks = self.app(environ, None)
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

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_16(
        self, key: Key, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Ask the app, and keep its answer if it is a cacheable 200."""
        answer: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            answer["status"], answer["headers"] = status, headers
            return start_response(status, headers, exc_info)

        chunks = self.app(capture)
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

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_17(
        self, key: Key, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Ask the app, and keep its answer if it is a cacheable 200."""
        answer: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            answer["status"], answer["headers"] = status, headers
            return start_response(status, headers, exc_info)

        chunks = self.app(environ, )
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

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_18(
        self, key: Key, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Ask the app, and keep its answer if it is a cacheable 200."""
        answer: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            answer["status"], answer["headers"] = status, headers
            return start_response(status, headers, exc_info)

        chunks = self.app(environ, capture)
        if not environ.get(CACHEABLE) and not answer.get("status", "").startswith("200"):
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

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_19(
        self, key: Key, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Ask the app, and keep its answer if it is a cacheable 200."""
        answer: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            answer["status"], answer["headers"] = status, headers
            return start_response(status, headers, exc_info)

        chunks = self.app(environ, capture)
        if environ.get(CACHEABLE) or not answer.get("status", "").startswith("200"):
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

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_20(
        self, key: Key, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Ask the app, and keep its answer if it is a cacheable 200."""
        answer: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            answer["status"], answer["headers"] = status, headers
            return start_response(status, headers, exc_info)

        chunks = self.app(environ, capture)
        if not environ.get(None) or not answer.get("status", "").startswith("200"):
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

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_21(
        self, key: Key, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Ask the app, and keep its answer if it is a cacheable 200."""
        answer: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            answer["status"], answer["headers"] = status, headers
            return start_response(status, headers, exc_info)

        chunks = self.app(environ, capture)
        if not environ.get(CACHEABLE) or answer.get("status", "").startswith("200"):
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

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_22(
        self, key: Key, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Ask the app, and keep its answer if it is a cacheable 200."""
        answer: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            answer["status"], answer["headers"] = status, headers
            return start_response(status, headers, exc_info)

        chunks = self.app(environ, capture)
        if not environ.get(CACHEABLE) or not answer.get("status", "").startswith(None):
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

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_23(
        self, key: Key, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Ask the app, and keep its answer if it is a cacheable 200."""
        answer: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            answer["status"], answer["headers"] = status, headers
            return start_response(status, headers, exc_info)

        chunks = self.app(environ, capture)
        if not environ.get(CACHEABLE) or not answer.get(None, "").startswith("200"):
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

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_24(
        self, key: Key, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Ask the app, and keep its answer if it is a cacheable 200."""
        answer: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            answer["status"], answer["headers"] = status, headers
            return start_response(status, headers, exc_info)

        chunks = self.app(environ, capture)
        if not environ.get(CACHEABLE) or not answer.get("status", None).startswith("200"):
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

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_25(
        self, key: Key, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Ask the app, and keep its answer if it is a cacheable 200."""
        answer: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            answer["status"], answer["headers"] = status, headers
            return start_response(status, headers, exc_info)

        chunks = self.app(environ, capture)
        if not environ.get(CACHEABLE) or not answer.get("").startswith("200"):
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

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_26(
        self, key: Key, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Ask the app, and keep its answer if it is a cacheable 200."""
        answer: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            answer["status"], answer["headers"] = status, headers
            return start_response(status, headers, exc_info)

        chunks = self.app(environ, capture)
        if not environ.get(CACHEABLE) or not answer.get("status", ).startswith("200"):
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

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_27(
        self, key: Key, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Ask the app, and keep its answer if it is a cacheable 200."""
        answer: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            answer["status"], answer["headers"] = status, headers
            return start_response(status, headers, exc_info)

        chunks = self.app(environ, capture)
        if not environ.get(CACHEABLE) or not answer.get("XXstatusXX", "").startswith("200"):
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

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_28(
        self, key: Key, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Ask the app, and keep its answer if it is a cacheable 200."""
        answer: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            answer["status"], answer["headers"] = status, headers
            return start_response(status, headers, exc_info)

        chunks = self.app(environ, capture)
        if not environ.get(CACHEABLE) or not answer.get("STATUS", "").startswith("200"):
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

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_29(
        self, key: Key, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Ask the app, and keep its answer if it is a cacheable 200."""
        answer: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            answer["status"], answer["headers"] = status, headers
            return start_response(status, headers, exc_info)

        chunks = self.app(environ, capture)
        if not environ.get(CACHEABLE) or not answer.get("status", "XXXX").startswith("200"):
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

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_30(
        self, key: Key, environ: "WSGIEnvironment", start_response: "StartResponse"
    ) -> Iterable[bytes]:
        """Ask the app, and keep its answer if it is a cacheable 200."""
        answer: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            answer["status"], answer["headers"] = status, headers
            return start_response(status, headers, exc_info)

        chunks = self.app(environ, capture)
        if not environ.get(CACHEABLE) or not answer.get("status", "").startswith("XX200XX"):
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

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_31(
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
            body = None
        finally:
            close = getattr(chunks, "close", None)
            if close is not None:
                close()
        entry = CachedResponse.of(list(answer["headers"]), body, self._shared_headers)
        if entry is not None:
            self.cache.put(key, entry)
        return [body]

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_32(
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
            body = b"".join(None)
        finally:
            close = getattr(chunks, "close", None)
            if close is not None:
                close()
        entry = CachedResponse.of(list(answer["headers"]), body, self._shared_headers)
        if entry is not None:
            self.cache.put(key, entry)
        return [body]

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_33(
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
            body = b"XXXX".join(chunks)
        finally:
            close = getattr(chunks, "close", None)
            if close is not None:
                close()
        entry = CachedResponse.of(list(answer["headers"]), body, self._shared_headers)
        if entry is not None:
            self.cache.put(key, entry)
        return [body]

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_34(
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
            close = None
            if close is not None:
                close()
        entry = CachedResponse.of(list(answer["headers"]), body, self._shared_headers)
        if entry is not None:
            self.cache.put(key, entry)
        return [body]

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_35(
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
            close = getattr(None, "close", None)
            if close is not None:
                close()
        entry = CachedResponse.of(list(answer["headers"]), body, self._shared_headers)
        if entry is not None:
            self.cache.put(key, entry)
        return [body]

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_36(
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
            close = getattr(chunks, None, None)
            if close is not None:
                close()
        entry = CachedResponse.of(list(answer["headers"]), body, self._shared_headers)
        if entry is not None:
            self.cache.put(key, entry)
        return [body]

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_37(
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
            close = getattr("close", None)
            if close is not None:
                close()
        entry = CachedResponse.of(list(answer["headers"]), body, self._shared_headers)
        if entry is not None:
            self.cache.put(key, entry)
        return [body]

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_38(
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
            close = getattr(chunks, None)
            if close is not None:
                close()
        entry = CachedResponse.of(list(answer["headers"]), body, self._shared_headers)
        if entry is not None:
            self.cache.put(key, entry)
        return [body]

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_39(
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
            close = getattr(chunks, "close", )
            if close is not None:
                close()
        entry = CachedResponse.of(list(answer["headers"]), body, self._shared_headers)
        if entry is not None:
            self.cache.put(key, entry)
        return [body]

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_40(
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
            close = getattr(chunks, "XXcloseXX", None)
            if close is not None:
                close()
        entry = CachedResponse.of(list(answer["headers"]), body, self._shared_headers)
        if entry is not None:
            self.cache.put(key, entry)
        return [body]

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_41(
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
            close = getattr(chunks, "CLOSE", None)
            if close is not None:
                close()
        entry = CachedResponse.of(list(answer["headers"]), body, self._shared_headers)
        if entry is not None:
            self.cache.put(key, entry)
        return [body]

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_42(
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
            if close is None:
                close()
        entry = CachedResponse.of(list(answer["headers"]), body, self._shared_headers)
        if entry is not None:
            self.cache.put(key, entry)
        return [body]

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_43(
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
        entry = None
        if entry is not None:
            self.cache.put(key, entry)
        return [body]

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_44(
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
        entry = CachedResponse.of(None, body, self._shared_headers)
        if entry is not None:
            self.cache.put(key, entry)
        return [body]

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_45(
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
        entry = CachedResponse.of(list(answer["headers"]), None, self._shared_headers)
        if entry is not None:
            self.cache.put(key, entry)
        return [body]

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_46(
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
        entry = CachedResponse.of(list(answer["headers"]), body, None)
        if entry is not None:
            self.cache.put(key, entry)
        return [body]

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_47(
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
        entry = CachedResponse.of(body, self._shared_headers)
        if entry is not None:
            self.cache.put(key, entry)
        return [body]

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_48(
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
        entry = CachedResponse.of(list(answer["headers"]), self._shared_headers)
        if entry is not None:
            self.cache.put(key, entry)
        return [body]

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_49(
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
        entry = CachedResponse.of(list(answer["headers"]), body, )
        if entry is not None:
            self.cache.put(key, entry)
        return [body]

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_50(
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
        entry = CachedResponse.of(list(None), body, self._shared_headers)
        if entry is not None:
            self.cache.put(key, entry)
        return [body]

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_51(
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
        entry = CachedResponse.of(list(answer["XXheadersXX"]), body, self._shared_headers)
        if entry is not None:
            self.cache.put(key, entry)
        return [body]

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_52(
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
        entry = CachedResponse.of(list(answer["HEADERS"]), body, self._shared_headers)
        if entry is not None:
            self.cache.put(key, entry)
        return [body]

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_53(
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
        if entry is None:
            self.cache.put(key, entry)
        return [body]

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_54(
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
            self.cache.put(None, entry)
        return [body]

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_55(
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
            self.cache.put(key, None)
        return [body]

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_56(
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
            self.cache.put(entry)
        return [body]

    def xǁResponseCacheMiddlewareǁ_fill__mutmut_57(
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
            self.cache.put(key, )
        return [body]

mutants_xǁResponseCacheMiddlewareǁ__init____mutmut['_mutmut_orig'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__init____mutmut['xǁResponseCacheMiddlewareǁ__init____mutmut_1'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__init____mutmut['xǁResponseCacheMiddlewareǁ__init____mutmut_2'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__init____mutmut['xǁResponseCacheMiddlewareǁ__init____mutmut_3'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__init____mutmut['xǁResponseCacheMiddlewareǁ__init____mutmut_4'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__init____mutmut_4 # type: ignore # mutmut generated

mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['_mutmut_orig'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_orig # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_1'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_1 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_2'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_2 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_3'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_3 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_4'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_4 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_5'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_5 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_6'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_6 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_7'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_7 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_8'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_8 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_9'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_9 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_10'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_10 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_11'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_11 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_12'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_12 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_13'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_13 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_14'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_14 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_15'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_15 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_16'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_16 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_17'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_17 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_18'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_18 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_19'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_19 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_20'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_20 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_21'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_21 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_22'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_22 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_23'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_23 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_24'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_24 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_25'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_25 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_26'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_26 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_27'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_27 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_28'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_28 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_29'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_29 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_30'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_30 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_31'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_31 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_32'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_32 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_33'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_33 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_34'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_34 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_35'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_35 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_36'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_36 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_37'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_37 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_38'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_38 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_39'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_39 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_40'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_40 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_41'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_41 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_42'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_42 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_43'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_43 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_44'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_44 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_45'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_45 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_46'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_46 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_47'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_47 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_48'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_48 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_49'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_49 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_50'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_50 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_51'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_51 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_52'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_52 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_53'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_53 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_54'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_54 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_55'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_55 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_56'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_56 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_57'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_57 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_58'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_58 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_59'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_59 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_60'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_60 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_61'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_61 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_62'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_62 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_63'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_63 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_64'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_64 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_65'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_65 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_66'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_66 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_67'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_67 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_68'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_68 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_69'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_69 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_70'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_70 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_71'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_71 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_72'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_72 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_73'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_73 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_74'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_74 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ__call____mutmut['xǁResponseCacheMiddlewareǁ__call____mutmut_75'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ__call____mutmut_75 # type: ignore # mutmut generated

mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['_mutmut_orig'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_orig # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_1'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_1 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_2'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_2 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_3'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_3 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_4'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_4 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_5'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_5 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_6'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_6 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_7'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_7 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_8'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_8 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_9'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_9 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_10'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_10 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_11'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_11 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_12'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_12 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_13'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_13 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_14'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_14 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_15'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_15 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_16'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_16 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_17'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_17 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_18'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_18 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_19'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_19 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_20'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_20 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_21'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_21 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_22'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_22 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_23'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_23 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_24'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_24 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_25'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_25 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_26'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_26 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_27'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_27 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_28'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_28 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_29'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_29 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_30'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_30 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_31'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_31 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_32'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_32 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_33'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_33 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_34'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_34 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_35'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_35 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_36'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_36 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_37'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_37 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_38'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_38 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_39'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_39 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_40'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_40 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_41'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_41 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_42'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_42 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_43'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_43 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_44'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_44 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_45'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_45 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_46'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_46 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_47'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_47 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_48'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_48 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_49'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_49 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_50'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_50 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_51'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_51 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_52'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_52 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_53'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_53 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_54'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_54 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_55'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_55 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_56'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_56 # type: ignore # mutmut generated
mutants_xǁResponseCacheMiddlewareǁ_fill__mutmut['xǁResponseCacheMiddlewareǁ_fill__mutmut_57'] = ResponseCacheMiddleware.xǁResponseCacheMiddlewareǁ_fill__mutmut_57 # type: ignore # mutmut generated

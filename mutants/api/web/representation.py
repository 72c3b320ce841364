"""HTTP representations: finished bodies with their ETags, conditional requests, headers.

A response body is built once: records at start, pages and totals on the first
request that asks for them, after which :mod:`api.web.response_cache` keeps the
finished response, so that the same request costs a dictionary lookup; its
query string was validated the first time.
"""

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import orjson
from flask import Flask, Response, current_app, request
from flask_cors import CORS

from api.web.problems import PROBLEM_MEDIA_TYPE, known_problem
from api.web.response_cache import CACHEABLE, ResponseCacheMiddleware

JSON_MEDIA_TYPE = "application/json"
YAML_MEDIA_TYPE = "application/yaml"
HTML_MEDIA_TYPE = "text/html; charset=utf-8"

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

_NEGOTIATED_METHODS = frozenset({"GET", "HEAD"})

View = TypeVar("View", bound=Callable[..., Any])


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


def public(max_age: int) -> str:
    """Return the Cache-Control value of data that shared caches may keep ``max_age`` seconds."""
    return f"public, max-age={max_age}"
mutants_xǁRepresentationǁ__post_init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁRepresentationǁrespond__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True, slots=True)
class Representation:
    """A finished response body with its media type, validator and caching policy."""

    body: bytes
    media_type: str
    cache_control: str
    csp: str = DATA_CSP
    #: The strong entity tag, unquoted: a hash of the body.
    tag: str = field(init=False)
    _headers: tuple[tuple[str, str], ...] = field(init=False)
    _not_modified_headers: tuple[tuple[str, str], ...] = field(init=False)

    @_mutmut_mutated(mutants_xǁRepresentationǁ__post_init____mutmut)
    def __post_init__(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_orig(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_1(self) -> None:
        tag = None
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_2(self) -> None:
        tag = hashlib.blake2b(None, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_3(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=None).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_4(self) -> None:
        tag = hashlib.blake2b(digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_5(self) -> None:
        tag = hashlib.blake2b(self.body, ).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_6(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=17).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_7(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = None
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_8(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("XXETagXX", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_9(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("etag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_10(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETAG", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_11(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("XXCache-ControlXX", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_12(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("cache-control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_13(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("CACHE-CONTROL", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_14(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("XXVaryXX", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_15(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_16(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("VARY", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_17(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("XXX-Content-Type-OptionsXX", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_18(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("x-content-type-options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_19(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-CONTENT-TYPE-OPTIONS", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_20(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "XXnosniffXX"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_21(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "NOSNIFF"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_22(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("XXContent-Security-PolicyXX", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_23(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("content-security-policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_24(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("CONTENT-SECURITY-POLICY", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_25(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(None, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_26(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, None, tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_27(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", None)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_28(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__("tag", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_29(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_30(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", )
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_31(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "XXtagXX", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_32(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "TAG", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_33(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(None, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_34(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, None, not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_35(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", None)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_36(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__("_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_37(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_38(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", )
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_39(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "XX_not_modified_headersXX", not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_40(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_NOT_MODIFIED_HEADERS", not_modified)
        object.__setattr__(self, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_41(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(None, "_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_42(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, None, (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_43(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", None)

    def xǁRepresentationǁ__post_init____mutmut_44(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__("_headers", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_45(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_46(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", )

    def xǁRepresentationǁ__post_init____mutmut_47(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "XX_headersXX", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_48(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_HEADERS", (("Content-Type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_49(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", (("XXContent-TypeXX", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_50(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", (("content-type", self.media_type), *not_modified))

    def xǁRepresentationǁ__post_init____mutmut_51(self) -> None:
        tag = hashlib.blake2b(self.body, digest_size=16).hexdigest()
        # A 304 carries every header of the 200 but those of the body (RFC 9110, 15.4.5).
        not_modified = (
            ("ETag", f'"{tag}"'),
            ("Cache-Control", self.cache_control),
            ("Vary", VARY),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Security-Policy", self.csp),
        )
        object.__setattr__(self, "tag", tag)
        object.__setattr__(self, "_not_modified_headers", not_modified)
        object.__setattr__(self, "_headers", (("CONTENT-TYPE", self.media_type), *not_modified))

    @_mutmut_mutated(mutants_xǁRepresentationǁrespond__mutmut)
    def respond(self) -> Response:
        """Answer the current request: 304 when its If-None-Match holds our tag, else 200."""
        if "If-None-Match" in request.headers and request.if_none_match.contains_weak(self.tag):
            return Response(status=304, headers=self._not_modified_headers)
        return Response(self.body, headers=self._headers)

    def xǁRepresentationǁrespond__mutmut_orig(self) -> Response:
        """Answer the current request: 304 when its If-None-Match holds our tag, else 200."""
        if "If-None-Match" in request.headers and request.if_none_match.contains_weak(self.tag):
            return Response(status=304, headers=self._not_modified_headers)
        return Response(self.body, headers=self._headers)

    def xǁRepresentationǁrespond__mutmut_1(self) -> Response:
        """Answer the current request: 304 when its If-None-Match holds our tag, else 200."""
        if "If-None-Match" in request.headers or request.if_none_match.contains_weak(self.tag):
            return Response(status=304, headers=self._not_modified_headers)
        return Response(self.body, headers=self._headers)

    def xǁRepresentationǁrespond__mutmut_2(self) -> Response:
        """Answer the current request: 304 when its If-None-Match holds our tag, else 200."""
        if "XXIf-None-MatchXX" in request.headers and request.if_none_match.contains_weak(self.tag):
            return Response(status=304, headers=self._not_modified_headers)
        return Response(self.body, headers=self._headers)

    def xǁRepresentationǁrespond__mutmut_3(self) -> Response:
        """Answer the current request: 304 when its If-None-Match holds our tag, else 200."""
        if "if-none-match" in request.headers and request.if_none_match.contains_weak(self.tag):
            return Response(status=304, headers=self._not_modified_headers)
        return Response(self.body, headers=self._headers)

    def xǁRepresentationǁrespond__mutmut_4(self) -> Response:
        """Answer the current request: 304 when its If-None-Match holds our tag, else 200."""
        if "IF-NONE-MATCH" in request.headers and request.if_none_match.contains_weak(self.tag):
            return Response(status=304, headers=self._not_modified_headers)
        return Response(self.body, headers=self._headers)

    def xǁRepresentationǁrespond__mutmut_5(self) -> Response:
        """Answer the current request: 304 when its If-None-Match holds our tag, else 200."""
        if "If-None-Match" not in request.headers and request.if_none_match.contains_weak(self.tag):
            return Response(status=304, headers=self._not_modified_headers)
        return Response(self.body, headers=self._headers)

    def xǁRepresentationǁrespond__mutmut_6(self) -> Response:
        """Answer the current request: 304 when its If-None-Match holds our tag, else 200."""
        if "If-None-Match" in request.headers and request.if_none_match.contains_weak(None):
            return Response(status=304, headers=self._not_modified_headers)
        return Response(self.body, headers=self._headers)

    def xǁRepresentationǁrespond__mutmut_7(self) -> Response:
        """Answer the current request: 304 when its If-None-Match holds our tag, else 200."""
        if "If-None-Match" in request.headers and request.if_none_match.contains_weak(self.tag):
            return Response(status=None, headers=self._not_modified_headers)
        return Response(self.body, headers=self._headers)

    def xǁRepresentationǁrespond__mutmut_8(self) -> Response:
        """Answer the current request: 304 when its If-None-Match holds our tag, else 200."""
        if "If-None-Match" in request.headers and request.if_none_match.contains_weak(self.tag):
            return Response(status=304, headers=None)
        return Response(self.body, headers=self._headers)

    def xǁRepresentationǁrespond__mutmut_9(self) -> Response:
        """Answer the current request: 304 when its If-None-Match holds our tag, else 200."""
        if "If-None-Match" in request.headers and request.if_none_match.contains_weak(self.tag):
            return Response(headers=self._not_modified_headers)
        return Response(self.body, headers=self._headers)

    def xǁRepresentationǁrespond__mutmut_10(self) -> Response:
        """Answer the current request: 304 when its If-None-Match holds our tag, else 200."""
        if "If-None-Match" in request.headers and request.if_none_match.contains_weak(self.tag):
            return Response(status=304, )
        return Response(self.body, headers=self._headers)

    def xǁRepresentationǁrespond__mutmut_11(self) -> Response:
        """Answer the current request: 304 when its If-None-Match holds our tag, else 200."""
        if "If-None-Match" in request.headers and request.if_none_match.contains_weak(self.tag):
            return Response(status=305, headers=self._not_modified_headers)
        return Response(self.body, headers=self._headers)

    def xǁRepresentationǁrespond__mutmut_12(self) -> Response:
        """Answer the current request: 304 when its If-None-Match holds our tag, else 200."""
        if "If-None-Match" in request.headers and request.if_none_match.contains_weak(self.tag):
            return Response(status=304, headers=self._not_modified_headers)
        return Response(None, headers=self._headers)

    def xǁRepresentationǁrespond__mutmut_13(self) -> Response:
        """Answer the current request: 304 when its If-None-Match holds our tag, else 200."""
        if "If-None-Match" in request.headers and request.if_none_match.contains_weak(self.tag):
            return Response(status=304, headers=self._not_modified_headers)
        return Response(self.body, headers=None)

    def xǁRepresentationǁrespond__mutmut_14(self) -> Response:
        """Answer the current request: 304 when its If-None-Match holds our tag, else 200."""
        if "If-None-Match" in request.headers and request.if_none_match.contains_weak(self.tag):
            return Response(status=304, headers=self._not_modified_headers)
        return Response(headers=self._headers)

    def xǁRepresentationǁrespond__mutmut_15(self) -> Response:
        """Answer the current request: 304 when its If-None-Match holds our tag, else 200."""
        if "If-None-Match" in request.headers and request.if_none_match.contains_weak(self.tag):
            return Response(status=304, headers=self._not_modified_headers)
        return Response(self.body, )

mutants_xǁRepresentationǁ__post_init____mutmut['_mutmut_orig'] = Representation.xǁRepresentationǁ__post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_1'] = Representation.xǁRepresentationǁ__post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_2'] = Representation.xǁRepresentationǁ__post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_3'] = Representation.xǁRepresentationǁ__post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_4'] = Representation.xǁRepresentationǁ__post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_5'] = Representation.xǁRepresentationǁ__post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_6'] = Representation.xǁRepresentationǁ__post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_7'] = Representation.xǁRepresentationǁ__post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_8'] = Representation.xǁRepresentationǁ__post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_9'] = Representation.xǁRepresentationǁ__post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_10'] = Representation.xǁRepresentationǁ__post_init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_11'] = Representation.xǁRepresentationǁ__post_init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_12'] = Representation.xǁRepresentationǁ__post_init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_13'] = Representation.xǁRepresentationǁ__post_init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_14'] = Representation.xǁRepresentationǁ__post_init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_15'] = Representation.xǁRepresentationǁ__post_init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_16'] = Representation.xǁRepresentationǁ__post_init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_17'] = Representation.xǁRepresentationǁ__post_init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_18'] = Representation.xǁRepresentationǁ__post_init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_19'] = Representation.xǁRepresentationǁ__post_init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_20'] = Representation.xǁRepresentationǁ__post_init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_21'] = Representation.xǁRepresentationǁ__post_init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_22'] = Representation.xǁRepresentationǁ__post_init____mutmut_22 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_23'] = Representation.xǁRepresentationǁ__post_init____mutmut_23 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_24'] = Representation.xǁRepresentationǁ__post_init____mutmut_24 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_25'] = Representation.xǁRepresentationǁ__post_init____mutmut_25 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_26'] = Representation.xǁRepresentationǁ__post_init____mutmut_26 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_27'] = Representation.xǁRepresentationǁ__post_init____mutmut_27 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_28'] = Representation.xǁRepresentationǁ__post_init____mutmut_28 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_29'] = Representation.xǁRepresentationǁ__post_init____mutmut_29 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_30'] = Representation.xǁRepresentationǁ__post_init____mutmut_30 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_31'] = Representation.xǁRepresentationǁ__post_init____mutmut_31 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_32'] = Representation.xǁRepresentationǁ__post_init____mutmut_32 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_33'] = Representation.xǁRepresentationǁ__post_init____mutmut_33 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_34'] = Representation.xǁRepresentationǁ__post_init____mutmut_34 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_35'] = Representation.xǁRepresentationǁ__post_init____mutmut_35 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_36'] = Representation.xǁRepresentationǁ__post_init____mutmut_36 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_37'] = Representation.xǁRepresentationǁ__post_init____mutmut_37 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_38'] = Representation.xǁRepresentationǁ__post_init____mutmut_38 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_39'] = Representation.xǁRepresentationǁ__post_init____mutmut_39 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_40'] = Representation.xǁRepresentationǁ__post_init____mutmut_40 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_41'] = Representation.xǁRepresentationǁ__post_init____mutmut_41 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_42'] = Representation.xǁRepresentationǁ__post_init____mutmut_42 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_43'] = Representation.xǁRepresentationǁ__post_init____mutmut_43 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_44'] = Representation.xǁRepresentationǁ__post_init____mutmut_44 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_45'] = Representation.xǁRepresentationǁ__post_init____mutmut_45 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_46'] = Representation.xǁRepresentationǁ__post_init____mutmut_46 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_47'] = Representation.xǁRepresentationǁ__post_init____mutmut_47 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_48'] = Representation.xǁRepresentationǁ__post_init____mutmut_48 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_49'] = Representation.xǁRepresentationǁ__post_init____mutmut_49 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_50'] = Representation.xǁRepresentationǁ__post_init____mutmut_50 # type: ignore # mutmut generated
mutants_xǁRepresentationǁ__post_init____mutmut['xǁRepresentationǁ__post_init____mutmut_51'] = Representation.xǁRepresentationǁ__post_init____mutmut_51 # type: ignore # mutmut generated

mutants_xǁRepresentationǁrespond__mutmut['_mutmut_orig'] = Representation.xǁRepresentationǁrespond__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRepresentationǁrespond__mutmut['xǁRepresentationǁrespond__mutmut_1'] = Representation.xǁRepresentationǁrespond__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRepresentationǁrespond__mutmut['xǁRepresentationǁrespond__mutmut_2'] = Representation.xǁRepresentationǁrespond__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRepresentationǁrespond__mutmut['xǁRepresentationǁrespond__mutmut_3'] = Representation.xǁRepresentationǁrespond__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRepresentationǁrespond__mutmut['xǁRepresentationǁrespond__mutmut_4'] = Representation.xǁRepresentationǁrespond__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRepresentationǁrespond__mutmut['xǁRepresentationǁrespond__mutmut_5'] = Representation.xǁRepresentationǁrespond__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRepresentationǁrespond__mutmut['xǁRepresentationǁrespond__mutmut_6'] = Representation.xǁRepresentationǁrespond__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRepresentationǁrespond__mutmut['xǁRepresentationǁrespond__mutmut_7'] = Representation.xǁRepresentationǁrespond__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRepresentationǁrespond__mutmut['xǁRepresentationǁrespond__mutmut_8'] = Representation.xǁRepresentationǁrespond__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRepresentationǁrespond__mutmut['xǁRepresentationǁrespond__mutmut_9'] = Representation.xǁRepresentationǁrespond__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRepresentationǁrespond__mutmut['xǁRepresentationǁrespond__mutmut_10'] = Representation.xǁRepresentationǁrespond__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRepresentationǁrespond__mutmut['xǁRepresentationǁrespond__mutmut_11'] = Representation.xǁRepresentationǁrespond__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRepresentationǁrespond__mutmut['xǁRepresentationǁrespond__mutmut_12'] = Representation.xǁRepresentationǁrespond__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRepresentationǁrespond__mutmut['xǁRepresentationǁrespond__mutmut_13'] = Representation.xǁRepresentationǁrespond__mutmut_13 # type: ignore # mutmut generated
mutants_xǁRepresentationǁrespond__mutmut['xǁRepresentationǁrespond__mutmut_14'] = Representation.xǁRepresentationǁrespond__mutmut_14 # type: ignore # mutmut generated
mutants_xǁRepresentationǁrespond__mutmut['xǁRepresentationǁrespond__mutmut_15'] = Representation.xǁRepresentationǁrespond__mutmut_15 # type: ignore # mutmut generated
mutants_x_json_representation__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_json_representation__mutmut)
def json_representation(data: Any, cache_control: str) -> Representation:
    """Return ``data`` as compact UTF-8 JSON, keys in the order given."""
    return Representation(orjson.dumps(data), JSON_MEDIA_TYPE, cache_control)


def x_json_representation__mutmut_orig(data: Any, cache_control: str) -> Representation:
    """Return ``data`` as compact UTF-8 JSON, keys in the order given."""
    return Representation(orjson.dumps(data), JSON_MEDIA_TYPE, cache_control)


def x_json_representation__mutmut_1(data: Any, cache_control: str) -> Representation:
    """Return ``data`` as compact UTF-8 JSON, keys in the order given."""
    return Representation(None, JSON_MEDIA_TYPE, cache_control)


def x_json_representation__mutmut_2(data: Any, cache_control: str) -> Representation:
    """Return ``data`` as compact UTF-8 JSON, keys in the order given."""
    return Representation(orjson.dumps(data), None, cache_control)


def x_json_representation__mutmut_3(data: Any, cache_control: str) -> Representation:
    """Return ``data`` as compact UTF-8 JSON, keys in the order given."""
    return Representation(orjson.dumps(data), JSON_MEDIA_TYPE, None)


def x_json_representation__mutmut_4(data: Any, cache_control: str) -> Representation:
    """Return ``data`` as compact UTF-8 JSON, keys in the order given."""
    return Representation(JSON_MEDIA_TYPE, cache_control)


def x_json_representation__mutmut_5(data: Any, cache_control: str) -> Representation:
    """Return ``data`` as compact UTF-8 JSON, keys in the order given."""
    return Representation(orjson.dumps(data), cache_control)


def x_json_representation__mutmut_6(data: Any, cache_control: str) -> Representation:
    """Return ``data`` as compact UTF-8 JSON, keys in the order given."""
    return Representation(orjson.dumps(data), JSON_MEDIA_TYPE, )


def x_json_representation__mutmut_7(data: Any, cache_control: str) -> Representation:
    """Return ``data`` as compact UTF-8 JSON, keys in the order given."""
    return Representation(orjson.dumps(None), JSON_MEDIA_TYPE, cache_control)

mutants_x_json_representation__mutmut['_mutmut_orig'] = x_json_representation__mutmut_orig # type: ignore # mutmut generated
mutants_x_json_representation__mutmut['x_json_representation__mutmut_1'] = x_json_representation__mutmut_1 # type: ignore # mutmut generated
mutants_x_json_representation__mutmut['x_json_representation__mutmut_2'] = x_json_representation__mutmut_2 # type: ignore # mutmut generated
mutants_x_json_representation__mutmut['x_json_representation__mutmut_3'] = x_json_representation__mutmut_3 # type: ignore # mutmut generated
mutants_x_json_representation__mutmut['x_json_representation__mutmut_4'] = x_json_representation__mutmut_4 # type: ignore # mutmut generated
mutants_x_json_representation__mutmut['x_json_representation__mutmut_5'] = x_json_representation__mutmut_5 # type: ignore # mutmut generated
mutants_x_json_representation__mutmut['x_json_representation__mutmut_6'] = x_json_representation__mutmut_6 # type: ignore # mutmut generated
mutants_x_json_representation__mutmut['x_json_representation__mutmut_7'] = x_json_representation__mutmut_7 # type: ignore # mutmut generated
mutants_x_produces__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_produces__mutmut)
def produces(*media_types: str) -> Callable[[View], View]:
    """Mark a view as answering in ``media_types``, the first by default; 406 for anything else."""

    def mark(view: View) -> View:
        view.media_types = media_types  # type: ignore[attr-defined]
        return view

    return mark


def x_produces__mutmut_orig(*media_types: str) -> Callable[[View], View]:
    """Mark a view as answering in ``media_types``, the first by default; 406 for anything else."""

    def mark(view: View) -> View:
        view.media_types = media_types  # type: ignore[attr-defined]
        return view

    return mark


def x_produces__mutmut_1(*media_types: str) -> Callable[[View], View]:
    """Mark a view as answering in ``media_types``, the first by default; 406 for anything else."""

    def mark(view: View) -> View:
        view.media_types = None  # type: ignore[attr-defined]
        return view

    return mark

mutants_x_produces__mutmut['_mutmut_orig'] = x_produces__mutmut_orig # type: ignore # mutmut generated
mutants_x_produces__mutmut['x_produces__mutmut_1'] = x_produces__mutmut_1 # type: ignore # mutmut generated
mutants_x_send__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_send__mutmut)
def send(representation: Representation) -> Response:
    """Answer the current request with ``representation``, and offer it to the response cache."""
    request.environ[CACHEABLE] = True
    return representation.respond()


def x_send__mutmut_orig(representation: Representation) -> Response:
    """Answer the current request with ``representation``, and offer it to the response cache."""
    request.environ[CACHEABLE] = True
    return representation.respond()


def x_send__mutmut_1(representation: Representation) -> Response:
    """Answer the current request with ``representation``, and offer it to the response cache."""
    request.environ[CACHEABLE] = None
    return representation.respond()


def x_send__mutmut_2(representation: Representation) -> Response:
    """Answer the current request with ``representation``, and offer it to the response cache."""
    request.environ[CACHEABLE] = False
    return representation.respond()

mutants_x_send__mutmut['_mutmut_orig'] = x_send__mutmut_orig # type: ignore # mutmut generated
mutants_x_send__mutmut['x_send__mutmut_1'] = x_send__mutmut_1 # type: ignore # mutmut generated
mutants_x_send__mutmut['x_send__mutmut_2'] = x_send__mutmut_2 # type: ignore # mutmut generated
mutants_x_quality__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_quality__mutmut)
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


def x_quality__mutmut_orig(accept: Iterable[tuple[str, float]], media_type: str) -> float:
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


def x_quality__mutmut_1(accept: Iterable[tuple[str, float]], media_type: str) -> float:
    """Return the quality ``accept`` gives ``media_type``: that of its most specific range."""
    # Werkzeug's own `quality` takes the first range that matches, so that
    # "text/html;q=0, */*" would accept HTML.
    wanted_type, _, wanted_subtype = None
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


def x_quality__mutmut_2(accept: Iterable[tuple[str, float]], media_type: str) -> float:
    """Return the quality ``accept`` gives ``media_type``: that of its most specific range."""
    # Werkzeug's own `quality` takes the first range that matches, so that
    # "text/html;q=0, */*" would accept HTML.
    wanted_type, _, wanted_subtype = media_type.partition(None)
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


def x_quality__mutmut_3(accept: Iterable[tuple[str, float]], media_type: str) -> float:
    """Return the quality ``accept`` gives ``media_type``: that of its most specific range."""
    # Werkzeug's own `quality` takes the first range that matches, so that
    # "text/html;q=0, */*" would accept HTML.
    wanted_type, _, wanted_subtype = media_type.rpartition("/")
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


def x_quality__mutmut_4(accept: Iterable[tuple[str, float]], media_type: str) -> float:
    """Return the quality ``accept`` gives ``media_type``: that of its most specific range."""
    # Werkzeug's own `quality` takes the first range that matches, so that
    # "text/html;q=0, */*" would accept HTML.
    wanted_type, _, wanted_subtype = media_type.partition("XX/XX")
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


def x_quality__mutmut_5(accept: Iterable[tuple[str, float]], media_type: str) -> float:
    """Return the quality ``accept`` gives ``media_type``: that of its most specific range."""
    # Werkzeug's own `quality` takes the first range that matches, so that
    # "text/html;q=0, */*" would accept HTML.
    wanted_type, _, wanted_subtype = media_type.partition("/")
    best = None
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


def x_quality__mutmut_6(accept: Iterable[tuple[str, float]], media_type: str) -> float:
    """Return the quality ``accept`` gives ``media_type``: that of its most specific range."""
    # Werkzeug's own `quality` takes the first range that matches, so that
    # "text/html;q=0, */*" would accept HTML.
    wanted_type, _, wanted_subtype = media_type.partition("/")
    best = (+1, 0.0)
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


def x_quality__mutmut_7(accept: Iterable[tuple[str, float]], media_type: str) -> float:
    """Return the quality ``accept`` gives ``media_type``: that of its most specific range."""
    # Werkzeug's own `quality` takes the first range that matches, so that
    # "text/html;q=0, */*" would accept HTML.
    wanted_type, _, wanted_subtype = media_type.partition("/")
    best = (-2, 0.0)
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


def x_quality__mutmut_8(accept: Iterable[tuple[str, float]], media_type: str) -> float:
    """Return the quality ``accept`` gives ``media_type``: that of its most specific range."""
    # Werkzeug's own `quality` takes the first range that matches, so that
    # "text/html;q=0, */*" would accept HTML.
    wanted_type, _, wanted_subtype = media_type.partition("/")
    best = (-1, 1.0)
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


def x_quality__mutmut_9(accept: Iterable[tuple[str, float]], media_type: str) -> float:
    """Return the quality ``accept`` gives ``media_type``: that of its most specific range."""
    # Werkzeug's own `quality` takes the first range that matches, so that
    # "text/html;q=0, */*" would accept HTML.
    wanted_type, _, wanted_subtype = media_type.partition("/")
    best = (-1, 0.0)
    for value, q in accept:
        range_type, _, range_subtype = None
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


def x_quality__mutmut_10(accept: Iterable[tuple[str, float]], media_type: str) -> float:
    """Return the quality ``accept`` gives ``media_type``: that of its most specific range."""
    # Werkzeug's own `quality` takes the first range that matches, so that
    # "text/html;q=0, */*" would accept HTML.
    wanted_type, _, wanted_subtype = media_type.partition("/")
    best = (-1, 0.0)
    for value, q in accept:
        range_type, _, range_subtype = value.split(";")[0].strip().lower().partition(None)
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


def x_quality__mutmut_11(accept: Iterable[tuple[str, float]], media_type: str) -> float:
    """Return the quality ``accept`` gives ``media_type``: that of its most specific range."""
    # Werkzeug's own `quality` takes the first range that matches, so that
    # "text/html;q=0, */*" would accept HTML.
    wanted_type, _, wanted_subtype = media_type.partition("/")
    best = (-1, 0.0)
    for value, q in accept:
        range_type, _, range_subtype = value.split(";")[0].strip().lower().rpartition("/")
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


def x_quality__mutmut_12(accept: Iterable[tuple[str, float]], media_type: str) -> float:
    """Return the quality ``accept`` gives ``media_type``: that of its most specific range."""
    # Werkzeug's own `quality` takes the first range that matches, so that
    # "text/html;q=0, */*" would accept HTML.
    wanted_type, _, wanted_subtype = media_type.partition("/")
    best = (-1, 0.0)
    for value, q in accept:
        range_type, _, range_subtype = value.split(";")[0].strip().upper().partition("/")
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


def x_quality__mutmut_13(accept: Iterable[tuple[str, float]], media_type: str) -> float:
    """Return the quality ``accept`` gives ``media_type``: that of its most specific range."""
    # Werkzeug's own `quality` takes the first range that matches, so that
    # "text/html;q=0, */*" would accept HTML.
    wanted_type, _, wanted_subtype = media_type.partition("/")
    best = (-1, 0.0)
    for value, q in accept:
        range_type, _, range_subtype = value.split(None)[0].strip().lower().partition("/")
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


def x_quality__mutmut_14(accept: Iterable[tuple[str, float]], media_type: str) -> float:
    """Return the quality ``accept`` gives ``media_type``: that of its most specific range."""
    # Werkzeug's own `quality` takes the first range that matches, so that
    # "text/html;q=0, */*" would accept HTML.
    wanted_type, _, wanted_subtype = media_type.partition("/")
    best = (-1, 0.0)
    for value, q in accept:
        range_type, _, range_subtype = value.split("XX;XX")[0].strip().lower().partition("/")
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


def x_quality__mutmut_15(accept: Iterable[tuple[str, float]], media_type: str) -> float:
    """Return the quality ``accept`` gives ``media_type``: that of its most specific range."""
    # Werkzeug's own `quality` takes the first range that matches, so that
    # "text/html;q=0, */*" would accept HTML.
    wanted_type, _, wanted_subtype = media_type.partition("/")
    best = (-1, 0.0)
    for value, q in accept:
        range_type, _, range_subtype = value.split(";")[1].strip().lower().partition("/")
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


def x_quality__mutmut_16(accept: Iterable[tuple[str, float]], media_type: str) -> float:
    """Return the quality ``accept`` gives ``media_type``: that of its most specific range."""
    # Werkzeug's own `quality` takes the first range that matches, so that
    # "text/html;q=0, */*" would accept HTML.
    wanted_type, _, wanted_subtype = media_type.partition("/")
    best = (-1, 0.0)
    for value, q in accept:
        range_type, _, range_subtype = value.split(";")[0].strip().lower().partition("XX/XX")
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


def x_quality__mutmut_17(accept: Iterable[tuple[str, float]], media_type: str) -> float:
    """Return the quality ``accept`` gives ``media_type``: that of its most specific range."""
    # Werkzeug's own `quality` takes the first range that matches, so that
    # "text/html;q=0, */*" would accept HTML.
    wanted_type, _, wanted_subtype = media_type.partition("/")
    best = (-1, 0.0)
    for value, q in accept:
        range_type, _, range_subtype = value.split(";")[0].strip().lower().partition("/")
        if range_type != "*":
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


def x_quality__mutmut_18(accept: Iterable[tuple[str, float]], media_type: str) -> float:
    """Return the quality ``accept`` gives ``media_type``: that of its most specific range."""
    # Werkzeug's own `quality` takes the first range that matches, so that
    # "text/html;q=0, */*" would accept HTML.
    wanted_type, _, wanted_subtype = media_type.partition("/")
    best = (-1, 0.0)
    for value, q in accept:
        range_type, _, range_subtype = value.split(";")[0].strip().lower().partition("/")
        if range_type == "XX*XX":
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


def x_quality__mutmut_19(accept: Iterable[tuple[str, float]], media_type: str) -> float:
    """Return the quality ``accept`` gives ``media_type``: that of its most specific range."""
    # Werkzeug's own `quality` takes the first range that matches, so that
    # "text/html;q=0, */*" would accept HTML.
    wanted_type, _, wanted_subtype = media_type.partition("/")
    best = (-1, 0.0)
    for value, q in accept:
        range_type, _, range_subtype = value.split(";")[0].strip().lower().partition("/")
        if range_type == "*":
            specificity = None
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


def x_quality__mutmut_20(accept: Iterable[tuple[str, float]], media_type: str) -> float:
    """Return the quality ``accept`` gives ``media_type``: that of its most specific range."""
    # Werkzeug's own `quality` takes the first range that matches, so that
    # "text/html;q=0, */*" would accept HTML.
    wanted_type, _, wanted_subtype = media_type.partition("/")
    best = (-1, 0.0)
    for value, q in accept:
        range_type, _, range_subtype = value.split(";")[0].strip().lower().partition("/")
        if range_type == "*":
            specificity = 1
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


def x_quality__mutmut_21(accept: Iterable[tuple[str, float]], media_type: str) -> float:
    """Return the quality ``accept`` gives ``media_type``: that of its most specific range."""
    # Werkzeug's own `quality` takes the first range that matches, so that
    # "text/html;q=0, */*" would accept HTML.
    wanted_type, _, wanted_subtype = media_type.partition("/")
    best = (-1, 0.0)
    for value, q in accept:
        range_type, _, range_subtype = value.split(";")[0].strip().lower().partition("/")
        if range_type == "*":
            specificity = 0
        elif range_type == wanted_type:
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


def x_quality__mutmut_22(accept: Iterable[tuple[str, float]], media_type: str) -> float:
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
            break
        elif range_subtype == "*":
            specificity = 1
        elif range_subtype == wanted_subtype:
            specificity = 2
        else:
            continue
        if specificity > best[0]:
            best = (specificity, q)
    return best[1]


def x_quality__mutmut_23(accept: Iterable[tuple[str, float]], media_type: str) -> float:
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
        elif range_subtype != "*":
            specificity = 1
        elif range_subtype == wanted_subtype:
            specificity = 2
        else:
            continue
        if specificity > best[0]:
            best = (specificity, q)
    return best[1]


def x_quality__mutmut_24(accept: Iterable[tuple[str, float]], media_type: str) -> float:
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
        elif range_subtype == "XX*XX":
            specificity = 1
        elif range_subtype == wanted_subtype:
            specificity = 2
        else:
            continue
        if specificity > best[0]:
            best = (specificity, q)
    return best[1]


def x_quality__mutmut_25(accept: Iterable[tuple[str, float]], media_type: str) -> float:
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
            specificity = None
        elif range_subtype == wanted_subtype:
            specificity = 2
        else:
            continue
        if specificity > best[0]:
            best = (specificity, q)
    return best[1]


def x_quality__mutmut_26(accept: Iterable[tuple[str, float]], media_type: str) -> float:
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
            specificity = 2
        elif range_subtype == wanted_subtype:
            specificity = 2
        else:
            continue
        if specificity > best[0]:
            best = (specificity, q)
    return best[1]


def x_quality__mutmut_27(accept: Iterable[tuple[str, float]], media_type: str) -> float:
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
        elif range_subtype != wanted_subtype:
            specificity = 2
        else:
            continue
        if specificity > best[0]:
            best = (specificity, q)
    return best[1]


def x_quality__mutmut_28(accept: Iterable[tuple[str, float]], media_type: str) -> float:
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
            specificity = None
        else:
            continue
        if specificity > best[0]:
            best = (specificity, q)
    return best[1]


def x_quality__mutmut_29(accept: Iterable[tuple[str, float]], media_type: str) -> float:
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
            specificity = 3
        else:
            continue
        if specificity > best[0]:
            best = (specificity, q)
    return best[1]


def x_quality__mutmut_30(accept: Iterable[tuple[str, float]], media_type: str) -> float:
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
            break
        if specificity > best[0]:
            best = (specificity, q)
    return best[1]


def x_quality__mutmut_31(accept: Iterable[tuple[str, float]], media_type: str) -> float:
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
        if specificity >= best[0]:
            best = (specificity, q)
    return best[1]


def x_quality__mutmut_32(accept: Iterable[tuple[str, float]], media_type: str) -> float:
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
        if specificity > best[1]:
            best = (specificity, q)
    return best[1]


def x_quality__mutmut_33(accept: Iterable[tuple[str, float]], media_type: str) -> float:
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
            best = None
    return best[1]


def x_quality__mutmut_34(accept: Iterable[tuple[str, float]], media_type: str) -> float:
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
    return best[2]

mutants_x_quality__mutmut['_mutmut_orig'] = x_quality__mutmut_orig # type: ignore # mutmut generated
mutants_x_quality__mutmut['x_quality__mutmut_1'] = x_quality__mutmut_1 # type: ignore # mutmut generated
mutants_x_quality__mutmut['x_quality__mutmut_2'] = x_quality__mutmut_2 # type: ignore # mutmut generated
mutants_x_quality__mutmut['x_quality__mutmut_3'] = x_quality__mutmut_3 # type: ignore # mutmut generated
mutants_x_quality__mutmut['x_quality__mutmut_4'] = x_quality__mutmut_4 # type: ignore # mutmut generated
mutants_x_quality__mutmut['x_quality__mutmut_5'] = x_quality__mutmut_5 # type: ignore # mutmut generated
mutants_x_quality__mutmut['x_quality__mutmut_6'] = x_quality__mutmut_6 # type: ignore # mutmut generated
mutants_x_quality__mutmut['x_quality__mutmut_7'] = x_quality__mutmut_7 # type: ignore # mutmut generated
mutants_x_quality__mutmut['x_quality__mutmut_8'] = x_quality__mutmut_8 # type: ignore # mutmut generated
mutants_x_quality__mutmut['x_quality__mutmut_9'] = x_quality__mutmut_9 # type: ignore # mutmut generated
mutants_x_quality__mutmut['x_quality__mutmut_10'] = x_quality__mutmut_10 # type: ignore # mutmut generated
mutants_x_quality__mutmut['x_quality__mutmut_11'] = x_quality__mutmut_11 # type: ignore # mutmut generated
mutants_x_quality__mutmut['x_quality__mutmut_12'] = x_quality__mutmut_12 # type: ignore # mutmut generated
mutants_x_quality__mutmut['x_quality__mutmut_13'] = x_quality__mutmut_13 # type: ignore # mutmut generated
mutants_x_quality__mutmut['x_quality__mutmut_14'] = x_quality__mutmut_14 # type: ignore # mutmut generated
mutants_x_quality__mutmut['x_quality__mutmut_15'] = x_quality__mutmut_15 # type: ignore # mutmut generated
mutants_x_quality__mutmut['x_quality__mutmut_16'] = x_quality__mutmut_16 # type: ignore # mutmut generated
mutants_x_quality__mutmut['x_quality__mutmut_17'] = x_quality__mutmut_17 # type: ignore # mutmut generated
mutants_x_quality__mutmut['x_quality__mutmut_18'] = x_quality__mutmut_18 # type: ignore # mutmut generated
mutants_x_quality__mutmut['x_quality__mutmut_19'] = x_quality__mutmut_19 # type: ignore # mutmut generated
mutants_x_quality__mutmut['x_quality__mutmut_20'] = x_quality__mutmut_20 # type: ignore # mutmut generated
mutants_x_quality__mutmut['x_quality__mutmut_21'] = x_quality__mutmut_21 # type: ignore # mutmut generated
mutants_x_quality__mutmut['x_quality__mutmut_22'] = x_quality__mutmut_22 # type: ignore # mutmut generated
mutants_x_quality__mutmut['x_quality__mutmut_23'] = x_quality__mutmut_23 # type: ignore # mutmut generated
mutants_x_quality__mutmut['x_quality__mutmut_24'] = x_quality__mutmut_24 # type: ignore # mutmut generated
mutants_x_quality__mutmut['x_quality__mutmut_25'] = x_quality__mutmut_25 # type: ignore # mutmut generated
mutants_x_quality__mutmut['x_quality__mutmut_26'] = x_quality__mutmut_26 # type: ignore # mutmut generated
mutants_x_quality__mutmut['x_quality__mutmut_27'] = x_quality__mutmut_27 # type: ignore # mutmut generated
mutants_x_quality__mutmut['x_quality__mutmut_28'] = x_quality__mutmut_28 # type: ignore # mutmut generated
mutants_x_quality__mutmut['x_quality__mutmut_29'] = x_quality__mutmut_29 # type: ignore # mutmut generated
mutants_x_quality__mutmut['x_quality__mutmut_30'] = x_quality__mutmut_30 # type: ignore # mutmut generated
mutants_x_quality__mutmut['x_quality__mutmut_31'] = x_quality__mutmut_31 # type: ignore # mutmut generated
mutants_x_quality__mutmut['x_quality__mutmut_32'] = x_quality__mutmut_32 # type: ignore # mutmut generated
mutants_x_quality__mutmut['x_quality__mutmut_33'] = x_quality__mutmut_33 # type: ignore # mutmut generated
mutants_x_quality__mutmut['x_quality__mutmut_34'] = x_quality__mutmut_34 # type: ignore # mutmut generated
mutants_x__offered__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__offered__mutmut)
def _offered() -> tuple[str, ...]:
    """Return the media types the current request's view answers in (none: not negotiated)."""
    view = current_app.view_functions[request.endpoint or ""]
    offered: tuple[str, ...] = getattr(view, "media_types", ())
    return offered


def x__offered__mutmut_orig() -> tuple[str, ...]:
    """Return the media types the current request's view answers in (none: not negotiated)."""
    view = current_app.view_functions[request.endpoint or ""]
    offered: tuple[str, ...] = getattr(view, "media_types", ())
    return offered


def x__offered__mutmut_1() -> tuple[str, ...]:
    """Return the media types the current request's view answers in (none: not negotiated)."""
    view = None
    offered: tuple[str, ...] = getattr(view, "media_types", ())
    return offered


def x__offered__mutmut_2() -> tuple[str, ...]:
    """Return the media types the current request's view answers in (none: not negotiated)."""
    view = current_app.view_functions[request.endpoint and ""]
    offered: tuple[str, ...] = getattr(view, "media_types", ())
    return offered


def x__offered__mutmut_3() -> tuple[str, ...]:
    """Return the media types the current request's view answers in (none: not negotiated)."""
    view = current_app.view_functions[request.endpoint or "XXXX"]
    offered: tuple[str, ...] = getattr(view, "media_types", ())
    return offered


def x__offered__mutmut_4() -> tuple[str, ...]:
    """Return the media types the current request's view answers in (none: not negotiated)."""
    view = current_app.view_functions[request.endpoint or ""]
    offered: tuple[str, ...] = None
    return offered


def x__offered__mutmut_5() -> tuple[str, ...]:
    """Return the media types the current request's view answers in (none: not negotiated)."""
    view = current_app.view_functions[request.endpoint or ""]
    offered: tuple[str, ...] = getattr(None, "media_types", ())
    return offered


def x__offered__mutmut_6() -> tuple[str, ...]:
    """Return the media types the current request's view answers in (none: not negotiated)."""
    view = current_app.view_functions[request.endpoint or ""]
    offered: tuple[str, ...] = getattr(view, None, ())
    return offered


def x__offered__mutmut_7() -> tuple[str, ...]:
    """Return the media types the current request's view answers in (none: not negotiated)."""
    view = current_app.view_functions[request.endpoint or ""]
    offered: tuple[str, ...] = getattr(view, "media_types", None)
    return offered


def x__offered__mutmut_8() -> tuple[str, ...]:
    """Return the media types the current request's view answers in (none: not negotiated)."""
    view = current_app.view_functions[request.endpoint or ""]
    offered: tuple[str, ...] = getattr("media_types", ())
    return offered


def x__offered__mutmut_9() -> tuple[str, ...]:
    """Return the media types the current request's view answers in (none: not negotiated)."""
    view = current_app.view_functions[request.endpoint or ""]
    offered: tuple[str, ...] = getattr(view, ())
    return offered


def x__offered__mutmut_10() -> tuple[str, ...]:
    """Return the media types the current request's view answers in (none: not negotiated)."""
    view = current_app.view_functions[request.endpoint or ""]
    offered: tuple[str, ...] = getattr(view, "media_types", )
    return offered


def x__offered__mutmut_11() -> tuple[str, ...]:
    """Return the media types the current request's view answers in (none: not negotiated)."""
    view = current_app.view_functions[request.endpoint or ""]
    offered: tuple[str, ...] = getattr(view, "XXmedia_typesXX", ())
    return offered


def x__offered__mutmut_12() -> tuple[str, ...]:
    """Return the media types the current request's view answers in (none: not negotiated)."""
    view = current_app.view_functions[request.endpoint or ""]
    offered: tuple[str, ...] = getattr(view, "MEDIA_TYPES", ())
    return offered

mutants_x__offered__mutmut['_mutmut_orig'] = x__offered__mutmut_orig # type: ignore # mutmut generated
mutants_x__offered__mutmut['x__offered__mutmut_1'] = x__offered__mutmut_1 # type: ignore # mutmut generated
mutants_x__offered__mutmut['x__offered__mutmut_2'] = x__offered__mutmut_2 # type: ignore # mutmut generated
mutants_x__offered__mutmut['x__offered__mutmut_3'] = x__offered__mutmut_3 # type: ignore # mutmut generated
mutants_x__offered__mutmut['x__offered__mutmut_4'] = x__offered__mutmut_4 # type: ignore # mutmut generated
mutants_x__offered__mutmut['x__offered__mutmut_5'] = x__offered__mutmut_5 # type: ignore # mutmut generated
mutants_x__offered__mutmut['x__offered__mutmut_6'] = x__offered__mutmut_6 # type: ignore # mutmut generated
mutants_x__offered__mutmut['x__offered__mutmut_7'] = x__offered__mutmut_7 # type: ignore # mutmut generated
mutants_x__offered__mutmut['x__offered__mutmut_8'] = x__offered__mutmut_8 # type: ignore # mutmut generated
mutants_x__offered__mutmut['x__offered__mutmut_9'] = x__offered__mutmut_9 # type: ignore # mutmut generated
mutants_x__offered__mutmut['x__offered__mutmut_10'] = x__offered__mutmut_10 # type: ignore # mutmut generated
mutants_x__offered__mutmut['x__offered__mutmut_11'] = x__offered__mutmut_11 # type: ignore # mutmut generated
mutants_x__offered__mutmut['x__offered__mutmut_12'] = x__offered__mutmut_12 # type: ignore # mutmut generated
mutants_x_preferred__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_preferred__mutmut)
def preferred() -> str:
    """Return the media type of the current view that the request's Accept prefers.

    Without an Accept header, or on a tie, the view's first media type wins.
    """
    offered = _offered()
    if not request.headers.get("Accept"):
        return offered[0]
    accept = request.accept_mimetypes
    return max(offered, key=lambda media_type: quality(accept, media_type.split(";")[0]))


def x_preferred__mutmut_orig() -> str:
    """Return the media type of the current view that the request's Accept prefers.

    Without an Accept header, or on a tie, the view's first media type wins.
    """
    offered = _offered()
    if not request.headers.get("Accept"):
        return offered[0]
    accept = request.accept_mimetypes
    return max(offered, key=lambda media_type: quality(accept, media_type.split(";")[0]))


def x_preferred__mutmut_1() -> str:
    """Return the media type of the current view that the request's Accept prefers.

    Without an Accept header, or on a tie, the view's first media type wins.
    """
    offered = None
    if not request.headers.get("Accept"):
        return offered[0]
    accept = request.accept_mimetypes
    return max(offered, key=lambda media_type: quality(accept, media_type.split(";")[0]))


def x_preferred__mutmut_2() -> str:
    """Return the media type of the current view that the request's Accept prefers.

    Without an Accept header, or on a tie, the view's first media type wins.
    """
    offered = _offered()
    if request.headers.get("Accept"):
        return offered[0]
    accept = request.accept_mimetypes
    return max(offered, key=lambda media_type: quality(accept, media_type.split(";")[0]))


def x_preferred__mutmut_3() -> str:
    """Return the media type of the current view that the request's Accept prefers.

    Without an Accept header, or on a tie, the view's first media type wins.
    """
    offered = _offered()
    if not request.headers.get(None):
        return offered[0]
    accept = request.accept_mimetypes
    return max(offered, key=lambda media_type: quality(accept, media_type.split(";")[0]))


def x_preferred__mutmut_4() -> str:
    """Return the media type of the current view that the request's Accept prefers.

    Without an Accept header, or on a tie, the view's first media type wins.
    """
    offered = _offered()
    if not request.headers.get("XXAcceptXX"):
        return offered[0]
    accept = request.accept_mimetypes
    return max(offered, key=lambda media_type: quality(accept, media_type.split(";")[0]))


def x_preferred__mutmut_5() -> str:
    """Return the media type of the current view that the request's Accept prefers.

    Without an Accept header, or on a tie, the view's first media type wins.
    """
    offered = _offered()
    if not request.headers.get("accept"):
        return offered[0]
    accept = request.accept_mimetypes
    return max(offered, key=lambda media_type: quality(accept, media_type.split(";")[0]))


def x_preferred__mutmut_6() -> str:
    """Return the media type of the current view that the request's Accept prefers.

    Without an Accept header, or on a tie, the view's first media type wins.
    """
    offered = _offered()
    if not request.headers.get("ACCEPT"):
        return offered[0]
    accept = request.accept_mimetypes
    return max(offered, key=lambda media_type: quality(accept, media_type.split(";")[0]))


def x_preferred__mutmut_7() -> str:
    """Return the media type of the current view that the request's Accept prefers.

    Without an Accept header, or on a tie, the view's first media type wins.
    """
    offered = _offered()
    if not request.headers.get("Accept"):
        return offered[1]
    accept = request.accept_mimetypes
    return max(offered, key=lambda media_type: quality(accept, media_type.split(";")[0]))


def x_preferred__mutmut_8() -> str:
    """Return the media type of the current view that the request's Accept prefers.

    Without an Accept header, or on a tie, the view's first media type wins.
    """
    offered = _offered()
    if not request.headers.get("Accept"):
        return offered[0]
    accept = None
    return max(offered, key=lambda media_type: quality(accept, media_type.split(";")[0]))


def x_preferred__mutmut_9() -> str:
    """Return the media type of the current view that the request's Accept prefers.

    Without an Accept header, or on a tie, the view's first media type wins.
    """
    offered = _offered()
    if not request.headers.get("Accept"):
        return offered[0]
    accept = request.accept_mimetypes
    return max(None, key=lambda media_type: quality(accept, media_type.split(";")[0]))


def x_preferred__mutmut_10() -> str:
    """Return the media type of the current view that the request's Accept prefers.

    Without an Accept header, or on a tie, the view's first media type wins.
    """
    offered = _offered()
    if not request.headers.get("Accept"):
        return offered[0]
    accept = request.accept_mimetypes
    return max(offered, key=None)


def x_preferred__mutmut_11() -> str:
    """Return the media type of the current view that the request's Accept prefers.

    Without an Accept header, or on a tie, the view's first media type wins.
    """
    offered = _offered()
    if not request.headers.get("Accept"):
        return offered[0]
    accept = request.accept_mimetypes
    return max(key=lambda media_type: quality(accept, media_type.split(";")[0]))


def x_preferred__mutmut_12() -> str:
    """Return the media type of the current view that the request's Accept prefers.

    Without an Accept header, or on a tie, the view's first media type wins.
    """
    offered = _offered()
    if not request.headers.get("Accept"):
        return offered[0]
    accept = request.accept_mimetypes
    return max(offered, )


def x_preferred__mutmut_13() -> str:
    """Return the media type of the current view that the request's Accept prefers.

    Without an Accept header, or on a tie, the view's first media type wins.
    """
    offered = _offered()
    if not request.headers.get("Accept"):
        return offered[0]
    accept = request.accept_mimetypes
    return max(offered, key=lambda media_type: None)


def x_preferred__mutmut_14() -> str:
    """Return the media type of the current view that the request's Accept prefers.

    Without an Accept header, or on a tie, the view's first media type wins.
    """
    offered = _offered()
    if not request.headers.get("Accept"):
        return offered[0]
    accept = request.accept_mimetypes
    return max(offered, key=lambda media_type: quality(None, media_type.split(";")[0]))


def x_preferred__mutmut_15() -> str:
    """Return the media type of the current view that the request's Accept prefers.

    Without an Accept header, or on a tie, the view's first media type wins.
    """
    offered = _offered()
    if not request.headers.get("Accept"):
        return offered[0]
    accept = request.accept_mimetypes
    return max(offered, key=lambda media_type: quality(accept, None))


def x_preferred__mutmut_16() -> str:
    """Return the media type of the current view that the request's Accept prefers.

    Without an Accept header, or on a tie, the view's first media type wins.
    """
    offered = _offered()
    if not request.headers.get("Accept"):
        return offered[0]
    accept = request.accept_mimetypes
    return max(offered, key=lambda media_type: quality(media_type.split(";")[0]))


def x_preferred__mutmut_17() -> str:
    """Return the media type of the current view that the request's Accept prefers.

    Without an Accept header, or on a tie, the view's first media type wins.
    """
    offered = _offered()
    if not request.headers.get("Accept"):
        return offered[0]
    accept = request.accept_mimetypes
    return max(offered, key=lambda media_type: quality(accept, ))


def x_preferred__mutmut_18() -> str:
    """Return the media type of the current view that the request's Accept prefers.

    Without an Accept header, or on a tie, the view's first media type wins.
    """
    offered = _offered()
    if not request.headers.get("Accept"):
        return offered[0]
    accept = request.accept_mimetypes
    return max(offered, key=lambda media_type: quality(accept, media_type.split(None)[0]))


def x_preferred__mutmut_19() -> str:
    """Return the media type of the current view that the request's Accept prefers.

    Without an Accept header, or on a tie, the view's first media type wins.
    """
    offered = _offered()
    if not request.headers.get("Accept"):
        return offered[0]
    accept = request.accept_mimetypes
    return max(offered, key=lambda media_type: quality(accept, media_type.split("XX;XX")[0]))


def x_preferred__mutmut_20() -> str:
    """Return the media type of the current view that the request's Accept prefers.

    Without an Accept header, or on a tie, the view's first media type wins.
    """
    offered = _offered()
    if not request.headers.get("Accept"):
        return offered[0]
    accept = request.accept_mimetypes
    return max(offered, key=lambda media_type: quality(accept, media_type.split(";")[1]))

mutants_x_preferred__mutmut['_mutmut_orig'] = x_preferred__mutmut_orig # type: ignore # mutmut generated
mutants_x_preferred__mutmut['x_preferred__mutmut_1'] = x_preferred__mutmut_1 # type: ignore # mutmut generated
mutants_x_preferred__mutmut['x_preferred__mutmut_2'] = x_preferred__mutmut_2 # type: ignore # mutmut generated
mutants_x_preferred__mutmut['x_preferred__mutmut_3'] = x_preferred__mutmut_3 # type: ignore # mutmut generated
mutants_x_preferred__mutmut['x_preferred__mutmut_4'] = x_preferred__mutmut_4 # type: ignore # mutmut generated
mutants_x_preferred__mutmut['x_preferred__mutmut_5'] = x_preferred__mutmut_5 # type: ignore # mutmut generated
mutants_x_preferred__mutmut['x_preferred__mutmut_6'] = x_preferred__mutmut_6 # type: ignore # mutmut generated
mutants_x_preferred__mutmut['x_preferred__mutmut_7'] = x_preferred__mutmut_7 # type: ignore # mutmut generated
mutants_x_preferred__mutmut['x_preferred__mutmut_8'] = x_preferred__mutmut_8 # type: ignore # mutmut generated
mutants_x_preferred__mutmut['x_preferred__mutmut_9'] = x_preferred__mutmut_9 # type: ignore # mutmut generated
mutants_x_preferred__mutmut['x_preferred__mutmut_10'] = x_preferred__mutmut_10 # type: ignore # mutmut generated
mutants_x_preferred__mutmut['x_preferred__mutmut_11'] = x_preferred__mutmut_11 # type: ignore # mutmut generated
mutants_x_preferred__mutmut['x_preferred__mutmut_12'] = x_preferred__mutmut_12 # type: ignore # mutmut generated
mutants_x_preferred__mutmut['x_preferred__mutmut_13'] = x_preferred__mutmut_13 # type: ignore # mutmut generated
mutants_x_preferred__mutmut['x_preferred__mutmut_14'] = x_preferred__mutmut_14 # type: ignore # mutmut generated
mutants_x_preferred__mutmut['x_preferred__mutmut_15'] = x_preferred__mutmut_15 # type: ignore # mutmut generated
mutants_x_preferred__mutmut['x_preferred__mutmut_16'] = x_preferred__mutmut_16 # type: ignore # mutmut generated
mutants_x_preferred__mutmut['x_preferred__mutmut_17'] = x_preferred__mutmut_17 # type: ignore # mutmut generated
mutants_x_preferred__mutmut['x_preferred__mutmut_18'] = x_preferred__mutmut_18 # type: ignore # mutmut generated
mutants_x_preferred__mutmut['x_preferred__mutmut_19'] = x_preferred__mutmut_19 # type: ignore # mutmut generated
mutants_x_preferred__mutmut['x_preferred__mutmut_20'] = x_preferred__mutmut_20 # type: ignore # mutmut generated
mutants_x__acceptable__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__acceptable__mutmut)
def _acceptable() -> bool:
    # No Accept header, or an empty one, accepts anything.
    offered = _offered()
    if not request.headers.get("Accept") or not offered:
        return True
    accept = request.accept_mimetypes
    if any(quality(accept, media_type.split(";")[0]) > 0 for media_type in offered):
        return True
    return JSON_MEDIA_TYPE in offered and quality(accept, PROBLEM_MEDIA_TYPE) > 0


def x__acceptable__mutmut_orig() -> bool:
    # No Accept header, or an empty one, accepts anything.
    offered = _offered()
    if not request.headers.get("Accept") or not offered:
        return True
    accept = request.accept_mimetypes
    if any(quality(accept, media_type.split(";")[0]) > 0 for media_type in offered):
        return True
    return JSON_MEDIA_TYPE in offered and quality(accept, PROBLEM_MEDIA_TYPE) > 0


def x__acceptable__mutmut_1() -> bool:
    # No Accept header, or an empty one, accepts anything.
    offered = None
    if not request.headers.get("Accept") or not offered:
        return True
    accept = request.accept_mimetypes
    if any(quality(accept, media_type.split(";")[0]) > 0 for media_type in offered):
        return True
    return JSON_MEDIA_TYPE in offered and quality(accept, PROBLEM_MEDIA_TYPE) > 0


def x__acceptable__mutmut_2() -> bool:
    # No Accept header, or an empty one, accepts anything.
    offered = _offered()
    if not request.headers.get("Accept") and not offered:
        return True
    accept = request.accept_mimetypes
    if any(quality(accept, media_type.split(";")[0]) > 0 for media_type in offered):
        return True
    return JSON_MEDIA_TYPE in offered and quality(accept, PROBLEM_MEDIA_TYPE) > 0


def x__acceptable__mutmut_3() -> bool:
    # No Accept header, or an empty one, accepts anything.
    offered = _offered()
    if request.headers.get("Accept") or not offered:
        return True
    accept = request.accept_mimetypes
    if any(quality(accept, media_type.split(";")[0]) > 0 for media_type in offered):
        return True
    return JSON_MEDIA_TYPE in offered and quality(accept, PROBLEM_MEDIA_TYPE) > 0


def x__acceptable__mutmut_4() -> bool:
    # No Accept header, or an empty one, accepts anything.
    offered = _offered()
    if not request.headers.get(None) or not offered:
        return True
    accept = request.accept_mimetypes
    if any(quality(accept, media_type.split(";")[0]) > 0 for media_type in offered):
        return True
    return JSON_MEDIA_TYPE in offered and quality(accept, PROBLEM_MEDIA_TYPE) > 0


def x__acceptable__mutmut_5() -> bool:
    # No Accept header, or an empty one, accepts anything.
    offered = _offered()
    if not request.headers.get("XXAcceptXX") or not offered:
        return True
    accept = request.accept_mimetypes
    if any(quality(accept, media_type.split(";")[0]) > 0 for media_type in offered):
        return True
    return JSON_MEDIA_TYPE in offered and quality(accept, PROBLEM_MEDIA_TYPE) > 0


def x__acceptable__mutmut_6() -> bool:
    # No Accept header, or an empty one, accepts anything.
    offered = _offered()
    if not request.headers.get("accept") or not offered:
        return True
    accept = request.accept_mimetypes
    if any(quality(accept, media_type.split(";")[0]) > 0 for media_type in offered):
        return True
    return JSON_MEDIA_TYPE in offered and quality(accept, PROBLEM_MEDIA_TYPE) > 0


def x__acceptable__mutmut_7() -> bool:
    # No Accept header, or an empty one, accepts anything.
    offered = _offered()
    if not request.headers.get("ACCEPT") or not offered:
        return True
    accept = request.accept_mimetypes
    if any(quality(accept, media_type.split(";")[0]) > 0 for media_type in offered):
        return True
    return JSON_MEDIA_TYPE in offered and quality(accept, PROBLEM_MEDIA_TYPE) > 0


def x__acceptable__mutmut_8() -> bool:
    # No Accept header, or an empty one, accepts anything.
    offered = _offered()
    if not request.headers.get("Accept") or offered:
        return True
    accept = request.accept_mimetypes
    if any(quality(accept, media_type.split(";")[0]) > 0 for media_type in offered):
        return True
    return JSON_MEDIA_TYPE in offered and quality(accept, PROBLEM_MEDIA_TYPE) > 0


def x__acceptable__mutmut_9() -> bool:
    # No Accept header, or an empty one, accepts anything.
    offered = _offered()
    if not request.headers.get("Accept") or not offered:
        return False
    accept = request.accept_mimetypes
    if any(quality(accept, media_type.split(";")[0]) > 0 for media_type in offered):
        return True
    return JSON_MEDIA_TYPE in offered and quality(accept, PROBLEM_MEDIA_TYPE) > 0


def x__acceptable__mutmut_10() -> bool:
    # No Accept header, or an empty one, accepts anything.
    offered = _offered()
    if not request.headers.get("Accept") or not offered:
        return True
    accept = None
    if any(quality(accept, media_type.split(";")[0]) > 0 for media_type in offered):
        return True
    return JSON_MEDIA_TYPE in offered and quality(accept, PROBLEM_MEDIA_TYPE) > 0


def x__acceptable__mutmut_11() -> bool:
    # No Accept header, or an empty one, accepts anything.
    offered = _offered()
    if not request.headers.get("Accept") or not offered:
        return True
    accept = request.accept_mimetypes
    if any(None):
        return True
    return JSON_MEDIA_TYPE in offered and quality(accept, PROBLEM_MEDIA_TYPE) > 0


def x__acceptable__mutmut_12() -> bool:
    # No Accept header, or an empty one, accepts anything.
    offered = _offered()
    if not request.headers.get("Accept") or not offered:
        return True
    accept = request.accept_mimetypes
    if any(quality(None, media_type.split(";")[0]) > 0 for media_type in offered):
        return True
    return JSON_MEDIA_TYPE in offered and quality(accept, PROBLEM_MEDIA_TYPE) > 0


def x__acceptable__mutmut_13() -> bool:
    # No Accept header, or an empty one, accepts anything.
    offered = _offered()
    if not request.headers.get("Accept") or not offered:
        return True
    accept = request.accept_mimetypes
    if any(quality(accept, None) > 0 for media_type in offered):
        return True
    return JSON_MEDIA_TYPE in offered and quality(accept, PROBLEM_MEDIA_TYPE) > 0


def x__acceptable__mutmut_14() -> bool:
    # No Accept header, or an empty one, accepts anything.
    offered = _offered()
    if not request.headers.get("Accept") or not offered:
        return True
    accept = request.accept_mimetypes
    if any(quality(media_type.split(";")[0]) > 0 for media_type in offered):
        return True
    return JSON_MEDIA_TYPE in offered and quality(accept, PROBLEM_MEDIA_TYPE) > 0


def x__acceptable__mutmut_15() -> bool:
    # No Accept header, or an empty one, accepts anything.
    offered = _offered()
    if not request.headers.get("Accept") or not offered:
        return True
    accept = request.accept_mimetypes
    if any(quality(accept, ) > 0 for media_type in offered):
        return True
    return JSON_MEDIA_TYPE in offered and quality(accept, PROBLEM_MEDIA_TYPE) > 0


def x__acceptable__mutmut_16() -> bool:
    # No Accept header, or an empty one, accepts anything.
    offered = _offered()
    if not request.headers.get("Accept") or not offered:
        return True
    accept = request.accept_mimetypes
    if any(quality(accept, media_type.split(None)[0]) > 0 for media_type in offered):
        return True
    return JSON_MEDIA_TYPE in offered and quality(accept, PROBLEM_MEDIA_TYPE) > 0


def x__acceptable__mutmut_17() -> bool:
    # No Accept header, or an empty one, accepts anything.
    offered = _offered()
    if not request.headers.get("Accept") or not offered:
        return True
    accept = request.accept_mimetypes
    if any(quality(accept, media_type.split("XX;XX")[0]) > 0 for media_type in offered):
        return True
    return JSON_MEDIA_TYPE in offered and quality(accept, PROBLEM_MEDIA_TYPE) > 0


def x__acceptable__mutmut_18() -> bool:
    # No Accept header, or an empty one, accepts anything.
    offered = _offered()
    if not request.headers.get("Accept") or not offered:
        return True
    accept = request.accept_mimetypes
    if any(quality(accept, media_type.split(";")[1]) > 0 for media_type in offered):
        return True
    return JSON_MEDIA_TYPE in offered and quality(accept, PROBLEM_MEDIA_TYPE) > 0


def x__acceptable__mutmut_19() -> bool:
    # No Accept header, or an empty one, accepts anything.
    offered = _offered()
    if not request.headers.get("Accept") or not offered:
        return True
    accept = request.accept_mimetypes
    if any(quality(accept, media_type.split(";")[0]) >= 0 for media_type in offered):
        return True
    return JSON_MEDIA_TYPE in offered and quality(accept, PROBLEM_MEDIA_TYPE) > 0


def x__acceptable__mutmut_20() -> bool:
    # No Accept header, or an empty one, accepts anything.
    offered = _offered()
    if not request.headers.get("Accept") or not offered:
        return True
    accept = request.accept_mimetypes
    if any(quality(accept, media_type.split(";")[0]) > 1 for media_type in offered):
        return True
    return JSON_MEDIA_TYPE in offered and quality(accept, PROBLEM_MEDIA_TYPE) > 0


def x__acceptable__mutmut_21() -> bool:
    # No Accept header, or an empty one, accepts anything.
    offered = _offered()
    if not request.headers.get("Accept") or not offered:
        return True
    accept = request.accept_mimetypes
    if any(quality(accept, media_type.split(";")[0]) > 0 for media_type in offered):
        return False
    return JSON_MEDIA_TYPE in offered and quality(accept, PROBLEM_MEDIA_TYPE) > 0


def x__acceptable__mutmut_22() -> bool:
    # No Accept header, or an empty one, accepts anything.
    offered = _offered()
    if not request.headers.get("Accept") or not offered:
        return True
    accept = request.accept_mimetypes
    if any(quality(accept, media_type.split(";")[0]) > 0 for media_type in offered):
        return True
    return JSON_MEDIA_TYPE in offered or quality(accept, PROBLEM_MEDIA_TYPE) > 0


def x__acceptable__mutmut_23() -> bool:
    # No Accept header, or an empty one, accepts anything.
    offered = _offered()
    if not request.headers.get("Accept") or not offered:
        return True
    accept = request.accept_mimetypes
    if any(quality(accept, media_type.split(";")[0]) > 0 for media_type in offered):
        return True
    return JSON_MEDIA_TYPE not in offered and quality(accept, PROBLEM_MEDIA_TYPE) > 0


def x__acceptable__mutmut_24() -> bool:
    # No Accept header, or an empty one, accepts anything.
    offered = _offered()
    if not request.headers.get("Accept") or not offered:
        return True
    accept = request.accept_mimetypes
    if any(quality(accept, media_type.split(";")[0]) > 0 for media_type in offered):
        return True
    return JSON_MEDIA_TYPE in offered and quality(None, PROBLEM_MEDIA_TYPE) > 0


def x__acceptable__mutmut_25() -> bool:
    # No Accept header, or an empty one, accepts anything.
    offered = _offered()
    if not request.headers.get("Accept") or not offered:
        return True
    accept = request.accept_mimetypes
    if any(quality(accept, media_type.split(";")[0]) > 0 for media_type in offered):
        return True
    return JSON_MEDIA_TYPE in offered and quality(accept, None) > 0


def x__acceptable__mutmut_26() -> bool:
    # No Accept header, or an empty one, accepts anything.
    offered = _offered()
    if not request.headers.get("Accept") or not offered:
        return True
    accept = request.accept_mimetypes
    if any(quality(accept, media_type.split(";")[0]) > 0 for media_type in offered):
        return True
    return JSON_MEDIA_TYPE in offered and quality(PROBLEM_MEDIA_TYPE) > 0


def x__acceptable__mutmut_27() -> bool:
    # No Accept header, or an empty one, accepts anything.
    offered = _offered()
    if not request.headers.get("Accept") or not offered:
        return True
    accept = request.accept_mimetypes
    if any(quality(accept, media_type.split(";")[0]) > 0 for media_type in offered):
        return True
    return JSON_MEDIA_TYPE in offered and quality(accept, ) > 0


def x__acceptable__mutmut_28() -> bool:
    # No Accept header, or an empty one, accepts anything.
    offered = _offered()
    if not request.headers.get("Accept") or not offered:
        return True
    accept = request.accept_mimetypes
    if any(quality(accept, media_type.split(";")[0]) > 0 for media_type in offered):
        return True
    return JSON_MEDIA_TYPE in offered and quality(accept, PROBLEM_MEDIA_TYPE) >= 0


def x__acceptable__mutmut_29() -> bool:
    # No Accept header, or an empty one, accepts anything.
    offered = _offered()
    if not request.headers.get("Accept") or not offered:
        return True
    accept = request.accept_mimetypes
    if any(quality(accept, media_type.split(";")[0]) > 0 for media_type in offered):
        return True
    return JSON_MEDIA_TYPE in offered and quality(accept, PROBLEM_MEDIA_TYPE) > 1

mutants_x__acceptable__mutmut['_mutmut_orig'] = x__acceptable__mutmut_orig # type: ignore # mutmut generated
mutants_x__acceptable__mutmut['x__acceptable__mutmut_1'] = x__acceptable__mutmut_1 # type: ignore # mutmut generated
mutants_x__acceptable__mutmut['x__acceptable__mutmut_2'] = x__acceptable__mutmut_2 # type: ignore # mutmut generated
mutants_x__acceptable__mutmut['x__acceptable__mutmut_3'] = x__acceptable__mutmut_3 # type: ignore # mutmut generated
mutants_x__acceptable__mutmut['x__acceptable__mutmut_4'] = x__acceptable__mutmut_4 # type: ignore # mutmut generated
mutants_x__acceptable__mutmut['x__acceptable__mutmut_5'] = x__acceptable__mutmut_5 # type: ignore # mutmut generated
mutants_x__acceptable__mutmut['x__acceptable__mutmut_6'] = x__acceptable__mutmut_6 # type: ignore # mutmut generated
mutants_x__acceptable__mutmut['x__acceptable__mutmut_7'] = x__acceptable__mutmut_7 # type: ignore # mutmut generated
mutants_x__acceptable__mutmut['x__acceptable__mutmut_8'] = x__acceptable__mutmut_8 # type: ignore # mutmut generated
mutants_x__acceptable__mutmut['x__acceptable__mutmut_9'] = x__acceptable__mutmut_9 # type: ignore # mutmut generated
mutants_x__acceptable__mutmut['x__acceptable__mutmut_10'] = x__acceptable__mutmut_10 # type: ignore # mutmut generated
mutants_x__acceptable__mutmut['x__acceptable__mutmut_11'] = x__acceptable__mutmut_11 # type: ignore # mutmut generated
mutants_x__acceptable__mutmut['x__acceptable__mutmut_12'] = x__acceptable__mutmut_12 # type: ignore # mutmut generated
mutants_x__acceptable__mutmut['x__acceptable__mutmut_13'] = x__acceptable__mutmut_13 # type: ignore # mutmut generated
mutants_x__acceptable__mutmut['x__acceptable__mutmut_14'] = x__acceptable__mutmut_14 # type: ignore # mutmut generated
mutants_x__acceptable__mutmut['x__acceptable__mutmut_15'] = x__acceptable__mutmut_15 # type: ignore # mutmut generated
mutants_x__acceptable__mutmut['x__acceptable__mutmut_16'] = x__acceptable__mutmut_16 # type: ignore # mutmut generated
mutants_x__acceptable__mutmut['x__acceptable__mutmut_17'] = x__acceptable__mutmut_17 # type: ignore # mutmut generated
mutants_x__acceptable__mutmut['x__acceptable__mutmut_18'] = x__acceptable__mutmut_18 # type: ignore # mutmut generated
mutants_x__acceptable__mutmut['x__acceptable__mutmut_19'] = x__acceptable__mutmut_19 # type: ignore # mutmut generated
mutants_x__acceptable__mutmut['x__acceptable__mutmut_20'] = x__acceptable__mutmut_20 # type: ignore # mutmut generated
mutants_x__acceptable__mutmut['x__acceptable__mutmut_21'] = x__acceptable__mutmut_21 # type: ignore # mutmut generated
mutants_x__acceptable__mutmut['x__acceptable__mutmut_22'] = x__acceptable__mutmut_22 # type: ignore # mutmut generated
mutants_x__acceptable__mutmut['x__acceptable__mutmut_23'] = x__acceptable__mutmut_23 # type: ignore # mutmut generated
mutants_x__acceptable__mutmut['x__acceptable__mutmut_24'] = x__acceptable__mutmut_24 # type: ignore # mutmut generated
mutants_x__acceptable__mutmut['x__acceptable__mutmut_25'] = x__acceptable__mutmut_25 # type: ignore # mutmut generated
mutants_x__acceptable__mutmut['x__acceptable__mutmut_26'] = x__acceptable__mutmut_26 # type: ignore # mutmut generated
mutants_x__acceptable__mutmut['x__acceptable__mutmut_27'] = x__acceptable__mutmut_27 # type: ignore # mutmut generated
mutants_x__acceptable__mutmut['x__acceptable__mutmut_28'] = x__acceptable__mutmut_28 # type: ignore # mutmut generated
mutants_x__acceptable__mutmut['x__acceptable__mutmut_29'] = x__acceptable__mutmut_29 # type: ignore # mutmut generated
mutants_x__refuse_unacceptable__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__refuse_unacceptable__mutmut)
def _refuse_unacceptable() -> None:
    """Answer 406 before any work when the request's Accept excludes what the view offers."""
    if request.routing_exception is not None or request.method not in _NEGOTIATED_METHODS:
        return
    if not _acceptable():
        raise known_problem(406)


def x__refuse_unacceptable__mutmut_orig() -> None:
    """Answer 406 before any work when the request's Accept excludes what the view offers."""
    if request.routing_exception is not None or request.method not in _NEGOTIATED_METHODS:
        return
    if not _acceptable():
        raise known_problem(406)


def x__refuse_unacceptable__mutmut_1() -> None:
    """Answer 406 before any work when the request's Accept excludes what the view offers."""
    if request.routing_exception is not None and request.method not in _NEGOTIATED_METHODS:
        return
    if not _acceptable():
        raise known_problem(406)


def x__refuse_unacceptable__mutmut_2() -> None:
    """Answer 406 before any work when the request's Accept excludes what the view offers."""
    if request.routing_exception is None or request.method not in _NEGOTIATED_METHODS:
        return
    if not _acceptable():
        raise known_problem(406)


def x__refuse_unacceptable__mutmut_3() -> None:
    """Answer 406 before any work when the request's Accept excludes what the view offers."""
    if request.routing_exception is not None or request.method in _NEGOTIATED_METHODS:
        return
    if not _acceptable():
        raise known_problem(406)


def x__refuse_unacceptable__mutmut_4() -> None:
    """Answer 406 before any work when the request's Accept excludes what the view offers."""
    if request.routing_exception is not None or request.method not in _NEGOTIATED_METHODS:
        return
    if _acceptable():
        raise known_problem(406)


def x__refuse_unacceptable__mutmut_5() -> None:
    """Answer 406 before any work when the request's Accept excludes what the view offers."""
    if request.routing_exception is not None or request.method not in _NEGOTIATED_METHODS:
        return
    if not _acceptable():
        raise known_problem(None)


def x__refuse_unacceptable__mutmut_6() -> None:
    """Answer 406 before any work when the request's Accept excludes what the view offers."""
    if request.routing_exception is not None or request.method not in _NEGOTIATED_METHODS:
        return
    if not _acceptable():
        raise known_problem(407)

mutants_x__refuse_unacceptable__mutmut['_mutmut_orig'] = x__refuse_unacceptable__mutmut_orig # type: ignore # mutmut generated
mutants_x__refuse_unacceptable__mutmut['x__refuse_unacceptable__mutmut_1'] = x__refuse_unacceptable__mutmut_1 # type: ignore # mutmut generated
mutants_x__refuse_unacceptable__mutmut['x__refuse_unacceptable__mutmut_2'] = x__refuse_unacceptable__mutmut_2 # type: ignore # mutmut generated
mutants_x__refuse_unacceptable__mutmut['x__refuse_unacceptable__mutmut_3'] = x__refuse_unacceptable__mutmut_3 # type: ignore # mutmut generated
mutants_x__refuse_unacceptable__mutmut['x__refuse_unacceptable__mutmut_4'] = x__refuse_unacceptable__mutmut_4 # type: ignore # mutmut generated
mutants_x__refuse_unacceptable__mutmut['x__refuse_unacceptable__mutmut_5'] = x__refuse_unacceptable__mutmut_5 # type: ignore # mutmut generated
mutants_x__refuse_unacceptable__mutmut['x__refuse_unacceptable__mutmut_6'] = x__refuse_unacceptable__mutmut_6 # type: ignore # mutmut generated
mutants_x__add_standard_headers__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__add_standard_headers__mutmut)
def _add_standard_headers(response: Response) -> Response:
    """Give every response, errors and preflights included, the headers the contract promises."""
    headers = response.headers
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Content-Security-Policy", DATA_CSP)
    headers.setdefault("Vary", VARY)
    return response


def x__add_standard_headers__mutmut_orig(response: Response) -> Response:
    """Give every response, errors and preflights included, the headers the contract promises."""
    headers = response.headers
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Content-Security-Policy", DATA_CSP)
    headers.setdefault("Vary", VARY)
    return response


def x__add_standard_headers__mutmut_1(response: Response) -> Response:
    """Give every response, errors and preflights included, the headers the contract promises."""
    headers = None
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Content-Security-Policy", DATA_CSP)
    headers.setdefault("Vary", VARY)
    return response


def x__add_standard_headers__mutmut_2(response: Response) -> Response:
    """Give every response, errors and preflights included, the headers the contract promises."""
    headers = response.headers
    headers.setdefault(None, "nosniff")
    headers.setdefault("Content-Security-Policy", DATA_CSP)
    headers.setdefault("Vary", VARY)
    return response


def x__add_standard_headers__mutmut_3(response: Response) -> Response:
    """Give every response, errors and preflights included, the headers the contract promises."""
    headers = response.headers
    headers.setdefault("X-Content-Type-Options", None)
    headers.setdefault("Content-Security-Policy", DATA_CSP)
    headers.setdefault("Vary", VARY)
    return response


def x__add_standard_headers__mutmut_4(response: Response) -> Response:
    """Give every response, errors and preflights included, the headers the contract promises."""
    headers = response.headers
    headers.setdefault("nosniff")
    headers.setdefault("Content-Security-Policy", DATA_CSP)
    headers.setdefault("Vary", VARY)
    return response


def x__add_standard_headers__mutmut_5(response: Response) -> Response:
    """Give every response, errors and preflights included, the headers the contract promises."""
    headers = response.headers
    headers.setdefault("X-Content-Type-Options", )
    headers.setdefault("Content-Security-Policy", DATA_CSP)
    headers.setdefault("Vary", VARY)
    return response


def x__add_standard_headers__mutmut_6(response: Response) -> Response:
    """Give every response, errors and preflights included, the headers the contract promises."""
    headers = response.headers
    headers.setdefault("XXX-Content-Type-OptionsXX", "nosniff")
    headers.setdefault("Content-Security-Policy", DATA_CSP)
    headers.setdefault("Vary", VARY)
    return response


def x__add_standard_headers__mutmut_7(response: Response) -> Response:
    """Give every response, errors and preflights included, the headers the contract promises."""
    headers = response.headers
    headers.setdefault("x-content-type-options", "nosniff")
    headers.setdefault("Content-Security-Policy", DATA_CSP)
    headers.setdefault("Vary", VARY)
    return response


def x__add_standard_headers__mutmut_8(response: Response) -> Response:
    """Give every response, errors and preflights included, the headers the contract promises."""
    headers = response.headers
    headers.setdefault("X-CONTENT-TYPE-OPTIONS", "nosniff")
    headers.setdefault("Content-Security-Policy", DATA_CSP)
    headers.setdefault("Vary", VARY)
    return response


def x__add_standard_headers__mutmut_9(response: Response) -> Response:
    """Give every response, errors and preflights included, the headers the contract promises."""
    headers = response.headers
    headers.setdefault("X-Content-Type-Options", "XXnosniffXX")
    headers.setdefault("Content-Security-Policy", DATA_CSP)
    headers.setdefault("Vary", VARY)
    return response


def x__add_standard_headers__mutmut_10(response: Response) -> Response:
    """Give every response, errors and preflights included, the headers the contract promises."""
    headers = response.headers
    headers.setdefault("X-Content-Type-Options", "NOSNIFF")
    headers.setdefault("Content-Security-Policy", DATA_CSP)
    headers.setdefault("Vary", VARY)
    return response


def x__add_standard_headers__mutmut_11(response: Response) -> Response:
    """Give every response, errors and preflights included, the headers the contract promises."""
    headers = response.headers
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault(None, DATA_CSP)
    headers.setdefault("Vary", VARY)
    return response


def x__add_standard_headers__mutmut_12(response: Response) -> Response:
    """Give every response, errors and preflights included, the headers the contract promises."""
    headers = response.headers
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Content-Security-Policy", None)
    headers.setdefault("Vary", VARY)
    return response


def x__add_standard_headers__mutmut_13(response: Response) -> Response:
    """Give every response, errors and preflights included, the headers the contract promises."""
    headers = response.headers
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault(DATA_CSP)
    headers.setdefault("Vary", VARY)
    return response


def x__add_standard_headers__mutmut_14(response: Response) -> Response:
    """Give every response, errors and preflights included, the headers the contract promises."""
    headers = response.headers
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Content-Security-Policy", )
    headers.setdefault("Vary", VARY)
    return response


def x__add_standard_headers__mutmut_15(response: Response) -> Response:
    """Give every response, errors and preflights included, the headers the contract promises."""
    headers = response.headers
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("XXContent-Security-PolicyXX", DATA_CSP)
    headers.setdefault("Vary", VARY)
    return response


def x__add_standard_headers__mutmut_16(response: Response) -> Response:
    """Give every response, errors and preflights included, the headers the contract promises."""
    headers = response.headers
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("content-security-policy", DATA_CSP)
    headers.setdefault("Vary", VARY)
    return response


def x__add_standard_headers__mutmut_17(response: Response) -> Response:
    """Give every response, errors and preflights included, the headers the contract promises."""
    headers = response.headers
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("CONTENT-SECURITY-POLICY", DATA_CSP)
    headers.setdefault("Vary", VARY)
    return response


def x__add_standard_headers__mutmut_18(response: Response) -> Response:
    """Give every response, errors and preflights included, the headers the contract promises."""
    headers = response.headers
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Content-Security-Policy", DATA_CSP)
    headers.setdefault(None, VARY)
    return response


def x__add_standard_headers__mutmut_19(response: Response) -> Response:
    """Give every response, errors and preflights included, the headers the contract promises."""
    headers = response.headers
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Content-Security-Policy", DATA_CSP)
    headers.setdefault("Vary", None)
    return response


def x__add_standard_headers__mutmut_20(response: Response) -> Response:
    """Give every response, errors and preflights included, the headers the contract promises."""
    headers = response.headers
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Content-Security-Policy", DATA_CSP)
    headers.setdefault(VARY)
    return response


def x__add_standard_headers__mutmut_21(response: Response) -> Response:
    """Give every response, errors and preflights included, the headers the contract promises."""
    headers = response.headers
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Content-Security-Policy", DATA_CSP)
    headers.setdefault("Vary", )
    return response


def x__add_standard_headers__mutmut_22(response: Response) -> Response:
    """Give every response, errors and preflights included, the headers the contract promises."""
    headers = response.headers
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Content-Security-Policy", DATA_CSP)
    headers.setdefault("XXVaryXX", VARY)
    return response


def x__add_standard_headers__mutmut_23(response: Response) -> Response:
    """Give every response, errors and preflights included, the headers the contract promises."""
    headers = response.headers
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Content-Security-Policy", DATA_CSP)
    headers.setdefault("vary", VARY)
    return response


def x__add_standard_headers__mutmut_24(response: Response) -> Response:
    """Give every response, errors and preflights included, the headers the contract promises."""
    headers = response.headers
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Content-Security-Policy", DATA_CSP)
    headers.setdefault("VARY", VARY)
    return response

mutants_x__add_standard_headers__mutmut['_mutmut_orig'] = x__add_standard_headers__mutmut_orig # type: ignore # mutmut generated
mutants_x__add_standard_headers__mutmut['x__add_standard_headers__mutmut_1'] = x__add_standard_headers__mutmut_1 # type: ignore # mutmut generated
mutants_x__add_standard_headers__mutmut['x__add_standard_headers__mutmut_2'] = x__add_standard_headers__mutmut_2 # type: ignore # mutmut generated
mutants_x__add_standard_headers__mutmut['x__add_standard_headers__mutmut_3'] = x__add_standard_headers__mutmut_3 # type: ignore # mutmut generated
mutants_x__add_standard_headers__mutmut['x__add_standard_headers__mutmut_4'] = x__add_standard_headers__mutmut_4 # type: ignore # mutmut generated
mutants_x__add_standard_headers__mutmut['x__add_standard_headers__mutmut_5'] = x__add_standard_headers__mutmut_5 # type: ignore # mutmut generated
mutants_x__add_standard_headers__mutmut['x__add_standard_headers__mutmut_6'] = x__add_standard_headers__mutmut_6 # type: ignore # mutmut generated
mutants_x__add_standard_headers__mutmut['x__add_standard_headers__mutmut_7'] = x__add_standard_headers__mutmut_7 # type: ignore # mutmut generated
mutants_x__add_standard_headers__mutmut['x__add_standard_headers__mutmut_8'] = x__add_standard_headers__mutmut_8 # type: ignore # mutmut generated
mutants_x__add_standard_headers__mutmut['x__add_standard_headers__mutmut_9'] = x__add_standard_headers__mutmut_9 # type: ignore # mutmut generated
mutants_x__add_standard_headers__mutmut['x__add_standard_headers__mutmut_10'] = x__add_standard_headers__mutmut_10 # type: ignore # mutmut generated
mutants_x__add_standard_headers__mutmut['x__add_standard_headers__mutmut_11'] = x__add_standard_headers__mutmut_11 # type: ignore # mutmut generated
mutants_x__add_standard_headers__mutmut['x__add_standard_headers__mutmut_12'] = x__add_standard_headers__mutmut_12 # type: ignore # mutmut generated
mutants_x__add_standard_headers__mutmut['x__add_standard_headers__mutmut_13'] = x__add_standard_headers__mutmut_13 # type: ignore # mutmut generated
mutants_x__add_standard_headers__mutmut['x__add_standard_headers__mutmut_14'] = x__add_standard_headers__mutmut_14 # type: ignore # mutmut generated
mutants_x__add_standard_headers__mutmut['x__add_standard_headers__mutmut_15'] = x__add_standard_headers__mutmut_15 # type: ignore # mutmut generated
mutants_x__add_standard_headers__mutmut['x__add_standard_headers__mutmut_16'] = x__add_standard_headers__mutmut_16 # type: ignore # mutmut generated
mutants_x__add_standard_headers__mutmut['x__add_standard_headers__mutmut_17'] = x__add_standard_headers__mutmut_17 # type: ignore # mutmut generated
mutants_x__add_standard_headers__mutmut['x__add_standard_headers__mutmut_18'] = x__add_standard_headers__mutmut_18 # type: ignore # mutmut generated
mutants_x__add_standard_headers__mutmut['x__add_standard_headers__mutmut_19'] = x__add_standard_headers__mutmut_19 # type: ignore # mutmut generated
mutants_x__add_standard_headers__mutmut['x__add_standard_headers__mutmut_20'] = x__add_standard_headers__mutmut_20 # type: ignore # mutmut generated
mutants_x__add_standard_headers__mutmut['x__add_standard_headers__mutmut_21'] = x__add_standard_headers__mutmut_21 # type: ignore # mutmut generated
mutants_x__add_standard_headers__mutmut['x__add_standard_headers__mutmut_22'] = x__add_standard_headers__mutmut_22 # type: ignore # mutmut generated
mutants_x__add_standard_headers__mutmut['x__add_standard_headers__mutmut_23'] = x__add_standard_headers__mutmut_23 # type: ignore # mutmut generated
mutants_x__add_standard_headers__mutmut['x__add_standard_headers__mutmut_24'] = x__add_standard_headers__mutmut_24 # type: ignore # mutmut generated
mutants_x_init_app__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_init_app__mutmut)
def init_app(app: Flask, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS and the response cache into ``app``."""
    app.before_request(_refuse_unacceptable)
    app.after_request(_add_standard_headers)
    CORS(
        app,
        send_wildcard=True,
        methods=["GET", "HEAD"],
        max_age=CORS_MAX_AGE,
        expose_headers=["ETag", "Content-Disposition", "Content-Range"],
        supports_credentials=False,
        vary_header=False,
    )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = ResponseCacheMiddleware(app.wsgi_app, cache_bytes)  # type: ignore[method-assign]


def x_init_app__mutmut_orig(app: Flask, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS and the response cache into ``app``."""
    app.before_request(_refuse_unacceptable)
    app.after_request(_add_standard_headers)
    CORS(
        app,
        send_wildcard=True,
        methods=["GET", "HEAD"],
        max_age=CORS_MAX_AGE,
        expose_headers=["ETag", "Content-Disposition", "Content-Range"],
        supports_credentials=False,
        vary_header=False,
    )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = ResponseCacheMiddleware(app.wsgi_app, cache_bytes)  # type: ignore[method-assign]


def x_init_app__mutmut_1(app: Flask, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS and the response cache into ``app``."""
    app.before_request(None)
    app.after_request(_add_standard_headers)
    CORS(
        app,
        send_wildcard=True,
        methods=["GET", "HEAD"],
        max_age=CORS_MAX_AGE,
        expose_headers=["ETag", "Content-Disposition", "Content-Range"],
        supports_credentials=False,
        vary_header=False,
    )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = ResponseCacheMiddleware(app.wsgi_app, cache_bytes)  # type: ignore[method-assign]


def x_init_app__mutmut_2(app: Flask, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS and the response cache into ``app``."""
    app.before_request(_refuse_unacceptable)
    app.after_request(None)
    CORS(
        app,
        send_wildcard=True,
        methods=["GET", "HEAD"],
        max_age=CORS_MAX_AGE,
        expose_headers=["ETag", "Content-Disposition", "Content-Range"],
        supports_credentials=False,
        vary_header=False,
    )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = ResponseCacheMiddleware(app.wsgi_app, cache_bytes)  # type: ignore[method-assign]


def x_init_app__mutmut_3(app: Flask, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS and the response cache into ``app``."""
    app.before_request(_refuse_unacceptable)
    app.after_request(_add_standard_headers)
    CORS(
        None,
        send_wildcard=True,
        methods=["GET", "HEAD"],
        max_age=CORS_MAX_AGE,
        expose_headers=["ETag", "Content-Disposition", "Content-Range"],
        supports_credentials=False,
        vary_header=False,
    )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = ResponseCacheMiddleware(app.wsgi_app, cache_bytes)  # type: ignore[method-assign]


def x_init_app__mutmut_4(app: Flask, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS and the response cache into ``app``."""
    app.before_request(_refuse_unacceptable)
    app.after_request(_add_standard_headers)
    CORS(
        app,
        send_wildcard=None,
        methods=["GET", "HEAD"],
        max_age=CORS_MAX_AGE,
        expose_headers=["ETag", "Content-Disposition", "Content-Range"],
        supports_credentials=False,
        vary_header=False,
    )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = ResponseCacheMiddleware(app.wsgi_app, cache_bytes)  # type: ignore[method-assign]


def x_init_app__mutmut_5(app: Flask, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS and the response cache into ``app``."""
    app.before_request(_refuse_unacceptable)
    app.after_request(_add_standard_headers)
    CORS(
        app,
        send_wildcard=True,
        methods=None,
        max_age=CORS_MAX_AGE,
        expose_headers=["ETag", "Content-Disposition", "Content-Range"],
        supports_credentials=False,
        vary_header=False,
    )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = ResponseCacheMiddleware(app.wsgi_app, cache_bytes)  # type: ignore[method-assign]


def x_init_app__mutmut_6(app: Flask, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS and the response cache into ``app``."""
    app.before_request(_refuse_unacceptable)
    app.after_request(_add_standard_headers)
    CORS(
        app,
        send_wildcard=True,
        methods=["GET", "HEAD"],
        max_age=None,
        expose_headers=["ETag", "Content-Disposition", "Content-Range"],
        supports_credentials=False,
        vary_header=False,
    )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = ResponseCacheMiddleware(app.wsgi_app, cache_bytes)  # type: ignore[method-assign]


def x_init_app__mutmut_7(app: Flask, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS and the response cache into ``app``."""
    app.before_request(_refuse_unacceptable)
    app.after_request(_add_standard_headers)
    CORS(
        app,
        send_wildcard=True,
        methods=["GET", "HEAD"],
        max_age=CORS_MAX_AGE,
        expose_headers=None,
        supports_credentials=False,
        vary_header=False,
    )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = ResponseCacheMiddleware(app.wsgi_app, cache_bytes)  # type: ignore[method-assign]


def x_init_app__mutmut_8(app: Flask, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS and the response cache into ``app``."""
    app.before_request(_refuse_unacceptable)
    app.after_request(_add_standard_headers)
    CORS(
        app,
        send_wildcard=True,
        methods=["GET", "HEAD"],
        max_age=CORS_MAX_AGE,
        expose_headers=["ETag", "Content-Disposition", "Content-Range"],
        supports_credentials=None,
        vary_header=False,
    )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = ResponseCacheMiddleware(app.wsgi_app, cache_bytes)  # type: ignore[method-assign]


def x_init_app__mutmut_9(app: Flask, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS and the response cache into ``app``."""
    app.before_request(_refuse_unacceptable)
    app.after_request(_add_standard_headers)
    CORS(
        app,
        send_wildcard=True,
        methods=["GET", "HEAD"],
        max_age=CORS_MAX_AGE,
        expose_headers=["ETag", "Content-Disposition", "Content-Range"],
        supports_credentials=False,
        vary_header=None,
    )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = ResponseCacheMiddleware(app.wsgi_app, cache_bytes)  # type: ignore[method-assign]


def x_init_app__mutmut_10(app: Flask, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS and the response cache into ``app``."""
    app.before_request(_refuse_unacceptable)
    app.after_request(_add_standard_headers)
    CORS(
        send_wildcard=True,
        methods=["GET", "HEAD"],
        max_age=CORS_MAX_AGE,
        expose_headers=["ETag", "Content-Disposition", "Content-Range"],
        supports_credentials=False,
        vary_header=False,
    )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = ResponseCacheMiddleware(app.wsgi_app, cache_bytes)  # type: ignore[method-assign]


def x_init_app__mutmut_11(app: Flask, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS and the response cache into ``app``."""
    app.before_request(_refuse_unacceptable)
    app.after_request(_add_standard_headers)
    CORS(
        app,
        methods=["GET", "HEAD"],
        max_age=CORS_MAX_AGE,
        expose_headers=["ETag", "Content-Disposition", "Content-Range"],
        supports_credentials=False,
        vary_header=False,
    )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = ResponseCacheMiddleware(app.wsgi_app, cache_bytes)  # type: ignore[method-assign]


def x_init_app__mutmut_12(app: Flask, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS and the response cache into ``app``."""
    app.before_request(_refuse_unacceptable)
    app.after_request(_add_standard_headers)
    CORS(
        app,
        send_wildcard=True,
        max_age=CORS_MAX_AGE,
        expose_headers=["ETag", "Content-Disposition", "Content-Range"],
        supports_credentials=False,
        vary_header=False,
    )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = ResponseCacheMiddleware(app.wsgi_app, cache_bytes)  # type: ignore[method-assign]


def x_init_app__mutmut_13(app: Flask, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS and the response cache into ``app``."""
    app.before_request(_refuse_unacceptable)
    app.after_request(_add_standard_headers)
    CORS(
        app,
        send_wildcard=True,
        methods=["GET", "HEAD"],
        expose_headers=["ETag", "Content-Disposition", "Content-Range"],
        supports_credentials=False,
        vary_header=False,
    )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = ResponseCacheMiddleware(app.wsgi_app, cache_bytes)  # type: ignore[method-assign]


def x_init_app__mutmut_14(app: Flask, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS and the response cache into ``app``."""
    app.before_request(_refuse_unacceptable)
    app.after_request(_add_standard_headers)
    CORS(
        app,
        send_wildcard=True,
        methods=["GET", "HEAD"],
        max_age=CORS_MAX_AGE,
        supports_credentials=False,
        vary_header=False,
    )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = ResponseCacheMiddleware(app.wsgi_app, cache_bytes)  # type: ignore[method-assign]


def x_init_app__mutmut_15(app: Flask, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS and the response cache into ``app``."""
    app.before_request(_refuse_unacceptable)
    app.after_request(_add_standard_headers)
    CORS(
        app,
        send_wildcard=True,
        methods=["GET", "HEAD"],
        max_age=CORS_MAX_AGE,
        expose_headers=["ETag", "Content-Disposition", "Content-Range"],
        vary_header=False,
    )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = ResponseCacheMiddleware(app.wsgi_app, cache_bytes)  # type: ignore[method-assign]


def x_init_app__mutmut_16(app: Flask, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS and the response cache into ``app``."""
    app.before_request(_refuse_unacceptable)
    app.after_request(_add_standard_headers)
    CORS(
        app,
        send_wildcard=True,
        methods=["GET", "HEAD"],
        max_age=CORS_MAX_AGE,
        expose_headers=["ETag", "Content-Disposition", "Content-Range"],
        supports_credentials=False,
        )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = ResponseCacheMiddleware(app.wsgi_app, cache_bytes)  # type: ignore[method-assign]


def x_init_app__mutmut_17(app: Flask, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS and the response cache into ``app``."""
    app.before_request(_refuse_unacceptable)
    app.after_request(_add_standard_headers)
    CORS(
        app,
        send_wildcard=False,
        methods=["GET", "HEAD"],
        max_age=CORS_MAX_AGE,
        expose_headers=["ETag", "Content-Disposition", "Content-Range"],
        supports_credentials=False,
        vary_header=False,
    )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = ResponseCacheMiddleware(app.wsgi_app, cache_bytes)  # type: ignore[method-assign]


def x_init_app__mutmut_18(app: Flask, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS and the response cache into ``app``."""
    app.before_request(_refuse_unacceptable)
    app.after_request(_add_standard_headers)
    CORS(
        app,
        send_wildcard=True,
        methods=["XXGETXX", "HEAD"],
        max_age=CORS_MAX_AGE,
        expose_headers=["ETag", "Content-Disposition", "Content-Range"],
        supports_credentials=False,
        vary_header=False,
    )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = ResponseCacheMiddleware(app.wsgi_app, cache_bytes)  # type: ignore[method-assign]


def x_init_app__mutmut_19(app: Flask, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS and the response cache into ``app``."""
    app.before_request(_refuse_unacceptable)
    app.after_request(_add_standard_headers)
    CORS(
        app,
        send_wildcard=True,
        methods=["get", "HEAD"],
        max_age=CORS_MAX_AGE,
        expose_headers=["ETag", "Content-Disposition", "Content-Range"],
        supports_credentials=False,
        vary_header=False,
    )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = ResponseCacheMiddleware(app.wsgi_app, cache_bytes)  # type: ignore[method-assign]


def x_init_app__mutmut_20(app: Flask, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS and the response cache into ``app``."""
    app.before_request(_refuse_unacceptable)
    app.after_request(_add_standard_headers)
    CORS(
        app,
        send_wildcard=True,
        methods=["GET", "XXHEADXX"],
        max_age=CORS_MAX_AGE,
        expose_headers=["ETag", "Content-Disposition", "Content-Range"],
        supports_credentials=False,
        vary_header=False,
    )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = ResponseCacheMiddleware(app.wsgi_app, cache_bytes)  # type: ignore[method-assign]


def x_init_app__mutmut_21(app: Flask, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS and the response cache into ``app``."""
    app.before_request(_refuse_unacceptable)
    app.after_request(_add_standard_headers)
    CORS(
        app,
        send_wildcard=True,
        methods=["GET", "head"],
        max_age=CORS_MAX_AGE,
        expose_headers=["ETag", "Content-Disposition", "Content-Range"],
        supports_credentials=False,
        vary_header=False,
    )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = ResponseCacheMiddleware(app.wsgi_app, cache_bytes)  # type: ignore[method-assign]


def x_init_app__mutmut_22(app: Flask, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS and the response cache into ``app``."""
    app.before_request(_refuse_unacceptable)
    app.after_request(_add_standard_headers)
    CORS(
        app,
        send_wildcard=True,
        methods=["GET", "HEAD"],
        max_age=CORS_MAX_AGE,
        expose_headers=["XXETagXX", "Content-Disposition", "Content-Range"],
        supports_credentials=False,
        vary_header=False,
    )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = ResponseCacheMiddleware(app.wsgi_app, cache_bytes)  # type: ignore[method-assign]


def x_init_app__mutmut_23(app: Flask, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS and the response cache into ``app``."""
    app.before_request(_refuse_unacceptable)
    app.after_request(_add_standard_headers)
    CORS(
        app,
        send_wildcard=True,
        methods=["GET", "HEAD"],
        max_age=CORS_MAX_AGE,
        expose_headers=["etag", "Content-Disposition", "Content-Range"],
        supports_credentials=False,
        vary_header=False,
    )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = ResponseCacheMiddleware(app.wsgi_app, cache_bytes)  # type: ignore[method-assign]


def x_init_app__mutmut_24(app: Flask, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS and the response cache into ``app``."""
    app.before_request(_refuse_unacceptable)
    app.after_request(_add_standard_headers)
    CORS(
        app,
        send_wildcard=True,
        methods=["GET", "HEAD"],
        max_age=CORS_MAX_AGE,
        expose_headers=["ETAG", "Content-Disposition", "Content-Range"],
        supports_credentials=False,
        vary_header=False,
    )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = ResponseCacheMiddleware(app.wsgi_app, cache_bytes)  # type: ignore[method-assign]


def x_init_app__mutmut_25(app: Flask, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS and the response cache into ``app``."""
    app.before_request(_refuse_unacceptable)
    app.after_request(_add_standard_headers)
    CORS(
        app,
        send_wildcard=True,
        methods=["GET", "HEAD"],
        max_age=CORS_MAX_AGE,
        expose_headers=["ETag", "XXContent-DispositionXX", "Content-Range"],
        supports_credentials=False,
        vary_header=False,
    )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = ResponseCacheMiddleware(app.wsgi_app, cache_bytes)  # type: ignore[method-assign]


def x_init_app__mutmut_26(app: Flask, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS and the response cache into ``app``."""
    app.before_request(_refuse_unacceptable)
    app.after_request(_add_standard_headers)
    CORS(
        app,
        send_wildcard=True,
        methods=["GET", "HEAD"],
        max_age=CORS_MAX_AGE,
        expose_headers=["ETag", "content-disposition", "Content-Range"],
        supports_credentials=False,
        vary_header=False,
    )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = ResponseCacheMiddleware(app.wsgi_app, cache_bytes)  # type: ignore[method-assign]


def x_init_app__mutmut_27(app: Flask, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS and the response cache into ``app``."""
    app.before_request(_refuse_unacceptable)
    app.after_request(_add_standard_headers)
    CORS(
        app,
        send_wildcard=True,
        methods=["GET", "HEAD"],
        max_age=CORS_MAX_AGE,
        expose_headers=["ETag", "CONTENT-DISPOSITION", "Content-Range"],
        supports_credentials=False,
        vary_header=False,
    )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = ResponseCacheMiddleware(app.wsgi_app, cache_bytes)  # type: ignore[method-assign]


def x_init_app__mutmut_28(app: Flask, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS and the response cache into ``app``."""
    app.before_request(_refuse_unacceptable)
    app.after_request(_add_standard_headers)
    CORS(
        app,
        send_wildcard=True,
        methods=["GET", "HEAD"],
        max_age=CORS_MAX_AGE,
        expose_headers=["ETag", "Content-Disposition", "XXContent-RangeXX"],
        supports_credentials=False,
        vary_header=False,
    )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = ResponseCacheMiddleware(app.wsgi_app, cache_bytes)  # type: ignore[method-assign]


def x_init_app__mutmut_29(app: Flask, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS and the response cache into ``app``."""
    app.before_request(_refuse_unacceptable)
    app.after_request(_add_standard_headers)
    CORS(
        app,
        send_wildcard=True,
        methods=["GET", "HEAD"],
        max_age=CORS_MAX_AGE,
        expose_headers=["ETag", "Content-Disposition", "content-range"],
        supports_credentials=False,
        vary_header=False,
    )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = ResponseCacheMiddleware(app.wsgi_app, cache_bytes)  # type: ignore[method-assign]


def x_init_app__mutmut_30(app: Flask, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS and the response cache into ``app``."""
    app.before_request(_refuse_unacceptable)
    app.after_request(_add_standard_headers)
    CORS(
        app,
        send_wildcard=True,
        methods=["GET", "HEAD"],
        max_age=CORS_MAX_AGE,
        expose_headers=["ETag", "Content-Disposition", "CONTENT-RANGE"],
        supports_credentials=False,
        vary_header=False,
    )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = ResponseCacheMiddleware(app.wsgi_app, cache_bytes)  # type: ignore[method-assign]


def x_init_app__mutmut_31(app: Flask, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS and the response cache into ``app``."""
    app.before_request(_refuse_unacceptable)
    app.after_request(_add_standard_headers)
    CORS(
        app,
        send_wildcard=True,
        methods=["GET", "HEAD"],
        max_age=CORS_MAX_AGE,
        expose_headers=["ETag", "Content-Disposition", "Content-Range"],
        supports_credentials=True,
        vary_header=False,
    )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = ResponseCacheMiddleware(app.wsgi_app, cache_bytes)  # type: ignore[method-assign]


def x_init_app__mutmut_32(app: Flask, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS and the response cache into ``app``."""
    app.before_request(_refuse_unacceptable)
    app.after_request(_add_standard_headers)
    CORS(
        app,
        send_wildcard=True,
        methods=["GET", "HEAD"],
        max_age=CORS_MAX_AGE,
        expose_headers=["ETag", "Content-Disposition", "Content-Range"],
        supports_credentials=False,
        vary_header=True,
    )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = ResponseCacheMiddleware(app.wsgi_app, cache_bytes)  # type: ignore[method-assign]


def x_init_app__mutmut_33(app: Flask, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS and the response cache into ``app``."""
    app.before_request(_refuse_unacceptable)
    app.after_request(_add_standard_headers)
    CORS(
        app,
        send_wildcard=True,
        methods=["GET", "HEAD"],
        max_age=CORS_MAX_AGE,
        expose_headers=["ETag", "Content-Disposition", "Content-Range"],
        supports_credentials=False,
        vary_header=False,
    )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = None  # type: ignore[method-assign]


def x_init_app__mutmut_34(app: Flask, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS and the response cache into ``app``."""
    app.before_request(_refuse_unacceptable)
    app.after_request(_add_standard_headers)
    CORS(
        app,
        send_wildcard=True,
        methods=["GET", "HEAD"],
        max_age=CORS_MAX_AGE,
        expose_headers=["ETag", "Content-Disposition", "Content-Range"],
        supports_credentials=False,
        vary_header=False,
    )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = ResponseCacheMiddleware(None, cache_bytes)  # type: ignore[method-assign]


def x_init_app__mutmut_35(app: Flask, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS and the response cache into ``app``."""
    app.before_request(_refuse_unacceptable)
    app.after_request(_add_standard_headers)
    CORS(
        app,
        send_wildcard=True,
        methods=["GET", "HEAD"],
        max_age=CORS_MAX_AGE,
        expose_headers=["ETag", "Content-Disposition", "Content-Range"],
        supports_credentials=False,
        vary_header=False,
    )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = ResponseCacheMiddleware(app.wsgi_app, None)  # type: ignore[method-assign]


def x_init_app__mutmut_36(app: Flask, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS and the response cache into ``app``."""
    app.before_request(_refuse_unacceptable)
    app.after_request(_add_standard_headers)
    CORS(
        app,
        send_wildcard=True,
        methods=["GET", "HEAD"],
        max_age=CORS_MAX_AGE,
        expose_headers=["ETag", "Content-Disposition", "Content-Range"],
        supports_credentials=False,
        vary_header=False,
    )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = ResponseCacheMiddleware(cache_bytes)  # type: ignore[method-assign]


def x_init_app__mutmut_37(app: Flask, *, cache_bytes: int = RESPONSE_CACHE_BYTES) -> None:
    """Wire content negotiation, standard headers, CORS and the response cache into ``app``."""
    app.before_request(_refuse_unacceptable)
    app.after_request(_add_standard_headers)
    CORS(
        app,
        send_wildcard=True,
        methods=["GET", "HEAD"],
        max_age=CORS_MAX_AGE,
        expose_headers=["ETag", "Content-Disposition", "Content-Range"],
        supports_credentials=False,
        vary_header=False,
    )
    # Outermost, so that a cached answer carries every header the hooks above added.
    app.wsgi_app = ResponseCacheMiddleware(app.wsgi_app, )  # type: ignore[method-assign]

mutants_x_init_app__mutmut['_mutmut_orig'] = x_init_app__mutmut_orig # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_1'] = x_init_app__mutmut_1 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_2'] = x_init_app__mutmut_2 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_3'] = x_init_app__mutmut_3 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_4'] = x_init_app__mutmut_4 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_5'] = x_init_app__mutmut_5 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_6'] = x_init_app__mutmut_6 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_7'] = x_init_app__mutmut_7 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_8'] = x_init_app__mutmut_8 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_9'] = x_init_app__mutmut_9 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_10'] = x_init_app__mutmut_10 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_11'] = x_init_app__mutmut_11 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_12'] = x_init_app__mutmut_12 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_13'] = x_init_app__mutmut_13 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_14'] = x_init_app__mutmut_14 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_15'] = x_init_app__mutmut_15 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_16'] = x_init_app__mutmut_16 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_17'] = x_init_app__mutmut_17 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_18'] = x_init_app__mutmut_18 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_19'] = x_init_app__mutmut_19 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_20'] = x_init_app__mutmut_20 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_21'] = x_init_app__mutmut_21 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_22'] = x_init_app__mutmut_22 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_23'] = x_init_app__mutmut_23 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_24'] = x_init_app__mutmut_24 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_25'] = x_init_app__mutmut_25 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_26'] = x_init_app__mutmut_26 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_27'] = x_init_app__mutmut_27 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_28'] = x_init_app__mutmut_28 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_29'] = x_init_app__mutmut_29 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_30'] = x_init_app__mutmut_30 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_31'] = x_init_app__mutmut_31 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_32'] = x_init_app__mutmut_32 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_33'] = x_init_app__mutmut_33 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_34'] = x_init_app__mutmut_34 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_35'] = x_init_app__mutmut_35 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_36'] = x_init_app__mutmut_36 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_37'] = x_init_app__mutmut_37 # type: ignore # mutmut generated

"""Content codings: which one a request accepts, and the bytes of a body in it.

A representation is sent in Brotli (``br``), gzip or as it is (``identity``), as the
request's ``Accept-Encoding`` prefers (RFC 9110, 12.5.3); on a tie, Brotli, which is the
smaller. Each coding is a representation of its own, with its own strong ETag (a hash of
the bytes sent), and every response that may be coded says ``Vary: Accept-Encoding``.

Finished bodies are coded whole, once per cached response (:mod:`api.web.response_cache`
keys on the coding); files too large to hold (exports, the snapshot) are coded as a stream
while they are written, once per file (:mod:`api.web.export_files`). Pure Python: no Flask.
"""

import zlib
from collections.abc import Iterable, Iterator
from threading import Lock

import brotli

IDENTITY = "identity"
BROTLI = "br"
GZIP = "gzip"
#: The codings offered, in order of preference on a tie.
CODINGS = (BROTLI, GZIP)
#: Brotli's quality (0-11): 5 codes a 70 KB page in about a millisecond, within a few
#: percent of the best size; higher qualities cost tens of times more.
BROTLI_QUALITY = 5
GZIP_LEVEL = 6
#: Bodies shorter than this are sent as they are: coding them saves little or nothing.
MIN_CODED_BYTES = 512
#: How many distinct Accept-Encoding values the negotiation remembers (clients send few).
_REMEMBERED = 512

_chosen: dict[str, str] = {}
_chosen_lock = Lock()


def negotiate(accept_encoding: str | None) -> str:
    """Return the coding ``accept_encoding`` prefers among those offered, else identity.

    Absent, the header accepts anything: identity, as a client that asks for no coding
    gets none. ``*`` stands for every coding it does not name; ``q=0`` refuses one.
    Remembered per header value: a repeated request negotiates with one lookup.
    """
    if not accept_encoding:
        return IDENTITY
    chosen = _chosen.get(accept_encoding)
    if chosen is None:
        chosen = _negotiated(accept_encoding)
        with _chosen_lock:
            if len(_chosen) >= _REMEMBERED:
                _chosen.clear()
            _chosen[accept_encoding] = chosen
    return chosen


def _negotiated(accept_encoding: str) -> str:
    qualities: dict[str, float] = {}
    for item in accept_encoding.split(","):
        name, _, parameters = item.partition(";")
        name = name.strip().lower()
        if not name:
            continue
        quality = 1.0
        for parameter in parameters.split(";"):
            key, _, value = parameter.partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = float(value.strip())
                except ValueError:
                    quality = 0.0
        # x-gzip is gzip (RFC 9110, 8.4.1.3).
        qualities[GZIP if name == "x-gzip" else name] = quality
    anything = qualities.get("*", 0.0)
    best, best_quality = IDENTITY, 0.0
    for coding in CODINGS:
        quality = qualities.get(coding, anything)
        if quality > best_quality:
            best, best_quality = coding, quality
    return best


def encode(body: bytes, coding: str) -> bytes | None:
    """Return ``body`` in ``coding``, or None where it is better sent as it is (too short to
    gain, or no smaller coded)."""
    if coding == IDENTITY or len(body) < MIN_CODED_BYTES:
        return None
    coded = b"".join(encode_stream((body,), coding))
    return coded if len(coded) < len(body) else None


def encode_stream(chunks: Iterable[bytes], coding: str) -> Iterator[bytes]:
    """Yield the chunks' bytes in ``coding``, as the compressor makes them."""
    if coding == BROTLI:
        compressor = brotli.Compressor(quality=BROTLI_QUALITY)
        for chunk in chunks:
            out = compressor.process(chunk)
            if out:
                yield out
        yield compressor.finish()
    elif coding == GZIP:
        deflate = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        for chunk in chunks:
            out = deflate.compress(chunk)
            if out:
                yield out
        yield deflate.flush()
    else:
        yield from chunks

"""The body of a streamed `requests` answer, a gzip or deflate one decompressed here.

Why not let urllib3 do it: it inflates a compressed body as it arrives and, when the bytes end
before the compressed stream does (a proxy that cuts a close-delimited answer, a cache that kept
half an object under a matching Content-Length), hands back the part it got as the whole answer.
A cut list of breached-password suffixes then reads as "not found", a cut feed as a shorter one.
Here a stream that never reaches its end raises ContentDecodingError, which the HTTP client
reports as no answer. Other encodings (none, or one urllib3 was asked for such as br) are read
as before. This module imports `requests`: import it on first use.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import Any

import requests
import urllib3

_GZIP_WBITS = 16 + zlib.MAX_WBITS


class _Inflater:
    """One gzip (concatenated members included) or deflate stream (zlib-wrapped, as RFC 9110
    says, or raw, as some servers send it)."""

    def __init__(self, gzip: bool) -> None:
        self._gzip = gzip
        self._obj = zlib.decompressobj(_GZIP_WBITS if gzip else zlib.MAX_WBITS)
        self._fed = False
        #: A gzip member ended and what followed was not another one (trailing zeros some
        #: servers add): the rest is ignored, as gzip and urllib3 do.
        self._trailing = False

    def feed(self, data: bytes, size: int) -> Iterator[bytes]:
        """The decompressed bytes of `data`, in pieces of at most `size` (a small compressed
        chunk can inflate to a huge one: the reader stops at its limit in between)."""
        pending = data
        while (pending or self._fed) and not self._trailing:
            ended = self._obj.eof
            if ended:
                if not (self._gzip and pending):
                    return  # bytes after a deflate stream's end are ignored, as urllib3 does
                self._obj = zlib.decompressobj(_GZIP_WBITS)  # the next gzip member
            try:
                out = self._obj.decompress(pending, size)
            except zlib.error as exc:
                if ended:
                    self._trailing = True
                    return
                if not self._gzip and not self._fed:
                    self._fed = True
                    self._obj = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise requests.exceptions.ContentDecodingError(
                    f"the compressed answer could not be decoded ({exc})"
                ) from None
            self._fed = True
            if out:
                yield out
            pending = self._obj.unused_data if self._obj.eof else self._obj.unconsumed_tail
            if not pending and len(out) < size:
                return

    def finish(self) -> None:
        """Raise when bytes came but the compressed stream did not reach its end."""
        if self._fed and not self._trailing and not self._obj.eof:
            raise requests.exceptions.ContentDecodingError(
                "the compressed answer ended before the end of its data (cut off)"
            )


def _inflater(coding: object) -> _Inflater | None:
    word = str(coding or "").strip().lower()
    if word in ("gzip", "x-gzip"):
        return _Inflater(gzip=True)
    if word == "deflate":
        return _Inflater(gzip=False)
    return None


def _raw_chunks(response: Any, size: int) -> Iterator[bytes]:
    """The body's bytes as sent, urllib3's errors as the `requests` ones they stand for."""
    try:
        yield from response.raw.stream(size, decode_content=False)
    except urllib3.exceptions.ProtocolError as exc:
        raise requests.exceptions.ChunkedEncodingError(exc) from None
    except urllib3.exceptions.SSLError as exc:
        raise requests.exceptions.SSLError(exc) from None
    except urllib3.exceptions.HTTPError as exc:  # a read timeout, among others
        raise requests.exceptions.ConnectionError(exc) from None


def body_chunks(response: Any, size: int) -> Iterator[bytes]:
    """The decoded body of a `stream=True` response, in chunks of at most `size` bytes; a gzip
    or deflate body cut short raises `requests.exceptions.ContentDecodingError`."""
    inflater = _inflater(response.headers.get("Content-Encoding"))
    if inflater is None:
        yield from response.iter_content(size)
        return
    for data in _raw_chunks(response, size):
        yield from inflater.feed(data, size)
    inflater.finish()

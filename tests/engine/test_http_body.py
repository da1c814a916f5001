"""A compressed answer is read whole or not at all: a gzip or deflate body cut before its end
is no answer, never a shorter one (a cut breached-password list would read as "not found")."""

from __future__ import annotations

import gzip
import socket
import threading
import zlib

import pytest

from hygiene_app.engine.live import LiveHttpClient
from hygiene_app.engine.probes import HttpOutcome, HttpResponse
from hygiene_app.services.passwords.breach import BreachResult, BreachStatus, RangeClient, sha1_hex
from tests.rawserver import Handler, guarded, raw_server, read_request

PASSWORD = "correct horse battery staple"
DIGEST = sha1_hex(PASSWORD)


def _bucket() -> bytes:
    """A range answer with the password's suffix in its second half."""
    lines = [b"%035X:%d" % (i, i + 1) for i in range(1200)]
    lines.insert(1000, DIGEST[5:].encode() + b":42")
    return b"\r\n".join(lines)


def _answer(body: bytes, coding: str, *, length: int | None = None, close: bool = False) -> Handler:
    def handler(conn: socket.socket, stop: threading.Event) -> None:
        read_request(conn)
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
        if coding:
            head += b"Content-Encoding: %s\r\n" % coding.encode()
        if close:
            head += b"Connection: close\r\n"
        else:
            head += b"Content-Length: %d\r\n" % (len(body) if length is None else length)
        conn.sendall(head + b"\r\n" + body)

    return handler


def _get(handler: Handler) -> HttpResponse:
    with raw_server(handler) as server:
        answer = guarded(lambda: LiveHttpClient().get(server.url + "/range/x", timeout=20.0))
    assert isinstance(answer, HttpResponse)
    return answer


def _deflate_raw(data: bytes) -> bytes:
    packer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return packer.compress(data) + packer.flush()


@pytest.mark.parametrize(
    "encoded, coding",
    [
        (gzip.compress(_bucket()), "gzip"),
        (gzip.compress(_bucket()[:5000]) + gzip.compress(_bucket()[5000:]), "gzip"),
        (zlib.compress(_bucket()), "deflate"),
        (_deflate_raw(_bucket()), "deflate"),
        (gzip.compress(_bucket()) + b"\0" * 8, "gzip"),
        (_bucket(), ""),
    ],
    ids=["gzip", "gzip-two-members", "deflate-zlib", "deflate-raw", "gzip-zero-padded", "plain"],
)
def test_a_whole_answer_is_read_whole_in_any_encoding(encoded: bytes, coding: str):
    answer = _get(_answer(encoded, coding))
    assert answer.outcome is HttpOutcome.OK
    assert answer.text == _bucket().decode()


@pytest.mark.parametrize("close", [False, True], ids=["length-of-the-cut", "close-delimited"])
@pytest.mark.parametrize("coding", ["gzip", "deflate"])
def test_a_compressed_answer_cut_before_its_end_is_no_answer(coding: str, close: bool):
    whole = gzip.compress(_bucket()) if coding == "gzip" else zlib.compress(_bucket())
    answer = _get(_answer(whole[: len(whole) // 2], coding, close=close))
    assert answer.outcome is HttpOutcome.OFFLINE and answer.text == ""
    assert "cut off" in answer.message


def test_a_chunked_gzip_answer_whose_data_stops_early_is_no_answer():
    # Every chunk well formed, the last one announced: only the gzip stream shows the cut.
    whole = gzip.compress(_bucket())

    def handler(conn: socket.socket, stop: threading.Event) -> None:
        read_request(conn)
        head = b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n"
        part = whole[: len(whole) // 2]
        conn.sendall(head + b"%x\r\n%s\r\n0\r\n\r\n" % (len(part), part))

    answer = _get(handler)
    assert answer.outcome is HttpOutcome.OFFLINE and "cut off" in answer.message


def test_an_empty_gzip_labelled_answer_is_empty_not_an_error():
    answer = _get(_answer(b"", "gzip"))
    assert answer.outcome is HttpOutcome.OK and answer.text == ""


def test_a_gzip_bomb_is_still_too_large():
    with raw_server(_answer(gzip.compress(b"\0" * 4_000_000), "gzip")) as server:
        capped = guarded(lambda: LiveHttpClient().get(server.url + "/", max_bytes=200_000))
    assert isinstance(capped, HttpResponse) and capped.outcome is HttpOutcome.TOO_LARGE


@pytest.mark.parametrize("cut", [False, True], ids=["whole", "cut"])
def test_a_cut_gzip_breach_answer_is_could_not_check_not_not_found(cut: bool):
    whole = gzip.compress(_bucket())
    sent = whole[: len(whole) // 2] if cut else whole
    with raw_server(_answer(sent, "gzip", close=True)) as server:
        client = RangeClient(LiveHttpClient(), base_url=server.url)
        result = guarded(lambda: client.check(PASSWORD))
    assert isinstance(result, BreachResult)
    if cut:
        assert result.status is BreachStatus.UNKNOWN
        assert "127.0.0.1" in result.reason  # "offline (no connection to 127.0.0.1)"
    else:
        assert result.status is BreachStatus.FOUND and result.count == 42

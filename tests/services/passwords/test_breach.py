"""The Pwned Passwords range check: only 5 hex characters leave; failure is never "not found"."""

from __future__ import annotations

import re
import socket
from collections.abc import Mapping

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hygiene_app.engine.live import LiveHttpClient
from hygiene_app.engine.probes import HttpOutcome, HttpResponse
from hygiene_app.services.passwords.breach import (
    DEFAULT_API,
    BreachResult,
    BreachStatus,
    RangeClient,
    count_words,
    parse_range,
    round_count,
    sha1_hex,
)
from tests.services.passwords.server import RecordingServer, assert_k_anonymous

PASSWORD = "Tr0ub4dor&3-breach-test"


def test_sha1_is_upper_hex_of_utf8():
    assert sha1_hex("password") == "5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8"
    assert sha1_hex("pässwörd") == sha1_hex("pässwörd".encode().decode())
    assert re.fullmatch(r"[0-9A-F]{40}", sha1_hex("🔑"))
    assert re.fullmatch(r"[0-9A-F]{40}", sha1_hex("\ud800"))  # a lone surrogate: no crash


# -- parse_range ---------------------------------------------------------------------------------


def test_parse_range_crlf_padding_and_garbage():
    text = (
        "0018A45C4D1DEF81644B54AB7F969B88D65:10\r\n"
        "00D4F6E8FA6EECAD2A3AA415EEC418D38EC:0\r\n"  # padding
        "<html>not a line</html>\r\n"
        "011053FD0102E94D6AE2F8B83D76FAF94F6:abc\r\n"
        "\r\n"
        "012a7ca357541f0ac487871feea6a8d7c86:3\n"  # lower case, LF only
        "0123456789:5\n"  # too short
        "0018A45C4D1DEF81644B54AB7F969B88D66:\u0661\u0662\n"  # Arabic-Indic digits: not ASCII
    )
    assert parse_range(text) == {
        "0018A45C4D1DEF81644B54AB7F969B88D65": 10,
        "012A7CA357541F0AC487871FEEA6A8D7C86": 3,
    }


def test_parse_range_empty():
    assert parse_range("") == {}


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_parse_range_never_raises(text):
    result = parse_range(text)
    for suffix, count in result.items():
        assert re.fullmatch(r"[0-9A-F]{35}", suffix)
        assert count > 0


@settings(max_examples=100, deadline=None)
@given(
    st.dictionaries(
        st.text(alphabet="0123456789ABCDEF", min_size=35, max_size=35),
        st.integers(min_value=0, max_value=10**9),
        max_size=20,
    ),
    st.sampled_from(["\r\n", "\n"]),
)
def test_parse_range_round_trip(entries, newline):
    text = newline.join(f"{s}:{c}" for s, c in entries.items())
    assert parse_range(text) == {s: c for s, c in entries.items() if c > 0}


# -- Buckets -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("count", "words"),
    [
        (1, "seen in breaches 1 time"),
        (9, "seen in breaches 9 times"),
        (57, "seen in breaches about 60 times"),
        (1234, "seen in breaches about 1,200 times"),
        (12345, "seen in breaches about 12,000 times"),
        (999_999, "seen in breaches about 1,000,000 times"),
        (1_000_000, "seen in breaches more than a million times"),
        (52_256_179, "seen in breaches more than a million times"),
    ],
)
def test_count_words(count, words):
    assert count_words(count) == words
    assert BreachResult(BreachStatus.FOUND, count=count).bucket == words


def test_round_count():
    assert [round_count(n) for n in (0, 5, 10, 14, 15, 99, 150, 1249, 1250)] == [
        0,
        5,
        10,
        10,
        20,
        100,
        150,
        1200,
        1300,
    ]


def test_buckets_for_other_statuses():
    assert BreachResult(BreachStatus.NOT_FOUND).bucket == "not found in known breaches"
    unknown = BreachResult(BreachStatus.UNKNOWN, reason="offline")
    assert unknown.bucket == "could not check: offline"


# -- Against a local server ---------------------------------------------------------------------


def _client(server: RecordingServer, timeout: float = 5.0) -> RangeClient:
    return RangeClient(LiveHttpClient(), server.url, timeout=timeout)


def test_found_with_count(server):
    server.add_password(PASSWORD, 12_345)
    result = _client(server).check(PASSWORD)
    assert result == BreachResult(BreachStatus.FOUND, count=12_345)
    assert result.bucket == "seen in breaches about 12,000 times"
    assert_k_anonymous(server, PASSWORD)
    assert server.requests[0].path == f"/range/{sha1_hex(PASSWORD)[:5]}"
    assert server.requests[0].headers.get("User-Agent", "").startswith("HygieneCheckup/")


def test_not_found_and_padding_ignored(server):
    server.behaviour.padding = 900
    result = _client(server).check(PASSWORD)
    assert result.status is BreachStatus.NOT_FOUND
    assert_k_anonymous(server, PASSWORD)


def test_padding_line_for_the_very_password_is_not_a_hit(server):
    # A count-0 line for our own suffix is padding, not a breach.
    server.add_password(PASSWORD, 0)
    assert _client(server).check(PASSWORD).status is BreachStatus.NOT_FOUND


def test_trailing_slash_and_lookup_prefix(server):
    server.add_password(PASSWORD, 3)
    client = RangeClient(LiveHttpClient(), server.url + "/")
    answer = client.lookup_prefix(sha1_hex(PASSWORD)[:5])
    assert isinstance(answer, dict)
    assert answer[sha1_hex(PASSWORD)[5:]] == 3
    assert all(count > 0 for count in answer.values())
    assert server.requests[0].path.startswith("/range/")


@pytest.mark.parametrize(
    "prefix", ["abcde", "ABCD", "ABCDEF", "GHIJK", "", "ABC D", "\uff21\uff22\uff23\uff24\uff25"]
)
def test_bad_prefix_is_refused_before_anything_is_sent(server, prefix):
    with pytest.raises(ValueError) as info:
        _client(server).lookup_prefix(prefix)
    assert server.requests == []
    assert prefix not in str(info.value) or not prefix


@pytest.mark.parametrize(
    ("status", "words"), [(500, "500"), (503, "503"), (404, "404"), (429, "429")]
)
def test_http_errors_are_unknown(server, status, words):
    server.behaviour.status = status
    result = _client(server).check(PASSWORD)
    assert result.status is BreachStatus.UNKNOWN
    assert words in result.reason
    assert result.bucket.startswith("could not check")
    assert_k_anonymous(server, PASSWORD)


def test_html_answer_with_200_is_unknown_not_not_found(server):
    server.behaviour.status = 200
    server.behaviour.body = "<html><body>Log in to the hotel Wi-Fi</body></html>"
    server.behaviour.content_type = "text/html"
    result = _client(server).check(PASSWORD)
    assert result.status is BreachStatus.UNKNOWN


@pytest.mark.parametrize("cut", [0, 3, 35, 36], ids=["whole", "mid-suffix", "colon", "colon+"])
def test_an_answer_cut_off_inside_a_line_is_unknown_not_not_found(server, cut):
    # A proxy or cache that kept only part of the answer (with a Content-Length to match): the
    # password's own line may be the one lost. Cut at a line's end, nothing shows it.
    digest = sha1_hex(PASSWORD)
    others = [f"{i:035X}:{i + 1}" for i in range(300)]
    body = "\r\n".join([*others, f"{digest[5:]}:7"])
    server.behaviour.status = 200
    server.behaviour.body = body[: len(body) - len(digest[5:]) - 2 + cut] if cut else body
    result = _client(server).check(PASSWORD)
    if cut:
        assert result.status is BreachStatus.UNKNOWN
        assert result.reason == "the server's answer could not be read"
    else:
        assert result == BreachResult(BreachStatus.FOUND, count=7)


def test_empty_answer_is_unknown(server):
    server.behaviour.status = 200
    assert _client(server).check(PASSWORD).status is BreachStatus.UNKNOWN


def test_timeout_is_unknown(server):
    server.behaviour.delay = 1.5
    result = _client(server, timeout=0.3).check(PASSWORD)
    assert result.status is BreachStatus.UNKNOWN
    assert "did not answer in time" in result.reason


def test_refused_connection_is_unknown():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    # Nothing listens on `port` now.
    result = RangeClient(LiveHttpClient(), f"http://127.0.0.1:{port}", timeout=2).check(PASSWORD)
    assert result.status is BreachStatus.UNKNOWN
    assert "offline" in result.reason


def test_offline_mode_sends_nothing():
    result = RangeClient(LiveHttpClient(offline=True)).check(PASSWORD)
    assert result == BreachResult(BreachStatus.UNKNOWN, reason="offline mode is on")


class _FakeHttp:
    def __init__(self, response: HttpResponse | Exception) -> None:
        self.response = response
        self.calls: list[tuple[str, Mapping[str, str] | None]] = []

    def get(
        self,
        url: str,
        *,
        timeout: float = 10.0,
        headers: Mapping[str, str] | None = None,
        max_bytes: int = 0,
    ) -> HttpResponse:
        self.calls.append((url, headers))
        if isinstance(self.response, Exception):
            raise self.response
        return self.response


@pytest.mark.parametrize(
    ("outcome", "words"),
    [
        (HttpOutcome.TLS_ERROR, "certificate"),
        (HttpOutcome.OFFLINE, "offline"),
        (HttpOutcome.TIMEOUT, "in time"),
        (HttpOutcome.DISABLED, "offline mode"),
        (HttpOutcome.HTTP_ERROR, "error"),
    ],
)
def test_every_failure_outcome_is_unknown(outcome, words):
    http = _FakeHttp(HttpResponse("x", outcome))
    result = RangeClient(http).check(PASSWORD)
    assert result.status is BreachStatus.UNKNOWN
    assert words in result.reason
    url, headers = http.calls[0]
    assert url == f"{DEFAULT_API}/range/{sha1_hex(PASSWORD)[:5]}"
    assert headers == {"Add-Padding": "true"}


def test_a_raising_client_is_unknown_and_quiet():
    http = _FakeHttp(RuntimeError(f"boom {PASSWORD}"))
    result = RangeClient(http).check(PASSWORD)
    assert result.status is BreachStatus.UNKNOWN
    assert PASSWORD not in result.reason


def test_repr_holds_nothing_secret():
    client = RangeClient(LiveHttpClient(), "https://mirror.example")
    assert "mirror.example" in repr(client)
    result = RangeClient(_FakeHttp(HttpResponse("x", HttpOutcome.OFFLINE))).check(PASSWORD)
    assert sha1_hex(PASSWORD)[5:] not in repr(result)

"""A mirror's address is judged by the host the HTTP library will actually connect to: parser
tricks (user info, backslashes, blanks) are refused everywhere such an address is accepted."""

from __future__ import annotations

import ipaddress
import json
from collections.abc import Mapping
from pathlib import Path

import pytest
import requests
from hypothesis import given
from hypothesis import strategies as st
from urllib3.util import parse_url

from hygiene_app import cli
from hygiene_app.engine.probes import HttpOutcome, HttpResponse
from hygiene_app.services.mfa.catalog import DirectoryCache
from hygiene_app.services.passwords.breach import BreachStatus, RangeClient
from hygiene_app.services.service_url import acceptable_service_url, service_host
from hygiene_app.services.settings import Settings, SettingsStore

#: Each of these is read as 127.0.0.1 (or no host) by one parser and as another host by the
#: one requests uses, or smuggles what a parser may read either way.
TRICKS = [
    "http://evil.example\\@127.0.0.1",
    "http://evil.example\\@127.0.0.1/range",
    "http://evil.example%5C@127.0.0.1",
    "http://evil.example@127.0.0.1",
    "http://user:pass@127.0.0.1:8000",
    "http://127.0.0.1:80@evil.example",
    "http://127.0.0.1\\@evil.example",
    "https://mirror.example\\@evil.example",
    "http:\\\\127.0.0.1\\range",
    "http://127.0.0.1 .evil.example/",
    " http://127.0.0.1/",
    "http://127.0.0.1/\n",
    "http://127.0.0.1\t/range",
    "http://127.0.0.1/\x00",
    "http://127.0.0.1/\u202e",
    "http://[::1/",
    "http://127.0.0.1:99999/",
    "http://127.0.0.1:8o/",
]


@pytest.mark.parametrize("url", TRICKS)
def test_parser_tricks_are_refused(url: str):
    assert not acceptable_service_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://api.pwnedpasswords.com",
        "https://mirror.example.org/range",
        "https://MIRROR.example.org:8443/pp/",
        "http://127.0.0.1:8999",
        "http://localhost/x",
        "http://[::1]:8080/",
    ],
)
def test_ordinary_mirrors_are_accepted(url: str):
    assert acceptable_service_url(url)


def test_plain_http_is_only_for_this_computer():
    assert not acceptable_service_url("http://evil.invalid/")
    assert not acceptable_service_url("http://127.0.0.1.evil.invalid/")
    assert not acceptable_service_url("ftp://127.0.0.1/")
    assert not acceptable_service_url("https:///nohost")


def _connects_to(url: str) -> str:
    """The host requests would open a connection to for `url`, as it prepares the request."""
    prepared = requests.Request("GET", url).prepare().url
    assert prepared is not None
    host = parse_url(prepared).host or ""
    return host.strip("[]").lower()


_PIECES = st.sampled_from(
    [
        "127.0.0.1",
        "localhost",
        "evil.example",
        "[::1]",
        "::1",
        "@",
        "\\",
        "/",
        ":",
        ":80",
        "%40",
        "%5C",
        "#",
        "?",
        " ",
        "\t",
        ".",
        "user:pw@",
        "[",
        "]",
    ]
)
_URLS = st.builds(
    lambda scheme, parts: scheme + "".join(parts),
    st.sampled_from(["http://", "https://", "HTTP://", "http:\\\\", "http:/", ""]),
    st.lists(_PIECES | st.text(max_size=3), max_size=6),
) | st.builds(
    # A plausible mirror with tricks after the host: most of these are accepted, so the
    # property is exercised where it matters.
    lambda scheme, host, parts: scheme + host + "".join(parts),
    st.sampled_from(["http://", "https://"]),
    st.sampled_from(["127.0.0.1", "localhost", "[::1]", "mirror.example", "127.0.0.1:8080"]),
    st.lists(_PIECES | st.text(max_size=3), max_size=4),
)


@given(_URLS)
def test_an_accepted_address_connects_to_the_host_that_was_judged(url: str):
    judged = service_host(url)
    if not acceptable_service_url(url):
        return
    assert judged is not None
    scheme, host = judged
    # The breach client adds a path; the connection must still go where we judged.
    for full in (url, url.rstrip("/") + "/range/ABCDE"):
        assert _connects_to(full) == host
    if scheme == "http":
        assert host == "localhost" or ipaddress.ip_address(host).is_loopback


# ----- every place that takes such an address ------------------------------------------------


def test_settings_with_a_tricky_mirror_are_set_aside(tmp_path: Path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 1, "breach_api": TRICKS[0]}))
    store = SettingsStore(path)
    assert store.load() == Settings()
    assert "breach_api" in store.problem
    assert (tmp_path / "settings.json.broken").exists()
    with pytest.raises(ValueError):
        Settings.from_json({"mfa_directory_url": "http://evil.example\\@localhost/all.json"})


def test_the_password_command_refuses_a_tricky_breach_api(capsys: pytest.CaptureFixture[str]):
    code = cli.main(["password", "--breach-check", "--breach-api", TRICKS[0]])
    assert code == 2
    assert "https://" in capsys.readouterr().err


def test_the_audit_refuses_a_tricky_breach_api(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    export = tmp_path / "export.csv"
    export.write_text("url,username,password\nhttps://a.example,ann,hunter2\n")
    code = cli.main(["audit-passwords", str(export), "--breach-check", "--breach-api", TRICKS[0]])
    assert code == 2
    assert "https://" in capsys.readouterr().err


class _Recording:
    def __init__(self) -> None:
        self.urls: list[str] = []

    def get(
        self,
        url: str,
        *,
        timeout: float = 10.0,
        headers: Mapping[str, str] | None = None,
        max_bytes: int = 0,
    ) -> HttpResponse:
        self.urls.append(url)
        return HttpResponse(url, HttpOutcome.OFFLINE)


def test_the_breach_client_sends_nothing_to_a_tricky_address():
    http = _Recording()
    result = RangeClient(http, TRICKS[0]).check("hunter2")
    assert result.status is BreachStatus.UNKNOWN
    assert http.urls == []


def test_the_directory_cache_asks_nothing_of_a_tricky_address(tmp_path: Path):
    http = _Recording()
    services, _status = DirectoryCache(http, tmp_path, url=TRICKS[0]).load()
    assert services is None
    assert http.urls == []

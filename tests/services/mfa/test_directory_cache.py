"""DirectoryCache against a local server: freshness by an injected clock, conditional requests,
304 / 200 / 500 / garbage, a corrupt cache file set aside."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hygiene_app.engine.live import LiveHttpClient
from hygiene_app.engine.probes import HttpOutcome, HttpResponse
from hygiene_app.services.mfa.catalog import DirectoryCache
from hygiene_app.services.mfa.model import Method
from tests.services.mfa.conftest import SAMPLE, Answer, DirectoryServer

DAY = 86400.0
T0 = 1_750_000_000.0  # 15 June 2025
ETAG = '"v4-all-1"'
LAST_MODIFIED = "Sun, 15 Jun 2025 10:00:00 GMT"


class Clock:
    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def make_cache(server: DirectoryServer, tmp_path: Path, clock: Clock) -> DirectoryCache:
    return DirectoryCache(LiveHttpClient(), tmp_path / "cache", url=server.url, clock=clock)


def serve_sample(server: DirectoryServer) -> None:
    server.answer = Answer(
        200,
        SAMPLE.read_text(encoding="utf-8"),
        {"ETag": ETAG, "Last-Modified": LAST_MODIFIED},
    )


def test_first_load_downloads_and_caches(
    directory_server: DirectoryServer, tmp_path: Path, clock: Clock
) -> None:
    serve_sample(directory_server)
    cache = make_cache(directory_server, tmp_path, clock)
    services, status = cache.load()
    assert status == "refreshed"
    assert services is not None and services["github.com"].methods[0] is Method.SECURITY_KEY
    assert len(directory_server.requests) == 1
    first = directory_server.requests[0]
    assert "if-none-match" not in first and "if-modified-since" not in first
    assert first["user-agent"].startswith("HygieneCheckup/")
    assert cache.body_path.read_text(encoding="utf-8") == SAMPLE.read_text(encoding="utf-8")
    meta = json.loads(cache.meta_path.read_text(encoding="utf-8"))
    assert meta["etag"] == ETAG and meta["last_modified"] == LAST_MODIFIED
    assert meta["fetched_at"] == meta["checked_at"] == T0
    assert not list(cache.body_path.parent.glob("*.tmp"))


def test_fresh_copy_is_used_without_asking(
    directory_server: DirectoryServer, tmp_path: Path, clock: Clock
) -> None:
    serve_sample(directory_server)
    cache = make_cache(directory_server, tmp_path, clock)
    cache.load()
    clock.now = T0 + 7 * DAY - 1
    services, status = cache.load()
    assert status == "up to date" and services is not None
    assert len(directory_server.requests) == 1
    # Without refresh, even a stale copy is served without a request.
    clock.now = T0 + 30 * DAY
    services, status = cache.load(refresh=False)
    assert services is not None and status == "using the copy from 15 June 2025"
    assert len(directory_server.requests) == 1


def test_stale_copy_asks_conditionally_and_304_touches(
    directory_server: DirectoryServer, tmp_path: Path, clock: Clock
) -> None:
    serve_sample(directory_server)
    cache = make_cache(directory_server, tmp_path, clock)
    cache.load()
    directory_server.answer = Answer(304, "", {"ETag": ETAG})
    clock.now = T0 + 7 * DAY
    services, status = cache.load()
    assert status == "up to date" and services is not None and "proton.me" in services
    second = directory_server.requests[1]
    assert second["if-none-match"] == ETAG
    assert second["if-modified-since"] == LAST_MODIFIED
    meta = json.loads(cache.meta_path.read_text(encoding="utf-8"))
    assert meta["checked_at"] == T0 + 7 * DAY and meta["fetched_at"] == T0
    # Fresh again for a week from the 304.
    clock.now = T0 + 13 * DAY
    assert cache.load()[1] == "up to date"
    assert len(directory_server.requests) == 2


def test_stale_copy_replaced_by_a_new_200(
    directory_server: DirectoryServer, tmp_path: Path, clock: Clock
) -> None:
    serve_sample(directory_server)
    cache = make_cache(directory_server, tmp_path, clock)
    cache.load()
    newer = {"github.com": {"methods": ["totp"]}, "new.example": {"methods": ["sms"]}}
    directory_server.answer = Answer(200, json.dumps(newer), {"ETag": '"v4-all-2"'})
    clock.now = T0 + 8 * DAY
    services, status = cache.load()
    assert status == "refreshed"
    assert services is not None and set(services) == {"github.com", "new.example"}
    meta = json.loads(cache.meta_path.read_text(encoding="utf-8"))
    assert meta["etag"] == '"v4-all-2"' and meta["last_modified"] == ""
    assert meta["fetched_at"] == T0 + 8 * DAY


@pytest.mark.parametrize(
    ("answer", "status"),
    [
        (Answer(500, "oops"), "offline: using the copy from 15 June 2025"),
        (
            Answer(200, "<html>Cloudflare says no</html>"),
            "the directory sent data that could not be read: using the copy from 15 June 2025",
        ),
        (
            Answer(200, "[1, 2, 3]"),
            "the directory sent data that could not be read: using the copy from 15 June 2025",
        ),
    ],
)
def test_failure_keeps_the_cached_copy(
    directory_server: DirectoryServer, tmp_path: Path, clock: Clock, answer: Answer, status: str
) -> None:
    serve_sample(directory_server)
    cache = make_cache(directory_server, tmp_path, clock)
    cache.load()
    before = cache.body_path.read_bytes()
    directory_server.answer = answer
    clock.now = T0 + 10 * DAY
    services, got = cache.load()
    assert got == status
    assert services is not None and "github.com" in services
    assert cache.body_path.read_bytes() == before
    # Still stale: the next start asks again.
    cache.load()
    assert len(directory_server.requests) == 3


def test_failure_without_a_copy(
    directory_server: DirectoryServer, tmp_path: Path, clock: Clock
) -> None:
    directory_server.answer = Answer(500, "oops")
    cache = make_cache(directory_server, tmp_path, clock)
    assert cache.load() == (None, "not available offline yet")
    directory_server.answer = Answer(200, "garbage")
    assert cache.load() == (None, "the directory sent data that could not be read")
    assert not cache.body_path.exists()
    assert cache.load(refresh=False) == (None, "not available offline yet")


def test_unreachable_server_uses_the_copy(tmp_path: Path, clock: Clock) -> None:
    server = DirectoryServer()
    serve_sample(server)
    cache = make_cache(server, tmp_path, clock)
    cache.load()
    server.stop()
    clock.now = T0 + 9 * DAY
    # A new client: the old one's kept-alive connection would outlive the server.
    cache = make_cache(server, tmp_path, clock)
    services, status = cache.load()
    assert services is not None and status == "offline: using the copy from 15 June 2025"


def test_corrupt_cache_is_set_aside_and_refetched(
    directory_server: DirectoryServer, tmp_path: Path, clock: Clock
) -> None:
    serve_sample(directory_server)
    cache = make_cache(directory_server, tmp_path, clock)
    cache.load()
    cache.body_path.write_text("{ truncated", encoding="utf-8")
    services, status = cache.load()
    assert status == "refreshed" and services is not None
    # No conditional headers for a copy that was not usable.
    assert "if-none-match" not in directory_server.requests[1]
    aside = list(cache.body_path.parent.glob("2fa-directory.json.broken-*"))
    assert len(aside) == 1 and aside[0].read_text(encoding="utf-8") == "{ truncated"


def test_corrupt_meta_means_stale(
    directory_server: DirectoryServer, tmp_path: Path, clock: Clock
) -> None:
    serve_sample(directory_server)
    cache = make_cache(directory_server, tmp_path, clock)
    cache.load()
    cache.meta_path.write_text("[]", encoding="utf-8")
    services, status = cache.load()
    assert status == "refreshed" and services is not None
    assert len(directory_server.requests) == 2


def test_a_clock_gone_back_means_stale(
    directory_server: DirectoryServer, tmp_path: Path, clock: Clock
) -> None:
    serve_sample(directory_server)
    cache = make_cache(directory_server, tmp_path, clock)
    cache.load()
    clock.now = T0 - DAY
    directory_server.answer = Answer(304, "")
    assert cache.load()[1] == "up to date"
    assert len(directory_server.requests) == 2


def test_a_new_mirror_is_asked_unconditionally(
    directory_server: DirectoryServer, tmp_path: Path, clock: Clock
) -> None:
    serve_sample(directory_server)
    make_cache(directory_server, tmp_path, clock).load()
    mirror = DirectoryCache(
        LiveHttpClient(),
        tmp_path / "cache",
        url=directory_server.url + "?mirror=1",
        clock=Clock(T0 + 8 * DAY),
    )
    assert mirror.load()[1] == "refreshed"
    assert "if-none-match" not in directory_server.requests[1]


def test_never_raises_even_when_the_client_does(tmp_path: Path, clock: Clock) -> None:
    class Exploding:
        def get(self, url: str, **kwargs: object) -> HttpResponse:
            raise RuntimeError("a bug in a client")

    assert DirectoryCache(Exploding(), tmp_path, clock=clock).load() == (
        None,
        "not available offline yet",
    )


def test_offline_mode_sends_nothing(tmp_path: Path, clock: Clock) -> None:
    client = LiveHttpClient(offline=True)
    assert client.get("https://api.2fa.directory/v4/all.json").outcome is HttpOutcome.DISABLED
    assert DirectoryCache(client, tmp_path, clock=clock).load()[0] is None

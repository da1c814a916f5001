"""The endoflife.date cache in front of the HTTP seam: conditional requests against a real local
server on 127.0.0.1, a corrupt cache set aside, a planted symbolic link never followed, offline
served from the copy with its age, and a replay that never reads this user's cache."""

from __future__ import annotations

import http.server
import json
import stat
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from email.utils import formatdate
from pathlib import Path

import pytest

from hygiene_app.checks.os_support import OsSupportCheck, is_endoflife_document
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.live import LiveHttpClient
from hygiene_app.engine.model import Status
from hygiene_app.engine.options import CheckOptions
from hygiene_app.services.feed_cache import (
    CACHE_HEADER,
    CHECKED_HEADER,
    FETCHED_HEADER,
    CachedFeedHttp,
    header,
    with_endoflife_cache,
)
from tests.support import NOW, fixture_text, machine

UBUNTU = fixture_text("os_support", "ubuntu_v0.json")


@dataclass
class FeedServer:
    """Serves `body` at any path with an ETag; answers 304 to a matching If-None-Match."""

    body: str = UBUNTU
    etag: str = '"v1"'
    status: int = 200
    requests: list[dict[str, str]] = field(default_factory=list)


@contextmanager
def feed_server() -> Iterator[tuple[FeedServer, str]]:
    state = FeedServer()

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def send_response(self, code: int, message: str | None = None) -> None:
            # The server's `Date` is the tests' clock, never the real date: the checks judge by
            # a server's date when the clock is days off it.
            self.log_request(code)
            self.send_response_only(code, message)
            self.send_header("Date", formatdate(NOW, usegmt=True))

        def do_GET(self) -> None:
            state.requests.append({k.lower(): v for k, v in self.headers.items()})
            if state.status != 200:
                data = b"no"
                self.send_response(state.status)
            elif self.headers.get("If-None-Match") == state.etag:
                self.send_response(304)
                self.send_header("ETag", state.etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            else:
                data = state.body.encode("utf-8")
                self.send_response(200)
                self.send_header("ETag", state.etag)
                self.send_header("Last-Modified", "Sun, 15 Mar 2026 00:00:00 GMT")
                self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state, f"http://127.0.0.1:{server.server_address[1]}/api"
    finally:
        server.shutdown()
        server.server_close()


class Clock:
    def __init__(self, now: float = NOW) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def cached(base: str, folder: Path, clock: Clock, *, offline: bool = False) -> CachedFeedHttp:
    return CachedFeedHttp(
        LiveHttpClient(offline=offline),
        folder,
        (base + "/",),
        clock=clock,
        valid=is_endoflife_document,
    )


def test_a_second_request_is_conditional_and_a_304_serves_the_copy(tmp_path):
    clock = Clock()
    with feed_server() as (server, base):
        url = f"{base}/ubuntu.json"
        first = cached(base, tmp_path, clock).get(url)
        assert first.ok and header(first.headers, CACHE_HEADER) == "network"
        assert "if-none-match" not in server.requests[0]
        clock.now += 2 * 86400  # past the day a copy is served without asking
        second = cached(base, tmp_path, clock).get(url)
    assert len(server.requests) == 2
    assert server.requests[1]["if-none-match"] == '"v1"'
    assert server.requests[1]["if-modified-since"] == "Sun, 15 Mar 2026 00:00:00 GMT"
    assert second.ok and second.status == 200 and second.text == UBUNTU
    assert header(second.headers, CACHE_HEADER) == "revalidated"
    assert header(second.headers, FETCHED_HEADER) == repr(NOW)
    assert header(second.headers, CHECKED_HEADER) == repr(NOW + 2 * 86400)


def test_a_recent_copy_is_served_without_asking(tmp_path):
    clock = Clock()
    with feed_server() as (server, base):
        url = f"{base}/ubuntu.json"
        cached(base, tmp_path, clock).get(url)
        clock.now += 3600
        again = cached(base, tmp_path, clock).get(url)
    assert len(server.requests) == 1
    assert header(again.headers, CACHE_HEADER) == "fresh"


def test_the_cache_file_is_private(tmp_path):
    folder = tmp_path / "feeds"
    with feed_server() as (_server, base):
        http = cached(base, folder, Clock())
        http.get(f"{base}/ubuntu.json")
    path = http.path_for(f"{base}/ubuntu.json")
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert json.loads(path.read_text())["etag"] == '"v1"'


def test_offline_serves_the_last_copy_and_says_how_old(tmp_path):
    clock = Clock()
    with feed_server() as (_server, base):
        url = f"{base}/ubuntu.json"
        cached(base, tmp_path, clock).get(url)
    clock.now += 10 * 86400
    answer = cached(base, tmp_path, clock, offline=True).get(url)
    assert answer.ok and answer.text == UBUNTU
    assert header(answer.headers, CACHE_HEADER) == "stale"
    assert header(answer.headers, CHECKED_HEADER) == repr(NOW)


def test_a_server_error_keeps_the_copy_and_a_refused_body_is_never_cached(tmp_path):
    clock = Clock()
    with feed_server() as (server, base):
        url = f"{base}/ubuntu.json"
        server.body = "<html>maintenance</html>"
        refused = cached(base, tmp_path, clock).get(url)
        assert refused.text == "<html>maintenance</html>"  # passed on, not kept
        assert not any(tmp_path.iterdir())
        server.body = UBUNTU
        cached(base, tmp_path, clock).get(url)
        clock.now += 2 * 86400
        server.status = 500
        answer = cached(base, tmp_path, clock).get(url)
    assert answer.ok and header(answer.headers, CACHE_HEADER) == "stale"


def test_a_corrupt_cache_is_set_aside_and_the_bundled_copy_is_used(tmp_path):
    clock = Clock()
    http = cached("http://127.0.0.1:9/api", tmp_path, clock, offline=True)
    url = "http://127.0.0.1:9/api/ubuntu.json"
    tmp_path.joinpath(http.path_for(url).name).write_text("{not json", encoding="utf-8")
    seams = replace(machine("ubuntu"), http=http)
    options = CheckOptions(endoflife_url="http://127.0.0.1:9/api")
    finding = OsSupportCheck().run(ProbeContext(seams, offline=True, options=options))
    names = sorted(p.name for p in tmp_path.iterdir())
    assert not http.path_for(url).exists()
    assert len(names) == 1 and ".broken-" in names[0]
    assert finding.evidence["data_source"] == "bundled"
    assert finding.status is not Status.ERROR


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges there")
def test_a_symlink_planted_at_the_cache_path_is_not_followed(tmp_path):
    secret = tmp_path / "secret.json"
    secret.write_text(
        json.dumps(
            {
                "url": "x",
                "body": UBUNTU,
                "etag": "",
                "last_modified": "",
                "fetched_at": NOW,
                "checked_at": NOW,
            }
        )
    )
    folder = tmp_path / "feeds"
    folder.mkdir()
    clock = Clock()
    with feed_server() as (server, base):
        url = f"{base}/ubuntu.json"
        http = cached(base, folder, clock)
        link = http.path_for(url)
        secret_doc = json.loads(secret.read_text())
        secret_doc["url"] = url
        secret.write_text(json.dumps(secret_doc))
        link.symlink_to(secret)
        answer = http.get(url)
    # The link was neither read (the server was asked, without a validator) nor written
    # through: the new copy replaced the link itself.
    assert len(server.requests) == 1 and "if-none-match" not in server.requests[0]
    assert header(answer.headers, CACHE_HEADER) == "network"
    assert not link.is_symlink()
    assert json.loads(secret.read_text())["etag"] == ""


def test_other_addresses_pass_through_untouched(tmp_path):
    with feed_server() as (server, base):
        http = cached(base + "/only-this", tmp_path, Clock())
        answer = http.get(f"{base}/ubuntu.json")
    assert header(answer.headers, CACHE_HEADER) == ""
    assert len(server.requests) == 1
    assert not any(tmp_path.iterdir())


def test_with_endoflife_cache_wraps_only_the_endoflife_address(tmp_path):
    seams = with_endoflife_cache(machine("ubuntu"), "https://mirror.example/eol/", tmp_path)
    assert isinstance(seams.http, CachedFeedHttp)
    assert seams.http.covers("https://mirror.example/eol/ubuntu.json")
    assert not seams.http.covers("https://api.pwnedpasswords.com/range/ABCDE")


def _plant(folder: Path, base: str, product: str, body: str) -> None:
    http = CachedFeedHttp(LiveHttpClient(offline=True), folder, (base,))
    url = f"{base}/{product}.json"
    doc = {
        "url": url,
        "body": body,
        "etag": "",
        "last_modified": "",
        "fetched_at": NOW,
        "checked_at": NOW,
    }
    folder.mkdir(parents=True, exist_ok=True)
    http.path_for(url).write_text(json.dumps(doc), encoding="utf-8")


# Ubuntu 22.04's support ended long ago, says this (made-up) cached copy.
ENDED = json.dumps([{"cycle": "22.04", "eol": "2020-01-01", "extendedSupport": False}])


def test_this_computer_reads_the_cache_and_a_replay_never_does(tmp_path, monkeypatch, capsys):
    from hygiene_app import cli
    from hygiene_app.services import feed_cache

    monkeypatch.setattr(feed_cache, "default_folder", lambda: tmp_path)
    _plant(tmp_path, "https://endoflife.date/api", "ubuntu", ENDED)
    seams, _mfa = cli._this_computer(offline=True)
    assert isinstance(seams.http, CachedFeedHttp) and seams.http.folder == tmp_path
    served = seams.http.get("https://endoflife.date/api/ubuntu.json")
    assert served.text == ENDED and header(served.headers, CACHE_HEADER) == "stale"

    snapshot = Path(__file__).resolve().parent.parent / "fixtures/snapshots/ubuntu-22.04.json"
    cli.main(["check", "--replay", str(snapshot), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    (upd006,) = [c for c in report["checks"] if c["id"] == "UPD-006"]
    assert upd006["status"] != "fail"  # the planted copy was not read


def test_only_the_headers_that_describe_the_copy_are_passed_on(tmp_path):
    with feed_server() as (_server, base):
        answer = cached(base, tmp_path, Clock()).get(f"{base}/ubuntu.json")
    assert {k.lower() for k in answer.headers} == {
        "etag",
        "last-modified",
        "content-type",
        "date",  # when the server sent it: a check can hold a wrong clock against it
        CACHE_HEADER.lower(),
        FETCHED_HEADER.lower(),
        CHECKED_HEADER.lower(),
    }


def test_the_date_to_judge_by_is_the_later_of_the_clock_and_a_server_days_off_it():
    from hygiene_app.services.feed_cache import CLOCK_SLACK, judged_now

    day = 86400.0
    assert judged_now(NOW, None) == NOW  # no usable Date: the clock
    assert judged_now(NOW, NOW - day) == NOW  # within the slack: the clock
    assert judged_now(NOW, NOW + CLOCK_SLACK) == NOW
    assert judged_now(NOW, NOW + 5 * day) == NOW + 5 * day  # the clock is behind
    # A server date days behind (a stale proxy, a mirror's wrong clock) never moves today back.
    assert judged_now(NOW, NOW - 400 * day) == NOW

"""The vault audit and `audit-passwords`: verdicts, work done once per distinct thing, at most
8 requests in flight, cancel, and no password or hash in any output."""

from __future__ import annotations

import argparse
import hashlib
import io
import itertools
import json
import random
import re
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from hygiene_app import cli_audit
from hygiene_app.engine.probes import HttpOutcome, HttpResponse
from hygiene_app.services.passwords import audit as audit_module
from hygiene_app.services.passwords import strength
from hygiene_app.services.passwords.audit import (
    AuditReport,
    Issue,
    audit,
    report_to_json,
    reveal,
)
from hygiene_app.services.passwords.breach import BreachResult, BreachStatus, sha1_hex
from hygiene_app.services.passwords.vault import ExportFormat, VaultEntry

FMT = ExportFormat.CHROMIUM
STRONG = "vellum-orbit-cascade-tundra-41"
STRONG2 = "gX7#qLp9!vRt2$Wz-kP4"


def _e(row: int, password: str, site: str = "", username: str = "user") -> VaultEntry:
    return VaultEntry(
        row=row, site=site or f"site{row}.example.com", username=username, password=password
    )


def _by_row(report: AuditReport) -> dict[int, Any]:
    return {e.row: e for e in report.entries}


def _prefix_collisions(count: int) -> list[str]:
    """`count` distinct passwords whose SHA-1 share the same 5-hex prefix."""
    seen: dict[str, list[str]] = {}
    i = 0
    while True:
        password = f"collide-{i}"
        group = seen.setdefault(sha1_hex(password)[:5], [])
        group.append(password)
        if len(group) == count:
            return group
        i += 1


class FakeRange:
    """A RangeClient stand-in: answers from `breached` (password -> count), counts calls and
    the most calls running at once."""

    def __init__(
        self,
        breached: dict[str, int] | None = None,
        *,
        delay: float = 0.0,
        unknown: bool = False,
        on_call: Any = None,
        hold_until_running: int = 0,
    ) -> None:
        self.breached = {sha1_hex(p): c for p, c in (breached or {}).items()}
        self.delay = delay
        self.unknown = unknown
        self.on_call = on_call
        #: Calls wait until this many run at once (0: they do not wait), so that a test sees
        #: the most calls at once the audit allows whatever the machine's speed.
        self.hold_until_running = hold_until_running
        self.all_running = threading.Event()
        self.calls: list[str] = []
        self.threads: set[int] = set()
        self._lock = threading.Lock()
        self._running = 0
        self.max_running = 0

    def lookup_prefix(self, prefix: str) -> dict[str, int] | BreachResult:
        with self._lock:
            self.calls.append(prefix)
            self.threads.add(threading.get_ident())
            self._running += 1
            self.max_running = max(self.max_running, self._running)
            if self.hold_until_running and self._running >= self.hold_until_running:
                self.all_running.set()
        try:
            if self.hold_until_running:
                self.all_running.wait(10)
            if self.on_call is not None:
                self.on_call(prefix)
            if self.delay:
                time.sleep(self.delay)
            if self.unknown:
                return BreachResult(BreachStatus.UNKNOWN, reason="offline")
            return {d[5:]: c for d, c in self.breached.items() if d.startswith(prefix)}
        finally:
            with self._lock:
                self._running -= 1


# --- verdicts -----------------------------------------------------------------------------


def test_reuse_groups_and_rows() -> None:
    entries = [
        _e(1, "hunter2"),
        _e(2, STRONG),
        _e(3, "hunter2"),
        _e(4, STRONG2),
        _e(5, "hunter2"),
        _e(6, STRONG),
    ]
    report = audit(entries, FMT)
    rows = _by_row(report)
    assert rows[1].reused_with == (3, 5)
    assert rows[3].reused_with == (1, 5)
    assert rows[2].reused_with == (6,)
    assert rows[4].reused_with == ()
    assert Issue.REUSED in rows[6].issues and Issue.REUSED not in rows[4].issues
    assert report.reused == 5
    assert report.total == 6
    assert all(e.breach is None for e in report.entries)
    assert report.breach_requests == 0


def test_weak_detection_uses_username_and_site_as_hints() -> None:
    password = "kowalczykfrobnitz"
    assert strength.rate(password).score >= 3  # strong on its own...
    entries = [
        _e(1, password, site="frobnitz.example.com", username="kowalczyk"),
        _e(2, STRONG),
        _e(3, "password"),
    ]
    report = audit(entries, FMT)
    rows = _by_row(report)
    assert rows[1].score <= 2  # ...weak for the account it guards
    assert rows[1].issues == (Issue.WEAK,)
    assert rows[2].issues == ()
    assert rows[3].issues == (Issue.WEAK,)
    assert report.weak == 2


def test_issues_worst_first_and_entries_sorted_worst_first() -> None:
    entries = [
        _e(1, STRONG2),  # nothing
        _e(2, "password"),  # breached, weak
        _e(3, "letmein"),  # breached, reused, weak
        _e(4, "letmein"),
        _e(5, STRONG),  # reused only
        _e(6, STRONG),
        _e(7, "qwerty12"),  # weak only
    ]
    fake = FakeRange({"password": 10_000_000, "letmein": 500_000})
    report = audit(entries, FMT, breach=fake)
    assert [e.row for e in report.entries][:2] == [3, 4]
    assert report.entries[0].issues == (Issue.BREACHED, Issue.REUSED, Issue.WEAK)
    assert report.entries[2].row == 2
    assert report.entries[2].issues == (Issue.BREACHED, Issue.WEAK)
    assert {e.row for e in report.entries[3:5]} == {5, 6}
    assert report.entries[5].row == 7
    assert report.entries[-1].row == 1 and report.entries[-1].issues == ()
    assert report.breached == 3
    rows = _by_row(report)
    assert rows[2].breach.count == 10_000_000
    assert rows[1].breach.status is BreachStatus.NOT_FOUND
    for entry in report.entries:
        assert list(entry.issues) == sorted(entry.issues, key=list(Issue).index)


def test_unknown_is_never_not_found() -> None:
    report = audit([_e(1, "password"), _e(2, STRONG)], FMT, breach=FakeRange(unknown=True))
    assert report.breached == 0
    assert report.breach_unknown == 2
    assert all(e.breach.status is BreachStatus.UNKNOWN for e in report.entries)


def test_a_client_that_raises_is_unknown_not_a_crash() -> None:
    class Broken:
        def lookup_prefix(self, prefix: str) -> dict[str, int]:
            raise RuntimeError("boom")

    report = audit([_e(1, STRONG)], FMT, breach=Broken())  # type: ignore[arg-type]
    assert report.entries[0].breach.status is BreachStatus.UNKNOWN
    assert report.breach_unknown == 1


def test_empty_and_odd_passwords() -> None:
    assert audit([], FMT).total == 0
    entries = [_e(1, "🔑" * 100), _e(2, "x" * 500), _e(3, "\u202e\u05e9\u05dc"), _e(4, " ")]
    report = audit(entries, FMT, breach=FakeRange())
    assert report.total == 4
    assert all(0 <= e.score <= 4 for e in report.entries)


# --- work done once -----------------------------------------------------------------------


def test_one_rating_per_unique_password(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = strength.rate

    def counting(password: str, user_inputs: Any = ()) -> strength.Strength:
        calls.append(password)
        return real(password, user_inputs)

    monkeypatch.setattr(strength, "rate", counting)
    entries = [_e(i, f"pw-{i % 7}") for i in range(1, 50)]
    audit(entries, FMT)
    assert len(calls) == 7
    assert len(set(calls)) == 7


def test_one_request_per_unique_prefix() -> None:
    colliding = _prefix_collisions(3)
    others = [f"other-{i}" for i in range(20)]
    entries = [_e(i + 1, p) for i, p in enumerate(colliding + others + others[:5])]
    fake = FakeRange()
    report = audit(entries, FMT, breach=fake)
    prefixes = {sha1_hex(p)[:5] for p in colliding + others}
    assert len(prefixes) == 1 + len(
        {sha1_hex(p)[:5] for p in others} - {sha1_hex(colliding[0])[:5]}
    )
    assert sorted(fake.calls) == sorted(prefixes)
    assert report.breach_requests == len(prefixes)
    assert all(re.fullmatch(r"[0-9A-F]{5}", c) for c in fake.calls)


def test_never_more_than_eight_in_flight() -> None:
    entries = [_e(i, f"distinct-password-{i}") for i in range(1, 61)]
    fake = FakeRange(hold_until_running=8)  # the first calls wait until 8 run at once
    report = audit(entries, FMT, breach=fake, max_in_flight=50)  # asked for more: capped
    assert fake.all_running.is_set()
    assert fake.max_running == 8
    assert (
        report.breach_requests
        == len(fake.calls)
        == len({sha1_hex(e.password)[:5] for e in entries})
    )


def test_max_in_flight_lower_limit_is_honoured() -> None:
    fake = FakeRange(hold_until_running=3)
    audit([_e(i, f"p-{i}") for i in range(1, 20)], FMT, breach=fake, max_in_flight=3)
    assert fake.all_running.is_set()
    assert fake.max_running == 3


def test_progress_is_called_from_the_audit_thread() -> None:
    seen: list[tuple[int, int, int]] = []
    entries = [_e(i, f"pw-{i % 5}") for i in range(1, 30)]
    fake = FakeRange(delay=0.01)
    audit(
        entries, FMT, breach=fake, progress=lambda d, t: seen.append((d, t, threading.get_ident()))
    )
    assert seen[0][:2] == (0, 10)  # 5 passwords + 5 prefixes
    assert seen[-1][:2] == (10, 10)
    assert {s[2] for s in seen} == {threading.get_ident()}
    assert threading.get_ident() not in fake.threads
    assert all(a[0] <= b[0] for a, b in itertools.pairwise(seen))


# --- cancel -------------------------------------------------------------------------------


def _counting_rate(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every password `strength.rate` is asked about, in order."""
    rated: list[str] = []
    real = strength.rate

    def rate(password: str, user_inputs: Any = ()) -> strength.Strength:
        rated.append(password)
        return real(password, user_inputs)

    monkeypatch.setattr(strength, "rate", rate)
    return rated


def test_cancel_during_rating(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cancelled from the progress call of the first rating: no progress throttle and no
    machine speed decide whether the cancel lands while rating (progress_interval=0)."""
    rated = _counting_rate(monkeypatch)
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done >= 1:
            cancel.set()

    entries = [_e(i, f"pw-{i}") for i in range(1, 200)]
    report = audit(entries, FMT, progress=progress, cancel=cancel, progress_interval=0)
    assert len(rated) == 1  # stopped before the second password
    assert report.cancelled
    assert report.entries == ()
    assert report.total == len(entries)


def test_progress_interval_zero_reports_every_step() -> None:
    seen: list[tuple[int, int]] = []
    entries = [_e(i, f"pw-{i % 6}") for i in range(1, 30)]
    audit(entries, FMT, progress=lambda d, t: seen.append((d, t)), progress_interval=0)
    assert seen == [(n, 6) for n in range(7)]


def test_cancel_before_start() -> None:
    cancel = threading.Event()
    cancel.set()
    fake = FakeRange()
    report = audit([_e(1, "a"), _e(2, "b")], FMT, breach=fake, cancel=cancel)
    assert report.cancelled and fake.calls == []


def test_cancel_during_breach_check_keeps_ratings_and_stops_requests(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    entries = [_e(i, f"distinct-{i}") for i in range(1, 80)]
    real = strength.rate("x")
    rated: list[str] = []
    all_rated = threading.Event()

    def quick(password: str, user_inputs: Any = ()) -> strength.Strength:
        rated.append(password)
        if len(rated) == len(entries):
            all_rated.set()
        return real

    monkeypatch.setattr(strength, "rate", quick)
    cancel = threading.Event()
    fake = FakeRange()

    def on_call(prefix: str) -> None:
        # The 10th request cancels once every password is rated; the ones after it wait for
        # the cancel. Nothing depends on the machine's speed.
        number = fake.calls.index(prefix) + 1
        if number == 10:
            assert all_rated.wait(10)
            cancel.set()
        elif number > 10:
            assert cancel.wait(10)

    fake.on_call = on_call
    report = audit(entries, FMT, breach=fake, cancel=cancel)
    assert report.cancelled
    assert report.total == len(entries) == len(report.entries)
    assert 10 <= len(fake.calls) < 10 + 8  # stopped within one window
    assert report.breach_requests == len(fake.calls)
    statuses = {e.breach.status for e in report.entries}
    assert BreachStatus.UNKNOWN in statuses
    assert any(e.breach.reason == "cancelled" for e in report.entries)


def test_cancel_during_rating_with_breach_check_shows_nothing() -> None:
    cancel = threading.Event()
    fake = FakeRange(delay=0.01)
    at_cancel: list[int] = []

    def progress(done: int, total: int) -> None:
        if done >= 3 and not cancel.is_set():
            at_cancel.append(len(fake.calls))
            cancel.set()

    entries = [_e(i, f"pw-{i}") for i in range(1, 300)]
    report = audit(entries, FMT, breach=fake, progress=progress, cancel=cancel, progress_interval=0)
    assert report.cancelled and report.entries == ()
    assert report.breach_requests == len(fake.calls) <= at_cancel[0] + 8


def test_breach_requests_overlap_the_ratings(monkeypatch: pytest.MonkeyPatch) -> None:
    """The range requests start while passwords are still being rated: the second rating
    waits for the first request to reach the client, which happens only if they overlap."""
    rated: list[int] = []
    real = strength.rate
    first_request = threading.Event()
    waited: list[bool] = []

    def rate(password: str, user_inputs: Any = ()) -> strength.Strength:
        rated.append(1)
        if len(rated) == 2:
            waited.append(first_request.wait(10))
        return real(password, user_inputs)

    monkeypatch.setattr(strength, "rate", rate)
    calls_while_rating: list[int] = []
    fake = FakeRange()

    def on_call(prefix: str) -> None:
        calls_while_rating.append(len(rated))
        first_request.set()

    fake.on_call = on_call
    entries = [_e(i, f"overlap-{i}") for i in range(1, 60)]
    audit(entries, FMT, breach=fake)
    assert waited == [True]
    assert min(calls_while_rating) < len(entries)


# --- no password anywhere -----------------------------------------------------------------


def _secrets(passwords: list[str]) -> list[str]:
    found = []
    for p in passwords:
        digest = sha1_hex(p)
        found += [p, digest, digest.lower(), digest[5:], digest[5:].lower()]
        found.append(hashlib.sha256(p.encode()).hexdigest())
    return found


def test_report_json_holds_no_password_or_hash() -> None:
    passwords = ["Canary-Weak-1", "Canary reused pass", "Cänary-🔑-ünicode-x", STRONG]
    entries = [_e(i + 1, p, username=f"user{i}") for i, p in enumerate(passwords + passwords[1:2])]
    fake = FakeRange({"Canary-Weak-1": 1234})
    report = audit(entries, FMT, breach=fake)
    doc = report_to_json(report)
    text = json.dumps(doc, ensure_ascii=False) + json.dumps(doc)
    for secret in _secrets(passwords):
        assert secret not in text
    for secret in _secrets(passwords):
        assert secret not in repr(report)
    assert doc["version"] == 1
    assert doc["summary"]["total"] == 5
    assert doc["summary"]["breached"] == 1
    assert doc["format"] == "chromium"
    assert doc["breach_checked"] is True
    assert doc["entries"][0]["breach"]["bucket"].startswith("seen in breaches")


def test_reveal_gives_the_one_password_asked_for() -> None:
    entries = [_e(1, "first"), _e(7, "seventh")]
    assert reveal(entries, 7) == "seventh"
    with pytest.raises(LookupError) as info:
        reveal(entries, 3)
    assert "first" not in str(info.value) and "seventh" not in str(info.value)


def test_caches_are_not_kept_after_the_call() -> None:
    # The module holds no state: nothing password-shaped at module level after an audit.
    audit([_e(1, "Module-Canary-77")], FMT)
    for name, value in vars(audit_module).items():
        assert "Module-Canary-77" not in repr(value), name


# --- a real local range server ------------------------------------------------------------


class RangeServer:
    """A Pwned Passwords stand-in on 127.0.0.1: padded answers, every request recorded."""

    def __init__(self, breached: dict[str, int], delay: float = 0.02) -> None:
        self.breached = {sha1_hex(p): c for p, c in breached.items()}
        self.delay = delay
        #: Prefixes answered with 503 Service Unavailable.
        self.failing: set[str] = set()
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.running = 0
        self.max_running = 0
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                with server.lock:
                    server.requests.append((self.path, dict(self.headers)))
                    server.running += 1
                    server.max_running = max(server.max_running, server.running)
                try:
                    time.sleep(server.delay)
                    match = re.fullmatch(r"/range/([0-9A-F]{5})", self.path)
                    if match is None:
                        self.send_error(404)
                        return
                    if match.group(1) in server.failing:
                        self.send_error(503)
                        return
                    body = server.answer(match.group(1)).encode()
                    self.send_response(200)
                    self.send_header("Content-Type", "text/plain")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                finally:
                    with server.lock:
                        server.running -= 1

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def answer(self, prefix: str) -> str:
        rng = random.Random(prefix)  # noqa: S311 - padding, not secrets
        lines = [f"{d[5:]}:{c}" for d, c in self.breached.items() if d.startswith(prefix)]
        lines += [f"{rng.getrandbits(140):035X}:0" for _ in range(800)]
        rng.shuffle(lines)
        return "\r\n".join(lines)


@pytest.fixture
def range_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[RangeServer]:
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    server = RangeServer({"qwerty": 9_876_543, "Canary-Local-Server-1": 3})
    server.thread.start()
    yield server
    server.httpd.shutdown()
    server.httpd.server_close()


def test_local_server_sees_only_padded_five_hex_prefixes(range_server: RangeServer) -> None:
    from hygiene_app.engine.live import LiveHttpClient
    from hygiene_app.services.passwords.breach import RangeClient

    passwords = ["qwerty", "Canary-Local-Server-1", *(f"clean-{i}" for i in range(40))]
    entries = [_e(i + 1, p) for i, p in enumerate(passwords)]
    client = RangeClient(LiveHttpClient(), range_server.url)
    report = audit(entries, FMT, breach=client)
    assert report.breached == 2
    assert _by_row(report)[1].breach.count == 9_876_543
    prefixes = {sha1_hex(p)[:5] for p in passwords}
    assert report.breach_requests == len(range_server.requests) == len(prefixes)
    assert range_server.max_running <= 8
    for path, headers in range_server.requests:
        assert re.fullmatch(r"/range/[0-9A-F]{5}", path)
        assert headers.get("Add-Padding") == "true"
        blob = path + json.dumps(headers)
        for secret in _secrets(passwords):
            assert secret not in blob


# --- the CLI ------------------------------------------------------------------------------


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="hygiene-app")
    parser.add_argument("--offline", action="store_true")
    sub = parser.add_subparsers(dest="command")
    cli_audit.add_audit_parser(sub)
    return parser.parse_args(argv)


def _run(argv: list[str], **kwargs: Any) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli_audit.cmd_audit_passwords(_parse(argv), out, err, **kwargs)
    return code, out.getvalue(), err.getvalue()


CLI_PASSWORDS = ["Canary-Cli-hunter2", "qwerty", STRONG]


@pytest.fixture
def export_file(tmp_path: Path) -> Path:
    path = tmp_path / "passwords.csv"
    path.write_text(
        "name,url,username,password,note\r\n"
        f"Forum,https://forum.example.com,alice,{CLI_PASSWORDS[0]},\r\n"
        f"Mail,https://mail.example.com,alice,{CLI_PASSWORDS[0]},\r\n"
        f"Bank,https://bank.example.net,bob,{CLI_PASSWORDS[1]},\r\n"
        f"Shop,https://shop.example.com,carol,{CLI_PASSWORDS[2]},\r\n",
        encoding="utf-8",
    )
    return path


def test_cli_text_report(export_file: Path) -> None:
    code, out, err = _run(["audit-passwords", str(export_file)])
    assert code == 1
    assert "4 logins: 0 breached, 2 reused, 1 weak" in out
    assert "forum.example.com" in out and "bank.example.net" in out
    assert "reused (same password on row 2)" in out
    assert "shop.example.com" not in out  # no problem, no line
    assert "Breach check: not run" in out
    assert "holds every password in clear text" in out
    for secret in _secrets(CLI_PASSWORDS):
        assert secret not in out + err


def test_cli_json_report(export_file: Path) -> None:
    code, out, err = _run(["audit-passwords", str(export_file), "--format", "json"])
    assert code == 1
    doc = json.loads(out)
    assert doc["summary"]["reused"] == 2
    assert "clear text" in err
    for secret in _secrets(CLI_PASSWORDS):
        assert secret not in out + err


def test_cli_clean_export_exits_0(tmp_path: Path) -> None:
    path = tmp_path / "clean.csv"
    path.write_text(f"name,url,username,password\nShop,https://shop.example.com,c,{STRONG}\n")
    code, out, _ = _run(["audit-passwords", str(path)])
    assert code == 0
    assert "No breached, reused or weak passwords found." in out


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02\x03", "not a text file"),
        (b"a,b,c\n1,2,3\n", "Bitwarden"),
    ],
)
def test_cli_bad_file_is_one_line_exit_2(tmp_path: Path, content: bytes, needle: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    code, out, err = _run(["audit-passwords", str(path)])
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("hygiene-app: error: ")
    assert needle in err


def test_cli_missing_file(tmp_path: Path) -> None:
    code, _, err = _run(["audit-passwords", str(tmp_path / "nope.csv")])
    assert code == 2 and "does not exist" in err


def test_cli_breach_flags_are_checked(export_file: Path) -> None:
    code, _, err = _run(["audit-passwords", str(export_file), "--breach-api", "http://x"])
    assert code == 2 and "--breach-check" in err
    code, _, err = _run(
        ["audit-passwords", str(export_file), "--breach-check", "--breach-api", "ftp://x"]
    )
    assert code == 2
    code, _, err = _run(["--offline", "audit-passwords", str(export_file), "--breach-check"])
    assert code == 2 and "--offline" in err


class FakeHttp:
    def __init__(self, outcome: HttpOutcome = HttpOutcome.OK, text: str = "") -> None:
        self.outcome = outcome
        self.text = text
        self.urls: list[str] = []

    def get(
        self, url: str, *, timeout: float = 10.0, headers: Any = None, max_bytes: int = 0
    ) -> HttpResponse:
        self.urls.append(url)
        return HttpResponse(url, self.outcome, status=200, text=self.text)


def test_cli_breach_check_with_injected_http(export_file: Path) -> None:
    digest = sha1_hex("qwerty")
    http = FakeHttp(text=f"{digest[5:]}:12345\r\n" + "0" * 35 + ":0\r\n")
    code, out, _ = _run(
        ["audit-passwords", str(export_file), "--breach-check", "--breach-api", "https://m.test"],
        http=http,
    )
    assert code == 1
    assert "1 breached" in out
    assert "seen in breaches about 12,000 times" in out
    assert all(re.fullmatch(r"https://m\.test/range/[0-9A-F]{5}", u) for u in http.urls)
    assert len(http.urls) == 3


def test_cli_breach_check_offline_says_could_not_check(export_file: Path) -> None:
    code, out, _ = _run(
        ["audit-passwords", str(export_file), "--breach-check"], http=FakeHttp(HttpOutcome.OFFLINE)
    )
    assert code == cli_audit.EXIT_INCOMPLETE == 4  # not 1: the findings may not be all
    assert "0 breached" in out
    assert "4 logins could not be checked" in out
    assert "not found" not in out


def test_cli_breach_check_against_local_server(
    export_file: Path, range_server: RangeServer
) -> None:
    code, out, _ = _run(
        ["audit-passwords", str(export_file), "--breach-check", "--breach-api", range_server.url]
    )
    assert code == 1
    assert "1 breached" in out
    assert len(range_server.requests) == 3
    for path, headers in range_server.requests:
        assert re.fullmatch(r"/range/[0-9A-F]{5}", path)
        assert headers.get("Add-Padding") == "true"


def test_cli_escapes_control_characters(tmp_path: Path) -> None:
    path = tmp_path / "evil.csv"
    path.write_text(
        'name,url,username,password\nEvil,,"\x1b[31mred\x1b[0m",password\n', encoding="utf-8"
    )
    code, out, _ = _run(["audit-passwords", str(path)])
    assert code == 1
    assert "\x1b" not in out


def test_worker_processes_give_the_same_ratings_as_in_process():
    import random

    from hygiene_app.services.passwords.audit import audit
    from hygiene_app.services.passwords.vault import ExportFormat, VaultEntry

    rng = random.Random(7)  # noqa: S311 - test data, not a secret
    words = ["sunshine", "dragon", "Tr0ub4dor&3", "correct horse battery staple", "qwerty"]
    entries = [
        VaultEntry(i + 1, f"site{i % 9}.example", f"user{i % 4}", f"{rng.choice(words)}{i % 23}")
        for i in range(120)
    ]
    here = audit(entries, ExportFormat.CHROMIUM, parallel_from=10_000)
    pooled = audit(entries, ExportFormat.CHROMIUM, parallel_from=10)
    assert [(e.row, e.score, e.issues) for e in pooled.entries] == [
        (e.row, e.score, e.issues) for e in here.entries
    ]


def test_cancel_stops_the_worker_processes():
    import threading

    from hygiene_app.services.passwords.audit import audit
    from hygiene_app.services.passwords.vault import ExportFormat, VaultEntry

    entries = [VaultEntry(i + 1, "s.example", "u", f"pw-{i}-x") for i in range(600)]
    cancel = threading.Event()
    cancel.set()
    report = audit(entries, ExportFormat.CHROMIUM, cancel=cancel, parallel_from=10)
    assert report.cancelled and report.entries == ()


# --- exit codes through the real entry point ---------------------------------------------------


def _main(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    from hygiene_app import cli

    code = cli.main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_main_exits_4_when_some_breach_lookups_failed(
    export_file: Path, range_server: RangeServer, capsys: pytest.CaptureFixture[str]
) -> None:
    range_server.failing = {sha1_hex("qwerty")[:5]}
    argv = ["audit-passwords", str(export_file), "--breach-check", "--breach-api"]
    code, out, _ = _main([*argv, range_server.url], capsys)
    assert code == 4  # the findings (reused, weak) are there, but the audit is incomplete
    assert "1 login could not be checked" in out
    assert "reused" in out
    assert len(range_server.requests) == 3
    range_server.failing = set()
    code, out, _ = _main([*argv, range_server.url], capsys)
    assert code == 1  # every lookup answered: findings
    assert "could not be checked" not in out


def test_main_never_says_success_for_a_clean_export_it_could_not_fully_check(
    tmp_path: Path, range_server: RangeServer, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "clean.csv"
    path.write_text(
        "url,username,password\n"  # a generic export
        f"https://shop.example.com,carol,{STRONG}\n"
        f"https://mail.example.com,carol,{STRONG2}\n",
        encoding="utf-8",
    )
    argv = ["audit-passwords", str(path), "--breach-check", "--breach-api", range_server.url]
    code, out, _ = _main(argv, capsys)
    assert code == 0
    assert "(read as: a CSV with url, username and password columns)" in out
    range_server.failing = {sha1_hex(STRONG)[:5]}
    code, out, _ = _main(argv, capsys)
    assert code == 4
    assert "1 login could not be checked" in out


def test_main_refuses_a_named_pipe_in_one_line_without_hanging(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import os

    fifo = tmp_path / "export.csv"
    os.mkfifo(fifo)
    result: list[tuple[int, str, str]] = []
    thread = threading.Thread(
        target=lambda: result.append(_main(["audit-passwords", str(fifo)], capsys)),
        daemon=True,
    )
    thread.start()
    thread.join(10)
    if thread.is_alive():
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))  # let the stuck reader go
        thread.join(5)
        pytest.fail("audit-passwords hung on a named pipe")
    code, out, err = result[0]
    assert code == 2 and out == ""
    assert err == f"hygiene-app: error: {fifo} is a named pipe, not a file; choose the " + (
        "exported CSV file.\n"
    )

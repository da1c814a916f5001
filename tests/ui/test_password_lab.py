"""The password strength lab: live rating, show/hide, clearing on leave, the opt-in breach check
against a local server, and no way for the password to reach the clipboard."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit

from hygiene_app.engine.live import LiveHttpClient
from hygiene_app.services.passwords import strength as strength_module
from hygiene_app.services.passwords.breach import BreachStatus
from hygiene_app.ui import password_lab
from hygiene_app.ui.background import wait_for_background
from hygiene_app.ui.password_lab import PasswordLab, StrengthMeter

SHOTS = Path("/tmp/pw-shots")
STRONG = "orbit kettle Varnish 97 glacier-umbrella"


# ----- a local HTTP server (127.0.0.1 only) shared by the password screens' tests -----------


@dataclass
class Request:
    path: str
    headers: dict[str, str]


@dataclass
class LocalServer:
    """Answers GETs with `respond(path) -> (status, body)` and records every request."""

    respond: Callable[[str], tuple[int, str]]
    requests: list[Request] = field(default_factory=list)
    url: str = ""

    def serve(self) -> Iterator[LocalServer]:
        server_self = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server_self.requests.append(Request(self.path, dict(self.headers.items())))
                status, body = server_self.respond(self.path)
                data = body.encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "text/plain; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *_args: object) -> None:
                pass

        httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{httpd.server_address[1]}"
        thread = threading.Thread(target=httpd.serve_forever, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            httpd.shutdown()
            httpd.server_close()


def range_body(passwords: dict[str, int], prefix: str) -> str:
    """A Pwned Passwords range answer for `prefix`, with padding lines (count 0)."""
    lines = []
    for password, count in passwords.items():
        digest = hashlib.sha1(password.encode("utf-8")).hexdigest().upper()  # noqa: S324
        if digest.startswith(prefix):
            lines.append(f"{digest[5:]}:{count}")
    lines += [f"{i:035X}:0" for i in range(3)]
    return "\r\n".join(lines)


def range_server(passwords: dict[str, int]) -> LocalServer:
    def respond(path: str) -> tuple[int, str]:
        prefix = path.rsplit("/", 1)[-1].upper()
        return 200, range_body(passwords, prefix)

    return LocalServer(respond)


@pytest.fixture
def pwned() -> Iterator[LocalServer]:
    yield from range_server({"password": 9_545_824}).serve()


@pytest.fixture
def broken() -> Iterator[LocalServer]:
    yield from LocalServer(lambda _path: (500, "oops")).serve()


# ----- helpers --------------------------------------------------------------------------------


def make_lab(qtbot, server: LocalServer | None = None, **kwargs) -> PasswordLab:
    lab = PasswordLab(
        http=LiveHttpClient(),
        breach_api=server.url if server else "http://127.0.0.1:9",
        **kwargs,
    )
    qtbot.addWidget(lab)
    lab.resize(1024, 640)
    lab.show()
    qtbot.waitExposed(lab)
    return lab


def type_text(qtbot, lab: PasswordLab, text: str):
    with qtbot.waitSignal(lab.rated, timeout=5000) as blocker:
        lab.field.setText(text)
    return blocker.args[0]


@pytest.fixture(autouse=True)
def _drain_workers() -> Iterator[None]:
    yield
    wait_for_background(15000)


# ----- rating ---------------------------------------------------------------------------------


def test_a_common_password_is_rated_weak_with_words_not_only_colour(qtbot):
    lab = make_lab(qtbot)
    lab.field.setFocus()
    with qtbot.waitSignal(lab.rated, timeout=5000):
        qtbot.keyClicks(lab.field, "password")
    strength = lab.strength
    assert strength is not None and strength.score <= 1
    text = lab.score_label.text()
    assert "Very weak" in text or "Weak" in text
    assert f"({strength.score} of 4)" in text
    assert lab.meter.filled == strength.score + 1
    assert lab.meter.accessibleDescription()
    assert lab.online_label.text() and lab.offline_label.text()
    assert lab.warning_label.text()  # "This is a top-10 common password."
    assert lab.suggestions_label.text().startswith("•")
    assert not lab.truncated_note.isVisible()


def test_a_long_random_passphrase_is_rated_strong(qtbot):
    lab = make_lab(qtbot)
    strength = type_text(qtbot, lab, STRONG)
    assert strength.score == 4
    assert "Very strong (4 of 4)" in lab.score_label.text()
    assert lab.meter.filled == StrengthMeter.SEGMENTS
    assert "centuries" in lab.offline_label.text()


def test_user_inputs_make_a_password_built_from_them_weaker(qtbot):
    plain = make_lab(qtbot)
    hinted = make_lab(qtbot, user_inputs=("Zebediah Quenneville", "zebediah@example.org"))
    word = "ZebediahQuenneville"
    assert type_text(qtbot, hinted, word).score < type_text(qtbot, plain, word).score


def test_empty_input_shows_the_prompt_and_no_rating(qtbot):
    lab = make_lab(qtbot)
    type_text(qtbot, lab, "abc")
    assert type_text(qtbot, lab, "") is None
    assert lab.meter.filled == 0
    assert "Type a password" in lab.score_label.text()
    assert not lab.times.isVisible()


@pytest.mark.parametrize(
    "text",
    [
        "🔑" * 500,
        "שלום" * 30 + "\u202e\u200f",
        "\x00\x07\t\r\n" * 20,
        " " * 100,
        "é" * 73,
    ],
)
def test_any_length_and_any_unicode_is_rated_without_a_crash(qtbot, text):
    lab = make_lab(qtbot)
    strength = type_text(qtbot, lab, text)
    assert strength is not None
    assert lab.score_label.text().startswith("Strength:")
    assert strength.truncated == (len(text) > 72)
    assert lab.truncated_note.isVisible() == strength.truncated
    if strength.truncated:
        assert "72" in lab.truncated_note.text()
        # The note is said once, not again among the suggestions.
        assert "72" not in lab.suggestions_label.text()


def _settle(qtbot) -> None:
    """Every background rating done and its answer delivered: no waiting on the clock."""
    assert wait_for_background(10000)
    QApplication.processEvents()


def test_ratings_are_coalesced_to_one_per_event_loop_turn(qtbot):
    lab = make_lab(qtbot)
    seen = []
    lab.rated.connect(seen.append)
    for n in range(1, 30):
        lab.field.setText("x" * n)  # no event loop turn in between
    qtbot.waitUntil(lambda: bool(seen), timeout=30000)  # only a guard against a hang
    _settle(qtbot)
    assert len(seen) == 1
    assert seen[0].length == 29


@dataclass
class GatedRate:
    """rate() that records (text, thread name) of every call and does not return until the
    test sets `release` (at most 10 s): the test, not the clock, says when a rating ends."""

    calls: list[tuple[str, str]] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)


@pytest.fixture
def slow_rate(monkeypatch) -> Iterator[GatedRate]:
    gate = GatedRate()
    real = strength_module.rate

    def gated(text, user_inputs=()):
        gate.calls.append((text, threading.current_thread().name))
        gate.release.wait(10)
        return real(text, user_inputs)

    monkeypatch.setattr(password_lab, "rate", gated)
    yield gate
    gate.release.set()  # never leave a worker waiting


def test_rating_runs_off_the_ui_thread_and_typing_never_waits(qtbot, slow_rate):
    lab = make_lab(qtbot)
    seen = []
    lab.rated.connect(seen.append)
    lab.field.setText("a")
    qtbot.waitUntil(lambda: bool(slow_rate.calls), timeout=30000)
    # The rating of "a" is held; typing goes on meanwhile (on the UI thread it could not).
    for text in ("ab", "abc", "abcd"):
        lab.field.setText(text)
        QApplication.processEvents()
    assert lab.field.text() == "abcd" and not slow_rate.release.is_set()
    assert seen == []
    slow_rate.release.set()
    qtbot.waitUntil(lambda: bool(seen), timeout=30000)
    _settle(qtbot)
    # Only the newest text was rated after the first; the stale answer for "a" was dropped.
    assert [text for text, _thread in slow_rate.calls] == ["a", "abcd"]
    assert all(thread != threading.main_thread().name for _text, thread in slow_rate.calls)
    assert [s.length for s in seen] == [4]
    assert lab.strength is not None and lab.strength.length == 4


def test_clearing_drops_a_rating_still_on_its_way(qtbot, slow_rate):
    lab = make_lab(qtbot)
    seen = []
    lab.field.setText("secret-canary")
    qtbot.waitUntil(lambda: bool(slow_rate.calls), timeout=30000)
    lab.rated.connect(seen.append)
    lab.clear()  # while the rating is held
    assert lab.field.text() == "" and lab.strength is None
    slow_rate.release.set()
    _settle(qtbot)
    assert [s for s in seen if s is not None] == []
    assert lab.strength is None
    assert lab.score_label.text().startswith("Type a password")


def test_the_lab_warms_zxcvbn_up_off_the_ui_thread(qtbot, monkeypatch):
    threads: list[str] = []
    monkeypatch.setattr(password_lab, "_warm_up_started", False)
    monkeypatch.setattr(
        password_lab, "warm_up", lambda: threads.append(threading.current_thread().name)
    )
    make_lab(qtbot)
    make_lab(qtbot)
    wait_for_background(5000)
    assert len(threads) == 1  # once per process
    assert threads[0] != threading.main_thread().name


# ----- privacy of the field -------------------------------------------------------------------


def test_show_hide_toggles_the_echo_mode(qtbot):
    lab = make_lab(qtbot)
    assert lab.field.echoMode() == QLineEdit.EchoMode.Password
    lab.show_button.click()
    assert lab.field.echoMode() == QLineEdit.EchoMode.Normal
    assert lab.show_button.text() == "Hide"
    lab.show_button.click()
    assert lab.field.echoMode() == QLineEdit.EchoMode.Password
    assert lab.show_button.text() == "Show"


def test_input_methods_are_told_it_is_sensitive(qtbot):
    lab = make_lab(qtbot)
    for shown in (False, True):
        lab.show_button.setChecked(shown)
        hints = lab.field.inputMethodHints()
        assert hints & Qt.InputMethodHint.ImhSensitiveData
        assert hints & Qt.InputMethodHint.ImhNoPredictiveText
        assert hints & Qt.InputMethodHint.ImhNoAutoUppercase
    assert lab.field.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu


def test_leaving_the_screen_clears_the_field_and_everything_derived(qtbot, pwned):
    lab = make_lab(qtbot, pwned)
    lab.breach_box.setChecked(True)
    type_text(qtbot, lab, "password")
    with qtbot.waitSignal(lab.breach_checked, timeout=10000):
        lab.check_breach_now()
    lab.show_button.setChecked(True)
    lab.hide()
    assert lab.field.text() == ""
    assert not lab.field.isUndoAvailable()
    assert lab.strength is None and lab.breach_result is None
    assert lab.breach_label.text() == ""
    assert lab.warning_label.text() == "" and lab.suggestions_label.text() == ""
    assert lab.online_label.text() == "" and lab.offline_label.text() == ""
    assert lab.field.echoMode() == QLineEdit.EchoMode.Password


def _press(widget, key: QKeySequence.StandardKey) -> None:
    sequence = QKeySequence(key)
    combo = sequence[0]
    for kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
        event = QKeyEvent(kind, combo.key(), combo.keyboardModifiers())
        QApplication.sendEvent(widget, event)


def test_copy_cut_and_undo_are_refused(qtbot):
    lab = make_lab(qtbot)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("sentinel")
    lab.show_button.setChecked(True)
    lab.field.setFocus()
    qtbot.keyClicks(lab.field, "secret-canary")
    lab.field.selectAll()
    _press(lab.field, QKeySequence.StandardKey.Copy)
    _press(lab.field, QKeySequence.StandardKey.Cut)
    assert clipboard.text() == "sentinel"
    assert lab.field.text() == "secret-canary"
    lab.field.deselect()
    _press(lab.field, QKeySequence.StandardKey.Undo)
    assert lab.field.text() == "secret-canary"
    clipboard.setText("")


# ----- breach check ---------------------------------------------------------------------------


def test_breach_check_is_opt_in_and_sends_only_a_5_hex_prefix_with_padding(qtbot, pwned):
    lab = make_lab(qtbot, pwned)
    type_text(qtbot, lab, "password")
    _settle(qtbot)
    assert pwned.requests == []  # not ticked: nothing sent, nor waiting to be
    assert lab.breach_label.text() == ""
    assert "first 5 characters" in lab.privacy_note.text()
    with qtbot.waitSignal(lab.breach_checked, timeout=10000) as blocker:
        lab.breach_box.setChecked(True)
    result = blocker.args[0]
    assert result.status is BreachStatus.FOUND
    assert [r.path for r in pwned.requests] == ["/range/5BAA6"]
    headers = {k.lower(): v for k, v in pwned.requests[0].headers.items()}
    assert headers.get("add-padding") == "true"
    assert "password" not in str(pwned.requests[0]).lower().replace("add-padding", "")
    assert "9,5" in lab.breach_label.text() or "million" in lab.breach_label.text().lower()


def test_typing_with_the_box_ticked_checks_once_typing_pauses(qtbot, pwned):
    lab = make_lab(qtbot, pwned)
    lab.breach_delay_ms = 100
    lab.breach_box.setChecked(True)
    with qtbot.waitSignal(lab.breach_checked, timeout=10000) as blocker:
        lab.field.setFocus()
        qtbot.keyClicks(lab.field, STRONG)
    assert blocker.args[0].status is BreachStatus.NOT_FOUND
    assert len(pwned.requests) == 1
    assert len(pwned.requests[0].path) == len("/range/") + 5
    assert lab.breach_label.text()


def test_a_server_error_says_could_not_check_never_not_found(qtbot, broken):
    lab = make_lab(qtbot, broken)
    type_text(qtbot, lab, "password")
    with qtbot.waitSignal(lab.breach_checked, timeout=10000) as blocker:
        lab.breach_box.setChecked(True)
    assert blocker.args[0].status is BreachStatus.UNKNOWN
    assert "could not check" in lab.breach_label.text().lower()
    assert "not found" not in lab.breach_label.text().lower()


def test_no_server_at_all_says_could_not_check(qtbot):
    lab = make_lab(qtbot)  # port 9 on 127.0.0.1: nothing listens
    type_text(qtbot, lab, "password")
    with qtbot.waitSignal(lab.breach_checked, timeout=15000):
        lab.breach_box.setChecked(True)
    assert "could not check" in lab.breach_label.text().lower()


def test_an_answer_for_an_older_text_is_dropped(qtbot, pwned):
    lab = make_lab(qtbot, pwned)
    type_text(qtbot, lab, "password")
    lab.breach_box.setChecked(True)  # asks in the background
    type_text(qtbot, lab, "password2")  # the text changed before the answer came
    _settle(qtbot)
    assert lab.breach_result is None


# ----- screenshots ----------------------------------------------------------------------------


def test_render_the_lab(qtbot, pwned):
    SHOTS.mkdir(parents=True, exist_ok=True)
    lab = make_lab(qtbot, pwned)
    type_text(qtbot, lab, "password")
    lab.breach_box.setChecked(True)
    qtbot.waitUntil(lambda: lab.breach_result is not None, timeout=10000)
    qtbot.wait(50)
    assert lab.grab().save(str(SHOTS / "lab-weak-light.png"))
    lab.breach_box.setChecked(False)
    type_text(qtbot, lab, STRONG)
    qtbot.wait(50)
    assert lab.grab().save(str(SHOTS / "lab-strong-light.png"))
    type_text(qtbot, lab, "🔑" * 100)
    qtbot.wait(50)
    assert lab.grab().save(str(SHOTS / "lab-long-light.png"))


def test_every_control_is_named(qtbot):
    from tests.ui.test_accessibility import unnamed_controls

    lab = make_lab(qtbot)
    type_text(qtbot, lab, "password")
    assert unnamed_controls(lab) == []
    assert lab.field.hasFocus() or lab.focusWidget() is lab.field

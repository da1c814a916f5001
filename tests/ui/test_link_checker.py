"""The link checker window: a verdict with its reasons as plain, translated text; a changed
link drops the old verdict; a hostile link cannot reorder or mark up what is shown; the Tools
page opens it with the user's own account domains (none over a recording)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from hygiene_app.checks import default_registry
from hygiene_app.engine.live import LiveHttpClient
from hygiene_app.engine.snapshot import Snapshot
from hygiene_app.services.mfa.model import Account, Category, MfaState
from hygiene_app.services.mfa.setup import open_mfa
from hygiene_app.services.settings import Settings
from hygiene_app.ui.controller import CheckupController
from hygiene_app.ui.link_checker import LinkCheckerWindow
from hygiene_app.ui.main_window import MainWindow
from tests.support import NOW, as_recording, as_this_computer
from tests.ui.test_engine_text import PseudoTranslator, install  # noqa: F401 (a fixture)
from tests.ui.test_plain_text import assert_plain

SNAPSHOT = (
    Path(__file__).resolve().parent.parent / "fixtures" / "snapshots" / "windows-11-cafe.json"
)
HOSTILE_LINK = "https://<b>pay\u202epal.com\x1b[2J@evil.example/gpj.exe<img src=x>"


def _window(qtbot, known: tuple[str, ...] = ()) -> LinkCheckerWindow:
    window = LinkCheckerWindow(known_domains=known)
    qtbot.addWidget(window)
    window.show()
    return window


def _shown(window: LinkCheckerWindow) -> str:
    return "\n".join(
        label.text()
        for label in (window.verdict_label, window.target_label, *window.reason_labels)
        if not label.isHidden()
    )


def test_a_phishing_link_shows_the_verdict_and_why(qtbot) -> None:
    window = _window(qtbot)
    verdict = window.check_text("https://paypal.com.secure-login.example/webscr")
    assert verdict is not None and verdict.suspicious
    text = _shown(window)
    assert "looks suspicious" in text
    assert "secure-login.example" in text
    assert "PayPal's name" in text
    assert "Do not click it" in text
    assert_plain(window)


def test_a_clean_link_says_nothing_suspicious(qtbot) -> None:
    window = _window(qtbot)
    verdict = window.check_text("https://bücher.de/")
    assert verdict is not None and not verdict.suspicious
    text = _shown(window)
    assert "Nothing suspicious" in text
    assert "Why" not in text and "Do not click" not in text


def test_not_a_link_says_so_in_one_line(qtbot) -> None:
    window = _window(qtbot)
    assert window.check_text("https://") is None
    assert window.verdict is None
    assert "no site name" in window.verdict_label.text()
    assert window.reason_labels == []


def test_enter_checks_and_a_changed_link_drops_the_old_verdict(qtbot) -> None:
    window = _window(qtbot)
    assert not window.check_button.isEnabled()
    window.field.setFocus()
    QTest.keyClicks(window.field, "http://3232235777/")
    assert window.check_button.isEnabled()
    with qtbot.waitSignal(window.checked, timeout=5000):
        QTest.keyClick(window.field, Qt.Key.Key_Return)
    assert window.verdict is not None and window.verdict.suspicious
    assert "192.168.1.1" in _shown(window)
    QTest.keyClicks(window.field, "x")
    assert window.verdict is None
    assert _shown(window) == ""


def test_the_check_button_checks(qtbot) -> None:
    window = _window(qtbot)
    window.field.setText("https://bit.ly/abc")
    window.check_button.click()
    assert window.verdict is not None and "shortener" in _shown(window)


def test_a_hostile_link_is_shown_inert(qtbot) -> None:
    window = _window(qtbot)
    window.check_text(HOSTILE_LINK)
    assert window.verdict is not None and window.verdict.suspicious
    text = _shown(window)
    assert "evil.example" in text
    assert "<b>pay?pal.com?[2J" in text  # the user part, shown as it is, inert
    assert "\u202e" not in text and "\x1b" not in text
    assert_plain(window)


def test_the_users_own_account_domains_are_protected(qtbot) -> None:
    assert not _window(qtbot).check_text("https://rnybank.co.uk/").suspicious  # type: ignore[union-attr]
    window = _window(qtbot, ("mybank.co.uk",))
    verdict = window.check_text("https://rnybank.co.uk/")
    assert verdict is not None and verdict.suspicious
    assert "mybank" in _shown(window)


def test_reasons_are_translated(
    qtbot,
    install: Callable[[PseudoTranslator], PseudoTranslator],  # noqa: F811
) -> None:
    install(PseudoTranslator())
    window = _window(qtbot)
    window.check_text("https://paypal.com@evil.example/")
    text = _shown(window)
    assert "[This link looks suspicious." in text
    assert "[Everything before the" in text and "evil.example" in text


def _main_window(qtbot, machine) -> MainWindow:
    window = MainWindow(CheckupController(default_registry(), machine), clock=lambda: NOW)
    qtbot.addWidget(window)
    return window


def test_the_tools_page_opens_it_with_the_account_domains(qtbot, tmp_path: Path) -> None:
    mfa = open_mfa(LiveHttpClient(offline=True), Settings(), path=tmp_path / "inventory.sqlite3")
    mfa.store.add(
        Account(None, "My Bank", "mybank.co.uk", "me@example.org", Category.BANKING, MfaState.ON)
    )
    machine = as_this_computer(Snapshot.load(SNAPSHOT).seams(), mfa=mfa)
    window = _main_window(qtbot, machine)
    window.show_page("tools")
    window.tool_buttons["Link checker"].click()
    checker = window._tools["link"]
    assert isinstance(checker, LinkCheckerWindow)
    verdict = checker.check_text("https://rnybank.co.uk/")
    assert verdict is not None and verdict.suspicious
    assert window.open_link_checker() is checker  # one window per tool


def test_over_a_recording_no_accounts_are_used(qtbot) -> None:
    window = _main_window(qtbot, as_recording(SNAPSHOT))
    checker = window.open_link_checker()
    assert isinstance(checker, LinkCheckerWindow)
    assert checker.check_text("https://paypa1.com/").suspicious  # type: ignore[union-attr]

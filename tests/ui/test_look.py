"""The window's look: theme styles on cards, chips and primary buttons (following dark mode), a
calm header that says when the computer was last checked, the finding page's inline "What to do"
step, and a keyboard shortcut letter on every button of every page."""

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton, QWidget

from hygiene_app.checks import default_registry
from hygiene_app.engine.fix_line import fix_step
from hygiene_app.engine.model import Category, CheckResult, OSFamily
from hygiene_app.engine.snapshot import Snapshot
from hygiene_app.engine.status_words import status_word
from hygiene_app.services.machine import Machine
from hygiene_app.ui import theme
from hygiene_app.ui.area_page import FindingCard
from hygiene_app.ui.controller import CheckupController
from hygiene_app.ui.main_window import FINDING, MainWindow, checked_line
from hygiene_app.ui.sidebar import PAGE_KEYS
from tests.support import NOW, as_this_computer

SNAPSHOT = (
    Path(__file__).resolve().parent.parent / "fixtures" / "snapshots" / "windows-11-cafe.json"
)


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return Clock()


def _window(qtbot, controller, clock) -> MainWindow:
    window = MainWindow(controller, clock=clock)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    return window


@pytest.fixture
def window(qtbot, tmp_path, clock):
    controller = CheckupController(
        default_registry(),
        as_this_computer(Snapshot.load(SNAPSHOT).seams(), tmp_path / "settings.json"),
    )
    window = _window(qtbot, controller, clock)
    with qtbot.waitSignal(controller.finished, timeout=20000):
        controller.run_all()
    return window


def _dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#1f2328"),
        (QPalette.ColorRole.WindowText, "#e6edf3"),
        (QPalette.ColorRole.Base, "#161b22"),
        (QPalette.ColorRole.Text, "#e6edf3"),
        (QPalette.ColorRole.Button, "#2d333b"),
        (QPalette.ColorRole.ButtonText, "#e6edf3"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def _assert_themed(window: MainWindow, dark: bool) -> None:
    card = theme.card_style(dark)
    home = window.overview
    assert home.card.objectName() == "card" and home.card.styleSheet() == card
    for tile in home.tiles.values():
        assert tile.objectName() == "card"
        assert theme.card_style(dark, "QPushButton#card") in tile.styleSheet()
    primary = theme.primary_button_style(dark)
    assert home.card_button.objectName() == "primary"
    assert primary in home.card_button.styleSheet()
    assert window.run_button.objectName() == "primary"
    assert primary in window.run_button.styleSheet()
    checkup = window.controller.checkup
    assert checkup is not None
    cards = [c for page in window.areas.values() for c in page.cards]
    assert cards
    for c in cards:
        assert c.objectName() == "card" and c.styleSheet() == card
        word = status_word(c.result)
        assert c.chip.objectName() == "chip"
        assert c.chip.styleSheet() == theme.chip_style(word, dark)
        if c.result.status.is_problem and c.result.finding.fix is not None:
            assert c.primary.objectName() == "primary"
            assert primary in c.primary.styleSheet()
    tools = [f for f in window.findChildren(QWidget, "card") if f.parent() is not None]
    assert len(tools) > len(cards) + len(home.tiles)  # the Tools page's cards too


def test_cards_chips_and_primary_buttons_wear_the_theme_and_follow_dark_mode(window):
    _assert_themed(window, dark=False)
    window.setPalette(_dark_palette())  # what a desktop switching to dark mode hands the app
    assert theme.is_dark(window)
    _assert_themed(window, dark=True)


def test_headings_use_the_type_scale(window):
    page = window.areas[Category.UPDATES]
    base = QLabel().font()
    title = theme.scaled_font(base, theme.TypeRole.TITLE)
    assert page.heading.font().pointSizeF() == pytest.approx(title.pointSizeF())
    assert page.heading.font().bold()


def test_the_header_says_when_the_computer_was_last_checked(window, clock):
    assert window.header_title.text() == "Hygiene Checkup"
    assert window.progress_label.text() == "Checked just now"
    assert window.run_button.isEnabled() and not window.progress.isVisible()
    clock.now += 5 * 60 + 10
    window._checked_timer.timeout.emit()
    assert window.progress_label.text() == "Checked 5 minutes ago"


def test_the_header_shows_the_progress_and_cancel_while_checking(qtbot, window):
    seen: list[tuple[str, bool, bool, bool]] = []
    controller = window.controller
    controller.progressed.connect(
        lambda *_: seen.append(
            (
                window.progress_label.text(),
                window.progress.isVisible(),
                window.cancel_button.isVisible(),
                window.run_button.isEnabled(),
            )
        )
    )
    with qtbot.waitSignal(controller.finished, timeout=20000):
        controller.run_all()
    assert seen
    text, progress, cancel, run = seen[0]
    assert text.startswith("Checking… 1 of ")
    assert progress and cancel and not run
    assert window.progress_label.text() == "Checked just now"
    assert not window.cancel_button.isVisible()


def test_checked_line_reads_as_a_person_says_it():
    assert checked_line(None, NOW) == "Not checked yet"
    assert checked_line(NOW - 30, NOW) == "Checked just now"
    assert checked_line(NOW - 60, NOW) == "Checked 1 minute ago"
    assert checked_line(NOW - 2 * 3600, NOW) == "Checked 2 hours ago"
    assert checked_line(NOW - 3 * 86400, NOW) == "Checked 3 days ago"


def _inline_step_expected(result: CheckResult) -> str:
    assert result.finding.fix is not None
    step = fix_step(result.finding.fix.steps_for(OSFamily.WINDOWS))
    # A settings-page address (ms-settings:...) is not shown: the sentence names the page.
    link = step.link if step.link and step.link.startswith(("http:", "https:")) else ""
    extra = step.command or link
    return f"{step.text}\n{extra}" if extra else step.text


def _problem_with_guide(window: MainWindow) -> CheckResult:
    checkup = window.controller.checkup
    assert checkup is not None
    return next(r for r in checkup.results if r.status.is_problem and r.finding.fix is not None)


def test_the_finding_page_shows_the_fix_s_first_step_inline(window):
    for result in window.controller.checkup.results:
        if not (result.status.is_problem and result.finding.fix is not None):
            continue
        if result.meta.id.startswith("MFA-"):
            continue  # opens the accounts, not a guide
        window.select(result.meta.id)
        details = window.details
        assert details.todo_heading.text() == "What to do"
        assert details.todo.isVisible() and details.fix_button.isVisible()
        assert details.todo.text() == _inline_step_expected(result)
        # The step is text: nothing on it opens or runs anything.
        assert details.todo.textFormat().name == "PlainText"
        assert not details.todo.openExternalLinks()
        assert "ms-settings:" not in details.todo.text()


def test_a_good_finding_has_no_what_to_do(window):
    good = next(r for r in window.controller.checkup.results if not r.status.is_problem)
    window.select(good.meta.id)
    assert not window.details.todo.isVisible()
    assert not window.details.fix_button.isVisible()


def test_in_a_recording_the_inline_step_is_text_only(qtbot, clock):
    machine = Machine.recording_of(Snapshot.load(SNAPSHOT), SNAPSHOT)
    controller = CheckupController(default_registry(), machine)
    window = _window(qtbot, controller, clock)
    with qtbot.waitSignal(controller.finished, timeout=20000):
        controller.run_all()
    result = next(
        r
        for r in controller.checkup.results
        if r.status.is_problem and r.finding.fix is not None and not r.meta.id.startswith("MFA")
    )
    window.select(result.meta.id)
    assert window.details.todo.text() == _inline_step_expected(result)
    assert window.details.todo.textFormat().name == "PlainText"
    assert not window.details.set_aside_button.isVisible()


_MNEMONIC = re.compile(r"&(.)")


def _mnemonics(text: str) -> list[str]:
    return [m.casefold() for m in _MNEMONIC.findall(text.replace("&&", ""))]


def _walk(window: MainWindow, page: str) -> None:
    buttons = [
        b
        for b in window.findChildren(QAbstractButton)
        if b.isVisible() and b.text() and b.window() is window
    ]
    assert buttons, page
    page_level: dict[str, str] = {}
    per_card: dict[int, dict[str, str]] = {}
    for button in buttons:
        found = _mnemonics(button.text())
        assert len(found) == 1, f"{page}: {button.text()!r} has {len(found)} shortcut letters"
        letter = found[0]
        card = button.parent()
        while card is not None and not isinstance(card, FindingCard):
            card = card.parent()
        # A card's buttons repeat on every card (Qt cycles among equal letters); within a
        # card they differ, and none takes a letter of the page's own buttons.
        taken = per_card.setdefault(id(card), {}) if card is not None else page_level
        assert letter not in taken, f"{page}: {button.text()!r} and {taken.get(letter)!r}"
        taken[letter] = button.text()
    for letters in per_card.values():
        clash = set(letters) & set(page_level)
        assert not clash, f"{page}: a card's {clash} also names a button of the page"


def test_every_button_of_every_page_has_its_own_shortcut_letter(window):
    window._set_running(True)  # Cancel shows too
    for key in PAGE_KEYS:
        window.show_page(key)
        for page in window.areas.values():  # the good findings unfolded as well
            if page.fold_button.isVisible() and not page.fold_button.isChecked():
                page.fold_button.click()
        _walk(window, key)
    problem = _problem_with_guide(window)
    window.select(problem.meta.id)
    assert window.current_page() == FINDING
    window.details.technical_toggle.setChecked(True)
    _walk(window, FINDING)


def test_the_review_line_on_home_has_a_shortcut_and_keeps_an_ampersand(window):
    window.overview.set_review_line("2 accounts at AT&T due for a review")
    button = window.overview.review
    assert isinstance(button, QPushButton)
    assert _mnemonics(button.text()) == ["v"]
    assert "AT&&T" in button.text()


def test_one_folded_good_finding_reads_in_the_singular(window):
    page = window.areas[Category.WIFI_VPN]
    folded = [c for c in page.cards if c.result.meta.id not in page.shown_ids()]
    assert len(folded) == 1
    assert page.fold_button.text() == "1 more is &good"

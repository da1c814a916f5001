"""The "Spot the phish" lesson: it runs by keyboard, explains each answer, shows everything as
translated plain text, and its completion is kept (never over a recording) and shown on the
Phishing area."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from hygiene_app.checks import default_registry
from hygiene_app.engine.model import Category
from hygiene_app.engine.snapshot import Snapshot
from hygiene_app.services.phish_lesson import EXAMPLES, REMEMBER
from hygiene_app.services.settings import Settings, SettingsStore
from hygiene_app.ui.controller import CheckupController
from hygiene_app.ui.main_window import MainWindow
from hygiene_app.ui.phish_lesson import LessonCard, LessonDialog, done_date
from tests.support import GUARD_S, NOW, as_recording, as_this_computer
from tests.ui.test_engine_text import PseudoTranslator, install  # noqa: F401 (a fixture)
from tests.ui.test_plain_text import guessing_labels

SNAPSHOT = (
    Path(__file__).resolve().parent.parent / "fixtures" / "snapshots" / "windows-11-cafe.json"
)
#: 3 March 2026, noon UTC: the same day in every time zone a test machine is likely to use.
MARCH_3 = datetime(2026, 3, 3, 12, tzinfo=UTC).timestamp()


def _window(qtbot, machine) -> MainWindow:
    controller = CheckupController(default_registry(), machine)
    window = MainWindow(controller, clock=lambda: NOW)
    qtbot.addWidget(window)
    return window


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings.json"


@pytest.fixture
def window(qtbot, settings_path: Path) -> MainWindow:
    return _window(qtbot, as_this_computer(Snapshot.load(SNAPSHOT).seams(), settings_path))


def _open_from_tools(window: MainWindow) -> LessonDialog:
    window.show_page("tools")
    window.tool_buttons["Spot the phish"].click()
    lesson = window._tools["phish-lesson"]
    assert isinstance(lesson, LessonDialog)
    return lesson


def _answer(lesson: LessonDialog, count: int, right: bool = True) -> None:
    """Answer the next `count` examples by clicking, going on after each."""
    for _ in range(count):
        view = lesson.view
        assert view is not None
        choice = view.example.right_choice if right else 1 - view.example.right_choice
        view.answer_buttons[choice].click()
        view.next_button.click()


def _texts(widget: QWidget) -> list[str]:
    labels = [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]
    buttons = [b.text() for b in widget.findChildren(QAbstractButton) if b.isVisibleTo(widget)]
    return labels + buttons


# ----- completion is kept, and shown on the Phishing area -------------------------------------


def test_answering_every_example_finishes_and_saves_the_day(qtbot, window, settings_path):
    lesson = _open_from_tools(window)
    with qtbot.waitSignal(lesson.completed, timeout=1000) as done:
        _answer(lesson, len(EXAMPLES) - 1)
        _answer(lesson, 1, right=False)
    assert done.args == [len(EXAMPLES) - 1]
    assert SettingsStore(settings_path).load().phish_lesson_done_at == NOW
    assert window.settings.phish_lesson_done_at == NOW
    assert done_date(NOW) in window.lesson_card.line.text()
    assert lesson.stack.currentWidget() is lesson.done_page
    assert lesson.done_page.score.text() == f"You spotted {len(EXAMPLES) - 1} of {len(EXAMPLES)}"


def test_answering_half_saves_nothing(qtbot, window, settings_path):
    lesson = _open_from_tools(window)
    with qtbot.assertNotEmitted(lesson.completed):
        _answer(lesson, len(EXAMPLES) // 2)
    lesson.close()
    assert SettingsStore(settings_path).load().phish_lesson_done_at is None
    assert window.settings.phish_lesson_done_at is None
    assert window.lesson_card.button.text() == "&Take the 5-minute lesson…"


def test_a_recording_shows_no_lesson_card_and_never_saves_it(qtbot):
    window = _window(qtbot, as_recording(SNAPSHOT))
    window.show()
    window.show_page(Category.PHISHING.value)
    assert not window.lesson_card.isVisible()
    lesson = window.open_phish_lesson()  # the Tools page is not offered over a recording
    assert isinstance(lesson, LessonDialog)
    _answer(lesson, len(EXAMPLES))
    assert lesson.run.finished
    assert window.machine.settings.load().phish_lesson_done_at is None
    assert window.settings.phish_lesson_done_at is None
    window._phish_lesson_completed(len(EXAMPLES))  # even if told so directly
    assert window.machine.settings.load().phish_lesson_done_at is None


def test_the_phishing_area_card_shows_the_stored_day(qtbot, settings_path):
    SettingsStore(settings_path).save(replace(Settings(), phish_lesson_done_at=MARCH_3))
    window = _window(qtbot, as_this_computer(Snapshot.load(SNAPSHOT).seams(), settings_path))
    window.show()
    window.show_page(Category.PHISHING.value)
    card = window.lesson_card
    assert card.isVisible()
    assert card.parentWidget() is window.areas[Category.PHISHING].widget()
    assert card.line.text().startswith(f"Finished on {done_date(MARCH_3)}.")
    assert card.button.text() == "&Take it again…"
    card.button.click()
    assert isinstance(window._tools.get("phish-lesson"), LessonDialog)


def test_the_area_card_offers_the_lesson_until_it_is_taken(qtbot):
    card = LessonCard()
    qtbot.addWidget(card)
    assert card.button.text() == "&Take the 5-minute lesson…"
    assert "ten examples" in card.line.text()
    card.set_done_at(MARCH_3)
    assert card.line.text().startswith(f"Finished on {done_date(MARCH_3)}")
    with qtbot.waitSignal(card.open_requested, timeout=1000):
        card.button.click()


def test_the_day_is_written_as_the_language_writes_it():
    assert done_date(MARCH_3, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)) == (
        "3 March 2026"
    )
    assert done_date(MARCH_3, QLocale(QLocale.Language.German, QLocale.Country.Germany)) == (
        "3 März 2026"
    )


# ----- the lesson itself ----------------------------------------------------------------------


@pytest.fixture
def lesson(qtbot) -> Iterator[LessonDialog]:
    dialog = LessonDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)

    def active() -> bool:
        # A window closed by the previous test may take the activation with it when Qt
        # finally destroys it; ask again, as a window manager would.
        if QApplication.activeWindow() is not dialog:
            dialog.activateWindow()
        return QApplication.activeWindow() is dialog

    qtbot.waitUntil(active, timeout=GUARD_S * 1000)
    yield dialog


def _focused() -> QWidget | None:
    return QApplication.focusWidget()


def test_keyboard_only_runs_the_whole_lesson_and_esc_closes(qtbot, lesson):
    completed: list[int] = []
    lesson.completed.connect(completed.append)
    for number, example in enumerate(EXAMPLES, 1):
        view = lesson.view
        assert view is not None and view.example == example
        assert view.progress.text() == f"Example {number} of {len(EXAMPLES)}"
        # The first answer has the focus; Tab reaches the second; Space presses it.
        assert _focused() is view.answer_buttons[0]
        if example.right_choice == 1:
            QTest.keyClick(_focused(), Qt.Key.Key_Tab)
            assert _focused() is view.answer_buttons[1]
        QTest.keyClick(_focused(), Qt.Key.Key_Space)
        assert view.explanation.isVisibleTo(lesson)
        assert _focused() is view.next_button
        QTest.keyClick(_focused(), Qt.Key.Key_Return)
    assert completed == [len(EXAMPLES)]
    assert lesson.stack.currentWidget() is lesson.done_page
    assert lesson.done_page.score.text() == f"You spotted {len(EXAMPLES)} of {len(EXAMPLES)}"
    assert _focused() is lesson.done_page.close_button
    QTest.keyClick(lesson, Qt.Key.Key_Escape)
    assert not lesson.isVisible()


def test_the_answer_buttons_have_shortcut_letters(qtbot, lesson):
    view = lesson.view
    assert view is not None
    assert [b.text() for b in view.answer_buttons] == ["It is &safe", "It is &phishing"]
    QTest.keyClick(lesson, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    # A shortcut letter "animates" the click: it lands a moment later.
    qtbot.waitUntil(lambda: lesson.run.given(EXAMPLES[0].key) == 1, timeout=GUARD_S * 1000)


def test_the_link_target_shows_only_after_answering_with_the_signs(qtbot, lesson):
    view = lesson.view
    assert view is not None and view.example.link is not None and view.target is not None
    target = view.example.link.target
    assert not any(target in text for text in _texts(lesson))
    assert not view.explanation.isVisibleTo(lesson)
    view.answer_buttons[0].click()  # wrong: this one is phishing
    assert view.target.isVisibleTo(lesson)
    assert target in view.target.text()
    assert view.verdict.text() == "Not quite. This is phishing."
    assert view.your_answer.text() == "Your answer: It is safe"
    assert not any(b.isVisibleTo(lesson) for b in view.answer_buttons)  # no second try
    shown_signs = [label.text() for label in view.sign_labels if label.text()]
    assert shown_signs == ["Sender", "Urgency", "Where the link goes"]
    lesson.answer(view.example.key, view.example.right_choice)
    assert lesson.run.score == 0


def test_start_again_runs_a_fresh_lesson(qtbot, lesson):
    completed: list[int] = []
    lesson.completed.connect(completed.append)
    _answer(lesson, len(EXAMPLES), right=False)
    lesson.done_page.again_button.click()
    assert lesson.run.answered == 0
    assert lesson.view is not None and lesson.view.example == EXAMPLES[0]
    _answer(lesson, len(EXAMPLES))
    assert completed == [0, len(EXAMPLES)]


def test_every_label_of_the_lesson_is_plain_text(qtbot, lesson):
    for _example in EXAMPLES:
        view = lesson.view
        assert view is not None
        view.answer_buttons[0].click()
        assert guessing_labels(lesson) == []
        view.next_button.click()
    assert guessing_labels(lesson) == []


def test_every_lesson_text_goes_through_the_translator(
    qtbot,
    install: Callable[[PseudoTranslator], PseudoTranslator],  # noqa: F811
):
    install(PseudoTranslator())
    lesson = LessonDialog()
    qtbot.addWidget(lesson)
    lesson.show()
    shown: dict[str, str] = {}
    for example in EXAMPLES:
        view = lesson.view
        assert view is not None
        before = " | ".join(_texts(lesson))
        view.answer_buttons[view.example.right_choice].click()
        shown[example.key] = before + " | " + " | ".join(_texts(lesson))
        view.next_button.click()
    done = " | ".join(_texts(lesson))  # the last page names each example and its answer
    missing = [
        f"{example.key}: {text!r}"
        for example in EXAMPLES
        for text in example.translatable()
        # The translated form shows (a shortcut "&" is dropped once answered).
        if not {f"[{text}]", f"[{text}]".replace("&", "")} & _found(shown[example.key] + done)
    ]
    missing += [text for text in REMEMBER if f"[{text}]" not in done]
    assert missing == []


def _found(shown: str) -> set[str]:
    """Every bracketed (translated) piece of `shown`, innermost ones too."""
    pieces: set[str] = set()
    stack: list[int] = []
    for i, ch in enumerate(shown):
        if ch == "[":
            stack.append(i)
        elif ch == "]" and stack:
            pieces.add(shown[stack.pop() : i + 1])
    return pieces

""" "Spot the phish": the lesson's window, and the card on the Phishing area that remembers it.

One example at a time, drawn as a message card (sender, subject, body, the link as text, an
attachment's name, a page's address bar), two answer buttons, then the explanation: right or
not, where the link really went, and the signs as a short list. A last page says how many were
spotted and the three signs to remember. Everything is plain text: the examples imitate
attackers' messages, and a message is data to show, never markup to render.

The window only lays out `services.phish_lesson`; it saves nothing itself. It emits `completed`
once every example has an answer, and the main window stores the date (never for a recording).
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hygiene_app.services.phish_lesson import EXAMPLES, REMEMBER, Example, Kind, LessonRun
from hygiene_app.ui import theme
from hygiene_app.ui.home import apply_theme, card_frame, heading, make_primary
from hygiene_app.ui.icons import app_icon
from hygiene_app.ui.widgets import engine_text, plain_label, scrolling_column, wrapped_label

#: The lesson window's size when it first opens (clamped to the screen by the main window).
LESSON_SIZE = (760, 600)


def _caption(text: str = "") -> QLabel:
    label = wrapped_label(text)
    label.setFont(theme.scaled_font(label.font(), theme.TypeRole.CAPTION))
    label.setObjectName("caption")
    return label


def _coloured(label: QLabel, hex_colour: str) -> None:
    label.setStyleSheet(f"QLabel {{ color: {hex_colour}; }}")


class ExampleView(QWidget):
    """One example: the message card, the two answers and, once answered, the explanation."""

    answered = Signal(int)
    next_requested = Signal()

    def __init__(
        self, example: Example, number: int, total: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.example = example
        self.setObjectName(f"example-{example.key}")
        column = scrolling_column(self, margins=theme.space(6))
        column.setSpacing(theme.space(3))

        self.progress = _caption(
            self.tr("Example %1 of %2").replace("%1", str(number)).replace("%2", str(total))
        )
        self.question = heading(engine_text(example.question), theme.TypeRole.SECTION)
        self.question.setWordWrap(True)
        column.addWidget(self.progress)
        column.addWidget(self.question)

        column.addWidget(self._message_card())

        self.answer_buttons: list[QPushButton] = []
        answers = QHBoxLayout()
        answers.setSpacing(theme.space(3))
        for index, choice in enumerate(example.choices):
            button = QPushButton(engine_text(choice.label))
            button.setAccessibleDescription(engine_text(example.question))
            button.clicked.connect(lambda _checked=False, i=index: self.answered.emit(i))
            answers.addWidget(button)
            self.answer_buttons.append(button)
        self.your_answer = wrapped_label()
        self.your_answer.setObjectName("yourAnswer")
        self.your_answer.hide()
        answers.addWidget(self.your_answer, 1)
        answers.addStretch(1)
        column.addLayout(answers)

        self.explanation = card_frame()
        explained = QVBoxLayout(self.explanation)
        explained.setContentsMargins(theme.space(4), theme.space(3), theme.space(4), theme.space(3))
        explained.setSpacing(theme.space(2))
        self.verdict = wrapped_label(bold=True, size_delta=1)
        self.verdict.setObjectName("verdict")
        explained.addWidget(self.verdict)
        explained.addWidget(plain_label(self.tr("The signs:"), bold=True))
        self.signs = QGridLayout()
        self.signs.setHorizontalSpacing(theme.space(3))
        self.signs.setVerticalSpacing(theme.space(2))
        self.signs.setColumnStretch(1, 1)
        self.sign_labels: list[QLabel] = []
        previous = None
        for row, point in enumerate(example.points):
            # Two points about one sign in a row name it once.
            shown = engine_text(point.sign.label) if point.sign is not previous else ""
            previous = point.sign
            sign = plain_label(shown, bold=True)
            sign.setObjectName("sign")
            sign.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.signs.addWidget(sign, row, 0)
            self.signs.addWidget(wrapped_label(engine_text(point.text)), row, 1)
            self.sign_labels.append(sign)
        explained.addLayout(self.signs)
        self.explanation.hide()
        column.addWidget(self.explanation)
        column.addStretch(1)

        self.next_button = make_primary(QPushButton(self.tr("&Next")))
        self.next_button.clicked.connect(self.next_requested)
        self.next_button.hide()
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.next_button)
        column.addLayout(bottom)
        self.setAccessibleName(self.progress.text())

    def _message_card(self) -> QFrame:
        example = self.example
        card = card_frame()
        card.setAccessibleName(engine_text(example.kind.label))
        box = QVBoxLayout(card)
        box.setContentsMargins(theme.space(4), theme.space(3), theme.space(4), theme.space(3))
        box.setSpacing(theme.space(2))
        box.addWidget(_caption(engine_text(example.kind.label)))
        if example.kind is Kind.PAGE:
            self.address = plain_label(example.address)
            self.address.setObjectName("addressBar")
            mono = QFont(self.address.font())
            mono.setStyleHint(QFont.StyleHint.Monospace)
            mono.setFamily("monospace")
            self.address.setFont(mono)
            self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row = QHBoxLayout()
            row.setSpacing(theme.space(2))
            row.addWidget(plain_label(self.tr("Address bar:")))
            row.addWidget(self.address, 1)
            box.addLayout(row)
        sender = self._sender_line()
        if sender:
            box.addWidget(wrapped_label(sender))
        title = example.subject or (example.sender_name if example.kind is Kind.PAGE else "")
        if title:
            box.addWidget(wrapped_label(engine_text(title), bold=True, size_delta=1))
        box.addWidget(wrapped_label(engine_text(example.body)))
        self.link: QLabel | None = None
        self.target: QLabel | None = None
        if example.link is not None:
            self.link = wrapped_label(engine_text(example.link.shown))
            self.link.setObjectName("link")
            font = QFont(self.link.font())
            font.setUnderline(True)
            self.link.setFont(font)
            row = QHBoxLayout()
            row.setSpacing(theme.space(2))
            row.addWidget(plain_label(self.tr("Link:")), 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(self.link, 1)
            box.addLayout(row)
            self.target = wrapped_label(
                self.tr("Where the link really goes: %1").replace("%1", example.link.target)
            )
            self.target.setObjectName("target")
            bold = QFont(self.target.font())
            bold.setBold(True)
            self.target.setFont(bold)
            self.target.hide()
            box.addWidget(self.target)
        if example.attachment:
            box.addWidget(
                wrapped_label(self.tr("Attachment: %1").replace("%1", example.attachment))
            )
        return card

    def _sender_line(self) -> str:
        example = self.example
        name = engine_text(example.sender_name) if example.sender_name else ""
        if example.kind is Kind.PAGE:
            return ""
        if example.kind is Kind.PROMPT:
            return self.tr("From the app: %1").replace("%1", name)
        who = f"{name} <{example.sender_address}>" if name else example.sender_address
        return self.tr("From: %1").replace("%1", who)

    def show_answer(self, given: int, right: bool) -> None:
        """Reveal where the link goes and the explanation; the answer cannot change."""
        # The buttons go (a greyed-out button is hard to read); the answer stays in words.
        for button in self.answer_buttons:
            button.setEnabled(False)
            button.hide()
        chosen = engine_text(self.example.choices[given].label).replace("&", "")
        self.your_answer.setText(self.tr("Your answer: %1").replace("%1", chosen))
        self.your_answer.show()
        if self.target is not None:
            self.target.show()
        verdict = engine_text(self.example.verdict)
        self.verdict.setText(
            (self.tr("Right. %1") if right else self.tr("Not quite. %1")).replace("%1", verdict)
        )
        self.verdict.setProperty("right", right)
        self.explanation.show()
        self.next_button.show()
        self.next_button.setDefault(True)
        self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.restyle()

    def restyle(self) -> None:
        """Colours of this palette: the verdict in the status colours, the signs and the link
        in the accent (always with words too: colour is never the only cue)."""
        dark = theme.is_dark(self)
        right = self.verdict.property("right")
        tone = theme.Tone.GOOD if right else theme.Tone.RECOMMENDED
        _coloured(self.verdict, theme.tone_hex(tone, dark))
        accent = theme.palette(dark).accent
        for label in self.sign_labels:
            _coloured(label, accent)
        if self.link is not None:
            _coloured(self.link, accent)


class DonePage(QWidget):
    """The last page: the score, the three signs to remember, start again or close."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lessonDone")
        column = scrolling_column(self, margins=theme.space(6))
        column.setSpacing(theme.space(4))
        self.score = heading("", theme.TypeRole.TITLE)
        self.score.setWordWrap(True)
        column.addWidget(self.score)
        column.addWidget(
            wrapped_label(
                self.tr(
                    "Phishing works on careful people too: it only needs one busy moment. "
                    "Three signs to remember:"
                )
            )
        )
        card = card_frame()
        points = QGridLayout(card)
        points.setContentsMargins(theme.space(4), theme.space(3), theme.space(4), theme.space(3))
        points.setHorizontalSpacing(theme.space(3))
        points.setVerticalSpacing(theme.space(3))
        points.setColumnStretch(1, 1)
        for row, text in enumerate(REMEMBER):
            number = plain_label(f"{row + 1}.", bold=True)
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            points.addWidget(number, row, 0)
            points.addWidget(wrapped_label(engine_text(text)), row, 1)
        column.addWidget(card)
        column.addWidget(heading(self.tr("Your answers"), theme.TypeRole.SECTION))
        self.answers_card = card_frame()
        self.answers = QGridLayout(self.answers_card)
        self.answers.setContentsMargins(
            theme.space(4), theme.space(3), theme.space(4), theme.space(3)
        )
        self.answers.setHorizontalSpacing(theme.space(3))
        self.answers.setVerticalSpacing(theme.space(2))
        self.answers.setColumnStretch(1, 1)
        self.answer_rows: list[tuple[QLabel, QLabel, QLabel]] = []
        column.addWidget(self.answers_card)
        column.addWidget(
            wrapped_label(
                self.tr(
                    "Not sure about a real message? Do not use its links or numbers: open the "
                    "site or app yourself, or call the number you already know."
                )
            )
        )
        column.addStretch(1)
        self.again_button = QPushButton(self.tr("Start &again"))
        self.close_button = make_primary(QPushButton(self.tr("&Close")))
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.again_button)
        bottom.addWidget(self.close_button)
        column.addLayout(bottom)

    def show_run(self, run: LessonRun) -> None:
        """The score, and each example with whether it was spotted and what it was."""
        total = len(run.examples)
        self.score.setText(
            self.tr("You spotted %1 of %2").replace("%1", str(run.score)).replace("%2", str(total))
        )
        for row in self.answer_rows:
            for label in row:
                self.answers.removeWidget(label)
                label.deleteLater()
        self.answer_rows = []
        dark = theme.is_dark(self)
        for index, example in enumerate(run.examples):
            right = bool(run.is_right(example.key))
            mark = plain_label(self.tr("Right") if right else self.tr("Not quite"), bold=True)
            tone = theme.Tone.GOOD if right else theme.Tone.RECOMMENDED
            _coloured(mark, theme.tone_hex(tone, dark))
            mark.setProperty("right", right)
            mark.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            title = wrapped_label(engine_text(example.title))
            answer = example.choices[example.right_choice].label
            what = plain_label(engine_text(answer).replace("&", ""))
            what.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            for column, label in enumerate((mark, title, what)):
                self.answers.addWidget(label, index, column)
            self.answer_rows.append((mark, title, what))
        self.close_button.setDefault(True)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def restyle(self) -> None:
        dark = theme.is_dark(self)
        for mark, _title, _what in self.answer_rows:
            tone = theme.Tone.GOOD if mark.property("right") else theme.Tone.RECOMMENDED
            _coloured(mark, theme.tone_hex(tone, dark))


class LessonDialog(QDialog):
    """The lesson, one example at a time. Keyboard only works: Tab and Space or the shortcut
    letters answer, Enter goes on, Esc closes."""

    #: Every example has an answer (the score is passed); emitted once per run.
    completed = Signal(int)

    def __init__(
        self, examples: tuple[Example, ...] = EXAMPLES, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("phishLesson")
        self.setWindowTitle(self.tr("Spot the phish"))
        self.setWindowIcon(app_icon())
        self.setAccessibleDescription(
            self.tr("Ten example messages and pages: decide which are phishing and learn the signs")
        )
        self.resize(*LESSON_SIZE)
        self.setMinimumSize(480, 400)
        self.run = LessonRun(examples)
        self.stack = QStackedWidget()
        self.done_page = DonePage()
        self.done_page.again_button.clicked.connect(self.restart)
        self.done_page.close_button.clicked.connect(self.close)
        self.stack.addWidget(self.done_page)
        self.view: ExampleView | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._show_next()
        apply_theme(self)

    @property
    def total(self) -> int:
        return len(self.run.examples)

    def _show_next(self) -> None:
        example = self.run.next_example
        if example is None:
            self.done_page.show_run(self.run)
            self.stack.setCurrentWidget(self.done_page)
            self._drop_view()
            return
        view = ExampleView(example, self.run.answered + 1, self.total)
        view.answered.connect(lambda choice: self.answer(example.key, choice))
        view.next_requested.connect(self._show_next)
        self._drop_view()
        self.view = view
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        apply_theme(view)
        view.restyle()
        view.answer_buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _drop_view(self) -> None:
        if self.view is not None:
            self.stack.removeWidget(self.view)
            self.view.deleteLater()
            self.view = None

    def answer(self, key: str, choice: int) -> None:
        """Record `choice` for the example `key` and show the explanation."""
        was_finished = self.run.finished
        self.run = self.run.answer(key, choice)
        right = self.run.is_right(key)
        if self.view is not None and self.view.example.key == key and right is not None:
            given = self.run.given(key)
            self.view.show_answer(choice if given is None else given, right)
        if self.run.finished and not was_finished:
            self.completed.emit(self.run.score)

    def next_example(self) -> None:
        """Go on to the next example (or the last page), as "Next" does."""
        self._show_next()

    def restart(self) -> None:
        """A fresh run from the first example (finishing it again is saved again)."""
        self.run = LessonRun(self.run.examples)
        self._show_next()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            apply_theme(self)
            self.done_page.restyle()
            if self.view is not None:
                self.view.restyle()


def done_date(when: float, locale: QLocale | None = None) -> str:
    """The day the lesson was finished, as the user's language writes it ("3 March 2026")."""
    date = QDateTime.fromSecsSinceEpoch(int(when)).date()
    return (locale or QLocale()).toString(date, "d MMMM yyyy")


class LessonCard(QFrame):
    """The Phishing area's card: when the lesson was finished, or an offer to take it."""

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.title = plain_label(self.tr("Spot the phish"), bold=True, size_delta=1)
        self.line = wrapped_label()
        self.button = QPushButton()
        self.button.clicked.connect(self.open_requested)
        words = QVBoxLayout()
        words.setSpacing(theme.space(1))
        words.addWidget(self.title)
        words.addWidget(self.line)
        row = QHBoxLayout(self)
        row.setContentsMargins(theme.space(4), theme.space(3), theme.space(4), theme.space(3))
        row.setSpacing(theme.space(4))
        row.addLayout(words, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.set_done_at(None)

    def set_done_at(self, when: float | None) -> None:
        """Show the stored completion date (`phish_lesson_done_at`), None for never."""
        if when is None:
            self.line.setText(
                self.tr(
                    "Learn the signs of a phishing message from ten examples, in about five "
                    "minutes. Nothing leaves this computer."
                )
            )
            self.button.setText(self.tr("&Take the 5-minute lesson…"))
        else:
            self.line.setText(
                self.tr(
                    "Finished on %1. Taking it again now and then keeps the signs fresh."
                ).replace("%1", done_date(when))
            )
            self.button.setText(self.tr("&Take it again…"))
        self.button.setAccessibleName(self.button.text().replace("&", "").rstrip("…"))
        self.button.setAccessibleDescription(self.line.text())
        self.setAccessibleName(f"{self.title.text()}: {self.line.text()}")

"""The password strength lab: rates a password as it is typed, and on request asks the Pwned
Passwords range API whether it appeared in known breaches.

Privacy: the password lives only in the field and in the closures of the work it starts. The
field keeps no undo history the user can reach, offers no copy, cut or context menu, asks input
methods not to learn or predict, and is wiped (with every text derived from it) when the screen
is left. Only the first five characters of its SHA-1 ever leave the machine, and only when the
user ticks the box that says so.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QEvent,
    QObject,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QGuiApplication,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from hygiene_app.engine.probes import HttpClient
from hygiene_app.services.passwords.breach import (
    DEFAULT_API,
    BreachResult,
    BreachStatus,
    RangeClient,
)
from hygiene_app.services.passwords.strength import (
    EMPTY_SUGGESTION,
    TRUNCATED_NOTE,
    ZXCVBN_LIMIT,
    Strength,
    rate,
    warm_up,
)
from hygiene_app.ui.background import background_pool, run_in_background, wait_for_background
from hygiene_app.ui.widgets import engine_text, plain_label, scrolling_column, wrapped_label

_warm_up_started = False


def warm_up_in_background(owner: QObject) -> None:
    """Load zxcvbn's dictionaries on a worker, once per process, so the first rating does not
    pay for it (the UI thread never does)."""
    global _warm_up_started
    if _warm_up_started:
        return
    _warm_up_started = True

    def work(_progress: Callable[[int, int], None]) -> None:
        warm_up()

    run_in_background(owner, work, lambda _answer: None)


class SecretLineEdit(QLineEdit):
    """A line edit for secrets: no context menu, no copy, cut, drag, undo or redo, and input
    hints that ask input methods not to learn, predict or auto-capitalise."""

    _BLOCKED = (
        QKeySequence.StandardKey.Copy,
        QKeySequence.StandardKey.Cut,
        QKeySequence.StandardKey.Undo,
        QKeySequence.StandardKey.Redo,
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setDragEnabled(False)
        self.setAcceptDrops(False)
        self.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhNoAutoUppercase
            | Qt.InputMethodHint.ImhHiddenText
        )
        # Selecting shown text must not leave it on the X11/Wayland selection clipboard.
        self.selectionChanged.connect(self._scrub_selection_clipboard)

    def _blocked(self, event: QKeyEvent) -> bool:
        return any(event.matches(key) for key in self._BLOCKED)

    def event(self, event: QEvent) -> bool:
        # Claim the shortcut so no window-level action gets it either, then drop it below.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._blocked(event)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._blocked(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        event.accept()

    def setEchoMode(self, mode: QLineEdit.EchoMode) -> None:
        super().setEchoMode(mode)
        # Qt drops ImhHiddenText when the text is shown; keep the others.
        hints = self.inputMethodHints() | Qt.InputMethodHint.ImhSensitiveData
        self.setInputMethodHints(
            hints | Qt.InputMethodHint.ImhNoPredictiveText | Qt.InputMethodHint.ImhNoAutoUppercase
        )

    def _scrub_selection_clipboard(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if not clipboard.supportsSelection() or self.echoMode() != QLineEdit.EchoMode.Normal:
            return

        def scrub() -> None:
            held = clipboard.text(clipboard.Mode.Selection)
            if held and held in self.text():
                clipboard.clear(clipboard.Mode.Selection)

        QTimer.singleShot(0, self, scrub)

    def wipe(self) -> None:
        """Empty the field; setText also drops Qt's internal undo history."""
        self.deselect()
        self.setText("")


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


# ----- the strength meter -------------------------------------------------------------------

#: Red to green, readable on light and dark backgrounds; the segment count and the text carry
#: the same information, so colour is never the only cue.
SCORE_COLOURS = ("#d1242f", "#e16f24", "#bf8700", "#4d9a3b", "#1a7f37")


class StrengthMeter(QWidget):
    """Five segments: score 0 fills one, score 4 fills all five; empty input fills none."""

    SEGMENTS = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._score: int | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(150)
        self.setAccessibleName(self.tr("Strength meter"))

    def sizeHint(self) -> QSize:
        return QSize(260, 14)

    def minimumSizeHint(self) -> QSize:
        return QSize(150, 14)

    @property
    def filled(self) -> int:
        return 0 if self._score is None else self._score + 1

    def set_score(self, score: int | None, text: str = "") -> None:
        self._score = None if score is None else max(0, min(4, score))
        self.setAccessibleDescription(text)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        gap = 4.0
        width = (self.width() - gap * (self.SEGMENTS - 1)) / self.SEGMENTS
        height = float(self.height())
        empty = self.palette().color(QPalette.ColorRole.Mid)
        on = QColor(SCORE_COLOURS[self._score]) if self._score is not None else empty
        painter.setPen(Qt.PenStyle.NoPen)
        for i in range(self.SEGMENTS):
            painter.setBrush(on if i < self.filled else empty)
            painter.drawRoundedRect(QRectF(i * (width + gap), 0, width, height), 3, 3)
        painter.end()


# ----- the lab ------------------------------------------------------------------------------


class PasswordLab(QWidget):
    #: A rating was shown (for tests and the benchmark): the Strength, or None for empty input.
    rated = Signal(object)
    #: A breach check answered and its answer is shown: the BreachResult.
    breach_checked = Signal(object)

    #: How long typing must pause before the breach check asks the server.
    breach_delay_ms = 600

    def __init__(
        self,
        *,
        user_inputs: Sequence[str] = (),
        http: HttpClient | None = None,
        breach_api: str = DEFAULT_API,
        breach_allowed: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        """`breach_allowed`: False when the organisation turned the breach check off (the box
        is then disabled and nothing is ever sent)."""
        super().__init__(parent)
        self.user_inputs = tuple(user_inputs)
        if http is None:
            from hygiene_app.engine.live import LiveHttpClient

            http = LiveHttpClient()
        self._http = http
        self._breach_api = breach_api
        #: Bumped on every change: breach answers for an older text are dropped.
        self._generation = 0
        #: Bumped on every change of the text (and by clear()): ratings of an older text are
        #: dropped. Separate from `_generation`, which the breach box also bumps.
        self._rate_generation = 0
        #: The `_rate_generation` whose rating is on screen.
        self._shown_generation = 0
        #: One rating at a time runs on a worker; newer text waits for it, then only the
        #: newest is rated.
        self._rating_in_flight = False
        self.strength: Strength | None = None
        self.breach_result: BreachResult | None = None
        #: How long the last rating took (for the benchmark).
        self.last_rating_ms = 0.0
        self.setWindowTitle(self.tr("Password strength"))

        body = scrolling_column(self)
        body.addWidget(wrapped_label(self.tr("How strong is a password?"), bold=True, size_delta=3))
        body.addWidget(
            wrapped_label(
                self.tr(
                    "Type a password to see how long it would take to guess. It stays in this "
                    "window only: it is never saved, never put on the clipboard, and it is "
                    "cleared when you leave this screen."
                )
            )
        )

        # --- the field ----------------------------------------------------------------------
        self.field = SecretLineEdit()
        self.field.setObjectName("passwordField")
        self.field.setPlaceholderText(self.tr("Password to test"))
        self.field.setAccessibleName(self.tr("Password to test"))
        self.field.setAccessibleDescription(
            self.tr("Rated as you type; not saved and cleared when you leave this screen.")
        )
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("showPasswordButton")
        self.show_button.setCheckable(True)
        self.show_button.setAutoDefault(False)
        self.show_button.setAccessibleName(self.tr("Show the password"))
        self.show_button.setAccessibleDescription(
            self.tr("Shows or hides the characters you typed.")
        )
        self.show_button.toggled.connect(self._toggle_shown)
        field_label = plain_label(self.tr("&Password:"))
        field_label.setBuddy(self.field)
        row = QHBoxLayout()
        row.addWidget(field_label)
        row.addWidget(self.field, 1)
        row.addWidget(self.show_button)
        body.addLayout(row)

        # --- the rating ---------------------------------------------------------------------
        self.meter = StrengthMeter()
        self.score_label = wrapped_label(bold=True)
        self.score_label.setObjectName("strengthLabel")
        self.score_label.setAccessibleName(self.tr("Strength"))
        meter_row = QHBoxLayout()
        meter_row.setSpacing(12)
        meter_row.addWidget(self.meter, 2)
        meter_row.addWidget(self.score_label, 3)
        body.addLayout(meter_row)
        self.truncated_note = wrapped_label()
        self.truncated_note.setObjectName("truncatedNote")
        body.addWidget(self.truncated_note)

        times = QGridLayout()
        times.setContentsMargins(0, 0, 0, 0)
        times.setHorizontalSpacing(12)
        times.setVerticalSpacing(4)
        self.online_label = wrapped_label()
        self.online_label.setObjectName("crackOnline")
        self.online_label.setAccessibleName(self.tr("Time to guess online"))
        self.offline_label = wrapped_label()
        self.offline_label.setObjectName("crackOffline")
        self.offline_label.setAccessibleName(self.tr("Time to guess offline"))
        online_caption = plain_label(self.tr("Guessing online, where a website limits attempts:"))
        offline_caption = plain_label(
            self.tr("Guessing offline, from a stolen, well-protected list:")
        )
        times.addWidget(online_caption, 0, 0)
        times.addWidget(self.online_label, 0, 1)
        times.addWidget(offline_caption, 1, 0)
        times.addWidget(self.offline_label, 1, 1)
        times.setColumnStretch(1, 1)
        self.times = QWidget()
        self.times.setLayout(times)
        body.addWidget(self.times)
        self.warning_label = wrapped_label(bold=True)
        self.warning_label.setObjectName("strengthWarning")
        self.warning_label.setAccessibleName(self.tr("Warning"))
        body.addWidget(self.warning_label)
        self.suggestions_label = wrapped_label()
        self.suggestions_label.setObjectName("strengthSuggestions")
        self.suggestions_label.setAccessibleName(self.tr("Suggestions"))
        body.addWidget(self.suggestions_label)

        # --- the breach check ---------------------------------------------------------------
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        body.addWidget(line)
        self.breach_box = QCheckBox(self.tr("Check whether it appeared in known breaches"))
        self.breach_box.setObjectName("breachCheckBox")
        self.breach_box.setAccessibleName(self.breach_box.text())
        self.privacy_note = wrapped_label(
            self.tr(
                "Only the first 5 characters of a fingerprint of your password are sent to "
                "the Pwned Passwords service; your password never leaves this computer, and "
                "nothing about the check is saved."
            )
        )
        self.privacy_note.setObjectName("breachPrivacyNote")
        self.breach_box.setAccessibleDescription(self.privacy_note.text())
        if not breach_allowed:
            from hygiene_app.ui.organisation import turn_off_breach_box

            turn_off_breach_box(self.breach_box, self.privacy_note)
        body.addWidget(self.breach_box)
        note_row = QHBoxLayout()
        note_row.setContentsMargins(24, 0, 0, 0)
        note_row.addWidget(self.privacy_note)
        body.addLayout(note_row)
        self.breach_label = wrapped_label(bold=True)
        self.breach_label.setObjectName("breachResult")
        self.breach_label.setAccessibleName(self.tr("Breach check result"))
        result_row = QHBoxLayout()
        result_row.setContentsMargins(24, 0, 0, 0)
        result_row.addWidget(self.breach_label)
        body.addLayout(result_row)
        body.addStretch(1)

        # --- timers -------------------------------------------------------------------------
        # Rate on a worker, at most once per event-loop turn and one rating at a time: the
        # keystrokes typed meanwhile are taken together, so typing never waits on zxcvbn.
        self._rate_timer = QTimer(self)
        self._rate_timer.setSingleShot(True)
        self._rate_timer.setInterval(0)
        self._rate_timer.timeout.connect(self._rate_now)
        self._breach_timer = QTimer(self)
        self._breach_timer.setSingleShot(True)
        self._breach_timer.timeout.connect(self._check_breach)
        self.field.textChanged.connect(self._text_changed)
        self.breach_box.toggled.connect(self._breach_toggled)
        self._show_rating(None)
        warm_up_in_background(self)

    # ----- rating -----------------------------------------------------------------------

    def _toggle_shown(self, shown: bool) -> None:
        self.field.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.show_button.setText(self.tr("Hide") if shown else self.tr("Show"))
        self.show_button.setAccessibleName(
            self.tr("Hide the password") if shown else self.tr("Show the password")
        )

    def _text_changed(self) -> None:
        self._generation += 1
        self._rate_generation += 1
        if not self._rating_in_flight:
            self._rate_timer.start()  # else the running rating's answer starts the next one
        self._breach_timer.stop()
        self.breach_result = None
        if self.breach_box.isChecked() and self.field.text():
            self.breach_label.setText(self.tr("Will check when you stop typing…"))
            self._breach_timer.start(self.breach_delay_ms)
        else:
            self.breach_label.setText("")

    def _rate_now(self) -> None:
        if self._rating_in_flight or self._shown_generation == self._rate_generation:
            return
        generation = self._rate_generation
        text = self.field.text()
        if not text:
            self._shown_generation = generation
            self._show_rating(None)
            return
        user_inputs = self.user_inputs
        self._rating_in_flight = True

        def work(_progress: Callable[[int, int], None]) -> tuple[Strength, float]:
            started = time.perf_counter()
            strength = rate(text, user_inputs)
            return strength, (time.perf_counter() - started) * 1000

        def done(answer: object) -> None:
            self._rating_in_flight = False
            if generation != self._rate_generation:
                # The text changed (or was cleared) meanwhile: rate the newest text instead.
                self._rate_timer.start()
                return
            self._shown_generation = generation
            if isinstance(answer, tuple):
                strength, self.last_rating_ms = answer
                self._show_rating(strength)
            else:  # rate() never raises; should it anyway, show no verdict rather than a stale one
                self._show_rating(None)

        run_in_background(self, work, done)

    def _show_rating(self, strength: Strength | None) -> None:
        self.strength = strength
        if strength is None:
            self.meter.set_score(None, self.tr("No password typed"))
            self.score_label.setText(engine_text(EMPTY_SUGGESTION))
            self.times.hide()
            for label in (
                self.truncated_note,
                self.warning_label,
                self.suggestions_label,
                self.online_label,
                self.offline_label,
            ):
                label.setText("")
                label.hide()
            self.rated.emit(None)
            return
        text = self.tr("{label} ({score} of 4)").format(
            label=engine_text(strength.label), score=strength.score
        )
        self.score_label.setText(self.tr("Strength: {rating}").format(rating=text))
        self.meter.set_score(strength.score, text)
        self.online_label.setText(engine_text(strength.crack_online))
        self.offline_label.setText(engine_text(strength.crack_offline))
        self.online_label.show()
        self.offline_label.show()
        self.times.show()
        if strength.truncated:
            self.truncated_note.setText(engine_text(TRUNCATED_NOTE).format(limit=ZXCVBN_LIMIT))
        self._show_if(self.truncated_note, strength.truncated)
        warning = engine_text(strength.warning) if strength.warning else ""
        self.warning_label.setText(warning)
        self._show_if(self.warning_label, bool(warning))
        note = TRUNCATED_NOTE.format(limit=ZXCVBN_LIMIT)  # shown on its own line above
        tips = "\n".join(f"• {engine_text(s)}" for s in strength.suggestions if s != note)
        self.suggestions_label.setText(tips)
        self._show_if(self.suggestions_label, bool(tips))
        self.rated.emit(strength)

    @staticmethod
    def _show_if(label: QLabel, shown: bool) -> None:
        if not shown:
            label.setText("")
        label.setVisible(shown)

    # ----- breach check -----------------------------------------------------------------

    def _breach_toggled(self, on: bool) -> None:
        self._breach_timer.stop()
        self._generation += 1
        self.breach_result = None
        self.breach_label.setText("")
        if on and self.field.text():
            self._check_breach()

    def check_breach_now(self) -> None:
        """Ask right away (the box must be ticked); the debounce is for typing."""
        self._breach_timer.stop()
        self._check_breach()

    def _check_breach(self) -> None:
        password = self.field.text()
        if not self.breach_box.isChecked() or not password:
            return
        generation = self._generation
        client = RangeClient(self._http, self._breach_api)
        self.breach_label.setText(self.tr("Checking…"))

        def work(_progress: Callable[[int, int], None]) -> BreachResult:
            return client.check(password)

        def done(answer: object) -> None:
            if generation != self._generation:
                return  # the text changed, or the box was unticked, while we asked
            if not isinstance(answer, BreachResult):
                answer = BreachResult(BreachStatus.UNKNOWN, reason=str(answer))
            self._show_breach(answer)

        run_in_background(self, work, done)

    def _show_breach(self, result: BreachResult) -> None:
        self.breach_result = result
        if result.status is BreachStatus.UNKNOWN:
            text = self.tr("Could not check: {why}").format(
                why=engine_text(result.reason) or self.tr("no answer from the service")
            )
        elif result.status is BreachStatus.FOUND:
            text = self.tr("{bucket}. Do not use this password anywhere.").format(
                bucket=_sentence(engine_text(result.bucket))
            )
        else:
            text = _sentence(engine_text(result.bucket)) + "."
        self.breach_label.setText(text)
        self.breach_checked.emit(result)

    # ----- leaving ------------------------------------------------------------------------

    def clear(self) -> None:
        """Wipe the password and everything derived from it."""
        self._rate_timer.stop()
        self._breach_timer.stop()
        self.field.wipe()
        self._generation += 1
        self._rate_generation += 1  # a rating still running is dropped when it answers
        self._shown_generation = self._rate_generation
        self.breach_result = None
        self.breach_label.setText("")
        self.show_button.setChecked(False)
        self._show_rating(None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.field.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        self.clear()
        super().hideEvent(event)


__all__ = [
    "PasswordLab",
    "SecretLineEdit",
    "StrengthMeter",
    "background_pool",
    "run_in_background",
    "wait_for_background",
    "warm_up_in_background",
]

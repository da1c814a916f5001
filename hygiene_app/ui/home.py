"""Home: where you stand at a glance, what to do first, and a tile per area.

Built for someone who opens the app once and wants three answers in ten seconds: how am I
doing (the score in a ring coloured by band, with the number and a sentence so it also reads
without colour), what should I do first (the assessment's first fix, with its button and why),
and where are my problems (a tile per area, "2 to fix", clicking opens the area). The numbers
come from `engine.assessment.assess`, the one reading the terminal and JSON reports render too.
The trend beside the score comes from the checkup history (`services.history`); a recording has
none, and then nothing is drawn rather than a made-up trend.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLocale, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hygiene_app.engine.assessment import Assessment, SetAsideLike, assess
from hygiene_app.engine.i18n import N_, fmt
from hygiene_app.engine.model import AutoFix, Category, CheckResult, OSFamily, Status
from hygiene_app.engine.runner import is_turned_off
from hygiene_app.engine.standing import Standing, standing
from hygiene_app.engine.status_words import StatusWord, status_word
from hygiene_app.services.history import RunRecord, changes
from hygiene_app.services.policy import ContactCard
from hygiene_app.ui import theme
from hygiene_app.ui.findings_model import (
    CATEGORY_ORDER,
    all_good_text,
    turned_off_text,
    word_text,
)
from hygiene_app.ui.icons import area_icon
from hygiene_app.ui.organisation import ContactCardView
from hygiene_app.ui.sidebar import page_title
from hygiene_app.ui.widgets import (
    engine_text,
    literal_mnemonic,
    plain_label,
    tr_plural,
    wrapped_label,
)

#: Spacing grid of the pages, in logical pixels (two steps of the theme's grid).
GRID = theme.space(2)


#: An area's state, by the one rule the tray follows too (`engine.standing`).
AreaState = Standing


STATE_ICONS = {
    AreaState.ACTION: "status-fail",
    AreaState.ADVICE: "status-warn",
    AreaState.UNSURE: "status-unknown",
    AreaState.GOOD: "status-pass",
    AreaState.EMPTY: "status-skipped",
}


@dataclass(frozen=True, slots=True)
class AreaSummary:
    state: AreaState
    #: Open problems: failed or warned, and not set aside.
    problems: int
    #: Findings that could not be told.
    unsure: int
    checks: int
    #: Of the problems, those whose word is "Action needed" (what "2 to fix" counts, as the
    #: headline's "N problems need your attention" does); the rest are recommendations.
    to_fix: int = 0
    #: Findings of checks the organisation turned off.
    turned_off: int = 0

    @property
    def recommended(self) -> int:
        return self.problems - self.to_fix


def summarize(results: Sequence[CheckResult], set_aside_ids: Collection[str]) -> AreaSummary:
    """The state of one area's findings."""
    open_ = [r for r in results if r.meta.id not in set_aside_ids]
    problems = sum(1 for r in open_ if r.status.is_problem)
    unsure = sum(1 for r in open_ if r.status in (Status.UNKNOWN, Status.ERROR))
    to_fix = sum(1 for r in open_ if status_word(r) is StatusWord.ACTION_NEEDED)
    off = sum(1 for r in results if is_turned_off(r))
    return AreaSummary(
        standing(results, set_aside_ids), problems, unsure, len(results), to_fix, off
    )


def band_colour(score: int | None, dark: bool) -> QColor:
    """The score's band in the theme's status colours: red under 50, amber under 80, green
    from 80; grey when nothing could be scored (the number always says it too)."""
    return theme.qcolor(theme.tone_hex(theme.score_tone(score), dark))


def _tr_home(text: str, n: int = -1) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Home", text, "", n)


def checked_line(then: float | None, now: float) -> str:
    """When something was last checked, as a person says it: "Checked 2 minutes ago"."""
    if then is None:
        return _tr_home("Not checked yet")
    minutes = max(0, int(now - then) // 60)
    if minutes < 1:
        return _tr_home("Checked just now")
    if minutes < 60:
        return tr_plural("Checked 1 minute ago", "Checked %n minutes ago", minutes)
    hours = minutes // 60
    if hours < 24:
        return tr_plural("Checked 1 hour ago", "Checked %n hours ago", hours)
    return tr_plural("Checked 1 day ago", "Checked %n days ago", hours // 24)


def trend_line(runs: Sequence[RunRecord]) -> str:
    """Where the score went since the checkup before the latest one, and what changed:
    "Up 6 points since the last checkup · 2 fixed, 1 new". Empty without two checkups."""
    if len(runs) < 2:
        return ""
    change = changes(runs[-2], runs[-1])
    delta = change.score_delta
    if delta is None:
        parts = [_tr_home("Since the last checkup")]
    elif delta > 0:
        parts = [
            tr_plural(
                "Up 1 point since the last checkup", "Up %n points since the last checkup", delta
            )
        ]
    elif delta < 0:
        parts = [
            tr_plural(
                "Down 1 point since the last checkup",
                "Down %n points since the last checkup",
                -delta,
            )
        ]
    else:
        parts = [_tr_home("Same score as the last checkup")]
    if change.fixed:
        parts.append(_tr_home("%n fixed", len(change.fixed)))
    if change.new:
        parts.append(_tr_home("%n new", len(change.new)))
    if delta is None and len(parts) == 1:
        return ""
    return " · ".join(parts)


class ScoreTrend(QWidget):
    """The last checkups' scores as a small line, the latest dot in its band's colour: the
    direction at a glance (the sentence beside it says it in words)."""

    #: The most checkups drawn.
    POINTS = 12

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scores: list[int] = []
        self.setFixedSize(QSize(theme.space(24), theme.space(8)))

    @property
    def scores(self) -> list[int]:
        return list(self._scores)

    def set_scores(self, scores: Sequence[int | None]) -> None:
        self._scores = [s for s in scores if s is not None][-self.POINTS :]
        self.setAccessibleName(
            _tr_home("Score over the last %n checkups: ", len(self._scores))
            + ", ".join(str(s) for s in self._scores)
        )
        self.setVisible(len(self._scores) >= 2)
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        if len(self._scores) < 2:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pad = 4.0
        width = self.width() - 2 * pad
        height = self.height() - 2 * pad
        step = width / (len(self._scores) - 1)
        # Drawn over the scores' own range (at least 20 points tall), so a change of a few
        # points shows as a slope rather than a flat line at the bottom of 0-100.
        low = max(0, min(self._scores) - 5)
        high = min(100, max(max(self._scores) + 5, low + 20))
        points = [
            (pad + i * step, pad + height * (1 - (min(max(score, low), high) - low) / (high - low)))
            for i, score in enumerate(self._scores)
        ]
        line = self.palette().color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(line, 2.0))
        for (x1, y1), (x2, y2) in itertools.pairwise(points):
            painter.drawLine(int(x1), int(y1), int(x2), int(y2))
        colour = band_colour(self._scores[-1], theme.is_dark(self))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        x, y = points[-1]
        painter.drawEllipse(QRectF(x - 3.5, y - 3.5, 7.0, 7.0))
        painter.end()


class GainsList(QWidget):
    """What would raise the score: each "+N" in a column of its own beside its check's title,
    so a long title wraps under itself rather than under the number."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(GRID * 2)
        self._grid.setVerticalSpacing(GRID // 2)
        self._grid.setColumnStretch(1, 1)
        self.heading = plain_label(self.tr("What would raise your score:"))
        self._grid.addWidget(self.heading, 0, 0, 1, 2)
        self._rows: list[tuple[int, str]] = []
        self._cells: list[QLabel] = []

    def set_gains(self, rows: Sequence[tuple[int, str]]) -> None:
        """(points, title) pairs, biggest first."""
        for cell in self._cells:
            self._grid.removeWidget(cell)
            cell.deleteLater()
        self._cells = []
        self._rows = list(rows)
        for n, (points, title) in enumerate(self._rows, 1):
            number = plain_label(f"+{points}", bold=True)
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            name = wrapped_label(title)
            self._grid.addWidget(number, n, 0)
            self._grid.addWidget(name, n, 1)
            self._cells += [number, name]
        self.setAccessibleDescription(self.text())

    def text(self) -> str:
        """The list as lines of text (what a screen reader is told)."""
        lines = [self.heading.text()]
        lines += [f"  +{points}  {title}" for points, title in self._rows]
        return "\n".join(lines)


class ScoreRing(QWidget):
    """The score as a ring filled to its value, the number in the middle."""

    DIAMETER = 132

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: int | None = None
        self.setFixedSize(QSize(self.DIAMETER, self.DIAMETER))
        self.number = plain_label("—", bold=True, size_delta=14)
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = plain_label(self.tr("out of 100"))
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setSpacing(0)
        layout.addStretch(1)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        layout.addStretch(1)

    def set_value(self, value: int | None) -> None:
        self._value = value
        self.number.setText("—" if value is None else str(value))
        self.setAccessibleName(
            self.tr("Score: not yet")
            if value is None
            else self.tr("Score: %1 out of 100").replace("%1", str(value))
        )
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        width = 10.0
        rect = QRectF(self.rect()).adjusted(width, width, -width, -width)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = self.palette().color(QPalette.ColorRole.Mid)
        track.setAlpha(90)
        pen = QPen(track, width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawEllipse(rect)
        if self._value:
            pen = QPen(band_colour(self._value, theme.is_dark(self)), width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            # Qt angles are in 1/16 degree, counter-clockwise from 3 o'clock: start at 12.
            painter.drawArc(rect, 90 * 16, -int(360 * 16 * min(self._value, 100) / 100))
        painter.end()


CARD = "card"
CHIP = "chip"
#: A quiet line under a title (the theme's muted text colour, which meets WCAG AA).
CAPTION = "caption"
PRIMARY = "primary"
#: The dynamic property naming a chip's status word (its colour follows it).
WORD_PROPERTY = "statusWord"


def card_frame() -> QFrame:
    """A card: the theme's card background, a subtle border, rounded corners (see
    `apply_theme`)."""
    frame = QFrame()
    frame.setObjectName(CARD)
    return frame


def make_primary(button: QPushButton) -> QPushButton:
    """Mark `button` as its screen's primary action (accent-filled, see `apply_theme`)."""
    button.setObjectName(PRIMARY)
    return button


def make_chip(label: QLabel, word: StatusWord) -> QLabel:
    """Mark `label` as a status chip in the colour of `word` (see `apply_theme`)."""
    label.setObjectName(CHIP)
    label.setProperty(WORD_PROPERTY, word.value)
    return label


def _set_style(widget: QWidget, sheet: str) -> None:
    # Re-setting an identical sheet would re-polish the widget (and its children) for nothing.
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


def apply_theme(root: QWidget) -> None:
    """Style the cards, chips and primary buttons under `root` (and `root` itself) for the
    palette it is drawn with now. Pages call this when they build widgets and again on
    QEvent.PaletteChange, so the look follows the desktop into and out of dark mode."""
    dark = theme.is_dark(root)
    p = theme.palette(dark)
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        name = widget.objectName()
        if name == CARD and isinstance(widget, QPushButton):
            # A clickable card (a Home tile): the card look, and a visible hover and focus.
            selector = "QPushButton#card"
            _set_style(
                widget,
                theme.card_style(dark, selector)
                + f"{selector}:hover {{ border-color: {p.accent}; }}"
                + f"{selector}:focus {{ border: 2px solid {p.accent}; }}",
            )
        elif name == CARD:
            _set_style(widget, theme.card_style(dark, "QFrame#card"))
        elif name == PRIMARY and isinstance(widget, QPushButton):
            _set_style(
                widget,
                theme.primary_button_style(dark)
                + f"QPushButton#primary:disabled {{ background: {p.card_border}; "
                f"color: {p.muted_text}; border-color: {p.card_border}; }}",
            )
        elif name == CAPTION and isinstance(widget, QLabel):
            _set_style(widget, f"QLabel#caption {{ color: {p.muted_text}; }}")
        elif name == CHIP and isinstance(widget, QLabel):
            value = widget.property(WORD_PROPERTY)
            if isinstance(value, str):
                _set_style(widget, theme.chip_style(StatusWord(value), dark))


def heading(text: str, role: theme.TypeRole) -> QLabel:
    """A page title or section heading in the type scale."""
    label = plain_label(text)
    label.setFont(theme.scaled_font(label.font(), role))
    return label


class AreaTile(QPushButton):
    """One area on Home: icon, name, state in words, coloured mark; a click opens the area."""

    def __init__(self, area: Category, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self.setObjectName(CARD)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setMinimumHeight(theme.space(16))
        self.area_mark = plain_label()
        self.area_mark.setPixmap(area_icon(area).pixmap(24, 24))
        self.name = plain_label(page_title(area.value), bold=True)
        self.state_mark = plain_label()
        self.line = plain_label()
        #: "Checked 5 minutes ago": the oldest verdict among the area's findings.
        self.when = plain_label()
        self.when.setFont(theme.scaled_font(self.when.font(), theme.TypeRole.CAPTION))
        self.when.setObjectName(CAPTION)
        self.when.hide()
        for label in (self.area_mark, self.name, self.state_mark, self.line, self.when):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # A longer language wraps the name and the state onto a second line, never cuts them.
        for label in (self.name, self.line, self.when):
            label.setWordWrap(True)
        words = QVBoxLayout()
        words.setSpacing(theme.space(1) // 2)
        words.addWidget(self.name)
        state = QHBoxLayout()
        state.setSpacing(theme.space(1))
        state.addWidget(self.state_mark)
        state.addWidget(self.line, 1)
        words.addLayout(state)
        words.addWidget(self.when)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(GRID * 2, GRID, GRID * 2, GRID)
        layout.setSpacing(GRID * 3 // 2)
        layout.addWidget(self.area_mark)
        layout.addLayout(words, 1)
        self.summary = summarize((), ())
        self.show_summary(self.summary)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """As tall as its wrapped words need (a longer language takes two lines)."""
        layout = self.layout()
        return max(self.minimumHeight(), layout.totalHeightForWidth(width) if layout else 0)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.heightForWidth(max(hint.width(), self.width())))

    def show_summary(self, summary: AreaSummary, when: str = "") -> None:
        from hygiene_app.ui.icons import icon

        self.summary = summary
        self.state_mark.setPixmap(icon(STATE_ICONS[summary.state]).pixmap(14, 14))
        self.line.setText(tile_line(summary))
        self.when.setText(when)
        self.when.setVisible(bool(when) and summary.state is not AreaState.EMPTY)
        said = [page_title(self.area.value), tile_line(summary)]
        if self.when.isVisibleTo(self):
            said.append(when)
        self.setAccessibleName(": ".join(said[:2]) + "".join(f". {w}" for w in said[2:]))
        self.setAccessibleDescription(self.tr("Opens this area"))


def tile_line(summary: AreaSummary) -> str:
    from PySide6.QtCore import QCoreApplication

    def tr(text: str, n: int = -1) -> str:
        return QCoreApplication.translate("AreaTile", text, "", n)

    if summary.state is AreaState.EMPTY:
        return tr("Nothing to check yet")
    if summary.checks and summary.turned_off == summary.checks:
        # Not "All good": nothing here was looked at.
        return turned_off_text()
    if summary.to_fix and summary.recommended:
        # Each count with its own plural ("1 recomendado", never "1 recomendados").
        return " · ".join(
            (tr("%n to fix", summary.to_fix), tr("%n recommended", summary.recommended))
        )
    if summary.to_fix:
        return tr("%n to fix", summary.to_fix)
    if summary.recommended:
        return tr("%n recommended", summary.recommended)
    if summary.unsure:
        return tr("%n couldn't be checked", summary.unsure)
    return all_good_text()


class HomePage(QWidget):
    """Score ring, where you stand, "Do this first", and the area tiles."""

    #: The user asked to fix the suggested finding: its check id.
    fix_requested = Signal(str)
    #: The user asked to see the accounts due for an MFA review.
    reviews_requested = Signal()
    #: The user clicked an area's tile: the Category value.
    area_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("home")
        self.setAccessibleName(self.tr("Home"))
        self._first_id = ""
        self._assessment: Assessment | None = None
        #: How many checks the organisation turned off (counted apart on the counts line).
        self._turned_off = 0
        #: When each area's oldest verdict was reached.
        self._tile_times: dict[Category, float] = {}

        self.ring = ScoreRing()
        self.ring.set_value(None)
        #: The number in the ring (tests and screen readers read it).
        self.score = self.ring.number
        self.verdict = wrapped_label(self.tr("No checkup yet"))
        self.verdict.setFont(theme.scaled_font(self.verdict.font(), theme.TypeRole.TITLE))
        self.trend_chart = ScoreTrend()
        self.trend_chart.hide()
        #: What the line is: "Your last 4 checkups".
        self.trend_caption = plain_label()
        self.trend_caption.setObjectName(CAPTION)
        self.trend_caption.setFont(
            theme.scaled_font(self.trend_caption.font(), theme.TypeRole.CAPTION)
        )
        self.trend_caption.hide()
        self.trend = wrapped_label()
        self.trend.setAccessibleName(self.tr("Since the last checkup"))
        self.trend.hide()
        self.counts = wrapped_label()
        self.counts.setAccessibleName(self.tr("Counts by status"))
        self.gains = GainsList()
        self.gains.setAccessibleName(self.tr("What would raise the score"))
        self.review = QPushButton()
        self.review.setAccessibleDescription(self.tr("Opens your accounts to review them"))
        self.review.clicked.connect(self.reviews_requested.emit)
        self.review.hide()
        words = QVBoxLayout()
        words.setSpacing(GRID)
        words.addWidget(self.verdict)
        words.addWidget(self.trend)
        words.addWidget(self.counts)
        words.addWidget(self.gains)
        words.addWidget(self.review, 0, Qt.AlignmentFlag.AlignLeft)
        words.addStretch(1)
        # The trend's line sits under the ring it continues; its sentence is beside, in words.
        gauge = QVBoxLayout()
        gauge.setSpacing(GRID)
        gauge.addWidget(self.ring, 0, Qt.AlignmentFlag.AlignHCenter)
        gauge.addWidget(self.trend_chart, 0, Qt.AlignmentFlag.AlignHCenter)
        gauge.addWidget(self.trend_caption, 0, Qt.AlignmentFlag.AlignHCenter)
        gauge.addStretch(1)
        standing = QHBoxLayout()
        standing.setSpacing(GRID * 3)
        standing.addLayout(gauge)
        standing.addLayout(words, 1)

        self.card = card_frame()
        self.card_heading = heading(self.tr("Do this first"), theme.TypeRole.SECTION)
        self.card_title = wrapped_label(bold=True, size_delta=1)
        self.card_summary = wrapped_label()
        self.card_why = wrapped_label()
        self.card_why.setObjectName("doThisFirstWhy")
        self.card_why.setAccessibleName(self.tr("Why this fix comes first"))
        self.card_button = make_primary(QPushButton(self.tr("&Fix it…")))
        self.card_button.setDefault(True)
        self.card_button.setAccessibleName(self.tr("Fix the suggested problem"))
        self.card_button.setAccessibleDescription(
            self.tr("Opens step-by-step help for the most valuable fix")
        )
        self.card_button.clicked.connect(lambda: self.fix_requested.emit(self._first_id))
        card_layout = QVBoxLayout(self.card)
        card_layout.setContentsMargins(GRID * 2, GRID * 2, GRID * 2, GRID * 2)
        card_layout.setSpacing(GRID)
        card_layout.addWidget(self.card_heading)
        card_layout.addWidget(self.card_title)
        card_layout.addWidget(self.card_summary)
        card_layout.addWidget(self.card_why)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.card_button)
        card_layout.addLayout(row)
        self.card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.card.hide()

        top = QHBoxLayout()
        top.setSpacing(GRID * 3)
        top.addLayout(standing, 1)
        top.addWidget(self.card, 1, Qt.AlignmentFlag.AlignTop)

        self.tiles: dict[Category, AreaTile] = {}
        grid = QGridLayout()
        grid.setSpacing(GRID * 3 // 2)
        for n, area in enumerate(CATEGORY_ORDER):
            tile = AreaTile(area)
            tile.clicked.connect(lambda _checked=False, a=area: self.area_requested.emit(a.value))
            self.tiles[area] = tile
            grid.addWidget(tile, n // 3, n % 3)
        areas_heading = heading(self.tr("Your areas"), theme.TypeRole.SECTION)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(GRID * 3, GRID * 3, GRID * 3, GRID * 3)
        layout.setSpacing(GRID * 2)
        layout.addLayout(top)
        layout.addWidget(areas_heading)
        layout.addLayout(grid)
        self._column = layout
        #: The organisation's contact card (`set_contact`), under the areas.
        self.contact: QWidget | None = None
        layout.addStretch(1)
        apply_theme(self)

    def set_contact(self, card: ContactCard | None) -> None:
        """Show the organisation's contact card (name, message, how to reach it), or none."""
        if self.contact is not None:
            self._column.removeWidget(self.contact)
            self.contact.deleteLater()
            self.contact = None
        view = ContactCardView(card)
        if view.has_card:
            self.contact = view
            self._column.insertWidget(self._column.count() - 1, view)
            apply_theme(self)
        else:
            view.deleteLater()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            apply_theme(self)

    def show_results(
        self,
        results: Sequence[CheckResult],
        os_family: OSFamily,
        set_asides: Mapping[str, SetAsideLike],
        *,
        can_auto_fix: Callable[[AutoFix], bool] | None = None,
        checked_at: Mapping[str, float] | None = None,
        now: float | None = None,
    ) -> None:
        """Show `results` with the user's active set-asides (none for a recording).
        `checked_at` maps check ids to when their verdict was reached; each tile says how
        old its oldest verdict is, as of `now`."""
        self._tile_times = {}
        for area, tile in self.tiles.items():
            members = [r for r in results if r.meta.category is area]
            times = [
                checked_at[r.meta.id]
                for r in members
                if checked_at is not None and r.meta.id in checked_at
            ]
            if times:
                self._tile_times[area] = min(times)
            when = checked_line(min(times), now) if times and now is not None else ""
            tile.show_summary(summarize(members, set_asides.keys()), when)
        self._turned_off = sum(1 for r in results if is_turned_off(r))
        self.show_assessment(assess(results, os_family, set_asides, can_auto_fix=can_auto_fix))

    def show_assessment(self, assessment: Assessment) -> None:
        """Render the one assessment the terminal and JSON reports render too."""
        self._assessment = assessment
        score = assessment.score
        self.ring.set_value(score.value)
        counts = dict(assessment.counts)
        needs_action = counts.get(StatusWord.ACTION_NEEDED, 0)
        open_advice = counts.get(StatusWord.ACTION_RECOMMENDED, 0) + counts.get(StatusWord.TIP, 0)
        if score.value is None:
            self.verdict.setText(self.tr("Nothing could be checked yet"))
        elif needs_action:
            self.verdict.setText(
                tr_plural(
                    "1 problem needs your attention",
                    "%n problems need your attention",
                    needs_action,
                )
            )
        elif open_advice:
            self.verdict.setText(self.tr("Looking good, with a few recommendations"))
        else:
            self.verdict.setText(all_good_text())
        self.counts.setText(count_line(assessment, self._turned_off))
        gains = assessment.top_gains()
        if gains:
            marker = f" ({word_text(StatusWord.SET_ASIDE)})"
            self.gains.set_gains(
                [
                    (g.points, engine_text(g.result.meta.title) + (marker if g.set_aside else ""))
                    for g in gains
                ]
            )
            self.gains.show()
        else:
            self.gains.hide()
        first = assessment.first
        if first is None:
            self.card.hide()
            self._first_id = ""
            return
        self._first_id = first.result.meta.id
        # The fix's own words ("Turn on the firewall"), not the check's name ("Firewall on"),
        # which reads as if all were well.
        fix = first.result.finding.fix
        self.card_title.setText(
            engine_text(fix.title if fix is not None else first.result.meta.title)
        )
        self.card_summary.setText(engine_text(first.result.finding.summary))
        self.card_why.setText(engine_text(first.why))
        self.card.show()

    def tick(self, now: float) -> None:
        """Bring the tiles' "Checked 5 minutes ago" up to date."""
        for area, then in self._tile_times.items():
            tile = self.tiles[area]
            tile.show_summary(tile.summary, checked_line(then, now))

    def show_history(self, runs: Sequence[RunRecord]) -> None:
        """The score's trend over the recorded checkups, oldest first, the latest being the
        one shown; nothing when there is no earlier checkup to compare with."""
        self.trend_chart.set_scores([run.score for run in runs])
        drawn = len(self.trend_chart.scores)
        self.trend_caption.setText(_tr_home("Your last %n checkups", drawn))
        self.trend_caption.setVisible(drawn >= 2)
        text = trend_line(runs)
        self.trend.setText(text)
        self.trend.setVisible(bool(text))

    def set_review_line(self, text: str) -> None:
        """ "N accounts due for an MFA review", or nothing (the text is the button's, with
        its own shortcut letter: Alt+V)."""
        self.review.setText(
            self.tr("%1 · Re&view…").replace("%1", literal_mnemonic(text)) if text else ""
        )
        self.review.setAccessibleName(text)
        self.review.setVisible(bool(text))

    @property
    def suggested_check(self) -> str:
        return self._first_id

    @property
    def assessment(self) -> Assessment | None:
        """What is shown, as computed; None before the first checkup."""
        return self._assessment


def count_line(assessment: Assessment, turned_off: int = 0) -> str:
    """ "Action needed: 1 · Action recommended: 2 · Good: 8": the list's own words, counted.
    The `turned_off` checks (by the organisation) are counted apart from the others not run,
    in the words their cards use."""
    counts = [
        (word_text(word), n - turned_off if word is StatusWord.NOT_RUN else n)
        for word, n in assessment.counts
    ]
    if turned_off:
        counts.append((turned_off_text(), turned_off))
    return " · ".join(
        engine_text(fmt(N_("{label}: {value}"), label=text, value=QLocale().toString(n)))
        for text, n in counts
        if n > 0
    )

"""An area's page: its findings as cards, problems first, the good ones folded away.

Each card says the status in the app's one vocabulary (engine.status_words), the title, one
line, and carries its primary action ("Fix it…" when there is a guide, otherwise "Check
again"), so the common path needs no detour through the details. Clicking a card (or its
"Details" button) opens the finding page.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hygiene_app.engine.model import Category, CheckResult, Status
from hygiene_app.engine.runner import is_turned_off
from hygiene_app.engine.status_words import status_word
from hygiene_app.services.set_aside import SetAside
from hygiene_app.ui import theme
from hygiene_app.ui.findings_model import STATUS_RANK, second_line, status_label
from hygiene_app.ui.home import (
    CARD,
    GRID,
    apply_theme,
    heading,
    make_chip,
    make_primary,
    summarize,
    tile_line,
)
from hygiene_app.ui.icons import status_icon
from hygiene_app.ui.sidebar import page_title
from hygiene_app.ui.widgets import engine_text, plain_label, tr_plural, wrapped_label

#: Shown on top: what to act on and what could not be told.
SHOWN = frozenset({Status.FAIL, Status.WARN, Status.ERROR, Status.UNKNOWN})


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("AreaPage", text, "", n)


def order_key(result: CheckResult, set_aside: bool) -> tuple[int, int, str]:
    """Problems first, worst first; set-aside ones with the good news (as the list sorted)."""
    rank = STATUS_RANK[Status.PASS] if set_aside else STATUS_RANK[result.status]
    return (rank, -int(result.severity), result.meta.title)


class FindingCard(QFrame):
    """One finding: status chip, bold title, one line, and its primary action."""

    fix_requested = Signal(str)
    recheck_requested = Signal(str)
    open_requested = Signal(str)

    def __init__(
        self, result: CheckResult, set_aside: SetAside | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.result = result
        check_id = result.meta.id
        self.setObjectName(CARD)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        mark = plain_label()
        mark.setPixmap(status_icon(result.status, set_aside is not None).pixmap(16, 16))
        self.chip = make_chip(
            plain_label(status_label(result, set_aside), bold=True),
            status_word(result, set_aside is not None),
        )
        self.title = wrapped_label(engine_text(result.meta.title), bold=True, size_delta=1)
        self.line = wrapped_label(second_line(result, set_aside))
        for label in (self.title, self.line):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        chip_row = QHBoxLayout()
        chip_row.setSpacing(GRID // 2)
        chip_row.addWidget(mark)
        chip_row.addWidget(self.chip)
        chip_row.addStretch(1)
        words = QVBoxLayout()
        words.setSpacing(GRID // 2)
        words.addLayout(chip_row)
        words.addWidget(self.title)
        words.addWidget(self.line)

        fixable = result.status.is_problem and result.finding.fix is not None
        off = is_turned_off(result)
        self.primary = QPushButton(_tr("&Fix it…") if fixable else _tr("Check &again"))
        if fixable:
            make_primary(self.primary)
        action = self.primary.text().replace("&", "").rstrip("…")
        title = engine_text(result.meta.title)
        self.primary.setAccessibleName(f"{action}: {title}")
        if fixable:
            self.primary.clicked.connect(lambda: self.fix_requested.emit(check_id))
        else:
            self.primary.clicked.connect(lambda: self.recheck_requested.emit(check_id))
        self.details_button = QPushButton(_tr("&Details"))
        self.details_button.setAccessibleName(f"{_tr('Details')}: {title}")
        self.details_button.clicked.connect(lambda: self.open_requested.emit(check_id))
        buttons = QVBoxLayout()
        buttons.setSpacing(GRID // 2)
        # A check the organisation turned off has nothing to act on here: checking it again
        # would say the same.
        self.primary.setVisible(not off)
        buttons.addWidget(self.primary)
        buttons.addWidget(self.details_button)
        buttons.addStretch(1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(GRID * 2, GRID * 3 // 2, GRID * 2, GRID * 3 // 2)
        layout.setSpacing(GRID * 2)
        layout.addLayout(words, 1)
        layout.addLayout(buttons)
        self.setAccessibleName(f"{title}, {status_label(result, set_aside)}")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.open_requested.emit(self.result.meta.id)
        super().mouseReleaseEvent(event)


class AreaPage(QScrollArea):
    """The findings of one area."""

    fix_requested = Signal(str)
    recheck_requested = Signal(str)
    open_requested = Signal(str)

    def __init__(self, area: Category, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self.setObjectName(f"area-{area.value}")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.cards: list[FindingCard] = []
        body = QWidget()
        self.heading = heading(page_title(area.value), theme.TypeRole.TITLE)
        self.state_line = wrapped_label()
        self.empty = wrapped_label(empty_text(area))
        self.empty.hide()
        self.top_box = QVBoxLayout()
        self.top_box.setSpacing(GRID * 3 // 2)
        self.fold_button = QToolButton()
        self.fold_button.setCheckable(True)
        self.fold_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.fold_button.setArrowType(Qt.ArrowType.RightArrow)
        self.fold_button.setAutoRaise(True)
        self.fold_button.toggled.connect(self._fold_toggled)
        self.fold_button.hide()
        self.folded = QWidget()
        self.folded_box = QVBoxLayout(self.folded)
        self.folded_box.setContentsMargins(0, 0, 0, 0)
        self.folded_box.setSpacing(GRID * 3 // 2)
        self.folded.hide()
        layout = QVBoxLayout(body)
        self._column = layout
        layout.setContentsMargins(GRID * 3, GRID * 3, GRID * 3, GRID * 3)
        layout.setSpacing(GRID * 2)
        layout.addWidget(self.heading)
        layout.addWidget(self.state_line)
        layout.addWidget(self.empty)
        layout.addLayout(self.top_box)
        layout.addWidget(self.fold_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.folded)
        layout.addStretch(1)
        self.setWidget(body)
        self.show_results((), {})

    def show_results(
        self,
        results: Sequence[CheckResult],
        set_asides: Mapping[str, SetAside],
        keep_shown: Collection[str] = (),
    ) -> None:
        """Cards for this area's findings among `results`; `keep_shown` stay on top whatever
        they say (one just fixed stays in view, turned green, until the next checkup)."""
        for card in self.cards:
            card.hide()
            card.deleteLater()
        self.cards = []
        members = sorted(
            (r for r in results if r.meta.category is self.area),
            key=lambda r: order_key(r, r.meta.id in set_asides),
        )
        summary = summarize(members, set_asides.keys())
        self.empty.setVisible(not members)
        self.state_line.setVisible(bool(members))
        self.state_line.setText(tile_line(summary))
        folded = 0
        for result in members:
            card = FindingCard(result, set_asides.get(result.meta.id))
            card.fix_requested.connect(self.fix_requested)
            card.recheck_requested.connect(self.recheck_requested)
            card.open_requested.connect(self.open_requested)
            self.cards.append(card)
            # Turned off by the organisation: in view (not a problem, not hidden among the
            # good ones), after the problems.
            if result.status in SHOWN or result.meta.id in keep_shown or is_turned_off(result):
                self.top_box.addWidget(card)
            else:
                self.folded_box.addWidget(card)
                folded += 1
        self.fold_button.setText(tr_plural("1 more is &good", "%n more are &good", folded))
        self.fold_button.setAccessibleName(self.fold_button.text().replace("&", ""))
        self.fold_button.setVisible(bool(folded))
        self.folded.setVisible(bool(folded) and self.fold_button.isChecked())
        apply_theme(self)
        # A card without its primary action (turned off by the organisation) takes the width
        # of the actions above it, styled as they are now: the Details buttons line up.
        shown = [c for c in self.cards if c.parentWidget() is not self.folded]
        width = max(
            (c.primary.sizeHint().width() for c in shown if not c.primary.isHidden()),
            default=0,
        )
        for card in self.cards:
            if card.primary.isHidden():
                card.details_button.setMinimumWidth(width)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            apply_theme(self)

    def add_footer(self, widget: QWidget) -> None:
        """Put `widget` under the findings, above the page's closing stretch (the Phishing
        area's "Spot the phish" card)."""
        self._column.insertWidget(self._column.count() - 1, widget)
        apply_theme(self)

    def check_ids(self) -> list[str]:
        return [card.result.meta.id for card in self.cards]

    def shown_ids(self) -> list[str]:
        """The cards on top, in order (the folded ones left out)."""
        return [c.result.meta.id for c in self.cards if c.parentWidget() is not self.folded]

    def card(self, check_id: str) -> FindingCard | None:
        return next((c for c in self.cards if c.result.meta.id == check_id), None)

    def _fold_toggled(self, unfolded: bool) -> None:
        self.fold_button.setArrowType(
            Qt.ArrowType.DownArrow if unfolded else Qt.ArrowType.RightArrow
        )
        self.folded.setVisible(unfolded)


def empty_text(_area: Category) -> str:
    """What an area with no finding says (a recording made by an older version, or a
    checkup limited to other checks); every area says the same for now."""
    return _tr("Nothing was checked in this area.")

"""The top of the window: the score, what it is made of, and the one thing to do first."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hygiene_app.engine.assessment import Assessment, SetAsideLike, assess
from hygiene_app.engine.model import AutoFix, CheckResult, OSFamily
from hygiene_app.engine.status_words import StatusWord
from hygiene_app.ui.findings_model import all_good_text, word_text
from hygiene_app.ui.widgets import plain_label


def _label(text: str = "", *, bold: bool = False, size: float = 0.0, wrap: bool = True) -> QLabel:
    label = plain_label(text)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold or size:
        font = label.font()
        font.setBold(bold)
        if size:
            font.setPointSizeF(font.pointSizeF() * size)
        label.setFont(font)
    return label


class OverviewPanel(QFrame):
    """Score, counts, biggest gains and the "do this first" card."""

    #: The user asked to fix the suggested finding: its check id.
    fix_requested = Signal(str)
    #: The user asked to see the accounts due for an MFA review.
    reviews_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overview")
        self.setAccessibleName(self.tr("Overview"))
        self._first_id = ""
        self._assessment: Assessment | None = None

        self.score = _label("—", bold=True, size=2.6, wrap=False)
        self.score.setAccessibleName(self.tr("Score"))
        self.verdict = _label(self.tr("No checkup yet"), bold=True, size=1.15)
        self.counts = _label()
        self.counts.setAccessibleName(self.tr("Counts by status"))
        self.gains = _label()
        self.gains.setAccessibleName(self.tr("What would raise the score"))
        self.gains.setTextFormat(Qt.TextFormat.PlainText)

        out_of = _label(self.tr("out of 100"), wrap=False)
        out_of.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        number = QVBoxLayout()
        number.setSpacing(0)
        number.addWidget(self.score, 0, Qt.AlignmentFlag.AlignHCenter)
        number.addWidget(out_of)
        score_box = QHBoxLayout()
        score_box.setSpacing(14)
        score_box.addLayout(number)
        words = QVBoxLayout()
        words.addWidget(self.verdict)
        words.addWidget(self.counts)
        score_box.addLayout(words, 1)

        self.card = QFrame()
        self.card.setObjectName("doThisFirst")
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card_heading = _label(self.tr("Do this first"), bold=True)
        self.card_title = _label(bold=True, size=1.1)
        self.card_summary = _label()
        self.card_why = _label()
        self.card_why.setObjectName("doThisFirstWhy")
        self.card_why.setAccessibleName(self.tr("Why this fix comes first"))
        self.card_button = QPushButton(self.tr("Fix it…"))
        self.card_button.setAccessibleName(self.tr("Fix the suggested problem"))
        self.card_button.setAccessibleDescription(
            self.tr("Opens step-by-step help for the most valuable fix")
        )
        self.card_button.clicked.connect(lambda: self.fix_requested.emit(self._first_id))
        card_layout = QVBoxLayout(self.card)
        card_layout.addWidget(self.card_heading)
        card_layout.addWidget(self.card_title)
        card_layout.addWidget(self.card_summary)
        card_layout.addWidget(self.card_why)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.card_button)
        card_layout.addLayout(row)
        self.card.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(score_box)
        layout.addWidget(self.gains)
        self.review = QPushButton()
        self.review.setFlat(True)
        self.review.setAccessibleDescription(self.tr("Opens your accounts to review them"))
        self.review.clicked.connect(self.reviews_requested.emit)
        self.review.hide()
        layout.addWidget(self.review, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.card)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def show_results(
        self,
        results: Sequence[CheckResult],
        os_family: OSFamily,
        set_asides: Mapping[str, SetAsideLike],
        *,
        can_auto_fix: Callable[[AutoFix], bool] | None = None,
    ) -> None:
        """Show `results` with the user's active set-asides (none for a recording)."""
        self.show_assessment(assess(results, os_family, set_asides, can_auto_fix=can_auto_fix))

    def show_assessment(self, assessment: Assessment) -> None:
        """Render the one assessment the terminal and JSON reports render too."""
        self._assessment = assessment
        score = assessment.score
        self.score.setText("—" if score.value is None else str(score.value))
        counts = dict(assessment.counts)
        needs_action = counts.get(StatusWord.ACTION_NEEDED, 0)
        open_advice = counts.get(StatusWord.ACTION_RECOMMENDED, 0) + counts.get(StatusWord.TIP, 0)
        if score.value is None:
            self.verdict.setText(self.tr("Nothing could be checked yet"))
        elif needs_action == 1:
            self.verdict.setText(self.tr("1 problem needs your attention"))
        elif needs_action:
            self.verdict.setText(
                self.tr("%1 problems need your attention").replace("%1", str(needs_action))
            )
        elif open_advice:
            self.verdict.setText(self.tr("Looking good, with a few recommendations"))
        else:
            self.verdict.setText(all_good_text())
        self.counts.setText(count_line(assessment))
        gains = assessment.top_gains()
        if gains:
            marker = f" ({word_text(StatusWord.SET_ASIDE)})"
            lines = [self.tr("What would raise your score:")]
            lines += [
                f"  +{g.points}  {g.result.meta.title}{marker if g.set_aside else ''}"
                for g in gains
            ]
            self.gains.setText("\n".join(lines))
            self.gains.show()
        else:
            self.gains.hide()
        first = assessment.first
        if first is None:
            self.card.hide()
            self._first_id = ""
            return
        self._first_id = first.result.meta.id
        self.card_title.setText(first.result.meta.title)
        self.card_summary.setText(first.result.finding.summary)
        self.card_why.setText(first.why)
        self.card.show()

    def set_review_line(self, text: str) -> None:
        """ "N accounts due for an MFA review", or nothing."""
        self.review.setText(text)
        self.review.setAccessibleName(text)
        self.review.setVisible(bool(text))

    @property
    def suggested_check(self) -> str:
        return self._first_id

    @property
    def assessment(self) -> Assessment | None:
        """What is shown, as computed; None before the first checkup."""
        return self._assessment


def count_line(assessment: Assessment) -> str:
    """ "Action needed: 1 · Action recommended: 2 · Good: 8": the list's own words, counted."""
    return " · ".join(f"{word_text(word)}: {n}" for word, n in assessment.counts)

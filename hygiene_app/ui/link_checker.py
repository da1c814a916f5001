"""The link checker tool: paste a link, read why it looks like phishing (or not).

The link is only read, never opened, fetched or sent (services.link_check), so checking a link
cannot tell its sender anything. A link is data from somebody else: every text here is plain,
never rich text, and a long address wraps instead of widening the window.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hygiene_app.engine.text import terminal_safe
from hygiene_app.services.link_check import Level, LinkError, LinkVerdict, check_link
from hygiene_app.ui import theme
from hygiene_app.ui.widgets import engine_text, plain_label, scrolling_column, wrapped_label


def _shown(text: str) -> str:
    """Text from a link, inert: control and direction-changing characters would reorder or hide
    what the label shows (a right-to-left override turns "gpj.exe" around), so they show as
    "?"."""
    return terminal_safe(text)


def _wrapping(label: QLabel) -> QLabel:
    """A label whose long unbroken words (a 200-character host) do not widen the window."""
    # A minimum of its own replaces the label's hint (the width of its longest word).
    label.setMinimumWidth(1)
    return label


class LinkCheckerWindow(QWidget):
    #: A link was checked (or found not to be one) and the answer is shown.
    checked = Signal()

    def __init__(self, *, known_domains: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._known = tuple(known_domains)
        #: The last answer (None before a check, or when the text was not a link).
        self.verdict: LinkVerdict | None = None
        self.reason_labels: list[QLabel] = []
        self.setWindowTitle(self.tr("Link checker"))
        self.resize(800, 560)

        body = scrolling_column(self)
        body.addWidget(
            wrapped_label(self.tr("Is this link safe to open?"), bold=True, size_delta=3)
        )
        body.addWidget(
            wrapped_label(
                self.tr(
                    "Paste a link from an e-mail, a message or a web page. The checker reads "
                    "its address for the tricks phishing uses: names that imitate a brand or "
                    "one of your accounts, a real name in front of somebody else's address, "
                    "hidden numbers and shorteners. The link is never opened and nothing is "
                    "sent anywhere."
                )
            )
        )
        self.field = QLineEdit()
        self.field.setObjectName("linkField")
        self.field.setPlaceholderText("https://")
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(self.tr("Link to check"))
        self.field.setAccessibleDescription(self.tr("Only read here, never opened"))
        self.field.returnPressed.connect(self.check)
        self.field.textChanged.connect(self._text_changed)
        self.check_button = QPushButton(self.tr("&Check"))
        self.check_button.setObjectName("checkLinkButton")
        self.check_button.setAccessibleName(self.tr("Check the link"))
        self.check_button.setAutoDefault(False)
        self.check_button.setEnabled(False)
        self.check_button.clicked.connect(self.check)
        row = QHBoxLayout()
        row.addWidget(plain_label(self.tr("&Link:"), buddy=self.field))
        row.addWidget(self.field, 1)
        row.addWidget(self.check_button)
        body.addLayout(row)

        self.verdict_label = _wrapping(wrapped_label(bold=True, size_delta=2))
        self.verdict_label.setObjectName("linkVerdict")
        self.verdict_label.setAccessibleName(self.tr("Verdict"))
        body.addWidget(self.verdict_label)
        self.target_label = _wrapping(wrapped_label())
        self.target_label.setObjectName("linkTarget")
        self.target_label.setAccessibleName(self.tr("Where the link goes"))
        body.addWidget(self.target_label)
        self.reasons_column = QVBoxLayout()
        self.reasons_column.setSpacing(theme.space(2))
        body.addLayout(self.reasons_column)
        body.addStretch(1)
        self._show_nothing()

    # ----- checking -------------------------------------------------------------------------

    def check_text(self, text: str) -> LinkVerdict | None:
        """Put `text` in the field and check it (for the Tools page and tests)."""
        self.field.setText(text)
        return self.check()

    def check(self) -> LinkVerdict | None:
        text = self.field.text()
        if not text.strip():
            self._show_nothing()
            self.checked.emit()
            return None
        try:
            verdict = check_link(text, self._known)
        except LinkError as exc:
            self.verdict = None
            self._clear_reasons()
            self._say(_shown(engine_text(exc.text)), None)
            self.target_label.setText("")
            self.target_label.setVisible(False)
            self.checked.emit()
            return None
        self.verdict = verdict
        self._show(verdict)
        self.checked.emit()
        return verdict

    def _text_changed(self, text: str) -> None:
        """A changed link is not the one the verdict is about: the verdict goes."""
        self.check_button.setEnabled(bool(text.strip()))
        if self.verdict is not None or self.verdict_label.text():
            self._show_nothing()

    # ----- showing --------------------------------------------------------------------------

    def _show_nothing(self) -> None:
        self.verdict = None
        self._clear_reasons()
        self.verdict_label.setText("")
        self.verdict_label.setVisible(False)
        self.target_label.setText("")
        self.target_label.setVisible(False)

    def _say(self, text: str, tone: theme.Tone | None) -> None:
        colour = theme.tone_hex(tone, theme.is_dark(self)) if tone is not None else ""
        self.verdict_label.setStyleSheet(f"color: {colour};" if colour else "")
        self.verdict_label.setText(text)
        self.verdict_label.setVisible(True)

    def _show(self, verdict: LinkVerdict) -> None:
        self._clear_reasons()
        tone = theme.Tone.ACTION_NEEDED if verdict.suspicious else theme.Tone.GOOD
        self._say(_shown(engine_text(verdict.summary)), tone)
        if verdict.host:
            if verdict.domain and verdict.domain != verdict.host:
                where = self.tr("It goes to {host}, a page of the site {domain}.").format(
                    host=_shown(verdict.host), domain=_shown(verdict.domain)
                )
            else:
                where = self.tr("It goes to {host}.").format(host=_shown(verdict.host))
            self.target_label.setText(where)
            self.target_label.setVisible(True)
        else:
            self.target_label.setVisible(False)
        warnings = [r for r in verdict.reasons if r.level is Level.WARNING]
        notes = [r for r in verdict.reasons if r.level is Level.NOTE]
        if warnings:
            self._add_heading(self.tr("Why"))
            for reason in warnings:
                self._add_reason(
                    self.tr("\u2022 {reason}").format(reason=_shown(engine_text(reason.text)))
                )
        if notes:
            self._add_heading(self.tr("Good to know"))
            for reason in notes:
                self._add_reason(
                    self.tr("\u2022 {reason}").format(reason=_shown(engine_text(reason.text)))
                )
        if verdict.suspicious:
            self._add_heading(self.tr("What to do"))
            self._add_reason(
                self.tr(
                    "Do not click it and do not sign in from it. If the message says there is a "
                    "problem with an account, open the company's site or app yourself, as you "
                    "usually do, and look there. Report the message as phishing to your "
                    "e-mail provider, then delete it."
                )
            )

    def _add_heading(self, text: str) -> None:
        label = plain_label(text, bold=True)
        self.reasons_column.addWidget(label)
        label.setVisible(True)  # now, not when the layout gets round to it
        self.reason_labels.append(label)

    def _add_reason(self, text: str) -> None:
        label = _wrapping(wrapped_label(text))
        self.reasons_column.addWidget(label)
        label.setVisible(True)  # now, not when the layout gets round to it
        self.reason_labels.append(label)

    def _clear_reasons(self) -> None:
        for label in self.reason_labels:
            self.reasons_column.removeWidget(label)
            label.deleteLater()
        self.reason_labels = []

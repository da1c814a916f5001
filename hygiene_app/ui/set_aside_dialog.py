"""Snooze a finding for a while, or accept its risk with a reason and an end date."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hygiene_app.engine.i18n import fmt_plural
from hygiene_app.services.set_aside import SetAside, SetAsideKind
from hygiene_app.ui.widgets import engine_text, plain_label

DAY = 86400.0
#: The dialog's narrowest width, in logical pixels.
MIN_WIDTH = 440
#: (label, days) offered for how long.
DURATIONS = (
    (fmt_plural("{n} day", "{n} days", 1, n=1), 1),
    (fmt_plural("{n} week", "{n} weeks", 1, n=1), 7),
    (fmt_plural("{n} month", "{n} months", 1, n=1), 30),
    (fmt_plural("{n} month", "{n} months", 3, n=3), 90),
)


class SetAsideDialog(QDialog):
    def __init__(
        self,
        check_id: str,
        title: str,
        *,
        clock: Callable[[], float],
        may_snooze: bool = True,
        may_accept: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        """`may_snooze`, `may_accept`: what the organisation lets staff do with this finding
        (the other choice is shown, disabled, with the reason)."""
        super().__init__(parent)
        self._check_id = check_id
        self._clock = clock
        self.setWindowTitle(self.tr("Set aside: %s") % title)
        intro = plain_label(
            self.tr(
                "A finding you set aside stays in the list, marked with your choice, until the "
                "date you choose; it is not announced or suggested first meanwhile. Your score "
                "does not change: it describes this computer, not the choices made about it."
            )
        )
        intro.setWordWrap(True)
        self.snooze = QRadioButton(self.tr("Snooze: remind me later"))
        self.accept_risk = QRadioButton(self.tr("Accept the risk: I have a reason"))
        self.snooze.setEnabled(may_snooze)
        self.accept_risk.setEnabled(may_accept)
        (self.snooze if may_snooze or not may_accept else self.accept_risk).setChecked(True)
        #: Why a choice is not offered: the organisation's policy.
        self.policy_note = plain_label(
            self.tr("Your organisation does not allow snoozing this finding.")
            if not may_snooze
            else self.tr("Your organisation does not allow accepting the risk of this finding.")
        )
        self.policy_note.setWordWrap(True)
        self.policy_note.setVisible(not (may_snooze and may_accept))
        group = QButtonGroup(self)
        group.addButton(self.snooze)
        group.addButton(self.accept_risk)
        self.duration = QComboBox()
        self.duration.setAccessibleName(self.tr("For how long"))
        for label, days in DURATIONS:
            self.duration.addItem(engine_text(label), days)
        self.duration.setCurrentIndex(1)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("e.g. our IT department manages the firewall"))
        self.reason.setMaxLength(200)
        form = QFormLayout()
        form.addRow(plain_label(self.tr("For how long:"), buddy=self.duration), self.duration)
        form.addRow(plain_label(self.tr("Reason:"), buddy=self.reason), self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.snooze)
        layout.addWidget(self.accept_risk)
        layout.addWidget(self.policy_note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        # Wide enough that the wrapped sentences (the intro, the organisation's note) keep
        # their height at any scale factor.
        self.setMinimumWidth(MIN_WIDTH)
        for signal in (self.reason.textChanged, self.accept_risk.toggled):
            signal.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        needs_reason = self.accept_risk.isChecked()
        chosen = self.snooze if self.snooze.isChecked() else self.accept_risk
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(chosen.isEnabled() and (not needs_reason or bool(self.reason.text().strip())))

    def set_aside(self) -> SetAside:
        """What the user chose (call after the dialog was accepted)."""
        now = self._clock()
        days = int(self.duration.currentData())
        kind = SetAsideKind.ACCEPT if self.accept_risk.isChecked() else SetAsideKind.SNOOZE
        return SetAside(
            self._check_id, kind, now + days * DAY, self.reason.text().strip(), created=now
        )

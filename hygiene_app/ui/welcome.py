"""The first-start welcome: what the app does, what never leaves this computer, and one button
to run the first checkup.

Shown once (the `welcomed` setting), never over a recording (that is somebody else's computer
and its viewer gets no first-start ceremony). Short on purpose: three plain points and a button,
in a scrolling column so nothing is cut off on a small screen at 2x.
"""

from __future__ import annotations

import contextlib
from dataclasses import replace

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hygiene_app.services.machine import Machine
from hygiene_app.ui import theme
from hygiene_app.ui.icons import app_icon, icon
from hygiene_app.ui.widgets import plain_label, scrolling_column, wrapped_label

ICON_PX = 48
POINT_ICON_PX = 24


class WelcomeDialog(QDialog):
    """Accepted through "Run my first checkup" (the default button); "Not now" rejects."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome to Hygiene Checkup"))
        self.setWindowIcon(app_icon())
        self.setAccessibleDescription(
            self.tr("What Hygiene Checkup does, and what never leaves this computer")
        )

        column = scrolling_column(self, margins=theme.space(6))
        column.setSpacing(theme.space(4))

        head = QHBoxLayout()
        head.setSpacing(theme.space(4))
        logo = plain_label()
        logo.setPixmap(app_icon().pixmap(QSize(ICON_PX, ICON_PX)))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        head.addWidget(logo)
        title = wrapped_label(self.tr("Welcome to Hygiene Checkup"))
        title.setFont(theme.scaled_font(title.font(), theme.TypeRole.TITLE))
        title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        head.addWidget(title, 1)
        column.addLayout(head)

        intro = wrapped_label(
            self.tr(
                "A short checkup of the habits that keep you safe online, with plain steps to "
                "fix what needs it."
            )
        )
        column.addWidget(intro)

        points = (
            (
                "area-home",
                self.tr("What it looks at"),
                self.tr(
                    "Your passwords, two-step verification, updates, Wi-Fi and this device. "
                    "It takes about a minute and changes nothing by itself."
                ),
            ),
            (
                "status-pass",
                self.tr("What never leaves this computer"),
                self.tr(
                    "Your passwords, files and results stay here. A password is only ever "
                    "checked against breach lists by the first 5 characters of its hash, "
                    "never in full."
                ),
            ),
            (
                "area-tools",
                self.tr("You stay in charge"),
                self.tr(
                    "Every fix is explained step by step, and nothing is changed without "
                    "you asking for it."
                ),
            ),
        )
        for icon_name, heading, body in points:
            row = QHBoxLayout()
            row.setSpacing(theme.space(3))
            picture = plain_label()
            picture.setPixmap(icon(icon_name).pixmap(QSize(POINT_ICON_PX, POINT_ICON_PX)))
            picture.setAlignment(Qt.AlignmentFlag.AlignTop)
            picture.setFixedWidth(POINT_ICON_PX + theme.space(1))
            row.addWidget(picture)
            text = QVBoxLayout()
            text.setSpacing(theme.space(1))
            head_label = wrapped_label(heading)
            head_label.setFont(theme.scaled_font(head_label.font(), theme.TypeRole.SECTION))
            text.addWidget(head_label)
            text.addWidget(wrapped_label(body))
            row.addLayout(text, 1)
            column.addLayout(row)
        column.addStretch(1)

        buttons = QDialogButtonBox()
        self.run_button = QPushButton(self.tr("&Run my first checkup"))
        self.run_button.setObjectName("primary")
        self.run_button.setDefault(True)
        self.run_button.setAutoDefault(True)
        self.run_button.setStyleSheet(theme.primary_button_style(theme.is_dark(self)))
        buttons.addButton(self.run_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = buttons.addButton(
            self.tr("&Not now"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        bottom = QVBoxLayout()
        bottom.setContentsMargins(theme.space(6), 0, theme.space(6), theme.space(5))
        bottom.addWidget(buttons)
        outer = self.layout()
        if isinstance(outer, QVBoxLayout):
            outer.addLayout(bottom)
        self.resize(560, 440)
        self.run_button.setFocus()


def should_welcome(machine: Machine) -> bool:
    """The welcome is for someone starting the app on their own computer for the first time."""
    return machine.may_change and not machine.settings.load().welcomed


def mark_welcomed(machine: Machine) -> None:
    """Remember that the welcome was shown (a failed save shows it again next time: harmless)."""
    if machine.may_change:
        with contextlib.suppress(OSError):
            machine.settings.update(lambda s: replace(s, welcomed=True))

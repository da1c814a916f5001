"""Strips across the top of the window that say something about the whole machine: that it is
a recording instead of this computer, or that the organisation's settings could not be read.

Support staff open a user's snapshot in the same window people use for their own computer; the
one thing they must never be unsure about is which machine they are looking at. Staff on a
managed computer must know when their organisation's policy is not in force, calmly: the usual
checks still run.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from hygiene_app.engine.model import Status
from hygiene_app.services.machine import Recording
from hygiene_app.services.policy import LoadedPolicy
from hygiene_app.ui.icons import status_icon
from hygiene_app.ui.widgets import engine_text, plain_label, wrapped_label

_ICON_PX = 20


class _Banner(QFrame):
    """A quiet strip: an icon and one plain-text message; hidden when there is nothing to say."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.AlternateBase))
        self.setPalette(palette)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        mark = plain_label()
        mark.setPixmap(status_icon(Status.UNKNOWN).pixmap(_ICON_PX, _ICON_PX))
        mark.setFixedSize(_ICON_PX, _ICON_PX)
        row.addWidget(mark)
        self.text: QLabel = wrapped_label()
        row.addWidget(self.text, 1)

    def say(self, text: str) -> None:
        self.text.setText(text)
        self.setVisible(bool(text))


class RecordingBanner(_Banner):
    """Hidden for this computer; for a recording, names its OS, when it was made and the file."""

    def __init__(self, recording: Recording | None, parent: QWidget | None = None) -> None:
        super().__init__("recordingBanner", parent)
        self.text.setAccessibleName(self.tr("Recording"))
        self.say(engine_text(recording.describe()) if recording else "")


class PolicyBanner(_Banner):
    """Hidden unless the organisation's policy could not be used: then says so, that the
    usual checks apply, and why (the file, the line and the reason, as plain text)."""

    def __init__(self, loaded: LoadedPolicy, parent: QWidget | None = None) -> None:
        super().__init__("policyBanner", parent)
        self.text.setAccessibleName(self.tr("Your organisation's settings"))
        self.say(engine_text(loaded.warning()))

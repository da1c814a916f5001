"""The strip across the top of a window that shows a recording instead of this computer.

Support staff open a user's snapshot in the same window people use for their own computer; the
one thing they must never be unsure about is which machine they are looking at.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from hygiene_app.engine.model import Status
from hygiene_app.services.machine import Recording
from hygiene_app.ui.icons import status_icon
from hygiene_app.ui.widgets import engine_text, plain_label, wrapped_label

_ICON_PX = 20


class RecordingBanner(QFrame):
    """Hidden for this computer; for a recording, names its OS, when it was made and the file."""

    def __init__(self, recording: Recording | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordingBanner")
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
        self.text = wrapped_label(
            engine_text(Recording.MESSAGE).format(**recording.fields()) if recording else ""
        )
        self.text.setAccessibleName(self.tr("Recording"))
        row.addWidget(self.text, 1)
        self.setVisible(recording is not None)

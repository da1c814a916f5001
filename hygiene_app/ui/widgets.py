"""Small widgets the app's screens share."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from hygiene_app.engine.i18n import TRANSLATION_CONTEXT


def wrapped_label(text: str = "", *, bold: bool = False, size_delta: int = 0) -> QLabel:
    """A plain-text, word-wrapped, selectable label (the wizard's style)."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    if bold or size_delta:
        font = QFont(label.font())
        font.setBold(bold)
        if size_delta and font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() + size_delta)
        label.setFont(font)
    return label


def engine_text(text: str) -> str:
    """A service string (marked with N_) in the user's language."""
    return QCoreApplication.translate(TRANSLATION_CONTEXT, text)


def scrolling_column(owner: QWidget, margins: int = 12) -> QVBoxLayout:
    """A scrolling column filling `owner`, so nothing is cut off on a small screen."""
    content = QWidget()
    column = QVBoxLayout(content)
    column.setContentsMargins(margins, margins, margins, margins)
    column.setSpacing(10)
    scroll = QScrollArea()
    scroll.setWidget(content)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return column

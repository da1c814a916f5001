"""Small widgets the app's screens share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel


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

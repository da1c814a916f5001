"""What the app says about snoozing and accepting a risk matches what it does: the finding
stays, marked, and the score does not move."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from hygiene_app.ui.details import DetailsPane
from hygiene_app.ui.set_aside_dialog import SetAsideDialog
from tests.support import NOW


def test_the_dialog_promises_no_score_change(qtbot):
    dialog = SetAsideDialog("NET-001", "Firewall on", clock=lambda: NOW)
    qtbot.addWidget(dialog)
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "score does not change" in text
    assert "does not count in your score" not in text


def test_the_button_describes_a_mark_not_a_score_change(qtbot):
    pane = DetailsPane()
    qtbot.addWidget(pane)
    description = pane.set_aside_button.accessibleDescription()
    assert "score" not in description
    assert "snoozed" in description

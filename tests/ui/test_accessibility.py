"""Every control a person can reach has a name a screen reader can say, and takes focus."""

from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QTreeView, QWidget

from hygiene_app.checks import default_registry
from hygiene_app.engine.snapshot import Snapshot
from hygiene_app.ui.controller import CheckupController
from hygiene_app.ui.findings_model import ResultRole
from hygiene_app.ui.main_window import MainWindow
from hygiene_app.ui.wizard import FixWizard
from tests.support import as_this_computer

SNAPSHOT = (
    Path(__file__).resolve().parent.parent / "fixtures" / "snapshots" / "windows-11-cafe.json"
)
CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QTreeView)


def unnamed_controls(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
        if widget.focusPolicy().value == 0:  # Qt.NoFocus
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} takes no focus")
    return missing


def test_main_window_and_wizard_controls_are_named(qtbot, tmp_path):
    controller = CheckupController(
        default_registry(),
        as_this_computer(Snapshot.load(SNAPSHOT).seams(), tmp_path / "settings.json"),
    )
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(controller.finished, timeout=20000):
        controller.run_all()
    assert unnamed_controls(window) == []
    item = window.model.item_for(window.overview.suggested_check)
    wizard = FixWizard(item.data(ResultRole), controller, parent=window)
    qtbot.addWidget(wizard)
    wizard.show()
    while True:
        page = wizard.currentPage()
        assert unnamed_controls(page) == [], page.title()
        if wizard.nextId() == -1:
            break
        wizard.next()

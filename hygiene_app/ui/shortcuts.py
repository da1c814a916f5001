"""The keys every window answers to: Esc closes a dialog or tool window, Ctrl+W closes the
current window, Ctrl+Q quits and F5 runs a checkup.

One helper so that each window gets the same keys; a key the window already binds (the main
window's own F5 or Esc) is left to it, since two shortcuts on one key make Qt fire neither.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

CLOSE_KEY = QKeySequence("Ctrl+W")
QUIT_KEY = QKeySequence("Ctrl+Q")
RUN_KEY = QKeySequence(Qt.Key.Key_F5)
ESCAPE_KEY = QKeySequence(Qt.Key.Key_Escape)


def _bound(window: QWidget) -> set[str]:
    keys: set[str] = set()
    for shortcut in window.findChildren(QShortcut):
        if shortcut.parent() is window:
            keys.update(k.toString() for k in shortcut.keys())  # noqa: SIM118 (not a dict)
    return keys


def _add(window: QWidget, key: QKeySequence, name: str, slot: Callable[[], object]) -> None:
    if key.toString() in _bound(window):
        return
    shortcut = QShortcut(key, window)
    shortcut.setObjectName(name)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(slot)


def install_window_shortcuts(
    window: QWidget,
    *,
    run_checkup: Callable[[], object] | None = None,
    quit_app: Callable[[], object] | None = None,
    close_on_escape: bool = False,
) -> None:
    """Give `window` Ctrl+W (close it), Ctrl+Q (`quit_app`, the application's quit by default)
    and, when asked, F5 (`run_checkup`) and Esc (close: for dialogs and tool windows)."""
    _add(window, CLOSE_KEY, "closeWindowShortcut", window.close)
    _add(window, QUIT_KEY, "quitShortcut", quit_app or QCoreApplication.quit)
    if run_checkup is not None:
        _add(window, RUN_KEY, "runCheckupShortcut", run_checkup)
    if close_on_escape:
        _add(window, ESCAPE_KEY, "escapeShortcut", window.close)

"""Windows that fit the screen they open on, open where expected, and come back where the user
left them.

A window asking for 1100x720 logical pixels is larger than a 1366x768 laptop at 2x scaling
(683x384 logical, less the panel): every size here is clamped to the screen's *available*
geometry, in logical pixels, so it holds at any scale factor. Tool windows open centred over the
main window. Places are kept in the settings (`window_geometry`), never for a recording.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from hygiene_app.services.machine import Machine

#: The largest minimum size any window may ask for (the issue's 800x560 logical pixels).
MAX_MINIMUM = QSize(800, 560)
#: Of the available screen, how much a window may fill when it first opens.
OPEN_FRACTION = 0.9
#: At least this much of a remembered window must be on a screen for the place to be used.
MIN_VISIBLE = 80


def available_geometry(widget: QWidget) -> QRect:
    """The available geometry (without panels and docks, in logical pixels) of the screen
    `widget` is on, or the primary screen's. Tests replace this to pretend a small screen."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 640)


def _all_available() -> list[QRect]:
    return [s.availableGeometry() for s in QGuiApplication.screens()]


def _clamp_size(size: QSize, area: QRect, fraction: float = 1.0) -> QSize:
    return QSize(
        max(1, min(size.width(), int(area.width() * fraction))),
        max(1, min(size.height(), int(area.height() * fraction))),
    )


def _clamp_into(rect: QRect, area: QRect) -> QRect:
    """`rect` moved (not resized) so that it lies inside `area` as far as it fits."""
    x = min(max(rect.x(), area.left()), max(area.left(), area.right() + 1 - rect.width()))
    y = min(max(rect.y(), area.top()), max(area.top(), area.bottom() + 1 - rect.height()))
    return QRect(QPoint(x, y), rect.size())


def fit_to_screen(window: QWidget, preferred: QSize | None = None) -> QRect:
    """Size `window` to `preferred` (its current size by default) but never larger than 90% of
    the available screen, keep its minimum size within both 800x560 and the screen, and centre
    it there. Returns the geometry set."""
    area = available_geometry(window)
    minimum = window.minimumSize().boundedTo(MAX_MINIMUM).boundedTo(area.size())
    window.setMinimumSize(minimum)
    size = _clamp_size(preferred or window.size(), area, OPEN_FRACTION).expandedTo(minimum)
    rect = QRect(QPoint(0, 0), size)
    rect.moveCenter(area.center())
    rect = _clamp_into(rect, area)
    window.setGeometry(rect)
    return rect


def centre_over(window: QWidget, anchor: QWidget) -> QRect:
    """Place `window` (sized to fit its screen) centred over `anchor`, inside the screen."""
    area = available_geometry(anchor)
    size = _clamp_size(window.size(), area, OPEN_FRACTION)
    rect = QRect(QPoint(0, 0), size)
    rect.moveCenter(anchor.frameGeometry().center())
    rect = _clamp_into(rect, area)
    window.setGeometry(rect)
    return rect


def _visible_enough(rect: QRect, screens: list[QRect]) -> QRect | None:
    """The screen area that shows enough of `rect`, if any."""
    for area in screens:
        seen = rect.intersected(area)
        if seen.width() >= min(MIN_VISIBLE, rect.width()) and seen.height() >= min(
            MIN_VISIBLE, rect.height()
        ):
            return area
    return None


def restore_geometry(window: QWidget, key: str, machine: Machine) -> bool:
    """Put `window` where it was last time, if that is still on a screen, resized to fit it.
    Returns whether a remembered place was used (the caller then skips its default)."""
    if not machine.may_change:
        return False
    place = machine.settings.load().geometry_of(key)
    if place is None:
        return False
    rect = QRect(*place)
    area = _visible_enough(rect, _all_available() or [available_geometry(window)])
    if area is None:
        return False
    rect.setSize(_clamp_size(rect.size(), area).expandedTo(window.minimumSize()))
    window.setGeometry(_clamp_into(rect, area))
    return True


class _GeometryKeeper(QObject):
    """Saves the window's place when it is closed or hidden (not on every move)."""

    def __init__(self, window: QWidget, key: str, machine: Machine) -> None:
        super().__init__(window)
        self._key = key
        self._machine = machine

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QWidget) and event.type() in (QEvent.Type.Close, QEvent.Type.Hide):
            save_geometry(watched, self._key, self._machine)
        return False


def save_geometry(window: QWidget, key: str, machine: Machine) -> None:
    """Remember where `window` is now (nothing for a recording; a failed save only loses the
    place, never the window)."""
    if not machine.may_change or not window.isVisible():
        return
    g = window.geometry()
    rect = (g.x(), g.y(), g.width(), g.height())
    with contextlib.suppress(OSError, ValueError):
        machine.settings.update(lambda s: s.with_geometry(key, rect))


def remember_geometry(window: QWidget, key: str, machine: Machine) -> None:
    """Save `window`'s place under `key` whenever it closes or hides."""
    if machine.may_change:
        window.installEventFilter(_GeometryKeeper(window, key, machine))


def place_main_window(window: QWidget, machine: Machine, preferred: QSize | None = None) -> None:
    """The main window: where it was last time, else fitted and centred on its screen; its
    place is remembered from now on."""
    if not restore_geometry(window, "main", machine):
        fit_to_screen(window, preferred)
    else:
        fit_minimum(window)
    remember_geometry(window, "main", machine)


def place_tool_window(window: QWidget, anchor: QWidget, key: str, machine: Machine) -> None:
    """A tool window: where it was last time, else centred over `anchor` (the main window)."""
    fit_minimum(window)
    if not restore_geometry(window, f"tool:{key}", machine):
        centre_over(window, anchor)
    remember_geometry(window, f"tool:{key}", machine)


def fit_minimum(window: QWidget) -> None:
    """Keep `window`'s minimum size within 800x560 and its screen."""
    area = available_geometry(window)
    window.setMinimumSize(window.minimumSize().boundedTo(MAX_MINIMUM).boundedTo(area.size()))

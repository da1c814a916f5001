"""How the windows behave as a consumer app: the welcome shown once, windows that fit a small
screen and come back where they were, the keys every window answers to, the tray before the
first result and the About window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QSystemTrayIcon, QWidget

from hygiene_app import app as app_module
from hygiene_app.engine.model import Status
from hygiene_app.engine.registry import Registry
from hygiene_app.engine.snapshot import Snapshot
from hygiene_app.services.settings import Settings, SettingsStore
from hygiene_app.ui import geometry
from hygiene_app.ui.about import LIBRARIES, AboutDialog
from hygiene_app.ui.controller import CheckupController
from hygiene_app.ui.icons import app_icon, icon
from hygiene_app.ui.shortcuts import install_window_shortcuts
from hygiene_app.ui.tray import TrayController
from tests.support import FIXTURES, BlockedCheck, as_recording, as_this_computer

GUARD_MS = 30000
CAFE = FIXTURES / "snapshots" / "windows-11-cafe.json"
#: A 1366x768 laptop at 2x scaling, less a panel: what Qt reports in logical pixels.
SMALL_SCREEN = QRect(0, 0, 683, 360)


def _this_computer(tmp_path: Path, settings: Settings | None = None):
    path = tmp_path / "settings.json"
    SettingsStore(path).save(settings or Settings())
    return as_this_computer(Snapshot.load(CAFE).seams(), path), path


def _stop(parts: app_module.AppParts) -> None:
    if parts.welcome is not None:
        parts.welcome.close()
    if parts.tray is not None:
        parts.tray.close()
    parts.controller.cancel()
    parts.controller.wait()
    parts.window.hide_on_close = False
    parts.window.close()


# --- the welcome ------------------------------------------------------------------------------


def test_welcome_is_shown_once_and_its_button_runs_the_first_checkup(qtbot, tmp_path) -> None:
    machine, path = _this_computer(tmp_path)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    parts = app_module.start(app, machine)
    try:
        welcome = parts.welcome
        assert welcome is not None and welcome.isVisible()
        assert welcome.run_button.isDefault()
        assert welcome.run_button.text() == "&Run my first checkup"
        assert not parts.controller.is_running  # the checkup waits for the button
        assert SettingsStore(path).load().welcomed
        with qtbot.waitSignal(parts.controller.finished, timeout=GUARD_MS):
            welcome.run_button.click()
    finally:
        _stop(parts)
    again = app_module.start(app, machine)
    try:
        assert again.welcome is None
        qtbot.waitUntil(lambda: again.controller.checkup is not None, timeout=GUARD_MS)
    finally:
        _stop(again)


def test_a_recording_never_gets_the_welcome(qtbot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    parts = app_module.start(app, as_recording(CAFE))
    try:
        assert parts.welcome is None
        assert not any(
            w.objectName() == "welcomeDialog"
            for w in QApplication.topLevelWidgets()
            if w.isVisible()
        )
    finally:
        _stop(parts)


# --- geometry -------------------------------------------------------------------------------


@pytest.fixture
def small_screen(monkeypatch):
    monkeypatch.setattr(geometry, "available_geometry", lambda _w: QRect(SMALL_SCREEN))
    monkeypatch.setattr(geometry, "_all_available", lambda: [QRect(SMALL_SCREEN)])


def test_a_large_window_is_clamped_to_a_small_screen(qtbot, small_screen) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setMinimumSize(800, 520)
    rect = geometry.fit_to_screen(window, QSize(1100, 720))
    assert SMALL_SCREEN.contains(rect)
    assert window.minimumWidth() <= SMALL_SCREEN.width()
    assert window.minimumHeight() <= SMALL_SCREEN.height()
    assert window.width() <= SMALL_SCREEN.width() and window.height() <= SMALL_SCREEN.height()


def test_minimum_size_never_above_800_by_560(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(geometry, "available_geometry", lambda _w: QRect(0, 0, 3000, 2000))
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setMinimumSize(1000, 700)
    geometry.fit_to_screen(window, QSize(1200, 800))
    assert window.minimumWidth() <= 800 and window.minimumHeight() <= 560


def test_the_place_is_remembered_and_restored_clamped(qtbot, tmp_path, small_screen) -> None:
    machine, path = _this_computer(tmp_path)
    first = QMainWindow()
    qtbot.addWidget(first)
    geometry.place_main_window(first, machine, QSize(1100, 720))
    first.show()
    first.setGeometry(20, 30, 500, 300)
    first.close()
    assert SettingsStore(path).load().geometry_of("main") == (20, 30, 500, 300)

    second = QMainWindow()
    qtbot.addWidget(second)
    geometry.place_main_window(second, machine, QSize(1100, 720))
    assert second.geometry() == QRect(20, 30, 500, 300)

    # A place from a bigger screen comes back inside this one.
    SettingsStore(path).update(lambda s: s.with_geometry("main", (300, 200, 1400, 900)))
    third = QMainWindow()
    qtbot.addWidget(third)
    geometry.place_main_window(third, machine)
    assert SMALL_SCREEN.contains(third.geometry())


def test_a_recording_remembers_nothing(qtbot, small_screen) -> None:
    machine = as_recording(CAFE)
    window = QMainWindow()
    qtbot.addWidget(window)
    geometry.place_main_window(window, machine)
    window.show()
    window.close()
    assert machine.settings.load().window_geometry == ()


def test_a_tool_window_opens_centred_over_the_main_window(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(geometry, "available_geometry", lambda _w: QRect(0, 0, 1600, 1000))
    main = QMainWindow()
    qtbot.addWidget(main)
    main.setGeometry(200, 100, 800, 600)
    tool = QWidget()
    qtbot.addWidget(tool)
    tool.resize(400, 300)
    geometry.centre_over(tool, main)
    assert abs(tool.geometry().center().x() - main.frameGeometry().center().x()) <= 1
    assert abs(tool.geometry().center().y() - main.frameGeometry().center().y()) <= 1


# --- keys -------------------------------------------------------------------------------------


def _shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)

    def active() -> bool:
        # A window closed by the previous test may take the activation with it when Qt
        # finally destroys it; asking again is what a window manager would do.
        if QApplication.activeWindow() is not widget:
            widget.activateWindow()
        return QApplication.activeWindow() is widget

    qtbot.waitUntil(active, timeout=GUARD_MS)
    return widget


@pytest.mark.parametrize(
    ("key", "modifier"),
    [
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    ],
)
def test_esc_and_ctrl_w_close_a_tool_window(qtbot, key, modifier) -> None:
    tool = QWidget()
    install_window_shortcuts(tool, close_on_escape=True)
    _shown(qtbot, tool)
    QTest.keyClick(tool, key, modifier)
    assert not tool.isVisible()


def test_ctrl_q_quits_and_f5_runs_a_checkup(qtbot) -> None:
    runs: list[bool] = []
    quits: list[bool] = []
    window = QWidget()
    install_window_shortcuts(
        window, run_checkup=lambda: runs.append(True), quit_app=lambda: quits.append(True)
    )
    _shown(qtbot, window)
    QTest.keyClick(window, Qt.Key.Key_F5)
    QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert runs == [True] and quits == [True]
    QTest.keyClick(window, Qt.Key.Key_Escape)  # not asked for here: the main window keeps it
    assert window.isVisible()


def test_a_key_the_window_binds_itself_is_left_to_it(qtbot) -> None:
    """Two shortcuts on one key make Qt fire neither: F5 bound by the window stays the only one."""
    from PySide6.QtGui import QKeySequence, QShortcut

    own: list[bool] = []
    window = QWidget()
    QShortcut(QKeySequence(Qt.Key.Key_F5), window, lambda: own.append(True))
    install_window_shortcuts(window, run_checkup=lambda: pytest.fail("bound twice"))
    _shown(qtbot, window)
    QTest.keyClick(window, Qt.Key.Key_F5)
    assert own == [True]


def test_the_main_window_answers_to_ctrl_w_and_f5(qtbot, tmp_path) -> None:
    from hygiene_app.ui.main_window import MainWindow

    machine, _ = _this_computer(tmp_path)
    controller = CheckupController(Registry([]), machine)
    window = MainWindow(controller)
    _shown(qtbot, window)
    with qtbot.waitSignal(controller.started, timeout=GUARD_MS):
        QTest.keyClick(window, Qt.Key.Key_F5)
    controller.wait()
    QTest.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


# --- the tray ---------------------------------------------------------------------------------


def _tray(tmp_path, registry, notes=None):
    machine, _ = _this_computer(tmp_path)
    controller = CheckupController(registry, machine)
    tray = TrayController(
        controller, machine.settings, show_window=lambda: None, quit_app=lambda: None
    )
    if notes is not None:
        tray.notified.connect(lambda title, body: notes.append(title))
    return controller, tray, machine


def test_the_tray_says_checking_not_all_good_during_the_first_checkup(qtbot, tmp_path) -> None:
    check = BlockedCheck(Status.PASS)
    controller, tray, _ = _tray(tmp_path, Registry([check]))
    try:
        looks_good = {app_icon().cacheKey(), icon("tray-good").cacheKey()}
        assert tray.tray_icon.icon().cacheKey() not in looks_good
        controller.run_all()
        qtbot.waitUntil(check.started.is_set, timeout=GUARD_MS)
        assert tray.tray_icon.toolTip() == "Hygiene Checkup: Checking…"
        assert tray.tray_icon.icon().cacheKey() == icon("tray-checking").cacheKey()
        with qtbot.waitSignal(controller.finished, timeout=GUARD_MS):
            check.release.set()
        assert tray.tray_icon.icon().cacheKey() == icon("tray-good").cacheKey()
    finally:
        check.release.set()
        tray.close()
        controller.cancel()
        controller.wait()


def test_hiding_to_the_tray_is_explained_once(qtbot, tmp_path) -> None:
    notes: list[str] = []
    _controller, tray, machine = _tray(tmp_path, Registry([]), notes)
    window = QMainWindow()
    qtbot.addWidget(window)
    window.hide_on_close = True  # type: ignore[attr-defined]
    tray.watch_window(window)
    try:
        for _ in range(3):
            window.show()
            window.close()
        assert notes == ["Hygiene Checkup is still running"]
        assert machine.settings.load().hide_to_tray_told
    finally:
        tray.close()


def test_about_lists_version_licences_and_privacy_and_the_tray_opens_it(qtbot, tmp_path) -> None:
    from hygiene_app import __version__

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert __version__ in dialog.version_label.text()
    assert "GPL-3.0-or-later" in dialog.version_label.text()
    for name, licence in LIBRARIES:
        assert f"{name}: {licence}" in dialog.libraries_label.text()
    assert {"zxcvbn", "psutil", "keyring", "requests", "platformdirs"} <= {n for n, _ in LIBRARIES}

    _controller, tray, _ = _tray(tmp_path, Registry([]))
    try:
        tray.about_action.trigger()
        assert any(
            isinstance(w, AboutDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
        )
    finally:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, AboutDialog):
                w.close()
        tray.close()
    assert QSystemTrayIcon  # the tray is built the same with or without a desktop tray

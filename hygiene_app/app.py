"""Composition root of the desktop app: builds the engine, settings and window, and runs Qt."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon

from hygiene_app.checks import default_registry
from hygiene_app.services.machine import Machine
from hygiene_app.services.policy import load_policy
from hygiene_app.services.schedule import apply_policy_schedule_in_background
from hygiene_app.ui.controller import CheckupController
from hygiene_app.ui.geometry import place_main_window, save_geometry
from hygiene_app.ui.icons import app_icon
from hygiene_app.ui.main_window import MainWindow
from hygiene_app.ui.reminders import ReviewReminder
from hygiene_app.ui.tray import TrayController
from hygiene_app.ui.welcome import WelcomeDialog, mark_welcomed, should_welcome
from hygiene_app.ui.widgets import tell

#: Set by `make bench`: print startup figures and quit once the first checkup is done.
BENCH_ENV = "HYGIENE_BENCH_GUI"


@dataclass
class AppParts:
    controller: CheckupController
    window: MainWindow
    tray: TrayController | None = None
    welcome: WelcomeDialog | None = None


def application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Hygiene Checkup")
    app.setApplicationDisplayName("Hygiene Checkup")
    app.setDesktopFileName("io.github.hygienecheckup.HygieneCheckup")
    app.setWindowIcon(app_icon())
    return app


def build(machine: Machine) -> AppParts:
    controller = CheckupController(default_registry(), machine)
    window = MainWindow(controller)
    return AppParts(controller, window)


def under_policy(machine: Machine, *, env: Mapping[str, str] = os.environ) -> Machine:
    """This computer under its organisation's policy, read once at start (`HYGIENE_APP_POLICY`
    names a file to try instead of the system's); a recording as it is: somebody else's
    computer is never judged by this one's policy."""
    if machine.is_recording:
        return machine
    return machine.with_policy(load_policy(env=env))


def run_gui(machine: Machine, *, language: str | None = None) -> int:
    """The app in `language` (`--lang`), else the one chosen in Settings, else the system's."""
    app = application()
    from hygiene_app.ui.language import start_language

    start_language(app, language, machine.settings.load().language)
    parts = start(app, under_policy(machine))
    if os.environ.get(BENCH_ENV):
        _bench(parts)
    return app.exec()


class ScheduleStarter(Protocol):
    """Turns the organisation's scheduled checkup on without waiting for the scheduler, and
    calls `failed` (from any thread) when the scheduler refuses."""

    def __call__(self, hours: int | None, *, failed: Callable[[], object]) -> object: ...


class _ScheduleRelay(QObject):
    """Brings the scheduler thread's refusal to the UI thread (a queued signal)."""

    failed = Signal()


def start(
    app: QApplication,
    machine: Machine,
    *,
    schedule: ScheduleStarter = apply_policy_schedule_in_background,
) -> AppParts:
    """Build and show the window where it fits (or where the user left it), with the tray for
    this computer; then the first-start welcome, or straight away the checkup. An organisation
    that sets a scheduled checkup has it turned on (`schedule`, off the UI thread); when the
    scheduler refuses, the tray runs it while the app is open."""
    parts = build(machine)
    window = parts.window
    place_main_window(window, machine)
    app.aboutToQuit.connect(parts.controller.cancel)
    app.aboutToQuit.connect(
        lambda: save_geometry(window, "main", machine) if shiboken6.isValid(window) else None
    )
    if machine.may_change:
        tray = _add_tray(app, parts)
        relay = _ScheduleRelay(tray)
        relay.failed.connect(tray.organisation_schedule_failed)
        schedule(machine.policy.policy.schedule_hours, failed=relay.failed.emit)
    window.show()
    if should_welcome(machine) and not os.environ.get(BENCH_ENV):
        parts.welcome = _welcome(parts)
    else:
        QTimer.singleShot(0, parts.controller.run_all)
    return parts


def _welcome(parts: AppParts) -> WelcomeDialog:
    """The welcome, once: "Run my first checkup" starts it; "Not now" leaves the Run button."""
    dialog = WelcomeDialog(parts.window)
    dialog.accepted.connect(parts.controller.run_all)
    mark_welcomed(parts.controller.machine)
    dialog.open()
    return dialog


def _add_tray(app: QApplication, parts: AppParts) -> TrayController:
    """The tray, the periodic checkup and review reminders watch this computer: a window over
    a recording has none of them."""
    machine = parts.controller.machine
    mfa = machine.mfa

    def show_window() -> None:
        parts.window.showNormal()
        parts.window.raise_()
        parts.window.activateWindow()

    def quit_app() -> None:
        tray.close()
        parts.controller.cancel()
        app.quit()

    tray = TrayController(
        parts.controller,
        machine.settings,
        show_window=show_window,
        quit_app=quit_app,
        parent=parts.window,
    )
    parts.tray = tray
    parts.window.set_aside_changed.connect(tray.refresh)
    if mfa is not None:
        reminder = ReviewReminder(mfa.store, machine.settings, parent=tray)
        reminder.remind.connect(tray.show_message)
        later = tray.menu.addAction(
            QCoreApplication.translate("App", "Remind me later about account reviews"),
            reminder.snooze,
        )
        later.setStatusTip(QCoreApplication.translate("App", "No review reminder for a day"))
        QTimer.singleShot(5000, reminder.check)
        app.aboutToQuit.connect(mfa.store.close)
    parts.window.periodic_requested.connect(lambda hours: _set_periodic(tray, parts, hours))
    tray.settings_saved.connect(parts.window.reload_settings)
    if QSystemTrayIcon.isSystemTrayAvailable():
        # The tray keeps the app (and its optional periodic checkup) alive; Quit is in its menu.
        app.setQuitOnLastWindowClosed(False)
        parts.window.hide_on_close = True
        tray.watch_window(parts.window)
    return tray


def _set_periodic(tray: TrayController, parts: AppParts, hours: int | None) -> None:
    try:
        tray.set_periodic_hours(hours)
    except (OSError, ValueError) as exc:
        tell(
            parts.window,
            "Hygiene Checkup",
            QCoreApplication.translate("App", "Could not save the change: {error}").format(
                error=exc
            ),
            QMessageBox.Icon.Warning,
        )


def _bench(parts: AppParts) -> None:
    """Print when the window first painted (wall clock, for `make bench` to subtract its own
    start time: the process's recorded start time is not precise enough) and peak memory,
    then quit."""

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                print(f"first-paint-at {time.time():.3f}", flush=True)
                watched.removeEventFilter(self)
            return False

    def done() -> None:
        import resource

        peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"gui-peak-rss-mb {peak_kib / 1024:.1f}", flush=True)
        QApplication.quit()

    parts.window.installEventFilter(FirstPaint(parts.window))
    parts.controller.finished.connect(lambda _c: QTimer.singleShot(200, done))

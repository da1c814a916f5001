"""The tray icon: the machine's overall state at a glance, a small menu, and the periodic
checkup that runs while the window is closed.

The icon is only shown where the desktop has a tray (`QSystemTrayIcon.isSystemTrayAvailable`);
everything else (state, timer, notifications as the `notified` signal) works without one, so it
can be tested offscreen. Settings are read from and written to the `SettingsStore` each time, so
changes made elsewhere (set-asides from the window) are never overwritten.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from hygiene_app.engine.i18n import TRANSLATION_CONTEXT
from hygiene_app.engine.model import CheckResult
from hygiene_app.engine.runner import Checkup
from hygiene_app.engine.status_words import ALL_GOOD, StatusWord
from hygiene_app.services.machine import SettingsKeeper
from hygiene_app.services.notify import (
    OverallState,
    new_problems,
    notification_safe,
    notification_text,
    overall_state,
)
from hygiene_app.services.set_aside import active_set_asides
from hygiene_app.services.settings import Settings
from hygiene_app.ui.about import show_about
from hygiene_app.ui.controller import CheckupController
from hygiene_app.ui.icons import icon
from hygiene_app.ui.widgets import tr_plural

log = logging.getLogger(__name__)

#: Milliseconds in one hour of the periodic checkup's interval (tests pass something tiny).
HOUR_MS = 3_600_000
#: QTimer takes a signed 32-bit interval (about 24.8 days); longer periods are capped there.
MAX_TIMER_MS = 2**31 - 1
#: How long a tray message stays up, where the desktop honours it.
MESSAGE_MS = 10_000

_STATE_ICONS = {
    OverallState.GOOD: "tray-good",
    OverallState.ATTENTION: "tray-attention",
    OverallState.ACTION: "tray-action",
}
#: Before the first checkup has a result: a neutral icon (the app's own has a green-looking
#: tick, which read as "all good" while nothing had been checked yet).
CHECKING_ICON = "tray-checking"
#: The overall state in the findings' own words (engine.status_words), as the list says them.
STATE_WORDS = {
    OverallState.GOOD: ALL_GOOD,
    OverallState.ATTENTION: StatusWord.ACTION_RECOMMENDED.label,
    OverallState.ACTION: StatusWord.ACTION_NEEDED.label,
}


def _translate(text: str) -> str:
    return QCoreApplication.translate(TRANSLATION_CONTEXT, text)


class TrayController(QObject):
    #: A periodic checkup found new problems: (title, body), as shown in the tray message.
    notified = Signal(str, str)
    #: The overall state changed: the new OverallState.
    state_changed = Signal(object)
    #: The tray saved a setting the window shows (the periodic checkup's interval).
    settings_saved = Signal()

    def __init__(
        self,
        controller: CheckupController,
        settings_store: SettingsKeeper,
        *,
        show_window: Callable[[], None],
        quit_app: Callable[[], None],
        clock: Callable[[], float] = time.time,
        periodic_unit_ms: int = HOUR_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if periodic_unit_ms <= 0:
            raise ValueError("periodic_unit_ms must be positive")
        self._controller = controller
        self._store = settings_store
        self._show_window = show_window
        self._quit_app = quit_app
        self._clock = clock
        self._unit_ms = periodic_unit_ms
        self._state: OverallState | None = None
        self._periodic_hours: int | None = None
        #: The system scheduler refused the organisation's schedule (see
        #: `organisation_schedule_failed`).
        self._schedule_failed = False
        #: True from the moment the timer starts a checkup until that checkup ends.
        self._periodic_run = False

        self._timer = QTimer(self)
        self._timer.setObjectName("periodicCheckupTimer")
        self._timer.timeout.connect(self._periodic_tick)

        self._menu = QMenu()
        self._menu.setAccessibleName(self.tr("Hygiene Checkup menu"))
        self.open_action = self._action(
            "openAction", self.tr("Open"), self.tr("Show the checkup window")
        )
        self.open_action.triggered.connect(self._open)
        self.run_action = self._action(
            "runAction", self.tr("Run checkup"), self.tr("Check this computer again now")
        )
        self.run_action.triggered.connect(self._run_now)
        self.about_action = self._action(
            "aboutAction",
            self.tr("About Hygiene Checkup"),
            self.tr("Version, licences and privacy"),
        )
        self.about_action.triggered.connect(self._about)
        self._menu.addSeparator()
        self.quit_action = self._action(
            "quitAction", self.tr("Quit"), self.tr("Quit Hygiene Checkup")
        )
        self.quit_action.triggered.connect(self._quit)

        self._tray = QSystemTrayIcon(self)
        self._tray.setContextMenu(self._menu)
        self._tray.activated.connect(self._activated)
        self._tray.messageClicked.connect(self._open)

        controller.started.connect(self._started)
        controller.finished.connect(self._finished)
        controller.rechecked.connect(self._rechecked)
        controller.failed.connect(self._failed)

        self._apply_periodic(self._store.load().periodic_hours)
        if controller.checkup is not None:
            self._set_state(self._evaluate(controller.checkup))
        else:
            self._show_state()
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._tray.show()

    # --- public API -------------------------------------------------------------------------

    @property
    def state(self) -> OverallState | None:
        """The overall state after the latest checkup; None before the first one."""
        return self._state

    @property
    def tray_icon(self) -> QSystemTrayIcon:
        return self._tray

    @property
    def menu(self) -> QMenu:
        return self._menu

    @property
    def periodic_hours(self) -> int | None:
        return self._periodic_hours

    @property
    def periodic_interval_ms(self) -> int | None:
        """The timer's interval, or None when the periodic checkup is off."""
        return self._timer.interval() if self._timer.isActive() else None

    def set_periodic_hours(self, hours: int | None) -> None:
        """Turn the periodic checkup off (None) or run it every `hours`, and save the choice
        (other settings are kept). Raises OSError when the choice cannot be saved; the timer
        is changed all the same, for this session."""
        if hours is not None and (isinstance(hours, bool) or hours <= 0):
            raise ValueError("hours must be a positive whole number or None")
        self._apply_periodic(hours)
        self._store.update(lambda s: replace(s, periodic_hours=hours))
        self.settings_saved.emit()

    def refresh(self) -> None:
        """Recompute the state from the latest checkup, e.g. after the user set a finding
        aside or brought it back."""
        checkup = self._controller.checkup
        if checkup is not None:
            self._set_state(self._evaluate(checkup))

    def watch_window(self, window: QWidget) -> None:
        """Say once, the first time closing `window` only hides it to the tray, that the app
        keeps running there (a window that vanished while the app runs on is a surprise)."""
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Close
            and isinstance(watched, QWidget)
            and getattr(watched, "hide_on_close", False)
        ):
            self._tell_hidden_once()
        return False

    def _tell_hidden_once(self) -> None:
        if self._store.load().hide_to_tray_told:
            return
        try:
            self._store.update(lambda s: replace(s, hide_to_tray_told=True))
        except OSError:
            log.warning("could not save that the tray was explained", exc_info=True)
        self.show_message(
            self.tr("Hygiene Checkup is still running"),
            self.tr(
                "It keeps an eye on this computer from here. Open it again from this icon; "
                "choose Quit in its menu to stop it."
            ),
        )

    def close(self) -> None:
        """Stop the timer and take the icon out of the tray (call before quitting)."""
        self._timer.stop()
        self._tray.hide()

    # --- internals --------------------------------------------------------------------------

    def _action(self, name: str, text: str, tip: str) -> QAction:
        # A menu item's accessible name is its text; the tip is its accessible description.
        action = QAction(text, self)
        action.setObjectName(name)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        self._menu.addAction(action)
        return action

    @property
    def scheduled_by_organisation(self) -> bool:
        """The organisation's scheduled checkup runs (and notifies about new problems) outside
        the app: the app's own periodic checkup would check and notify a second time, so it
        stays off while the policy sets one (the user's choice is kept for when it does not)."""
        return self._organisation_hours() is not None and not self._schedule_failed

    def organisation_schedule_failed(self) -> None:
        """The system scheduler refused the organisation's schedule (no systemd user session,
        Task Scheduler denied...): nothing outside the app will run it, so the app does, at the
        policy's interval, while it is open."""
        self._schedule_failed = True
        self._apply_periodic(self._periodic_hours)

    def _organisation_hours(self) -> int | None:
        return self._controller.machine.policy.policy.schedule_hours

    def _apply_periodic(self, hours: int | None) -> None:
        self._periodic_hours = hours
        if self._organisation_hours() is not None:
            hours = self._organisation_hours() if self._schedule_failed else None
        if hours is None:
            self._timer.stop()
            return
        self._timer.start(min(hours * self._unit_ms, MAX_TIMER_MS))

    def _set_aside_ids(self, settings: Settings) -> set[str]:
        return set(active_set_asides(settings.set_asides, self._clock()))

    def _evaluate(self, checkup: Checkup) -> OverallState:
        return overall_state(checkup.results, self._set_aside_ids(self._store.load()))

    def _set_state(self, state: OverallState) -> None:
        changed = state is not self._state
        self._state = state
        self._show_state()
        if changed:
            self.state_changed.emit(state)

    def _show_state(self) -> None:
        if self._state is None:
            self._tray.setIcon(icon(CHECKING_ICON))
            status = self.tr("No checkup yet")
        else:
            self._tray.setIcon(icon(_STATE_ICONS[self._state]))
            status = _translate(STATE_WORDS[self._state])
        if self._controller.is_running:
            status = self.tr("Checking…")
        elif aside := self._set_aside_problems():
            # "All good" must not hide a problem the user chose to live with.
            status = tr_plural(
                "{status}, 1 problem set aside", "{status}, {n} problems set aside", aside
            ).format(status=status)
        self._tray.setToolTip(self.tr("Hygiene Checkup: {status}").format(status=status))

    def _set_aside_problems(self) -> int:
        checkup = self._controller.checkup
        if checkup is None:
            return 0
        aside = self._set_aside_ids(self._store.load())
        return sum(1 for r in checkup.results if r.status.is_problem and r.meta.id in aside)

    def _periodic_tick(self) -> None:
        if self._controller.is_running:
            return
        self._periodic_run = True
        self._controller.run_all()
        if not self._controller.is_running:  # it did not start after all
            self._periodic_run = False

    def _started(self, _total: int) -> None:
        self.run_action.setEnabled(False)
        self._show_state()

    def _finished(self, checkup: Checkup) -> None:
        announce = self._periodic_run
        self._periodic_run = False
        self.run_action.setEnabled(True)
        if checkup.cancelled:
            # Unfinished checks were skipped; a partial run says little about the machine.
            if self._state is None:
                self._set_state(self._evaluate(checkup))
            self._show_state()
            return
        self._set_state(self._evaluate(checkup))
        self._remember(checkup, announce=announce)

    def _rechecked(self, _result: CheckResult) -> None:
        checkup = self._controller.checkup
        if checkup is not None:
            self._set_state(self._evaluate(checkup))
            self._remember(checkup, announce=False)

    def _failed(self, _message: str) -> None:
        self._periodic_run = False
        self.run_action.setEnabled(True)
        self._show_state()

    def _remember(self, checkup: Checkup, *, announce: bool) -> None:
        """Bring the stored `notified` set up to date. Problems found by a checkup the user ran
        are in front of them already: they are remembered without a message, so the next
        periodic checkup does not announce them as new. A replayed snapshot is somebody else's
        machine (or a demo): it never touches this user's settings."""
        if checkup.replayed:
            return
        settings = self._store.load()
        problems, notified = new_problems(
            checkup.results, self._set_aside_ids(settings), settings.notified
        )
        if notified != settings.notified:
            try:
                self._store.update(lambda s: replace(s, notified=notified))
            except OSError:
                # Worst case a problem is announced again next time; never lose the message.
                log.warning("could not save which problems were announced", exc_info=True)
        if announce and problems:
            title, body = notification_text(problems)
            if self._tray.isVisible() and QSystemTrayIcon.supportsMessages():
                level = (
                    QSystemTrayIcon.MessageIcon.Warning
                    if self._state is OverallState.ACTION
                    else QSystemTrayIcon.MessageIcon.Information
                )
                self._tray.showMessage(title, body, level, MESSAGE_MS)
            self.notified.emit(title, body)

    def show_message(self, title: str, body: str) -> None:
        """A notification from another part of the app (the MFA review reminder). It can name
        accounts: made `notification_safe` here, whoever wrote it."""
        title, body = notification_safe(title, body)
        if self._tray.isVisible() and QSystemTrayIcon.supportsMessages():
            self._tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)
        self.notified.emit(title, body)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        # On macOS a click opens the menu (which has Open); elsewhere a click opens the window.
        opens = {QSystemTrayIcon.ActivationReason.DoubleClick}
        if sys.platform != "darwin":
            opens.add(QSystemTrayIcon.ActivationReason.Trigger)
        if reason in opens:
            self._open()

    def _open(self) -> None:
        self._show_window()

    def _about(self) -> None:
        # Kept here: without a parent window a dialog nobody holds would vanish at once.
        parent = self.parent()
        self._about_dialog = show_about(parent if isinstance(parent, QWidget) else None)

    def _run_now(self) -> None:
        self._controller.run_all()

    def _quit(self) -> None:
        self._quit_app()

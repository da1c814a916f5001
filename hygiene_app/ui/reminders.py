"""Reminds the user, at most once a day and never in quiet hours, to review the MFA state of
accounts whose last confirmation is older than the review interval."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, tzinfo

from PySide6.QtCore import QObject, QTimer, Signal

from hygiene_app.services.machine import SettingsKeeper
from hygiene_app.services.mfa.inventory import InventoryStore
from hygiene_app.services.mfa.model import Account
from hygiene_app.services.mfa.reminders import ReminderSettings, due_accounts, should_notify
from hygiene_app.ui.accounts import reminder_text

#: How often to look (the notification itself comes at most once a day).
CHECK_EVERY_MS = 30 * 60 * 1000
DAY = 86400.0

log = logging.getLogger(__name__)


def local_zone() -> tzinfo:
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None  # noqa: S101 - astimezone() always sets one
    return zone


class ReviewReminder(QObject):
    #: (title, body) of a reminder that is due now.
    remind = Signal(str, str)

    def __init__(
        self,
        store: InventoryStore,
        settings_store: SettingsKeeper,
        *,
        clock: Callable[[], float] = time.time,
        zone: Callable[[], tzinfo] = local_zone,
        interval_ms: int = CHECK_EVERY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._settings = settings_store
        self._clock = clock
        self._zone = zone
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def due(self) -> list[Account]:
        settings = self._settings.load()
        return due_accounts(
            self._store.accounts(), self._clock(), settings.mfa_review_months, self._zone()
        )

    def check(self) -> bool:
        """Remind now if it is time; True when a reminder went out. Runs from a timer: a
        failure (unreadable inventory, read-only settings folder) is logged, never raised, and
        the next tick tries again."""
        try:
            return self._check()
        except Exception as exc:
            # Only the kind of failure: the message may carry account labels or paths.
            log.warning("The MFA review reminder check failed (%s).", type(exc).__name__)
            return False

    def _check(self) -> bool:
        settings = self._settings.load()
        if not settings.reminders_enabled:
            return False
        due = self.due()
        now = self._clock()
        rules = ReminderSettings(
            review_months=settings.mfa_review_months,
            quiet_start_hour=settings.quiet_start_hour,
            quiet_end_hour=settings.quiet_end_hour,
            enabled=settings.reminders_enabled,
        )
        if not due or not should_notify(
            now, settings.last_reminder_at, rules, self._zone(), settings.reminder_snoozed_until
        ):
            return False
        self._settings.update(lambda s: replace(s, last_reminder_at=now))
        title, body = reminder_text(due)
        self.remind.emit(title, body)
        return True

    def snooze(self, days: float = 1.0) -> None:
        """ "Remind me later": nothing until then."""
        until = self._clock() + days * DAY
        self._settings.update(lambda s: replace(s, reminder_snoozed_until=until))

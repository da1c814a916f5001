"""MFA review reminders: once a day, never in quiet hours, snoozable."""

import logging
from datetime import UTC

from hygiene_app.services.mfa.inventory import InventoryStore
from hygiene_app.services.mfa.model import Account, Category, MfaState
from hygiene_app.services.settings import Settings, SettingsStore
from hygiene_app.ui.reminders import ReviewReminder

DAY = 86400.0
#: 2026-11-01 12:00 UTC: a weekday noon, outside quiet hours.
NOON = 1793491200.0 + 12 * 3600


def make(tmp_path, now, *, confirmed_at, settings=None):
    clock = [now]
    store = InventoryStore(tmp_path / "inv.sqlite3", clock=lambda: clock[0])
    store.add(
        Account(
            None,
            "Gmail",
            "google.com",
            "ann@example.org",
            Category.EMAIL,
            MfaState.ON,
            confirmed_at=confirmed_at,
        )
    )
    prefs = SettingsStore(tmp_path / "settings.json")
    prefs.save(settings or Settings())
    reminder = ReviewReminder(
        store, prefs, clock=lambda: clock[0], zone=lambda: UTC, interval_ms=3_600_000
    )
    seen = []
    reminder.remind.connect(lambda title, body: seen.append((title, body)))
    return reminder, clock, seen, prefs


def test_due_review_reminds_once_a_day_and_names_services_only(qtbot, tmp_path):
    reminder, clock, seen, _ = make(tmp_path, NOON, confirmed_at=NOON - 200 * DAY)
    assert reminder.check()
    assert not reminder.check()  # same day
    assert len(seen) == 1 and "Gmail" in seen[0][1] and "ann@example.org" not in seen[0][1]
    clock[0] += DAY
    assert reminder.check()


def test_nothing_due_nothing_said(qtbot, tmp_path):
    reminder, _, seen, _ = make(tmp_path, NOON, confirmed_at=NOON - 30 * DAY)
    assert not reminder.check() and seen == []


def test_quiet_hours_and_snooze_and_off(qtbot, tmp_path):
    night = NOON + 11 * 3600  # 23:00 UTC, inside the default 22-08 quiet hours
    reminder, clock, seen, prefs = make(tmp_path, night, confirmed_at=night - 200 * DAY)
    assert not reminder.check()
    clock[0] = NOON + DAY
    reminder.snooze(days=2)
    assert not reminder.check()
    clock[0] = NOON + 4 * DAY
    assert reminder.check()
    prefs.save(Settings(reminders_enabled=False))
    clock[0] += 2 * DAY
    assert not reminder.check()
    assert len(seen) == 1


def test_a_read_only_settings_folder_does_not_break_the_timer(qtbot, tmp_path, monkeypatch, caplog):
    reminder, _clock, seen, prefs = make(tmp_path, NOON, confirmed_at=NOON - 200 * DAY)

    def refuse(settings_or_change):
        raise OSError(13, "Permission denied", str(tmp_path / "ann@example.org"))

    monkeypatch.setattr(prefs, "save", refuse)
    monkeypatch.setattr(prefs, "update", refuse)
    with caplog.at_level(logging.WARNING):
        assert reminder.check() is False
        assert reminder.check() is False  # every tick, quietly
    assert seen == []
    assert "PermissionError" in caplog.text
    assert "ann@example.org" not in caplog.text and "Gmail" not in caplog.text
    monkeypatch.undo()
    assert reminder.check()


def test_an_unreadable_inventory_does_not_break_the_timer(qtbot, tmp_path, monkeypatch, caplog):
    reminder, _clock, seen, prefs = make(tmp_path, NOON, confirmed_at=NOON - 200 * DAY)
    store = reminder._store

    def broken():
        raise ValueError("row for ann@example.org")

    monkeypatch.setattr(store, "accounts", broken)
    with caplog.at_level(logging.WARNING):
        assert reminder.check() is False
    assert seen == [] and prefs.load().last_reminder_at is None
    assert "ValueError" in caplog.text and "ann@example.org" not in caplog.text
    # The timer slot itself does not raise either.
    reminder._timer.timeout.emit()

"""The organisation's scheduled checkup in the app: Settings shows it as set by the
organisation (not "Check automatically: Off"), the app's own periodic checkup stays off so
nobody is told twice about the same problems, and "Reports saved in" names the per-user folder
the scheduled runs write into."""

from __future__ import annotations

from pathlib import Path

from hygiene_app.checks import default_registry
from hygiene_app.cli_schedule import safe_user_name, user_report_folder
from hygiene_app.engine.snapshot import Snapshot
from hygiene_app.services.policy import load_policy
from hygiene_app.services.settings import Settings, SettingsStore
from hygiene_app.ui.controller import CheckupController
from hygiene_app.ui.tray import TrayController
from tests.support import NOW, as_this_computer
from tests.ui.test_policy_screens import SNAPSHOT, policy_file, window


def schedule_doc(folder: Path, hours: int = 12) -> dict[str, object]:
    return {"schedule": {"hours": hours, "report_folder": str(folder / "reports")}}


def test_settings_show_the_organisations_schedule_as_set_by_it(qtbot, tmp_path):
    win = window(qtbot, tmp_path, schedule_doc(tmp_path), settings=Settings(periodic_hours=None))
    assert not win.periodic_box.isEnabled()
    assert win.periodic_box.currentData() == 12
    assert win.periodic_box.currentText() == "Every 12 hours"
    assert win.locked_notes["periodic_hours"].text() == "Set by your organisation"
    # A setting saved elsewhere (the tray) does not bring "Off" back.
    win.reload_settings()
    assert win.periodic_box.currentData() == 12


def test_a_schedule_that_is_one_of_the_usual_choices_is_shown_once(qtbot, tmp_path):
    win = window(qtbot, tmp_path, schedule_doc(tmp_path, 24), settings=Settings(periodic_hours=6))
    labels = [win.periodic_box.itemText(i) for i in range(win.periodic_box.count())]
    assert labels.count("Every day") == 1 and win.periodic_box.currentText() == "Every day"


def test_without_a_schedule_check_automatically_is_the_users(qtbot, tmp_path):
    win = window(qtbot, tmp_path, {"thresholds": {"max_uptime_days": 7}})
    assert win.periodic_box.isEnabled() and "periodic_hours" not in win.locked_notes


def test_reports_saved_in_names_this_users_own_folder(qtbot, tmp_path):
    win = window(qtbot, tmp_path, schedule_doc(tmp_path))
    shown = dict(win.policy_settings.rows)["Reports saved in:"]
    folder = tmp_path / "reports"
    assert not folder.exists()  # naming it creates nothing
    assert Path(shown).parent == folder
    assert Path(shown).name == safe_user_name(Path(shown).name)
    # ... and it is exactly where a scheduled run writes.
    assert shown == str(user_report_folder(folder))
    # The schedule is the control above, not listed a second time.
    assert "Scheduled checkup:" not in dict(win.policy_settings.rows)


def _scheduled_tray(tmp_path: Path, **kw: int) -> tuple[SettingsStore, TrayController]:
    """A tray under a policy with a 12-hour schedule; the user had chosen every 6 hours."""
    store = SettingsStore(tmp_path / "settings.json")
    store.save(Settings(periodic_hours=6))
    machine = as_this_computer(Snapshot.load(SNAPSHOT).seams(), tmp_path / "settings.json")
    machine = machine.with_policy(load_policy(path=policy_file(tmp_path, schedule_doc(tmp_path))))
    controller = CheckupController(default_registry(), machine)
    tray = TrayController(
        controller, store, show_window=lambda: None, quit_app=lambda: None, clock=lambda: NOW, **kw
    )
    return store, tray


def test_the_app_does_not_run_its_own_periodic_checkup_on_top_of_the_schedule(qtbot, tmp_path):
    store, tray = _scheduled_tray(tmp_path)
    try:
        assert tray.periodic_interval_ms is None
        assert tray.scheduled_by_organisation
        tray.set_periodic_hours(24)
        assert tray.periodic_interval_ms is None
        # The user's own choice is kept for a day the organisation sets no schedule.
        assert store.load().periodic_hours == 24
    finally:
        tray.close()


def test_a_schedule_the_system_refused_runs_in_the_app_at_the_policys_interval(qtbot, tmp_path):
    _store, tray = _scheduled_tray(tmp_path, periodic_unit_ms=1000)
    try:
        tray.organisation_schedule_failed()
        assert not tray.scheduled_by_organisation
        # The organisation's 12 hours, not the user's 6: the policy sets the interval.
        assert tray.periodic_interval_ms == 12 * 1000
        tray.set_periodic_hours(24)
        assert tray.periodic_interval_ms == 12 * 1000
    finally:
        tray.close()

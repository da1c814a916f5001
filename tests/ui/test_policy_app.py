"""The organisation's policy in the app: read once at start for this computer (never for a
recording), the checks run with it, and the settings it locks win over the user's file."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from hygiene_app.app import under_policy
from hygiene_app.checks import default_registry
from hygiene_app.engine.runner import is_turned_off
from hygiene_app.services.machine import PolicySettings
from hygiene_app.services.policy import POLICY_ENV, load_policy
from hygiene_app.services.set_aside import SetAside, SetAsideKind
from hygiene_app.services.settings import Settings, SettingsStore
from hygiene_app.ui.controller import CheckupController
from tests.support import NOW, as_recording, as_this_computer, machine

SNAPSHOTS = Path(__file__).resolve().parent.parent / "fixtures" / "snapshots"


def write_policy(folder: Path, doc: dict[str, object]) -> Path:
    path = folder / "policy.json"
    path.write_text(json.dumps({"version": 1, **doc}), encoding="utf-8")
    return path


def test_the_app_reads_the_policy_named_in_the_environment(tmp_path):
    path = write_policy(tmp_path, {"checks": {"NET-003": {"enabled": False}}})
    managed = under_policy(as_this_computer(machine()), env={POLICY_ENV: str(path)})
    assert managed.policy.policy.disabled_checks == {"NET-003"}
    assert isinstance(managed.settings, PolicySettings)


def test_a_recording_never_takes_this_computers_policy(tmp_path):
    path = write_policy(tmp_path, {"checks": {"NET-003": {"enabled": False}}})
    recording = as_recording(SNAPSHOTS / "windows-11-cafe.json")
    assert under_policy(recording, env={POLICY_ENV: str(path)}) is recording
    assert recording.with_policy(load_policy(path=path)) is recording
    assert not recording.policy.in_force


def test_the_checkup_runs_with_the_policy(qtbot, tmp_path):
    path = write_policy(tmp_path, {"checks": {"NET-003": {"enabled": False}}})
    managed = as_this_computer(machine()).with_policy(load_policy(path=path))
    controller = CheckupController(default_registry(), managed)
    with qtbot.waitSignal(controller.finished, timeout=30000):
        controller.run_all()
    assert controller.checkup is not None
    off = [r.meta.id for r in controller.checkup.results if is_turned_off(r)]
    assert off == ["NET-003"]


def test_locked_settings_win_over_the_file_and_the_users_value_is_kept(tmp_path):
    store = SettingsStore(tmp_path / "settings.json")
    store.save(Settings(mfa_review_months=3, eol_warning_days=30))
    path = write_policy(tmp_path, {"thresholds": {"mfa_review_months": 12}})
    managed = as_this_computer(machine(), tmp_path / "settings.json").with_policy(
        load_policy(path=path)
    )
    assert managed.settings.load().mfa_review_months == 12
    saved = managed.settings.update(lambda s: replace(s, mfa_review_months=6, eol_warning_days=45))
    assert saved.mfa_review_months == 12 and saved.eol_warning_days == 45
    # The file keeps the user's own value (it applies again if the policy goes).
    on_disk = json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))
    assert on_disk["mfa_review_months"] == 3 and on_disk["eol_warning_days"] == 45


def test_set_asides_the_policy_forbids_do_not_count_and_stay_in_the_file(tmp_path):
    store = SettingsStore(tmp_path / "settings.json")
    snooze = SetAside("NET-001", SetAsideKind.SNOOZE, NOW + 86400, "", created=NOW)
    accept = SetAside("DEV-001", SetAsideKind.ACCEPT, NOW + 86400, "managed", created=NOW)
    store.save(Settings(set_asides=(snooze, accept)))
    path = write_policy(tmp_path, {"set_asides": {"snooze": "all", "accept": []}})
    managed = as_this_computer(machine(), tmp_path / "settings.json").with_policy(
        load_policy(path=path)
    )
    assert managed.settings.load().set_asides == (snooze,)
    managed.settings.update(lambda s: s.without_set_aside("NET-001"))
    on_disk = json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))
    assert [s["check_id"] for s in on_disk["set_asides"]] == ["DEV-001"]


def _stop(parts) -> None:
    if parts.welcome is not None:
        parts.welcome.close()
    if parts.tray is not None:
        parts.tray.close()
    parts.controller.cancel()
    parts.controller.wait()
    parts.window.hide_on_close = False
    parts.window.close()


def test_the_organisations_schedule_is_turned_on_when_the_app_starts(qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication

    from hygiene_app.app import start

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    asked: list[int | None] = []
    path = write_policy(tmp_path, {"schedule": {"hours": 24}})
    managed = as_this_computer(machine()).with_policy(load_policy(path=path))
    parts = start(app, managed, schedule=lambda hours, failed: asked.append(hours))
    _stop(parts)
    assert asked == [24]
    # A recording is somebody else's computer: nothing is scheduled here for it.
    recording = as_recording(SNAPSHOTS / "windows-11-cafe.json")
    parts = start(app, recording, schedule=lambda hours, failed: asked.append(hours))
    _stop(parts)
    assert asked == [24]

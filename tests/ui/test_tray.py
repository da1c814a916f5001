"""The tray: overall state after each checkup, its menu, and the periodic checkup that announces
each new problem once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QSystemTrayIcon

from hygiene_app.checks import default_registry
from hygiene_app.checks import restart_pending as rp
from hygiene_app.engine.model import Status
from hygiene_app.engine.registry import Registry
from hygiene_app.engine.snapshot import Snapshot
from hygiene_app.services.notify import OverallState
from hygiene_app.services.set_aside import SetAside, SetAsideKind
from hygiene_app.services.settings import Settings, SettingsStore
from hygiene_app.ui.controller import CheckupController
from hygiene_app.ui.tray import TrayController
from tests.support import FIXTURES, NOW, BlockedCheck, as_recording, as_this_computer, machine, ok

DAY = 86400.0
#: Only a guard against a hang (ms): every wait here ends well inside it.
GUARD_MS = 30000
CAFE = FIXTURES / "snapshots" / "windows-11-cafe.json"


def _cafe_problems():
    """The problems the replayed café laptop has, in the app's order (computed, so that adding
    a check does not rewrite these tests)."""
    from hygiene_app.engine.context import ProbeContext
    from hygiene_app.engine.runner import run_checkup

    checkup = run_checkup(tuple(default_registry()), ProbeContext(Snapshot.load(CAFE).seams()))
    return [r for r in checkup.results if r.status.is_problem]


CAFE_PROBLEMS = _cafe_problems()
CAFE_KEYS = {f"{r.meta.id}:{r.status.value}" for r in CAFE_PROBLEMS}
RESTART_ONLY = Registry([rp.RestartPendingCheck()])


def restarted_recently():
    return machine(
        "debian",
        commands={rp.UNAME_RELEASE: ok("6.1.0-27-amd64\n")},
        dirs={rp.MODULES_DIR: ["6.1.0-26-amd64", "6.1.0-27-amd64"]},
        boot_time=NOW - 3 * DAY,
    )


def not_restarted_for_weeks():
    return machine("debian", boot_time=NOW - 40 * DAY)


def restart_required():
    return machine(
        "ubuntu",
        files={"/var/run/reboot-required": "*** System restart required ***\n"},
        boot_time=NOW - 2 * DAY,
    )


class Harness:
    def __init__(self, qtbot, tmp_path: Path, seams, registry, settings, unit_ms) -> None:
        self.qtbot = qtbot
        self.store = SettingsStore(tmp_path / "settings.json")
        self.store.save(settings)
        self.controller = CheckupController(registry, as_this_computer(seams))
        self.opened: list[bool] = []
        self.quit: list[bool] = []
        self.notes: list[tuple[str, str]] = []
        self.finished: list[object] = []
        self.controller.finished.connect(self.finished.append)
        self.tray = TrayController(
            self.controller,
            self.store,
            show_window=lambda: self.opened.append(True),
            quit_app=lambda: self.quit.append(True),
            clock=lambda: NOW,
            periodic_unit_ms=unit_ms,
        )
        self.tray.notified.connect(lambda title, body: self.notes.append((title, body)))

    def run(self) -> None:
        with self.qtbot.waitSignal(self.controller.finished, timeout=GUARD_MS):
            self.controller.run_all()

    def wait_runs(self, n: int) -> None:
        self.qtbot.waitUntil(lambda: len(self.finished) >= n, timeout=GUARD_MS)

    @property
    def timer(self) -> QTimer:
        timer = self.tray.findChild(QTimer, "periodicCheckupTimer")
        assert isinstance(timer, QTimer)
        return timer

    def tick(self, times: int = 1) -> None:
        """The periodic timer fires `times` times, each after the checkup it started ended (its
        real interval is an hour: it never fires by itself during a test)."""
        for _ in range(times):
            assert self.timer.isActive(), "the periodic checkup is off"
            with self.qtbot.waitSignal(self.controller.finished, timeout=GUARD_MS):
                self.timer.timeout.emit()

    def close(self) -> None:
        self.tray.close()
        self.controller.cancel()
        self.controller.wait()


@pytest.fixture
def make(qtbot, tmp_path):
    made: list[Harness] = []

    def build(seams, *, registry=None, settings=None, unit_ms=3_600_000) -> Harness:
        h = Harness(
            qtbot,
            tmp_path,
            seams,
            registry or default_registry(),
            settings or Settings(),
            unit_ms,
        )
        made.append(h)
        return h

    yield build
    for h in made:
        h.close()


def cafe():
    return Snapshot.load(CAFE).seams()


# --- state -----------------------------------------------------------------------------------


def test_no_state_before_the_first_checkup(make):
    h = make(cafe())
    assert h.tray.state is None
    assert h.tray.tray_icon.toolTip() == "Hygiene Checkup: No checkup yet"


def test_failures_mean_action_needed(make, qtbot):
    h = make(cafe())
    with qtbot.waitSignal(h.tray.state_changed) as changed:
        h.run()
    assert h.tray.state is OverallState.ACTION
    assert changed.args == [OverallState.ACTION]
    assert h.tray.tray_icon.toolTip() == "Hygiene Checkup: Action needed"
    assert not h.tray.tray_icon.icon().isNull()


def test_all_passing_is_all_good(make):
    h = make(restarted_recently(), registry=RESTART_ONLY)
    h.run()
    assert h.controller.checkup.results[0].status is Status.PASS
    assert h.tray.state is OverallState.GOOD
    assert h.tray.tray_icon.toolTip() == "Hygiene Checkup: All good"


def test_only_warnings_is_action_recommended(make):
    h = make(not_restarted_for_weeks(), registry=RESTART_ONLY)
    h.run()
    assert h.controller.checkup.results[0].status is Status.WARN
    assert h.tray.state is OverallState.ATTENTION
    assert h.tray.tray_icon.toolTip() == "Hygiene Checkup: Action recommended"


def test_a_recheck_updates_the_state(make, qtbot):
    h = make(restart_required(), registry=RESTART_ONLY)
    h.run()
    assert h.tray.state is OverallState.ACTION
    h.controller.use_seams(restarted_recently())  # the user restarted
    with qtbot.waitSignal(h.controller.rechecked, timeout=10000):
        h.controller.recheck("UPD-003")
    assert h.tray.state is OverallState.GOOD


def test_a_snoozed_failure_does_not_need_action_and_is_not_announced(make):
    snooze = SetAside("UPD-003", SetAsideKind.SNOOZE, until=NOW + DAY, created=NOW)
    h = make(
        restart_required(),
        registry=RESTART_ONLY,
        settings=Settings(periodic_hours=1, set_asides=(snooze,)),
    )
    h.tick(2)
    assert h.controller.checkup.results[0].status is Status.FAIL
    assert h.tray.state is OverallState.GOOD
    # Not announced, but not hidden either: the tray says a problem is set aside.
    assert h.tray.tray_icon.toolTip() == "Hygiene Checkup: All good, 1 problem set aside"
    assert h.notes == []
    assert h.store.load().notified == frozenset()


def test_refresh_applies_a_new_set_aside(make):
    h = make(restart_required(), registry=RESTART_ONLY)
    h.run()
    assert h.tray.state is OverallState.ACTION
    snooze = SetAside("UPD-003", SetAsideKind.SNOOZE, until=NOW + DAY, created=NOW)
    h.store.save(h.store.load().with_set_aside(snooze))
    h.tray.refresh()
    assert h.tray.state is OverallState.GOOD


# --- periodic checkup and notifications -------------------------------------------------------


def test_periodic_checkup_is_off_by_default(make):
    h = make(cafe(), unit_ms=1)
    assert h.tray.periodic_hours is None
    assert h.tray.periodic_interval_ms is None
    assert not h.timer.isActive()  # nothing will start a checkup
    assert not h.controller.is_running and h.finished == []


def test_periodic_checkup_runs_and_announces_new_problems_once(make):
    # The real timer, on a tiny interval: however many runs it starts, one message is sent.
    h = make(cafe(), settings=Settings(periodic_hours=2), unit_ms=10)
    assert h.tray.periodic_interval_ms == 20
    h.wait_runs(1)
    summaries = [r.finding.summary for r in CAFE_PROBLEMS]
    assert h.notes == [
        (
            f"{len(summaries)} new problems found",
            "\n".join([*summaries[:4], f"and {len(summaries) - 4} more"]),
        )
    ]
    assert "A password export is lying in your files" in summaries
    assert h.store.load().notified == CAFE_KEYS
    h.wait_runs(3)  # the same problems, still there: nothing new to say
    assert len(h.notes) == 1


def test_one_new_problem_is_named(make):
    h = make(restart_required(), registry=RESTART_ONLY, settings=Settings(periodic_hours=1))
    h.tick()
    assert h.notes == [
        ("Restart to finish updates", "A restart is needed to finish installing updates")
    ]


def test_a_problem_that_was_fixed_and_came_back_is_announced_again(make, qtbot):
    h = make(restart_required(), registry=RESTART_ONLY, settings=Settings(periodic_hours=1))
    h.tick()
    assert len(h.notes) == 1
    h.tray.set_periodic_hours(None)
    h.controller.use_seams(restarted_recently())  # fixed
    h.run()
    assert h.store.load().notified == frozenset()
    h.controller.use_seams(restart_required())  # and back
    h.tray.set_periodic_hours(1)
    h.tick()
    assert len(h.notes) == 2


def test_a_checkup_the_user_ran_is_not_announced_later(make):
    h = make(cafe())
    h.run()
    assert h.notes == []  # the user is looking at the results already
    assert h.store.load().notified == CAFE_KEYS
    h.tray.set_periodic_hours(1)
    h.tick(2)
    assert h.notes == []


def test_notified_problems_survive_a_restart_of_the_app(make, tmp_path):
    h = make(cafe(), settings=Settings(periodic_hours=1))
    h.tick()
    assert len(h.notes) == 1
    h.close()
    again = make(cafe(), settings=h.store.load())
    again.tick(2)
    assert again.notes == []


def test_periodic_checkup_waits_for_a_running_one(make, qtbot):
    check = BlockedCheck()
    h = make(restarted_recently(), registry=Registry([check]))  # the timer never fires itself
    h.controller.run_all()
    qtbot.waitUntil(check.started.is_set, timeout=GUARD_MS)
    h.tray.set_periodic_hours(1)
    for _ in range(20):  # 20 ticks while the manual checkup runs
        h.timer.timeout.emit()
    assert check.runs == 1
    assert not h.tray.run_action.isEnabled()
    assert h.tray.tray_icon.toolTip() == "Hygiene Checkup: Checking…"
    h.tray.set_periodic_hours(None)
    check.release.set()
    h.wait_runs(1)
    assert h.tray.run_action.isEnabled()
    assert h.tray.state is OverallState.ACTION
    assert h.notes == []  # the ticks did not make the user's own checkup a periodic one


def test_set_periodic_hours_saves_and_keeps_other_settings(make):
    snooze = SetAside("UPD-003", SetAsideKind.SNOOZE, until=NOW + DAY, created=NOW)
    kept = Settings(set_asides=(snooze,), notified=frozenset({"NET-001:fail"}))
    h = make(cafe(), settings=kept, unit_ms=1000)
    saved = []
    h.tray.settings_saved.connect(lambda: saved.append(True))
    h.tray.set_periodic_hours(24)
    assert saved == [True]
    assert h.store.load() == Settings(24, (snooze,), frozenset({"NET-001:fail"}))
    assert h.tray.periodic_hours == 24
    assert h.tray.periodic_interval_ms == 24_000
    h.tray.set_periodic_hours(None)
    assert h.store.load().periodic_hours is None
    assert h.tray.periodic_interval_ms is None
    for bad in (0, -6, True):
        with pytest.raises(ValueError, match="positive"):
            h.tray.set_periodic_hours(bad)


def test_a_very_long_period_is_capped_to_what_a_timer_takes(make):
    h = make(cafe())
    h.tray.set_periodic_hours(24 * 365)
    assert h.tray.periodic_interval_ms == 2**31 - 1


# --- menu and icon -----------------------------------------------------------------------------


def test_menu_offers_open_run_about_and_quit(make):
    h = make(cafe())
    actions = [a for a in h.tray.menu.actions() if not a.isSeparator()]
    assert [a.text() for a in actions] == ["Open", "Run checkup", "About Hygiene Checkup", "Quit"]
    assert all(a.toolTip() and a.statusTip() for a in actions)
    assert h.tray.menu.accessibleName() == "Hygiene Checkup menu"
    assert h.tray.tray_icon.contextMenu() is h.tray.menu


def test_menu_actions_do_what_they_say(make, qtbot):
    h = make(cafe())
    h.tray.open_action.trigger()
    assert h.opened == [True]
    with qtbot.waitSignal(h.controller.finished, timeout=10000):
        h.tray.run_action.trigger()
    assert h.tray.state is OverallState.ACTION
    h.tray.quit_action.trigger()
    assert h.quit == [True]


@pytest.mark.skipif(
    __import__("sys").platform == "darwin", reason="a click opens the menu on macOS"
)
def test_clicking_the_icon_opens_the_window(make):
    h = make(cafe())
    h.tray.tray_icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    h.tray.tray_icon.activated.emit(QSystemTrayIcon.ActivationReason.Context)
    assert h.opened == [True]
    h.tray.tray_icon.activated.emit(QSystemTrayIcon.ActivationReason.DoubleClick)
    assert h.opened == [True, True]


def test_clicking_a_notification_opens_the_window(make):
    h = make(cafe())
    h.tray.tray_icon.messageClicked.emit()
    assert h.opened == [True]


def test_icon_stays_hidden_without_a_system_tray(make):
    h = make(cafe())
    assert h.tray.tray_icon.isVisible() is QSystemTrayIcon.isSystemTrayAvailable()


def test_a_settings_file_that_cannot_be_written_does_not_lose_the_message(make, monkeypatch):
    h = make(cafe())

    def cannot_save(_settings_or_change):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(h.store, "save", cannot_save)
    monkeypatch.setattr(h.store, "update", cannot_save)
    with pytest.raises(OSError, match="space"):
        h.tray.set_periodic_hours(None)
    with pytest.raises(OSError, match="space"):
        h.tray.set_periodic_hours(1)
    assert h.tray.periodic_interval_ms == 3_600_000  # applied, though it could not be saved
    h.tick()
    assert len(h.notes) == 1


def test_a_replayed_checkup_never_touches_the_users_settings(qtbot, tmp_path):
    store = SettingsStore(tmp_path / "settings.json")
    store.save(Settings(periodic_hours=1))
    before = (tmp_path / "settings.json").read_bytes()
    controller = CheckupController(default_registry(), as_recording(CAFE))
    tray = TrayController(controller, store, show_window=lambda: None, quit_app=lambda: None)
    with qtbot.waitSignal(controller.finished, timeout=20000):
        controller.run_all()
    assert tray.state is OverallState.ACTION
    assert (tmp_path / "settings.json").read_bytes() == before
    tray.close()

"""An organisation's thresholds (CheckOptions) change the checks' verdicts; the defaults do not."""

from __future__ import annotations

from hygiene_app.checks import restart_pending as rp
from hygiene_app.checks import screen_lock as sl
from hygiene_app.engine.check import Check
from hygiene_app.engine.context import ProbeContext, Seams
from hygiene_app.engine.model import Finding, OSFamily, Status
from hygiene_app.engine.options import CheckOptions
from tests.support import NOW, machine, ok

DAY = 86400.0


def run(check: Check, seams: Seams, options: CheckOptions) -> Finding:
    return check.run(ProbeContext(seams, options=options))


def uptime_machine(days: float) -> Seams:
    return machine(
        "ubuntu", mtimes={"/usr/bin/unattended-upgrade": 1.0}, boot_time=NOW - days * DAY
    )


def test_max_uptime_days_moves_the_restart_reminder() -> None:
    check = rp.RestartPendingCheck()
    seven_days = uptime_machine(7.5)
    assert run(check, seven_days, CheckOptions()).status is Status.PASS
    strict = run(check, seven_days, CheckOptions(max_uptime_days=7))
    assert strict.status is Status.WARN
    assert strict.summary == "Not restarted for 7 days"
    relaxed = run(check, uptime_machine(20), CheckOptions(max_uptime_days=30))
    assert relaxed.status is Status.PASS


def gnome_idle(seconds: int) -> Seams:
    p = sl.GNOME_PREFIX
    return machine(
        "ubuntu",
        commands={
            sl.DESKTOP_ENV: ok("GNOME\n"),
            sl.gsettings_get(p, "screensaver", "lock-enabled"): ok("true\n"),
            sl.gsettings_get(p, "screensaver", "lock-delay"): ok("uint32 0\n"),
            sl.gsettings_get(p, "session", "idle-delay"): ok(f"uint32 {seconds}\n"),
            sl.gsettings_get(p, "lockdown", "disable-lock-screen"): ok("false\n"),
            sl.gsettings_writable(f"{p}.session", "idle-delay"): ok("true\n"),
        },
    )


def test_screen_lock_minutes_is_the_longest_idle_time_allowed() -> None:
    check = sl.ScreenLockCheck()
    ten_minutes = gnome_idle(600)
    assert run(check, ten_minutes, CheckOptions()).status is Status.PASS
    strict = run(check, ten_minutes, CheckOptions(screen_lock_minutes=5))
    assert strict.status is Status.WARN
    assert strict.detail == "Your organisation allows at most 5 minutes."
    # The automatic fix sets 5 minutes: within the organisation's limit, so it is offered.
    assert strict.fix is not None
    assert strict.fix.auto_fix[OSFamily.LINUX].argv[-2:] == ("idle-delay", "300")
    relaxed = run(check, gnome_idle(1800), CheckOptions(screen_lock_minutes=30))
    assert relaxed.status is Status.PASS


def test_no_automatic_fix_that_would_still_be_too_late_for_the_organisation() -> None:
    strict = run(sl.ScreenLockCheck(), gnome_idle(600), CheckOptions(screen_lock_minutes=2))
    assert strict.status is Status.WARN
    assert strict.fix is not None and OSFamily.LINUX not in strict.fix.auto_fix


def test_windows_reads_the_organisation_limit_when_deciding_what_it_must_know() -> None:
    # A secure screen saver at 10 minutes but the power plan unreadable: enough for the default
    # limit (the saver locks sooner than 15 minutes), not for a 5-minute one (sleep might be
    # sooner than 10 minutes, and it could not be read).
    user = {"ScreenSaveActive": "1", "SCRNSAVE.EXE": "x.scr", "ScreenSaverIsSecure": "1"}
    user["ScreenSaveTimeOut"] = "600"
    assert not isinstance(sl.windows_lock(user, {}, None, None, None), str)
    assert isinstance(sl.windows_lock(user, {}, None, None, None, max_lock_seconds=300), str)

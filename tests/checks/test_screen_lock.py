"""DEV-002: the screen locks by itself, soon, with a password."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from hygiene_app.checks import screen_lock as sl
from hygiene_app.engine.model import OSFamily, Severity, Status
from hygiene_app.engine.probes import CommandOutcome, FileOutcome
from hygiene_app.services.autofix import elevated_argv
from tests.snapshot_machines import cmd, platform, snapshot
from tests.support import as_recording, as_this_computer, fixture_text, machine, ok, run_check

CHECK = sl.ScreenLockCheck()
HOME = "/home/user"
KDE_USER = f"{HOME}/.config/kscreenlockerrc"
XFCE_USER = f"{HOME}/.config/xfce4/xfconf/xfce-perchannel-xml/xfce4-screensaver.xml"


def fx(*parts):
    return fixture_text("screen_lock", *parts)


def gnome(lock="true", delay="uint32 0", idle="uint32 300", lockdown="false", prefix=None):
    p = prefix or sl.GNOME_PREFIX
    return {
        sl.gsettings_get(p, "screensaver", "lock-enabled"): ok(lock + "\n"),
        sl.gsettings_get(p, "screensaver", "lock-delay"): ok(delay + "\n"),
        sl.gsettings_get(p, "session", "idle-delay"): ok(idle + "\n"),
        sl.gsettings_get(p, "lockdown", "disable-lock-screen"): ok(lockdown + "\n"),
        **{
            sl.gsettings_writable(f"{p}.{schema}", key): ok("true\n")
            for schema, key in (
                ("screensaver", "lock-enabled"),
                ("screensaver", "lock-delay"),
                ("session", "idle-delay"),
            )
        },
    }


def desktop(name):
    return {sl.DESKTOP_ENV: ok(name + "\n")}


def linux(desktop_name, commands=None, files=None, mtimes=None, os="ubuntu"):
    return machine(
        os,
        commands={**desktop(desktop_name), **(commands or {})},
        files=files,
        mtimes=mtimes,
    )


# ----- parsers ------------------------------------------------------------------------------


def test_gsettings_values_in_their_gvariant_forms():
    assert sl.parse_gsettings_bool("true\n") is True
    assert sl.parse_gsettings_bool("false") is False
    assert sl.parse_gsettings_bool("'true'") is None
    assert sl.parse_gsettings_uint("uint32 300\n") == 300
    assert sl.parse_gsettings_uint("300") == 300
    assert sl.parse_gsettings_uint("uint32 0") == 0
    assert sl.parse_gsettings_uint("") is None
    assert sl.parse_gsettings_uint("wahr") is None


def test_desktop_names_from_xdg_current_desktop():
    assert sl.desktop_family("ubuntu:GNOME") == "gnome"
    assert sl.desktop_family("pop:GNOME") == "gnome"
    assert sl.desktop_family("KDE") == "kde"
    assert sl.desktop_family("X-Cinnamon") == "cinnamon"
    assert sl.desktop_family("XFCE") == "xfce"
    assert sl.desktop_family("sway") == ""
    assert sl.desktop_family("") == ""


def test_kde_defaults_apply_when_keys_or_the_file_are_missing():
    """KDE writes only keys that differ from kscreenlocker's defaults (Autolock on, 5 min)."""
    defaults = sl.kde_settings(None)
    assert defaults is not None
    assert defaults.lock_after == 5 * 60 + 5
    real = sl.kde_settings(fx("linux", "kscreenlockerrc-kdefix"))
    assert real is not None
    assert (real.idle_seconds, real.grace_seconds) == (15 * 60, 300)
    off = sl.kde_settings(fx("linux", "kscreenlockerrc-autolock-off"))
    assert off is not None and not off.locks


def test_kde_system_kiosk_values_cannot_be_overridden_by_the_user():
    user = fx("linux", "kscreenlockerrc-autolock-off")
    kiosk = sl.kde_settings(user, fx("linux", "kscreenlockerrc-system-kiosk"))
    assert kiosk is not None
    assert kiosk.locks and kiosk.lock_after == 5 * 60


def test_kde_value_not_understood_is_none():
    assert sl.kde_settings("[Daemon]\nTimeout=soon\n") is None
    assert sl.kde_settings("[Daemon]\nAutolock=perhaps\n") is None


def test_xfconf_channel_paths_and_xfce_defaults():
    values = sl.parse_xfconf_channel(fx("linux", "xfce4-screensaver.xml"))
    assert values["/saver/idle-activation/delay"] == "10"
    assert values["/lock/enabled"] == "true"
    settings = sl.xfce_settings(values)
    assert settings is not None and settings.lock_after == 600
    off = sl.xfce_settings(sl.parse_xfconf_channel(fx("linux", "xfce4-screensaver-lock-off.xml")))
    assert off is not None and not off.locks
    assert sl.parse_xfconf_channel("") == {}
    assert sl.parse_xfconf_channel("<property name=") == {}


def test_reg_query_values_whatever_the_language_of_the_rest():
    assert sl.reg_single_value(fx("windows", "reg-screensavetimeout-600.txt"), "ScreenSaveTimeOut")
    assert sl.reg_number("600") == 600
    assert sl.reg_number("0x384") == 900
    assert sl.reg_number("") is None
    assert sl.reg_single_value(fx("windows", "reg-missing-de.stderr"), "ScreenSaveActive") is None
    inactivity = sl.reg_single_value(
        fx("windows", "reg-inactivity-900.txt"), "inactivitytimeoutsecs"
    )
    assert sl.reg_number(inactivity) == 900


def test_powercfg_reads_the_numbers_not_the_translated_labels():
    assert sl.parse_powercfg_indexes(fx("windows", "powercfg-standbyidle-en.txt")) == (1800, 900)
    assert sl.parse_powercfg_indexes(fx("windows", "powercfg-standbyidle-de.txt")) == (0, 900)
    assert sl.parse_powercfg_indexes("") is None
    assert sl.parse_powercfg_indexes("Zugriff verweigert") is None


def test_powercfg_cut_short_is_no_answer_not_its_maximum_or_increment():
    cut = fx("windows", "powercfg-standbyidle-cut-after-ac.txt")
    assert sl.parse_powercfg_indexes(cut) is None
    no_indexes = "\n".join(fx("windows", "powercfg-standbyidle-en.txt").splitlines()[:-2])
    assert sl.parse_powercfg_indexes(no_indexes) is None


def test_sysadminctl_forms_on_stderr():
    assert sl.parse_sysadminctl_screenlock(fx("macos", "sysadminctl-immediate.stderr")) == 0
    assert sl.parse_sysadminctl_screenlock(fx("macos", "sysadminctl-300.stderr")) == 300
    assert sl.parse_sysadminctl_screenlock(fx("macos", "sysadminctl-off.stderr")) == -1
    assert sl.parse_sysadminctl_screenlock(fx("macos", "sysadminctl-minus-one.stderr")) == -1
    assert sl.parse_sysadminctl_screenlock("Usage: sysadminctl") is None
    assert sl.parse_sysadminctl_screenlock("") is None


def test_pmset_display_sleep_minutes():
    assert sl.parse_pmset_displaysleep(fx("macos", "pmset-g.txt")) == 10
    assert sl.parse_pmset_displaysleep("") is None


@given(st.text(max_size=200))
def test_parsers_never_crash_on_garbage(text):
    sl.parse_gsettings_bool(text)
    sl.parse_gsettings_uint(text)
    sl.desktop_family(text)
    sl.kde_settings(text, text)
    sl.xfce_settings(sl.parse_xfconf_channel(text))
    sl.reg_number(text)
    sl.reg_single_value(text, "ScreenSaveActive")
    sl.parse_powercfg_indexes(text + sl.STANDBYIDLE_GUID)
    sl.parse_sysadminctl_screenlock(text)
    sl.parse_defaults_int(text)
    sl.parse_pmset_displaysleep(text)


# ----- Linux --------------------------------------------------------------------------------


def test_no_desktop_session_is_unknown_not_a_failure():
    """This container: root, no XDG_CURRENT_DESKTOP (printenv exits 1 with no output)."""
    seams = machine("debian", commands={sl.DESKTOP_ENV: ok("", 1)})
    finding = run_check(CHECK, seams)
    assert finding.status is Status.UNKNOWN
    assert "no desktop session" in finding.reason.lower()


def test_gnome_defaults_pass():
    finding = run_check(CHECK, linux("ubuntu:GNOME", gnome()))
    assert finding.status is Status.PASS
    assert finding.summary == "The screen locks after 5 minutes"
    assert finding.evidence["lock_after_seconds"] == 300
    assert [(f.label, f.value) for f in finding.facts] == [
        ("Settings read from", "GNOME"),
        ("Automatic lock", "switched on"),
        ("Screen turns off after", "5 minutes"),
        ("Locks after", "5 minutes"),
        ("Password asked after the screen turns off", "immediately"),
    ]


def test_gnome_never_idle_facts_do_not_contradict_each_other():
    finding = run_check(CHECK, linux("GNOME", gnome(idle="uint32 0")))
    facts = dict((f.label, f.value) for f in finding.facts)
    assert facts["Automatic lock"] == "switched on"
    assert facts["Screen turns off after"] == "never"
    assert facts["Locks after"] == "never"


def test_gnome_lock_off_fails_high_with_the_gsettings_fix():
    finding = run_check(CHECK, linux("ubuntu:GNOME", gnome(lock="false")))
    assert finding.status is Status.FAIL
    assert finding.severity is Severity.HIGH
    auto = finding.fix.auto_fix[OSFamily.LINUX]
    assert auto.argv == (
        "gsettings",
        "set",
        "org.gnome.desktop.screensaver",
        "lock-enabled",
        "true",
    )
    assert not auto.needs_admin
    assert elevated_argv(auto, OSFamily.LINUX) == auto.argv  # no pkexec: the user's setting


def test_gnome_never_idle_fails_and_offers_idle_delay_300():
    finding = run_check(CHECK, linux("GNOME", gnome(idle="uint32 0")))
    assert finding.status is Status.FAIL
    assert finding.fix.auto_fix[OSFamily.LINUX].argv == (
        "gsettings",
        "set",
        "org.gnome.desktop.session",
        "idle-delay",
        "300",
    )


def test_gnome_too_late_warns_and_offers_idle_delay_300():
    finding = run_check(CHECK, linux("GNOME", gnome(idle="uint32 1800")))
    assert finding.status is Status.WARN
    assert finding.severity is Severity.MEDIUM
    assert "30 minutes" in finding.summary
    assert finding.fix.auto_fix[OSFamily.LINUX].argv[-2:] == ("idle-delay", "300")


def test_gnome_long_lock_delay_warns_and_offers_lock_delay_0():
    finding = run_check(CHECK, linux("GNOME", gnome(delay="uint32 120")))
    assert finding.status is Status.WARN
    assert "2 minutes after the screen turns off" in finding.summary
    assert finding.fix.auto_fix[OSFamily.LINUX].argv[-2:] == ("lock-delay", "0")


def test_gnome_lock_screen_disabled_by_administrator_fails_without_auto_fix():
    finding = run_check(CHECK, linux("GNOME", gnome(lockdown="true")))
    assert finding.status is Status.FAIL
    assert "administrator" in finding.detail
    assert not finding.fix.auto_fix


def test_gnome_key_locked_by_an_administrator_gets_no_auto_fix():
    commands = gnome(lock="false")
    commands[sl.gsettings_writable("org.gnome.desktop.screensaver", "lock-enabled")] = ok("false\n")
    finding = run_check(CHECK, linux("GNOME", commands))
    assert finding.status is Status.FAIL
    assert finding.fix is sl.FIX_GNOME
    assert not finding.fix.auto_fix


def test_gnome_memory_backend_is_unknown_never_the_defaults():
    """Outside the session gsettings prints the schema defaults and a warning: no answer."""
    commands = gnome()
    key = sl.gsettings_get(sl.GNOME_PREFIX, "screensaver", "lock-enabled")
    commands[key] = ok("true\n", 0, fx("linux", "gsettings-memory-backend.stderr"))
    finding = run_check(CHECK, linux("GNOME", commands))
    assert finding.status is Status.UNKNOWN
    assert "built-in defaults" in finding.reason


def test_gnome_answers_with_german_warnings_are_unknown_too():
    """The runner sets LC_ALL=C; should a locale slip through, the words differ, not the
    verdict."""
    commands = gnome()
    key = sl.gsettings_get(sl.GNOME_PREFIX, "session", "idle-delay")
    commands[key] = ok("uint32 300\n", 0, fx("linux", "gsettings-memory-backend-de.stderr"))
    assert run_check(CHECK, linux("GNOME", commands)).status is Status.UNKNOWN
    key = sl.gsettings_get(sl.GNOME_PREFIX, "screensaver", "lock-enabled")
    missing = {key: ok("", 1, fx("linux", "gsettings-no-schema-de.stderr"))}
    finding = run_check(CHECK, linux("GNOME", missing))
    assert finding.status is Status.UNKNOWN
    assert "exit code 1" in finding.reason


def test_gnome_without_gsettings_is_unknown():
    commands = {
        sl.gsettings_get(sl.GNOME_PREFIX, "screensaver", "lock-enabled"): CommandOutcome.NOT_FOUND
    }
    finding = run_check(CHECK, linux("GNOME", commands))
    assert finding.status is Status.UNKNOWN
    assert "gsettings" in finding.reason


def test_cinnamon_reads_its_own_schema_and_missing_schema_is_unknown():
    good = run_check(CHECK, linux("X-Cinnamon", gnome(prefix=sl.CINNAMON_PREFIX)))
    assert good.status is Status.PASS
    assert good.evidence["read_from"] == "Cinnamon"
    missing = {
        sl.gsettings_get(sl.CINNAMON_PREFIX, "screensaver", "lock-enabled"): ok(
            "", 1, fx("linux", "gsettings-no-schema.stderr")
        )
    }
    finding = run_check(CHECK, linux("X-Cinnamon", missing))
    assert finding.status is Status.UNKNOWN
    assert "not installed" in finding.reason


def test_cinnamon_off_fails_without_an_auto_fix():
    finding = run_check(CHECK, linux("X-Cinnamon", gnome(lock="false", prefix=sl.CINNAMON_PREFIX)))
    assert finding.status is Status.FAIL
    assert finding.fix is sl.FIX_CINNAMON
    assert not finding.fix.auto_fix


def test_kde_without_a_file_uses_kde_defaults_and_passes():
    finding = run_check(CHECK, linux("KDE"))
    assert finding.status is Status.PASS
    assert finding.evidence["read_from"] == "KDE Plasma"


def test_kde_file_variants():
    off = run_check(
        CHECK, linux("KDE", files={KDE_USER: fx("linux", "kscreenlockerrc-autolock-off")})
    )
    assert off.status is Status.FAIL and off.fix is sl.FIX_KDE
    grace = run_check(CHECK, linux("KDE", files={KDE_USER: fx("linux", "kscreenlockerrc-kdefix")}))
    assert grace.status is Status.WARN  # 15 min + 5 min without password
    wake = run_check(
        CHECK, linux("KDE", files={KDE_USER: fx("linux", "kscreenlockerrc-no-lock-on-resume")})
    )
    assert wake.status is Status.WARN
    assert "wakes from sleep" in wake.summary
    denied = run_check(CHECK, linux("KDE", files={KDE_USER: FileOutcome.DENIED}))
    assert denied.status is Status.UNKNOWN


def test_xfce_file_and_defaults_and_no_screensaver():
    ok_ = run_check(CHECK, linux("XFCE", files={XFCE_USER: fx("linux", "xfce4-screensaver.xml")}))
    assert ok_.status is Status.PASS and "10 minutes" in ok_.summary
    off = run_check(
        CHECK, linux("XFCE", files={XFCE_USER: fx("linux", "xfce4-screensaver-lock-off.xml")})
    )
    assert off.status is Status.FAIL and off.fix is sl.FIX_XFCE
    defaults = run_check(CHECK, linux("XFCE", mtimes={sl.XFCE_SCREENSAVER_BIN: 1.0}))
    assert defaults.status is Status.PASS
    unknown = run_check(CHECK, linux("XFCE"))
    assert unknown.status is Status.UNKNOWN
    assert "light-locker" in unknown.reason


def test_other_desktops_are_unknown_with_their_name():
    finding = run_check(CHECK, linux("sway"))
    assert finding.status is Status.UNKNOWN
    assert "(sway)" in finding.reason


# ----- Windows ------------------------------------------------------------------------------


def _win(user=None, policy=None, inactivity=None, goodbye=None, powercfg=None):
    missing = ok("", 1, fx("windows", "reg-missing-en.stderr"))
    commands = {}
    for name in sl.WIN_DESKTOP_VALUES:
        data = (user or {}).get(name)
        commands[sl.reg_value(sl.WIN_DESKTOP, name)] = (
            ok(
                "\r\nHKEY_CURRENT_USER\\Control Panel\\Desktop\r\n"
                f"    {name}    REG_SZ    {data}\r\n"
            )
            if data is not None
            else missing
        )
    for name in sl.WIN_DESKTOP_VALUES[:4]:
        data = (policy or {}).get(name)
        commands[sl.reg_value(sl.WIN_DESKTOP_POLICY, name)] = (
            ok(
                "\r\nHKEY_CURRENT_USER\\Software\\Policies\\Microsoft\\Windows\\Control Panel"
                f"\\Desktop\r\n    {name}    REG_SZ    {data}\r\n"
            )
            if data is not None
            else ok("", 1, fx("windows", "reg-missing-de.stderr"))
        )
    commands[sl.reg_value(sl.WIN_SYSTEM_POLICY, "InactivityTimeoutSecs")] = (
        ok(fx("windows", "reg-inactivity-900.txt")) if inactivity else missing
    )
    commands[sl.reg_value(sl.WIN_WINLOGON, "EnableGoodbye")] = (
        ok(f"\r\nHKEY_CURRENT_USER\\x\r\n    EnableGoodbye    REG_DWORD    {goodbye}\r\n")
        if goodbye
        else missing
    )
    if powercfg is not None:
        commands[sl.POWERCFG_SLEEP] = ok(powercfg)
    return machine("windows", commands=commands)


SAVER = {
    "ScreenSaveActive": "1",
    "ScreenSaverIsSecure": "1",
    "ScreenSaveTimeOut": "600",
    "SCRNSAVE.EXE": r"C:\Windows\system32\scrnsave.scr",
}


def test_windows_secure_screen_saver_passes_with_dynamic_lock_fact():
    finding = run_check(CHECK, _win(SAVER, goodbye="0x1"))
    assert finding.status is Status.PASS
    assert finding.evidence["lock_by"] == "screen saver"
    assert ("Dynamic lock (with your phone)", "switched on") in [
        (f.label, f.value) for f in finding.facts
    ]


def test_windows_screen_saver_without_password_and_no_sleep_fails():
    finding = run_check(
        CHECK,
        _win(
            {**SAVER, "ScreenSaverIsSecure": "0"},
            powercfg=fx("windows", "powercfg-standbyidle-de.txt"),
        ),
    )
    assert finding.status is Status.FAIL  # sleep never when plugged in (German powercfg)
    assert finding.severity is Severity.HIGH
    assert finding.fix is sl.FIX_SCREEN_LOCK


def test_windows_policy_overrides_the_users_screen_saver():
    never_sleeps = fx("windows", "powercfg-standbyidle-de.txt")
    finding = run_check(CHECK, _win(SAVER, policy={"ScreenSaveActive": "0"}, powercfg=never_sleeps))
    assert finding.status is Status.FAIL


def test_windows_without_screen_saver_and_unreadable_power_plan_is_unknown():
    """Sleep may well lock it: a power plan that did not answer is no 'never'."""
    finding = run_check(CHECK, _win())
    assert finding.status is Status.UNKNOWN
    assert "sleep time" in finding.reason


def test_windows_powercfg_cut_short_is_unknown_not_sleep_after_one_second():
    finding = run_check(
        CHECK, _win(powercfg=fx("windows", "powercfg-standbyidle-cut-after-ac.txt"))
    )
    assert finding.status is Status.UNKNOWN
    assert "sleep time" in finding.reason


def test_windows_inactivity_limit_locks():
    finding = run_check(CHECK, _win(inactivity=True))
    assert finding.status is Status.PASS
    assert finding.evidence["lock_by"] == "inactivity limit"


def test_windows_sleep_with_sign_in_on_wake_counts_and_30_minutes_warns():
    finding = run_check(CHECK, _win(powercfg=fx("windows", "powercfg-standbyidle-en.txt")))
    assert finding.status is Status.WARN
    assert finding.evidence["lock_by"] == "sleep"
    never = run_check(
        CHECK,
        _win(
            {"DelayLockInterval": "4294967295"},
            powercfg=fx("windows", "powercfg-standbyidle-en.txt"),
        ),
    )
    assert never.status is Status.FAIL


def test_windows_unreadable_registry_is_unknown():
    seams = machine(
        "windows",
        commands={sl.reg_value(sl.WIN_DESKTOP, "ScreenSaveActive"): CommandOutcome.TIMEOUT},
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.UNKNOWN


# ----- macOS --------------------------------------------------------------------------------


def _mac(status, idle=None, pmset=None):
    commands = {sl.SYSADMINCTL_SCREENLOCK: ok("", 0, status)}
    commands[sl.MAC_IDLE_TIME] = (
        ok(f"{idle}\n") if idle is not None else ok("", 1, "does not exist")
    )
    if pmset is not None:
        commands[sl.PMSET] = ok(pmset)
    return machine("macos", commands=commands)


def test_macos_immediate_with_display_sleep_passes():
    finding = run_check(
        CHECK, _mac(fx("macos", "sysadminctl-immediate.stderr"), 300, fx("macos", "pmset-g.txt"))
    )
    assert finding.status is Status.PASS
    assert finding.summary == "The screen locks after 5 minutes"


def test_macos_screen_lock_off_fails():
    finding = run_check(CHECK, _mac(fx("macos", "sysadminctl-off.stderr"), 300))
    assert finding.status is Status.FAIL
    assert finding.fix.steps_for(OSFamily.MACOS)


def test_macos_password_after_300_seconds_warns():
    finding = run_check(CHECK, _mac(fx("macos", "sysadminctl-300.stderr"), 60))
    assert finding.status is Status.WARN


def test_macos_never_idle_fails_and_old_macos_is_unknown():
    never = run_check(
        CHECK, _mac(fx("macos", "sysadminctl-immediate.stderr"), 0, "displaysleep 0\n")
    )
    assert never.status is Status.FAIL
    old = run_check(CHECK, _mac("Usage: sysadminctl ...", 300))
    assert old.status is Status.UNKNOWN


# ----- never on a recording -----------------------------------------------------------------


def test_the_gnome_fix_runs_here_but_never_on_a_recording(tmp_path):
    plat = platform("linux", "24.04")
    commands = [cmd(argv, spec[1]) for argv, spec in {**desktop("GNOME"), **gnome("false")}.items()]
    path = tmp_path / "gnome.json"
    path.write_text(json.dumps(snapshot(plat, commands, {})), encoding="utf-8")
    recording = as_recording(path)
    finding = run_check(CHECK, recording.seams)
    auto = finding.fix.auto_fix[OSFamily.LINUX]
    assert auto is sl.AUTO_GNOME_LOCK
    assert "recording" in recording.auto_fix_blocker(auto)
    assert as_this_computer(recording.seams).auto_fix_blocker(auto) == ""


# ----- every word through the translator ----------------------------------------------------


def test_every_word_of_its_findings_goes_through_the_translator():
    from tests.engine.test_words_translated import untranslated

    findings = [
        run_check(CHECK, linux("GNOME", gnome(lock=lock, idle=idle, delay=delay)))
        for lock, idle, delay in (
            ("true", "uint32 300", "uint32 0"),
            ("false", "uint32 300", "uint32 0"),
            ("true", "uint32 0", "uint32 0"),
            ("true", "uint32 1800", "uint32 0"),
            ("true", "uint32 300", "uint32 90"),
        )
    ]
    findings += [
        run_check(CHECK, linux("GNOME", gnome(lockdown="true"))),
        run_check(CHECK, linux("sway")),
        run_check(CHECK, machine("debian", commands={sl.DESKTOP_ENV: ok("", 1)})),
        run_check(CHECK, linux("XFCE")),
        run_check(
            CHECK, linux("KDE", files={KDE_USER: fx("linux", "kscreenlockerrc-no-lock-on-resume")})
        ),
        run_check(CHECK, _win(SAVER, goodbye="0x1", policy={"ScreenSaveTimeOut": "300"})),
        run_check(CHECK, _win(inactivity=True)),
        run_check(CHECK, _win()),
        run_check(CHECK, _mac(fx("macos", "sysadminctl-off.stderr"), 300)),
        run_check(CHECK, _mac("Usage", 300)),
    ]
    data = ("GNOME", "KDE Plasma", "Xfce", "Windows", "macOS", "sway", "XDG_CURRENT_DESKTOP")
    for finding in findings:
        texts = [finding.summary, finding.detail, finding.reason]
        texts += [t for f in finding.facts for t in (f.label, f.value)]
        for text in texts:
            assert untranslated(text, *data) == "", (finding.summary, text)


def test_only_the_first_line_of_the_desktop_name_is_read():
    # A printenv that answers with several lines (a wrapper printing its own output first) is
    # quoted by its first line only: the rest is not the desktop's name.
    text = "bash 5.3.3-2 -> 5.3.8-1\nlibcups 2:2.4.15-2 -> 2:2.4.16-1\n"
    finding = run_check(CHECK, linux(text))
    assert finding.status is Status.UNKNOWN
    assert finding.evidence["desktop"] == "bash 5.3.3-2 -> 5.3.8-1"
    assert "libcups" not in finding.reason

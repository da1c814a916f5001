import contextlib
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hygiene_app.checks import auto_updates as au
from hygiene_app.checks._common import ParseError
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.model import OSFamily, Severity, Status
from hygiene_app.engine.probes import CommandOutcome, FileOutcome
from tests.support import _PLATFORMS, NOW, MeteredCommands, fixture_text, machine, ok, run_check

CHECK = au.AutoUpdatesCheck()
DAY = 86400.0


def fx(name: str) -> str:
    return fixture_text("updates", name)


LOCAL_DUMP = fx("apt-config-dump-debian12-local.txt")
#: What `apt-config dump` shows once 20auto-upgrades is installed: the same lines, merged in.
UNATTENDED_DUMP = LOCAL_DUMP + fx("20auto-upgrades-bmilcs.txt")
NOT_FOUND = ok("", 1, fx("systemctl-not-found-local.stderr"))
NO_GSETTINGS_SCHEMA = ok("", 1, fx("gsettings-no-schema-local.stderr"))


def debian(
    dump: str = UNATTENDED_DUMP,
    *,
    installed: bool = True,
    timer=None,
    gsettings=None,
    os: str = "debian",
    mint_timer=None,
):
    """`mint_timer`: Linux Mint's automation flag file exists and its timer answers this."""
    commands = {
        au.APT_CONFIG_DUMP: ok(dump),
        au.APT_UPGRADE_TIMER: timer or ok(fx("systemctl-enabled-local.txt")),
        au.GNOME_SOFTWARE_DOWNLOADS: gsettings or NO_GSETTINGS_SCHEMA,
    }
    mtimes = {au.UNATTENDED_UPGRADE_BIN: NOW - 100 * DAY} if installed else {}
    if mint_timer is not None:
        commands[au.MINT_UPGRADE_TIMER] = mint_timer
        mtimes[au.MINT_UPGRADES_FLAG] = NOW - DAY
    return machine(os, commands=commands, mtimes=mtimes)


# ----- Debian / Ubuntu ----------------------------------------------------------------------


def test_unattended_upgrades_configured_and_installed_passes():
    finding = run_check(CHECK, debian(os="ubuntu"))
    assert finding.status is Status.PASS
    assert finding.evidence["unattended_upgrade"] == "1"
    assert finding.evidence["mechanism"] == "unattended-upgrades"


def test_local_debian_without_periodic_keys_fails_with_debian_steps():
    finding = run_check(CHECK, debian(LOCAL_DUMP, installed=False))
    assert finding.status is Status.FAIL
    assert finding.severity is Severity.MEDIUM
    assert finding.evidence["update_package_lists"] is None
    assert finding.fix is au.FIX_AUTO_DEBIAN and finding.fix.verify_check == "UPD-002"
    commands = [s.command for s in finding.fix.steps_for(OSFamily.LINUX) if s.command]
    assert any("dpkg-reconfigure -plow unattended-upgrades" in c for c in commands)


def test_configured_but_package_missing_is_not_a_pass():
    finding = run_check(CHECK, debian(installed=False))
    assert finding.status is Status.WARN  # lists are still refreshed daily
    assert "not installed" in finding.detail


def test_config_file_left_behind_by_apt_remove_is_not_the_package():
    # `apt remove unattended-upgrades` keeps 50unattended-upgrades; the program is gone.
    seams = machine(
        "debian",
        commands={
            au.APT_CONFIG_DUMP: ok(UNATTENDED_DUMP),
            au.APT_UPGRADE_TIMER: ok(fx("systemctl-enabled-local.txt")),
        },
        files={au.UNATTENDED_UPGRADES_CONF: "// Unattended-Upgrade::Origins-Pattern {...}\n"},
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.WARN
    assert "not installed" in finding.detail
    assert finding.fix is not None and finding.fix.verify_check == "UPD-002"


def test_disabled_upgrade_timer_means_no_automatic_installs():
    finding = run_check(CHECK, debian(timer=ok("disabled\n", 1)))
    assert finding.status is Status.WARN
    assert "apt-daily-upgrade.timer" in finding.detail


def test_upgrade_timer_not_installed_means_no_automatic_installs():
    finding = run_check(CHECK, debian(timer=NOT_FOUND))
    assert finding.evidence["apt_daily_upgrade_timer"] == "not-found"
    assert finding.status is Status.WARN
    assert finding.fix is not None and finding.fix.verify_check == "UPD-002"


@pytest.mark.parametrize(
    "timer",
    [
        CommandOutcome.NOT_FOUND,
        CommandOutcome.TIMEOUT,
        ok("", 1, "Failed to connect to bus: No medium found\n"),
    ],
)
def test_upgrade_timer_state_unknown_is_not_a_pass(timer):
    finding = run_check(CHECK, debian(timer=timer))
    assert finding.status is Status.UNKNOWN
    assert "apt-daily-upgrade.timer" in finding.reason


def test_upgrade_timer_state_unknown_does_not_hide_a_failure():
    # Nothing configured: the timer's state does not matter.
    finding = run_check(CHECK, debian(LOCAL_DUMP, installed=False, timer=CommandOutcome.NOT_FOUND))
    assert finding.status is Status.FAIL


def test_periodic_enable_0_stops_unattended_upgrades_whatever_the_other_keys_say():
    # /usr/lib/apt/apt.systemd.daily, run by both apt-daily timers, exits at once when
    # `APT::Periodic::Enable "0";` (a setting some hardening guides and images use).
    disabled = UNATTENDED_DUMP + 'APT::Periodic::Enable "0";\n'
    finding = run_check(CHECK, debian(disabled, os="ubuntu"))
    assert finding.status is Status.FAIL
    assert finding.evidence["periodic_enable"] == "0"
    # Any other value leaves the daily script running.
    enabled = UNATTENDED_DUMP + 'APT::Periodic::Enable "1";\n'
    assert run_check(CHECK, debian(enabled, os="ubuntu")).status is Status.PASS


def test_linux_mint_update_manager_automation_is_automatic_updates():
    # Mint's Update Manager ("Automation" preferences) upgrades through its own timer, gated by
    # a flag file (mintupdate's automation script exits without it); no unattended-upgrades.
    def mint(timer):
        return debian(LOCAL_DUMP, installed=False, os="ubuntu", mint_timer=timer)

    on = run_check(CHECK, mint(ok("enabled\n")))
    assert on.status is Status.PASS
    assert on.evidence["mechanism"] == "mintupdate"
    assert run_check(CHECK, mint(ok("disabled\n", 1))).status is Status.FAIL
    assert run_check(CHECK, mint(CommandOutcome.TIMEOUT)).status is Status.UNKNOWN
    # Without the flag file the timer's runs do nothing.
    assert run_check(CHECK, debian(LOCAL_DUMP, installed=False, os="ubuntu")).status is (
        Status.FAIL
    )


def test_lists_only_or_gnome_software_downloads_warn():
    lists_only = UNATTENDED_DUMP.replace('Unattended-Upgrade "1"', 'Unattended-Upgrade "0"')
    assert run_check(CHECK, debian(lists_only)).status is Status.WARN
    gnome = run_check(CHECK, debian(LOCAL_DUMP, installed=False, gsettings=ok("true\n")))
    assert gnome.status is Status.WARN


def test_apt_config_missing_or_garbage_is_unknown():
    missing = machine("debian", commands={au.APT_CONFIG_DUMP: CommandOutcome.NOT_FOUND})
    assert run_check(CHECK, missing).status is Status.UNKNOWN
    garbage = machine("debian", commands={au.APT_CONFIG_DUMP: ok("Speicherzugriffsfehler\n")})
    finding = run_check(CHECK, garbage)
    assert finding.status is Status.UNKNOWN
    assert "apt-config" in finding.reason


# ----- Fedora / Arch ------------------------------------------------------------------------


def unit_files(states: dict[str, str]):
    """`systemctl list-unit-files --no-legend UNIT...` as systemd 252 answers: one padded row
    per existing unit, sorted; exit code 1 and no output when none exists."""
    if not states:
        return ok("", 1)
    width = max(map(len, states)) + 1
    rows = "".join(f"{u.ljust(width)}{s} disabled\n" for u, s in sorted(states.items()))
    return ok(rows)


def fedora(states: dict[str, str], conf=None, gsettings=None, timers=None, defaults=None):
    commands = {
        au.FEDORA_TIMER_PROBE: timers or unit_files(states),
        au.GNOME_SOFTWARE_DOWNLOADS: gsettings or NO_GSETTINGS_SCHEMA,
    }
    files = {au.DNF_AUTOMATIC_CONF: conf} if conf is not None else {}
    if defaults is not None:
        files[au.DNF5_AUTOMATIC_DEFAULTS] = defaults
    return machine("fedora", commands=commands, files=files)


DNF5_DEFAULTS_APPLY = fx("dnf5-automatic-defaults-apply.conf")


def test_dnf5_defaults_decide_when_this_machine_overrides_nothing():
    finding = run_check(
        CHECK, fedora({"dnf5-automatic.timer": "enabled"}, defaults=DNF5_DEFAULTS_APPLY)
    )
    assert finding.status is Status.PASS
    assert finding.evidence["apply_updates"] == "yes"


def test_dnf5_overrides_in_etc_win_over_the_defaults():
    seams = fedora(
        {"dnf5-automatic.timer": "enabled"},
        conf="[commands]\napply_updates = no\n",
        defaults=DNF5_DEFAULTS_APPLY,
    )
    assert run_check(CHECK, seams).status is Status.WARN
    # An override file that leaves apply_updates out keeps the default.
    keeps = fedora(
        {"dnf5-automatic.timer": "enabled"},
        conf="[commands]\nupgrade_type = security\n",
        defaults=DNF5_DEFAULTS_APPLY,
    )
    assert run_check(CHECK, keeps).status is Status.PASS


def test_fedora_41_and_later_get_the_dnf5_steps():
    f41 = replace(_PLATFORMS["fedora"], os_version="41")
    seams = machine(
        platform=f41,
        commands={
            au.FEDORA_TIMER_PROBE: unit_files({}),
            au.GNOME_SOFTWARE_DOWNLOADS: NO_GSETTINGS_SCHEMA,
        },
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.FAIL
    commands = [s.command for s in finding.fix.steps_for(OSFamily.LINUX) if s.command]
    assert "sudo dnf install dnf5-plugin-automatic" in commands
    assert "sudo systemctl enable --now dnf5-automatic.timer" in commands
    assert au.fedora_guide("40") is au.FIX_AUTO_FEDORA
    assert au.fedora_guide("") is au.FIX_AUTO_FEDORA


def test_fedora_install_timer_passes():
    finding = run_check(CHECK, fedora({"dnf-automatic-install.timer": "enabled"}))
    assert finding.status is Status.PASS
    assert finding.evidence["timers"]["dnf-automatic.timer"] == "not-found"


def test_fedora_timer_applies_updates_only_when_configured():
    conf = "[commands]\nupgrade_type = security\napply_updates = yes\n"
    assert run_check(CHECK, fedora({"dnf5-automatic.timer": "enabled"}, conf)).status is (
        Status.PASS
    )
    download_only = fedora({"dnf-automatic.timer": "enabled"}, "[commands]\napply_updates = no\n")
    finding = run_check(CHECK, download_only)
    assert finding.status is Status.WARN
    assert "apply_updates" in finding.detail


def test_gsettings_memory_backend_default_is_not_gnome_software_downloading():
    # Outside the desktop session gsettings answers the schema default ("true") from its
    # in-memory backend, exit 0: that says nothing about this user's GNOME Software.
    memory = ok("true\n", 0, fx("gsettings-memory-backend.stderr"))
    finding = run_check(CHECK, fedora({"dnf-automatic.timer": "disabled"}, gsettings=memory))
    assert finding.evidence["gnome_software_downloads"] is None
    assert finding.status is Status.FAIL
    assert "GNOME Software" not in finding.detail
    finding = run_check(CHECK, debian(LOCAL_DUMP, installed=False, gsettings=memory))
    assert finding.evidence["gnome_software_downloads"] is None


def test_fedora_nothing_enabled_fails_with_fedora_steps():
    finding = run_check(CHECK, fedora({"dnf-automatic.timer": "disabled"}))
    assert finding.status is Status.FAIL
    assert finding.fix is au.FIX_AUTO_FEDORA
    commands = [s.command for s in finding.fix.steps_for(OSFamily.LINUX) if s.command]
    assert "sudo systemctl enable --now dnf-automatic.timer" in commands


def test_fedora_gnome_software_downloads_warn():
    finding = run_check(CHECK, fedora({}, gsettings=ok("true\n")))
    assert finding.status is Status.WARN
    assert finding.evidence["mechanism"] == "GNOME Software"


def test_fedora_without_systemd_is_unknown():
    no_systemd = ok(
        "", 1, "System has not been booted with systemd as init system (PID 1). Can't operate.\n"
    )
    finding = run_check(CHECK, fedora({}, timers=no_systemd))
    assert finding.status is Status.UNKNOWN
    assert "systemd" in finding.reason


@pytest.mark.parametrize(
    "timers", [CommandOutcome.NOT_FOUND, CommandOutcome.TIMEOUT, ok("Speicherzugriffsfehler\n")]
)
def test_fedora_timer_states_unknown_is_unknown(timers):
    finding = run_check(CHECK, fedora({}, timers=timers))
    assert finding.status is Status.UNKNOWN


def test_fedora_timers_asked_in_one_call_that_survives_missing_units():
    # systemd 252's `systemctl is-enabled A B` stops at the first unit that does not exist;
    # list-unit-files lists the units that exist and leaves the others out.
    assert au.FEDORA_TIMER_PROBE[:2] == ("systemctl", "list-unit-files")
    assert set(au.FEDORA_TIMERS) <= set(au.FEDORA_TIMER_PROBE)
    finding = run_check(CHECK, fedora({"dnf-automatic-install.timer": "enabled"}))
    assert finding.evidence["timers"]["dnf5-automatic.timer"] == "not-found"
    assert finding.status is Status.PASS


def test_fedora_unit_files_parser():
    text = (
        "dnf-automatic-install.timer disabled disabled\n"
        "dnf-automatic.timer         enabled  disabled\n"
    )
    states = au.parse_unit_files(text, au.FEDORA_TIMERS)
    assert states["dnf-automatic.timer"] == "enabled"
    assert states["dnf-automatic-install.timer"] == "disabled"
    assert states["dnf5-automatic.timer"] == "not-found"
    # systemd 219 (CentOS 7) prints no PRESET column.
    assert au.parse_unit_files("dnf-automatic.timer enabled\n", au.FEDORA_TIMERS)[
        "dnf-automatic.timer"
    ] == ("enabled")
    for garbage in ("Failed to connect to bus\n", "other.timer enabled enabled\n"):
        with pytest.raises(ParseError):
            au.parse_unit_files(garbage, au.FEDORA_TIMERS)


def test_arch_is_unknown_by_design():
    finding = run_check(CHECK, machine("arch"))
    assert finding.status is Status.UNKNOWN
    assert "pacman -Syu" in finding.reason


# ----- Windows ------------------------------------------------------------------------------


#: reg.exe's answer for a key that does not exist (exit 1; the words are translated).
REG_MISSING = ok("", 1, fx("windows-reg-missing-de.txt"))


def win(name: str, gpo: str = "", mdm: str = "", paused: str = "", reg=None, service=None):
    """A Windows machine: the PowerShell probe's JSON, then the three policy keys (missing
    unless a fixture is named; `reg` answers all three instead), and the service's start type
    when `service` answers it."""
    policy, mdm_key, state = au.WU_POLICY_PROBES
    commands = {au.WINDOWS_PROBE: ok(fx(name))}
    if service is not None:
        commands[au.WUAUSERV_PROBE] = service
    for argv, answer in ((policy, gpo), (mdm_key, mdm), (state, paused)):
        commands[argv] = reg if reg is not None else (ok(fx(answer)) if answer else REG_MISSING)
    return machine("windows", commands=commands)


def test_windows_paused_until_a_future_date_fails_with_the_date():
    finding = run_check(CHECK, win("windows-au-paused.json"))
    assert finding.status is Status.FAIL
    assert "2123-08-22" in finding.summary
    assert finding.evidence["paused_until"] == "2123-08-22"
    steps = finding.fix.steps_for(OSFamily.WINDOWS)
    assert steps[0].link == "ms-settings:windowsupdate"
    assert any("Resume updates" in s.text for s in steps)


def test_windows_expired_pause_is_on():
    finding = run_check(CHECK, win("windows-au-pause-expired.json"))
    assert finding.status is Status.PASS
    assert finding.evidence["managed_by_organization"] is False


def test_windows_no_auto_update_policy_fails_as_managed():
    finding = run_check(CHECK, win("windows-au-policy-off.json"))
    assert finding.status is Status.FAIL
    assert "managed by your organisation" in finding.summary


def test_windows_notify_before_install_warns():
    finding = run_check(CHECK, win("windows-au-policy-notify.json"))
    assert finding.status is Status.WARN
    assert finding.evidence["au_options"] == 3


def test_windows_updates_switched_off_by_an_mdm_policy_fail_and_name_it():
    # Intune's "turn off automatic updates" (AllowAutoUpdate = 5) leaves the AU settings the
    # PowerShell probe reads looking on: this machine used to pass.
    finding = run_check(
        CHECK, win("windows-au-pause-expired.json", mdm="windows-reg-mdm-update-off.txt")
    )
    assert finding.status is Status.FAIL
    assert "managed by your organisation" in finding.summary
    assert (
        "HKLM\\SOFTWARE\\Microsoft\\PolicyManager\\current\\device\\Update\\AllowAutoUpdate = 5"
        in finding.detail
    )
    assert "Your organisation set it, or a program did" in finding.detail
    assert any(f.label == "Policy" and "AllowAutoUpdate = 5" in f.value for f in finding.facts)
    assert finding.evidence["policies"][0]["value"] == "AllowAutoUpdate"


def test_windows_quality_updates_paused_by_a_policy_fail_with_the_end_date():
    finding = run_check(
        CHECK, win("windows-au-pause-expired.json", mdm="windows-reg-mdm-pause-quality.txt")
    )
    assert finding.status is Status.FAIL
    assert "paused until 2026-11-29" in finding.summary  # 2026-10-25 + 35 days
    assert "PauseQualityUpdates = 1" in finding.detail


def test_windows_paused_state_without_a_pause_of_ones_own_fails():
    finding = run_check(
        CHECK, win("windows-au-pause-expired.json", paused="windows-reg-updatepolicy-paused.txt")
    )
    assert finding.status is Status.FAIL
    assert finding.summary.startswith("Updates are paused")
    assert "PausedQualityStatus = 1" in finding.detail


def test_windows_own_pause_is_not_called_a_policy():
    finding = run_check(
        CHECK, win("windows-au-paused.json", paused="windows-reg-updatepolicy-paused.txt")
    )
    assert finding.status is Status.FAIL
    assert "2123-08-22" in finding.summary
    assert finding.evidence["managed_by_organization"] is False
    assert "set_by_policy" not in finding.evidence


def test_windows_group_policy_never_check_fails():
    finding = run_check(
        CHECK, win("windows-au-pause-expired.json", gpo="windows-reg-gpo-auoptions-1.txt")
    )
    assert finding.status is Status.FAIL
    assert "WindowsUpdate\\AU\\AUOptions = 1" in finding.detail


def test_windows_expired_policy_pause_and_deferral_pass():
    finding = run_check(
        CHECK, win("windows-au-pause-expired.json", gpo="windows-reg-gpo-pause-expired.txt")
    )
    assert finding.status is Status.PASS


def test_windows_feature_updates_paused_is_a_low_warning():
    finding = run_check(
        CHECK, win("windows-au-pause-expired.json", mdm="windows-reg-mdm-pause-feature.txt")
    )
    assert (finding.status, finding.severity) == (Status.WARN, Severity.LOW)
    assert "PauseFeatureUpdates = 1" in finding.detail


def test_windows_update_service_disabled_fails_and_names_the_service():
    # Settings that look on (NotificationLevel 4, no policy) with the service disabled.
    disabled = ok(fx("windows-reg-wuauserv-disabled.txt"))
    finding = run_check(CHECK, win("windows-au-pause-expired.json", service=disabled))
    assert finding.status is Status.FAIL
    assert "Services\\wuauserv\\Start = 4" in finding.detail
    # Manual (3), the service's normal start type, changes nothing; nor does a missing answer.
    manual = ok(fx("windows-reg-wuauserv-disabled.txt").replace("0x4", "0x3"))
    assert run_check(CHECK, win("windows-au-pause-expired.json", service=manual)).status is (
        Status.PASS
    )
    assert run_check(CHECK, win("windows-au-pause-expired.json")).status is Status.PASS


def test_windows_policies_that_cannot_be_read_give_no_pass():
    finding = run_check(CHECK, win("windows-au-pause-expired.json", reg=CommandOutcome.TIMEOUT))
    assert finding.status is Status.UNKNOWN
    assert "policies could not be read" in finding.reason
    # A finding the settings already prove stays.
    assert run_check(CHECK, win("windows-au-paused.json", reg=CommandOutcome.TIMEOUT)).status is (
        Status.FAIL
    )


@pytest.mark.parametrize(
    "outcome",
    [CommandOutcome.TIMEOUT, CommandOutcome.PERMISSION_DENIED, CommandOutcome.FAILED],
)
def test_a_windows_update_service_that_cannot_be_read_gives_no_pass(outcome):
    # A disabled wuauserv (Start = 4) is a FAIL; a read that failed cannot rule it out.
    finding = run_check(CHECK, win("windows-au-pause-expired.json", service=outcome))
    assert finding.status is Status.UNKNOWN
    assert "Windows Update service's settings could not be read" in finding.reason
    # A finding the settings already prove stays; NOT_FOUND (older recordings) decides as before.
    assert run_check(CHECK, win("windows-au-paused.json", service=outcome)).status is Status.FAIL
    missing = win("windows-au-pause-expired.json", service=CommandOutcome.NOT_FOUND)
    assert run_check(CHECK, missing).status is Status.PASS


def test_reg_refusing_the_windows_update_service_s_key_gives_no_pass():
    # The key is on every Windows: reg exiting 1 there ("ERROR: Access is denied.") is no
    # answer, not "the service is as Windows set it".
    denied = ok("", 1, "ERROR: Access is denied.\r\n")
    finding = run_check(CHECK, win("windows-au-pause-expired.json", service=denied))
    assert finding.status is Status.UNKNOWN
    assert "'reg' failed with exit code 1" in finding.reason


@given(st.text())
def test_windows_policy_reading_never_crashes(text):
    from hygiene_app.checks.safe_browsing import parse_reg_query

    for hit in au.windows_policy_hits(parse_reg_query(text), NOW):
        assert hit.named


@pytest.mark.parametrize(
    ("when", "status"),
    [
        ("9999-12-31T23:59:59-14:00", Status.UNKNOWN),  # past the end of the calendar in UTC
        ("0001-01-01T00:00:00+14:00", Status.UNKNOWN),  # before its start
        ("9999-12-31T23:59:59", Status.FAIL),  # the end itself: paused for good
    ],
)
def test_windows_pause_time_at_the_ends_of_the_calendar_does_not_crash(when, status):
    import json

    doc = json.dumps({"Policy": False, "PauseUpdatesExpiryTime": when, "NotificationLevel": 4})
    commands = {au.WINDOWS_PROBE: ok(doc), **dict.fromkeys(au.WU_POLICY_PROBES, REG_MISSING)}
    finding = run_check(CHECK, machine("windows", commands=commands))
    assert finding.status is status


def test_pause_time_is_converted_to_utc_or_refused():
    assert au.parse_pause_time("2123-08-22T11:02:26+02:00").isoformat() == (
        "2123-08-22T09:02:26+00:00"
    )
    for value in ("9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00"):
        with pytest.raises(ParseError):
            au.parse_pause_time(value)


@pytest.mark.parametrize("text", ["[" * 100000, "1" * 5000, '{"Policy": ' + "9" * 5000 + "}"])
def test_windows_json_too_deep_or_too_long_is_a_parse_error(text):
    with pytest.raises(ParseError):
        au.parse_windows_au(text)
    finding = run_check(CHECK, machine("windows", commands={au.WINDOWS_PROBE: ok(text)}))
    assert finding.status is Status.UNKNOWN


def test_windows_failures_are_unknown():
    for spec in (
        CommandOutcome.TIMEOUT,
        ok("", 1, "Zugriff verweigert"),
        ok("Zugriff verweigert"),
        ok('{"Policy":false,"PauseUpdatesExpiryTime":"morgen"}'),
    ):
        seams = machine("windows", commands={au.WINDOWS_PROBE: spec})
        assert run_check(CHECK, seams).status is Status.UNKNOWN


# ----- macOS --------------------------------------------------------------------------------

MISSING = ok(fx("plutil-missing.txt"), 1)


def mac(managed=MISSING, prefs=MISSING, **kw):
    return machine(
        "macos",
        commands={au.MACOS_MANAGED_PROBE: managed, au.MACOS_PREFS_PROBE: prefs},
        **kw,
    )


def test_macos_defaults_when_no_files_pass():
    finding = run_check(CHECK, mac())
    assert finding.status is Status.PASS
    assert finding.evidence["CriticalUpdateInstall"] is True


def test_macos_macos_updates_not_installed_is_a_low_warning():
    finding = run_check(CHECK, mac(prefs=ok(fx("macos-softwareupdate-prefs.xml"))))
    assert finding.status is Status.WARN
    assert finding.severity is Severity.LOW
    assert finding.fix.steps_for(OSFamily.MACOS)[0].link == (
        "x-apple.systempreferences:com.apple.Software-Update-Settings.extension"
    )


def test_macos_managed_values_win():
    finding = run_check(
        CHECK,
        mac(
            managed=ok(fx("macos-softwareupdate-managed.xml")),
            prefs=ok(fx("macos-softwareupdate-prefs.xml")),
        ),
    )
    assert finding.status is Status.FAIL
    assert "managed by your organisation" in finding.summary
    assert finding.evidence["managed_keys"] == ["AutomaticCheckEnabled", "CriticalUpdateInstall"]


def test_macos_settings_stored_as_text_are_read_as_macos_reads_them():
    # A hand-made profile (or `defaults write ... -string NO`) stores the setting as a string;
    # macOS reads "NO"/"false"/"0" as off. It was skipped, and the default "on" passed.
    xml = fx("macos-softwareupdate-managed.xml").replace(
        "<key>AutomaticCheckEnabled</key>\n\t<false/>",
        "<key>AutomaticCheckEnabled</key>\n\t<string>NO</string>",
    )
    assert "<string>NO</string>" in xml
    finding = run_check(CHECK, mac(managed=ok(xml)))
    assert finding.status is Status.FAIL
    assert finding.evidence["AutomaticCheckEnabled"] is False
    assert au.macos_settings({"AutomaticDownload": " true "}, {})["AutomaticDownload"] == (
        True,
        "managed",
    )
    # Text macOS does not read as a boolean is not a setting: the next layer decides.
    assert au.macos_settings({"AutomaticDownload": "sometimes"}, {"AutomaticDownload": False})[
        "AutomaticDownload"
    ] == (False, "set")


def test_macos_security_responses_off_warns():
    xml = fx("macos-softwareupdate-managed.xml").replace(
        "<key>AutomaticCheckEnabled</key>\n\t<false/>",
        "<key>AutomaticCheckEnabled</key>\n\t<true/>",
    )
    finding = run_check(CHECK, mac(prefs=ok(xml)))
    assert finding.status is Status.WARN
    assert finding.severity is Severity.MEDIUM


def test_macos_unreadable_or_garbage_plist_is_unknown():
    denied = run_check(CHECK, mac(prefs=ok(fx("plutil-denied.txt"), 1)))
    assert denied.status is Status.UNKNOWN
    garbage = run_check(CHECK, mac(prefs=ok("<plist><dict><key>x</key>")))
    assert garbage.status is Status.UNKNOWN
    missing_tool = run_check(CHECK, mac(prefs=CommandOutcome.NOT_FOUND))
    assert missing_tool.status is Status.UNKNOWN


def test_macos_old_plutil_without_cocoa_error_checks_the_file():
    terse = ok(
        "",
        1,
        f"{au.MACOS_MANAGED_PLIST}: file does not exist or is not readable or is "
        "not a regular file\n",
    )
    absent = mac(managed=terse)
    assert run_check(CHECK, absent).status is Status.PASS
    present = mac(managed=terse, mtimes={au.MACOS_MANAGED_PLIST: NOW - DAY})
    assert run_check(CHECK, present).status is Status.UNKNOWN


@pytest.mark.parametrize("outcome", [FileOutcome.DENIED, FileOutcome.ERROR])
def test_macos_unclassifiable_plutil_failure_on_a_file_we_cannot_see_is_unknown(outcome):
    # No Cocoa error and no mtime, but the file is there (reading it is refused): not missing.
    odd = ok("", 1, "some odd error\n")
    finding = run_check(CHECK, mac(prefs=odd, files={au.MACOS_PREFS_PLIST: outcome}))
    assert finding.status is Status.UNKNOWN
    assert finding.reason


# ----- parsers ------------------------------------------------------------------------------


def test_apt_config_parser_reads_merged_values():
    config = au.parse_apt_config(UNATTENDED_DUMP)
    assert config[au.UPDATE_LISTS_KEY] == "1"
    assert config["APT::Architecture"] == "amd64"
    with pytest.raises(ParseError):
        au.parse_apt_config("")


@pytest.mark.parametrize(
    ("value", "on"),
    [
        (None, False),
        ("0", False),
        ("", False),
        ("0d", False),
        ("1", True),
        ("always", True),
        ("6h", True),
    ],
)
def test_periodic_values(value, on):
    assert au.periodic_on(value) is on


def test_unit_state_parser_on_real_outputs():
    assert au.parse_unit_state(fx("systemctl-enabled-local.txt")) == "enabled"
    assert au.parse_unit_state(fx("systemctl-not-found-local.stderr")) == "not-found"
    assert au.parse_unit_state("Failed to connect to bus: No medium found") is None


def test_pause_time_is_a_date_not_a_number():
    when = au.parse_pause_time("2123-08-22T09:02:26Z")
    assert when.year == 2123 and when.utcoffset() is not None
    with pytest.raises(ParseError):
        au.parse_pause_time("1692695146")


def test_plutil_missing_versus_denied():
    assert au.plutil_says_missing(fx("plutil-missing.txt")) is True
    assert au.plutil_says_missing(fx("plutil-denied.txt")) is False
    assert au.plutil_says_missing("x: file does not exist or is not readable") is None


def test_windows_state_with_platform_now():
    facts = au.parse_windows_au(fx("windows-au-paused.json"))
    assert au.windows_state(facts, NOW).level is au.AutoLevel.PAUSED
    assert au.windows_state(facts, 5_000_000_000.0).level is au.AutoLevel.INSTALLS


def test_unsupported_distribution_is_unknown():
    suse = replace(
        _PLATFORMS["fedora"],
        distribution_id="opensuse-leap",
        distribution_like=("suse",),
        distribution_name="openSUSE Leap 15.6",
    )
    finding = run_check(CHECK, machine(platform=suse))
    assert finding.status is Status.UNKNOWN
    assert "openSUSE" in finding.reason


def test_missing_automatic_conf_means_the_defaults():
    # apply_updates defaults to no: dnf-automatic.timer only downloads.
    finding = run_check(CHECK, fedora({"dnf-automatic.timer": "enabled"}))
    assert finding.status is Status.WARN
    assert finding.fix is au.FIX_AUTO_FEDORA and finding.fix.verify_check == "UPD-002"


@pytest.mark.parametrize("outcome", [FileOutcome.DENIED, FileOutcome.ERROR])
def test_unreadable_automatic_conf_is_unknown_when_it_decides(outcome):
    finding = run_check(CHECK, fedora({"dnf-automatic.timer": "enabled"}, conf=outcome))
    assert finding.status is Status.UNKNOWN
    assert au.DNF_AUTOMATIC_CONF in finding.reason
    # The install timer installs whatever the file says: the file does not matter then.
    install = fedora({"dnf-automatic-install.timer": "enabled"}, conf=outcome)
    assert run_check(CHECK, install).status is Status.PASS


@given(st.text())
def test_text_parsers_never_crash(text):
    for parse in (au.parse_apt_config, au.parse_windows_au, au.parse_plist, au.parse_pause_time):
        with contextlib.suppress(ParseError):
            parse(text)
    with contextlib.suppress(ParseError):
        states = au.parse_unit_files(text, au.FEDORA_TIMERS)
        assert set(states) == set(au.FEDORA_TIMERS)
    assert au.parse_unit_state(text) in au._UNIT_STATES | {None}
    assert au.parse_gsettings_bool(text) in (True, False, None)
    assert au.plutil_says_missing(text) in (True, False, None)
    assert isinstance(au.periodic_on(text), bool)


@given(
    st.dictionaries(
        st.sampled_from(
            [
                "Policy",
                "NoAutoUpdate",
                "AUOptions",
                "PauseUpdatesExpiryTime",
                "PauseQualityUpdatesEndTime",
                "NotificationLevel",
            ]
        ),
        st.none() | st.booleans() | st.integers() | st.text(max_size=30),
    )
)
def test_windows_parser_total_on_any_values(doc):
    import json

    try:
        facts = au.parse_windows_au(json.dumps(doc))
    except ParseError:
        return
    au.windows_state(facts, NOW)


@given(st.text())
def test_plist_parser_total_on_plist_shaped_text(body):
    text = f'<?xml version="1.0"?><plist version="1.0"><dict>{body}</dict></plist>'
    try:
        values = au.parse_plist(text)
    except ParseError:
        return
    au.macos_state(au.macos_settings({}, values))


# ----- time budget --------------------------------------------------------------------------


def asked_for(seams) -> float:
    metered = MeteredCommands(seams.commands)
    CHECK.run(ProbeContext(replace(seams, commands=metered)))
    return metered.total


def test_every_path_fits_in_the_deadline_with_room_to_spare():
    # ctx.run cuts each probe to what is left of META.timeout: probes that ask for more in
    # total starve the last ones, which then fail with a vague reason.
    assert au.META.timeout <= 15  # the whole checkup waits for the slowest check
    slack = 3.0
    paths = {
        "debian": debian(gsettings=ok("true\n")),
        "fedora": fedora({"dnf-automatic.timer": "enabled"}, gsettings=ok("true\n")),
        "windows": win("windows-au-pause-expired.json"),
        "macos": mac(prefs=ok(fx("macos-softwareupdate-prefs.xml"))),
    }
    for name, seams in paths.items():
        assert asked_for(seams) <= au.META.timeout - slack, name


# ----- Fedora's atomic desktops (rpm-ostree) and Linux Mint: their own tools and guides -----

SILVERBLUE = replace(
    _PLATFORMS["fedora"],
    os_version="41",
    distribution_name="Fedora Linux 41.20241101.0 (Silverblue)",
)
BAZZITE = replace(
    _PLATFORMS["fedora"],
    os_version="41",
    distribution_id="bazzite",
    distribution_like=("fedora",),
    distribution_name="Bazzite 41 (FROM Fedora Kinoite)",
)


def atomic(states, conf=None, *, platform=SILVERBLUE, gsettings=None):
    """An image-based Fedora: /run/ostree-booted exists; `conf` is /etc/rpm-ostreed.conf."""
    files = {au.RPM_OSTREED_CONF: conf} if conf is not None else {}
    return machine(
        platform=platform,
        commands={
            au.OSTREE_TIMER_PROBE: unit_files(states),
            au.FEDORA_TIMER_PROBE: unit_files({}),
            au.GNOME_SOFTWARE_DOWNLOADS: gsettings or NO_GSETTINGS_SCHEMA,
        },
        files=files,
        mtimes={au.OSTREE_BOOTED: NOW - DAY},
    )


def linux_commands(finding):
    return [s.command for s in finding.fix.steps_for(OSFamily.LINUX) if s.command]


def test_silverblue_as_shipped_fails_with_rpm_ostree_steps_not_dnf():
    finding = run_check(
        CHECK, atomic({au.RPM_OSTREE_TIMER: "disabled"}, fx("rpm-ostreed-fedora.conf"))
    )
    assert finding.status is Status.FAIL
    assert finding.evidence["automatic_update_policy"] == "none"
    assert "dnf-automatic" not in finding.detail
    assert finding.fix is au.FIX_AUTO_OSTREE
    commands = linux_commands(finding)
    assert "sudoedit /etc/rpm-ostreed.conf" in commands
    assert any("rpm-ostreed-automatic.timer" in c for c in commands)
    assert not any("dnf" in c for c in commands)


def test_silverblue_automatic_staging_passes():
    stage = fx("rpm-ostreed-stage.conf")
    finding = run_check(CHECK, atomic({au.RPM_OSTREE_TIMER: "enabled"}, stage))
    assert finding.status is Status.PASS
    assert finding.evidence["mechanism"] == "rpm-ostree"
    # The policy without its timer does nothing; with GNOME Software downloading, a warning.
    off = run_check(CHECK, atomic({au.RPM_OSTREE_TIMER: "disabled"}, stage))
    assert off.status is Status.FAIL
    assert "rpm-ostreed-automatic.timer" in off.detail
    gnome = atomic({au.RPM_OSTREE_TIMER: "disabled"}, stage, gsettings=ok("true\n"))
    assert run_check(CHECK, gnome).status is Status.WARN


def test_silverblue_check_policy_only_looks_for_updates():
    check = fx("rpm-ostreed-fedora.conf").replace(
        "#AutomaticUpdatePolicy=none", "AutomaticUpdatePolicy=check"
    )
    finding = run_check(CHECK, atomic({au.RPM_OSTREE_TIMER: "enabled"}, check))
    assert finding.status is Status.WARN
    assert "AutomaticUpdatePolicy=check" in finding.detail


def test_rpm_ostreed_policy_is_read_from_its_daemon_section_only():
    assert au.parse_rpm_ostreed_policy(fx("rpm-ostreed-fedora.conf")) == "none"
    assert au.parse_rpm_ostreed_policy(fx("rpm-ostreed-stage.conf")) == "stage"
    assert au.parse_rpm_ostreed_policy("[Other]\nAutomaticUpdatePolicy=stage\n") == "none"
    assert au.parse_rpm_ostreed_policy("") == "none"


@pytest.mark.parametrize(
    ("conf", "timers", "why"),
    [
        (FileOutcome.DENIED, {au.RPM_OSTREE_TIMER: "enabled"}, au.RPM_OSTREED_CONF),
        ("[Daemon]\nAutomaticUpdatePolicy=sometimes\n", {}, "sometimes"),
        (fx("rpm-ostreed-stage.conf"), None, "systemd"),
    ],
)
def test_silverblue_settings_that_cannot_be_read_are_unknown(conf, timers, why):
    seams = atomic(timers or {}, conf)
    if timers is None:
        no_systemd = ok("", 1, "System has not been booted with systemd as init system (PID 1).\n")
        seams = machine(
            platform=SILVERBLUE,
            commands={au.OSTREE_TIMER_PROBE: no_systemd},
            files={au.RPM_OSTREED_CONF: conf},
            mtimes={au.OSTREE_BOOTED: NOW - DAY},
        )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.UNKNOWN
    assert why in finding.reason


def test_bazzite_own_update_timer_is_automatic_updates():
    seams = atomic({"uupd.timer": "enabled"}, fx("rpm-ostreed-fedora.conf"), platform=BAZZITE)
    finding = run_check(CHECK, seams)
    assert finding.status is Status.PASS
    assert finding.evidence["mechanism"] == "uupd"


def test_linux_mint_guide_is_update_manager_automation_not_unattended_upgrades():
    mint = replace(
        _PLATFORMS["ubuntu"],
        os_version="22",
        distribution_id="linuxmint",
        distribution_like=("ubuntu", "debian"),
        distribution_name="Linux Mint 22",
    )
    seams = machine(
        platform=mint,
        commands={
            au.APT_CONFIG_DUMP: ok(LOCAL_DUMP),
            au.APT_UPGRADE_TIMER: ok(fx("systemctl-enabled-local.txt")),
            au.GNOME_SOFTWARE_DOWNLOADS: NO_GSETTINGS_SCHEMA,
        },
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.FAIL
    assert finding.fix is au.FIX_AUTO_MINT
    assert linux_commands(finding) == []
    first = finding.fix.steps_for(OSFamily.LINUX)[0].text
    assert "Update Manager" in first and "Automation" in first


@pytest.mark.parametrize(
    ("distribution_id", "like"),
    [("elementary", ("ubuntu",)), ("neon", ("ubuntu", "debian")), ("zorin", ("ubuntu",))],
)
def test_other_ubuntu_relatives_keep_the_unattended_upgrades_guide(distribution_id, like):
    platform = replace(
        _PLATFORMS["ubuntu"], distribution_id=distribution_id, distribution_like=like
    )
    assert au.linux_guide(platform) is au.FIX_AUTO_DEBIAN


POP_22 = replace(
    _PLATFORMS["ubuntu"],
    distribution_id="pop",
    distribution_like=("ubuntu", "debian"),
    distribution_name="Pop!_OS 22.04 LTS",
)


def pop(conf, platform=POP_22):
    return machine(
        platform=platform,
        commands={
            au.APT_CONFIG_DUMP: ok(LOCAL_DUMP),
            au.APT_UPGRADE_TIMER: ok(fx("systemctl-enabled-local.txt")),
            au.GNOME_SOFTWARE_DOWNLOADS: NO_GSETTINGS_SCHEMA,
        },
        files={au.POP_UPDATER_CONF: conf} if conf is not None else {},
    )


def test_pop_os_automatic_updates_in_settings_are_automatic_updates():
    # Pop!_OS's own switch (Settings, OS Upgrade & Recovery) drives pop-system-updater, not
    # unattended-upgrades, whose default origins match nothing there (pop-os/pop#3946).
    on = run_check(CHECK, pop(fx("pop-system-updater-on.ron")))
    assert on.status is Status.PASS
    assert on.evidence["mechanism"] == "pop-system-updater"
    off = run_check(CHECK, pop(fx("pop-system-updater-off.ron")))
    assert off.status is Status.FAIL
    assert off.fix is au.FIX_AUTO_POP
    first = off.fix.steps_for(OSFamily.LINUX)[0]
    assert "OS Upgrade & Recovery" in first.text and first.command is None
    assert not any("unattended-upgrades" in c for c in linux_commands(off))


def test_pop_os_24_guide_says_plainly_there_is_no_automatic_update_setting():
    cosmic = replace(POP_22, os_version="24.04", distribution_name="Pop!_OS 24.04 LTS")
    finding = run_check(CHECK, pop(None, cosmic))
    assert finding.status is Status.FAIL
    assert finding.fix is au.FIX_AUTO_POP_COSMIC
    assert "no setting for automatic updates" in finding.fix.steps_for(OSFamily.LINUX)[0].text
    assert linux_commands(finding) == ["sudo apt update && sudo apt full-upgrade"]


def test_windows_policy_guide_works_on_windows_home_without_gpedit():
    # Windows Home has no gpedit.msc: where a policy switches updates off, the guide also says
    # how to remove it directly, and how to switch a disabled Windows Update service back on.
    gpo = run_check(
        CHECK, win("windows-au-pause-expired.json", gpo="windows-reg-gpo-auoptions-1.txt")
    )
    commands = [s.command for s in gpo.fix.steps_for(OSFamily.WINDOWS) if s.command]
    assert commands == [f'reg delete "{au.WU_POLICY_KEY}" /f']
    assert gpo.fix.steps_for(OSFamily.WINDOWS)[-1].text == "Run this check again."
    disabled = ok(fx("windows-reg-wuauserv-disabled.txt"))
    service = run_check(CHECK, win("windows-au-pause-expired.json", service=disabled))
    assert "sc.exe config wuauserv start= demand" in [
        s.command for s in service.fix.steps_for(OSFamily.WINDOWS)
    ]
    # Without a policy the guide is the usual one: no registry commands.
    paused = run_check(CHECK, win("windows-au-paused.json"))
    assert paused.fix is au.FIX_AUTO


def test_an_ostree_system_that_is_not_fedora_is_not_sent_to_rpm_ostree():
    # Endless OS boots from OSTree too, but updates with its own tools (no rpm-ostree).
    endless = replace(
        _PLATFORMS["debian"], distribution_id="endless", distribution_name="Endless OS 6"
    )
    seams = machine(platform=endless, mtimes={au.OSTREE_BOOTED: NOW - DAY})
    finding = run_check(CHECK, seams)
    assert finding.fix is None or finding.fix is not au.FIX_AUTO_OSTREE
    assert "rpm-ostree" not in finding.reason


def test_automatic_update_policy_is_read_as_rpm_ostreed_reads_it_in_any_case():
    # rpmostreed lowercases AutomaticUpdatePolicy before matching it: "Stage" stages updates.
    timers = {au.RPM_OSTREE_TIMER: "enabled"}
    for written in ("Stage", "STAGE", "Apply", "Check"):
        state = au.ostree_state(written, timers, None)
        assert state.level is not au.AutoLevel.UNKNOWN, written
    assert au.ostree_state("Stage", timers, None).level is au.AutoLevel.INSTALLS


def test_one_ostree_rule_and_one_gsettings_reader_serve_every_update_check():
    from hygiene_app.checks import _ostree
    from hygiene_app.checks import restart_pending as rp
    from hygiene_app.checks import screen_lock as sl

    assert au.is_ostree is _ostree.is_ostree
    assert rp.OSTREE_BOOTED == au.OSTREE_BOOTED == _ostree.OSTREE_BOOTED
    assert au.parse_gsettings_bool is sl.parse_gsettings_bool


@pytest.mark.parametrize(
    ("outcome", "french"),
    [
        (FileOutcome.DENIED, "cette application n'est pas autorisée à le lire"),
        (FileOutcome.ERROR, "ce n'est pas un fichier texte lisible"),
    ],
)
def test_why_a_settings_file_was_not_read_is_said_in_the_reader_s_language(outcome, french):
    """The reason inside "…could not be read ({why})" was English in every language."""
    from hygiene_app.engine.catalog import load_catalog

    finding = run_check(CHECK, atomic({au.RPM_OSTREE_TIMER: "enabled"}, outcome))
    assert finding.status is Status.UNKNOWN
    said = load_catalog("fr").text(finding.reason)
    assert french in said and "allowed" not in said and "readable" not in said


# ----- unattended-upgrades' origins on relatives of Ubuntu -----------------------------------

#: Ubuntu's stock origins (`${distro_id}:...`), as `apt-config dump` prints them; Linux Mint,
#: Pop!_OS and the other relatives ship the same unattended-upgrades configuration.
ORIGINS_DUMP = UNATTENDED_DUMP + fx("apt-config-dump-ubuntu-origins.txt")
#: FIX_AUTO_UBUNTU_ORIGIN's line, once apt has merged it.
ADDED_ORIGIN = 'Unattended-Upgrade::Origins-Pattern:: "origin=Ubuntu,archive=*-security";\n'
MINT_22 = replace(
    _PLATFORMS["ubuntu"],
    os_version="22",
    distribution_id="linuxmint",
    distribution_like=("ubuntu", "debian"),
    distribution_name="Linux Mint 22",
)


def uu_machine(platform, dump=ORIGINS_DUMP, *, mint_automation=None):
    commands = {
        au.APT_CONFIG_DUMP: ok(dump),
        au.APT_UPGRADE_TIMER: ok(fx("systemctl-enabled-local.txt")),
        au.GNOME_SOFTWARE_DOWNLOADS: NO_GSETTINGS_SCHEMA,
    }
    mtimes = {au.UNATTENDED_UPGRADE_BIN: NOW - 100 * DAY}
    if mint_automation is not None:
        commands[au.MINT_UPGRADE_TIMER] = mint_automation
        mtimes[au.MINT_UPGRADES_FLAG] = NOW - DAY
    return machine(platform=platform, commands=commands, mtimes=mtimes)


@pytest.mark.parametrize(
    ("platform", "named", "guide"),
    [
        (MINT_22, "Linux Mint 22", au.FIX_AUTO_MINT),
        (POP_22, "Pop!_OS 22.04 LTS", au.FIX_AUTO_UBUNTU_ORIGIN),
        (
            replace(POP_22, distribution_id="zorin", distribution_name="Zorin OS 17"),
            "Zorin OS 17",
            au.FIX_AUTO_UBUNTU_ORIGIN,
        ),
    ],
)
def test_unattended_upgrades_naming_no_archive_of_an_ubuntu_relative_is_no_pass(
    platform, named, guide
):
    # linuxmint/linuxmint#282, pop-os/pop#3946: "${distro_id}:${distro_codename}-security" is
    # "Linuxmint:wilma-security" / "Pop:jammy-security" there, which matches no archive (the
    # security updates come from Ubuntu's, Origin "Ubuntu"): nothing is ever installed.
    finding = run_check(CHECK, uu_machine(platform))
    assert finding.status is Status.WARN
    assert finding.severity is Severity.MEDIUM
    assert named in finding.detail and "Ubuntu's archive" in finding.detail
    assert finding.evidence["security_origin_allowed"] is False
    assert finding.fix is guide
    if guide is au.FIX_AUTO_UBUNTU_ORIGIN:
        assert linux_commands(finding) == [
            "echo 'Unattended-Upgrade::Origins-Pattern "
            '{ "origin=Ubuntu,archive=*-security"; };\' | '
            "sudo tee -a /etc/apt/apt.conf.d/51unattended-upgrades-local"
        ]


def test_the_added_ubuntu_origin_makes_an_ubuntu_relative_pass():
    for dump in (
        ORIGINS_DUMP + ADDED_ORIGIN,
        ORIGINS_DUMP + 'Unattended-Upgrade::Allowed-Origins:: "Ubuntu:jammy-security";\n',
    ):
        finding = run_check(CHECK, uu_machine(POP_22, dump))
        assert finding.status is Status.PASS
        assert finding.evidence["security_origin_allowed"] is True


def test_ubuntu_itself_with_the_stock_origins_passes_exactly_as_before():
    finding = run_check(CHECK, debian(ORIGINS_DUMP, os="ubuntu"))
    assert finding.status is Status.PASS
    assert finding.evidence == run_check(CHECK, debian(os="ubuntu")).evidence
    assert run_check(CHECK, debian(ORIGINS_DUMP)).status is Status.PASS


def test_relatives_whose_origins_are_not_in_the_dump_keep_todays_verdict():
    # An older recording, or a dump without the lists: nothing to judge, as before.
    finding = run_check(CHECK, uu_machine(MINT_22, UNATTENDED_DUMP))
    assert finding.status is Status.PASS
    assert "security_origin_allowed" not in finding.evidence


def test_mint_update_manager_automation_still_passes_when_the_origins_miss():
    finding = run_check(CHECK, uu_machine(MINT_22, mint_automation=ok("enabled\n")))
    assert finding.status is Status.PASS
    assert finding.evidence["mechanism"] == "mintupdate"


def test_origin_patterns_are_built_and_matched_as_unattended_upgrades_does():
    dump = fx("apt-config-dump-ubuntu-origins.txt") + ADDED_ORIGIN
    allowed = au.parse_apt_list(dump, au.ALLOWED_ORIGINS_KEY)
    assert allowed[1] == "${distro_id}:${distro_codename}-security"
    patterns = au.unattended_patterns(
        allowed, au.parse_apt_list(dump, au.ORIGINS_PATTERN_KEY), "Linuxmint"
    )
    assert patterns[1] == "o=Linuxmint,a=${distro_codename}-security"
    assert [au.pattern_allows(p, "Ubuntu") for p in patterns] == [
        False,
        False,
        False,
        False,
        True,
    ]
    ubuntu = au.unattended_patterns(allowed, (), "Ubuntu")
    assert au.pattern_allows(ubuntu[1], "Ubuntu")
    # Debian's stock patterns match Debian's security archive; the release pocket does not.
    debian_stock = (
        "origin=Debian,codename=${distro_codename},label=Debian-Security",
        "origin=Debian,codename=${distro_codename}-security,label=Debian-Security",
    )
    assert all(au.pattern_allows(p, "Debian") for p in debian_stock)
    assert not au.pattern_allows("origin=Debian,codename=${distro_codename}-updates", "Debian")
    assert not au.pattern_allows("o=Ubuntu,a=jammy", "Ubuntu")
    assert not au.pattern_allows("", "Ubuntu")
    assert au.security_archive(_PLATFORMS["ubuntu"]) is None
    assert au.security_archive(_PLATFORMS["debian"]) is None
    assert au.security_archive(POP_22) == "Ubuntu"
    assert au.lsb_distro_id(MINT_22) == "Linuxmint"


@given(st.text(max_size=200), st.text(max_size=40))
def test_origin_parsing_never_crashes(text, distro_id):
    items = tuple(text.splitlines())
    for pattern in au.unattended_patterns(items, items, distro_id):
        au.pattern_allows(pattern, "Ubuntu")
        au.pattern_allows(pattern, "Debian")
    au.parse_apt_list(text, au.ALLOWED_ORIGINS_KEY)


@pytest.mark.parametrize(
    "pattern",
    [
        "o=Ubuntu,a=${distro_codename}-*",
        "o=Ubuntu,a=${distro_codename}*",
        "o=Ubuntu,a=jammy*",
        "origin=Ubuntu,archive=*-security",
        "o=Ubuntu,n=${distro_codename}",
    ],
)
def test_patterns_that_reach_ubuntu_s_security_archive_through_a_wildcard_are_allowed(pattern):
    # On Pop!_OS, Zorin and KDE neon ${distro_codename} is Ubuntu's ("jammy"): these match.
    assert au.pattern_allows(pattern, "Ubuntu")


@pytest.mark.parametrize(
    "pattern",
    ["o=Ubuntu,a=${distro_codename}-updates", "o=Linuxmint,a=${distro_codename}-security"],
)
def test_patterns_that_name_another_pocket_or_origin_are_not(pattern):
    assert not au.pattern_allows(pattern, "Ubuntu")


def test_a_relative_with_an_archive_of_its_own_keeps_today_s_verdict():
    # Trisquel (ID_LIKE=ubuntu) has its own security archive; it is not judged by Ubuntu's.
    trisquel = replace(
        POP_22,
        distribution_id="trisquel",
        distribution_like=("ubuntu", "debian"),
        distribution_name="Trisquel GNU/Linux 11.0",
    )
    assert run_check(CHECK, uu_machine(trisquel)).status is Status.PASS

"""DEV-005: no automatic sign-in.

Parsers on the sign-in screens' own files (tests/fixtures/auto_login), the check end to end on
this computer's file reader with the system root pointed at a folder, the automatic fix run for
real on copies of the files, and Windows' stored password kept out of everything."""

from __future__ import annotations

import contextlib
import json
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hygiene_app.checks import auto_login as al
from hygiene_app.checks.recording import minimise_recording
from hygiene_app.engine.live import live_seams
from hygiene_app.engine.model import OSFamily, Severity, Status
from hygiene_app.engine.probes import CommandOutcome, FileOutcome
from hygiene_app.engine.snapshot import Recorder, Snapshot
from hygiene_app.services.autofix import elevated_argv, readable_command
from tests.support import FIXTURES, machine, ok, run_check

HERE = FIXTURES / "auto_login"


def fx(name: str) -> str:
    return (HERE / name).read_text()


# ----- parsers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "keys"),
    [
        ("gdm_custom_ubuntu_default.conf", []),
        ("gdm_custom_autologin.conf", ["AutomaticLoginEnable"]),
        ("gdm_custom_autologin_spaces.conf", ["AutomaticLoginEnable"]),
        ("gdm_custom_timed.conf", ["TimedLoginEnable"]),
        ("gdm_custom_enabled_without_user.conf", []),
        ("gdm_custom_wrong_section.conf", []),
    ],
)
def test_gdm_files(name, keys):
    assert [a.key for a in al.parse_gdm("/etc/gdm3/custom.conf", fx(name))] == keys


@pytest.mark.parametrize("value", ["true", "True", "TRUE", "1", "yes", "y"])
def test_gdm_reads_booleans_as_gdm_does(value):
    text = f"[daemon]\nAutomaticLoginEnable = {value}\nAutomaticLogin = alice\n"
    assert al.parse_gdm("f", text)


@pytest.mark.parametrize("value", ["false", "False", "0", "no", "", "maybe"])
def test_gdm_off_values(value):
    text = f"[daemon]\nAutomaticLoginEnable={value}\nAutomaticLogin=alice\n"
    assert not al.parse_gdm("f", text)


def test_lightdm_later_files_win_and_seat_defaults_is_seat_star():
    packaged = ("/usr/share/lightdm/lightdm.conf.d/60-autologin.conf", fx("lightdm_autologin.conf"))
    main_off = ("/etc/lightdm/lightdm.conf", fx("lightdm_main_off.conf"))
    main_default = ("/etc/lightdm/lightdm.conf", fx("lightdm_main_default.conf"))
    legacy = ("/etc/lightdm/lightdm.conf", "[SeatDefaults]\nautologin-user=pi\n")
    assert [a.path for a in al.parse_lightdm([packaged])] == [packaged[0]]
    assert al.parse_lightdm([packaged, main_off]) == []  # emptied later: off
    assert al.parse_lightdm([packaged, main_default]) != []  # all commented: still on
    assert al.parse_lightdm([main_off, legacy])[0].path == "/etc/lightdm/lightdm.conf"
    assert al.lightdm_files_setting_user([packaged, main_off]) == [packaged[0]]


def test_sddm_last_user_under_autologin_wins():
    kde = ("/etc/sddm.conf.d/kde_settings.conf", fx("sddm_kde_settings_autologin.conf"))
    off = ("/etc/sddm.conf", "[Autologin]\nUser=\n")
    assert [a.path for a in al.parse_sddm([kde])] == [kde[0]]
    assert al.parse_sddm([kde, off]) == []
    assert al.parse_sddm([("/etc/sddm.conf", "[Users]\nUser=alice\n")]) == []


def test_console_autologin_drop_in():
    assert al.parse_getty_drop_in("o.conf", fx("getty_autologin_override.conf"))
    assert not al.parse_getty_drop_in("o.conf", "[Service]\nExecStart=\nExecStart=-/sbin/agetty")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[Service]\nExecStart=/usr/sbin/gdm3\n", "gdm"),
        ("[Service]\nExecStart=/usr/sbin/gdm\n", "gdm"),
        ("ExecStart=/usr/bin/sddm\n", "sddm"),
        ("ExecStart=-/usr/sbin/lightdm\n", "lightdm"),
        ("ExecStart=/usr/sbin/lxdm\n", "lxdm"),
        ("nothing\n", ""),
        ("ExecStart=/usr/bin/$(rm -rf)\n", ""),
    ],
)
def test_which_sign_in_screen_starts(text, name):
    assert al.parse_display_manager_unit(text) == name


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_parsers_never_crash(text):
    al.parse_gdm("f", text)
    al.parse_lightdm([("f", text)])
    al.parse_sddm([("f", text)])
    al.parse_getty_drop_in("f", text)
    al.parse_display_manager_unit(text)
    al.parse_defaults_user(1, text)
    with contextlib.suppress(al.ParseError):
        al.parse_windows_probe(text)


# ----- Linux end to end, with the system root in a folder -------------------------------------


def root_with(tmp_path: Path, files: dict[str, str], *, systemd: bool = True) -> Path:
    root = tmp_path / "root"
    root.mkdir()
    if systemd:
        (root / "run/systemd/system").mkdir(parents=True)
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    return root


def live():
    seams = live_seams(offline=True)
    return replace(seams, platform=replace(seams.platform, os=OSFamily.LINUX))


UNIT = "etc/systemd/system/display-manager.service"


@pytest.mark.parametrize(
    ("files", "manager"),
    [
        (
            {
                "etc/gdm3/custom.conf": fx("gdm_custom_autologin.conf"),
                UNIT: "[Service]\nExecStart=/usr/sbin/gdm3\n",
            },
            "GDM (GNOME)",
        ),
        (
            {
                "etc/lightdm/lightdm.conf": fx("lightdm_main_default.conf"),
                "etc/lightdm/lightdm.conf.d/50-autologin.conf": fx("lightdm_autologin.conf"),
                UNIT: "[Service]\nExecStart=/usr/sbin/lightdm\n",
            },
            "LightDM",
        ),
        (
            {
                "etc/sddm.conf.d/kde_settings.conf": fx("sddm_kde_settings_autologin.conf"),
                "usr/lib/systemd/system/display-manager.service": "ExecStart=/usr/bin/sddm\n",
            },
            "SDDM (KDE)",
        ),
    ],
    ids=["gdm", "lightdm", "sddm"],
)
def test_each_sign_in_screen_set_to_sign_in_by_itself_fails_and_the_fix_turns_it_off(
    tmp_path, files, manager
):
    root = root_with(tmp_path, files)
    finding = run_check(al.AutoLoginCheck(str(root)), live())
    assert finding.status is Status.FAIL and finding.severity is Severity.HIGH
    assert finding.summary == f"This computer signs in by itself ({manager})"
    facts = {f.label: f.value for f in finding.facts}
    assert facts["Automatic sign-in"] == "switched on"
    assert str(root) in facts["Set in"]
    # The automatic fix, run for real on these files (without the administrator prompt).
    fix = finding.fix.auto_fix[OSFamily.LINUX]
    assert fix.argv[0] == "sed" and fix.needs_admin
    before = {rel: (root / rel).read_text() for rel in files}
    subprocess.run(fix.argv, check=True, timeout=10)
    again = run_check(al.AutoLoginCheck(str(root)), live())
    assert again.status is Status.PASS, again
    # Only the one value changed: reversible by writing it back.
    for rel, text in before.items():
        old, new = text.splitlines(), (root / rel).read_text().splitlines()
        assert len(old) == len(new)
        changed = [(a, b) for a, b in zip(old, new, strict=True) if a != b]
        assert all(a.split("=")[0] == b.split("=")[0] for a, b in changed)


def test_the_sign_in_screen_that_starts_decides(tmp_path):
    root = root_with(
        tmp_path,
        {
            "etc/lightdm/lightdm.conf.d/50-autologin.conf": fx("lightdm_autologin.conf"),
            "etc/gdm3/custom.conf": fx("gdm_custom_ubuntu_default.conf"),
            UNIT: "[Service]\nExecStart=/usr/sbin/gdm3\n",
        },
    )
    finding = run_check(al.AutoLoginCheck(str(root)), live())
    assert finding.status is Status.PASS
    assert finding.summary == "GDM (GNOME) does not sign anyone in by itself"
    facts = {f.label: f.value for f in finding.facts}
    assert "Set in" not in facts
    assert facts["Set for a sign-in screen that does not start"].endswith("50-autologin.conf")


def test_debian_default_display_manager_file_names_it(tmp_path):
    root = root_with(
        tmp_path,
        {
            "etc/X11/default-display-manager": "/usr/sbin/lightdm\n",
            "etc/lightdm/lightdm.conf": fx("lightdm_main_default.conf"),
        },
    )
    assert run_check(al.AutoLoginCheck(str(root)), live()).status is Status.PASS


def test_console_automatic_sign_in_fails_without_automatic_fix(tmp_path):
    root = root_with(
        tmp_path,
        {
            "etc/systemd/system/getty@tty1.service.d/override.conf": fx(
                "getty_autologin_override.conf"
            )
        },
    )
    finding = run_check(al.AutoLoginCheck(str(root)), live())
    assert finding.status is Status.FAIL
    assert "the text console" in finding.summary
    assert OSFamily.LINUX not in finding.fix.auto_fix


def test_console_automatic_sign_in_over_continued_lines_is_found(tmp_path):
    # systemd joins a line ending in a backslash with the next: read line by line,
    # `--autologin` sat on a line of its own and the computer passed.
    root = root_with(
        tmp_path,
        {
            UNIT: "[Service]\nExecStart=/usr/sbin/gdm3\n",
            "etc/gdm3/custom.conf": fx("gdm_custom_ubuntu_default.conf"),
            "etc/systemd/system/getty@tty1.service.d/autologin.conf": fx(
                "getty_autologin_continued.conf"
            ),
        },
    )
    finding = run_check(al.AutoLoginCheck(str(root)), live())
    assert finding.status is Status.FAIL
    assert "the text console" in finding.summary
    assert al.join_continued_lines("a \\\n# note\n b\nc\n") == "a   b\nc"


def test_a_packaged_file_gets_no_automatic_fix(tmp_path):
    root = root_with(
        tmp_path,
        {"usr/share/lightdm/lightdm.conf.d/60-autologin.conf": fx("lightdm_autologin.conf")},
    )
    finding = run_check(al.AutoLoginCheck(str(root)), live())
    assert finding.status is Status.FAIL and not finding.fix.auto_fix


def test_no_display_manager_under_systemd_passes(tmp_path):
    root = root_with(tmp_path, {})
    finding = run_check(al.AutoLoginCheck(str(root)), live())
    assert finding.status is Status.PASS
    assert {f.label: f.value for f in finding.facts}["Sign-in screen"] == "none set up"


def test_a_container_without_systemd_is_unknown(tmp_path):
    root = root_with(tmp_path, {}, systemd=False)
    finding = run_check(al.AutoLoginCheck(str(root)), live())
    assert finding.status is Status.UNKNOWN
    assert "which sign-in screen starts could not be found out" in finding.reason.lower()


def test_an_installed_but_unknown_start_is_unknown(tmp_path):
    root = root_with(tmp_path, {"etc/gdm3/custom.conf": fx("gdm_custom_ubuntu_default.conf")})
    assert run_check(al.AutoLoginCheck(str(root)), live()).status is Status.UNKNOWN


def test_an_unsupported_sign_in_screen_is_unknown(tmp_path):
    root = root_with(tmp_path, {UNIT: "[Service]\nExecStart=/usr/sbin/lxdm\n"})
    finding = run_check(al.AutoLoginCheck(str(root)), live())
    assert finding.status is Status.UNKNOWN and "lxdm" in finding.reason


def test_an_unreadable_file_of_the_sign_in_screen_is_unknown():
    seams = machine(
        "debian",
        files={
            "/etc/gdm3/daemon.conf": FileOutcome.DENIED,
            "/etc/systemd/system/display-manager.service": "ExecStart=/usr/sbin/gdm3\n",
        },
        dirs={"/run/systemd/system": []},
    )
    finding = run_check(al.AutoLoginCheck(), seams)
    assert finding.status is Status.UNKNOWN and "/etc/gdm3/daemon.conf" in finding.reason


def test_windows_subsystem_for_linux_is_not_a_console_that_asks_for_a_password():
    # WSL with systemd and no display manager looked like a server whose console asks for a
    # password; WSL opens the user's shell without one, behind the Windows sign-in.
    seams = machine(
        "ubuntu",
        files={"/proc/sys/kernel/osrelease": "6.6.87.2-microsoft-standard-WSL2\n"},
        dirs={"/run/systemd/system": []},
    )
    finding = run_check(al.AutoLoginCheck(), seams)
    assert finding.status is Status.UNKNOWN
    assert "WSL" in finding.reason
    # Automatic sign-in set up in there is still found.
    seams = machine(
        "ubuntu",
        files={
            "/proc/sys/kernel/osrelease": "6.6.87.2-microsoft-standard-WSL2\n",
            "/etc/gdm3/custom.conf": fx("gdm_custom_autologin.conf"),
        },
        dirs={"/run/systemd/system": []},
    )
    assert run_check(al.AutoLoginCheck(), seams).status is Status.FAIL


def test_a_container_on_wsl_s_kernel_is_not_told_it_is_wsl():
    # Docker Desktop runs its containers on WSL's kernel: the release names WSL, but the one
    # rule of `_inside.where_inside` says container, and a container's shell is not WSL's.
    seams = machine(
        "ubuntu",
        files={"/proc/sys/kernel/osrelease": "6.6.87.2-microsoft-standard-WSL2\n"},
        mtimes={"/.dockerenv": 0.0},
        dirs={"/run/systemd/system": []},
    )
    finding = run_check(al.AutoLoginCheck(), seams)
    assert "WSL" not in finding.reason
    assert "inside" not in finding.evidence


def test_a_linux_recording_replays_the_same(tmp_path):
    root = root_with(tmp_path, {"etc/gdm3/custom.conf": fx("gdm_custom_autologin.conf")})
    recorder = Recorder(live(), minimise=minimise_recording)
    first = run_check(al.AutoLoginCheck(str(root)), recorder.seams)
    snap = Snapshot.from_json(json.loads(json.dumps(recorder.snapshot(redact=False).to_json())))
    again = run_check(al.AutoLoginCheck(str(root)), snap.seams())
    assert (again.status, again.summary, again.facts) == (first.status, first.summary, first.facts)
    assert first.status is Status.FAIL


# ----- Windows ------------------------------------------------------------------------------

PASSWORD = "Hunter2-in-clear"


def windows(stdout: str):
    return machine("windows", commands={al.WINDOWS_PROBE: ok(stdout)})


@pytest.mark.parametrize(
    ("name", "status", "summary"),
    [
        ("winlogon_off.json", Status.PASS, "Windows asks for a password to sign in"),
        ("winlogon_autologon.json", Status.FAIL, "Windows signs in by itself"),
        (
            "winlogon_autologon_password.json",
            Status.FAIL,
            "Windows signs in by itself, with your password stored in clear",
        ),
        ("winlogon_password_only.json", Status.FAIL, "Windows keeps a sign-in password in clear"),
    ],
)
def test_windows_winlogon(name, status, summary):
    finding = run_check(al.AutoLoginCheck(), windows(fx(name)))
    assert (finding.status, finding.summary) == (status, summary)
    if status is Status.FAIL:
        assert finding.severity is Severity.HIGH
        assert OSFamily.WINDOWS in finding.fix.auto_fix


def test_windows_password_never_reaches_evidence_facts_or_snapshots():
    """The probe asks PowerShell only whether a password is there; even an answer that did
    carry one (a hostile or changed probe) puts it nowhere."""
    script = al.WINDOWS_PROBE[-1]
    assert script.count("DefaultPassword") == 2  # named once to test, once as the result key
    assert "IsNullOrEmpty([string]$p.DefaultPassword)" in script
    hostile = json.dumps(
        {"AutoAdminLogon": "1", "HasDefaultPassword": True, "DefaultPassword": PASSWORD}
    )
    seams = windows(hostile)
    finding = run_check(al.AutoLoginCheck(), seams)
    assert finding.status is Status.FAIL
    shown = json.dumps(dict(finding.evidence)) + repr(finding.facts) + finding.detail
    assert PASSWORD not in shown
    recorder = Recorder(seams, minimise=minimise_recording)
    recorded = run_check(al.AutoLoginCheck(), recorder.seams)
    saved = json.dumps(recorder.snapshot().to_json())
    assert "Hunter2" not in saved
    replayed = run_check(al.AutoLoginCheck(), Snapshot.from_json(json.loads(saved)).seams())
    assert (replayed.status, replayed.summary) == (recorded.status, recorded.summary)


@pytest.mark.parametrize(
    "answer",
    [
        ok("", 1, "Get-ItemProperty : Zugriff verweigert"),
        ok("not json"),
        ok(""),
        ok('{"AutoAdminLogon":"1"}'),
        CommandOutcome.TIMEOUT,
    ],
)
def test_windows_without_an_answer_is_unknown(answer):
    seams = machine("windows", commands={al.WINDOWS_PROBE: answer})
    assert run_check(al.AutoLoginCheck(), seams).status is Status.UNKNOWN


# ----- macOS --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "status"),
    [
        (ok("alice\n"), Status.FAIL),
        (ok("", 1, fx("mac_defaults_does_not_exist.txt")), Status.PASS),
        (
            ok("", 1, "Domain /Library/Preferences/com.apple.loginwindow not readable"),
            Status.UNKNOWN,
        ),
        (CommandOutcome.NOT_FOUND, Status.UNKNOWN),
    ],
)
def test_macos_auto_login_user(answer, status):
    seams = machine("macos", commands={al.MAC_PROBE: answer})
    finding = run_check(al.AutoLoginCheck(), seams)
    assert finding.status is status
    if status is Status.FAIL:
        assert not finding.fix.auto_fix  # the settings page also removes /etc/kcpassword
        assert "alice" not in json.dumps(dict(finding.evidence))
        recorder = Recorder(seams, minimise=minimise_recording)
        run_check(al.AutoLoginCheck(), recorder.seams)
        saved = json.dumps(recorder.snapshot(redact=False).to_json())
        assert "alice" not in saved
        replayed = Snapshot.from_json(json.loads(saved)).seams()
        assert run_check(al.AutoLoginCheck(), replayed).status is Status.FAIL


def test_the_automatic_fixes_ask_for_administrator_rights_through_the_system():
    found = [al.AutoLogin(al.GDM, "/etc/gdm3/custom.conf", "AutomaticLoginEnable")]
    fix = al.linux_auto_fix(found, [])
    assert fix is not None
    argv = elevated_argv(fix, OSFamily.LINUX)
    assert argv[:3] == ("pkexec", "sed", "-i") and argv[-2:] == ("--", "/etc/gdm3/custom.conf")
    assert readable_command(fix, OSFamily.LINUX).startswith("sed -i --follow-symlinks -E -e")
    windows_argv = elevated_argv(al.WINDOWS_AUTO_FIX, OSFamily.WINDOWS)
    assert "-Verb RunAs" in windows_argv[-1]
    assert "DefaultPassword" in readable_command(al.WINDOWS_AUTO_FIX, OSFamily.WINDOWS)


def test_a_hostile_file_name_stays_one_argument_after_the_end_of_options():
    name = "/etc/lightdm/lightdm.conf.d/--expression=e touch x.conf"
    found = [al.AutoLogin(al.LIGHTDM, name, "autologin-user")]
    fix = al.linux_auto_fix(found, [name])
    assert fix is not None and fix.argv[-2:] == ("--", name)


def test_empty_files_sign_nobody_in():
    assert not al.parse_gdm("f", "")
    assert not al.parse_lightdm([("f", "")])
    assert not al.parse_sddm([("f", "")])

"""DEV-007: remote access is switched off unless it is used, on recorded outputs of each OS."""

from __future__ import annotations

import contextlib
import fnmatch
import json
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hygiene_app.checks import remote_access as ra
from hygiene_app.checks.recording import minimise_recording
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.model import Finding, Severity, Status
from hygiene_app.engine.probes import CommandOutcome, FileOutcome
from hygiene_app.engine.snapshot import Recorder, Snapshot, redact_snapshot
from tests.support import fixture_text, machine, ok, run_check


def fx(name: str) -> str:
    return fixture_text("remote_access", name)


DEBIAN_MAIN = fx("linux-sshd_config-debian12.txt")
CONF_D = "/etc/ssh/sshd_config.d"


def linux(
    ss: str = "linux-ss-workstation.txt",
    conf_d: dict[str, str] | None = None,
    main: str | FileOutcome = DEBIAN_MAIN,
    *,
    root: str = "/",
    processes: tuple[str, ...] = (),
    admin: bool = False,
    extra: dict | None = None,
    os: str = "debian",
    more_files: dict | None = None,
):
    prefix = root.rstrip("/")
    files = {f"{prefix}/etc/ssh/sshd_config": main, **(more_files or {})}
    for name, text in (conf_d or {}).items():
        files[f"{prefix}{CONF_D}/{name}"] = text
    seams = machine(
        os,
        commands={ra.SS_LISTENING: ok(fx(ss)), **(extra or {})},
        files=files,
        dirs={f"{prefix}{CONF_D}": sorted(conf_d or {})},
        processes=processes,
    )
    if admin:
        seams = replace(seams, platform=replace(seams.platform, is_admin=True))
    return seams


ANY = "0.0.0.0"  # noqa: S104 - an address ss printed, nothing binds to it here

# ----- parsers ------------------------------------------------------------------------------


def test_ss_listeners_are_read_with_their_addresses():
    found = ra.parse_ss_listening(fx("linux-ss-workstation.txt"))
    assert ra.Listener(ANY, 22) in found
    assert ra.Listener("::", 22) in found
    assert [lst.loopback for lst in found] == [True, False, True, False, True]


def test_ss_loopback_forms_are_all_loopback():
    found = ra.parse_ss_listening(fx("linux-ss-loopback-only.txt"))
    assert found and all(lst.loopback for lst in found)


def test_ss_recorded_here_is_read():
    assert ra.Listener(ANY, 22) in ra.parse_ss_listening(fx("linux-ss-local-sshd.txt"))


@pytest.mark.parametrize("text", ["", "\n\n"])
def test_ss_with_nothing_listening_is_no_listener(text):
    assert ra.parse_ss_listening(text) == ()


@pytest.mark.parametrize("text", [fx("linux-ss-not-permitted.txt"), "garbage", "LISTEN 0 1 x y"])
def test_ss_errors_and_garbage_are_not_understood(text):
    with pytest.raises(ra.ParseError):
        ra.parse_ss_listening(text)


@given(st.text())
def test_ss_parser_never_crashes(text):
    with contextlib.suppress(ra.ParseError):
        ra.parse_ss_listening(text)


def _settings(main: str, files: dict[str, str] | None = None) -> ra.SshdSettings:
    files = files or {}

    def expand(pattern: str) -> list[str]:
        return sorted(p for p in files if fnmatch.fnmatchcase(p, pattern))

    settings, unreadable = ra.merge_sshd_config(main, files.get, expand)
    assert unreadable == ()
    return settings


def test_debian_defaults_allow_passwords():
    settings = _settings(DEBIAN_MAIN)
    assert settings.password_logins is True
    assert settings.root_password_login is False
    assert settings.ports == (22,)


def test_first_value_wins_across_includes():
    conf = {
        f"{CONF_D}/00-keys.conf": fx("linux-sshd_config.d-keys-only.conf"),
        f"{CONF_D}/50-cloud-init.conf": fx("linux-sshd_config.d-cloud-init.conf"),
    }
    assert _settings(DEBIAN_MAIN, conf).password_logins is False
    conf = {f"{CONF_D}/50-cloud-init.conf": fx("linux-sshd_config.d-cloud-init.conf")}
    assert _settings("PasswordAuthentication no\n" + DEBIAN_MAIN, conf).password_logins is False


def test_match_blocks_do_not_set_the_global_value():
    text = "PasswordAuthentication no\nMatch Address 10.0.0.0/8\n  PasswordAuthentication yes\n"
    settings = _settings(text)
    assert settings.password_logins is False
    assert settings.match_allows_passwords is True
    # ...and a value after `Match all` is global again.
    assert (
        _settings("Match User x\nMatch all\nPasswordAuthentication no\n").password_logins is False
    )


def test_a_match_block_in_an_included_file_ends_with_that_file():
    sftp = fx("linux-sshd_config.d-sftp-match.conf")
    # The main file switches passwords off after including a drop-in that ends in a Match.
    main = f"Include {CONF_D}/*.conf\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n"
    settings = _settings(main, {f"{CONF_D}/10-sftp.conf": sftp})
    assert settings.password_logins is False
    # ...and so does a later drop-in.
    conf = {f"{CONF_D}/10-sftp.conf": sftp, f"{CONF_D}/50-keys.conf": "PasswordAuthentication no\n"}
    assert _settings(f"Include {CONF_D}/*.conf\nUsePAM no\n", conf).password_logins is False
    # An Include under a Match is conditional as a whole.
    under = {"/etc/ssh/extra.conf": "PasswordAuthentication no\n"}
    text = "Match User x\nInclude /etc/ssh/extra.conf\n"
    assert _settings(text, under).password_logins is True


def test_keyboard_interactive_through_pam_is_a_password_login():
    base = "PasswordAuthentication no\n"
    assert _settings(base + "UsePAM yes\n").password_logins is True
    assert (
        _settings(base + "UsePAM yes\nKbdInteractiveAuthentication no\n").password_logins is False
    )
    assert (
        _settings(base + "UsePAM yes\nChallengeResponseAuthentication no\n").password_logins
        is False
    )
    assert _settings(base).password_logins is False


def test_authentication_methods_can_rule_passwords_out():
    assert _settings("AuthenticationMethods publickey\n").password_logins is False
    assert _settings("AuthenticationMethods publickey,password\n").password_logins is True


def test_ports_add_up_and_root_with_password():
    settings = _settings("Port 22\nPort 2222\nPermitRootLogin yes\n")
    assert settings.ports == (22, 2222)
    assert settings.root_password_login is True


def test_trailing_comments_and_quotes_are_read_as_sshd_reads_them():
    # `PasswordAuthentication yes # for now` is "yes" to sshd; read as the words
    # "yes # for now" it was not "yes", and the server's passwords passed unnoticed.
    settings = _settings(fx("linux-sshd_config.d-trailing-comments.conf"))
    assert settings.password_logins is True
    assert settings.root_password_login is True
    assert settings.ports == (2222,)
    assert settings.match_allows_passwords is False
    assert ra.sshd_arguments('a\\ b "c d" e#f # g') == ["a b", "c d", "e#f"]
    assert ra.sshd_arguments('"open') is None
    # A comment after an Include names no file.
    conf = {f"{CONF_D}/00-keys.conf": fx("linux-sshd_config.d-keys-only.conf")}
    text = f"Include {CONF_D}/*.conf # local settings\n"
    assert _settings(text, conf).password_logins is False


def test_a_server_on_a_port_set_with_a_comment_is_found():
    ss = "LISTEN 0 128 0.0.0.0:2222 0.0.0.0:*\n"
    conf = {"50-admin.conf": fx("linux-sshd_config.d-trailing-comments.conf")}
    seams = linux(conf_d=conf, extra={ra.SS_LISTENING: ok(ss)})
    finding = run_check(ra.RemoteAccessCheck(), seams)
    assert (finding.status, finding.severity) == (Status.FAIL, Severity.HIGH)
    assert finding.evidence["listening"] == ["0.0.0.0:2222"]


def test_include_loops_end():
    files = {"/etc/ssh/a.conf": "Include /etc/ssh/a.conf\n"}
    settings, _ = ra.merge_sshd_config(
        "Include /etc/ssh/a.conf\n", files.get, lambda p: [p], "/etc/ssh/sshd_config"
    )
    assert settings.password_logins is True


def test_sshd_t_output_is_read():
    settings = ra.parse_sshd_t(fx("linux-sshd-T-keys-only.txt"))
    assert settings.password_logins is False
    assert settings.ports == (22,)
    with pytest.raises(ra.ParseError):
        ra.parse_sshd_t("sshd: no hostkeys available -- exiting.\n")


@given(st.text())
def test_sshd_parsers_never_crash(text):
    with contextlib.suppress(ra.ParseError):
        ra.parse_sshd_t(text)
    settings, _ = ra.merge_sshd_config(text, lambda p: text, lambda p: [p])
    assert isinstance(settings.password_logins, bool)


def test_reg_dword_reads_values_and_ignores_translated_errors():
    assert ra.reg_dword(fx("windows-reg-fdeny-0.txt"), "fDenyTSConnections") == 0
    assert ra.reg_dword(fx("windows-reg-fdeny-1.txt"), "fdenytsconnections") == 1
    assert ra.reg_dword(fx("windows-reg-missing-de.txt"), "fDenyTSConnections") is None
    assert ra.reg_dword(fx("windows-reg-denied.txt"), "fDenyTSConnections") is None
    assert ra.reg_dword("", "fDenyTSConnections") is None


@given(st.text())
def test_reg_parser_never_crashes(text):
    ra.reg_dword(text, "fDenyTSConnections")


def test_launchctl_print_answers():
    assert ra.parse_launchctl_print(0, fx("macos-launchctl-sshd-on.txt")) is True
    assert ra.parse_launchctl_print(113, fx("macos-launchctl-not-found.txt")) is False
    assert ra.parse_launchctl_print(1, "") is None
    assert ra.parse_launchctl_print(0, "") is None


# ----- Linux ----------------------------------------------------------------------------------


def test_listening_ssh_with_passwords_fails():
    conf = {"50-cloud-init.conf": fx("linux-sshd_config.d-cloud-init.conf")}
    finding = run_check(ra.RemoteAccessCheck(), linux(conf_d=conf))
    assert finding.status is Status.FAIL
    assert finding.severity is Severity.MEDIUM
    assert finding.evidence["ssh_settings_files"] == [
        "/etc/ssh/sshd_config",
        "/etc/ssh/sshd_config.d/50-cloud-init.conf",
    ]
    assert finding.fix is not None
    # Debian's unit is `ssh`.
    assert "systemctl disable --now ssh" in (
        finding.fix.steps_for(ra.OSFamily.LINUX)[0].command or ""
    )


def test_root_with_a_password_is_high():
    finding = run_check(ra.RemoteAccessCheck(), linux(main="PermitRootLogin yes\n", os="fedora"))
    assert (finding.status, finding.severity) == (Status.FAIL, Severity.HIGH)
    assert "sshd" in (finding.fix.steps_for(ra.OSFamily.LINUX)[0].command or "")


def test_key_only_ssh_passes():
    conf = {"00-keys.conf": fx("linux-sshd_config.d-keys-only.conf")}
    finding = run_check(ra.RemoteAccessCheck(), linux(conf_d=conf))
    assert finding.status is Status.PASS
    assert finding.evidence["ssh_password_logins"] is False


def test_sshd_t_is_used_as_administrator():
    seams = linux(admin=True, extra={ra.SSHD_T: ok(fx("linux-sshd-T-keys-only.txt"))})
    finding = run_check(ra.RemoteAccessCheck(), seams)
    assert finding.status is Status.PASS
    assert finding.evidence["ssh_settings_source"] == "sshd -T"


WSL2 = {"/proc/sys/kernel/osrelease": "5.15.167.4-microsoft-standard-WSL2\n"}
DOCKER = {"/proc/self/mounts": "overlay / overlay rw,relatime,lowerdir=/var/lib/docker/l/A 0 0\n"}
SILVERBLUE = {"/proc/self/mounts": "composefs / overlay ro,relatime,lowerdir=/run/ostree 0 0\n"}


@pytest.mark.parametrize(
    ("inside", "said"), [(WSL2, "inside Windows (WSL)"), (DOCKER, "looks like a container")]
)
def test_nothing_listening_inside_a_container_or_wsl_is_unknown_not_switched_off(inside, said):
    # WSL and a container see their own sockets; others reach the computer they run on,
    # whose Remote Desktop or SSH server is not visible from inside. A WSL user is told
    # about Windows, not "a container".
    seams = linux(ss="linux-ss-loopback-only.txt", more_files=inside)
    finding = run_check(ra.RemoteAccessCheck(), seams)
    assert finding.status is Status.UNKNOWN
    assert said in finding.reason
    assert finding.evidence["ssh_server_on"] is False


def test_key_only_ssh_inside_a_container_is_unknown_too():
    conf = {"00-keys.conf": fx("linux-sshd_config.d-keys-only.conf")}
    finding = run_check(ra.RemoteAccessCheck(), linux(conf_d=conf, more_files=DOCKER))
    assert finding.status is Status.UNKNOWN
    assert finding.evidence["ssh_password_logins"] is False


def test_what_is_wrong_inside_a_container_is_still_said():
    finding = run_check(ra.RemoteAccessCheck(), linux(more_files=DOCKER))
    assert finding.status is Status.FAIL  # its own SSH server takes passwords


def test_fedora_atomic_desktops_are_the_computer_itself():
    seams = linux(ss="linux-ss-loopback-only.txt", more_files=SILVERBLUE, os="fedora")
    assert run_check(ra.RemoteAccessCheck(), seams).status is Status.PASS


def test_ssh_only_on_loopback_is_not_remote_access():
    finding = run_check(ra.RemoteAccessCheck(), linux(ss="linux-ss-loopback-only.txt"))
    assert finding.status is Status.PASS
    assert finding.summary == "Remote access is switched off"


def test_vnc_and_rdp_on_the_network_warn_and_are_named():
    seams = linux(
        ss="linux-ss-vnc-rdp.txt",
        main="PasswordAuthentication no\n",
        processes=("x11vnc", "xrdp"),
    )
    finding = run_check(ra.RemoteAccessCheck(), seams)
    assert (finding.status, finding.severity) == (Status.WARN, Severity.MEDIUM)
    assert "x11vnc, VNC on port 5900" in finding.summary
    assert "xrdp, RDP on port 3389" in finding.summary


def test_unreadable_ssh_settings_still_warn_about_the_listening_server():
    finding = run_check(ra.RemoteAccessCheck(), linux(main=FileOutcome.DENIED))
    assert (finding.status, finding.severity) == (Status.WARN, Severity.LOW)
    assert "may not read" in finding.detail


def test_an_include_that_names_no_file_is_skipped_as_sshd_skips_it():
    main = (
        "Include /etc/ssh/local.conf\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n"
    )
    finding = run_check(ra.RemoteAccessCheck(), linux(main=main))
    assert finding.status is Status.PASS
    assert finding.evidence["ssh_password_logins"] is False
    assert finding.evidence["ssh_settings_files"] == ["/etc/ssh/sshd_config"]


def test_an_included_folder_that_may_not_be_listed_is_not_read_as_empty():
    # Debian's main file includes sshd_config.d first; a drop-in there may switch passwords
    # off, so a folder the app may not list leaves the question open, not "passwords on".
    seams = machine(
        "debian",
        commands={ra.SS_LISTENING: ok(fx("linux-ss-workstation.txt"))},
        files={"/etc/ssh/sshd_config": DEBIAN_MAIN},
        dirs={CONF_D: None},
        mtimes={CONF_D: 1.0},
    )
    finding = run_check(ra.RemoteAccessCheck(), seams)
    assert finding.status is Status.WARN
    assert finding.evidence["ssh_password_logins"] is None
    assert f"{CONF_D}/*.conf" in finding.detail
    # A folder that is not there is nothing to read, as for sshd.
    seams = machine(
        "debian",
        commands={ra.SS_LISTENING: ok(fx("linux-ss-workstation.txt"))},
        files={"/etc/ssh/sshd_config": DEBIAN_MAIN},
        dirs={CONF_D: None},
    )
    assert run_check(ra.RemoteAccessCheck(), seams).status is Status.FAIL


def test_an_unreadable_included_file_is_not_guessed():
    seams = linux(conf_d={"50-cloud-init.conf": "x"})
    seams = machine(
        "debian",
        commands={ra.SS_LISTENING: ok(fx("linux-ss-workstation.txt"))},
        files={"/etc/ssh/sshd_config": DEBIAN_MAIN, f"{CONF_D}/a.conf": FileOutcome.DENIED},
        dirs={CONF_D: ["a.conf"]},
    )
    finding = run_check(ra.RemoteAccessCheck(), seams)
    assert finding.status is Status.WARN
    assert finding.evidence["ssh_password_logins"] is None


@pytest.mark.parametrize(
    "spec",
    [
        CommandOutcome.NOT_FOUND,
        CommandOutcome.PERMISSION_DENIED,
        ok(fx("linux-ss-not-permitted.txt")),
    ],
)
def test_without_the_socket_list_it_is_unknown(spec):
    seams = machine("debian", commands={ra.SS_LISTENING: spec})
    finding = run_check(ra.RemoteAccessCheck(), seams)
    assert finding.status is Status.UNKNOWN
    assert finding.reason


def test_an_injected_root_is_read_instead_of_the_system(tmp_path):
    root = str(tmp_path)
    conf = {"50-cloud-init.conf": fx("linux-sshd_config.d-cloud-init.conf")}
    seams = linux(conf_d=conf, root=root, ss="linux-ss-local-sshd.txt")
    assert run_check(ra.RemoteAccessCheck(root), seams).status is Status.FAIL
    # The same machine read at / has no settings there: the server listens, passwords unknown.
    assert run_check(ra.RemoteAccessCheck(), seams).status is Status.WARN


# ----- Windows --------------------------------------------------------------------------------


def windows(deny: str, policy: str | None = None, nla: str | None = None):
    missing = ok("", 1, fx("windows-reg-missing-de.txt"))
    return machine(
        "windows",
        commands={
            ra.WIN_DENY: ok(fx(deny)),
            ra.WIN_DENY_POLICY: ok(fx(policy)) if policy else missing,
            ra.WIN_NLA: ok(fx(nla)) if nla else missing,
        },
    )


def test_remote_desktop_off_passes():
    assert (
        run_check(ra.RemoteAccessCheck(), windows("windows-reg-fdeny-1.txt")).status is Status.PASS
    )


def test_remote_desktop_on_without_nla_warns_medium():
    finding = run_check(
        ra.RemoteAccessCheck(), windows("windows-reg-fdeny-0.txt", nla="windows-reg-nla-0.txt")
    )
    assert (finding.status, finding.severity) == (Status.WARN, Severity.MEDIUM)
    assert finding.evidence["network_level_authentication"] is False


def test_remote_desktop_on_with_unknown_nla_warns_low():
    finding = run_check(ra.RemoteAccessCheck(), windows("windows-reg-fdeny-0.txt"))
    assert (finding.status, finding.severity) == (Status.WARN, Severity.LOW)


def test_the_policy_wins_over_the_local_switch():
    finding = run_check(
        ra.RemoteAccessCheck(),
        windows("windows-reg-fdeny-0.txt", policy="windows-reg-fdeny-policy-1.txt"),
    )
    assert finding.status is Status.PASS
    assert finding.evidence["set_by_policy"] is True


def windows_sshd(main: str | FileOutcome | None, deny: str = "windows-reg-fdeny-1.txt", **kw):
    """OpenSSH Server running (its process seen) with this settings file (None: not running)."""
    seams = windows(deny, **kw)
    snap = seams.system.snapshot  # type: ignore[attr-defined]
    files = {} if main is None else {ra.WIN_SSHD_CONFIG: main}
    return machine(
        "windows",
        commands=snap.commands,
        files=files,
        processes=("svchost.exe",) if main is None else ("sshd.exe", "svchost.exe"),
    )


def test_windows_openssh_server_with_default_settings_fails():
    # Win32-OpenSSH's default settings leave PasswordAuthentication at its default: yes.
    finding = run_check(ra.RemoteAccessCheck(), windows_sshd(fx("windows-sshd_config-default.txt")))
    assert (finding.status, finding.severity) == (Status.FAIL, Severity.MEDIUM)
    assert finding.evidence["ssh_server_on"] is True
    assert finding.evidence["ssh_password_logins"] is True
    steps = finding.fix.steps_for(ra.OSFamily.WINDOWS)
    assert steps and "Stop-Service sshd" in (steps[0].command or "")


def test_windows_openssh_server_with_keys_only_passes_as_keys_only():
    main = fx("windows-sshd_config-default.txt").replace(
        "#PasswordAuthentication yes", "PasswordAuthentication no"
    )
    finding = run_check(ra.RemoteAccessCheck(), windows_sshd(main))
    assert finding.status is Status.PASS
    assert finding.summary == "Only SSH with keys is open; it accepts no passwords"


@pytest.mark.parametrize("main", [FileOutcome.DENIED, FileOutcome.MISSING])
def test_windows_ssh_server_whose_settings_cannot_be_read_warns(main):
    finding = run_check(ra.RemoteAccessCheck(), windows_sshd(main))
    assert (finding.status, finding.severity) == (Status.WARN, Severity.LOW)
    assert "sshd_config" in finding.detail


def _windows_with_include(include: str, **kw) -> Finding:
    main = f"Include {include}\nPasswordAuthentication no\n"
    seams = windows_sshd(main)
    return run_check(
        ra.RemoteAccessCheck(),
        machine(
            "windows",
            commands=seams.system.snapshot.commands,  # type: ignore[attr-defined]
            files={ra.WIN_SSHD_CONFIG: main, **kw.pop("files", {})},
            processes=("sshd.exe", "svchost.exe"),
            **kw,
        ),
    )


def test_windows_an_include_that_names_no_file_is_skipped_as_on_linux():
    # One Include rule for both systems (it was "could not be read" on Windows only): sshd
    # skips a file that is not there, as a pattern that matches nothing.
    finding = _windows_with_include("local.conf")
    assert finding.status is Status.PASS
    assert finding.evidence["ssh_password_logins"] is False
    finding = _windows_with_include(r"C:\ProgramData\ssh\sshd_config.d\*.conf")
    assert finding.status is Status.PASS


def test_windows_an_include_is_read_and_matched_as_windows_names_files():
    conf_d = r"C:\ProgramData\ssh\conf.d"
    finding = _windows_with_include(
        r"conf.d\*.conf",
        files={conf_d + r"\10-PASS.CONF": "PasswordAuthentication yes\n"},
        dirs={conf_d: ["10-PASS.CONF"]},
    )
    assert finding.status is Status.FAIL  # its first value wins, and *.conf matches .CONF
    assert finding.evidence["ssh_password_logins"] is True
    # A folder that is there but may not be listed is not read as empty.
    finding = _windows_with_include(r"conf.d\*.conf", dirs={conf_d: None}, mtimes={conf_d: 1.0})
    assert finding.status is Status.WARN
    assert finding.evidence["ssh_password_logins"] is None


def test_windows_without_a_running_ssh_server_says_nothing_about_it():
    finding = run_check(ra.RemoteAccessCheck(), windows_sshd(None))
    assert finding.status is Status.PASS
    assert finding.evidence["ssh_server_on"] is None


def test_a_recording_keeps_the_windows_ssh_server_process():
    assert ra.is_remote_access_process("sshd.exe")
    assert not ra.is_remote_access_process("ssh-agent.exe")


def windows_home(edition: str | None, dll: str | None, nla: str | None = None):
    """Remote Desktop's switch on (fDenyTSConnections 0), with this edition and service DLL."""
    missing = ok("", 1, fx("windows-reg-missing-de.txt"))
    return machine(
        "windows",
        commands={
            ra.WIN_DENY: ok(fx("windows-reg-fdeny-0.txt")),
            ra.WIN_DENY_POLICY: missing,
            ra.WIN_NLA: ok(fx(nla)) if nla else missing,
            ra.WIN_EDITION: ok(fx(edition)) if edition else missing,
            ra.WIN_TS_SERVICE_DLL: ok(fx(dll)) if dll else missing,
        },
    )


def test_windows_home_with_the_switch_on_has_no_remote_desktop_server():
    # Home has no Remote Desktop server: its stock termsrv.dll lets nobody in whatever
    # fDenyTSConnections says (a value left by a downgrade from Pro or a tweak script).
    seams = windows_home("windows-reg-edition-core.txt", "windows-reg-termservice-dll-stock.txt")
    finding = run_check(ra.RemoteAccessCheck(), seams)
    assert finding.status is Status.PASS
    assert finding.summary == "Remote access is switched off"
    assert finding.evidence["remote_desktop"] == []
    assert finding.evidence["windows_edition"] == "Core"


def test_windows_home_with_rdp_wrapper_is_remote_desktop_switched_on():
    seams = windows_home(
        "windows-reg-edition-core.txt",
        "windows-reg-termservice-dll-rdpwrap.txt",
        nla="windows-reg-nla-0.txt",
    )
    finding = run_check(ra.RemoteAccessCheck(), seams)
    assert (finding.status, finding.severity) == (Status.WARN, Severity.MEDIUM)
    assert finding.evidence["remote_desktop"] == ["Remote Desktop"]


def test_windows_home_whose_service_cannot_be_read_is_unknown():
    seams = windows_home("windows-reg-edition-core.txt", None)
    finding = run_check(ra.RemoteAccessCheck(), seams)
    assert finding.status is Status.UNKNOWN
    assert "Windows Home" in finding.reason


@pytest.mark.parametrize("edition", ["windows-reg-edition-professional.txt", None])
def test_pro_or_an_unknown_edition_with_the_switch_on_still_warns(edition):
    # An edition that cannot be read is not taken for Home: recordings made before the edition
    # was asked replay with the verdict they had.
    finding = run_check(ra.RemoteAccessCheck(), windows_home(edition, None))
    assert (finding.status, finding.severity) == (Status.WARN, Severity.LOW)


@pytest.mark.parametrize(
    ("edition_id", "home"),
    [
        ("Core", True),
        ("CoreN", True),
        ("CoreSingleLanguage", True),
        ("CoreCountrySpecific", True),
        ("Professional", False),
        ("ProfessionalWorkstation", False),
        ("Enterprise", False),
        ("ServerStandard", False),
        ("", False),
        (None, False),
    ],
)
def test_home_editions_by_edition_id(edition_id, home):
    assert ra.is_home_edition(edition_id) is home


@pytest.mark.parametrize(
    ("dll", "stock"),
    [
        (r"%SystemRoot%\System32\termsrv.dll", True),
        (r"C:\WINDOWS\system32\TERMSRV.DLL", True),
        (r"%ProgramFiles%\RDP Wrapper\rdpwrap.dll", False),
        ('"C:\\Tools\\termsrv_patched.dll"', False),
    ],
)
def test_the_stock_remote_desktop_service(dll, stock):
    assert ra.is_stock_rdp_service(dll) is stock


@pytest.mark.parametrize("name", ["windows-reg-missing-de.txt", "windows-reg-denied.txt"])
def test_an_unreadable_switch_is_unknown(name):
    seams = machine("windows", commands={ra.WIN_DENY: ok("", 1, fx(name))})
    finding = run_check(ra.RemoteAccessCheck(), seams)
    assert finding.status is Status.UNKNOWN


# ----- macOS ----------------------------------------------------------------------------------


def mac(sshd: tuple, sharing: tuple, main: str | None = None):
    files = {}
    if main is not None:
        files["/etc/ssh/sshd_config"] = main
        files["/etc/ssh/sshd_config.d/100-macos.conf"] = fx("macos-sshd_config.d-100-macos.conf")
    return machine(
        "macos",
        commands={ra.MAC_REMOTE_LOGIN: sshd, ra.MAC_SCREEN_SHARING: sharing},
        files=files,
        dirs={"/etc/ssh/sshd_config.d": ["100-macos.conf"]},
    )


OFF = ok(fx("macos-launchctl-not-found.txt"), 113)
ON = ok(fx("macos-launchctl-sshd-on.txt"))


def test_remote_login_with_macos_defaults_takes_passwords():
    finding = run_check(ra.RemoteAccessCheck(), mac(ON, OFF, fx("macos-sshd_config-default.txt")))
    assert finding.status is Status.FAIL
    assert finding.fix.steps_for(ra.OSFamily.MACOS)


def test_screen_sharing_on_warns():
    finding = run_check(ra.RemoteAccessCheck(), mac(OFF, ON))
    assert finding.status is Status.WARN
    assert "Screen Sharing" in finding.summary


def test_both_off_passes_and_garbage_is_unknown():
    assert run_check(ra.RemoteAccessCheck(), mac(OFF, OFF)).status is Status.PASS
    assert run_check(ra.RemoteAccessCheck(), mac(ok("??", 5), OFF)).status is Status.UNKNOWN


# ----- snapshot -------------------------------------------------------------------------------


@pytest.mark.parametrize("os", ["debian", "windows", "macos"])
def test_record_and_replay_reach_the_same_finding(os):
    if os == "windows":
        live = windows("windows-reg-fdeny-0.txt", nla="windows-reg-nla-0.txt")
    elif os == "macos":
        live = mac(ON, ON, fx("macos-sshd_config-default.txt"))
    else:
        live = linux(ss="linux-ss-vnc-rdp.txt", processes=("x11vnc", "bash"))
    recorder = Recorder(live, minimise=minimise_recording)
    before = ra.RemoteAccessCheck().run(ProbeContext(recorder.seams))
    snap = Snapshot.from_json(json.loads(json.dumps(recorder.snapshot().to_json())))
    after = ra.RemoteAccessCheck().run(ProbeContext(snap.seams()))
    assert after == before
    # Redacted (addresses and names replaced), it still reaches the same verdict.
    redacted = ra.RemoteAccessCheck().run(ProbeContext(redact_snapshot(snap).seams()))
    assert (redacted.status, redacted.severity) == (before.status, before.severity)


def test_windows_says_nothing_about_an_ssh_server_it_does_not_look_at():
    """The office PC once read "SSH server: not reachable from other computers", though Windows'
    own SSH server is never looked at."""
    finding = ra.evaluate(ra.judge_windows(1, None, None))
    assert finding.evidence["ssh_server_on"] is None
    assert "SSH server" not in [f.label for f in ra.facts(finding)]

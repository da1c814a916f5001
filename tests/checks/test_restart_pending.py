from hypothesis import given
from hypothesis import strategies as st

from hygiene_app.checks import restart_pending as rp
from hygiene_app.engine.model import Status
from hygiene_app.engine.probes import CommandOutcome, FileOutcome
from tests.support import NOW, fixture_text, machine, ok, run_check

CHECK = rp.RestartPendingCheck()
DAY = 86400.0


def test_debian_flag_file_means_restart_needed_and_names_packages():
    seams = machine(
        "ubuntu",
        files={
            "/var/run/reboot-required": "*** System restart required ***\n",
            "/var/run/reboot-required.pkgs": fixture_text("restart", "reboot-required.pkgs"),
        },
        boot_time=NOW - 2 * DAY,
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.FAIL
    assert finding.evidence["requested_by"] == ["linux-image-6.1.0-27-amd64", "libc6"]
    assert finding.fix is not None and finding.fix.verify_check == "UPD-003"


def test_debian_without_flag_and_recent_boot_passes():
    finding = run_check(CHECK, machine("debian", boot_time=NOW - 3 * DAY))
    assert finding.status is Status.PASS


def test_unreadable_flag_is_unknown_not_pass():
    seams = machine(
        "debian", files={"/var/run/reboot-required": FileOutcome.DENIED}, boot_time=NOW - DAY
    )
    assert run_check(CHECK, seams).status is Status.UNKNOWN


def test_long_uptime_warns():
    finding = run_check(CHECK, machine("debian", boot_time=NOW - 40 * DAY))
    assert finding.status is Status.WARN
    assert finding.evidence["uptime_days"] == 40.0


def test_fedora_needs_restarting_exit_1():
    out = fixture_text("restart", "needs-restarting-required.txt")
    seams = machine(
        "fedora",
        commands={("dnf", "needs-restarting", "-r"): ok(out, returncode=1)},
        boot_time=NOW - DAY,
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.FAIL
    assert finding.evidence["requested_by"] == ["dbus-daemon"]


def test_fedora_old_plugin_without_r_is_unknown():
    seams = machine(
        "fedora",
        commands={("dnf", "needs-restarting", "-r"): ok("", 2, "no such option: -r\n")},
        boot_time=NOW - DAY,
    )
    assert run_check(CHECK, seams).status is Status.UNKNOWN


def test_fedora_missing_dnf_is_unknown():
    seams = machine(
        "fedora",
        commands={("dnf", "needs-restarting", "-r"): CommandOutcome.NOT_FOUND},
        boot_time=NOW - DAY,
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.UNKNOWN
    assert "not installed" in finding.reason


def test_arch_running_kernel_removed_needs_restart():
    seams = machine(
        "arch",
        commands={("uname", "-r"): ok("6.12.1-arch1-1\n")},
        dirs={"/usr/lib/modules": ["6.12.4-arch1-1"]},
        boot_time=NOW - DAY,
    )
    assert run_check(CHECK, seams).status is Status.FAIL


def test_windows_pending_keys():
    out = '{"WindowsUpdate":true,"ComponentServicing":false}'
    seams = machine("windows", commands={rp.WINDOWS_PROBE: ok(out)}, boot_time=NOW - DAY)
    finding = run_check(CHECK, seams)
    assert finding.status is Status.FAIL
    assert finding.evidence["requested_by"] == ["Windows Update"]


def test_windows_no_keys_passes_and_garbage_is_unknown():
    clean = machine(
        "windows",
        commands={rp.WINDOWS_PROBE: ok('\ufeff{"WindowsUpdate":false,"ComponentServicing":false}')},
        boot_time=NOW - DAY,
    )
    assert run_check(CHECK, clean).status is Status.PASS
    garbage = machine(
        "windows", commands={rp.WINDOWS_PROBE: ok("Zugriff verweigert")}, boot_time=NOW - DAY
    )
    assert run_check(CHECK, garbage).status is Status.UNKNOWN


def test_macos_uses_uptime_only():
    assert run_check(CHECK, machine("macos", boot_time=NOW - DAY)).status is Status.PASS
    assert run_check(CHECK, machine("macos")).status is Status.UNKNOWN


@given(st.text())
def test_pkgs_parser_never_crashes_and_has_no_blank_names(text):
    names = rp.parse_reboot_required_pkgs(text)
    assert all(n.strip() == n and n for n in names)
    assert len(names) == len(set(names))


@given(st.integers(min_value=-5, max_value=300) | st.none(), st.text())
def test_needs_restarting_parser_total(rc, text):
    state = rp.parse_needs_restarting(rc, text)
    if rc not in (0, 1):
        assert state.flag is rp.RebootFlag.UNKNOWN

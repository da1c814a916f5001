import contextlib
import json
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hygiene_app.checks import _ostree
from hygiene_app.checks import restart_pending as rp
from hygiene_app.checks.recording import minimise_recording
from hygiene_app.engine.model import OSFamily, Status
from hygiene_app.engine.probes import CommandOutcome, CommandResult, FileOutcome
from hygiene_app.engine.snapshot import Snapshot, redact_snapshot
from tests.support import _PLATFORMS, NOW, fixture_text, machine, ok, run_check

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


KERNEL = {rp.UNAME_RELEASE: ok("6.1.0-27-amd64\n")}


def test_debian_without_flag_running_the_newest_kernel_passes():
    seams = machine(
        "debian",
        commands=KERNEL,
        dirs={rp.MODULES_DIR: ["6.1.0-26-amd64", "6.1.0-27-amd64"]},
        boot_time=NOW - 3 * DAY,
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.PASS
    assert finding.summary == "No restart pending (restarted 3 days ago)"


def test_debian_newer_kernel_installed_needs_restart_even_without_the_flag():
    seams = machine(
        "debian",
        commands=KERNEL,
        dirs={rp.MODULES_DIR: ["6.1.0-27-amd64", "6.1.0-28-amd64", "6.1.0-30-rt-amd64"]},
        boot_time=NOW - DAY,
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.FAIL
    assert finding.evidence["requested_by"] == ["kernel 6.1.0-28-amd64"]


def test_debian_missing_flag_proves_nothing_without_a_writer_or_kernels():
    # A container: no kernels installed, nothing that writes the flag.
    finding = run_check(CHECK, machine("debian", commands=KERNEL, boot_time=NOW - DAY))
    assert finding.status is Status.UNKNOWN
    assert "Nothing on this system records pending restarts" in finding.reason


def test_debian_missing_flag_with_a_writer_installed_passes():
    seams = machine(
        "ubuntu", mtimes={"/usr/bin/unattended-upgrade": NOW - 9 * DAY}, boot_time=NOW - DAY
    )
    assert run_check(CHECK, seams).status is Status.PASS


def test_failed_uname_is_not_a_pass():
    seams = machine(
        "arch",
        commands={rp.UNAME_RELEASE: ok("", returncode=1)},
        dirs={rp.MODULES_DIR: ["6.12.4-arch1-1"]},
        boot_time=NOW - DAY,
    )
    assert run_check(CHECK, seams).status is Status.UNKNOWN


def test_other_distributions_compare_kernels_and_never_pass_blind():
    suse = rp.RestartPendingCheck()
    platform = machine("debian").platform
    from dataclasses import replace

    opensuse = replace(platform, distribution_id="opensuse-tumbleweed", distribution_like=("suse",))
    blind = machine(platform=opensuse, boot_time=NOW - 3 * DAY)
    assert run_check(suse, blind).status is Status.UNKNOWN
    seen = machine(
        platform=opensuse,
        commands={rp.UNAME_RELEASE: ok("6.11.5-1-default\n")},
        dirs={rp.MODULES_DIR: ["6.11.5-1-default"]},
        boot_time=NOW - 3 * DAY,
    )
    assert run_check(suse, seen).status is Status.PASS


def test_uptime_wording_matches_the_threshold():
    seams = machine(
        "ubuntu", mtimes={"/usr/bin/unattended-upgrade": 1.0}, boot_time=NOW - 13.6 * DAY
    )
    assert run_check(CHECK, seams).summary == "No restart pending (restarted 13 days ago)"
    one = machine("ubuntu", mtimes={"/usr/bin/unattended-upgrade": 1.0}, boot_time=NOW - 1.2 * DAY)
    assert run_check(CHECK, one).summary == "No restart pending (restarted 1 day ago)"


def test_unreadable_flag_is_unknown_not_pass():
    seams = machine(
        "debian", files={"/var/run/reboot-required": FileOutcome.DENIED}, boot_time=NOW - DAY
    )
    assert run_check(CHECK, seams).status is Status.UNKNOWN


def test_long_uptime_warns():
    finding = run_check(CHECK, machine("debian", boot_time=NOW - 40 * DAY))
    # Even when the restart flag cannot be judged, 40 days is reason enough.
    assert finding.status is Status.WARN
    assert finding.evidence["uptime_days"] == 40.0


def test_fedora_needs_restarting_exit_1():
    out = fixture_text("restart", "needs-restarting-required.txt")
    seams = machine(
        "fedora",
        commands={rp.NEEDS_RESTARTING: ok(out, returncode=1)},
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
        commands={rp.UNAME_RELEASE: ok("6.12.1-arch1-1\n")},
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


def test_fedora_old_plugin_falls_back_to_the_kernels():
    seams = machine(
        "fedora",
        commands={
            rp.NEEDS_RESTARTING: ok("", 2, "no such option: -r\n"),
            rp.UNAME_RELEASE: ok("6.11.4-301.fc41.x86_64\n"),
        },
        dirs={rp.MODULES_DIR: ["6.11.4-301.fc41.x86_64", "6.11.5-300.fc41.x86_64"]},
        boot_time=NOW - DAY,
    )
    assert run_check(CHECK, seams).status is Status.FAIL


@given(st.text(max_size=30), st.lists(st.text(max_size=30), max_size=5))
def test_kernel_comparison_is_total(running, installed):
    state = rp.compare_kernels(running, installed)
    if not running or not installed:
        assert state.flag is rp.RebootFlag.UNKNOWN


def test_raspberry_pi_board_kernels_side_by_side_are_not_a_newer_kernel():
    # Raspberry Pi OS installs one kernel per board (constructed from its package layout:
    # raspberrypi-kernel / linux-image-rpi-* put all of them in /usr/lib/modules). A Pi 3 on
    # 32-bit runs "-v7"; the "-v8" beside it is for other boards, not an update.
    old_scheme = ["6.1.21+", "6.1.21-v7+", "6.1.21-v7l+", "6.1.21-v8+"]
    assert rp.compare_kernels("6.1.21-v7+", old_scheme).flag is rp.RebootFlag.NOT_REQUIRED
    new_scheme = [
        "6.6.51+rpt-rpi-v6",
        "6.6.51+rpt-rpi-v7",
        "6.6.51+rpt-rpi-v7l",
        "6.6.51+rpt-rpi-v8",
        "6.6.51+rpt-rpi-2712",
    ]
    for running in new_scheme:
        assert rp.compare_kernels(running, new_scheme).flag is rp.RebootFlag.NOT_REQUIRED
    # A newer kernel for the same board still asks for the restart.
    state = rp.compare_kernels("6.6.51+rpt-rpi-v7", [*new_scheme, "6.6.62+rpt-rpi-v7"])
    assert state.flag is rp.RebootFlag.REQUIRED
    assert [str(b) for b in state.because_of] == ["kernel 6.6.62+rpt-rpi-v7"]


def _silverblue(status):
    return machine(
        "fedora",
        commands={
            rp.RPM_OSTREE_STATUS: status,
            # What dnf and the kernels say on an image-based system proves nothing.
            rp.NEEDS_RESTARTING: ok("No core libraries or services have been updated.\n", 0),
            rp.UNAME_RELEASE: ok("6.11.8-300.fc41.x86_64\n"),
        },
        dirs={rp.MODULES_DIR: ["6.11.8-300.fc41.x86_64"]},
        mtimes={rp.OSTREE_BOOTED: NOW - DAY},
        boot_time=NOW - DAY,
    )


def test_silverblue_staged_deployment_needs_a_restart():
    finding = run_check(
        CHECK, _silverblue(ok(fixture_text("restart", "rpm-ostree-status-staged.json")))
    )
    assert finding.status is Status.FAIL
    assert finding.evidence["requested_by"] == ["41.20241201.0"]


def test_silverblue_running_the_newest_deployment_passes_and_no_answer_is_unknown():
    doc = json.loads(fixture_text("restart", "rpm-ostree-status-staged.json"))
    doc["deployments"].reverse()  # the staged one was removed: the booted one is first
    doc["deployments"].pop()
    assert run_check(CHECK, _silverblue(ok(json.dumps(doc)))).status is Status.PASS
    for answer in (CommandOutcome.NOT_FOUND, ok("", 1, "error: Connection refused\n"), ok("{}")):
        assert run_check(CHECK, _silverblue(answer)).status is Status.UNKNOWN


def test_an_ostree_system_that_is_not_fedora_is_not_sent_to_rpm_ostree_nor_passed():
    # Endless OS boots from OSTree but has no rpm-ostree. Its next image's kernel is not beside
    # the running one, so the Debian path (no flag file, one kernel) would pass it.
    endless = replace(
        _PLATFORMS["debian"], distribution_id="endless", distribution_name="Endless OS 6"
    )
    seams = machine(
        platform=endless,
        commands={rp.UNAME_RELEASE: ok("6.5.0-21-generic\n")},
        dirs={rp.MODULES_DIR: ["6.5.0-21-generic"]},
        mtimes={_ostree.OSTREE_BOOTED: NOW - DAY, rp.REBOOT_FLAG_WRITERS[1]: NOW - DAY},
        boot_time=NOW - DAY,
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.UNKNOWN
    assert "Endless OS 6" in finding.reason
    assert "rpm-ostree" not in finding.reason
    # Without /run/ostree-booted the same machine is an ordinary Debian: it passes.
    plain = machine(
        platform=endless,
        commands={rp.UNAME_RELEASE: ok("6.5.0-21-generic\n")},
        dirs={rp.MODULES_DIR: ["6.5.0-21-generic"]},
        mtimes={rp.REBOOT_FLAG_WRITERS[1]: NOW - DAY},
        boot_time=NOW - DAY,
    )
    assert run_check(CHECK, plain).status is Status.PASS


def _layered_status(first_booted: bool) -> str:
    """rpm-ostree's answer on a Silverblue with layered packages and a custom image: what a
    support snapshot must not keep."""
    doc = json.loads(fixture_text("restart", "rpm-ostree-status-staged.json"))
    if first_booted:
        doc["deployments"].reverse()
    for deployment in doc["deployments"]:
        deployment["requested-packages"] = ["mullvad-vpn", "steam"]
        deployment["packages"] = ["mullvad-vpn", "steam"]
        deployment["requested-local-packages"] = ["/home/ann/Downloads/secret-tool-1.0.rpm"]
        deployment["container-image-reference"] = (
            "ostree-unverified-registry:ghcr.io/annsmith/myimage:latest"
        )
        deployment["base-commit-meta"] = {"ostree.linux": "6.11.8-300.fc41.x86_64"}
    return json.dumps(doc)


@pytest.mark.parametrize("first_booted", [False, True])
def test_a_support_snapshot_keeps_only_what_the_restart_check_reads_of_rpm_ostree(first_booted):
    snap = Snapshot(
        platform=_PLATFORMS["fedora"],
        clock=NOW,
        commands={
            rp.RPM_OSTREE_STATUS: CommandResult(
                rp.RPM_OSTREE_STATUS, CommandOutcome.OK, 0, _layered_status(first_booted)
            )
        },
        stats={_ostree.OSTREE_BOOTED: NOW - DAY},
        boot_time=NOW - DAY,
    )
    small = redact_snapshot(minimise_recording(snap))
    stdout = small.commands[rp.RPM_OSTREE_STATUS].stdout
    for private in ("mullvad-vpn", "steam", "secret-tool", "annsmith", "ghcr.io", "ostree.linux"):
        assert private not in stdout
    replayed = Snapshot.from_json(json.loads(json.dumps(small.to_json())))
    first, again = run_check(CHECK, snap.seams()), run_check(CHECK, replayed.seams())
    assert (again.status, again.summary, again.detail, again.evidence) == (
        first.status,
        first.summary,
        first.detail,
        first.evidence,
    )
    assert first.status is (Status.PASS if first_booted else Status.FAIL)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=8,
)
_DEPLOYMENT = st.dictionaries(
    st.sampled_from(["booted", "staged", "version", "osname", "requested-packages"]),
    _JSON | st.text(max_size=70),
)


@given(
    st.one_of(
        st.fixed_dictionaries({"deployments": st.lists(_DEPLOYMENT | _JSON, max_size=4)}),
        _JSON,
        st.text(max_size=40),
    )
)
def test_minimised_rpm_ostree_status_reads_as_the_original(doc):
    text = doc if isinstance(doc, str) else json.dumps(doc)

    def read(answer):
        try:
            return rp.parse_rpm_ostree_status(answer)
        except rp.ParseError:
            return "not understood"

    assert read(rp.minimise_rpm_ostree_status(text)) == read(text)


@given(st.text(max_size=200))
def test_rpm_ostree_parser_total(text):
    with contextlib.suppress(rp.ParseError):
        rp.parse_rpm_ostree_status(text)


def test_linux_restart_step_does_not_send_kde_or_cinnamon_users_to_the_top_right_corner():
    # GNOME's system menu is top-right; KDE Plasma (KDE neon, Kinoite, openSUSE) and Cinnamon
    # (Linux Mint) keep Restart in the application menu, bottom-left.
    step = next(s for s in rp.FIX_RESTART.steps_for(OSFamily.LINUX) if s.headline)
    assert step.command == "systemctl reboot"
    assert "GNOME" in step.text and "KDE" in step.text and "Cinnamon" in step.text

"""DEV-001 disk encryption: recorded outputs of every OS reach the verdict a person reading them
would, and no output (empty, garbage, translated, refused) is read as a pass."""

from __future__ import annotations

import contextlib
import dataclasses
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hygiene_app.checks import _inside as inside
from hygiene_app.checks import disk_encryption as de
from hygiene_app.checks._common import ParseError
from hygiene_app.engine.model import Severity, Status
from hygiene_app.engine.probes import CommandOutcome, FileOutcome
from tests.support import fixture_text, machine, ok, run_check

CHECK = de.DiskEncryptionCheck()


def linux(name: str) -> str:
    return fixture_text("disk_encryption", "linux", name)


def windows(name: str) -> str:
    return fixture_text("disk_encryption", "windows", name)


def macos(name: str) -> str:
    return fixture_text("disk_encryption", "macos", name)


BATTERY = {
    "dirs": {de.POWER_SUPPLY: ["AC", "BAT0"]},
    "files": {
        f"{de.POWER_SUPPLY}/AC/type": "Mains\n",
        f"{de.POWER_SUPPLY}/BAT0/type": "Battery\n",
        f"{de.POWER_SUPPLY}/BAT0/scope": FileOutcome.MISSING,
    },
}
DESKTOP_WITH_WIRELESS_MOUSE = {
    "dirs": {de.POWER_SUPPLY: ["hidpp_battery_0"]},
    "files": {
        f"{de.POWER_SUPPLY}/hidpp_battery_0/type": "Battery\n",
        f"{de.POWER_SUPPLY}/hidpp_battery_0/scope": "Device\n",
    },
}


def linux_machine(
    mounts: str,
    lsblk: object = None,
    *,
    os: str = "ubuntu",
    files: dict | None = None,
    dirs: dict | None = None,
    commands: dict | None = None,
    mtimes: dict | None = None,
    power: dict | None = None,
):
    all_files = {de.PROC_MOUNTS: mounts, **(files or {}), **((power or {}).get("files", {}))}
    all_dirs = {**(dirs or {}), **((power or {}).get("dirs", {}))}
    all_commands = dict(commands or {})
    if lsblk is not None:
        all_commands[de.LSBLK] = lsblk
    return machine(os, files=all_files, dirs=all_dirs, commands=all_commands, mtimes=mtimes)


# ----- Linux --------------------------------------------------------------------------------

#: The device mapper of the Ubuntu LVM-on-LUKS machine: root LV (dm-1) on the LUKS mapping dm-0.
UBUNTU_DM = {
    "dirs": {
        de.SYS_BLOCK: ["dm-0", "dm-1", "dm-2", "loop0", "sda"],
        "/sys/block/dm-0/slaves": ["sda5"],
        "/sys/block/dm-1/slaves": ["dm-0"],
        "/sys/block/dm-2/slaves": ["dm-0"],
    },
    "files": {
        "/sys/block/dm-0/dm/name": "sda5_crypt\n",
        "/sys/block/dm-0/dm/uuid": "CRYPT-LUKS2-2b5a0d9c1e7f4a3b8c6d5e4f3a2b1c0d-sda5_crypt\n",
        "/sys/block/dm-1/dm/name": "ubuntu--vg-root\n",
        "/sys/block/dm-1/dm/uuid": linux("dm-uuid-lvm.txt"),
        "/sys/block/dm-2/dm/name": "ubuntu--vg-swap_1\n",
        "/sys/block/dm-2/dm/uuid": linux("dm-uuid-lvm.txt"),
    },
}


def test_lvm_on_luks_passes_and_names_luks2():
    seams = linux_machine(
        linux("proc-mounts-ubuntu-lvm-on-luks.txt"),
        ok(linux("lsblk-ubuntu-lvm-on-luks.json")),
        files=UBUNTU_DM["files"],
        dirs=UBUNTU_DM["dirs"],
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.PASS
    assert finding.summary == "Disk encryption is on (LUKS2)"
    assert finding.evidence["encrypted_devices"] == {"sda5_crypt": "LUKS2"}
    assert {f.label: f.value for f in finding.facts}["System disk"] == "encrypted (LUKS2)"


def test_crypt_in_lsblk_without_the_device_mapper_files_is_still_encrypted():
    seams = linux_machine(
        linux("proc-mounts-ubuntu-lvm-on-luks.txt"), ok(linux("lsblk-ubuntu-lvm-on-luks.json"))
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.PASS
    assert finding.summary == "Disk encryption is on (dm-crypt)"


def test_an_unlocked_usb_stick_does_not_make_a_plain_system_disk_encrypted():
    """Pareto's "any crypt device" rule passes here; / is on a plain partition."""
    data = json.loads(linux("lsblk-nvme-plain.json"))
    data["blockdevices"].append(
        {
            "name": "sdb",
            "type": "disk",
            "fstype": None,
            "mountpoints": [None],
            "children": [
                {
                    "name": "usbstick",
                    "type": "crypt",
                    "fstype": "ext4",
                    "mountpoints": ["/media/user/stick"],
                }
            ],
        }
    )
    seams = linux_machine(linux("proc-mounts-nvme-plain.txt"), ok(json.dumps(data)))
    assert run_check(CHECK, seams).status is Status.FAIL


def test_plain_laptop_is_critical_with_a_reinstall_guide():
    seams = linux_machine(
        linux("proc-mounts-nvme-plain.txt"), ok(linux("lsblk-nvme-plain.json")), power=BATTERY
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.FAIL
    assert finding.severity is Severity.CRITICAL
    assert finding.summary == "Disk encryption is off for the system disk"
    assert finding.fix is de.FIX_ENCRYPT
    steps = " ".join(s.text for s in finding.fix.steps_for(seams.platform.os))
    assert "Back up" in steps and "reinstall" in steps
    assert {f.label: f.value for f in finding.facts}["Runs on a battery"] == "yes"


def test_plain_desktop_is_high_and_a_mouse_battery_is_no_laptop():
    seams = linux_machine(
        linux("proc-mounts-nvme-plain.txt"),
        ok(linux("lsblk-nvme-plain.json")),
        power=DESKTOP_WITH_WIRELESS_MOUSE,
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.FAIL
    assert finding.severity is Severity.HIGH
    assert finding.evidence["laptop"] is False


def test_btrfs_subvolumes_on_luks_check_root_and_home():
    seams = linux_machine(
        linux("proc-mounts-fedora-btrfs-luks.txt"),
        ok(linux("lsblk-fedora-btrfs-luks.json")),
        os="fedora",
        dirs={de.SYS_BLOCK: ["dm-0", "nvme0n1", "zram0"]},
        files={
            "/sys/block/dm-0/dm/name": "luks-5f0c1b2e-8d3a-4c1e-9f6b-2a7d4e8c1b90\n",
            "/sys/block/dm-0/dm/uuid": linux("dm-uuid-luks2.txt"),
        },
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.PASS
    assert [m["target"] for m in finding.evidence["mounts"]] == ["/", "/home"]
    assert all(m["method"] == "LUKS2" for m in finding.evidence["mounts"])


def test_old_lsblk_is_asked_again_and_a_plain_separate_home_fails():
    seams = linux_machine(
        linux("proc-mounts-luks-root-plain-home.txt"),
        ok("", 1, linux("lsblk-old-unknown-column.stderr")),
        commands={de.LSBLK_OLD: ok(linux("lsblk-old-luks-root-plain-home.json"))},
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.FAIL
    assert finding.summary == "Disk encryption is off for the disk holding /home"
    facts = {f.label: f.value for f in finding.facts}
    assert facts["System disk"] == "encrypted (dm-crypt)"
    assert facts["Disk holding the home folders"] == "not encrypted"


def test_without_lsblk_the_device_mapper_answers_for_lvm_on_luks():
    seams = linux_machine(
        linux("proc-mounts-ubuntu-lvm-on-luks.txt"),
        CommandOutcome.NOT_FOUND,
        files=UBUNTU_DM["files"],
        dirs=UBUNTU_DM["dirs"],
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.PASS
    assert finding.evidence["mounts"][0]["method"] == "LUKS2"


def test_without_lsblk_a_plain_partition_fails():
    seams = linux_machine(linux("proc-mounts-nvme-plain.txt"), CommandOutcome.NOT_FOUND)
    assert run_check(CHECK, seams).status is Status.FAIL


@pytest.mark.parametrize(
    "lsblk",
    [
        CommandOutcome.PERMISSION_DENIED,
        CommandOutcome.TIMEOUT,
        ok(""),
        ok("Zugriff verweigert"),
        ok("{}"),
        ok(linux("lsblk-kolide-excerpt.json")),
    ],
    ids=["denied", "timeout", "empty", "garbage", "empty-json", "no-mountpoints"],
)
def test_no_usable_lsblk_and_an_unknown_source_is_unknown(lsblk):
    mounts = "/dev/root / ext4 rw,relatime 0 0\n"
    finding = run_check(CHECK, linux_machine(mounts, lsblk))
    assert finding.status is Status.UNKNOWN
    assert finding.reason.startswith("The disk under / could not be identified (")


def test_nothing_readable_at_all_is_unknown():
    seams = machine("debian", commands={de.LSBLK: CommandOutcome.NOT_FOUND})
    finding = run_check(CHECK, seams)
    assert finding.status is Status.UNKNOWN
    assert "'lsblk' is not installed" in finding.reason


@pytest.mark.parametrize(
    "marker",
    [{"mtimes": {"/.dockerenv": 0.0}}, {"mtimes": {"/run/.containerenv": 0.0}}, {}],
    ids=["docker", "podman", "overlay-root"],
)
def test_a_container_is_unknown_never_a_verdict(marker):
    mounts = (
        linux("proc-mounts-docker-overlay.txt")
        if not marker
        else linux("proc-mounts-nvme-plain.txt")
    )
    seams = linux_machine(mounts, ok(linux("lsblk-nvme-plain.json")), **marker)
    finding = run_check(CHECK, seams)
    assert finding.status is Status.UNKNOWN
    assert "container" in finding.reason


def test_systemd_container_note_is_a_container():
    seams = linux_machine(
        linux("proc-mounts-nvme-plain.txt"),
        ok(linux("lsblk-nvme-plain.json")),
        files={inside.SYSTEMD_CONTAINER: "lxc\n"},
    )
    assert run_check(CHECK, seams).status is Status.UNKNOWN


def test_this_vm_without_container_markers_reads_its_plain_disk():
    """[LOCAL] lsblk of the development VM (no udev: FSTYPE empty): / on vda, no crypt."""
    seams = linux_machine("/dev/vda / ext4 rw,relatime 0 0\n", ok(linux("lsblk-local-vda.json")))
    finding = run_check(CHECK, seams)
    assert finding.status is Status.FAIL
    assert finding.evidence["mounts"][0]["device"] == "vda"


@pytest.mark.parametrize(
    ("answer", "status", "method"),
    [
        (
            ok(fixture_text("disk_encryption", "linux", "zfs-get-encrypted.txt")),
            Status.PASS,
            "ZFS aes-256-gcm",
        ),
        (ok(fixture_text("disk_encryption", "linux", "zfs-get-off.txt")), Status.FAIL, ""),
        (CommandOutcome.NOT_FOUND, Status.UNKNOWN, ""),
        (ok("cannot open 'rpool/ROOT/ubuntu_k3v9zq': permission denied", 1), Status.UNKNOWN, ""),
        (ok("garbage"), Status.UNKNOWN, ""),
    ],
    ids=["encrypted", "off", "no-zfs", "error", "garbage"],
)
def test_zfs_root_asks_zfs_for_native_encryption(answer, status, method):
    seams = linux_machine(
        linux("proc-mounts-zfs.txt"),
        commands={de.zfs_get("rpool/ROOT/ubuntu_k3v9zq"): answer},
    )
    finding = run_check(CHECK, seams)
    assert finding.status is status
    assert finding.evidence["mounts"][0]["method"] == method


def test_ecryptfs_home_on_a_plain_disk_is_a_warning_not_a_pass():
    seams = linux_machine(
        linux("proc-mounts-nvme-plain.txt"),
        ok(linux("lsblk-nvme-plain.json")),
        mtimes={"/home/.ecryptfs/user": 0.0},
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.WARN
    assert finding.summary == "Only your home folder is encrypted (ecryptfs)"


def test_a_systemd_homed_luks_home_on_a_plain_disk_is_a_warning_like_fscrypt():
    homed = _one_dm("dm-0", "home-user", linux("dm-uuid-homed.txt"), ["loop0"])
    seams = linux_machine(
        linux("proc-mounts-homed-luks-home.txt"),
        ok(linux("lsblk-nvme-plain.json")),
        files=homed["files"],
        dirs={de.SYS_BLOCK: ["dm-0", "loop0", "nvme0n1"], **homed["dirs"]},
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.WARN
    assert finding.summary == "Only your home folder is encrypted (LUKS2)"


def test_fscrypt_home_on_a_plain_disk_is_a_warning():
    seams = linux_machine(
        linux("proc-mounts-nvme-plain.txt"),
        ok(linux("lsblk-nvme-plain.json")),
        commands={de.fscrypt_status("/home/user"): ok(linux("fscrypt-status-encrypted.txt"))},
    )
    assert run_check(CHECK, seams).status is Status.WARN


def test_fscrypt_saying_not_encrypted_keeps_the_failure():
    said = fixture_text("disk_encryption", "linux", "fscrypt-status-not-encrypted.stderr")
    seams = linux_machine(
        linux("proc-mounts-nvme-plain.txt"),
        ok(linux("lsblk-nvme-plain.json")),
        commands={de.fscrypt_status("/home/user"): ok("", 1, said)},
    )
    assert run_check(CHECK, seams).status is Status.FAIL


def test_root_in_memory_is_unknown():
    mounts = "tmpfs / tmpfs rw,relatime,mode=755 0 0\n/dev/mapper/root /nix ext4 rw 0 0\n"
    finding = run_check(CHECK, linux_machine(mounts, ok(linux("lsblk-nvme-plain.json"))))
    assert finding.status is Status.UNKNOWN
    assert "held in memory" in finding.reason


def test_network_home_is_not_checked_as_a_local_disk():
    mounts = linux("proc-mounts-ubuntu-lvm-on-luks.txt") + "nas:/export/home /home nfs4 rw 0 0\n"
    seams = linux_machine(mounts, ok(linux("lsblk-ubuntu-lvm-on-luks.json")))
    finding = run_check(CHECK, seams)
    assert finding.status is Status.PASS
    assert [m["target"] for m in finding.evidence["mounts"]] == ["/"]


def _one_dm(kernel: str, name: str, uuid: str, slaves: list[str]) -> dict:
    return {
        "dirs": {f"/sys/block/{kernel}/slaves": slaves},
        "files": {
            f"/sys/block/{kernel}/dm/name": name + "\n",
            f"/sys/block/{kernel}/dm/uuid": uuid,
        },
    }


@pytest.mark.parametrize("lsblk_answer", ["listed", "no-lsblk"])
def test_a_dm_verity_root_is_not_encryption_though_lsblk_calls_it_crypt(lsblk_answer):
    """veritysetup's mapping has a CRYPT-VERITY- uuid, so lsblk shows TYPE "crypt": it checks
    the image's hashes and encrypts nothing."""
    dm = _one_dm("dm-0", "root", linux("dm-uuid-verity.txt"), ["nvme0n1p2", "nvme0n1p3"])
    seams = linux_machine(
        linux("proc-mounts-verity-root.txt"),
        ok(linux("lsblk-verity-root.json"))
        if lsblk_answer == "listed"
        else CommandOutcome.NOT_FOUND,
        files=dm["files"],
        dirs={de.SYS_BLOCK: ["dm-0", "nvme0n1"], **dm["dirs"]},
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.FAIL
    assert finding.evidence["encrypted_devices"] == {}


def test_a_dm_integrity_root_is_not_encryption():
    dm = _one_dm("dm-0", "data", linux("dm-uuid-integrity.txt"), ["sda2"])
    seams = linux_machine(
        "/dev/mapper/data / ext4 rw,relatime 0 0\n",
        ok(linux("lsblk-integrity-root.json")),
        files=dm["files"],
        dirs={de.SYS_BLOCK: ["dm-0", "sda"], **dm["dirs"]},
    )
    assert run_check(CHECK, seams).status is Status.FAIL


def test_luks2_with_integrity_passes_and_names_luks2_not_its_integrity_layer():
    below = _one_dm("dm-0", "root_dif", linux("dm-uuid-luks2-integrity-subdev.txt"), ["nvme0n1p2"])
    above = _one_dm("dm-1", "root", linux("dm-uuid-luks2.txt"), ["dm-0"])
    seams = linux_machine(
        "/dev/mapper/root / ext4 rw,relatime 0 0\n",
        ok(linux("lsblk-luks2-integrity.json")),
        files={**below["files"], **above["files"]},
        dirs={de.SYS_BLOCK: ["dm-0", "dm-1", "nvme0n1"], **below["dirs"], **above["dirs"]},
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.PASS
    assert finding.summary == "Disk encryption is on (LUKS2)"
    assert finding.evidence["encrypted_devices"] == {"root": "LUKS2"}


@pytest.mark.parametrize("release", ["osrelease-wsl2.txt", "osrelease-wsl1.txt"])
def test_windows_subsystem_for_linux_is_unknown_never_a_verdict(release):
    """WSL's /dev/sdc is a file on the Windows drive: its BitLocker decides, unseen from here."""
    seams = linux_machine(
        linux("proc-mounts-wsl2.txt"),
        ok(linux("lsblk-wsl2.json")),
        files={inside.KERNEL_OSRELEASE: linux(release)},
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.UNKNOWN
    assert "inside Windows (WSL)" in finding.reason
    assert "container" not in finding.reason
    assert finding.evidence["inside"] == "wsl"
    assert "container" not in finding.evidence  # no "Runs in a container" fact


def test_an_ordinary_kernel_release_is_no_container():
    seams = linux_machine(
        linux("proc-mounts-nvme-plain.txt"),
        ok(linux("lsblk-nvme-plain.json")),
        files={inside.KERNEL_OSRELEASE: linux("osrelease-ubuntu.txt")},
    )
    assert run_check(CHECK, seams).status is Status.FAIL


# ----- Windows ------------------------------------------------------------------------------


def windows_machine(probe: object, *, admin: bool = False, bde: object = None):
    commands = {de.WINDOWS_PROBE: probe}
    if bde is not None:
        commands[de.manage_bde_status("C:")] = bde
    seams = machine("windows", commands=commands)
    platform = dataclasses.replace(seams.platform, is_admin=admin)
    return dataclasses.replace(seams, platform=platform)


def test_windows_shell_property_1_passes_and_says_suspension_is_unseen():
    finding = run_check(CHECK, windows_machine(ok(windows("probe-user-shell-on.json"))))
    assert finding.status is Status.PASS
    assert finding.summary == "BitLocker protects drive C:"
    assert "administrator" in finding.detail
    assert {f.label: f.value for f in finding.facts} == {"Drive C:": "encrypted"}


def test_windows_shell_property_2_with_a_bom_fails():
    finding = run_check(CHECK, windows_machine(ok(windows("probe-user-shell-off.json"))))
    assert finding.status is Status.FAIL
    assert finding.fix is de.FIX_ENCRYPT
    assert finding.fix.steps_for(de.OSFamily.WINDOWS)[0].link == "ms-settings:deviceencryption"


@pytest.mark.parametrize("name", ["probe-user-shell-empty.json", "probe-user-shell-3.json"])
def test_windows_shell_property_empty_or_undocumented_is_unknown(name):
    finding = run_check(CHECK, windows_machine(ok(windows(name))))
    assert finding.status is Status.UNKNOWN


def test_windows_elevated_fully_encrypted_and_on_passes():
    finding = run_check(
        CHECK, windows_machine(ok(windows("probe-admin-protected.json")), admin=True)
    )
    assert finding.status is Status.PASS
    assert finding.evidence["source"] == "Get-BitLockerVolume"
    assert finding.detail == ""


def test_windows_suspended_protection_is_not_on():
    finding = run_check(
        CHECK, windows_machine(ok(windows("probe-admin-suspended.json")), admin=True)
    )
    assert finding.status is Status.FAIL
    assert finding.summary == "BitLocker protection is suspended on drive C:"
    assert finding.fix is de.FIX_RESUME_BITLOCKER
    facts = {f.label: f.value for f in finding.facts}
    assert facts["BitLocker protection"] == "suspended or off"


def test_windows_encrypting_is_a_low_warning_with_progress():
    finding = run_check(
        CHECK, windows_machine(ok(windows("probe-admin-encrypting.json")), admin=True)
    )
    assert finding.status is Status.WARN
    assert finding.severity is Severity.LOW
    assert finding.summary == "Drive C: is being encrypted (42% done)"


def test_windows_fully_decrypted_fails():
    finding = run_check(
        CHECK, windows_machine(ok(windows("probe-admin-decrypted.json")), admin=True)
    )
    assert finding.status is Status.FAIL


@pytest.mark.parametrize(
    ("bde", "status", "summary"),
    [
        (ok(windows("manage-bde-status-en.txt")), Status.PASS, "BitLocker protects drive C:"),
        (
            ok(windows("manage-bde-status-suspended-en.txt")),
            Status.FAIL,
            "BitLocker protection is suspended on drive C:",
        ),
    ],
    ids=["on", "suspended"],
)
def test_windows_without_the_cmdlet_reads_english_manage_bde(bde, status, summary):
    seams = windows_machine(ok(windows("probe-admin-no-cmdlet.json")), admin=True, bde=bde)
    finding = run_check(CHECK, seams)
    assert finding.status is status
    assert finding.summary == summary
    assert finding.evidence["source"] == "manage-bde"


def test_windows_localized_manage_bde_is_never_guessed():
    seams = windows_machine(
        ok(windows("probe-admin-no-cmdlet.json")),
        admin=True,
        bde=ok(windows("manage-bde-status-de.txt")),
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.UNKNOWN
    assert "language" in finding.reason


def test_windows_manage_bde_denied_is_unknown():
    seams = windows_machine(
        ok(windows("probe-admin-no-cmdlet.json")),
        admin=True,
        bde=ok(windows("manage-bde-denied.txt"), -1),
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.UNKNOWN
    assert "manage-bde" in finding.reason


@pytest.mark.parametrize(
    "probe",
    [CommandOutcome.NOT_FOUND, CommandOutcome.TIMEOUT, ok(""), ok("[]"), ok("garbage"), ok("", 1)],
)
def test_windows_no_answer_is_unknown(probe):
    assert run_check(CHECK, windows_machine(probe)).status is Status.UNKNOWN


# ----- macOS --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "status", "severity"),
    [
        ("fdesetup-on.txt", Status.PASS, Severity.INFO),
        ("fdesetup-off.txt", Status.FAIL, Severity.HIGH),
        ("fdesetup-encrypting.txt", Status.WARN, Severity.LOW),
        ("fdesetup-decrypting.txt", Status.FAIL, Severity.HIGH),
        ("fdesetup-deferred.txt", Status.WARN, Severity.MEDIUM),
        ("fdesetup-off-enabled-after-restart.txt", Status.WARN, Severity.MEDIUM),
        ("fdesetup-on-restart-to-finish.txt", Status.WARN, Severity.MEDIUM),
        ("fdesetup-off-restart-to-finish.txt", Status.FAIL, Severity.HIGH),
    ],
)
def test_macos_filevault_states(name, status, severity):
    seams = machine("macos", commands={de.FDESETUP_STATUS: ok(macos(name))})
    finding = run_check(CHECK, seams)
    assert finding.status is status
    assert finding.severity is severity


def test_macos_on_but_needing_a_restart_to_finish_is_no_pass():
    """Tools that read fdesetup disagree whether this form is on; until the restart it is not
    finished, so it asks for the restart instead of passing."""
    answer = ok(macos("fdesetup-on-restart-to-finish.txt"))
    finding = run_check(CHECK, machine("macos", commands={de.FDESETUP_STATUS: answer}))
    assert finding.summary == "FileVault finishes switching on at the next restart"
    assert finding.fix is de.FIX_FILEVAULT_DEFERRED
    assert {f.label: f.value for f in finding.facts}["FileVault"] == (
        "switches on at the next restart"
    )


def test_macos_encryption_in_progress_says_how_far():
    seams = machine("macos", commands={de.FDESETUP_STATUS: ok(macos("fdesetup-encrypting.txt"))})
    finding = run_check(CHECK, seams)
    assert finding.summary == "FileVault is encrypting the disk (42% done)"
    assert {f.label: f.value for f in finding.facts}["Progress"] == "42%"


@pytest.mark.parametrize(
    "answer", [CommandOutcome.NOT_FOUND, ok(""), ok("Zugriff verweigert"), ok("FileVault", 1)]
)
def test_macos_no_answer_is_unknown(answer):
    seams = machine("macos", commands={de.FDESETUP_STATUS: answer})
    assert run_check(CHECK, seams).status is Status.UNKNOWN


# ----- parsers ------------------------------------------------------------------------------


def test_crypt_kinds():
    assert de.crypt_kind(linux("dm-uuid-luks2.txt")) == "LUKS2"
    assert de.crypt_kind(linux("dm-uuid-verity.txt")) is None
    assert de.crypt_kind(linux("dm-uuid-integrity.txt")) is None
    assert de.crypt_kind(linux("dm-uuid-luks2-integrity-subdev.txt")) is None
    assert de.crypt_kind("CRYPT-PLAIN-cryptswap") == "dm-crypt"
    assert de.crypt_kind("CRYPT-TCRYPT-veracrypt1") == "VeraCrypt"
    assert de.crypt_kind(linux("dm-uuid-lvm.txt")) is None
    assert de.crypt_kind("") is None


def test_proc_mounts_unescapes_spaces():
    mounts = de.parse_proc_mounts("/dev/sdb1 /media/user/My\\040Disk ext4 rw 0 0\n")
    assert "/media/user/My Disk" in mounts


def test_manage_bde_english_is_read():
    volume = de.parse_manage_bde(windows("manage-bde-status-en.txt"))
    assert volume == de.BitLockerVolume("FullyEncrypted", True, 100.0)
    assert de.parse_manage_bde(windows("manage-bde-status-de.txt")) is None
    assert de.parse_manage_bde("") is None


@given(st.text())
def test_lsblk_parser_never_crashes_on_garbage(text):
    with contextlib.suppress(ParseError):
        de.parse_lsblk(text)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(
                ["blockdevices", "children", "name", "type", "mountpoints", "mountpoint", "fstype"]
            ),
            inner,
            max_size=4,
        )
    ),
    max_leaves=20,
)


@given(json_values)
def test_lsblk_parser_never_crashes_on_odd_json(value):
    with contextlib.suppress(ParseError):
        de.parse_lsblk(json.dumps(value))


@given(
    st.dictionaries(
        st.sampled_from(["Drive", "Protection", "Admin", "Volume", "VolumeError"]),
        json_values | st.sampled_from(["C:", "1", "x:", 6]),
    )
)
def test_bitlocker_probe_parser_raises_only_parse_error(value):
    with contextlib.suppress(ParseError):
        de.parse_bitlocker_probe(json.dumps(value))


@given(st.text())
def test_text_parsers_never_crash(text):
    de.parse_proc_mounts(text)
    de.parse_manage_bde(text)
    de.parse_fdesetup(text)
    de.parse_zfs_encryption(text)
    de.parse_fscrypt_status(0, text)
    de.crypt_kind(text)


def test_two_unknown_disks_for_the_same_reason_say_it_once():
    mounts = "/dev/root / ext4 rw 0 0\n/dev/home /home ext4 rw 0 0\n"
    finding = run_check(CHECK, linux_machine(mounts, CommandOutcome.NOT_FOUND))
    assert finding.status is Status.UNKNOWN
    assert finding.reason == (
        "The disks under / and /home could not be identified ('lsblk' is not installed)."
    )


@pytest.mark.parametrize(
    ("name", "severity"),
    [
        ("probe-user-shell-off-laptop.json", Severity.CRITICAL),
        ("probe-user-shell-off-desktop.json", Severity.HIGH),
        ("probe-user-shell-off.json", Severity.HIGH),
    ],
    ids=["laptop", "desktop", "not-known"],
)
def test_windows_laptop_without_encryption_is_critical(name, severity):
    finding = run_check(CHECK, windows_machine(ok(windows(name))))
    assert finding.status is Status.FAIL
    assert finding.severity is severity


def test_windows_suspended_on_a_laptop_is_critical():
    probe = json.loads(windows("probe-admin-suspended.json"))
    probe["Battery"] = True
    finding = run_check(CHECK, windows_machine(ok(json.dumps(probe)), admin=True))
    assert finding.severity is Severity.CRITICAL


@pytest.mark.parametrize(
    ("power", "severity"),
    [
        (ok(macos("pmset-batt-macbook.txt")), Severity.CRITICAL),
        (ok(macos("pmset-batt-mac-mini.txt")), Severity.HIGH),
        (CommandOutcome.NOT_FOUND, Severity.HIGH),
        (ok("garbage"), Severity.HIGH),
    ],
    ids=["macbook", "mac-mini", "no-pmset", "garbage"],
)
def test_macos_filevault_off_on_a_macbook_is_critical(power, severity):
    seams = machine(
        "macos",
        commands={de.FDESETUP_STATUS: ok(macos("fdesetup-off.txt")), de.PMSET_BATTERY: power},
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.FAIL
    assert finding.severity is severity


def test_a_laptop_without_disk_encryption_outranks_every_other_high_problem():
    """Points are weight x severity: no other check's high failure reaches DEV-001's."""
    from hygiene_app.checks import default_registry
    from hygiene_app.engine.score import SEVERITY_FACTOR

    laptop = de.META.weight * SEVERITY_FACTOR[Severity.CRITICAL]
    others = [
        c.meta.weight * SEVERITY_FACTOR[Severity.HIGH]
        for c in default_registry()
        if c.meta.id != de.META.id
    ]
    assert laptop > max(others)


#: Names and numbers that are data, never translated.
_DATA = ("C:", "LUKS2", "dm-crypt", "ZFS aes-256-gcm", "ecryptfs", "/home", "/", "lsblk", "42%")


@pytest.mark.parametrize(
    "seams",
    [
        linux_machine(linux("proc-mounts-nvme-plain.txt"), ok(linux("lsblk-nvme-plain.json"))),
        linux_machine(
            linux("proc-mounts-luks-root-plain-home.txt"),
            ok("", 1, linux("lsblk-old-unknown-column.stderr")),
            commands={de.LSBLK_OLD: ok(linux("lsblk-old-luks-root-plain-home.json"))},
        ),
        linux_machine(
            linux("proc-mounts-nvme-plain.txt"),
            ok(linux("lsblk-nvme-plain.json")),
            mtimes={"/home/.ecryptfs/user": 0.0},
        ),
        linux_machine("/dev/root / ext4 rw 0 0\n/dev/home /home ext4 rw 0 0\n", ok("")),
        linux_machine(linux("proc-mounts-docker-overlay.txt"), ok("")),
        windows_machine(ok(windows("probe-admin-suspended.json")), admin=True),
        windows_machine(ok(windows("probe-admin-encrypting.json")), admin=True),
        windows_machine(ok(windows("probe-user-shell-on.json"))),
        windows_machine(ok(windows("probe-user-shell-3.json"))),
        machine("macos", commands={de.FDESETUP_STATUS: ok(macos("fdesetup-encrypting.txt"))}),
        machine("macos", commands={de.FDESETUP_STATUS: ok(macos("fdesetup-deferred.txt"))}),
    ],
    ids=lambda s: s.platform.os.value,
)
def test_every_word_a_person_reads_goes_through_the_translator(seams):
    from tests.engine.test_words_translated import untranslated

    finding = run_check(CHECK, seams)
    for text in (finding.summary, finding.detail, finding.reason):
        assert untranslated(text, *_DATA) == "", text
    for fact in finding.facts:
        assert untranslated(fact.label) == "", fact
        assert untranslated(fact.value, *_DATA) == "", fact

"""One rule, for every check, of whether this Linux runs inside another computer (a container,
WSL): Fedora's atomic desktops, whose / is a composefs image shown as an overlay, are the
computer itself, and their disk is the one mounted at /sysroot."""

from __future__ import annotations

import importlib
import json

import pytest

from hygiene_app.checks import _inside as inside
from hygiene_app.checks import disk_encryption as de
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.model import Status
from tests.support import fixture_text, machine, ok, run_check

ATOMIC = fixture_text("secure_boot", "linux", "proc-mounts-fedora-atomic-composefs.txt")
DOCKER = "overlay / overlay rw,relatime,lowerdir=/var/lib/docker/overlay2/l/X,upperdir=/u 0 0\n"


def _lsblk(root_type: str, root_fstype: str) -> str:
    """Silverblue's disk: /boot/efi, /boot, then the system (LUKS, or plain btrfs) whose btrfs
    holds /sysroot, /etc, /var and /var/home."""
    system: dict[str, object] = {
        "name": "luks-0b0c7a1e",
        "type": "crypt",
        "fstype": "btrfs",
        "mountpoint": "/sysroot",
        "mountpoints": ["/var/home", "/var", "/etc", "/sysroot"],
    }
    part: dict[str, object] = {
        "name": "nvme0n1p3",
        "type": "part",
        "fstype": root_fstype,
        "mountpoint": None,
        "mountpoints": [None],
    }
    if root_type == "crypt":
        part["children"] = [system]
    else:
        part.update({k: system[k] for k in ("fstype", "mountpoint", "mountpoints")})
    disk = {
        "name": "nvme0n1",
        "type": "disk",
        "fstype": None,
        "mountpoint": None,
        "mountpoints": [None],
        "children": [
            {"name": "nvme0n1p1", "type": "part", "fstype": "vfat", "mountpoint": "/boot/efi"},
            {"name": "nvme0n1p2", "type": "part", "fstype": "ext4", "mountpoint": "/boot"},
            part,
        ],
    }
    return json.dumps({"blockdevices": [disk]})


def _context(mounts: str, **files: str) -> ProbeContext:
    return ProbeContext(machine("fedora", files={inside.PROC_MOUNTS: mounts, **files}))


def test_a_composefs_root_is_this_computer_and_a_docker_overlay_is_not() -> None:
    mounts = inside.parse_proc_mounts(ATOMIC)
    assert mounts["/"].fstype == "overlay" and mounts["/"].source == "composefs"
    assert not inside.looks_like_container(_context(ATOMIC), mounts)
    assert inside.where_inside(_context(ATOMIC)) == ""
    assert inside.looks_like_container(_context(DOCKER), inside.parse_proc_mounts(DOCKER))
    assert inside.where_inside(_context(DOCKER)) == "container"
    wsl = {inside.KERNEL_OSRELEASE: "5.15.167.4-microsoft-standard-WSL2\n"}
    assert inside.where_inside(_context(ATOMIC, **wsl)) == "wsl"
    # Docker Desktop's containers run on WSL's kernel: the container is what is seen.
    assert inside.where_inside(_context(DOCKER, **wsl)) == "container"
    # Mounts the caller has read already are used as they are.
    assert inside.where_inside(_context(ATOMIC), inside.parse_proc_mounts(DOCKER)) == "container"


WSL = {inside.KERNEL_OSRELEASE: "5.15.167.4-microsoft-standard-WSL2\n"}
INSIDE_CHECKS = [
    "firewall.FirewallCheck",
    "disk_encryption.DiskEncryptionCheck",
    "malware_protection.MalwareProtectionCheck",
    "secure_boot.SecureBootCheck",
    "open_wifi.OpenWifiCheck",
    "auto_login.AutoLoginCheck",
]


@pytest.mark.parametrize("name", INSIDE_CHECKS)
def test_every_check_with_an_inside_rule_tells_wsl_users_about_windows(name: str) -> None:
    """One rule (`where_inside`) for every check: under WSL the reason says "Linux inside
    Windows (WSL)", never "this looks like a container" (and malware protection, which
    looked for a container only, said "No antivirus found" there)."""
    module, cls = name.split(".")
    check = getattr(importlib.import_module(f"hygiene_app.checks.{module}"), cls)()
    finding = run_check(check, machine("debian", files=WSL))
    assert finding.status is Status.UNKNOWN, finding.summary
    assert "Linux inside Windows (WSL)" in finding.reason
    assert "container" not in finding.reason
    docker = run_check(check, machine("debian", files={inside.PROC_MOUNTS: DOCKER, **WSL}))
    assert "Linux inside Windows" not in docker.reason


def test_silverblue_s_disk_is_the_one_under_sysroot() -> None:
    encrypted = machine(
        "fedora",
        files={inside.PROC_MOUNTS: ATOMIC},
        commands={de.LSBLK: ok(_lsblk("crypt", "crypto_LUKS"))},
    )
    finding = run_check(de.DiskEncryptionCheck(), encrypted)
    assert finding.status is Status.PASS, finding.summary
    plain_mounts = ATOMIC.replace("/dev/mapper/luks-0b0c7a1e", "/dev/nvme0n1p3")
    plain = machine(
        "fedora",
        files={inside.PROC_MOUNTS: plain_mounts},
        commands={de.LSBLK: ok(_lsblk("part", "btrfs"))},
    )
    assert run_check(de.DiskEncryptionCheck(), plain).status is Status.FAIL


def test_a_snapshot_keeps_the_sysroot_line_the_verdict_depends_on() -> None:
    kept = de.minimise_mounts(ATOMIC, "/var/home/ann")
    assert [line.split()[1] for line in kept.splitlines()] == ["/", "/sysroot"]
    pruned = json.loads(de.minimise_lsblk(_lsblk("crypt", "crypto_LUKS"), ATOMIC))
    system = pruned["blockdevices"][0]["children"][0]["children"][0]
    assert system["mountpoints"] == ["/sysroot"]

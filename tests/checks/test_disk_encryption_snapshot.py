"""DEV-001 and DEV-004 record and replay: a snapshot reaches the same verdicts as the run that
recorded it, and keeps of the mount list and lsblk's tree only / and /home (no USB stick,
no network share, no disk's name)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hygiene_app.checks import disk_encryption as de
from hygiene_app.checks import secure_boot as sb
from hygiene_app.checks.recording import minimise_recording
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.snapshot import Recorder, Snapshot
from tests.support import fixture_text, machine, ok

PRIVATE = ("Tax 2026", "nas.example", "usbstick", "sdc1", "/media/user")


def linux(name: str) -> str:
    return fixture_text("disk_encryption", "linux", name)


def with_usb_stick_and_share(lsblk: str, mounts: str) -> tuple[str, str]:
    data = json.loads(lsblk)
    data["blockdevices"].append(
        {
            "name": "sdc",
            "type": "disk",
            "fstype": None,
            "mountpoints": [None],
            "children": [
                {
                    "name": "sdc1",
                    "type": "part",
                    "fstype": "crypto_LUKS",
                    "mountpoints": [None],
                    "children": [
                        {
                            "name": "usbstick",
                            "type": "crypt",
                            "fstype": "ext4",
                            "mountpoint": "/media/user/Tax 2026",
                            "mountpoints": ["/media/user/Tax 2026"],
                        }
                    ],
                }
            ],
        }
    )
    mounts += (
        "/dev/mapper/usbstick /media/user/Tax\\0402026 ext4 rw 0 0\n"
        "nas.example:/photos /mnt/photos nfs4 rw 0 0\n"
    )
    return json.dumps(data), mounts


CASES = {
    "lvm-on-luks": ("lsblk-ubuntu-lvm-on-luks.json", "proc-mounts-ubuntu-lvm-on-luks.txt"),
    "btrfs-subvolumes": ("lsblk-fedora-btrfs-luks.json", "proc-mounts-fedora-btrfs-luks.txt"),
    "plain": ("lsblk-nvme-plain.json", "proc-mounts-nvme-plain.txt"),
    "plain-home": ("lsblk-old-luks-root-plain-home.json", "proc-mounts-luks-root-plain-home.txt"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_recording_keeps_only_root_and_home_and_replays_the_same(case):
    lsblk_name, mounts_name = CASES[case]
    lsblk, mounts = with_usb_stick_and_share(linux(lsblk_name), linux(mounts_name))
    live = machine(
        "fedora",
        commands={de.LSBLK: ok(lsblk), sb.MOKUTIL_SB_STATE: ok("SecureBoot enabled\n")},
        files={de.PROC_MOUNTS: mounts},
    )
    recorder = Recorder(live, minimise=minimise_recording)
    checks = (de.DiskEncryptionCheck(), sb.SecureBootCheck())
    found = [c.run(ProbeContext(recorder.seams)) for c in checks]

    snap = Snapshot.from_json(json.loads(json.dumps(recorder.snapshot().to_json())))
    text = json.dumps(snap.to_json(), ensure_ascii=False)
    for word in PRIVATE:
        assert word not in text, word

    replayed = [c.run(ProbeContext(snap.seams())) for c in checks]
    assert [(f.status, f.summary, f.evidence) for f in replayed] == [
        (f.status, f.summary, f.evidence) for f in found
    ]


def test_the_efi_variable_survives_a_snapshot():
    live = machine(
        "arch",
        dirs={sb.FIRMWARE_DIR: ["efi"]},
        files={sb.SECURE_BOOT_VAR: fixture_text("secure_boot", "linux", "efivar-SecureBoot-on")},
    )
    recorder = Recorder(live, minimise=minimise_recording)
    before = sb.SecureBootCheck().run(ProbeContext(recorder.seams))
    snap = Snapshot.from_json(json.loads(json.dumps(recorder.snapshot().to_json())))
    after = sb.SecureBootCheck().run(ProbeContext(snap.seams()))
    assert before.status is after.status
    assert after.evidence == before.evidence


def test_minimised_mounts_keep_root_home_and_the_home_folder():
    mounts = (
        "/dev/sda2 / ext4 rw 0 0\n/dev/sdb1 /home ext4 rw 0 0\n"
        "/home/.ecryptfs/user/.Private /home/user ecryptfs rw 0 0\n"
        "/dev/sdc1 /media/user/Tax\\0402026 vfat rw 0 0\n"
    )
    kept = de.minimise_mounts(mounts, "/home/user")
    assert kept.splitlines() == mounts.splitlines()[:3]


@pytest.mark.parametrize("garbage", ["", "Zugriff verweigert", "[]", '{"blockdevices": 3}'])
def test_minimised_lsblk_drops_what_is_not_its_json(garbage):
    assert de.minimise_lsblk(garbage, "") == ""


_names = st.sampled_from(["sda", "sda1", "cryptroot", "vg-root", "vg-home", "usb", ""])
_types = st.sampled_from(["disk", "part", "crypt", "lvm", "loop", "CRYPT"])
_points = st.sampled_from(["/", "/home", "/boot", "[SWAP]", "/media/user/x"])
_device = st.fixed_dictionaries(
    {"name": _names, "type": _types, "fstype": st.none() | st.just("ext4")},
    optional={
        "mountpoints": st.lists(st.none() | _points, max_size=2),
        "mountpoint": st.none() | _points,
    },
)
_trees = st.recursive(
    _device,
    lambda inner: st.builds(
        lambda d, kids: {**d, "children": kids}, _device, st.lists(inner, max_size=3)
    ),
    max_leaves=12,
)
_mount_lines = st.lists(
    st.tuples(
        st.sampled_from(["/dev/sda1", "/dev/mapper/cryptroot", "/dev/mapper/vg-home", "rootfs"]),
        st.sampled_from(["/", "/home", "/boot", "/media/user/x"]),
        st.sampled_from(["ext4", "btrfs", "vfat"]),
    ),
    max_size=4,
).map(lambda rows: "".join(f"{s} {t} {f} rw 0 0\n" for s, t, f in rows))


@settings(max_examples=200)
@given(st.lists(_trees, max_size=3), _mount_lines)
def test_minimising_never_changes_the_verdict(devices, mounts):
    lsblk = json.dumps({"blockdevices": devices})
    small = de.minimise_lsblk(lsblk, mounts)
    small_mounts = de.minimise_mounts(mounts, "/home/user")
    check = de.DiskEncryptionCheck()
    full = check.run(
        ProbeContext(machine(commands={de.LSBLK: ok(lsblk)}, files={de.PROC_MOUNTS: mounts}))
    )
    cut = check.run(
        ProbeContext(machine(commands={de.LSBLK: ok(small)}, files={de.PROC_MOUNTS: small_mounts}))
    )
    assert (cut.status, cut.summary, cut.evidence) == (full.status, full.summary, full.evidence)

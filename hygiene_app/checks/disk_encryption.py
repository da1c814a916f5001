"""DEV-001: the system disk (and the home disk, when separate) is encrypted.

A laptop is lost or stolen far more often than it is hacked. Without disk encryption, whoever
holds it can take the disk out (or start another system from a USB stick) and read every file,
saved browser password and signed-in session on it, however good the login password is. With
encryption the disk is noise without the password or the recovery key.

Each OS answers without administrator rights where it can: Linux from the block-device tree
(`lsblk`, whose `crypt` type comes from the device mapper, not udev) and `/sys/block/dm-*/dm/uuid`;
Windows from the shell's BitLocker property, and from `Get-BitLockerVolume` (or `manage-bde`) when
the app runs elevated; macOS from `fdesetup status`. A container's disk belongs to the computer it
runs on, which the app cannot see from inside: that is unknown, never a verdict.
"""

from __future__ import annotations

import enum
import json
import posixpath
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from hygiene_app.checks import _facts
from hygiene_app.checks._common import (
    ParseError,
    load_json,
    parse_ps_json,
    powershell,
    with_sentences,
)
from hygiene_app.checks._inside import (
    PROC_MOUNTS,
    Mount,
    Where,
    parse_proc_mounts,
    unescape_mount,
    where_inside,
)
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.i18n import N_, and_joined, fmt, joined
from hygiene_app.engine.model import (
    ALL_OSES,
    Category,
    CheckMeta,
    Fact,
    Finding,
    FixGuide,
    FixStep,
    JsonValue,
    OSFamily,
    Severity,
    Status,
)
from hygiene_app.engine.snapshot import Snapshot

META = CheckMeta(
    id="DEV-001",
    title=N_("Disk encryption on"),
    category=Category.DEVICE,
    platforms=ALL_OSES,
    weight=9,
    severity=Severity.HIGH,
    leaves_machine=N_("Nothing: asks the system whether its disks are encrypted."),
    timeout=20.0,
)

# ----- what the check reads, per OS -----------------------------------------------------------

#: Linux: the block-device tree. MOUNTPOINTS (every mount of a device: btrfs subvolumes) needs
#: util-linux 2.37; older lsblk rejects the column and is asked again without it.
LSBLK = ("lsblk", "-J", "-o", "NAME,TYPE,FSTYPE,MOUNTPOINT,MOUNTPOINTS")
LSBLK_OLD = ("lsblk", "-J", "-o", "NAME,TYPE,FSTYPE,MOUNTPOINT")
#: Linux: device-mapper devices; `dm/uuid` starts with CRYPT-LUKS1-, CRYPT-LUKS2-, CRYPT-PLAIN-
#: (or CRYPT-TCRYPT-, CRYPT-BITLK-...) for an encrypted mapping, LVM- for a logical volume.
SYS_BLOCK = "/sys/block"
#: Linux: batteries that power the computer (a mouse's battery has scope "Device").
POWER_SUPPLY = "/sys/class/power_supply"
#: Linux: eCryptfs keeps each encrypted home's real files under here.
ECRYPTFS_ROOT = "/home/.ecryptfs"


def zfs_get(dataset: str) -> tuple[str, ...]:
    """ZFS native encryption of the dataset mounted at / (one value a line, in this order)."""
    return ("zfs", "get", "-H", "-o", "value", "encryption,keystatus", dataset)


def fscrypt_status(path: str) -> tuple[str, ...]:
    return ("fscrypt", "status", path)


#: Windows: the system drive, the shell's BitLocker property (readable by every user), and, when
#: the app runs elevated, Get-BitLockerVolume's state as words. One JSON object.
WINDOWS_PROBE = powershell(
    "$d=$env:SystemDrive;$p=$null;"
    "try{$p=(New-Object -ComObject Shell.Application).NameSpace($d+'\\').Self"
    ".ExtendedProperty('System.Volume.BitLockerProtection')}catch{};"
    "$a=([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent())"
    ".IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator);"
    "$v=$null;$e='';"
    "if($a){try{$v=Get-BitLockerVolume -MountPoint $d|Select-Object "
    "@{n='VolumeStatus';e={$_.VolumeStatus.ToString()}},"
    "@{n='ProtectionStatus';e={$_.ProtectionStatus.ToString()}},"
    "EncryptionPercentage}catch{$e=$_.FullyQualifiedErrorId}};"
    "$b=$null;try{$b=@(Get-CimInstance -ClassName Win32_Battery).Count -gt 0}catch{};"
    "[pscustomobject]@{Drive=$d;Protection=$p;Admin=$a;Volume=$v;VolumeError=$e;Battery=$b}"
    "|ConvertTo-Json -Compress -Depth 3"
)


def manage_bde_status(drive: str) -> tuple[str, ...]:
    """Elevated only, when Get-BitLockerVolume is missing. Its labels are translated."""
    return ("manage-bde", "-status", drive)


#: macOS: FileVault's state, readable by every user.
FDESETUP_STATUS = ("fdesetup", "status")
#: macOS: the power source; a portable Mac lists its "-InternalBattery-0".
PMSET_BATTERY = ("pmset", "-g", "batt")

# Timeouts: the Linux path runs lsblk twice at most, then zfs or fscrypt (2 + 2 + 3 s); Windows
# one PowerShell script and, elevated, manage-bde (12 + 5 s).
_FAST = 2.0
_TOOL = 3.0
_POWERSHELL = 12.0
_MANAGE_BDE = 5.0

# ----- facts --------------------------------------------------------------------------------


class Protection(enum.StrEnum):
    ENCRYPTED = "encrypted"
    PLAIN = "not_encrypted"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class MountState:
    """What protects one mount point ("/" or "/home")."""

    target: str
    protection: Protection
    #: The device (or ZFS dataset) mounted there, as the system names it.
    device: str = ""
    #: How it is encrypted: "LUKS2", "dm-crypt", "ZFS aes-256-gcm"...
    method: str = ""
    #: Why it is unknown.
    note: str = ""

    def as_json(self) -> dict[str, JsonValue]:
        return {
            "target": self.target,
            "state": self.protection.value,
            "device": self.device,
            "method": self.method,
            "note": self.note,
        }


@dataclass(frozen=True, slots=True)
class LinuxDisks:
    mounts: tuple[MountState, ...]
    #: "ecryptfs" or "fscrypt" when the user's home folder is encrypted on its own.
    home_folder: str = ""
    #: True when a battery powers this computer; None when it could not be seen.
    laptop: bool | None = None
    #: Encrypted device-mapper devices: name -> type (LUKS2, PLAIN...).
    crypt_devices: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class BitLockerVolume:
    """Get-BitLockerVolume's words (VolumeStatus, ProtectionStatus), or manage-bde's mapped to
    them."""

    volume_status: str
    protection_on: bool | None
    percent: float | None = None


@dataclass(frozen=True, slots=True)
class WindowsDisk:
    drive: str
    #: The shell's System.Volume.BitLockerProtection; None when empty or absent.
    shell_property: int | None
    admin: bool = False
    volume: BitLockerVolume | None = None
    #: Why Get-BitLockerVolume gave nothing (its error id), when it was asked.
    volume_error: str = ""
    #: Where `volume` came from: "Get-BitLockerVolume" or "manage-bde".
    volume_source: str = ""
    #: Why manage-bde gave nothing, when it was asked.
    manage_bde_note: str = ""
    #: True when a battery powers this computer (Win32_Battery); None when unknown.
    laptop: bool | None = None


class FileVault(enum.StrEnum):
    ON = "on"
    OFF = "off"
    ENCRYPTING = "encrypting"
    DECRYPTING = "decrypting"
    #: Off, but set to switch on at the next log-out or restart.
    DEFERRED = "deferred"
    #: "FileVault is On, but needs to be restarted to finish.": switched on, not yet finished.
    RESTART = "restart"


@dataclass(frozen=True, slots=True)
class FileVaultState:
    state: FileVault
    percent: float | None = None
    #: True on a portable Mac (pmset lists an internal battery); None when not asked/unknown.
    laptop: bool | None = None


# ----- parsers (pure) -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BlockDevice:
    name: str
    type: str
    fstype: str
    mountpoints: tuple[str, ...]


def _text_field(raw: Mapping[str, Any], key: str) -> str:
    value = raw.get(key)
    return value.strip() if isinstance(value, str) else ""


def _device(raw: Mapping[str, Any]) -> BlockDevice:
    points: list[str] = []
    many = raw.get("mountpoints")
    if isinstance(many, list):
        points.extend(p for p in many if isinstance(p, str) and p)
    one = raw.get("mountpoint")
    if isinstance(one, str) and one and one not in points:
        points.append(one)
    return BlockDevice(
        _text_field(raw, "name"),
        _text_field(raw, "type").lower(),
        _text_field(raw, "fstype"),
        tuple(points),
    )


def parse_lsblk(text: str) -> tuple[tuple[BlockDevice, ...], ...]:
    """`lsblk -J` as every chain from a disk down to each device (disk, partition, crypt,
    lvm...). Children nest under their parent; old lsblk has `mountpoint` only, new lsblk
    both. Raises ParseError when the text is not lsblk's JSON."""
    data = load_json(text.lstrip("\ufeff")) if text.strip() else None
    if not isinstance(data, dict) or not isinstance(data.get("blockdevices"), list):
        raise ParseError("not lsblk's JSON")
    chains: list[tuple[BlockDevice, ...]] = []
    todo: list[tuple[object, tuple[BlockDevice, ...]]] = [
        (raw, ()) for raw in reversed(data["blockdevices"])
    ]
    while todo and len(chains) < 4096:
        raw, above = todo.pop()
        if not isinstance(raw, dict) or len(above) > 16:
            continue
        chain = (*above, _device(raw))
        chains.append(chain)
        children = raw.get("children")
        if isinstance(children, list):
            todo.extend((child, chain) for child in reversed(children))
    return tuple(chains)


#: dm uuid prefix -> the way people name it.
_CRYPT_KINDS = {
    "CRYPT-LUKS1": "LUKS1",
    "CRYPT-LUKS2": "LUKS2",
    "CRYPT-PLAIN": "dm-crypt",
    "CRYPT-TCRYPT": "VeraCrypt",
    "CRYPT-BITLK": "BitLocker",
    "CRYPT-LOOPAES": "loop-AES",
}


#: cryptsetup's mappings that encrypt nothing: dm-verity (veritysetup: a read-only image's
#: hashes), dm-integrity (integritysetup: checksums only) and the integrity layer under a LUKS2
#: device (SUBDEV). lsblk still calls them TYPE "crypt": it names every "CRYPT-" uuid so.
_NOT_ENCRYPTION = frozenset({"CRYPT-VERITY", "CRYPT-INTEGRITY", "CRYPT-SUBDEV"})


def _crypt_head(dm_uuid: str) -> str:
    return "-".join(dm_uuid.strip().split("-")[:2]).upper()


def is_unencrypted_mapping(dm_uuid: str) -> bool:
    """Whether a device-mapper uuid names one of cryptsetup's mappings that do not encrypt."""
    return _crypt_head(dm_uuid) in _NOT_ENCRYPTION


def crypt_kind(dm_uuid: str) -> str | None:
    """The encryption named by a device-mapper uuid ("CRYPT-LUKS2-<uuid>-<name>"), or None for
    anything that is not an encrypted mapping (LVM-..., mpath-..., CRYPT-VERITY-..., an empty
    file)."""
    uuid = dm_uuid.strip()
    if not uuid.upper().startswith("CRYPT-") or is_unencrypted_mapping(uuid):
        return None
    return _CRYPT_KINDS.get(_crypt_head(uuid), "dm-crypt")


def parse_zfs_encryption(text: str) -> tuple[bool, str] | None:
    """`zfs get -H -o value encryption,keystatus DATASET`: two lines, the cipher (or `off`) and
    the key status. (encrypted, cipher); None when the output is not that."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines or not re.fullmatch(r"[a-z0-9-]+", lines[0]):
        return None
    cipher = lines[0]
    if cipher == "off":
        return False, ""
    if cipher == "on" or cipher.startswith("aes-"):
        return True, cipher
    return None


def parse_fscrypt_status(returncode: int | None, text: str) -> bool | None:
    """`fscrypt status PATH`: `"PATH" is encrypted with fscrypt.` (exit 0), or an error saying
    the path `is not encrypted` (exit 1). [RECON: fscrypt's cmd/fscrypt/status.go wording.]"""
    low = text.lower()
    if returncode == 0 and "is encrypted with fscrypt" in low:
        return True
    if "is not encrypted" in low:
        return False
    return None


def parse_bitlocker_probe(text: str) -> WindowsDisk:
    """Our PowerShell probe's JSON object. Raises ParseError when it is not that."""
    items = parse_ps_json(text)
    if len(items) != 1:
        raise ParseError("expected one object")
    item = items[0]
    drive = str(item.get("Drive") or "")
    if not re.fullmatch(r"[A-Za-z]:", drive):
        raise ParseError("no system drive in the output")
    raw = item.get("Protection")
    shell: int | None = None
    if isinstance(raw, int) and not isinstance(raw, bool):
        shell = raw
    elif isinstance(raw, str) and raw.strip().isdigit():
        shell = int(raw.strip()[:6])
    volume = None
    raw_volume = item.get("Volume")
    if isinstance(raw_volume, dict):
        status = str(raw_volume.get("VolumeStatus") or "")
        protection = str(raw_volume.get("ProtectionStatus") or "").strip().lower()
        percent = raw_volume.get("EncryptionPercentage")
        volume = BitLockerVolume(
            status,
            {"on": True, "off": False, "1": True, "0": False}.get(protection),
            float(percent)
            if isinstance(percent, int | float) and not isinstance(percent, bool)
            else None,
        )
    return WindowsDisk(
        drive.upper(),
        shell,
        admin=item.get("Admin") is True,
        laptop=battery if isinstance(battery := item.get("Battery"), bool) else None,
        volume=volume,
        volume_error=str(item.get("VolumeError") or "")[:200],
        volume_source="Get-BitLockerVolume" if volume else "",
    )


#: manage-bde's English "Conversion Status" words -> Get-BitLockerVolume's VolumeStatus.
_CONVERSION = {
    "fully encrypted": "FullyEncrypted",
    "used space only encrypted": "FullyEncrypted",
    "fully decrypted": "FullyDecrypted",
    "encryption in progress": "EncryptionInProgress",
    "decryption in progress": "DecryptionInProgress",
    "encryption paused": "EncryptionSuspended",
    "decryption paused": "DecryptionSuspended",
}


def parse_manage_bde(text: str) -> BitLockerVolume | None:
    """`manage-bde -status C:` in English. Windows translates its labels and values, so any
    other language is None (never guessed from line positions)."""
    fields: dict[str, str] = {}
    for line in text.splitlines():
        label, sep, value = line.partition(":")
        if sep:
            fields[" ".join(label.split()).lower()] = " ".join(value.split()).lower()
    conversion = _CONVERSION.get(fields.get("conversion status", ""))
    protection = fields.get("protection status", "")
    if conversion is None or not protection.startswith("protection "):
        return None
    on = protection.startswith("protection on")
    off = protection.startswith("protection off")
    m = re.match(r"([\d.]+)", fields.get("percentage encrypted", ""))
    percent: float | None = None
    if m:
        try:
            percent = float(m.group(1))
        except ValueError:
            percent = None
    return BitLockerVolume(conversion, True if on else (False if off else None), percent)


def parse_pmset_battery(text: str) -> bool | None:
    """`pmset -g batt`: "Now drawing from 'AC Power'" and, on a portable Mac, a line for
    "-InternalBattery-0". None when the output is not pmset's."""
    if "internalbattery" in text.lower():
        return True
    if "now drawing from" in text.lower():
        return False
    return None


_PERCENT = re.compile(r"Percent completed\s*=\s*([\d.]+)", re.IGNORECASE)


def parse_fdesetup(text: str) -> FileVaultState | None:
    """`fdesetup status`: "FileVault is On." / "FileVault is Off.", with "Encryption in
    progress: Percent completed = 42" or "Decryption in progress: ..." while it converts, and
    a deferral line when it is set to switch on at the next log-out. "FileVault is On, but
    needs to be restarted to finish." is not finished (tools that read it disagree on whether
    it is on), and "FileVault is Off, but needs to be restarted to finish." is off."""
    low = text.lower()
    m = _PERCENT.search(text)
    percent: float | None = None
    if m:
        try:
            percent = float(m.group(1))
        except ValueError:
            percent = None
    if "decryption in progress" in low:
        return FileVaultState(FileVault.DECRYPTING, percent)
    if "encryption in progress" in low:
        return FileVaultState(FileVault.ENCRYPTING, percent)
    if "filevault is on, but needs to be restarted" in low:
        return FileVaultState(FileVault.RESTART)
    if "filevault is on" in low:
        return FileVaultState(FileVault.ON)
    if "filevault is off" in low:
        deferred = "deferred enablement" in low or "will be enabled" in low
        return FileVaultState(FileVault.DEFERRED if deferred else FileVault.OFF)
    return None


# ----- what a snapshot keeps ----------------------------------------------------------------

#: Fedora's atomic desktops (41 and later) mount / from a read-only composefs image; the disk
#: that holds it, and everything else, is mounted here.
OSTREE_SYSROOT = "/sysroot"
#: The mount points the checks look at (besides the user's home folder).
CHECKED_TARGETS = ("/", "/home", OSTREE_SYSROOT)


def minimise_mounts(text: str, home: str) -> str:
    """/proc/self/mounts cut to the lines of /, /home and the user's home folder: the rest
    (USB sticks, network shares, `/media/<user>/<a disk's name>`) is none of a snapshot's
    business, and no verdict depends on it."""
    keep = {*CHECKED_TARGETS, home}
    return "".join(
        line + "\n"
        for line in text.splitlines()
        if len(parts := line.split()) >= 3 and unescape_mount(parts[1]) in keep
    )


def _prune_lsblk(
    raw: object, targets: frozenset[str], names: frozenset[str], depth: int = 0
) -> dict[str, Any]:
    if not isinstance(raw, dict) or depth > 16:
        return {}
    below = raw.get("children")
    children = [
        pruned
        for child in (below if isinstance(below, list) else [])
        if (pruned := _prune_lsblk(child, targets, names, depth + 1))
    ]
    device = _device(raw)
    mounted = [p for p in device.mountpoints if p in targets]
    if not children and not mounted and device.name not in names:
        return {}
    kept: dict[str, Any] = {
        "name": device.name,
        "type": device.type,
        "fstype": device.fstype or None,
        "mountpoint": mounted[0] if mounted else None,
        "mountpoints": mounted or [None],
    }
    if children:
        kept["children"] = children
    return kept


def minimise_lsblk(text: str, mounts_text: str) -> str:
    """lsblk's tree cut to the chains that end at / or /home (by mount point or by the mounted
    device's name), with no other mount point: a snapshot does not learn what else is plugged
    in. Output that is not lsblk's JSON is dropped (the check reads it as no answer either)."""
    try:
        data = load_json(text.lstrip("\ufeff")) if text.strip() else None
    except ParseError:
        return ""
    if not isinstance(data, dict) or not isinstance(data.get("blockdevices"), list):
        return ""
    mounts = parse_proc_mounts(mounts_text)
    names = frozenset(
        posixpath.basename(m.source)
        for t in CHECKED_TARGETS
        if (m := mounts.get(t)) is not None and m.source.startswith("/dev/")
    )
    kept = [
        pruned
        for raw in data["blockdevices"]
        if (pruned := _prune_lsblk(raw, frozenset(CHECKED_TARGETS), names))
    ]
    return json.dumps({"blockdevices": kept})


def minimise_disk_reads(snap: Snapshot) -> Snapshot:
    """`snap` with the mount list and lsblk's answers cut as above (for
    `checks.recording.minimise_recording`)."""
    mounts = snap.files.get(PROC_MOUNTS)
    mounts_text = mounts.text if mounts is not None and mounts.ok else ""
    commands = dict(snap.commands)
    for argv in (LSBLK, LSBLK_OLD):
        result = commands.get(argv)
        if result is not None and result.stdout:
            commands[argv] = replace(result, stdout=minimise_lsblk(result.stdout, mounts_text))
    files = dict(snap.files)
    if mounts is not None and mounts.ok:
        files[PROC_MOUNTS] = replace(mounts, text=minimise_mounts(mounts.text, snap.platform.home))
    return replace(snap, commands=commands, files=files)


# ----- probes -------------------------------------------------------------------------------


def has_battery(ctx: ProbeContext) -> bool | None:
    """Whether a battery powers this computer (a laptop), from /sys/class/power_supply."""
    names = ctx.files.list_dir(POWER_SUPPLY)
    if names is None:
        return None
    for name in names[:32]:
        kind = ctx.files.read_text(posixpath.join(POWER_SUPPLY, name, "type"))
        if not kind.ok or kind.text.strip() != "Battery":
            continue
        scope = ctx.files.read_text(posixpath.join(POWER_SUPPLY, name, "scope"))
        if scope.ok and scope.text.strip() == "Device":
            continue  # a wireless mouse's or a headset's battery
        return True
    return False


@dataclass(frozen=True, slots=True)
class _DmDevice:
    name: str
    uuid: str
    slaves: tuple[str, ...]


def _dm_devices(ctx: ProbeContext) -> dict[str, _DmDevice]:
    """/sys/block/dm-N: kernel name -> its mapping's name, uuid and underlying devices."""
    found: dict[str, _DmDevice] = {}
    for entry in (ctx.files.list_dir(SYS_BLOCK) or ())[:256]:
        if not re.fullmatch(r"dm-\d+", entry):
            continue
        base = posixpath.join(SYS_BLOCK, entry)
        name = ctx.files.read_text(posixpath.join(base, "dm", "name"))
        uuid = ctx.files.read_text(posixpath.join(base, "dm", "uuid"))
        slaves = ctx.files.list_dir(posixpath.join(base, "slaves")) or ()
        found[entry] = _DmDevice(
            name.text.strip() if name.ok else "", uuid.text.strip() if uuid.ok else "", slaves
        )
    return found


def _dm_by_name(dms: Mapping[str, _DmDevice], name: str) -> str | None:
    short = name.removeprefix("/dev/mapper/").removeprefix("/dev/")
    if short in dms:
        return short
    return next((k for k, d in dms.items() if d.name and d.name == short), None)


def _dm_crypt_below(dms: Mapping[str, _DmDevice], kernel_name: str) -> str | None:
    """The encryption of this dm device or any dm device under it (LVM on LUKS), or None."""
    seen: set[str] = set()
    todo = [kernel_name]
    while todo:
        name = todo.pop()
        if name in seen or name not in dms:
            continue
        seen.add(name)
        kind = crypt_kind(dms[name].uuid)
        if kind:
            return kind
        todo.extend(dms[name].slaves)
    return None


def _chain_for(
    chains: Sequence[tuple[BlockDevice, ...]], target: str, source: str
) -> tuple[BlockDevice, ...] | None:
    """The chain whose last device is mounted at `target` (or is the mount's source device)."""
    for chain in chains:
        if target in chain[-1].mountpoints:
            return chain
    short = posixpath.basename(source) if source.startswith("/dev/") else ""
    if short:
        for chain in chains:
            if chain[-1].name in (short, source):
                return chain
    return None


def _method_of(chain: Sequence[BlockDevice], dms: Mapping[str, _DmDevice]) -> str:
    for dev in reversed(chain):
        if dev.type == "crypt":
            kernel = _dm_by_name(dms, dev.name)
            uuid = dms[kernel].uuid if kernel else ""
            if is_unencrypted_mapping(uuid):
                continue  # dm-verity or dm-integrity: lsblk's "crypt", but nothing encrypted
            return crypt_kind(uuid) or "dm-crypt"
    return ""


#: File systems of a home folder that is not on this computer's disk.
_NETWORK_FS = ("nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "afs", "autofs")


def _block_state(
    target: str,
    mount: Mount | None,
    chains: Sequence[tuple[BlockDevice, ...]] | None,
    dms: Mapping[str, _DmDevice],
    lsblk_note: str,
) -> MountState:
    source = mount.source if mount else ""
    if chains is not None:
        chain = _chain_for(chains, target, source)
        if chain is not None:
            method = _method_of(chain, dms)
            if method:
                return MountState(target, Protection.ENCRYPTED, chain[-1].name, method)
            return MountState(target, Protection.PLAIN, chain[-1].name)
    # Without lsblk (or when it does not list the device): the kernel's own device mapper.
    if source.startswith("/dev/"):
        kernel = _dm_by_name(dms, source)
        if kernel is not None:
            kind = _dm_crypt_below(dms, kernel)
            if kind:
                return MountState(target, Protection.ENCRYPTED, source, kind)
            if dms[kernel].uuid:
                return MountState(target, Protection.PLAIN, source)
        elif source.startswith(("/dev/sd", "/dev/nvme", "/dev/vd", "/dev/hd", "/dev/mmcblk")):
            return MountState(target, Protection.PLAIN, source)
    note = lsblk_note or N_("the disk under it was not found in the list of block devices")
    return MountState(target, Protection.UNKNOWN, source, note=note)


def _zfs_state(ctx: ProbeContext, target: str, mount: Mount) -> MountState:
    result = ctx.run(zfs_get(mount.source), timeout=_TOOL)
    if not result.ran or result.returncode != 0:
        return MountState(target, Protection.UNKNOWN, mount.source, note=result.why_not())
    parsed = parse_zfs_encryption(result.stdout)
    if parsed is None:
        return MountState(
            target,
            Protection.UNKNOWN,
            mount.source,
            note=N_("zfs did not say whether the dataset is encrypted"),
        )
    encrypted, cipher = parsed
    if encrypted:
        return MountState(target, Protection.ENCRYPTED, mount.source, f"ZFS {cipher}")
    return MountState(target, Protection.PLAIN, mount.source)


def _lsblk(ctx: ProbeContext) -> tuple[tuple[tuple[BlockDevice, ...], ...] | None, str]:
    result = ctx.run(LSBLK, timeout=_FAST)
    if result.ran and result.returncode != 0 and "unknown column" in result.output.lower():
        result = ctx.run(LSBLK_OLD, timeout=_FAST)
    if not result.ran or result.returncode != 0:
        return None, result.why_not()
    try:
        return parse_lsblk(result.stdout), ""
    except ParseError:
        return None, N_("lsblk's answer was not understood")


def _home_folder_encryption(
    ctx: ProbeContext, mounts: Mapping[str, Mount], dms: Mapping[str, _DmDevice]
) -> str:
    home = ctx.platform.home
    if (m := mounts.get(home)) is not None and m.fstype == "ecryptfs":
        return "ecryptfs"
    if m is not None and m.source.startswith("/dev/"):
        # systemd-homed: the home folder is a LUKS image of its own, mounted at the folder.
        kernel = _dm_by_name(dms, m.source)
        if kernel is not None and (kind := _dm_crypt_below(dms, kernel)):
            return kind
    user = ctx.platform.username
    ecryptfs = posixpath.join(ECRYPTFS_ROOT, user)
    if user and "/" not in user and ctx.files.mtime(ecryptfs) is not None:
        return "ecryptfs"
    if home.startswith("/"):
        result = ctx.run(fscrypt_status(home), timeout=_TOOL)
        if result.ran and parse_fscrypt_status(result.returncode, result.output):
            return "fscrypt"
    return ""


def _root_mount(mounts: Mapping[str, Mount]) -> Mount | None:
    """What holds /: the disk mounted at /sysroot when / is a composefs image made from it."""
    root = mounts.get("/")
    if root is not None and root.source == "composefs":
        return mounts.get(OSTREE_SYSROOT, root)
    return root


_INSIDE = {
    "container": N_(
        "this looks like a container: its disk belongs to the computer it runs on, which "
        "cannot be seen from inside"
    ),
    "wsl": N_(
        "this is Linux inside Windows (WSL): its disk is a file on the Windows drive, whose "
        "encryption cannot be seen from inside"
    ),
}


def linux_disks(ctx: ProbeContext) -> LinuxDisks | Where:
    """The encryption of / and of /home when it is a mount of its own; where this Linux runs
    when the question has no answer here ("container", "wsl")."""
    read = ctx.files.read_text(PROC_MOUNTS)
    mounts = parse_proc_mounts(read.text) if read.ok else {}
    inside = where_inside(ctx, mounts)
    if inside:
        return inside
    targets = ["/"]
    home = mounts.get("/home")
    if home is not None and home.fstype not in _NETWORK_FS:
        targets.append("/home")
    dms = _dm_devices(ctx)
    chains: tuple[tuple[BlockDevice, ...], ...] | None = None
    lsblk_note = ""
    states: list[MountState] = []
    for target in targets:
        mount = _root_mount(mounts) if target == "/" else mounts.get(target)
        if mount is not None and mount.fstype == "zfs":
            states.append(_zfs_state(ctx, target, mount))
            continue
        if mount is not None and mount.fstype in ("tmpfs", "ramfs"):
            states.append(
                MountState(
                    target,
                    Protection.UNKNOWN,
                    mount.source,
                    note=N_("it is held in memory, and the disks that keep the data are elsewhere"),
                )
            )
            continue
        if chains is None and not lsblk_note:
            chains, lsblk_note = _lsblk(ctx)
        states.append(_block_state(target, mount, chains, dms, lsblk_note))
    home_folder = ""
    if any(s.protection is Protection.PLAIN for s in states):
        home_folder = _home_folder_encryption(ctx, mounts, dms)
    crypt = {d.name or k: kind for k, d in sorted(dms.items()) if (kind := crypt_kind(d.uuid))}
    return LinuxDisks(tuple(states), home_folder, has_battery(ctx), crypt)


def windows_disk(ctx: ProbeContext) -> WindowsDisk | str:
    result = ctx.run(WINDOWS_PROBE, timeout=_POWERSHELL)
    if not result.ran or result.returncode != 0:
        return result.why_not()
    try:
        disk = parse_bitlocker_probe(result.stdout)
    except ParseError as exc:
        return fmt(N_("the PowerShell output was not understood ({problem})"), problem=str(exc))
    if disk.volume is not None or not disk.admin:
        return disk
    # Elevated, but Get-BitLockerVolume is missing (some editions): manage-bde, in English.
    bde = ctx.run(manage_bde_status(disk.drive), timeout=_MANAGE_BDE)
    if not bde.ran or bde.returncode != 0:
        return replace(disk, manage_bde_note=bde.why_not())
    volume = parse_manage_bde(bde.stdout)
    if volume is None:
        note = N_("manage-bde answered in a language the app does not read")
        return replace(disk, manage_bde_note=note)
    return replace(disk, volume=volume, volume_source="manage-bde")


def mac_filevault(ctx: ProbeContext) -> FileVaultState | str:
    result = ctx.run(FDESETUP_STATUS, timeout=_TOOL)
    if not result.ran or result.returncode != 0:
        return result.why_not()
    state = parse_fdesetup(result.output)
    if state is None:
        return N_("fdesetup's answer was not understood")
    if state.state is FileVault.ON:
        return state
    power = ctx.run(PMSET_BATTERY, timeout=_FAST)
    laptop = parse_pmset_battery(power.stdout) if power.ran and power.returncode == 0 else None
    return replace(state, laptop=laptop)


# ----- fix guides ---------------------------------------------------------------------------

_WHY = N_(
    "A lost or stolen computer gives away everything on its disk: files, saved passwords and "
    "signed-in accounts. Anyone can take the disk out or start the computer from a USB stick "
    "and read it, whatever your login password. With disk encryption the disk is unreadable "
    "without your password or recovery key."
)
_AGAIN = FixStep(N_("Run this check again."))

_LINUX_ENCRYPT = (
    FixStep(
        N_(
            "Back up your files to an external disk or a cloud service first: encrypting a "
            "Linux system disk means reinstalling, which erases it."
        ),
        headline=True,
    ),
    FixStep(
        N_(
            "Start the installer of your distribution and choose to encrypt the new "
            "installation (Ubuntu: 'Advanced features' > 'Use LVM and encryption'; Fedora: "
            "'Encrypt my data'). Pick a long passphrase."
        )
    ),
    FixStep(
        N_(
            "Write the passphrase down and keep it somewhere safe: without it nobody, not even "
            "you, can read the disk again."
        )
    ),
    FixStep(
        N_(
            "Experts can encrypt in place with the disk unmounted, from a live USB stick "
            "(cryptsetup reencrypt). A power cut during it can destroy the data, so back up "
            "first anyway."
        )
    ),
    FixStep(N_("Copy your files back and run this check again.")),
)

_WINDOWS_ENCRYPT = (
    FixStep(
        N_(
            "Open Settings at 'Privacy & security' > 'Device encryption' and switch it on "
            "(sign in with a Microsoft account if Windows asks, so the recovery key is saved)."
        ),
        link="ms-settings:deviceencryption",
        headline=True,
    ),
    FixStep(
        N_(
            "No 'Device encryption' page (Windows Pro or Enterprise)? Open Control Panel > "
            "BitLocker Drive Encryption and choose 'Turn on BitLocker'."
        ),
        command="control /name Microsoft.BitLockerDriveEncryption",
    ),
    FixStep(
        N_(
            "Save the recovery key where you can reach it without this computer: your "
            "Microsoft account, a printout or a USB stick kept apart."
        )
    ),
    _AGAIN,
)

_MACOS_ENCRYPT = (
    FixStep(
        N_(
            "Open System Settings > Privacy & Security, scroll to FileVault and choose "
            "'Turn On…' (macOS 12 and older: System Preferences > Security & Privacy > "
            "FileVault)."
        ),
        link="x-apple.systempreferences:com.apple.preference.security?FileVault",
        headline=True,
    ),
    FixStep(
        N_(
            "Choose how to unlock the disk if you forget your password: your iCloud account, "
            "or a recovery key that you write down and keep somewhere safe."
        )
    ),
    FixStep(
        N_("Or type this in Terminal (it asks for your password):"),
        command="sudo fdesetup enable",
    ),
    _AGAIN,
)

FIX_ENCRYPT = FixGuide(
    title=N_("Turn on disk encryption"),
    why=_WHY,
    steps={
        OSFamily.LINUX: _LINUX_ENCRYPT,
        OSFamily.WINDOWS: _WINDOWS_ENCRYPT,
        OSFamily.MACOS: _MACOS_ENCRYPT,
    },
    verify_check=META.id,
)

#: Windows: BitLocker encrypted the drive but its key lies in the clear (suspended).
FIX_RESUME_BITLOCKER = FixGuide(
    title=N_("Resume BitLocker protection"),
    why=N_(
        "While BitLocker is suspended, the key that unlocks the drive is stored unprotected on "
        "the drive itself: the data is encrypted, but anyone who takes the computer can read "
        "it. Windows suspends protection for some updates and usually resumes it after a "
        "restart; if it stays suspended, resume it yourself."
    ),
    steps={
        OSFamily.WINDOWS: (
            FixStep(
                N_(
                    "Restart the computer once: Windows resumes protection that an update "
                    "suspended."
                )
            ),
            FixStep(
                N_(
                    "Still suspended? Open Control Panel > BitLocker Drive Encryption and "
                    "choose 'Resume protection'."
                ),
                command="control /name Microsoft.BitLockerDriveEncryption",
                headline=True,
            ),
            FixStep(
                N_("Or, in PowerShell opened with 'Run as administrator', type:"),
                command="Resume-BitLocker -MountPoint $env:SystemDrive",
            ),
            FixStep(
                N_(
                    "No BitLocker in Control Panel (Windows Home)? The drive waits for device "
                    "encryption to be switched on: open Settings at 'Privacy & security' > "
                    "'Device encryption' and switch it on."
                ),
                link="ms-settings:deviceencryption",
            ),
            _AGAIN,
        )
    },
    verify_check=META.id,
)

#: Encryption is under way: nothing to do but let it finish.
FIX_LET_IT_FINISH = FixGuide(
    title=N_("Let encryption finish"),
    why=N_(
        "Until the whole disk is encrypted, the part not yet done can still be read by anyone "
        "who takes the computer."
    ),
    steps={
        os_family: (
            FixStep(
                N_(
                    "Keep the computer switched on and plugged in until encryption has "
                    "finished; you can keep working meanwhile."
                )
            ),
            FixStep(N_("Run this check again later.")),
        )
        for os_family in OSFamily
    },
    verify_check=META.id,
)

#: Windows: encryption was paused half-way.
FIX_RESUME_ENCRYPTION = FixGuide(
    title=N_("Resume encryption"),
    why=N_(
        "Encryption stopped half-way: the part not yet encrypted can be read by anyone who "
        "takes the computer."
    ),
    steps={
        OSFamily.WINDOWS: (
            FixStep(
                N_(
                    "Open Control Panel > BitLocker Drive Encryption and choose to resume "
                    "encryption, or type this in a terminal opened with 'Run as "
                    "administrator':"
                ),
                command="manage-bde -resume %SystemDrive%",
            ),
            _AGAIN,
        )
    },
    verify_check=META.id,
)

#: macOS: FileVault is set to switch on at the next log-out.
FIX_FILEVAULT_DEFERRED = FixGuide(
    title=N_("Finish switching on FileVault"),
    why=_WHY,
    steps={
        OSFamily.MACOS: (
            FixStep(
                N_(
                    "Log out and back in (or restart): macOS asks for your password and then "
                    "switches FileVault on."
                )
            ),
            _AGAIN,
        )
    },
    verify_check=META.id,
)

# ----- verdicts -----------------------------------------------------------------------------

_COULD_NOT = N_("Could not tell whether the disk is encrypted")


def _fail_severity(laptop: bool | None) -> Severity:
    """A portable computer is the one that gets lost: there it is the top problem."""
    return Severity.CRITICAL if laptop else Severity.HIGH


def _where(target: str) -> str:
    return N_("the system disk") if target == "/" else N_("the disk holding /home")


def evaluate_linux(disks: LinuxDisks | Where) -> Finding:
    if isinstance(disks, str):
        if disks == "container":
            return Finding.unknown(_INSIDE[disks], _COULD_NOT, container=True, inside=disks)
        return Finding.unknown(_INSIDE[disks], _COULD_NOT, inside=disks)
    evidence: dict[str, JsonValue] = {
        "mounts": [m.as_json() for m in disks.mounts],
        "home_folder_encryption": disks.home_folder or None,
        "laptop": disks.laptop,
        "encrypted_devices": dict(disks.crypt_devices),
    }
    plain = [m for m in disks.mounts if m.protection is Protection.PLAIN]
    unknown = [m for m in disks.mounts if m.protection is Protection.UNKNOWN]
    encrypted = [m for m in disks.mounts if m.protection is Protection.ENCRYPTED]
    severity = _fail_severity(disks.laptop)
    if plain and disks.home_folder:
        return Finding(
            Status.WARN,
            fmt(N_("Only your home folder is encrypted ({method})"), method=disks.home_folder),
            Severity.MEDIUM,
            detail=N_(
                "Your own files are protected, but the rest of the disk is not: swap, "
                "temporary files, other users' folders and the system's settings can be read "
                "by anyone who takes the disk."
            ),
            evidence=evidence,
            fix=FIX_ENCRYPT,
        )
    if plain and any(m.target == "/home" for m in encrypted):
        return Finding(
            Status.WARN,
            N_("The home disk is encrypted, the system disk is not"),
            Severity.MEDIUM,
            detail=N_(
                "Your files in /home are protected, but swap, temporary files and the "
                "system's settings on the system disk can be read by anyone who takes it."
            ),
            evidence=evidence,
            fix=FIX_ENCRYPT,
        )
    if plain:
        where = and_joined([_where(m.target) for m in plain])
        return Finding(
            Status.FAIL,
            fmt(N_("Disk encryption is off for {where}"), where=where),
            severity,
            detail=N_(
                "Anyone who takes this computer, or just its disk, can read your files, saved "
                "passwords and signed-in accounts."
            ),
            evidence=evidence,
            fix=FIX_ENCRYPT,
        )
    if len(unknown) == 1:
        return Finding(
            Status.UNKNOWN,
            _COULD_NOT,
            reason=fmt(
                N_("the disk under {target} could not be identified ({why})"),
                target=unknown[0].target,
                why=unknown[0].note or N_("no answer"),
            ),
            evidence=evidence,
        )
    if unknown:
        by_note: dict[str, list[str]] = {}
        for m in unknown:
            by_note.setdefault(m.note or N_("no answer"), []).append(m.target)
        reasons = (
            list(by_note)
            if len(by_note) == 1
            else [
                fmt(N_("{targets}: {note}"), targets=and_joined(targets), note=note)
                for note, targets in by_note.items()
            ]
        )
        return Finding(
            Status.UNKNOWN,
            _COULD_NOT,
            reason=fmt(
                N_("the disks under {targets} could not be identified ({why})"),
                targets=and_joined([m.target for m in unknown]),
                why=joined(*reasons, sep="; "),
            ),
            evidence=evidence,
        )
    methods = sorted({m.method for m in encrypted if m.method})
    return Finding(
        Status.PASS,
        fmt(N_("Disk encryption is on ({methods})"), methods=", ".join(methods))
        if methods
        else N_("Disk encryption is on"),
        evidence=evidence,
    )


#: System.Volume.BitLockerProtection, conservatively (research notes, section 5b): 1 and 6
#: (6 = locked, which Windows' own "Unlock Drive" verb keys on) protected, 2 not encrypted;
#: 3, 4, 5 are read differently by every tool that uses them, so they are no answer.
SHELL_PROTECTED = frozenset({1, 6})
SHELL_OFF = frozenset({2})


def _percent(value: float | None) -> str:
    return "" if value is None else f"{value:.0f}%"


def evaluate_windows(disk: WindowsDisk | str) -> Finding:
    if isinstance(disk, str):
        return Finding.unknown(disk, _COULD_NOT)
    evidence: dict[str, JsonValue] = {
        "drive": disk.drive,
        "shell_property": disk.shell_property,
        "administrator": disk.admin,
        "volume_status": disk.volume.volume_status if disk.volume else None,
        "protection_on": disk.volume.protection_on if disk.volume else None,
        "percent_encrypted": disk.volume.percent if disk.volume else None,
        "source": disk.volume_source or "shell property",
        "volume_error": disk.volume_error or None,
        "manage_bde": disk.manage_bde_note or None,
        "laptop": disk.laptop,
    }
    if disk.volume is not None:
        found = _windows_volume(disk.drive, disk.volume, evidence, _fail_severity(disk.laptop))
        if found is not None:
            return found
    value = disk.shell_property
    if value in SHELL_PROTECTED:
        return Finding(
            Status.PASS,
            fmt(N_("BitLocker protects drive {drive}"), drive=disk.drive),
            detail=N_(
                "Without administrator rights Windows does not say whether protection is "
                "suspended for an update; run the app as administrator to be sure."
            )
            if not disk.admin
            else "",
            evidence=evidence,
        )
    if value in SHELL_OFF:
        return Finding(
            Status.FAIL,
            fmt(N_("Drive {drive} is not encrypted"), drive=disk.drive),
            _fail_severity(disk.laptop),
            detail=N_(
                "Anyone who takes this computer, or just its disk, can read your files, saved "
                "passwords and signed-in accounts."
            ),
            evidence=evidence,
            fix=FIX_ENCRYPT,
        )
    if value is None and disk.manage_bde_note:
        reason = fmt(
            N_("Windows did not say whether BitLocker protects drive {drive} ({why})"),
            drive=disk.drive,
            why=disk.manage_bde_note,
        )
    elif value is None:
        reason = fmt(
            N_(
                "Windows did not say whether BitLocker protects drive {drive} (editions "
                "without BitLocker or device encryption say nothing)"
            ),
            drive=disk.drive,
        )
    else:
        reason = fmt(
            N_(
                "Windows reported BitLocker state {value} for drive {drive}, whose meaning is "
                "not documented; run the app as administrator for a definite answer"
            ),
            value=value,
            drive=disk.drive,
        )
    return Finding(Status.UNKNOWN, _COULD_NOT, reason=reason, evidence=evidence)


def _windows_volume(
    drive: str, volume: BitLockerVolume, evidence: dict[str, JsonValue], severity: Severity
) -> Finding | None:
    status = volume.volume_status.replace(" ", "").lower()
    not_encrypted = N_(
        "Anyone who takes this computer, or just its disk, can read your files, saved "
        "passwords and signed-in accounts."
    )
    if status == "fullyencrypted" and volume.protection_on is True:
        return Finding(
            Status.PASS,
            fmt(N_("BitLocker protects drive {drive}"), drive=drive),
            evidence=evidence,
        )
    if status == "fullyencrypted" and volume.protection_on is False:
        return Finding(
            Status.FAIL,
            fmt(N_("BitLocker protection is suspended on drive {drive}"), drive=drive),
            severity,
            detail=N_(
                "The drive is encrypted, but its key lies unprotected on the drive, so anyone "
                "who takes the computer can read it. (On Windows Home this is also how device "
                "encryption looks while it waits to be switched on.)"
            ),
            evidence=evidence,
            fix=FIX_RESUME_BITLOCKER,
        )
    if status == "encryptioninprogress":
        return Finding(
            Status.WARN,
            fmt(
                N_("Drive {drive} is being encrypted ({percent} done)"),
                drive=drive,
                percent=_percent(volume.percent) or N_("part"),
            ),
            Severity.LOW,
            evidence=evidence,
            fix=FIX_LET_IT_FINISH,
        )
    if status == "encryptionsuspended":
        return Finding(
            Status.WARN,
            fmt(
                N_("Encryption of drive {drive} is paused ({percent} done)"),
                drive=drive,
                percent=_percent(volume.percent) or N_("part"),
            ),
            Severity.MEDIUM,
            evidence=evidence,
            fix=FIX_RESUME_ENCRYPTION,
        )
    if status in ("decryptioninprogress", "decryptionsuspended"):
        return Finding(
            Status.FAIL,
            fmt(N_("Encryption is being switched off on drive {drive}"), drive=drive),
            severity,
            detail=not_encrypted,
            evidence=evidence,
            fix=FIX_ENCRYPT,
        )
    if status == "fullydecrypted":
        return Finding(
            Status.FAIL,
            fmt(N_("Drive {drive} is not encrypted"), drive=drive),
            severity,
            detail=not_encrypted,
            evidence=evidence,
            fix=FIX_ENCRYPT,
        )
    return None


def evaluate_macos(state: FileVaultState | str) -> Finding:
    if isinstance(state, str):
        return Finding.unknown(state, _COULD_NOT)
    evidence: dict[str, JsonValue] = {
        "filevault": state.state.value,
        "percent": state.percent,
        "laptop": state.laptop,
    }
    severity = _fail_severity(state.laptop)
    percent = _percent(state.percent) or N_("part")
    match state.state:
        case FileVault.ON:
            return Finding(Status.PASS, N_("FileVault is on"), evidence=evidence)
        case FileVault.ENCRYPTING:
            return Finding(
                Status.WARN,
                fmt(N_("FileVault is encrypting the disk ({percent} done)"), percent=percent),
                Severity.LOW,
                evidence=evidence,
                fix=FIX_LET_IT_FINISH,
            )
        case FileVault.DEFERRED:
            return Finding(
                Status.WARN,
                N_("FileVault switches on at the next log-out"),
                Severity.MEDIUM,
                detail=N_("Until then the disk is not encrypted."),
                evidence=evidence,
                fix=FIX_FILEVAULT_DEFERRED,
            )
        case FileVault.RESTART:
            return Finding(
                Status.WARN,
                N_("FileVault finishes switching on at the next restart"),
                Severity.MEDIUM,
                evidence=evidence,
                fix=FIX_FILEVAULT_DEFERRED,
            )
        case FileVault.DECRYPTING:
            return Finding(
                Status.FAIL,
                fmt(N_("FileVault is being switched off ({percent} decrypted)"), percent=percent),
                severity,
                evidence=evidence,
                fix=FIX_ENCRYPT,
            )
    return Finding(
        Status.FAIL,
        N_("FileVault is off"),
        severity,
        detail=N_(
            "Anyone who takes this Mac can read your files, saved passwords and signed-in "
            "accounts. (Newer Macs encrypt the disk in hardware, but without FileVault the "
            "key is not tied to your password.)"
        ),
        evidence=evidence,
        fix=FIX_ENCRYPT,
    )


# ----- facts --------------------------------------------------------------------------------

_STATE_WORDS = {
    Protection.ENCRYPTED.value: N_("encrypted"),
    Protection.PLAIN.value: N_("not encrypted"),
    Protection.UNKNOWN.value: N_("not known"),
}


def _mount_facts(ev: Mapping[str, JsonValue]) -> Iterator[Fact]:
    for m in _facts.items(ev, "mounts"):
        if not isinstance(m, Mapping):
            continue
        state = _STATE_WORDS.get(str(m.get("state")), "")
        method = m.get("method")
        if state and isinstance(method, str) and method:
            state = fmt(N_("{state} ({method})"), state=state, method=method)
        label = N_("System disk") if m.get("target") == "/" else N_("Disk holding the home folders")
        yield Fact(label, state)


_VOLUME_WORDS = {
    "fullyencrypted": N_("fully encrypted"),
    "fullydecrypted": N_("not encrypted"),
    "encryptioninprogress": N_("being encrypted"),
    "decryptioninprogress": N_("being decrypted"),
    "encryptionsuspended": N_("encryption paused"),
    "decryptionsuspended": N_("decryption paused"),
}
_FILEVAULT_WORDS = {
    FileVault.ON.value: N_("switched on"),
    FileVault.OFF.value: N_("switched off"),
    FileVault.ENCRYPTING.value: N_("encrypting the disk"),
    FileVault.DECRYPTING.value: N_("decrypting the disk"),
    FileVault.DEFERRED.value: N_("switches on at the next log-out"),
    FileVault.RESTART.value: N_("switches on at the next restart"),
}


def facts(finding: Finding) -> tuple[Fact, ...]:
    """Each disk's state in words; BitLocker's and FileVault's own words stay in evidence."""
    ev = finding.evidence
    found = list(_mount_facts(ev))
    home = _facts.text(ev, "home_folder_encryption")
    if home:
        found.append(Fact(N_("Home folder encrypted with"), home))
    laptop = _facts.flag(ev, "laptop")
    if laptop is not None:
        found.append(Fact(N_("Runs on a battery"), _facts.yes_no(laptop)))
    drive = _facts.text(ev, "drive")
    volume = _facts.text(ev, "volume_status")
    if drive and volume:
        words = _VOLUME_WORDS.get(volume.lower(), N_("not known"))
        found.append(Fact(fmt(N_("Drive {drive}"), drive=drive), words))
    protection = _facts.flag(ev, "protection_on")
    if protection is not None:
        found.append(
            Fact(
                N_("BitLocker protection"),
                N_("on") if protection else N_("suspended or off"),
            )
        )
    elif drive and finding.status in (Status.PASS, Status.FAIL):
        found.append(
            Fact(
                fmt(N_("Drive {drive}"), drive=drive),
                N_("encrypted") if finding.status is Status.PASS else N_("not encrypted"),
            )
        )
    percent = _facts.number(ev, "percent_encrypted")
    if percent is not None and finding.status is not Status.PASS:
        found.append(Fact(N_("Encrypted so far"), _percent(percent)))
    vault = _facts.text(ev, "filevault")
    if vault:
        found.append(Fact(N_("FileVault"), _FILEVAULT_WORDS.get(vault, N_("not known"))))
    mac_percent = _facts.number(ev, "percent")
    if mac_percent is not None:
        found.append(Fact(N_("Progress"), _percent(mac_percent)))
    if _facts.flag(ev, "container"):
        found.append(Fact(N_("Runs in a container"), _facts.yes_no(True)))
    return tuple(found)


# ----- the check ----------------------------------------------------------------------------


class DiskEncryptionCheck:
    meta = META

    def run(self, ctx: ProbeContext) -> Finding:
        os_family = ctx.platform.os
        if os_family is OSFamily.WINDOWS:
            finding = evaluate_windows(windows_disk(ctx))
        elif os_family is OSFamily.MACOS:
            finding = evaluate_macos(mac_filevault(ctx))
        else:
            finding = evaluate_linux(linux_disks(ctx))
        return with_sentences(_facts.with_facts(finding, facts))

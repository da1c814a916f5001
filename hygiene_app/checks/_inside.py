"""Whether this Linux is a computer of its own, or runs inside another one (a container, the
Windows Subsystem for Linux). Inside, the disk, the firewall, Secure Boot, the Wi-Fi and the
VPN belong to the computer it runs on and cannot be seen: the checks say so instead of judging
what they see, which is not the computer the person sits at.

One rule for every check (`where_inside`): each tells a container and WSL apart in its reason, as
a WSL user knows they are in Windows and would not recognise "a container". A finding made
inside keeps only what is found open or wrong in there; what would pass in there (the
container's own firewall on, nothing listening, no tunnel) is UNKNOWN, since it says nothing of
the computer the check is about."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from hygiene_app.engine.context import ProbeContext

#: What is mounted where, and from what (the kernel's own list; no tool needed).
PROC_MOUNTS = "/proc/self/mounts"
#: Files a container runtime leaves (Docker, Podman), and systemd's own note.
CONTAINER_MARKERS = ("/.dockerenv", "/run/.containerenv")
SYSTEMD_CONTAINER = "/run/systemd/container"
#: The kernel's release; the Windows Subsystem for Linux names itself in it
#: ("5.15.167.4-microsoft-standard-WSL2", WSL 1: "4.4.0-19041-Microsoft"), as
#: systemd-detect-virt reads it.
KERNEL_OSRELEASE = "/proc/sys/kernel/osrelease"
#: Root file systems of container images (a computer of its own starts from a disk).
_CONTAINER_ROOTS = ("overlay", "aufs", "fuse-overlayfs")

#: Where this Linux runs: "container", "wsl", or "" for a computer of its own. Kept in a
#: finding's evidence as "inside".
Where = Literal["container", "wsl", ""]


@dataclass(frozen=True, slots=True)
class Mount:
    source: str
    target: str
    fstype: str


def unescape_mount(field_text: str) -> str:
    """/proc/mounts writes spaces, tabs, newlines and backslashes as octal escapes."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field_text)


def parse_proc_mounts(text: str) -> dict[str, Mount]:
    """`/proc/self/mounts`: target -> the mount that is visible there (the last one wins, as a
    later mount hides an earlier one)."""
    mounts: dict[str, Mount] = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        source, target, fstype = (unescape_mount(p) for p in parts[:3])
        mounts[target] = Mount(source, target, fstype)
    return mounts


def looks_like_container(ctx: ProbeContext, mounts: Mapping[str, Mount]) -> bool:
    """A container runtime's marker files, systemd's note, or / on an overlay. Not a root
    mounted from composefs: Fedora's atomic desktops (Silverblue, Kinoite; 41 and later) start
    from a read-only composefs image that /proc shows as an overlay, yet it is this computer's
    own."""
    if any(ctx.files.mtime(marker) is not None for marker in CONTAINER_MARKERS):
        return True
    note = ctx.files.read_text(SYSTEMD_CONTAINER)
    if note.ok and note.text.strip():
        return True
    root = mounts.get("/")
    return root is not None and root.fstype in _CONTAINER_ROOTS and root.source != "composefs"


def looks_like_wsl(ctx: ProbeContext) -> bool:
    """Windows Subsystem for Linux (systemd-detect-virt's rule)."""
    release = ctx.files.read_text(KERNEL_OSRELEASE)
    return release.ok and ("Microsoft" in release.text or "WSL" in release.text)


def where_inside(ctx: ProbeContext, mounts: Mapping[str, Mount] | None = None) -> Where:
    """Where this Linux runs: "container", "wsl", or "" for a computer of its own. A container comes
    first: one run by Docker Desktop on Windows also has WSL's kernel, but it is the container
    whose markers and root are seen. `mounts`: `/proc/self/mounts` when the caller has read it
    already."""
    if mounts is None:
        read = ctx.files.read_text(PROC_MOUNTS)
        mounts = parse_proc_mounts(read.text) if read.ok else {}
    if looks_like_container(ctx, mounts):
        return "container"
    return "wsl" if looks_like_wsl(ctx) else ""

"""What a snapshot keeps of what the checks read: only what they need to reach their verdicts.

Reading a folder or the process list answers more than a check asks. PWD-003 lists Downloads,
Desktop and Documents to find CSV files, and the listing names every other file too ("Medical
results 2026.pdf"); the VPN and password-manager checks look for a few process names in a list
of everything running. A support snapshot keeps only the entries each check would look at, by
the same predicates the checks use, so replaying it reaches the same verdicts and a reader
learns nothing else. Pass `minimise_recording` to `Recorder`.
"""

from __future__ import annotations

from dataclasses import replace

from hygiene_app.checks import (
    auto_login,
    disk_encryption,
    malware_protection,
    password_exports,
    password_manager,
    remote_access,
    restart_pending,
    ssh_keys,
    vpn,
)
from hygiene_app.checks._common import join
from hygiene_app.checks.browser_files import minimise_browser_file
from hygiene_app.checks.browser_installs import minimise_install_reads
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.probes import FileRead
from hygiene_app.engine.snapshot import Snapshot


def needed_process(name: str) -> bool:
    """A running process a check looks for: a password manager, a VPN client, an antivirus,
    a remote-desktop server."""
    low = name.lower()
    return (
        low in password_manager.MANAGER_PROCESSES
        or malware_protection.is_protection_process(low)
        or bool(vpn.vendor_from_processes([low]))
        or vpn.ppp_vpn_running([low])
        or remote_access.is_remote_access_process(low)
    )


def minimise_recording(snap: Snapshot) -> Snapshot:
    """`snap` with only the folder entries, process names and command answers the checks
    use."""
    small = replace(
        snap,
        dirs=_export_listings(snap),
        processes=frozenset(p for p in snap.processes if needed_process(p)),
        files=_browser_files(snap),
    )
    # Last, so that no private key survives whichever check read it (see ssh_keys.py).
    return ssh_keys.minimise_key_snapshot(
        auto_login.minimise_sign_in_reads(
            minimise_install_reads(
                disk_encryption.minimise_disk_reads(restart_pending.minimise_ostree_status(small))
            )
        )
    )


def _browser_files(snap: Snapshot) -> dict[str, FileRead]:
    """Browser files (Preferences, Local State, prefs.js, policies...) cut down to the keys the
    checks read (see browser_files.py); every other file as it is."""
    kept: dict[str, FileRead] = {}
    for path, read in snap.files.items():
        small = minimise_browser_file(path, read.text) if read.ok else None
        kept[path] = read if small is None else replace(read, text=small)
    return kept


def _export_listings(snap: Snapshot) -> dict[str, tuple[str, ...] | None]:
    """Listings under PWD-003's folders reduced to the names its scan looks at; other
    listings (APT lists, browser profiles, kernel modules) as they are."""
    os_family = snap.platform.os
    roots = password_exports.export_folders(ProbeContext(snap.seams()))
    prefixes = [(root, join(os_family, root, "")) for root in roots]
    sep = join(os_family, "a", "b")[1]
    kept: dict[str, tuple[str, ...] | None] = {}
    for path, entries in snap.dirs.items():
        depths = [
            0 if path == root else path[len(prefix) :].count(sep) + 1
            for root, prefix in prefixes
            if path == root or path.startswith(prefix)
        ]
        if entries is None or not depths:
            kept[path] = entries
            continue
        depth = min(depths)
        kept[path] = tuple(e for e in entries if password_exports.needed_entry(e, depth))
    return kept

"""Snapshots of machines we cannot record here (Windows, macOS, other Linux distributions),
composed from recorded outputs under tests/fixtures (each file's provenance is in the
PROVENANCE.md beside it).

Each machine lists what its checks read and the verdicts a person reading those outputs would
reach; `statuses` in the written snapshot holds those verdicts. `tests/test_snapshots.py`
replays every snapshot through the command line and compares.

Regenerate the JSON files after changing a check's probes or a fixture:

    .venv/bin/python -m tests.snapshot_machines
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from hygiene_app.checks import (
    auto_updates,
    firewall,
    open_wifi,
    password_exports,
    password_manager,
    restart_pending,
    updates_pending,
    vpn,
)
from hygiene_app.engine.model import OSFamily
from hygiene_app.engine.snapshot import FORMAT_NAME, FORMAT_VERSION

FIXTURES = Path(__file__).parent / "fixtures"
SNAPSHOTS = FIXTURES / "snapshots"
#: 2026-11-01T00:00:00Z.
NOW = 1793491200.0
DAY = 86400.0


def fx(path: str) -> str:
    return (FIXTURES / path).read_text(encoding="utf-8")


def cmd(
    argv: Sequence[str], stdout: str = "", *, rc: int = 0, stderr: str = "", outcome: str = "ok"
) -> dict[str, Any]:
    return {
        "argv": list(argv),
        "outcome": outcome,
        "returncode": rc if outcome == "ok" else None,
        "stdout": stdout,
        "stderr": stderr,
    }


def missing_tool(argv: Sequence[str]) -> dict[str, Any]:
    return cmd(argv, outcome="not_found")


def interface(
    name: str, *addresses: str, flags: Sequence[str] = ("up", "running")
) -> dict[str, Any]:
    def family(a: str) -> str:
        return "ipv6" if ":" in a else "ipv4"

    return {
        "name": name,
        "is_up": "running" in flags,
        "flags": list(flags),
        "addresses": [
            {"family": family(a), "address": a, "netmask": None, "ptp": None} for a in addresses
        ],
    }


def platform(os: str, version: str, **extra: Any) -> dict[str, Any]:
    home = {"windows": "C:\\Users\\user", "macos": "/Users/user"}.get(os, "/home/user")
    return {
        "os": os,
        "os_version": version,
        "arch": "arm64" if os == "macos" else "x86_64",
        "hostname": "host",
        "username": "user",
        "home": home,
        "is_admin": False,
        **extra,
    }


def snapshot(
    plat: dict[str, Any],
    commands: list[dict[str, Any]],
    statuses: dict[str, str],
    *,
    files: Sequence[dict[str, Any]] = (),
    dirs: Sequence[dict[str, Any]] = (),
    stats: Sequence[dict[str, Any]] = (),
    interfaces: Sequence[dict[str, Any]] = (),
    processes: Sequence[str] = (),
    boot_time: float = NOW - 2 * DAY,
    keyring: tuple[str, float] | None = None,
    inventory: dict[str, Any] | None = None,
    note: str = "",
) -> dict[str, Any]:
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "app_version": "composed",
        "recorded_at": "2026-11-01T00:00:00+00:00",
        "clock": NOW,
        "redacted": True,
        "note": note,
        "platform": plat,
        "commands": commands,
        "files": list(files),
        "dirs": list(dirs),
        "stats": list(stats),
        "http": [],
        "system": {
            "boot_time": boot_time,
            "processes": list(processes),
            "interfaces": list(interfaces),
            "keyring": None if keyring is None else {"backend": keyring[0], "priority": keyring[1]},
        },
        "inventory": inventory,
        "statuses": statuses,
    }


# ----- passwords (PWD-001..003) ------------------------------------------------------------


def _home(plat: dict[str, Any]) -> str:
    home: str = plat["home"]
    return home


def chromium_profile(
    plat: dict[str, Any], browser: str, prefs_fixture: str, *, secure: bool = False
) -> list[dict[str, Any]]:
    """A Chromium-family browser with its two profiles (Local State lists Default and
    Profile 1); the extension settings of `prefs_fixture` in Default."""
    osf = OSFamily(plat["os"])
    found = next(b for b in password_manager.CHROMIUM_BROWSERS[osf] if b.name == browser)
    user_data = password_manager.join(osf, _home(plat), *found.parts)
    default = password_manager.join(osf, user_data, "Default")
    prefs = password_manager.SECURE_PREFERENCES if secure else password_manager.PREFERENCES
    return [
        {
            "path": password_manager.join(osf, user_data, password_manager.LOCAL_STATE),
            "text": fx("passwords/chromium-local-state.json"),
        },
        {
            "path": password_manager.join(osf, default, prefs),
            "text": fx(f"passwords/{prefs_fixture}"),
        },
        {
            "path": password_manager.join(
                osf, user_data, "Profile 1", password_manager.PREFERENCES
            ),
            "text": fx("passwords/chromium-preferences-none.json"),
        },
    ]


def export_folders(
    plat: dict[str, Any], exports: dict[str, list[tuple[str, str]]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(dirs, files) for Downloads, Desktop and Documents; `exports` maps a folder to
    (file name, first line) pairs."""
    osf = OSFamily(plat["os"])
    dirs, files = [], []
    for folder in ("Downloads", "Desktop", "Documents"):
        path = password_exports.join(osf, _home(plat), folder)
        entries = exports.get(folder, [])
        dirs.append({"path": path, "entries": [name for name, _ in entries]})
        for name, first_line in entries:
            files.append(
                {
                    "path": password_exports.join(osf, path, name),
                    "text": first_line + "\n",
                    "mtime": NOW - 3 * DAY,
                    "size": 18_432,
                }
            )
    return dirs, files


def account(
    service: str,
    domain: str,
    category: str,
    mfa: str,
    methods: Sequence[str] = (),
    offered: Sequence[str] = (),
    confirmed_days_ago: float | None = 30,
) -> dict[str, Any]:
    return {
        "service": service,
        "domain": domain,
        "category": category,
        "mfa": mfa,
        "methods": list(methods),
        "offered": list(offered),
        "confirmed_at": None if confirmed_days_ago is None else NOW - confirmed_days_ago * DAY,
    }


#: A person who turned MFA on for e-mail (by SMS only), not for the bank, and never said
#: whether social media has it; the bank was confirmed long ago.
CAFE_ACCOUNTS = {
    "exists": True,
    "review_months": 6,
    "accounts": [
        account("Gmail", "google.com", "email", "on", ["sms"], ["security_key", "app", "sms"]),
        account("Example Bank", "bank.example", "banking", "off", [], ["sms"], 400),
        account("Instagram", "instagram.com", "social", "unknown", [], ["app", "sms"], None),
    ],
}
#: Someone who has not started an inventory.
NO_ACCOUNTS = {"exists": False, "review_months": 6, "accounts": []}


CHROME_EXPORT = ("Chrome Passwords.csv", "name,url,username,password,note")
BITWARDEN_EXPORT = (
    "bitwarden_export_20261030.csv",
    "folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,"
    "login_totp",
)


# ----- Windows ------------------------------------------------------------------------------


def windows_11_cafe() -> dict[str, Any]:
    """A laptop on café Wi-Fi: security updates waiting, updates paused, restart pending, the
    Public firewall profile off while on a Public network, Tailscale without an exit node."""
    plat = platform("windows", "10.0.22631")
    pw_dirs, pw_files = export_folders(plat, {"Downloads": [CHROME_EXPORT]})

    return snapshot(
        plat,
        [
            cmd(updates_pending.WINDOWS_PROBE, fx("updates/windows-wu-search.json")),
            cmd(auto_updates.WINDOWS_PROBE, fx("updates/windows-au-paused.json")),
            cmd(
                restart_pending.WINDOWS_PROBE,
                '{"WindowsUpdate":true,"ComponentServicing":false}',
            ),
            cmd(firewall.WINDOWS_PROBE, fx("firewall/windows/public-off-active.json")),
            cmd(vpn.WINDOWS_VPN_PROBE, fx("network/windows-vpn-tailscale-split.json")),
            cmd(open_wifi.NETSH_WLAN, fx("network/windows-netsh-open.txt")),
        ],
        {
            "MFA-001": "fail",
            "MFA-002": "warn",
            "MFA-003": "pass",
            "MFA-004": "warn",
            "PWD-001": "pass",
            "PWD-002": "pass",
            "PWD-003": "fail",
            "UPD-001": "fail",
            "UPD-002": "fail",
            "UPD-003": "fail",
            "NET-001": "fail",
            "NET-002": "pass",
            "NET-003": "fail",
        },
        processes=["tailscaled.exe", "explorer.exe"],
        files=chromium_profile(plat, "Chrome", "chromium-preferences-bitwarden.json") + pw_files,
        dirs=pw_dirs,
        keyring=("keyring.backends.Windows.WinVaultKeyring", 5.0),
        inventory=CAFE_ACCOUNTS,
        note="Windows 11 23H2 on open Wi-Fi; outputs from tests/fixtures (see PROVENANCE.md).",
    )


def windows_11_office() -> dict[str, Any]:
    """A managed office PC: up to date, updates wait for the user (policy), firewall on, the
    company's full-tunnel GlobalProtect VPN, WPA2 Wi-Fi; Windows 11 24H2 without location
    permission answers nothing about Wi-Fi."""
    plat = platform("windows", "10.0.26100")
    pw_dirs, pw_files = export_folders(plat, {})

    return snapshot(
        plat,
        [
            cmd(updates_pending.WINDOWS_PROBE, fx("updates/windows-wu-search-none.json")),
            cmd(auto_updates.WINDOWS_PROBE, fx("updates/windows-au-policy-notify.json")),
            cmd(
                restart_pending.WINDOWS_PROBE,
                '\ufeff{"WindowsUpdate":false,"ComponentServicing":false}',
            ),
            cmd(firewall.WINDOWS_PROBE, fx("firewall/windows/all-on-public-wifi.json")),
            cmd(vpn.WINDOWS_VPN_PROBE, fx("network/windows-vpn-globalprotect-full.json")),
            cmd(open_wifi.NETSH_WLAN, fx("network/windows-netsh-location-denied.txt"), rc=1),
        ],
        {
            "MFA-001": "unknown",
            "MFA-002": "unknown",
            "MFA-003": "unknown",
            "MFA-004": "unknown",
            "PWD-001": "pass",
            "PWD-002": "pass",
            "PWD-003": "pass",
            "UPD-001": "pass",
            "UPD-002": "warn",
            "UPD-003": "pass",
            "NET-001": "pass",
            "NET-002": "pass",
            "NET-003": "unknown",
        },
        processes=["pangps.exe"],
        boot_time=NOW - 3 * DAY,
        files=chromium_profile(plat, "Edge", "edge-secure-preferences-1password.json", secure=True)
        + pw_files,
        dirs=pw_dirs,
        keyring=("keyring.backends.Windows.WinVaultKeyring", 5.0),
        note="Windows 11 24H2, managed; outputs from tests/fixtures (see PROVENANCE.md).",
    )


# ----- macOS --------------------------------------------------------------------------------

_MAC_IDLE_UTUNS = [
    interface(f"utun{i}", f"fe80::{i + 1}%utun{i}", flags=("up", "pointopoint", "running"))
    for i in range(4)
]


def macos_15_cafe() -> dict[str, Any]:
    """A MacBook on open café Wi-Fi, firewall off, updates waiting, idle utun0-3 (not a VPN)."""
    plat = platform("macos", "15.2")
    pw_dirs, pw_files = export_folders(plat, {})

    return snapshot(
        plat,
        [
            cmd(updates_pending.MACOS_PROBE, fx("updates/softwareupdate-kolide.txt")),
            cmd(auto_updates.MACOS_MANAGED_PROBE, stderr=fx("updates/plutil-missing.txt"), rc=1),
            cmd(auto_updates.MACOS_PREFS_PROBE, fx("updates/macos-softwareupdate-prefs.xml")),
            cmd(firewall.MAC_GLOBALSTATE, fx("firewall/macos/socketfilterfw-disabled.txt")),
            cmd(vpn.MAC_ROUTE_GET, fx("network/macos-route-get-default-en0.txt")),
            cmd(open_wifi.MAC_AIRPORT, fx("network/macos-system-profiler-open.txt")),
        ],
        {
            "MFA-001": "unknown",
            "MFA-002": "unknown",
            "MFA-003": "warn",
            "MFA-004": "unknown",
            "PWD-001": "fail",
            "PWD-002": "pass",
            "PWD-003": "pass",
            "UPD-001": "warn",
            "UPD-002": "warn",
            "UPD-003": "pass",
            "NET-001": "fail",
            "NET-002": "warn",
            "NET-003": "fail",
        },
        interfaces=[interface("en0", "192.168.0.23", "fe80::1c2b%en0"), *_MAC_IDLE_UTUNS],
        files=chromium_profile(plat, "Chrome", "chromium-preferences-none.json") + pw_files,
        dirs=pw_dirs,
        keyring=("keyring.backends.macOS.Keyring", 5.0),
        inventory=NO_ACCOUNTS,
        note="macOS 15 on open Wi-Fi; outputs from tests/fixtures (see PROVENANCE.md).",
    )


def macos_15_vpn() -> dict[str, Any]:
    """A managed Mac whose organization turned automatic checks off, firewall on, nothing to
    install, Tailscale exit node on utun4, WPA2 Wi-Fi with the SSID redacted (no location
    permission), up for three weeks."""
    return snapshot(
        platform("macos", "15.2"),
        [
            cmd(updates_pending.MACOS_PROBE, stderr=fx("updates/softwareupdate-none-kolide.txt")),
            cmd(auto_updates.MACOS_MANAGED_PROBE, fx("updates/macos-softwareupdate-managed.xml")),
            cmd(auto_updates.MACOS_PREFS_PROBE, fx("updates/macos-softwareupdate-prefs.xml")),
            cmd(firewall.MAC_GLOBALSTATE, fx("firewall/macos/socketfilterfw-kolide-data.txt")),
            cmd(firewall.MAC_STEALTH, "Firewall stealth mode is on\n"),
            cmd(vpn.MAC_ROUTE_GET, fx("network/macos-route-get-utun4.txt")),
            cmd(vpn.MAC_ROUTE_GET_SECOND, fx("network/macos-route-get-second-utun4.txt")),
            cmd(open_wifi.MAC_AIRPORT, fx("network/macos-system-profiler-wpa2-redacted.txt")),
        ],
        {
            "MFA-001": "unknown",
            "MFA-002": "unknown",
            "MFA-003": "unknown",
            "MFA-004": "unknown",
            "PWD-001": "unknown",
            "PWD-002": "unknown",
            "PWD-003": "unknown",
            "UPD-001": "pass",
            "UPD-002": "fail",
            "UPD-003": "warn",
            "NET-001": "pass",
            "NET-002": "pass",
            "NET-003": "pass",
        },
        interfaces=[
            interface("en0", "192.168.0.23"),
            *_MAC_IDLE_UTUNS,
            interface("utun4", "100.86.1.2", flags=("up", "pointopoint", "running")),
        ],
        processes=["tailscaled"],
        boot_time=NOW - 21 * DAY,
        note="macOS 15, managed, on a VPN; outputs from tests/fixtures (see PROVENANCE.md).",
    )


# ----- Linux --------------------------------------------------------------------------------


def _systemctl_active(firewalld: str, ufw: str, nftables: str) -> dict[str, Any]:
    out = f"{firewalld}\n{ufw}\n{nftables}\n"
    rc = 0 if "active" in (firewalld, ufw, nftables) else 3
    return cmd(firewall.SYSTEMCTL_IS_ACTIVE, out, rc=rc)


def _ip_route(fixture: str) -> dict[str, Any]:
    return cmd(vpn.IP_ROUTE_GET, fx(f"network/{fixture}"))


def _interfaces(fixture: str) -> list[dict[str, Any]]:
    loaded: list[dict[str, Any]] = json.loads(fx(f"network/{fixture}"))
    return loaded


def ubuntu_22_04() -> dict[str, Any]:
    """Ubuntu 22.04 with security updates waiting on fresh lists, unattended-upgrades on, a
    kernel update asking for a restart, ufw on, OpenVPN full tunnel on open café Wi-Fi."""
    lists = "/var/lib/apt/lists"
    release = "archive.ubuntu.com_ubuntu_dists_jammy-updates_InRelease"
    return snapshot(
        platform(
            "linux",
            "22.04",
            distribution_id="ubuntu",
            distribution_like=["debian"],
            distribution_name="Ubuntu 22.04.4 LTS",
        ),
        [
            cmd(
                updates_pending.APT_LIST,
                fx("updates/apt-ubuntu2204-kolide.txt"),
                stderr=fx("updates/apt-debian12-local.stderr"),
            ),
            cmd(
                auto_updates.APT_CONFIG_DUMP,
                'APT::Periodic::Update-Package-Lists "1";\n'
                'APT::Periodic::Download-Upgradeable-Packages "1";\n'
                'APT::Periodic::Unattended-Upgrade "1";\n',
            ),
            cmd(auto_updates.APT_UPGRADE_TIMER, "enabled\n"),
            cmd(auto_updates.GNOME_SOFTWARE_DOWNLOADS, "true\n"),
            _systemctl_active("inactive", "active", "inactive"),
            _ip_route("linux-ip-route-get-tun0-def1.json"),
            cmd(vpn.IP_ROUTE_GET_SECOND, fx("network/linux-ip-route-get-second-tun0-def1.json")),
            cmd(open_wifi.NMCLI_WIFI, fx("network/linux-nmcli-cafe-open.txt")),
        ],
        {
            "MFA-001": "unknown",
            "MFA-002": "unknown",
            "MFA-003": "unknown",
            "MFA-004": "unknown",
            "PWD-001": "unknown",
            "PWD-002": "unknown",
            "PWD-003": "unknown",
            "UPD-001": "fail",
            "UPD-002": "pass",
            "UPD-003": "fail",
            "NET-001": "pass",
            "NET-002": "pass",
            "NET-003": "pass",
        },
        files=[
            {"path": firewall.UFW_CONF, "text": fx("firewall/linux/ufw.conf-enabled")},
            {"path": "/var/run/reboot-required", "text": "*** System restart required ***\n"},
            {
                "path": "/var/run/reboot-required.pkgs",
                "text": fx("restart/reboot-required.pkgs"),
            },
        ],
        dirs=[{"path": lists, "entries": [release, "lock", "partial"]}],
        stats=[
            {"path": f"{lists}/{release}", "mtime": NOW - DAY},
            {"path": auto_updates.UNATTENDED_UPGRADE_BIN, "mtime": NOW - 100 * DAY},
        ],
        interfaces=_interfaces("linux-interfaces-tun0.json"),
        processes=["openvpn", "networkmanager"],
        note="Ubuntu 22.04; outputs from tests/fixtures (see PROVENANCE.md).",
    )


def fedora_40() -> dict[str, Any]:
    """Fedora 40 with updates waiting (the security advisory on record is for a package that
    is not among them), dnf-automatic only downloading, firewalld running, no VPN at home on
    WPA2 Wi-Fi, a core library asking for a restart."""
    plat = platform(
        "linux",
        "40",
        distribution_id="fedora",
        distribution_name="Fedora Linux 40 (Workstation Edition)",
    )
    firefox = f"{_home(plat)}/.mozilla/firefox"
    pw_dirs, pw_files = export_folders(plat, {"Documents": [BITWARDEN_EXPORT]})
    return snapshot(
        plat,
        [
            cmd(updates_pending.DNF_CHECK, fx("updates/dnf-check-update-kolide.txt"), rc=100),
            cmd(updates_pending.DNF_SECURITY, fx("updates/dnf-list-sec-bodhi2099.txt")),
            cmd(
                auto_updates.FEDORA_TIMER_PROBE,
                "dnf-automatic-download.timer   disabled disabled\n"
                "dnf-automatic-install.timer    disabled disabled\n"
                "dnf-automatic-notifyonly.timer disabled disabled\n"
                "dnf-automatic.timer            enabled  disabled\n",
            ),
            cmd(auto_updates.GNOME_SOFTWARE_DOWNLOADS, "true\n"),
            cmd(
                restart_pending.NEEDS_RESTARTING, fx("restart/needs-restarting-required.txt"), rc=1
            ),
            _systemctl_active("active", "inactive", "inactive"),
            _ip_route("linux-ip-route-get-eth0.json"),
            cmd(open_wifi.NMCLI_WIFI, fx("network/linux-nmcli-home-wpa2.txt")),
        ],
        {
            "MFA-001": "unknown",
            "MFA-002": "unknown",
            "MFA-003": "unknown",
            "MFA-004": "unknown",
            "PWD-001": "pass",
            "PWD-002": "fail",
            "PWD-003": "fail",
            "UPD-001": "warn",
            "UPD-002": "warn",
            "UPD-003": "fail",
            "NET-001": "pass",
            "NET-002": "warn",
            "NET-003": "pass",
        },
        files=[
            *pw_files,
            {"path": f"{firefox}/profiles.ini", "text": fx("passwords/firefox-profiles.ini")},
            {
                "path": f"{firefox}/Profiles/abcd1234.default-release/extensions.json",
                "text": fx("passwords/firefox-extensions-keepassxc.json"),
            },
            {
                "path": auto_updates.DNF_AUTOMATIC_CONF,
                "text": "[commands]\nupgrade_type = default\ndownload_updates = yes\n"
                "apply_updates = no\n",
            },
        ],
        dirs=pw_dirs,
        interfaces=_interfaces("linux-interfaces-plain.json"),
        keyring=("keyring.backends.fail.Keyring", 0.0),
        note="Fedora 40; outputs from tests/fixtures (see PROVENANCE.md).",
    )


def arch() -> dict[str, Any]:
    """Arch Linux as a normal user: updates listed by checkupdates (no security flag on Arch),
    no automatic updates by design, a removed running kernel, no firewall service visible
    without root, Tailscale with an exit node, not on Wi-Fi."""
    return snapshot(
        platform("linux", "", distribution_id="arch", distribution_name="Arch Linux"),
        [
            cmd(updates_pending.CHECKUPDATES, fx("updates/checkupdates-particleos.txt")),
            cmd(restart_pending.UNAME_RELEASE, "6.12.1-arch1-1\n"),
            _systemctl_active("inactive", "inactive", "inactive"),
            _ip_route("linux-ip-route-get-tailscale-exit-node.json"),
            cmd(
                vpn.IP_ROUTE_GET_SECOND,
                fx("network/linux-ip-route-get-second-tailscale-exit-node.json"),
            ),
            missing_tool(open_wifi.NMCLI_WIFI),
        ],
        {
            "MFA-001": "unknown",
            "MFA-002": "unknown",
            "MFA-003": "unknown",
            "MFA-004": "unknown",
            "PWD-001": "unknown",
            "PWD-002": "unknown",
            "PWD-003": "unknown",
            "UPD-001": "warn",
            "UPD-002": "unknown",
            "UPD-003": "fail",
            "NET-001": "unknown",
            "NET-002": "pass",
            "NET-003": "pass",
        },
        dirs=[{"path": "/usr/lib/modules", "entries": ["6.12.4-arch1-1"]}],
        interfaces=_interfaces("linux-interfaces-tailscale.json"),
        processes=["tailscaled"],
        note="Arch Linux; outputs from tests/fixtures (see PROVENANCE.md).",
    )


MACHINES = {
    "windows-11-cafe": windows_11_cafe,
    "windows-11-office": windows_11_office,
    "macos-15-cafe": macos_15_cafe,
    "macos-15-vpn": macos_15_vpn,
    "ubuntu-22.04": ubuntu_22_04,
    "fedora-40": fedora_40,
    "arch": arch,
}


def render(name: str) -> str:
    return json.dumps(MACHINES[name](), indent=1, ensure_ascii=False) + "\n"


def main() -> None:
    SNAPSHOTS.mkdir(exist_ok=True)
    for name in MACHINES:
        (SNAPSHOTS / f"{name}.json").write_text(render(name), encoding="utf-8")
        print(f"wrote {SNAPSHOTS / name}.json")


if __name__ == "__main__":
    main()

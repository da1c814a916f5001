"""Snapshots of machines we cannot record here (Windows, macOS, other Linux distributions),
composed from recorded outputs under tests/fixtures (each file's provenance is in the
PROVENANCE.md or README.md beside it; the few outputs written only for these machines are in
tests/fixtures/composed, see its README.md).

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
    app_updates,
    auto_login,
    auto_updates,
    browser_versions,
    disk_encryption,
    firewall,
    malware_protection,
    open_wifi,
    os_support,
    password_exports,
    password_manager,
    remote_access,
    restart_pending,
    safe_browsing,
    screen_lock,
    secure_boot,
    ssh_keys,
    updates_pending,
    vpn,
)
from hygiene_app.checks.browser_installs import UNINSTALL_ROOTS, reg_query_argv
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
    http: Sequence[dict[str, Any]] = (),
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
        "http": list(http),
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


def chromium_user_data(plat: dict[str, Any], browser: str) -> str:
    """The user data folder of a Chromium-family browser (where its profiles are)."""
    osf = OSFamily(plat["os"])
    found = next(b for b in password_manager.CHROMIUM_BROWSERS[osf] if b.name == browser)
    return password_manager.join(osf, _home(plat), *found.parts)


def chromium_profile(
    plat: dict[str, Any], browser: str, prefs_fixture: str, *, secure: bool = False
) -> list[dict[str, Any]]:
    """A Chromium-family browser with its two profiles (Local State lists Default and
    Profile 1); the extension settings of `prefs_fixture` in Default."""
    osf = OSFamily(plat["os"])
    user_data = chromium_user_data(plat, browser)
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


# ----- browsers, apps, OS support, this device (UPD-004..006, PHI-001/002, DEV-001..004) ------


def composed(name: str) -> str:
    """An output written for these machines, not captured (tests/fixtures/composed/README.md)."""
    return fx(f"composed/{name}")


def http_ok(url: str, text: str) -> dict[str, Any]:
    return {"url": url, "outcome": "ok", "status": 200, "text": text, "headers": {}, "message": ""}


#: The vendors' release feeds as recorded in tests/fixtures/browsers/versions (Chrome 155 and
#: Firefox 156.0.1 current since late September 2026, Edge 155, Brave 1.82). Chrome's macOS and
#: Linux feeds answer with its Windows recording, as in tests/checks/test_browser_versions.py.
_FEED_FIXTURES = {
    "chrome": "chrome-releases-win-3p.json",
    "firefox": "firefox-versions-3p.json",
    "edge": "edge-products-recon.json",
    "brave": "brave-latest-recon.json",
}
_CHROME_PLATFORM = {"windows": "win64", "macos": "mac_arm64", "linux": "linux"}


def browser_feeds(plat: dict[str, Any], *keys: str) -> list[dict[str, Any]]:
    """The answers of the release feeds UPD-004 asks for the browsers `keys`."""
    answers = []
    for key in keys:
        url = browser_versions.FEEDS[key].default_url
        if key == "chrome":
            url = url.replace("{platform}", _CHROME_PLATFORM[plat["os"]])
        answers.append(http_ok(url, fx(f"browsers/versions/{_FEED_FIXTURES[key]}")))
    return answers


def endoflife(product: str) -> dict[str, Any]:
    """endoflife.date's dates for `product` (UPD-006), as in tests/fixtures/os_support."""
    url = os_support.endoflife_url(os_support.DEFAULT_ENDOFLIFE_URL, product)
    return http_ok(url, fx(f"os_support/{product}_v0.json"))


def uninstall_entries(hklm: str, wow64: str, hkcu: str) -> list[dict[str, Any]]:
    """`reg query` of the three Uninstall roots (UPD-004 on Windows); a file name per root."""
    return [
        cmd(reg_query_argv(root), fx(path), rc=0 if "End of search: 0 " not in fx(path) else 1)
        for root, path in zip(UNINSTALL_ROOTS, (hklm, wow64, hkcu), strict=True)
    ]


_REG_MISSING = "ERROR: The system was unable to find the specified registry key or value.\r\n"


def reg_value(key: str, name: str, data: str | None, kind: str = "REG_SZ") -> dict[str, Any]:
    """`reg query KEY /v NAME`: the value, or exit 1 when it does not exist."""
    argv = screen_lock.reg_value(key, name)
    if data is None:
        return cmd(argv, rc=1, stderr=_REG_MISSING)
    long_key = key.replace("HKCU\\", "HKEY_CURRENT_USER\\").replace(
        "HKLM\\", "HKEY_LOCAL_MACHINE\\"
    )
    return cmd(argv, f"\r\n{long_key}\r\n    {name}    {kind}    {data}\r\n\r\n")


def windows_policy_search(hklm_smartscreen: str = "") -> list[dict[str, Any]]:
    """PHI-001's four searches of the policy keys; only HKLM's SmartScreen one may find some."""
    none = fx("composed/reg-search-none.txt")
    found = []
    for root in safe_browsing.WINDOWS_POLICY_ROOTS:
        for word in safe_browsing.WINDOWS_POLICY_WORDS:
            argv = safe_browsing.windows_policy_argv(root, word)
            if hklm_smartscreen and root.startswith("HKLM") and word == "SmartScreen":
                found.append(cmd(argv, hklm_smartscreen))
            else:
                found.append(cmd(argv, none, rc=1))
    return found


def windows_screen_lock(*, inactivity_limit: bool) -> list[dict[str, Any]]:
    """DEV-002 on Windows: the screen saver switched on without a program or password (as
    Windows ships it), the power plan sleeping after 30 minutes plugged in (15 on battery), and
    the organisation's 15-minute inactivity limit when `inactivity_limit`."""
    user = {"ScreenSaveActive": "1"}
    found = [
        reg_value(screen_lock.WIN_DESKTOP, name, user.get(name))
        for name in screen_lock.WIN_DESKTOP_VALUES
    ]
    found += [
        reg_value(screen_lock.WIN_DESKTOP_POLICY, name, None)
        for name in screen_lock.WIN_DESKTOP_VALUES[:4]
    ]
    found += [
        reg_value(
            screen_lock.WIN_SYSTEM_POLICY,
            "InactivityTimeoutSecs",
            "0x384" if inactivity_limit else None,
            "REG_DWORD",
        ),
        reg_value(screen_lock.WIN_WINLOGON, "EnableGoodbye", None),
        cmd(screen_lock.POWERCFG_SLEEP, fx("screen_lock/windows/powercfg-standbyidle-en.txt")),
    ]
    return found


def gnome_screen_lock(desktop: str, idle_seconds: int) -> list[dict[str, Any]]:
    """DEV-002 on GNOME: locks `idle_seconds` after the screen blanks, at once."""
    prefix = screen_lock.GNOME_PREFIX
    return [
        cmd(screen_lock.DESKTOP_ENV, f"{desktop}\n"),
        cmd(screen_lock.gsettings_get(prefix, "screensaver", "lock-enabled"), "true\n"),
        cmd(screen_lock.gsettings_get(prefix, "screensaver", "lock-delay"), "uint32 0\n"),
        cmd(screen_lock.gsettings_get(prefix, "session", "idle-delay"), f"uint32 {idle_seconds}\n"),
        cmd(screen_lock.gsettings_get(prefix, "lockdown", "disable-lock-screen"), "false\n"),
    ]


_IDLE_NEVER_SET = (
    "2026-10-31 09:12:44.071 defaults[2318:40411] \n"
    "The domain/default pair of (com.apple.screensaver, idleTime) does not exist\n"
)


def xprotect(path: str, days_old: float) -> dict[str, Any]:
    """XProtect's Info.plist (DEV-003 on macOS), last updated `days_old` days ago."""
    return {
        "path": path,
        "text": fx("malware_protection/macos/XProtect-Info.plist"),
        "mtime": NOW - days_old * DAY,
    }


def ssh_folder(plat: dict[str, Any], keys: dict[str, str]) -> tuple[dict[str, Any], list[Any]]:
    """DEV-006: ~/.ssh with the keys of tests/fixtures/ssh_keys (name there by name here), a
    public key each and known_hosts. Each key is kept as a recording keeps it: its header and
    cipher only (ssh_keys.stand_in), never the key."""
    osf = OSFamily(plat["os"])
    folder = password_manager.join(osf, _home(plat), ".ssh")
    names = sorted([*keys, *(f"{name}.pub" for name in keys), "known_hosts"])
    files = []
    for name, fixture in keys.items():
        text = fx(f"ssh_keys/{fixture}")
        files.append(
            {
                "path": password_manager.join(osf, folder, name),
                "text": ssh_keys.stand_in(text),
                "size": len(text.encode()),
                "mtime": NOW - 400 * DAY,
            }
        )
    return {"path": folder, "entries": names}, files


#: GDM as the sign-in screen (DEV-005), with the custom.conf Ubuntu and Fedora ship (every
#: automatic sign-in line commented out).
def gdm_sign_in(custom_conf: str, *, unit: bool) -> list[dict[str, Any]]:
    """`unit`: systemd's display-manager.service names gdm (Fedora); else Debian's
    default-display-manager file does (Ubuntu)."""
    files = [{"path": custom_conf, "text": fx("auto_login/gdm_custom_ubuntu_default.conf")}]
    if unit:
        files.append(
            {
                "path": f"/{auto_login.DISPLAY_MANAGER_UNITS[0]}",
                "text": "[Unit]\nDescription=GNOME Display Manager\n\n[Service]\n"
                "ExecStart=/usr/sbin/gdm\nRestart=on-failure\n",
            }
        )
    else:
        files.append({"path": f"/{auto_login.DEFAULT_DISPLAY_MANAGER}", "text": "/usr/sbin/gdm3\n"})
    return files


def rdp(deny_fixture: str, policy_fixture: str | None) -> list[dict[str, Any]]:
    """DEV-007 on Windows: Remote Desktop's switch and the policy over it (None: no policy)."""
    return [
        cmd(remote_access.WIN_DENY, fx(f"remote_access/{deny_fixture}")),
        cmd(remote_access.WIN_DENY_POLICY, fx(f"remote_access/{policy_fixture}"))
        if policy_fixture
        else cmd(remote_access.WIN_DENY_POLICY, rc=1, stderr=_REG_MISSING),
    ]


def mac_remote_access_off() -> list[dict[str, Any]]:
    """DEV-007 on macOS: neither Remote Login nor Screen Sharing is loaded (launchctl exit 113)."""
    not_found = fx("remote_access/macos-launchctl-not-found.txt")
    return [
        cmd(
            remote_access.MAC_REMOTE_LOGIN,
            not_found.replace("com.apple.screensharing", "com.openssh.sshd"),
            rc=113,
        ),
        cmd(remote_access.MAC_SCREEN_SHARING, not_found, rc=113),
    ]


def firefox_profile(folder: str, extensions_fixture: str) -> list[dict[str, Any]]:
    """One Firefox profile (`default`) under `folder` with the add-ons of `extensions_fixture`."""
    return [
        {"path": f"{folder}/profiles.ini", "text": composed("firefox-profiles-one.ini")},
        {
            "path": f"{folder}/abcd1234.default/extensions.json",
            "text": fx(extensions_fixture),
        },
    ]


# ----- Windows ------------------------------------------------------------------------------


def windows_11_cafe() -> dict[str, Any]:
    """A laptop on café Wi-Fi: security updates waiting, updates paused, restart pending, the
    Public firewall profile off while on a Public network, Tailscale without an exit node.
    Windows 11 Pro 23H2, whose support ended in November 2025; Chrome and Edge out of date,
    three apps waiting in winget; SmartScreen for apps and files switched off, and an extension
    another program added to Chrome's second profile that reads every website (Coupon Saver);
    BitLocker off, the screen locks only when the laptop sleeps (30 minutes plugged in),
    Defender's definitions 12 days old, and Windows signs in by itself; Secure Boot on, Remote
    Desktop off; no SSH keys."""
    plat = platform("windows", "10.0.22631")
    pw_dirs, pw_files = export_folders(plat, {"Downloads": [CHROME_EXPORT]})
    chrome = chromium_profile(plat, "Chrome", "chromium-preferences-bitwarden.json")
    chrome_data = chromium_user_data(plat, "Chrome")
    added_by_a_program = {
        "path": password_manager.join(
            OSFamily.WINDOWS, chrome_data, "Profile 1", password_manager.SECURE_PREFERENCES
        ),
        "text": fx("browsers/extensions/chrome-secure-preferences-external.json"),
    }
    its_manifest = {
        "path": password_manager.join(
            OSFamily.WINDOWS,
            chrome_data,
            "Profile 1",
            "Extensions",
            "kmfhpldgkcoepgjnmgmbhbfmjbfcjmbe",
            "3.2.1_0",
            "manifest.json",
        ),
        "text": fx("browsers/extensions/manifest-coupon.json"),
    }

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
            *uninstall_entries(
                "composed/reg-uninstall-cafe-hklm.txt",
                "browsers/versions/reg-query-uninstall-wow64.txt",
                "composed/reg-uninstall-cafe-hkcu.txt",
            ),
            cmd(app_updates.WINGET_UPGRADE, composed("winget-upgrade-cafe.txt")),
            cmd(os_support.WINDOWS_PROBE, fx("os_support/windows_release_pro_23h2.json")),
            *windows_policy_search(),
            cmd(
                screen_lock.reg_value(safe_browsing.WINDOWS_EXPLORER_KEY, "SmartScreenEnabled"),
                fx("browsers/safebrowsing/windows/reg-explorer-smartscreen-off.txt"),
            ),
            cmd(
                disk_encryption.WINDOWS_PROBE,
                fx("disk_encryption/windows/probe-user-shell-off-laptop.json"),
            ),
            *windows_screen_lock(inactivity_limit=False),
            cmd(
                malware_protection.WINDOWS_PROBE,
                fx("malware_protection/windows/defender-out-of-date.json"),
            ),
            cmd(secure_boot.WINDOWS_PROBE, fx("secure_boot/windows/confirm-denied.json")),
            cmd(secure_boot.REG_SECURE_BOOT, fx("secure_boot/windows/reg-query-on.txt")),
            cmd(auto_login.WINDOWS_PROBE, fx("auto_login/winlogon_autologon.json")),
            *rdp("windows-reg-fdeny-1.txt", None),
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
            "PHI-001": "fail",
            "PHI-002": "warn",
            "UPD-004": "fail",
            "UPD-005": "warn",
            "UPD-006": "fail",
            "DEV-001": "fail",
            "DEV-002": "warn",
            "DEV-003": "warn",
            "DEV-004": "pass",
            "DEV-005": "fail",
            "DEV-006": "pass",
            "DEV-007": "pass",
        },
        processes=["tailscaled.exe", "explorer.exe"],
        files=[*chrome, added_by_a_program, its_manifest, *pw_files],
        http=[*browser_feeds(plat, "chrome", "edge"), endoflife("windows")],
        dirs=pw_dirs,
        keyring=("keyring.backends.Windows.WinVaultKeyring", 5.0),
        inventory=CAFE_ACCOUNTS,
        note="Windows 11 23H2 on open Wi-Fi; outputs from tests/fixtures (see PROVENANCE.md).",
    )


def windows_11_office() -> dict[str, Any]:
    """A managed office PC: up to date, updates wait for the user (policy), firewall on, the
    company's full-tunnel GlobalProtect VPN, WPA2 Wi-Fi; Windows 11 24H2 without location
    permission answers nothing about Wi-Fi. Enterprise edition (supported until October 2027),
    Edge current, nothing waiting in winget, Edge's SmartScreen set by policy; BitLocker on, the
    organisation's 15-minute inactivity limit locks the screen, Defender on and current, Secure
    Boot on, a password to sign in, Remote Desktop off by policy; no SSH keys."""
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
            *uninstall_entries(
                "composed/reg-uninstall-office-hklm.txt",
                "composed/reg-uninstall-office-wow64.txt",
                "composed/reg-search-none.txt",
            ),
            cmd(app_updates.WINGET_UPGRADE, fx("app_updates/winget_none.txt")),
            cmd(os_support.WINDOWS_PROBE, composed("windows-release-enterprise-24h2.json")),
            *windows_policy_search(
                hklm_smartscreen=fx("browsers/safebrowsing/windows/reg-hklm-edge-on.txt")
            ),
            cmd(
                screen_lock.reg_value(safe_browsing.WINDOWS_EXPLORER_KEY, "SmartScreenEnabled"),
                fx("browsers/safebrowsing/windows/reg-explorer-smartscreen-warn.txt"),
            ),
            cmd(
                disk_encryption.WINDOWS_PROBE,
                fx("disk_encryption/windows/probe-user-shell-on.json"),
            ),
            *windows_screen_lock(inactivity_limit=True),
            cmd(
                malware_protection.WINDOWS_PROBE,
                fx("malware_protection/windows/defender-normal.json"),
            ),
            cmd(secure_boot.WINDOWS_PROBE, fx("secure_boot/windows/confirm-denied.json")),
            cmd(secure_boot.REG_SECURE_BOOT, fx("secure_boot/windows/reg-query-on.txt")),
            cmd(auto_login.WINDOWS_PROBE, fx("auto_login/winlogon_off.json")),
            *rdp("windows-reg-fdeny-1.txt", "windows-reg-fdeny-policy-1.txt"),
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
            "PHI-001": "pass",
            "PHI-002": "pass",
            "UPD-004": "pass",
            "UPD-005": "pass",
            "UPD-006": "pass",
            "DEV-001": "pass",
            "DEV-002": "pass",
            "DEV-003": "pass",
            "DEV-004": "pass",
            "DEV-005": "pass",
            "DEV-006": "pass",
            "DEV-007": "pass",
        },
        processes=["pangps.exe"],
        http=[*browser_feeds(plat, "edge"), endoflife("windows")],
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
    """A MacBook on open café Wi-Fi, firewall off, updates waiting, idle utun0-3 (not a VPN).
    Chrome 120 (out of date), two App Store apps waiting, Safari's fraud warning as it ships;
    FileVault off on a laptop, no password after sleep or the screen saver, XProtect's data 75
    days old (the updates are waiting); a password to sign in, no SSH keys."""
    plat = platform("macos", "15.2")
    pw_dirs, pw_files = export_folders(plat, {})
    chrome_app = {
        "path": "/Applications/Google Chrome.app/Contents/Info.plist",
        "text": fx("browsers/versions/info-plist-chrome.xml"),
    }

    return snapshot(
        plat,
        [
            cmd(updates_pending.MACOS_PROBE, fx("updates/softwareupdate-kolide.txt")),
            cmd(auto_updates.MACOS_MANAGED_PROBE, stderr=fx("updates/plutil-missing.txt"), rc=1),
            cmd(auto_updates.MACOS_PREFS_PROBE, fx("updates/macos-softwareupdate-prefs.xml")),
            cmd(firewall.MAC_GLOBALSTATE, fx("firewall/macos/socketfilterfw-disabled.txt")),
            cmd(vpn.MAC_ROUTE_GET, fx("network/macos-route-get-default-en0.txt")),
            cmd(open_wifi.MAC_AIRPORT, fx("network/macos-system-profiler-open.txt")),
            cmd(app_updates.MAS_OUTDATED, fx("app_updates/mas_outdated.txt")),
            cmd(
                safe_browsing.SAFARI_READ,
                rc=1,
                stderr=fx("browsers/safebrowsing/macos/defaults-safari-pair-missing.txt"),
            ),
            cmd(disk_encryption.FDESETUP_STATUS, fx("disk_encryption/macos/fdesetup-off.txt")),
            cmd(disk_encryption.PMSET_BATTERY, fx("disk_encryption/macos/pmset-batt-macbook.txt")),
            cmd(
                screen_lock.SYSADMINCTL_SCREENLOCK,
                stderr=fx("screen_lock/macos/sysadminctl-off.stderr"),
            ),
            cmd(screen_lock.MAC_IDLE_TIME, "1200\n"),
            cmd(screen_lock.PMSET, fx("screen_lock/macos/pmset-g.txt")),
            cmd(malware_protection.SPCTL_STATUS, fx("malware_protection/macos/spctl-enabled.txt")),
            cmd(
                auto_login.MAC_PROBE,
                rc=1,
                stderr=fx("auto_login/mac_defaults_does_not_exist.txt"),
            ),
            *mac_remote_access_off(),
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
            "PHI-001": "pass",
            "PHI-002": "pass",
            "UPD-004": "fail",
            "UPD-005": "warn",
            "UPD-006": "pass",
            "DEV-001": "fail",
            "DEV-002": "fail",
            "DEV-003": "warn",
            "DEV-004": "skipped",
            "DEV-005": "pass",
            "DEV-006": "pass",
            "DEV-007": "pass",
        },
        interfaces=[interface("en0", "192.168.0.23", "fe80::1c2b%en0"), *_MAC_IDLE_UTUNS],
        files=[
            *chromium_profile(plat, "Chrome", "chromium-preferences-none.json"),
            *pw_files,
            chrome_app,
            xprotect(malware_protection.XPROTECT_PLISTS[1], 75),
        ],
        http=[*browser_feeds(plat, "chrome"), endoflife("macos")],
        dirs=pw_dirs,
        keyring=("keyring.backends.macOS.Keyring", 5.0),
        inventory=NO_ACCOUNTS,
        note="macOS 15 on open Wi-Fi; outputs from tests/fixtures (see PROVENANCE.md).",
    )


def macos_15_vpn() -> dict[str, Any]:
    """A managed Mac whose organization turned automatic checks off, firewall on, nothing to
    install, Tailscale exit node on utun4, WPA2 Wi-Fi with the SSID redacted (no location
    permission), up for three weeks. Only Safari (fraud warning on), Homebrew with nothing
    outdated; FileVault on, the password asked at once after the screen saver or display
    sleep, Gatekeeper on and XProtect updated last week; no automatic sign-in, an SSH key with a
    passphrase."""
    plat = platform("macos", "15.2")
    ssh_dir, ssh_files = ssh_folder(plat, {"id_ed25519": "ed25519_protected"})
    return snapshot(
        plat,
        [
            cmd(updates_pending.MACOS_PROBE, stderr=fx("updates/softwareupdate-none-kolide.txt")),
            cmd(auto_updates.MACOS_MANAGED_PROBE, fx("updates/macos-softwareupdate-managed.xml")),
            cmd(auto_updates.MACOS_PREFS_PROBE, fx("updates/macos-softwareupdate-prefs.xml")),
            cmd(firewall.MAC_GLOBALSTATE, fx("firewall/macos/socketfilterfw-kolide-data.txt")),
            cmd(firewall.MAC_STEALTH, "Firewall stealth mode is on\n"),
            cmd(vpn.MAC_ROUTE_GET, fx("network/macos-route-get-utun4.txt")),
            cmd(vpn.MAC_ROUTE_GET_SECOND, fx("network/macos-route-get-second-utun4.txt")),
            cmd(open_wifi.MAC_AIRPORT, fx("network/macos-system-profiler-wpa2-redacted.txt")),
            cmd(
                (app_updates.BREW_PATHS[0], *app_updates.BREW_ARGS),
                fx("app_updates/brew_none.json"),
            ),
            cmd(
                safe_browsing.SAFARI_READ, fx("browsers/safebrowsing/macos/defaults-safari-on.txt")
            ),
            cmd(disk_encryption.FDESETUP_STATUS, fx("disk_encryption/macos/fdesetup-on.txt")),
            cmd(
                screen_lock.SYSADMINCTL_SCREENLOCK,
                stderr=fx("screen_lock/macos/sysadminctl-immediate.stderr"),
            ),
            cmd(screen_lock.MAC_IDLE_TIME, rc=1, stderr=_IDLE_NEVER_SET),
            cmd(screen_lock.PMSET, fx("screen_lock/macos/pmset-g.txt")),
            cmd(malware_protection.SPCTL_STATUS, fx("malware_protection/macos/spctl-enabled.txt")),
            cmd(
                auto_login.MAC_PROBE,
                rc=1,
                stderr=fx("auto_login/mac_defaults_does_not_exist.txt"),
            ),
            *mac_remote_access_off(),
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
            "PHI-001": "pass",
            "PHI-002": "skipped",
            "UPD-004": "skipped",
            "UPD-005": "pass",
            "UPD-006": "pass",
            "DEV-001": "pass",
            "DEV-002": "pass",
            "DEV-003": "pass",
            "DEV-004": "skipped",
            "DEV-005": "pass",
            "DEV-006": "pass",
            "DEV-007": "pass",
        },
        files=[xprotect(malware_protection.XPROTECT_PLISTS[0], 6), *ssh_files],
        dirs=[ssh_dir],
        stats=[{"path": app_updates.BREW_PATHS[0], "mtime": NOW - 200 * DAY}],
        http=[endoflife("macos")],
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


def linux_disks(name: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """DEV-001 on Linux: `lsblk` and the mount table of tests/fixtures/disk_encryption/linux."""
    return (
        cmd(disk_encryption.LSBLK, fx(f"disk_encryption/linux/lsblk-{name}.json")),
        {
            "path": disk_encryption.PROC_MOUNTS,
            "text": fx(f"disk_encryption/linux/proc-mounts-{name}.txt"),
        },
    )


def ubuntu_22_04() -> dict[str, Any]:
    """Ubuntu 22.04 with security updates waiting on fresh lists, unattended-upgrades on, a
    kernel update asking for a restart, ufw on, OpenVPN full tunnel on open café Wi-Fi.
    Supported until April 2027; Firefox as the Snap, current; LVM on LUKS; GNOME locks after
    five minutes; ClamAV's daemon running with yesterday's signatures; Secure Boot on; GDM
    asks for the password; an SSH key with a passphrase; Bitwarden in Firefox."""
    lists = "/var/lib/apt/lists"
    release = "archive.ubuntu.com_ubuntu_dists_jammy-updates_InRelease"
    plat = platform(
        "linux",
        "22.04",
        distribution_id="ubuntu",
        distribution_like=["debian"],
        distribution_name="Ubuntu 22.04.4 LTS",
    )
    lsblk, mounts = linux_disks("ubuntu-lvm-on-luks")
    ssh_dir, ssh_files = ssh_folder(plat, {"id_ed25519": "ed25519_protected"})
    return snapshot(
        plat,
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
            lsblk,
            cmd(secure_boot.MOKUTIL_SB_STATE, fx("secure_boot/linux/mokutil-enabled.txt")),
            *gnome_screen_lock("ubuntu:GNOME", 300),
            cmd(malware_protection.CLAMSCAN_VERSION, composed("clamscan-version-fresh.txt")),
            cmd(remote_access.SS_LISTENING, composed("ss-ubuntu-desktop.txt")),
        ],
        {
            "MFA-001": "unknown",
            "MFA-002": "unknown",
            "MFA-003": "unknown",
            "MFA-004": "unknown",
            "PWD-001": "pass",
            "PWD-002": "unknown",
            "PWD-003": "unknown",
            "UPD-001": "fail",
            "UPD-002": "pass",
            "UPD-003": "fail",
            "NET-001": "pass",
            "NET-002": "pass",
            "NET-003": "pass",
            "PHI-001": "pass",
            "PHI-002": "pass",
            "UPD-004": "pass",
            "UPD-005": "skipped",
            "UPD-006": "pass",
            "DEV-001": "pass",
            "DEV-002": "pass",
            "DEV-003": "pass",
            "DEV-004": "pass",
            "DEV-005": "pass",
            "DEV-006": "pass",
            "DEV-007": "pass",
        },
        files=[
            {"path": firewall.UFW_CONF, "text": fx("firewall/linux/ufw.conf-enabled")},
            mounts,
            *gdm_sign_in("/etc/gdm3/custom.conf", unit=False),
            *ssh_files,
            {
                "path": "/snap/firefox/current/meta/snap.yaml",
                "text": composed("snap-firefox-current.yaml"),
            },
            *firefox_profile(
                f"{_home(plat)}/snap/firefox/common/.mozilla/firefox",
                "composed/firefox-extensions-bitwarden-ublock.json",
            ),
            {
                "path": malware_protection.FRESHCLAM_CONFS[0],
                "text": fx("malware_protection/linux/freshclam.conf"),
            },
            {"path": "/var/run/reboot-required", "text": "*** System restart required ***\n"},
            {
                "path": "/var/run/reboot-required.pkgs",
                "text": fx("restart/reboot-required.pkgs"),
            },
        ],
        dirs=[{"path": lists, "entries": [release, "lock", "partial"]}, ssh_dir],
        stats=[
            {"path": f"{lists}/{release}", "mtime": NOW - DAY},
            {"path": auto_updates.UNATTENDED_UPGRADE_BIN, "mtime": NOW - 100 * DAY},
            {"path": "/var/lib/clamav/daily.cld", "mtime": NOW - DAY},
        ],
        http=[*browser_feeds(plat, "firefox"), endoflife("ubuntu")],
        interfaces=_interfaces("linux-interfaces-tun0.json"),
        processes=["openvpn", "networkmanager", "clamd", "freshclam"],
        note="Ubuntu 22.04; outputs from tests/fixtures (see PROVENANCE.md).",
    )


def fedora_40() -> dict[str, Any]:
    """Fedora 40 with updates waiting (the security advisory on record is for a package that
    is not among them), dnf-automatic only downloading, firewalld running, no VPN at home on
    WPA2 Wi-Fi, a core library asking for a restart. Fedora 40's support ended in May 2025;
    its Firefox 126 is out of date; Btrfs on LUKS; GNOME locks after five minutes; no
    antivirus (common on Linux); Secure Boot off; GDM asks for the password; an SSH key
    without a passphrase (id_ed25519), and the SSH server as Fedora installs it (passwords
    allowed) listening on every address."""
    plat = platform(
        "linux",
        "40",
        distribution_id="fedora",
        distribution_name="Fedora Linux 40 (Workstation Edition)",
    )
    firefox = f"{_home(plat)}/.mozilla/firefox"
    pw_dirs, pw_files = export_folders(plat, {"Documents": [BITWARDEN_EXPORT]})
    lsblk, mounts = linux_disks("fedora-btrfs-luks")
    ssh_dir, ssh_files = ssh_folder(plat, {"id_ed25519": "ed25519_unprotected"})
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
            lsblk,
            cmd(secure_boot.MOKUTIL_SB_STATE, fx("secure_boot/linux/mokutil-disabled.txt")),
            *gnome_screen_lock("GNOME", 300),
            cmd(remote_access.SS_LISTENING, fx("remote_access/linux-ss-workstation.txt")),
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
            "PHI-001": "pass",
            "PHI-002": "unknown",
            "UPD-004": "fail",
            "UPD-005": "skipped",
            "UPD-006": "fail",
            "DEV-001": "pass",
            "DEV-002": "pass",
            "DEV-003": "warn",
            "DEV-004": "fail",
            "DEV-005": "pass",
            "DEV-006": "fail",
            "DEV-007": "fail",
        },
        files=[
            *pw_files,
            mounts,
            *gdm_sign_in("/etc/gdm/custom.conf", unit=True),
            *ssh_files,
            {"path": f"/{remote_access.SSHD_CONFIG}", "text": composed("sshd_config-fedora.txt")},
            {
                "path": "/etc/ssh/sshd_config.d/50-redhat.conf",
                "text": composed("sshd_config.d-50-redhat.conf"),
            },
            {
                "path": "/usr/lib64/firefox/application.ini",
                "text": fx("browsers/versions/application-firefox.ini"),
            },
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
        dirs=[*pw_dirs, ssh_dir, {"path": "/etc/ssh/sshd_config.d", "entries": ["50-redhat.conf"]}],
        http=[*browser_feeds(plat, "firefox"), endoflife("fedora")],
        interfaces=_interfaces("linux-interfaces-plain.json"),
        keyring=("keyring.backends.fail.Keyring", 0.0),
        note="Fedora 40; outputs from tests/fixtures (see PROVENANCE.md).",
    )


def arch() -> dict[str, Any]:
    """Arch Linux as a normal user: updates listed by checkupdates (no security flag on Arch),
    no automatic updates by design, a removed running kernel, no firewall service visible
    without root, Tailscale with an exit node, not on Wi-Fi. A rolling release (no end of
    support), Firefox current; the disk not encrypted; the sway desktop, whose screen lock the
    app cannot read; no antivirus; Secure Boot on; signed in on the console without a password
    (agetty --autologin, as the Arch wiki shows), then sway starts; an SSH key kept on a
    security key."""
    plat = platform("linux", "", distribution_id="arch", distribution_name="Arch Linux")
    lsblk, mounts = linux_disks("nvme-plain")
    ssh_dir, ssh_files = ssh_folder(plat, {"id_ed25519_sk": "sk_ed25519"})
    getty = f"/{auto_login.GETTY_DIRS[0]}"
    return snapshot(
        plat,
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
            cmd(
                ("firefox", "--version"),
                fx("browsers/versions/firefox-version.txt").replace("126.0", "156.0.1"),
            ),
            lsblk,
            cmd(screen_lock.DESKTOP_ENV, "sway\n"),
            cmd(remote_access.SS_LISTENING, composed("ss-arch-resolved.txt")),
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
            "PHI-001": "skipped",
            "PHI-002": "skipped",
            "UPD-004": "pass",
            "UPD-005": "skipped",
            "UPD-006": "skipped",
            "DEV-001": "fail",
            "DEV-002": "unknown",
            "DEV-003": "warn",
            "DEV-004": "pass",
            "DEV-005": "fail",
            "DEV-006": "pass",
            "DEV-007": "pass",
        },
        files=[
            mounts,
            {
                "path": secure_boot.SECURE_BOOT_VAR,
                "text": fx("secure_boot/linux/efivar-SecureBoot-on"),
            },
            {
                "path": f"{getty}/autologin.conf",
                "text": fx("auto_login/getty_autologin_override.conf"),
            },
            *ssh_files,
        ],
        dirs=[
            {"path": "/usr/lib/modules", "entries": ["6.12.4-arch1-1"]},
            {"path": secure_boot.FIRMWARE_DIR, "entries": ["acpi", "efi"]},
            {"path": getty, "entries": ["autologin.conf"]},
            {"path": f"/{auto_login.SYSTEMD_RUNNING}", "entries": ["multi-user.target.wants"]},
            ssh_dir,
        ],
        http=browser_feeds(plat, "firefox"),
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

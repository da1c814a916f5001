"""PWD-001: a password manager is installed, as an app or as a browser extension that is on.

A password manager is what makes strong, unique passwords possible: it remembers them, fills
them in only on the right site (which defeats most phishing) and can warn about reused or
breached ones.

What counts: a manager's desktop app (per OS, Flatpak and snap included on Linux), or its
extension *enabled* in any profile of Chrome, Edge, Brave, Chromium, Opera, Vivaldi or Firefox,
or of a fork (Arc, LibreWolf, Waterfox, Floorp, Zen), as `browser_profiles` finds them.
Extension IDs are matched exactly (tools that match substrings take look-alikes for managers).
GNOME Keyring, KWallet, the macOS Keychain and Apple's Passwords app are secret stores every
machine has: alone they do not count. Finding an app says it is installed, not that it is used.

An organisation can name the managers it uses (`CheckOptions.password_managers`, from its
policy): then only one of those passes; another manager is a warning that names the
organisation's, and none at all is the usual failure with the organisation's guide.

Browser profile names come from the browsers' own files, which are untrusted: a profile folder
is joined to a path only when it is a plain folder name (no separators, no `..`).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from hygiene_app.checks import _facts
from hygiene_app.checks._common import (
    ParseError,
    join,
    load_json,
    not_understood,
    parse_ps_json,
    powershell,
    ps_array,
    with_sentences,
)
from hygiene_app.checks.browser_profiles import (  # re-exported for extensions.py and tests
    LOCAL_STATE as LOCAL_STATE,
)
from hygiene_app.checks.browser_profiles import (
    BrowserFamily,
    BrowserLocation,
    BrowserProfile,
    Packaging,
    ProfileSurvey,
    survey_profiles,
)
from hygiene_app.checks.browser_profiles import (
    safe_folder_name as safe_folder_name,
)
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.i18n import N_, fmt, fmt_plural, joined
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
from hygiene_app.engine.probes import FileOutcome, FileRead

META = CheckMeta(
    id="PWD-001",
    title=N_("Password manager in use"),
    category=Category.PASSWORDS,
    platforms=ALL_OSES,
    weight=7,
    severity=Severity.HIGH,
    leaves_machine=N_(
        "Nothing: looks for password manager apps and for their extensions in your browser "
        "profiles' settings."
    ),
    timeout=20.0,
)

# ----- what counts as a password manager ----------------------------------------------------
# IDs from the stores, cross-checked (../shared/research/probes.md section 9b; KeePassXC's Edge
# ID from KeePassXC's own native-messaging allow-list). Exact strings, set membership only.

#: Chrome Web Store and Edge Add-ons IDs; any Chromium browser can install from either.
CHROMIUM_EXTENSIONS: Mapping[str, str] = {
    "nngceckbapebfimnlniiiahkandclblb": "Bitwarden",
    "jbkfoedolllekgbhcbcoahefnbanhhlh": "Bitwarden",
    "aeblfdkhhhdcdjpifhhbdiojplfjncoa": "1Password",
    "dppgmdbiimibapkepcbdbmkaabgiofem": "1Password",
    "aomjjhallfgjeglblehebfpbcfeobpgk": "1Password",
    "khgocmkkpikpnmmkgmdnfckapcdkgfaf": "1Password",
    "hdokiejnpimakedhajhdlcegeplioahd": "LastPass",
    "bbcinlkgjjkejfdpemiealijmmooekmp": "LastPass",
    "fdjamakpfbbddfjaooikfcpapjohcfmg": "Dashlane",
    "gehmmocbbkpblljhkekmfhjpfbkclbph": "Dashlane",
    "ghmbeldphafepmbegfdlkpapadhbakde": "Proton Pass",
    "eiaeiblijfjekdanodkjadfinkhbfgcd": "NordPass",
    "oboonakemofpalcgghocfoadofidjkkk": "KeePassXC",
    "pdffhmdngciaglkoonimfcmckehcpafo": "KeePassXC",
}

FIREFOX_EXTENSIONS: Mapping[str, str] = {
    "{446900e4-71c2-419f-a6a7-df9c091e268b}": "Bitwarden",
    "{d634138d-c276-4fc8-924b-40a0ea21d284}": "1Password",
    "{25fc87fa-4d31-4fee-b5c1-c32a7844c063}": "1Password",
    "support@lastpass.com": "LastPass",
    "jetpack-extension@dashlane.com": "Dashlane",
    "78272b6fa58f4a1abaac99321d503a20@proton.me": "Proton Pass",
    "nordpassStandalone@nordsecurity.com": "NordPass",
    "keepassxc-browser@keepassxc.org": "KeePassXC",
}

#: Linux: programs and install folders of desktop managers and command-line ones.
LINUX_APP_PATHS: tuple[tuple[str, str], ...] = (
    ("KeePassXC", "/usr/bin/keepassxc"),
    ("KeePassXC", "/usr/local/bin/keepassxc"),
    ("KeePass", "/usr/bin/keepass2"),
    ("Bitwarden", "/usr/bin/bitwarden"),
    ("Bitwarden", "/opt/Bitwarden"),
    ("1Password", "/usr/bin/1password"),
    ("1Password", "/opt/1Password"),
    ("Proton Pass", "/usr/bin/proton-pass"),
    ("Enpass", "/opt/enpass"),
    ("pass", "/usr/bin/pass"),
    ("gopass", "/usr/bin/gopass"),
    ("rbw (Bitwarden)", "/usr/bin/rbw"),
)
LINUX_SNAPS: tuple[tuple[str, str], ...] = (
    ("Bitwarden", "bitwarden"),
    ("KeePassXC", "keepassxc"),
    ("NordPass", "nordpass"),
    ("Enpass", "enpass"),
    ("1Password", "1password"),
)
SNAP_BIN = "/snap/bin"
#: Flathub application IDs (not Seahorse: it manages the keyring, it is not a manager).
LINUX_FLATPAKS: tuple[tuple[str, str], ...] = (
    ("KeePassXC", "org.keepassxc.KeePassXC"),
    ("Bitwarden", "com.bitwarden.desktop"),
    ("Proton Pass", "me.proton.Pass"),
    ("Secrets (KeePass)", "org.gnome.World.Secrets"),
)
FLATPAK_SYSTEM_APPS = "/var/lib/flatpak/app"
FLATPAK_USER_APPS = (".local", "share", "flatpak", "app")

#: macOS: app bundles in /Applications or ~/Applications (Passwords.app is on every Mac).
MACOS_APPS: tuple[tuple[str, str], ...] = (
    ("1Password", "1Password.app"),
    ("1Password", "1Password 7.app"),
    ("Bitwarden", "Bitwarden.app"),
    ("Dashlane", "Dashlane.app"),
    ("KeePassXC", "KeePassXC.app"),
    ("KeePassX", "KeePassX.app"),
    ("Proton Pass", "Proton Pass.app"),
    ("NordPass", "NordPass.app"),
    ("Enpass", "Enpass.app"),
    ("Strongbox", "Strongbox.app"),
    ("MacPass", "MacPass.app"),
    ("LastPass", "LastPass.app"),
    ("RoboForm", "RoboForm.app"),
)

#: Windows: per-user installs under %LOCALAPPDATA% (relative to it) and machine-wide ones.
WINDOWS_LOCAL_APPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("1Password", ("1Password", "app", "8", "1Password.exe")),
    ("Bitwarden", ("Programs", "Bitwarden", "Bitwarden.exe")),
)
WINDOWS_PROGRAM_FILES = ("C:\\Program Files", "C:\\Program Files (x86)")
WINDOWS_MACHINE_APPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("KeePass", ("KeePass Password Safe 2", "KeePass.exe")),
    ("KeePassXC", ("KeePassXC", "KeePassXC.exe")),
    ("Bitwarden", ("Bitwarden", "Bitwarden.exe")),
)

#: Running processes (lower-case names) that are password managers.
MANAGER_PROCESSES: Mapping[str, str] = {
    "1password": "1Password",
    "1password.exe": "1Password",
    "bitwarden": "Bitwarden",
    "bitwarden.exe": "Bitwarden",
    "keepassxc": "KeePassXC",
    "keepassxc.exe": "KeePassXC",
    "keepass.exe": "KeePass",
    "enpass": "Enpass",
    "enpass.exe": "Enpass",
    "nordpass": "NordPass",
    "nordpass.exe": "NordPass",
    "proton pass": "Proton Pass",
    "proton pass.exe": "Proton Pass",
}

#: Windows programs (Uninstall DisplayName) and Store packages (Appx Name) by manager. The
#: PowerShell probe pre-filters with MANAGER_NAMES_PS; these patterns decide.
WINDOWS_PROGRAM_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), name)
    for pattern, name in (
        (r"\b1password\b", "1Password"),
        (r"bitwarden", "Bitwarden"),
        (r"\bkeepassxc\b", "KeePassXC"),
        (r"\bkeepass\b", "KeePass"),
        (r"\bdashlane\b", "Dashlane"),
        (r"\bnordpass\b", "NordPass"),
        (r"\bproton ?pass\b", "Proton Pass"),
        (r"\bkeeper (password|desktop)|keepersecurity", "Keeper"),
        (r"\broboform\b", "RoboForm"),
        (r"\benpass\b", "Enpass"),
        (r"\blastpass\b", "LastPass"),
    )
)
MANAGER_NAMES_PS = (
    "1Password|Bitwarden|KeePass|Dashlane|NordPass|Proton ?Pass|Keeper|RoboForm|Enpass|LastPass"
)
WINDOWS_PROGRAMS_PROBE = powershell(
    f"$re='{MANAGER_NAMES_PS}';"
    "$k=@('HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\*',"
    "'HKLM:\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\*',"
    "'HKCU:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\*');"
    "$p=@(Get-ItemProperty -Path $k -ErrorAction SilentlyContinue | "
    "ForEach-Object { [string]$_.DisplayName } | Where-Object { $_ -match $re });"
    "try { $s=@(Get-AppxPackage -ErrorAction SilentlyContinue | "
    "ForEach-Object { [string]$_.Name } | Where-Object { $_ -match $re }) } catch { $s=@() };"
    "[pscustomobject]@{Programs=$p;Store=$s} | ConvertTo-Json -Compress"
)

# ----- browsers -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Browser:
    """A user-data folder with the name this check's evidence has always given it (folders not
    listed here are named by `browser_name`)."""

    name: str
    #: The "User Data" folder (Chromium) or the folder holding profiles.ini (Firefox), as
    #: parts below the home folder.
    parts: tuple[str, ...]


_WIN_LOCAL = ("AppData", "Local")
_MAC_SUPPORT = ("Library", "Application Support")

CHROMIUM_BROWSERS: Mapping[OSFamily, tuple[Browser, ...]] = {
    OSFamily.LINUX: (
        Browser("Chrome", (".config", "google-chrome")),
        Browser("Chrome Beta", (".config", "google-chrome-beta")),
        Browser("Chrome Dev", (".config", "google-chrome-unstable")),
        Browser("Chromium", (".config", "chromium")),
        Browser("Edge", (".config", "microsoft-edge")),
        Browser("Edge Beta", (".config", "microsoft-edge-beta")),
        Browser("Edge Dev", (".config", "microsoft-edge-dev")),
        Browser("Brave", (".config", "BraveSoftware", "Brave-Browser")),
        Browser("Vivaldi", (".config", "vivaldi")),
        Browser(
            "Chrome (Flatpak)", (".var", "app", "com.google.Chrome", "config", "google-chrome")
        ),
        Browser(
            "Chromium (Flatpak)", (".var", "app", "org.chromium.Chromium", "config", "chromium")
        ),
        Browser(
            "Edge (Flatpak)", (".var", "app", "com.microsoft.Edge", "config", "microsoft-edge")
        ),
        Browser(
            "Brave (Flatpak)",
            (".var", "app", "com.brave.Browser", "config", "BraveSoftware", "Brave-Browser"),
        ),
        Browser("Chromium (snap)", ("snap", "chromium", "common", "chromium")),
        Browser(
            "Brave (snap)",
            ("snap", "brave", "current", ".config", "BraveSoftware", "Brave-Browser"),
        ),
    ),
    OSFamily.WINDOWS: (
        Browser("Chrome", (*_WIN_LOCAL, "Google", "Chrome", "User Data")),
        Browser("Chrome Beta", (*_WIN_LOCAL, "Google", "Chrome Beta", "User Data")),
        Browser("Chrome Dev", (*_WIN_LOCAL, "Google", "Chrome Dev", "User Data")),
        Browser("Chrome Canary", (*_WIN_LOCAL, "Google", "Chrome SxS", "User Data")),
        Browser("Chromium", (*_WIN_LOCAL, "Chromium", "User Data")),
        Browser("Edge", (*_WIN_LOCAL, "Microsoft", "Edge", "User Data")),
        Browser("Edge Beta", (*_WIN_LOCAL, "Microsoft", "Edge Beta", "User Data")),
        Browser("Edge Dev", (*_WIN_LOCAL, "Microsoft", "Edge Dev", "User Data")),
        Browser("Edge Canary", (*_WIN_LOCAL, "Microsoft", "Edge SxS", "User Data")),
        Browser("Brave", (*_WIN_LOCAL, "BraveSoftware", "Brave-Browser", "User Data")),
        Browser("Vivaldi", (*_WIN_LOCAL, "Vivaldi", "User Data")),
    ),
    OSFamily.MACOS: (
        Browser("Chrome", (*_MAC_SUPPORT, "Google", "Chrome")),
        Browser("Chrome Beta", (*_MAC_SUPPORT, "Google", "Chrome Beta")),
        Browser("Chrome Canary", (*_MAC_SUPPORT, "Google", "Chrome Canary")),
        Browser("Chromium", (*_MAC_SUPPORT, "Chromium")),
        Browser("Edge", (*_MAC_SUPPORT, "Microsoft Edge")),
        Browser("Edge Beta", (*_MAC_SUPPORT, "Microsoft Edge Beta")),
        Browser("Edge Dev", (*_MAC_SUPPORT, "Microsoft Edge Dev")),
        Browser("Edge Canary", (*_MAC_SUPPORT, "Microsoft Edge Canary")),
        Browser("Brave", (*_MAC_SUPPORT, "BraveSoftware", "Brave-Browser")),
        Browser("Vivaldi", (*_MAC_SUPPORT, "Vivaldi")),
    ),
}

FIREFOX_BROWSERS: Mapping[OSFamily, tuple[Browser, ...]] = {
    OSFamily.LINUX: (
        Browser("Firefox", (".mozilla", "firefox")),
        Browser("Firefox", (".config", "mozilla", "firefox")),
        Browser("Firefox (snap)", ("snap", "firefox", "common", ".mozilla", "firefox")),
        Browser("Firefox (Flatpak)", (".var", "app", "org.mozilla.firefox", ".mozilla", "firefox")),
        Browser(
            "Firefox (Flatpak)",
            (".var", "app", "org.mozilla.firefox", "config", "mozilla", "firefox"),
        ),
    ),
    OSFamily.WINDOWS: (
        Browser("Firefox", ("AppData", "Roaming", "Mozilla", "Firefox")),
        # Firefox from the Microsoft Store (MSIX) writes a new profile into its package's own
        # copy of AppData\Roaming.
        Browser(
            "Firefox (Microsoft Store)",
            (
                *_WIN_LOCAL,
                "Packages",
                "Mozilla.Firefox_n80bbvh6b1yt2",
                "LocalCache",
                "Roaming",
                "Mozilla",
                "Firefox",
            ),
        ),
    ),
    OSFamily.MACOS: (Browser("Firefox", (*_MAC_SUPPORT, "Firefox")),),
}

PREFERENCES = "Preferences"
SECURE_PREFERENCES = "Secure Preferences"
EXTENSIONS_JSON = "extensions.json"


# ----- parsers (pure) -----------------------------------------------------------------------


def parse_extension_settings(text: str) -> dict[str, Mapping[str, Any]] | None:
    """`extensions.settings` of a Chromium `Preferences` or `Secure Preferences` file: ID ->
    entry. None when the file holds no such section; ParseError when it is not a JSON object."""
    doc = load_json(text)
    if not isinstance(doc, dict):
        raise ParseError("not a JSON object")
    extensions = doc.get("extensions")
    settings = extensions.get("settings") if isinstance(extensions, dict) else None
    if not isinstance(settings, dict):
        return None
    return {str(k): v for k, v in settings.items() if isinstance(v, dict)}


def _is_number(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def chromium_extension_enabled(entry: Mapping[str, Any]) -> bool:
    """Installed and on. Current Chromium keeps `disable_reasons` as a list (empty: enabled);
    older builds kept `state` (1: enabled) and an integer bitmask. An entry with neither a
    `path` nor a `location` is a leftover setting, not an installed extension."""
    if not any(key in entry for key in ("path", "location", "manifest")):
        return False
    state = entry.get("state")
    if state is not None and not (_is_number(state) and state == 1):
        return False
    reasons = entry.get("disable_reasons")
    if isinstance(reasons, list):
        return not reasons
    if _is_number(reasons):
        return reasons == 0
    if reasons is not None:
        return False
    return entry.get("blacklist") is not True


def merge_extension_settings(
    *sources: Mapping[str, Mapping[str, Any]] | None,
) -> dict[str, dict[str, Any]]:
    """`Preferences` and `Secure Preferences` each hold part of an extension's entry (which
    part depends on the OS): merge them key by key, later sources winning."""
    merged: dict[str, dict[str, Any]] = {}
    for source in sources:
        for ext_id, entry in (source or {}).items():
            merged.setdefault(ext_id, {}).update(entry)
    return merged


def chromium_managers(settings: Mapping[str, Mapping[str, Any]]) -> tuple[str, ...]:
    """The password managers among the enabled extensions, by exact ID."""
    found = {
        CHROMIUM_EXTENSIONS[ext_id]
        for ext_id, entry in settings.items()
        if ext_id in CHROMIUM_EXTENSIONS and chromium_extension_enabled(entry)
    }
    return tuple(sorted(found))


#: extensions.json's `type` of an add-on that is an extension: "webextension" in profiles last
#: written by Firefox 57 to 60 (ESR 60 is still about), "extension" since.
_FIREFOX_EXTENSION_TYPES = frozenset({"extension", "webextension"})


def firefox_managers(text: str) -> tuple[str, ...]:
    """The password managers among the active add-ons in a Firefox profile's extensions.json."""
    doc = load_json(text)
    addons = doc.get("addons") if isinstance(doc, dict) else None
    if not isinstance(addons, list):
        raise ParseError("no add-on list")
    found = {
        FIREFOX_EXTENSIONS[addon["id"]]
        for addon in addons
        if isinstance(addon, dict)
        and isinstance(addon.get("id"), str)
        and addon["id"] in FIREFOX_EXTENSIONS
        and addon.get("active") is True
        and addon.get("type", "extension") in _FIREFOX_EXTENSION_TYPES
    }
    return tuple(sorted(found))


def parse_windows_programs(text: str) -> tuple[str, ...]:
    """The managers among the installed programs and Store packages our PowerShell probe
    printed (names it already filtered)."""
    items = parse_ps_json(text)
    if len(items) != 1:
        raise ParseError("expected one object")
    names: list[str] = []
    for key in ("Programs", "Store"):
        # One name bare, several as an array, or Windows PowerShell 5.1's {"value": [...]}.
        raw = items[0].get(key)
        value = ps_array(raw)
        if value is None:
            continue
        if not isinstance(raw, str | list) and value == [raw]:
            raise ParseError(f"{key} is not a list of names")
        names.extend(v for v in value if isinstance(v, str))
    return tuple(
        sorted({m for n in names for pattern, m in WINDOWS_PROGRAM_PATTERNS if pattern.search(n)})
    )


# ----- probes -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FoundApp:
    manager: str
    where: str


@dataclass(frozen=True, slots=True)
class FoundExtension:
    manager: str
    browser: str
    profile: str


@dataclass
class Survey:
    apps: list[FoundApp] = field(default_factory=list)
    extensions: list[FoundExtension] = field(default_factory=list)
    #: "Chrome/Default", "Firefox/abcd1234.default-release": profiles whose extensions we read.
    profiles_read: list[str] = field(default_factory=list)
    profiles_unreadable: list[str] = field(default_factory=list)
    #: "Opera/Default": profiles read, with no manager we know, in a browser whose own add-on
    #: store gives managers IDs we do not know (OWN_STORE_BROWSERS): they cannot show "none".
    profiles_undecidable: list[str] = field(default_factory=list)
    #: Why the Windows installed-programs probe gave no answer, when it was needed and failed.
    programs_unknown: str = ""

    @property
    def managers(self) -> tuple[str, ...]:
        names = [a.manager for a in self.apps] + [e.manager for e in self.extensions]
        return tuple(dict.fromkeys(names))


def _exists(ctx: ProbeContext, path: str) -> bool:
    return ctx.files.mtime(path) is not None


def find_apps(ctx: ProbeContext) -> list[FoundApp]:
    os_family = ctx.platform.os
    home = ctx.platform.home
    candidates: list[tuple[str, str]] = []
    if os_family is OSFamily.LINUX:
        candidates += LINUX_APP_PATHS
        candidates += [(name, posixpath.join(SNAP_BIN, snap)) for name, snap in LINUX_SNAPS]
        for root in (FLATPAK_SYSTEM_APPS, posixpath.join(home, *FLATPAK_USER_APPS)):
            candidates += [(name, posixpath.join(root, app_id)) for name, app_id in LINUX_FLATPAKS]
    elif os_family is OSFamily.MACOS:
        for root in ("/Applications", posixpath.join(home, "Applications")):
            candidates += [(name, posixpath.join(root, bundle)) for name, bundle in MACOS_APPS]
    else:
        local = join(os_family, home, *_WIN_LOCAL)
        candidates += [(name, join(os_family, local, *rel)) for name, rel in WINDOWS_LOCAL_APPS]
        for root in WINDOWS_PROGRAM_FILES:
            candidates += [
                (name, join(os_family, root, *rel)) for name, rel in WINDOWS_MACHINE_APPS
            ]
    found = [FoundApp(name, path) for name, path in candidates if _exists(ctx, path)]
    running = ctx.system.process_names()
    found += [
        FoundApp(MANAGER_PROCESSES[p], N_("running"))
        for p in sorted(running & MANAGER_PROCESSES.keys())
    ]
    return found


def _read_json_settings(
    read: FileRead,
) -> tuple[bool, dict[str, Mapping[str, Any]] | None]:
    """(parsed, extension settings) of one Chromium preferences file."""
    if not read.ok:
        return False, None
    try:
        return True, parse_extension_settings(read.text)
    except ParseError:
        return False, None


#: Chromium browsers whose own add-on store (addons.opera.com) gives a manager another ID than
#: the Chrome Web Store and Edge Add-ons: their profiles can show a manager we know, never the
#: absence of one.
OWN_STORE_BROWSERS = frozenset({"opera"})


def browser_name(ctx: ProbeContext, location: BrowserLocation) -> str:
    """The browser's name in this check's evidence ("Chrome", "Brave (Flatpak)", "Firefox
    (Microsoft Store)"): the name given in CHROMIUM_BROWSERS/FIREFOX_BROWSERS for that folder,
    else the browser's own with its packaging ("Opera GX", "Vivaldi (snap)", "LibreWolf")."""
    os_family = ctx.platform.os
    parts = location.parts
    for browser in (*CHROMIUM_BROWSERS[os_family], *FIREFOX_BROWSERS[os_family]):
        if browser.parts == parts:
            return browser.name
    name = location.name.removeprefix("Google ").removeprefix("Microsoft ")
    if location.packaging is Packaging.FLATPAK:
        return f"{name} (Flatpak)"
    if location.packaging is Packaging.SNAP:
        return f"{name} (snap)"
    return name


def _folder_name(profile: BrowserProfile) -> str:
    """The profile's folder name ("Default" for Opera's first profile, which is its user-data
    folder itself): never the display name a person gave it."""
    if profile.path == profile.user_data_dir:
        return "Default"
    return (_path_parts(profile.path) or [profile.path])[-1]


def _names_by_folder(ctx: ProbeContext, found: ProfileSurvey) -> dict[str, str]:
    return {f.user_data_dir: browser_name(ctx, f.location) for f in found.folders}


def survey_chromium(ctx: ProbeContext, survey: Survey, found: ProfileSurvey) -> None:
    """The managers switched on in every Chromium-family profile `found` lists."""
    os_family = ctx.platform.os
    names = _names_by_folder(ctx, found)
    for folder in found.unreadable:
        if folder.location.family is BrowserFamily.CHROMIUM:
            survey.profiles_unreadable.append(names[folder.user_data_dir])
    for profile in found.profiles:
        if profile.family is not BrowserFamily.CHROMIUM:
            continue
        browser, name = names[profile.user_data_dir], _folder_name(profile)
        label = f"{browser}/{name}"
        prefs = ctx.files.read_text(join(os_family, profile.path, PREFERENCES))
        secure = ctx.files.read_text(join(os_family, profile.path, SECURE_PREFERENCES))
        if prefs.outcome is FileOutcome.MISSING and secure.outcome is FileOutcome.MISSING:
            continue  # listed but gone, or never opened
        prefs_ok, prefs_settings = _read_json_settings(prefs)
        secure_ok, secure_settings = _read_json_settings(secure)
        if not (prefs_ok or (secure_ok and secure_settings is not None)):
            survey.profiles_unreadable.append(label)
            continue
        settings = merge_extension_settings(prefs_settings, secure_settings)
        managers = chromium_managers(settings)
        survey.extensions += [FoundExtension(m, browser, name) for m in managers]
        if not managers and profile.browser in OWN_STORE_BROWSERS:
            # A manager from the browser's own store has an ID not listed here.
            survey.profiles_undecidable.append(label)
            continue
        halves = ((prefs, prefs_ok), (secure, secure_ok))
        if any(not ok and read.outcome is not FileOutcome.MISSING for read, ok in halves):
            # Each file holds part of the extensions' entries (on Windows and macOS most of
            # them are in Secure Preferences): a manager the read half shows still counts,
            # but with the other half unread "none here" cannot be said.
            survey.profiles_unreadable.append(label)
        else:
            survey.profiles_read.append(label)


def _path_parts(path: str) -> list[str]:
    return [p for p in re.split(r"[/\\]", path) if p]


def survey_firefox(ctx: ProbeContext, survey: Survey, found: ProfileSurvey) -> None:
    """The managers active in every Firefox-family profile `found` lists."""
    os_family = ctx.platform.os
    names = _names_by_folder(ctx, found)
    for folder in found.unreadable:
        if folder.location.family is BrowserFamily.FIREFOX:
            survey.profiles_unreadable.append(names[folder.user_data_dir])
    for profile in found.profiles:
        if profile.family is not BrowserFamily.FIREFOX:
            continue
        browser, name = names[profile.user_data_dir], _folder_name(profile)
        label = f"{browser}/{name}"
        read = ctx.files.read_text(join(os_family, profile.path, EXTENSIONS_JSON))
        if read.outcome is FileOutcome.MISSING:
            if _exists(ctx, profile.path):
                survey.profiles_read.append(label)  # never started: no add-ons yet
            continue
        try:
            managers = firefox_managers(read.text) if read.ok else None
        except ParseError:
            managers = None
        if managers is None:
            survey.profiles_unreadable.append(label)
            continue
        survey.profiles_read.append(label)
        survey.extensions += [FoundExtension(m, browser, name) for m in managers]


def windows_programs(ctx: ProbeContext, survey: Survey) -> None:
    result = ctx.run(WINDOWS_PROGRAMS_PROBE, timeout=12)
    if not result.ran or result.returncode != 0:
        survey.programs_unknown = result.why_not()
        return
    try:
        managers = parse_windows_programs(result.stdout)
    except ParseError as exc:
        survey.programs_unknown = not_understood("PowerShell", exc)
        return
    survey.apps += [FoundApp(m, N_("installed programs")) for m in managers]


def survey_machine(ctx: ProbeContext) -> Survey:
    survey = Survey(apps=find_apps(ctx))
    # Forks too: this check reads only the profiles' own extension lists, which they keep as
    # their family does, with the same add-on IDs.
    found = survey_profiles(ctx, forks=True)
    survey_chromium(ctx, survey, found)
    survey_firefox(ctx, survey, found)
    if ctx.platform.os is OSFamily.WINDOWS and not survey.managers:
        # Installers that pick their own folder, and Store apps: only the registry knows.
        windows_programs(ctx, survey)
    return survey


# ----- the check ----------------------------------------------------------------------------

_CHOOSE = FixStep(
    N_(
        "Choose a password manager. Bitwarden (free, every device), KeePassXC (free, keeps "
        "everything on your computer), Proton Pass and 1Password (paid) are well reviewed."
    )
)
_MASTER = FixStep(
    N_(
        "Create your vault with a master password you can remember but nobody can guess: four "
        "or five random words. Write it down and keep the paper at home, somewhere safe."
    )
)
_MOVE = FixStep(
    N_(
        "Move the passwords your browser saved: in Chrome, Edge or Brave open Settings > "
        "Passwords (Password Manager) > Settings > Export passwords; in Firefox open "
        "about:logins, then the '...' menu > Export passwords. Import the file into the "
        "manager (it has an Import menu), then delete the file and empty the bin."
    )
)
_EXTENSION = FixStep(
    N_(
        "Add the manager's browser extension in every browser and profile you use, and check "
        "it is switched on (chrome://extensions, edge://extensions or about:addons). Then turn "
        "off the browser's own offer to save passwords."
    )
)
_AGAIN = FixStep(N_("Run this check again."))

FIX_PASSWORD_MANAGER = FixGuide(
    title=N_("Start using a password manager"),
    why=N_(
        "A password manager remembers a different strong password for every site, so one "
        "leaked password opens nothing else. It also fills passwords in only on the real site, "
        "which stops most fake login pages."
    ),
    steps={
        OSFamily.LINUX: (
            _CHOOSE,
            FixStep(
                N_(
                    "Install it from your software centre (Flathub has Bitwarden, KeePassXC and "
                    "Proton Pass), or in a terminal, for example:"
                ),
                command="flatpak install flathub com.bitwarden.desktop",
            ),
            _MASTER,
            _MOVE,
            _EXTENSION,
            _AGAIN,
        ),
        OSFamily.WINDOWS: (
            _CHOOSE,
            FixStep(
                N_(
                    "Install it from the Microsoft Store or the maker's website, or in a "
                    "terminal, for example:"
                ),
                command="winget install Bitwarden.Bitwarden",
            ),
            _MASTER,
            _MOVE,
            _EXTENSION,
            _AGAIN,
        ),
        OSFamily.MACOS: (
            _CHOOSE,
            FixStep(N_("Install it from the App Store or the maker's website.")),
            _MASTER,
            _MOVE,
            _EXTENSION,
            _AGAIN,
        ),
    },
    verify_check=META.id,
)


FIX_ORGANISATION_MANAGER = FixGuide(
    title=N_("Use your organisation's password manager"),
    why=N_(
        "Your organisation uses one password manager for everybody, so that it can help you "
        "with it, share what needs sharing and recover access when you are locked out."
    ),
    steps={
        os_family: (
            FixStep(
                N_(
                    "Install the password manager your organisation uses (named in this "
                    "finding); ask your IT contact for an invitation or an account if it needs "
                    "one."
                )
            ),
            _MOVE,
            _EXTENSION,
            _AGAIN,
        )
        for os_family in OSFamily
    },
    verify_check=META.id,
)


class PasswordManagerCheck:
    meta = META

    def run(self, ctx: ProbeContext) -> Finding:
        finding = evaluate(survey_machine(ctx), ctx.options.password_managers)
        return with_sentences(_facts.with_facts(finding, facts))


def _key(name: str) -> str:
    """A manager's name as compared: letters and digits only, any case ("Proton Pass",
    "proton-pass" and "proton_pass" are one)."""
    return "".join(c for c in name.casefold() if c.isalnum())


def _names(manager: str) -> set[str]:
    """The names a found manager answers to: "rbw (Bitwarden)" is also "rbw" and "Bitwarden"."""
    names = {_key(manager)}
    inner = re.fullmatch(r"(.+?)\s*\((.+)\)", manager)
    if inner:
        names.update((_key(inner.group(1)), _key(inner.group(2))))
    return names


def allowed_managers(found: Iterable[str], allowed: Iterable[str]) -> tuple[str, ...]:
    """The found managers that are among the organisation's `allowed` (names or ids, any case,
    spaces and dashes ignored)."""
    wanted = {_key(name) for name in allowed} - {""}
    return tuple(m for m in found if _names(m) & wanted)


def _profile_words(profile: str) -> str:
    """ "Chrome/Profile 1" as "Chrome (Profile 1)"."""
    browser, _, name = profile.partition("/")
    return fmt(N_("{browser} ({profile})"), browser=browser, profile=name) if name else browser


def facts(finding: Finding) -> tuple[Fact, ...]:
    """Which password managers were found, and where the check looked."""
    ev = finding.evidence
    managers = _facts.texts(ev, "managers")
    apps = [
        m
        for a in _facts.items(ev, "apps")
        if isinstance(a, Mapping) and (m := _facts.text(a, "manager"))
    ]
    extensions = [
        fmt(N_("{manager} in {browser}"), manager=m, browser=b)
        for e in _facts.items(ev, "extensions")
        if isinstance(e, Mapping)
        and (m := _facts.text(e, "manager"))
        and (b := _facts.text(e, "browser"))
    ]
    # Profiles that can show a manager but not its absence (Opera) were looked at too.
    looked_at = [
        *_facts.texts(ev, "browser_profiles_read"),
        *_facts.texts(ev, "browser_profiles_undecidable"),
    ]
    read = [_profile_words(p) for p in looked_at]
    unreadable = [_profile_words(p) for p in _facts.texts(ev, "browser_profiles_unreadable")]
    found: list[Fact] = []
    if managers:
        found.append(Fact(N_("Password manager"), _facts.listed(managers)))
    elif finding.status.is_problem:
        found.append(Fact(N_("Password manager"), N_("none found")))
    found.append(Fact(N_("Installed as an app"), _facts.listed(list(dict.fromkeys(apps)))))
    found.append(
        Fact(N_("Switched on in a browser"), _facts.listed(list(dict.fromkeys(extensions))))
    )
    found.append(Fact(N_("Browser profiles looked at"), _facts.listed(read)))
    found.append(Fact(N_("Browser profiles that could not be read"), _facts.listed(unreadable)))
    return tuple(found)


def _where(survey: Survey) -> list[str]:
    lines: list[str] = [
        fmt(N_("{manager}: {where}"), manager=a.manager, where=a.where) for a in survey.apps
    ]
    lines += [
        fmt(
            N_("{manager}: extension on in {browser} ({profile})"),
            manager=e.manager,
            browser=e.browser,
            profile=e.profile,
        )
        for e in survey.extensions
    ]
    return lines


def evaluate(survey: Survey, allowed: tuple[str, ...] = ()) -> Finding:
    """The verdict; `allowed`: the organisation's managers (empty: any manager will do)."""
    finding = _evaluate(survey)
    if not allowed:
        return finding
    evidence: dict[str, JsonValue] = {**finding.evidence, "organisation_managers": list(allowed)}
    theirs = ", ".join(allowed)
    if finding.status is Status.PASS:
        if allowed_managers(survey.managers, allowed):
            return replace(finding, evidence=evidence)
        if survey.profiles_unreadable or survey.profiles_undecidable or survey.programs_unknown:
            # The organisation's manager may be in what could not be read.
            return Finding(
                Status.UNKNOWN,
                N_("Could not tell whether your organisation's password manager is in use"),
                reason=fmt(
                    N_("{found} was found, and not everything could be looked at"),
                    found=", ".join(survey.managers),
                ),
                evidence=evidence,
            )
        return Finding(
            Status.WARN,
            fmt(
                N_("Password manager found: {names}; your organisation uses {theirs}"),
                names=", ".join(survey.managers),
                theirs=theirs,
            ),
            Severity.MEDIUM,
            detail=fmt(
                N_("Your organisation asks you to keep your passwords in {theirs}."),
                theirs=theirs,
            ),
            evidence=evidence,
            fix=FIX_ORGANISATION_MANAGER,
        )
    if finding.status is Status.FAIL:
        return replace(
            finding,
            detail=joined(
                finding.detail,
                fmt(N_("Your organisation uses {theirs}."), theirs=theirs),
            ),
            evidence=evidence,
            fix=FIX_ORGANISATION_MANAGER,
        )
    return replace(finding, evidence=evidence)


def _evaluate(survey: Survey) -> Finding:
    """The app's own verdict: any password manager will do."""
    evidence: dict[str, JsonValue] = {
        "managers": list(survey.managers),
        "apps": [{"manager": a.manager, "where": a.where} for a in survey.apps],
        "extensions": [
            {"manager": e.manager, "browser": e.browser, "profile": e.profile}
            for e in survey.extensions
        ],
        "browser_profiles_read": list(survey.profiles_read),
        "browser_profiles_unreadable": list(survey.profiles_unreadable),
    }
    if survey.profiles_undecidable:
        evidence["browser_profiles_undecidable"] = list(survey.profiles_undecidable)
    if survey.programs_unknown:
        evidence["installed_programs"] = survey.programs_unknown
    if survey.managers:
        return Finding(
            Status.PASS,
            fmt(N_("Password manager found: {names}"), names=", ".join(survey.managers)),
            detail=joined(*_where(survey), sep="\n"),
            evidence=evidence,
        )
    if survey.profiles_unreadable:
        return Finding(
            Status.UNKNOWN,
            N_("Could not tell whether a password manager is in use"),
            reason=fmt(
                N_("the extensions of {profiles} cannot be read"),
                profiles=", ".join(survey.profiles_unreadable),
            ),
            evidence=evidence,
        )
    if survey.programs_unknown:
        return Finding(
            Status.UNKNOWN,
            N_("Could not tell whether a password manager is in use"),
            reason=fmt(
                N_("the installed programs cannot be listed: {why}"), why=survey.programs_unknown
            ),
            evidence=evidence,
        )
    if survey.profiles_undecidable:
        # Another profile without a manager proves nothing while this one may hold one.
        return Finding(
            Status.UNKNOWN,
            N_("Could not tell whether a password manager is in use"),
            reason=fmt(
                N_(
                    "a password manager added from Opera's own add-on store cannot be "
                    "recognised, and {profiles} may have one"
                ),
                profiles=", ".join(survey.profiles_undecidable),
            ),
            evidence=evidence,
        )
    if not survey.profiles_read:
        return Finding(
            Status.UNKNOWN,
            N_("Could not tell whether a password manager is in use"),
            reason=N_(
                "no password manager app is installed and no Chrome, Edge, Brave or Firefox "
                "profile was found to look for an extension in"
            ),
            evidence=evidence,
        )
    count = len(survey.profiles_read)
    return Finding(
        Status.FAIL,
        N_("No password manager found"),
        Severity.HIGH,
        detail=fmt_plural(
            "No password manager app is installed, and the browser profile looked at "
            "({profiles}) has no password manager extension switched on.",
            "No password manager app is installed, and none of the {count} browser profiles "
            "looked at ({profiles}) has a password manager extension switched on.",
            count,
            count=count,
            profiles=", ".join(survey.profiles_read[:8]),
        ),
        evidence=evidence,
        fix=FIX_PASSWORD_MANAGER,
    )

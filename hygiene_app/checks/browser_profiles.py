"""Every profile of every browser on this machine, found by reading the browsers' own lists.

Several checks look inside browser profiles (Safe Browsing, extensions, password managers), and
a profile the user works in is often not `Default`: Chromium browsers keep `Profile 1`,
`Profile 2`... (listed in `Local State` `profile.info_cache`), Firefox keeps whatever
`profiles.ini` names, relative or absolute. Missing one of them is how a check says "fine" about
the profile that is not. So the list is made here, once, per OS and packaging (native, Flatpak,
Snap, per-user installs), and read only through `ctx.files` (list_dir/read_text): never a write,
never a lock, so a running browser is fine and a snapshot replays it.

Folder names come from the browsers' files, which are untrusted: a Chromium profile folder is
joined only when it is one plain folder name, and a Firefox path may not contain `..`.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from hygiene_app.checks._common import ParseError, join, load_json
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.i18n import N_, Text, and_joined, as_text, fmt, fmt_plural
from hygiene_app.engine.model import OSFamily
from hygiene_app.engine.probes import FileOutcome


class BrowserFamily(enum.StrEnum):
    CHROMIUM = "chromium"
    FIREFOX = "firefox"


class Packaging(enum.StrEnum):
    NATIVE = "native"
    FLATPAK = "flatpak"
    SNAP = "snap"


@dataclass(frozen=True, slots=True)
class BrowserProfile:
    #: Stable key: "chrome", "chromium", "edge", "brave", "opera", "vivaldi", "firefox"; for
    #: the forks (FORK_LOCATIONS) "arc", "librewolf", "waterfox", "floorp", "zen".
    browser: str
    #: The browser's name for people, marked for translation (N_("Google Chrome")).
    name: str
    family: BrowserFamily
    #: "native" | "flatpak" | "snap".
    packaging: str
    #: Chromium "User Data" folder, or the Firefox folder holding profiles.ini.
    user_data_dir: str
    #: The profile folder itself.
    path: str
    #: The profile's own display name when the browser stores one, else its folder name.
    label: str


@dataclass(frozen=True, slots=True)
class BrowserLocation:
    """Where one browser (one channel, one packaging) keeps its user data, below the home."""

    browser: str
    name: str
    family: BrowserFamily
    packaging: Packaging
    parts: tuple[str, ...]
    #: Opera keeps its first profile in the user-data folder itself (and others in
    #: `_side_profiles`), not in `Default`.
    root_is_profile: bool = False


@dataclass(frozen=True, slots=True)
class BrowserFolder:
    """A browser's user-data folder found on this machine."""

    location: BrowserLocation
    user_data_dir: str


@dataclass(frozen=True, slots=True)
class ProfileSurvey:
    """What `survey_profiles` found: the profiles, every browser folder present, and those whose
    profile list could not be read (so a check can say "unknown" for them, never "fine")."""

    profiles: tuple[BrowserProfile, ...]
    folders: tuple[BrowserFolder, ...]
    unreadable: tuple[BrowserFolder, ...]


_C, _F = BrowserFamily.CHROMIUM, BrowserFamily.FIREFOX
_NATIVE, _FLATPAK, _SNAP = Packaging.NATIVE, Packaging.FLATPAK, Packaging.SNAP

CHROME, CHROME_BETA, CHROME_DEV, CHROME_CANARY = (
    N_("Google Chrome"),
    N_("Google Chrome Beta"),
    N_("Google Chrome Dev"),
    N_("Google Chrome Canary"),
)
CHROMIUM = N_("Chromium")
EDGE, EDGE_BETA, EDGE_DEV, EDGE_CANARY = (
    N_("Microsoft Edge"),
    N_("Microsoft Edge Beta"),
    N_("Microsoft Edge Dev"),
    N_("Microsoft Edge Canary"),
)
BRAVE = N_("Brave")
OPERA, OPERA_GX = N_("Opera"), N_("Opera GX")
VIVALDI = N_("Vivaldi")
FIREFOX = N_("Firefox")
ARC = N_("Arc")
LIBREWOLF, WATERFOX, FLOORP, ZEN = (
    N_("LibreWolf"),
    N_("Waterfox"),
    N_("Floorp"),
    N_("Zen Browser"),
)


def _loc(
    browser: str,
    name: str,
    family: BrowserFamily,
    packaging: Packaging,
    *parts: str,
    root: bool = False,
) -> BrowserLocation:
    return BrowserLocation(browser, name, family, packaging, tuple(parts), root)


def _flatpak(app_id: str, *parts: str) -> tuple[str, ...]:
    return (".var", "app", app_id, *parts)


_LOCAL = ("AppData", "Local")
_ROAMING = ("AppData", "Roaming")
_SUPPORT = ("Library", "Application Support")
_MSIX_FIREFOX = ("Packages", "Mozilla.Firefox_n80bbvh6b1yt2", "LocalCache")

#: Per OS, every place a supported browser keeps its user data (research: probes.md 8a, 8d, 9b).
LOCATIONS: Mapping[OSFamily, tuple[BrowserLocation, ...]] = {
    OSFamily.LINUX: (
        _loc("chrome", CHROME, _C, _NATIVE, ".config", "google-chrome"),
        _loc("chrome", CHROME_BETA, _C, _NATIVE, ".config", "google-chrome-beta"),
        _loc("chrome", CHROME_DEV, _C, _NATIVE, ".config", "google-chrome-unstable"),
        _loc("chromium", CHROMIUM, _C, _NATIVE, ".config", "chromium"),
        _loc("edge", EDGE, _C, _NATIVE, ".config", "microsoft-edge"),
        _loc("edge", EDGE_BETA, _C, _NATIVE, ".config", "microsoft-edge-beta"),
        _loc("edge", EDGE_DEV, _C, _NATIVE, ".config", "microsoft-edge-dev"),
        _loc("brave", BRAVE, _C, _NATIVE, ".config", "BraveSoftware", "Brave-Browser"),
        _loc("opera", OPERA, _C, _NATIVE, ".config", "opera", root=True),
        _loc("vivaldi", VIVALDI, _C, _NATIVE, ".config", "vivaldi"),
        _loc(
            "chrome",
            CHROME,
            _C,
            _FLATPAK,
            *_flatpak("com.google.Chrome", "config", "google-chrome"),
        ),
        _loc(
            "chromium",
            CHROMIUM,
            _C,
            _FLATPAK,
            *_flatpak("org.chromium.Chromium", "config", "chromium"),
        ),
        _loc(
            "edge", EDGE, _C, _FLATPAK, *_flatpak("com.microsoft.Edge", "config", "microsoft-edge")
        ),
        _loc(
            "brave",
            BRAVE,
            _C,
            _FLATPAK,
            *_flatpak("com.brave.Browser", "config", "BraveSoftware", "Brave-Browser"),
        ),
        _loc(
            "opera", OPERA, _C, _FLATPAK, *_flatpak("com.opera.Opera", "config", "opera"), root=True
        ),
        _loc(
            "vivaldi", VIVALDI, _C, _FLATPAK, *_flatpak("com.vivaldi.Vivaldi", "config", "vivaldi")
        ),
        _loc("chromium", CHROMIUM, _C, _SNAP, "snap", "chromium", "common", "chromium"),
        _loc("chromium", CHROMIUM, _C, _SNAP, "snap", "chromium", "current", ".config", "chromium"),
        _loc(
            "brave",
            BRAVE,
            _C,
            _SNAP,
            "snap",
            "brave",
            "current",
            ".config",
            "BraveSoftware",
            "Brave-Browser",
        ),
        _loc("opera", OPERA, _C, _SNAP, "snap", "opera", "current", ".config", "opera", root=True),
        _loc("vivaldi", VIVALDI, _C, _SNAP, "snap", "vivaldi", "current", ".config", "vivaldi"),
        _loc("firefox", FIREFOX, _F, _NATIVE, ".mozilla", "firefox"),
        _loc("firefox", FIREFOX, _F, _NATIVE, ".config", "mozilla", "firefox"),
        _loc("firefox", FIREFOX, _F, _SNAP, "snap", "firefox", "common", ".mozilla", "firefox"),
        _loc(
            "firefox",
            FIREFOX,
            _F,
            _FLATPAK,
            *_flatpak("org.mozilla.firefox", ".mozilla", "firefox"),
        ),
        _loc(
            "firefox",
            FIREFOX,
            _F,
            _FLATPAK,
            *_flatpak("org.mozilla.firefox", "config", "mozilla", "firefox"),
        ),
    ),
    OSFamily.WINDOWS: (
        _loc("chrome", CHROME, _C, _NATIVE, *_LOCAL, "Google", "Chrome", "User Data"),
        _loc("chrome", CHROME_BETA, _C, _NATIVE, *_LOCAL, "Google", "Chrome Beta", "User Data"),
        _loc("chrome", CHROME_DEV, _C, _NATIVE, *_LOCAL, "Google", "Chrome Dev", "User Data"),
        _loc("chrome", CHROME_CANARY, _C, _NATIVE, *_LOCAL, "Google", "Chrome SxS", "User Data"),
        _loc("chromium", CHROMIUM, _C, _NATIVE, *_LOCAL, "Chromium", "User Data"),
        _loc("edge", EDGE, _C, _NATIVE, *_LOCAL, "Microsoft", "Edge", "User Data"),
        _loc("edge", EDGE_BETA, _C, _NATIVE, *_LOCAL, "Microsoft", "Edge Beta", "User Data"),
        _loc("edge", EDGE_DEV, _C, _NATIVE, *_LOCAL, "Microsoft", "Edge Dev", "User Data"),
        _loc("edge", EDGE_CANARY, _C, _NATIVE, *_LOCAL, "Microsoft", "Edge SxS", "User Data"),
        _loc("brave", BRAVE, _C, _NATIVE, *_LOCAL, "BraveSoftware", "Brave-Browser", "User Data"),
        _loc("vivaldi", VIVALDI, _C, _NATIVE, *_LOCAL, "Vivaldi", "User Data"),
        _loc("opera", OPERA, _C, _NATIVE, *_ROAMING, "Opera Software", "Opera Stable", root=True),
        _loc(
            "opera",
            OPERA_GX,
            _C,
            _NATIVE,
            *_ROAMING,
            "Opera Software",
            "Opera GX Stable",
            root=True,
        ),
        _loc("firefox", FIREFOX, _F, _NATIVE, *_ROAMING, "Mozilla", "Firefox"),
        # Firefox from the Microsoft Store (MSIX): Windows keeps its Roaming folder inside the
        # package's own folder.
        _loc(
            "firefox",
            FIREFOX,
            _F,
            _NATIVE,
            *_LOCAL,
            *_MSIX_FIREFOX,
            "Roaming",
            "Mozilla",
            "Firefox",
        ),
    ),
    OSFamily.MACOS: (
        _loc("chrome", CHROME, _C, _NATIVE, *_SUPPORT, "Google", "Chrome"),
        _loc("chrome", CHROME_BETA, _C, _NATIVE, *_SUPPORT, "Google", "Chrome Beta"),
        _loc("chrome", CHROME_CANARY, _C, _NATIVE, *_SUPPORT, "Google", "Chrome Canary"),
        _loc("chromium", CHROMIUM, _C, _NATIVE, *_SUPPORT, "Chromium"),
        _loc("edge", EDGE, _C, _NATIVE, *_SUPPORT, "Microsoft Edge"),
        _loc("edge", EDGE_BETA, _C, _NATIVE, *_SUPPORT, "Microsoft Edge Beta"),
        _loc("edge", EDGE_DEV, _C, _NATIVE, *_SUPPORT, "Microsoft Edge Dev"),
        _loc("edge", EDGE_CANARY, _C, _NATIVE, *_SUPPORT, "Microsoft Edge Canary"),
        _loc("brave", BRAVE, _C, _NATIVE, *_SUPPORT, "BraveSoftware", "Brave-Browser"),
        _loc("vivaldi", VIVALDI, _C, _NATIVE, *_SUPPORT, "Vivaldi"),
        _loc("opera", OPERA, _C, _NATIVE, *_SUPPORT, "com.operasoftware.Opera", root=True),
        _loc("opera", OPERA_GX, _C, _NATIVE, *_SUPPORT, "com.operasoftware.OperaGX", root=True),
        _loc("firefox", FIREFOX, _F, _NATIVE, *_SUPPORT, "Firefox"),
    ),
}

_FORK_FOLDERS = (("librewolf", LIBREWOLF), ("Waterfox", WATERFOX), ("Floorp", FLOORP), ("zen", ZEN))

#: Browsers built on Chromium or Firefox whose profiles hold the same files, but whose built-in
#: defaults differ from their family's and are kept outside the profile (LibreWolf switches Safe
#: Browsing off in its own install folder; a fork built without Google's key has none that
#: works): a check may take them only when it reads nothing but the profile's own files, as
#: PWD-001 does (`survey_profiles(ctx, forks=True)`). Folders: each browser's own (its
#: MOZ_APP_PROFILE), Flatpak IDs from Flathub; Arc on Windows is a Store (MSIX) app.
FORK_LOCATIONS: Mapping[OSFamily, tuple[BrowserLocation, ...]] = {
    OSFamily.LINUX: (
        _loc("librewolf", LIBREWOLF, _F, _NATIVE, ".librewolf"),
        _loc(
            "librewolf",
            LIBREWOLF,
            _F,
            _FLATPAK,
            *_flatpak("io.gitlab.librewolf-community", ".librewolf"),
        ),
        _loc("waterfox", WATERFOX, _F, _NATIVE, ".waterfox"),
        _loc("waterfox", WATERFOX, _F, _FLATPAK, *_flatpak("net.waterfox.waterfox", ".waterfox")),
        _loc("floorp", FLOORP, _F, _NATIVE, ".floorp"),
        _loc("floorp", FLOORP, _F, _FLATPAK, *_flatpak("one.ablaze.floorp", ".floorp")),
        _loc("zen", ZEN, _F, _NATIVE, ".zen"),
        _loc("zen", ZEN, _F, _FLATPAK, *_flatpak("app.zen_browser.zen", ".zen")),
    ),
    OSFamily.WINDOWS: (
        _loc(
            "arc",
            ARC,
            _C,
            _NATIVE,
            *_LOCAL,
            "Packages",
            "TheBrowserCompany.Arc_ttt1ap7aakyb4",
            "LocalCache",
            "Local",
            "Arc",
            "User Data",
        ),
        *(_loc(key.lower(), name, _F, _NATIVE, *_ROAMING, key) for key, name in _FORK_FOLDERS),
    ),
    OSFamily.MACOS: (
        _loc("arc", ARC, _C, _NATIVE, *_SUPPORT, "Arc", "User Data"),
        *(_loc(key.lower(), name, _F, _NATIVE, *_SUPPORT, key) for key, name in _FORK_FOLDERS),
    ),
}

LOCAL_STATE = "Local State"
PREFERENCES = "Preferences"
PROFILES_INI = "profiles.ini"
#: Opera's further profiles, each a folder below the user-data folder.
OPERA_SIDE_PROFILES = "_side_profiles"
_CHROMIUM_PROFILE = re.compile(r"Default|Profile \d{1,4}")
#: Chromium's own non-user profiles.
_SKIP_PROFILES = frozenset({"Guest Profile", "System Profile"})
#: A display name longer than this is cut (it is shown in a line of facts).
_MAX_LABEL = 80


# ----- parsers (pure) -----------------------------------------------------------------------


def safe_folder_name(name: str) -> bool:
    """A single, plain folder name from an untrusted file: joining it cannot leave the folder."""
    return (
        0 < len(name) <= 128
        and name.strip() == name
        and name not in (".", "..")
        and not any(c in name for c in "/\\:\x00")
    )


def profile_sections(text: str) -> list[dict[str, str]]:
    """The keys of each `[ProfileN]` section of a Firefox profiles.ini, in file order (the
    `[InstallN]` and `[General]` sections are not profiles)."""
    sections: list[dict[str, str]] = []
    current: dict[str, str] | None = None
    for raw in text.splitlines():
        line = raw.strip().lstrip("\ufeff")
        if line.startswith("[") and line.endswith("]"):
            current = {} if line[1:-1].strip().startswith("Profile") else None
            if current is not None:
                sections.append(current)
        elif current is not None and "=" in line and not line.startswith((";", "#")):
            key, _, value = line.partition("=")
            current[key.strip()] = value.strip()
    return sections


def parse_info_cache(text: str) -> dict[str, str]:
    """`Local State` `profile.info_cache`: profile folder -> display name ("" when it has
    none), plain folder names only, the browser's own Guest and System profiles left out.
    ParseError when the file is not a JSON object; {} when it lists no profiles."""
    doc = load_json(text)
    if not isinstance(doc, dict):
        raise ParseError("not a JSON object")
    profile = doc.get("profile")
    cache = profile.get("info_cache") if isinstance(profile, dict) else None
    if not isinstance(cache, dict):
        return {}
    names: dict[str, str] = {}
    for folder, entry in cache.items():
        if not safe_folder_name(folder) or folder in _SKIP_PROFILES:
            continue
        name = entry.get("name") if isinstance(entry, dict) else None
        names[folder] = _clean_label(name) if isinstance(name, str) else ""
    return names


def _clean_label(name: str) -> str:
    return " ".join(name.split())[:_MAX_LABEL]


def chromium_profile_folders(
    listing: Sequence[str] | None, info_cache: Mapping[str, str]
) -> tuple[str, ...]:
    """The profile folders of a Chromium user-data folder: `Default` and `Profile N` as listed,
    and every folder `Local State` names that is there (all of them when the folder cannot be
    listed), in the browser's order (Default first, then by number)."""
    found: set[str] = set()
    if listing is not None:
        found.update(e for e in listing if _CHROMIUM_PROFILE.fullmatch(e))
        found.update(f for f in info_cache if f in listing)
    else:
        found.update(info_cache)
    return tuple(sorted(found, key=_profile_order))


def _profile_order(folder: str) -> tuple[int, int, str]:
    if folder == "Default":
        return (0, 0, folder)
    m = re.fullmatch(r"Profile (\d{1,4})", folder)
    return (1, int(m.group(1)), folder) if m else (2, 0, folder)


@dataclass(frozen=True, slots=True)
class FirefoxEntry:
    """One `[ProfileN]` section of profiles.ini."""

    path: str
    is_relative: bool
    name: str


def parse_profiles_ini(text: str) -> tuple[FirefoxEntry, ...]:
    """The `[ProfileN]` sections of Firefox's profiles.ini (not `[InstallN]`, not installs.ini:
    they point at profiles, they do not list them). `Path=` may use either slash. Paths are
    untrusted: a relative one must stay below the folder (no `..`, no root, no drive), an
    absolute one may not contain `..`."""
    sections = profile_sections(text)
    entries: dict[tuple[str, bool], FirefoxEntry] = {}
    for section in sections:
        path = section.get("Path", "")
        relative = section.get("IsRelative", "1").strip() != "0"
        parts = re.split(r"[/\\]", path)
        if not path or "\x00" in path or ".." in parts:
            continue
        if relative:
            if path.startswith(("/", "\\")) or ":" in path or not all(parts):
                continue
        elif not (path.startswith("/") or re.match(r"[A-Za-z]:[\\/]", path)):
            continue
        name = _clean_label(section.get("Name", ""))
        entries.setdefault((path, relative), FirefoxEntry(path, relative, name))
    return tuple(entries.values())


def firefox_profile_path(os_family: OSFamily, base: str, entry: FirefoxEntry) -> str:
    """The profile folder an entry names: below `base` when relative, as written otherwise (with
    Windows separators on Windows)."""
    parts = [p for p in re.split(r"[/\\]", entry.path) if p]
    if entry.is_relative:
        return join(os_family, base, *parts)
    if os_family is OSFamily.WINDOWS:
        return entry.path.replace("/", "\\")
    return entry.path


def _last_part(path: str) -> str:
    parts = [p for p in re.split(r"[/\\]", path) if p]
    return parts[-1] if parts else path


# ----- probes -------------------------------------------------------------------------------


def locations(os_family: OSFamily, *, forks: bool = False) -> tuple[BrowserLocation, ...]:
    """Where the browsers keep their user data on `os_family`; with `forks`, the forks'
    folders too (FORK_LOCATIONS: only for checks that read nothing but the profile's files)."""
    extra = FORK_LOCATIONS.get(os_family, ()) if forks else ()
    return (*LOCATIONS.get(os_family, ()), *extra)


def user_data_dir(ctx: ProbeContext, location: BrowserLocation) -> str:
    return join(ctx.platform.os, ctx.platform.home, *location.parts)


def _profile(location: BrowserLocation, folder: str, path: str, label: str) -> BrowserProfile:
    return BrowserProfile(
        browser=location.browser,
        name=location.name,
        family=location.family,
        packaging=location.packaging.value,
        user_data_dir=folder,
        path=path,
        label=label,
    )


def _chromium(
    ctx: ProbeContext, location: BrowserLocation
) -> tuple[BrowserFolder | None, bool, list[BrowserProfile]]:
    """(the folder when present, whether its profile list was readable, its profiles)."""
    os_family = ctx.platform.os
    folder = user_data_dir(ctx, location)
    listing = ctx.files.list_dir(folder)
    local_state = ctx.files.read_text(join(os_family, folder, LOCAL_STATE))
    if listing is None and local_state.outcome is FileOutcome.MISSING:
        return None, True, []
    found = BrowserFolder(location, folder)
    info: dict[str, str] = {}
    if local_state.ok:
        try:
            info = parse_info_cache(local_state.text)
        except ParseError:
            info = {}
    if location.root_is_profile:
        return found, True, _opera(ctx, location, folder, listing, info)
    if listing is None and not info:
        return found, False, []
    profiles = [
        _profile(location, folder, join(os_family, folder, name), info.get(name) or name)
        for name in chromium_profile_folders(listing, info)
    ]
    return found, True, profiles


def _opera(
    ctx: ProbeContext,
    location: BrowserLocation,
    folder: str,
    listing: Sequence[str] | None,
    info: Mapping[str, str],
) -> list[BrowserProfile]:
    os_family = ctx.platform.os
    profiles: list[BrowserProfile] = []
    if listing is None or PREFERENCES in listing:
        profiles.append(_profile(location, folder, folder, info.get("Default") or "Default"))
    side = join(os_family, folder, OPERA_SIDE_PROFILES)
    for name in ctx.files.list_dir(side) or ():
        if safe_folder_name(name):
            profiles.append(_profile(location, folder, join(os_family, side, name), name))
    return profiles


def _firefox(
    ctx: ProbeContext, location: BrowserLocation, seen: set[str]
) -> tuple[BrowserFolder | None, bool, list[BrowserProfile]]:
    os_family = ctx.platform.os
    folder = user_data_dir(ctx, location)
    ini = ctx.files.read_text(join(os_family, folder, PROFILES_INI))
    if ini.outcome is FileOutcome.MISSING:
        return None, True, []
    found = BrowserFolder(location, folder)
    if not ini.ok:
        return found, False, []
    profiles: list[BrowserProfile] = []
    for entry in parse_profiles_ini(ini.text):
        path = firefox_profile_path(os_family, folder, entry)
        if path in seen:
            continue  # two locations (classic and XDG) can list the same absolute profile
        seen.add(path)
        profiles.append(_profile(location, folder, path, entry.name or _last_part(path)))
    return found, True, profiles


def survey_profiles(ctx: ProbeContext, *, forks: bool = False) -> ProfileSurvey:
    """Every browser folder present for this user, their profiles, and the folders whose profile
    list could not be read; with `forks`, the forks' too (see FORK_LOCATIONS)."""
    profiles: list[BrowserProfile] = []
    folders: list[BrowserFolder] = []
    unreadable: list[BrowserFolder] = []
    seen_firefox: set[str] = set()
    for location in locations(ctx.platform.os, forks=forks):
        if location.family is BrowserFamily.CHROMIUM:
            found, readable, found_profiles = _chromium(ctx, location)
        else:
            found, readable, found_profiles = _firefox(ctx, location, seen_firefox)
        if found is None:
            continue
        folders.append(found)
        if not readable:
            unreadable.append(found)
        profiles += found_profiles
    return ProfileSurvey(tuple(profiles), tuple(folders), tuple(unreadable))


def browser_profiles(ctx: ProbeContext) -> tuple[BrowserProfile, ...]:
    """Every profile of every browser that has one on this machine, per OS (native, Flatpak,
    Snap, per-user), read only through ctx.files (list_dir/read_text), never from a path the
    seams did not give."""
    return survey_profiles(ctx).profiles


def words_for(name: str, packaging: str) -> Text:
    """A browser as a person reads it, from its name and packaging: "Google Chrome",
    "Firefox (Flatpak)", "Chromium (Snap)". The name stays translatable."""
    if packaging == Packaging.FLATPAK:
        return fmt(N_("{browser} (Flatpak)"), browser=as_text(name))
    if packaging == Packaging.SNAP:
        return fmt(N_("{browser} (Snap)"), browser=as_text(name))
    return as_text(name)


def browser_words(profile: BrowserProfile | BrowserFolder) -> Text:
    """The browser as a person reads it: "Google Chrome", "Firefox (Flatpak)"."""
    if isinstance(profile, BrowserFolder):
        return words_for(profile.location.name, profile.location.packaging.value)
    return words_for(profile.name, profile.packaging)


def profile_words(profile: BrowserProfile) -> Text:
    """ "Google Chrome, profile Work": one line of a finding's facts starts with this."""
    return fmt(
        N_("{browser}, profile {profile}"), browser=browser_words(profile), profile=profile.label
    )


def browser_with_profiles(browser: Text, labels: Sequence[str]) -> Text:
    """ "Google Chrome (profiles Work and Home)", or the browser alone without labels."""
    if not labels:
        return browser
    return fmt_plural(
        "{browser} (profile {profiles})",
        "{browser} (profiles {profiles})",
        len(labels),
        browser=browser,
        profiles=and_joined(list(dict.fromkeys(labels))),
    )


def profiles_by_browser(places: Sequence[tuple[Text, str]]) -> Text:
    """(browser, profile label or "") pairs as one list naming each browser once, its
    profiles together: "Microsoft Edge (profiles Work and Travel) and Firefox"."""
    grouped: dict[str, tuple[Text, list[str]]] = {}
    for browser, label in places:
        labels = grouped.setdefault(str(browser), (browser, []))[1]
        if label:
            labels.append(label)
    return and_joined([browser_with_profiles(b, labels) for b, labels in grouped.values()])

"""PHI-002: no browser extension that can read every website came from outside the store.

An extension that can "read and change all your data on all websites" sees every page you open:
your mail, your bank, the passwords you type. The stores (Chrome Web Store, Edge Add-ons,
addons.mozilla.org) review what they list and take malware down; an extension added any other
way was not reviewed by anybody. Malware and adware install their extensions exactly like that:
dropped in by another program (Chromium's "external" extensions, Firefox side-loading), loaded
from a folder in developer mode, or forced in by a browser policy, which the user cannot remove
and which most people never look at.

What warns: an extension that is switched on, can read all sites (`<all_urls>`, `*://*/*`,
`https://*/*`, content scripts on all of them) and did not come from the store. Store extensions
with the same access (password managers, ad blockers) are fine; so are the browser's own
built-in ones. A switched-off extension is listed but is no warning: it runs no code and reads
no page until somebody switches it on (and Chrome keeps an extension another program added off
until the user agrees). When an extension's origin or permissions cannot be read, the check says
it could not tell, never "fine".

Everything is read through `ctx.files` from the profiles `browser_profiles` lists: the
`Preferences`/`Secure Preferences` of Chromium browsers, `extensions.json` of Firefox, and for a
suspicious extension its own `manifest.json` (and `_locales/.../messages.json` for its name).
Nothing is written, no lock is taken.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlsplit

from hygiene_app.checks import _facts
from hygiene_app.checks import safe_browsing as sb
from hygiene_app.checks._common import ParseError, join, load_json, with_sentences
from hygiene_app.checks.browser_profiles import (
    BrowserFamily,
    BrowserProfile,
    browser_words,
    profile_words,
    profiles_by_browser,
    survey_profiles,
    words_for,
)
from hygiene_app.checks.password_manager import (
    chromium_extension_enabled,
    merge_extension_settings,
    parse_extension_settings,
    safe_folder_name,
)
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.i18n import N_, Text, fmt, fmt_plural
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
    id="PHI-002",
    title=N_("Browser extensions with full access from outside the store"),
    category=Category.PHISHING,
    platforms=ALL_OSES,
    weight=6,
    severity=Severity.MEDIUM,
    leaves_machine=N_(
        "Nothing: reads the list of extensions in your browser profiles' settings, never your "
        "browsing."
    ),
    timeout=20.0,
)

PREFERENCES = "Preferences"
SECURE_PREFERENCES = "Secure Preferences"
EXTENSIONS_DIR = "Extensions"
MANIFEST = "manifest.json"
LOCALES = "_locales"
MESSAGES = "messages.json"
FIREFOX_EXTENSIONS_JSON = "extensions.json"


class Source(enum.StrEnum):
    """How an extension got into the browser."""

    STORE = "store"
    #: The browser's own (component, default or system add-ons).
    BUILT_IN = "built_in"
    #: Added by another program on this computer (Chromium external, Firefox side-loaded).
    EXTERNAL = "external"
    #: Loaded from a folder in developer mode, from the command line, or temporarily.
    DEVELOPER = "developer"
    #: Forced in by a browser policy: the user cannot remove it.
    POLICY = "policy"
    #: Installed from a file or a website, not from the store.
    FILE = "file"
    UNKNOWN = "unknown"


#: Sources that are not the store and not the browser itself: with full access, a warning.
NOT_FROM_STORE = frozenset({Source.EXTERNAL, Source.DEVELOPER, Source.POLICY, Source.FILE})


class Access(enum.StrEnum):
    ALL_SITES = "all_sites"
    #: Some sites, or none.
    LIMITED = "limited"
    UNKNOWN = "unknown"


# Chromium's `location` values: `extensions::mojom::ManifestLocation` in Chromium's
# extensions/common/mojom/manifest.mojom (kInternal = 1 ... kExternalComponent = 10).
CHROMIUM_LOCATIONS: Mapping[int, Source] = {
    1: Source.STORE,  # kInternal: the browser's own install flow (store, or a dropped .crx)
    2: Source.EXTERNAL,  # kExternalPref: a JSON file another program put in place
    3: Source.EXTERNAL,  # kExternalRegistry: a Windows registry key another program wrote
    4: Source.DEVELOPER,  # kUnpacked: "Load unpacked" in developer mode
    5: Source.BUILT_IN,  # kComponent: part of the browser
    6: Source.EXTERNAL,  # kExternalPrefDownload: as 2, downloaded from an update URL
    7: Source.POLICY,  # kExternalPolicyDownload: ExtensionInstallForcelist
    8: Source.DEVELOPER,  # kCommandLine: --load-extension
    9: Source.POLICY,  # kExternalPolicy: policy, installed from a local cache
    10: Source.BUILT_IN,  # kExternalComponent: the browser's own, updated like an external one
}
#: `creation_flags` bits (Chromium extensions/common/extension.h `InitFromValueFlags`).
FLAG_FROM_WEBSTORE = 1 << 3
FLAG_WAS_INSTALLED_BY_DEFAULT = 1 << 7
FLAG_WAS_INSTALLED_BY_OEM = 1 << 10
#: The update addresses the stores write into an extension's installed manifest.json: Chrome
#: Web Store (also Brave's and Vivaldi's store), Edge Add-ons, Opera add-ons.
STORE_UPDATE_HOSTS = frozenset(
    {
        "clients2.google.com",
        "edge.microsoft.com",
        "microsoftedge.microsoft.com",
        "extension-updates.opera.com",
        "addons.opera.com",
    }
)

# Firefox's `location` values: the install locations of toolkit/mozapps/extensions
# (XPIProvider `KEY_APP_*`, and the Windows registry ones `winreg-app-*`).
FIREFOX_BUILT_IN = frozenset(
    {
        "app-system-defaults",
        "app-system-addons",
        "app-builtin",
        # Current Firefox's built-in add-ons shipped inside the program (KEY_APP_SYSTEM_BUILTINS).
        "app-builtin-addons",
        "app-system-profile",
    }
)
FIREFOX_EXTERNAL = frozenset(
    {
        "app-global",
        "app-system-share",
        "app-system-local",
        "app-system-user",
        "winreg-app-user",
        "winreg-app-global",
    }
)
FIREFOX_TEMPORARY = "app-temporary"
FIREFOX_PROFILE = "app-profile"
AMO_HOST = "addons.mozilla.org"
#: addons.mozilla.org and the download host its update manifests have long pointed at (an
#: add-on installed or updated through them records that address).
AMO_HOSTS = frozenset({AMO_HOST, "addons.cdn.mozilla.net"})
#: `installTelemetryInfo.source` values that mean the store (addons.mozilla.org, its
#: recommendations in about:addons).
FIREFOX_STORE_SOURCES = frozenset({"amo", "disco", "about:addons"})
#: Firefox `signedState` (AddonManager.SIGNEDSTATE_*): MISSING is 0, BROKEN/UNKNOWN below it;
#: "correctly signed" is anything above MISSING. An absent value means "not required".
SIGNEDSTATE_MISSING = 0


# ----- what an extension can reach ----------------------------------------------------------

_PATTERN = re.compile(r"(?P<scheme>[^:/]+)://(?P<host>[^/]*)(?P<path>/.*)?")


def covers_all_sites(pattern: str) -> bool:
    """A match pattern that reaches every website: `<all_urls>`, `*://*/*`, `https://*/*` (the
    https one alone already covers nearly every site people visit)."""
    pattern = pattern.strip()
    if pattern == "<all_urls>":
        return True
    m = _PATTERN.fullmatch(pattern)
    if not m:
        return False
    return (
        m.group("scheme") in ("*", "https")
        and m.group("host") == "*"
        and (m.group("path") or "/").startswith("/*")
    )


def site_access(patterns: Iterable[str]) -> tuple[Access, tuple[str, ...]]:
    """What a set of match patterns reaches, and the patterns that reach everything."""
    wide = tuple(dict.fromkeys(p for p in patterns if covers_all_sites(p)))
    return (Access.ALL_SITES if wide else Access.LIMITED), wide


def _strings(value: object) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def manifest_patterns(manifest: Mapping[str, Any]) -> list[str]:
    """The host patterns a manifest asks for and gets at install: `permissions` (Manifest V2
    mixes hosts in), `host_permissions` (V3) and every content script's `matches`. Optional
    permissions are asked for later, one by one: not counted."""
    patterns = _strings(manifest.get("permissions")) + _strings(manifest.get("host_permissions"))
    scripts = manifest.get("content_scripts")
    for script in scripts if isinstance(scripts, list) else []:
        if isinstance(script, dict):
            patterns += _strings(script.get("matches"))
    return patterns


def granted_patterns(entry: Mapping[str, Any]) -> list[str] | None:
    """The hosts Chromium granted (`active_permissions`, else `granted_permissions`):
    `explicit_host` and `scriptable_host` (content scripts). What the user withheld ("on
    click") is not in there. None when the entry holds neither."""
    for key in ("active_permissions", "granted_permissions"):
        granted = entry.get(key)
        if isinstance(granted, dict):
            return _strings(granted.get("explicit_host")) + _strings(granted.get("scriptable_host"))
    return None


# ----- parsers (pure) -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Manifest:
    """What the check uses of an extension's manifest.json."""

    name: str = ""
    default_locale: str = ""
    patterns: tuple[str, ...] = ()
    update_url: str = ""


def manifest_from(doc: Mapping[str, Any]) -> Manifest:
    def text(key: str) -> str:
        value = doc.get(key)
        return value.strip() if isinstance(value, str) else ""

    return Manifest(
        name=text("name"),
        default_locale=text("default_locale"),
        patterns=tuple(manifest_patterns(doc)),
        update_url=text("update_url"),
    )


def parse_manifest(text: str) -> Manifest:
    """An extension's manifest.json; ParseError when it is not a JSON object. Chromium reads
    manifests with `//` and `/* */` comments, and some extensions ship them."""
    text = text.lstrip("\ufeff")
    try:
        doc = load_json(text)
    except ParseError:
        doc = load_json(sb.strip_comments(text))
    if not isinstance(doc, dict):
        raise ParseError("not a JSON object")
    return manifest_from(doc)


_MSG = re.compile(r"__MSG_(\w+)__")


def message_key(name: str) -> str | None:
    """`__MSG_appName__` gives `appName`: a name the extension keeps in its _locales."""
    m = _MSG.fullmatch(name.strip())
    return m.group(1) if m else None


def parse_messages(text: str, key: str) -> str | None:
    """`key`'s message in a `_locales/<lang>/messages.json` (keys are case-insensitive)."""
    try:
        doc = load_json(text.lstrip("\ufeff"))
    except ParseError:
        return None
    if not isinstance(doc, dict):
        return None
    wanted = key.casefold()
    for name, entry in doc.items():
        if isinstance(name, str) and name.casefold() == wanted and isinstance(entry, dict):
            message = entry.get("message")
            if isinstance(message, str) and message.strip():
                return " ".join(message.split())[:80]
    return None


def is_store_update_url(url: str) -> bool:
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme == "https" and (parts.hostname or "") in STORE_UPDATE_HOSTS


@dataclass(frozen=True, slots=True)
class Extension:
    """One extension of one profile, as the check judges it."""

    id: str
    #: The name people see ("" until known; the id stands in for it).
    name: str
    source: Source
    access: Access
    enabled: bool
    #: The raw `location` (Chromium's number as text, Firefox's key), for support.
    location: str = ""
    #: The patterns that reach every site.
    wide: tuple[str, ...] = ()
    #: Firefox: False when not signed by Mozilla; None when not known or not required.
    signed: bool | None = None
    #: Chromium: the entry's `path` (relative to the profile's Extensions folder, or absolute
    #: for an unpacked one), where its manifest.json is.
    folder: str = ""

    @property
    def display_name(self) -> str:
        return self.name or self.id

    @property
    def full_access_off_store(self) -> bool:
        return self.access is Access.ALL_SITES and (
            self.source in NOT_FROM_STORE or self.signed is False
        )

    @property
    def unclear(self) -> bool:
        """Whether the check cannot tell if this extension is one to warn about."""
        if self.full_access_off_store:
            return False
        if self.source is Source.UNKNOWN:
            return self.access is not Access.LIMITED
        return self.access is Access.UNKNOWN and self.source in NOT_FROM_STORE


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def chromium_source(entry: Mapping[str, Any], manifest: Manifest | None = None) -> Source:
    """Where an entry of `extensions.settings` came from. An internal (1) install is the
    store's when Chromium says so (`from_webstore`, the FROM_WEBSTORE creation flag) or the
    installed manifest carries a store's update address; otherwise it was a .crx file."""
    location = _int(entry.get("location"))
    source = CHROMIUM_LOCATIONS.get(location, Source.UNKNOWN) if location is not None else None
    flags = _int(entry.get("creation_flags")) or 0
    by_default = (
        entry.get("was_installed_by_default") is True
        or entry.get("was_installed_by_oem") is True
        or bool(flags & (FLAG_WAS_INSTALLED_BY_DEFAULT | FLAG_WAS_INSTALLED_BY_OEM))
    )
    if source is Source.EXTERNAL and by_default:
        return Source.BUILT_IN  # the browser's own defaults (Google Docs Offline)
    from_store = entry.get("from_webstore") is True or bool(flags & FLAG_FROM_WEBSTORE)
    if manifest is not None and is_store_update_url(manifest.update_url):
        from_store = True
    if source is None:
        return Source.STORE if from_store else Source.UNKNOWN
    if source is Source.STORE and not from_store:
        return Source.FILE if manifest is not None else Source.UNKNOWN
    return source


def is_installed(entry: Mapping[str, Any]) -> bool:
    """An entry with neither a `path`, a `location` nor a `manifest` is a leftover setting."""
    return any(key in entry for key in ("path", "location", "manifest"))


def chromium_extension(
    ext_id: str, entry: Mapping[str, Any], manifest: Manifest | None = None
) -> Extension:
    """One entry of `extensions.settings`, with the installed manifest when it was read."""
    embedded = entry.get("manifest")
    if manifest is None and isinstance(embedded, dict):
        manifest = manifest_from(embedded)
    patterns = granted_patterns(entry)
    if patterns is None and manifest is not None:
        patterns = list(manifest.patterns)
    access, wide = (Access.UNKNOWN, ()) if patterns is None else site_access(patterns)
    path = entry.get("path")
    location = _int(entry.get("location"))
    return Extension(
        id=ext_id,
        # A `__MSG_name__` is no name yet: the extension's own _locales hold it.
        name=manifest.name if manifest and not message_key(manifest.name) else "",
        source=chromium_source(entry, manifest),
        access=access,
        enabled=chromium_extension_enabled(entry),
        location="" if location is None else str(location),
        wide=wide,
        folder=path if isinstance(path, str) else "",
    )


def needs_manifest(ext: Extension) -> bool:
    """Whether the extension's own manifest.json must be read: to learn its origin or reach, or
    the name of one the check names (a store one that reads every site is named as fine).
    Nothing else is read of store and built-in ones."""
    if ext.source is Source.BUILT_IN:
        return False
    if ext.source is Source.STORE:
        return ext.enabled and ext.access is Access.ALL_SITES and not ext.name
    if ext.source is Source.UNKNOWN or ext.access is Access.UNKNOWN:
        return True
    return ext.access is Access.ALL_SITES and not ext.name


@dataclass(frozen=True, slots=True)
class ChromiumProfileData:
    developer_mode: bool | None
    settings: Mapping[str, Mapping[str, Any]]
    #: One of the two files was given but is not JSON: the settings hold only the other's half.
    partial: bool = False


def developer_mode(text: str) -> bool | None:
    """`extensions.ui.developer_mode` of a Chromium `Preferences` (None when not set)."""
    try:
        doc = load_json(text)
    except ParseError:
        return None
    ext = doc.get("extensions") if isinstance(doc, dict) else None
    ui = ext.get("ui") if isinstance(ext, dict) else None
    value = ui.get("developer_mode") if isinstance(ui, dict) else None
    return value if isinstance(value, bool) else None


def chromium_profile_data(prefs: str | None, secure: str | None) -> ChromiumProfileData:
    """Both preference files of a profile (None for one that could not be read) merged;
    ParseError when neither gives a usable answer."""
    parsed: list[Mapping[str, Mapping[str, Any]] | None] = []
    usable = partial = False
    for text in (prefs, secure):
        if text is None:
            continue
        try:
            settings = parse_extension_settings(text)
        except ParseError:
            partial = True
            continue
        usable = usable or text is prefs or settings is not None
        parsed.append(settings)
    if not usable:
        raise ParseError("no readable preferences")
    return ChromiumProfileData(
        developer_mode(prefs) if prefs is not None else None,
        merge_extension_settings(*parsed),
        partial,
    )


def firefox_source(addon: Mapping[str, Any]) -> Source:
    location = addon.get("location")
    if location in FIREFOX_BUILT_IN:
        return Source.BUILT_IN
    if location == FIREFOX_TEMPORARY:
        return Source.DEVELOPER
    if location in FIREFOX_EXTERNAL:
        return Source.EXTERNAL
    if location != FIREFOX_PROFILE:
        return Source.UNKNOWN
    info = addon.get("installTelemetryInfo")
    info = info if isinstance(info, dict) else {}
    how, method = info.get("source"), info.get("method")
    uri = addon.get("sourceURI")
    parts = urlsplit(uri) if isinstance(uri, str) and uri.isprintable() else None
    if how == "enterprise-policy":
        return Source.POLICY
    if method == "sideload" or how == FIREFOX_PROFILE:
        return Source.EXTERNAL
    if parts is not None and parts.scheme == "https" and parts.hostname in AMO_HOSTS:
        return Source.STORE
    if how in FIREFOX_STORE_SOURCES and parts is None:
        return Source.STORE
    if how == "temporary-addon":
        return Source.DEVELOPER
    if parts is not None and parts.scheme in ("file", "http", "https"):
        return Source.FILE
    if how in ("file-url", "unknown"):
        return Source.FILE
    return Source.UNKNOWN


def firefox_extension(addon: Mapping[str, Any]) -> Extension | None:
    """One add-on of extensions.json (None for themes, dictionaries, language packs)."""
    ext_id = addon.get("id")
    if not isinstance(ext_id, str) or not ext_id.strip():
        return None
    if addon.get("type", "extension") != "extension":
        return None
    locale = addon.get("defaultLocale")
    name = locale.get("name") if isinstance(locale, dict) else None
    perms = addon.get("userPermissions")
    origins = perms.get("origins") if isinstance(perms, dict) else None
    access, wide = (
        site_access(_strings(origins)) if isinstance(origins, list) else (Access.UNKNOWN, ())
    )
    signed_state = _int(addon.get("signedState"))
    source = firefox_source(addon)
    signed = None if signed_state is None else signed_state > SIGNEDSTATE_MISSING
    if signed is False and source is Source.BUILT_IN:
        signed = None  # the browser's own add-ons need no store signature
    location = addon.get("location")
    return Extension(
        id=ext_id.strip()[:200],
        name=" ".join(name.split())[:80] if isinstance(name, str) else "",
        source=source,
        access=access,
        enabled=addon.get("active") is True,
        location=location if isinstance(location, str) else "",
        wide=wide,
        signed=signed,
    )


def parse_firefox_extensions(text: str) -> tuple[Extension, ...]:
    """The extensions of a Firefox profile's extensions.json; ParseError when it has no add-on
    list."""
    doc = load_json(text)
    addons = doc.get("addons") if isinstance(doc, dict) else None
    if not isinstance(addons, list):
        raise ParseError("no add-on list")
    found = (firefox_extension(a) for a in addons if isinstance(a, dict))
    return tuple(e for e in found if e is not None)


# ----- probes -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Seen:
    """An extension and the profile it is in."""

    profile: BrowserProfile
    extension: Extension
    #: For one installed by a policy: the policy file or registry key that names it, if found.
    policy: str = ""


@dataclass
class Survey:
    #: Profiles whose extensions were read, as people read them.
    read: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)
    #: The same places as (browser, profile label or ""), for the sentence that names them.
    unreadable_places: list[tuple[Text, str]] = field(default_factory=list)
    #: Every extension seen, in every profile read.
    seen: list[Seen] = field(default_factory=list)
    developer_mode: list[str] = field(default_factory=list)

    def where(self, pick: str) -> list[Seen]:
        if pick == "warn":
            return [
                s for s in self.seen if s.extension.enabled and s.extension.full_access_off_store
            ]
        if pick == "off":
            return [
                s
                for s in self.seen
                if not s.extension.enabled and s.extension.full_access_off_store
            ]
        if pick == "unclear":
            return [s for s in self.seen if s.extension.enabled and s.extension.unclear]
        return [
            s
            for s in self.seen
            if s.extension.enabled
            and s.extension.access is Access.ALL_SITES
            and s.extension.source is Source.STORE
            and s.extension.signed is not False
        ]


_WINDOWS_ABSOLUTE = re.compile(r"[A-Za-z]:[\\/]|\\\\")


def extension_folder(os_family: OSFamily, profile: BrowserProfile, path: str) -> str | None:
    """The folder an entry's `path` names: absolute (an unpacked extension) as it is, relative
    below the profile's Extensions folder. None for a path that climbs (`..`) or is empty."""
    parts = [p for p in re.split(r"[/\\]", path) if p]
    if not parts or any(p in (".", "..") for p in parts) or "\x00" in path:
        return None
    if path.startswith("/") or _WINDOWS_ABSOLUTE.match(path):
        return path.replace("/", "\\") if os_family is OSFamily.WINDOWS else path
    return join(os_family, profile.path, EXTENSIONS_DIR, *parts)


def _read_manifest(ctx: ProbeContext, folder: str) -> Manifest | None:
    read = ctx.files.read_text(join(ctx.platform.os, folder, MANIFEST))
    if not read.ok:
        return None
    try:
        manifest = parse_manifest(read.text)
    except ParseError:
        return None
    key = message_key(manifest.name)
    if key is None:
        return manifest
    name = ""
    if manifest.default_locale and safe_folder_name(manifest.default_locale):
        messages = ctx.files.read_text(
            join(ctx.platform.os, folder, LOCALES, manifest.default_locale, MESSAGES)
        )
        name = (parse_messages(messages.text, key) if messages.ok else None) or ""
    return Manifest(name, manifest.default_locale, manifest.patterns, manifest.update_url)


def _text_or_none(read: FileRead) -> str | None:
    return read.text if read.ok else None


def survey_chromium(ctx: ProbeContext, profile: BrowserProfile, survey: Survey) -> None:
    os_family = ctx.platform.os
    where = str(profile_words(profile))
    prefs = ctx.files.read_text(join(os_family, profile.path, PREFERENCES))
    secure = ctx.files.read_text(join(os_family, profile.path, SECURE_PREFERENCES))
    if prefs.outcome is FileOutcome.MISSING and secure.outcome is FileOutcome.MISSING:
        return  # listed but never used, or gone
    try:
        data = chromium_profile_data(_text_or_none(prefs), _text_or_none(secure))
    except ParseError:
        survey.unreadable.append(where)
        survey.unreadable_places.append((browser_words(profile), profile.label))
        return
    unread = [r for r in (prefs, secure) if not r.ok and r.outcome is not FileOutcome.MISSING]
    if unread or data.partial:
        # Each file holds part of every extension's entry (which part depends on the OS, and
        # on Windows and macOS most of it is in Secure Preferences): with one of them unread,
        # what the other shows can still warn, but it cannot say "fine".
        survey.unreadable.append(where)
        survey.unreadable_places.append((browser_words(profile), profile.label))
    else:
        survey.read.append(where)
    if data.developer_mode:
        survey.developer_mode.append(where)
    for ext_id, entry in sorted(data.settings.items()):
        if not is_installed(entry):
            continue
        ext = chromium_extension(ext_id, entry)
        if needs_manifest(ext) and ext.folder:
            folder = extension_folder(os_family, profile, ext.folder)
            manifest = _read_manifest(ctx, folder) if folder else None
            if manifest is not None:
                ext = chromium_extension(ext_id, entry, manifest)
        survey.seen.append(Seen(profile, ext))


def survey_firefox(ctx: ProbeContext, profile: BrowserProfile, survey: Survey) -> None:
    where = str(profile_words(profile))
    read = ctx.files.read_text(join(ctx.platform.os, profile.path, FIREFOX_EXTENSIONS_JSON))
    if read.outcome is FileOutcome.MISSING:
        if ctx.files.mtime(profile.path) is not None:
            survey.read.append(where)  # a profile never started has no add-ons yet
        return
    try:
        extensions = parse_firefox_extensions(read.text) if read.ok else None
    except ParseError:
        extensions = None
    if extensions is None:
        survey.unreadable.append(where)
        survey.unreadable_places.append((browser_words(profile), profile.label))
        return
    survey.read.append(where)
    survey.seen += [Seen(profile, ext) for ext in extensions]


def survey_machine(ctx: ProbeContext) -> Survey:
    survey = Survey()
    found = survey_profiles(ctx)
    survey.unreadable += [str(browser_words(folder)) for folder in found.unreadable]
    survey.unreadable_places += [(browser_words(folder), "") for folder in found.unreadable]
    for profile in found.profiles:
        if ctx.cancel.is_set():
            break
        if profile.family is BrowserFamily.CHROMIUM:
            survey_chromium(ctx, profile, survey)
        else:
            survey_firefox(ctx, profile, survey)
    survey.seen = with_policy_sources(ctx, survey.seen)
    return survey


# ----- which policy installed it ------------------------------------------------------------
# Chromium's location 7/9 (Firefox's "enterprise-policy") already says "a policy installed it";
# the policy itself tells the user what to remove. It is looked up only when such an extension
# was found, in the places Safe Browsing's policies are read from (safe_browsing.py).

_CHROMIUM_ID = re.compile(r"[a-p]{32}")
#: ExtensionSettings `installation_mode`s that install an extension.
_INSTALLING_MODES = frozenset({"force_installed", "normal_installed"})
_POLICY_TIMEOUT = 3.0
#: At most this many policy commands (registry or managed-preferences reads) per run: with the
#: profiles' reads they fit in META.timeout even if each one times out. A policy beyond them is
#: still reported as "installed by a policy", without its key.
MAX_POLICY_COMMANDS = 4


def _settings_ids(settings: object) -> set[str]:
    """The ids an `ExtensionSettings` policy installs (a key may list several, comma-separated;
    the registry holds the policy as a JSON string)."""
    if isinstance(settings, str):
        try:
            settings = load_json(settings)
        except ParseError:
            return set()
    if not isinstance(settings, dict):
        return set()
    return {
        one.strip()
        for key, value in settings.items()
        if isinstance(value, dict) and value.get("installation_mode") in _INSTALLING_MODES
        for one in str(key).split(",")
        if one.strip()
    }


def forced_chromium_ids(doc: Mapping[str, Any]) -> set[str]:
    """The extension ids a Chromium policy document installs: `ExtensionInstallForcelist`
    ("id;update URL" strings) and `ExtensionSettings`."""
    forced = doc.get("ExtensionInstallForcelist")
    ids = {
        item.split(";", 1)[0].strip()
        for item in (forced if isinstance(forced, list) else [])
        if isinstance(item, str)
    }
    return {i for i in ids | _settings_ids(doc.get("ExtensionSettings")) if i}


def forced_firefox_ids(doc: Mapping[str, Any]) -> set[str]:
    """The add-on ids a Firefox policies.json installs (`ExtensionSettings`; `Extensions` lists
    download addresses, not ids, apart from `Locked`)."""
    policies = doc.get("policies")
    if not isinstance(policies, dict):
        return set()
    ids = _settings_ids(policies.get("ExtensionSettings"))
    extensions = policies.get("Extensions")
    if isinstance(extensions, dict):
        ids |= set(_strings(extensions.get("Locked")))
    return ids


def forcelist_ids(text: str) -> set[str]:
    """Chromium extension ids in a `reg query ...\\ExtensionInstallForcelist` or a `defaults
    read ... ExtensionInstallForcelist` output: each entry starts with the id."""
    return set(_CHROMIUM_ID.findall(text))


def _policy_docs(ctx: ProbeContext, paths: Iterable[str]) -> Iterable[tuple[str, dict[str, Any]]]:
    for path in paths:
        read = ctx.files.read_text(path)
        if not read.ok:
            continue
        try:
            yield path, sb.parse_policy_json(read.text)
        except ParseError:
            continue


def _run_ids(ctx: ProbeContext, argv: tuple[str, ...], budget: list[int]) -> set[str]:
    if budget[0] <= 0:
        return set()
    budget[0] -= 1
    result = ctx.run(argv, timeout=_POLICY_TIMEOUT)
    return forcelist_ids(result.stdout) if result.ran and result.returncode == 0 else set()


def chromium_policy_sources(
    ctx: ProbeContext, browser: str, budget: list[int] | None = None
) -> dict[str, str]:
    """Extension id -> the policy file, registry key or managed-preferences file of `browser`
    (a browser key: "chrome", "edge"...) that installs it. `budget` counts the commands it may
    still run."""
    budget = [MAX_POLICY_COMMANDS] if budget is None else budget
    os_family = ctx.platform.os
    found: dict[str, str] = {}
    if os_family is OSFamily.LINUX:
        for key, folder in sb.LINUX_POLICY_DIRS:
            if key != browser:
                continue
            # Chromium reads every file of the folder, whatever its name.
            names = sorted(ctx.files.list_dir(folder) or ())
            paths = [join(os_family, folder, n) for n in names]
            for path, doc in _policy_docs(ctx, paths):
                for ext_id in sorted(forced_chromium_ids(doc)):
                    found.setdefault(ext_id, path)
    elif os_family is OSFamily.WINDOWS:
        for hive in sb.WINDOWS_HIVES:
            for key, sub in sb.WINDOWS_POLICY_KEYS:
                if key == browser:
                    where = f"{hive}\\{sub}\\ExtensionInstallForcelist"
                    for ext_id in sorted(_run_ids(ctx, ("reg", "query", where), budget)):
                        found.setdefault(ext_id, where)
    else:
        user = join(OSFamily.MACOS, sb.MACOS_MANAGED, ctx.platform.username)
        for key, domain in sb.MACOS_POLICY_DOMAINS:
            for folder in (sb.MACOS_MANAGED, user):
                plist = join(OSFamily.MACOS, folder, domain)
                if key != browser or ctx.files.mtime(f"{plist}.plist") is None:
                    continue
                argv = ("defaults", "read", plist, "ExtensionInstallForcelist")
                for ext_id in sorted(_run_ids(ctx, argv, budget)):
                    found.setdefault(ext_id, f"{plist}.plist")
    return found


def firefox_policy_sources(ctx: ProbeContext) -> dict[str, str]:
    """Add-on id -> the policies.json that installs it."""
    paths = sb.FIREFOX_POLICY_FILES.get(ctx.platform.os, ())
    found: dict[str, str] = {}
    for path, doc in _policy_docs(ctx, paths):
        for ext_id in sorted(forced_firefox_ids(doc)):
            found.setdefault(ext_id, path)
    return found


def with_policy_sources(ctx: ProbeContext, seen: list[Seen]) -> list[Seen]:
    """`seen` with the policy that installs each policy-installed extension, where found."""
    wanted = {
        (s.profile.family, s.profile.browser)
        for s in seen
        if s.extension.source is Source.POLICY and s.extension.full_access_off_store
    }
    if not wanted:
        return seen
    sources: dict[tuple[BrowserFamily, str], dict[str, str]] = {}
    budget = [MAX_POLICY_COMMANDS]
    for family, browser in sorted(wanted):
        sources[(family, browser)] = (
            firefox_policy_sources(ctx)
            if family is BrowserFamily.FIREFOX
            else chromium_policy_sources(ctx, browser, budget)
        )
    return [
        replace(s, policy=sources[key].get(s.extension.id, ""))
        if s.extension.source is Source.POLICY
        and (key := (s.profile.family, s.profile.browser)) in sources
        else s
        for s in seen
    ]


# ----- words --------------------------------------------------------------------------------

ALL_SITES_WORDS = N_("can read and change everything on every website")


def source_words(ext: Extension) -> str:
    """How the extension got in, in words."""
    return how_words(ext.source, ext.location, ext.signed)


def how_words(source: Source, location: str, signed: bool | None) -> str:
    """`source_words` from the parts the evidence keeps, so facts built from it translate."""
    words = {
        Source.EXTERNAL: N_("added by another program on this computer"),
        Source.DEVELOPER: N_("loaded from a folder in developer mode"),
        Source.POLICY: N_("installed by a policy, so it cannot be removed in the browser"),
        Source.FILE: N_("installed from a file, not from the store"),
        Source.UNKNOWN: N_("origin unknown"),
        Source.STORE: N_("from the store"),
        Source.BUILT_IN: N_("part of the browser"),
    }[source]
    if source is Source.DEVELOPER and location == FIREFOX_TEMPORARY:
        words = N_("loaded temporarily for development")
    if signed is False:
        return fmt(N_("{how}, not signed by Mozilla"), how=words)
    return words


# ----- fix guides ---------------------------------------------------------------------------

_OPEN_LIST = FixStep(
    N_(
        "Open the browser's extension list: type chrome://extensions in Chrome, "
        "edge://extensions in Edge, brave://extensions in Brave, or about:addons in Firefox, "
        "in the address bar."
    )
)
_REMOVE = FixStep(
    N_(
        "Find the extension named here and click Remove. Keep it only when you installed it "
        "yourself on purpose and know who made it."
    ),
    headline=True,
)
_DEV_MODE = FixStep(
    N_(
        "Switch Developer mode off (top right of the extension list) unless you write "
        "extensions yourself."
    )
)
_PASSWORDS = FixStep(
    N_(
        "Because it could read every page, change the passwords of your e-mail and bank "
        "accounts, starting with e-mail."
    )
)
_AGAIN = FixStep(N_("Run this check again."))

FIX_REMOVE = FixGuide(
    title=N_("Remove extensions that did not come from the store"),
    why=N_(
        "An extension that can read every website sees your mail, your bank and the passwords "
        "you type. The stores check extensions and remove harmful ones; one added another way "
        "was checked by nobody, and that is how adware and password thieves get in."
    ),
    steps={
        os_family: (
            _OPEN_LIST,
            _REMOVE,
            _DEV_MODE,
            FixStep(
                N_(
                    "When the extension comes back after you remove it, a program on this "
                    "computer keeps adding it: uninstall programs you do not recognise and run "
                    "a full malware scan."
                )
            ),
            _PASSWORDS,
            _AGAIN,
        )
        for os_family in OSFamily
    },
    verify_check=META.id,
)

_POLICY_PAGE = FixStep(
    N_(
        "See which policy installed it: open chrome://policy (edge://policy in Edge, "
        "brave://policy in Brave, about:policies in Firefox) and look for "
        "ExtensionInstallForcelist or ExtensionSettings, and where it comes from."
    )
)
_IT_PERSON = FixStep(
    N_(
        "Ask your IT person when this computer belongs to your work or school: the policy may "
        "be theirs, and they can tell you what the extension is for."
    ),
    headline=True,
)
_MALWARE = FixStep(
    N_(
        "Nobody manages this computer? Then a policy that forces an extension in is a common "
        "sign of malware. Run a full malware scan before anything else."
    )
)
_RESTART_REMOVE = FixStep(
    N_(
        "Restart the browser, open its extension list and remove the extension; it can be "
        "removed once the policy is gone."
    )
)

FIX_POLICY = FixGuide(
    title=N_("Find out which policy installed an extension"),
    why=N_(
        "A browser policy can install an extension that reads every website and cannot be "
        "removed. Organisations use this on their computers; on a personal computer it is "
        "how malware hides its extension."
    ),
    steps={
        OSFamily.WINDOWS: (
            _POLICY_PAGE,
            _IT_PERSON,
            _MALWARE,
            FixStep(
                N_(
                    "Remove the policy: in Registry Editor delete the ExtensionInstallForcelist "
                    "key below HKEY_CURRENT_USER and HKEY_LOCAL_MACHINE in "
                    "Software\\Policies\\Google\\Chrome (Microsoft\\Edge, BraveSoftware\\Brave, "
                    "Mozilla\\Firefox for the others). This lists what is there:"
                ),
                command="reg query HKCU\\Software\\Policies /s /f ExtensionInstallForcelist",
            ),
            _RESTART_REMOVE,
            _PASSWORDS,
            _AGAIN,
        ),
        OSFamily.MACOS: (
            _POLICY_PAGE,
            _IT_PERSON,
            _MALWARE,
            FixStep(
                N_(
                    "Remove the policy: open System Settings > Privacy & Security > Profiles "
                    "(General > Device Management on newer macOS) and remove a profile you do "
                    "not recognise."
                )
            ),
            _RESTART_REMOVE,
            _PASSWORDS,
            _AGAIN,
        ),
        OSFamily.LINUX: (
            _POLICY_PAGE,
            _IT_PERSON,
            _MALWARE,
            FixStep(
                N_(
                    "Remove the policy: the files are in /etc/opt/chrome/policies/managed "
                    "(/etc/chromium, /etc/opt/edge, /etc/brave, /etc/firefox/policies for the "
                    "others). Delete the file that names the extension, as administrator. This "
                    "lists them:"
                ),
                command="grep -rl ExtensionInstallForcelist /etc/opt /etc/chromium /etc/brave",
            ),
            _RESTART_REMOVE,
            _PASSWORDS,
            _AGAIN,
        ),
    },
    verify_check=META.id,
)


# ----- the check ----------------------------------------------------------------------------


class ExtensionsCheck:
    meta = META

    def run(self, ctx: ProbeContext) -> Finding:
        return with_sentences(_facts.with_facts(evaluate(survey_machine(ctx)), facts))


def _entry(seen: Seen) -> dict[str, JsonValue]:
    ext = seen.extension
    return {
        "browser": seen.profile.browser,
        "browser_name": seen.profile.name,
        "packaging": seen.profile.packaging,
        "profile": seen.profile.label,
        "where": str(profile_words(seen.profile)),
        "id": ext.id,
        "name": ext.display_name,
        "source": ext.source.value,
        "location": ext.location,
        "signed": ext.signed,
        "enabled": ext.enabled,
        "access": ext.access.value,
        "all_sites_patterns": list(ext.wide),
        "how": str(source_words(ext)),
        "policy": seen.policy,
    }


def evaluate(survey: Survey) -> Finding:
    warn, off, unclear = survey.where("warn"), survey.where("off"), survey.where("unclear")
    store_wide = survey.where("store")
    evidence: dict[str, JsonValue] = {
        "profiles_read": list(survey.read),
        "profiles_unreadable": list(survey.unreadable),
        "extensions_seen": len(survey.seen),
        "developer_mode": list(survey.developer_mode),
        "full_access_not_from_store": [_entry(s) for s in warn],
        "switched_off": [_entry(s) for s in off],
        "unclear": [_entry(s) for s in unclear],
        "store_full_access": [
            {"browser": s.profile.browser, "id": s.extension.id, "name": s.extension.display_name}
            for s in store_wide
        ],
    }
    if warn:
        names = list(dict.fromkeys(s.extension.display_name for s in warn))
        policy = any(s.extension.source is Source.POLICY for s in warn)
        return Finding(
            Status.WARN,
            fmt_plural(
                "An extension from outside the store can read every website",
                "{n} extensions from outside the store can read every website",
                len(warn),
                n=len(warn),
            ),
            Severity.HIGH if policy else Severity.MEDIUM,
            detail=fmt(
                N_(
                    "{names}: {access}, and did not come from the browser's store, so nobody "
                    "checked what it does with what it sees."
                ),
                names=_facts.listed(names),
                access=ALL_SITES_WORDS,
            ),
            evidence=evidence,
            fix=FIX_POLICY if policy else FIX_REMOVE,
        )
    if survey.unreadable:
        return Finding(
            Status.UNKNOWN,
            N_("Could not tell which extensions your browsers have"),
            reason=fmt(
                N_("the extension settings of {profiles} cannot be read"),
                profiles=profiles_by_browser(survey.unreadable_places),
            ),
            evidence=evidence,
        )
    if unclear:
        return Finding(
            Status.UNKNOWN,
            N_("Could not tell where some extensions came from"),
            reason=fmt(
                N_("the origin or the permissions of {names} cannot be read"),
                names=_facts.listed(list(dict.fromkeys(s.extension.display_name for s in unclear))),
            ),
            evidence=evidence,
        )
    if not survey.read:
        # Nothing to look at, as PHI-001 and UPD-004 say it: not run rather than "fine".
        return Finding(
            Status.SKIPPED,
            N_("No browser profile found"),
            reason=N_(
                "no profile of Chrome, Chromium, Edge, Brave, Opera, Vivaldi or Firefox was "
                "found for this user"
            ),
            evidence=evidence,
        )
    return Finding(
        Status.PASS,
        N_("No extension from outside the store can read every website"),
        detail=fmt(
            N_(
                "Switched off, and harmless while off: {names}. Remove them if you do not use them."
            ),
            names=_facts.listed(list(dict.fromkeys(s.extension.display_name for s in off))),
        )
        if off
        else "",
        evidence=evidence,
    )


def _words(entry: Mapping[str, JsonValue]) -> tuple[str | None, str | None]:
    """(where, how) of an evidence entry, rebuilt from its raw parts as translatable text; the
    English copies the entry also keeps when the parts are not usable (an old report)."""
    where, how = _facts.text(entry, "where"), _facts.text(entry, "how")
    browser, packaging = _facts.text(entry, "browser_name"), _facts.text(entry, "packaging")
    label = _facts.text(entry, "profile")
    if browser and packaging and label:
        where = fmt(
            N_("{browser}, profile {profile}"),
            browser=words_for(browser, packaging),
            profile=label,
        )
    source, location = _facts.text(entry, "source"), entry.get("location")
    if source in set(Source) and isinstance(location, str):
        how = how_words(Source(source), location, _facts.flag(entry, "signed"))
    return where, how


def _line(entry: Mapping[str, JsonValue]) -> str | None:
    name = _facts.text(entry, "name")
    where, how = _words(entry)
    if not (name and where and how):
        return None
    policy = _facts.text(entry, "policy")
    if policy:
        how = fmt(N_("{how} (set in {policy})"), how=how, policy=policy)
    return fmt(N_("{name} ({where}): {how}"), name=name, where=where, how=how)


def _lines(evidence: Mapping[str, JsonValue], key: str) -> list[str]:
    return [
        line for e in _facts.items(evidence, key) if isinstance(e, Mapping) and (line := _line(e))
    ]


def facts(finding: Finding) -> tuple[Fact, ...]:
    """Each extension to look at on its own line, then what was looked at."""
    ev = finding.evidence
    found: list[Fact] = []
    for line in _lines(ev, "full_access_not_from_store"):
        found.append(
            Fact(
                N_("Reads every website, not from the store"),
                fmt(N_("{extension}; it {access}"), extension=line, access=ALL_SITES_WORDS),
            )
        )
    found += [
        Fact(N_("Switched off, not from the store"), line) for line in _lines(ev, "switched_off")
    ]
    found += [Fact(N_("Could not tell"), line) for line in _lines(ev, "unclear")]
    store = [
        n
        for e in _facts.items(ev, "store_full_access")
        if isinstance(e, Mapping) and (n := _facts.text(e, "name"))
    ]
    found.append(
        Fact(
            N_("From the store, reading every website (fine)"),
            _facts.listed(list(dict.fromkeys(store))),
        )
    )
    count = _facts.number(ev, "extensions_seen")
    read = _facts.texts(ev, "profiles_read")
    if count is not None and read:
        found.append(
            Fact(
                N_("Extensions looked at"),
                fmt_plural(
                    "{n} extension in {profiles}",
                    "{n} extensions in {profiles}",
                    int(count),
                    n=int(count),
                    profiles=_facts.listed(read),
                ),
            )
        )
    found.append(Fact(N_("Developer mode on"), _facts.listed(_facts.texts(ev, "developer_mode"))))
    found.append(
        Fact(
            N_("Browser profiles that could not be read"),
            _facts.listed(_facts.texts(ev, "profiles_unreadable")),
        )
    )
    return tuple(found)

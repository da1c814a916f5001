"""What a snapshot keeps of a browser's files: only the settings the checks read.

A Chromium `Preferences` file holds the sites a person visited, their sessions, zoom levels per
site, the account they signed in with; `Local State` holds e-mail addresses; a Firefox
`prefs.js` holds recent download folders and sync details; `extensions.json` holds every
add-on's whole record. The browser checks read a handful of keys in them. A support snapshot
records every file a check read, so before it is saved each browser file is cut down to those
keys (by the same key lists the checks use), and replaying it reaches the same verdicts while a
reader learns nothing else. A file that is not valid JSON is recorded as a marker that is not
valid JSON either, so the replay still says "could not be read" without keeping its text.

Key paths are tuples of `fnmatch` patterns, one per level of the JSON document; `*` matches
every key of an object and every item of a list (the list keeps its order and length).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from fnmatch import fnmatchcase
from typing import Any

from hygiene_app.checks._common import ParseError, load_json
from hygiene_app.checks.safe_browsing import (
    parse_firefox_prefs,
    parse_policy_json,
    strip_comments,
)

KeyPath = tuple[str, ...]

#: Chromium `Preferences` keys the Safe Browsing check (PHI-001) reads.
SAFE_BROWSING_KEYS: tuple[KeyPath, ...] = (
    ("safebrowsing", "enabled"),
    ("safebrowsing", "enhanced"),
    ("smartscreen", "*"),
)

#: Chromium `Local State` keys: profile folders and their display names, Edge SmartScreen.
LOCAL_STATE_KEYS: tuple[KeyPath, ...] = (
    ("profile", "info_cache", "*", "name"),
    ("smartscreen", "*"),
)

# ----- EXTENSION_KEYS: what the extension checks (PWD-001, PHI-002) read -------------------
#: Chromium `Preferences` / `Secure Preferences` keys of installed extensions. PHI-002 (H2b)
#: adds the keys it reads here.
EXTENSION_KEYS: tuple[KeyPath, ...] = (
    ("extensions", "settings", "*", "state"),
    ("extensions", "settings", "*", "disable_reasons"),
    ("extensions", "settings", "*", "path"),
    ("extensions", "settings", "*", "location"),
    ("extensions", "settings", "*", "blacklist"),
    ("extensions", "settings", "*", "manifest"),
    # PHI-002: where an extension came from and which sites it was granted.
    ("extensions", "settings", "*", "from_webstore"),
    ("extensions", "settings", "*", "creation_flags"),
    ("extensions", "settings", "*", "was_installed_by_default"),
    ("extensions", "settings", "*", "was_installed_by_oem"),
    ("extensions", "settings", "*", "active_permissions", "explicit_host"),
    ("extensions", "settings", "*", "active_permissions", "scriptable_host"),
    ("extensions", "settings", "*", "granted_permissions", "explicit_host"),
    ("extensions", "settings", "*", "granted_permissions", "scriptable_host"),
    ("extensions", "ui", "developer_mode"),
)
#: Firefox `extensions.json` keys. PHI-002 (H2b) adds the keys it reads here.
FIREFOX_EXTENSION_KEYS: tuple[KeyPath, ...] = (
    ("addons", "*", "id"),
    ("addons", "*", "active"),
    ("addons", "*", "type"),
    # PHI-002: where an add-on came from, its signature, its sites and its name.
    ("addons", "*", "location"),
    ("addons", "*", "signedState"),
    ("addons", "*", "sourceURI"),
    ("addons", "*", "installTelemetryInfo", "source"),
    ("addons", "*", "installTelemetryInfo", "method"),
    ("addons", "*", "userPermissions", "origins"),
    ("addons", "*", "defaultLocale", "name"),
)
#: An extension's own manifest.json (PHI-002): its name, its sites, its update address.
MANIFEST_KEYS: tuple[KeyPath, ...] = (
    ("name",),
    ("default_locale",),
    ("permissions",),
    ("host_permissions",),
    ("content_scripts", "*", "matches"),
    ("update_url",),
)
#: An extension's `_locales/<lang>/messages.json` (PHI-002 reads the name's message).
MESSAGES_KEYS: tuple[KeyPath, ...] = (("*", "message"),)
# ----- end of EXTENSION_KEYS ---------------------------------------------------------------

#: Enterprise policies the checks read, in Chromium policy JSON files.
POLICY_KEYS: tuple[KeyPath, ...] = (
    ("SafeBrowsingProtectionLevel",),
    ("SafeBrowsingEnabled",),
    ("SmartScreenEnabled",),
    ("SmartScreenPuaEnabled",),
    ("PreventSmartScreenPromptOverride",),
    ("PreventSmartScreenPromptOverrideForFiles",),
    ("ExtensionInstallForcelist",),
    ("ExtensionSettings",),
)
#: Firefox `policies.json`.
FIREFOX_POLICY_KEYS: tuple[KeyPath, ...] = (
    ("policies", "Preferences", "browser.safebrowsing.*"),
    ("policies", "DisableSecurityBypass"),
    ("policies", "Extensions"),
    ("policies", "ExtensionSettings"),
)
#: Firefox `prefs.js` / `user.js`: only `user_pref` lines of these preferences are kept.
FIREFOX_PREF_PREFIXES: tuple[str, ...] = ("browser.safebrowsing.",)

#: What stands in for a browser file that is not valid JSON: not JSON either, and nothing of
#: the original.
UNPARSABLE = "<not recorded: the file was not valid JSON>"

#: A preference name written back as it is (no quote, backslash or control character in it).
_PLAIN_NAME = re.compile(r"[\w.\-@{}:/]+")


def _name(path: str) -> str:
    return re.split(r"[/\\]", path)[-1]


def _in_policy_folder(path: str) -> bool:
    parts = [p.lower() for p in re.split(r"[/\\]", path)]
    return len(parts) >= 3 and parts[-3] == "policies" and parts[-2] in ("managed", "recommended")


def _key_lists(path: str) -> tuple[KeyPath, ...] | None:
    name = _name(path)
    if name in ("Preferences", "Secure Preferences"):
        return SAFE_BROWSING_KEYS + EXTENSION_KEYS
    if name == "Local State":
        return LOCAL_STATE_KEYS
    if name == "extensions.json":
        return FIREFOX_EXTENSION_KEYS
    if name == "manifest.json":
        return MANIFEST_KEYS
    if name == "messages.json" and "_locales" in re.split(r"[/\\]", path):
        return MESSAGES_KEYS
    if name == "policies.json" and not _in_policy_folder(path):
        return FIREFOX_POLICY_KEYS
    if _in_policy_folder(path):
        return POLICY_KEYS  # Chromium reads every file there, whatever its name
    return None


def minimise_browser_file(path: str, text: str) -> str | None:
    """`text` of the browser file at `path` with only the keys the checks read, or None when
    `path` is not a browser file this module knows (the caller keeps it as it is)."""
    name = _name(path)
    if name in ("prefs.js", "user.js"):
        return _pref_lines(text)
    keys = _key_lists(path)
    if keys is None:
        return None
    try:
        doc = _lenient_json(text, keys) if keys in _LENIENT else load_json(text)
    except ParseError:
        return UNPARSABLE
    return json.dumps(_kept(doc, keys), ensure_ascii=False, sort_keys=True)


#: Files the browsers (and so the checks) read with comments allowed: policy files (trailing
#: commas too) and extension manifests, read as the checks read them.
_LENIENT = (POLICY_KEYS, FIREFOX_POLICY_KEYS, MANIFEST_KEYS)


def _lenient_json(text: str, keys: tuple[KeyPath, ...]) -> Any:
    if keys is not MANIFEST_KEYS:
        return parse_policy_json(text)
    text = text.lstrip("\ufeff")
    try:
        return load_json(text)
    except ParseError:
        return load_json(strip_comments(text))


def _pref_lines(text: str) -> str:
    """The kept preferences as Firefox reads the file (the Safe Browsing check's own parser),
    one plain `user_pref` line each: a definition that Firefox skips (a missing `;` drops the
    next one too, a `#` line is a comment) is not kept, so the replay reaches the same values.
    String values are not kept: the check reads switches."""
    kept = []
    for name, value in parse_firefox_prefs(text).items():
        if not name.startswith(FIREFOX_PREF_PREFIXES) or not _PLAIN_NAME.fullmatch(name):
            continue
        if isinstance(value, bool):
            kept.append(f'user_pref("{name}", {"true" if value else "false"});')
        elif isinstance(value, int):
            kept.append(f'user_pref("{name}", {value});')
    return "".join(f"{line}\n" for line in kept)


def _kept(doc: Any, keys: Sequence[KeyPath]) -> Any:
    """The parts of `doc` that one of `keys` reaches; containers on the way keep their shape."""
    if any(not k for k in keys):
        return doc  # a path ends here: keep the value whole
    if isinstance(doc, dict):
        out: dict[str, Any] = {}
        for key, value in doc.items():
            below = [k[1:] for k in keys if fnmatchcase(str(key), k[0])]
            if below:
                out[key] = _kept(value, below)
        return out
    if isinstance(doc, list):
        below = [k[1:] for k in keys if k[0] == "*"]
        return [_kept(item, below) for item in doc] if below else []
    # A value where an object was expected: its kind is kept (a check reads both alike), a
    # string is not (it could be anything).
    return None if isinstance(doc, str) else doc

"""PHI-001: phishing and malware protection is on in every browser, in every profile.

Every major browser checks the sites it opens against a list of known phishing and malware
pages (Google Safe Browsing in Chrome, Chromium, Brave, Opera, Vivaldi and Firefox; Microsoft
Defender SmartScreen in Edge and Windows; Apple's fraudulent-website warning in Safari) and
shows a red warning page instead. It is on by default, and it is the one defence that still
works when a fake login page is good enough to fool a person. It gets switched off by "privacy
hardening" guides, by a person who clicked through a setting once, and by malware: adware and
information stealers write a browser *policy* that turns it off (and that the user cannot turn
back on), so a policy that does this is reported on its own line, with the file or registry key
that set it.

What is read, never written, never locked: each profile's `Preferences` (Chromium family:
`safebrowsing.enabled`, absent means on; `safebrowsing.enhanced`, a suggestion only), Edge's
SmartScreen switch (`Local State`, then the profile), Firefox's `prefs.js` and `user.js`
(`browser.safebrowsing.phishing.enabled` / `malware.enabled`; `user.js` wins; absent means on),
Safari's `WarnAboutFraudulentWebsites`, Windows SmartScreen for apps and files, and before all
of them the enterprise policies (JSON files on Linux, the registry on Windows, managed
preferences on macOS, Firefox's policies.json), because a policy wins over every setting.
Worst wins: any profile off is a failure; a file that cannot be read is that profile unknown,
named, never "on".
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from hygiene_app.checks import _facts
from hygiene_app.checks._common import ParseError, join, load_json, with_sentences
from hygiene_app.checks.browser_profiles import (
    LOCAL_STATE,
    PREFERENCES,
    BrowserFamily,
    BrowserFolder,
    BrowserProfile,
    browser_with_profiles,
    survey_profiles,
    words_for,
)
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.i18n import N_, Text, and_joined, as_text, fmt, fmt_plural, joined
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
from hygiene_app.engine.probes import CommandResult, FileOutcome, FileRead

META = CheckMeta(
    id="PHI-001",
    title=N_("Phishing and malware protection on in every browser"),
    category=Category.PHISHING,
    platforms=ALL_OSES,
    weight=7,
    severity=Severity.HIGH,
    leaves_machine=N_(
        "Nothing: reads your browsers' settings and policies on this computer; no site, "
        "history or password is read."
    ),
    timeout=20.0,
)


class Protection(enum.StrEnum):
    #: Chromium's Enhanced protection (Safe Browsing with real-time checks).
    ENHANCED = "enhanced"
    #: On (Chromium's Standard protection; Firefox, Edge, Safari, Windows: switched on).
    ON = "on"
    OFF = "off"
    #: The setting could not be read.
    UNKNOWN = "unknown"


class SetBy(enum.StrEnum):
    DEFAULT = "default"
    USER = "user"
    #: Firefox's user.js, which a person or a "hardening" script wrote by hand.
    USER_JS = "user_js"
    POLICY = "policy"


# ----- what the check reads -----------------------------------------------------------------

#: Linux: Chromium-family managed policy folders, by browser key. Module level so tests can
#: point them at a temporary folder.
LINUX_POLICY_DIRS: tuple[tuple[str, str], ...] = (
    ("chrome", "/etc/opt/chrome/policies/managed"),
    ("chromium", "/etc/chromium/policies/managed"),
    ("chromium", "/etc/chromium-browser/policies/managed"),
    ("edge", "/etc/opt/edge/policies/managed"),
    ("brave", "/etc/brave/policies/managed"),
    ("vivaldi", "/etc/opt/vivaldi/policies/managed"),
)
#: Firefox policies.json, per OS: the system folder and the distribution folder next to the
#: program (deb, tarball, snap, Flatpak builds).
FIREFOX_POLICY_FILES: Mapping[OSFamily, tuple[str, ...]] = {
    OSFamily.LINUX: (
        "/etc/firefox/policies/policies.json",
        "/usr/lib/firefox/distribution/policies.json",
        "/usr/lib/firefox-esr/distribution/policies.json",
        "/usr/lib64/firefox/distribution/policies.json",
        "/opt/firefox/distribution/policies.json",
        "/snap/firefox/current/usr/lib/firefox/distribution/policies.json",
    ),
    OSFamily.WINDOWS: (
        "C:\\Program Files\\Mozilla Firefox\\distribution\\policies.json",
        "C:\\Program Files (x86)\\Mozilla Firefox\\distribution\\policies.json",
    ),
    OSFamily.MACOS: ("/Applications/Firefox.app/Contents/Resources/distribution/policies.json",),
}
#: Windows: policy keys per browser key, in HKLM and in HKCU (any user program can write HKCU,
#: which is why malware uses it). extensions.py reads the same keys.
WINDOWS_POLICY_KEYS: tuple[tuple[str, str], ...] = (
    ("chrome", "SOFTWARE\\Policies\\Google\\Chrome"),
    ("chromium", "SOFTWARE\\Policies\\Chromium"),
    ("brave", "SOFTWARE\\Policies\\BraveSoftware\\Brave"),
    ("edge", "SOFTWARE\\Policies\\Microsoft\\Edge"),
    ("firefox", "SOFTWARE\\Policies\\Mozilla\\Firefox"),
    ("firefox", "SOFTWARE\\Policies\\Mozilla\\Firefox\\Preferences"),
    ("windows", "SOFTWARE\\Policies\\Microsoft\\Windows\\System"),
)
WINDOWS_HIVES = ("HKLM", "HKCU")
WINDOWS_POLICY_ROOTS = tuple(f"{hive}\\SOFTWARE\\Policies" for hive in WINDOWS_HIVES)
#: One search per root and word finds every value (and Firefox's JSON data) that names Safe
#: Browsing or SmartScreen, in every browser's key at once: four quick calls, and nothing else
#: of the policies is read or recorded.
WINDOWS_POLICY_WORDS = ("SafeBrowsing", "SmartScreen")


def windows_policy_argv(root: str, word: str) -> tuple[str, ...]:
    return ("reg", "query", root, "/s", "/f", word)


#: Windows SmartScreen for apps and files, as set in Windows Security (not a policy).
WINDOWS_EXPLORER_KEY = "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Explorer"
#: macOS managed preferences: domain per browser key (machine-wide, then per user).
MACOS_MANAGED = "/Library/Managed Preferences"
MACOS_POLICY_DOMAINS: tuple[tuple[str, str], ...] = (
    ("chrome", "com.google.Chrome"),
    ("chromium", "org.chromium.Chromium"),
    ("brave", "com.brave.Browser"),
    ("edge", "com.microsoft.Edge"),
)
SAFARI_READ = ("defaults", "read", "com.apple.Safari", "WarnAboutFraudulentWebsites")

#: Chromium policies that decide Safe Browsing; Edge's SmartScreen policy.
LEVEL_POLICY = "SafeBrowsingProtectionLevel"
ENABLED_POLICY = "SafeBrowsingEnabled"
SMARTSCREEN_POLICY = "SmartScreenEnabled"
WINDOWS_SMARTSCREEN_POLICY = "EnableSmartScreen"
FIREFOX_PREFS = ("browser.safebrowsing.phishing.enabled", "browser.safebrowsing.malware.enabled")
PREFS_JS, USER_JS = "prefs.js", "user.js"

_REG_TIMEOUT = 3.0
_DEFAULTS_TIMEOUT = 2.0

_ENHANCED_CAPABLE = frozenset({"chrome", "chromium", "brave"})

# ----- parsers (pure) -----------------------------------------------------------------------


def strip_comments(text: str) -> str:
    """`text` without `//` and `/* */` comments outside double- or single-quoted strings (policy
    JSON files may carry them, and Chrome reads them anyway; so do user.js files)."""
    out: list[str] = []
    i, n = 0, len(text)
    quote = ""
    while i < n:
        c = text[i]
        if quote:
            out.append(c)
            if c == "\\" and i + 1 < n:
                out.append(text[i + 1])
                i += 2
                continue
            if c == quote or c == "\n":
                quote = ""
            i += 1
        elif c in "\"'":
            quote = c
            out.append(c)
            i += 1
        elif text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
            out.append(" ")
        else:
            out.append(c)
            i += 1
    return "".join(out)


_TRAILING_COMMA = re.compile(r",(\s*[}\]])")


def parse_policy_json(text: str) -> dict[str, Any]:
    """A policy JSON file as Chrome reads it (comments and trailing commas allowed); ParseError
    when it is not a JSON object even then."""
    doc = load_json(_TRAILING_COMMA.sub(r"\1", strip_comments(text.lstrip("\ufeff"))))
    if not isinstance(doc, dict):
        raise ParseError("not a JSON object")
    return doc


@dataclass(frozen=True, slots=True)
class ChromiumPrefs:
    """The protection settings of one Chromium-family profile; None where the key is absent."""

    enabled: bool | None = None
    enhanced: bool | None = None
    #: Edge's SmartScreen switch when the profile holds one.
    smartscreen: bool | None = None


def _bool(value: object) -> bool | None:
    return value if isinstance(value, bool) else None


def parse_chromium_preferences(text: str) -> ChromiumPrefs:
    """`safebrowsing.enabled`/`enhanced` (and Edge's `smartscreen.enabled`) of a `Preferences`
    file. ParseError when it is not a JSON object; a key of the wrong type counts as absent,
    as the browser reads it (its default)."""
    doc = load_json(text)
    if not isinstance(doc, dict):
        raise ParseError("not a JSON object")
    sb = doc.get("safebrowsing")
    sb = sb if isinstance(sb, dict) else {}
    ss = doc.get("smartscreen")
    ss = ss if isinstance(ss, dict) else {}
    return ChromiumPrefs(
        _bool(sb.get("enabled")), _bool(sb.get("enhanced")), _bool(ss.get("enabled"))
    )


def parse_local_state_smartscreen(text: str) -> bool | None:
    """Edge's browser-wide SmartScreen switch in `Local State` (None when absent)."""
    doc = load_json(text)
    if not isinstance(doc, dict):
        raise ParseError("not a JSON object")
    ss = doc.get("smartscreen")
    return _bool(ss.get("enabled")) if isinstance(ss, dict) else None


def chromium_protection(prefs: ChromiumPrefs) -> Protection:
    """Chromium's GetSafeBrowsingState: enhanced only when also enabled; absent means on."""
    if prefs.enabled is False:
        return Protection.OFF
    return Protection.ENHANCED if prefs.enhanced is True else Protection.ON


#: One token of Firefox's pref-file grammar (modules/libpref/parser): a comment (`#`, `//`,
#: `/* */`), a quoted string, a keyword, a number, a single character, or anything else.
_PREF_TOKEN = re.compile(
    r"""(?P<skip>[ \t\v\f\r\n]+|\#[^\r\n]*|//[^\r\n]*|/\*.*?\*/)
    |(?P<string>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')
    |(?P<word>[A-Za-z_]+)
    |(?P<int>[0-9]+(?![A-Za-z_]))
    |(?P<char>[()+,;-])
    |(?P<bad>.)""",
    re.VERBOSE | re.DOTALL,
)
_PREF_ESCAPES = {'"': '"', "'": "'", "\\": "\\", "n": "\n", "r": "\r"}


def _pref_string(token: str) -> str | None:
    """A string literal's value; None for an escape Firefox rejects (the pref is skipped)."""
    out: list[str] = []
    body, i = token[1:-1], 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        e = body[i + 1 : i + 2]
        if e in _PREF_ESCAPES:
            out.append(_PREF_ESCAPES[e])
            i += 2
            continue
        width = {"x": 2, "u": 4}.get(e, 0)
        digits = body[i + 2 : i + 2 + width]
        if not width or not re.fullmatch(r"[0-9A-Fa-f]+", digits) or len(digits) != width:
            return None
        code = int(digits, 16)
        if code == 0:
            return None
        out.append(chr(code))
        i += 2 + width
    return "".join(out)


def _pref_tokens(text: str) -> list[tuple[str, str]]:
    """(kind, text) tokens; an unterminated comment or string is one bad token, as Firefox
    reads it. A NUL ends the file."""
    text = text.split("\x00", 1)[0]
    tokens: list[tuple[str, str]] = []
    for m in _PREF_TOKEN.finditer(text):
        kind = m.lastgroup or "bad"
        if kind == "skip":
            continue
        if kind == "bad" and (m.group(0) in "\"'" or text.startswith("/*", m.start())):
            tokens.append(("bad", m.group(0)))
            break  # an unterminated /* comment or string runs to the end
        tokens.append((kind, m.group(0)))
    return tokens


def parse_firefox_prefs(text: str) -> dict[str, bool | int | str]:
    """The `user_pref("name", value);` definitions of a prefs.js or user.js, read the way
    Firefox's own parser reads a user pref file: `#`, `//` and `/* */` comments, either quote,
    any spacing; a definition counts only when it is complete up to its `;`, and after a
    syntax error everything up to the next `;` is skipped (so a missing `;` also drops the
    next definition). `pref()`/`sticky_pref()` are not allowed in these files and count for
    nothing. The last assignment of a name wins."""
    prefs: dict[str, bool | int | str] = {}
    tokens = _pref_tokens(text.lstrip("\ufeff"))
    i, n = 0, len(tokens)

    def at(k: int) -> tuple[str, str]:
        return tokens[k] if k < n else ("eof", "")

    while i < n:
        parsed = _one_user_pref(at, i)
        if parsed is None:
            # Error recovery: on to the token after the next ";".
            while i < n and tokens[i] != ("char", ";"):
                i += 1
            i += 1
            continue
        name, value, i = parsed
        if name is not None and value is not None:
            prefs[name] = value
    return prefs


def _one_user_pref(
    at: Callable[[int], tuple[str, str]], i: int
) -> tuple[str | None, bool | int | str | None, int] | None:
    """The definition starting at token `i`: (name, value, index after its `;`), name or value
    None for a `pref()`/`sticky_pref()` definition (valid syntax, not a user value); None on a
    syntax error."""
    spec = at(i)
    if spec[0] != "word" or spec[1] not in ("user_pref", "pref", "sticky_pref"):
        return None
    if at(i + 1) != ("char", "(") or at(i + 2)[0] != "string" or at(i + 3) != ("char", ","):
        return None
    name = _pref_string(at(i + 2)[1])
    k = i + 4
    kind, raw = at(k)
    value: bool | int | str | None
    if kind == "word" and raw in ("true", "false"):
        value = raw == "true"
    elif kind == "string":
        value = _pref_string(raw)
    elif kind == "int" or (at(k) in (("char", "-"), ("char", "+")) and at(k + 1)[0] == "int"):
        sign = -1 if raw == "-" else 1
        if kind == "char":
            k += 1
        value = sign * int(at(k)[1])
        if not -(2**31) <= value < 2**31:
            return None
    else:
        return None
    if at(k + 1) != ("char", ")") or at(k + 2) != ("char", ";"):
        return None
    if spec[1] != "user_pref" or name is None or value is None:
        return None, None, k + 3
    return name, value, k + 3


def firefox_off_prefs(prefs: Mapping[str, object]) -> tuple[str, ...]:
    """The protection prefs `prefs` switches off."""
    return tuple(p for p in FIREFOX_PREFS if prefs.get(p) is False)


@dataclass(frozen=True, slots=True)
class PolicySetting:
    """One policy that decides a browser's (or Windows') protection."""

    #: Browser key ("chrome", "edge", "firefox"...) or "windows".
    browser: str
    #: The file or registry key that holds it.
    where: str
    name: str
    value: str
    effect: Protection


def _int_value(value: object) -> int | None:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        text = value.strip().lower()
        try:
            return int(text, 16) if text.startswith("0x") else int(text)
        except ValueError:
            return {"true": 1, "false": 0}.get(text)
    return None


def chromium_policies(browser: str, where: str, doc: Mapping[str, Any]) -> list[PolicySetting]:
    """The Safe Browsing (Edge: SmartScreen) policies in one policy document: a protection level
    of 0 or `SafeBrowsingEnabled` false turns it off; the level wins over the older switch."""
    found: list[PolicySetting] = []
    if browser == "edge":
        value = _int_value(doc.get(SMARTSCREEN_POLICY))
        if value is not None:
            effect = Protection.OFF if value == 0 else Protection.ON
            found.append(PolicySetting(browser, where, SMARTSCREEN_POLICY, str(value), effect))
        return found
    level = _int_value(doc.get(LEVEL_POLICY))
    if level in (0, 1, 2):
        effect = (Protection.OFF, Protection.ON, Protection.ENHANCED)[level]
        found.append(PolicySetting(browser, where, LEVEL_POLICY, str(level), effect))
        return found
    enabled = _int_value(doc.get(ENABLED_POLICY))
    if enabled is not None:
        effect = Protection.OFF if enabled == 0 else Protection.ON
        shown = "false" if enabled == 0 else "true"
        found.append(PolicySetting(browser, where, ENABLED_POLICY, shown, effect))
    return found


@dataclass(frozen=True, slots=True)
class FirefoxPolicy:
    """What Firefox's policies do to one pref: force it (locked or a user value) or change only
    its default (a profile's own setting still wins)."""

    pref: str
    value: bool
    forced: bool
    where: str


def firefox_policies(where: str, doc: Mapping[str, Any]) -> list[FirefoxPolicy]:
    """The protection prefs in a policies.json `Preferences` policy, new style
    (`{"Value": false, "Status": "locked"}`) and old style (a bare value: locked)."""
    policies = doc.get("policies")
    prefs = policies.get("Preferences") if isinstance(policies, dict) else None
    if not isinstance(prefs, dict):
        return []
    found: list[FirefoxPolicy] = []
    for pref in FIREFOX_PREFS:
        entry = prefs.get(pref)
        if isinstance(entry, dict):
            value, status = _bool(entry.get("Value")), entry.get("Status", "default")
            if value is None or status == "clear":
                continue
            found.append(FirefoxPolicy(pref, value, status in ("locked", "user"), where))
        elif isinstance(entry, bool):
            found.append(FirefoxPolicy(pref, entry, True, where))
    return found


_REG_VALUE = re.compile(r"^\s{2,}(.+?)\s{2,}(REG_[A-Z_]+)(?:\s{2,}(.*?))?\s*$")
_REG_KEY = re.compile(r"^HKEY_[A-Z_]+(\\.*)?$")


def parse_reg_query(text: str) -> dict[str, dict[str, str]]:
    """`reg query KEY` output: key path -> {value name: data}. Only key lines and indented
    `name    REG_TYPE    data` lines count; errors and summaries are translated, so whatever
    else is printed is skipped, whatever its language."""
    keys: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for raw in text.splitlines():
        line = raw.rstrip("\r")
        if not line.startswith((" ", "\t")) and _REG_KEY.match(line.strip()):
            current = keys.setdefault(line.strip(), {})
            continue
        m = _REG_VALUE.match(line)
        if m and current is not None:
            current[m.group(1).strip()] = (m.group(3) or "").strip()
    return keys


def registry_policies(browser: str, key: str, values: Mapping[str, str]) -> list[PolicySetting]:
    """The policies in one registry key's values (data as `reg query` prints it)."""
    if browser == "windows":
        value = _int_value(values.get(WINDOWS_SMARTSCREEN_POLICY))
        if value is None:
            return []
        effect = Protection.OFF if value == 0 else Protection.ON
        return [PolicySetting(browser, key, WINDOWS_SMARTSCREEN_POLICY, str(value), effect)]
    return chromium_policies(browser, key, values)


def registry_firefox_policies(key: str, values: Mapping[str, str]) -> list[FirefoxPolicy]:
    """Firefox's two registry encodings: a `...\\Firefox\\Preferences` key with one value per
    pref (DWORD 0/1 or "true"/"false", locked), or a `Preferences` value holding the JSON."""
    if key.lower().endswith("\\preferences"):
        found = []
        for pref in FIREFOX_PREFS:
            value = _int_value(values.get(pref))
            if value is not None:
                found.append(FirefoxPolicy(pref, value != 0, True, key))
        return found
    blob = values.get("Preferences")
    if not blob:
        return []
    try:
        prefs = load_json(blob.replace("\\0", "\n"))
    except ParseError:
        return []
    if not isinstance(prefs, dict):
        return []
    return firefox_policies(key, {"policies": {"Preferences": prefs}})


def parse_windows_smartscreen(value: str | None) -> Protection | None:
    """Explorer's `SmartScreenEnabled` (RequireAdmin, Prompt, Warn, Block, Off); None when
    absent (Windows' default: on)."""
    if value is None:
        return None
    return Protection.OFF if value.strip().lower() == "off" else Protection.ON


_DOMAIN_MISSING = re.compile(r"domain \S+ does not exist", re.IGNORECASE)
_PAIR_MISSING = re.compile(r"does not exist", re.IGNORECASE)


def parse_defaults_bool(result: CommandResult) -> bool | str | None:
    """`defaults read DOMAIN KEY`: True/False for 1/0 (or true/false), None when the key is
    absent from a domain that exists (its default), and a reason (str) when it cannot tell:
    the whole domain missing is what macOS answers when privacy protection hides it."""
    if not result.ran:
        return result.why_not()
    out = result.stdout.strip().lower()
    if result.returncode == 0:
        if out in ("1", "true", "yes"):
            return True
        if out in ("0", "false", "no"):
            return False
        return N_("macOS gave an answer that is not on or off")
    text = result.output
    if _DOMAIN_MISSING.search(text):
        return N_(
            "macOS did not let the app read Safari's settings (the app needs Full Disk Access)"
        )
    if _PAIR_MISSING.search(text):
        return None
    return result.why_not()


# ----- probes -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ProfileState:
    browser: str
    name: str
    packaging: str
    label: str
    path: str
    protection: Protection
    set_by: SetBy
    #: The file that decided (user.js, a policy file), when it matters to the fix.
    where: str = ""
    #: Why the protection is unknown.
    why: str = ""

    def as_json(self) -> dict[str, JsonValue]:
        out: dict[str, JsonValue] = {
            "browser": self.browser,
            "name": self.name,
            "packaging": self.packaging,
            "label": self.label,
            "path": self.path,
            "protection": self.protection.value,
            "set_by": self.set_by.value,
        }
        if self.where:
            out["where"] = self.where
        if self.why:
            out["why"] = self.why
        return out


@dataclass
class Survey:
    profiles: list[ProfileState] = field(default_factory=list)
    policies: list[PolicySetting] = field(default_factory=list)
    #: Chromium "recommended" policies: a default the profile's own setting still wins over.
    recommended: list[PolicySetting] = field(default_factory=list)
    firefox_policies: list[FirefoxPolicy] = field(default_factory=list)
    #: Policy files or keys that exist but could not be read (the browser ignores them too).
    unreadable_policies: list[str] = field(default_factory=list)
    #: Policy stores the tool could not read at all (`reg`, `defaults` gave no answer): a policy
    #: there could switch protection off unseen, so the check cannot say "on".
    policy_gaps: list[str] = field(default_factory=list)
    #: Browsers found whose profile list could not be read.
    unreadable_browsers: list[BrowserFolder] = field(default_factory=list)
    #: "Safari", "Windows SmartScreen" lines: name -> state.
    system: list[ProfileState] = field(default_factory=list)
    browsers_found: int = 0


def _policy_files_in(ctx: ProbeContext, folder: str) -> list[str]:
    """Every entry of a Chromium policy folder, in name order: Chromium reads every file there,
    whatever its name (not only `.json`)."""
    names = sorted(ctx.files.list_dir(folder) or ())
    return [join(ctx.platform.os, folder, n) for n in names]


def recommended_folder(folder: str) -> str | None:
    """The `recommended` folder beside a `managed` policy folder."""
    head, _, last = folder.rpartition("/")
    return f"{head}/recommended" if last == "managed" else None


def _folder_policies(
    ctx: ProbeContext, browser: str, folder: str, survey: Survey
) -> list[PolicySetting]:
    """The policies of one Chromium policy folder as Chromium merges its files: in name order,
    a later file's value of a policy wins. A `.json` file that cannot be read is named; another
    file (a README, a folder) that is no JSON object counts for nothing, for Chromium too."""
    merged: dict[str, Any] = {}
    source: dict[str, str] = {}
    for path in _policy_files_in(ctx, folder):
        read = ctx.files.read_text(path)
        try:
            doc = parse_policy_json(read.text) if read.ok else None
        except ParseError:
            doc = None
        if doc is None:
            if path.lower().endswith(".json"):
                survey.unreadable_policies.append(path)
            continue
        for key, value in doc.items():
            merged[key] = value
            source[key] = path
    return [
        replace(p, where=source.get(p.name, folder))
        for p in chromium_policies(browser, folder, merged)
    ]


def _linux_policies(ctx: ProbeContext, survey: Survey) -> None:
    for browser, managed in LINUX_POLICY_DIRS:
        survey.policies += _folder_policies(ctx, browser, managed, survey)
        if (recommended := recommended_folder(managed)) is not None:
            survey.recommended += _folder_policies(ctx, browser, recommended, survey)


def _firefox_policy_files(ctx: ProbeContext, survey: Survey) -> None:
    for path in FIREFOX_POLICY_FILES.get(ctx.platform.os, ()):
        read = ctx.files.read_text(path)
        if read.outcome is FileOutcome.MISSING:
            continue
        try:
            doc = parse_policy_json(read.text) if read.ok else None
        except ParseError:
            doc = None
        if doc is None:
            survey.unreadable_policies.append(path)
            continue
        survey.firefox_policies += firefox_policies(path, doc)


def _reg(ctx: ProbeContext, key: str, value: str) -> dict[str, str] | None:
    """One value of a registry key ({name: data}); {} when it does not exist; None when `reg`
    gave no answer, or said it is there (exit 0) but printed no such value."""
    result = ctx.run(("reg", "query", key, "/v", value), timeout=_REG_TIMEOUT)
    if not result.ran:
        return None
    if result.returncode != 0:
        # Exit 1 is "no such key" in any language; "access denied" is too, but a policy key
        # every user can read: a missing key is what it means in practice.
        return {}
    keys = parse_reg_query(result.stdout)
    values = keys.get(_long_hive(key), next(iter(keys.values()), {}))
    found = {name: data for name, data in values.items() if name.lower() == value.lower()}
    # Exit 0 is "the value is there": output without it (empty, cut short) is no answer.
    return found or None


def _long_hive(key: str) -> str:
    hive, _, rest = key.partition("\\")
    long = {"HKLM": "HKEY_LOCAL_MACHINE", "HKCU": "HKEY_CURRENT_USER"}.get(hive, hive)
    return f"{long}\\{rest}"


def windows_policy_browser(key: str) -> str | None:
    """The browser key whose policy key `key` (as `reg query` prints it) is; None for any other
    key (a `Recommended` subkey, another program's policies)."""
    low = key.lower()
    for browser, sub in WINDOWS_POLICY_KEYS:
        if low.endswith(f"\\{sub.lower()}"):
            return browser
    return None


def windows_recommended_browser(key: str) -> str | None:
    """The Chromium browser key whose `Recommended` policy key `key` is (None for any other)."""
    head, _, last = key.rpartition("\\")
    browser = windows_policy_browser(head) if last.lower() == "recommended" else None
    return browser if browser not in (None, "firefox", "windows") else None


def _windows_policies(ctx: ProbeContext, survey: Survey) -> None:
    for root in WINDOWS_POLICY_ROOTS:
        keys: dict[str, dict[str, str]] = {}
        for word in WINDOWS_POLICY_WORDS:
            result = ctx.run(windows_policy_argv(root, word), timeout=_REG_TIMEOUT)
            if not result.ran:
                survey.unreadable_policies.append(root)
                survey.policy_gaps.append(root)
                break
            # Exit 1 is "nothing found" (in any language): no such policy.
            for key, values in parse_reg_query(result.stdout).items():
                keys.setdefault(key, {}).update(values)
        for key, values in keys.items():
            browser = windows_policy_browser(key)
            if browser == "firefox":
                survey.firefox_policies += registry_firefox_policies(key, values)
            elif browser is not None:
                survey.policies += registry_policies(browser, key, values)
            elif (browser := windows_recommended_browser(key)) is not None:
                survey.recommended += registry_policies(browser, key, values)


_DEFAULTS_TOP_LEVEL = re.compile(r'^ {4}"?([A-Za-z][\w.]*)"? = "?([^";]*)"?;\s*$')


def parse_defaults_domain(text: str) -> dict[str, str]:
    """The top-level `key = value;` pairs of `defaults read FILE` (an old-style plist dump:
    switches print as 1/0, numbers as numbers); nested dictionaries and lists are skipped."""
    return {m.group(1): m.group(2) for m in map(_DEFAULTS_TOP_LEVEL.match, text.splitlines()) if m}


def _macos_policies(ctx: ProbeContext, survey: Survey) -> None:
    folders = (MACOS_MANAGED, join(OSFamily.MACOS, MACOS_MANAGED, ctx.platform.username))
    for browser, domain in MACOS_POLICY_DOMAINS:
        for folder in folders:
            plist = join(OSFamily.MACOS, folder, domain)
            if ctx.files.mtime(f"{plist}.plist") is None:
                continue
            result = ctx.run(("defaults", "read", plist), timeout=_DEFAULTS_TIMEOUT)
            if not result.ran or result.returncode != 0:
                survey.unreadable_policies.append(f"{plist}.plist")
                survey.policy_gaps.append(f"{plist}.plist")
                continue
            values = parse_defaults_domain(result.stdout)
            survey.policies += chromium_policies(browser, f"{plist}.plist", values)


def _policy_for(survey: Survey, browser: str) -> PolicySetting | None:
    """The policy that decides `browser`'s protection: one turning it off wins."""
    mine = [p for p in survey.policies if p.browser == browser]
    off = [p for p in mine if p.effect is Protection.OFF]
    chosen = off or mine
    return chosen[0] if chosen else None


def _read_failure(read: FileRead) -> str:
    return {
        FileOutcome.DENIED: N_("the app is not allowed to read the settings file"),
        FileOutcome.ERROR: N_("the settings file could not be read"),
    }.get(read.outcome, N_("the settings file could not be read"))


def _state(
    profile: BrowserProfile, protection: Protection, set_by: SetBy, where: str = "", why: str = ""
) -> ProfileState:
    return ProfileState(
        profile.browser,
        profile.name,
        profile.packaging,
        profile.label,
        profile.path,
        protection,
        set_by,
        where,
        why,
    )


def _chromium_state(
    ctx: ProbeContext, profile: BrowserProfile, survey: Survey, edge_switch: bool | str | None
) -> ProfileState:
    """`edge_switch`: Edge's browser-wide switch in `Local State` (None: absent, its default),
    or why that file could not be read."""
    policy = _policy_for(survey, profile.browser)
    if policy is not None:
        return _state(profile, policy.effect, SetBy.POLICY, policy.where)
    read = ctx.files.read_text(join(ctx.platform.os, profile.path, PREFERENCES))
    if read.outcome is FileOutcome.MISSING:
        prefs = ChromiumPrefs()  # never opened: the browser's defaults
    elif not read.ok:
        return _state(profile, Protection.UNKNOWN, SetBy.USER, why=_read_failure(read))
    else:
        try:
            prefs = parse_chromium_preferences(read.text)
        except ParseError:
            why = N_("the settings file is damaged or half-written")
            return _state(profile, Protection.UNKNOWN, SetBy.USER, why=why)
    recommended = next((p for p in survey.recommended if p.browser == profile.browser), None)
    if profile.browser == "edge":
        switch = prefs.smartscreen if prefs.smartscreen is not None else edge_switch
        if switch is None and recommended is not None:
            # A recommended policy is the default a profile without its own switch follows.
            return _state(profile, recommended.effect, SetBy.POLICY, recommended.where)
        if isinstance(switch, str):
            # The switch is kept in Local State, which could not be read: not "on by default".
            return _state(profile, Protection.UNKNOWN, SetBy.USER, why=switch)
        protection = Protection.OFF if switch is False else Protection.ON
        return _state(profile, protection, SetBy.DEFAULT if switch is None else SetBy.USER)
    if prefs.enabled is None and recommended is not None and recommended.effect is Protection.OFF:
        # The recommended default switched protection off, and the profile never chose.
        return _state(profile, Protection.OFF, SetBy.POLICY, recommended.where)
    protection = chromium_protection(prefs)
    if protection is Protection.ENHANCED and profile.browser not in _ENHANCED_CAPABLE:
        protection = Protection.ON
    set_by = SetBy.DEFAULT if prefs.enabled is None and prefs.enhanced is None else SetBy.USER
    return _state(profile, protection, set_by)


def _firefox_state(ctx: ProbeContext, profile: BrowserProfile, survey: Survey) -> ProfileState:
    """Policy defaults, then prefs.js, then user.js (later wins), then locked policies."""
    forced = [p for p in survey.firefox_policies if p.forced]
    forced_off = [p for p in forced if not p.value]
    if forced_off:
        return _state(profile, Protection.OFF, SetBy.POLICY, forced_off[0].where)
    values: dict[str, tuple[bool, SetBy, str]] = {
        p.pref: (p.value, SetBy.POLICY, p.where) for p in survey.firefox_policies if not p.forced
    }
    for name, set_by in ((PREFS_JS, SetBy.USER), (USER_JS, SetBy.USER_JS)):
        path = join(ctx.platform.os, profile.path, name)
        read = ctx.files.read_text(path)
        if read.outcome is FileOutcome.MISSING:
            continue
        if not read.ok:
            return _state(profile, Protection.UNKNOWN, SetBy.USER, why=_read_failure(read))
        prefs = parse_firefox_prefs(read.text)
        for pref in FIREFOX_PREFS:
            value = prefs.get(pref)
            if isinstance(value, bool):
                values[pref] = (value, set_by, path)
    for p in forced:
        values[p.pref] = (True, SetBy.POLICY, p.where)  # locked on wins over any file
    off = [values[p] for p in FIREFOX_PREFS if p in values and values[p][0] is False]
    if off:
        # The fix names the file that has to change: user.js first (the settings page cannot
        # undo it), then a policy, then the settings page.
        rank = {SetBy.USER_JS: 0, SetBy.POLICY: 1, SetBy.USER: 2, SetBy.DEFAULT: 3}
        _, set_by, where = min(off, key=lambda o: rank[o[1]])
        return _state(profile, Protection.OFF, set_by, where)
    if forced:
        return _state(profile, Protection.ON, SetBy.POLICY, forced[0].where)
    return _state(profile, Protection.ON, SetBy.USER if values else SetBy.DEFAULT)


def _edge_switches(
    ctx: ProbeContext, profiles: Iterable[BrowserProfile]
) -> dict[str, bool | str | None]:
    """Edge's browser-wide SmartScreen switch per user-data folder: None when `Local State`
    has none (or there is no such file), else why the file could not be read."""
    switches: dict[str, bool | str | None] = {}
    for profile in profiles:
        if profile.browser != "edge" or profile.user_data_dir in switches:
            continue
        read = ctx.files.read_text(join(ctx.platform.os, profile.user_data_dir, LOCAL_STATE))
        if read.outcome is FileOutcome.MISSING:
            switches[profile.user_data_dir] = None
        elif not read.ok:
            switches[profile.user_data_dir] = _read_failure(read)
        else:
            try:
                switches[profile.user_data_dir] = parse_local_state_smartscreen(read.text)
            except ParseError:
                switches[profile.user_data_dir] = N_("the settings file is damaged or half-written")
    return switches


SAFARI = N_("Safari")
WINDOWS_SMARTSCREEN = N_("Windows SmartScreen for apps and files")


def _system_state(
    name: str, protection: Protection, set_by: SetBy, where: str = "", why: str = ""
) -> ProfileState:
    return ProfileState(
        name.lower().split()[0], name, "native", "", "", protection, set_by, where, why
    )


def _safari(ctx: ProbeContext, survey: Survey) -> None:
    answer = parse_defaults_bool(ctx.run(SAFARI_READ, timeout=_DEFAULTS_TIMEOUT))
    if isinstance(answer, str):
        survey.system.append(_system_state(SAFARI, Protection.UNKNOWN, SetBy.USER, why=answer))
        return
    protection = Protection.OFF if answer is False else Protection.ON
    set_by = SetBy.DEFAULT if answer is None else SetBy.USER
    survey.system.append(_system_state(SAFARI, protection, set_by))


def _windows_smartscreen(ctx: ProbeContext, survey: Survey) -> None:
    policy = _policy_for(survey, "windows")
    if policy is not None:
        survey.system.append(
            _system_state(WINDOWS_SMARTSCREEN, policy.effect, SetBy.POLICY, policy.where)
        )
        return
    values = _reg(ctx, WINDOWS_EXPLORER_KEY, "SmartScreenEnabled")
    if values is None:
        why = N_("the setting in the registry could not be read")
        survey.system.append(
            _system_state(WINDOWS_SMARTSCREEN, Protection.UNKNOWN, SetBy.USER, why=why)
        )
        return
    state = parse_windows_smartscreen(next(iter(values.values()), None))
    set_by = SetBy.DEFAULT if state is None else SetBy.USER
    survey.system.append(_system_state(WINDOWS_SMARTSCREEN, state or Protection.ON, set_by))


def survey_machine(ctx: ProbeContext) -> Survey:
    survey = Survey()
    os_family = ctx.platform.os
    # Policies first: they win over every profile's own setting.
    if os_family is OSFamily.LINUX:
        _linux_policies(ctx, survey)
    elif os_family is OSFamily.WINDOWS:
        _windows_policies(ctx, survey)
    else:
        _macos_policies(ctx, survey)
    _firefox_policy_files(ctx, survey)
    found = survey_profiles(ctx)
    survey.unreadable_browsers = list(found.unreadable)
    survey.browsers_found = len(found.folders)
    edge = _edge_switches(ctx, found.profiles)
    for profile in found.profiles:
        if profile.family is BrowserFamily.FIREFOX:
            survey.profiles.append(_firefox_state(ctx, profile, survey))
        else:
            survey.profiles.append(
                _chromium_state(ctx, profile, survey, edge.get(profile.user_data_dir))
            )
    if os_family is OSFamily.MACOS:
        _safari(ctx, survey)
    elif os_family is OSFamily.WINDOWS:
        _windows_smartscreen(ctx, survey)
    return survey


# ----- fix guides ---------------------------------------------------------------------------

_WHY = N_(
    "Browsers warn before opening a page known to steal passwords or spread malware. With the "
    "warning off, a convincing fake login page or a poisoned download gets no second look."
)
_AGAIN = FixStep(N_("Run this check again."))
_EACH = FixStep(
    N_(
        "Open each browser and profile listed under 'What was found' and switch its protection "
        "back on as shown below: the setting belongs to each profile."
    ),
    headline=True,
)
_CHROME = FixStep(
    N_(
        "Google Chrome, Chromium and Vivaldi: paste chrome://settings/security into the address "
        "bar and choose Standard protection (Enhanced protection is even better). Brave: "
        "brave://settings/privacy, then Safe Browsing. Opera: opera://settings/privacy, then "
        "'Protect me from malicious sites'."
    )
)
_EDGE = FixStep(
    N_(
        "Microsoft Edge: paste edge://settings/privacy into the address bar and, under "
        "Security, switch on Microsoft Defender SmartScreen."
    )
)
_FIREFOX = FixStep(
    N_(
        "Firefox: paste about:preferences#privacy into the address bar, scroll to Security and "
        "tick 'Block dangerous and deceptive content'."
    )
)
_USER_JS = FixStep(
    N_(
        "If 'What was found' names a user.js file, close Firefox, open that file in a text "
        "editor and delete the lines that set browser.safebrowsing to false: the settings page "
        "cannot undo them."
    )
)
_SAFARI = FixStep(
    N_(
        "Safari: choose Safari > Settings > Security and tick 'Warn when visiting a fraudulent "
        "website'."
    )
)
_WINDOWS_APPS = FixStep(
    N_(
        "Windows: open Windows Security > App & browser control > Reputation-based protection "
        "settings and switch on 'Check apps and files' and 'SmartScreen for Microsoft Edge'."
    ),
    link="windowsdefender://appbrowser/",
)

FIX_BROWSER_PROTECTION = FixGuide(
    title=N_("Turn phishing protection back on"),
    why=_WHY,
    steps={
        OSFamily.LINUX: (_EACH, _CHROME, _EDGE, _FIREFOX, _USER_JS, _AGAIN),
        OSFamily.WINDOWS: (_EACH, _CHROME, _EDGE, _FIREFOX, _USER_JS, _WINDOWS_APPS, _AGAIN),
        OSFamily.MACOS: (_EACH, _SAFARI, _CHROME, _EDGE, _FIREFOX, _USER_JS, _AGAIN),
    },
    verify_check=META.id,
)

FIX_WINDOWS_SMARTSCREEN = FixGuide(
    title=N_("Turn on SmartScreen for apps and files"),
    why=N_(
        "SmartScreen warns before a program or file downloaded from the internet runs when it "
        "is known to be malicious or has never been seen before."
    ),
    steps={
        OSFamily.WINDOWS: (
            FixStep(
                N_(
                    "Open Windows Security > App & browser control > Reputation-based "
                    "protection settings."
                ),
                link="windowsdefender://appbrowser/",
            ),
            FixStep(N_("Switch on 'Check apps and files'.")),
            _AGAIN,
        )
    },
    verify_check=META.id,
)

_SEE_POLICY = FixStep(
    N_(
        "See the policy and where it comes from: paste chrome://policy into the address bar "
        "(Edge: edge://policy, Brave: brave://policy, Firefox: about:policies)."
    )
)
_MANAGED = FixStep(
    N_(
        "Ask the IT team when this computer is managed by your work or school: they set "
        "policies. Nobody else should have set one that switches protection off."
    )
)
_PASSWORDS = FixStep(
    N_(
        "Change the passwords you typed in that browser recently, from another device if you "
        "can, starting with your e-mail."
    )
)

FIX_POLICY = FixGuide(
    title=N_("Find out what switched off your browser's protection"),
    why=N_(
        "A policy is how an organisation manages its computers, and it wins over your own "
        "settings, so you cannot switch the protection back on. Adware and password-stealing "
        "malware write exactly this policy, so that the browser stops warning about them."
    ),
    steps={
        OSFamily.LINUX: (
            _SEE_POLICY,
            _MANAGED,
            FixStep(
                N_(
                    "Delete the policy file named under 'What was found' (it needs "
                    "administrator rights), then restart the browser:"
                ),
                command="sudo rm -i /etc/opt/chrome/policies/managed/FILE.json",
                headline=True,
            ),
            _PASSWORDS,
            _AGAIN,
        ),
        OSFamily.WINDOWS: (
            _SEE_POLICY,
            _MANAGED,
            FixStep(
                N_(
                    "Delete the policy value named under 'What was found' in the Registry "
                    "Editor (press Win+R, type regedit), then restart the browser. A key under "
                    "HKEY_CURRENT_USER can be written by any program you ran; one under "
                    "HKEY_LOCAL_MACHINE needs administrator rights."
                ),
                headline=True,
            ),
            FixStep(
                N_("Run a full scan in Windows Security > Virus & threat protection."),
                link="windowsdefender://threat/",
            ),
            _PASSWORDS,
            _AGAIN,
        ),
        OSFamily.MACOS: (
            _SEE_POLICY,
            _MANAGED,
            FixStep(
                N_(
                    "Open System Settings > Privacy & Security > Profiles and remove any "
                    "profile you did not install, and the app that came with it."
                ),
                link="x-apple.systempreferences:com.apple.Profiles-Settings.extension",
                headline=True,
            ),
            _PASSWORDS,
            _AGAIN,
        ),
    },
    verify_check=META.id,
)


# ----- the check ----------------------------------------------------------------------------

#: Browser keys as people read them, for policy lines.
_POLICY_NAMES: Mapping[str, str] = {
    "chrome": N_("Google Chrome"),
    "chromium": N_("Chromium"),
    "edge": N_("Microsoft Edge"),
    "brave": N_("Brave"),
    "vivaldi": N_("Vivaldi"),
    "firefox": N_("Firefox"),
    "windows": WINDOWS_SMARTSCREEN,
}


class SafeBrowsingCheck:
    meta = META

    def run(self, ctx: ProbeContext) -> Finding:
        return with_sentences(_facts.with_facts(evaluate(survey_machine(ctx)), facts))


def _off_policies(survey: Survey) -> list[PolicySetting]:
    """The policies that switch protection off. A Firefox policy that only changes the default
    ("Status": "default") counts where a profile kept that default: one whose own setting
    switched it back on is not switched off by it."""
    by_default = {
        s.where
        for s in survey.profiles
        if s.browser == "firefox" and s.protection is Protection.OFF and s.set_by is SetBy.POLICY
    }
    found = [p for p in survey.policies if p.effect is Protection.OFF]
    found += [
        PolicySetting("firefox", p.where, p.pref, "false", Protection.OFF)
        for p in survey.firefox_policies
        if not p.value and (p.forced or p.where in by_default)
    ]
    return found


def _recommended_off(survey: Survey) -> list[PolicySetting]:
    """The recommended policies that a profile followed into "off" (named in the facts)."""
    followed = {
        s.where
        for s in survey.profiles
        if s.set_by is SetBy.POLICY and s.protection is Protection.OFF
    }
    return [p for p in survey.recommended if p.effect is Protection.OFF and p.where in followed]


def _policy_json(p: PolicySetting) -> dict[str, JsonValue]:
    return {
        "browser": p.browser,
        "where": p.where,
        "policy": p.name,
        "value": p.value,
        "effect": p.effect.value,
    }


def _line_name(state: Mapping[str, JsonValue]) -> str:
    name = _facts.text(state, "name") or ""
    return words_for(name, _facts.text(state, "packaging") or "native")


def _where_words(state: Mapping[str, JsonValue]) -> Text:
    """ "Google Chrome (profile Work)", or "Safari" for a line that is not a profile."""
    label = _facts.text(state, "label")
    if label is None:
        return as_text(_line_name(state))
    return fmt(N_("{browser} (profile {profile})"), browser=_line_name(state), profile=label)


def _state_words(state: Mapping[str, JsonValue]) -> Text:
    protection = state.get("protection")
    set_by = state.get("set_by")
    if protection == Protection.OFF:
        if set_by == SetBy.POLICY:
            return as_text(N_("switched off by a policy"))
        if set_by == SetBy.USER_JS:
            return fmt(N_("switched off in {file}"), file=_facts.text(state, "where") or USER_JS)
        return as_text(N_("protection off"))
    if protection == Protection.UNKNOWN:
        return fmt(
            N_("could not be read: {why}"),
            why=_facts.text(state, "why") or N_("the settings file could not be read"),
        )
    words = (
        N_("enhanced protection on") if protection == Protection.ENHANCED else N_("protection on")
    )
    if set_by == SetBy.POLICY:
        return fmt(N_("{state}, set by a policy"), state=as_text(words))
    return as_text(words)


def _unknown_clauses(unknown: Sequence[ProfileState]) -> list[Text]:
    """One clause per reason, naming every browser it applies to once, its profiles together:
    "Google Chrome (profiles Work and Home): the settings file is damaged or half-written"."""
    by_why: dict[str, dict[str, list[str]]] = {}
    names: dict[str, Text] = {}
    for s in unknown:
        browser = words_for(s.name, s.packaging)
        names[str(browser)] = browser
        by_why.setdefault(s.why, {}).setdefault(str(browser), []).append(s.label)
    clauses: list[Text] = []
    for why, browsers in by_why.items():
        where = [
            browser_with_profiles(names[b], [x for x in labels if x])
            for b, labels in browsers.items()
        ]
        clauses.append(fmt(N_("{where}: {why}"), where=and_joined(where), why=as_text(why)))
    return clauses


def _also_off(off: Sequence[ProfileState]) -> list[Text]:
    """A sentence naming what is off in its own settings, beside a policy (its guide is the
    policy's, so the rest must be named to be fixed too)."""
    mine = [s for s in off if s.set_by is not SetBy.POLICY]
    if not mine:
        return []
    grouped: dict[str, tuple[Text, list[str]]] = {}
    for s in mine:
        browser = words_for(s.name, s.packaging)
        grouped.setdefault(str(browser), (browser, []))[1].append(s.label)
    where = and_joined(
        [browser_with_profiles(b, [x for x in labels if x]) for b, labels in grouped.values()]
    )
    return [fmt(N_("Also switched off in its own settings: {where}."), where=where)]


def evaluate(survey: Survey) -> Finding:
    lines = survey.profiles + survey.system
    off_policies = _off_policies(survey)
    off = [s for s in lines if s.protection is Protection.OFF]
    unknown = [s for s in lines if s.protection is Protection.UNKNOWN]
    standard = [
        s
        for s in survey.profiles
        if s.protection is Protection.ON and s.browser in _ENHANCED_CAPABLE
    ]
    evidence: dict[str, JsonValue] = {
        "profiles": [s.as_json() for s in survey.profiles],
        "system": [s.as_json() for s in survey.system],
        "policies": [_policy_json(p) for p in survey.policies + _recommended_off(survey)]
        + [_policy_json(p) for p in off_policies if p.browser == "firefox"],
        "unreadable_policies": list(survey.unreadable_policies),
        "unreadable_browsers": [
            {
                "name": f.location.name,
                "packaging": f.location.packaging.value,
                "folder": f.user_data_dir,
            }
            for f in survey.unreadable_browsers
        ],
        "enhanced_suggested": [s.as_json()["label"] for s in standard],
    }
    if off_policies:
        names = list(dict.fromkeys(_POLICY_NAMES.get(p.browser, p.browser) for p in off_policies))
        return Finding(
            Status.FAIL,
            fmt_plural(
                "A policy switched off phishing protection in {browsers}",
                "Policies switched off phishing protection in {browsers}",
                len(off_policies),
                browsers=and_joined([as_text(n) for n in names]),
            ),
            Severity.HIGH,
            detail=joined(
                N_(
                    "A policy wins over your own settings, so the protection cannot be switched "
                    "back on from the browser. On a computer that no organisation manages, an "
                    "app you installed wrote it: adware and password-stealing malware do this."
                ),
                *_also_off(off),
            ),
            evidence=evidence,
            fix=FIX_POLICY,
        )
    if off:
        names = list(dict.fromkeys(words_for(s.name, s.packaging) for s in off))
        only_windows = all(s.name == WINDOWS_SMARTSCREEN for s in off)
        profiles = [s for s in off if s.label]
        detail = (
            fmt_plural(
                "{n} browser profile opens known phishing and malware pages without a warning.",
                "{n} browser profiles open known phishing and malware pages without a warning.",
                len(profiles),
                n=len(profiles),
            )
            if profiles
            else N_("Programs and files from the internet run without a reputation check.")
        )
        return Finding(
            Status.FAIL,
            fmt(N_("Phishing protection is off in {names}"), names=and_joined(names)),
            Severity.HIGH,
            detail=detail,
            evidence=evidence,
            fix=FIX_WINDOWS_SMARTSCREEN if only_windows else FIX_BROWSER_PROTECTION,
        )
    if unknown or survey.unreadable_browsers or survey.policy_gaps:
        clauses = _unknown_clauses(unknown)
        if survey.policy_gaps:
            clauses.append(
                fmt(
                    N_("the browser policies in {where} could not be read"),
                    where=and_joined(survey.policy_gaps),
                )
            )
        if survey.unreadable_browsers:
            browsers = [
                words_for(f.location.name, f.location.packaging.value)
                for f in survey.unreadable_browsers
            ]
            clauses.append(
                fmt(
                    N_("the list of profiles of {browsers} could not be read"),
                    browsers=and_joined(list(dict.fromkeys(browsers))),
                )
            )
        return Finding(
            Status.UNKNOWN,
            N_("Could not tell whether phishing protection is on everywhere"),
            reason=joined(*clauses, sep="; "),
            evidence=evidence,
        )
    if not lines:
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
        N_("Phishing protection is on in every browser"),
        detail=N_(
            "Suggestion: Enhanced protection (chrome://settings/security) checks pages in real "
            "time and warns about more of them, in exchange for sending Google the addresses "
            "of the pages you open."
        )
        if standard
        else "",
        evidence=evidence,
    )


def facts(finding: Finding) -> tuple[Fact, ...]:
    """One line per browser profile (and Safari, Windows SmartScreen), then the policies."""
    ev = finding.evidence
    found: list[Fact] = []
    for p in _facts.items(ev, "policies"):
        if isinstance(p, Mapping) and p.get("effect") == Protection.OFF:
            found.append(
                Fact(
                    N_("Switched off by a policy"),
                    fmt(
                        N_("{browser}: {policy} = {value} in {where}"),
                        browser=as_text(_POLICY_NAMES.get(str(p.get("browser")), "?")),
                        policy=str(p.get("policy")),
                        value=str(p.get("value")),
                        where=str(p.get("where")),
                    ),
                )
            )
    for key in ("profiles", "system"):
        for s in _facts.items(ev, key):
            if not isinstance(s, Mapping):
                continue
            label = _facts.text(s, "label")
            value = (
                fmt(N_("{state} (profile {profile})"), state=_state_words(s), profile=label)
                if label
                else _state_words(s)
            )
            found.append(Fact(_line_name(s), value))
    unreadable = [
        words_for(_facts.text(b, "name") or "", _facts.text(b, "packaging") or "native")
        for b in _facts.items(ev, "unreadable_browsers")
        if isinstance(b, Mapping)
    ]
    found.append(Fact(N_("Profiles could not be listed"), _facts.listed(unreadable)))
    found.append(
        Fact(
            N_("Policies that could not be read"),
            _facts.listed(_facts.texts(ev, "unreadable_policies")),
        )
    )
    suggested = _facts.texts(ev, "enhanced_suggested")
    if suggested and finding.status is Status.PASS:
        found.append(Fact(N_("Suggestion"), N_("switch on Enhanced protection in Chrome or Brave")))
    return tuple(found)

"""Which browsers are installed, and which version each one is, without starting any of them.

UPD-004 compares these versions with the vendors' current releases. Reading a version must never
open a browser window or touch a profile, so per OS:

- Linux: `<browser> --version` of the program found on PATH (Chromium browsers and Firefox print
  one line and exit; this is also how a browser installed in a folder of the user's own PATH is
  found), Firefox's `application.ini` next to the program in the usual folders, `flatpak list`
  for Flatpak apps, and each snap's own `meta/snap.yaml` (read as a file: nothing is started,
  and no list of the other snaps is kept).
- Windows: the programs' uninstall entries (`reg query ... /s /v DisplayVersion` of the machine's
  and the user's Uninstall keys: per-user installs under %LOCALAPPDATA% register there too). Never
  `chrome.exe --version`: on Windows that opens the browser and prints nothing.
- macOS: `CFBundleShortVersionString` in each app bundle's `Info.plist` (read as a file; `plutil`
  only for a binary plist), in /Applications and ~/Applications.

Every answer is untrusted text: a version is digits and dots, and anything else is no version.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import total_ordering

from hygiene_app.checks._common import join
from hygiene_app.checks.browser_profiles import (
    BRAVE,
    CHROME,
    CHROMIUM,
    EDGE,
    FIREFOX,
    OPERA,
    VIVALDI,
    Packaging,
)
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.i18n import N_
from hygiene_app.engine.model import OSFamily
from hygiene_app.engine.probes import CommandOutcome
from hygiene_app.engine.snapshot import Snapshot

# ----- versions -----------------------------------------------------------------------------

#: A version as browsers print it: 2 to 4 numbers ("126.0", "120.0.6099.109"), maybe followed
#: by Firefox's channel letters ("128.5.0esr", "121.0b5"). Not part of a longer word or number.
_VERSION = re.compile(r"(?<![\w.])v?(\d{1,6}(?:\.\d{1,9}){1,3})(esr|[ab]\d{0,3})?(?![\w.]|\.\d)")


@total_ordering
@dataclass(frozen=True, slots=True)
class Version:
    """A version compared number by number ("120.0.6099.9" < "120.0.6099.10"); missing numbers
    count as 0, so "126.0" == "126.0.0"."""

    parts: tuple[int, ...]
    #: What followed the numbers: "esr", "b5"... (not used in the comparison).
    suffix: str = ""

    def _key(self) -> tuple[int, ...]:
        parts = list(self.parts)
        while parts and parts[-1] == 0:
            parts.pop()
        return tuple(parts)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __lt__(self, other: Version) -> bool:
        return self._key() < other._key()

    @property
    def major(self) -> int:
        return self.parts[0] if self.parts else 0

    def __str__(self) -> str:
        return ".".join(str(p) for p in self.parts) + self.suffix


def parse_version(text: str) -> Version | None:
    """The first version in `text` ("Google Chrome 120.0.6099.109 ", "Mozilla Firefox
    128.5.0esr", "133.0-2"); None when there is none."""
    m = _VERSION.search(text)
    if m is None:
        return None
    return Version(tuple(int(p) for p in m.group(1).split(".")), m.group(2) or "")


# ----- what is installed --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BrowserKind:
    """One browser and where each OS keeps its version."""

    key: str
    #: The browser's name for people (marked with N_).
    name: str
    #: Linux: programs on PATH that print `Name 1.2.3` for `--version` (first that answers wins).
    linux_programs: tuple[str, ...]
    flatpak_id: str = ""
    snap: str = ""
    #: macOS: the app bundle's folder name.
    mac_bundle: str = ""
    #: Windows: the Uninstall entry's key name (a full match, case-insensitive).
    windows_uninstall: str = ""
    #: Linux: folders holding Firefox's application.ini (native installs).
    ini_folders: tuple[str, ...] = field(default=())


KINDS: tuple[BrowserKind, ...] = (
    BrowserKind(
        "chrome",
        CHROME,
        ("google-chrome",),
        flatpak_id="com.google.Chrome",
        mac_bundle="Google Chrome.app",
        windows_uninstall=r"Google Chrome",
    ),
    BrowserKind(
        "edge",
        EDGE,
        ("microsoft-edge",),
        flatpak_id="com.microsoft.Edge",
        mac_bundle="Microsoft Edge.app",
        windows_uninstall=r"Microsoft Edge",
    ),
    BrowserKind(
        "firefox",
        FIREFOX,
        ("firefox", "firefox-esr"),
        flatpak_id="org.mozilla.firefox",
        snap="firefox",
        mac_bundle="Firefox.app",
        # "Mozilla Firefox (x64 en-US)", "Mozilla Firefox 115.6.0 ESR (x64 en-US)".
        windows_uninstall=r"Mozilla Firefox\b.*",
        ini_folders=(
            "/usr/lib/firefox",
            "/usr/lib64/firefox",
            "/usr/lib/firefox-esr",
            "/opt/firefox",
        ),
    ),
    BrowserKind(
        "brave",
        BRAVE,
        ("brave-browser", "brave"),
        flatpak_id="com.brave.Browser",
        snap="brave",
        mac_bundle="Brave Browser.app",
        windows_uninstall=r"BraveSoftware Brave-Browser",
    ),
    BrowserKind(
        "chromium",
        CHROMIUM,
        ("chromium", "chromium-browser"),
        flatpak_id="org.chromium.Chromium",
        snap="chromium",
        mac_bundle="Chromium.app",
        windows_uninstall=r"Chromium",
    ),
    BrowserKind(
        "opera",
        OPERA,
        ("opera",),
        flatpak_id="com.opera.Opera",
        snap="opera",
        mac_bundle="Opera.app",
        # "Opera Stable 105.0.4970.21", "Opera 105.0.4970.21" (not Opera GX, Beta, Developer).
        windows_uninstall=r"Opera( Stable)?( \d[\d.]*)?",
    ),
    BrowserKind(
        "vivaldi",
        VIVALDI,
        ("vivaldi",),
        flatpak_id="com.vivaldi.Vivaldi",
        snap="vivaldi",
        mac_bundle="Vivaldi.app",
        windows_uninstall=r"Vivaldi",
    ),
)
KINDS_BY_KEY = {k.key: k for k in KINDS}


@dataclass(frozen=True, slots=True)
class BrowserInstall:
    """One installed browser (one packaging of it) and its version as read."""

    browser: str
    packaging: Packaging
    #: None when the browser is there but its version could not be read (see `problem`).
    version: Version | None
    #: Where the version was read: a command, a file, a registry key.
    source: str
    problem: str = ""

    @property
    def name(self) -> str:
        return KINDS_BY_KEY[self.browser].name


@dataclass(frozen=True, slots=True)
class InstallSurvey:
    installs: tuple[BrowserInstall, ...]
    #: Why some place could not be looked at (a tool that timed out...), so "no browser" is
    #: only said when every place answered.
    problems: tuple[str, ...] = ()


def normalise(browser: str, version: Version) -> Version:
    """Brave's programs report the Chromium major in front of Brave's own version
    ("131.1.73.97"); its releases are numbered without it ("1.73.97")."""
    if browser == "brave" and len(version.parts) == 4 and version.parts[0] >= 10:
        return Version(version.parts[1:], version.suffix)
    return version


# ----- parsers (pure) -----------------------------------------------------------------------


#: What may stand before the version on a `--version` line: nothing, or the product's name.
_PRODUCT_NAME = re.compile(r"\s*(?:[A-Za-z][A-Za-z -]*\s)?")


def parse_version_output(text: str) -> Version | None:
    """`google-chrome --version` ("Google Chrome 120.0.6099.109 "), `firefox --version`
    ("Mozilla Firefox 126.0"), `chromium --version` ("Chromium 120.0.6099.224 built on Debian
    12.4, ..."), `opera --version` ("115.0.5322.68"): the version on the first line that starts
    with it or with a name. A warning line before it ("[0101/120000.123456:ERROR:...]",
    "Gtk-Message: 10:12:33.123: ...") holds numbers that are no version."""
    for line in text.splitlines():
        m = _VERSION.search(line)
        if m is not None and _PRODUCT_NAME.fullmatch(line[: m.start()]):
            return parse_version(line[m.start() :])
    return None


def parse_application_ini(text: str) -> Version | None:
    """Firefox's application.ini: `Version=126.0.1` in the `[App]` section."""
    section = ""
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
        elif section == "App" and line.partition("=")[0].strip() == "Version":
            return parse_version(line.partition("=")[2])
    return None


def parse_flatpak_list(text: str) -> dict[str, str]:
    """`flatpak list --app --columns=application,version` (not on a terminal: tab-separated,
    no header): application id -> version text ("" when the app declares none)."""
    apps: dict[str, str] = {}
    for line in text.splitlines():
        fields = line.split("\t") if "\t" in line else line.split()
        if not fields or not re.fullmatch(r"[A-Za-z][\w-]*(\.[\w-]+){2,}", fields[0]):
            continue
        apps.setdefault(fields[0], fields[1].strip() if len(fields) > 1 else "")
    return apps


def parse_snap_yaml(text: str) -> Version | None:
    """A snap's meta/snap.yaml: its top-level `version: '133.0-2'` line."""
    for line in text.splitlines():
        m = re.fullmatch(r"version:\s*['\"]?([^'\"]*)['\"]?\s*", line)
        if m:
            return parse_version(m.group(1))
    return None


_PLIST_VERSION = re.compile(
    r"<key>\s*CFBundleShortVersionString\s*</key>\s*<string>([^<]{0,64})</string>"
)


def parse_info_plist(text: str) -> Version | None:
    """An XML Info.plist's CFBundleShortVersionString (no XML parser: only this one pair)."""
    m = _PLIST_VERSION.search(text)
    return parse_version(m.group(1)) if m else None


_REG_VALUE = re.compile(r"^ {2,}(.+?) {2,}(REG_[A-Z_]+)(?: {2,}(.*))?$")
_REG_KEY = re.compile(r"^(HKEY_[A-Z_]+|HK(?:LM|CU|CR|U|CC))\\.+$")


def parse_reg_query(text: str) -> dict[str, dict[str, str]]:
    """`reg query KEY [/s] [/v NAME]`: key path -> {value name: data}. Only key lines and
    indented `name    REG_TYPE    data` lines count: the search summary ("End of search: 2
    match(es) found.") and errors are translated and are skipped, whatever their language."""
    keys: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for raw in text.splitlines():
        line = raw.rstrip("\r")
        if _REG_KEY.match(line.strip()) and not line.startswith(" "):
            current = keys.setdefault(line.strip(), {})
            continue
        m = _REG_VALUE.match(line)
        if m and current is not None:
            current[m.group(1).strip()] = (m.group(3) or "").strip()
    return keys


def windows_installs(keys: dict[str, dict[str, str]]) -> list[BrowserInstall]:
    """The browsers among Uninstall entries (key name -> values)."""
    found: list[BrowserInstall] = []
    for path, values in keys.items():
        name = path.rsplit("\\", 1)[-1]
        for kind in KINDS:
            if kind.windows_uninstall and re.fullmatch(kind.windows_uninstall, name, re.I):
                version = parse_version(values.get("DisplayVersion", ""))
                found.append(
                    BrowserInstall(
                        kind.key,
                        Packaging.NATIVE,
                        None if version is None else normalise(kind.key, version),
                        path,
                        "" if version else N_("its uninstall entry has no version"),
                    )
                )
                break
    return found


# ----- probes -------------------------------------------------------------------------------

#: `--version` of a browser program: it prints one line and exits, usually in well under a
#: second (a cold start of Firefox's library can take one).
VERSION_TIMEOUT = 3.0
FLATPAK_LIST = ("flatpak", "list", "--app", "--columns=application,version")
FLATPAK_TIMEOUT = 4.0
SNAP_ROOT = "/snap"
#: Windows: the machine's (64- and 32-bit) and the user's programs.
UNINSTALL_ROOTS = (
    "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall",
    "HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall",
    "HKCU\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall",
)
REG_TIMEOUT = 5.0
PLUTIL_TIMEOUT = 2.0


def reg_query_argv(root: str) -> tuple[str, ...]:
    return ("reg", "query", root, "/s", "/v", "DisplayVersion")


#: Why a browser program gave no version, in words that name no program: several browsers
#: failing alike are then one clause of the finding, not one each.
_VERSION_PROBLEMS = {
    CommandOutcome.TIMEOUT: N_("it did not tell its version in time"),
    CommandOutcome.PERMISSION_DENIED: N_("the app is not allowed to start it"),
    CommandOutcome.TOO_MUCH_OUTPUT: N_("it printed far more than a version"),
    CommandOutcome.FAILED: N_("it could not be started"),
}


def survey_installs(ctx: ProbeContext) -> InstallSurvey:
    os_family = ctx.platform.os
    if os_family is OSFamily.WINDOWS:
        return _windows(ctx)
    if os_family is OSFamily.MACOS:
        return _macos(ctx)
    return _linux(ctx)


def _dedupe(installs: Sequence[BrowserInstall]) -> tuple[BrowserInstall, ...]:
    """One line per browser, packaging and version. A native program that reports the same
    version as that browser's Snap or Flatpak is the same install (Ubuntu's /usr/bin/firefox
    starts the snap), and is dropped."""
    packaged = {
        (i.browser, i.version)
        for i in installs
        if i.packaging is not Packaging.NATIVE and i.version
    }
    seen: set[tuple[str, Packaging, Version | None, str]] = set()
    kept = []
    for i in installs:
        if i.packaging is Packaging.NATIVE and (i.browser, i.version) in packaged:
            continue
        key = (i.browser, i.packaging, i.version, "" if i.version else i.source)
        if key not in seen:
            seen.add(key)
            kept.append(i)
    return tuple(kept)


def _linux(ctx: ProbeContext) -> InstallSurvey:
    snaps = _snaps(ctx)
    as_snap = {i.browser for i in snaps}
    installs: list[BrowserInstall] = []
    problems: list[str] = []
    for kind in KINDS:
        if kind.key in as_snap:
            # Ubuntu's /usr/bin/firefox and chromium-browser only start the snap (slowly, the
            # first time): its snap.yaml already said the version.
            continue
        from_ini = False
        for folder in kind.ini_folders:
            path = posixpath.join(folder, "application.ini")
            read = ctx.files.read_text(path)
            if read.ok and (version := parse_application_ini(read.text)) is not None:
                installs.append(BrowserInstall(kind.key, Packaging.NATIVE, version, path))
                from_ini = True
        if from_ini:
            continue  # no need to start the program
        for program in kind.linux_programs:
            result = ctx.run((program, "--version"), timeout=VERSION_TIMEOUT)
            if result.outcome is CommandOutcome.NOT_FOUND:
                continue
            source = f"{program} --version"
            version = parse_version_output(result.stdout) if result.ran else None
            if version is not None:
                installs.append(
                    BrowserInstall(kind.key, Packaging.NATIVE, normalise(kind.key, version), source)
                )
            elif result.outcome is CommandOutcome.CANCELLED:
                problems.append(result.why_not())
            else:
                problem = _VERSION_PROBLEMS.get(result.outcome, N_("it printed no version"))
                installs.append(BrowserInstall(kind.key, Packaging.NATIVE, None, source, problem))
            break
    installs += _flatpaks(ctx, problems)
    installs += snaps
    return InstallSurvey(_dedupe(installs), tuple(problems))


def _flatpaks(ctx: ProbeContext, problems: list[str]) -> list[BrowserInstall]:
    result = ctx.run(FLATPAK_LIST, timeout=FLATPAK_TIMEOUT)
    if result.outcome is CommandOutcome.NOT_FOUND:
        return []
    if not result.ran or result.returncode != 0:
        problems.append(result.why_not())
        return []
    apps = parse_flatpak_list(result.stdout)
    found = []
    for kind in KINDS:
        if kind.flatpak_id and kind.flatpak_id in apps:
            version = parse_version(apps[kind.flatpak_id])
            found.append(
                BrowserInstall(
                    kind.key,
                    Packaging.FLATPAK,
                    None if version is None else normalise(kind.key, version),
                    " ".join(FLATPAK_LIST),
                    "" if version else N_("Flatpak lists no version for it"),
                )
            )
    return found


def _snaps(ctx: ProbeContext) -> list[BrowserInstall]:
    found = []
    for kind in KINDS:
        if not kind.snap:
            continue
        path = posixpath.join(SNAP_ROOT, kind.snap, "current", "meta", "snap.yaml")
        read = ctx.files.read_text(path)
        if read.ok:
            version = parse_snap_yaml(read.text)
            found.append(
                BrowserInstall(
                    kind.key,
                    Packaging.SNAP,
                    None if version is None else normalise(kind.key, version),
                    path,
                    "" if version else N_("its snap.yaml names no version"),
                )
            )
    return found


def _windows(ctx: ProbeContext) -> InstallSurvey:
    installs: list[BrowserInstall] = []
    problems: list[str] = []
    for root in UNINSTALL_ROOTS:
        result = ctx.run(reg_query_argv(root), timeout=REG_TIMEOUT)
        # Exit 1 with nothing found is "no such value anywhere below": an answer, not a failure.
        if result.ran and result.returncode in (0, 1):
            installs += windows_installs(parse_reg_query(result.stdout))
        elif not problems:  # the three roots fail alike: one reason says it
            problems.append(result.why_not())
    return InstallSurvey(_dedupe(installs), tuple(problems))


def _macos(ctx: ProbeContext) -> InstallSurvey:
    installs: list[BrowserInstall] = []
    problems: list[str] = []
    for root in ("/Applications", join(OSFamily.MACOS, ctx.platform.home, "Applications")):
        for kind in KINDS:
            plist = posixpath.join(root, kind.mac_bundle, "Contents", "Info.plist")
            read = ctx.files.read_text(plist)
            if read.ok and (version := parse_info_plist(read.text)) is not None:
                installs.append(
                    BrowserInstall(kind.key, Packaging.NATIVE, normalise(kind.key, version), plist)
                )
                continue
            if not read.ok and ctx.files.mtime(plist) is None:
                continue  # not installed here
            # A binary plist (or one read as garbage): plutil prints the one value.
            argv = ("plutil", "-extract", "CFBundleShortVersionString", "raw", "-o", "-", plist)
            result = ctx.run(argv, timeout=PLUTIL_TIMEOUT)
            version = parse_version(result.stdout) if result.ran else None
            installs.append(
                BrowserInstall(
                    kind.key,
                    Packaging.NATIVE,
                    None if version is None else normalise(kind.key, version),
                    plist,
                    "" if version else N_("its Info.plist names no version"),
                )
            )
    return InstallSurvey(_dedupe(installs), tuple(problems))


# ----- snapshots ----------------------------------------------------------------------------


def _browser_of_entry(key_path: str) -> str | None:
    name = key_path.strip().rsplit("\\", 1)[-1]
    for kind in KINDS:
        if kind.windows_uninstall and re.fullmatch(kind.windows_uninstall, name, re.I):
            return kind.key
    return None


def _brave_short(text: str) -> str:
    """Brave's versions without the Chromium major in front ("131.1.73.97" -> "1.73.97"), as
    the check reads them anyway: four numbers up to 255 look like an IP address, which a
    snapshot's redaction would replace."""

    def short(m: re.Match[str]) -> str:
        version = parse_version(m.group(0))
        return m.group(0) if version is None else str(normalise("brave", version))

    return _VERSION.sub(short, text)


def _browser_reg_blocks(text: str) -> str:
    """`reg query` output with only the browsers' key blocks (a key line and its values)."""
    kept: list[str] = []
    browser: str | None = None
    for line in text.splitlines(keepends=True):
        bare = line.rstrip("\r\n")
        if _REG_KEY.match(bare.strip()) and not bare.startswith(" "):
            browser = _browser_of_entry(bare)
        elif not bare.strip():
            browser = None
        if browser is not None:
            kept.append(_brave_short(line) if browser == "brave" else line)
    return "".join(kept)


_BROWSER_FLATPAKS = frozenset(k.flatpak_id for k in KINDS if k.flatpak_id)
_BRAVE_COMMANDS = frozenset((p, "--version") for p in KINDS_BY_KEY["brave"].linux_programs)


def minimise_install_reads(snap: Snapshot) -> Snapshot:
    """`snap` with the listings of every installed program (`flatpak list`, the Uninstall
    keys) cut down to the browsers' rows: a support snapshot tells which browsers are there,
    not which other software is. Brave's versions are kept in the short form the check
    compares (see `_brave_short`)."""
    queries = {reg_query_argv(root) for root in UNINSTALL_ROOTS}
    brave_bundle = KINDS_BY_KEY["brave"].mac_bundle
    commands = dict(snap.commands)
    for argv, result in snap.commands.items():
        if argv == FLATPAK_LIST:
            rows = result.stdout.splitlines(keepends=True)
            kept = "".join(r for r in rows if parse_flatpak_list(r).keys() & _BROWSER_FLATPAKS)
        elif argv in queries:
            kept = _browser_reg_blocks(result.stdout)
        elif argv in _BRAVE_COMMANDS or (argv[:1] == ("plutil",) and brave_bundle in argv[-1]):
            kept = _brave_short(result.stdout)
        else:
            continue
        commands[argv] = replace(result, stdout=kept)
    return replace(snap, commands=commands)

"""UPD-001: operating-system and app updates are waiting to be installed.

Most attacks on home computers use flaws that were fixed weeks or months earlier: the fix was
published, it just was not installed. Security updates waiting on a machine are the single most
common, and most easily fixed, hygiene problem.

Verdict (documented here because it is a judgement call):

* at least one security update waiting: FAIL, severity HIGH; CRITICAL from
  `MANY_SECURITY_UPDATES` security updates on, because that many means updates have not been
  installed for a long time;
* only other operating-system updates (or updates whose kind the system does not say, as on
  Arch Linux): WARN, severity MEDIUM;
* an apt package list (or macOS update list) older than `STALE_LIST_DAYS`: WARN, severity
  MEDIUM, even with nothing waiting, because "no updates" read from a week-old list proves
  nothing;
* only Flatpak or Snap app updates: WARN, severity LOW;
* nothing waiting, read from a fresh list: PASS;
* the system's own update source could not be asked, and nothing was found elsewhere: UNKNOWN.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from hygiene_app.checks import _facts
from hygiene_app.checks._common import (
    ParseError,
    days,
    not_understood,
    parse_ps_json,
    powershell,
    with_sentences,
)
from hygiene_app.checks.auto_updates import MACOS_PREFS_PLIST, PlistRead, is_ostree, read_plist
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.i18n import N_, as_text, fmt, fmt_plural, joined
from hygiene_app.engine.macos import macos_version
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
from hygiene_app.engine.probes import CommandOutcome, CommandResult, PlatformInfo

#: A package list older than this (days) cannot vouch for "no updates".
STALE_LIST_DAYS = 7
#: From this many waiting security updates on, the finding is CRITICAL rather than HIGH.
MANY_SECURITY_UPDATES = 10
#: At most this many package names go into the evidence.
MAX_NAMES = 20

META = CheckMeta(
    id="UPD-001",
    title=N_("Operating system updates installed"),
    category=Category.UPDATES,
    platforms=ALL_OSES,
    weight=8,
    severity=Severity.HIGH,
    leaves_machine=N_(
        "Your system's own update tools ask your vendor's update servers which updates exist, "
        "as they do on their own every day. Nothing about you is sent by this app."
    ),
    # The slowest Linux path (dnf, its security labels, Flatpak and Snap) asks for 41 s.
    timeout=45.0,
)


class Source(enum.StrEnum):
    APT = "apt"
    DNF = "dnf"
    PACMAN = "pacman"
    FLATPAK = "flatpak"
    SNAP = "snap"
    WINDOWS_UPDATE = "windows_update"
    SOFTWARE_UPDATE = "softwareupdate"
    #: A Linux whose package manager this check does not know.
    OTHER = "other"

    @property
    def is_app_store(self) -> bool:
        return self in (Source.FLATPAK, Source.SNAP)


@dataclass(frozen=True, slots=True)
class Update:
    name: str
    #: True: a security fix; False: not one; None: the source does not say.
    security: bool | None = False


@dataclass(frozen=True, slots=True)
class SourceResult:
    """What one update source said, or why it said nothing."""

    source: Source
    updates: tuple[Update, ...] = ()
    #: Why the source gave no answer; empty when it answered.
    reason: str = ""
    #: The source read a list cached on disk rather than asking the servers now.
    cached: bool = False
    #: Days since the cached list was refreshed, when known.
    list_age_days: float | None = None
    #: Why the source's security labels could not be read, when they could not: the updates'
    #: `security` is then None although the source does label them.
    security_reason: str = ""
    #: A sentence for the user about these updates (Ubuntu's phased updates).
    note: str = ""

    @property
    def answered(self) -> bool:
        return not self.reason


# ----- parsers (pure) -----------------------------------------------------------------------

_APT_ROW = re.compile(
    r"^(?P<name>[^/\s]+)/(?P<suites>\S+)\s+(?P<version>\S+)\s+(?P<arch>\S+)(?:\s+\[.*\])?\s*$"
)


def parse_apt_upgradable(text: str) -> tuple[Update, ...]:
    """`apt list --upgradable`: `name/suite[,suite...] version arch [upgradable from: old]`.

    A row is a security update when any of its suites ends in `-security` (Debian's
    `bookworm-security`, Ubuntu's `jammy-security`). The `Listing...` header and apt's
    "no stable CLI" warning are skipped. Output with neither the header nor a row is not apt's.
    """
    updates: dict[tuple[str, str], Update] = {}
    header = False
    unknown_lines = 0
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("Listing..."):
            header = True
            continue
        if line.startswith(("WARNING:", "N:", "W:")):
            continue
        m = _APT_ROW.match(line)
        if not m:
            unknown_lines += 1
            continue
        suites = {s for s in m.group("suites").split(",") if s}
        security = any(s.endswith("-security") for s in suites)
        updates[(m.group("name"), m.group("arch"))] = Update(m.group("name"), security)
    if not updates and (unknown_lines or not header):
        raise ParseError("no package rows and no 'Listing...' header")
    return tuple(updates.values())


_VERSIONISH = re.compile(r"^(?:\d+:)?\d[\w.+~^-]*$")


def parse_dnf_check_update(text: str) -> tuple[Update, ...]:
    """`dnf check-update -q` rows `name.arch  [epoch:]version-release  repo`.

    dnf wraps a row whose name is too long onto two lines; lines such as "Last metadata
    expiration check" or "Security: ... is an installed security update" are skipped, and the
    "Obsoleting Packages" section (a repeat of the rows above) ends the list. Whether an update
    fixes a security flaw is not said here: see `parse_dnf_security`.
    """
    names: dict[str, None] = {}
    pending: str | None = None
    for line in text.splitlines():
        if line.strip().lower().startswith("obsoleting packages"):
            break
        tokens = line.split()
        if pending is not None and len(tokens) == 2 and line[:1].isspace():
            tokens = [pending, *tokens]
        pending = None
        if len(tokens) == 1 and "." in tokens[0] and ":" not in tokens[0]:
            pending = tokens[0]
            continue
        if len(tokens) == 3 and "." in tokens[0] and _VERSIONISH.match(tokens[1]):
            names.setdefault(tokens[0].rsplit(".", 1)[0], None)
    return tuple(Update(n, None) for n in names)


def _nevra_name(token: str) -> str | None:
    """`openssl-1:3.0.9-2.fc38.x86_64` -> `openssl`; None when the token is not a NEVRA."""
    parts = token.rsplit("-", 2)
    if len(parts) != 3 or not parts[0]:
        return None
    _, version, release_arch = parts
    if "." not in release_arch or not _VERSIONISH.match(version):
        return None
    return parts[0]


def parse_dnf_security(text: str) -> frozenset[str]:
    """Package names in `dnf updateinfo list --security` (dnf4: `ID Severity/Sec. NEVRA`;
    dnf5: a table `Name Type Severity Package Issued`). The first column is the advisory."""
    names: set[str] = set()
    for line in text.splitlines():
        tokens = line.split()
        if len(tokens) < 3:
            continue
        for token in tokens[1:]:
            name = _nevra_name(token)
            if name:
                names.add(name)
                break
    return frozenset(names)


_CHECKUPDATES_ROW = re.compile(r"^(\S+)\s+\S+\s+->\s+\S+\s*$")


def parse_checkupdates(text: str) -> tuple[Update, ...]:
    """`checkupdates` rows `name old -> new`. Arch does not label security updates."""
    names: dict[str, None] = {}
    for line in text.splitlines():
        m = _CHECKUPDATES_ROW.match(line.strip())
        if m:
            names.setdefault(m.group(1), None)
    return tuple(Update(n, None) for n in names)


_FLATPAK_REF = re.compile(r"^[A-Za-z_][\w-]*(?:\.[\w-]+){2,}$")


#: Words of the column titles flatpak prints when it prints a header (on a terminal).
_FLATPAK_TITLE_WORDS = {"name", "application", "id", "version", "branch", "arch", "origin", "ref"}


def parse_flatpak_updates(text: str) -> tuple[Update, ...]:
    """`flatpak remote-ls --updates`: one row per app or runtime, tab-separated when not on a
    terminal (older flatpak pads with spaces). The application id is the first field shaped
    like a reverse domain name, whatever columns were asked for. Empty output: no updates. A
    row without an application id is not flatpak's: ParseError, never "no updates"."""
    names: dict[str, None] = {}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().lower().startswith("warning:"):
            continue
        fields = [f.strip() for f in (line.split("\t") if "\t" in line else line.split())]
        ref = next((f for f in fields if _FLATPAK_REF.match(f)), None)
        if ref is not None:
            names.setdefault(ref, None)
        elif not names and {w.lower() for w in line.split()} <= _FLATPAK_TITLE_WORDS:
            continue  # the header
        else:
            raise ParseError(f"a row without an application id: {line.strip()[:60]!r}")
    return tuple(Update(n, False) for n in names)


#: A snap's name: lower-case letters, digits and dashes.
_SNAP_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def parse_snap_refresh_list(text: str) -> tuple[Update, ...]:
    """`snap refresh --list` stdout: a `Name  Version  Rev ...` header, then one row per snap;
    nothing at all when every snap is up to date ("All snaps up to date." goes to stderr).
    `WARNING:` lines are skipped; any other text is not snap's: ParseError."""
    names: dict[str, None] = {}
    header = False
    for line in text.splitlines():
        tokens = line.split()
        if not tokens or line.startswith(("WARNING:", "All snaps")):
            continue
        if not header:
            if tokens[:2] != ["Name", "Version"]:
                raise ParseError(f"no 'Name  Version' header: {line.strip()[:60]!r}")
            header = True
            continue
        if len(tokens) < 3 or not _SNAP_NAME.match(tokens[0]):
            raise ParseError(f"unexpected row {line.strip()[:60]!r}")
        names.setdefault(tokens[0], None)
    return tuple(Update(n, False) for n in names)


#: MSRC severities Windows Update puts on security updates; not translated.
_MSRC_SEVERITIES = {"critical", "important", "moderate", "low"}
#: Windows Update result codes that mean the search did not complete.
_WU_FAILED_CODES = {0, 1, 4, 5}
#: orcSucceededWithErrors: part of the search failed, so an empty list proves nothing.
_WU_PARTIAL = 3


def parse_windows_updates(text: str) -> tuple[Update, ...]:
    """The JSON our Windows Update probe prints: `{"ResultCode": n, "Updates": [...]}` where
    each update has `Title`, `MsrcSeverity`, `IsMandatory` and `Security` (in the Security
    Updates category, matched by its id because category names are translated)."""
    items = parse_ps_json(text)  # ParseError on any unusable JSON, however hostile
    if len(items) != 1 or "Updates" not in items[0]:
        raise ParseError("expected one object with 'Updates'")
    item = items[0]
    code = item.get("ResultCode")
    if not isinstance(code, int) or isinstance(code, bool) or code in _WU_FAILED_CODES:
        raise ParseError(f"the Windows Update search did not complete (result code {code})")
    raw = item["Updates"]
    if raw is None:
        raw = []
    elif isinstance(raw, dict):
        # Windows PowerShell 5.1 sometimes wraps an array as {"value": [...], "Count": n}.
        raw = raw.get("value", [raw]) if "value" in raw else [raw]
    if not isinstance(raw, list):
        raise ParseError("'Updates' is not a list")
    updates = []
    for u in raw:
        if not isinstance(u, dict) or not isinstance(u.get("Title"), str):
            raise ParseError("an update without a title")
        severity = u.get("MsrcSeverity")
        security = u.get("Security") is True or (
            isinstance(severity, str) and severity.strip().lower() in _MSRC_SEVERITIES
        )
        updates.append(Update(u["Title"].strip(), security))
    if not updates and code == _WU_PARTIAL:
        raise ParseError("the Windows Update search completed with errors and found nothing")
    return tuple(updates)


_SU_TITLE_NEW = re.compile(r"^Title:\s*(?P<title>.*?),\s*Version:\s*(?P<version>[^,]*)")
_SU_TITLE_OLD = re.compile(r"^(?P<title>.*?)\s*\((?P<version>[^)]*)\)")


def _macos_update_is_security(title: str, version: str, os_version: str) -> bool:
    """Apple does not label security updates in `softwareupdate`. Security Responses, XProtect
    and Safari updates, and macOS updates within the running major version, carry security
    fixes in practice (Apple's security-release notes list fixes for nearly every one). Betas,
    developer tools and upgrades to a new major version are not counted as security."""
    lower = title.lower()
    if "beta" in lower:
        return False
    if "security" in lower or "xprotect" in lower or lower.startswith("safari"):
        return True
    if lower.startswith("macos"):
        current = macos_version(os_version).split(".")[0]
        offered = version.strip().split(".")[0]
        return not current or not offered or current == offered
    return False


def parse_softwareupdate(text: str, os_version: str = "") -> tuple[Update, ...]:
    """`softwareupdate --list --no-scan`, stdout and stderr together, in either format:

    * 10.15+: `* Label: <label>` then `\\tTitle: <t>, Version: <v>, Size: ..., Recommended: ...`
    * older: `   * <label>` then `\\t<title> (<version>), 12345K [recommended] [restart]`

    "No new software available." means none; a scan error or unrecognised text raises.
    """
    if "finished with error" in text or "Error Domain=" in text:
        raise ParseError("softwareupdate reported an error")
    lines = text.splitlines()
    updates: dict[str, Update] = {}
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped.startswith("* "):
            continue
        label = stripped[2:].strip()
        if label.startswith("Label:"):
            label = label[len("Label:") :].strip()
        if not label:
            continue
        detail = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if detail.startswith("*"):
            detail = ""
        m = _SU_TITLE_NEW.match(detail) or _SU_TITLE_OLD.match(detail)
        title = m.group("title").strip() if m and m.group("title").strip() else label
        version = m.group("version") if m else ""
        updates.setdefault(
            label, Update(title, _macos_update_is_security(title, version, os_version))
        )
    if updates:
        return tuple(updates.values())
    if "No new software available" in text:
        return ()
    raise ParseError("no updates and no 'No new software available.'")


def list_age_days(mtimes: Iterable[float | None], now: float) -> float | None:
    """Days since the newest of `mtimes`; None when none is known."""
    known = [m for m in mtimes if m is not None]
    if not known:
        return None
    return max(0.0, days(now - max(known)))


# ----- probes (one per OS) ------------------------------------------------------------------

APT_LIST = ("apt", "list", "--upgradable")
APT_LISTS_DIR = "/var/lib/apt/lists"
APT_UPDATE_STAMP = "/var/lib/apt/periodic/update-success-stamp"
DNF_CHECK = ("dnf", "check-update", "-q")
#: Offline mode: compare against the metadata dnf already has, asking no server.
DNF_CHECK_OFFLINE = ("dnf", "check-update", "-q", "--cacheonly")
#: Run after DNF_CHECK (so the metadata is fresh and in the cache).
DNF_SECURITY = ("dnf", "updateinfo", "list", "--security", "-q", "--cacheonly")
CHECKUPDATES = ("checkupdates",)
#: Offline mode: do not sync the temporary package database first.
CHECKUPDATES_OFFLINE = ("checkupdates", "-n")
FLATPAK_LIST = ("flatpak", "remote-ls", "--updates", "--columns=application,version,origin")
SNAP_LIST = ("snap", "refresh", "--list")
#: Where the flatpak and snap programs live: offline mode looks for them without running them.
FLATPAK_BIN = "/usr/bin/flatpak"
SNAP_BIN = "/usr/bin/snap"
MACOS_PROBE = ("softwareupdate", "--list", "--no-scan")

#: Seconds per probe. The slowest path, dnf + its security labels + Flatpak + Snap, asks for
#: 22 + 7 + 7 + 5 = 41 s of META.timeout's 45; checkupdates + Flatpak + Snap 34 s; apt 22 s;
#: Windows 25 s; macOS 15 s + plutil's 5 s.
APT_TIMEOUT = 10.0
DNF_TIMEOUT = 22.0
DNF_SECURITY_TIMEOUT = 7.0
CHECKUPDATES_TIMEOUT = 22.0
FLATPAK_TIMEOUT = 7.0
SNAP_TIMEOUT = 5.0
WINDOWS_TIMEOUT = 25.0
MACOS_TIMEOUT = 15.0


def _windows_probe(online: bool) -> tuple[str, ...]:
    return powershell(
        "$s=New-Object -ComObject Microsoft.Update.Session;"
        "$q=$s.CreateUpdateSearcher();"
        f"$q.Online=${'true' if online else 'false'};"
        # Single quotes only: double quotes inside -Command need escaping on the command line.
        "$r=$q.Search('IsInstalled=0 and IsHidden=0 and Type=''Software''');"
        "$sec='0fa1201d-4330-4fa8-8ae9-b877473b6441';"
        "$u=@(foreach($x in $r.Updates){[pscustomobject]@{"
        "Title=$x.Title;MsrcSeverity=$x.MsrcSeverity;IsMandatory=$x.IsMandatory;"
        "Security=[bool](@($x.Categories|Where-Object{$_.CategoryID -eq $sec}).Count)}});"
        "[pscustomobject]@{ResultCode=[int]$r.ResultCode;Updates=$u}"
        "|ConvertTo-Json -Compress -Depth 4"
    )


WINDOWS_PROBE = _windows_probe(online=True)
#: Offline mode: search what Windows Update already downloaded about updates.
WINDOWS_PROBE_OFFLINE = _windows_probe(online=False)

_HRESULT = re.compile(r"0x[0-9A-Fa-f]{8}")


def _failed(source: Source, result: CommandResult) -> SourceResult:
    return SourceResult(source, reason=result.why_not())


def _apt(ctx: ProbeContext) -> SourceResult:
    result = ctx.run(APT_LIST, timeout=APT_TIMEOUT)
    if not result.ran or result.returncode != 0:
        return _failed(Source.APT, result)
    try:
        updates = parse_apt_upgradable(result.stdout)
    except ParseError as exc:
        return SourceResult(Source.APT, reason=not_understood("apt", exc))
    entries = ctx.files.list_dir(APT_LISTS_DIR) or ()
    mtimes = [
        ctx.files.mtime(f"{APT_LISTS_DIR}/{name}")
        for name in entries
        if name.endswith(("_InRelease", "_Release"))
    ]
    mtimes.append(ctx.files.mtime(APT_UPDATE_STAMP))
    note = ""
    if ctx.platform.is_distribution("ubuntu") and any(not u.security for u in updates):
        # Ubuntu releases many (non-security) updates to a growing share of machines over a
        # few days; `apt list` shows them at once, `apt upgrade` holds them back until then.
        note = N_(
            "Ubuntu releases some updates gradually (phased updates), so 'apt upgrade' may "
            "hold a few of these back for a few days."
        )
    return SourceResult(
        Source.APT,
        updates,
        cached=True,
        list_age_days=list_age_days(mtimes, ctx.now()),
        note=note,
    )


def _dnf(ctx: ProbeContext) -> SourceResult:
    result = ctx.run(DNF_CHECK_OFFLINE if ctx.offline else DNF_CHECK, timeout=DNF_TIMEOUT)
    if not result.ran or result.returncode not in (0, 100):
        return _failed(Source.DNF, result)
    if result.returncode == 0:
        return SourceResult(Source.DNF, cached=ctx.offline)
    updates = parse_dnf_check_update(result.stdout)
    if not updates:
        return SourceResult(Source.DNF, reason=N_("'dnf' said updates exist but listed none"))
    security = ctx.run(DNF_SECURITY, timeout=DNF_SECURITY_TIMEOUT)
    if not security.ran or security.returncode != 0:
        # Fedora does label security updates; we just could not read the labels.
        return SourceResult(
            Source.DNF,
            updates,
            cached=ctx.offline,
            security_reason=security.why_not(),
        )
    names = parse_dnf_security(security.stdout)
    updates = tuple(replace(u, security=u.name in names) for u in updates)
    return SourceResult(Source.DNF, updates, cached=ctx.offline)


def _pacman(ctx: ProbeContext) -> SourceResult:
    argv = CHECKUPDATES_OFFLINE if ctx.offline else CHECKUPDATES
    result = ctx.run(argv, timeout=CHECKUPDATES_TIMEOUT)
    if not result.ran or result.returncode not in (0, 2):
        return _failed(Source.PACMAN, result)
    if result.returncode == 2:
        return SourceResult(Source.PACMAN, cached=ctx.offline)
    updates = parse_checkupdates(result.stdout)
    if not updates:
        return SourceResult(
            Source.PACMAN, reason=N_("'checkupdates' said updates exist but listed none")
        )
    return SourceResult(Source.PACMAN, updates, cached=ctx.offline)


def _app_store(ctx: ProbeContext, source: Source) -> SourceResult | None:
    """Flatpak or Snap updates; None when the tool is not installed (nothing to count)."""
    flatpak = source is Source.FLATPAK
    if ctx.offline:
        # Asking the app store needs the network; whether it is installed does not.
        if ctx.files.mtime(FLATPAK_BIN if flatpak else SNAP_BIN) is None:
            return None
        return SourceResult(source, reason=N_("offline mode: the app store was not asked"))
    argv = FLATPAK_LIST if flatpak else SNAP_LIST
    result = ctx.run(argv, timeout=FLATPAK_TIMEOUT if flatpak else SNAP_TIMEOUT)
    if result.outcome is CommandOutcome.NOT_FOUND:
        return None
    if not result.ran or result.returncode != 0:
        return _failed(source, result)
    parse = parse_flatpak_updates if flatpak else parse_snap_refresh_list
    try:
        return SourceResult(source, parse(result.stdout))
    except ParseError as exc:
        return SourceResult(source, reason=not_understood(argv[0], exc))


def _linux_sources(ctx: ProbeContext) -> tuple[SourceResult, tuple[SourceResult, ...]]:
    platform = ctx.platform
    if platform.is_distribution("debian", "ubuntu"):
        system = _apt(ctx)
    elif platform.is_distribution("fedora", "rhel", "centos"):
        system = _dnf(ctx)
    elif platform.is_distribution("arch"):
        system = _pacman(ctx)
    else:
        name = platform.distribution_name or platform.distribution_id or N_("this Linux")
        system = SourceResult(
            Source.OTHER,
            reason=fmt(N_("checking updates on {name} is not supported yet"), name=name),
        )
    extras = tuple(r for r in (_app_store(ctx, Source.FLATPAK), _app_store(ctx, Source.SNAP)) if r)
    return system, extras


def _windows(ctx: ProbeContext) -> SourceResult:
    argv = WINDOWS_PROBE_OFFLINE if ctx.offline else WINDOWS_PROBE
    result = ctx.run(argv, timeout=WINDOWS_TIMEOUT)
    if not result.ran:
        return _failed(Source.WINDOWS_UPDATE, result)
    if result.returncode != 0:
        code = _HRESULT.search(result.output)
        if code:
            return SourceResult(
                Source.WINDOWS_UPDATE,
                reason=fmt(
                    N_("Windows Update reported error {code}"),
                    code=f"0x{code.group(0)[2:].upper()}",
                ),
            )
        return _failed(Source.WINDOWS_UPDATE, result)
    try:
        updates = parse_windows_updates(result.stdout)
    except ParseError as exc:
        return SourceResult(Source.WINDOWS_UPDATE, reason=not_understood("PowerShell", exc))
    return SourceResult(Source.WINDOWS_UPDATE, updates, cached=ctx.offline)


def _macos_last_check_age(ctx: ProbeContext) -> float | None:
    """Days since Software Update last checked successfully (LastSuccessfulDate)."""
    prefs: PlistRead = read_plist(ctx, MACOS_PREFS_PLIST)
    when = (prefs.values or {}).get("LastSuccessfulDate")
    if not isinstance(when, datetime):
        return None
    # plistlib gives naive datetimes in UTC.
    stamp = (when if when.tzinfo else when.replace(tzinfo=UTC)).timestamp()
    return list_age_days([stamp], ctx.now())


def _macos(ctx: ProbeContext) -> SourceResult:
    result = ctx.run(MACOS_PROBE, timeout=MACOS_TIMEOUT)
    if not result.ran:
        return _failed(Source.SOFTWARE_UPDATE, result)
    try:
        updates = parse_softwareupdate(result.output, ctx.platform.os_version)
    except ParseError as exc:
        return SourceResult(
            Source.SOFTWARE_UPDATE,
            reason=fmt(N_("softwareupdate gave no usable answer ({error})"), error=str(exc)),
        )
    return SourceResult(
        Source.SOFTWARE_UPDATE,
        updates,
        cached=True,
        list_age_days=_macos_last_check_age(ctx),
    )


# ----- the check ----------------------------------------------------------------------------

_STEPS_WINDOWS = (
    FixStep(
        N_("Open Settings, then Windows Update."),
        link="ms-settings:windowsupdate",
    ),
    FixStep(N_("Select 'Check for updates', then 'Download & install' for anything listed.")),
    FixStep(N_("If Windows asks for a restart, save your work and select 'Restart now'.")),
    FixStep(N_("Run this check again.")),
)
_STEPS_MACOS = (
    FixStep(
        N_(
            "Open the Apple menu, System Settings, General, then Software Update (on macOS 12 "
            "and earlier: System Preferences, Software Update)."
        ),
        link="x-apple.systempreferences:com.apple.Software-Update-Settings.extension",
    ),
    FixStep(N_("Select 'Update Now' or 'Restart Now' and enter your password when asked.")),
    FixStep(
        N_("Alternatively, an administrator can install everything from Terminal:"),
        command="sudo softwareupdate --install --all --restart",
    ),
    FixStep(N_("Run this check again.")),
)
_APT_COMMAND = "sudo apt update && sudo apt upgrade"
_STEPS_APT = (
    FixStep(
        N_(
            "Open 'Software Updater' from your applications menu and select 'Install Now'. Or "
            "open a terminal and type (it asks for your password):"
        ),
        command=_APT_COMMAND,
    ),
)
#: Pop!_OS and KDE neon ask for full-upgrade: their updates often bring new packages along.
_APT_FULL_COMMAND = "sudo apt update && sudo apt full-upgrade"
_TERMINAL_TOO = N_(
    "Open 'Software' (GNOME) or 'Discover' (KDE), go to Updates and install them. Or "
    "open a terminal and type (it asks for your password):"
)
_STEPS_APT_DEBIAN = (FixStep(_TERMINAL_TOO, command=_APT_COMMAND),)
_STEPS_APT_NEON = (FixStep(_TERMINAL_TOO, command=_APT_FULL_COMMAND),)
_STEPS_APT_MINT = (
    FixStep(
        N_(
            "Open 'Update Manager' from the menu and select 'Install Updates'. Or open a "
            "terminal and type (it asks for your password):"
        ),
        command=_APT_COMMAND,
    ),
)
_STEPS_APT_POP = (
    FixStep(
        N_(
            "Open 'Pop!_Shop' (on Pop!_OS 24.04 and later: 'COSMIC Store'), go to its updates "
            "and install them. Or open a terminal and type (it asks for your password):"
        ),
        command=_APT_FULL_COMMAND,
    ),
)
_STEPS_APT_ELEMENTARY = (
    FixStep(
        N_(
            "Open 'System Settings', then 'System', and install the operating system updates "
            "shown there. Or open a terminal and type (it asks for your password):"
        ),
        command=_APT_COMMAND,
    ),
)
#: Fedora's atomic desktops: the next system image, through rpm-ostree (dnf cannot change it).
_STEPS_OSTREE = (
    FixStep(
        N_(
            "Open 'Software' (GNOME) or 'Discover' (KDE), go to Updates and install them; they "
            "take effect at the next restart. Or open a terminal and type:"
        ),
        command="rpm-ostree upgrade",
    ),
)
_STEPS_DNF = (
    FixStep(
        _TERMINAL_TOO,
        command="sudo dnf upgrade --refresh",
    ),
)
_STEPS_PACMAN = (
    FixStep(
        N_("Open a terminal and update the whole system at once (never only some packages):"),
        command="sudo pacman -Syu",
    ),
)
_STEP_FLATPAK = FixStep(
    N_("Update your Flatpak apps (also possible from 'Software' or 'Discover'):"),
    command="flatpak update",
)
_STEP_SNAP = FixStep(
    N_("Update your Snap apps:"),
    command="sudo snap refresh",
)
_STEP_LINUX_DONE = (FixStep(N_("If a restart is requested, restart, then run this check again.")),)


def _guide(linux_steps: tuple[FixStep, ...]) -> FixGuide:
    return FixGuide(
        title=N_("Install the waiting updates"),
        why=N_(
            "Updates close security holes that attackers already know about. Until they are "
            "installed, this computer stays open to them. Installing takes a few minutes."
        ),
        steps={
            OSFamily.LINUX: linux_steps + _STEP_LINUX_DONE,
            OSFamily.WINDOWS: _STEPS_WINDOWS,
            OSFamily.MACOS: _STEPS_MACOS,
        },
        verify_check=META.id,
    )


FIX_APT = _guide(_STEPS_APT)
FIX_DNF = _guide(_STEPS_DNF)
FIX_PACMAN = _guide(_STEPS_PACMAN)
#: Windows, macOS, and Linux apps only (Flatpak and Snap).
FIX_APPS = _guide((_STEP_FLATPAK, _STEP_SNAP))

_LINUX_STEPS = {Source.APT: _STEPS_APT, Source.DNF: _STEPS_DNF, Source.PACMAN: _STEPS_PACMAN}
_BASE_GUIDES = {Source.APT: FIX_APT, Source.DNF: FIX_DNF, Source.PACMAN: FIX_PACMAN}


def system_steps(platform: PlatformInfo, *, ostree: bool = False) -> tuple[FixStep, ...] | None:
    """This Linux's own update tool, named as it shows it; None: its package manager's usual
    steps (Ubuntu's and Zorin's Software Updater, Fedora's dnf, Arch's pacman)."""
    if ostree:
        return _STEPS_OSTREE
    if platform.distribution_id == "debian":
        return _STEPS_APT_DEBIAN
    for distribution, steps in (
        ("linuxmint", _STEPS_APT_MINT),
        ("pop", _STEPS_APT_POP),
        ("elementary", _STEPS_APT_ELEMENTARY),
        ("neon", _STEPS_APT_NEON),
    ):
        if platform.is_distribution(distribution):
            return steps
    return None


def fix_for(
    system: Source,
    with_updates: Sequence[Source],
    steps: tuple[FixStep, ...] | None = None,
) -> FixGuide:
    """The guide for this machine: its package manager's steps (or `steps`, this Linux's own
    tool), plus Flatpak and Snap steps when those have updates waiting."""
    extra = tuple(
        step
        for source, step in ((Source.FLATPAK, _STEP_FLATPAK), (Source.SNAP, _STEP_SNAP))
        if source in with_updates
    )
    if steps is not None:
        return _guide(steps + extra)
    if not extra:
        return _BASE_GUIDES.get(system, FIX_APPS)
    return _guide(_LINUX_STEPS.get(system, ()) + extra)


class UpdatesPendingCheck:
    meta = META

    def run(self, ctx: ProbeContext) -> Finding:
        os_family = ctx.platform.os
        steps = None
        if os_family is OSFamily.LINUX:
            system, extras = _linux_sources(ctx)
            steps = system_steps(ctx.platform, ostree=is_ostree(ctx))
        elif os_family is OSFamily.WINDOWS:
            system, extras = _windows(ctx), ()
        else:
            system, extras = _macos(ctx), ()
        return with_sentences(_facts.with_facts(evaluate(system, extras, steps), facts))


_SOURCE_NAMES = {
    Source.APT: N_("System packages (APT)"),
    Source.DNF: N_("System packages (DNF)"),
    Source.PACMAN: N_("System packages (pacman)"),
    Source.FLATPAK: N_("Flatpak apps"),
    Source.SNAP: N_("Snap apps"),
    Source.WINDOWS_UPDATE: N_("Windows Update"),
    Source.SOFTWARE_UPDATE: N_("Software Update"),
    Source.OTHER: N_("System packages"),
}


def _source_name(key: str) -> str:
    try:
        return _SOURCE_NAMES[Source(key)]
    except ValueError:
        return N_("another update source")


def facts(finding: Finding) -> tuple[Fact, ...]:
    """How many updates wait (and how many fix security problems), from where, and what could
    not be asked."""
    ev = finding.evidence
    total = _facts.number(ev, "total")
    security = _facts.number(ev, "security") or 0
    sources = _facts.mapping(ev, "sources")
    found: list[Fact] = []
    if total is not None and sources:
        found.append(
            Fact(
                N_("Updates waiting"),
                fmt(
                    N_("{total}, of which security: {security}"),
                    total=int(total),
                    security=int(security),
                )
                if total
                else N_("none"),
            )
        )
    waiting = [
        fmt(N_("{source}: {n}"), source=_source_name(k), n=int(n))
        for k, v in sources.items()
        if isinstance(v, Mapping) and (n := _facts.number(v, "count"))
    ]
    found.append(Fact(N_("Where they come from"), joined(*waiting, sep=", ")))
    found.append(
        Fact(N_("Security updates"), _facts.listed(_facts.texts(ev, "security_packages"), 3))
    )
    not_checked = [
        _source_name(k) for k in _facts.mapping(ev, "not_checked") if not k.endswith("_security")
    ]
    found.append(Fact(N_("Could not ask"), joined(*dict.fromkeys(not_checked), sep=", ")))
    age = _facts.number(ev, "list_age_days")
    if age is not None and age >= 0:
        found.append(Fact(N_("List of updates refreshed"), _facts.days_ago(age)))
    return tuple(found)


def evaluate(
    system: SourceResult,
    extras: Sequence[SourceResult] = (),
    steps: tuple[FixStep, ...] | None = None,
) -> Finding:
    """The verdict; `steps` name this Linux's own update tool (see `system_steps`)."""
    sources = (system, *extras)
    answered = [s for s in sources if s.answered]
    everything = [u for s in answered for u in s.updates]
    security = [u for u in everything if u.security is True]
    os_updates = system.updates if system.answered else ()
    app_updates = [u for s in answered if s.source.is_app_store for u in s.updates]
    age = system.list_age_days
    stale = system.answered and age is not None and age > STALE_LIST_DAYS
    evidence: dict[str, JsonValue] = {
        "total": len(everything),
        "security": len(security),
        "sources": {
            s.source.value: {
                "count": len(s.updates),
                "security": sum(1 for u in s.updates if u.security is True),
            }
            for s in answered
        },
        "not_checked": {
            **{s.source.value: s.reason for s in sources if not s.answered},
            **{
                f"{s.source.value}_security": "security labels could not be read: "
                + s.security_reason
                for s in answered
                if s.security_reason
            },
        },
        "security_packages": [u.name for u in security[:MAX_NAMES]],
        "packages": [u.name for u in everything[:MAX_NAMES]],
        "list_age_days": None if age is None else round(age, 1),
    }
    with_updates = [s.source for s in answered if s.updates]
    fix = fix_for(system.source, with_updates, steps)
    notes: list[str] = []
    if stale:
        notes.append(
            fmt_plural(
                "The list of available updates was last refreshed {days} day ago, so more "
                "updates are probably waiting.",
                "The list of available updates was last refreshed {days} days ago, so more "
                "updates are probably waiting.",
                int(age or 0),
                days=int(age or 0),
            )
        )
    if not system.answered:
        notes.append(
            fmt(
                N_("System updates could not be checked: {reason}."),
                reason=as_text(system.reason),
            )
        )
    if os_updates and system.security_reason:
        notes.append(
            fmt(
                N_(
                    "Security labels could not be read: {reason}. Some of these updates probably "
                    "fix security problems."
                ),
                reason=system.security_reason,
            )
        )
    elif any(u.security is None for u in os_updates):
        notes.append(
            N_(
                "This system does not say which updates fix security problems; some of these "
                "probably do."
            )
        )
    if os_updates and system.note:
        notes.append(system.note)
    detail = joined(*notes)
    stale_suffix = (
        fmt_plural(
            " (update list {days} day old)",
            " (update list {days} days old)",
            int(age or 0),
            days=int(age or 0),
        )
        if stale
        else ""
    )

    if security:
        many = len(security) >= MANY_SECURITY_UPDATES
        return Finding(
            Status.FAIL,
            joined(
                fmt_plural(
                    "{security} security update is waiting to be installed ({total} in all)",
                    "{security} security updates are waiting to be installed ({total} in all)",
                    len(security),
                    security=len(security),
                    total=len(everything),
                ),
                stale_suffix,
                sep="",
            ),
            Severity.CRITICAL if many else Severity.HIGH,
            detail=detail,
            evidence=evidence,
            fix=fix,
        )
    if os_updates:
        return Finding(
            Status.WARN,
            joined(
                fmt_plural(
                    "{count} update is waiting to be installed",
                    "{count} updates are waiting to be installed",
                    len(everything),
                    count=len(everything),
                ),
                stale_suffix,
                sep="",
            ),
            Severity.MEDIUM,
            detail=detail,
            evidence=evidence,
            fix=fix,
        )
    if stale:
        return Finding(
            Status.WARN,
            fmt_plural(
                "The list of updates is {days} day old: updates may be waiting",
                "The list of updates is {days} days old: updates may be waiting",
                int(age or 0),
                days=int(age or 0),
            ),
            Severity.MEDIUM,
            detail=detail,
            evidence=evidence,
            fix=fix,
        )
    if app_updates:
        return Finding(
            Status.WARN,
            fmt_plural(
                "{count} app update is waiting to be installed",
                "{count} app updates are waiting to be installed",
                len(app_updates),
                count=len(app_updates),
            ),
            Severity.LOW,
            detail=detail,
            evidence=evidence,
            fix=fix,
        )
    if not system.answered:
        return Finding(
            Status.UNKNOWN,
            N_("Could not tell whether updates are waiting"),
            reason=system.reason,
            evidence=evidence,
        )
    if system.cached and age is None:
        return Finding(
            Status.UNKNOWN,
            N_("Could not tell whether updates are waiting"),
            reason=N_(
                "the checkup could not tell when the list of available updates was last refreshed"
            ),
            evidence=evidence,
        )
    return Finding(
        Status.PASS,
        N_("No updates are waiting"),
        detail=detail,
        evidence=evidence,
    )

"""DEV-002: the screen locks by itself, soon, and asks for a password.

A laptop left open in a café, an office or on a train is an open door to every account the
other checks protect: the mail, the password manager, the browser's saved sessions. A screen
that locks itself after a few minutes of inactivity closes it even when its owner forgets.

What "soon" means here: the screen must lock (and ask for the password) at most 15 minutes
after the last key press (`MAX_LOCK_SECONDS`, or the organisation's `screen_lock_minutes`; 5
minutes is what the guides recommend and what the automatic fix sets), and once the screen has
gone dark the password must be asked within a minute (`MAX_GRACE_SECONDS`). Never locking is a
failure of high severity; locking too late is a warning.

Where it is read, without administrator rights:
- Linux: the desktop named by `XDG_CURRENT_DESKTOP` (read through `printenv`, so a snapshot
  records it): GNOME and Cinnamon through `gsettings` (which knows the schema defaults and the
  administrator's dconf lockdown), KDE Plasma from `kscreenlockerrc` (absent keys are KDE's
  documented defaults), Xfce from xfce4-screensaver's xfconf channel file. Other desktops, and
  a session without a desktop (a server, a container), are unknown with the reason.
- Windows: the screen saver with password (`HKCU\\Control Panel\\Desktop`, its policy key
  overriding it), the machine inactivity limit policy, and sleep (`powercfg`, whose numbers
  are the same in every language) with sign-in on wake. Dynamic lock is shown as a bonus.
- macOS: `sysadminctl -screenLock status` (it answers on stderr), the screen saver's idle
  time and the display sleep time.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from hygiene_app.checks import _facts
from hygiene_app.checks._common import join, with_sentences
from hygiene_app.checks.browser_installs import parse_reg_query
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.i18n import N_, fmt, fmt_plural
from hygiene_app.engine.model import (
    ALL_OSES,
    AutoFix,
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
from hygiene_app.engine.options import DEFAULT_SCREEN_LOCK_MINUTES
from hygiene_app.engine.probes import CommandResult, FileOutcome

META = CheckMeta(
    id="DEV-002",
    title=N_("Screen locks by itself"),
    category=Category.DEVICE,
    platforms=ALL_OSES,
    weight=8,
    severity=Severity.HIGH,
    leaves_machine=N_("Nothing: reads this computer's screen lock settings."),
    timeout=15.0,
)

#: The screen must lock at most this long after the last key press (15 minutes).
MAX_LOCK_SECONDS = DEFAULT_SCREEN_LOCK_MINUTES * 60
#: What the guides and the automatic fix set (5 minutes).
RECOMMENDED_SECONDS = 5 * 60
#: Once the screen is dark, the password must be asked within this long.
MAX_GRACE_SECONDS = 60

# ----- what the check reads, per OS -----------------------------------------------------------

#: Linux: the desktop of the session the app runs in ("ubuntu:GNOME", "KDE", "X-Cinnamon").
DESKTOP_ENV = ("printenv", "XDG_CURRENT_DESKTOP")

#: GNOME and Cinnamon keep the same keys under their own schema prefix.
GNOME_PREFIX = "org.gnome.desktop"
CINNAMON_PREFIX = "org.cinnamon.desktop"


def gsettings_get(prefix: str, schema: str, key: str) -> tuple[str, ...]:
    return ("gsettings", "get", f"{prefix}.{schema}", key)


def gsettings_set(prefix: str, schema: str, key: str, value: str) -> tuple[str, ...]:
    return ("gsettings", "set", f"{prefix}.{schema}", key, value)


def gsettings_writable(schema: str, key: str) -> tuple[str, ...]:
    """`true` unless an administrator locked the key (dconf `locks/`): then `set` would fail."""
    return ("gsettings", "writable", schema, key)


#: Linux, KDE Plasma: the user's settings, then the system-wide defaults (kiosk).
KSCREENLOCKERRC = (".config", "kscreenlockerrc")
KSCREENLOCKERRC_SYSTEM = "/etc/xdg/kscreenlockerrc"
#: Linux, Xfce: xfce4-screensaver's settings as xfconfd saves them, and the program itself.
XFCE_SCREENSAVER_XML = (
    ".config",
    "xfce4",
    "xfconf",
    "xfce-perchannel-xml",
    "xfce4-screensaver.xml",
)
XFCE_SCREENSAVER_BIN = "/usr/bin/xfce4-screensaver"

#: Windows: the user's screen saver and the policy that overrides it.
WIN_DESKTOP = r"HKCU\Control Panel\Desktop"
WIN_DESKTOP_POLICY = r"HKCU\Software\Policies\Microsoft\Windows\Control Panel\Desktop"
WIN_DESKTOP_VALUES = (
    "ScreenSaveActive",
    "ScreenSaverIsSecure",
    "ScreenSaveTimeOut",
    "SCRNSAVE.EXE",
    "DelayLockInterval",
)
#: Windows: the machine inactivity limit (policy "Interactive logon: Machine inactivity limit").
WIN_SYSTEM_POLICY = r"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System"
WIN_WINLOGON = r"HKCU\Software\Microsoft\Windows NT\CurrentVersion\Winlogon"
#: Windows: the current power plan's "Sleep after" (AC and DC indexes, in seconds).
POWERCFG_SLEEP = ("powercfg", "/q", "SCHEME_CURRENT", "SUB_SLEEP", "STANDBYIDLE")
STANDBYIDLE_GUID = "29f6c1db-86da-48c5-9fdb-f2b67b1f44da"
#: DelayLockInterval when "require sign-in" on wake is set to "Never" [RECON].
WIN_NEVER_ON_WAKE = 0xFFFFFFFF


def reg_value(key: str, name: str) -> tuple[str, ...]:
    return ("reg", "query", key, "/v", name)


#: macOS: the delay before the password is asked; printed on stderr.
SYSADMINCTL_SCREENLOCK = ("sysadminctl", "-screenLock", "status")
MAC_IDLE_TIME = ("defaults", "-currentHost", "read", "com.apple.screensaver", "idleTime")
PMSET = ("pmset", "-g")
#: macOS: the screen saver's idle time when nothing is set [RECON: 20 minutes on recent macOS].
MAC_DEFAULT_IDLE = 20 * 60

# Timeouts. The longest path is Windows: eleven `reg query` calls (reg.exe answers in well
# under a second) and powercfg, 11 * 1 + 3 = 14 s, within META.timeout; GNOME's five gsettings
# calls and macOS' three tools need far less.
_FAST = 1.5
_REG = 1.0
_TOOL = 3.0

# ----- facts --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LockSettings:
    """One desktop's (or OS's) screen lock, in the same terms everywhere."""

    #: Where it was read: "GNOME", "KDE Plasma", "Cinnamon", "Xfce", "Windows", "macOS".
    source: str
    #: Locking on inactivity is switched on at all.
    locks: bool
    #: Seconds without input before the screen goes dark (or the lock starts); None: never.
    idle_seconds: int | None
    #: Seconds after that before the password is asked.
    grace_seconds: int = 0
    #: False when the computer does not lock when it wakes from sleep (KDE); None: not known.
    locks_on_wake: bool | None = None
    #: The administrator switched the lock screen off (GNOME/Cinnamon lockdown).
    disabled_by_admin: bool = False
    #: Where the time came from on Windows: "screen saver", "inactivity limit" or "sleep".
    how: str = ""
    #: The raw values behind it, for support.
    raw: Mapping[str, JsonValue] = field(default_factory=dict)

    @property
    def lock_after(self) -> int | None:
        """Seconds from the last key press until the password is asked; None: never."""
        if not self.locks or self.idle_seconds is None:
            return None
        return self.idle_seconds + self.grace_seconds


# ----- parsers (pure) -----------------------------------------------------------------------

_GVARIANT_INT = re.compile(r"(?:u?int(?:16|32|64)\s+|byte\s+)?(-?\d{1,10})")


def parse_gsettings_bool(text: str) -> bool | None:
    """`gsettings get ... lock-enabled`: `true` or `false` (GVariant text, never translated)."""
    return {"true": True, "false": False}.get(text.strip())


def parse_gsettings_uint(text: str) -> int | None:
    """`gsettings get ... idle-delay`: `uint32 300` (or a bare `300`); None otherwise."""
    m = _GVARIANT_INT.fullmatch(text.strip())
    if not m:
        return None
    value = int(m.group(1))
    return value if value >= 0 else None


def gsettings_problem(result: CommandResult) -> str:
    """Why a `gsettings get` answer cannot be trusted, or "". Outside the desktop session
    gsettings may fall back to its in-memory backend and print the schema defaults (a false
    pass), saying so on stderr; a desktop without the schema prints "No such schema"."""
    if not result.ran:
        return result.why_not()
    said = result.output
    # The warning is translated when a locale slips through: "memory" and "GSettings" stay.
    if any("memory" in line and "gsettings" in line for line in said.lower().splitlines()):
        return N_(
            "gsettings could not reach your session's settings and would only show the "
            "built-in defaults"
        )
    if "No such schema" in said or "No such key" in said:
        return N_("this desktop's screen lock settings are not installed")
    if result.returncode != 0:
        return result.why_not()
    return ""


def desktop_family(current_desktop: str) -> str:
    """ "gnome", "kde", "cinnamon", "xfce" or "" from `XDG_CURRENT_DESKTOP`, a colon-separated
    list ("ubuntu:GNOME", "pop:GNOME", "X-Cinnamon", "KDE", "XFCE")."""
    names = {part.strip().upper() for part in current_desktop.split(":") if part.strip()}
    if names & {"X-CINNAMON", "CINNAMON"}:
        return "cinnamon"
    if "KDE" in names:
        return "kde"
    if "XFCE" in names:
        return "xfce"
    if names & {"GNOME", "GNOME-CLASSIC", "GNOME-FLASHBACK", "UNITY"}:
        return "gnome"
    return ""


_INI_GROUP = re.compile(r"^\[([^\]]*)\](\[\$i\])?\s*$")
_INI_ENTRY = re.compile(r"^([^=\[]+?)\s*(\[\$i\])?\s*=\s*(.*)$")


def parse_kde_group(text: str, group: str = "Daemon") -> tuple[dict[str, str], frozenset[str]]:
    """One group of a KDE config file (kscreenlockerrc): its keys, and those an administrator
    made immutable (`Key[$i]=` or the whole group `[Daemon][$i]`). Comments, other groups and
    lines that are not `key=value` are skipped."""
    values: dict[str, str] = {}
    immutable: set[str] = set()
    current = ""
    group_locked = False
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        g = _INI_GROUP.match(line)
        if g:
            current = g.group(1).strip()
            group_locked = bool(g.group(2))
            continue
        if current != group:
            continue
        e = _INI_ENTRY.match(line)
        if e:
            key = e.group(1).strip()
            values[key] = e.group(3).strip()
            if e.group(2) or group_locked:
                immutable.add(key)
    return values, frozenset(immutable)


def kde_bool(value: str | None, default: bool) -> bool | None:
    """KConfig's booleans: true/on/yes/1 and false/off/no/0; None for anything else."""
    if value is None:
        return default
    low = value.strip().lower()
    if low in ("true", "on", "yes", "1"):
        return True
    if low in ("false", "off", "no", "0"):
        return False
    return None


def kde_int(value: str | None, default: int) -> int | None:
    if value is None:
        return default
    text = value.strip()
    return int(text) if re.fullmatch(r"\d{1,9}", text) else None


#: KDE's defaults for kscreenlocker (kscreenlocker's kcfg: Autolock true, Timeout 5 minutes,
#: LockGrace 5 seconds, LockOnResume true).
KDE_DEFAULTS = {"Autolock": True, "Timeout": 5, "LockGrace": 5, "LockOnResume": True}


def kde_settings(user: str | None, system: str | None = None) -> LockSettings | None:
    """The effective kscreenlocker settings from the user's file and the system-wide one (both
    may be absent: KDE's defaults then apply). None when a value is not understood."""
    merged: dict[str, str] = {}
    locked: frozenset[str] = frozenset()
    if system is not None:
        merged, locked = parse_kde_group(system)
    if user is not None:
        mine, _ = parse_kde_group(user)
        merged.update({k: v for k, v in mine.items() if k not in locked})
    autolock = kde_bool(merged.get("Autolock"), True)
    timeout = kde_int(merged.get("Timeout"), 5)
    grace = kde_int(merged.get("LockGrace"), 5)
    on_resume = kde_bool(merged.get("LockOnResume"), True)
    if autolock is None or timeout is None or grace is None or on_resume is None:
        return None
    return LockSettings(
        "KDE Plasma",
        autolock,
        timeout * 60 if timeout > 0 else None,
        grace,
        locks_on_wake=on_resume,
        raw={
            "Autolock": autolock,
            "Timeout_minutes": timeout,
            "LockGrace_seconds": grace,
            "LockOnResume": on_resume,
            "user_file": user is not None,
        },
    )


_XF_PROPERTY = re.compile(r"<property\b([^>]*?)(/?)>|</property\s*>")
_XF_ATTR = re.compile(r'([\w-]+)="([^"]*)"')


def parse_xfconf_channel(text: str) -> dict[str, str]:
    """An xfconf channel file (`xfce-perchannel-xml/*.xml`): property path -> value, e.g.
    "/lock/enabled" -> "true". Read with a small scanner, not an XML parser: only nested
    `<property name=... value=...>` elements matter, and a broken file gives what it can."""
    values: dict[str, str] = {}
    path: list[str] = []
    for m in _XF_PROPERTY.finditer(text):
        if m.group(0).startswith("</"):
            if path:
                path.pop()
            continue
        attrs = dict(_XF_ATTR.findall(m.group(1)))
        name = attrs.get("name", "")
        full = "/".join([*path, name])
        if "value" in attrs:
            values["/" + full] = attrs["value"]
        if not m.group(2):
            path.append(name)
    return values


#: xfce4-screensaver's defaults (its src/gs-prefs.h): saver and locking on, idle after 5
#: minutes, lock as the saver starts.
XFCE_DEFAULTS = {
    "/saver/enabled": "true",
    "/saver/idle-activation/enabled": "true",
    "/saver/idle-activation/delay": "5",
    "/lock/enabled": "true",
    "/lock/saver-activation/enabled": "true",
    "/lock/saver-activation/delay": "0",
}


def xfce_settings(values: Mapping[str, str]) -> LockSettings | None:
    """xfce4-screensaver's settings (a channel's values over its defaults); None when one is
    not understood."""
    merged = {**XFCE_DEFAULTS, **{k: v for k, v in values.items() if k in XFCE_DEFAULTS}}
    flags = {k: kde_bool(merged[k], True) for k in XFCE_DEFAULTS if not k.endswith("delay")}
    idle = kde_int(merged["/saver/idle-activation/delay"], 5)
    grace = kde_int(merged["/lock/saver-activation/delay"], 0)
    if any(v is None for v in flags.values()) or idle is None or grace is None:
        return None
    return LockSettings(
        "Xfce",
        all(flags.values()),
        idle * 60 if idle > 0 else None,
        grace * 60,
        raw={**{k: bool(v) for k, v in flags.items()}, "idle_minutes": idle, "lock_minutes": grace},
    )


def reg_number(data: str | None) -> int | None:
    """A registry value as `reg query` prints it: REG_SZ "600" or REG_DWORD "0x258"."""
    if data is None:
        return None
    text = data.strip()
    try:
        if re.fullmatch(r"0x[0-9a-fA-F]{1,8}", text):
            return int(text, 16)
        if re.fullmatch(r"\d{1,10}", text):
            return int(text)
    except ValueError:
        return None
    return None


def reg_single_value(text: str, name: str) -> str | None:
    """The data of value `name` in `reg query KEY /v NAME` output (the header and the error
    lines are translated and are ignored)."""
    for values in parse_reg_query(text).values():
        for key, data in values.items():
            if key.lower() == name.lower():
                return data
    return None


_HEX_INDEX = re.compile(r":\s*0x([0-9a-fA-F]{1,8})\s*$", re.M)


def parse_powercfg_indexes(text: str, guid: str = STANDBYIDLE_GUID) -> tuple[int, int] | None:
    """`powercfg /q SCHEME_CURRENT SUB_SLEEP STANDBYIDLE`: (AC, DC) "Sleep after" in seconds
    (0 = never). The labels are translated; the setting's GUID and the hexadecimal numbers are
    not, and the current AC and DC indexes are the last two of them. A range setting prints
    five numbers (minimum, maximum, increment, AC, DC): fewer is an answer cut short, whose
    last two would be the wrong ones (the maximum 0xffffffff, the increment 1)."""
    if guid.lower() not in text.lower():
        return None
    numbers = [int(h, 16) for h in _HEX_INDEX.findall(text)]
    if len(numbers) < 5:
        return None
    return numbers[-2], numbers[-1]


_SCREENLOCK_DELAY = re.compile(r"screenLock delay is (immediate|-?\d+(?:\.\d+)?) seconds?")
_SCREENLOCK_IMMEDIATE = re.compile(r"screenLock delay is immediate")
_SCREENLOCK_OFF = re.compile(r"screenLock is off")


def parse_sysadminctl_screenlock(text: str) -> int | None:
    """`sysadminctl -screenLock status` (on stderr, after a timestamp): the seconds before the
    password is asked, 0 for "immediate", -1 for off ("screenLock is off" or a delay of -1);
    None when the output is something else (an older macOS, an error)."""
    if _SCREENLOCK_OFF.search(text):
        return -1
    if _SCREENLOCK_IMMEDIATE.search(text):
        return 0
    m = _SCREENLOCK_DELAY.search(text)
    if not m:
        return None
    seconds = float(m.group(1))
    return -1 if seconds < 0 else int(seconds)


def parse_defaults_int(text: str) -> int | None:
    """`defaults read ... idleTime`: a number of seconds."""
    text = text.strip()
    return int(text) if re.fullmatch(r"\d{1,9}", text) else None


_DISPLAYSLEEP = re.compile(r"^\s*displaysleep\s+(\d{1,6})\b", re.M)


def parse_pmset_displaysleep(text: str) -> int | None:
    """`pmset -g`: the display sleep time in minutes (0 = never)."""
    m = _DISPLAYSLEEP.search(text)
    return int(m.group(1)) if m else None


# ----- probes (one per OS) ------------------------------------------------------------------


def _gsettings_value(ctx: ProbeContext, argv: tuple[str, ...]) -> tuple[str, str]:
    """(stdout, problem) of one `gsettings get`."""
    result = ctx.run(argv, timeout=_FAST)
    problem = gsettings_problem(result)
    return ("", problem) if problem else (result.stdout, "")


def gnome_like_settings(ctx: ProbeContext, prefix: str, name: str) -> LockSettings | str:
    """GNOME's (or Cinnamon's) lock settings through gsettings; the reason when unreadable."""
    answers: dict[str, str] = {}
    for label, schema, key in (
        ("lock-enabled", "screensaver", "lock-enabled"),
        ("lock-delay", "screensaver", "lock-delay"),
        ("idle-delay", "session", "idle-delay"),
    ):
        out, problem = _gsettings_value(ctx, gsettings_get(prefix, schema, key))
        if problem:
            return problem
        answers[label] = out
    enabled = parse_gsettings_bool(answers["lock-enabled"])
    grace = parse_gsettings_uint(answers["lock-delay"])
    idle = parse_gsettings_uint(answers["idle-delay"])
    if enabled is None or grace is None or idle is None:
        return N_("gsettings answered something the app does not understand")
    # The lockdown key may be missing on older releases: then nothing is locked down.
    out, problem = _gsettings_value(ctx, gsettings_get(prefix, "lockdown", "disable-lock-screen"))
    disabled = (not problem) and parse_gsettings_bool(out) is True
    return LockSettings(
        name,
        enabled and not disabled,
        idle if idle > 0 else None,
        grace,
        disabled_by_admin=disabled,
        raw={
            "lock-enabled": enabled,
            "lock-delay": grace,
            "idle-delay": idle,
            "disable-lock-screen": disabled,
        },
    )


def _kde(ctx: ProbeContext) -> LockSettings | str:
    user_path = join(OSFamily.LINUX, ctx.platform.home, *KSCREENLOCKERRC)
    texts: list[str | None] = []
    for path in (user_path, KSCREENLOCKERRC_SYSTEM):
        read = ctx.files.read_text(path)
        if read.ok:
            texts.append(read.text)
        elif read.outcome is FileOutcome.MISSING:
            texts.append(None)
        else:
            return fmt(N_("{path} could not be read"), path=path)
    settings = kde_settings(texts[0], texts[1])
    if settings is None:
        return N_("kscreenlockerrc holds a value the app does not understand")
    return settings


def _xfce(ctx: ProbeContext) -> LockSettings | str:
    path = join(OSFamily.LINUX, ctx.platform.home, *XFCE_SCREENSAVER_XML)
    read = ctx.files.read_text(path)
    if read.outcome is FileOutcome.MISSING:
        if ctx.files.mtime(XFCE_SCREENSAVER_BIN) is None:
            return N_(
                "xfce4-screensaver is not installed; other screen lockers (such as "
                "light-locker) cannot be read"
            )
        values: dict[str, str] = {}
    elif not read.ok:
        return fmt(N_("{path} could not be read"), path=path)
    else:
        values = parse_xfconf_channel(read.text)
    settings = xfce_settings(values)
    if settings is None:
        return N_("the Xfce screen saver settings hold a value the app does not understand")
    return settings


def linux_settings(ctx: ProbeContext) -> tuple[LockSettings | str, str]:
    """(settings or the reason they are unknown, the desktop's name as the session gives it)."""
    env = ctx.run(DESKTOP_ENV, timeout=_FAST)
    if not env.ran:
        return env.why_not(), ""
    # One line: the variable holds one value, and a tool printing more is not to be quoted.
    desktop = next(iter(env.stdout.strip().splitlines()), "")[:80]
    if env.returncode != 0 or not desktop:
        return (
            N_(
                "no desktop session was found (this looks like a server, a container or a "
                "remote terminal)"
            ),
            "",
        )
    family = desktop_family(desktop)
    if family == "gnome":
        return gnome_like_settings(ctx, GNOME_PREFIX, "GNOME"), desktop
    if family == "cinnamon":
        return gnome_like_settings(ctx, CINNAMON_PREFIX, "Cinnamon"), desktop
    if family == "kde":
        return _kde(ctx), desktop
    if family == "xfce":
        return _xfce(ctx), desktop
    return (
        fmt(
            N_("the app cannot read the screen lock settings of this desktop ({desktop})"),
            desktop=desktop,
        ),
        desktop,
    )


def _reg(ctx: ProbeContext, key: str, name: str) -> tuple[str | None, bool]:
    """(data, answered): data is None when the value does not exist."""
    result = ctx.run(reg_value(key, name), timeout=_REG)
    if not result.ran:
        return None, False
    if result.returncode != 0:
        return None, True  # exit 1: no such key or value, in any language
    return reg_single_value(result.stdout, name), True


def windows_settings(ctx: ProbeContext) -> LockSettings | str:
    user: dict[str, str | None] = {}
    policy: dict[str, str | None] = {}
    for name in WIN_DESKTOP_VALUES:
        user[name], answered = _reg(ctx, WIN_DESKTOP, name)
        if not answered:
            return N_("the screen saver settings could not be read from the registry")
    for name in WIN_DESKTOP_VALUES[:4]:
        policy[name], answered = _reg(ctx, WIN_DESKTOP_POLICY, name)
        if not answered:
            return N_("the screen saver policy could not be read from the registry")
    inactivity, limit_read = _reg(ctx, WIN_SYSTEM_POLICY, "InactivityTimeoutSecs")
    goodbye, _ = _reg(ctx, WIN_WINLOGON, "EnableGoodbye")
    power = ctx.run(POWERCFG_SLEEP, timeout=_TOOL)
    sleep = parse_powercfg_indexes(power.stdout) if power.ran and power.returncode == 0 else None
    return windows_lock(
        user,
        policy,
        inactivity if limit_read else "",
        goodbye,
        sleep,
        max_lock_seconds=max_lock_seconds(ctx),
    )


def windows_lock(
    user: Mapping[str, str | None],
    policy: Mapping[str, str | None],
    inactivity: str | None = None,
    goodbye: str | None = None,
    sleep: tuple[int, int] | None = None,
    *,
    max_lock_seconds: int = MAX_LOCK_SECONDS,
) -> LockSettings | str:
    """Windows locks by itself after the earliest of: the screen saver with "on resume,
    display logon screen" (a policy value wins over the user's), the machine inactivity limit,
    and sleep (plugged in) when sign-in is required on wake.

    `inactivity` is None when the policy is not set and "" when it could not be read; `sleep`
    is None when the power plan could not be read. A source that did not answer might lock
    sooner than the others: without a pass from the ones that did, the answer is unknown (the
    reason is returned instead of settings)."""

    def value(name: str) -> str | None:
        chosen = policy.get(name)
        return chosen if chosen is not None else user.get(name)

    saver_on = value("ScreenSaveActive") == "1" and bool((value("SCRNSAVE.EXE") or "").strip())
    secure = value("ScreenSaverIsSecure") == "1"
    saver_timeout = reg_number(value("ScreenSaveTimeOut")) or 0
    limit = reg_number(inactivity) or 0
    on_wake = reg_number(user.get("DelayLockInterval")) != WIN_NEVER_ON_WAKE
    candidates: list[tuple[int, str]] = []
    if saver_on and secure and saver_timeout > 0:
        candidates.append((saver_timeout, "screen saver"))
    if limit > 0:
        candidates.append((limit, "inactivity limit"))
    if sleep is not None and sleep[0] > 0 and on_wake:
        candidates.append((sleep[0], "sleep"))
    raw: dict[str, JsonValue] = {
        "screen_saver": saver_on,
        "screen_saver_password": secure,
        "screen_saver_seconds": saver_timeout,
        "screen_saver_policy": any(policy.get(n) is not None for n in WIN_DESKTOP_VALUES[:4]),
        "inactivity_limit_seconds": limit,
        "sleep_ac_seconds": None if sleep is None else sleep[0],
        "sleep_dc_seconds": None if sleep is None else sleep[1],
        "sign_in_on_wake": on_wake,
        "dynamic_lock": reg_number(goodbye) == 1,
        "power_plan_read": sleep is not None,
    }
    seconds, how = min(candidates) if candidates else (0, "")
    if not candidates or seconds > max_lock_seconds:
        if sleep is None:
            return N_("the power plan's sleep time could not be read")
        if inactivity == "":
            return N_("the machine inactivity limit could not be read from the registry")
    if not candidates:
        return LockSettings("Windows", False, None, raw=raw)
    return LockSettings("Windows", True, seconds, how=how, raw=raw)


def macos_settings(ctx: ProbeContext) -> LockSettings | str:
    status = ctx.run(SYSADMINCTL_SCREENLOCK, timeout=_TOOL)
    if not status.ran:
        return status.why_not()
    delay = parse_sysadminctl_screenlock(status.output)
    if delay is None:
        return N_("sysadminctl did not say when the password is asked (macOS 13 or older?)")
    idle_read = ctx.run(MAC_IDLE_TIME, timeout=_FAST)
    if not idle_read.ran:
        return idle_read.why_not()
    # Exit 1 ("does not exist"): never set, so macOS' default applies.
    saver = parse_defaults_int(idle_read.stdout) if idle_read.returncode == 0 else MAC_DEFAULT_IDLE
    power = ctx.run(PMSET, timeout=_TOOL)
    display = parse_pmset_displaysleep(power.stdout) if power.ran else None
    if saver is None and display is None:
        return N_("neither the screen saver nor the display sleep time could be read")
    return mac_lock(delay, saver, display)


def mac_lock(delay: int, saver_seconds: int | None, display_minutes: int | None) -> LockSettings:
    """macOS asks for the password `delay` seconds after the screen saver starts or the display
    sleeps, whichever comes first (0 means never for either)."""
    display = None if display_minutes is None else display_minutes * 60
    positive = [t for t in (saver_seconds, display) if t]
    return LockSettings(
        "macOS",
        delay >= 0,
        min(positive) if positive else None,
        max(delay, 0),
        raw={
            "password_delay_seconds": delay,
            "screen_saver_seconds": saver_seconds,
            "display_sleep_minutes": display_minutes,
        },
    )


# ----- fix guides ---------------------------------------------------------------------------

_WHY = N_(
    "A screen that locks itself keeps your mail, passwords and files away from anyone who "
    "sits down at your computer while you are away, even when you forget to lock it."
)
_AGAIN = FixStep(N_("Run this check again."))

_WINDOWS_STEPS = (
    FixStep(
        N_(
            "Open Settings > Accounts > Sign-in options and set 'If you've been away, when "
            "should Windows require you to sign in again?' to 'When PC wakes up from sleep'."
        ),
        link="ms-settings:signinoptions",
        headline=True,
    ),
    FixStep(
        N_(
            "Open Settings > System > Power & battery > Screen and sleep and make the computer "
            "sleep after 15 minutes or less, also when plugged in."
        ),
        link="ms-settings:powersleep",
    ),
    FixStep(
        N_(
            "Or use a screen saver: Settings > Personalization > Lock screen > Screen saver, "
            "choose one, set Wait to 5 minutes and tick 'On resume, display logon screen'."
        ),
        command="control desk.cpl,,@screensaver",
    ),
    FixStep(
        N_(
            "Also worth having: 'Dynamic lock' in Sign-in options locks the computer when your "
            "paired phone moves away."
        )
    ),
    _AGAIN,
)

_MACOS_STEPS = (
    FixStep(
        N_(
            "Open System Settings > Lock Screen and set 'Require password after screen saver "
            "begins or display is turned off' to 'Immediately'."
        ),
        link="x-apple.systempreferences:com.apple.Lock-Screen-Settings.extension",
        headline=True,
    ),
    FixStep(
        N_(
            "On the same page set 'Start Screen Saver when inactive' or 'Turn display off when "
            "inactive' to 5 minutes (at most 15)."
        )
    ),
    _AGAIN,
)

_GNOME_STEPS = (
    FixStep(
        N_(
            "Open Settings > Privacy & Security > Screen Lock (on older versions: Privacy > "
            "Screen Lock)."
        ),
        headline=True,
    ),
    FixStep(
        N_(
            "Switch 'Automatic Screen Lock' on, set 'Blank Screen Delay' to 5 minutes and "
            "'Automatic Screen Lock Delay' to 'Screen Turns Off'."
        )
    ),
    FixStep(
        N_("Or type these in a terminal:"),
        command="gsettings set org.gnome.desktop.screensaver lock-enabled true && "
        "gsettings set org.gnome.desktop.session idle-delay 300 && "
        "gsettings set org.gnome.desktop.screensaver lock-delay 0",
    ),
    _AGAIN,
)

_CINNAMON_STEPS = (
    FixStep(N_("Open System Settings > Screensaver."), headline=True),
    FixStep(
        N_(
            "Set 'Delay before starting the screensaver' to 5 minutes, switch 'Lock the "
            "computer after the screensaver starts' on and set its delay to 'Immediately'."
        )
    ),
    FixStep(
        N_("Or type these in a terminal:"),
        command="gsettings set org.cinnamon.desktop.screensaver lock-enabled true && "
        "gsettings set org.cinnamon.desktop.session idle-delay 300 && "
        "gsettings set org.cinnamon.desktop.screensaver lock-delay 0",
    ),
    _AGAIN,
)

_KDE_STEPS = (
    FixStep(
        N_("Open System Settings > Screen Locking (or type this in a terminal):"),
        command="kcmshell6 kcm_screenlocker",
        headline=True,
    ),
    FixStep(
        N_(
            "Set 'Lock screen automatically' to 5 minutes, 'Allow unlocking without password "
            "for' to 5 seconds, and tick 'Lock after waking from sleep'. (On Plasma 5 the "
            "command is kcmshell5 kcm_screenlocker.)"
        )
    ),
    _AGAIN,
)

_XFCE_STEPS = (
    FixStep(
        N_("Open Settings > Screensaver (or type this in a terminal):"),
        command="xfce4-screensaver-preferences",
        headline=True,
    ),
    FixStep(
        N_(
            "On 'Screensaver' switch it on and set 'Change to idle after' to 5 minutes; on "
            "'Lock Screen' switch locking on and tick 'Lock Screen with Screensaver' with a "
            "delay of 0."
        )
    ),
    _AGAIN,
)

_OTHER_LINUX_STEPS = (
    FixStep(
        N_(
            "Open your desktop's settings and look for Screen Lock, Screensaver or Power: set "
            "the screen to lock by itself after 5 minutes and to ask for your password."
        ),
        headline=True,
    ),
    _AGAIN,
)


def _guide(linux: tuple[FixStep, ...], auto: AutoFix | None = None) -> FixGuide:
    return FixGuide(
        title=N_("Make the screen lock by itself"),
        why=_WHY,
        steps={
            OSFamily.LINUX: linux,
            OSFamily.WINDOWS: _WINDOWS_STEPS,
            OSFamily.MACOS: _MACOS_STEPS,
        },
        verify_check=META.id,
        auto_fix={} if auto is None else {OSFamily.LINUX: auto},
    )


#: GNOME's automatic fixes: one `gsettings set` of the user's own setting each (no
#: administrator rights; undone with `gsettings reset` or in Settings). The wizard offers
#: the one the finding needs; checking again offers the next if another key is off too.
AUTO_GNOME_LOCK = AutoFix(
    N_("Switch on the automatic screen lock"),
    gsettings_set(GNOME_PREFIX, "screensaver", "lock-enabled", "true"),
    needs_admin=False,
)
AUTO_GNOME_IDLE = AutoFix(
    N_("Turn the screen off after 5 minutes without use"),
    gsettings_set(GNOME_PREFIX, "session", "idle-delay", str(RECOMMENDED_SECONDS)),
    needs_admin=False,
)
AUTO_GNOME_DELAY = AutoFix(
    N_("Lock the screen as soon as it turns off"),
    gsettings_set(GNOME_PREFIX, "screensaver", "lock-delay", "0"),
    needs_admin=False,
)

FIX_GNOME = _guide(_GNOME_STEPS)
FIX_GNOME_LOCK = _guide(_GNOME_STEPS, AUTO_GNOME_LOCK)
FIX_GNOME_IDLE = _guide(_GNOME_STEPS, AUTO_GNOME_IDLE)
FIX_GNOME_DELAY = _guide(_GNOME_STEPS, AUTO_GNOME_DELAY)
FIX_CINNAMON = _guide(_CINNAMON_STEPS)
FIX_KDE = _guide(_KDE_STEPS)
FIX_XFCE = _guide(_XFCE_STEPS)
#: Windows and macOS, and any other Linux desktop.
FIX_SCREEN_LOCK = _guide(_OTHER_LINUX_STEPS)


def max_lock_seconds(ctx: ProbeContext) -> int:
    """The longest idle time allowed before the screen locks: the organisation's (options)."""
    return max(1, ctx.options.screen_lock_minutes) * 60


def fix_for(settings: LockSettings, max_lock: int = MAX_LOCK_SECONDS) -> FixGuide:
    """The guide for this desktop; on GNOME with the one `gsettings set` that fixes it, unless
    an administrator locked the lock screen down (then only they can change it), or the
    organisation allows less than the 5 minutes that command sets."""
    if settings.source == "GNOME":
        if settings.disabled_by_admin:
            return FIX_GNOME
        if not settings.locks:
            return FIX_GNOME_LOCK
        if settings.idle_seconds is None or settings.idle_seconds > max_lock:
            return FIX_GNOME_IDLE if max_lock >= RECOMMENDED_SECONDS else FIX_GNOME
        if settings.grace_seconds > MAX_GRACE_SECONDS or (settings.lock_after or 0) > (max_lock):
            return FIX_GNOME_DELAY
        return FIX_GNOME
    return {
        "Cinnamon": FIX_CINNAMON,
        "KDE Plasma": FIX_KDE,
        "Xfce": FIX_XFCE,
    }.get(settings.source, FIX_SCREEN_LOCK)


# ----- verdict ------------------------------------------------------------------------------


def duration(seconds: int) -> str:
    """A time as a person says it: "45 seconds", "5 minutes", "2 min 30 s"."""
    if seconds < 60:
        return fmt_plural("{n} second", "{n} seconds", seconds, n=seconds)
    if seconds % 60 == 0:
        minutes = seconds // 60
        return fmt_plural("{n} minute", "{n} minutes", minutes, n=minutes)
    return fmt(N_("{minutes} min {seconds} s"), minutes=seconds // 60, seconds=seconds % 60)


def _too_late_detail(max_lock: int) -> str:
    if max_lock == MAX_LOCK_SECONDS:
        return fmt(
            N_("Fifteen minutes is the most to allow; {time} is what the guides advise."),
            time=duration(RECOMMENDED_SECONDS),
        )
    return fmt(N_("Your organisation allows at most {time}."), time=duration(max_lock))


def evaluate(
    settings: LockSettings | str,
    desktop: str = "",
    fix: FixGuide | None = None,
    *,
    max_lock: int = MAX_LOCK_SECONDS,
) -> Finding:
    """The verdict; `max_lock` is the longest idle time allowed, in seconds (the options')."""
    if isinstance(settings, str):
        evidence: dict[str, JsonValue] = {"desktop": desktop} if desktop else {}
        return Finding(
            Status.UNKNOWN,
            N_("Could not tell whether the screen locks by itself"),
            reason=settings,
            evidence=evidence,
        )
    after = settings.lock_after
    evidence = {
        "read_from": settings.source,
        "desktop": desktop,
        "lock_enabled": settings.locks,
        "idle_seconds": settings.idle_seconds,
        "grace_seconds": settings.grace_seconds,
        "lock_after_seconds": after,
        "locks_on_wake": settings.locks_on_wake,
        "disabled_by_admin": settings.disabled_by_admin,
        "lock_by": settings.how,
        "settings": dict(settings.raw),
    }
    fix = fix or fix_for(settings, max_lock)
    if after is None:
        if settings.disabled_by_admin:
            detail: str = N_(
                "The lock screen was switched off by an administrator of this computer (or "
                "your organisation)."
            )
        elif not settings.locks:
            detail = N_("Locking the screen on inactivity is switched off.")
        else:
            detail = N_("The screen is set never to turn off, so it never locks.")
        return Finding(
            Status.FAIL,
            N_("The screen never locks by itself"),
            Severity.HIGH,
            detail=fmt(
                N_("{what} Anyone at your computer while you are away can use it."),
                what=detail,
            ),
            evidence=evidence,
            fix=fix,
        )
    if after > max_lock:
        return Finding(
            Status.WARN,
            fmt(N_("The screen locks only after {time}"), time=duration(after)),
            Severity.MEDIUM,
            detail=_too_late_detail(max_lock),
            evidence=evidence,
            fix=fix,
        )
    if settings.grace_seconds > MAX_GRACE_SECONDS:
        return Finding(
            Status.WARN,
            fmt(
                N_("The password is asked only {time} after the screen turns off"),
                time=duration(settings.grace_seconds),
            ),
            Severity.MEDIUM,
            detail=N_("Until then, anyone can wake the screen without a password."),
            evidence=evidence,
            fix=fix,
        )
    if settings.locks_on_wake is False:
        return Finding(
            Status.WARN,
            N_("The screen does not lock when the computer wakes from sleep"),
            Severity.MEDIUM,
            detail=N_("Whoever opens the lid of your sleeping laptop gets in without a password."),
            evidence=evidence,
            fix=fix,
        )
    return Finding(
        Status.PASS,
        fmt(N_("The screen locks after {time}"), time=duration(after)),
        evidence=evidence,
    )


def facts(finding: Finding) -> tuple[Fact, ...]:
    ev = finding.evidence
    found: list[Fact] = []
    source = _facts.text(ev, "read_from")
    if source is not None:
        found.append(Fact(N_("Settings read from"), source))
    desktop = _facts.text(ev, "desktop")
    if desktop is not None and finding.status is Status.UNKNOWN:
        found.append(Fact(N_("Desktop"), desktop))
    enabled = _facts.flag(ev, "lock_enabled")
    if enabled is not None:
        found.append(Fact(N_("Automatic lock"), _facts.on_off(enabled)))
    idle = _facts.number(ev, "idle_seconds")
    if enabled is not None and source != "Windows":
        found.append(
            Fact(
                N_("Screen turns off after"),
                N_("never") if idle is None else duration(int(idle)),
            )
        )
    if _facts.flag(ev, "disabled_by_admin"):
        found.append(Fact(N_("Lock screen"), N_("switched off by an administrator")))
    after = _facts.number(ev, "lock_after_seconds")
    if after is not None:
        found.append(Fact(N_("Locks after"), duration(int(after))))
    elif enabled is not None:
        found.append(Fact(N_("Locks after"), N_("never")))
    grace = _facts.number(ev, "grace_seconds")
    if grace is not None and enabled:
        found.append(
            Fact(
                N_("Password asked after the screen turns off"),
                N_("immediately") if grace == 0 else duration(int(grace)),
            )
        )
    how = _facts.text(ev, "lock_by")
    if how is not None:
        found.append(
            Fact(
                N_("Locked by"),
                {
                    "screen saver": N_("the screen saver"),
                    "inactivity limit": N_("the inactivity limit set by your organisation"),
                    "sleep": N_("going to sleep"),
                }.get(how, how),
            )
        )
    wake = _facts.flag(ev, "locks_on_wake")
    if wake is not None:
        found.append(Fact(N_("Locks after waking from sleep"), _facts.yes_no(wake)))
    settings = _facts.mapping(ev, "settings")
    dynamic = _facts.flag(settings, "dynamic_lock")
    if dynamic is not None:
        found.append(Fact(N_("Dynamic lock (with your phone)"), _facts.on_off(dynamic)))
    if _facts.flag(settings, "screen_saver_policy"):
        found.append(Fact(N_("Screen saver set by"), N_("your organisation")))
    return tuple(found)


# ----- the check ----------------------------------------------------------------------------


class ScreenLockCheck:
    meta = META

    def run(self, ctx: ProbeContext) -> Finding:
        os_family = ctx.platform.os
        desktop = ""
        settings: LockSettings | str
        if os_family is OSFamily.WINDOWS:
            settings = windows_settings(ctx)
        elif os_family is OSFamily.MACOS:
            settings = macos_settings(ctx)
        else:
            settings, desktop = linux_settings(ctx)
        max_lock = max_lock_seconds(ctx)
        fix = None if isinstance(settings, str) else fix_for(settings, max_lock)
        auto = None if fix is None else fix.auto_fix.get(OSFamily.LINUX)
        if auto is not None and not _may_set(ctx, auto):
            fix = FIX_GNOME  # locked by an administrator: the app must not offer to change it
        finding = evaluate(settings, desktop, fix, max_lock=max_lock)
        return with_sentences(_facts.with_facts(finding, facts))


def _may_set(ctx: ProbeContext, auto: AutoFix) -> bool:
    """Whether the key an automatic `gsettings set` changes can be changed by this user."""
    _, _, schema, key, _ = auto.argv
    result = ctx.run(gsettings_writable(schema, key), timeout=_FAST)
    return not gsettings_problem(result) and parse_gsettings_bool(result.stdout) is True

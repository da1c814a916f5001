"""UPD-002: the system installs security updates by itself.

Installing updates by hand works only as long as somebody remembers. With automatic updates on,
security fixes arrive within a day or two of their release, usually without anyone noticing;
with them off (or paused and forgotten), a machine silently falls weeks or months behind.

Verdict: automatic updates off, or paused, is a FAIL; the system only looks for (or downloads)
updates and waits for a person to install them, a WARN; security updates are installed
automatically, a PASS. Arch Linux has no automatic update service by design, and other
distributions are not supported yet: both are UNKNOWN, never PASS.
"""

from __future__ import annotations

import enum
import plistlib
import re
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from fnmatch import fnmatchcase
from typing import Any

from hygiene_app.checks import _facts
from hygiene_app.checks._common import (
    ParseError,
    not_understood,
    parse_key_values,
    parse_ps_json,
    powershell,
    with_sentences,
)
from hygiene_app.checks._ostree import OSTREE_BOOTED as OSTREE_BOOTED
from hygiene_app.checks._ostree import is_ostree as is_ostree
from hygiene_app.checks.safe_browsing import parse_reg_query
from hygiene_app.checks.screen_lock import gsettings_problem, parse_gsettings_bool
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.i18n import N_, Date, as_text, fmt, joined
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
from hygiene_app.engine.probes import CommandOutcome, FileOutcome, FileRead, PlatformInfo

META = CheckMeta(
    id="UPD-002",
    title=N_("Automatic updates turned on"),
    category=Category.UPDATES,
    platforms=ALL_OSES,
    weight=6,
    severity=Severity.MEDIUM,
    leaves_machine=N_("Nothing: reads the update settings on this computer."),
    timeout=15.0,
)


class AutoLevel(enum.StrEnum):
    #: Security updates are installed without anyone's help.
    INSTALLS = "installs"
    #: The system looks for (maybe downloads) updates, then waits for a person.
    CHECKS_ONLY = "checks_only"
    OFF = "off"
    #: Turned on, but paused until a date (Windows).
    PAUSED = "paused"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class AutoUpdateState:
    level: AutoLevel
    #: What does (or would do) the updating: "unattended-upgrades", "Windows Update", ...
    mechanism: str
    #: An organization's policy sets these settings.
    managed: bool = False
    #: ISO-8601 UTC time at which paused updates resume.
    paused_until: str = ""
    #: The parsed settings behind the verdict.
    facts: Mapping[str, JsonValue] = field(default_factory=dict)
    #: Why the level is UNKNOWN.
    reason: str = ""
    #: A lesser gap in an otherwise automatic setup, shown as a low-severity warning.
    minor_gap: str = ""
    #: Why the level is CHECKS_ONLY or OFF, in one sentence for the user.
    explanation: str = ""
    #: The policy (registry key, value and data) that sets the level, named for the user.
    policy: str = ""


# ----- parsers (pure) -----------------------------------------------------------------------

_APT_CONFIG_LINE = re.compile(r'^(?P<key>\S+)\s+"(?P<value>.*)";\s*$')
UPDATE_LISTS_KEY = "APT::Periodic::Update-Package-Lists"
UNATTENDED_KEY = "APT::Periodic::Unattended-Upgrade"
#: "0" stops apt.systemd.daily, which both daily timers run, before it does anything.
PERIODIC_ENABLE_KEY = "APT::Periodic::Enable"


def parse_apt_config(text: str) -> dict[str, str]:
    """`apt-config dump`: `Key "value";` lines, already merged from every apt.conf file."""
    values: dict[str, str] = {}
    for line in text.splitlines():
        m = _APT_CONFIG_LINE.match(line.strip())
        if m:
            values[m.group("key")] = m.group("value")
    if not values:
        raise ParseError("no 'Key \"value\";' lines")
    return values


_PERIODIC_OFF = re.compile(r"^(?:0+[smhd]?|false|no|off|never)?$", re.IGNORECASE)


def periodic_on(value: str | None) -> bool:
    """An APT::Periodic interval: "1" (days), "always", "6h"... is on; "0" or missing is off."""
    return value is not None and not _PERIODIC_OFF.match(value.strip())


ALLOWED_ORIGINS_KEY = "Unattended-Upgrade::Allowed-Origins"
ORIGINS_PATTERN_KEY = "Unattended-Upgrade::Origins-Pattern"


def parse_apt_list(text: str, key: str) -> tuple[str, ...]:
    """A list in `apt-config dump`: `Key "";`, then one `Key:: "item";` line per item (apt
    merges the items of every apt.conf file). Keys are compared as apt does, ignoring case."""
    wanted = (key + "::").casefold()
    items = []
    for line in text.splitlines():
        m = _APT_CONFIG_LINE.match(line.strip())
        if m and m.group("key").casefold() == wanted:
            items.append(m.group("value"))
    return tuple(items)


def unattended_patterns(
    allowed_origins: tuple[str, ...], origins_pattern: tuple[str, ...], distro_id: str
) -> tuple[str, ...]:
    """The origin patterns unattended-upgrades builds from its two lists: each Allowed-Origins
    item "origin:archive" becomes "o=origin,a=archive"; `${distro_id}` is replaced by the
    distribution's own id (lsb_release -i: "Linuxmint", "Pop"), `${distro_codename}` is kept
    (the matcher below does not know Ubuntu's codename and lets it match any)."""
    mapping = {"distro_id": distro_id, "distro_codename": "${distro_codename}"}
    patterns = []
    for item in allowed_origins:
        parts = re.split(r"(?<!\\):", item)
        if len(parts) != 2:
            parts = item.split() if ":" not in item else []
        if len(parts) != 2:
            continue  # unattended-upgrades itself stops on such an item
        origin = parts[0].replace("\\:", ":")
        origin = re.sub(r"([^\\]),", r"\1\\,", origin)
        archive = re.sub(r"([^\\]),", r"\1\\,", parts[1])
        patterns.append(f"o={origin},a={archive}")
    patterns.extend(origins_pattern)
    return tuple(string.Template(p).safe_substitute(mapping) for p in patterns)


_CODENAME = "${distro_codename}"
#: A release codename written out ("jammy", "noble", "bookworm").
_LITERAL_CODENAME = re.compile(r"[a-z][a-z0-9]*")


def _codename_like(value: str, suffix: str) -> bool:
    """`value` can name `<codename><suffix>` for this system's (unknown) codename: the
    `${distro_codename}` placeholder (as unattended-upgrades fills it in, any codename), a
    written-out codename, or a wildcard that allows one ("${distro_codename}-*", "jammy*")."""
    value = value.replace(_CODENAME, "*")
    if any(c in value for c in "*?["):
        lead = _LITERAL_CODENAME.match(value)  # "jammy" of "jammy*"
        names = ("codename", lead.group() if lead else "")
        return any(fnmatchcase(name + suffix, value) for name in names if name)
    return value.endswith(suffix) and bool(
        _LITERAL_CODENAME.fullmatch(value.removesuffix(suffix) if suffix else value)
    )


#: The security archives of Ubuntu and Debian as unattended-upgrades sees them (their Release
#: files' Origin, Label, Suite and Codename), one test per field a pattern may name.
_SECURITY_ARCHIVES: dict[str, dict[str, Callable[[str], bool]]] = {
    "Ubuntu": {
        "o": lambda v: fnmatchcase("Ubuntu", v),
        "l": lambda v: fnmatchcase("Ubuntu", v),
        "a": lambda v: _codename_like(v, "-security"),
        "n": lambda v: _codename_like(v, ""),
        "c": lambda v: any(
            fnmatchcase(c, v) for c in ("main", "restricted", "universe", "multiverse")
        ),
    },
    "Debian": {
        "o": lambda v: fnmatchcase("Debian", v),
        "l": lambda v: fnmatchcase("Debian-Security", v),
        "a": lambda v: fnmatchcase("stable-security", v) or _codename_like(v, "-security"),
        "n": lambda v: _codename_like(v, "-security") or _codename_like(v, ""),
        "c": lambda v: any(
            fnmatchcase(c, v) for c in ("main", "contrib", "non-free", "non-free-firmware")
        ),
    },
}
_FIELDS = {
    "o": "o",
    "origin": "o",
    "l": "l",
    "label": "l",
    "a": "a",
    "suite": "a",
    "archive": "a",
    "n": "n",
    "codename": "n",
    "c": "c",
    "component": "c",
}


def pattern_allows(pattern: str, archive: str) -> bool:
    """Whether an unattended-upgrades origin pattern ("o=Ubuntu,a=jammy-security") can match
    `archive`'s ("Ubuntu" or "Debian") security archive. Where this cannot tell (a site, a
    field it does not know), it says it can: only a pattern that surely misses counts."""
    tests = _SECURITY_ARCHIVES[archive]
    for token in pattern.replace("\\,", "%2C").split(","):
        what, sep, value = token.partition("=")
        field = _FIELDS.get(what.strip().lower())
        if not sep or field is None:
            continue
        if not tests[field](value.strip().replace("%2C", ",")):
            return False
    return bool(pattern.strip())


#: Relatives of Ubuntu whose security updates come from Ubuntu's own archive while their
#: `lsb_release -i` names themselves. Others (Trisquel: an archive of its own; Armbian: it
#: keeps Ubuntu's name) are left as they are.
UBUNTU_RELATIVES = frozenset({"linuxmint", "pop", "zorin", "elementary", "neon"})


def security_archive(platform: PlatformInfo) -> str | None:
    """Whose security archive a relative of Ubuntu (or Linux Mint Debian Edition) takes its
    security updates from; None on Ubuntu and Debian themselves (their defaults name them)
    and on other relatives, which may have archives of their own (Kali, Devuan, Trisquel) or
    keep Ubuntu's name for `${distro_id}`."""
    own = platform.distribution_id
    if own in ("ubuntu", "debian") or not own:
        return None
    if own in UBUNTU_RELATIVES and "ubuntu" in platform.distribution_like:
        return "Ubuntu"
    if own == "linuxmint" and "debian" in platform.distribution_like:
        return "Debian"
    return None


def lsb_distro_id(platform: PlatformInfo) -> str:
    """`${distro_id}` as unattended-upgrades gets it from `lsb_release -i`: os-release's ID
    with a capital first letter ("linuxmint" -> "Linuxmint", "pop" -> "Pop")."""
    own = platform.distribution_id
    return own[:1].upper() + own[1:]


#: `systemctl is-enabled` answers (systemd 252+); anything else is no answer.
_UNIT_STATES = {
    "enabled",
    "enabled-runtime",
    "linked",
    "linked-runtime",
    "alias",
    "masked",
    "masked-runtime",
    "static",
    "indirect",
    "disabled",
    "generated",
    "transient",
    "bad",
    "not-found",
}
ENABLED_STATES = frozenset({"enabled", "enabled-runtime"})


def parse_unit_state(output: str) -> str | None:
    """`systemctl is-enabled UNIT` (stdout and stderr together): the unit's state, "not-found"
    for a unit that does not exist, None when systemctl could not tell (no systemd, no bus)."""
    lines = output.strip().splitlines()
    first = lines[0].strip() if lines else ""
    if first in _UNIT_STATES:
        return first
    if "No such file or directory" in output or "not-found" in output:
        return "not-found"
    return None


def parse_unit_files(text: str, units: tuple[str, ...]) -> dict[str, str]:
    """`systemctl list-unit-files --no-legend UNIT...`: one `unit state [preset]` row per unit
    that exists, in any order; a unit that is not listed is not installed ("not-found").
    (`systemctl is-enabled A B ...` would stop at the first missing unit on systemd 252.)"""
    states = dict.fromkeys(units, "not-found")
    for line in text.splitlines():
        tokens = line.split()
        if not tokens:
            continue
        if len(tokens) not in (2, 3) or tokens[0] not in states or tokens[1] not in _UNIT_STATES:
            raise ParseError(f"unexpected row {line.strip()[:60]!r}")
        states[tokens[0]] = tokens[1]
    return states


def parse_pause_time(value: str) -> datetime:
    """`PauseUpdatesExpiryTime` and friends: a REG_SZ such as "2123-08-22T09:02:26Z" (UTC).
    A string, not a number: reading it as an integer never detects a pause."""
    try:
        when = datetime.fromisoformat(value.strip())
        # In UTC: an offset near the ends of the calendar ("9999-12-31T23:59:59-14:00")
        # overflows here, not later when the verdict is worked out.
        return (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone(UTC)
    except (ValueError, OverflowError):
        raise ParseError(f"not a date: {value[:40]!r}") from None


@dataclass(frozen=True, slots=True)
class WindowsAUFacts:
    #: The Windows Update policy key exists: an organization (or a tweak tool) manages updates.
    policy_present: bool = False
    no_auto_update: int | None = None
    au_options: int | None = None
    #: The latest pause end among PauseUpdatesExpiryTime and PauseQualityUpdatesEndTime.
    pause_until: datetime | None = None
    notification_level: int | None = None


def _opt_int(item: Mapping[str, Any], key: str) -> int | None:
    value = item.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ParseError(f"{key} is not a number")
    return value


def parse_windows_au(text: str) -> WindowsAUFacts:
    """The JSON our Windows probe prints: policy values, pause times and the notification
    level of `Microsoft.Update.AutoUpdate`."""
    items = parse_ps_json(text)
    if len(items) != 1 or "Policy" not in items[0]:
        raise ParseError("expected one object with 'Policy'")
    item = items[0]
    pauses = []
    for key in ("PauseUpdatesExpiryTime", "PauseQualityUpdatesEndTime"):
        value = item.get(key)
        if value in (None, ""):
            continue
        if not isinstance(value, str):
            raise ParseError(f"{key} is not a string")
        pauses.append(parse_pause_time(value))
    return WindowsAUFacts(
        policy_present=item.get("Policy") is True,
        no_auto_update=_opt_int(item, "NoAutoUpdate"),
        au_options=_opt_int(item, "AUOptions"),
        pause_until=max(pauses) if pauses else None,
        notification_level=_opt_int(item, "NotificationLevel"),
    )


def parse_plist(text: str) -> dict[str, Any]:
    """An XML property list (what `plutil -convert xml1 -o -` prints) holding a dictionary."""
    try:
        value = plistlib.loads(text.encode("utf-8"), fmt=plistlib.FMT_XML)
    except Exception as exc:  # plistlib raises many types on bad input; all mean "not a plist"
        raise ParseError(f"not an XML property list ({type(exc).__name__})") from None
    if not isinstance(value, dict):
        raise ParseError("the property list is not a dictionary")
    return value


def plutil_says_missing(output: str) -> bool | None:
    """Whether plutil failed because the file does not exist (True) or for another reason such
    as permissions (False). plutil prints the same "file does not exist or is not readable or
    is not a regular file" prefix for both; only the Cocoa error after it tells them apart
    (Code=260: no such file; Code=257: no permission). None when it does not say."""
    lower = output.lower()
    if "code=260" in lower or "no such file" in lower or "n\u2019t exist" in lower:
        return True
    if "doesn't exist" in lower:
        return True
    if "code=257" in lower or "permission" in lower or "not permitted" in lower:
        return False
    return None


# ----- verdict logic per OS (pure) ----------------------------------------------------------


def debian_state(
    config: Mapping[str, str],
    unattended_installed: bool,
    upgrade_timer: str | None,
    gnome_downloads: bool | None,
    timer_reason: str = "",
) -> AutoUpdateState:
    """`upgrade_timer` is apt-daily-upgrade.timer's state: "not-found" when it is not
    installed (nothing starts the upgrades: off), None when systemctl could not tell."""
    # apt.systemd.daily tests `[ "$AutoAptEnable" -eq 0 ]`: only a number 0 switches it off.
    enable = config.get(PERIODIC_ENABLE_KEY)
    periodic = enable is None or not re.fullmatch(r"\s*0+\s*", enable)
    lists = periodic and periodic_on(config.get(UPDATE_LISTS_KEY))
    unattended = periodic and periodic_on(config.get(UNATTENDED_KEY))
    timer_off = upgrade_timer in ("disabled", "masked", "masked-runtime", "not-found")
    facts: dict[str, JsonValue] = {
        "update_package_lists": config.get(UPDATE_LISTS_KEY),
        "unattended_upgrade": config.get(UNATTENDED_KEY),
        "unattended_upgrades_installed": unattended_installed,
        "apt_daily_upgrade_timer": upgrade_timer,
        "gnome_software_downloads": gnome_downloads,
    }
    if enable is not None:
        facts["periodic_enable"] = enable
    if unattended and unattended_installed and upgrade_timer is None:
        # Everything else says "on"; only the timer that starts the upgrades is unknown.
        return AutoUpdateState(
            AutoLevel.UNKNOWN,
            "unattended-upgrades",
            facts=facts,
            reason=fmt(
                N_(
                    "the checkup could not tell whether apt-daily-upgrade.timer, which starts "
                    "the automatic upgrades, is on ({why})"
                ),
                why=as_text(timer_reason or N_("systemctl gave no answer")),
            ),
        )
    if unattended and unattended_installed and not timer_off:
        return AutoUpdateState(AutoLevel.INSTALLS, "unattended-upgrades", facts=facts)
    if unattended and not unattended_installed:
        why = N_(
            "Automatic upgrades are configured, but the unattended-upgrades package that "
            "does them is not installed."
        )
    elif unattended and timer_off:
        why = N_(
            "Automatic upgrades are configured, but their daily timer "
            "(apt-daily-upgrade.timer) is turned off or not installed."
        )
    else:
        why = N_("Security updates are not installed automatically.")
    level = AutoLevel.CHECKS_ONLY if lists or gnome_downloads else AutoLevel.OFF
    return AutoUpdateState(level, "apt", facts=facts, explanation=why)


FEDORA_INSTALL_TIMER = "dnf-automatic-install.timer"
FEDORA_CONFIGURED_TIMERS = ("dnf-automatic.timer", "dnf5-automatic.timer")
FEDORA_TIMERS = (
    FEDORA_INSTALL_TIMER,
    *FEDORA_CONFIGURED_TIMERS,
    "dnf-automatic-download.timer",
    "dnf-automatic-notifyonly.timer",
)


def fedora_state(
    timers: Mapping[str, str | None],
    automatic_conf: Mapping[str, str] | None,
    gnome_downloads: bool | None,
    systemctl_reason: str = "",
    conf_reason: str = "",
) -> AutoUpdateState:
    """`automatic_conf` is /etc/dnf/automatic.conf's settings ({} when the file does not
    exist: dnf-automatic's defaults), None when it could not be read (`conf_reason` says why).
    """
    enabled = sorted(t for t, s in timers.items() if s in ENABLED_STATES)
    conf = automatic_conf or {}
    apply = conf.get("apply_updates", "no").strip().lower() in ("yes", "true", "1", "on")
    facts: dict[str, JsonValue] = {
        "timers": dict(timers),
        "apply_updates": conf.get("apply_updates"),
        "upgrade_type": conf.get("upgrade_type"),
        "gnome_software_downloads": gnome_downloads,
    }
    configured = set(enabled) & set(FEDORA_CONFIGURED_TIMERS)
    if FEDORA_INSTALL_TIMER in enabled or (apply and configured):
        return AutoUpdateState(AutoLevel.INSTALLS, "dnf-automatic", facts=facts)
    if configured and automatic_conf is None:
        # The enabled timer installs updates or not depending on the file we could not read.
        return AutoUpdateState(
            AutoLevel.UNKNOWN,
            "dnf-automatic",
            facts=facts,
            reason=fmt(
                N_(
                    "{path}, which says whether dnf-automatic installs updates, could not be "
                    "read ({why})"
                ),
                path=DNF_AUTOMATIC_CONF,
                why=as_text(conf_reason or N_("no reason given")),
            ),
        )
    if not enabled and any(s is None for s in timers.values()):
        return AutoUpdateState(
            AutoLevel.UNKNOWN,
            "dnf-automatic",
            facts=facts,
            reason=systemctl_reason or N_("systemctl could not tell which timers are enabled"),
        )
    if enabled:
        why = N_(
            "dnf-automatic runs, but is set to only download or report updates "
            "(apply_updates is not 'yes')."
        )
        return AutoUpdateState(AutoLevel.CHECKS_ONLY, "dnf-automatic", facts=facts, explanation=why)
    if gnome_downloads:
        why = N_(
            "GNOME Software downloads updates, but they are only installed when you "
            "choose to restart and install them."
        )
        return AutoUpdateState(
            AutoLevel.CHECKS_ONLY, "GNOME Software", facts=facts, explanation=why
        )
    return AutoUpdateState(
        AutoLevel.OFF,
        "dnf-automatic",
        facts=facts,
        explanation=N_("No automatic update service (dnf-automatic) is turned on."),
    )


#: rpm-ostree's automatic updates: a policy in this file (section [Daemon]) and a daily timer.
RPM_OSTREED_CONF = "/etc/rpm-ostreed.conf"
RPM_OSTREE_TIMER = "rpm-ostreed-automatic.timer"
#: Universal Blue images (Bazzite, Bluefin, Aurora) update the system with their own timer.
UBLUE_TIMERS = ("uupd.timer", "ublue-update.timer")
OSTREE_TIMERS = (RPM_OSTREE_TIMER, *UBLUE_TIMERS)
#: AutomaticUpdatePolicy values as rpm-ostreed reads them (rpm-ostreed.conf(5)); "none" when
#: the key is not set. "stage" prepares the update for the next start; "apply" also restarts.
_OSTREE_POLICIES = {
    "none": AutoLevel.OFF,
    "off": AutoLevel.OFF,
    "check": AutoLevel.CHECKS_ONLY,
    "stage": AutoLevel.INSTALLS,
    "ex-stage": AutoLevel.INSTALLS,
    "apply": AutoLevel.INSTALLS,
}


def parse_rpm_ostreed_policy(text: str) -> str:
    """/etc/rpm-ostreed.conf (a key file): the AutomaticUpdatePolicy of its [Daemon] section,
    the last one winning; "none" (rpm-ostreed's default) when it is not set there."""
    section = ""
    policy = "none"
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            continue
        key, sep, value = line.partition("=")
        if sep and section == "Daemon" and key.strip() == "AutomaticUpdatePolicy":
            policy = value.strip()
    return policy


def ostree_state(
    policy: str | None,
    timers: Mapping[str, str | None],
    gnome_downloads: bool | None,
    systemctl_reason: str = "",
    conf_reason: str = "",
) -> AutoUpdateState:
    """An image-based Fedora (Silverblue, Kinoite, Bazzite...). `policy` is rpm-ostreed.conf's
    AutomaticUpdatePolicy (None: the file could not be read, `conf_reason` says why)."""
    facts: dict[str, JsonValue] = {
        "automatic_update_policy": policy,
        "timers": dict(timers),
        "gnome_software_downloads": gnome_downloads,
    }
    ublue = [t for t in UBLUE_TIMERS if timers.get(t) in ENABLED_STATES]
    if ublue:
        return AutoUpdateState(AutoLevel.INSTALLS, ublue[0].removesuffix(".timer"), facts=facts)
    if policy is None:
        return AutoUpdateState(
            AutoLevel.UNKNOWN,
            "rpm-ostree",
            facts=facts,
            reason=fmt(
                N_(
                    "{path}, which says whether rpm-ostree installs updates, could not be "
                    "read ({why})"
                ),
                path=RPM_OSTREED_CONF,
                why=as_text(conf_reason or N_("no reason given")),
            ),
        )
    # rpmostreed lowercases the value before matching it ("Stage" stages updates).
    level = _OSTREE_POLICIES.get(policy.lower())
    if level is None:
        return AutoUpdateState(
            AutoLevel.UNKNOWN,
            "rpm-ostree",
            facts=facts,
            reason=not_understood(RPM_OSTREED_CONF, f"AutomaticUpdatePolicy={policy[:40]}"),
        )
    timer = timers.get(RPM_OSTREE_TIMER)
    if level is not AutoLevel.OFF and timer is None:
        return AutoUpdateState(
            AutoLevel.UNKNOWN,
            "rpm-ostree",
            facts=facts,
            reason=systemctl_reason or N_("systemctl could not tell which timers are enabled"),
        )
    if level is AutoLevel.INSTALLS and timer in ENABLED_STATES:
        return AutoUpdateState(AutoLevel.INSTALLS, "rpm-ostree", facts=facts)
    if level is AutoLevel.CHECKS_ONLY and timer in ENABLED_STATES:
        why = N_(
            "rpm-ostree only looks for updates by itself (AutomaticUpdatePolicy=check); it "
            "does not download or prepare them."
        )
        return AutoUpdateState(AutoLevel.CHECKS_ONLY, "rpm-ostree", facts=facts, explanation=why)
    if level is not AutoLevel.OFF:
        why = N_(
            "Automatic updates are set in /etc/rpm-ostreed.conf, but their daily timer "
            "(rpm-ostreed-automatic.timer) is turned off."
        )
    else:
        why = N_("Security updates are not installed automatically.")
    if gnome_downloads:
        why = N_(
            "GNOME Software downloads updates, but they are only installed when you "
            "choose to restart and install them."
        )
        return AutoUpdateState(
            AutoLevel.CHECKS_ONLY, "GNOME Software", facts=facts, explanation=why
        )
    return AutoUpdateState(AutoLevel.OFF, "rpm-ostree", facts=facts, explanation=why)


#: Policy AUOptions that download or look for updates but wait for a person to install them.
_AU_OPTIONS_WAIT = {2, 3, 7}

#: Windows: where policies (Group Policy, an MDM such as Intune, or a "tweak" program) switch
#: Windows Update off or pause it, each read with `reg query` (exit 1: the key does not exist,
#: in any language). The first is read with its AU subkey (`/s`).
WU_POLICY_KEY = r"HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate"
WU_MDM_KEY = r"HKLM\SOFTWARE\Microsoft\PolicyManager\current\device\Update"
WU_PAUSE_STATE_KEY = r"HKLM\SOFTWARE\Microsoft\WindowsUpdate\UpdatePolicy\Settings"
WU_POLICY_PROBES = (
    ("reg", "query", WU_POLICY_KEY, "/s"),
    ("reg", "query", WU_MDM_KEY),
    ("reg", "query", WU_PAUSE_STATE_KEY),
)
#: The Windows Update service. Start = 4 (disabled), as "update blocker" tools and some
#: guides set it, stops every automatic search and install whatever the settings say.
WUAUSERV_KEY = r"HKLM\SYSTEM\CurrentControlSet\Services\wuauserv"
WUAUSERV_PROBE = ("reg", "query", WUAUSERV_KEY, "/v", "Start")
_SERVICE_DISABLED = 4
#: A pause a policy starts lasts this long (Windows' own limit for quality updates).
POLICY_PAUSE_DAYS = 35


class PolicyEffect(enum.StrEnum):
    OFF = "off"
    CHECKS_ONLY = "checks_only"
    PAUSED = "paused"
    #: Feature updates (new Windows versions) are paused; security fixes still arrive.
    FEATURES_PAUSED = "features_paused"


@dataclass(frozen=True, slots=True)
class PolicyHit:
    """One registry value that switches automatic updates off, delays or pauses them."""

    key: str
    name: str
    data: str
    effect: PolicyEffect
    #: When a pause ends, if the policy says (UTC, YYYY-MM-DD).
    until: str = ""

    @property
    def named(self) -> str:
        """`KEY\\Name = data`, as a person finds it in the Registry Editor."""
        return f"{self.key}\\{self.name} = {self.data}"

    def as_json(self) -> dict[str, JsonValue]:
        return {"key": self.key, "value": self.name, "data": self.data, "effect": self.effect}


def _reg_int(data: str | None) -> int | None:
    text = (data or "").strip()
    if re.fullmatch(r"0x[0-9a-fA-F]{1,8}", text):
        return int(text, 16)
    if re.fullmatch(r"\d{1,10}", text):
        return int(text)
    return None


def _policy_pause_until(start: str | None, now: float) -> str | None:
    """A policy pause's end (start + 35 days) while it lasts; None when it is over or the start
    is not a date (`PauseQualityUpdatesStartTime` = "2026-10-25")."""
    try:
        begun = datetime.strptime((start or "").strip()[:10], "%Y-%m-%d").replace(tzinfo=UTC)
        end = begun + timedelta(days=POLICY_PAUSE_DAYS)
    except (ValueError, OverflowError):
        return None
    return Date(end) if end.timestamp() > now else None


def _values(keys: Mapping[str, Mapping[str, str]], key: str) -> dict[str, str]:
    """The values of `key` (HKLM\\... as written here) in `reg query` output, names folded."""
    long = "HKEY_LOCAL_MACHINE" + key[len("HKLM") :]
    for found, values in keys.items():
        if found.lower() == long.lower():
            return {name.lower(): data for name, data in values.items()}
    return {}


def windows_policy_hits(keys: Mapping[str, Mapping[str, str]], now: float) -> list[PolicyHit]:
    """The policies in `reg query` output of the three WU_POLICY_PROBES keys (merged) that
    switch automatic updates off, make them wait for a person, or pause them."""
    hits: list[PolicyHit] = []

    def hit(key: str, name: str, effect: PolicyEffect, until: str = "") -> None:
        data = _values(keys, key).get(name.lower(), "")
        number = _reg_int(data)  # a DWORD as the Registry Editor shows it: 5, not 0x5
        hits.append(PolicyHit(key, name, data if number is None else str(number), effect, until))

    au_key = WU_POLICY_KEY + r"\AU"
    au = _values(keys, au_key)
    if _reg_int(au.get("noautoupdate")) == 1:
        hit(au_key, "NoAutoUpdate", PolicyEffect.OFF)
    options = _reg_int(au.get("auoptions"))
    if options == 1:
        hit(au_key, "AUOptions", PolicyEffect.OFF)
    elif options in _AU_OPTIONS_WAIT:
        hit(au_key, "AUOptions", PolicyEffect.CHECKS_ONLY)
    mdm = _values(keys, WU_MDM_KEY)
    allow = _reg_int(mdm.get("allowautoupdate"))
    if allow == 5:
        hit(WU_MDM_KEY, "AllowAutoUpdate", PolicyEffect.OFF)
    elif allow == 0:
        hit(WU_MDM_KEY, "AllowAutoUpdate", PolicyEffect.CHECKS_ONLY)
    if _reg_int(mdm.get("allowupdateservice")) == 0:
        hit(WU_MDM_KEY, "AllowUpdateService", PolicyEffect.OFF)
    if _reg_int(_values(keys, WUAUSERV_KEY).get("start")) == _SERVICE_DISABLED:
        hit(WUAUSERV_KEY, "Start", PolicyEffect.OFF)
    for kind, effect in (
        ("Quality", PolicyEffect.PAUSED),
        ("Feature", PolicyEffect.FEATURES_PAUSED),
    ):
        if _reg_int(mdm.get(f"pause{kind}updates".lower())) == 1:
            start = mdm.get(f"pause{kind}updatesstarttime".lower())
            until = _policy_pause_until(start, now) if start else ""
            if until is not None:
                hit(WU_MDM_KEY, f"Pause{kind}Updates", effect, until)
        gpo_start = _values(keys, WU_POLICY_KEY).get(f"pause{kind}updatesstarttime".lower())
        until = _policy_pause_until(gpo_start, now) if gpo_start else None
        if until is not None:
            hit(WU_POLICY_KEY, f"Pause{kind}UpdatesStartTime", effect, until)
        if _reg_int(_values(keys, WU_PAUSE_STATE_KEY).get(f"paused{kind}status".lower())) == 1:
            hit(WU_PAUSE_STATE_KEY, f"Paused{kind}Status", effect)
    return hits


def windows_with_policies(
    state: AutoUpdateState, hits: list[PolicyHit], reason: str = "", service_reason: str = ""
) -> AutoUpdateState:
    """`state` (from the AU settings and pause times) corrected by the policies in `hits`: a
    policy that switches updates off, pauses them or makes them wait wins over settings that
    look on, and the finding names it. `reason` says why the policies could not be read, and
    `service_reason` why the Windows Update service's start type could not be: then no pass is
    given, since a policy or a disabled service might say otherwise."""
    evidence = {**state.facts, "policies": [h.as_json() for h in hits]}
    if (reason or service_reason) and not hits and state.level is AutoLevel.INSTALLS:
        unread = (
            fmt(N_("the Windows Update policies could not be read ({why})"), why=as_text(reason))
            if reason
            else fmt(
                N_("the Windows Update service's settings could not be read ({why})"),
                why=as_text(service_reason),
            )
        )
        return AutoUpdateState(AutoLevel.UNKNOWN, state.mechanism, facts=evidence, reason=unread)
    rank = {
        PolicyEffect.OFF: AutoLevel.OFF,
        PolicyEffect.PAUSED: AutoLevel.PAUSED,
        PolicyEffect.CHECKS_ONLY: AutoLevel.CHECKS_ONLY,
    }
    for effect, level in rank.items():
        found = [h for h in hits if h.effect is effect]
        if not found:
            continue
        if state.level in (AutoLevel.OFF, AutoLevel.PAUSED) and level is not AutoLevel.OFF:
            # Already off or paused by the settings. A policy doing the same is named beside
            # it; the pause state Windows keeps (UpdatePolicy\Settings) is no policy: the
            # person's own pause sets it too.
            same = [h for h in found if level is state.level and h.key != WU_PAUSE_STATE_KEY]
            if same:
                return replace(state, facts=evidence, policy=same[0].named, managed=True)
            return replace(state, facts=evidence)
        until = next((h.until for h in found if h.until), "")
        return AutoUpdateState(
            level,
            state.mechanism,
            managed=True,
            paused_until=until or (state.paused_until if level is AutoLevel.PAUSED else ""),
            facts=evidence,
            explanation=state.explanation if level is state.level else "",
            policy=found[0].named,
        )
    features = [h for h in hits if h.effect is PolicyEffect.FEATURES_PAUSED]
    if features and state.level is AutoLevel.INSTALLS and not state.minor_gap:
        return replace(
            state,
            facts=evidence,
            managed=True,
            policy=features[0].named,
            minor_gap=N_(
                "New versions of Windows (feature updates) are paused; security fixes still arrive."
            ),
        )
    return replace(state, facts=evidence)


#: Microsoft.Update.AutoUpdate NotificationLevel: 1 = never check, 2 = notify before download,
#: 3 = notify before install, 4 = scheduled installation (0 = not configured: the default).
_LEVEL_WAIT = {2, 3}


def windows_state(facts: WindowsAUFacts, now: float) -> AutoUpdateState:
    evidence: dict[str, JsonValue] = {
        "policy": facts.policy_present,
        "no_auto_update": facts.no_auto_update,
        "au_options": facts.au_options,
        "notification_level": facts.notification_level,
        "pause_until": facts.pause_until.isoformat() if facts.pause_until else None,
    }
    mechanism = "Windows Update"
    managed = facts.policy_present
    if facts.no_auto_update == 1:
        return AutoUpdateState(
            AutoLevel.OFF,
            mechanism,
            managed=True,
            facts=evidence,
            explanation=N_("A policy on this computer (NoAutoUpdate) turns automatic updates off."),
            policy=WU_POLICY_KEY + r"\AU\NoAutoUpdate = 1",
        )
    if facts.pause_until is not None and facts.pause_until.timestamp() > now:
        return AutoUpdateState(
            AutoLevel.PAUSED,
            mechanism,
            managed=managed,
            paused_until=Date(facts.pause_until.astimezone(UTC)),
            facts=evidence,
        )
    if facts.notification_level == 1:
        return AutoUpdateState(
            AutoLevel.OFF,
            mechanism,
            managed=managed,
            facts=evidence,
            explanation=N_("Windows Update is set to never check for updates."),
        )
    if (facts.policy_present and facts.au_options in _AU_OPTIONS_WAIT) or (
        facts.notification_level in _LEVEL_WAIT
    ):
        return AutoUpdateState(
            AutoLevel.CHECKS_ONLY,
            mechanism,
            managed=managed,
            facts=evidence,
            explanation=N_(
                "Windows Update is set to ask before downloading or installing updates."
            ),
        )
    return AutoUpdateState(AutoLevel.INSTALLS, mechanism, managed=managed, facts=evidence)


MACOS_KEYS = (
    "AutomaticCheckEnabled",
    "AutomaticDownload",
    "AutomaticallyInstallMacOSUpdates",
    "CriticalUpdateInstall",
    "ConfigDataInstall",
)


#: Strings macOS's preferences read as booleans (boolForKey, CFPreferencesGetAppBooleanValue):
#: a profile or `defaults write -string` may store a setting as text.
_PLIST_TRUE = {"yes", "true", "1"}
_PLIST_FALSE = {"no", "false", "0"}


def _plist_bool(value: object) -> bool | None:
    """A property-list value as the boolean macOS reads from it; None when it reads none."""
    if isinstance(value, bool | int):
        return bool(value)
    if isinstance(value, str):
        word = value.strip().lower()
        if word in _PLIST_TRUE:
            return True
        if word in _PLIST_FALSE:
            return False
    return None


def macos_settings(
    managed: Mapping[str, Any], prefs: Mapping[str, Any]
) -> dict[str, tuple[bool, str]]:
    """Each key's effective value and where it came from: "managed" (a profile from your
    organization, which wins), "set" (this Mac's preferences) or "default" (missing: on, as
    Apple ships macOS)."""
    settings = {}
    for key in MACOS_KEYS:
        for layer, origin in ((managed, "managed"), (prefs, "set")):
            value = _plist_bool(layer.get(key))
            if value is not None:
                settings[key] = (value, origin)
                break
        else:
            settings[key] = (True, "default")
    return settings


def macos_state(settings: Mapping[str, tuple[bool, str]]) -> AutoUpdateState:
    facts: dict[str, JsonValue] = {k: v for k, (v, _) in settings.items()}
    facts["managed_keys"] = [k for k, (_, o) in settings.items() if o == "managed"]
    managed = bool(facts["managed_keys"])
    mechanism = "Software Update"

    def on(key: str) -> bool:
        return settings.get(key, (True, "default"))[0]

    if not on("AutomaticCheckEnabled"):
        return AutoUpdateState(
            AutoLevel.OFF,
            mechanism,
            managed=managed,
            facts=facts,
            explanation=N_("This Mac does not check for updates automatically."),
        )
    if not on("CriticalUpdateInstall") or not on("ConfigDataInstall"):
        return AutoUpdateState(
            AutoLevel.CHECKS_ONLY,
            mechanism,
            managed=managed,
            facts=facts,
            explanation=N_("Security Responses and system files are not installed automatically."),
        )
    gap = ""
    if not on("AutomaticDownload"):
        gap = N_("New updates are not downloaded automatically.")
    elif not on("AutomaticallyInstallMacOSUpdates"):
        gap = N_(
            "macOS updates are not installed automatically; you will be asked to install them."
        )
    return AutoUpdateState(
        AutoLevel.INSTALLS, mechanism, managed=managed, facts=facts, minor_gap=gap
    )


# ----- probes (one per OS) ------------------------------------------------------------------

APT_CONFIG_DUMP = ("apt-config", "dump")
#: The program unattended-upgrades installs: what tells the package is there.
UNATTENDED_UPGRADE_BIN = "/usr/bin/unattended-upgrade"
#: Its configuration file. Not proof of the package: `apt remove` keeps configuration files.
UNATTENDED_UPGRADES_CONF = "/etc/apt/apt.conf.d/50unattended-upgrades"
APT_UPGRADE_TIMER = ("systemctl", "is-enabled", "apt-daily-upgrade.timer")
#: Linux Mint's Update Manager installs updates itself ("Automation" in its preferences), not
#: through unattended-upgrades: its timer runs, and upgrades only while this flag file exists.
MINT_UPGRADES_FLAG = "/var/lib/linuxmint/mintupdate-automatic-upgrades-enabled"
MINT_UPGRADE_TIMER = ("systemctl", "is-enabled", "mintupdate-automation-upgrade.timer")
#: Pop!_OS 22.04's automatic updates (Settings, OS Upgrade & Recovery): pop-system-updater
#: installs every update on its schedule when this RON file says `auto_update:true`.
#: (unattended-upgrades' default origins, `Pop:...`, match no archive Pop!_OS uses.)
POP_UPDATER_CONF = "/etc/pop-system-updater/config.ron"
_POP_AUTO_UPDATE = re.compile(r"\bauto_update\s*:\s*(true|false)\b")


def parse_pop_updater(text: str) -> bool | None:
    """`(auto_update:true,schedule:Some((interval:128,hour:22,minute:0)))`: the auto_update
    flag; None when the file does not say."""
    m = _POP_AUTO_UPDATE.search(text)
    return None if m is None else m.group(1) == "true"


GNOME_SOFTWARE_DOWNLOADS = ("gsettings", "get", "org.gnome.software", "download-updates")
DNF_AUTOMATIC_CONF = "/etc/dnf/automatic.conf"
#: dnf5-automatic's (Fedora 41+) defaults; /etc/dnf/automatic.conf holds this machine's
#: overrides of them (dnf5-automatic(8)).
DNF5_AUTOMATIC_DEFAULTS = "/usr/share/dnf5/dnf5-plugins/automatic.conf"
#: rpm-ostree's and Universal Blue's update timers in one call.
OSTREE_TIMER_PROBE = ("systemctl", "list-unit-files", "--no-legend", "--no-pager", *OSTREE_TIMERS)
#: Every dnf-automatic timer's state in one call (see `parse_unit_files`).
FEDORA_TIMER_PROBE = ("systemctl", "list-unit-files", "--no-legend", "--no-pager", *FEDORA_TIMERS)

#: Seconds per probe. UPD-002's worst path (Debian: apt-config, systemctl, gsettings; or
#: macOS: two plutil runs; or Windows: one PowerShell run) stays well under META.timeout.
APT_CONFIG_TIMEOUT = 5.0
SYSTEMCTL_TIMEOUT = 3.0
GSETTINGS_TIMEOUT = 2.0
PLUTIL_TIMEOUT = 5.0
#: Windows: the PowerShell probe, then the three policy keys and the service (reg answers in a
#: fraction of a second; 9 + 4 x 0.75 s keeps room in META.timeout).
WINDOWS_TIMEOUT = 9.0
REG_TIMEOUT = 0.75

WINDOWS_PROBE = powershell(
    "$p='HKLM:\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate\\AU';"
    "$a=if(Test-Path $p){Get-ItemProperty -Path $p}else{$null};"
    "$x=Get-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\WindowsUpdate\\UX\\Settings' "
    "-ErrorAction SilentlyContinue;"
    "$n=try{(New-Object -ComObject Microsoft.Update.AutoUpdate).Settings.NotificationLevel}"
    "catch{$null};"
    "[pscustomobject]@{Policy=[bool]$a;NoAutoUpdate=$a.NoAutoUpdate;AUOptions=$a.AUOptions;"
    "PauseUpdatesExpiryTime=$x.PauseUpdatesExpiryTime;"
    "PauseQualityUpdatesEndTime=$x.PauseQualityUpdatesEndTime;NotificationLevel=$n}"
    "|ConvertTo-Json -Compress"
)

MACOS_MANAGED_PLIST = "/Library/Managed Preferences/com.apple.SoftwareUpdate.plist"
MACOS_PREFS_PLIST = "/Library/Preferences/com.apple.SoftwareUpdate.plist"


def plutil_xml(path: str) -> tuple[str, ...]:
    """Print a property list (binary or XML) as XML on stdout."""
    return ("plutil", "-convert", "xml1", "-o", "-", path)


MACOS_MANAGED_PROBE = plutil_xml(MACOS_MANAGED_PLIST)
MACOS_PREFS_PROBE = plutil_xml(MACOS_PREFS_PLIST)


@dataclass(frozen=True, slots=True)
class PlistRead:
    #: The dictionary; empty when the file does not exist; None when it could not be read.
    values: dict[str, Any] | None
    missing: bool = False
    reason: str = ""


def read_plist(ctx: ProbeContext, path: str) -> PlistRead:
    """A property list through plutil (the files can be binary). Shared with UPD-001."""
    result = ctx.run(plutil_xml(path), timeout=PLUTIL_TIMEOUT)
    if not result.ran:
        return PlistRead(None, reason=result.why_not())
    if result.returncode != 0:
        missing = plutil_says_missing(result.output)
        if missing is None:
            # An older plutil without the Cocoa error: absent only when reading the file says
            # so (a file we may not read, or cannot stat, is not a missing one).
            missing = (
                ctx.files.mtime(path) is None
                and ctx.files.read_text(path).outcome is FileOutcome.MISSING
            )
        if missing:
            return PlistRead({}, missing=True)
        return PlistRead(None, reason=result.why_not())
    try:
        return PlistRead(parse_plist(result.stdout))
    except ParseError as exc:
        return PlistRead(
            None,
            reason=fmt(
                N_("the plutil output for {path} was not understood ({error})"),
                path=path,
                error=str(exc),
            ),
        )


def _unit_state(ctx: ProbeContext, argv: tuple[str, ...]) -> tuple[str | None, str]:
    """A unit's state ("not-found" when it is not installed), or None and why not."""
    result = ctx.run(argv, timeout=SYSTEMCTL_TIMEOUT)
    if not result.ran:
        return None, result.why_not()
    state = parse_unit_state(result.output)
    return state, ("" if state else result.why_not())


def _fedora_timers(
    ctx: ProbeContext,
    units: tuple[str, ...] = FEDORA_TIMERS,
    probe: tuple[str, ...] = FEDORA_TIMER_PROBE,
) -> tuple[dict[str, str | None], str]:
    """Each timer's state (dnf-automatic's unless `units` says), or all None and why not."""
    unknown: dict[str, str | None] = dict.fromkeys(units)
    result = ctx.run(probe, timeout=SYSTEMCTL_TIMEOUT)
    if not result.ran:
        return unknown, result.why_not()
    # Exit code 1 with no output at all: none of the units exists.
    none_exist = result.returncode == 1 and not result.output.strip()
    if result.returncode != 0 and not none_exist:
        return unknown, result.why_not()
    try:
        return dict(parse_unit_files(result.stdout, units)), ""
    except ParseError as exc:
        return unknown, not_understood("systemctl", exc)


def _gnome_downloads(ctx: ProbeContext) -> bool | None:
    """None when gsettings cannot say: outside the desktop session it answers the schema's
    default from its in-memory backend (a warning on stderr, exit 0), not the user's choice."""
    result = ctx.run(GNOME_SOFTWARE_DOWNLOADS, timeout=GSETTINGS_TIMEOUT)
    if gsettings_problem(result):
        return None
    return parse_gsettings_bool(result.stdout)


def _debian(ctx: ProbeContext) -> AutoUpdateState:
    result = ctx.run(APT_CONFIG_DUMP, timeout=APT_CONFIG_TIMEOUT)
    if not result.ran or result.returncode != 0:
        return AutoUpdateState(AutoLevel.UNKNOWN, "apt", reason=result.why_not())
    try:
        config = parse_apt_config(result.stdout)
    except ParseError as exc:
        return AutoUpdateState(
            AutoLevel.UNKNOWN,
            "apt",
            reason=not_understood("apt-config", exc),
        )
    # The program, not the configuration file: `apt remove` leaves 50unattended-upgrades behind.
    installed = ctx.files.mtime(UNATTENDED_UPGRADE_BIN) is not None
    timer, why = _unit_state(ctx, APT_UPGRADE_TIMER)
    state = debian_state(config, installed, timer, _gnome_downloads(ctx), why)
    if state.level is AutoLevel.INSTALLS:
        state = origins_checked(state, config, result.stdout, ctx.platform)
    if state.level is AutoLevel.INSTALLS:
        return state
    pop = ctx.files.read_text(POP_UPDATER_CONF)
    if pop.ok and parse_pop_updater(pop.text):
        facts = {**state.facts, "pop_system_updater_auto_update": True}
        return AutoUpdateState(AutoLevel.INSTALLS, "pop-system-updater", facts=facts)
    if ctx.files.mtime(MINT_UPGRADES_FLAG) is None:
        return state
    mint_timer, mint_why = _unit_state(ctx, MINT_UPGRADE_TIMER)
    facts = {**state.facts, "mintupdate_automation": True, "mintupdate_timer": mint_timer}
    if mint_timer in ENABLED_STATES:
        return AutoUpdateState(AutoLevel.INSTALLS, "mintupdate", facts=facts)
    if mint_timer is None:
        return AutoUpdateState(AutoLevel.UNKNOWN, "mintupdate", facts=facts, reason=mint_why)
    return replace(state, facts=facts)


def origins_checked(
    state: AutoUpdateState, config: Mapping[str, str], dump: str, platform: PlatformInfo
) -> AutoUpdateState:
    """`state` (unattended-upgrades installs updates) on a relative of Ubuntu (Linux Mint,
    Pop!_OS, elementary OS, Zorin OS...): its default origins are built from `${distro_id}`
    ("Linuxmint:wilma-security"), which names no archive there, since the security updates come
    from Ubuntu's (Origin "Ubuntu"). When none of the origins can match that archive,
    unattended-upgrades installs nothing. Unchanged on Ubuntu and Debian, and when the dump
    lists no origins (an older recording): then as before."""
    archive = security_archive(platform)
    if archive is None:
        return state
    patterns = unattended_patterns(
        parse_apt_list(dump, ALLOWED_ORIGINS_KEY),
        parse_apt_list(dump, ORIGINS_PATTERN_KEY),
        lsb_distro_id(platform),
    )
    if not patterns:
        return state
    allowed = any(pattern_allows(p, archive) for p in patterns)
    facts = {**state.facts, "origin_patterns": list(patterns), "security_origin_allowed": allowed}
    if allowed:
        return replace(state, facts=facts)
    lists = periodic_on(config.get(UPDATE_LISTS_KEY)) or bool(facts.get("gnome_software_downloads"))
    why = fmt(
        N_(
            "unattended-upgrades is on, but its list of update sources names {distro}, while "
            "this system's security updates come from {archive}'s archive: it installs none "
            "of them."
        ),
        distro=platform.distribution_name or lsb_distro_id(platform),
        archive=archive,
    )
    level = AutoLevel.CHECKS_ONLY if lists else AutoLevel.OFF
    return AutoUpdateState(level, "unattended-upgrades", facts=facts, explanation=why)


def _fedora(ctx: ProbeContext) -> AutoUpdateState:
    timers, reason = _fedora_timers(ctx)
    conf = ctx.files.read_text(DNF_AUTOMATIC_CONF)
    # dnf5 starts from its defaults file (dnf-automatic 4 has none: apply_updates = no).
    defaults = ctx.files.read_text(DNF5_AUTOMATIC_DEFAULTS)
    base = parse_key_values(defaults.text) if defaults.ok else {}
    automatic: dict[str, str] | None = None
    if conf.outcome is FileOutcome.OK:
        automatic = {**base, **parse_key_values(conf.text)}
    elif conf.outcome is FileOutcome.MISSING:
        automatic = base  # not configured here: the defaults
    return fedora_state(timers, automatic, _gnome_downloads(ctx), reason, _unread(conf))


def _ostree(ctx: ProbeContext) -> AutoUpdateState:
    timers, reason = _fedora_timers(ctx, OSTREE_TIMERS, OSTREE_TIMER_PROBE)
    conf = ctx.files.read_text(RPM_OSTREED_CONF)
    policy: str | None = None
    if conf.outcome is FileOutcome.OK:
        policy = parse_rpm_ostreed_policy(conf.text)
    elif conf.outcome is FileOutcome.MISSING:
        policy = "none"  # rpm-ostreed's default
    return ostree_state(policy, timers, _gnome_downloads(ctx), reason, _unread(conf))


def _unread(read: FileRead) -> str:
    """Why a settings file that is there could not be read ("" when it was read, or is not
    there: then its defaults apply)."""
    if read.outcome in (FileOutcome.OK, FileOutcome.MISSING):
        return ""
    if read.outcome is FileOutcome.DENIED:
        return N_("this app is not allowed to read it")
    return N_("it is not a readable text file")


def _linux(ctx: ProbeContext) -> AutoUpdateState:
    platform = ctx.platform
    if is_ostree(ctx):
        return _ostree(ctx)
    if platform.is_distribution("debian", "ubuntu"):
        return _debian(ctx)
    if platform.is_distribution("fedora", "rhel", "centos"):
        return _fedora(ctx)
    if platform.is_distribution("arch"):
        return AutoUpdateState(
            AutoLevel.UNKNOWN,
            "pacman",
            reason=N_(
                "Arch Linux has no automatic update service: update by hand every week "
                "or so with 'sudo pacman -Syu'"
            ),
        )
    name = platform.distribution_name or platform.distribution_id or as_text(N_("this Linux"))
    return AutoUpdateState(
        AutoLevel.UNKNOWN,
        "",
        reason=fmt(N_("checking automatic updates on {name} is not supported yet"), name=name),
    )


def _windows(ctx: ProbeContext) -> AutoUpdateState:
    result = ctx.run(WINDOWS_PROBE, timeout=WINDOWS_TIMEOUT)
    if not result.ran or result.returncode != 0:
        return AutoUpdateState(AutoLevel.UNKNOWN, "Windows Update", reason=result.why_not())
    try:
        facts = parse_windows_au(result.stdout)
    except ParseError as exc:
        return AutoUpdateState(
            AutoLevel.UNKNOWN,
            "Windows Update",
            reason=not_understood("PowerShell", exc),
        )
    return windows_with_policies(windows_state(facts, ctx.now()), *_windows_policies(ctx))


def _windows_policies(ctx: ProbeContext) -> tuple[list[PolicyHit], str, str]:
    """The policies of the three keys and the service's start type; why some key could not be
    read, and why the service's start type could not be ("" when they were)."""
    keys: dict[str, dict[str, str]] = {}
    reason = service_reason = ""
    for argv in WU_POLICY_PROBES:
        result = ctx.run(argv, timeout=REG_TIMEOUT)
        if result.outcome is not CommandOutcome.OK:
            reason = reason or result.why_not()
            continue
        if result.returncode == 0:
            keys.update(parse_reg_query(result.stdout))
    # The service's start type can prove "off" (Start = 4), so a read that failed (timed out,
    # denied) leaves no pass, as for the keys above. Only NOT_FOUND (an older recording
    # without it, or no reg.exe) lets the settings and policies decide as before.
    service = ctx.run(WUAUSERV_PROBE, timeout=REG_TIMEOUT)
    if service.outcome is CommandOutcome.OK:
        if service.returncode == 0:
            keys.update(parse_reg_query(service.stdout))
        else:
            # The service's key is on every Windows: reg failing on it ("Access is denied")
            # is no answer, not "left as Windows set it".
            service_reason = fmt(
                N_("'{name}' failed with exit code {code}"),
                name="reg",
                code=str(service.returncode),
            )
    elif service.outcome is not CommandOutcome.NOT_FOUND:
        service_reason = service.why_not()
    return windows_policy_hits(keys, ctx.now()), reason, service_reason


def _macos(ctx: ProbeContext) -> AutoUpdateState:
    managed = read_plist(ctx, MACOS_MANAGED_PLIST)
    prefs = read_plist(ctx, MACOS_PREFS_PLIST)
    for read in (managed, prefs):
        if read.values is None:
            return AutoUpdateState(AutoLevel.UNKNOWN, "Software Update", reason=read.reason)
    return macos_state(macos_settings(managed.values or {}, prefs.values or {}))


# ----- the check ----------------------------------------------------------------------------

_STEPS_WINDOWS = (
    FixStep(N_("Open Settings, then Windows Update."), link="ms-settings:windowsupdate"),
    FixStep(N_("If it says updates are paused, select 'Resume updates'.")),
    FixStep(
        N_(
            "Select 'Advanced options' and make sure nothing there pauses updates. Select "
            "'Check for updates' once to start."
        )
    ),
    FixStep(
        N_(
            "If a message says some settings are managed by your organisation, ask your IT "
            "support to turn automatic updates on. On a personal computer where a tool turned "
            "them off: press Windows+R, type gpedit.msc, open Computer Configuration, "
            "Administrative Templates, Windows Components, Windows Update, and set 'Configure "
            "Automatic Updates' to 'Not Configured'."
        )
    ),
    FixStep(N_("Run this check again.")),
)
#: Windows Home, what most homes run, has no gpedit.msc: the policy that switches updates off
#: is removed directly. Shown only when a policy was found (the finding names it).
_STEP_WINDOWS_HOME_POLICY = FixStep(
    N_(
        "On Windows Home, which has no gpedit.msc: in PowerShell opened with 'Run as "
        "administrator', remove those policies by typing:"
    ),
    command=f'reg delete "{WU_POLICY_KEY}" /f',
)
_STEP_WUAUSERV = FixStep(
    N_(
        "If the finding names the Windows Update service (wuauserv), switch it back on as "
        "well, then restart:"
    ),
    command="sc.exe config wuauserv start= demand",
)
_STEPS_MACOS = (
    FixStep(
        N_(
            "Open the Apple menu, System Settings, General, then Software Update (on macOS 12 "
            "and earlier: System Preferences, Software Update)."
        ),
        link="x-apple.systempreferences:com.apple.Software-Update-Settings.extension",
    ),
    FixStep(
        N_(
            "Select the (i) button next to 'Automatic Updates' and turn on every switch, "
            "especially 'Install Security Responses and system files'. Enter your password "
            "when asked."
        )
    ),
    FixStep(
        N_("If the switches are greyed out, your organisation manages them: ask your IT support.")
    ),
    FixStep(N_("Run this check again.")),
)
_STEPS_DEBIAN = (
    FixStep(
        N_(
            "Open a terminal, type the following and answer 'Yes': it installs security "
            "updates every day, on Debian, Ubuntu and their relatives alike."
        ),
        command="sudo apt install unattended-upgrades && "
        "sudo dpkg-reconfigure -plow unattended-upgrades",
        headline=True,
    ),
    FixStep(
        N_(
            "To do the same without a terminal on Ubuntu, open 'Software & Updates' and go "
            "to the 'Updates' tab. Set 'Automatically check for updates' to 'Daily' and "
            "'When there are security updates' to 'Download and install automatically'."
        )
    ),
    FixStep(N_("Run this check again.")),
)
_STEPS_FEDORA = (
    FixStep(
        N_("Open a terminal and install the automatic update service:"),
        command="sudo dnf install dnf-automatic",
    ),
    FixStep(
        N_(
            "Open its settings file as administrator and, in the [commands] section, set "
            "'apply_updates = yes' (add the line if it is missing), then save:"
        ),
        command="sudoedit /etc/dnf/automatic.conf",
    ),
    FixStep(
        N_("Turn the daily timer on:"),
        command="sudo systemctl enable --now dnf-automatic.timer",
    ),
    FixStep(N_("Run this check again.")),
)

_WHY = N_(
    "Automatic updates install security fixes within a day or two of their release, without "
    "you having to remember. Without them, a computer quietly falls weeks behind and stays "
    "open to attacks that are already fixed."
)


def _guide(linux_steps: tuple[FixStep, ...]) -> FixGuide:
    return FixGuide(
        title=N_("Turn on automatic updates"),
        why=_WHY,
        steps={
            OSFamily.LINUX: linux_steps,
            OSFamily.WINDOWS: _STEPS_WINDOWS,
            OSFamily.MACOS: _STEPS_MACOS,
        },
        verify_check=META.id,
    )


FIX_AUTO_DEBIAN = _guide(_STEPS_DEBIAN)
FIX_AUTO_FEDORA = _guide(_STEPS_FEDORA)
#: Fedora 41 and later: dnf5's plugin and timer.
FIX_AUTO_FEDORA_DNF5 = _guide(
    (
        FixStep(
            N_("Open a terminal and install the automatic update service:"),
            command="sudo dnf install dnf5-plugin-automatic",
        ),
        _STEPS_FEDORA[1],
        FixStep(
            N_("Turn the daily timer on:"),
            command="sudo systemctl enable --now dnf5-automatic.timer",
        ),
        FixStep(N_("Run this check again.")),
    )
)


#: Linux Mint: its Update Manager installs updates itself ("Automation"), the way Mint documents;
#: unattended-upgrades' default origins (${distro_id}: "Linuxmint") name no archive Mint uses.
FIX_AUTO_MINT = _guide(
    (
        FixStep(
            N_(
                "Open 'Update Manager' from the menu, then choose Edit, Preferences and the "
                "'Automation' tab."
            ),
            headline=True,
        ),
        FixStep(N_("Turn on 'Apply updates automatically' and enter your password when asked.")),
        FixStep(N_("Run this check again.")),
    )
)
#: Pop!_OS 22.04: pop-system-updater, switched on in Settings.
FIX_AUTO_POP = _guide(
    (
        FixStep(
            N_("Open Settings, then 'OS Upgrade & Recovery', and turn on 'Automatic Updates'."),
            headline=True,
        ),
        FixStep(N_("Run this check again.")),
    )
)
#: Pop!_OS 24.04 and later (COSMIC) has no automatic-update setting (yet): said plainly.
FIX_AUTO_POP_COSMIC = _guide(
    (
        FixStep(
            N_(
                "Pop!_OS 24.04 and later have no setting for automatic updates yet. Install "
                "the updates yourself every week from 'COSMIC Store', or open a terminal and "
                "type (it asks for your password):"
            ),
            command="sudo apt update && sudo apt full-upgrade",
            headline=True,
        ),
        FixStep(N_("Run this check again.")),
    )
)
#: Fedora's atomic desktops (Silverblue, Kinoite, Bazzite...): rpm-ostree, never dnf.
FIX_AUTO_OSTREE = _guide(
    (
        FixStep(
            N_(
                "Open rpm-ostree's settings file as administrator and, in the [Daemon] section, "
                "set 'AutomaticUpdatePolicy=stage' (remove the # in front of it if there is "
                "one), then save:"
            ),
            command="sudoedit /etc/rpm-ostreed.conf",
            headline=True,
        ),
        FixStep(
            N_("Reload the setting and turn the daily timer on:"),
            command="sudo rpm-ostree reload && "
            "sudo systemctl enable --now rpm-ostreed-automatic.timer",
        ),
        FixStep(
            N_(
                "Updates are then downloaded and prepared every day, and take effect the next "
                "time you restart."
            )
        ),
        FixStep(N_("Run this check again.")),
    )
)


def fedora_guide(os_version: str) -> FixGuide:
    """Fedora 41 moved to dnf5, whose automatic updates come from another package and timer."""
    major = os_version.split(".", 1)[0]
    return FIX_AUTO_FEDORA_DNF5 if major.isdigit() and int(major) >= 41 else FIX_AUTO_FEDORA


#: An apt.conf list adds to the lists of the other files: this appends Ubuntu's security
#: archive (any release: the sources list names only this one) to unattended-upgrades' origins.
UBUNTU_SECURITY_ORIGIN_LINE = (
    'Unattended-Upgrade::Origins-Pattern { "origin=Ubuntu,archive=*-security"; };'
)
UU_LOCAL_CONF = "/etc/apt/apt.conf.d/51unattended-upgrades-local"
#: A relative of Ubuntu whose unattended-upgrades names no archive it uses (`origins_checked`):
#: Ubuntu's security archive added to its list, in a file of its own that upgrades keep.
FIX_AUTO_UBUNTU_ORIGIN = _guide(
    (
        FixStep(
            N_(
                "Add Ubuntu's security updates to the list unattended-upgrades installs from: "
                "open a terminal and type the following (it asks for your password):"
            ),
            command=f"echo '{UBUNTU_SECURITY_ORIGIN_LINE}' | sudo tee -a {UU_LOCAL_CONF}",
            headline=True,
        ),
        FixStep(N_("Run this check again.")),
    )
)


def linux_guide(
    platform: PlatformInfo, *, ostree: bool = False, origins_missed: bool = False
) -> FixGuide:
    """The steps this Linux's own tools take: rpm-ostree on an image-based system, Mint's Update
    Manager, Pop!_OS's Settings, dnf-automatic on Fedora and its relatives, unattended-upgrades
    elsewhere. `origins_missed`: unattended-upgrades runs but names none of the archives the
    updates come from (`origins_checked`); outside Mint, the guide adds Ubuntu's."""
    if ostree:
        return FIX_AUTO_OSTREE
    if platform.is_distribution("linuxmint"):
        return FIX_AUTO_MINT
    if origins_missed:
        return FIX_AUTO_UBUNTU_ORIGIN
    if platform.is_distribution("pop"):
        major = platform.os_version.split(".", 1)[0]
        return FIX_AUTO_POP_COSMIC if major.isdigit() and int(major) >= 24 else FIX_AUTO_POP
    if platform.is_distribution("fedora"):
        return fedora_guide(platform.os_version)
    if platform.is_distribution("rhel", "centos"):
        return FIX_AUTO_FEDORA
    return FIX_AUTO_DEBIAN


def windows_guide(state: AutoUpdateState) -> FixGuide:
    """FIX_AUTO, and where a policy switches updates off, how to remove it without gpedit.msc
    (Windows Home) and how to switch a disabled Windows Update service back on."""
    if not state.policy:
        return FIX_AUTO
    extra: tuple[FixStep, ...] = (_STEP_WINDOWS_HOME_POLICY,)
    if WUAUSERV_KEY in state.policy:
        extra += (_STEP_WUAUSERV,)
    steps = _STEPS_WINDOWS[:-1] + extra + _STEPS_WINDOWS[-1:]
    return FixGuide(
        title=FIX_AUTO.title,
        why=FIX_AUTO.why,
        steps={**FIX_AUTO.steps, OSFamily.WINDOWS: steps},
        verify_check=META.id,
    )


#: Windows and macOS (its Linux steps are Debian's; Linux picks its guide by distribution).
FIX_AUTO = FIX_AUTO_DEBIAN


class AutoUpdatesCheck:
    meta = META

    def run(self, ctx: ProbeContext) -> Finding:
        os_family = ctx.platform.os
        if os_family is OSFamily.LINUX:
            state = _linux(ctx)
            missed = state.facts.get("security_origin_allowed") is False
            fix = linux_guide(ctx.platform, ostree=is_ostree(ctx), origins_missed=missed)
        elif os_family is OSFamily.WINDOWS:
            state = _windows(ctx)
            fix = windows_guide(state)
        else:
            state, fix = _macos(ctx), FIX_AUTO
        return with_sentences(_facts.with_facts(evaluate(state, fix), facts))


_LEVEL_WORDS = {
    AutoLevel.INSTALLS: N_("on: updates install by themselves"),
    AutoLevel.CHECKS_ONLY: N_("updates are found, but wait for you to install them"),
    AutoLevel.OFF: N_("switched off"),
    AutoLevel.PAUSED: N_("paused"),
}


def facts(finding: Finding) -> tuple[Fact, ...]:
    """The automatic-update setting in words, who handles it and who decides."""
    ev = finding.evidence
    try:
        level = AutoLevel(_facts.text(ev, "level") or "")
    except ValueError:
        level = AutoLevel.UNKNOWN
    found = [Fact(N_("Automatic updates"), _LEVEL_WORDS.get(level, ""))]
    until = _facts.text(ev, "paused_until")
    if level is AutoLevel.PAUSED and until:
        found.append(Fact(N_("Paused until"), until))
    found.append(Fact(N_("Handled by"), _facts.text(ev, "mechanism") or ""))
    managed = _facts.flag(ev, "managed_by_organization")
    if managed is not None and level is not AutoLevel.UNKNOWN:
        found.append(Fact(N_("Set by your organisation"), _facts.yes_no(managed)))
    policy = _facts.text(ev, "set_by_policy")
    if policy and level is not AutoLevel.UNKNOWN:
        found.append(Fact(N_("Policy"), policy))
    return tuple(found)


def _with_policy(state: AutoUpdateState, detail: str) -> str:
    """`detail`, then the policy that decides it, by key and value, and who sets such policies."""
    if not state.policy:
        return detail
    named = fmt(
        N_(
            "A policy sets this: {policy}. Your organisation set it, or a program did (some "
            "'tweak' and privacy tools do)."
        ),
        policy=state.policy,
    )
    return joined(detail, named) if detail else named


def evaluate(state: AutoUpdateState, fix: FixGuide = FIX_AUTO) -> Finding:
    evidence: dict[str, JsonValue] = {
        "level": state.level.value,
        "mechanism": state.mechanism,
        "managed_by_organization": state.managed,
        **state.facts,
        **({"set_by_policy": state.policy} if state.policy else {}),
    }
    managed = N_(" (managed by your organisation)") if state.managed else ""
    match state.level:
        case AutoLevel.UNKNOWN:
            return Finding(
                Status.UNKNOWN,
                N_("Could not tell whether automatic updates are on"),
                reason=state.reason or N_("the update settings could not be read"),
                evidence=evidence,
            )
        case AutoLevel.OFF:
            return Finding(
                Status.FAIL,
                joined(N_("Automatic updates are turned off"), managed, sep=""),
                Severity.MEDIUM,
                detail=_with_policy(state, state.explanation),
                evidence=evidence,
                fix=fix,
            )
        case AutoLevel.PAUSED:
            paused = (
                fmt(N_("Updates are paused until {date}"), date=state.paused_until)
                if state.paused_until
                else N_("Updates are paused")
            )
            return Finding(
                Status.FAIL,
                joined(paused, managed, sep=""),
                Severity.MEDIUM,
                detail=_with_policy(
                    state,
                    N_("Until then, Windows installs no updates, security fixes included.")
                    if state.paused_until
                    else N_(
                        "While they are, Windows installs no updates, security fixes included."
                    ),
                ),
                evidence={**evidence, "paused_until": state.paused_until or None},
                fix=fix,
            )
        case AutoLevel.CHECKS_ONLY:
            return Finding(
                Status.WARN,
                joined(N_("Updates are found but not installed automatically"), managed, sep=""),
                Severity.MEDIUM,
                detail=_with_policy(state, state.explanation),
                evidence=evidence,
                fix=fix,
            )
        case AutoLevel.INSTALLS if state.minor_gap:
            return Finding(
                Status.WARN,
                joined(N_("Automatic updates are on, with one gap"), managed, sep=""),
                Severity.LOW,
                detail=_with_policy(state, state.minor_gap),
                evidence=evidence,
                fix=fix,
            )
        case _:
            return Finding(
                Status.PASS,
                joined(
                    fmt(N_("Automatic updates are on ({mechanism})"), mechanism=state.mechanism),
                    managed,
                    sep="",
                ),
                evidence=evidence,
            )

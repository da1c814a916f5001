"""The checkup's domain: what a check is, what it found and how to fix it.

Everything here is immutable so results can cross threads (and, later, Qt signals) without copies
or locks.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TypeAlias

from hygiene_app.engine.i18n import N_

#: Evidence values are plain JSON so reports and snapshots can carry them unchanged.
JsonValue: TypeAlias = (
    str | int | float | bool | Sequence["JsonValue"] | Mapping[str, "JsonValue"] | None
)

#: The latest time a stored date may hold (1 January 3000, in seconds since the epoch): every
#: date up to it can be shown on every platform. Settings and snapshots refuse later ones.
LATEST_TIME = 32_503_680_000


class Status(enum.StrEnum):
    PASS = "pass"  # noqa: S105 - a verdict, not a password
    FAIL = "fail"
    WARN = "warn"
    #: The check could not tell (offline, tool missing, permission denied, unsupported).
    UNKNOWN = "unknown"
    #: The check was not run (not for this OS, excluded, cancelled, needs the network offline).
    SKIPPED = "skipped"
    #: The check itself broke; a bug, reported with the check's id.
    ERROR = "error"

    @property
    def is_problem(self) -> bool:
        """A finding the user should act on."""
        return self in (Status.FAIL, Status.WARN)

    @property
    def needs_reason(self) -> bool:
        return self in (Status.UNKNOWN, Status.SKIPPED, Status.ERROR)


class Severity(enum.IntEnum):
    """How much a problem matters; orders findings, weighs the score and drives `--fail-on`."""

    INFO = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    CRITICAL = 4

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        try:
            return cls[text.strip().upper()]
        except KeyError:
            names = ", ".join(s.label for s in cls)
            raise ValueError(f"unknown severity {text!r} (choose from {names})") from None


class OSFamily(enum.StrEnum):
    LINUX = "linux"
    WINDOWS = "windows"
    MACOS = "macos"

    @property
    def display_name(self) -> str:
        return {"linux": "Linux", "windows": "Windows", "macos": "macOS"}[self.value]


ALL_OSES: frozenset[OSFamily] = frozenset(OSFamily)


class Category(enum.StrEnum):
    """The areas people think in; every check belongs to exactly one. The order here is the
    order the app and the reports show them in."""

    PASSWORDS = "passwords"
    TWO_STEP = "two_step"
    PHISHING = "phishing"
    UPDATES = "updates"
    WIFI_VPN = "wifi_vpn"
    DEVICE = "device"

    @property
    def label(self) -> str:
        return {
            "passwords": N_("Passwords"),
            "two_step": N_("Two-step verification"),
            "phishing": N_("Phishing & browsing"),
            "updates": N_("Updates"),
            "wifi_vpn": N_("Wi-Fi & VPN"),
            "device": N_("This device"),
        }[self.value]


@dataclass(frozen=True, slots=True)
class CheckMeta:
    """What a check is, independent of any run. `id` is stable forever: it keys settings,
    policy, history, reports and fixtures."""

    id: str
    title: str
    category: Category
    platforms: frozenset[OSFamily]
    #: Relative importance in the score (1 = minor, 10 = essential).
    weight: int
    #: The severity a failure has unless the finding says otherwise.
    severity: Severity
    #: One line for the user: what, if anything, leaves this machine when the check runs.
    leaves_machine: str
    needs_admin: bool = False
    needs_network: bool = False
    #: Seconds the check may take before the runner gives up on it.
    timeout: float = 10.0

    def __post_init__(self) -> None:
        if not self.id or not self.platforms:
            raise ValueError("a check needs an id and at least one platform")
        if not 1 <= self.weight <= 10:
            raise ValueError(f"{self.id}: weight must be 1..10")
        if self.timeout <= 0:
            raise ValueError(f"{self.id}: timeout must be positive")


@dataclass(frozen=True, slots=True)
class FixStep:
    """One numbered step of a guide. `command` is shown with a copy button; `link` opens a
    settings page (`ms-settings:…`, `x-apple.systempreferences:…`, a URL)."""

    text: str
    command: str | None = None
    link: str | None = None
    #: This step, shown alone, is the guide's one-line fix (the CLI's "Fix:" line). Mark it when
    #: the guess in `engine.fix_line` would pick a step that leans on another.
    headline: bool = False


@dataclass(frozen=True, slots=True)
class AutoFix:
    """A fix the app may run for the user, after confirmation, elevating through the OS's own
    prompt when `needs_admin`."""

    description: str
    argv: tuple[str, ...]
    needs_admin: bool = True


@dataclass(frozen=True, slots=True)
class FixGuide:
    """How to fix one failing state, for a non-expert, on each OS it applies to."""

    title: str
    why: str
    steps: Mapping[OSFamily, tuple[FixStep, ...]]
    #: The check to run again to confirm the fix worked.
    verify_check: str
    auto_fix: Mapping[OSFamily, AutoFix] = field(default_factory=lambda: MappingProxyType({}))

    def __post_init__(self) -> None:
        object.__setattr__(self, "steps", MappingProxyType(dict(self.steps)))
        object.__setattr__(self, "auto_fix", MappingProxyType(dict(self.auto_fix)))

    def steps_for(self, os_family: OSFamily) -> tuple[FixStep, ...]:
        return self.steps.get(os_family, ())


@dataclass(frozen=True, slots=True)
class Fact:
    """One thing a check learned, in words a person reads ("Firewall" / "switched off"). The
    label is marked with `N_`; the value is plain text. Raw field names and enum values stay in
    the evidence, for support."""

    label: str
    value: str


@dataclass(frozen=True, slots=True)
class Finding:
    """What one check concluded. Evidence holds the parsed facts behind the verdict, never
    secrets, so the user (and support) can see why."""

    status: Status
    summary: str
    severity: Severity = Severity.INFO
    detail: str = ""
    evidence: Mapping[str, JsonValue] = field(default_factory=lambda: MappingProxyType({}))
    fix: FixGuide | None = None
    #: Why the check could not tell (unknown), was not run (skipped) or broke (error).
    reason: str = ""
    #: What was found, in human words (the evidence is the same, raw, for support).
    facts: tuple[Fact, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "evidence", MappingProxyType(dict(self.evidence)))
        object.__setattr__(self, "facts", tuple(self.facts))
        if self.status.needs_reason and not self.reason:
            raise ValueError(f"a {self.status} finding must say why")

    @classmethod
    def unknown(cls, reason: str, summary: str = "", **evidence: JsonValue) -> Finding:
        return cls(
            Status.UNKNOWN,
            summary or N_("Could not tell"),
            reason=reason,
            evidence=evidence,
        )


@dataclass(frozen=True, slots=True)
class CheckResult:
    """A finding tied to the check that produced it and how long it took."""

    meta: CheckMeta
    finding: Finding
    duration: float

    @property
    def status(self) -> Status:
        return self.finding.status

    @property
    def severity(self) -> Severity:
        return self.finding.severity

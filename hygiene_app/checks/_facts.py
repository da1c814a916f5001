"""Turning a finding's raw evidence into facts a person reads.

Each check keeps its evidence as it parsed it (field names, enum values, class names: what
support needs) and says what that evidence means in a short list of `Fact`s, built from the
evidence at the end of its `run`. Deriving the facts from the evidence, in one function per check,
keeps both in step for every verdict the check can return. Evidence is JSON and may hold anything a
hostile machine answered, so every accessor here checks the type and gives None when it is off.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

from hygiene_app.engine.i18n import N_, fmt_plural, joined
from hygiene_app.engine.model import Fact, Finding, JsonValue

Evidence = Mapping[str, JsonValue]

#: At most this many names are listed in one fact; the rest are counted.
MAX_LISTED = 5


def with_facts(finding: Finding, build: Callable[[Finding], Iterable[Fact]]) -> Finding:
    """The finding with the facts `build` reads from it (unless it already has some)."""
    if finding.facts:
        return finding
    return replace(finding, facts=tuple(f for f in build(finding) if f.value))


def text(evidence: Evidence, key: str) -> str | None:
    value = evidence.get(key)
    return value if isinstance(value, str) and value.strip() else None


def flag(evidence: Evidence, key: str) -> bool | None:
    value = evidence.get(key)
    return value if isinstance(value, bool) else None


def number(evidence: Evidence, key: str) -> float | None:
    value = evidence.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def items(evidence: Evidence, key: str) -> list[JsonValue]:
    value = evidence.get(key)
    return list(value) if isinstance(value, list | tuple) else []


def texts(evidence: Evidence, key: str) -> list[str]:
    return [v for v in items(evidence, key) if isinstance(v, str) and v.strip()]


def mapping(evidence: Evidence, key: str) -> Mapping[str, JsonValue]:
    value = evidence.get(key)
    return value if isinstance(value, Mapping) else {}


def listed(names: Sequence[str], limit: int = MAX_LISTED) -> str:
    """`names` joined with commas; past `limit`, the rest counted ("a, b and 3 more")."""
    shown = joined(*names[:limit], sep=", ")
    rest = len(names) - limit
    if rest > 0:
        return fmt_plural("{names} and {n} more", "{names} and {n} more", rest, names=shown, n=rest)
    return shown


def yes_no(value: bool) -> str:
    return N_("yes") if value else N_("no")


def on_off(value: bool) -> str:
    return N_("switched on") if value else N_("switched off")


def day_count(days: float) -> str:
    """A number of days as a person says it ("today", "1 day", "21 days")."""
    n = int(days)
    if n < 1:
        return N_("less than a day")
    return fmt_plural("{n} day", "{n} days", n, n=n)


# A duration is declined by its place in the sentence (German "vor 3 Tagen", "3 Tage alt"):
# each use is its own plural message, never "{n} days" put into "{time} ago".


def days_ago(days: float) -> str:
    """How long ago, in days ("3 days ago", "less than a day ago")."""
    n = int(days)
    if n < 1:
        return N_("less than a day ago")
    return fmt_plural("{n} day ago", "{n} days ago", n, n=n)


def days_old(days: float) -> str:
    """An age in days ("21 days old", "less than a day old")."""
    n = int(days)
    if n < 1:
        return N_("less than a day old")
    return fmt_plural("{n} day old", "{n} days old", n, n=n)


def updated_days_ago(days: float) -> str:
    """When something was last updated ("updated 3 days ago")."""
    n = int(days)
    if n < 1:
        return N_("updated less than a day ago")
    return fmt_plural("updated {n} day ago", "updated {n} days ago", n, n=n)

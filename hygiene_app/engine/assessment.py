"""One reading of a checkup for people: the score, what would raise it, the one fix to do first,
the findings the user set aside, and how many findings have each status word.

The window's overview, the terminal report and the JSON report all render this one object, so
they cannot disagree about the same machine at the same moment (they once said 52 and 45, and
"+21.6" next to whole numbers). Set-asides are the user's choices, not the machine's state: they
mark findings and are listed with their kind, reason and expiry, but never change the score.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from hygiene_app.engine.i18n import N_, fmt, fmt_plural, joined
from hygiene_app.engine.model import AutoFix, CheckResult, OSFamily
from hygiene_app.engine.score import Score, compute_score
from hygiene_app.engine.status_words import StatusWord, count_words

#: The effort of a problem without a fix guide: never suggested before one that has one.
NO_FIX_EFFORT = 99


class SetAsideLike(Protocol):
    """What the assessment reads from a set-aside (`services.set_aside.SetAside` is one); a
    protocol so the engine does not depend on where the user's choices are stored."""

    @property
    def check_id(self) -> str: ...

    @property
    def kind(self) -> str: ...

    @property
    def until(self) -> float: ...

    @property
    def reason(self) -> str: ...

    def describe(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Gain:
    """Fixing `result` alone would raise the shown score by exactly `points`."""

    result: CheckResult
    points: int
    #: The user set this finding aside: it still costs its points, and is marked as such.
    set_aside: bool


@dataclass(frozen=True, slots=True)
class SetAsideFinding:
    """A finding the user snoozed or accepted, with what it still costs."""

    result: CheckResult
    #: "snooze" or "accept".
    kind: str
    reason: str
    #: Seconds since the epoch when it stops applying.
    until: float
    #: The set-aside in one sentence ("Risk accepted until 2026-05-01: IT manages it").
    note: str
    #: Whole score points it still costs (what fixing it would gain).
    cost: int


@dataclass(frozen=True, slots=True)
class FirstFix:
    """The fix to do first, and why it was chosen, in a sentence."""

    result: CheckResult
    gain: int
    effort: int
    #: The app can make this change for the user.
    auto: bool
    why: str


@dataclass(frozen=True, slots=True)
class Assessment:
    score: Score
    #: Every fix that would raise the score, biggest first (set-aside ones included, marked).
    gains: tuple[Gain, ...]
    first: FirstFix | None
    set_asides: tuple[SetAsideFinding, ...]
    #: How many findings have each status word, in the vocabulary's order (none with 0).
    counts: tuple[tuple[StatusWord, int], ...]

    def top_gains(self, n: int = 3) -> tuple[Gain, ...]:
        return self.gains[:n]

    def is_set_aside(self, check_id: str) -> bool:
        return any(s.result.meta.id == check_id for s in self.set_asides)


def effort(result: CheckResult, os_family: OSFamily, *, auto: bool = True) -> int:
    """Rough effort of a fix: its number of steps, and 1 when the app can do it for the user
    (`auto` says whether the app may run its automatic fix at all here)."""
    fix = result.finding.fix
    if fix is None:
        return NO_FIX_EFFORT
    if auto and os_family in fix.auto_fix:
        return 1
    return max(1, len(fix.steps_for(os_family)))


def first_fix_reason(gain: int, steps: int, auto: bool, *, bigger_elsewhere: bool = False) -> str:
    """Why the suggested fix was chosen, as a full sentence. When another fix is worth more
    points, say so: a person reading "+5" beside a "+9" in the list must not think the app
    counted wrong."""
    if gain <= 0:
        return N_(
            "Chosen because it is the most serious problem left with a fix; it does not change "
            "the score."
        )
    points = fmt_plural("+{n} point", "+{n} points", gain, n=gain)
    if auto:
        why = fmt(
            N_(
                "Chosen because it is the quickest win: {points}, and the app can make the change "
                "for you."
            ),
            points=points,
        )
    else:
        why = fmt(
            N_("Chosen because it gives the most points for the work: {points} in {steps}."),
            points=points,
            steps=fmt_plural("about {n} step", "about {n} steps", steps, n=steps),
        )
    if bigger_elsewhere:
        return joined(why, N_("Fixes worth more points take more work."))
    return why


def _first_fix(
    results: Sequence[CheckResult],
    os_family: OSFamily,
    score: Score,
    set_aside_ids: Mapping[str, object],
    can_auto_fix: Callable[[AutoFix], bool],
) -> FirstFix | None:
    """The open problem whose fix gains the most score per unit of effort; severity, then the
    check's weight, break ties. Set-aside findings are not suggested."""

    def auto(r: CheckResult) -> bool:
        fix = r.finding.fix
        chosen = fix.auto_fix.get(os_family) if fix is not None else None
        return chosen is not None and can_auto_fix(chosen)

    candidates = [
        r
        for r in results
        if r.status.is_problem and r.finding.fix is not None and r.meta.id not in set_aside_ids
    ]
    if not candidates:
        return None

    def value(r: CheckResult) -> tuple[float, int, int]:
        cost = effort(r, os_family, auto=auto(r))
        return (score.gain_of(r.meta.id) / cost, r.severity, r.meta.weight)

    best = max(candidates, key=value)
    is_auto = auto(best)
    steps = effort(best, os_family, auto=is_auto)
    gain = score.gain_of(best.meta.id)
    bigger = any(score.gain_of(r.meta.id) > gain for r in candidates)
    why = first_fix_reason(gain, steps, is_auto, bigger_elsewhere=bigger)
    return FirstFix(best, gain, steps, is_auto, why)


def assess(
    results: Sequence[CheckResult],
    os_family: OSFamily,
    set_asides: Mapping[str, SetAsideLike] | None = None,
    *,
    can_auto_fix: Callable[[AutoFix], bool] | None = None,
) -> Assessment:
    """The one computation behind every score shown. `set_asides` are the user's active ones
    by check id (none for a recording of another machine); `can_auto_fix` says whether the
    app may run an automatic fix here (by default, wherever the check offers one)."""
    set_asides = set_asides or {}
    score = compute_score(results)
    by_id = {r.meta.id: r for r in results}
    gains = sorted(
        (
            Gain(by_id[item.check_id], item.gain, item.check_id in set_asides)
            for item in score.items
            if item.gain > 0
        ),
        key=lambda g: -g.points,
    )
    listed = tuple(
        SetAsideFinding(
            r,
            str(aside.kind),
            aside.reason,
            aside.until,
            aside.describe(),
            score.gain_of(r.meta.id),
        )
        for r in results
        if (aside := set_asides.get(r.meta.id)) is not None
    )
    first = _first_fix(results, os_family, score, set_asides, can_auto_fix or (lambda _fix: True))
    return Assessment(score, tuple(gains), first, listed, count_words(results, set_asides.keys()))

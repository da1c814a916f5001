"""The checkup score: 0-100, explainable line by line.

Formula (also in docs/scoring.md):

* Every check that reached a verdict (pass, warn or fail) is worth
  ``points = weight x severity factor``; the factor is 1, 2, 3, 4 for low, medium, high,
  critical. The severity is the finding's (a pass uses the check's default), so a check that
  found something worse than usual weighs more. An info finding is advice, not a problem: its
  factor is 0, so it neither raises nor lowers the score.
* A pass earns all its points, a warn half, a fail none.
* ``score = round(100 x earned / possible)``.
* Unknown, skipped and error results are left out of both sums and listed instead: a check that
  could not tell neither helps nor hurts. With no verdicts at all there is no score.
* What a problem would "gain" if fixed is exactly how far the shown score would rise if that
  check alone passed: the score recomputed with it as a pass, minus the score now, in whole
  points. So a gain can never promise what the number on screen will not show.

The score describes the machine, not the user's choices: a finding the user snoozed or accepted
still costs what it costs (there is deliberately no way to pass set-asides in here).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from hygiene_app.engine.model import CheckResult, Severity, Status

SEVERITY_FACTOR = {
    Severity.INFO: 0,
    Severity.LOW: 1,
    Severity.MEDIUM: 2,
    Severity.HIGH: 3,
    Severity.CRITICAL: 4,
}
CREDIT = {Status.PASS: 1.0, Status.WARN: 0.5, Status.FAIL: 0.0}


@dataclass(frozen=True, slots=True)
class ScoreItem:
    check_id: str
    status: Status
    points: float
    earned: float
    #: Whole score points the shown score would rise by if this check alone passed (0 for a
    #: pass, and never negative).
    gain: int


@dataclass(frozen=True, slots=True)
class Excluded:
    check_id: str
    status: Status
    reason: str


@dataclass(frozen=True, slots=True)
class Score:
    #: None when no check reached a verdict.
    value: int | None
    earned: float
    possible: float
    items: tuple[ScoreItem, ...]
    excluded: tuple[Excluded, ...]

    def gain_of(self, check_id: str) -> int:
        """What fixing `check_id` would gain; 0 for a check that is not scored."""
        return next((i.gain for i in self.items if i.check_id == check_id), 0)


def effective_severity(result: CheckResult) -> Severity:
    """The severity a result is weighed with: the finding's, or for a pass the check's own.
    A fail is never mere advice: one that names no severity takes the check's."""
    finding = result.finding
    if result.status is Status.PASS or (
        result.status is Status.FAIL and finding.severity is Severity.INFO
    ):
        return result.meta.severity
    return finding.severity


def _value(earned: float, possible: float) -> int | None:
    return round(100.0 * earned / possible) if possible else None


def compute_score(results: Sequence[CheckResult]) -> Score:
    """The score of the machine these results describe (see the module's docstring)."""
    scored = []
    excluded = []
    for r in results:
        if r.status in CREDIT:
            points = float(r.meta.weight * SEVERITY_FACTOR[effective_severity(r)])
            scored.append((r, points, points * CREDIT[r.status]))
        else:
            excluded.append(Excluded(r.meta.id, r.status, r.finding.reason))
    possible = sum(p for _, p, _ in scored)
    earned = sum(e for _, _, e in scored)
    value = _value(earned, possible)

    def gain(r: CheckResult, points: float, earned_i: float) -> int:
        if r.status is Status.PASS or value is None:
            return 0
        # As a pass it is weighed with the check's own severity, as every pass is.
        as_pass = float(r.meta.weight * SEVERITY_FACTOR[r.meta.severity])
        fixed = _value(earned - earned_i + as_pass, possible - points + as_pass)
        return max(0, (fixed if fixed is not None else value) - value)

    items = tuple(
        ScoreItem(r.meta.id, r.status, points, earned_i, gain(r, points, earned_i))
        for r, points, earned_i in scored
    )
    return Score(value, earned, possible, items, tuple(excluded))

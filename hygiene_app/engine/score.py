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
* What a problem "costs" is the score it would gain if fixed: ``100 x (points - earned) /
  possible``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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
    #: Score points lost to this check (what fixing it would gain), rounded to 0.1.
    cost: float


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


def effective_severity(result: CheckResult) -> Severity:
    """The severity a result is weighed with: the finding's, or for a pass the check's own.
    A fail is never mere advice: one that names no severity takes the check's."""
    finding = result.finding
    if result.status is Status.PASS or (
        result.status is Status.FAIL and finding.severity is Severity.INFO
    ):
        return result.meta.severity
    return finding.severity


def compute_score(
    results: Sequence[CheckResult], set_aside: Mapping[str, str] | None = None
) -> Score:
    """`set_aside` maps check ids the user snoozed or accepted to why; they are left out of
    the score like results without a verdict, and listed with that reason."""
    set_aside = set_aside or {}
    scored = []
    excluded = []
    for r in results:
        if r.meta.id in set_aside:
            excluded.append(Excluded(r.meta.id, r.status, set_aside[r.meta.id]))
        elif r.status in CREDIT:
            points = float(r.meta.weight * SEVERITY_FACTOR[effective_severity(r)])
            scored.append((r, points, points * CREDIT[r.status]))
        else:
            excluded.append(Excluded(r.meta.id, r.status, r.finding.reason))
    possible = sum(p for _, p, _ in scored)
    earned = sum(e for _, _, e in scored)
    items = tuple(
        ScoreItem(
            r.meta.id,
            r.status,
            points,
            earned_i,
            round(100.0 * (points - earned_i) / possible, 1) if possible else 0.0,
        )
        for r, points, earned_i in scored
    )
    value = round(100.0 * earned / possible) if possible else None
    return Score(value, earned, possible, items, tuple(excluded))

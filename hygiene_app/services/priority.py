"""Which fix to suggest first: the one that buys the most safety for the least effort."""

from __future__ import annotations

from collections.abc import Container, Sequence

from hygiene_app.engine.model import CheckResult, OSFamily
from hygiene_app.engine.score import compute_score


def effort(result: CheckResult, os_family: OSFamily) -> int:
    """Rough effort of a fix: its number of steps, and 1 when the app can do it for the user."""
    fix = result.finding.fix
    if fix is None:
        return 99
    if os_family in fix.auto_fix:
        return 1
    return max(1, len(fix.steps_for(os_family)))


def do_this_first(
    results: Sequence[CheckResult], os_family: OSFamily, set_aside: Container[str] = ()
) -> CheckResult | None:
    """The problem whose fix gains the most score per unit of effort; severity breaks ties.
    Set-aside findings are not suggested."""
    candidates = [
        r
        for r in results
        if r.status.is_problem and r.finding.fix is not None and r.meta.id not in set_aside
    ]
    if not candidates:
        return None
    costs = {item.check_id: item.cost for item in compute_score(results).items}

    def value(r: CheckResult) -> tuple[float, int, int]:
        return (costs.get(r.meta.id, 0.0) / effort(r, os_family), r.severity, r.meta.weight)

    return max(candidates, key=value)

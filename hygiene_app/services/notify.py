"""What the tray shows and when it speaks up: the machine's overall state, and which problems are
new enough to announce.

A problem is announced once. It is remembered by its key ``"CHECK-ID:status"`` in the settings'
``notified`` set; a key is forgotten when its problem is gone (the check reached another verdict,
or the user set the finding aside), so a problem that comes back later is announced again, while
one that simply goes on is never announced twice. A check that could not tell this time (unknown,
skipped, error, or not run) forgets nothing: "could not tell" is not "fixed".
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Sequence

from hygiene_app.engine.i18n import N_, fmt, fmt_plural
from hygiene_app.engine.model import CheckResult, Status
from hygiene_app.engine.standing import Standing, standing
from hygiene_app.engine.text import markup_free

#: The most problem titles a notification lists before "and N more".
MAX_LISTED = 4

_VERDICTS = (Status.PASS, Status.WARN, Status.FAIL)


class OverallState(enum.StrEnum):
    #: No problem that counts.
    GOOD = "all good"
    #: Advice (recommended actions, tips), or checks that could not tell.
    ATTENTION = "action recommended"
    #: A finding whose status word is "Action needed".
    ACTION = "action needed"

    @property
    def label(self) -> str:
        return {
            "all good": N_("All good"),
            "action recommended": N_("Action recommended"),
            "action needed": N_("Action needed"),
        }[self.value]


def problem_key(result: CheckResult) -> str:
    """How a problem is remembered in `Settings.notified`."""
    return f"{result.meta.id}:{result.status.value}"


def overall_state(results: Sequence[CheckResult], set_aside_ids: Collection[str]) -> OverallState:
    """The whole machine by the rule Home's tiles use (`engine.standing`): ACTION when a finding
    needs action, ATTENTION when one is advice or could not be told, GOOD otherwise. Findings
    the user set aside (snoozed or accepted) do not count."""
    return _STATE_OF[standing(results, set_aside_ids)]


_STATE_OF = {
    Standing.ACTION: OverallState.ACTION,
    Standing.ADVICE: OverallState.ATTENTION,
    Standing.UNSURE: OverallState.ATTENTION,
    Standing.GOOD: OverallState.GOOD,
    Standing.EMPTY: OverallState.GOOD,
}


def new_problems(
    results: Sequence[CheckResult], set_aside_ids: Collection[str], notified: frozenset[str]
) -> tuple[tuple[CheckResult, ...], frozenset[str]]:
    """The problems (fail or warn, not set aside) not announced yet, in `results` order, and the
    `notified` set to store once they are announced: it holds every current problem's key, and
    drops keys whose problem is gone (see the module's docstring)."""
    current = {
        problem_key(r): r for r in results if r.status.is_problem and r.meta.id not in set_aside_ids
    }
    # The checks whose absence of a problem is known: a verdict this time, or set aside.
    settled = {r.meta.id for r in results if r.status in _VERDICTS} | set(set_aside_ids)
    kept = {key for key in notified if key.rpartition(":")[0] not in settled}
    fresh = tuple(r for key, r in current.items() if key not in notified)
    return fresh, frozenset(kept | current.keys())


def notification_safe(title: str, body: str) -> tuple[str, str]:
    """(title, body) fit for a desktop notification: a summary can name an account or a file,
    and notification servers render markup in the body (see `engine.text.markup_free`)."""
    return markup_free(title), markup_free(body)


def notification_text(problems: Sequence[CheckResult]) -> tuple[str, str]:
    """(title, body) in plain words: one problem is its check's title and what was found;
    several are counted and each listed by what was found (a check's title names the good state,
    "Firewall on", which would read as the opposite under "problems found"). Both are
    `notification_safe`."""
    if not problems:
        raise ValueError("nothing to notify about")
    if len(problems) == 1:
        only = problems[0]
        return notification_safe(only.meta.title, only.finding.summary)
    count = len(problems)
    title = fmt_plural("{n} new problem found", "{n} new problems found", count, n=count)
    lines = [p.finding.summary for p in problems[:MAX_LISTED]]
    if count > MAX_LISTED:
        lines.append(fmt(N_("and {n} more"), n=count - MAX_LISTED))
    return notification_safe(title, "\n".join(lines))

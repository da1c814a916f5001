"""The words for a finding's state, used everywhere a person reads one: the findings list, the
details pane, the overview's counts, the tray and the terminal report.

One vocabulary, for someone who is not a security expert, kept in one Qt-free place so the
window and the terminal cannot drift apart (the overview once counted "suggested" findings that
the list called "Recommended"). The words are marked with `N_`; the UI translates them with the
empty context at display time.
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Iterable

from hygiene_app.engine.i18n import N_
from hygiene_app.engine.model import CheckResult, Severity, Status
from hygiene_app.engine.runner import TURNED_OFF_SUMMARY, is_turned_off


class StatusWord(enum.Enum):
    """In the order the app lists them: what to act on, what could not be told, what is dealt
    with for now, the good news, and what did not run."""

    ACTION_NEEDED = N_("Action needed")
    ACTION_RECOMMENDED = N_("Action recommended")
    TIP = N_("Tip")
    COULD_NOT_CHECK = N_("Could not check")
    CHECK_FAILED = N_("Check failed")
    SET_ASIDE = N_("Set aside")
    GOOD = N_("Good")
    NOT_RUN = N_("Not run")

    @property
    def label(self) -> str:
        return str(self.value)


#: What the whole machine is when nothing is left to act on or to look at.
ALL_GOOD = N_("All good")

#: What a check the organisation turned off reads where others read their status word: it was
#: not forgotten ("Not run") but decided. Counted with NOT_RUN (no verdict, no score points).
TURNED_OFF = TURNED_OFF_SUMMARY

_BY_STATUS = {
    Status.FAIL: StatusWord.ACTION_NEEDED,
    Status.WARN: StatusWord.ACTION_RECOMMENDED,
    Status.UNKNOWN: StatusWord.COULD_NOT_CHECK,
    Status.ERROR: StatusWord.CHECK_FAILED,
    Status.PASS: StatusWord.GOOD,
    Status.SKIPPED: StatusWord.NOT_RUN,
}


def status_word(result: CheckResult, set_aside: bool = False) -> StatusWord:
    """The word for one finding. A warning of info severity is advice (it costs no score
    points): a tip. A finding the user snoozed or accepted is "set aside" whatever it found."""
    if set_aside:
        return StatusWord.SET_ASIDE
    if result.status is Status.WARN and result.severity is Severity.INFO:
        return StatusWord.TIP
    return _BY_STATUS[result.status]


def status_label(result: CheckResult, set_aside: bool = False) -> str:
    """The words a person reads for one finding: its status word's label, except for a check
    the organisation turned off (evidence `turned_off_by: policy`), which says so."""
    if not set_aside and is_turned_off(result):
        return TURNED_OFF
    return status_word(result, set_aside).label


def count_words(
    results: Iterable[CheckResult], set_aside_ids: Collection[str] = ()
) -> tuple[tuple[StatusWord, int], ...]:
    """How many findings have each word, in the vocabulary's order, leaving out the words no
    finding has."""
    counts = dict.fromkeys(StatusWord, 0)
    for r in results:
        counts[status_word(r, r.meta.id in set_aside_ids)] += 1
    return tuple((word, n) for word, n in counts.items() if n)

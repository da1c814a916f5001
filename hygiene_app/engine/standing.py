"""Where a set of findings stands, in one rule for every place that sums findings up: a Home
tile for one area, the tray for the whole machine.

The rule follows the status words (`engine.status_words`), so a summary never says more or
less than the findings it sums: "Action needed" on a finding makes its area and the tray say
action is needed, "Action recommended" or a tip makes them advise, and "Could not check" makes
them unsure. Findings the user set aside do not count.
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Iterable

from hygiene_app.engine.model import CheckResult
from hygiene_app.engine.status_words import StatusWord, status_word


class Standing(enum.Enum):
    """From the worst finding that counts."""

    ACTION = "action"
    ADVICE = "advice"
    UNSURE = "unsure"
    GOOD = "good"
    #: Nothing was checked.
    EMPTY = "empty"


_BY_WORD = {
    StatusWord.ACTION_NEEDED: Standing.ACTION,
    StatusWord.ACTION_RECOMMENDED: Standing.ADVICE,
    StatusWord.TIP: Standing.ADVICE,
    StatusWord.COULD_NOT_CHECK: Standing.UNSURE,
    StatusWord.CHECK_FAILED: Standing.UNSURE,
    StatusWord.SET_ASIDE: Standing.GOOD,
    StatusWord.GOOD: Standing.GOOD,
    StatusWord.NOT_RUN: Standing.GOOD,
}
_ORDER = (Standing.ACTION, Standing.ADVICE, Standing.UNSURE, Standing.GOOD)


def standing(results: Iterable[CheckResult], set_aside_ids: Collection[str] = ()) -> Standing:
    """The worst standing among `results`; EMPTY when there are none."""
    found = {_BY_WORD[status_word(r, r.meta.id in set_aside_ids)] for r in results}
    return next((s for s in _ORDER if s in found), Standing.EMPTY)

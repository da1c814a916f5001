"""Which step of a fix guide a one-line summary shows (the CLI's "Fix:" line).

A guide's steps are written to be read in order, so some lean on the step before ("Otherwise
open Settings...", "If there is no such tab...") or are alternatives for some readers only
("Without such an app, ...", "On Debian, ...", "If you moved it to the Trash instead, ...").
Shown alone, such a step starts mid-thought or tells the wrong person what to do. A guide
names its summary with `FixStep.headline`; without one, this picks the first step that does
something and reads on its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from hygiene_app.engine.model import FixStep

#: Openings that continue the step before or make the step apply to some readers only
#: (compared case-insensitively, as whole words).
CONTINUATIONS = (
    "if",
    "unless",
    "when",
    "where",
    "without",
    "with",
    "otherwise",
    "instead",
    "alternatively",
    "then",
    "or",
    "and",
    "also",
    "else",
    "but",
    "in case",
    "in that case",
    "either",
    "after that",
)
_CONTINUATION = re.compile(r"(?:" + "|".join(CONTINUATIONS) + r")\b", re.IGNORECASE)
#: "On Debian, ...", "On KDE Plasma, ...": a step for one kind of machine only.
_ONLY_ON = re.compile(r"on\s[^.:;]*?,", re.IGNORECASE)
#: "Fedora:", "Arch:": a label for the command below, not a sentence.
_LABEL = re.compile(r"\S+:")
#: The guide's last step checks the fix; it is not the fix.
_VERIFY = re.compile(r"(?:when you are back, )?run this check again\b", re.IGNORECASE)


def stands_alone(step: FixStep) -> bool:
    """Whether `step` reads on its own and applies to everyone the guide is for."""
    text = step.text.strip()
    return not (
        _CONTINUATION.match(text)
        or _ONLY_ON.match(text)
        or _LABEL.fullmatch(text)
        or _VERIFY.match(text)
        or " instead" in text.casefold()
    )


def fix_step(steps: Sequence[FixStep]) -> FixStep:
    """The step the one-line "Fix:" shows: the one the guide marks as its headline; else the
    first that does something (opens a screen, runs a command) among the steps that read on
    their own, else the first of those. `steps` must not be empty."""
    marked = next((s for s in steps if s.headline), None)
    if marked is not None:
        return marked
    alone = [s for s in steps if stands_alone(s)] or list(steps)
    return next((s for s in alone if s.command or s.link), alone[0])

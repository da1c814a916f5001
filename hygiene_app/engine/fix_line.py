"""Which step of a fix guide a one-line summary shows (the CLI's "Fix:" line).

A guide's steps are written to be read in order, so some lean on the step before ("Otherwise
open Settings...", "If there is no such tab..."). Shown alone, such a step starts mid-thought;
this picks one that reads on its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from hygiene_app.engine.model import FixStep

#: Openings that continue the step before (compared case-insensitively).
CONTINUATIONS = (
    "if there is no",
    "if that",
    "if it",
    "if not",
    "if so",
    "otherwise",
    "then ",
    "or ",
    "also ",
    "else",
    "and ",
    "but ",
)


def stands_alone(step: FixStep) -> bool:
    return not step.text.strip().casefold().startswith(CONTINUATIONS)


def fix_step(steps: Sequence[FixStep]) -> FixStep:
    """The step the one-line "Fix:" shows: the first that does something (opens a screen, runs
    a command), not "save your work", among the steps that read on their own. `steps` must not
    be empty."""
    alone = [s for s in steps if stands_alone(s)] or list(steps)
    return next((s for s in alone if s.command or s.link), alone[0])

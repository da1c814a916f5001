"""The contract every check fulfils."""

from __future__ import annotations

from typing import Protocol

from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.model import CheckMeta, Finding


class Check(Protocol):
    """A check reads the machine only through `ctx` and returns one finding.

    It may raise; the runner turns any exception into an `error` result naming the check. It
    must never return PASS when it could not tell: that is UNKNOWN with a reason.
    """

    @property
    def meta(self) -> CheckMeta: ...

    def run(self, ctx: ProbeContext) -> Finding: ...

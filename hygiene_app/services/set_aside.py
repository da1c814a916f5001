"""Findings the user chose to set aside for now: snoozed for a while, or accepted as a risk.

A set-aside finding is never hidden: it stays in the list, marked as such, and still costs
what it costs in the score (the score describes the machine, not the user's choices). Each one
expires, and the finding is then no longer marked.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from hygiene_app.engine.i18n import N_, Date, fmt


class SetAsideKind(enum.StrEnum):
    SNOOZE = "snooze"
    ACCEPT = "accept"


@dataclass(frozen=True, slots=True)
class SetAside:
    check_id: str
    kind: SetAsideKind
    #: Seconds since the epoch when it stops applying.
    until: float
    #: Why the risk is accepted (required for ACCEPT, optional for SNOOZE).
    reason: str = ""
    created: float = 0.0

    def __post_init__(self) -> None:
        if self.kind is SetAsideKind.ACCEPT and not self.reason.strip():
            raise ValueError("accepting a risk needs a reason")

    def active(self, now: float) -> bool:
        return now < self.until

    def describe(self) -> str:
        date = Date(datetime.fromtimestamp(self.until, UTC))
        if self.kind is SetAsideKind.SNOOZE:
            return fmt(N_("Snoozed until {date}"), date=date)
        return fmt(N_("Risk accepted until {date}: {reason}"), date=date, reason=self.reason)


def active_set_asides(items: Iterable[SetAside], now: float) -> dict[str, SetAside]:
    """The set-asides still in force, by check id (the latest wins)."""
    chosen: dict[str, SetAside] = {}
    for item in items:
        if item.active(now):
            current = chosen.get(item.check_id)
            if current is None or item.created >= current.created:
                chosen[item.check_id] = item
    return chosen

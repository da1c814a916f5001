"""When to ask the user to confirm their accounts' MFA again, and when a reminder may be shown.

Everything takes the time and the time zone as arguments (an injected clock), so the rules are
tested across month ends, leap years, midnight and time zones.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

from hygiene_app.services.mfa.inventory import MAX_TIME, valid_time
from hygiene_app.services.mfa.model import Account


@dataclass(frozen=True, slots=True)
class ReminderSettings:
    #: Months after a confirmation before the account is due for review.
    review_months: int = 6
    #: No notification from this local hour (inclusive) ...
    quiet_start_hour: int = 22
    #: ... until this one (exclusive); the range may wrap midnight. Equal hours: no quiet time.
    quiet_end_hour: int = 8
    enabled: bool = True


def add_months(moment: datetime, months: int) -> datetime:
    """The same wall-clock time `months` calendar months later, clamped to the month's end
    (Jan 31 + 1 month = Feb 28, or Feb 29 in a leap year)."""
    total = moment.year * 12 + (moment.month - 1) + months
    year, month = divmod(total, 12)
    month += 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def due_at(account: Account, months: int, tz: tzinfo) -> float | None:
    """When the account's review falls due (seconds since the epoch); None: due now (never
    confirmed, or a confirmation time that is not a date). Infinity when the due date would
    lie beyond the year 9999."""
    confirmed_at = valid_time(account.confirmed_at)
    if confirmed_at is None:
        return None
    try:
        confirmed = datetime.fromtimestamp(confirmed_at, tz)
        return add_months(confirmed, max(0, months)).timestamp()
    except (ValueError, OverflowError, OSError):
        # Past the year 9999 in this zone: never due. (Near 1970, a platform that cannot
        # convert the time: due now.)
        return math.inf if confirmed_at > MAX_TIME / 2 else None


def due_accounts(accounts: Sequence[Account], now: float, months: int, tz: tzinfo) -> list[Account]:
    """Accounts never confirmed, or confirmed at least `months` calendar months ago in the
    user's time zone, in the order given."""
    due = []
    for account in accounts:
        when = due_at(account, months, tz)
        if when is None or now >= when:
            due.append(account)
    return due


def in_quiet_hours(now: float, settings: ReminderSettings, tz: tzinfo) -> bool:
    start, end = settings.quiet_start_hour % 24, settings.quiet_end_hour % 24
    if start == end:
        return False
    hour = datetime.fromtimestamp(now, tz).hour
    if start < end:
        return start <= hour < end
    return hour >= start or hour < end


def should_notify(
    now: float,
    last_notified: float | None,
    settings: ReminderSettings,
    tz: tzinfo,
    snoozed_until: float | None = None,
) -> bool:
    """Whether a review reminder may be shown now: reminders on, not snoozed, outside the
    quiet hours, and none shown yet on this local calendar day. (Whether anything is due is
    the caller's question.)"""
    if not settings.enabled:
        return False
    if snoozed_until is not None and now < snoozed_until:
        return False
    if in_quiet_hours(now, settings, tz):
        return False
    last_notified = valid_time(last_notified)
    if last_notified is None:
        return True
    today = datetime.fromtimestamp(now, tz).date()
    # A reminder "from the future" (the clock went back) counts as shown today.
    return datetime.fromtimestamp(last_notified, tz).date() < today

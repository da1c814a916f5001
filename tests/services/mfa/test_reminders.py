"""Review due dates across month ends and time zones; when a reminder may be shown."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hygiene_app.services.mfa.model import Account, Category, MfaState
from hygiene_app.services.mfa.reminders import (
    ReminderSettings,
    add_months,
    due_accounts,
    due_at,
    in_quiet_hours,
    should_notify,
)

AUCKLAND = ZoneInfo("Pacific/Auckland")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")
BERLIN = ZoneInfo("Europe/Berlin")


def ts(tz: tzinfo | None, *args: int) -> float:
    year, month, day, hour, minute = args
    return datetime(year, month, day, hour, minute, tzinfo=tz or UTC).timestamp()


def acct(confirmed_at: float | None, name: str = "A") -> Account:
    return Account(
        None,
        name,
        f"{name.lower()}.example",
        "",
        Category.EMAIL,
        MfaState.ON,
        (),
        confirmed_at,
    )


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        ((2025, 1, 31), 1, (2025, 2, 28)),
        ((2024, 1, 31), 1, (2024, 2, 29)),  # leap year
        ((2024, 2, 29), 12, (2025, 2, 28)),
        ((2024, 2, 29), 48, (2028, 2, 29)),
        ((2024, 8, 31), 6, (2025, 2, 28)),
        ((2025, 3, 31), 6, (2025, 9, 30)),
        ((2025, 10, 15), 3, (2026, 1, 15)),  # across a year end
        ((2025, 5, 31), 0, (2025, 5, 31)),
        ((2025, 3, 31), -1, (2025, 2, 28)),
    ],
)
def test_add_months_clamps_to_the_month_end(
    start: tuple[int, int, int], months: int, expected: tuple[int, int, int]
) -> None:
    moment = datetime(*start, 9, 30, tzinfo=BERLIN)
    result = add_months(moment, months)
    assert (result.year, result.month, result.day) == expected
    assert (result.hour, result.minute) == (9, 30)


def test_due_across_month_ends() -> None:
    confirmed = ts(BERLIN, 2025, 1, 31, 12, 0)
    account = acct(confirmed)
    assert due_at(account, 1, BERLIN) == ts(BERLIN, 2025, 2, 28, 12, 0)
    assert due_accounts([account], ts(BERLIN, 2025, 2, 28, 11, 59), 1, BERLIN) == []
    assert due_accounts([account], ts(BERLIN, 2025, 2, 28, 12, 0), 1, BERLIN) == [account]
    leap = acct(ts(BERLIN, 2024, 2, 29, 8, 0))
    assert due_accounts([leap], ts(BERLIN, 2024, 8, 29, 7, 59), 6, BERLIN) == []
    assert due_accounts([leap], ts(BERLIN, 2024, 8, 29, 8, 0), 6, BERLIN) == [leap]
    # Six months from Aug 31 is the end of February.
    aug = acct(ts(BERLIN, 2024, 8, 31, 20, 0))
    assert due_at(aug, 6, BERLIN) == ts(BERLIN, 2025, 2, 28, 20, 0)


def test_never_confirmed_is_due_and_order_is_kept() -> None:
    now = ts(None, 2025, 6, 1, 0, 0)
    a, b, c = acct(None, "A"), acct(now - 86400, "B"), acct(None, "C")
    assert due_accounts([a, b, c], now, 6, UTC) == [a, c]
    assert due_at(a, 6, UTC) is None


def test_time_zone_decides_the_calendar_month() -> None:
    # One instant: 31 January 23:30 in Los Angeles is 1 February 20:30 in Auckland.
    instant = ts(LOS_ANGELES, 2025, 1, 31, 23, 30)
    assert datetime.fromtimestamp(instant, AUCKLAND).day == 1
    account = acct(instant)
    # Los Angeles: Jan 31 + 1 month = Feb 28, 23:30; Auckland: Feb 1 + 1 month = Mar 1, 20:30.
    assert due_at(account, 1, LOS_ANGELES) == ts(LOS_ANGELES, 2025, 2, 28, 23, 30)
    assert due_at(account, 1, AUCKLAND) == ts(AUCKLAND, 2025, 3, 1, 20, 30)
    now = ts(LOS_ANGELES, 2025, 2, 28, 23, 45)  # = 1 March 20:45 in Auckland
    assert due_accounts([account], now, 1, LOS_ANGELES) == [account]
    assert due_accounts([account], now, 1, AUCKLAND) == [account]
    earlier = ts(LOS_ANGELES, 2025, 2, 28, 23, 0)  # = 1 March 20:00 in Auckland
    assert due_accounts([account], earlier, 1, LOS_ANGELES) == []
    assert due_accounts([account], earlier, 1, AUCKLAND) == []
    # Near midnight the two zones disagree on the day.
    midnight = ts(AUCKLAND, 2025, 3, 1, 0, 30)  # Feb 28, 03:30 in Los Angeles
    jan = acct(ts(AUCKLAND, 2025, 1, 31, 0, 15))  # Jan 30, 03:15 in Los Angeles
    assert due_accounts([jan], midnight, 1, AUCKLAND) == [jan]  # due Feb 28 00:15 NZ
    assert due_accounts([jan], midnight, 1, LOS_ANGELES) == [jan]  # due Feb 28 03:15 LA
    assert due_accounts([jan], ts(LOS_ANGELES, 2025, 2, 28, 3, 0), 1, LOS_ANGELES) == []


def test_daylight_saving_keeps_the_wall_clock() -> None:
    # Confirmed in New Zealand summer (UTC+13), due in winter (UTC+12) at the same local time.
    account = acct(ts(AUCKLAND, 2025, 1, 10, 9, 0))
    due = due_at(account, 6, AUCKLAND)
    assert due is not None
    assert datetime.fromtimestamp(due, AUCKLAND).replace(tzinfo=None) == datetime(2025, 7, 10, 9, 0)


_zones = st.sampled_from([UTC, AUCKLAND, LOS_ANGELES, BERLIN, ZoneInfo("Asia/Kolkata")])


@settings(max_examples=300, deadline=None)
@given(
    confirmed=st.floats(min_value=946_684_800, max_value=4_102_444_800),  # 2000..2100
    months=st.integers(min_value=1, max_value=36),
    tz=_zones,
)
def test_due_date_properties(confirmed: float, months: int, tz: ZoneInfo) -> None:
    account = acct(confirmed)
    due = due_at(account, months, tz)
    assert due is not None
    # At least months * 28 days less an hour of DST, at most months * 31 days and an hour (and
    # a second: datetime keeps microseconds, a float timestamp more digits).
    assert months * 28 * 86400 - 3601 <= due - confirmed <= months * 31 * 86400 + 3601
    assert due_accounts([account], due, months, tz) == [account]
    assert due_accounts([account], due - 1, months, tz) == []
    # Monotonic in months.
    later = due_at(account, months + 1, tz)
    assert later is not None and later > due


# --- notifications ----------------------------------------------------------------------------

DEFAULT = ReminderSettings()


def test_settings_defaults() -> None:
    assert (
        ReminderSettings(review_months=6, quiet_start_hour=22, quiet_end_hour=8, enabled=True)
        == DEFAULT
    )


@pytest.mark.parametrize(
    ("hour", "minute", "quiet"),
    [
        (21, 59, False),
        (22, 0, True),
        (23, 59, True),
        (0, 0, True),
        (3, 0, True),
        (7, 59, True),
        (8, 0, False),
        (12, 0, False),
    ],
)
def test_quiet_hours_wrap_midnight(hour: int, minute: int, quiet: bool) -> None:
    now = ts(AUCKLAND, 2025, 6, 1, hour, minute)
    assert in_quiet_hours(now, DEFAULT, AUCKLAND) is quiet
    assert should_notify(now, None, DEFAULT, AUCKLAND) is not quiet


def test_quiet_hours_within_a_day_and_none() -> None:
    lunch = ReminderSettings(quiet_start_hour=12, quiet_end_hour=14)
    assert in_quiet_hours(ts(None, 2025, 6, 1, 13, 0), lunch, UTC)
    assert not in_quiet_hours(ts(None, 2025, 6, 1, 14, 0), lunch, UTC)
    assert not in_quiet_hours(ts(None, 2025, 6, 1, 11, 59), lunch, UTC)
    never = ReminderSettings(quiet_start_hour=0, quiet_end_hour=0)
    assert not any(in_quiet_hours(ts(None, 2025, 6, 1, h, 0), never, UTC) for h in range(24))


def test_quiet_hours_follow_the_users_zone() -> None:
    now = ts(LOS_ANGELES, 2025, 6, 1, 12, 0)  # noon in LA = 07:00 next day in Auckland
    assert should_notify(now, None, DEFAULT, LOS_ANGELES)
    assert not should_notify(now, None, DEFAULT, AUCKLAND)


def test_once_per_local_day() -> None:
    morning = ts(LOS_ANGELES, 2025, 6, 1, 9, 0)
    assert not should_notify(ts(LOS_ANGELES, 2025, 6, 1, 21, 0), morning, DEFAULT, LOS_ANGELES)
    assert should_notify(ts(LOS_ANGELES, 2025, 6, 2, 8, 0), morning, DEFAULT, LOS_ANGELES)
    # Shown at 21:30 in Los Angeles; 08:30 the next morning there is a new local day.
    evening = ts(LOS_ANGELES, 2025, 6, 1, 21, 30)
    next_morning = evening + timedelta(hours=11).total_seconds()
    assert should_notify(next_morning, evening, DEFAULT, LOS_ANGELES)
    never_quiet = ReminderSettings(quiet_start_hour=0, quiet_end_hour=0)
    assert not should_notify(
        ts(AUCKLAND, 2025, 6, 2, 23, 0), ts(AUCKLAND, 2025, 6, 2, 0, 5), never_quiet, AUCKLAND
    )
    assert should_notify(
        ts(AUCKLAND, 2025, 6, 3, 0, 1), ts(AUCKLAND, 2025, 6, 2, 23, 59), never_quiet, AUCKLAND
    )
    # A last notification in the future (the clock went back) counts as today.
    assert not should_notify(morning, morning + 3 * 86400, DEFAULT, LOS_ANGELES)


def test_snooze_and_disabled() -> None:
    now = ts(BERLIN, 2025, 6, 1, 10, 0)
    assert not should_notify(now, None, DEFAULT, BERLIN, snoozed_until=now + 1)
    assert should_notify(now, None, DEFAULT, BERLIN, snoozed_until=now)
    assert should_notify(now, None, DEFAULT, BERLIN, snoozed_until=now - 3600)
    assert not should_notify(now, None, ReminderSettings(enabled=False), BERLIN)


# --- times that are not dates -----------------------------------------------------------------


@pytest.mark.parametrize("bad", [1e300, float("inf"), float("nan"), -5.0, 253402300800.0])
def test_a_confirmation_that_is_not_a_date_is_due_now(bad: float) -> None:
    account = acct(bad)
    assert due_at(account, 6, BERLIN) is None
    assert due_accounts([account], ts(BERLIN, 2025, 6, 1, 10, 0), 6, BERLIN) == [account]


@pytest.mark.parametrize("tz", [UTC, AUCKLAND, LOS_ANGELES])
def test_a_due_date_beyond_the_year_9999_is_never_reached(tz: tzinfo) -> None:
    account = acct(253402300799.0)  # the last second of 9999 (UTC)
    assert due_at(account, 6, tz) == float("inf")
    assert due_accounts([account], 253402300799.0, 6, tz) == []


@pytest.mark.parametrize("bad", [1e300, float("inf"), float("nan"), -5.0])
def test_a_last_notification_that_is_not_a_date_counts_as_none(bad: float) -> None:
    now = ts(BERLIN, 2025, 6, 1, 10, 0)
    assert should_notify(now, bad, DEFAULT, BERLIN)

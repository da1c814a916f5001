"""Dates in texts follow the reader's locale (Babel in the CLI), English keeps the app's own
format, and data (JSON, evidence) keeps the ISO string."""

from __future__ import annotations

import copy
import json
from datetime import UTC, date, datetime

from hygiene_app.engine.catalog import load_catalog
from hygiene_app.engine.i18n import Date, long_date
from hygiene_app.services.set_aside import SetAside, SetAsideKind

JUNE_10 = datetime(2026, 6, 10, 12, tzinfo=UTC).timestamp()


def test_a_snooze_s_date_is_the_reader_s_date() -> None:
    snoozed = SetAside("NET-001", SetAsideKind.SNOOZE, JUNE_10).describe()
    assert load_catalog("en").text(snoozed) == "Snoozed until 2026-06-10"
    assert load_catalog("de").text(snoozed) == "Zurückgestellt bis 10.06.2026"
    assert "10 juin 2026" in load_catalog("fr").text(snoozed)
    assert "2026-06-10" not in load_catalog("es").text(snoozed)


def test_long_dates_use_the_language_s_order_and_month_names() -> None:
    day = long_date(date(2025, 10, 14))
    assert str(day) == "14 October 2025"
    assert load_catalog("de").text(day) == "14. Oktober 2025"
    assert load_catalog("fr").text(day) == "14 octobre 2025"
    assert load_catalog("es").text(day) == "14 de octubre de 2025"


def test_a_moment_with_its_time_and_the_recording_banner() -> None:
    from pathlib import Path

    from hygiene_app.services.machine import Recording

    moment = datetime(2026, 3, 15, 14, 2)
    recording = Recording(os_name="Windows 11", recorded_at=moment.timestamp(), path=Path("x.json"))
    assert "recorded 2026-03-15 14:02" in load_catalog("en").text(recording.describe())
    german = load_catalog("de").text(recording.describe())
    assert "15.03.2026" in german and "14:02" in german and "2026-03-15" not in german


def test_a_date_is_iso_as_data_and_survives_copying() -> None:
    day = Date(datetime(2026, 6, 10, 9, 30), with_time=True)
    assert json.dumps({"until": day}) == '{"until": "2026-06-10 09:30"}'
    again = copy.deepcopy(day)
    assert isinstance(again, Date) and again == day and again.with_time


def test_the_paused_updates_date_is_a_date_and_iso_in_the_evidence() -> None:
    from hygiene_app.checks.auto_updates import _policy_pause_until

    until = _policy_pause_until("2026-10-25", datetime(2026, 10, 26, tzinfo=UTC).timestamp())
    assert isinstance(until, Date) and until == "2026-11-29"
    assert load_catalog("fr").text(until) == "29 nov. 2026"


def test_the_printable_report_s_checkup_time_is_the_reader_s() -> None:
    from hygiene_app.services.report_html import _when

    moment = datetime(2026, 11, 1, 9, 30).timestamp()
    assert _when(moment).startswith("2026-11-01 09:30 ")
    german = _when(moment, load_catalog("de").text)
    assert german.startswith("01.11.2026, 09:30 ") and "2026-11-01" not in german


def test_an_account_reviewed_long_ago_shows_the_reader_s_date() -> None:
    from hygiene_app.checks.mfa import facts
    from hygiene_app.engine.model import Finding, Status

    finding = Finding(
        Status.WARN,
        "x",
        evidence={"confirmed_long_ago": [{"service": "Example Mail", "confirmed": "2025-03-01"}]},
    )
    shown = {f.label: f.value for f in facts(finding)}
    value = shown["Reviewed too long ago"]
    assert load_catalog("en").text(value) == "Example Mail (last 2025-03-01)"
    assert "01.03.2025" in load_catalog("de").text(value)

"""The app writes the engine's dates with QLocale: the reader's order and month names."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QLocale

from hygiene_app.engine.i18n import N_, Date, fmt, long_date
from hygiene_app.ui.widgets import engine_text


def test_dates_in_engine_text_follow_the_app_s_locale(qapp) -> None:
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
        assert engine_text(long_date(date(2025, 10, 14))) == "14 octobre 2025"
        short = engine_text(fmt(N_("Snoozed until {date}"), date=Date(datetime(2026, 6, 10))))
        assert "10/06/2026" in short
        moment = engine_text(Date(datetime(2026, 3, 15, 14, 2), with_time=True))
        assert moment == "15/03/2026 14:02"
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        assert engine_text(long_date(date(2025, 10, 14))) == "14. Oktober 2025"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert engine_text(Date(datetime(2026, 6, 10))) == "2026-06-10"
    finally:
        QLocale.setDefault(previous)

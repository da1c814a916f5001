"""Dates in check texts are the reader's own (issue 14): `strftime("%B")` gave the C locale's
English month in every language; a `Date` is written by the locale's data (Babel in the CLI,
QLocale in the app), so a catalog holds no month names or date patterns."""

from __future__ import annotations

from datetime import date

from hygiene_app.checks import os_support
from hygiene_app.engine.catalog import load_catalog


def test_the_end_of_support_date_is_translated() -> None:
    day = date(2025, 10, 14)
    assert os_support.long_date(day) == "14 October 2025"  # English unchanged
    assert load_catalog("de").text(os_support.long_date(day)) == "14. Oktober 2025"
    assert load_catalog("es").text(os_support.long_date(day)) == "14 de octubre de 2025"

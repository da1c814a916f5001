"""Dates in check texts have translated month names and a translatable order (issue 14):
`strftime("%B")` gave the C locale's English month in every language."""

from __future__ import annotations

from datetime import date

from hygiene_app.checks import os_support
from hygiene_app.engine.i18n import render

GERMAN = {"October": "Oktober", "{day} {month} {year}": "{day}. {month} {year}"}


def german(source: str, n: int | None, plural: str | None = None, /) -> str:
    return GERMAN.get(source, source)


def test_the_end_of_support_date_is_translated() -> None:
    day = date(2025, 10, 14)
    assert os_support.long_date(day) == "14 October 2025"  # English unchanged
    assert render(os_support.long_date(day), german) == "14. Oktober 2025"

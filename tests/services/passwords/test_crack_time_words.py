"""zxcvbn's guessing times reach the user in their language (issue 14): zxcvbn's own words
("3 hours", "centuries") are English only, so its seconds are turned into our own plural
messages, which read exactly like zxcvbn's in English."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from zxcvbn.time_estimates import display_time

from hygiene_app.engine.i18n import render
from hygiene_app.services.passwords.strength import crack_time_words, rate

FORMS = {
    ("{n} second", "{n} seconds"): ("{n} Sekunde", "{n} Sekunden"),
    ("{n} hour", "{n} hours"): ("{n} Stunde", "{n} Stunden"),
    ("{n} year", "{n} years"): ("{n} Jahr", "{n} Jahre"),
}
WORDS = {"centuries": "Jahrhunderte", "less than a second": "weniger als eine Sekunde"}


def german(source: str, n: int | None, plural: str | None = None, /) -> str:
    if plural is None or n is None:
        return WORDS.get(source, source)
    forms = FORMS.get((source, plural))
    if forms is None:
        return source
    return forms[0] if n == 1 else forms[1]


@given(st.floats(min_value=0, max_value=1e13, allow_nan=False))
def test_the_english_reads_as_zxcvbn_s(seconds: float) -> None:
    assert crack_time_words(seconds) == display_time(seconds)


def test_the_words_are_translated() -> None:
    assert render(crack_time_words(3 * 3600), german) == "3 Stunden"
    assert render(crack_time_words(1), german) == "1 Sekunde"
    assert render(crack_time_words(1e12), german) == "Jahrhunderte"
    assert render(crack_time_words(0.2), german) == "weniger als eine Sekunde"


def test_a_rating_s_guessing_times_are_translatable() -> None:
    strength = rate("purple42tiger")
    assert strength.crack_offline == "3 hours"  # zxcvbn's English, unchanged
    assert render(strength.crack_offline, german) == "3 Stunden"
    assert render(rate("qwerty7!").crack_offline, german) == "2 Sekunden"

"""The theme's colours are readable: every text colour reaches WCAG AA (4.5:1) on the
backgrounds of its palette, light and dark."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont

from hygiene_app.engine.status_words import StatusWord
from hygiene_app.ui import theme

AA_TEXT = 4.5


def test_contrast_formula_matches_wcag_reference_values() -> None:
    assert theme.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert theme.contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("word", list(StatusWord), ids=lambda w: w.name)
def test_every_status_colour_is_readable_text_on_window_and_card(
    word: StatusWord, dark: bool
) -> None:
    pal = theme.palette(dark)
    colour = theme.status_hex(word, dark)
    for background in (pal.window, pal.card):
        assert theme.contrast_ratio(colour, background) >= AA_TEXT, (word, dark, background)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_accent_text_and_text_on_accent_buttons_are_readable(dark: bool) -> None:
    pal = theme.palette(dark)
    for background in (pal.window, pal.card):
        assert theme.contrast_ratio(pal.accent, background) >= AA_TEXT
        assert theme.contrast_ratio(pal.text, background) >= AA_TEXT
        assert theme.contrast_ratio(pal.muted_text, background) >= AA_TEXT
    assert theme.contrast_ratio(pal.on_accent, pal.accent) >= AA_TEXT


def test_status_words_have_distinct_tones_where_they_mean_different_things() -> None:
    tones = {theme.tone(w) for w in StatusWord}
    assert tones == set(theme.Tone)
    assert theme.status_colour(StatusWord.GOOD, False).name() == theme.status_hex(
        StatusWord.GOOD, False
    )


def test_spacing_grid_and_type_scale() -> None:
    assert theme.space(4) == 16
    base = QFont()
    base.setPointSizeF(10)
    title = theme.scaled_font(base, theme.TypeRole.TITLE)
    caption = theme.scaled_font(base, theme.TypeRole.CAPTION)
    assert title.pointSizeF() > base.pointSizeF() > caption.pointSizeF()
    assert title.bold()


def test_score_bands() -> None:
    assert theme.score_tone(None) is theme.Tone.COULD_NOT_CHECK
    assert theme.score_tone(37) is theme.Tone.ACTION_NEEDED
    assert theme.score_tone(65) is theme.Tone.RECOMMENDED
    assert theme.score_tone(92) is theme.Tone.GOOD


def test_the_score_ring_uses_the_themes_band_colours():
    """One set of status colours: the Home ring draws its band in the theme's tones, so the
    contrast checked above is the contrast shown."""
    from hygiene_app.ui import theme
    from hygiene_app.ui.home import band_colour

    for score, tone in (
        (10, theme.Tone.ACTION_NEEDED),
        (60, theme.Tone.RECOMMENDED),
        (95, theme.Tone.GOOD),
    ):
        for dark in (False, True):
            assert band_colour(score, dark).name() == theme.tone_hex(tone, dark).lower()

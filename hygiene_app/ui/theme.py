"""The app's look in one place: an accent colour, a colour per status word, a type scale, a
4 px spacing grid and the card style.

Screens import these instead of choosing their own colours so the whole app reads as one calm
product, and so the contrast promise holds everywhere: every *text* colour here (status colours,
the accent, text on an accent button) reaches WCAG 2.1 AA, 4.5:1, against the window and card
backgrounds of its palette, light and dark. tests/ui/test_theme.py computes the ratios. Icons and
chip borders may use the same colours (3:1 is enough for those; they pass 4.5:1 anyway).

Colours are kept as hex strings (testable without Qt's colour maths); `qcolor` turns one into a
QColor at the point of use.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from hygiene_app.engine.status_words import StatusWord

#: The spacing grid: every margin and gap is a multiple of this many logical pixels.
SPACING = 4


def space(units: int) -> int:
    """`units` steps of the grid in logical pixels (space(4) == 16)."""
    return SPACING * units


#: Rounded corners of cards and chips, in logical pixels.
CARD_RADIUS = 8
CHIP_RADIUS = 10


@dataclass(frozen=True)
class Palette:
    """The colours of one mode. `window` and `card` are backgrounds; `text` and `muted_text` are
    for body text; `accent` is the one accent colour (links, the primary button's fill, focus);
    `on_accent` is the text on an accent fill."""

    window: str
    card: str
    card_border: str
    text: str
    muted_text: str
    accent: str
    on_accent: str


LIGHT = Palette(
    window="#f6f7f9",
    card="#ffffff",
    card_border="#d9dce1",
    text="#1f2328",
    muted_text="#57606a",
    accent="#1a5fb4",
    on_accent="#ffffff",
)

DARK = Palette(
    window="#1c1d20",
    card="#26282c",
    card_border="#3b3e44",
    text="#e8eaed",
    muted_text="#b1b6bd",
    accent="#78aeed",
    on_accent="#0b1526",
)

#: The accent of the light palette, for code that needs one colour whatever the mode.
ACCENT = LIGHT.accent


class Tone(enum.Enum):
    """The five tones a status can take; several words share one (a failed check and an
    unreadable one both mean "we could not tell you")."""

    ACTION_NEEDED = "action_needed"
    RECOMMENDED = "recommended"
    GOOD = "good"
    COULD_NOT_CHECK = "could_not_check"
    SET_ASIDE = "set_aside"


#: Text colours per tone: (light, dark). Red, amber, green, grey, violet, each dark enough on
#: the light backgrounds and light enough on the dark ones.
TONE_COLOURS: dict[Tone, tuple[str, str]] = {
    Tone.ACTION_NEEDED: ("#b3261e", "#ff8f87"),
    Tone.RECOMMENDED: ("#8a4b00", "#f5c04a"),
    Tone.GOOD: ("#1b6e30", "#6fd38a"),
    Tone.COULD_NOT_CHECK: ("#555b63", "#b7bcc4"),
    Tone.SET_ASIDE: ("#5b4a99", "#c6b8f7"),
}

_TONE_OF_WORD: dict[StatusWord, Tone] = {
    StatusWord.ACTION_NEEDED: Tone.ACTION_NEEDED,
    StatusWord.ACTION_RECOMMENDED: Tone.RECOMMENDED,
    StatusWord.TIP: Tone.RECOMMENDED,
    StatusWord.COULD_NOT_CHECK: Tone.COULD_NOT_CHECK,
    StatusWord.CHECK_FAILED: Tone.COULD_NOT_CHECK,
    StatusWord.SET_ASIDE: Tone.SET_ASIDE,
    StatusWord.GOOD: Tone.GOOD,
    StatusWord.NOT_RUN: Tone.COULD_NOT_CHECK,
}


def tone(word: StatusWord) -> Tone:
    return _TONE_OF_WORD[word]


def palette(dark: bool) -> Palette:
    return DARK if dark else LIGHT


def tone_hex(t: Tone, dark: bool) -> str:
    light, dark_hex = TONE_COLOURS[t]
    return dark_hex if dark else light


def status_hex(word: StatusWord, dark: bool) -> str:
    """The text colour of a status word, as "#rrggbb"."""
    return tone_hex(tone(word), dark)


def qcolor(hex_colour: str) -> QColor:
    return QColor(hex_colour)


def status_colour(word: StatusWord, dark: bool) -> QColor:
    """The text/icon colour of a status word in the light or dark palette."""
    return qcolor(status_hex(word, dark))


def accent(dark: bool) -> QColor:
    return qcolor(palette(dark).accent)


def score_tone(score: int | None) -> Tone:
    """The band of a 0-100 score: under 50 needs action, under 80 is worth improving, 80 and
    up is good; no score (nothing could be checked) is "could not check"."""
    if score is None:
        return Tone.COULD_NOT_CHECK
    if score < 50:
        return Tone.ACTION_NEEDED
    if score < 80:
        return Tone.RECOMMENDED
    return Tone.GOOD


def is_dark(widget: QWidget | None = None) -> bool:
    """Whether `widget` (or the application) is drawn with a dark window colour."""
    pal = widget.palette() if widget is not None else QApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


class TypeRole(enum.Enum):
    """The type scale, as factors of the body font's point size."""

    TITLE = 1.6
    SECTION = 1.25
    BODY = 1.0
    CAPTION = 0.88


_BOLD_ROLES = frozenset({TypeRole.TITLE, TypeRole.SECTION})


def font_scale(role: TypeRole) -> float:
    return float(role.value)


def scaled_font(base: QFont, role: TypeRole) -> QFont:
    """`base` at the size and weight of `role` (titles and section headings are bold)."""
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * font_scale(role))
    font.setBold(role in _BOLD_ROLES)
    return font


def card_style(dark: bool, selector: str = "QFrame#card") -> str:
    """A style sheet for a card: the card background, a 1 px subtle border, rounded corners.
    Give the frame `setObjectName("card")` (or pass another selector)."""
    p = palette(dark)
    return (
        f"{selector} {{ background: {p.card}; border: 1px solid {p.card_border}; "
        f"border-radius: {CARD_RADIUS}px; }}"
    )


def chip_style(word: StatusWord, dark: bool, selector: str = "QLabel#chip") -> str:
    """A status chip: the status colour as text and border on the card background."""
    colour = status_hex(word, dark)
    p = palette(dark)
    return (
        f"{selector} {{ color: {colour}; background: {p.card}; border: 1px solid {colour}; "
        f"border-radius: {CHIP_RADIUS}px; padding: {space(1) // 2}px {space(2)}px; }}"
    )


def primary_button_style(dark: bool, selector: str = "QPushButton#primary") -> str:
    """The one accent-filled button of a screen ("Fix it", "Run my first checkup")."""
    p = palette(dark)
    return (
        f"{selector} {{ background: {p.accent}; color: {p.on_accent}; "
        f"border: 2px solid {p.accent}; border-radius: {SPACING}px; "
        f"padding: {space(1)}px {space(4)}px; min-height: {space(5)}px; font-weight: bold; }}"
        # The focus ring: the border in the text colour, same width, so nothing shifts.
        f"{selector}:focus {{ border: 2px solid {p.text}; }}"
    )


# -- WCAG 2.1 contrast ------------------------------------------------------------------------


def _channel(c: int) -> float:
    s = c / 255
    return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4


def relative_luminance(hex_colour: str) -> float:
    """WCAG 2.1 relative luminance of "#rrggbb"."""
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2.1 contrast ratio of two colours, 1.0 to 21.0."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)

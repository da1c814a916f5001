"""Small widgets the app's screens share.

Text from data (account names, CSV fields, file names, snapshot strings, tool output) is always
shown as plain text. Qt guesses: a QLabel, a QMessageBox from its static helpers and a tooltip
render anything that looks like HTML as HTML, so an account named ``<font size=6>VIRUS
DETECTED <img src=...>`` would show huge and load an image. Screens build labels with
`plain_label` or `wrapped_label`, ask and tell with `message_box`, `tell` and `ask`, and pass
tooltips through `plain_tooltip`; tests walk every label of every window to hold them to it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime
from PySide6.QtGui import QFont
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from hygiene_app.engine.i18n import TRANSLATION_CONTEXT, Date, render


def plain_label(
    text: str = "", *, bold: bool = False, size_delta: int = 0, buddy: QWidget | None = None
) -> QLabel:
    """A label that shows its text as it is, never as HTML (see the module's docstring). An
    ampersand still marks the mnemonic of a label with a `buddy` ("&Search:"); give the buddy
    for a form row too (QFormLayout.addRow(str, ...) would make a label that guesses)."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    if buddy is not None:
        label.setBuddy(buddy)
    if bold or size_delta:
        font = QFont(label.font())
        font.setBold(bold)
        if size_delta and font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() + size_delta)
        label.setFont(font)
    return label


def wrapped_label(text: str = "", *, bold: bool = False, size_delta: int = 0) -> QLabel:
    """A plain-text, word-wrapped, selectable label (the wizard's style)."""
    label = plain_label(text, bold=bold, size_delta=size_delta)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` as it is. Qt renders a tooltip that looks like HTML as HTML
    and has no plain-text switch for it, so the text is escaped into HTML of its own (escaping
    alone would show "&lt;": escaped text does not look like HTML)."""
    return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal) if text else ""


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
    default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
) -> QMessageBox:
    """A message box that shows `text` as plain text (QMessageBox's static helpers guess, and
    render a message that embeds a file or account name with a tag in it as HTML)."""
    box = QMessageBox(icon, title, "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if default != QMessageBox.StandardButton.NoButton:
        box.setDefaultButton(default)
    return box


def tell(
    parent: QWidget | None,
    title: str,
    text: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Information,
) -> None:
    """Show `text` (plain) and wait for OK: QMessageBox.information/warning, made safe."""
    message_box(parent, icon, title, text).exec()


def ask(parent: QWidget | None, title: str, text: str, *, default_yes: bool = False) -> bool:
    """Ask a yes/no question (plain text); True for Yes. QMessageBox.question, made safe; the
    default answer is No unless `default_yes`."""
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    box = message_box(
        parent, QMessageBox.Icon.Question, title, text, yes | no, yes if default_yes else no
    )
    return box.exec() == yes


def plain_titles(wizard: QWizard) -> None:
    """Page titles and subtitles of `wizard` as plain text (QWizard guesses by default, and a
    title can name a service or an account)."""
    wizard.setTitleFormat(Qt.TextFormat.PlainText)
    wizard.setSubTitleFormat(Qt.TextFormat.PlainText)


def engine_text(text: str) -> str:
    """Engine text in the user's language: a `Text` has its marked template translated, then is
    filled with its arguments (each `Text` argument translated the same way); a plain marked
    string is translated whole. A translation with other placeholders than the English shows the
    English text instead of failing."""
    return render(text, _translate_engine, _locale_number, locale_date)


def _locale_number(value: float, decimals: int) -> str:
    """A `Number` in the app's locale (QLocale follows the language)."""
    return QLocale().toString(float(value), "f", decimals)


def locale_date(value: Date) -> str:
    """A `Date` in the app's locale (QLocale follows the language); English keeps the app's
    own format, as the CLI does."""
    locale = QLocale()
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return str(value)
    if value.long:
        pattern = _NO_WEEKDAY.sub("", locale.dateFormat(QLocale.FormatType.LongFormat))
    else:
        # The short format with the whole year ("10.06.2026", not "10.06.26").
        pattern = _TWO_DIGIT_YEAR.sub("yyyy", locale.dateFormat(QLocale.FormatType.ShortFormat))
    moment = value.moment
    text = locale.toString(QDate(moment.year, moment.month, moment.day), pattern)
    if value.with_time:
        clock = locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
        text = f"{text} {clock}"
    return text


#: A long date format's weekday ("dddd, d. MMMM yyyy"): a finding's date needs no weekday.
_NO_WEEKDAY = re.compile(r"^dddd[,\s]*|[,\s]*dddd$")
_TWO_DIGIT_YEAR = re.compile(r"(?<!y)yy(?!y)")


def tr_plural(singular: str, plural: str, n: int) -> str:
    """One plural message (`make i18n` files it as singular/plural): the English singular for
    1 and plural otherwise, a catalog's own form for `n` in other languages. `%n` and `{n}` are
    filled with `n` in the locale's digits; other placeholders are the caller's to fill."""
    translated = QCoreApplication.translate(TRANSLATION_CONTEXT, singular, plural, n)
    if translated == singular.replace("%n", str(n)):  # untranslated: the English form for n
        translated = singular if n == 1 else plural
    number = QLocale().toString(n)
    return translated.replace("%n", number).replace("{n}", number)


def _translate_engine(source: str, n: int | None, plural: str | None = None, /) -> str:
    """A plural is filed by `make i18n` with the English plural as its disambiguation."""
    if n is None:
        return QCoreApplication.translate(TRANSLATION_CONTEXT, source)
    return QCoreApplication.translate(TRANSLATION_CONTEXT, source, plural, n)


def scrolling_column(owner: QWidget, margins: int = 12) -> QVBoxLayout:
    """A scrolling column filling `owner`, so nothing is cut off on a small screen."""
    content = QWidget()
    column = QVBoxLayout(content)
    column.setContentsMargins(margins, margins, margins, margins)
    column.setSpacing(10)
    scroll = QScrollArea()
    scroll.setWidget(content)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return column


def literal_mnemonic(text: str) -> str:
    """`text` for a button, check box or menu entry, where Qt reads "&" as the next letter's
    keyboard shortcut: "Wi-Fi & VPN" or "AT&T" from data must show its "&", not underline."""
    return text.replace("&", "&&")


_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")


def is_url(link: str) -> bool:
    """A link Qt can open (`ms-settings:`, `x-apple.systempreferences:`, `https:`), as opposed to
    a command to run ("gnome-control-center wifi")."""
    return bool(_URL.match(link.strip()))

"""The one translation catalog of the app, the CLI and the reports: GNU gettext `.mo` files.

The engine marks its texts (`engine.i18n`) and `render` asks a `Translate` for each template;
this module is that `Translate` for the user's language. It is Qt-free and cheap (the stdlib
`gettext` reading one compiled file), so the CLI stays fast; the GUI wraps the same catalog in a
`QTranslator` (`ui.language`), so a widget's `self.tr` and a model's `render` always agree.

The `.mo` files are compiled by the build from `hygiene_app/locale/<lang>.po`
(`scripts/i18n_compile.py`: `make`, the packaging scripts), never committed. The pseudo-locales
`en-XA` (longer, accented) and `ar-XB` (right-to-left) are compiled the same way from the
template, for testing layouts.

Language choice: an explicit one (`--lang`, the Settings' "Language"), else the system's (see
`system_languages`), else English. Babel is only imported to format dates and numbers in a
language other than English (`Formats`), so the English CLI never pays for it.
"""

from __future__ import annotations

import gettext
import os
import re
import subprocess  # nosec B404: one fixed argv (macOS `defaults`), with a timeout
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from hygiene_app.engine.i18n import Date, Translate, render

if TYPE_CHECKING:
    from babel import Locale

DOMAIN = "hygiene_app"
ENGLISH = "en"
#: The pseudo-locales: 40% longer accented text, and mirrored right-to-left text.
PSEUDO_LONG = "en-XA"
PSEUDO_RTL = "ar-XB"
PSEUDO_LOCALES = (PSEUDO_LONG, PSEUDO_RTL)
#: Points the app at another folder of compiled catalogs (tests, a packaged layout).
LOCALE_DIR_ENV = "HYGIENE_APP_LOCALE_DIR"
#: The Settings' value for "follow the system".
SYSTEM = ""
#: Each language by its own name, as the Settings list them.
NATIVE_NAMES: Mapping[str, str] = {
    ENGLISH: "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    PSEUDO_LONG: "[Ƥşéûđö Ļöñğ]",
    PSEUDO_RTL: "Pseudo RTL",
}
_RTL = frozenset({"ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", PSEUDO_RTL})
_LANG_VARS = ("LC_ALL", "LC_MESSAGES", "LANG")
_TAG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")


def default_locale_dir(env: Mapping[str, str] = os.environ) -> Path:
    """Where the compiled catalogs are: `HYGIENE_APP_LOCALE_DIR`, else the package's `locale`
    folder (also inside a frozen app, where the package data sits next to the code)."""
    override = env.get(LOCALE_DIR_ENV)
    return Path(override) if override else Path(__file__).resolve().parent.parent / "locale"


def mo_path(language: str, directory: Path) -> Path:
    """The compiled catalog of `language` ("de", "en-XA") under `directory`."""
    return directory / language.replace("-", "_") / "LC_MESSAGES" / f"{DOMAIN}.mo"


def available_languages(directory: Path | None = None) -> tuple[str, ...]:
    """English and every language whose catalog is compiled in `directory`, sorted; the
    pseudo-locales are only there when the build made them."""
    directory = directory or default_locale_dir()
    found: set[str] = set()
    if directory.is_dir():
        for child in directory.iterdir():
            if (child / "LC_MESSAGES" / f"{DOMAIN}.mo").is_file():
                tag = normalise(child.name)
                if tag is not None:
                    found.add(tag)
    found.discard(ENGLISH)
    return (ENGLISH, *sorted(found))


def normalise(tag: str) -> str | None:
    """The catalog language a locale name means: "de_AT.UTF-8" and "de-DE" are "de", "C" and
    "POSIX" English, "en_XA" the pseudo-locale "en-XA"; None for what is not a language."""
    tag = tag.strip().split(".")[0].split("@")[0]
    if tag.upper() in ("C", "POSIX"):
        return ENGLISH
    if not _TAG.match(tag):
        return None
    parts = re.split(r"[-_]", tag)
    pseudo = f"{parts[0].lower()}-{parts[1].upper()}" if len(parts) > 1 else ""
    if pseudo in PSEUDO_LOCALES:
        return pseudo
    return parts[0].lower()


def match_language(tag: str, available: Sequence[str]) -> str | None:
    """The available language `tag` asks for, or None."""
    wanted = normalise(tag)
    return wanted if wanted is not None and wanted in available else None


def _windows_ui_language() -> list[str]:
    """The user's Windows display language ("de-DE"), or nothing when it cannot be read."""
    try:
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
        lcid = kernel32.GetUserDefaultUILanguage()
        buffer = ctypes.create_unicode_buffer(85)
        if kernel32.LCIDToLocaleName(lcid, buffer, 85, 0) > 0:
            return [buffer.value]
    except (AttributeError, OSError, ValueError):
        pass
    return []


def _macos_languages() -> list[str]:
    """macOS's preferred languages, most wanted first (`defaults read -g AppleLanguages`)."""
    try:
        done = subprocess.run(  # nosec B603 B607: fixed argv, no shell, with a timeout
            ["/usr/bin/defaults", "read", "-g", "AppleLanguages"],
            capture_output=True,
            text=True,
            errors="replace",  # odd bytes are no language, never a crash at start-up
            timeout=3,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return []
    return re.findall(r'"?([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)"?\s*,?\s*$', done.stdout, re.M)


def system_languages(
    env: Mapping[str, str] = os.environ,
    platform: str = sys.platform,
    *,
    windows: Callable[[], list[str]] = _windows_ui_language,
    macos: Callable[[], list[str]] = _macos_languages,
) -> list[str]:
    """The system's language wishes, most wanted first: `LANGUAGE` (a colon list), then the
    first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set; on Windows and macOS, when none of
    them is set, the user's display languages."""
    wishes = [part for part in env.get("LANGUAGE", "").split(":") if part.strip()]
    for name in _LANG_VARS:
        if env.get(name, "").strip():
            wishes.append(env[name])
            break
    if wishes:
        return wishes
    if platform == "win32":
        return windows()
    if platform == "darwin":
        return macos()
    return []


def choose_language(
    requested: str | None,
    available: Sequence[str],
    env: Mapping[str, str] = os.environ,
    platform: str = sys.platform,
    *,
    wishes: Sequence[str] | None = None,
) -> str:
    """The language to speak: `requested` (`--lang`, the Settings) when available, else the
    first of the system's wishes that is available (a `C` locale is English), else English.
    The `LANGUAGE` list skips what is not available; the single locale variable decides."""
    if requested:
        chosen = match_language(requested, available)
        if chosen is not None:
            return chosen
    if wishes is None:
        wishes = system_languages(env, platform)
    for wish in wishes:
        chosen = match_language(wish, available)
        if chosen is not None:
            return chosen
    return ENGLISH


@dataclass(frozen=True)
class Catalog:
    """One language's translations: `translate` is the `Translate` `render` asks, `text`
    renders marked engine text, `formats` formats dates and numbers in this language."""

    language: str = ENGLISH
    translations: gettext.NullTranslations = field(default_factory=gettext.NullTranslations)

    @property
    def is_english(self) -> bool:
        return self.language == ENGLISH

    @property
    def right_to_left(self) -> bool:
        return self.language.split("-")[0] in _RTL or self.language in _RTL

    def translate(self, source: str, n: int | None, plural: str | None = None, /) -> str:
        """`source` in this language; a plural by its singular and English plural for `n`.
        Untranslated: the source (the English form for `n` of a plural). The empty string
        is nobody's message: gettext would answer it with the catalog's header."""
        if not source:
            return source
        if plural is not None and n is not None:
            return self.translations.ngettext(source, plural, n)
        return self.translations.gettext(source)

    def lookup(self, source: str, n: int | None, plural: str | None = None) -> str | None:
        """Like `translate`, but None when the catalog has no translation: Qt's translator
        must say "none" so that Qt asks the next one (its own words) or keeps the source."""
        catalog = getattr(self.translations, "_catalog", None)
        if not source or not isinstance(catalog, dict):
            return None
        key: object = source if plural is None or n is None else (source, 0)
        found = catalog.get(key)
        if not isinstance(found, str) or not found:
            return None
        return self.translate(source, n, plural)

    def text(self, text: str) -> str:
        """Marked engine text (`Text`, `N_`) in this language; see `engine.i18n.render`."""
        formats = self.formats
        return render(text, self.translate, formats.decimal, formats.date)

    @property
    def formats(self) -> Formats:
        return Formats(self.language)


def load_catalog(language: str, directory: Path | None = None) -> Catalog:
    """The catalog of `language` from `directory` (English, or one missing or unreadable:
    the English source texts; a broken catalog never stops the app)."""
    if language == ENGLISH:
        return Catalog()
    path = mo_path(language, directory or default_locale_dir())
    try:
        with path.open("rb") as handle:
            return Catalog(language, gettext.GNUTranslations(handle))
    except (OSError, ValueError, UnicodeDecodeError):
        return Catalog()


def catalog_for(
    requested: str | None = None,
    env: Mapping[str, str] = os.environ,
    directory: Path | None = None,
) -> Catalog:
    """The catalog to use: `requested` if given and available, else the system's language."""
    directory = directory or default_locale_dir(env)
    language = choose_language(requested, available_languages(directory), env)
    return load_catalog(language, directory)


class UnknownLanguageError(ValueError):
    """A `--lang` that names no available language (the CLI says which are)."""


def require_language(requested: str, directory: Path | None = None) -> str:
    """`requested` as an available language, or UnknownLanguageError listing them."""
    available = available_languages(directory)
    chosen = match_language(requested, available)
    if chosen is None:
        raise UnknownLanguageError(
            f"unknown language {requested!r}; available: {', '.join(available)}"
        )
    return chosen


#: Translate that keeps the English source (the default of every renderer).
ENGLISH_TRANSLATE: Translate = Catalog().translate


@cache
def _babel_locale(language: str) -> Locale | None:
    """Babel's locale for `language` (the pseudo-locales format like their base), or None."""
    try:
        from babel import Locale, UnknownLocaleError
    except ImportError:  # pragma: no cover - babel is a dependency
        return None
    try:
        return Locale.parse(language.split("-")[0])
    except (UnknownLocaleError, ValueError):
        return None


@dataclass(frozen=True, slots=True)
class Formats:
    """Dates, numbers and durations in `language` (Babel's CLDR data, so it does not depend
    on the OS having that locale generated); English is formatted without importing Babel."""

    language: str = ENGLISH

    def _locale(self) -> Locale | None:
        return None if self.language == ENGLISH else _babel_locale(self.language)

    def number(self, value: float) -> str:
        locale = self._locale()
        if locale is None:
            return f"{value:,}"
        from babel.numbers import format_decimal

        return str(format_decimal(value, locale=locale))

    def decimal(self, value: float, decimals: int = 0) -> str:
        """`value` with `decimals` digits after the separator, in this language's digits."""
        locale = self._locale()
        if locale is None:
            return f"{value:,.{decimals}f}"
        from babel.numbers import format_decimal

        pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
        return str(format_decimal(value, format=pattern, locale=locale))

    def datetime(self, moment: datetime) -> str:
        locale = self._locale()
        if locale is None:
            return moment.strftime("%Y-%m-%d %H:%M")
        from babel.dates import format_datetime

        return str(format_datetime(moment, "short", locale=locale))

    def date(self, value: Date) -> str:
        """A `Date` of a text in this language ("10.06.2026", "10 juin 2026 14:02"); English
        keeps the app's own format (its `str`)."""
        locale = self._locale()
        if locale is None:
            return str(value)
        from babel.dates import format_date, format_time

        day = str(format_date(value.moment, "long" if value.long else "medium", locale=locale))
        if not value.with_time:
            return day
        clock = str(format_time(value.moment, "short", locale=locale))
        return str(locale.datetime_formats["medium"]).format(clock, day)

    def duration(self, span: timedelta) -> str:
        locale = self._locale()
        if locale is None:
            return _english_duration(span)
        from babel.dates import format_timedelta

        return str(format_timedelta(span, locale=locale))


def _english_duration(span: timedelta) -> str:
    seconds = abs(span.total_seconds())
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            value = round(seconds / size)
            return f"{value} {unit}" + ("" if value == 1 else "s")
    value = round(seconds)
    return f"{value} second" + ("" if value == 1 else "s")

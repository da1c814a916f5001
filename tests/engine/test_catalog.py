"""The one catalog (engine.catalog): which language is spoken, and what `render` gets from it.

Tests compile tiny catalogs of their own (`compile_catalog`), so they hold before the real
translations exist and never depend on what the build left in `hygiene_app/locale`.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog as PoCatalog
from babel.messages.mofile import write_mo
from hypothesis import given
from hypothesis import strategies as st

from hygiene_app.engine.catalog import (
    ENGLISH,
    Formats,
    UnknownLanguageError,
    available_languages,
    catalog_for,
    choose_language,
    load_catalog,
    mo_path,
    normalise,
    require_language,
    system_languages,
)
from hygiene_app.engine.i18n import N_, fmt, fmt_plural


def compile_catalog(
    directory: Path,
    language: str,
    messages: dict[str | tuple[str, str], str | tuple[str, ...]],
    plural_forms: str = "nplurals=2; plural=(n != 1);",
) -> Path:
    """A `.mo` for `language` in `directory` holding `messages` (English -> translation)."""
    catalog = PoCatalog(locale="de", domain="hygiene_app", fuzzy=False)
    catalog.mime_headers = [("Plural-Forms", plural_forms)]
    for source, translation in messages.items():
        catalog.add(source, translation)
    path = mo_path(language, directory)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_mo(handle, catalog)
    return path


@pytest.fixture
def locale_dir(tmp_path: Path) -> Path:
    compile_catalog(
        tmp_path,
        "de",
        {
            "Updates": "Aktualisierungen",
            "the {tool} output was not understood": "die Ausgabe von {tool} war unverständlich",
            ("{n} update is waiting", "{n} updates are waiting"): (
                "{n} Update wartet",
                "{n} Updates warten",
            ),
            "Broken {oops}": "Kaputt {other}",
        },
    )
    compile_catalog(tmp_path, "fr", {"Updates": "Mises à jour"}, "nplurals=2; plural=(n > 1);")
    return tmp_path


def test_the_available_languages_are_english_and_the_compiled_ones(locale_dir: Path) -> None:
    assert available_languages(locale_dir) == ("en", "de", "fr")
    assert available_languages(locale_dir / "nowhere") == ("en",)


def test_render_reads_the_compiled_catalog(locale_dir: Path) -> None:
    de = load_catalog("de", locale_dir)
    assert de.text(N_("Updates")) == "Aktualisierungen"
    assert de.text(fmt(N_("the {tool} output was not understood"), tool="apt")) == (
        "die Ausgabe von apt war unverständlich"
    )
    one, three = (
        fmt_plural("{n} update is waiting", "{n} updates are waiting", n, n=n) for n in (1, 3)
    )
    assert (de.text(one), de.text(three)) == ("1 Update wartet", "3 Updates warten")
    # Untranslated: the English; a translation with other placeholders: the English too.
    assert de.text(N_("Passwords")) == "Passwords"
    assert de.text(fmt(N_("Broken {oops}"), oops="x")) == "Broken x"


def test_english_and_a_missing_or_broken_catalog_are_the_source(tmp_path: Path) -> None:
    assert load_catalog(ENGLISH, tmp_path).text(N_("Updates")) == "Updates"
    assert load_catalog("de", tmp_path).is_english
    broken = mo_path("de", tmp_path)
    broken.parent.mkdir(parents=True)
    broken.write_bytes(b"not a catalog at all")
    assert load_catalog("de", tmp_path).text(N_("Updates")) == "Updates"


@pytest.mark.parametrize(
    ("tag", "language"),
    [
        ("de_AT.UTF-8", "de"),
        ("de-DE", "de"),
        ("fr_CA@euro", "fr"),
        ("C", "en"),
        ("POSIX", "en"),
        ("C.UTF-8", "en"),
        ("en_XA", "en-XA"),
        ("ar-XB", "ar-XB"),
        ("", None),
        ("../../etc", None),
    ],
)
def test_a_locale_name_means_a_language(tag: str, language: str | None) -> None:
    assert normalise(tag) == language


AVAILABLE = ("en", "de", "fr", "es")


def test_language_is_the_first_wish_that_is_available() -> None:
    def pick(env: dict[str, str]) -> str:
        return choose_language(None, AVAILABLE, env, "linux")

    assert pick({"LANGUAGE": "pt:de:fr", "LANG": "es_ES.UTF-8"}) == "de"
    assert pick({"LC_ALL": "fr_FR.UTF-8", "LC_MESSAGES": "de_DE", "LANG": "es_ES"}) == "fr"
    assert pick({"LC_MESSAGES": "de_DE", "LANG": "es_ES"}) == "de"
    assert pick({"LANG": "es_ES.UTF-8"}) == "es"
    assert pick({"LANG": "C.UTF-8"}) == "en"
    assert pick({"LANG": "pt_BR.UTF-8"}) == "en"
    assert pick({}) == "en"
    # An explicit choice wins; one that is not available is passed over.
    assert choose_language("fr", AVAILABLE, {"LANG": "de_DE"}, "linux") == "fr"
    assert choose_language("pt", AVAILABLE, {"LANG": "de_DE"}, "linux") == "de"


_tags = st.sampled_from(["de_DE.UTF-8", "fr_FR", "es", "pt_BR", "C", "POSIX", "en_GB", "", "xx"])


@given(
    language=st.lists(_tags, max_size=3),
    lc_all=_tags,
    lc_messages=_tags,
    lang=_tags,
)
def test_the_environment_decides_like_gettext(
    language: list[str], lc_all: str, lc_messages: str, lang: str
) -> None:
    env = {
        "LANGUAGE": ":".join(language),
        "LC_ALL": lc_all,
        "LC_MESSAGES": lc_messages,
        "LANG": lang,
    }
    chosen = choose_language(None, AVAILABLE, env, "linux")
    assert chosen in AVAILABLE
    listed = [normalise(t) for t in language if normalise(t) in AVAILABLE]
    first_set = next((v for v in (lc_all, lc_messages, lang) if v), "")
    expected = listed[0] if listed else (normalise(first_set) or "en")
    assert chosen == (expected if expected in AVAILABLE else "en")


def test_windows_and_macos_ask_the_system_when_no_variable_is_set() -> None:
    def windows() -> list[str]:
        return ["de-DE"]

    def macos() -> list[str]:
        return ["fr-FR", "en"]

    seams = {"windows": windows, "macos": macos}
    assert system_languages({}, "win32", **seams) == ["de-DE"]
    assert system_languages({}, "darwin", **seams) == ["fr-FR", "en"]
    assert system_languages({}, "linux", **seams) == []
    assert system_languages({"LANG": "es_ES"}, "win32", **seams) == ["es_ES"]


def test_an_unknown_language_is_refused_with_the_available_ones(locale_dir: Path) -> None:
    assert require_language("de_CH", locale_dir) == "de"
    with pytest.raises(UnknownLanguageError, match="available: en, de, fr"):
        require_language("xx", locale_dir)


def test_catalog_for_reads_the_environment(locale_dir: Path) -> None:
    env = {"HYGIENE_APP_LOCALE_DIR": str(locale_dir), "LANGUAGE": "fr"}
    assert catalog_for(None, env).text(N_("Updates")) == "Mises à jour"
    assert catalog_for("de", env).text(N_("Updates")) == "Aktualisierungen"


def test_dates_numbers_and_durations_follow_the_language() -> None:
    moment = datetime(2026, 3, 4, 15, 30, tzinfo=UTC)
    assert Formats("de").number(1234.5) == "1.234,5"
    assert Formats("fr").number(1234.5).replace("\u202f", " ") == "1 234,5"
    assert Formats("en").number(1234) == "1,234"
    assert Formats("de").datetime(moment) == "04.03.26, 15:30"
    assert Formats("en").datetime(moment) == "2026-03-04 15:30"
    assert Formats("es").duration(timedelta(days=3)) == "3 días"
    assert Formats("en").duration(timedelta(hours=2)) == "2 hours"


def test_macos_preferred_languages_are_read_from_defaults(monkeypatch) -> None:
    import subprocess

    from hygiene_app.engine import catalog

    seen: list[list[str]] = []

    def run(argv: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
        seen.append(argv)
        assert kwargs.get("timeout")
        assert kwargs.get("errors") == "replace"
        out = '(\n    "de-DE",\n    "zh-Hans-CN",\n    en\n)\n'
        return subprocess.CompletedProcess(argv, 0, out, "")

    monkeypatch.setattr(catalog.subprocess, "run", run)
    assert catalog._macos_languages() == ["de-DE", "zh-Hans-CN", "en"]
    assert seen == [["/usr/bin/defaults", "read", "-g", "AppleLanguages"]]

    def missing(argv: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
        raise FileNotFoundError(argv[0])

    monkeypatch.setattr(catalog.subprocess, "run", missing)
    assert catalog._macos_languages() == []
    assert choose_language(None, AVAILABLE, {}, "darwin") == "en"


def test_windows_ui_language_is_empty_where_there_is_no_windows_api() -> None:
    from hygiene_app.engine import catalog

    assert catalog._windows_ui_language() == []


def test_lookup_says_when_there_is_no_translation(locale_dir: Path) -> None:
    """Qt's translator needs "none" (not the English) to ask Qt's own translations next."""
    de = load_catalog("de", locale_dir)
    assert de.lookup("Updates", None) == "Aktualisierungen"
    assert de.lookup("Passwords", None) is None
    plural = ("{n} update is waiting", "{n} updates are waiting")
    assert de.lookup(plural[0], 3, plural[1]) == "{n} Updates warten"
    assert de.lookup("{n} app", 3, "{n} apps") is None
    assert load_catalog(ENGLISH).lookup("Updates", None) is None


def test_an_empty_text_is_empty_in_every_language(locale_dir: Path) -> None:
    """gettext answers "" with the catalog's header (Project-Id-Version, Plural-Forms...): an
    empty detail once printed the whole header under a finding."""
    de = load_catalog("de", locale_dir)
    assert de.text("") == ""
    assert de.text(N_("")) == ""
    assert de.translate("", None) == ""
    assert de.lookup("", None) is None

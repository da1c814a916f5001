"""The translation catalogs (issue 14): the template is current and complete, every shipped
language translates every message (100%) with the same placeholders and the language's number
of plural forms, and the build compiles them (never committed as binaries).

A language is "shipped" when `hygiene_app/locale/<lang>.po` exists. Until the translations
are merged, `test_the_shipped_languages` pins which ones are, and the coverage test skips the
others: merging one means adding it to `SHIPPED`.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po

from hygiene_app.engine.catalog import load_catalog
from hygiene_app.engine.i18n import N_, fmt, fmt_plural

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "hygiene_app" / "locale"
TEMPLATE = LOCALE / "hygiene_app.pot"
LANGUAGES = ("de", "fr", "es")
#: The languages merged so far (the lead adds each one as its .po lands).
SHIPPED: tuple[str, ...] = ("de", "fr", "es")
#: gettext's plural forms per language (what msgfmt and the translators use).
NPLURALS = {"de": 2, "fr": 2, "es": 2}
#: Translations that may be the English although they hold a lower-case word: commands, units.
#: (Names, "Google Chrome Beta", "Windows Update", are recognised by their capitals.)
SAME_IN_EVERY_LANGUAGE = frozenset(
    {"winget", "mokutil", "kernel {release}", "{minutes} min {seconds} s"}
)
#: ... and words that are spelt the same in one language.
SAME_IN = {
    "de": frozenset({"{manager} in {browser}", "{browser}: {policy} = {value} in {where}"}),
    "fr": frozenset(
        {
            "minutes",
            "1 minute",
            "%n minutes",
            "score {score}",
            "Windows {major}{version} (build {build})",
            "options",
        }
    ),
    "es": frozenset({"no", "{prog}: error: {message}"}),
}
_FIELD = re.compile(r"\{(\w*)[^{}]*\}")
_PERCENT = re.compile(r"%(\(\w+\)[sdr]|[sdrn]|L?\d)")


def _module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@cache
def extract() -> ModuleType:
    return _module("i18n_extract")


@cache
def compiler() -> ModuleType:
    return _module("i18n_compile")


def fields(text: str) -> set[str]:
    """The format fields of `text`: `{name}` and Python's and Qt's `%s`, `%1`, `%n`."""
    braces = set(_FIELD.findall(text.replace("{{", "").replace("}}", "")))
    return braces | {f"%{p}" for p in _PERCENT.findall(text.replace("%%", ""))}


def read(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=locale)


def shipped() -> tuple[str, ...]:
    return tuple(lang for lang in LANGUAGES if (LOCALE / f"{lang}.po").exists())


# the template ----------------------------------------------------------------------------


def test_the_committed_template_is_current() -> None:
    """`make i18n` was run after the last marked string changed (run it and commit)."""
    expected = extract().template_text(extract().collect())
    assert TEMPLATE.read_text(encoding="utf-8") == expected, "run `make i18n` and commit"


def test_the_template_collects_every_kind_of_marked_string() -> None:
    source = (
        "from hygiene_app.engine.i18n import N_, fmt, fmt_plural\n"
        'A = N_("Updates")\n'
        'B = fmt(N_("the {tool} output was not understood"), tool="apt")\n'
        'C = fmt_plural("{n} update is waiting", "{n} updates are waiting", 2, n=2)\n'
        'D = N_("first half " "second half")\n'
        "class W:\n"
        "    def words(self, n):\n"
        '        self.tr("Deleted %n file(s).", "", n)\n'
        '        QCoreApplication.translate("Home", "Run checkup")\n'
        "        tr = QCoreApplication.translate\n"
        '        tr("FixWizard", "Paste it into PowerShell (Ctrl+V) and press Enter.")\n'
        '        _tr("Close")\n'
        '        tr_plural("Checked 1 hour ago", "Checked %n hours ago", n)\n'
        '        _tr_home("%n new", n)\n'
        '        QCoreApplication.translate("Home", "%n fixed", "", n)\n'
        '        _t(N_("Firewall"))\n'
        '        print(f"not {n} marked")\n'
    )
    import ast

    messages = list(extract().messages_of(ast.parse(source)))
    assert messages == [
        ("Updates", None),
        ("the {tool} output was not understood", None),
        ("{n} update is waiting", "{n} updates are waiting"),
        ("first half second half", None),
        ("Deleted %n file(s).", "Deleted %n file(s)."),
        ("Run checkup", None),
        ("Paste it into PowerShell (Ctrl+V) and press Enter.", None),
        ("Close", None),
        ("Checked 1 hour ago", "Checked %n hours ago"),
        ("%n new", "%n new"),
        ("%n fixed", "%n fixed"),
        ("Firewall", None),
    ]


def test_the_template_holds_the_app_s_plurals_and_qt_strings() -> None:
    template = read(TEMPLATE)
    plural = template.get(
        ("A password export is lying in your files", "{n} password exports are lying in your files")
    )
    assert plural is not None
    assert plural.id == (
        "A password export is lying in your files",
        "{n} password exports are lying in your files",
    )
    for text in ("%n to fix", "Settings", "Paste it into Terminal (Command+V) and press Enter."):
        assert template.get(text) is not None, text
    # Only real %-formats are flagged: msgfmt -c refuses a "98 %" translated as plain text.
    raw = TEMPLATE.read_text(encoding="utf-8")
    assert '#, python-format\nmsgid " · %s severity"' in raw
    assert '#, python-format\nmsgid "Your mailbox is 98% full' not in raw


# the translations ------------------------------------------------------------------------


def test_the_shipped_languages() -> None:
    """Which translations are merged; the coverage test below holds each of them to 100%."""
    assert shipped() == SHIPPED


def _identical_is_fine(message: Message, language: str) -> bool:
    """English kept as it is: names ("Microsoft Defender", "Maria Lopez": every word
    capitalised), placeholders, numbers, addresses and symbols, and the allow-lists above."""
    text = message.id if isinstance(message.id, str) else message.id[0]
    if text in SAME_IN_EVERY_LANGUAGE or text in SAME_IN.get(language, ()):
        return True
    bare = re.sub(r"\{[^{}]*\}|%n|%\d|https?://\S+|\S+\.example\S*|&", "", text)
    return not any(word.islower() for word in re.findall(r"[^\W\d_]{2,}", bare))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    path = LOCALE / f"{language}.po"
    if not path.exists():
        pytest.skip(f"{language} is not shipped yet")
    catalog = read(path, language)
    assert catalog.num_plurals == NPLURALS[language]
    problems: list[str] = []
    for message in read(TEMPLATE):
        if not message.id:
            continue
        found = catalog.get(message.id)
        name = str(message.id if isinstance(message.id, str) else message.id[0])[:70]
        if found is None or "fuzzy" in found.flags:
            problems.append(f"missing: {name}")
            continue
        forms = [found.string] if isinstance(found.string, str) else list(found.string)
        if not all(forms):
            problems.append(f"untranslated: {name}")
            continue
        if isinstance(message.id, str):
            if fields(forms[0]) != fields(message.id):
                problems.append(f"placeholders: {name}")
            if forms[0] == message.id and not _identical_is_fine(message, language):
                problems.append(f"same as English: {name}")
        else:
            if len(forms) != NPLURALS[language]:
                problems.append(f"plural forms: {name}")
            wanted = fields(message.id[0]) | fields(message.id[1])
            # A singular may leave out {n} ("one file"); no form may add a placeholder, and
            # the plural forms keep every one of the English plural's.
            if any(not fields(form) <= wanted for form in forms) or any(
                fields(form) != fields(message.id[1]) for form in forms[1:]
            ):
                problems.append(f"placeholders: {name}")
    assert not problems, f"{len(problems)} problems in {language}.po:\n" + "\n".join(problems[:50])


# the build -------------------------------------------------------------------------------


def test_no_compiled_catalog_or_qt_template_is_committed() -> None:
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    files = subprocess.run(
        ["git", "ls-files", "*.mo", "*.qm", "*.ts"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout.split()
    assert files == []
    assert "*.mo" in (ROOT / ".gitignore").read_text(encoding="utf-8").split()


def test_make_compiles_the_catalogs_on_install_and_i18n_extracts() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    stamp = re.search(r"^\$\(STAMP\):.*?\n\n", makefile, re.M | re.S)
    assert stamp is not None and "scripts/i18n_compile.py" in stamp.group()
    assert "hygiene_app/locale/hygiene_app.pot" in stamp.group().splitlines()[0]
    target = re.search(r"^i18n:.*?\n\n", makefile, re.M | re.S)
    assert target is not None and "scripts/i18n_extract.py" in target.group()
    assert "lupdate" not in makefile


def test_the_pseudo_locales_keep_every_placeholder(tmp_path: Path) -> None:
    compiler().compile_all(LOCALE, tmp_path)
    long, rtl = load_catalog("en-XA", tmp_path), load_catalog("ar-XB", tmp_path)
    assert rtl.right_to_left and not long.right_to_left
    for message in read(TEMPLATE):
        if not message.id:
            continue
        sources = [message.id] if isinstance(message.id, str) else list(message.id)
        for n, source in enumerate(sources):
            plural = message.id[1] if n else None
            for catalog in (long, rtl):
                shown = (
                    catalog.translate(source, None)
                    if plural is None
                    else catalog.translate(message.id[0], 2, plural)
                )
                assert fields(shown) == fields(source), (catalog.language, source)
                assert shown != source
    text = long.text(
        fmt(N_("the {tool} output was not understood ({error})"), tool="apt", error="x")
    )
    assert text.startswith("[") and text.endswith("]") and " apt " in text
    assert len(long.translate("Updates", None)) >= 1.4 * len("Updates")
    shown = rtl.text(fmt_plural("{n} app", "{n} apps", 3, n=3))
    assert shown.startswith("\u200f") and "3" in shown


def test_merging_part_files_reports_what_is_missing(tmp_path: Path) -> None:
    merge = _module("i18n_merge")
    template = tmp_path / "t.pot"
    template.write_text(
        'msgid "Updates"\nmsgstr ""\n\n'
        'msgid "Passwords"\nmsgstr ""\n\n'
        'msgid "{n} app"\nmsgid_plural "{n} apps"\nmsgstr[0] ""\nmsgstr[1] ""\n',
        encoding="utf-8",
    )
    header = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"Language: fr\\n"\n"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n\n'
    )
    one, two = tmp_path / "fr-1.po", tmp_path / "fr-2.po"
    one.write_text(header + 'msgid "Updates"\nmsgstr "Mises à jour"\n', encoding="utf-8")
    two.write_text(
        header + 'msgid "{n} app"\nmsgid_plural "{n} apps"\nmsgstr[0] "{n} appli"\n'
        'msgstr[1] "{n} applis"\n\nmsgid "Gone"\nmsgstr "Parti"\n',
        encoding="utf-8",
    )
    out = tmp_path / "fr.po"
    status = merge.main([str(one), str(two), "-o", str(out), "--template", str(template)])
    assert status == 1  # "Passwords" is missing
    merged = read(out, "fr")
    assert merged.get("Updates").string == "Mises à jour"
    assert merged.get(("{n} app", "{n} apps")).string == ("{n} appli", "{n} applis")
    assert merged.get("Passwords").string == ""
    assert merged.num_plurals == 2 and "n > 1" in merged.plural_expr
    assert "Gone" not in [m.id for m in merged]


def test_the_installers_compile_and_ship_the_catalogs() -> None:
    """The one PyInstaller spec (Linux, Windows, macOS) compiles the .po files before it
    collects the package data, ships the .mo (not the sources, not the pseudo-locales), and
    the Linux build stops when a language's .mo is missing from the bundle."""
    spec = (ROOT / "packaging" / "hygiene-app.spec").read_text(encoding="utf-8")
    assert "i18n_compile.py" in spec
    assert spec.index("compile_catalogs()\n") < spec.index("a = Analysis(")
    assert '".po", ".pot"' in spec and '"en_XA", "ar_XB"' in spec
    build = (ROOT / "packaging" / "linux" / "build.sh").read_text(encoding="utf-8")
    assert "LC_MESSAGES/hygiene_app.mo" in build
    assert "qtbase_$lang.qm" in build
    for recipe in ("windows/build.ps1", "macos/build_dmg.sh"):
        assert "hygiene-app.spec" in (ROOT / "packaging" / recipe).read_text(encoding="utf-8")


@pytest.mark.skipif(shutil.which("make") is None, reason="no make")
def test_make_screenshots_lang_renders_that_language_only_when_asked() -> None:
    """`make screenshots LANG=de` passes the language to the script (German Home as
    home-de.png); a LANG that only comes from the environment changes nothing."""

    def dry_run(*extra: str) -> str:
        return subprocess.run(
            ["make", "-n", "screenshots", *extra],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
            env={"PATH": "/usr/bin:/bin", "LANG": "fr_FR.UTF-8"},
        ).stdout

    assert "scripts/screenshots.py" in dry_run()
    assert "--lang" not in dry_run()
    assert "--lang de" in dry_run("LANG=de")
    script = (ROOT / "scripts" / "screenshots.py").read_text(encoding="utf-8")
    assert 'save(window, f"home-{language}", out)' in script

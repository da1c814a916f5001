"""`--lang` and the system's language in the CLI's text and JSON output (issue 14).

The catalog is a tiny one compiled here (`xx`, pointed at with `HYGIENE_APP_LOCALE_DIR`), so the
tests hold before the real translations exist: what it translates must come out translated,
through the same lookup the real languages use.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from hygiene_app.cli import UsageError, main, split_lang
from hygiene_app.engine.i18n import N_
from hygiene_app.engine.model import Category
from hygiene_app.engine.snapshot import Snapshot
from hygiene_app.engine.status_words import StatusWord
from hygiene_app.services.settings import Settings, SettingsStore, default_settings_path
from tests.engine.test_catalog import compile_catalog

ROOT = Path(__file__).resolve().parent.parent
UBUNTU = ROOT / "tests" / "fixtures" / "snapshots" / "ubuntu-22.04.json"

XX = {
    "Passwords": "Pässwörter",
    StatusWord.GOOD.label: "Gut",
    StatusWord.COULD_NOT_CHECK.label: "Nicht prüfbar",
    "Password manager in use": "Passwortmanager in Gebrauch",
    "Why: {reason}": "Warum: {reason}",
    "the keyring library is not available to this app": "die Schlüsselbund-Bibliothek fehlt",
    "Hygiene Checkup {version} on {computer} (replayed from a snapshot)": (
        "Hygiene Checkup {version} auf {computer} (aus einer Aufnahme)"
    ),
    "Score: {score}": "Punkte: {score}",
    "{label}: {value}": "{label} = {value}",
    "Fix: {title}. {step}": "Lösung: {title}. {step}",
}


@pytest.fixture
def xx(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "locale"
    compile_catalog(directory, "xx", XX)
    monkeypatch.setenv("HYGIENE_APP_LOCALE_DIR", str(directory))
    return directory


def _check(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    main(list(argv))
    return capsys.readouterr().out


def test_the_system_language_translates_the_text_report(xx, monkeypatch, capsys) -> None:
    monkeypatch.setenv("LANGUAGE", "xx")
    out = _check(capsys, "check", "--replay", str(UBUNTU))
    assert out.startswith("Hygiene Checkup 0.1.0 auf Ubuntu") or "auf Ubuntu" in out.splitlines()[0]
    assert "Punkte: 89/100" in out
    assert "Gut = 16" in out
    assert "\nPässwörter\n" in out
    assert "Passwortmanager in Gebrauch (PWD-001)" in out
    assert "Warum: Die Schlüsselbund-Bibliothek fehlt." in out
    assert "Nicht prüfbar" in out
    # What the tiny catalog does not hold stays English.
    assert "Could not tell whether the keyring is usable" in out


def test_english_is_the_default(xx, capsys) -> None:
    out = _check(capsys, "check", "--replay", str(UBUNTU))
    assert "Score: 89/100" in out and "Punkte" not in out


@pytest.mark.parametrize(
    "argv",
    [
        ["--lang", "xx", "check", "--replay", str(UBUNTU)],
        ["check", "--replay", str(UBUNTU), "--lang", "xx"],
        ["check", "--lang=xx", "--replay", str(UBUNTU)],
    ],
)
def test_lang_before_or_after_the_command(xx, capsys, argv: list[str]) -> None:
    assert "Punkte: 89/100" in _check(capsys, *argv)


def test_lang_wins_over_settings_and_the_system(xx, monkeypatch, capsys) -> None:
    monkeypatch.setenv("LANGUAGE", "en")
    store = SettingsStore(default_settings_path())
    store.save(Settings(language="xx"))
    only = ["--only", "PWD-001"]
    assert "\nPässwörter\n" in _check(capsys, "check", *only)
    assert "\nPasswords\n" in _check(capsys, "--lang", "en", "check", *only)
    # A replay reads nothing of this user's, their language choice neither: the system's.
    assert "Score: 89/100" in _check(capsys, "check", "--replay", str(UBUNTU))


def test_an_unknown_language_is_a_usage_error(xx, capsys) -> None:
    assert main(["--lang", "klingon", "check", "--replay", str(UBUNTU)]) == 2
    err = capsys.readouterr().err
    assert "unknown language 'klingon'" in err and "available: en, xx" in err
    with pytest.raises(UsageError):
        split_lang(["check", "--lang"])
    assert split_lang(["link", "--", "--lang", "x"]) == (None, ["link", "--", "--lang", "x"])


def _timeless(doc: dict[str, object]) -> object:
    """`doc` without the run's durations (they differ from run to run)."""
    text = json.dumps(doc, sort_keys=True)
    return re.sub(r'"duration": [0-9.e-]+', '"duration": 0', text)


def test_json_stays_english_with_a_localized_text_block(xx, capsys) -> None:
    main(["check", "--replay", str(UBUNTU), "--format", "json"])
    plain = json.loads(capsys.readouterr().out)
    assert "text" not in plain
    main(["--lang", "xx", "check", "--replay", str(UBUNTU), "--format", "json"])
    doc = json.loads(capsys.readouterr().out)
    assert _timeless({k: v for k, v in doc.items() if k != "text"}) == _timeless(plain)
    assert doc["text"]["language"] == "xx"
    titles = {c["id"]: c["title"] for c in doc["text"]["checks"]}
    assert titles["PWD-001"] == "Passwortmanager in Gebrauch"
    assert [c["id"] for c in doc["text"]["checks"]] == [c["id"] for c in doc["checks"]]
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(doc, schema)


def test_the_category_and_status_words_are_marked() -> None:
    assert Category.PASSWORDS.label == N_("Passwords")


def test_history_speaks_the_language_and_writes_dates_its_way(tmp_path, monkeypatch, capsys):
    import hygiene_app.cli as cli

    directory = tmp_path / "locale"
    compile_catalog(
        directory,
        "de",
        {
            "No checkup remembered yet: run one in the app or with 'hygiene-app check'.": (
                "Noch kein Sicherheitscheck gespeichert."
            ),
            "score {score}": "Punktzahl {score}",
        },
    )
    monkeypatch.setenv("HYGIENE_APP_LOCALE_DIR", str(directory))
    monkeypatch.setenv("LANGUAGE", "de")
    assert _check(capsys, "history") == "Noch kein Sicherheitscheck gespeichert.\n"
    monkeypatch.setattr(cli, "_live_seams", lambda offline: Snapshot.load(UBUNTU).seams())
    _check(capsys, "check", "--format", "json")
    line = _check(capsys, "history").splitlines()[0]
    # "04.03.26, 15:30  Punktzahl 89  [cli]": German date, translated words, ids as they are.
    assert re.match(r"\d\d\.\d\d\.\d\d, \d\d:\d\d  Punktzahl \d+  \[cli\]$", line), line
    english = _check(capsys, "--lang", "en", "history").splitlines()[0]
    assert re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d  score \d+  \[cli\]$", english), english


def test_the_html_report_is_written_in_the_language(xx, tmp_path, capsys) -> None:
    target = tmp_path / "report.html"
    main(["--lang", "xx", "report", "--replay", str(UBUNTU), "--output", str(target)])
    page = target.read_text(encoding="utf-8")
    assert '<html lang="xx">' in page
    assert "Passwortmanager in Gebrauch" in page
    main(["report", "--replay", str(UBUNTU), "--output", str(target)])
    assert "Password manager in use" in target.read_text(encoding="utf-8")


def test_a_usage_error_is_said_in_the_language(tmp_path, monkeypatch, capsys) -> None:
    directory = tmp_path / "locale"
    compile_catalog(
        directory,
        "xx",
        {"folder {folder} does not exist": "Ordner {folder} gibt es nicht"},
    )
    monkeypatch.setenv("HYGIENE_APP_LOCALE_DIR", str(directory))
    missing = tmp_path / "nowhere" / "report.json"
    argv = ["check", "--replay", str(UBUNTU), "--output", str(missing)]
    assert main(["--lang", "xx", *argv]) == 2
    assert capsys.readouterr().err.strip().endswith(f"Ordner {missing.parent} gibt es nicht")
    assert main(argv) == 2
    assert capsys.readouterr().err.strip().endswith(f"folder {missing.parent} does not exist")


def test_lang_opens_the_window_in_that_language(monkeypatch) -> None:
    import hygiene_app.app as app
    import hygiene_app.cli as cli

    opened: list[str | None] = []
    monkeypatch.setattr(cli, "display_problem", lambda *_args, **_kw: "")
    monkeypatch.setattr(
        app, "run_gui", lambda machine, *, language=None: opened.append(language) or 0
    )
    assert main(["--replay", str(UBUNTU), "--lang", "en"]) == 0
    assert main(["--replay", str(UBUNTU)]) == 0
    assert opened == ["en", None]


def test_link_speaks_the_language(tmp_path, monkeypatch, capsys) -> None:
    directory = tmp_path / "locale"
    compile_catalog(
        directory,
        "xx",
        {
            "Link: {url}": "Verweis: {url}",
            "The link was not opened: only its address was read.": "Nicht geöffnet.",
        },
    )
    monkeypatch.setenv("HYGIENE_APP_LOCALE_DIR", str(directory))
    main(["--lang", "xx", "link", "https://example.com/"])
    out = capsys.readouterr().out
    assert out.startswith("Verweis: https://example.com/\n")
    assert out.endswith("Nicht geöffnet.\n")


def test_password_speaks_the_language(tmp_path, monkeypatch, capsys) -> None:
    import io

    directory = tmp_path / "locale"
    compile_catalog(
        directory,
        "xx",
        {"Length: {n} characters": "Länge: {n} Zeichen", "Very weak": "Sehr schwach"},
    )
    monkeypatch.setenv("HYGIENE_APP_LOCALE_DIR", str(directory))
    monkeypatch.setattr("sys.stdin", io.StringIO("password\n"))
    main(["--lang", "xx", "password"])
    out = capsys.readouterr().out
    assert "Länge: 8 Zeichen\n" in out
    assert "Sehr schwach" in out.splitlines()[0]


def test_checks_lists_the_checks_in_the_language(xx, capsys) -> None:
    out = _check(capsys, "--lang", "xx", "checks")
    assert "PWD-001  Passwortmanager in Gebrauch\n" in out
    assert "PWD-001  Password manager in use\n" in _check(capsys, "checks")


def test_the_password_audit_speaks_the_language(tmp_path, monkeypatch, capsys) -> None:
    directory = tmp_path / "locale"
    compile_catalog(
        directory,
        "xx",
        {
            (
                "{n} login: {breached} breached, {reused} reused, {weak} weak",
                "{n} logins: {breached} breached, {reused} reused, {weak} weak",
            ): (
                "{n} Anmeldung: {breached} geleakt, {reused} mehrfach, {weak} schwach",
                "{n} Anmeldungen: {breached} geleakt, {reused} mehrfach, {weak} schwach",
            ),
            "weak": "schwach",
        },
    )
    monkeypatch.setenv("HYGIENE_APP_LOCALE_DIR", str(directory))
    export = tmp_path / "export.csv"
    export.write_text(
        "url,username,password\nhttps://a.example,ann,password\nhttps://b.example,bob,password\n",
        encoding="utf-8",
    )
    main(["--lang", "xx", "audit-passwords", str(export)])
    out = capsys.readouterr().out
    assert "2 Anmeldungen: 0 geleakt, 2 mehrfach, 2 schwach\n" in out
    main(["audit-passwords", str(export)])
    assert "2 logins: 0 breached, 2 reused, 2 weak\n" in capsys.readouterr().out


def test_help_is_in_the_chosen_language_argparse_s_own_words_included(capsys) -> None:
    """`hygiene-app --lang de check --help`: the headings, the usage line, every option's help
    and the description are German (argparse's "usage:", "options" and "-h" too)."""
    with pytest.raises(SystemExit) as done:
        main(["--lang", "de", "check", "--help"])
    assert done.value.code == 0
    shown = capsys.readouterr().out
    assert shown.startswith("Aufruf: hygiene-app check")
    for german in (
        "Optionen:",
        "diese Hilfe anzeigen",
        "Führt den Sicherheitscheck aus",
        "nichts über das Netzwerk senden",
        "Exit-Codes:",
    ):
        assert german in shown
    for english in ("usage:", "options:", "show this help", "send nothing", "Run the checkup"):
        assert english not in shown


def test_every_command_s_help_is_translated(capsys) -> None:
    """Each command's help line in the list of commands, and its own page, speaks French."""
    with pytest.raises(SystemExit):
        main(["--lang", "fr", "--help"])
    shown = capsys.readouterr().out
    assert "utilisation : hygiene-app" in shown
    assert "lister les vérifications" in shown and "list the checks" not in shown
    for command in ("history", "link", "password", "audit-passwords", "report", "policy"):
        with pytest.raises(SystemExit):
            main(["--lang", "fr", command, "--help"])
        page = capsys.readouterr().out
        assert page.startswith("utilisation : "), command
        assert "show this help message" not in page, command


def test_a_usage_error_says_error_in_the_chosen_language(capsys) -> None:
    assert main(["--lang", "fr", "no-such-command"]) == 2
    said = capsys.readouterr().err
    assert said.startswith("hygiene-app : erreur : ")
    assert said.rstrip().endswith("(voir « hygiene-app --help »)")


def test_the_man_page_s_parser_stays_english() -> None:
    from hygiene_app.cli import build_parser

    text = build_parser().format_help()
    assert text.startswith("usage: hygiene-app") and "show this help message and exit" in text


def _parsers(parser: argparse.ArgumentParser) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    """Every parser under `parser` (commands and their own sub-commands), by command path."""
    yield parser.prog, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                yield from _parsers(child)


def test_no_help_page_keeps_english_the_catalog_translates() -> None:
    """Every page of `--help`, nested commands included, with the shipped French catalog: no
    description, epilog or option help stays English where French has words for it (a `fmt`
    template with arguments once did: its English alone is in no catalog)."""
    from hygiene_app.cli import build_parser
    from hygiene_app.engine.catalog import load_catalog

    french = load_catalog("fr")
    assert not french.is_english, "no compiled French catalog (run make)"
    english_pages = dict(_parsers(build_parser()))
    french_pages = dict(_parsers(build_parser(french.translate)))
    assert english_pages.keys() == french_pages.keys()
    flat = " ".join
    for prog, english in english_pages.items():
        page = flat(french_pages[prog].format_help().split())
        texts = [english.description, english.epilog] + [a.help for a in english._actions]
        for text in texts:
            if not text or text is argparse.SUPPRESS or "%(" in text:
                continue
            if french.text(text) != str(text):
                assert flat(str(text).split()) not in page, (prog, str(text))

"""A terminal is never sent a control character that came from data: not in the text report,
the JSON report, the password audit, error messages or file names."""

from __future__ import annotations

import io
import json
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hygiene_app.cli import main
from hygiene_app.engine.text import (
    TerminalWriter,
    markup_free,
    terminal_safe,
    terminal_safe_json,
)
from hygiene_app.textreport import PAINT_CODES
from tests.hostile_data import (
    ESCAPES,
    HOSTILE,
    TERMINAL_HOSTILE_CHARS,
    hostile_export,
    write_hostile_snapshot,
)

#: Every code point, surrogates included (hypothesis leaves them out of text() by default).
ANY_TEXT = st.text(st.characters(codec=None, categories=None, exclude_categories=()))


def acts(char: str) -> bool:
    """Would a terminal obey (or a reader not see) this character?"""
    if char in "\n\t\u200c\u200d":
        return False
    return unicodedata.category(char) in {"Cc", "Cf", "Cs", "Zl", "Zp"}


def assert_inert(text: str) -> None:
    assert not [c for c in text if acts(c)], repr(text)


def assert_inert_except_paint(text: str) -> None:
    """Only the report's own colour codes may carry an escape."""
    for code in sorted(PAINT_CODES, key=len, reverse=True):
        text = text.replace(code, "")
    assert_inert(text)


# ----- the function -------------------------------------------------------------------------


@given(ANY_TEXT)
def test_nothing_a_terminal_obeys_survives(text: str) -> None:
    safe = terminal_safe(text)
    assert_inert(safe)
    assert terminal_safe(safe) == safe


@given(st.text(st.characters(exclude_categories=("Cc", "Cf", "Cs", "Zl", "Zp"))))
def test_text_without_controls_is_left_as_it_is(text: str) -> None:
    assert terminal_safe(text) == text


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("a\x1b[2Jb", "a?[2Jb"),
        ("title\x1b]0;pwned\x07", "title?]0;pwned?"),
        ("over\rwrite", "over?write"),
        ("\u202etxt.exe", "?txt.exe"),
        ("a\u2066b\u2069", "a?b?"),
        ("csi\x9b31m", "csi?31m"),
        ("del\x7f", "del?"),
        ("zero\u200bwidth", "zero?width"),
        ("lone \ud800", "lone ?"),
        ("windows\r\nline\tend\n", "windows\nline\tend\n"),
        # Joiners are how emoji sequences and Persian words are written: kept.
        ("emoji \U0001f469\u200d\U0001f4bb", "emoji \U0001f469\u200d\U0001f4bb"),
        (
            "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
            "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
        ),
    ],
)
def test_examples(text: str, shown: str) -> None:
    assert terminal_safe(text) == shown


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | ANY_TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(ANY_TEXT, inner, max_size=4),
    max_leaves=12,
)


@given(JSON_VALUES)
def test_json_keeps_the_data_and_escapes_what_a_terminal_obeys(value: object) -> None:
    text = terminal_safe_json(value)
    assert_inert(text)
    assert json.loads(text) == value


@given(ANY_TEXT)
def test_markup_free_text_has_no_markup_and_no_controls(text: str) -> None:
    safe = markup_free(text)
    assert_inert(safe)
    assert not set("<>&") & set(safe)


def test_the_writer_lets_only_the_exact_codes_it_keeps_through() -> None:
    out = io.StringIO()
    writer = TerminalWriter(out, keep=PAINT_CODES)
    red = "\033[1;31m"
    assert red in PAINT_CODES
    writer.write(f"{red}FAIL\033[0m {HOSTILE} \x1b[8mhidden\x1b[0m")
    assert out.getvalue().startswith(f"{red}FAIL\033[0m ")
    assert "\x1b[8m" not in out.getvalue()
    assert_inert_except_paint(out.getvalue())


# ----- the command line, end to end -----------------------------------------------------------


@pytest.fixture
def hostile_snapshot_file(tmp_path: Path) -> Path:
    return write_hostile_snapshot(tmp_path)


def assert_clean(captured: pytest.CaptureResult[str]) -> None:
    for stream in (captured.out, captured.err):
        for char in TERMINAL_HOSTILE_CHARS:
            assert char not in stream, (char, stream)


def test_replayed_text_report_shows_data_but_sends_no_control(hostile_snapshot_file, capsys):
    code = main(["check", "--replay", str(hostile_snapshot_file)])
    captured = capsys.readouterr()
    assert code in (0, 1), captured.err
    assert_clean(captured)
    # The data is there, made visible: the OS name and the account's name.
    assert "VIRUS DETECTED" in captured.out
    assert "?]0;pwned??[2J??txt.exe" in captured.out


def test_colours_still_work_around_safe_data(hostile_snapshot_file, capsys, monkeypatch):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    main(["check", "--replay", str(hostile_snapshot_file)])
    out = capsys.readouterr().out
    assert "\033[1m" in out  # the report's own bold heading
    assert_inert_except_paint(out)
    assert "\x1b]0;pwned" not in out and "\x1b[2J" not in out


def test_replayed_json_report_escapes_what_a_terminal_obeys(hostile_snapshot_file, capsys):
    main(["check", "--replay", str(hostile_snapshot_file), "--format", "json"])
    captured = capsys.readouterr()
    assert_clean(captured)
    report = json.loads(captured.out)
    # The same data for a program: the export's file name, escapes and all.
    exports = next(c for c in report["checks"] if c["id"] == "PWD-003")["evidence"]["exports"]
    assert exports[0]["path"].endswith(f"{HOSTILE}.csv")


def test_an_unreadable_snapshot_names_its_file_safely(tmp_path, capsys):
    broken = tmp_path / f"broken {ESCAPES}.json"
    broken.write_text("{not json", encoding="utf-8")
    assert main(["check", "--replay", str(broken)]) == 2
    captured = capsys.readouterr()
    assert_clean(captured)
    assert captured.err.startswith("hygiene-app: error: ")
    assert captured.err.count("\n") == 1


def test_a_usage_error_repeats_the_argument_safely(tmp_path, capsys):
    assert main(["check", "--replay", str(tmp_path / f"missing {ESCAPES}.json")]) == 2
    captured = capsys.readouterr()
    assert_clean(captured)
    assert captured.err.startswith("hygiene-app: error: ")


def test_snapshot_written_message_names_the_file_safely(tmp_path, capsys):
    target = tmp_path / f"out {ESCAPES}.json"
    assert main(["snapshot", "--offline", "--output", str(target)]) == 0
    captured = capsys.readouterr()
    assert_clean(captured)
    assert "Snapshot written to" in captured.out
    assert target.exists()


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_password_audit_of_a_hostile_export(tmp_path, capsys, fmt):
    export = hostile_export(tmp_path)
    code = main(["audit-passwords", str(export), "--format", fmt])
    captured = capsys.readouterr()
    assert code == 1, captured.err
    assert_clean(captured)
    assert "holds every password in clear text" in captured.out + captured.err
    if fmt == "json":
        entries = json.loads(captured.out)["entries"]
        assert any(e["username"] == ESCAPES for e in entries)
    else:
        assert "VIRUS DETECTED" in captured.out


def test_password_audit_error_names_the_file_safely(tmp_path, capsys):
    empty = tmp_path / f"{ESCAPES}.csv"
    empty.write_text("", encoding="utf-8")
    assert main(["audit-passwords", str(empty)]) == 2
    captured = capsys.readouterr()
    assert_clean(captured)
    assert captured.err.count("\n") == 1

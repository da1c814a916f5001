"""`hygiene-app audit-passwords`: the manager it read, the rows it left out, and `--columns`
for a file without a header row or with one it does not know."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hygiene_app import cli

KEEPER = (
    "Business,Twitter,marketing@example.com,Canary-Keeper-1,https://twitter.com,notes,\n"
    "Social,Facebook,craig@example.com,Canary-Keeper-1,https://facebook.com,,\n"
)
UNKNOWN = "Konto;Benutzer;Kennwort\nBank;alice;Canary-Unknown-9\nMail;bob;\n"


def _main(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "export.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_manager_and_the_rows_left_out_are_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _file(
        tmp_path,
        "url,username,password,totp,extra,name,grouping,fav\n"
        "http://sn,,,,the note,Note,,0\n"
        "https://forum.example.com,alice,Canary-Lp-7xQ!,,,Forum,,0\n",
    )
    code, out, _ = _main(["audit-passwords", str(path)], capsys)
    assert code in (0, 1), out  # whether the password is strong does not matter here
    assert "(read as: LastPass)" in out
    assert "1 row was not counted as a login: secure notes, cards" in out
    code, out, _ = _main(["audit-passwords", str(path), "--format", "json"], capsys)
    doc = json.loads(out)
    assert doc["format"] == "lastpass" and doc["format_name"] == "LastPass"
    assert doc["skipped_rows"] == [{"reason": "not_a_login", "count": 1}]
    assert "Canary-Lp" not in out


def test_columns_read_a_file_nobody_recognises(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _file(tmp_path, UNKNOWN)
    code, _, err = _main(["audit-passwords", str(path)], capsys)
    assert code == 2 and "choose which column holds what" in err
    assert "In the terminal: --columns skip,name,username,password,url" in err
    assert err.count("\n") == 1
    argv = ["audit-passwords", str(path), "--columns", "name,username,password", "--format", "json"]
    code, out, err = _main(argv, capsys)
    assert code in (0, 1), err
    doc = json.loads(out)
    assert doc["format"] == "mapped"
    assert doc["summary"]["total"] == 1  # the header row is not a login
    assert [(e["site"], e["username"]) for e in doc["entries"]] == [("Bank", "alice")]
    assert doc["skipped_rows"] == [{"reason": "no_password", "count": 1}]
    assert "Canary-Unknown" not in out + err


def test_columns_read_a_file_without_a_header_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _file(tmp_path, KEEPER)
    argv = ["audit-passwords", str(path), "--columns", "skip,name,username,password,url"]
    code, out, _ = _main(argv, capsys)
    assert code == 1
    assert "(read as: a CSV with the columns you chose)" in out
    assert "2 logins" in out and "reused" in out
    assert "twitter.com" in out and "facebook.com" in out  # url wins over name for the site


@pytest.mark.parametrize(
    ("spec", "needle"),
    [
        ("name,username", "exactly one password column"),
        ("password,pwd", "exactly one password column"),
        ("url,url,password", "same kind of column twice"),
        ("url,colour,password", "'colour' is not a column word"),
        ("skip,skip", "exactly one password column"),
    ],
)
def test_a_bad_columns_list_is_one_line_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], spec: str, needle: str
) -> None:
    path = _file(tmp_path, KEEPER)
    code, out, err = _main(["audit-passwords", str(path), "--columns", spec], capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and needle in err


def test_columns_past_the_last_one_and_a_bad_file_name_the_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _file(tmp_path, KEEPER)
    spec = "-,-,-,-,-,-,-,-,-,-,-,-,password"  # '-' skips a column too, after '='
    code, _, err = _main(["audit-passwords", str(path), f"--columns={spec}"], capsys)
    assert code == 2 and "no column 13" in err and str(path) in err
    binary = tmp_path / "b.csv"
    binary.write_bytes(b"\x00\x01\x02\x03")
    code, _, err = _main(["audit-passwords", str(binary), "--columns", "url,password"], capsys)
    assert code == 2 and "not a text file" in err and str(binary) in err


def test_header_says_whether_the_first_row_names_the_columns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _file(tmp_path, "Where;Who;Secret\nBank;alice;Canary-Header-3\n")
    base = ["audit-passwords", str(path), "--columns", "name,username,password", "--format"]
    _, out, _ = _main([*base, "json"], capsys)  # "Secret" is no word for a password column
    assert json.loads(out)["summary"]["total"] == 2
    _, out, _ = _main([*base, "json", "--header", "yes"], capsys)
    assert json.loads(out)["summary"]["total"] == 1
    path.write_text("Konto;Benutzer;Kennwort\nBank;alice;Canary-Header-3\n", encoding="utf-8")
    _, out, _ = _main([*base, "json"], capsys)
    assert json.loads(out)["summary"]["total"] == 1
    _, out, _ = _main([*base, "json", "--header", "no"], capsys)
    assert json.loads(out)["summary"]["total"] == 2


def test_header_needs_columns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _file(tmp_path, KEEPER)
    code, out, err = _main(["audit-passwords", str(path), "--header", "yes"], capsys)
    assert code == 2 and out == "" and "--header needs --columns" in err

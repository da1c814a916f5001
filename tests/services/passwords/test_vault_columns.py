"""Reading a file with the columns the person chose: header-less or unknown layouts."""

from __future__ import annotations

import pytest

from hygiene_app.services.passwords.vault import (
    ColumnMapping,
    ExportFormat,
    VaultImportError,
    preview_rows,
    read_export,
)

#: Keeper's export has no header row: folder, title, login, password, url, notes, ...
KEEPER = (
    "Personal,Forum,alice@example.org,hunter2,https://forum.example.com/login,,\n"
    "Personal,Bank,alice,Tr0ub4dor&3,https://www.bank.example.net,a note,\n"
    "Shared,Wi-Fi note,,,,only a note,\n"
)


def test_preview_rows_splits_the_first_rows_without_reading_passwords_specially() -> None:
    rows = preview_rows(KEEPER.encode(), limit=2)
    assert rows == (
        (
            "Personal",
            "Forum",
            "alice@example.org",
            "hunter2",
            "https://forum.example.com/login",
            "",
            "",
        ),
        ("Personal", "Bank", "alice", "Tr0ub4dor&3", "https://www.bank.example.net", "a note", ""),
    )


def test_preview_rows_guesses_semicolons_and_tabs_and_skips_blank_lines() -> None:
    assert preview_rows("\n\na;b;c\n1;2;3\n") == (("a", "b", "c"), ("1", "2", "3"))
    assert preview_rows("a\tb,x\tc\n1\t2\t3\n") == (("a", "b,x", "c"), ("1", "2", "3"))
    assert preview_rows("one\n") == (("one",),)


def test_preview_rows_refuses_binary_in_one_line() -> None:
    with pytest.raises(VaultImportError, match="not a text file"):
        preview_rows(b"\x00\x01\x02")


def test_read_with_columns_reads_a_headerless_file() -> None:
    mapping = ColumnMapping(site=4, username=2, password=3, has_header=False)
    fmt, entries = read_export(KEEPER.encode(), columns=mapping)
    assert fmt is ExportFormat.MAPPED
    assert [(e.row, e.site, e.username, e.password) for e in entries] == [
        (1, "forum.example.com", "alice@example.org", "hunter2"),
        (2, "bank.example.net", "alice", "Tr0ub4dor&3"),
    ]


def test_read_with_columns_skips_the_header_and_keeps_a_name_as_the_site() -> None:
    text = "Konto;Benutzer;Kennwort\nMy Bank;alice;s3cret\nShort\n"
    mapping = ColumnMapping(site=0, username=None, password=2, has_header=True)
    fmt, entries = read_export(text, columns=mapping)
    assert fmt is ExportFormat.MAPPED
    assert [(e.site, e.username, e.password) for e in entries] == [("My Bank", "", "s3cret")]


def test_columns_override_a_recognised_header() -> None:
    text = "name,url,username,password\nX,https://x.example.com,u,p\n"
    mapping = ColumnMapping(site=0, username=2, password=3, has_header=True)
    fmt, entries = read_export(text, columns=mapping)
    assert fmt is ExportFormat.MAPPED
    assert [(e.site, e.password) for e in entries] == [("X", "p")]


def test_a_password_column_past_the_last_is_one_clear_line() -> None:
    with pytest.raises(VaultImportError, match="no column 9") as info:
        read_export(KEEPER, columns=ColumnMapping(None, None, 8, has_header=False))
    assert "hunter2" not in str(info.value)


@pytest.mark.parametrize(("site", "username", "password"), [(0, 0, 1), (None, 1, 1), (-1, None, 2)])
def test_a_mapping_names_distinct_existing_columns(
    site: int | None, username: int | None, password: int
) -> None:
    with pytest.raises(ValueError):
        ColumnMapping(site, username, password, has_header=False)

"""Reading password-manager exports: every format, every awkward file, never a crash."""

from __future__ import annotations

import codecs
import contextlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hygiene_app.services.passwords import vault
from hygiene_app.services.passwords.vault import (
    ExportFormat,
    VaultEntry,
    VaultImportError,
    detect_format,
    peek_format,
    read_export,
    read_export_file,
)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "exports"

#: format -> (site, username, password) of every login in its fixture, in file order.
EXPECTED: dict[ExportFormat, list[tuple[str, str, str]]] = {
    ExportFormat.BITWARDEN: [
        ("forum.example.com", "alice@example.org", "hunter2"),
        ("bank.example.net", "alice", 'correct, horse "battery" staple'),
        ("mail.example.com", "alice@example.org", "hunter2"),
    ],
    ExportFormat.CHROMIUM: [
        ("forum.example.com", "alice@example.org", "hunter2"),
        ("bank.example.net", "alice", "Tr0ub4dor&3"),
        ("com.example.app", "alice", "gX7#qLp9!vRt2$Wz"),
    ],
    ExportFormat.FIREFOX: [
        ("forum.example.com", "alice@example.org", "hunter2"),
        ("bank.example.net", "alice", "Tr0ub4dor&3"),
        ("intranet.example.com", "bob", 'a "quoted" pass'),
    ],
    ExportFormat.KEEPASSXC: [
        ("forum.example.com", "alice@example.org", "hunter2"),
        ("bank.example.net", "alice", "Tr0ub4dor&3"),
        ("Router", "admin", "zW8!kPq3#mVn6&Ls"),
    ],
    ExportFormat.LASTPASS: [
        ("forum.example.com", "alice@example.org", "hunter2"),
        ("bank.example.net", "alice", "Tr0ub4dor&3"),
    ],
    ExportFormat.ONEPASSWORD: [
        ("forum.example.com", "alice@example.org", "hunter2"),
        ("bank.example.net", "alice", "Tr0ub4dor&3"),
    ],
    ExportFormat.PROTON_PASS: [
        ("forum.example.com", "alice@example.org", "hunter2"),
        ("bank.example.net", "alice", "Tr0ub4dor&3"),
    ],
    ExportFormat.APPLE: [
        ("forum.example.com", "alice@example.org", "hunter2"),
        ("bank.example.net", "alice", "Tr0ub4dor&3"),
    ],
}

FILE_NAMES = {
    ExportFormat.BITWARDEN: "bitwarden.csv",
    ExportFormat.CHROMIUM: "chromium.csv",
    ExportFormat.FIREFOX: "firefox.csv",
    ExportFormat.KEEPASSXC: "keepassxc.csv",
    ExportFormat.LASTPASS: "lastpass.csv",
    ExportFormat.ONEPASSWORD: "1password.csv",
    ExportFormat.PROTON_PASS: "proton_pass.csv",
    ExportFormat.APPLE: "apple.csv",
}

CHROME_HEADER = "name,url,username,password,note"


def _logins(entries: list[VaultEntry]) -> list[tuple[str, str, str]]:
    return [(e.site, e.username, e.password) for e in entries]


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_each_fixture_is_detected_and_parsed(fmt: ExportFormat) -> None:
    got_fmt, entries = read_export_file(FIXTURES / FILE_NAMES[fmt])
    assert got_fmt is fmt
    assert _logins(entries) == EXPECTED[fmt]
    rows = [e.row for e in entries]
    assert rows == sorted(set(rows)) and rows[0] == 1


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_fixture_header_detected_by_detect_and_peek(fmt: ExportFormat) -> None:
    data = (FIXTURES / FILE_NAMES[fmt]).read_bytes()
    header_line = data.splitlines()[0].decode()
    header = [h.strip('"') for h in header_line.split(",")]
    assert detect_format(header) is fmt
    assert peek_format(data[:4096]) is fmt
    assert peek_format(codecs.BOM_UTF8 + data[:100]) in (fmt, None)  # a cut header may not match


def test_every_format_has_a_display_name_and_fixture() -> None:
    names = {f.display_name for f in ExportFormat}
    assert len(names) == len(ExportFormat)
    assert ExportFormat.CHROMIUM.display_name == "Chrome, Edge or Brave"
    assert ExportFormat.APPLE.display_name == "Apple Passwords (Safari)"
    assert set(FILE_NAMES) == set(ExportFormat)


@pytest.mark.parametrize(
    ("header", "fmt"),
    [
        # Older or newer variants of each header.
        (["name", "url", "username", "password"], ExportFormat.CHROMIUM),
        (
            ["url", "username", "password", "extra", "name", "grouping", "fav"],
            ExportFormat.LASTPASS,
        ),
        (["Group", "Title", "Username", "Password", "URL", "Notes"], ExportFormat.KEEPASSXC),
        (["Title", "Url", "Username", "Password", "OTPAuth"], ExportFormat.APPLE),
        (
            [
                "type",
                "name",
                "url",
                "username",
                "password",
                "note",
                "totp",
                "createTime",
                "modifyTime",
                "vault",
            ],
            ExportFormat.PROTON_PASS,
        ),
        (
            [
                "type",
                "name",
                "url",
                "email",
                "username",
                "password",
                "note",
                "totp",
                "createTime",
                "modifyTime",
                "vault",
                "autofillUrls",
            ],
            ExportFormat.PROTON_PASS,
        ),
        (
            [
                "collections",
                "type",
                "name",
                "notes",
                "fields",
                "reprompt",
                "login_uri",
                "login_username",
                "login_password",
                "login_totp",
            ],
            ExportFormat.BITWARDEN,
        ),
        ([" NAME ", "Url", "USERNAME", "password", "note", "extra column"], ExportFormat.CHROMIUM),
        (["url", "username", "password"], None),  # too generic to name a manager
        (["a", "b", "c"], None),
        ([], None),
    ],
)
def test_detect_format_variants(header: list[str], fmt: ExportFormat | None) -> None:
    assert detect_format(header) is fmt


def test_bom_crlf_quoted_newlines_extra_columns_and_empty_rows() -> None:
    text = (
        "\ufeff\r\n\r\n"
        f"{CHROME_HEADER},surprise\r\n"
        "\r\n"
        ",,,\r\n"
        'Forum,https://forum.example.com/a,alice,"pa,ss\r\nword",'
        '"a note\r\nover ""two"" lines",x,y,z\r\n'
        "\r\n"
        "Short row,https://short.example.com,bob,s3cret\r\n"
        "No password,https://nopass.example.com,carol,,\r\n"
        "Mail,https://mail.example.com,dave,hunter2,\r\n"
    )
    fmt, entries = read_export(text.encode("utf-8"))
    assert fmt is ExportFormat.CHROMIUM
    assert _logins(entries) == [
        ("forum.example.com", "alice", "pa,ss\r\nword"),
        ("short.example.com", "bob", "s3cret"),
        ("mail.example.com", "dave", "hunter2"),
    ]
    # Rows count data records (blank ones not counted), including the skipped one.
    assert [e.row for e in entries] == [1, 2, 4]


def test_str_input_and_utf8_sig() -> None:
    text = f"{CHROME_HEADER}\nX,https://x.example.com,u,p\n"
    assert read_export(text)[1] == read_export(codecs.BOM_UTF8 + text.encode())[1]
    assert read_export("\ufeff" + text)[1] == read_export(text)[1]


def test_utf16_with_bom() -> None:
    text = f"{CHROME_HEADER}\r\nX,https://x.example.com,u,pässwörd\r\n"
    fmt, entries = read_export(text.encode("utf-16"))
    assert fmt is ExportFormat.CHROMIUM
    assert entries[0].password == "pässwörd"


def test_semicolon_separated_resave() -> None:
    text = "name;url;username;password;note\nX;https://x.example.com;u;p;\n"
    fmt, entries = read_export(text)
    assert fmt is ExportFormat.CHROMIUM
    assert _logins(entries) == [("x.example.com", "u", "p")]


def test_passwords_keep_spaces_and_any_unicode() -> None:
    long = "x" * 500
    emoji = "🔑🐍 pass 🎉"
    rtl = "\u202e\u05e9\u05dc\u05d5\u05dd123"
    text = (
        f"{CHROME_HEADER}\n"
        f'A,https://a.example.com,u,"  spaced  ",\n'
        f"B,https://b.example.com,u,{long},\n"
        f"C,https://c.example.com,u,{emoji},\n"
        f"D,https://d.example.com,u,{rtl},\n"
    )
    _, entries = read_export(text.encode())
    assert [e.password for e in entries] == ["  spaced  ", long, emoji, rtl]


def test_site_falls_back_to_name_then_url() -> None:
    text = (
        f"{CHROME_HEADER}\n"
        "Named,,u,p1,\n"
        "Bare,forum.example.com/login,u,p2,\n"
        "www,https://www.example.org/,u,p3,\n"
        ",not a url at all,u,p4,\n"
        "Broken,http://[::1,u,p5,\n"
    )
    _, entries = read_export(text)
    assert [e.site for e in entries] == [
        "Named",
        "forum.example.com",
        "example.org",
        "not a url at all",
        "Broken",
    ]


def test_only_logins_are_kept_for_typed_formats() -> None:
    _, bitwarden = read_export_file(FIXTURES / "bitwarden.csv")
    assert all(e.password for e in bitwarden)
    _, proton = read_export_file(FIXTURES / "proton_pass.csv")
    assert [e.site for e in proton] == ["forum.example.com", "bank.example.net"]


def test_repr_never_shows_the_password() -> None:
    entry = VaultEntry(row=1, site="s", username="u", password="Sup3r-Secret-Canary")
    assert "Sup3r-Secret-Canary" not in repr(entry)
    assert "Sup3r-Secret-Canary" not in str(entry)


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        (b"", "empty"),
        (b"   \r\n\r\n", "empty"),
        (b"\x00\x01\x02binary\xff\xfe junk", "not a text file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file"),
        (b"name,url,username,password\n\xff\xfe\xfa,x,y,z\n", "not UTF-8"),
        (b"a,b,c\n1,2,3\n", "Bitwarden"),
        (b"just some words\n", "Apple Passwords (Safari)"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "UTF-16"),
    ],
)
def test_bad_input_gives_one_clear_line(data: bytes, needle: str) -> None:
    with pytest.raises(VaultImportError) as info:
        read_export(data)
    message = str(info.value)
    assert needle in message
    assert "\n" not in message


def test_unknown_header_names_every_format() -> None:
    with pytest.raises(VaultImportError) as info:
        read_export("title,login,password,comments\nx,y,z,w\n")
    for fmt in ExportFormat:
        assert fmt.display_name in str(info.value)


def test_oversized_field_is_a_clear_error_without_content() -> None:
    secret = "S" * 200_000
    with pytest.raises(VaultImportError) as info:
        read_export(f'{CHROME_HEADER}\nX,https://x.example.com,u,"{secret}",\n')
    assert secret[:20] not in str(info.value)


def test_lone_surrogate_text_is_rejected() -> None:
    with pytest.raises(VaultImportError):
        read_export(f"{CHROME_HEADER}\nX,https://x.example.com,u,\ud800,\n")


def test_read_export_file_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(VaultImportError, match="does not exist"):
        read_export_file(tmp_path / "missing.csv")
    with pytest.raises(VaultImportError, match="folder"):
        read_export_file(tmp_path)
    big = tmp_path / "big.csv"
    big.write_bytes(b"name,url,username,password\n" + b"x" * 2048)
    monkeypatch.setattr(vault, "MAX_EXPORT_BYTES", 1024)
    with pytest.raises(VaultImportError, match="limit"):
        read_export_file(big)


def test_error_messages_never_quote_a_password() -> None:
    canary = "Canary-Pa55word-9f3c"
    bad_inputs = [
        f'{CHROME_HEADER}\nX,https://x.example.com,u,"{canary}' + "x" * 200_000 + '",\n',
        f"title,login,password\nx,y,{canary}\n",
        f"{CHROME_HEADER}\nX,https://x.example.com,u,{canary}\ud800,\n",
    ]
    for text in bad_inputs:
        with pytest.raises(VaultImportError) as info:
            read_export(text)
        assert canary not in str(info.value)
        assert canary not in repr(info.value)


_CSVISH = st.lists(
    st.sampled_from(
        [b",", b";", b"\t", b'"', b'""', b"\r\n", b"\n", b"\r", b"\x00", b"\xef\xbb\xbf", b"\xff"]
        + [h.encode() for h in ("name", "url", "username", "password", "note", "login_uri")]
        + [b"login_password", b"login_username", b"Title", b"URL", b"Group", b"type", b"vault"]
        + ["🔑".encode(), "é".encode(), b"x" * 80]
    )
    | st.binary(max_size=12),
    max_size=60,
).map(b"".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_CSVISH)
def test_random_csvish_bytes_raise_only_vault_import_error(data: bytes) -> None:
    try:
        fmt, entries = read_export(data)
    except VaultImportError as exc:
        assert str(exc)
        return
    assert isinstance(fmt, ExportFormat)
    assert all(isinstance(e, VaultEntry) and e.password for e in entries)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_random_text_raises_only_vault_import_error(text: str) -> None:
    with contextlib.suppress(VaultImportError):
        read_export(text)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(st.text(max_size=40), st.text(max_size=40), st.text(min_size=1, max_size=80)),
        max_size=8,
    )
)
def test_round_trip_of_generated_chrome_exports(rows: list[tuple[str, str, str]]) -> None:
    import csv
    import io

    rows = [r for r in rows if "\x00" not in "".join(r) and r[2].strip()]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CHROME_HEADER.split(","))
    for name, user, password in rows:
        writer.writerow([name, "https://site.example.com", user, password, ""])
    try:
        fmt, entries = read_export(buffer.getvalue().encode("utf-8", "surrogatepass"))
    except VaultImportError:
        # Only surrogates (not UTF-8) may refuse.
        assert any(0xD800 <= ord(c) <= 0xDFFF for r in rows for c in "".join(r))
        return
    assert fmt is ExportFormat.CHROMIUM
    assert [e.password for e in entries] == [r[2] for r in rows]

"""Reading password-manager exports: every format, every awkward file, never a crash."""

from __future__ import annotations

import codecs
import contextlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hygiene_app.services.passwords import vault
from hygiene_app.services.passwords.export_formats import supported_names
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
    ExportFormat.DASHLANE: [
        ("forum.example.com", "alice@example.org", "hunter2"),
        ("bank.example.net", "alice", "Tr0ub4dor&3"),
    ],
    ExportFormat.NORDPASS: [
        ("forum.example.com", "alice@example.org", "hunter2"),
        ("bank.example.net", "alice", "Tr0ub4dor&3"),
        ("Router", "admin", "zW8!kPq3#mVn6&Ls"),
    ],
    ExportFormat.ENPASS: [
        ("forum.example.com", "alice@example.org", "hunter2"),
        ("bank.example.net", "alice", "Tr0ub4dor&3"),
        ("Router", "admin", "zW8!kPq3#mVn6&Ls"),
    ],
    ExportFormat.GENERIC: [
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
    ExportFormat.DASHLANE: "dashlane.csv",
    ExportFormat.NORDPASS: "nordpass.csv",
    ExportFormat.ENPASS: "enpass.csv",
    ExportFormat.GENERIC: "generic.csv",
}

CHROME_HEADER = "name,url,username,password,note"


def _logins(entries: list[VaultEntry]) -> list[tuple[str, str, str]]:
    return [(e.site, e.username, e.password) for e in entries]


@pytest.mark.parametrize("fmt", list(FILE_NAMES))
def test_each_fixture_is_detected_and_parsed(fmt: ExportFormat) -> None:
    got_fmt, entries = read_export_file(FIXTURES / FILE_NAMES[fmt])
    assert got_fmt is fmt
    assert _logins(entries) == EXPECTED[fmt]
    rows = [e.row for e in entries]
    assert rows == sorted(set(rows)) and rows[0] == 1


@pytest.mark.parametrize("fmt", list(FILE_NAMES))
def test_fixture_header_detected_by_detect_and_peek(fmt: ExportFormat) -> None:
    data = (FIXTURES / FILE_NAMES[fmt]).read_bytes()
    header_line = data.splitlines()[0].decode()
    header = [h.strip('"') for h in header_line.split(",")]
    assert detect_format(header) is fmt
    assert peek_format(data[:4096]) is fmt
    # A cut header may not match, or match a manager that writes fewer columns; never a crash.
    assert peek_format(codecs.BOM_UTF8 + data[:100]) in (fmt, None, ExportFormat.CHROMIUM)


def test_every_format_has_a_display_name_and_fixture() -> None:
    names = {f.display_name for f in ExportFormat}
    assert len(names) == len(ExportFormat)
    assert ExportFormat.CHROMIUM.display_name == "Chrome, Edge or Brave"
    assert ExportFormat.APPLE.display_name == "Apple Passwords (Safari)"
    assert set(FILE_NAMES) <= set(ExportFormat)


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
        # Chrome's columns and one more: it could be anybody's, so nobody is named.
        ([" NAME ", "Url", "USERNAME", "password", "note", "extra column"], ExportFormat.GENERIC),
        (
            [
                "username",
                "username2",
                "username3",
                "title",
                "password",
                "note",
                "url",
                "category",
                "otpUrl",
            ],
            ExportFormat.DASHLANE,
        ),
        (
            [
                "name",
                "url",
                "username",
                "password",
                "note",
                "cardholdername",
                "cardnumber",
                "cvc",
                "expirydate",
                "zipcode",
                "folder",
                "full_name",
                "phone_number",
                "email",
                "address1",
                "address2",
                "city",
                "country",
                "state",
                "type",
            ],
            ExportFormat.NORDPASS,
        ),
        (["Title", "Field", "Value", "Field", "Value", ".........", "Note"], ExportFormat.ENPASS),
        (
            ["Mail", "Username", "bob", "*Password", "x", "Website", "mail.example"],
            ExportFormat.ENPASS,
        ),
        # Too generic to name a manager, but a list of logins all the same.
        (["url", "username", "password"], ExportFormat.GENERIC),
        (["Name", "Url", "MatchUrl", "Login", "Pwd", "Note"], ExportFormat.ROBOFORM),
        (["Title", "User Name", "Passwd"], ExportFormat.GENERIC),
        (["website", "e-mail", "PASSWORD"], ExportFormat.GENERIC),
        (["name", "url", "password"], ExportFormat.GENERIC),  # not mistaken for Enpass pairs
        (["name", "Username", "website", "Password"], ExportFormat.GENERIC),
        # A password column alone, or a site with no password, is not a list of logins.
        (["username", "password"], None),
        (["login", "password", "comments"], None),
        (["name", "url", "username"], None),
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
    assert fmt is ExportFormat.GENERIC  # Chrome writes no "surprise" column
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


def test_unknown_header_names_every_format_and_what_a_generic_list_needs() -> None:
    with pytest.raises(VaultImportError) as info:
        read_export("login,password,comments\nx,y,z\n")
    message = str(info.value)
    for name in supported_names():
        assert name in message
    assert "password column" in message and "url or name column" in message


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
    with pytest.raises(VaultImportError, match="larger than 1,024 bytes"):
        read_export_file(big)


def test_error_messages_never_quote_a_password() -> None:
    canary = "Canary-Pa55word-9f3c"
    bad_inputs = [
        f'{CHROME_HEADER}\nX,https://x.example.com,u,"{canary}' + "x" * 200_000 + '",\n',
        f"login,password\nx,{canary}\n",
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


# ----- more managers, and any list of logins ---------------------------------------------------


def test_old_enpass_header_row_is_recognised_and_skipped() -> None:
    fmt, entries = read_export_file(FIXTURES / "enpass-old.csv")
    assert fmt is ExportFormat.ENPASS
    assert _logins(entries) == [
        ("forum.example.com", "alice@example.org", "hunter2"),
        ("bank.example.net", "alice", "Tr0ub4dor&3"),
    ]
    assert [e.row for e in entries] == [1, 3]  # the note on row 2 is counted, not kept


def test_headerless_enpass_file_may_start_with_a_card_or_a_note() -> None:
    text = (
        '"Visa","Cardholder","A","Number","4111","*CVC","123",""\n'
        '"Codes","code-1"\n'
        '"Mail","E-mail","bob@example.org","*Password","pw 1","Website","https://mail.example"\n'
    )
    fmt, entries = read_export(text)
    assert fmt is ExportFormat.ENPASS
    assert _logins(entries) == [("mail.example", "bob@example.org", "pw 1")]


def test_generic_list_takes_site_user_and_password_from_synonyms() -> None:
    text = (
        "Title;User Name;Passwd;Web Site\n"  # a spreadsheet's ';' re-save, spaced names
        "Forum;alice;hunter2;https://www.forum.example.com/x\n"
        "Router;admin;zW8!kPq3#mVn6&Ls;\n"
        "Empty;carol;;https://empty.example.com\n"
    )
    fmt, entries = read_export(text)
    assert fmt is ExportFormat.GENERIC
    assert _logins(entries) == [
        ("forum.example.com", "alice", "hunter2"),
        ("Router", "admin", "zW8!kPq3#mVn6&Ls"),
    ]
    assert ExportFormat.GENERIC.display_name == "a CSV with url, username and password columns"


_SYNONYMS = [
    *("password", "Passwd", "PWD", "login_password", "pass"),
    *("url", "Website", "web site", "login_uri", "URI", "hostname"),
    *("name", "Title", "account", "item name"),
    *("username", "User Name", "login", "e-mail", "note", "extra", "type"),
]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(_SYNONYMS) | st.text(max_size=10), min_size=1, max_size=8),
    st.lists(st.lists(st.text(max_size=20), max_size=9), max_size=6),
    st.sampled_from([",", ";", "\t"]),
)
def test_generic_reader_never_crashes(
    header: list[str], rows: list[list[str]], delimiter: str
) -> None:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    try:
        fmt, entries = read_export(buffer.getvalue())
    except VaultImportError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert isinstance(fmt, ExportFormat)
    assert all(isinstance(e, VaultEntry) and e.password for e in entries)


# ----- only regular files are read ------------------------------------------------------------


def _read_in_thread(path: Path) -> str:
    """`read_export_file(path)`'s error message, from a thread that must end within 10 s."""
    import threading

    outcome: list[str] = []

    def run() -> None:
        try:
            read_export_file(path)
            outcome.append("read")
        except VaultImportError as exc:
            outcome.append(str(exc))

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(10)
    if thread.is_alive() and path.is_fifo():
        # Let the stuck reader go (open a writer, then close it) before failing the test.
        import os

        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
        thread.join(5)
        pytest.fail("reading a named pipe hung")
    assert outcome, "the reader hung"
    return outcome[0]


def test_a_named_pipe_is_refused_without_hanging(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "passwords.csv"
    os.mkfifo(fifo)
    message = _read_in_thread(fifo)
    assert message == f"{fifo} is a named pipe, not a file; choose the exported CSV file."


def test_folders_sockets_and_devices_are_refused(tmp_path: Path) -> None:
    import socket

    sock_path = tmp_path / "s.csv"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(sock_path))
    try:
        assert "is a socket" in _read_in_thread(sock_path)
    finally:
        server.close()
    zero = tmp_path / "zero.csv"
    zero.symlink_to("/dev/zero")
    assert _read_in_thread(zero) == f"{zero} is a device, not a file; choose the exported CSV file."
    assert "is a folder" in _read_in_thread(tmp_path)
    # A symlink to a real export is read.
    link = tmp_path / "link.csv"
    link.symlink_to(FIXTURES / "chromium.csv")
    assert read_export_file(link)[0] is ExportFormat.CHROMIUM


def test_a_pipe_swapped_in_after_the_check_is_refused_on_the_open_handle(tmp_path: Path) -> None:
    import os
    import stat

    fifo = tmp_path / "race.csv"
    os.mkfifo(fifo)
    regular = (FIXTURES / "chromium.csv").stat()

    class Lying(type(fifo)):  # type: ignore[misc]
        """Says "regular file" at the first look, as a path swapped a moment later would."""

        def stat(self, **_kwargs: object) -> os.stat_result:
            return regular

    assert stat.S_ISREG(Lying(fifo).stat().st_mode)
    assert "is a named pipe" in _read_in_thread(Lying(fifo))


def test_a_huge_file_is_refused_by_its_size_before_reading(tmp_path: Path) -> None:
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as handle:  # sparse: no disk space used
        handle.truncate(vault.MAX_EXPORT_BYTES + 1)
    message = _read_in_thread(huge)
    assert message.startswith(f"{huge} is larger than 50 MB")


def test_file_messages_name_the_path_once(tmp_path: Path) -> None:
    junk = tmp_path / "groceries.csv"
    junk.write_text("item,qty\nmilk,1\n", encoding="utf-8")
    for path in (junk, tmp_path / "missing.csv", tmp_path):
        message = _read_in_thread(path)
        assert message.count(str(path)) == 1, message
        assert "\n" not in message

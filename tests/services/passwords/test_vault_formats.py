"""The registry of export formats: every manager named by its own header, rows that are not
logins left out with their reason, and the quoting variants real exporters write.

The real files (other projects' importer test data) are in tests/fixtures/exports/real and
tested by test_export_samples.py; these tests build files from the registry's header rows (the
vendors' documented headers, for the managers with no public sample) and pin the rules."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hygiene_app.services.passwords.export_formats import (
    FORMATS,
    REGISTRY,
    Columns,
    ExportFormat,
    FormatInfo,
    SkipReason,
    identify,
    supported_names,
)
from hygiene_app.services.passwords.vault import (
    ColumnMapping,
    UnknownLayoutError,
    VaultImportError,
    detect_format,
    parse_export,
    peek_format,
    preview_rows,
    read_export,
    read_export_file,
)


def _first(role: tuple[str, ...], header: tuple[str, ...]) -> str:
    return next((c for c in role if c in header), "")


def _cell(column: str, cols: Columns, header: tuple[str, ...]) -> str:
    """What a one-login export holds in `column` (compact name)."""
    if column == _first(cols.url, header):
        return "https://www.site.example/login"
    if column == _first(cols.name, header):
        return "Site"
    if column == _first(cols.username, header):
        return "alice"
    if column == _first(cols.password, header):
        return "pw,1"
    if cols.kind and column == cols.kind:
        return "login" if "login" in cols.logins or not cols.logins else sorted(cols.logins)[-1]
    if cols.secret_data and column == cols.secret_data:
        return "SecretType:Web Account\nUser Name:alice\nPassword:pw,1\n"
    return ""


def _one_login_file(header: tuple[str, ...], cols: Columns) -> str:
    row = [_cell(c, cols, header) for c in header]
    if cols.trailing and not any(c == cols.secret_data for c in header):
        row += ["alice", "pw,1"]  # Zoho's old export: username and password past the header
    quoted = ['"' + c.replace('"', '""') + '"' for c in row]
    return ",".join(header) + "\r\n" + ",".join(quoted) + "\r\n"


_HEADERS = [
    pytest.param(info, header, id=f"{info.format.value}-{n}")
    for info in REGISTRY
    if info.columns is not None and info.listed
    for n, header in enumerate(info.columns.headers)
]


@pytest.mark.parametrize(("info", "header"), _HEADERS)
def test_every_header_of_every_manager_is_named_and_read(
    info: FormatInfo, header: tuple[str, ...]
) -> None:
    assert info.columns is not None
    reading = parse_export(_one_login_file(header, info.columns))
    assert reading.format is info.format
    assert [(e.site, e.username, e.password) for e in reading.entries] == [
        ("site.example", "alice", "pw,1")
    ]


def test_the_registry_names_at_least_25_managers_each_once() -> None:
    names = supported_names()
    assert len(names) >= 25
    assert len(set(names)) == len(names)
    assert set(FORMATS) == set(ExportFormat)


@pytest.mark.parametrize(
    ("header", "fmt"),
    [
        # Proton Pass before its `vault` column (the refusal message named it as supported).
        (
            "type,name,url,username,password,note,totp,createTime,modifyTime",
            ExportFormat.PROTON_PASS,
        ),
        # NordPass's current export, with `type`, `additional_urls` and `custom_fields`.
        (
            "name,url,additional_urls,username,password,note,cardholdername,cardnumber,cvc,"
            "pin,expirydate,zipcode,folder,full_name,phone_number,email,address1,address2,"
            "city,country,state,type,custom_fields",
            ExportFormat.NORDPASS,
        ),
        # Dashlane, Buttercup, Strongbox and 1Password 4 were named "Apple Passwords".
        ("username,username2,username3,title,password,note,url,category,otpUrl", "dashlane"),
        ("!group_id,!group_name,title,username,password,URL,id", ExportFormat.BUTTERCUP),
        ("Title,Username,Email,Password,URL,OTPAuth,Notes", ExportFormat.STRONGBOX),
        ("title,notes,username,password,url", ExportFormat.ONEPASSWORD),
        # NordPass and Dropbox Passwords were named "Chrome, Edge or Brave".
        ("Name,URL,Username,Password,Notes", ExportFormat.DROPBOX),
        ("name,url,username,password,note", ExportFormat.CHROMIUM),
        ("Title,URL,Username,Password,Notes,OTPAuth", ExportFormat.APPLE),
        # Decided by the columns only one of them has: LastPass writes `fav`, Norton does not.
        ("url,username,password,extra,name,grouping,fav", ExportFormat.LASTPASS),
        ("url,username,password,extra,name,grouping", ExportFormat.NORTON),
        # A newer version with one more column of its own is still its manager.
        ("Name,Url,MatchUrl,Login,Pwd,Note,Folder,RfFieldsV2,Favorite", ExportFormat.ROBOFORM),
        # An older version with columns missing, named by the columns only it writes.
        (
            "Password Name,Description,Password URL,SecretData,Notes,CustomData,Tags,"
            "Classification,Folder Name",
            ExportFormat.ZOHO_VAULT,
        ),
        # One column of Passman's own is not enough to be Passman's export.
        ("name,password,files", ExportFormat.GENERIC),
        # Common words only, not exactly somebody's header: nobody is named.
        ("Title,URL,Username,Password", ExportFormat.GENERIC),
        ("Title,URL,Username,Password,Notes,OTPAuth,Favorite", ExportFormat.GENERIC),
        ("name,url,username,password,note,surprise", ExportFormat.GENERIC),
        ("url,username,password", ExportFormat.GENERIC),
        ("url,username,password,", ExportFormat.GENERIC),  # a trailing separator
    ],
)
def test_the_manager_that_wrote_the_file_is_named(header: str, fmt: ExportFormat) -> None:
    assert detect_format(header.split(",")) is ExportFormat(fmt)


def test_two_managers_that_fit_equally_name_nobody() -> None:
    # Avira's and KeePass's whole headers, each with columns only its manager writes.
    avira = ["name", "website", "username", "secondary_username", "password"]
    header = [*avira, "Account", "Login Name", "Web Site", "Comments"]
    found = identify(header)
    assert found.info is None
    assert set(found.ambiguous) == {ExportFormat.AVIRA, ExportFormat.KEEPASS}
    text = ",".join(header) + "\nSite,https://a.example,alice,,pw,Site,alice,,\n"
    fmt, entries = read_export(text)
    assert fmt is ExportFormat.GENERIC
    assert [(e.site, e.username, e.password) for e in entries] == [("a.example", "alice", "pw")]
    assert fmt.display_name == "a CSV with url, username and password columns"


# ----- headers people reported from their own exports (no rows were published with them) -----

#: The header of a True Key export a user pasted in bitwarden/clients#9794 (2024): 40 columns
#: in another order than the importers' 15, and `content` where they read `document_content`.
TRUE_KEY_2024 = (
    "kind,autologin,cardholder,city,company,country,dateOfBirth,deliveryPlace,content,email,"
    "expirationDate,expiryDate,favorite,firstName,gender,hexColor,issueDate,issuedDate,lastName,"
    "login,member_id,memberSince,memo,name,note,number,password,phoneNumber,"
    "protectedWithPassword,state,street,streetNumber,subdomainOnly,telephone,title,type,url,"
    "website,zipCode,tk_export_version"
)


def _rows_for(header: str, *rows: dict[str, str]) -> str:
    columns = header.split(",")
    lines = [header]
    for row in rows:
        assert set(row) <= set(columns), set(row) - set(columns)
        lines.append(",".join('"' + row.get(c, "").replace('"', '""') + '"' for c in columns))
    return "\r\n".join(lines) + "\r\n"


def test_true_keys_reported_header_is_read_and_only_its_logins_count() -> None:
    text = _rows_for(
        TRUE_KEY_2024,
        {
            "kind": "login",
            "name": "Forum",
            "url": "https://forum.example.com/",
            "login": "alice",
            "password": 'p,w"1',
            "tk_export_version": "2",
        },
        {"kind": "note", "title": "Wi-Fi", "note": "not a login", "tk_export_version": "2"},
        {"kind": "cc", "cardholder": "A", "number": "4111111111111111", "tk_export_version": "2"},
        {
            "kind": "login",
            "name": "Bank",
            "url": "bank.example.net",
            "login": "bob",
            "password": "Tr0ub4dor&3",
            "tk_export_version": "2",
        },
    )
    reading = parse_export(text)
    assert reading.format is ExportFormat.MCAFEE
    assert [(e.site, e.username, e.password) for e in reading.entries] == [
        ("forum.example.com", "alice", 'p,w"1'),
        ("bank.example.net", "bob", "Tr0ub4dor&3"),
    ]
    assert reading.skipped == ((SkipReason.NOT_A_LOGIN, 2),)


def test_myki_mobile_apps_header_is_myki() -> None:
    """The header Bitwarden's Myki guide gives for the mobile apps' `UserAccount.csv` (words
    with spaces and capitals, unlike the web app's `twofaSecret`)."""
    header = "Nickname,Url,Username,Password,Additional Info,Two Factor Secret,Status"
    text = _rows_for(
        header,
        {
            "Nickname": "Forum",
            "Url": "https://forum.example.com",
            "Username": "alice",
            "Password": "hunter2x",
            "Status": "active",
        },
        {"Nickname": "Only a name", "Username": "bob", "Password": "s3cret!"},
    )
    reading = parse_export(text)
    assert reading.format is ExportFormat.MYKI
    assert [(e.site, e.username, e.password) for e in reading.entries] == [
        ("forum.example.com", "alice", "hunter2x"),
        ("Only a name", "bob", "s3cret!"),
    ]


def test_myki_two_factor_file_has_no_passwords_to_audit() -> None:
    """Myki's `User2FA.csv` sits next to `UserAccount.csv`; it holds one-time-code secrets, no
    password, so it is refused with the way out rather than read as logins."""
    text = _rows_for(
        "Nickname,Additional Info,Two Factor Secret,Status",
        {"Nickname": "Forum", "Two Factor Secret": "JBSWY3DPEHPK3PXP", "Status": "active"},
    )
    with pytest.raises(VaultImportError):
        parse_export(text)


def test_a_layout_credited_to_dropbox_without_a_sample_names_nobody() -> None:
    """Another project's test credits `title,website,login,password,notes,otpSecret` to Dropbox
    Passwords, unlike the Dropbox export we hold: it is read, and no manager is named on a
    guess."""
    reading = parse_export(
        _rows_for(
            "title,website,login,password,notes,otpSecret",
            {
                "title": "Forum",
                "website": "https://forum.example.com",
                "login": "alice",
                "password": "hunter2x",
            },
        )
    )
    assert reading.format is ExportFormat.GENERIC
    assert [(e.site, e.username, e.password) for e in reading.entries] == [
        ("forum.example.com", "alice", "hunter2x")
    ]


# ----- files without a header row ------------------------------------------------------------


def test_keeper_has_no_header_row() -> None:
    text = (
        'Business,Twitter,marketing@example.com,"a bad, password",https://twitter.com,'
        "Notes!,,API Key,131939\n"
        "Social,Facebook,craig@example.com,Tyc,https://facebook.com,,Shared#edit\n"
        ",Only a note,,,,some text,\n"
    )
    reading = parse_export(text)
    assert reading.format is ExportFormat.KEEPER
    assert [(e.site, e.username, e.password) for e in reading.entries] == [
        ("twitter.com", "marketing@example.com", "a bad, password"),
        ("facebook.com", "craig@example.com", "Tyc"),
    ]
    assert reading.skipped == ((SkipReason.NOT_A_LOGIN, 1),)


def test_dashlanes_old_export_has_no_header_row() -> None:
    text = (
        '"empty entry"\n'
        '"Forum","https://forum.example.com/","alice","hunter2",""\n'
        '"Bank","bank.example.net","bob","Tr0ub4dor&3","a note"\n'
        '"no password","https://x.example","carol","",""\n'
    )
    reading = parse_export(text)
    assert reading.format is ExportFormat.DASHLANE
    assert [(e.row, e.site, e.username) for e in reading.entries] == [
        (2, "forum.example.com", "alice"),
        (3, "bank.example.net", "bob"),
    ]
    assert dict(reading.skipped) == {SkipReason.FOLDER: 1, SkipReason.NO_PASSWORD: 1}


def test_universal_password_manager_has_no_header_row() -> None:
    text = (
        'twitter.com,ostqxi,"SoNEw,vU",https://twitter.com/,\n'
        "ovh.com,bynbyjhqjz,3Z-VW,https://www.ovh.com/manager/web/,\n"
        "notes,,,,some text\n"
    )
    reading = parse_export(text)
    assert reading.format is ExportFormat.UPM
    assert [(e.site, e.username, e.password) for e in reading.entries] == [
        ("twitter.com", "ostqxi", "SoNEw,vU"),
        ("ovh.com", "bynbyjhqjz", "3Z-VW"),
    ]


def test_a_header_we_do_not_know_is_not_taken_for_a_file_without_one() -> None:
    # Keeper's layout (a site in the fifth of six or more columns) fits every row but the
    # first, which names the columns: somebody else's file, not Keeper's.
    text = "Date,Text,Amount,Balance,Link,Ref\n" + "1.1.,Shop,12,100,https://shop.example,x\n" * 9
    with pytest.raises(UnknownLayoutError):
        read_export(text)


def test_a_headerless_file_of_nobody_we_know_is_refused_with_the_way_out(
    tmp_path: Path,
) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(b"alice;hunter2\nbob;Tr0ub4dor&3\n")
    with pytest.raises(UnknownLayoutError, match=r"x\.csv: This file does not look like"):
        read_export_file(path)
    # Only this refusal is an unknown layout: the column chooser cannot help with the others.
    for data in (b"", b"\x00\x01\x02", b"name,url\n\xff\n"):
        with pytest.raises(VaultImportError) as other:
            read_export(data)
        assert not isinstance(other.value, UnknownLayoutError)
    with pytest.raises(UnknownLayoutError) as info:
        read_export("alice;hunter2\nbob;Tr0ub4dor&3\n")
    message = str(info.value)
    for name in supported_names():
        assert name in message
    assert "choose which column holds what" in message


# ----- rows that are not logins ---------------------------------------------------------------


def test_firefox_sync_key_is_not_a_login() -> None:
    text = (
        '"url","username","password","httpRealm","formActionOrigin","guid","timeCreated",'
        '"timeLastUsed","timePasswordChanged"\r\n'
        '"chrome://FirefoxAccounts","b2a4c3","{""kSync"":""x""}","Firefox Accounts credentials",'
        '"","{1}","1","1","1"\r\n'
        '"https://forum.example.com","alice","hunter2","","https://forum.example.com","{2}",'
        '"1","1","1"'
    )
    reading = parse_export(text)
    assert reading.format is ExportFormat.FIREFOX
    assert [e.site for e in reading.entries] == ["forum.example.com"]
    assert reading.skipped == ((SkipReason.SYNC_KEY, 1),)
    assert str(reading.skipped_text()) == (
        "1 row was not counted as a login: the browser's own Sync key, which is not a "
        "website login (1)."
    )


def test_notes_cards_identities_and_folders_are_counted_apart() -> None:
    text = (
        "folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,"
        "login_password,login_totp\n"
        ",,login,Forum,,,,https://forum.example.com,alice,hunter2,\n"
        ",,note,A note,secret text,,,,,,\n"
        ",,card,Visa,,,,,,,\n"
        ",,identity,Me,,,,,,,\n"
        ",,login,No password,,,,https://x.example.com,bob,,\n"
        ",,login,,,,,,,,\n"
    )
    reading = parse_export(text)
    assert len(reading.entries) == 1
    assert dict(reading.skipped) == {
        SkipReason.NOT_A_LOGIN: 3,
        SkipReason.NO_PASSWORD: 1,
        SkipReason.FOLDER: 1,
    }
    assert reading.skipped[0] == (SkipReason.NOT_A_LOGIN, 3)  # most common first
    assert reading.skipped_total == 5
    assert str(reading.skipped_text()) == (
        "5 rows were not counted as logins: secure notes, cards, identities and other items "
        "that are not logins (3), folders and empty items (1) and logins with no password "
        "saved (1)."
    )


def test_a_typed_row_with_a_password_is_still_not_a_login() -> None:
    # 1Password's identity holds a username, NordPass's card a PIN in the password column.
    onepassword = (
        "Title,URL,Username,Password,Notes,Type,password(password),username(username),URL(url)\n"
        "Me,,me,x,,Identity,,,\n"
        "Bank,https://bank.example.net,alice,pw,,Login,,,\n"
    )
    reading = parse_export(onepassword)
    assert reading.format is ExportFormat.ONEPASSWORD
    assert [e.site for e in reading.entries] == ["bank.example.net"]
    assert reading.skipped == ((SkipReason.NOT_A_LOGIN, 1),)


def test_lastpass_secure_notes_and_nordpass_folders() -> None:
    lastpass = (
        "url,username,password,totp,extra,name,grouping,fav\n"
        "http://sn,,,,the note,Note,,0\n"
        "http://sn,,kept-in-a-note,,NoteType:Server,Server,,0\n"
        "https://forum.example.com,alice,hunter2,,,Forum,,0\n"
    )
    reading = parse_export(lastpass)
    assert [e.site for e in reading.entries] == ["forum.example.com"]
    assert reading.skipped == ((SkipReason.NOT_A_LOGIN, 2),)
    nordpass = (
        "name,url,username,password,note,cardholdername,cardnumber,cvc,expirydate,zipcode,"
        "folder,full_name,phone_number,email,address1,address2,city,country,state,type\n"
        "Work,,,,,,,,,,,,,,,,,,,folder\n"
        "Visa,,,1234,,A,4111,123,12/30,,,,,,,,,,,credit_card\n"
        "Forum,https://forum.example.com,alice,hunter2,,,,,,,Work,,,,,,,,,password\n"
    )
    reading = parse_export(nordpass)
    assert reading.format is ExportFormat.NORDPASS
    assert [e.site for e in reading.entries] == ["forum.example.com"]
    assert dict(reading.skipped) == {SkipReason.FOLDER: 1, SkipReason.NOT_A_LOGIN: 1}


def test_blur_writes_undefined_for_an_empty_cell() -> None:
    text = (
        '"domain","label","username","email","password"\n'
        "undefined,me@example.org,me,,pw1\n"
        "undefined,empty entry,,,undefined\n"
    )
    reading = parse_export(text)
    assert reading.format is ExportFormat.BLUR
    assert [(e.site, e.username, e.password) for e in reading.entries] == [
        ("me@example.org", "me", "pw1")
    ]
    assert reading.skipped == ((SkipReason.FOLDER, 1),)


# ----- quoting variants ----------------------------------------------------------------------

_ONEPASSWORD7 = (
    '"Notes","Password","Title","Type","URL","Username","password(password)",'
    '"username(username)","URL(url)"\n'
    '"say \\"hi\\"","pa\\\\ss","Forum","Login","https://forum.example.com","alice","","",""\n'
    '"","back\\slash","Bank","Login","https://bank.example.net","bob","","",""\n'
)


def test_1password7_backslash_escaped_quotes_do_not_shift_fields() -> None:
    reading = parse_export(_ONEPASSWORD7)
    assert reading.format is ExportFormat.ONEPASSWORD
    assert [(e.site, e.username, e.password) for e in reading.entries] == [
        ("forum.example.com", "alice", "pa\\ss"),
        ("bank.example.net", "bob", "back\\slash"),
    ]


def test_a_backslash_in_a_normal_export_is_kept() -> None:
    text = 'name,url,username,password\nX,https://x.example,u,"a\\"""\nY,https://y.example,v,b\\\n'
    _, entries = read_export(text)
    assert [e.password for e in entries] == ['a\\"', "b\\"]


LOGINS = [("forum.example.com", "alice", "hun;ter2"), ("bank.example.net", "bob", "Tr0ub\t4")]


def _chrome(delimiter: str, newline: str) -> str:
    rows = [["name", "url", "username", "password", "note"]]
    rows += [[s, f"https://{s}", u, p, ""] for s, u, p in LOGINS]
    return newline.join(delimiter.join(f'"{c}"' for c in r) for r in rows) + newline


@pytest.mark.parametrize(
    ("delimiter", "newline", "encoding"),
    [
        (",", "\r\r\n", "utf-8"),  # CR CR LF
        ("\t", "\r\n", "utf-8"),
        (";", "\n", "utf-8-sig"),
        (",", "\r\n", "utf-16"),  # with a BOM
        (",", "\r\n", "utf-16-le"),  # without one
        ("\t", "\n", "utf-16-be"),
    ],
)
def test_separators_line_endings_and_encodings(delimiter: str, newline: str, encoding: str) -> None:
    data = _chrome(delimiter, newline).encode(encoding)
    if encoding == "utf-16":
        assert data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    reading = parse_export(data)
    assert reading.format is ExportFormat.CHROMIUM
    assert [(e.site, e.username, e.password) for e in reading.entries] == LOGINS
    assert reading.skipped == ()


def test_a_trailing_empty_column_changes_nothing() -> None:
    text = "url,username,password,\nhttps://a.example,alice,pw,\nhttps://b.example,bob,pw2,\n"
    reading = parse_export(text)
    assert [(e.site, e.password) for e in reading.entries] == [
        ("a.example", "pw"),
        ("b.example", "pw2"),
    ]
    keepass = (
        '"Account","Login Name","Password","Web Site","Comments",\n'
        '"Forum","alice","hunter2","https://forum.example.com","",\n'
    )
    assert parse_export(keepass).format is ExportFormat.KEEPASS


# ----- never a crash ---------------------------------------------------------------------------

_PIECES = st.sampled_from(
    ['"', '\\"', "\\", ",", ";", "\t", "\r", "\n", "\r\r\n", "password", "url", "x", "é", "\x00"]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES | st.text(max_size=6), max_size=40))
def test_any_text_is_read_or_refused_in_one_line(pieces: list[str]) -> None:
    text = "".join(pieces)
    for data in (text, text.encode("utf-8", "surrogatepass"), text.encode("utf-16")):
        try:
            reading = parse_export(data)
        except VaultImportError as exc:
            assert "\n" not in str(exc)
        else:
            assert all(e.password for e in reading.entries)
        try:
            rows = preview_rows(data, limit=3)
        except VaultImportError:
            pass
        else:
            assert len(rows) <= 3


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.text(max_size=12), max_size=12),
    st.integers(0, 5),
    st.one_of(st.none(), st.integers(0, 5)),
    st.booleans(),
)
def test_identify_and_any_column_choice_never_crash(
    header: list[str], password: int, site: int | None, has_header: bool
) -> None:
    identify(header)
    if site == password:
        site = None
    text = ",".join(f'"{h}"' for h in header) + "\nA,B,C,D,E,F\n"
    try:
        reading = parse_export(text, columns=ColumnMapping(site, None, password, has_header))
    except VaultImportError as exc:
        assert "no column" in str(exc)
    else:
        assert reading.format is ExportFormat.MAPPED


def test_peek_names_a_file_from_its_first_bytes() -> None:
    keeper = (
        "Business,Twitter,marketing@example.com,pw,https://twitter.com,Notes!,\n" * 40
    ).encode()
    assert peek_format(keeper[:4096]) is ExportFormat.KEEPER
    roboform = b"Name,Url,MatchUrl,Login,Pwd,Note,Folder,RfFieldsV2\r\nA,https://a.example"
    assert peek_format(roboform) is ExportFormat.ROBOFORM
    assert peek_format(b"\x00\x01binary") is None
    assert peek_format(b"colour,size\nred,1\n") is None

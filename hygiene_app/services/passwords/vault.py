"""Reading password-manager CSV exports: detect the format from the header row, return the logins.

Every supported manager writes a header row; the format is recognised from the set of column
names (case-insensitive, any order, extra columns allowed), so a manager adding a column does
not break the import. Real header rows (provenance in tests/fixtures/exports/PROVENANCE.md):

    Bitwarden    folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,
                 login_password,login_totp          (organisation exports: collections,...)
    1Password    Title,Url,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes
    Chromium     name,url,username,password,note    (Chrome, Edge, Brave; older: no note)
    Firefox      "url","username","password","httpRealm","formActionOrigin","guid",
                 "timeCreated","timeLastUsed","timePasswordChanged"
    KeePassXC    "Group","Title","Username","Password","URL","Notes","TOTP","Icon",
                 "Last Modified","Created"          (older: no TOTP, Icon)
    LastPass     url,username,password,totp,extra,name,grouping,fav   (older: no totp)
    Proton Pass  type,name,url,email,username,password,note,totp,createTime,modifyTime,vault
                 (older: no email; newer: an extra autofillUrls column)
    Apple        Title,URL,Username,Password,Notes,OTPAuth
    Dashlane     username,username2,username3,title,password,note,url,category,otpSecret
                 (newer: otpUrl instead of otpSecret; the credentials.csv of its export)
    NordPass     name,url,username,password,note,cardholdername,cardnumber,cvc,expirydate,
                 zipcode,folder,full_name,phone_number,email,address1,address2,city,country,
                 state,type          (newer: additional_urls after url, custom_fields last)
    Enpass       no columns: each row is a title, then label/value pairs ("Username", "alice",
                 "*Password", "...", "Website", "https://..."), then a note when the row has an
                 even length; old versions start with the row
                 "Title","Field","Value","Field","Value",.........,"Note"

Anything else is read as a generic list when its header has a password column and a url or
name column (`url,username,password` is what many tools write), matched case-insensitively
with common synonyms (`_GENERIC_*`): a list of logins whatever wrote it.

Privacy: a password is held only in `VaultEntry.password` (never in its repr) and never appears
in an error message; messages name lines and columns, not content.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

from hygiene_app.engine.i18n import N_, and_joined, as_text, fmt
from hygiene_app.engine.safe_read import FileRefused, read_regular_file

#: A bigger file is not a password export (10,000 logins take about 2 MB).
MAX_EXPORT_BYTES = 50 * 1024 * 1024


class ExportFormat(StrEnum):
    BITWARDEN = "bitwarden"
    ONEPASSWORD = "1password"
    CHROMIUM = "chromium"
    FIREFOX = "firefox"
    KEEPASSXC = "keepassxc"
    LASTPASS = "lastpass"
    PROTON_PASS = "proton_pass"  # noqa: S105 - a format name, not a password
    APPLE = "apple"
    DASHLANE = "dashlane"
    NORDPASS = "nordpass"
    ENPASS = "enpass"
    #: Not a manager: a header with a password column and a url or name column.
    GENERIC = "generic"
    #: Not a manager: a file read with the columns the person chose (`ColumnMapping`).
    MAPPED = "mapped"

    @property
    def display_name(self) -> str:
        return _DISPLAY_NAMES[self]


_DISPLAY_NAMES: dict[ExportFormat, str] = {
    ExportFormat.BITWARDEN: "Bitwarden",
    ExportFormat.ONEPASSWORD: "1Password",
    ExportFormat.CHROMIUM: N_("Chrome, Edge or Brave"),
    ExportFormat.FIREFOX: "Firefox",
    ExportFormat.KEEPASSXC: "KeePassXC",
    ExportFormat.LASTPASS: "LastPass",
    ExportFormat.PROTON_PASS: "Proton Pass",
    ExportFormat.APPLE: N_("Apple Passwords (Safari)"),
    ExportFormat.DASHLANE: "Dashlane",
    ExportFormat.NORDPASS: "NordPass",
    ExportFormat.ENPASS: "Enpass",
    ExportFormat.GENERIC: N_("generic CSV"),
    ExportFormat.MAPPED: N_("a CSV read with the columns you chose"),
}


def supported_formats_text() -> str:
    """'Bitwarden, 1Password, ... and Enpass' for messages: the managers recognised by name."""
    return and_joined(
        [
            f.display_name
            for f in ExportFormat
            if f not in (ExportFormat.GENERIC, ExportFormat.MAPPED)
        ]
    )


@dataclass(frozen=True, slots=True)
class VaultEntry:
    """One login from an export. The password never shows in a repr, log or traceback."""

    row: int  # 1-based data row (record) in the file, the header not counted
    site: str  # the URL's host when there is one, else the entry's name
    username: str
    password: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Which column holds what, chosen by the person for a file with no header row or one that
    matches no format (0-based column indexes). Nothing about the file is remembered."""

    site: int | None
    username: int | None
    password: int
    has_header: bool

    def __post_init__(self) -> None:
        chosen = [c for c in (self.site, self.username, self.password) if c is not None]
        if any(c < 0 for c in chosen):
            raise ValueError("column indexes start at 0")
        if len(set(chosen)) != len(chosen):
            raise ValueError("one column cannot hold two things")


class VaultImportError(ValueError):
    """The file cannot be read as a password export. The message is one plain line; `text`
    keeps it translatable (`str()` of the error is the English)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


@dataclass(frozen=True, slots=True)
class _Layout:
    fmt: ExportFormat
    required: frozenset[str]  # every one of these columns (lower-case)
    any_of: frozenset[str]  # and at least one of these, when not empty
    none_of: frozenset[str]  # and none of these
    url: tuple[str, ...]  # columns tried in order for the site's URL
    name: tuple[str, ...]  # columns tried in order for the entry's name
    username: tuple[str, ...]
    cred_column: str  # the password column
    #: Rows of another kind (notes, cards) are skipped: (column, allowed values).
    kind: tuple[str, frozenset[str]] | None = None


def _cols(*names: str) -> frozenset[str]:
    return frozenset(names)


#: Most specific first; the first layout that fits the header wins.
_LAYOUTS: tuple[_Layout, ...] = (
    _Layout(
        ExportFormat.BITWARDEN,
        required=_cols("login_uri", "login_username", "login_password"),
        any_of=_cols(),
        none_of=_cols(),
        url=("login_uri",),
        name=("name",),
        username=("login_username",),
        cred_column="login_password",
        kind=("type", frozenset({"", "login"})),
    ),
    _Layout(
        ExportFormat.PROTON_PASS,
        required=_cols("type", "name", "url", "password", "vault"),
        any_of=_cols("username", "email"),
        none_of=_cols(),
        url=("url",),
        name=("name",),
        username=("username", "email"),
        cred_column="password",
        kind=("type", frozenset({"", "login"})),
    ),
    _Layout(
        ExportFormat.NORDPASS,
        required=_cols("name", "url", "username", "password", "type"),
        any_of=_cols("cardholdername", "cardnumber", "full_name", "folder", "additional_urls"),
        none_of=_cols(),
        url=("url",),
        name=("name",),
        username=("username", "email"),
        cred_column="password",
        kind=("type", frozenset({"", "password"})),
    ),
    _Layout(
        ExportFormat.FIREFOX,
        required=_cols("url", "username", "password"),
        any_of=_cols("httprealm", "formactionorigin", "guid", "timepasswordchanged"),
        none_of=_cols(),
        url=("url",),
        name=(),
        username=("username",),
        cred_column="password",
    ),
    _Layout(
        ExportFormat.LASTPASS,
        required=_cols("url", "username", "password", "extra", "name", "grouping"),
        any_of=_cols(),
        none_of=_cols(),
        url=("url",),
        name=("name",),
        username=("username",),
        cred_column="password",
    ),
    _Layout(
        ExportFormat.DASHLANE,
        required=_cols("username", "title", "password", "url"),
        any_of=_cols("username2", "username3", "otpsecret", "otpurl"),
        none_of=_cols(),
        url=("url",),
        name=("title",),
        username=("username", "username2", "username3"),
        cred_column="password",
    ),
    _Layout(
        ExportFormat.KEEPASSXC,
        required=_cols("group", "title", "username", "password", "url"),
        any_of=_cols(),
        none_of=_cols(),
        url=("url",),
        name=("title",),
        username=("username",),
        cred_column="password",
    ),
    _Layout(
        ExportFormat.ONEPASSWORD,
        required=_cols("title", "url", "username", "password"),
        any_of=_cols("favorite", "archived", "tags"),
        none_of=_cols(),
        url=("url",),
        name=("title",),
        username=("username",),
        cred_column="password",
    ),
    _Layout(
        ExportFormat.APPLE,
        required=_cols("title", "url", "username", "password"),
        any_of=_cols(),
        none_of=_cols("group", "favorite", "archived", "tags"),
        url=("url",),
        name=("title",),
        username=("username",),
        cred_column="password",
    ),
    _Layout(
        ExportFormat.CHROMIUM,
        required=_cols("name", "url", "username", "password"),
        any_of=_cols(),
        none_of=_cols("type", "vault", "extra", "grouping", "title", "group"),
        url=("url",),
        name=("name",),
        username=("username",),
        cred_column="password",
    ),
)

#: LastPass writes secure notes with this pseudo-URL.
_NOTE_URLS = frozenset({"http://sn", "https://sn"})
_DELIMITERS = (",", ";", "\t")


def _normalise(name: str) -> str:
    return name.strip().strip("\ufeff").strip().lower()


def _named_layout(names: frozenset[str]) -> _Layout | None:
    for layout in _LAYOUTS:
        if not layout.required <= names:
            continue
        if layout.any_of and not (layout.any_of & names):
            continue
        if layout.none_of & names:
            continue
        return layout
    return None


# ----- a generic list: a password column and a url or name column -------------------------------
#
# Column names are compared in a compact form (lower case, no spaces, "_" or "-"), so that
# "User Name", "user_name" and "username" are one name. Each tuple is in order of preference.

_GENERIC_PASSWORD = ("password", "passwd", "pass", "pwd", "loginpassword")
_GENERIC_URL = (
    "url",
    "loginuri",
    "loginurl",
    "uri",
    "urls",
    "website",
    "websiteaddress",
    "webaddress",
    "site",
    "hostname",
    "host",
    "domain",
    "origin",
)
_GENERIC_NAME = ("name", "title", "itemname", "entryname", "accountname", "service", "account")
_GENERIC_USERNAME = (
    "username",
    "loginusername",
    "login",
    "loginname",
    "user",
    "userid",
    "email",
    "emailaddress",
)


def _compact(name: str) -> str:
    return "".join(c for c in _normalise(name) if c not in " _-")


def _generic_layout(header: Sequence[str]) -> _Layout | None:
    """A layout for any header with a password column and a url or name column."""
    by_compact: dict[str, str] = {}
    for cell in header:
        by_compact.setdefault(_compact(cell), _normalise(cell))

    def found(synonyms: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(by_compact[s] for s in synonyms if s in by_compact)

    passwords = found(_GENERIC_PASSWORD)
    url, name = found(_GENERIC_URL), found(_GENERIC_NAME)
    if not passwords or not (url or name):
        return None
    return _Layout(
        ExportFormat.GENERIC,
        required=frozenset({passwords[0]}),
        any_of=frozenset(url + name),
        none_of=frozenset(),
        url=url,
        name=name,
        username=found(_GENERIC_USERNAME),
        cred_column=passwords[0],
    )


# ----- Enpass: label/value pairs instead of columns --------------------------------------------

#: The first row old Enpass versions write (the dots are literal).
_ENPASS_HEADER = ("title", "field", "value")
_ENPASS_USER_LABELS = ("username", "login", "e-mail", "email")
_ENPASS_URL_LABELS = ("website", "url")
#: Column names a header row would hold where an Enpass row holds values.
_HEADER_WORDS = frozenset(_GENERIC_PASSWORD + _GENERIC_URL + _GENERIC_NAME)


def _enpass_label(cell: str) -> str:
    """Enpass marks sensitive fields with a star: "*Password" is "password"."""
    return _normalise(cell).removeprefix("*").strip()


def _enpass_pairs_end(row: Sequence[str]) -> int:
    """Where the label/value pairs end: a row of even length ends with an unpaired note."""
    return len(row) - 1 if len(row) % 2 == 0 else len(row)


def _is_enpass_header(row: Sequence[str]) -> bool:
    return tuple(_normalise(c) for c in row[:3]) == _ENPASS_HEADER


def _is_enpass_login_row(row: Sequence[str]) -> bool:
    """A headerless Enpass login: "Title","Username","alice","*Password","...",...

    A header row is told apart by its words: it would have a column name (password, url,
    name...) where an Enpass row has the title and the values."""
    end = _enpass_pairs_end(row)
    if end < 5:
        return False
    labels = {_enpass_label(row[i]) for i in range(1, end - 1, 2)}
    if "password" not in labels or not labels & {*_ENPASS_USER_LABELS, *_ENPASS_URL_LABELS}:
        return False
    values = [row[0], *(row[i] for i in range(2, end, 2))]
    return not any(_compact(v) in _HEADER_WORDS for v in values)


#: How many rows are looked at to recognise a headerless Enpass file whose first item is not
#: a login (a card or a note).
_ENPASS_SCAN_ROWS = 20


def _enpass_entries(rows: Sequence[Sequence[str]]) -> list[VaultEntry]:
    """The logins of an Enpass CSV (`rows` without blank ones and without its header)."""
    entries: list[VaultEntry] = []
    for number, row in enumerate(rows, start=1):
        fields: dict[str, str] = {}
        end = _enpass_pairs_end(row)
        for i in range(1, end - 1, 2):
            label, value = _enpass_label(row[i]), row[i + 1]
            if label and value.strip() and label not in fields:
                fields[label] = value
        password = fields.get("password", "")
        if not password:
            continue  # a note, a card, an identity
        url = next((fields[k].strip() for k in _ENPASS_URL_LABELS if k in fields), "")
        username = next((fields[k].strip() for k in _ENPASS_USER_LABELS if k in fields), "")
        site = _host(url) or row[0].strip() or url
        entries.append(VaultEntry(row=number, site=site, username=username, password=password))
    return entries


# ----- which format ---------------------------------------------------------------------------

#: What `_classify` found: a column layout, or Enpass's pairs (with or without a header row).
_Kind = _Layout | tuple[ExportFormat, bool]


def _classify(rows: Sequence[Sequence[str]]) -> _Kind | None:
    """The format of the non-blank `rows` of a file, from its first row (and, for a headerless
    Enpass file, the first few rows). Named managers first, then Enpass, then generic."""
    if not rows:
        return None
    header = rows[0]
    layout = _named_layout(frozenset(_normalise(h) for h in header))
    if layout is not None:
        return layout
    if _is_enpass_header(header):
        return (ExportFormat.ENPASS, True)
    if _is_enpass_login_row(header):
        return (ExportFormat.ENPASS, False)
    generic = _generic_layout(header)
    if generic is not None:
        return generic
    if any(_is_enpass_login_row(r) for r in rows[1:_ENPASS_SCAN_ROWS]):
        return (ExportFormat.ENPASS, False)
    return None


def _format_of(kind: _Kind) -> ExportFormat:
    return kind.fmt if isinstance(kind, _Layout) else kind[0]


def detect_format(header: Sequence[str]) -> ExportFormat | None:
    """The export format a header row (the first row of a file) belongs to, or None."""
    kind = _classify([list(header)]) if header else None
    return _format_of(kind) if kind is not None else None


def _decode(data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # A spreadsheet's "Unicode text" save; the BOM makes it unambiguous.
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise VaultImportError(
                N_("The file starts like UTF-16 text but is not valid UTF-16.")
            ) from None
    if b"\x00" in data:
        raise VaultImportError(
            N_(
                "This is not a text file (it contains binary data), so it is not a password "
                "export. Export your passwords again as CSV."
            )
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise VaultImportError(
            fmt(
                N_(
                    "The file is not UTF-8 text (first bad byte on line {line}). Export it "
                    "again from your password manager and do not open or save it in a "
                    "spreadsheet first."
                ),
                line=line,
            )
        ) from None


def _rows(text: str, delimiter: str) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    try:
        return list(reader)
    except csv.Error:
        # The csv module's messages name no content, but say it in our words anyway.
        raise VaultImportError(
            fmt(
                N_(
                    "The file is not a readable CSV file (near line {line}): a field is too "
                    "long or the quoting is broken."
                ),
                line=reader.line_num,
            )
        ) from None


def _blank(row: Sequence[str]) -> bool:
    return all(not cell.strip() for cell in row)


def _unknown_header_message() -> str:
    return fmt(
        N_(
            "This file does not look like a password export: its first row matches none of the "
            "formats supported ({formats}) and has no password column next to a url or name "
            "column. Export your passwords as CSV from one of these and try again."
        ),
        formats=supported_formats_text(),
    )


def _host(url: str) -> str:
    url = url.strip()
    if not url:
        return ""
    # Bitwarden joins several URIs with commas, Proton Pass with ", ": the first one names it.
    first = url.split(",")[0].strip()
    try:
        parts = urlsplit(first if "://" in first else "//" + first)
        host = parts.hostname or ""
    except ValueError:
        host = ""
    return host.removeprefix("www.") if host else ""


class _Getter(Protocol):
    def __call__(self, row: Sequence[str], names: tuple[str, ...], *, raw: bool = ...) -> str: ...


def _cell_getter(header: Sequence[str]) -> _Getter:
    index: dict[str, int] = {}
    for i, name in enumerate(header):
        index.setdefault(_normalise(name), i)

    def get(row: Sequence[str], names: tuple[str, ...], *, raw: bool = False) -> str:
        """The first non-blank cell of `names`; `raw` keeps a cell of spaces (a password)."""
        for name in names:
            i = index.get(name)
            if i is not None and i < len(row):
                value = row[i]
                if value if raw else value.strip():
                    return value
        return ""

    return get


def _text_of(data: bytes | str) -> str:
    """The text of an export, or `VaultImportError` (not text, not UTF-8/UTF-16, empty)."""
    if isinstance(data, bytes):
        text = _decode(data)
    else:
        text = data.removeprefix("\ufeff")
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise VaultImportError(
                N_("The text contains characters that cannot be encoded (lone surrogates).")
            ) from None
    if not text.strip():
        raise VaultImportError(N_("The file is empty."))
    return text


#: How much of a file is looked at to guess its separator.
_SNIFF_CHARS = 64 * 1024
_SNIFF_ROWS = 20


def _sniff_delimiter(text: str) -> str:
    """The separator of a file with no header we recognise: the one that splits the first rows
    into the same number (more than one) of columns most often; ',' when nothing does."""
    best, best_score = ",", 0
    for delimiter in _DELIMITERS:
        reader = csv.reader(io.StringIO(text[:_SNIFF_CHARS], newline=""), delimiter=delimiter)
        widths: list[int] = []
        try:
            for row in reader:
                if not _blank(row):
                    widths.append(len(row))
                if len(widths) >= _SNIFF_ROWS:
                    break
        except csv.Error:
            continue
        if not widths or max(widths) < 2:
            continue
        common = max(set(widths), key=lambda w: (widths.count(w), w))
        score = widths.count(common) if common > 1 else 0
        if score > best_score:
            best, best_score = delimiter, score
    return best


def preview_rows(data: bytes | str, limit: int = 5) -> tuple[tuple[str, ...], ...]:
    """The first `limit` non-blank rows of a file, split into cells, for choosing its columns
    by hand (`ColumnMapping`). Passwords are not told apart here: the caller masks cells.

    Raises `VaultImportError` when the file is not text, like `read_export`."""
    text = _text_of(data)
    delimiter = _sniff_delimiter(text)
    rows: list[tuple[str, ...]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    try:
        for row in reader:
            if len(rows) >= limit:
                break
            if not _blank(row):
                rows.append(tuple(row))
    except csv.Error:
        raise VaultImportError(
            fmt(
                N_(
                    "The file is not a readable CSV file (near line {line}): a field is too "
                    "long or the quoting is broken."
                ),
                line=reader.line_num,
            )
        ) from None
    return tuple(rows)


def _mapped_entries(text: str, columns: ColumnMapping) -> list[VaultEntry]:
    """The logins of a file read with the columns the person chose."""
    rows = [r for r in _rows(text, _sniff_delimiter(text)) if not _blank(r)]
    if columns.has_header:
        rows = rows[1:]
    width = max((len(r) for r in rows), default=0)
    if columns.password >= width:
        raise VaultImportError(
            fmt(
                N_("The file has no column {column}: it has {count} columns."),
                column=columns.password + 1,
                count=width,
            )
        )

    def cell(row: Sequence[str], index: int | None) -> str:
        return row[index] if index is not None and index < len(row) else ""

    entries: list[VaultEntry] = []
    for number, row in enumerate(rows, start=1):
        password = cell(row, columns.password)
        if not password:
            continue
        site_cell = cell(row, columns.site).strip()
        site = _host(site_cell) if "." in site_cell or "://" in site_cell else ""
        entries.append(
            VaultEntry(
                row=number,
                site=site or site_cell,
                username=cell(row, columns.username).strip(),
                password=password,
            )
        )
    return entries


def read_export(
    data: bytes | str, *, columns: ColumnMapping | None = None
) -> tuple[ExportFormat, list[VaultEntry]]:
    """Parse an export: its format and the entries that have a password.

    Tolerates a BOM, CRLF, quoted newlines, extra or missing trailing columns, blank rows and
    a ';' or tab separator (a spreadsheet's re-save). Entries without a password (notes, cards,
    LastPass secure notes) are skipped. Anything else raises `VaultImportError` with one line.
    With `columns`, the file is read with the person's choice of columns (`ExportFormat.MAPPED`)
    whatever its header says.
    """
    text = _text_of(data)
    if columns is not None:
        return ExportFormat.MAPPED, _mapped_entries(text, columns)

    kind: _Kind | None = None
    rows: list[list[str]] = []
    for delimiter in _DELIMITERS:
        rows = [r for r in _rows(text, delimiter) if not _blank(r)]
        if not rows:
            raise VaultImportError(N_("The file has no rows, only blank lines."))
        kind = _classify(rows)
        if kind is not None:
            break
        if delimiter == "," and len(rows[0]) > 1:
            break  # a real comma-separated header: the separator is not the problem
    if kind is None:
        raise VaultImportError(_unknown_header_message())
    if not isinstance(kind, _Layout):
        export_format, has_header = kind
        return export_format, _enpass_entries(rows[1:] if has_header else rows)
    return kind.fmt, _column_entries(kind, rows)


def _column_entries(layout: _Layout, rows: Sequence[Sequence[str]]) -> list[VaultEntry]:
    """The logins of a file with a header row (`rows` without blank ones, header first)."""
    get = _cell_getter(rows[0])
    entries: list[VaultEntry] = []
    for number, row in enumerate(rows[1:], start=1):
        password = get(row, (layout.cred_column,), raw=True)
        if not password:
            continue
        if layout.kind is not None:
            column, allowed = layout.kind
            if get(row, (column,)).strip().lower() not in allowed:
                continue
        url = get(row, layout.url).strip()
        if url.lower() in _NOTE_URLS:
            continue
        name = get(row, layout.name).strip()
        site = _host(url) or name or url
        username = get(row, layout.username).strip()
        entries.append(VaultEntry(row=number, site=site, username=username, password=password))
    return entries


def peek_format(head: bytes) -> ExportFormat | None:
    """The format of a file from its first bytes (e.g. 4 KB), never raising; for finding
    exports left on disk without reading their passwords."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = head.decode("utf-16", errors="replace")
    else:
        if b"\x00" in head:
            return None
        text = head.decode("utf-8-sig", errors="replace")
    for line in text.splitlines():
        if not line.strip():
            continue
        for delimiter in _DELIMITERS:
            try:
                header = next(csv.reader([line], delimiter=delimiter))
            except (csv.Error, StopIteration):
                return None
            found = detect_format(header)
            if found is not None:
                return found
        return None
    return None


def read_export_bytes(path: Path) -> bytes:
    """The bytes of an export file, at most `MAX_EXPORT_BYTES`.

    Only a regular file is read (a symlink to one is fine): a folder, named pipe, socket or
    device is refused in one line without a byte read (see `engine.safe_read`), so a pipe
    cannot hang the reader. Every message names the path once."""
    try:
        return read_regular_file(path, MAX_EXPORT_BYTES)
    except FileRefused as exc:
        problem = exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)
        raise VaultImportError(
            fmt(
                N_("{path} {problem}; choose the exported CSV file."),
                path=str(path),
                problem=as_text(problem),
            )
        ) from None
    except FileNotFoundError:
        raise VaultImportError(fmt(N_("{path} does not exist."), path=str(path))) from None
    except PermissionError:
        raise VaultImportError(
            fmt(N_("{path} cannot be read: permission denied."), path=str(path))
        ) from None
    except OSError as exc:
        # The OS's own words (strerror), quoted as data.
        raise VaultImportError(
            fmt(
                N_("{path} cannot be read: {error}."),
                path=str(path),
                error=exc.strerror or "error",
            )
        ) from None
    except ValueError:  # a NUL in the path
        raise VaultImportError(N_("The file name is not valid.")) from None


def read_export_file(
    path: Path, *, columns: ColumnMapping | None = None
) -> tuple[ExportFormat, list[VaultEntry]]:
    """`read_export` on a file (see `read_export_bytes`); every message names the path once."""
    data = read_export_bytes(path)
    try:
        return read_export(data, columns=columns)
    except VaultImportError as exc:
        raise VaultImportError(
            fmt(N_("{path}: {problem}"), path=str(path), problem=as_text(exc.text))
        ) from None

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

    @property
    def display_name(self) -> str:
        return _DISPLAY_NAMES[self]


_DISPLAY_NAMES: dict[ExportFormat, str] = {
    ExportFormat.BITWARDEN: "Bitwarden",
    ExportFormat.ONEPASSWORD: "1Password",
    ExportFormat.CHROMIUM: "Chrome, Edge or Brave",
    ExportFormat.FIREFOX: "Firefox",
    ExportFormat.KEEPASSXC: "KeePassXC",
    ExportFormat.LASTPASS: "LastPass",
    ExportFormat.PROTON_PASS: "Proton Pass",
    ExportFormat.APPLE: "Apple Passwords (Safari)",
}


def supported_formats_text() -> str:
    """'Bitwarden, 1Password, ..., and Apple Passwords (Safari)' for messages."""
    names = [f.display_name for f in ExportFormat]
    return ", ".join(names[:-1]) + " and " + names[-1]


@dataclass(frozen=True, slots=True)
class VaultEntry:
    """One login from an export. The password never shows in a repr, log or traceback."""

    row: int  # 1-based data row (record) in the file, the header not counted
    site: str  # the URL's host when there is one, else the entry's name
    username: str
    password: str = field(repr=False)


class VaultImportError(ValueError):
    """The file cannot be read as a password export. The message is one plain line."""


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

_BY_FORMAT = {layout.fmt: layout for layout in _LAYOUTS}

#: LastPass writes secure notes with this pseudo-URL.
_NOTE_URLS = frozenset({"http://sn", "https://sn"})
_DELIMITERS = (",", ";", "\t")


def _normalise(name: str) -> str:
    return name.strip().strip("\ufeff").strip().lower()


def _layout_for(header: Sequence[str]) -> _Layout | None:
    names = {_normalise(h) for h in header}
    for layout in _LAYOUTS:
        if not layout.required <= names:
            continue
        if layout.any_of and not (layout.any_of & names):
            continue
        if layout.none_of & names:
            continue
        return layout
    return None


def detect_format(header: Sequence[str]) -> ExportFormat | None:
    """The export format a header row belongs to, or None when it matches none."""
    layout = _layout_for(header)
    return layout.fmt if layout is not None else None


def _decode(data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # A spreadsheet's "Unicode text" save; the BOM makes it unambiguous.
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise VaultImportError(
                "The file starts like UTF-16 text but is not valid UTF-16."
            ) from None
    if b"\x00" in data:
        raise VaultImportError(
            "This is not a text file (it contains binary data), so it is not a password "
            "export. Export your passwords again as CSV."
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise VaultImportError(
            f"The file is not UTF-8 text (first bad byte on line {line}). Export it again from "
            "your password manager and do not open or save it in a spreadsheet first."
        ) from None


def _rows(text: str, delimiter: str) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    try:
        return list(reader)
    except csv.Error:
        # The csv module's messages name no content, but say it in our words anyway.
        raise VaultImportError(
            f"The file is not a readable CSV file (near line {reader.line_num}): a field is "
            "too long or the quoting is broken."
        ) from None


def _blank(row: Sequence[str]) -> bool:
    return all(not cell.strip() for cell in row)


def _unknown_header_message() -> str:
    return (
        "This file does not look like a password export: its first row matches none of the "
        f"formats supported ({supported_formats_text()}). Export your passwords as CSV from "
        "one of these and try again."
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


def read_export(data: bytes | str) -> tuple[ExportFormat, list[VaultEntry]]:
    """Parse an export: its format and the entries that have a password.

    Tolerates a BOM, CRLF, quoted newlines, extra or missing trailing columns, blank rows and
    a ';' or tab separator (a spreadsheet's re-save). Entries without a password (notes, cards,
    LastPass secure notes) are skipped. Anything else raises `VaultImportError` with one line.
    """
    if isinstance(data, bytes):
        text = _decode(data)
    else:
        text = data.removeprefix("\ufeff")
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise VaultImportError(
                "The text contains characters that cannot be encoded (lone surrogates)."
            ) from None
    if not text.strip():
        raise VaultImportError("The file is empty.")

    layout: _Layout | None = None
    rows: list[list[str]] = []
    for delimiter in _DELIMITERS:
        candidate = _rows(text, delimiter)
        header = next((r for r in candidate if not _blank(r)), None)
        if header is None:
            raise VaultImportError("The file has no rows, only blank lines.")
        layout = _layout_for(header)
        if layout is not None:
            rows = candidate
            break
        if delimiter == "," and len(header) > 1:
            break  # a real comma-separated header: the separator is not the problem
    if layout is None:
        raise VaultImportError(_unknown_header_message())

    start = next(i for i, r in enumerate(rows) if not _blank(r))
    header = rows[start]
    get = _cell_getter(header)
    entries: list[VaultEntry] = []
    number = 0
    for row in rows[start + 1 :]:
        if _blank(row):
            continue
        number += 1
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
    return layout.fmt, entries


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
            fmt = detect_format(header)
            if fmt is not None:
                return fmt
        return None
    return None


def read_export_file(path: Path) -> tuple[ExportFormat, list[VaultEntry]]:
    """`read_export` on a file, refusing anything over `MAX_EXPORT_BYTES`."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise VaultImportError(f"{path} is a folder; choose the exported CSV file.")
        if size > MAX_EXPORT_BYTES:
            raise VaultImportError(
                f"{path.name} is {size / 1024 / 1024:.0f} MB; a password export is far smaller "
                f"(the limit is {MAX_EXPORT_BYTES // 1024 // 1024} MB)."
            )
        with path.open("rb") as handle:
            data = handle.read(MAX_EXPORT_BYTES + 1)
    except FileNotFoundError:
        raise VaultImportError(f"{path} does not exist.") from None
    except PermissionError:
        raise VaultImportError(f"{path} cannot be read: permission denied.") from None
    except OSError as exc:
        raise VaultImportError(f"{path} cannot be read: {exc.strerror or 'error'}.") from None
    if len(data) > MAX_EXPORT_BYTES:
        raise VaultImportError(f"{path.name} grew past the size limit while being read.")
    return read_export(data)

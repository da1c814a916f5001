"""Reading password-manager CSV exports: which manager wrote the file, and its logins.

Which manager wrote a file, and which columns hold what, is decided by THE registry in
`export_formats.py` (real header rows, with provenance in tests/fixtures/exports/PROVENANCE.md).
From the bytes to rows of cells (encodings, line endings, separators, quoting) is
`export_text.py`. This module turns rows into logins:

- a file with a header row is read by its column names (a manager's layout, or a generic one
  for any header with a password column and a url or name column);
- a file without one is recognised by what its columns hold (Keeper, Dashlane's old export,
  Universal Password Manager), or Enpass's label/value pairs;
- any other file can be read with the columns the person chooses (`ColumnMapping`, shown
  with `preview_rows`); nothing about the file is remembered.

Rows that are not logins (secure notes, cards, identities, folders, Firefox's Sync key) are
not counted as logins: `ExportReading.skipped` says how many and why.

Privacy: a password is held only in `VaultEntry.password` (never in its repr) and never appears
in an error message; messages name lines and columns, not content.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from hygiene_app.engine.i18n import N_, Text, and_joined, as_text, fmt, fmt_plural
from hygiene_app.engine.safe_read import FileRefused, read_regular_file
from hygiene_app.services.passwords import export_text
from hygiene_app.services.passwords.export_formats import (
    FORMATS,
    Columns,
    ExportFormat,
    FormatInfo,
    Positions,
    SkipReason,
    compact,
    identify,
    is_enpass_header,
    not_login_kind,
    supported_formats_text,
)

__all__ = [
    "MAX_EXPORT_BYTES",
    "ColumnMapping",
    "ExportFormat",
    "ExportReading",
    "SkipReason",
    "UnknownLayoutError",
    "VaultEntry",
    "VaultImportError",
    "detect_format",
    "first_row_is_header",
    "parse_export",
    "parse_export_file",
    "peek_format",
    "preview_rows",
    "read_export",
    "read_export_bytes",
    "read_export_file",
    "supported_formats_text",
]

#: A bigger file is not a password export (10,000 logins take about 2 MB).
MAX_EXPORT_BYTES = 50 * 1024 * 1024


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


@dataclass(frozen=True, slots=True)
class ExportReading:
    """What was read from an export: who wrote it, its logins, and the rows left out."""

    format: ExportFormat
    entries: tuple[VaultEntry, ...]
    #: (why, how many) for the rows that are not counted as logins, most common first.
    skipped: tuple[tuple[SkipReason, int], ...] = ()

    @property
    def skipped_total(self) -> int:
        return sum(n for _, n in self.skipped)

    def skipped_text(self) -> Text | None:
        """'3 rows were not counted as logins: secure notes, ... (2) and folders ... (1).'
        or None."""
        if not self.skipped:
            return None
        parts = [
            fmt(N_("{what} ({count})"), what=reason.label, count=n) for reason, n in self.skipped
        ]
        return fmt_plural(
            "{n} row was not counted as a login: {why}.",
            "{n} rows were not counted as logins: {why}.",
            self.skipped_total,
            n=self.skipped_total,
            why=and_joined(parts),
        )


class VaultImportError(ValueError):
    """The file cannot be read as a password export. The message is one plain line; `text`
    keeps it translatable (`str()` of the error is the English)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


class UnknownLayoutError(VaultImportError):
    """The file is text and CSV, but no manager's layout and no generic header fits: the one
    refusal where choosing the columns by hand (`ColumnMapping`) can help."""


# ----- a generic list: a password column and a url or name column -------------------------------
#
# Compact column names (see export_formats.compact), each tuple in order of preference.

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
#: Columns whose text makes an item with no site, username or password a note.
_NOTE_COLUMNS = frozenset(
    {"note", "notes", "extra", "comments", "memo", "description", "additionalinfo"}
)
#: A type column, whatever the manager: its notes, cards and folders are not logins.
_KIND_COLUMNS = ("type", "kind", "!type", "itemtype")


def _generic_columns(header: Sequence[str]) -> Columns | None:
    """A layout for any header with a password column and a url or name column."""
    names = {compact(c) for c in header}

    def found(synonyms: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(s for s in synonyms if s in names)

    passwords = found(_GENERIC_PASSWORD)
    url, name = found(_GENERIC_URL), found(_GENERIC_NAME)
    if not passwords or not (url or name):
        return None
    return Columns(
        headers=(),
        url=url,
        name=name,
        username=found(_GENERIC_USERNAME),
        password=passwords[:1],
        kind=next((k for k in _KIND_COLUMNS if k in names), ""),
    )


# ----- Enpass: label/value pairs instead of columns --------------------------------------------

_ENPASS_USER_LABELS = ("username", "login", "email")
_ENPASS_URL_LABELS = ("website", "url")
#: Column names a header row would hold where an Enpass row holds values.
_HEADER_WORDS = frozenset(_GENERIC_PASSWORD + _GENERIC_URL + _GENERIC_NAME)


def _enpass_label(cell: str) -> str:
    """Enpass marks sensitive fields with a star: "*Password" is "password"."""
    return compact(cell).removeprefix("*")


def _enpass_pairs_end(row: Sequence[str]) -> int:
    """Where the label/value pairs end: a row of even length ends with an unpaired note."""
    return len(row) - 1 if len(row) % 2 == 0 else len(row)


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
    return not any(compact(v) in _HEADER_WORDS for v in values)


#: How many rows are looked at to recognise a file without a header row whose first item is
#: not a login (a card or a note).
_SCAN_ROWS = 20


# ----- a file without a header row: what its columns hold --------------------------------------

_DOMAIN = re.compile(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?::\d+)?(?:/\S*)?", re.I)


def _url_like(cell: str) -> bool:
    value = cell.strip()
    if not value or "@" in value.split("/")[0] or " " in value:
        return False
    return "://" in value or _DOMAIN.fullmatch(value) is not None


def _positions_score(info: FormatInfo, rows: Sequence[Sequence[str]]) -> int:
    """How many of `rows` look like `info`'s layout with a site in its url column; 0 when rows
    of another width or with something else in that column say it is not (a first row that
    does not fit is the header of a file of somebody else's)."""
    pos = info.positions
    assert pos is not None  # noqa: S101 - only called for positional formats
    sites = 0
    fitting: list[bool] = []
    for row in (r for r in rows[:_SCAN_ROWS] if len(r) > 1):
        fits = len(row) >= pos.min_width and (not pos.max_width or len(row) <= pos.max_width)
        url = row[pos.url] if fits else ""
        site = fits and _url_like(url)
        sites += site
        fitting.append(site or (fits and not url.strip()))
    if not fitting or not fitting[0] or sites == 0 or fitting.count(True) * 10 < len(fitting) * 8:
        return 0
    return sites


def _positional(rows: Sequence[Sequence[str]]) -> FormatInfo | None:
    """The manager whose header-less layout fits `rows` best (a tie names nobody)."""
    scores = {
        info.format: _positions_score(info, rows)
        for info in FORMATS.values()
        if info.positions is not None
    }
    top = max(scores.values(), default=0)
    winners = [fmt for fmt, score in scores.items() if score == top]
    return FORMATS[winners[0]] if top and len(winners) == 1 else None


# ----- which format ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Plan:
    """How to read a file: who wrote it, and its columns, positions or Enpass pairs."""

    format: ExportFormat
    has_header: bool
    columns: Columns | None = None
    positions: Positions | None = None


def _classify(rows: Sequence[Sequence[str]]) -> _Plan | None:
    """How to read the non-blank `rows` of a file, from its first row (and, for a file without
    a header row, the first few rows)."""
    if not rows:
        return None
    header = rows[0]
    found = identify(header)
    if found.info is not None and found.info.columns is not None:
        return _Plan(found.info.format, True, columns=found.info.columns)
    if is_enpass_header(header):
        return _Plan(ExportFormat.ENPASS, True)
    if _is_enpass_login_row(header):
        return _Plan(ExportFormat.ENPASS, False)
    generic = _generic_columns(header)
    if generic is None and found.ambiguous:
        generic = FORMATS[found.ambiguous[0]].columns
    if generic is not None:
        return _Plan(ExportFormat.GENERIC, True, columns=generic)
    positional = _positional(rows)
    if positional is not None:
        return _Plan(positional.format, False, positions=positional.positions)
    if any(_is_enpass_login_row(r) for r in rows[1:_SCAN_ROWS]):
        return _Plan(ExportFormat.ENPASS, False)
    return None


def detect_format(header: Sequence[str]) -> ExportFormat | None:
    """The export format a header row (the first row of a file) belongs to, or None."""
    plan = _classify([list(header)]) if header else None
    return plan.format if plan is not None else None


# ----- rows to logins -------------------------------------------------------------------------

#: LastPass (and Norton) write secure notes with this pseudo-URL.
_NOTE_URLS = frozenset({"http://sn", "https://sn"})
#: Firefox lists its own Sync key as a login of this pseudo-site.
_SYNC_KEY_SCHEMES = ("chrome://",)


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


class _Tally:
    """The logins found so far and the rows left out, by reason."""

    def __init__(self) -> None:
        self.entries: list[VaultEntry] = []
        self.skipped: Counter[SkipReason] = Counter()

    def login(self, row: int, url: str, name: str, username: str, password: str) -> None:
        """Count a row that has a password, unless its URL says it is not a website login."""
        if self.not_a_site(url):
            return
        site = _host(url) or name.strip() or url.strip()
        entry = VaultEntry(row=row, site=site, username=username.strip(), password=password)
        self.entries.append(entry)

    def not_a_site(self, url: str) -> bool:
        """A LastPass secure note or Firefox's Sync key, counted as such; False otherwise."""
        low = url.strip().lower()
        if low in _NOTE_URLS:
            self.skipped[SkipReason.NOT_A_LOGIN] += 1
        elif low.startswith(_SYNC_KEY_SCHEMES):
            self.skipped[SkipReason.SYNC_KEY] += 1
        else:
            return False
        return True

    def reading(self, export_format: ExportFormat) -> ExportReading:
        ordered = sorted(
            self.skipped.items(), key=lambda kv: (-kv[1], list(SkipReason).index(kv[0]))
        )
        return ExportReading(export_format, tuple(self.entries), tuple(ordered))


class _Cells:
    """The cells of a row by (compact) column name; a name written twice (Buttercup's `URL`
    and `url`) gives the first non-blank of its cells."""

    def __init__(self, header: Sequence[str]) -> None:
        self.width = len(header)
        self.index: dict[str, list[int]] = {}
        for i, name in enumerate(header):
            self.index.setdefault(compact(name), []).append(i)

    def get(self, row: Sequence[str], names: Sequence[str], *, raw: bool = False) -> str:
        """The first non-blank cell of `names`; `raw` keeps a cell of spaces (a password)."""
        for name in names:
            for i in self.index.get(name, ()):
                if i < len(row):
                    value = row[i]
                    if value if raw else value.strip():
                        return value
        return ""

    def has_text(self, row: Sequence[str], names: frozenset[str]) -> bool:
        return any(self.get(row, (n,)) for n in names if n in self.index)


def _secret_fields(text: str) -> dict[str, str]:
    """Zoho Vault's "SecretType:Web Account\\nUser Name:alice\\nPassword:..." cell."""
    fields: dict[str, str] = {}
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        if sep and compact(key) not in fields:
            fields[compact(key)] = value
    return fields


def _column_reading(plan: _Plan, rows: Sequence[Sequence[str]]) -> ExportReading:
    """The logins of a file with a header row (`rows` without blank ones, header first)."""
    cols = plan.columns
    assert cols is not None  # noqa: S101 - a column plan
    cells = _Cells(rows[0])
    tally = _Tally()
    null = cols.null_word

    def value(row: Sequence[str], names: Sequence[str], *, raw: bool = False) -> str:
        got = cells.get(row, names, raw=raw)
        return "" if null and got.strip() == null else got

    for number, row in enumerate(rows[1:], start=1):
        if cols.kind:
            reason = not_login_kind(cols, cells.get(row, (cols.kind,)))
            if reason is not None:
                tally.skipped[reason] += 1
                continue
        url = value(row, cols.url)
        name = value(row, cols.name)
        username = value(row, cols.username)
        password = value(row, cols.password, raw=True)
        if cols.secret_data:
            secret = _secret_fields(cells.get(row, (cols.secret_data,), raw=True))
            password = password or secret.get("password", "")
            username = username or next(
                (secret[k] for k in ("username", "login", "email") if secret.get(k, "").strip()),
                "",
            )
        if cols.trailing and len(row) > cells.width:
            extra = dict(zip(cols.trailing, row[cells.width :], strict=False))
            password = password or extra.get("password", "")
            username = username or extra.get("username", "")
        if not password:
            if not tally.not_a_site(url):
                tally.skipped[_empty_reason(cells, row, url, username)] += 1
            continue
        tally.login(number, url, name, username, password)
    return tally.reading(plan.format)


def _empty_reason(cells: _Cells, row: Sequence[str], url: str, username: str) -> SkipReason:
    """Why a row with no password is not a login: a note, a folder or empty item, or a login
    whose password was never saved."""
    if url.strip() or username.strip():
        return SkipReason.NO_PASSWORD
    if cells.has_text(row, _NOTE_COLUMNS):
        return SkipReason.NOT_A_LOGIN
    return SkipReason.FOLDER


def _positional_reading(plan: _Plan, rows: Sequence[Sequence[str]]) -> ExportReading:
    """The logins of a file without a header row, by column position."""
    pos = plan.positions
    assert pos is not None  # noqa: S101 - a positional plan
    tally = _Tally()

    def cell(row: Sequence[str], index: int) -> str:
        return row[index] if index < len(row) else ""

    for number, row in enumerate(rows, start=1):
        password = cell(row, pos.password)
        if not password:
            url, username = cell(row, pos.url), cell(row, pos.username)
            if url.strip() or username.strip():
                tally.skipped[SkipReason.NO_PASSWORD] += 1
            elif any(c.strip() for c in row[1:]) and len(row) > pos.password:
                tally.skipped[SkipReason.NOT_A_LOGIN] += 1
            else:
                tally.skipped[SkipReason.FOLDER] += 1
            continue
        tally.login(
            number, cell(row, pos.url), cell(row, pos.name), cell(row, pos.username), password
        )
    return tally.reading(plan.format)


def _enpass_reading(rows: Sequence[Sequence[str]]) -> ExportReading:
    """The logins of an Enpass CSV (`rows` without blank ones and without its header)."""
    tally = _Tally()
    for number, row in enumerate(rows, start=1):
        fields: dict[str, str] = {}
        end = _enpass_pairs_end(row)
        for i in range(1, end - 1, 2):
            label, value = _enpass_label(row[i]), row[i + 1]
            if label and value.strip() and label not in fields:
                fields[label] = value
        password = fields.get("password", "")
        if not password:
            # A note, a card, an identity: Enpass writes them in the same file.
            tally.skipped[SkipReason.NOT_A_LOGIN] += 1
            continue
        url = next((fields[k].strip() for k in _ENPASS_URL_LABELS if k in fields), "")
        username = next((fields[k].strip() for k in _ENPASS_USER_LABELS if k in fields), "")
        tally.login(number, url, row[0], username, password)
    return tally.reading(ExportFormat.ENPASS)


def _mapped_reading(text: str, columns: ColumnMapping) -> ExportReading:
    """The logins of a file read with the columns the person chose."""
    rows = export_text.rows(text, export_text.sniff_delimiter(text))
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

    tally = _Tally()
    for number, row in enumerate(rows, start=1):
        password = cell(row, columns.password)
        if not password:
            tally.skipped[SkipReason.NO_PASSWORD] += 1
            continue
        site_cell = cell(row, columns.site).strip()
        # A name ("My Bank") stays a name; a site ("bank.example" or a URL) becomes its host.
        url = site_cell if _url_like(site_cell) else ""
        tally.login(number, url, site_cell, cell(row, columns.username), password)
    return tally.reading(ExportFormat.MAPPED)


# ----- the public API -------------------------------------------------------------------------


def _text_of(data: bytes | str) -> str:
    """The text of an export, or `VaultImportError` (not text, not UTF-8/UTF-16, empty)."""
    if isinstance(data, bytes):
        try:
            text = export_text.decode(data)
        except export_text.ExportTextError as exc:
            raise VaultImportError(exc.text) from None
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


def preview_rows(data: bytes | str, limit: int = 5) -> tuple[tuple[str, ...], ...]:
    """The first `limit` non-blank rows of a file, split into cells, for choosing its columns
    by hand (`ColumnMapping`). Passwords are not told apart here: the caller masks cells.

    Raises `VaultImportError` when the file is not text, like `read_export`."""
    text = _text_of(data)
    try:
        return tuple(tuple(r) for r in export_text.first_rows(text, limit))
    except export_text.ExportTextError as exc:
        raise VaultImportError(exc.text) from None


#: "Password" as a column name in the languages exports are often written in.
_PASSWORD_WORDS = (
    *_GENERIC_PASSWORD,
    "passwort",
    "kennwort",
    "motdepasse",
    "contraseña",
    "contrasena",
    "senha",
    "wachtwoord",
    "lösenord",
    "passord",
    "adgangskode",
    "salasana",
    "hasło",
    "haslo",
    "heslo",
    "jelszó",
    "parola",
    "пароль",
    "密码",
    "パスワード",
)


def first_row_is_header(row: Sequence[str], columns: ColumnMapping) -> bool:
    """Whether the first row of a file names its columns rather than holding a login: its
    password column (or its site or username column) holds a column name such as "Password"."""
    words = {
        columns.password: _PASSWORD_WORDS,
        columns.site: _GENERIC_URL + _GENERIC_NAME,
        columns.username: _GENERIC_USERNAME,
    }
    return any(
        index is not None and index < len(row) and compact(row[index]) in names
        for index, names in words.items()
    )


def _unknown_header_message() -> Text:
    return fmt(
        N_(
            "This file does not look like a password export: its first row matches none of the "
            "formats supported ({formats}) and has no password column next to a url or name "
            "column. Export your passwords as CSV from one of these and try again, or choose "
            "which column holds what."
        ),
        formats=supported_formats_text(),
    )


def parse_export(data: bytes | str, *, columns: ColumnMapping | None = None) -> ExportReading:
    """Read an export: who wrote it, its logins, and how many rows were not logins and why.

    With `columns`, the file is read with the person's choice of columns (`ExportFormat.MAPPED`)
    whatever its header says. Anything unreadable raises `VaultImportError` with one line."""
    text = _text_of(data)
    try:
        if columns is not None:
            return _mapped_reading(text, columns)
        rows, recognised = export_text.read_rows(text, lambda r: _classify(r) is not None)
    except export_text.ExportTextError as exc:
        raise VaultImportError(exc.text) from None
    if not rows:
        raise VaultImportError(N_("The file has no rows, only blank lines."))
    plan = _classify(rows) if recognised else None
    if plan is None:
        raise UnknownLayoutError(_unknown_header_message())
    if plan.columns is not None:
        return _column_reading(plan, rows)
    if plan.positions is not None:
        return _positional_reading(plan, rows)
    return _enpass_reading(rows[1:] if plan.has_header else rows)


def read_export(
    data: bytes | str, *, columns: ColumnMapping | None = None
) -> tuple[ExportFormat, list[VaultEntry]]:
    """`parse_export` as (format, logins), for callers that need no more."""
    reading = parse_export(data, columns=columns)
    return reading.format, list(reading.entries)


def peek_format(head: bytes) -> ExportFormat | None:
    """The format of a file from its first bytes (e.g. 4 KB), never raising; for finding
    exports left on disk without reading their passwords."""
    try:
        text = export_text.decode(head)
    except export_text.ExportTextError:
        return None
    lines = text.splitlines()
    if len(lines) > 1 and not text.endswith(("\n", "\r")):
        lines = lines[:-1]  # the last line is probably cut
    text = "\n".join(lines)
    try:
        rows, recognised = export_text.read_rows(text, lambda r: _classify(r) is not None)
    except (export_text.ExportTextError, csv.Error):
        return None
    plan = _classify(rows) if recognised and rows else None
    return plan.format if plan is not None else None


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


def parse_export_file(path: Path, *, columns: ColumnMapping | None = None) -> ExportReading:
    """`parse_export` on a file (see `read_export_bytes`); every message names the path once."""
    data = read_export_bytes(path)
    try:
        return parse_export(data, columns=columns)
    except VaultImportError as exc:
        # The same kind of error (an unknown layout stays one), now naming the path.
        raise type(exc)(
            fmt(N_("{path}: {problem}"), path=str(path), problem=as_text(exc.text))
        ) from None


def read_export_file(
    path: Path, *, columns: ColumnMapping | None = None
) -> tuple[ExportFormat, list[VaultEntry]]:
    """`parse_export_file` as (format, logins)."""
    reading = parse_export_file(path, columns=columns)
    return reading.format, list(reading.entries)

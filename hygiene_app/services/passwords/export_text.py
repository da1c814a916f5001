"""From the bytes of a password export to rows of cells, whatever quoting the exporter chose.

Real exporters disagree on the details of CSV, and a reader that guesses wrong shifts fields
(a login then shows with no site or username, or a note's text as its password):

- UTF-8 with or without a BOM; UTF-16 with a BOM (a spreadsheet's "Unicode text") or without
  one (told by its NUL bytes);
- CRLF, LF, and CR CR LF line endings (a CRLF file re-saved through a tool that adds a CR);
- `,`, `;` or tab between cells (a spreadsheet's re-save in many locales);
- quotes doubled inside quoted cells (RFC 4180) or escaped with a backslash (1Password 7 for
  Mac writes `\\"`): the second reading is kept when it fits the header better, or as well
  when the file has a `\\"` that RFC 4180 quoting cannot explain;
- a trailing separator on every line (an empty last column).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable, Sequence

from hygiene_app.engine.i18n import N_, fmt

DELIMITERS = (",", ";", "\t")

#: How much of a file is looked at to guess its separator.
_SNIFF_CHARS = 64 * 1024
_SNIFF_ROWS = 20


class ExportTextError(ValueError):
    """The bytes are not text we can read; `text` is one plain, translatable line."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM: every other byte of ASCII text is NUL."""
    head = data[:400]
    if len(head) < 4 or len(head) % 2:
        head = head[: len(head) - len(head) % 2]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) == len(odd) and even.count(0) == 0:
        encoding = "utf-16-le"
    elif even.count(0) == len(even) and odd.count(0) == 0:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def decode(data: bytes) -> str:
    """The text of an export's bytes, or `ExportTextError`."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # A spreadsheet's "Unicode text" save; the BOM makes it unambiguous.
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ExportTextError(
                N_("The file starts like UTF-16 text but is not valid UTF-16.")
            ) from None
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is not None:
            return text
        raise ExportTextError(
            N_(
                "This is not a text file (it contains binary data), so it is not a password "
                "export. Export your passwords again as CSV."
            )
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ExportTextError(
            fmt(
                N_(
                    "The file is not UTF-8 text (first bad byte on line {line}). Export it "
                    "again from your password manager and do not open or save it in a "
                    "spreadsheet first."
                ),
                line=line,
            )
        ) from None


def blank(row: Sequence[str]) -> bool:
    return all(not cell.strip() for cell in row)


def _broken_csv(line: int) -> ExportTextError:
    # The csv module's messages name no content, but say it in our words anyway.
    return ExportTextError(
        fmt(
            N_(
                "The file is not a readable CSV file (near line {line}): a field is too "
                "long or the quoting is broken."
            ),
            line=line,
        )
    )


def _standard_rows(text: str, delimiter: str) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    try:
        return list(reader)
    except csv.Error:
        raise _broken_csv(reader.line_num) from None


def _backslash_rows(text: str, delimiter: str) -> list[list[str]]:
    """Rows of a file whose quoted cells escape a quote as `\\"` (and a backslash as `\\\\`).

    A backslash before any other character is kept: passwords hold backslashes."""
    limit = csv.field_size_limit()
    rows: list[list[str]] = []
    row: list[str] = []
    cell: list[str] = []
    quoted = False
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if quoted:
            if c == "\\" and i + 1 < n and text[i + 1] in '"\\':
                cell.append(text[i + 1])
                i += 2
                continue
            if c == '"':
                if i + 1 < n and text[i + 1] == '"':
                    cell.append('"')
                    i += 2
                    continue
                quoted = False
            else:
                cell.append(c)
                if len(cell) > limit:
                    raise _broken_csv(len(rows) + 1)
            i += 1
            continue
        if c == '"' and not cell:
            quoted = True
        elif c == delimiter:
            row.append("".join(cell))
            cell = []
        elif c in "\r\n":
            row.append("".join(cell))
            cell = []
            rows.append(row)
            row = []
            if c == "\r" and i + 1 < n and text[i + 1] == "\n":
                i += 1
        else:
            cell.append(c)
        i += 1
    if cell or row:
        row.append("".join(cell))
        rows.append(row)
    return rows


def _misfits(rows: Sequence[Sequence[str]]) -> int:
    """How many rows do not have the header's width (a quoting mistake runs cells together or
    shifts them right)."""
    if not rows:
        return 0
    width = len(rows[0])
    return sum(1 for r in rows[1:] if len(r) != width)


def _escapes_quotes_with_backslash(text: str, delimiter: str) -> bool:
    """Whether `text` has a `\\"` that CSV's own quoting cannot explain: in an RFC 4180 file a
    quote inside a quoted cell is doubled, so after `\\"` comes a second quote (an escaped one),
    a separator or a line end (a cell ending with a backslash), never a letter."""
    return re.search('\\\\"(?![' + re.escape(delimiter) + '"\r\n])', text) is not None


def rows(text: str, delimiter: str) -> list[list[str]]:
    """The non-blank rows of `text` (see the module's docstring for the variants read)."""
    found = [r for r in _standard_rows(text, delimiter) if not blank(r)]
    if '\\"' not in text:
        return found
    standard = _misfits(found)
    evidence = _escapes_quotes_with_backslash(text, delimiter)
    if standard or evidence:  # else the (slower) second reading cannot do better
        escaped = [r for r in _backslash_rows(text, delimiter) if not blank(r)]
        fewer = _misfits(escaped)
        if fewer < standard or (fewer == standard and evidence):
            found = escaped
    return found


def sniff_delimiter(text: str) -> str:
    """The separator of a file with no header we recognise: the one that splits the first rows
    into the same number (more than one) of columns most often; ',' when nothing does."""
    best, best_score = ",", 0
    for delimiter in DELIMITERS:
        reader = csv.reader(io.StringIO(text[:_SNIFF_CHARS], newline=""), delimiter=delimiter)
        widths: list[int] = []
        try:
            for row in reader:
                if not blank(row):
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


def first_rows(text: str, limit: int) -> list[list[str]]:
    """The first `limit` non-blank rows, split with the sniffed separator."""
    delimiter = sniff_delimiter(text)
    found: list[list[str]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    try:
        for row in reader:
            if len(found) >= limit:
                break
            if not blank(row):
                found.append(row)
    except csv.Error:
        raise _broken_csv(reader.line_num) from None
    return found


def read_rows(
    text: str, recognised: Callable[[Sequence[Sequence[str]]], bool]
) -> tuple[list[list[str]], bool]:
    """Split `text` with each separator in turn until `recognised(rows)` says yes.

    Returns the rows and whether they were recognised. When no separator is, the rows are those
    of the most likely separator (a comma file stays a comma file)."""
    tried: list[list[str]] = []
    for delimiter in DELIMITERS:
        found = rows(text, delimiter)
        if recognised(found):
            return found, True
        if delimiter == ",":
            tried = found
            if found and len(found[0]) > 1:
                break  # a real comma-separated first row: the separator is not the problem
    sniffed = sniff_delimiter(text)
    return (tried if sniffed == "," else rows(text, sniffed)), False

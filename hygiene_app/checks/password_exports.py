"""PWD-003: plaintext password exports left in Downloads, Desktop or Documents.

Moving to a password manager usually means exporting the browser's passwords to a CSV file and
importing it. The file holds every password in clear text and is easily forgotten, synced to the
cloud or copied along with a backup.

Only the first line (the header row) of each CSV file is read, through `read_first_line`: the
rows below it, with the passwords, are never read, so they cannot reach a finding or a
snapshot. The finding names the files (path, format, size, age), never their content.
"""

from __future__ import annotations

import csv
import posixpath
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from hygiene_app.checks import _facts
from hygiene_app.checks._common import days, join, with_sentences
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.i18n import N_, fmt, fmt_plural, joined
from hygiene_app.engine.model import (
    ALL_OSES,
    Category,
    CheckMeta,
    Fact,
    Finding,
    FixGuide,
    FixStep,
    JsonValue,
    OSFamily,
    Severity,
    Status,
)
from hygiene_app.services.passwords.export_formats import ExportFormat, identify, is_enpass_header

META = CheckMeta(
    id="PWD-003",
    title=N_("No password exports left on disk"),
    category=Category.PASSWORDS,
    platforms=ALL_OSES,
    weight=6,
    severity=Severity.HIGH,
    leaves_machine=N_(
        "Nothing: reads only the first line (the column names) of CSV files in your "
        "Downloads, Desktop and Documents folders."
    ),
    timeout=10.0,
)

#: Folders below each scanned folder that are listed too: Downloads/a/b/export.csv is found.
MAX_DEPTH = 2
#: Directory listings plus first-line reads, over all folders: the scan's bound.
MAX_OPERATIONS = 500
#: A bigger CSV file is a data set, not a password export (10,000 logins take about 2 MB).
MAX_EXPORT_BYTES = 5 * 1024 * 1024
#: At most this many columns in a header we look at.
MAX_COLUMNS = 256

# ----- header matching (pure) ---------------------------------------------------------------
#
# The managers are those of the export audit: one registry of formats
# (hygiene_app/services/passwords/export_formats.py, pure Python, no Qt), so this check and the
# audit name the same managers and recognise the same header rows. Only the header row is
# looked at here: exports without one (Keeper, Universal Password Manager, Dashlane's older
# export, Enpass's newer one) start with a login, which this check never reads.

#: Columns that name a login's password, user and site in other managers' exports (Dashlane,
#: NordPass, Keeper, RoboForm, hand-made lists). A password column with both of the others is
#: a list of logins whatever wrote it.
_PASSWORD_COLUMNS = frozenset({"password", "login_password", "pwd", "pass"})
_USER_COLUMNS = frozenset({"username", "login_username", "login", "user", "email", "login name"})
_SITE_COLUMNS = frozenset({"url", "login_uri", "website", "site", "web site", "uri", "hostname"})
OTHER_FORMAT = "a password list (format not recognised)"
_DELIMITERS = (",", ";", "\t")


def header_cells(line: str, delimiter: str = ",") -> list[str]:
    """The column names of a CSV header line in order, lower-cased; empty when it is not CSV.

    Tolerates a BOM, quotes, stray spaces and UTF-16 text read as UTF-8 (NULs between the
    letters)."""
    text = line.replace("\x00", "").lstrip("\ufeff\ufffd")
    if not text.strip():
        return []
    try:
        row = next(csv.reader([text], delimiter=delimiter, strict=False), [])
    except csv.Error:
        return []
    names = (cell.strip().strip("\ufeff").strip().strip('"').strip().lower() for cell in row)
    return [n for n in list(names)[:MAX_COLUMNS] if n]


def header_columns(line: str, delimiter: str = ",") -> frozenset[str]:
    """The column names of a CSV header line, lower-cased; empty when it is not CSV."""
    return frozenset(header_cells(line, delimiter))


def detect_layout(columns: frozenset[str]) -> str | None:
    """Which manager wrote an export with these (lower-case) columns, named as the export
    audit names it; OTHER_FORMAT for another list of logins; None: not an export."""
    found = identify(sorted(columns)).info
    if found is not None and found.listed:
        return found.name
    if columns & _PASSWORD_COLUMNS and columns & _USER_COLUMNS and columns & _SITE_COLUMNS:
        return OTHER_FORMAT
    return None


def detect_export(first_line: str) -> str | None:
    """The export format a file's first line announces, trying `,`, `;` and tab."""
    for delimiter in _DELIMITERS:
        if delimiter in first_line:
            cells = header_cells(first_line, delimiter)
            if is_enpass_header(cells):  # the registry's rule, as the export audit reads it
                return ExportFormat.ENPASS.display_name
            found = detect_layout(frozenset(cells))
            if found is not None:
                return found
    return None


# ----- probes -------------------------------------------------------------------------------

#: File types that are never folders: not listed when seen in a scanned folder.
_NOT_FOLDERS = frozenset(
    """
    7z aac apk app avi bin bmp bz2 cab deb dmg doc docx epub exe flac gif gz heic htm html ico
    img iso jar jpeg jpg json key log m4a m4v md mkv mov mp3 mp4 msi numbers odp ods odt ogg
    pages pdf pkg png ppt pptx psd rar rpm rtf svg tar tgz tif tiff torrent ttf txt wav webm
    webp wma wmv xcf xls xlsx xml xz zip zst
    """.split()  # noqa: SIM905 - a list of 70 words reads better as words
)
#: Folders that hold programs or other tools' data, never a user's export.
_SKIP_FOLDERS = frozenset({"node_modules", "__pycache__", "site-packages", "$recycle.bin"})

XDG_USER_DIRS = (".config", "user-dirs.dirs")
_XDG_KEYS = ("XDG_DOWNLOAD_DIR", "XDG_DESKTOP_DIR", "XDG_DOCUMENTS_DIR")


def parse_user_dirs(text: str, home: str) -> tuple[str, ...]:
    """The Downloads, Desktop and Documents folders in ~/.config/user-dirs.dirs (they are
    translated: `XDG_DOWNLOAD_DIR="$HOME/Téléchargements"`). Only folders inside home."""
    found = []
    for line in text.splitlines():
        key, sep, value = line.strip().partition("=")
        if not sep or key.strip() not in _XDG_KEYS:
            continue
        value = value.strip().strip('"')
        if value.startswith("$HOME/"):
            rest = value[len("$HOME/") :]
        elif value.startswith(home.rstrip("/") + "/"):
            rest = value[len(home.rstrip("/")) + 1 :]
        else:
            continue
        parts = [p for p in rest.split("/") if p]
        if parts and not any(p in (".", "..") or "\x00" in p for p in parts):
            found.append(posixpath.join(home, *parts))
    return tuple(found)


def export_folders(ctx: ProbeContext) -> tuple[str, ...]:
    """Where exports land: the user's Downloads, Desktop and Documents (and, on Windows, their
    OneDrive copies; on Linux, the translated names from user-dirs.dirs)."""
    os_family = ctx.platform.os
    home = ctx.platform.home
    folders = [join(os_family, home, name) for name in ("Downloads", "Desktop", "Documents")]
    if os_family is OSFamily.WINDOWS:
        folders += [join(os_family, home, "OneDrive", n) for n in ("Desktop", "Documents")]
    elif os_family is OSFamily.LINUX:
        read = ctx.files.read_text(join(os_family, home, *XDG_USER_DIRS))
        if read.ok:
            folders += parse_user_dirs(read.text, home)
    return tuple(dict.fromkeys(folders))


@dataclass(frozen=True, slots=True)
class ExportFile:
    path: str
    format: str
    size: int | None
    age_days: float | None

    def to_json(self) -> dict[str, JsonValue]:
        return {
            "path": self.path,
            "format": self.format,
            "size": self.size,
            "age_days": None if self.age_days is None else round(self.age_days, 1),
        }


@dataclass(frozen=True, slots=True)
class ScanResult:
    found: tuple[ExportFile, ...]
    scanned: tuple[str, ...]
    #: Folders that exist but could not be listed.
    unreadable: tuple[str, ...]
    #: Folders that do not exist.
    absent: tuple[str, ...]
    csv_files: int
    #: The scan stopped at MAX_OPERATIONS before it had looked everywhere.
    truncated: bool


def _is_csv(name: str) -> bool:
    return name.lower().endswith(".csv")


def _may_be_folder(name: str) -> bool:
    if name.startswith(".") or name.lower() in _SKIP_FOLDERS or _is_csv(name):
        return False
    _, dot, ext = name.rpartition(".")
    return not (dot and ext.lower() in _NOT_FOLDERS)


def _safe_name(name: str) -> bool:
    return bool(name) and name not in (".", "..") and not any(c in name for c in "/\\\x00")


def needed_entry(name: str, depth: int) -> bool:
    """Whether the scan looks at a folder entry at `depth` below a scanned folder: a CSV file
    (its first line is read) or a possible sub-folder it goes into. A snapshot keeps only
    these names (hygiene_app/checks/recording.py): a file called "Medical results.pdf" is
    nobody's business, and replaying without it reaches the same verdict."""
    if not _safe_name(name):
        return False
    return _is_csv(name) or (depth < MAX_DEPTH and _may_be_folder(name))


def scan(ctx: ProbeContext, folders: Iterable[str]) -> ScanResult:
    """Breadth first through `folders`, CSV files before sub-folders, within MAX_OPERATIONS."""
    os_family = ctx.platform.os
    now = ctx.now()
    found: list[ExportFile] = []
    scanned: list[str] = []
    unreadable: list[str] = []
    absent: list[str] = []
    csv_files = 0
    operations = 0
    truncated = False
    queue: deque[tuple[str, int, bool]] = deque((f, 0, True) for f in folders)
    while queue:
        folder, depth, is_root = queue.popleft()
        if ctx.cancel.is_set() or operations >= MAX_OPERATIONS:
            truncated = True
            break
        operations += 1
        entries = ctx.files.list_dir(folder)
        if entries is None:
            if is_root:
                (absent if ctx.files.mtime(folder) is None else unreadable).append(folder)
            continue
        if is_root:
            scanned.append(folder)
        names = [e for e in entries if needed_entry(e, depth)]
        for name in (e for e in names if _is_csv(e)):
            if operations >= MAX_OPERATIONS:
                truncated = True
                break
            operations += 1
            csv_files += 1
            path = join(os_family, folder, name)
            read = ctx.files.read_first_line(path)
            if not read.ok or (read.size is not None and read.size > MAX_EXPORT_BYTES):
                continue
            detected = detect_export(read.text)
            if detected is not None:
                age = None if read.mtime is None else max(0.0, days(now - read.mtime))
                found.append(ExportFile(path, detected, read.size, age))
        if depth < MAX_DEPTH:
            queue.extend(
                (join(os_family, folder, e), depth + 1, False) for e in names if _may_be_folder(e)
            )
    return ScanResult(
        tuple(found),
        tuple(scanned),
        tuple(unreadable),
        tuple(absent),
        csv_files,
        truncated,
    )


# ----- the check ----------------------------------------------------------------------------

_IMPORT_STEP = N_(
    "If you have not done so yet, import the file into your password manager (Bitwarden: "
    "Tools > Import data; 1Password: File > Import; KeePassXC: Database > Import > CSV "
    "file; Proton Pass: Settings > Import) and open a few logins to check they arrived."
)
_FIND_STEP = N_(
    "Find the export files: in this app, this check's details list them under 'What was "
    "found'; the report of 'hygiene-app check' lists them under this check."
)
_SYNC_STEP = N_(
    "If the folder is synced (OneDrive, iCloud Drive, Dropbox, Google Drive), also delete the "
    "file from the service's own bin or 'Recently deleted' list on its website."
)

FIX_DELETE_EXPORTS = FixGuide(
    title=N_("Delete the password export files"),
    why=N_(
        "These files hold your passwords in plain text. Anyone who opens the folder, any "
        "program you run and any backup or cloud sync that copies them can read every one. "
        "Once the passwords are in your password manager, the files are not needed."
    ),
    steps={
        OSFamily.LINUX: (
            FixStep(_FIND_STEP),
            FixStep(_IMPORT_STEP),
            FixStep(
                N_(
                    "Delete the files: in this app, choose 'Delete the files…' in this check's "
                    "details (it asks first), or select each one in Files and press "
                    "Shift+Delete to delete it without moving it to the Trash."
                ),
                headline=True,
            ),
            FixStep(
                N_("If you moved it to the Trash instead, empty the Trash, or run:"),
                command="gio trash --empty",
            ),
            FixStep(_SYNC_STEP),
            FixStep(N_("Run this check again.")),
        ),
        OSFamily.WINDOWS: (
            FixStep(_FIND_STEP),
            FixStep(_IMPORT_STEP),
            FixStep(
                N_(
                    "Delete the files: in this app, choose 'Delete the files…' in this check's "
                    "details (it asks first), or select each one in File Explorer and press "
                    "Shift+Delete to delete it without moving it to the Recycle Bin."
                ),
                headline=True,
            ),
            FixStep(
                N_(
                    "If you moved it to the Recycle Bin instead, right-click the Recycle Bin on "
                    "the desktop and choose 'Empty Recycle Bin'."
                )
            ),
            FixStep(_SYNC_STEP),
            FixStep(N_("Run this check again.")),
        ),
        OSFamily.MACOS: (
            FixStep(_FIND_STEP),
            FixStep(_IMPORT_STEP),
            FixStep(
                N_(
                    "Delete the files: in this app, choose 'Delete the files…' in this check's "
                    "details (it asks first), or select each one in Finder, hold the Option "
                    "key and choose File > Delete Immediately."
                ),
                headline=True,
            ),
            FixStep(
                N_("If you moved it to the Bin instead, open the Bin in the Dock and choose Empty.")
            ),
            FixStep(_SYNC_STEP),
            FixStep(N_("Run this check again.")),
        ),
    },
    verify_check=META.id,
)


class PasswordExportsCheck:
    meta = META

    def run(self, ctx: ProbeContext) -> Finding:
        finding = evaluate(scan(ctx, export_folders(ctx)))
        return with_sentences(_facts.with_facts(finding, facts))


def _folder_name(path: str) -> str:
    """The last part of a path ("C:\\Users\\me\\Downloads" is "Downloads")."""
    parts = [p for p in path.replace("\\", "/").split("/") if p]
    return parts[-1] if parts else path


def facts(finding: Finding) -> tuple[Fact, ...]:
    """How many exports were found, where and of which kind, and which folders were looked in.
    File names stay in the detail and the evidence: a fact says where to look."""
    ev = finding.evidence
    exports = [e for e in _facts.items(ev, "exports") if isinstance(e, Mapping)]
    paths = [p for e in exports if (p := _facts.text(e, "path"))]
    kinds = [k for e in exports if (k := _facts.text(e, "format"))]
    ages = [a for e in exports if (a := _facts.number(e, "age_days")) is not None]
    scanned = [_folder_name(p) for p in _facts.texts(ev, "folders_scanned")]
    unreadable = [_folder_name(p) for p in _facts.texts(ev, "folders_unreadable")]
    checked = _facts.number(ev, "csv_files_checked")
    found: list[Fact] = []
    if exports:
        found.append(Fact(N_("Password exports found"), str(len(exports))))
        parents = [_folder_name(p.replace("\\", "/").rpartition("/")[0] or p) for p in paths]
        found.append(Fact(N_("In the folder"), _facts.listed(list(dict.fromkeys(parents)))))
        found.append(Fact(N_("Exported from"), _facts.listed(list(dict.fromkeys(kinds)))))
        if ages:
            found.append(Fact(N_("Oldest"), _facts.days_old(max(ages))))
    elif finding.status is Status.PASS:
        found.append(Fact(N_("Password exports found"), N_("none")))
    found.append(Fact(N_("Folders looked in"), _facts.listed(scanned)))
    found.append(Fact(N_("Folders that could not be opened"), _facts.listed(unreadable)))
    if checked is not None and scanned:
        found.append(Fact(N_("Spreadsheet (CSV) files looked at"), str(int(checked))))
    if _facts.flag(ev, "scan_truncated"):
        found.append(Fact(N_("Every file looked at"), N_("no: there were too many")))
    return tuple(found)


def _size_text(size: int | None) -> str:
    if size is None:
        return ""
    if size < 1024:
        return fmt_plural("{n} byte", "{n} bytes", size, n=size)
    if size < 1024 * 1024:
        return fmt(N_("{size} KB"), size=f"{size / 1024:.0f}")
    return fmt(N_("{size} MB"), size=f"{size / 1048576:.1f}")


def _describe(file: ExportFile) -> str:
    extras = [file.format]
    if file.size is not None:
        extras.append(_size_text(file.size))
    if file.age_days is not None:
        extras.append(
            fmt_plural("{n} day old", "{n} days old", int(file.age_days), n=int(file.age_days))
        )
    return fmt(N_("{path} ({details})"), path=file.path, details=joined(*extras, sep=", "))


def evaluate(result: ScanResult) -> Finding:
    evidence: dict[str, JsonValue] = {
        "exports": [f.to_json() for f in result.found],
        "folders_scanned": list(result.scanned),
        "folders_unreadable": list(result.unreadable),
        "csv_files_checked": result.csv_files,
        "scan_truncated": result.truncated,
    }
    if result.found:
        count = len(result.found)
        lines: Sequence[str] = [_describe(f) for f in result.found[:10]]
        more = count - len(lines)
        if more:
            lines = [*lines, fmt_plural("… and {n} more", "… and {n} more", more, n=more)]
        detail = joined(*lines, sep="\n")
        return Finding(
            Status.FAIL,
            fmt_plural(
                "A password export is lying in your files",
                "{n} password exports are lying in your files",
                count,
                n=count,
            ),
            Severity.HIGH,
            detail=detail,
            evidence=evidence,
            fix=FIX_DELETE_EXPORTS,
        )
    if result.unreadable:
        return Finding(
            Status.UNKNOWN,
            N_("Could not look for password exports in every folder"),
            reason=fmt_plural(
                "the folder {folders} cannot be opened",
                "the folders {folders} cannot be opened",
                len(result.unreadable),
                folders=", ".join(result.unreadable),
            ),
            evidence=evidence,
        )
    if not result.scanned:
        return Finding(
            Status.UNKNOWN,
            N_("Could not look for password exports"),
            reason=N_(
                "none of your Downloads, Desktop or Documents folders was found (they may have "
                "been moved to another drive)"
            ),
            evidence=evidence,
        )
    if result.truncated:
        return Finding(
            Status.UNKNOWN,
            N_("Could not look at every file for password exports"),
            reason=fmt(
                N_(
                    "these folders hold many files; only the first {n} files and folders were "
                    "looked at, and none of those was an export"
                ),
                n=MAX_OPERATIONS,
            ),
            evidence=evidence,
        )
    return Finding(
        Status.PASS,
        N_("No password exports found in Downloads, Desktop or Documents"),
        evidence=evidence,
    )

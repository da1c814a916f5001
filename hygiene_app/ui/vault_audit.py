"""The vault audit: reads a password manager's CSV export and lists every weak, reused or
breached login, worst first, without ever showing a password the user did not ask to see.

The audit runs on a worker thread (reading, rating, and the optional breach check), with
progress and Cancel. The entries (which hold the passwords) live only in this window while a
report is shown, and are dropped when the window is closed or left.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QItemSelection,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hygiene_app.engine.atomic import atomic_write_text
from hygiene_app.engine.probes import HttpClient
from hygiene_app.services.exports import (
    Deletion,
    ExportOnDisk,
    ExportState,
    FoundExport,
    delete,
    examine,
    why_not,
)
from hygiene_app.services.passwords.audit import (
    AuditReport,
    EntryReport,
    Issue,
    audit,
    report_to_json,
    reveal,
)
from hygiene_app.services.passwords.breach import (
    DEFAULT_API,
    BreachStatus,
    RangeClient,
    round_count,
)
from hygiene_app.services.passwords.strength import LABELS
from hygiene_app.services.passwords.vault import (
    ColumnMapping,
    ExportFormat,
    ExportReading,
    VaultEntry,
    VaultImportError,
    parse_export_file,
)
from hygiene_app.ui.background import run_in_background
from hygiene_app.ui.column_mapping import ColumnMappingDialog, Unmapped, unmapped_file
from hygiene_app.ui.password_lab import SecretLineEdit
from hygiene_app.ui.table_model import RowsTableModel, WordSearchFilter
from hygiene_app.ui.widgets import (
    ask,
    engine_text,
    plain_label,
    plain_tooltip,
    tell,
    tr_plural,
    wrapped_label,
)

_Index = QModelIndex | QPersistentModelIndex
#: How many other logins sharing a password are named in the table; the rest are counted
#: (the tooltip names them all).
_NAMED_REUSES = 2

#: The data row in the export file (int), for tests and reveal.
EntryRowRole = Qt.ItemDataRole.UserRole + 1
#: The entry has at least one problem (bool), for the "problems only" filter.
HasProblemRole = Qt.ItemDataRole.UserRole + 2
#: What a column sorts by (str or int).
SortRole = Qt.ItemDataRole.UserRole + 3


class AuditTableModel(RowsTableModel):
    """The audit's entries, worst first: site, username, problems, strength. No passwords."""

    SITE, USERNAME, PROBLEMS, STRENGTH = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__((), parent)
        self._rows: list[EntryReport] = []
        self._sites: dict[int, str] = {}
        self._usernames: dict[int, str] = {}
        self._breach_checked = False
        self._headers = (
            self.tr("Site"),
            self.tr("Username"),
            self.tr("Problems"),
            self.tr("Strength"),
        )

    def set_report(self, report: AuditReport | None, *, breach_checked: bool = False) -> None:
        self.beginResetModel()
        self._rows = list(report.entries) if report is not None else []
        self._sites = {e.row: e.site for e in self._rows}
        self._usernames = {e.row: e.username for e in self._rows}
        self._breach_checked = breach_checked
        self.endResetModel()

    def clear(self) -> None:
        self.set_report(None)

    def entry(self, row: int) -> EntryReport:
        return self._rows[row]

    # ----- Qt model API -----------------------------------------------------------------

    def row_data(self, entry: EntryReport, row: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            # Sites and usernames come from the export: shown as they are, never as HTML.
            if column == self.PROBLEMS:
                return plain_tooltip(self._problems_tooltip(entry))
            return plain_tooltip(self._display(entry, column)) or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(entry, column) or self.tr("(empty)")
        if role == SortRole:
            if column == self.SITE:
                return entry.site.casefold()
            if column == self.USERNAME:
                return entry.username.casefold()
            if column == self.PROBLEMS:
                # The service lists entries worst first: descending keeps its order.
                return len(self._rows) - row
            return entry.score
        if role == EntryRowRole:
            return entry.row
        if role == HasProblemRole:
            return bool(entry.issues)
        return None

    def _display(self, entry: EntryReport, column: int) -> str:
        if column == self.SITE:
            return entry.site
        if column == self.USERNAME:
            return entry.username
        if column == self.PROBLEMS:
            return self.problems_text(entry)
        return self.tr("{label} ({score} of 4)").format(
            label=engine_text(LABELS.get(entry.score, "")), score=entry.score
        )

    def problems_text(self, entry: EntryReport) -> str:
        parts: list[str] = []
        for issue in entry.issues:
            if issue is Issue.BREACHED:
                parts.append(self._breached_text(entry.breach.count if entry.breach else 0))
            elif issue is Issue.REUSED:
                parts.append(self.reused_text(entry))
            elif issue is Issue.WEAK:
                parts.append(self.tr("Weak"))
            else:  # a new kind of issue: still say something
                parts.append(str(issue))
        unknown = (
            self._breach_checked
            and entry.breach is not None
            and entry.breach.status is BreachStatus.UNKNOWN
        )
        if unknown:
            parts.append(self.tr("breaches could not be checked"))
        if not parts:
            return self.tr("No problem found")
        return "; ".join(parts)

    def login_name(self, row: int) -> str:
        """Another login of the export, as a person knows it: "shop.example.net (alice)"."""
        site = self._sites.get(row, "") or self.tr("row {row}").format(row=row)
        user = self._usernames.get(row, "")
        return self.tr("{site} ({user})").format(site=site, user=user) if user else site

    def reused_text(self, entry: EntryReport) -> str:
        """Which other logins share this password (by site and username, never the password):
        the first two by name, then how many more."""
        names = [self.login_name(r) for r in entry.reused_with]
        if not names:
            return self.tr("Reused")
        if len(names) <= _NAMED_REUSES:
            return self.tr("Reused on {logins}").format(logins=", ".join(names))
        return self.tr("Reused on {logins} and {n} more").format(
            logins=", ".join(names[:_NAMED_REUSES]), n=len(names) - _NAMED_REUSES
        )

    def _breached_text(self, count: int) -> str:
        if count >= 1_000_000:
            return self.tr("Breached (more than a million times)")
        if count <= 0:
            return self.tr("Breached")
        if count < 10:
            return tr_plural("Breached (once)", "Breached ({n} times)", count)
        # In the reader's digits ("1.200" in Spanish, "1 200" in French).
        shown = QLocale().toString(round_count(count))
        return self.tr("Breached (about {count} times)").format(count=shown)

    def _problems_tooltip(self, entry: EntryReport) -> str:
        text = self.problems_text(entry)
        if Issue.REUSED in entry.issues and entry.reused_with:
            others = [self.login_name(r) for r in entry.reused_with]
            text += "\n" + self.tr("Same password as: {sites}").format(sites=", ".join(others))
        return text


class AuditFilter(WordSearchFilter):
    """Problems only (the default) or every entry, narrowed by a search on site or username
    (plain text, any case, every word must match); sorts by `SortRole`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._problems_only = True
        self.setSortRole(SortRole)

    @property
    def problems_only(self) -> bool:
        return self._problems_only

    def set_problems_only(self, on: bool) -> None:
        if on != self._problems_only:
            self.refilter(lambda: setattr(self, "_problems_only", on))

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        if self._problems_only and not model.index(source_row, 0, source_parent).data(
            HasProblemRole
        ):
            return False
        return self.matches_search(
            " ".join(
                str(model.index(source_row, column, source_parent).data() or "")
                for column in (AuditTableModel.SITE, AuditTableModel.USERNAME)
            )
        )


class VaultAuditWindow(QWidget):
    #: The audit ended (finished, cancelled or failed) and the screen shows it.
    audit_finished = Signal()

    def __init__(
        self,
        *,
        http: HttpClient | None = None,
        breach_api: str = DEFAULT_API,
        breach_allowed: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        """`breach_allowed`: False when the organisation turned the breach check off."""
        super().__init__(parent)
        if http is None:
            from hygiene_app.engine.live import LiveHttpClient

            http = LiveHttpClient()
        self._http = http
        self._breach_api = breach_api
        self._breach_allowed = breach_allowed
        self._entries: list[VaultEntry] = []
        self._format: ExportFormat | None = None
        #: How the last file was read (its manager and the rows left out), for `reading_note`.
        self._reading: ExportReading | None = None
        self.report: AuditReport | None = None
        self.export_path: Path | None = None
        #: The export as it was when the audit read it (a link names its real file): only
        #: that file is deleted, after a re-check right before it goes.
        self._export_seen: ExportOnDisk | None = None
        #: The file last chosen (read or not): what "Run again" and the breach box re-run.
        self._source: Path | None = None
        #: The columns the person chose for that file, if they had to (kept in memory only,
        #: for "Run again"; forgotten with the next file).
        self._source_columns: ColumnMapping | None = None
        #: A refused file's first rows, offered for choosing its columns (hold passwords).
        self._unmapped: Unmapped | None = None
        self.mapping_dialog: ColumnMappingDialog | None = None
        self._cancel: threading.Event | None = None
        self._report_breach_opt_in = False
        #: Bumped when a run starts or the data is dropped: late answers are ignored.
        self._generation = 0
        self.setWindowTitle(self.tr("Password export audit"))
        self.resize(1024, 640)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(
            wrapped_label(self.tr("Audit your password manager"), bold=True, size_delta=3)
        )
        layout.addWidget(
            wrapped_label(
                self.tr(
                    "Export your logins from your password manager or browser as a CSV file, "
                    "then choose it here. The file is read on this computer only; the list "
                    "below never shows a password unless you reveal one."
                )
            )
        )

        self.choose_button = QPushButton(self.tr("Choose export file…"))
        self.choose_button.setObjectName("chooseExportButton")
        self.choose_button.setAccessibleName(self.tr("Choose export file"))
        self.choose_button.setAccessibleDescription(
            self.tr("Opens a file dialog to pick the CSV file your password manager exported")
        )
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_file)
        self.rerun_button = QPushButton(self.tr("Run again"))
        self.rerun_button.setObjectName("rerunButton")
        self.rerun_button.setAccessibleName(self.tr("Run the audit again"))
        self.rerun_button.setAccessibleDescription(
            self.tr("Reads the same export file again and audits it")
        )
        self.rerun_button.setAutoDefault(False)
        self.rerun_button.clicked.connect(self.run_again)
        self.breach_box = QCheckBox(self.tr("Also check each password against known breaches"))
        self.breach_box.setObjectName("breachCheckBox")
        self.breach_box.setAccessibleName(self.breach_box.text())
        self.privacy_note = wrapped_label(
            self.tr(
                "For each password, only the first 5 characters of a fingerprint are sent to "
                "the Pwned Passwords service; no password leaves this computer."
            )
        )
        self.breach_box.setAccessibleDescription(self.privacy_note.text())
        self.breach_box.toggled.connect(self._breach_toggled)
        if not self._breach_allowed:
            from hygiene_app.ui.organisation import turn_off_breach_box

            turn_off_breach_box(self.breach_box, self.privacy_note)
        choose_row = QHBoxLayout()
        choose_row.addWidget(self.choose_button)
        choose_row.addWidget(self.rerun_button)
        choose_row.addSpacing(12)
        breach_column = QVBoxLayout()
        breach_column.setSpacing(2)
        breach_column.addWidget(self.breach_box)
        breach_column.addWidget(self.privacy_note)
        choose_row.addLayout(breach_column, 1)
        layout.addLayout(choose_row)

        # --- progress -----------------------------------------------------------------------
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Audit progress"))
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(260)
        self.status = wrapped_label()
        self.status.setObjectName("auditStatus")
        self.status.setAccessibleName(self.tr("Audit status"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleDescription(self.tr("Stops the running audit"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress)
        progress_row.addWidget(self.status, 1)
        progress_row.addWidget(self.cancel_button)
        self.map_button = QPushButton(self.tr("Choose the columns…"))
        self.map_button.setObjectName("chooseColumnsButton")
        self.map_button.setAccessibleName(self.tr("Choose the columns"))
        self.map_button.setAccessibleDescription(
            self.tr(
                "Shows the first rows of the file, passwords hidden, to say which column holds what"
            )
        )
        self.map_button.setAutoDefault(False)
        self.map_button.clicked.connect(self.choose_columns)
        self.map_button.hide()
        progress_row.addWidget(self.map_button)
        layout.addLayout(progress_row)

        # --- summary ------------------------------------------------------------------------
        self.summary = wrapped_label(bold=True, size_delta=1)
        self.summary.setObjectName("auditSummary")
        self.summary.setAccessibleName(self.tr("Summary"))
        layout.addWidget(self.summary)
        #: Which manager the file was read as, and the rows not counted as logins and why
        #: (what the CLI prints above its summary).
        self.reading_note = wrapped_label()
        self.reading_note.setObjectName("auditReading")
        self.reading_note.setAccessibleName(self.tr("How the file was read"))
        self.reading_note.hide()
        layout.addWidget(self.reading_note)

        # --- table --------------------------------------------------------------------------
        self.model = AuditTableModel(self)
        self.proxy = AuditFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter_box = QComboBox()
        self.filter_box.setAccessibleName(self.tr("Show"))
        self.filter_box.addItem(self.tr("Problems only"), True)
        self.filter_box.addItem(self.tr("All logins"), False)
        self.filter_box.currentIndexChanged.connect(
            lambda: self.proxy.set_problems_only(bool(self.filter_box.currentData()))
        )
        show_label = plain_label(self.tr("Show:"))
        show_label.setBuddy(self.filter_box)
        self.search = QLineEdit()
        self.search.setObjectName("auditSearch")
        self.search.setPlaceholderText(self.tr("Site or username"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setAccessibleDescription(
            self.tr("Shows only the logins whose site or username contains these words")
        )
        self.search.setMaximumWidth(280)
        self.search.textChanged.connect(self.proxy.set_search)
        search_label = plain_label(self.tr("&Search:"), buddy=self.search)
        filter_row = QHBoxLayout()
        filter_row.addWidget(search_label)
        filter_row.addWidget(self.search, 1)
        filter_row.addSpacing(12)
        filter_row.addWidget(show_label)
        filter_row.addWidget(self.filter_box)
        filter_row.addStretch(1)
        self.export_button = QPushButton(self.tr("Export report…"))
        self.export_button.setAccessibleName(self.tr("Export report"))
        self.export_button.setAccessibleDescription(
            self.tr("Saves the report as a JSON file; it holds no passwords")
        )
        self.export_button.setAutoDefault(False)
        self.export_button.clicked.connect(self.choose_report_file)
        filter_row.addWidget(self.export_button)
        layout.addLayout(filter_row)

        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Logins and their problems"))
        self.table.setAccessibleDescription(
            self.tr("One line per login: site, username, problems (worst first) and strength")
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(AuditTableModel.PROBLEMS, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(AuditTableModel.SITE, 190)
        header.resizeSection(AuditTableModel.USERNAME, 170)
        header.setSectionResizeMode(
            AuditTableModel.STRENGTH, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.sortByColumn(AuditTableModel.PROBLEMS, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # The header sizes "Strength" to the rows it saw first; rows a filter lets in later
        # ("Very strong (4 of 4)") would be cut short.
        for changed in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            changed.connect(self._fit_strength)
        layout.addWidget(self.table, 1)

        # --- reveal -------------------------------------------------------------------------
        self.reveal_button = QPushButton(self.tr("Reveal password"))
        self.reveal_button.setObjectName("revealButton")
        self.reveal_button.setAccessibleDescription(
            self.tr("Shows the password of the selected login until you select another one")
        )
        self.reveal_button.setAutoDefault(False)
        self.reveal_button.clicked.connect(self.reveal_selected)
        self.revealed = SecretLineEdit()
        self.revealed.setObjectName("revealedPassword")
        self.revealed.setReadOnly(True)
        self.revealed.setEchoMode(QLineEdit.EchoMode.Normal)
        self.revealed.setAccessibleName(self.tr("Password of the selected login"))
        self.revealed.hide()
        reveal_row = QHBoxLayout()
        reveal_row.addWidget(self.reveal_button)
        reveal_row.addWidget(self.revealed, 1)
        reveal_row.addStretch(0)
        layout.addLayout(reveal_row)

        # --- the export file ----------------------------------------------------------------
        self.reminder = QFrame()
        self.reminder.setObjectName("exportReminder")
        self.reminder.setFrameShape(QFrame.Shape.StyledPanel)
        reminder_row = QHBoxLayout(self.reminder)
        self.reminder_text = wrapped_label()
        self.reminder_text.setObjectName("exportReminderText")
        self.delete_button = QPushButton(self.tr("Delete the export file…"))
        self.delete_button.setObjectName("deleteExportButton")
        self.delete_button.setAccessibleName(self.tr("Delete the export file"))
        self.delete_button.setAccessibleDescription(
            self.tr("Asks for confirmation, then deletes the CSV file you audited")
        )
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self.ask_delete_export)
        reminder_row.addWidget(self.reminder_text, 1)
        reminder_row.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.reminder)

        self._set_running(False)
        self._show_report()

    # ----- state ------------------------------------------------------------------------

    @property
    def is_running(self) -> bool:
        return self._cancel is not None

    def _set_running(self, running: bool) -> None:
        self.choose_button.setEnabled(not running)
        self.rerun_button.setVisible(self._source is not None)
        self.rerun_button.setEnabled(not running)
        self.breach_box.setEnabled(not running and self._breach_allowed)
        self.cancel_button.setVisible(running)
        self.progress.setVisible(running)

    def _show_report(self) -> None:
        report = self.report
        has = report is not None
        for widget in (self.summary, self.table, self.export_button, self.filter_box):
            widget.setEnabled(has)
        self.reveal_button.setEnabled(False)
        self._hide_revealed()
        if report is None:
            self.summary.setText("")
            self.summary.hide()
        else:
            self.summary.setText(self._summary_text(report))
            self.summary.show()
        note = self._reading_text() if report is not None else ""
        self.reading_note.setText(note)
        self.reading_note.setVisible(bool(note))
        self._update_reminder()

    def _summary_text(self, report: AuditReport) -> str:
        values = {
            "logins": tr_plural("1 login", "{n} logins", report.total),
            "source": engine_text(report.format.display_name),
            "weak": report.weak,
            "reused": report.reused,
            "breached": report.breached,
        }
        if self._breach_checked():
            text = self.tr(
                "{logins} from {source}: {breached} breached, {reused} reused, {weak} weak"
            ).format(**values)
            if report.breach_unknown:
                text += " " + self.tr("({n} could not be checked for breaches)").format(
                    n=report.breach_unknown
                )
        else:
            text = self.tr(
                "{logins} from {source}: {reused} reused, {weak} weak (breaches not checked)"
            ).format(**values)
        if report.cancelled:
            text += " — " + self.tr("cancelled: the list is incomplete")
        return text

    def _reading_text(self) -> str:
        """How many rows were not counted as logins and why; nothing when every row was a
        login (the summary above already names the manager the file was read as)."""
        reading = self._reading
        if reading is None:
            return ""
        skipped = reading.skipped_text()
        return engine_text(skipped) if skipped else ""

    def _breach_checked(self) -> bool:
        return self.report is not None and self._report_breach_opt_in

    def _update_reminder(self) -> None:
        path, seen = self.export_path, self._export_seen
        if path is None or not path.exists():
            self.reminder.hide()
            return
        if seen is not None and seen.state is ExportState.LINK:
            text = self.tr(
                "{name} is a link to {target}, which holds every password of the export in "
                "clear text: anyone who can read that file can read them. When you no longer "
                "need it, delete it (and empty the trash)."
            ).format(name=str(path), target=seen.target)
        else:
            text = self.tr(
                "{name} holds every password of the export in clear text: anyone who can read "
                "the file can read them. When you no longer need it, delete it (and empty the "
                "trash)."
            ).format(name=str(path))
        self.reminder_text.setText(text)
        self.reminder.show()

    # ----- running ----------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the exported passwords file"),
            str(Path.home()),
            self.tr("CSV files (*.csv);;All files (*)"),
        )
        if path:
            self.start(Path(path))

    def start(self, path: Path, columns: ColumnMapping | None = None) -> None:
        """Read `path` and audit it in the background. The window forgets the file it showed
        before: a file that turns out not to be an export gets no banner or delete button, and
        the previous file's are gone (they would name a file the screen no longer shows).
        `columns`: the person's choice of columns for a file the reader does not know."""
        if self.is_running:
            return
        self._source = path
        self._source_columns = columns
        self.export_path = None
        self._export_seen = None
        self.drop_data()
        cancel = threading.Event()
        self._cancel = cancel
        self._generation += 1
        generation = self._generation
        use_breach = self.breach_box.isChecked() and self._breach_allowed
        breach = RangeClient(self._http, self._breach_api) if use_breach else None
        self._set_running(True)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Reading {name}…").format(name=path.name))

        def work(progress: Callable[[int, int], None]) -> object:
            # Looked at before it is read: a file replaced during the read then differs from
            # what was recorded, and is left alone when the user asks to delete it.
            try:
                seen: ExportOnDisk | None = examine(FoundExport(str(path)))
            except ValueError:  # a NUL in the name: the reader says so in words
                seen = None
            try:
                reading = parse_export_file(path, columns=columns)
            except VaultImportError as exc:
                # A layout the reader does not know: offer to choose its columns.
                return unmapped_file(path, exc) if columns is None else exc
            export_format, entries = reading.format, list(reading.entries)
            report = audit(entries, export_format, breach=breach, progress=progress, cancel=cancel)
            return (reading, entries, report, seen)

        def progressed(done: int, total: int) -> None:
            if generation != self._generation:
                return
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)
            # `total` counts the different passwords to rate plus, with the breach check, the
            # range requests to make: neither is the number of logins.
            if use_breach:
                text = self.tr("Checking… (step {done} of {total})")
            else:
                text = self.tr("Rating passwords… ({done} of {total} different passwords)")
            self.status.setText(text.format(done=done, total=total))

        def done(answer: object) -> None:
            if generation != self._generation:
                return
            self._finish(answer, path, use_breach)

        run_in_background(self, work, done, progressed)

    def _finish(self, answer: object, path: Path, use_breach: bool) -> None:
        self._cancel = None
        self._set_running(False)
        if isinstance(answer, tuple):
            reading, entries, report, seen = answer
            self._reading = reading
            self._format = reading.format
            self._entries = entries
            self.report = report
            #: The file is a real export: offer to delete it, also after the data is dropped.
            self.export_path = path
            self._export_seen = seen
            self._report_breach_opt_in = use_breach
            self.model.set_report(report, breach_checked=use_breach)
            self.status.setText(
                self.tr("Audit cancelled.") if report.cancelled else self.tr("Audit finished.")
            )
        elif isinstance(answer, VaultImportError):
            self.status.setText(engine_text(answer.text))
        elif isinstance(answer, Unmapped):
            self.status.setText(engine_text(answer.error.text))
            self._unmapped = answer
            self.map_button.show()
            self.map_button.setFocus()
        else:
            self.status.setText(
                self.tr("The audit failed: {why}").format(why=f"{type(answer).__name__}: {answer}")
            )
        self._show_report()
        self.audit_finished.emit()

    def run_again(self) -> None:
        """Audit the last chosen file again, with the breach box as it is now."""
        if self._source is not None:
            self.start(self._source, self._source_columns)

    def choose_columns(self) -> None:
        """Open the dialog that asks which column holds what, for the refused file."""
        unmapped, path = self._unmapped, self._source
        if unmapped is None or path is None or self.is_running:
            return
        dialog = ColumnMappingDialog(unmapped.rows, file_name=path.name, parent=self)
        self.mapping_dialog = dialog

        def chosen() -> None:
            mapping = dialog.mapping()
            self.mapping_dialog = None
            if mapping is not None:
                self.start(path, mapping)

        def closed() -> None:
            if self.mapping_dialog is dialog:
                self.mapping_dialog = None
            dialog.deleteLater()

        dialog.accepted.connect(chosen)
        dialog.finished.connect(closed)
        dialog.open()

    def _breach_toggled(self, checked: bool) -> None:
        # Ticking the box after an audit means "check these passwords too": run it again with
        # the check (and without it when unticked), rather than show a report that disagrees
        # with the box.
        if self.is_running or self.report is None:
            return
        if checked != self._report_breach_opt_in:
            self.run_again()

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.status.setText(self.tr("Cancelling…"))

    # ----- the list ---------------------------------------------------------------------

    def _selected_source_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.proxy.mapToSource(rows[0]).row()

    def _fit_strength(self, *_args: object) -> None:
        self.table.resizeColumnToContents(AuditTableModel.STRENGTH)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._hide_revealed()
        self.reveal_button.setEnabled(self._selected_source_row() is not None)

    def reveal_selected(self) -> None:
        row = self._selected_source_row()
        if row is None or not self._entries:
            return
        entry = self.model.entry(row)
        self.revealed.setText(reveal(self._entries, entry.row))
        self.revealed.setAccessibleDescription(
            self.tr("Password for {user} on {site}").format(user=entry.username, site=entry.site)
        )
        self.revealed.show()
        self.revealed.setFocus()

    def _hide_revealed(self) -> None:
        self.revealed.wipe()
        self.revealed.hide()

    # ----- report export ----------------------------------------------------------------

    def choose_report_file(self) -> None:
        if self.report is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the audit report"),
            str(Path.home() / "password-audit.json"),
            self.tr("JSON files (*.json)"),
        )
        if path:
            self.export_report(Path(path))

    def export_report(self, path: Path) -> bool:
        """Write the report (no passwords) as JSON; say on screen how it went."""
        if self.report is None:
            return False
        text = json.dumps(report_to_json(self.report), indent=2, ensure_ascii=False)
        try:
            atomic_write_text(path, text + "\n")
        except OSError as exc:
            self.status.setText(
                self.tr("The report could not be saved: {why}").format(why=exc.strerror or exc)
            )
            return False
        self.status.setText(self.tr("Report saved to {path}.").format(path=str(path)))
        return True

    # ----- deleting the export ----------------------------------------------------------

    def ask_delete_export(self) -> None:
        """Ask before deleting the audited export. It is looked at again first: a file that
        is gone is said to be gone, and one that is not the file the audit read is left alone
        (the user is told, not asked). A link is named with the real file it points to, since
        removing only the link would leave every password on disk."""
        path, seen = self.export_path, self._export_seen
        if path is None or seen is None:
            return
        now = examine(FoundExport(str(path)))
        if now.state is ExportState.GONE:
            self._forget_export(self._gone_text(seen))
            return
        if now != seen or not seen.deletable:
            reason = why_not(now) if not now.deletable else ""
            self._not_deleted(
                Deletion(
                    str(path),
                    problem=reason
                    or self.tr(
                        "It is not the file the audit read (it was moved, replaced or edited "
                        "since), so it was left alone; run the audit again to see it as it is "
                        "now."
                    ),
                )
            )
            return
        if seen.state is ExportState.LINK:
            question = self.tr(
                "{path} is a link to {target}, where the passwords are. Delete {target} (the "
                "real file) and the link? It cannot be undone. Keep them only if you still "
                "need to import the file into a password manager."
            ).format(path=str(path), target=seen.target)
        else:
            question = self.tr(
                "Delete {path}? It cannot be undone. Keep it only if you still need to import "
                "it into a password manager."
            ).format(path=str(path))
        if ask(self, self.tr("Delete the export file?"), question):
            self.delete_export(real_file_too=True)

    def delete_export(self, *, real_file_too: bool = False) -> bool:
        """Delete the audited export if it is still the file the audit read (re-checked right
        now). A link goes only together with its real file, and only when `real_file_too`
        (the user agreed to that). True when the passwords are no longer on disk."""
        path, seen = self.export_path, self._export_seen
        if path is None or seen is None:
            return False
        result = delete(seen, real_file_too=real_file_too)
        if not result.done:
            self._not_deleted(result)
            return False
        if not result.removed:
            message = self._gone_text(seen)
        elif len(result.removed) == 1:
            message = self.tr(
                "{path} was deleted. Remember to empty the trash too if you had copies there."
            ).format(path=result.removed[0])
        else:
            message = self.tr(
                "{target} (the real file) and {path} (the link to it) were deleted. Remember "
                "to empty the trash too if you had copies there."
            ).format(target=result.removed[0], path=result.removed[1])
        self._forget_export(message)
        return True

    def _gone_text(self, seen: ExportOnDisk) -> str:
        # A link whose real file is gone may still be there: the file is what was gone.
        gone = seen.target if seen.state is ExportState.LINK else seen.path
        return self.tr("{path} was already gone.").format(path=gone)

    def _not_deleted(self, result: Deletion) -> None:
        """Say, in the status line and in a box, that the passwords are still on disk."""
        text = self.tr("{path}: {why}").format(path=result.path, why=result.problem)
        self.status.setText(text)
        tell(self, self.tr("The export was not deleted"), text, QMessageBox.Icon.Warning)

    def _forget_export(self, message: str) -> None:
        self.status.setText(message)
        self.export_path = None
        self._export_seen = None
        self.reminder.hide()

    # ----- leaving ------------------------------------------------------------------------

    def drop_data(self) -> None:
        """Forget every entry and the report (the passwords go with them)."""
        if self._cancel is not None:
            self._cancel.set()
            self._cancel = None
        self._generation += 1
        self._set_running(False)
        self._entries = []
        self._format = None
        self._reading = None
        self.report = None
        self._report_breach_opt_in = False
        self.model.clear()
        self._unmapped = None
        self.map_button.hide()
        if self.mapping_dialog is not None:
            dialog, self.mapping_dialog = self.mapping_dialog, None
            dialog.forget()
            dialog.reject()
        self._show_report()

    def hideEvent(self, event: QHideEvent) -> None:
        # Minimising is not leaving; being hidden by the app (or closed) is.
        if not event.spontaneous():
            self.drop_data()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.drop_data()
        super().closeEvent(event)


__all__ = [
    "AuditFilter",
    "AuditTableModel",
    "EntryRowRole",
    "HasProblemRole",
    "SortRole",
    "VaultAuditWindow",
]

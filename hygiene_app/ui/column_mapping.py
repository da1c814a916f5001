"""Choosing, by hand, which column of an export holds the site, the username and the password.

Some exports have no header row (Keeper, old Dashlane) or a layout no manager we know writes.
Rather than sending the person away with "does not look like a password export", the audit
shows the first rows of the file here and lets them say what each column holds, once.

Passwords stay hidden: every cell is masked except in the columns the person marks as the site
and the username (so they can check their choice); the password column is never shown. Each
column is described by what its cells look like ("web addresses", "e-mail addresses") without
showing them. Nothing about the file is kept: the dialog hands back a `ColumnMapping` for this
one reading and forgets the rows when it closes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hygiene_app.services.passwords.vault import (
    ColumnMapping,
    VaultImportError,
    first_row_is_header,
    preview_rows,
    read_export_bytes,
)
from hygiene_app.ui.widgets import plain_label, wrapped_label

#: How many rows of the file the dialog shows.
PREVIEW_ROWS = 5
#: What a hidden cell shows: always the same length, so nothing about the value shows.
MASK = "••••••"


@dataclass(frozen=True, slots=True)
class Unmapped:
    """A file the reader refused whose first rows split into columns: the person may say which
    column holds what. `rows` hold passwords: they live only as long as the question."""

    error: VaultImportError
    rows: tuple[tuple[str, ...], ...] = field(repr=False)


def unmapped_file(path: Path, error: VaultImportError) -> Unmapped | VaultImportError:
    """`Unmapped` when the refused file at `path` is text with at least two columns (so a
    choice of columns can read it), else the reader's `error` as it was."""
    try:
        rows = preview_rows(read_export_bytes(path), limit=PREVIEW_ROWS)
    except VaultImportError:
        return error
    if not rows or max(len(r) for r in rows) < 2:
        return error
    return Unmapped(error, rows)


class Looks(Enum):
    """What the cells of a column look like, told without showing them."""

    EMPTY = "empty"
    WEB = "web"
    EMAIL = "email"
    TEXT = "text"


def _looks_like_web(cell: str) -> bool:
    text = cell.strip().lower()
    if "://" in text or text.startswith("www."):
        return True
    host = text.split("/", 1)[0]
    return "." in host and " " not in text and "@" not in text and host[-1:].isalpha()


def _looks_like_email(cell: str) -> bool:
    text = cell.strip()
    name, at, domain = text.partition("@")
    return bool(at and name and "." in domain and " " not in text)


def column_looks(values: Sequence[str]) -> Looks:
    """What most non-empty `values` of one column look like."""
    filled = [v for v in values if v.strip()]
    if not filled:
        return Looks.EMPTY
    half = len(filled) / 2
    if sum(_looks_like_web(v) for v in filled) > half:
        return Looks.WEB
    if sum(_looks_like_email(v) for v in filled) > half:
        return Looks.EMAIL
    return Looks.TEXT


class ColumnMappingDialog(QDialog):
    """Asks which column holds the site, the username and the password (see the module)."""

    def __init__(
        self,
        rows: Sequence[Sequence[str]],
        *,
        file_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._rows: tuple[tuple[str, ...], ...] = tuple(tuple(r) for r in rows)
        self._width = max((len(r) for r in self._rows), default=0)
        self._header_touched = False
        self.setObjectName("columnMappingDialog")
        self.setWindowTitle(self.tr("Choose the columns"))
        self.setModal(True)
        self.resize(760, 460)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        intro = (
            self.tr(
                "{name} has no header row the audit knows. Say which column holds what; the "
                "file is then read once with your choice, and nothing about it is kept."
            ).format(name=file_name)
            if file_name
            else self.tr(
                "This file has no header row the audit knows. Say which column holds what; "
                "the file is then read once with your choice, and nothing about it is kept."
            )
        )
        self.intro = wrapped_label(intro)
        layout.addWidget(self.intro)

        self.site_box = self._column_box(self.tr("Site"), optional=True)
        self.username_box = self._column_box(self.tr("Username"), optional=True)
        self.password_box = self._column_box(self.tr("Password"), optional=False)
        self.header_box = QCheckBox(self.tr("The first row holds column names, not a login"))
        self.header_box.setObjectName("firstRowIsHeader")
        self.header_box.setAccessibleName(self.header_box.text())
        self.header_box.toggled.connect(self._header_toggled)
        form = QFormLayout()
        form.addRow(plain_label(self.tr("&Site:"), buddy=self.site_box), self.site_box)
        form.addRow(plain_label(self.tr("&Username:"), buddy=self.username_box), self.username_box)
        form.addRow(plain_label(self.tr("&Password:"), buddy=self.password_box), self.password_box)
        form.addRow(self.header_box)
        layout.addLayout(form)

        self.note = wrapped_label(
            self.tr(
                "Only the columns you choose as site and username are shown; every other cell, "
                "and the password column, stays hidden."
            )
        )
        layout.addWidget(self.note)

        self.preview = QTableWidget(0, 0)
        self.preview.setObjectName("columnPreview")
        self.preview.setAccessibleName(self.tr("The first rows of the file"))
        self.preview.setAccessibleDescription(
            self.tr("Cells are hidden except in the columns chosen as site and username")
        )
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview.setWordWrap(False)
        self.preview.verticalHeader().hide()
        self.preview.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        # The last column takes the room left, so the grid spans the dialog (seen at 2x).
        self.preview.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.preview, 1)

        self.problem = wrapped_label()
        self.problem.setObjectName("columnProblem")
        layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.read_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.read_button.setText(self.tr("Read the file"))
        self.read_button.setObjectName("readWithColumns")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._fill_boxes()
        self._guess()
        for box in (self.site_box, self.username_box, self.password_box):
            box.currentIndexChanged.connect(self._changed)
        self._changed()

    # ----- the choice ---------------------------------------------------------------------

    def _column_box(self, role: str, *, optional: bool) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(role)
        box.setProperty("optional", optional)
        return box

    def _looks_text(self, looks: Looks) -> str:
        return {
            Looks.EMPTY: self.tr("empty"),
            Looks.WEB: self.tr("web addresses"),
            Looks.EMAIL: self.tr("e-mail addresses"),
            Looks.TEXT: self.tr("text"),
        }[looks]

    def _data_rows(self) -> tuple[tuple[str, ...], ...]:
        return self._rows[1:] if self.header_box.isChecked() else self._rows

    def _looks(self, column: int) -> Looks:
        return column_looks([r[column] if column < len(r) else "" for r in self._data_rows()])

    def _fill_boxes(self) -> None:
        """One item per column, described by what its cells look like."""
        for box in (self.site_box, self.username_box, self.password_box):
            chosen = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(
                self.tr("None") if box.property("optional") else self.tr("Choose a column"),
                None,
            )
            for column in range(self._width):
                box.addItem(
                    self.tr("Column {n} ({looks})").format(
                        n=column + 1, looks=self._looks_text(self._looks(column))
                    ),
                    column,
                )
            index = box.findData(chosen) if chosen is not None else 0
            box.setCurrentIndex(max(index, 0))
            box.blockSignals(False)

    def _guess(self) -> None:
        """Preselect the first column of web addresses as the site and the first column of
        e-mail addresses as the username; the password column is the person's to choose."""
        looks = [self._looks(c) for c in range(self._width)]
        if Looks.WEB in looks:
            self.site_box.setCurrentIndex(self.site_box.findData(looks.index(Looks.WEB)))
        if Looks.EMAIL in looks:
            self.username_box.setCurrentIndex(self.username_box.findData(looks.index(Looks.EMAIL)))

    def _chosen(self, box: QComboBox) -> int | None:
        value = box.currentData()
        return value if isinstance(value, int) else None

    def mapping(self) -> ColumnMapping | None:
        """The person's choice, or None while it is not a valid one."""
        password = self._chosen(self.password_box)
        if password is None:
            return None
        try:
            return ColumnMapping(
                site=self._chosen(self.site_box),
                username=self._chosen(self.username_box),
                password=password,
                has_header=self.header_box.isChecked(),
            )
        except ValueError:
            return None

    def _problem_text(self) -> str:
        if self._chosen(self.password_box) is None:
            return self.tr("Choose the column that holds the passwords.")
        chosen = [
            c
            for c in (
                self._chosen(self.site_box),
                self._chosen(self.username_box),
                self._chosen(self.password_box),
            )
            if c is not None
        ]
        if len(set(chosen)) != len(chosen):
            return self.tr("One column cannot hold two things: choose another one.")
        return ""

    def _changed(self) -> None:
        mapping = self.mapping()
        if mapping is not None and not self._header_touched and self._rows:
            self.header_box.blockSignals(True)
            self.header_box.setChecked(first_row_is_header(self._rows[0], mapping))
            self.header_box.blockSignals(False)
            self._fill_boxes()
        self.problem.setText(self._problem_text())
        self.problem.setVisible(bool(self.problem.text()))
        self.read_button.setEnabled(self.mapping() is not None)
        self._show_rows()

    def _header_toggled(self, _checked: bool) -> None:
        self._header_touched = True
        self._fill_boxes()
        self._changed()

    # ----- the preview --------------------------------------------------------------------

    def shown_columns(self) -> frozenset[int]:
        """The columns whose cells are shown: the ones chosen as site and username."""
        return frozenset(
            c
            for c in (self._chosen(self.site_box), self._chosen(self.username_box))
            if c is not None
        )

    def _role_text(self, column: int) -> str:
        if column == self._chosen(self.password_box):
            return self.tr("Password")
        if column == self._chosen(self.site_box):
            return self.tr("Site")
        if column == self._chosen(self.username_box):
            return self.tr("Username")
        return ""

    def _show_rows(self) -> None:
        shown = self.shown_columns()
        self.preview.clear()
        self.preview.setRowCount(len(self._rows))
        self.preview.setColumnCount(self._width)
        labels = []
        for column in range(self._width):
            role = self._role_text(column)
            labels.append(
                self.tr("{n}: {role}").format(n=column + 1, role=role) if role else str(column + 1)
            )
        self.preview.setHorizontalHeaderLabels(labels)
        header_row = self.header_box.isChecked()
        for row, cells in enumerate(self._rows):
            for column in range(self._width):
                value = cells[column] if column < len(cells) else ""
                text = value if column in shown or not value else MASK
                item = QTableWidgetItem(text)
                if header_row and row == 0:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.preview.setItem(row, column, item)

    def cell_text(self, row: int, column: int) -> str:
        """What the preview shows in a cell (for tests and screen readers)."""
        item = self.preview.item(row, column)
        return item.text() if item is not None else ""

    # ----- leaving ------------------------------------------------------------------------

    def forget(self) -> None:
        """Drop the rows (they hold passwords) and empty the preview."""
        self._rows = ()
        self.preview.clear()
        self.preview.setRowCount(0)

    def done(self, result: int) -> None:
        # The mapping is read by whoever listens to `accepted`/`finished` (it holds column
        # numbers only); the rows go now, whatever the answer.
        super().done(result)
        self.forget()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.forget()
        super().closeEvent(event)


__all__ = [
    "MASK",
    "PREVIEW_ROWS",
    "ColumnMappingDialog",
    "Looks",
    "Unmapped",
    "column_looks",
    "unmapped_file",
]

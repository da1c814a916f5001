"""Choosing the columns of an export the reader does not know: the first rows with every cell
hidden except the columns chosen as site and username, a valid choice before the file is read,
the audit reading the file with it, and nothing about the file kept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from hygiene_app.services.passwords.vault import ColumnMapping, VaultImportError, preview_rows
from hygiene_app.ui.background import wait_for_background
from hygiene_app.ui.column_mapping import (
    MASK,
    ColumnMappingDialog,
    Looks,
    Unmapped,
    column_looks,
    unmapped_file,
)
from hygiene_app.ui.vault_audit import VaultAuditWindow

PASSWORDS = ("Tr0ub4dor&3", "correct horse battery", 'pa,ss"word')
#: Password first, then a number, an e-mail address and a URL: no manager writes this, and
#: it has no header row, so the reader refuses it and the person chooses the columns.
ODD = (
    f"{PASSWORDS[0]},42,alice@example.org,https://forum.example.com/login\n"
    f"{PASSWORDS[1]},7,bob@example.net,https://www.shop.example.net\n"
    ",3,carol@example.org,https://news.example.com\n"
    '"pa,ss""word",9,dave@example.org,https://mail.example.org\n'
)
ROWS = preview_rows(ODD)


@pytest.fixture(autouse=True)
def _drain_workers() -> Iterator[None]:
    yield
    wait_for_background(15000)


def make_dialog(qtbot, rows=ROWS) -> ColumnMappingDialog:
    dialog = ColumnMappingDialog(rows, file_name="odd.csv")
    qtbot.addWidget(dialog)
    return dialog


def choose(box, column: int | None) -> None:
    box.setCurrentIndex(box.findData(column) if column is not None else 0)


def everything_shown(dialog: ColumnMappingDialog) -> list[str]:
    """Every text the dialog shows: cells, column titles, choices, labels."""
    texts = []
    table = dialog.preview
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            texts.append(dialog.cell_text(row, column))
    for column in range(table.columnCount()):
        item = table.horizontalHeaderItem(column)
        texts.append(item.text() if item is not None else "")
    for box in (dialog.site_box, dialog.username_box, dialog.password_box):
        texts.extend(box.itemText(i) for i in range(box.count()))
    texts.extend([dialog.intro.text(), dialog.note.text(), dialog.problem.text()])
    return texts


# ----- what a column looks like ---------------------------------------------------------------


def test_a_column_is_described_without_showing_it() -> None:
    assert column_looks(["https://a.example.com", "www.b.example.org", "c.example.net/x"]) is (
        Looks.WEB
    )
    assert column_looks(["alice@example.org", "bob@example.net", ""]) is Looks.EMAIL
    assert column_looks(["", "  "]) is Looks.EMPTY
    assert column_looks(["Tr0ub4dor&3", "correct horse battery"]) is Looks.TEXT


# ----- the dialog ---------------------------------------------------------------------------


def test_every_cell_is_hidden_until_a_column_is_chosen_as_site_or_username(qtbot) -> None:
    dialog = make_dialog(qtbot)
    choose(dialog.site_box, None)
    choose(dialog.username_box, None)
    for row, cells in enumerate(ROWS):
        for column, value in enumerate(cells):
            assert dialog.cell_text(row, column) == (MASK if value else "")
    for password in PASSWORDS:
        assert not any(password in text for text in everything_shown(dialog))


def test_the_site_and_username_columns_are_guessed_and_shown_the_password_never(qtbot) -> None:
    dialog = make_dialog(qtbot)
    # Guessed from what the cells look like: web addresses, e-mail addresses.
    assert dialog.site_box.currentData() == 3
    assert dialog.username_box.currentData() == 2
    assert dialog.password_box.currentData() is None
    choose(dialog.password_box, 0)
    assert dialog.cell_text(0, 3) == "https://forum.example.com/login"
    assert dialog.cell_text(1, 2) == "bob@example.net"
    assert dialog.cell_text(0, 0) == MASK  # the password
    assert dialog.cell_text(0, 1) == MASK  # a column nobody chose
    assert dialog.shown_columns() == {2, 3}
    for password in PASSWORDS:
        assert not any(password in text for text in everything_shown(dialog))
    labels = [dialog.preview.horizontalHeaderItem(c).text() for c in range(4)]
    assert labels == ["1: Password", "2", "3: Username", "4: Site"]


def test_the_file_is_read_only_with_a_password_column_and_one_thing_per_column(qtbot) -> None:
    dialog = make_dialog(qtbot)
    assert not dialog.read_button.isEnabled()
    assert dialog.mapping() is None
    assert "passwords" in dialog.problem.text()
    choose(dialog.password_box, 0)
    assert dialog.read_button.isEnabled()
    assert not dialog.problem.isVisibleTo(dialog)
    assert dialog.mapping() == ColumnMapping(site=3, username=2, password=0, has_header=False)
    choose(dialog.site_box, 0)
    assert not dialog.read_button.isEnabled()
    assert dialog.mapping() is None
    assert "two things" in dialog.problem.text()


def test_a_first_row_of_column_names_is_noticed_until_the_person_says_otherwise(qtbot) -> None:
    rows = (("Web site", "E-mail", "Pass"), *ROWS[:2])
    rows = tuple((r[-1], r[-2], r[0]) if i else r for i, r in enumerate(rows))
    dialog = make_dialog(qtbot, rows)
    assert not dialog.header_box.isChecked()
    choose(dialog.password_box, 2)
    assert dialog.header_box.isChecked()
    assert dialog.mapping() == ColumnMapping(site=0, username=1, password=2, has_header=True)
    dialog.header_box.setChecked(False)  # the person knows better
    choose(dialog.password_box, None)
    choose(dialog.password_box, 2)
    assert not dialog.header_box.isChecked()


def test_the_rows_are_forgotten_when_the_dialog_closes(qtbot) -> None:
    dialog = make_dialog(qtbot)
    choose(dialog.password_box, 0)
    dialog.show()
    dialog.accept()
    assert dialog.preview.rowCount() == 0
    assert dialog._rows == ()
    # The answer (column numbers only) is still there for whoever asked.
    assert dialog.mapping() == ColumnMapping(site=3, username=2, password=0, has_header=False)


def test_a_refused_file_that_is_not_text_is_not_offered_for_columns(tmp_path) -> None:
    error = VaultImportError("refused")
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    assert unmapped_file(binary, error) is error
    one_column = tmp_path / "list.csv"
    one_column.write_text("milk\neggs\n", encoding="utf-8")
    assert unmapped_file(one_column, error) is error
    odd = tmp_path / "odd.csv"
    odd.write_text(ODD, encoding="utf-8")
    offered = unmapped_file(odd, error)
    assert isinstance(offered, Unmapped) and offered.rows == ROWS
    assert PASSWORDS[0] not in repr(offered)


# ----- in the audit -------------------------------------------------------------------------


def make_window(qtbot) -> VaultAuditWindow:
    window = VaultAuditWindow(breach_api="http://127.0.0.1:9")
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    return window


def run_audit(qtbot, window: VaultAuditWindow, path: Path, columns=None) -> None:
    with qtbot.waitSignal(window.audit_finished, timeout=30000):
        window.start(path, columns)


def test_an_unknown_export_is_read_after_the_person_chooses_its_columns(qtbot, tmp_path) -> None:
    odd = tmp_path / "odd.csv"
    odd.write_text(ODD, encoding="utf-8")
    window = make_window(qtbot)
    run_audit(qtbot, window, odd)
    assert window.report is None
    assert "does not look like a password export" in window.status.text()
    assert window.map_button.isVisible()

    qtbot.mouseClick(window.map_button, Qt.MouseButton.LeftButton)
    dialog = window.mapping_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.cell_text(0, 0) == MASK
    choose(dialog.password_box, 0)
    with qtbot.waitSignal(window.audit_finished, timeout=30000):
        qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    assert window.report is not None and window.report.total == 3  # carol has no password
    window.filter_box.setCurrentIndex(1)  # all logins
    sites = sorted(window.proxy.index(r, 0).data() for r in range(window.proxy.rowCount()))
    assert sites == ["forum.example.com", "mail.example.org", "shop.example.net"]
    assert not window.map_button.isVisible()
    assert window.mapping_dialog is None

    # "Run again" reads it with the same choice; a new start of the file asks again.
    run_audit(qtbot, window, odd, window._source_columns)
    assert window.report is not None and window.report.total == 3
    run_audit(qtbot, window, odd)
    assert window.report is None and window.map_button.isVisible()


def test_leaving_the_audit_closes_the_question_and_drops_the_rows(qtbot, tmp_path) -> None:
    odd = tmp_path / "odd.csv"
    odd.write_text(ODD, encoding="utf-8")
    window = make_window(qtbot)
    run_audit(qtbot, window, odd)
    window.choose_columns()
    dialog = window.mapping_dialog
    assert dialog is not None
    window.close()
    assert window.mapping_dialog is None and window._unmapped is None
    assert dialog.preview.rowCount() == 0 and not dialog.isVisible()

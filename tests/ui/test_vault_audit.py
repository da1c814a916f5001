"""The vault audit window: counts and rows from a fake export, never a password in the model,
reveal of one entry, report export without passwords, deleting the export, cancel, and the
data dropped on close."""

from __future__ import annotations

import csv
import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox

from hygiene_app.engine.live import LiveHttpClient
from hygiene_app.services.passwords import strength
from hygiene_app.services.passwords.audit import audit
from hygiene_app.services.passwords.vault import read_export_file
from hygiene_app.ui.background import wait_for_background
from hygiene_app.ui.vault_audit import (
    AuditFilter,
    AuditTableModel,
    EntryRowRole,
    HasProblemRole,
    VaultAuditWindow,
)
from tests.ui.test_delete_exports import Boxes, posix_only
from tests.ui.test_password_lab import SHOTS, LocalServer, range_server

WEAK = "password1"
STRONG_A = "vX9$kq2!Lr7#pZ4@wN"
STRONG_B = "correct-glacier-Umbrella-orbit-71"
STRONG_C = "Tq8&mW3^zR6*hY1%uB"
BREACHED_STRONG = "j5Fp#8Lm@2Qz!7Rw"  # strong, yet on the (fake) breach list
PASSWORDS = (WEAK, STRONG_A, STRONG_B, STRONG_C, BREACHED_STRONG)

CHROME_ROWS = [
    ("forum.example.com", "https://forum.example.com/login", "alice@example.org", WEAK, ""),
    ("shop.example.net", "https://shop.example.net/", "alice", WEAK, "reused weak"),
    ("bank.example.net", "https://bank.example.net/", "alice.b", STRONG_A, "note,\nover lines"),
    ("mail.example.org", "https://mail.example.org/", "alice", STRONG_B, ""),
    ("news.example.com", "https://news.example.com/", "a.b", BREACHED_STRONG, ""),
]


def write_chrome(path: Path, rows=CHROME_ROWS) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "url", "username", "password", "note"])
        writer.writerows(rows)
    return path


def write_bitwarden(path: Path) -> Path:
    header = [
        "folder",
        "favorite",
        "type",
        "name",
        "notes",
        "fields",
        "reprompt",
        "login_uri",
        "login_username",
        "login_password",
        "login_totp",
    ]
    with path.open("w", newline="", encoding="utf-8-sig") as handle:  # with a BOM
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerow(
            ["", "", "login", "Forum", "", "", "0", "https://forum.example.com", "bob", WEAK, ""]
        )
        writer.writerow(["", "", "note", "Wi-Fi", "router", "", "0", "", "", "", ""])
        writer.writerow(
            ["", "", "login", "Git", "", "", "0", "https://git.example.com", "bob", STRONG_C, ""]
        )
    return path


@pytest.fixture
def chrome(tmp_path) -> Path:
    return write_chrome(tmp_path / "Chrome Passwords.csv")


@pytest.fixture
def pwned() -> Iterator[LocalServer]:
    yield from range_server({BREACHED_STRONG: 12_345, WEAK: 3_000_000}).serve()


@pytest.fixture(autouse=True)
def _drain_workers() -> Iterator[None]:
    yield
    wait_for_background(15000)


def make_window(qtbot, server: LocalServer | None = None) -> VaultAuditWindow:
    window = VaultAuditWindow(
        http=LiveHttpClient(), breach_api=server.url if server else "http://127.0.0.1:9"
    )
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    return window


def run_audit(qtbot, window: VaultAuditWindow, path: Path) -> None:
    with qtbot.waitSignal(window.audit_finished, timeout=30000):
        window.start(path)


def all_data(model) -> list[str]:
    """Every value of every role of every index, and of the headers, as text."""
    roles = [*range(0, 40), *range(int(Qt.ItemDataRole.UserRole), Qt.ItemDataRole.UserRole + 40)]
    values = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            values.extend(repr(index.data(role)) for role in roles)
    for section in range(model.columnCount()):
        for role in roles:
            values.append(repr(model.headerData(section, Qt.Orientation.Horizontal, role)))
    return values


def shown_sites(window: VaultAuditWindow) -> list[str]:
    proxy = window.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def select_site(window: VaultAuditWindow, site: str) -> None:
    proxy = window.proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data() == site:
            window.table.selectRow(row)
            return
    raise AssertionError(f"{site} is not shown")


# ----- the report -----------------------------------------------------------------------------


def test_audit_shows_counts_and_the_problem_rows_worst_first(qtbot, chrome):
    window = make_window(qtbot)
    run_audit(qtbot, window, chrome)
    report = window.report
    assert report is not None and report.total == 5
    summary = window.summary.text()
    assert "5 logins from Chrome, Edge or Brave" in summary
    assert f"{report.weak} weak" in summary and "2 reused" in summary
    assert "breaches not checked" in summary
    # Problems only by default: the two reused weak ones.
    sites = shown_sites(window)
    assert set(sites) == {"forum.example.com", "shop.example.net"}
    problems = window.proxy.index(0, AuditTableModel.PROBLEMS).data()
    assert problems.startswith("Reused on ")
    assert "Weak" in problems
    assert "(" in window.proxy.index(0, AuditTableModel.STRENGTH).data()  # "(0 of 4)": words
    window.filter_box.setCurrentIndex(1)
    assert window.proxy.rowCount() == 5
    assert window.reminder.isVisible()
    assert chrome.name in window.reminder_text.text()
    assert "clear text" in window.reminder_text.text()


def test_the_strength_column_fits_rows_the_filter_lets_in_later(qtbot, chrome):
    """The column was sized for the problem rows ("Very weak (0 of 4)"); "All logins" then
    showed "Very strong (4 of 4)" cut short."""
    window = make_window(qtbot)
    run_audit(qtbot, window, chrome)
    header = window.table.horizontalHeader()
    shown = header.sectionSize(AuditTableModel.STRENGTH)
    window.filter_box.setCurrentIndex(1)
    needed = window.table.sizeHintForColumn(AuditTableModel.STRENGTH)
    assert needed > shown  # a longer strength came in with the strong logins
    assert header.sectionSize(AuditTableModel.STRENGTH) >= needed


def test_breach_opt_in_adds_breached_entries_from_the_local_server(qtbot, chrome, pwned):
    window = make_window(qtbot, pwned)
    window.breach_box.setChecked(True)
    run_audit(qtbot, window, chrome)
    report = window.report
    assert report is not None and report.breached == 3  # the weak pair and the strong one
    assert "3 breached" in window.summary.text()
    first = window.proxy.index(0, AuditTableModel.PROBLEMS).data()
    assert first.startswith("Breached (more than a million times); Reused")
    paths = [r.path for r in pwned.requests]
    assert paths and all(len(p) == len("/range/") + 5 for p in paths)
    assert len(paths) == len(set(paths)) == 4  # one per unique prefix
    assert all(
        {k.lower(): v for k, v in r.headers.items()}.get("add-padding") == "true"
        for r in pwned.requests
    )


def test_progress_never_counts_lookups_as_logins(qtbot, tmp_path, pwned):
    # 3 logins, 2 different passwords, 2 range requests: the ticker counts to 4.
    rows = CHROME_ROWS[:3]
    path = write_chrome(tmp_path / "three.csv", rows)
    window = make_window(qtbot, pwned)
    window.breach_box.setChecked(True)
    texts: list[str] = []
    set_text = window.status.setText

    def record(text: str) -> None:
        texts.append(text)
        set_text(text)

    window.status.setText = record  # every status the window shows, in order
    run_audit(qtbot, window, path)
    assert window.report is not None and window.report.total == 3
    steps = [t for t in texts if "step" in t]
    assert steps, texts
    assert all(t.startswith("Checking… (step ") for t in steps)
    assert steps[-1] == "Checking… (step 4 of 4)"
    assert not any("logins" in t for t in texts)

    texts.clear()
    with qtbot.waitSignal(window.audit_finished, timeout=30000):
        window.breach_box.setChecked(False)  # unticked after an audit: it runs again without
    rated = [t for t in texts if t.startswith("Rating passwords")]
    assert rated and rated[-1] == "Rating passwords… (2 of 2 different passwords)"
    assert not any("logins" in t for t in texts)


def test_bitwarden_export_with_a_bom_and_a_note_row(qtbot, tmp_path):
    window = make_window(qtbot)
    run_audit(qtbot, window, write_bitwarden(tmp_path / "bitwarden_export.csv"))
    assert window.report is not None and window.report.total == 2
    assert "Bitwarden" in window.summary.text()
    window.filter_box.setCurrentIndex(1)
    assert sorted(shown_sites(window)) == ["forum.example.com", "git.example.com"]


def test_the_audit_says_which_manager_it_read_and_which_rows_it_left_out(qtbot):
    """What the CLI prints above its summary: the manager the file was read as, and how many
    rows were not counted as logins and why (Firefox's own Sync-key row is no login)."""
    real = Path(__file__).resolve().parents[1] / "fixtures" / "exports" / "real"
    window = make_window(qtbot)
    run_audit(qtbot, window, real / "firefox" / "proton-webclients-firefox.csv")
    note = window.reading_note
    assert "from Firefox:" in window.summary.text()
    assert note.isVisible()
    assert note.textFormat() == Qt.TextFormat.PlainText
    assert "not counted as logins" in note.text()
    assert "Sync key" in note.text()
    # The next file names its own manager and its own rows left out.
    run_audit(qtbot, window, real / "passman" / "pass-import-passman.csv")
    assert "from Passman:" in window.summary.text()
    assert "3 rows were not counted as logins" in note.text()
    # A file whose every row is a login: the summary names the manager, the note says nothing.
    run_audit(qtbot, window, real / "bitwarden" / "gotrigger-bitwarden.csv")
    assert not note.isVisible() and note.text() == ""
    window.drop_data()
    assert not note.isVisible() and note.text() == ""


def test_a_file_that_is_not_an_export_says_which_formats_are_supported(qtbot, tmp_path):
    junk = tmp_path / "groceries.csv"
    junk.write_text("item,qty\nmilk,1\n", encoding="utf-8")
    window = make_window(qtbot)
    run_audit(qtbot, window, junk)
    assert window.report is None
    assert "Bitwarden" in window.status.text() and "KeePassXC" in window.status.text()
    assert not window.reminder.isVisible()  # not an export: no offer to delete it
    missing = tmp_path / "gone.csv"
    run_audit(qtbot, window, missing)
    assert "does not exist" in window.status.text()


def test_choose_file_uses_the_file_dialog(qtbot, chrome, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(chrome), ""))
    )
    window = make_window(qtbot)
    with qtbot.waitSignal(window.audit_finished, timeout=30000):
        window.choose_button.click()
    assert window.report is not None and window.report.total == 5


# ----- passwords stay hidden ------------------------------------------------------------------


def test_no_password_appears_in_any_model_data(qtbot, chrome, pwned):
    window = make_window(qtbot, pwned)
    window.breach_box.setChecked(True)
    run_audit(qtbot, window, chrome)
    window.filter_box.setCurrentIndex(1)
    for model in (window.model, window.proxy):
        values = "\n".join(all_data(model))
        assert "forum.example.com" in values  # the scan sees the data
        for password in PASSWORDS:
            assert password not in values
    assert window.revealed.text() == ""


def test_reveal_shows_only_the_selected_entry_until_the_selection_changes(qtbot, chrome):
    window = make_window(qtbot)
    run_audit(qtbot, window, chrome)
    window.filter_box.setCurrentIndex(1)
    assert not window.reveal_button.isEnabled()
    select_site(window, "bank.example.net")
    assert window.reveal_button.isEnabled()
    window.reveal_button.click()
    assert window.revealed.isVisible()
    assert window.revealed.text() == STRONG_A
    assert window.revealed.isReadOnly()
    for password in PASSWORDS:
        if password != STRONG_A:
            assert password not in "\n".join(all_data(window.proxy))
    select_site(window, "mail.example.org")
    assert window.revealed.text() == ""
    assert not window.revealed.isVisible()


def test_export_report_has_no_passwords(qtbot, chrome, tmp_path, monkeypatch, pwned):
    from PySide6.QtWidgets import QFileDialog

    window = make_window(qtbot, pwned)
    window.breach_box.setChecked(True)
    run_audit(qtbot, window, chrome)
    target = tmp_path / "out" / "report.json"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window.export_button.click()
    text = target.read_text(encoding="utf-8")
    doc = json.loads(text)
    assert doc["summary"]["total"] == 5
    assert {e["site"] for e in doc["entries"]} >= {"bank.example.net", "forum.example.com"}
    for password in PASSWORDS:
        assert password not in text
    assert str(target) in window.status.text()
    # An unwritable place is said in words.
    assert not window.export_report(tmp_path / "missing-dir" / "r.json")
    assert "could not be saved" in window.status.text()


# ----- the export file ------------------------------------------------------------------------


def test_delete_the_export_after_confirmation(qtbot, chrome, monkeypatch):
    asked = []

    def yes(box):
        asked.append(box.text())
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", yes)
    window = make_window(qtbot)
    run_audit(qtbot, window, chrome)
    assert window.delete_button.isVisible()
    window.delete_button.click()
    assert asked and str(chrome) in asked[0]
    assert not chrome.exists()
    assert "was deleted" in window.status.text()
    assert not window.reminder.isVisible()


def test_declining_the_confirmation_keeps_the_file(qtbot, chrome, monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.No)
    window = make_window(qtbot)
    run_audit(qtbot, window, chrome)
    window.delete_button.click()
    assert chrome.exists()
    assert window.reminder.isVisible()


def test_a_file_already_gone_is_said_in_words(qtbot, chrome, monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Yes)
    window = make_window(qtbot)
    run_audit(qtbot, window, chrome)
    chrome.unlink()
    window.delete_button.click()
    assert "already gone" in window.status.text()


@posix_only
def test_a_linked_export_is_named_with_its_real_file_and_both_go_after_consent(
    qtbot, tmp_path, monkeypatch
):
    (tmp_path / "elsewhere").mkdir()
    real = write_chrome(tmp_path / "elsewhere" / "passwords.csv")
    link = tmp_path / "Chrome Passwords.csv"
    link.symlink_to(real)
    window = make_window(qtbot)
    run_audit(qtbot, window, link)
    assert str(real) in window.reminder_text.text()  # the banner says where the passwords are
    boxes = Boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    window.delete_button.click()
    question = boxes.texts[0]
    assert "link" in question and str(link) in question and str(real) in question
    assert not real.exists(), "the passwords are still on disk"
    assert not os.path.lexists(link)
    assert len(boxes.texts) == 1  # all went: no warning
    assert str(real) in window.status.text() and "deleted" in window.status.text()
    assert not window.reminder.isVisible()


@posix_only
def test_declining_a_linked_export_keeps_both(qtbot, tmp_path, monkeypatch):
    (tmp_path / "elsewhere").mkdir()
    real = write_chrome(tmp_path / "elsewhere" / "passwords.csv")
    link = tmp_path / "Chrome Passwords.csv"
    link.symlink_to(real)
    window = make_window(qtbot)
    run_audit(qtbot, window, link)
    Boxes(monkeypatch, QMessageBox.StandardButton.No)
    window.delete_button.click()
    assert real.exists() and link.is_symlink()
    assert window.reminder.isVisible()
    # Without the user's consent to the real file, deleting does not pretend.
    assert not window.delete_export()
    assert real.exists() and link.is_symlink()


def test_an_export_replaced_after_the_audit_is_kept_and_the_user_is_told(
    qtbot, tmp_path, chrome, monkeypatch
):
    window = make_window(qtbot)
    run_audit(qtbot, window, chrome)
    # The user exports again into the same name: a new file, not the one audited.
    fresh = write_chrome(tmp_path / "fresh.csv", CHROME_ROWS[:2])
    fresh.replace(chrome)
    boxes = Boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    window.delete_button.click()
    assert chrome.exists()
    assert len(boxes.texts) == 1  # told, not asked
    told = boxes.texts[0]
    assert told.startswith(f"{chrome}: ") and "not the file the audit read" in told
    assert told == window.status.text()


def test_an_export_changed_while_the_question_is_open_is_kept_and_the_user_is_told(
    qtbot, chrome, monkeypatch
):
    window = make_window(qtbot)
    run_audit(qtbot, window, chrome)
    boxes = Boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    boxes.before[1] = lambda: write_chrome(chrome, CHROME_ROWS[:1])  # edited in place
    window.delete_button.click()
    assert chrome.exists()
    assert len(boxes.texts) == 2
    assert boxes.texts[1].startswith(f"{chrome}: ") and "changed since" in boxes.texts[1]
    assert window.status.text() == boxes.texts[1]  # no "was deleted" on screen


def test_a_plain_export_is_deleted_and_the_status_names_its_path(qtbot, chrome, monkeypatch):
    window = make_window(qtbot)
    run_audit(qtbot, window, chrome)
    boxes = Boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    window.delete_button.click()
    assert not chrome.exists()
    assert len(boxes.texts) == 1 and str(chrome) in boxes.texts[0]
    assert "link" not in boxes.texts[0]
    assert window.status.text().startswith(f"{chrome} was deleted.")
    assert window.export_path is None and not window.reminder.isVisible()


# ----- cancel and leaving ---------------------------------------------------------------------


def gate_first_rating(monkeypatch, until: threading.Event) -> tuple[threading.Event, list[bool]]:
    """The audit's first rating says it started, then waits for `until` (at most 10 s): the
    test decides what happens while the audit runs, whatever the machine's speed. Returns the
    "started" event and whether the wait ended by `until` (not by the 10 s limit)."""
    started = threading.Event()
    waited: list[bool] = []
    real = strength.rate

    def rate(password: str, user_inputs=()):
        if not started.is_set():
            started.set()
            waited.append(until.wait(10))
        return real(password, user_inputs)

    monkeypatch.setattr(strength, "rate", rate)
    return started, waited


def test_cancel_stops_the_audit_and_the_window_stays_usable(qtbot, chrome, monkeypatch):
    release = threading.Event()
    started, waited = gate_first_rating(monkeypatch, release)
    window = make_window(qtbot)
    with qtbot.waitSignal(window.audit_finished, timeout=30000):
        window.start(chrome)
        assert window.cancel_button.isVisible()
        qtbot.waitUntil(started.is_set, timeout=10000)  # rating the first password
        window.cancel_button.click()
        release.set()
    assert waited == [True]
    assert window.report is not None and window.report.cancelled
    assert "cancelled" in window.status.text().lower()
    assert not window.cancel_button.isVisible()
    assert window.choose_button.isEnabled()


def test_the_window_answers_while_auditing(qtbot, chrome, monkeypatch):
    """The first rating waits until the UI thread's timer has ticked three times: that can
    only happen if the audit does not hold the event loop."""
    from PySide6.QtCore import QTimer

    ticked = threading.Event()
    _started, waited = gate_first_rating(monkeypatch, ticked)
    window = make_window(qtbot)
    ticks = []

    def tick() -> None:
        ticks.append(1)
        if len(ticks) >= 3:
            ticked.set()

    timer = QTimer(window)
    timer.setInterval(20)
    timer.timeout.connect(tick)
    timer.start()
    run_audit(qtbot, window, chrome)
    timer.stop()
    assert waited == [True]  # the event loop kept turning while the audit ran
    assert window.report is not None and window.report.total == 5


def test_data_is_dropped_when_the_window_closes(qtbot, chrome):
    window = make_window(qtbot)
    run_audit(qtbot, window, chrome)
    assert window.model.rowCount() == 5
    window.close()
    assert window.model.rowCount() == 0
    assert window.report is None
    assert window._entries == []
    assert window.revealed.text() == ""


def test_data_is_dropped_when_the_window_is_hidden(qtbot, chrome):
    window = make_window(qtbot)
    run_audit(qtbot, window, chrome)
    window.hide()
    assert window.model.rowCount() == 0 and window._entries == []


# ----- the model ------------------------------------------------------------------------------


def test_audit_table_model_passes_the_model_tester(qtbot, qtmodeltester, chrome):
    fmt, entries = read_export_file(chrome)
    report = audit(entries, fmt)
    model = AuditTableModel()
    model.set_report(report)
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 0).data(EntryRowRole) in {e.row for e in entries}
    assert isinstance(model.index(0, 0).data(HasProblemRole), bool)
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None
    # The tester keeps watching: a reset to empty and back must be well-formed too.
    model.clear()
    model.set_report(report, breach_checked=True)


def test_the_filter_proxy_passes_the_model_tester(qtbot, qtmodeltester, chrome):
    fmt, entries = read_export_file(chrome)
    model = AuditTableModel()
    model.set_report(audit(entries, fmt))
    proxy = AuditFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)
    assert 0 < proxy.rowCount() < model.rowCount()
    proxy.set_problems_only(False)
    assert proxy.rowCount() == model.rowCount()


def test_sorting_by_site_and_strength(qtbot, chrome):
    window = make_window(qtbot)
    run_audit(qtbot, window, chrome)
    window.filter_box.setCurrentIndex(1)
    window.table.sortByColumn(AuditTableModel.SITE, Qt.SortOrder.AscendingOrder)
    assert shown_sites(window) == sorted(shown_sites(window))
    window.table.sortByColumn(AuditTableModel.STRENGTH, Qt.SortOrder.DescendingOrder)
    scores = [
        window.model.entry(window.proxy.mapToSource(window.proxy.index(r, 0)).row()).score
        for r in range(window.proxy.rowCount())
    ]
    assert scores == sorted(scores, reverse=True)


# ----- screenshots ----------------------------------------------------------------------------


def test_render_the_audit(qtbot, chrome, pwned, monkeypatch):
    SHOTS.mkdir(parents=True, exist_ok=True)
    window = make_window(qtbot, pwned)
    assert window.grab().save(str(SHOTS / "audit-empty-light.png"))
    window.breach_box.setChecked(True)
    run_audit(qtbot, window, chrome)
    window.filter_box.setCurrentIndex(1)
    select_site(window, "bank.example.net")
    window.reveal_button.click()
    qtbot.wait(50)
    assert window.grab().save(str(SHOTS / "audit-report-light.png"))


def test_every_control_is_named(qtbot, chrome):
    from tests.ui.test_accessibility import unnamed_controls

    window = make_window(qtbot)
    run_audit(qtbot, window, chrome)
    select_site(window, "forum.example.com")
    window.reveal_button.click()
    assert unnamed_controls(window) == []


# ----- the file: refused, forgotten, read again -----------------------------------------------


def test_a_named_pipe_is_refused_in_words_without_hanging(qtbot, tmp_path):
    fifo = tmp_path / "passwords.csv"
    os.mkfifo(fifo)
    window = make_window(qtbot)
    try:
        with qtbot.waitSignal(window.audit_finished, timeout=10000):
            window.start(fifo)
    finally:
        if window.is_running:  # the reader is stuck in open(): let it go
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    assert window.status.text() == (
        f"{fifo} is a named pipe, not a file; choose the exported CSV file."
    )
    assert window.report is None
    assert not window.reminder.isVisible()
    assert not window.delete_button.isVisible()


def test_a_failed_load_forgets_the_previous_file(qtbot, chrome, tmp_path, monkeypatch):
    window = make_window(qtbot)
    run_audit(qtbot, window, chrome)
    assert window.reminder.isVisible() and window.delete_button.isVisible()
    junk = tmp_path / "groceries.csv"
    junk.write_text("item,qty\nmilk,1\n", encoding="utf-8")
    run_audit(qtbot, window, junk)
    assert "does not look like a password export" in window.status.text()
    # No banner, no button, nothing left that targets the export shown before.
    assert not window.reminder.isVisible()
    assert not window.delete_button.isVisible()
    assert window.export_path is None
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Yes)
    window.ask_delete_export()
    assert not window.delete_export()
    assert chrome.exists()


def test_run_again_reads_the_same_file_again(qtbot, tmp_path):
    path = write_chrome(tmp_path / "export.csv", CHROME_ROWS[2:4])  # two strong logins
    window = make_window(qtbot)
    assert not window.rerun_button.isVisible()  # nothing chosen yet
    run_audit(qtbot, window, path)
    assert window.report is not None and window.report.total == 2
    assert window.rerun_button.isVisible() and window.rerun_button.isEnabled()
    write_chrome(path, CHROME_ROWS)  # the user exported again, into the same file
    with qtbot.waitSignal(window.audit_finished, timeout=30000):
        window.rerun_button.click()
    assert window.report is not None and window.report.total == 5
    assert "5 logins" in window.summary.text()
    # A file that failed can be tried again too, once it is fixed.
    broken = tmp_path / "broken.csv"
    broken.write_text("item,qty\n", encoding="utf-8")
    run_audit(qtbot, window, broken)
    assert window.report is None and window.rerun_button.isVisible()
    write_chrome(broken, CHROME_ROWS[:1])
    with qtbot.waitSignal(window.audit_finished, timeout=30000):
        window.rerun_button.click()
    assert window.report is not None and window.report.total == 1


def test_ticking_the_breach_box_after_an_audit_runs_it_again_with_the_check(qtbot, chrome, pwned):
    window = make_window(qtbot, pwned)
    run_audit(qtbot, window, chrome)
    assert "breaches not checked" in window.summary.text()
    assert pwned.requests == []
    with qtbot.waitSignal(window.audit_finished, timeout=30000):
        window.breach_box.setChecked(True)
    assert window.report is not None and window.report.breached == 3
    assert "3 breached" in window.summary.text()
    assert len(pwned.requests) == 4
    with qtbot.waitSignal(window.audit_finished, timeout=30000):
        window.breach_box.setChecked(False)
    assert "breaches not checked" in window.summary.text()
    assert len(pwned.requests) == 4  # unticked: no new request


def test_reuse_names_the_other_login_and_never_a_password(qtbot, chrome):
    window = make_window(qtbot)
    run_audit(qtbot, window, chrome)
    by_site = {
        window.proxy.index(r, 0).data(): window.proxy.index(r, AuditTableModel.PROBLEMS).data()
        for r in range(window.proxy.rowCount())
    }
    assert by_site["forum.example.com"].startswith("Reused on shop.example.net (alice)")
    assert by_site["shop.example.net"].startswith("Reused on forum.example.com (alice@example.org)")
    tooltip = window.proxy.index(0, AuditTableModel.PROBLEMS).data(Qt.ItemDataRole.ToolTipRole)
    assert "(alice" in tooltip
    for value in all_data(window.model):
        assert not any(secret in value for secret in PASSWORDS)


def test_reuse_on_many_logins_names_two_and_counts_the_rest(qtbot, tmp_path):
    rows = [
        (f"s{i}.example.com", f"https://s{i}.example.com/", f"u{i}", WEAK, "") for i in range(5)
    ]
    window = make_window(qtbot)
    run_audit(qtbot, window, write_chrome(tmp_path / "many.csv", rows))
    problems = window.proxy.index(0, AuditTableModel.PROBLEMS).data()
    assert problems.startswith("Reused on ")
    assert "and 2 more" in problems
    assert WEAK not in problems


def test_search_filters_by_site_or_username_in_any_case(qtbot, chrome):
    window = make_window(qtbot)
    run_audit(qtbot, window, chrome)
    window.filter_box.setCurrentIndex(1)  # all logins
    assert window.proxy.rowCount() == 5
    window.search.setText("SHOP")
    assert shown_sites(window) == ["shop.example.net"]
    window.search.setText("alice")  # usernames alice, alice.b, alice@example.org
    assert set(shown_sites(window)) == {
        "forum.example.com",
        "shop.example.net",
        "bank.example.net",
        "mail.example.org",
    }
    window.search.setText("a.b")  # plain text, not a pattern: only "a.b" itself
    assert shown_sites(window) == ["news.example.com"]
    window.search.setText("[")  # no crash on what would be a bad pattern
    assert shown_sites(window) == []
    window.search.clear()
    assert window.proxy.rowCount() == 5
    window.filter_box.setCurrentIndex(0)  # problems only, still narrowed by the search
    window.search.setText("forum")
    assert shown_sites(window) == ["forum.example.com"]

"""Deleting PWD-003's password exports from the window: a link is named with the real file it
points to and both go, a file changed after the question is left alone and the user is told,
and a report export is saved privately."""

from __future__ import annotations

import json
import os
import stat
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from hygiene_app.checks.password_exports import PasswordExportsCheck
from hygiene_app.engine.live import LiveFileReader
from hygiene_app.engine.model import Status
from hygiene_app.engine.registry import Registry
from hygiene_app.services.passwords.audit import audit
from hygiene_app.services.passwords.vault import read_export_file
from hygiene_app.ui.controller import CheckupController
from hygiene_app.ui.main_window import MainWindow
from hygiene_app.ui.vault_audit import VaultAuditWindow
from tests.support import NOW, as_this_computer, machine

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="symlinks and modes")
HEADER = "name,url,username,password,note\nsite,https://x.example,ann,FAKE-pw,\n"


def home_with_folders(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    for name in ("Downloads", "Desktop", "Documents"):
        (home / name).mkdir(parents=True)
    return home


def window_over(qtbot, tmp_path: Path, home: Path) -> MainWindow:
    base = machine("debian")
    seams = replace(base, files=LiveFileReader(), platform=replace(base.platform, home=str(home)))
    controller = CheckupController(
        Registry([PasswordExportsCheck()]), as_this_computer(seams, tmp_path / "settings.json")
    )
    window = MainWindow(controller, clock=lambda: NOW)
    qtbot.addWidget(window)
    with qtbot.waitSignal(controller.finished, timeout=20000):
        controller.run_all()
    assert controller.checkup is not None
    assert controller.checkup.result("PWD-003").status is Status.FAIL
    return window


class Boxes:
    """Answers each message box in turn, after running `before` (if any) for that box."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *answers: QMessageBox.StandardButton):
        self.texts: list[str] = []
        self.before: dict[int, object] = {}
        pending = list(answers)

        def exec_(box: QMessageBox) -> int:
            self.texts.append(box.text())
            hook = self.before.get(len(self.texts))
            if callable(hook):
                hook()
            return pending.pop(0) if pending else QMessageBox.StandardButton.Ok

        monkeypatch.setattr(QMessageBox, "exec", exec_)


@posix_only
def test_a_linked_export_is_named_as_a_link_and_the_real_file_is_deleted(
    qtbot, tmp_path, monkeypatch
):
    home = home_with_folders(tmp_path)
    real = tmp_path / "elsewhere" / "passwords.csv"
    real.parent.mkdir()
    real.write_text(HEADER)
    link = home / "Downloads" / "Chrome Passwords.csv"
    link.symlink_to(real)
    window = window_over(qtbot, tmp_path, home)
    boxes = Boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.controller.rechecked, timeout=10000):
        window.delete_files("PWD-003")
    question = boxes.texts[0]
    assert "link" in question and str(real) in question and str(link) in question
    assert not real.exists(), "the passwords are still on disk"
    assert not link.is_symlink()
    assert window.controller.checkup.result("PWD-003").status is Status.PASS
    assert len(boxes.texts) == 1  # all went: no warning


def test_no_deletes_nothing(qtbot, tmp_path, monkeypatch):
    home = home_with_folders(tmp_path)
    export = home / "Downloads" / "Chrome Passwords.csv"
    export.write_text(HEADER)
    window = window_over(qtbot, tmp_path, home)
    Boxes(monkeypatch, QMessageBox.StandardButton.No)
    window.delete_files("PWD-003")
    assert export.exists()


def test_a_file_that_changed_after_the_question_is_kept_and_the_user_is_told(
    qtbot, tmp_path, monkeypatch
):
    home = home_with_folders(tmp_path)
    kept = home / "Downloads" / "Chrome Passwords.csv"
    kept.write_text(HEADER)
    other = home / "Desktop" / "bitwarden.csv"
    other.write_text("login_uri,login_username,login_password\nhttps://x,ann,FAKE\n")
    window = window_over(qtbot, tmp_path, home)
    boxes = Boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    # While the question is open, the user's tool rewrites one of the files.
    boxes.before[1] = lambda: kept.write_text(HEADER + "more,https://y.example,bo,FAKE-2,\n")
    with qtbot.waitSignal(window.controller.rechecked, timeout=10000):
        window.delete_files("PWD-003")
    assert kept.exists() and not other.exists()
    assert len(boxes.texts) == 2
    report = boxes.texts[1]
    assert f"{kept}:" in report and "changed since" in report
    assert "Deleted:" in report and str(other) in report


def test_files_gone_before_the_click_are_said_to_be_gone(qtbot, tmp_path, monkeypatch):
    home = home_with_folders(tmp_path)
    export = home / "Downloads" / "Chrome Passwords.csv"
    export.write_text(HEADER)
    window = window_over(qtbot, tmp_path, home)
    export.unlink()
    boxes = Boxes(monkeypatch)
    with qtbot.waitSignal(window.controller.rechecked, timeout=10000):
        window.delete_files("PWD-003")
    assert boxes.texts == [f"{export}: It is no longer there."]


@posix_only
def test_the_audit_report_is_saved_privately(qtbot, tmp_path):
    export = tmp_path / "chrome.csv"
    export.write_text(HEADER)
    fmt, entries = read_export_file(export)
    window = VaultAuditWindow(http=None, breach_api="http://127.0.0.1:9")  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.report = audit(entries, fmt)
    target = tmp_path / "report.json"
    old = os.umask(0o022)
    try:
        assert window.export_report(target)
    finally:
        os.umask(old)
    assert json.loads(target.read_text())["summary"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600

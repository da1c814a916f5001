"""Counts of one read in the singular on screen ("1 login", never "1 logins")."""

from __future__ import annotations

import csv
from pathlib import Path

from hygiene_app.engine.live import LiveHttpClient
from hygiene_app.ui.vault_audit import VaultAuditWindow


def test_an_export_with_one_login_says_1_login(qtbot, tmp_path: Path):
    path = tmp_path / "Chrome Passwords.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "url", "username", "password", "note"])
        writer.writerow(["forum", "https://forum.example.com/", "a", "correct-horse-9!x", ""])
    window = VaultAuditWindow(http=LiveHttpClient(offline=True), breach_api="http://127.0.0.1:9")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.audit_finished, timeout=30000):
        window.start(path)
    summary = window.summary.text()
    assert summary.startswith("1 login from ")
    assert "1 logins" not in summary

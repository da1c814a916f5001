"""The canary privacy test, in the desktop app: typed into the lab with the breach check on,
audited from an export with the breach check on, the report exported; afterwards nothing under
the test's HOME, XDG folders or temp folder holds it, and the server saw only 5-hex prefixes."""

from __future__ import annotations

import tempfile

import pytest

from hygiene_app.engine.live import LiveHttpClient
from hygiene_app.services.passwords.breach import sha1_hex
from hygiene_app.ui.background import wait_for_background
from hygiene_app.ui.password_lab import PasswordLab
from hygiene_app.ui.vault_audit import VaultAuditWindow
from tests.services.passwords.server import assert_k_anonymous, recording_server
from tests.test_privacy import Tree, canary, leaks


@pytest.fixture
def tree(tmp_path, monkeypatch):
    tree = Tree(tmp_path / "privacy")
    for key, value in tree.env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setattr(tempfile, "tempdir", None)
    return tree


def test_canary_through_the_lab_and_the_audit_leaves_no_trace(qtbot, tree, tmp_path):
    password = canary()
    with recording_server() as server:
        server.add_password(password, 3)
        lab = PasswordLab(http=LiveHttpClient(), breach_api=server.url)
        qtbot.addWidget(lab)
        lab.show()
        qtbot.keyClicks(lab.field, password)
        with qtbot.waitSignal(lab.breach_checked, timeout=10000):
            lab.breach_box.setChecked(True)
        lab.hide()  # leaving the screen clears it
        assert lab.field.text() == ""

        export = tmp_path / "outside" / "passwords.csv"
        export.parent.mkdir()
        export.write_text(
            f"name,url,username,password,note\nforum,https://forum.example.com,ann,{password},\n",
            encoding="utf-8",
        )
        audit = VaultAuditWindow(http=LiveHttpClient(), breach_api=server.url)
        qtbot.addWidget(audit)
        audit.show()
        audit.breach_box.setChecked(True)
        with qtbot.waitSignal(audit.audit_finished, timeout=20000):
            audit.start(export)
        report = tree.home / "report.json"
        audit.export_report(report)
        text = report.read_text(encoding="utf-8")
        digest = sha1_hex(password)
        assert password not in text and digest not in text and digest[5:] not in text
        audit.close()
        lab.close()
        wait_for_background(5000)
        assert leaks(tree.root, password) == []
        assert_k_anonymous(server, password)

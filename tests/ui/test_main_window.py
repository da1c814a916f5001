"""The main window over replayed machines: checkup flow, areas, details, cancel, re-check."""

import threading
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from hygiene_app.checks import default_registry
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.model import (
    ALL_OSES,
    Category,
    CheckMeta,
    Finding,
    Severity,
    Status,
)
from hygiene_app.engine.registry import Registry
from hygiene_app.engine.score import compute_score
from hygiene_app.engine.snapshot import Snapshot
from hygiene_app.services.set_aside import SetAside, SetAsideKind
from hygiene_app.ui.controller import CheckupController
from hygiene_app.ui.main_window import MainWindow
from tests.support import NOW, as_this_computer, machine

SNAPSHOTS = Path(__file__).resolve().parent.parent / "fixtures" / "snapshots"


def make_window(qtbot, tmp_path, seams, registry=None, clock=lambda: NOW):
    from hygiene_app.checks import default_registry

    controller = CheckupController(
        registry or default_registry(), as_this_computer(seams, tmp_path / "settings.json")
    )
    window = MainWindow(controller, clock=clock)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    return window


def run(qtbot, window):
    with qtbot.waitSignal(window.controller.finished, timeout=20000):
        window.controller.run_all()
    return window.controller.checkup


def visible_ids(window):
    """The findings shown on top of the area pages (problems, and what could not be told)."""
    return [check_id for page in window.areas.values() for check_id in page.shown_ids()]


@pytest.fixture
def cafe(qtbot, tmp_path):
    seams = Snapshot.load(SNAPSHOTS / "windows-11-cafe.json").seams()
    return make_window(qtbot, tmp_path, seams)


def test_checkup_fills_overview_list_and_suggests_a_first_fix(qtbot, cafe):
    checkup = run(qtbot, cafe)
    expected = compute_score(checkup.results).value
    assert cafe.overview.score.text() == str(expected)
    assert cafe.overview.card.isVisibleTo(cafe)
    first = cafe.overview.suggested_check
    assert checkup.result(first).status is Status.FAIL
    # Home stays in front; the suggestion is loaded and opens explained.
    assert cafe.current_page() == "home"
    assert cafe.details.check_id == first
    cafe.select(first)
    assert cafe.current_page() == "finding"
    assert cafe.details.title.text() == checkup.result(first).meta.title
    assert cafe.details.why.text()
    assert cafe.details.fix_button.isVisibleTo(cafe)


def test_area_pages_show_problems_first_and_fold_the_good_ones(qtbot, cafe):
    checkup = run(qtbot, cafe)
    attention = visible_ids(cafe)
    passing = [r.meta.id for r in checkup.results if r.status is Status.PASS]
    assert passing and not set(passing) & set(attention)
    problems = [r.meta.id for r in checkup.results if r.status.is_problem]
    assert set(problems) <= set(attention)
    for page in cafe.areas.values():
        ranks = [0 if checkup.result(i).status.is_problem else 1 for i in page.check_ids()]
        assert ranks == sorted(ranks)  # problems first, in the cards' order
        folded = len(page.check_ids()) - len(page.shown_ids())
        assert page.fold_button.isVisibleTo(page) == bool(folded)
        if folded:
            assert not page.folded.isVisibleTo(page)
            page.fold_button.click()
            assert page.folded.isVisibleTo(page)
            assert f"{folded} more" in page.fold_button.text()


def test_unknown_shows_its_reason(qtbot, tmp_path):
    seams = Snapshot.load(SNAPSHOTS / "windows-11-office.json").seams()
    window = make_window(qtbot, tmp_path, seams)
    checkup = run(qtbot, window)
    window.select("NET-003")
    assert checkup.result("NET-003").status is Status.UNKNOWN
    assert "location" in window.details.reason.text()
    item = window.model.item_for("NET-003")
    assert "location" in item.text()


def test_set_aside_persists_is_marked_keeps_the_score_and_expires(qtbot, tmp_path):
    now = [NOW]
    seams = Snapshot.load(SNAPSHOTS / "windows-11-cafe.json").seams()
    window = make_window(qtbot, tmp_path, seams, clock=lambda: now[0])
    checkup = run(qtbot, window)
    before = window.overview.score.text()
    assert window.overview.suggested_check == "NET-001"
    window.apply_set_aside(
        SetAside("NET-001", SetAsideKind.ACCEPT, NOW + 7 * 86400, "IT manages it", NOW)
    )
    # The score describes the machine: accepting a risk does not raise it.
    assert window.overview.score.text() == before == str(compute_score(checkup.results).value)
    assert "NET-001" in visible_ids(window)  # never hidden
    assert "Risk accepted" in window.model.item_for("NET-001").text()
    # Still costs points, marked as set aside (in the gains, whether or not it is in the top 3).
    (gain,) = [g for g in window.overview.assessment.gains if g.result.meta.id == "NET-001"]
    assert gain.set_aside and gain.points > 0
    assert window.overview.suggested_check not in ("", "NET-001")  # not suggested first
    # Persisted: a new window over the same settings file sees it.
    again = make_window(qtbot, tmp_path, seams, clock=lambda: now[0])
    run(qtbot, again)
    assert again.overview.score.text() == before
    assert "Risk accepted" in again.model.item_for("NET-001").text()
    # Expired: the mark goes, the score stays what it always was.
    now[0] = NOW + 8 * 86400
    window.reload_settings()
    assert "Risk accepted" not in window.model.item_for("NET-001").text()
    assert window.overview.score.text() == before
    assert window.overview.suggested_check == "NET-001"


def test_recheck_flips_a_finding_and_updates_only_it(qtbot, tmp_path):
    flagged = machine(
        "ubuntu",
        files={"/var/run/reboot-required": "*** System restart required ***\n"},
        mtimes={"/usr/bin/unattended-upgrade": NOW - 86400},
        boot_time=NOW - 3600,
    )
    window = make_window(qtbot, tmp_path, flagged)
    checkup = run(qtbot, window)
    assert checkup.result("UPD-003").status is Status.FAIL
    others = {r.meta.id: r for r in checkup.results if r.meta.id != "UPD-003"}
    restarted = machine(
        "ubuntu", mtimes={"/usr/bin/unattended-upgrade": NOW - 86400}, boot_time=NOW - 60
    )
    window.controller.use_seams(restarted)
    window.select("UPD-003")
    with qtbot.waitSignal(window.controller.rechecked, timeout=10000):
        window.details.recheck_button.click()
    after = window.controller.checkup
    assert after.result("UPD-003").status is Status.PASS
    assert {r.meta.id: r for r in after.results if r.meta.id != "UPD-003"} == others
    assert window.details.summary.text().startswith("No restart pending")
    assert window.overview.score.text() == str(compute_score(after.results).value)


#: Only a guard against a hang (ms): every test here ends well inside it.
GUARD_MS = 30000


@dataclass
class GatedCheck:
    """Runs until the test opens its gate; records that it started, on which thread, and that
    it finished."""

    meta: CheckMeta
    gate: threading.Event
    started: threading.Event = field(default_factory=threading.Event)
    finished: threading.Event = field(default_factory=threading.Event)
    threads: list[int] = field(default_factory=list)

    def run(self, ctx: ProbeContext) -> Finding:
        self.threads.append(threading.get_ident())
        self.started.set()
        self.gate.wait(GUARD_MS / 1000)
        self.finished.set()
        return Finding(Status.PASS, "done")


def gated_registry(gate: threading.Event) -> tuple[Registry, list[GatedCheck]]:
    checks = [
        GatedCheck(
            CheckMeta(
                f"SLW-00{i}",
                f"Slow {i}",
                Category.DEVICE,
                ALL_OSES,
                5,
                Severity.LOW,
                "Nothing.",
                timeout=2 * GUARD_MS / 1000,
            ),
            gate,
        )
        for i in range(3)
    ]
    return Registry(checks), checks


def test_cancel_stops_the_checkup_and_says_so(qtbot, tmp_path):
    gate = threading.Event()
    registry, checks = gated_registry(gate)
    window = make_window(qtbot, tmp_path, machine("debian"), registry=registry)
    try:
        with qtbot.waitSignal(window.controller.finished, timeout=GUARD_MS) as blocker:
            window.controller.run_all()
            assert window.cancel_button.isVisibleTo(window)
            qtbot.waitUntil(lambda: all(c.started.is_set() for c in checks), timeout=GUARD_MS)
            window.cancel_button.click()
        # The checkup ended while every check was still running.
        assert not any(c.finished.is_set() for c in checks)
    finally:
        gate.set()
    assert blocker.args[0].cancelled
    assert {r.status for r in blocker.args[0].results} == {Status.SKIPPED}
    assert "cancelled" in window.statusBar().currentMessage()
    assert window.run_button.isEnabled()


def test_the_window_stays_responsive_while_checks_run(qtbot, tmp_path):
    gate = threading.Event()
    registry, checks = gated_registry(gate)
    window = make_window(qtbot, tmp_path, machine("debian"), registry=registry)
    handled: list[bool] = []
    try:
        with qtbot.waitSignal(window.controller.finished, timeout=GUARD_MS):
            window.controller.run_all()
            qtbot.waitUntil(lambda: all(c.started.is_set() for c in checks), timeout=GUARD_MS)
            # Every check is held running by the test, and the UI thread still handles events.
            QTimer.singleShot(0, lambda: handled.append(True))
            qtbot.waitUntil(lambda: bool(handled), timeout=GUARD_MS)
            assert not any(c.finished.is_set() for c in checks)
            assert window.progress.isVisibleTo(window)
            gate.set()
    finally:
        gate.set()
    ui_thread = threading.get_ident()
    assert all(c.threads and ui_thread not in c.threads for c in checks)
    assert not window.progress.isVisibleTo(window)


def test_progress_reports_each_check(qtbot, tmp_path):
    gate = threading.Event()
    gate.set()  # no waiting
    registry, _checks = gated_registry(gate)
    window = make_window(qtbot, tmp_path, machine("debian"), registry=registry)
    seen = []
    window.controller.progressed.connect(lambda r, done, total: seen.append((done, total)))
    run(qtbot, window)
    assert seen == [(1, 3), (2, 3), (3, 3)] or sorted(seen) == [(1, 3), (2, 3), (3, 3)]
    assert not window.progress.isVisibleTo(window)


def test_findings_model_passes_qt_model_tester(qtmodeltester, qtbot, cafe):
    run(qtbot, cafe)
    qtmodeltester.check(cafe.model)


def test_problem_rows_say_their_severity(qtbot, cafe):
    run(qtbot, cafe)
    assert "High · Firewall is off" in cafe.model.item_for("NET-001").text()


def test_password_export_can_be_deleted_after_confirmation(qtbot, tmp_path, monkeypatch):
    from dataclasses import replace

    from PySide6.QtWidgets import QMessageBox

    from hygiene_app.checks.password_exports import PasswordExportsCheck
    from hygiene_app.engine.live import LiveFileReader

    home = tmp_path / "home"
    (home / "Downloads").mkdir(parents=True)
    (home / "Desktop").mkdir()
    (home / "Documents").mkdir()
    export = home / "Downloads" / "Chrome Passwords.csv"
    export.write_text("name,url,username,password,note\nsite,https://x.example,ann,FAKE-pw,\n")
    base = machine("debian")
    seams = replace(base, files=LiveFileReader(), platform=replace(base.platform, home=str(home)))
    controller = CheckupController(
        Registry([PasswordExportsCheck()]), as_this_computer(seams, tmp_path / "settings.json")
    )
    window = MainWindow(controller, clock=lambda: NOW)
    qtbot.addWidget(window)
    window.show()
    checkup = run(qtbot, window)
    assert checkup.result("PWD-003").status is Status.FAIL
    window.select("PWD-003")
    assert window.details.delete_button.isVisibleTo(window)
    asked = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: asked.append(box.text()) or QMessageBox.StandardButton.Yes
    )
    with qtbot.waitSignal(controller.rechecked, timeout=10000):
        window.details.delete_button.click()
    assert str(export) in asked[0]
    assert not export.exists()
    assert controller.checkup.result("PWD-003").status is Status.PASS


def test_mfa_finding_opens_the_accounts_and_the_wizard_and_rechecks_on_change(qtbot, tmp_path):
    from hygiene_app.engine.live import LiveHttpClient
    from hygiene_app.services.mfa.model import Account, Category, MfaState
    from hygiene_app.services.mfa.setup import open_mfa
    from hygiene_app.services.settings import Settings
    from hygiene_app.ui.accounts import AccountsWindow

    mfa = open_mfa(LiveHttpClient(offline=True), Settings(), path=tmp_path / "inventory.sqlite3")
    mfa.store.add(
        Account(None, "Gmail", "google.com", "ann@example.org", Category.EMAIL, MfaState.OFF)
    )
    seams = replace(machine("debian"), inventory=mfa.store)
    controller = CheckupController(
        default_registry(), as_this_computer(seams, tmp_path / "settings.json", mfa=mfa)
    )
    window = MainWindow(controller, clock=lambda: NOW)
    qtbot.addWidget(window)
    window.show()
    checkup = run(qtbot, window)
    assert checkup.result("MFA-001").status is Status.FAIL
    window.open_fix("MFA-001")
    accounts = window._tools["accounts"]
    assert isinstance(accounts, AccountsWindow)
    # The inventory changes: the MFA findings are checked again.
    account = mfa.store.accounts()[0]
    with qtbot.waitSignals([controller.rechecked] * 4, timeout=10000):
        mfa.store.confirm(account.id, MfaState.ON, ())
        accounts.changed.emit()
    assert controller.checkup.result("MFA-001").status is Status.PASS
    mfa.store.close()

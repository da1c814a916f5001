"""A replay is somebody else's machine: the window never acts on this computer, never reads
or writes this user's own state, and says plainly that it shows a recording."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from hygiene_app.app import build
from hygiene_app.checks import default_registry, firewall
from hygiene_app.cli import _gui_machine, build_parser
from hygiene_app.engine.live import LiveHttpClient
from hygiene_app.engine.model import CheckResult, Finding, OSFamily, Severity, Status
from hygiene_app.engine.snapshot import Snapshot
from hygiene_app.services.autofix import missing_for_auto_fix
from hygiene_app.services.machine import Machine, MemorySettings
from hygiene_app.services.mfa.inventory import default_inventory_path
from hygiene_app.services.mfa.model import Account, Category, MfaState
from hygiene_app.services.mfa.setup import open_mfa
from hygiene_app.services.set_aside import SetAside, SetAsideKind
from hygiene_app.services.settings import Settings, SettingsStore, default_settings_path
from hygiene_app.ui.controller import CheckupController
from hygiene_app.ui.findings_model import ResultRole
from hygiene_app.ui.main_window import MainWindow
from hygiene_app.ui.wizard import FixWizard
from tests import snapshot_machines
from tests.support import as_recording, as_this_computer, machine

SNAPSHOTS = Path(__file__).resolve().parent.parent / "fixtures" / "snapshots"
CAFE = SNAPSHOTS / "windows-11-cafe.json"
FAR_FUTURE = 4_000_000_000.0


def ubuntu_firewall_off(folder: Path) -> Path:
    """Ubuntu 22.04 recorded with ufw switched off: NET-001 fails there, and its guide has
    an automatic fix (`pkexec /usr/sbin/ufw --force enable`)."""
    doc = snapshot_machines.ubuntu_22_04()
    for command in doc["commands"]:
        if command["argv"][:2] == ["systemctl", "is-active"]:
            command["stdout"] = "inactive\ninactive\ninactive\n"
            command["returncode"] = 3
    for entry in doc["files"]:
        if entry["path"] == firewall.UFW_CONF:
            entry["text"] = entry["text"].replace("ENABLED=yes", "ENABLED=no")
    path = folder / "customer-ubuntu.json"
    path.write_text(json.dumps(doc))
    return path


@pytest.fixture
def local_state() -> None:
    """This user's own state, which no replay may read: the firewall risk accepted for
    years, and nine accounts without two-step verification, long due for review."""
    store = SettingsStore(default_settings_path())
    store.save(
        Settings(
            set_asides=(
                SetAside("NET-001", SetAsideKind.ACCEPT, FAR_FUTURE, "my own choice", time.time()),
            )
        )
    )
    mfa = open_mfa(LiveHttpClient(offline=True), Settings(), path=default_inventory_path())
    for n in range(9):
        mfa.store.add(
            Account(None, f"Mail {n}", f"mail{n}.example", "me", Category.EMAIL, MfaState.OFF)
        )
    mfa.store.close()


def open_replay(qtbot, path: Path) -> MainWindow:
    """The window exactly as `hygiene-app --replay FILE` builds it."""
    machine_ = _gui_machine(build_parser().parse_args(["--replay", str(path)]))
    parts = build(machine_)
    qtbot.addWidget(parts.window)
    parts.window.resize(1024, 640)
    parts.window.show()
    with qtbot.waitSignal(parts.controller.finished, timeout=20000):
        parts.controller.run_all()
    return parts.window


# ----- the machine object --------------------------------------------------------------------


def test_a_recording_has_no_state_of_this_user_and_may_change_nothing(local_state):
    recording = _gui_machine(build_parser().parse_args(["--replay", str(CAFE)]))
    assert recording.is_recording
    assert recording.mfa is None
    assert isinstance(recording.settings, MemorySettings)
    assert recording.settings.load() == Settings()
    assert not recording.may_change
    assert not recording.may_open("ms-settings:windowsupdate")
    assert recording.may_open("https://support.microsoft.com/")
    auto = firewall.FIX_UFW.auto_fix[OSFamily.LINUX]
    assert "recording" in recording.auto_fix_blocker(auto)


def test_an_automatic_fix_needs_its_tools_on_this_computer():
    auto = firewall.FIX_UFW.auto_fix[OSFamily.LINUX]
    everything = {"pkexec": "/usr/bin/pkexec", "/usr/sbin/ufw": "/usr/sbin/ufw"}
    assert missing_for_auto_fix(auto, OSFamily.LINUX, everything.get) == ""
    no_prompt = {"/usr/sbin/ufw": "/usr/sbin/ufw"}
    assert missing_for_auto_fix(auto, OSFamily.LINUX, no_prompt.get) == "pkexec"
    no_tool = {"pkexec": "/usr/bin/pkexec"}
    assert missing_for_auto_fix(auto, OSFamily.LINUX, no_tool.get) == "/usr/sbin/ufw"


# ----- never acts on this computer ----------------------------------------------------------


def test_replayed_firewall_wizard_offers_no_automatic_fix(qtbot, tmp_path, local_state):
    window = open_replay(qtbot, ubuntu_firewall_off(tmp_path))
    assert window.controller.checkup.result("NET-001").status is Status.FAIL
    result = window.model.item_for("NET-001").data(ResultRole)
    wizard = FixWizard(result, window.controller, parent=window)
    qtbot.addWidget(wizard)
    assert wizard.fix.auto_fix  # the guide has one; the recording does not offer it
    assert wizard.auto_fix_page is None
    assert wizard.intro_page.no_auto.isVisibleTo(wizard.intro_page) or not wizard.isVisible()
    assert "recording" in wizard.intro_page.no_auto.text()


def test_replayed_wizard_opens_no_settings_page_of_this_computer(qtbot, local_state):
    window = open_replay(qtbot, CAFE)
    result = window.model.item_for("UPD-002").data(ResultRole)
    wizard = FixWizard(result, window.controller, parent=window)
    qtbot.addWidget(wizard)
    linked = [p for p in wizard.step_pages if p.step.link]
    assert linked, "the Windows update guide links to a settings page"
    for page in linked:
        if not page.step.link.lower().startswith(("http:", "https:")):
            assert page.open_button is None
            shown = [label.text() for label in page.findChildren(type(page.text))]
            assert any(page.step.link in text for text in shown)


def test_replayed_window_deletes_nothing_and_sets_nothing_aside(qtbot, local_state, monkeypatch):
    window = open_replay(qtbot, CAFE)
    assert window.controller.checkup.result("PWD-003").status is Status.FAIL
    window.select("PWD-003")
    assert not window.details.delete_button.isVisibleTo(window)
    assert not window.details.set_aside_button.isVisibleTo(window)
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: pytest.fail("asked to delete"))
    window.delete_files("PWD-003")  # even when asked directly, nothing happens
    assert not window.sidebar.is_available("tools")
    assert not window.sidebar.is_available("settings")
    window.show_page("tools")
    assert window.current_page() != "tools"


def test_check_again_rereads_the_recording(qtbot, local_state):
    window = open_replay(qtbot, CAFE)
    before = window.controller.checkup.result("NET-001")
    with qtbot.waitSignal(window.controller.rechecked, timeout=10000) as signal:
        window.recheck("NET-001")
    again: CheckResult = signal.args[0]
    assert again.status is before.status is Status.FAIL
    assert again.finding.summary == before.finding.summary


# ----- never reads this user's state ---------------------------------------------------------


def test_replay_ignores_this_users_set_asides_and_accounts(qtbot, local_state):
    window = open_replay(qtbot, CAFE)
    assert window._set_aside_now() == {}
    window.select("NET-001")
    assert not window.details.set_aside_note.isVisibleTo(window)
    # The header's review line came from the local inventory (9 accounts); the recording's
    # own accounts are in its MFA findings.
    assert not window.overview.review.isVisibleTo(window)
    assert "9" not in window.overview.review.text()


def test_replayed_mfa_fix_never_opens_the_local_accounts(qtbot, local_state):
    window = open_replay(qtbot, CAFE)
    assert window.controller.checkup.result("MFA-001").status is Status.FAIL
    window.open_fix("MFA-001")
    assert "accounts" not in window._tools
    wizards = window.findChildren(FixWizard)
    assert wizards and wizards[-1].check_result.meta.id == "MFA-001"


def test_replay_writes_nothing_of_this_user(qtbot, local_state):
    settings = default_settings_path()
    before = settings.read_bytes()
    window = open_replay(qtbot, CAFE)
    window.set_review_months(12)
    window.set_reminders_enabled(False)
    window.close()
    assert settings.read_bytes() == before


# ----- says what it shows ------------------------------------------------------------------


def test_banner_names_the_recordings_os_time_and_file(qtbot, local_state):
    window = open_replay(qtbot, CAFE)
    banner = window.recording_banner
    assert banner.isVisibleTo(window)
    text = banner.text.text()
    assert "Windows" in text and CAFE.name in text and "recorded 20" in text
    assert "recording" in window.windowTitle()


def test_a_recordings_areas_offer_no_tools(qtbot, local_state):
    window = MainWindow(CheckupController(default_registry(), as_recording(CAFE)))
    qtbot.addWidget(window)
    words = [b.text() for page in window.areas.values() for b in page.findChildren(QPushButton)]
    assert not {"&Test a password…", "Audit an e&xport…", "Check a &link…"} & set(words)


def test_this_computer_has_no_banner(qtbot, tmp_path):
    controller = CheckupController(
        default_registry(), as_this_computer(machine("ubuntu"), tmp_path / "s.json")
    )
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    assert not window.recording_banner.isVisibleTo(window)
    assert window.windowTitle() == "Hygiene Checkup"


def test_no_finding_action_shows_before_a_finding_is_chosen(qtbot, tmp_path):
    """At start the details pane says "Select a finding": no button may act on nothing (the
    "Delete the files..." button used to show there)."""
    controller = CheckupController(
        default_registry(), as_this_computer(machine("ubuntu"), tmp_path / "s.json")
    )
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    details = window.details
    assert details.title.text() == "Select a finding"
    for button in (
        details.delete_button,
        details.fix_button,
        details.recheck_button,
        details.set_aside_button,
        details.unset_button,
    ):
        assert not button.isVisibleTo(window), button.text()


def test_a_recording_gets_no_tray_and_no_reminders(qtbot, local_state, monkeypatch):
    from hygiene_app import app as app_module

    monkeypatch.setattr(app_module, "TrayController", lambda *a, **k: pytest.fail("tray"))
    monkeypatch.setattr(app_module, "ReviewReminder", lambda *a, **k: pytest.fail("reminder"))
    monkeypatch.setattr(QApplication, "exec", lambda *a: 0)
    recording = Machine.recording_of(Snapshot.load(CAFE), CAFE)
    assert app_module.run_gui(recording) == 0
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.controller.wait()
            widget.close()


# ----- what this computer may run ------------------------------------------------------------


def test_automatic_fix_is_offered_only_when_its_tools_are_here(qtbot):
    result = CheckResult(
        firewall.META,
        Finding(Status.FAIL, "The firewall is off", Severity.HIGH, fix=firewall.FIX_UFW),
        0.1,
    )
    seams = machine("ubuntu")
    present = CheckupController(default_registry(), as_this_computer(seams))
    wizard = FixWizard(result, present)
    qtbot.addWidget(wizard)
    assert wizard.auto_fix_page is not None

    no_pkexec = as_this_computer(
        seams, which=lambda program: None if program == "pkexec" else f"/usr/bin/{program}"
    )
    wizard = FixWizard(result, CheckupController(default_registry(), no_pkexec))
    qtbot.addWidget(wizard)
    assert wizard.auto_fix_page is None
    assert "pkexec" in wizard.intro_page.no_auto.text()
    assert "can do it for you" not in " ".join(
        label.text() for label in wizard.intro_page.findChildren(type(wizard.intro_page.why))
    )


def test_replayed_commands_are_for_the_recorded_computer(qtbot, tmp_path, local_state):
    """A command in a recording's guide is to be run over there: the page says so instead of
    telling the viewer to paste it into their own terminal."""
    from PySide6.QtWidgets import QLabel

    window = open_replay(qtbot, ubuntu_firewall_off(tmp_path))
    result = window.model.item_for("NET-001").data(ResultRole)
    wizard = FixWizard(result, window.controller, parent=window)
    qtbot.addWidget(wizard)
    with_commands = [p for p in wizard.step_pages if p.command_boxes]
    assert with_commands, "the ufw guide has a command to run"
    for page in with_commands:
        text = " ".join(label.text() for label in page.findChildren(QLabel))
        assert "recorded computer" in text
        assert "Ctrl+Shift+V" not in text

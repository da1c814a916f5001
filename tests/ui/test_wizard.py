"""The fix wizard, offscreen: pages, copy, the automatic fix and "Check again"."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QCheckBox, QPushButton, QWizard

from hygiene_app.checks import default_registry, firewall, restart_pending
from hygiene_app.engine.model import (
    CheckResult,
    Finding,
    FixGuide,
    FixStep,
    OSFamily,
    Severity,
    Status,
)
from hygiene_app.engine.probes import (
    CommandOutcome,
    CommandResult,
    FileOutcome,
    FileRead,
    FileReader,
)
from hygiene_app.services.autofix import AutoFixOutcome
from hygiene_app.ui.background import wait_for_background
from hygiene_app.ui.controller import CheckupController
from hygiene_app.ui.widgets import is_url
from hygiene_app.ui.wizard import (
    AutoFixPage,
    CommandBox,
    FixWizard,
    StepHeader,
    StepPage,
    step_icon,
)
from tests.support import NOW, as_this_computer, machine

DAY = 86400.0
SHOTS = Path("/tmp/wizard-shots")


@dataclass
class FakeRunner:
    returncode: int = 0
    stdout: str = ""
    stderr: str = ""
    outcome: CommandOutcome = CommandOutcome.OK
    #: When set, run() waits for it: a fix still "at the password prompt".
    gate: threading.Event | None = None
    calls: list[tuple[str, ...]] = field(default_factory=list)

    def run(
        self,
        argv: Sequence[str],
        *,
        timeout: float = 10.0,
        cancel: threading.Event | None = None,
    ) -> CommandResult:
        self.calls.append(tuple(argv))
        if self.gate is not None:
            self.gate.wait(10)
        return CommandResult(tuple(argv), self.outcome, self.returncode, self.stdout, self.stderr)


@dataclass
class SwitchableFiles:
    """A machine's files, with some that can be deleted while the app runs."""

    inner: FileReader
    deleted: set[str] = field(default_factory=set)

    def read_text(self, path: str) -> FileRead:
        if path in self.deleted:
            return FileRead(path, FileOutcome.MISSING)
        return self.inner.read_text(path)

    def read_first_line(self, path: str) -> FileRead:
        if path in self.deleted:
            return FileRead(path, FileOutcome.MISSING)
        return self.inner.read_first_line(path)

    def list_dir(self, path: str) -> tuple[str, ...] | None:
        return self.inner.list_dir(path)

    def mtime(self, path: str) -> float | None:
        return None if path in self.deleted else self.inner.mtime(path)


def firewall_result() -> CheckResult:
    return CheckResult(
        firewall.META,
        Finding(Status.FAIL, "The firewall is off", Severity.HIGH, fix=firewall.FIX_UFW),
        0.1,
    )


@pytest.fixture
def ubuntu_controller(qtbot):
    controller = CheckupController(default_registry(), as_this_computer(machine("ubuntu")))
    yield controller
    controller.wait()


@pytest.fixture
def restart_machine(qtbot):
    """Ubuntu with a restart pending (/var/run/reboot-required), which a test can "restart"."""
    seams = machine(
        "ubuntu",
        files={"/var/run/reboot-required": "*** System restart required ***\n"},
        mtimes={"/usr/bin/unattended-upgrade": NOW - 10 * DAY},
        boot_time=NOW - 2 * DAY,
    )
    files = SwitchableFiles(seams.files)
    controller = CheckupController(
        default_registry(), as_this_computer(replace(seams, files=files))
    )
    with qtbot.waitSignal(controller.finished, timeout=10000):
        controller.run_all()
    yield controller, files
    controller.wait()


def make_wizard(qtbot, result, controller, **kwargs) -> FixWizard:
    wizard = FixWizard(result, controller, **kwargs)
    qtbot.addWidget(wizard)
    return wizard


def pages(wizard: FixWizard):
    return [wizard.page(i) for i in wizard.pageIds()]


# ----- pages and navigation -----------------------------------------------------------------


def test_pages_are_intro_auto_fix_steps_and_check_again(qtbot, ubuntu_controller):
    wizard = make_wizard(qtbot, firewall_result(), ubuntu_controller, runner=FakeRunner())
    steps = firewall.FIX_UFW.steps_for(OSFamily.LINUX)
    assert len(wizard.pageIds()) == 1 + 1 + len(steps) + 1
    assert wizard.windowTitle() == "Fix: Turn on the firewall"

    wizard.show()
    assert wizard.currentPage() is wizard.intro_page
    assert wizard.intro_page.title() == "Turn on the firewall"
    assert "firewall stops other devices" in wizard.intro_page.why.text()
    wizard.next()
    assert wizard.currentPage() is wizard.auto_fix_page
    assert wizard.currentPage().title() == "Let the app do it"
    for n in range(1, len(steps) + 1):
        wizard.next()
        page = wizard.currentPage()
        assert isinstance(page, StepPage)
        assert page.title() and "Step" not in page.title()  # the indicator counts
        assert page.number == n and page.total == len(steps)
        assert page.text.text() == steps[n - 1].text
        assert page.text.wordWrap()
    wizard.next()
    assert wizard.currentPage() is wizard.verify_page
    wizard.close()


def test_every_page_shows_its_step_n_of_m_with_the_current_segment_highlighted(
    qtbot, ubuntu_controller
):
    wizard = make_wizard(qtbot, firewall_result(), ubuntu_controller, runner=FakeRunner())
    total = len(wizard.pageIds())
    for number, page in enumerate(pages(wizard), 1):
        header = page.header
        assert isinstance(header, StepHeader)
        assert header.caption.text() == f"Step {number} of {total}"
        assert header.accessibleName() == f"Step {number} of {total}"
        assert [s.property("current") for s in header.segments] == [
            i == number - 1 for i in range(total)
        ]
        assert [s.property("reached") for s in header.segments] == [
            i < number for i in range(total)
        ]


def test_every_page_has_an_icon_for_its_kind_of_step(qtbot, ubuntu_controller):
    wizard = make_wizard(qtbot, firewall_result(), ubuntu_controller, runner=FakeRunner())
    kinds = [page.header.kind for page in pages(wizard)]
    assert kinds[0] == f"status-{firewall_result().status.value}"
    assert kinds[1] == "step-wand"
    assert kinds[-1] == "step-check"
    by_step = {
        page.step.command or page.step.link or "": page.header.kind for page in wizard.step_pages
    }
    assert by_step["sudo ufw enable"] == "step-terminal"
    assert "step-list" in kinds or "step-settings" in kinds
    for page in pages(wizard):
        assert step_icon(page.header.kind).isNull() is False or page.header.kind.startswith(
            "status-"
        )
        pixmap = page.header.picture.pixmap()
        assert pixmap is not None and not pixmap.isNull(), page.header.kind


def test_step_pages_remind_what_is_being_fixed_and_say_what_the_step_does(qtbot, ubuntu_controller):
    result = firewall_result()
    wizard = make_wizard(qtbot, result, ubuntu_controller, runner=FakeRunner())
    for page in wizard.step_pages:
        assert page.reminder.text() == f"Fixing: {result.finding.summary}"
        assert page.does.text()
        assert page.text.font().pointSizeF() > page.does.font().pointSizeF()


def test_the_primary_action_is_the_default_button(qtbot, monkeypatch):
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    controller = CheckupController(default_registry(), as_this_computer(machine("windows")))
    wizard = make_wizard(qtbot, firewall_result(), controller, runner=FakeRunner())
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.isDefault()  # the intro: Next is the main thing
    seen_open = seen_copy = False
    while wizard.currentPage() is not wizard.verify_page:
        wizard.next()
        page = wizard.currentPage()
        if not isinstance(page, StepPage):
            continue
        if page.open_button is not None:
            seen_open = True
            assert page.open_button.isDefault()
            assert not next_button.isDefault()
        elif page.command_boxes:
            seen_copy = True
            assert page.command_boxes[0].copy_button.isDefault()
            assert not next_button.isDefault()
        else:
            assert next_button.isDefault()
    assert seen_open or seen_copy
    assert wizard.button(QWizard.WizardButton.FinishButton).isDefault()
    controller.wait()
    wizard.close()


def test_a_command_step_makes_copy_the_default_button(qtbot, ubuntu_controller):
    wizard = make_wizard(qtbot, firewall_result(), ubuntu_controller, runner=FakeRunner())
    wizard.show()
    [page] = [p for p in wizard.step_pages if p.step.command == "sudo ufw enable"]
    while wizard.currentPage() is not page:
        wizard.next()
    assert page.command_boxes[0].copy_button.isDefault()
    assert not wizard.button(QWizard.WizardButton.NextButton).isDefault()
    wizard.close()


def test_a_guide_without_auto_fix_has_no_auto_fix_page(qtbot, restart_machine):
    controller, _ = restart_machine
    result = controller.checkup.result("UPD-003")
    wizard = make_wizard(qtbot, result, controller)
    assert wizard.auto_fix_page is None
    assert len(wizard.pageIds()) == 1 + 3 + 1


def test_a_result_without_a_guide_is_refused(qtbot, ubuntu_controller):
    result = CheckResult(restart_pending.META, Finding(Status.PASS, "fine"), 0.1)
    with pytest.raises(ValueError):
        FixWizard(result, ubuntu_controller)


def test_copy_puts_the_command_on_the_clipboard(qtbot, ubuntu_controller):
    wizard = make_wizard(qtbot, firewall_result(), ubuntu_controller, runner=FakeRunner())
    [page] = [p for p in wizard.step_pages if p.step.command == "sudo ufw enable"]
    [box] = page.findChildren(CommandBox)
    assert box.field.isReadOnly()
    assert box.field.toPlainText() == "sudo ufw enable"
    QGuiApplication.clipboard().clear()
    box.copy_button.click()
    assert QGuiApplication.clipboard().text() == "sudo ufw enable"
    assert box.copy_button.text() == "Copied"


def test_every_button_has_an_accessible_name_and_description(qtbot, ubuntu_controller):
    windows = CheckupController(default_registry(), as_this_computer(machine("windows")))
    for controller in (ubuntu_controller, windows):
        wizard = make_wizard(qtbot, firewall_result(), controller, runner=FakeRunner())
        for page in pages(wizard):
            for widget in [*page.findChildren(QPushButton), *page.findChildren(QCheckBox)]:
                assert widget.accessibleName(), widget.text()
                assert widget.accessibleDescription(), widget.text()


def test_settings_links_open_and_panel_commands_are_shown(qtbot, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    guide = FixGuide(
        "Do it",
        "Because.",
        {
            OSFamily.LINUX: (
                FixStep("Open Settings.", link="gnome-control-center network"),
                FixStep("Read this.", link="https://example.org/help"),
            ),
            OSFamily.WINDOWS: (FixStep("Open Settings.", link="ms-settings:windowsupdate"),),
        },
        verify_check="UPD-003",
    )
    result = CheckResult(
        restart_pending.META, Finding(Status.FAIL, "Bad", Severity.LOW, fix=guide), 0.1
    )
    windows = make_wizard(
        qtbot, result, CheckupController(default_registry(), as_this_computer(machine("windows")))
    )
    [step] = windows.step_pages
    assert step.open_button is not None and step.open_button.text() == "Open settings"
    step.open_button.click()
    assert opened == [QUrl("ms-settings:windowsupdate")]

    linux = make_wizard(
        qtbot, result, CheckupController(default_registry(), as_this_computer(machine("ubuntu")))
    )
    panel, web = linux.step_pages
    assert panel.open_button is None
    [box] = panel.command_boxes
    assert box.command == "gnome-control-center network"
    assert web.open_button is not None and web.open_button.text() == "Open the web page"


def test_is_url():
    assert is_url("ms-settings:windowsupdate")
    assert is_url("x-apple.systempreferences:com.apple.Network-Settings.extension?Firewall")
    assert is_url("windowsdefender://network/")
    assert not is_url("gnome-control-center network")
    assert not is_url("gnome-control-center")


# ----- the automatic fix --------------------------------------------------------------------


def open_auto_fix(qtbot, controller, runner) -> tuple[FixWizard, AutoFixPage]:
    wizard = make_wizard(qtbot, firewall_result(), controller, runner=runner)
    wizard.show()
    wizard.next()
    page = wizard.auto_fix_page
    assert page is not None and wizard.currentPage() is page
    return wizard, page


def test_run_needs_the_confirmation_and_shows_what_will_run(qtbot, ubuntu_controller):
    runner = FakeRunner()
    wizard, page = open_auto_fix(qtbot, ubuntu_controller, runner)
    assert page.command.toPlainText() == "pkexec /usr/sbin/ufw --force enable"
    assert not page.run_button.isEnabled()
    page.run_button.click()
    assert runner.calls == []
    page.confirm.setChecked(True)
    assert page.run_button.isEnabled()
    page.confirm.setChecked(False)
    assert not page.run_button.isEnabled()
    wizard.close()


def test_successful_fix_says_so_and_skips_to_check_again(qtbot, ubuntu_controller):
    runner = FakeRunner(stdout="Firewall is active and enabled on system startup\n")
    wizard, page = open_auto_fix(qtbot, ubuntu_controller, runner)
    page.confirm.setChecked(True)
    with qtbot.waitSignal(page.outcome_shown, timeout=5000) as blocker:
        page.run_button.click()
        assert not page.isComplete()  # Next waits while the fix runs
    outcome = blocker.args[0]
    assert isinstance(outcome, AutoFixOutcome) and outcome.ok
    assert runner.calls == [("pkexec", "/usr/sbin/ufw", "--force", "enable")]
    assert page.status.text().startswith("Done: the change was made.")
    assert page.details_button.isVisibleTo(page)
    assert page.isComplete()
    wizard.next()
    assert wizard.currentPage() is wizard.verify_page
    wizard.close()


def test_cancelled_prompt_is_said_in_plain_words(qtbot, ubuntu_controller):
    wizard, page = open_auto_fix(qtbot, ubuntu_controller, FakeRunner(returncode=126))
    page.confirm.setChecked(True)
    with qtbot.waitSignal(page.outcome_shown, timeout=5000):
        page.run_button.click()
    assert "You cancelled the administrator prompt; nothing was changed." in page.status.text()
    assert page.run_button.isEnabled()  # may try again
    wizard.next()  # skipping to the manual steps
    assert isinstance(wizard.currentPage(), StepPage)
    wizard.close()


def deliver_background_answers() -> None:
    """Every background job has ended, and the answers it queued for the UI thread were
    delivered (or dropped): no waiting on the clock."""
    assert wait_for_background(30000)
    QCoreApplication.sendPostedEvents()


def test_an_answer_after_the_wizard_closed_is_dropped(qtbot, ubuntu_controller):
    gate = threading.Event()
    runner = FakeRunner(gate=gate)
    wizard, page = open_auto_fix(qtbot, ubuntu_controller, runner)
    shown: list[object] = []
    page.outcome_shown.connect(shown.append)
    page.confirm.setChecked(True)
    page.run_button.click()
    qtbot.waitUntil(lambda: bool(runner.calls), timeout=30000)  # the fix waits at the prompt
    wizard.reject()
    gate.set()
    deliver_background_answers()
    assert runner.calls == [("pkexec", "/usr/sbin/ufw", "--force", "enable")]
    assert shown == [] and page.outcome is None
    assert page.status.text().startswith("Running")


def test_closing_while_the_fix_waits_at_the_prompt_is_safe(qtbot, ubuntu_controller):
    gate = threading.Event()
    runner = FakeRunner(gate=gate)
    wizard = FixWizard(firewall_result(), ubuntu_controller, runner=runner)
    wizard.show()
    wizard.next()
    page = wizard.auto_fix_page
    assert page is not None
    page.confirm.setChecked(True)
    page.run_button.click()
    qtbot.waitUntil(lambda: bool(runner.calls), timeout=30000)  # the fix waits at the prompt
    wizard.reject()
    wizard.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(wizard)  # the wizard is gone
    gate.set()
    # The answer arrives and is dropped; an error delivering it would fail this test.
    deliver_background_answers()


# ----- check again --------------------------------------------------------------------------


def go_to_verify(wizard: FixWizard) -> None:
    wizard.show()
    while wizard.currentPage() is not wizard.verify_page:
        wizard.next()


def test_check_again_says_fixed_and_how_the_score_changed(qtbot, restart_machine):
    controller, files = restart_machine
    result = controller.checkup.result("UPD-003")
    assert result.status is Status.FAIL
    wizard = make_wizard(qtbot, result, controller)
    before = wizard.verify_page.score_before
    files.deleted.add("/var/run/reboot-required")  # the user restarted
    with qtbot.waitSignal(wizard.verify_page.verified, timeout=10000):
        go_to_verify(wizard)
        assert wizard.verify_page.heading.text() == "Checking…"
        assert not wizard.verify_page.again_button.isEnabled()
    page = wizard.verify_page
    assert page.heading.text() == "Fixed"
    assert controller.checkup.result("UPD-003").status is Status.PASS
    assert before is not None and before < 100
    assert f"Your score went from {before} to 100." in page.message.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    wizard.grab().save(str(SHOTS / "linux-restart-fixed.png"))
    wizard.close()


def test_check_again_says_still_not_fixed(qtbot, restart_machine):
    controller, _ = restart_machine
    wizard = make_wizard(qtbot, controller.checkup.result("UPD-003"), controller)
    with qtbot.waitSignal(wizard.verify_page.verified, timeout=10000):
        go_to_verify(wizard)
    page = wizard.verify_page
    assert page.heading.text() == "Still not fixed"
    assert "A restart is needed" in page.message.text()
    assert "go through the steps again" in page.message.text()
    assert page.again_button.isEnabled()
    wizard.close()


def test_check_again_that_cannot_tell_gives_the_reason(qtbot, restart_machine):
    controller, files = restart_machine
    wizard = make_wizard(qtbot, controller.checkup.result("UPD-003"), controller)
    files.deleted.update({"/var/run/reboot-required", "/usr/bin/unattended-upgrade"})
    with qtbot.waitSignal(wizard.verify_page.verified, timeout=10000):
        go_to_verify(wizard)
    page = wizard.verify_page
    assert page.heading.text() == "Could not confirm the fix"
    assert "Nothing on this system records pending restarts" in page.message.text()
    wizard.close()


def test_other_checks_rechecked_are_ignored_and_closing_mid_check_is_safe(qtbot, restart_machine):
    controller, _ = restart_machine
    wizard = make_wizard(qtbot, controller.checkup.result("UPD-003"), controller)
    go_to_verify(wizard)  # UPD-003's re-check runs in the background
    seen: list[str] = []
    controller.rechecked.connect(lambda r: seen.append(r.meta.id))
    controller.recheck("NET-001")
    wizard.reject()  # before either answer is delivered
    qtbot.waitUntil(lambda: sorted(seen) == ["NET-001", "UPD-003"], timeout=10000)
    assert wizard.verify_page.heading.text() == "Checking…"
    assert wizard.verify_page.result is None

    wizard.verify_page.on_rechecked(controller.checkup.result("NET-001"))
    assert wizard.verify_page.result is None


# ----- screenshots (for a person to look at) -----------------------------------------------


def _shoot(wizard: FixWizard, name: str, qtbot) -> list[Path]:
    SHOTS.mkdir(parents=True, exist_ok=True)
    style = QApplication.style()
    wizard.setPalette(style.standardPalette())
    wizard.resize(640, 480)
    wizard.show()
    qtbot.waitExposed(wizard)
    paths = []
    for index in range(len(wizard.pageIds())):
        qtbot.wait(20)
        path = SHOTS / f"{name}-{index + 1:02d}.png"
        assert wizard.grab().save(str(path))
        paths.append(path)
        if wizard.currentPage() is wizard.verify_page:
            break
        wizard.next()
    return paths


def test_screenshots_of_every_page(qtbot, restart_machine):
    controller, _ = restart_machine
    dismissed = FakeRunner(
        returncode=126, stderr="Error executing command as another user: Request dismissed\n"
    )
    ubuntu = make_wizard(qtbot, firewall_result(), controller, runner=dismissed)
    paths = _shoot(ubuntu, "linux-firewall", qtbot)
    assert len(paths) == len(ubuntu.pageIds())

    windows = CheckupController(default_registry(), as_this_computer(machine("windows")))
    win = make_wizard(qtbot, firewall_result(), windows, runner=FakeRunner())
    assert len(_shoot(win, "windows-firewall", qtbot)) == len(win.pageIds())
    windows.wait()

    restart = make_wizard(qtbot, controller.checkup.result("UPD-003"), controller)
    with qtbot.waitSignal(restart.verify_page.verified, timeout=10000):
        _shoot(restart, "linux-restart", qtbot)
    restart.grab().save(str(SHOTS / "linux-restart-verified.png"))

    page = ubuntu.auto_fix_page
    assert page is not None
    ubuntu.restart()
    ubuntu.next()
    page.confirm.setChecked(True)
    with qtbot.waitSignal(page.outcome_shown, timeout=5000):
        page.run_button.click()
    page.details_button.setChecked(True)
    qtbot.wait(20)
    ubuntu.grab().save(str(SHOTS / "linux-firewall-cancelled.png"))

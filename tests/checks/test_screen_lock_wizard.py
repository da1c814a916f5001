"""DEV-002's GNOME fix in the fix wizard: shown exactly, run only after the confirmation, as
the user (no administrator prompt), and never offered over a recording."""

from __future__ import annotations

import json

import pytest

from hygiene_app.checks import default_registry
from hygiene_app.checks import screen_lock as sl
from hygiene_app.engine.model import CheckResult
from hygiene_app.services.autofix import AutoFixOutcome
from hygiene_app.ui.controller import CheckupController
from hygiene_app.ui.wizard import FixWizard
from tests.checks.test_screen_lock import desktop, gnome, linux
from tests.snapshot_machines import cmd, platform, snapshot
from tests.support import as_recording, as_this_computer, run_check
from tests.ui.test_wizard import FakeRunner

SEAMS = linux("ubuntu:GNOME", gnome(lock="false"))


def _result(seams) -> CheckResult:
    return CheckResult(sl.META, run_check(sl.ScreenLockCheck(), seams), 0.1)


@pytest.fixture
def controller(qtbot):
    controller = CheckupController(default_registry(), as_this_computer(SEAMS))
    yield controller
    controller.wait()


def test_the_wizard_runs_exactly_the_gsettings_command_after_the_confirmation(qtbot, controller):
    runner = FakeRunner()
    wizard = FixWizard(_result(SEAMS), controller, runner=runner)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.auto_fix_page
    assert page is not None and wizard.currentPage() is page
    expected = "gsettings set org.gnome.desktop.screensaver lock-enabled true"
    assert page.command.toPlainText() == expected  # no pkexec: the user's own setting
    page.run_button.click()
    assert runner.calls == []  # nothing runs before the confirmation
    page.confirm.setChecked(True)
    with qtbot.waitSignal(page.outcome_shown, timeout=5000) as blocker:
        page.run_button.click()
    outcome = blocker.args[0]
    assert isinstance(outcome, AutoFixOutcome) and outcome.ok
    assert runner.calls == [tuple(expected.split())]
    wizard.close()


def test_over_a_recording_the_wizard_offers_no_automatic_fix(qtbot, tmp_path):
    doc = snapshot(
        platform("linux", "24.04"),
        [cmd(argv, spec[1]) for argv, spec in {**desktop("GNOME"), **gnome("false")}.items()],
        {},
    )
    path = tmp_path / "gnome-lock-off.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    recording = as_recording(path)
    controller = CheckupController(default_registry(), recording)
    try:
        result = _result(recording.seams)
        assert result.finding.fix.auto_fix  # the guide has one...
        wizard = FixWizard(result, controller, runner=FakeRunner())
        qtbot.addWidget(wizard)
        assert wizard.auto_fix_page is None  # ...which a recording never offers
        assert "recording" in wizard.auto_fix_blocker
        wizard.close()
    finally:
        controller.wait()

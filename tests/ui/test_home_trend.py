"""Home's trend since the last checkup and each tile's "Checked 5 minutes ago": from the
checkup history for this computer, and nothing at all for a recording."""

from __future__ import annotations

from pathlib import Path

import pytest

from hygiene_app.checks import default_registry
from hygiene_app.engine.model import Category, Severity, Status
from hygiene_app.engine.snapshot import Snapshot
from hygiene_app.services.history import CheckRecord, HistoryStore, RunRecord, changes
from hygiene_app.ui.background import wait_for_background
from hygiene_app.ui.controller import CheckupController
from hygiene_app.ui.home import HomePage, trend_line
from hygiene_app.ui.main_window import MainWindow
from tests.support import NOW, as_recording, as_this_computer

SNAPSHOTS = Path(__file__).resolve().parent.parent / "fixtures" / "snapshots"


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> float:
        return self.now


def run(score: int | None, **statuses: Status) -> RunRecord:
    return RunRecord(
        NOW,
        score,
        tuple(CheckRecord(k, Category.DEVICE, v, Severity.MEDIUM) for k, v in statuses.items()),
    )


@pytest.mark.parametrize(
    ("runs", "expected"),
    [
        ((), ""),
        ((run(50),), ""),
        (
            (run(50, A=Status.FAIL), run(56, A=Status.PASS)),
            "Up 6 points since the last checkup · 1 fixed",
        ),
        ((run(50), run(49, B=Status.FAIL)), "Down 1 point since the last checkup · 1 new"),
        ((run(50), run(50)), "Same score as the last checkup"),
        ((run(None), run(50)), ""),
        ((run(None, A=Status.FAIL), run(None, A=Status.PASS)), "Since the last checkup · 1 fixed"),
    ],
)
def test_the_trend_says_where_the_score_went_and_what_changed(runs, expected):
    assert trend_line(runs) == expected


def test_the_chart_draws_the_recorded_scores_and_hides_with_one(qtbot):
    home = HomePage()
    qtbot.addWidget(home)
    home.show()
    home.show_history([run(50)])
    assert not home.trend_chart.isVisible() and not home.trend.isVisible()
    home.show_history([run(50), run(None), run(61, A=Status.PASS)])
    assert home.trend_chart.scores == [50, 61]
    assert home.trend_chart.isVisible()
    assert home.trend_caption.text() == "Your last 2 checkups" and home.trend_caption.isVisible()
    assert "50, 61" in home.trend_chart.accessibleName()
    # The checkup before the latest could not be scored: no "since the last checkup" sentence.
    assert home.trend.text() == "" and not home.trend.isVisible()
    home.show_history([run(50), run(61, A=Status.PASS)])
    assert home.trend.text() == "Up 11 points since the last checkup"


def _window(qtbot, machine, clock) -> MainWindow:
    controller = CheckupController(default_registry(), machine)
    window = MainWindow(controller, clock=clock)
    qtbot.addWidget(window)
    window.show()
    return window


def _checkup(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.controller.finished, timeout=20000):
        window.controller.run_all()
    assert wait_for_background()
    qtbot.wait(1)  # the history's answer is delivered on the UI thread


def test_each_checkup_is_recorded_and_home_shows_what_changed(qtbot, tmp_path):
    clock = Clock()
    history = HistoryStore(tmp_path / "history.sqlite3", clock=clock)
    cafe = Snapshot.load(SNAPSHOTS / "windows-11-cafe.json").seams()
    office = Snapshot.load(SNAPSHOTS / "windows-11-office.json").seams()
    window = _window(qtbot, as_this_computer(cafe, history=history), clock)
    _checkup(qtbot, window)
    qtbot.waitUntil(lambda: len(history.runs()) == 1, timeout=5000)
    first = history.runs()[0]
    assert first.score == window.overview.assessment.score.value
    assert not window.overview.trend.isVisible()  # nothing to compare with yet

    clock.now += 3600
    window.controller.use_seams(office)
    _checkup(qtbot, window)
    qtbot.waitUntil(lambda: window.overview.trend.isVisible(), timeout=5000)
    before, after = history.runs()
    assert after.score == window.overview.assessment.score.value
    change = changes(before, after)
    assert window.overview.trend.text() == trend_line((before, after))
    assert window.overview.trend_chart.scores == [before.score, after.score]
    assert change.fixed or change.new or change.score_delta  # the two recordings differ


def test_tiles_say_how_old_their_verdicts_are(qtbot, tmp_path):
    clock = Clock()
    cafe = Snapshot.load(SNAPSHOTS / "windows-11-cafe.json").seams()
    window = _window(qtbot, as_this_computer(cafe), clock)
    _checkup(qtbot, window)
    tile = window.overview.tiles[Category.UPDATES]
    assert tile.when.text() == "Checked just now"
    assert "Checked just now" in tile.accessibleName()
    clock.now += 5 * 60 + 10
    window._checked_timer.timeout.emit()
    assert tile.when.text() == "Checked 5 minutes ago"
    # Checking one finding again does not make its area look fresher than its oldest verdict.
    with qtbot.waitSignal(window.controller.rechecked, timeout=20000):
        window.recheck("UPD-001")
    assert tile.when.text() == "Checked 5 minutes ago"
    empty = window.overview.tiles[Category.PHISHING]
    if empty.summary.checks == 0:
        assert not empty.when.isVisibleTo(empty)


def test_a_recording_keeps_no_history_and_shows_no_trend(qtbot, tmp_path):
    window = _window(qtbot, as_recording(SNAPSHOTS / "windows-11-cafe.json"), Clock())
    _checkup(qtbot, window)
    _checkup(qtbot, window)
    assert window.machine.history is None
    assert not window.overview.trend.isVisible()
    assert not window.overview.trend_chart.isVisible()

"""The window and the terminal give the same score, the same "what would raise it" and the same
first fix for the same machine and set-asides; every screen says a finding's state in the same
words."""

import json
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hygiene_app.cli as cli
from hygiene_app.checks import default_registry
from hygiene_app.cli import main
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.model import Severity, Status
from hygiene_app.engine.runner import run_checkup
from hygiene_app.engine.snapshot import Snapshot
from hygiene_app.engine.status_words import ALL_GOOD, StatusWord
from hygiene_app.services.autofix import missing_for_auto_fix
from hygiene_app.services.notify import OverallState, overall_state
from hygiene_app.services.set_aside import SetAside, SetAsideKind
from hygiene_app.services.settings import Settings, SettingsStore, default_settings_path
from hygiene_app.ui.details import DetailsPane
from hygiene_app.ui.findings_model import status_label
from hygiene_app.ui.home import AreaState, HomePage, summarize
from hygiene_app.ui.tray import STATE_WORDS
from tests.services.test_notify import result as result_of

CAFE = Path(__file__).resolve().parent.parent / "fixtures" / "snapshots" / "windows-11-cafe.json"
SNAPSHOT = Snapshot.load(CAFE)
WEEK = 7 * 86400
SET_ASIDES = {
    "NET-001": SetAside(
        "NET-001", SetAsideKind.ACCEPT, SNAPSHOT.clock + WEEK, "IT manages it", SNAPSHOT.clock
    ),
    "UPD-003": SetAside("UPD-003", SetAsideKind.SNOOZE, SNAPSHOT.clock + WEEK, "", SNAPSHOT.clock),
}


@pytest.fixture
def checkup():
    return run_checkup(tuple(default_registry()), ProbeContext(SNAPSHOT.seams()))


@pytest.fixture
def overview(qtbot):
    panel = HomePage()
    qtbot.addWidget(panel)
    return panel


def terminal_report(monkeypatch, capsys):
    """`hygiene-app check --format json` on this computer, with the same set-asides saved."""
    monkeypatch.setattr(cli, "_live_seams", lambda offline: SNAPSHOT.seams())
    SettingsStore(default_settings_path()).save(Settings(set_asides=tuple(SET_ASIDES.values())))
    main(["check", "--format", "json"])
    return json.loads(capsys.readouterr().out)["score"]


def test_window_and_terminal_show_the_same_score_gains_and_first_fix(
    overview, checkup, monkeypatch, capsys
):
    # The window's rule for "the app can do it for you" is the terminal's: the fix's tools
    # must be on this computer (the window asks its Machine, which asks the same function).
    os_family = checkup.platform.os
    overview.show_results(
        checkup.results,
        os_family,
        SET_ASIDES,
        can_auto_fix=lambda fix: not missing_for_auto_fix(fix, os_family, shutil.which),
    )
    score = terminal_report(monkeypatch, capsys)
    assert overview.score.text() == str(score["value"])
    titles = {r.meta.id: r.meta.title for r in checkup.results}
    shown = re.findall(r"^  \+(\d+)  (.+?)(?: \(Set aside\))?$", overview.gains.text(), re.M)
    top = sorted((i for i in score["items"] if i["cost"]), key=lambda i: -i["cost"])[:3]
    assert shown == [(str(i["cost"]), titles[i["check_id"]]) for i in top]
    assert overview.suggested_check == score["do_this_first"]["check_id"]
    assert overview.card_why.text() == score["do_this_first"]["why"]
    assert {s["check_id"] for s in score["set_aside"]} == set(SET_ASIDES)


def test_setting_aside_leaves_the_window_score_alone(overview, checkup):
    overview.show_results(checkup.results, checkup.platform.os, {})
    before = overview.score.text()
    overview.show_results(checkup.results, checkup.platform.os, SET_ASIDES)
    assert overview.score.text() == before
    assert overview.suggested_check not in SET_ASIDES
    assert overview.card_why.text().startswith("Chosen because")


def test_overview_counts_use_the_words_of_the_findings_list(overview, checkup):
    overview.show_results(checkup.results, checkup.platform.os, SET_ASIDES)
    counted = dict(part.split(": ") for part in overview.counts.text().split(" · "))
    in_list = [status_label(r, SET_ASIDES.get(r.meta.id)) for r in checkup.results]
    assert set(counted) == set(in_list)
    assert {w: int(n) for w, n in counted.items()} == {w: in_list.count(w) for w in set(in_list)}
    assert set(counted) <= {w.label for w in StatusWord}


def test_details_and_tray_say_the_same_words(qtbot, checkup):
    details = DetailsPane()
    qtbot.addWidget(details)
    for result in checkup.results:
        aside = SET_ASIDES.get(result.meta.id)
        details.show_result(result, aside)
        assert details.state.text().startswith(status_label(result, aside))
    words = {w.label for w in StatusWord} | {ALL_GOOD}
    assert set(STATE_WORDS) == set(OverallState)
    assert set(STATE_WORDS.values()) <= words


_RESULTS = st.lists(
    st.tuples(st.sampled_from(list(Status)), st.sampled_from(list(Severity))), max_size=6
)


@given(_RESULTS, st.sets(st.integers(0, 5)))
def test_the_tray_and_the_home_tiles_sum_findings_up_by_one_rule(statuses, aside):
    """A high-severity warning once made the tray say "Action needed" while its tile said
    "Action recommended"."""
    results = [
        result_of(f"CHK-{n:03}", status, severity) for n, (status, severity) in enumerate(statuses)
    ]
    set_aside = {f"CHK-{n:03}" for n in aside}
    tile = summarize(results, set_aside).state
    tray = overall_state(results, set_aside)
    expected = {
        AreaState.ACTION: OverallState.ACTION,
        AreaState.ADVICE: OverallState.ATTENTION,
        AreaState.UNSURE: OverallState.ATTENTION,
        AreaState.GOOD: OverallState.GOOD,
        AreaState.EMPTY: OverallState.GOOD,
    }[tile]
    assert tray is expected

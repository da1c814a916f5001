"""One assessment behind every score shown: the score, what would raise it, what to do first
and why, and the user's set-asides, which are listed but never change the score."""

from pathlib import Path

from hygiene_app.checks import default_registry
from hygiene_app.engine.assessment import assess, effort
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.model import (
    ALL_OSES,
    Category,
    CheckMeta,
    CheckResult,
    Finding,
    FixGuide,
    FixStep,
    OSFamily,
    Severity,
    Status,
)
from hygiene_app.engine.runner import run_checkup
from hygiene_app.engine.score import compute_score
from hygiene_app.engine.snapshot import Snapshot
from hygiene_app.engine.status_words import StatusWord
from hygiene_app.services.set_aside import SetAside, SetAsideKind
from tests.support import NOW

SNAPSHOTS = Path(__file__).resolve().parent.parent / "fixtures" / "snapshots"
WEEK = 7 * 86400


def results(name):
    seams = Snapshot.load(SNAPSHOTS / f"{name}.json").seams()
    return run_checkup(tuple(default_registry()), ProbeContext(seams)).results


def accept(check_id, reason="IT manages it"):
    return SetAside(check_id, SetAsideKind.ACCEPT, NOW + WEEK, reason, NOW)


def snooze(check_id):
    return SetAside(check_id, SetAsideKind.SNOOZE, NOW + WEEK, "", NOW)


def made(check_id, status, *, weight=5, found=Severity.MEDIUM, steps=1):
    fix = FixGuide(
        "Do it",
        "Because.",
        {OSFamily.LINUX: tuple(FixStep(f"Step {n}.") for n in range(steps))},
        check_id,
    )
    meta = CheckMeta(
        check_id,
        f"Title {check_id}",
        Category.DEVICE,
        ALL_OSES,
        weight,
        Severity.MEDIUM,
        "Nothing.",
    )
    finding = Finding(status, "found", found, fix=fix if status.is_problem else None)
    return CheckResult(meta, finding, 0.0)


def test_suggests_a_problem_with_a_fix_and_prefers_what_the_app_can_do():
    found = results("windows-11-cafe")
    first = assess(found, OSFamily.WINDOWS).first
    assert first is not None and first.result.status is Status.FAIL
    # The firewall has an automatic fix on Windows: one click beats four steps.
    assert first.result.meta.id == "NET-001"
    assert first.auto and first.effort == effort(first.result, OSFamily.WINDOWS) == 1


def test_set_aside_findings_are_not_suggested_and_nothing_when_all_good():
    found = results("windows-11-cafe")
    first = assess(found, OSFamily.WINDOWS).first
    second = assess(found, OSFamily.WINDOWS, {first.result.meta.id: snooze(first.result.meta.id)})
    assert second.first is not None and second.first.result.meta.id != first.result.meta.id
    problems = {r.meta.id: snooze(r.meta.id) for r in found if r.status.is_problem}
    assert assess(found, OSFamily.WINDOWS, problems).first is None


def test_accepting_a_risk_does_not_raise_the_score_and_is_listed():
    found = results("windows-11-cafe")
    plain = assess(found, OSFamily.WINDOWS)
    marked = assess(found, OSFamily.WINDOWS, {"NET-001": accept("NET-001")})
    # Today's bug: accepting the firewall risk moved the score (37 to 44).
    assert marked.score == plain.score == compute_score(found)
    [aside] = marked.set_asides
    assert aside.result.meta.id == "NET-001"
    assert (aside.kind, aside.reason, aside.until) == ("accept", "IT manages it", NOW + WEEK)
    assert aside.note.startswith("Risk accepted until")
    assert aside.cost == plain.score.gain_of("NET-001") > 0  # it still costs what it costs
    # Still among what would raise the score, marked as set aside.
    gain = next(g for g in marked.gains if g.result.meta.id == "NET-001")
    assert gain.set_aside and gain.points == aside.cost
    assert dict(marked.counts)[StatusWord.SET_ASIDE] == 1
    assert marked.is_set_aside("NET-001") and not plain.is_set_aside("NET-001")


def test_set_asides_for_checks_not_in_the_checkup_are_not_counted():
    found = results("windows-11-cafe")
    marked = assess(found, OSFamily.WINDOWS, {"ZZZ-999": snooze("ZZZ-999")})
    assert marked.set_asides == () and StatusWord.SET_ASIDE not in dict(marked.counts)


def test_do_this_first_is_the_biggest_gain_per_effort_and_says_why():
    # B gains less but takes one step; A gains more but takes five.
    big_slow = made("A-001", Status.FAIL, weight=10, steps=5)
    small_quick = made("B-001", Status.FAIL, weight=4, steps=1)
    passing = made("C-001", Status.PASS, weight=10)
    found = [big_slow, small_quick, passing]
    a = assess(found, OSFamily.LINUX)
    gains = {g.result.meta.id: g.points for g in a.gains}
    assert gains["A-001"] > gains["B-001"] > 0
    assert a.first is not None and a.first.result.meta.id == "B-001"
    # A bigger gain is listed beside it: the reason says why that one is not first.
    assert a.first.why == (
        "Chosen because it gives the most points for the work: "
        f"+{gains['B-001']} points in about 1 step. Fixes worth more points take more work."
    )
    # With the quick one set aside, the big one comes first, in about 5 steps.
    later = assess(found, OSFamily.LINUX, {"B-001": snooze("B-001")})
    assert later.first.result.meta.id == "A-001"
    assert later.first.why.endswith(f"+{gains['A-001']} points in about 5 steps.")


def test_the_app_doing_it_is_said_only_where_it_may():
    found = results("windows-11-cafe")
    here = assess(found, OSFamily.WINDOWS).first
    assert "and the app can make the change for you." in here.why
    # A recording (or a computer without the elevation tool): the steps are the effort.
    replayed = assess(found, OSFamily.WINDOWS, can_auto_fix=lambda _fix: False).first
    assert not replayed.auto and "the app can" not in replayed.why
    assert "step" in replayed.why


def test_a_first_fix_that_gains_nothing_says_so():
    tip = made("A-001", Status.WARN, found=Severity.INFO)
    a = assess([tip, made("B-001", Status.PASS)], OSFamily.LINUX)
    assert a.first is not None and a.first.gain == 0
    assert a.first.why.endswith("it does not change the score.")


def test_gains_are_biggest_first_and_whole():
    a = assess(results("windows-11-cafe"), OSFamily.WINDOWS)
    points = [g.points for g in a.gains]
    assert points == sorted(points, reverse=True) and all(isinstance(p, int) for p in points)
    assert all(p > 0 for p in points)
    assert [g.result.meta.id for g in a.top_gains()] == [g.result.meta.id for g in a.gains[:3]]

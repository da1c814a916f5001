"""The overall state and which problems the tray announces: each once, again only if it returns."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hygiene_app.engine.model import (
    ALL_OSES,
    Category,
    CheckMeta,
    CheckResult,
    Finding,
    Severity,
    Status,
)
from hygiene_app.services.notify import (
    MAX_LISTED,
    OverallState,
    new_problems,
    notification_text,
    overall_state,
    problem_key,
)

IDS = ("UPD-001", "UPD-002", "NET-001", "NET-002")


def result(
    check_id: str, status: Status, severity: Severity = Severity.MEDIUM, summary: str = ""
) -> CheckResult:
    meta = CheckMeta(
        id=check_id,
        title=f"Title of {check_id}",
        category=Category.DEVICE,
        platforms=ALL_OSES,
        weight=5,
        severity=Severity.MEDIUM,
        leaves_machine="Nothing",
    )
    reason = "could not tell" if status.needs_reason else ""
    finding = Finding(status, summary or f"{check_id} is {status}", severity, reason=reason)
    return CheckResult(meta, finding, 0.1)


results_st = st.lists(
    st.builds(result, st.sampled_from(IDS), st.sampled_from(Status), st.sampled_from(Severity)),
    max_size=len(IDS),
    unique_by=lambda r: r.meta.id,
).map(tuple)
set_aside_st = st.frozensets(st.sampled_from(IDS))
notified_st = st.frozensets(
    st.builds(lambda i, s: f"{i}:{s}", st.sampled_from(IDS), st.sampled_from(Status))
)


# --- overall state ---------------------------------------------------------------------------


def test_state_labels_are_plain_words():
    assert OverallState.GOOD.label == "All good"
    assert OverallState.ATTENTION.label == "Action recommended"
    assert OverallState.ACTION.label == "Action needed"
    assert OverallState.ACTION == "action needed"


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        ((), OverallState.GOOD),
        (((Status.PASS, Severity.HIGH), (Status.SKIPPED, Severity.INFO)), OverallState.GOOD),
        (((Status.PASS, Severity.INFO), (Status.WARN, Severity.MEDIUM)), OverallState.ATTENTION),
        (((Status.PASS, Severity.INFO), (Status.UNKNOWN, Severity.INFO)), OverallState.ATTENTION),
        (((Status.ERROR, Severity.INFO),), OverallState.ATTENTION),
        # A warning is "Action recommended" in the list and on Home, whatever its severity.
        (((Status.WARN, Severity.HIGH),), OverallState.ATTENTION),
        (((Status.WARN, Severity.CRITICAL), (Status.PASS, Severity.INFO)), OverallState.ATTENTION),
        (((Status.FAIL, Severity.LOW),), OverallState.ACTION),
        (((Status.FAIL, Severity.INFO), (Status.WARN, Severity.LOW)), OverallState.ACTION),
    ],
)
def test_overall_state(statuses, expected):
    results = [result(IDS[i], s, sev) for i, (s, sev) in enumerate(statuses)]
    assert overall_state(results, set()) is expected


@given(results_st, set_aside_st)
def test_set_aside_findings_do_not_count(results, set_aside):
    kept = [r for r in results if r.meta.id not in set_aside]
    assert overall_state(results, set_aside) is overall_state(kept, frozenset())


@given(results_st)
def test_any_fail_means_action_needed(results):
    state = overall_state(results, frozenset())
    if any(r.status is Status.FAIL for r in results):
        assert state is OverallState.ACTION
    if all(r.status in (Status.PASS, Status.SKIPPED) for r in results):
        assert state is OverallState.GOOD


def test_everything_set_aside_is_all_good():
    results = [result("UPD-001", Status.FAIL, Severity.CRITICAL), result("NET-001", Status.PASS)]
    assert overall_state(results, {"UPD-001"}) is OverallState.GOOD


# --- new problems ----------------------------------------------------------------------------


@given(results_st, set_aside_st, notified_st)
def test_repeated_calls_never_announce_the_same_problem_twice(results, set_aside, notified):
    first, notified = new_problems(results, set_aside, notified)
    assert len({problem_key(r) for r in first}) == len(first)
    for _ in range(3):
        again, notified_again = new_problems(results, set_aside, notified)
        assert again == ()
        assert notified_again == notified


@given(results_st, set_aside_st, notified_st)
def test_every_current_problem_is_announced_or_already_known(results, set_aside, notified):
    fresh, updated = new_problems(results, set_aside, notified)
    current = {
        problem_key(r) for r in results if r.status.is_problem and r.meta.id not in set_aside
    }
    assert {problem_key(r) for r in fresh} == current - notified
    assert current <= updated


@given(results_st, set_aside_st, notified_st)
def test_set_aside_problems_are_never_announced(results, set_aside, notified):
    fresh, updated = new_problems(results, set_aside, notified)
    assert not any(r.meta.id in set_aside for r in fresh)
    assert all(r.status.is_problem for r in fresh)
    assert not any(key.split(":")[0] in set_aside for key in updated)


@given(st.lists(st.tuples(results_st, set_aside_st), max_size=8))
def test_a_problem_is_announced_again_only_after_it_was_gone(runs):
    """Over any sequence of checkups, a key is announced a second time only if some checkup in
    between settled that it was gone: the check reached another verdict, or was set aside.
    "Could not tell" (unknown, skipped, error, not run) is not gone."""
    notified: frozenset[str] = frozenset()
    announced_at: dict[str, int] = {}
    gone_since: dict[str, int] = {}  # key -> the latest run that showed it gone
    for i, (results, set_aside) in enumerate(runs):
        for check_id in set_aside:
            for status in (Status.FAIL, Status.WARN):
                gone_since[f"{check_id}:{status}"] = i
        for r in results:
            for status in (Status.FAIL, Status.WARN):
                if r.status in (Status.PASS, Status.FAIL, Status.WARN) and r.status is not status:
                    gone_since[f"{r.meta.id}:{status}"] = i
        fresh, notified = new_problems(results, set_aside, notified)
        for r in fresh:
            key = problem_key(r)
            if key in announced_at:
                assert gone_since.get(key, -1) > announced_at[key], key
            announced_at[key] = i


@given(
    st.sampled_from(IDS),
    st.sampled_from((Status.FAIL, Status.WARN)),
    st.sampled_from((Status.PASS, Status.FAIL, Status.WARN)),
    st.sampled_from(Severity),
)
def test_a_fixed_problem_that_comes_back_is_announced_again(check_id, status, fixed, severity):
    problem = result(check_id, status, severity)
    if fixed is status:
        fixed = Status.PASS
    first, notified = new_problems([problem], frozenset(), frozenset())
    assert first == (problem,)
    _, notified = new_problems([result(check_id, fixed)], frozenset(), notified)
    assert problem_key(problem) not in notified
    back, notified = new_problems([problem], frozenset(), notified)
    assert back == (problem,)
    assert new_problems([problem], frozenset(), notified)[0] == ()


@pytest.mark.parametrize("unsure", [Status.UNKNOWN, Status.SKIPPED, Status.ERROR])
def test_could_not_tell_is_not_fixed(unsure):
    problem = result("UPD-001", Status.FAIL)
    _, notified = new_problems([problem], frozenset(), frozenset())
    _, notified = new_problems([result("UPD-001", unsure)], frozenset(), notified)
    assert new_problems([problem], frozenset(), notified)[0] == ()
    # A check that was not run at all forgets nothing either.
    _, notified = new_problems([], frozenset(), notified)
    assert new_problems([problem], frozenset(), notified)[0] == ()


def test_a_problem_that_got_worse_is_announced():
    _, notified = new_problems([result("UPD-001", Status.WARN)], frozenset(), frozenset())
    worse, notified = new_problems([result("UPD-001", Status.FAIL)], frozenset(), notified)
    assert [problem_key(r) for r in worse] == ["UPD-001:fail"]
    assert notified == {"UPD-001:fail"}


def test_a_snooze_that_ends_announces_the_problem_again():
    problem = result("NET-001", Status.FAIL)
    _, notified = new_problems([problem], frozenset(), frozenset())
    hidden, notified = new_problems([problem], {"NET-001"}, notified)
    assert hidden == ()
    assert new_problems([problem], frozenset(), notified)[0] == (problem,)


# --- notification text -----------------------------------------------------------------------


def test_one_problem_is_named_with_what_was_found():
    problem = result("NET-001", Status.FAIL, summary="Firewall is off")
    assert notification_text([problem]) == ("Title of NET-001", "Firewall is off")


def test_several_problems_are_counted_and_listed():
    problems = [result(i, Status.FAIL, summary=f"{i} broke") for i in IDS[:3]]
    title, body = notification_text(problems)
    assert title == "3 new problems found"
    assert body.splitlines() == ["UPD-001 broke", "UPD-002 broke", "NET-001 broke"]


def test_a_long_list_is_cut_short():
    problems = [result(f"X-{n}", Status.WARN) for n in range(MAX_LISTED + 3)]
    title, body = notification_text(problems)
    assert title == f"{MAX_LISTED + 3} new problems found"
    assert body.splitlines()[-1] == "and 3 more"
    assert len(body.splitlines()) == MAX_LISTED + 1


def test_nothing_to_notify_is_a_mistake():
    with pytest.raises(ValueError, match="nothing"):
        notification_text([])

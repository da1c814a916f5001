import inspect
from dataclasses import replace

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
from hygiene_app.engine.score import compute_score


def result(check_id, status, *, weight=5, severity=Severity.MEDIUM, found=Severity.INFO):
    meta = CheckMeta(check_id, check_id, Category.DEVICE, ALL_OSES, weight, severity, "Nothing.")
    return CheckResult(meta, Finding(status, "s", found, reason="why"), 0.0)


def test_all_pass_is_100_and_nothing_is_none():
    assert compute_score([result("A-001", Status.PASS)]).value == 100
    assert compute_score([]).value is None
    assert compute_score([result("A-001", Status.UNKNOWN)]).value is None


def test_weights_and_severities_set_the_score_and_costs():
    # A: 5 x 2 = 10 points, passes. B: 5 x 3 (found HIGH) = 15 points, fails.
    score = compute_score(
        [result("A-001", Status.PASS), result("B-001", Status.FAIL, found=Severity.HIGH)]
    )
    assert score.possible == 25 and score.earned == 10
    assert score.value == 40
    gains = {i.check_id: i.gain for i in score.items}
    assert gains == {"A-001": 0, "B-001": 60}


def test_warn_earns_half():
    score = compute_score(
        [result("A-001", Status.WARN, found=Severity.MEDIUM), result("B-001", Status.PASS)]
    )
    assert score.value == 75


@pytest.mark.parametrize("status", [Status.UNKNOWN, Status.SKIPPED, Status.ERROR])
def test_no_verdict_is_excluded_and_listed(status):
    score = compute_score([result("A-001", Status.PASS), result("B-001", status, weight=10)])
    assert score.value == 100
    assert [(e.check_id, e.status) for e in score.excluded] == [("B-001", status)]


def test_info_warning_is_advice_and_weighs_nothing():
    advice = result("A-001", Status.WARN, found=Severity.INFO)
    score = compute_score([advice, result("B-001", Status.PASS)])
    assert score.value == 100
    assert [i.gain for i in score.items] == [0, 0]


def test_fail_without_a_severity_uses_the_checks():
    score = compute_score([result("A-001", Status.FAIL), result("B-001", Status.PASS)])
    assert score.value == 50


def test_the_score_has_no_way_to_leave_a_set_aside_out():
    # The score describes the machine: what the user snoozed or accepted is not an input.
    assert list(inspect.signature(compute_score).parameters) == ["results"]


def passed(r):
    return replace(r, finding=replace(r.finding, status=Status.PASS, severity=r.meta.severity))


def test_gains_are_whole_points_and_exactly_what_the_shown_score_would_gain():
    # Three checks of 7, 8 and 6 points: "+21.6"-style fractions used to be shown.
    results = [
        result("A-001", Status.FAIL, weight=7, severity=Severity.LOW, found=Severity.LOW),
        result("B-001", Status.WARN, weight=4, found=Severity.MEDIUM),
        result("C-001", Status.PASS, weight=3),
    ]
    score = compute_score(results)
    for i, item in enumerate(score.items):
        assert isinstance(item.gain, int)
        fixed = compute_score([passed(r) if j == i else r for j, r in enumerate(results)])
        assert score.value + item.gain == fixed.value


def test_a_fix_is_weighed_as_the_pass_it_becomes():
    # A fail found at high severity weighs 3x; once fixed, the pass weighs the check's own
    # (medium, 2x). The gain is what the score shows afterwards, not the old formula's 60.
    results = [result("A-001", Status.PASS), result("B-001", Status.FAIL, found=Severity.HIGH)]
    assert compute_score(results).items[1].gain == 60
    low = [result("A-001", Status.FAIL, found=Severity.HIGH), result("B-001", Status.PASS)]
    score = compute_score(low)
    assert score.value == 40 and score.gain_of("A-001") == 60
    assert score.gain_of("B-001") == 0 and score.gain_of("NOPE-001") == 0


statuses = st.sampled_from([Status.PASS, Status.WARN, Status.FAIL, Status.UNKNOWN])
severities = st.sampled_from(list(Severity))


@given(
    st.lists(
        st.tuples(statuses, st.integers(1, 10), severities, severities), min_size=1, max_size=8
    )
)
def test_every_gain_is_what_fixing_that_check_alone_shows(specs):
    results = [
        result(f"X-{n:03d}", status, weight=weight, severity=default, found=found)
        for n, (status, weight, default, found) in enumerate(specs)
    ]
    score = compute_score(results)
    by_id = {r.meta.id: r for r in results}
    for item in score.items:
        assert isinstance(item.gain, int) and 0 <= item.gain <= 100
        fixed = compute_score([passed(r) if r is by_id[item.check_id] else r for r in results])
        expected = max(0, (fixed.value or 0) - score.value) if score.value is not None else 0
        assert item.gain == (0 if item.status is Status.PASS else expected)

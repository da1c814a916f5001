import pytest

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
    costs = {i.check_id: i.cost for i in score.items}
    assert costs == {"A-001": 0.0, "B-001": 60.0}


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
    assert [i.cost for i in score.items] == [0.0, 0.0]


def test_fail_without_a_severity_uses_the_checks():
    score = compute_score([result("A-001", Status.FAIL), result("B-001", Status.PASS)])
    assert score.value == 50


def test_set_aside_results_leave_the_score_with_their_reason():
    score = compute_score(
        [result("A-001", Status.FAIL), result("B-001", Status.PASS)],
        {"A-001": "Snoozed until 2026-12-01"},
    )
    assert score.value == 100
    assert [(e.check_id, e.reason) for e in score.excluded] == [
        ("A-001", "Snoozed until 2026-12-01")
    ]

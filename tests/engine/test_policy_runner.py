"""The organisation's policy applied by the runner: turned-off checks, network features, severity.

Applied once in `run_checkup`, so the CLI and the GUI (both call it) and the score agree."""

from __future__ import annotations

from dataclasses import dataclass

from hygiene_app.checks.browser_versions import BrowserVersionsCheck
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.model import (
    ALL_OSES,
    Category,
    CheckMeta,
    Finding,
    OSFamily,
    Severity,
    Status,
)
from hygiene_app.engine.options import NETWORK_RELEASE_FEEDS, CheckOptions
from hygiene_app.engine.runner import is_turned_off, run_checkup
from hygiene_app.engine.score import compute_score
from tests.support import machine


def meta(check_id: str, platforms: frozenset[OSFamily] = ALL_OSES) -> CheckMeta:
    return CheckMeta(
        id=check_id,
        title=check_id,
        category=Category.DEVICE,
        platforms=platforms,
        weight=5,
        severity=Severity.MEDIUM,
        leaves_machine="Nothing.",
    )


@dataclass
class Fixed:
    meta: CheckMeta
    status: Status = Status.PASS
    severity: Severity = Severity.INFO
    ran: bool = False

    def run(self, ctx: ProbeContext) -> Finding:
        self.ran = True
        return Finding(self.status, "done", severity=self.severity, reason="r")


@dataclass
class NeedsFeeds(Fixed):
    network_feature: str = NETWORK_RELEASE_FEEDS


def ctx(options: CheckOptions) -> ProbeContext:
    return ProbeContext(machine("debian"), options=options)


def test_a_disabled_check_is_skipped_turned_off_and_never_runs() -> None:
    off, on = Fixed(meta("X-1")), Fixed(meta("X-2"))
    checkup = run_checkup([off, on], ctx(CheckOptions(disabled_checks=frozenset({"X-1"}))))
    result = checkup.result("X-1")
    assert not off.ran and on.ran
    assert result.status is Status.SKIPPED
    assert result.finding.reason == "Turned off by your organisation."
    assert result.finding.summary == "Turned off by your organisation"
    assert dict(result.finding.evidence) == {"turned_off_by": "policy"}
    assert is_turned_off(result) and not is_turned_off(checkup.result("X-2"))
    # Not scored: a turned-off check neither helps nor hurts.
    assert [e.check_id for e in compute_score(checkup.results).excluded] == ["X-1"]


def test_no_policy_runs_everything() -> None:
    checks = [Fixed(meta("X-1")), NeedsFeeds(meta("X-2"))]
    checkup = run_checkup(checks, ctx(CheckOptions()))
    assert all(c.ran for c in checks)
    assert not any(is_turned_off(r) for r in checkup.results)


def test_a_check_on_another_os_says_so_even_when_turned_off() -> None:
    check = Fixed(meta("X-1", frozenset({OSFamily.WINDOWS})))
    result = run_checkup([check], ctx(CheckOptions(disabled_checks=frozenset({"X-1"})))).result(
        "X-1"
    )
    assert "not available" in result.finding.reason


def test_a_network_feature_turned_off_turns_off_the_checks_that_need_it() -> None:
    feeds, other = NeedsFeeds(meta("X-1")), Fixed(meta("X-2"))
    options = CheckOptions(network_off=frozenset({NETWORK_RELEASE_FEEDS}))
    checkup = run_checkup([feeds, other], ctx(options))
    result = checkup.result("X-1")
    assert not feeds.ran and other.ran
    assert is_turned_off(result)
    assert result.finding.evidence["network_feature"] == NETWORK_RELEASE_FEEDS


def test_browser_versions_needs_the_release_feeds() -> None:
    options = CheckOptions(network_off=frozenset({NETWORK_RELEASE_FEEDS}))
    result = run_checkup([BrowserVersionsCheck()], ctx(options)).result("UPD-004")
    assert is_turned_off(result)


def test_severity_override_applies_to_problems_and_the_score_follows() -> None:
    fail = Fixed(meta("X-1"), Status.FAIL, Severity.HIGH)
    ok = Fixed(meta("X-2"), Status.PASS)
    plain = run_checkup([fail, ok], ctx(CheckOptions()))
    overridden = run_checkup(
        [fail, ok],
        ctx(CheckOptions(severity_overrides=(("X-1", Severity.LOW), ("X-2", Severity.CRITICAL)))),
    )
    assert overridden.result("X-1").severity is Severity.LOW
    assert overridden.result("X-1").meta.severity is Severity.LOW
    # A pass is weighed by its check's severity, which the override replaces too.
    assert overridden.result("X-2").meta.severity is Severity.CRITICAL
    assert overridden.result("X-2").severity is Severity.INFO
    before = compute_score(plain.results).value
    after = compute_score(overridden.results).value
    assert before is not None and after is not None and after > before


def test_severity_override_leaves_unknown_findings_alone() -> None:
    unknown = Fixed(meta("X-1"), Status.UNKNOWN)
    result = run_checkup(
        [unknown], ctx(CheckOptions(severity_overrides=(("X-1", Severity.HIGH),)))
    ).result("X-1")
    assert result.status is Status.UNKNOWN and result.severity is Severity.INFO

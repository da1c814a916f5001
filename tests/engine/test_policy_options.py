"""CheckOptions carries the organisation's choices; its defaults are the app without a policy."""

from __future__ import annotations

from hygiene_app.checks import restart_pending, screen_lock
from hygiene_app.engine.model import Severity
from hygiene_app.engine.options import (
    NETWORK_BREACH_CHECK,
    NETWORK_RELEASE_FEEDS,
    CheckOptions,
    VpnRequirement,
)


def test_defaults_are_todays_behaviour() -> None:
    opts = CheckOptions()
    assert opts.max_uptime_days == restart_pending.LONG_UPTIME_DAYS
    assert opts.screen_lock_minutes * 60 == screen_lock.MAX_LOCK_SECONDS
    assert opts.browser_grace_days is None
    assert opts.mfa_review_months == 6
    assert opts.vpn_required is None
    assert opts.password_managers == ()
    assert opts.disabled_checks == frozenset()
    assert opts.network_allowed(NETWORK_BREACH_CHECK)


def test_network_off_and_severity_override() -> None:
    opts = CheckOptions(
        network_off=frozenset({NETWORK_RELEASE_FEEDS}),
        severity_overrides=(("NET-002", Severity.LOW),),
    )
    assert not opts.network_allowed(NETWORK_RELEASE_FEEDS)
    assert opts.network_allowed(NETWORK_BREACH_CHECK)
    assert opts.severity_for("NET-002", Severity.HIGH) is Severity.LOW
    assert opts.severity_for("DEV-001", Severity.HIGH) is Severity.HIGH


def test_vpn_requirement_values_are_the_policy_words() -> None:
    assert {v.value for v in VpnRequirement} == {"always", "untrusted_wifi", "never"}

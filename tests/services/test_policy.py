"""The policy's data: what each value does to the checks' options and the user's settings."""

from hygiene_app.engine.model import Severity
from hygiene_app.engine.options import CheckOptions, VpnRequirement
from hygiene_app.services.policy import (
    CheckNote,
    ContactCard,
    LoadedPolicy,
    Policy,
    PolicyProblem,
    effective_options,
    no_policy,
)
from hygiene_app.services.set_aside import SetAside, SetAsideKind
from hygiene_app.services.settings import Settings


def test_no_policy_changes_nothing():
    settings = Settings(eol_warning_days=30, release_feeds=(("chrome", "https://m.example/"),))
    loaded = no_policy()
    assert not loaded.in_force
    assert loaded.warning() == ""
    assert effective_options(settings, loaded) == settings.check_options()
    assert effective_options(Settings(), loaded) == CheckOptions()
    assert loaded.policy.apply_to(settings) == settings


def test_policy_values_win_over_the_users_settings():
    policy = Policy(
        disabled_checks=frozenset({"NET-002"}),
        severity_overrides=(("DEV-001", Severity.LOW),),
        max_uptime_days=7,
        screen_lock_minutes=5,
        browser_grace_days=3,
        eol_warning_days=90,
        mfa_review_months=3,
        vpn_required=VpnRequirement.ALWAYS,
        password_managers=("Bitwarden",),
        breach_check=False,
        endoflife_url="https://eol.example/api",
        release_feeds=(("chrome", "https://mirror.example/chrome"),),
    )
    loaded = LoadedPolicy(policy=policy, sources=(("x", "test"),), locked=policy.locked_settings())
    user = Settings(
        eol_warning_days=10, endoflife_url="https://mine.example/", mfa_review_months=12
    )
    options = effective_options(user, loaded)
    assert options.disabled_checks == {"NET-002"}
    assert options.severity_overrides == (("DEV-001", Severity.LOW),)
    assert (options.max_uptime_days, options.screen_lock_minutes) == (7, 5)
    assert (options.browser_grace_days, options.eol_warning_days) == (3, 90)
    assert options.mfa_review_months == 3
    assert options.vpn_required is VpnRequirement.ALWAYS
    assert options.password_managers == ("Bitwarden",)
    assert options.network_off == {"breach_check"}
    assert options.endoflife_url == "https://eol.example/api"
    assert options.release_feeds == (("chrome", "https://mirror.example/chrome"),)
    applied = policy.apply_to(user)
    assert (applied.eol_warning_days, applied.mfa_review_months) == (90, 3)
    assert applied.endoflife_url == "https://eol.example/api"
    assert {"eol_warning_days", "mfa_review_months", "endoflife_url", "release_feeds"} <= (
        loaded.locked
    )
    assert "breach_api" in loaded.locked  # the breach check is off: its mirror is moot


def test_unset_values_keep_the_users_and_the_defaults():
    loaded = LoadedPolicy(policy=Policy(max_uptime_days=3), sources=(("x", "t"),))
    user = Settings(eol_warning_days=10)
    options = effective_options(user, loaded)
    assert options.eol_warning_days == 10
    assert options.max_uptime_days == 3
    assert options.screen_lock_minutes == CheckOptions().screen_lock_minutes


def test_snooze_accept_notes_and_contact():
    policy = Policy(
        snooze_allowed=frozenset({"UPD-001"}),
        accept_allowed=frozenset(),
        check_notes=(("NET-002", CheckNote("Call IT", (("Wiki", "https://it.example/"),))),),
        contact=ContactCard(name="IT"),
    )
    assert policy.may_snooze("UPD-001") and not policy.may_snooze("NET-002")
    assert not policy.may_accept("UPD-001")
    assert Policy().may_snooze("NET-002") and Policy().may_accept("NET-002")
    assert policy.note_for("NET-002") == CheckNote("Call IT", (("Wiki", "https://it.example/"),))
    assert policy.note_for("DEV-001") is None
    assert ContactCard().is_empty() and not ContactCard(phone="1").is_empty()


def test_warning_names_the_first_problem_and_counts_the_rest():
    one = LoadedPolicy(problems=(PolicyProblem("/etc/p.json", 4, "Bad."),))
    assert "/etc/p.json:4: Bad." in one.warning()
    assert "usual checks apply" in one.warning()
    three = LoadedPolicy(problems=(PolicyProblem("a", None, "A."),) * 3)
    assert "a: A." in three.warning() and "2 more problems" in three.warning()


def test_only_the_set_asides_the_policy_allows_are_honoured():
    policy = Policy(snooze_allowed=frozenset({"UPD-001"}), accept_allowed=frozenset())
    snoozed = SetAside("UPD-001", SetAsideKind.SNOOZE, until=2e9)
    snoozed_other = SetAside("NET-002", SetAsideKind.SNOOZE, until=2e9)
    accepted = SetAside("UPD-001", SetAsideKind.ACCEPT, until=2e9, reason="kiosk")
    assert policy.allows(snoozed)
    assert not policy.allows(snoozed_other) and not policy.allows(accepted)
    items = {"UPD-001": snoozed, "NET-002": snoozed_other, "DEV-001": accepted}
    assert policy.honoured(items) == {"UPD-001": snoozed}
    assert Policy().honoured(items) == items

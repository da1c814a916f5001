import calendar
import json
from dataclasses import dataclass, replace
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hygiene_app.checks import mfa
from hygiene_app.engine.context import ProbeContext, Seams
from hygiene_app.engine.model import ALL_OSES, Category, OSFamily, Severity, Status
from hygiene_app.engine.probes import AccountRecord, Inventory, NoInventory
from tests.support import NOW, MeteredCommands, machine, run_check

COVERAGE = mfa.MfaCoverageCheck()
REVIEW = mfa.MfaReviewCheck()
LISTED = mfa.MfaInventoryCheck()
METHOD = mfa.MfaMethodCheck()
CHECKS = (COVERAGE, REVIEW, LISTED, METHOD)
DAY = 86400.0


def acct(
    service: str,
    category: str = "other",
    mfa_state: str = "on",
    methods: tuple[str, ...] = (),
    offered: tuple[str, ...] = (),
    confirmed_at: float | None = NOW - DAY,
) -> AccountRecord:
    return AccountRecord(
        service,
        service.lower().replace(" ", "") + ".example",
        category,
        mfa_state,
        methods,
        offered,
        confirmed_at,
    )


def inv(*accounts: AccountRecord, review_months: int = 6, exists: bool = True) -> Inventory:
    return Inventory(tuple(accounts), review_months, exists)


def run(check, inventory: Inventory, now: float = NOW):
    return run_check(check, machine(inventory=inventory, now=now))


@dataclass(frozen=True)
class Unreadable:
    def inventory(self) -> Inventory | None:
        return None


def with_source(seams: Seams, source) -> Seams:
    return replace(seams, inventory=source)


def utc(*args: int) -> float:
    return datetime(*args, tzinfo=UTC).timestamp()


GMAIL_ON = acct("Gmail", "email", "on", ("app",), ("app", "sms", "security_key"))
BANK_ON = acct("My Bank", "banking", "on", ("app",))


# ----- metadata -----------------------------------------------------------------------------


def test_metadata_matches_the_issue():
    expected = {
        "MFA-001": (9, Severity.CRITICAL),
        "MFA-002": (3, Severity.LOW),
        "MFA-003": (5, Severity.HIGH),
        "MFA-004": (2, Severity.LOW),
    }
    for check in CHECKS:
        meta = check.meta
        assert (meta.weight, meta.severity) == expected[meta.id]
        assert meta.category is Category.TWO_STEP
        assert meta.platforms == ALL_OSES
        assert meta.timeout == 5.0
        assert meta.leaves_machine == "Nothing: reads your own account list on this computer."
        assert not meta.needs_network and not meta.needs_admin


# ----- MFA-001 ------------------------------------------------------------------------------


def test_coverage_passes_when_mfa_is_on_or_not_offered_everywhere():
    finding = run(COVERAGE, inv(GMAIL_ON, BANK_ON, acct("Shop", "shopping", "not_offered")))
    assert finding.status is Status.PASS
    assert finding.evidence["on"] == 2
    assert finding.evidence["not_offered"] == 1
    assert finding.fix is None


@pytest.mark.parametrize(
    ("categories", "severity"),
    [
        (("email",), Severity.CRITICAL),
        (("banking",), Severity.HIGH),
        (("social",), Severity.HIGH),
        (("work",), Severity.HIGH),
        (("shopping",), Severity.MEDIUM),
        (("cloud",), Severity.MEDIUM),
        (("other",), Severity.MEDIUM),
        (("made-up",), Severity.MEDIUM),
        (("shopping", "banking"), Severity.HIGH),
        (("other", "social", "email", "cloud"), Severity.CRITICAL),
    ],
)
def test_coverage_severity_is_set_by_the_worst_category_left_without_mfa(categories, severity):
    accounts = [acct(f"Service {i}", c, "off") for i, c in enumerate(categories)]
    finding = run(COVERAGE, inv(GMAIL_ON, *accounts))
    assert finding.status is Status.FAIL
    assert finding.severity is severity
    assert finding.fix is mfa.FIX_TURN_ON
    assert finding.fix.verify_check == "MFA-001"


def test_coverage_off_with_unknown_offered_methods_counts_as_offered():
    finding = run(COVERAGE, inv(acct("Mail", "email", "off", offered=())))
    assert finding.status is Status.FAIL
    assert finding.severity is Severity.CRITICAL


def test_coverage_lists_services_most_important_first_with_counts_by_category():
    finding = run(
        COVERAGE,
        inv(
            acct("Zed Shop", "shopping", "off"),
            acct("Friends", "social", "off"),
            acct("Mail", "email", "off"),
            acct("Mail", "email", "off"),  # a second address at the same service
            acct("Drive", "cloud", "unknown"),
            GMAIL_ON,
        ),
    )
    assert finding.status is Status.FAIL
    assert finding.summary == "Two-step verification is off on 4 accounts"
    assert finding.evidence["off"] == ["Mail", "Friends", "Zed Shop"]
    assert finding.evidence["off_by_category"] == {"email": 2, "social": 1, "shopping": 1}
    assert finding.evidence["accounts_by_category"] == {
        "email": 3,
        "social": 1,
        "shopping": 1,
        "cloud": 1,
    }
    assert finding.evidence["unknown"] == ["Drive"]
    assert finding.detail.startswith("Turn it on for: Mail, Friends, Zed Shop.")
    assert "reset the password of every other account" in finding.detail
    assert "Also find out for: Drive." in finding.detail


def test_coverage_unknown_state_warns_medium():
    finding = run(COVERAGE, inv(GMAIL_ON, acct("Bank", "banking", "unknown")))
    assert finding.status is Status.WARN
    assert finding.severity is Severity.MEDIUM
    assert finding.summary == "You have not told us whether Bank uses two-step verification"
    assert finding.fix is mfa.FIX_FIND_OUT
    assert finding.fix.verify_check == "MFA-001"
    several = run(COVERAGE, inv(acct("A", mfa_state="unknown"), acct("B", mfa_state="?")))
    assert several.summary == "You have not told us whether 2 accounts use two-step verification"


def test_coverage_reads_values_loosely():
    finding = run(COVERAGE, inv(acct("Mail", " Email ", "OFF")))
    assert finding.status is Status.FAIL
    assert finding.severity is Severity.CRITICAL


def test_coverage_names_an_account_without_a_service_by_its_domain():
    record = AccountRecord("", "mail.example", "email", "off")
    finding = run(COVERAGE, inv(record))
    assert finding.evidence["off"] == ["mail.example"]


def test_coverage_shortens_long_lists_in_the_text_but_not_in_the_evidence():
    accounts = [acct(f"S{i:02}", "other", "off") for i in range(12)]
    finding = run(COVERAGE, inv(*accounts))
    assert "and 4 more" in finding.detail
    assert len(finding.evidence["off"]) == 12


# ----- MFA-002 ------------------------------------------------------------------------------


def test_review_passes_when_every_account_was_confirmed_recently():
    finding = run(REVIEW, inv(GMAIL_ON, BANK_ON))
    assert finding.status is Status.PASS
    assert finding.summary == "Two-step verification confirmed within the last 6 months"


def test_review_warns_about_old_and_never_confirmed_accounts():
    # NOW is 2026-11-01; six months before is 2026-05-01.
    finding = run(
        REVIEW,
        inv(
            GMAIL_ON,
            acct("Bank", "banking", confirmed_at=utc(2026, 4, 30, 23, 59)),
            acct("Shop", "shopping", confirmed_at=None),
            acct("Edge case", "other", confirmed_at=utc(2026, 5, 1)),
        ),
    )
    assert finding.status is Status.WARN
    assert finding.severity is Severity.LOW
    assert finding.summary == "2 accounts are due for a two-step verification review"
    assert finding.evidence["due_if_confirmed_before"] == "2026-05-01"
    assert finding.evidence["never_confirmed"] == ["Shop"]
    assert finding.evidence["confirmed_long_ago"] == [
        {"service": "Bank", "confirmed": "2026-04-30"}
    ]
    assert "Bank, Shop" in finding.detail
    assert finding.fix is mfa.FIX_REVIEW
    assert finding.fix.verify_check == "MFA-002"


def test_review_uses_the_interval_from_the_settings():
    old = acct("Bank", "banking", confirmed_at=utc(2026, 8, 15))
    assert run(REVIEW, inv(old, review_months=6)).status is Status.PASS
    assert run(REVIEW, inv(old, review_months=2)).status is Status.WARN
    one = run(REVIEW, inv(acct("Mail", confirmed_at=utc(2026, 10, 15)), review_months=1))
    assert one.summary == "Two-step verification confirmed within the last 1 month"


def test_review_interval_below_one_month_counts_as_one():
    recent = acct("Bank", confirmed_at=utc(2026, 10, 15))
    assert run(REVIEW, inv(recent, review_months=0)).status is Status.PASS
    assert run(REVIEW, inv(recent, review_months=-3)).status is Status.PASS


def test_review_across_a_month_end():
    # On 31 March 2027, one month back is 28 February 2027.
    now = utc(2027, 3, 31, 12)
    on_time = acct("A", confirmed_at=utc(2027, 2, 28, 12))
    late = acct("B", confirmed_at=utc(2027, 2, 28, 11, 59))
    finding = run(REVIEW, inv(on_time, late, review_months=1), now=now)
    assert finding.evidence["due_if_confirmed_before"] == "2027-02-28"
    assert [e["service"] for e in finding.evidence["confirmed_long_ago"]] == ["B"]


def test_review_treats_a_broken_date_as_never_confirmed():
    finding = run(REVIEW, inv(acct("A", confirmed_at=float("nan"))))
    assert finding.evidence["never_confirmed"] == ["A"]
    far = run(REVIEW, inv(acct("B", confirmed_at=-1e300)))
    assert far.evidence["confirmed_long_ago"] == [{"service": "B", "confirmed": None}]


# ----- months_before ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("now", "months", "expected"),
    [
        ((2026, 8, 31), 6, (2026, 2, 28)),
        ((2024, 8, 31), 6, (2024, 2, 29)),  # leap year
        ((2027, 3, 31), 1, (2027, 2, 28)),
        ((2028, 3, 30), 1, (2028, 2, 29)),
        ((2026, 5, 31), 1, (2026, 4, 30)),
        ((2026, 1, 15), 2, (2025, 11, 15)),  # across the new year
        ((2026, 1, 31), 1, (2025, 12, 31)),
        ((2024, 2, 29), 12, (2023, 2, 28)),
        ((2024, 2, 29), 48, (2020, 2, 29)),
        ((2100, 3, 31), 1, (2100, 2, 28)),  # 2100 is not a leap year
        ((2000, 3, 31), 1, (2000, 2, 29)),  # 2000 is
        ((2026, 11, 1), 0, (2026, 11, 1)),
    ],
)
def test_months_before_clamps_the_day_to_the_month(now, months, expected):
    assert mfa.months_before(utc(*now, 9, 30), months) == utc(*expected, 9, 30)


def test_months_before_works_before_1970_and_stops_at_year_one():
    assert mfa.months_before(utc(1969, 12, 31), 1) == utc(1969, 11, 30)
    assert mfa.months_before(NOW, 10**6) == utc(1, 1, 1)


@given(
    st.datetimes(
        min_value=datetime(1900, 1, 1),
        max_value=datetime(2200, 12, 31, 23, 59, 59),
        timezones=st.just(UTC),
    ),
    st.integers(min_value=0, max_value=240),
)
def test_months_before_is_the_same_time_months_earlier(moment, months):
    moment = moment.replace(microsecond=0)
    before = datetime.fromtimestamp(mfa.months_before(moment.timestamp(), months), UTC)
    assert (moment.year * 12 + moment.month) - (before.year * 12 + before.month) == months
    last_day = calendar.monthrange(before.year, before.month)[1]
    assert before.day == min(moment.day, last_day)
    assert before.time() == moment.time()
    # Never further back than 31 days a month, never closer than 28.
    span = moment.timestamp() - before.timestamp()
    assert months * 28 * DAY - DAY <= span <= months * 31 * DAY


@given(st.floats(min_value=0, max_value=4e9), st.integers(min_value=0, max_value=120))
def test_months_before_goes_back_monotonically(now, months):
    assert mfa.months_before(now, months + 1) < mfa.months_before(now, months) <= now


# ----- MFA-003 ------------------------------------------------------------------------------


def test_listed_warns_when_no_inventory_was_ever_started():
    finding = run(LISTED, inv(exists=False))
    assert finding.status is Status.WARN
    assert finding.severity is Severity.MEDIUM
    assert "Add the accounts that matter: your e-mail, your bank, your social media" in (
        finding.detail
    )
    assert finding.evidence["inventory_exists"] is False
    assert finding.fix is mfa.FIX_LIST_ACCOUNTS
    assert finding.fix.verify_check == "MFA-003"
    steps = " ".join(s.text for s in finding.fix.steps_for(OSFamily.LINUX))
    assert "Accounts screen" in steps
    assert "first-run guide" in steps


def test_listed_warns_on_a_default_machine_without_an_inventory_store():
    seams = with_source(machine(), NoInventory())
    assert run_check(LISTED, seams).status is Status.WARN


def test_listed_warns_for_an_empty_inventory():
    finding = run(LISTED, inv())
    assert finding.status is Status.WARN
    assert finding.evidence["accounts"] == 0


def test_listed_warns_without_an_email_account():
    finding = run(LISTED, inv(BANK_ON, acct("Friends", "social")))
    assert finding.status is Status.WARN
    assert finding.severity is Severity.MEDIUM
    assert "Your e-mail account resets all the others" in finding.detail
    assert finding.fix is mfa.FIX_ADD_EMAIL
    assert finding.evidence["missing_key_categories"] == ["email"]


def test_listed_passes_with_an_email_account():
    finding = run(LISTED, inv(GMAIL_ON))
    assert finding.status is Status.PASS
    assert finding.summary == "1 account listed, including your e-mail"
    assert finding.evidence["missing_key_categories"] == ["banking", "social"]


# ----- MFA-004 ------------------------------------------------------------------------------


def test_method_warns_when_only_sms_is_used_but_an_app_or_key_is_offered():
    finding = run(
        METHOD,
        inv(
            acct("Bank", "banking", "on", ("sms",), ("sms", "app")),
            acct("Mail", "email", "on", ("sms",), ("security_key", "sms")),
            acct("Telco", "other", "on", ("sms",), ("sms",)),  # nothing better offered
            acct("Shop", "shopping", "on", ("sms",), ()),  # not known what is offered
            acct("Cloud", "cloud", "on", ("sms", "app"), ("sms", "app")),  # has an app too
        ),
    )
    assert finding.status is Status.WARN
    assert finding.severity is Severity.LOW
    assert finding.evidence["sms_only_with_stronger_offered"] == [
        {"service": "Mail", "offered": ["security_key", "sms"]},
        {"service": "Bank", "offered": ["app", "sms"]},
    ]
    assert "SMS codes can be stolen by SIM swapping" in finding.detail
    assert finding.fix is mfa.FIX_STRONGER
    assert finding.fix.verify_check == "MFA-004"


def test_method_passes_otherwise():
    finding = run(METHOD, inv(GMAIL_ON, acct("Bank", "banking", "off", ("sms",), ("app",))))
    assert finding.status is Status.PASS


# ----- all four -----------------------------------------------------------------------------


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.meta.id)
def test_unreadable_inventory_is_unknown(check):
    finding = run_check(check, with_source(machine(), Unreadable()))
    assert finding.status is Status.UNKNOWN
    assert finding.reason == "Your account list could not be read."


@pytest.mark.parametrize("check", (COVERAGE, REVIEW, METHOD), ids=lambda c: c.meta.id)
@pytest.mark.parametrize("inventory", [inv(), inv(exists=False)], ids=["empty", "never-started"])
def test_checks_other_than_mfa_003_cannot_tell_without_accounts(check, inventory):
    finding = run(check, inventory)
    assert finding.status is Status.UNKNOWN
    assert finding.reason == "There are no accounts in your list yet."


MIXED = inv(
    acct("Mail", "email", "off", confirmed_at=None),
    acct("Bank", "banking", "on", ("sms",), ("app", "sms"), confirmed_at=NOW - 400 * DAY),
    acct("Friends", "social", "unknown"),
    acct("Shop", "shopping", "not_offered"),
)


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.meta.id)
@pytest.mark.parametrize(
    "inventory", [MIXED, inv(GMAIL_ON), inv(), inv(exists=False)], ids=["mixed", "ok", "e", "n"]
)
def test_evidence_is_json_and_carries_no_login_names(check, inventory):
    finding = run(check, inventory)
    text = json.dumps(dict(finding.evidence))
    assert json.loads(text) == dict(finding.evidence)  # plain JSON: no tuples, no sets
    # The records carry no label; the evidence names services, never domains or addresses.
    assert "@" not in text
    assert ".example" not in text


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.meta.id)
def test_every_problem_has_a_guide_for_every_system_that_verifies_itself(check):
    problems = [
        f
        for f in (
            run(check, MIXED),
            run(check, inv(exists=False)),
            run(check, inv(BANK_ON)),
            run(check, inv(acct("A", mfa_state="unknown"))),
        )
        if f.status.is_problem
    ]
    assert problems
    for finding in problems:
        guide = finding.fix
        assert guide is not None
        assert guide.verify_check == check.meta.id
        assert "including email, banking, and social media" in guide.why
        assert guide.why.index("security key") < guide.why.index("authenticator app")
        assert guide.why.index("authenticator app") < guide.why.index("SMS")
        assert "SIM swapping" in guide.why
        for os_family in OSFamily:
            assert guide.steps_for(os_family) == guide.steps_for(OSFamily.LINUX)
            assert len(guide.steps_for(os_family)) >= 3


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.meta.id)
@pytest.mark.parametrize("preset", ["debian", "windows", "macos"])
def test_no_commands_are_run(check, preset):
    metered = MeteredCommands()
    seams = replace(machine(preset, inventory=MIXED), commands=metered)
    check.run(ProbeContext(seams))
    assert metered.calls == []
    assert metered.total <= check.meta.timeout


def test_method_is_unknown_when_no_method_is_recorded():
    finding = run(METHOD, inv(acct("Gmail", "email", mfa_state="unknown")))
    assert finding.status is Status.UNKNOWN
    assert "No account has its two-step verification method recorded" in finding.reason


def test_method_warns_when_only_sms_is_used_and_what_is_offered_is_not_known():
    """The Accounts screen says "SMS is the weakest method" here; the check must not pass."""
    finding = run(METHOD, inv(GMAIL_ON, acct("Corner Shop", "shopping", "on", ("sms",))))
    assert finding.status is Status.WARN
    assert finding.summary == "1 account uses only SMS codes; a stronger method may be offered"
    assert "Look whether these offer an authenticator app" in finding.detail
    assert finding.evidence["sms_only_offer_unknown"] == ["Corner Shop"]
    assert finding.fix is mfa.FIX_STRONGER


def test_method_passes_when_the_service_offers_nothing_stronger_than_sms():
    finding = run(METHOD, inv(GMAIL_ON, acct("Telco", "other", "on", ("sms",), ("sms", "other"))))
    assert finding.status is Status.PASS
    assert finding.evidence["sms_only_nothing_stronger_offered"] == ["Telco"]


@pytest.mark.parametrize(
    ("mfa_state", "methods", "offered", "expected"),
    [
        ("on", ("sms",), ("sms", "app"), "switch"),
        ("on", ("sms",), ("security_key",), "switch"),
        ("on", ("sms",), (), "look"),
        ("on", ("sms",), ("sms", "email", "other"), "best_offered"),
        ("on", ("sms", "app"), ("sms", "app"), "none"),
        ("on", ("email",), ("app",), "none"),
        ("on", (), ("app",), "none"),
        ("off", ("sms",), ("app",), "none"),
        ("unknown", ("sms",), ("app",), "none"),
        ("not_offered", ("sms",), (), "none"),
    ],
)
def test_one_rule_decides_whether_a_method_should_be_stronger(
    mfa_state, methods, offered, expected
):
    """The engine's rule, as MFA-004 applies it (the Accounts screen applies the same one)."""
    from hygiene_app.engine.mfa_advice import method_advice

    assert method_advice(mfa_state, methods, offered).value == expected
    finding = run(METHOD, inv(GMAIL_ON, acct("Svc", "other", mfa_state, methods, offered)))
    assert (finding.status is Status.WARN) is (expected in ("switch", "look"))

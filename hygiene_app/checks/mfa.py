"""MFA-001..004: two-step verification on the accounts the user listed in the app.

No program on the computer can see inside someone's e-mail or bank account, so these checks read
the inventory the user keeps in Hygiene Checkup's Accounts screen (`ctx.seams.inventory`): the
service, its category, whether two-step verification (MFA) is on, which methods are in use and
offered, and when the user last confirmed it. Records never carry a password, a code or the
account's login name, and neither does the evidence here (only service names and counts).

The four checks share the parsing below; each has a pure `evaluate_*` function.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from hygiene_app.checks import _facts
from hygiene_app.checks._common import with_sentences
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.i18n import N_, Date, as_text, fmt, fmt_plural, joined
from hygiene_app.engine.mfa_advice import MethodAdvice, method_advice
from hygiene_app.engine.model import (
    ALL_OSES,
    Category,
    CheckMeta,
    Fact,
    Finding,
    FixGuide,
    FixStep,
    JsonValue,
    OSFamily,
    Severity,
    Status,
)
from hygiene_app.engine.probes import AccountRecord, Inventory
from hygiene_app.services.mfa.model import Category as AccountKind
from hygiene_app.services.mfa.model import Method

_LEAVES = N_("Nothing: reads your own account list on this computer.")

META_COVERAGE = CheckMeta(
    id="MFA-001",
    title=N_("Two-step verification on important accounts"),
    category=Category.TWO_STEP,
    platforms=ALL_OSES,
    weight=9,
    severity=Severity.CRITICAL,
    leaves_machine=_LEAVES,
    timeout=5.0,
)
META_REVIEW = CheckMeta(
    id="MFA-002",
    title=N_("Two-step verification reviewed recently"),
    category=Category.TWO_STEP,
    platforms=ALL_OSES,
    weight=3,
    severity=Severity.LOW,
    leaves_machine=_LEAVES,
    timeout=5.0,
)
META_INVENTORY = CheckMeta(
    id="MFA-003",
    title=N_("Important accounts listed"),
    category=Category.TWO_STEP,
    platforms=ALL_OSES,
    weight=5,
    severity=Severity.HIGH,
    leaves_machine=_LEAVES,
    timeout=5.0,
)
META_METHOD = CheckMeta(
    id="MFA-004",
    title=N_("Stronger method available"),
    category=Category.TWO_STEP,
    platforms=ALL_OSES,
    weight=2,
    severity=Severity.LOW,
    leaves_machine=_LEAVES,
    timeout=5.0,
)

CATEGORIES = ("email", "banking", "social", "work", "shopping", "cloud", "other")
MFA_STATES = ("on", "off", "not_offered", "unknown")
METHODS = ("security_key", "app", "sms", "email", "other")

#: How much MFA being off matters, by category: e-mail resets every other account.
CATEGORY_SEVERITY = {
    "email": Severity.CRITICAL,
    "banking": Severity.HIGH,
    "social": Severity.HIGH,
    "work": Severity.HIGH,
}
#: The three kinds of account the article names.
KEY_CATEGORIES = ("email", "banking", "social")
#: At most this many service names in a finding's text (the evidence lists them all).
NAMES_SHOWN = 8

# ----- parsing (pure) -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Account:
    """An inventory record with its fields checked: unknown values fall back to "other" and
    "unknown" rather than failing the whole check."""

    name: str
    category: str
    mfa: str
    methods: frozenset[str]
    offered: frozenset[str]
    confirmed_at: float | None

    @property
    def severity_if_off(self) -> Severity:
        return CATEGORY_SEVERITY.get(self.category, Severity.MEDIUM)


def _word(value: str) -> str:
    return value.strip().lower().replace("-", "_").replace(" ", "_")


def parse_account(record: AccountRecord) -> Account:
    category = _word(record.category)
    mfa = _word(record.mfa)
    confirmed = record.confirmed_at
    if confirmed is not None and not math.isfinite(confirmed):
        confirmed = None
    return Account(
        name=record.service.strip() or record.domain.strip() or N_("(unnamed account)"),
        category=category if category in CATEGORIES else "other",
        mfa=mfa if mfa in MFA_STATES else "unknown",
        methods=frozenset(_word(m) for m in record.methods if m.strip()),
        offered=frozenset(_word(m) for m in record.offered if m.strip()),
        confirmed_at=confirmed,
    )


def parse_accounts(inventory: Inventory) -> tuple[Account, ...]:
    return tuple(parse_account(r) for r in inventory.accounts)


def _rank(account: Account) -> tuple[int, int, str]:
    """Most important first: by how much MFA being off would matter, then category, name."""
    return (
        -account.severity_if_off,
        CATEGORIES.index(account.category),
        account.name.casefold(),
    )


def ordered_names(accounts: Iterable[Account]) -> list[str]:
    """Service names, most important first, each once (two Gmail accounts are one name)."""
    seen: dict[str, None] = {}
    for account in sorted(accounts, key=_rank):
        seen.setdefault(account.name, None)
    return list(seen)


def count_by_category(accounts: Iterable[Account]) -> dict[str, int]:
    counts = dict.fromkeys(CATEGORIES, 0)
    for account in accounts:
        counts[account.category] += 1
    return {c: n for c, n in counts.items() if n}


def worst_severity(accounts: Iterable[Account]) -> Severity:
    return max((a.severity_if_off for a in accounts), default=Severity.MEDIUM)


def needs_mfa(account: Account) -> bool:
    """MFA is off where it is offered. An empty `offered` means the catalog does not know, and
    the user saying "off" (not "not offered") is taken to mean it is offered."""
    return account.mfa == "off"


def advice(account: Account) -> MethodAdvice:
    """The Accounts screen's rule for this account's method (`engine.mfa_advice`)."""
    return method_advice(account.mfa, account.methods, account.offered)


def sms_only_with_stronger(account: Account) -> bool:
    """Uses only SMS codes where an authenticator app or a security key is offered."""
    return advice(account) is MethodAdvice.SWITCH


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _moment(seconds: float) -> datetime:
    """Seconds since the epoch as a UTC datetime, also before 1970 on every system (Windows'
    `fromtimestamp` refuses negative times)."""
    return _EPOCH + timedelta(seconds=seconds)


def months_before(now: float, months: int) -> float:
    """The moment `months` calendar months before `now`, in UTC, at the same time of day.

    A day that does not exist in the target month is clamped to its last day: six months
    before 31 August is 28 February (29 in a leap year). Before year 1 it is 1 January of
    year 1.
    """
    moment = _moment(now)
    index = moment.year * 12 + (moment.month - 1) - months
    year, month0 = divmod(index, 12)
    if year < 1:
        return (datetime(1, 1, 1, tzinfo=UTC) - _EPOCH).total_seconds()
    month = month0 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    # Whole days back from `now` itself, so sub-microsecond digits of `now` are kept.
    return now - (moment - moment.replace(year=year, month=month, day=day)).total_seconds()


def _day(value: object) -> str:
    """An evidence day ("2025-03-01", data) as a `Date` in the reader's locale; anything else
    as it is."""
    try:
        return Date(date.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def _date(seconds: float) -> str | None:
    try:
        return _moment(seconds).date().isoformat()
    except OverflowError:
        return None


def review_cutoff(inventory: Inventory, now: float) -> float:
    """Confirmations older than this are due again. A review interval under one month (a
    broken setting) counts as one month."""
    return months_before(now, max(1, inventory.review_months))


def is_due(account: Account, cutoff: float) -> bool:
    return account.confirmed_at is None or account.confirmed_at < cutoff


def _names_text(names: Sequence[str]) -> str:
    shown = joined(*names[:NAMES_SHOWN], sep=", ")
    more = len(names) - NAMES_SHOWN
    if more > 0:
        return fmt_plural("{names} and {n} more", "{names} and {n} more", more, names=shown, n=more)
    return shown


# ----- fix guides ---------------------------------------------------------------------------

WHY_MFA = N_(
    'Security advice is to "enable multi-factor authentication on all your sensitive '
    'accounts, including email, banking, and social media". With two-step verification, a '
    "stolen or guessed password alone no longer lets anyone in: they also need your phone or "
    "your key. Start with your e-mail, because whoever controls it can reset the password of "
    "every other account. Choose the strongest method a service offers. Best is a security "
    "key or a passkey: it only works on the real website, so a fake login page cannot trick "
    "it. Next is an authenticator app, whose codes never travel over the phone network. Last "
    "come text-message (SMS) codes: SMS codes can be stolen by SIM swapping; an authenticator "
    "app or a security key cannot. Even SMS is far better than no second step at all."
)


def _everywhere(steps: tuple[FixStep, ...]) -> dict[OSFamily, tuple[FixStep, ...]]:
    """The same steps on every system: they happen in the app and on the services' websites."""
    return dict.fromkeys(OSFamily, steps)


_OPEN_ACCOUNTS = FixStep(N_("Open Hygiene Checkup and go to the Accounts screen."))
_SECURITY_SETTINGS = FixStep(
    N_(
        "Select the service's link to its security settings, or sign in on its website and "
        'look for "Security". Two-step verification may also be called 2-step verification, '
        "two-factor authentication (2FA), multi-factor authentication or login approvals."
    )
)
_STRONGEST = FixStep(
    N_(
        "Choose the strongest method offered: a security key or passkey first, then an "
        "authenticator app (such as Google Authenticator, Microsoft Authenticator, Aegis or "
        "2FAS), and text-message (SMS) codes only when nothing else is offered."
    )
)
_RECOVERY = FixStep(
    N_(
        "Save the recovery codes the service shows you somewhere safe, such as your password "
        "manager or a printed copy at home. They get you back in if you lose your phone."
    )
)
_AGAIN = FixStep(N_("Run this check again."))

FIX_TURN_ON = FixGuide(
    title=N_("Turn on two-step verification"),
    why=WHY_MFA,
    steps=_everywhere(
        (
            _OPEN_ACCOUNTS,
            FixStep(
                N_(
                    'Pick an account marked "off", starting with the ones at the top of the '
                    "list: your e-mail first, then banking, social media and work."
                )
            ),
            _SECURITY_SETTINGS,
            _STRONGEST,
            _RECOVERY,
            FixStep(
                N_(
                    'Back in Accounts, select "I turned it on" and tick the method you chose. '
                    "Repeat for every account marked off."
                )
            ),
            _AGAIN,
        )
    ),
    verify_check=META_COVERAGE.id,
)

FIX_FIND_OUT = FixGuide(
    title=N_("Find out whether two-step verification is on"),
    why=WHY_MFA,
    steps=_everywhere(
        (
            _OPEN_ACCOUNTS,
            FixStep(N_('Pick an account whose two-step verification is marked "unknown".')),
            _SECURITY_SETTINGS,
            FixStep(
                N_(
                    "If two-step verification is on, note which method it uses. If it is off, "
                    "turn it on now: choose a security key or passkey first, then an "
                    "authenticator app, and SMS codes only when nothing else is offered."
                )
            ),
            FixStep(
                N_(
                    "Back in Accounts, mark it on, off or not offered. Repeat for every account "
                    "marked unknown."
                )
            ),
            _AGAIN,
        )
    ),
    verify_check=META_COVERAGE.id,
)

FIX_REVIEW = FixGuide(
    title=N_("Review your two-step verification"),
    why=WHY_MFA,
    steps=_everywhere(
        (
            _OPEN_ACCOUNTS,
            FixStep(N_("Pick an account marked as due for review.")),
            _SECURITY_SETTINGS,
            FixStep(
                N_(
                    "Check that two-step verification is still on, that the phone number or "
                    "devices listed are yours, and that you still have the recovery codes. "
                    "If the service now offers a security key, passkey or authenticator app, "
                    "switch to it."
                )
            ),
            FixStep(
                N_(
                    'Back in Accounts, select "Confirm" to record today\'s date (and correct '
                    "the state or method if it changed). Repeat for every account due."
                )
            ),
            _AGAIN,
        )
    ),
    verify_check=META_REVIEW.id,
)

_FIRST_RUN = FixStep(
    N_(
        'Use the first-run guide (or "Add accounts") to tick the e-mail, banking and social '
        "media services you use. Only the service and whether two-step verification is on are "
        "kept: never a password, a code or your user name."
    )
)
_MARK_STATE = FixStep(
    N_(
        "For each account, mark whether two-step verification is on, off or not offered. If you "
        "are not sure, sign in to the service and look in its security settings, or mark it "
        "unknown for now."
    )
)

FIX_LIST_ACCOUNTS = FixGuide(
    title=N_("Add the accounts that matter"),
    why=WHY_MFA,
    steps=_everywhere((_OPEN_ACCOUNTS, _FIRST_RUN, _MARK_STATE, _AGAIN)),
    verify_check=META_INVENTORY.id,
)

FIX_ADD_EMAIL = FixGuide(
    title=N_("Add your e-mail account"),
    why=WHY_MFA,
    steps=_everywhere(
        (
            _OPEN_ACCOUNTS,
            FixStep(
                N_(
                    "Search for your e-mail service (for example Gmail, Outlook, iCloud Mail or "
                    "Proton Mail) and add it, or enter it by hand if it is not listed. Add each "
                    "e-mail address you use to sign in or to reset passwords."
                )
            ),
            _MARK_STATE,
            _AGAIN,
        )
    ),
    verify_check=META_INVENTORY.id,
)

FIX_STRONGER = FixGuide(
    title=N_("Switch from SMS codes to a stronger method"),
    why=WHY_MFA,
    steps=_everywhere(
        (
            _OPEN_ACCOUNTS,
            FixStep(N_("Pick an account that uses only SMS codes.")),
            _SECURITY_SETTINGS,
            FixStep(
                N_(
                    "Add a security key or passkey if the service offers one; otherwise add an "
                    "authenticator app by scanning the QR code it shows with the app."
                )
            ),
            FixStep(
                N_(
                    "Make the new method the default. If the service lets you, remove SMS as a "
                    "way to sign in, once the new method works and your recovery codes are "
                    "saved."
                )
            ),
            FixStep(N_("Back in Accounts, update the method. Repeat for each account listed.")),
            _AGAIN,
        )
    ),
    verify_check=META_METHOD.id,
)

# ----- shared by the checks -----------------------------------------------------------------

_NO_ACCOUNTS = N_("There are no accounts in your list yet.")


def _unreadable(summary: str) -> Finding:
    return Finding(
        Status.UNKNOWN,
        summary,
        reason=N_("Your account list could not be read."),
        evidence={"inventory": "unreadable"},
    )


def _empty(summary: str, inventory: Inventory) -> Finding:
    return Finding(
        Status.UNKNOWN,
        summary,
        reason=_NO_ACCOUNTS,
        evidence={"inventory_exists": inventory.exists, "accounts": 0},
    )


def _kind(value: str) -> str:
    try:
        return AccountKind(value).label
    except ValueError:
        return N_("Other")


def _method(value: str) -> str:
    try:
        return Method(value).label
    except ValueError:
        return N_("Other")


def _count_words(by_kind: object) -> str:
    if not isinstance(by_kind, dict):
        return ""
    return joined(
        *(
            fmt(N_("{kind}: {n}"), kind=as_text(_kind(k)), n=n)
            for k, n in by_kind.items()
            if isinstance(n, int) and n > 0
        ),
        sep=", ",
    )


def facts(finding: Finding) -> tuple[Fact, ...]:
    """What the account list says, in words; the four two-step checks share it, and each
    finding's evidence carries only what its own check looked at."""
    ev = finding.evidence
    found: list[Fact] = []
    accounts = _facts.number(ev, "accounts")
    if accounts is not None:
        found.append(
            Fact(N_("Accounts in your list"), str(int(accounts)) if accounts else N_("none yet"))
        )
    found.append(Fact(N_("Kinds of account"), _count_words(ev.get("accounts_by_category"))))
    missing = [_kind(k) for k in _facts.texts(ev, "missing_key_categories")]
    found.append(Fact(N_("Important kinds not listed yet"), _facts.listed(missing)))
    on = _facts.number(ev, "on")
    if on is not None:
        found.append(Fact(N_("Two-step verification on"), str(int(on))))
    found.append(Fact(N_("Two-step verification off"), _facts.listed(_facts.texts(ev, "off"))))
    found.append(Fact(N_("Not known yet"), _facts.listed(_facts.texts(ev, "unknown"))))
    months = _facts.number(ev, "review_months")
    if months is not None:
        found.append(
            Fact(
                N_("Review two-step verification every"),
                fmt_plural("{n} month", "{n} months", int(months), n=int(months)),
            )
        )
    found.append(Fact(N_("Never reviewed"), _facts.listed(_facts.texts(ev, "never_confirmed"))))
    long_ago = [
        fmt(N_("{service} (last {date})"), service=a["service"], date=_day(a["confirmed"]))
        for a in _facts.items(ev, "confirmed_long_ago")
        if isinstance(a, dict) and isinstance(a.get("service"), str) and a.get("confirmed")
    ]
    found.append(Fact(N_("Reviewed too long ago"), _facts.listed(long_ago)))
    switch = [
        fmt(
            N_("{service} (offers {methods})"),
            service=a["service"],
            methods=joined(
                *(_method(m) for m in a.get("offered", []) if isinstance(m, str) and m != "sms"),
                sep=", ",
            ),
        )
        for a in _facts.items(ev, "sms_only_with_stronger_offered")
        if isinstance(a, dict) and isinstance(a.get("service"), str)
    ]
    found.append(Fact(N_("SMS codes where a stronger method is offered"), _facts.listed(switch)))
    found.append(
        Fact(
            N_("SMS codes; other methods not known"),
            _facts.listed(_facts.texts(ev, "sms_only_offer_unknown")),
        )
    )
    found.append(
        Fact(
            N_("SMS codes, the only method offered"),
            _facts.listed(_facts.texts(ev, "sms_only_nothing_stronger_offered")),
        )
    )
    return tuple(found)


# ----- MFA-001 ------------------------------------------------------------------------------


def evaluate_coverage(inventory: Inventory | None) -> Finding:
    unknown_summary = N_("Could not tell whether your accounts use two-step verification")
    if inventory is None:
        return _unreadable(unknown_summary)
    accounts = parse_accounts(inventory)
    if not accounts:
        return _empty(unknown_summary, inventory)
    off = [a for a in accounts if needs_mfa(a)]
    unknown = [a for a in accounts if a.mfa == "unknown"]
    evidence: dict[str, JsonValue] = {
        "accounts": len(accounts),
        "accounts_by_category": count_by_category(accounts),
        "on": sum(a.mfa == "on" for a in accounts),
        "not_offered": sum(a.mfa == "not_offered" for a in accounts),
        "off_by_category": count_by_category(off),
        "off": ordered_names(off),
        "unknown": ordered_names(unknown),
    }
    if off:
        names = ordered_names(off)
        sentences: list[str] = [fmt(N_("Turn it on for: {names}."), names=_names_text(names))]
        if any(a.category == "email" for a in off):
            sentences.append(
                N_(
                    "Your e-mail comes first: whoever controls it can reset the password of every "
                    "other account."
                )
            )
        if unknown:
            sentences.append(
                fmt(N_("Also find out for: {names}."), names=_names_text(ordered_names(unknown)))
            )
        detail = joined(*sentences)
        return Finding(
            Status.FAIL,
            fmt_plural(
                "Two-step verification is off on {n} account",
                "Two-step verification is off on {n} accounts",
                len(off),
                n=len(off),
            ),
            worst_severity(off),
            detail=detail,
            evidence=evidence,
            fix=FIX_TURN_ON,
        )
    if unknown:
        names = ordered_names(unknown)
        return Finding(
            Status.WARN,
            fmt_plural(
                "You have not told us whether {service} uses two-step verification",
                "You have not told us whether {n} accounts use two-step verification",
                len(names),
                service=names[0],
                n=len(names),
            ),
            Severity.MEDIUM,
            detail=fmt(N_("Not known for: {names}."), names=_names_text(names)),
            evidence=evidence,
            fix=FIX_FIND_OUT,
        )
    return Finding(
        Status.PASS,
        N_("Two-step verification is on wherever it is offered"),
        evidence=evidence,
    )


class MfaCoverageCheck:
    meta = META_COVERAGE

    def run(self, ctx: ProbeContext) -> Finding:
        return with_sentences(
            _facts.with_facts(evaluate_coverage(ctx.seams.inventory.inventory()), facts)
        )


# ----- MFA-002 ------------------------------------------------------------------------------


def evaluate_review(inventory: Inventory | None, now: float) -> Finding:
    unknown_summary = N_("Could not tell when two-step verification was last reviewed")
    if inventory is None:
        return _unreadable(unknown_summary)
    accounts = parse_accounts(inventory)
    if not accounts:
        return _empty(unknown_summary, inventory)
    cutoff = review_cutoff(inventory, now)
    due = [a for a in accounts if is_due(a, cutoff)]
    never = [a for a in due if a.confirmed_at is None]
    old = sorted(
        ((a.confirmed_at, a) for a in due if a.confirmed_at is not None),
        key=lambda pair: (pair[0], _rank(pair[1])),
    )
    evidence: dict[str, JsonValue] = {
        "accounts": len(accounts),
        "review_months": inventory.review_months,
        "due_if_confirmed_before": _date(cutoff),
        "never_confirmed": ordered_names(never),
        "confirmed_long_ago": [{"service": a.name, "confirmed": _date(at)} for at, a in old],
    }
    if not due:
        return Finding(
            Status.PASS,
            fmt_plural(
                "Two-step verification confirmed within the last {months} month",
                "Two-step verification confirmed within the last {months} months",
                inventory.review_months,
                months=inventory.review_months,
            ),
            evidence=evidence,
        )
    names = ordered_names(due)
    return Finding(
        Status.WARN,
        fmt_plural(
            "{n} account is due for a two-step verification review",
            "{n} accounts are due for a two-step verification review",
            len(names),
            n=len(names),
        ),
        Severity.LOW,
        detail=fmt(
            N_(
                "Check again: {names}. Services add stronger methods over time, and two-step "
                "verification can be switched off or moved to another phone without you noticing."
            ),
            names=_names_text(names),
        ),
        evidence=evidence,
        fix=FIX_REVIEW,
    )


class MfaReviewCheck:
    meta = META_REVIEW

    def run(self, ctx: ProbeContext) -> Finding:
        return with_sentences(
            _facts.with_facts(evaluate_review(ctx.seams.inventory.inventory(), ctx.now()), facts)
        )


# ----- MFA-003 ------------------------------------------------------------------------------


def evaluate_inventory(inventory: Inventory | None) -> Finding:
    if inventory is None:
        return _unreadable(N_("Could not tell which accounts you have listed"))
    accounts = parse_accounts(inventory)
    by_category = count_by_category(accounts)
    evidence: dict[str, JsonValue] = {
        "inventory_exists": inventory.exists,
        "accounts": len(accounts),
        "accounts_by_category": by_category,
        "missing_key_categories": [c for c in KEY_CATEGORIES if c not in by_category],
    }
    if not accounts:
        # A warning, not a failure: an empty list says nothing about the accounts themselves,
        # and a new user should not start with a low score for not having filled in our list.
        return Finding(
            Status.WARN,
            N_("No accounts listed yet"),
            Severity.MEDIUM,
            detail=N_(
                "Add the accounts that matter: your e-mail, your bank, your social media. "
                "Hygiene Checkup cannot see inside them, so this list is how it helps you "
                "protect them."
            ),
            evidence=evidence,
            fix=FIX_LIST_ACCOUNTS,
        )
    if "email" not in by_category:
        return Finding(
            Status.WARN,
            N_("No e-mail account listed"),
            Severity.MEDIUM,
            detail=N_(
                "Your e-mail account resets all the others: whoever controls it can reset the "
                "password of every account that uses it. Add it so its two-step verification "
                "is checked too."
            ),
            evidence=evidence,
            fix=FIX_ADD_EMAIL,
        )
    return Finding(
        Status.PASS,
        fmt_plural(
            "{n} account listed, including your e-mail",
            "{n} accounts listed, including your e-mail",
            len(accounts),
            n=len(accounts),
        ),
        evidence=evidence,
    )


class MfaInventoryCheck:
    meta = META_INVENTORY

    def run(self, ctx: ProbeContext) -> Finding:
        return with_sentences(
            _facts.with_facts(evaluate_inventory(ctx.seams.inventory.inventory()), facts)
        )


# ----- MFA-004 ------------------------------------------------------------------------------


def evaluate_method(inventory: Inventory | None) -> Finding:
    unknown_summary = N_("Could not tell which two-step verification methods you use")
    if inventory is None:
        return _unreadable(unknown_summary)
    accounts = parse_accounts(inventory)
    if not accounts:
        return _empty(unknown_summary, inventory)
    if not any(a.mfa == "on" and a.methods for a in accounts):
        return Finding(
            Status.UNKNOWN,
            unknown_summary,
            reason=N_("No account has its two-step verification method recorded yet."),
            evidence={"accounts": len(accounts)},
        )
    by_advice: dict[MethodAdvice, list[Account]] = {a: [] for a in MethodAdvice}
    for account in sorted(accounts, key=_rank):
        by_advice[advice(account)].append(account)
    switch = by_advice[MethodAdvice.SWITCH]
    look = by_advice[MethodAdvice.LOOK]
    evidence: dict[str, JsonValue] = {
        "accounts": len(accounts),
        "sms_only_with_stronger_offered": [
            {"service": a.name, "offered": [m for m in METHODS if m in a.offered]} for a in switch
        ],
        "sms_only_offer_unknown": ordered_names(look),
        "sms_only_nothing_stronger_offered": ordered_names(by_advice[MethodAdvice.BEST_OFFERED]),
    }
    if not switch and not look:
        return Finding(
            Status.PASS,
            N_("No account relies on SMS codes where a stronger method is offered"),
            evidence=evidence,
        )
    why = N_(
        "SMS codes can be stolen by SIM swapping; an authenticator app or a security key cannot."
    )
    if switch:
        names = ordered_names(switch)
        summary = fmt_plural(
            "{n} account uses SMS codes where a stronger method is offered",
            "{n} accounts use SMS codes where a stronger method is offered",
            len(names),
            n=len(names),
        )
        sentences: list[str] = [why, fmt(N_("Switch: {names}."), names=_names_text(names))]
        if look:
            sentences.append(
                fmt(
                    N_(
                        "Also look whether these offer an authenticator app or a security key: "
                        "{names}."
                    ),
                    names=_names_text(ordered_names(look)),
                )
            )
        detail = joined(*sentences)
    else:
        names = ordered_names(look)
        summary = fmt_plural(
            "{n} account uses only SMS codes; a stronger method may be offered",
            "{n} accounts use only SMS codes; a stronger method may be offered",
            len(names),
            n=len(names),
        )
        detail = joined(
            why,
            fmt(
                N_(
                    "Look whether these offer an authenticator app or a security key, and switch "
                    "if they do: {names}."
                ),
                names=_names_text(names),
            ),
        )
    return Finding(
        Status.WARN,
        summary,
        Severity.LOW,
        detail=detail,
        evidence=evidence,
        fix=FIX_STRONGER,
    )


class MfaMethodCheck:
    meta = META_METHOD

    def run(self, ctx: ProbeContext) -> Finding:
        return with_sentences(
            _facts.with_facts(evaluate_method(ctx.seams.inventory.inventory()), facts)
        )

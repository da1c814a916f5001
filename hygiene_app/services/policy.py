"""An organisation's policy: what is checked, how strictly, and what staff are told.

IT admins put one policy on each machine (a JSON file, the Windows registry through Group
Policy, or a macOS configuration profile; `policy_sources` finds them). It can only ever narrow
or inform: turn checks off (shown as turned off, never silently absent), change severities and
thresholds, name the organisation's password managers, turn network features off, add a
contact card and notes. The user's own settings never override a value the policy sets.

A policy that cannot be read or has any mistake is ignored whole and said so: half a policy
could turn a check off by accident (a misspelt "enabled" key read as false), so an invalid one
means today's defaults plus a visible warning (`LoadedPolicy.warning`).

Everything here is pure data: the loader returns `LoadedPolicy`, and `effective_options` is
THE one way the CLI and the app build the checks' options from the settings and the policy.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from hygiene_app.engine.i18n import N_, fmt, fmt_plural
from hygiene_app.engine.model import Severity
from hygiene_app.engine.options import (
    NETWORK_BREACH_CHECK,
    NETWORK_MFA_DIRECTORY,
    NETWORK_RELEASE_FEEDS,
    CheckOptions,
    VpnRequirement,
)
from hygiene_app.services.set_aside import SetAside, SetAsideKind
from hygiene_app.services.settings import Settings

#: The environment variable naming a policy file to use instead of the system's (tests, and
#: admins trying a file before deploying it).
POLICY_ENV = "HYGIENE_APP_POLICY"


@dataclass(frozen=True, slots=True)
class ContactCard:
    """Who staff ask for help: shown on Home and with every fix. Plain text, never markup."""

    name: str = ""
    email: str = ""
    phone: str = ""
    #: An https address, for a help page.
    url: str = ""
    #: A short message ("Questions? Call the IT desk.").
    message: str = ""

    def is_empty(self) -> bool:
        return not any((self.name, self.email, self.phone, self.url, self.message))


@dataclass(frozen=True, slots=True)
class CheckNote:
    """The organisation's own words about one check, shown under its fix."""

    text: str = ""
    #: (label, https address) pairs.
    links: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Policy:
    """What the policy says. Every field None or empty means "the policy says nothing about
    this", i.e. the app behaves as it does without a policy."""

    disabled_checks: frozenset[str] = frozenset()
    severity_overrides: tuple[tuple[str, Severity], ...] = ()
    max_uptime_days: int | None = None
    screen_lock_minutes: int | None = None
    browser_grace_days: int | None = None
    eol_warning_days: int | None = None
    mfa_review_months: int | None = None
    vpn_required: VpnRequirement | None = None
    #: Password managers PWD-001 accepts, by the names the app shows ("Bitwarden").
    password_managers: tuple[str, ...] = ()
    #: Network features: None says nothing, False turns the feature off.
    breach_check: bool | None = None
    mfa_directory: bool | None = None
    release_feeds_allowed: bool | None = None
    #: Mirrors: Pwned Passwords range API, 2FA Directory all.json, endoflife.date API base.
    breach_api: str | None = None
    mfa_directory_url: str | None = None
    endoflife_url: str | None = None
    #: Vendor release-feed mirrors by feed key ("chrome", "firefox", "edge").
    release_feeds: tuple[tuple[str, str], ...] | None = None
    contact: ContactCard | None = None
    check_notes: tuple[tuple[str, CheckNote], ...] = ()
    #: Checks whose findings staff may snooze / accept. None: every check; empty: none.
    snooze_allowed: frozenset[str] | None = None
    accept_allowed: frozenset[str] | None = None
    #: Hours between scheduled (headless) checkups; None: the policy says nothing.
    schedule_hours: int | None = None
    #: Folder where each scheduled run's JSON report is written.
    report_folder: str | None = None

    def note_for(self, check_id: str) -> CheckNote | None:
        return dict(self.check_notes).get(check_id)

    def may_snooze(self, check_id: str) -> bool:
        return self.snooze_allowed is None or check_id in self.snooze_allowed

    def may_accept(self, check_id: str) -> bool:
        return self.accept_allowed is None or check_id in self.accept_allowed

    def allows(self, item: SetAside) -> bool:
        """Whether staff may set this finding aside this way (snooze or accept); one the
        policy does not allow is not honoured, whenever it was made."""
        if item.kind is SetAsideKind.SNOOZE:
            return self.may_snooze(item.check_id)
        return self.may_accept(item.check_id)

    def honoured(self, set_asides: Mapping[str, SetAside]) -> dict[str, SetAside]:
        """The set-asides (by check id) this policy allows."""
        return {check_id: item for check_id, item in set_asides.items() if self.allows(item)}

    def network_off(self) -> frozenset[str]:
        """The network features this policy turns off."""
        flags = (
            (NETWORK_BREACH_CHECK, self.breach_check),
            (NETWORK_MFA_DIRECTORY, self.mfa_directory),
            (NETWORK_RELEASE_FEEDS, self.release_feeds_allowed),
        )
        return frozenset(name for name, allowed in flags if allowed is False)

    def check_options(self, base: CheckOptions) -> CheckOptions:
        """`base` with every value this policy sets in its place (the policy wins)."""
        overrides = dict(base.severity_overrides)
        overrides.update(self.severity_overrides)
        changes: dict[str, object] = {
            "disabled_checks": base.disabled_checks | self.disabled_checks,
            "severity_overrides": tuple(sorted(overrides.items())),
            "network_off": base.network_off | self.network_off(),
        }
        for name in (
            "max_uptime_days",
            "screen_lock_minutes",
            "browser_grace_days",
            "eol_warning_days",
            "mfa_review_months",
            "vpn_required",
            "endoflife_url",
            "release_feeds",
        ):
            value = getattr(self, name)
            if value is not None:
                changes[name] = value
        if self.password_managers:
            changes["password_managers"] = self.password_managers
        return replace(base, **changes)  # type: ignore[arg-type]

    def apply_to(self, settings: Settings) -> Settings:
        """`settings` with every value this policy locks set to the policy's: whatever the
        settings file says, the user's choice never overrides the organisation's."""
        changes = {
            name: value
            for name, value in (
                ("breach_api", self.breach_api),
                ("mfa_directory_url", self.mfa_directory_url),
                ("endoflife_url", self.endoflife_url),
                ("release_feeds", self.release_feeds),
                ("eol_warning_days", self.eol_warning_days),
                ("mfa_review_months", self.mfa_review_months),
            )
            if value is not None
        }
        return replace(settings, **changes) if changes else settings  # type: ignore[arg-type]

    def locked_settings(self) -> frozenset[str]:
        """The `Settings` field names this policy sets, which the user may not change."""
        locked = {
            name
            for name in (
                "breach_api",
                "mfa_directory_url",
                "endoflife_url",
                "release_feeds",
                "eol_warning_days",
                "mfa_review_months",
            )
            if getattr(self, name) is not None
        }
        if self.breach_check is False:
            locked.add("breach_api")
        if self.mfa_directory is False:
            locked.add("mfa_directory_url")
        if self.release_feeds_allowed is False:
            locked.update(("release_feeds", "endoflife_url"))
        return frozenset(locked)


@dataclass(frozen=True, slots=True)
class PolicyProblem:
    """One reason a policy source was not used: where (a file, a registry key, a preference
    domain, with the key), the line in a JSON file when known, and the reason in plain words."""

    where: str
    line: int | None
    reason: str

    def describe(self) -> str:
        """ "where:line: reason", the way compilers and linters point at a mistake."""
        if self.line is None:
            return fmt(N_("{where}: {reason}"), where=self.where, reason=self.reason)
        return fmt(
            N_("{where}:{line}: {reason}"), where=self.where, line=self.line, reason=self.reason
        )


@dataclass(frozen=True, slots=True)
class LoadedPolicy:
    """The policy in force and how it came to be."""

    policy: Policy = Policy()
    #: (policy key such as "thresholds.max_uptime_days", where its value came from).
    sources: tuple[tuple[str, str], ...] = ()
    #: `Settings` field names the user may not change.
    locked: frozenset[str] = frozenset()
    #: Why a policy source was ignored; empty when every source was read.
    problems: tuple[PolicyProblem, ...] = field(default=())
    #: (policy key, its value as JSON text), for `hygiene-app policy show`.
    values: tuple[tuple[str, str], ...] = ()
    #: What was set aside on purpose, not by mistake (a `POLICY_ENV` file while this computer
    #: has its organisation's policy): said by `policy show`, never a reason to drop anything.
    notes: tuple[PolicyProblem, ...] = field(default=())

    @property
    def in_force(self) -> bool:
        """Whether some policy value applies."""
        return bool(self.sources)

    def warning(self) -> str:
        """One plain sentence when a policy source could not be used, else "". When another
        source was read, its values apply and the sentence says only part was ignored."""
        if not self.problems:
            return ""
        reason = self.problems[0].describe()
        more = len(self.problems) - 1
        if self.in_force:
            if not more:
                return fmt(
                    N_(
                        "Part of your organisation's settings could not be read and is not "
                        "used; the rest applies. {reason}"
                    ),
                    reason=reason,
                )
            return fmt_plural(
                "Part of your organisation's settings could not be read and is not used; the "
                "rest applies. {reason} And {more} more problem.",
                "Part of your organisation's settings could not be read and is not used; the "
                "rest applies. {reason} And {more} more problems.",
                more,
                reason=reason,
                more=more,
            )
        if not more:
            return fmt(
                N_(
                    "Your organisation's settings could not be read, so the usual checks "
                    "apply. {reason}"
                ),
                reason=reason,
            )
        return fmt_plural(
            "Your organisation's settings could not be read, so the usual checks apply. "
            "{reason} And {more} more problem.",
            "Your organisation's settings could not be read, so the usual checks apply. "
            "{reason} And {more} more problems.",
            more,
            reason=reason,
            more=more,
        )


def no_policy() -> LoadedPolicy:
    """No policy: the app as it is without one (and always for a recording, which is somebody
    else's machine)."""
    return LoadedPolicy()


def load_policy(*, path: Path | None = None, env: Mapping[str, str] = os.environ) -> LoadedPolicy:
    """The policy in force on this computer. `path` names one file to use instead of the
    system's locations (and only that file is read); `env[POLICY_ENV]` does too, but only
    while no system location holds a policy. Otherwise each location of this operating system
    is read, the machine's winning over the user's."""
    # Imported here: the loader builds this module's dataclasses.
    from hygiene_app.services.policy_sources import load

    return load(path=path, env=env)


def effective_options(settings: Settings, loaded: LoadedPolicy) -> CheckOptions:
    """The options the checks run with: the user's settings, with the policy's locked values
    in their place, then every policy value on top. THE one way to build them."""
    policy = loaded.policy
    applied = policy.apply_to(settings)
    # The review interval is a setting the checks also read (MFA-004).
    base = replace(applied.check_options(), mfa_review_months=applied.mfa_review_months)
    return policy.check_options(base)

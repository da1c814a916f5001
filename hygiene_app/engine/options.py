"""What a person or an organisation chose about how checks judge and where they look things up.

Checks read the machine through seams; these are not the machine but choices: a mirror of a
vendor's release feed, how early to warn about an operating system's end of support, which checks
an organisation turned off. They come from the settings (and, for an organisation, its policy:
`services.policy.effective_options` is the one way to build them), and a replay uses the
defaults, since a recording is somebody else's machine and must not pick up this user's choices.
Every field's default is the behaviour the app has without any policy.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from hygiene_app.engine.model import Severity

#: Days before an operating system's end of security support at which a warning starts.
DEFAULT_EOL_WARNING_DAYS = 60
#: Days of uptime after which a computer that was never restarted is reminded to restart.
DEFAULT_MAX_UPTIME_DAYS = 14
#: Longest idle time, in minutes, before the screen should lock.
DEFAULT_SCREEN_LOCK_MINUTES = 15
#: Months after which the list of accounts with two-step sign-in is due for a review.
DEFAULT_MFA_REVIEW_MONTHS = 6

#: Network features an organisation can turn off (the keys of `CheckOptions.network_off`).
NETWORK_BREACH_CHECK = "breach_check"
NETWORK_MFA_DIRECTORY = "mfa_directory"
NETWORK_RELEASE_FEEDS = "release_feeds"
NETWORK_FEATURES = frozenset({NETWORK_BREACH_CHECK, NETWORK_MFA_DIRECTORY, NETWORK_RELEASE_FEEDS})


class VpnRequirement(StrEnum):
    """When the organisation asks for a VPN (NET-002)."""

    ALWAYS = "always"  # a VPN must be on whenever online
    UNTRUSTED_WIFI = "untrusted_wifi"  # only on open / untrusted Wi-Fi
    NEVER = "never"  # the organisation does not ask for a VPN: NET-002 passes with that fact


@dataclass(frozen=True, slots=True)
class CheckOptions:
    #: Vendor release-feed addresses that replace the public ones, by feed key ("chrome",
    #: "firefox", "edge"...); a key that is absent uses the public feed.
    release_feeds: tuple[tuple[str, str], ...] = ()
    #: endoflife.date API base address (an organisation's mirror); empty: the public one.
    endoflife_url: str = ""
    #: Warn this many days ahead of an operating system's end of security support.
    eol_warning_days: int = DEFAULT_EOL_WARNING_DAYS
    #: Uptime in days from which a long-running computer is asked to restart.
    max_uptime_days: int = DEFAULT_MAX_UPTIME_DAYS
    #: Longest acceptable idle time before the screen locks, in minutes.
    screen_lock_minutes: int = DEFAULT_SCREEN_LOCK_MINUTES
    #: Days a browser may lag behind its newest release; None: each browser's own grace period.
    browser_grace_days: int | None = None
    #: Months between reviews of the accounts with two-step sign-in.
    mfa_review_months: int = DEFAULT_MFA_REVIEW_MONTHS
    #: None: today's behaviour (no VPN is INFO advice). ALWAYS: no full-tunnel VPN is a problem
    #: (medium). UNTRUSTED_WIFI: a problem only on open/untrusted Wi-Fi. NEVER: NET-002 says the
    #: organisation does not ask for one (PASS with that fact).
    vpn_required: VpnRequirement | None = None
    #: Manager ids PWD-001 accepts; empty: any password manager.
    password_managers: tuple[str, ...] = ()
    #: Network features the organisation turned off (`NETWORK_FEATURES`).
    network_off: frozenset[str] = frozenset()
    #: Checks turned off by the organisation: the runner reports them SKIPPED, reason
    #: N_("Turned off by your organisation."), evidence {"turned_off_by": "policy"}.
    disabled_checks: frozenset[str] = frozenset()
    #: Severity a problem of this check gets instead of its own.
    severity_overrides: tuple[tuple[str, Severity], ...] = ()

    def release_feed(self, key: str, default: str) -> str:
        """The address to ask for `key`'s current release: the chosen mirror or `default`."""
        return dict(self.release_feeds).get(key) or default

    def network_allowed(self, feature: str) -> bool:
        """Whether the organisation lets the app use `feature` (one of `NETWORK_FEATURES`)."""
        return feature not in self.network_off

    def severity_for(self, check_id: str, own: Severity) -> Severity:
        """The severity a problem of `check_id` gets: the organisation's override, else `own`."""
        return dict(self.severity_overrides).get(check_id, own)

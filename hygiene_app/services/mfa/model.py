"""The inventory's vocabulary: categories, MFA states, methods, and one account."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from hygiene_app.engine.i18n import N_
from hygiene_app.engine.probes import AccountRecord


class Category(StrEnum):
    EMAIL = "email"
    BANKING = "banking"
    SOCIAL = "social"
    WORK = "work"
    SHOPPING = "shopping"
    CLOUD = "cloud"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _CATEGORY_LABELS[self]


_CATEGORY_LABELS: dict[Category, str] = {
    Category.EMAIL: N_("E-mail"),
    Category.BANKING: N_("Banking & payments"),
    Category.SOCIAL: N_("Social media"),
    Category.WORK: N_("Work"),
    Category.SHOPPING: N_("Shopping"),
    Category.CLOUD: N_("Cloud storage"),
    Category.OTHER: N_("Other"),
}


class MfaState(StrEnum):
    ON = "on"
    OFF = "off"
    NOT_OFFERED = "not_offered"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return _STATE_LABELS[self]


_STATE_LABELS: dict[MfaState, str] = {
    MfaState.ON: N_("On"),
    MfaState.OFF: N_("Off"),
    MfaState.NOT_OFFERED: N_("Not offered"),
    MfaState.UNKNOWN: N_("Unknown"),
}


class Method(StrEnum):
    SECURITY_KEY = "security_key"
    APP = "app"
    SMS = "sms"
    EMAIL = "email"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _METHOD_LABELS[self]

    @property
    def rank(self) -> int:
        """0 is the strongest: phishing-resistant keys and passkeys, then authenticator apps,
        then other methods (push, a bank's card reader), then codes by e-mail and by SMS."""
        return _METHOD_RANKS[self]


_METHOD_LABELS: dict[Method, str] = {
    Method.SECURITY_KEY: N_("Security key or passkey"),
    Method.APP: N_("Authenticator app"),
    Method.SMS: N_("SMS"),
    Method.EMAIL: N_("E-mail"),
    Method.OTHER: N_("Other"),
}

_METHOD_RANKS: dict[Method, int] = {
    Method.SECURITY_KEY: 0,
    Method.APP: 1,
    Method.OTHER: 2,
    Method.EMAIL: 3,
    Method.SMS: 4,
}


def by_strength(methods: tuple[Method, ...] | list[Method]) -> tuple[Method, ...]:
    """`methods` without duplicates, strongest first."""
    return tuple(sorted(set(methods), key=lambda m: m.rank))


@dataclass(frozen=True, slots=True)
class Account:
    """One online account in the user's inventory. There is no field for a password or a code."""

    #: None before it is stored.
    id: int | None
    service: str
    domain: str
    #: Which account, in the user's words, usually the e-mail address (kept locally only).
    label: str
    category: Category
    mfa: MfaState
    #: Methods in use.
    methods: tuple[Method, ...] = ()
    #: When the user last confirmed the state (seconds since the epoch).
    confirmed_at: float | None = None
    #: Whether the recovery codes are stored safely (the wizard asks); None: not asked.
    recovery_codes_safe: bool | None = None
    created_at: float = 0.0

    def to_record(self, offered: tuple[Method, ...] = ()) -> AccountRecord:
        """The engine's view: no label, so reports and snapshots never name the login."""
        return AccountRecord(
            service=self.service,
            domain=self.domain,
            category=self.category.value,
            mfa=self.mfa.value,
            methods=tuple(m.value for m in self.methods),
            offered=tuple(m.value for m in offered),
            confirmed_at=self.confirmed_at,
        )

"""Whether an account's two-step verification method should be made stronger: one rule for the
MFA-004 check and the Accounts screen, so the checkup and the screen can never disagree.

It lives in the engine because checks may not import services and the screen must not keep
its own copy. It speaks the inventory's words (`AccountRecord`): methods "security_key", "app",
"sms", "email", "other"; MFA states "on", "off", "not_offered", "unknown".
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

#: Methods that SIM swapping cannot take over the way it takes SMS codes, strongest first.
STRONG_METHODS = ("security_key", "app")
#: The weakest method: codes sent by text can be intercepted or moved to another SIM.
WEAK_METHODS = frozenset({"sms"})


class MethodAdvice(enum.StrEnum):
    #: Nothing to say: MFA is not on, no method is recorded, or a method beyond SMS is used.
    NONE = "none"
    #: Only SMS is used and the service offers an authenticator app or a security key.
    SWITCH = "switch"
    #: Only SMS is used and it is not known what else the service offers.
    LOOK = "look"
    #: Only SMS is used and the service offers nothing stronger: keep it.
    BEST_OFFERED = "best_offered"

    @property
    def needs_action(self) -> bool:
        """True when the user should do something (MFA-004 warns; the screen says switch)."""
        return self in (MethodAdvice.SWITCH, MethodAdvice.LOOK)


def _words(values: Iterable[str]) -> frozenset[str]:
    return frozenset(v.strip().lower().replace("-", "_").replace(" ", "_") for v in values)


def stronger_offered(offered: Iterable[str]) -> tuple[str, ...]:
    """The strong methods among `offered`, strongest first."""
    known = _words(offered)
    return tuple(m for m in STRONG_METHODS if m in known)


def method_advice(mfa: str, methods: Iterable[str], offered: Iterable[str]) -> MethodAdvice:
    """What to tell the user about one account's method. `offered` empty means the catalog
    does not know what the service offers (not that it offers nothing)."""
    used = _words(methods) - {""}
    if _words((mfa,)) != {"on"} or not used or not used <= WEAK_METHODS:
        return MethodAdvice.NONE
    known = _words(offered) - {""}
    if not known:
        return MethodAdvice.LOOK
    if stronger_offered(known):
        return MethodAdvice.SWITCH
    return MethodAdvice.BEST_OFFERED

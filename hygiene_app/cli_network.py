"""What the command line may send over the network, and where: the organisation's switches.

The app reads its settings through the policy (`services.machine.PolicySettings`); the terminal
commands that go online (`password` and `audit-passwords` with `--breach-check`) ask here, so a
policy that turns the breach check off, or names its own mirror, holds in the terminal exactly as
in the window. The one place the decision is made: `effective_options(...).network_allowed`.
"""

from __future__ import annotations

from dataclasses import dataclass

from hygiene_app.engine.i18n import N_
from hygiene_app.engine.options import NETWORK_BREACH_CHECK
from hygiene_app.services.passwords.breach import DEFAULT_API
from hygiene_app.services.policy import LoadedPolicy, effective_options, load_policy
from hygiene_app.services.settings import read_settings_quietly

#: Said (on standard error) when a breach check was asked for and the organisation forbids it.
BREACH_TURNED_OFF = N_("Your organisation turned the breach check off: nothing was sent.")


@dataclass(frozen=True, slots=True)
class BreachLookup:
    """Whether a breach lookup may be made, and to which range API."""

    allowed: bool
    api: str


def breach_lookup(asked_api: str | None = None, loaded: LoadedPolicy | None = None) -> BreachLookup:
    """The breach lookup the organisation allows: none when its policy turned the breach check
    off; else its mirror when it set one (a locked value: it wins over `--breach-api` and the
    settings file), else `asked_api`, the user's mirror from the settings, or the public API."""
    loaded = load_policy() if loaded is None else loaded
    settings = loaded.policy.apply_to(read_settings_quietly())
    allowed = effective_options(settings, loaded).network_allowed(NETWORK_BREACH_CHECK)
    locked = loaded.policy.breach_api
    api = locked or asked_api or settings.breach_api or DEFAULT_API
    return BreachLookup(allowed, api)

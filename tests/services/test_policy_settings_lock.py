"""`PolicySettings.save` writes under the settings file's lock, as `update` does, so a
scheduled checkup saving at the same moment never loses the person's change, or theirs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from hygiene_app.services.machine import MemorySettings, PolicySettings
from hygiene_app.services.policy import no_policy
from hygiene_app.services.settings import Settings


class LockedOnly(MemorySettings):
    """A keeper that, like the file store, is only safe through `update` (which locks)."""

    def save(self, settings: Settings) -> None:
        raise AssertionError("a read-modify-write outside the settings lock")

    def update(self, change: Callable[[Settings], Settings]) -> Settings:
        self.locked_updates = getattr(self, "locked_updates", 0) + 1
        return super().update(change)


def test_save_goes_through_the_locked_update() -> None:
    inner = LockedOnly(Settings())
    settings = PolicySettings(inner, no_policy())
    chosen = replace(settings.load(), notified=frozenset({"NET-001:fail"}))
    settings.save(chosen)
    assert inner.locked_updates == 1
    assert settings.load().notified == chosen.notified

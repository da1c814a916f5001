"""The checks, one module each. `default_registry()` lists them in display order."""

from __future__ import annotations

from hygiene_app.checks.restart_pending import RestartPendingCheck
from hygiene_app.engine.registry import Registry


def default_registry() -> Registry:
    return Registry((RestartPendingCheck(),))

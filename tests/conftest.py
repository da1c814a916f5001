"""Every test runs with a private HOME and XDG folders, no display and no network."""

from __future__ import annotations

import os
import sys

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# No test may depend on the machine's speed: hypothesis's per-example deadline (200 ms by
# default) fails a correct parser on a loaded CI machine, and its too-slow health check likewise.
# On CI the examples are drawn from a fixed seed, so a run is repeatable; a developer's run keeps
# exploring new inputs (and a failure it finds is replayed from .hypothesis/ until fixed).
settings.register_profile(
    "no-timing",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=bool(os.environ.get("CI")),
)
settings.load_profile("no-timing")


@pytest.fixture(autouse=True)
def _private_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.delenv("NO_COLOR", raising=False)
    # No test reads this machine's organisation policy (/etc/hygiene-app/policy.json...): a
    # named file that does not exist means "no policy". Policy tests name their own file.
    monkeypatch.setenv("HYGIENE_APP_POLICY", str(home / "no-policy.json"))
    # Tests read English whatever this machine's language is; language tests set their own.
    for var in ("LC_ALL", "LC_MESSAGES", "HYGIENE_APP_LOCALE_DIR"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANGUAGE", "en")


@pytest.fixture(autouse=True)
def _no_unanswered_message_box(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box waits for a click nobody makes: fail instead of hanging. A test that
    expects one answers it with `monkeypatch.setattr(QMessageBox, "exec", ...)`."""
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is None:
        return

    def unanswered(box: widgets.QMessageBox) -> int:
        raise AssertionError(f"a message box nobody answers: {box.text()!r}")

    monkeypatch.setattr(widgets.QMessageBox, "exec", unanswered)

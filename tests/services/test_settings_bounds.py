"""A settings file with numbers out of range, or a settings path that is not a regular file, is a
broken file like any other: refused (unread, for a path that is no file), set aside, defaults
loaded. Never a crash at start or later, never a hang."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from hygiene_app.engine.model import LATEST_TIME
from hygiene_app.services.set_aside import SetAside, SetAsideKind, active_set_asides
from hygiene_app.services.settings import (
    Settings,
    SettingsStore,
    read_settings_quietly,
)
from tests.rawserver import guarded

#: Written into the JSON text as they are: Python's json reads Infinity and NaN.
BAD_NUMBERS = ["1" * 400, "1e300", "-1e300", "Infinity", "-Infinity", "NaN", "-1", "1e400"]


def _set_aside(until: str = "1900000000", created: str = "1800000000") -> str:
    return (
        '{"check_id": "NET-001", "kind": "accept", "reason": "lab machine", '
        f'"until": {until}, "created": {created}}}'
    )


def _documents(bad: str) -> dict[str, str]:
    return {
        "periodic_hours": f'{{"version": 1, "periodic_hours": {bad}}}',
        "until": f'{{"version": 1, "set_asides": [{_set_aside(until=bad)}]}}',
        "created": f'{{"version": 1, "set_asides": [{_set_aside(created=bad)}]}}',
        "last_reminder_at": f'{{"version": 1, "last_reminder_at": {bad}}}',
        "reminder_snoozed_until": f'{{"version": 1, "reminder_snoozed_until": {bad}}}',
    }


CASES = [
    pytest.param(text, id=f"{field}={bad[:8]}")
    for bad in BAD_NUMBERS
    for field, text in _documents(bad).items()
]


@pytest.mark.parametrize("text", CASES)
def test_numbers_out_of_range_set_the_file_aside(tmp_path: Path, text: str):
    path = tmp_path / "settings.json"
    path.write_text(text)
    store = SettingsStore(path)
    assert store.load() == Settings()
    assert store.problem.startswith("Your settings file could not be read")
    assert (tmp_path / "settings.json.broken").read_text() == text
    # The command-line tools read the same file the same way, quietly.
    path.write_text(text)
    assert read_settings_quietly(path) == Settings()


def test_the_latest_time_allowed_can_still_be_shown(tmp_path: Path):
    # Whatever is accepted must survive every use: describing a set-aside formats its date.
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {
                "version": 1,
                "periodic_hours": 24 * 366,
                "set_asides": [json.loads(_set_aside(until=str(LATEST_TIME)))],
                "last_reminder_at": LATEST_TIME,
                "reminder_snoozed_until": 0,
            }
        )
    )
    store = SettingsStore(path)
    settings = store.load()
    assert store.problem == ""
    (item,) = settings.set_asides
    assert item.describe().startswith("Risk accepted until 3000-01-01")
    assert active_set_asides(settings.set_asides, 1.8e9) == {"NET-001": item}
    assert settings.last_reminder_at == LATEST_TIME


def test_a_period_longer_than_a_year_is_refused():
    with pytest.raises(ValueError, match="periodic_hours"):
        Settings.from_json({"periodic_hours": 24 * 366 + 1})
    with pytest.raises(ValueError, match="periodic_hours"):
        Settings.from_json({"periodic_hours": True})


def test_set_asides_must_be_a_list():
    with pytest.raises(ValueError):
        Settings.from_json({"set_asides": 5})


# ----- paths that are not a regular file -----------------------------------------------------


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _dev_zero(path: Path) -> None:
    path.symlink_to("/dev/zero")


def _folder(path: Path) -> None:
    path.mkdir()


def _huge(path: Path) -> None:
    with path.open("wb") as f:
        f.truncate(64 << 20)  # sparse: no disk used


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX paths")
@pytest.mark.parametrize(
    ("make", "words"),
    [
        (_fifo, "named pipe"),
        (_dev_zero, "device"),
        (_folder, "folder"),
        (_huge, "larger than"),
    ],
    ids=["fifo", "dev-zero", "folder", "huge"],
)
def test_a_settings_path_that_is_not_a_small_regular_file_is_refused_unread(
    tmp_path: Path, make, words: str
):
    path = tmp_path / "settings.json"
    make(path)
    # A named pipe without a writer would block a plain open for ever: guarded, never hangs.
    assert guarded(lambda: read_settings_quietly(path)) == Settings()
    store = SettingsStore(path)
    assert guarded(store.load) == Settings()
    assert words in store.problem
    # Set aside like any broken file, so the next save writes a real file.
    assert not path.exists() and not path.is_symlink()
    assert (tmp_path / "settings.json.broken").exists() or (
        tmp_path / "settings.json.broken"
    ).is_symlink()


def test_a_good_file_behind_a_symlink_still_loads(tmp_path: Path):
    real = tmp_path / "dotfiles" / "settings.json"
    real.parent.mkdir()
    item = SetAside("NET-001", SetAsideKind.SNOOZE, until=1.9e9, created=1.8e9)
    real.write_text(json.dumps(Settings(set_asides=(item,)).to_json()))
    link = tmp_path / "settings.json"
    link.symlink_to(real)
    store = SettingsStore(link)
    assert store.load().set_asides == (item,)
    assert store.problem == ""

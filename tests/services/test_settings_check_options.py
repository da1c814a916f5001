"""The choices checks see (release-feed mirrors, the end-of-support warning): kept in the
settings file, validated like every other field, and handed to the checks of this computer only."""

from __future__ import annotations

import pytest

from hygiene_app.engine.options import DEFAULT_EOL_WARNING_DAYS, CheckOptions
from hygiene_app.services.settings import Settings, SettingsStore


def test_mirrors_and_warning_days_round_trip_into_the_checks_options(tmp_path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    store.save(
        Settings(
            release_feeds=(("chrome", "https://mirror.example/chrome"),),
            endoflife_url="https://eol.example/api",
            eol_warning_days=30,
            phish_lesson_done_at=1_700_000_000.0,
        )
    )
    loaded = store.load()
    assert store.problem == ""
    assert loaded.phish_lesson_done_at == 1_700_000_000.0
    options = loaded.check_options()
    assert options.release_feed("chrome", "https://public") == "https://mirror.example/chrome"
    assert options.release_feed("firefox", "https://public") == "https://public"
    assert options.endoflife_url == "https://eol.example/api"
    assert options.eol_warning_days == 30


def test_defaults_when_absent() -> None:
    assert Settings.from_json({}).check_options() == CheckOptions()
    assert CheckOptions().eol_warning_days == DEFAULT_EOL_WARNING_DAYS


@pytest.mark.parametrize(
    "doc",
    [
        {"release_feeds": ["https://x.example"]},
        {"release_feeds": {"chrome": "http://mirror.example/"}},
        {"release_feeds": {"chrome": 5}},
        {"release_feeds": {"": "https://x.example"}},
        {"release_feeds": {f"k{i}": "https://x.example" for i in range(40)}},
        {"endoflife_url": "ftp://eol.example"},
        {"eol_warning_days": -1},
        {"eol_warning_days": 400},
        {"eol_warning_days": True},
        {"phish_lesson_done_at": "yesterday"},
    ],
)
def test_bad_values_are_refused_with_a_reason(doc) -> None:
    with pytest.raises(ValueError):
        Settings.from_json(doc)

"""The settings the window keeps for itself: the welcome and hide-to-tray flags and where each
window was, round-tripped and validated like every other field."""

from __future__ import annotations

import json

import pytest

from hygiene_app.services.settings import Settings, SettingsStore


def test_flags_and_places_round_trip_through_the_file(tmp_path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    settings = Settings(welcomed=True, hide_to_tray_told=True).with_geometry(
        "main", (10, -20, 900, 600)
    )
    store.save(settings.with_geometry("tool:lab", (0, 0, 640, 480)))
    loaded = store.load()
    assert loaded.welcomed and loaded.hide_to_tray_told
    assert loaded.geometry_of("main") == (10, -20, 900, 600)
    assert loaded.geometry_of("tool:lab") == (0, 0, 640, 480)
    assert loaded.geometry_of("nowhere") is None
    assert store.problem == ""


def test_a_new_place_replaces_the_old_one() -> None:
    s = Settings().with_geometry("main", (1, 2, 3, 4)).with_geometry("main", (5, 6, 7, 8))
    assert s.window_geometry == (("main", (5, 6, 7, 8)),)


def test_defaults_when_absent() -> None:
    s = Settings.from_json({})
    assert (s.welcomed, s.hide_to_tray_told, s.window_geometry) == (False, False, ())


@pytest.mark.parametrize(
    "doc",
    [
        {"welcomed": "yes"},
        {"welcomed": 1},
        {"hide_to_tray_told": None},
        {"window_geometry": []},
        {"window_geometry": {"main": [0, 0, 100]}},
        {"window_geometry": {"main": [0, 0, 0, 100]}},
        {"window_geometry": {"main": [0, 0, 100, -5]}},
        {"window_geometry": {"main": [1e9, 0, 100, 100]}},
        {"window_geometry": {"main": [10**12, 0, 100, 100]}},
        {"window_geometry": {"main": [True, 0, 100, 100]}},
        {"window_geometry": {"": [0, 0, 100, 100]}},
        {"window_geometry": {"x" * 41: [0, 0, 100, 100]}},
        {"window_geometry": {f"w{i}": [0, 0, 1, 1] for i in range(33)}},
    ],
)
def test_bad_values_are_refused_with_a_sentence(doc) -> None:
    with pytest.raises(ValueError) as caught:
        Settings.from_json(doc)
    assert "\n" not in str(caught.value)


def test_a_bad_place_in_the_file_sets_it_aside_and_starts_from_defaults(tmp_path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"welcomed": True, "window_geometry": {"main": "big"}}))
    store = SettingsStore(path)
    assert store.load() == Settings()
    assert "window place" in store.problem

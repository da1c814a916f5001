import json

from hypothesis import given
from hypothesis import strategies as st

from hygiene_app.services.set_aside import (
    SetAside,
    SetAsideKind,
    active_set_asides,
)
from hygiene_app.services.settings import Settings, SettingsStore

DAY = 86400.0
NOW = 1_793_491_200.0


def test_round_trip_and_atomic_save(tmp_path):
    store = SettingsStore(tmp_path / "cfg" / "settings.json")
    settings = Settings(
        periodic_hours=24,
        notified=frozenset({"NET-001:fail"}),
        user_hints=("Ada Lovelace", "ada@example.org"),
        breach_api="http://127.0.0.1:8999",
        mfa_directory_url="http://127.0.0.1:8998/v4/all.json",
        mfa_review_months=3,
        quiet_start_hour=23,
        quiet_end_hour=7,
        last_reminder_at=NOW - DAY,
        reminder_snoozed_until=NOW + DAY,
    )
    settings = settings.with_set_aside(
        SetAside("NET-001", SetAsideKind.ACCEPT, NOW + DAY, "IT manages it", NOW)
    )
    store.save(settings)
    assert store.load() == settings
    assert not list((tmp_path / "cfg").glob("*.tmp"))


def test_missing_file_is_defaults_without_complaint(tmp_path):
    store = SettingsStore(tmp_path / "none.json")
    assert store.load() == Settings()
    assert store.problem == ""


def test_corrupt_file_is_kept_and_defaults_are_used(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"periodic_hours": "often", ')
    store = SettingsStore(path)
    assert store.load() == Settings()
    assert "could not be read" in store.problem
    assert (tmp_path / "settings.json.broken").read_text() == '{"periodic_hours": "often", '


@given(st.text())
def test_any_file_content_loads_or_says_why(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("s") / "settings.json"
    path.write_text(text)
    store = SettingsStore(path)
    assert isinstance(store.load(), Settings)


def test_accepting_a_risk_needs_a_reason():
    try:
        SetAside("NET-001", SetAsideKind.ACCEPT, NOW, "  ")
    except ValueError:
        pass
    else:
        raise AssertionError("an empty reason was accepted")


def test_expiry_and_latest_wins():
    old = SetAside("UPD-001", SetAsideKind.SNOOZE, NOW + DAY, created=NOW - 10)
    new = SetAside("UPD-001", SetAsideKind.SNOOZE, NOW + 3 * DAY, created=NOW)
    gone = SetAside("NET-001", SetAsideKind.SNOOZE, NOW - 1, created=NOW - DAY)
    active = active_set_asides([old, new, gone], NOW)
    assert active == {"UPD-001": new}
    assert active["UPD-001"].describe().startswith("Snoozed until 2026-11-04")
    assert active_set_asides([new], NOW + 3 * DAY) == {}


def test_with_and_without_replace_by_check():
    first = SetAside("UPD-001", SetAsideKind.SNOOZE, NOW + DAY)
    second = SetAside("UPD-001", SetAsideKind.SNOOZE, NOW + 2 * DAY)
    settings = Settings().with_set_aside(first).with_set_aside(second)
    assert settings.set_asides == (second,)
    assert settings.without_set_aside("UPD-001").set_asides == ()
    json.dumps(settings.to_json())


def test_service_addresses_must_be_https_or_this_computer():
    from hygiene_app.services.settings import acceptable_service_url

    assert acceptable_service_url("https://mirror.example.org/range")
    assert acceptable_service_url("http://127.0.0.1:8999")
    assert acceptable_service_url("http://localhost/x")
    assert not acceptable_service_url("http://evil.invalid/")
    assert not acceptable_service_url("ftp://127.0.0.1/")
    assert not acceptable_service_url("https:///nohost")

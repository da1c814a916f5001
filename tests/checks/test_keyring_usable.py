import json
from dataclasses import replace
from typing import ClassVar

import keyring
import pytest
from hypothesis import given
from hypothesis import strategies as st
from keyring.backend import KeyringBackend
from keyring.backends import chainer

from hygiene_app.checks import keyring_usable as ku
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.live import LiveSystemFacts
from hygiene_app.engine.model import OSFamily, Severity, Status
from hygiene_app.engine.snapshot import Recorder, Snapshot, merge_fragments
from tests.support import machine, run_check

CHECK = ku.KeyringUsableCheck()


def test_fail_backend_on_linux_fails_with_a_fix():
    finding = run_check(CHECK, machine("debian", keyring=(ku.FAIL_BACKEND, 0.0)))
    assert finding.status is Status.FAIL and finding.severity is Severity.MEDIUM
    assert finding.evidence == {
        "state": "unusable",
        "backend": "keyring.backends.fail.Keyring",
        "priority": 0.0,
    }
    assert finding.fix is not None and finding.fix.verify_check == "PWD-002"
    for os_family in OSFamily:
        assert finding.fix.steps_for(os_family)


def test_null_backend_and_errors_fail_too():
    assert run_check(CHECK, machine("fedora", keyring=(ku.NULL_BACKEND, -1.0))).status is (
        Status.FAIL
    )
    broken = run_check(CHECK, machine("arch", keyring=("error: RuntimeError", -1.0)))
    assert broken.status is Status.FAIL


def test_a_positive_priority_is_required():
    weak = machine("debian", keyring=("keyring.backends.SecretService.Keyring", 0.0))
    assert run_check(CHECK, weak).status is Status.FAIL


@pytest.mark.parametrize(
    ("preset", "backend", "store"),
    [
        ("debian", "keyring.backends.SecretService.Keyring", "Secret Service"),
        ("fedora", "keyring.backends.kwallet.DBusKeyring", "KWallet"),
        ("windows", "keyring.backends.Windows.WinVaultKeyring", "Credential Manager"),
        ("macos", "keyring.backends.macOS.Keyring", "Keychain"),
        ("debian", ku.CHAINER_BACKEND, "several"),
        ("debian", "some_vendor.backend.Keyring", "a secret store this app does not know"),
    ],
)
def test_usable_backends_pass_naming_the_store(preset, backend, store):
    finding = run_check(CHECK, machine(preset, keyring=(backend, 5.0)))
    assert finding.status is Status.PASS
    assert store in finding.summary


def test_builtin_stores_unreachable_on_windows_and_macos_are_unknown():
    for preset in ("windows", "macos"):
        finding = run_check(CHECK, machine(preset, keyring=(ku.FAIL_BACKEND, 0.0)))
        assert finding.status is Status.UNKNOWN
        assert "built into" in finding.reason


def test_plain_file_backend_warns():
    finding = run_check(
        CHECK, machine("debian", keyring=("keyrings.alt.file.PlaintextKeyring", 0.5))
    )
    assert finding.status is Status.WARN
    assert finding.fix is not None


def test_without_the_library_it_is_unknown():
    finding = run_check(CHECK, machine("debian"))
    assert finding.status is Status.UNKNOWN
    assert finding.reason


@given(st.text(max_size=60), st.floats(allow_nan=True))
def test_classify_is_total(name, priority):
    verdict = ku.classify((name, priority))
    if not priority > 0:
        assert verdict.state is ku.KeyringState.UNUSABLE


# ----- the seam: live, recorded, replayed --------------------------------------------------


class _Fake(KeyringBackend):
    priority = 5  # type: ignore[assignment]

    def get_password(self, service, username):
        raise AssertionError("the check must never read a secret")

    def set_password(self, service, username, password):
        raise AssertionError("the check must never write a secret")

    def delete_password(self, service, username):
        raise AssertionError("the check must never delete a secret")


class _Chain(chainer.ChainerBackend):
    backends: ClassVar[list[KeyringBackend]] = [_Fake(), _Fake()]


def test_live_seam_reports_class_and_priority_without_touching_secrets(monkeypatch):
    monkeypatch.setattr(keyring, "get_keyring", lambda: _Fake())
    assert LiveSystemFacts().keyring_backend() == (f"{__name__}._Fake", 5.0)


def test_live_seam_reports_the_best_backend_a_chainer_holds(monkeypatch):
    monkeypatch.setattr(keyring, "get_keyring", lambda: _Chain())
    assert LiveSystemFacts().keyring_backend() == (f"{__name__}._Fake", 5.0)


def test_live_seam_turns_a_broken_backend_into_an_unusable_answer(monkeypatch):
    def broken():
        raise RuntimeError("bad keyringrc.cfg")

    monkeypatch.setattr(keyring, "get_keyring", broken)
    assert LiveSystemFacts().keyring_backend() == ("error: RuntimeError", -1.0)


def test_live_seam_on_this_machine_answers_something_sane():
    answer = LiveSystemFacts().keyring_backend()
    assert answer is not None
    name, priority = answer
    assert isinstance(name, str) and isinstance(priority, float)


def test_keyring_is_recorded_saved_and_replayed(monkeypatch):
    monkeypatch.setattr(keyring, "get_keyring", lambda: _Fake())
    live = machine("debian")
    recorder = Recorder(replace(live, system=LiveSystemFacts()))
    recorded = CHECK.run(ProbeContext(recorder.seams))
    doc = recorder.snapshot().to_json()
    assert doc["system"]["keyring"] == {"backend": f"{__name__}._Fake", "priority": 5.0}
    replayed = CHECK.run(ProbeContext(Snapshot.from_json(json.loads(json.dumps(doc))).seams()))
    assert replayed == recorded


def test_snapshot_without_keyring_or_with_null_replays_as_no_library():
    doc = Snapshot(platform=machine("debian").platform, clock=0.0).to_json()
    assert doc["system"]["keyring"] is None
    del doc["system"]["keyring"]
    assert Snapshot.from_json(doc).keyring is None


def test_malformed_keyring_is_a_snapshot_error():
    from hygiene_app.engine.snapshot import SnapshotError

    doc = Snapshot(platform=machine("debian").platform, clock=0.0).to_json()
    for bad in (
        "x",
        {"backend": 3, "priority": 1},
        {"backend": "x"},
        {"backend": "x", "priority": True},
    ):
        doc["system"]["keyring"] = bad
        with pytest.raises(SnapshotError):
            Snapshot.from_json(doc)


def test_fragments_carry_the_keyring():
    base = Snapshot(platform=machine("debian").platform, clock=0.0).to_json()
    fragment = {"system": {"keyring": {"backend": ku.FAIL_BACKEND, "priority": 0}}}
    merged = merge_fragments(base, [fragment])
    assert Snapshot.from_json(merged).keyring == (ku.FAIL_BACKEND, 0.0)


@pytest.mark.parametrize(
    "backend",
    ["keyrings.alt.file.PlaintextKeyring", "keyrings.alt.file.EncryptedKeyring"],
)
def test_keyrings_alt_is_not_the_os_keyring(backend):
    # The e-mail breach screen refuses these for its key; the check must not call them fine.
    finding = run_check(CHECK, machine("debian", keyring=(backend, 1.0)))
    assert finding.status is Status.WARN


# ----- no session bus: SSH logins, cron, containers, WSL ------------------------------------


def _seams(preset: str, keyring: tuple[str, float] | None, session_bus: bool | None):
    snap = Snapshot(
        platform=machine(preset).platform, clock=0.0, keyring=keyring, session_bus=session_bus
    )
    return snap.seams()


@pytest.mark.parametrize("backend", [(ku.FAIL_BACKEND, 0.0), ("error: RuntimeError", -1.0)])
def test_no_session_bus_on_linux_is_unknown_not_install_gnome_keyring(backend):
    # keyring 25 rejects SecretService ("Unable to initialize SecretService: Environment
    # variable DBUS_SESSION_BUS_ADDRESS is unset") and ends on fail.Keyring in an SSH login,
    # even when the desktop session of the same user unlocks GNOME Keyring every morning.
    finding = run_check(CHECK, _seams("debian", backend, False))
    assert finding.status is Status.UNKNOWN
    assert finding.summary == "Could not reach the system keyring"
    assert "session bus" in finding.reason and "desktop session" in finding.reason
    assert finding.fix is None
    assert finding.evidence["session_bus"] is False


def test_with_a_session_bus_and_no_secret_service_it_still_fails():
    finding = run_check(CHECK, _seams("fedora", (ku.FAIL_BACKEND, 0.0), True))
    assert finding.status is Status.FAIL and finding.fix is not None
    assert finding.evidence["session_bus"] is True


def test_a_recording_without_the_session_bus_keeps_its_old_verdict():
    # Recordings made before the bus was asked about replay as they did (fedora-40's FAIL).
    finding = run_check(CHECK, _seams("fedora", (ku.FAIL_BACKEND, 0.0), None))
    assert finding.status is Status.FAIL
    assert "session_bus" not in finding.evidence


def test_the_session_bus_is_only_asked_when_it_decides():
    class Counting:
        asked = 0

        def keyring_backend(self):
            return ("keyring.backends.SecretService.Keyring", 5.0)

        def session_bus(self):
            Counting.asked += 1
            return False

    seams = replace(machine("debian"), system=Counting())
    assert run_check(CHECK, seams).status is Status.PASS
    assert Counting.asked == 0
    windows = replace(machine("windows"), system=Counting())
    Counting.keyring_backend = lambda self: (ku.FAIL_BACKEND, 0.0)  # type: ignore[method-assign]
    assert run_check(CHECK, windows).status is Status.UNKNOWN
    assert Counting.asked == 0


@pytest.mark.parametrize(
    ("address", "present", "reachable"),
    [
        ("", set(), False),
        ("unix:path=/run/user/1000/bus", {"/run/user/1000/bus"}, True),
        ("unix:path=/run/user/1000/bus", set(), False),  # tmux after the desktop session ended
        ("unix:abstract=/tmp/dbus-Xyz,guid=0123abcd", set(), True),
        ("unix:path=/tmp/a%20b,guid=1;unix:path=/run/user/1000/bus", {"/tmp/a b"}, True),
        ("unix:path=/gone;unix:abstract=/tmp/dbus-1", set(), True),
        ("tcp:host=localhost,port=4000", set(), True),
        ("  ;  ", set(), False),
    ],
)
def test_session_bus_address_is_read_as_dbus_reads_it(address, present, reachable):
    from hygiene_app.engine.live import session_bus_reachable

    assert session_bus_reachable(address, lambda path: path in present) is reachable


def test_live_seam_asks_the_environment_on_linux(monkeypatch):
    from hygiene_app.engine import live

    monkeypatch.setattr(live, "current_os", lambda: OSFamily.LINUX)
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    assert LiveSystemFacts().session_bus() is False
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:abstract=/tmp/dbus-1")
    assert LiveSystemFacts().session_bus() is True
    monkeypatch.setattr(live, "current_os", lambda: OSFamily.WINDOWS)
    assert LiveSystemFacts().session_bus() is None


def test_session_bus_is_recorded_saved_replayed_and_merged(monkeypatch):
    from hygiene_app.engine import live

    monkeypatch.setattr(keyring, "get_keyring", lambda: _Fail())
    monkeypatch.setattr(live, "current_os", lambda: OSFamily.LINUX)
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    recorder = Recorder(replace(machine("debian"), system=LiveSystemFacts()))
    recorded = CHECK.run(ProbeContext(recorder.seams))
    assert recorded.status is Status.UNKNOWN
    doc = json.loads(json.dumps(recorder.snapshot().to_json()))
    assert doc["system"]["session_bus"] is False
    replayed = CHECK.run(ProbeContext(Snapshot.from_json(doc).seams()))
    assert replayed == recorded
    base = Snapshot(platform=machine("debian").platform, clock=0.0).to_json()
    assert "session_bus" not in base["system"]
    merged = merge_fragments(base, [{"system": {"session_bus": False}}])
    assert Snapshot.from_json(merged).session_bus is False


def test_malformed_session_bus_is_a_snapshot_error():
    from hygiene_app.engine.snapshot import SnapshotError

    doc = Snapshot(platform=machine("debian").platform, clock=0.0).to_json()
    for bad in ("no", 0, 1, {}):
        doc["system"]["session_bus"] = bad
        with pytest.raises(SnapshotError):
            Snapshot.from_json(doc)


class _Fail(KeyringBackend):
    priority = 0  # type: ignore[assignment]

    def get_password(self, service, username):
        raise AssertionError("the check must never read a secret")

    def set_password(self, service, username, password):
        raise AssertionError("the check must never write a secret")

    def delete_password(self, service, username):
        raise AssertionError("the check must never delete a secret")

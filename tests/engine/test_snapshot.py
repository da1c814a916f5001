import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hygiene_app.checks import default_registry
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.live import live_seams
from hygiene_app.engine.model import OSFamily
from hygiene_app.engine.probes import (
    CommandOutcome,
    CommandResult,
    FileOutcome,
    FileRead,
    InterfaceAddress,
    NetInterface,
    PlatformInfo,
)
from hygiene_app.engine.redact import Redactor
from hygiene_app.engine.runner import run_checkup
from hygiene_app.engine.snapshot import Recorder, Snapshot, SnapshotError, redact_snapshot

PLATFORM = PlatformInfo(
    OSFamily.LINUX,
    "12",
    "x86_64",
    "alice-laptop.example.org",
    "alice",
    "/home/alice",
    "debian",
    (),
    "Debian GNU/Linux 12 (bookworm)",
)


def sample() -> Snapshot:
    argv = ("ls", "/home/alice/.config")
    return Snapshot(
        platform=PLATFORM,
        clock=1_700_000_000.0,
        commands={
            argv: CommandResult(argv, CommandOutcome.OK, 0, "alice-laptop: ok\n", "", 0.1),
            ("slow",): CommandResult(("slow",), CommandOutcome.TIMEOUT),
        },
        files={
            "/home/alice/a.conf": FileRead("/home/alice/a.conf", FileOutcome.OK, "x=1\n", 5.0),
            "/etc/secret": FileRead("/etc/secret", FileOutcome.DENIED),
        },
        dirs={"/var/lib/apt/lists": ("a_InRelease",), "/nope": None},
        stats={"/var/lib/apt/lists/a_InRelease": 42.0},
        interfaces=(
            NetInterface(
                "wlan0",
                True,
                ("up", "running"),
                (
                    InterfaceAddress("ipv4", "192.0.2.5", "255.255.255.0"),
                    InterfaceAddress("link", "70:9c:d1:e0:30:4e"),
                ),
            ),
        ),
        processes=frozenset({"openvpn"}),
        boot_time=1_699_000_000.0,
    )


def test_save_load_round_trip_answers_the_same(tmp_path: Path):
    path = tmp_path / "snap.json"
    sample().save(path)
    loaded = Snapshot.load(path)
    seams = loaded.seams()
    result = seams.commands.run(("ls", "/home/alice/.config"))
    assert result.stdout == "alice-laptop: ok\n" and result.returncode == 0
    assert seams.commands.run(("slow",)).outcome is CommandOutcome.TIMEOUT
    assert seams.commands.run(("never-recorded",)).outcome is CommandOutcome.NOT_FOUND
    assert seams.files.read_text("/home/alice/a.conf").text == "x=1\n"
    assert seams.files.read_text("/etc/secret").outcome is FileOutcome.DENIED
    assert seams.files.read_text("/elsewhere").outcome is FileOutcome.MISSING
    assert seams.files.list_dir("/var/lib/apt/lists") == ("a_InRelease",)
    assert seams.files.list_dir("/nope") is None
    assert seams.files.mtime("/var/lib/apt/lists/a_InRelease") == 42.0
    assert seams.system.interfaces() == sample().interfaces
    assert seams.system.process_names() == {"openvpn"}
    assert seams.clock.now() == 1_700_000_000.0
    assert seams.platform == PLATFORM


def test_redaction_is_consistent_everywhere():
    snap = redact_snapshot(sample())
    text = json.dumps(snap.to_json())
    assert "alice" not in text.lower()
    assert "70:9c:d1:e0:30:4e" not in text
    assert snap.platform.username == "user" and snap.platform.hostname == "host"
    assert snap.platform.home == "/home/user"
    # The redacted argv and paths are what the redacted platform leads a check to ask for.
    result = snap.seams().commands.run(("ls", "/home/user/.config"))
    assert result.stdout == "host: ok\n"
    assert snap.seams().files.read_text("/home/user/a.conf").ok


def test_generic_names_are_left_alone():
    r = Redactor.for_machine("root", "debian")
    text = "ID=debian\nyou must be root\n"
    assert r.text(text) == text


def test_names_inside_other_words_are_left_alone():
    r = Redactor.for_machine("ann", "box1")
    assert r.text("/home/ann/x planning box10 box1") == "/home/user/x planning box10 host"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[]", "top level must be a JSON object"),
        ('{"format": "other"}', "not a Hygiene Checkup snapshot"),
        ('{"format": "hygiene-snapshot", "version": 99}', "version 99 is not supported"),
        ('{"format": "hygiene-snapshot", "version": 1}', "missing field 'platform'"),
        (
            '{"format": "hygiene-snapshot", "version": 1, "clock": 1, "platform": {"os": "beos"}}',
            "unknown os 'beos'",
        ),
        (
            '{"format": "hygiene-snapshot", "version": 1, "clock": 1,'
            ' "platform": {"os": "linux"}, "commands": {"argv": 1}}',
            "'commands' must be a list",
        ),
    ],
)
def test_malformed_files_give_one_clear_line(tmp_path: Path, content: str, message: str):
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(SnapshotError) as info:
        Snapshot.load(path)
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_missing_and_binary_files(tmp_path: Path):
    with pytest.raises(SnapshotError, match="not found"):
        Snapshot.load(tmp_path / "none.json")
    binary = tmp_path / "bin.json"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(SnapshotError):
        Snapshot.load(binary)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=200)
@given(
    st.fixed_dictionaries(
        {"format": st.just("hygiene-snapshot"), "version": st.just(1)},
        optional={
            "clock": json_values,
            "platform": json_values
            | st.fixed_dictionaries({"os": st.sampled_from(["linux", "x"])}),
            "commands": json_values,
            "files": json_values,
            "system": json_values,
            "dirs": json_values,
            "http": json_values,
        },
    )
)
def test_any_json_either_loads_or_says_why(doc):
    try:
        Snapshot.from_json(doc)
    except SnapshotError as exc:
        assert str(exc)


def test_recording_this_machine_replays_to_the_same_statuses(tmp_path: Path):
    checks = tuple(default_registry())
    recorder = Recorder(live_seams(offline=True))
    live = run_checkup(checks, ProbeContext(recorder.seams, offline=True))
    path = tmp_path / "here.json"
    recorder.snapshot().save(path)
    replayed = run_checkup(checks, ProbeContext(Snapshot.load(path).seams(), offline=True))
    assert [(r.meta.id, r.status) for r in replayed.results] == [
        (r.meta.id, r.status) for r in live.results
    ]
    assert [r.finding.summary for r in replayed.results] == [
        r.finding.summary for r in live.results
    ]


def test_display_names():
    from dataclasses import replace

    win = replace(PLATFORM, os=OSFamily.WINDOWS, os_version="10.0.22631")
    assert win.display_name == "Windows 11 (build 22631)"
    assert replace(win, os_version="10.0.19045").display_name == "Windows 10 (build 19045)"
    assert replace(win, os=OSFamily.MACOS, os_version="15.2").display_name == "macOS 15.2"
    assert PLATFORM.display_name == "Debian GNU/Linux 12 (bookworm)"


def test_inventory_round_trips_without_login_names(tmp_path: Path):
    from dataclasses import replace

    from hygiene_app.engine.probes import AccountRecord, Inventory

    inv = Inventory(
        (AccountRecord("Gmail", "google.com", "email", "on", ("app",), ("security_key",), 5.0),),
        review_months=3,
    )
    path = tmp_path / "s.json"
    replace(sample(), inventory=inv).save(path)
    assert Snapshot.load(path).seams().inventory.inventory() == inv
    sample().save(path)
    assert Snapshot.load(path).seams().inventory.inventory() is None


def test_browser_preferences_keep_only_extension_state():
    from hygiene_app.engine.snapshot import minimise

    prefs = json.dumps(
        {
            "account_info": [{"email": "alice@example.org"}],
            "extensions": {"settings": {"abc": {"state": 1}}, "theme": {"id": "x"}},
        }
    )
    kept = json.loads(minimise("C:\\\\Users\\\\alice\\\\Default\\\\Preferences", prefs))
    assert kept == {"extensions": {"settings": {"abc": {"state": 1}}}}
    assert minimise("/home/a/.config/google-chrome/Default/Secure Preferences", "{bad") == ""
    assert minimise("/etc/ufw/ufw.conf", "ENABLED=yes\n") == "ENABLED=yes\n"


_SERVER_HEADERS = {
    "Date": "Sun, 01 Nov 2026 12:00:00 GMT",
    "Age": "60",
    "ETag": '"abc"',
    "last-modified": "Sat, 31 Oct 2026 12:00:00 GMT",
    "Content-Type": "application/json",
    "X-Hygiene-Cache": "network",
    "Set-Cookie": "session=alice-secret",
    "Via": "1.1 proxy.corp.example.org",
    "X-Cache": "HIT from squid.corp.example.org",
    "X-Amz-Cf-Id": "trace-123",
}
_KEPT = {"Date", "Age", "ETag", "last-modified", "Content-Type", "X-Hygiene-Cache"}


def test_a_recording_keeps_only_the_http_headers_the_checks_read(tmp_path: Path):
    from dataclasses import replace

    from hygiene_app.engine.probes import HttpOutcome, HttpResponse

    url = "https://endoflife.date/api/ubuntu.json"

    class Http:
        def get(self, url, *, timeout=10.0, headers=None, max_bytes=0):
            return HttpResponse(url, HttpOutcome.OK, 200, "[]", _SERVER_HEADERS)

    recorder = Recorder(replace(sample().seams(), http=Http()))
    answer = recorder.seams.http.get(url)
    assert set(answer.headers) == _KEPT  # the recording run reads what the replay will
    path = tmp_path / "s.json"
    recorder.snapshot(redact=False).save(path)
    saved = path.read_text(encoding="utf-8")
    assert "alice-secret" not in saved and "corp.example.org" not in saved
    assert "trace-123" not in saved
    assert dict(Snapshot.load(path).seams().http.get(url).headers) == {
        k: v for k, v in _SERVER_HEADERS.items() if k in _KEPT
    }


def test_an_older_snapshot_with_every_header_still_loads_and_redaction_drops_the_rest(
    tmp_path: Path,
):
    doc = sample().to_json()
    url = "https://endoflife.date/api/debian.json"
    doc["http"] = [
        {"url": url, "outcome": "ok", "status": 200, "text": "[]", "headers": _SERVER_HEADERS}
    ]
    path = tmp_path / "old.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    old = Snapshot.load(path)
    assert dict(old.http[url].headers) == _SERVER_HEADERS  # loads as it was
    assert set(redact_snapshot(old).http[url].headers) == _KEPT

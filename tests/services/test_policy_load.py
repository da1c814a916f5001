"""Loading a policy: each OS's locations, their order, trust, and every mistake with its line.

No test reads this machine's policy: files live in tmp_path (`root` stands for "/"), the
Windows registry is a recorded tree, and `env` is always given.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from hygiene_app.engine.model import Severity
from hygiene_app.engine.options import CheckOptions, VpnRequirement
from hygiene_app.services.policy import (
    POLICY_ENV,
    ContactCard,
    effective_options,
    load_policy,
)
from hygiene_app.services.policy_sources import MAX_POLICY_BYTES, key_line, load
from hygiene_app.services.policy_windows import REGISTRY_KEY
from hygiene_app.services.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "policy"
EXAMPLE = Path(__file__).resolve().parents[2] / "packaging" / "policy" / "policy.json"
ME = os.getuid() if hasattr(os, "getuid") else 0


def _write(path: Path, doc: object, mode: int = 0o644) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    path.chmod(mode)
    return path


# ----- one file -------------------------------------------------------------------------------


def test_the_example_policy_loads_whole():
    loaded = load_policy(path=EXAMPLE, env={})
    assert loaded.problems == ()
    assert loaded.in_force
    policy = loaded.policy
    assert policy.disabled_checks == {"NET-003"}
    assert policy.severity_overrides == (("DEV-007", Severity.HIGH),)
    assert policy.vpn_required is VpnRequirement.UNTRUSTED_WIFI
    assert policy.password_managers == ("Bitwarden",)
    assert policy.contact == ContactCard(
        name="Example Ltd IT desk",
        email="it@example.com",
        phone="+44 20 7946 0000",
        url="https://it.example.com/help",
        message="Questions about a finding? Call or write to the IT desk before changing anything.",
    )
    note = policy.note_for("DEV-007")
    assert note is not None
    assert note.links == (("Remote access policy", "https://it.example.com/remote"),)
    assert policy.may_snooze("NET-001") and policy.may_accept("PHI-002")
    assert not policy.may_accept("NET-001")
    assert (policy.schedule_hours, policy.report_folder) == (24, "/var/lib/hygiene-app/reports")
    assert dict(loaded.sources)["thresholds.max_uptime_days"] == str(EXAMPLE)
    assert dict(loaded.values)["thresholds.max_uptime_days"] == "7"


def test_the_environment_variable_names_the_file(tmp_path):
    policy = _write(tmp_path / "p.json", {"version": 1, "thresholds": {"max_uptime_days": 3}})
    loaded = load_policy(env={POLICY_ENV: str(policy)})
    assert loaded.policy.max_uptime_days == 3
    # The argument wins over the variable.
    other = _write(tmp_path / "q.json", {"version": 1, "thresholds": {"max_uptime_days": 9}})
    assert load_policy(path=other, env={POLICY_ENV: str(policy)}).policy.max_uptime_days == 9


def test_a_named_file_argument_replaces_the_system_locations(tmp_path):
    _write(tmp_path / "etc/hygiene-app/policy.json", {"version": 1, "vpn_required": "always"})
    named = _write(tmp_path / "p.json", {"version": 1, "thresholds": {"max_uptime_days": 3}})
    loaded = load(path=named, env={}, platform="linux", root=tmp_path, owner_uid=ME)
    assert loaded.policy.vpn_required is None and loaded.policy.max_uptime_days == 3
    # A named file that does not exist is "no policy", not the system's.
    missing = load(path=tmp_path / "none.json", env={}, platform="linux", root=tmp_path)
    assert not missing.in_force and missing.problems == ()


def test_the_variable_cannot_replace_the_organisations_policy(tmp_path):
    """Anybody can set HYGIENE_APP_POLICY: with a system policy present it is ignored, and
    `policy show` says so; the organisation's policy applies whole."""
    system = _write(
        tmp_path / "etc/hygiene-app/policy.json", {"version": 1, "vpn_required": "always"}
    )
    mine = _write(tmp_path / "mine.json", {"version": 1, "checks": {"NET-002": {"enabled": False}}})
    loaded = load(env={POLICY_ENV: str(mine)}, platform="linux", root=tmp_path, owner_uid=ME)
    assert loaded.policy.vpn_required is VpnRequirement.ALWAYS
    assert dict(loaded.sources) == {"vpn_required": str(system)}
    assert loaded.problems == () and loaded.warning() == ""
    (note,) = loaded.notes
    assert note.where == str(mine) and POLICY_ENV in str(note.reason)
    # Even an unusable system policy is not replaced by the variable's file.
    system.write_text("{not json", encoding="utf-8")
    broken = load(env={POLICY_ENV: str(mine)}, platform="linux", root=tmp_path, owner_uid=ME)
    assert not broken.in_force and broken.notes and broken.problems


def test_the_variable_applies_while_no_system_location_holds_a_policy(tmp_path):
    named = _write(tmp_path / "p.json", {"version": 1, "thresholds": {"max_uptime_days": 3}})
    loaded = load(env={POLICY_ENV: str(named)}, platform="linux", root=tmp_path, owner_uid=ME)
    assert loaded.policy.max_uptime_days == 3 and loaded.notes == ()
    missing = load(
        env={POLICY_ENV: str(tmp_path / "none.json")},
        platform="linux",
        root=tmp_path,
        owner_uid=ME,
    )
    assert not missing.in_force and missing.problems == ()


def test_each_mistake_is_reported_with_its_line():
    path = FIXTURES / "invalid_mixed.json"
    loaded = load_policy(path=path, env={})
    found = {(p.line, p.reason) for p in loaded.problems}
    assert all(p.where == str(path) for p in loaded.problems)
    lines = sorted(line for line, _ in found)
    assert lines == [4, 5, 6, 6, 8, 8, 9]
    reasons = " | ".join(reason for _, reason in sorted(found, key=lambda f: f[0] or 0))
    assert '"checks.NET-002.enabled" must be true or false.' in reasons
    assert 'Unknown check id "NET-999"' in reasons
    assert '"checks.DEV-001.severity" must be one of: info, low, medium, high, critical.' in reasons
    assert '"checks.DEV-001.links[0].url" must be an https:// address.' in reasons
    assert "from 1 to 240" in reasons
    assert 'Unknown key "max_uptime"' in reasons
    assert '"contact.message" is too long (501 characters; at most 500).' in reasons


def test_an_invalid_policy_is_ignored_whole_and_never_turns_a_check_off():
    """NET-002 is turned off correctly in the same file as a mistake elsewhere: the file is not
    half-applied, so NET-002 still runs."""
    loaded = load_policy(path=FIXTURES / "invalid_mixed.json", env={})
    assert not loaded.in_force
    assert loaded.policy.disabled_checks == frozenset()
    assert effective_options(Settings(), loaded) == CheckOptions()
    assert "usual checks apply" in loaded.warning()


def test_broken_json_gives_its_line():
    loaded = load_policy(path=FIXTURES / "broken_syntax.json", env={})
    [problem] = loaded.problems
    assert problem.line == 4
    assert problem.reason.startswith("This is not valid JSON")
    assert not loaded.in_force


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("[1, 2]", None, "must be a JSON object"),
        ('{"thresholds": {}}', None, '"version" must be 1'),
        ('{"version": 2}', 1, '"version" must be 1'),
        ('{"version": true}', 1, '"version" must be 1'),
        ('{"version": 1, "thresholds": {"max_uptime_days": NaN}}', None, "NaN"),
        ('{"version": 1,\n "version": 1}', None, 'The key "version" appears twice'),
        ('{"version": 1,\n "checks": {"net-002": {}, "NET-002": {}}}', 2, "named twice"),
        ('{"version": 1,\n "thresholds": {"max_uptime_days": 7.5}}', 2, "whole number"),
        ('{"version": 1,\n "thresholds": {"max_uptime_days": true}}', 2, "whole number"),
        ('{"version": 1,\n "vpn_required": "sometimes"}', 2, "always, untrusted_wifi, never"),
        ('{"version": 1,\n "password_managers": "Bitwarden"}', 2, "a list of at most"),
        ('{"version": 1,\n "password_managers": [" "]}', 2, "must not be empty"),
        ('{"version": 1,\n "network": {"breach_api": "http://x.example/"}}', 2, "https://"),
        (
            '{"version": 1,\n "network": {"release_feed_mirrors": {"a b": "https://x/"}}}',
            2,
            "not a feed name",
        ),
        ('{"version": 1,\n "contact": {"email": "not an address"}}', 2, "e-mail address"),
        ('{"version": 1,\n "contact": {"phone": "call me"}}', 2, "phone number"),
        ('{"version": 1,\n "contact": {"url": "javascript:alert(1)"}}', 2, "https://"),
        ('{"version": 1,\n "contact": {"name": "IT\\u001b[31m"}}', 2, "control characters"),
        ('{"version": 1,\n "contact": "IT desk"}', 2, "must be an object"),
        ('{"version": 1,\n "set_asides": {"snooze": "some"}}', 2, '"all", "none" or a list'),
        (
            '{"version": 1,\n "set_asides": {"accept": ["DEV-001", "XYZ"]}}',
            2,
            'Unknown check id "XYZ"',
        ),
        ('{"version": 1,\n "schedule": {"hours": 0}}', 2, "from 1 to 8784"),
        ('{"version": 1,\n "schedule": {"report_folder": "reports"}}', 2, "full path"),
        (
            '{"version": 1,\n "checks": {"DEV-001": {"links": [{"label": "", "url": "https://a"}]}}}',
            2,
            "must not be empty",
        ),
        ('{"version": 1,\n "checks": {"DEV-001": {"note": 5}}}', 2, "must be text"),
        ('{"version": 1,\n "checks": {"DEV-001": {"enable": false}}}', 2, 'Unknown key "enable"'),
    ],
)
def test_mistakes(tmp_path, text, line, words):
    path = tmp_path / "p.json"
    path.write_text(text, encoding="utf-8")
    loaded = load_policy(path=path, env={})
    assert not loaded.in_force
    assert any(words in p.reason and p.line == line for p in loaded.problems), loaded.problems


def test_check_ids_are_read_without_case(tmp_path):
    path = _write(tmp_path / "p.json", {"version": 1, "checks": {"net-002": {"enabled": False}}})
    loaded = load_policy(path=path, env={})
    assert loaded.policy.disabled_checks == {"NET-002"}
    assert dict(loaded.sources) == {"checks.NET-002.enabled": str(path)}


def test_a_file_that_is_not_a_policy_file_is_refused(tmp_path):
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (MAX_POLICY_BYTES + 1))
    assert "larger than" in load_policy(path=big, env={}).problems[0].reason
    assert "folder" in load_policy(path=tmp_path, env={}).problems[0].reason
    latin = tmp_path / "latin.json"
    latin.write_bytes(b'{"version": 1, "contact": {"name": "\xe9"}}')
    assert "UTF-8" in load_policy(path=latin, env={}).problems[0].reason


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_notepads_encodings_are_read(tmp_path, encoding):
    path = tmp_path / "p.json"
    path.write_bytes('{\n"version": 1,\n"contact": {"name": "Zoë"},\n"x": 1}'.encode(encoding))
    loaded = load_policy(path=path, env={})
    [problem] = loaded.problems
    assert problem.line == 4 and 'Unknown key "x"' in problem.reason
    path.write_bytes('{"version": 1, "contact": {"name": "Zoë"}}'.encode(encoding))
    assert load_policy(path=path, env={}).policy.contact == ContactCard(name="Zoë")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_waiting(tmp_path):
    fifo = tmp_path / "policy.json"
    os.mkfifo(fifo)
    [problem] = load_policy(path=fifo, env={}).problems
    assert "named pipe" in problem.reason


def test_key_line_finds_the_last_duplicate_and_list_items():
    text = '{\n "a": 1,\n "b": {\n  "c": [\n   {"d": 1},\n   {"d": 2}\n  ]\n },\n "a": 3\n}'
    assert key_line(text, ("a",)) == 9
    assert key_line(text, ("b", "c", 1, "d")) == 6
    assert key_line(text, ("b", "x")) == 3  # the deepest part that exists
    assert key_line(text, ("zzz",)) is None


# ----- Linux ----------------------------------------------------------------------------------


def test_linux_reads_etc(tmp_path):
    _write(tmp_path / "etc/hygiene-app/policy.json", {"version": 1, "vpn_required": "always"})
    (tmp_path / "etc/hygiene-app").chmod(0o755)
    loaded = load(env={}, platform="linux", root=tmp_path, owner_uid=ME)
    assert loaded.policy.vpn_required is VpnRequirement.ALWAYS
    assert dict(loaded.sources) == {"vpn_required": str(tmp_path / "etc/hygiene-app/policy.json")}


def test_no_file_in_etc_is_no_policy(tmp_path):
    loaded = load(env={}, platform="linux", root=tmp_path, owner_uid=ME)
    assert not loaded.in_force and loaded.problems == ()


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX ownership")
@pytest.mark.parametrize("where", ["file_mode", "folder_mode", "owner"])
def test_a_file_anybody_could_have_written_is_not_a_policy(tmp_path, where):
    path = _write(
        tmp_path / "etc/hygiene-app/policy.json",
        {"version": 1, "checks": {"DEV-001": {"enabled": False}}},
    )
    (tmp_path / "etc/hygiene-app").chmod(0o755)
    owner = ME
    if where == "file_mode":
        path.chmod(0o666)
    elif where == "folder_mode":
        (tmp_path / "etc/hygiene-app").chmod(0o777)
    else:
        owner = ME + 1  # the file belongs to someone other than the administrator
    loaded = load(env={}, platform="linux", root=tmp_path, owner_uid=owner)
    assert not loaded.in_force
    assert loaded.policy.disabled_checks == frozenset()
    [problem] = loaded.problems
    assert problem.reason.startswith("Not a policy")


# ----- Windows --------------------------------------------------------------------------------


def _recorded_registry(hives: dict[str, object]):
    def reader(hive: str):
        return hives.get(hive)

    return reader


def test_windows_registry_maps_to_the_same_policy(tmp_path):
    recorded = json.loads((FIXTURES / "windows_registry.json").read_text(encoding="utf-8"))
    loaded = load(
        env={"ProgramData": str(tmp_path)},
        platform="win32",
        registry=_recorded_registry({"HKLM": recorded["HKLM"]}),
    )
    assert loaded.problems == ()
    policy = loaded.policy
    assert policy.vpn_required is VpnRequirement.ALWAYS
    assert (policy.screen_lock_minutes, policy.max_uptime_days) == (10, 7)
    assert policy.breach_check is False and policy.mfa_directory is True
    assert policy.disabled_checks == {"NET-003", "DEV-007"}
    assert policy.severity_overrides == (("DEV-001", Severity.HIGH),)
    note = policy.note_for("PWD-001")
    assert note is not None and note.text == "We use Bitwarden."
    assert policy.password_managers == ("Bitwarden", "1Password")
    assert policy.may_snooze("NET-001")
    assert policy.accept_allowed == {"PHI-002", "MFA-004"}
    assert policy.report_folder == "C:\\ProgramData\\HygieneCheckup\\Reports"
    assert dict(loaded.sources)["vpn_required"] == f"HKLM\\{REGISTRY_KEY}"
    assert "breach_api" in loaded.locked


def test_windows_machine_wins_over_file_wins_over_user(tmp_path):
    recorded = json.loads((FIXTURES / "windows_registry.json").read_text(encoding="utf-8"))
    file = _write(
        tmp_path / "HygieneCheckup" / "policy.json",
        {"version": 1, "thresholds": {"eol_warning_days": 90, "screen_lock_minutes": 1}},
    )
    loaded = load(
        env={"ProgramData": str(tmp_path)},
        platform="win32",
        registry=_recorded_registry(recorded),
    )
    policy, origin = loaded.policy, dict(loaded.sources)
    assert policy.vpn_required is VpnRequirement.ALWAYS  # HKLM over HKCU's "never"
    assert policy.screen_lock_minutes == 10  # HKLM over the file and HKCU
    assert policy.eol_warning_days == 90  # the file over HKCU
    assert origin["thresholds.eol_warning_days"] == str(file)
    assert policy.contact == ContactCard(name="Example IT desk", email="it@example.com")
    assert origin["contact"] == f"HKLM\\{REGISTRY_KEY}"


def test_windows_user_policy_applies_when_the_machine_sets_nothing(tmp_path):
    loaded = load(
        env={"ProgramData": str(tmp_path)},
        platform="win32",
        registry=_recorded_registry({"HKLM": {}, "HKCU": {"vpn_required": "never"}}),
    )
    assert loaded.policy.vpn_required is VpnRequirement.NEVER
    assert dict(loaded.sources) == {"vpn_required": f"HKCU\\{REGISTRY_KEY}"}


def test_an_invalid_registry_source_is_ignored_and_the_valid_one_applies(tmp_path):
    loaded = load(
        env={"ProgramData": str(tmp_path)},
        platform="win32",
        registry=_recorded_registry(
            {
                "HKLM": {"Thresholds": {"max_uptime_days": 7}},
                "HKCU": {"DisabledChecks": {"1": "DEV-001"}, "Network": {"breach_check": 2}},
            }
        ),
    )
    assert loaded.policy.max_uptime_days == 7
    assert loaded.policy.disabled_checks == frozenset()  # HKCU's whole key is ignored
    [problem] = loaded.problems
    assert problem.where == f"HKCU\\{REGISTRY_KEY}"
    assert problem.line is None
    assert "network.breach_check" in problem.reason and "true or false" in problem.reason


def test_an_unreadable_registry_key_is_a_problem_not_a_crash(tmp_path):
    def reader(hive: str):
        raise PermissionError(13, "Access is denied")

    loaded = load(env={"ProgramData": str(tmp_path)}, platform="win32", registry=reader)
    assert not loaded.in_force
    assert [p.where for p in loaded.problems] == [
        f"HKLM\\{REGISTRY_KEY}",
        f"HKCU\\{REGISTRY_KEY}",
    ]


# ----- macOS ----------------------------------------------------------------------------------


def _managed(root: Path, user: str | None = None) -> Path:
    folder = root / "Library" / "Managed Preferences"
    if user:
        folder = folder / user
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o755)
    return folder / "io.github.hygienecheckup.HygieneCheckup.plist"


def test_macos_reads_the_profiles_managed_preferences(tmp_path):
    shutil.copy(FIXTURES / "managed_preferences.plist", _managed(tmp_path))
    loaded = load(env={"USER": "ann"}, platform="darwin", root=tmp_path, owner_uid=ME)
    assert loaded.problems == ()
    policy = loaded.policy
    assert policy.vpn_required is VpnRequirement.UNTRUSTED_WIFI
    assert policy.disabled_checks == {"DEV-002"}
    assert policy.password_managers == ("1Password",)
    assert policy.contact == ContactCard(name="Example IT desk", url="https://it.example.com/")


def test_macos_machine_wins_over_the_users_profile(tmp_path):
    shutil.copy(FIXTURES / "managed_preferences.plist", _managed(tmp_path))
    import plistlib

    _managed(tmp_path, "ann").write_bytes(
        plistlib.dumps({"vpn_required": "never", "thresholds": {"max_uptime_days": 3}})
    )
    loaded = load(env={"USER": "ann"}, platform="darwin", root=tmp_path, owner_uid=ME)
    assert loaded.policy.vpn_required is VpnRequirement.UNTRUSTED_WIFI
    assert loaded.policy.max_uptime_days == 3
    assert dict(loaded.sources)["thresholds.max_uptime_days"].endswith(
        "ann/io.github.hygienecheckup.HygieneCheckup.plist"
    )


def test_macos_a_broken_profile_is_a_problem(tmp_path):
    _managed(tmp_path).write_bytes(b"<plist><dict><key>x</key>")
    loaded = load(env={"USER": "ann"}, platform="darwin", root=tmp_path, owner_uid=ME)
    assert not loaded.in_force
    assert "property list" in loaded.problems[0].reason


def test_a_ignored_user_policy_says_the_rest_applies(tmp_path):
    loaded = load(
        env={"ProgramData": str(tmp_path)},
        platform="win32",
        registry=_recorded_registry(
            {"HKLM": {"vpn_required": "always"}, "HKCU": {"vpn_required": "sometimes"}}
        ),
    )
    assert loaded.in_force
    warning = loaded.warning()
    assert "the rest applies" in warning
    assert "usual checks apply" not in warning
    assert f"HKCU\\{REGISTRY_KEY}: vpn_required" in warning


def test_windows_a_programdata_file_a_user_wrote_is_not_a_policy(tmp_path):
    _write(
        tmp_path / "HygieneCheckup" / "policy.json",
        {"version": 1, "checks": {"DEV-001": {"enabled": False}}},
    )
    seen: list[Path] = []

    def written_by_a_user(path: Path) -> str:
        seen.append(path)
        return "Not a policy: written by a user."

    loaded = load(
        env={"ProgramData": str(tmp_path)},
        platform="win32",
        registry=_recorded_registry({}),
        windows_trust=written_by_a_user,
    )
    assert seen == [tmp_path / "HygieneCheckup" / "policy.json"]
    assert not loaded.in_force
    assert loaded.policy.disabled_checks == frozenset()
    assert [p.reason for p in loaded.problems] == ["Not a policy: written by a user."]


class _FakeKey:
    def __init__(self, values: dict, keys: dict) -> None:
        self.values, self.keys = list(values.items()), keys

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class _FakeWinreg:
    """The part of `winreg` the reader uses, over a recorded tree."""

    HKEY_LOCAL_MACHINE, HKEY_CURRENT_USER = "HKLM", "HKCU"
    KEY_READ, KEY_WOW64_64KEY = 0x20019, 0x0100

    def __init__(self, hives: dict) -> None:
        self.hives = hives
        self.access: list[int] = []

    def _node(self, tree: dict) -> _FakeKey:
        values = {k: v for k, v in tree.items() if not isinstance(v, dict)}
        return _FakeKey(values, {k: v for k, v in tree.items() if isinstance(v, dict)})

    def OpenKey(self, parent, sub, reserved, access):
        self.access.append(access)
        if isinstance(parent, str):
            tree = self.hives.get(parent)
            for part in sub.split("\\"):
                if not isinstance(tree, dict) or part not in tree:
                    raise FileNotFoundError(2, "The system cannot find the file specified")
                tree = tree[part]
            return self._node(tree)
        return self._node(parent.keys[sub])

    def EnumValue(self, key, n):
        if n >= len(key.values):
            raise OSError(259, "No more data is available")
        name, data = key.values[n]
        return name, data, 1

    def EnumKey(self, key, n):
        names = list(key.keys)
        if n >= len(names):
            raise OSError(259, "No more data is available")
        return names[n]


def test_the_windows_registry_reader_walks_the_key_through_the_64_bit_view(monkeypatch):
    import sys

    from hygiene_app.services import policy_windows

    policy_key = {
        "vpn_required": "always",
        "Thresholds": {"max_uptime_days": 7},
        "Network": {"ReleaseFeedMirrors": {"chrome": "https://m.example/"}},
    }
    tree: dict = {}
    node = tree
    for part in REGISTRY_KEY.split("\\"):
        node = node.setdefault(part, {})
    node.update(policy_key)
    fake = _FakeWinreg({"HKLM": tree})
    monkeypatch.setitem(sys.modules, "winreg", fake)
    monkeypatch.setattr(sys, "platform", "win32")
    assert policy_windows.read_windows_registry("HKLM") == policy_key
    assert policy_windows.read_windows_registry("HKCU") is None
    assert all(access & fake.KEY_WOW64_64KEY for access in fake.access)


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", True),  # Persian, with a ZWNJ
        ("IT \U0001f469\u200d\U0001f4bb desk", True),  # an emoji sequence with a ZWJ
        ("Line one\nline two", True),
        ("IT \u202edesk", False),  # a bidi override
        ("IT\u2066desk", False),  # a bidi isolate
        ("IT\x1b[2Jdesk", False),
        ("IT\rdesk", False),
        ("IT\u2028desk", False),  # a line separator
    ],
)
def test_texts_keep_what_scripts_need_and_refuse_what_a_terminal_obeys(tmp_path, text, valid):
    path = _write(tmp_path / "p.json", {"version": 1, "contact": {"message": text}})
    loaded = load_policy(path=path, env={})
    assert loaded.in_force is valid, loaded.problems
    if valid:
        assert loaded.policy.contact == ContactCard(message=text)

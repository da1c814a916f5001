"""DEV-006: SSH private keys are protected by a passphrase.

Parsers on real keys made with ssh-keygen (tests/fixtures/ssh_keys, throwaway keys), on broken
files and on anything hypothesis draws; the check end to end on this computer's file reader with
a made-up home folder; and snapshots that keep no key material."""

from __future__ import annotations

import base64
import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hygiene_app.checks import ssh_keys as sk
from hygiene_app.checks.recording import minimise_recording
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.live import LiveFileReader, live_seams
from hygiene_app.engine.model import OSFamily, Severity, Status
from hygiene_app.engine.probes import FileOutcome, FileRead
from hygiene_app.engine.snapshot import Recorder, Snapshot
from tests.support import FIXTURES, machine, run_check

KEYS = FIXTURES / "ssh_keys"
S = sk.KeyState


def key(name: str) -> str:
    return (KEYS / name).read_text()


EXPECTED = {
    "ed25519_unprotected": S.UNPROTECTED,
    "ed25519_protected": S.PROTECTED,
    "rsa_openssh_unprotected": S.UNPROTECTED,
    "rsa_pem_unprotected": S.UNPROTECTED,
    "rsa_pem_protected": S.PROTECTED,
    "pkcs8_unprotected": S.UNPROTECTED,
    "pkcs8_protected": S.PROTECTED,
    "sk_ed25519": S.SECURITY_KEY,
    "putty_unprotected.ppk": S.UNPROTECTED,
    "putty_protected.ppk": S.PROTECTED,
    "ec_params_unprotected": S.UNPROTECTED,
    "ec_params_protected": S.PROTECTED,
    "openssh_cut_short": S.UNREADABLE,
    "openssh_garbage": S.UNREADABLE,
    "pem_header_only": S.UNREADABLE,
}


@pytest.mark.parametrize(("name", "state"), EXPECTED.items())
def test_each_kind_of_key_file(name, state):
    assert sk.parse_key_head(key(name)) is state


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\x00\x00",
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI... user@host\n",  # a public key
        "-----BEGIN CERTIFICATE-----\nMIIB\n",
        "Host *\n  IdentityFile ~/.ssh/id_ed25519\n",
        "github.com ssh-ed25519 AAAA\n",
        "Schlüssel: geheim\n",
    ],
)
def test_files_that_are_no_private_key(text):
    assert sk.parse_key_head(text) is None
    assert sk.stand_in(text) is None


def test_carriage_returns_and_spaces_around_lines_are_fine():
    text = key("ed25519_protected").replace("\n", "\r\n")
    assert sk.parse_key_head(text) is S.PROTECTED
    assert sk.parse_key_head(key("rsa_pem_protected").replace("\n", " \r\n")) is S.PROTECTED


def test_an_openssh_key_is_judged_from_its_first_fields_only():
    """The cipher and the key type come before any secret: decoding stops at the first step
    (120 bytes), which for an unprotected ed25519 key ends before its private key."""
    body = "".join(key("ed25519_unprotected").splitlines()[1:-1])
    data = base64.b64decode(body)
    head = sk.parse_openssh_head(data[: sk._OPENSSH_STEPS[0] * 3 // 4])
    assert head == sk.OpenSshHead("none", "none", "ssh-ed25519")
    # The secret (64 bytes at the end of the private section) lies past what was decoded.
    assert len(data) - 64 - 16 > sk._OPENSSH_STEPS[0] * 3 // 4


def test_a_security_key_is_fine_even_without_a_passphrase():
    head_text = key("sk_ed25519")
    assert sk.parse_key_head(head_text) is S.SECURITY_KEY
    assert "sk-ssh-ed25519@openssh.com" in key("sk_ed25519.pub")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=800))
def test_any_text_never_crashes_and_the_stand_in_agrees(text):
    state = sk.parse_key_head(text)
    small = sk.stand_in(text)
    assert (state is None) is (small is None)
    if small is not None:
        assert sk.parse_key_head(small) is state


@settings(max_examples=300, deadline=None)
@given(
    header=st.sampled_from(
        [
            sk.OPENSSH_HEADER,
            "-----BEGIN RSA PRIVATE KEY-----",
            "-----BEGIN PRIVATE KEY-----",
            "PuTTY-User-Key-File-3: ssh-ed25519",
        ]
    ),
    body=st.text(alphabet="ABCDEFabcdef0123456789+/=:-\n ,", max_size=600)
    | st.binary(max_size=300).map(lambda b: base64.b64encode(b"openssh-key-v1\x00" + b).decode()),
)
def test_headers_with_any_body_never_crash(header, body):
    state = sk.parse_key_head(f"{header}\n{body}")
    assert state in S
    assert sk.parse_key_head(sk.stand_in(f"{header}\n{body}") or "") is state


@pytest.mark.parametrize("name", [n for n, s in EXPECTED.items() if s is not S.UNREADABLE])
def test_the_stand_in_holds_none_of_the_key(name):
    text = key(name)
    small = sk.stand_in(text)
    assert small is not None and sk.parse_key_head(small) is EXPECTED[name]
    body = [ln for ln in text.splitlines()[1:] if len(ln) > 20 and ":" not in ln and "--" not in ln]
    assert body and not any(line in small for line in body)
    assert "DEK-Info" not in small and "Argon2-Salt" not in small
    assert len(small) < 200


# ----- the check ----------------------------------------------------------------------------


def home_with(tmp_path: Path, names: dict[str, str], extra: bool = True) -> Path:
    home = tmp_path / "home"
    ssh = home / ".ssh"
    ssh.mkdir(parents=True)
    for target, source in names.items():
        (ssh / target).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(KEYS / source, ssh / target)
    if extra:
        (ssh / "known_hosts").write_text("github.com ssh-ed25519 AAAAC3Nza\n")
        (ssh / "config").write_text("Host *\n  AddKeysToAgent yes\n")
        (ssh / "notes.txt").write_text("my bank PIN is 1234\n")
        (ssh / "id_ed25519.pub").write_text("ssh-ed25519 AAAAC3Nza me@host\n")
    return home


def live_here(home: Path):
    live = live_seams(offline=True)
    return replace(live, platform=replace(live.platform, home=str(home)))


def test_this_computer_with_unprotected_protected_and_security_keys(tmp_path):
    home = home_with(
        tmp_path,
        {
            "id_ed25519": "ed25519_unprotected",
            "id_rsa": "rsa_pem_protected",
            "id_ed25519_sk": "sk_ed25519",
            "work/deploy": "rsa_openssh_unprotected",
            "work/ci": "ed25519_protected",
            "id_rsa.old": "pkcs8_unprotected",
        },
    )
    finding = run_check(sk.SshKeysCheck(), live_here(home))
    assert finding.status is Status.FAIL and finding.severity is Severity.MEDIUM
    assert finding.summary == "3 SSH keys have no passphrase (id_ed25519, id_rsa.old, work/deploy)"
    facts = {f.label: f.value for f in finding.facts}
    assert facts["Without a passphrase"] == "id_ed25519, id_rsa.old, work/deploy"
    assert facts["Protected by a passphrase"] == "id_rsa, work/ci"
    assert facts["On a security key"] == "id_ed25519_sk"
    assert facts["Private keys found"] == "6"
    assert finding.fix is not None and finding.fix.verify_check == "DEV-006"
    steps = finding.fix.steps_for(OSFamily.LINUX)
    assert steps[0].command == "ssh-keygen -p -f ~/.ssh/id_ed25519"


def test_a_key_below_openssl_ecparams_curve_parameters_is_found(tmp_path):
    """`openssl ecparam -genkey` puts an EC PARAMETERS block first; ssh-keygen -y reads the key
    below it, so it is a key like any other (it was passed over as "no keys")."""
    home = home_with(tmp_path, {"aws.pem": "ec_params_unprotected", "git": "ec_params_protected"})
    finding = run_check(sk.SshKeysCheck(), live_here(home))
    assert finding.status is Status.FAIL
    assert finding.summary == "1 SSH key has no passphrase (aws.pem)"
    assert {f.label: f.value for f in finding.facts}["Protected by a passphrase"] == "git"


def test_curve_parameters_alone_are_no_key(tmp_path):
    params = "".join(key("ec_params_unprotected").splitlines(keepends=True)[:3])
    assert sk.parse_key_head(params) is None and sk.stand_in(params) is None
    assert sk.parse_key_head(sk.EC_PARAMETERS_HEADER + "\nBggq\n") is None
    home = home_with(tmp_path, {})
    (home / ".ssh" / "prime256v1.pem").write_text(params)
    finding = run_check(sk.SshKeysCheck(), live_here(home))
    assert finding.status is Status.PASS
    assert finding.summary == "No SSH private keys in your .ssh folder"


def test_protected_and_security_keys_pass(tmp_path):
    home = home_with(tmp_path, {"id_ed25519": "ed25519_protected", "id_sk": "sk_ed25519"})
    finding = run_check(sk.SshKeysCheck(), live_here(home))
    assert finding.status is Status.PASS
    assert finding.summary == "Your 2 SSH keys are protected"


def test_no_ssh_folder_passes_with_nothing_found(tmp_path):
    (tmp_path / "home").mkdir()
    finding = run_check(sk.SshKeysCheck(), live_here(tmp_path / "home"))
    assert finding.status is Status.PASS
    assert {f.label: f.value for f in finding.facts} == {"Private keys found": "none"}


def test_a_folder_that_cannot_be_listed_is_unknown():
    seams = machine("debian", dirs={"/home/user/.ssh": None}, mtimes={"/home/user/.ssh": 1.0})
    finding = run_check(sk.SshKeysCheck(), seams)
    assert finding.status is Status.UNKNOWN
    assert "could not be read" in finding.reason


def test_a_key_not_understood_is_unknown_unless_another_has_no_passphrase():
    files = {
        "/home/user/.ssh/odd": key("openssh_garbage"),
        "/home/user/.ssh/id_ed25519": key("ed25519_protected"),
    }
    seams = machine("debian", dirs={"/home/user/.ssh": ["id_ed25519", "odd"]}, files=files)
    finding = run_check(sk.SshKeysCheck(), seams)
    assert finding.status is Status.UNKNOWN and "odd" in finding.reason
    files["/home/user/.ssh/plain"] = key("pkcs8_unprotected")
    seams = machine("debian", dirs={"/home/user/.ssh": ["id_ed25519", "odd", "plain"]}, files=files)
    assert run_check(sk.SshKeysCheck(), seams).status is Status.FAIL


def test_a_file_closed_to_its_owner_is_unknown():
    files = {"/home/user/.ssh/id_rsa": FileOutcome.DENIED}
    seams = machine("debian", dirs={"/home/user/.ssh": ["id_rsa"]}, files=files)
    finding = run_check(sk.SshKeysCheck(), seams)
    assert finding.status is Status.UNKNOWN and "id_rsa" in finding.reason


def test_windows_reads_the_profiles_ssh_folder():
    folder = r"C:\Users\user\.ssh"
    seams = machine(
        "windows",
        dirs={folder: ["id_ed25519", "id_ed25519.pub", "known_hosts"]},
        files={folder + r"\id_ed25519": key("ed25519_unprotected")},
    )
    finding = run_check(sk.SshKeysCheck(), seams)
    assert finding.status is Status.FAIL
    assert "ssh-keygen -p -f" in (finding.fix.steps_for(seams.platform.os)[0].command or "")


class SpyFiles:
    """This computer's file reader, noting what was read whole."""

    def __init__(self) -> None:
        self.inner = LiveFileReader()
        self.whole: list[str] = []

    def read_text(self, path: str) -> FileRead:
        self.whole.append(Path(path).name)
        return self.inner.read_text(path)

    def read_first_line(self, path: str) -> FileRead:
        return self.inner.read_first_line(path)

    def list_dir(self, path: str):
        return self.inner.list_dir(path)

    def mtime(self, path: str):
        return self.inner.mtime(path)


def test_only_key_files_are_read_past_their_first_line_and_big_ones_not_at_all(tmp_path):
    home = home_with(tmp_path, {"id_ed25519": "ed25519_protected"})
    big = home / ".ssh" / "huge_key"
    big.write_text(sk.OPENSSH_HEADER + "\n" + "A" * (sk.MAX_KEY_BYTES + 10) + "\n")
    spy = SpyFiles()
    seams = replace(live_here(home), files=spy)
    finding = run_check(sk.SshKeysCheck(), seams)
    assert spy.whole == ["id_ed25519"]  # not notes.txt, config, known_hosts, huge_key
    assert finding.status is Status.UNKNOWN and "huge_key" in finding.reason


# ----- snapshots ----------------------------------------------------------------------------


def test_a_snapshot_of_a_key_folder_holds_no_key_and_replays_the_same(tmp_path):
    names = {n: n for n, s in EXPECTED.items() if s is not S.UNREADABLE}
    home = home_with(tmp_path, names)
    recorder = Recorder(live_here(home), minimise=minimise_recording)
    live = run_check(sk.SshKeysCheck(), recorder.seams)
    snap = recorder.snapshot(redact=False)
    saved = json.dumps(snap.to_json())
    for name in names:
        for line in key(name).splitlines()[1:]:
            if len(line) > 20 and not line.startswith(("-----", "PuTTY", "Encryption", "Proc-")):
                assert line not in saved, (name, line)
    assert "PIN" not in saved  # a non-key file's first line is not kept either
    replayed = run_check(sk.SshKeysCheck(), Snapshot.from_json(json.loads(saved)).seams())
    assert (replayed.status, replayed.summary, replayed.facts) == (
        live.status,
        live.summary,
        live.facts,
    )
    assert live.status is Status.FAIL


def test_a_key_read_by_any_check_is_cut_down_in_a_snapshot():
    snap = Snapshot.from_json(
        Snapshot(
            platform=machine("debian").platform,
            clock=0.0,
            files={
                "/srv/deploy_key": FileRead(
                    "/srv/deploy_key", FileOutcome.OK, key("rsa_pem_unprotected")
                )
            },
        ).to_json()
    )
    small = minimise_recording(snap).files["/srv/deploy_key"]
    assert small.text == "-----BEGIN RSA PRIVATE KEY-----\n\n"
    assert small.size == len(key("rsa_pem_unprotected").encode())


def test_the_check_reads_through_the_context_only():
    ctx = ProbeContext(machine("macos"))
    finding = sk.SshKeysCheck().run(ctx)
    assert finding.status is Status.PASS  # no folder in this made-up Mac


def test_a_folder_of_many_files_is_looked_at_only_so_far():
    names = [f"f{i:03}" for i in range(300)]
    dirs = {"/home/user/.ssh": names} | {f"/home/user/.ssh/{n}": names for n in names}
    seen: list[str] = []

    class Counting:
        def __init__(self, inner):
            self.inner = inner

        def read_text(self, path):
            return self.inner.read_text(path)

        def read_first_line(self, path):
            seen.append(path)
            return self.inner.read_first_line(path)

        def list_dir(self, path):
            return self.inner.list_dir(path)

        def mtime(self, path):
            return self.inner.mtime(path)

    base = machine("debian", dirs=dirs)
    finding = run_check(sk.SshKeysCheck(), replace(base, files=Counting(base.files)))
    assert finding.status is Status.PASS
    assert len(seen) == sk.MAX_FILES

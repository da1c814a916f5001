"""Privacy tests that can fail: a canary password goes through the strength lab, the breach check
and the CLI, and afterwards neither it, nor its SHA-1, nor its hash suffix is anywhere under the
test's HOME, config, cache, data, state or log folders, or the temp folder; and the breach-check
server saw only 5-hex prefixes."""

from __future__ import annotations

import io
import json
import logging
import os
import secrets
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from hygiene_app.cli_password import add_password_parser, cmd_password
from hygiene_app.engine.live import LiveHttpClient
from hygiene_app.services.passwords.breach import BreachStatus, RangeClient, sha1_hex
from hygiene_app.services.passwords.strength import rate
from tests.services.passwords.server import RecordingServer, assert_k_anonymous, recording_server

REPO = Path(__file__).resolve().parent.parent


def _cli_wired() -> bool:
    try:
        done = subprocess.run(
            [sys.executable, "-m", "hygiene_app", "password", "--help"],
            capture_output=True,
            timeout=60,
            cwd=REPO,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


CLI_WIRED = _cli_wired()


def canary() -> str:
    return f"Canary-Pa55w0rd-ZZ93-{secrets.token_hex(6)}"


def forms(password: str) -> dict[str, bytes]:
    """Every spelling of the secret we refuse to find on disk, as bytes."""
    digest = sha1_hex(password)
    texts = {
        "password": password,
        "sha1": digest,
        "sha1 lower": digest.lower(),
        "suffix": digest[5:],
        "suffix lower": digest[5:].lower(),
    }
    found: dict[str, bytes] = {}
    for name, text in texts.items():
        found[f"{name} utf-8"] = text.encode("utf-8")
        found[f"{name} utf-16-le"] = text.encode("utf-16-le")
        found[f"{name} utf-16-be"] = text.encode("utf-16-be")
    return found


def leaks(root: Path, password: str) -> list[str]:
    """Files (and names) under `root` that hold any form of `password`."""
    needles = forms(password)
    hits = []
    for path in sorted(root.rglob("*")):
        for name, needle in needles.items():
            if needle in os.fsencode(str(path.relative_to(root))):
                hits.append(f"{path} (name): {name}")
        if path.is_symlink() or not path.is_file():
            continue
        data = path.read_bytes()
        for name, needle in needles.items():
            if needle in data:
                hits.append(f"{path}: {name}")
    return hits


class Tree:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.home = root / "home"
        self.tmp = root / "tmp"
        self.logs = root / "logs"
        self.env = {
            "HOME": str(self.home),
            "USERPROFILE": str(self.home),
            "XDG_CONFIG_HOME": str(self.home / ".config"),
            "XDG_CACHE_HOME": str(self.home / ".cache"),
            "XDG_DATA_HOME": str(self.home / ".local" / "share"),
            "XDG_STATE_HOME": str(self.home / ".local" / "state"),
            "XDG_RUNTIME_DIR": str(root / "run"),
            "TMPDIR": str(self.tmp),
            "TEMP": str(self.tmp),
            "TMP": str(self.tmp),
        }
        for value in {*self.env.values(), str(self.logs)}:
            Path(value).mkdir(parents=True, exist_ok=True)


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Tree]:
    tree = Tree(tmp_path / "privacy")
    for key, value in tree.env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setattr(tempfile, "tempdir", None)  # re-read TMPDIR
    # Everything logged at any level goes to a file in the tree, where the scan will look.
    handler = logging.FileHandler(tree.logs / "debug.log", encoding="utf-8")
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield tree
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        handler.close()


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    with recording_server() as srv:
        yield srv


def test_the_scan_finds_a_planted_canary(tmp_path):
    """The scan itself can fail: plant each form and it must be found."""
    password = canary()
    for name, needle in forms(password).items():
        root = tmp_path / name.replace(" ", "_")
        (root / "deep" / "er").mkdir(parents=True)
        (root / "deep" / "er" / "file.bin").write_bytes(b"\x00junk" + needle + b"junk")
        assert leaks(root, password), name
    named = tmp_path / "named"
    named.mkdir()
    (named / f"{password}.txt").write_text("nothing inside")
    assert leaks(named, password)
    assert leaks(tmp_path / "clean-does-not-exist", password) == []


def test_canary_in_process(tree: Tree, server: RecordingServer):
    password = canary()
    server.add_password(password, 4242)

    # The strength lab.
    for end in range(1, len(password) + 1):  # as if typed, one keystroke at a time
        rate(password[:end], ("Canary User", "canary@example.org"))

    # The breach check.
    result = RangeClient(LiveHttpClient(), server.url).check(password)
    assert result.status is BreachStatus.FOUND
    assert result.count == 4242
    assert password not in repr(result)

    # The CLI command, in process.
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--offline", action="store_true")
    add_password_parser(parser.add_subparsers(dest="command"))
    out, err = io.StringIO(), io.StringIO()
    for fmt in ("json", "text"):
        args = parser.parse_args(
            ["password", "--breach-check", "--breach-api", server.url, "--format", fmt]
        )
        code = cmd_password(
            args, out, err, stdin=io.StringIO(password + "\n"), http=LiveHttpClient()
        )
        assert code == 0
    printed = out.getvalue() + err.getvalue()
    digest = sha1_hex(password)
    for secret in (password, digest, digest[5:], digest.lower(), digest[5:].lower()):
        assert secret not in printed

    logging.getLogger().handlers[-1].flush()
    assert (tree.logs / "debug.log").exists()
    assert leaks(tree.root, password) == []
    assert_k_anonymous(server, password)
    assert len(server.requests) == 3


@pytest.mark.skipif(not CLI_WIRED, reason="`hygiene-app password` is not wired into the CLI yet")
def test_canary_through_the_cli_subprocess(tree: Tree, server: RecordingServer):
    password = canary()
    server.add_password(password, 7)
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "HYGIENE_"))},
        **tree.env,
        "HYGIENE_DEBUG": "1",
        "QT_QPA_PLATFORM": "offscreen",
        "NO_PROXY": "127.0.0.1,localhost",
    }
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "hygiene_app",
            "password",
            "--breach-check",
            "--breach-api",
            server.url,
            "--format",
            "json",
        ],
        input=password + "\n",
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert doc["breach"]["status"] == "found"
    assert doc["breach"]["count"] == 7
    digest = sha1_hex(password)
    for secret in (password, digest, digest[5:], digest.lower(), digest[5:].lower()):
        assert secret not in done.stdout
        assert secret not in done.stderr
    assert leaks(tree.root, password) == []
    assert_k_anonymous(server, password)


def test_canary_through_the_audit_cli_subprocess(tree: Tree, server: RecordingServer, tmp_path):
    """The export itself holds the canary (that is the user's own file, outside the tree);
    nothing the audit writes, prints or sends may."""
    password = canary()
    server.add_password(password, 12)
    export = tmp_path / "outside" / "Chrome Passwords.csv"
    export.parent.mkdir()
    export.write_text(
        "name,url,username,password,note\n"
        f"forum,https://forum.example.com,ann,{password},\n"
        f"shop,https://shop.example.net,ann,{password},\n",
        encoding="utf-8",
    )
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "HYGIENE_"))},
        **tree.env,
        "HYGIENE_DEBUG": "1",
        "NO_PROXY": "127.0.0.1,localhost",
    }
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "hygiene_app",
            "audit-passwords",
            str(export),
            "--breach-check",
            "--breach-api",
            server.url,
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
        env=env,
    )
    assert done.returncode == 1, done.stderr  # findings: reused and breached
    report = json.loads(done.stdout)
    assert report["summary"]["breached"] == 2 and report["summary"]["reused"] == 2
    digest = sha1_hex(password)
    for secret in (password, digest, digest[5:], digest.lower(), digest[5:].lower()):
        assert secret not in done.stdout
        assert secret not in done.stderr
    assert leaks(tree.root, password) == []
    assert_k_anonymous(server, password)
    assert len(server.requests) == 1  # one prefix, asked once


def test_cli_rates_passwords_built_from_the_users_name_weaker(capsys):
    import argparse

    from hygiene_app.services.settings import Settings, SettingsStore, default_settings_path

    def score() -> int:
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers(dest="command")
        add_password_parser(sub)
        args = parser.parse_args(["password", "--format", "json"])
        out = io.StringIO()
        assert cmd_password(args, out, io.StringIO(), stdin=io.StringIO("zoraidaquenby\n")) == 0
        return int(json.loads(out.getvalue())["strength"]["score"])

    plain = score()
    SettingsStore(default_settings_path()).save(Settings(user_hints=("Zoraida Quenby",)))
    assert score() < plain

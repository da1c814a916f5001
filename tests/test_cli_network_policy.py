"""The command line honours the organisation's network switches and mirrors as the app does.

A policy that turns the breach check off means `password` and `audit-passwords` send nothing to
Pwned Passwords (and say why); a policy mirror is the one asked, whatever `--breach-api` or the
settings say; a policy that turns the 2FA Directory off means no download from the terminal.
Every "server" is a local one on 127.0.0.1 that counts what it was asked.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from hygiene_app import cli
from hygiene_app.cli_network import BREACH_TURNED_OFF, breach_lookup
from hygiene_app.services.passwords.breach import DEFAULT_API
from tests.services.passwords.server import RecordingServer, recording_server

PASSWORD = "Canary-Net-Policy-42!"
EXPORT = "url,username,password\nhttps://mail.example.com,alice,Canary-Net-Policy-42!\n"


@pytest.fixture
def server() -> RecordingServer:  # type: ignore[misc]
    with recording_server() as srv:
        yield srv


@pytest.fixture
def other() -> RecordingServer:  # type: ignore[misc]
    with recording_server() as srv:
        yield srv


def _policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, network: dict[str, object]) -> None:
    path = tmp_path / "policy.json"
    path.write_text(json.dumps({"version": 1, "network": network}), encoding="utf-8")
    monkeypatch.setenv("HYGIENE_APP_POLICY", str(path))


def _main(
    argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code = cli.main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _export(tmp_path: Path) -> str:
    path = tmp_path / "export.csv"
    path.write_text(EXPORT, encoding="utf-8")
    return str(path)


def test_password_sends_nothing_when_the_organisation_turned_the_breach_check_off(
    tmp_path: Path,
    server: RecordingServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _policy(tmp_path, monkeypatch, {"breach_check": False})
    argv = ["password", "--breach-check", "--breach-api", server.url, "--format", "json"]
    code, out, err = _main(argv, capsys, monkeypatch)
    assert code == 0
    assert server.requests == []
    assert json.loads(out)["breach"] is None
    assert BREACH_TURNED_OFF in err
    code, out, err = _main(argv[:-2], capsys, monkeypatch)
    assert code == 0 and server.requests == []
    assert "Breaches:" not in out and BREACH_TURNED_OFF in err


def test_password_asks_the_organisations_mirror_not_the_one_given(
    tmp_path: Path,
    server: RecordingServer,
    other: RecordingServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _policy(tmp_path, monkeypatch, {"breach_check": True, "breach_api": server.url})
    server.add_password(PASSWORD, 7)
    argv = ["password", "--breach-check", "--breach-api", other.url, "--format", "json"]
    code, out, _ = _main(argv, capsys, monkeypatch)
    assert code == 0
    assert json.loads(out)["breach"]["count"] == 7
    assert len(server.requests) == 1 and other.requests == []


def test_audit_sends_nothing_when_the_organisation_turned_the_breach_check_off(
    tmp_path: Path,
    server: RecordingServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _policy(tmp_path, monkeypatch, {"breach_check": False})
    path = _export(tmp_path)
    code, out, err = _main(
        ["audit-passwords", path, "--breach-check", "--breach-api", server.url], capsys, monkeypatch
    )
    assert server.requests == []
    assert code in (0, 1)  # never 4 ("lookups failed"): none was made
    assert BREACH_TURNED_OFF in out and BREACH_TURNED_OFF in err
    assert "add --breach-check" not in out


def test_audit_asks_the_organisations_mirror(
    tmp_path: Path,
    server: RecordingServer,
    other: RecordingServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _policy(tmp_path, monkeypatch, {"breach_api": server.url})
    path = _export(tmp_path)
    code, out, _ = _main(
        ["audit-passwords", path, "--breach-check", "--breach-api", other.url, "--format", "json"],
        capsys,
        monkeypatch,
    )
    assert code in (0, 1), out
    assert len(server.requests) == 1 and other.requests == []


def test_without_a_policy_the_lookup_is_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    lookup = breach_lookup(None)
    assert lookup.allowed and lookup.api == DEFAULT_API
    assert breach_lookup("http://127.0.0.1:9/range/").api == "http://127.0.0.1:9/range/"


def test_check_never_downloads_the_2fa_directory_and_knows_the_mirror(
    tmp_path: Path,
    server: RecordingServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A guard more than a fix: the terminal's checkup reads the 2FA Directory only from the
    cache, and with the organisation's switch off it must stay so; the mirror is the one the
    cache is kept for."""
    from hygiene_app.cli import _this_computer

    url = server.url + "/all.json"
    _policy(tmp_path, monkeypatch, {"mfa_directory": False, "mfa_directory_url": url})
    seen: list[str] = []
    import hygiene_app.services.mfa.setup as setup

    real = setup.directory_cache

    def spy(http, settings):  # type: ignore[no-untyped-def]
        seen.append(settings.mfa_directory_url)
        return real(http, settings)

    monkeypatch.setattr(setup, "directory_cache", spy)
    _this_computer(offline=False)
    assert seen == [url]
    code, _, _ = _main(["check", "--only", "MFA-001", "--format", "json"], capsys, monkeypatch)
    assert code in (0, 1, 3)
    assert server.requests == []

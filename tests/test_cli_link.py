"""`hygiene-app link`: exit codes, the JSON document, hostile links kept off the terminal, and
the user's own account domains read from the inventory without touching it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from hygiene_app.cli import main
from hygiene_app.cli_link import EXIT_OK, EXIT_SUSPICIOUS, EXIT_USAGE, read_inventory_domains
from hygiene_app.services.mfa.inventory import InventoryStore, default_inventory_path
from hygiene_app.services.mfa.model import Account, Category, MfaState


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["link", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_nothing_suspicious_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(["https://www.wikipedia.org/"], capsys)
    assert code == EXIT_OK
    assert "Nothing suspicious" in out
    assert "not opened" in out
    assert err == ""


def test_suspicious_exits_1_with_the_reasons(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["https://paypal.com@evil.example/login"], capsys)
    assert code == EXIT_SUSPICIOUS
    assert "Goes to: evil.example" in out
    assert "Why:" in out
    assert "really goes to \u201cevil.example\u201d" in out


def test_notes_alone_are_not_suspicious(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["https://xn--bcher-kva.de/"], capsys)
    assert code == EXIT_OK
    assert "Good to know:" in out
    assert "bücher.de" in out


@pytest.mark.parametrize("url", ["", "   ", "https://", "https://a b.example/", "x" * 9000])
def test_not_a_link_is_a_usage_error_in_one_line(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run([url], capsys)
    assert code == EXIT_USAGE
    assert out == ""
    assert err.startswith("hygiene-app link: error:") and err.count("\n") == 1


def test_no_link_at_all_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run([], capsys)
    assert code == EXIT_USAGE
    assert out == ""
    assert "URL" in err


def test_json_document(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["http://3232235777/login", "--format", "json"], capsys)
    assert code == EXIT_SUSPICIOUS
    doc = json.loads(out)
    assert doc["version"] == 1
    assert doc["suspicious"] is True
    assert doc["url"] == "http://3232235777/login"
    assert doc["domain"] == "192.168.1.1"
    ids = {r["id"] for r in doc["reasons"]}
    assert {"numeric-ip", "http-login"} <= ids
    assert all(r["level"] in ("warning", "note") and r["text"] for r in doc["reasons"])
    assert set(doc) == {
        "version",
        "url",
        "suspicious",
        "summary",
        "scheme",
        "host",
        "host_ascii",
        "domain",
        "reasons",
    }


def test_json_of_a_clean_link(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["--format", "json", "https://bücher.de/"], capsys)
    assert code == EXIT_OK
    doc = json.loads(out)
    assert doc["suspicious"] is False and doc["reasons"] == []
    assert doc["host"] == "bücher.de" and doc["host_ascii"] == "xn--bcher-kva.de"


HOSTILE = "https://evil.example/\x1b]8;;https://paypal.com\x07\x1b[2J\u202egpj.exe\r"


def test_a_hostile_link_never_reaches_the_terminal_raw(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (
        [HOSTILE],
        [HOSTILE, "--format", "json"],
        ["https://pay\u202epal.com/\x1b[2J"],
        ["https://pay\x1b[31mpal.com/"],  # not even a valid host: a usage error, just as safe
    ):
        code, out, err = _run(argv, capsys)
        assert code in (EXIT_SUSPICIOUS, EXIT_USAGE)
        for char in ("\x1b", "\x07", "\u202e", "\r"):
            assert char not in out + err, (argv, char)
    doc = json.loads(_run([HOSTILE, "--format", "json"], capsys)[1])
    assert doc["url"] == HOSTILE  # escaped on the terminal, intact for a program


def _inventory_with(domain: str) -> Path:
    path = default_inventory_path()
    store = InventoryStore(path)
    store.add(Account(None, "My Bank", domain, "me@example.org", Category.BANKING, MfaState.ON))
    store.close()
    return path


def test_the_users_own_account_domains_are_protected(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["https://rnybank.co.uk/"], capsys)[0] == EXIT_OK
    path = _inventory_with("mybank.co.uk")
    before = path.read_bytes()
    code, out, _ = _run(["https://rnybank.co.uk/"], capsys)
    assert code == EXIT_SUSPICIOUS
    assert "mybank" in out
    assert _run(["https://www.mybank.co.uk/login"], capsys)[0] == EXIT_OK
    assert path.read_bytes() == before  # read only


def test_an_unreadable_inventory_is_no_inventory(tmp_path: Path) -> None:
    assert read_inventory_domains(tmp_path / "missing.sqlite3") == ()
    garbage = tmp_path / "inventory.sqlite3"
    garbage.write_bytes(b"not a database at all" * 100)
    assert read_inventory_domains(garbage) == ()
    assert garbage.read_bytes() == b"not a database at all" * 100
    assert not any(p.name != garbage.name for p in tmp_path.iterdir())


def test_a_replay_does_not_apply(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--replay", "x.json", "link", "https://example.com/"])
    assert code == EXIT_USAGE
    assert "does not apply" in capsys.readouterr().err


def test_the_installed_command(tmp_path: Path) -> None:
    """The real entry point, in a process of its own: exit code and output as a script sees."""
    run = subprocess.run(
        [sys.executable, "-m", "hygiene_app", "link", "https://paypa1.com/", "--format", "json"],
        capture_output=True,
        text=True,
        timeout=60,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "XDG_DATA_HOME": str(tmp_path)},
        check=False,
    )
    assert run.returncode == EXIT_SUSPICIOUS, run.stderr
    assert json.loads(run.stdout)["reasons"][0]["id"] == "lookalike"

"""`hygiene-app password`, called directly (the lead wires it into hygiene_app.cli)."""

from __future__ import annotations

import argparse
import io
import json

import pytest

from hygiene_app.cli_password import add_password_parser, cmd_password
from hygiene_app.engine.live import LiveHttpClient
from hygiene_app.services.passwords.breach import sha1_hex

PASSWORD = "Tr0ub4dor&3-cli-test"


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # like hygiene_app.cli._Parser
        raise _UsageError(message)


def parse(*argv: str) -> argparse.Namespace:
    parser = _Parser(prog="hygiene-app")
    parser.add_argument("--offline", action="store_true")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    add_password_parser(sub)
    return parser.parse_args(argv)


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(argv, stdin_text, **kwargs):
    out, err = io.StringIO(), io.StringIO()
    code = cmd_password(parse("password", *argv), out, err, stdin=io.StringIO(stdin_text), **kwargs)
    return code, out.getvalue(), err.getvalue()


def test_text_output():
    code, out, err = run([], "password\n")
    assert code == 0
    assert "Strength: Very weak (0 of 4)" in out
    assert "Time to guess:" in out
    assert "common password" in out
    assert "password" not in out.replace("common password", "").replace("Password", "")
    assert err == ""


def test_json_output_has_no_password_or_hash():
    code, out, _ = run(["--format", "json"], PASSWORD + "\n")
    assert code == 0
    doc = json.loads(out)
    assert set(doc) == {"strength", "breach"}
    assert doc["breach"] is None
    assert doc["strength"]["length"] == len(PASSWORD)
    assert 0 <= doc["strength"]["score"] <= 4
    digest = sha1_hex(PASSWORD)
    for secret in (PASSWORD, digest, digest[5:], digest.lower()):
        assert secret not in out


def test_only_the_trailing_newline_is_stripped():
    _, out, _ = run(["--format", "json"], "  spaced  \r\n")
    assert json.loads(out)["strength"]["length"] == len("  spaced  ")
    _, out, _ = run(["--format", "json"], "no newline at all")
    assert json.loads(out)["strength"]["length"] == len("no newline at all")
    _, out, _ = run(["--format", "json"], "first line\nsecond line\n")
    assert json.loads(out)["strength"]["length"] == len("first line")


def test_empty_line_is_rated_very_weak():
    code, out, _ = run(["--format", "json"], "\n")
    assert code == 0
    assert json.loads(out)["strength"]["score"] == 0


def test_no_input_is_a_usage_error():
    code, out, err = run([], "")
    assert code == 2
    assert out == ""
    assert "no password" in err


def test_very_long_and_odd_input():
    code, out, _ = run(["--format", "json"], "🔑\u202e\x00" * 300 + "\n")
    assert code == 0
    assert json.loads(out)["strength"]["truncated"] is True


def test_prompt_on_a_terminal_uses_getpass(monkeypatch):
    seen = {}

    def fake_getpass(prompt, stream=None):
        seen["prompt"] = prompt
        return "password"

    monkeypatch.setattr("getpass.getpass", fake_getpass)
    out, err = io.StringIO(), io.StringIO()
    assert cmd_password(parse("password"), out, err, stdin=_Tty()) == 0
    assert "not shown" in seen["prompt"]
    assert "Very weak" in out.getvalue()


def test_prompt_eof_is_a_usage_error(monkeypatch):
    def eof(prompt, stream=None):
        raise EOFError

    monkeypatch.setattr("getpass.getpass", eof)
    out, err = io.StringIO(), io.StringIO()
    assert cmd_password(parse("password"), out, err, stdin=_Tty()) == 2


def test_breach_check_against_local_server(server):
    server.add_password(PASSWORD, 1234)
    code, out, _ = run(
        ["--breach-check", "--breach-api", server.url, "--format", "json"],
        PASSWORD + "\n",
        http=LiveHttpClient(),
    )
    assert code == 0
    doc = json.loads(out)
    assert doc["breach"] == {
        "status": "found",
        "count": 1234,
        "reason": "",
        "summary": "seen in breaches about 1,200 times",
    }
    assert [r.path for r in server.requests] == [f"/range/{sha1_hex(PASSWORD)[:5]}"]


def test_breach_check_text_and_unknown(server):
    server.behaviour.status = 502
    code, out, _ = run(
        ["--breach-check", "--breach-api", server.url], PASSWORD + "\n", http=LiveHttpClient()
    )
    assert code == 0
    assert "Breaches: could not check: the server answered 502" in out


def test_offline_flag_before_or_after_the_command():
    for argv in (("--offline", "password"), ("password", "--offline")):
        args = parse(*argv)
        out, err = io.StringIO(), io.StringIO()
        args.breach_check = True
        assert cmd_password(args, out, err, stdin=io.StringIO("x\n")) == 0
        assert "offline mode is on" in out.getvalue()


def test_without_breach_check_nothing_is_sent(server):
    run(["--breach-api", server.url], PASSWORD + "\n", http=LiveHttpClient())
    assert server.requests == []


@pytest.mark.parametrize(
    "url", ["http://example.com", "ftp://127.0.0.1", "api.pwnedpasswords.com", "https://"]
)
def test_breach_api_must_be_https_or_loopback(url):
    with pytest.raises(_UsageError):
        parse("password", "--breach-api", url)


@pytest.mark.parametrize(
    "url",
    [
        "https://mirror.example.org/pp",
        "http://127.0.0.1:8080",
        "http://localhost:1",
        "http://[::1]:9",
    ],
)
def test_breach_api_accepted(url):
    assert parse("password", "--breach-api", url).breach_api == url


def test_format_choices():
    with pytest.raises(_UsageError):
        parse("password", "--format", "xml")

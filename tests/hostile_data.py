"""Data written by an attacker: markup a Qt label would render, and escape sequences a terminal
would obey. Used by the tests that hold every screen and every command-line output to showing
such data as it is (tests/test_terminal_safe.py, tests/ui/test_plain_text.py)."""

from __future__ import annotations

from pathlib import Path

from hygiene_app.engine.model import OSFamily
from hygiene_app.engine.probes import AccountRecord, FileOutcome, FileRead, Inventory, PlatformInfo
from hygiene_app.engine.snapshot import Snapshot

#: Renders huge and red, and loads a local image, wherever Qt guesses "rich text".
MARKUP = '<font size=6 color=red>VIRUS DETECTED <img src="x.png">'
#: Retitles the terminal window, clears the screen, returns to the start of the line, and
#: reverses what follows (so "txt.exe" reads "exe.txt").
ESCAPES = "\x1b]0;pwned\x07\x1b[2J\r\u202e"
#: What a terminal must never receive from data, character by character (C1 CSI too).
TERMINAL_HOSTILE_CHARS = ("\x1b", "\x07", "\r", "\u202e", "\x9b")
#: Both, with no "/" so it can also be a file name.
HOSTILE = f"{MARKUP} {ESCAPES}txt.exe\x9b"

NOW = 1_793_491_200.0
DAY = 86400.0
HOME = "/home/user"
EXPORT_NAME = f"{HOSTILE}.csv"
EXPORT_PATH = f"{HOME}/Downloads/{EXPORT_NAME}"


def hostile_platform() -> PlatformInfo:
    """Markup in the OS name (escape sequences there are refused when a snapshot is loaded,
    see tests/engine/test_snapshot_input.py)."""
    return PlatformInfo(OSFamily.LINUX, "12", "x86_64", "host", "user", HOME, "debian", (), MARKUP)


def hostile_inventory() -> Inventory:
    """One e-mail account named HOSTILE whose two-step state is not known (MFA-001 names it in
    its summary) and one with SMS only where an app is offered (MFA-004)."""
    return Inventory(
        (
            AccountRecord(HOSTILE, "evil.example", "email", "unknown"),
            AccountRecord(
                f"{HOSTILE} bank",
                "bank.example",
                "banking",
                "on",
                methods=("sms",),
                offered=("sms", "app"),
                confirmed_at=NOW - DAY,
            ),
        )
    )


def hostile_snapshot() -> Snapshot:
    """A machine whose account names and password-export file name are HOSTILE, and whose OS
    name is MARKUP."""
    header = "name,url,username,password,note\n"
    return Snapshot(
        platform=hostile_platform(),
        clock=NOW,
        files={
            EXPORT_PATH: FileRead(EXPORT_PATH, FileOutcome.OK, header, NOW - 3 * DAY, 2048),
        },
        dirs={
            f"{HOME}/Downloads": (EXPORT_NAME,),
            f"{HOME}/Desktop": (),
            f"{HOME}/Documents": (),
        },
        boot_time=NOW - DAY,
        inventory=hostile_inventory(),
    )


def write_hostile_snapshot(folder: Path, name: str = f"snap {ESCAPES}.json") -> Path:
    path = folder / name
    hostile_snapshot().save(path)
    return path


def hostile_export(folder: Path) -> Path:
    """A generic password export (Chrome's layout) whose file name and fields are HOSTILE."""
    path = folder / f"{HOSTILE}.csv"
    path.write_text(
        "name,url,username,password,note\n"
        f'"{HOSTILE}",https://evil.example,"{HOSTILE}",password,\n'
        f'"{HOSTILE} 2",https://two.example,"{ESCAPES}",password,\n',
        encoding="utf-8",
    )
    return path

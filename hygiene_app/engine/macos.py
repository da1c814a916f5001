"""How macOS names its own versions, in one place for the live platform reading and the checks.

macOS 26 tells programs built with an older SDK (Python's among them) that it is "16.x", as Big
Sur told them "10.16"; there was never a macOS 16. The live reading (engine/live.py) turns the
number back into Apple's, and the checks (checks/os_support.py) do the same to recordings made
before it did, so both must use this one rule.
"""

from __future__ import annotations


def macos_version(reported: str) -> str:
    """The macOS version as Apple names it: "16.1.2" -> "26.1.2", anything else as reported
    (stripped). "10.16" stays: it stands for any of 11 to 26, which cannot be told."""
    major, dot, rest = reported.strip().partition(".")
    return f"26{dot}{rest}" if major == "16" else reported.strip()

"""Consistent replacement of identifying names in recorded text.

Only names that identify somebody are replaced: a generic account or host name ("root",
"localhost", "debian") says nothing about its owner, and replacing it would corrupt the very
outputs the checks parse (`ID=debian`, "you must be root").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

USER_PLACEHOLDER = "user"
HOST_PLACEHOLDER = "host"

_GENERIC_NAMES = frozenset(
    {
        "",
        "root",
        "user",
        "admin",
        "administrator",
        "guest",
        "pi",
        "host",
        "localhost",
        "localhost.localdomain",
        "debian",
        "ubuntu",
        "fedora",
        "arch",
        "archlinux",
        "kali",
        "raspberrypi",
        "linux",
        "windows",
        "macos",
        "system",
    }
)
_MIN_NAME_LENGTH = 3
_MAC = re.compile(
    r"(?<![0-9A-Fa-f:-])(?:[0-9A-Fa-f]{2}([:-]))(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}(?![0-9A-Fa-f:-])"
)


def _is_identifying(name: str) -> bool:
    return len(name) >= _MIN_NAME_LENGTH and name.lower() not in _GENERIC_NAMES


@dataclass(frozen=True, slots=True)
class Redactor:
    """Replaces each identifying name with a placeholder, wherever it stands as a whole word,
    and hardware (MAC) addresses with a fixed locally administered one."""

    pattern: re.Pattern[str] | None
    replacements: tuple[tuple[str, str], ...]

    @classmethod
    def for_machine(cls, username: str, hostname: str) -> Redactor:
        pairs: dict[str, str] = {}
        for name in (hostname, hostname.split(".", 1)[0]):
            if _is_identifying(name):
                pairs[name] = HOST_PLACEHOLDER
        if _is_identifying(username):
            pairs[username] = USER_PLACEHOLDER
        if not pairs:
            return cls(None, ())
        # Longest first, so "alice-laptop.example.org" wins over "alice-laptop".
        names = sorted(pairs, key=len, reverse=True)
        alternatives = "|".join(re.escape(n) for n in names)
        pattern = re.compile(rf"(?<![\w.-])(?:{alternatives})(?![\w-])", re.IGNORECASE)
        return cls(pattern, tuple((n.lower(), pairs[n]) for n in names))

    def text(self, value: str) -> str:
        value = _MAC.sub(_mac_placeholder, value)
        if self.pattern is None or not value:
            return value
        lookup = dict(self.replacements)
        return self.pattern.sub(lambda m: lookup.get(m.group(0).lower(), USER_PLACEHOLDER), value)


def _mac_placeholder(match: re.Match[str]) -> str:
    sep = match.group(1)
    return sep.join(["02", "00", "00", "00", "00", "01"])

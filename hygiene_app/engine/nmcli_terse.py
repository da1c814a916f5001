"""nmcli's terse, escaped output (`nmcli -t -e yes`): one field separator, two escapes.

Both the Wi-Fi check (which reads it) and snapshot redaction (which rewrites SSIDs inside it)
need the same reading, or a redacted snapshot would replay differently from the machine.
"""

from __future__ import annotations


def split_terse(line: str) -> list[str]:
    """One line's fields: split on unescaped ':', with `\\:` and `\\\\` unescaped."""
    fields: list[str] = []
    current: list[str] = []
    chars = iter(line)
    for ch in chars:
        if ch == "\\":
            current.append(next(chars, "\\"))
        elif ch == ":":
            fields.append("".join(current))
            current = []
        else:
            current.append(ch)
    fields.append("".join(current))
    return fields


def escape_terse(value: str) -> str:
    """One field as nmcli writes it, so `split_terse` reads it back unchanged."""
    return value.replace("\\", "\\\\").replace(":", "\\:")

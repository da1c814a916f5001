"""Text from data, made safe for where it is shown.

Account names, CSV fields, snapshot strings, file names and tool output are written by somebody
else. On a terminal, a control character is an instruction: ESC starts a sequence that can clear
the screen, retitle the window or fake a hyperlink; a carriage return overwrites what was
printed; a bidi override shows ``txt.exe`` as ``exe.txt``. In a notification, ``<`` starts
markup the server renders. The functions here make such text inert: it is shown, never obeyed.
"""

from __future__ import annotations

import functools
import io
import json
import re
import unicodedata
from collections.abc import Iterable
from typing import Any, TextIO

#: What stands in for a character that would act instead of being shown. ASCII, so it can be
#: written to any terminal encoding; visible, so the reader sees that something was there.
REPLACEMENT = "?"

#: Unicode categories that act rather than show: controls (C0, C1, DEL), format characters
#: (bidi overrides and isolates, zero-width and invisible characters, tags), lone surrogates
#: (which cannot even be encoded) and the line and paragraph separators.
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
#: Format characters that scripts (Persian, Indic) and emoji sequences need to render words.
_JOINERS = frozenset({"\u200c", "\u200d"})
#: Anything outside tab, newline and printable ASCII gets a closer look.
_SUSPECT = re.compile(r"[^\t\n\x20-\x7e]")


@functools.lru_cache(maxsize=4096)
def _shown(char: str) -> str:
    if char in _JOINERS or unicodedata.category(char) not in _UNSAFE_CATEGORIES:
        return char
    return REPLACEMENT


def terminal_safe(text: str) -> str:
    """`text` with every character that a terminal would obey replaced by "?": C0 and C1
    controls (ESC, so no escape sequence survives; CR, BEL, backspace), DEL, bidi overrides and
    isolates (U+202A-202E, U+2066-2069), other invisible format characters and lone surrogates.
    Newlines and tabs stay (they are layout), and a Windows line end (CRLF) becomes a newline.
    Everything else, every script and emoji included, is left as it is."""
    return _SUSPECT.sub(lambda m: _shown(m.group()), text.replace("\r\n", "\n"))


def _json_escape(char: str) -> str:
    if _shown(char) == char:
        return char
    units = char.encode("utf-16-be", "surrogatepass")
    return "".join(
        f"\\u{int.from_bytes(units[i : i + 2], 'big'):04x}" for i in range(0, len(units), 2)
    )


def terminal_safe_json(value: Any, *, indent: int | None = 2) -> str:
    """`value` as JSON text (non-ASCII kept readable) in which every character `terminal_safe`
    would replace is written as its \\u escape instead: the same data for a program that parses
    it, nothing a terminal obeys for a person who reads it (JSON already escapes C0 controls,
    not C1 controls, bidi overrides or lone surrogates)."""
    text = json.dumps(value, indent=indent, ensure_ascii=False)
    return _SUSPECT.sub(lambda m: _json_escape(m.group()), text)


def markup_free(text: str) -> str:
    """`text` safe where markup may be rendered but is not asked for (a desktop notification:
    freedesktop servers render tags in the body; Qt's fallback balloon guesses rich text): the
    terminal-unsafe characters are replaced, and ``< > &`` become look-alikes that no renderer
    reads as markup (escaping them as entities would show "&lt;" where the body is plain)."""
    return terminal_safe(text).translate(_MARKUP_LOOKALIKES)


_MARKUP_LOOKALIKES = str.maketrans({"<": "\u2039", ">": "\u203a", "&": "\uff06"})


class TerminalWriter(io.TextIOBase):
    """A text stream that writes only `terminal_safe` text to `stream`: the last line of
    defence for a command line that prints data. The exact escape sequences in `keep` (the text
    report's own colours) pass through unchanged; the data in a report is made safe before it is
    painted, so a colour code can only come from the report itself."""

    def __init__(self, stream: TextIO, keep: Iterable[str] = ()) -> None:
        super().__init__()
        self._stream = stream
        codes = sorted(set(keep), key=len, reverse=True)
        self._keep = re.compile("(" + "|".join(map(re.escape, codes)) + ")") if codes else None

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if self._keep is None:
            safe = terminal_safe(text)
        else:
            parts = self._keep.split(text)
            # re.split with one group: the codes are at the odd positions.
            safe = "".join(p if i % 2 else terminal_safe(p) for i, p in enumerate(parts))
        self._stream.write(safe)
        return len(text)

    def flush(self) -> None:
        # Also called when this wrapper is collected, possibly after its stream was closed.
        if not getattr(self._stream, "closed", False):
            self._stream.flush()

    def isatty(self) -> bool:
        return self._stream.isatty()

    def fileno(self) -> int:
        return self._stream.fileno()

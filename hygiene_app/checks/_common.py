"""Small pieces several checks share: PowerShell invocation and its JSON, and key=value text."""

from __future__ import annotations

import json
import ntpath
import posixpath
import re
from dataclasses import replace
from typing import Any

from hygiene_app.engine.i18n import N_, Sentence, as_sentence, fmt
from hygiene_app.engine.model import Finding, OSFamily
from hygiene_app.engine.powershell import powershell as powershell  # the checks' way to it
from hygiene_app.engine.powershell import powershell_script as powershell_script


class ParseError(ValueError):
    """A probe's output did not have the expected shape; the check reports unknown."""


def parse_ps_json(text: str) -> list[dict[str, Any]]:
    """`ConvertTo-Json` output as a list of objects.

    PowerShell prints one object bare and several as an array, may start with a BOM, and
    prints nothing at all for an empty pipeline.
    """
    text = text.lstrip("\ufeff").strip()
    if not text:
        return []
    return _objects(load_json(text))


def ps_array(value: object) -> list[Any] | None:
    """An array property of ConvertTo-Json: a list, one bare object, or Windows PowerShell
    5.1's {"value": [...], "Count": n} wrapper. None when absent."""
    if value is None:
        return None
    if isinstance(value, dict) and isinstance(value.get("value"), list):
        return list(value["value"])
    if isinstance(value, list):
        return value
    return [value]


def load_json(text: str) -> Any:
    """json.loads, with every way it can fail on hostile text turned into ParseError: besides
    syntax errors, deep nesting raises RecursionError and a huge integer a plain ValueError."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ParseError(f"not JSON: {exc.msg}") from None
    except (ValueError, RecursionError) as exc:
        raise ParseError(f"not usable JSON: {type(exc).__name__}") from None


def _objects(value: Any) -> list[dict[str, Any]]:
    items = value if isinstance(value, list) else [value]
    if not all(isinstance(i, dict) for i in items):
        raise ParseError("expected JSON objects")
    return items


_KEY_VALUE = re.compile(r"^\s*([A-Za-z_][\w.-]*)\s*=\s*(.*?)\s*$")


def parse_key_values(text: str) -> dict[str, str]:
    """`KEY=value` lines (os-release, ufw.conf, automatic.conf), comments and blanks skipped;
    surrounding quotes removed; the last assignment wins."""
    values: dict[str, str] = {}
    for line in text.splitlines():
        if line.lstrip().startswith(("#", ";", "[")):
            continue
        m = _KEY_VALUE.match(line)
        if m:
            value = m.group(2)
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            values[m.group(1)] = value
    return values


def days(seconds: float) -> float:
    return seconds / 86400.0


def join(os_family: OSFamily, *parts: str) -> str:
    """A path on the checked machine's OS (a replayed Windows snapshot has Windows paths even
    when the app runs on Linux)."""
    if os_family is OSFamily.WINDOWS:
        return ntpath.join(*parts)
    return posixpath.join(*parts)


def sentence(text: str) -> str:
    """`text` as a sentence that reads on its own (after "Why:", under "Why it could not be
    checked"): see `i18n.as_sentence`. Reasons are composed from clauses ("'apt' is not
    installed"), so the sentence is made once, at the end, and after translation: the clause
    keeps its template (`Sentence`)."""
    if as_sentence(text) == text:
        return text
    return Sentence(text)


def not_understood(tool: str, error: object) -> str:
    """Why a check could not tell when `tool`'s output did not parse: one translatable clause for
    every tool, the parser's own words (`error`) kept as data."""
    return fmt(N_("the {tool} output was not understood ({error})"), tool=tool, error=str(error))


def with_sentences(finding: Finding) -> Finding:
    """The finding with its reason made a sentence (see `sentence`); each check's `run` ends
    with this, so no reason reaches a screen or the terminal as a fragment."""
    if not finding.reason:
        return finding
    return replace(finding, reason=sentence(finding.reason))

"""UPD-005: the apps installed beside the operating system are up to date.

Attackers go for whatever is old: a PDF reader, a chat app or a media player with a known hole
is as good a way in as an old system. Where the operating system keeps a list of outdated apps,
this check reads it: on Windows `winget upgrade` (when winget exists), on macOS the App Store
(through `mas`, when installed) and Homebrew casks (when Homebrew is installed). On Linux the
apps come from the same package managers as the system (apt, dnf, Flatpak, Snap), and UPD-001
already lists them, so this check does not run there.

winget has no machine-readable listing of upgrades (its PowerShell module is not installed by
default), so its table is read by the positions of the dashes line under the header: the words
of the header and of the "N upgrades available" line are translated, names are cut with "…",
and a second table lists the apps that must be upgraded one by one. What does not fit the table
is never read as an app. Homebrew answers in JSON; Homebrew refuses to run as administrator.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace

from hygiene_app.checks import _facts
from hygiene_app.checks._common import ParseError, load_json, with_sentences
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.i18n import N_, fmt, fmt_plural, joined
from hygiene_app.engine.model import (
    ALL_OSES,
    Category,
    CheckMeta,
    Fact,
    Finding,
    FixGuide,
    FixStep,
    JsonValue,
    OSFamily,
    Severity,
    Status,
)
from hygiene_app.engine.probes import CommandOutcome, CommandResult

META = CheckMeta(
    id="UPD-005",
    title=N_("Apps up to date"),
    category=Category.UPDATES,
    platforms=ALL_OSES,
    weight=5,
    severity=Severity.MEDIUM,
    leaves_machine=N_(
        "What winget, the App Store or Homebrew send to their own sources to look for updates "
        "(the app asks them for their list); nothing goes to this app's makers."
    ),
    timeout=60.0,
)

#: Windows: the list of upgrades, without prompts (source agreements accepted: the default
#: sources' terms; without it winget waits for an answer nobody can give).
WINGET_UPGRADE = (
    "winget",
    "upgrade",
    "--accept-source-agreements",
    "--disable-interactivity",
)
#: winget's "no applicable upgrade" (APPINSTALLER_CLI_ERROR_UPDATE_NOT_APPLICABLE), as Windows
#: reports it (unsigned) and as a signed 32-bit number.
WINGET_NO_UPGRADE = frozenset({0x8A15002B, 0x8A15002B - (1 << 32)})
#: macOS: Homebrew where its installer puts it (an app started from the Finder has no PATH).
BREW_PATHS = ("/opt/homebrew/bin/brew", "/usr/local/bin/brew", "brew")
BREW_ARGS = ("outdated", "--cask", "--greedy", "--json=v2")
MAS_OUTDATED = ("mas", "outdated")
MAS_PATHS = ("/opt/homebrew/bin/mas", "/usr/local/bin/mas", "mas")

_WINGET_TIMEOUT = 45.0
_TOOL_TIMEOUT = 20.0


@dataclass(frozen=True, slots=True)
class OutdatedApp:
    name: str
    installed: str = ""
    available: str = ""
    #: Where the list came from: "winget", "homebrew", "app_store".
    source: str = ""
    #: winget: upgraded only when asked for by name (pinned or "explicit targeting").
    one_by_one: bool = False

    def as_json(self) -> dict[str, JsonValue]:
        return {
            "name": self.name,
            "installed": self.installed,
            "available": self.available,
            "source": self.source,
            "one_by_one": self.one_by_one,
        }


# ----- winget --------------------------------------------------------------------------------

_SPINNER = re.compile(r"^[\s\-\\|/█▒░]*$")
_DASHES = re.compile(r"^-{10,}\s*$")


def _width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def _cells(line: str, starts: Sequence[int]) -> list[str]:
    """`line` cut at display columns `starts` (wide characters take two columns, as winget
    aligns them)."""
    cells = [""] * len(starts)
    column = 0
    for ch in line:
        index = max(i for i, s in enumerate(starts) if s <= column) if column >= starts[0] else 0
        cells[index] += ch
        column += _width(ch)
    return [c.strip() for c in cells]


def _starts(header: str) -> list[int]:
    """Display columns where the header's words start (a word after 1+ spaces)."""
    starts: list[int] = []
    column = 0
    previous = " "
    for ch in header:
        if previous == " " and ch != " ":
            starts.append(column)
        previous = ch
        column += _width(ch)
    return starts


def _clean(line: str) -> str:
    """The text after the last carriage return (the spinner rewrites the line in place)."""
    return line.rsplit("\r", 1)[-1].rstrip()


@dataclass(frozen=True, slots=True)
class WingetList:
    apps: tuple[OutdatedApp, ...]
    #: Whether a table was found at all (no table and no "no upgrade" answer is no answer).
    tables: int


def _table_rows(rows: Sequence[str], starts: Sequence[int]) -> list[tuple[str, str, str, str, str]]:
    """The rows under a header cut at `starts`: (row, name, id, installed, available) until
    a line that does not fit."""
    found = []
    for row in rows:
        if not row.strip() or _SPINNER.match(row) or _DASHES.match(row):
            break
        cells = _cells(row, starts)
        name, app_id, installed, available = cells[0], cells[1], cells[2], cells[3]
        if not (name and app_id and available) or " " in app_id:
            break
        if row[: len(row) - len(row.lstrip())]:
            break  # rows start at the first column; indented text is not a row
        found.append((row, name, app_id, installed, available))
    return found


def _char_at(line: str, column: int) -> str:
    """The character covering display `column` of `line` ("" past its end)."""
    at = 0
    for ch in line:
        width = _width(ch)
        if at <= column < at + width:
            return ch
        at += width
    return ""


def _inside_a_word(header: str, rows: Sequence[str], start: int) -> bool:
    """Whether the header word at `start` is the second word of one title ("K dispozici",
    "사용 가능"): one space after another word, and a row runs through it (winget leaves a
    space between columns, so no row has text right before a column)."""
    if _char_at(header, start - 2) in ("", " "):
        return False  # two or more spaces before it: a column
    return any(_char_at(row, start - 1) not in ("", " ") for row in rows)


def parse_winget_upgrade(text: str) -> WingetList:
    """Every table of `winget upgrade` (the second one lists apps to upgrade one by one).

    A table is the line above a line of dashes (its header: Name, Id, Version, Available and
    Source, in the user's language), then rows until a line that does not fit: rows have an Id
    without spaces in the Id column and something in the Available column. A header word with
    a space in another language ("K dispozici", "사용 가능") looks like two columns: a column
    the rows run through is not one, and the rows are cut again without it. A header with no
    row under it is not a table."""
    lines = [_clean(line) for line in text.replace("\r\n", "\n").split("\n")]
    apps: list[OutdatedApp] = []
    tables = 0
    for i, line in enumerate(lines):
        if not _DASHES.match(line) or i == 0:
            continue
        header = lines[i - 1]
        starts = _starts(header)
        if len(starts) < 4 or starts[0] != 0:
            continue
        found = _table_rows(lines[i + 1 :], starts)
        rows = [r[0] for r in found]
        kept = [s for s in starts if not s or not _inside_a_word(header, rows, s)]
        if kept != starts:
            if len(kept) < 4:
                continue
            found = _table_rows(lines[i + 1 :], kept)
        if not found:
            continue
        tables += 1
        one_by_one = tables > 1
        apps.extend(
            OutdatedApp(name, installed, available, "winget", one_by_one)
            for _, name, _, installed, available in found
        )
    return WingetList(tuple(apps), tables)


_WINGET_NONE = (
    "no available upgrade found",
    "no installed package found matching input criteria",
    "no newer package versions are available",
)
_AGREEMENT = re.compile(r"source agreements|msstore.*agreements|agree to", re.IGNORECASE)


def winget_result(result: CommandResult) -> tuple[tuple[OutdatedApp, ...] | None, str]:
    """The outdated apps winget listed, or None and why it could not be read."""
    if not result.ran:
        return None, result.why_not()
    text = result.stdout or ""
    listed = parse_winget_upgrade(text)
    if listed.tables:
        return listed.apps, ""
    low = result.output.lower()
    if result.returncode in WINGET_NO_UPGRADE or any(w in low for w in _WINGET_NONE):
        return (), ""
    if _AGREEMENT.search(result.output):
        return None, N_(
            "winget asks to accept a source's terms first: type 'winget upgrade' once in a "
            "terminal and answer its question"
        )
    if result.returncode != 0:
        return None, result.why_not()
    return None, N_("winget's answer held no list of upgrades this app could read")


# ----- macOS: Homebrew and the App Store -----------------------------------------------------


def parse_brew_outdated(text: str) -> tuple[OutdatedApp, ...]:
    """`brew outdated --cask --greedy --json=v2`: {"formulae": [...], "casks": [...]}."""
    doc = load_json(text.lstrip("\ufeff"))
    if not isinstance(doc, dict) or not isinstance(doc.get("casks"), list):
        raise ParseError("not brew's JSON")
    apps = []
    for cask in doc["casks"]:
        if not isinstance(cask, dict) or not isinstance(cask.get("name"), str):
            continue
        installed = cask.get("installed_versions")
        versions = (
            [v for v in installed if isinstance(v, str)] if isinstance(installed, list) else []
        )
        current = cask.get("current_version")
        apps.append(
            OutdatedApp(
                cask["name"].strip()[:80],
                ", ".join(versions)[:40],
                current.strip()[:40] if isinstance(current, str) else "",
                "homebrew",
            )
        )
    return tuple(apps)


_MAS_LINE = re.compile(r"^\s*(\d+)\s+(.+?)\s+\(\s*(.*?)\s*->\s*(.*?)\s*\)\s*$")


def parse_mas_outdated(text: str) -> tuple[OutdatedApp, ...] | None:
    """`mas outdated`: "497799835 Xcode (15.0 -> 15.1)" a line; None when a non-empty line
    does not look like that (an error, a changed format)."""
    apps = []
    for line in text.splitlines():
        if not line.strip():
            continue
        m = _MAS_LINE.match(line)
        if not m:
            return None
        apps.append(OutdatedApp(m.group(2).strip()[:80], m.group(3), m.group(4), "app_store"))
    return tuple(apps)


def _first_installed(
    ctx: ProbeContext, paths: Sequence[str], args: Sequence[str], timeout: float
) -> CommandResult | None:
    """The answer of the tool: the first of its usual absolute `paths` that exists, else the
    bare name through PATH; one run at most. None when it is not installed."""
    absolute = [p for p in paths if p.startswith("/")]
    found = next((p for p in absolute if ctx.files.mtime(p) is not None), None)
    bare = next((p for p in paths if not p.startswith("/")), None)
    tool = found or bare
    if tool is None:
        return None
    result = ctx.run((tool, *args), timeout=timeout)
    return None if result.outcome is CommandOutcome.NOT_FOUND else result


@dataclass(frozen=True, slots=True)
class SourceAnswer:
    #: "winget", "homebrew", "app_store".
    source: str
    #: None: this source could not be read (see `reason`).
    apps: tuple[OutdatedApp, ...] | None
    reason: str = ""
    installed: bool = True
    #: The tool's run, when it could not give an answer (timeout, too much output...).
    stopped: CommandResult | None = None


def _brew(ctx: ProbeContext) -> SourceAnswer:
    if ctx.platform.is_admin:
        # brew refuses to run as root; asking would only print that.
        return SourceAnswer(
            "homebrew",
            None,
            N_("Homebrew refuses to run with administrator rights, and this app has them"),
        )
    result = _first_installed(ctx, BREW_PATHS, BREW_ARGS, _TOOL_TIMEOUT)
    if result is None:
        return SourceAnswer("homebrew", (), installed=False)
    if not result.ran:
        return SourceAnswer("homebrew", None, result.why_not(), stopped=result)
    if "as root" in result.output.lower() and "homebrew" in result.output.lower():
        return SourceAnswer(
            "homebrew",
            None,
            N_("Homebrew refuses to run with administrator rights, and this app has them"),
        )
    try:
        return SourceAnswer("homebrew", parse_brew_outdated(result.stdout))
    except ParseError:
        if result.returncode:
            return SourceAnswer("homebrew", None, result.why_not(), stopped=result)
        return SourceAnswer("homebrew", None, N_("Homebrew's answer could not be read"))


def _mas(ctx: ProbeContext) -> SourceAnswer:
    result = _first_installed(ctx, MAS_PATHS, MAS_OUTDATED[1:], _TOOL_TIMEOUT)
    if result is None:
        return SourceAnswer("app_store", (), installed=False)
    if not result.ran or result.returncode != 0:
        return SourceAnswer("app_store", None, result.why_not(), stopped=result)
    apps = parse_mas_outdated(result.stdout)
    if apps is None:
        return SourceAnswer("app_store", None, N_("the answer of 'mas' could not be read"))
    return SourceAnswer("app_store", apps)


# ----- the verdict ---------------------------------------------------------------------------

_SOURCE_NAMES = {
    "winget": N_("winget"),
    "homebrew": N_("Homebrew apps"),
    "app_store": N_("App Store apps"),
}


def evaluate(answers: Sequence[SourceAnswer], fix: FixGuide) -> Finding:
    evidence: dict[str, JsonValue] = {
        "sources": [
            {
                "source": a.source,
                "installed": a.installed,
                "read": a.apps is not None,
                "reason": a.reason,
            }
            for a in answers
        ],
        "outdated": [app.as_json() for a in answers for app in a.apps or ()],
    }
    read = [a for a in answers if a.installed and a.apps is not None]
    failed = [a for a in answers if a.installed and a.apps is None]
    outdated = [app for a in read for app in a.apps or ()]
    if outdated:
        names = ", ".join(dict.fromkeys(app.name for app in outdated[:3]))
        return Finding(
            Status.WARN,
            fmt_plural(
                "{n} app needs an update ({names})",
                "{n} apps need an update ({names})",
                len(outdated),
                n=len(outdated),
                names=names if len(outdated) <= 3 else fmt(N_("{names}…"), names=names),
            ),
            Severity.MEDIUM,
            detail=N_(
                "Old versions of apps carry holes that are publicly known; updating them takes "
                "a few minutes."
            ),
            evidence=evidence,
            fix=fix,
        )
    if read:
        summary = N_("Your apps are up to date")
        if failed:
            return Finding(
                Status.UNKNOWN,
                N_("Could not tell whether every app is up to date"),
                reason=_reasons(failed),
                evidence=evidence,
            )
        return Finding(Status.PASS, summary, evidence=evidence)
    if failed:
        return Finding(
            Status.UNKNOWN,
            N_("Could not tell whether your apps are up to date"),
            reason=_reasons(failed),
            evidence=evidence,
        )
    return Finding(
        Status.UNKNOWN,
        N_("Could not tell whether your apps are up to date"),
        reason=N_(
            "this Mac has no list of outdated apps to read: neither 'mas' (for the App Store) "
            "nor Homebrew is installed; the App Store shows its updates under Updates"
        ),
        evidence=evidence,
    )


def _reasons(failed: Sequence[SourceAnswer]) -> str:
    """Each reason said once (a cancelled checkup stops both macOS tools alike)."""
    reasons: dict[str, str] = {}
    # Tools that stopped alike (the same way, with the same words) are one clause: "'mas' and
    # 'brew' did not answer in time"; a cancelled checkup or one system message stops both.
    stopped: dict[tuple[object, ...], tuple[CommandResult, list[str]]] = {}
    for a in failed:
        if a.stopped is not None:
            r = a.stopped
            key = (r.outcome, r.returncode, r.stdout, r.stderr)
            stopped.setdefault(key, (r, []))[1].append(r.argv[0])
        else:
            reasons.setdefault(str(a.reason), a.reason)
    for result, tools in stopped.values():
        together = replace(result, argv=("' and '".join(dict.fromkeys(tools)),))
        reasons.setdefault(str(together.why_not()), together.why_not())
    return joined(*reasons.values(), sep="; ")


def facts(finding: Finding) -> tuple[Fact, ...]:
    ev = finding.evidence
    outdated = [a for a in _facts.items(ev, "outdated") if isinstance(a, dict)]
    names = [n for a in outdated if (n := _facts.text(a, "name"))]
    found = [
        Fact(
            N_("Apps that need an update"),
            fmt_plural("{n} app", "{n} apps", len(names), n=len(names)) if names else N_("none"),
        )
    ]
    if names:
        found.append(Fact(N_("Outdated apps"), _facts.listed(names)))
    one_by_one = [
        n for a in outdated if a.get("one_by_one") is True and (n := _facts.text(a, "name"))
    ]
    if one_by_one:
        found.append(Fact(N_("To update one by one"), _facts.listed(one_by_one)))
    for source in _facts.items(ev, "sources"):
        if not isinstance(source, dict):
            continue
        label = _SOURCE_NAMES.get(str(source.get("source")), "")
        if not label:
            continue
        if source.get("installed") is False:
            found.append(Fact(label, N_("not checked (the tool is not installed)")))
        elif source.get("read") is False:
            found.append(Fact(label, N_("could not be read")))
        else:
            found.append(Fact(label, N_("checked")))
    return tuple(found)


# ----- fix guides ----------------------------------------------------------------------------

_WHY = N_(
    "Most attacks use holes that were fixed months ago, in apps nobody updated. Updating them "
    "closes those holes."
)
_AGAIN = FixStep(N_("Run this check again."))

FIX_WINDOWS = FixGuide(
    title=N_("Update your apps"),
    why=_WHY,
    steps={
        OSFamily.WINDOWS: (
            FixStep(N_("Open a terminal: right-click Start and choose 'Terminal'.")),
            FixStep(
                N_("Update every app winget knows (Windows may ask to allow each installer):"),
                command="winget upgrade --all --accept-source-agreements",
                headline=True,
            ),
            FixStep(
                N_("Apps listed to update one by one need their own command, for example:"),
                command="winget upgrade --id Discord.Discord",
            ),
            FixStep(
                N_("Apps from the Microsoft Store update in the Store app, under Library."),
                link="ms-windows-store://downloadsandupdates",
            ),
            _AGAIN,
        )
    },
    verify_check=META.id,
)

FIX_MACOS = FixGuide(
    title=N_("Update your apps"),
    why=_WHY,
    steps={
        OSFamily.MACOS: (
            FixStep(
                N_("Open the App Store, choose Updates in the sidebar and then 'Update All'."),
                link="macappstore://showUpdatesPage",
                headline=True,
            ),
            FixStep(
                N_("Update the apps installed with Homebrew in Terminal:"),
                command="brew upgrade --cask --greedy",
            ),
            _AGAIN,
        )
    },
    verify_check=META.id,
)


# ----- the check -----------------------------------------------------------------------------


class AppUpdatesCheck:
    meta = META

    def run(self, ctx: ProbeContext) -> Finding:
        os_family = ctx.platform.os
        if os_family is OSFamily.LINUX:
            return with_sentences(
                Finding(
                    Status.SKIPPED,
                    N_("Not run"),
                    reason=N_(
                        "On Linux, apps from apt, dnf, Flatpak and Snap are covered by "
                        "'Operating system updates installed' (UPD-001)"
                    ),
                )
            )
        if os_family is OSFamily.WINDOWS:
            apps, reason = winget_result(ctx.run(WINGET_UPGRADE, timeout=_WINGET_TIMEOUT))
            answers: list[SourceAnswer] = [SourceAnswer("winget", apps, reason)]
            fix = FIX_WINDOWS
        else:
            answers = [_mas(ctx), _brew(ctx)]
            fix = FIX_MACOS
        return with_sentences(_facts.with_facts(evaluate(answers, fix), facts))

"""`hygiene-app policy validate FILE` and `hygiene-app policy show`: for admins writing a policy.

`validate` judges a file by the same rules the app uses (docs/policy.md) before it is deployed:
every mistake with its line and reason, exit 2 when there is any (the app would ignore the
whole file), 0 when the app would use it. `show` prints the policy in force on this computer,
each value with the place it came from, the settings it locks, and why a source was ignored.

Exit codes: 0, or 2 for an invalid or unreadable policy file (`validate`) or a usage error.
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TextIO

from hygiene_app.engine.catalog import Catalog
from hygiene_app.engine.i18n import N_, Text, fmt, fmt_plural
from hygiene_app.engine.text import terminal_safe_json
from hygiene_app.services.policy import POLICY_ENV, LoadedPolicy, PolicyProblem, load_policy
from hygiene_app.services.policy_doc import setting_keys
from hygiene_app.services.policy_sources import (
    Source,
    combine,
    known_check_ids,
    read_json_source,
    read_plist_source,
    read_profile_source,
    system_locations,
)

#: The JSON output's format name and version (docs/policy.md).
JSON_FORMAT = "hygiene-app.policy"
JSON_VERSION = 1
EXIT_OK = 0
EXIT_INVALID = 2


def add_policy_parser(subparsers: Any) -> None:
    """Add the `policy` command (validate, show) to the CLI's subparsers."""
    parser = subparsers.add_parser(
        "policy",
        help=N_("check a policy file, or show the organisation's policy in force"),
        description=N_(
            "For IT admins (docs/policy.md). 'policy validate FILE [--format "
            "text|json]' checks a policy file by the rules the app uses (exit 0 valid, 2 with each "
            "mistake's line and reason); 'policy show [--format text|json] [--file FILE]' prints "
            "the policy in force on this computer and where each value came from."
        ),
    )
    actions = parser.add_subparsers(dest="policy_action", metavar="ACTION", required=True)
    validate = actions.add_parser(
        "validate",
        help=N_("check a policy file (exit 0 valid, 2 invalid with each line and reason)"),
        description=N_(
            "Check a policy file (.json, a macOS .mobileconfig profile, or a .plist "
            "of managed preferences) by the rules the app uses. Each mistake is printed as "
            "FILE:LINE: reason; an invalid file is ignored whole by the app, so the exit code is 2 "
            "when there is any mistake."
        ),
    )
    validate.add_argument("file", type=Path, metavar="FILE")
    validate.add_argument("--format", choices=("text", "json"), default="text")
    show = actions.add_parser(
        "show",
        help=N_("print the policy in force and where each value came from"),
        description=fmt(
            N_(
                "Print the policy in force on this computer: each value and the file, registry "
                "key or profile it came from. --file FILE shows that file's policy instead; so "
                "does {env}=FILE, but only while no system location holds a policy."
            ),
            env=POLICY_ENV,
        ),
    )
    show.add_argument("--format", choices=("text", "json"), default="text")
    show.add_argument("--file", type=Path, metavar="FILE", help=N_("a policy file to show instead"))


def cmd_policy(
    args: argparse.Namespace,
    out: TextIO,
    *,
    env: Mapping[str, str] = os.environ,
    loaded: LoadedPolicy | None = None,
) -> int:
    """Run `policy validate` or `policy show`; `loaded` stands for this computer's policy
    in tests."""
    from hygiene_app.cli import language_catalog  # the CLI's --lang, read when it runs

    catalog = language_catalog(args)
    if args.policy_action == "validate":
        return _validate(args.file, args.format, out, catalog)
    if loaded is None:
        loaded = load_policy(path=args.file, env=env)
    if args.format == "json":
        out.write(terminal_safe_json(policy_json(loaded)) + "\n")
    else:
        looked = (
            [str(args.file)]
            if args.file
            else [env[POLICY_ENV]]
            if env.get(POLICY_ENV) and not loaded.notes  # the variable applied
            else system_locations(env=env)
        )
        out.write(policy_text(loaded, looked, catalog))
    return EXIT_OK


def _validate(path: Path, form: str, out: TextIO, catalog: Catalog) -> int:
    known = known_check_ids()
    if path.suffix.lower() == ".mobileconfig":
        source = read_profile_source(path, known)
    elif path.suffix.lower() == ".plist":
        source = read_plist_source(path, known, trust=None)
    else:
        source = read_json_source(path, known, trust=None)
    if source.doc is None and not source.problems:
        missing = PolicyProblem(source.where, None, N_("There is no such file."))
        source = Source(source.where, problems=(missing,))
    loaded = combine([source])
    if form == "json":
        out.write(terminal_safe_json({**policy_json(loaded), "valid": not loaded.problems}) + "\n")
    elif loaded.problems:
        for problem in loaded.problems:
            out.write(catalog.text(problem.describe()) + "\n")
        out.write(
            catalog.text(
                fmt_plural(
                    "{n} mistake: the app would ignore this policy and use its defaults.",
                    "{n} mistakes: the app would ignore this policy and use its defaults.",
                    len(loaded.problems),
                    n=len(loaded.problems),
                )
            )
            + "\n"
        )
    else:
        out.write(
            catalog.text(
                fmt_plural(
                    "{file}: a valid policy setting {n} value.",
                    "{file}: a valid policy setting {n} values.",
                    len(loaded.sources),
                    file=str(path),
                    n=len(loaded.sources),
                )
            )
            + "\n"
        )
    return EXIT_INVALID if loaded.problems else EXIT_OK


def policy_json(loaded: LoadedPolicy) -> dict[str, Any]:
    """The policy in force as the documented JSON (docs/policy.md, "policy show")."""
    origin = dict(loaded.sources)
    return {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "in_force": loaded.in_force,
        "values": [
            {"key": key, "value": _value(text), "source": origin.get(key, "")}
            for key, text in loaded.values
        ],
        "not_set": _not_set(loaded),
        "locked_settings": sorted(loaded.locked),
        "problems": [
            {"where": p.where, "line": p.line, "reason": str(p.reason)} for p in loaded.problems
        ],
        "notes": [{"where": n.where, "reason": str(n.reason)} for n in loaded.notes],
    }


def _value(text: str) -> Any:
    return json.loads(text)


def _not_set(loaded: LoadedPolicy) -> list[str]:
    """The keys the policy leaves alone (the app's own behaviour and the user's settings)."""
    given = {key for key, _ in loaded.values}
    return [key for key in setting_keys() if key not in given]


def policy_text(loaded: LoadedPolicy, looked: list[str], catalog: Catalog | None = None) -> str:
    """The policy in force for a person: each value and where from, then what was ignored, in
    `catalog`'s language (English without one); the values and places are data, shown as
    they are."""
    catalog = catalog or Catalog()
    lines: list[str] = []
    if not loaded.in_force:
        lines.append(
            fmt(
                N_(
                    "No policy is in force: the app uses its own defaults and your settings. "
                    "Looked in: {places}."
                ),
                places=", ".join(looked),
            )
        )
    else:
        origin = dict(loaded.sources)
        lines.append(
            fmt_plural(
                "The policy in force sets {n} value:",
                "The policy in force sets {n} values:",
                len(loaded.values),
                n=len(loaded.values),
            )
        )
        width = max(len(key) for key, _ in loaded.values)
        for place in dict.fromkeys(origin[key] for key, _ in loaded.values):
            lines.append(fmt(N_("From {place}:"), place=place))
            lines.extend(
                f"  {key.ljust(width)}  {text}"
                for key, text in loaded.values
                if origin[key] == place
            )
        if loaded.locked:
            lines.append(
                fmt(
                    N_("Settings the user cannot change: {names}."),
                    names=", ".join(sorted(loaded.locked)),
                )
            )
        if _not_set(loaded):
            lines.append(
                fmt(
                    N_(
                        "Not set, so the app's own behaviour and the user's settings apply: {keys}."
                    ),
                    keys=", ".join(_not_set(loaded)),
                )
            )
    if loaded.problems:
        lines.append(loaded.warning())
        lines.extend(f"  {catalog.text(p.describe())}" for p in loaded.problems)
    lines.extend(catalog.text(n.describe()) for n in loaded.notes)
    return (
        "\n".join(catalog.text(line) if isinstance(line, Text) else line for line in lines) + "\n"
    )

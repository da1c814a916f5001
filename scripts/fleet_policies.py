"""Writes the fleet-collection files from the registry of checks, so they cannot drift from it.

One source for every tool an admin collects with (docs/admins.md says how to deploy each):

- `packaging/fleet/atc/<platform>.json`: osquery's automatic table construction (ATC) exposing
  the history database as a `hygiene_checks` table, one row per check of each user's latest
  checkup. osquery opens every file its `path` pattern matches (`%` is one folder level), so a
  computer with several users gives one set of rows per user, told apart by the implicit `path`.
- `packaging/fleet/agent-options.yml`: the same three tables as Fleet agent options.
- `packaging/fleet/hygiene-checkup.policies.yml`: one Fleet policy per check, plus one that says
  whether a checkup ran recently.
- `packaging/intune/hygiene-checkup-rules.json` and the list of checks inside
  `packaging/intune/hygiene-checkup-discovery.ps1`: Intune custom compliance.
- the SQL inside `packaging/jamf/hygiene-checkup-ea.sh`: a Jamf Pro extension attribute.

Run `python scripts/fleet_policies.py` after adding or renaming a check; `tests/test_fleet.py`
fails until the committed files match, and runs every query here against a real history.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hygiene_app.checks import default_registry  # noqa: E402
from hygiene_app.engine.model import CheckMeta, Severity  # noqa: E402

FLEET = ROOT / "packaging" / "fleet"
INTUNE = ROOT / "packaging" / "intune"
JAMF = ROOT / "packaging" / "jamf"
DOCS_URL = "https://github.com/hygienecheckup/hygiene-app/blob/main/docs/admins.md"

TABLE = "hygiene_checks"
#: Where each OS keeps a user's history (platformdirs' user data folder of "hygiene-app", as
#: `services.history.default_history_path` computes it), with osquery's `%` for the user folder.
HISTORY_PATHS: dict[str, str] = {
    "linux": "/home/%/.local/share/hygiene-app/history.sqlite3",
    "darwin": "/Users/%/Library/Application Support/hygiene-app/history.sqlite3",
    "windows": "C:\\Users\\%\\AppData\\Local\\hygiene-app\\history.sqlite3",
}
#: The table's columns, in order, as the ATC query names them (osquery adds `path` itself).
COLUMNS: tuple[str, ...] = (
    "check_id",
    "area",
    "status",
    "severity",
    "problem",
    "run_at",
    "run_time",
    "origin",
    "app_version",
    "score",
)
#: One row per check of the latest checkup in one history file. Every value is text or an
#: integer and never NULL (osquery keeps no types in ATC tables and drops NULL cells).
ATC_SQL = " ".join(
    (
        "SELECT results.check_id AS check_id, results.area AS area,",
        "results.status AS status, lower(results.severity) AS severity,",
        "CASE WHEN results.status IN ('fail', 'warn') THEN 1 ELSE 0 END AS problem,",
        "CAST(runs.at AS INTEGER) AS run_at,",
        "strftime('%Y-%m-%dT%H:%M:%SZ', runs.at, 'unixepoch') AS run_time,",
        "runs.origin AS origin, runs.app_version AS app_version,",
        "COALESCE(CAST(runs.score AS TEXT), '') AS score",
        "FROM results JOIN runs ON runs.id = results.run_id",
        "WHERE runs.id = (SELECT id FROM runs ORDER BY at DESC, id DESC LIMIT 1)",
    )
)
#: Statuses a Fleet policy and an Intune rule count as fine: the check passed, or it did not
#: apply here / was turned off by the organisation. A problem, "could not tell", a broken check
#: or no checkup at all is not fine: nobody confirmed the machine is.
OK_STATUSES = ("pass", "skipped")
#: A checkup older than this many days makes the "ran recently" policy fail.
RECENT_DAYS = 8

_CHECK_ID = re.compile(r"[A-Z]{2,4}-[0-9]{3}")


def checks() -> tuple[CheckMeta, ...]:
    metas = tuple(check.meta for check in default_registry())
    for meta in metas:
        if not _CHECK_ID.fullmatch(meta.id):
            raise ValueError(f"{meta.id!r} is not a check id this script can put in SQL")
    return metas


def policy_sql(check_id: str) -> str:
    """One row (pass) when every history on the host has this check fine in its latest
    checkup; no row (fail) when any has it otherwise, or none has it at all."""
    if not _CHECK_ID.fullmatch(check_id):
        raise ValueError(f"{check_id!r} is not a check id")
    ok = ", ".join(f"'{s}'" for s in OK_STATUSES)
    return (
        f"SELECT 1 FROM {TABLE} WHERE check_id = '{check_id}' GROUP BY check_id "  # noqa: S608 - ids validated above
        f"HAVING SUM(CASE WHEN status IN ({ok}) THEN 0 ELSE 1 END) = 0;"
    )


RECENT_SQL = (
    f"SELECT 1 FROM {TABLE} WHERE CAST(run_at AS INTEGER) >= "  # noqa: S608 - constants only
    f"(SELECT unix_time FROM time) - {RECENT_DAYS * 86400} LIMIT 1;"
)


def atc_table(platform: str) -> dict[str, object]:
    return {
        "query": ATC_SQL,
        "path": HISTORY_PATHS[platform],
        "columns": list(COLUMNS),
        "platform": platform,
    }


def atc_config(platform: str) -> str:
    return json.dumps({"auto_table_construction": {TABLE: atc_table(platform)}}, indent=2) + "\n"


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are a subset of YAML's)."""
    return json.dumps(text, ensure_ascii=False)


def agent_options() -> str:
    lines = [
        "# Fleet agent options: the hygiene_checks table on every platform (docs/admins.md).",
        "# Generated by scripts/fleet_policies.py. Merge into your own agent options: a platform",
        "# override replaces the top-level `config` for that platform, so copy your options in.",
        "overrides:",
        "  platforms:",
    ]
    for platform in HISTORY_PATHS:
        table = atc_table(platform)
        lines += [
            f"    {platform}:",
            "      auto_table_construction:",
            f"        {TABLE}:",
            f"          query: {_q(ATC_SQL)}",
            f"          path: {_q(str(table['path']))}",
            "          columns:",
            *(f"            - {_q(c)}" for c in COLUMNS),
            f"          platform: {_q(platform)}",
        ]
    return "\n".join(lines) + "\n"


def _policy(name: str, query: str, description: str, resolution: str, critical: bool) -> list[str]:
    return [
        f"- name: {_q(name)}",
        '  platform: "darwin,linux,windows"',
        f"  critical: {'true' if critical else 'false'}",
        f"  description: {_q(description)}",
        f"  resolution: {_q(resolution)}",
        f"  query: {_q(query)}",
    ]


def policies() -> str:
    lines = [
        "# Fleet policies: one per Hygiene Checkup check, and one that a checkup ran recently.",
        "# Generated by scripts/fleet_policies.py; needs the hygiene_checks table",
        "# (agent-options.yml). Reference it from your GitOps file (policies: - path: ...).",
    ]
    ok = " or ".join(OK_STATUSES)
    for meta in checks():
        lines += _policy(
            f"Hygiene Checkup: {meta.title} ({meta.id})",
            policy_sql(meta.id),
            f"Passes when the latest Hygiene Checkup of every user on this computer says "
            f"'{meta.title}' ({meta.id}) is {ok} (skipped: it does not apply here or your "
            "organisation turned it off). Fails on a problem, when the check could not tell, "
            "or when no checkup was recorded.",
            f"On this computer, open Hygiene Checkup, go to {meta.category.label}, open "
            f"'{meta.title}' and follow its fix; or run 'hygiene-app check --only {meta.id}' "
            "in a terminal to see what it found.",
            meta.severity is Severity.CRITICAL,
        )
    lines += _policy(
        f"Hygiene Checkup ran in the last {RECENT_DAYS} days",
        RECENT_SQL,
        f"Passes when some user of this computer had a whole checkup in the last "
        f"{RECENT_DAYS} days (from the app, 'hygiene-app check' or the schedule).",
        "Turn on the scheduled checkup (the policy's schedule, or 'hygiene-app schedule on') "
        "or ask the person to open Hygiene Checkup.",
        False,
    )
    return "\n".join(lines) + "\n"


# -- Intune ------------------------------------------------------------------------------------

#: The discovery script's value for each report status; only "ok" is compliant.
INTUNE_WORDS: dict[str, str] = {
    "pass": "ok",
    "skipped": "ok",
    "fail": "problem",
    "warn": "problem",
    "unknown": "unknown",
    "error": "unknown",
}
INTUNE_REPORT_SETTING = "HygieneReport"


def intune_setting(check_id: str) -> str:
    return "Hygiene" + check_id.replace("-", "")


def _rule(setting: str, title: str, description: str) -> dict[str, object]:
    return {
        "SettingName": setting,
        "Operator": "IsEquals",
        "DataType": "String",
        "Operand": "ok",
        "MoreInfoUrl": f"{DOCS_URL}#intune",
        "RemediationStrings": [{"Language": "en_US", "Title": title, "Description": description}],
    }


def intune_rules() -> str:
    rules = [
        _rule(
            INTUNE_REPORT_SETTING,
            "Hygiene Checkup could not check this computer ({ActualValue}).",
            "Hygiene Checkup is missing or could not finish a checkup. Ask your IT contact.",
        )
    ]
    for meta in checks():
        rules.append(
            _rule(
                intune_setting(meta.id),
                f"{meta.title} ({meta.id}): {{ActualValue}}",
                f"Open Hygiene Checkup, go to {meta.category.label}, open '{meta.title}' and "
                "follow its fix, then check again.",
            )
        )
    return json.dumps({"Rules": rules}, indent=2, ensure_ascii=False) + "\n"


# -- generated blocks inside hand-written scripts ---------------------------------------------

BEGIN = "BEGIN GENERATED by scripts/fleet_policies.py"
END = "END GENERATED"


def intune_block() -> str:
    ids = ", ".join(f"'{meta.id}'" for meta in checks())
    return f"$CheckIds = @({ids})"


def jamf_block() -> str:
    return f'LATEST="{ATC_SQL}"'


def with_block(text: str, block: str, comment: str = "#") -> str:
    """`text` with the lines between its BEGIN/END markers replaced by `block`."""
    start = text.index(f"{comment} {BEGIN}")
    start = text.index("\n", start) + 1
    end = text.index(f"{comment} {END}", start)
    return text[:start] + block + "\n" + text[end:]


def rendered() -> dict[Path, str]:
    """Every generated file and its content."""
    files = {FLEET / "atc" / f"{p}.json": atc_config(p) for p in HISTORY_PATHS}
    files[FLEET / "agent-options.yml"] = agent_options()
    files[FLEET / "hygiene-checkup.policies.yml"] = policies()
    files[INTUNE / "hygiene-checkup-rules.json"] = intune_rules()
    ps1 = INTUNE / "hygiene-checkup-discovery.ps1"
    files[ps1] = with_block(ps1.read_text(encoding="utf-8"), intune_block())
    ea = JAMF / "hygiene-checkup-ea.sh"
    files[ea] = with_block(ea.read_text(encoding="utf-8"), jamf_block())
    return files


def main(argv: Sequence[str] = ()) -> int:
    for path, text in rendered().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

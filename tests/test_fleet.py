"""Fleet collection (docs/admins.md): the osquery ATC table, the Fleet policies, the Intune
rules and discovery script, the Jamf extension attribute and the RMM example.

The SQL is run exactly as committed, with the stdlib sqlite3, against real history databases
written by real checkups of recorded machines (`tests/fixtures/snapshots`), the way osquery
runs it: the ATC query on each history file opened read-only behind osquery's authorizer, its
rows typed as text with the implicit `path` column, then each policy on a table of those rows.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import sqlite3
import stat
import subprocess
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hygiene_app import cli
from hygiene_app.checks import default_registry
from hygiene_app.engine.assessment import assess
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.model import Status
from hygiene_app.engine.runner import run_checkup
from hygiene_app.engine.snapshot import Snapshot
from hygiene_app.services.history import HistoryStore, Origin, default_history_path, run_record
from tests.snapshot_machines import SNAPSHOTS

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DAY = 86400
#: Three checkups: alice first on the Ubuntu machine, then on the Fedora one (her latest);
#: bob once on the Windows office machine.
T_ALICE_OLD, T_ALICE, T_BOB = 1_793_000_000, 1_793_100_000, 1_793_200_000


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "_fleet_policies", ROOT / "scripts" / "fleet_policies.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FP = _script()

# -- osquery, as it runs ATC tables and queries (plugins/config/parsers/auto_constructed_tables
# and osquery/sql/sqlite_util.h: the authorizer's allowlist, minus what a read never needs) ----

_ALLOWED = {
    sqlite3.SQLITE_READ,
    sqlite3.SQLITE_SELECT,
    sqlite3.SQLITE_FUNCTION,
    sqlite3.SQLITE_RECURSIVE,
}


def _authorizer(code: int, *_args: object) -> int:
    return sqlite3.SQLITE_OK if code in _ALLOWED else sqlite3.SQLITE_DENY


def _glob(pattern: str, root: Path) -> list[Path]:
    """osquery's `%` (one folder level) under a test root standing for `/`."""
    return sorted(root.glob(pattern.lstrip("/").replace("%", "*")))


def atc_rows(table: Mapping[str, Any], root: Path) -> list[dict[str, str]]:
    """The rows osquery's ATC table gives: the query on every matching file, each opened
    read-only; cells keyed by the query's column names, as text; `path` added."""
    rows: list[dict[str, str]] = []
    for path in _glob(str(table["path"]), root):
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            conn.set_authorizer(_authorizer)
            cursor = conn.execute(str(table["query"]))
            names = [d[0] for d in cursor.description]
            assert names == list(table["columns"]), "the query must name exactly the columns"
            for values in cursor.fetchall():
                row = {"path": str(path)}
                for name, value in zip(names, values, strict=True):
                    # osquery keeps TEXT and INTEGER as text and drops a NULL cell: none here.
                    assert isinstance(value, (str, int)), (name, value)
                    row[name] = str(value)
                rows.append(row)
        finally:
            conn.close()
    return rows


def osquery_answer(query: str, rows: Sequence[Mapping[str, str]], now: int = T_BOB + DAY) -> bool:
    """Whether a Fleet policy passes (returns a row) over these `hygiene_checks` rows."""
    conn = sqlite3.connect(":memory:")
    try:
        columns = ("path", *FP.COLUMNS)
        conn.execute(f"CREATE TABLE {FP.TABLE} ({', '.join(f'{c} TEXT' for c in columns)})")
        conn.execute("CREATE TABLE time (unix_time INTEGER)")
        conn.execute("INSERT INTO time VALUES (?)", (now,))
        conn.executemany(
            f"INSERT INTO {FP.TABLE} VALUES ({', '.join('?' for _ in columns)})",  # noqa: S608
            [tuple(r[c] for c in columns) for r in rows],
        )
        conn.set_authorizer(_authorizer)
        return bool(conn.execute(query).fetchall())
    finally:
        conn.close()


# -- real histories ------------------------------------------------------------------------


def _utc(at: float) -> datetime:
    return datetime.fromtimestamp(at, UTC)


def _statuses(snapshot: str) -> dict[str, str]:
    data = json.loads((SNAPSHOTS / f"{snapshot}.json").read_text(encoding="utf-8"))
    return dict(data["statuses"])


def _record(store: HistoryStore, snapshot: str, at: float) -> int | None:
    loaded = Snapshot.load(SNAPSHOTS / f"{snapshot}.json")
    checkup = run_checkup(tuple(default_registry()), ProbeContext(loaded.seams()), replayed=True)
    score = assess(checkup.results, checkup.platform.os).score.value
    assert store.add(run_record(checkup.results, score, at, Origin.SCHEDULED, "9.9.9"))
    return score


def _emptied(path: Path) -> None:
    """A history with its tables and no checkup left in it."""
    store = HistoryStore(path)
    _record(store, "arch", T_BOB)
    store.close()
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM results")
        conn.execute("DELETE FROM runs")
    conn.close()


def _history_of(user: str, root: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the app keeps `user`'s history on Linux, under `root` standing for `/`."""
    monkeypatch.setenv("HOME", str(root / "home" / user))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    return default_history_path()


@pytest.fixture(scope="module")
def histories(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    root = tmp_path_factory.mktemp("fs")
    with pytest.MonkeyPatch.context() as mp:
        alice = HistoryStore(_history_of("alice", root, mp), clock=lambda: T_BOB)
        bob = HistoryStore(_history_of("bob", root, mp), clock=lambda: T_BOB)
    _record(alice, "ubuntu-22.04", T_ALICE_OLD)
    alice_score = _record(alice, "fedora-40", T_ALICE)
    bob_score = _record(bob, "windows-11-office", T_BOB)
    for store in (alice, bob):
        store.close()
    yield {
        "root": root,
        "alice": (alice.path, _statuses("fedora-40"), alice_score),
        "bob": (bob.path, _statuses("windows-11-office"), bob_score),
    }


def _linux_rows(root: Path) -> list[dict[str, str]]:
    return atc_rows(FP.atc_table("linux"), root)


# -- the generated files -------------------------------------------------------------------


def test_committed_files_are_what_the_script_generates() -> None:
    for path, text in FP.rendered().items():
        assert path.read_text(encoding="utf-8") == text, "run: python scripts/fleet_policies.py"


def test_every_check_has_one_policy_one_intune_rule_and_the_script_lists_it() -> None:
    ids = [c.meta.id for c in default_registry()]
    names = [p["name"] for p in _policies()]
    for check_id in ids:
        assert sum(f"({check_id})" in n for n in names) == 1
    assert len(names) == len(ids) + 1  # and "ran recently"
    settings = [r["SettingName"] for r in _rules()]
    assert settings == [FP.INTUNE_REPORT_SETTING, *(FP.intune_setting(i) for i in ids)]
    assert _ps1_ids() == ids


# -- osquery ATC ---------------------------------------------------------------------------


def test_atc_paths_are_where_the_app_keeps_each_users_history(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import platformdirs.windows
    from platformdirs.macos import MacOS

    def matches(pattern: str, path: str, sep: str) -> bool:
        parts = [re.escape(p) for p in pattern.split("%")]
        return re.fullmatch(f"[^{re.escape(sep)}]+".join(parts), path) is not None

    linux = str(_history_of("alice", Path("/"), monkeypatch))
    assert matches(FP.HISTORY_PATHS["linux"], linux, "/")
    assert not matches(
        FP.HISTORY_PATHS["linux"], "/home/a/b/.local/share/hygiene-app/history.sqlite3", "/"
    )

    monkeypatch.setenv("HOME", "/Users/alice")
    mac = MacOS("hygiene-app", appauthor=False).user_data_dir + "/history.sqlite3"
    assert matches(FP.HISTORY_PATHS["darwin"], mac, "/")

    folders = {"CSIDL_LOCAL_APPDATA": "C:\\Users\\alice\\AppData\\Local"}
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", folders.__getitem__)
    win = platformdirs.windows.Windows("hygiene-app", appauthor=False).user_data_dir
    win = win.replace("/", "\\") + "\\history.sqlite3"
    assert matches(FP.HISTORY_PATHS["windows"], win, "\\")
    # The app's own call: the user data folder of "hygiene-app", no author folder, not roaming.
    source = (ROOT / "hygiene_app" / "services" / "history.py").read_text(encoding="utf-8")
    assert "user_data_dir(APP_NAME, appauthor=False)" in source


def test_atc_configs_are_what_osquery_reads() -> None:
    for platform in FP.HISTORY_PATHS:
        config = json.loads((PACKAGING / "fleet" / "atc" / f"{platform}.json").read_text())
        table = config["auto_table_construction"]["hygiene_checks"]
        assert set(table) == {"query", "path", "columns", "platform"}
        assert table["platform"] == platform
        assert "path" not in table["columns"]  # osquery's own column; listing it is refused
        assert "\n" not in table["query"] and table["query"] == FP.ATC_SQL
    options = _yaml(PACKAGING / "fleet" / "agent-options.yml")
    for platform, override in options["overrides"]["platforms"].items():
        assert override["auto_table_construction"] == {"hygiene_checks": FP.atc_table(platform)}


def test_atc_table_is_each_users_latest_checkup(histories: dict[str, Any]) -> None:
    rows = _linux_rows(histories["root"])
    for user in ("alice", "bob"):
        path, statuses, score = histories[user]
        mine = [r for r in rows if r["path"] == str(path)]
        assert {r["check_id"]: r["status"] for r in mine} == statuses
        assert len(mine) == len(statuses)
        for row in mine:
            assert row["problem"] == ("1" if Status(row["status"]).is_problem else "0")
            assert row["severity"] in {"info", "low", "medium", "high", "critical"}
            assert row["origin"] == "scheduled" and row["app_version"] == "9.9.9"
            assert row["score"] == ("" if score is None else str(score))
    alice = next(r for r in rows if r["path"] == str(histories["alice"][0]))
    assert alice["run_at"] == str(T_ALICE)
    assert alice["run_time"] == _utc(T_ALICE).strftime("%Y-%m-%dT%H:%M:%SZ")


def test_atc_table_of_an_empty_or_missing_history_has_no_rows(tmp_path: Path) -> None:
    assert _linux_rows(tmp_path) == []
    _emptied(tmp_path / "home" / "carol" / ".local/share/hygiene-app/history.sqlite3")
    assert _linux_rows(tmp_path) == []


def test_atc_reads_a_history_the_app_has_open(tmp_path: Path) -> None:
    """The app keeps its history open (WAL journal) while osquery or Jamf reads it: the
    latest checkup, not yet folded into the main file, is what they see."""
    path = tmp_path / "home" / "dana" / ".local/share/hygiene-app/history.sqlite3"
    store = HistoryStore(path, clock=lambda: T_BOB)
    try:
        _record(store, "ubuntu-22.04", T_ALICE)
        _record(store, "macos-15-cafe", T_BOB)
        assert path.with_name(path.name + "-wal").exists()
        rows = _linux_rows(tmp_path)
        assert {r["check_id"]: r["status"] for r in rows} == _statuses("macos-15-cafe")
        if shutil.which("sqlite3") and shutil.which("bash"):
            cafe = _statuses("macos-15-cafe")
            expected = sorted(i for i, s in cafe.items() if Status(s).is_problem)
            assert _ea("problems", path) == " ".join(expected)
    finally:
        store.close()


def test_every_fleet_policy_answers_what_the_histories_say(histories: dict[str, Any]) -> None:
    rows = _linux_rows(histories["root"])
    alice_rows = [r for r in rows if r["path"] == str(histories["alice"][0])]
    alice, bob = histories["alice"][1], histories["bob"][1]
    answers = []
    for policy in _policies():
        match = re.search(r"\(([A-Z]+-\d{3})\)$", policy["name"])
        if match is None:
            continue
        check_id = match.group(1)
        ok_alice = alice[check_id] in FP.OK_STATUSES
        ok_bob = bob[check_id] in FP.OK_STATUSES
        assert osquery_answer(policy["query"], rows) is (ok_alice and ok_bob), check_id
        assert osquery_answer(policy["query"], alice_rows) is ok_alice, check_id
        assert osquery_answer(policy["query"], []) is False, check_id  # nothing recorded
        answers.append(ok_alice and ok_bob)
    assert True in answers and False in answers  # the recordings exercise both answers


@given(
    st.lists(st.lists(st.sampled_from([s.value for s in Status]), max_size=2), max_size=3),
    st.sampled_from([c.meta.id for c in default_registry()]),
)
def test_a_check_policy_passes_only_when_every_history_has_it_fine(
    users: list[list[str]], check_id: str
) -> None:
    """Any number of users, each with the check or not in their latest checkup (a history
    from an older version may lack it) and rows of other checks beside it."""
    rows = []
    for n, statuses in enumerate(users):
        for status in statuses[:1]:
            rows.append(_row(f"/home/u{n}/h", check_id, status))
        rows.append(_row(f"/home/u{n}/h", "ZZZ-999", statuses[-1] if statuses else "fail"))
    mine = [u[0] for u in users if u]
    expected = bool(mine) and all(s in FP.OK_STATUSES for s in mine)
    assert osquery_answer(FP.policy_sql(check_id), rows) is expected


def _row(path: str, check_id: str, status: str) -> dict[str, str]:
    row = dict.fromkeys(FP.COLUMNS, "")
    row.update(path=path, check_id=check_id, status=status, run_at=str(T_BOB))
    return row


def test_the_ran_recently_policy_follows_the_latest_checkup(histories: dict[str, Any]) -> None:
    (recent,) = [p for p in _policies() if "ran in the last" in p["name"]]
    rows = _linux_rows(histories["root"])
    assert osquery_answer(recent["query"], rows, now=T_BOB + 7 * DAY) is True
    assert osquery_answer(recent["query"], rows, now=T_BOB + 9 * DAY) is False
    assert osquery_answer(recent["query"], [], now=T_BOB) is False


def test_policies_are_fleet_policies() -> None:
    for policy in _policies():
        assert set(policy) == {"name", "platform", "critical", "description", "resolution", "query"}
        assert policy["platform"] == "darwin,linux,windows"
        assert isinstance(policy["critical"], bool)
        assert policy["query"].endswith(";") and "\n" not in policy["query"]
    names = [p["name"] for p in _policies()]
    assert len(set(names)) == len(names)


# -- Intune --------------------------------------------------------------------------------

PS1 = PACKAGING / "intune" / "hygiene-checkup-discovery.ps1"


def _ps1_ids() -> list[str]:
    match = re.search(r"^\$CheckIds = @\((.*)\)$", PS1.read_text(encoding="utf-8"), re.M)
    assert match is not None
    return re.findall(r"'([A-Z]+-\d{3})'", match.group(1))


def _ps1_words() -> dict[str, str]:
    match = re.search(r"^\$Words = @\{(.*)\}$", PS1.read_text(encoding="utf-8"), re.M)
    assert match is not None
    return dict(re.findall(r"'(\w+)' = '(\w+)'", match.group(1)))


def _rules() -> list[dict[str, Any]]:
    rules = json.loads((PACKAGING / "intune" / "hygiene-checkup-rules.json").read_text())["Rules"]
    assert isinstance(rules, list)
    return rules


def test_intune_rules_are_what_intune_accepts() -> None:
    raw = (PACKAGING / "intune" / "hygiene-checkup-rules.json").read_bytes()
    assert len(raw) < 100_000 and len(_rules()) <= 100
    for rule in _rules():
        assert rule["Operator"] == "IsEquals" and rule["DataType"] == "String"
        assert rule["Operand"] == "ok" and rule["MoreInfoUrl"].startswith("https://")
        (english,) = [s for s in rule["RemediationStrings"] if s["Language"] == "en_US"]
        assert english["Title"] and english["Description"]


def test_intune_script_emits_exactly_the_settings_the_rules_compare() -> None:
    text = PS1.read_text(encoding="utf-8")
    emitted = {"HygieneReport"} | {"Hygiene" + i.replace("-", "") for i in _ps1_ids()}
    assert "$settings['Hygiene' + ($id -replace '-', '')]" in text
    assert {r["SettingName"] for r in _rules()} == emitted
    # Every report status has a value, and only the statuses Fleet counts as fine are "ok".
    assert _ps1_words() == FP.INTUNE_WORDS
    assert set(_ps1_words()) == {s.value for s in Status}
    assert {s for s, w in _ps1_words().items() if w == "ok"} == set(FP.OK_STATUSES)
    # It reads a report only from the exit codes that write one.
    assert (cli.EXIT_OK, cli.EXIT_FINDINGS) == (0, 1)
    assert "$process.ExitCode -ne 0 -and $process.ExitCode -ne 1" in text
    assert "'check', '--format', 'json', '--output'" in text  # UTF-8 file, not the console
    assert "-RedirectStandardOutput" in text  # the app's own output never mixes into Intune's
    assert text.rstrip().endswith("return $settings | ConvertTo-Json -Compress")


def test_intune_script_stops_the_whole_process_tree_on_timeout() -> None:
    """No PowerShell here to run it: the timeout branch ends the app's whole tree with
    taskkill /T /F (its probes too), and that wait is bounded as well."""
    text = PS1.read_text(encoding="utf-8")
    branch = text[text.index("WaitForExit($TimeoutSeconds") : text.index("'timed_out'")]
    assert "taskkill.exe" in branch and "'/T', '/F', '/PID', $process.Id" in branch
    assert "-RedirectStandardOutput" in branch  # nothing of it in what Intune reads
    assert "$killer.WaitForExit(30000)" in branch


def test_intune_script_brackets_balance() -> None:
    """No PowerShell here to parse it: at least every bracket outside strings and comments
    closes the one it opened."""
    text = re.sub(r"<#.*?#>", "", PS1.read_text(encoding="utf-8"), flags=re.S)
    text = re.sub(r"#.*", "", re.sub(r"'[^']*'|\"[^\"]*\"", "''", text))
    stack: list[str] = []
    for char in text:
        if char in "([{":
            stack.append(char)
        elif char in ")]}":
            assert stack and stack.pop() == {")": "(", "]": "[", "}": "{"}[char]
    assert not stack


def test_intune_values_of_a_real_report(capsys: pytest.CaptureFixture[str]) -> None:
    """The script's mapping over a real report: every check in it lands on a rule's setting,
    and the device is compliant exactly when no check is a problem or unknown."""
    cli.main(["check", "--replay", str(SNAPSHOTS / "windows-11-office.json"), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    settings = {r["SettingName"]: "not_checked" for r in _rules()}
    settings["HygieneReport"] = "ok"
    words = _ps1_words()
    for check in report["checks"]:
        name = "Hygiene" + check["id"].replace("-", "")
        assert name in settings
        settings[name] = words[check["status"]]
    assert "not_checked" not in settings.values()
    compliant = all(settings[r["SettingName"]] == r["Operand"] for r in _rules())
    statuses = {c["status"] for c in report["checks"]}
    assert compliant is (statuses <= set(FP.OK_STATUSES))


# -- Jamf ----------------------------------------------------------------------------------

EA = PACKAGING / "jamf" / "hygiene-checkup-ea.sh"
needs_sqlite = pytest.mark.skipif(
    shutil.which("sqlite3") is None or shutil.which("bash") is None, reason="needs sqlite3, bash"
)


def _ea(show: str, history: Path) -> str:
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HYGIENE_EA_SHOW": show,
        "HYGIENE_HISTORY": str(history),
    }
    done = subprocess.run(
        ["bash", str(EA)], env=env, capture_output=True, text=True, timeout=30, check=True
    )
    assert done.stdout.count("\n") == 1
    match = re.fullmatch(r"<result>(.*)</result>\n", done.stdout)
    assert match is not None, done.stdout
    return match.group(1)


@needs_sqlite
def test_jamf_attribute_reads_the_latest_checkup(histories: dict[str, Any]) -> None:
    path, statuses, score = histories["alice"]
    problems = sorted(i for i, s in statuses.items() if Status(s).is_problem)
    unknown = sorted(i for i, s in statuses.items() if s in ("unknown", "error"))
    assert _ea("problems", path) == (" ".join(problems) or "none")
    assert _ea("could_not_tell", path) == (" ".join(unknown) or "none")
    assert _ea("score", path) == ("" if score is None else str(score))
    assert _ea("checked_at", path) == _utc(T_ALICE).strftime("%Y-%m-%d %H:%M:%S")
    _, bob, _ = histories["bob"]
    assert _ea("problems", histories["bob"][0]) == (
        " ".join(sorted(i for i, s in bob.items() if Status(s).is_problem)) or "none"
    )


@needs_sqlite
def test_jamf_attribute_without_a_history_says_not_checked(tmp_path: Path) -> None:
    missing = tmp_path / "history.sqlite3"
    assert _ea("problems", missing) == "not checked"
    assert _ea("score", missing) == ""
    _emptied(missing)
    assert _ea("could_not_tell", missing) == "not checked"
    assert _ea("checked_at", missing) == ""


@needs_sqlite
def test_jamf_attribute_keeps_a_planted_history_out_of_its_tags(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    _record(HistoryStore(path), "windows-11-cafe", T_BOB)
    with sqlite3.connect(path) as conn:
        conn.execute(
            "UPDATE results SET check_id = '</result><x>ZZZ-001' WHERE rowid ="
            " (SELECT rowid FROM results WHERE status = 'fail' LIMIT 1)"
        )
    conn.close()
    value = _ea("problems", path)
    assert "<" not in value and ">" not in value and "/" not in value
    assert "resultxZZZ-001" in value


@needs_sqlite
def test_jamf_attribute_runs_no_sql_planted_in_the_history(tmp_path: Path) -> None:
    """Jamf runs the attribute as root on the person's own file: a view calling writefile()
    must write nothing, even with a sqlite3 that trusts schema functions (as some builds do)."""
    path = tmp_path / "history.sqlite3"
    _record(HistoryStore(path), "windows-11-cafe", T_BOB)
    planted = tmp_path / "planted"
    with sqlite3.connect(path) as conn:
        conn.execute("ALTER TABLE runs RENAME TO real_runs")
        view = "SELECT *, writefile('PLANTED', 'root was here') AS w FROM real_runs"
        conn.execute("CREATE VIEW runs AS " + view.replace("PLANTED", str(planted)))
    conn.close()
    shim = tmp_path / "bin" / "sqlite3"
    shim.parent.mkdir()
    log = tmp_path / "argv"
    shim.write_text(
        f'#!/bin/sh\nprintf "%s\\n" "$@" >> "{log}"\n'
        f'exec "{shutil.which("sqlite3")}" -cmd "PRAGMA trusted_schema=ON" "$@"\n'
    )
    shim.chmod(0o700)
    env = {
        "PATH": f"{shim.parent}:{os.environ.get('PATH', '')}",
        "HYGIENE_EA_SHOW": "problems",
        "HYGIENE_HISTORY": str(path),
    }
    done = subprocess.run(
        ["bash", str(EA)], env=env, capture_output=True, text=True, timeout=30, check=True
    )
    assert done.stdout.startswith("<result>")
    assert not planted.exists()
    # This sqlite3 refuses writefile() in a view by itself; older ones need the script's own
    # guard: safe mode, untrusted schema, and a private copy instead of the person's file.
    argv = log.read_text().splitlines()
    queries = [i for i, a in enumerate(argv) if a.startswith("SELECT") and "FROM (" in a]
    assert queries
    for i in queries:
        assert argv[i - 1] != str(path)
    assert argv.count("-safe") >= len(queries)
    assert argv.count("PRAGMA trusted_schema=OFF") == len(queries)


def test_jamf_attribute_runs_the_atc_query() -> None:
    assert f'LATEST="{FP.ATC_SQL}"' in EA.read_text(encoding="utf-8")
    assert not set('"$`\\') & set(FP.ATC_SQL)  # safe inside the script's double quotes


# -- RMM -----------------------------------------------------------------------------------

RMM = PACKAGING / "rmm" / "hygiene-rmm.sh"


def _rmm(
    tmp_path: Path, snapshot: str, fail_on: str, report: Path | None = None
) -> tuple[int, str, Path | None]:
    shim = tmp_path / "hygiene-app"
    replay = SNAPSHOTS / f"{snapshot}.json"
    python = ROOT / ".venv" / "bin" / "python"
    python = python if python.exists() else Path(shutil.which("python3") or "python3")
    shim.write_text(f'#!/bin/sh\nexec "{python}" -m hygiene_app "$@" --replay "{replay}"\n')
    shim.chmod(0o700)
    env = {
        "PATH": f"{tmp_path}:{os.environ.get('PATH', '')}",
        "PYTHONPATH": str(ROOT),
        "HOME": str(tmp_path),
        "HYGIENE_FAIL_ON": fail_on,
        "QT_QPA_PLATFORM": "offscreen",
        "TMPDIR": str(tmp_path),
    }
    if report is not None:
        env["HYGIENE_REPORT"] = str(report)
    done = subprocess.run(
        ["sh", str(RMM)], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    return done.returncode, done.stdout, report


def test_rmm_example_maps_the_exit_codes(tmp_path: Path) -> None:
    rc, out, report = _rmm(tmp_path, "windows-11-cafe", "high", tmp_path / "report.json")
    assert rc == 1 and out.startswith("Hygiene Checkup: problems at high")
    assert json.loads(report.read_text())["schema"] == "hygiene-report"
    rc, out, _ = _rmm(tmp_path, "windows-11-office", "critical", tmp_path / "report.json")
    assert rc == 0 and out.startswith("Hygiene Checkup: OK")
    rc, out, _ = _rmm(tmp_path, "windows-11-office", "nonsense", tmp_path / "report.json")
    assert rc == 2 and "could not check (exit 2)" in out


def _tools_without_timeout(tmp_path: Path, *names: str) -> Path:
    """A PATH folder with only these system tools (no `timeout`, as on macOS)."""
    folder = tmp_path / "sysbin"
    folder.mkdir()
    for name in dict.fromkeys(names):
        found = shutil.which(name)
        assert found is not None, name
        (folder / name).symlink_to(found)
    return folder


@pytest.mark.parametrize("helper", ["perl", "sleep"])
def test_rmm_example_stops_the_app_at_the_deadline_without_timeout(
    tmp_path: Path, helper: str
) -> None:
    """macOS has no `timeout`: perl's alarm (or, without perl, a background job) stops it."""
    if shutil.which(helper) is None:
        pytest.skip(f"needs {helper}")
    sysbin = _tools_without_timeout(tmp_path, "mktemp", "sleep", helper)
    app = tmp_path / "bin" / "hygiene-app"
    app.parent.mkdir()
    app.write_text("#!/bin/sh\nexec sleep 100\n")
    app.chmod(0o700)
    env = {"PATH": f"{app.parent}:{sysbin}", "HYGIENE_TIMEOUT": "1", "TMPDIR": str(tmp_path)}
    done = subprocess.run(
        ["/bin/sh", str(RMM)], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 2
    assert done.stdout.startswith("Hygiene Checkup: could not check (exit ")


def test_rmm_example_reports_into_a_fresh_private_file(tmp_path: Path) -> None:
    rc, out, _ = _rmm(tmp_path, "windows-11-cafe", "high", report=None)
    assert rc == 1
    match = re.search(r"\(report: (.+)\)$", out.strip())
    assert match is not None, out
    report = Path(match.group(1))
    assert report.parent == tmp_path and report.name != "hygiene-checkup-report.json"
    assert json.loads(report.read_text())["schema"] == "hygiene-report"
    assert stat.S_IMODE(report.stat().st_mode) == 0o600


def test_rmm_readme_documents_the_cli_exit_codes() -> None:
    text = (PACKAGING / "rmm" / "README.md").read_text(encoding="utf-8")
    table = dict(re.findall(r"^\| `(\d+)` \| (\w+)", text, re.M))
    assert table == {
        str(cli.EXIT_OK): "OK",
        str(cli.EXIT_FINDINGS): "alert",
        str(cli.EXIT_USAGE): "error",
        str(cli.EXIT_INTERNAL): "error",
    }


# -- a reader for the YAML subset scripts/fleet_policies.py writes -------------------------


def _scalar(text: str) -> Any:
    if text in ("true", "false"):
        return text == "true"
    assert text.startswith('"'), text  # every string is double-quoted
    return json.loads(text)


def _yaml(path: Path) -> Any:
    lines = [
        (len(line) - len(line.lstrip(" ")), line.strip())
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    value, rest = _block(lines, 0)
    assert not rest
    return value


def _block(lines: list[tuple[int, str]], indent: int) -> tuple[Any, list[tuple[int, str]]]:
    if lines[0][1].startswith("- "):
        items: list[Any] = []
        while lines and lines[0][0] == indent and lines[0][1].startswith("- "):
            first = (indent + 2, lines[0][1][2:])
            if ": " not in first[1] and not first[1].endswith(":"):
                items.append(_scalar(first[1]))
                lines = lines[1:]
                continue
            item, lines = _block([first, *lines[1:]], indent + 2)
            items.append(item)
        return items, lines
    mapping: dict[str, Any] = {}
    while lines and lines[0][0] == indent:
        key, _, rest = lines[0][1].partition(":")
        assert re.fullmatch(r"[a-z_]+", key), key
        assert key not in mapping
        lines = lines[1:]
        if rest.strip():
            mapping[key] = _scalar(rest.strip())
        else:
            mapping[key], lines = _block(lines, lines[0][0])
    assert not lines or lines[0][0] < indent, lines[0]
    return mapping, lines


def _policies() -> list[dict[str, Any]]:
    policies = _yaml(PACKAGING / "fleet" / "hygiene-checkup.policies.yml")
    assert isinstance(policies, list)
    return policies


# -- docs/admins.md ------------------------------------------------------------------------

ADMINS = ROOT / "docs" / "admins.md"


@pytest.mark.parametrize(
    "doc",
    [
        ADMINS,
        ROOT / "README.md",
        PACKAGING / "README.md",
        *(PACKAGING / d / "README.md" for d in ("fleet", "intune", "jamf", "rmm")),
    ],
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_admin_docs_link_to_files_and_headings_that_exist(doc: Path) -> None:
    links = re.findall(r"\]\(([^)#]+)(?:#([^)]*))?\)", doc.read_text(encoding="utf-8"))
    assert links
    for link, anchor in links:
        if "://" in link:
            continue
        target = doc.parent / link
        assert target.exists(), link
        if anchor:
            assert anchor in _slugs(target), f"{link}#{anchor}"


def _slugs(doc: Path) -> set[str]:
    """GitHub's anchors for a Markdown file's headings."""
    return {
        re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
        for heading in re.findall(r"^#+ (.+)$", doc.read_text(encoding="utf-8"), re.M)
    }


def test_admin_guide_describes_the_shipped_table_and_attribute() -> None:
    text = ADMINS.read_text(encoding="utf-8")
    table = text[text.index("| column |") :]
    table = table[: table.index("\n\n")]
    documented = re.findall(r"^\| `(\w+)`(?:, `(\w+)`)? \| ", table, re.M)
    columns = [c for pair in documented for c in pair if c]
    assert columns == ["path", *FP.COLUMNS]
    for path in FP.HISTORY_PATHS.values():
        assert f"`{path}`" in text
    shows = re.findall(r"^#   (\w+) ", EA.read_text(encoding="utf-8"), re.M)
    assert shows == ["problems", "could_not_tell", "score", "checked_at"]
    for show in shows:
        assert f"| `{show}` |" in text
    for word in sorted(set(FP.INTUNE_WORDS.values())):
        assert f"`{word}`" in text


def test_admin_guide_anchors_lead_to_its_headings() -> None:
    text = ADMINS.read_text(encoding="utf-8")
    slugs = _slugs(ADMINS)
    anchors = re.findall(r"\]\(#([^)]+)\)", text)
    assert anchors
    assert set(anchors) <= slugs
    # Intune's "more information" link for every rule.
    assert FP.DOCS_URL.endswith("/docs/admins.md") and "intune" in slugs


def test_admin_guide_names_where_the_installers_put_the_schedule() -> None:
    text = ADMINS.read_text(encoding="utf-8")
    linux = (PACKAGING / "linux" / "build.sh").read_text(encoding="utf-8")
    windows = (PACKAGING / "windows" / "build.ps1").read_text(encoding="utf-8")
    macos = (PACKAGING / "macos" / "build_dmg.sh").read_text(encoding="utf-8")
    assert '"$STAGE/usr/lib/systemd/user"' in linux
    assert "`/usr/lib/systemd/user/hygiene-app-checkup.timer`" in text
    assert '$Schedule = Join-Path $App "schedule"' in windows
    assert "Hygiene Checkup\\schedule\\hygiene-app-checkup.xml`" in text
    assert '"$app/Contents/Resources/schedule/"' in macos
    assert "Hygiene Checkup.app/Contents/Resources/schedule/" in text

"""The checkup history: what it keeps (and never keeps), its bounds, what changed between two
checkups, and a damaged, newer or planted file."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hygiene_app.engine.model import (
    ALL_OSES,
    Category,
    CheckMeta,
    CheckResult,
    Finding,
    Severity,
    Status,
)
from hygiene_app.services.history import (
    CheckRecord,
    HistoryStore,
    Origin,
    RunRecord,
    changes,
    run_record,
)

DAY = 86400.0
NOW = 1_790_000_000.0


def result(check_id: str, status: Status, evidence: str = "") -> CheckResult:
    meta = CheckMeta(
        id=check_id,
        title="t",
        category=Category.DEVICE,
        platforms=ALL_OSES,
        weight=5,
        severity=Severity.MEDIUM,
        leaves_machine="Nothing",
    )
    reason = "could not tell" if status.needs_reason else ""
    finding = Finding(
        status, "s", Severity.HIGH, reason=reason, evidence={"secret": evidence} if evidence else {}
    )
    return CheckResult(meta, finding, 0.1)


def run(at: float, score: int | None, **statuses: Status) -> RunRecord:
    return RunRecord(
        at=at,
        score=score,
        results=tuple(
            CheckRecord(k.replace("_", "-"), Category.DEVICE, v, Severity.MEDIUM)
            for k, v in statuses.items()
        ),
    )


def store(tmp_path: Path, **kwargs: int) -> HistoryStore:
    return HistoryStore(tmp_path / "data" / "history.sqlite3", clock=lambda: NOW, **kwargs)


def test_a_checkup_is_kept_with_its_score_statuses_and_version(tmp_path):
    history = store(tmp_path)
    assert history.runs() == ()
    assert not history.path.exists()  # nothing on disk until a checkup is recorded
    record = run_record(
        [result("NET-001", Status.FAIL), result("UPD-001", Status.PASS)],
        62,
        NOW,
        Origin.CLI,
        app_version="1.2.3",
    )
    assert history.add(record)
    (kept,) = history.runs()
    assert kept == record
    assert kept.status_of("NET-001") is Status.FAIL
    assert kept.results[0].severity is Severity.HIGH
    assert history.problem == ""


def test_nothing_a_check_read_is_kept(tmp_path):
    history = store(tmp_path)
    history.add(
        run_record([result("PWD-003", Status.FAIL, "Chrome Passwords.csv")], 40, NOW, Origin.APP)
    )
    history.close()
    data = b"".join(p.read_bytes() for p in history.path.parent.iterdir())
    assert b"Chrome Passwords" not in data


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_the_file_is_private(tmp_path):
    history = store(tmp_path)
    history.add(run(NOW, 50, NET_001=Status.PASS))
    assert stat.S_IMODE(history.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(history.path.parent.stat().st_mode) == 0o700


def test_old_and_surplus_checkups_are_dropped(tmp_path):
    history = store(tmp_path, keep_days=30, keep_runs=3)
    history.add(run(NOW - 40 * DAY, 10, NET_001=Status.FAIL))
    for n in range(5):
        history.add(run(NOW - (5 - n) * DAY, 50 + n, NET_001=Status.PASS))
    kept = history.runs()
    assert [r.score for r in kept] == [52, 53, 54]
    assert history.runs(since=NOW - 2.5 * DAY)[0].score == 53
    assert [r.score for r in history.latest(2)] == [53, 54]
    with sqlite3.connect(history.path) as conn:  # the results of dropped runs went with them
        assert conn.execute("SELECT COUNT(*) FROM results").fetchone()[0] == 3


def test_what_changed_between_two_checkups():
    before = run(NOW - DAY, 50, A=Status.FAIL, B=Status.PASS, C=Status.UNKNOWN, D=Status.WARN)
    after = run(NOW, 58, A=Status.PASS, B=Status.WARN, C=Status.FAIL, D=Status.WARN, E=Status.FAIL)
    change = changes(before, after)
    assert change.fixed == ("A",)
    # B was good and E was not checked before: new. C could not be told before: nobody knows.
    assert change.new == ("B", "E")
    assert change.score_delta == 8
    assert changes(before, run(NOW, None, A=Status.PASS)).score_delta is None


@given(
    st.dictionaries(st.sampled_from("ABCDE"), st.sampled_from(list(Status))),
    st.dictionaries(st.sampled_from("ABCDE"), st.sampled_from(list(Status))),
)
def test_fixed_and_new_never_overlap_and_follow_the_statuses(a, b):
    change = changes(run(NOW - DAY, 1, **a), run(NOW, 2, **b))
    assert not set(change.fixed) & set(change.new)
    assert all(b[c] is Status.PASS and a[c].is_problem for c in change.fixed)
    assert all(b[c].is_problem and not a.get(c, Status.PASS).is_problem for c in change.new)


def test_a_damaged_file_is_set_aside_and_a_new_history_started(tmp_path):
    history = store(tmp_path)
    history.path.parent.mkdir(mode=0o700)
    history.path.write_bytes(b"this is not a database" * 100)
    assert history.runs() == ()
    assert history.add(run(NOW, 70, NET_001=Status.PASS))
    assert "could not be used" in history.problem
    kept = [p for p in history.path.parent.iterdir() if ".broken-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"this is not")
    assert [r.score for r in history.runs()] == [70]


def test_a_history_from_a_newer_app_is_kept_unchanged(tmp_path):
    history = store(tmp_path)
    history.add(run(NOW, 70, NET_001=Status.PASS))
    history.close()
    with sqlite3.connect(history.path) as conn:
        conn.execute("PRAGMA user_version = 99")
    conn.close()
    again = store(tmp_path)
    assert again.add(run(NOW, 71, NET_001=Status.PASS))
    assert any(".newer-" in p.name for p in again.path.parent.iterdir())
    assert [r.score for r in again.runs()] == [71]


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_a_planted_symlink_is_never_written_through(tmp_path):
    history = store(tmp_path)
    history.path.parent.mkdir(mode=0o700)
    target = tmp_path / "elsewhere.sqlite3"
    history.path.symlink_to(target)
    assert not history.add(run(NOW, 70, NET_001=Status.PASS))
    assert not target.exists()
    assert "symbolic link" in history.problem


def test_values_a_newer_app_wrote_are_left_out_not_fatal(tmp_path):
    history = store(tmp_path)
    history.add(run(NOW, 70, NET_001=Status.PASS, UPD_001=Status.FAIL))
    history.close()
    with sqlite3.connect(history.path) as conn:
        conn.execute("UPDATE results SET status = 'sparkly' WHERE check_id = 'UPD-001'")
    conn.close()
    (kept,) = store(tmp_path).runs()
    assert [r.check_id for r in kept.results] == ["NET-001"]

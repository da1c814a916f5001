"""Deleting a password export: re-checked right before, a link is not the file, nothing that
changed since the user was asked is touched."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from hygiene_app.checks.password_exports import META
from hygiene_app.engine.model import CheckResult, Finding, Status
from hygiene_app.services.exports import (
    ExportState,
    FoundExport,
    delete,
    delete_all,
    examine,
    found_exports,
)

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="symlinks and FIFOs")
HEADER = "name,url,username,password,note\nsite,https://x.example,ann,FAKE-pw,\n"


def export(folder: Path, name: str = "Chrome Passwords.csv") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(HEADER)
    return path


def found(path: Path) -> FoundExport:
    return FoundExport(str(path), path.stat().st_size)


def test_a_regular_export_is_deleted(tmp_path: Path):
    path = export(tmp_path / "Downloads")
    item = examine(found(path))
    assert item.state is ExportState.FILE
    done = delete(item)
    assert done.done and done.removed == (str(path),)
    assert not path.exists()


@posix_only
def test_a_link_is_named_as_one_and_the_real_file_goes_only_when_agreed(tmp_path: Path):
    real = export(tmp_path / "elsewhere", "real.csv")
    link = tmp_path / "Downloads" / "Chrome Passwords.csv"
    link.parent.mkdir()
    link.symlink_to(real)
    item = examine(found(link))
    assert item.state is ExportState.LINK
    assert item.target == str(real.resolve())

    refused = delete(item)
    assert not refused.done and str(real.resolve()) in refused.problem
    assert real.exists() and link.is_symlink()  # nothing removed, and it says so

    done = delete(item, real_file_too=True)
    assert done.done
    assert set(done.removed) == {str(real.resolve()), str(link)}
    assert not real.exists() and not link.is_symlink()


def test_a_file_replaced_after_the_question_is_left_alone(tmp_path: Path):
    path = export(tmp_path / "Downloads")
    item = examine(found(path))
    path.unlink()
    path.write_text(HEADER)  # same name and size, another file
    os.utime(path, ns=(1, 1))
    done = delete(item)
    assert not done.done and "changed since" in done.problem
    assert path.exists()


@posix_only
def test_a_link_pointed_elsewhere_after_the_question_is_left_alone(tmp_path: Path):
    real = export(tmp_path / "a", "real.csv")
    other = export(tmp_path / "b", "other.csv")
    link = tmp_path / "Downloads" / "export.csv"
    link.parent.mkdir()
    link.symlink_to(real)
    item = examine(found(link))
    link.unlink()
    link.symlink_to(other)
    done = delete(item, real_file_too=True)
    assert not done.done
    assert real.exists() and other.exists() and link.is_symlink()


@posix_only
def test_what_is_not_a_regular_file_is_never_deleted(tmp_path: Path):
    fifo = tmp_path / "export.csv"
    os.mkfifo(fifo)
    item = examine(FoundExport(str(fifo), None))
    assert item.state is ExportState.NOT_A_FILE and not item.deletable
    assert not delete(item).done and fifo.exists()
    folder = tmp_path / "dir.csv"
    folder.mkdir()
    assert examine(FoundExport(str(folder), None)).state is ExportState.NOT_A_FILE


def test_a_file_of_another_size_than_found_is_not_the_one_shown(tmp_path: Path):
    path = export(tmp_path / "Downloads")
    item = examine(FoundExport(str(path), path.stat().st_size + 10))
    assert item.state is ExportState.CHANGED
    assert not delete(item).done and path.exists()


def test_a_file_already_gone_is_not_a_problem(tmp_path: Path):
    item = examine(FoundExport(str(tmp_path / "gone.csv"), 10))
    assert item.state is ExportState.GONE
    done = delete_all([item], real_files_too=True)[0]
    assert done.done and done.removed == ()


def test_found_exports_reads_the_pwd003_evidence_only():
    evidence = {
        "exports": [
            {"path": "/home/u/Downloads/a.csv", "size": 12},
            {"path": "/home/u/Downloads/b.csv", "size": True},
            {"path": 5},
            "junk",
        ]
    }
    result = CheckResult(META, Finding(Status.FAIL, "x", evidence=evidence), 0.0)
    assert found_exports(result) == (
        FoundExport("/home/u/Downloads/a.csv", 12),
        FoundExport("/home/u/Downloads/b.csv", None),
    )

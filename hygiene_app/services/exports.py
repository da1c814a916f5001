"""Deleting the password exports PWD-003 found, honestly.

Between the checkup and the click on "Delete", a file can be gone, replaced, grown or turned
into something else; and a name in Downloads can be a symbolic link, whose removal leaves the
passwords in the file it points to. So each path is looked at when the user is asked
(`examine`), and looked at again right before it is deleted (`delete`): only a regular file
that is still the one the user was shown is deleted. A link says where the real file is, and
the real file goes only when the user agreed to that.
"""

from __future__ import annotations

import enum
import os
import stat
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from hygiene_app.engine.i18n import N_, fmt
from hygiene_app.engine.model import CheckResult


@dataclass(frozen=True, slots=True)
class FoundExport:
    """An export file as the checkup saw it."""

    path: str
    #: Its size in bytes then; None when not known.
    size: int | None = None


def found_exports(result: CheckResult) -> tuple[FoundExport, ...]:
    """The export files a PWD-003 finding names (nothing for any other finding)."""
    if result.meta.id != "PWD-003":
        return ()
    exports = result.finding.evidence.get("exports")
    if not isinstance(exports, list | tuple):
        return ()
    found = []
    for e in exports:
        if not isinstance(e, Mapping) or not isinstance(e.get("path"), str):
            continue
        size = e.get("size")
        ok_size = isinstance(size, int) and not isinstance(size, bool) and size >= 0
        found.append(FoundExport(str(e["path"]), size if ok_size else None))
    return tuple(found)


class ExportState(enum.StrEnum):
    #: A regular file, as found: it can be deleted.
    FILE = "file"
    #: A symbolic link to a regular file: the passwords are in `target`.
    LINK = "link"
    #: Nothing there any more.
    GONE = "gone"
    #: Something that is not a regular file (a folder, a pipe, a link to one): left alone.
    NOT_A_FILE = "not_a_file"
    #: A different size than the checkup saw: it is not the file the user was shown.
    CHANGED = "changed"
    #: It could not be looked at (permissions).
    UNREADABLE = "unreadable"


@dataclass(frozen=True, slots=True)
class _Identity:
    """What makes "the same file": a rename or a new file changes the inode or the size."""

    device: int
    inode: int
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, st: os.stat_result) -> _Identity:
        return cls(st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


@dataclass(frozen=True, slots=True)
class ExportOnDisk:
    """What is at an export's path now."""

    path: str
    state: ExportState
    #: For a LINK: the real file it points to.
    target: str = ""
    #: The path's own identity (the link itself for a LINK), to re-check before deleting.
    identity: _Identity | None = None
    #: For a LINK: the real file's identity.
    target_identity: _Identity | None = None

    @property
    def deletable(self) -> bool:
        return self.state in (ExportState.FILE, ExportState.LINK)


def examine(found: FoundExport) -> ExportOnDisk:
    """Look at `found.path` without following it, and at what a link points to."""
    path = found.path
    try:
        own = os.lstat(path)
    except FileNotFoundError:
        return ExportOnDisk(path, ExportState.GONE)
    except OSError:
        return ExportOnDisk(path, ExportState.UNREADABLE)
    if stat.S_ISLNK(own.st_mode):
        try:
            real = Path(path).resolve(strict=True)
            target = os.lstat(real)
        except FileNotFoundError:
            return ExportOnDisk(path, ExportState.GONE)
        except (OSError, RuntimeError):
            return ExportOnDisk(path, ExportState.UNREADABLE)
        if not stat.S_ISREG(target.st_mode):
            return ExportOnDisk(path, ExportState.NOT_A_FILE, str(real))
        if found.size is not None and target.st_size != found.size:
            return ExportOnDisk(path, ExportState.CHANGED, str(real))
        return ExportOnDisk(
            path, ExportState.LINK, str(real), _Identity.of(own), _Identity.of(target)
        )
    if not stat.S_ISREG(own.st_mode):
        return ExportOnDisk(path, ExportState.NOT_A_FILE)
    if found.size is not None and own.st_size != found.size:
        return ExportOnDisk(path, ExportState.CHANGED)
    return ExportOnDisk(path, ExportState.FILE, identity=_Identity.of(own))


@dataclass(frozen=True, slots=True)
class Deletion:
    """What happened to one export: the paths removed, and why not when it was not."""

    path: str
    removed: tuple[str, ...] = ()
    #: Why the passwords are still on disk, in a sentence; empty when they are not.
    problem: str = ""

    @property
    def done(self) -> bool:
        return not self.problem


def delete(item: ExportOnDisk, *, real_file_too: bool = False) -> Deletion:
    """Delete an examined export if it is still exactly what `examine` saw. A link is only
    removed together with the real file it points to, and only when `real_file_too` (the
    user agreed): removing just the link would leave every password where it was."""
    if item.state is ExportState.GONE:
        return Deletion(item.path)  # nothing there: no passwords there either
    if not item.deletable or item.identity is None:
        return Deletion(item.path, problem=why_not(item))
    if item.state is ExportState.LINK:
        if not real_file_too:
            return Deletion(
                item.path,
                problem=fmt(
                    N_(
                        "It is a link to {target}, where the passwords are; "
                        "that file was not deleted."
                    ),
                    target=item.target,
                ),
            )
        return _delete_link_and_target(item)
    if not _still(item.path, item.identity, regular=True):
        return Deletion(item.path, problem=_CHANGED_SINCE)
    try:
        Path(item.path).unlink()
    except FileNotFoundError:
        return Deletion(item.path)  # gone meanwhile: the passwords are not there either
    except OSError as exc:
        return Deletion(item.path, problem=_os_problem(exc))
    return Deletion(item.path, (item.path,))


def _delete_link_and_target(item: ExportOnDisk) -> Deletion:
    link_id, target_id = item.identity, item.target_identity
    if link_id is None or target_id is None or not _still(item.path, link_id, regular=False):
        return Deletion(item.path, problem=_CHANGED_SINCE)
    try:
        real = str(Path(item.path).resolve(strict=True))
    except (OSError, RuntimeError):
        return Deletion(item.path, problem=_CHANGED_SINCE)
    if real != item.target or not _still(real, target_id, regular=True):
        return Deletion(item.path, problem=_CHANGED_SINCE)
    removed = []
    try:
        Path(real).unlink()
        removed.append(real)
        Path(item.path).unlink()
        removed.append(item.path)
    except FileNotFoundError:
        pass
    except OSError as exc:
        if not removed:
            return Deletion(item.path, problem=_os_problem(exc))
    return Deletion(item.path, tuple(removed))


def delete_all(items: Sequence[ExportOnDisk], *, real_files_too: bool) -> tuple[Deletion, ...]:
    return tuple(delete(i, real_file_too=real_files_too) for i in items)


_CHANGED_SINCE = N_(
    "It changed since you were asked (it was moved, replaced or edited), so it was left "
    "alone; check again to see it as it is now."
)


def why_not(item: ExportOnDisk) -> str:
    """Why an export that is not deletable as it stands was left alone, in a sentence."""
    if item.state is ExportState.GONE:
        return N_("It is no longer there.")
    if item.state is ExportState.NOT_A_FILE:
        return N_("It is not a regular file any more, so it was left alone.")
    if item.state is ExportState.CHANGED:
        return N_(
            "It is not the file the checkup found (its size changed), so it was left alone; "
            "check again to see it as it is now."
        )
    if item.state is ExportState.UNREADABLE:
        return N_("It could not be looked at (no permission), so it was left alone.")
    return ""


def _still(path: str, identity: _Identity, *, regular: bool) -> bool:
    try:
        st = os.lstat(path)
    except OSError:
        return False
    kind_ok = stat.S_ISREG(st.st_mode) if regular else stat.S_ISLNK(st.st_mode)
    return kind_ok and _Identity.of(st) == identity


def _os_problem(exc: OSError) -> str:
    return fmt(N_("It could not be deleted ({why})."), why=exc.strerror or type(exc).__name__)

"""`check --output FILE`: the report written to a file, whole or not at all.

Scripts and schedulers read the file the moment the command ends, maybe while the next run is
already writing it: a half-written report would parse as nothing, or worse as a shorter one. So
the report goes through `engine.atomic` (a temporary file renamed over the target, 0600), and the
target is checked before the checkup runs, so a typo in the folder costs nothing and exits 2.
"""

from __future__ import annotations

from pathlib import Path

from hygiene_app.engine.atomic import atomic_write_text
from hygiene_app.engine.i18n import N_, fmt


class OutputError(ValueError):
    """The report cannot be written where asked (the CLI exits 2 with this one line)."""


def output_target(path: Path) -> Path:
    """`path` if a report can be written there: its folder exists (it is not created: a
    mistyped folder would otherwise quietly collect reports) and it is not itself a folder."""
    if path.is_dir():
        raise OutputError(fmt(N_("{path} is a folder; give a file name"), path=str(path)))
    folder = path.parent
    if not folder.is_dir():
        raise OutputError(fmt(N_("folder {folder} does not exist"), folder=str(folder)))
    return path


def write_output(path: Path, text: str) -> None:
    """Replace `path` with `text` atomically: afterwards the file is the whole report or, if
    the write failed, whatever was there before (never a part of it)."""
    output_target(path)
    try:
        atomic_write_text(path, text)
    except OSError as exc:
        raise OutputError(
            fmt(N_("cannot write {path}: {reason}"), path=str(path), reason=exc.strerror or exc)
        ) from None

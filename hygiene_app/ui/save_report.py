""" "Save report…" on Home: the checkup shown, as a web page or a PDF to keep, print or send.

The report is the one `hygiene-app report` writes (`services.report_html`, `ui.report_pdf`),
built from what the window shows: the last checkup with the findings checked again since, the
overview's assessment with the user's set-asides, and this computer's organisation (its policy's
contact card, notes and warning; a recording has none). Its words are in the reader's language.
The page is built on the UI thread (it only formats text) and the file is laid out and written
on a worker thread, so a long PDF never freezes the window.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from hygiene_app.engine.atomic import atomic_write_text
from hygiene_app.engine.i18n import N_
from hygiene_app.services.machine import Machine
from hygiene_app.services.report_html import (
    Organisation,
    ReportRequest,
    file_kind,
    organisation_of,
    render_html,
)
from hygiene_app.ui.background import run_in_background
from hygiene_app.ui.widgets import engine_text, tell

if TYPE_CHECKING:
    from hygiene_app.ui.main_window import MainWindow

#: Asks where to save: (parent, suggested path) -> (chosen path or "", the type chosen ("pdf"
#: or "html"), whether to leave out names and addresses as `hygiene-app report --redact` does).
AskPath = Callable[[QWidget, str], tuple[str, str, bool]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("SaveReport", text)


def organisation_for(machine: Machine) -> Organisation:
    """The organisation's part of the report: from this computer's policy; none for a
    recording (its policy is not ours to show, and it has none: `Machine.recording_of`)."""
    return Organisation() if machine.is_recording else organisation_of(machine.policy)


def page_language() -> str:
    """The page's language code ("de"), from the locale the app's words follow; "en" for the
    C/POSIX locale, whose name is no language."""
    code = QLocale().bcp47Name().split("-")[0]
    return code if code.isalpha() and code.islower() and len(code) in (2, 3) else "en"


def suggested_path(now: float) -> str:
    """Documents (or home) / hygiene-report-<day>.pdf: a name that sorts by date."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    base = Path(folder) if folder and Path(folder).is_dir() else Path.home()
    return str(base / f"hygiene-report-{time.strftime('%Y-%m-%d', time.localtime(now))}.pdf")


def ask_path(parent: QWidget, suggested: str) -> tuple[str, str, bool]:
    """The system's save dialog, offering a PDF (to print) or a web page (to send), each also
    without this computer's names and addresses (for sending to someone outside)."""
    types = {
        _tr("PDF document (*.pdf)"): ("pdf", False),
        _tr("Web page (*.html)"): ("html", False),
        _tr("PDF document without names and addresses (*.pdf)"): ("pdf", True),
        _tr("Web page without names and addresses (*.html)"): ("html", True),
    }
    first = next(iter(types))
    path, chosen = QFileDialog.getSaveFileName(
        parent, _tr("Save report"), suggested, ";;".join(types), first
    )
    kind, redact = types.get(chosen, types[first])
    return path, kind, redact


def with_kind(path: str, chosen: str) -> Path:
    """`path`, ending in .pdf or .html: a name typed without one gets the chosen type's."""
    if file_kind(Path(path).name) is not None:
        return Path(path)
    return Path(path + (".html" if chosen == "html" else ".pdf"))


def save_report(
    window: MainWindow, path: str | None = None, *, redact: bool = False, ask: AskPath = ask_path
) -> None:
    """Ask where (unless `path` is given), then write the report of what `window` shows; the
    status bar says where it went, or a message says why it could not be written."""
    checkup = window.controller.checkup
    assessment = window.overview.assessment
    if checkup is None or assessment is None:
        return
    if path is None:
        path, chosen, redact = ask(window, suggested_path(time.time()))
        if not path:
            return
    else:
        chosen = "pdf"
    target = with_kind(path, chosen)
    request = ReportRequest(checkup, assessment, organisation_for(window.machine), redact=redact)
    page = render_html(request, engine_text, lang=page_language())
    title = engine_text(N_("Security checkup report"))
    pdf = file_kind(target.name) == "pdf"
    window.save_report_button.setEnabled(False)

    def work(_progress: Callable[[int, int], None]) -> object:
        if pdf:
            from hygiene_app.ui.report_pdf import write_pdf

            write_pdf(target, page, title=title)
        else:
            atomic_write_text(target, page)
        return target

    def done(answer: object) -> None:
        window.save_report_button.setEnabled(window.controller.checkup is not None)
        if isinstance(answer, Path):
            window.statusBar().showMessage(
                _tr("Report saved to {path}.").format(path=answer), 15000
            )
            return
        reason = answer.strerror if isinstance(answer, OSError) else None
        tell(
            window,
            _tr("Could not save the report"),
            _tr("The report could not be saved to {path}: {reason}").format(
                path=target, reason=reason or answer
            ),
            QMessageBox.Icon.Warning,
        )

    run_in_background(window, work, done)

"""The printable report as a PDF, made with Qt's own printing support.

The page's HTML (`services.report_html`) is laid out by QTextDocument and printed by QPdfWriter
into memory, then written in one go through `engine.atomic` (0600, complete or absent): no
browser, no other program and no new dependency. Paper is A4, or Letter where people print on
Letter (the locale's country), and QTextDocument numbers the pages.

The command line has no window: `pdf_application()` starts Qt on its "offscreen" platform when
no application exists yet, so `hygiene-app report --output FILE.pdf` works over SSH too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from hygiene_app.engine.atomic import atomic_write_bytes

#: Countries that print on US Letter rather than A4.
_LETTER = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.Venezuela,
        QLocale.Country.Guatemala,
        QLocale.Country.CostaRica,
        QLocale.Country.PuertoRico,
        QLocale.Country.Panama,
        QLocale.Country.ElSalvador,
        QLocale.Country.DominicanRepublic,
    }
)
#: Dots per inch the PDF is laid out at: fine enough for text, small enough to stay quick.
RESOLUTION = 300

#: Keeps the application `pdf_application` made alive for the rest of the process.
_app: QGuiApplication | None = None


def paper_for(locale: QLocale | None = None) -> QPageSize.PageSizeId:
    """Letter where the locale's country prints on it, A4 everywhere else."""
    country = (locale or QLocale()).territory()
    return QPageSize.PageSizeId.Letter if country in _LETTER else QPageSize.PageSizeId.A4


def pdf_application() -> QGuiApplication:
    """The running Qt application, or one on the "offscreen" platform for the command line
    (laying out text needs fonts, and fonts need an application; no window ever opens). A
    full QApplication, so that whatever runs later in the same process (the window, a test)
    finds the kind of application it needs: there can only ever be one."""
    global _app
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    from PySide6.QtWidgets import QApplication

    _app = QApplication(["hygiene-app", "-platform", "offscreen"])
    return _app


def pdf_bytes(html: str, *, title: str = "", paper: QPageSize.PageSizeId | None = None) -> bytes:
    """`html` printed to a PDF, as bytes. Needs a QGuiApplication (`pdf_application`)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("Hygiene Checkup")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(paper if paper is not None else paper_for()),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    document.setHtml(html)
    # Without a page size of its own, the document is laid out on the writer's pages with 2 cm
    # margins and numbered pages (QTextDocument.print); the writer adds no margin of its own.
    document.print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data.data())


def write_pdf(
    path: Path, html: str, *, title: str = "", paper: QPageSize.PageSizeId | None = None
) -> None:
    """Write the report `html` as a PDF at `path` (0600, complete or absent). Raises OSError."""
    atomic_write_bytes(path, pdf_bytes(html, title=title, paper=paper))

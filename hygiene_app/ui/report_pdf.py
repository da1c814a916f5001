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

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

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
            # What QTextDocument.print_ would set on a writer without margins, set here so
            # that `keep_together` measures the very pages print_ lays the text out on.
            QMarginsF(2, 2, 2, 2),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    document.setHtml(html)
    keep_together(document, writer)
    # Without a page size of its own, the document is laid out on the writer's pages with 2 cm
    # margins and numbered pages (QTextDocument.print), inside the writer's 2 mm.
    document.print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data.data())


def printed_layout(document: QTextDocument, device: QPagedPaintDevice) -> QTextDocument:
    """A copy of `document` laid out exactly as `QTextDocument.print_` lays it out on `device`
    (the writer's pages in device pixels, 2 cm margins at the screen's resolution), so the
    pages things fall on can be measured before printing."""
    copy = document.clone()
    copy.documentLayout().setPaintDevice(device)
    frame = copy.rootFrame().frameFormat()
    margin_x = int(2 / 2.54 * _source_dpi_x())
    margin_y = int(2 / 2.54 * _source_dpi_y())
    frame.setLeftMargin(margin_x)
    frame.setRightMargin(margin_x)
    frame.setTopMargin(margin_y)
    frame.setBottomMargin(margin_y)
    copy.rootFrame().setFrameFormat(frame)
    copy.setPageSize(QSizeF(device.width(), device.height()))
    copy.pageCount()  # the whole layout now: measuring a block alone may see a stale one
    return copy


def _source_dpi_x() -> int:
    screen = QGuiApplication.primaryScreen()
    return round(screen.logicalDotsPerInchX()) if screen is not None else 96


def _source_dpi_y() -> int:
    screen = QGuiApplication.primaryScreen()
    return round(screen.logicalDotsPerInchY()) if screen is not None else 96


def keep_together(document: QTextDocument, device: QPagedPaintDevice) -> None:
    """Start a heading on the next page where it would otherwise end a page alone, and keep
    a heading with the table under it (the report's areas table) when both fit on one page.
    When that leaves the overview's last page mostly empty, the first area follows on it
    instead of on a page of its own.

    QTextDocument knows only "break before" and "break after" (no "avoid"), so the document
    is laid out as it will be printed, the first heading that is cut off from what follows it
    gets a page break before it, and the layout is measured again (a break moves everything
    after it). Headings that already start a page (each area) are left as they are."""
    moved: set[int] = set()
    _move_cut_off_headings(document, device, moved)
    copy = printed_layout(document, device)
    page = copy.pageSize().height()
    area = _first_forced_break(copy, moved)
    if area is not None and area.previous().isValid():
        end = copy.documentLayout().blockBoundingRect(area.previous()).bottom()
        # Only a page the overview spilled onto: page 1 keeps the summary to itself.
        if end >= page and end % page < page * _SPARSE:
            _set_break_before(document.findBlockByNumber(area.blockNumber()), on=False)
            _move_cut_off_headings(document, device, moved)


#: A page filled less than this is not worth keeping to itself.
_SPARSE = 0.5
#: Headings moved to the next page at most (each move lays the document out again).
_MAX_MOVES = 200


def _move_cut_off_headings(
    document: QTextDocument, device: QPagedPaintDevice, moved: set[int]
) -> None:
    """Give the first heading cut off from what follows it a page break, lay the document out
    afresh (a layout does not reliably move what follows a changed block), and again."""
    start = 0
    for _ in range(_MAX_MOVES):
        copy = printed_layout(document, device)
        page = copy.pageSize().height()
        block = copy.findBlockByNumber(start)
        while block.isValid():
            number = block.blockNumber()
            if (
                _is_heading(block)
                and number not in moved
                and not _breaks_before(block)
                and _cut_off(copy, block, page)
            ):
                moved.add(number)
                _set_break_before(document.findBlockByNumber(number), on=True)
                start = number
                break
            block = block.next()
        else:
            return


def _first_forced_break(document: QTextDocument, moved: set[int]) -> QTextBlock | None:
    """The first heading the page itself starts on a new page (the first area)."""
    block = document.begin()
    while block.isValid():
        if _breaks_before(block) and block.blockNumber() not in moved:
            return block
        block = block.next()
    return None


def _is_heading(block: QTextBlock) -> bool:
    """A heading, or a paragraph wholly in bold that leads into what follows ("How to fix:
    ...", which Qt would print smaller as a real heading: its headings ignore the page's
    font sizes)."""
    if QTextCursor(block).currentTable() is not None:
        return False  # a break inside a table puts each of its rows on a page of its own
    if block.blockFormat().headingLevel() > 0:
        return True
    if block.textList() is not None or not block.text().strip():
        return False
    fragments = block.begin()
    while not fragments.atEnd():
        fragment = fragments.fragment()
        if fragment.text().strip() and fragment.charFormat().fontWeight() < QFont.Weight.Bold:
            return False
        fragments += 1
    return True


def _breaks_before(block: QTextBlock) -> bool:
    policy = block.blockFormat().pageBreakPolicy()
    return bool(policy & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)


def _cut_off(document: QTextDocument, heading: QTextBlock, page: float) -> bool:
    """Whether `heading` ends on another page than the start of what follows it (a table: the
    whole table, when it fits on a page with the heading)."""
    layout = document.documentLayout()
    rect = layout.blockBoundingRect(heading)
    first = int(rect.top() // page)
    after = heading.next()
    if not after.isValid():
        return False
    table = QTextCursor(after).currentTable()
    if table is not None:
        box = layout.frameBoundingRect(table)
        if box.height() + rect.height() <= page * 0.8:
            return int((box.bottom() - 1) // page) != first
        return int(box.top() // page) != first
    if QTextCursor(after).currentFrame() is not document.rootFrame():
        return False  # inside another frame: its rectangle is not in page coordinates
    line = after.layout().lineAt(0) if after.layout().lineCount() else None
    below = layout.blockBoundingRect(after)
    start = below.top() + (line.rect().bottom() if line is not None else 0)
    return int(start // page) != first


def _set_break_before(block: QTextBlock, *, on: bool) -> None:
    fmt = block.blockFormat()
    flag = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    policy = fmt.pageBreakPolicy()
    fmt.setPageBreakPolicy(policy | flag if on else policy & ~flag)
    QTextCursor(block).setBlockFormat(fmt)


def write_pdf(
    path: Path, html: str, *, title: str = "", paper: QPageSize.PageSizeId | None = None
) -> None:
    """Write the report `html` as a PDF at `path` (0600, complete or absent). Raises OSError."""
    atomic_write_bytes(path, pdf_bytes(html, title=title, paper=paper))

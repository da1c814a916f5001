"""The PDF report made with Qt's printing support: a real PDF with one page or more per area,
on A4 or Letter by the locale, every page with text on it, written 0600 and whole.

The PDF is read back by a small reader of its own structure (page objects, their MediaBox and
the text operators of their content streams), since the project's Qt has no PDF renderer
(PySide6-Essentials lacks QtPdf); where QtPdf is installed the pages are also rendered to
images and looked at for ink."""

from __future__ import annotations

import re
import stat
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from hygiene_app.checks import default_registry
from hygiene_app.engine.assessment import assess
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.runner import run_checkup
from hygiene_app.engine.snapshot import Snapshot
from hygiene_app.services.report_html import Organisation, ReportRequest, render_html
from hygiene_app.ui.report_pdf import paper_for, pdf_bytes, write_pdf

ROOT = Path(__file__).resolve().parents[2]
CAFE = ROOT / "tests" / "fixtures" / "snapshots" / "windows-11-cafe.json"
#: Page sizes in PDF points.
A4 = (595, 842)
LETTER = (612, 792)


def report_html() -> str:
    checkup = run_checkup(
        tuple(default_registry()), ProbeContext(Snapshot.load(CAFE).seams()), replayed=True
    )
    assessment = assess(checkup.results, checkup.platform.os)
    return render_html(ReportRequest(checkup, assessment, Organisation()))


def areas_in(page: str) -> int:
    return page.count('<h2 class="area">')


class PdfPages:
    """The pages of a PDF Qt wrote: size and the number of text-showing operators on each."""

    def __init__(self, data: bytes) -> None:
        assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
        self.objects = {
            int(m.group(1)): m.group(2) for m in re.finditer(rb"(?s)(\d+) 0 obj(.*?)endobj", data)
        }
        self.pages = [
            body for body in self.objects.values() if re.search(rb"/Type\s*/Page(?![s\w])", body)
        ]

    def size(self, page: bytes) -> tuple[int, int]:
        m = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", page)
        assert m is not None
        return round(float(m.group(1))), round(float(m.group(2)))

    def text_operators(self, page: bytes) -> int:
        m = re.search(rb"/Contents\s+(\d+)\s+0\s+R", page)
        assert m is not None
        body = self.objects[int(m.group(1))]
        stream = re.search(rb"(?s)stream\r?\n(.*)endstream", body)
        assert stream is not None
        raw = stream.group(1)
        content = zlib.decompress(raw) if b"/FlateDecode" in body else raw
        return len(re.findall(rb"\bT[Jj]\b", content))


@pytest.fixture(scope="module")
def page() -> str:
    return report_html()


def test_the_pdf_has_a_page_per_area_each_with_text(qapp, page) -> None:
    pdf = PdfPages(
        pdf_bytes(
            page,
            title="Report",
            paper=paper_for(QLocale(QLocale.Language.German, QLocale.Country.Germany)),
        )
    )
    # The overview, then every area starting on a page of its own.
    assert len(pdf.pages) >= 1 + areas_in(page) >= 7
    for p in pdf.pages:
        assert pdf.size(p) == A4
        assert pdf.text_operators(p) > 0, "a blank page"


def test_letter_paper_where_the_locale_prints_on_it(qapp, page) -> None:
    us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert pdf_size(page, paper_for(us)) == LETTER
    uk = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    assert pdf_size(page, paper_for(uk)) == A4


def pdf_size(page: str, paper) -> tuple[int, int]:
    pdf = PdfPages(pdf_bytes(page, paper=paper))
    return pdf.size(pdf.pages[0])


def test_the_pdf_is_written_private_and_whole(qapp, page, tmp_path) -> None:
    target = tmp_path / "report.pdf"
    target.write_text("an old report")
    write_pdf(target, page, title="Report")
    assert target.read_bytes().startswith(b"%PDF-")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]  # no temporary left


def test_the_pdf_carries_its_title(qapp, page) -> None:
    data = pdf_bytes(page, title="Security checkup report")
    assert "Security checkup report".encode("utf-16-be") in data


def test_pages_rendered_by_qtpdf_have_ink(qapp, page, tmp_path) -> None:
    """Where Qt's PDF module is installed (PySide6-Addons), render each page as a person
    would see it and look for ink."""
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    from PySide6.QtCore import QSize

    path = tmp_path / "r.pdf"
    write_pdf(path, page)
    document = qtpdf.QPdfDocument()
    document.load(str(path))
    assert document.pageCount() >= 1 + areas_in(page)
    for n in range(document.pageCount()):
        size = document.pagePointSize(n)
        image = document.render(n, QSize(int(size.width()), int(size.height())))
        dark = sum(
            1
            for x in range(0, image.width(), 4)
            for y in range(0, image.height(), 4)
            if image.pixelColor(x, y).lightness() < 128
        )
        assert dark > 50, f"page {n + 1} is blank"

"""The PDF report made with Qt's printing support: a real PDF with one page or more per area,
on A4 or Letter by the locale, every page with text on it, written 0600 and whole.

The PDF is read back by a small reader of its own structure (page objects, their MediaBox and
the text operators of their content streams), since the project's Qt has no PDF renderer
(PySide6-Essentials lacks QtPdf); where poppler's pdftoppm is installed (CI installs it) the
pages are also rendered to images and looked at for ink."""

from __future__ import annotations

import re
import shutil
import stat
import subprocess
import unicodedata
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


PDFTOPPM = shutil.which("pdftoppm")


@pytest.mark.skipif(PDFTOPPM is None, reason="pdftoppm (poppler-utils) is not installed")
def test_pages_rendered_by_pdftoppm_have_ink(qapp, page, tmp_path) -> None:
    """Render every page as a person would see it, with poppler's pdftoppm (another
    program's reading of the PDF, not ours), and look for ink on each. CI installs
    poppler-utils (.ci/run), so this runs there; PySide6-Essentials has no QtPdf."""
    assert PDFTOPPM is not None
    path = tmp_path / "r.pdf"
    write_pdf(path, page)
    subprocess.run(
        [PDFTOPPM, "-r", "30", "-gray", path.name, "page"],
        cwd=tmp_path,
        check=True,
        timeout=120,
        capture_output=True,
    )
    images = sorted(tmp_path.glob("page-*.pgm"))
    pdf = PdfPages(path.read_bytes())
    assert len(images) == len(pdf.pages) >= 1 + areas_in(page)
    for n, (image, pdf_page) in enumerate(zip(images, pdf.pages, strict=True), 1):
        width, height, pixels = _pgm(image.read_bytes())
        points = pdf.size(pdf_page)
        assert (width, height) == tuple(round(p * 30 / 72) for p in points)  # the page's paper
        dark = sum(1 for value in pixels if value < 128)
        assert dark > 50, f"page {n} is blank"


def _pgm(data: bytes) -> tuple[int, int, bytes]:
    """A binary PGM (P5, 8 bits) as width, height and its grey values."""
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", data)
    assert header is not None
    width, height = int(header.group(1)), int(header.group(2))
    pixels = data[header.end() :]
    assert len(pixels) == width * height
    return width, height, pixels


PDFTOTEXT = shutil.which("pdftotext")


def _page_texts(data: bytes, tmp_path: Path) -> list[list[str]]:
    """Each page's non-empty lines as poppler's pdftotext reads them (no page numbers)."""
    assert PDFTOTEXT is not None
    path = tmp_path / "t.pdf"
    path.write_bytes(data)
    out = subprocess.run(
        [PDFTOTEXT, path.name, "-"], cwd=tmp_path, check=True, timeout=120, capture_output=True
    ).stdout.decode("utf-8")
    pages = unicodedata.normalize("NFKC", out).split("\f")[:-1]  # "ﬁ" is "fi"
    return [
        [ln.strip() for ln in p.splitlines() if ln.strip() and not ln.strip().isdigit()]
        for p in pages
    ]


def _busy_overview() -> str:
    """The report with a contact card and a policy warning: the overview no longer fits on
    page 1 with the areas table (it used to spill two rows onto an otherwise empty page 2)."""
    from hygiene_app.services.policy import ContactCard

    checkup = run_checkup(
        tuple(default_registry()), ProbeContext(Snapshot.load(CAFE).seams()), replayed=True
    )
    card = ContactCard(
        name="Example Ltd IT desk",
        email="it@example.com",
        phone="+44 20 7946 0000",
        url="https://it.example.com/help",
        message="Call the IT desk before changing anything.",
    )
    warning = (
        "Your organisation's settings could not be read (policy.json: line 3: unknown key). "
        "The usual checks apply."
    )
    organisation = Organisation(contact=card, warning=warning)
    return render_html(
        ReportRequest(checkup, assess(checkup.results, checkup.platform.os), organisation)
    )


@pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler-utils) is not installed")
def test_the_areas_table_stays_whole_with_its_heading(qapp, tmp_path) -> None:
    a4 = paper_for(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    pages = _page_texts(pdf_bytes(_busy_overview(), paper=a4), tmp_path)
    heading = next(n for n, lines in enumerate(pages) if "Areas" in lines)
    table = pages[heading][pages[heading].index("Areas") :]
    for area in ("Passwords", "Two-step verification", "Wi-Fi & VPN", "This device"):
        assert any(line.startswith(area) for line in table), f"{area} is not with the table"
    # The page the table moved to is not left almost empty: the first area follows on it.
    assert "Passwords" in table[table.index("This device") + 1 :] or len(pages[heading]) > 20


@pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler-utils) is not installed")
def test_no_page_ends_with_a_heading(qapp, tmp_path) -> None:
    body = "".join(
        f"<h3>Heading {n}</h3>"
        + "".join(f"<p>Line {n}.{k} " + "word " * 20 + "</p>" for k in range(1 + n % 4))
        + (f"<h4>Subheading {n}</h4><p>After {n}</p>" if n % 3 == 0 else "")
        for n in range(80)
    )
    pages = _page_texts(pdf_bytes(f"<html><body>{body}</body></html>"), tmp_path)
    assert len(pages) > 5
    for n, lines in enumerate(pages[:-1], 1):
        assert "Heading" not in lines[-1], f"page {n} ends with {lines[-1]!r}"


@pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler-utils) is not installed")
def test_data_reaches_the_pdf_as_the_characters_it_is(qapp, tmp_path) -> None:
    """The PDF is Qt's rich text made from the HTML report (`document.setHtml`): data in it
    (the OS name here is markup: a <font> and an <img>) must print as the characters it is,
    never as a red headline or an image fetched from a path."""
    from tests.hostile_data import MARKUP, hostile_snapshot

    snapshot = hostile_snapshot()
    checkup = run_checkup(tuple(default_registry()), ProbeContext(snapshot.seams()), replayed=True)
    html = render_html(
        ReportRequest(checkup, assess(checkup.results, checkup.platform.os), Organisation())
    )
    printed = " ".join(" ".join(lines) for lines in _page_texts(pdf_bytes(html), tmp_path))
    assert " ".join(MARKUP.split()) in printed
    assert "VIRUS DETECTED" in printed  # once, as part of the literal text above
    assert printed.count("VIRUS DETECTED") == printed.count("<font size=6")

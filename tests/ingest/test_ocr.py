"""Scanned agreements: an image-only PDF (text rendered to an image at about 200 dpi, no text layer)
is read by Tesseract, found by search and yields its record; its citations say OCR."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw, ImageFont

from ingest.ocr import tesseract_available

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(not tesseract_available(), reason="Tesseract is not installed: `make test` installs it "
                       "(apt-get install tesseract-ocr tesseract-ocr-ind)"),
]

LINES = [
    "PERJANJIAN KERJA SAMA",
    "ANTARA",
    "LEMBAGA PEMASYARAKATAN KELAS IIB SUKAMAJU",
    "DENGAN",
    "DINAS PERIKANAN KABUPATEN SUKAMAJU",
    "",
    "Pada hari ini Senin tanggal 3 Maret 2025, Lapas Kelas IIB Sukamaju",
    "dan Dinas Perikanan Kabupaten Sukamaju sepakat mengadakan",
    "Perjanjian Kerja Sama tentang pelatihan budidaya ikan nila",
    "bagi warga binaan selama dua tahun.",
]


def scanned_pdf(path):
    """An A4 page at 200 dpi holding the text as pixels only."""
    page = Image.new("L", (1654, 2339), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.load_default(size=40)
    y = 200
    for line in LINES:
        draw.text((150, y), line, fill=0, font=font)
        y += 70
    page.save(path, "PDF", resolution=200.0)
    return path


def test_a_scanned_agreement_is_read_by_ocr_found_by_search_and_recorded(settings, embedder):
    from assistant.services import Services

    scanned_pdf(settings.corpus_dir / "pks-sukamaju-scan.pdf")
    services = Services(settings, _embedder=embedder)
    report = services.ingester(progress=False).run()
    assert report.added == ["pks-sukamaju-scan.pdf"], report.summary()
    document = services.documents.get(next(iter(services.documents.ids())))
    assert document.ocr == "1" and "Perikanan" in document.text

    hits = services.retriever.retrieve("pelatihan budidaya ikan nila warga binaan")
    assert hits and hits[0].chunk.source == "pks-sukamaju-scan.pdf"
    (record,) = services.records.all()
    assert any("Dinas Perikanan" in p.name for p in record.partners)

    answer = services.answer("Dinas apa yang bekerja sama dengan Lapas Kelas IIB Sukamaju?")
    assert answer.citations and all(c.ocr for c in answer.citations)

"""Real odd and broken PDFs from parser test suites (eval/realworld-pdfs, SOURCES.md): every file is
added or reported with its reason, nothing crashes or hangs, garbage is never indexed as text."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from ingest.core.errors import IngestError
from ingest.pdf import read_pdf
from ingest.read import Limits, read_file
from ingest.text_quality import text_quality

pytestmark = pytest.mark.integration

REALWORLD = Path(__file__).resolve().parents[2] / "eval" / "realworld-pdfs"


def test_the_whole_realworld_corpus_is_added_or_reported_file_by_file(settings, embedder, tmp_path):
    from assistant.services import Services

    for pdf in REALWORLD.glob("*.pdf"):
        shutil.copy(pdf, settings.corpus_dir / pdf.name)
    # OCR is tested on its own (test_ocr.py); here scans are reported, which keeps the run short.
    bounded = settings.model_copy(update={"max_pdf_pages": 60, "file_timeout_s": 30, "ocr": False})
    started = time.monotonic()
    report = Services(bounded, _embedder=embedder).ingester(progress=False).run()
    files = {p.name for p in REALWORLD.glob("*.pdf")}
    assert set(report.added) | {f.path for f in report.failed} == files
    assert all(f.reason for f in report.failed)
    reasons = {f.path: f.reason for f in report.failed}
    assert "over the limit of 60" in reasons["pdfjs__freeculture.pdf"]  # 352 pages
    services = Services(bounded, _embedder=embedder)
    for doc_id in services.documents.ids():  # whatever was added reads as text: garbage is never indexed
        assert text_quality(services.documents.get(doc_id).text).readable, doc_id
    assert time.monotonic() - started < 900


@pytest.mark.parametrize("name", ["pdfjs__poppler-67295-0.pdf", "pdfjs__poppler-85140-0.pdf", "qpdf__pages-loop.pdf"])
def test_page_count_bombs_and_page_tree_loops_are_reported_within_the_time_limit(name):
    started = time.monotonic()
    with pytest.raises(IngestError) as caught:
        read_file(REALWORLD / name, 2**24, Limits(max_pages=100, timeout_s=20))
    assert caught.value.reason and time.monotonic() - started < 25


def test_a_file_that_takes_too_long_is_stopped_and_reported(monkeypatch, tmp_path):
    slow = tmp_path / "lambat.pdf"
    slow.write_bytes((REALWORLD / "pdfjs__freeculture.pdf").read_bytes())
    with pytest.raises(IngestError) as caught:
        read_file(slow, 2**24, Limits(timeout_s=0.01))
    assert "longer than 0.01 s" in caught.value.reason


def test_a_text_layer_without_a_unicode_map_is_not_indexed_as_text(monkeypatch):
    import ingest.ocr

    monkeypatch.setattr(ingest.ocr, "tesseract_available", lambda: False)  # as on a machine without Tesseract
    path = REALWORLD / "ocrmypdf__truetype_font_nomapping.pdf"
    with pytest.raises(IngestError) as caught:
        read_pdf(path, path.read_bytes())
    assert "apt-get install tesseract-ocr" in caught.value.hint

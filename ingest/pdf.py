"""PDF reader: pypdf text extraction, one text per page so that page numbers survive.

One file cannot hang or exhaust the run: the PDF is parsed in a child process with a time limit and
a memory limit, and a page tree that claims more pages than the page limit (a page-count bomb) is
refused before any page is read. A text layer that does not read as Indonesian or English text
(a font without a Unicode map, text drawn as curves) is reported, never indexed as text.
"""

from __future__ import annotations

import io
import pickle
import resource
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PdfReadError, PyPdfError

from ingest import ocr
from ingest.columns import reading_order
from ingest.core.errors import IngestError
from ingest.core.types import RawText
from ingest.text_quality import text_quality


def read_pdf_bounded(path: Path, data: bytes, max_pages: int, timeout_s: float, memory_mb: int, use_ocr: bool = True) -> RawText:
    """`read_pdf` in a child process (`python -m ingest.pdf`) stopped after `timeout_s` or beyond `memory_mb`.

    A fresh interpreter rather than a fork: nothing of a threaded server is copied into it, and a
    child that dies (a crash in a parser, the memory limit) is reported at once.
    """
    request = pickle.dumps((str(path), data, max_pages, memory_mb, use_ocr))
    try:
        done = subprocess.run([sys.executable, "-m", "ingest.pdf"], input=request, capture_output=True, timeout=timeout_s)
    except subprocess.TimeoutExpired:
        raise IngestError(path, f"reading the PDF took longer than {timeout_s:g} s and was stopped",
                          "check the file, or raise KERJASAMA_FILE_TIMEOUT_S") from None
    try:
        kind, value = pickle.loads(done.stdout)
    except Exception:
        last = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no message"]
        raise IngestError(path, f"the PDF reader stopped without an answer (exit code {done.returncode}: {last[0][:200]})",
                          "check the file, or raise KERJASAMA_FILE_MEMORY_MB") from None
    if kind == "error":
        reason, hint = value
        raise IngestError(path, reason, hint)
    return value


def _read_in_child(path: str, data: bytes, max_pages: int, memory_mb: int, use_ocr: bool = True):
    limit = memory_mb * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        return "ok", read_pdf(Path(path), data, max_pages, use_ocr)
    except IngestError as exc:
        return "error", (exc.reason, exc.hint)
    except MemoryError:
        return "error", (f"reading the PDF needed more than {memory_mb} MB of memory", "check the file, or raise KERJASAMA_FILE_MEMORY_MB")
    except RecursionError:
        return "error", ("the PDF's structure loops or nests too deeply", "re-export or replace the file")


def read_pdf(path: Path, data: bytes, max_pages: int = 2000, use_ocr: bool = True) -> RawText:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not _open_with_empty_password(reader):
            raise IngestError(path, "the PDF is encrypted with a password", "save an unprotected copy")
        claimed = _claimed_pages(reader)
        if claimed > max_pages:
            raise IngestError(path, f"the PDF claims {claimed} pages, over the limit of {max_pages}",
                              "split it, or raise KERJASAMA_MAX_PDF_PAGES")
        pages = []
        for page in reader.pages:
            if len(pages) >= max_pages:
                raise IngestError(path, f"the PDF has more than {max_pages} pages", "split it, or raise KERJASAMA_MAX_PDF_PAGES")
            pages.append(_page_text(page))
    except IngestError:
        raise
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise IngestError(path, f"not a readable PDF ({exc.__class__.__name__}: {exc})", "re-export or replace the file") from None
    if not pages:
        raise IngestError(path, "the PDF has no pages")
    meta: dict[str, str] = {}
    unreadable = [i for i, text in enumerate(pages) if needs_ocr(text)]
    if unreadable and use_ocr and ocr.tesseract_available():
        read = ocr.ocr_pages(data, unreadable)
        done = [i for i, text in read.items() if text.strip() and not needs_ocr(text)]
        for i in done:
            pages[i] = read[i]
        if done:
            meta["ocr"] = ",".join(str(i + 1) for i in done)  # the pages read by OCR, 1-based
    if not any(text.strip() for text in pages):
        hint = "run OCR on it first, e.g. ocrmypdf" if ocr.tesseract_available() else ocr.INSTALL_HINT
        raise IngestError(path, "the PDF has no text layer (a scan?) and OCR found no text on it", hint)
    if not text_quality("\n".join(pages)).readable:
        hint = "run OCR on it, e.g. ocrmypdf --force-ocr" if ocr.tesseract_available() else ocr.INSTALL_HINT
        raise IngestError(path, "the PDF's text layer does not read as Indonesian or English text (a font without a "
                          "Unicode map, text drawn as curves, or another language)", hint)
    return RawText(pages=pages, kind_hint="pdf", meta=meta)


def needs_ocr(page_text: str) -> bool:
    """A page with (almost) no text, or with text that does not read as words, is read by OCR."""
    visible = sum(1 for c in page_text if not c.isspace())
    return visible < 20 or not text_quality(page_text).readable


def _page_text(page) -> str:
    """The page's text in reading order (layout mode, two-column blocks read column by column);
    pypdf's plain mode where layout mode fails or finds nothing."""
    try:
        text = reading_order(page.extract_text(extraction_mode="layout") or "")
    except Exception:  # layout mode is stricter about broken content streams
        text = ""
    return text if text.strip() else (page.extract_text() or "")

def _claimed_pages(reader: PdfReader) -> int:
    """The page count the page tree claims (/Count), read without walking the tree."""
    try:
        count = reader.trailer["/Root"]["/Pages"]["/Count"]
        return int(count)
    except Exception:  # a broken root: let the page walk decide
        return 0


def _open_with_empty_password(reader: PdfReader) -> bool:
    """Many 'encrypted' PDFs only restrict printing and open with an empty password."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # pypdf raises several types here, including for missing crypto support
        return False


def _serve_one() -> None:
    """`python -m ingest.pdf`: read one PDF sent on stdin, send the outcome on stdout (both pickled)."""
    path, data, max_pages, memory_mb, use_ocr = pickle.loads(sys.stdin.buffer.read())
    sys.stdout.buffer.write(pickle.dumps(_read_in_child(path, data, max_pages, memory_mb, use_ocr)))


if __name__ == "__main__":
    _serve_one()

"""PDF reader: pypdf text extraction, one text per page so that page numbers survive."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PdfReadError, PyPdfError

from ingest.core.errors import IngestError
from ingest.core.types import RawText


def read_pdf(path: Path, data: bytes) -> RawText:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not _open_with_empty_password(reader):
            raise IngestError(path, "the PDF is encrypted with a password", "save an unprotected copy")
        pages = [page.extract_text() or "" for page in reader.pages]
    except IngestError:
        raise
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise IngestError(path, f"not a readable PDF ({exc.__class__.__name__}: {exc})", "re-export or replace the file") from None
    if not pages:
        raise IngestError(path, "the PDF has no pages")
    if not any(text.strip() for text in pages):
        raise IngestError(path, "the PDF has no text layer (a scan?)", "run OCR on it first, e.g. ocrmypdf")
    return RawText(pages=pages, kind_hint="pdf")


def _open_with_empty_password(reader: PdfReader) -> bool:
    """Many 'encrypted' PDFs only restrict printing and open with an empty password."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # pypdf raises several types here, including for missing crypto support
        return False

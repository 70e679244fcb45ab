"""Read a file into raw page texts, choosing the reader by extension.

Every failure becomes an `IngestError` naming the file and saying what to do; the ingester reports
it and goes on with the next file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ingest.core.errors import IngestError
from ingest.core.types import RawText

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".pdf", ".docx"}


@dataclass(frozen=True)
class Limits:
    """What one file may cost: bytes, PDF pages, seconds and memory of its parse."""

    max_bytes: int = 25 * 2**20
    max_pages: int = 2000
    timeout_s: float = 300.0
    memory_mb: int = 2048
    isolate: bool = True  # parse PDFs in a child process (the limits above need it)
    ocr: bool = True  # read pages without a usable text layer by OCR (where Tesseract is installed)


def read_file(path: Path, max_bytes: int, limits: Limits | None = None) -> RawText:
    """Read `path` with the reader for its extension; raise `IngestError` if it cannot be used."""
    limits = limits or Limits(max_bytes=max_bytes, isolate=False)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise IngestError(
            path,
            f"unsupported file type {suffix or '(no extension)'!r}",
            "supported: " + ", ".join(sorted(SUPPORTED_SUFFIXES)),
        )
    size = path.stat().st_size
    if size == 0:
        raise IngestError(path, "the file is empty")
    if size > max_bytes:
        raise IngestError(
            path,
            f"the file is {size / 2**20:.1f} MB, over the limit of {max_bytes / 2**20:.1f} MB",
            "split it, or raise KERJASAMA_MAX_FILE_MB",
        )
    data = path.read_bytes()
    if suffix == ".pdf":
        from ingest.pdf import read_pdf, read_pdf_bounded

        if limits.isolate:
            raw = read_pdf_bounded(path, data, limits.max_pages, limits.timeout_s, limits.memory_mb, limits.ocr)
        else:
            raw = read_pdf(path, data, limits.max_pages, limits.ocr)
    elif suffix == ".docx":
        from ingest.docx import read_docx

        raw = read_docx(path, data)
    elif suffix in HTML_SUFFIXES:
        from ingest.html import read_html

        raw = read_html(decode_text(path, data))
    else:
        raw = RawText(pages=[decode_text(path, data)], kind_hint="text")
    if not any(page.strip() for page in raw.pages):
        raise IngestError(path, "the file holds no text")
    return raw


def decode_text(path: Path, data: bytes) -> str:
    """Decode UTF-8 (with or without a byte-order mark); anything else is reported, not guessed."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IngestError(
            path,
            f"not UTF-8 text (byte 0x{data[exc.start]:02x} at position {exc.start})",
            "save it as UTF-8, e.g. `iconv -f WINDOWS-1252 -t UTF-8`",
        ) from None

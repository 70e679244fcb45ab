"""OCR for PDF pages without a usable text layer: pdfium renders the page, Tesseract reads it.

Why this and not OCRmyPDF: we need text per page, not a new PDF; rendering with pdfium (the
`pypdfium2` wheel carries it) and reading with the `tesseract` command needs only Tesseract and its
language data from the system's packages, where OCRmyPDF also needs Ghostscript and rewrites the
whole file. Only the pages that need it are read; the rendered size is bounded, so an image bomb
(a 35000×35000 page) is read at a lower resolution instead of exhausting memory.
"""

from __future__ import annotations

import math
import shutil
import subprocess
import tempfile
from pathlib import Path

DPI = 200
MAX_PIXELS = 4_000 * 6_000
INSTALL_HINT = (
    "install Tesseract with its Indonesian and English models "
    "(sudo apt-get install tesseract-ocr tesseract-ocr-ind tesseract-ocr-eng), then ingest again"
)


def tesseract_available() -> bool:
    return shutil.which("tesseract") is not None


def languages() -> str:
    """The Tesseract models to read with: Indonesian and English where installed."""
    try:
        listed = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30).stdout.split()
    except (OSError, subprocess.SubprocessError):
        return "eng"
    wanted = [lang for lang in ("ind", "eng") if lang in listed]
    return "+".join(wanted) or "eng"


def ocr_pages(data: bytes, page_indexes: list[int], timeout_s: float = 120.0) -> dict[int, str]:
    """The text Tesseract reads on each of these pages (0-based indexes) of a PDF."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    langs = languages()
    texts: dict[int, str] = {}
    with tempfile.TemporaryDirectory(prefix="kerjasama-ocr-") as folder:
        for index in page_indexes:
            page = document[index]
            width, height = page.get_size()  # in points
            scale = DPI / 72
            if width * height * scale * scale > MAX_PIXELS:
                scale = math.sqrt(MAX_PIXELS / max(width * height, 1.0))
            image = page.render(scale=scale, grayscale=True).to_pil()
            path = Path(folder) / f"page-{index + 1}.png"
            image.save(path)
            result = subprocess.run(["tesseract", str(path), "stdout", "-l", langs], capture_output=True, text=True,
                                    timeout=timeout_s)
            texts[index] = result.stdout if result.returncode == 0 else ""
    return texts

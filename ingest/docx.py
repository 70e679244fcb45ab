"""Word (.docx) reader through python-docx: paragraphs and table cells in document order."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from ingest.core.errors import IngestError
from ingest.core.types import RawText


def read_docx(path: Path, data: bytes) -> RawText:
    import docx  # python-docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise IngestError(path, f"not a readable .docx file ({exc})", "re-save it from a word processor") from None
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append("| " + " | ".join(cell.text.strip() for cell in row.cells) + " |")  # a row as HTML tables read
    return RawText(pages=["\n".join(lines)], kind_hint="docx")

"""The plain dataclasses that cross every ingestion boundary."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Page:
    """A page of the cleaned text: characters [start, end) belong to page `number` (1-based)."""

    number: int
    start: int
    end: int


@dataclass
class RawText:
    """What a reader returns: text before cleaning, with page texts for paged formats."""

    pages: list[str]
    kind_hint: str = ""  # "html", "pdf", "docx", "text"
    meta: dict[str, str] = field(default_factory=dict)  # hints a format carries, e.g. HTML's og:site_name


@dataclass
class Document:
    """One source file after reading and cleaning."""

    id: str
    source: str  # path as given to the ingester, relative to the corpus when inside it
    title: str
    text: str  # cleaned text; chunk and citation spans index into it
    kind: str = "article"  # "article" or "agreement"
    outlet: str = ""
    date: str = ""  # ISO date (YYYY-MM-DD, or YYYY-MM when the day is unknown), "" when unknown
    date_as_stated: str = ""
    language: str = "id"
    pages: list[Page] = field(default_factory=list)

    def page_at(self, offset: int) -> int:
        """The 1-based page holding character `offset` (1 for unpaged text)."""
        for page in self.pages:
            if page.start <= offset < page.end:
                return page.number
        return self.pages[-1].number if self.pages else 1

    @property
    def source_name(self) -> str:
        return Path(self.source).name


@dataclass(frozen=True)
class Chunk:
    """A run of whole sentences of one document: `text == document.text[start:end]`."""

    id: str
    doc_id: str
    text: str
    start: int
    end: int
    page: int
    title: str = ""
    outlet: str = ""
    date: str = ""
    kind: str = "article"
    source: str = ""
    language: str = "id"

    def metadata(self) -> dict[str, str | int]:
        return {
            "doc_id": self.doc_id,
            "start": self.start,
            "end": self.end,
            "page": self.page,
            "title": self.title,
            "outlet": self.outlet,
            "date": self.date,
            "date_num": date_number(self.date),
            "kind": self.kind,
            "source": self.source,
            "language": self.language,
        }


def document_id(key: str) -> str:
    """A stable, readable id for a source: a slug of its file name and a hash of its corpus path."""
    stem = Path(key).stem.lower()
    slug = re.sub(r"[^a-z0-9]+", "-", stem).strip("-")[:48] or "doc"
    return f"{slug}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:8]}"


def chunk_id(doc_id: str, start: int, text: str) -> str:
    """A content hash: the same text at the same place of the same document gets the same id."""
    digest = hashlib.sha256(f"{doc_id}\n{start}\n{text}".encode("utf-8")).hexdigest()
    return digest[:32]


def date_number(iso: str) -> int:
    """'2025-05-19' → 20250519, '2025-05' → 20250500, '' → 0: sortable and filterable in any store."""
    digits = iso.replace("-", "")
    if len(digits) == 6:
        digits += "00"
    return int(digits) if len(digits) == 8 and digits.isdigit() else 0

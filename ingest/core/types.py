"""The plain dataclasses that cross every stage boundary, in one module.

Ingestion: `RawText` → `Document` (with `Page`s) → `Chunk`s; records: `Record` with `Partner`s and
their `Evidence`. Retrieval and answering: `Filters` → `Hit`s → `Answer` with `Citation`s.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
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
    ocr: str = ""  # the pages read by OCR ("1,2"), "" when the text layer was used

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
    digest = hashlib.sha256(f"{doc_id}\n{start}\n{text}".encode()).hexdigest()
    return digest[:32]


def date_number(iso: str) -> int:
    """'2025-05-19' → 20250519, '2025-05' → 20250500, '' → 0: sortable and filterable in any store."""
    digits = iso.replace("-", "")
    if len(digits) == 6:
        digits += "00"
    return int(digits) if len(digits) == 8 and digits.isdigit() else 0


@dataclass
class Evidence:
    doc_id: str
    source: str
    start: int
    end: int
    quote: str


@dataclass
class Partner:
    name: str  # the whole official name as written, with its bracketed abbreviation
    kind: str
    evidence: Evidence
    aliases: list[str] = field(default_factory=list)  # other forms it goes by ("BNNK Contoh"), for search and merging


@dataclass
class Record:
    id: str
    doc_ids: list[str]
    sources: list[str]
    title: str
    agreement_type: str = ""
    signing_date: str = ""  # ISO date; "" when not stated or when the year is unknown
    signing_date_as_stated: str = ""  # a day and month without a year, as written ("Rabu (5/11)")
    signing_month_day: str = ""  # "11-05" for that partial date
    place: str = ""
    province: str = ""
    units: list[str] = field(default_factory=list)
    partners: list[Partner] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    duration: str = ""
    counts: dict[str, str] = field(default_factory=dict)
    partners_stated: int | None = None  # the number of partners the text states ("empat lembaga"), beside those found
    evidence: dict[str, Evidence] = field(default_factory=dict)  # field name (or "sector:<id>") → evidence
    conflicts: dict[str, list[str]] = field(default_factory=dict)  # field → the values the sources disagree on

    @property
    def year(self) -> int | None:
        return int(self.signing_date[:4]) if self.signing_date[:4].isdigit() else None

    def as_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Record":
        data = dict(data)
        data["partners"] = [Partner(p["name"], p["kind"], Evidence(**p["evidence"]), list(p.get("aliases", [])))
                            for p in data.get("partners", [])]
        data["evidence"] = {k: Evidence(**v) for k, v in data.get("evidence", {}).items()}
        return cls(**data)


@dataclass
class Hit:
    """A retrieved chunk, its fused score, and its rank in each retriever that found it (1-based)."""

    chunk: Chunk
    score: float
    ranks: dict[str, int] = field(default_factory=dict)


@dataclass
class Citation:
    """Marker [n] → the exact passage it stands for: `quote == document.text[start:end]`."""

    n: int
    doc_id: str
    title: str
    outlet: str
    date: str
    page: int
    quote: str
    start: int
    end: int
    source: str = ""
    kind: str = "article"
    ocr: bool = False  # the quoted text was read by OCR from a scan


@dataclass
class Answer:
    text: str
    citations: list[Citation]
    language: str
    abstained: bool = False
    question: str = ""  # the standalone question actually answered (after follow-up resolution)
    related: list[Hit] = field(default_factory=list)  # nearest passages shown when abstaining
    hits: list[Hit] = field(default_factory=list)  # the passages the answer was drawn from
    note: str = ""  # e.g. "the LLM backend failed; this is the offline answer"
    confidence: float | None = None  # the reader's best span score minus its no-answer score


@dataclass(frozen=True)
class Filters:
    """Metadata filters; dates are ISO strings (YYYY, YYYY-MM or YYYY-MM-DD), bounds inclusive."""

    date_from: str = ""
    date_to: str = ""
    outlet: str = ""
    kind: str = ""  # "article" or "agreement"
    documents: frozenset[str] | None = None  # only chunks of these documents (None: of any)

    def is_empty(self) -> bool:
        return not (self.date_from or self.date_to or self.outlet or self.kind) and self.documents is None

    def date_bounds(self) -> tuple[int | None, int | None]:
        """The date range as `date_number`s (inclusive), None where open."""
        low = date_bound(self.date_from, low=True) if self.date_from else None
        high = date_bound(self.date_to, low=False) if self.date_to else None
        return low, high

    def accepts(self, chunk: Chunk) -> bool:
        if self.documents is not None and chunk.doc_id not in self.documents:
            return False
        if self.kind and chunk.kind != self.kind:
            return False
        if self.outlet and chunk.outlet.lower() != self.outlet.lower():
            return False
        number = date_number(chunk.date)
        if self.date_from and number < date_bound(self.date_from, low=True):
            return False
        if self.date_to and number > date_bound(self.date_to, low=False):
            return False
        return True


def date_bound(iso: str, low: bool) -> int:
    """'2025' → 20250100 (low) or 20251231 (high); '2025-05' → 20250500 / 20250531."""
    parts = iso.split("-")
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else (1 if low else 12)
    day = int(parts[2]) if len(parts) > 2 else (0 if low else 31)
    return year * 10000 + month * 100 + day

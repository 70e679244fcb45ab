"""Request and response shapes of the HTTP API (pydantic), and conversions from our dataclasses."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from ingest.core.types import Answer, Hit


class AskFilters(BaseModel):
    date_from: str = Field("", description="Earliest date, YYYY, YYYY-MM or YYYY-MM-DD", pattern=r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")
    date_to: str = Field("", description="Latest date, YYYY, YYYY-MM or YYYY-MM-DD", pattern=r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")
    outlet: str = Field("", max_length=200)
    kind: Literal["", "article", "agreement"] = ""


class AskRequest(BaseModel):
    question: str = Field(..., min_length=1, description="The question, in Indonesian or English")
    history: list[str] = Field(default_factory=list, max_length=20, description="Earlier questions of the conversation")
    filters: AskFilters | None = None
    language: Literal["id", "en"] | None = Field(None, description="Answer language; by default the question's")


class CitationOut(BaseModel):
    n: int
    doc_id: str
    title: str
    outlet: str
    date: str
    page: int
    quote: str
    start: int
    end: int
    source: str
    kind: str
    ocr: bool = Field(False, description="The quote was read by OCR from a scanned page: check it against the scan.")


class PassageOut(BaseModel):
    doc_id: str
    title: str
    outlet: str
    date: str
    page: int
    start: int
    end: int
    text: str
    score: float
    source: str


class AnswerOut(BaseModel):
    answer: str
    language: str
    abstained: bool
    citations: list[CitationOut]
    question: str = Field(description="The standalone question answered (follow-ups include their context)")
    note: str = ""
    related: list[PassageOut] = Field(default_factory=list, description="Nearest passages when the answer declines")


class HealthOut(BaseModel):
    status: Literal["ok", "degraded"]
    store: str
    store_reachable: bool
    documents: int
    chunks: int
    last_ingest: str | None
    message: str = ""


class DocumentOut(BaseModel):
    id: str
    source: str
    title: str
    kind: str
    outlet: str
    date: str
    language: str
    pages: list[dict]
    text: str


class ErrorBody(BaseModel):
    code: str
    message: str


class ErrorOut(BaseModel):
    error: ErrorBody


def passage_out(hit: Hit) -> PassageOut:
    c = hit.chunk
    return PassageOut(doc_id=c.doc_id, title=c.title, outlet=c.outlet, date=c.date, page=c.page, start=c.start,
                      end=c.end, text=c.text, score=round(hit.score, 6), source=Path(c.source).name)


def answer_out(answer: Answer) -> AnswerOut:
    return AnswerOut(
        answer=answer.text,
        language=answer.language,
        abstained=answer.abstained,
        citations=[CitationOut(n=c.n, doc_id=c.doc_id, title=c.title, outlet=c.outlet, date=c.date, page=c.page,
                               quote=c.quote, start=c.start, end=c.end, source=Path(c.source).name, kind=c.kind, ocr=c.ocr)
                   for c in answer.citations],
        question=answer.question,
        note=answer.note,
        related=[passage_out(h) for h in answer.related],
    )

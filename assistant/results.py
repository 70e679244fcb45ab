"""The dataclasses that retrieval and answering hand to their callers."""

from __future__ import annotations

from dataclasses import dataclass, field

from ingest.documents import Chunk


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
